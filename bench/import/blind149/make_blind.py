"""Generate the blind149 corpus: classification decision packages (Hay evaluations, benchmarks and
relativity, organization chart extracts, committee decisions) that embed executive work descriptions,
and a few documents to refuse.

    /work/main/.venv/bin/python bench/import/blind149/make_blind.py

writes corpus/ and expected/ next to this file, the same bytes on every run.
"""

from __future__ import annotations

import datetime as dt
import io
import random
import re
import shutil
import sys
import textwrap
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

import docx  # noqa: E402
import yaml  # noqa: E402
from docx.shared import Pt  # noqa: E402

from tests.import_files import pdf_bytes  # noqa: E402
import texts as T  # noqa: E402

CORPUS = HERE / "corpus"
EXPECTED = HERE / "expected"

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]

HAY = {  # decided level -> (KH rating, KH pts, PS rating, PS pts, AC rating, AC pts)
    "EX-01": [("F II 3", 460, "F 4 (57%)", 264, "F 3 P", 304), ("F III 3", 528, "F 4 (57%)", 304, "F 3 P", 350),
              ("F III 3", 528, "E 4 (50%)", 264, "F 4 C", 400), ("F II 3", 528, "F 4 (57%)", 304, "E 4 P", 304)],
    "EX-02": [("F III 4", 608, "F 4 (57%)", 350, "F 4 P", 460), ("G III 3", 700, "F 4 (57%)", 400, "F 4 P", 460),
              ("F III 4", 608, "G 4 (66%)", 400, "G 4 C", 528), ("G III 3", 700, "G 4 (57%)", 400, "F 5 P", 608)],
    "EX-03": [("G III 4", 800, "G 4 (57%)", 460, "G 4 P", 608), ("G IV 4", 920, "G 5 (57%)", 528, "G 5 P", 700),
              ("G III 4", 800, "G 5 (66%)", 528, "G 5 C", 700)],
}
BANDS = {"EX-01": (1000, 1399), "EX-02": (1400, 1799), "EX-03": (1800, 2299)}


# ---------------------------------------------------------------------------------------------
# notations

def money(v: int, style: str, lang: str) -> str:
    if lang == "fr":
        if style in ("full", "cents"):
            s = f"{v:,}".replace(",", "\u00a0")
            return s + (",00" if style == "cents" else "") + " $"
        if style == "M":
            s = f"{v / 1e6:.3f}".rstrip("0").rstrip(".").replace(".", ",")
            return s + " M$"
        if style == "K":
            return f"{v // 1000:,}".replace(",", "\u00a0") + " k$"
        if style == "words":
            s = f"{v / 1e6:.3f}".rstrip("0").rstrip(".").replace(".", ",")
            return s + " millions $"
    if style == "full":
        return f"${v:,}"
    if style == "cents":
        return f"${v:,}.00"
    if style == "M":
        return "$" + f"{v / 1e6:.3f}".rstrip("0").rstrip(".") + "M"
    if style == "K":
        return f"${v // 1000:,}K"
    if style == "words":
        return "$" + f"{v / 1e6:.3f}".rstrip("0").rstrip(".") + " million"
    raise ValueError(style)


def small_money(v: int, style: str, lang: str) -> str:
    """O&M and other small amounts: thousands instead of millions when the style is M."""
    if style in ("M", "words") and v < 1_000_000:
        return money(v, "K", lang)
    return money(v, style, lang)


def date_str(d: dt.date, style: str, lang: str) -> str:
    if style == "iso":
        return d.isoformat()
    if style == "slash":
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    if lang == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        return f"{day} {MONTHS_FR[d.month - 1]} {d.year}"
    if style == "dmy":
        return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"
    return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"


def pts(v: int, lang: str) -> str:
    if v >= 1000:
        return f"{v:,}".replace(",", "\u00a0" if lang == "fr" else ",")
    return str(v)


# ---------------------------------------------------------------------------------------------
# positions

class Person:
    def __init__(self, rng: random.Random, used: set):
        while True:
            name = f"{rng.choice(T.GIVEN)} {rng.choice(T.FAMILY)}"
            if name not in used:
                used.add(name)
                self.name = name
                return


def title_of(level: str, unit: tuple, fem: bool, rng: random.Random, kind=None):
    en, fr = unit
    if level == "EX-01":
        return f"Director, {en}", (f"Directrice, {fr}" if fem else f"Directeur, {fr}")
    if level == "EX-02":
        if (kind or rng.choice(["ed", "sd"])) == "ed":
            return (f"Executive Director, {en}",
                    f"Directrice exécutive, {fr}" if fem else f"Directeur exécutif, {fr}")
        return f"Senior Director, {en}", (f"Directrice principale, {fr}" if fem else f"Directeur principal, {fr}")
    if level == "EX-03":
        return f"Director General, {en}", (f"Directrice générale, {fr}" if fem else f"Directeur général, {fr}")
    if level == "EX-04":
        return (f"Assistant Deputy Minister, {en}",
                f"Sous-ministre adjointe, {fr}" if fem else f"Sous-ministre adjoint, {fr}")
    raise ValueError(level)


BRANCHES = [("Operations Branch", "Direction générale des opérations"),
            ("Program Policy Branch", "Direction générale de la politique des programmes"),
            ("Service Delivery Branch", "Direction générale de la prestation des services"),
            ("Science and Innovation Branch", "Direction générale des sciences et de l'innovation"),
            ("Corporate Services Branch", "Direction générale des services ministériels")]
SUP_UNITS = [("Program Operations", "Opérations des programmes"), ("Strategic Policy", "Politique stratégique"),
             ("Regional Operations", "Opérations régionales"), ("Integrated Services", "Services intégrés"),
             ("Client Experience", "Expérience client"), ("Science Programs", "Programmes scientifiques"),
             ("Benefits Processing", "Traitement des prestations"), ("Compliance Programs", "Programmes de conformité")]


class Position:
    pass


BENCH_UNITS = [("Regional Service Operations", "Opérations régionales des services"),
               ("Grants and Contributions", "Subventions et contributions"),
               ("Program Evaluation", "Évaluation des programmes"), ("Border Programs", "Programmes frontaliers"),
               ("Corporate Planning", "Planification ministérielle"), ("Laboratory Services", "Services de laboratoire"),
               ("Enterprise Architecture", "Architecture d'entreprise"), ("Audit Operations", "Opérations de vérification"),
               ("Indigenous Relations", "Relations avec les Autochtones"), ("Emergency Management", "Gestion des urgences")]


