"""Write blind150: designed work-description templates (Word text boxes, headers, content controls;
designed PDFs with big-number call-outs) and their text exports, with the truth of each.

    /work/main/.venv/bin/python bench/import/blind150/make_blind.py

Deterministic: fixed seeds, .docx re-zipped with fixed timestamps, PDFs from tests.import_files.pdf_bytes.
"""
from __future__ import annotations

import copy
import datetime as dt
import io
import random
import shutil
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

import docx  # noqa: E402
import yaml  # noqa: E402
from docx.enum.text import WD_BREAK  # noqa: E402
from docx.oxml import parse_xml  # noqa: E402
from docx.shared import Pt  # noqa: E402

import texts as T  # noqa: E402
from tests.import_files import pdf_bytes  # noqa: E402

CORPUS = HERE / "corpus"
EXPECTED = HERE / "expected"

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
NBSP = "\u00a0"

LEVELS = {
    "EX-01": ("Director", "Directeur", "Directrice"),
    "EX-02": ("Executive Director", "Directeur exécutif", "Directrice exécutive"),
    "EX-03": ("Director General", "Directeur général", "Directrice générale"),
    "EX-04": ("Assistant Deputy Minister", "Sous-ministre adjoint", "Sous-ministre adjointe"),
}
BRANCHES = [
    ("Operations Sector", "Secteur des opérations"), ("Program Delivery Branch", "Direction générale de la prestation des programmes"),
    ("Strategic Policy Branch", "Direction générale de la politique stratégique"), ("Corporate Services Sector", "Secteur des services ministériels"),
    ("Digital Transformation Branch", "Direction générale de la transformation numérique"), ("Science and Technology Sector", "Secteur des sciences et de la technologie"),
    ("Service Delivery Branch", "Direction générale de la prestation des services"), ("Regulatory Affairs Branch", "Direction générale des affaires réglementaires"),
]
SUP_OF = {"EX-01": ["EX-03", "EX-03", "EX-02"], "EX-02": ["EX-03"], "EX-03": ["EX-04"], "EX-04": ["DM"]}


# ---------------------------------------------------------------- positions

RESERVED = {"Ottilie Ostrander", "Lavinia Underhill", "Esmond Guimond-Ali", "Solenne Whitcombe", "Kenji Fournel",
            "Briony Tremblay-Osei", "Philippa Castonguay-Reid", "Amadou Rainville"}  # the refusals' people


def name_pool():
    rng = random.Random(15000)
    pairs = [(g, f) for g in T.GIVEN for f in T.FAMILY]
    rng.shuffle(pairs)
    used_g, used_f, out = {}, {}, []
    for g, f in pairs:  # each given and family name used three times at most; every full name once
        if used_g.get(g, 0) >= 3 or used_f.get(f, 0) >= 3 or f"{g} {f}" in RESERVED:
            continue
        used_g[g] = used_g.get(g, 0) + 1
        used_f[f] = used_f.get(f, 0) + 1
        out.append(f"{g} {f}")
    return out


NAMES = name_pool()
_name_i = 0


def next_name():
    global _name_i
    n = NAMES[_name_i]
    _name_i += 1
    return n


def make_position(rng: random.Random, i: int, level: str, unit_i: int, dept_i: int) -> dict:
    unit, unit_fr = T.UNITS[unit_i]
    en, fm, ff = LEVELS[level]
    fem = rng.random() < 0.5
    p = {"level": level, "unit": unit, "unit_fr": unit_fr, "dept": T.DEPARTMENTS[dept_i]}
    p["title"] = f"{en}, {unit}"
    p["title_fr"] = f"{ff if fem else fm}, {unit_fr}"
    p["job_code"] = str(100000 + rng.randrange(1000, 9000))
    digits = rng.choice([5, 5, 6, 6, 6, 8])
    p["posno"] = str(rng.randrange(10 ** (digits - 1), 10 ** digits)) if digits != 8 else "000" + str(rng.randrange(10000, 99999))
    y = rng.choice([2019, 2020, 2021, 2022, 2023, 2024, 2025])
    p["date"] = dt.date(y, rng.choice([1, 4, 4, 6, 9, 11]), rng.choice([1, 1, 3, 15, 17, 28]))
    sup_level = rng.choice(SUP_OF[level])
    br, br_fr = rng.choice(BRANCHES)
    sfem = rng.random() < 0.5
    if sup_level == "DM":
        p["sup_title"], p["sup_title_fr"], p["sup_cls"] = "Deputy Minister", "Sous-ministre", "DM-01"
    elif sup_level == "EX-04":
        e, m, f = LEVELS["EX-04"]
        p["sup_title"], p["sup_title_fr"], p["sup_cls"] = f"{e}, {br}", f"{f if sfem else m}, {br_fr}", "EX-04"
    else:
        e, m, f = LEVELS[sup_level]
        bshort = br.replace(" Branch", "").replace(" Sector", "")
        bshort_fr = br_fr.replace("Direction générale de la ", "").replace("Direction générale des ", "").replace("Secteur des ", "")
        bshort_fr = bshort_fr[0].upper() + bshort_fr[1:]
        p["sup_title"], p["sup_title_fr"], p["sup_cls"] = f"{e}, {bshort}", f"{f if sfem else m}, {bshort_fr}", sup_level
    p["sup_posno"] = str(rng.randrange(10000, 999999))
    p["branch"] = (br, br_fr)
    # direct reports
    n = rng.randint(3, 6)
    areas = rng.sample(T.REPORT_AREAS, n)
    reps = []
    for a, a_fr in areas:
        if level in ("EX-03", "EX-04") and rng.random() < 0.7:
            e, m, f = LEVELS["EX-01" if level == "EX-03" else "EX-03"]
            cls = "EX-01" if level == "EX-03" else "EX-03"
            reps.append({"title": f"{e}, {a}", "title_fr": f"{rng.choice([m, f])}, {a_fr}", "cls": cls, "fte": rng.randint(12, 60)})
        else:
            role = rng.choice(T.REPORT_ROLES)
            reps.append({"title": f"{role[0]}, {a}", "title_fr": f"{rng.choice(role[1:3])}, {a_fr}",
                         "cls": rng.choice(role[3]), "fte": rng.randint(2, 28)})
    p["reports"] = reps
    p["fte"] = sum(r["fte"] for r in reps) + rng.randint(1, 4)
    p["salary"] = rng.randrange(120, 900) * 10000
    p["om"] = rng.randrange(60, 1800) * 1000
    p["total"] = p["salary"] + p["om"]
    p["loc"] = rng.choice(T.PLACES)
    p["incumbent"] = next_name()
    p["manager"] = next_name() if rng.random() < 0.9 else None
    p["ga"] = rng.randrange(3)
    p["spec"] = rng.sample(range(len(T.SPECIFIC_EN)), 5)
    p["kr"] = rng.sample(range(len(T.KEY_RESULTS)), 3)
    return p


# ---------------------------------------------------------------- notations

def d_en(d, style):
    if style == "iso":
        return d.isoformat()
    if style == "dmy":
        return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"
    return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"


def d_fr(d, style):
    if style == "iso":
        return d.isoformat()
    day = "1er" if d.day == 1 else str(d.day)
    return f"{day} {MONTHS_FR[d.month - 1]} {d.year}"


def _trim(x: float, places: int) -> str:
    s = f"{x:.{places}f}".rstrip("0").rstrip(".")
    return s


def money(n, style, lang):
    """Amount in a notation: full, M (millions with decimals), K (thousands)."""
    if lang == "fr":
        if style == "full":
            return f"{n:,}".replace(",", NBSP) + NBSP + "$"
        if style == "M":
            return _trim(n / 1e6, 3).replace(".", ",") + NBSP + "M$"
        return f"{n // 1000:,}".replace(",", NBSP) + NBSP + "k$"
    if style == "full":
        return f"${n:,}"
    if style == "M":
        return f"${_trim(n / 1e6, 3)}M"
    return f"${n // 1000:,}K"


def mstyle(n, pref):
    """M style only when exact to three decimals, K when exact in thousands."""
    if pref == "M" and n % 1000 == 0:
        return "M"
    if pref in ("M", "K") and n % 1000 == 0:
        return "K"
    return "full"


LAB = {
    "en": [
        dict(title="Position title", cls="Group and level", posno="Position number", job="Job code", date="Effective date",
             loc="Location", sup="Reports to", sup_cls="Supervisor's group and level", sup_posno="Supervisor's position number",
             salary="Salary budget", om="O&M budget", total="Total budget", fte="FTEs", glance="At a glance",
             ga="General accountability", org="Organization", dims="Dimensions", spec="Specific accountabilities",
             kr="Key results", reports="Direct reports", inc="Incumbent", mgr="Manager", sig="Signatures"),
        dict(title="Title", cls="Classification", posno="Position no.", job="Job code", date="Effective",
             loc="Work location", sup="Supervisor", sup_cls="Supervisor classification", sup_posno="Supervisor position no.",
             salary="Salary", om="O&M", total="Total", fte="Employees (FTE)", glance="Position snapshot",
             ga="Purpose of the position", org="Team structure", dims="Resources", spec="What this position does",
             kr="Key results we measure", reports="Who reports to this position", inc="Incumbent",
             mgr="Approved by", sig="Approval"),
    ],
    "fr": [
        dict(title="Titre du poste", cls="Groupe et niveau", posno="Numéro du poste", job="Code d'emploi",
             date="Date d'entrée en vigueur", loc="Lieu de travail", sup="Relève de", sup_cls="Groupe et niveau du superviseur",
             sup_posno="Numéro du poste du superviseur", salary="Budget salarial", om="Budget de F et E", total="Budget total",
             fte="ETP", glance="En bref", ga="Responsabilité générale", org="Organisation", dims="Dimensions",
             spec="Activités principales", kr="Résultats clés", reports="Postes subordonnés", inc="Titulaire",
             mgr="Gestionnaire", sig="Signatures"),
        dict(title="Titre", cls="Classification", posno="No de poste", job="Code de l'emploi", date="En vigueur le",
             loc="Lieu", sup="Superviseur", sup_cls="Classification du superviseur", sup_posno="No de poste du superviseur",
             salary="Salaires", om="F et E", total="Total", fte="Effectif (ETP)", glance="Le poste en un coup d'œil",
             ga="Raison d'être du poste", org="Structure de l'équipe", dims="Ressources", spec="Ce que fait le poste",
             kr="Résultats mesurés", reports="Relèvent du poste", inc="Titulaire", mgr="Approuvé par", sig="Approbation"),
    ],
}


