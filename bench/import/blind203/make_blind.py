"""Generate blind corpus blind203 (issue 12): Word documents with complex structure, written as raw
WordprocessingML (content controls, nested tables, merged cells, text boxes, fields, headers, footers,
footnotes, a landscape section), the same content exported to PDF and copied as text, and other kinds.
Run from the repository root: python bench/import/blind203/make_blind.py"""
from __future__ import annotations

import datetime as dt
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
import yaml  # noqa: E402
from tests.import_files import pdf_bytes  # noqa: E402
import texts as T  # noqa: E402

CORPUS, EXPECTED = HERE / "corpus", HERE / "expected"
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]
REPORT_GROUPS = ["PM-06", "EC-07", "AS-07", "CS-04", "FI-03", "EC-06", "PM-05", "AS-06", "CO-03"]

LABELS = {
    "form": ("EXECUTIVE WORK DESCRIPTION", "DESCRIPTION DE TRAVAIL DE CADRE"),
    "dept": ("Department", "Ministère"),
    "branch": ("Branch / Sector", "Direction générale / Secteur"),
    "title": ("Position Title", "Titre du poste"),
    "pn": ("Position Number", "Numéro du poste"),
    "class": ("Group and Level", "Groupe et niveau"),
    "job": ("Job Code", "Code d'emploi"),
    "date": ("Effective Date", "Date d'entrée en vigueur"),
    "loc": ("Location", "Lieu de travail"),
    "sup": ("Reports to", "Relève de"),
    "sup_title": ("Supervisor's Position Title", "Titre du poste du superviseur"),
    "sup_pn": ("Supervisor's Position Number", "Numéro du poste du superviseur"),
    "sup_class": ("Supervisor's Group and Level", "Groupe et niveau du superviseur"),
    "ga": ("General Accountability", "Responsabilité générale"),
    "org": ("Organization Structure", "Structure organisationnelle"),
    "ns": ("Nature and Scope", "Nature et étendue"),
    "dim": ("Dimensions", "Dimensions"),
    "sal": ("Salary", "Salaires"),
    "om": ("O&M", "F et E"),
    "tot": ("Total", "Total"),
    "fte": ("FTEs", "ETP"),
    "sa": ("Specific Accountabilities", "Responsabilités spécifiques"),
    "sig": ("Signatures", "Signatures"),
    "rep_hdr": (("Position", "Group/Level", "FTEs"), ("Poste", "Groupe/niveau", "ETP")),
    "reports_intro": ("The following positions report directly to the {t}:",
                      "Les postes suivants relèvent directement du titulaire du poste de {t} :"),
    "no_reports": ("The position has no direct reports; it leads a horizontal function through matrix teams.",
                   "Le poste n'a aucun subordonné direct; il dirige une fonction horizontale par des équipes matricielles."),
    "approved": ("Approved by", "Approuvé par"),
    "classified": ("Classified by", "Classifié par"),
    "incumbent": ("Incumbent", "Titulaire"),
}


def L(key, lang):
    en, fr = LABELS[key]
    if lang == "fr":
        return fr
    if lang == "bilingual" and isinstance(en, str):
        return f"{en} / {fr}"
    return en


# ----------------------------------------------------------------------------------------- positions
def make_positions():
    rng = random.Random(2030)
    used_names: set[str] = set()

    def person():
        while True:
            n = f"{rng.choice(T.GIVEN)} {rng.choice(T.FAMILY)}"
            if n not in used_names:
                used_names.add(n)
                return n

    positions = []
    area_i = 0
    for di, dept in enumerate(T.DEPARTMENTS):
        den, dfr, short, ben, bfr, adm_en, adm_fr = dept
        n_sub = 9 if di < 2 else 8
        dg_area = T.DG_AREAS[di]
        adm_pn = str(rng.randrange(10000, 99999))
        place = T.PLACES[di * 2 % len(T.PLACES)]
        dg = dict(dept=dept, level=3, area=dg_area, title_en=f"Director General, {dg_area[0]}",
                  title_fr=f"Directeur général, {dg_area[1]}", classification="EX-03",
                  sup=dict(pn=adm_pn, title_en=adm_en, title_fr=adm_fr, classification="EX-04"), place=place)
        subs = []
        for k in range(n_sub):
            area = T.AREAS[area_i]
            area_i += 1
            if k < 2:
                fem = rng.random() < 0.5
                p = dict(level=2, title_en=f"Executive Director, {area[0]}",
                         title_fr=f"{'Directrice exécutive' if fem else 'Directeur exécutif'}, {area[1]}",
                         classification="EX-02")
            else:
                fem = rng.random() < 0.5
                p = dict(level=1, title_en=f"Director, {area[0]}",
                         title_fr=f"{'Directrice' if fem else 'Directeur'}, {area[1]}", classification="EX-01")
            p.update(dept=dept, area=area, place=rng.choice(T.PLACES) if rng.random() < 0.3 else place)
            subs.append(p)
        for p in [dg] + subs:
            p["pn"] = str(rng.randrange(1000, 99999)).zfill(5) if rng.random() < 0.8 else str(rng.randrange(100000, 999999))
            p["job_code"] = str(rng.randrange(100100, 109999)) if rng.random() < 0.85 else None
            y = rng.randrange(2016, 2026)
            p["date"] = dt.date(y, rng.randrange(1, 13), rng.randrange(1, 29))
            p["approver"], p["classifier"] = person(), person()
            p["incumbent"] = person() if rng.random() < 0.4 else None
        for p in subs:
            p["sup"] = dict(pn=dg["pn"], title_en=dg["title_en"], title_fr=dg["title_fr"], classification="EX-03")
            p["dg"] = dg
            nrep = rng.randrange(2, 6)
            areas = rng.sample(T.REPORT_AREAS, nrep)
            reps = []
            for a in areas:
                reps.append(dict(title_en=f"Manager, {a[0]}", title_fr=f"Gestionnaire, {a[1]}",
                                 classification=rng.choice(REPORT_GROUPS), fte=rng.randrange(3, 31)))
            if p["level"] == 2:
                reps[0] = dict(title_en=f"Director, {areas[0][0]}", title_fr=f"Directeur, {areas[0][1]}",
                               classification="EX-01", fte=rng.randrange(15, 45))
            p["reports"] = reps
            p["fte"] = sum(r["fte"] for r in reps) + 1 + rng.randrange(0, 4)
            p["salary"] = rng.randrange(60, 420) * 10000
            p["om"] = rng.randrange(30, 900) * 1000
        dg["reports"] = [dict(title_en=s["title_en"], title_fr=s["title_fr"], classification=s["classification"],
                              fte=s["fte"]) for s in subs]
        dg["fte"] = sum(s["fte"] for s in subs) + rng.randrange(2, 6)
        dg["salary"] = rng.randrange(900, 2400) * 10000
        dg["om"] = rng.randrange(500, 5000) * 1000
        positions += [dg] + subs
    # nulls and variation
    for i, p in enumerate(positions):
        p["i"] = i
        p["show_total"] = rng.random() < 0.8
        p["show_sup_pn"] = rng.random() < 0.7
        p["show_loc"] = rng.random() < 0.93
    non_dg = [p for p in positions if p["level"] < 3]
    for p in rng.sample(non_dg, 3):
        p["pn"] = None
    for p in rng.sample(positions, 4):
        p["date"] = None
    for p in rng.sample(non_dg, 2):
        p["reports"] = None
    # the directors under a DG whose number is unknown: DGs all have numbers, nothing to do
    return positions, rng


# ----------------------------------------------------------------------------------------- notations
def fmt_date(d, style, lang):
    if d is None:
        return ""
    if lang == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        return {0: f"{day} {MONTHS_FR[d.month - 1]} {d.year}", 1: d.isoformat(),
                2: f"{d.day:02d}/{d.month:02d}/{d.year}" if d.day > 12 else f"{day} {MONTHS_FR[d.month - 1]} {d.year}",
                3: d.isoformat()}[style]
    return {0: f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}", 1: d.isoformat(),
            2: f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}", 3: f"{d.year}/{d.month:02d}/{d.day:02d}"}[style]


