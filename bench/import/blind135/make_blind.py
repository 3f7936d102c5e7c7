"""Blind corpus 135 for `hrkit import`: a central agency's mixed folder (PCO- and TBS-like secretariats).

Writes corpus/ and expected/ deterministically:
    /work/main/.venv/bin/python bench/import/blind135/make_blind.py
"""
import datetime as dt
import io
import os
import quopri
import random
import shutil
import sys
import zipfile

import yaml
import docx
from docx.shared import Pt
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
sys.path.insert(0, ROOT)
sys.path.insert(0, HERE)
from tests.import_files import pdf_bytes  # noqa: E402
from texts import POS, SUP, PROSE_EN, PROSE_FR, THEMES, THEMES_FR, GIVEN, FAMILY  # noqa: E402

CORPUS = os.path.join(HERE, "corpus")
EXPECTED = os.path.join(HERE, "expected")
D = dt.date

# ---------------------------------------------------------------- names
_names = []
_rng_names = random.Random(135)
_g, _f = GIVEN[:], FAMILY[:]
_rng_names.shuffle(_g)
_rng_names.shuffle(_f)
for i in range(len(_f)):
    _names.append(f"{_g[i % len(_g)]} {_f[i]}")
for i in range(len(_f)):
    _names.append(f"{_g[(i + 7) % len(_g)]} {_f[(i + 13) % len(_f)]}")
_name_i = [0]


def name():
    n = _names[_name_i[0] % len(_names)]
    _name_i[0] += 1
    return n


def email_of(n):
    import unicodedata
    s = unicodedata.normalize("NFKD", n).encode("ascii", "ignore").decode().lower()
    return s.replace(" ", ".")


# ---------------------------------------------------------------- notations
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre"]


def fdate(d, style):
    if style == "long":
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "dmy":
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "slash":
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    if style == "fr":
        return f"{'1er' if d.day == 1 else d.day} {MOIS[d.month - 1]} {d.year}"
    if style == "abbr":
        return f"{d.day:02d}-{MONTHS[d.month - 1][:3].upper()}-{d.year}"
    raise ValueError(style)


def fmoney(v, style):
    if style == "full":
        return f"${v:,}"
    if style == "nosign":
        return f"{v:,}"
    if style == "k":
        return f"${v // 1000:,}K"
    if style == "m":
        if v >= 1000000:
            return f"${v / 1e6:.3f}".rstrip("0").rstrip(".") + "M"
        return f"${v // 1000}K"
    if style == "fr":
        return f"{v:,}".replace(",", " ") + " $"
    if style == "frk":
        return f"{v // 1000:,}".replace(",", " ") + " k$"
    if style == "frm":
        if v >= 1000000:
            return (f"{v / 1e6:.3f}".rstrip("0").rstrip(".")).replace(".", ",") + " M$"
        return f"{v // 1000} k$"
    raise ValueError(style)


# ---------------------------------------------------------------- document model
def sup_of(p):
    s = p["sup"]
    if s.startswith("pos:"):
        q = POS[s[4:]]
        return (q["title"], q["title_fr"], q["cls"], q["posno"])
    return SUP[s]


def build(p, lang, o):
    """Blocks of a work description and its truth.  o: options."""
    blanks = o.get("blanks", {})
    omit = set(o.get("omit", ()))
    reports = o.get("reports", p["reports"])
    salary = o.get("salary", p["salary"])
    om = o.get("om", p["om"])
    fte = o.get("fte", p["fte"])
    eff = o.get("eff")
    cls = o.get("cls", p["cls"])
    posno = o.get("posno", p["posno"])
    amt = o.get("amt", "full" if lang != "fr" else "fr")
    dstyle = o.get("date", "long" if lang != "fr" else "fr")
    sup = sup_of(p)
    sup_style = o.get("sup", "fields")
    rep_style = o.get("rep", "bullets")
    form = o.get("form", "FR" if lang == "fr" else "A")
    fr = lang == "fr"
    bi = lang == "bilingual"
    title = p["title_fr"] if fr else p["title"]
    stitle = sup[1] if fr else sup[0]
    unit = p["unit"][1] if fr else p["unit"][0]
    dept = p["dept"]["fr"] if fr else p["dept"]["en"]
    loc = p["loc"][1] if fr else p["loc"][0]
    people = []
    truth = dict(title=title, classification=cls, job_code=p["job"], position_number=posno, effective_date=eff,
                 supervisor=dict(position_number=sup[3], title=stitle, classification=sup[2]),
                 direct_reports=[dict(title=(r[1] if fr else r[0]), classification=r[2], fte=r[3]) for r in reports],
                 salary=salary, o_and_m=om, total=salary + om, location=loc)
    not_stated = []

    def val(field, text):
        if field in blanks:
            return blanks[field]
        return text

    # what is blank / omitted becomes null
    fmap = {"job": "job_code", "posno": "position_number", "eff": "effective_date", "total": "total", "om": "o_and_m",
            "salary": "salary", "loc": "location"}
    for k in set(blanks) | omit:
        if k in fmap:
            truth[fmap[k]] = None
            not_stated.append(fmap[k])
    if eff is None and "effective_date" not in not_stated:
        truth["effective_date"] = None
        not_stated.append("effective_date")
    if sup_style in ("sentence", "line-nonum") or sup[3] is None:
        truth["supervisor"]["position_number"] = None
        not_stated.append("supervisor.position_number")
    if sup[2] is None:
        not_stated.append("supervisor.classification")
    effs = fdate(eff, dstyle) if eff else ""
    B = []  # blocks
    L = LABELS[form]
    B.append(("h1", L["head"]))
    if o.get("draft"):
        B.append(("p", o["draft"]))
    ident = []
    if bi:
        ident.append((L["title"], p["title"] + "\n" + p["title_fr"]))
    else:
        ident.append((L["title"], title))
    ident.append((L["cls"], cls + (o.get("cls_suffix", ""))))
    if "posno" not in omit:
        ident.append((L["posno"], val("posno", posno)))
    if "job" not in omit:
        ident.append((L["job"], val("job", p["job"])))
    if "eff" not in omit:
        ident.append((L["eff"], val("eff", effs)))
    ident.append((L["dept"], dept))
    ident.append((L["unit"], unit))
    if "loc" not in omit:
        ident.append((L["loc"], loc))
    if sup_style == "fields":
        ident.append((L["stitle"], stitle))
        if sup[3]:
            ident.append((L["sposno"], sup[3]))
        if sup[2]:
            ident.append((L["scls"], sup[2]))
    elif sup_style in ("line", "line-nonum"):
        s = stitle + (f" ({sup[2]})" if sup[2] else "")
        if sup_style == "line" and sup[3]:
            s += (f", poste no {sup[3]}" if fr else f", Pos. No. {sup[3]}")
        ident.append((L["reports_to"], s))
    if o.get("incumbent"):
        n = o["incumbent"]
        people.append(n)
        ident.append((L["incumbent"], n))
    B.append(("kv", ident))
    th = THEMES_FR.get(p["key"], THEMES[p["key"]]) if fr else THEMES[p["key"]]
    P = PROSE_FR if fr else PROSE_EN
    ctx = dict(title=title, sup=stitle, sup_short=stitle.split(",")[0], theme=th, unit=unit)
    B.append(("h2", L["ga"]))
    B.append(("p", P["ga"].format(**ctx)))
    if bi:
        B.append(("p", PROSE_FR["ga"].format(title=p["title_fr"], sup=sup[1], theme=THEMES_FR.get(p["key"], "ses dossiers"),
                                             unit=p["unit"][1])))
    B.append(("h2", L["org"]))
    n_peers = o.get("peers", 4)
    if sup[2] is None:
        sent = (f"Le {title} relève directement du {stitle}." if fr else
                f"The {title} reports directly to the {stitle}.")
    else:
        sent = (f"Le {title} est l'un des {n_peers} postes qui relèvent du {stitle} ({sup[2]})." if fr else
                f"The {title} is one of {n_peers} positions reporting to the {stitle} ({sup[2]}).")
    B.append(("p", sent))
    B.append(("p", L["reps_intro"].format(title=title)))
    ete = "ETP" if fr else "FTEs"
    rl = []
    for r in reports:
        t = r[1] if fr else r[0]
        if rep_style == "bullets":
            bits = [x for x in (r[2], (f"{r[3]} {ete if r[3] != 1 or fr else 'FTE'}" if r[3] is not None else None)) if x]
            rl.append(f"{t} ({', '.join(bits)})" if bits else t)
        elif rep_style == "clsfirst":
            rl.append(f"{r[2]} - {t}" + (f" ({r[3]} {ete if r[3] != 1 or fr else 'FTE'})" if r[3] is not None else ""))
        elif rep_style == "dash":
            rl.append(f"{t} - {r[2]} - {r[3]} {ete if r[3] != 1 or fr else 'FTE'}" if r[3] is not None else f"{t} - {r[2]}")
    if rep_style == "table":
        hdr = ["Titre", "Groupe et niveau", "ETP"] if fr else ["Title", "Group/Level", "FTEs"]
        B.append(("table", [hdr] + [[(r[1] if fr else r[0]), r[2] or "", "" if r[3] is None else str(r[3])]
                                    for r in reports]))
    elif rep_style == "sentence":
        parts = [f"the {r[0]} ({r[2]}; {r[3]} FTEs)" if r[3] is not None else f"the {r[0]} ({r[2]})" for r in reports]
        if fr:
            parts = [f"le {r[1]} ({r[2]}; {r[3]} ETP)" for r in reports]
        B.append(("p", ("Relèvent du titulaire : " if fr else "Reporting to the position are ")
                  + ", ".join(parts[:-1]) + (" et " if fr else " and ") + parts[-1] + "."))
    else:
        B.append(("bullets", rl))
    B.append(("h2", L["ns"]))
    for para in P["ns"]:
        B.append(("p", para.format(**ctx)))
    B.append(("h2", L["dim"]))
    dims = []
    if "fte" not in omit:
        dims.append((L["fte"], str(fte)))
    if "salary" not in omit:
        dims.append((L["sal"], val("salary", fmoney(salary, amt))))
    if "om" not in omit:
        dims.append((L["om"], val("om", fmoney(om, amt))))
    if "total" not in omit:
        dims.append((L["total"], val("total", fmoney(salary + om, amt))))
    B.append(("kv", dims))
    B.append(("h2", L["sa"]))
    B.append(("ol", [s.format(**ctx) for s in P["sa"]]))
    if o.get("sign", True):
        n1 = o.get("approver") or name()
        people.append(n1)
        B.append(("h2", L["cert"]))
        B.append(("p", f"{L['approved']}: {n1}, {stitle}" + (f"    {L['date']}: {effs}" if effs and o.get("signdate", True) else "")))
    also = {"department": p["dept"]["fr" if fr else "en"], "fte": fte}
    if bi:
        also["title_fr"] = p["title_fr"]
    return B, truth, not_stated, people, also


