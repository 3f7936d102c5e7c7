"""Generate the blind134 corpus (bilingual work-description forms) and its truths, byte for byte.

    /work/main/.venv/bin/python bench/import/blind134/make_blind.py
"""
import copy
import io
import random
import shutil
import sys
import textwrap
import zipfile
from datetime import date, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

import yaml  # noqa: E402
from docx import Document  # noqa: E402
from docx.shared import Pt  # noqa: E402

from tests.import_files import pdf_bytes  # noqa: E402
import texts as T  # noqa: E402

CORPUS, EXPECTED = HERE / "corpus", HERE / "expected"
NBSP = "\u00a0"
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]


# ------------------------------------------------------------------ notations
def money(v, n):
    if n == "en":
        return f"${v:,}"
    if n == "bare":
        return f"{v:,}"
    if n == "enM":
        return "$" + f"{v / 1e6:.3f}".rstrip("0").rstrip(".") + "M"
    if n == "enK":
        return f"${v // 1000:,}K"
    if n == "fr":
        return f"{v:,}".replace(",", " ") + " $"
    if n == "frnb":
        return f"{v:,}".replace(",", NBSP) + NBSP + "$"
    if n == "frM":
        return (f"{v / 1e6:.3f}".rstrip("0").rstrip(".")).replace(".", ",") + " M$"
    if n == "frK":
        return f"{v // 1000:,}".replace(",", " ") + " k$"
    raise ValueError(n)


def d_en(d, n):
    if n == "iso":
        return d.isoformat()
    if n == "dmy":
        return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"
    return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"


def d_fr(d, n):
    if n == "iso":
        return d.isoformat()
    if n == "slash":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    day = "1er" if d.day == 1 else str(d.day)
    return f"{day} {MONTHS_FR[d.month - 1]} {d.year}"


def cls_fr(c, n="std"):
    c = c.replace("DM-", "SM-") if c.startswith("DM-") else c
    return cls_en(c, n)


def cls_en(c, n="std"):
    if n == "space":
        return c.replace("-", " ")
    if n == "short" and c[:2] in ("EX", "DM", "SM") and c[-2] == "0":
        return c[:-2] + c[-1]
    return c


# ------------------------------------------------------------------ labels
LABELS = {
    "A": dict(title=("Position Title", "Titre du poste"), cls=("Group and Level", "Groupe et niveau"),
              pos=("Position Number", "Numéro de poste"), job=("Job Code", "Code d'emploi"),
              eff=("Effective Date", "Date d'entrée en vigueur"), dept=("Department", "Ministère"),
              loc=("Location", "Lieu de travail"),
              sup_title=("Supervisor's Position Title", "Titre du poste du superviseur"),
              sup_cls=("Supervisor's Group and Level", "Groupe et niveau du superviseur"),
              sup_pos=("Supervisor's Position Number", "Numéro de poste du superviseur"),
              reports_to=("Reports to", "Relève de")),
    "B": dict(title=("Position title", "Titre du poste"), cls=("Classification", "Classification"),
              pos=("Position no.", "N° du poste"), job=("Work description no.", "N° de la description de travail"),
              eff=("Effective date", "Date d'effet"), dept=("Organization", "Organisation"),
              loc=("Geographic location", "Emplacement géographique"),
              sup_title=("Supervisor's title", "Titre du superviseur"),
              sup_cls=("Supervisor's classification", "Classification du superviseur"),
              sup_pos=("Supervisor's position no.", "N° du poste du superviseur"),
              reports_to=("Reports to", "Relève de")),
    "C": dict(title=("Title", "Titre"), cls=("Level", "Niveau"), pos=("Position", "Poste"),
              job=("Generic / job code", "Code de l'emploi"), eff=("In effect", "En vigueur"),
              dept=("Department", "Ministère"), loc=("Work location", "Lieu de travail"),
              sup_title=("Immediate supervisor", "Superviseur immédiat"),
              sup_cls=("Supervisor's level", "Niveau du superviseur"),
              sup_pos=("Supervisor's position", "Poste du superviseur"),
              reports_to=("Reports to", "Relève de")),
}
SECTIONS = dict(ga=("General Accountability", "Responsabilités générales"),
                org=("Organization Structure", "Structure organisationnelle"),
                dims=("Dimensions", "Dimensions"),
                sa=("Specific Accountabilities", "Activités principales"),
                ns=("Nature and Scope", "Nature et étendue"),
                sign=("Approval", "Approbation"))
DIMLAB = dict(fte=("FTEs", "ETP"), salary=("Salary", "Salaires"), om=("O&M", "F et E"), total=("Total", "Total"))
KIND_EXT = {"markdown": ".md"}


