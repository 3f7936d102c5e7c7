"""Blind corpus 129 for `hrkit import`: layouts a reader follows without thinking.

Run from the repository root: /work/main/.venv/bin/python bench/import/blind129/make_blind.py
Writes corpus/ and expected/ beside this file, the same bytes on every run.
"""
import copy
import datetime
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
from docx.enum.text import WD_BREAK  # noqa: E402
from docx.oxml import parse_xml  # noqa: E402
from docx.shared import Pt  # noqa: E402

from tests.import_files import pdf_bytes  # noqa: E402
import texts as T  # noqa: E402

CORPUS = HERE / "corpus"
EXPECTED = HERE / "expected"
NBSP = "\u00a0"

# ----------------------------------------------------------------------------------------------
# positions: numbers, people, dimensions, reports

RNG = random.Random(129)
POS = {}
_used_names = set()


def new_name():
    while True:
        n = f"{RNG.choice(T.GIVEN)} {RNG.choice(T.FAMILY)}"
        if n not in _used_names:
            _used_names.add(n)
            return n


_numbers = RNG.sample(range(41000, 49999), 60)
for i, (key, (ten, tfr, cls, sup, loc, locfr, dom)) in enumerate(T.POSITIONS.items()):
    POS[key] = dict(key=key, title=ten, title_fr=tfr, classification=cls, sup=sup, location=loc,
                    location_fr=locfr, domain=dom, number=str(_numbers[i]),
                    job_code=("0" if i % 11 == 4 else RNG.choice("23")) + str(RNG.randint(10000, 99999)),
                    incumbent=new_name())

# direct reports of the directors (non-EX), then of the executives above them
for key, p in POS.items():
    if p["classification"] == "EX-01":
        pool = T.REPORT_POOL[p["domain"]]
        n = RNG.randint(3, 6)
        picks = RNG.sample(pool, min(n, len(pool)))
        reports = [dict(title=t, title_fr=tf, classification=c, fte=RNG.randint(4, 26)) for t, tf, c in picks]
        if RNG.random() < 0.4:
            reports.append(dict(title="Executive Assistant", title_fr="Adjointe exécutive", classification="AS-02", fte=1))
        p["reports"] = reports
for level in ("EX-02", "EX-03", "EX-05"):
    for key, p in POS.items():
        if p["classification"] != level:
            continue
        reports = []
        for k2, q in POS.items():
            if q["sup"] == key:
                reports.append(dict(title=q["title"], title_fr=q["title_fr"], classification=q["classification"],
                                    fte=None, key=k2))
        if level != "EX-05":
            reports.append(dict(title="Senior Advisor", title_fr="Conseiller principal", classification="EC-07", fte=1))
        else:
            reports.append(dict(title="Chief of Staff", title_fr="Chef de cabinet", classification="EC-08", fte=6))
        p["reports"] = reports


def unit_fte(key):
    p = POS[key]
    if "unit_fte" in p:
        return p["unit_fte"]
    total = 1
    for r in p["reports"]:
        if r.get("key"):
            r["fte"] = unit_fte(r["key"])
        total += r["fte"]
    p["unit_fte"] = total
    return total


for key in POS:
    unit_fte(key)
