#!/usr/bin/env python3
"""Write the blind62 corpus (issue 12): EX work descriptions as PDF-to-text tools give them.

    /work/main/.venv/bin/python bench/import/blind62/make_blind.py

Writes ``corpus/`` (documents) and ``expected/`` (ground truth) next to this file, the same bytes on
every run (a fixed seed; .docx zip dates and core properties fixed; PDFs by ``tests/import_files.pdf_bytes``).
Written without reading the importer, its tests or the other corpora.
"""
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
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[2]))

import texts as T  # noqa: E402
from tests.import_files import pdf_bytes  # noqa: E402

SEED = 6202
CORPUS, EXPECTED = HERE / "corpus", HERE / "expected"

# --------------------------------------------------------------------------------------------
# the documents: file name, position, language, style, options
#   styles: layout (pdftotext -layout), raw (pdftotext without -layout), copy (copy-paste from a
#   PDF viewer), adobe (Acrobat "Save as Text"), pdf (a PDF with a text layer), md, docx
# --------------------------------------------------------------------------------------------
DOCS = [
    ("Director, EI Policy Analysis - EX-01.txt", "p01", "en", "layout", {}),
    ("IRCC_ED_Asylum_Policy_Program_Integrity_EX02.txt", "p02", "en", "raw", {}),
    ("ED Digital Policy - DRAFT.txt", "p03", "en", "copy", {"version": "old"}),
    ("ED Digital Policy - FINAL - signed.pdf", "p03", "en", "pdf", {"version": "new"}),
    ("Directeur, Conformité des instruments médicaux.txt", "p04", "fr", "layout", {}),
    ("WD - Executive Director, Laboratory Operations (NML).txt", "p05", "en", "adobe", {"cp1252": True}),
    ("Director Rail Safety Oversight.pdf", "p06", "bi", "pdf", {}),
    ("DFO Maritimes - Regional Director Fisheries Management.txt", "p07", "en", "layout", {"ocr": True}),
    ("Description de travail - DE Adaptation aux changements climatiques.txt", "p08", "fr", "copy", {}),
    ("Energy Efficiency Programs Director WD 2019.txt", "p09", "en", "raw", {"columnwise": True}),
    ("DG Spectrum Licensing Policy.pdf", "p10", "en", "pdf", {"twin": "a"}),
    ("DG Spectrum Licensing Policy.txt", "p10", "en", "layout", {"twin": "b"}),
    ("Directeur, Centre fiscal de Shawinigan (EX-02).txt", "p11", "fr", "adobe", {}),
    ("RDG Pacific Region - CBSA - FINAL.txt", "p12", "bi", "layout", {}),
    ("Director, Acquisitions Policy & Procurement Modernization.txt", "p13", "en", "copy", {}),
    ("Senior Director Network Operations_SSC.pdf", "p14", "en", "pdf", {}),
    ("Directrice, Statistique du travail - signée.txt", "p15", "fr", "raw", {}),
    ("DG Trade Controls Policy (1).txt", "p16", "en", "adobe", {"cp1252": True}),
    ("Programmes d'appui aux langues officielles - Directeur.pdf", "p17", "fr", "pdf", {}),
    ("ISC Manitoba RD Community Infrastructure.txt", "p18", "en", "layout", {"cols": 3}),
    ("VAC Director Disability Benefits Adjudication.txt", "p19", "bi", "copy", {}),
    ("Director, Business Risk Management Programs.md", "p20", "en", "md", {}),
    ("ACIA - Directeur régional, Opérations, Québec.txt", "p21", "fr", "layout", {}),
    ("Director Heritage Conservation - Parks Canada.txt", "p22", "en", "raw", {}),
    ("DG Emergency Management Policy - signed.pdf", "p23", "bi", "pdf", {}),
    ("ATIP Director - Justice - 2018.txt", "p24", "en", "copy", {"lig": True}),
    ("LAC Director Digital Preservation.txt", "p25", "en", "adobe", {"csr": True}),
    ("CSPS ED Leadership Development.docx", "p26", "en", "docx", {}),
    ("Warden, Collins Bay Institution 2016.txt", "p27", "en", "layout", {"ocr": True, "version": "old"}),
    ("Warden, Collins Bay Institution - revised 2021.pdf", "p27", "en", "pdf", {"version": "new"}),
    ("Directrice, Politique de dotation et intégrité.txt", "p28", "fr", "copy", {}),
    ("DG Space Exploration - CSA - Exploration spatiale.txt", "p29", "bi", "raw", {}),
    ("NRC Director Research Facilities Mgmt.txt", "p30", "en", "layout", {"csr": True}),
    ("INFC ED Program Operations.pdf", "p31", "en", "pdf", {"ocr": True}),
    ("DG Fed-Prov Relations WD (FINAL).txt", "p32", "en", "adobe", {"cp1252": True}),
    ("Directrice, Services aux citoyens, Atlantique.txt", "p33", "bi", "layout", {}),
    ("Director, Montréal Case Processing Centre.txt", "p34", "en", "copy", {"lig": True}),
    ("ED Cannabis Licensing & Security.txt", "p35", "en", "raw", {"ocr": True}),
    ("Directrice régionale, Aviation civile, Québec.pdf", "p36", "fr", "pdf", {}),
    ("MSC Operations Quebec - Director.txt", "p37", "bi", "adobe", {}),
    ("DG SR&ED Directorate.txt", "p38", "en", "layout", {"cols": 3}),
    ("Director, Office of Chronic Disease Surveillance.txt", "p39", "en", "copy", {"lig": True, "csr": True}),
    ("RDG Alberta - ISC - EX-02 (2).txt", "p40", "en", "raw", {"columnwise": True}),
    ("Directrice, Sciences, T.-N.-L.txt", "p41", "fr", "layout", {}),
    ("DG Census Operations 2020.pdf", "p42", "en", "pdf", {}),
]

KIND = {"layout": "pdftotext-layout", "raw": "pdftotext-raw", "copy": "pdf-copy-paste",
        "adobe": "adobe-save-as-text", "pdf": "pdf", "md": "markdown", "docx": "docx"}
LANG = {"en": "en", "fr": "fr", "bi": "bilingual"}


# --------------------------------------------------------------------------------------------
# notations
# --------------------------------------------------------------------------------------------
def cls_note(rng, c, lang, copy=False):
    g, lv = c.rsplit("-", 1)
    forms = [c, c, f"{g} {lv}", f"{g}-{int(lv)}", f"{g}{lv}", f"{g} - {lv}"]
    if copy:
        forms += [f"{g}\u00a0{lv}", f"{g}\u2011{lv}"]
    return rng.choice(forms)


def date_note(rng, d, lang):
    if lang == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        forms = [f"{day} {T.MONTHS_FR[d.month - 1]} {d.year}", d.isoformat(), f"{d.day:02d} {T.MONTHS_FR[d.month - 1]} {d.year}"]
        if d.day > 12:
            forms.append(f"{d.day:02d}/{d.month:02d}/{d.year}")
        return rng.choice(forms)
    m = T.MONTHS_EN[d.month - 1]
    suf = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(d.day, "th")
    forms = [f"{m} {d.day}, {d.year}", f"{m} {d.day}{suf}, {d.year}", f"{d.day} {m} {d.year}", d.isoformat(),
             f"{d.year}/{d.month:02d}/{d.day:02d}", f"{m[:3]}. {d.day}, {d.year}" if m != "May" else f"May {d.day}, {d.year}",
             f"{d.day:02d}-{m[:3]}-{d.year}"]
    if d.day > 12:
        forms.append(f"{d.day:02d}/{d.month:02d}/{d.year}")
    return rng.choice(forms)


def _dec(a, unit):
    s = f"{a / unit:.3f}".rstrip("0").rstrip(".")
    return s


