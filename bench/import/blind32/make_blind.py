#!/usr/bin/env python3
"""Write the blind32 corpus (corpus/) and its ground truth (expected/), byte for byte the same each run.

    /work/main/.venv/bin/python bench/import/blind32/make_blind.py
"""
from __future__ import annotations

import datetime as dt
import io
import random
import re
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parents[2])]

from positions import POSITIONS  # noqa: E402
import texts  # noqa: E402
from tests.import_files import pdf_bytes  # noqa: E402

CORPUS, EXPECTED = HERE / "corpus", HERE / "expected"
MONTHS_EN = "January February March April May June July August September October November December".split()
MONTHS_FR = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
PEOPLE = ["Marguerite Tessier-Obi", "Harjit Dhaliwal", "Colleen Fairweather", "Ronan Kowalczyk", "Solange Bélanger",
          "Desmond Achterberg", "Priya Venkataraman", "Yvon Thériault", "Agnieszka Moreau", "Clifford Nakamura",
          "Émilie Cardinal", "Tobias Ferreira", "Nadia El-Amrani", "Gordon MacIsaac", "Hélène Bourgault",
          "Kwame Asante-Boyd", "Lorraine Peltier", "Viktor Halvorsen", "Josée Lapierre", "Bernard O'Rourke"]

# label wordings, as the departments' own forms had them
L_EN = {
    "title": ["Position Title", "Title of Position", "Job Title", "Working Title", "POSITION TITLE", "Title"],
    "cls": ["Classification", "Group and Level", "Group/Level", "Occupational Group & Level", "Level", "Classification Level"],
    "job": ["Job Code", "Job No.", "Generic Job Number", "Work Description Code", "Job Reference Number", "Job Code #"],
    "pos": ["Position Number", "Position No.", "Position #", "Pos. No.", "Position Identifier", "Position Ref. No."],
    "date": ["Effective Date", "Date Effective", "Effective as of", "Effective date of this description", "Date in Effect"],
    "loc": ["Location", "Geographic Location", "Work Location", "Duty Location", "Headquarters Location", "City/Province"],
    "org": ["Department", "Organization", "Department/Agency", "Portfolio Organization"],
    "spos": ["Supervisor's Position Number", "Supervisor Position No.", "Superior's Position #", "Position No. of Supervisor"],
    "stitle": ["Supervisor's Position Title", "Supervisor Title", "Title of Immediate Supervisor", "Supervisor's Title"],
    "scls": ["Supervisor's Classification", "Supervisor Group/Level", "Classification of Supervisor", "Supervisor's Level"],
    "sal": ["Salary", "Salaries", "Salary Budget", "Personnel (Salary)", "Wages and Salaries"],
    "om": ["O&M", "Operations and Maintenance", "Non-Salary O&M", "O & M", "Operating (O&M)"],
    "tot": ["Total", "Total Budget", "Total Operating Budget", "Total (Salary + O&M)"],
    "fte": ["FTEs", "Number of FTEs", "Human Resources (FTEs)", "Staff"],
}
L_FR = {
    "title": ["Titre du poste", "Titre de la position", "TITRE DU POSTE", "Titre"],
    "cls": ["Classification", "Groupe et niveau", "Groupe/niveau", "Niveau"],
    "job": ["Code d'emploi", "Numéro de la description de travail", "Code de poste générique", "No d'emploi"],
    "pos": ["Numéro du poste", "No du poste", "N° de poste", "Numéro de position"],
    "date": ["Date d'entrée en vigueur", "Date de prise d'effet", "En vigueur le", "Date de mise en vigueur"],
    "loc": ["Lieu de travail", "Emplacement géographique", "Endroit", "Lieu"],
    "org": ["Ministère", "Organisation", "Ministère/organisme"],
    "spos": ["Numéro du poste du superviseur", "No de poste du (de la) gestionnaire", "N° du poste du supérieur"],
    "stitle": ["Titre du poste du superviseur", "Titre du (de la) gestionnaire", "Titre du supérieur immédiat"],
    "scls": ["Classification du superviseur", "Groupe et niveau du (de la) gestionnaire", "Niveau du supérieur"],
    "sal": ["Salaires", "Traitements", "Masse salariale"],
    "om": ["F et E", "Fonctionnement et entretien", "Budget de F et E"],
    "tot": ["Total", "Budget total", "Total (salaires et F et E)"],
    "fte": ["ETP", "Nombre d'ETP", "Effectif"],
}
HEAD_EN = {"id": ["Position Identification", "Identification", "Position Information", "Position Details"],
           "ga": ["General Accountability", "Purpose of the Position", "General Accountability Statement"],
           "org": ["Organization Structure", "Organizational Context", "Structure", "Reporting Relationships"],
           "nat": ["Nature and Scope", "Context", "Nature & Scope"],
           "dim": ["Dimensions", "Financial and Human Resources", "Resources Managed", "Key Dimensions"],
           "acc": ["Specific Accountabilities", "Key Responsibilities", "Main Activities"],
           "sig": ["Signatures", "Approval", "Certification"]}