def labels(lang, set_i):
    if lang == "bilingual":
        en, fr = LAB["en"][set_i], LAB["fr"][set_i]
        return {k: f"{en[k]} / {fr[k]}" for k in en}
    return LAB[lang][set_i]


class Facts:
    """The values of one document, formatted for its language and notations, None when left out."""

    def __init__(self, p, lang, omit, amt="M", date="mdy", rep_fmt=0):
        self.p, self.lang, self.omit = p, lang, set(omit)
        fr = lang == "fr"
        self.title = p["title_fr"] if fr else p["title"]
        self.title_fr = p["title_fr"]
        self.dept = p["dept"][1] if fr else p["dept"][0]
        self.cls = p["level"]
        self.posno = None if "position_number" in omit else p["posno"]
        self.job = None if "job_code" in omit else p["job_code"]
        self.date = None if "effective_date" in omit else (d_fr(p["date"], date) if fr else d_en(p["date"], date))
        if lang == "bilingual" and self.date and date != "iso":
            self.date = f"{d_en(p['date'], date)} / {d_fr(p['date'], date)}"
        self.loc = None if "location" in omit else (p["loc"][1] if fr else p["loc"][0])
        self.sup = p["sup_title_fr"] if fr else p["sup_title"]
        self.sup_cls = None if "supervisor.classification" in omit else p["sup_cls"]
        self.sup_posno = None if "supervisor.position_number" in omit else p["sup_posno"]
        mlang = "fr" if fr else "en"
        self.salary = money(p["salary"], mstyle(p["salary"], amt), mlang)
        self.om = money(p["om"], mstyle(p["om"], "K" if amt == "M" else amt), mlang)
        self.total = None if "total" in omit else money(p["total"], mstyle(p["total"], amt), mlang)
        self.fte = None if "fte" in omit else str(p["fte"])
        self.reports = []
        for r in p["reports"]:
            t = r["title_fr"] if fr else r["title"]
            if lang == "bilingual":
                t = f"{r['title']} / {r['title_fr']}"
            c = None if "direct_reports.classification" in omit else r["cls"]
            f = None if "direct_reports.fte" in omit else r["fte"]
            self.reports.append((t, c, f))
        self.c = " : " if fr else ": "
        self.ftel = "ETP" if fr else ("FTEs" if lang == "en" else "FTEs/ETP")

    def rep_line(self, r, style=0):
        t, c, f = r
        if style == 0:
            inner = ", ".join(x for x in [c, f"{f} {self.ftel}" if f is not None else None] if x)
            return f"{t} ({inner})" if inner else t
        if style == 1:
            return " – ".join(x for x in [t, c, f"{f} {self.ftel}" if f is not None else None] if x)
        return " | ".join([t, c or "", str(f) if f is not None else ""])

    def ga(self):
        if self.lang == "fr":
            return T.GA_FR[self.p["ga"]].format(unit_l=self.p["unit_fr"].lower())
        en = T.GA_EN[self.p["ga"]].format(title=self.p["title"], unit_l=self.p["unit"].lower(), sup=self.p["sup_title"])
        if self.lang == "bilingual":
            return en + "\n" + T.GA_FR[self.p["ga"]].format(unit_l=self.p["unit_fr"].lower())
        return en

    def specs(self):
        if self.lang == "fr":
            return [T.SPECIFIC_FR[i] for i in self.p["spec"]]
        if self.lang == "bilingual":
            return [f"{T.SPECIFIC_EN[i]} / {T.SPECIFIC_FR[i]}" for i in self.p["spec"]]
        return [T.SPECIFIC_EN[i] for i in self.p["spec"]]

    def krs(self):
        out = []
        for i in self.p["kr"]:
            en, fr, tgt = T.KEY_RESULTS[i]
            if self.lang == "fr":
                out.append((fr, tgt.replace(" days", " jours").replace("%", NBSP + "%")))
            elif self.lang == "bilingual":
                out.append((f"{en} / {fr}", tgt))
            else:
                out.append((en, tgt))
        return out


# ---------------------------------------------------------------- docx helpers

NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"')
WNS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def xp(text, bold=False, size=None, color=None, align=None):
    """A w:p as XML text."""
    ppr = f'<w:pPr><w:jc w:val="{align}"/></w:pPr>' if align else ""
    rpr = ""
    if bold or size or color:
        rpr = "<w:rPr>" + ("<w:b/>" if bold else "") + (f'<w:color w:val="{color}"/>' if color else "") + \
              (f'<w:sz w:val="{size * 2}"/>' if size else "") + "</w:rPr>"
    return f'<w:p>{ppr}<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


_shape_id = [0]


def textbox_run(paras: list[str], x_emu: int, y_emu: int, cx: int, cy: int, fallback=True, fill="EAF2F8", name="Text Box"):
    """An anchored (floating) text box: a w:r holding mc:AlternateContent, the DrawingML shape and, as Word
    writes it, the VML fallback with the same text."""
    _shape_id[0] += 1
    sid = _shape_id[0]
    body = "".join(paras)
    choice = (
        f'<w:drawing><wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" '
        f'relativeHeight="{251658240 + sid}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        f'<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="page"><wp:posOffset>{x_emu}</wp:posOffset></wp:positionH>'
        f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>{y_emu}</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="bothSides"/>'
        f'<wp:docPr id="{sid}" name="{name} {sid}"/><wp:cNvGraphicFramePr/>'
        f'<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f'<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        f'<a:prstGeom prst="roundRect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="{fill}"/></a:solidFill></wps:spPr>'
        f'<wps:txbx><w:txbxContent>{body}</w:txbxContent></wps:txbx>'
        f'<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t">'
        f'<a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>')
    if not fallback:
        return parse_xml(f'<w:r {NS}>{choice}</w:r>')
    fb = (f'<w:pict><v:shape id="{name} {sid}" o:spid="_x0000_s{1025 + sid}" type="#_x0000_t202" '
          f'style="position:absolute;margin-left:{x_emu // 12700}pt;margin-top:{y_emu // 12700}pt;width:{cx // 12700}pt;'
          f'height:{cy // 12700}pt;z-index:{sid}" fillcolor="#{fill.lower()}" stroked="f">'
          f'<v:textbox><w:txbxContent>{body}</w:txbxContent></v:textbox></v:shape></w:pict>')
    return parse_xml(f'<w:r {NS}><mc:AlternateContent><mc:Choice Requires="wps">{choice}</mc:Choice>'
                     f'<mc:Fallback>{fb}</mc:Fallback></mc:AlternateContent></w:r>')


_sdt_id = [0]


def sdt_inline(value, alias, kind="text", items=None, full_date=None, date_fmt="MMMM d, yyyy", placeholder=None):
    """A run-level content control. value None: the placeholder is showing."""
    _sdt_id[0] += 1
    pr = f'<w:alias w:val="{escape(alias)}"/><w:tag w:val="{escape(alias.replace(" ", ""))}"/><w:id w:val="{-1904000000 + _sdt_id[0] * 7919}"/>'
    if value is None:
        pr += '<w:showingPlcHdr/>'
    if kind == "text":
        pr += "<w:text/>"
    elif kind == "drop":
        li = "".join(f'<w:listItem w:displayText="{escape(i)}" w:value="{escape(i)}"/>' for i in items)
        pr += f'<w:dropDownList>{li}</w:dropDownList>'
    elif kind == "combo":
        li = "".join(f'<w:listItem w:displayText="{escape(i)}" w:value="{escape(i)}"/>' for i in items)
        pr += f'<w:comboBox>{li}</w:comboBox>'
    elif kind == "date":
        fd = f' w:fullDate="{full_date}T00:00:00Z"' if full_date else ""
        pr += (f'<w:date{fd}><w:dateFormat w:val="{date_fmt}"/><w:lid w:val="en-CA"/>'
               f'<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>')
    if value is None:
        run = f'<w:r><w:rPr><w:rStyle w:val="PlaceholderText"/><w:color w:val="808080"/></w:rPr><w:t>{escape(placeholder)}</w:t></w:r>'
    else:
        run = f'<w:r><w:t xml:space="preserve">{escape(value)}</w:t></w:r>'
    return parse_xml(f'<w:sdt {WNS}><w:sdtPr>{pr}</w:sdtPr><w:sdtContent>{run}</w:sdtContent></w:sdt>')


def add_field_run(par, instr, shown):
    par._p.append(parse_xml(f'<w:fldSimple {WNS} w:instr="{instr}"><w:r><w:t>{shown}</w:t></w:r></w:fldSimple>'))


def new_doc():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    return d


def save_docx(d, author, when: dt.datetime) -> bytes:
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = when
    cp.modified = when
    cp.revision = 3
    cp.title = ""
    cp.comments = ""
    buf = io.BytesIO()
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def para_runs(d, text, bold_label=None, style=None):
    par = d.add_paragraph(style=style)
    if bold_label:
        par.add_run(bold_label).bold = True
    par.add_run(text)
    return par


def sig_table(d, F: Facts, L, lang, people):
    d.add_heading(L["sig"], level=2)
    t = d.add_table(rows=0, cols=3)
    t.style = "Table Grid"
    sign = F.p["date"] - dt.timedelta(days=24)
    ds = d_fr(sign, "x") if lang == "fr" else d_en(sign, "mdy")
    row = t.add_row().cells
    row[0].text, row[1].text, row[2].text = L["inc"], F.p["incumbent"], ds
    people.append(F.p["incumbent"])
    if F.p["manager"]:
        row = t.add_row().cells
        row[0].text, row[1].text, row[2].text = L["mgr"], F.p["manager"], ds
        people.append(F.p["manager"])


# ---------------------------------------------------------------- Word forms