def money(rng, a, lang, nb=" "):
    if lang == "fr":
        sp = f"{a:,}".replace(",", nb)
        forms = [f"{sp} $", f"{sp},00 $", f"{_dec(a, 1e6).replace('.', ',')} M$", f"{a // 1000:,} k$".replace(",", nb),
                 f"{_dec(a, 1e6).replace('.', ',')} million $"]
        if a < 1_000_000:
            forms = forms[:2] + forms[3:4]
        return rng.choice(forms)
    forms = [f"${a:,}", f"${a:,}.00", f"${_dec(a, 1e6)}M", f"${a // 1000:,}K", f"${_dec(a, 1e6)} million", f"$ {a:,}"]
    if a < 1_000_000:
        forms = [f"${a:,}", f"${a:,}.00", f"${a // 1000}K", f"$ {a:,}"]
    return rng.choice(forms)


def fte_note(rng, n, lang):
    if lang == "fr":
        return rng.choice([f"{n} ETP", f"{n} ETP", f"effectif de {n}", f"{n} équivalents temps plein", f"{n} employés"])
    return rng.choice([f"{n} FTEs", f"{n} FTEs", f"{n} FTE", f"staff of {n}", f"{n} employees", f"{n} FTE's"])


OCR_DIGITS = {"0": "O", "1": "I", "5": "S", "8": "B"}


def ocr_value(rng, s, strength=0.6):
    return "".join(OCR_DIGITS[c] if c in OCR_DIGITS and rng.random() < strength else
                   ("l" if c == "1" and rng.random() < 0.3 else c) for c in s)


def ocr_prose(rng, s):
    out = []
    for w in s.split(" "):
        r = rng.random()
        if len(w) > 4 and r < 0.05:
            w = w.replace("m", "rn", 1) if "m" in w else w.replace("i", "l", 1)
        elif len(w) > 5 and r < 0.08:
            w = w.replace("e", "c", 1)
        out.append(w)
        if rng.random() < 0.02 and out:
            out[-1] = out[-1] + "\x00"  # run into the next word
    return " ".join(out).replace("\x00 ", "")


def ligatures(s):
    return s.replace("ffi", "\ufb03").replace("ff", "\ufb00").replace("fi", "\ufb01").replace("fl", "\ufb02")


# --------------------------------------------------------------------------------------------
# the truth of a position
# --------------------------------------------------------------------------------------------
def person(rng, used):
    while True:
        n = f"{rng.choice(T.FIRST)} {rng.choice(T.LAST)}"
        if n not in used:
            used.add(n)
            return n


def truth_of(rng, pos, used_names):
    key, dept, city, level, t_en, t_fr, sup, units = pos
    d = {"key": key, "dept": dept, "city": city, "level": level, "title_en": t_en, "title_fr": t_fr}
    d["position_number"] = str(rng.randint(10000, 99999)) if rng.random() < 0.6 else str(rng.randint(100000, 699999))
    d["job_code"] = str(rng.randint(101000, 105999)) if rng.random() < 0.6 else None
    d["effective_date"] = dt.date(rng.randint(2009, 2024), rng.randint(1, 12), rng.randint(1, 28)) if rng.random() < 0.9 else None
    d["sup"] = {"title_en": sup[0], "title_fr": sup[1], "classification": sup[2],
                "position_number": str(rng.randint(10000, 99999)) if rng.random() < 0.65 else None}
    reports = []
    for u, c in units:
        en, fr = u.split("|")
        single = any(x in en for x in ("Advisor", "Assistant", "Officer", "Engineer", "Deputy Warden"))
        fte = 1 if single else rng.randint(4, 45)
        reports.append({"title_en": en, "title_fr": fr, "classification": c, "fte": fte})
    d["reports"] = reports
    d["fte"] = sum(r["fte"] for r in reports) + rng.randint(1, 12) * (1 if level == "EX-01" else 4)
    salary = d["fte"] * rng.randint(82, 108) // 5 * 5_000
    om = salary * rng.randint(4, 25) // 100 // 1000 * 1000
    d["salary"], d["o_and_m"], d["total"] = salary, om, salary + om
    d["program_budget"] = rng.randint(5, 400) * 250_000 if rng.random() < 0.3 else None
    d["incumbent"] = person(rng, used_names) if rng.random() < 0.45 else None
    d["signer"] = person(rng, used_names) if rng.random() < 0.8 else None
    d["approver"] = person(rng, used_names) if rng.random() < 0.35 else None
    return d


# --------------------------------------------------------------------------------------------
# one document: decide what it states and how, produce logical blocks and the expected record
# --------------------------------------------------------------------------------------------
L = {
    "en": {
        "title": ["Position Title", "Position title", "Title", "Official Title", "Job Title", "POSITION TITLE"],
        "cls": ["Classification", "Group and Level", "Group/Level", "Level", "Classification Level"],
        "job": ["Job Code", "Position Job Code", "Job Code No.", "Generic Job Code"],
        "pos": ["Position Number", "Position No.", "Pos. No.", "Position #"],
        "date": ["Effective Date", "Effective date", "Date Effective", "Classification Effective Date"],
        "dept": ["Department", "Organization", "Department/Agency"],
        "branch": ["Branch", "Sector", "Branch/Sector"],
        "loc": ["Location", "Geographic Location", "Work Location", "Location of Position"],
        "spos": ["Supervisor's Position Number", "Supervisor Position No.", "Reports to (Position No.)"],
        "stitle": ["Supervisor's Position Title", "Supervisor Title", "Reports to (Title)"],
        "scls": ["Supervisor's Classification", "Supervisor Group/Level", "Reports to (Level)"],
        "reports_to": ["Reports to", "Reports To", "REPORTS TO"],
        "inc": ["Incumbent", "Incumbent Name", "Name of Incumbent"],
    },
    "fr": {
        "title": ["Titre du poste", "Titre", "Titre officiel", "Intitulé du poste", "TITRE DU POSTE"],
        "cls": ["Classification", "Groupe et niveau", "Groupe/Niveau", "Niveau"],
        "job": ["Code d'emploi", "Code du poste", "No de code d'emploi"],
        "pos": ["Numéro du poste", "No du poste", "N° de poste"],
        "date": ["Date d'entrée en vigueur", "Date de prise d'effet", "En vigueur le", "Date d'effet"],
        "dept": ["Ministère", "Organisation", "Ministère/organisme"],
        "branch": ["Direction générale", "Secteur"],
        "loc": ["Lieu de travail", "Emplacement géographique", "Lieu"],
        "spos": ["Numéro du poste du superviseur", "No du poste du surveillant", "N° de poste du gestionnaire"],
        "stitle": ["Titre du poste du superviseur", "Titre du surveillant", "Titre du poste du gestionnaire"],
        "scls": ["Classification du superviseur", "Groupe et niveau du surveillant", "Classification du gestionnaire"],
        "reports_to": ["Relève de", "Relève du", "RELÈVE DE"],
        "inc": ["Titulaire", "Nom du titulaire"],
    },
}
BI_PAIRS = {
    "title": ["Position Title / Titre du poste", "Title / Titre", "POSITION TITLE / TITRE DU POSTE"],
    "cls": ["Classification / Classification", "Group and Level / Groupe et niveau", "Group-Level / Groupe-niveau"],
    "job": ["Job Code / Code d'emploi", "Job Code No. / No de code d'emploi"],
    "pos": ["Position Number / Numéro du poste", "Position No. / No du poste"],
    "date": ["Effective Date / Date d'entrée en vigueur", "Effective Date / Date de prise d'effet"],
    "dept": ["Department / Ministère", "Organization / Organisation"],
    "branch": ["Branch / Direction générale", "Sector / Secteur"],
    "loc": ["Location / Lieu de travail", "Geographic Location / Emplacement géographique"],
    "spos": ["Supervisor's Position No. / No du poste du superviseur"],
    "stitle": ["Supervisor's Title / Titre du superviseur", "Supervisor's Position Title / Titre du poste du superviseur"],
    "scls": ["Supervisor's Classification / Classification du superviseur"],
    "reports_to": ["Reports to / Relève de"],
    "inc": ["Incumbent / Titulaire"],
}
HEAD = {
    "en": {"banner": ["EXECUTIVE GROUP POSITION DESCRIPTION", "EXECUTIVE (EX) WORK DESCRIPTION", "Work Description - Executive Group",
                      "JOB DESCRIPTION"],
           "ident": ["POSITION IDENTIFICATION", "Position Information", "IDENTIFICATION"],
           "ga": ["GENERAL ACCOUNTABILITY", "General Accountability", "1. GENERAL ACCOUNTABILITY"],
           "org": ["ORGANIZATION STRUCTURE", "Organizational Structure", "ORGANIZATIONAL STRUCTURE"],
           "ns": ["NATURE AND SCOPE", "Nature and Scope", "NATURE & SCOPE"],
           "dim": ["DIMENSIONS", "Dimensions", "KEY DIMENSIONS"],
           "sa": ["SPECIFIC ACCOUNTABILITIES", "Specific Accountabilities", "KEY ACTIVITIES"],
           "cert": ["CERTIFICATION", "Certification", "SIGNATURES"]},
    "fr": {"banner": ["DESCRIPTION DE TRAVAIL - GROUPE DE LA DIRECTION (EX)", "DESCRIPTION DE POSTE DE CADRE SUPÉRIEUR",
                      "Description de travail – Groupe EX"],
           "ident": ["IDENTIFICATION DU POSTE", "Renseignements sur le poste"],
           "ga": ["RESPONSABILITÉ GÉNÉRALE", "Responsabilité générale", "RAISON D'ÊTRE"],
           "org": ["STRUCTURE ORGANISATIONNELLE", "Structure organisationnelle"],
           "ns": ["NATURE ET ÉTENDUE", "Nature et étendue", "NATURE ET PORTÉE"],
           "dim": ["DIMENSIONS", "Dimensions", "DONNÉES QUANTITATIVES"],
           "sa": ["RESPONSABILITÉS SPÉCIFIQUES", "Responsabilités spécifiques", "ACTIVITÉS PRINCIPALES"],
           "cert": ["CERTIFICATION", "Certification", "SIGNATURES"]},
}