def fmt_amount(v, style, lang):
    def m(v):
        s = f"{v / 1e6:.3f}".rstrip("0")
        return s + "0" if s.endswith(".") else s
    if style == 0 and v % 10000:
        style = 2
    if lang == "fr":
        if style == 0:
            return m(v).replace(".", ",") + " M$"
        if style == 1:
            return f"{v:,}".replace(",", "\u00a0") + "\u00a0$"
        return f"{v // 1000:,}".replace(",", "\u00a0") + " k$"
    if style == 0:
        return f"${m(v)}M"
    if style == 1:
        return f"${v:,}"
    if style == 3:
        return f"${m(v)} million" if v % 10000 == 0 else f"${v // 1000:,}K"
    return f"${v // 1000:,}K"


def fmt_class(c, style):
    g, n = c.rsplit("-", 1)
    return {0: c, 1: f"{g}-{int(n)}", 2: f"{g} {n}", 3: f"{g}{n}"}[style]


def doc_view(p, lang, rng, override=None):
    """What one document prints for position p."""
    d = dict(p)
    d["lang"] = lang
    d.update(override or {})
    d["t"] = d["title_fr"] if lang == "fr" else d["title_en"]
    d["st"] = d["sup"]["title_fr"] if lang == "fr" else d["sup"]["title_en"]
    d["dstyle"] = rng.randrange(4)
    d["astyle"] = rng.randrange(4)
    d["cstyle"] = rng.choice([0, 0, 1, 2, 3])
    d["dept_name"] = d["dept"][1] if lang == "fr" else (f"{d['dept'][0]} / {d['dept'][1]}" if lang == "bilingual" else d["dept"][0])
    d["branch_name"] = d["dept"][4] if lang == "fr" else d["dept"][3]
    d["loc"] = d["place"][1] if lang == "fr" else d["place"][0]
    d["pn_shown"] = d["pn"] or rng.choice(["NEW", "TBD", "To be determined"] if lang != "fr" else ["NOUVEAU", "À déterminer"])
    return d


def rep_title(r, lang):
    return r["title_fr"] if lang == "fr" else r["title_en"]


def A(d, key):
    return fmt_amount(d[key], d["astyle"], d["lang"])


def C(d, c):
    return fmt_class(c, d["cstyle"])


def D(d):
    return fmt_date(d["date"], d["dstyle"], d["lang"])


def prose(d):
    lang = "fr" if d["lang"] == "fr" else "en"
    b = d["branch_name"]
    ga = (T.GA_FR if lang == "fr" else T.GA_EN).format(t=d["t"], a=d["area"][1 if lang == "fr" else 0], b=b)
    ns = T.NS_FR if lang == "fr" else T.NS_EN
    sa = [s.format(a=d["area"][1 if lang == "fr" else 0], s=d["st"]) for s in (T.SA_FR if lang == "fr" else T.SA_EN)]
    return ga, ns, sa


# ----------------------------------------------------------------------------------------- docx XML
NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:v="urn:schemas-microsoft-com:vml" '
      'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14"')


def x(s):
    return escape(str(s))


def R(text, b=False, i=False, sz=None):
    rpr = ("<w:b/>" if b else "") + ("<w:i/>" if i else "") + (f'<w:sz w:val="{sz}"/>' if sz else "")
    rpr = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    parts = str(text).split("\t")
    inner = "<w:tab/>".join(f'<w:t xml:space="preserve">{x(t)}</w:t>' for t in parts)
    return f"<w:r>{rpr}{inner}</w:r>"


def P(*runs, style=None, align=None, keep=False):
    ppr = (f'<w:pStyle w:val="{style}"/>' if style else "") + (f'<w:jc w:val="{align}"/>' if align else "")
    ppr = f"<w:pPr>{ppr}</w:pPr>" if ppr else ""
    body = "".join(r if r.startswith("<") else R(r) for r in runs)
    return f"<w:p>{ppr}{body}</w:p>"


class Ids:
    def __init__(self):
        self.n = 100

    def __call__(self):
        self.n += 1
        return self.n


def sdt_text(value, tag, ids, placeholder="Click or tap here to enter text."):
    i = ids()
    if value in (None, ""):
        return (f'<w:sdt><w:sdtPr><w:alias w:val="{x(tag)}"/><w:tag w:val="{x(tag)}"/><w:id w:val="{i}"/>'
                f'<w:showingPlcHdr/><w:text/></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rStyle w:val="PlaceholderText"/>'
                f'</w:rPr><w:t>{x(placeholder)}</w:t></w:r></w:sdtContent></w:sdt>')
    return (f'<w:sdt><w:sdtPr><w:alias w:val="{x(tag)}"/><w:tag w:val="{x(tag)}"/><w:id w:val="{i}"/><w:text/>'
            f'</w:sdtPr><w:sdtContent>{R(value)}</w:sdtContent></w:sdt>')


def sdt_drop(value, items, tag, ids):
    i = ids()
    li = "".join(f'<w:listItem w:displayText="{x(t)}" w:value="{x(t)}"/>' for t in items)
    return (f'<w:sdt><w:sdtPr><w:alias w:val="{x(tag)}"/><w:tag w:val="{x(tag)}"/><w:id w:val="{i}"/>'
            f'<w:dropDownList><w:listItem w:value="" w:displayText="Choose an item."/>{li}</w:dropDownList></w:sdtPr>'
            f'<w:sdtContent>{R(value)}</w:sdtContent></w:sdt>')


def sdt_date(date, shown, fmt, tag, ids, lang):
    i = ids()
    lid = "fr-CA" if lang == "fr" else "en-CA"
    if date is None:
        ph = "Cliquez ou appuyez ici pour entrer une date." if lang == "fr" else "Click or tap to enter a date."
        return (f'<w:sdt><w:sdtPr><w:alias w:val="{x(tag)}"/><w:tag w:val="{x(tag)}"/><w:id w:val="{i}"/><w:showingPlcHdr/>'
                f'<w:date><w:dateFormat w:val="{fmt}"/><w:lid w:val="{lid}"/><w:storeMappedDataAs w:val="dateTime"/>'
                f'<w:calendar w:val="gregorian"/></w:date></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rStyle w:val="PlaceholderText"/>'
                f'</w:rPr><w:t>{x(ph)}</w:t></w:r></w:sdtContent></w:sdt>')
    return (f'<w:sdt><w:sdtPr><w:alias w:val="{x(tag)}"/><w:tag w:val="{x(tag)}"/><w:id w:val="{i}"/>'
            f'<w:date w:fullDate="{date.isoformat()}T00:00:00Z"><w:dateFormat w:val="{fmt}"/><w:lid w:val="{lid}"/>'
            f'<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date></w:sdtPr>'
            f'<w:sdtContent>{R(shown)}</w:sdtContent></w:sdt>')


def fld_simple(instr, result):
    return f'<w:fldSimple w:instr=" {x(instr)} "><w:r><w:t xml:space="preserve">{x(result)}</w:t></w:r></w:fldSimple>'


def fld_complex(instr, result):
    return ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> {x(instr)} </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            f'<w:r><w:t xml:space="preserve">{x(result)}</w:t></w:r>'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def fnref(n):
    return f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{n}"/></w:r>'


def textbox(paras, ids, xoff, yoff, cx=2286000, cy=731520, fallback=True):
    n = ids()
    content = "".join(paras)
    drawing = (f'<w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="{n}" '
               'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
               f'<wp:positionH relativeFrom="page"><wp:posOffset>{xoff}</wp:posOffset></wp:positionH>'
               f'<wp:positionV relativeFrom="page"><wp:posOffset>{yoff}</wp:posOffset></wp:positionV>'
               f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
               f'<wp:docPr id="{n}" name="Text Box {n}"/><wp:cNvGraphicFramePr/><a:graphic>'
               '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
               f'<wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
               '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>'
               f'<wps:txbx><w:txbxContent>{content}</w:txbxContent></wps:txbx>'
               '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t">'
               '<a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>')
    if not fallback:
        return f"<w:r>{drawing}</w:r>"
    return ('<w:r><mc:AlternateContent><mc:Choice Requires="wps">' + drawing + '</mc:Choice><mc:Fallback><w:pict>'
            f'<v:shape id="Text Box {n}" type="#_x0000_t202" style="position:absolute;margin-left:{xoff // 12700}pt;'
            f'margin-top:{yoff // 12700}pt;width:{cx // 12700}pt;height:{cy // 12700}pt;z-index:{n}">'
            f'<v:textbox><w:txbxContent>{content}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>'
            '</mc:AlternateContent></w:r>')