class Doc:
    """One document: position (copied, then overridden), notations, omissions."""

    def __init__(self, name, key, form, kind, lang="bilingual", first="en", labels="A", omit=(), over=None,
                 money=("en", "fr"), dates=("long", "long"), cls=("std", "std"), sup="fields", reports="list",
                 damage=None, people=3, seed=0, fr_over=None, en_over=None, truth_over=None, also=None, draft=False,
                 header=None):
        self.name, self.form, self.kind, self.lang, self.first = name, form, kind, lang, first
        self.p = copy.deepcopy(T.P[key])
        if over:
            for k, v in over.items():
                self.p[k] = v
            if "salary" in over or "om" in over:
                if self.p["salary"] is not None and self.p.get("total") is not None:
                    self.p["total"] = self.p["salary"] + self.p["om"]
        self.L = LABELS[labels]
        self.omit = set(omit)
        if first == "fr" and money == ("fr", "en"):
            money = ("en", "fr")  # written French half first: each half keeps its own notation
        self.money, self.dates, self.cls, self.sup, self.reports = money, dates, cls, sup, reports
        self.damage, self.seed = damage, seed
        self.rng = random.Random(f"blind134-{name}-{seed}")
        self.fr_over, self.en_over = fr_over or {}, en_over or {}
        self.truth_over, self.also = truth_over or {}, dict(also or {})
        self.draft, self.header = draft, header
        self.people = pick_people(self.rng, people)

    # -- values in one language
    def val(self, lang, k):
        p = dict(self.p)
        p.update(self.fr_over if lang == "fr" else self.en_over)
        en = lang == "en"
        if k == "title":
            return p["title"] if en else p["title_fr"]
        if k == "cls":
            return cls_en(p["cls"], self.cls[0]) if en else cls_fr(p["cls"], self.cls[1])
        if k == "pos":
            return p["pos"]
        if k == "job":
            return p["job"]
        if k == "eff":
            if self.draft:
                return "To be determined" if en else "À déterminer"
            return d_en(p["eff"], self.dates[0]) if en else d_fr(p["eff"], self.dates[1])
        if k == "dept":
            return T.DEPTS[p["dept"]][0 if en else 1]
        if k == "loc":
            return p["loc"] if en else p["loc_fr"]
        s = p["sup"]
        if k == "sup_title":
            return s["title"] if en else s["title_fr"]
        if k == "sup_cls":
            return cls_en(s["classification"], self.cls[0]) if en else cls_fr(s["classification"], self.cls[1])
        if k == "sup_pos":
            return s["position_number"]
        if k in ("salary", "om", "total"):
            v = p[k]
            return money(v, self.money[0] if en else self.money[1])
        if k == "fte":
            return str(p["fte"])
        raise KeyError(k)

    def ident(self, lang):
        """(label, value) rows of the identification block, in one language."""
        i = 0 if lang == "en" else 1
        keys = ["title", "cls", "pos", "job", "eff", "dept", "loc"]
        rows = [(self.L[k][i], self.val(lang, k)) for k in keys if k not in self.omit]
        if self.sup == "fields":
            for k in ("sup_title", "sup_cls", "sup_pos"):
                if k not in self.omit:
                    rows.append((self.L[k][i], self.val(lang, k)))
        elif self.sup == "line":
            rows.append((self.L["reports_to"][i], self.sup_line(lang)))
        return rows

    def sup_line(self, lang):
        t, c = self.val(lang, "sup_title"), self.val(lang, "sup_cls")
        if "sup_pos" in self.omit:
            return f"{t} ({c})"
        return f"{t} ({c}), {'position' if lang == 'en' else 'poste'} {self.p['sup']['position_number']}"

    def org_sentence(self, lang):
        p = self.p
        n = len(p["reports"])
        if lang == "en":
            s = f"The {p['title']} reports to the {self.val('en', 'sup_title')}"
            if self.sup == "sentence":
                s += f" ({self.val('en', 'sup_cls')})"
            return s + f". {n} positions report directly to the {p['title']}:"
        s = f"Le poste de {p['title_fr']} relève du poste de {self.val('fr', 'sup_title')}"
        if self.sup == "sentence":
            s += f" ({self.val('fr', 'sup_cls')})"
        return s + f". {n} postes relèvent directement du titulaire du poste :"

    def report_lines(self, lang):
        out = []
        for r in self.rep(lang):
            t = r["title"] if lang == "en" else r["title_fr"]
            c = cls_en(r["classification"], self.cls[0]) if lang == "en" else cls_fr(r["classification"], self.cls[1])
            if r["fte"] is None:
                out.append(f"- {t} ({c})")
            else:
                out.append(f"- {t} ({c}) - {r['fte']} {'FTEs' if lang == 'en' else 'ETP'}")
        return out

    def rep(self, lang):
        over = self.fr_over if lang == "fr" else self.en_over
        return over.get("reports", self.p["reports"])

    def dims(self, lang):
        i = 0 if lang == "en" else 1
        rows = []
        if "fte" not in self.omit and self.p["fte"] is not None:
            rows.append((DIMLAB["fte"][i], self.val(lang, "fte")))
        if "money" not in self.omit and self.p["salary"] is not None:
            rows.append((DIMLAB["salary"][i], self.val(lang, "salary")))
            rows.append((DIMLAB["om"][i], self.val(lang, "om")))
            if "total" not in self.omit:
                rows.append((DIMLAB["total"][i], self.val(lang, "total")))
        return rows

    def prose(self, lang, which):
        p = self.p
        org_en, org_fr = T.DEPTS[p["dept"]]
        if which == "ga":
            unit = p["title"].split(", ", 1)[-1] if lang == "en" else p["title_fr"].split(", ", 1)[-1]
            if ", " not in p["title"]:
                unit = "the department's programs" if lang == "en" else "l'ensemble des programmes du ministère"
            if lang == "en":
                return T.GA_EN.format(t=p["title"], u=unit.lower() if unit[:1].isupper() and " " in unit else unit, org=org_en)
            return T.GA_FR.format(t=p["title_fr"], u=unit[0].lower() + unit[1:], org=org_fr)
        if which == "ns":
            if lang == "en":
                return T.NS_EN.format(org=org_en)
            return T.NS_FR.format(org_cap=org_fr)
        idx = self.rng_sa
        return [(T.SA_EN if lang == "en" else T.SA_FR)[k] for k in idx]

    @property
    def rng_sa(self):
        r = random.Random(f"sa-{self.name}")
        return sorted(r.sample(range(6), 4))

    def signatures(self, lang):
        names = self.people
        if lang == "en":
            roles = ["Incumbent", "Manager", "Classification Advisor"]
        else:
            roles = ["Titulaire", "Gestionnaire", "Conseillère en classification"]
        return list(zip(roles, names))


def pick_people(rng, n):
    out = []
    while len(out) < n:
        nm = f"{rng.choice(T.FIRST)} {rng.choice(T.LAST)}"
        if nm not in out:
            out.append(nm)
    return out


# ------------------------------------------------------------------ text forms
def wrap(s, w=88, indent=""):
    return textwrap.wrap(s, w, initial_indent=indent, subsequent_indent=indent, break_on_hyphens=False)


def half_text(d, lang, md=False):
    """One language's whole form, as text (or Markdown)."""
    i = 0 if lang == "en" else 1
    out = []
    head = ("EXECUTIVE WORK DESCRIPTION" if lang == "en" else "DESCRIPTION DE TRAVAIL - GROUPE DE LA DIRECTION")
    out += [("# " if md else "") + head, ""]
    for lab, v in d.ident(lang):
        out.append(f"**{lab}:** {v}  " if md else f"{lab}: {v}" if lang == "en" else f"{lab} : {v}")
    out.append("")
    sec = lambda k: [("## " if md else "") + (SECTIONS[k][i] if md else SECTIONS[k][i].upper()), ""]
    out += sec("ga") + wrap(d.prose(lang, "ga")) + [""]
    out += sec("org") + wrap(d.org_sentence(lang)) + [""]
    if "reports" not in d.omit:
        out += d.report_lines(lang) + [""]
    dm = d.dims(lang)
    if dm:
        out += sec("dims")
        for lab, v in dm:
            out.append(f"- {lab}: {v}" if lang == "en" else f"- {lab} : {v}")
        out.append("")
    out += sec("ns") + wrap(d.prose(lang, "ns")) + [""]
    out += sec("sa")
    for n, s in enumerate(d.prose(lang, "sa"), 1):
        out += wrap(f"{n}. {s}", 88)
    out.append("")
    return out


def sign_block(d, first, second=None):
    out = ["", "Signatures / Signatures", ""]
    for (r1, nm), (r2, _) in zip(d.signatures(first), d.signatures(second or ("fr" if first == "en" else "en"))):
        out.append(f"{r1} / {r2}: {nm}    Date: ____________")
    return out


def form_halves(d, md=False):
    a, b = (("en", "fr") if d.first == "en" else ("fr", "en"))
    out = []
    if d.header:
        out += [d.header, ""]
    out += half_text(d, a, md)
    out += ["---" if md else "-" * 72, ""]
    out += half_text(d, b, md)
    out += sign_block(d, a)
    return "\n".join(out) + "\n"


