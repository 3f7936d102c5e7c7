"""Blind corpus blind171: Word's inner structures (tracked changes, comments, content controls, text
boxes, header/footer values, fields, nested tables, hidden text, soft breaks) and the same documents
saved by Word to PDF and to plain text.  Deterministic: run from the repository root."""
import datetime
import io
import random
import shutil
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import yaml

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from tests.import_files import pdf_bytes  # noqa: E402
import texts as T  # noqa: E402

HERE = Path(__file__).resolve().parent
CORPUS, EXPECTED = HERE / "corpus", HERE / "expected"
rng = random.Random(171)

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]

# ----------------------------------------------------------------------------------------- positions
used_names = set()


def person():
    while True:
        n = f"{rng.choice(T.FIRST)} {rng.choice(T.LAST)}"
        if n not in used_names:
            used_names.add(n)
            return n


def make_position(i, level):
    topic, topic_fr = T.TOPICS[i]
    dept, dept_fr = T.DEPARTMENTS[i % len(T.DEPARTMENTS)]
    loc, loc_fr = T.LOCATIONS[(i * 5) % len(T.LOCATIONS)]
    if level == "EX-01":
        title, title_fr = f"Director, {topic}", f"Directeur, {topic_fr}" if i % 2 else f"Directrice, {topic_fr}"
    elif level == "EX-02":
        title, title_fr = f"Executive Director, {topic}", f"Directeur exécutif, {topic_fr}"
    else:
        title, title_fr = f"Director General, {topic}", f"Directeur général, {topic_fr}"
    st, stf = T.TOPICS[(i + 17) % len(T.TOPICS)]
    if level == "EX-01":
        if i % 3:
            sup = (f"Director General, {st}", f"Directeur général, {stf}", "EX-03")
        else:
            sup = (f"Executive Director, {st}", f"Directrice exécutive, {stf}", "EX-02")
    elif level == "EX-02":
        sup = (f"Director General, {st}", f"Directrice générale, {stf}", "EX-03")
    else:
        b, bf = T.BRANCHES[i % len(T.BRANCHES)]
        sup = (f"Assistant Deputy Minister, {b}", f"Sous-ministre adjoint, {bf}", "EX-04")
    pool = list(T.REPORTS_NONEX) if level == "EX-01" else list(T.REPORTS_EX[:2 + (level == "EX-03")]) + list(T.REPORTS_NONEX[2:4])
    k = rng.randint(2, 4) if level == "EX-01" else len(pool) - rng.randint(0, 1)
    reps = rng.sample(pool, k) if level == "EX-01" else pool[:k]
    reports = []
    for t, tf, c in reps:
        fte = None if c in ("AS-02",) or t == "Senior Advisor" else rng.randint(3, 40)
        reports.append(dict(title=t, title_fr=tf, classification=c, fte=fte))
    salary = rng.randint(900, 6800) * 1000
    om = rng.randint(40, 2200) * 1000
    return dict(
        title=title, title_fr=title_fr, topic=topic, topic_fr=topic_fr, classification=level,
        job_code=str(rng.randint(100100, 109999)), position_number=str(rng.randint(10000, 99999) if i % 4 else rng.randint(100000, 999999)),
        effective=datetime.date(rng.randint(2016, 2025), rng.randint(1, 12), rng.randint(1, 28)),
        dept=dept, dept_fr=dept_fr, loc=loc, loc_fr=loc_fr,
        sup_title=sup[0], sup_title_fr=sup[1], sup_class=sup[2], sup_pn=str(rng.randint(10000, 99999)),
        reports=reports, salary=salary, om=om,
        fte=sum(r["fte"] or 1 for r in reports) + 1 + rng.randint(0, 9),
        incumbent=person() if i % 3 != 1 else None, prepared=person(), approved=person(),
        show_total=i % 3 != 2, show_job=i % 4 != 3, show_suppn=i % 5 != 4, show_eff=i % 9 != 5,
        show_pn=i % 11 != 7,
    )


# ----------------------------------------------------------------------------------------- notations
def money(v, style, lang):
    if lang == "fr":
        if style == 0:
            return f"{v:,}".replace(",", "\u00a0") + " $"
        if style == 1:
            return f"{v / 1e6:.3f}".replace(".", ",") + " M$"
        return f"{v:,}".replace(",", " ") + " $"
    if style == 0:
        return f"${v:,}"
    if style == 1:
        return f"${v / 1e6:.3f}M"
    return f"${v // 1000:,}K"


def date_s(d, style, lang):
    if lang == "fr":
        return ("1er" if d.day == 1 else str(d.day)) + f" {MONTHS_FR[d.month - 1]} {d.year}" if style != 1 else d.isoformat()
    return [f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}", d.isoformat(), f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"][style % 3]


def cls_s(c, style):
    if style == 1:
        return c.replace("-", " ")
    return c


LAB = {
    "en": dict(head="EXECUTIVE WORK DESCRIPTION", title="Position Title", cls="Group and Level", job="Job Code",
               pn="Position Number", eff="Effective Date", dept="Department", loc="Location", sup="Reports to",
               supc="Supervisor's Group and Level", suppn="Supervisor's Position Number", ga="GENERAL ACCOUNTABILITY",
               ns="NATURE AND SCOPE", org="ORGANIZATION", dim="DIMENSIONS", fte="FTEs", sal="Salary", om="O&M",
               tot="Total", inc="Incumbent", prep="Prepared by", appr="Approved by", rep="Direct reports",
               lvl="Level", pos="Position", nostaff="no staff"),
    "fr": dict(head="DESCRIPTION DE TRAVAIL DE CADRE", title="Titre du poste", cls="Groupe et niveau",
               job="Code d'emploi", pn="Numéro du poste", eff="Date d'entrée en vigueur", dept="Ministère",
               loc="Lieu de travail", sup="Relève de", supc="Groupe et niveau du superviseur",
               suppn="Numéro de poste du superviseur", ga="RESPONSABILITÉ GÉNÉRALE", ns="NATURE ET ÉTENDUE",
               org="ORGANISATION", dim="DIMENSIONS", fte="ETP", sal="Salaires", om="F et E", tot="Total",
               inc="Titulaire", prep="Préparé par", appr="Approuvé par", rep="Subordonnés directs", lvl="Niveau",
               pos="Poste", nostaff="aucun employé"),
}
LAB["bilingual"] = {k: (LAB["en"][k] + " / " + LAB["fr"][k] if LAB["en"][k] != LAB["fr"][k] else LAB["en"][k])
                    for k in LAB["en"]}