def TC(content, w=2400, span=1, vmerge=None, shade=None):
    tcpr = f'<w:tcW w:w="{w}" w:type="dxa"/>'
    if span > 1:
        tcpr += f'<w:gridSpan w:val="{span}"/>'
    if vmerge == "restart":
        tcpr += '<w:vMerge w:val="restart"/>'
    elif vmerge == "cont":
        tcpr += "<w:vMerge/>"
    if shade:
        tcpr += f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>'
    if isinstance(content, str):
        content = [content]
    body = "".join(c if c.startswith("<w:p") or c.startswith("<w:tbl") else P(c) for c in content)
    if not body.endswith("</w:p>") and not body.endswith("<w:p/>"):
        body += "<w:p/>"
    return f"<w:tc><w:tcPr>{tcpr}</w:tcPr>{body}</w:tc>"


def TBL(rows, grid):
    g = "".join(f'<w:gridCol w:w="{w}"/>' for w in grid)
    return ('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
            '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>'
            f'</w:tblPr><w:tblGrid>{g}</w:tblGrid>' + "".join(f"<w:tr>{''.join(r)}</w:tr>" for r in rows) + "</w:tbl>")


PORTRAIT = '<w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/>'
LANDSCAPE = '<w:pgSz w:w="15840" w:h="12240" w:orient="landscape"/><w:pgMar w:top="1080" w:right="1080" w:bottom="1080" w:left="1080" w:header="708" w:footer="708" w:gutter="0"/>'
HF_REFS = '<w:headerReference w:type="default" r:id="rIdH1"/><w:footerReference w:type="default" r:id="rIdF1"/>'

STYLES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
          '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/><w:sz w:val="22"/></w:rPr></w:rPrDefault></w:docDefaults>'
          '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
          '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="24"/></w:rPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/></w:style>'
          '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/></w:style>'
          '<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="18"/></w:rPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/></w:style>'
          '<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>'
          '<w:style w:type="character" w:styleId="PlaceholderText"><w:name w:val="Placeholder Text"/><w:rPr><w:color w:val="808080"/></w:rPr></w:style>'
          '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders>'
          '<w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
          '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
          '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
          '</w:tblBorders></w:tblPr></w:style></w:styles>')


def write_docx(path, body, header, footer, footnotes=(), props=None, core_title="", author=""):
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    doc = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {NS}><w:body>{body}</w:body></w:document>'
    hdr = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr {NS}>{header}</w:hdr>'
    ftr = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr {NS}>{footer}</w:ftr>'
    fns = ('<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
           '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')
    for n, text in enumerate(footnotes, 1):
        fns += (f'<w:footnote w:id="{n}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr>'
                f'<w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>{R(" " + text)}</w:p></w:footnote>')
    fn_xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {NS}>{fns}</w:footnotes>'
    custom = ""
    if props:
        custom = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
                  'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
                  + "".join(f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="{k}" name="{x(n)}"><vt:lpwstr>{x(v)}</vt:lpwstr></property>'
                            for k, (n, v) in enumerate(props.items(), 2)) + "</Properties>")
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>{x(core_title)}</dc:title><dc:creator>{x(author)}</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2019-03-12T14:02:00Z</dcterms:created></cp:coreProperties>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
          '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
          '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
          '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          + ('<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>' if custom else "")
          + "</Types>")
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            + ('<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/>' if custom else "")
            + "</Relationships>")
    drels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
             '<Relationship Id="rIdH1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>'
             '<Relationship Id="rIdF1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>'
             '<Relationship Id="rIdFN" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>'
             "</Relationships>")
    parts = [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("docProps/core.xml", core)]
    if custom:
        parts.append(("docProps/custom.xml", custom))
    parts += [("word/document.xml", doc), ("word/_rels/document.xml.rels", drels), ("word/styles.xml", STYLES),
              ("word/header1.xml", hdr), ("word/footer1.xml", ftr), ("word/footnotes.xml", fn_xml)]
    assert W in doc
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode("utf-8"))


def page_footer(lang):
    if lang == "fr":
        return P(R("Page "), fld_complex("PAGE \\* MERGEFORMAT", "1"), R(" de "), fld_complex("NUMPAGES", "3"), style="Footer", align="center")
    return P(R("Page "), fld_complex("PAGE \\* MERGEFORMAT", "1"), R(" of "), fld_complex("NUMPAGES", "3"), style="Footer", align="center")


def reports_table(d, lang, grid=(4200, 1800, 1200)):
    hdr = LABELS["rep_hdr"][1 if lang == "fr" else 0]
    rows = [[TC(P(R(h, b=True)), w) for h, w in zip(hdr, grid)]]
    for r in d["reports"]:
        fte = f"{r['fte']}"
        rows.append([TC(rep_title(r, lang), grid[0]), TC(C(d, r["classification"]), grid[1]), TC(fte, grid[2])])
    return TBL(rows, grid)


def signature_block(d, lang):
    lg = "fr" if lang == "fr" else "en"
    rows = [[TC(P(R(L("approved", lg), b=True)), 3000), TC(d["approver"], 3600), TC(P(R("Date")), 2400)]]
    rows.append([TC(P(R(L("classified", lg), b=True)), 3000), TC(d["classifier"], 3600), TC("", 2400)])
    if d["incumbent"]:
        rows.append([TC(P(R(L("incumbent", lg), b=True)), 3000), TC(d["incumbent"], 3600), TC("", 2400)])
    return TBL(rows, (3000, 3600, 2400))


def accountabilities(d, lang):
    ga, ns, sa = prose(d)
    lg = "fr" if lang == "fr" else "en"
    out = [P(L("ga", lg), style="Heading2"), P(ga), P(L("ns", lg), style="Heading2"), P(ns),
           P(L("sa", lg), style="Heading2")]
    out += [P(f"{k}.\t{s}", style="ListParagraph") for k, s in enumerate(sa, 1)]
    return out