def form_twice(d, md=False):
    """Labels written twice: 'Position Title / Titre du poste: English / French'."""
    a, b = (("en", "fr") if d.first == "en" else ("fr", "en"))
    ia = 0 if a == "en" else 1
    out = []
    if d.header:
        out += [d.header, ""]
    out += ["EXECUTIVE WORK DESCRIPTION / DESCRIPTION DE TRAVAIL DE LA DIRECTION" if a == "en"
            else "DESCRIPTION DE TRAVAIL DE LA DIRECTION / EXECUTIVE WORK DESCRIPTION", ""]
    for (la, va), (lb, vb) in zip(d.ident(a), d.ident(b)):
        v = va if va == vb else f"{va} / {vb}"
        out.append(f"{la} / {lb}: {v}")
    out.append("")
    for k in ("ga", "org", "dims", "ns", "sa"):
        out += [f"{SECTIONS[k][ia].upper()} / {SECTIONS[k][1 - ia].upper()}", ""]
        if k == "dims":
            da, db = d.dims(a), d.dims(b)
            for (la, va), (lb, vb) in zip(da, db):
                out.append(f"{la} / {lb}: {va} / {vb}" if va != vb else f"{la} / {lb}: {va}")
            out.append("")
            continue
        if k == "org":
            out += wrap(d.org_sentence(a)) + [""]
            if "reports" not in d.omit:
                for ra, rb in zip(d.rep(a), d.rep(b)):
                    ta, tb = ra["title"] if a == "en" else ra["title_fr"], rb["title"] if b == "en" else rb["title_fr"]
                    c = ra["classification"] if a == "en" else cls_fr(ra["classification"])
                    f = "" if ra["fte"] is None else f" - {ra['fte']} {'FTEs / ETP' if a == 'en' else 'ETP / FTEs'}"
                    out.append(f"- {ta} / {tb} ({c}){f}")
                out.append("")
            continue
        if k == "sa":
            for n, (sa, sb) in enumerate(zip(d.prose(a, "sa"), d.prose(b, "sa")), 1):
                out += wrap(f"{n}. {sa}") + wrap(sb, indent="   ")
            out.append("")
            continue
        out += wrap(d.prose(a, k)) + [""] + wrap(d.prose(b, k)) + [""]
    out += sign_block(d, a)
    return "\n".join(out) + "\n"


def columns(d, width=52, gap=4):
    """Side-by-side English | French (or French | English) lines: (left lines, right lines) per block."""
    a, b = (("en", "fr") if d.first == "en" else ("fr", "en"))
    blocks = []
    ia = 0 if a == "en" else 1
    head = ("EXECUTIVE WORK DESCRIPTION", "DESCRIPTION DE TRAVAIL - DIRECTION")
    blocks.append(([head[ia]], [head[1 - ia]]))
    idl = []
    for (la, va), (lb, vb) in zip(d.ident(a), d.ident(b)):
        blocks.append((wrap(f"{la}: {va}", width), wrap(f"{lb} : {vb}" if b == "fr" else f"{lb}: {vb}", width)))
    for k in ("ga", "org", "dims", "ns", "sa"):
        blocks.append(([""], [""]))
        blocks.append(([SECTIONS[k][ia].upper()], [SECTIONS[k][1 - ia].upper()]))
        if k in ("ga", "ns"):
            blocks.append((wrap(d.prose(a, k), width), wrap(d.prose(b, k), width)))
        elif k == "org":
            blocks.append((wrap(d.org_sentence(a), width), wrap(d.org_sentence(b), width)))
            if "reports" not in d.omit:
                for la, lb in zip(d.report_lines(a), d.report_lines(b)):
                    blocks.append((wrap(la, width), wrap(lb, width)))
        elif k == "dims":
            for (la, va), (lb, vb) in zip(d.dims(a), d.dims(b)):
                blocks.append(([f"{la}: {va}"], [f"{lb} : {vb}" if b == "fr" else f"{lb}: {vb}"]))
        else:
            for n, (sa, sb) in enumerate(zip(d.prose(a, "sa"), d.prose(b, "sa")), 1):
                blocks.append((wrap(f"{n}. {sa}", width), wrap(f"{n}. {sb}", width)))
    return blocks


def across(blocks, width=52, gap=4, rng=None):
    out = []
    for left, right in blocks:
        for i in range(max(len(left), len(right))):
            l = left[i] if i < len(left) else ""
            r = right[i] if i < len(right) else ""
            g = gap if rng is None else rng.choice([2, 3, gap])
            out.append((l.ljust(width + g) + r).rstrip() if r else l)
    return out


def after(blocks):
    left = [l for b in blocks for l in b[0]]
    right = [r for b in blocks for r in b[1]]
    return left, right


# ------------------------------------------------------------------ OCR damage
DIG = {"0": ["O", "o"], "1": ["I", "l"], "5": ["S"], "8": ["B"], "2": ["Z"], "6": ["b"]}
LET = [("rn", "m"), ("m", "rn"), ("cl", "d"), ("li", "h"), ("e", "c"), ("i", "l"), ("o", "0"), ("u", "ii")]
ACC = str.maketrans("éèêàçôîûÉ", "eeeacoiuE")


def damage(lines, strength, rng, protect, hyphenate=True):
    pd = {"light": 0.25, "middling": 0.5, "heavy": 0.8}[strength]
    pl = {"light": 0.01, "middling": 0.025, "heavy": 0.05}[strength]
    out = []
    for line in lines:
        saved = {}
        for n, nm in enumerate(protect):
            if nm in line:
                key = f"\x00{chr(0xE000 + n)}\x00"
                line = line.replace(nm, key)
                saved[key] = nm
        chars = []
        for ch in line:
            if ch in DIG and rng.random() < pd and ch not in "26" or (ch in "26" and strength == "heavy" and rng.random() < 0.3):
                chars.append(rng.choice(DIG[ch]))
            else:
                chars.append(ch)
        line = "".join(chars)
        words = line.split(" ")
        for i, w in enumerate(words):
            if "\x00" in w or not w.isalpha() and not w[:-1].isalpha():
                continue
            if rng.random() < pl * 4:
                for a, b in LET:
                    if a in w and rng.random() < 0.5:
                        w = w.replace(a, b, 1)
                        break
            if strength != "light" and rng.random() < 0.3:
                w = w.translate(ACC)
            words[i] = w
        line = ""
        for i, w in enumerate(words):
            if i and words[i - 1] and w and rng.random() < pl and "\x00" not in w + words[i - 1]:
                line += w
            else:
                line += (" " if i else "") + w
        for k, v in saved.items():
            line = line.replace(k, v)
        out.append(line)
    # hyphenate some line ends
    res = []
    for i, line in enumerate(out):
        res.append(line)
    for i in range(len(res) - 1):
        if (hyphenate and len(res[i]) >= 60 and len(res[i + 1]) >= 30 and rng.random() < pl * 6
                and not res[i + 1].startswith("-") and ":" not in res[i + 1][:40]):
            words = res[i + 1].split(" ")
            w = words[0]
            if len(w) > 7 and w.isalpha():
                res[i] = res[i] + " " + w[:4] + "-"
                res[i + 1] = w[4:] + " " + " ".join(words[1:])
    return res


def paginate(lines, per, header, footer):
    out = []
    pages = [lines[i:i + per] for i in range(0, len(lines), per)]
    for n, pg in enumerate(pages, 1):
        if n > 1 and header:
            out += [header(n, len(pages)), ""]
        out += pg
        if footer:
            out += ["", footer(n, len(pages)), "\f" if n < len(pages) else ""]
    return out


