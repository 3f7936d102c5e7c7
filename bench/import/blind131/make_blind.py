"""Generate the blind131 corpus: documents in corpus/, their truths in expected/.

Deterministic: fixed seeds, .docx re-zipped with fixed timestamps, PDFs from tests/import_files.pdf_bytes.
Run: /work/main/.venv/bin/python bench/import/blind131/make_blind.py
"""
import datetime as dt
import io
import random
import shutil
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

import yaml  # noqa: E402
import docx  # noqa: E402
from docx.shared import Pt  # noqa: E402
from tests.import_files import pdf_bytes  # noqa: E402

import texts  # noqa: E402
from texts import DEPT, SECTOR, LOC  # noqa: E402

BY = texts.build(131)
NAMES = texts.NamePool(1310)
D = dt.date
NBSP = "\u00a0"

# ---------------------------------------------------------------- notations

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
ABBR_EN = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]


def fdate(d, st):
    if d is None:
        return ""
    if st == "iso":
        return d.isoformat()
    if st == "long":
        return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"
    if st == "dmy":
        return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"
    if st == "abbr":
        return f"{ABBR_EN[d.month - 1]} {d.day}, {d.year}"
    if st == "fr":
        return f"{'1er' if d.day == 1 else d.day} {MONTHS_FR[d.month - 1]} {d.year}"
    if st == "ps":
        return d.strftime("%Y/%m/%d")
    if st == "us":
        return d.strftime("%m/%d/%Y")
    if st == "ora":
        return d.strftime("%d-") + MONTHS_EN[d.month - 1][:3].upper() + d.strftime("-%Y")
    if st == "sap":
        return d.strftime("%d.%m.%Y")
    if st == "compact":
        return d.strftime("%Y%m%d")
    if st == "isotime":
        return d.isoformat() + " 00:00:00"
    raise ValueError(st)


def trim(x, nd=3):
    s = f"{x:.{nd}f}".rstrip("0").rstrip(".")
    return s


def money(n, st):
    if n is None:
        return ""
    if st == "comma":
        return f"${n:,}"
    if st == "comma_dec":
        return f"${n:,}.00"
    if st == "plain":
        return str(n)
    if st == "dec":
        return f"{n}.00"
    if st == "M":
        return f"${trim(n / 1e6)}M" if n >= 1_000_000 else f"${trim(n / 1e3)}K"
    if st == "million":
        return f"${trim(n / 1e6)} million" if n >= 1_000_000 else f"${n:,}"
    if st == "K":
        return f"${n // 1000:,}K"
    if st == "fr":
        return f"{n:,}".replace(",", NBSP) + NBSP + "$"
    if st == "frM":
        return (trim(n / 1e6).replace(".", ",") + NBSP + "M$") if n >= 1_000_000 else (f"{n:,}".replace(",", NBSP) + NBSP + "$")
    if st == "sap":
        return f"{n:,}".replace(",", ".") + ",00"
    raise ValueError(st)


def cls_fmt(c, st="std"):
    if c is None:
        return ""
    if st == "std":
        return c
    grp, lvl = c.rsplit("-", 1)
    if st == "space":
        return f"{grp} {lvl}"
    if st == "nodash":
        return grp.replace("-", "") + lvl
    raise ValueError(st)


def split_cls(c):
    grp, lvl = c.rsplit("-", 1)
    return grp, lvl


def numfmt(n, st):
    if st == "plain":
        return str(n)
    if st == "pad8":
        return f"{n:08d}"
    if st == "sap":
        return f"5{n:07d}"
    raise ValueError(st)


# ---------------------------------------------------------------- truth

def fields_of(p, d):
    L = 1 if d["lang"] == "fr" else 0
    sup = BY[p["sup"]]
    nf = d.get("numfmt", "plain")
    F = dict(
        title=p["title_fr"] if L else p["title_en"],
        title_alt=p["title_en"] if L else p["title_fr"],
        classification=p["cls"], job_code=p["job"], position_number=numfmt(p["num"], nf),
        effective_date=d.get("date"),
        sup=dict(position_number=numfmt(sup["num"], nf), title=sup["title_fr"] if L else sup["title_en"],
                 title_alt=sup["title_en"] if L else sup["title_fr"], classification=sup["cls"]),
        reports=[dict(title=r["title_fr"] if L else r["title_en"], title_alt=r["title_en"] if L else r["title_fr"],
                      classification=r["cls"], fte=r["fte"], ref=r.get("ref")) for r in p["reports"]],
        salary=p["salary"], o_and_m=p["om"], total=p["salary"] + p["om"], location=LOC[p["loc"]][L],
        location_alt=LOC[p["loc"]][1 - L], fte=p["fte"], department=DEPT[L],
    )
    for k, v in d.get("over", {}).items():
        if k.startswith("sup."):
            F["sup"][k[4:]] = v
        else:
            F[k] = v
    if d.get("fn"):
        d["fn"](F)
    for k in d.get("omit", ()):
        if k == "reports":
            F["reports"] = None
            continue
        if k.startswith("sup."):
            F["sup"][k[4:]] = None
        elif k.startswith("reports."):
            for r in F["reports"]:
                r[k[8:]] = None
        else:
            F[k] = None
    return F


FIELD_ORDER = ["title", "classification", "job_code", "position_number", "effective_date", "supervisor.position_number",
               "supervisor.title", "supervisor.classification", "direct_reports", "salary", "o_and_m", "total", "location"]


def truth(doc, F, people):
    if doc["outcome"] == "refuse":
        return dict(document=doc["file"], kind=doc["kind"], language=doc["lang"], outcome="refuse", fields=None,
                    not_stated=None, also=doc.get("also", {}), people=people or None, versions=None)
    reps = None
    if F["reports"]:
        reps = [dict(title=r["title"], classification=r["classification"], fte=r["fte"]) for r in F["reports"]]
    fields = dict(title=F["title"], classification=F["classification"], job_code=F["job_code"],
                  position_number=F["position_number"], effective_date=F["effective_date"],
                  supervisor=dict(position_number=F["sup"]["position_number"], title=F["sup"]["title"],
                                  classification=F["sup"]["classification"]),
                  direct_reports=reps, salary=F["salary"], o_and_m=F["o_and_m"], total=F["total"],
                  location=F["location"])
    ns = []
    for k in FIELD_ORDER:
        if k.startswith("supervisor."):
            v = fields["supervisor"][k.split(".")[1]]
        else:
            v = fields[k]
        if v is None:
            ns.append(k)
    also = {"department": F["department"]}
    if F.get("title_alt") and doc["lang"] != "en" or doc["lang"] == "bilingual":
        also["title_fr" if doc["lang"] != "fr" else "title_en"] = F["title_alt"]
    if doc["lang"] == "en" and doc.get("title_fr_stated"):
        also["title_fr"] = F["title_alt"]
    if F.get("fte") is not None:
        also["fte"] = F["fte"]
    also.update(doc.get("also", {}))
    return dict(document=doc["file"], kind=doc["kind"], language=doc["lang"], outcome="import", fields=fields,
                not_stated=ns or None, also=also, people=people or None, versions=doc.get("versions"))


# ---------------------------------------------------------------- people

class Ctx:
    def __init__(self, preset=None):
        self.people = []
        self.preset = list(preset or [])

    def person(self):
        n = self.preset.pop(0) if self.preset else NAMES.next()
        self.people.append(n)
        return n


# ---------------------------------------------------------------- OCR damage

DIG = {"0": "O", "1": "Il", "5": "S", "8": "B", "6": "b", "2": "Z"}
CONF = [("m", "rn"), ("rn", "m"), ("e", "c"), ("i", "l"), ("d", "cl"), ("u", "v"), ("h", "b"), ("t", "l"),
        ("é", "e"), ("è", "e"), ("à", "a"), ("fi", "ti"), ("a", "o")]
STRENGTH = {"light": (0.12, 0.01, 0.008), "mid": (0.35, 0.03, 0.02), "heavy": (0.6, 0.07, 0.045)}


def damage(text, strength, seed, protect=()):
    rng = random.Random(seed)
    pd, pl, pj = STRENGTH[strength]
    out = []
    for line in text.split("\n"):
        if any(n and n in line for n in protect):
            out.append(line)
            continue
        words = line.split(" ")
        nw = []
        for w in words:
            if any(ch.isdigit() for ch in w):
                s = ""
                for ch in w:
                    if ch in DIG and (ch != "2" or strength == "heavy") and rng.random() < pd:
                        s += rng.choice(DIG[ch])
                    else:
                        s += ch
                w = s
            elif len(w) > 3 and rng.random() < pl * 3:
                a, b = CONF[rng.randrange(len(CONF))]
                if a in w:
                    i = w.find(a)
                    w = w[:i] + b + w[i + len(a):]
            nw.append(w)
        s = nw[0] if nw else ""
        for w in nw[1:]:
            s += ("" if (w and s and rng.random() < pj) else " ") + w
        out.append(s)
    return "\n".join(out)


def wrap(text, width):
    lines = []
    for para in text.split("\n"):
        if len(para) <= width:
            lines.append(para)
            continue
        indent = len(para) - len(para.lstrip(" "))
        cur = ""
        for w in para.split(" "):
            if cur and len(cur) + 1 + len(w) > width:
                lines.append(cur)
                cur = " " * indent + w if indent and not w.startswith(" ") else w
            else:
                cur = (cur + " " + w) if cur else w
        lines.append(cur)
    return lines


def hyphenate(lines, seed, p=0.25):
    """Split some long last words across lines with a hyphen, as a scanner's typeset page does."""
    rng = random.Random(seed)
    out = list(lines)
    for i in range(len(out) - 1):
        ws = out[i].split(" ")
        last = ws[-1]
        if len(last) >= 8 and last.isalpha() and out[i + 1].strip() and rng.random() < p:
            cut = len(last) // 2
            out[i] = " ".join(ws[:-1] + [last[:cut] + "-"])
            nxt = out[i + 1]
            ind = len(nxt) - len(nxt.lstrip(" "))
            out[i + 1] = nxt[:ind] + last[cut:] + " " + nxt[ind:]
    return out


