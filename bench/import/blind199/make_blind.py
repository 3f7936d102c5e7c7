"""Generate the blind199 corpus: work descriptions under review (tracked changes, comments,
strike-through, page headers and footers) as Word, PDF with the markup printed, text copied from
Word's 'All Markup' view, Markdown with ~~struck~~ values, cp1252 text, OCR; plus documents to refuse.

Run from the repository root:  python bench/import/blind199/make_blind.py
"""
import datetime
import io
import random
import shutil
import sys
import textwrap
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))
from tests.import_files import pdf_bytes  # noqa: E402
import texts  # noqa: E402

NBSP = "\u00a0"
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]

LABELS = {
    "en": dict(dept="Department", title="Position title", cls="Group and level", job="Job code",
               pos="Position number", date="Effective date", loc="Location", sup_t="Supervisor title",
               sup_c="Supervisor group/level", sup_p="Supervisor position number",
               ga="General accountability", org="Organization structure", ns="Nature and scope",
               dim="Dimensions", sa="Specific accountabilities", cert="Certification",
               sal="Salary", om="O&M", tot="Total", fte="FTEs", head="EXECUTIVE WORK DESCRIPTION",
               rep_intro="The following positions report to the {t}:", rep_cols=("Position", "Group/level", "FTEs"),
               approved="Approved by", classified="Classified by", incumbent="Incumbent", date_s="Date",
               deleted="Deleted", inserted="Inserted", commented="Commented", formatted="Formatted: Strikethrough"),
    "fr": dict(dept="Ministère", title="Titre du poste", cls="Groupe et niveau", job="Code d'emploi",
               pos="Numéro de poste", date="Date d'entrée en vigueur", loc="Lieu", sup_t="Titre du superviseur",
               sup_c="Groupe/niveau du superviseur", sup_p="Numéro de poste du superviseur",
               ga="Responsabilité générale", org="Structure organisationnelle", ns="Nature et étendue",
               dim="Dimensions", sa="Activités principales", cert="Certification",
               sal="Traitements", om="F et E", tot="Total", fte="ETP", head="DESCRIPTION DE TRAVAIL DE CADRE",
               rep_intro="Les postes suivants relèvent du {t} :", rep_cols=("Poste", "Groupe/niveau", "ETP"),
               approved="Approuvé par", classified="Classifié par", incumbent="Titulaire", date_s="Date",
               deleted="Supprimé", inserted="Inséré", commented="Commenté", formatted="Mis en forme : Barré"),
}


def label(lang, key):
    if lang == "bilingual":
        en, fr = LABELS["en"][key], LABELS["fr"][key]
        return en if en == fr else f"{en} / {fr}"
    return LABELS[lang][key]


def money(v, lang, style):
    if lang == "fr":
        return f"{v:,}".replace(",", NBSP) + NBSP + "$"
    if style == "M":
        return f"${v / 1e6:.3f}M"
    return f"${v:,}"


def date_s(d, lang, style):
    if d is None:
        return ""
    if style == "iso":
        return d.isoformat()
    if lang == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        return f"{day} {MONTHS_FR[d.month - 1]} {d.year}"
    return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"


def cls_s(c, style):
    return c.replace("-", " ") if style == "space" else c


def person(rng):
    return f"{rng.choice(texts.GIVEN)} {rng.choice(texts.FAMILY)}"


# ---------------------------------------------------------------- positions
def make_positions():
    rng = random.Random(1990)
    areas = texts.AREAS[:]
    rng.shuffle(areas)
    out = []
    for i in range(44):
        r = random.Random(199000 + i)
        area, area_fr = areas[i]
        lvl = "EX-01" if i % 6 else ("EX-02" if i % 12 else "EX-03")
        pre, pre_fr, sup_pre, sup_pre_fr, sup_lvl = {
            "EX-01": ("Director", "Directeur", "Director General", "Directeur général", "EX-03"),
            "EX-02": ("Executive Director", "Directeur exécutif", "Director General", "Directeur général", "EX-03"),
            "EX-03": ("Director General", "Directeur général", "Assistant Deputy Minister", "Sous-ministre adjoint", "EX-04"),
        }[lvl]
        sup_area, sup_area_fr = r.choice(texts.AREAS)
        dept = r.choice(texts.DEPARTMENTS)
        city = r.choice(texts.CITIES)
        reports = []
        for m in r.sample(texts.MANAGERS, r.randint(2, 5)):
            reports.append(dict(title=m[0], title_fr=m[1], classification=m[2], fte=r.randint(4, 28)))
        sal = r.randint(900, 4600) * 1000
        om = r.randint(60, 950) * 1000
        p = dict(
            title=f"{pre}, {area}", title_fr=f"{pre_fr}, {area_fr}", classification=lvl, area=area,
            job_code=str(r.randint(100000, 109999)) if r.random() < 0.85 else None,
            position_number=str(r.randint(10000, 999999)),
            effective_date=datetime.date(r.randint(2018, 2024), r.randint(1, 12), r.randint(1, 28)) if r.random() < 0.9 else None,
            sup_title=f"{sup_pre}, {sup_area}", sup_title_fr=f"{sup_pre_fr}, {sup_area_fr}", sup_cls=sup_lvl,
            sup_pos=str(r.randint(10000, 999999)) if r.random() < 0.6 else None,
            reports=reports, salary=sal, o_and_m=om, total=sal + om if r.random() < 0.8 else None,
            location=city[0], location_fr=city[1], dept=dept,
            fte=sum(x["fte"] for x in reports) + r.randint(1, 4),
        )
        # revisions: old values that the review replaced (deleted / struck), truth is the new one
        pool = ["classification", "salary", "o_and_m", "effective_date", "location", "sup_title",
                "report_fte", "report_deleted", "report_inserted", "total_deleted", "job_code"]
        k = r.randint(2, 4)
        revs = {}
        for f in r.sample(pool, k):
            if f == "classification":
                revs[f] = {"EX-01": "EX-02", "EX-02": "EX-01", "EX-03": "EX-02"}[lvl]
            elif f in ("salary", "o_and_m"):
                revs[f] = p[f] + r.choice([-1, 1]) * r.randint(20, 400) * 1000
            elif f == "effective_date":
                if p["effective_date"] is None:
                    continue
                revs[f] = p["effective_date"] - datetime.timedelta(days=r.randint(200, 1400))
            elif f == "location":
                revs[f] = r.choice([c for c in texts.CITIES if c[0] != p["location"]])
            elif f == "sup_title":
                a2 = r.choice(texts.AREAS)
                revs[f] = (f"{sup_pre}, {a2[0]}", f"{sup_pre_fr}, {a2[1]}")
            elif f == "report_fte":
                revs[f] = (r.randrange(len(reports)), r.randint(3, 30))
            elif f == "report_deleted":
                m = r.choice([m for m in texts.MANAGERS if m[0] not in [x["title"] for x in reports]])
                revs[f] = dict(title=m[0], title_fr=m[1], classification=m[2], fte=r.randint(3, 20))
            elif f == "report_inserted":
                if len(reports) < 3:
                    continue
                revs[f] = len(reports) - 1  # the last report is an insertion
            elif f == "total_deleted":
                if p["total"] is None:
                    continue
                revs[f] = p["total"]
                p["total"] = None  # the whole Total line was deleted by the reviewer
            elif f == "job_code":
                if p["job_code"] is None:
                    continue
                revs[f] = str(int(p["job_code"]) + r.randint(1, 900))
        if "report_fte" in revs and revs["report_fte"][1] == reports[revs["report_fte"][0]]["fte"]:
            del revs["report_fte"]
        p["revs"] = revs
        out.append(p)
    return out