HEAD_FR = {"id": ["Identification du poste", "Renseignements sur le poste", "Identification"],
           "ga": ["Responsabilité générale", "Raison d'être du poste", "Mandat du poste"],
           "org": ["Structure organisationnelle", "Contexte organisationnel", "Liens hiérarchiques"],
           "nat": ["Nature et étendue", "Contexte"],
           "dim": ["Dimensions", "Ressources gérées", "Ressources financières et humaines"],
           "acc": ["Responsabilités particulières", "Activités principales", "Responsabilités spécifiques"],
           "sig": ["Signatures", "Approbation", "Attestation"]}


# --- how values are written -----------------------------------------------------------------------

def w_date(rng, d: dt.date, fr: bool) -> str:
    if fr:
        day = "1er" if d.day == 1 else str(d.day)
        return rng.choice([f"{day} {MONTHS_FR[d.month - 1]} {d.year}", f"le {day} {MONTHS_FR[d.month - 1]} {d.year}",
                           d.isoformat(), f"{d.day:02d}/{d.month:02d}/{d.year}" if d.day > 12 else d.isoformat()])
    return rng.choice([f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}", f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}",
                       d.isoformat(), d.strftime("%Y/%m/%d"), f"{d.day:02d}-{MONTHS_EN[d.month - 1][:3]}-{d.year}",
                       f"{MONTHS_EN[d.month - 1]} {d.day}{'st' if d.day == 1 else 'th'}, {d.year}"])


def w_cls(rng, cls: str) -> str:
    if not cls.startswith("EX-"):
        return cls
    n = cls[3:]
    return rng.choice([cls, f"EX {n}", f"EX-{int(n)}", f"EX{n}", cls])


def w_amount(rng, v: int, fr: bool) -> str:
    if fr:
        opts = [f"{v:,}".replace(",", "\u00a0") + " $", f"{v:,}".replace(",", " ") + ",00 $"]
        if v % 10000 == 0 and v >= 1000000:
            opts.append(f"{v / 1e6:.2f}".rstrip("0").rstrip(".").replace(".", ",") + " M$")
        if v % 1000 == 0 and v < 1000000:
            opts.append(f"{v // 1000} k$")
        return rng.choice(opts)
    opts = [f"${v:,}", f"${v:,}.00"]
    if v % 10000 == 0 and v >= 1000000:
        m = f"{v / 1e6:.2f}".rstrip("0").rstrip(".")
        opts += [f"${m}M", f"${m} M", f"${m} million"]
    if v % 1000 == 0 and v < 1000000:
        opts.append(f"${v // 1000}K")
    return rng.choice(opts)


def w_report(rng, r, fr: bool, style: int) -> str:
    title, cls, fte = r
    ftes = "" if fte is None else rng.choice([f"{fte} ETP", f"effectif de {fte}"] if fr else
                                             [f"{fte} FTEs" if fte != 1 else "1 FTE", f"{fte} FTE", f"staff of {fte}"])
    if style == 0:
        inner = ", ".join(x for x in (cls, ftes) if x)
        return f"{title} ({inner})" if inner else title
    if style == 1:
        return f"{cls} - {title}" + (f" ({ftes})" if ftes else "") if cls else f"{title} ({ftes})"
    return " – ".join(x for x in (title, cls, ftes) if x)