def paginate(lines, per, header, footer, sep=""):
    """header(n, total) and footer(n, total) give the running lines (None for none)."""
    pages = [lines[i:i + per] for i in range(0, len(lines), per)] or [[]]
    out = []
    for n, pg in enumerate(pages, 1):
        h = header(n, len(pages)) if header else None
        if h is not None:
            out += [h, ""]
        out += pg
        f = footer(n, len(pages)) if footer else None
        if f is not None:
            out += ["", f]
        if n < len(pages):
            out.append(sep)
    return out


def pdf_pages(lines, per=52):
    pages = []
    for i in range(0, len(lines), per):
        pages.append("\n".join(lines[i:i + per]))
    return pdf_bytes(pages or [""])


# ---------------------------------------------------------------- docx

def new_docx():
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    return doc


def save_docx(doc, title, author="Aquatic Ecosystems Sector"):
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = dt.datetime(2024, 1, 15, 9, 0, 0)
    cp.modified = dt.datetime(2024, 1, 15, 9, 0, 0)
    cp.last_printed = dt.datetime(2024, 1, 15, 9, 0, 0)
    cp.revision = 1
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    cp.category = ""
    buf = io.BytesIO()
    doc.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            if info.filename.startswith("docProps/thumbnail"):
                continue
            data = zin.read(info.filename)
            if info.filename == "[Content_Types].xml":
                data = data.replace(b'<Default Extension="jpeg" ContentType="image/jpeg"/>', b"")
            if info.filename == "_rels/.rels":
                import re
                data = re.sub(rb'<Relationship [^>]*thumbnail[^>]*/>', b"", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    return out.getvalue()


def dtable(doc, rows, style="Table Grid", widths=None):
    t = doc.add_table(rows=0, cols=len(rows[0]))
    t.style = style
    for row in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = "" if v is None else str(v)
    return t


# ---------------------------------------------------------------- the ordinary work description

LBL = {
    "form": ("EXECUTIVE WORK DESCRIPTION", "DESCRIPTION DE TRAVAIL – GROUPE DE LA DIRECTION"),
    "title": ("Position title", "Titre du poste"),
    "num": ("Position number", "Numéro du poste"),
    "job": ("Job code", "Code d'emploi"),
    "cls": ("Group and level", "Groupe et niveau"),
    "date": ("Effective date", "Date d'entrée en vigueur"),
    "dept": ("Department", "Ministère"),
    "sector": ("Sector", "Secteur"),
    "loc": ("Location", "Lieu de travail"),
    "stitle": ("Supervisor's position title", "Titre du poste du superviseur"),
    "snum": ("Supervisor's position number", "Numéro du poste du superviseur"),
    "scls": ("Supervisor's group and level", "Groupe et niveau du superviseur"),
    "ga": ("General accountability", "Responsabilité générale"),
    "org": ("Organization structure", "Structure organisationnelle"),
    "dims": ("Dimensions", "Dimensions"),
    "ns": ("Nature and scope", "Nature et étendue"),
    "sa": ("Specific accountabilities", "Responsabilités spécifiques"),
    "fte": ("FTEs in the organization", "ETP de l'organisation"),
    "sal": ("Salary", "Salaires"), "om": ("O&M", "F et E"), "tot": ("Total", "Total"),
    "rec": ("Recommended by", "Recommandé par"), "app": ("Approved by", "Approuvé par"),
    "inc": ("Incumbent", "Titulaire"), "sigdate": ("Date", "Date"),
}
NONE_NUM = {"en": "To be assigned", "fr": "À déterminer", "bilingual": "To be assigned / À déterminer"}


def lab(k, lang):
    en, fr = LBL[k]
    return fr if lang == "fr" else en if lang == "en" else f"{en} / {fr}"


def rep_line(r, lang, st="paren"):
    fte_w = "ETP" if lang == "fr" else "FTEs"
    c, f = r["classification"], r["fte"]
    t = r["title"] if lang != "bilingual" else f"{r['title']} / {r['title_alt']}"
    inner = ", ".join(x for x in [c, (f"{f} {fte_w}" if f is not None else None)] if x)
    if st == "paren":
        return f"{t} ({inner})" if inner else t
    if st == "dash":
        return f"{c} – {t}" + (f" ({f} {fte_w})" if f is not None else "")
    if st == "colon":
        return f"{t}: {c}" + (f", {f} {fte_w}" if f is not None else "")
    raise ValueError(st)


def wd_model(p, F, d, ctx):
    """The ordinary EX work description as logical parts; d may carry datefmt, money, cls, rep."""
    lang = d["lang"]
    L = 1 if lang == "fr" else 0
    sup = BY[p["sup"]]
    df = d.get("datefmt", "fr" if lang == "fr" else "long")
    mf = d.get("money", "fr" if lang == "fr" else "comma")
    title_v = F["title"] if lang != "bilingual" else f"{F['title']} / {F['title_alt']}"
    stitle_v = F["sup"]["title"] if lang != "bilingual" else f"{F['sup']['title']} / {F['sup']['title_alt']}"
    loc_v = F["location"] if lang != "bilingual" else f"{F['location']} / {F['location_alt']}"
    date_v = fdate(F["effective_date"], df) if F["effective_date"] else d.get("nodate", "")
    head = [
        ("title", title_v),
        ("num", F["position_number"] if F["position_number"] else NONE_NUM[lang]),
        ("job", F["job_code"] or ""),
        ("cls", cls_fmt(F["classification"], d.get("clsfmt", "std"))),
        ("date", date_v),
        ("dept", F["department"] if lang != "bilingual" else f"{DEPT[0]} / {DEPT[1]}"),
        ("sector", SECTOR[L] if lang != "bilingual" else f"{SECTOR[0]} / {SECTOR[1]}"),
        ("loc", loc_v),
        ("stitle", stitle_v),
        ("snum", F["sup"]["position_number"] or ""),
        ("scls", F["sup"]["classification"] or ""),
    ]
    head = [(lab(k, lang), v) for k, v in head if not (k == "snum" and F["sup"]["position_number"] is None and d.get("drop_snum"))]
    subj = p["subj_fr"] if L else p["subj_en"]
    ga = (texts.GA_FR if L else texts.GA_EN)[p["num"] % 2].format(t=F["title"], s=subj, sup=F["sup"]["title"])
    ga_alt = None
    if lang == "bilingual":
        ga_alt = texts.GA_FR[p["num"] % 2].format(t=F["title_alt"], s=p["subj_fr"], sup=F["sup"]["title_alt"])
    if L:
        org_intro = (f"Le poste de {F['title']} relève du {F['sup']['title']}. Les postes suivants relèvent "
                     f"directement du titulaire :")
    else:
        org_intro = (f"The {F['title']} reports to the {F['sup']['title']}. The following positions report "
                     f"directly to the {F['title']}:")
    reps = [rep_line(r, lang, d.get("rep", "paren")) for r in F["reports"]] if F["reports"] else []
    dims = []
    if F.get("fte") is not None and "dims_fte" not in d.get("nodims", ()):
        dims.append((lab("fte", lang), str(F["fte"])))
    for k, key in [("sal", "salary"), ("om", "o_and_m"), ("tot", "total")]:
        if F[key] is not None:
            dims.append((lab(k, lang), money(F[key], mf)))
    ns = list(texts.NS_FR if L else texts.NS_EN)
    sa = [s.format(s=subj, sup=F["sup"]["title"]) for s in (texts.SA_FR if L else texts.SA_EN)]
    sa_alt = None
    if lang == "bilingual":
        sa_alt = [s.format(s=p["subj_fr"], sup=F["sup"]["title_alt"]) for s in texts.SA_FR]
    sig = []
    if not d.get("nosig"):
        sd = F["effective_date"] or D(2024, 2, 2)
        sig = [(lab("inc", lang), ctx.person(), fdate(sd - dt.timedelta(days=9), df)),
               (lab("rec", lang), ctx.person(), fdate(sd - dt.timedelta(days=6), df)),
               (lab("app", lang), ctx.person(), fdate(sd - dt.timedelta(days=2), df))]
    return dict(form=lab("form", lang), head=head, ga=ga, ga_alt=ga_alt, org_intro=org_intro, reps=reps, dims=dims,
                ns=ns, sa=sa, sa_alt=sa_alt, sig=sig, lang=lang,
                h={k: lab(k, lang) for k in ["ga", "org", "dims", "ns", "sa"]})


def wd_text_lines(m, width=96, labw=None):
    """Plain text rendering of the model."""
    L = []
    L.append(m["form"])
    L.append("")
    labw = labw or max(len(k) for k, _ in m["head"]) + 2
    for k, v in m["head"]:
        L.append(f"{(k + ':').ljust(labw)}{v}")
    L.append("")
    L.append(m["h"]["ga"].upper())
    L += wrap(m["ga"], width)
    if m["ga_alt"]:
        L += [""] + wrap(m["ga_alt"], width)
    L.append("")
    L.append(m["h"]["org"].upper())
    L += wrap(m["org_intro"], width)
    for r in m["reps"]:
        L += wrap("  - " + r, width)
    L.append("")
    L.append(m["h"]["dims"].upper())
    for k, v in m["dims"]:
        L.append(f"  {(k + ':').ljust(32)}{v}")
    L.append("")
    L.append(m["h"]["ns"].upper())
    for para in m["ns"]:
        L += wrap(para, width) + [""]
    L.append(m["h"]["sa"].upper())
    for i, s in enumerate(m["sa"], 1):
        L += wrap(f"{i}. {s}", width)
    if m["sa_alt"]:
        L.append("")
        for i, s in enumerate(m["sa_alt"], 1):
            L += wrap(f"{i}. {s}", width)
    if m["sig"]:
        L.append("")
        for role, name, date in m["sig"]:
            L.append(f"{role}: {name}    {LBL['sigdate'][1 if m['lang'] == 'fr' else 0]}: {date}")
    return L


def r_text_wd(p, F, d, ctx):
    m = wd_model(p, F, d, ctx)
    lines = wd_text_lines(m)
    if d.get("running"):
        t = F["title"]
        lines = paginate(lines, 50, lambda n, tot: f"{t}  |  {F['classification']}  |  {DEPT[0]}",
                         lambda n, tot: f"Page {n} of {tot}", sep="\f")
    text = "\n".join(lines) + "\n"
    if d["kind"] == "text-cp1252":
        text = text.replace("'", "\u2019")
        return text.replace("\n", "\r\n").encode("cp1252")
    return text.encode("utf-8")


def r_md_wd(p, F, d, ctx):
    m = wd_model(p, F, d, ctx)
    L = [f"# {m['form'].title() if m['lang'] == 'en' else m['form']}", "", f"## {F['title']}", ""]
    for k, v in m["head"]:
        L.append(f"*   **{k}:** {v}")
    L += ["", f"## {m['h']['ga']}", "", m["ga"], "", f"## {m['h']['org']}", "", m["org_intro"], ""]
    for r in m["reps"]:
        L.append(f"*   {r}")
    L += ["", f"## {m['h']['dims']}", ""]
    for k, v in m["dims"]:
        L.append(f"*   **{k}:** {v}")
    L += ["", f"## {m['h']['ns']}", ""]
    for para in m["ns"]:
        L += [para, ""]
    L += [f"## {m['h']['sa']}", ""]
    for i, s in enumerate(m["sa"], 1):
        L.append(f"{i}.  {s}")
    if m["sig"]:
        L += ["", "---", ""]
        for role, name, date in m["sig"]:
            L.append(f"**{role}:** {name} — {date}  ")
    return ("\n".join(L) + "\n").encode("utf-8")


def r_ocr_wd(p, F, d, ctx):
    m = wd_model(p, F, d, ctx)
    lines = wd_text_lines(m, width=200)
    text = "\n".join(lines)
    text = damage(text, d["damage"], p["num"], protect=ctx.people)
    lines = []
    for ln in text.split("\n"):
        lines += wrap(ln, 78)
    lines = hyphenate(lines, p["num"] + 1, 0.2 if d["damage"] != "light" else 0.1)
    t = F["title"]
    hdr = d.get("hdr", "title")
    if hdr == "title":
        header = lambda n, tot: (f"{DEPT[1 if m['lang'] == 'fr' else 0].upper()}          {t}" if n > 1 else None)
    else:
        header = None
    footer = lambda n, tot: f"- {n} -" if m["lang"] != "fr" else f"Page {n} de {tot}"
    lines = paginate(lines, 46, header, footer)
    if d.get("wrapper"):
        lines = ["--- Structured Job Description ---", "", "", "--- Full Extracted Text ---"] + [" ".join(x for x in lines if x)]
    return ("\n".join(lines) + "\n").encode("utf-8")


def r_ocrcol_wd(p, F, d, ctx):
    """Two columns read across: left = identification, GA, structure; right = dimensions, scope, accountabilities."""
    m = wd_model(p, F, d, ctx)
    left = [m["form"], ""] + [f"{k}: {v}" for k, v in m["head"]] + ["", m["h"]["ga"].upper()] + [m["ga"], "",
             m["h"]["org"].upper(), m["org_intro"]] + ["- " + r for r in m["reps"]]
    right = [m["h"]["dims"].upper()] + [f"{k}: {v}" for k, v in m["dims"]] + ["", m["h"]["ns"].upper()] + m["ns"] + [
        "", m["h"]["sa"].upper()] + [f"{i}. {s}" for i, s in enumerate(m["sa"], 1)]
    lw = []
    for x in left:
        lw += wrap(x, 44) if x else [""]
    rw = []
    for x in right:
        rw += wrap(x, 44) if x else [""]
    n = max(len(lw), len(rw))
    lines = []
    for i in range(n):
        a = lw[i] if i < len(lw) else ""
        b = rw[i] if i < len(rw) else ""
        lines.append((a.ljust(46) + b).rstrip())
    for role, name, date in m["sig"]:
        lines.append(f"{role}: {name}    {date}")
    text = damage("\n".join(lines), d["damage"], p["num"], protect=ctx.people)
    lines = paginate(text.split("\n"), 50, None, lambda n, tot: str(n))
    return ("\n".join(lines) + "\n").encode("utf-8")


def r_pdf_wd(p, F, d, ctx):
    m = wd_model(p, F, d, ctx)
    lines = wd_text_lines(m, width=92)
    t = F["title"]
    lines = paginate(lines, 48, (lambda n, tot: f"{t} ({F['classification']})") if d.get("running", True) else None,
                     lambda n, tot: (f"Page {n} de {tot}" if m["lang"] == "fr" else f"Page {n} of {tot}"), sep="\f")
    return pdf_bytes("\n".join(lines).split("\n\f\n"))


def docx_wd_into(doc, m, F, d, banner=True):
    if banner:
        h = doc.add_heading(m["form"], level=1)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in m["head"]:
        c = t.add_row().cells
        c[0].text = k
        c[1].text = v
    doc.add_heading(m["h"]["ga"], level=2)
    doc.add_paragraph(m["ga"])
    if m["ga_alt"]:
        doc.add_paragraph(m["ga_alt"])
    doc.add_heading(m["h"]["org"], level=2)
    doc.add_paragraph(m["org_intro"])
    if d.get("rep_table"):
        lang = m["lang"]
        hdr = ["Position", "Group and level", "FTEs"] if lang != "fr" else ["Poste", "Groupe et niveau", "ETP"]
        rows = [hdr] + [[r["title"], r["classification"] or "", "" if r["fte"] is None else str(r["fte"])] for r in F["reports"]]
        dtable(doc, rows)
    else:
        for r in m["reps"]:
            doc.add_paragraph(r, style="List Bullet")
    doc.add_heading(m["h"]["dims"], level=2)
    dtable(doc, [[k, v] for k, v in m["dims"]])
    doc.add_heading(m["h"]["ns"], level=2)
    for para in m["ns"]:
        doc.add_paragraph(para)
    doc.add_heading(m["h"]["sa"], level=2)
    for s in m["sa"]:
        doc.add_paragraph(s, style="List Number")
    if m["sig"]:
        doc.add_paragraph("")
        dtable(doc, [[role, name, date] for role, name, date in m["sig"]])


def r_docx_wd(p, F, d, ctx):
    m = wd_model(p, F, d, ctx)
    doc = new_docx()
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = f"{DEPT[1 if m['lang'] == 'fr' else 0]}\t\t{'PROTÉGÉ A' if m['lang'] == 'fr' else 'PROTECTED A'}"
    if d.get("draft"):
        doc.add_paragraph("DRAFT – FOR DISCUSSION – NOT APPROVED")
    docx_wd_into(doc, m, F, d)
    return save_docx(doc, F["title"])


# ---------------------------------------------------------------- HR systems and tools

def rnum(p, i):
    return p["num"] * 10 + i + 1


def out_text(lines, d):
    if d["kind"] == "pdf":
        pages = "\n".join(lines).split("\n\f\n")
        return pdf_bytes(pages)
    text = "\n".join(lines) + "\n"
    if d["kind"] == "text-cp1252":
        return text.replace("\n", "\r\n").encode("cp1252")
    return text.encode("utf-8")


LOCCODE = {"ott": "ON0412", "mon": "NB0107", "dar": "NS0233", "stj": "NL0009", "que": "QC0301", "mjo": "QC0377",
           "win": "MB0012", "van": "BC0150", "sid": "BC0188", "bur": "ON0655"}


def r_ps_posdata(p, F, d, ctx):
    """MyGCHR (PeopleSoft) Position Data report, English or French labels."""
    fr = d["lang"] == "fr"
    run = d["run"]
    Lb = (lambda en, f: f if fr else en)
    g, lv = split_cls(F["classification"])
    dept = f"00{p['num'] // 10 * 10:05d}"
    W = 24
    row = lambda k, v: f"{(k + ':').ljust(W)}{v}"
    lines = [
        f"{'MyGCHR':<40}{Lb('Position Data', 'Données du poste'):<44}{Lb('Page 1 of 1', 'Page 1 de 1')}",
        f"{Lb('Report ID', 'ID du rapport')}: DFO_POS_DATA_R01{'':<30}{Lb('Run Date', 'Date d’exécution')}: {fdate(run, 'ps')}",
        f"{'':<62}{Lb('Run Time', 'Heure')}: 08:14:53",
        f"{Lb('Business Unit', 'Unité opérationnelle')}: DFO00 - {F['department']}",
        "",
        row(Lb("Position Number", "Numéro de poste"), F["position_number"]),
        row(Lb("Effective Date", "Date d'effet"), fdate(F["effective_date"], "ps") + f"    {Lb('Status', 'Statut')}: A - {Lb('Active', 'Actif')}"),
        row(Lb("Action/Reason", "Mesure/Motif"), Lb("POS - Position Change / REO - Reorganization", "POS - Modification du poste / REO - Réorganisation")),
        row(Lb("Description", "Description"), d.get("short", F["title"][:30].upper())),
        row(Lb("Long Description", "Description longue"), F["title"]),
    ]
    if d.get("alt_title"):
        lines.append(row(Lb("French Description", "Description anglaise"), F["title_alt"]))
    lines += [
        row(Lb("Department", "Service"), f"{dept} - {d.get('deptname', SECTOR[1 if fr else 0])}"),
        row(Lb("Job Code", "Code d'emploi"), f"{F['job_code']} - {F['title'][:30]}" if F["job_code"] else ""),
        row(Lb("Sal Admin Plan", "Régime salarial"), f"{g}        {Lb('Grade', 'Échelon')}: {lv}"),
        row(Lb("Reg/Temp", "Régulier/Temporaire"), Lb("R - Regular", "R - Régulier") + f"    {Lb('Full/Part', 'Temps plein/partiel')}: {Lb('F - Full-Time', 'P - Plein temps')}"),
        row(Lb("Location", "Emplacement"), f"{LOCCODE[p['loc']]} - {F['location']}"),
        row(Lb("Reports To", "Relève de"), f"{F['sup']['position_number']} - {F['sup']['title']}"),
        row(Lb("Max Head Count", "Effectif maximal"), f"1        FTE: 1.000000    {Lb('Std Hours', 'Heures normales')}: 37.50 {Lb('Weekly', 'Hebdo')}"),
        row(Lb("Language Req", "Exigences ling."), Lb("CBC/CBC - Bilingual Imperative", "CBC/CBC - Bilingue impératif")),
        row(Lb("Security Clearance", "Cote de sécurité"), Lb("S - Secret", "S - Secret")),
        row(Lb("Budgeted Position", "Poste budgété"), Lb("Y", "O")),
        "",
        Lb("Organization Budget (departmental custom fields)", "Budget de l'organisation (champs ministériels)"),
        row(Lb("  Org FTE", "  ETP de l'org."), f"{F['fte']:.2f}"),
        row(Lb("  Salary Budget", "  Budget salarial"), money(F["salary"], "comma_dec") if not fr else money(F["salary"], "fr")),
        row(Lb("  O&M Budget", "  Budget F et E"), money(F["o_and_m"], "comma_dec") if not fr else money(F["o_and_m"], "fr")),
        "",
        Lb("Direct Reports", "Postes subordonnés directs"),
        f"  {'Position':<10}{Lb('Long Description', 'Description longue'):<58}{Lb('Plan', 'Rég.'):<6}{Lb('Grade', 'Éch.'):<6}{Lb('Org FTE', 'ETP org.')}",
    ]
    for i, r in enumerate(F["reports"]):
        rg, rl = split_cls(r["classification"])
        lines.append(f"  {numfmt(rnum(p, i), 'pad8'):<10}{r['title'][:56]:<58}{rg:<6}{rl:<6}{r['fte']:.2f}")
    lines += ["", f"*** {Lb('End of Report', 'Fin du rapport')} ***"]
    return out_text(lines, d)


def r_ps_rel(p, F, d, ctx):
    """PeopleSoft position reporting-relationship (tree) report."""
    sup = BY[p["sup"]]
    sg, sl = split_cls(F["sup"]["classification"])
    g, lv = split_cls(F["classification"])
    lines = [
        "Fisheries and Oceans Canada                      Position Reporting Relationships            DFO_POS_TREE",
        f"As of Date: {fdate(d['run'], 'ora')}                                     Selected Position: {F['position_number']}",
        "",
        f"{'Lvl':<5}{'Position':<11}{'Description':<56}{'Plan':<6}{'Grd':<5}{'Eff Date':<13}{'Org FTE':>8}  Incumbent",
        "-" * 118,
    ]
    sup_name = ctx.person()
    lines.append(f"{'1':<5}{F['sup']['position_number']:<11}{F['sup']['title'][:54]:<56}{sg:<6}{sl:<5}{fdate(D(2019, 6, 17), 'ora'):<13}{'':>8}  {sup_name}")
    inc = ctx.person()
    lines.append(f"{'2 *':<5}{F['position_number']:<11}{F['title'][:54]:<56}{g:<6}{lv:<5}{fdate(F['effective_date'], 'ora'):<13}{F['fte']:>8.1f}  {inc}")
    for i, r in enumerate(F["reports"]):
        rg, rl = split_cls(r["classification"])
        nm = ctx.person() if i % 3 != 2 else "VACANT"
        lines.append(f"{'3':<5}{numfmt(rnum(p, i), 'pad8'):<11}{('  ' + r['title'])[:54]:<56}{rg:<6}{rl:<5}{fdate(F['effective_date'], 'ora'):<13}{r['fte']:>8.1f}  {nm}")
    lines += ["-" * 118, f"Rows: {len(F['reports']) + 2}      * = selected position      Org FTE = funded FTEs of the position's organization, the position included"]
    if d["kind"] == "ocr":
        text = damage("\n".join(lines), d["damage"], p["num"], protect=ctx.people)
        lines = ["[scanned printout]", ""] + text.split("\n") + ["", "Page 1"]
    return out_text(lines, d)


def r_phx_csv(p, F, d, ctx):
    cols = ["POSITION_NBR", "EFFDT", "EFF_STATUS", "DESCR", "DESCRLONG", "DEPTID", "JOBCODE", "SAL_ADMIN_PLAN", "GRADE",
            "REPORTS_TO", "LOCATION", "LOCATION_DESCR", "FTE", "MAX_HEAD_COUNT"]
    g, lv = split_cls(F["classification"])
    def q(v):
        v = str(v)
        return f'"{v}"' if ("," in v or '"' in v) else v
    rows = [cols, [F["position_number"], fdate(F["effective_date"], "us"), "A", F["title"][:30].upper(), F["title"],
                   f"00{p['num'] // 10 * 10:05d}", F["job_code"], g, lv, F["sup"]["position_number"],
                   LOCCODE[p["loc"]], F["location"], "1.000000", "1"]]
    for i, r in enumerate(F["reports"]):
        rg, rl = split_cls(r["classification"])
        rows.append([numfmt(rnum(p, i), "pad8"), fdate(D(2021, 5, 17) if i % 2 else F["effective_date"], "us"), "A",
                     r["title"][:30].upper(), r["title"], f"00{p['num']:05d}", f"2{p['num'] % 1000:03d}{i:02d}", *split_cls(r["classification"]),
                     F["position_number"], LOCCODE[p["loc"]], F["location"], "1.000000", "1"])
    lines = [",".join(q(v) for v in row) for row in rows]
    return out_text(lines, d)


def r_phx_summary(p, F, d, ctx):
    g, lv = split_cls(F["classification"])
    sg, sl = split_cls(F["sup"]["classification"])
    W = 30
    row = lambda k, v: f"{k:<{W}}{v}"
    lines = [
        "Phoenix Pay System / Système de paye Phénix",
        "Position Data Summary                                          Printed: " + fdate(d["run"], "ora") + " 14:02",
        "=" * 86,
        row("Position Number", F["position_number"]),
        row("Position Status", "Approved      Status Date: " + fdate(D(2020, 3, 30), "ora")),
        row("Effective Date", fdate(F["effective_date"], "ora")),
        row("Position Title (E)", F["title"]),
        row("Position Title (F)", F["title_alt"]),
        row("Job Code", f"{F['job_code']}   EXECUTIVE - {F['title'][:24].upper()}"),
        row("Salary Plan / Grade", f"{g} / {lv}      Step: 0"),
        row("Union Code", "XX - Unrepresented"),
        row("Department / Dept ID", f"DFO - {F['department']} / 00{p['num'] // 10 * 10:05d}"),
        row("Work Location", f"{LOCCODE[p['loc']]} {F['location'].upper()}"),
        row("Reports To Position", F["sup"]["position_number"]),
        row("Reports To Title", F["sup"]["title"]),
        row("Reports To Salary Plan/Grade", f"{sg} / {sl}"),
        row("Incumbent", ctx.person()),
        row("Incumbent Pay Rate (annual)", "$167,421.00"),
        row("Standard Hours", "37.50"),
        row("FTE", "1.00"),
        "=" * 86,
        "Protected B when completed / Protégé B une fois rempli",
    ]
    return out_text(lines, d)


def cdr_fields(F, d, fr):
    prev = d["prev"]
    if fr:
        return [("Numéro du poste", F["position_number"]), ("Titre du poste", F["title"]),
                ("Code d'emploi", F["job_code"]), ("Classification antérieure", prev["cls"] + " – " + prev["title"]),
                ("Décision de classification", F["classification"]),
                ("Date d'entrée en vigueur de la décision", fdate(F["effective_date"], "fr")),
                ("Date de la décision", fdate(d["decided"], "fr")),
                ("Motif de la demande", d["why"]),
                ("Méthode d'évaluation", "Plan d'évaluation des postes de la direction (Hay)"),
                ("Cotation", d["hay"])]
    return [("Position number", F["position_number"]), ("Position title", F["title"]), ("Job code", F["job_code"]),
            ("Previous classification", prev["cls"] + " – " + prev["title"]),
            ("Classification decision", F["classification"]),
            ("Effective date of decision", fdate(F["effective_date"], d.get("datefmt", "long"))),
            ("Date of decision", fdate(d["decided"], d.get("datefmt", "long"))),
            ("Reason for request", d["why"]),
            ("Evaluation method", "Executive Group Position Evaluation Plan (Hay)"),
            ("Rating", d["hay"])]


def r_cdr_docx(p, F, d, ctx):
    fr = d["lang"] == "fr"
    doc = new_docx()
    doc.add_heading("RAPPORT DE DÉCISION DE CLASSIFICATION" if fr else "CLASSIFICATION DECISION RECORD", level=1)
    doc.add_paragraph(("Pêches et Océans Canada – Ressources humaines, Classification de la direction" if fr else
                       "Fisheries and Oceans Canada – Human Resources, Executive Classification"))
    dtable(doc, [[k, v] for k, v in cdr_fields(F, d, fr)])
    doc.add_paragraph("")
    adv, dh = ctx.person(), ctx.person()
    dtable(doc, [["Conseillère en classification" if fr else "Classification advisor", adv, fdate(d["decided"] - dt.timedelta(days=8), "fr" if fr else "long")],
                 ["Délégataire (DG, Ressources humaines)" if fr else "Delegated manager (DG, Human Resources)", dh, fdate(d["decided"], "fr" if fr else "long")]])
    doc.add_page_break()
    doc.add_heading("Pièce jointe A – Description de travail" if fr else "Attachment A – Work description", level=1)
    m = wd_model(p, F, dict(d, nosig=True), ctx)
    docx_wd_into(doc, m, F, d, banner=False)
    return save_docx(doc, "CDR " + F["position_number"])


def r_cdr_pdf(p, F, d, ctx):
    lines = ["CLASSIFICATION DECISION RECORD / FICHE DE DÉCISION DE CLASSIFICATION", "",
             "Fisheries and Oceans Canada / Pêches et Océans Canada", ""]
    labels_fr = {"Position number": "Numéro du poste", "Position title": "Titre du poste", "Job code": "Code d'emploi",
                 "Previous classification": "Classification antérieure", "Classification decision": "Décision",
                 "Effective date of decision": "Date d'entrée en vigueur", "Date of decision": "Date de la décision",
                 "Reason for request": "Motif", "Evaluation method": "Méthode", "Rating": "Cotation"}
    for k, v in cdr_fields(F, d, False):
        lines.append(f"{k} / {labels_fr[k]}:")
        lines.append(f"    {v}")
    adv, dh = ctx.person(), ctx.person()
    lines += ["", f"Classification advisor / Conseiller en classification: {adv}",
              f"Delegated manager / Gestionnaire délégué: {dh}     {fdate(d['decided'], d.get('datefmt', 'long'))}", "", "\f",
              "ATTACHMENT A – WORK DESCRIPTION / PIÈCE JOINTE A – DESCRIPTION DE TRAVAIL", ""]
    m = wd_model(p, F, dict(d, nosig=True), ctx)
    lines += wd_text_lines(m, width=92)
    pages = []
    cur = []
    for ln in lines:
        if ln == "\f" or len(cur) >= 54:
            pages.append("\n".join(cur))
            cur = []
            if ln == "\f":
                continue
        cur.append(ln)
    pages.append("\n".join(cur))
    return pdf_bytes(pages)


def saf_fields(F, d, fr):
    cand = d["cand"]
    if fr:
        return [("SECTION A – RENSEIGNEMENTS SUR LE POSTE", None),
                ("Numéro du poste", F["position_number"]), ("Titre du poste", F["title"]),
                ("Groupe et niveau", F["classification"]), ("Code d'emploi", F["job_code"]),
                ("Lieu de travail", F["location"]), ("Poste du superviseur", f"{F['sup']['position_number']} – {F['sup']['title']} ({F['sup']['classification']})"),
                ("SECTION B – MESURE DEMANDÉE", None),
                ("Type de mesure", "Nomination intérimaire de plus de quatre mois"),
                ("Personne proposée", cand), ("Date de début proposée", fdate(d["start"], "fr")),
                ("Date de fin", fdate(d["start"] + dt.timedelta(days=180), "fr")),
                ("Échelle salariale EX", "de 157 600 $ à 185 400 $"),
                ("Centre de coûts", f"{p_cc(F)}"),
                ("SECTION C – DESCRIPTION DE TRAVAIL", None),
                ("Description de travail jointe", "Oui – voir ci-dessous (la description de travail en vigueur)")]
    return [("SECTION A – POSITION INFORMATION", None),
            ("Position number", F["position_number"]), ("Position title", F["title"]),
            ("Group and level", F["classification"]), ("Job code", F["job_code"]), ("Work location", F["location"]),
            ("Supervisor's position", f"{F['sup']['position_number']} – {F['sup']['title']} ({F['sup']['classification']})"),
            ("SECTION B – ACTION REQUESTED", None),
            ("Type of action", "Indeterminate appointment from an EX-01 pool"),
            ("Proposed appointee", cand), ("Proposed start date", fdate(d["start"], "long")),
            ("EX salary range", "$157,600 to $185,400"),
            ("Cost centre", p_cc(F)),
            ("SECTION C – WORK DESCRIPTION", None),
            ("Work description attached", "Yes – see below (the current work description)")]


def p_cc(F):
    return "C" + F["position_number"][-4:] + "10"


def r_saf_pdf(p, F, d, ctx):
    d["cand"] = ctx.person()
    lines = ["STAFFING ACTION REQUEST – EXECUTIVE GROUP (EX)", "Fisheries and Oceans Canada – Executive Resourcing", ""]
    for k, v in saf_fields(F, d, False):
        lines.append(k if v is None else f"  {k}: {v}")
    req = ctx.person()
    lines += ["", f"  Requested by: {req}, {F['sup']['title']}   Date: {fdate(d['start'] - dt.timedelta(days=40), 'long')}", "\f"]
    m = wd_model(p, F, d, ctx)
    lines += wd_text_lines(m, width=92)
    pages, cur = [], []
    for ln in lines:
        if ln == "\f" or len(cur) >= 54:
            pages.append("\n".join(cur))
            cur = []
            if ln == "\f":
                continue
        cur.append(ln)
    pages.append("\n".join(cur))
    return pdf_bytes(pages)


def r_saf_docx(p, F, d, ctx):
    d["cand"] = ctx.person()
    doc = new_docx()
    doc.add_heading("DEMANDE DE MESURE DE DOTATION – GROUPE DE LA DIRECTION (EX)", level=1)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in saf_fields(F, d, True):
        c = t.add_row().cells
        if v is None:
            a = c[0].merge(c[1])
            a.text = k
        else:
            c[0].text = k
            c[1].text = v
    req = ctx.person()
    doc.add_paragraph(f"Demandé par : {req}, {F['sup']['title']} – {fdate(d['start'] - dt.timedelta(days=35), 'fr')}")
    doc.add_page_break()
    m = wd_model(p, F, d, ctx)
    docx_wd_into(doc, m, F, d)
    return save_docx(doc, "Demande de dotation")


def r_sap(p, F, d, ctx):
    g, lv = split_cls(F["classification"])
    sup = F["sup"]
    lines = [
        "SAP Organizational Management  -  Display Position (PO13)            Client 300   User HRDATA07",
        f"Plan version   01  Current plan            Key date {fdate(d['run'], 'sap')}",
        "",
        f"Position       S {F['position_number']}   {F['title'][:40]}",
        f"Validity       {fdate(F['effective_date'], 'sap')} - 31.12.9999",
        "",
        "Infotype 1000  Object",
        f"  Object abbr.   RD-EM-{p['num'] % 100:02d}",
        f"  Object name    {F['title']}",
        "Infotype 1001  Relationships",
        f"  A 002  Reports (line) to          S {sup['position_number']}  {sup['title']}",
        f"  A 003  Belongs to                 O 1{p['num']:07d}  Ecosystems Management – {F['location'].split(',')[0]}",
        f"  A 008  Holder                     P 0{p['num'] * 3 + 7:07d}  {ctx.person()}",
    ]
    for i, r in enumerate(F["reports"]):
        rg, rl = split_cls(r["classification"])
        lines.append(f"  B 002  Is line supervisor of      S {numfmt(rnum(p, i), 'sap')}  {r['title'][:44]:<46}PS grp {rg} {rl}   FTE {r['fte']:.2f}")
    lines += [
        "Infotype 1005  Planned compensation",
        f"  Pay scale type 01 EX   Pay scale area 01   Group {g}   Level {lv}",
        "Infotype 1008  Account assignment",
        f"  Company code 3000   Business area 31{p['num'] % 100:02d}   Cost centre 31{p['num']:06d}",
        "Infotype 1018  Cost distribution     100.00 %  fund 1000",
        "Infotype 1028  Address",
        f"  {F['location']}",
        "Infotype 9001  Work description (DFO)",
        f"  WD job code    {F['job_code']}",
        f"  WD effective   {fdate(F['effective_date'], 'sap')}",
        f"  Unit FTE       {F['fte']:.2f}",
        f"  Salary budget  {money(F['salary'], 'sap')} CAD",
        f"  O&M budget     {money(F['o_and_m'], 'sap')} CAD",
        f"  Total          {money(F['total'], 'sap')} CAD",
    ]
    return out_text(lines, d)


def r_orgplus_txt(p, F, d, ctx):
    """OrgPlus export to tab-delimited text: the chart's root is the position, its manager shown above."""
    hdr = ["Level", "Box Type", "Name", "Title", "Position ID", "Classification", "FTE (org)", "Location",
           "Salary Budget", "O&M Budget", "Reports To ID"]
    rows = [hdr,
            ["0", "Manager (off-chart)", ctx.person(), F["sup"]["title"], F["sup"]["position_number"],
             F["sup"]["classification"], "", "", "", "", ""],
            ["1", "Root", ctx.person(), F["title"], F["position_number"], F["classification"], str(F["fte"]),
             F["location"], money(F["salary"], "comma"), money(F["o_and_m"], "comma"), F["sup"]["position_number"]]]
    for i, r in enumerate(F["reports"]):
        rows.append(["2", "Subordinate", ctx.person() if i != 1 else "Vacant", r["title"], str(rnum(p, i)),
                     r["classification"], str(r["fte"]), F["location"], "", "", F["position_number"]])
    lines = ["OrgPlus Professional 12 - Chart data export", f"Chart: {F['title']} – {d['chart']}",
             f"Export date: {fdate(d['run'], 'us')}", ""] + ["\t".join(r) for r in rows]
    return out_text(lines, d)


def r_orgplus_pdf(p, F, d, ctx):
    """An OrgPlus chart printed to PDF: boxes as positioned lines, manager above, reports in a row of boxes."""
    def box(lines_):
        w = max(len(x) for x in lines_) + 2
        return ["+" + "-" * w + "+"] + ["| " + x.ljust(w - 1) + "|" for x in lines_] + ["+" + "-" * w + "+"]
    out = [f"{F['title']} – Organization Chart", f"Effective {fdate(F['effective_date'], 'dmy')}        Prepared with OrgPlus", ""]
    sb = box([F["sup"]["title"], F["sup"]["classification"]])
    out += ["                    " + x for x in sb] + ["                                 |"]
    rb = box([F["title"], f"{F['classification']}  #{F['position_number']}", ctx.person(), f"FTEs: {F['fte']}",
              f"Salary: {money(F['salary'], 'M')}  O&M: {money(F['o_and_m'], 'M')}"])
    out += ["                    " + x for x in rb] + ["                                 |"]
    boxes = []
    for r in F["reports"]:
        t = r["title"]
        parts = wrap(t, 26)
        boxes.append(box(parts + [r["classification"], f"{r['fte']} FTEs"]))
    for i in range(0, len(boxes), 3):
        grp = boxes[i:i + 3]
        h = max(len(b) for b in grp)
        w = [len(b[0]) for b in grp]
        for j in range(h):
            out.append("  ".join((b[j] if j < len(b) else "").ljust(w[k]) for k, b in enumerate(grp)).rstrip())
        out.append("")
    out.append(f"Page 1 of 1    Printed {fdate(d['run'], 'dmy')}")
    return pdf_bytes(["\n".join(out)])


def r_wiki_md(p, F, d, ctx):
    fr = d["lang"] == "fr"
    ed = ctx.person()
    if fr:
        L = [f"# Poste : {F['title']}", "",
             f"> Dernière modification par {ed} le {fdate(d['run'], 'fr')} · Espace : Secteur des écosystèmes aquatiques › Organisation", "",
             "| Champ | Valeur |", "|---|---|",
             f"| Numéro de poste | {F['position_number']} |", f"| Classification | {F['classification']} |",
             f"| Code d'emploi | {F['job_code']} |", f"| En vigueur depuis | {fdate(F['effective_date'], 'fr')} |",
             f"| Relève de | {F['sup']['title']} ({F['sup']['classification']}) – poste {F['sup']['position_number']} |",
             f"| Lieu | {F['location']} |", f"| ETP | {F['fte']} |",
             f"| Budget | Salaires {money(F['salary'], 'frM')} · F et E {money(F['o_and_m'], 'frM')} |", "",
             "## Équipe", ""]
        L += [f"- **{r['title']}** — {r['classification']}, {r['fte']} ETP" for r in F["reports"]]
        L += ["", "## Mandat", "", texts.GA_FR[0].format(t=F["title"], s=p["subj_fr"], sup=F["sup"]["title"]), "",
              "## Pages liées", "", "- [Description de travail signée (GCdocs)](#)", "- [Organigramme du secteur](#)", ""]
    else:
        L = [f"# Position: {F['title']}", "",
             f"_Last edited by {ed} on {fdate(d['run'], 'abbr')} · Space: Aquatic Ecosystems Sector › Org Design_", "",
             "| Field | Value |", "|---|---|",
             f"| Position # | {F['position_number']} |", f"| Group/level | {F['classification']} |",
             f"| Job code | {F['job_code']} |", f"| WD effective | {fdate(F['effective_date'], 'iso')} |",
             f"| Reports to | {F['sup']['title']} ({F['sup']['classification']}, #{F['sup']['position_number']}) |",
             f"| Location | {F['location']} |", f"| FTEs | {F['fte']} |",
             f"| Salary | {money(F['salary'], 'M')} |", f"| O&M | {money(F['o_and_m'], 'M')} |",
             f"| Total | {money(F['total'], 'M')} |", "",
             "## Team", "", "| Unit lead | Level | FTEs |", "|---|---|---|"]
        L += [f"| {r['title']} | {r['classification']} | {r['fte']} |" for r in F["reports"]]
        L += ["", "## Mandate", "", texts.GA_EN[0].format(t=F["title"], s=p["subj_en"], sup=F["sup"]["title"]), "",
              "## History", "", f"- {fdate(D(2019, 9, 3), 'iso')}: position created (EX-01), 3 units", "",
              "## Related", "", "- [Signed work description (GCdocs)](#)", ""]
    return ("\n".join(L) + "\n").encode("utf-8")


def r_wb_csv(p, F, d, ctx):
    sep = d.get("sep", ",")
    def q(v):
        v = "" if v is None else str(v)
        return f'"{v}"' if (sep in v or '"' in v) else v
    rows = [["Position profile – " + SECTOR[0]], [],
            ["Field", "Value", "Notes"],
            ["Title", F["title"], ""], ["Position #", F["position_number"], "per MyGCHR"],
            ["Group & level", F["classification"], ""], ["Job code", F["job_code"], ""],
            ["WD effective date", fdate(F["effective_date"], d.get("datefmt", "iso")), ""],
            ["Location", F["location"], ""],
            ["Reports to (title)", F["sup"]["title"], ""], ["Reports to (pos #)", F["sup"]["position_number"], ""],
            ["Reports to (level)", F["sup"]["classification"], ""],
            ["FTEs", str(F["fte"]), "incl. director"],
            ["Salary", money(F["salary"], d.get("money", "comma")), "FY budget"],
            ["O&M", money(F["o_and_m"], d.get("money", "comma")), ""],
            ["Total", money(F["total"], d.get("money", "comma")) if F["total"] is not None else "", ""],
            [], ["Direct reports"], ["Title", "Level", "FTEs"]]
    rows += [[r["title"], r["classification"], str(r["fte"])] for r in F["reports"]]
    rows += [["Total FTEs in direct reports", "", str(sum(r["fte"] for r in F["reports"]))], [],
             ["Prepared by", ctx.person(), fdate(d["run"], "iso")]]
    lines = [sep.join(q(v) for v in r) for r in rows]
    return out_text(lines, d)


def r_wb_pdf(p, F, d, ctx):
    rows = [["Field", "Value"], ["Title", F["title"]], ["Position #", F["position_number"]],
            ["Group & level", F["classification"]], ["Job code", F["job_code"]],
            ["WD effective date", fdate(F["effective_date"], "dmy")], ["Location", F["location"]],
            ["Reports to", f"{F['sup']['title']} ({F['sup']['classification']})"],
            ["Reports to pos #", F["sup"]["position_number"]], ["FTEs", str(F["fte"])],
            ["Salary", money(F["salary"], "K")], ["O&M", money(F["o_and_m"], "K")], ["Total", money(F["total"], "K")]]
    out = ["Fish Passage Standards – position sheet                                   Sheet: Position", ""]
    for k, v in rows:
        out.append(f"{k:<22}{v}")
    out += ["", "Direct reports", f"{'Title':<52}{'Level':<12}{'FTEs':>5}"]
    for r in F["reports"]:
        out.append(f"{r['title']:<52}{r['classification']:<12}{r['fte']:>5}")
    out += [f"{'Sum':<64}{sum(r['fte'] for r in F['reports']):>5}", "", f"Updated {fdate(d['run'], 'dmy')} by {ctx.person()}",
            "", "H:\\AES\\FFHPP\\Org\\Positions FY2023-24.xlsx                                   Page 1"]
    return pdf_bytes(["\n".join(out)])


def r_visio_txt(p, F, d, ctx):
    """Visio organization chart: Reports > Shape data report, saved as text."""
    cols = ["Name", "Title", "Position Number", "Classification", "FTE", "Department", "Reports To"]
    rows = [[ctx.person(), F["sup"]["title"], "", F["sup"]["classification"], "", SECTOR[0], ""],
            [ctx.person(), F["title"], F["position_number"], F["classification"], str(F["fte"]), F["location"], F["sup"]["title"]]]
    for r in F["reports"]:
        rows.append([ctx.person(), r["title"], "", r["classification"], str(r["fte"]), F["location"], F["title"]])
    w = [max(len(r[i]) for r in rows + [cols]) + 2 for i in range(len(cols))]
    lines = [f"Organization Chart Data – {F['title']}", f"Report: Organization Chart Shape Data     Drawing: {d['drawing']}",
             f"Date: {fdate(d['run'], 'long')}", ""]
    lines.append("".join(c.ljust(w[i]) for i, c in enumerate(cols)).rstrip())
    for r in rows:
        lines.append("".join(c.ljust(w[i]) for i, c in enumerate(r)).rstrip())
    return out_text(lines, d)


def r_ppt_txt(p, F, d, ctx):
    """A PowerPoint org chart saved as outline (RTF -> text): slide titles, then indented boxes."""
    lines = [f"Major Projects East – Structure {d['fy']}", "Presented to the Executive Director, Regulatory Reviews and Major Projects", "",
             f"Current structure (effective {fdate(F['effective_date'], 'long')})",
             f"\t{F['sup']['title']} ({F['sup']['classification']})",
             f"\t\t{F['title']}",
             f"\t\t{F['classification']} · Position {F['position_number']} · {F['fte']} FTE · {F['location']}",
             f"\t\tBudget: Salary {money(F['salary'], 'M')} | O&M {money(F['o_and_m'], 'M')} | Total {money(F['total'], 'M')}"]
    for r in F["reports"]:
        lines.append(f"\t\t\t{r['title']} – {r['classification']} – {r['fte']} FTE")
    lines += ["", "Next steps", "\tConfirm classification of the new Manager position with HR (Q3)", "\tUpdate MyGCHR reporting relationships", ""]
    return out_text(lines, d)


# ---------------------------------------------------------------- documents to refuse

def x_memo(d, ctx):
    doc = new_docx()
    doc.add_heading("MEMORANDUM / NOTE DE SERVICE", level=1)
    to, fr_, cc = ctx.person(), ctx.person(), ctx.person()
    dtable(doc, [["TO / DESTINATAIRE", f"{to}, Assistant Deputy Minister, Aquatic Ecosystems"],
                 ["FROM / EXPÉDITEUR", f"{fr_}, Director, Sector Planning and Business Management"],
                 ["CC", cc], ["DATE", "October 16, 2023"],
                 ["SUBJECT / OBJET", "Organization design review of the Aquatic Ecosystems Sector – results and next steps"]])
    doc.add_heading("Purpose", level=2)
    doc.add_paragraph("To inform you of the results of the organization design review launched in June 2023 and to seek "
                      "your approval of the proposed changes to executive positions before work descriptions are "
                      "updated and submitted for classification.")
    doc.add_heading("Proposed changes", level=2)
    dtable(doc, [["Position", "Current title", "Current level", "Proposed level", "FTEs"],
                 ["00031201", "Director, Species at Risk Policy", "EX-01", "EX-02", "41"],
                 ["00031213", "Director, Regulatory Review Systems", "EX-01", "EX-01", "33"],
                 ["NEW", "Director, Arctic Ecosystems Programs", "–", "EX-01", "18"]])
    doc.add_heading("Next steps", level=2)
    doc.add_paragraph("Work descriptions will be revised by the responsible directors general and submitted to Executive "
                      "Classification by December 1, 2023. The Sector's staffing table will be updated once decisions are received.")
    doc.add_paragraph(f"{fr_}")
    return save_docx(doc, "Memo org design review")


def x_staffing_csv(d, ctx):
    rows = [["Sector staffing table FY2023-24", "", "", "", "", "", ""],
            ["Position #", "Title", "Group/Level", "Reports to #", "Incumbent", "Status", "FTEs"]]
    for key in ["dg1", "dg2", "dg3", "dg4", "ed1", "ed2", "d_plan", "d_pol", "d_data", "h_pol", "h_prog", "mm", "ais", "csas", "iml"]:
        p = BY[key]
        rows.append([f"{p['num']:08d}", p["title_en"], p["cls"], f"{BY[p['sup']]['num']:08d}", ctx.person(),
                     "Filled" if p["num"] % 3 else "Acting", str(p["fte"])])
    rows.append(["", "TOTAL", "", "", "", "", str(sum(int(r[6]) for r in rows[2:]))])
    def q(v):
        return f'"{v}"' if "," in v else v
    return ("\n".join(",".join(q(v) for v in r) for r in rows) + "\n").encode("utf-8")


def x_blank_pdf(d, ctx):
    return pdf_bytes(["", ""])


def x_minutes(d, ctx):
    pres, sec, m1, m2 = ctx.person(), ctx.person(), ctx.person(), ctx.person()
    L = ["PROCÈS-VERBAL", "Comité de revue de la classification de la direction – Pêches et Océans Canada",
         "Réunion du 3 octobre 2022, 13 h 30, salle 12E-200 et Teams", "",
         f"Présents : {pres} (présidente), {m1}, {m2}", f"Secrétaire : {sec}", "",
         "1. Adoption de l’ordre du jour", "   L’ordre du jour est adopté sans modification.", "",
         "2. Dossiers examinés",
         "   2.1 Poste 31201 – Directeur exécutif, Politique sur les espèces en péril : le comité recommande EX-02",
         "       (auparavant EX-01, Directeur, Politique sur les espèces en péril). Entrée en vigueur proposée : 12 septembre 2022.",
         "   2.2 Poste 31402 – Directeur, Sciences de l’Institut des eaux douces : classification EX-01 confirmée.",
         "   2.3 Poste 31406 – Directeur, Données scientifiques océaniques : reporté, information manquante sur les ETP.", "",
         "3. Divers", "   Le prochain calendrier des réunions sera diffusé par le secrétariat.", "",
         "Levée de la séance à 15 h 05.", "", f"{sec}, secrétaire du comité"]
    return ("\r\n".join(L) + "\r\n").encode("cp1252")


def x_sector_chart(d, ctx):
    L = ["Aquatic Ecosystems Sector / Secteur des écosystèmes aquatiques – Organization Chart 2023", "",
         f"                         {BY['adm']['title_en']} (EX-05)", f"                         {ctx.person()}", ""]
    for key in ["dg1", "dg2", "dg3", "dg4", "d_plan", "d_pol", "d_data"]:
        p = BY[key]
        L.append(f"   [{p['title_en']} ({p['cls']}) – {ctx.person()}]")
        for q in BY.values():
            if q.get("sup") == key:
                L.append(f"        - {q['title_en']} ({q['cls']})")
    L += ["", "Source: Visio master org chart, Sector Planning and Business Management, 2023-05-01"]
    return pdf_bytes(["\n".join(L[:45]), "\n".join(L[45:])])


# ---------------------------------------------------------------- the folder

def older(n_reports, factor, om, fte_cut, **extra):
    """Over-rides for an older version: fewer reports, smaller figures."""
    def fn(F):
        F["reports"] = F["reports"][:n_reports]
        F["fte"] = sum(r["fte"] for r in F["reports"]) + 1 + fte_cut
        F["salary"] = int(round(F["fte"] * factor, -4))
        F["o_and_m"] = om
        F["total"] = F["salary"] + F["o_and_m"]
        for k, v in extra.items():
            F[k] = v
    return fn


DOCS = [
    # ordinary work descriptions
    dict(file="DG Fish and Fish Habitat Protection - EX-03 - WD 2021.docx", kind="docx", lang="en", pos="dg1", r=r_docx_wd, date=D(2021, 6, 14), rep_table=True, also={"form": "EX work description, Word tables"}),
    dict(file="Work description - DG Species at Risk (signed).pdf", kind="pdf", lang="en", pos="dg2", r=r_pdf_wd, date=D(2020, 11, 23), money="M", datefmt="dmy"),
    dict(file="scan0042_DG Atlantic Ops.txt", kind="ocr", lang="en", pos="dg3", r=r_ocr_wd, date=D(2019, 3, 18), rep="dash", damage="mid", also={"damage": "mid"}),
    dict(file="DG Aquatic Ecosystems Science.md", kind="markdown", lang="en", pos="dg4", r=r_md_wd, date=D(2022, 2, 7), money="million", omit=["total"]),
    dict(file="ED Regulatory Reviews & Major Projects_FINAL.docx", kind="docx", lang="en", pos="ed1", r=r_docx_wd, date=D(2021, 9, 13)),
    dict(file="DÉ Cibles de conservation marine – ED Marine Conservation Targets.txt", kind="text-cp1252", lang="bilingual", pos="ed2", r=r_text_wd, date=D(2022, 4, 19), datefmt="iso", money="comma"),
    dict(file="Director, Habitat Restoration Programs.docx", kind="docx", lang="en", pos="h_rest", r=r_docx_wd, date=D(2020, 5, 19), datefmt="abbr", ctx="h_rest",
         versions=dict(documents=["Director, Habitat Restoration Programs.docx", "Director, Habitat Restoration Programs - signed.pdf"], newest="Director, Habitat Restoration Programs - signed.pdf", same_text=True, note="the signed PDF export of the Word file")),
    dict(file="Director, Habitat Restoration Programs - signed.pdf", kind="pdf", lang="en", pos="h_rest", r=r_pdf_wd, date=D(2020, 5, 19), datefmt="abbr", ctx="h_rest", running=False,
         versions=dict(documents=["Director, Habitat Restoration Programs.docx", "Director, Habitat Restoration Programs - signed.pdf"], newest="Director, Habitat Restoration Programs - signed.pdf", same_text=True, note="the signed PDF export of the Word file")),
    dict(file="SAR Policy Director 2017 scan.txt", kind="ocr", lang="en", pos="sar_pol", r=r_ocr_wd, date=D(2017, 8, 21), damage="heavy", wrapper=True,
         over=dict(title="Director, Species at Risk Policy", title_alt="Directeur, Politique sur les espèces en péril", classification="EX-01"),
         fn=older(3, 101000, 150000, 1), also={"damage": "heavy"},
         versions=dict(documents=["SAR Policy Director 2017 scan.txt", "Classification decision record - ED Species at Risk Policy 2022.docx"], newest="Classification decision record - ED Species at Risk Policy 2022.docx", same_text=False, note="2017 Director (EX-01), 3 units; 2022 reclassified Executive Director (EX-02), 4 units and larger figures")),
    dict(file="DRAFT - Director AIS Program WD (1).docx", kind="docx", lang="en", pos="ais", r=r_docx_wd, date=None, nodate="Upon approval", draft=True, omit=["job_code", "total"],
         fn=older(3, 99000, 420000, 0),
         versions=dict(documents=["DRAFT - Director AIS Program WD (1).docx", "Director, Aquatic Invasive Species Program - FINAL.pdf"], newest="Director, Aquatic Invasive Species Program - FINAL.pdf", same_text=False, note="the draft has no date, job code or total, three units; the final adds Sea Lamprey Control")),
    dict(file="Director, Aquatic Invasive Species Program - FINAL.pdf", kind="pdf", lang="en", pos="ais", r=r_pdf_wd, date=D(2021, 3, 15), datefmt="long",
         versions=dict(documents=["DRAFT - Director AIS Program WD (1).docx", "Director, Aquatic Invasive Species Program - FINAL.pdf"], newest="Director, Aquatic Invasive Species Program - FINAL.pdf", same_text=False, note="the draft has no date, job code or total, three units; the final adds Sea Lamprey Control")),
    dict(file="DR Gestion des écosystèmes, Québec (2017).txt", kind="text-cp1252", lang="fr", pos="rd_qc", r=r_text_wd, date=D(2017, 10, 2), fn=older(3, 97000, 310000, 2),
         versions=dict(documents=["DR Gestion des écosystèmes, Québec (2017).txt", "Rapport données du poste 00031304.txt"], newest="Rapport données du poste 00031304.txt", same_text=False, note="2017 work description, three units; the 2022 MyGCHR report adds Aquatic Invasive Species, larger figures, padded numbers")),
    dict(file="Directeur, Sciences IML - description de travail.docx", kind="docx", lang="fr", pos="iml", r=r_docx_wd, date=D(2023, 1, 16), rep_table=True),
    dict(file="Marine Mammal Protection_Director_scan.txt", kind="ocr-columns", lang="en", pos="mm", r=r_ocrcol_wd, date=D(2018, 7, 23), datefmt="dmy", money="M", damage="mid", also={"damage": "mid", "layout": "two columns read across"}),
    dict(file="DR Golfe - numérisé.txt", kind="ocr", lang="fr", pos="rd_gulf", r=r_ocr_wd, date=D(2020, 2, 24), damage="light", also={"damage": "light"}),
    dict(file="Director Aquatic Contaminants Research, EX-01.pdf", kind="pdf", lang="en", pos="contam", r=r_pdf_wd, date=D(2022, 8, 29), money="K", omit=["total"]),
    dict(file="director_ecosystem_stressors_wd.txt", kind="text", lang="en", pos="stress", r=r_text_wd, date=D(2023, 5, 15), datefmt="iso", running=True),
    dict(file="Directrice, Politique et normes sur l'habitat du poisson.md", kind="markdown", lang="fr", pos="h_pol", r=r_md_wd, date=D(2021, 11, 22), money="frM"),
    dict(file="Major Projects West - Director (scanned 2019).txt", kind="ocr", lang="en", pos="mp_w", r=r_ocr_wd, date=D(2019, 5, 13), damage="light", omit=["sup.position_number"], also={"damage": "light"}),
    dict(file="CSAS Director WD EN-FR.txt", kind="text", lang="bilingual", pos="csas", r=r_text_wd, date=D(2020, 9, 14), datefmt="iso"),
    dict(file="Directeur, Programmes autochtones EP.pdf", kind="pdf", lang="fr", pos="sar_ind", r=r_pdf_wd, date=D(2022, 6, 20)),
    dict(file="OECM director WD.txt", kind="ocr", lang="en", pos="oecm", r=r_ocr_wd, date=D(2021, 1, 25), rep="colon", damage="mid", also={"damage": "mid"}),
    # HR systems and tools
    dict(file="MyGCHR_Position_Data_00031102.txt", kind="text", lang="en", pos="h_prog", r=r_ps_posdata, numfmt="pad8", date=D(2023, 4, 17), run=D(2023, 11, 14), omit=["total", "sup.classification"], short="DIR PROG DELIVERY OVERSIGHT", also={"form": "MyGCHR Position Data report"}),
    dict(file="Rapport données du poste 00031304.txt", kind="text", lang="fr", pos="rd_qc", r=r_ps_posdata, numfmt="pad8", date=D(2022, 5, 30), run=D(2022, 6, 21), omit=["total", "sup.classification"], short="DR GEST ECOSYST QC", alt_title=True, also={"form": "MyGCHR Position Data report, French labels"},
         versions=dict(documents=["DR Gestion des écosystèmes, Québec (2017).txt", "Rapport données du poste 00031304.txt"], newest="Rapport données du poste 00031304.txt", same_text=False, note="2017 work description, three units; the 2022 MyGCHR report adds Aquatic Invasive Species, larger figures, padded numbers")),
    dict(file="Position Data Report - 00031104.pdf", kind="pdf", lang="en", pos="h_comp", r=r_ps_posdata, numfmt="pad8", date=D(2022, 3, 14), run=D(2024, 1, 9), omit=["total", "sup.classification"], short="DIR FA COMPLIANCE PARTNERSHIP", also={"form": "MyGCHR Position Data report printed to PDF"}),
    dict(file="Position Reporting Relationships - MPA Network.txt", kind="text", lang="en", pos="mpa", r=r_ps_rel, numfmt="pad8", date=D(2021, 8, 16), run=D(2023, 2, 20), omit=["job_code", "salary", "o_and_m", "total", "location"], also={"form": "PeopleSoft reporting-relationship tree"}),
    dict(file="POS_RPT_REL_31302.pdf", kind="pdf", lang="en", pos="rd_mar", r=r_ps_rel, numfmt="pad8", date=D(2020, 10, 19), run=D(2022, 9, 26), omit=["job_code", "salary", "o_and_m", "total", "location"], also={"form": "PeopleSoft reporting-relationship tree printed to PDF"}),
    dict(file="PHX_POSN_EXTRACT_00031213 and reports.csv", kind="text-cp1252", lang="en", pos="rr_sys", r=r_phx_csv, numfmt="pad8", date=D(2022, 11, 21), omit=["salary", "o_and_m", "total", "sup.title", "sup.classification", "reports.fte", "fte"], also={"form": "Phoenix position query, CSV: the first row is the position, the others report to it", "position_fte_column": "1.000000 is each position's own FTE, not a unit's"}),
    dict(file="Phoenix - Position Summary - Impact Assessment Coordination.txt", kind="text", lang="en", pos="ia", r=r_phx_summary, numfmt="pad8", date=D(2021, 2, 15), run=D(2023, 6, 27), omit=["salary", "o_and_m", "total", "reports", "fte"], title_fr_stated=True, also={"form": "Phoenix Position Data Summary", "trap": "Incumbent Pay Rate is a person's pay, not the unit's salary"}),
    dict(file="Classification decision record - ED Species at Risk Policy 2022.docx", kind="docx", lang="en", pos="sar_pol", r=r_cdr_docx, date=D(2022, 9, 12), decided=D(2022, 10, 4),
         prev=dict(cls="EX-01", title="Director, Species at Risk Policy"), why="Reorganization – addition of the Socio-economic Analysis unit", hay="1 056 points",
         also={"form": "classification decision record with the work description attached", "previous_classification": "EX-01"},
         versions=dict(documents=["SAR Policy Director 2017 scan.txt", "Classification decision record - ED Species at Risk Policy 2022.docx"], newest="Classification decision record - ED Species at Risk Policy 2022.docx", same_text=False, note="2017 Director (EX-01), 3 units; 2022 reclassified Executive Director (EX-02), 4 units and larger figures")),
    dict(file="Rapport de décision de classification - Directeur IFE.docx", kind="docx", lang="fr", pos="fwi", r=r_cdr_docx, date=D(2022, 9, 26), decided=D(2022, 10, 5),
         prev=dict(cls="EX-01", title="Directeur, Sciences de l'Institut des eaux douces"), why="Mise à jour de la description de travail (cyclique)", hay="842 points", rep_table=True,
         also={"form": "rapport de décision de classification, description de travail jointe", "previous_classification": "EX-01"}),
    dict(file="CDR_Oceans Science Data_31406.pdf", kind="pdf", lang="en", pos="odata", r=r_cdr_pdf, date=D(2023, 3, 6), decided=D(2023, 3, 29), datefmt="dmy",
         prev=dict(cls="EX-01", title="Director, Oceans Science Data"), why="New Ocean Observing Systems unit", hay="868 points",
         also={"form": "classification decision record, bilingual labels, work description attached", "previous_classification": "EX-01"}),
    dict(file="Staffing Action Request - Director Coastal Restoration Partnerships.pdf", kind="pdf", lang="en", pos="coast", r=r_saf_pdf, date=D(2021, 6, 7), start=D(2023, 9, 5), datefmt="long",
         also={"form": "staffing action request with the work description attached", "trap": "the EX salary range and the proposed start date are the appointee's, not the position's"}),
    dict(file="Demande de dotation – Directrice, Mobilisation autochtone (habitat).docx", kind="docx", lang="fr", pos="h_ind", r=r_saf_docx, date=D(2020, 1, 13), start=D(2023, 4, 3),
         also={"form": "demande de mesure de dotation, description de travail jointe"}),
    dict(file="SAP_PO13_S50031303.txt", kind="text", lang="en", pos="rd_nl", r=r_sap, numfmt="sap", date=D(2021, 6, 1), run=D(2023, 8, 15), omit=["sup.classification"],
         also={"form": "SAP Organizational Management position display", "position_number_note": "SAP object S 50031303 (the position 31303 of the work descriptions)"}),
    dict(file="scan_posrpt_atl_data.txt", kind="ocr", lang="en", pos="atl_data", r=r_ps_rel, numfmt="pad8", date=D(2019, 9, 16), run=D(2021, 3, 2), damage="mid", omit=["job_code", "salary", "o_and_m", "total", "location"],
         also={"form": "scanned PeopleSoft reporting-relationship printout", "damage": "mid"}),
    dict(file="OrgPlus export - Biodiversity Genomics.txt", kind="text", lang="en", pos="genom", r=r_orgplus_txt, date=None, run=D(2023, 10, 30), chart="FY2023-24", omit=["effective_date", "job_code", "total"],
         also={"form": "OrgPlus chart data export, tab-delimited; manager off-chart above the root"}),
    dict(file="Atlantic Salmon Habitat Initiatives - org chart (OrgPlus).pdf", kind="pdf", lang="en", pos="salmon", r=r_orgplus_pdf, date=D(2022, 4, 4), run=D(2022, 5, 2), omit=["job_code", "total", "sup.position_number", "location"],
         also={"form": "OrgPlus chart printed to PDF, ASCII boxes three to a row"}),
    dict(file="Director, Sector Data & Digital Services – Wiki.md", kind="markdown", lang="en", pos="d_data", r=r_wiki_md, date=D(2022, 10, 11), run=D(2024, 2, 28), also={"form": "wiki page (Confluence export)"}),
    dict(file="Poste – Directeur, Coordination des politiques du secteur (wiki).md", kind="markdown", lang="fr", pos="d_pol", r=r_wiki_md, date=D(2021, 4, 26), run=D(2023, 12, 5), omit=["total"], also={"form": "page wiki"}),
    dict(file="Sector Planning positions workbook - Director.csv", kind="text-cp1252", lang="en", pos="d_plan", r=r_wb_csv, date=D(2020, 7, 20), datefmt="us", run=D(2023, 9, 18), also={"form": "branch workbook sheet saved as CSV (Field,Value,Notes)"}),
    dict(file="MSP director position sheet.tsv", kind="text", lang="en", pos="msp", r=r_wb_csv, sep="\t", money="plain", date=D(2022, 1, 31), run=D(2022, 2, 14), omit=["total"], also={"form": "branch workbook sheet saved as tab-separated text"}),
    dict(file="Fish Passage Director - workbook print.pdf", kind="pdf", lang="en", pos="h_pass", r=r_wb_pdf, date=D(2023, 6, 19), run=D(2023, 7, 4), also={"form": "branch workbook printed to PDF"}),
    dict(file="Visio org chart data - Recovery Planning and Permits.txt", kind="text", lang="en", pos="sar_rec", r=r_visio_txt, date=None, run=D(2023, 3, 8), drawing="SAR_Recovery_2023.vsdx",
         omit=["effective_date", "job_code", "salary", "o_and_m", "total", "sup.position_number"], also={"form": "Visio organization-chart shape data report; location given in the Department column"}),
    dict(file="Major Projects East structure (slides) .txt", kind="text", lang="en", pos="mp_e", r=r_ppt_txt, date=D(2022, 12, 5), fy="FY 2023-24", omit=["job_code", "sup.position_number"],
         also={"form": "PowerPoint org chart saved as outline text, tab-indented"}),
    # refusals
    dict(file="Memo - Org design review Aquatic Ecosystems 2023.docx", kind="docx", lang="bilingual", outcome="refuse", x=x_memo, also={"what": "memorandum to the ADM on an organization design review, with a table of proposed executive levels"}),
    dict(file="Sector staffing table FY2023-24.csv", kind="text", lang="en", outcome="refuse", x=x_staffing_csv, also={"what": "the sector's staffing table: one row per position, no single position described"}),
    dict(file="Scan_20230911_0931.pdf", kind="pdf", lang="en", outcome="refuse", x=x_blank_pdf, also={"what": "two scanned pages without a text layer"}),
    dict(file="PV comité de classification 2022-10-03.txt", kind="text-cp1252", lang="fr", outcome="refuse", x=x_minutes, also={"what": "minutes of the executive classification review committee (CRLF, curly apostrophes)"}),
    dict(file="Aquatic Ecosystems Sector org chart 2023.pdf", kind="pdf", lang="bilingual", outcome="refuse", x=x_sector_chart, also={"what": "the whole sector's organization chart: ADM, DGs and directors, no single position described"}),
]


def main():
    corpus, expected = HERE / "corpus", HERE / "expected"
    for f in (corpus, expected):
        if f.exists():
            shutil.rmtree(f)
        f.mkdir()
    newest = {}
    for d in DOCS:
        if d.get("pos"):
            v = d.get("versions")
            newest[d["pos"]] = v["newest"] if v else d["file"]
    shared = {}
    for d in DOCS:
        d.setdefault("outcome", "import")
        if d["outcome"] == "refuse":
            ctx = Ctx()
            data = d["x"](d, ctx)
            t = truth(d, None, ctx.people)
        else:
            p = BY[d["pos"]]
            key = d.get("ctx")
            if key and key in shared:
                ctx = Ctx(shared[key])
            else:
                ctx = Ctx()
            F = fields_of(p, d)
            data = d["r"](p, F, d, ctx)
            if key and key not in shared:
                shared[key] = list(ctx.people)
            sup = p["sup"]
            if sup in newest:
                d.setdefault("also", {})["reports_to_in_corpus"] = newest[sup]
            t = truth(d, F, ctx.people)
        (corpus / d["file"]).write_bytes(data)
        with open(expected / (d["file"] + ".expected.yaml"), "w", encoding="utf-8") as fh:
            yaml.safe_dump(t, fh, sort_keys=False, allow_unicode=True, width=120)


if __name__ == "__main__":
    main()