def docx_glance(F: Facts, o, people):
    """Title, an 'At a glance' floating text box beside the body, reports as bullets, dimensions as call-out
    shapes (the value above its label), specific accountabilities, signatures."""
    L, lang = labels(F.lang, o.get("lab", 0)), F.lang
    d = new_doc()
    d.add_heading(F.title, level=0)
    if lang == "bilingual":
        d.add_paragraph(F.title_fr).runs[0].italic = True
    par = d.add_paragraph(F.dept)
    box = [xp(L["glance"], bold=True, size=12, color="1F4E79")]
    rows = [("cls", F.cls), ("posno", F.posno), ("job", F.job), ("loc", F.loc), ("date", F.date)]
    for k, v in rows:
        if v is None:
            continue
        if o.get("value_above"):
            box += [xp(v, bold=True, size=14, color="1F4E79"), xp(L[k], size=8)]
        else:
            box.append(xp(f"{L[k]}{F.c}{v}"))
    sup = F.sup + (f" ({F.sup_cls})" if F.sup_cls else "")
    if o.get("sup_in_box", True):
        box.append(xp(f"{L['sup']}{F.c}{sup}"))
        if F.sup_posno:
            box.append(xp(f"{L['sup_posno']}{F.c}{F.sup_posno}"))
    par._p.append(textbox_run(box, 4800600, 0, 2194560, 3017520, fallback=o.get("fallback", True)))
    d.add_heading(L["ga"], level=1)
    for g in F.ga().split("\n"):
        d.add_paragraph(g)
    d.add_heading(L["org"], level=1)
    if not o.get("sup_in_box", True):
        d.add_paragraph(f"{L['sup']}{F.c}{sup}" + (f" — {L['sup_posno']}{F.c}{F.sup_posno}" if F.sup_posno else ""))
    d.add_paragraph(L["reports"] + ":")
    for r in F.reports:
        d.add_paragraph(F.rep_line(r, o.get("rep", 0)), style="List Bullet")
    d.add_heading(L["dims"], level=1)
    calls = [(F.salary, L["salary"]), (F.om, L["om"])]
    if F.total:
        calls.append((F.total, L["total"]))
    if F.fte:
        calls.append((F.fte, L["fte"]))
    par = d.add_paragraph()
    for i, (v, lab) in enumerate(calls):
        par._p.append(textbox_run([xp(v, bold=True, size=20, color="C55A11", align="center"), xp(lab, size=8, align="center")],
                                  914400 + i * 1554480, 0, 1463040, 777240, fallback=o.get("fallback", True), fill="FBE5D6", name="Callout"))
    d.add_paragraph("")
    d.add_heading(L["spec"], level=1)
    for s in F.specs():
        d.add_paragraph(s, style="List Number")
    sig_table(d, F, L, lang, people)
    return d


def docx_header(F: Facts, o, people):
    """Position number, classification and job code in the section header (a table), the effective date
    in the footer beside the page number; the body holds the rest in tables."""
    L, lang = labels(F.lang, o.get("lab", 0)), F.lang
    d = new_doc()
    sec = d.sections[0]
    hdr = sec.first_page_header if o.get("first_page") else sec.header
    if o.get("first_page"):
        sec.different_first_page_header_footer = True
        sec.header.paragraphs[0].text = F.title + (" — " + ("suite" if lang == "fr" else "continued"))
    hp = hdr.paragraphs[0]
    hp.text = F.dept
    ht = hdr.add_table(rows=1, cols=3, width=docx.shared.Inches(6.5))
    cells = ht.rows[0].cells
    cells[0].text = f"{L['posno']}{F.c}{F.posno}" if F.posno else ""
    cells[1].text = f"{L['cls']}{F.c}{F.cls}"
    cells[2].text = f"{L['job']}{F.c}{F.job}" if F.job else ""
    ftr = sec.first_page_footer if o.get("first_page") else sec.footer
    fp = ftr.paragraphs[0]
    fp.add_run((f"{L['date']}{F.c}{F.date}    " if F.date else "") + ("Page " if lang != "fr" else "Page "))
    add_field_run(fp, "PAGE", "1")
    fp.add_run(" / " if lang != "en" else " of ")
    add_field_run(fp, "NUMPAGES", "2")
    d.add_heading(F.title, level=0)
    if lang == "bilingual":
        d.add_paragraph(F.title_fr)
    t = d.add_table(rows=0, cols=2)
    t.style = "Light List Accent 1"
    pairs = [(L["sup"], F.sup), (L["sup_cls"], F.sup_cls), (L["sup_posno"], F.sup_posno), (L["loc"], F.loc)]
    for k, v in pairs:
        if v is None:
            continue
        c = t.add_row().cells
        c[0].text, c[1].text = k, v
    d.add_heading(L["ga"], level=1)
    for g in F.ga().split("\n"):
        d.add_paragraph(g)
    d.add_heading(L["reports"], level=1)
    rt = d.add_table(rows=1, cols=3)
    rt.style = "Table Grid"
    h = rt.rows[0].cells
    h[0].text, h[1].text, h[2].text = L["title"], L["cls"], L["fte"]
    for title, c, f in F.reports:
        row = rt.add_row().cells
        row[0].text, row[1].text, row[2].text = title, c or "", str(f) if f is not None else ""
    d.add_heading(L["dims"], level=1)
    dt_ = d.add_table(rows=0, cols=2)
    dt_.style = "Table Grid"
    for k, v in [(L["fte"], F.fte), (L["salary"], F.salary), (L["om"], F.om), (L["total"], F.total)]:
        if v is None:
            continue
        c = dt_.add_row().cells
        c[0].text, c[1].text = k, v
    d.add_heading(L["spec"], level=1)
    for s in F.specs():
        d.add_paragraph(s, style="List Bullet")
    sig_table(d, F, L, lang, people)
    return d


PLACEHOLDER = {"en": "Click or tap here to enter text.", "fr": "Cliquez ou appuyez ici pour entrer du texte.",
               "bilingual": "Click or tap here to enter text."}
PLACEHOLDER_DATE = {"en": "Click or tap to enter a date.", "fr": "Cliquez ou appuyez ici pour entrer une date.",
                    "bilingual": "Click or tap to enter a date."}
EX_ITEMS = ["Choose an item.", "EX-01", "EX-02", "EX-03", "EX-04", "EX-05"]


def docx_sdt(F: Facts, o, people):
    """A fillable template: every value in a content control (text, drop-down of EX levels, date picker,
    combo box of cities); unfilled controls show their placeholder; reports in repeated controls."""
    L, lang = labels(F.lang, o.get("lab", 0)), F.lang
    d = new_doc()
    name = {"en": "Executive Work Description — Template v3.2", "fr": "Description de travail de cadre — Gabarit v3.2",
            "bilingual": "Executive Work Description / Description de travail de cadre — v3.2"}[lang]
    d.add_paragraph(name).runs[0].bold = True
    d.add_paragraph(F.dept)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    ph, phd = PLACEHOLDER[lang], PLACEHOLDER_DATE[lang]
    fd = F.p["date"].isoformat()
    if o.get("stale_date"):
        fd = o["stale_date"]
    rows = [
        (L["title"], sdt_inline(F.title, "Position title", placeholder=ph)),
        (L["cls"], sdt_inline(F.cls, "Classification", "drop", EX_ITEMS, placeholder="Choose an item.")),
        (L["posno"], sdt_inline(F.posno, "Position number", placeholder=ph)),
        (L["job"], sdt_inline(F.job, "Job code", placeholder=ph)),
        (L["date"], sdt_inline(F.date, "Effective date", "date", full_date=None if F.date is None else fd,
                               date_fmt="d MMMM yyyy" if o.get("date") == "dmy" else "MMMM d, yyyy", placeholder=phd)),
        (L["loc"], sdt_inline(F.loc, "Location", "combo", [x[1] if lang == "fr" else x[0] for x in T.PLACES[:6]], placeholder=ph)),
        (L["sup"], sdt_inline(F.sup, "Supervisor title", placeholder=ph)),
        (L["sup_cls"], sdt_inline(F.sup_cls, "Supervisor classification", "drop", EX_ITEMS + ["DM-01"], placeholder="Choose an item.")),
        (L["sup_posno"], sdt_inline(F.sup_posno, "Supervisor position number", placeholder=ph)),
    ]
    if lang == "bilingual":
        rows.insert(1, ("Titre du poste (français)", sdt_inline(F.title_fr, "Titre", placeholder=ph)))
    for lab, el in rows:
        c = t.add_row().cells
        c[0].text = lab
        c[1].paragraphs[0]._p.append(el)
    d.add_heading(L["ga"], level=1)
    for g in F.ga().split("\n"):
        d.add_paragraph(g)
    d.add_heading(L["reports"], level=1)
    for i, (title, c, f) in enumerate(F.reports):
        par = d.add_paragraph(style="List Bullet")
        par._p.append(sdt_inline(title, f"Report {i + 1} title", placeholder=ph))
        par.add_run(" — ")
        par._p.append(sdt_inline(c, f"Report {i + 1} group", placeholder=ph))
        par.add_run(" — ")
        par._p.append(sdt_inline(None if f is None else str(f), f"Report {i + 1} FTE", placeholder=ph))
        par.add_run(" " + F.ftel)
    if o.get("empty_rows"):
        par = d.add_paragraph(style="List Bullet")
        par._p.append(sdt_inline(None, "Report title", placeholder=ph))
        par.add_run(" — ")
        par._p.append(sdt_inline(None, "Report group", placeholder=ph))
    d.add_heading(L["dims"], level=1)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for lab, v in [(L["fte"], F.fte), (L["salary"], F.salary), (L["om"], F.om), (L["total"], F.total)]:
        c = t.add_row().cells
        c[0].text = lab
        c[1].paragraphs[0]._p.append(sdt_inline(v, lab, placeholder=ph))
    d.add_heading(L["spec"], level=1)
    for s in F.specs():
        d.add_paragraph(s, style="List Number")
    sig_table(d, F, L, lang, people)
    return d