PROTECTED: set[str] = set()  # words of every title, city and department: never damaged


def damage(rng, text: str, rate: float = 0.05) -> str:
    """OCR letter confusions in prose words (never in the values a reader takes)."""
    swaps = [("rn", "m"), ("li", "h"), ("e", "c"), ("t", "l"), ("ti", "ü"), ("o", "0"), ("s", "5"), ("cl", "d")]
    words = text.split(" ")
    for i, w in enumerate(words):
        if len(w) > 5 and w.isalpha() and w.islower() and w not in PROTECTED and rng.random() < rate:
            a, b = rng.choice(swaps)
            words[i] = w.replace(a, b, 1)
    return " ".join(words)


def ocr_digits(rng, s: str) -> str:
    return "".join(("O" if c == "0" else "I" if c == "1" else c) if c in "01" and rng.random() < 0.5 else c for c in s)


# --- one document, as logical parts ------------------------------------------------------------------

def build(i: int, p: dict) -> tuple[dict, dict]:
    rng = random.Random(f"blind32/{i}/{p['file']}")
    fr = p["lang"] == "fr"
    L = {k: rng.choice(v) for k, v in (L_FR if fr else L_EN).items()}
    H = {k: rng.choice(v) for k, v in (HEAD_FR if fr else HEAD_EN).items()}
    year = 2008 + (i * 7) % 17
    date = dt.date(year, rng.choice([1, 3, 4, 6, 9, 10, 11]), rng.choice([1, 1, 14, 15, 22, 27]))
    job = str(rng.choice([100000, 20000, 0])) if False else str(rng.randrange(100000, 110000)) if i % 3 else f"EXG-{rng.randrange(1000, 9999)}"
    pos = None if i % 11 == 5 else str(rng.randrange(1000, 99999))
    date_stated = i % 13 != 7
    loc_stated = i % 9 != 4
    people = rng.sample(PEOPLE, 2 if i % 4 else 3)
    sup_t, sup_c, sup_n = p["sup"]
    sup_style = i % 3  # 0 three fields, 1 one line, 2 one sentence in the structure section
    area = p["title"].split(",", 1)[-1].strip()
    truth_title = [p["title"], p["title_fr"]] if p["lang"] == "bi" else p["title"]
    total = p["salary"] + p["om"]
    total_stated = i % 7 != 3
    fte_total = sum(r[2] or 0 for r in p["reports"]) + 1
    v = dict(
        title=p["title"], cls=w_cls(rng, p["cls"]), job=job, pos=pos or rng.choice(["NEW", "TBD", "New position"]),
        date=w_date(rng, date, fr) if date_stated else "", loc=(f"{p['city']} ({p['prov']})" if rng.random() < .4
                                                                   else f"{p['city']}, {p['prov']}") if loc_stated else "",
        org=p["dept"], spos=sup_n or "", stitle=sup_t, scls=w_cls(rng, sup_c),
        sal=w_amount(rng, p["salary"], fr), om=w_amount(rng, p["om"], fr),
        tot=w_amount(rng, total, fr) if total_stated else "", fte=str(fte_total))
    doc = dict(rng=rng, fr=fr, L=L, H=H, v=v, p=p, people=people, sup_style=sup_style, area=area,
               rstyle=rng.randrange(3), rmode=rng.choice(["list", "list", "prose", "table"]),
               duties=rng.sample(texts.DUTIES_FR if fr else texts.DUTIES_EN, 5), order=rng.random() < .3,
               numbered=rng.choice(["", "1.", "A.", "I."]), caps=rng.random() < .5, colon=rng.random() < .5)
    truth = {
        "document": p["file"], "kind": p["kind"], "language": p["lang"], "outcome": "import",
        "fields": {
            "title": truth_title, "classification": p["cls"], "job_code": job, "position_number": pos,
            "effective_date": date if date_stated else None,
            "supervisor": {"position_number": sup_n, "title": sup_t, "classification": sup_c},
            "direct_reports": [{"title": t, "classification": c, "fte": f} for t, c, f in p["reports"]],
            "salary": p["salary"], "o_and_m": p["om"], "total": total if total_stated else None,
            "location": f"{p['city']}, {p['prov']}" if loc_stated else None},
        "not_stated": [k for k, ok in (("position_number", pos), ("effective_date", date_stated), ("total", total_stated),
                                       ("location", loc_stated), ("supervisor.position_number", sup_n)) if not ok],
        "also": {"fte": fte_total, "operating_budget": None, "program_budget": None,
                 "provisional_number": None if pos else v["pos"]},
        "people": people, "versions": None}
    return doc, truth