def make_position(rng: random.Random, names: set, unit_pool: list, level: str, when: dt.date) -> Position:
    p = Position()
    p.level = level
    p.dept = rng.choice(T.DEPARTMENTS)
    p.unit = unit_pool.pop()
    p.fem = rng.random() < 0.5
    p.title_en, p.title_fr = title_of(level, p.unit, p.fem, rng)
    p.posnum = str(rng.choice([rng.randint(10000, 99999), rng.randint(100000, 999999)]))
    p.job_code = str(rng.randint(100000, 109999))
    p.date = when
    loc = rng.choice(p.dept[3])
    p.loc_en, p.loc_fr = loc
    sup_level = {"EX-01": "EX-03", "EX-02": "EX-03", "EX-03": "EX-04"}[level]
    if level == "EX-01" and rng.random() < 0.35:
        sup_level = "EX-02"
    sup_unit = rng.choice(BRANCHES if sup_level == "EX-04" else SUP_UNITS)
    if sup_level == "EX-04":
        sup_unit = (sup_unit[0].replace(" Branch", ""), sup_unit[1].replace("Direction générale ", "").lstrip())
        sfem = rng.random() < 0.5
        p.sup_en = f"Assistant Deputy Minister, {sup_unit[0]}"
        p.sup_fr = ("Sous-ministre adjointe, " if sfem else "Sous-ministre adjoint, ") + \
            {"des opérations": "Opérations", "de la politique des programmes": "Politique des programmes",
             "de la prestation des services": "Prestation des services",
             "des sciences et de l'innovation": "Sciences et innovation",
             "des services ministériels": "Services ministériels"}[sup_unit[1]]
    else:
        p.sup_en, p.sup_fr = title_of(sup_level, sup_unit, rng.random() < 0.5, rng, "ed")
    p.sup_level = sup_level
    p.sup_posnum = str(rng.randint(10000, 99999))
    # direct reports
    n = rng.randint(3, 6) if level != "EX-03" else rng.randint(3, 5)
    areas = rng.sample(T.REPORT_AREAS, n)
    p.reports = []
    for a_en, a_fr in areas:
        if level == "EX-03":
            t_en, t_fr = title_of("EX-01", (a_en, a_fr), rng.random() < 0.5, rng)
            cls, fte = "EX-01", rng.randint(14, 60)
        else:
            cls = rng.choice(T.REPORT_GROUPS)
            t_en, t_fr = f"Manager, {a_en}", f"Gestionnaire, {a_fr}"
            if rng.random() < 0.15:
                t_en, t_fr = f"Senior Advisor, {a_en}", f"Conseiller principal, {a_fr}"
                fte = rng.choice([1, 2])
            else:
                fte = rng.randint(4, 28)
        p.reports.append({"title_en": t_en, "title_fr": t_fr, "classification": cls, "fte": fte})
    p.fte = sum(r["fte"] for r in p.reports) + rng.choice([1, 2, 3])
    p.salary = p.fte * rng.randint(88, 104) * 1000 // 10000 * 10000
    p.o_and_m = rng.randint(60, 1900) * 1000
    p.total = p.salary + p.o_and_m
    p.hay = rng.choice(HAY[level])
    p.requested = None
    p.previous = None
    p.people = {k: Person(rng, names).name for k in ("incumbent", "advisor", "chair", "manager", "requester")}
    # benchmarks and relativity positions, never the position's own figures
    p.benchmarks = []
    for k in range(rng.choice([2, 3])):
        blevel = rng.choice(["EX-01", "EX-02", "EX-03"]) if k else level
        bu = rng.choice(BENCH_UNITS)
        bt_en, bt_fr = title_of(blevel, bu, rng.random() < 0.5, rng)
        h = rng.choice(HAY[blevel])
        p.benchmarks.append({"title_en": bt_en, "title_fr": bt_fr, "level": blevel,
                             "posnum": str(rng.randint(10000, 99999)), "dept": rng.choice(T.DEPARTMENTS)[2],
                             "budget": rng.randint(15, 260) * 100000, "fte": rng.randint(20, 240),
                             "points": h[1] + h[3] + h[5], "code": f"EX-BM-{rng.randint(1, 40):02d}"})
    p.file_no = f"{rng.choice(['CDR', 'CL', 'CLS', 'EXC'])}-{when.year}-{rng.randint(100, 999):04d}"
    p.peers = []
    for a_en, a_fr in rng.sample(T.REPORT_AREAS, 2):
        pt_en, pt_fr = title_of(level, (a_en, a_fr), rng.random() < 0.5, rng)
        p.peers.append((pt_en, pt_fr, level, str(rng.randint(10000, 99999))))
    return p


# ---------------------------------------------------------------------------------------------
# documents: blocks rendered to each kind

class Doc:
    def __init__(self, name: str, kind: str, lang: str):
        self.name, self.kind, self.lang = name, kind, lang
        self.blocks: list = []
        self.people: list = []
        self.header = ""
        self.footer = ""
        self.damage = None

    def person(self, name: str) -> str:
        if name not in self.people:
            self.people.append(name)
        return name

    def add(self, *block):
        self.blocks.append(block)


def wrap(text: str, width: int) -> list[str]:
    return textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False) or [""]


def render_text(doc: Doc, width: int = 92, colon: str = ": ", ocr: bool = False, rng=None) -> list[str]:
    out: list[str] = []
    for b in doc.blocks:
        t = b[0]
        if t == "title":
            out += [b[1].upper(), ""]
        elif t == "h":
            out += ["", b[1].upper() if not ocr or rng.random() < 0.7 else b[1], ""]
        elif t == "p":
            out += wrap(b[1], width) + [""]
        elif t == "kv":
            for k, v in b[1]:
                out += wrap(f"{k}{colon}{v}", width)
            out.append("")
        elif t == "ul":
            for it in b[1]:
                lines = wrap(it, width - 2)
                out += ["- " + lines[0]] + ["  " + x for x in lines[1:]]
            out.append("")
        elif t == "ol":
            for i, it in enumerate(b[1], 1):
                lines = wrap(it, width - 4)
                out += [f"{i}. " + lines[0]] + ["   " + x for x in lines[1:]]
            out.append("")
        elif t == "table":
            rows = [b[1]] + b[2]
            widths = [max(len(str(r[c])) for r in rows) for c in range(len(b[1]))]
            for i, r in enumerate(rows):
                if ocr:
                    out.append((" " * rng.choice([1, 2, 3])).join(str(c) for c in r))
                else:
                    out.append("  ".join(str(c).ljust(w) for c, w in zip(r, widths)).rstrip())
                if i == 0 and not ocr:
                    out.append("  ".join("-" * w for w in widths))
            out.append("")
        elif t == "pre":
            out += b[1] + [""]
        elif t == "sig":
            out += [""] + b[1] + [""]
        elif t == "pagebreak":
            out.append("\f")
    while out and out[-1] == "":
        out.pop()
    return out


def render_markdown(doc: Doc, style: int) -> str:
    out: list[str] = []
    for b in doc.blocks:
        t = b[0]
        if t == "title":
            out += [f"# {b[1]}", ""]
        elif t == "h":
            out += [f"## {b[1]}", ""]
        elif t == "p":
            out += [b[1], ""]
        elif t == "kv":
            for k, v in b[1]:
                out.append(f"- **{k}:** {v}" if style == 0 else f"**{k}:** {v}  ")
            out.append("")
        elif t == "ul":
            out += [f"* {it}" for it in b[1]] + [""]
        elif t == "ol":
            out += [f"{i}. {it}" for i, it in enumerate(b[1], 1)] + [""]
        elif t == "table":
            out.append("| " + " | ".join(b[1]) + " |")
            out.append("|" + "|".join("---" for _ in b[1]) + "|")
            out += ["| " + " | ".join(str(c) for c in r) + " |" for r in b[2]]
            out.append("")
        elif t == "pre":
            out += ["```"] + b[1] + ["```", ""]
        elif t == "sig":
            out += [line + "  " for line in b[1]] + [""]
        elif t == "pagebreak":
            out += ["---", ""]
    return "\n".join(out).rstrip() + "\n"


FIXED = dt.datetime(2024, 1, 15, 9, 30, 0)


def render_docx(doc: Doc, kv_table: bool) -> bytes:
    d = docx.Document()
    cp = d.core_properties
    cp.author = "HR Classification"
    cp.last_modified_by = "HR Classification"
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    cp.title = ""
    for b in doc.blocks:
        t = b[0]
        if t == "title":
            d.add_heading(b[1], level=1)
        elif t == "h":
            d.add_heading(b[1], level=2)
        elif t == "p":
            d.add_paragraph(b[1])
        elif t == "kv":
            if kv_table:
                tb = d.add_table(rows=0, cols=2)
                tb.style = "Table Grid"
                for k, v in b[1]:
                    cells = tb.add_row().cells
                    cells[0].text, cells[1].text = k, str(v)
            else:
                for k, v in b[1]:
                    par = d.add_paragraph()
                    par.add_run(k + (" : " if doc.lang == "fr" else ": ")).bold = True
                    par.add_run(str(v))
        elif t == "ul":
            for it in b[1]:
                d.add_paragraph(it, style="List Bullet")
        elif t == "ol":
            for it in b[1]:
                d.add_paragraph(it, style="List Number")
        elif t == "table":
            tb = d.add_table(rows=1, cols=len(b[1]))
            tb.style = "Table Grid"
            for c, h in zip(tb.rows[0].cells, b[1]):
                c.text = h
            for r in b[2]:
                for c, v in zip(tb.add_row().cells, r):
                    c.text = str(v)
            d.add_paragraph("")
        elif t == "pre":
            for line in b[1]:
                par = d.add_paragraph()
                run = par.add_run(line)
                run.font.name = "Courier New"
                run.font.size = Pt(9)
        elif t == "sig":
            for line in b[1]:
                d.add_paragraph(line)
        elif t == "pagebreak":
            d.add_page_break()
    buf = io.BytesIO()
    d.save(buf)
    return rezip(buf.getvalue())


def rezip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(src.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 15, 9, 30, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, src.read(name))
    return out.getvalue()


def paginate(lines: list[str], per_page: int) -> list[list[str]]:
    pages, cur = [], []
    for line in lines:
        if line == "\f":
            if cur:
                pages.append(cur)
            cur = []
            continue
        cur.append(line)
        if len(cur) >= per_page:
            pages.append(cur)
            cur = []
    if cur:
        pages.append(cur)
    return pages


def render_pdf(doc: Doc) -> bytes:
    lines = render_text(doc, width=96, colon=" : " if doc.lang == "fr" else ": ")
    pages = paginate(lines, 62)
    out = []
    for i, pg in enumerate(pages, 1):
        foot = doc.footer.format(i=i, n=len(pages))
        out.append("\n".join(([doc.header, ""] if doc.header else []) + pg + (["", foot] if foot else [])))
    return pdf_bytes(out)


