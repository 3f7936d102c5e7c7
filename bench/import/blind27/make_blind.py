#!/usr/bin/env python3
"""Regenerate the blind27 corpus and its ground truth (deterministic: same bytes on every run).

    python bench/import/blind27/make_blind.py

Writes corpus/<document> and expected/<document>.expected.yaml. Needs python-docx and PyYAML.
"""
from __future__ import annotations

import datetime as dt
import io
import random
import sys
import zipfile
from pathlib import Path

import yaml
from docx import Document

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))
from positions import POSITIONS  # noqa: E402
import texts as T  # noqa: E402
from tests.import_files import pdf_bytes  # noqa: E402

MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


# --- notations --------------------------------------------------------------------------------------

def ex(level: int, style: int) -> str:
    return ["EX-0{}", "EX 0{}", "EX-{}", "EX0{}", "(EX-0{})", "EX-0{}"][style % 6].format(level)


def date_fr(d: dt.date, style: int) -> str:
    day = "1er" if d.day == 1 else str(d.day)
    if style % 4 == 0:
        return f"{day} {MOIS[d.month - 1]} {d.year}"
    if style % 4 == 1:
        return d.isoformat()
    if style % 4 == 2 and d.day > 12:
        return d.strftime("%d/%m/%Y")
    if style % 4 == 3:
        return f"le {day} {MOIS[d.month - 1]} {d.year}"
    return f"{d.day} {MOIS[d.month - 1].upper()} {d.year}"


def date_en(d: dt.date, style: int) -> str:
    return [f"{MONTHS[d.month - 1]} {d.day}, {d.year}", d.isoformat(), f"{d.day} {MONTHS[d.month - 1]} {d.year}",
            f"{d.day:02d} {MONTHS[d.month - 1][:3].upper()} {d.year}"][style % 4]