# ---------------------------------------------------------------- document model
# a line: dict(kind=h1|h2|field|p|bullet|num|table|blank, label=..., segs=[(mode, text)], comment=cid, rowmode)
# seg modes: t (plain), b (bold), ins, del, strike

class Doc:
    def __init__(self, lang, rng, authors):
        self.lang, self.rng, self.authors = lang, rng, authors
        self.lines, self.comments = [], []

    def comment(self, text):
        cid = len(self.comments)
        author = self.rng.choice(self.authors)
        self.comments.append((cid, author, "".join(w[0] for w in author.split()), text))
        return cid


def val(final, old, strike_style):
    """Segments of a value revised from old to final."""
    if old is None or old == final:
        return [("t", final)]
    if strike_style:
        return [("strike", old), ("t", " "), ("t", final)]
    if not final:
        return [("del", old)]
    return [("del", old), ("ins", final)]


def build(p, lang, rng, strike_style, opts, authors, use_old=False):
    """The document of position p.  use_old: the values before the review (older version)."""
    d = Doc(lang, rng, authors)
    revs = {} if use_old else p["revs"]
    old = p["revs"] if use_old else {}
    L = lambda k: label(lang, k)  # noqa: E731
    money_style = opts["money"]
    fr = lang == "fr"
    cs = opts["cls"]

    def T(en, frv):
        if lang == "fr":
            return frv
        if lang == "bilingual":
            return f"{en} / {frv}"
        return en

    title = T(p["title"], p["title_fr"])
    dept = T(p["dept"][0], p["dept"][1])
    cls = old.get("classification", p["classification"])
    sal = old.get("salary", p["salary"])
    om = old.get("o_and_m", p["o_and_m"])
    eff = old.get("effective_date", p["effective_date"])
    jc = old.get("job_code", p["job_code"])
    locv = old["location"] if "location" in old else (p["location"], p["location_fr"])
    if "location" not in old:
        locv = (p["location"], p["location_fr"])
    supt = old.get("sup_title", (p["sup_title"], p["sup_title_fr"]))
    total = old.get("total_deleted", p["total"]) if use_old else p["total"]
    if use_old and total is not None:
        total = sal + om

    d.lines.append(dict(kind="h1", segs=[("t", LABELS["en"]["head"] if lang != "fr" else LABELS["fr"]["head"])]))
    if lang == "bilingual":
        d.lines[-1]["segs"] = [("t", "EXECUTIVE WORK DESCRIPTION / DESCRIPTION DE TRAVAIL DE CADRE")]
    F = lambda key, segs, c=None: d.lines.append(dict(kind="field", label=L(key), segs=segs, comment=c))  # noqa: E731
    F("dept", [("t", dept)])
    F("title", [("t", title)])
    c = None
    if "classification" in revs and rng.random() < 0.6:
        c = d.comment(rng.choice(texts.COMMENTS_FR if fr else texts.COMMENTS_EN).format(old=revs["classification"]))
    F("cls", val(cls_s(cls, cs), cls_s(revs["classification"], cs) if "classification" in revs else None, strike_style), c)
    if jc:
        F("job", val(jc, revs.get("job_code"), strike_style))
    if not opts["pos_header_only"]:
        F("pos", [("t", p["position_number"])])
    ds = opts["date"]
    F("date", val(date_s(eff, "fr" if fr else "en", ds),
                  date_s(revs["effective_date"], "fr" if fr else "en", ds) if "effective_date" in revs else None,
                  strike_style))
    locs = lambda c2: c2[1] if fr else c2[0]  # noqa: E731
    F("loc", val(locs(locv), locs(revs["location"]) if "location" in revs else None, strike_style))
    F("sup_t", val(T(*supt), T(*revs["sup_title"]) if "sup_title" in revs else None, strike_style))
    F("sup_c", [("t", cls_s(p["sup_cls"], cs))])
    if p["sup_pos"]:
        F("sup_p", [("t", p["sup_pos"])])

    d.lines.append(dict(kind="h2", segs=[("t", L("ga"))]))
    d.lines.append(dict(kind="p", segs=[("t", (texts.GA_FR if fr else texts.GA_EN).format(
        title=p["title_fr"] if fr else p["title"], area_l=p["area"].lower()))]))
    d.lines.append(dict(kind="h2", segs=[("t", L("org"))]))
    d.lines.append(dict(kind="p", segs=[("t", LABELS["fr" if fr else "en"]["rep_intro"].format(
        t=p["title_fr"] if fr else p["title"]))]))
    rows = []
    reports = p["reports"]
    ins_idx = revs.get("report_inserted")
    for j, rp in enumerate(reports):
        if use_old and j == p["revs"].get("report_inserted"):
            continue
        fte_old = None
        fte = rp["fte"]
        if "report_fte" in revs and revs["report_fte"][0] == j:
            fte_old = str(revs["report_fte"][1])
        if use_old and "report_fte" in old and old["report_fte"][0] == j:
            fte = old["report_fte"][1]
        rows.append(dict(mode="ins" if ins_idx == j else None,
                         cells=[[("t", T(rp["title"], rp["title_fr"]))], [("t", cls_s(rp["classification"], cs))],
                                val(str(fte), fte_old, strike_style)]))
    dr = revs.get("report_deleted") or (old.get("report_deleted") if use_old else None)
    if dr:
        pos = rng.randrange(len(rows) + 1)
        rows.insert(pos, dict(mode=None if use_old else "del",
                              cells=[[("t", T(dr["title"], dr["title_fr"]))], [("t", cls_s(dr["classification"], cs))],
                                     [("t", str(dr["fte"]))]]))
    d.lines.append(dict(kind="table", header=LABELS["fr" if fr else "en"]["rep_cols"], rows=rows,
                        layout=opts["reports"]))
    d.lines.append(dict(kind="h2", segs=[("t", L("ns"))]))
    d.lines.append(dict(kind="p", segs=[("t", texts.NS_FR if fr else texts.NS_EN)]))
    d.lines.append(dict(kind="h2", segs=[("t", L("dim"))]))
    lg = "fr" if fr else "en"
    c = None
    if "salary" in revs and rng.random() < 0.5:
        c = d.comment(rng.choice(texts.COMMENTS_FR if fr else texts.COMMENTS_EN).format(old=money(revs["salary"], lg, money_style)))
    F("sal", val(money(sal, lg, money_style), money(revs["salary"], lg, money_style) if "salary" in revs else None, strike_style), c)
    F("om", val(money(om, lg, money_style), money(revs["o_and_m"], lg, money_style) if "o_and_m" in revs else None, strike_style))
    if "total_deleted" in revs:
        d.lines.append(dict(kind="field", label=None,
                            segs=[("strike" if strike_style else "del", f"{L('tot')}: {money(revs['total_deleted'], lg, money_style)}")],
                            comment=None))
    elif total is not None:
        F("tot", [("t", money(total, lg, money_style))])
    F("fte", [("t", str(p["fte"] if not use_old else p["fte"]))])
    d.lines.append(dict(kind="h2", segs=[("t", L("sa"))]))
    for s in (texts.SA_FR if fr else texts.SA_EN):
        d.lines.append(dict(kind="num", segs=[("t", s)]))
    d.lines.append(dict(kind="h2", segs=[("t", L("cert"))]))
    people = []
    appr = person(rng)
    people.append(appr)
    d.lines.append(dict(kind="field", label=L("approved"), segs=[("t", f"{appr}, {T(p['sup_title'], p['sup_title_fr'])}")], comment=None))
    if rng.random() < 0.6:
        cl = person(rng)
        people.append(cl)
        d.lines.append(dict(kind="field", label=L("classified"), segs=[("t", f"{cl}, {date_s(datetime.date(2023, rng.randint(1, 12), rng.randint(1, 28)), lg, 'iso')}")], comment=None))
    if rng.random() < 0.35:
        inc = person(rng)
        people.append(inc)
        d.lines.append(dict(kind="field", label=L("incumbent"), segs=[("t", inc)], comment=None))
    d.people = people
    d.title_s = title
    return d