def docx_L1(d, path, ids):
    """Form table with content controls; position number a DOCPROPERTY field; reports table nested in a cell."""
    lang = d["lang"]
    classes = ["EX-01", "EX-02", "EX-03", "EX-04", "EX-05"]
    grid = (2200, 2500, 2000, 2660)
    lab = lambda k: TC(P(R(L(k, lang), b=True)), 2200, shade="D9E2F3")
    sec = lambda k: [TC(P(R(L(k, lang).upper(), b=True)), sum(grid), span=4, shade="B4C6E7")]
    pn_cell = P(fld_simple("DOCPROPERTY PositionNumber \\* MERGEFORMAT", d["pn_shown"]))
    rows = [sec("form"),
            [lab("dept"), TC(P(sdt_text(d["dept_name"], "Department", ids)), 6900 + 260, span=3)],
            [lab("title"), TC(P(sdt_text(d["t"], "PositionTitle", ids)), 7160, span=3)],
            [lab("pn"), TC(pn_cell, 2500), lab("class"), TC(P(sdt_drop(C(d, d["classification"]) if d["cstyle"] == 0 else d["classification"], classes, "GroupLevel", ids)), 2660)],
            [lab("job"), TC(P(sdt_text(d["job_code"], "JobCode", ids)), 2500), lab("date"),
             TC(P(sdt_date(d["date"], D(d), "yyyy-MM-dd" if d["dstyle"] == 1 else "MMMM d, yyyy", "EffectiveDate", ids, lang)), 2660)],
            [lab("loc"), TC(P(sdt_text(d["loc"] if d["show_loc"] else None, "Location", ids)), 7160, span=3)],
            sec("sup"),
            [lab("sup_title"), TC(P(sdt_text(d["st"], "SupTitle", ids)), 7160, span=3)],
            [lab("sup_pn"), TC(P(sdt_text(d["sup"]["pn"] if d["show_sup_pn"] else None, "SupPosNo", ids)), 2500),
             lab("sup_class"), TC(P(sdt_drop(d["sup"]["classification"], classes, "SupGroupLevel", ids)), 2660)],
            sec("org")]
    if d["reports"]:
        inner = [P(LABELS["reports_intro"][1 if lang == "fr" else 0].format(t=d["t"])), reports_table(d, lang), "<w:p/>"]
    else:
        inner = [P(LABELS["no_reports"][1 if lang == "fr" else 0])]
    rows.append([TC(inner, sum(grid), span=4)])
    rows.append(sec("dim"))
    rows.append([lab("sal"), TC(P(R(A(d, "salary")), fnref(1)), 2500), lab("om"), TC(P(R(A(d, "om"))), 2660)])
    rows.append([lab("fte"), TC(str(d["fte"]), 2500), lab("tot"),
                 TC(P(R(fmt_amount(d["salary"] + d["om"], d["astyle"], lang))) if d["show_total"] else P(), 2660)])
    body = [P(R(L("form", lang), b=True), style="Title", align="center"), TBL(rows, grid), "<w:p/>"]
    body += accountabilities(d, lang)
    body += [P(L("sig", "fr" if lang == "fr" else "en"), style="Heading2"), signature_block(d, lang),
             f"<w:sectPr>{HF_REFS}{PORTRAIT}</w:sectPr>"]
    header = P(R(d["t"] + " \u2014 " + ("Poste no " if lang == "fr" else "Position No. ")),
               fld_simple("DOCPROPERTY PositionNumber", d["pn_shown"]), style="Header", align="right")
    footer = P(R("Protégé A une fois rempli" if lang == "fr" else "Protected A when completed"), style="Footer") + page_footer(lang)
    fn = ["Le montant des salaires exclut le régime d'avantages sociaux des employés (RASE) de 27 %." if lang == "fr"
          else "Salary excludes the employee benefit plan (EBP) at 27%."]
    write_docx(path, "".join(body), header, footer, fn, props={"PositionNumber": d["pn_shown"], "Form": "EX-WD-2018"},
               core_title="Executive Work Description Template", author=d["classifier"])


def docx_L2(d, path, ids):
    """Position number in a text box; identification table with vertical merges; org chart as text boxes on a landscape page."""
    lang = d["lang"]
    lg = "fr" if lang == "fr" else "en"
    pnbox = textbox([P(R(L("pn", lang), b=True, sz=18)), P(R(d["pn_shown"], b=True, sz=28))], ids, 5486400, 457200, 1554480, 640080)
    body = [P(pnbox, R(L("form", lang), b=True), style="Title"), P(d["t"], style="Heading1")]
    g = (2600, 2800, 3960)
    cell = lambda t, w=2800, **k: TC(t, w, **k)
    rows = [[TC(P(R(L("dept", lang), b=True)), 2600), cell(d["dept_name"], 6760, span=2)],
            [TC(P(R(L("branch", lang), b=True)), 2600), cell(d["branch_name"], 6760, span=2)],
            [TC(P(R(L("class", lang), b=True)), 2600), cell(C(d, d["classification"]), 6760, span=2)],
            [TC(P(R(L("job", lang), b=True)), 2600), cell(d["job_code"] or "", 6760, span=2)],
            [TC(P(R(L("date", lang), b=True)), 2600), cell(D(d), 6760, span=2)],
            [TC(P(R(L("loc", lang), b=True)), 2600), cell(d["loc"] if d["show_loc"] else "", 6760, span=2)]]
    sup_rows = [("Title" if lg == "en" else "Titre", d["st"]), ("Group/Level" if lg == "en" else "Groupe/niveau", C(d, d["sup"]["classification"]))]
    if d["show_sup_pn"]:
        sup_rows.insert(0, ("Position No." if lg == "en" else "No de poste", d["sup"]["pn"]))
    for k, (a, b) in enumerate(sup_rows):
        rows.append([TC(P(R(L("sup", lang), b=True)) if k == 0 else P(), 2600, vmerge="restart" if k == 0 else "cont"),
                     cell(P(R(a, i=True)), 2800), cell(b, 3960)])
    body.append(TBL(rows, g))
    body.append(P())
    body.append(P(L("dim", lang), style="Heading2"))
    dg = (3000, 3000, 3360)
    drows = [[TC(P(R(L("sal", lang), b=True)), 3000), TC(P(R(L("om", lang), b=True)), 3000), TC(P(R(L("tot", lang), b=True), fnref(1)), 3360)],
             [TC(A(d, "salary"), 3000), TC(A(d, "om"), 3000), TC(fmt_amount(d["salary"] + d["om"], d["astyle"], lang) if d["show_total"] else "", 3360)],
             [TC(P(R(f"{L('fte', lang)} : {d['fte']}" if lang == "fr" else f"{L('fte', lang)}: {d['fte']}"), fnref(2)), 9360, span=3)]]
    body.append(TBL(drows, dg))
    body += accountabilities(d, lang)
    body.append(P(L("org", lang), style="Heading2"))
    body.append(P("Voir l'organigramme à la page suivante." if lg == "fr" else "See the organization chart on the next page."))
    body.append(f'<w:p><w:pPr><w:sectPr>{HF_REFS}{PORTRAIT}</w:sectPr></w:pPr></w:p>')
    # landscape org chart
    boxes = [textbox([P(R(d["st"], b=True)), P(C(d, d["sup"]["classification"]))], ids, 3657600, 914400)]
    boxes.append(textbox([P(R(d["t"], b=True)), P(f"{C(d, d['classification'])} \u2013 {d['pn_shown']}")], ids, 3657600, 2286000))
    reps = list(d["reports"] or [])
    order = list(range(len(reps)))
    random.Random(d["i"] * 7 + 1).shuffle(order)
    for k in order:
        r = reps[k]
        boxes.append(textbox([P(R(rep_title(r, lang), b=True)),
                              P(f"{C(d, r['classification'])} | {r['fte']} {'ETP' if lg == 'fr' else 'FTE'}")],
                             ids, 457200 + k * 1737360, 3840480, 1600200, 914400))
    body.append(P(R("ORGANIGRAMME" if lg == "fr" else "ORGANIZATION CHART", b=True), *boxes, style="Heading1"))
    if not reps:
        body.append(P(LABELS["no_reports"][1 if lg == "fr" else 0]))
    body.append(f'<w:p><w:pPr><w:sectPr>{HF_REFS}{LANDSCAPE}</w:sectPr></w:pPr></w:p>')
    body.append(P(L("sig", lg), style="Heading2"))
    body.append(signature_block(d, lang))
    body.append(f"<w:sectPr>{HF_REFS}{PORTRAIT}</w:sectPr>")
    header = P(R(d["t"]), style="Header")
    footer = P(R("EX WD template v3.2 \u2014 "), fld_simple("PAGE", "1"), style="Footer", align="right")
    fn = (["Chiffres du Budget principal des dépenses 2019-2020; le F et E exclut 250 k$ de financement ponctuel.",
           "Comprend deux employés nommés pour une période déterminée."] if lg == "fr" else
          ["Figures from the 2019-20 Main Estimates; O&M excludes $250K in one-time funding.",
           "Includes two term employees."])
    write_docx(path, "".join(body), header, footer, fn, core_title=d["t"], author=d["classifier"])