def head(d, key: str, n: int) -> str:
    text = d["H"][key]
    text = text.upper() if d["caps"] else text
    mark = {"": "", "1.": f"{n}.", "A.": f"{'ABCDEFGH'[n - 1]}.", "I.": f"{['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'][n - 1]}."}
    num = mark[d["numbered"]]
    return (f"{num} " if num else "") + text + (":" if d["colon"] else "")


def id_fields(d) -> list[tuple[str, str]]:
    L, v = d["L"], d["v"]
    rows = [("title", v["title"]), ("org", v["org"]), ("cls", v["cls"]), ("job", v["job"]), ("pos", v["pos"])]
    if v["date"]:
        rows.append(("date", v["date"]))
    if v["loc"]:
        rows.append(("loc", v["loc"]))
    if d["sup_style"] == 0:
        rows += [("spos", v["spos"] or ("s.o." if d["fr"] else "N/A")), ("stitle", v["stitle"]), ("scls", v["scls"])]
    elif d["sup_style"] == 1:
        lab = "Relève de" if d["fr"] else d["rng"].choice(["Reports to", "Reporting to", "Immediate Supervisor"])
        pn = (f", poste {v['spos']}" if d["fr"] else f", position {v['spos']}") if v["spos"] else ""
        rows.append((lab, f"{v['stitle']} ({v['scls']}){pn}"))
    if d["p"]["lang"] == "bi":
        rows.insert(1, ("Titre du poste", d["p"]["title_fr"]))
    return [(L.get(k, k), val) for k, val in rows]


def org_text(d) -> list[str]:
    fr, v, p, rng = d["fr"], d["v"], d["p"], d["rng"]
    out = []
    if d["sup_style"] == 2:
        pn = ((f" (poste no {v['spos']})" if fr else f", position number {v['spos']}") if v["spos"] else "")
        out.append((f"Le titulaire relève du {v['stitle']} ({v['scls']}){pn}." if fr else
                    f"The position reports to the {v['stitle']} ({v['scls']}){pn}."))
    reps = p["reports"]
    if d["rmode"] == "prose":
        parts = [w_report(rng, r, fr, 0) for r in reps]
        joined = "; ".join(parts[:-1]) + ("; et " if fr else "; and ") + parts[-1]
        out.append((f"Les postes suivants relèvent du titulaire : {joined}." if fr else
                    f"The {p['title']} is supported by {len(reps)} direct reports: {joined}."))
    else:
        out.append("Les postes suivants relèvent directement du titulaire :" if fr else
                   rng.choice(["Reporting to the position are:", "Direct reports:", "The following positions report to the incumbent:"]))
        out += [f"- {w_report(rng, r, fr, d['rstyle'])}" for r in reps]
    return out


def dim_rows(d) -> list[tuple[str, str]]:
    L, v = d["L"], d["v"]
    rows = [(L["fte"], v["fte"]), (L["sal"], v["sal"]), (L["om"], v["om"])]
    if v["tot"]:
        rows.append((L["tot"], v["tot"]))
    return rows


def sections(d) -> list[tuple[str, list[str]]]:
    """(heading key, lines) in the document's order; the identification is rendered by each format."""
    fr, p = d["fr"], d["p"]
    fmt = dict(title=p["title"], dept=p["dept"], area=d["area"].lower() if not fr else d["area"])
    ga = (texts.GA_FR if fr else texts.GA_EN).format(**fmt)
    nat = (texts.SCOPE_FR if fr else texts.SCOPE_EN).format(**fmt)
    acc = [f"{n}. {t}" for n, t in enumerate(d["duties"], 1)]
    secs = [("ga", [ga]), ("org", org_text(d)), ("nat", [nat]), ("acc", acc)]
    if d["order"]:
        secs = [secs[0], secs[2], secs[1], secs[3]]
    return secs