# --- OCR ---------------------------------------------------------------------------------------

DIGIT_OCR = {"0": ["O", "o"], "1": ["I", "l"], "5": ["S"], "8": ["B"], "2": ["Z"], "6": ["b"]}
LETTER_OCR = [("rn", "m"), ("m", "rn"), ("cl", "d"), ("e", "c"), ("li", "h"), ("i", "l"), ("t", "l"),
              ("u", "n"), ("h", "b")]
STRENGTH = {"light": (0.15, 0.01, 0.01), "middling": (0.4, 0.03, 0.03), "heavy": (0.7, 0.06, 0.05)}


def damage_line(line: str, rng: random.Random, strength: str, names: list[str]) -> str:
    pd, pl, pj = STRENGTH[strength]
    protected = {}
    for i, n in enumerate(names):
        if n in line:
            key = f"\x01{i}\x01"
            protected[key] = n
            line = line.replace(n, key)
    toks = line.split(" ")
    out = []
    for tok in toks:
        if "\x01" in tok:
            out.append(tok)
            continue
        if any(ch.isdigit() for ch in tok) and rng.random() < pd:
            chars = []
            for ch in tok:
                opts = DIGIT_OCR.get(ch)
                if opts and (ch in "0158" or strength == "heavy") and rng.random() < 0.6:
                    chars.append(rng.choice(opts))
                else:
                    chars.append(ch)
            tok = "".join(chars)
        elif tok.isalpha() and len(tok) > 3 and rng.random() < pl:
            a, b = rng.choice(LETTER_OCR)
            if a in tok[1:]:
                k = tok.index(a, 1)
                tok = tok[:k] + b + tok[k + len(a):]
        out.append(tok)
    # words run together
    res = out[0] if out else ""
    for tok in out[1:]:
        res += ("" if rng.random() < pj and tok and res and "\x01" not in tok + res[-3:] else " ") + tok
    for k, n in protected.items():
        res = res.replace(k, n)
    return res


def hyphenate(lines: list[str], width: int, rng: random.Random) -> list[str]:
    out = []
    for line in lines:
        while len(line) > width:
            cut = line.rfind(" ", 0, width)
            if cut < width // 2:
                cut = width
            word_end = line.find(" ", cut + 1)
            word_end = len(line) if word_end < 0 else word_end
            word = line[cut + 1:word_end]
            if len(word) > 7 and word.isalpha() and rng.random() < 0.5 and cut + 1 + len(word) // 2 <= width + 6:
                k = len(word) // 2
                out.append(line[:cut + 1 + k] + "-")
                line = line[cut + 1 + k:]
            else:
                out.append(line[:cut].rstrip())
                line = line[cut:].lstrip()
        out.append(line)
    return out


def render_ocr(doc: Doc, rng: random.Random, strength: str) -> str:
    lines = render_text(doc, width=200, colon=" : " if doc.lang == "fr" else ": ", ocr=True, rng=rng)
    lines = hyphenate(lines, rng.choice([76, 78, 80]), rng)
    pages = paginate(lines, 54)
    out = []
    names = sorted(doc.people, key=len, reverse=True)
    for i, pg in enumerate(pages, 1):
        body = []
        if doc.header:
            body += [damage_line(doc.header, rng, strength, names), ""]
        for line in pg:
            body.append(damage_line(line, rng, strength, names) if line else "")
        foot = doc.footer.format(i=i, n=len(pages)) if doc.footer else f"- {i} -"
        body += ["", damage_line(foot, rng, strength, names)]
        out.append("\n".join(body))
    return "\n\f".join(out) + "\n"


def write(doc: Doc, rng: random.Random, style: dict) -> None:
    path = CORPUS / doc.name
    if doc.kind == "markdown":
        path.write_text(render_markdown(doc, style.get("md", 0)), encoding="utf-8")
    elif doc.kind == "text":
        lines = render_text(doc, colon=" : " if doc.lang == "fr" else ": ")
        path.write_text("\n".join(lines).replace("\f", "") + "\n", encoding="utf-8")
    elif doc.kind == "text-cp1252":
        lines = render_text(doc, colon=" : " if doc.lang == "fr" else ": ")
        s = "\r\n".join(lines).replace("\f", "") + "\r\n"
        s = s.replace("'", "\u2019").replace("\u00a0", " ")
        s = re.sub(r'"([^"\r\n]*)"', "\u201c\\1\u201d", s)
        path.write_bytes(s.encode("cp1252"))
    elif doc.kind == "docx":
        path.write_bytes(render_docx(doc, style.get("kv_table", False)))
    elif doc.kind == "pdf":
        path.write_bytes(render_pdf(doc))
    elif doc.kind == "ocr":
        path.write_text(render_ocr(doc, rng, doc.damage), encoding="utf-8")
    else:
        raise ValueError(doc.kind)


# ---------------------------------------------------------------------------------------------
# labels

LAB = {
    "en": dict(title="Position Title", posnum="Position Number", job_code="Job Code", level="Group and Level",
               location="Location", dept="Department", sup_title="Supervisor's Position Title",
               sup_level="Supervisor's Group and Level", sup_posnum="Supervisor's Position Number",
               eff="Effective Date", fte="Total FTEs", salary="Salary", om="O&M", total="Total",
               ga="General Accountability", org="Organization Structure", dims="Dimensions",
               sa="Specific Accountabilities", file_no="File Number", action="Type of Action",
               requested="Requested Classification", previous="Previous Classification",
               eval="Evaluation (Hay Guide Chart-Profile Method)", factor="Factor", rating="Rating",
               points="Points", kh="Know-How", ps="Problem Solving", ac="Accountability",
               total_pts="Total points", relativity="Relativity and Benchmark Positions", decision="Decision",
               wd="Work Description", chart="Organization Chart (extract)", bm_title="Position",
               bm_level="Level", bm_posnum="Position No.", bm_dept="Dept.", bm_budget="Budget", bm_fte="FTEs",
               rep_title="Position", rep_level="Group-Level", rep_fte="FTEs", req_date="Date of Request",
               requested_by="Requested by"),
    "fr": dict(title="Titre du poste", posnum="Numéro du poste", job_code="Code d'emploi", level="Groupe et niveau",
               location="Lieu de travail", dept="Ministère", sup_title="Titre du poste du superviseur",
               sup_level="Groupe et niveau du superviseur", sup_posnum="Numéro du poste du superviseur",
               eff="Date d'entrée en vigueur", fte="ETP total", salary="Salaires", om="F et E", total="Total",
               ga="Responsabilité générale", org="Structure organisationnelle", dims="Dimensions",
               sa="Activités principales", file_no="Numéro de dossier", action="Type de mesure",
               requested="Classification demandée", previous="Classification antérieure",
               eval="Évaluation (méthode des profils et des guides-chartes Hay)", factor="Facteur",
               rating="Cote", points="Points", kh="Savoir-faire", ps="Résolution de problèmes",
               ac="Responsabilisation", total_pts="Total des points",
               relativity="Relativité et postes repères", decision="Décision", wd="Description de travail",
               chart="Organigramme (extrait)", bm_title="Poste", bm_level="Niveau", bm_posnum="No de poste",
               bm_dept="Min.", bm_budget="Budget", bm_fte="ETP", rep_title="Poste", rep_level="Groupe-niveau",
               rep_fte="ETP", req_date="Date de la demande", requested_by="Demandé par"),
}


def lab(lang: str, key: str) -> str:
    if lang == "bilingual":
        return f"{LAB['en'][key]} / {LAB['fr'][key]}"
    return LAB[lang][key]


def L1(lang):  # the language values are written in
    return "fr" if lang == "fr" else "en"


def ptitle(p, lang, both=True):
    if lang == "fr":
        return p.title_fr
    if lang == "bilingual" and both:
        return f"{p.title_en} / {p.title_fr}"
    return p.title_en


def rtitle(r, lang, both=False):
    if lang == "fr":
        return r["title_fr"]
    if lang == "bilingual" and both:
        return f"{r['title_en']} / {r['title_fr']}"
    return r["title_en"]


def fte_word(n, lang):
    if lang == "fr":
        return f"{n} ETP"
    if lang == "bilingual":
        return f"{n} FTE/ETP"
    return f"{n} FTE" + ("s" if n != 1 else "")


# ---------------------------------------------------------------------------------------------
# the work description part