for key, p in POS.items():
    fte = p["unit_fte"]
    p["salary"] = fte * RNG.randint(92, 108) * 1000
    p["o_and_m"] = RNG.randint(max(2, fte // 4), max(4, fte)) * 10000
    if p["classification"] != "EX-01":
        p["o_and_m"] = int(round(p["o_and_m"] * 3, -3))
    p["total"] = p["salary"] + p["o_and_m"]

# ----------------------------------------------------------------------------------------------
# notation

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
ABBR_EN = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]


def fdate(d, style):
    if d is None:
        return None
    if style == "long":
        return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"
    if style == "dmy":
        return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"
    if style == "abbr":
        return f"{ABBR_EN[d.month - 1]} {d.day}, {d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "fr":
        return f"{'1er' if d.day == 1 else d.day} {MONTHS_FR[d.month - 1]} {d.year}"
    if style == "fr_le":
        return f"le {'1er' if d.day == 1 else d.day} {MONTHS_FR[d.month - 1]} {d.year}"
    if style == "dots":
        return f"{d.year}.{d.month:02d}.{d.day:02d}"
    raise ValueError(style)


def fmoney(n, style, nbsp=NBSP):
    if n is None:
        return None
    if style == "full":
        return f"${n:,}"
    if style == "M":
        return f"${n / 1e6:.3f}".rstrip("0").rstrip(".") + "M"
    if style == "million":
        return f"${n / 1e6:.3f}".rstrip("0").rstrip(".") + " million"
    if style == "K":
        return f"${n // 1000:,}K"
    if style == "fr":
        return f"{n:,}".replace(",", nbsp) + f"{nbsp}$"
    if style == "frM":
        return (f"{n / 1e6:.3f}".rstrip("0").rstrip(".")).replace(".", ",") + f"{nbsp}M$"
    raise ValueError(style)


def fclass(c, style):
    if c is None:
        return None
    if style == "space":
        return c.replace("-", " ", 1) if c.startswith("EX") else c
    return c


# ----------------------------------------------------------------------------------------------
# labels

L = {
    "en": dict(form="EXECUTIVE WORK DESCRIPTION", title="Position title", number="Position number",
               job="Job code", cls="Group and level", eff="Effective date", dept="Department",
               branch="Group", loc="Location", sup_t="Supervisor's position title",
               sup_n="Supervisor's position number", sup_c="Supervisor's group and level",
               ga="GENERAL ACCOUNTABILITY", org="ORGANIZATION STRUCTURE", dims="DIMENSIONS",
               ns="NATURE AND SCOPE", sa="SPECIFIC ACCOUNTABILITIES", fte="FTEs", sal="Salary",
               om="O&M", tot="Total", unit_fte="FTEs in the organization", sign="SIGNATURES",
               rep_pos="Position", rep_cls="Group and level", rep_fte="FTEs", reports_to="Reports to",
               incumbent="Incumbent", recommended="Recommended by", approved="Approved by",
               prepared="Classification advisor", page="Page", of="of", continued="(continued)",
               intro="The following positions report directly to the {t}:", tbd="To be assigned",
               upon="Upon approval"),
    "fr": dict(form="DESCRIPTION DE TRAVAIL – GROUPE DE LA DIRECTION", title="Titre du poste",
               number="Numéro du poste", job="Code d'emploi", cls="Groupe et niveau",
               eff="Date d'entrée en vigueur", dept="Ministère", branch="Groupe", loc="Lieu de travail",
               sup_t="Titre du poste du superviseur", sup_n="Numéro du poste du superviseur",
               sup_c="Groupe et niveau du superviseur", ga="RESPONSABILITÉ GÉNÉRALE",
               org="STRUCTURE DE L'ORGANISATION", dims="DIMENSIONS", ns="NATURE ET ÉTENDUE",
               sa="ACTIVITÉS PRINCIPALES", fte="ETP", sal="Salaires", om="F et E", tot="Total",
               unit_fte="ETP de l'organisation", sign="SIGNATURES", rep_pos="Poste", rep_cls="Groupe et niveau",
               rep_fte="ETP", reports_to="Relève de", incumbent="Titulaire", recommended="Recommandé par",
               approved="Approuvé par", prepared="Conseillère en classification", page="Page", of="de",
               continued="(suite)", intro="Les postes suivants relèvent directement du titulaire :",
               tbd="À déterminer", upon="Dès l'approbation"),
}
DM_EN, DM_FR = "Deputy Minister of Transport", "Sous-ministre des Transports"

# ----------------------------------------------------------------------------------------------
# a document's content (what it states) and its truth


def content(spec):
    """The values a document states, in its notations, and its truth."""
    p = copy.deepcopy(POS[spec["key"]])
    p.update(spec.get("override", {}))
    lang = spec["lang"]
    o = spec
    sup = POS.get(p["sup"]) if p["sup"] else None
    sup_title = sup["title"] if sup else DM_EN
    sup_title_fr = sup["title_fr"] if sup else DM_FR
    sup_cls = sup["classification"] if sup else None
    sup_num = sup["number"] if sup else None
    if "sup_override" in o:
        sup_title, sup_title_fr, sup_cls = o["sup_override"]
    if not o.get("sup_number", True) or o.get("sup") in ("chart", "sentence"):
        sup_num = None
    eff = o.get("date")
    pos_num = None if o.get("no_number") else p["number"]
    job = None if o.get("no_job") else p["job_code"]
    total = None if o.get("no_total") else p["total"]
    reports = copy.deepcopy(p["reports"])
    for r in reports:
        if o.get("report_fte") is False:
            r["fte"] = None
    truth_reports = [dict(title=r["title_fr"] if lang == "fr" else r["title"], classification=r["classification"],
                          fte=r["fte"]) for r in reports]
    fields = dict(
        title=p["title_fr"] if lang == "fr" else p["title"],
        classification=p["classification"], job_code=job, position_number=pos_num,
        effective_date=eff,
        supervisor=dict(position_number=sup_num, title=sup_title_fr if lang == "fr" else sup_title,
                        classification=sup_cls),
        direct_reports=truth_reports, salary=p["salary"], o_and_m=p["o_and_m"], total=total,
        location=p["location_fr"] if lang == "fr" else p["location"])
    also = dict(department=T.DEPARTMENT_FR if lang == "fr" else T.DEPARTMENT_EN,
                branch=T.GROUP_FR if lang == "fr" else T.GROUP_EN, fte=p["unit_fte"])
    if lang == "bilingual":
        also["title_fr"] = p["title_fr"]
        also["location_fr"] = p["location_fr"]
    if lang == "fr":
        also["title_en"] = p["title"]
    return p, fields, also, reports, dict(sup_title=sup_title, sup_title_fr=sup_title_fr, sup_cls=sup_cls,
                                          sup_num=sup_num, sup=sup)


ADVISORS = {}


class Doc:
    """Pieces of one document in one language, already in its notations."""

    def __init__(self, spec, lang):
        self.spec = spec
        p, fields, also, reports, s = content(spec)
        self.p, self.fields, self.also, self.s = p, fields, also, s
        self.lang = lang
        lb = self.lb = L[lang]
        fr = lang == "fr"
        ds = spec.get("date_style", "fr" if fr else "long")
        ms = spec.get("money", "fr" if fr else "full")
        cs = spec.get("cls_style", "std")
        self.title = p["title_fr"] if fr else p["title"]
        self.cls = fclass(p["classification"], cs)
        self.number = fields["position_number"] or (lb["tbd"] if spec.get("no_number") == "tbd" else None)
        self.job = fields["job_code"]
        self.eff = fdate(fields["effective_date"], ds) if fields["effective_date"] else (
            lb["upon"] if spec.get("date_upon") else None)
        self.dept = T.DEPARTMENT_FR if fr else T.DEPARTMENT_EN
        self.branch = T.GROUP_FR if fr else T.GROUP_EN
        self.loc = p["location_fr"] if fr else p["location"]
        self.sup_title = s["sup_title_fr"] if fr else s["sup_title"]
        self.sup_cls = fclass(s["sup_cls"], cs)
        self.sup_num = s["sup_num"]
        nb = " " if spec["kind"] in ("ocr", "ocr-columns") else NBSP
        self.salary = fmoney(p["salary"], ms, nb)
        self.om = fmoney(p["o_and_m"], ms, nb)
        self.total = fmoney(fields["total"], ms, nb) if fields["total"] is not None else None
        self.unit_fte = str(p["unit_fte"])
        self.reports = [(r["title_fr"] if fr else r["title"], fclass(r["classification"], cs),
                         None if r["fte"] is None else str(r["fte"])) for r in reports]
        dom = p["domain"]
        if fr:
            self.ga = (f"{'La' if p['title_fr'].startswith(('Directrice', 'Sous')) else 'Le'} titulaire du poste "
                       f"de {self.title.split(',')[0].lower()} est responsable de {T.DOMAIN_FR[dom]}, et dirige "
                       f"l'élaboration et l'exécution des programmes de surveillance qui s'y rattachent.")
            extra = spec.get("scope_extra_fr", "")
            self.ns = T.SCOPE_FR.format(extra=extra).strip()
            self.sa = T.ACCOUNT_FR[:5] if len(self.reports) % 2 else T.ACCOUNT_FR[2:]
        else:
            self.ga = (f"The {self.title} is accountable for {T.DOMAIN_EN[dom]}, and directs the development "
                       f"and delivery of the oversight programs that support it.")
            extra = spec.get("scope_extra", "")
            self.ns = T.SCOPE_EN.format(extra=extra).strip()
            self.sa = T.ACCOUNT_EN[:5] if len(self.reports) % 2 else T.ACCOUNT_EN[2:]
        self.intro = lb["intro"].format(t=self.title)
        sup = s["sup"]
        sup_name = sup["incumbent"] if sup else None
        self.people = []
        self.signs = []
        if spec.get("incumbent", True):
            self.people.append(p["incumbent"])
        sd = fdate(fields["effective_date"] - datetime.timedelta(days=9), ds) if fields["effective_date"] else ""
        if spec.get("signs", True):
            ck = (spec["key"], spec.get("v") == "same" or spec["file"])
            adv = ADVISORS.get(ck) or new_name()
            ADVISORS[ck] = adv
            if sup_name:
                self.signs.append((lb["recommended"], sup_name, self.sup_title, sd))
            appr = POS[sup["sup"]]["incumbent"] if sup and sup["sup"] else None
            if appr:
                self.signs.append((lb["approved"], appr, POS[sup["sup"]]["title_fr" if fr else "title"], sd))
            self.signs.append((lb["prepared"], adv, "", sd))
            self.people += [x[1] for x in self.signs]

    def header_fields(self, sup=True):
        lb = self.lb
        rows = [(lb["title"], self.title), (lb["number"], self.number), (lb["job"], self.job),
                (lb["cls"], self.cls), (lb["eff"], self.eff), (lb["dept"], self.dept),
                (lb["branch"], self.branch), (lb["loc"], self.loc)]
        if sup:
            rows += [(lb["sup_t"], self.sup_title), (lb["sup_n"], self.sup_num), (lb["sup_c"], self.sup_cls)]
        return [(a, b) for a, b in rows if b is not None]

    def sup_line(self):
        lb = self.lb
        s = f"{lb['reports_to']}: {self.sup_title}"
        if self.sup_cls:
            s += f" ({self.sup_cls})"
        if self.sup_num:
            s += f", {'poste no' if self.lang == 'fr' else 'position no.'} {self.sup_num}"
        return s

    def sup_sentence(self):
        if self.lang == "fr":
            return f"Le poste relève du {self.sup_title}" + (f" ({self.sup_cls})." if self.sup_cls else ".")
        return f"The {self.title} reports to the {self.sup_title}" + (f" ({self.sup_cls})." if self.sup_cls else ".")

    def dims(self):
        lb = self.lb
        rows = [(lb["unit_fte"], self.unit_fte), (lb["sal"], self.salary), (lb["om"], self.om)]
        if self.total:
            rows.append((lb["tot"], self.total))
        return [(a, b) for a, b in rows if b is not None]

    def rep_str(self, r, style):
        t, c, f = r
        fte = self.lb["fte"]
        if f == "1" and self.lang == "en":
            fte = "FTE"
        if style == "dash":
            return f"{c} - {t}" + (f" ({f} {fte})" if f else "")
        if style == "prose":
            return f"the {t} ({c}" + (f"; {f} {fte})" if f else ")")
        return f"{t} ({c}" + (f", {f} {fte})" if f else ")")


# ----------------------------------------------------------------------------------------------
# plain text renderers


def wrap(text, width, rng=None, hyph=0.0):
    words = text.split()
    lines, cur = [], ""
    for w in words:
        if not cur:
            cur = w
        elif len(cur) + 1 + len(w) <= width:
            cur += " " + w
        else:
            room = width - len(cur) - 2
            if rng and len(w) >= 8 and room >= 3 and rng.random() < hyph and w.isalpha():
                cut = min(room, len(w) - 3)
                lines.append(cur + " " + w[:cut] + "-")
                cur = w[cut:]
            else:
                lines.append(cur)
                cur = w
    if cur:
        lines.append(cur)
    return lines


BREAK = "\f"


def box_chart(d, width=26, with_sup=True, per_row=3):
    """An organization chart drawn with boxes side by side."""
    def box(lines):
        inner = []
        for ln in lines:
            inner += textwrap.wrap(ln, width - 4) or [""]
        return ["+" + "-" * (width - 2) + "+"] + ["| " + x.ljust(width - 4) + " |" for x in inner] + \
               ["+" + "-" * (width - 2) + "+"]

    def row(boxes, indent=0):
        h = max(len(b) for b in boxes)
        boxes = [b[:-1] + [("|" + " " * (width - 2) + "|")] * (h - len(b)) + b[-1:] for b in boxes]
        return [" " * indent + "  ".join(b[i] for b in boxes) for i in range(h)]

    out = []
    fte = d.lb["fte"]
    total_w = per_row * width + (per_row - 1) * 2
    mid = (total_w - width) // 2
    if with_sup:
        out += row([box([d.sup_title, d.sup_cls or ""])], mid)
        out.append(" " * (mid + width // 2) + "|")
    out += row([box([d.title, d.cls, f"{d.unit_fte} {fte}"])], mid)
    out.append(" " * (mid + width // 2) + "|")
    out.append("-" * total_w)
    reps = d.reports
    for i in range(0, len(reps), per_row):
        chunk = reps[i:i + per_row]
        out += row([box([t, c] + ([f"{f} {fte}"] if f else [])) for t, c, f in chunk])
        out.append("")
    return out


def text_lines(d, spec, width=76, rng=None, hyph=0.0, md=False):
    """One language's document as lines (plain text or Markdown)."""
    lb = d.lb
    o = spec
    out = []
    H = (lambda s: ["", "## " + s.title(), ""]) if md else (lambda s: ["", s, ""])
    out.append(("# " if md else "") + lb["form"])
    out.append("")
    sup_style = o.get("sup", "fields")
    for a, b in d.header_fields(sup=sup_style == "fields"):
        out.append(f"*   **{a}:** {b}" if md else f"{a}: {b}")
    if sup_style == "line":
        out.append(d.sup_line())
    if d.people and o.get("incumbent", True):
        out.append(f"{lb['incumbent']}: {d.p['incumbent']}")
    out += H(lb["ga"])
    out += [d.ga] if md else wrap(d.ga, width, rng, hyph)
    out += H(lb["org"])
    if sup_style == "sentence":
        out += wrap(d.sup_sentence(), width, rng, hyph)
        out.append("")
    rstyle = o.get("reports", "bullets")
    if rstyle == "chart":
        out += (["```"] if md else []) + box_chart(d, with_sup=sup_style == "chart") + (["```"] if md else [])
    elif rstyle == "prose":
        s = ("Reporting to the position are " if d.lang != "fr" else "Relèvent du titulaire : ") + \
            "; ".join(d.rep_str(r, "prose") for r in d.reports) + "."
        out += wrap(s, width, rng, hyph)
    elif rstyle == "table":
        out.append(d.intro)
        out.append("")
        if md:
            out.append(f"| {lb['rep_pos']} | {lb['rep_cls']} | {lb['rep_fte']} |")
            out.append("|---|---|---|")
            rows = [f"| {t} | {c} | {f or ''} |" for t, c, f in d.reports]
        else:
            w = max(len(t) for t, _, _ in d.reports) + 3
            out.append(f"{lb['rep_pos']:<{w}}{lb['rep_cls']:<18}{lb['rep_fte']}")
            rows = [f"{t:<{w}}{c:<18}{f or ''}" for t, c, f in d.reports]
        half = len(rows) // 2 if o.get("break_reports") else None
        for i, r in enumerate(rows):
            if i == half:
                out.append(BREAK)
                if not md:
                    out.append(f"{lb['rep_pos']:<{w}}{lb['rep_cls']:<18}{lb['rep_fte']}   {lb['continued']}")
            out.append(r)
    else:
        out.append(d.intro)
        out.append("")
        mark = "*   " if md else ("- " if rstyle != "dash" else "")
        items = [mark + d.rep_str(r, rstyle) for r in d.reports]
        half = len(items) // 2 if o.get("break_reports") else None
        for i, it in enumerate(items):
            if i == half:
                out.append(BREAK)
            out.append(it)
    out += H(lb["dims"])
    for a, b in d.dims():
        out.append(f"*   **{a}:** {b}" if md else f"{a}: {b}")
    out += H(lb["ns"])
    out += [d.ns] if md else wrap(d.ns, width, rng, hyph)
    out += H(lb["sa"])
    for i, a in enumerate(d.sa, 1):
        out += [f"{i}.  {a}"] if md else wrap(f"{i}. {a}", width, rng, hyph)
    if d.signs:
        out += H(lb["sign"])
        for role, name, title, date in d.signs:
            s = f"{role}: {name}" + (f", {title}" if title else "") + (f"   {date}" if date else "")
            out.append(("*   " + s) if md else s)
    return out


def side_by_side(left, right, width=44, gap=4):
    """Two columns of lines laid next to each other, as a page shows them."""
    lw = []
    for ln in left:
        lw += textwrap.wrap(ln, width) if len(ln) > width and ln != BREAK else [ln]
    rw = []
    for ln in right:
        rw += textwrap.wrap(ln, width) if len(ln) > width and ln != BREAK else [ln]
    n = max(len(lw), len(rw))
    lw += [""] * (n - len(lw))
    rw += [""] * (n - len(rw))
    out = []
    for a, b in zip(lw, rw):
        if a == BREAK or b == BREAK:
            out.append(BREAK)
            a = "" if a == BREAK else a
            b = "" if b == BREAK else b
            if not (a or b):
                continue
        out.append((a.ljust(width + gap) + b).rstrip())
    return out


def across(left, right, rng, gap=(1, 3)):
    """Two text columns read straight across by the OCR: each line is a left part then a right part."""
    n = max(len(left), len(right))
    left = left + [""] * (n - len(left))
    right = right + [""] * (n - len(right))
    return [(a + " " * rng.randint(*gap) + b).strip() for a, b in zip(left, right)]


def paginate(lines, header, footer_style, per_page=50):
    pages, cur = [], []
    for ln in lines:
        if ln == BREAK or len(cur) >= per_page:
            pages.append(cur)
            cur = []
            if ln == BREAK:
                continue
        cur.append(ln)
    if cur:
        pages.append(cur)
    out = []
    n = len(pages)
    for i, pg in enumerate(pages, 1):
        if header and (i > 1 or footer_style == "all"):
            out += [header.format(n=i, m=n), ""]
        out += pg
        out += ["", {"dash": f"- {i} -", "all": f"Page {i} of {n}", "bare": f"{i}",
                     "fr": f"Page {i} de {n}"}[footer_style if footer_style != "all" else "all"], ""]
    return out


# ----------------------------------------------------------------------------------------------
# OCR damage

DIGIT = {"0": "Oo", "1": "Il", "5": "S", "8": "B", "6": "b"}
LETTER = [("m", "rn"), ("rn", "m"), ("e", "c"), ("i", "l"), ("d", "cl"), ("h", "b"), ("u", "v"), ("é", "e"),
          ("è", "e"), ("t", "f"), ("o", "a"), ("l", "1")]
STRENGTH = {"light": (0.12, 0.008, 0.01), "middling": (0.35, 0.025, 0.03), "heavy": (0.6, 0.06, 0.07)}


def damage(text, strength, rng, protect):
    pd, pl, pr = STRENGTH[strength]
    keep = {}
    for i, name in enumerate(sorted(set(protect), key=len, reverse=True)):
        tok = f"\x01{i}\x02"
        keep[tok] = name
        text = text.replace(name, tok)

    def word(m):
        w = m.group(0)
        if "\x01" in w or "\x02" in w:
            return w
        if any(ch.isdigit() for ch in w):
            return "".join(rng.choice(DIGIT[ch]) if ch in DIGIT and rng.random() < pd else ch for ch in w)
        if len(w) > 3 and rng.random() < pl:
            a, b = rng.choice(LETTER)
            j = w.find(a)
            if j > 0:
                w = w[:j] + b + w[j + len(a):]
        return w

    text = re.sub(r"[^\s|+\-]+", word, text)
    text = re.sub(r"(?<=\S)(:|,)? (?=\S)", lambda m: (m.group(1) or "") + ("" if rng.random() < pr else " "), text)
    for tok, name in keep.items():
        text = text.replace(tok, name)
    return text


# ----------------------------------------------------------------------------------------------
# Word


def fixed_docx(document, path):
    cp = document.core_properties
    cp.author = "Transport Canada"
    cp.last_modified_by = "Transport Canada"
    cp.created = datetime.datetime(2024, 1, 1)
    cp.modified = datetime.datetime(2024, 1, 1)
    cp.revision = 1
    cp.title = ""
    buf = io.BytesIO()
    document.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in src.namelist():
            if name == "docProps/thumbnail.jpeg":
                continue
            data = src.read(name)
            if name == "[Content_Types].xml":
                data = data.replace(b'<Default Extension="jpeg" ContentType="image/jpeg"/>', b"")
            if name == "_rels/.rels":
                data = re.sub(rb'<Relationship [^>]*thumbnail[^>]*/>', b"", data)
            zi = zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    path.write_bytes(out.getvalue())


def merged_fields_table(document, d, sup=True):
    """Identification in a four-column table: a merged banner, label/value pairs, a merged supervisor block."""
    lb = d.lb
    pairs = d.header_fields(sup=False)
    rows_needed = 1 + (len(pairs) + 1) // 2 + (3 if sup else 0)
    t = document.add_table(rows=rows_needed, cols=4)
    t.style = "Table Grid"
    banner = t.cell(0, 0).merge(t.cell(0, 3))
    banner.text = "IDENTIFICATION DU POSTE" if d.lang == "fr" else "POSITION IDENTIFICATION"
    r = 1
    for i in range(0, len(pairs), 2):
        a = pairs[i]
        t.cell(r, 0).text, t.cell(r, 1).text = a[0], a[1]
        if i + 1 < len(pairs):
            b = pairs[i + 1]
            t.cell(r, 2).text, t.cell(r, 3).text = b[0], b[1]
        else:
            t.cell(r, 1).merge(t.cell(r, 3))
        r += 1
    if sup:
        side = t.cell(r, 0).merge(t.cell(r + 2, 0))
        side.text = "Superviseur" if d.lang == "fr" else "Supervisor"
        sub = [("Titre du poste", d.sup_title), ("Numéro du poste", d.sup_num or ""),
               ("Groupe et niveau", d.sup_cls or "")] if d.lang == "fr" else \
              [("Position title", d.sup_title), ("Position number", d.sup_num or ""),
               ("Group and level", d.sup_cls or "")]
        for k, (a, b) in enumerate(sub):
            t.cell(r + k, 1).text = a
            v = t.cell(r + k, 2).merge(t.cell(r + k, 3))
            v.text = b
    return t


def merged_reports_table(document, d, break_at=None):
    """Reports in a table whose first column groups rows (merged vertically) and whose last row is a total;
    at a page break the table stops and goes on, under its header row again, on the next page."""
    if break_at:
        groups_table(document, d, d.reports[:break_at], total=False, offset=0)
        p = document.add_paragraph()
        p.add_run().add_break(WD_BREAK.PAGE)
        document.add_paragraph(f"{d.title} — {d.lb['org'].lower()} {d.lb['continued']}")
        return groups_table(document, d, d.reports[break_at:], total=True, offset=break_at)
    return groups_table(document, d, d.reports, total=True, offset=0)


def groups_table(document, d, reps, total, offset):
    lb = d.lb
    n_all = len(d.reports)
    groups = []
    for i, r in enumerate(reps):
        g = ("Unités opérationnelles" if d.lang == "fr" else "Operational units") if i + offset < (n_all + 1) // 2 else \
            ("Soutien et politiques" if d.lang == "fr" else "Policy and support")
        groups.append(g)
    t = document.add_table(rows=len(reps) + (2 if total else 1), cols=4)
    t.style = "Table Grid"
    for j, h in enumerate(["Secteur" if d.lang == "fr" else "Area", lb["rep_pos"], lb["rep_cls"], lb["rep_fte"]]):
        t.cell(0, j).text = h
    for i, (ti, c, f) in enumerate(reps, 1):
        t.cell(i, 1).text, t.cell(i, 2).text, t.cell(i, 3).text = ti, c, f or ""
    start = 1
    for i in range(1, len(reps) + 1):
        if i == len(reps) or groups[i] != groups[i - 1]:
            m = t.cell(start, 0).merge(t.cell(i, 0))
            m.text = groups[i - 1]
            start = i + 1
    if total:
        last = len(reps) + 1
        tot = t.cell(last, 0).merge(t.cell(last, 2))
        tot.text = "Total des rapports directs" if d.lang == "fr" else "Total, direct reports"
        t.cell(last, 3).text = str(sum(int(f) for _, _, f in d.reports if f))
    return t


def textbox_chart(document, d, with_sup=True):
    """The organization chart as floating text boxes (VML), one per position."""
    boxes = []
    y = 0
    fte = d.lb["fte"]
    if with_sup:
        boxes.append((170, y, [d.sup_title, d.sup_cls or ""]))
        y += 70
    boxes.append((170, y, [d.title, d.cls, f"{d.unit_fte} {fte}"]))
    y += 80
    for i, (t, c, f) in enumerate(d.reports):
        col, row = i % 3, i // 3
        boxes.append((col * 160, y + row * 75, [t, c] + ([f"{f} {fte}"] if f else [])))
    para = document.add_paragraph()
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    for k, (x, yy, lines) in enumerate(boxes):
        ps = "".join(f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:sz w:val="16"/></w:rPr>'
                     f'<w:t xml:space="preserve">{esc(ln)}</w:t></w:r></w:p>' for ln in lines)
        xml = (f'<w:r xmlns:w="{W}" xmlns:v="urn:schemas-microsoft-com:vml"><w:pict>'
               f'<v:rect id="box{k}" style="position:absolute;margin-left:{x}pt;margin-top:{yy}pt;width:150pt;'
               f'height:62pt;z-index:{k + 1}" strokeweight="1pt"><v:textbox><w:txbxContent>{ps}'
               f'</w:txbxContent></v:textbox></v:rect></w:pict></w:r>')
        para._p.append(parse_xml(xml))
    rows = (len(d.reports) + 2) // 3
    for _ in range(rows * 5 + 8):
        document.add_paragraph()


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def docx_body(document, d, spec, heading_level=1):
    o = spec
    lb = d.lb
    sup_style = o.get("sup", "fields")
    if o.get("fields") == "merged":
        merged_fields_table(document, d, sup=sup_style == "fields")
    else:
        for a, b in d.header_fields(sup=sup_style == "fields"):
            p = document.add_paragraph()
            p.add_run(a + ": ").bold = True
            p.add_run(b)
    if sup_style == "line":
        document.add_paragraph(d.sup_line())
    if o.get("incumbent", True):
        document.add_paragraph(f"{lb['incumbent']}: {d.p['incumbent']}")
    document.add_heading(lb["ga"].capitalize(), heading_level)
    document.add_paragraph(d.ga)
    document.add_heading(lb["org"].capitalize(), heading_level)
    if sup_style == "sentence":
        document.add_paragraph(d.sup_sentence())
    rs = o.get("reports", "bullets")
    if rs == "chart":
        textbox_chart(document, d, with_sup=sup_style == "chart")
    elif rs == "merged":
        document.add_paragraph(d.intro)
        merged_reports_table(document, d, break_at=(len(d.reports) // 2) if o.get("break_reports") else None)
    else:
        document.add_paragraph(d.intro)
        half = len(d.reports) // 2 if o.get("break_reports") else None
        for i, r in enumerate(d.reports):
            p = document.add_paragraph(style="List Bullet")
            if i == half:
                p.paragraph_format.page_break_before = True
            p.add_run(d.rep_str(r, "paren"))
    document.add_heading(lb["dims"].capitalize(), heading_level)
    for a, b in d.dims():
        document.add_paragraph(f"{a}: {b}")
    document.add_heading(lb["ns"].capitalize(), heading_level)
    document.add_paragraph(d.ns)
    document.add_heading(lb["sa"].capitalize(), heading_level)
    for a in d.sa:
        document.add_paragraph(a, style="List Number")
    if d.signs:
        document.add_heading(lb["sign"].capitalize(), heading_level)
        t = document.add_table(rows=len(d.signs), cols=3)
        t.style = "Table Grid"
        for i, (role, name, title, date) in enumerate(d.signs):
            t.cell(i, 0).text = role
            t.cell(i, 1).text = name + (f"\n{title}" if title else "")
            t.cell(i, 2).text = date


def running_header(document, text):
    sec = document.sections[0]
    sec.header.paragraphs[0].text = text


def make_docx(spec, path):
    document = docx.Document()
    document.styles["Normal"].font.size = Pt(10)
    lang = spec["lang"]
    if lang == "bilingual":
        de, df = Doc(spec, "en"), Doc(spec, "fr")
        running_header(document, f"{de.title} / {df.title}")
        document.add_heading(f"{L['en']['form']} / {L['fr']['form']}", 0)
        # everything side by side: English left, French right, in one table
        t = document.add_table(rows=0, cols=2)
        t.style = "Table Grid"

        def row(a, b, merge=False):
            r = t.add_row()
            if merge:
                c = r.cells[0].merge(r.cells[1])
                c.text = a
            else:
                r.cells[0].text, r.cells[1].text = a, b

        row("IDENTIFICATION / IDENTIFICATION DU POSTE", "", merge=True)
        for (a, b), (c, e) in zip(de.header_fields(), df.header_fields()):
            row(f"{a}: {b}", f"{c} : {e}")
        row(L["en"]["ga"], L["fr"]["ga"])
        row(de.ga, df.ga)
        row(f"{L['en']['org']} / {L['fr']['org']}", "", merge=True)
        row(de.intro, df.intro)
        for r1, r2 in zip(de.reports, df.reports):
            row(de.rep_str(r1, "paren"), df.rep_str(r2, "paren"))
        row(f"{L['en']['dims']} / {L['fr']['dims']}", "", merge=True)
        for (a, b), (c, e) in zip(de.dims(), df.dims()):
            row(f"{a}: {b}", f"{c} : {e}")
        row(L["en"]["ns"], L["fr"]["ns"])
        row(de.ns, df.ns)
        row(L["en"]["sa"], L["fr"]["sa"])
        for i, (a, b) in enumerate(zip(de.sa, df.sa), 1):
            row(f"{i}. {a}", f"{i}. {b}")
        if de.signs:
            row("SIGNATURES", "", merge=True)
            for (r1, n, t1, dt), (r2, _, t2, _) in zip(de.signs, df.signs):
                row(f"{r1} / {r2}: {n}", dt)
        d = de
        d.people = list(dict.fromkeys(de.people))
    else:
        d = Doc(spec, lang)
        if spec.get("header", True):
            running_header(document, f"{d.title} ({d.cls})" if spec.get("header_cls") else d.title)
        document.add_heading(d.lb["form"], 0)
        docx_body(document, d, spec)
    fixed_docx(document, path)
    return d


# ----------------------------------------------------------------------------------------------
# PDF


def pdf_escape(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def raw_page(items):
    """A content stream placing each (x, y, text) where it is given, in the order given."""
    parts = ["BT /F1 9 Tf"]
    for x, y, s in items:
        parts.append(f"1 0 0 1 {x} {y} Tm ({pdf_escape(s)}) Tj")
    parts.append("ET")
    return "\n".join(parts).encode("cp1252")


def cell_lines(d, spec):
    """A PDF export of a form with tables: every table cell comes out on its own line."""
    lb = d.lb
    out = [lb["form"], ""]
    sup_style = spec.get("sup", "fields")
    for a, b in d.header_fields(sup=sup_style == "fields"):
        out += [a, b]
    if sup_style == "line":
        out.append(d.sup_line())
    if spec.get("incumbent", True):
        out += [lb["incumbent"], d.p["incumbent"]]
    out += ["", lb["ga"]] + wrap(d.ga, 95) + ["", lb["org"]]
    if sup_style == "sentence":
        out += wrap(d.sup_sentence(), 95)
    out += [d.intro, lb["rep_pos"], lb["rep_cls"], lb["rep_fte"]]
    half = len(d.reports) // 2 if spec.get("break_reports") else None
    for i, (t, c, f) in enumerate(d.reports):
        if i == half:
            out += [BREAK, lb["rep_pos"], lb["rep_cls"], lb["rep_fte"]]
        out += [t, c, f or ""]
    out += ["", lb["dims"]]
    for a, b in d.dims():
        out += [a, b]
    out += ["", lb["ns"]] + wrap(d.ns, 95) + ["", lb["sa"]]
    for i, a in enumerate(d.sa, 1):
        out += wrap(f"{i}. {a}", 95)
    if d.signs:
        out += ["", lb["sign"]]
        for role, name, title, date in d.signs:
            out += [role, name, title, date]
    return out


def pdf_pages(lines, header, footer, per_page=62):
    pages, cur = [], []
    for ln in lines:
        if ln == BREAK or len(cur) >= per_page:
            pages.append(cur)
            cur = []
            if ln == BREAK:
                continue
        cur.append(ln)
    if cur:
        pages.append(cur)
    n = len(pages)
    return ["\n".join(([header, ""] if header else []) + pg + ["", footer.format(n=i, m=n)])
            for i, pg in enumerate(pages, 1)]


def make_pdf(spec, path):
    lang = spec["lang"]
    layout = spec.get("layout", "cells")
    if layout == "bi_cols":
        de, df = Doc(spec, "en"), Doc(spec, "fr")
        left = [y for x in text_lines(de, spec, width=52) for y in (textwrap.wrap(x, 54) or [""])]
        right = [y for x in text_lines(df, spec, width=52) for y in (textwrap.wrap(x, 54) or [""])]
        pages = []
        per = 66
        for start in range(0, max(len(left), len(right)), per):
            lp, rp = left[start:start + per], right[start:start + per]
            items = [(40, 815, f"{de.title} / {df.title}")]
            col_l = [(40, 790 - 11 * i, s) for i, s in enumerate(lp) if s and s != BREAK]
            col_r = [(305, 790 - 11 * i, s) for i, s in enumerate(rp) if s and s != BREAK]
            items += col_l + col_r if spec.get("order") == "columns" else \
                [x for pair in zip(col_l, col_r) for x in pair] + col_l[len(col_r):] + col_r[len(col_l):]
            items.append((280, 30, f"{start // per + 1}"))
            pages.append(raw_page(items))
        path.write_bytes(pdf_bytes(pages))
        d = de
        d.people = list(dict.fromkeys(de.people))
        return d
    d = Doc(spec, lang)
    if layout == "labelcol":
        # labels in a left column and values in a right column, written column by column
        fields = d.header_fields(sup=True) + d.dims()
        items = [(40, 815, d.lb["form"])]
        items += [(40, 780 - 14 * i, a) for i, (a, _) in enumerate(fields)]
        items += [(230, 780 - 14 * i, b) for i, (_, b) in enumerate(fields)]
        y = 780 - 14 * len(fields) - 20
        rest = [d.lb["ga"]] + wrap(d.ga, 100) + ["", d.lb["org"], d.intro]
        rest += ["- " + d.rep_str(r, "paren") for r in d.reports]
        rest += ["", d.lb["ns"]] + wrap(d.ns, 100)
        items += [(40, y - 11 * i, s) for i, s in enumerate(rest) if s]
        page2 = [d.lb["sa"]] + [x for i, a in enumerate(d.sa, 1) for x in wrap(f"{i}. {a}", 100)]
        if d.signs:
            page2 += ["", d.lb["sign"]] + [f"{r}: {n}  {dt}" for r, n, t, dt in d.signs]
        items2 = [(40, 800 - 11 * i, s) for i, s in enumerate(page2) if s]
        path.write_bytes(pdf_bytes([raw_page(items), raw_page(items2)]))
        return d
    lines = cell_lines(d, spec)
    header = spec.get("pdf_header", "{t}").format(t=d.title, c=d.cls)
    footer = "Page {n} de {m}" if lang == "fr" else "Page {n} of {m}"
    path.write_bytes(pdf_bytes(pdf_pages(lines, header, footer)))
    return d


# ----------------------------------------------------------------------------------------------
# text kinds


def make_text(spec, path):
    kind, lang = spec["kind"], spec["lang"]
    rng = random.Random(spec["file"])
    md = kind == "markdown"
    layout = spec.get("layout", "plain")
    ocr = kind in ("ocr", "ocr-columns")
    width = 72 if ocr else 76
    hyph = 0.35 if ocr else 0.0
    if lang == "bilingual":
        de, df = Doc(spec, "en"), Doc(spec, "fr")
        d = de
        d.people = list(dict.fromkeys(de.people))
        if layout in ("bi_side", "bi_across"):
            left = text_lines(de, spec, width=44)
            right = text_lines(df, spec, width=44)
            if layout == "bi_side":
                lines = side_by_side(left, right)
            else:
                lines = across([x for x in left if x != BREAK], [x for x in right if x != BREAK], rng)
        else:  # stacked: Label / Libellé: value / valeur
            lines = ["# " + L["en"]["form"] + " / " + L["fr"]["form"], ""] if md else \
                [L["en"]["form"] + " / " + L["fr"]["form"], ""]
            for (a, b), (c, e) in zip(de.header_fields(), df.header_fields()):
                v = b if b == e else f"{b} / {e}"
                lines.append(f"*   **{a} / {c}:** {v}" if md else f"{a} / {c}: {v}")
            lines += ["", "## " + L["en"]["org"].title() + " / " + L["fr"]["org"].capitalize(), ""]
            lines += [f"| {L['en']['rep_pos']} / {L['fr']['rep_pos']} | {L['en']['rep_cls']} / "
                      f"{L['fr']['rep_cls']} | {L['en']['rep_fte']} / {L['fr']['rep_fte']} |", "|---|---|---|"]
            lines += [f"| {t} / {t2} | {c} | {f or ''} |" for (t, c, f), (t2, _, _) in zip(de.reports, df.reports)]
            lines += ["", "## Dimensions", ""]
            for (a, b), (c, e) in zip(de.dims(), df.dims()):
                lines.append(f"*   **{a} / {c}:** {b}")
            for lb_key in ("ga", "ns"):
                lines += ["", f"## {L['en'][lb_key].title()} / {L['fr'][lb_key].capitalize()}", "",
                          getattr(de, lb_key), "", getattr(df, lb_key)]
            lines += ["", f"## {L['en']['sa'].title()} / {L['fr']['sa'].capitalize()}", ""]
            lines += [f"{i}.  {a} / {b}" for i, (a, b) in enumerate(zip(de.sa, df.sa), 1)]
            if de.signs:
                lines += ["", "## Signatures", ""]
                lines += [f"*   {r1} / {r2}: {n}" + (f", {t1}" if t1 else "") + f" — {dt}"
                          for (r1, n, t1, dt), (r2, _, _, _) in zip(de.signs, df.signs)]
    else:
        d = Doc(spec, lang)
        if layout == "colscan":
            # the scanner read the label column top to bottom, then the value column
            fields = d.header_fields(sup=True)
            lines = [d.lb["form"], ""] + [a + ":" for a, _ in fields] + [""] + [b for _, b in fields] + [""]
            body = text_lines(d, spec, width=width, rng=rng, hyph=hyph)
            cut = next(i for i, x in enumerate(body) if x == d.lb["ga"]) - 1
            rest = body[cut:]
            # the dimensions box is a second label/value pair of columns
            dl = [a + ":" for a, _ in d.dims()]
            dv = [b for _, b in d.dims()]
            i = rest.index(d.lb["dims"])
            j = rest.index(d.lb["ns"]) - 1
            rest = rest[:i + 2] + dl + [""] + dv + rest[j:]
            lines += rest
        elif layout == "across":
            # two text columns on the page, read straight across
            body = text_lines(d, spec, width=36, rng=rng, hyph=hyph)
            body = [x for x in body if x != BREAK]
            split = next(i for i, x in enumerate(body) if x == d.lb["dims"])
            left = [y for x in body[:split] for y in (textwrap.wrap(x, 38) or [""])]
            right = [y for x in body[split:] for y in (textwrap.wrap(x, 38) or [""])]
            lines = across(left, right, rng)
        else:
            lines = text_lines(d, spec, width=width, rng=rng, hyph=hyph if ocr else 0.0, md=md)
    if ocr or spec.get("paginate"):
        hdr = spec.get("run_header")
        if hdr:
            hdr = hdr.format(t=d.title, c=d.cls, tfr=POS[spec["key"]]["title_fr"])
        lines = paginate(lines, hdr, spec.get("footer", "dash"), per_page=72 if layout == "colscan" else 50)
    else:
        lines = [("" if x == BREAK else x) for x in lines] if not spec.get("formfeed") else \
            [("\f" if x == BREAK else x) for x in lines]
    text = "\n".join(lines).rstrip() + "\n"
    if ocr:
        text = damage(text, spec["damage"], rng, d.people)
        if spec.get("wrapper"):
            text = "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + text
    if kind == "text-cp1252":
        text = text.replace("'", "’").replace("\n", "\r\n")
        text = re.sub(r'"([^"]*)"', "“\\1”", text)
        path.write_bytes(text.encode("cp1252"))
    else:
        path.write_bytes(text.encode("utf-8"))
    return d


# ----------------------------------------------------------------------------------------------
# the folder

D = datetime.date
SPECS = [
    # --- OCR (scanner text)
    dict(file="SCAN_Rail Safety Oversight 2018.txt", key="rail_ovs", kind="ocr", lang="en", damage="middling",
         date=D(2018, 5, 14), reports="bullets", break_reports=True, run_header="TRANSPORT CANADA    {t}",
         v="old"),
    dict(file="dg_rail_2016_scan.txt", key="dg_rail", kind="ocr", lang="en", damage="heavy", date=D(2016, 9, 6),
         reports="dash", sup="line", break_reports=True, run_header="{t} - {c}", footer="bare", wrapper=True,
         date_style="dmy", v="old"),
    dict(file="Directeur régional, Aviation civile - Québec (numérisé).txt", key="cav_qc", kind="ocr", lang="fr",
         damage="middling", date=D(2020, 1, 13), reports="chart", sup="chart", run_header="TRANSPORTS CANADA  {t}",
         footer="fr", date_style="fr"),
    dict(file="Marine Safety Operations - scanned copy.txt", key="mar_ops", kind="ocr", lang="en", damage="light",
         date=D(2019, 11, 4), reports="chart", sup="fields", run_header="{t}    Transport Canada", sup_number=False),
    dict(file="Science and Technical Services OCR.txt", key="tdg_sci", kind="ocr", lang="en", damage="middling",
         date=D(2021, 6, 1), reports="table", break_reports=True, run_header="{t} ({c})   PROTECTED A",
         money="M", no_total=True),
    dict(file="Sûreté des ports et des navires_scan.txt", key="msec_port", kind="ocr", lang="fr", damage="middling",
         date=D(2022, 3, 21), reports="bullets", sup="line", run_header="{t}", footer="fr", date_style="fr_le",
         money="frM"),
    dict(file="ocr_road_mc.txt", key="road_mc", kind="ocr", lang="en", damage="heavy", date=D(2017, 2, 20),
         reports="prose", sup="sentence", run_header="Transport Canada - Work Description - {t}", money="K"),
    dict(file="Regional Director Civil Aviation Atlantic (scan) .txt", key="cav_atl", kind="ocr", lang="en",
         damage="light", date=None, reports="dash", break_reports=True, run_header="{t}", footer="all",
         cls_style="space"),
    dict(file="ops_trn scan bilingual.txt", key="ops_trn", kind="ocr", lang="bilingual", damage="middling",
         date=D(2023, 4, 3), layout="bi_side", date_style="iso", run_header="{t} / {tfr}", money="full"),
    # --- OCR, columns
    dict(file="Director, Regulatory Affairs Rail - scan p1-3.txt", key="rail_reg", kind="ocr-columns", lang="en",
         damage="middling", date=D(2021, 10, 18), layout="colscan", reports="bullets",
         run_header="{t}"),
    dict(file="DG Rail Safety 2021 - scanned.txt", key="dg_rail", kind="ocr-columns", lang="en", damage="light",
         date=D(2021, 7, 5), layout="across", reports="bullets", sup="line", run_header="{t}  -  EX-03", v="new"),
    dict(file="cav_pnr_scan.txt", key="cav_pnr", kind="ocr-columns", lang="en", damage="heavy", date=D(2019, 3, 25),
         layout="colscan", reports="dash", date_style="abbr", no_job=True),
    dict(file="Directrice, Sécurité navigation (balayage).txt", key="mar_nav", kind="ocr-columns", lang="fr",
         damage="middling", date=D(2020, 8, 17), layout="across", reports="bullets", sup="line", date_style="fr",
         footer="fr"),
    dict(file="SCAN0042 - Intermodal Surface Security.txt", key="ops_ist", kind="ocr-columns", lang="bilingual",
         damage="light", date=D(2022, 12, 5), layout="bi_across", date_style="iso", sup_number=False),
    # --- Word
    dict(file="Director, Standards.docx", key="cav_std", kind="docx", lang="en", date=D(2023, 2, 13),
         fields="merged", reports="merged", header_cls=True, v="same"),
    dict(file="Rail Safety Oversight - Director (2022).docx", key="rail_ovs", kind="docx", lang="en",
         date=D(2022, 9, 12), reports="chart", sup="chart", v="new"),
    dict(file="Directrice régionale SSM Québec 2021.docx", key="mar_qc", kind="docx", lang="fr", date=D(2021, 4, 1),
         fields="merged", reports="merged", break_reports=True, v="new"),
    dict(file="ADM Safety and Security - work description.docx", key="adm", kind="docx", lang="en",
         date=D(2022, 6, 27), reports="bullets", break_reports=True, sup="line", header_cls=True),
    dict(file="Motor Vehicle Standards_EN-FR_2024.docx", key="road_mvs", kind="docx", lang="bilingual",
         date=D(2024, 1, 15), date_style="iso", v="new"),
    dict(file="Director General, TDG (bilingual) FINAL.docx", key="dg_tdg", kind="docx", lang="bilingual",
         date=D(2020, 11, 2), date_style="iso", money="full"),
    dict(file="Regional Director, Marine Pacific.docx", key="mar_pac", kind="docx", lang="en", date=D(2023, 8, 8),
         reports="chart", sup="chart", date_style="dmy"),
    dict(file="Operations Planning and Performance - Director.docx", key="ops_plan", kind="docx", lang="en",
         date=D(2021, 1, 11), fields="merged", reports="bullets", money="million", no_total=True),
    dict(file="Directeur régional, TMD, Québec.docx", key="tdg_qc", kind="docx", lang="fr", date=D(2019, 5, 27),
         reports="chart", sup="chart", header=False),
    dict(file="DG Civil Aviation WD v3 (1).docx", key="dg_cav", kind="docx", lang="en", date=D(2022, 2, 28),
         fields="merged", reports="merged", break_reports=True, money="M"),
    # --- PDF
    dict(file="Director, Standards - signed.pdf", key="cav_std", kind="pdf", lang="en", date=D(2023, 2, 13),
         pdf_header="Transport Canada    {t} ({c})", v="same"),
    dict(file="Executive Director, Marine Security 2023.pdf", key="ed_msec", kind="pdf", lang="en",
         date=D(2023, 5, 29), break_reports=True, pdf_header="{t}  |  {c}  |  Transport Canada", v="new"),
    dict(file="Compliance and Response - FINAL.pdf", key="tdg_cmp", kind="pdf", lang="en", date=D(2020, 9, 14),
         sup="line", date_style="abbr", v="new"),
    dict(file="DG Marine Safety and Security_bilingue.pdf", key="dg_mar", kind="pdf", lang="bilingual",
         date=D(2021, 3, 8), layout="bi_cols", order="columns", date_style="iso"),
    dict(file="Automated and Connected Vehicles.pdf", key="road_av", kind="pdf", lang="en", date=D(2024, 4, 22),
         layout="labelcol", money="M"),
    dict(file="Sécurité ferroviaire Québec - directeur régional.pdf", key="rail_qc", kind="pdf", lang="fr",
         date=D(2018, 10, 1), pdf_header="{t}", break_reports=True),
    dict(file="ED Ops Management signed.pdf", key="ed_ops", kind="pdf", lang="en", date=D(2022, 8, 2),
         break_reports=True, pdf_header="Executive Work Description - {t}", no_job=True),
    # --- UTF-8 text
    dict(file="Director, Marine Security (2019).txt", key="ed_msec", kind="text", lang="en", date=D(2019, 6, 3),
         reports="bullets", v="old",
         override=dict(title="Director, Marine Security", title_fr="Directeur, Sûreté maritime", classification="EX-01")),
    dict(file="Motor Vehicle Standards 2020.txt", key="road_mvs", kind="text", lang="en", date=D(2020, 7, 6),
         reports="table", v="old"),
    dict(file="Director, Aircraft Certification.txt", key="cav_cert", kind="text", lang="en", date=D(2022, 10, 24),
         reports="chart", sup="chart"),
    dict(file="Grade crossings - director WD.txt", key="rail_gc", kind="text", lang="en", date=D(2021, 2, 1),
         reports="prose", sup="sentence", money="million"),
    dict(file="Directrice, Opérations nationales.txt", key="cav_nops", kind="text", lang="fr", date=D(2023, 9, 18),
         reports="bullets", break_reports=True, paginate=True, run_header="{t} - {c}", footer="fr"),
    dict(file="Vehicle Testing & Research — bilingual.txt", key="road_test", kind="text", lang="bilingual",
         date=D(2020, 3, 9), layout="bi_side", date_style="iso", formfeed=True),
    # --- cp1252 text
    dict(file="Dir Regulatory Affairs TDG.txt", key="tdg_reg", kind="text-cp1252", lang="en", date=D(2018, 4, 16),
         reports="dash", cls_style="space"),
    dict(file="Directrice régionale SSM Québec 2017.txt", key="mar_qc", kind="text-cp1252", lang="fr",
         date=D(2017, 10, 30), reports="bullets", v="old"),
    dict(file="Rail Ontario Region RD.txt", key="rail_ont", kind="text-cp1252", lang="bilingual",
         date=D(2019, 12, 2), layout="bi_side", date_style="iso", paginate=True, run_header="{t}",
         footer="bare", break_reports=True),
    # --- Markdown
    dict(file="Director, Compliance and Response DRAFT.md", key="tdg_cmp", kind="markdown", lang="en", date=None,
         date_upon=True, no_number="tbd", no_total=True, incumbent=False, reports="table", v="old", signs=False,
         override=dict(o_and_m=None)),
    dict(file="rpas-director.md", key="cav_rpas", kind="markdown", lang="en", date=D(2024, 2, 5),
         reports="bullets", report_fte=False),
    dict(file="Marine Security Operations (profile).md", key="msec_mto", kind="markdown", lang="en",
         date=D(2023, 11, 20), reports="chart", sup="chart"),
    dict(file="Atlantic marine RD.md", key="mar_atl", kind="markdown", lang="bilingual", date=D(2022, 5, 16),
         layout="stacked", date_style="iso"),
    dict(file="DGPSMR – description de travail.md", key="dg_mrs", kind="markdown", lang="fr", date=D(2021, 12, 6),
         reports="table", sup="line", money="frM"),
]

VERSIONS = {
    "rail_ovs": "the 2022 description replaces the 2018 scan: the reports are drawn as an organization chart",
    "dg_rail": "the 2021 description replaces the 2016 scan with the same directorates",
    "cav_std": "the PDF is the signed export of the Word file: the same text and values",
    "mar_qc": "the 2021 description replaces the 2017 one (French both)",
    "road_mvs": "the 2024 bilingual description replaces the 2020 English one",
    "ed_msec": "the 2019 Director, Marine Security (EX-01) became the Executive Director, Marine Security (EX-02)",
    "tdg_cmp": "the DRAFT (no number, no date, no O&M) became the FINAL PDF",
}


def vary_old(spec):
    """The older document of a position states its older figures."""
    if spec.get("v") != "old":
        return
    ov = spec.setdefault("override", {})
    p = POS[spec["key"]]
    r = random.Random(spec["file"])
    reps = copy.deepcopy(p["reports"])
    if len(reps) > 3 and spec["key"] not in ("dg_rail",):
        reps = reps[:-1]
    for x in reps:
        if x["fte"] and x["fte"] > 3:
            x["fte"] -= r.randint(0, 3)
    ov["reports"] = reps
    fte = 1 + sum(x["fte"] for x in reps)
    ov["unit_fte"] = fte
    ov["salary"] = fte * r.randint(84, 95) * 1000
    if ov.get("o_and_m", 0) is not None:
        ov["o_and_m"] = int(round(p["o_and_m"] * 0.85, -3))
    ov["total"] = ov["salary"] + (ov["o_and_m"] or 0)


REFUSE = [
    dict(file="Memo - EX staffing update (Safety and Security).docx", kind="docx", lang="en"),
    dict(file="Lettre - offre de nomination intérimaire.txt", kind="text-cp1252", lang="fr"),
    dict(file="Minutes - Classification Review Committee 2022-03-15.md", kind="markdown", lang="en"),
    dict(file="Safety and Security org chart 2023.pdf", kind="pdf", lang="bilingual"),
    dict(file="Scan_2023-06-14_0117.pdf", kind="pdf", lang="en"),
]


def make_refusals():
    people = {}
    # memo
    a, b, c = new_name(), new_name(), new_name()
    m = docx.Document()
    m.add_heading("MEMORANDUM / NOTE DE SERVICE", 0)
    t = m.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (x, y) in enumerate([("TO", f"{a}, {POS['dg_cav']['title']}"), ("FROM", f"{b}, {POS['adm']['title']}"),
                                ("DATE", "March 3, 2023"), ("SUBJECT", "EX staffing and reclassification update")]):
        t.cell(i, 0).text, t.cell(i, 1).text = x, y
    m.add_paragraph(f"This note updates you on executive staffing in the Group. The position of "
                    f"{POS['cav_rpas']['title']} (EX-01, position {POS['cav_rpas']['number']}) will be staffed "
                    f"through an advertised process. The reclassification request for the "
                    f"{POS['ed_msec']['title']} (EX-02) was approved on February 20, 2023.")
    m.add_paragraph("The table below summarizes vacancies. Please send comments to " + c + " by March 17.")
    t2 = m.add_table(rows=3, cols=4)
    t2.style = "Table Grid"
    for j, h in enumerate(["Position", "Group and level", "FTEs", "Status"]):
        t2.cell(0, j).text = h
    for i, k in enumerate(["cav_rpas", "rail_qc"], 1):
        t2.cell(i, 0).text, t2.cell(i, 1).text = POS[k]["title"], POS[k]["classification"]
        t2.cell(i, 2).text, t2.cell(i, 3).text = str(POS[k]["unit_fte"]), "Vacant"
    m.add_paragraph(b)
    fixed_docx(m, CORPUS / REFUSE[0]["file"])
    people[REFUSE[0]["file"]] = [a, b, c]
    # French letter, cp1252
    a, b = new_name(), new_name()
    k = POS["tdg_qc"]
    letter = (f"Montréal, le 12 août 2024\r\n\r\n{a}\r\n{k['title_fr']}\r\nTransports Canada\r\n\r\n"
              f"Objet : Offre de nomination intérimaire – {POS['dg_tdg']['title_fr']} (EX-03)\r\n\r\n"
              f"Madame, Monsieur,\r\n\r\nJ’ai le plaisir de vous offrir une nomination intérimaire au poste de "
              f"{POS['dg_tdg']['title_fr']}, poste no {POS['dg_tdg']['number']}, de niveau EX-03, du "
              f"3 septembre 2024 au 28 février 2025. Votre rémunération sera établie dans l’échelle "
              f"salariale de 178 900 $ à 210 500 $.\r\n\r\nVeuillez signer la présente et la retourner à "
              f"la Direction des ressources humaines d’ici le 23 août 2024.\r\n\r\nVeuillez agréer "
              f"l’expression de mes sentiments distingués.\r\n\r\n{b}\r\n{POS['adm']['title_fr']}\r\n")
    (CORPUS / REFUSE[1]["file"]).write_bytes(letter.encode("cp1252"))
    people[REFUSE[1]["file"]] = [a, b]
    # minutes
    names = [new_name() for _ in range(4)]
    mins = ["# Classification Review Committee — Minutes", "", "**Date:** 2022-03-15  ", "**Chair:** " + names[0],
            "", "**Members:** " + ", ".join(names[1:]), "", "## Decisions", "",
            "| Position | Number | Current | Decision | Effective |", "|---|---|---|---|---|"]
    for kk, frm, to in [("ed_msec", "EX-01", "EX-02"), ("cav_rpas", "—", "EX-01"), ("road_av", "—", "EX-01")]:
        mins.append(f"| {POS[kk]['title']} | {POS[kk]['number']} | {frm} | {to} | 2022-04-01 |")
    mins += ["", "## Discussion", "",
             "The committee reviewed the work descriptions submitted by the Group. The Executive Director, "
             "Marine Security now leads 2 directorates and an organization of " + str(POS["ed_msec"]["unit_fte"]) +
             " FTEs with a budget of " + fmoney(POS["ed_msec"]["total"], "full") + ".", "",
             "## Action items", "", "*   Finalize the bilingual versions (" + names[1] + ").",
             "*   Next meeting: 2022-04-19.", ""]
    (CORPUS / REFUSE[2]["file"]).write_bytes("\n".join(mins).encode("utf-8"))
    people[REFUSE[2]["file"]] = names
    # org chart as a PDF: boxes, each a text block
    items = [(230, 815, "Groupe Sécurité et sûreté / Safety and Security Group"),
             (250, 790, POS["adm"]["title"]), (250, 779, POS["adm"]["title_fr"]), (250, 768, "EX-05")]
    xs = [20, 130, 240, 350, 460]
    tops = ["dg_cav", "dg_mar", "dg_rail", "dg_tdg", "dg_mrs"]
    for x, kk in zip(xs, tops):
        for i, ln in enumerate(textwrap.wrap(POS[kk]["title"], 22) + ["EX-03", f"{POS[kk]['unit_fte']} FTE/ETP"]):
            items.append((x, 720 - 11 * i, ln))
    y = 600
    for x, kk in zip(xs, tops):
        subs = [q for q in POS.values() if q["sup"] == kk][:5]
        for j, q in enumerate(subs):
            for i, ln in enumerate(textwrap.wrap(q["title"], 22) + [q["classification"]]):
                items.append((x, y - 70 * j - 11 * i, ln))
    items.append((40, 40, "Effective 2023-04-01 / En vigueur le 2023-04-01"))
    (CORPUS / REFUSE[3]["file"]).write_bytes(pdf_bytes([raw_page(items)]))
    people[REFUSE[3]["file"]] = []
    # scan without a text layer
    (CORPUS / REFUSE[4]["file"]).write_bytes(pdf_bytes(["", ""]))
    people[REFUSE[4]["file"]] = []
    return people


# ----------------------------------------------------------------------------------------------
# truth


def yaml_scalar(v):
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return str(v)
    if isinstance(v, datetime.date):
        return v.isoformat()
    s = str(v)
    return "'" + s.replace("'", "''") + "'"


def dump(obj, indent=0):
    pad = " " * indent
    out = []
    if isinstance(obj, dict):
        for k, v in obj.items():
            if isinstance(v, dict) and v:
                out.append(f"{pad}{k}:")
                out += dump(v, indent + 2)
            elif isinstance(v, list) and v:
                out.append(f"{pad}{k}:")
                for it in v:
                    if isinstance(it, dict):
                        sub = dump(it, indent + 2)
                        out.append(f"{pad}- " + sub[0].lstrip())
                        out += sub[1:]
                    else:
                        out.append(f"{pad}- {yaml_scalar(it)}")
            elif isinstance(v, list):
                out.append(f"{pad}{k}: []")
            else:
                out.append(f"{pad}{k}: {yaml_scalar(v)}")
    return out


def not_stated(fields):
    out = []
    for k, v in fields.items():
        if k == "supervisor":
            out += [f"supervisor.{a}" for a, b in v.items() if b is None]
        elif v is None:
            out.append(k)
    return out


def main():
    for d in (CORPUS, EXPECTED):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    for spec in SPECS:
        vary_old(spec)
    by_key = {}
    for spec in SPECS:
        by_key.setdefault(spec["key"], []).append(spec)
    newest = {}
    for key, specs in by_key.items():
        dated = sorted(specs, key=lambda s: (s.get("v") == "new", s.get("date") or D(1900, 1, 1)))
        newest[key] = dated[-1]["file"]
    truths = {}
    for spec in SPECS:
        path = CORPUS / spec["file"]
        kind = spec["kind"]
        if kind == "docx":
            d = make_docx(spec, path)
        elif kind == "pdf":
            d = make_pdf(spec, path)
        else:
            d = make_text(spec, path)
        p, fields, also, reports, s = content(spec)
        if spec.get("override", {}).get("o_and_m", 0) is None:
            pass
        if spec["key"] == "ed_msec" and spec.get("v") == "old":
            fields["direct_reports"] = [r for r in fields["direct_reports"]]
        also["form"] = "EXECUTIVE WORK DESCRIPTION" if spec["lang"] != "fr" else L["fr"]["form"]
        if kind in ("ocr", "ocr-columns"):
            also["damage"] = spec["damage"]
        layout = spec.get("layout") or "labels"
        also["layout"] = layout
        also["reports_layout"] = {"merged": "Word table, merged cells", "chart": "organization chart",
                                  "table": "table", "prose": "sentence", "dash": "lines",
                                  "bullets": "bullets"}.get(spec.get("reports", "bullets"))
        if spec.get("lang") == "bilingual" and layout in ("bi_side", "bi_across", "bi_cols"):
            also["reports_layout"] = "side by side, English left, French right"
        if kind == "docx" and spec["lang"] == "bilingual":
            also["reports_layout"] = "two-column table, English left, French right"
        if kind == "pdf" and layout == "cells":
            also["reports_layout"] = "table, one cell per line"
        also["supervisor_layout"] = spec.get("sup", "fields")
        if spec.get("break_reports"):
            also["page_break_in_reports"] = True
        if spec.get("run_header") or spec.get("pdf_header") or (kind == "docx" and spec.get("header", True)):
            also["running_header"] = True
        sup_key = POS[spec["key"]]["sup"]
        if sup_key and sup_key in newest:
            also["reports_to_in_corpus"] = newest[sup_key]
        if spec.get("date_upon"):
            also["effective_date_printed"] = "Upon approval"
        if spec.get("no_number") == "tbd":
            also["position_number_printed"] = "To be assigned"
        ver = None
        if len(by_key[spec["key"]]) > 1:
            files = [s["file"] for s in sorted(by_key[spec["key"]],
                                                key=lambda s: (s.get("v") == "new", s.get("date") or D(1900, 1, 1)))]
            ver = dict(documents=files, newest=newest[spec["key"]], same_text=spec.get("v") == "same",
                       note=VERSIONS[spec["key"]])
        truth = dict(document=spec["file"], kind=kind, language=spec["lang"], outcome="import", fields=fields,
                     not_stated=not_stated(fields), also=also, people=list(dict.fromkeys(d.people)), versions=ver)
        truths[spec["file"]] = truth
    people = make_refusals()
    for r in REFUSE:
        truths[r["file"]] = dict(document=r["file"], kind=r["kind"], language=r["lang"], outcome="refuse",
                                 fields=None, not_stated=[], also=dict(what={
                                     0: "memorandum on executive staffing", 1: "letter offering an acting appointment",
                                     2: "minutes of a classification committee", 3: "organization chart",
                                     4: "scan without a text layer"}[REFUSE.index(r)]),
                                 people=people[r["file"]], versions=None)
    for name, t in truths.items():
        lines = dump(t)
        (EXPECTED / f"{name}.expected.yaml").write_bytes(("\n".join(lines) + "\n").encode("utf-8"))


if __name__ == "__main__":
    main()