def sig_lines(d) -> list[str]:
    a, b = d["people"][0], d["people"][1]
    out = ([f"Titulaire : {a}", f"Gestionnaire : {b}"] if d["fr"] else [f"Incumbent: {a}", f"Manager: {b}"])
    if len(d["people"]) > 2:
        out.append(f"{'Approuvé par' if d['fr'] else 'Approved by'}: {d['people'][2]}")
    return out


# --- formats ----------------------------------------------------------------------------------------

def as_lines(d, next_line: bool = False) -> list[str]:
    fr = d["fr"]
    out = ["DESCRIPTION DE TRAVAIL - GROUPE DE LA DIRECTION (EX)" if fr else
           d["rng"].choice(["EXECUTIVE WORK DESCRIPTION", "Executive Group Position Description", "WORK DESCRIPTION"]), "",
           head(d, "id", 1)]
    for lab, val in id_fields(d):
        out += [f"{lab}:", val] if next_line else [f"{lab}: {val}"]
    n = 2
    for key, lines in sections(d):
        out += ["", head(d, key, n)] + lines
        n += 1
        if key == "org":
            out += ["", head(d, "dim", n)]
            out += [x for lab, val in dim_rows(d) for x in ([f"{lab}:", val] if next_line else [f"{lab}: {val}"])]
            n += 1
    out += ["", head(d, "sig", n)] + sig_lines(d)
    return out


def ocr_text(d, i: int) -> str:
    rng = d["rng"]
    lines = as_lines(d)
    v = d["v"]
    fixed = {v["cls"], v["scls"], v["job"], v["sal"], v["om"], v["tot"], v["spos"], v["pos"]}
    out = []
    for line in lines:
        for val in sorted(x for x in fixed if x):
            if val in line and rng.random() < .6:
                line = line.replace(val, ocr_digits(rng, val))
        if ":" in line:
            lab, _, rest = line.partition(":")
            line = lab + ":" + rest if rng.random() < .7 else lab + " :" + rest
        if not line.startswith(("Incumbent", "Manager", "Titulaire", "Gestionnaire", "Approved", "Approuv", "-")) \
                and len(line) > 80:
            line = damage(rng, line)
        out.append(line)
    header = "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n"
    if i % 2:  # one long run
        return header + " ".join(x for x in out if x) + "\n"
    pages, page, footer = [], [], f"{d['p']['dept']} - {'Protégé A' if d['fr'] else 'Protected A'}"
    for k, line in enumerate(out):
        page.append(line)
        if len(page) >= 22:
            pages.append(page)
            page = []
    pages.append(page)
    text = []
    for n, pg in enumerate(pages, 1):
        text += pg + ["", footer, f"Page {n} {'de' if d['fr'] else 'of'} {len(pages)}", "\f"]
    return header + "\n".join(text) + "\n"


def ocr_columns(d) -> str:
    left = [f"{lab}: {val}" for lab, val in id_fields(d)]
    right = [head(d, "dim", 3)] + [f"{lab}: {val}" for lab, val in dim_rows(d)]
    right += ["", head(d, "ga", 2)] + sections(d)[0][1][0].split(". ")
    width = max(map(len, left)) + 4
    body = [f"{(left[k] if k < len(left) else ''):<{width}}{right[k] if k < len(right) else ''}".rstrip()
            for k in range(max(len(left), len(right)))]
    rest = []
    for key, lines in sections(d)[1:]:
        rest += ["", head(d, key, 4)] + [damage(d["rng"], x) for x in lines]
    rest += ["", head(d, "sig", 8)] + sig_lines(d)
    return "--- Full Extracted Text ---\n" + head(d, "id", 1) + "\n" + "\n".join(body + rest) + "\n"


