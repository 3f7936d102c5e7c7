#!/usr/bin/env python3
"""Write the blind92 corpus (issue 12): versions and edits of EX work descriptions.

    /work/main/.venv/bin/python bench/import/blind92/make_blind.py

Writes corpus/ and expected/ next to this file, byte for byte the same on every run (fixed seeds,
fixed zip timestamps and document properties). Needs python-docx; PDFs by tests/import_files.pdf_bytes.
"""
from __future__ import annotations

import io
import random
import re
import shutil
import sys
import zipfile
import zlib
from datetime import date, datetime
from pathlib import Path

import docx
from docx.enum.text import WD_COLOR_INDEX
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "tests"))
from import_files import pdf_bytes  # noqa: E402
from positions import POS, REVIEWERS  # noqa: E402
import texts as T  # noqa: E402

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
ABBR_EN = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
PROV_FR = {"Quebec": "Québec", "Ontario": "Ontario"}


# ---------------------------------------------------------------- documents
class Doc:
    def __init__(self, name, pos, kind, lang, **o):
        self.name, self.pos, self.kind, self.lang = name, pos, kind, lang
        self.o = o
        self.rng = random.Random(zlib.crc32(name.encode("utf-8")))
        r = self.rng
        self.cls_f = o.get("cls_f", r.choice(["EX-01", "EX-01", "EX 01", "EX-1", "EX01"]))
        self.date_f = o.get("date_f", r.choice(["long", "iso", "dmy", "ord", "abbr", "slash"]))
        self.amt_f = o.get("amt_f", r.choice(["comma", "M", "K", "million", "cents"]))
        self.fte_f = o.get("fte_f", r.randrange(4))
        self.lab = {k: r.choice(v) for k, v in T.LABELS["fr" if lang == "fr" else "en"].items()}
        self.lab_fr = {k: r.choice(v) for k, v in T.LABELS["fr"].items()}
        hv = r.randrange(3)
        self.head = {k: v[hv] for k, v in T.HEAD["fr" if lang == "fr" else "en"].items()}
        self.head_v = r.randrange(3)
        self.rev = REVIEWERS[o.get("rev", r.randrange(len(REVIEWERS)))]

    def get(self, k, default=None):
        return self.o.get(k, default)


def state(doc):
    """The position as this version states it now."""
    s = dict(POS[doc.pos])
    s.update(doc.get("over", {}))
    return s


# ---------------------------------------------------------------- value notations
def f_cls(doc, c):
    if c is None:
        return ""
    m = re.fullmatch(r"EX-0(\d)", c)
    if not m:
        return c
    return {"EX-01": c, "EX 01": f"EX 0{m[1]}", "EX-1": f"EX-{m[1]}", "EX01": f"EX0{m[1]}"}[doc.cls_f]


def f_date(doc, d):
    if d is None:
        return ""
    if isinstance(d, str):
        return d
    f = doc.date_f
    if doc.lang == "fr":
        if f in ("iso", "slash"):
            return d.isoformat()
        if f == "dmy" and d.day > 12:
            return d.strftime("%d/%m/%Y")
        day = "1er" if d.day == 1 else str(d.day)
        return f"{day} {MONTHS_FR[d.month - 1]} {d.year}"
    if f == "iso":
        return d.isoformat()
    if f == "dmy":
        return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"
    if f == "ord":
        suf = "th" if 10 <= d.day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
        return f"{MONTHS_EN[d.month - 1]} {d.day}{suf}, {d.year}"
    if f == "abbr":
        return f"{ABBR_EN[d.month - 1]} {d.day}, {d.year}"
    if f == "slash":
        return d.strftime("%Y/%m/%d")
    return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"


def _dec(n, unit):
    s = f"{n / unit:.3f}".rstrip("0").rstrip(".")
    return s if round(float(s) * unit) == n else None


def f_amt(doc, n):
    if n is None:
        return ""
    f = doc.amt_f
    if doc.lang == "fr":
        sp = "\u00a0" if doc.kind == "docx" and doc.get("nbsp") else " "
        grp = f"{n:,}".replace(",", sp)
        if f == "M" and _dec(n, 1e6):
            return _dec(n, 1e6).replace(".", ",") + " M$"
        if f == "million" and _dec(n, 1e6):
            return _dec(n, 1e6).replace(".", ",") + " millions $"
        if f == "cents":
            return grp + ",00 $"
        if f == "K" and n % 1000 == 0:
            return f"{n // 1000:,}".replace(",", sp) + " k$"
        return grp + " $"
    if f == "M" and _dec(n, 1e6):
        return "$" + _dec(n, 1e6) + "M"
    if f == "million" and _dec(n, 1e6):
        return "$" + _dec(n, 1e6) + " million"
    if f == "K" and n % 1000 == 0:
        return f"${n // 1000:,}K"
    if f == "cents":
        return f"${n:,}.00"
    return f"${n:,}"


def f_dr(doc, dr):
    """A direct report's classification and FTEs in this document's notation."""
    t, tf, c, n = dr
    c = f_cls(doc, c) if c else None
    fr = doc.lang == "fr"
    v = doc.fte_f
    if n is None:
        return f" ({c})" if c else ""
    fte = "FTE" if n == 1 else "FTEs"
    if c is None:
        return f" ({n} ETP)" if fr else f" ({n} {fte})"
    if v == 0:
        return f" ({c}, {n} ETP)" if fr else f" ({c}, {n} {fte})"
    if v == 1:
        return f" – {c} – effectif de {n}" if fr else f" – {c} – {n} {fte}"
    if v == 2:
        return f" ({c}) – {n} ETP" if fr else f" ({c}), staff of {n}"
    return f" [{c}] ({n} ETP)" if fr else f" [{c}] ({n} FTE)"


# ---------------------------------------------------------------- segments of a field (with the edits)
def raw(doc, s, field):
    lang = "fr" if doc.lang == "fr" else "en"
    if field == "title":
        return s["title_fr"] if lang == "fr" else s["title"]
    if field == "title_fr":
        return s["title_fr"]
    if field == "classification":
        return f_cls(doc, s["cls"])
    if field == "job_code":
        return s["job"]
    if field == "position_number":
        return s["num"]
    if field == "effective_date":
        return f_date(doc, s["date"])
    if field == "sup_num":
        return s["sup"][0]
    if field == "sup_title":
        return s["sup"][2] if lang == "fr" else s["sup"][1]
    if field == "sup_class":
        return f_cls(doc, s["sup"][3])
    if field in ("salary", "o_and_m", "total"):
        return f_amt(doc, s[{"salary": "sal", "o_and_m": "om", "total": "tot"}[field]])
    if field == "location":
        return s["loc"][1] if lang == "fr" else s["loc"][0]
    if field == "fte":
        return str(s["fte"])
    if field == "dept":
        return T.DEPTS[s["dept"]][1 if lang == "fr" else 0]
    if field == "branch":
        return s["branch"][1 if lang == "fr" else 0]
    raise KeyError(field)


def old_raw(doc, field, old):
    """Format an earlier value of a field as this document writes it."""
    s = dict(state(doc))
    key = {"title": "title_fr" if doc.lang == "fr" else "title", "classification": "cls", "job_code": "job",
           "position_number": "num", "effective_date": "date", "salary": "sal", "o_and_m": "om", "total": "tot",
           "fte": "fte"}.get(field)
    if key:
        s[key] = old
        return raw(doc, s, field)
    if field == "sup_class":
        return f_cls(doc, old)
    if field in ("sup_num", "sup_title"):
        return old
    return str(old)


