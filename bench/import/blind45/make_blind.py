#!/usr/bin/env python3
"""Write bench/import/blind45: departmental Word templates as HR advisors fill them in.

    /work/main/.venv/bin/python bench/import/blind45/make_blind.py

About 70 % .docx (each department its own template: header fields in 2- or 4-column tables,
content controls left on their placeholder, text boxes, headers and footers with the position
number, tracked changes, comments, Word numbering, nested tables, merged cells), 20 % their PDF
exports (tests/import_files.pdf_bytes, running header and footer), 10 % .doc saved as .txt.
Deterministic: a fixed seed, fixed zip timestamps and document properties.
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

import docx
import yaml
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt, RGBColor

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))
from tests.import_files import pdf_bytes  # noqa: E402
from texts import (CSR_EN, CSR_FR, DEPARTMENTS, FAMILY, GA_EN, GA_FR, GIVEN, NS_EN, NS_FR,  # noqa: E402
                   REPORTS_LOW, SA_EN, SA_FR)

SEED = 4545
PH_TEXT = {"en": "Click or tap here to enter text.", "fr": "Cliquez ou appuyez ici pour entrer du texte."}
PH_DATE = {"en": "Click or tap to enter a date.", "fr": "Cliquez ou appuyez ici pour entrer une date."}
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]

LABELS = {
    "title": (["Position Title", "Title of Position", "Position title", "Job Title", "Official Position Title"],
              ["Titre du poste", "Intitulé du poste", "Titre officiel du poste", "Titre de la position"]),
    "classification": (["Classification", "Group and Level", "Group/Level", "Classification (Group and Level)", "Level"],
                       ["Classification", "Groupe et niveau", "Groupe/niveau", "Niveau"]),
    "job_code": (["Job Code", "Position Job Code", "Generic Job Code", "Job code no.", "Standard Job Number"],
                 ["Code d'emploi", "Code de l'emploi", "No du code d'emploi", "Numéro de la description type"]),
    "position_number": (["Position Number", "Position No.", "Position #", "Position no.", "Pos. No."],
                        ["Numéro du poste", "No du poste", "N° de poste", "Numéro de poste"]),
    "effective_date": (["Effective Date", "Effective date", "Date effective", "Classification Effective Date", "Date in effect"],
                       ["Date d'entrée en vigueur", "Date de prise d'effet", "En vigueur le", "Date effective"]),
    "sup_title": (["Supervisor's Position Title", "Reports to (Title)", "Title of Supervisor", "Immediate Supervisor", "Supervisor Title"],
                  ["Titre du poste du superviseur", "Relève de (titre)", "Titre du surveillant", "Supérieur immédiat"]),
    "sup_number": (["Supervisor's Position No.", "Reports to (Position No.)", "Supervisor Position Number", "Supervisor's Position Number", "Supervisor Pos. #"],
                   ["No du poste du superviseur", "Relève de (no de poste)", "Numéro de poste du surveillant", "N° du poste du supérieur"]),
    "sup_class": (["Supervisor's Classification", "Supervisor's Group and Level", "Supervisor Classification", "Supervisor's Level", "Supervisor Group/Level"],
                  ["Classification du superviseur", "Groupe et niveau du superviseur", "Classification du surveillant", "Niveau du supérieur"]),
    "location": (["Geographic Location", "Location", "Work Location", "Location (City, Province)", "Duty Station"],
                 ["Lieu géographique", "Lieu de travail", "Emplacement", "Endroit"]),
    "branch": (["Branch", "Sector", "Branch/Sector", "Branch - Service", "Organization"],
               ["Direction générale", "Secteur", "Direction générale/Secteur", "Organisation"]),
    "directorate": (["Directorate", "Division", "Directorate/Division"], ["Direction", "Division"]),
    "department": (["Department", "Department/Agency", "Organization"], ["Ministère", "Ministère/organisme", "Organisation"]),
    "salary": (["Salary", "Salary Budget", "Salaries", "Salary dollars"], ["Salaires", "Budget salarial", "Traitements"]),
    "o_and_m": (["O&M", "Operating and Maintenance", "O&M Budget", "Operating (O&M)"],
                ["F et E", "Fonctionnement et entretien", "Budget de F et E", "F&E"]),
    "total": (["Total", "Total Budget", "Total (Salary + O&M)"], ["Total", "Budget total", "Total (salaires + F et E)"]),
    "fte": (["FTEs", "FTE's", "Full-time equivalents", "Number of employees"], ["ETP", "Équivalents temps plein", "Nombre d'employés"]),
}
SECTIONS = {
    "ga": (["General Accountability", "GENERAL ACCOUNTABILITY", "Overall Accountability"],
           ["Responsabilités générales", "RESPONSABILITÉS GÉNÉRALES", "Responsabilité générale"]),
    "org": (["Organization Structure", "ORGANIZATIONAL STRUCTURE", "Organizational Context"],
            ["Structure organisationnelle", "ORGANISATION", "Contexte organisationnel"]),
    "ns": (["Nature and Scope", "NATURE AND SCOPE", "Context and Challenges"], ["Nature et étendue", "NATURE ET PORTÉE", "Contexte et défis"]),
    "dims": (["Dimensions", "DIMENSIONS", "Financial Dimensions"], ["Dimensions", "DIMENSIONS", "Dimensions financières"]),
    "sa": (["Specific Accountabilities", "SPECIFIC ACCOUNTABILITIES", "Key Responsibilities"],
           ["Responsabilités spécifiques", "ACTIVITÉS PRINCIPALES", "Responsabilités particulières"]),
    "csr": (["Client Service Results", "CLIENT SERVICE RESULTS", "Client Service Results"],
            ["Résultats axés sur le service à la clientèle", "RÉSULTATS AXÉS SUR LE SERVICE À LA CLIENTÈLE", "Résultats axés sur le service à la clientèle"]),
    "ka": (["Key Activities", "KEY ACTIVITIES", "Key Activities"], ["Activités principales", "ACTIVITÉS PRINCIPALES", "Activités principales"]),
    "cert": (["Certification", "SIGNATURES", "Approval"], ["Certification", "SIGNATURES", "Approbation"]),
    "id": (["Position Identification", "POSITION INFORMATION", "Position Details"],
           ["Identification du poste", "RENSEIGNEMENTS SUR LE POSTE", "Détails du poste"]),
}

# Department templates: label variant, header layout, supervisor, direct reports, dimensions, section order.
TEMPLATES = {
    "ESDC": dict(v=0, head="kv2", sup="fields", dr="bullets", dims="kv2", order=["ga", "org", "ns", "dims", "sa", "cert"],
                 doc_title=("Executive Work Description", "Description de travail de cadre de direction")),
    "JUS": dict(v=1, head="kv4", sup="fields", dr="table", dims="prose", order=["ga", "ns", "org", "dims", "sa", "cert"],
                doc_title=("WORK DESCRIPTION – EX GROUP", "DESCRIPTION DE TRAVAIL – GROUPE EX")),
    "PS": dict(v=2, head="kv2", sup="nested", dr="numbered", dims="merged", order=["ga", "org", "dims", "ns", "sa", "cert"],
               doc_title=("Position Description", "Description de poste")),
    "RCMP": dict(v=3, head="kv2", sup="fields", dr="table_merged", dims="kv4", order=["ga", "org", "ns", "sa", "dims", "cert"],
                 doc_title=("Civilian Executive Work Description", "Description de travail – cadre civil")),
    "TC": dict(v=4, head="kv4", sup="sentence", dr="bullets", dims="nested", order=["csr", "ka", "org", "dims", "cert"],
               doc_title=("Executive Work Description", "Description de travail – Cadres de direction")),
    "ISC": dict(v=0, head="kv2", sup="sentence", dr="prose", dims="list", order=["csr", "ka", "org", "ns", "dims", "cert"],
                doc_title=("Work Description", "Description de travail")),
    "DFO": dict(v=1, head="kv2", sup="fields", dr="table", dims="table", order=["ga", "org", "ns", "dims", "sa", "cert"],
                doc_title=("EXECUTIVE GROUP WORK DESCRIPTION", "DESCRIPTION DE TRAVAIL DU GROUPE DE LA DIRECTION")),
    "GAC": dict(v=2, head="kv4m", sup="fields", dr="bullets", dims="prose", order=["ga", "ns", "org", "sa", "dims", "cert"],
                doc_title=("Work Description", "Description de travail")),
    "IRCC": dict(v=3, head="kv2", sup="fields", dr="numbered", dims="prose", order=["ga", "org", "dims", "ns", "sa", "cert"],
                 doc_title=("Executive (EX) Work Description", "Description de travail – Direction (EX)")),
    "HC": dict(v=4, head="grid", sup="fields", dr="nested", dims="grid", order=["ga", "org", "ns", "dims", "sa", "cert"],
               doc_title=("Work Description", "Description de travail")),
    "PHAC": dict(v=0, head="grid", sup="fields", dr="nested", dims="kv4", order=["ga", "ns", "org", "dims", "sa", "cert"],
                 doc_title=("Work Description – Executive Group", "Description de travail – Groupe de la direction")),
}


# ----------------------------------------------------------------------------- notations

def fmt_class(c, rng, allow_paren=False):
    grp, lvl = c.rsplit("-", 1)
    forms = [f"{grp}-{lvl}", f"{grp}-{lvl}", f"{grp} {lvl}", f"{grp}-{int(lvl)}", f"{grp}{lvl}"]
    return rng.choice(forms)


def fmt_date(d, lang, rng):
    if lang == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        forms = [f"{day} {MONTHS_FR[d.month - 1]} {d.year}", d.isoformat(), f"le {day} {MONTHS_FR[d.month - 1]} {d.year}",
                 f"{d.year}-{d.month:02d}-{d.day:02d}"]
        if d.day > 12:
            forms.append(f"{d.day:02d}/{d.month:02d}/{d.year}")
    else:
        forms = [f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}", d.isoformat(), f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}",
                 f"{MONTHS_EN[d.month - 1][:3]}. {d.day}, {d.year}", f"{d.year}.{d.month:02d}.{d.day:02d}"]
        if d.day > 12:
            forms.append(f"{d.day:02d}/{d.month:02d}/{d.year}")
    return rng.choice(forms)


def _grp(n, sep):
    return f"{n:,}".replace(",", sep)


def fmt_amount(v, lang, rng):
    forms = []
    if lang == "fr":
        forms += [f"{_grp(v, ' ')} $", f"{_grp(v, ' ')},00 $", f"{_grp(v, chr(160))} $"]
        if v % 10000 == 0 and v >= 1_000_000:
            m = f"{v / 1e6:.2f}".rstrip("0").rstrip(".").replace(".", ",")
            forms += [f"{m} M$", f"{m} millions $"]
        if v % 1000 == 0:
            forms.append(f"{_grp(v // 1000, ' ')} k$")
    else:
        forms += [f"${v:,}", f"${v:,}.00", f"$ {v:,}"]
        if v % 10000 == 0 and v >= 1_000_000:
            m = f"{v / 1e6:.2f}".rstrip("0").rstrip(".")
            forms += [f"${m}M", f"${m} million"]
        if v % 1000 == 0:
            forms.append(f"${v // 1000:,}K")
    return rng.choice(forms)


def fmt_location(city, pen, pfr, lang, rng):
    if lang == "fr":
        return rng.choice([f"{city} ({pfr})", f"{city} ({pfr})", f"{city}, {pfr}"])
    return rng.choice([f"{city}, {pen}", f"{city} ({pen})", f"{city}, {pen}"])


# ----------------------------------------------------------------------------- positions

def person(rng, used):
    while True:
        n = f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"
        if n not in used:
            used.add(n)
            return n


def make_position(rng, dept, lang, used_numbers, level=None, used_areas=set()):
    name_en, name_fr, cities, areas, branches = DEPARTMENTS[dept]
    ai = rng.randrange(len(areas))
    while (dept, ai) in used_areas:
        ai = rng.randrange(len(areas))
    used_areas.add((dept, ai))
    area_en, area_fr = areas[ai]
    level = level or rng.choices([1, 2, 3], [6, 3, 2])[0]
    fem = rng.random() < 0.5
    rank_en = {1: "Director", 2: "Executive Director", 3: "Director General"}[level]
    rank_fr = {1: ("Directeur", "Directrice"), 2: ("Directeur exécutif", "Directrice exécutive"),
               3: ("Directeur général", "Directrice générale")}[level][fem]
    if dept == "RCMP" and level == 3 and rng.random() < 0.5:
        rank_en, rank_fr = "Chief Administrative Officer", "Dirigeant principal de l'administration"
        area_en, area_fr = areas[ai]
    br_en, br_fr = rng.choice(branches)
    sfem = rng.random() < 0.5
    if level == 3:
        sup = ("Assistant Deputy Minister, " + br_en, ("Sous-ministre adjoint, " if not sfem else "Sous-ministre adjointe, ") + br_fr, "EX-04")
        if dept in ("RCMP",):
            sup = ("Chief Financial and Administrative Officer", "Dirigeant principal des finances et de l'administration", "EX-05")
        if dept in ("PHAC", "ISC", "GAC") and rng.random() < 0.3:
            sup = ("Vice-President, " + br_en, "Vice-président, " + br_fr, "EX-04")
    elif level == 2 or rng.random() < 0.75:
        sup = ("Director General, " + br_en.replace(" Branch", "").replace(" Group", ""),
               ("Directeur général, " if not sfem else "Directrice générale, ") + br_fr, "EX-03")
    else:
        other = areas[(ai + 1) % len(areas)]
        sup = ("Executive Director, " + other[0], ("Directeur exécutif, " if not sfem else "Directrice exécutive, ") + other[1], "EX-02")
    while True:
        pos = str(rng.randint(10_000, 99_999_999) if rng.random() < 0.5 else rng.randint(10_000, 999_999))
        spos = str(rng.randint(10_000, 999_999))
        if pos not in used_numbers and spos not in used_numbers:
            used_numbers.update([pos, spos])
            break
    reports = []
    if level == 1:
        for t_en, t_fr, c in rng.sample(REPORTS_LOW, rng.randint(2, 5)):
            reports.append([t_en, t_fr, c, rng.randint(2, 24)])
        if rng.random() < 0.3:
            reports.append(["Executive Assistant", "Adjointe administrative", "AS-02", 1])
    else:
        others = [a for j, a in enumerate(areas) if j != ai]
        for a_en, a_fr in rng.sample(others, rng.randint(2, 5)):
            reports.append([f"Director, {a_en}", f"Directeur, {a_fr}" if rng.random() < 0.5 else f"Directrice, {a_fr}",
                            "EX-01", rng.randint(12, 75)])
        if rng.random() < 0.4:
            reports.append(["Senior Advisor to the " + rank_en, "Conseiller principal", "EC-07", 1])
    fte = sum(r[3] for r in reports) + 1
    salary = int(round(fte * rng.randint(88, 112) * 1000, -4))
    om = rng.randint(40, 1900) * 1000 if rng.random() < 0.6 else rng.randint(4, 190) * 10000
    city, pen, pfr = rng.choice(cities)
    return dict(dept=dept, level=level, cls=f"EX-0{level}", title_en=f"{rank_en}, {area_en}", title_fr=f"{rank_fr}, {area_fr}",
                rank_en=rank_en, rank_fr=rank_fr, area_en=area_en, area_fr=area_fr, branch_en=br_en, branch_fr=br_fr,
                dept_en=name_en, dept_fr=name_fr,
                sup_title_en=sup[0], sup_title_fr=sup[1], sup_cls=sup[2], sup_pos=spos, pos=pos,
                job_code=str(rng.choice([rng.randint(100000, 109999), rng.randint(10000, 99999)])),
                date=dt.date(2014, 1, 1) + dt.timedelta(days=rng.randint(0, 3900)),
                reports=reports, fte=fte, salary=salary, om=om, total=salary + om, city=city, pen=pen, pfr=pfr)


# ----------------------------------------------------------------------------- document model
# runs: list of str | ("b", t) | ("ph", t) | ("sdt", t) | ("ins", t) | ("del", t) | ("c", t, comment, author) | ("tb", t)
# blocks: ("h", runs) ("p", runs) ("num", [runs]) ("bul", [runs]) ("kv", ncols, rows) ("tbl", header, rows) ("tbox", [lines])
# cell: runs | ("tbl", header, rows) | ("paras", [runs, ...])

def R(x):
    return x if isinstance(x, list) else [x]


def run_text(runs, accepted=True):
    out = []
    for r in R(runs):
        if isinstance(r, str):
            out.append(r)
        elif r[0] == "del":
            if not accepted:
                out.append(r[1])
        else:
            out.append(r[1])
    return "".join(out)


class Doc:
    def __init__(self, lang):
        self.lang = lang
        self.blocks = []
        self.header = ""
        self.footer = ""
        self.people = set()

    def add(self, *block):
        self.blocks.append(block)


# ----------------------------------------------------------------------------- renderers

FIXED = dt.datetime(2024, 3, 1, 9, 0, 0)


class DocxWriter:
    def __init__(self, doc: Doc):
        self.src = doc
        self.d = docx.Document()
        self.ids = 100
        st = self.d.styles["Normal"]
        st.font.name = "Arial"
        st.font.size = Pt(10)

    def nid(self):
        self.ids += 1
        return self.ids

    def runs(self, p, runs):
        for r in R(runs):
            if isinstance(r, str):
                p.add_run(r)
            elif r[0] == "b":
                p.add_run(r[1]).bold = True
            elif r[0] in ("ph", "sdt"):
                ph = r[0] == "ph"
                isdate = len(r) > 2 and r[2]
                extra = ""
                if isdate:
                    full = f' w:fullDate="{r[2]}T00:00:00Z"' if not ph else ""
                    extra = f'<w:date{full}><w:dateFormat w:val="yyyy-MM-dd"/><w:lid w:val="en-CA"/></w:date>'
                else:
                    extra = "<w:text/>"
                color = '<w:color w:val="808080"/>' if ph else ""
                xml = (f'<w:sdt {nsdecls("w")}><w:sdtPr><w:id w:val="{self.nid()}"/>'
                       f'<w:placeholder><w:docPart w:val="DefaultPlaceholder_-18540134{self.ids % 100:02d}"/></w:placeholder>'
                       f'{"<w:showingPlcHdr/>" if ph else ""}{extra}</w:sdtPr><w:sdtContent><w:r><w:rPr>{color}</w:rPr>'
                       f'<w:t xml:space="preserve">{esc(r[1])}</w:t></w:r></w:sdtContent></w:sdt>')
                p._p.append(parse_xml(xml))
            elif r[0] in ("ins", "del"):
                author = r[2] if len(r) > 2 else "Reviewer"
                inner = (f'<w:r><w:t xml:space="preserve">{esc(r[1])}</w:t></w:r>' if r[0] == "ins"
                         else f'<w:r><w:delText xml:space="preserve">{esc(r[1])}</w:delText></w:r>')
                xml = (f'<w:{r[0]} {nsdecls("w")} w:id="{self.nid()}" w:author="{esc(author)}" '
                       f'w:date="2023-11-14T10:{self.ids % 60:02d}:00Z">{inner}</w:{r[0]}>')
                p._p.append(parse_xml(xml))
            elif r[0] == "c":
                run = p.add_run(r[1])
                initials = "".join(w[0] for w in r[3].split())
                c = self.d.add_comment(run, text=r[2], author=r[3], initials=initials)
                c._comment_elm.date = dt.datetime(2023, 11, 14, 10, 30, tzinfo=dt.timezone.utc)
            elif r[0] == "tb":
                self.textbox(p, [r[1]])

    def textbox(self, p, lines):
        paras = "".join(f'<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{esc(t)}</w:t></w:r></w:p>' for t in lines)
        xml = (f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml"><w:pict>'
               f'<v:shape id="TextBox{self.nid()}" type="#_x0000_t202" '
               f'style="position:absolute;margin-left:330pt;margin-top:-6pt;width:170pt;height:{18 + 14 * len(lines)}pt;z-index:1" '
               f'strokeweight="1pt"><v:textbox><w:txbxContent>{paras}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
        p._p.append(parse_xml(xml))

    def cell(self, c, content):
        if isinstance(content, tuple) and content[0] == "tbl":
            c.paragraphs[0].text = ""
            self.table(content[1], content[2], host=c)
        elif isinstance(content, tuple) and content[0] == "paras":
            for i, runs in enumerate(content[1]):
                p = c.paragraphs[0] if i == 0 else c.add_paragraph()
                self.runs(p, runs)
        else:
            self.runs(c.paragraphs[0], content)

    def table(self, header, rows, host=None, ncols=None):
        ncols = ncols or max(len(r) for r in ([header] if header else []) + rows)
        n = len(rows) + (1 if header else 0)
        t = (host or self.d).add_table(rows=n, cols=ncols)
        t.style = "Table Grid"
        allrows = ([header] if header else []) + rows
        for i, row in enumerate(allrows):
            cells = t.rows[i].cells
            if len(row) < ncols:
                cells[len(row) - 1].merge(cells[ncols - 1])
            for j, content in enumerate(row):
                self.cell(t.rows[i].cells[j], [("b", content)] if (header and i == 0 and isinstance(content, str)) else content)
        return t

    def build(self):
        sec = self.d.sections[0]
        if self.src.header:
            sec.header.paragraphs[0].text = self.src.header
        if self.src.footer:
            sec.footer.paragraphs[0].text = self.src.footer
        for b in self.src.blocks:
            kind = b[0]
            if kind == "h":
                p = self.d.add_paragraph(style="Heading 2" if b[2:] == () else b[2])
                self.runs(p, b[1])
            elif kind == "p":
                self.runs(self.d.add_paragraph(), b[1])
            elif kind == "num":
                for item in b[1]:
                    self.runs(self.d.add_paragraph(style="List Number"), item)
            elif kind == "bul":
                for item in b[1]:
                    self.runs(self.d.add_paragraph(style="List Bullet"), item)
            elif kind == "kv":
                self.table(None, b[2], ncols=b[1])
                self.d.add_paragraph()
            elif kind == "tbl":
                self.table(b[1], b[2])
                self.d.add_paragraph()
            elif kind == "tbox":
                self.textbox(self.d.add_paragraph(), b[1])
        cp = self.d.core_properties
        cp.author = "HR Services"
        cp.last_modified_by = "HR Services"
        cp.created = FIXED
        cp.modified = FIXED
        cp.revision = 3
        cp.title = ""
        buf = io.BytesIO()
        self.d.save(buf)
        return rezip(buf.getvalue())


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def rezip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(src.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            info = zipfile.ZipInfo(name, date_time=(2024, 3, 1, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, src.read(name))
    return out.getvalue()


def cell_lines(content):
    """A cell's text as lines (accepted changes)."""
    if isinstance(content, tuple) and content[0] == "tbl":
        rows = ([content[1]] if content[1] else []) + content[2]
        return ["   ".join(run_text(c) for c in row) for row in rows]
    if isinstance(content, tuple) and content[0] == "paras":
        return [run_text(r) for r in content[1]]
    return [run_text(content)]