def bilingual_text(d) -> list[str]:
    """A bilingual scan or text: labels `English / Français`, the body English then French."""
    v, p = d["v"], d["p"]
    fields = [("Position Title / Titre du poste", p["title"]), ("Titre (français)", p["title_fr"]),
              ("Classification", v["cls"]), ("Job Code / Code d'emploi", v["job"]),
              ("Position No. / No du poste", v["pos"])]
    if v["date"]:
        fields.append(("Effective Date / Date d'entrée en vigueur", v["date"]))
    if v["loc"]:
        fields.append(("Location / Lieu", v["loc"]))
    fields += [("Supervisor's Position No. / No de poste du superviseur", v["spos"] or "N/A"),
               ("Supervisor's Title / Titre du superviseur", v["stitle"]),
               ("Supervisor's Classification / Classification du superviseur", v["scls"])]
    out = ["WORK DESCRIPTION / DESCRIPTION DE TRAVAIL", ""] + [f"{a}: {b}" for a, b in fields]
    out += ["", "GENERAL ACCOUNTABILITY / RESPONSABILITÉ GÉNÉRALE", texts.GA_EN.format(title=p["title"], area=d["area"].lower(), dept=p["dept"]),
            texts.GA_FR.format(title=p["title_fr"], area=d["area"], dept=p["dept"]), "",
            "ORGANIZATION STRUCTURE / STRUCTURE ORGANISATIONNELLE", "Direct reports / Subordonnés directs:"]
    out += [f"- {w_report(d['rng'], r, False, d['rstyle'])}" for r in p["reports"]]
    out += ["", "DIMENSIONS", f"FTEs / ETP: {v['fte']}", f"Salary / Salaires: {v['sal']}", f"O&M / F et E: {v['om']}"]
    if v["tot"]:
        out.append(f"Total: {v['tot']}")
    out += ["", "SIGNATURES"] + sig_lines(d)
    return out


def english_then_french(d) -> list[str]:
    """An English copy then a French copy of the same description (the French with French labels)."""
    en = as_lines(d, next_line=True)
    fr_d = dict(d, fr=True, L={k: d["rng"].choice(x) for k, x in L_FR.items()},
                H={k: d["rng"].choice(x) for k, x in HEAD_FR.items()},
                duties=d["rng"].sample(texts.DUTIES_FR, 4))
    return en + ["", "-" * 60, "VERSION FRANÇAISE", ""] + as_lines(fr_d, next_line=True)


# --- Word ------------------------------------------------------------------------------------------

def fixed_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2020, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def docx_bytes(d, i: int, csr: bool = False) -> bytes:
    import docx
    doc = docx.Document()
    cp = doc.core_properties
    cp.author, cp.last_modified_by, cp.title = "", "", ""
    cp.created = cp.modified = cp.last_printed = dt.datetime(2020, 1, 1)
    cp.revision = 1
    fr, rng, p = d["fr"], d["rng"], d["p"]
    doc.add_heading(d["p"]["dept"], level=1)
    doc.add_paragraph("Description de travail – Groupe de la direction" if fr else "Executive Work Description")
    mode = i % 4 if not csr else 0
    fields = id_fields(d)
    if p["lang"] == "bi":  # side by side: English label | value | French label | value
        fr_lab = {"Position Title": "Titre du poste", "Classification": "Classification"}
        t = doc.add_table(rows=0, cols=4)
        for lab, val in fields:
            c = t.add_row().cells
            c[0].text, c[1].text = lab, val
            c[2].text = fr_lab.get(lab, "")
            c[3].text = val if lab in fr_lab and lab != "Position Title" else ""
    elif mode in (0, 1):
        t = doc.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for lab, val in fields:
            c = t.add_row().cells
            c[0].text, c[1].text = lab + (":" if mode == 1 else ""), val
    else:
        for lab, val in fields:
            para = doc.add_paragraph()
            para.add_run(lab + ":").bold = True
            if mode == 2:
                para.add_run(" " + val)
            else:
                doc.add_paragraph(val)
    n = 2
    if csr:
        doc.add_heading("Client Service Results", level=2)
        doc.add_paragraph(texts.CSR_EN[0])
        doc.add_heading("Key Activities", level=2)
        for line in d["duties"]:
            doc.add_paragraph(line, style="List Bullet")
    for key, lines in sections(d):
        if csr and key in ("acc", "ga"):
            continue
        doc.add_heading(head(d, key, n), level=2)
        n += 1
        if key == "org" and d["rmode"] == "table":
            for line in lines:
                if not line.startswith("- "):
                    doc.add_paragraph(line)
            t = doc.add_table(rows=1, cols=3)
            t.style = "Table Grid"
            hdr = ["Titre du poste", "Groupe et niveau", "ETP"] if fr else ["Position Title", "Group-Level", "FTEs"]
            for c, h in zip(t.rows[0].cells, hdr):
                c.text = h
            for title, cls, fte in p["reports"]:
                c = t.add_row().cells
                c[0].text, c[1].text, c[2].text = title, cls or "", "" if fte is None else str(fte)
        else:
            for line in lines:
                if line.startswith("- "):
                    doc.add_paragraph(line[2:], style="List Bullet")
                else:
                    doc.add_paragraph(line)
        if key == "org":
            doc.add_heading(head(d, "dim", n), level=2)
            n += 1
            t = doc.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for lab, val in dim_rows(d):
                c = t.add_row().cells
                c[0].text, c[1].text = lab, val
    doc.add_heading(head(d, "sig", n), level=2)
    for line in sig_lines(d):
        doc.add_paragraph(line + "\t\tDate: ____________")
    buf = io.BytesIO()
    doc.save(buf)
    return fixed_zip(buf.getvalue())