def label(rng, lang, key, copy=False):
    if lang == "bi":
        return rng.choice(BI_PAIRS[key])
    return rng.choice(L[lang][key])


def heading(rng, lang, key):
    if lang == "bi":
        e, f = rng.choice(HEAD["en"][key]), rng.choice(HEAD["fr"][key])
        return f"{e} / {f}" if key != "banner" else f"{e} / {f}"
    return rng.choice(HEAD[lang][key])


def unit_of(title):
    return title.split(", ", 1)[1] if ", " in title else title


def build(rng, spec, tr):
    """Blocks of a document and its expected record."""
    fname, key, lang, style, opt = spec
    copy = style in ("copy", "adobe")
    pl = "fr" if lang == "fr" else "en"          # prose language (bilingual: the English version)
    nb = "\u00a0" if copy or style == "pdf" else " "
    D = T.DEPTS[tr["dept"]]
    dept_name = D[1] if lang == "fr" else D[0]
    br = T.BRANCHES[tr["dept"]][1 if lang == "fr" else 0]
    loc_text = T.CITIES[tr["city"]][1 if lang == "fr" else 0]
    if lang == "bi" and rng.random() < 0.5:
        loc_text = T.CITIES[tr["city"]][1]
    title = tr["title_fr"] if lang == "fr" else tr["title_en"]
    stated = {}
    blocks = []
    ocr = opt.get("ocr")
    ov = (lambda s: ocr_value(rng, s)) if ocr else (lambda s: s)

    # what is stated ------------------------------------------------------------------------
    st_job = tr["job_code"] is not None and rng.random() < 0.85
    provisional = None
    st_pos = True
    if tr["key"] in ("p08", "p35"):
        provisional = "NEW" if pl == "en" else "NOUVEAU"
        if tr["key"] == "p08":
            provisional = "À déterminer"
    if tr["key"] in ("p18", "p37"):
        st_pos = False
    st_date = tr["effective_date"] is not None
    sup_mode = rng.choice(["fields", "fields", "reports_to", "sentence"])
    st_total = rng.random() < 0.75
    st_om = rng.random() < 0.9
    st_loc = rng.random() < 0.9
    rep_mode = rng.choice(["table", "table", "list", "list", "prose"]) if style != "md" else "table"
    # per-report omissions
    reports = []
    for r in tr["reports"]:
        r = dict(r)
        if rng.random() < 0.12:
            r["classification_shown"] = False
        if rng.random() < 0.12:
            r["fte_shown"] = False
        reports.append(r)

    # identification fields -------------------------------------------------------------------
    fields = []
    if lang == "bi":
        if rng.random() < 0.5:
            fields.append(("Position Title (English) / Titre du poste (anglais)", tr["title_en"]))
            fields.append(("Position Title (French) / Titre du poste (français)", tr["title_fr"]))
        else:
            fields.append((label(rng, lang, "title"), f"{tr['title_en']}\n{tr['title_fr']}"))
    else:
        fields.append((label(rng, lang, "title"), title))
    cls_shown = cls_note(rng, tr["level"], lang, copy)
    fields.append((label(rng, lang, "cls"), ov(cls_shown)))
    if st_pos:
        fields.append((label(rng, lang, "pos"), provisional or ov(tr["position_number"])))
    if st_job:
        fields.append((label(rng, lang, "job"), ov(tr["job_code"])))
    if st_date:
        fields.append((label(rng, lang, "date"), ov(date_note(rng, tr["effective_date"], pl))))
    elif rng.random() < 0.6:
        fields.append((label(rng, lang, "date"), ""))
    fields.append((label(rng, lang, "dept"), dept_name))
    fields.append((label(rng, lang, "branch"), br))
    if st_loc:
        fields.append((label(rng, lang, "loc"), loc_text))
    sup = tr["sup"]
    sup_title = sup["title_fr"] if lang == "fr" else sup["title_en"]
    sup_pos_stated = sup["position_number"] is not None and sup_mode != "reports_to"
    sup_cls_stated = rng.random() < 0.85
    if sup_mode == "fields":
        if sup["position_number"]:
            fields.append((label(rng, lang, "spos"), ov(sup["position_number"])))
        fields.append((label(rng, lang, "stitle"), sup_title))
        if sup_cls_stated:
            fields.append((label(rng, lang, "scls"), ov(cls_note(rng, sup["classification"], lang))))
    elif sup_mode == "reports_to":
        v = sup_title + (f" ({cls_note(rng, sup['classification'], lang)})" if sup_cls_stated else "")
        fields.append((label(rng, lang, "reports_to"), v))
    if tr["incumbent"] and rng.random() < 0.7:
        fields.append((label(rng, lang, "inc"), tr["incumbent"]))
        inc_shown = True
    else:
        inc_shown = False
    if rng.random() < 0.3:   # the columns' order is not the form's
        head, rest = fields[:1], fields[1:]
        rng.shuffle(rest)
        fields = head + rest
    blocks.append(("banner", heading(rng, lang, "banner")))
    if rng.random() < 0.5:
        blocks.append(("heading", heading(rng, lang, "ident")))
    blocks.append(("fields", fields))

    # prose ------------------------------------------------------------------------------------
    u = unit_of(tr["title_fr"] if pl == "fr" else tr["title_en"])
    tt = tr["title_fr"] if pl == "fr" else tr["title_en"]
    dn = T.DEPTS[tr["dept"]][1 if pl == "fr" else 0]
    prose = (lambda s: ocr_prose(rng, s)) if ocr else (lambda s: s)
    csr = opt.get("csr")
    if csr:
        cs = T.CSR_FR if pl == "fr" else T.CSR_EN
        blocks.append(("heading", cs[0] if lang != "bi" else f"{T.CSR_EN[0]} / {T.CSR_FR[0]}"))
        blocks.append(("para", prose(cs[2].format(u=u))))
    else:
        blocks.append(("heading", heading(rng, lang, "ga")))
        blocks.append(("para", prose(rng.choice(T.GA_FR if pl == "fr" else T.GA_EN).format(t=tt, u=u, d=dn)
                                     .replace("Programs programs", "Programs").replace("Programmes programmes", "Programmes"))))

    # organization structure
    org = []
    rtitle = (lambda r: r["title_fr"]) if lang == "fr" else (lambda r: r["title_en"])
    if sup_mode == "sentence":
        cs = f" ({cls_note(rng, sup['classification'], lang)})" if sup_cls_stated else ""
        pn = ""
        if sup["position_number"]:
            pn = (f", poste no {ov(sup['position_number'])}" if pl == "fr" else f", position no. {ov(sup['position_number'])}")
        if pl == "fr":
            org.append(("para", prose(f"Le ou la titulaire relève de la personne occupant le poste de {sup_title}{cs}{pn}. Le poste est l'un des "
                                      f"{rng.randint(3, 7)} postes de direction qui relèvent de ce dernier.")))
        else:
            org.append(("para", prose(f"The {tt} reports to the {sup_title}{cs}{pn}, and is one of "
                                      f"{rng.randint(3, 7)} senior management positions reporting to that position.")))
    else:
        if pl == "fr":
            org.append(("para", prose(f"Le ou la titulaire est l'un des {rng.randint(3, 7)} cadres qui relèvent de la "
                                      f"personne occupant le poste mentionné ci-dessus.")))
        else:
            org.append(("para", prose(f"The {tt} is one of {rng.randint(3, 7)} senior management positions reporting "
                                      f"to the position identified above.")))
    rep_cls = {}
    for r in reports:
        rep_cls[r["title_en"]] = cls_note(rng, r["classification"], lang) if rng.random() < 0.2 else r["classification"]
    if rep_mode == "table":
        if pl == "fr" and lang == "fr":
            hdr = ["Titre du poste", "Groupe et niveau", "ETP"]
        elif lang == "bi":
            hdr = ["Position Title / Titre du poste", "Classification", "FTEs / ETP"]
        else:
            hdr = rng.choice([["Position Title", "Classification", "FTEs"], ["Title", "Group/Level", "Number of FTEs"],
                              ["Direct Reports", "Level", "FTE"]])
        rows = [[rtitle(r), rep_cls[r["title_en"]] if r.get("classification_shown", True) else "",
                 str(r["fte"]) if r.get("fte_shown", True) else ""] for r in reports]
        intro = ("Les postes suivants relèvent du titulaire :" if lang == "fr" else
                 "Direct reports / Subordonnés directs :" if lang == "bi" else
                 rng.choice(["The following positions report to the incumbent:", "Direct reports:"]))
        org.append(("para", intro))
        org.append(("table", hdr, rows))
    elif rep_mode == "list":
        fmt = rng.randrange(4)
        items = []
        for r in reports:
            t_ = rtitle(r)
            c_ = rep_cls[r["title_en"]] if r.get("classification_shown", True) else None
            f_ = fte_note(rng, r["fte"], pl) if r.get("fte_shown", True) else None
            if fmt == 0:
                inner = ", ".join(x for x in (c_, f_) if x)
                items.append(f"{t_} ({inner})" if inner else t_)
            elif fmt == 1:
                items.append((f"{c_} – " if c_ else "") + t_ + (f" ({f_})" if f_ else ""))
            elif fmt == 2:
                items.append(" – ".join(x for x in (t_, c_, f_) if x))
            else:
                items.append(t_ + (f" [{c_}]" if c_ else "") + (f" ({f_})" if f_ else ""))
        intro = ("Relèvent du titulaire :" if lang == "fr" else "Reporting to the incumbent are / Relèvent du titulaire :"
                 if lang == "bi" else "Reporting to the incumbent are:")
        org.append(("para", intro))
        org.append(("bullets", items))
    else:
        parts = []
        for r in reports:
            c_ = rep_cls[r["title_en"]] if r.get("classification_shown", True) else None
            f_ = fte_note(rng, r["fte"], pl) if r.get("fte_shown", True) else None
            inner = "; ".join(x for x in (c_, f_) if x)
            parts.append(f"the {rtitle(r)}" + (f" ({inner})" if inner else "") if pl == "en" else
                         f"le {rtitle(r)}" + (f" ({inner})" if inner else ""))
        if pl == "fr":
            s = "Relèvent directement du titulaire : " + "; ".join(parts[:-1]) + " et " + parts[-1] + "."
        else:
            s = "Reporting directly to the incumbent are " + "; ".join(parts[:-1]) + " and " + parts[-1] + "."
        org.append(("para", s))
    blocks.append(("heading", heading(rng, lang, "org")))
    blocks += org

    blocks.append(("heading", heading(rng, lang, "ns")))
    ns = T.NS_FR if pl == "fr" else T.NS_EN
    for i in sorted(rng.sample(range(len(ns)), rng.randint(2, 3))):
        blocks.append(("para", prose(ns[i].format(t=tt, d=dn))))

    # dimensions ----------------------------------------------------------------------------
    dim = []
    mn = lambda a: ov(money(rng, a, pl, nb).replace("$ ", "$" + nb))  # noqa: E731
    sl = {"en": ["Salary", "Salary budget", "Salaries", "Salary Dollars"], "fr": ["Salaires", "Budget salarial", "Traitements"]}
    ol = {"en": ["O&M", "Operating and Maintenance", "Non-salary O&M", "O & M"], "fr": ["F et E", "Fonctionnement et entretien", "Budget de F et E"]}
    tl = {"en": ["Total", "Total budget", "Total Salary and O&M"], "fr": ["Total", "Budget total"]}
    fl = {"en": ["FTEs", "Full-time equivalents (FTEs)", "Staff", "Human resources (FTEs)"],
          "fr": ["ETP", "Équivalents temps plein (ETP)", "Effectif", "Ressources humaines (ETP)"]}
    lab = (lambda d_: f"{rng.choice(d_['en'])} / {rng.choice(d_['fr'])}") if lang == "bi" else (lambda d_: rng.choice(d_[pl]))
    thousands = style in ("layout", "pdf") and rng.random() < 0.2 and pl == "en"
    dim.append((lab(fl), ov(str(tr["fte"]))))
    if thousands:
        th = lambda a: f"{a // 1000:,}"  # noqa: E731
        rows = [[lab(sl), ov(th(tr["salary"]))]]
        if st_om:
            rows.append([lab(ol), ov(th(tr["o_and_m"]))])
        if st_total:
            rows.append([lab(tl), ov(th(tr["total"]))])
        dim_block = [("fields2", [(a, b) for a, b in dim]), ("table", ["Budget", "($000)"], rows)]
    else:
        dim.append((lab(sl), mn(tr["salary"])))
        if st_om:
            dim.append((lab(ol), mn(tr["o_and_m"])))
        if st_total:
            dim.append((lab(tl), mn(tr["total"])))
        dim_block = [("fields2", dim)]
    if tr["program_budget"]:
        pbl = {"en": ["Program budget (Gs&Cs)", "Grants and contributions"], "fr": ["Subventions et contributions", "Budget de programme"]}
        dim_block.append(("fields2", [(lab(pbl), mn(tr["program_budget"]))]))
    blocks.append(("heading", heading(rng, lang, "dim")))
    blocks += dim_block

    blocks.append(("heading", heading(rng, lang, "sa") if not csr else
                   ((T.CSR_FR if pl == "fr" else T.CSR_EN)[1] if lang != "bi" else f"{T.CSR_EN[1]} / {T.CSR_FR[1]}")))
    sa = T.SA_FR if pl == "fr" else T.SA_EN
    idx = sorted(rng.sample(range(len(sa)), rng.randint(5, 7)))
    blocks.append(("numbered" if not csr else "bullets", [prose(sa[i].format(u=u)) for i in idx]))

    # certification ----------------------------------------------------------------------------
    sigs = []
    if inc_shown or (tr["incumbent"] and rng.random() < 0.5):
        sigs.append((tr["incumbent"], "Titulaire" if lang == "fr" else "Incumbent / Titulaire" if lang == "bi" else "Incumbent"))
        inc_shown = True
    if tr["signer"]:
        sigs.append((tr["signer"], sup_title))
    if tr["approver"]:
        sigs.append((tr["approver"], rng.choice(["Sous-ministre adjoint" if pl == "fr" else "Assistant Deputy Minister",
                                                 "Conseillère en classification" if pl == "fr" else "Classification Advisor"])))
    blocks.append(("heading", heading(rng, lang, "cert")))
    blocks.append(("para", "Je certifie que la présente description représente fidèlement les fonctions du poste."
                   if pl == "fr" else
                   "The foregoing description is an accurate and complete statement of the duties assigned to the position."))
    blocks.append(("sigs", sigs))

    people = [n for n, _ in sigs]
    for n in (tr["incumbent"],):
        if n and inc_shown and n not in people:
            people.append(n)
    # expected ----------------------------------------------------------------------------
    not_stated = []
    f = {"title": tr["title_en"] if lang != "fr" else tr["title_fr"],
         "classification": tr["level"],
         "job_code": tr["job_code"] if st_job else None,
         "position_number": tr["position_number"] if st_pos and not provisional else None,
         "effective_date": tr["effective_date"] if st_date else None,
         "supervisor": {"position_number": sup["position_number"] if sup_pos_stated else None,
                        "title": sup_title,
                        "classification": sup["classification"] if sup_cls_stated else None},
         "direct_reports": [{"title": r["title_en"] if lang != "fr" else r["title_fr"],
                             "classification": r["classification"] if r.get("classification_shown", True) else None,
                             "fte": r["fte"] if r.get("fte_shown", True) else None} for r in reports],
         "salary": tr["salary"], "o_and_m": tr["o_and_m"] if st_om else None,
         "total": tr["total"] if st_total else None,
         "location": loc_text if st_loc else None}
    for k in ("job_code", "position_number", "effective_date", "o_and_m", "total", "location"):
        if f[k] is None:
            not_stated.append(k)
    for k in ("position_number", "classification"):
        if f["supervisor"][k] is None:
            not_stated.append(f"supervisor.{k}")
    also = {"fte": tr["fte"], "operating_budget": None, "program_budget": tr["program_budget"],
            "provisional_number": provisional}
    if lang == "bi":
        also["title_fr"] = tr["title_fr"]
    exp = {"document": fname, "kind": None, "language": LANG[lang], "outcome": "import", "fields": f,
           "not_stated": not_stated, "also": also, "people": people, "versions": None}
    return blocks, exp, {"lig": opt.get("lig"), "ocr": ocr, "lang": lang, "pl": pl}