# ---------------------------------------------------------------- renderers
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


class DocxWriter:
    def __init__(self, doc, header, footer):
        self.doc, self.header, self.footer = doc, header, footer
        self.rid = 100

    def _attr(self, author):
        self.rid += 1
        return f'w:id="{self.rid}" w:author="{escape(author)}" w:date="2023-03-14T09:{self.rid % 60:02d}:00Z"'

    def run(self, text, bold=False, strike=False, deleted=False):
        rpr = ("<w:b/>" if bold else "") + ("<w:strike/>" if strike else "")
        tag = "w:delText" if deleted else "w:t"
        return f'<w:r>{"<w:rPr>" + rpr + "</w:rPr>" if rpr else ""}<{tag} xml:space="preserve">{escape(text)}</{tag}></w:r>'

    def segs(self, segs, author, rowmode=None):
        out = []
        for mode, text in segs:
            if rowmode == "del":
                mode = "del"
            if rowmode == "ins" and mode == "t":
                mode = "ins"
            if mode in ("t", "b", "strike"):
                out.append(self.run(text, bold=mode == "b", strike=mode == "strike"))
            elif mode == "ins":
                out.append(f"<w:ins {self._attr(author)}>{self.run(text)}</w:ins>")
            elif mode == "del":
                out.append(f"<w:del {self._attr(author)}>{self.run(text, deleted=True)}</w:del>")
        return "".join(out)

    def para(self, inner, style=None):
        ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
        return f"<w:p>{ppr}{inner}</w:p>"

    def body(self, author, field_table):
        parts = []
        pending = []

        def flush():
            if pending:
                parts.append(self.table([[[("b", lab)], segs, cm] for lab, segs, cm in pending], widths=(3600, 5400), fields=True, author=author))
                pending.clear()

        for ln in self.doc.lines:
            k = ln["kind"]
            if k == "field" and field_table and ln["label"] and ln["label"] not in (label(self.doc.lang, "approved"), label(self.doc.lang, "classified"), label(self.doc.lang, "incumbent")):
                pending.append((ln["label"], ln["segs"], ln.get("comment")))
                continue
            flush()
            if k == "h1":
                parts.append(self.para(self.segs(ln["segs"], author), "Heading1"))
            elif k == "h2":
                parts.append(self.para(self.segs(ln["segs"], author), "Heading2"))
            elif k in ("p", "num", "bullet"):
                parts.append(self.para(self.segs(ln["segs"], author), "ListNumber" if k == "num" else None))
            elif k == "field":
                inner = (self.run(ln["label"] + ": ", bold=True) if ln["label"] else "") + self.anchored(ln["segs"], ln.get("comment"), author)
                parts.append(self.para(inner))
            elif k == "table":
                if ln["layout"] == "bullets":
                    for row in ln["rows"]:
                        segs = row["cells"][0] + [("t", " (")] + row["cells"][1] + [("t", ", ")] + row["cells"][2] + [("t", " FTEs)" if self.doc.lang != "fr" else " ETP)")]
                        parts.append(self.para(self.segs(segs, author, row["mode"]), "ListBullet"))
                else:
                    rows = [[[("b", h)] for h in ln["header"]] + [None]]
                    rows += [c + [None, row["mode"]] for c, row in ((row["cells"], row) for row in ln["rows"])]
                    parts.append(self.table(rows, widths=(4800, 2200, 2000), author=author))
        flush()
        return "".join(parts)

    def anchored(self, segs, cid, author):
        if cid is None:
            return self.segs(segs, author)
        return (f'<w:commentRangeStart w:id="{cid}"/>{self.segs(segs, author)}<w:commentRangeEnd w:id="{cid}"/>'
                f'<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="{cid}"/></w:r>')

    def table(self, rows, widths, author, fields=False):
        grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
        out = [f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>']
        for row in rows:
            if fields:
                cells, cid, mode = row[:2], row[2], None
            else:
                n = len(widths)
                cells, cid, mode = row[:n], None, (row[n + 1] if len(row) > n + 1 else None)
            trpr = ""
            if mode == "del":
                trpr = f"<w:trPr><w:del {self._attr(author)}/></w:trPr>"
            elif mode == "ins":
                trpr = f"<w:trPr><w:ins {self._attr(author)}/></w:trPr>"
            out.append(f"<w:tr>{trpr}")
            for j, cell in enumerate(cells):
                inner = self.anchored(cell, cid, author) if (fields and j == 1) else self.segs(cell, author, mode)
                out.append(f'<w:tc><w:tcPr><w:tcW w:w="{widths[j]}" w:type="dxa"/></w:tcPr><w:p>{inner}</w:p></w:tc>')
            out.append("</w:tr>")
        out.append("</w:tbl>")
        return "".join(out)

    def bytes(self, author, field_table):
        body = self.body(author, field_table)
        document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>{body}'
                    '<w:sectPr><w:headerReference w:type="default" r:id="rId4"/><w:footerReference w:type="default" r:id="rId5"/>'
                    '<w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/>'
                    '</w:sectPr></w:body></w:document>')
        hdr = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr {W}>' + "".join(
            f'<w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr>{self.run(h)}</w:p>' for h in self.header) + "</w:hdr>"
        ftr = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr {W}>'
               f'<w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr>{self.run(self.footer[0])}</w:p>'
               f'<w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr>{self.run(self.footer[1] + " ")}'
               '<w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'
               f'{self.run(" " + self.footer[2] + " ")}<w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>2</w:t></w:r></w:fldSimple></w:p></w:ftr>')
        com = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments {W}>' + "".join(
            f'<w:comment w:id="{cid}" w:author="{escape(a)}" w:date="2023-03-15T10:00:00Z" w:initials="{ini}">'
            f'<w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr><w:r><w:annotationRef/></w:r>{self.run(t)}</w:p></w:comment>'
            for cid, a, ini, t in self.doc.comments) + "</w:comments>"
        styles = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles {W}>'
                  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
                  + "".join(f'<w:style w:type="paragraph" w:styleId="{s}"><w:name w:val="{n}"/><w:basedOn w:val="Normal"/>' +
                            (f'<w:pPr><w:outlineLvl w:val="{lv}"/></w:pPr>' if lv is not None else '') + '</w:style>'
                            for s, n, lv in [("Heading1", "heading 1", 0), ("Heading2", "heading 2", 1),
                                             ("ListNumber", "List Number", None), ("ListBullet", "List Bullet", None),
                                             ("Header", "header", None), ("Footer", "footer", None),
                                             ("CommentText", "annotation text", None)])
                  + '<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/></w:style>'
                  '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style></w:styles>')
        settings = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings {W}><w:trackRevisions/></w:settings>'
        ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
              '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
              '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
              '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>'
              '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
              '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
              '</Types>')
        rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        drels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 f'<Relationship Id="rId1" Type="{R}styles" Target="styles.xml"/>'
                 f'<Relationship Id="rId2" Type="{R}settings" Target="settings.xml"/>'
                 f'<Relationship Id="rId3" Type="{R}comments" Target="comments.xml"/>'
                 f'<Relationship Id="rId4" Type="{R}header" Target="header1.xml"/>'
                 f'<Relationship Id="rId5" Type="{R}footer" Target="footer1.xml"/></Relationships>')
        return zip_bytes([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", document),
                          ("word/_rels/document.xml.rels", drels), ("word/styles.xml", styles),
                          ("word/settings.xml", settings), ("word/comments.xml", com),
                          ("word/header1.xml", hdr), ("word/footer1.xml", ftr)])