def docx_callouts(F: Facts, o, people):
    """A designed one-pager: classification and position number in the page header, a row of big-number
    call-out shapes (dimensions, plus distractors: number of direct reports and of regions), key results
    table with percentages, reports in a two-column table."""
    L, lang = labels(F.lang, o.get("lab", 1)), F.lang
    d = new_doc()
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = " | ".join(x for x in [F.cls, (f"{'Poste' if lang == 'fr' else 'Position'} {F.posno}" if F.posno else None),
                                     (f"{L['job']} {F.job}" if F.job else None)] if x)
    d.add_heading(F.title, level=0)
    if lang == "bilingual":
        d.add_paragraph(F.title_fr)
    d.add_paragraph(" · ".join(x for x in [F.dept, F.loc] if x))
    n_regions = 1 + (len(F.p["title"]) % 5)
    calls = [(F.salary, L["salary"]), (F.om, L["om"])]
    if F.total:
        calls.append((F.total, L["total"]))
    if F.fte:
        calls.append((F.fte, L["fte"]))
    calls.append((str(len(F.reports)), {"en": "Direct reports", "fr": "Postes subordonnés",
                                        "bilingual": "Direct reports / Postes subordonnés"}[lang]))
    calls.append((str(n_regions), {"en": "Regions served", "fr": "Régions desservies", "bilingual": "Regions / Régions"}[lang]))
    par = d.add_paragraph()
    for i, (v, lab) in enumerate(calls):
        par._p.append(textbox_run([xp(v, bold=True, size=22, color="0B6E4F", align="center"), xp(lab, size=8, align="center")],
                                  457200 + i * 1143000, 0, 1051560, 822960, fallback=o.get("fallback", True), fill="DFF3EA", name="Callout"))
    d.add_paragraph("")
    if F.date:
        d.add_paragraph(f"{L['date']}{F.c}{F.date}")
    d.add_heading(L["ga"], level=1)
    for g in F.ga().split("\n"):
        d.add_paragraph(g)
    d.add_heading(L["org"], level=1)
    sup = F.sup + (f" ({F.sup_cls})" if F.sup_cls else "")
    d.add_paragraph(f"{L['sup']}{F.c}{sup}" + (f", {L['sup_posno']} {F.sup_posno}" if F.sup_posno else ""))
    rt = d.add_table(rows=1, cols=2)
    rt.style = "Light Grid Accent 1"
    rt.rows[0].cells[0].text, rt.rows[0].cells[1].text = L["reports"], (L["cls"] + " · " + F.ftel)
    for title, c, f in F.reports:
        row = rt.add_row().cells
        row[0].text = title
        row[1].text = " · ".join(x for x in [c, f"{f} {F.ftel}" if f is not None else None] if x)
    d.add_heading(L["kr"], level=1)
    kt = d.add_table(rows=1, cols=2)
    kt.style = "Table Grid"
    kt.rows[0].cells[0].text, kt.rows[0].cells[1].text = L["kr"], {"en": "Target", "fr": "Cible", "bilingual": "Target / Cible"}[lang]
    for res, tgt in F.krs():
        row = kt.add_row().cells
        row[0].text, row[1].text = res, tgt
    d.add_heading(L["spec"], level=1)
    for s in F.specs():
        d.add_paragraph(s, style="List Bullet")
    sig_table(d, F, L, lang, people)
    return d


# ---------------------------------------------------------------- PDFs

def _pdfesc(s: str) -> str:
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


class Page:
    def __init__(self):
        self.ops = []

    def text(self, x, y, size, s):
        self.ops.append(f"BT /F1 {size} Tf 1 0 0 1 {x} {y} Tm ({_pdfesc(s)}) Tj ET")

    def lines(self, x, y, size, lines, lead=None):
        lead = lead or round(size * 1.3, 1)
        for i, s in enumerate(lines):
            self.text(x, round(y - i * lead, 1), size, s)
        return y - len(lines) * lead

    def rect(self, x, y, w, h, rgb):
        self.ops.append(f"q {rgb} rg {x} {y} {w} {h} re f Q")

    def bytes(self):
        return ("\n".join(self.ops) + "\n").encode("cp1252")


def wrap(s, width):
    out, line = [], ""
    for w in s.split():
        if line and len(line) + 1 + len(w) > width:
            out.append(line)
            line = w
        else:
            line = (line + " " + w).strip()
    if line:
        out.append(line)
    return out


def pdf_designed(F: Facts, o, people):
    """An InDesign-like two-page layout: a banner title, a row of call-outs (each value above its label,
    values written before labels in the text layer), a left sidebar of value-over-label facts, the body
    in the right column, key results, signatures."""
    L, lang = labels(F.lang, o.get("lab", 0)), F.lang
    p1 = Page()
    p1.rect(0, 760, 595, 82, "0.12 0.30 0.47")
    p1.text(40, 805, 20, F.title)
    y = 785
    if lang == "bilingual":
        p1.text(40, y, 11, F.title_fr)
        y -= 14
    p1.text(40, y - 4, 9, F.dept)
    calls = [(F.salary, L["salary"]), (F.om, L["om"])]
    if F.total:
        calls.append((F.total, L["total"]))
    if F.fte:
        calls.append((F.fte, L["fte"]))
    if o.get("callout_frames"):  # each call-out its own frame: value then label
        for i, (v, lab) in enumerate(calls):
            p1.rect(40 + i * 130, 680, 120, 60, "0.93 0.95 0.98")
            p1.text(50 + i * 130, 712, 24, v)
            p1.text(50 + i * 130, 692, 8, lab)
    else:  # all values, then all labels
        for i, (v, _) in enumerate(calls):
            p1.rect(40 + i * 130, 680, 120, 60, "0.93 0.95 0.98")
            p1.text(50 + i * 130, 712, 24, v)
        for i, (_, lab) in enumerate(calls):
            p1.text(50 + i * 130, 692, 8, lab)
    # sidebar
    side = [("cls", F.cls), ("posno", F.posno), ("job", F.job), ("date", F.date), ("loc", F.loc)]
    y = 650
    p1.text(40, y, 10, "» " + L["glance"])
    y -= 20
    for k, v in side:
        if v is None:
            continue
        if o.get("label_first"):
            p1.text(40, y, 7, L[k].upper())
            p1.text(40, y - 13, 12, v)
        else:
            p1.text(40, y, 12, v)
            p1.text(40, y - 11, 7, L[k])
        y -= 34
    sup = F.sup + (f" ({F.sup_cls})" if F.sup_cls else "")
    p1.text(40, y, 7, L["sup"].upper())
    for j, line in enumerate(wrap(sup, 30)):
        p1.text(40, y - 12 - j * 11, 9, line)
    y -= 14 + 11 * len(wrap(sup, 30))
    if F.sup_posno:
        p1.text(40, y - 4, 8, f"{L['sup_posno']}{F.c}{F.sup_posno}")
    # body column
    y = 650
    p1.text(230, y, 12, L["ga"])
    body = []
    for g in F.ga().split("\n"):
        body += wrap(g, 62) + [""]
    y = p1.lines(230, y - 18, 9, body, 11.5)
    p1.text(230, y - 6, 12, L["reports"])
    y -= 24
    for r in F.reports:
        for j, line in enumerate(wrap("• " + F.rep_line(r, o.get("rep", 0)), 62)):
            p1.text(230 if j == 0 else 238, y, 9, line)
            y -= 11.5
    p1.text(40, 30, 7, f"{F.dept}  |  1")
    p2 = Page()
    p2.text(40, 800, 12, L["spec"])
    y = 780
    for i, s in enumerate(F.specs(), 1):
        for j, line in enumerate(wrap(f"{i}. {s}", 95)):
            p2.text(40 if j == 0 else 52, y, 9, line)
            y -= 11.5
    y -= 14
    p2.text(40, y, 12, L["kr"])
    y -= 18
    for res, tgt in F.krs():
        p2.text(40, y, 9, res)
        p2.text(420, y, 9, tgt)
        y -= 13
    y -= 20
    p2.text(40, y, 12, L["sig"])
    sign = F.p["date"] - dt.timedelta(days=24)
    ds = d_fr(sign, "x") if lang == "fr" else d_en(sign, "mdy")
    y -= 18
    p2.text(40, y, 9, f"{L['inc']}{F.c}{F.p['incumbent']}")
    p2.text(360, y, 9, ds)
    people.append(F.p["incumbent"])
    if F.p["manager"]:
        p2.text(40, y - 14, 9, f"{L['mgr']}{F.c}{F.p['manager']}")
        p2.text(360, y - 14, 9, ds)
        people.append(F.p["manager"])
    p2.text(40, 30, 7, f"{F.dept}  |  2")
    return pdf_bytes([p1.bytes(), p2.bytes()])