# --------------------------------------------------------------------------------------------
# layout: the logical blocks as each tool lays them out
# --------------------------------------------------------------------------------------------
BULLETS = ["•", "\uf0b7", "▪", "o", "-", "●"]


def wrap(rng, text, width, hyph=None):
    """Wrap prose; hyph is the string put at a line end when a long word is split ('-', '\u00ad-' ...)."""
    words, lines, cur = text.split(" "), [], ""
    if hyph == "\u00ad":   # a viewer's copy keeps the document's discretionary hyphens inside words too
        vowels = "aeiouyéèàâêîôû"
        for i, w in enumerate(words):
            if len(w) >= 10 and w.isalpha() and rng.random() < 0.15:
                cuts = [c for c in range(3, len(w) - 3)
                        if w[c - 1].lower() in vowels and w[c].lower() not in vowels and w[c + 1].lower() in vowels]
                if cuts:
                    c = rng.choice(cuts)
                    words[i] = w[:c] + "\u00ad" + w[c:]
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            room = width - len(cur) - 2
            if hyph and len(w) >= 9 and room >= 4 and rng.random() < 0.45 and w.isalpha():
                vowels = "aeiouyéèàâêîôû"
                cuts = [c for c in range(3, min(room, len(w) - 3) + 1)
                        if w[c - 1].lower() in vowels and w[c].lower() not in vowels and w[c + 1].lower() in vowels]
                if cuts:
                    cut = cuts[-1]
                    lines.append(cur + " " + w[:cut] + hyph)
                    cur = w[cut:]
                    continue
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    if cur:
        lines.append(cur)
    return lines