LABELS = {
    "A": dict(head="EXECUTIVE WORK DESCRIPTION", title="Position Title", cls="Classification", posno="Position Number",
              job="Job Code", eff="Effective Date", dept="Department", unit="Secretariat", loc="Location",
              stitle="Supervisor's Position Title", sposno="Supervisor's Position Number",
              scls="Supervisor's Classification", reports_to="Reports to", incumbent="Incumbent",
              ga="General Accountability", org="Organization Structure",
              reps_intro="The following positions report to the {title}:", ns="Nature and Scope", dim="Dimensions",
              fte="FTEs", sal="Salary", om="O&M", total="Total", sa="Specific Accountabilities",
              cert="Approval", approved="Approved by", date="Date"),
    "B": dict(head="EXECUTIVE GROUP POSITION DESCRIPTION", title="TITLE", cls="GROUP/LEVEL", posno="POSITION NO.",
              job="JOB CODE", eff="EFFECTIVE DATE", dept="DEPARTMENT", unit="ORGANIZATION", loc="LOCATION",
              stitle="SUPERVISOR TITLE", sposno="SUPERVISOR POSITION NO.", scls="SUPERVISOR GROUP/LEVEL",
              reports_to="REPORTS TO", incumbent="INCUMBENT", ga="GENERAL ACCOUNTABILITY",
              org="ORGANIZATIONAL STRUCTURE", reps_intro="DIRECT REPORTS:", ns="NATURE AND SCOPE",
              dim="DIMENSIONS", fte="Number of FTEs", sal="Salary budget", om="O&M budget", total="Total budget",
              sa="SPECIFIC ACCOUNTABILITIES", cert="SIGNATURES", approved="Approved", date="Date"),
    "FR": dict(head="DESCRIPTION DE TRAVAIL - GROUPE DE LA DIRECTION", title="Titre du poste", cls="Classification",
               posno="Numéro du poste", job="Code de l'emploi", eff="Date d'entrée en vigueur", dept="Ministère",
               unit="Secrétariat", loc="Lieu de travail", stitle="Titre du poste du superviseur",
               sposno="Numéro du poste du superviseur", scls="Classification du superviseur",
               reports_to="Relève de", incumbent="Titulaire", ga="Responsabilité générale",
               org="Structure organisationnelle", reps_intro="Les postes suivants relèvent du {title} :",
               ns="Nature et étendue", dim="Dimensions", fte="ETP", sal="Salaires", om="F et E", total="Total",
               sa="Activités principales", cert="Approbation", approved="Approuvé par", date="Date"),
    "BI": dict(head="EXECUTIVE WORK DESCRIPTION / DESCRIPTION DE TRAVAIL - GROUPE DE LA DIRECTION",
               title="Position Title / Titre du poste", cls="Classification", posno="Position Number / Numéro du poste",
               job="Job Code / Code de l'emploi", eff="Effective Date / Date d'entrée en vigueur",
               dept="Department / Ministère", unit="Organization / Organisation", loc="Location / Lieu",
               stitle="Supervisor / Superviseur", sposno="Supervisor's Position No. / No de poste du superviseur",
               scls="Supervisor's Classification / Classification du superviseur",
               reports_to="Reports to / Relève de", incumbent="Incumbent / Titulaire",
               ga="General Accountability / Responsabilité générale", org="Organization Structure / Structure",
               reps_intro="Direct reports / Subordonnés directs:", ns="Nature and Scope / Nature et étendue",
               dim="Dimensions", fte="FTEs / ETP", sal="Salary / Salaires", om="O&M / F et E", total="Total",
               sa="Specific Accountabilities / Activités principales", cert="Approval / Approbation",
               approved="Approved by / Approuvé par", date="Date"),
}


# ---------------------------------------------------------------- renderers
def to_lines(B, md=False, pad=None):
    out = []
    for b in B:
        k = b[0]
        if k == "h1":
            out += [("# " if md else "") + b[1], ""]
        elif k == "h2":
            out += [("## " + b[1]) if md else b[1].upper(), ""]
        elif k == "p":
            out += [b[1], ""]
        elif k == "kv":
            for lab, v in b[1]:
                vs = v.split("\n")
                if md:
                    out.append(f"- **{lab}:** {vs[0]}" + "".join(f" / {x}" for x in vs[1:]))
                else:
                    first = f"{lab}:".ljust(pad) + vs[0] if pad else f"{lab}: {vs[0]}"
                    out.append(first)
                    for x in vs[1:]:
                        out.append(" " * (pad or len(lab) + 2) + x)
            out.append("")
        elif k == "bullets":
            out += [("- " if md else "  - ") + x for x in b[1]] + [""]
        elif k == "ol":
            out += [f"{i}. {x}" for i, x in enumerate(b[1], 1)] + [""]
        elif k == "table":
            rows = b[1]
            if md:
                out.append("| " + " | ".join(rows[0]) + " |")
                out.append("|" + "---|" * len(rows[0]))
                out += ["| " + " | ".join(r) + " |" for r in rows[1:]]
            else:
                w = [max(len(r[i]) for r in rows) + 3 for i in range(len(rows[0]))]
                out += ["  " + "".join(c.ljust(w[i]) for i, c in enumerate(r)).rstrip() for r in rows]
            out.append("")
        elif k == "raw":
            out += b[1]
    return out