# ------------------------------------------------------------------ Word
def new_doc():
    doc = Document()
    cp = doc.core_properties
    cp.author, cp.last_modified_by, cp.title = "", "", ""
    cp.created = cp.modified = datetime(2024, 1, 1, 0, 0, 0)
    cp.revision = 1
    doc.styles["Normal"].font.size = Pt(10)
    return doc


def docx_bytes(doc):
    raw = io.BytesIO()
    doc.save(raw)
    zin = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, zin.read(info.filename))
    return out.getvalue()


def cell_text(cell, label, value, bold=True):
    p = cell.paragraphs[0]
    r = p.add_run(label + (" :" if label.endswith(("poste", "vigueur")) else ":") if label else "")
    r.bold = bold
    if value:
        cell.add_paragraph(value)


def docx_sbs(d):
    """Side-by-side: a two-column table English | French (or French | English)."""
    a, b = (("en", "fr") if d.first == "en" else ("fr", "en"))
    ia = 0 if a == "en" else 1
    doc = new_doc()
    if d.header:
        doc.add_paragraph(d.header)
    org = T.DEPTS[d.p["dept"]]
    doc.add_heading(f"{org[ia]} | {org[1 - ia]}", level=1)
    doc.add_heading(("Executive Work Description", "Description de travail - Groupe de la direction")[ia] + " | " +
                    ("Executive Work Description", "Description de travail - Groupe de la direction")[1 - ia], level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for (la, va), (lb, vb) in zip(d.ident(a), d.ident(b)):
        c = t.add_row().cells
        cell_text(c[0], la, va)
        cell_text(c[1], lb, vb)
    for k in ("ga", "org", "dims", "ns", "sa"):
        doc.add_heading(f"{SECTIONS[k][ia]} / {SECTIONS[k][1 - ia]}", level=2)
        if k in ("ga", "ns"):
            t = doc.add_table(rows=1, cols=2)
            t.style = "Table Grid"
            t.rows[0].cells[0].text = d.prose(a, k)
            t.rows[0].cells[1].text = d.prose(b, k)
        elif k == "org":
            t = doc.add_table(rows=1, cols=2)
            t.style = "Table Grid"
            t.rows[0].cells[0].text = d.org_sentence(a)
            t.rows[0].cells[1].text = d.org_sentence(b)
            if "reports" not in d.omit:
                if d.reports == "table":
                    t = doc.add_table(rows=1, cols=4)
                    t.style = "Table Grid"
                    if a == "en":
                        hd = ["Position title", "Titre du poste", "Group and level / Groupe et niveau", "FTEs / ETP"]
                    else:
                        hd = ["Titre du poste", "Position title", "Groupe et niveau / Group and level", "ETP / FTEs"]
                    for i, x in enumerate(hd):
                        t.rows[0].cells[i].text = x
                    for r in d.p["reports"]:
                        c = t.add_row().cells
                        c[0].text = r["title"] if a == "en" else r["title_fr"]
                        c[1].text = r["title_fr"] if a == "en" else r["title"]
                        c[2].text = r["classification"]
                        c[3].text = "" if r["fte"] is None else str(r["fte"])
                else:
                    t = doc.add_table(rows=0, cols=2)
                    t.style = "Table Grid"
                    for la, lb in zip(d.report_lines(a), d.report_lines(b)):
                        c = t.add_row().cells
                        c[0].text, c[1].text = la[2:], lb[2:]
        elif k == "dims":
            t = doc.add_table(rows=1, cols=3)
            t.style = "Table Grid"
            hdr = t.rows[0].cells
            hdr[0].text = "Dimension" if a == "en" else "Dimension / Dimension"
            hdr[1].text = "English" if a == "en" else "Français"
            hdr[2].text = "Français" if a == "en" else "English"
            for (la, va), (lb, vb) in zip(d.dims(a), d.dims(b)):
                c = t.add_row().cells
                c[0].text, c[1].text, c[2].text = f"{la} / {lb}", va, vb
        else:
            t = doc.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for sa, sb in zip(d.prose(a, "sa"), d.prose(b, "sa")):
                c = t.add_row().cells
                c[0].text, c[1].text = sa, sb
    doc.add_heading(f"{SECTIONS['sign'][ia]} / {SECTIONS['sign'][1 - ia]}", level=2)
    t = doc.add_table(rows=0, cols=3)
    t.style = "Table Grid"
    for (r1, nm), (r2, _) in zip(d.signatures(a), d.signatures(b)):
        c = t.add_row().cells
        c[0].text, c[1].text, c[2].text = f"{r1} / {r2}", nm, "Date:"
    return docx_bytes(doc)


def docx_lines(lines, headings=()):
    """A Word file whose paragraphs are the given lines (headings where a line is in `headings`)."""
    doc = new_doc()
    for line in lines:
        if line in headings:
            doc.add_heading(line, level=2)
        elif line.strip() and line != "\f":
            doc.add_paragraph(line)
    return docx_bytes(doc)


def md_table(d):
    """Markdown: one table, a row per label, English and French columns."""
    a, b = (("en", "fr") if d.first == "en" else ("fr", "en"))
    ia = 0 if a == "en" else 1
    org = T.DEPTS[d.p["dept"]]
    hd = ("English", "Français")
    out = [f"# {org[ia]} / {org[1 - ia]}", "",
           f"## {('Executive work description', 'Description de travail de la direction')[ia]} / "
           f"{('Executive work description', 'Description de travail de la direction')[1 - ia]}", "",
           f"| | {hd[ia]} | {hd[1 - ia]} |", "|---|---|---|"]
    for (la, va), (lb, vb) in zip(d.ident(a), d.ident(b)):
        out.append(f"| **{la} / {lb}** | {va} | {vb} |")
    out.append("")
    for k in ("ga", "org", "dims", "ns", "sa"):
        out += [f"## {SECTIONS[k][ia]} / {SECTIONS[k][1 - ia]}", ""]
        if k in ("ga", "ns"):
            out += [d.prose(a, k), "", "*" + d.prose(b, k) + "*", ""]
        elif k == "org":
            out += [d.org_sentence(a), "", "*" + d.org_sentence(b) + "*", ""]
            if "reports" not in d.omit:
                h = [("Position", "Poste"), ("Group/Level", "Groupe/niveau"), ("FTEs", "ETP")]
                out.append("| " + " | ".join(f"{x[ia]} / {x[1 - ia]}" for x in h) + " |")
                out.append("|---|---|---|")
                for r in d.p["reports"]:
                    ta, tb = (r["title"], r["title_fr"]) if a == "en" else (r["title_fr"], r["title"])
                    out.append(f"| {ta}<br>*{tb}* | {cls_en(r['classification'])} | {'' if r['fte'] is None else r['fte']} |")
                out.append("")
        elif k == "dims":
            out += [f"| | {hd[ia]} | {hd[1 - ia]} |", "|---|---|---|"]
            for (la, va), (lb, vb) in zip(d.dims(a), d.dims(b)):
                out.append(f"| {la} / {lb} | {va} | {vb} |")
            out.append("")
        else:
            for n, (sa, sb) in enumerate(zip(d.prose(a, "sa"), d.prose(b, "sa")), 1):
                out += [f"{n}. {sa}  ", f"   *{sb}*"]
            out.append("")
    out += [f"## {SECTIONS['sign'][ia]} / {SECTIONS['sign'][1 - ia]}", ""]
    for (r1, nm), (r2, _) in zip(d.signatures(a), d.signatures(b)):
        out.append(f"- {r1} / {r2}: {nm}")
    return "\n".join(out) + "\n"


def english_only(d, md=False):
    out = []
    if d.header:
        out += [d.header, ""]
    out += half_text(d, "en", md)
    out += ["", "Signatures", ""]
    for r, nm in d.signatures("en"):
        out.append(f"{r}: {nm}")
    return "\n".join(out) + "\n"


def french_only(d, md=False):
    out = half_text(d, "fr", md)
    out += ["", "Signatures", ""]
    for r, nm in d.signatures("fr"):
        out.append(f"{r} : {nm}")
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------ rendering
def to_cp1252(text):
    text = text.replace("'", "\u2019").replace(" - ", " \u2013 ")
    return text.replace("\n", "\r\n").encode("cp1252")


def pdf_pages(lines, per=62):
    pages, cur = [], []
    for line in lines:
        if line == "\f" or len(cur) >= per:
            pages.append("\n".join(cur))
            cur = []
            if line == "\f":
                continue
        cur.append(line)
    if cur:
        pages.append("\n".join(cur))
    return pdf_bytes([pg.replace("\u2011", "-") for pg in pages])


def ocr_frame(d, lines, hyphenate=True):
    org = T.DEPTS[d.p["dept"]]
    hs = d.rng.choice(["title", "org", "pos"])
    def header(n, total):
        if hs == "title":
            return f"{d.p['title']} / {d.p['title_fr']}"[:90]
        if hs == "org":
            return f"{org[0].upper()} / {org[1].upper()}"
        return f"Position / Poste {d.p['pos']}                                   {n}"
    fs = d.rng.choice(["page", "dash", "frac"])
    def footer(n, total):
        if fs == "page":
            return f"Page {n} of / de {total}"
        if fs == "dash":
            return f"- {n} -"
        return f"{n}/{total}"
    lines = damage(lines, d.damage, d.rng, d.people, hyphenate)
    return paginate(lines, 48, header, footer)


def render(d):
    f, k = d.form, d.kind
    if f == "sbs":
        return docx_sbs(d)
    if f == "mdtable":
        return md_table(d).encode()
    if f in ("across", "after"):
        blocks = columns(d)
        if f == "across":
            lines = across(blocks, rng=d.rng if k == "ocr-columns" else None)
        else:
            left, right = after(blocks)
            lines = left + ["\f"] + right
        if k == "ocr-columns":
            return "\n".join(ocr_frame(d, lines, hyphenate=False)).encode()
        if d.damage:
            lines = damage(lines, d.damage, d.rng, d.people)
        return pdf_pages(lines, per=66)
    text = {"halves": form_halves, "twice": form_twice, "en_only": english_only, "fr_only": french_only}[f](
        d, md=(k == "markdown"))
    if k in ("markdown", "text"):
        return text.encode()
    if k == "text-cp1252":
        return to_cp1252(text)
    lines = text.split("\n")
    if k == "ocr":
        return "\n".join(ocr_frame(d, lines)).encode()
    if k == "docx":
        heads = {x for x in lines if x.isupper() and len(x) > 6}
        return docx_lines(lines, heads)
    if k == "pdf":
        if d.damage:
            lines = damage(lines, d.damage, d.rng, d.people)
        return pdf_pages(lines)
    raise ValueError((f, k))


def truth(d):
    p, om = d.p, d.omit
    ns = []
    def g(key, val):
        if key in om or val is None:
            return None
        return val
    sup = p["sup"]
    fields = {
        "title": p["title"],
        "classification": p["cls"],
        "job_code": g("job", p["job"]),
        "position_number": g("pos", p["pos"]),
        "effective_date": None if d.draft else g("eff", p["eff"]),
        "supervisor": {
            "position_number": None if ("sup_pos" in om or d.sup == "sentence") else sup["position_number"],
            "title": sup["title"],
            "classification": None if "sup_cls" in om else sup["classification"],
        },
        "direct_reports": None if "reports" in om else [
            {"title": r["title"], "classification": r["classification"], "fte": r["fte"]} for r in p["reports"]],
        "salary": None if "money" in om else p["salary"],
        "o_and_m": None if "money" in om else p["om"],
        "total": None if ("money" in om or "total" in om) else p["total"],
        "location": g("loc", p["loc"]),
    }
    if d.lang == "fr":
        fields["title"] = p["title_fr"]
        fields["supervisor"]["title"] = sup["title_fr"]
        if fields["location"]:
            fields["location"] = p["loc_fr"]
        for r, src in zip(fields["direct_reports"] or [], p["reports"]):
            r["title"] = src["title_fr"]
    for k, v in d.truth_over.items():
        if k == "direct_reports_fte":
            for i, fte in v.items():
                fields["direct_reports"][i]["fte"] = fte
        else:
            fields[k] = v
    for k in ("title", "classification", "job_code", "position_number", "effective_date", "salary", "o_and_m",
              "total", "location", "direct_reports"):
        if fields[k] is None:
            ns.append(k)
    for k in ("position_number", "title", "classification"):
        if fields["supervisor"][k] is None:
            ns.append("supervisor." + k)
    also = {"department": T.DEPTS[p["dept"]][0], "department_fr": T.DEPTS[p["dept"]][1],
            "title_fr": p["title_fr"], "location_fr": p["loc_fr"] if fields["location"] else None,
            "supervisor_title_fr": sup["title_fr"]}
    if also["location_fr"] is None:
        del also["location_fr"]
    if d.lang == "en":
        del also["title_fr"], also["supervisor_title_fr"]
        also.pop("location_fr", None)
    if d.lang == "fr":
        also = {"department": T.DEPTS[p["dept"]][1], "title_en": p["title"], "supervisor_title_en": sup["title"]}
    if p["fte"] is not None and "fte" not in om:
        also["fte"] = p["fte"]
    if d.lang == "bilingual":
        also["first_language"] = d.first
    if d.damage:
        also["damage"] = d.damage
    if d.draft:
        also["draft"] = True
    also.update(d.also)
    return fields, ns, also


DOCS = []


def W(*a, **k):
    DOCS.append(Doc(*a, **k))


OLD_PR = [T.R("Manager, Economic Class Processing", "", "PM-06", 49), T.R("Manager, Family Class Processing", "", "PM-06", 41),
          T.R("Manager, Refugee Resettlement Files", "", "PM-05", 33)]

# IRCC: Word, side by side
W("EX-03 DG Case Processing Network - WD 2023 (bilingual).docx", "ircc_dg", "sbs", "docx", reports="table",
  money=("en", "frnb"), dates=("long", "long"))
W("EX-03 DG Case Processing Network - WD 2023 (bilingual).pdf", "ircc_dg", "after", "pdf", money=("en", "frnb"),
  dates=("long", "long"))
W("61033 Director PR Processing_signed.docx", "ircc_pr", "sbs", "docx", reports="table", dates=("iso", "long"),
  money=("en", "fr"))
W("Director, Permanent Residence Processing (2019).docx", "ircc_pr", "en_only", "docx", lang="en",
  over=dict(eff=date(2019, 5, 6), reports=OLD_PR, salary=9_604_000, om=377_000, fte=124,
            sup=T.S("60877", "Director General, Case Processing Network", "", "EX-03")), money=("enM", "frM"))
W("Intégrité des résidents temporaires - DT bilingue.docx", "ircc_tri", "sbs", "docx", first="fr", reports="lines",
  money=("en", "fr"), dates=("iso", "long"), sup="line")
W("ED Digital Intake Modernization DRAFT v3.docx", "ircc_dim", "sbs", "docx", reports="table", draft=True,
  money=("enK", "frK"), header="DRAFT / ÉBAUCHE - for discussion / pour discussion")
W("Director Citizenship Ceremonies - side by side.pdf", "ircc_cer", "across", "pdf", money=("en", "fr"), sup="sentence",
  dates=("long", "long"))

# CRA: labels written twice
W("cra_ac WD 10045.txt", "cra_ac", "twice", "text", labels="B", cls=("std", "std"), money=("enM", "frM"),
  dates=("iso", "iso"))
W("DG Non-Filer Programs (10112) – bilingual.txt", "cra_nf", "twice", "text", labels="B", money=("en", "fr"),
  dates=("long", "long"), sup="line")
W("Directrice recouvrement dettes de prestations 10139.txt", "cra_bdr", "twice", "text-cp1252", labels="B",
  first="fr", money=("fr", "en"), dates=("long", "long"))
W("Verification Analytics Director WD (1).docx", "cra_va", "twice", "docx", labels="B", money=("en", "fr"),
  dates=("dmy", "long"), omit=("total",))
W("Verification Analytics Director 2020 EN.txt", "cra_va", "en_only", "text-cp1252", lang="en", labels="B",
  over=dict(eff=date(2020, 3, 2), cls="EX-01", reports=T.P["cra_va"]["reports"][:3], salary=7_810_000, om=940_000,
            fte=71), money=("en", "fr"))
W("10158 Non-Filer Outreach WD scan.txt", "cra_out", "twice", "ocr", labels="B", damage="middling",
  money=("en", "fr"), dates=("long", "long"))

# PSPC: English then French halves
W("DG Real Property Asset Management - WD EN-FR.md", "pspc_dg", "halves", "markdown", labels="C",
  money=("enM", "frM"), dates=("long", "long"))
W("Heritage Buildings Stewardship, Director (EN FR).txt", "pspc_her", "halves", "text", labels="C",
  money=("en", "fr"), dates=("iso", "long"), sup="line")
W("Terminologie - Director Terminology Standardization.docx", "pspc_term", "halves", "docx", labels="C", first="fr",
  money=("fr", "en"), dates=("long", "long"))
W("Pay Stabilization ED EX-02 2023.pdf", "pspc_pay", "halves", "pdf", labels="C", money=("en", "fr"),
  dates=("long", "iso"))
W("Directeur, Stabilisation de la paye EX-01 (2019).txt", "pspc_pay", "fr_only", "text-cp1252", lang="fr",
  labels="C", over=dict(title="Director, Pay Stabilization Operations", title_fr="Directeur, Opérations de stabilisation de la paye",
                        cls="EX-01", eff=date(2019, 1, 14),
                        reports=[T.R("Manager, Pay Backlog Reduction", "Gestionnaire, Réduction de l'arriéré de paye", "AS-07", 164)]
                        + T.P["pspc_pay"]["reports"][1:],
                        salary=21_450_000, om=1_090_000, fte=276), money=("en", "fr"))
W("Vendor Performance Mgmt - Dir - 2024.md", "pspc_ven", "halves", "markdown", labels="C", money=("en", "fr"),
  dates=("long", "long"), fr_over=dict(om=265_000, total=3_945_000),
  truth_over=dict(o_and_m=265_000, total=3_945_000),
  also={"note": "the French half's O&M is revised (265 000 $, total 3 945 000 $); the English half keeps $215,000 and $3,895,000"})

# ECCC: PDF, columns read across or one after another
W("ECCC Associate DM work description.pdf", "eccc_adm", "across", "pdf", labels="A", omit=("job",),
  dates=("long", "long"))
W("DG Atmospheric Monitoring 70419.pdf", "eccc_am", "after", "pdf", money=("enM", "frM"), dates=("long", "long"))
W("Hydrometric Operations Director - signed.pdf", "eccc_hyd", "across", "pdf", money=("en", "fr"),
  dates=("iso", "iso"))
W("Prévision qualité de l'air - Directrice.pdf", "eccc_aq", "across", "pdf", first="fr", money=("fr", "en"),
  dates=("long", "long"), sup="line")
W("ED Climate Data Services.docx", "eccc_cds", "sbs", "docx", reports="table", money=("enK", "frK"),
  dates=("long", "long"))

# Health Canada: French first
W("SMD - Sous-ministre déléguée - DT.docx", "hc_adm", "sbs", "docx", first="fr", reports="table",
  omit=("job", "fte"), dates=("long", "long"))
W("DG Surveillance instruments médicaux (40288).docx", "hc_md", "sbs", "docx", first="fr", reports="table",
  money=("en", "frnb"), dates=("long", "long"))
W("Conformité essais cliniques - Directeur (2020, FR).md", "hc_ct", "fr_only", "markdown", lang="fr",
  over=dict(eff=date(2020, 9, 28), salary=5_720_000, om=655_000, fte=54,
            reports=[T.R("Manager, Inspections", "Gestionnaire, Inspections", "BI-04", 38),
                     T.R("Manager, Compliance Policy", "Gestionnaire, Politique de conformité", "EC-07", 15)]),
  money=("en", "fr"), dates=("long", "long"))
W("Conformité des essais cliniques - Directeur - 2023 bilingue.pdf", "hc_ct", "across", "pdf", first="fr",
  money=("fr", "en"), dates=("long", "long"))
W("Examen des incidents - DT 40326.txt", "hc_dir", "twice", "text-cp1252", first="fr", labels="A",
  money=("fr", "en"), dates=("long", "long"))
W("CSL Director - WD (FR-EN).docx", "hc_csl", "sbs", "docx", first="fr", reports="lines", money=("fr", "en"),
  dates=("iso", "slash"))

# Transport Canada: scans
W("TC DG Marine Pilotage Oversight scan.txt", "tc_dg", "twice", "ocr", labels="A", damage="light",
  money=("en", "fr"), dates=("long", "long"))
W("scan_0031 Regional Director Civil Aviation PNR.txt", "tc_civ", "across", "ocr-columns", damage="middling",
  money=("en", "fr"), dates=("long", "long"))
W("Regional Director Civil Aviation Prairie Northern 2016.txt", "tc_civ", "en_only", "ocr", lang="en",
  damage="heavy", over=dict(eff=date(2016, 4, 1), salary=8_115_000, om=1_602_000, fte=61,
                            reports=T.P["tc_civ"]["reports"][:3]), money=("en", "fr"))
W("Dangerous Goods Inspections Dir.txt", "tc_dgi", "across", "ocr-columns", damage="heavy", money=("en", "fr"),
  dates=("iso", "iso"))
W("Port Security Programs - Directrice - 2022.pdf", "tc_psp", "twice", "pdf", labels="A", damage="middling",
  money=("en", "fr"), dates=("long", "long"))

# Statistics Canada: cp1252, halves
W("ACS Social Health Labour - 50011.txt", "stc_acs", "halves", "text-cp1252", labels="B", money=("enM", "frM"),
  dates=("long", "long"))
W("DG Census Field Operations 2023.txt", "stc_cfo", "halves", "text-cp1252", labels="B", first="fr",
  money=("fr", "en"), dates=("long", "long"))
W("Household Survey Methods DRAFT.txt", "stc_hsm", "twice", "text", labels="B", draft=True, omit=("pos",),
  header="DRAFT - ÉBAUCHE  (v0.4, not for classification / ne pas soumettre à la classification)",
  money=("en", "fr"))
W("Household Survey Methods - signed.pdf", "stc_hsm", "twice", "pdf", labels="B", money=("en", "fr"),
  dates=("long", "long"))
W("Data Access Centres, Director.docx", "stc_dac", "halves", "docx", labels="B", money=("en", "fr"),
  dates=("long", "long"),
  en_over=dict(reports=[dict(T.P["stc_dac"]["reports"][0], fte=41)] + T.P["stc_dac"]["reports"][1:]),
  truth_over=dict(direct_reports_fte={0: 41}),
  also={"note": "the English half gives the Research Data Centres Network 41 FTEs (revised), the French half still 38 ETP"})

# Parks Canada: Markdown tables
W("VP Heritage Places Restoration.md", "pc_vp", "mdtable", "markdown", money=("enM", "frM"), dates=("long", "long"))
W("Partenariats autochtones en conservation - Directrice.md", "pc_icp", "mdtable", "markdown", first="fr",
  money=("fr", "en"), dates=("long", "long"))
W("Visitor Reservation Services Director (OCR).txt", "pc_vrs", "halves", "ocr", labels="C", damage="light",
  money=("en", "fr"), dates=("long", "long"))
W("Visitor Reservation Services - 2019 EN.docx", "pc_vrs", "en_only", "docx", lang="en",
  over=dict(eff=date(2019, 6, 3), salary=3_310_000, om=4_870_000, fte=37,
            reports=[T.R("Manager, Reservation Contact Centre", "", "AS-05", 26), T.R("Manager, Reservation System", "", "CS-03", 7)]),
  money=("en", "fr"))

VERSIONS = [
    (["Director, Permanent Residence Processing (2019).docx", "61033 Director PR Processing_signed.docx"],
     "2019 English-only Word; 2023 bilingual form adds a Program Advisor, larger units and budget"),
    (["EX-03 DG Case Processing Network - WD 2023 (bilingual).docx", "EX-03 DG Case Processing Network - WD 2023 (bilingual).pdf"],
     "the same 2023 work description as Word and as a PDF export (columns one after another): the same values", True),
    (["Verification Analytics Director 2020 EN.txt", "Verification Analytics Director WD (1).docx"],
     "2020 English-only; 2024 bilingual adds Business Intelligence Reporting, larger budget"),
    (["Directeur, Stabilisation de la paye EX-01 (2019).txt", "Pay Stabilization ED EX-02 2023.pdf"],
     "2019 French-only; reclassified EX-01 -> EX-02, retitled Director -> Executive Director; the backlog manager became a director (EX-01)"),
    (["Conformité essais cliniques - Directeur (2020, FR).md", "Conformité des essais cliniques - Directeur - 2023 bilingue.pdf"],
     "2020 French-only, one inspections manager; 2023 bilingual, inspections split East/West"),
    (["Regional Director Civil Aviation Prairie Northern 2016.txt", "scan_0031 Regional Director Civil Aviation PNR.txt"],
     "2016 English scan; 2022 bilingual side-by-side scan adds Technical Program Evaluation"),
    (["Household Survey Methods DRAFT.txt", "Household Survey Methods - signed.pdf"],
     "DRAFT without position number or effective date; the signed PDF has both"),
    (["Visitor Reservation Services - 2019 EN.docx", "Visitor Reservation Services Director (OCR).txt"],
     "2019 English Word, two managers; 2023 bilingual scan adds Pricing and Revenue"),
]


# ------------------------------------------------------------------ documents to refuse
def refusals():
    rng = random.Random("blind134-refusals")
    out = []

    # 1. a bilingual job poster (Word)
    names = pick_people(rng, 2)
    doc = new_doc()
    doc.add_heading("Job Opportunity | Possibilité d'emploi", level=1)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in [("Executive Director, Climate Data Services (EX-02)", "Directeur exécutif ou directrice exécutive, Services de données climatiques (EX-02)"),
                 ("Environment and Climate Change Canada - Meteorological Service of Canada", "Environnement et Changement climatique Canada - Service météorologique du Canada"),
                 ("Vancouver (British Columbia), Gatineau (Quebec)", "Vancouver (Colombie-Britannique), Gatineau (Québec)"),
                 ("Salary: $157,700 to $185,500", "Salaire : 157 700 $ à 185 500 $"),
                 ("Selection process number: 24-ECC-EA-EX-771204", "Numéro du processus de sélection : 24-ECC-EA-EX-771204"),
                 ("Closing date: 2024-02-16 - 23:59, Pacific Time", "Date de clôture : 2024-02-16 - 23 h 59, heure du Pacifique"),
                 ("Who can apply: persons residing in Canada and Canadian citizens residing abroad.", "Qui est admissible : personnes résidant au Canada et citoyens canadiens résidant à l'étranger."),
                 ("Essential qualifications: a degree from a recognized post-secondary institution; experience leading a data or scientific service; experience managing human and financial resources.",
                  "Qualifications essentielles : un grade d'un établissement d'enseignement postsecondaire reconnu; expérience de la direction d'un service de données ou d'un service scientifique; expérience de la gestion de ressources humaines et financières."),
                 ("Language requirements: bilingual imperative CBC/CBC", "Exigences linguistiques : bilingue impératif CBC/CBC"),
                 (f"Contact: {names[0]}, Executive Resourcing", f"Personne-ressource : {names[0]}, Dotation des cadres"),
                 (f"Hiring manager: {names[1]}", f"Gestionnaire d'embauche : {names[1]}")]:
        c = t.add_row().cells
        c[0].text, c[1].text = a, b
    doc.add_paragraph("The Public Service of Canada is committed to employment equity. / "
                      "La fonction publique du Canada s'est engagée à instaurer l'équité en matière d'emploi.")
    out.append(("Offre d'emploi - Job Opportunity EX-02 Climate Data.docx", "docx", "bilingual", docx_bytes(doc), names,
                "a bilingual job poster for the EX-02 position of 'ED Climate Data Services.docx' (salary range, "
                "closing date, qualifications): an advertisement, not a work description"))

    # 2. a translation memo (cp1252)
    names = pick_people(rng, 3)
    memo = f"""MEMORANDUM / NOTE DE SERVICE

TO / DESTINATAIRE: {names[0]}, Translation Bureau / Bureau de la traduction
FROM / EXPÉDITEUR: {names[1]}, Classification Services / Services de classification
DATE: 2023-11-20
FILE / DOSSIER: 7150-24-EX
SUBJECT / OBJET: Translation of executive work descriptions - batch 4 / Traduction de descriptions de travail de la direction - lot 4

Please find attached, for translation into French, the following executive work descriptions approved by the
Deputy Minister on 14 November 2023. The English versions are final; the French versions are required before
the December classification committee.

  Position   Title                                              Level   Words
  88140      Director, Heritage Buildings Stewardship           EX-01   2 140
  88261      Director, Terminology Standardization              EX-01   1 985
  88377      Executive Director, Pay Stabilization Operations   EX-02   2 610
  88419      Director, Vendor Performance Management            EX-01   1 770

Total: 8 505 words. Cost centre 412-883, budget $3,400.

Veuillez noter que les titres français doivent être validés par la Direction de la terminologie avant la
traduction des textes. Merci de votre collaboration.

{names[1]}
c.c. {names[2]}
"""
    out.append(("Translation request - WD batch 4 (Bureau de la traduction).txt", "text-cp1252", "bilingual",
                to_cp1252(memo), names, "a memorandum sending four work descriptions for translation, with a table "
                "of position numbers, titles, levels and word counts"))

    # 3. an empty bilingual template (Word)
    doc = new_doc()
    doc.add_heading("Executive Work Description | Description de travail - Groupe de la direction", level=1)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k in ("title", "cls", "pos", "job", "eff", "dept", "loc", "sup_title", "sup_cls", "sup_pos"):
        c = t.add_row().cells
        cell_text(c[0], LABELS["A"][k][0], "")
        cell_text(c[1], LABELS["A"][k][1], "")
    for k in ("ga", "org", "dims", "ns", "sa"):
        doc.add_heading(f"{SECTIONS[k][0]} / {SECTIONS[k][1]}", level=2)
        if k == "dims":
            t = doc.add_table(rows=0, cols=3)
            t.style = "Table Grid"
            for lab in DIMLAB.values():
                c = t.add_row().cells
                c[0].text = f"{lab[0]} / {lab[1]}"
        elif k == "org":
            t = doc.add_table(rows=2, cols=4)
            t.style = "Table Grid"
            for i, x in enumerate(["Position title", "Titre du poste", "Group and level / Groupe et niveau", "FTEs / ETP"]):
                t.rows[0].cells[i].text = x
        else:
            doc.add_paragraph("[Insert text / Insérer le texte]")
    doc.add_paragraph("Template version 2023-01 / Gabarit version 2023-01")
    out.append(("Template - Executive WD bilingual (blank).docx", "docx", "bilingual", docx_bytes(doc), [],
                "the department's empty bilingual work-description template: labels, no values"))

    # 4. an organization chart (PDF)
    names = pick_people(rng, 5)
    chart = [
        "REAL PROPERTY ASSET MANAGEMENT / GESTION DES BIENS IMMOBILIERS",
        "Organization chart / Organigramme - 2023-04-01",
        "",
        "                 Director General / Directrice générale (EX-03)",
        f"                 {names[0]}   - 88102",
        "                                |",
        "     +--------------------------+---------------------------+",
        "     |                          |                           |",
        "Director / Directrice     Director / Directeur        Director / Directeur",
        "Heritage Buildings        Portfolio Planning          Facilities Decommissioning",
        "Stewardship / Intendance  Planification du            Déclassement des",
        "des édifices patrimoniaux portefeuille                installations",
        f"EX-01  88140  (74)        EX-01  88144  (58)          EX-01  88151  (41)",
        f"{names[1]:<26}{names[2]:<28}{names[3]}",
        "",
        f"Business Management / Gestion des activités  FI-03 (9)  {names[4]}",
        "",
        "Total FTEs / ETP : 183",
    ]
    out.append(("Organigramme RPAM 2023 - Org chart.pdf", "pdf", "bilingual", pdf_bytes(["\n".join(chart)]), names,
                "the organization chart of Real Property Asset Management (boxes, names, levels, FTEs)"))

    # 5. a scan without a text layer
    out.append(("scan_0044.pdf", "pdf", "bilingual", pdf_bytes(["", "", ""]), [],
                "three pages without a text layer (a scanned work description never OCR'd): unreadable"))

    # 6. bilingual minutes of a classification committee (Markdown)
    names = pick_people(rng, 4)
    minutes = f"""# Executive Classification Committee / Comité de classification des cadres

**Minutes / Compte rendu** - 14 November 2023 / 14 novembre 2023

Present / Présents : {names[0]} (Chair / présidente), {names[1]}, {names[2]}
Secretary / Secrétaire : {names[3]}

## 1. Decisions / Décisions

| Position / Poste | Title / Titre | Proposed / Proposé | Decision / Décision |
|---|---|---|---|
| 88377 | Executive Director, Pay Stabilization Operations | EX-02 | Approved / Approuvé, effective 2023-08-14 |
| 88419 | Director, Vendor Performance Management | EX-01 | Deferred / Reporté |
| 88261 | Director, Terminology Standardization | EX-01 | Approved / Approuvé |

## 2. Discussion

The committee noted that the bilingual work descriptions must state the same figures in both languages.
Le comité demande que les dimensions soient mises à jour dans les deux versions (salaires et F et E).

## 3. Next meeting / Prochaine réunion

12 December 2023 / 12 décembre 2023
"""
    out.append(("Compte rendu - Comité de classification EX 2023-11-14.md", "markdown", "bilingual",
                minutes.encode(), names, "bilingual minutes of a classification committee with a decisions table"))
    return out


# ------------------------------------------------------------------ main
def dump(path, data):
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=110), encoding="utf-8")