def docx_L3(d, path, ids):
    """Bilingual: two-column English | French form, reports table with merged heading, header carries title and number."""
    g = (4680, 4680)
    pf = d["title_fr"]
    stf = d["sup"]["title_fr"]
    fr_d = fmt_date(d["date"], d["dstyle"], "fr")
    en_d = fmt_date(d["date"], d["dstyle"], "en")
    pair = lambda en, fr, ve, vf: [TC([P(R(en, b=True)), P(ve)], 4680), TC([P(R(fr, b=True)), P(vf)], 4680)]
    rows = [[TC(P(R("EXECUTIVE WORK DESCRIPTION / DESCRIPTION DE TRAVAIL DE CADRE", b=True), align="center"), 9360, span=2, shade="C00000")],
            pair("Department", "Ministère", d["dept"][0], d["dept"][1]),
            pair("Position Title", "Titre du poste", d["title_en"], pf),
            pair("Position Number", "Numéro du poste", d["pn_shown"], d["pn_shown"]),
            pair("Group and Level", "Groupe et niveau", C(d, d["classification"]), C(d, d["classification"])),
            pair("Job Code", "Code d'emploi", d["job_code"] or "", d["job_code"] or ""),
            pair("Effective Date", "Date d'entrée en vigueur", en_d, fr_d),
            pair("Location", "Lieu", d["place"][0] if d["show_loc"] else "", d["place"][1] if d["show_loc"] else ""),
            pair("Supervisor's Title", "Titre du superviseur", d["sup"]["title_en"], stf),
            pair("Supervisor's Group and Level", "Groupe et niveau du superviseur", C(d, d["sup"]["classification"]), C(d, d["sup"]["classification"]))]
    if d["show_sup_pn"]:
        rows.append(pair("Supervisor's Position Number", "Numéro du poste du superviseur", d["sup"]["pn"], d["sup"]["pn"]))
    body = [TBL(rows, g), P()]
    body.append(P("Direct reports / Subordonnés directs", style="Heading2"))
    if d["reports"]:
        rg = (3600, 3000, 1560, 1200)
        rr = [[TC(P(R("Position", b=True)), 3600), TC(P(R("Poste", b=True)), 3000), TC(P(R("Group / Groupe", b=True)), 1560), TC(P(R("FTE / ETP", b=True)), 1200)]]
        for r in d["reports"]:
            rr.append([TC(r["title_en"], 3600), TC(r["title_fr"], 3000), TC(C(d, r["classification"]), 1560), TC(str(r["fte"]), 1200)])
        body.append(TBL(rr, rg))
    else:
        body.append(P(LABELS["no_reports"][0] + " / " + LABELS["no_reports"][1]))
    body.append(P("Dimensions", style="Heading2"))
    dims = [[TC(P(R("Salary / Salaires", b=True)), 4680), TC(f"{A(d, 'salary')} / {fmt_amount(d['salary'], d['astyle'], 'fr')}", 4680)],
            [TC(P(R("O&M / F et E", b=True)), 4680), TC(f"{A(d, 'om')} / {fmt_amount(d['om'], d['astyle'], 'fr')}", 4680)]]
    if d["show_total"]:
        t = d["salary"] + d["om"]
        dims.append([TC(P(R("Total", b=True)), 4680), TC(f"{fmt_amount(t, d['astyle'], 'en')} / {fmt_amount(t, d['astyle'], 'fr')}", 4680)])
    dims.append([TC(P(R("FTEs / ETP", b=True)), 4680), TC(str(d["fte"]), 4680)])
    body.append(TBL(dims, g))
    den = dict(d, lang="en", t=d["title_en"], st=d["sup"]["title_en"], branch_name=d["dept"][3])
    body += accountabilities(den, "en")
    body.append(P("Signatures", style="Heading2"))
    body.append(signature_block(d, "en"))
    body.append(f"<w:sectPr>{HF_REFS}{PORTRAIT}</w:sectPr>")
    header = P(R(f"{d['title_en']} / {pf}"), style="Header") + P(R("No / No. "), fld_complex("DOCPROPERTY PosNum", d["pn_shown"]), style="Header", align="right")
    footer = P(R("Page "), fld_simple("PAGE", "1"), style="Footer", align="center")
    write_docx(path, "".join(body), header, footer, (), props={"PosNum": d["pn_shown"]}, core_title="EX WD bilingual", author=d["approver"])


def docx_L4(d, path, ids):
    """Older Word: tab-aligned label paragraphs, complex DOCPROPERTY field for the number, reports table with a
    vertically merged directorate column and a total row."""
    lang = d["lang"]
    lg = "fr" if lang == "fr" else "en"
    lines = [P(R(L("form", lang), b=True), style="Title")]
    def lv(k, v):
        return P(R(L(k, lang) + ":", b=True), R("\t" + v))
    lines += [lv("dept", d["dept_name"]), lv("branch", d["branch_name"]), lv("title", d["t"]),
              P(R(L("pn", lang) + ":", b=True), R("\t"), fld_complex("DOCPROPERTY \"Position Number\" \\* MERGEFORMAT", d["pn_shown"])),
              lv("class", C(d, d["classification"]))]
    if d["job_code"]:
        lines.append(lv("job", d["job_code"]))
    lines.append(lv("date", D(d)))
    if d["show_loc"]:
        lines.append(lv("loc", d["loc"]))
    sup = f"{d['st']} ({C(d, d['sup']['classification'])})"
    if d["show_sup_pn"]:
        sup += (f", poste no {d['sup']['pn']}" if lg == "fr" else f", position no. {d['sup']['pn']}")
    lines.append(lv("sup", sup))
    lines += accountabilities(d, lang)[:4]
    lines.append(P(L("org", lang), style="Heading2"))
    if d["reports"]:
        lines.append(P(LABELS["reports_intro"][1 if lg == "fr" else 0].format(t=d["t"])))
        g = (2400, 3600, 1800, 1200)
        hdr = ("Direction" if lg == "fr" else "Directorate",) + LABELS["rep_hdr"][1 if lg == "fr" else 0]
        rows = [[TC(P(R(h, b=True)), w) for h, w in zip(hdr, g)]]
        for k, r in enumerate(d["reports"]):
            rows.append([TC(d["area"][1 if lg == "fr" else 0] if k == 0 else P(), 2400, vmerge="restart" if k == 0 else "cont"),
                         TC(rep_title(r, lang), 3600), TC(C(d, r["classification"]), 1800), TC(str(r["fte"]), 1200)])
        rows.append([TC(P(R("Total", b=True)), 7800, span=3), TC(P(R(str(sum(r["fte"] for r in d["reports"])), b=True)), 1200)])
        lines.append(TBL(rows, g))
    else:
        lines.append(P(LABELS["no_reports"][1 if lg == "fr" else 0]))
    lines.append(P(L("dim", lang), style="Heading2"))
    lines.append(P(R(L("fte", lang) + ":", b=True), R(f"\t{d['fte']}")))
    lines.append(P(R(L("sal", lang) + ":", b=True), R("\t" + A(d, "salary"))))
    lines.append(P(R(L("om", lang) + ":", b=True), R("\t" + A(d, "om")), fnref(1)))
    if d["show_total"]:
        lines.append(P(R(L("tot", lang) + ":", b=True), R("\t" + fmt_amount(d["salary"] + d["om"], d["astyle"], lang))))
    lines += accountabilities(d, lang)[4:]
    lines.append(P(L("sig", lg), style="Heading2"))
    lines.append(P(f"{L('approved', lg)}: {d['approver']}"))
    lines.append(P(f"{L('classified', lg)}: {d['classifier']}"))
    if d["incumbent"]:
        lines.append(P(f"{L('incumbent', lg)}: {d['incumbent']}"))
    lines.append(f"<w:sectPr>{HF_REFS}{PORTRAIT}</w:sectPr>")
    header = P(R(("Poste " if lg == "fr" else "Position ")), fld_complex("DOCPROPERTY \"Position Number\"", d["pn_shown"]),
               R("\t" + d["t"]), style="Header")
    footer = page_footer(lang)
    fn = ["Comprend les coûts de formation ministériels." if lg == "fr" else "Includes departmental training costs."]
    write_docx(path, "".join(lines), header, footer, fn, props={"Position Number": d["pn_shown"]},
               core_title="Work Description", author="HR Classification")