def wd_blocks(doc: Doc, p: Position, o: dict, rng: random.Random) -> None:
    lang, vl = doc.lang, L1(doc.lang)
    kv = [(lab(lang, "title"), ptitle(p, lang))]
    if lang == "bilingual" and o.get("split_title"):
        kv = [(LAB["en"]["title"], p.title_en), (LAB["fr"]["title"], p.title_fr)]
    if o["posnum"] == "shown":
        kv.append((lab(lang, "posnum"), p.posnum))
    elif o["posnum"] == "new":
        kv.append((lab(lang, "posnum"), {"en": "New - to be assigned", "fr": "Nouveau - à déterminer",
                                         "bilingual": "New / Nouveau"}[lang]))
    if o["job_code"]:
        kv.append((lab(lang, "job_code"), p.job_code))
    lvl = o["wd_level"]
    if lvl == "decided":
        kv.append((lab(lang, "level"), p.level))
    elif lvl == "requested":
        kv.append((lab(lang, "level"), f"{p.requested} ({'proposé' if lang == 'fr' else 'proposed'})"))
    elif lvl == "previous":
        kv.append((lab(lang, "level"), p.previous))
    if o["wd_date"]:
        kv.append((lab(lang, "eff"), date_str(p.date, o["date"], vl)))
    if o["location"]:
        kv.append((lab(lang, "location"), p.loc_fr if lang == "fr" else p.loc_en))
    if o["sup"] == "block":
        kv.append((lab(lang, "sup_title"), p.sup_fr if lang == "fr" else p.sup_en))
        kv.append((lab(lang, "sup_level"), p.sup_level))
        if o["sup_posnum"]:
            kv.append((lab(lang, "sup_posnum"), p.sup_posnum))
    doc.add("kv", kv)
    doc.add("h", lab(lang, "ga"))
    ga = rng.choice(T.GA_FR if lang == "fr" else T.GA_EN)
    unit = p.unit[1] if lang == "fr" else p.unit[0]
    doc.add("p", ga.format(title=ptitle(p, lang, False), unit=unit, unit_l=unit.lower() if lang != "fr" else unit[0].lower() + unit[1:],
                           dept_short=p.dept[2]))
    if lang == "bilingual":
        doc.add("p", rng.choice(T.GA_FR).format(title=p.title_fr, unit_l=p.unit[1][0].lower() + p.unit[1][1:]))
    doc.add("h", lab(lang, "org"))
    sup_t = p.sup_fr if lang == "fr" else p.sup_en
    if o["sup"] == "line":
        if lang == "fr":
            s = f"Relève de : {sup_t} ({p.sup_level}" + (f", poste {p.sup_posnum})" if o["sup_posnum"] else ")")
        else:
            s = f"Reports to: {sup_t} ({p.sup_level}" + (f", position {p.sup_posnum})" if o["sup_posnum"] else ")")
        doc.add("p", s)
    reports_blocks(doc, p, o, rng)
    doc.add("h", lab(lang, "dims"))
    dims = []
    if o["fte"]:
        dims.append((lab(lang, "fte"), str(p.fte)))
    m = o["money"]
    dims.append((lab(lang, "salary"), money(p.salary, m, vl)))
    dims.append((lab(lang, "om"), small_money(p.o_and_m, m, vl)))
    if o["total"]:
        dims.append((lab(lang, "total"), money(p.total, m, vl)))
    doc.add("kv", dims)
    doc.add("h", lab(lang, "sa"))
    doc.add("ol", rng.sample(T.SA_FR if lang == "fr" else T.SA_EN, 5))


def chart_lines(doc: Doc, p: Position, o: dict, with_reports: bool) -> list[str]:
    lang = doc.lang
    fr = lang == "fr"
    sup_t = p.sup_fr if fr else p.sup_en
    mark = {"en": "<== position under review", "fr": "<== poste à l'étude",
            "bilingual": "<== position under review / poste à l'étude"}[lang]
    top = f"{sup_t} ({p.sup_level})" + (f" - {'poste' if fr else 'pos.'} {p.sup_posnum}" if o["sup_posnum"] else "")
    me = f"{ptitle(p, lang, False)} ({p.level})" + (f" - {'poste' if fr else 'pos.'} {p.posnum}"
                                                     if o["posnum"] == "shown" else "")
    lines = [top, "  |", f"  +-- {me}   {mark}"]
    if with_reports:
        for r in p.reports:
            f = f" - {fte_word(r['fte'], lang)}" if o["rep_fte"] else ""
            lines.append(f"  |     +-- {rtitle(r, lang)} ({r['classification']}){f}")
    for pt_en, pt_fr, lv, pn in p.peers:
        lines.append(f"  +-- {pt_fr if fr else pt_en} ({lv}) - {'poste' if fr else 'pos.'} {pn}")
    return lines


def reports_blocks(doc: Doc, p: Position, o: dict, rng: random.Random) -> None:
    lang = doc.lang
    fr = lang == "fr"
    lay = o["reports"]
    both = lang == "bilingual"
    if lay == "chart":
        doc.add("p", {"en": "The position's place in the organization:", "fr": "Place du poste dans l'organisation :",
                      "bilingual": "Organization chart / Organigramme:"}[lang])
        doc.add("pre", chart_lines(doc, p, o, True))
        return
    intro = {"en": f"The following positions report directly to the {p.title_en}:",
             "fr": f"Les postes suivants relèvent directement du titulaire :",
             "bilingual": "Direct reports / Subordonnés directs:"}[lang]
    if lay == "ul":
        doc.add("p", intro)
        items = []
        for r in p.reports:
            inside = r["classification"] + (f", {fte_word(r['fte'], lang)}" if o["rep_fte"] else "")
            items.append(f"{rtitle(r, lang, both)} ({inside})")
        doc.add("ul", items)
    elif lay == "dash":
        doc.add("p", intro)
        doc.add("ul", [f"{r['classification']} – {rtitle(r, lang, both)}" +
                       (f" – {fte_word(r['fte'], lang)}" if o["rep_fte"] else "") for r in p.reports])
    elif lay == "table":
        doc.add("p", intro)
        head = [lab(lang, "rep_title"), lab(lang, "rep_level")] + ([lab(lang, "rep_fte")] if o["rep_fte"] else [])
        rows = [[rtitle(r, lang, both), r["classification"]] + ([str(r["fte"])] if o["rep_fte"] else [])
                for r in p.reports]
        doc.add("table", head, rows)
    elif lay == "prose":
        parts = [f"{'le' if fr else 'the'} {rtitle(r, lang)} ({r['classification']}" +
                 (f", {fte_word(r['fte'], lang)})" if o["rep_fte"] else ")") for r in p.reports]
        joined = ", ".join(parts[:-1]) + (" et " if fr else " and ") + parts[-1]
        if fr:
            doc.add("p", f"Le poste compte {len(parts)} subordonnés directs : {joined}.")
        else:
            doc.add("p", f"The {p.title_en} has {len(parts)} direct reports: {joined}.")
    else:
        raise ValueError(lay)


# ---------------------------------------------------------------------------------------------
# the decision part

def eval_table(doc: Doc, p: Position) -> None:
    lang = doc.lang
    vl = L1(lang)
    kr, kp, pr, pp, ar, ap = p.hay
    doc.add("table", [lab(lang, "factor"), lab(lang, "rating"), lab(lang, "points")],
            [[lab(lang, "kh"), kr, str(kp)], [lab(lang, "ps"), pr, str(pp)], [lab(lang, "ac"), ar, str(ap)],
             [lab(lang, "total_pts"), "", pts(kp + pp + ap, vl)]])


def eval_line(doc: Doc, p: Position) -> str:
    kr, kp, pr, pp, ar, ap = p.hay
    if doc.lang == "fr":
        return (f"SF {kr} {kp} ; RP {pr} {pp} ; R {ar} {ap} ; total des points : {pts(kp + pp + ap, 'fr')}")
    return f"KH {kr} {kp}; PS {pr} {pp}; ACC {ar} {ap}; Total points {pts(kp + pp + ap, 'en')}"


def relativity(doc: Doc, p: Position, o: dict) -> None:
    lang = doc.lang
    vl = L1(lang)
    doc.add("h", lab(lang, "relativity"))
    if lang == "fr":
        doc.add("p", "Les postes suivants ont servi à établir la relativité ; leurs niveaux et budgets ne sont "
                     "pas ceux du poste évalué.")
    elif lang == "en":
        doc.add("p", "The following positions were used for relativity. Their levels and budgets are given for "
                     "comparison only.")
    else:
        doc.add("p", "Comparison positions / Postes de comparaison:")
    rows = []
    for b in p.benchmarks:
        rows.append([b["code"], b["title_fr"] if lang == "fr" else b["title_en"], b["level"], b["posnum"], b["dept"],
                     money(b["budget"], o["money"], vl), str(b["fte"]), pts(b["points"], vl)])
    doc.add("table", ["Ref.", lab(lang, "bm_title"), lab(lang, "bm_level"), lab(lang, "bm_posnum"),
                      lab(lang, "bm_dept"), lab(lang, "bm_budget"), lab(lang, "bm_fte"), lab(lang, "points")], rows)