def segs(doc, s, field, text=None):
    text = raw(doc, s, field) if text is None else text
    out = []
    o = doc.o
    who, ini = doc.rev
    if field in o.get("old", {}):
        out.append((old_raw(doc, field, o["old"][field]), "del", who))
        out.append((text, "ins", who))
    elif field in o.get("strike", {}):
        out.append((old_raw(doc, field, o["strike"][field]), "strike", None))
        out.append((" " + text, "", None))
    elif field in o.get("cmt", {}):
        out.append((text, "cmt", o["cmt"][field]))
    elif field in o.get("hl", ()):
        out.append((text, "hl", None))
    else:
        out.append((text, "", None))
    if field in o.get("notes", {}):
        out.append((" " + o["notes"][field], "note", None))
    return out


def P(text, mark="", extra=None):
    return [(text, mark, extra)]


# ---------------------------------------------------------------- the abstract document
def build(doc):
    s = state(doc)
    fr = doc.lang == "fr"
    bi = doc.lang == "bi"
    L = doc.lab
    H = doc.head
    omit = set(doc.get("omit", ()))
    blocks = []
    if doc.get("draft"):
        blocks.append(("draft", doc.get("draft")))
    top = doc.get("top") or (["DESCRIPTION DE TRAVAIL – GROUPE DE LA DIRECTION (EX)", "EXECUTIVE WORK DESCRIPTION",
                             "Work Description", "Job Description"][doc.rng.randrange(4)] if not fr else
                             ["Description de travail", "DESCRIPTION DE TRAVAIL DE CADRE", "Description d'emploi"][doc.rng.randrange(3)])
    if bi:
        top = "Executive Work Description / Description de travail de cadre"
    blocks.append(("title", top))
    blocks.append(("p", P(raw(doc, s, "dept"))))

    def lab(k):
        if bi:
            return f"{T.LABELS['en'][k][0]} / {T.LABELS['fr'][k][0]}"
        return L[k]

    kv = []
    title_segs = segs(doc, s, "title")
    if doc.get("title_cls"):  # classification in brackets after the title
        title_segs = title_segs + [(" (", "", None)] + segs(doc, s, "classification") + [(")", "", None)]
    kv.append(("title", lab("title"), title_segs))
    if bi:
        kv.append(("title_fr", "Titre du poste (français)" if doc.rng.random() < .5 else "Titre français",
                   segs(doc, s, "title_fr")))
    if not doc.get("title_cls"):
        kv.append(("classification", lab("classification"), segs(doc, s, "classification")))
    if "job_code" not in omit:
        kv.append(("job_code", lab("job_code"), segs(doc, s, "job_code")))
    kv.append(("position_number", lab("position_number"), segs(doc, s, "position_number")))
    if "effective_date" not in omit:
        kv.append(("effective_date", lab("effective_date"), segs(doc, s, "effective_date")))
    elif doc.get("blank_date"):
        kv.append(("effective_date", lab("effective_date"), P(doc.get("blank_date"))))
    kv.append(("branch", lab("branch"), P(raw(doc, s, "branch"))))
    if "location" not in omit:
        kv.append(("location", lab("location"), segs(doc, s, "location")))
    sup_as = doc.get("sup_as", "fields")
    if sup_as == "fields":
        if "sup_num" not in omit:
            kv.append(("sup_num", lab("sup_num"), segs(doc, s, "sup_num")))
        kv.append(("sup_title", lab("sup_title"), segs(doc, s, "sup_title")))
        kv.append(("sup_class", lab("sup_class"), segs(doc, s, "sup_class")))
    if doc.get("hdr_after_ga"):
        pass
    blocks.append(("h", H["id"]))
    blocks.append(("kv", kv))

    short = s["title"].split(",")[0]
    short_fr = s["title_fr"].split(",")[0]
    area_en, area_fr, area_fr2 = s["area"]
    ga_en = (f"The {s['title']} is accountable for the leadership, planning and delivery of {area_en}, "
             f"ensuring that programs and services are delivered efficiently, with integrity and in accordance "
             f"with legislation, policies and the priorities of the Government of Canada.")
    ga_fr = (f"Le titulaire du poste de {s['title_fr']} est responsable du leadership, de la planification et de "
             f"la prestation {area_fr}, en veillant à ce que les programmes et les services soient offerts de façon "
             f"efficiente, avec intégrité et conformément aux lois, aux politiques et aux priorités du gouvernement.")
    tmpl = doc.get("tmpl", "classic")

    # organization structure
    org = []
    if sup_as == "sentence":
        if fr:
            sent = [(f"Le {short_fr.lower()} relève du ", "", None)] + segs(doc, s, "sup_title") + \
                   [(" (", "", None)] + segs(doc, s, "sup_class") + [(")", "", None)]
            if "sup_num" not in omit:
                sent += [(", poste no ", "", None)] + segs(doc, s, "sup_num")
        else:
            sent = [(f"The {short} reports to the ", "", None)] + segs(doc, s, "sup_title") + \
                   [(" (", "", None)] + segs(doc, s, "sup_class") + [(")", "", None)]
            if "sup_num" not in omit:
                sent += [(", position no. ", "", None)] + segs(doc, s, "sup_num")
        sent += [(".", "", None)]
        org.append(("p", sent))
    drs = list(s["drs"])
    n = len(drs)
    intro = (f"Les {n} postes suivants relèvent du titulaire :" if fr else
             f"The following {n} positions report to the {short}:")
    org.append(("p", P(intro)))
    dr_del = doc.get("dr_del", {})  # index -> deleted DR placed before it
    dr_ins = set(doc.get("dr_ins", ()))
    dr_old = doc.get("dr_old_fte", {})
    dr_notes = doc.get("dr_notes", {})
    drs_as = doc.get("drs_as", "list")
    items = []  # (segs, mark for whole item, dr)
    for i, dr in enumerate(drs + [None]):
        if i in dr_del:
            items.append((dr_del[i], "del"))
        if dr is None:
            break
        items.append((dr, "ins" if i in dr_ins else "", i))
    rows, lst = [], []
    for it in items:
        dr, mark = it[0], it[1]
        idx = it[2] if len(it) > 2 else None
        t = dr[1] if fr else dr[0]
        who = doc.rev[0]
        m = mark
        if drs_as == "table":
            ccell = f_cls(doc, dr[2]) if dr[2] else ""
            fcell = str(dr[3]) if dr[3] is not None else ""
            if idx in dr_old:
                fcells = [(str(dr_old[idx]), "del", who), (fcell, "ins", who)]
            else:
                fcells = [(fcell, m, who if m else None)]
            row = [[(t, m, who if m else None)], [(ccell, m, who if m else None)], fcells]
            if idx in dr_notes:
                row[2] = row[2] + [(" " + dr_notes[idx], "note", None)]
            rows.append(row)
        else:
            tail = f_dr(doc, dr)
            if idx in dr_old:
                old_tail = f_dr(doc, (dr[0], dr[1], dr[2], dr_old[idx]))
                sg = [(t, "", None), (old_tail, "del", who), (tail, "ins", who)]
            else:
                sg = [(t + tail, m, who if m else None)]
            if idx in dr_notes:
                sg.append((" " + dr_notes[idx], "note", None))
            lst.append(sg)
    if drs_as == "table":
        hdr = ["Titre du poste", "Groupe et niveau", "ETP"] if fr else ["Position", "Classification", "FTEs"]
        org.append(("grid", hdr, rows))
    elif drs_as == "prose":
        sg = []
        for k, x in enumerate(lst):
            sg += x
            sg.append(("; " if k < len(lst) - 1 else ".", "", None))
        org[-1] = ("p", P(("Relèvent du titulaire : " if fr else f"Reporting to the {short} are the ")) + sg)
    else:
        org.append(("list", lst, False))

    # dimensions
    dims = []
    if "dims" not in omit:
        dkv = [("fte", lab("fte"), segs(doc, s, "fte"))]
        dkv.append(("salary", lab("salary"), segs(doc, s, "salary")))
        dkv.append(("o_and_m", lab("o_and_m"), segs(doc, s, "o_and_m")))
        if "total" not in omit:
            dkv.append(("total", lab("total"), segs(doc, s, "total")))
        dims_as = doc.get("dims_as", "kv")
        if dims_as == "line":
            sg = []
            for k, (_, lb, v) in enumerate(dkv):
                sg += [(lb + ": ", "", None)] + v + [("; " if k < len(dkv) - 1 else "", "", None)]
            dims.append(("p", sg))
        else:
            dims.append(("kv", dkv, dims_as == "table"))

    ns = T.NS_FR if fr else T.NS_EN
    deptname = raw(doc, s, "dept")
    ns_text = [x.format(dept=deptname, short=short) for x in ns]
    sa_src = T.SA_FR if fr else T.SA_EN
    supt = s["sup"][2] if fr else s["sup"][1]
    sa = [x.format(area=area_fr if fr else area_en, area2=area_fr2, sup=supt) for x in sa_src]
    k = doc.rng.randrange(3)
    sa = sa[k:] + sa[:k]
    sa = sa[:6 + doc.rng.randrange(3)]

    if tmpl == "csr":
        blocks.append(("h", T.CSR_FR if fr else T.CSR_EN))
        blocks.append(("p", P(ga_fr if fr else ga_en)))
        blocks.append(("h", T.KA_FR if fr else T.KA_EN))
        blocks.append(("list", [P(x) for x in sa], True))
        blocks.append(("h", H["org"]))
        blocks += org
        blocks.append(("h", H["dim"]))
        blocks += dims
    else:
        blocks.append(("h", H["ga"]))
        blocks.append(("p", P(ga_fr if fr else ga_en)))
        order = [("org", org), ("ns", [("p", P(x)) for x in ns_text[:2]]), ("dim", dims)]
        if doc.rng.random() < .4:
            order = [order[0], order[2], order[1]]
        for key, bl in order:
            if key == "dim" and "dims" in omit:
                continue
            blocks.append(("h", H[key]))
            blocks += bl
        blocks.append(("h", H["sa"]))
        blocks.append(("list", [P(x) for x in sa], True))
    if bi:
        blocks.append(("pb",))
        blocks.append(("h", "VERSION FRANÇAISE – RESPONSABILITÉ GÉNÉRALE"))
        blocks.append(("p", P(ga_fr)))
        blocks.append(("h", "Activités principales"))
        blocks.append(("list", [P(x.format(area=area_fr, area2=area_fr2, sup=s["sup"][2])) for x in T.SA_FR[:5]], True))
    if doc.get("signed") or doc.get("sigblank"):
        blocks.append(("h", H["cert"]))
        blocks.append(("p", P(T.CERT_FR if fr else T.CERT_EN)))
        sig = []
        sd = doc.get("sigdate", s["date"])
        if doc.get("signed"):
            sig.append(("Titulaire : " if fr else "Incumbent: ") + s["inc"] + "    Date: " + f_date(doc, sd))
            sig.append(("Superviseur : " if fr else "Supervisor: ") + s["signer"][0] + ", " + s["signer"][1] +
                       "    Date: " + f_date(doc, sd))
        else:
            sig.append("Incumbent / Titulaire: ______________________   Date: __________")
            sig.append("Supervisor / Superviseur: ______________________   Date: __________")
        blocks.append(("sig", sig))
    return blocks