# ----------------------------------------------------------------------------------------- text renderings
def lines_wordcopy(d):
    """Text as Word exports or copies it: table cells separated by tabs, one row a line."""
    lang = d["lang"]
    out = [L("form", lang), ""]
    lv = lambda k, v: out.append(f"{L(k, lang)}\t{v}")
    lv("dept", d["dept_name"])
    if lang == "bilingual":
        lv("title", f"{d['title_en']} / {d['title_fr']}")
    else:
        lv("title", d["t"])
    out.append(f"{L('pn', lang)}\t{d['pn_shown']}\t{L('class', lang)}\t{C(d, d['classification'])}")
    out.append(f"{L('job', lang)}\t{d['job_code'] or ''}\t{L('date', lang)}\t{D(d) if lang != 'bilingual' else fmt_date(d['date'], d['dstyle'], 'en')}")
    lv("loc", d["loc"] if d["show_loc"] else "")
    out.append(L("sup", lang).upper())
    lv("sup_title", d["st"] if lang != "bilingual" else f"{d['sup']['title_en']} / {d['sup']['title_fr']}")
    out.append(f"{L('sup_pn', lang)}\t{d['sup']['pn'] if d['show_sup_pn'] else ''}\t{L('sup_class', lang)}\t{C(d, d['sup']['classification'])}")
    out.append(L("org", lang).upper())
    lg = 1 if lang == "fr" else 0
    if d["reports"]:
        out.append(LABELS["reports_intro"][lg].format(t=d["t"] if lang != "bilingual" else d["title_en"]))
        out.append("\t".join(LABELS["rep_hdr"][lg]))
        for r in d["reports"]:
            out.append(f"{rep_title(r, lang)}\t{C(d, r['classification'])}\t{r['fte']}")
    else:
        out.append(LABELS["no_reports"][lg])
    out.append(L("dim", lang).upper())
    out.append(f"{L('sal', lang)}\t{A(d, 'salary')}1\t{L('om', lang)}\t{A(d, 'om')}")
    out.append(f"{L('fte', lang)}\t{d['fte']}\t{L('tot', lang)}\t{fmt_amount(d['salary'] + d['om'], d['astyle'], d['lang']) if d['show_total'] else ''}")
    out.append("")
    ga, ns, sa = prose(d)
    out += [L("ga", lang), ga, "", L("ns", lang), ns, "", L("sa", lang)]
    out += [f"{k}.\t{s}" for k, s in enumerate(sa, 1)]
    out += ["", L("sig", lang), f"{L('approved', lang)}\t{d['approver']}\tDate", f"{L('classified', lang)}\t{d['classifier']}\t"]
    if d["incumbent"]:
        out.append(f"{L('incumbent', lang)}\t{d['incumbent']}\t")
    out += ["", "1 " + ("Le montant des salaires exclut le régime d'avantages sociaux des employés (RASE) de 27 %." if lang == "fr"
                       else "Salary excludes the employee benefit plan (EBP) at 27%.")]
    return out


def lines_labels(d, rng, caps=False):
    lang = d["lang"]
    lg = 1 if lang == "fr" else 0
    form = L("form", lang)
    out = [form, ""]
    def lv(k, v):
        lab = L(k, lang)
        lab = lab.upper() if caps else lab
        sep = " :" if lang == "fr" else ":"
        out.append(f"{lab}{sep} {v}".rstrip() if not caps else f"{(lab + sep):<34}{v}".rstrip())
    lv("dept", d["dept_name"]); lv("branch", d["branch_name"]); lv("title", d["t"]); lv("pn", d["pn_shown"])
    lv("class", C(d, d["classification"]))
    if d["job_code"]:
        lv("job", d["job_code"])
    lv("date", D(d))
    if d["show_loc"]:
        lv("loc", d["loc"])
    lv("sup_title", d["st"])
    lv("sup_class", C(d, d["sup"]["classification"]))
    if d["show_sup_pn"]:
        lv("sup_pn", d["sup"]["pn"])
    ga, ns, sa = prose(d)
    out += ["", L("ga", lang).upper(), ga, "", L("org", lang).upper()]
    bullet = rng.randrange(2)
    if d["reports"]:
        out.append(LABELS["reports_intro"][lg].format(t=d["t"]))
        for r in d["reports"]:
            u = "ETP" if lang == "fr" else "FTEs"
            if bullet == 0:
                out.append(f"- {rep_title(r, lang)} ({C(d, r['classification'])}, {r['fte']} {u})")
            else:
                out.append(f"- {C(d, r['classification'])} - {rep_title(r, lang)} - {r['fte']} {u}")
    else:
        out.append(LABELS["no_reports"][lg])
    out += ["", L("ns", lang).upper(), ns, "", L("dim", lang).upper()]
    lv("fte", str(d["fte"])); lv("sal", A(d, "salary")); lv("om", A(d, "om"))
    if d["show_total"]:
        lv("tot", fmt_amount(d["salary"] + d["om"], d["astyle"], lang))
    out += ["", L("sa", lang).upper()] + [f"{k}. {s}" for k, s in enumerate(sa, 1)]
    out += ["", L("sig", lang).upper(), f"{L('approved', lang)}: {d['approver']}", f"{L('classified', lang)}: {d['classifier']}"]
    if d["incumbent"]:
        out.append(f"{L('incumbent', lang)}: {d['incumbent']}")
    return out


def lines_markdown(d):
    lang = d["lang"]
    lg = 1 if lang == "fr" else 0
    out = [f"# {L('form', lang).title()}", "", f"## {d['t']}", ""]
    kv = [("dept", d["dept_name"]), ("title", d["t"]), ("pn", d["pn_shown"]), ("class", C(d, d["classification"])),
          ("job", d["job_code"]), ("date", D(d) or None), ("loc", d["loc"] if d["show_loc"] else None),
          ("sup_title", d["st"]), ("sup_pn", d["sup"]["pn"] if d["show_sup_pn"] else None),
          ("sup_class", C(d, d["sup"]["classification"]))]
    out += [f"* **{L(k, lang)}:** {v}" for k, v in kv if v]
    ga, ns, sa = prose(d)
    out += ["", f"## {L('ga', lang)}", "", ga, "", f"## {L('org', lang)}", ""]
    if d["reports"]:
        h = LABELS["rep_hdr"][lg]
        out += [LABELS["reports_intro"][lg].format(t=d["t"]), "", f"| {h[0]} | {h[1]} | {h[2]} |", "|---|---|---:|"]
        out += [f"| {rep_title(r, lang)} | {C(d, r['classification'])} | {r['fte']} |" for r in d["reports"]]
    else:
        out.append(LABELS["no_reports"][lg])
    out += ["", f"## {L('dim', lang)}", "", f"* **{L('fte', lang)}:** {d['fte']}", f"* **{L('sal', lang)}:** {A(d, 'salary')}",
            f"* **{L('om', lang)}:** {A(d, 'om')}"]
    if d["show_total"]:
        out.append(f"* **{L('tot', lang)}:** {fmt_amount(d['salary'] + d['om'], d['astyle'], lang)}")
    out += ["", f"## {L('sa', lang)}", ""] + [f"{k}. {s}" for k, s in enumerate(sa, 1)]
    out += ["", f"## {L('sig', lang)}", "", f"**{L('approved', lang)}:** {d['approver']}  ", f"**{L('classified', lang)}:** {d['classifier']}"]
    return out


def wrap(lines, width):
    out = []
    for line in lines:
        while len(line) > width:
            cut = line.rfind(" ", 0, width)
            if cut <= 0:
                cut = width
            out.append(line[:cut])
            line = line[cut:].lstrip()
        out.append(line)
    return out


def paginate(lines, per, header, footer_fmt):
    pages = [lines[i:i + per] for i in range(0, len(lines), per)]
    n = len(pages)
    return [[header, ""] + pg + ["", footer_fmt.format(k=k, n=n)] for k, pg in enumerate(pages, 1)]


OCR_DIGIT = {"0": "O", "1": "I", "5": "S", "8": "B"}
OCR_LET = [("m", "rn"), ("e", "c"), ("li", "h"), ("cl", "d"), ("h", "b")]


def damage(text, rng, strength):
    p_digit = {"light": 0.15, "medium": 0.35, "heavy": 0.6}[strength]
    p_let = {"light": 0.004, "medium": 0.012, "heavy": 0.03}[strength]
    out = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch in OCR_DIGIT and rng.random() < p_digit:
            out.append(rng.choice([OCR_DIGIT[ch], "l"]) if ch == "1" else OCR_DIGIT[ch]); i += 1; continue
        hit = False
        for a, b in OCR_LET:
            if text.startswith(a, i) and rng.random() < p_let:
                out.append(b); i += len(a); hit = True; break
        if hit:
            continue
        if ch == " " and rng.random() < p_let:
            i += 1; continue
        out.append({"é": "e", "è": "e", "à": "a", "’": "'"}.get(ch, ch) if rng.random() < p_let * 8 else ch)
        i += 1
    return "".join(out)