def decision_sentence(doc: Doc, p: Position, o: dict) -> list[str]:
    lang = doc.lang
    out = []
    for lg in (["en", "fr"] if lang == "bilingual" else [lang]):
        d = date_str(p.date, o["date"], lg)
        if lg == "en":
            s = rng_pick(o, [f"Classified at {p.level} effective {d}.",
                             f"The position is classified at the {p.level} level, effective {d}.",
                             f"Decision: {p.level}, effective {d}."])
            if p.requested:
                s += f" The requested level ({p.requested}) is not supported by the evaluation."
            if p.previous:
                s += f" The position was formerly {p.previous}."
        else:
            s = rng_pick(o, [f"Classé au niveau {p.level} à compter du {d}.",
                             f"Le poste est classifié {p.level} en date du {d}.",
                             f"Décision : {p.level}, en vigueur le {d}."])
            if p.requested:
                s += f" Le niveau demandé ({p.requested}) n'est pas appuyé par l'évaluation."
            if p.previous:
                s += f" Le poste était anciennement classifié {p.previous}."
        out.append(s)
    return out


def rng_pick(o, options):
    return options[o["variant"] % len(options)]


def signatures(doc: Doc, p: Position, o: dict, roles: list[str]) -> None:
    lang = doc.lang
    names = {"en": {"advisor": "Classification Advisor", "chair": "Chair, Executive Classification Committee",
                    "manager": "Delegated Manager", "incumbent": "Incumbent", "requester": "Requested by"},
             "fr": {"advisor": "Conseillère en classification", "chair": "Présidence, Comité de classification des cadres",
                    "manager": "Gestionnaire délégué", "incumbent": "Titulaire", "requester": "Demandé par"}}
    vl = L1(lang)
    lines = []
    for r in roles:
        who = doc.person(p.people[r])
        role = names[vl][r] if lang != "bilingual" else f"{names['en'][r]} / {names['fr'][r]}"
        d = p.date - dt.timedelta(days=(9 if r == "chair" else 16))
        lines.append(f"{role}: {who}    {'Date' if vl == 'en' else 'Date'}: {date_str(d, 'iso', vl)}")
    doc.add("sig", lines)


def decision_record(doc: Doc, p: Position, o: dict, rng: random.Random) -> None:
    """Form A: a classification decision record, the work description attached after it."""
    lang = doc.lang
    vl = L1(lang)
    doc.add("title", {"en": "Classification Decision Record - Executive Group",
                      "fr": "Fiche de décision de classification - Groupe de la direction",
                      "bilingual": "Classification Decision Record / Fiche de décision de classification"}[lang])
    head = [(lab(lang, "dept"), p.dept[1] if lang == "fr" else p.dept[0]), (lab(lang, "file_no"), p.file_no)]
    act = {"en": ("Reclassification" if p.previous else "New position" if o["posnum"] == "new" else "Review"),
           "fr": ("Reclassification" if p.previous else "Nouveau poste" if o["posnum"] == "new" else "Examen")}
    head.append((lab(lang, "action"), act[vl] if lang != "bilingual" else f"{act['en']} / {act['fr']}"))
    if p.requested:
        head.append((lab(lang, "requested"), p.requested))
    if p.previous:
        head.append((lab(lang, "previous"), p.previous))
    head.append((lab(lang, "requested_by"), doc.person(p.people["requester"])))
    doc.add("kv", head)
    doc.add("h", lab(lang, "eval"))
    eval_table(doc, p)
    lo, hi = BANDS[p.level]
    if vl == "en":
        doc.add("p", f"{p.level} point band: {pts(lo, 'en')} to {pts(hi, 'en')} points.")
    else:
        doc.add("p", f"Bande de points {p.level} : {pts(lo, 'fr')} à {pts(hi, 'fr')} points.")
    relativity(doc, p, o)
    doc.add("h", lab(lang, "decision"))
    for s in decision_sentence(doc, p, o):
        doc.add("p", s)
    signatures(doc, p, o, ["advisor", "chair"])
    doc.add("pagebreak")
    doc.add("h", {"en": "Appendix A - Work Description", "fr": "Annexe A - Description de travail",
                  "bilingual": "Appendix A - Work Description / Annexe A - Description de travail"}[lang])
    wd_blocks(doc, p, o, rng)
    signatures(doc, p, o, ["incumbent", "manager"])


def rationale(doc: Doc, p: Position, o: dict, rng: random.Random) -> None:
    """Form B: a classification rationale in prose, the Hay ratings inline, then the work description."""
    lang = doc.lang
    vl = L1(lang)
    pn = f" ({'poste' if vl == 'fr' else 'position'} {p.posnum})" if o["posnum"] == "shown" else ""
    if lang == "fr":
        doc.add("title", "Justification de la classification")
        doc.add("p", f"Objet : {p.title_fr}{pn}, {p.dept[1]}")
        doc.add("h", "Contexte")
        s = f"La direction a demandé l'évaluation du poste de {p.title_fr}"
        if p.requested:
            s += f" au niveau {p.requested}"
        s += "."
        if p.previous:
            s += f" Le poste, anciennement {p.previous}, a vu ses responsabilités s'accroître."
        doc.add("p", s)
    else:
        doc.add("title", "Classification Rationale" if lang == "en" else
                "Classification Rationale / Justification de la classification")
        doc.add("p", f"Subject: {p.title_en}{pn}, {p.dept[0]}")
        doc.add("h", "Background")
        s = f"Management requested an evaluation of the {p.title_en} position"
        if p.requested:
            s += f" at the {p.requested} level"
        s += "."
        if p.previous:
            s += f" The position, formerly {p.previous}, has taken on a broader mandate."
        doc.add("p", s)
    doc.add("h", lab(lang, "eval"))
    for para in rng.sample(T.RATIONALE_FR if vl == "fr" else T.RATIONALE_EN, 2):
        doc.add("p", para)
    doc.add("p", eval_line(doc, p))
    b = p.benchmarks[0]
    if vl == "fr":
        doc.add("p", f"Le poste repère {b['code']}, {b['title_fr']} ({b['level']}, poste {b['posnum']}, "
                     f"{b['fte']} ETP, budget de {money(b['budget'], o['money'], 'fr')}), totalise "
                     f"{pts(b['points'], 'fr')} points.")
    else:
        doc.add("p", f"Benchmark {b['code']}, {b['title_en']} ({b['level']}, position {b['posnum']}, {b['fte']} "
                     f"FTEs, budget of {money(b['budget'], o['money'], 'en')}), rates {pts(b['points'], 'en')} points.")
    if o.get("chart_in_decision"):
        doc.add("h", lab(lang, "chart"))
        doc.add("pre", chart_lines(doc, p, o, False))
    doc.add("h", lab(lang, "decision"))
    for s in decision_sentence(doc, p, o):
        doc.add("p", s)
    signatures(doc, p, o, ["advisor"])
    doc.add("h", lab(lang, "wd"))
    wd_blocks(doc, p, o, rng)
    signatures(doc, p, o, ["incumbent", "manager"])