# ---------------------------------------------------------------- serializers
def plain(sg, kind, margin=None):
    out = []
    for text, mark, extra in sg:
        if mark in ("del", "strike"):
            if kind == "markdown":
                out.append(f"~~{text.strip()}~~")
            elif margin is not None and mark == "del":
                margin.append(f"Deleted: {text.strip()}")
            elif margin is not None and mark == "strike":
                out.append(text)  # printed struck through: the text layer keeps it
            continue
        if mark == "cmt":
            out.append(text)
            who, ini = REVIEWERS[extra[0]]
            if margin is not None:
                margin.append(f"Comment [{ini}{len(margin) + 1}]: {extra[1]}")
            else:
                out.append(f" [{ini}: {extra[1]}]")
            continue
        if mark == "hl" and kind == "markdown":
            out.append(f"=={text}==")
            continue
        out.append(text)
    return "".join(out)


def to_text(doc, blocks):
    kind = "markdown" if doc.kind == "markdown" else "text"
    markup = doc.get("markup")
    style = doc.get("kv", "colon")
    lines = []
    for b in blocks:
        margin = [] if markup else None
        t = b[0]
        if t == "draft":
            lines += [b[1], ""]
        elif t == "title":
            lines += (["# " + b[1]] if kind == "markdown" else [b[1].upper() if doc.get("caps") else b[1]]) + [""]
        elif t == "h":
            h = b[1]
            if kind == "markdown":
                lines += ["## " + h, ""]
            else:
                lines += [h.upper() if doc.get("caps") else h, ""]
        elif t == "p":
            lines += [plain(b[1], kind, margin)]
            lines += margin or []
            lines += [""]
        elif t == "kv":
            as_table = len(b) > 2 and b[2]
            if kind == "markdown" and (doc.get("md_table") or as_table):
                lines += ["| Field | Value |" if doc.lang != "fr" else "| Champ | Valeur |", "|---|---|"]
                for _, lb, v in b[1]:
                    lines.append(f"| {lb} | {plain(v, kind)} |")
                lines.append("")
                continue
            for _, lb, v in b[1]:
                val = plain(v, kind, margin)
                sep = " :" if doc.lang == "fr" and doc.get("fr_colon") else ":"
                if kind == "markdown":
                    lines.append(f"*   **{lb}{sep}** {val}")
                elif style == "nextline":
                    lines += [lb + sep, "    " + val]
                elif style == "dots":
                    lines.append(f"{lb} " + "." * max(3, 44 - len(lb)) + f" {val}")
                elif style == "tabs":
                    lines.append(f"{lb}\t{val}")
                else:
                    lines.append(f"{lb}{sep} {val}")
                if margin:
                    lines += margin
                    margin.clear()
            lines.append("")
        elif t == "list":
            for k, it in enumerate(b[1], 1):
                pre = f"{k}.  " if b[2] else ("*   " if kind == "markdown" else "- ")
                body = plain(it, kind, margin)
                if body.strip():
                    lines.append(pre + body)
                if margin:
                    lines += margin
                    margin.clear()
            lines.append("")
        elif t == "grid":
            if kind == "markdown":
                lines += ["| " + " | ".join(b[1]) + " |", "|" + "---|" * len(b[1])]
                for row in b[2]:
                    lines.append("| " + " | ".join(plain(c, kind) for c in row) + " |")
            else:
                lines.append("\t".join(b[1]))
                for row in b[2]:
                    cells = [plain(c, kind, margin) for c in row]
                    if all(not c for c in cells):
                        continue
                    lines.append("\t".join(cells))
                    if margin:
                        lines += margin
                        margin.clear()
            lines.append("")
        elif t == "sig":
            lines += b[1] + [""]
        elif t == "pb":
            lines.append("\f")
    text = "\n".join(lines).rstrip() + "\n"
    return re.sub(r"\n{3,}", "\n\n", text)


def run_xml(text, strike=False, rpr_extra=None, deleted=False):
    r = OxmlElement("w:r")
    if strike or rpr_extra:
        rpr = OxmlElement("w:rPr")
        if strike:
            rpr.append(OxmlElement("w:strike"))
        r.append(rpr)
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