def ocr_text(lines, d, rng, strength):
    res = []
    for line in lines:
        label = len(line) > 34 and line[:34].rstrip().endswith(":") and line[33] == " "
        width = 68 if label else 62
        first = True
        while len(line) > width:
            cut = line.rfind(" ", 35 if label else 0, width)
            if not label and rng.random() < 0.4:
                h = width - 2
                while h > 30 and not (line[h - 1].isalpha() and line[h].isalpha() and line[h - 2].isalpha() and line[h + 1:h + 2].isalpha()):
                    h -= 1
                if h > 30:
                    res.append(line[:h] + "-")
                    line = line[h:]
                    continue
            if cut <= 0:
                cut = width
            res.append(line[:cut])
            line = (" " * 34 if label else "") + line[cut:].lstrip()
        res.append(line)
    pages = paginate(res, 48, f"{d['dept'][2]}  {L('form', d['lang'])}  {d['pn_shown']}", "- {k} -")
    text = "\n\f".join("\n".join(pg) for pg in pages)
    return damage(text.replace("\t", "  "), rng, strength) + "\n"


def pdf_pages(lines, d, per=58):
    pages = paginate(wrap([l.replace("\t", "   ") for l in lines], 95), per, f"{d['t']} - {d['pn_shown']}", "Page {k} of {n}" if d["lang"] != "fr" else "Page {k} de {n}")
    return ["\n".join(pg) for pg in pages]


# ----------------------------------------------------------------------------------------- refuse
def refuse_docs(rng, positions):
    out = []
    p = positions[5]
    # memo in Word with content controls
    ids = Ids()
    body = [P(R("MEMORANDUM", b=True), style="Title"),
            TBL([[TC(P(R("To:", b=True)), 1800), TC(P(sdt_text("Director General, Learning Policy and Programs", "To", ids)), 7560)],
                 [TC(P(R("From:", b=True)), 1800), TC(P(sdt_text("Director, Human Resources Planning", "From", ids)), 7560)],
                 [TC(P(R("Date:", b=True)), 1800), TC(P(sdt_date(dt.date(2022, 11, 14), "November 14, 2022", "MMMM d, yyyy", "Date", ids, "en")), 7560)],
                 [TC(P(R("Subject:", b=True)), 1800), TC(P(sdt_text("Reclassification of position " + p["pn"] + " to EX-02", "Subject", ids)), 7560)]],
                (1800, 7560)),
            P("Further to our discussion, the organizational review of the Program Integrity directorate is complete. "
              "The committee recommends that position " + p["pn"] + " remain at the EX-01 level until the new work "
              "description is evaluated. The directorate's salary envelope of $2.1M and 24 FTEs are unchanged."),
            P("Please confirm your agreement by December 2, 2022."),
            P(R("Ottoline Vandermolen", b=True)), P("Director, Human Resources Planning"),
            f"<w:sectPr>{HF_REFS}{PORTRAIT}</w:sectPr>"]
    out.append(("Memo - reclassification " + p["pn"] + ".docx", "docx", "en", lambda path, b="".join(body):
                write_docx(path, b, P("UNCLASSIFIED"), page_footer("en"), ()), ["Ottoline Vandermolen"], "memo (Word, content controls)"))
    # org chart: landscape page with text boxes only
    ids2 = Ids()
    dg = positions[10]
    boxes = [textbox([P(R(dg["title_en"], b=True)), P("EX-03")], ids2, 3657600, 457200)]
    for k, s in enumerate(positions[11:16]):
        boxes.append(textbox([P(R(s["title_en"], b=True)), P(s["classification"] + " | " + str(s["fte"]) + " FTE")], ids2, 457200 + k * 1737360, 2286000, 1600200, 914400))
    body2 = P(R("Energy Technology Sector \u2014 Organization Chart (April 2023)", b=True), *boxes, style="Heading1") + f"<w:sectPr>{HF_REFS}{LANDSCAPE}</w:sectPr>"
    out.append(("Org chart ETS, avril 2023.docx", "docx", "en", lambda path, b=body2:
                write_docx(path, b, P("Natural Resources Canada"), P("Source: HR system extract"), ()), [], "organization chart (Word, landscape, text boxes)"))
    # letter in PDF
    letter = ["Natural Resources Canada", "Human Resources Branch", "", "June 3, 2024", "", "Brannock Haskewitch",
              "580 Booth Street", "Ottawa, Ontario", "", "Subject: Offer of acting appointment, Director, Hydrogen and Fuels (EX-01)", "",
              "Dear Brannock Haskewitch,", "",
              "I am pleased to offer you an acting appointment to position " + positions[19]["pn"] + ", Director, Hydrogen",
              "and Fuels (EX-01), effective July 2, 2024 until March 31, 2025. Your salary will be set within the EX-01 range",
              "($138,100 to $162,400). The directorate has 31 FTEs and an operating budget of $3.4M.", "",
              "Please sign and return a copy of this letter by June 14, 2024.", "", "Sincerely,", "", "Clélia Ostrander",
              "Director General, Clean Energy Innovation"]
    out.append(("Letter of offer - acting EX-01 - signed.pdf", "pdf", "en", lambda path: path.write_bytes(pdf_bytes(["\n".join(letter)])),
                ["Brannock Haskewitch", "Clélia Ostrander"], "letter of offer (PDF)"))
    # scan without text layer
    out.append(("scan_0047.pdf", "pdf", "en", lambda path: path.write_bytes(pdf_bytes(["", "", ""])), [], "three-page scan without a text layer"))
    # minutes as text
    minutes = ["Comité de gestion des ressources - Secteur de la statistique sociale, de la santé et du travail",
               "Procès-verbal de la réunion du 12 septembre 2023", "",
               "Présents : Ghislaine Penhallow (présidente), Evander Dufresnoy, Noémie Kittredge", "",
               "1. Dotation des postes de direction",
               "Le comité approuve la dotation du poste 48213, Directeur, Méthodes d'enquête (EX-01).",
               "Budget salarial de la division : 2,4 M$; 28 ETP.", "",
               "2. Description de travail du Directeur général, Statistique du travail (EX-03)",
               "La révision est reportée à la prochaine réunion.", "",
               "Prochaine réunion : 10 octobre 2023"]
    out.append(("PV comité ressources 2023-09-12.txt", "text", "fr", lambda path: path.write_bytes(("\n".join(minutes) + "\n").encode("utf-8")),
                ["Ghislaine Penhallow", "Evander Dufresnoy", "Noémie Kittredge"], "minutes of a resource committee (French text)"))
    return out


# ----------------------------------------------------------------------------------------- truth
def truth(name, kind, lang, d, extra_also=None):
    lg = lang
    title = d["title_fr"] if lg == "fr" else d["title_en"]
    st = d["sup"]["title_fr"] if lg == "fr" else d["sup"]["title_en"]
    reps = None
    if d["reports"]:
        reps = [dict(title=(r["title_fr"] if lg == "fr" else r["title_en"]), classification=r["classification"], fte=r["fte"]) for r in d["reports"]]
    fields = dict(title=title, classification=d["classification"], job_code=d["job_code"], position_number=d["pn"],
                  effective_date=d["date"],
                  supervisor=dict(position_number=d["sup"]["pn"] if d["show_sup_pn"] else None, title=st,
                                  classification=d["sup"]["classification"]),
                  direct_reports=reps, salary=d["salary"], o_and_m=d["om"],
                  total=d["salary"] + d["om"] if d["show_total"] else None,
                  location=(d["place"][1] if lg == "fr" else d["place"][0]) if d["show_loc"] else None)
    ns = [k for k in ("job_code", "position_number", "effective_date") if fields[k] is None]
    if fields["supervisor"]["position_number"] is None:
        ns.append("supervisor.position_number")
    for k in ("direct_reports", "total", "location"):
        if fields[k] is None:
            ns.append(k)
    also = dict(department=d["dept"][1] if lg == "fr" else d["dept"][0], fte=d["fte"])
    if lg == "bilingual":
        also["title_fr"] = d["title_fr"]
    if d["pn"] is None:
        also["position_number_printed"] = d["pn_shown"]
    if d.get("dg"):
        also["reports_to_in_corpus"] = d["dg"]["doc"]
    also.update(extra_also or {})
    people = [d["approver"], d["classifier"]] + ([d["incumbent"]] if d["incumbent"] else [])
    return dict(document=name, kind=kind, language=lang, outcome="import", fields=fields, not_stated=ns or None,
                also=also, people=people, versions=None)