def zip_bytes(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, text in files:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, text.encode("utf-8"))
    return buf.getvalue()


def seg_text(segs, mode, rowmode=None):
    """(text, balloons) of segments.  mode: final | md | inline."""
    text, balloons = [], []
    for m, t in segs:
        if rowmode == "del":
            m = "del"
        if m in ("t", "b", "ins"):
            text.append(t)
        elif m in ("del", "strike"):
            if mode == "md":
                text.append(f"~~{t}~~" + ("" if rowmode == "del" else " "))
            else:
                balloons.append(t)
    return "".join(text).strip(), balloons


def text_lines(doc, mode, markup, balloon_words):
    """Lines of text: (body, [balloon strings], changed)."""
    out = []
    lang = doc.lang
    for ln in doc.lines:
        k = ln["kind"]
        comm = []
        if ln.get("comment") is not None:
            cid, a, ini, t = doc.comments[ln["comment"]]
            comm = [f"{balloon_words['commented']} [{ini}{cid + 1}]: {t}"]
        if k == "table":
            rows = ln["rows"]
            if ln["layout"] == "bullets" or mode == "md" and False:
                for row in rows:
                    t0, b0 = seg_text(row["cells"][0], mode, row["mode"])
                    t1, _ = seg_text(row["cells"][1], mode, row["mode"])
                    t2, b2 = seg_text(row["cells"][2], mode, row["mode"])
                    fw = " ETP" if lang == "fr" else " FTEs"
                    if row["mode"] == "del" and mode != "md":
                        out.append(("", [f"{balloon_words['deleted']}: {t0}" if False else f"{balloon_words['deleted']}: • {' '.join(c[0][1] for c in row['cells'])}"], True))
                        continue
                    body = f"- {t0} ({t1}, {t2}{fw})" if mode == "md" else f"• {t0} ({t1}, {t2}{fw})"
                    if mode == "md" and row["mode"] == "del":
                        body = f"- ~~{row['cells'][0][0][1]} ({row['cells'][1][0][1]}, {row['cells'][2][0][1]}{fw})~~"
                    out.append((body, [f"{balloon_words['deleted']}: {x}" for x in b2], bool(b2) or row["mode"] == "ins"))
            else:
                hdr = ln["header"]
                if mode == "md":
                    out.append((f"| {hdr[0]} | {hdr[1]} | {hdr[2]} |", [], False))
                    out.append(("|---|---|---|", [], False))
                else:
                    out.append((f"{hdr[0]:<44}{hdr[1]:<14}{hdr[2]}", [], False))
                for row in rows:
                    cells = [seg_text(c, mode, row["mode"]) for c in row["cells"]]
                    if row["mode"] == "del" and mode != "md":
                        raw = [c[0][1] for c in row["cells"]]
                        out.append(("", [f"{balloon_words['deleted']}: {raw[0]}  {raw[1]}  {raw[2]}"], True))
                        continue
                    if mode == "md":
                        out.append((f"| {cells[0][0]} | {cells[1][0]} | {cells[2][0]} |", [], False))
                    else:
                        bl = [f"{balloon_words['deleted']}: {x}" for c in cells for x in c[1]]
                        out.append((f"{cells[0][0]:<44}{cells[1][0]:<14}{cells[2][0]}", bl, bool(bl) or row["mode"] == "ins"))
            continue
        t, b = seg_text(ln["segs"], mode)
        changed = any(m in ("ins", "del") for m, _ in ln["segs"])
        bl = [f"{balloon_words['deleted']}: {x}" for x in b]
        if any(m == "strike" for m, _ in ln["segs"]) and mode != "md":
            bl = []  # strike-through is only in docx / md documents
        if k == "h1":
            body = f"# {t}" if mode == "md" else t
        elif k == "h2":
            body = f"## {t}" if mode == "md" else t.upper() if markup.get("caps") else t
        elif k == "field":
            if ln["label"]:
                body = f"**{ln['label']}:** {t}" if mode == "md" else f"{ln['label']}: {t}"
            else:
                body = t
        elif k == "num":
            body = t
        else:
            body = t
        out.append((body, bl + comm, changed))
    # number the specific accountabilities
    n = 0
    res = []
    for i, (body, bl, ch) in enumerate(out):
        if doc.lines and body in (texts.SA_EN + texts.SA_FR):
            n += 1
            body = f"{n}. {body}"
        else:
            n = 0 if not body else n
        res.append((body, bl, ch))
    return res