def committee_extract(doc: Doc, p: Position, o: dict, rng: random.Random) -> None:
    """Form C: an extract of the committee's record of decision, the work description annexed."""
    lang = doc.lang
    vl = L1(lang)
    meet = p.date - dt.timedelta(days=14)
    item = rng.randint(2, 7)
    if lang == "fr":
        doc.add("title", "Comité de classification des cadres - Relevé de décision (extrait)")
        doc.add("p", f"Réunion du {date_str(meet, o['date'], 'fr')} - point {item}")
    elif lang == "en":
        doc.add("title", "Executive Classification Committee - Record of Decision (extract)")
        doc.add("p", f"Meeting of {date_str(meet, o['date'], 'en')} - Item {item}")
    else:
        doc.add("title", "Executive Classification Committee / Comité de classification des cadres")
        doc.add("p", f"Record of Decision / Relevé de décision - {meet.isoformat()} - Item / point {item}")
    kv = [(lab(lang, "title"), ptitle(p, lang)),
          (lab(lang, "dept"), p.dept[1] if lang == "fr" else p.dept[0] if lang == "en" else f"{p.dept[0]} / {p.dept[1]}")]
    if o["posnum"] == "shown":
        kv.append((lab(lang, "posnum"), p.posnum))
    if p.requested:
        kv.append((lab(lang, "requested"), p.requested))
    if p.previous:
        kv.append((lab(lang, "previous"), p.previous))
    kv.append((lab(lang, "eval"), eval_line(doc, p)))
    doc.add("kv", kv)
    members = [doc.person(p.people["chair"]), doc.person(p.people["advisor"])]
    if vl == "fr":
        doc.add("p", f"Membres présents : {members[0]} (présidence), {members[1]}.")
    else:
        doc.add("p", f"Members present: {members[0]} (Chair), {members[1]}.")
    relativity(doc, p, o)
    doc.add("h", lab(lang, "decision"))
    for s in decision_sentence(doc, p, o):
        doc.add("p", s)
    doc.add("pagebreak")
    doc.add("h", {"en": "Annex - Work Description as evaluated", "fr": "Annexe - Description de travail évaluée",
                  "bilingual": "Annex / Annexe - Work Description / Description de travail"}[lang])
    wd_blocks(doc, p, o, rng)
    signatures(doc, p, o, ["incumbent", "manager"])


def wd_with_box(doc: Doc, p: Position, o: dict, rng: random.Random) -> None:
    """Form D: the work description first, a classification action box at its end."""
    lang = doc.lang
    vl = L1(lang)
    doc.add("title", {"en": "Executive Work Description", "fr": "Description de travail - Cadre de direction",
                      "bilingual": "Executive Work Description / Description de travail de cadre"}[lang])
    if o.get("dept_line", True):
        doc.add("p", p.dept[1] if lang == "fr" else p.dept[0] if lang == "en" else f"{p.dept[0]} / {p.dept[1]}")
    wd_blocks(doc, p, o, rng)
    signatures(doc, p, o, ["incumbent", "manager"])
    doc.add("h", {"en": "Classification Action (HR use only)", "fr": "Mesure de classification (usage des RH)",
                  "bilingual": "Classification Action / Mesure de classification"}[lang])
    kv = []
    if p.requested:
        kv.append((lab(lang, "requested"), p.requested))
    if p.previous:
        kv.append((lab(lang, "previous"), p.previous))
    kv += [({"en": "Approved Group and Level", "fr": "Groupe et niveau approuvés",
             "bilingual": "Approved Group and Level / Groupe et niveau approuvés"}[lang], p.level),
           (lab(lang, "eff"), date_str(p.date, o["date"], vl)),
           ({"en": "Rating", "fr": "Cotation", "bilingual": "Rating / Cotation"}[lang], eval_line(doc, p)),
           ({"en": "Benchmarks", "fr": "Postes repères", "bilingual": "Benchmarks / Postes repères"}[lang],
            "; ".join(f"{b['code']} {b['title_fr'] if lang == 'fr' else b['title_en']} ({b['level']}, "
                      f"{b['posnum']}, {money(b['budget'], o['money'], vl)})" for b in p.benchmarks))]
    doc.add("kv", kv)
    signatures(doc, p, o, ["advisor"])


FORMS = {"record": decision_record, "rationale": rationale, "committee": committee_extract, "box": wd_with_box}


# ---------------------------------------------------------------------------------------------
# options of one document

def options(rng: random.Random, p: Position, lang: str, form: str, variant: int) -> dict:
    o = {"variant": variant}
    r = rng.random()
    o["posnum"] = "shown" if r < 0.8 else ("new" if r < 0.9 else "absent")
    o["job_code"] = rng.random() < 0.75
    if p.requested and rng.random() < 0.7:
        o["wd_level"] = "requested"
    else:
        o["wd_level"] = rng.choice(["decided", "decided", "none"])
    o["wd_date"] = rng.random() < 0.5
    o["location"] = rng.random() < 0.9
    o["reports"] = rng.choice(["ul", "table", "dash", "prose", "chart", "ul", "table"])
    o["sup"] = rng.choice(["block", "block", "line", "line", "chart"] if o["reports"] == "chart" else
                          ["block", "block", "line"])
    o["sup_posnum"] = rng.random() < 0.7
    o["rep_fte"] = rng.random() < 0.85
    o["fte"] = rng.random() < 0.8
    o["total"] = rng.random() < 0.8
    o["money"] = rng.choice(["full", "cents", "M", "K", "words", "full", "M"])
    o["date"] = rng.choice(["long", "iso", "dmy", "slash", "long"] if lang != "fr" else ["long", "iso", "long"])
    o["split_title"] = rng.random() < 0.4
    o["chart_in_decision"] = form == "rationale" and o["sup"] != "chart" and rng.random() < 0.5
    return o


def truth(doc: Doc, p: Position, o: dict, form: str, extra: dict | None = None) -> dict:
    lang = doc.lang
    fr = lang == "fr"
    posnum = p.posnum if o["posnum"] == "shown" else None
    sup_shown = o["sup"] in ("block", "line", "chart")
    f = {
        "title": p.title_fr if fr else p.title_en,
        "classification": p.level,
        "job_code": p.job_code if o["job_code"] else None,
        "position_number": posnum,
        "effective_date": p.date,
        "supervisor": {"position_number": p.sup_posnum if o["sup_posnum"] else None,
                       "title": (p.sup_fr if fr else p.sup_en) if sup_shown else None,
                       "classification": p.sup_level if sup_shown else None},
        "direct_reports": [{"title": r["title_fr"] if fr else r["title_en"], "classification": r["classification"],
                            "fte": r["fte"] if o["rep_fte"] else None} for r in p.reports],
        "salary": p.salary,
        "o_and_m": p.o_and_m,
        "total": p.total if o["total"] else None,
        "location": (p.loc_fr if fr else p.loc_en) if o["location"] else None,
    }
    ns = [k for k in ("job_code", "position_number", "total", "location") if f[k] is None]
    ns += [f"supervisor.{k}" for k in ("position_number", "title", "classification") if f["supervisor"][k] is None]
    also = {"department": p.dept[1] if fr else p.dept[0], "form": FORM_NAMES[form]}
    if o["fte"]:
        also["fte"] = p.fte
    if lang == "bilingual":
        also["title_fr"] = p.title_fr
        also["title_en"] = p.title_en
    if p.requested:
        also["requested_level"] = p.requested
    if p.previous:
        also["previous_level"] = p.previous
    if o["wd_level"] == "requested":
        also["work_description_prints"] = f"{p.requested} (proposed), not the decided level"
    also["hay_total_points"] = sum(p.hay[1::2])
    shown = p.benchmarks[:1] if form == "rationale" else p.benchmarks
    also["benchmark_positions_not_own"] = [b["posnum"] for b in shown]
    if o["posnum"] == "new":
        also["position_number_printed"] = "new / to be assigned"
    if o["sup"] == "chart" or o["reports"] == "chart" or o.get("chart_in_decision"):
        also["organization_chart"] = True
        also["peers_not_reports"] = [x[0] if not fr else x[1] for x in p.peers]
    also["supervisor_layout"] = o["sup"]
    also["reports_layout"] = o["reports"]
    if doc.damage:
        also["damage"] = doc.damage
    if extra:
        also.update(extra)
    return {"document": doc.name, "kind": doc.kind, "language": lang, "outcome": "import", "fields": f,
            "not_stated": ns, "also": also, "people": list(doc.people), "versions": None}


FORM_NAMES = {"record": "classification decision record, work description as Appendix A",
              "rationale": "classification rationale in prose (Hay ratings inline), then the work description",
              "committee": "committee record of decision (extract), work description annexed",
              "box": "work description with a classification action box at the end"}

EXT = {"markdown": ".md", "text": ".txt", "text-cp1252": ".txt", "docx": ".docx", "pdf": ".pdf", "ocr": ".txt"}