def vals(p, lang, n):
    """The displayed (accepted) values of a position in a language, notations chosen by n."""
    fr = lang == "fr"
    bi = lang == "bilingual"
    vl = "fr" if fr else "en"

    def two(e, f):
        return f if fr else (f"{e} / {f}" if bi else e)

    return dict(
        title=two(p["title"], p["title_fr"]), cls=cls_s(p["classification"], n % 4 == 1),
        job=p["job_code"] if p["show_job"] else "", pn=p["position_number"] if p["show_pn"] else ("À déterminer" if fr else "TBD"),
        eff=date_s(p["effective"], n % 3, vl) if p["show_eff"] else "", dept=two(p["dept"], p["dept_fr"]),
        loc=two(p["loc"], p["loc_fr"]), sup=two(p["sup_title"], p["sup_title_fr"]), supc=cls_s(p["sup_class"], n % 4 == 1),
        suppn=p["sup_pn"] if p["show_suppn"] else "", sal=money(p["salary"], n % 3, vl), om=money(p["om"], n % 3, vl),
        tot=money(p["salary"] + p["om"], n % 3, vl) if p["show_total"] else "", fte=str(p["fte"]),
        ga=(T.GA_FR.format(title=p["title_fr"], topic=p["topic_fr"].lower(), dept=p["dept_fr"]) if fr else
            T.GA_EN.format(title=p["title"], topic=p["topic"], dept=p["dept"]) +
            (" / " + T.GA_FR.format(title=p["title_fr"], topic=p["topic_fr"].lower(), dept=p["dept_fr"]) if bi else "")),
        ns=T.NS_FR if fr else T.NS_EN + (" / " + T.NS_FR if bi else ""),
        reports=[(two(r["title"], r["title_fr"]), cls_s(r["classification"], n % 4 == 1),
                  (str(r["fte"]) if r["fte"] is not None else LAB[lang]["nostaff"])) for r in p["reports"]],
    )


HEAD_KEYS = ["title", "cls", "job", "pn", "eff", "dept", "loc", "sup", "supc", "suppn"]


# ----------------------------------------------------------------------------------------- plain renders
def plain_lines(p, lang, n, header_in_text=True, tabs=False, markup=False):
    v, L = vals(p, lang, n), LAB[lang]
    out = [L["head"], ""]
    for k in HEAD_KEYS:
        if k in ("pn", "cls") and not header_in_text:
            continue
        out.append(f"{L[k]}:\t{v[k]}" if tabs else f"{(L[k] + ':'):<34}  {v[k]}".rstrip())
    out += ["", L["ga"], v["ga"], "", L["ns"], v["ns"], "", L["org"], L["rep"] + ":"]
    for t, c, f in v["reports"]:
        out.append(f"{t}\t{c}\t{f}" if tabs else f"  - {t} ({c}) - {f} {L['fte'] if f[0].isdigit() else ''}".rstrip())
    out += ["", L["dim"]]
    for k in ("fte", "sal", "om", "tot"):
        if v[k]:
            out.append(f"{L[k]}:\t{v[k]}" if tabs else f"{(L[k] + ':'):<34}  {v[k]}")
    out += [""]
    if p["incumbent"]:
        out.append(f"{L['inc']}: {p['incumbent']}")
    out += [f"{L['prep']}: {p['prepared']}", f"{L['appr']}: {p['approved']}"]
    return out


def md_text(p, lang, n):
    v, L = vals(p, lang, n), LAB[lang]
    out = [f"# {L['head']}", "", f"## {v['title']}", "", "| | |", "|---|---|"]
    for k in HEAD_KEYS:
        out.append(f"| **{L[k]}** | {v[k]} |")
    out += ["", f"## {L['ga']}", "", v["ga"], "", f"## {L['ns']}", "", v["ns"], "", f"## {L['org']}", ""]
    out += [f"- {t} ({c}) – {f}" + (f" {L['fte']}" if f[0].isdigit() else "") for t, c, f in v["reports"]]
    out += ["", f"## {L['dim']}", ""]
    out += [f"- **{L[k]}:** {v[k]}" for k in ("fte", "sal", "om", "tot") if v[k]]
    out += ["", f"*{L['prep']}: {p['prepared']} — {L['appr']}: {p['approved']}*", ""]
    if p["incumbent"]:
        out.insert(-2, f"{L['inc']}: {p['incumbent']}")
    return "\n".join(out)


OCR_MAP = {"0": "O", "1": "l", "5": "S", "8": "B", "6": "b", "2": "Z"}