def wrap(lines: list[str], width: int = 78) -> list[str]:
    out = []
    for line in lines:
        while len(line) > width:
            cut = line.rfind(" ", 0, width)
            cut = cut if cut > 20 else width
            out.append(line[:cut])
            line = line[cut:].lstrip()
        out.append(line)
    return out


# --- refusals --------------------------------------------------------------------------------------

def refusals() -> list[tuple[str, str, str, bytes]]:
    import docx
    rng = random.Random("blind32/refuse")
    memo = ("MEMORANDUM TO THE DEPUTY HEAD\n\nSUBJECT: Request for approval of acting appointment - EX-01, Director, Regional "
            "Operations\n\nPURPOSE\nTo seek your approval of an acting appointment of more than four months at the EX-01 level "
            "while the staffing process is completed.\n\nBACKGROUND\nThe position became vacant on 15 March 2019 following a "
            "retirement. A selection process (2019-ACO-EA-EX-01) is under way.\n\nRECOMMENDATION\nThat you approve the acting "
            "appointment from April 1, 2019 to September 30, 2019.\n\nPrepared by: Corporate Secretariat, ACOA\n")
    # a classification grievance decision, French, as a scan
    decision = ("--- Full Extracted Text ---\nDÉCISION - GRIEF DE CLASSIFICATION\nComité de règlement des griefs de "
                "classification\nDossier : 2017-CG-0042\nLe comité a examiné la description de travail du poste de "
                "gestionnaire, Services financiers (FI-03) et a entendu les représentations du fonctionnaire "
                "s'estimant lésé. Le comité recommande de maintenir la classification actuelle FI-03.\nDate de la "
                "décision : 12 juin 2017\nPage 1 de 1\n")
    chars = "~^`|\\/#%&*{}[]<>=+_;:'\",.!?ilI1l0O"
    garbage = "--- Full Extracted Text ---\n" + "\n".join(
        "".join(rng.choice(chars + "    ") for _ in range(rng.randrange(30, 75))) for _ in range(40)) + "\n"
    orgchart = ("--- Full Extracted Text ---\nORGANIZATION CHART - FINANCE AND ADMINISTRATION BRANCH\nas of 2022-04-01\n"
                "Chief Financial Officer (EX-04)\n|-- Director General, Financial Management (EX-03) - vacant\n"
                "|-- Director, Procurement and Contracting (EX-01)\n|-- Director, Facilities and Security (EX-01)\n"
                "|-- Senior Advisor (EC-07)\nTotal FTEs: 186\nSource: HR Business Intelligence\n")
    d = docx.Document()
    cp = d.core_properties
    cp.author, cp.last_modified_by = "", ""
    cp.created = cp.modified = cp.last_printed = dt.datetime(2020, 1, 1)
    d.add_heading("Executive Performance Agreement 2021-2022", level=1)
    d.add_paragraph("Commitments, performance measures and leadership competencies for the fiscal year. "
                    "This agreement is not a work description and does not describe the position's duties.")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Commitment", "Performance measure", "Weight"]):
        c.text = h
    for row in (["Deliver the regional action plan", "Plan approved by Q2", "30 %"],
                ["Improve service standards", "90 % of files within 30 days", "40 %"],
                ["Leadership", "Employee survey results", "30 %"]):
        c = t.add_row().cells
        for k, x in enumerate(row):
            c[k].text = x
    buf = io.BytesIO()
    d.save(buf)
    return [("Memo - acting appointment EX-01.txt", "text", "en", memo.encode("utf-8")),
            ("Decision grief de classification scan.txt", "ocr", "fr", decision.encode("utf-8")),
            ("Scan illisible 2013.txt", "ocr", "en", garbage.encode("utf-8")),
            ("Org chart Finance and Administration.txt", "ocr", "en", orgchart.encode("utf-8")),
            ("Performance agreement 2021-22.docx", "docx", "en", fixed_zip(buf.getvalue()))]