class Dumper(yaml.SafeDumper):
    pass


def _str(dumper, value):
    if value.isdigit():
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="'")
    return dumper.represent_scalar("tag:yaml.org,2002:str", value)


Dumper.add_representer(str, _str)


def main():
    positions, rng = make_positions()
    krng = random.Random(2031)
    order = list(range(len(positions)))
    krng.shuffle(order)
    kinds = ["docx"] * 18 + ["pdf"] * 5 + ["text"] * 4 + ["text-cp1252"] * 3 + ["ocr"] * 5 + ["markdown"] * 3
    for k, i in zip(kinds, order):
        positions[i]["kind"] = k
    docx_pos = [p for p in positions if p["kind"] == "docx"]
    for j, p in enumerate(docx_pos):
        p["lang"] = "bilingual" if j < 5 else ("fr" if j < 8 else "en")
        p["layout"] = "L3" if j < 5 else ["L1", "L2", "L4"][j % 3]
    for kind, nfr in (("pdf", 1), ("text-cp1252", 1), ("ocr", 1), ("markdown", 1), ("text", 0)):
        ps = [p for p in positions if p["kind"] == kind]
        for j, p in enumerate(ps):
            p["lang"] = "fr" if j < nfr else "en"
    # extras: exports of docx (3 PDF, 2 text) and drafts (2)
    en_docx = [p for p in docx_pos if p["layout"] != "L3"]
    exports = [(docx_pos[0], "pdf"), (en_docx[0], "pdf"), (en_docx[4], "pdf"), (en_docx[3], "text"), (docx_pos[6], "text")]
    drafts = [en_docx[2], en_docx[5]]
    # file names
    nrng = random.Random(2032)
    for p in positions:
        t = p["title_fr"] if p["lang"] == "fr" else p["title_en"]
        ext = {"docx": ".docx", "pdf": ".pdf", "text": ".txt", "text-cp1252": ".txt", "ocr": ".txt", "markdown": ".md"}[p["kind"]]
        if p["kind"] == "ocr":
            stem = nrng.choice([f"scan_{p['i'] + 101:04d} OCR", f"{t} (scanned)", f"img{p['i'] + 300} ocr"])
        else:
            pn = p["pn"] or "NEW"
            stem = nrng.choice([f"{t}", f"EX WD - {t}", f"{pn} {t}", f"WD {t} - final", f"{t} (1)", f"{t} - signed",
                                f"Description de travail - {t}" if p["lang"] == "fr" else f"Work description - {t}"])
        p["doc"] = stem + ext
    names = [p["doc"] for p in positions]
    assert len(set(names)) == len(names), "duplicate names"
    if CORPUS.exists():
        shutil.rmtree(CORPUS)
    if EXPECTED.exists():
        shutil.rmtree(EXPECTED)
    CORPUS.mkdir(parents=True)
    EXPECTED.mkdir(parents=True)
    truths = {}
    vrng = random.Random(2033)

    def emit(p, name, kind, lang, override=None, extra_also=None, seed=0, src_view=None):
        drng = random.Random(203500 + p["i"] * 10 + seed)
        d = src_view or doc_view(p, lang, drng, override)
        path = CORPUS / name
        ids = Ids()
        if kind == "docx":
            {"L1": docx_L1, "L2": docx_L2, "L3": docx_L3, "L4": docx_L4}[p["layout"]](d, path, ids)
        elif kind == "pdf":
            lines = lines_wordcopy(d) if src_view is not None else lines_labels(d, drng)
            path.write_bytes(pdf_bytes(pdf_pages(lines, d)))
        elif kind == "text":
            lines = lines_wordcopy(d) if src_view is not None else lines_labels(d, drng, caps=drng.random() < 0.5)
            path.write_bytes(("\n".join(lines) + "\n").encode("utf-8"))
        elif kind == "text-cp1252":
            lines = lines_labels(d, drng, caps=drng.random() < 0.5)
            txt = "\r\n".join(lines).replace("'", "\u2019") + "\r\n"
            path.write_bytes(txt.encode("cp1252"))
        elif kind == "markdown":
            path.write_bytes(("\n".join(lines_markdown(d)) + "\n").encode("utf-8"))
        elif kind == "ocr":
            strength = ["light", "medium", "medium", "heavy", "heavy"][p["i"] % 5]
            lines = lines_labels(d, drng, caps=True)
            path.write_bytes(ocr_text(lines, d, drng, strength).encode("utf-8"))
            extra_also = dict(extra_also or {}, damage=strength)
        dd = dict(d)
        tr = truth(name, kind, lang, dd, extra_also)
        if kind == "text-cp1252":
            f = tr["fields"]
            f["title"] = f["title"].replace("'", "\u2019")
            f["supervisor"]["title"] = f["supervisor"]["title"].replace("'", "\u2019")
            for r in f["direct_reports"] or []:
                r["title"] = r["title"].replace("'", "\u2019")
            tr["also"]["department"] = tr["also"]["department"].replace("'", "\u2019")
        truths[name] = tr
        return d

    layout_note = {"L1": "form table, content controls, DOCPROPERTY field, nested reports table",
                   "L2": "number in a text box, vMerge supervisor rows, org chart in text boxes on a landscape page",
                   "L3": "bilingual two-column form, header DOCPROPERTY",
                   "L4": "tab-aligned labels, DOCPROPERTY field, reports table with vMerge column and total row"}
    for p in positions:
        extra = {"layout": layout_note[p["layout"]]} if p["kind"] == "docx" else {}
        p["view"] = emit(p, p["doc"], p["kind"], p["lang"], extra_also=extra)
    # exports of the same Word document
    for p, kind in exports:
        stem = Path(p["doc"]).stem
        name = stem + (".pdf" if kind == "pdf" else " (copied from Word).txt")
        emit(p, name, kind, p["lang"], extra_also={"form": "export of " + p["doc"]}, src_view=p["view"])
        v = dict(documents=[p["doc"], name], newest=name, same_text=False,
                 note="the same Word document saved as PDF" if kind == "pdf" else "the same Word document's text copied and pasted into a text file; same values")
        truths[p["doc"]]["versions"] = v
        truths[name]["versions"] = v
    # drafts: an earlier version with other figures
    for p in drafts:
        stem = Path(p["doc"]).stem.replace(" - final", "").replace(" - signed", "").replace(" (1)", "")
        name = stem + " DRAFT.docx"
        old_date = (p["date"] - dt.timedelta(days=vrng.randrange(200, 500))) if p["date"] else None
        ov = dict(date=old_date, salary=p["salary"] - vrng.randrange(5, 30) * 10000, om=p["om"] - vrng.randrange(5, 20) * 1000,
                  approver=p["approver"], fte=p["fte"] - 2)
        emit(p, name, "docx", p["lang"], override=ov, extra_also={"layout": layout_note[p["layout"]], "draft": True}, seed=7)
        v = dict(documents=[name, p["doc"]], newest=p["doc"], same_text=False,
                 note="the DRAFT has an earlier effective date, lower salary, O&M and FTEs; the final supersedes it")
        truths[p["doc"]]["versions"] = v
        truths[name]["versions"] = v
    for name, kind, lang, fn, people, what in refuse_docs(rng, positions):
        fn(CORPUS / name)
        truths[name] = dict(document=name, kind=kind, language=lang, outcome="refuse", fields=None, not_stated=None,
                            also={"what": what}, people=people or None, versions=None)
    for name, tr in sorted(truths.items()):
        (EXPECTED / (name + ".expected.yaml")).write_text(
            yaml.dump(tr, Dumper=Dumper, sort_keys=False, allow_unicode=True, width=120), encoding="utf-8")
    print(len(truths), "documents")


if __name__ == "__main__":
    main()