def main():
    for folder in (CORPUS, EXPECTED):
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir()
    byname = {d.name: d for d in DOCS}
    # the newest document of each position number, for reports_to_in_corpus
    newest = {}
    for d in DOCS:
        num = d.p["pos"]
        if num not in newest or d.p["eff"] > newest[num].p["eff"]:
            newest[num] = d
    vermap = {}
    for names, note, *same in VERSIONS:
        for n in names:
            vermap[n] = (names, note, bool(same))
    for d in DOCS:
        data = render(d)
        (CORPUS / d.name).write_bytes(data)
        fields, ns, also = truth(d)
        sp = d.p["sup"]["position_number"]
        if sp in newest:
            also["reports_to_in_corpus"] = newest[sp].name
        v = None
        if d.name in vermap:
            names, note, same = vermap[d.name]
            v = {"documents": names, "newest": names[-1], "same_text": same, "note": note}
        dump(EXPECTED / f"{d.name}.expected.yaml", {
            "document": d.name, "kind": d.kind, "language": d.lang, "outcome": "import", "fields": fields,
            "not_stated": ns, "also": also, "people": list(d.people), "versions": v})
    for name, kind, lang, data, people, why in refusals():
        (CORPUS / name).write_bytes(data)
        dump(EXPECTED / f"{name}.expected.yaml", {
            "document": name, "kind": kind, "language": lang, "outcome": "refuse", "fields": None,
            "not_stated": None, "also": {"why": why}, "people": people, "versions": None})


if __name__ == "__main__":
    main()