def balloon_layout(lines, width=62):
    """Lines as printed with 'All Markup': change bar, body, balloons in the right margin."""
    out = []
    for body, bl, ch in lines:
        bar = "|" if ch or bl and any(not x.startswith(("Commented", "Commenté")) for x in bl) else " "
        wrapped = textwrap.wrap(body, width) if body else [""]
        for j in range(max(len(wrapped), len(bl))):
            w = wrapped[j] if j < len(wrapped) else ""
            b = bl[j] if j < len(bl) else ""
            line = f"{bar if (j < len(wrapped) or b) else ' '} {w:<{width}}  {b}".rstrip()
            out.append(line)
        if body == "" and not bl:
            out.append("")
    return out


def paginate(lines, header, footer_fn, per=60):
    pages = [lines[i:i + per] for i in range(0, len(lines), per)] or [[]]
    n = len(pages)
    return ["\n".join(header + [""] + pg + [""] + footer_fn(k + 1, n)) for k, pg in enumerate(pages)]


# ---------------------------------------------------------------- OCR damage
def damage(text, rng, strength):
    sub_digit = {"0": "O", "1": "l", "5": "S", "8": "B", "6": "b", "2": "Z"}
    sub_letter = [("rn", "m"), ("m", "rn"), ("e", "c"), ("li", "h"), ("cl", "d"), ("é", "e"), ("è", "e"), ("à", "a")]
    out = []
    for line in text.split("\n"):
        if rng.random() < strength:
            chars = list(line)
            for j, ch in enumerate(chars):
                if ch in sub_digit and rng.random() < 0.35:
                    chars[j] = sub_digit[ch] if ch != "1" else rng.choice("lI")
            line = "".join(chars)
            for a, b in sub_letter:
                if a in line and rng.random() < 0.25:
                    line = line.replace(a, b, 1)
            if " " in line.strip() and rng.random() < 0.3:
                idx = [j for j, ch in enumerate(line) if ch == " " and 3 < j < len(line) - 3]
                if idx:
                    j = rng.choice(idx)
                    line = line[:j] + line[j + 1:]
        if line.startswith("|") and rng.random() < 0.3:
            line = rng.choice(["l", "I", "!"]) + line[1:]
        out.append(line)
    # hyphenated line ends on long lines
    res = []
    for line in out:
        if len(line) > 60 and rng.random() < strength:
            cut = line.rfind(" ", 30, 55)
            if cut > 0 and line[cut + 1:cut + 3].isalpha():
                word_end = line.find(" ", cut + 1)
                word_end = len(line) if word_end < 0 else word_end
                if word_end - cut > 5:
                    mid = cut + 4
                    res.append(line[:mid] + "-")
                    res.append(line[mid:])
                    continue
        res.append(line)
    return "\n".join(res)