def ocr(lines, strength, header, seed):
    r = random.Random(seed)
    p_digit = {"light": 0.12, "medium": 0.3, "heavy": 0.55}[strength]
    out = []
    text_lines = []
    for line in lines:
        words = line.split(" ")
        nw = []
        for w in words:
            if any(ch.isdigit() for ch in w):
                w = "".join(OCR_MAP[ch] if ch in OCR_MAP and r.random() < p_digit else ch for ch in w)
            elif len(w) > 3 and r.random() < p_digit / 3:
                w = w.replace("m", "rn", 1) if "m" in w else w.replace("e", "c", 1)
            nw.append(w)
        line = " ".join(nw)
        if len(line) > 70 and r.random() < 0.5:
            cut = line.rfind(" ", 0, 60)
            word_end = line.find(" ", cut + 1)
            word = line[cut + 1: word_end if word_end > 0 else None]
            if len(word) > 6 and word.isalpha():
                h = len(word) // 2
                text_lines += [line[:cut + 1] + word[:h] + "-", word[h:] + line[cut + 1 + len(word):]]
                continue
        if r.random() < p_digit / 2 and " " in line:
            i = line.index(" ")
            line = line[:i] + line[i + 1:]
        text_lines.append(line)
    pages = [text_lines[i:i + 40] for i in range(0, len(text_lines), 40)]
    for k, pg in enumerate(pages, 1):
        out.append(header)
        out.append("")
        out += pg
        out += ["", f"Page {k} of {len(pages)}".replace("1", "l" if strength != "light" else "1")]
        if k < len(pages):
            out.append("\f")
    return "\n".join(out) + "\n"


# ----------------------------------------------------------------------------------------- docx
NS = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:o="urn:schemas-microsoft-com:office:office" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:v="urn:schemas-microsoft-com:vml" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" mc:Ignorable="w14"')
REVIEWERS = ["Fergus Ashgrove", "Oriane Pruneau", "Kofi Labrecque", "Imogen Castonguay"]
REV_DATE = "2024-11-18T14:32:00Z"


class Doc:
    def __init__(self):
        self.rid = 100
        self.comments = []
        self.header = None
        self.footer = None
        self.custom = {}
        self.shape = 0
        self.people = set()

    def nid(self):
        self.rid += 1
        return self.rid


def t(text, hidden=False, bold=False, deleted=False):
    rpr = ("<w:b/>" if bold else "") + ("<w:vanish/>" if hidden else "")
    rpr = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    tag = "w:delText" if deleted else "w:t"
    parts = text.split("\n")
    body = "<w:br/>".join(f'<{tag} xml:space="preserve">{escape(x)}</{tag}>' for x in parts)
    return f"<w:r>{rpr}{body}</w:r>"


def ins(d, runs, who):
    d.people.add(who)
    return f'<w:ins w:id="{d.nid()}" w:author="{who}" w:date="{REV_DATE}">{runs}</w:ins>'


def dele(d, text, who):
    d.people.add(who)
    return f'<w:del w:id="{d.nid()}" w:author="{who}" w:date="{REV_DATE}">{t(text, deleted=True)}</w:del>'


def change(d, old, new, who):
    return dele(d, old, who) + ins(d, t(new), who)


def comment(d, runs, text, who):
    cid = len(d.comments)
    d.comments.append((cid, who, text))
    d.people.add(who)
    return (f'<w:commentRangeStart w:id="{cid}"/>{runs}<w:commentRangeEnd w:id="{cid}"/>'
            f'<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="{cid}"/></w:r>')


def sdt(d, alias, value, placeholder=False):
    show = "<w:showingPlcHdr/>" if placeholder else ""
    shown = "Click or tap here to enter text." if placeholder else value
    return (f'<w:sdt><w:sdtPr><w:alias w:val="{escape(alias)}"/><w:tag w:val="{escape(alias.replace(" ", ""))}"/>'
            f'<w:id w:val="{d.nid() * 7919}"/>{show}<w:text/></w:sdtPr><w:sdtContent>{t(shown)}</w:sdtContent></w:sdt>')