def wrap(text, width, rng=None, hyph=0.0):
    words, lines, cur = text.split(" "), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            if rng and len(w) > 8 and rng.random() < hyph:
                cut = len(w) // 2
                lines.append(cur + " " + w[:cut] + "-")
                cur = w[cut:]
                continue
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    if cur:
        lines.append(cur)
    return lines


def wrap_lines(lines, width=78, rng=None, hyph=0.0):
    out = []
    for ln in lines:
        if len(ln) > width and not ln.startswith("  ") and ":" not in ln[:40]:
            out += wrap(ln, width, rng, hyph)
        else:
            out.append(ln)
    return out


DIG = {"0": ["O", "o"], "1": ["I", "l"], "5": ["S"], "8": ["B"], "6": ["b"], "2": ["Z"]}
LET = [("rn", "m"), ("m", "rn"), ("cl", "d"), ("e", "c"), ("i", "l"), ("h", "b"), ("u", "ii"), ("o", "0"), ("l", "1")]
STR = {"light": (0.12, 0.004, 0.01), "middling": (0.3, 0.012, 0.03), "heavy": (0.55, 0.03, 0.06)}


def damage(lines, strength, rng, protect=()):
    pd, pl, pj = STR[strength]
    out = []
    for ln in lines:
        for n in protect:
            ln = ln.replace(n, "\x00%d\x00" % protect.index(n))
        toks = ln.split(" ")
        new = []
        for t in toks:
            if "\x00" in t:
                new.append(t)
                continue
            if any(c.isdigit() for c in t):
                t = "".join((rng.choice(DIG[c]) if c in DIG and (c in "0158" or strength == "heavy")
                             and rng.random() < pd else c) for c in t)
            elif len(t) > 3 and rng.random() < pl * 10:
                a, b = rng.choice(LET)
                if a in t:
                    t = t.replace(a, b, 1)
            new.append(t)
        s = ""
        for i, t in enumerate(new):
            if i and not (rng.random() < pj and t and new[i - 1] and new[i - 1][-1].isalpha()):
                s += " "
            s += t
        for i, n in enumerate(protect):
            s = s.replace("\x00%d\x00" % i, n)
        out.append(s)
    return out


def paginate(lines, per, header=None, footer=None):
    pages = [lines[i:i + per] for i in range(0, len(lines), per)]
    out = []
    for i, pg in enumerate(pages, 1):
        if header and i > 1:
            out += [header(i, len(pages)), ""]
        out += pg
        if footer:
            out += ["", footer(i, len(pages)), ""]
    return out, pages


def ocr_text(B, strength, seed, protect, header=None, footer=None, per=46, width=74, pre=()):
    rng = random.Random(seed)
    lines = list(pre) + wrap_lines(to_lines(B), width, rng, 0.35)
    lines = damage(lines, strength, rng, protect)
    lines, _ = paginate(lines, per, header, footer)
    return "\n".join(lines) + "\n"


def columns_text(B, strength, seed, protect, width=42):
    """Two columns read across: identification, reports and dimensions left; prose right."""
    rng = random.Random(seed)
    left, right = [], []
    for b in B:
        if b[0] in ("kv", "bullets", "table", "h1"):
            ls = to_lines([b])
            for x in ls:
                left += wrap(x, width) if x else [""]
        elif b[0] == "h2" and b[1].upper().startswith(("DIMENSION", "ORGANI", "STRUCTURE")):
            left += [b[1].upper(), ""]
        else:
            for x in to_lines([b]):
                right += wrap(x, 44) if x else [""]
    n = max(len(left), len(right))
    left += [""] * (n - len(left))
    right += [""] * (n - len(right))
    lines = [(a.ljust(width) + " " * rng.choice([1, 2, 3]) + c).rstrip() for a, c in zip(left, right)]
    lines = damage(lines, strength, rng, protect)
    return "\n".join(lines) + "\n"


def set_core(d):
    cp = d.core_properties
    cp.author = "PCO-BCP"
    cp.last_modified_by = ""
    cp.created = dt.datetime(2020, 1, 1, 9, 0, 0)
    cp.modified = dt.datetime(2020, 1, 1, 9, 0, 0)
    cp.revision = 1
    cp.title = ""