class DocxWriter:
    def __init__(self, doc):
        self.doc = doc
        self.d = docx.Document()
        self.rid = 100
        st = self.d.styles["Normal"]
        st.font.name = "Arial"
        st.font.size = Pt(10)

    def add(self, p, sg, bold=False):
        for text, mark, extra in sg:
            if not text:
                continue
            if mark in ("ins", "del"):
                el = OxmlElement("w:" + mark)
                self.rid += 1
                el.set(qn("w:id"), str(self.rid))
                el.set(qn("w:author"), extra)
                el.set(qn("w:date"), self.doc.get("revdate", "2022-03-14T10:21:00Z"))
                el.append(run_xml(text, deleted=(mark == "del")))
                p._p.append(el)
                continue
            r = p.add_run(text)
            if bold:
                r.bold = True
            if mark == "strike":
                r.font.strike = True
            elif mark == "hl":
                r.font.highlight_color = WD_COLOR_INDEX.YELLOW
            elif mark == "note":
                r.font.highlight_color = WD_COLOR_INDEX.BRIGHT_GREEN if self.doc.get("note_hl") else None
            elif mark == "cmt":
                who, ini = REVIEWERS[extra[0]]
                self.d.add_comment(r, text=extra[1], author=who, initials=ini)

    def write(self, blocks):
        d, doc = self.d, self.doc
        bi = doc.lang == "bi"
        for b in blocks:
            t = b[0]
            if t == "draft":
                if doc.get("draft_in") == "header":
                    hp = d.sections[0].header.paragraphs[0]
                    hp.text = b[1]
                else:
                    p = d.add_paragraph()
                    r = p.add_run(b[1])
                    r.bold = True
                    r.font.size = Pt(28)
                    r.font.color.rgb = docx.shared.RGBColor(0xC0, 0xC0, 0xC0)
            elif t == "title":
                d.add_heading(b[1], level=1 if doc.head_v != 2 else 0)
            elif t == "h":
                d.add_heading(b[1], level=2) if doc.head_v < 2 else self.add(d.add_paragraph(), P(b[1]), bold=True)
            elif t == "p":
                self.add(d.add_paragraph(), b[1])
            elif t == "kv":
                as_table = (len(b) > 2 and b[2]) or (len(b) == 2 and doc.get("hdr", "table") == "table")
                if as_table:
                    tb = d.add_table(rows=0, cols=2)
                    tb.style = "Table Grid"
                    for _, lb, v in b[1]:
                        cells = tb.add_row().cells
                        self.add(cells[0].paragraphs[0], P(lb), bold=True)
                        self.add(cells[1].paragraphs[0], v)
                else:
                    sep = doc.get("kv_sep", ": ")
                    for _, lb, v in b[1]:
                        p = d.add_paragraph()
                        self.add(p, P(lb + sep.rstrip(" ") if sep != "\t" else lb), bold=True)
                        self.add(p, P(" " if sep != "\t" else "\t"))
                        self.add(p, v)
            elif t == "list":
                for it in b[1]:
                    self.add(d.add_paragraph(style="List Number" if b[2] else "List Bullet"), it)
            elif t == "grid":
                tb = d.add_table(rows=1, cols=len(b[1]))
                tb.style = "Table Grid"
                for c, h in zip(tb.rows[0].cells, b[1]):
                    self.add(c.paragraphs[0], P(h), bold=True)
                for row in b[2]:
                    cells = tb.add_row().cells
                    for c, v in zip(cells, row):
                        self.add(c.paragraphs[0], v)
            elif t == "sig":
                for line in b[1]:
                    d.add_paragraph(line)
            elif t == "pb":
                d.add_page_break()
        cp = d.core_properties
        cp.author = doc.get("meta_author", "HR Classification")
        cp.last_modified_by = doc.rev[1]
        cp.title = ""
        cp.comments = ""
        cp.created = datetime(2020, 1, 6, 9, 0, 0)
        cp.modified = doc.get("modified", datetime(2022, 3, 14, 10, 21, 0))
        cp.last_printed = datetime(2020, 1, 6, 9, 0, 0)
        cp.revision = doc.get("revision", 3)
        buf = io.BytesIO()
        d.save(buf)
        return fixed_zip(buf.getvalue(), self.doc.get("revdate", "2022-03-14T10:21:00Z"))