def field(instr, result):
    return (f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> {escape(instr)} '
            f'</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>{t(result)}'
            f'<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def para(runs, style=None, jc=None, pdel=None):
    ppr = ""
    if style:
        ppr += f'<w:pStyle w:val="{style}"/>'
    if jc:
        ppr += f'<w:jc w:val="{jc}"/>'
    if pdel:
        ppr += pdel
    return f"<w:p>{'<w:pPr>' + ppr + '</w:pPr>' if ppr else ''}{runs}</w:p>"


def table(rows, widths=None, trprs=None):
    ncol = max(len(r) for r in rows)
    widths = widths or [9000 // ncol] * ncol
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    out = [f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>']
    for i, row in enumerate(rows):
        trpr = (trprs or {}).get(i, "")
        out.append(f"<w:tr>{'<w:trPr>' + trpr + '</w:trPr>' if trpr else ''}")
        for j, cell in enumerate(row):
            content = cell if cell.startswith("<w:p") or cell.startswith("<w:tbl") else para(cell)
            if content.endswith("</w:tbl>"):
                content += "<w:p/>"
            out.append(f'<w:tc><w:tcPr><w:tcW w:w="{widths[j]}" w:type="dxa"/></w:tcPr>{content}</w:tc>')
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def textbox(d, paras_xml, cx=5486400, cy=457200, x=0, y=0):
    d.shape += 1
    s = d.shape
    return (f'<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="114300" '
            f'distR="114300" simplePos="0" relativeHeight="{251659264 + s}" behindDoc="0" locked="0" layoutInCell="1" '
            f'allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>{x}'
            f'</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>{y}</wp:posOffset>'
            f'</wp:positionV><wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
            f'<wp:wrapNone/><wp:docPr id="{s}" name="Text Box {s}"/><wp:cNvGraphicFramePr/><a:graphic>'
            f'<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
            f'<wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
            f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr><wps:txbx><w:txbxContent>{paras_xml}'
            f'</w:txbxContent></wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square"/></wps:wsp></a:graphicData>'
            f'</a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape id="Text Box {s}" '
            f'o:spid="_x0000_s{1025 + s}" type="#_x0000_t202" style="position:absolute;margin-left:{x // 12700}pt;'
            f'margin-top:{y // 12700}pt;width:{cx // 12700}pt;height:{cy // 12700}pt"><v:textbox><w:txbxContent>'
            f'{paras_xml}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>')


STYLES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="http://schemas.openxmlformats.org/'
          'wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/>'
          '<w:sz w:val="22"/><w:lang w:val="en-CA"/></w:rPr></w:rPrDefault></w:docDefaults>'
          '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
          '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:rPr><w:sz w:val="36"/></w:rPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
          '<w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/>'
          '<w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/></w:style>'
          '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/></w:style>'
          '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/></w:style>'
          '<w:style w:type="paragraph" w:styleId="CommentText"><w:name w:val="annotation text"/></w:style>'
          '<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/></w:style>'
          '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders>'
          '<w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/>'
          '<w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/>'
          '</w:tblBorders></w:tblPr></w:style></w:styles>')
TAGS = {"header": "hdr", "footer": "ftr"}
FIXED = (2024, 11, 18, 14, 32, 0)


def docx_bytes(d, body, title="", author="", template=False):
    files = {}
    ct = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/'
          'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
          'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
          'wordprocessingml.' + ("template.main+xml" if template else "document.main+xml") + '"/>'
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.'
          'wordprocessingml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/'
          'vnd.openxmlformats-package.core-properties+xml"/>']
    rels = ['<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" '
            'Target="styles.xml"/>']
    sect = ""
    for kind, content in (("header", d.header), ("footer", d.footer)):
        if content is None:
            continue
        files[f"word/{kind}1.xml"] = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:{TAGS[kind]} {NS}>'
                                      f'{content}</w:{TAGS[kind]}>')
        ct.append(f'<Override PartName="/word/{kind}1.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                  f'wordprocessingml.{kind}+xml"/>')
        rels.append(f'<Relationship Id="rId{kind}" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                    f'relationships/{kind}" Target="{kind}1.xml"/>')
        sect += f'<w:{kind}Reference w:type="default" r:id="rId{kind}"/>'
    if d.comments:
        cs = "".join(f'<w:comment w:id="{i}" w:author="{escape(w)}" w:date="{REV_DATE}" w:initials="'
                     f'{"".join(x[0] for x in w.split())}"><w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr>'
                     f'{t(x)}</w:p></w:comment>' for i, w, x in d.comments)
        files["word/comments.xml"] = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments {NS}>'
                                      f'{cs}</w:comments>')
        ct.append('<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                  'wordprocessingml.comments+xml"/>')
        rels.append('<Relationship Id="rIdC" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                    'comments" Target="comments.xml"/>')
    root_rels = ['<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                 'officeDocument" Target="word/document.xml"/>', '<Relationship Id="rId2" Type="http://schemas.'
                 'openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>']
    if d.custom:
        props = "".join(f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="{i}" name="{escape(k)}">'
                        f'<vt:lpwstr>{escape(v)}</vt:lpwstr></property>' for i, (k, v) in enumerate(d.custom.items(), 2))
        files["docProps/custom.xml"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns='
                                        '"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
                                        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
                                        f'{props}</Properties>')
        ct.append('<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                  'custom-properties+xml"/>')
        root_rels.append('<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                         'relationships/custom-properties" Target="docProps/custom.xml"/>')
    files["[Content_Types].xml"] = "".join(ct) + "</Types>"
    files["_rels/.rels"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://'
                            'schemas.openxmlformats.org/package/2006/relationships">' + "".join(root_rels) + "</Relationships>")
    files["word/_rels/document.xml.rels"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships '
                                             'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                                             + "".join(rels) + "</Relationships>")
    files["word/styles.xml"] = STYLES
    files["docProps/core.xml"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp='
                                  '"http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc='
                                  '"http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
                                  'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
                                  f'<dc:title>{escape(title)}</dc:title><dc:creator>{escape(author)}</dc:creator>'
                                  '<dcterms:created xsi:type="dcterms:W3CDTF">2024-11-18T14:32:00Z</dcterms:created>'
                                  '</cp:coreProperties>')
    files["word/document.xml"] = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {NS}><w:body>'
                                  f'{body}<w:sectPr>{sect}<w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1440" '
                                  'w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" '
                                  'w:gutter="0"/></w:sectPr></w:body></w:document>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name in ["[Content_Types].xml", "_rels/.rels"] + sorted(k for k in files if k not in
                                                                     ("[Content_Types].xml", "_rels/.rels")):
            info = zipfile.ZipInfo(name, FIXED)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, files[name].encode("utf-8"))
    return buf.getvalue()


def docx_wd(p, lang, n, feats):
    """A work description in Word with the features in feats; returns (bytes, notes, reviewers)."""
    d = Doc()
    v, L = vals(p, lang, n), LAB[lang]
    who = REVIEWERS[n % len(REVIEWERS)]
    who2 = REVIEWERS[(n + 1) % len(REVIEWERS)]
    notes = []
    fr = lang == "fr"
    body = []

    def other_title():
        ot, otf = T.TOPICS[(T.TOPICS.index((p["topic"], p["topic_fr"])) + 3) % len(T.TOPICS)]
        return v["title"].replace(p["topic"], ot).replace(p["topic_fr"], otf)

    def lower_level(c):
        g, lv = c.rsplit("-", 1)
        return f"{g}-{int(lv) - 1:02d}" if int(lv) > 1 else f"{g}-{int(lv) + 1:02d}"

    # value cells: runs for each head key
    cell = {k: t(v[k]) for k in HEAD_KEYS}
    if "sdt" in feats:
        for k in HEAD_KEYS:
            cell[k] = sdt(d, L[k], v[k]) if v[k] else sdt(d, L[k], "", placeholder=True)
        notes.append("content controls (w:sdt) hold the form's values; empty ones show their placeholder")
    if "fields" in feats:
        cell["title"] = field(f'MERGEFIELD Position_Title \\* MERGEFORMAT', v["title"])
        if v["pn"] and p["show_pn"]:
            d.custom["PositionNumber"] = v["pn"]
            cell["pn"] = field("DOCPROPERTY PositionNumber \\* MERGEFORMAT", v["pn"])
        d.custom["Classification"] = v["cls"]
        cell["cls"] = field("DOCPROPERTY Classification", v["cls"])
        notes.append("MERGEFIELD / DOCPROPERTY fields with their results")
    if "hidden" in feats:
        cell["cls"] = cell["cls"] + t(f" ({lower_level(p['classification'])} {'avant' if fr else 'prior to'} 2023)", hidden=True)
        cell["title"] = t("[Guidance: enter the approved title, e.g. Director, Corporate Services] " if not fr else
                          "[Directive : inscrire le titre approuvé, p. ex. Directeur, Services ministériels] ", hidden=True) + cell["title"]
        notes.append("hidden text (w:vanish): a former level and the form's guidance")
    if "track_title" in feats:
        cell["title"] = change(d, other_title(), v["title"], who)
        notes.append(f"tracked change of the title by {who}")
    if "track_level" in feats:
        cell["cls"] = change(d, cls_s(lower_level(p["classification"]), n % 4 == 1), v["cls"], who2)
        notes.append(f"tracked change of the level by {who2}")
    amounts = {k: t(v[k]) for k in ("fte", "sal", "om", "tot")}
    if "track_amount" in feats:
        old = money(p["salary"] - 125000 * (1 + n % 3), n % 3, "fr" if fr else "en")
        amounts["sal"] = change(d, old, v["sal"], who)
        if v["tot"]:
            oldt = money(p["salary"] + p["om"] - 125000 * (1 + n % 3), n % 3, "fr" if fr else "en")
            amounts["tot"] = change(d, oldt, v["tot"], who)
        notes.append("tracked change of the salary (and total)")
    if "comment" in feats:
        cell["cls"] = comment(d, cell["cls"], ("Le comité a-t-il approuvé ce niveau? Sinon, revenir à "
                                               if fr else "Has the committee approved this level? If not revert to ")
                              + lower_level(p["classification"]) + ".", who2)
        amounts["om"] = comment(d, amounts["om"], ("Devrait être " if fr else "Should this read ")
                                + money(p["om"] + 250000, 0, "fr" if fr else "en") + ("?" if not fr else " ?"), who)
        notes.append("comments in the margin proposing another level and O&M (not applied)")
    header_only = "header" in feats
    if header_only:
        hrun = t(f"{L['pn']}: ") + cell["pn"] + t(f"    {L['cls']}: ") + cell["cls"]
        d.header = para(hrun, "Header", "right")
        notes.append("position number and classification only in the page header")
    footer_runs = t(f"{v['dept']} – ") + t("Page ") + field("PAGE", "1") + t(" / ") + field("NUMPAGES", "2")
    d.footer = para(footer_runs, "Footer")

    # title block
    if "textbox_title" in feats:
        body.append(para(textbox(d, para(t(L["head"], bold=True), jc="center") + para(t(v["title"], bold=True), jc="center"),
                                 cy=685800)))
        body.append(para("") * 3)
        notes.append("the title in a text box (wps with a VML fallback: the text is stored twice)")
    else:
        body.append(para(t(L["head"]), "Title"))
    rows = []
    for k in HEAD_KEYS:
        if header_only and k in ("pn", "cls"):
            continue
        rows.append([para(t(L[k], bold=True)), para(cell[k])])
    body.append(table(rows, [3400, 5600]))
    body.append(para(t(L["ga"]), "Heading1"))
    body.append(para(t(v["ga"])))
    body.append(para(t(L["ns"]), "Heading1"))
    body.append(para(t(v["ns"])))
    body.append(para(t(L["org"]), "Heading1"))
    reps = v["reports"]
    track_rep = "track_report" in feats
    extra_old = (("Gestionnaire, Services administratifs" if fr else "Coordinator, Administrative Services"), "AS-05", "3")
    if track_rep:
        notes.append("a report added and another deleted as tracked changes (a deleted row/paragraph)")
    if "orgchart" in feats:
        sup_box = para(t(v["sup"])) + para(t(v["supc"]))
        body.append(para(textbox(d, sup_box, cx=2743200, cy=457200, x=1371600, y=0)))
        body.append(para(textbox(d, para(t(v["title"], bold=True)) + para(t(v["cls"])), cx=2743200, cy=457200, x=1371600, y=685800)))
        runs = ""
        for i, (rt, rc, rf) in enumerate(reps):
            runs += textbox(d, para(t(rt)) + para(t(f"{rc} – {rf}" + (f" {L['fte']}" if rf[0].isdigit() else ""))),
                            cx=1645920, cy=548640, x=i * 1737360, y=1371600)
        body.append(para(runs))
        body.append(para("") * 6)
        notes.append("the organization chart drawn as text boxes (supervisor, position, reports)")
    elif "nested" in feats or "softbr" in feats:
        if "nested" in feats:
            inner_rows = [[para(t(L["pos"], bold=True)), para(t(L["lvl"], bold=True)), para(t(L["fte"], bold=True))]]
            inner_rows += [[para(t(a)), para(t(b)), para(t(c))] for a, b, c in reps]
            trprs = {}
            if track_rep:
                inner_rows.append([para(dele(d, extra_old[0], who)), para(dele(d, extra_old[1], who)), para(dele(d, extra_old[2], who))])
                trprs[len(inner_rows) - 1] = f'<w:del w:id="{d.nid()}" w:author="{who}" w:date="{REV_DATE}"/>'
                trprs[len(inner_rows) - 2] = f'<w:ins w:id="{d.nid()}" w:author="{who}" w:date="{REV_DATE}"/>'
                last = reps[-1]
                inner_rows[-2] = [para(ins(d, t(x), who)) for x in last]
            inner = table(inner_rows, [3600, 1000, 800])
            body.append(table([[para(t(L["rep"], bold=True)), inner], [para(t(L["sup"], bold=True)),
                               para(t(f"{v['sup']} ({v['supc']})"))]], [2400, 6600]))
            notes.append("direct reports in a table nested in a table cell")
        else:
            runs = ""
            for i, (a, b, c) in enumerate(reps):
                line = f"{a} ({b}) – {c}" + (f" {L['fte']}" if c[0].isdigit() else "")
                if track_rep and i == len(reps) - 1:
                    runs += ins(d, t("\n" + line if i else line), who)
                else:
                    runs += t(("\n" if i else "") + line)
            if track_rep:
                runs += dele(d, "\n" + f"{extra_old[0]} ({extra_old[1]}) – {extra_old[2]} {L['fte']}", who)
            body.append(table([[para(t(L["rep"], bold=True)), para(runs)]], [2400, 6600]))
            notes.append("direct reports in one cell separated by soft line breaks (w:br)")
    else:
        body.append(para(t(L["rep"] + " :" if fr else L["rep"] + ":")))
        for i, (a, b, c) in enumerate(reps):
            line = f"{a} ({b}) – {c}" + (f" {L['fte']}" if c[0].isdigit() else "")
            if track_rep and i == len(reps) - 1:
                body.append(para(ins(d, t(line), who), "ListBullet",
                                 pdel=f'<w:rPr><w:ins w:id="{d.nid()}" w:author="{who}" w:date="{REV_DATE}"/></w:rPr>'))
            else:
                body.append(para(t(line), "ListBullet"))
        if track_rep:
            body.append(para(dele(d, f"{extra_old[0]} ({extra_old[1]}) – {extra_old[2]} {L['fte']}", who), "ListBullet",
                             pdel=f'<w:rPr><w:del w:id="{d.nid()}" w:author="{who}" w:date="{REV_DATE}"/></w:rPr>'))
    if "orgchart" in feats or not ("nested" in feats):
        if "nested" not in feats:
            body.append(para(t(f"{L['sup']}: {v['sup']} ({v['supc']})" + (f" – {L['pos']} {v['suppn']}" if v["suppn"] else ""))))
    elif v["suppn"]:
        body.append(para(t(f"{L['suppn']}: {v['suppn']}")))
    body.append(para(t(L["dim"]), "Heading1"))
    drows = [[para(t(L[k], bold=True)), para(amounts[k])] for k in ("fte", "sal", "om", "tot") if v[k]]
    body.append(table(drows, [3400, 5600]))
    sig = []
    if p["incumbent"]:
        sig.append(para(t(f"{L['inc']}: {p['incumbent']}")))
    sig.append(para(t(f"{L['prep']}: {p['prepared']}")))
    sig.append(para(t(f"{L['appr']}: {p['approved']}")))
    body += sig
    return docx_bytes(d, "".join(body), p["title"], p["prepared"]), notes, sorted(d.people)


# ----------------------------------------------------------------------------------------- truths
def truth(name, kind, lang, p, n, feats=(), notes=(), people=(), versions=None, header_in_text=True, extra=None):
    fr = lang == "fr"
    title = p["title_fr"] if fr else p["title"]
    sup_title = p["sup_title_fr"] if fr else p["sup_title"]
    loc = p["loc_fr"] if fr else p["loc"]
    pn = p["position_number"] if (p["show_pn"] and header_in_text) else None
    cls = p["classification"]
    f = dict(
        title=title, classification=cls, job_code=p["job_code"] if p["show_job"] else None, position_number=pn,
        effective_date=p["effective"] if p["show_eff"] else None,
        supervisor=dict(position_number=p["sup_pn"] if p["show_suppn"] else None, title=sup_title,
                        classification=p["sup_class"]),
        direct_reports=[dict(title=r["title_fr"] if fr else r["title"], classification=r["classification"],
                             fte=r["fte"]) for r in p["reports"]],
        salary=p["salary"], o_and_m=p["om"], total=p["salary"] + p["om"] if p["show_total"] else None, location=loc,
    )
    if not header_in_text:
        f["classification"] = None
    ns = [k for k in ("classification", "job_code", "position_number", "effective_date", "total") if f[k] is None]
    if f["supervisor"]["position_number"] is None:
        ns.append("supervisor.position_number")
    also = dict(department=p["dept_fr"] if fr else p["dept"], fte=p["fte"], form="Word form" if kind == "docx" else None)
    if lang == "bilingual":
        also["title_fr"] = p["title_fr"]
        also["location_fr"] = p["loc_fr"]
    if fr:
        also["title_en"] = p["title"]
    if not p["show_pn"]:
        also["position_number_printed"] = "À déterminer" if fr else "TBD"
    if feats:
        also["word_features"] = list(feats)
    if notes:
        also["notes"] = list(notes)
    if p.get("sup_in_corpus"):
        also["reports_to_in_corpus"] = p["sup_in_corpus"]
    if extra:
        also.update(extra)
    also = {k: v for k, v in also.items() if v is not None}
    ppl = [x for x in [p["incumbent"], p["prepared"], p["approved"]] if x] + [x for x in people if x not in
                                                                           (p["incumbent"], p["prepared"], p["approved"])]
    return dict(document=name, kind=kind, language=lang, outcome="import", fields=f, not_stated=ns, also=also,
                people=ppl, versions=versions)


def refuse(name, kind, lang, what, people=()):
    return dict(document=name, kind=kind, language=lang, outcome="refuse", fields=None, not_stated=None,
                also=dict(what=what), people=list(people), versions=None)


# ----------------------------------------------------------------------------------------- plan
FEATSETS = [
    ["track_title", "track_level", "comment"],
    ["sdt", "header"],
    ["textbox_title", "nested", "track_report"],
    ["fields", "hidden"],
    ["orgchart", "track_amount"],
    ["sdt", "softbr", "comment"],
    ["header", "fields", "nested"],
    ["hidden", "track_level", "track_report"],
    ["textbox_title", "softbr", "track_amount"],
    ["sdt", "orgchart", "hidden"],
    ["track_title", "nested", "comment", "track_amount"],
    ["fields", "track_report", "softbr"],
    ["header", "textbox_title", "track_level"],
]


def main():
    for folder in (CORPUS, EXPECTED):
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir(parents=True)
    levels = ["EX-01"] * 20 + ["EX-02"] * 9 + ["EX-03"] * 7
    positions = [make_position(i, levels[i]) for i in range(36)]
    # a few Directors report to a DG whose own description is in the corpus
    dgs = [i for i in range(36) if levels[i] == "EX-03"]
    langs = ["en", "bilingual", "fr", "en", "bilingual", "en", "fr", "bilingual", "en"]
    out = []

    docs_of = {}
    cur = [None]

    def emit(name, data, tr):
        (CORPUS / name).write_bytes(data)
        out.append((name, tr))
        docs_of.setdefault(cur[0], []).append(tr)

    plan_kind = (["docx"] * 25 + ["pdf"] * 3 + ["text"] * 2 + ["text-cp1252"] * 1 + ["markdown"] * 2 + ["ocr"] * 3)
    # pairs: docx index -> saved copy kind
    saved = {0: "pdf", 3: "pdf", 6: "text", 9: "pdf", 12: "text-cp1252", 15: "pdf", 18: "text", 21: "pdf"}
    for k, i in enumerate(dgs[:4]):
        sub = 20 - 1 - 3 * k
        p = positions[sub]
        sp = positions[i]
        p["sup_title"], p["sup_title_fr"], p["sup_class"] = sp["title"], sp["title_fr"], "EX-03"
        if sp["show_pn"]:
            p["sup_pn"] = sp["position_number"]
        else:
            p["show_suppn"] = False
    names = {}
    for i, p in enumerate(positions):
        lang = langs[i % len(langs)]
        kind = plan_kind[i] if i < len(plan_kind) else "docx"
        base = p["title_fr"] if lang == "fr" else p["title"]
        names[i] = (base, lang, kind)
    # file names
    suffixes = ["", " - signed", " (1)", " DRAFT", "_v2", " - FINAL", " (EX)", " - révisé", " – tracked"]
    for i, p in enumerate(positions):
        base, lang, kind = names[i]
        n = i
        cur[0] = i
        fn = base + suffixes[i % len(suffixes)]
        if i % 7 == 4:
            fn = f"{p['position_number'] if p['show_pn'] else 'TBD'} {base}"
        if kind == "docx":
            feats = FEATSETS[i % len(FEATSETS)]
            data, notes, ppl = docx_wd(p, lang, n, feats)
            header_in_text = True
            name = fn + ".docx"
            vers = None
            if i in saved:
                sk = saved[i]
                ext = {"pdf": ".pdf", "text": ".txt", "text-cp1252": ".txt"}[sk]
                name2 = base + ((" (enregistré depuis Word)" if lang == "fr" else " (saved from Word)") if sk == "pdf" else " - copie texte" if lang == "fr" else " - plain text") + ext
                if i == 21:
                    name2 = base + " - signed.pdf"
                vers = dict(documents=[name, name2], newest=name2, same_text=True,
                            note=("the same Word document saved by Word as " + ("PDF (tracked changes and comments not "
                                  "shown: the PDF is the accepted text; header and footer on each page)" if sk == "pdf"
                                  else "plain text (headers, footers, comments and hidden text dropped; tables as "
                                  "tab-separated lines; text boxes where they are anchored)")))
                if i == 21:
                    # a real second version: the PDF is the signed revision, O&M raised
                    vers["note"] = ("the PDF is the signed revision made after the tracked draft: effective 2025-04-01, "
                                    "O&M $60,000 higher; each truth holds its own document's values")
                    vers["same_text"] = False
                emit(name, data, truth(name, "docx", lang, p, n, feats, notes, ppl, vers))
                if sk == "pdf":
                    q = dict(p)
                    if i == 21:
                        q["om"] = p["om"] + 60000
                        q["effective"] = datetime.date(2025, 4, 1)
                        q["show_eff"] = True
                    hin = "header" not in feats
                    lines = plain_lines(q, lang, n, header_in_text=hin)
                    v = vals(q, lang, n)
                    hdr = f"{LAB[lang]['pn']}: {v['pn']}    {LAB[lang]['cls']}: {v['cls']}" if not hin else ""
                    ftr = f"{v['dept']} – Page {{}} / 2"
                    cut = lines.index(LAB[lang]["org"])
                    page1 = ([hdr.rjust(90), ""] if hdr else []) + lines[:cut] + ["", ftr.format(1)]
                    page2 = ([hdr.rjust(90), ""] if hdr else []) + lines[cut:] + ["", ftr.format(2)]
                    if "comment" in feats and i == 0:
                        page2 += ["", f"Comment [{''.join(x[0] for x in REVIEWERS[1].split())}1]: Has the committee "
                                  f"approved this level? ..."]
                    emit(name2, pdf_bytes(["\n".join(page1), "\n".join(page2)]),
                         truth(name2, "pdf", lang, q, n, (), ["saved from Word"] + (["header values on each page"] if not hin else []),
                               (), vers, extra=None))
                else:
                    lines = plain_lines(p, lang, n, header_in_text="header" not in feats, tabs=True)
                    txt = "\r\n".join(lines) + "\r\n"
                    enc = "cp1252" if sk == "text-cp1252" else "utf-8"
                    txt = txt.replace("'", "\u2019")
                    emit(name2, txt.encode(enc), truth(name2, sk, lang, p, n, (), ["saved from Word as plain text"],
                                                       (), vers, header_in_text="header" not in feats))
            else:
                emit(name, data, truth(name, "docx", lang, p, n, feats, notes, ppl, None))
        elif kind == "pdf":
            lines = plain_lines(p, lang, n)
            cut = lines.index(LAB[lang]["ga"])
            emit(fn + ".pdf", pdf_bytes(["\n".join(lines[:cut]), "\n".join(lines[cut:])]),
                 truth(fn + ".pdf", "pdf", lang, p, n))
        elif kind in ("text", "text-cp1252"):
            lines = plain_lines(p, lang, n)
            if kind == "text":
                emit(fn + ".txt", ("\n".join(lines) + "\n").encode("utf-8"), truth(fn + ".txt", kind, lang, p, n))
            else:
                txt = ("\r\n".join(lines) + "\r\n").replace("'", "\u2019")
                emit(fn + ".txt", txt.encode("cp1252"), truth(fn + ".txt", kind, lang, p, n))
        elif kind == "markdown":
            emit(fn + ".md", md_text(p, lang, n).encode("utf-8"), truth(fn + ".md", kind, lang, p, n))
        else:
            strength = ["light", "medium", "heavy"][i % 3]
            hdr = LAB[lang]["head"] + " - " + (p["dept_fr"] if lang == "fr" else p["dept"])
            data = ocr(plain_lines(p, lang, n), strength, hdr, 171 + i)
            name = "scan_" + fn.replace(" ", "_") + ".txt"
            emit(name, data.encode("utf-8"), truth(name, "ocr", lang, p, n, extra=dict(damage=strength)))
    for k, i in enumerate(dgs[:4]):
        for tr in docs_of[20 - 1 - 3 * k]:
            tr["also"]["reports_to_in_corpus"] = docs_of[i][0]["document"]
    # ------------------------------------------------------------------ to refuse
    d = Doc()
    body = para(t(LAB["bilingual"]["head"]), "Title")
    body += table([[para(t(LAB["bilingual"][k], bold=True)), para(sdt(d, LAB["en"][k], "", placeholder=True))]
                   for k in HEAD_KEYS], [3400, 5600])
    body += para(t(LAB["bilingual"]["dim"]), "Heading1")
    body += table([[para(t(LAB["bilingual"][k], bold=True)), para(sdt(d, LAB["en"][k], "", placeholder=True))]
                   for k in ("fte", "sal", "om", "tot")], [3400, 5600])
    body += para(t("Example: Director, Corporate Services (EX-01), Salary $1,250,000 / Exemple : Directeur, "
                   "Services ministériels (EX-01)", hidden=False))
    name = "EX Work Description Template 2024 (bilingual).dotx"
    (CORPUS / name).write_bytes(docx_bytes(d, body, "EX work description template", "", template=True))
    out.append((name, refuse(name, "docx", "bilingual", "a Word template (.dotx) whose content controls are all "
                              "empty (placeholders), with an example title and salary")))
    # comment-only review sheet
    d = Doc()
    rp = positions[5]
    body = para(t("Classification review – comments / Examen de la classification – commentaires"), "Title")
    rows = [[para(t("Reviewer", bold=True)), para(t("Item", bold=True)), para(t("Comment", bold=True))]]
    rws = [person(), person(), person()]
    rows += [[para(t(rws[0])), para(t("Title")), para(comment(d, t(f"{rp['title']}"), "Prefer 'Executive Director'?", rws[0]))],
             [para(t(rws[1])), para(t("Level")), para(t(f"{rp['classification']} supported; O&M of ${rp['om']:,} to confirm"))],
             [para(t(rws[2])), para(t("Reports")), para(t("Org chart missing the Senior Advisor"))]]
    body += table(rows, [2400, 1800, 4800])
    name = f"Review comments - {rp['position_number']} (consolidated).docx"
    (CORPUS / name).write_bytes(docx_bytes(d, body, "Review comments", rws[0]))
    out.append((name, refuse(name, "docx", "bilingual", "a review sheet: reviewers' comments on a work description "
                              f"(in corpus: position {rp['position_number']}), no description", rws + sorted(d.people - set(rws)))))
    # cover memo
    d = Doc()
    mp = positions[2]
    a, b = person(), person()
    body = "".join(para(t(x)) for x in [
        "MEMORANDUM / NOTE DE SERVICE", f"TO: {a}, Classification", f"FROM: {b}, Executive Group Services",
        "DATE: November 18, 2024",
        f"SUBJECT: Work description for the {mp['title']} ({mp['classification']}), position {mp['position_number']}",
        "Please find attached the revised work description with tracked changes for your review. The salary budget "
        f"rises to ${mp['salary']:,}. Kindly return your comments by December 2.", b])
    name = "Cover memo - WD package for classification.docx"
    (CORPUS / name).write_bytes(docx_bytes(d, body, "Memo", b))
    out.append((name, refuse(name, "docx", "en", "a cover memo sending a work description for review", [a, b])))
    # org chart only (text boxes)
    d = Doc()
    op = positions[dgs[0]]
    body = para(t(f"Organization chart – {op['title']}"), "Title")
    runs = textbox(d, para(t(op["title"])) + para(t(op["classification"])), cx=2743200, x=1371600)
    for k, r in enumerate(op["reports"]):
        runs += textbox(d, para(t(r["title"])) + para(t(r["classification"])), cx=1645920, x=k * 1737360, y=914400)
    body += para(runs) + para("") * 8
    name = f"Org chart {op['title'].split(', ')[1]}.docx"
    (CORPUS / name).write_bytes(docx_bytes(d, body, "Org chart", ""))
    out.append((name, refuse(name, "docx", "en", "an organization chart drawn as text boxes, no description")))
    # scan without text layer
    name = "Scan_2024-11-19_0931 - signed WD.pdf"
    (CORPUS / name).write_bytes(pdf_bytes(["", "", ""]))
    out.append((name, refuse(name, "pdf", "en", "a three-page scan without a text layer")))

    for name, tr in out:
        (EXPECTED / (name + ".expected.yaml")).write_text(
            yaml.safe_dump(tr, sort_keys=False, allow_unicode=True, width=120), encoding="utf-8")


if __name__ == "__main__":
    main()