def file_name(rng: random.Random, p: Position, kind: str, lang: str, form: str, used: set) -> str:
    """Names as people give them; a rationale's name says rationale, a committee extract's may say committee."""
    ext = EXT[kind]
    t = p.title_fr if lang == "fr" else p.title_en
    short = p.unit[0].split()[0]
    if kind == "ocr":
        pats = [f"scan_{p.date.isoformat()}_{short}{ext}", f"SCAN0{rng.randint(100, 999)} - {t} decision{ext}",
                f"{p.file_no} scanned{ext}", f"{t} - Hay rating and WD (scan){ext}"]
    elif lang == "fr":
        pats = [f"Décision de classification – {t}{ext}",
                f"Justification {t} - signé{ext}" if form == "rationale" else f"Comité {t} - relevé{ext}",
                f"{p.file_no} {t}{ext}", f"DC {t} ({p.level}){ext}"]
    elif lang == "bilingual":
        pats = [f"{p.title_en} - classification décision bilingue{ext}", f"{p.file_no} - {p.title_en} (EN-FR){ext}",
                f"{p.title_en}, {p.level} - FINAL{ext}"]
    else:
        pats = [f"{t} - classification decision{ext}", f"{p.file_no} {t} - signed{ext}",
                f"{t} (decision package){ext}",
                f"Classification rationale - {t}{ext}" if form == "rationale" else f"ECC {t} - ROD{ext}",
                f"{t}, {p.level} - Hay evaluation and WD{ext}", f"EX classification {short} {p.date.year}{ext}"]
    for name in rng.sample(pats, len(pats)):
        if name not in used:
            used.add(name)
            return name
    name = f"{t} ({len(used)}){ext}"
    used.add(name)
    return name


def set_frame(doc: Doc, p: Position, rng: random.Random) -> None:
    if doc.kind in ("pdf", "ocr"):
        hd = rng.choice(["PROTECTED B (when completed)", f"{p.dept[2]} - Classification",
                         "PROTÉGÉ B (une fois rempli)" if doc.lang == "fr" else "Executive Group Classification", ""])
        doc.header = hd
        doc.footer = rng.choice(["Page {i} of {n}", "- {i} -", "{i}/{n}"] if doc.lang == "en" else
                                ["Page {i} de {n}", "- {i} -", "{i}/{n}"] if doc.lang == "fr" else
                                ["Page {i} of/de {n}", "{i}/{n}"])


def dump(path: Path, data: dict) -> None:
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=110), encoding="utf-8")


# ---------------------------------------------------------------------------------------------
# documents to refuse

def refusals(rng: random.Random, names: set, used: set) -> list[tuple[Doc, dict]]:
    out = []
    pool = list(BENCH_UNITS)
    # 1. a Hay rating sheet alone (PDF)
    d = Doc("Hay rating sheet - Director, Compensation Systems.pdf", "pdf", "en")
    a, b = Person(rng, names).name, Person(rng, names).name
    d.header, d.footer = "Job Evaluation - Executive Group", "Page {i} of {n}"
    d.add("title", "Job Evaluation Rating Sheet - Hay Guide Chart-Profile Method")
    d.add("kv", [("Position Title", "Director, Compensation Systems"), ("Position Number", "61742"),
                 ("Department", "Public Services and Procurement Canada"), ("Level Evaluated", "EX-01"),
                 ("Evaluation Date", "2022-02-08")])
    d.add("table", ["Factor", "Rating", "Points", "Comments"],
          [["Know-How", "F III 3", "528", "Broad program mastery"], ["Problem Solving", "F 4 (57%)", "304", ""],
           ["Accountability", "F 3 P", "350", "Salary budget $4.1M"], ["Total points", "", "1,182", ""]])
    d.add("p", "Profile: P2. Evaluation board consensus reached on all three factors. This sheet is not a work "
               "description; the work description is on file under CL-2022-0311.")
    d.add("sig", [f"Evaluator: {d.person(a)}", f"Evaluator: {d.person(b)}"])
    out.append((d, {"why": "a Hay rating sheet alone, no work description"}))
    # 2. a benchmark index (Markdown)
    d = Doc("EX benchmark index 2023.md", "markdown", "en")
    d.add("title", "Executive Group Benchmark Index - 2023 update")
    d.add("p", "Departmental benchmark positions used for relativity in EX classification decisions. Figures are "
               "those of the benchmark at the time it was adopted.")
    rows = []
    for k in range(14):
        lv = rng.choice(["EX-01", "EX-02", "EX-03"])
        t_en, _ = title_of(lv, rng.choice(pool), False, rng)
        h = rng.choice(HAY[lv])
        rows.append([f"EX-BM-{k + 1:02d}", t_en, lv, str(rng.randint(10000, 99999)),
                     f"{h[0]} / {h[2]} / {h[4]}", f"{h[1] + h[3] + h[5]:,}", money(rng.randint(20, 300) * 100000, 'M', 'en')])
    d.add("table", ["Code", "Benchmark title", "Level", "Position No.", "KH / PS / ACC", "Total points", "Budget"], rows)
    c = Person(rng, names).name
    d.add("p", f"Maintained by {d.person(c)}, Classification Centre of Expertise.")
    out.append((d, {"why": "an index of benchmark positions"}))
    # 3. a grievance decision letter (Word, French)
    d = Doc("Décision grief classification - Thibault.docx", "docx", "fr")
    g, h2 = Person(rng, names).name, Person(rng, names).name
    d.add("p", "Le 14 septembre 2022")
    d.add("p", f"{d.person(g)}")
    d.add("p", "Objet : Décision relative à votre grief de classification (dossier GR-2022-117)")
    d.add("p", f"Madame, Monsieur, le Comité de règlement des griefs de classification a examiné votre grief "
               f"contestant la classification du poste 48213, Gestionnaire, Services à la clientèle, actuellement "
               f"classifié PM-05. Le Comité a conclu que le poste est correctement classifié PM-05, à compter du "
               f"1er avril 2022. Le niveau demandé (PM-06) n'est pas retenu. Cette décision est finale et exécutoire.")
    d.add("p", "Le poste relève du Directeur, Services à la clientèle (EX-01, poste 40917).")
    d.add("p", "Veuillez agréer nos salutations distinguées.")
    d.add("sig", [f"{d.person(h2)}", "Présidente, Comité de règlement des griefs de classification"])
    out.append((d, {"why": "a classification grievance decision letter"}))
    # 4. minutes of the committee (cp1252 text)
    d = Doc("Minutes - EX Classification Committee 2022-11-17.txt", "text-cp1252", "en")
    ch, sec, m1, m2 = (Person(rng, names).name for _ in range(4))
    d.add("title", "Executive Classification Committee - Minutes")
    d.add("p", "Meeting of November 17, 2022, 14:00-16:00, boardroom 4-110 and MS Teams")
    d.add("p", f"Present: {d.person(ch)} (Chair), {d.person(m1)}, {d.person(m2)}; Secretary: {d.person(sec)}")
    its = []
    for k in range(4):
        lv = rng.choice(["EX-01", "EX-02", "EX-03"])
        t_en, _ = title_of(lv, rng.choice(pool), False, rng)
        its.append(f"Item {k + 2}: {t_en}, position {rng.randint(10000, 99999)} - classified at {lv} effective "
                   f"2023-01-0{k + 1}; total points {rng.choice([1182, 1418, 1560, 1868]):,}.")
    d.add("ol", ["Adoption of the agenda and of the minutes of October 20, 2022."] + its +
          ["Other business: the benchmark index will be updated in the new year."])
    d.add("p", "Chair's remarks: \"records of decision\" will now be signed électroniquement; the Committee's next "
               "meeting is moved to the Salle Québec.")
    d.add("p", "Action items: the Secretary will send the records of decision to the delegated managers.")
    out.append((d, {"why": "minutes of a classification committee deciding several positions"}))
    # 5. a scan without a text layer
    d = Doc("Scan_2022-11-03_0915.pdf", "pdf", "en")
    out.append((d, {"why": "a scanned PDF without a text layer"}))
    # 6. an organization chart alone (OCR)
    d = Doc("org chart ESDC Benefits Processing scan.txt", "ocr", "en")
    d.damage = "light"
    d.header, d.footer = "Organization Chart - Benefits Processing", "Page {i} of {n}"
    d.add("pre", ["Director General, Benefits Processing (EX-03) - pos. 52210",
                  "  |", "  +-- Director, Benefit Intake Centres (EX-01) - pos. 52214 - 48 FTEs",
                  "  +-- Director, Appeals Support (EX-01) - pos. 52217 - 63 FTEs",
                  "  +-- Senior Director, Benefits Systems Renewal (EX-02) - pos. 52219 - 71 FTEs",
                  "  +-- Executive Assistant (AS-02) - pos. 52211"])
    d.add("p", "Effective April 1, 2023. Approved: Assistant Deputy Minister, Service Delivery.")
    out.append((d, {"why": "an organization chart alone"}))
    return out


# ---------------------------------------------------------------------------------------------