# ---------------------------------------------------------------- main
def main():
    corpus, expected = HERE / "corpus", HERE / "expected"
    for d in (corpus, expected):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    positions = make_positions()
    kinds = (["docx"] * 15 + ["pdf"] * 8 + ["text"] * 6 + ["text-cp1252"] * 4 + ["markdown"] * 6 + ["ocr"] * 5)
    kr = random.Random(1991)
    kr.shuffle(kinds)
    langs = ["en"] * 25 + ["fr"] * 12 + ["bilingual"] * 7
    kr.shuffle(langs)
    # position 0: two versions (an old cp1252 text, the reviewed Word document with the changes tracked)
    kinds[0], langs[0] = "docx", "en"
    docs = []
    used = set()
    for i, p in enumerate(positions):
        docs.append((i, p, kinds[i], langs[i], False))
    docs.append((0, positions[0], "text", "en", True))
    for n, (i, p, kind, lang, is_old) in enumerate(docs):
        r = random.Random(199500 + n)
        authors = [person(r) for _ in range(2)]
        strike_style = kind in ("docx", "markdown") and r.random() < 0.35 and not (i == 0)
        opts = dict(money="M" if lang != "fr" and r.random() < 0.3 else "full",
                    cls="space" if r.random() < 0.15 else "dash",
                    date="iso" if r.random() < 0.35 else "long",
                    reports="bullets" if r.random() < 0.4 else "table",
                    pos_header_only=kind in ("docx", "pdf") and r.random() < 0.3)
        doc = build(p, lang, r, strike_style, opts, authors, use_old=is_old)
        pos_label = {"en": "Position no.", "fr": "Poste no", "bilingual": "Position no. / Poste no"}[lang]
        header = [f"{pos_label} {p['position_number']} – {doc.title_s}"]
        prot = {"en": "Protected B", "fr": "Protégé B", "bilingual": "Protected B / Protégé B"}[lang]
        pg = ("Page", "de") if lang == "fr" else ("Page", "of")
        bw = {k: LABELS["fr" if lang == "fr" else "en"][k] for k in ("deleted", "commented")}
        # file name
        base = (p["title_fr"] if lang == "fr" else p["title"])
        if lang == "bilingual":
            base = f"{p['title']} - {p['title_fr']}"
        if is_old:
            name = f"{p['title']} (2019).txt"
        else:
            ext = {"docx": ".docx", "pdf": ".pdf", "text": ".txt", "text-cp1252": ".txt", "markdown": ".md", "ocr": ".txt"}[kind]
            style = r.choice(["plain", "tracked", "draft", "review", "copy", "num", "signed", "comma"])
            if kind == "ocr":
                name = r.choice([f"scan_{r.randint(100, 999)}.txt", f"Numérisation {r.randint(10, 99)}.txt", f"{base} (scanned){ext}"])
            elif kind == "text":
                name = r.choice([f"{base} - All Markup{ext}", f"{base} (copied from Word){ext}", f"{base} - review copy{ext}"])
            elif i == 0:
                name = f"{base} - tracked changes.docx"
            else:
                name = {"plain": f"{base}{ext}", "tracked": f"{base} - tracked changes{ext}", "draft": f"{base} DRAFT{ext}",
                        "review": f"{base} (HR review){ext}" if lang != "fr" else f"{base} (révision RH){ext}",
                        "copy": f"Copie de {base}{ext}" if lang != "en" else f"Copy of {base}{ext}",
                        "num": f"WD {p['position_number']} - {base}{ext}", "signed": f"{base} - signed{ext}" if lang != "fr" else f"{base} - signé{ext}",
                        "comma": f"{base} (1){ext}"}[style]
        name = name.replace("/", "-")
        while name in used:
            name = name.replace(".", " (1).", 1) if "." in name else name + " (1)"
        used.add(name)
        damage_level = None
        if kind == "docx":
            data = DocxWriter(doc, header, (prot, pg[0], pg[1])).bytes(authors[0], field_table=r.random() < 0.6)
        else:
            mode = "md" if kind == "markdown" else "final"
            lines = text_lines(doc, mode, {"caps": r.random() < 0.5}, bw)
            if kind == "markdown":
                body = "\n".join(b for b, _, _ in lines) + "\n"
                data = body.encode("utf-8")
            elif kind == "text-cp1252":
                body = "\r\n".join(b for b, _, _ in lines)
                hist = [("Révision" if lang == "fr" else "Revision history"), ]
                for f, v in p["revs"].items():
                    if f in ("classification",):
                        hist.append(f"{'2023-02-14'}: {label(lang, 'cls')} {v} → {p['classification']}" if False else
                                    f"2023-02-14 – {label(lang, 'cls')}: {v} changed to {p['classification']} ({authors[1]})")
                    if f in ("salary",):
                        hist.append(f"2023-02-14 – {label(lang, 'sal')}: {money(v, 'fr' if lang == 'fr' else 'en', 'full')} changed to {money(p['salary'], 'fr' if lang == 'fr' else 'en', 'full')} ({authors[1]})")
                body = body.replace("'", "’")
                if len(hist) > 1:
                    body += "\r\n\r\n" + "\r\n".join(hist)
                data = (body + "\r\n").encode("cp1252")
            else:
                printed = balloon_layout(lines)
                if is_old:
                    printed = [x[2:] for x in printed]
                hdr = header[:]
                foot = lambda k, n2: [prot, f"{pg[0]} {k} {pg[1]} {n2}"]  # noqa: E731
                if kind == "pdf":
                    data = pdf_bytes(paginate(printed, hdr, foot, per=62))
                elif kind == "text":
                    data = ("\n".join(printed) + "\n").encode("utf-8")
                else:  # ocr
                    damage_level = r.choice(["light", "medium", "heavy"])
                    st = {"light": 0.08, "medium": 0.2, "heavy": 0.35}[damage_level]
                    pages = paginate(printed, [header[0]], lambda k, n2: [prot, f"- {k} -"], per=58)
                    data = ("\f".join(damage(pg_, r, st) for pg_ in pages) + "\n").encode("utf-8")
        (corpus / name).write_bytes(data)
        # truth
        revs = {} if is_old else p["revs"]
        old = p["revs"] if is_old else {}
        reports = []
        for j, rp in enumerate(p["reports"]):
            if is_old and j == p["revs"].get("report_inserted"):
                continue
            fte = rp["fte"]
            if is_old and "report_fte" in old and old["report_fte"][0] == j:
                fte = old["report_fte"][1]
            reports.append(dict(title=rp["title_fr"] if lang == "fr" else rp["title"], classification=rp["classification"], fte=fte))
        if is_old and "report_deleted" in old:
            dr = old["report_deleted"]
            reports.append(dict(title=dr["title"], classification=dr["classification"], fte=dr["fte"]))
        sal = old.get("salary", p["salary"])
        om = old.get("o_and_m", p["o_and_m"])
        total = p["total"]
        if is_old:
            total = sal + om if (p["total"] is not None or "total_deleted" in old) else None
        loc = old["location"] if "location" in old else (p["location"], p["location_fr"])
        supt = old.get("sup_title", (p["sup_title"], p["sup_title_fr"]))
        eff = old.get("effective_date", p["effective_date"])
        fields = dict(
            title=p["title_fr"] if lang == "fr" else p["title"],
            classification=old.get("classification", p["classification"]),
            job_code=old.get("job_code", p["job_code"]),
            position_number=p["position_number"],
            effective_date=eff,
            supervisor=dict(position_number=p["sup_pos"], title=supt[1] if lang == "fr" else supt[0], classification=p["sup_cls"]),
            direct_reports=reports,
            salary=sal, o_and_m=om, total=total,
            location=loc[1] if lang == "fr" else loc[0],
        )
        ns = [k for k in ("job_code", "effective_date", "total") if fields[k] is None]
        if p["sup_pos"] is None:
            ns.append("supervisor.position_number")
        also = dict(department=p["dept"][1] if lang == "fr" else p["dept"][0], fte=p["fte"])
        if lang == "bilingual":
            also["title_fr"] = p["title_fr"]
        if kind == "ocr":
            also["damage"] = damage_level
        if not is_old:
            rv = {}
            for f, v in sorted(revs.items()):
                if f in ("salary", "o_and_m", "total_deleted"):
                    rv[f] = v
                elif f == "effective_date":
                    rv[f] = v.isoformat()
                elif f in ("location", "sup_title"):
                    rv[f] = v[0]
                elif f == "report_fte":
                    rv[f] = f"{p['reports'][v[0]]['title']}: {v[1]} before"
                elif f == "report_deleted":
                    rv[f] = v["title"]
                elif f == "report_inserted":
                    rv[f] = p["reports"][v]["title"]
                else:
                    rv[f] = v
            also["revised_old_values"] = rv
            also["markup"] = {"docx": "tracked changes (w:ins/w:del)" + (" and strike-through" if strike_style else "") + ", comments, header and footer",
                              "pdf": "All Markup printed: change bars, Deleted:/Commented balloons in the right margin, page header and footer",
                              "text": "copied from All Markup view with balloons", "ocr": "scan of an All Markup print",
                              "markdown": "~~struck~~ old values beside new ones" if True else "",
                              "text-cp1252": "accepted text with a revision history"}[kind]
            if opts["pos_header_only"]:
                also["position_number_only_in_page_header"] = True
        if doc.comments and kind in ("docx", "pdf", "text", "ocr"):
            also["reviewers"] = authors
        people = list(doc.people)
        if kind in ("docx", "pdf", "text", "ocr") and not is_old:
            people += [a for a in authors if a not in people] if (doc.comments or revs) and kind == "docx" else \
                [a for a in sorted({c[1] for c in doc.comments}) if a not in people] if kind == "docx" else []
        if kind == "text-cp1252" and any(f in p["revs"] for f in ("classification", "salary")):
            people.append(authors[1])
        lang_truth = lang
        truth = dict(document=name, kind=kind, language=lang_truth, outcome="import", fields=fields,
                     not_stated=ns, also=also, people=people, versions=None)
        if i == 0:
            older = f"{p['title']} (2019).txt"
            newer = [x for x in used if x.endswith("tracked changes.docx") and x.startswith(p["title"])][0] if not is_old else None
            truth["versions"] = "PENDING"
        (expected / (name + ".expected.yaml")).write_text(
            yaml.safe_dump(truth, sort_keys=False, allow_unicode=True, width=200), encoding="utf-8")
    # versions
    p0 = positions[0]
    older = f"{p0['title']} (2019).txt"
    newer = f"{p0['title']} - tracked changes.docx"
    for nm in (older, newer):
        f = expected / (nm + ".expected.yaml")
        t = yaml.safe_load(f.read_text(encoding="utf-8"))
        t["versions"] = dict(documents=[older, newer], newest=newer, same_text=False,
                             note="the 2019 description holds the values the reviewer deleted in the Word document; "
                                  "the Word document's accepted text is the current one")
        f.write_text(yaml.safe_dump(t, sort_keys=False, allow_unicode=True, width=200), encoding="utf-8")
    refuse(corpus, expected, positions)