def to_txt(doc: Doc):
    """Word's Save As Plain Text: tables as tab-separated cells, numbers and bullets kept, no header/footer."""
    out = []
    for b in doc.blocks:
        kind = b[0]
        if kind in ("h", "p"):
            out.append(run_text(b[1]))
        elif kind == "num":
            out += [f"{i}.\t{run_text(it)}" for i, it in enumerate(b[1], 1)]
        elif kind == "bul":
            out += [f"•\t{run_text(it)}" for it in b[1]]
        elif kind in ("kv", "tbl"):
            rows = b[2] if kind == "kv" else ([b[1]] if b[1] else []) + b[2]
            for row in rows:
                parts = []
                extra = []
                for c in row:
                    ls = cell_lines(c)
                    parts.append(ls[0] if ls else "")
                    extra += ls[1:]
                out.append("\t".join(parts))
                out += extra
            out.append("")
        elif kind == "tbox":
            out += b[1]
    return "\n".join(out) + "\n"


def to_pdf_pages(doc: Doc, width=100, body=58):
    lines = []

    def wrap(t, indent=""):
        return textwrap.wrap(t, width, subsequent_indent=indent) or [""]

    for b in doc.blocks:
        kind = b[0]
        if kind == "h":
            lines += ["", run_text(b[1])]
        elif kind == "p":
            lines += wrap(run_text(b[1]))
        elif kind == "num":
            for i, it in enumerate(b[1], 1):
                lines += wrap(f"{i}. {run_text(it)}", "   ")
        elif kind == "bul":
            for it in b[1]:
                lines += wrap(f"• {run_text(it)}", "  ")
        elif kind in ("kv", "tbl"):
            rows = b[2] if kind == "kv" else ([b[1]] if b[1] else []) + b[2]
            ncols = b[1] if kind == "kv" else len(rows[0])
            for row in rows:
                cols = [cell_lines(c) for c in row]
                if ncols == 2 and len(row) == 2 and kind == "kv":
                    first = cols[0][0]
                    rest = [l for ls in cols[1:] for l in ls]
                    lines += wrap(f"{first:<34}{rest[0] if rest else ''}", " " * 34)
                    lines += [" " * 34 + l for l in rest[1:]]
                else:
                    height = max(len(c) for c in cols)
                    for k in range(height):
                        cells = [c[k] if k < len(c) else "" for c in cols]
                        w = max(14, 96 // max(1, len(cells)))
                        lines += wrap("".join(f"{x:<{w}}" if len(x) < w else x + "  " for x in cells).rstrip())
            lines.append("")
        elif kind == "tbox":
            lines += [" " * 60 + l for l in b[1]]
    pages = [lines[i:i + body] for i in range(0, len(lines), body)] or [[]]
    out = []
    for n, pg in enumerate(pages, 1):
        top = [doc.header, ""] if doc.header else []
        foot = ["", f"{doc.footer}    Page {n} of {len(pages)}" if doc.footer else f"Page {n} of {len(pages)}"]
        out.append("\n".join(top + pg + foot))
    return out


# ----------------------------------------------------------------------------- templates

def lab(field, lang, v, bil=False):
    en, fr = LABELS[field]
    if bil:
        return f"{en[v % len(en)]} / {fr[v % len(fr)]}"
    pool = en if lang == "en" else fr
    return pool[v % len(pool)]


def sec(key, lang, v, bil=False):
    en, fr = SECTIONS[key]
    if bil:
        return f"{en[v % 3]} / {fr[v % 3]}"
    return (en if lang == "en" else fr)[v % 3]


def build(p, spec, rng):
    """Render position p with its department's template into a Doc; returns (Doc, expected fields, not_stated, people, also)."""
    dept = p["dept"]
    T = TEMPLATES[dept]
    lang = spec["lang"]
    bil = lang == "bilingual"
    L = "en" if lang in ("en", "bilingual") else "fr"
    v = T["v"] if rng.random() < 0.75 else rng.randrange(5)
    miss = set(spec.get("missing", ()))
    ph_mode = spec.get("placeholders", True)
    ch = spec.get("changes", {})  # field -> old value shown as deleted
    comments = list(spec.get("comments", ()))
    doc = Doc(L)
    people = []
    used_people = spec["used_people"]
    advisor = person(rng, used_people)
    ex = dict(title=p["title_en"] if L == "en" else p["title_fr"], classification=p["cls"], job_code=p["job_code"],
              position_number=p["pos"], effective_date=p["date"],
              supervisor=dict(position_number=p["sup_pos"], title=p["sup_title_en"] if L == "en" else p["sup_title_fr"],
                              classification=p["sup_cls"]),
              direct_reports=[], salary=p["salary"], o_and_m=p["om"], total=p["total"],
              location=f"{p['city']}, {p['pen'] if L == 'en' else p['pfr']}")
    also = dict(fte=p["fte"], operating_budget=None, program_budget=None, provisional_number=None)
    if bil:
        also["title_fr"] = p["title_fr"]
    not_stated = []
    dept_name = p["dept_en"] if L == "en" else p["dept_fr"]
    rank = p["rank_en"] if L == "en" else p["title_fr"].split(",")[0]

    def value(field, text, date=None):
        """The runs of a header value: stated, a placeholder left (missing), a filled content control, a tracked change."""
        if field in miss:
            return [("ph", (PH_DATE if date else PH_TEXT)[L], "d" if date else None)] if ph_mode else [""]
        if field in ch:
            return [("del", ch[field], advisor), ("ins", text, advisor)]
        for cf, ctext in comments:
            if cf == field:
                return [("c", text, ctext, advisor)]
        if spec.get("sdt") and rng.random() < 0.5:
            return [("sdt", text, date.isoformat() if date else None)]
        return [text]

    for f in miss:
        if f.startswith("supervisor."):
            ex["supervisor"][f.split(".")[1]] = None
        elif f in ex:
            ex[f] = None
        not_stated.append(f)

    # header / footer with the position number
    hdr_forms = {"en": [f"Position No. {p['pos']}", f"Pos. #{p['pos']} – {p['cls']}", f"{p['dept_en']} | Position {p['pos']}"],
                 "fr": [f"No de poste {p['pos']}", f"Poste n° {p['pos']} – {p['cls']}", f"{p['dept_fr']} | Poste {p['pos']}"]}
    if "position_number" in miss:
        doc.header = p["dept_en"] if L == "en" else p["dept_fr"]
    else:
        doc.header = hdr_forms[L][v % 3]
    doc.footer = {"en": ["Protected A when completed", "Work Description – EX", "UNCLASSIFIED"],
                  "fr": ["Protégé A une fois rempli", "Description de travail – EX", "NON CLASSIFIÉ"]}[L][(v + 1) % 3]
    if bil:
        doc.footer = "Protected A when completed / Protégé A une fois rempli"

    # title block (+ text box)
    tt = T["doc_title"]
    doc.add("p", [("b", f"{tt[0]} / {tt[1]}" if bil else tt[0 if L == "en" else 1])])
    if spec.get("textbox"):
        doc.add("tbox", spec["textbox"])
    doc.add("p", [dept_name])

    cls_txt = fmt_class(p["cls"], rng)
    title_val = f"{p['title_en']} / {p['title_fr']}" if bil else ex["title"] if ex["title"] else ""
    if "title" in ch:
        title_val = ex["title"]
    fields = [
        ("title", title_val, None),
        ("classification", cls_txt, None),
        ("position_number", p["pos"], None),
        ("job_code", p["job_code"], None),
        ("effective_date", fmt_date(p["date"], L, rng), p["date"]),
        ("branch", p["branch_en"] if L == "en" else p["branch_fr"], None),
        ("directorate", p["area_en"] if L == "en" else p["area_fr"], None),
        ("location", fmt_location(p["city"], p["pen"], p["pfr"], L, rng), None),
    ]
    if spec.get("no_location_label"):
        fields = [f for f in fields if f[0] != "location"]
    sup_fields = [("sup_title", "supervisor.title", p["sup_title_en"] if L == "en" else p["sup_title_fr"]),
                  ("sup_number", "supervisor.position_number", p["sup_pos"]),
                  ("sup_class", "supervisor.classification", fmt_class(p["sup_cls"], rng))]
    if T["sup"] == "fields":
        fields += [(lf, val, None) for lf, _, val in [(a, b, c) for a, b, c in sup_fields]]
    labelmap = {"sup_title": "supervisor.title", "sup_number": "supervisor.position_number", "sup_class": "supervisor.classification"}

    def hv(f, text, date):
        key = labelmap.get(f, f)
        return value(key, text, date)

    if spec.get("shuffle"):
        head, tail = fields[:2], fields[2:]
        rng.shuffle(tail)
        fields = head + tail
    if not (T["head"] == "kv2" and bil):
        doc.add("h", [sec("id", L, v, bil)])
    if T["head"] == "kv2":
        rows = [[[("b", lab(f, L, v, bil))], hv(f, t, d)] for f, t, d in fields]
        if T["sup"] == "nested":
            rows.append([[("b", "Supervisor" if L == "en" else "Superviseur")],
                         ("tbl", None, [[lab(lf, L, v), value(key, val)] for lf, key, val in sup_fields])])
        doc.add("kv", 2, rows)
    elif T["head"] in ("kv4", "kv4m"):
        rows = []
        if T["head"] == "kv4m":
            rows.append([[("b", sec("id", "en", 1) + " / " + sec("id", "fr", 1))]])
        first = fields[0]
        rows.append([[("b", lab(first[0], L, v, bil))], hv(*first)])  # merged across three cells
        rest = fields[1:]
        for i in range(0, len(rest), 2):
            pair = rest[i:i + 2]
            row = []
            for f, t, d in pair:
                row += [[("b", lab(f, L, v, bil))], hv(f, t, d)]
            if len(row) == 2:
                row += [[""], [""]]
            rows.append(row)
        doc.add("kv", 4, rows)
    elif T["head"] == "grid":
        rows = []
        for i in range(0, len(fields), 2):
            pair = fields[i:i + 2]
            rows.append([("paras", [[("b", lab(f, L, v, bil))], hv(f, t, d)]) for f, t, d in pair] +
                        ([("paras", [[""]])] if len(pair) == 1 else []))
        doc.add("kv", 2, rows)

    order = list(spec.get("order") or T["order"])
    sa_pool = SA_EN if L == "en" else SA_FR
    area_l = (p["area_en"] if L == "en" else p["area_fr"]).lower()

    def dr_line(r, style):
        t = r[0] if L == "en" else r[1]
        c = fmt_class(r[2], rng) if r[2] else None
        n = r[3]
        if L == "en":
            fte = rng.choice([f"{n} FTEs", f"{n} FTE", f"staff of {n}"]) if n is not None else None
        else:
            fte = rng.choice([f"{n} ETP", f"effectif de {n}", f"{n} ETP"]) if n is not None else None
        if style == 0:
            inside = ", ".join(x for x in (c, fte) if x)
            return f"{t} ({inside})" if inside else t
        if style == 1:
            return " – ".join(x for x in (t, c, fte) if x)
        if style == 2:
            return (f"{c} - " if c else "") + t + (f" ({fte})" if fte else "")
        return t + (f" [{c}]" if c else "") + (f", {fte}" if fte else "")

    reports = [list(r) for r in p["reports"]]
    for j in spec.get("dr_no_fte", ()):
        if j < len(reports):
            reports[j][3] = None
    for j in spec.get("dr_no_class", ()):
        if j < len(reports):
            reports[j][2] = None
    if "direct_reports" not in miss:
        ex["direct_reports"] = [dict(title=r[0] if L == "en" else r[1], classification=r[2], fte=r[3]) for r in reports]
    else:
        ex["direct_reports"] = None

    for s in order:
        if s == "ga":
            doc.add("h", [sec("ga", L, v, bil)])
            doc.add("p", [rng.choice(GA_EN if L == "en" else GA_FR).format(rank=rank, area_l=area_l, dept=dept_name)])
        elif s == "csr":
            doc.add("h", [sec("csr", L, v, bil)])
            doc.add("p", [(CSR_EN if L == "en" else CSR_FR).format(area_l=area_l)])
        elif s == "ka":
            doc.add("h", [sec("ka", L, v, bil)])
            doc.add("num", [[x] for x in rng.sample(sa_pool, 6)])
        elif s == "sa":
            doc.add("h", [sec("sa", L, v, bil)])
            doc.add("num", [[x] for x in rng.sample(sa_pool, rng.randint(5, 8))])
        elif s == "ns":
            doc.add("h", [sec("ns", L, v, bil)])
            for para in rng.sample(NS_EN if L == "en" else NS_FR, 2):
                doc.add("p", [para.format(dept=dept_name, rank=rank)])
        elif s == "org":
            doc.add("h", [sec("org", L, v, bil)])
            if T["sup"] == "sentence":
                st = ex["supervisor"]
                stitle = p["sup_title_en"] if L == "en" else p["sup_title_fr"]
                scls = fmt_class(p["sup_cls"], rng)
                if L == "en":
                    s1 = f"The {rank} reports to the {stitle} ({scls})"
                    s1 += f", position no. {p['sup_pos']}." if st["position_number"] else "."
                else:
                    s1 = f"Le ou la titulaire relève du poste de {stitle} ({scls})"
                    s1 += f", poste no {p['sup_pos']}." if st["position_number"] else "."
                doc.add("p", [s1])
            if ex["direct_reports"] is None:
                doc.add("p", ["Organization chart to follow." if L == "en" else "Organigramme à venir."])
                continue
            intro = {"en": [f"Reporting to the {rank} are:", f"The following positions report to the {rank}:", "Direct reports:"],
                     "fr": ["Relèvent du ou de la titulaire :", "Les postes suivants relèvent du poste :", "Subordonnés directs :"]}[L][v % 3]
            style = spec.get("dr_style", v % 4)
            mode = spec.get("dr_mode", T["dr"])
            if mode == "bullets":
                doc.add("p", [intro])
                doc.add("bul", [[dr_line(r, style)] for r in reports])
            elif mode == "numbered":
                doc.add("p", [intro])
                doc.add("num", [[dr_line(r, style)] for r in reports])
            elif mode == "prose":
                parts = [dr_line(r, 0) for r in reports]
                if L == "en":
                    doc.add("p", [f"The {rank} manages {len(parts)} direct reports: " + "; ".join(parts[:-1]) + "; and " + parts[-1] + "."])
                else:
                    doc.add("p", [f"Le ou la titulaire dirige {len(parts)} postes : " + " ; ".join(parts[:-1]) + " ; et " + parts[-1] + "."])
            elif mode in ("table", "table_merged", "nested"):
                hdr = (["Position title", "Group/Level", "FTEs"] if L == "en" else ["Titre du poste", "Groupe/niveau", "ETP"])
                rows = [[r[0] if L == "en" else r[1], fmt_class(r[2], rng) if r[2] else "", str(r[3]) if r[3] is not None else ""]
                        for r in reports]
                if mode == "nested":
                    doc.add("kv", 2, [[[("b", intro)], ("tbl", hdr, rows)]])
                elif mode == "table_merged":
                    doc.add("tbl", None, [[[("b", intro)]]] + [hdr] + rows)
                else:
                    doc.add("p", [intro])
                    doc.add("tbl", hdr, rows)
        elif s == "dims":
            doc.add("h", [sec("dims", L, v, bil)])
            sal = fmt_amount(p["salary"], L, rng) if ex["salary"] is not None else None
            om = fmt_amount(p["om"], L, rng) if ex["o_and_m"] is not None else None
            tot = fmt_amount(p["total"], L, rng) if ex["total"] is not None else None
            items = [("fte", str(p["fte"])), ("salary", sal), ("o_and_m", om), ("total", tot)]
            items = [(k, x) for k, x in items if x is not None]
            mode = T["dims"]
            if mode == "prose":
                if L == "en":
                    t = f"The {rank} manages {p['fte']} FTEs"
                    if sal: t += f" and a salary budget of {sal}"
                    if om: t += f", with an O&M budget of {om}"
                    if tot: t += f", for a total of {tot}"
                else:
                    t = f"Le ou la titulaire gère {p['fte']} ETP"
                    if sal: t += f", un budget salarial de {sal}"
                    if om: t += f" et un budget de fonctionnement et d'entretien de {om}"
                    if tot: t += f", pour un total de {tot}"
                doc.add("p", [t + "."])
            elif mode == "list":
                doc.add("bul", [[f"{lab(k, L, v, bil)}: {x}" if L == "en" else f"{lab(k, L, v, bil)} : {x}"] for k, x in items])
            elif mode in ("kv2", "table", "grid", "nested", "merged", "kv4"):
                rows = [[[("b", lab(k, L, v, bil))], value(k, x) if k != "fte" else [x]] for k, x in items]
                if mode == "table":
                    doc.add("tbl", [sec("dims", L, 0), "($)" if L == "en" else "(en $)"],
                            [[lab(k, L, v, bil), x] for k, x in items])
                elif mode == "merged":
                    doc.add("tbl", None, [[[("b", f"{sec('dims', L, 0)} ({p['date'].year}-{str(p['date'].year + 1)[2:]})")]]] +
                            [[lab(k, L, v, bil), x] for k, x in items])
                elif mode == "nested":
                    doc.add("kv", 2, [[[("b", sec("dims", L, 2))], ("tbl", None, [[lab(k, L, v), x] for k, x in items])]])
                elif mode in ("kv4",):
                    flat = [c for r in rows for c in r]
                    doc.add("kv", 4, [flat[i:i + 4] for i in range(0, len(flat), 4)])
                elif mode == "grid":
                    doc.add("kv", 2, [[("paras", [[("b", lab(k, L, v, bil))], [x]]) for k, x in items[i:i + 2]]
                                      for i in range(0, len(items), 2)])
                else:
                    doc.add("kv", 2, rows)
        elif s == "cert":
            doc.add("h", [sec("cert", L, v, bil)])
            inc = person(rng, used_people) if rng.random() < 0.6 else None
            signer = person(rng, used_people)
            people.extend([x for x in (inc, signer) if x])
            doc.add("p", ["The foregoing is an accurate description of the duties and responsibilities assigned to the position."
                          if L == "en" else "La présente description décrit fidèlement les fonctions et les responsabilités du poste."])
            srow = [[("b", "Supervisor" if L == "en" else "Superviseur")], [signer], [("b", "Date")], [""]]
            rows = [srow]
            if inc:
                rows.insert(0, [[("b", "Incumbent" if L == "en" else "Titulaire")], [inc], [("b", "Date")], [""]])
            doc.add("kv", 4, rows)
            doc.add("p", [(f"Prepared by: {advisor}, HR Advisor" if L == "en" else f"Préparée par : {advisor}, Ressources humaines")])
    people.append(advisor)
    # dims not printed at all -> null
    if "dims" not in order:
        for k in ("salary", "o_and_m", "total"):
            ex[k] = None
            not_stated.append(k)
    if spec.get("no_location_label") and "location" not in not_stated:
        ex["location"] = None
        not_stated.append("location")
    return doc, ex, sorted(set(not_stated)), people, also


# ----------------------------------------------------------------------------- the corpus plan

DEPT_ORDER = ["ESDC", "JUS", "PS", "RCMP", "TC", "ISC", "DFO", "GAC", "IRCC", "HC", "PHAC"]


def plan(rng):
    """43 planned work descriptions (two more are copies made later): (dept, lang, kind)."""
    kinds = ["docx"] * 32 + ["pdf"] * 6 + ["txt"] * 5
    rng.shuffle(kinds)
    bil = {3, 18, 21}  # RCMP, GAC, PHAC
    rest = [i for i in range(43) if i not in bil]
    fr = set(rng.sample(rest, 15))
    return [[DEPT_ORDER[i % 11], "bilingual" if i in bil else "fr" if i in fr else "en", kinds[i]] for i in range(43)]


FIELDS_MISSABLE = ["job_code", "effective_date", "supervisor.position_number", "location", "position_number", "o_and_m"]
TEXTBOXES = {"en": [["PROTECTED A"], ["DRAFT – FOR CLASSIFICATION REVIEW"], ["Classification use only", "Rated: ____"]],
             "fr": [["PROTÉGÉ A"], ["ÉBAUCHE – EXAMEN DE CLASSIFICATION"], ["Réservé à la classification", "Cotée : ____"]]}
COMMENTS = {"en": ["Please confirm with Finance – figures from the 2022-23 budget.", "Is this still accurate after the reorg?",
                   "Updated per the DG's email.", "Check title against the org chart."],
            "fr": ["Veuillez confirmer avec les Finances – chiffres du budget 2022-2023.", "Est-ce encore exact après la réorganisation?",
                   "Mis à jour selon le courriel du DG.", "Vérifier le titre avec l'organigramme."]}


def file_name(p, lang, kind, rng, miss, taken, spec):
    t = p["title_en"] if lang != "fr" else p["title_fr"]
    cl = p["cls"]
    forms = [f"{t}", f"WD {t} ({cl}) FINAL", f"{t} - signed", f"{p['dept']} - {t} - {cl}",
             f"{t}_v3", f"Copy of {t}", f"{t} ({cl})", f"{t} - revised {p['date'].year}"]
    if spec.get("changes"):
        forms += [f"{t} - tracked changes", f"{t} - tracked"] * 2
    if "position_number" not in miss:
        forms += [f"{t} - {p['pos']}", f"{p['pos']} {t}"]
    if lang == "fr":
        forms += [f"DT {t}", f"{t} - signée", f"{t} (version finale)"]
    if kind == "txt":
        forms += [f"{t} - old format"]
    ext = {"docx": ".docx", "pdf": ".pdf", "txt": ".txt"}[kind]
    while True:
        name = rng.choice(forms) + ext
        if name not in taken:
            taken.add(name)
            return name
        forms.append(f"{t} ({len(forms)})")


def main():
    rng = random.Random(SEED)
    out = HERE
    corpus, expected = out / "corpus", out / "expected"
    for d in (corpus, expected):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    used_numbers, used_people, taken, used_areas = set(), set(), set(), set()
    records = []
    plan_rows = plan(rng)
    txt_encodings = iter(["cp1252", "utf-8-sig", "cp1252", "utf-8", "cp1252"])
    for i, (dept, lang, kind) in enumerate(plan_rows):
        L = "en" if lang != "fr" else "fr"
        p = make_position(rng, dept, L, used_numbers, used_areas=used_areas)
        spec = dict(lang=lang, used_people=used_people)
        miss = set()
        for f in FIELDS_MISSABLE:
            if rng.random() < {"position_number": 0.06, "o_and_m": 0.05}.get(f, 0.2):
                miss.add(f)
        if rng.random() < 0.1:
            miss.add("total")
        if rng.random() < 0.06:
            miss.add("direct_reports")
        spec["missing"] = miss
        spec["placeholders"] = rng.random() < 0.85
        spec["sdt"] = rng.random() < 0.4
        if rng.random() < 0.3:
            spec["textbox"] = rng.choice(TEXTBOXES[L])
        if rng.random() < 0.22:
            f = rng.choice(["classification", "effective_date", "o_and_m", "title", "supervisor.title"])
            old = {"classification": f"EX-0{max(1, p['level'] - 1)}" if p["level"] > 1 else "EX-02",
                   "effective_date": fmt_date(p["date"] - dt.timedelta(days=rng.randint(200, 900)), L, rng),
                   "o_and_m": fmt_amount(p["om"] + rng.randint(5, 90) * 1000, L, rng),
                   "title": (p["title_en"] if L == "en" else p["title_fr"]).replace(",", " of", 1) if False else
                   ("Manager" if L == "en" else "Gestionnaire") + "," + (p["title_en"] if L == "en" else p["title_fr"]).split(",", 1)[1],
                   "supervisor.title": "Director General, Operations" if L == "en" else "Directeur général, Opérations"}[f]
            if f not in miss:
                spec["changes"] = {f: old}
        if rng.random() < 0.3:
            f = rng.choice(["classification", "position_number", "salary", "title", "effective_date"])
            if f not in miss and f not in spec.get("changes", {}):
                spec["comments"] = [(f, rng.choice(COMMENTS[L]))]
        if rng.random() < 0.2:
            spec["dr_no_fte"] = [0]
        if rng.random() < 0.15:
            spec["dr_no_class"] = [len(p["reports"]) - 1]
        if rng.random() < 0.3:
            spec["shuffle"] = True
        if rng.random() < 0.08:
            spec["no_location_label"] = True
        if kind != "docx":
            spec["sdt"] = False
        # dimension fields missing go through value(): handled in build by ex[...] None
        doc, ex, ns, people, also = build(p, spec, rng)
        # the classification/effective date/etc. changes: truth is the inserted (current) text
        name = file_name(p, lang, kind, rng, miss, taken, spec)
        enc = None
        if kind == "docx":
            data = DocxWriter(doc).build()
            k = "docx"
        elif kind == "pdf":
            data = pdf_bytes(to_pdf_pages(doc))
            k = "pdf"
        else:
            enc = next(txt_encodings)
            text = to_txt(doc)
            if enc == "cp1252":
                data = text.replace("\n", "\r\n").encode("cp1252")
                k = "text-cp1252"
            else:
                data = text.encode(enc)
                k = "text"
        records.append(dict(name=name, data=data, kind=k, lang=lang, ex=ex, ns=ns, people=people, also=also, doc=doc, p=p,
                            spec=spec))

    # versions: a docx and its PDF export; a draft and the signed final
    docx_recs = [r for r in records if r["kind"] == "docx"]
    pair = docx_recs[3]
    export = dict(pair, name=Path(pair["name"]).stem + " (PDF export).pdf", kind="pdf",
                  data=pdf_bytes(to_pdf_pages(pair["doc"])), people=pair["people"])
    records.append(export)
    vers = [(pair["name"], export["name"], None, "the same description as a Word file and its PDF export")]
    pair2 = [r for r in docx_recs[5:] if "sign" not in r["name"] and "FINAL" not in r["name"]][0]
    fr = pair2["lang"] == "fr"
    final_name = Path(pair2["name"]).stem + (" - signée.pdf" if fr else " - signed.pdf")
    final = dict(pair2, name=final_name, kind="pdf", data=pdf_bytes(to_pdf_pages(pair2["doc"])))
    records.append(final)
    vers.append((pair2["name"], final_name, final_name, "a Word file and the signed PDF made from it"))

    # documents to refuse
    refuse = make_refusals(rng, used_people)
    for r in refuse:
        records.append(r)

    for r in records:
        (corpus / r["name"]).write_bytes(r["data"])
    for r in records:
        ver = None
        for a, b, newest, note in vers:
            if r["name"] in (a, b):
                ver = dict(documents=[a, b], newest=newest, note=note)
        if r.get("refuse"):
            y = dict(document=r["name"], kind=r["kind"], language=r["lang"], outcome="refuse", fields=None, not_stated=[],
                     also=dict(what=r["what"]), people=sorted(set(r["people"])), versions=None)
        else:
            y = dict(document=r["name"], kind=r["kind"], language=r["lang"], outcome="import", fields=r["ex"],
                     not_stated=r["ns"], also=r["also"], people=sorted(set(r["people"])), versions=ver)
        (expected / (r["name"] + ".expected.yaml")).write_text(
            yaml.safe_dump(y, sort_keys=False, allow_unicode=True, width=120), encoding="utf-8")
    print(f"{len(records)} documents written to {corpus}")


def make_refusals(rng, used_people):
    out = []
    # 1. memo (Justice, docx, en)
    a, b, c = person(rng, used_people), person(rng, used_people), person(rng, used_people)
    d = Doc("en")
    d.header = "Department of Justice Canada"
    d.add("p", [("b", "MEMORANDUM / NOTE DE SERVICE")])
    d.add("kv", 2, [[[("b", "TO / DEST.")], [f"{a}, Director General, Human Resources"]],
                    [[("b", "FROM / EXP.")], [f"{b}, Manager, Classification"]],
                    [[("b", "DATE")], ["October 17, 2023"]],
                    [[("b", "SUBJECT / OBJET")], ["Classification review of EX work descriptions – Management Sector"]]])
    d.add("p", ["This memorandum seeks your approval to launch the cyclical review of the 14 EX work descriptions in the "
                "Management Sector. Position 4471203 (Director, Financial Planning and Resource Management, EX-01) and "
                "position 4471188 (Executive Director, Legal Practice Management, EX-02) were last reviewed in 2016."])
    d.add("num", [["Work descriptions will be updated on the new departmental template by January 31, 2024."],
                  ["The Classification Committee will sit in February; a salary budget of $1.2M is not affected."],
                  ["Managers will be asked to confirm direct reports and dimensions."]])
    d.add("p", ["Please contact the undersigned should you have questions."])
    d.add("p", [b])
    out.append(dict(name="Memo to DG HR - EX classification review (signed).docx", data=DocxWriter(d).build(), kind="docx",
                    lang="en", refuse=True, what="memo", people=[a, b]))
    # 2. letter of offer (IRCC, docx, fr)
    a, b = person(rng, used_people), person(rng, used_people)
    d = Doc("fr")
    d.header = "Immigration, Réfugiés et Citoyenneté Canada"
    d.add("p", ["Le 3 mai 2023"])
    d.add("p", [f"Madame {a}"])
    d.add("p", [("b", "Objet : Offre de nomination intérimaire – Directrice, Gestion des cas (EX-01), poste no 60218843")])
    d.add("p", [f"Madame {a.split()[-1]},"])
    d.add("p", ["J'ai le plaisir de vous offrir une nomination intérimaire au poste de Directrice, Gestion des cas, "
                "classifié EX-01, à Ottawa (Ontario), du 15 mai 2023 au 14 novembre 2023. Votre rémunération sera établie "
                "conformément à la Politique sur les conditions d'emploi des cadres de direction, à l'intérieur de l'échelle "
                "de 128 702 $ à 151 406 $."])
    d.add("p", ["Veuillez signer et retourner une copie de la présente lettre pour indiquer votre acceptation."])
    d.add("kv", 2, [[["Acceptée par :"], [("ph", PH_TEXT["fr"], None)]], [["Date :"], [("ph", PH_DATE["fr"], None)]]])
    d.add("p", [b])
    d.add("p", ["Directeur général, Opérations de réinstallation des réfugiés"])
    out.append(dict(name="Lettre d'offre - intérim EX-01 - A. (1).docx", data=DocxWriter(d).build(), kind="docx", lang="fr",
                    refuse=True, what="letter of offer", people=[a, b]))
    # 3. performance agreement (Health Canada, docx, en)
    a, b = person(rng, used_people), person(rng, used_people)
    d = Doc("en")
    d.header = "Health Canada – Executive Performance Agreement 2023-2024"
    d.add("p", [("b", "EXECUTIVE PERFORMANCE AGREEMENT 2023–24")])
    d.add("kv", 4, [[[("b", "Executive")], [a], [("b", "Position No.")], ["3325190"]],
                    [[("b", "Title")], ["Director, Controlled Substances"], [("b", "Group and Level")], ["EX-01"]],
                    [[("b", "Supervisor")], [b], [("b", "Branch")], ["Regulatory Operations and Enforcement Branch"]]])
    d.add("h", ["Commitments"])
    d.add("tbl", ["Commitment", "Performance measure", "Weight"],
          [["Deliver the licensing modernization project", "Release 2 in production by Q3", "30 %"],
           ["Reduce the backlog of applications", "Backlog under 400 files by March 31", "30 %"],
           ["Leadership: foster an inclusive workplace", "PSES results; mental health plan", "40 %"]])
    d.add("p", ["Mid-year review: " + PH_DATE["en"]])
    d.add("kv", 4, [[[("b", "Executive")], [a], [("b", "Supervisor")], [b]]])
    out.append(dict(name="PMA 2023-24 - Director Controlled Substances - DRAFT.docx", data=DocxWriter(d).build(), kind="docx",
                    lang="en", refuse=True, what="performance agreement", people=[a, b]))
    # 4. org chart (Transport, PDF with text layer, en)
    a, b, c = person(rng, used_people), person(rng, used_people), person(rng, used_people)
    chart = ("Transport Canada – Safety and Security Group\nOrganization Chart – Rail Safety   (as of April 1, 2024)\n\n"
             "                          Director General, Rail Safety\n                          EX-03  Pos. 1027745\n"
             f"                          {a}\n\n"
             "   Director, Rail Safety Oversight        Director, Regulatory Affairs        Executive Assistant\n"
             "   EX-01  Pos. 1031120                    EX-01  Pos. 1031187                 AS-02\n"
             f"   {b}                                    {c}\n\n"
             "   Manager, Inspections (TI-07) 22        Manager, Standards (EC-07) 9\n"
             "   Manager, Risk Analysis (EC-06) 7       Senior Advisor (EC-06) 1\n\n"
             "Prepared by HR Business Planning.  Vacant positions shown in grey.")
    out.append(dict(name="Org chart - Rail Safety 2024.pdf", data=pdf_bytes([chart]), kind="pdf", lang="en", refuse=True,
                    what="organization chart", people=[a, b, c]))
    # 5. scanned PDF without a text layer (DFO)
    scan = b"q 0.92 g 36 36 523 770 re f Q q 0.2 g 60 760 200 14 re f 60 700 470 6 re f 60 680 430 6 re f 60 660 455 6 re f Q"
    out.append(dict(name="WD_scan_DFO_20190412.pdf", data=pdf_bytes([scan, scan]), kind="pdf", lang="en", refuse=True,
                    what="scanned work description without a text layer", people=[]))
    return out


if __name__ == "__main__":
    main()