def main() -> None:
    rng = random.Random(149)
    for folder in (CORPUS, EXPECTED):
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir()
    names: set = set()
    used: set = set()
    units = list(T.UNITS)
    rng.shuffle(units)
    docs: list[tuple[Doc, dict]] = []

    def date_rand():
        return dt.date(rng.choice([2019, 2020, 2021, 2022, 2023, 2024]), rng.randint(1, 12), 1) + \
            dt.timedelta(days=rng.choice([0, 0, 14, 30]))

    def emit(p, kind, lang, form, o=None, extra=None, name=None, damage=None):
        o = o or options(rng, p, lang, form, rng.randint(0, 5))
        d = Doc(name or file_name(rng, p, kind, lang, form, used), kind, lang)
        used.add(d.name)
        d.damage = damage
        set_frame(d, p, rng)
        FORMS[form](d, p, o, rng)
        t = truth(d, p, o, form, extra)
        docs.append((d, t))
        return d, t

    # --- the Director General and two of its directors, all three in the corpus
    dg = make_position(rng, names, units, "EX-03", dt.date(2022, 4, 1))
    dirs = []
    for k in range(2):
        x = make_position(rng, names, units, "EX-01", dt.date(2022, 6, 1) if k == 0 else dt.date(2022, 9, 12))
        x.dept, x.sup_en, x.sup_fr, x.sup_level, x.sup_posnum = dg.dept, dg.title_en, dg.title_fr, "EX-03", dg.posnum
        x.loc_en, x.loc_fr = dg.loc_en, dg.loc_fr
        dirs.append(x)
    for k, x in enumerate(dirs):
        dg.reports[k] = {"title_en": x.title_en, "title_fr": x.title_fr, "classification": "EX-01", "fte": x.fte}
    dg.fte = sum(r["fte"] for r in dg.reports) + 2
    dg.salary = dg.fte * 97000 // 10000 * 10000
    dg.total = dg.salary + dg.o_and_m
    dg.requested = "EX-04"
    o = options(rng, dg, "en", "record", 1)
    o.update(posnum="shown", reports="table", rep_fte=True, sup="block", wd_level="requested")
    d_dg, t_dg = emit(dg, "pdf", "en", "record", o)
    dirs[1].previous = "PM-06"
    o1 = options(rng, dirs[0], "en", "box", 2)
    o1.update(sup="block", sup_posnum=True, reports="ul" if o1["reports"] == "chart" else o1["reports"])
    d1, t1 = emit(dirs[0], "docx", "en", "box", o1)
    o2 = options(rng, dirs[1], "en", "committee", 0)
    o2.update(sup="line", sup_posnum=True, reports="dash")
    d2, t2 = emit(dirs[1], "ocr", "en", "committee", o2, damage="middling")
    t_dg["also"]["supervises_in_corpus"] = [d1.name, d2.name]
    t1["also"]["reports_to_in_corpus"] = d_dg.name
    t2["also"]["reports_to_in_corpus"] = d_dg.name

    # --- versions 1: the 2019 description (EX-01) and the 2023 reclassification (EX-02, formerly EX-01)
    v = make_position(rng, names, units, "EX-01", dt.date(2019, 4, 1))
    o = options(rng, v, "en", "box", 3)
    o.update(posnum="shown", wd_level="decided", reports="ul", sup="block")
    da, ta = emit(v, "text-cp1252", "en", "box", o, name=f"{v.title_en} - WD 2019.txt")
    v.level, v.previous, v.date = "EX-02", "EX-01", dt.date(2023, 4, 1)
    v.title_en, v.title_fr = title_of("EX-02", v.unit, v.fem, rng, "ed")
    v.reports.append({"title_en": "Manager, Data Analytics", "title_fr": "Gestionnaire, Analytique des données",
                      "classification": "EC-07", "fte": 11})
    v.fte += 11
    v.salary = v.fte * 99000 // 10000 * 10000
    v.o_and_m += 240000
    v.total = v.salary + v.o_and_m
    v.hay = HAY["EX-02"][1]
    o = dict(o, wd_level="none", reports="table", variant=0)
    db, tb = emit(v, "docx", "en", "record", o, name=f"Reclassification {v.title_en} - signed 2023.docx")
    for t in (ta, tb):
        t["versions"] = {"documents": [da.name, db.name], "newest": db.name, "same_text": False,
                         "note": "2019 work description as Director (EX-01); 2023 reclassification decision to "
                                 "Executive Director (EX-02, formerly EX-01): title, level, a new report "
                                 "(Manager, Data Analytics, EC-07, 11 FTEs), FTEs, salary, O&M and date changed"}

    # --- versions 2: one bilingual PDF saved twice
    w = make_position(rng, names, units, "EX-02", dt.date(2021, 10, 1))
    w.requested = "EX-03"
    o = options(rng, w, "bilingual", "rationale", 4)
    o.update(posnum="shown")
    na = f"{w.file_no} - {w.title_en} (EN-FR).pdf"
    nb = f"{w.file_no} - {w.title_en} (EN-FR) (1).pdf"
    rs = rng.getstate()
    dwa, twa = emit(w, "pdf", "bilingual", "rationale", o, name=na)
    rng.setstate(rs)
    dwb, twb = emit(w, "pdf", "bilingual", "rationale", o, name=nb)
    for t in (twa, twb):
        t["versions"] = {"documents": [na, nb], "newest": na, "same_text": True,
                         "note": "the same PDF saved twice; either is the newest"}

    # --- versions 3: the 2021 decision record and the 2022 review confirming the level with a new budget
    z = make_position(rng, names, units, "EX-01", dt.date(2021, 4, 1))
    o = options(rng, z, "en", "record", 5)
    o.update(posnum="shown", reports="ul", sup="line", money="full", total=True)
    n1 = f"{z.title_en} - classification decision 2021.md"
    dza, tza = emit(z, "markdown", "en", "record", o, name=n1)
    z.date = dt.date(2022, 10, 1)
    z.reports[0]["fte"] += 6
    z.fte += 6
    z.salary += 560000
    z.total = z.salary + z.o_and_m
    z.file_no = z.file_no[:-4] + "0" + z.file_no[-3:]
    n2 = f"{z.title_en} - review 2022 (level confirmed).txt"
    dzb, tzb = emit(z, "text", "en", "committee", dict(o, reports="table", variant=2), name=n2)
    for t in (tza, tzb):
        t["versions"] = {"documents": [n1, n2], "newest": n2, "same_text": False,
                         "note": "2022 review confirmed EX-01 with a new effective date, 6 more FTEs in the first "
                                 "report and $560,000 more salary"}

    # --- the others: 35 documents, one position each
    kinds = (["docx"] * 7 + ["pdf"] * 5 + ["ocr"] * 7 + ["text"] * 6 + ["text-cp1252"] * 5 + ["markdown"] * 5)
    langs = ["en"] * 20 + ["fr"] * 8 + ["bilingual"] * 7
    rng.shuffle(kinds)
    rng.shuffle(langs)
    forms = ["record", "rationale", "committee", "box"] * 9
    rng.shuffle(forms)
    damages = ["light", "light", "middling", "middling", "heavy", "heavy", "light"]
    for i, (kind, lang) in enumerate(zip(kinds, langs)):
        level = rng.choice(["EX-01", "EX-01", "EX-01", "EX-02", "EX-02", "EX-03"])
        p = make_position(rng, names, units, level, date_rand())
        r = rng.random()
        up = {"EX-01": "EX-02", "EX-02": "EX-03", "EX-03": "EX-04"}
        down = {"EX-01": "PM-06", "EX-02": "EX-01", "EX-03": "EX-02"}
        if r < 0.35:
            p.requested = up[level]
        elif r < 0.4:
            p.requested = down[level] if level != "EX-01" else "EX-02"
        if rng.random() < 0.3:
            p.previous = down[level]
        if p.requested == p.previous:
            p.requested = None
        form = forms[i]
        emit(p, kind, lang, form, damage=damages.pop() if kind == "ocr" else None)

    for d, t in docs:
        write(d, rng, {"md": hash_style(d.name), "kv_table": hash_style(d.name) == 1})
        dump(EXPECTED / f"{d.name}.expected.yaml", t)
    for d, why in refusals(rng, names, used):
        if d.name == "Scan_2022-11-03_0915.pdf":
            (CORPUS / d.name).write_bytes(pdf_bytes([b"q 0.93 g 30 30 535 782 re f Q", b"q 0.9 g 30 30 535 782 re f Q",
                                                     b"q 0.95 g 30 30 535 782 re f Q"]))
        else:
            write(d, rng, {"md": 0, "kv_table": False})
        dump(EXPECTED / f"{d.name}.expected.yaml",
             {"document": d.name, "kind": d.kind, "language": d.lang, "outcome": "refuse", "fields": None,
              "not_stated": [], "also": dict(why, **({"damage": d.damage} if d.damage else {})),
              "people": list(d.people), "versions": None})


def hash_style(name: str) -> int:
    return sum(name.encode("utf-8")) % 2


if __name__ == "__main__":
    main()