def pdf_canva(F: Facts, o, people):
    """A Canva-like single tall page: each line its own text object, icons as characters before the facts
    (a bullet-like glyph), a key-facts grid written row by row with the values under the labels' row."""
    L, lang = labels(F.lang, o.get("lab", 1)), F.lang
    pg = Page()
    pg.rect(0, 0, 595, 842, "0.98 0.97 0.94")
    pg.text(40, 800, 9, F.dept.upper())
    for j, line in enumerate(wrap(F.title, 40)):
        pg.text(40, 776 - j * 24, 22, line)
    y = 776 - 24 * len(wrap(F.title, 40)) - 4
    if lang == "bilingual":
        pg.text(40, y, 11, F.title_fr)
        y -= 16
    facts = [("cls", F.cls), ("posno", F.posno), ("job", F.job), ("date", F.date), ("loc", F.loc)]
    facts = [(L[k], v) for k, v in facts if v is not None]
    # grid of 3: a row of labels then a row of values
    for rowstart in range(0, len(facts), 3):
        chunk = facts[rowstart:rowstart + 3]
        for i, (lab, _) in enumerate(chunk):
            pg.text(40 + i * 180, y - 10, 7, "§ " + lab.upper())
        for i, (_, v) in enumerate(chunk):
            pg.text(40 + i * 180, y - 24, 11, v)
        y -= 40
    sup = F.sup + (f" ({F.sup_cls})" if F.sup_cls else "") + (f" · {F.sup_posno}" if F.sup_posno else "")
    pg.text(40, y - 6, 9, f"¤ {L['sup']}{F.c}{sup}")
    y -= 34
    calls = [(F.salary, L["salary"]), (F.om, L["om"])] + ([(F.total, L["total"])] if F.total else []) + \
            ([(F.fte, L["fte"])] if F.fte else [])
    for i, (v, lab) in enumerate(calls):
        pg.text(40 + i * 135, y, 26, v)
    for i, (v, lab) in enumerate(calls):
        pg.text(40 + i * 135, y - 14, 8, lab)
    y -= 40
    pg.text(40, y, 12, L["ga"])
    y -= 16
    for g in F.ga().split("\n"):
        for line in wrap(g, 100):
            pg.text(40, y, 8.5, line)
            y -= 11
    y -= 8
    pg.text(40, y, 12, L["reports"])
    y -= 15
    for r in F.reports:
        pg.text(40, y, 8.5, "• " + F.rep_line(r, o.get("rep", 1)))
        y -= 11
    y -= 8
    pg.text(40, y, 12, L["spec"])
    y -= 15
    for s in F.specs():
        for j, line in enumerate(wrap("• " + s, 100)):
            pg.text(40 if j == 0 else 48, y, 8.5, line)
            y -= 11
    y -= 8
    pg.text(40, y, 12, L["kr"])
    y -= 15
    for res, tgt in F.krs():
        pg.text(40, y, 8.5, tgt)
        pg.text(100, y, 8.5, res)
        y -= 11
    y -= 12
    pg.text(40, y, 8, f"{L['inc']}{F.c}{F.p['incumbent']}" + (f"    {L['mgr']}{F.c}{F.p['manager']}" if F.p["manager"] else ""))
    people.append(F.p["incumbent"])
    if F.p["manager"]:
        people.append(F.p["manager"])
    return pdf_bytes([pg.bytes()])


# ---------------------------------------------------------------- text exports

def txt_word_export(F: Facts, o, people):
    """What Word's 'Save as Plain Text' makes of the 'At a glance' template: the text box's lines where it is
    anchored, the call-out shapes' value and label on lines of their own; no page header or footer."""
    L, lang = labels(F.lang, o.get("lab", 0)), F.lang
    out = [F.title]
    if lang == "bilingual":
        out.append(F.title_fr)
    out += [F.dept, L["glance"]]
    for k, v in [("cls", F.cls), ("posno", F.posno), ("job", F.job), ("loc", F.loc), ("date", F.date)]:
        if v is not None:
            out += [v, L[k]] if o.get("value_above") else [f"{L[k]}{F.c}{v}"]
    sup = F.sup + (f" ({F.sup_cls})" if F.sup_cls else "")
    out.append(f"{L['sup']}{F.c}{sup}")
    if F.sup_posno:
        out.append(f"{L['sup_posno']}{F.c}{F.sup_posno}")
    out += [L["ga"]] + F.ga().split("\n") + [L["org"], L["reports"] + ":"]
    out += [o.get("bullet", "•\t") + F.rep_line(r, o.get("rep", 0)) for r in F.reports]
    out.append(L["dims"])
    for v, lab in [(F.salary, L["salary"]), (F.om, L["om"]), (F.total, L["total"]), (F.fte, L["fte"])]:
        if v is not None:
            out += [v, lab]
    out += ["", L["spec"]] + [f"{i}.\t{s}" for i, s in enumerate(F.specs(), 1)]
    out += [L["sig"], f"{L['inc']}\t{F.p['incumbent']}"]
    people.append(F.p["incumbent"])
    if F.p["manager"]:
        out.append(f"{L['mgr']}\t{F.p['manager']}")
        people.append(F.p["manager"])
    return "\n".join(out) + "\n"