def refuse(corpus, expected, positions):
    r = random.Random(199900)
    items = []
    # 1. memo, Word with tracked changes
    p = positions[5]
    a, b = person(r), person(r)
    doc = Doc("en", r, [a])
    doc.lines = [dict(kind="h1", segs=[("t", "MEMORANDUM")]),
                 dict(kind="field", label="To", segs=[("t", f"{b}, Director General, Human Resources")], comment=None),
                 dict(kind="field", label="From", segs=[("t", f"{a}, {p['sup_title']}")], comment=None),
                 dict(kind="field", label="Subject", segs=[("t", f"Classification review of position {p['position_number']}, {p['title']}")], comment=None),
                 dict(kind="p", segs=[("t", "Following the organizational review, I recommend that the position be "), ("del", "reclassified to EX-02"), ("ins", "maintained at EX-01"),
                                      ("t", f". The directorate's salary budget is {money(p['salary'], 'en', 'full')} and its O&M {money(p['o_and_m'], 'en', 'full')}.")]),
                 dict(kind="p", segs=[("t", "Please advise whether a revised work description is required before the next committee meeting.")])]
    data = DocxWriter(doc, ["Protected B"], ("Protected B", "Page", "of")).bytes(a, field_table=False)
    items.append(("Memo - classification review (tracked).docx", "docx", "en", data, [a, b], "memo about a position's classification"))
    # 2. French letter, PDF
    q = positions[9]
    c, d2 = person(r), person(r)
    letter = [f"Ottawa, le 3 mai 2023", "", f"Madame {c.split()[1]},", "",
              f"Objet : Nomination intérimaire au poste de {q['title_fr']} ({q['classification']})", "",
              f"J'ai le plaisir de confirmer votre nomination intérimaire au poste no {q['position_number']}, du 15 mai au",
              "15 novembre 2023. La direction dispose d'un budget salarial de " + money(q['salary'], 'fr', 'full') + ".",
              "", "Veuillez agréer, Madame, l'expression de mes sentiments distingués.", "", d2, q["sup_title_fr"]]
    items.append(("Lettre - nomination intérimaire - signé.pdf", "pdf", "fr", pdf_bytes(["\n".join(letter)]), [c, d2], "letter confirming an acting appointment"))
    # 3. Minutes, Markdown with struck items
    e, f = person(r), person(r)
    rows = "\n".join(f"| {x['title']} | {x['position_number']} | ~~{x['classification']}~~ | {x['fte']} |" for x in positions[10:14])
    md = (f"# Branch Resource Committee - Minutes\n\n**Date:** 2023-06-07  \n**Chair:** {e}  \n**Secretary:** {f}\n\n"
          "## 1. Work descriptions under review\n\n| Position | Number | Level | FTEs |\n|---|---|---|---|\n" + rows +
          "\n\n## 2. Decisions\n\n- ~~Defer the O&M reallocation~~ Approve the O&M reallocation of $250,000.\n- Next meeting: 2023-07-05.\n")
    items.append(("BRC minutes 2023-06-07 (amended).md", "markdown", "en", md.encode("utf-8"), [e, f], "committee minutes listing positions"))
    # 4. org chart, text
    g = positions[12]
    chart = [f"{g['sup_title']} ({g['sup_cls']})", "|"]
    for x in positions[12:16]:
        chart.append(f"+-- {x['title']} ({x['classification']}) - pos. {x['position_number']}")
    items.append(("Org chart - branch (rev 3).txt", "text", "en", ("\n".join(chart) + "\n").encode("utf-8"), [], "organization chart"))
    # 5. scan without text layer
    items.append(("Scan 2023-04-11 signed WD.pdf", "pdf", "en", pdf_bytes(["", "", ""]), [], "scan without a text layer (unreadable)"))
    for name, kind, lang, data, people, what in items:
        (corpus / name).write_bytes(data)
        t = dict(document=name, kind=kind, language=lang, outcome="refuse", fields=None, not_stated=[],
                 also=dict(what=what), people=people, versions=None)
        (expected / (name + ".expected.yaml")).write_text(
            yaml.safe_dump(t, sort_keys=False, allow_unicode=True, width=200), encoding="utf-8")


if __name__ == "__main__":
    main()