def justify(rng, line, width):
    if len(line) >= width or " " not in line.strip() or len(line) < width * 0.75:
        return line
    words = line.split(" ")
    gaps = len(words) - 1
    extra = width - len(line)
    out = ""
    for i, w in enumerate(words):
        out += w
        if i < gaps:
            out += " " * (1 + extra // gaps + (1 if i < extra % gaps else 0))
    return out


def cellwrap(text, width):
    out = []
    for part in text.split("\n"):
        out += textwrap.wrap(part, width, break_long_words=False) or [""]
    return out


def render_layout(rng, blocks, ctx, width=104, cols=2, pdf=False):
    """pdftotext -layout: columns of spaces, justified prose, hyphenated ends, tables by position."""
    lines = []
    hyph = "-"
    bullet = rng.choice(["•", "\uf0b7", "▪", "o"]) if not pdf else rng.choice(["•", "o", "-"])
    lm = " " * rng.choice([0, 2, 4, 6])
    for b in blocks:
        k = b[0]
        if k == "banner":
            lines += ["", " " * max(0, (width - len(b[1])) // 2) + b[1], ""]
        elif k == "heading":
            lines += ["", lm + b[1], ""]
        elif k == "para":
            wl = wrap(rng, b[1], width - len(lm) - 4, hyph)
            for i, ln in enumerate(wl):
                lines.append(lm + (justify(rng, ln, width - len(lm) - 4) if i < len(wl) - 1 else ln))
            lines.append("")
        elif k in ("fields", "fields2"):
            fl = b[1]
            ncol = cols if k == "fields" else rng.choice([1, 2])
            colw = (width - len(lm)) // ncol
            labw = min(max(len(a) for a, _ in fl) + 2, colw * 2 // 5)
            valw = colw - labw - 3
            stacked = k == "fields" and rng.random() < 0.25     # label above its value, a printed form's boxes
            for i in range(0, len(fl), ncol):
                row = fl[i:i + ncol]
                if stacked:
                    l1 = lm + "".join((a + ":").ljust(colw) for a, _ in row)
                    cells = [cellwrap(v, colw - 3) for _, v in row]
                    lines.append(l1.rstrip())
                    for j in range(max(len(c) for c in cells)):
                        lines.append((lm + "".join((c[j] if j < len(c) else "").ljust(colw) for c in cells)).rstrip())
                    lines.append("")
                    continue
                cells = [(cellwrap(a + ":", labw), cellwrap(v, valw)) for a, v in row]
                h = max(max(len(x), len(y)) for x, y in cells)
                for j in range(h):
                    s = lm
                    for x, y in cells:
                        s += (x[j] if j < len(x) else "").ljust(labw + 1) + (y[j] if j < len(y) else "").ljust(valw + 2)
                    lines.append(s.rstrip())
            lines.append("")
        elif k == "table":
            hdr, rows = b[1], b[2]
            n = len(hdr)
            ws = [max(30, (width - len(lm)) // 2)] + [max(12, ((width - len(lm)) // 2) // (n - 1) - 2)] * (n - 1)
            for r in [hdr] + rows:
                cells = [cellwrap(c, ws[i] - 2) for i, c in enumerate(r)]
                h = max(len(c) for c in cells)
                mid = (h - 1) // 2
                for j in range(h):
                    s = lm
                    for i, c in enumerate(cells):
                        # a one-line cell next to a wrapped one sits on the row's middle line, as pdftotext puts it
                        txt = c[j] if len(c) > 1 and j < len(c) else (c[0] if len(c) == 1 and j == mid else "")
                        s += txt.ljust(ws[i]) if i == 0 else txt.rjust(ws[i] - 4).ljust(ws[i])
                    lines.append(s.rstrip())
            lines.append("")
        elif k == "bullets":
            for it in b[1]:
                wl = wrap(rng, it, width - len(lm) - 10, hyph)
                lines.append(lm + "  " + bullet + "  " + wl[0])
                lines += [lm + "     " + x for x in wl[1:]]
            lines.append("")
        elif k == "numbered":
            for n_, it in enumerate(b[1], 1):
                wl = wrap(rng, it, width - len(lm) - 10, hyph)
                lines.append(lm + f"{n_}.  " + wl[0])
                lines += [lm + "    " + x for x in wl[1:]]
            lines.append("")
        elif k == "sigs":
            sg = b[1]
            for i in range(0, len(sg), 2):
                pair = sg[i:i + 2]
                lines.append("")
                lines.append(lm + "".join(("_" * 34).ljust(50) for _ in pair).rstrip())
                lines.append(lm + "".join(n.ljust(50) for n, _ in pair).rstrip())
                rl = [cellwrap(r, 46) for _, r in pair]
                for j in range(max(len(x) for x in rl)):
                    lines.append((lm + "".join((x[j] if j < len(x) else "").ljust(50) for x in rl)).rstrip())
                lines.append(lm + "".join(("Date: ____________").ljust(50) for _ in pair).rstrip())
    return lines


def render_raw(rng, blocks, ctx, width=98, columnwise=False):
    """pdftotext without -layout: text in reading order, a cell to a line, no column gaps."""
    lines = []
    hyph = "-"
    bullet = rng.choice(["•", "\uf0b7", "▪", "o"])
    for b in blocks:
        k = b[0]
        if k in ("banner", "heading"):
            lines += [b[1], ""]
        elif k == "para":
            lines += wrap(rng, b[1], width, hyph) + [""]
        elif k in ("fields", "fields2"):
            fl = b[1]
            if columnwise and k == "fields":
                # a two-column table read column by column: the labels first, then the values
                fl = [(a, v) for a, v in fl if v]
                lines += [a + ":" for a, _ in fl] + [""]
                for _, v in fl:
                    lines += v.split("\n") if v else []
                lines.append("")
            elif rng.random() < 0.5:
                for a, v in fl:
                    lines.append(a + ":")
                    lines += v.split("\n") if v else []
                lines.append("")
            else:
                for a, v in fl:
                    vv = v.split("\n")
                    lines.append(f"{a}: {vv[0]}".rstrip())
                    lines += vv[1:]
                lines.append("")
        elif k == "table":
            for r in [b[1]] + b[2]:
                for c in r:
                    if c:
                        lines += cellwrap(c, 40)
            lines.append("")
        elif k == "bullets":
            for it in b[1]:
                wl = wrap(rng, it, width - 4, hyph)
                lines.append(f"{bullet} " + wl[0])
                lines += wl[1:]
            lines.append("")
        elif k == "numbered":
            for n_, it in enumerate(b[1], 1):
                wl = wrap(rng, it, width - 4, hyph)
                lines.append(f"{n_}. " + wl[0])
                lines += wl[1:]
            lines.append("")
        elif k == "sigs":
            for n, r in b[1]:
                lines += ["", "_" * 30, n, r, "Date"]
    return lines


def render_copy(rng, blocks, ctx, width=92, adobe=False):
    """Copy-paste from a PDF viewer (lines as on the page, soft hyphens, NBSP, ligatures), or Acrobat's
    Save as Text (adobe: a paragraph to a line, tabs between columns)."""
    lines = []
    soft = rng.random() < 0.6
    hyph = "\u00ad" if soft else "-"
    bullet = rng.choice(["\uf0b7", "\uf0b7", "•", "▪"]) if not ctx.get("cp1252") else rng.choice(["•", "·", "o"])
    sep = "\t" if adobe else rng.choice([" ", "\u00a0", "\t", "\n"])
    fr_colon = "\u00a0:" if ctx["pl"] == "fr" else ":"
    for b in blocks:
        k = b[0]
        if k in ("banner", "heading"):
            lines += [b[1]] + ([""] if adobe else [])
        elif k == "para":
            if adobe:
                lines += [b[1], ""]
            else:
                lines += wrap(rng, b[1], width, hyph)
        elif k in ("fields", "fields2"):
            for a, v in b[1]:
                lab_ = a.replace(" :", "").rstrip(":") + (fr_colon if ctx["lang"] == "fr" else ":")
                vv = v.split("\n")
                if sep == "\n":
                    lines.append(lab_)
                    lines += [x for x in vv if x]
                else:
                    lines.append(f"{lab_}{sep}{vv[0]}".rstrip())
                    lines += vv[1:]
            if adobe:
                lines.append("")
        elif k == "table":
            for r in [b[1]] + b[2]:
                if adobe or rng.random() < 0.5:
                    lines.append(("\t" if adobe else " ").join(c for c in r if c))
                else:
                    lines += [c for c in r if c]
        elif k == "bullets":
            for it in b[1]:
                if adobe:
                    lines.append(f"{bullet}\t{it}")
                else:
                    wl = wrap(rng, it, width - 4, hyph)
                    lines.append(f"{bullet} " + wl[0])
                    lines += wl[1:]
        elif k == "numbered":
            for n_, it in enumerate(b[1], 1):
                if adobe:
                    lines.append(f"{n_}.\t{it}")
                else:
                    wl = wrap(rng, it, width - 4, hyph)
                    lines.append(f"{n_}. " + wl[0])
                    lines += wl[1:]
        elif k == "sigs":
            for n, r in b[1]:
                lines += ["_" * 28, n, r, "Date"]
    if soft:
        lines = [ln.replace("\u00ad", "\u00ad") for ln in lines]
    return lines


def running(rng, lang, dept_short, title_short):
    """(header lines, footer format) of a department's PDF form."""
    prot = {"en": "Protected B when completed", "fr": "Protégé B une fois rempli",
            "bi": "Protected B when completed / Protégé B une fois rempli"}[lang]
    if rng.random() < 0.3:
        prot = {"en": "PROTECTED B (when completed)", "fr": "PROTÉGÉ B (une fois rempli)",
                "bi": "PROTECTED B / PROTÉGÉ B"}[lang]
    foot = {"en": ["Page {n} of {N}", "Page {n} of {N}", "{n} / {N}", "- {n} -"],
            "fr": ["Page {n} de {N}", "Page {n} de {N}", "{n} / {N}", "- {n} -"],
            "bi": ["Page {n} of / de {N}", "Page {n} / {N}", "{n} / {N}"]}[lang]
    form = rng.choice([f"{dept_short} EX WD (2019-04)", f"{dept_short}-GEN-0417 (2018/06)", "TBS/SCT 350-32E",
                       f"{dept_short} Executive Work Description Template v3.1", title_short])
    return prot, rng.choice(foot), form


def paginate(rng, lines, per_page, lang, dept_short, title_short, style, width):
    prot, foot, form = running(rng, lang, dept_short, title_short)
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)] or [[]]
    N = len(pages)
    out = []
    hpos = rng.random()
    for n, pg in enumerate(pages, 1):
        f = foot.format(n=n, N=N)
        if style in ("layout", "pdf"):
            head = [(form + " " * max(4, width - len(form) - len(prot)) + prot)] if hpos < 0.6 else [prot.rjust(width)]
            tail = ["", form.ljust(width - len(f)) + f if hpos >= 0.6 else f.rjust(width)]
            out.append(head + [""] + pg + tail)
        elif style == "raw":
            out.append([prot] + pg + [form, f] if hpos < 0.6 else pg + [f, prot])
        else:
            out.append(([prot] if n > 1 or hpos < 0.5 else []) + pg + [f])
    return out


def sanitize_cp1252(s):
    rep = {"\uf0b7": "•", "\u2011": "-", "▪": "•", "●": "•", "\u202f": "\u00a0", "\ufb01": "fi", "\ufb02": "fl",
           "\ufb00": "ff", "\ufb03": "ffi", "œ": "œ"}
    for a, b in rep.items():
        s = s.replace(a, b)
    return s.encode("cp1252", "replace").decode("cp1252")


# --------------------------------------------------------------------------------------------
# files
# --------------------------------------------------------------------------------------------
def docx_bytes(build_fn):
    import docx
    d = docx.Document()
    build_fn(d)
    cp = d.core_properties
    fixed = dt.datetime(2023, 5, 1, 9, 0, 0)
    cp.created = cp.modified = fixed
    cp.last_printed = fixed
    cp.author = cp.last_modified_by = "HRKit corpus"
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in sorted(zin.infolist(), key=lambda i: i.filename):
            zi = zipfile.ZipInfo(info.filename, date_time=(2023, 5, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, zin.read(info.filename))
    return out.getvalue()


def docx_from_blocks(rng, blocks):
    def fn(d):
        for b in blocks:
            k = b[0]
            if k == "banner":
                d.add_heading(b[1], level=1)
            elif k == "heading":
                d.add_heading(b[1], level=2)
            elif k == "para":
                d.add_paragraph(b[1])
            elif k in ("fields", "fields2"):
                t = d.add_table(rows=0, cols=2)
                for a, v in b[1]:
                    c = t.add_row().cells
                    c[0].text, c[1].text = a + ":", v
            elif k == "table":
                t = d.add_table(rows=0, cols=len(b[1]))
                for r in [b[1]] + b[2]:
                    c = t.add_row().cells
                    for i, x in enumerate(r):
                        c[i].text = x
            elif k == "bullets":
                for it in b[1]:
                    d.add_paragraph(it, style="List Bullet")
            elif k == "numbered":
                for it in b[1]:
                    d.add_paragraph(it, style="List Number")
            elif k == "sigs":
                for n, r in b[1]:
                    d.add_paragraph("_" * 30)
                    d.add_paragraph(f"{n}\n{r}\nDate:")
    return docx_bytes(fn)


def md_from_blocks(rng, blocks):
    """A PDF run through a PDF-to-Markdown converter: headings, bold labels, a pipe table broken across rows."""
    out = []
    for b in blocks:
        k = b[0]
        if k == "banner":
            out += [f"# {b[1]}", ""]
        elif k == "heading":
            out += [f"## {b[1]}", ""]
        elif k == "para":
            out += [b[1], ""]
        elif k in ("fields", "fields2"):
            for a, v in b[1]:
                out.append(f"**{a}:** {v}".rstrip())
                out.append("")
        elif k == "table":
            hdr, rows = b[1], b[2]
            out.append("| " + " | ".join(hdr) + " |")
            out.append("|" + "---|" * len(hdr))
            for r in rows:
                t_ = r[0]
                if len(t_) > 32 and ", " in t_:
                    a, c = t_.split(", ", 1)
                    out.append(f"| {a}, | {r[1]} | {r[2]} |")
                    out.append(f"| {c} | | |")
                else:
                    out.append("| " + " | ".join(r) + " |")
            out.append("")
        elif k == "bullets":
            out += [f"- {it}" for it in b[1]] + [""]
        elif k == "numbered":
            out += [f"{i}. {it}" for i, it in enumerate(b[1], 1)] + [""]
        elif k == "sigs":
            for n, r in b[1]:
                out += ["\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_", "", f"{n}  ", f"{r}  ", "Date", ""]
    return "\n".join(out) + "\n"


def write_wd(rng, spec, tr, twins):
    fname, key, lang, style, opt = spec
    if opt.get("twin") == "b":
        data, blocks, exp, ctx = twins["p10"]
        return data, exp
    blocks, exp, ctx = build(rng, spec, tr)
    ctx["cp1252"] = opt.get("cp1252")
    D = T.DEPTS[tr["dept"]]
    dshort = D[3] if lang == "fr" else D[2]
    tshort = (tr["title_fr"] if lang == "fr" else tr["title_en"])[:40]
    exp["kind"] = KIND[style] + ("-cp1252" if opt.get("cp1252") else "")
    if style in ("layout", "pdf"):
        width = (104 if style == "layout" else 100) + (24 if lang == "bi" else 0)
        lines = render_layout(rng, blocks, ctx, width=width, cols=opt.get("cols", 2), pdf=style == "pdf")
        pages = paginate(rng, lines, rng.choice([52, 56, 60]), lang, dshort, tshort, "layout", width)
        if style == "pdf":
            pages_txt = ["\n".join(p) for p in pages]
            if ctx["lig"]:
                pages_txt = [ligatures(p) for p in pages_txt]
            pages_txt = [sanitize_cp1252(p) for p in pages_txt]
            data = pdf_bytes(pages_txt)
            if opt.get("twin") == "a":
                txt = "".join("\n".join(p) + "\n\f" for p in pages)
                twin_exp = dict(exp)
                twin_exp["kind"] = KIND["layout"]
                twins["p10"] = (txt.encode("utf-8"), blocks, twin_exp, ctx)
            return data, exp
        text = "".join("\n".join(p) + "\n\f" for p in pages)
    elif style == "raw":
        lines = render_raw(rng, blocks, ctx, columnwise=opt.get("columnwise", False))
        pages = paginate(rng, lines, rng.choice([50, 58]), lang, dshort, tshort, "raw", 98)
        text = "".join("\n".join(p) + "\n\f" for p in pages)
    elif style in ("copy", "adobe"):
        lines = render_copy(rng, blocks, ctx, adobe=style == "adobe")
        pages = paginate(rng, lines, rng.choice([45, 55]), lang, dshort, tshort, style, 90)
        text = "\n".join("\n".join(p) for p in pages) + "\n"
        if style == "adobe":
            text = text.replace("\n", "\r\n")
    elif style == "md":
        text = md_from_blocks(rng, blocks)
    elif style == "docx":
        return docx_from_blocks(rng, blocks), exp
    if ctx["lig"]:
        text = ligatures(text)
    if opt.get("cp1252"):
        return sanitize_cp1252(text).encode("cp1252"), exp
    return text.encode("utf-8"), exp


# --------------------------------------------------------------------------------------------
# documents to refuse
# --------------------------------------------------------------------------------------------
def refusals(rng):
    out = []
    # 1. a memo about a classification review, pdftotext -layout
    memo = """
                                                                              Protected A
                                 MEMORANDUM / NOTE DE SERVICE

    TO / DESTINATAIRE:        Directors General, Program Operations Branch
    FROM / EXPÉDITEUR:        Wendell Achterberg, Director, Executive Classification
    DATE:                     November 2, 2023
    FILE / DOSSIER:           4520-EX-2023-117
    SUBJECT / OBJET:          Review of EX work descriptions - cyclical review 2023-2024


    The Office of the Chief Human Resources Officer requires that every EX work description be
    reviewed at least once every five years. Our records show that 14 EX-01 and 3 EX-02 work
    descriptions in your branch were last classified before April 1, 2018.

    Please send the updated work descriptions (Word format, signed PDF attached) to the EX
    Classification mailbox by January 31, 2024. Descriptions must use the current template:
    General Accountability, Organization Structure, Nature and Scope, Dimensions and Specific
    Accountabilities. Positions with no change in duties may be certified as is.

    For questions, please contact Lorraine Haddad, Senior Classification Advisor (EX), at
    613-555-0148.



    Wendell Achterberg
    Director, Executive Classification / Directeur, Classification des cadres

    c.c.: Heather Lindqvist, Director General, Workforce Management

                                                                                  Page 1 of 1
\f"""
    out.append(("Memo - EX WD cyclical review 2023-24.txt", memo.encode("utf-8"), "pdftotext-layout", "bilingual",
                ["Wendell Achterberg", "Lorraine Haddad", "Heather Lindqvist"]))

    # 2. a French letter of offer, .docx
    def offer(d):
        d.add_paragraph("Agence des services frontaliers du Canada")
        d.add_paragraph("Ottawa (Ontario)  K1A 0L8")
        d.add_paragraph("Le 14 août 2023")
        d.add_paragraph("Madame Roxanne Thériault\n1450, rue Meadowlands Est\nOttawa (Ontario)  K2C 3P7")
        d.add_paragraph("Objet : Offre de nomination intérimaire – Directrice, Opérations à l'aéroport (EX-01), poste no 42187")
        d.add_paragraph("Madame,")
        d.add_paragraph("J'ai le plaisir de vous offrir une nomination intérimaire au poste de Directrice, Opérations à "
                        "l'aéroport, classifié au groupe et niveau EX-01, à l'Agence des services frontaliers du Canada, "
                        "Région du Pacifique, à Vancouver (Colombie-Britannique), du 5 septembre 2023 au 1er mars 2024.")
        d.add_paragraph("Votre rémunération sera fixée conformément à la Directive sur les conditions d'emploi des cadres "
                        "supérieurs, dans l'échelle de 127 000 $ à 149 400 $ par année.")
        d.add_paragraph("Veuillez signer et retourner une copie de la présente lettre d'ici le 25 août 2023 pour "
                        "signifier votre acceptation.")
        d.add_paragraph("Je vous prie d'agréer, Madame, l'expression de mes sentiments distingués.")
        d.add_paragraph("Tariq Rahman\nDirecteur général régional, Région du Pacifique")
        d.add_paragraph("J'accepte l'offre ci-dessus : ______________________   Date : __________")
    out.append(("Lettre d'offre - nomination intérimaire EX-01 (signée).docx", docx_bytes(offer), "docx", "fr",
                ["Roxanne Thériault", "Tariq Rahman"]))

    # 3. an org chart, pdftotext -layout of boxes
    chart = """                        Infrastructure Canada / Infrastructure Canada
                 Program Operations Branch / Direction générale des opérations des programmes
                              Organization Chart / Organigramme - 2023-10-01

                                  +-----------------------------------------+
                                  |  Director General / Directeur général   |
                                  |             EX-03  (pos. 30412)         |
                                  |             Hugues Poirier              |
                                  +-----------------------------------------+
                                                      |
              +---------------------------------------+----------------------------------------+
              |                                       |                                        |
  +-------------------------+          +------------------------------+         +---------------------------+
  | Executive Director,     |          | Executive Director,          |         | Senior Director,          |
  | Program Operations      |          | Program Integrity            |         | Business Transformation   |
  | EX-02   (pos. 30587)    |          | EX-02   (pos. 30588)         |         | EX-01   (pos. 31210)      |
  | Ingrid Mensah           |          | VACANT                       |         | Patrice Kowalczyk         |
  +-------------------------+          +------------------------------+         +---------------------------+
       |            |                        |              |                         |
  Dir., West   Dir., East              Dir., Audit    Mgr., Controls            Mgr., Systems
  EX-01        EX-01                   EX-01          PM-06                     CS-04
  (24 FTE)     (19 FTE)                (11 FTE)       (6 FTE)                   (9 FTE)

  FTEs / ETP total: 142                                                                     Page 1 / 1
\f"""
    out.append(("Org chart - Program Operations Branch 2023.txt", chart.encode("utf-8"), "pdftotext-layout", "bilingual",
                ["Hugues Poirier", "Ingrid Mensah", "Patrice Kowalczyk"]))

    # 4. minutes of a classification committee, copy-paste from a PDF (French)
    minutes = ("Protégé B une fois rempli\n"
               "Procès-verbal – Comité de classification des postes de la direction (EX)\n"
               "Réunion du 17 novembre 2022, 13 h 30 à 15 h, salle 7A-201 et MS Teams\n"
               "Présents : Annick Ouellette (présidente), Colin Whitfield, Josée St-Amour, Gurpreet Chowdhury\n"
               "Absente : Valérie Arsenault\n"
               "1. Adoption de l'ordre du jour\n"
               "L'ordre du jour est adopté sans modification.\n"
               "2. Directeur, Centre fiscal de Shawinigan (EX-02) – examen cyclique\n"
               "Le comité examine la description de travail révisée. Les dimensions (salaires de 21,4 M$, F et E de\n"
               "1,2 M$) sont confirmées par les Finances. Le comité recommande le maintien du niveau EX\u201102 et\n"
               "demande de préciser la relation hiérarchique avec la commissaire adjointe.\n"
               "3. Directrice, Analyse des politiques de l'assurance-emploi (EX-01)\n"
               "Report à la prochaine réunion : la structure organisationnelle n'est pas à jour.\n"
               "4. Divers\n"
               "Prochaine réunion : le 15 décembre 2022.\n"
               "Page 1 de 1\n")
    out.append(("Procès-verbal comité de classification EX 2022-11-17.txt", minutes.encode("utf-8"), "pdf-copy-paste", "fr",
                ["Annick Ouellette", "Colin Whitfield", "Josée St-Amour", "Gurpreet Chowdhury", "Valérie Arsenault"]))

    # 5. an executive performance agreement, PDF with a text layer
    pa = [
        "Protected B when completed                                         Executive Performance Agreement 2023-24\n\n"
        "EXECUTIVE PERFORMANCE AGREEMENT / ENTENTE DE RENDEMENT DES CADRES\n\n"
        "Name / Nom:                  Siobhan Leblanc\n"
        "Position / Poste:            Director, Labour Statistics (EX-01)\n"
        "Organization:                Statistics Canada\n"
        "Supervisor / Superviseur:    Omar Girouard, Director General\n"
        "Period / Période:            April 1, 2023 to March 31, 2024\n\n"
        "PART 1 - COMMITMENTS\n\n"
        "Business results\n"
        "1. Release the monthly Labour Force Survey on schedule, 12 of 12 releases.\n"
        "2. Complete the modernization of the payroll statistics processing system by Q3.\n\n"
        "Leadership commitments\n"
        "3. Advance diversity and inclusion: 2 employee-led learning events, accessibility plan implemented.\n\n"
        "Key leadership competencies: create vision and strategy; mobilize people; uphold integrity and respect;\n"
        "collaborate with partners and stakeholders; promote innovation and guide change; achieve results.\n\n"
        "                                                                                   Page 1 of 2\n",
        "PART 2 - MID-YEAR REVIEW / EXAMEN DE MI-EXERCICE\n\n"
        "Discussion held on: November 14, 2023\n\n"
        "PART 3 - SIGNATURES\n\n"
        "Executive / Cadre: Siobhan Leblanc                  Supervisor / Superviseur: Omar Girouard\n"
        "Date: 2023-05-02                                    Date: 2023-05-04\n\n"
        "                                                                                   Page 2 of 2\n",
    ]
    out.append(("EX Performance Agreement 2023-24 - signed.pdf", pdf_bytes(pa), "pdf", "en",
                ["Siobhan Leblanc", "Omar Girouard"]))

    # 6. a scanned PDF without a text layer
    out.append(("Scan_20230614_0001.pdf", pdf_bytes(["", "", ""]), "pdf-no-text", "en", []))
    return out


# --------------------------------------------------------------------------------------------
def dump(exp):
    return yaml.safe_dump(exp, sort_keys=False, allow_unicode=True, width=1000).encode("utf-8")


def main():
    rng = random.Random(SEED)
    for d in (CORPUS, EXPECTED):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
    used = set()
    truths = {p[0]: truth_of(rng, p, used) for p in T.POSITIONS}
    # the older version of a description carries an older date
    old_dates = {"p03": None, "p27": dt.date(2016, 3, 14)}
    new_dates = {"p03": dt.date(2022, 9, 26), "p27": dt.date(2021, 6, 7)}
    twins = {}
    versions = {"p03": {"documents": ["ED Digital Policy - DRAFT.txt", "ED Digital Policy - FINAL - signed.pdf"],
                        "newest": "ED Digital Policy - FINAL - signed.pdf"},
                "p27": {"documents": ["Warden, Collins Bay Institution 2016.txt",
                                      "Warden, Collins Bay Institution - revised 2021.pdf"],
                        "newest": "Warden, Collins Bay Institution - revised 2021.pdf"},
                "p10": {"documents": ["DG Spectrum Licensing Policy.pdf", "DG Spectrum Licensing Policy.txt"],
                        "newest": None, "same_description": True}}
    for spec in DOCS:
        fname, key, lang, style, opt = spec
        tr = dict(truths[key])
        if opt.get("version") == "old":
            tr["effective_date"] = old_dates[key]
        elif opt.get("version") == "new":
            tr["effective_date"] = new_dates[key]
        doc_rng = random.Random(f"{SEED}:{fname}")
        data, exp = write_wd(doc_rng, spec, tr, twins)
        exp = dict(exp)
        exp["document"] = fname
        if key in versions:
            exp["versions"] = versions[key]
        (CORPUS / fname).write_bytes(data)
        (EXPECTED / f"{fname}.expected.yaml").write_bytes(dump(exp))
    for fname, data, kind, lang, people in refusals(rng):
        (CORPUS / fname).write_bytes(data)
        exp = {"document": fname, "kind": kind, "language": lang, "outcome": "refuse", "fields": None,
               "not_stated": [], "also": None, "people": people, "versions": None}
        (EXPECTED / f"{fname}.expected.yaml").write_bytes(dump(exp))


if __name__ == "__main__":
    main()