def grp(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


def money_fr(n: int, style: int) -> str:
    s = style % 5
    if s == 1:
        return grp(n, "\u00a0" if style % 2 else " ") + ",00 $"
    if s == 2 and n % 10_000 == 0 and n >= 1_000_000:
        return f"{n / 1e6:.2f}".replace(".", ",").replace(",00", "") + " M$"
    if s == 3 and n % 1000 == 0:
        return grp(n // 1000, " ") + " k$"
    if s == 4 and n % 100_000 == 0 and n >= 1_000_000:
        return f"{n / 1e6:.1f}".replace(".", ",") + " millions $"
    return grp(n, " ") + " $"


def money_en(n: int, style: int) -> str:
    s = style % 4
    if s == 1 and n % 10_000 == 0 and n >= 1_000_000:
        return f"${n / 1e6:.2f}M".replace(".00M", "M")
    if s == 2 and n % 1000 == 0:
        return f"${n // 1000:,}K"
    if s == 3:
        return f"$ {n:,}.00"
    return f"${n:,}"


def fte_fr(n, style: int) -> str:
    if n is None:
        return ""
    return [f"{n} ETP", f"effectif de {n}", f"{n} équivalents temps plein", f"{n} ETP"][style % 4]


def fte_en(n, style: int) -> str:
    if n is None:
        return ""
    return [f"{n} FTEs", f"staff of {n}", f"{n} FTE", f"{n} full-time equivalents"][style % 4]


# --- damage ---------------------------------------------------------------------------------------

MOJI = {"é": "Ã©", "è": "Ã¨", "à": "Ã ", "ç": "Ã§", "É": "Ã‰", "ê": "Ãª", "ô": "Ã´", "î": "Ã®", "û": "Ã»"}
SPLIT = {"é": "e´", "è": "e`", "à": "a`", "É": "E´", "ê": "e^", "ç": "c,"}
BARE = str.maketrans("éèêëàâçôîïûùÉÈÀÔœ", "eeeeaacoiiuuEEAOo")


def damage(text: str, mode: int, rng: random.Random) -> str:
    if mode == 0:   # accents lost
        text = text.translate(BARE).replace("œ", "oe")
    elif mode == 1:  # UTF-8 read as Latin-1
        text = "".join(MOJI.get(c, c) for c in text)
    elif mode == 2:  # accents split off, some é read as 6, À as A
        out = []
        for c in text:
            if c == "é" and rng.random() < 0.15:
                out.append("6")
            else:
                out.append(SPLIT.get(c, c))
        text = "".join(out).replace("À", "A")
    return text.replace("ﬁ", "fi")


def ocr_level(s: str) -> str:
    """EX-02 as a scanner reads it: EX-O2."""
    return s.replace("-0", "-O").replace(" 0", " O")


# --- what a document states ----------------------------------------------------------------------

def first(x):
    return x[0] if isinstance(x, tuple) else x


def fr_of(x):
    return x[1] if isinstance(x, tuple) else x


def stated(p: dict, rng: random.Random) -> dict:
    s = dict(p)
    s["sup_pos"], s["sup_title"], s["sup_level"] = p["sup"]
    if rng.random() < 0.2:
        s["sup_pos"] = None
    if rng.random() < 0.12:
        s["sup_level"] = None
    if p["sal"] and rng.random() < 0.15:  # only the total on the page
        s["sal"] = s["om"] = None
    elif p["sal"] and rng.random() < 0.12:  # salary and O&M, no total line
        s["tot"] = None
    if rng.random() < 0.1:
        s["loc"] = None
    return s


def truth(doc: str, kind: str, lang: str, s: dict | None, people=()) -> dict:
    if s is None:
        return {"document": doc, "kind": kind, "language": lang, "outcome": "refuse", "fields": None,
                "people": list(people)}
    t = lambda v: list(v) if isinstance(v, tuple) else v  # noqa: E731
    fields = {"title": t(s["title"]), "classification": f"EX-0{s['level']}", "job_code": s["job"],
              "position_number": s["pos"], "effective_date": s["date"],
              "supervisor": {"position_number": s["sup_pos"], "title": t(s["sup_title"]),
                             "classification": f"EX-0{s['sup_level']}" if s["sup_level"] else None},
              "direct_reports": [{"title": t(r[0]), "classification": r[1], "fte": r[2]} for r in s["reports"]],
              "salary": s["sal"], "o_and_m": s["om"], "total": s["tot"], "location": s["loc"]}
    missing = [k for k in ("job_code", "position_number", "effective_date", "salary", "o_and_m", "total", "location")
               if fields[k] is None]
    missing += [f"supervisor.{k}" for k, v in fields["supervisor"].items() if v is None]
    return {"document": doc, "kind": kind, "language": lang, "outcome": "import", "fields": fields,
            "not_stated": missing,
            "also": {"fte": s["fte"], "operating_budget": None, "program_budget": s.get("program"),
                     "provisional_number": None},
            "people": s["people"], "versions": None}


# --- French renderings ----------------------------------------------------------------------------

def prose_fr(s, rng, n=4):
    gen = rng.choice(T.FR_GENERAL).format(unit=s["unit"])
    acts = rng.sample(T.FR_ACTIVITIES, n)
    nat = rng.choice(T.FR_NATURE).format(unit=s["unit"][0].upper() + s["unit"][1:])
    return gen, acts, nat


def report_fr(r, style):
    title, cls, n = r
    if style == 0:
        bits = [b for b in (cls, fte_fr(n, 0)) if b]
        return f"{title} ({', '.join(bits)})" if bits else title
    if style == 1:
        return f"{title} ({cls}) – {fte_fr(n, 0)}" if cls and n is not None else f"{title}" + (f" ({cls})" if cls else "") + (f" – {fte_fr(n, 0)}" if n is not None else "")
    if style == 2:
        return (f"{cls} – " if cls else "") + title + (f", {fte_fr(n, 1)}" if n is not None else "")
    return f"{title}" + (f" [{cls}]" if cls else "") + (f" : {fte_fr(n, 2)}" if n is not None else "")


def loc_fr(loc):
    if not loc:
        return None
    city, prov = loc.split(", ")
    return f"{city} ({prov})"


def sup_sentence_fr(s, st):
    lvl = f" ({ex(s['sup_level'], st)})" if s["sup_level"] else ""
    num = f", poste no {s['sup_pos']}" if s["sup_pos"] else ""
    return f"Le titulaire relève du poste de {s['sup_title']}{lvl}{num}."


FR_LABELS = {
    "title": ["Titre du poste", "TITRE DU POSTE", "Titre", "Intitulé du poste"],
    "level": ["Groupe et niveau", "GROUPE/NIVEAU", "Classification", "Niveau", "Groupe et niveau proposés"],
    "pos": ["Numéro du poste", "No du poste", "N° de poste", "NUMÉRO DE POSTE"],
    "job": ["Code d'emploi", "Code de la description de travail", "No de code de poste", "CODE DU POSTE"],
    "date": ["Date d'entrée en vigueur", "Date de prise d'effet", "En vigueur le", "DATE D'EFFET"],
    "sup_title": ["Relève de", "Supérieur(e) immédiat(e)", "Titre du poste du surveillant", "Titre du supérieur"],
    "sup_pos": ["No de poste du supérieur", "Numéro du poste du surveillant", "Poste du supérieur (no)"],
    "sup_level": ["Classification du supérieur", "Groupe et niveau du surveillant", "Niveau du supérieur"],
    "loc": ["Lieu de travail", "Emplacement géographique", "Endroit", "LIEU"],
    "dept": ["Ministère", "Organisation", "Ministère / organisme"],
    "unit": ["Direction", "Direction générale / Secteur", "Unité organisationnelle"],
}


def lab(rng, key):
    return rng.choice(FR_LABELS[key])


def header_pairs_fr(s, rng, st, damaged=False):
    lv = ex(s["level"], st)
    if damaged:
        lv = ocr_level(lv)
    pairs = [(lab(rng, "dept"), s["dept"]), (lab(rng, "unit"), s["unit"]), (lab(rng, "title"), s["title"]),
             (lab(rng, "level"), lv), (lab(rng, "pos"), s["pos"] or rng.choice(["NOUVEAU", "À déterminer", "NOUVEAU POSTE"])),
             ]
    if s["job"]:
        pairs.append((lab(rng, "job"), s["job"]))
    pairs.append((lab(rng, "date"), date_fr(s["date"], st)))
    if s["loc"]:
        pairs.append((lab(rng, "loc"), loc_fr(s["loc"])))
    return pairs


def sup_pairs_fr(s, rng, st):
    pairs = [(lab(rng, "sup_title"), s["sup_title"])]
    if s["sup_level"]:
        pairs.append((lab(rng, "sup_level"), ex(s["sup_level"], st + 1)))
    if s["sup_pos"]:
        pairs.append((lab(rng, "sup_pos"), s["sup_pos"]))
    return pairs


def dims_fr(s, st):
    out = []
    if s["fte"]:
        out.append(("Effectif", fte_fr(s["fte"], 0) if st % 2 else f"{s['fte']} ETP"))
    if s["sal"]:
        out.append(("Masse salariale", money_fr(s["sal"], st)))
    if s["om"]:
        out.append(("Fonctionnement et entretien (F et E)" if st % 2 else "Fonctionnement et entretien", money_fr(s["om"], st + 1)))
    if s["tot"]:
        out.append(("Budget total" if st % 3 else "Total", money_fr(s["tot"], st)))
    if s.get("program"):
        out.append(("Budget des programmes (subventions et contributions)", money_fr(s["program"], st + 2)))
    return out


def signatures_fr(s):
    names = s["people"]
    out = ["", "SIGNATURES"]
    if names:
        out += [f"Titulaire : {names[0]}", "Date : ______________"]
    if len(names) > 1:
        out += [f"Gestionnaire délégué : {names[1]}"]
    out += ["Je certifie que la présente description de travail est exacte."]
    return out


def fr_text_lines(s, rng, st, layout):
    gen, acts, nat = prose_fr(s, rng)
    lines = [rng.choice(["DESCRIPTION DE TRAVAIL – GROUPE DE LA DIRECTION (EX)", "Description de travail — Groupe de la direction",
                         "DESCRIPTION DE POSTE DE CADRE DE DIRECTION"]), ""]
    num = rng.choice(["1.", "A.", "I.", "A)", ""])
    nxt = lambda h, i: f"{['1.', '2.', '3.', '4.', '5.', '6.'][i] if num == '1.' else ['A.', 'B.', 'C.', 'D.', 'E.', 'F.'][i] if num == 'A.' else ['I.', 'II.', 'III.', 'IV.', 'V.', 'VI.'][i] if num == 'I.' else ['A)', 'B)', 'C)', 'D)', 'E)', 'F)'][i] if num == 'A)' else ''} {h}".strip()  # noqa: E731
    colon = rng.choice([":", " :", ""])
    caps = rng.random() < 0.5
    H = (lambda h: h.upper()) if caps else (lambda h: h)  # noqa: E731
    pairs = header_pairs_fr(s, rng, st)
    sup = sup_pairs_fr(s, rng, st)
    lines.append(nxt(H("Identification du poste"), 0))
    for k, v in pairs + (sup if layout != "fr_pdf_letters" else []):
        if layout == "fr_text_nextline":
            lines += [f"{k}{colon}", v, ""]
        else:
            lines.append(f"{k}{colon if colon else ' :'} {v}")
    sections = []
    sections.append((H("Responsabilité générale" if st % 2 else "Raison d'être du poste"), [gen]))
    org = []
    if layout == "fr_pdf_letters":
        org.append(sup_sentence_fr(s, st))
    org.append(rng.choice(["Subordonnés immédiats :", "Postes relevant directement du titulaire :", "Les postes suivants relèvent du titulaire :"]))
    rs = st % 4
    for i, r in enumerate(s["reports"]):
        org.append(f"{'- ' if i % 1 == 0 and rs != 2 else chr(97 + i) + ') '}{report_fr(r, rs)}")
    sections.append((H("Structure organisationnelle"), org))
    sections.append((H("Nature et étendue"), [nat]))
    dims = [f"{k} : {v}" for k, v in dims_fr(s, st)]
    sections.append((H("Dimensions"), dims))
    sections.append((H("Activités principales" if st % 2 else "Responsabilités spécifiques"),
                     [f"{i + 1}. {a}" for i, a in enumerate(acts)]))
    if st % 3 == 0:  # dimensions before structure
        sections[1], sections[3] = sections[3], sections[1]
    for i, (h, body) in enumerate(sections, 1):
        lines += ["", nxt(h, i) + (":" if colon == ":" and st % 2 else "")] + body
    return lines + signatures_fr(s)


def fr_ocr(s, rng, st, pages: bool):
    lines = fr_text_lines(s, rng, st, "fr_text_sameline")
    text = "\n".join(lines)
    text = text.replace(ex(s["level"], st), ocr_level(ex(s["level"], st)))
    if s["sup_level"]:
        text = text.replace(ex(s["sup_level"], st + 1), ocr_level(ex(s["sup_level"], st + 1)))
    text = damage(text, st % 3, rng)
    form = rng.choice(["SCT/TBS 330-78 (Rév. 2009/03)", "TBS/SCT 3252 (89/11)", "FORMULAIRE EX-1 (2005)"])
    if pages:
        body = text.split("\n")
        cut = [body[: len(body) // 2], body[len(body) // 2:]]
        out = []
        for i, part in enumerate(cut, 1):
            out += part + [f"Page {i} de 2", form] + ([f"CLASSIFIÉ / CLASSIFIED  {(s['date'] + dt.timedelta(days=9)).isoformat()}"] if i == 1 else [])
        text = "\n".join(out)
    else:
        text = " ".join(l for l in text.split("\n") if l) + f" {form}"
    return "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + damage(text, 9, rng) + "\n"


def fr_table_reports_text(s, rng, st):
    lines = fr_text_lines(s, rng, st, "fr_text_sameline")
    i = next(n for n, l in enumerate(lines) if l.startswith(("Subordonnés", "Postes relevant", "Les postes suivants")))
    j = i + 1
    while j < len(lines) and lines[j].startswith(("- ", "a)", "b)", "c)", "d)")):
        j += 1
    table = ["Titre du poste            | Groupe et niveau | ETP", "-" * 60]
    for t, c, n in s["reports"]:
        table.append(f"{t:<26} | {c or '':<16} | {'' if n is None else n}")
    return "\n".join(lines[:i + 1] + table + lines[j:]) + "\n"


def docx_bytes(build) -> bytes:
    doc = Document()
    cp = doc.core_properties
    cp.created = cp.modified = cp.last_printed = dt.datetime(2020, 1, 1)
    cp.author = cp.last_modified_by = "RH"
    cp.revision = 1
    build(doc)
    raw = io.BytesIO()
    doc.save(raw)
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=(2020, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, zin.read(item.filename))
    return out.getvalue()


def fr_docx_template(s, rng, st):
    gen, acts, nat = prose_fr(s, rng, 5)

    def build(doc):
        doc.add_heading("Description de travail – Groupe de la direction", 1)
        tab = doc.add_table(rows=0, cols=2)
        for k, v in header_pairs_fr(s, rng, st) + sup_pairs_fr(s, rng, st):
            row = tab.add_row().cells
            row[0].text, row[1].text = k, v
        doc.add_heading("Résultats axés sur le service à la clientèle", 2)
        doc.add_paragraph(rng.choice(T.FR_CSR))
        doc.add_heading("Activités principales", 2)
        for a in acts:
            doc.add_paragraph(a, style="List Bullet")
        doc.add_heading("Structure organisationnelle", 2)
        doc.add_paragraph("Subordonnés immédiats")
        rt = doc.add_table(rows=1, cols=3)
        rt.rows[0].cells[0].text, rt.rows[0].cells[1].text, rt.rows[0].cells[2].text = "Titre", "Classification", "ETP"
        for t, c, n in s["reports"]:
            row = rt.add_row().cells
            row[0].text, row[1].text, row[2].text = t, c or "", "" if n is None else str(n)
        doc.add_heading("Dimensions financières", 2)
        dt_ = doc.add_table(rows=0, cols=2)
        for k, v in dims_fr(s, st):
            row = dt_.add_row().cells
            row[0].text, row[1].text = k, v
        doc.add_heading("Nature et étendue", 2)
        doc.add_paragraph(nat)
        for line in signatures_fr(s):
            if line:
                doc.add_paragraph(line)
    return docx_bytes(build)


def fr_docx_paragraphs(s, rng, st):
    gen, acts, nat = prose_fr(s, rng)

    def build(doc):
        doc.add_paragraph(s["dept"].upper())
        doc.add_paragraph("DESCRIPTION DE TRAVAIL – CADRE DE DIRECTION")
        for k, v in header_pairs_fr(s, rng, st):
            p = doc.add_paragraph()
            p.add_run(k + " :").bold = True
            doc.add_paragraph(v)
        doc.add_heading("Dimensions", 2)
        for k, v in dims_fr(s, st):
            doc.add_paragraph(f"{k} : {v}")
        doc.add_heading("Responsabilité générale", 2)
        doc.add_paragraph(gen)
        doc.add_heading("Organisation", 2)
        doc.add_paragraph(sup_sentence_fr(s, st))
        doc.add_paragraph(f"Les {len(s['reports'])} postes suivants relèvent directement du titulaire :")
        for r in s["reports"]:
            doc.add_paragraph(report_fr(r, st % 4), style="List Number")
        doc.add_heading("Activités principales", 2)
        for a in acts:
            doc.add_paragraph(a, style="List Bullet")
        for line in signatures_fr(s):
            if line:
                doc.add_paragraph(line)
    return docx_bytes(build)


# --- English and bilingual renderings ------------------------------------------------------------

EN_LABELS = {
    "title": ["Position Title", "POSITION TITLE", "Title of Position", "Job Title"],
    "level": ["Group and Level", "CLASSIFICATION", "Group/Level", "Level"],
    "pos": ["Position Number", "POSITION NO.", "Pos. #"],
    "job": ["Job Code", "JOB CODE NO.", "Generic Job Code"],
    "date": ["Effective Date", "EFFECTIVE DATE", "Date Effective"],
    "sup_title": ["Supervisor's Title", "REPORTS TO", "Immediate Supervisor"],
    "sup_pos": ["Supervisor's Position Number", "SUPERVISOR POS. NO."],
    "sup_level": ["Supervisor's Group and Level", "SUPERVISOR CLASSIFICATION"],
    "loc": ["Location", "GEOGRAPHIC LOCATION", "Work Location"],
}


def en_pairs(s, rng, st, fr=False):
    L = lambda k: rng.choice(EN_LABELS[k])  # noqa: E731
    pairs = [("Department" if not fr else "Ministère", first(s["dept"])), (L("title"), first(s["title"])),
             (L("level"), ex(s["level"], st)), (L("pos"), s["pos"] or "NEW")]
    if s["job"]:
        pairs.append((L("job"), s["job"]))
    pairs.append((L("date"), date_en(s["date"], st)))
    if s["loc"]:
        pairs.append((L("loc"), s["loc"]))
    pairs.append((L("sup_title"), first(s["sup_title"])))
    if s["sup_level"]:
        pairs.append((L("sup_level"), ex(s["sup_level"], st + 2)))
    if s["sup_pos"]:
        pairs.append((L("sup_pos"), s["sup_pos"]))
    return pairs


def report_en(r, style):
    t, c, n = r
    t = first(t)
    if style % 3 == 0:
        bits = [b for b in (c, fte_en(n, 0)) if b]
        return f"{t} ({', '.join(bits)})" if bits else t
    if style % 3 == 1:
        return (f"{c} - " if c else "") + t + (f" ({fte_en(n, 2)})" if n is not None else "")
    return t + (f" – {c}" if c else "") + (f" – {fte_en(n, 1)}" if n is not None else "")


def dims_en(s, st):
    out = []
    if s["fte"]:
        out.append(("FTEs", str(s["fte"])))
    if s["sal"]:
        out.append(("Salary", money_en(s["sal"], st)))
    if s["om"]:
        out.append(("O&M", money_en(s["om"], st + 1)))
    if s["tot"]:
        out.append(("Total", money_en(s["tot"], st)))
    if s.get("program"):
        out.append(("Grants and Contributions", money_en(s["program"], st + 2)))
    return out


def en_lines(s, rng, st):
    acts = rng.sample(T.EN_ACTIVITIES, 4)
    lines = ["EXECUTIVE GROUP WORK DESCRIPTION", ""]
    lines += [f"{k}: {v}" for k, v in en_pairs(s, rng, st)]
    lines += ["", "GENERAL ACCOUNTABILITY", rng.choice(T.EN_GENERAL).format(unit=s["unit"]), "",
              "ORGANIZATION STRUCTURE", "The following positions report directly to the incumbent:"]
    lines += [f"- {report_en(r, st)}" for r in s["reports"]]
    lines += ["", "DIMENSIONS"] + [f"{k}: {v}" for k, v in dims_en(s, st)]
    lines += ["", "NATURE AND SCOPE", T.EN_NATURE[0].format(unit=s["unit"]), "", "SPECIFIC ACCOUNTABILITIES"]
    lines += [f"{i}. {a}" for i, a in enumerate(acts, 1)]
    lines += ["", "SIGNATURES"] + [f"Incumbent: {s['people'][0]}"] + ["Date: ____________"]
    return lines


def en_ocr_caps(s, rng, st):
    text = "\n".join(en_lines(s, rng, st)).upper()
    text = text.replace(ex(s["level"], st).upper(), ocr_level(ex(s["level"], st).upper()))
    text = text.replace(str(s["fte"]), str(s["fte"]).replace("1", "I"), 1) if s["fte"] else text
    text = " ".join(l for l in text.split("\n") if l) + " TBS/SCT 3252 (REV. 94/02)"
    return "--- Full Extracted Text ---\n" + text + "\n"


def en_docx_csr(s, rng, st):
    acts = rng.sample(T.EN_ACTIVITIES, 4)

    def build(doc):
        doc.add_heading("Executive Work Description", 1)
        tab = doc.add_table(rows=0, cols=2)
        for k, v in en_pairs(s, rng, st):
            row = tab.add_row().cells
            row[0].text, row[1].text = k, v
        doc.add_heading("Client Service Results", 2)
        doc.add_paragraph(rng.choice(T.EN_CSR))
        doc.add_heading("Key Activities", 2)
        for a in acts:
            doc.add_paragraph(a, style="List Bullet")
        doc.add_heading("Direct Reports", 2)
        rt = doc.add_table(rows=1, cols=3)
        for c, h in zip(rt.rows[0].cells, ("Position", "Group/Level", "FTEs")):
            c.text = h
        for t, c, n in s["reports"]:
            row = rt.add_row().cells
            row[0].text, row[1].text, row[2].text = first(t), c or "", "" if n is None else str(n)
        doc.add_heading("Financial Dimensions", 2)
        for k, v in dims_en(s, st):
            doc.add_paragraph(f"{k}: {v}")
        doc.add_paragraph(f"Incumbent: {s['people'][0]}")
    return docx_bytes(build)


def bi_side(s, rng, st):
    fr_lv = ex(s["level"], st)
    rows = [("Department / Ministère", first(s["dept"])),
            ("Position Title / Titre du poste", f"{s['title'][0]} / {s['title'][1]}"),
            ("Group and Level / Groupe et niveau", fr_lv), ("Position Number / Numéro du poste", s["pos"] or "NEW / NOUVEAU")]
    if s["job"]:
        rows.append(("Job Code / Code d'emploi", s["job"]))
    rows.append(("Effective Date / Date d'entrée en vigueur", f"{date_en(s['date'], 0)} / {date_fr(s['date'], 0)}"))
    if s["loc"]:
        rows.append(("Location / Lieu", s["loc"]))
    rows.append(("Supervisor / Superviseur", f"{s['sup_title'][0]} / {s['sup_title'][1]}"))
    if s["sup_level"]:
        rows.append(("Supervisor's Level / Niveau du superviseur", ex(s["sup_level"], st + 1)))
    if s["sup_pos"]:
        rows.append(("Supervisor's Position No. / No de poste du superviseur", s["sup_pos"]))
    lines = ["WORK DESCRIPTION / DESCRIPTION DE TRAVAIL", ""] + [f"{k}: {v}" for k, v in rows]
    lines += ["", "DIRECT REPORTS / SUBORDONNÉS IMMÉDIATS"]
    for t, c, n in s["reports"]:
        lines.append(f"- {t[0]} / {t[1]} ({c}) – {n} FTEs / ETP")
    lines += ["", "DIMENSIONS"]
    for (k, v), (kf, vf) in zip(dims_en(s, st), dims_fr(s, st)):
        lines.append(f"{k} / {kf}: {v}")
    lines += ["", "GENERAL ACCOUNTABILITY / RESPONSABILITÉ GÉNÉRALE", rng.choice(T.EN_GENERAL).format(unit=s["unit"]),
              rng.choice(T.FR_GENERAL).format(unit=s["unit"]), "", f"Incumbent / Titulaire: {s['people'][0]}"]
    return "\n".join(lines) + "\n"


def bi_en_then_fr(s, rng, st):
    en = dict(s, title=s["title"][0], sup_title=s["sup_title"][0], reports=[(r[0][0], r[1], r[2]) for r in s["reports"]],
              unit=s["unit"].split(" / ")[0], people=s["people"])
    fr = dict(s, title=s["title"][1], sup_title=s["sup_title"][1], reports=[(r[0][1], r[1], r[2]) for r in s["reports"]],
              unit=s["unit"].split(" / ")[-1], dept=s["dept"].split(" / ")[-1])
    en["dept"] = s["dept"].split(" / ")[0]
    lines = en_lines(en, rng, st) + ["", "=" * 40, "VERSION FRANÇAISE", ""] + fr_text_lines(fr, rng, st, "fr_text_sameline")
    return "\n".join(lines) + "\n"


def bi_docx_table(s, rng, st):
    def build(doc):
        doc.add_heading("Work Description / Description de travail", 1)
        tab = doc.add_table(rows=0, cols=3)
        rows = [("Position Title", f"{s['title'][0]}\n{s['title'][1]}", "Titre du poste"),
                ("Classification", ex(s["level"], st), "Classification"),
                ("Position Number", s["pos"] or "NEW", "Numéro de poste"), ("Job Code", s["job"] or "", "Code d'emploi"),
                ("Effective Date", s["date"].isoformat(), "Date d'entrée en vigueur"),
                ("Location", s["loc"] or "", "Lieu de travail"),
                ("Reports to", f"{s['sup_title'][0]} / {s['sup_title'][1]}", "Relève de"),
                ("Supervisor Classification", ex(s["sup_level"], st + 3) if s["sup_level"] else "", "Classification du superviseur"),
                ("Supervisor Position Number", s["sup_pos"] or "", "No de poste du superviseur")]
        for r in rows:
            if r[1]:
                c = tab.add_row().cells
                c[0].text, c[1].text, c[2].text = r
        doc.add_heading("Direct Reports / Subordonnés", 2)
        rt = doc.add_table(rows=1, cols=3)
        for c, h in zip(rt.rows[0].cells, ("Title / Titre", "Level / Niveau", "FTEs / ETP")):
            c.text = h
        for t, c, n in s["reports"]:
            row = rt.add_row().cells
            row[0].text, row[1].text, row[2].text = f"{t[0]} / {t[1]}", c or "", str(n)
        doc.add_heading("Dimensions", 2)
        for k, v in dims_en(s, st):
            doc.add_paragraph(f"{k}: {v}")
        doc.add_paragraph(f"Incumbent / Titulaire : {s['people'][0]}")
    return docx_bytes(build)


# --- documents to refuse --------------------------------------------------------------------------

def refusals():
    memo = ("NOTE DE SERVICE\n\nDestinataires : Tout le personnel, Direction régionale du Québec\nExpéditeur : Directrice, Services de "
            "gestion\nDate : 12 mars 2021\nObjet : Réaménagement des bureaux du 4e étage\n\nDans le cadre du projet Milieu de travail "
            "GC, les postes de travail du 4e étage seront réaménagés à compter du 29 mars. Les employés sont priés de libérer leurs "
            "casiers d'ici le 26 mars. Les salles de réunion 4.101 et 4.102 ne seront pas disponibles pendant les travaux.\n\n"
            "Pour toute question, communiquez avec l'équipe des installations.\n\nFrance Desrosiers\nDirectrice, Services de gestion\n")
    chart = ("--- Full Extracted Text ---\nORGANIGRAMME DIRECTION REGIONALE DU QUEBEC en vigueur le 2018-04-01 Directeur general "
             "regional (EX-03) | Directrice, Operations (EX-02) Directeur, Services de gestion (EX-01) | Gestionnaire, Finances "
             "(FI-03) Gestionnaire, RH (AS-07) | Chef, Installations (AS-05) ----- Mise a jour par : Services de gestion Page 1 de 1\n")
    poster = pdf_bytes(["Processus de sélection / Selection process 23-ASC-QC-EA-1187\nDirecteur(trice), Opérations spatiales / "
                        "Director, Space Operations\nEX-01 – Saint-Hubert (Québec)\nÉchelle salariale / Salary: 132 000 $ à 155 000 $\n"
                        "Date limite / Closing date: 2023-06-30\nQualifications essentielles / Essential qualifications:\n"
                        "- Diplôme universitaire / University degree\n- Expérience de la gestion de programmes / Experience managing programs\n"
                        "Qui peut postuler / Who can apply: Personnes résidant au Canada / Persons residing in Canada\n"])

    def build(doc):
        doc.add_heading("Entente de rendement – Cadres de direction 2019-2020", 1)
        doc.add_paragraph("Nom : Marcel Doucet")
        doc.add_paragraph("Poste : Directeur, Centre fiscal (EX-02)")
        doc.add_heading("Engagements clés", 2)
        for line in ("Réduire de 10 % les délais de traitement des déclarations.",
                     "Mettre en œuvre le plan de santé mentale en milieu de travail.",
                     "Assurer l'atteinte des cibles de langues officielles."):
            doc.add_paragraph(line, style="List Bullet")
        doc.add_paragraph("Signature du cadre : Marcel Doucet        Signature du superviseur : Odette Martel")
    perf = docx_bytes(build)
    noise = ("--- Full Extracted Text ---\n" + "\n".join(
        ["~ ,., ;l'I1 .-- ^ :' ., ,i  il,", "'' ._ 1 , .' ; ' ,: ' i", ".. ,:' .1 l. ' , ; .'', :. ", "I' ,. ';  .  .i, '' ._"] * 4) + "\n")
    return [("Note de service - réaménagement 4e étage.txt", "text", "fr", memo.encode("utf-8"), ["France Desrosiers"]),
            ("Organigramme DR Québec 2018.txt", "ocr", "fr", chart.encode("utf-8"), []),
            ("Affiche EX-01 Directeur Opérations spatiales.pdf", "pdf", "bilingual", poster, []),
            ("Entente de rendement 2019-2020 - M Doucet.docx", "docx", "fr", perf, ["Marcel Doucet", "Odette Martel"]),
            ("numérisation 0042 illisible.txt", "ocr", "fr", noise.encode("utf-8"), [])]


# --- the run --------------------------------------------------------------------------------------

def render(p: dict):
    rng = random.Random(p["stem"])
    s = stated(p, rng)
    st = rng.randrange(12)
    lay = p["layout"]
    lang = {"fr": "fr", "en": "en", "bi": "bilingual"}[p["lang"]]
    if lay == "fr_docx_template":
        return ".docx", "docx", lang, fr_docx_template(s, rng, st), s
    if lay == "fr_docx_paragraphs":
        return ".docx", "docx", lang, fr_docx_paragraphs(s, rng, st), s
    if lay in ("fr_text_nextline", "fr_text_sameline"):
        text = "\n".join(fr_text_lines(s, rng, st, lay)) + "\n"
        if st % 3 == 0:
            return ".txt", "text-cp1252", lang, text.replace("'", "\u2019").replace("\n", "\r\n").encode("cp1252"), s
        return ".txt", "text", lang, text.encode("utf-8"), s
    if lay == "fr_table_reports_text":
        return ".txt", "text", lang, fr_table_reports_text(s, rng, st).encode("utf-8"), s
    if lay == "fr_pdf_letters":
        lines = fr_text_lines(s, rng, st, lay)
        half = len(lines) // 2
        footer = [f"{s['dept']} – Description de travail", ""]
        return ".pdf", "pdf", lang, pdf_bytes(["\n".join(lines[:half] + footer), "\n".join(lines[half:] + footer)]), s
    if lay == "fr_ocr_run":
        return ".txt", "ocr", lang, fr_ocr(s, rng, st, False).encode("utf-8"), s
    if lay == "fr_ocr_pages":
        return ".txt", "ocr", lang, fr_ocr(s, rng, st, True).encode("utf-8"), s
    if lay == "en_ocr_caps":
        return ".txt", "ocr", lang, en_ocr_caps(s, rng, st).encode("utf-8"), s
    if lay == "en_docx_csr":
        return ".docx", "docx", lang, en_docx_csr(s, rng, st), s
    if lay == "en_pdf":
        lines = en_lines(s, rng, st)
        return ".pdf", "pdf", lang, pdf_bytes(["\n".join(lines[:20]), "\n".join(lines[20:])]), s
    if lay == "en_cp1252":
        text = "\n".join(en_lines(s, rng, st)).replace("'", "\u2019").replace("\n", "\r\n") + "\r\n"
        return ".txt", "text-cp1252", lang, text.encode("cp1252"), s
    if lay == "bi_side":
        return ".txt", "text", lang, bi_side(s, rng, st).encode("utf-8"), s
    if lay == "bi_en_then_fr":
        return ".txt", "text", lang, bi_en_then_fr(s, rng, st).encode("utf-8"), s
    if lay == "bi_docx_table":
        return ".docx", "docx", lang, bi_docx_table(s, rng, st), s
    raise ValueError(lay)


def main() -> int:
    corpus, expected = HERE / "corpus", HERE / "expected"
    for d in (corpus, expected):
        d.mkdir(exist_ok=True)
        for f in d.iterdir():
            f.unlink()
    for p in POSITIONS:
        ext, kind, lang, data, s = render(p)
        name = p["stem"] + ext
        (corpus / name).write_bytes(data)
        t = truth(name, kind, lang, s)
        (expected / f"{name}.expected.yaml").write_text(yaml.safe_dump(t, sort_keys=False, allow_unicode=True), encoding="utf-8")
    for name, kind, lang, data, people in refusals():
        (corpus / name).write_bytes(data)
        (expected / f"{name}.expected.yaml").write_text(
            yaml.safe_dump(truth(name, kind, lang, None, people), sort_keys=False, allow_unicode=True), encoding="utf-8")
    print(f"{len(POSITIONS)} work descriptions, 5 to refuse")
    return 0


if __name__ == "__main__":
    sys.exit(main())