def txt_layout_export(F: Facts, o, people):
    """pdftotext -layout of a designed PDF: call-outs as a row of values over a row of labels, the sidebar
    and the body side by side on the same lines."""
    L, lang = labels(F.lang, o.get("lab", 0)), F.lang
    out = ["", "  " + F.title]
    if lang == "bilingual":
        out.append("  " + F.title_fr)
    out += ["  " + F.dept, ""]
    calls = [(F.salary, L["salary"]), (F.om, L["om"])] + ([(F.total, L["total"])] if F.total else []) + \
            ([(F.fte, L["fte"])] if F.fte else [])
    w = max(len(lab) for _, lab in calls) + 4
    out.append("  " + "".join(v.ljust(w) for v, _ in calls).rstrip())
    out.append("  " + "".join(lab.ljust(w) for _, lab in calls).rstrip())
    out.append("")
    side = []
    for k, v in [("cls", F.cls), ("posno", F.posno), ("job", F.job), ("date", F.date), ("loc", F.loc)]:
        if v is not None:
            side += [v, L[k], ""]
    sup = F.sup + (f" ({F.sup_cls})" if F.sup_cls else "")
    side += [L["sup"].upper()] + wrap(sup, 30) + ([f"{L['sup_posno']}{F.c}{F.sup_posno}"] if F.sup_posno else [])
    body = [L["ga"]]
    for g in F.ga().split("\n"):
        body += wrap(g, 58) + [""]
    body.append(L["reports"])
    for r in F.reports:
        body += wrap("• " + F.rep_line(r, o.get("rep", 0)), 58)
    for i in range(max(len(side), len(body))):
        a = side[i] if i < len(side) else ""
        b = body[i] if i < len(body) else ""
        out.append(("  " + a.ljust(36) + b).rstrip())
    out += ["", "  " + L["spec"]]
    for i, s in enumerate(F.specs(), 1):
        out += ["  " + x for x in wrap(f"{i}. {s}", 90)]
    out += ["", "  " + L["kr"]]
    for res, tgt in F.krs():
        out.append("  " + res.ljust(70) + tgt)
    out += ["", f"  {L['inc']}{F.c}{F.p['incumbent']}"]
    people.append(F.p["incumbent"])
    if F.p["manager"]:
        out.append(f"  {L['mgr']}{F.c}{F.p['manager']}")
        people.append(F.p["manager"])
    return "\f".join(["\n".join(out[:len(out) // 2]) + "\n", "\n".join(out[len(out) // 2:]) + "\n"])


def md_export(F: Facts, o, people):
    """Markdown exported from a designed page: a call-out table whose header row holds the values and whose
    body row holds the labels, an at-a-glance blockquote with emoji icons."""
    L, lang = labels(F.lang, o.get("lab", 1)), F.lang
    out = [f"# {F.title}", ""]
    if lang == "bilingual":
        out += [f"*{F.title_fr}*", ""]
    out += [f"{F.dept}", "", f"> **{L['glance']}**", ">"]
    icons = {"cls": "🏷️", "posno": "#️⃣", "job": "🗂️", "date": "📅", "loc": "📍"}
    for k, v in [("cls", F.cls), ("posno", F.posno), ("job", F.job), ("date", F.date), ("loc", F.loc)]:
        if v is not None:
            out.append(f"> {icons[k]} **{v}** · {L[k]}  ")
    sup = F.sup + (f" ({F.sup_cls})" if F.sup_cls else "")
    out.append(f"> 👤 {L['sup']}{F.c}{sup}" + (f" — {L['sup_posno']} {F.sup_posno}" if F.sup_posno else ""))
    out.append("")
    calls = [(F.salary, L["salary"]), (F.om, L["om"])] + ([(F.total, L["total"])] if F.total else []) + \
            ([(F.fte, L["fte"])] if F.fte else [])
    out.append("| " + " | ".join(f"**{v}**" for v, _ in calls) + " |")
    out.append("|" + "---|" * len(calls))
    out.append("| " + " | ".join(lab for _, lab in calls) + " |")
    out += ["", f"## {L['ga']}", ""] + [g + "\n" for g in F.ga().split("\n")]
    out += [f"## {L['reports']}", ""]
    out += [f"- {F.rep_line(r, o.get('rep', 0))}" for r in F.reports]
    out += ["", f"## {L['spec']}", ""] + [f"{i}. {s}" for i, s in enumerate(F.specs(), 1)]
    out += ["", f"## {L['kr']}", "", "| | |", "|---|---|"] + [f"| {tgt} | {res} |" for res, tgt in F.krs()]
    out += ["", "---", f"{L['inc']}{F.c}{F.p['incumbent']}" + (f" · {L['mgr']}{F.c}{F.p['manager']}" if F.p["manager"] else "")]
    people.append(F.p["incumbent"])
    if F.p["manager"]:
        people.append(F.p["manager"])
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- OCR

CONF_DIGIT = {"light": {"0": "O", "1": "I"}, "middling": {"0": "O", "1": "l", "5": "S", "8": "B"},
              "heavy": {"0": "O", "1": "I", "5": "S", "8": "B", "2": "Z", "6": "b"}}
P_DIGIT = {"light": 0.25, "middling": 0.45, "heavy": 0.65}
LETTERS = [("rn", "m"), ("m", "rn"), ("cl", "d"), ("e", "c"), ("i", "l"), ("h", "b"), ("u", "n"), ("t", "l")]
P_LETTER = {"light": 0.004, "middling": 0.012, "heavy": 0.025}
P_JOIN = {"light": 0.01, "middling": 0.03, "heavy": 0.06}


def damage(text: str, strength: str, rng: random.Random, protect: list[str]) -> str:
    keep = {}
    for i, n in enumerate(sorted(set(protect), key=len, reverse=True)):
        key = f"\x01{i}\x02"
        keep[key] = n
        text = text.replace(n, key)
    out = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "\x01":
            j = text.index("\x02", i)
            out.append(text[i:j + 1])
            i = j + 1
            continue
        if ch in CONF_DIGIT[strength] and rng.random() < P_DIGIT[strength]:
            out.append(CONF_DIGIT[strength][ch])
            i += 1
            continue
        if ch.isalpha() and rng.random() < P_LETTER[strength]:
            for a, b in LETTERS:
                if text.startswith(a, i):
                    out.append(b)
                    i += len(a)
                    break
            else:
                out.append(ch)
                i += 1
            continue
        if ch == " " and rng.random() < P_JOIN[strength]:
            i += 1
            continue
        out.append(ch)
        i += 1
    s = "".join(out)
    for k, v in keep.items():
        s = s.replace(k, v)
    return s


def ocr_page_text(F: Facts, o, people):
    """A printed designed page read by a scanner's OCR: call-out values in one line and labels in the next,
    the sidebar facts (value over label), then the body; running header and page footer."""
    L, lang = labels(F.lang, o.get("lab", 0)), F.lang
    lines = [F.title] + ([F.title_fr] if lang == "bilingual" else []) + [F.dept, ""]
    calls = [(F.salary, L["salary"]), (F.om, L["om"])] + ([(F.total, L["total"])] if F.total else []) + \
            ([(F.fte, L["fte"])] if F.fte else [])
    lines.append("   ".join(v for v, _ in calls))
    lines.append("   ".join(lab for _, lab in calls))
    lines.append("")
    for k, v in [("cls", F.cls), ("posno", F.posno), ("job", F.job), ("date", F.date), ("loc", F.loc)]:
        if v is not None:
            lines += [v, L[k]]
    sup = F.sup + (f" ({F.sup_cls})" if F.sup_cls else "")
    lines += [f"{L['sup']}{F.c}{sup}"] + ([f"{L['sup_posno']}{F.c}{F.sup_posno}"] if F.sup_posno else []) + [""]
    body = [L["ga"].upper()]
    for g in F.ga().split("\n"):
        body += wrap(g, o.get("bw", 76))
    body += ["", L["reports"].upper()] + ["- " + F.rep_line(r, o.get("rep", 1)) for r in F.reports]
    body += ["", L["spec"].upper()] + [f"{i}. {s}" for i, s in enumerate(F.specs(), 1)]
    body += ["", f"{L['inc']}{F.c}{F.p['incumbent']}"] + ([f"{L['mgr']}{F.c}{F.p['manager']}"] if F.p["manager"] else [])
    people.append(F.p["incumbent"])
    if F.p["manager"]:
        people.append(F.p["manager"])
    return lines, body


def hyphenate(lines, width, rng):
    out = []
    for ln in lines:
        while len(ln) > width:
            cut = ln.rfind(" ", 0, width)
            word_end = ln.find(" ", cut + 1)
            word = ln[cut + 1: word_end if word_end > 0 else len(ln)]
            if len(word) > 7 and rng.random() < 0.6:
                k = cut + 1 + len(word) // 2
                out.append(ln[:k] + "-")
                ln = ln[k:]
            else:
                out.append(ln[:cut])
                ln = ln[cut + 1:]
        out.append(ln)
    return out


def ocr_text(F: Facts, o, people, rng):
    head, body = ocr_page_text(F, o, people)
    prot = [F.p["incumbent"]] + ([F.p["manager"]] if F.p["manager"] else [])
    allb = hyphenate(head + body, 78, rng)
    per = 42
    pages = [allb[i:i + per] for i in range(0, len(allb), per)]
    running = {"en": "WORK DESCRIPTION", "fr": "DESCRIPTION DE TRAVAIL", "bilingual": "WORK DESCRIPTION / DESCRIPTION DE TRAVAIL"}[F.lang]
    chunks = []
    for n, pg in enumerate(pages, 1):
        txt = "\n".join(([f"{running}   {F.dept}", ""] if n > 1 else []) + pg + ["", f"- {n} -"])
        chunks.append(damage(txt, o["damage"], rng, prot))
    return "\n\f".join(chunks) + "\n"


def ocr_columns(F: Facts, o, people, rng):
    """The sidebar and the body read across: each line holds the sidebar's line, a gap of one to three spaces,
    and the body's line."""
    o = dict(o, bw=50)
    head, body = ocr_page_text(F, o, people)
    prot = [F.p["incumbent"]] + ([F.p["manager"]] if F.p["manager"] else [])
    ti = head.index("")  # title block
    top, side = head[:ti + 1], head[ti + 1:]
    calls = side[:2]
    side = side[3:]
    bodyw = []
    for ln in body:
        bodyw += wrap(ln, 56) if ln else [""]
    rows = top + calls + [""]
    for i in range(max(len(side), len(bodyw))):
        a = side[i] if i < len(side) else ""
        b = bodyw[i] if i < len(bodyw) else ""
        rows.append((a + " " * rng.randint(1, 3) + b).strip() if a else b)
    txt = "\n".join(rows + ["", "Page 1"])
    return damage(txt, o["damage"], rng, prot) + "\n"


# ---------------------------------------------------------------- refusals

def refuse_poster(people):
    """A bilingual job poster for an advertised process, designed in Word with text boxes."""
    d = new_doc()
    d.sections[0].header.paragraphs[0].text = "Selection process / Processus de sélection 24-IRCC-EA-0412"
    d.add_heading("We're hiring! / Nous recrutons!", level=0)
    d.add_paragraph("Executive Director, Settlement Programs (EX-02) / Directrice exécutive ou directeur exécutif, "
                    "Programmes d'établissement (EX-02)")
    par = d.add_paragraph("Immigration, Refugees and Citizenship Canada / Immigration, Réfugiés et Citoyenneté Canada")
    par._p.append(textbox_run([xp("$149,735 – $176,149", bold=True, size=18, align="center"),
                               xp("Salary range / Échelle salariale", size=8, align="center")], 914400, 0, 2286000, 731520))
    par._p.append(textbox_run([xp("Ottawa", bold=True, size=18, align="center"), xp("Location / Lieu", size=8, align="center")],
                              3383280, 0, 1828800, 731520))
    par._p.append(textbox_run([xp("2024-11-29", bold=True, size=18, align="center"),
                               xp("Closing date / Date de clôture", size=8, align="center")], 5394960, 0, 1828800, 731520))
    d.add_paragraph("")
    d.add_heading("Who can apply / Qui est admissible", level=1)
    d.add_paragraph("Persons employed in the public service occupying a position in the National Capital Region. / "
                    "Personnes employées dans la fonction publique occupant un poste dans la région de la capitale nationale.")
    d.add_heading("What you will do / Ce que vous ferez", level=1)
    d.add_paragraph("Lead a team of 60 people delivering settlement funding across Canada, with a budget of $312M in "
                    "grants and contributions. / Diriger une équipe de 60 personnes ...")
    d.add_heading("Essential qualifications / Qualifications essentielles", level=1)
    for q in ["Graduation with a degree from a recognized post-secondary institution / Diplôme d'un établissement postsecondaire reconnu",
              "Significant experience managing human and financial resources / Expérience appréciable de la gestion des ressources humaines et financières",
              "Various language requirements: CBC/CBC / Exigences linguistiques variées : CBC/CBC"]:
        d.add_paragraph(q, style="List Bullet")
    d.add_heading("How to apply / Comment postuler", level=1)
    d.add_paragraph("Apply online by November 29, 2024 at 23:59 Pacific time. Questions: Ottilie Ostrander, "
                    "Staffing Advisor / Conseillère en dotation.")
    people.append("Ottilie Ostrander")
    return d


def refuse_orgchart(people):
    """An org chart in Word: boxes (text boxes) with names, titles and levels."""
    d = new_doc()
    d.add_heading("Organization Chart — Program Delivery Branch", level=1)
    d.add_paragraph("As of March 31, 2025")
    boxes = [("Lavinia Underhill", "Director General, Program Delivery", "EX-03 · 63012"),
             ("Esmond Guimond-Ali", "Director, Grants Operations", "EX-01 · 48211"),
             ("Solenne Whitcombe", "Director, Program Policy", "EX-01 · 48212"),
             ("Kenji Fournel", "Director, Regional Coordination", "EX-01 · 48219")]
    par = d.add_paragraph()
    par._p.append(textbox_run([xp(boxes[0][0], bold=True, align="center"), xp(boxes[0][1], align="center"),
                               xp(boxes[0][2], size=8, align="center")], 2743200, 0, 2286000, 731520))
    for i, b in enumerate(boxes[1:]):
        par._p.append(textbox_run([xp(b[0], bold=True, align="center"), xp(b[1], align="center"), xp(b[2], size=8, align="center")],
                                  640080 + i * 2286000, 1280160, 2103120, 731520))
    for b in boxes:
        people.append(b[0])
    d.add_paragraph("")
    d.add_paragraph("Vacant positions shown in grey. Total branch FTEs: 212.")
    return d


def refuse_leadership_profile(people):
    """A designed PDF of the key leadership competencies for executives (no position)."""
    p1 = Page()
    p1.rect(0, 760, 595, 82, "0.20 0.20 0.35")
    p1.text(40, 805, 20, "Leadership profile: EX-01 to EX-03")
    p1.text(40, 785, 11, "Profil de leadership : EX-01 à EX-03")
    y = 730
    for (en, den), (fr, dfr) in zip(T.COMPETENCIES_EN, T.COMPETENCIES_FR):
        p1.text(40, y, 12, en)
        p1.text(310, y, 12, fr)
        for j, line in enumerate(wrap(den, 48)):
            p1.text(40, y - 14 - j * 11, 8.5, line)
        for j, line in enumerate(wrap(dfr, 48)):
            p1.text(310, y - 14 - j * 11, 8.5, line)
        y -= 80
    p1.text(40, 60, 26, "6")
    p1.text(40, 46, 8, "Competencies / Compétences")
    p1.text(200, 60, 26, "5")
    p1.text(200, 46, 8, "Levels / Niveaux")
    return pdf_bytes([p1.bytes()])


def refuse_brochure(people):
    """A French brochure on executive talent management with big-number call-outs."""
    p1 = Page()
    p1.rect(0, 700, 595, 142, "0.05 0.43 0.31")
    p1.text(40, 800, 22, "La gestion des talents des cadres")
    p1.text(40, 776, 12, "Ce qu'il faut savoir pour le cycle 2025-2026")
    calls = [("312", "cadres au ministère"), ("94 %", "questionnaires remplis"), ("4", "placements possibles"),
             ("31 janv.", "date limite")]
    for i, (v, _) in enumerate(calls):
        p1.text(40 + i * 135, 720, 26, v)
    for i, (_, lab) in enumerate(calls):
        p1.text(40 + i * 135, 706, 8, lab)
    txt = ("Le questionnaire sur la gestion des talents est obligatoire pour les EX-03 à EX-05 et facultatif pour les "
           "EX-01 et EX-02. Le gestionnaire du cadre propose le placement sur la carte des talents ; l'administrateur "
           "général l'approuve. Renseignements : Briony Tremblay-Osei, conseillère principale, Programmes des cadres.")
    y = 660
    for line in wrap(txt, 95):
        p1.text(40, y, 9, line)
        y -= 12
    people.append("Briony Tremblay-Osei")
    return pdf_bytes([p1.bytes()])


def refuse_memo(people):
    """A cp1252 memo asking for a classification review; a position's facts in passing."""
    t = ("MEMORANDUM / NOTE DE SERVICE\r\n\r\n"
         "TO: Philippa Castonguay-Reid, Director, Classification and Organization Design\r\n"
         "FROM: Amadou Rainville, Director General, Corporate Planning\r\n"
         "DATE: February 12, 2025\r\n"
         "SUBJECT: Request for classification review – Executive Director, Business Intelligence\r\n\r\n"
         "Please find attached the revised work description for the Executive Director, Business Intelligence "
         "(position 618204, currently EX-01). We are requesting that the position be reviewed against the EX-02 "
         "standard, given the addition of the survey analytics team (22 FTEs) and a salary budget that has grown "
         "to $3.4M.\r\n\r\n"
         "The incumbent’s manager has confirmed the content. We would appreciate the committee’s decision "
         "before the start of the new fiscal year.\r\n\r\n"
         "Amadou Rainville\r\n")
    people += ["Philippa Castonguay-Reid", "Amadou Rainville"]
    return t.encode("cp1252")


# ---------------------------------------------------------------- the plan

def build():
    rng = random.Random(150)
    units = list(range(len(T.UNITS)))
    rng.shuffle(units)
    levels = (["EX-01"] * 18 + ["EX-02"] * 12 + ["EX-03"] * 8 + ["EX-04"] * 2)
    rng.shuffle(levels)
    pos = []
    for i in range(40):
        pos.append(make_position(rng, i, levels[i], units[i], i % len(T.DEPARTMENTS)))
    # supervisor chain in the corpus: pos[0] is a DG with directors pos[1] and pos[2]
    dg = pos[0]
    if dg["level"] != "EX-03":
        j = next(k for k in range(1, 40) if pos[k]["level"] == "EX-03")
        pos[0], pos[j] = pos[j], pos[0]
        dg = pos[0]
    for k in (1, 2):
        if pos[k]["level"] != "EX-01":
            j = next(m for m in range(3, 40) if pos[m]["level"] == "EX-01")
            pos[k], pos[j] = pos[j], pos[k]
        sub = pos[k]
        sub["dept"] = dg["dept"]
        sub["sup_title"], sub["sup_title_fr"], sub["sup_cls"], sub["sup_posno"] = dg["title"], dg["title_fr"], "EX-03", dg["posno"]
        dg["reports"][k - 1] = {"title": sub["title"], "title_fr": sub["title_fr"], "cls": "EX-01", "fte": sub["fte"]}
    dg["fte"] = sum(r["fte"] for r in dg["reports"]) + 3
    # versioned positions: pos[3] DRAFT (older) -> signed (newer, a report more, new budget and date)
    v_old = pos[3]
    v_new = copy.deepcopy(v_old)
    v_new["date"] = dt.date(max(v_old["date"].year, 2022) + 1, 4, 1)
    v_old["date"] = dt.date(max(v_old["date"].year, 2022), 9, 15)
    v_new["reports"] = v_old["reports"] + [{"title": "Manager, Data Engineering" if "Data Engineering" not in str(v_old["reports"]) else "Manager, Outreach",
                                            "title_fr": "Gestionnaire, Ingénierie des données" if "Data Engineering" not in str(v_old["reports"]) else "Gestionnaire, Sensibilisation",
                                            "cls": "CS-04", "fte": 7}]
    v_new["fte"] = v_old["fte"] + 7
    v_new["salary"] = v_old["salary"] + 610000
    v_new["om"] = v_old["om"] + 45000
    v_new["total"] = v_new["salary"] + v_new["om"]

    def short(p):
        return p["unit"]

    P = lambda i: pos[i]  # noqa: E731
    plan = [
        # name, kind, lang, form, position, options, omit
        (f"WD - {dg['title']} ({dg['level']}).docx", "docx", "en", docx_header, dg, {"lab": 0}, []),
        (f"{P(1)['title']} - work description.docx", "docx", "en", docx_sdt, P(1), {"lab": 0}, ["supervisor.position_number"]),
        (f"{short(P(2))} - Director WD signed.pdf", "pdf", "en", pdf_designed, P(2), {"lab": 0, "callout_frames": True}, ["job_code"]),
        (f"DRAFT - ED {short(v_old)} v3.docx", "docx", "en", docx_glance, v_old, {"lab": 0}, ["total"]),
        (f"ED {short(v_new)} - final, signed.pdf", "pdf", "en", pdf_designed, v_new, {"lab": 0}, []),
        (f"{P(4)['title']}.docx", "docx", "en", docx_glance, P(4), {"lab": 1, "value_above": True}, ["supervisor.position_number"]),
        (f"{P(4)['title']} (exported).txt", "text", "en", txt_word_export, P(4), {"lab": 1, "value_above": True}, ["supervisor.position_number"]),
        (f"Profil de poste – {P(5)['title_fr']}.docx", "docx", "fr", docx_glance, P(5), {"lab": 0, "date": "x"}, ["job_code"]),
        (f"{P(6)['unit']} EX profile.docx", "docx", "en", docx_glance, P(6), {"lab": 0, "sup_in_box": False, "fallback": False, "date": "dmy"}, ["effective_date"]),
        (f"Description de travail {P(7)['unit_fr']}.docx", "docx", "fr", docx_glance, P(7), {"lab": 1, "value_above": True}, ["supervisor.position_number", "total"]),
        (f"WD_{P(8)['posno']}_{P(8)['level']}.docx", "docx", "bilingual", docx_glance, P(8), {"lab": 0, "date": "iso"}, []),
        (f"{P(9)['title']} - glance template.docx", "docx", "en", docx_glance, P(9), {"lab": 0, "rep": 1}, ["direct_reports.classification"]),
        (f"{P(10)['unit']} – work description (header template).docx", "docx", "en", docx_header, P(10), {"lab": 1, "first_page": True}, ["supervisor.position_number"]),
        (f"{P(11)['title']}.docx", "docx", "en", docx_header, P(11), {"lab": 0, "date": "iso"}, ["location"]),
        (f"DT-{P(12)['unit_fr']} (signée).docx", "docx", "fr", docx_header, P(12), {"lab": 0, "date": "x"}, []),
        (f"Bilingual WD - {P(13)['unit']}.docx", "docx", "bilingual", docx_header, P(13), {"lab": 0, "date": "iso"}, ["job_code"]),
        (f"WD {P(14)['unit']} EN-FR, final.docx", "docx", "bilingual", docx_header, P(14), {"lab": 1, "first_page": True, "date": "iso"}, ["total"]),
        (f"{P(15)['title']} (template v3.2).docx", "docx", "en", docx_sdt, P(15), {"lab": 0}, ["job_code", "position_number", "supervisor.position_number"]),
        (f"EWD template - {P(16)['unit']} - completed.docx", "docx", "en", docx_sdt, P(16), {"lab": 1, "empty_rows": True, "date": "dmy"}, ["location"]),
        (f"{P(17)['unit']} WD (1).docx", "docx", "en", docx_sdt, P(17), {"lab": 0, "stale_date": "2021-04-01"}, []),
        (f"Gabarit DT cadre – {P(18)['unit_fr']}.docx", "docx", "fr", docx_sdt, P(18), {"lab": 0, "date": "x"}, ["effective_date", "job_code"]),
        (f"EWD-DTC {P(19)['posno']}.docx", "docx", "bilingual", docx_sdt, P(19), {"lab": 0, "date": "iso"}, ["supervisor.position_number"]),
        (f"{P(20)['title']} one-pager.docx", "docx", "en", docx_callouts, P(20), {"lab": 1}, ["supervisor.position_number"]),
        (f"{P(21)['unit']} - position at a glance.docx", "docx", "en", docx_callouts, P(21), {"lab": 0, "fallback": False, "date": "dmy"}, ["job_code"]),
        (f"Fiche de poste – {P(22)['unit_fr']}.docx", "docx", "fr", docx_callouts, P(22), {"lab": 1, "date": "x"}, ["total"]),
        (f"{P(23)['unit']} _ {P(23)['unit_fr']} one-pager.docx", "docx", "bilingual", docx_callouts, P(23), {"lab": 0}, []),
        # PDFs
        (f"{P(24)['title']}.pdf", "pdf", "en", pdf_designed, P(24), {"lab": 1, "label_first": True}, ["supervisor.position_number"]),
        (f"Profil – {P(25)['title_fr']}.pdf", "pdf", "fr", pdf_designed, P(25), {"lab": 0, "date": "x"}, []),
        (f"{P(26)['unit']} EN-FR designed.pdf", "pdf", "bilingual", pdf_designed, P(26), {"lab": 0, "date": "iso", "callout_frames": True}, ["job_code"]),
        (f"{P(27)['unit']} (Canva).pdf", "pdf", "en", pdf_canva, P(27), {"lab": 1}, ["total"]),
        (f"{P(27)['unit']} (Canva) (1).pdf", "pdf", "en", pdf_canva, P(27), {"lab": 1}, ["total"]),
        (f"Poste {P(28)['posno']} – {P(28)['unit_fr']}.pdf", "pdf", "fr", pdf_canva, P(28), {"lab": 0, "date": "x"}, ["supervisor.position_number"]),
        (f"{P(29)['unit']} profile bilingual.pdf", "pdf", "bilingual", pdf_canva, P(29), {"lab": 1, "date": "iso"}, []),
        # text exports
        (f"{P(30)['unit']}.txt", "text", "en", txt_layout_export, P(30), {"lab": 0}, ["job_code"]),
        (f"{P(31)['title_fr']} - texte.txt", "text", "fr", txt_layout_export, P(31), {"lab": 1, "date": "x"}, ["supervisor.position_number"]),
        (f"{P(32)['unit']} glance export.txt", "text", "bilingual", txt_word_export, P(32), {"lab": 0, "date": "iso"}, ["total"]),
        (f"{P(33)['unit']} – copy.txt", "text", "en", txt_word_export, P(33), {"lab": 1, "value_above": True, "bullet": "o\t"}, ["effective_date"]),
        (f"{P(34)['title']} (Windows export).txt", "text-cp1252", "en", txt_word_export, P(34), {"lab": 0, "bullet": "·\t"}, ["supervisor.position_number"]),
        (f"Résumé du poste {P(35)['unit_fr']}.txt", "text-cp1252", "fr", txt_layout_export, P(35), {"lab": 0, "date": "x"}, []),
        # markdown
        (f"{P(36)['unit']} profile.md", "markdown", "en", md_export, P(36), {"lab": 1}, ["job_code"]),
        (f"{P(37)['unit_fr']} – profil.md", "markdown", "fr", md_export, P(37), {"lab": 0, "date": "x"}, ["supervisor.position_number"]),
        (f"{P(38)['unit']} - bilingual profile.md", "markdown", "bilingual", md_export, P(38), {"lab": 0, "date": "iso", "rep": 1}, ["total"]),
        # OCR of printed designed pages
        (f"scan_{P(39)['posno'][-4:]}.txt", "ocr", "en", ocr_text, P(39), {"lab": 0, "damage": "middling"}, ["supervisor.position_number"]),
    ]
    # the last OCR scans reuse positions printed elsewhere? no: four more positions are needed
    extra = []
    for i in range(3):
        lvl = ["EX-01", "EX-02", "EX-01"][i]
        extra.append(make_position(rng, 40 + i, lvl, units[40 + i], (40 + i) % len(T.DEPARTMENTS)))
    plan += [
        (f"Numérisation {extra[0]['unit_fr']}.txt", "ocr", "fr", ocr_text, extra[0], {"lab": 0, "damage": "heavy", "date": "x"}, ["job_code"]),
        (f"{extra[1]['unit']} printed one-pager OCR.txt", "ocr-columns", "en", ocr_columns, extra[1], {"lab": 0, "damage": "light"}, []),
        (f"SCAN {extra[2]['unit']} EN-FR.txt", "ocr-columns", "bilingual", ocr_columns, extra[2], {"lab": 0, "damage": "middling", "date": "iso"}, ["total"]),
    ]
    refusals = [
        ("Poster - ED Settlement Programs (EX-02) - 24-IRCC-EA-0412.docx", "docx", "bilingual", refuse_poster, "job poster for an advertised process"),
        ("Org chart PDB March 2025.docx", "docx", "en", refuse_orgchart, "organization chart (text boxes with names, titles, levels)"),
        ("Leadership profile EX-01 to EX-03.pdf", "pdf", "bilingual", refuse_leadership_profile, "leadership profile: competencies only, no position"),
        ("Brochure gestion des talents 2025-2026.pdf", "pdf", "fr", refuse_brochure, "brochure on executive talent management"),
        ("Scan_2025-03-04_1012.pdf", "pdf", "en", None, "scan without a text layer"),
        ("Memo - classification review request.txt", "text-cp1252", "en", refuse_memo, "memo requesting a classification review"),
    ]
    versions = {
        3: {"documents": [plan[3][0], plan[4][0]], "newest": plan[4][0], "same_text": False,
            "note": "the DRAFT Word template (older) became the signed designed PDF: a report more (CS-04, 7 FTEs), "
                    "7 FTEs more, salary +$610,000, O&M +$45,000, a total stated, a new effective date"},
        4: {"documents": [plan[5][0], plan[6][0]], "newest": plan[5][0], "same_text": False,
            "note": "the .txt is Word's plain-text export of the .docx: same values, text boxes flattened"},
        27: {"documents": [plan[29][0], plan[30][0]], "newest": plan[30][0], "same_text": True,
             "note": "the same PDF saved twice"},
    }
    return plan, refusals, versions, pos, dg


def truth_fields(p, lang, omit):
    fr = lang == "fr"
    reps = []
    for r in p["reports"]:
        reps.append({"title": r["title_fr"] if fr else r["title"],
                     "classification": None if "direct_reports.classification" in omit else r["cls"],
                     "fte": None if "direct_reports.fte" in omit else r["fte"]})
    return {
        "title": p["title_fr"] if fr else p["title"],
        "classification": p["level"],
        "job_code": None if "job_code" in omit else p["job_code"],
        "position_number": None if "position_number" in omit else p["posno"],
        "effective_date": None if "effective_date" in omit else p["date"],
        "supervisor": {"position_number": None if "supervisor.position_number" in omit else p["sup_posno"],
                       "title": p["sup_title_fr"] if fr else p["sup_title"],
                       "classification": None if "supervisor.classification" in omit else p["sup_cls"]},
        "direct_reports": reps,
        "salary": p["salary"],
        "o_and_m": p["om"],
        "total": None if "total" in omit else p["total"],
        "location": None if "location" in omit else (p["loc"][1] if fr else p["loc"][0]),
    }


FORM = {docx_glance: "word: 'At a glance' floating text box, call-out shapes", docx_header: "word: values in the page header and footer",
        docx_sdt: "word: fillable template, content controls", docx_callouts: "word: one-pager, header values, call-out shapes, key results",
        pdf_designed: "pdf: designed two-column layout, call-outs, sidebar", pdf_canva: "pdf: Canva-like one page, label row over value row, call-outs",
        txt_word_export: "text: Word plain-text export of the glance template", txt_layout_export: "text: pdftotext -layout of a designed PDF",
        md_export: "markdown: export of a designed page, call-out table (values in the header row)",
        ocr_text: "ocr: printed designed page, single stream", ocr_columns: "ocr: printed designed page, sidebar and body read across"}


def dump(path: Path, data):
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=1000), encoding="utf-8")


def main():
    plan, refusals, versions, pos, dg = build()
    for d_ in (CORPUS, EXPECTED):
        if d_.exists():
            shutil.rmtree(d_)
        d_.mkdir(parents=True)
    names = set()
    orng = random.Random(1500)
    for idx, (name, kind, lang, fn, p, o, omit) in enumerate(plan):
        assert name not in names, name
        names.add(name)
        o = dict(o)
        h = sum(map(ord, p["title"]))
        if fn in (docx_header, docx_sdt, txt_word_export):  # tables and forms: any notation
            amt = o.get("amt") or ["M", "full", "K", "M"][h % 4]
        else:  # call-outs: short figures
            amt = o.get("amt") or ["M", "M", "K"][h % 3]
        F = Facts(p, lang, omit, amt=amt, date=o.get("date", "mdy"))
        people: list[str] = []
        when = dt.datetime(2025, 1, 6, 9, 0, 0) + dt.timedelta(days=idx)
        if kind == "docx":
            data = save_docx(fn(F, o, people), ["HR Services", "Classification", "EXCS", "user"][idx % 4], when)
        elif kind == "pdf":
            data = fn(F, o, people)
        elif kind in ("ocr", "ocr-columns"):
            data = fn(F, o, people, orng).encode("utf-8")
        else:
            txt = fn(F, o, people)
            if kind == "text-cp1252":
                txt = txt.replace("'", "’").replace("\n", "\r\n")
                data = txt.encode("cp1252")
            else:
                data = txt.encode("utf-8")
        (CORPUS / name).write_bytes(data)
        fields = truth_fields(p, lang, omit)
        also = {"department": p["dept"][1] if lang == "fr" else p["dept"][0], "form": FORM[fn], "fte": p["fte"]}
        if lang == "bilingual":
            also["title_en"], also["title_fr"] = p["title"], p["title_fr"]
        if kind in ("ocr", "ocr-columns"):
            also["damage"] = o["damage"]
        if o.get("stale_date"):
            also["note"] = (f"the date picker's stored w:fullDate is {o['stale_date']}, but it shows "
                            f"{F.date}: the truth is the date shown")
        if fn in (docx_header, docx_callouts):
            also["values_in_page_header"] = [k for k, v in [("position_number", F.posno), ("classification", F.cls),
                                                            ("job_code", F.job)] if v]
        if fn is docx_header:
            also["values_in_page_footer"] = ["effective_date"] if F.date else []
        if fn is txt_word_export and p is pos[4]:
            also["note"] = "Word's plain-text export drops page headers; this template held no values there"
        if fn is docx_sdt:
            also["placeholders_showing"] = [k for k in ["job_code", "position_number", "effective_date", "location",
                                                        "supervisor.position_number", "total"] if k in omit]
        if fn is docx_callouts:
            also["distractor_callouts"] = ["number of direct reports", "regions served"]
        if p is dg:
            also["supervises_in_corpus"] = [plan[1][0], plan[2][0]]
        if p is pos[1] or p is pos[2]:
            also["reports_to_in_corpus"] = plan[0][0]
        ver = None
        for k, v in versions.items():
            if name in v["documents"]:
                ver = v
        not_stated = [k for k in ["job_code", "position_number", "effective_date", "supervisor.position_number",
                                  "supervisor.classification", "total", "location", "direct_reports.classification",
                                  "direct_reports.fte"] if k in omit]
        truth = {"document": name, "kind": kind, "language": lang, "outcome": "import", "fields": fields,
                 "not_stated": not_stated, "also": also, "people": sorted(set(people)), "versions": ver}
        dump(EXPECTED / f"{name}.expected.yaml", truth)
    for name, kind, lang, fn, what in refusals:
        assert name not in names, name
        names.add(name)
        people = []
        if fn is None:
            data = pdf_bytes(["", "", ""])
        elif kind == "docx":
            data = save_docx(fn(people), "Staffing", dt.datetime(2025, 2, 3, 14, 0, 0))
        else:
            data = fn(people)
        (CORPUS / name).write_bytes(data)
        truth = {"document": name, "kind": kind, "language": lang, "outcome": "refuse", "fields": None,
                 "not_stated": None, "also": {"what": what}, "people": sorted(set(people)), "versions": None}
        dump(EXPECTED / f"{name}.expected.yaml", truth)


if __name__ == "__main__":
    main()