def rezip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for n in sorted(zin.namelist()):
            body = zin.read(n)
            body = _strip_dates(n, body)
            zi = zipfile.ZipInfo(n, date_time=(2020, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, body)
    return out.getvalue()


def _strip_dates(n, body):
    import re
    if n.endswith(".xml"):
        body = re.sub(rb'w:date="[^"]*"', b'w:date="2020-01-01T00:00:00Z"', body)
    return body


_TC = [0]


def ins_del(par, old, new, author="Reviewer"):
    d = OxmlElement("w:del")
    _TC[0] += 2
    d.set(qn("w:id"), str(900 + _TC[0]))
    d.set(qn("w:author"), author)
    d.set(qn("w:date"), "2020-01-01T00:00:00Z")
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText")
    t.text = old
    t.set(qn("xml:space"), "preserve")
    r.append(t)
    d.append(r)
    i = OxmlElement("w:ins")
    i.set(qn("w:id"), str(901 + _TC[0]))
    i.set(qn("w:author"), author)
    i.set(qn("w:date"), "2020-01-01T00:00:00Z")
    r2 = OxmlElement("w:r")
    t2 = OxmlElement("w:t")
    t2.text = new
    t2.set(qn("xml:space"), "preserve")
    r2.append(t2)
    i.append(r2)
    par._p.append(d)
    par._p.append(i)


def to_docx(B, o=None):
    o = o or {}
    _TC[0] = 0
    d = docx.Document()
    set_core(d)
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(11)
    comments = o.get("comments", {})  # label -> (text, author, initials)
    tracked = o.get("tracked", {})    # label -> (old, new)  (value shown as new)
    struck = o.get("struck", {})      # label -> old (struck run before the value)
    kv_table = o.get("kv_table", False)
    for b in B:
        k = b[0]
        if k == "h1":
            d.add_heading(b[1], level=1)
        elif k == "h2":
            d.add_heading(b[1], level=2)
        elif k == "p":
            d.add_paragraph(b[1])
        elif k == "kv":
            if kv_table:
                t = d.add_table(rows=0, cols=2)
                t.style = "Table Grid"
                for lab, v in b[1]:
                    row = t.add_row().cells
                    row[0].text = lab
                    _fill(d, row[1].paragraphs[0], lab, v, comments, tracked, struck)
                d.add_paragraph("")
            else:
                for lab, v in b[1]:
                    par = d.add_paragraph()
                    r = par.add_run(lab + ": ")
                    r.bold = True
                    _fill(d, par, lab, v, comments, tracked, struck)
        elif k == "bullets":
            for x in b[1]:
                d.add_paragraph(x, style="List Bullet")
        elif k == "ol":
            for x in b[1]:
                d.add_paragraph(x, style="List Number")
        elif k == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
        elif k == "raw":
            for x in b[1]:
                d.add_paragraph(x)
    bio = io.BytesIO()
    d.save(bio)
    return rezip(bio.getvalue())


def _fill(d, par, lab, v, comments, tracked, struck):
    v = v.replace("\n", " / ")
    if lab in tracked:
        ins_del(par, tracked[lab][0], tracked[lab][1])
        return
    if lab in struck:
        r = par.add_run(struck[lab])
        r.font.strike = True
        par.add_run(" ")
    r = par.add_run(v)
    if lab in comments:
        text, author, ini = comments[lab]
        d.add_comment(r, text=text, author=author, initials=ini)


# ---------------------------------------------------------------- wrappers
def outlook_header(frm, sent, to, subject, cc=None, fr=False):
    if fr:
        h = [f"De : {frm}", f"Envoyé : {sent}", f"À : {to}"] + ([f"Cc : {cc}"] if cc else []) + [f"Objet : {subject}"]
    else:
        h = [f"From: {frm}", f"Sent: {sent}", f"To: {to}"] + ([f"Cc: {cc}"] if cc else []) + [f"Subject: {subject}"]
    return h


def eml(frm, to, subject, date, body, cc=None, qp=False, dom="tbs-sct.gc.ca"):
    from email.header import Header

    def hn(n):
        return Header(n, "utf-8").encode() if not n.isascii() else n
    h = [f"From: {hn(frm)} <{email_of(frm)}@{dom}>", f"To: {hn(to)} <{email_of(to)}@{dom}>"]
    if cc:
        h.append(f"Cc: {hn(cc)} <{email_of(cc)}@{dom}>")
    h += [f"Subject: {hn(subject)}", f"Date: {date}", f"Message-ID: <{len(body)}.{len(subject)}.135@{dom}>",
          "MIME-Version: 1.0"]
    if qp:
        h += ['Content-Type: text/plain; charset="utf-8"', "Content-Transfer-Encoding: quoted-printable"]
        b = quopri.encodestring(body.replace("\n", "\r\n").encode("utf-8")).decode("ascii")
        return ("\r\n".join(h) + "\r\n\r\n" + b).encode("ascii")
    h += ['Content-Type: text/plain; charset="utf-8"', "Content-Transfer-Encoding: 8bit"]
    return ("\r\n".join(h) + "\r\n\r\n" + body.replace("\n", "\r\n")).encode("utf-8")


def rationale(p, lang, decision_cls, d, members, bench):
    """A classification committee rationale, as attached after the description."""
    if lang == "fr":
        return [("h2", "JUSTIFICATION DE LA CLASSIFICATION - COMITÉ D'ÉVALUATION DES EMPLOIS DE LA DIRECTION"),
                ("p", f"Le comité a comparé le poste au poste repère {bench[0]} ({bench[1]}, poste {bench[2]}, "
                      f"{bench[3]} ETP, budget salarial de {fmoney(bench[4], 'fr')})."),
                ("p", "Cotation Hay : SF F II 3 460; RP E3 (50 %) 230; R F2 C 200; Total 890."),
                ("p", f"Décision : {decision_cls}, à compter du {fdate(d, 'fr')}."),
                ("p", "Membres du comité : " + "; ".join(members))]
    return [("h2", "CLASSIFICATION RATIONALE - EXECUTIVE JOB EVALUATION COMMITTEE"),
            ("p", f"The committee compared the position with the benchmark {bench[0]} ({bench[1]}, position {bench[2]}, "
                  f"{bench[3]} FTEs, salary budget of {fmoney(bench[4], 'full')}). The benchmark carries a larger "
                  "operational component; the subject position's challenge function and Cabinet-cycle pressure "
                  "balance the smaller span of control."),
            ("p", "Hay evaluation: KH F II 3 460; PS E3 (50%) 230; AC F2 C 200; Total 890 points."),
            ("p", f"Decision: {decision_cls}, effective {fdate(d, 'long')}."),
            ("p", "Committee members: " + "; ".join(members))]


def markup_flatten(lines, rng, balloons):
    """Word 'print with markup' flattened into text: balloons run to the right of the line they belong to."""
    out = []
    for ln in lines:
        hit = None
        for key, bal in balloons:
            if ln.startswith(key):
                hit = bal
        if hit:
            first = hit[0]
            out.append(ln.ljust(64) + " " + first)
            for x in hit[1:]:
                out.append(" " * 65 + x)
        else:
            out.append(ln)
    return out


# ---------------------------------------------------------------- the folder
DOCS = []   # (file, bytes, expected)


def curly(s):
    return s.replace("'", "\u2019")


def add(file, data, kind, lang, outcome, fields=None, not_stated=None, also=None, people=None, versions=None):
    exp = {"document": file, "kind": kind, "language": lang, "outcome": outcome, "fields": fields,
           "not_stated": sorted(set(not_stated)) if not_stated else ([] if fields else None),
           "also": also or {}, "people": sorted(set(people or [])), "versions": versions}
    DOCS.append((file, data, exp))


def finish_fields(truth):
    t = dict(truth)
    if t["direct_reports"] == []:
        t["direct_reports"] = None
    if t["o_and_m"] is None or t["salary"] is None:
        t["total"] = t["total"] if t["total"] is not None and False else t["total"]
    return t


def wd(file, key, lang, kind, o=None, render=None, extra_blocks=(), also=None, people=(), protect_extra=()):
    o = dict(o or {})
    p = POS[key]
    B, truth, ns, ppl, al = build(p, lang, o)
    B = B + list(extra_blocks)
    ppl = ppl + list(people)
    al.update(also or {})
    data = render(B, ppl) if render else None
    DOCS.append([file, data, dict(document=file, kind=kind, language=lang, outcome="import",
                                  fields=finish_fields(truth), not_stated=sorted(set(ns)), also=al,
                                  people=sorted(set(ppl)), versions=None)])
    return DOCS[-1]


def r_docx(o=None):
    return lambda B, ppl: to_docx(B, o)


def r_pdf(ocr=None, seed=0, per=58):
    def f(B, ppl):
        if ocr:
            text = ocr_text(B, ocr, seed, ppl, per=10 ** 6)
            lines = text.splitlines()
        else:
            lines = wrap_lines(to_lines(B), 95)
        pages = ["\n".join(lines[i:i + per]) for i in range(0, len(lines), per)]
        return pdf_bytes(pages)
    return f


def r_md():
    return lambda B, ppl: ("\n".join(to_lines(B, md=True)) + "\n").encode("utf-8")


def r_txt(pad=None):
    return lambda B, ppl: ("\n".join(to_lines(B, pad=pad)) + "\n").encode("utf-8")


def r_cp1252(pad=None):
    return lambda B, ppl: ("\r\n".join(curly(x) for x in to_lines(B, pad=pad)) + "\r\n").encode("cp1252")


def r_ocr(strength, seed, header=None, footer=None, per=46, pre=()):
    return lambda B, ppl: ocr_text(B, strength, seed, ppl, header, footer, per, pre=pre).encode("utf-8")


def r_cols(strength, seed):
    return lambda B, ppl: columns_text(B, strength, seed, ppl).encode("utf-8")


def pg_footer(i, n):
    return f"Page {i} of {n}"


def versions(docs, note, same_text=False):
    files = [d[0] for d in docs]
    for d in docs:
        d[2]["versions"] = {"documents": files, "newest": files[-1], "same_text": same_text, "note": note}


def make():
    _name_i[0] = 0
    DOCS.clear()
    N = name
    # 1-2 Cabinet Papers System: reviewed DRAFT in Word, then the signed PDF
    jb = N()
    a = wd("Cabinet Papers System - Director EX-01 DRAFT v3 (JB comments).docx", "cabpapers", "en", "docx",
           dict(eff=None, blanks={"eff": "TBD", "posno": "[insert]"}, draft="DRAFT - FOR DISCUSSION - NOT FOR CLASSIFICATION",
                sup="fields", sign=False, om=62000, salary=1045000),
           r_docx(dict(kv_table=True,
                       comments={"Classification": ("Confirm with the committee - could this go to EX-02 given the "
                                                    "Cabinet confidence function?", jb, "JB"),
                                 "O&M": ("Finance says $58K last year.", jb, "JB")},
                       struck={"Salary": "$985,000"})),
           people=[jb], also={"form": "draft with Word comments; struck former salary shown before the value"})
    b = wd("Director, Cabinet Papers System - EWD - signed.pdf", "cabpapers", "en", "pdf",
           dict(eff=D(2019, 6, 3), sup="fields", amt="full", incumbent=N()), r_pdf())
    for d in (a, b):
        d[2]["also"]["reports_to_in_corpus"] = "Director General, Cabinet Operations.docx"
    versions([a, b], "the DRAFT leaves the position number and the date blank; the signed PDF fills them")
    # 3-4 Machinery of Government: forwarded draft by e-mail, then the signed scan
    s1, s2, s3 = N(), N(), N()
    opts = dict(eff=None, blanks={"eff": "TBD", "om": "$X", "total": "$X"}, sup="line", rep="bullets", sign=False,
                amt="k")

    def r_eml_mog(B, ppl):
        body = "\n".join([
            f"{s2.split()[0]},", "",
            "Forwarding the ED MoG work description as it stands. The DS wants the O&M line left as $X until the",
            "reorganization is approved (it was $125K in the 2019 version, before the transition unit was folded in).",
            "Can you get this to the classification committee for the March sitting?", "", "Thanks,", s1,
            "Director, Executive Resourcing | Directeur, Ressourcement des cadres", "", "",
            "-----Original Message-----",
            *outlook_header(s3, "Wednesday, February 9, 2022 4:47 PM", s1, "EWD - ED Machinery of Government"),
            "", "Here is the draft. Position number stays 40388.", "", s3, "", "",
            *wrap_lines(to_lines(B), 76)])
        return eml(s1, s2, "FW: EWD - ED Machinery of Government - for your review", "Thu, 10 Feb 2022 09:12:31 -0500",
                   body, dom="pco-bcp.gc.ca")
    a = wd("FW_ EWD - ED Machinery of Government - for your review.eml", "mog", "en", "text", opts, r_eml_mog,
           people=[s1, s2, s3], also={"form": "e-mail (.eml) forwarding the draft, two messages above it"})
    b = wd("ED MoG EWD signed 2022.txt", "mog", "en", "ocr",
           dict(eff=D(2022, 4, 1), sup="line", rep="bullets", form="B", amt="k", date="dmy"),
           r_ocr("middling", 3, header=lambda i, n: "Executive Director, Machinery of Government - EX-02",
                 footer=lambda i, n: f"- {i} -"),
           also={"damage": "middling"})
    versions([a, b], "the e-mailed draft leaves the date and O&M blank ($X); the signed scan states them")
    # 5 Intergovernmental policy analysis: cp1252 text with CRLF
    wd("Dir Intergovernmental Policy Analysis – EWD (final).txt", "igpa", "en", "text-cp1252",
       dict(eff=D(2021, 9, 13), sup="fields", rep="clsfirst", amt="full", incumbent=N()), r_cp1252(pad=34))
    # 6-7 Appointments policy, French: Word with the committee's rationale, then PDF
    m = [N(), N(), N()]
    a = wd("DT Directeur Politique des nominations + justification comité.docx", "gicapp", "fr", "docx",
           dict(eff=D(2020, 4, 1), sup="fields", rep="table", amt="fr"), r_docx(),
           extra_blocks=rationale(POS["gicapp"], "fr", "EX-01", D(2020, 4, 1), m,
                                  ("Directeur, Politique de dotation", "EX-01", "51902", 14, 1320000)),
           people=m, also={"form": "description followed by the committee's rationale (benchmark figures are not the position's)"})
    b = wd("Directeur, Politique des nominations (EX-01) 2024.pdf", "gicapp", "fr", "pdf",
           dict(eff=D(2024, 1, 15), sup="line", rep="bullets", amt="frk", salary=955000, om=41000,
                reports=POS["gicapp"]["reports"] + [("Analyst", "Analyste des nominations", "PE-03", 2)], fte=12),
           r_pdf())
    versions([a, b], "2024: an analyst team added (12 FTEs), salary and F et E raised")
    # 8-9 Results and Delivery Unit: Markdown draft with blanks, then bilingual PDF
    a = wd("RDU ED profile DRAFT.md", "rdu", "en", "markdown",
           dict(eff=None, blanks={"posno": "[insert]", "eff": "[insert date]", "om": "$X", "total": "$X"},
                sup="sentence", draft="**DRAFT** - figures to be confirmed by CFO", sign=False, amt="m"), r_md())
    b = wd("Executive Director, Results and Delivery Unit - Directeur exécutif, Unité des résultats et de la livraison.pdf",
           "rdu", "bilingual", "pdf", dict(eff=D(2023, 5, 1), sup="fields", rep="bullets", form="BI", amt="full"),
           r_pdf())
    versions([a, b], "the Markdown draft leaves the number, the date and O&M blank; the bilingual PDF is final")
    # 10-11 Security Operations: heavy scan of 2014, PDF of 2020
    a = wd("SCAN_secops_2014.txt", "secops", "en", "ocr",
           dict(eff=D(2014, 10, 20), sup="line", form="B", rep="dash", reports=POS["secops"]["reports"][:2],
                salary=1180000, om=88000, fte=14, amt="full", date="abbr", incumbent=N()),
           r_ocr("heavy", 10, header=lambda i, n: f"PCO/BCP   Director, Security Operations   40812",
                 footer=lambda i, n: str(i)), also={"damage": "heavy"})
    b = wd("Director Security Operations EWD 2020.pdf", "secops", "en", "pdf",
           dict(eff=D(2020, 2, 17), sup="fields", rep="table", amt="full"), r_pdf())
    versions([a, b], "2020 adds the Security Systems Officer; budget raised")
    # 12 Social development policy: pasted e-mail (UTF-8 text) with replies above
    s1, s2 = N(), N()

    def r_paste_sdp(B, ppl):
        return ("\n".join([
            *outlook_header(f"{s1}", "Monday, June 14, 2021 11:02 AM", f"{s2}", "RE: SDP Director WD - updated",
                            cc="PCO Classification / Classification BCP"),
            "", "Looks good. One thing: the old version still said 6 FTEs - this one is right at 7.", "", s1, "",
            *outlook_header(f"{s2}", "Friday, June 11, 2021 4:15 PM", f"{s1}", "SDP Director WD - updated"), "",
            "Pasting the text below since the attachment bounced.", "", "---", "",
            *to_lines(B)]) + "\n").encode("utf-8")
    wd("RE SDP Director WD - updated (pasted).txt", "sdp", "en", "text",
       dict(eff=D(2021, 7, 1), sup="fields", rep="sentence", amt="full"), r_paste_sdp, people=[s1, s2],
       also={"form": "pasted e-mail thread, the description below two messages"})
    # 13 Economic and regional development policy: two columns read across
    wd("EWD_EDP_Director_scan.txt", "edp", "en", "ocr-columns",
       dict(eff=D(2018, 11, 26), sup="line", form="B", rep="clsfirst", amt="k", date="long"),
       r_cols("middling", 13), also={"damage": "middling"})
    # 14 Communications planning (French PDF)
    wd("DE Planification des communications stratégiques.pdf", "comms", "fr", "pdf",
       dict(eff=D(2022, 10, 3), sup="fields", rep="bullets", amt="frm", incumbent=N()), r_pdf())
    # 15 Orders in Council (Markdown)
    wd("Director, Orders in Council.md", "oic", "en", "markdown",
       dict(eff=D(2019, 4, 1), sup="fields", rep="table", amt="full", date="iso"), r_md())
    # 16-17 PM correspondence: scan with the committee's rationale, scanned twice
    m = [N(), N()]
    for i, (fn, seed) in enumerate((("PM Correspondence Unit - Director - with rationale.txt", 16),
                                    ("PM Correspondence Unit - Director - with rationale (1).txt", 17))):
        d = wd(fn, "pmcorr", "en", "ocr",
               dict(eff=D(2017, 8, 14), sup="fields", rep="bullets", amt="full", approver=m[0] if False else None),
               r_ocr("light", seed, footer=pg_footer),
               extra_blocks=rationale(POS["pmcorr"], "en", "EX-01", D(2017, 8, 14), m,
                                      ("Director, Ministerial Correspondence", "EX-01", "61180", 31, 2240000)),
               people=m, also={"damage": "light", "form": "description followed by the committee's rationale"})
        if i == 0:
            first = d
            _name_i[0] -= 1   # the same approver signs the same paper
    versions([first, d], "the same signed paper scanned twice", same_text=True)
    # 18-19 Legislative planning (French): scan of 2017, Word of 2024
    a = wd("Directeur Planification legislative 2017.txt", "lhp", "fr", "ocr",
           dict(eff=D(2017, 3, 6), sup="line", rep="bullets", amt="fr",
                reports=POS["lhp"]["reports"][:2], fte=6, salary=655000, om=30000),
           r_ocr("middling", 18, header=lambda i, n: "BCP - Description de travail", footer=lambda i, n: f"{i}/{n}"),
           also={"damage": "middling"})
    b = wd("Directeur, Planification législative - DT 2024 (révisée).docx", "lhp", "fr", "docx",
           dict(eff=D(2024, 2, 12), sup="fields", rep="table", amt="fr"), r_docx(dict(kv_table=True)))
    versions([a, b], "2024 adds the parliamentary returns coordinator")
    # 20 Foreign and defence policy: .eml quoted-printable
    s1, s2 = N(), N()

    def r_eml_fdp(B, ppl):
        body = "\n".join([f"Bonjour {s2.split()[0]},", "",
                          "Below is the WD for the Director of Operations in FDP, for the committee. Note that the "
                          "incumbent is acting at the EX-01 level until the classification decision.", "",
                          s1, "", "________________________________", "", *wrap_lines(to_lines(B), 76)])
        return eml(s1, s2, "WD for classification - Director of Operations, FDP", "Tue, 05 Sep 2023 14:20:05 -0400",
                   body, qp=True, dom="pco-bcp.gc.ca")
    wd("WD for classification - Director of Operations, FDP.eml", "fdp", "en", "text",
       dict(eff=D(2023, 9, 18), sup="line", rep="bullets", amt="full"), r_eml_fdp, people=[s1, s2],
       also={"form": "e-mail (.eml), quoted-printable body; the incumbent acting EX-01 is not the position's level"})
    # 21 Federal-provincial relations West and North: a reply quoting the description with '> '
    s1, s2 = N(), N()

    def r_quote(B, ppl):
        return ("\n".join([
            *outlook_header(s1, "Thursday, November 3, 2022 8:40 AM", s2, "RE: Vancouver office - Director WD"), "",
            "Approved on my side. The O&M is high because of travel to Yellowknife and Whitehorse - leave it.", "",
            s1, "Assistant Secretary to the Cabinet, Intergovernmental Policy", "", "",
            f"On Wednesday, November 2, 2022, {s2} wrote:", *["> " + x for x in to_lines(B)]]) + "\n").encode("utf-8")
    wd("RE Vancouver office - Director WD.txt", "fedprov", "en", "text",
       dict(eff=D(2022, 11, 14), sup="fields", rep="bullets", amt="full"), r_quote, people=[s1, s2],
       also={"form": "pasted e-mail reply, the description quoted with '> '"})
    # 22 Cabinet Operations DG (Word)
    wd("Director General, Cabinet Operations.docx", "cabops", "en", "docx",
       dict(eff=D(2019, 6, 3), sup="fields", rep="table", amt="full", incumbent=N()), r_docx(dict(kv_table=True)))
    # 23 Workforce data strategy: Word with real tracked changes and comments
    jb = N()
    wd("ED Workforce Data Strategy EWD - tracked changes.docx", "wfdata", "en", "docx",
       dict(eff=D(2023, 4, 1), sup="fields", rep="bullets", amt="full"),
       r_docx(dict(tracked={"Classification": ("EX-01", "EX-02"), "Salary": ("$1,860,000", "$2,080,000")},
                   comments={"FTEs": ("Includes the two analytics term positions?", jb, "MQ")})),
       people=[jb], also={"form": "Word tracked changes left in: classification and salary deleted and inserted; "
                                  "the inserted values are the truth"})
    # 24-25 Expenditure analysis social programs: 2016 cp1252, 2021 Word
    a = wd("Director Expenditure Analysis Social Programs 2016.txt", "easoc", "en", "text-cp1252",
           dict(eff=D(2016, 5, 30), sup="fields", rep="bullets", reports=[("Senior Expenditure Analyst", "", "EC-07", 4),
                                                                          ("Expenditure Analyst", "", "EC-05", 2)],
                fte=7, salary=790000, om=22000, amt="nosign"), r_cp1252())
    b = wd("Director, Expenditure Analysis – Social Programs (2021).docx", "easoc", "en", "docx",
           dict(eff=D(2021, 8, 16), sup="line", rep="table", amt="full"), r_docx())
    versions([a, b], "2021: one more senior analyst, salary raised")
    # 26 Regulatory cooperation: scan
    wd("Regulatory Cooperation Secretariat Director - scanned.txt", "regcoop", "en", "ocr",
       dict(eff=D(2020, 1, 27), sup="fields", rep="bullets", amt="full", incumbent=N()),
       r_ocr("middling", 26, header=lambda i, n: "TBS/SCT   EX-01   53046", footer=pg_footer),
       also={"damage": "middling"})
    # 27-28 Executive talent: French scan 2018, English PDF printed with markup 2023
    a = wd("Dir Gestion des talents des cadres 2018 - numérisé.txt", "exectal", "fr", "ocr",
           dict(eff=D(2018, 4, 1), sup="line", rep="bullets", amt="fr", reports=POS["exectal"]["reports"][:1],
                fte=7, salary=810000, om=60000),
           r_ocr("middling", 27, footer=lambda i, n: f"Page {i} de {n}"), also={"damage": "middling"})
    jb = N()

    def r_markup(B, ppl):
        lines = wrap_lines(to_lines(B), 62)
        lines = markup_flatten(lines, None, [
            ("Position Number:", ["Deleted: 51310"]),
            ("Salary:", ["Deleted: $960,000", "Formatted: Font: Bold"]),
            ("FTEs:", [f"Commented [{jb.split()[0][0]}{jb.split()[1][0]}1]: 9 with the vacant", "advisor? Was 7 in 2018."]),
            ("Effective Date:", ["Formatted: English (Canada)"]),
        ])
        return pdf_bytes(["\n".join(lines[i:i + 60]) for i in range(0, len(lines), 60)])
    b = wd("Director Executive Talent Management EWD 2023 (markup).pdf", "exectal", "en", "pdf",
           dict(eff=D(2023, 6, 19), sup="fields", rep="bullets", amt="full"), r_markup, people=[jb],
           also={"form": "PDF printed with markup: 'Deleted:', 'Formatted:' and a comment balloon beside the values"})
    versions([a, b], "2018 French scan with one report; 2023 English, a senior advisor added")
    # 29-30 Enterprise data policy: the e-mail with the description pasted, and the Word attachment
    s1, s2 = N(), N()
    o = dict(eff=D(2022, 12, 5), sup="fields", rep="bullets", amt="full", approver=None)
    nm = _name_i[0]

    def r_eml_dp(B, ppl):
        body = "\n".join([f"Hi {s2.split()[0]},", "",
                          "Attached and pasted below, the ED Enterprise Data Policy EWD signed by the DCIO. The "
                          "position number changed from 54009 to 54012 in the PeopleSoft clean-up.", "", s1, "", "",
                          *wrap_lines(to_lines(B), 76)])
        return eml(s1, s2, "Signed EWD - ED Enterprise Data Policy", "Mon, 05 Dec 2022 10:31:44 -0500", body)
    a = wd("Signed EWD - ED Enterprise Data Policy.eml", "datapol", "en", "text", o, r_eml_dp, people=[s1, s2],
           also={"form": "e-mail (.eml) with the description pasted; a former position number in the message"})
    _name_i[0] = nm
    b = wd("ED Enterprise Data Policy EWD - signed.docx", "datapol", "en", "docx", o, r_docx(dict(kv_table=True)))
    versions([a, b], "the same signed description, pasted in the e-mail and attached as Word", same_text=True)
    # 31-32 Ministerial services: bilingual Word, then bilingual scan
    a = wd("Director Ministerial Services - Directeur Services ministériels.docx", "stratcom", "bilingual", "docx",
           dict(eff=D(2021, 3, 29), sup="fields", form="BI", rep="table", amt="full"), r_docx(dict(kv_table=True)))
    b = wd("Director Ministerial Services - signed scan.txt", "stratcom", "bilingual", "ocr",
           dict(eff=D(2021, 3, 29), sup="fields", form="BI", rep="bullets", amt="full", incumbent=N()),
           r_ocr("light", 32, footer=lambda i, n: f"{i}"), also={"damage": "light"})
    versions([a, b], "the Word file and the signed scan of the same description (the scan adds the incumbent)")
    # 33 Internal audit policy: scan with rationale
    m = [N(), N(), N()]
    wd("Internal Audit Policy Director EX-01 - rationale attached.txt", "iapol", "en", "ocr",
       dict(eff=D(2019, 10, 7), sup="line", form="B", rep="clsfirst", amt="full", cls_suffix=" (proposed)"),
       r_ocr("middling", 33, header=lambda i, n: "Office of the Comptroller General", footer=pg_footer),
       extra_blocks=rationale(POS["iapol"], "en", "EX-01", D(2019, 10, 7), m,
                              ("Director, Financial Management Policy", "EX-01", "55240", 18, 1640000)),
       people=m, also={"damage": "middling", "form": "scan followed by the committee's rationale"})
    # 34-35 Official languages centre: bilingual scan 2019, bilingual Word 2024
    a = wd("OLCOE ED 2019 scan.txt", "olcoe", "bilingual", "ocr",
           dict(eff=D(2019, 9, 3), sup="line", form="BI", rep="bullets", amt="full", fte=12,
                reports=[POS["olcoe"]["reports"][0], ("Director, Official Languages Compliance and Reporting", "", "EX-01", 4)],
                salary=1420000, om=105000),
           r_ocr("heavy", 34, header=lambda i, n: "TBS/SCT 51405", footer=lambda i, n: f"{i}/{n}"),
           also={"damage": "heavy"})
    b = wd("ED Official Languages Centre of Excellence - EWD 2024.docx", "olcoe", "bilingual", "docx",
           dict(eff=D(2024, 4, 1), sup="fields", form="BI", rep="bullets", amt="full"), r_docx())
    versions([a, b], "2024 adds an administrative officer; units and budget grown")
    # 36-37 TB Submissions Centre: Markdown 2020, pasted e-mail 2024
    a = wd("tb-submissions-centre-director.md", "tbsub", "en", "markdown",
           dict(eff=D(2020, 6, 15), sup="fields", rep="bullets", amt="k",
                reports=POS["tbsub"]["reports"][:2], fte=9, salary=860000, om=30000), r_md())
    s1, s2 = N(), N()

    def r_paste_tbsub(B, ppl):
        return ("\n".join([*outlook_header(s1, "Tuesday, January 16, 2024 2:05 PM", s2,
                                           "FW: TB Sub Centre director - 2024 WD"), "",
                           "FYI - final version below. Ignore the one from 2020 on the shared drive.", "", s1, "",
                           "-----Original Message-----",
                           *outlook_header(s2, "Tuesday, January 16, 2024 1:41 PM", s1, "TB Sub Centre director - 2024 WD"),
                           "", *to_lines(B)]) + "\n").encode("utf-8")
    b = wd("FW TB Sub Centre director - 2024 WD.txt", "tbsub", "en", "text",
           dict(eff=D(2024, 1, 22), sup="line", rep="clsfirst", amt="full"), r_paste_tbsub, people=[s1, s2],
           also={"form": "pasted forwarded e-mail"})
    versions([a, b], "2024 adds the records officers; budget raised")
    # 38 Pension policy: a DRAFT printed with markup into text
    jb = N()

    def r_pension(B, ppl):
        lines = to_lines(B)
        out = []
        for ln in lines:
            out.append(ln)
            if ln.startswith("Classification:"):
                out.append(f"[Comment {jb.split()[0][0]}{jb.split()[1][0]}1]: EX-02 was floated by the ADM; the committee will not support it.")
            if ln.startswith("O&M:"):
                out.append("Deleted: $52,000")
            if ln.startswith("Salary:"):
                out.append("Formatted: Font: 11 pt")
        return ("\n".join(out) + "\n").encode("utf-8")
    wd("Director Pension Policy - DRAFT (track changes).txt", "pension", "en", "text",
       dict(eff=None, blanks={"eff": "TBD", "job": "TBD", "total": "$X"}, sup="fields", rep="bullets", amt="full",
            draft="DRAFT", sign=False), r_pension, people=[jb],
       also={"form": "draft saved as text with comment, 'Deleted:' and 'Formatted:' lines between the values"})
    # 39 Chief of Staff to the Secretary (PDF)
    wd("Chief of Staff to the Secretary - EWD.pdf", "secoffice", "en", "pdf",
       dict(eff=D(2022, 9, 6), sup="fields", rep="bullets", amt="full", incumbent=N()), r_pdf())
    # 40 Corporate Secretariat: short .eml
    s1, s2 = N(), N()

    def r_eml_cs(B, ppl):
        body = "\n".join(["Hi,", "", "Here's the Corp Sec director WD you asked for (text below, Word version to follow).",
                          "", s1, "", *to_lines(B)])
        return eml(s1, s2, "Corp Sec director WD", "Wed, 12 Jul 2023 16:03:10 -0400", body)
    d = wd("Corp Sec director WD.eml", "corpsec", "en", "text",
           dict(eff=D(2023, 7, 10), sup="line", rep="dash", amt="full"), r_eml_cs, people=[s1, s2],
           also={"form": "e-mail (.eml)"})
    d[2]["also"]["reports_to_in_corpus"] = "Chief of Staff to the Secretary - EWD.pdf"
    # 41 Evaluation centre (French, two columns)
    wd("DT_CEE_directeur_numerise.txt", "evalcoe", "fr", "ocr-columns",
       dict(eff=D(2021, 5, 25), sup="line", rep="bullets", amt="fr"), r_cols("light", 41), also={"damage": "light"})
    # 42-43 Accommodation (French): cp1252 2015, PDF 2022
    a = wd("Directeur Locaux 2015.txt", "accom", "fr", "text-cp1252",
           dict(eff=D(2015, 11, 16), sup="fields", rep="bullets", amt="fr", salary=1050000, om=380000, fte=13,
                reports=[POS["accom"]["reports"][0], ("", "Gestionnaire, Services en milieu de travail", "AS-05", 6),
                         POS["accom"]["reports"][2]]), r_cp1252(pad=36))
    b = wd("Directeur, Locaux et services en milieu de travail - DT 2022.pdf", "accom", "fr", "pdf",
           dict(eff=D(2022, 5, 30), sup="fields", rep="table", amt="fr", incumbent=N()), r_pdf())
    versions([a, b], "2022: the workplace services manager reclassified AS-05 to AS-06; budget raised")
    # 44 HR systems policy: Word with a struck former level and the rationale attached
    m = [N(), N()]
    wd("Director HR Systems Policy - EWD and JEC rationale.docx", "peoplesys", "en", "docx",
       dict(eff=D(2022, 2, 28), sup="fields", rep="table", amt="full"),
       r_docx(dict(struck={"Classification": "EX-02"})),
       extra_blocks=rationale(POS["peoplesys"], "en", "EX-01", D(2022, 2, 28), m,
                              ("Executive Director, HR Business Intelligence", "EX-02", "51060", 23, 2510000)),
       people=m, also={"form": "a struck EX-02 before the EX-01; committee rationale after the description"})

    refusals()
    for d in DOCS:
        if d[2]["fields"] and d[2]["fields"].get("direct_reports") == []:
            d[2]["fields"]["direct_reports"] = None


def refusals():
    N = name
    # R1 the committee's rationale alone
    m = [N(), N(), N()]
    B = [("h1", "Executive Job Evaluation Committee - Classification Rationale"),
         ("kv", [("Position", "Director, Orders in Council (40144)"), ("Meeting", "March 21, 2019"),
                 ("Requested level", "EX-01")])] + \
        rationale(POS["oic"], "en", "EX-01", D(2019, 4, 1), m,
                  ("Director, Regulatory Affairs Secretariat", "EX-01", "53010", 16, 1450000))
    add("Classification Committee Rationale - Director, Orders in Council (40144).docx", to_docx(B), "docx", "en",
        "refuse", people=m, also={"what": "a classification committee's rationale alone, no work description"})
    # R2 a briefing note
    a = N()
    lines = ["SECRET", "", "BRIEFING NOTE FOR THE CLERK OF THE PRIVY COUNCIL", "",
             "REORGANIZATION OF THE INTERGOVERNMENTAL AFFAIRS SECRETARIAT", "", "ISSUE", "",
             "To seek your approval to create a western and northern office in Vancouver under the Assistant",
             "Secretary to the Cabinet, Intergovernmental Policy.", "", "BACKGROUND", "",
             "The Secretariat has 38 FTEs in two directorates. The proposal adds one EX-01 director and five",
             "positions, funded from within existing resources ($610,000 salary and $96,000 O&M).", "",
             "PROPOSED STRUCTURE", "",
             "  Position                                              Level    FTEs",
             "  Director, Intergovernmental Policy Analysis           EX-01       7",
             "  Director, FPT Relations, Western and Northern Canada  EX-01       6",
             "  Director, Intergovernmental Operations                EX-01      11", "",
             "RECOMMENDATION", "", "That you approve the creation of the Vancouver office effective April 1, 2022.",
             "", f"Prepared by: {a}, Intergovernmental Affairs Secretariat, 613-555-0148", "",
             "Approved / Not approved  ______________________"]
    add("BN - Reorganization of the Intergovernmental Affairs Secretariat (SECRET).pdf",
        pdf_bytes(["\n".join(lines)]), "pdf", "en", "refuse", people=[a],
        also={"what": "a briefing note proposing a reorganization, with a table of positions"})
    # R3 a meeting invitation
    a, b, c = N(), N(), N()
    body = "\n".join([
        "When: Thursday, March 30, 2023 10:00 AM-11:00 AM (UTC-05:00) Eastern Time (US & Canada).",
        "Where: Microsoft Teams Meeting / L'Esplanade Laurier, 14th floor, room 14-102", "",
        "*~*~*~*~*~*~*~*~*~*", "",
        "Classification review - Executive Director, Workforce Data Strategy (EX-02, 51044)",
        "", "Agenda:", "1. Reclassification request EX-01 to EX-02 (ADM Workforce Planning and Analytics)",
        "2. Organization chart and FTEs (19)", "3. Next steps", "",
        "Please bring the signed EWD. / Veuillez apporter la description de travail signée.", "",
        "________________________________________________________________________________",
        "Microsoft Teams meeting", "Join on your computer, mobile app or room device",
        "Meeting ID: 287 554 019 33", "Passcode: Xq7Fz2", "________________________________________________________________________________"])
    data = eml(a, b, "Invitation: Classification review - ED Workforce Data Strategy @ Thu Mar 30, 2023 10am",
               "Fri, 24 Mar 2023 13:37:02 -0400", body, cc=c)
    add("Invitation_ Classification review - ED Workforce Data Strategy.eml", data, "text", "en", "refuse",
        people=[a, b, c], also={"what": "a meeting invitation about a classification review"})
    # R4 organization chart, OCR'd
    a = N()
    chart = [
        "BUREAU DU CONSEIL PRIVÉ / PRIVY COUNCIL OFFICE",
        "Secrétariat de la politique du développement social / Social Development Policy Secretariat",
        "Organigramme / Organization Chart - 2021-O4-OI", "",
        "                 +--------------------------------------------+",
        "                 | Secrétaire adjoint du Cabinet / Assistant  |",
        "                 | Secretary to the Cabinet  EX-O4   4O53O    |",
        "                 +---------------------+----------------------+",
        "                                       |",
        "          +----------------------------+---------------------------+",
        "          |                                                        |",
        " +--------+-----------------+                        +-------------+-----------+",
        " | Directeur / Director     |                        | Directrice / Director    |",
        " | Politique sociale EX-OI  |                        | Santé / Health  EX-OI    |",
        " | 4O533   (7 ETP/FTE)      |                        | 4O538  (6 ETP/FTE)       |",
        " +--------+-----------------+                        +-------------+------------+",
        "          |                                                        |",
        "   EC-O7 x4  EC-O5 x2                                    EC-O7 x3  EC-O5 x2", "",
        f"Préparé par / Prepared by: {a}", "1"]
    add("organigramme BCP-SDP 2021.txt", ("\n".join(chart) + "\n").encode("utf-8"), "ocr", "bilingual", "refuse",
        people=[a], also={"what": "an organization chart, boxes as OCR read them"})
    # R5 a scan without a text layer
    add("scan_20230314_101522.pdf", pdf_bytes(["", "", ""]), "pdf", "en", "refuse",
        also={"what": "three scanned pages without a text layer; language unknown"})
    # R6 an e-mail thread about a work description, without it
    a, b = N(), N()
    txt = "\n".join([
        *outlook_header(a, "Wednesday, May 8, 2024 9:14 AM", b, "RE: EX-01 Director Pension Policy - where is the WD?"), "",
        "It's in the ADM's office for signature. The classification is EX-01 (position 51607), 8 FTEs,",
        "salary about $960K. I'll send it as soon as it's signed - please don't use the 2019 draft.", "", a, "",
        *outlook_header(b, "Tuesday, May 7, 2024 4:52 PM", a, "EX-01 Director Pension Policy - where is the WD?"), "",
        "Hi - do you have the current work description for the Director, Pension Policy? The staffing",
        "advisor needs it for the poster by Friday.", "", "Thanks", b])
    add("RE_ EX-01 Director Pension Policy - where is the WD_.txt", (txt + "\n").encode("utf-8"), "text", "en",
        "refuse", people=[a, b], also={"what": "an e-mail thread asking for a work description, which it does not hold"})


def main():
    make()
    for d in (CORPUS, EXPECTED):
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    seen = set()
    for file, data, exp in DOCS:
        assert file not in seen, file
        seen.add(file)
        with open(os.path.join(CORPUS, file), "wb") as f:
            f.write(data)
        exp = dict(exp)
        if exp["outcome"] == "refuse":
            exp["fields"] = None
            exp["not_stated"] = None
        with open(os.path.join(EXPECTED, file + ".expected.yaml"), "w", encoding="utf-8", newline="\n") as f:
            yaml.safe_dump(exp, f, sort_keys=False, allow_unicode=True, width=110, default_flow_style=False)
    print(len(DOCS), "documents")


if __name__ == "__main__":
    main()