def fixed_zip(data, cdate):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in zin.namelist():
            zi = zipfile.ZipInfo(name, (2020, 1, 6, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            body = zin.read(name)
            if name == "word/comments.xml":  # python-docx dates comments now
                body = re.sub(rb'w:date="[^"]*"', b'w:date="' + cdate.encode() + b'"', body)
            z.writestr(zi, body)
    return out.getvalue()


def wrap(line, width=96, rng=None):
    if len(line) <= width:
        return [line]
    out, cur = [], ""
    for w in line.split(" "):
        if cur and len(cur) + 1 + len(w) > width:
            room = width - len(cur) - 2
            if rng and len(w) > 7 and w.isalpha() and room > 3 and rng.random() < .5:
                h = min(room, len(w) - 3)
                out.append(cur + " " + w[:h] + "-")
                cur = w[h:]
                continue
            out.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    out.append(cur)
    return out


def to_pdf_pages(doc, text, per_page=58, width=96, rng=None):
    s = state(doc)
    footer = doc.get("footer") or (T.DEPTS[s["dept"]][1 if doc.lang == "fr" else 0])
    lines = []
    for line in text.split("\n"):
        if line == "\f":
            lines.append("\f")
            continue
        lines += wrap(line.replace("\t", "    "), width, rng)
    pages, cur = [], []
    for line in lines:
        if line == "\f" or len(cur) >= per_page:
            pages.append(cur)
            cur = []
            if line == "\f":
                continue
        cur.append(line)
    pages.append(cur)
    n = len(pages)
    out = []
    for k, pg in enumerate(pages, 1):
        head = [doc.get("pdf_head")] if doc.get("pdf_head") else []
        foot = ["", f"{footer}    Page {k} of {n}" if doc.lang != "fr" else f"{footer}    Page {k} de {n}"]
        out.append("\n".join(head + pg + foot))
    return out


# ---------------------------------------------------------------- OCR damage
DIG = {"0": "O", "1": "I", "5": "S", "8": "B"}


def ocr(doc, text, strength):
    r = random.Random(zlib.crc32(("ocr" + doc.name).encode()))
    out = []
    for line in text.split("\n"):
        words = line.split(" ")
        nw = []
        for w in words:
            if any(ch.isdigit() for ch in w) and r.random() < strength:
                w = "".join(DIG.get(ch, ch) if r.random() < .6 else ch for ch in w)
                if "1" in w and r.random() < .3:
                    w = w.replace("1", "l", 1)
            elif len(w) > 4 and r.random() < strength / 6:
                j = r.randrange(len(w) - 1)
                pair = w[j:j + 2]
                if pair == "rn":
                    w = w[:j] + "m" + w[j + 2:]
                elif w[j] == "m":
                    w = w[:j] + "rn" + w[j + 1:]
                elif w[j] in "il":
                    w = w[:j] + {"i": "l", "l": "I"}[w[j]] + w[j + 1:]
                elif w[j] == "e":
                    w = w[:j] + "c" + w[j + 1:]
            nw.append(w)
        line = " ".join(nw)
        if len(line) > 60 and r.random() < strength / 3:
            k = line.find(" ", len(line) // 2)
            if k > 0:
                line = line[:k] + line[k + 1:]  # two words run together
        out.append(line)
    return "\n".join(out)


# ---------------------------------------------------------------- the corpus
DOCS: list[Doc] = []


def add(name, pos, kind, lang, **o):
    DOCS.append(Doc(name, pos, kind, lang, **o))


R = {n: k for k, (n, _) in enumerate(REVIEWERS)}
JM, AM, CL, DO, SNB, MT, AL, RD = range(8)

# 1. ESDC apprenticeship grants: draft, revised with tracked changes, signed PDF and its (1) copy
add("Director, Apprenticeship Grants Operations - DRAFT 2020-09-14.docx", "appr", "docx", "en", rev=JM,
    over={"num": "TBD", "date": date(2020, 10, 1), "drs": [POS["appr"]["drs"][0][:3] + (34,)] + POS["appr"]["drs"][1:],
          "sal": 3190000, "tot": 3465000, "fte": 49},
    draft="DRAFT – FOR DISCUSSION ONLY", hdr="table", notes={"fte": "[JM: check FTE]", "salary": "[JM: confirm with CFO]"},
    dr_notes={0: "[JM: 34 or 38?]"}, hl={"position_number"}, date_f="long", amt_f="M")
add("Director, Apprenticeship Grants Operations - revised JM.docx", "appr", "docx", "en", rev=JM,
    old={"position_number": "TBD", "effective_date": date(2020, 10, 1), "salary": 3190000, "total": 3465000, "fte": 49},
    dr_old_fte={0: 34}, cmt={"classification": (AM, "Confirmed EX-01 by EX Classification Committee on 2021-03-18.")},
    hdr="table", date_f="long", amt_f="M", revdate="2021-03-22T14:05:00Z")
add("Director, Apprenticeship Grants Operations - signed.pdf", "appr", "pdf", "en", signed=True, kv="dots",
    date_f="long", amt_f="comma", sigdate=date(2021, 4, 6))
add("Director, Apprenticeship Grants Operations - signed (1).pdf", "appr", "pdf", "en",
    copy_of="Director, Apprenticeship Grants Operations - signed.pdf")

# 2. IRCC permanent residence processing, French: v1 with tracked changes, v2 final and its copy
add("WD_Directeur traitement RP_v1.docx", "rp", "docx", "fr", rev=CL,
    over={"date": date(2021, 11, 29)},
    old={"classification": "EX-01", "sup_title": "Directeur général, Réseau centralisé"},
    dr_ins=[3], dr_del={2: ("Manager, Intake", "Gestionnaire, Réception des demandes", "PM-04", 22)},
    cmt={"effective_date": (CL, "Date à confirmer après l'évaluation du comité (EX-02 ?)")},
    hdr="kv", drs_as="table", date_f="long", amt_f="M", revdate="2022-01-10T16:40:00Z")
add("WD_Directeur traitement RP_v2_final.docx", "rp", "docx", "fr", signed=True, hdr="table", drs_as="list",
    date_f="long", amt_f="cents", nbsp=True, fte_f=0)
add("WD_Directeur traitement RP_v2_final - Copy.docx", "rp", "docx", "fr",
    copy_of="WD_Directeur traitement RP_v2_final.docx")

# 3. PSPC real property DG: text draft with reviewers' notes (cp1252), revised docx with strike-through, FINAL signed
add("DG Real Property Portfolio Mgmt - draft v0.3 (TA comments).txt", "rpm", "text-cp1252", "en",
    over={"date": date(2020, 4, 1), "om": 1050000, "tot": 9200000},
    omit=["job_code"], kv="tabs", draft="*** DRAFT v0.3 – NOT FOR CLASSIFICATION ***",
    notes={"o_and_m": "[LF: O&M to be updated after Q3 forecast]", "sup_num": "[TA: verify ADM position number]",
           "effective_date": "[TA: April 1 or Nov 2?]"},
    date_f="long", amt_f="comma")
add("DG Real Property Portfolio Mgmt - revised 2020-10 strikeout.docx", "rpm", "docx", "en", rev=DO,
    strike={"effective_date": date(2020, 4, 1), "o_and_m": 1050000, "total": 9200000},
    hl={"effective_date", "o_and_m", "total"}, hdr="kv", date_f="iso", amt_f="comma", dims_as="table")
add("DG Real Property Portfolio Mgmt FINAL - signed.docx", "rpm", "docx", "en", signed=True, hdr="table",
    date_f="iso", amt_f="K", drs_as="table", sup_as="sentence")

# 4. Health Canada medical devices, bilingual: draft with tracked classification, signed PDF
add("ED Medical Devices Compliance - DE Conformité instruments médicaux - DRAFT.docx", "mdc", "docx", "bi", rev=SNB,
    old={"classification": "EX-01", "effective_date": date(2022, 9, 1)},
    cmt={"total": (SNB, "Total includes the $0.2M one-time funding? please confirm")},
    draft="DRAFT / ÉBAUCHE", draft_in="header", hdr="table", drs_as="list", date_f="iso", amt_f="comma",
    revdate="2022-12-02T09:12:00Z")
add("ED Medical Devices Compliance - signed 2023-01-09.pdf", "mdc", "pdf", "bi", signed=True, kv="colon",
    date_f="iso", amt_f="M")

# 5. Transport Canada civil aviation: 2019 version, 2022 revised with tracked changes, (1) copy of the revision
add("RD Civil Aviation PNR 2019.docx", "cav", "docx", "en",
    over={"date": date(2019, 6, 3), "sup": ("20400", "Regional Director General, Prairie and Northern",
                                             "Directeur général régional, Prairies et Nord", "EX-02"),
          "drs": POS["cav"]["drs"][:2], "sal": 7640000, "om": 1520000, "tot": 9160000, "fte": 69},
    hdr="table", drs_as="table", date_f="abbr", amt_f="comma")
add("RD Civil Aviation PNR 2022 revised.docx", "cav", "docx", "en", rev=DO,
    old={"effective_date": date(2019, 6, 3), "sup_title": "Regional Director General, Prairie and Northern",
         "sup_class": "EX-02", "salary": 7640000, "o_and_m": 1520000, "total": 9160000, "fte": 69},
    dr_ins=[2], hdr="table", drs_as="table", date_f="abbr", amt_f="comma", revdate="2022-08-30T11:00:00Z")
add("RD Civil Aviation PNR 2022 revised (1).docx", "cav", "docx", "en", copy_of="RD Civil Aviation PNR 2022 revised.docx")

# 6. ECCC air quality monitoring: markdown draft with strike-through, final docx with comments
add("Director Air Quality Monitoring - draft.md", "aq", "markdown", "en",
    over={"date": date(2021, 4, 1)}, strike={"classification": "EX-02", "sup_class": "EX-03"},
    notes={"o_and_m": "[HC: includes network equipment refresh]"}, draft="**DRAFT**", date_f="long", amt_f="M",
    md_table=False)
add("Director Air Quality Monitoring_final_HC.docx", "aq", "docx", "en",
    cmt={"classification": (MT, "EX-02 was considered and rejected, see committee record"),
         "effective_date": (AM, "moved from April 1 to July 5 per HRC decision")},
    hdr="kv", kv_sep="\t", date_f="dmy", amt_f="M", tmpl="csr")

# 7. DFO fisheries management Quebec, French: text draft, revised docx with tracked changes, scanned signed copy
add("DR Gestion des pêches QC - ébauche.txt", "peche", "text", "fr",
    over={"num": "À déterminer", "date": date(2021, 10, 1), "drs": POS["peche"]["drs"][:3], "fte": 82,
          "sal": 6890000, "tot": 8370000}, omit=["effective_date"], blank_date=" ",
    notes={"classification": "[ND : valider EX-02 avec le comité]", "fte": "[RD : ajouter les permis?]"},
    kv="nextline", draft="ÉBAUCHE", date_f="long", amt_f="space", fr_colon=True)
add("DR Gestion des pêches QC - révisé RD.docx", "peche", "docx", "fr", rev=RD,
    old={"position_number": "À déterminer", "fte": 82, "salary": 6890000, "total": 8370000}, dr_ins=[3],
    hdr="table", drs_as="list", date_f="long", amt_f="space", revdate="2022-03-01T13:30:00Z")
add("DR Gestion des pêches QC - signé (numérisé).txt", "peche", "ocr", "fr", signed=True, kv="colon", ocr=.35,
    date_f="long", amt_f="space", top="DESCRIPTION DE TRAVAIL DE CADRE", sigdate=date(2022, 4, 7))

# 8. CRA collections modernization: v3 with comments, v4 clean (new date)
add("Dir Collections Modernization v3 (MT comments).docx", "coll", "docx", "en",
    over={"date": date(2023, 4, 3)},
    cmt={"effective_date": (MT, "Should be aligned with the reorg date – May 29?"),
         "total": (MT, "Total doesn't include the $350K contract budget"),
         "sup_title": (CL, "Title changed in the reorg – confirm")},
    hdr="table", date_f="ord", amt_f="K")
add("Dir Collections Modernization v4.docx", "coll", "docx", "en", hdr="table", date_f="ord", amt_f="K",
    drs_as="table")

# 9. StatCan census operations: tracked reports, PDF printed with markup
add("Census Ops Director WD - tracked changes.docx", "census", "docx", "en", rev=AL,
    dr_ins=[3], dr_del={1: ("Chief, Census Test Planning", "Chef, Planification du test", "EC-06", 8)},
    dr_old_fte={1: 24}, old={"o_and_m": 3150000, "total": 11600000, "effective_date": date(2023, 4, 1), "fte": 81},
    hdr="kv", drs_as="list", date_f="long", amt_f="M", revdate="2024-01-18T15:45:00Z")
add("Census Ops Director WD - tracked changes (printed with markup).pdf", "census", "pdf", "en", rev=AL,
    dr_ins=[3], dr_del={1: ("Chief, Census Test Planning", "Chef, Planification du test", "EC-06", 8)},
    dr_old_fte={1: 24}, old={"o_and_m": 3150000, "total": 11600000, "effective_date": date(2023, 4, 1), "fte": 81},
    markup=True, kv="colon", drs_as="list", date_f="long", amt_f="M")

# 10. NRCan energy efficiency DG: watermark + highlights, signed version
add("DG Energy Efficiency Programs - DRAFT for ADM review.docx", "eef", "docx", "en",
    over={"date": date(2022, 11, 14), "drs": POS["eef"]["drs"][:3]},
    draft="D R A F T", hl={"salary", "o_and_m", "total", "effective_date"},
    notes={"total": "[AM: TBC after Supplementary Estimates (B)]"}, hdr="kv", date_f="slash", amt_f="million",
    sup_as="sentence")
add("DG Energy Efficiency Programs - signed 2023-03-07 WI.docx", "eef", "docx", "en", signed=True, hdr="kv",
    date_f="slash", amt_f="million", sup_as="sentence", drs_as="prose")

# 11. VAC case management policy: text v1 (cp1252), docx v2 tracked, FINAL docx
add("Director, Case Management Policy v1 (2021).txt", "vac", "text-cp1252", "en",
    over={"date": date(2021, 2, 1), "job": "VAC-0388", "sup": ("15400", "Director General, Service Delivery",
                                                             "Directeur général, Prestation des services", "EX-02"),
          "sal": 1760000, "om": 150000, "tot": 1910000, "fte": 18,
          "drs": [POS["vac"]["drs"][0][:3] + (10,), POS["vac"]["drs"][1][:3] + (6,), POS["vac"]["drs"][2]]},
    kv="colon", date_f="long", amt_f="comma", caps=True)
add("Director, Case Management Policy v2 - CL edits.docx", "vac", "docx", "en", rev=CL,
    over={"date": date(2022, 4, 1)},
    old={"sup_title": "Director General, Service Delivery", "salary": 1760000, "total": 1910000, "fte": 18},
    dr_old_fte={0: 10, 1: 6}, hdr="table", drs_as="table", date_f="long", amt_f="comma", revdate="2022-03-09T10:00:00Z")
add("Director, Case Management Policy FINAL Dec 2022.docx", "vac", "docx", "en", hdr="table", drs_as="table",
    date_f="dmy", amt_f="comma", signed=True)

# 12. ISC community infrastructure, French: tracked with comments, signée
add("Directrice Infrastructures communautaires QC - suivi des modifications.docx", "infra", "docx", "fr", rev=RD,
    old={"effective_date": date(2023, 4, 1), "sup_class": "EX-02", "o_and_m": 480000, "total": 3520000},
    cmt={"position_number": (JM, "Numéro confirmé par la rémunération")},
    dr_old_fte={2: 5}, hdr="kv", drs_as="list", date_f="long", amt_f="M", fr_colon=True, fte_f=1,
    revdate="2023-09-28T08:15:00Z")
add("Directrice Infrastructures communautaires QC (signée).docx", "infra", "docx", "fr", signed=True, hdr="table",
    drs_as="table", date_f="iso", amt_f="space", nbsp=True)

# 13. SSC network operations centre: draft docx with inline notes, text export of the final
add("NOC Director EX-01 draft AN.docx", "noc", "docx", "en",
    over={"date": date(2021, 9, 1), "om": 3100000, "tot": 9820000},
    notes={"o_and_m": "[KH: +200K for monitoring tools?]", "effective_date": "[AN: check with Staffing]",
           "fte": "[KH: contractors excluded]"}, draft="DRAFT", draft_in="header", hdr="table",
    date_f="iso", amt_f="K", note_hl=True)
add("NOC Director EX-01 final.txt", "noc", "text", "en", kv="dots", date_f="iso", amt_f="K", drs_as="list")

# 14. CBSA traveller programs policy, bilingual: tracked, revised
add("Director Traveller Programs Policy - bilingual - tracked.docx", "trav", "docx", "bi", rev=AL,
    over={"date": date(2022, 1, 4)}, old={"title": "Director, Traveller Policy", "total": 2210000, "o_and_m": 130000},
    hdr="table", date_f="long", amt_f="comma", revdate="2021-12-15T17:02:00Z")
add("Director Traveller Programs Policy - revised AL 2022-06-03.docx", "trav", "docx", "bi", hdr="table",
    date_f="long", amt_f="comma", cmt={"effective_date": (AL, "New effective date after the program transfer")})

# 15. AAFC business risk management: tracked, signed PDF
add("BRM Programs Director - EX-02 reclassification (tracked).docx", "brm", "docx", "en", rev=DO,
    old={"classification": "EX-01", "effective_date": date(2020, 6, 1), "salary": 6120000, "total": 6960000, "fte": 77},
    dr_old_fte={0: 44}, cmt={"classification": (SNB, "Reclassification approved 2023-07-20, effective Aug 14")},
    hdr="table", drs_as="table", date_f="abbr", amt_f="M", revdate="2023-07-24T12:00:00Z")
add("BRM Programs Director - EX-02 - signed.pdf", "brm", "pdf", "en", signed=True, kv="colon", date_f="abbr",
    amt_f="M", sup_as="sentence")

# single versions
add("Director, Official Languages Support Programs.docx", "olsp", "docx", "en", hdr="table", drs_as="table",
    date_f="long", amt_f="M")
add("Directrice, Services consulaires - 2023.docx", "consul", "docx", "fr", hdr="kv", drs_as="list", date_f="long",
    amt_f="million", fte_f=2, signed=True)
add("Director Digital Preservation.txt", "digpres", "text", "en", kv="nextline", date_f="dmy", amt_f="million",
    sigblank=True)
add("Director_Offender_Programs_WD.md", "offprog", "markdown", "en", md_table=True, date_f="iso", amt_f="comma")
add("Directeur Expérience du visiteur - signé.pdf", "visit", "pdf", "fr", kv="colon", date_f="long", amt_f="M",
    signed=True)
add("ED Food Import Safety (reviewed).docx", "fis", "docx", "en", hdr="table",
    cmt={"salary": (CL, "Salary budget per 2022-23 ARLU"), "location": (JM, "NCR – Ottawa")},
    date_f="ord", amt_f="comma")
add("Director, Legal Informatics – 2020.txt", "legalinf", "text-cp1252", "en", kv="tabs", date_f="abbr",
    amt_f="cents", drs_as="prose")
add("DG Spectrum Licensing Policy - DG Politique licences spectre.docx", "spectre", "docx", "bi", hdr="table",
    drs_as="table", date_f="iso", amt_f="M", signed=True)

# more versions so that ~15 positions have several documents: two extra single-kind copies
add("Director, Apprenticeship Grants Operations - revised JM (clean).txt", "appr", "text", "en", kv="colon",
    date_f="long", amt_f="M", drs_as="list")
add("Regional Director Civil Aviation - 2022 - signed scan.txt", "cav", "ocr", "en", signed=True, kv="colon",
    ocr=.3, date_f="abbr", amt_f="comma", drs_as="list", sigdate=date(2022, 9, 26))

VERSION_ORDER = {
    "appr": ["Director, Apprenticeship Grants Operations - DRAFT 2020-09-14.docx",
             "Director, Apprenticeship Grants Operations - revised JM.docx",
             "Director, Apprenticeship Grants Operations - revised JM (clean).txt",
             "Director, Apprenticeship Grants Operations - signed.pdf",
             "Director, Apprenticeship Grants Operations - signed (1).pdf"],
    "cav": ["RD Civil Aviation PNR 2019.docx", "RD Civil Aviation PNR 2022 revised.docx",
            "RD Civil Aviation PNR 2022 revised (1).docx", "Regional Director Civil Aviation - 2022 - signed scan.txt"],
}


# ---------------------------------------------------------------- documents to refuse
def refused():
    out = []  # (name, kind, lang, bytes, people)
    # 1. a memo about the revisions, with tracked changes of its own
    d = DocxWriter(Doc("memo", "appr", "docx", "en", rev=JM))
    w = d.d
    w.add_heading("MEMORANDUM / NOTE DE SERVICE", level=1)
    for line in ["TO: Directors General, Skills and Employment Branch",
                 "FROM: Marcus Okafor, Director General, Apprenticeship and Sectoral Initiatives",
                 "DATE: March 22, 2021",
                 "SUBJECT: Revised work descriptions for EX positions – classification committee of March 18, 2021"]:
        w.add_paragraph(line)
    p = w.add_paragraph()
    d.add(p, [("The EX Classification Committee reviewed the revised work descriptions of ", "", None),
              ("three", "del", "Julie Moreau"), ("four", "ins", "Julie Moreau"),
              (" positions on March 18, 2021. The Director, Apprenticeship Grants Operations (position 71244) is "
               "confirmed at the EX-01 level effective April 1, 2021; the Director, Sectoral Initiatives (position "
               "71250) remains at EX-01 pending a review of its dimensions.", "", None)])
    w.add_paragraph("Please send the signed work descriptions to Julie Moreau, Senior Classification Advisor, by "
                    "April 9, 2021, and do not circulate the drafts marked DRAFT – FOR DISCUSSION ONLY.")
    w.add_paragraph("Attachments: 4 work descriptions (tracked changes accepted)")
    out.append(("Memo - WD revisions for EX positions (tracked).docx", "docx", "en", d.write([]),
                ["Marcus Okafor", "Julie Moreau"]))

    # 2. a letter of offer (French), PDF with a text layer
    text = """Immigration, Réfugiés et Citoyenneté Canada

Le 6 juin 2022

Madame Geneviève Ouellet
Sydney (Nouvelle-Écosse)

Objet : Offre de nomination intérimaire – Directrice, Traitement des demandes de résidence permanente (EX-02)

Madame,

J'ai le plaisir de vous offrir une nomination intérimaire au poste de Directrice, Traitement des demandes de
résidence permanente, classifié EX-02, poste no 55190, du 13 juin 2022 au 31 mars 2023, au sein du Secteur
des opérations à Sydney (Nouvelle-Écosse).

Votre rémunération sera établie conformément à la Directive sur les conditions d'emploi des cadres. Cette offre
est conditionnelle au maintien de votre cote de sécurité (fiabilité approfondie).

Veuillez signer et retourner une copie de la présente lettre d'ici le 10 juin 2022.

Rachid Benali
Directrice générale, Réseau centralisé

J'accepte l'offre de nomination intérimaire ci-dessus.
Signature : _______________________   Date : ____________
"""
    out.append(("Lettre d'offre - nomination intérimaire EX-02 (G. Ouellet).pdf", "pdf", "fr",
                pdf_bytes([text]), ["Geneviève Ouellet", "Rachid Benali"]))

    # 3. an organization chart saved as text
    chart = """ORGANIZATION CHART – APPRENTICESHIP GRANTS OPERATIONS (as of 2021-04-01)

                 Director General, Apprenticeship and Sectoral Initiatives (EX-03)
                                  Marcus Okafor
                                        |
                 Director, Apprenticeship Grants Operations (EX-01)
                               Karine Lapointe-Drouin
                                        |
        +-------------------------------+-------------------------------+
        |                               |                               |
 Manager, Grant Processing     Manager, Program Integrity     Sr Analyst, Performance Reporting
 (PM-05) 38 FTEs               (PM-06) 11 FTEs                (EC-05) 1 FTE
 Owen Pelletier                Nadia Haroun                   vacant

Source: PeopleSoft position data, extracted 2021-04-01. For information only – not a work description.
"""
    out.append(("Org chart - Apprenticeship Grants 2021.txt", "text", "en", chart.encode("utf-8"),
                ["Marcus Okafor", "Karine Lapointe-Drouin", "Owen Pelletier", "Nadia Haroun"]))

    # 4. minutes of the EX classification committee (French), docx with a comment
    d = DocxWriter(Doc("minutes", "rp", "docx", "fr", rev=CL))
    w = d.d
    w.add_heading("Procès-verbal – Comité de classification des postes de la direction (EX)", level=1)
    w.add_paragraph("Date : 12 mai 2022, 13 h 30 – 15 h (Microsoft Teams)")
    w.add_paragraph("Présents : Catherine Lavoie (présidente), Rachid Benali, Julie Moreau, Anne Lindqvist")
    w.add_heading("1. Directeur, Traitement des demandes de résidence permanente (poste 55190)", level=2)
    p = w.add_paragraph()
    d.add(p, [("Le comité recommande le niveau EX-02 ", "cmt", (CL, "Décision à consigner dans le registre")),
              ("à compter du 13 juin 2022. Les effectifs (148 ETP) et le budget total (10,51 M$) ont été validés.",
               "", None)])
    w.add_heading("2. Directrice, Infrastructures communautaires, Région du Québec (poste 34519)", level=2)
    w.add_paragraph("Reporté à la prochaine réunion : la description de travail révisée n'a pas été reçue.")
    w.add_heading("Mesures de suivi", level=2)
    w.add_paragraph("Julie Moreau transmettra la décision aux gestionnaires d'ici le 20 mai 2022.")
    out.append(("Procès-verbal - Comité de classification EX 2022-05-12.docx", "docx", "fr", d.write([]),
                ["Catherine Lavoie", "Rachid Benali", "Julie Moreau", "Anne Lindqvist"]))

    # 5. a performance agreement
    d = DocxWriter(Doc("pma", "aq", "docx", "en", rev=MT))
    w = d.d
    w.add_heading("Executive Performance Agreement 2022-23", level=1)
    tb = w.add_table(rows=0, cols=2)
    tb.style = "Table Grid"
    for a, b in [("Executive", "Olivia Brandt-Nakamura"), ("Position", "Director, Air Quality Monitoring (EX-01)"),
                 ("Position number", "88312"), ("Supervisor", "Hugo Castonguay, Director General, Atmospheric Monitoring"),
                 ("Period", "April 1, 2022 to March 31, 2023")]:
        c = tb.add_row().cells
        c[0].text, c[1].text = a, b
    w.add_heading("Commitments", level=2)
    for x in ["Modernize the National Air Pollution Surveillance network: 40 stations upgraded by March 31, 2023.",
              "Publish the annual air quality data report on schedule.",
              "Leadership: complete the mental health training for all managers; maintain a 90% completion rate of "
              "learning plans."]:
        w.add_paragraph(x, style="List Number")
    w.add_heading("Signatures", level=2)
    w.add_paragraph("Executive: Olivia Brandt-Nakamura   Date: 2022-05-30")
    w.add_paragraph("Supervisor: Hugo Castonguay   Date: 2022-06-02")
    out.append(("Performance Agreement 2022-23 - Director Air Quality - signed.docx", "docx", "en", d.write([]),
                ["Olivia Brandt-Nakamura", "Hugo Castonguay"]))

    # 6. a scan with no text layer
    out.append(("Scan_20230307_signed WD.pdf", "pdf", "en", pdf_bytes(["", ""]), []))
    return out


# ---------------------------------------------------------------- expected values
def q(v):
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, date):
        return v.isoformat()
    return "'" + str(v).replace("'", "''") + "'"


PROVISIONAL = {"TBD", "NEW", "À déterminer"}


def expected(doc, versions):
    s = state(doc)
    fr = doc.lang == "fr"
    omit = set(doc.get("omit", ()))
    ns = []
    num = s["num"]
    prov = None
    if num in PROVISIONAL:
        prov, num = num, None
        ns.append("position_number")
    f = {}
    f["title"] = s["title_fr"] if fr else s["title"]
    f["classification"] = s["cls"]
    f["job_code"] = None if "job_code" in omit else s["job"]
    f["position_number"] = num
    f["effective_date"] = None if "effective_date" in omit else s["date"]
    sup = {"position_number": None if "sup_num" in omit else s["sup"][0],
           "title": s["sup"][2] if fr else s["sup"][1], "classification": s["sup"][3]}
    drs = [{"title": dr[1] if fr else dr[0], "classification": dr[2], "fte": dr[3]} for dr in s["drs"]]
    dims = "dims" not in omit
    f["salary"] = s["sal"] if dims else None
    f["o_and_m"] = s["om"] if dims else None
    f["total"] = s["tot"] if dims and "total" not in omit else None
    f["location"] = None if "location" in omit else (s["loc"][1] if fr else s["loc"][0])
    for k in ("job_code", "effective_date", "salary", "o_and_m", "total", "location"):
        if f[k] is None:
            ns.append(k)
    if sup["position_number"] is None:
        ns.append("supervisor.position_number")
    people = []
    if doc.get("signed"):
        people += [s["inc"], s["signer"][0]]
    if doc.kind == "docx":
        if any(doc.get(k) for k in ("old", "dr_ins", "dr_del", "dr_old_fte")):
            people.append(doc.rev[0])
        for a, _ in doc.get("cmt", {}).values():
            people.append(REVIEWERS[a][0])
    people = list(dict.fromkeys(people))
    also = {"fte": s["fte"] if dims else None, "operating_budget": None, "program_budget": None,
            "provisional_number": prov}
    if doc.lang == "bi":
        also = {"title_fr": s["title_fr"], **also}
    L = [f"document: {q(doc.name)}", f"kind: {doc.kind}", f"language: {'bilingual' if doc.lang == 'bi' else doc.lang}",
         "outcome: import", "fields:"]
    for k in ("title", "classification", "job_code", "position_number", "effective_date"):
        L.append(f"  {k}: {q(f[k])}")
    L.append("  supervisor:")
    for k in ("position_number", "title", "classification"):
        L.append(f"    {k}: {q(sup[k])}")
    L.append("  direct_reports:" + ("" if drs else " []"))
    for dr in drs:
        L.append(f"  - title: {q(dr['title'])}")
        L.append(f"    classification: {q(dr['classification'])}")
        L.append(f"    fte: {q(dr['fte'])}")
    for k in ("salary", "o_and_m", "total", "location"):
        L.append(f"  {k}: {q(f[k])}")
    L.append("not_stated: [" + ", ".join(ns) + "]")
    L.append("also:")
    for k, v in also.items():
        L.append(f"  {k}: {q(v)}")
    L.append("people:" + ("" if people else " []"))
    L += [f"- {q(p)}" for p in people]
    L += versions_yaml(versions)
    return "\n".join(L) + "\n"


def versions_yaml(v):
    if not v:
        return ["versions: null"]
    L = ["versions:", f"  position: {q(v['position'])}", "  documents:"]
    L += [f"  - {q(x)}" for x in v["documents"]]
    L.append(f"  newest: {q(v['newest'])}")
    L.append("  same_as: [" + ", ".join(q(x) for x in v["same_as"]) + "]")
    return L


def refused_yaml(name, kind, lang, people):
    L = [f"document: {q(name)}", f"kind: {kind}", f"language: {lang}", "outcome: refuse", "fields: null",
         "not_stated: []", "also: null", "people:" + ("" if people else " []")]
    L += [f"- {q(p)}" for p in people]
    L.append("versions: null")
    return "\n".join(L) + "\n"


# ---------------------------------------------------------------- rendering
def render(doc):
    if doc.kind == "docx":
        return DocxWriter(doc).write(build(doc))
    text = to_text(doc, build(doc))
    if doc.kind == "markdown":
        return text.encode("utf-8")
    if doc.kind == "text":
        return text.encode("utf-8")
    if doc.kind == "text-cp1252":
        return text.replace("\n", "\r\n").encode("cp1252")
    if doc.kind == "pdf":
        return pdf_bytes(to_pdf_pages(doc, text))
    if doc.kind == "ocr":
        r = random.Random(zlib.crc32(("hy" + doc.name).encode()))
        pages = to_pdf_pages(doc, text, per_page=50, width=78, rng=r)
        outp = []
        for pg in pages:
            lines = pg.split("\n")
            if doc.get("signed") and pg is pages[-1]:
                lines.insert(-2, "(/ ~~;!,* ` . ~ ;.. ! ' /s/ ~ ,,")
            outp.append("\n".join(lines))
        body = ocr(doc, "\n\n".join(outp), doc.get("ocr", .3))
        return ("--- Full Extracted Text ---\n" + body + "\n").encode("utf-8")
    raise ValueError(doc.kind)


def main():
    out_c, out_e = HERE / "corpus", HERE / "expected"
    for p in (out_c, out_e):
        if p.exists():
            shutil.rmtree(p)
        p.mkdir()
    groups = {}
    for doc in DOCS:
        groups.setdefault(doc.pos, []).append(doc.name)
    written = {}
    for doc in DOCS:
        src = doc.get("copy_of")
        data = written[src] if src else render(doc)
        written[doc.name] = data
        (out_c / doc.name).write_bytes(data)
    for doc in DOCS:
        names = VERSION_ORDER.get(doc.pos, groups[doc.pos])
        v = None
        if len(names) > 1:
            same = [n for n in names if n != doc.name and written[n] == written[doc.name]]
            # the newest: the last document that is not a byte-identical copy of the one before it
            newest = names[-1]
            for n in reversed(names):
                if DOCS_BY[n].get("copy_of"):
                    continue
                newest = n
                break
            v = {"position": POS[doc.pos]["title"], "documents": names, "newest": newest, "same_as": same}
        if doc.get("copy_of"):
            base = DOCS_BY[doc.get("copy_of")]
            text = expected(base, v).replace(f"document: {q(base.name)}", f"document: {q(doc.name)}", 1)
        else:
            text = expected(doc, v)
        (out_e / (doc.name + ".expected.yaml")).write_text(text, encoding="utf-8")
    for name, kind, lang, data, people in refused():
        (out_c / name).write_bytes(data)
        (out_e / (name + ".expected.yaml")).write_text(refused_yaml(name, kind, lang, people), encoding="utf-8")
    print(f"{len(list(out_c.iterdir()))} documents written to {out_c}")


DOCS_BY = {d.name: d for d in DOCS}

if __name__ == "__main__":
    main()