# --- writing -----------------------------------------------------------------------------------------

def yaml_dump(data: dict) -> str:
    from ruamel.yaml import YAML
    y = YAML()
    y.default_flow_style = False
    y.width = 4096
    buf = io.StringIO()
    y.dump(data, buf)
    return buf.getvalue()


def render(i: int, d: dict) -> bytes:
    kind, p = d["p"]["kind"], d["p"]
    if kind == "docx":
        return docx_bytes(d, i, csr="CSR" in p["file"])
    if kind == "ocr-columns":
        return ocr_columns(d).encode("utf-8")
    if kind == "ocr":
        if p["lang"] == "bi":
            lines = bilingual_text(d)
            return ("--- Full Extracted Text ---\n" + "\n".join(
                ocr_digits(d["rng"], x) if x.startswith(("Classification", "Job Code")) else x for x in lines)
                + "\n").encode("utf-8")
        return ocr_text(d, i).encode("utf-8")
    if kind in ("text", "text-cp1252"):
        if p["lang"] == "bi":
            lines = bilingual_text(d)
        elif "EN-FR" in p["file"]:
            lines = english_then_french(d)
        else:
            lines = as_lines(d, next_line=i % 2 == 0)
        text = "\n".join(lines) + "\n"
        if kind == "text-cp1252":
            text = text.replace("'", "\u2019").replace("\n", "\r\n")
            return text.encode("cp1252")
        return text.encode("utf-8")
    if kind == "pdf":
        lines = wrap(as_lines(d))
        footer = f"{p['dept']} - {'page' if d['fr'] else 'Page'}"
        pages = [lines[k:k + 60] for k in range(0, len(lines), 60)]
        return pdf_bytes(["\n".join(pg + ["", f"{footer} {n}"]) for n, pg in enumerate(pages, 1)])
    raise ValueError(kind)


def main() -> int:
    for p in POSITIONS:
        for text in [p["title"], p.get("title_fr", ""), p["sup"][0], p["dept"], p["city"], p["prov"]] + [r[0] for r in p["reports"]]:
            PROTECTED.update(re.findall(r"\\w+", text))
    for folder in (CORPUS, EXPECTED):
        folder.mkdir(exist_ok=True)
        for old in folder.iterdir():
            old.unlink()
    for i, p in enumerate(POSITIONS):
        d, truth = build(i, p)
        (CORPUS / p["file"]).write_bytes(render(i, d))
        (EXPECTED / f"{p['file']}.expected.yaml").write_text(yaml_dump(truth), encoding="utf-8")
    for name, kind, lang, data in refusals():
        (CORPUS / name).write_bytes(data)
        truth = {"document": name, "kind": kind, "language": lang, "outcome": "refuse",
                 "fields": None, "not_stated": [], "also": None, "people": [], "versions": None}
        (EXPECTED / f"{name}.expected.yaml").write_text(yaml_dump(truth), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
