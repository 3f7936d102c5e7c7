"""Generate the blind141 corpus: work descriptions that reached HR by e-mail, chat and org charts.

Run: /work/main/.venv/bin/python bench/import/blind141/make_blind.py
Writes corpus/ and expected/ next to this file, the same bytes on every run."""

import base64
import copy
import datetime as dt
import io
import random
import re
import shutil
import sys
import unicodedata
import zipfile
import zlib
from email import policy
from email.message import EmailMessage
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from tests.import_files import pdf_bytes  # noqa: E402
import texts  # noqa: E402
from texts import DEPTS, POS, SPEC_EN, SPEC_FR  # noqa: E402

import docx  # noqa: E402
from docx.shared import Pt  # noqa: E402

CORPUS = HERE / "corpus"
EXPECTED = HERE / "expected"

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]


# ---------------------------------------------------------------- notations

def fdate(iso, lang, style=0):
    d = dt.date.fromisoformat(iso)
    if style == 1:
        return iso
    if lang == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        return f"{day} {MONTHS_FR[d.month - 1]} {d.year}" if style == 0 else f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == 2:
        return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"
    return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"


def _groups(n, sep):
    return f"{n:,}".replace(",", sep)


def famt(v, lang, style=0):
    """style 0: full; 1: millions/thousands; 2: thousands."""
    if lang == "fr":
        if style == 0:
            return _groups(v, "\u00a0") + " $"
        if style == 1:
            if v >= 1000000:
                s = f"{v / 1e6:.3f}".rstrip("0").rstrip(".").replace(".", ",")
                return f"{s} M$"
            return f"{v // 1000} k$"
        return _groups(v // 1000, "\u00a0") + " k$"
    if style == 0:
        return "$" + _groups(v, ",")
    if style == 1:
        if v >= 1000000:
            return "$" + f"{v / 1e6:.3f}".rstrip("0").rstrip(".") + "M"
        return f"${v // 1000}K"
    return "$" + _groups(v // 1000, ",") + "K"


def rep_text(r, lang, fte_word=None):
    fw = fte_word or ("ETP" if lang == "fr" else "FTEs")
    t = r["fr"] if lang == "fr" else r["en"]
    return f"{t} ({r['cls']}, {r['fte']} {fw})"


def variant(key, **kw):
    p = copy.deepcopy(POS[key])
    for k, v in kw.items():
        p[k] = v
    return p


# ---------------------------------------------------------------- org charts in text

def chart_tree(p, lang, ascii_only=False, peers=(), mark=None):
    s = p["sup"]
    tee, last, bar = ("|-- ", "`-- ", "|   ") if ascii_only else ("├── ", "└── ", "│   ")
    t = p["fr"] if lang == "fr" else p["en"]
    st = s["fr"] if lang == "fr" else s["en"]
    mark = mark or ("<-- CE POSTE" if lang == "fr" else "<-- THIS POSITION")
    num = "poste" if lang == "fr" else "pos."
    fw = "ETP" if lang == "fr" else "FTE"
    lines = [f"{st} ({s['cls']}) {num} {s['pos']}"]
    kids = list(peers[:1]) + [None] + list(peers[1:])
    for i, k in enumerate(kids):
        pre = last if i == len(kids) - 1 else tee
        cont = "    " if i == len(kids) - 1 else bar
        if k is None:
            lines.append(f"{pre}{t} ({p['cls']}) {num} {p['pos']}   {mark}")
            for j, r in enumerate(p["reports"]):
                rp = last if j == len(p["reports"]) - 1 else tee
                rt = r["fr"] if lang == "fr" else r["en"]
                lines.append(f"{cont}{rp}{rt} ({r['cls']}) - {r['fte']} {fw}")
        else:
            lines.append(f"{pre}{k}")
    return lines


def _box(lines, width):
    top = "+" + "-" * (width + 2) + "+"
    return [top] + ["| " + ln.ljust(width) + " |" for ln in lines] + [top]


def _wrap(text, width):
    words, out, cur = text.split(), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = w
        else:
            cur = (cur + " " + w).strip()
    out.append(cur)
    return out


def chart_boxes(p, lang, width=22, per_row=4):
    """Boxes drawn side by side: a reader going line by line crosses every box of the row."""
    s = p["sup"]
    t = p["fr"] if lang == "fr" else p["en"]
    st = s["fr"] if lang == "fr" else s["en"]
    fw = "ETP" if lang == "fr" else "FTEs"
    num = "Poste" if lang == "fr" else "Pos."
    out = []
    w2 = 46
    for block in (_wrap(st, w2) + [f"{s['cls']}   {num} {s['pos']}"],
                  _wrap(t, w2) + [f"{p['cls']}   {num} {p['pos']}", "*** " + ("CE POSTE" if lang == "fr" else "THIS POSITION") + " ***"]):
        for ln in _box(block, w2):
            out.append(" " * 20 + ln)
        out.append(" " * 45 + "|")
    rows = [p["reports"][i:i + per_row] for i in range(0, len(p["reports"]), per_row)]
    for row in rows:
        boxes = []
        for r in row:
            rt = r["fr"] if lang == "fr" else r["en"]
            boxes.append(_box(_wrap(rt, width) + [r["cls"], f"{r['fte']} {fw}"], width))
        h = max(len(b) for b in boxes)
        for b in boxes:
            while len(b) < h:
                b.insert(-1, "| " + " " * width + " |")
        out.append("  +" + "-" * ((width + 5) * len(row) - 5) + "+")
        for i in range(h):
            out.append(" ".join(b[i] for b in boxes))
    return out


def chart_arrows(p, lang):
    s = p["sup"]
    t = p["fr"] if lang == "fr" else p["en"]
    st = s["fr"] if lang == "fr" else s["en"]
    fw = "ETP" if lang == "fr" else "FTEs"
    out = [f"{t} [{p['cls']}, #{p['pos']}] -> {st} [{s['cls']}, #{s['pos']}]", ""]
    for r in p["reports"]:
        rt = r["fr"] if lang == "fr" else r["en"]
        out.append(f"    {rt} [{r['cls']}, {r['fte']} {fw}] -> {t}")
    return out


# ---------------------------------------------------------------- the work description itself

def de(m):
    for a, b in (("le ", "du "), ("les ", "des "), ("la ", "de la "), ("l'", "de l'")):
        if m.startswith(a):
            return b + m[len(a):]
    return "de " + m


def wd_lines(p, lang, o):
    """A work description as text lines. o: options (see the keys used below)."""
    md = o.get("md", False)
    dept_en, dept_fr, _ = DEPTS[p["dept"]]
    s = p["sup"]
    A = lambda v: famt(v, "fr" if lang == "fr" else "en", o.get("amt", 0))  # noqa: E731
    L = []

    def lab(k, v):
        L.append(f"- **{k}:** {v}" if md else f"{k}: {v}")

    def head(h):
        L.append("")
        L.append(("## " + h) if md else h.upper())
    eff = p["eff"] if o.get("eff", True) else None
    if lang == "en":
        L.append("# Executive Work Description" if md else "EXECUTIVE WORK DESCRIPTION")
        L.append("")
        lab("Position Title", p["en"])
        lab("Classification", p["cls"])
        if o.get("pos", True):
            lab("Position Number", p["pos"])
        if o.get("job", True):
            lab("Job Code", p["job"])
        lab("Effective Date", fdate(eff, "en", o.get("date", 0)) if eff else o.get("eff_blank", ""))
        lab("Department", dept_en)
        lab("Location", p["loc_en"])
        if o.get("sup") == "labels":
            lab("Supervisor's Position Title", s["en"])
            lab("Supervisor's Position Number", s["pos"] if o.get("sup_pos", True) else "")
            lab("Supervisor's Classification", s["cls"])
        elif o.get("sup") == "line":
            L.append(f"Reports To: {s['en']} ({s['cls']})" + (f", Pos. No. {s['pos']}" if o.get("sup_pos", True) else ""))
        head("General Accountability")
        L.append(f"The {p['en']} is accountable for {p['m_en']}.")
        head("Organization Structure")
        if o.get("sup") in ("chart", "chart_only"):
            L.append("See the organization chart" + (" below." if o.get("chart_here") else "."))
        else:
            L.append(f"The position is one of {o.get('peers', 4)} positions reporting to the {s['en']}.")
        if o.get("reps", "bullets") == "bullets":
            L.append("The following positions report to the " + p["en"] + ":")
            for r in p["reports"]:
                L.append(f"{'*' if md else '-'} {rep_text(r, 'en')}")
        if o.get("chart_here"):
            L.append("")
            L.extend(o["chart_here"])
        head("Dimensions")
        lab("FTEs", str(p["fte"]))
        lab("Salary", A(p["sal"]))
        lab("O&M", A(p["om"]))
        if o.get("total", True):
            lab("Total", A(p["sal"] + p["om"]))
        head("Specific Accountabilities")
        for i, t in enumerate(SPEC_EN[:o.get("nspec", 4)], 1):
            L.append(f"{i}. {t}")
    elif lang == "fr":
        L.append("# Description de travail – Groupe de la direction" if md else "DESCRIPTION DE TRAVAIL - GROUPE DE LA DIRECTION")
        L.append("")
        lab("Titre du poste", p["fr"])
        lab("Groupe et niveau", p["cls"])
        if o.get("pos", True):
            lab("Numéro du poste", p["pos"])
        if o.get("job", True):
            lab("Code d'emploi", p["job"])
        lab("Date d'entrée en vigueur", fdate(eff, "fr", o.get("date", 0)) if eff else o.get("eff_blank", ""))
        lab("Ministère", dept_fr)
        lab("Lieu de travail", p["loc_fr"])
        if o.get("sup") == "labels":
            lab("Titre du poste du superviseur", s["fr"])
            lab("Numéro du poste du superviseur", s["pos"] if o.get("sup_pos", True) else "")
            lab("Classification du superviseur", s["cls"])
        elif o.get("sup") == "line":
            L.append(f"Relève de : {s['fr']} ({s['cls']})" + (f", poste no {s['pos']}" if o.get("sup_pos", True) else ""))
        head("Responsabilités générales")
        L.append(f"Le titulaire du poste de {p['fr']} est responsable {de(p['m_fr'])}.")
        head("Structure organisationnelle")
        if o.get("sup") in ("chart", "chart_only"):
            L.append("Voir l'organigramme" + (" ci-dessous." if o.get("chart_here") else "."))
        else:
            L.append(f"Le poste est l'un des {o.get('peers', 4)} postes relevant du {s['fr']}.")
        if o.get("reps", "bullets") == "bullets":
            L.append("Les postes suivants relèvent du titulaire :")
            for r in p["reports"]:
                L.append(f"{'*' if md else '-'} {rep_text(r, 'fr')}")
        if o.get("chart_here"):
            L.append("")
            L.extend(o["chart_here"])
        head("Dimensions")
        lab("ETP", str(p["fte"]))
        lab("Salaires", A(p["sal"]))
        lab("F et E", A(p["om"]))
        if o.get("total", True):
            lab("Total", A(p["sal"] + p["om"]))
        head("Responsabilités principales")
        for i, t in enumerate(SPEC_FR[:o.get("nspec", 4)], 1):
            L.append(f"{i}. {t}")
    else:  # bilingual
        L.append("EXECUTIVE WORK DESCRIPTION / DESCRIPTION DE TRAVAIL DE LA DIRECTION")
        L.append("")
        L.append(f"Position Title / Titre du poste: {p['en']} / {p['fr']}")
        L.append(f"Classification / Groupe et niveau: {p['cls']}")
        if o.get("pos", True):
            L.append(f"Position Number / Numéro du poste: {p['pos']}")
        if o.get("job", True):
            L.append(f"Job Code / Code d'emploi: {p['job']}")
        L.append("Effective Date / Date d'entrée en vigueur: " + (fdate(eff, "en", 1) if eff else ""))
        L.append(f"Department / Ministère: {dept_en} / {dept_fr}")
        L.append(f"Location / Lieu: {p['loc_en']}")
        if o.get("sup") in ("labels", "line"):
            L.append(f"Reports To / Relève de: {s['en']} / {s['fr']} ({s['cls']})"
                     + (f", {s['pos']}" if o.get("sup_pos", True) else ""))
        L.append("")
        L.append("GENERAL ACCOUNTABILITY / RESPONSABILITÉS GÉNÉRALES")
        L.append(f"The {p['en']} is accountable for {p['m_en']}.")
        L.append(f"Le titulaire est responsable {de(p['m_fr'])}.")
        L.append("")
        L.append("ORGANIZATION STRUCTURE / STRUCTURE ORGANISATIONNELLE")
        if o.get("reps", "bullets") == "bullets":
            for r in p["reports"]:
                L.append(f"- {r['en']} / {r['fr']} ({r['cls']}, {r['fte']} FTEs / ETP)")
        if o.get("chart_here"):
            L.extend(o["chart_here"])
        L.append("")
        L.append("DIMENSIONS")
        L.append(f"FTEs / ETP: {p['fte']}")
        L.append(f"Salary / Salaires: {famt(p['sal'], 'en', o.get('amt', 0))}")
        L.append(f"O&M / F et E: {famt(p['om'], 'en', o.get('amt', 0))}")
        if o.get("total", True):
            L.append(f"Total: {famt(p['sal'] + p['om'], 'en', o.get('amt', 0))}")
    return L


def truth(p, lang, o, **extra):
    """The expected fields of position p as a document rendered with options o states them."""
    s = p["sup"]
    tl = "fr" if lang == "fr" else "en"
    f = {
        "title": p[tl],
        "classification": p["cls"],
        "job_code": p["job"] if o.get("job", True) else None,
        "position_number": p["pos"] if o.get("pos", True) else None,
        "effective_date": p["eff"] if o.get("eff", True) else None,
        "supervisor": {"position_number": s["pos"] if (o.get("sup") and o.get("sup_pos", True)) else None,
                       "title": s[tl] if o.get("sup") else None,
                       "classification": s["cls"] if o.get("sup") else None},
        "direct_reports": [{"title": r[tl], "classification": r["cls"], "fte": r["fte"]} for r in p["reports"]],
        "salary": p["sal"], "o_and_m": p["om"],
        "total": p["sal"] + p["om"] if o.get("total", True) else None,
        "location": p["loc_fr"] if lang == "fr" else p["loc_en"],
    }
    for k, v in o.get("fields", {}).items():
        f[k] = v
    ns = []
    for k in ("job_code", "position_number", "effective_date", "salary", "o_and_m", "total", "location"):
        if f[k] is None:
            ns.append(k)
    for k in ("position_number", "title", "classification"):
        if f["supervisor"][k] is None:
            ns.append("supervisor." + k)
    if not f["direct_reports"]:
        f["direct_reports"] = None
        ns.append("direct_reports")
    also = {"department": DEPTS[p["dept"]][0 if lang != "fr" else 1], "fte": p["fte"]}
    if lang == "bilingual":
        also["title_fr"] = p["fr"]
        also["supervisor_title_fr"] = s["fr"]
    also.update(extra)
    return f, ns, also


# ---------------------------------------------------------------- people and e-mail pieces

class Names:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.used = []

    def new(self):
        while True:
            n = (self.rng.choice(texts.GIVEN), self.rng.choice(texts.FAMILY))
            if n[0] not in [u[0] for u in self.used] and n[1] not in [u[1] for u in self.used]:
                self.used.append(n)
                return n

    def people(self):
        return [f"{g} {f}" for g, f in self.used]


def plain(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def addr(n, dept):
    return f"{plain(n[0])}.{plain(n[1]).replace(' ', '')}@{DEPTS[dept][2]}"


def outlook_name(n, dept):
    return f"{n[1]}, {n[0]} ({dept}/{dept})"


def fsent(when, lang):
    d = when
    if lang == "fr":
        return f"{DAYS_FR[d.weekday()]} {d.day} {MONTHS_FR[d.month - 1]} {d.year} {d.hour:02d} h {d.minute:02d}"
    h = d.hour % 12 or 12
    return f"{DAYS_EN[d.weekday()]}, {MONTHS_EN[d.month - 1]} {d.day}, {d.year} {h}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"


def signature(n, title, dept, lang, phone):
    d_en, d_fr, _ = DEPTS[dept]
    if lang == "fr":
        return [f"{n[0]} {n[1]}", title, d_fr + " / " + d_en, f"Tél. : {phone}", addr(n, dept)]
    if lang == "bilingual":
        return [f"{n[0]} {n[1]}", title, f"{d_en} / {d_fr}", f"Tel. / Tél. : {phone}", addr(n, dept)]
    return [f"{n[0]} {n[1]}", title, d_en, f"Tel: {phone}", addr(n, dept)]


def orig_header(frm, to, when, subject, lang, dept, cc=None):
    if lang == "fr":
        h = ["-----Message d'origine-----", f"De : {outlook_name(frm, dept)} <{addr(frm, dept)}>",
             f"Envoyé : {fsent(when, 'fr')}", f"À : {outlook_name(to, dept)} <{addr(to, dept)}>"]
        if cc:
            h.append(f"Cc : {outlook_name(cc, dept)} <{addr(cc, dept)}>")
        h.append(f"Objet : {subject}")
    else:
        h = ["-----Original Message-----", f"From: {outlook_name(frm, dept)} <{addr(frm, dept)}>",
             f"Sent: {fsent(when, 'en')}", f"To: {outlook_name(to, dept)} <{addr(to, dept)}>"]
        if cc:
            h.append(f"Cc: {outlook_name(cc, dept)} <{addr(cc, dept)}>")
        h.append(f"Subject: {subject}")
    return h


def thread(messages, lang, dept, style="outlook"):
    """messages: newest first, each (frm, to, when, subject, body_lines, sig_lines, cc).
    Returns (header of the newest, body lines of the whole thread)."""
    out = []
    for i, (frm, to, when, subject, body, sig, cc) in enumerate(messages):
        block = list(body) + [""] + list(sig)
        if i == 0:
            out.extend(block)
            continue
        if style == "outlook":
            out.extend(["", ""] + orig_header(frm, to, when, subject, lang, dept, cc) + [""] + block)
        else:  # quoted: every older message indented by one more '>'
            depth = i
            if lang == "fr":
                intro = f"Le {fsent(when, 'fr')}, {frm[0]} {frm[1]} <{addr(frm, dept)}> a écrit :"
            else:
                intro = f"On {fsent(when, 'en')}, {frm[0]} {frm[1]} <{addr(frm, dept)}> wrote:"
            q = "> " * (depth - 1)
            out.extend(["", (q + intro).rstrip()])
            for ln in block:
                out.append((("> " * depth) + ln).rstrip() if ln else ("> " * depth).rstrip())
    return out


def eml(frm, to, when, subject, body, dept, cc=None, cte="quoted-printable", html=False, msgid="x"):
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = f'"{outlook_name(frm, dept)}" <{addr(frm, dept)}>'
    m["To"] = f'"{outlook_name(to, dept)}" <{addr(to, dept)}>'
    if cc:
        m["Cc"] = f'"{outlook_name(cc, dept)}" <{addr(cc, dept)}>'
    m["Subject"] = subject
    m["Date"] = when.strftime("%a, %d %b %Y %H:%M:%S ") + ("-0400" if 3 < when.month < 11 else "-0500")
    m["Message-ID"] = f"<{msgid}@{DEPTS[dept][2]}>"
    m["MIME-Version"] = "1.0"
    text = "\n".join(body) + "\n"
    m.set_content(text, charset="utf-8", cte=cte)
    if html:
        esc = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        hbody = "".join(f"<p class=MsoNormal>{ln or '&nbsp;'}</p>\n" for ln in esc.split("\n"))
        m.add_alternative(f"<html><body>\n{hbody}</body></html>\n", subtype="html", charset="utf-8",
                          cte="quoted-printable")
        m.set_boundary("----=_NextPart_000_0041_01DA7C2E.3B9F61A0")
    return m.as_bytes()


def outlook_txt(frm, to, when, subject, body, dept, lang, cc=None):
    if lang == "fr":
        h = [f"De :\t{outlook_name(frm, dept)} <{addr(frm, dept)}>", f"Envoyé :\t{fsent(when, 'fr')}",
             f"À :\t{outlook_name(to, dept)} <{addr(to, dept)}>"]
        if cc:
            h.append(f"Cc :\t{outlook_name(cc, dept)} <{addr(cc, dept)}>")
        h.append(f"Objet :\t{subject}")
    else:
        h = [f"From:\t{outlook_name(frm, dept)} <{addr(frm, dept)}>", f"Sent:\t{fsent(when, 'en')}",
             f"To:\t{outlook_name(to, dept)} <{addr(to, dept)}>"]
        if cc:
            h.append(f"Cc:\t{outlook_name(cc, dept)} <{addr(cc, dept)}>")
        h.append(f"Subject:\t{subject}")
    return h + [""] + body


# ---------------------------------------------------------------- OCR damage

DIG = {"0": ["O", "o"], "1": ["I", "l"], "5": ["S"], "8": ["B"], "6": ["b"], "2": ["Z"]}
LET = [("m", "rn"), ("d", "cl"), ("e", "c"), ("i", "l"), ("h", "b"), ("t", "l"), ("rn", "m"), ("o", "a")]


def ocr(text, seed, strength, protect=()):
    rng = random.Random(seed)
    pd, pl, pj = {1: (.25, .02, .01), 2: (.5, .04, .03), 3: (.75, .07, .05)}[strength]
    digs = "0158" if strength < 3 else "015862"
    pat = "(" + "|".join(re.escape(x) for x in sorted(protect, key=len, reverse=True)) + ")" if protect else None
    out = []
    for line in text.split("\n"):
        parts = re.split(pat, line) if pat else [line]
        res = []
        for k, part in enumerate(parts):
            if pat and k % 2 == 1:
                res.append(part)
                continue
            chars = []
            for c in part:
                if c in digs and rng.random() < pd:
                    chars.append(rng.choice(DIG[c]))
                else:
                    chars.append(c)
            part = "".join(chars)
            for a, b in LET:
                part = re.sub(a, lambda mt: b if rng.random() < pl else mt.group(0), part)
            part = re.sub(r"(?<=[a-z]) (?=[a-zA-Z])", lambda mt: "" if rng.random() < pj else " ", part)
            res.append(part)
        out.append("".join(res))
    # hyphenate some long lines at line end
    final = []
    for ln in out:
        if len(ln) > 70 and "|" not in ln and "+--" not in ln and rng.random() < .6:
            cut = ln.rfind(" ", 30, 68)
            if cut > 0:
                word_end = ln.find(" ", cut + 1)
                word = ln[cut + 1:word_end if word_end > 0 else len(ln)]
                if len(word) > 6 and word.isalpha():
                    h = len(word) // 2
                    final.append(ln[:cut + 1] + word[:h] + "-")
                    final.append(word[h:] + ln[cut + 1 + len(word):])
                    continue
                final.append(ln[:cut])
                final.append(ln[cut + 1:])
                continue
        final.append(ln)
    return "\n".join(final)


def paginate(lines, per, header, footer):
    pages = [lines[i:i + per] for i in range(0, len(lines), per)]
    out = []
    for i, pg in enumerate(pages, 1):
        out.extend([header.format(i=i, n=len(pages)), ""] + pg + ["", footer.format(i=i, n=len(pages)), "\f"])
    return out[:-1]


# ---------------------------------------------------------------- Word and PDF

def hd(ln):
    return ln.isupper() and ":" not in ln


FIXED = (2024, 1, 1, 0, 0, 0)


def docx_bytes(build):
    d = docx.Document()
    cp = d.core_properties
    cp.author = ""
    cp.last_modified_by = ""
    cp.created = dt.datetime(2024, 1, 1)
    cp.modified = dt.datetime(2024, 1, 1)
    cp.revision = 1
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    build(d)
    raw = io.BytesIO()
    d.save(raw)
    zin = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(zin.namelist()):
            zi = zipfile.ZipInfo(name, FIXED)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, zin.read(name))
    return out.getvalue()


def pdf_esc(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf_chart_page(items, rng):
    """items: (x, y, [lines]) boxes; drawn with rectangles and lines, text emitted in shuffled order."""
    ops = ["0.6 w"]
    for x, y, lines in items:
        w = max(len(ln) for ln in lines) * 4.6 + 12
        h = len(lines) * 10 + 8
        ops.append(f"{x - 6:.0f} {y - h + 12:.0f} {w:.0f} {h:.0f} re S")
    shuffled = list(items)
    rng.shuffle(shuffled)
    for x, y, lines in shuffled:
        for k, ln in enumerate(lines):
            ops.append(f"BT /F1 8 Tf 1 0 0 1 {x} {y - 10 * k} Tm ({pdf_esc(ln)}) Tj ET")
    return "\n".join(ops).encode("cp1252")


def chart_items(p, lang, peers=()):
    s = p["sup"]
    t = p["fr"] if lang == "fr" else p["en"]
    st = s["fr"] if lang == "fr" else s["en"]
    fw = "ETP" if lang == "fr" else "FTEs"
    items = [(200, 760, _wrap(st, 34) + [f"{s['cls']}  #{s['pos']}"])]
    items.append((200, 660, _wrap(t, 34) + [f"{p['cls']}  #{p['pos']}"]))
    for i, k in enumerate(peers[:2]):
        items.append((30 if i == 0 else 400, 660, _wrap(k, 28)))
    for j, r in enumerate(p["reports"]):
        rt = r["fr"] if lang == "fr" else r["en"]
        items.append((30 + 140 * (j % 4), 540 - 90 * (j // 4), _wrap(rt, 24) + [r["cls"], f"{r['fte']} {fw}"]))
    return items


# ---------------------------------------------------------------- the documents

DOCS = []


def add(name, data, kind, lang, p=None, o=None, names=None, also=None, refuse=False, fields=None, extra_people=()):
    rec = {"document": name, "kind": kind, "language": lang, "outcome": "refuse" if refuse else "import"}
    if refuse:
        rec["fields"] = None
        rec["not_stated"] = None
        rec["also"] = also or {}
    else:
        o = dict(o or {})
        if fields:
            o["fields"] = fields
        f, ns, al = truth(p, lang, o, **(also or {}))
        rec["fields"], rec["not_stated"], rec["also"] = f, ns, al
    ppl = (names.people() if names else []) + list(extra_people)
    rec["people"] = ppl or None
    rec["versions"] = None
    DOCS.append((name, data, rec))


def T(lines, crlf=False, enc="utf-8"):
    s = "\n".join(lines) + "\n"
    if crlf:
        s = s.replace("\n", "\r\n")
    return s.encode(enc)


def curly(lines):
    return [ln.replace("'", "\u2019") for ln in lines]


W = dt.datetime


def build():
    # 1-2  ed_asylum: draft in an Outlook thread (.eml), then the signed PDF with its org chart page
    p = variant("ed_asylum", eff=None, reports=copy.deepcopy(POS["ed_asylum"]["reports"]))
    p["reports"][2]["cls"] = "EC-05"
    n = Names("asylum-eml")
    hr, mgr, dg, cls_ = n.new(), n.new(), n.new(), n.new()
    o = dict(sup="labels", eff=False, eff_blank="TBD", amt=1)
    wd = wd_lines(p, "en", o)
    subj = "EX-02 WD for review"
    msgs = [
        (cls_, hr, W(2024, 1, 22, 15, 7), "RE: RE: " + subj,
         ["Hi " + hr[0] + ",", "",
          "Thanks. I can start the evaluation once the DG signs. One comment: the old Director of Intake position was an",
          "EX-01 with 52 FTEs and a $4.1M salary envelope, so the jump to EX-02 will need a good rationale in the Nature",
          "and Scope. I'd also keep the Data and Analytics manager at EC-05 for now as drafted.", "", "Cheers,"],
         signature(cls_, "Senior Classification Advisor, Executive Group Services", "IRCC", "en", "613-555-0187"), None),
        (hr, cls_, W(2024, 1, 22, 11, 40), "RE: " + subj,
         [cls_[0] + ",", "", "See the WD below from " + mgr[0] + " for the new ED position in Montréal. Position number is",
          "already created. Effective date still TBD until the DG signs.", "", "Thanks"],
         signature(hr, "HR Business Partner, Asylum and Refugee Programs", "IRCC", "en", "514-555-0112"), None),
        (mgr, hr, W(2024, 1, 19, 16, 55), subj,
         ["Hello " + hr[0] + ",", "", "Here is the draft work description for the Executive Director. I pasted it in the",
          "e-mail since the template keeps breaking the tables. Let me know what you need.", "", "---------- WD ----------", ""] + wd
         + ["", "---------- end ----------"],
         signature(mgr, "Director General, Asylum and Refugee Programs", "IRCC", "en", "613-555-0140"), dg),
    ]
    body = thread(msgs, "en", "IRCC")
    data = eml(cls_, hr, msgs[0][2], msgs[0][3], body, "IRCC", cc=mgr, msgid="A1B2C3D4E5.asylum")
    add("RE RE EX-02 WD for review.eml", data, "text", "en", p, o, n,
        also={"container": "eml (Outlook thread, quoted-printable)", "thread_messages": 3,
              "note": "the WD is pasted in the oldest message; the classifier's reply quotes a former position's EX-01, 52 FTEs and $4.1M"})
    asy_draft = "RE RE EX-02 WD for review.eml"

    p = POS["ed_asylum"]
    n = Names("asylum-pdf")
    signer = n.new()
    o = dict(sup="chart", reps="chart")
    text = wd_lines(p, "en", dict(o, chart_here=None))
    text = [ln for ln in text]
    text += ["", "SIGNATURES", f"Approved by: {signer[0]} {signer[1]}, Director General, Asylum and Refugee Programs",
             "Date: 2024-02-05"]
    rng = random.Random("asylum-chart")
    items = chart_items(p, "en", peers=("Executive Director, Resettlement Operations", "Director, Refugee Affairs Policy"))
    page2 = pdf_chart_page([(40, 800, ["ORGANIZATION CHART - Executive Director, Asylum Claims Modernization"])] + items, rng)
    data = pdf_bytes(["\n".join(text[:34]), "\n".join(text[34:]), page2])
    add("Executive Director, Asylum Claims Modernization - signed.pdf", data, "pdf", "en", p, o, n,
        also={"note": "supervisor and reports only in the chart on page 3, whose text is drawn out of order; two peer boxes beside the position"})
    asy_final = "Executive Director, Asylum Claims Modernization - signed.pdf"

    # 3  dir_asylum_policy: French Word, tree org chart in monospace paragraphs; supervisor in corpus
    p = POS["dir_asylum_policy"]
    n = Names("asylum-policy")
    inc = n.new()
    o = dict(sup="chart", reps="chart", date=0)
    chart = chart_tree(p, "fr", peers=("Directeur, Transformation de la réception des demandes (EX-01) poste 71322",
                                       "Gestionnaire, Données et analytique (EC-06) poste 71330"))
    wdl = wd_lines(p, "fr", o)

    def b(d):
        d.add_heading("Description de travail – Groupe de la direction", 1)
        for ln in wdl[2:]:
            if not ln:
                continue
            if hd(ln):
                d.add_heading(ln.capitalize(), 2)
            else:
                d.add_paragraph(ln)
            if ln.startswith("Voir l'organigramme"):
                for c in chart:
                    para = d.add_paragraph()
                    run = para.add_run(c)
                    run.font.name = "Courier New"
                    run.font.size = Pt(9)
        d.add_paragraph(f"Titulaire : {inc[0]} {inc[1]}")
    add("DT Directrice Politiques et conception asile (organigramme).docx", docx_bytes(b), "docx", "fr", p, o, n,
        also={"reports_to_in_corpus": asy_final, "incumbent_printed": True,
              "note": "reporting lines only in a ├── tree in Courier paragraphs; two peers in the tree are not reports"})

    # 4  dg_ops: French Word standard; supervisor of Sydney, Edmonton, Intake
    p = POS["dg_ops"]
    n = Names("dg-ops")
    sig = n.new()
    o = dict(sup="labels", amt=0, date=0)
    wdl = wd_lines(p, "fr", o)

    def b(d):
        d.add_heading("Description de travail – Groupe de la direction", 1)
        tbl = d.add_table(rows=0, cols=2)
        for ln in wdl[2:]:
            if ln.startswith("RESPONSABILIT") and "GÉNÉRALES" in ln:
                break
            if ": " in ln:
                k, v = ln.split(": ", 1)
                row = tbl.add_row().cells
                row[0].text, row[1].text = k, v
        started = False
        for ln in wdl:
            if ln.startswith("RESPONSABILIT") and "GÉNÉRALES" in ln:
                started = True
            if not started or not ln:
                continue
            if hd(ln):
                d.add_heading(ln.capitalize(), 2)
            else:
                d.add_paragraph(ln)
        d.add_paragraph(f"Approuvé par : {sig[0]} {sig[1]}, sous-ministre adjoint, Opérations")
    add("Directeur general Reseau de traitement des cas 60210.docx", docx_bytes(b), "docx", "fr", p, o, n,
        also={"department": DEPTS["IRCC"][1]})
    dg_ops_doc = "Directeur general Reseau de traitement des cas 60210.docx"

    # 5-6  dir_sydney: Gmail-style quoted thread (.eml), then the bilingual signed PDF
    p = variant("dir_sydney")
    n = Names("sydney-eml")
    dirn, hr, dgn = n.new(), n.new(), n.new()
    o = dict(sup="line", amt=0, date=0)
    wd = wd_lines(p, "en", o)
    subj = "Sydney CPC director WD - final check"
    msgs = [
        (hr, dirn, W(2024, 3, 5, 9, 12), "Re: " + subj,
         ["Perfect, thanks " + dirn[0] + ". I'll send it to " + dgn[0] + " " + dgn[1] + " for signature today.", "",
          "(For the file: the 2019 version had 198 FTEs and only three managers.)"],
         signature(hr, "HR Advisor, Executive Services", "IRCC", "en", "902-555-0166"), None),
        (dirn, hr, W(2024, 3, 4, 17, 31), "Re: " + subj,
         ["Yes, the Operational Support manager is an AS-05 now, not AS-04. Everything else below is right."],
         signature(dirn, "Director, Case Processing Centre Sydney", "IRCC", "en", "902-555-0101"), None),
        (hr, dirn, W(2024, 3, 4, 10, 2), subj,
         ["Hi " + dirn[0] + ",", "", "Can you confirm the fields below before it goes to the DG?", ""] + wd,
         signature(hr, "HR Advisor, Executive Services", "IRCC", "en", "902-555-0166"), None),
    ]
    body = thread(msgs, "en", "IRCC", style="quoted")
    data = eml(hr, dirn, msgs[0][2], msgs[0][3], body, "IRCC", cte="8bit", msgid="CAF7x9.sydney")
    add("Re Sydney CPC director WD - final check.eml", data, "text", "en", p, o, n,
        also={"container": "eml (quoted with '> ', '> > ')", "reports_to_in_corpus": dg_ops_doc,
              "note": "the director who writes in the thread is the incumbent, named only in the e-mail"})
    syd_eml = "Re Sydney CPC director WD - final check.eml"

    n = Names("sydney-pdf")
    s1 = n.new()
    o = dict(sup="line", amt=0)
    wd = wd_lines(p, "bilingual", o) + ["", f"Signed / Signé : {s1[0]} {s1[1]}   2024-03-11"]
    data = pdf_bytes(["\n".join(wd[:30]), "\n".join(wd[30:])])
    add("Director CPC Sydney - signed (1).pdf", data, "pdf", "bilingual", p, o, n,
        also={"reports_to_in_corpus": dg_ops_doc})
    syd_pdf = "Director CPC Sydney - signed (1).pdf"

    # 7-8  dir_edm: 2020 Word, then a Teams chat where the manager pastes the changed key fields
    p0 = variant("dir_edm", fte=181, sal=12540000, om=688000,
                 reports=[POS["dir_edm"]["reports"][0], dict(POS["dir_edm"]["reports"][1], fte=59),
                          dict(POS["dir_edm"]["reports"][2], fte=35)])
    n = Names("edm-docx")
    s1 = n.new()
    o = dict(sup="labels", amt=1, date=0)
    wdl = wd_lines(p0, "en", o)

    def b(d):
        d.add_heading("Executive Work Description", 1)
        for ln in wdl[2:]:
            if not ln:
                continue
            if hd(ln):
                d.add_heading(ln.title(), 2)
            elif ln.startswith("- "):
                d.add_paragraph(ln[2:], style="List Bullet")
            elif ": " in ln and len(ln.split(": ")[0]) < 32:
                k, v = ln.split(": ", 1)
                para = d.add_paragraph()
                para.add_run(k + ": ").bold = True
                para.add_run(v)
            else:
                d.add_paragraph(ln)
        d.add_paragraph(f"Classified by: {s1[0]} {s1[1]}, November 2020")
    add("WD_Director_CPC-Edmonton_2020.docx", docx_bytes(b), "docx", "en", p0, o, n,
        also={"reports_to_in_corpus": dg_ops_doc})
    edm_old = "WD_Director_CPC-Edmonton_2020.docx"

    p = POS["dir_edm"]
    n = Names("edm-teams")
    a, bb, c = n.new(), n.new(), n.new()
    r = p["reports"]
    chat = [
        "Chat: EDM CPC - director WD update",
        f"Participants: {outlook_name(a, 'IRCC')}, {outlook_name(bb, 'IRCC')}, {outlook_name(c, 'IRCC')}",
        "",
        f"[2024-04-09 9:41 AM] {outlook_name(a, 'IRCC')}",
        "morning! for the EX-01 WD refresh for Edmonton, can you paste the key fields here? classification wants it before Friday",
        "",
        f"[2024-04-09 9:58 AM] {outlook_name(bb, 'IRCC')}",
        "sure, here you go (from the 2020 WD + this year's numbers):",
        f"Title: {p['en']}",
        f"Level: {p['cls']}",
        f"Pos #: {p['pos']}   job code {p['job']}",
        f"Reports to: DG, Case Processing Network (EX-03), pos {p['sup']['pos']}",
        "Direct reports:",
        f"  {r[0]['en']} - {r[0]['cls']} - {r[0]['fte']}",
        f"  {r[1]['en']} - {r[1]['cls']} - {r[1]['fte']}",
        f"  {r[2]['en']} - {r[2]['cls']} - 83",
        f"  {r[3]['en']} - {r[3]['cls']} - {r[3]['fte']}",
        f"FTEs {p['fte']} / salary {famt(p['sal'], 'en', 1)} / O&M {famt(p['om'], 'en', 1)}",
        "Location: Edmonton, Alberta",
        "",
        f"[2024-04-09 10:03 AM] {outlook_name(bb, 'IRCC')}",
        f"oops, Client Support is {r[2]['fte']} not 83, I typed the old combined number",
        "",
        f"[2024-04-09 10:05 AM] {outlook_name(c, 'IRCC')}",
        "👍 thanks. effective date will be whenever the DG signs, leave it blank",
        "",
        f"[2024-04-09 10:06 AM] {outlook_name(a, 'IRCC')}",
        "got it, I'll update the template",
    ]
    o = dict(sup="line", job=True, eff=False, total=False)
    add("Teams chat - EDM CPC director WD update.txt", T(chat), "text", "en", p, o, n,
        fields={"supervisor": {"position_number": "60210", "title": "DG, Case Processing Network", "classification": "EX-03"}},
        also={"container": "Teams chat export", "reports_to_in_corpus": dg_ops_doc,
              "supervisor_title_full": "Director General, Case Processing Network",
              "note": "the Client Support FTEs are corrected two messages later (83 -> 38); no total, no effective date"})
    edm_chat = "Teams chat - EDM CPC director WD update.txt"

    # 9-10  dir_intake: French Outlook .eml (quoted-printable, '> ' quotes), then Markdown with a tree chart
    p = variant("dir_intake", eff="2022-05-02", fte=91, sal=6410000, om=1380000,
                reports=POS["dir_intake"]["reports"][:3])
    n = Names("intake-eml")
    a, bb, c = n.new(), n.new(), n.new()
    o = dict(sup="labels", amt=0, date=0)
    wd = wd_lines(p, "fr", o)
    subj = "DT EX-01 Réception centralisée"
    msgs = [
        (a, bb, W(2022, 5, 3, 8, 47), "TR : RE : " + subj,
         ["Bonjour " + bb[0] + ",", "", "Je te transfère la DT de la directrice pour le dossier de dotation. La version signée suit.", "",
          "Merci,"],
         signature(a, "Conseillère en ressources humaines, Services aux cadres", "IRCC", "fr", "613-555-0193"), None),
        (c, a, W(2022, 5, 2, 16, 20), "RE : " + subj,
         ["Approuvé de mon côté. Attention : l'ancien budget F et E de 1 120 000 $ n'est plus valide."],
         signature(c, "Directeur général, Réseau de traitement des cas", "IRCC", "fr", "613-555-0104"), None),
        (a, c, W(2022, 4, 29, 14, 2), subj, ["Bonjour,", "", "Voici la DT pour approbation :", ""] + wd,
         signature(a, "Conseillère en ressources humaines, Services aux cadres", "IRCC", "fr", "613-555-0193"), None),
    ]
    body = thread(msgs, "fr", "IRCC", style="quoted")
    data = eml(a, bb, msgs[0][2], msgs[0][3], body, "IRCC", msgid="20220503084700.intake")
    add("TR  RE  DT EX-01 Reception centralisee.eml", data, "text", "fr", p, o, n,
        also={"container": "eml (quoted-printable, '> ' quoting, French Outlook)", "reports_to_in_corpus": dg_ops_doc,
              "note": "the signer of the approval reply is the supervisor's incumbent; the former O&M 1 120 000 $ is a distractor"})
    int_old = "TR  RE  DT EX-01 Reception centralisee.eml"

    p = POS["dir_intake"]
    n = Names("intake-md")
    o = dict(sup="chart", reps="chart", md=True, amt=1, date=1)
    chart = ["```"] + chart_tree(p, "fr", peers=("Directrice, Centre de traitement des cas de Sydney (EX-01) poste 60244",
                                                 "Directeur, Centre de traitement des cas d'Edmonton (EX-01) poste 60251")) + ["```"]
    wd = wd_lines(p, "fr", dict(o, chart_here=chart))
    add("Directrice, Réception centralisée (organigramme).md", T(wd), "markdown", "fr", p, o, None,
        also={"reports_to_in_corpus": dg_ops_doc,
              "note": "supervisor and reports only in the ├── tree; two sibling directors in the tree are peers"})
    int_new = "Directrice, Réception centralisée (organigramme).md"

    # 11  dg_procure: UTF-8 text with box org chart (boxes side by side)
    p = POS["dg_procure"]
    o = dict(sup="chart", reps="chart", amt=0, date=2)
    chart = chart_boxes(p, "en", width=20, per_row=5)
    wd = wd_lines(p, "en", dict(o, chart_here=chart))
    add("DG Professional Services Procurement - WD with org chart.txt", T(wd), "text", "en", p, o, None,
        also={"note": "the five report boxes stand side by side and their titles wrap inside the boxes"})
    proc_doc = "DG Professional Services Procurement - WD with org chart.txt"

    # 12-13  dir_info: Slack export, then the final Word
    p = POS["dir_info"]
    n = Names("info-slack")
    a, bb = n.new(), n.new()
    r = p["reports"]
    sl = [
        "#exec-classification  (exported)",
        "",
        f"{a[0]} {a[1]}  2:14 PM",
        "@" + plain(bb[0]).lower() + " do you have the fields for the TBIPS director? the one we need for the EX-01 re-evaluation",
        "",
        f"{bb[0]} {bb[1]}  2:31 PM",
        "yes - straight from the draft:",
        "```",
        f"Position title ..... {p['en']}",
        f"Group/level ........ {p['cls']}",
        f"Position no. ....... {p['pos']}",
        f"Effective .......... {fdate(p['eff'], 'en', 0)}",
        f"Supervisor ......... {p['sup']['en']} ({p['sup']['cls']}) #{p['sup']['pos']}",
        "Reports:",
    ] + [f"  - {x['en']}, {x['cls']}, {x['fte']} FTE" for x in r] + [
        f"FTEs ............... {p['fte']}",
        f"Salary ............. {famt(p['sal'], 'en', 0)}",
        f"O&M ................ {famt(p['om'], 'en', 0)}",
        f"Total .............. {famt(p['sal'] + p['om'], 'en', 0)}",
        "```",
        "job code I don't have, ask " + a[0] + " in classification",
        "",
        f"{a[0]} {a[1]}  2:33 PM",
        "that's me lol. it's 102245",
        "",
        f"{bb[0]} {bb[1]}  2:33 PM",
        ":sweat_smile:",
        "(location is Gatineau, Place du Portage III)",
    ]
    o = dict(sup="labels", amt=0)
    add("slack-export exec-classification 2022-03-29.txt", T(sl), "text", "en", p, o, n,
        fields={"location": "Gatineau, Place du Portage III"},
        also={"container": "Slack export", "reports_to_in_corpus": proc_doc,
              "note": "the job code arrives in a later message, outside the pasted block; the location only in a chat aside"})
    info_chat = "slack-export exec-classification 2022-03-29.txt"

    n = Names("info-docx")
    s1 = n.new()
    o = dict(sup="labels", amt=1, date=0)
    wdl = wd_lines(p, "en", o)

    def b(d):
        d.add_heading("EXECUTIVE WORK DESCRIPTION", 1)
        tbl = d.add_table(rows=0, cols=2)
        i = 2
        while wdl[i]:
            k, v = wdl[i].split(": ", 1)
            row = tbl.add_row().cells
            row[0].text, row[1].text = k, v
            i += 1
        for ln in wdl[i:]:
            if not ln:
                continue
            if hd(ln):
                d.add_heading(ln.title(), 2)
            elif ln.startswith("- "):
                d.add_paragraph(ln[2:], style="List Bullet")
            else:
                d.add_paragraph(ln)
        d.add_paragraph(f"Signature: {s1[0]} {s1[1]}, Director General")
    add("Director Informatics Professional Services FINAL.docx", docx_bytes(b), "docx", "en", p, o, n,
        also={"reports_to_in_corpus": proc_doc})
    info_docx = "Director Informatics Professional Services FINAL.docx"

    # 14  dir_consult: French Outlook thread saved as text, cp1252, CRLF
    p = POS["dir_consult"]
    n = Names("consult")
    a, bb, c = n.new(), n.new(), n.new()
    o = dict(sup="labels", amt=1, date=0)
    wd = wd_lines(p, "fr", o)
    subj = "DT directrice – services-conseils (88127)"
    body = (["Bonjour " + bb[0] + ",", "", "Comme promis, la DT de la directrice ci-dessous. La DG l'a revue hier.",
             "Petite note : l'ancienne DT (2015) indiquait 44 ETP et un niveau EX-01 également.", "", "Bonne journée,", ""]
            + signature(a, "Agente principale de classification", "PSPC", "fr", "819-555-0133")
            + ["", ""] + orig_header(c, a, W(2019, 9, 24, 13, 5), "DT – pour révision", "fr", "PSPC")
            + ["", "Voici la DT à jour.", ""] + wd + [""] + signature(c, "Directeur général, Approvisionnement en services professionnels", "PSPC", "fr", "819-555-0120"))
    txt = outlook_txt(a, bb, W(2019, 9, 25, 10, 44), "TR : " + subj, body, "PSPC", "fr")
    add("TR  DT directrice services-conseils (88127).txt", T(curly(txt), crlf=True, enc="cp1252"), "text-cp1252", "fr",
        p, o, n, also={"container": "Outlook message saved as text", "reports_to_in_corpus": proc_doc})

    # 15  dir_pay: printed e-mail, scanned (OCR, middling)
    p = POS["dir_pay"]
    n = Names("pay")
    a, bb = n.new(), n.new()
    o = dict(sup="labels", amt=0, date=0)
    wd = wd_lines(p, "en", o)
    pr = [f"{a[0]} {a[1]}", "", "From:    " + outlook_name(bb, "PSPC") + f" <{addr(bb, 'PSPC')}>",
          "Sent:    " + fsent(W(2020, 7, 14, 11, 26), "en"), "To:      " + outlook_name(a, "PSPC"),
          "Subject: EX-02 WD Miramichi - please print and sign", "",
          a[0] + " - printed copy attached for wet signature. Please scan back when done.", ""] + wd + ["", bb[0]]
    pages = paginate(pr, 38, f"{a[0]} {a[1]}" + " " * 30 + "{i}", "https://outlook.office.com/mail/inbox       {i}/{n}       7/14/2020")
    txt = ocr("\n".join(pages), "pay", 2, protect=[f"{x[0]} {x[1]}" for x in (a, bb)] + [a[0], bb[0], outlook_name(bb, "PSPC"), outlook_name(a, "PSPC")])
    add("scan_20200714_0931.txt", (txt + "\n").encode(), "ocr", "en", p, o, n,
        also={"damage": "middling", "container": "printed Outlook e-mail, scanned"})

    # 16  dir_translation: bilingual Word, arrows chart in Courier paragraphs
    p = POS["dir_translation"]
    n = Names("translation")
    s1 = n.new()
    o = dict(sup="chart", reps="chart", amt=0)
    wdl = wd_lines(p, "bilingual", o)
    ch = chart_arrows(p, "en")

    def b(d):
        for ln in wdl:
            if not ln:
                continue
            if hd(ln) or ln.startswith("EXECUTIVE"):
                d.add_heading(ln, 2)
                if ln.startswith("ORGANIZATION"):
                    d.add_paragraph("Organization chart / Organigramme:")
                    for c in ch:
                        run = d.add_paragraph().add_run(c)
                        run.font.name = "Consolas"
            else:
                d.add_paragraph(ln)
        d.add_paragraph(f"{s1[0]} {s1[1]}, Vice-President, Interpretation / Vice-présidente, Interprétation")
    add("DT-WD Interpretation parlementaire - Parliamentary Interpretation.docx", docx_bytes(b), "docx", "bilingual", p, o, n,
        also={"note": "supervisor and reports only as '->' arrows; the arrows point from subordinate to superior",
              "direct_reports_fr": [x["fr"] for x in p["reports"]]})

    # 17  dir_trans_lang: bilingual PDF, org chart page out of order
    p = POS["dir_trans_lang"]
    o = dict(sup="chart", reps="chart", amt=1)
    wd = wd_lines(p, "bilingual", o)
    rng = random.Random("trans-lang")
    items = chart_items(p, "en", peers=("Director, Translation Quality", "Director, Language Portal"))
    data = pdf_bytes(["\n".join(wd), pdf_chart_page([(40, 800, ["Organization Chart / Organigramme"])] + items, rng)])
    add("WD Director Terminology Standardization_bil.pdf", data, "pdf", "bilingual", p, o, None,
        also={"note": "chart boxes (English) drawn in shuffled order; peers beside the position",
              "direct_reports_fr": [x["fr"] for x in p["reports"]]})

    # 18  dg_nhp: English PDF; reports in bullets, supervisor by labels
    p = POS["dg_nhp"]
    n = Names("nhp")
    s1 = n.new()
    o = dict(sup="labels", amt=1, date=0)
    wd = wd_lines(p, "en", o) + ["", f"Approved: {s1[0]} {s1[1]}, ADM, HPFB    2021-01-04"]
    data = pdf_bytes(["\n".join(wd[:36]), "\n".join(wd[36:])])
    add("NNHPD DG work description 30418.pdf", data, "pdf", "en", p, o, n, also={})
    nhp_doc = "NNHPD DG work description 30418.pdf"

    # 19-20  dir_licensing: printed e-mail scanned (heavy) with the draft, then the final Word
    p0 = variant("dir_licensing", eff="2022-10-03", reports=POS["dir_licensing"]["reports"][:3], fte=87, sal=8810000, om=300000)
    n = Names("lic-ocr")
    a, bb = n.new(), n.new()
    o = dict(sup="line", amt=0, date=2)
    wd = wd_lines(p0, "en", o)
    pr = ["From: " + outlook_name(a, "HC"), "Sent: " + fsent(W(2022, 9, 27, 8, 3), "en"),
          "To: " + outlook_name(bb, "HC"), "Subject: RE: RE: Product Licensing WD", "",
          "Printed for the classification committee. Senior Scientific Advisor not yet added - next version.", ""] + wd
    pages = paginate(pr, 40, "Health Canada - Outlook   Page {i}", "{i}")
    txt = ocr("\n".join(pages), "lic", 3, protect=[outlook_name(a, "HC"), outlook_name(bb, "HC")])
    add("Product Licensing WD (printed email) scan.txt", (txt + "\n").encode(), "ocr", "en", p0, o, n,
        also={"damage": "heavy", "reports_to_in_corpus": nhp_doc, "container": "printed Outlook e-mail, scanned"})
    lic_old = "Product Licensing WD (printed email) scan.txt"

    p = variant("dir_licensing", eff="2023-01-16")
    n = Names("lic-docx")
    s1 = n.new()
    o = dict(sup="labels", amt=0, date=0)
    wdl = wd_lines(p, "en", o)

    def b(d):
        d.add_heading("Executive Work Description", 1)
        tbl = d.add_table(rows=0, cols=2)
        i = 2
        while wdl[i]:
            k, v = wdl[i].split(": ", 1)
            row = tbl.add_row().cells
            row[0].text, row[1].text = k, v
            i += 1
        for ln in wdl[i:]:
            if not ln:
                continue
            if hd(ln):
                d.add_heading(ln.title(), 2)
            elif ln.startswith("- ") and "(" in ln:
                pass
            else:
                d.add_paragraph(ln)
            if ln.startswith("The following positions"):
                t2 = d.add_table(rows=1, cols=3)
                t2.rows[0].cells[0].text, t2.rows[0].cells[1].text, t2.rows[0].cells[2].text = "Position", "Group/Level", "FTEs"
                for x in p["reports"]:
                    c = t2.add_row().cells
                    c[0].text, c[1].text, c[2].text = x["en"], x["cls"], str(x["fte"])
        d.add_paragraph(f"Classified by {s1[0]} {s1[1]} on 2023-01-12")
    add("Director, Product Licensing - FINAL (2023).docx", docx_bytes(b), "docx", "en", p, o, n,
        also={"reports_to_in_corpus": nhp_doc})
    lic_new = "Director, Product Licensing - FINAL (2023).docx"

    # 21-22  dir_policy_nhp: 2018 cp1252 text, then a 2023 e-mail thread
    p0 = variant("dir_policy_nhp", eff="2018-06-11", reports=POS["dir_policy_nhp"]["reports"][:3], fte=24, sal=2690000, om=240000)
    n = Names("pol-2018")
    s1 = n.new()
    o = dict(sup="labels", amt=0, date=0)
    wd = wd_lines(p0, "en", o) + ["", f"Signed: {s1[0]} {s1[1]} (Director General)", "Date: June 11, 2018"]
    add("Director Policy Planning & Intl Affairs 2018.txt", T(curly(wd), crlf=True, enc="cp1252"), "text-cp1252", "en", p0, o, n,
        also={"reports_to_in_corpus": nhp_doc})
    pol_old = "Director Policy Planning & Intl Affairs 2018.txt"

    p = POS["dir_policy_nhp"]
    n = Names("pol-2023")
    a, bb, c = n.new(), n.new(), n.new()
    o = dict(sup="labels", amt=1, date=0)
    wd = wd_lines(p, "en", o)
    subj = "Updated WD - Director, PPIA (adds Reg Mod advisor)"
    msgs = [
        (a, bb, W(2023, 3, 28, 10, 15), "RE: " + subj,
         ["Received, thank you. Filed under 30440.", "", "Out of curiosity - the DG's own WD still shows 24 FTEs for PPIA, we",
          "should update that one too."],
         signature(a, "Executive Resourcing Officer", "HC", "en", "613-555-0175"), None),
        (bb, a, W(2023, 3, 27, 16, 40), subj,
         [a[0] + ",", "", "Signed WD below (the signed PDF is on the shared drive). " + c[0] + " approved it this afternoon.", ""] + wd,
         signature(bb, "Director, Policy, Planning and International Affairs", "HC", "en", "613-555-0151"), c),
    ]
    body = thread(msgs, "en", "HC")
    data = eml(a, bb, msgs[0][2], msgs[0][3], body, "HC", cte="base64", msgid="0f3e.ppia")
    add("RE Updated WD - Director, PPIA (adds Reg Mod advisor).eml", data, "text", "en", p, o, n,
        also={"container": "eml, body base64", "reports_to_in_corpus": nhp_doc,
              "note": "the reply's '24 FTEs' is the DG document's old figure"})
    pol_new = "RE Updated WD - Director, PPIA (adds Reg Mod advisor).eml"

    # 23  dir_site: Markdown with arrows chart
    p = POS["dir_site"]
    o = dict(sup="chart", reps="chart", md=True, amt=1, date=1)
    chart = ["```text"] + chart_arrows(p, "en") + ["```"]
    wd = wd_lines(p, "en", dict(o, chart_here=chart))
    add("director-site-licensing.md", T(wd), "markdown", "en", p, o, None,
        also={"reports_to_in_corpus": nhp_doc, "note": "reporting lines only as arrows"})

    # 24  dir_geo: e-mail with multipart/alternative (text and HTML), forwarded
    p = POS["dir_geo"]
    n = Names("geo")
    a, bb, c = n.new(), n.new(), n.new()
    o = dict(sup="line", amt=2, date=2)
    wd = wd_lines(p, "en", o)
    body = (["FYI - below is the Pacific Division director WD you asked for at the Sidney campus meeting.", "",
             "Note the O&M excludes the ship time charged to CCGS, which was $1.2M last year.", ""]
            + signature(a, "A/Director General, Geological Survey of Canada, Western Canada", "NRCan", "en", "250-555-0117")
            + ["", ""] + orig_header(c, a, W(2019, 3, 28, 14, 0), "WD - Director GSC Pacific", "en", "NRCan") + [""] + wd)
    data = eml(a, bb, W(2019, 4, 2, 9, 30), "FW: WD - Director GSC Pacific", body, "NRCan", html=True, msgid="geo.pacific")
    add("FW WD - Director GSC Pacific.eml", data, "text", "en", p, o, n,
        also={"container": "eml multipart/alternative (text/plain and text/html)",
              "note": "amounts in thousands ($6,120K); the sender signs as acting DG (A/Director General)"})

    # 25  dir_cfs: French Word, org chart as a table
    p = POS["dir_cfs"]
    n = Names("cfs")
    s1 = n.new()
    o = dict(sup="chart", reps="chart", amt=1, date=0)
    wdl = wd_lines(p, "fr", o)

    def b(d):
        d.add_heading("Description de travail – Groupe de la direction", 1)
        for ln in wdl[2:]:
            if not ln:
                continue
            if hd(ln):
                d.add_heading(ln.capitalize(), 2)
            else:
                d.add_paragraph(ln)
            if ln.startswith("Voir l'organigramme"):
                t = d.add_table(rows=3, cols=len(p["reports"]))
                top = t.rows[0].cells[0].merge(t.rows[0].cells[-1])
                top.text = f"{p['sup']['fr']}\n{p['sup']['cls']} – poste {p['sup']['pos']}"
                mid = t.rows[1].cells[0].merge(t.rows[1].cells[-1])
                mid.text = f"{p['fr']}\n{p['cls']} – poste {p['pos']}"
                for j, x in enumerate(p["reports"]):
                    t.rows[2].cells[j].text = f"{x['fr']}\n{x['cls']}\n{x['fte']} ETP"
        d.add_paragraph(f"Approuvée par {s1[0]} {s1[1]}")
    add("DT_Directrice_CFL_Quebec.docx", docx_bytes(b), "docx", "fr", p, o, n,
        also={"note": "the org chart is a Word table: supervisor row, position row, one cell per report"})

    # 26  dg_energy: English thread, the DG pastes the WD as a reply
    p = POS["dg_energy"]
    n = Names("energy")
    a, bb, c = n.new(), n.new(), n.new()
    o = dict(sup="labels", amt=1, date=0)
    wd = wd_lines(p, "en", o)
    subj = "CFO DG - WD"
    msgs = [
        (a, bb, W(2023, 4, 4, 8, 12), "RE: RE: " + subj,
         ["Thanks " + bb[0] + "! Much better. Filing it.", ""],
         signature(a, "Executive Classification Analyst", "NRCan", "en", "613-555-0162"), None),
        (bb, a, W(2023, 4, 3, 18, 54), "RE: " + subj,
         ["Sorry for the delay. The full WD is pasted below; the version I sent last week had the wrong budget", "(it used the 2021 figures: $8.1M salary, $0.9M O&M).", ""] + wd,
         signature(bb, "Director General, Clean Fuels Office", "NRCan", "en", "613-555-0108"), c),
        (a, bb, W(2023, 3, 31, 9, 0), subj,
         ["Hi, could you send me the final WD for your position? We need it for the EX-03 questionnaire."],
         signature(a, "Executive Classification Analyst", "NRCan", "en", "613-555-0162"), None),
    ]
    body = thread(msgs, "en", "NRCan")
    data = eml(a, bb, msgs[0][2], msgs[0][3], body, "NRCan", cc=c, msgid="cfo.dg.wd")
    add("RE RE CFO DG - WD.eml", data, "text", "en", p, o, n,
        also={"container": "eml (Outlook thread)",
              "note": "the DG who writes the middle message is the incumbent; the 2021 budget in the text is a distractor"})
    energy_doc = "RE RE CFO DG - WD.eml"

    # 27  dir_cfp: bilingual UTF-8 text thread
    p = POS["dir_cfp"]
    n = Names("cfp")
    a, bb = n.new(), n.new()
    o = dict(sup="line", amt=0)
    wd = wd_lines(p, "bilingual", o)
    body = outlook_txt(a, bb, W(2023, 7, 11, 13, 30), "RE: DT / WD - Directrice, Programmes de combustibles propres",
                       ["Bonjour / Hello,", "", "Voici la DT bilingue. / Here is the bilingual WD.", ""]
                       + signature(a, "Gestionnaire, Classification des cadres / Manager, Executive Classification", "NRCan", "bilingual", "613-555-0146")
                       + ["", ""] + orig_header(bb, a, W(2023, 7, 10, 9, 45), "DT / WD - Directrice, Programmes de combustibles propres", "en", "NRCan")
                       + [""] + wd, "NRCan", "en")
    add("RE DT-WD Directrice Programmes de combustibles propres.txt", T(body), "text", "bilingual", p, o, n,
        also={"reports_to_in_corpus": energy_doc})

    # 28-29  dir_census: French .eml saved twice
    p = POS["dir_census"]
    n = Names("census")
    a, bb = n.new(), n.new()
    o = dict(sup="labels", amt=1, date=0)
    wd = wd_lines(p, "fr", o)
    body = ["Bonjour " + bb[0] + ",", "", "Ci-dessous la DT du directeur, Opérations du recensement, telle que signée par la DG.",
            "N.B. Pour le Recensement de 2021, l'effectif temporaire atteindra environ 32 000 employés sur le terrain; ils ne",
            "sont pas comptés dans les ETP du poste.", "", ""] + wd + [""] + signature(a, "Conseiller principal, Ressources humaines", "StatCan", "fr", "613-555-0128")
    data = eml(a, bb, W(2020, 2, 18, 11, 3), "DT EX-02 Opérations du recensement", body, "StatCan", msgid="census.ops.fr")
    for nm in ("DT EX-02 Opérations du recensement.eml", "DT EX-02 Opérations du recensement (1).eml"):
        add(nm, data, "text", "fr", p, o, n, also={"container": "eml (single message)",
                                                   "note": "32 000 temporary field staff are not the position's FTEs"})

    # 30  dir_reg_stat: French Teams chat
    p = POS["dir_reg_stat"]
    n = Names("regstat")
    a, bb = n.new(), n.new()
    r = p["reports"]
    chat = [
        f"[2021-10-26 14:02] {outlook_name(a, 'StatCan')}",
        "Salut! Peux-tu me coller les infos clés de la DT de la directrice de Sherbrooke? Je monte le dossier pour le comité.",
        f"[2021-10-26 14:19] {outlook_name(bb, 'StatCan')}",
        "Voilà :",
        f"Titre : {p['fr']}",
        f"Niveau : {p['cls']}  |  No de poste : {p['pos']}  |  Code d'emploi : {p['job']}",
        f"En vigueur le : {fdate(p['eff'], 'fr', 0)}",
        f"Relève du : {p['sup']['fr']} ({p['sup']['cls']})",
        "Subordonnés directs :",
    ] + [f"• {x['fr']} – {x['cls']} – {x['fte']} ETP" for x in r] + [
        f"ETP total : {p['fte']}",
        f"Budget : salaires {famt(p['sal'], 'fr', 1)}, F et E {famt(p['om'], 'fr', 1)}, total {famt(p['sal'] + p['om'], 'fr', 1)}",
        f"Lieu : {p['loc_fr']}",
        f"[2021-10-26 14:20] {outlook_name(a, 'StatCan')}",
        "Merci!! Le no de poste du DG c'est bien 22300?",
        f"[2021-10-26 14:26] {outlook_name(bb, 'StatCan')}",
        "Oui, 22300.",
    ]
    o = dict(sup="labels", amt=1)
    add("Conversation Teams - DT directrice Sherbrooke.txt", T(chat), "text", "fr", p, o, n,
        also={"container": "Teams chat export", "note": "the supervisor's position number is only confirmed in a later message"})

    # 31  dir_port: French PDF with chart page out of order
    p = POS["dir_port"]
    n = Names("port")
    s1 = n.new()
    o = dict(sup="chart", reps="chart", amt=0, date=0)
    wd = wd_lines(p, "fr", o) + ["", f"Signature de la DGR : {s1[0]} {s1[1]}"]
    rng = random.Random("port")
    items = chart_items(p, "fr", peers=("Directeur, Aéroport international Montréal-Trudeau", "Directrice, Opérations de la frontière terrestre"))
    data = pdf_bytes(["\n".join(wd), pdf_chart_page([(40, 800, ["ORGANIGRAMME"])] + items, rng)])
    add("DT Directeur Port de Montreal - signee.pdf", data, "pdf", "fr", p, o, n,
        also={"note": "reporting lines only in the chart page (text drawn in shuffled order)"})

    # 32-33  dir_yvr: 2019 cp1252 Outlook text, then 2023 bilingual PDF
    p0 = variant("dir_yvr", eff="2019-09-03", fte=544, sal=45100000, om=2410000,
                 reports=[dict(POS["dir_yvr"]["reports"][0], fte=381), dict(POS["dir_yvr"]["reports"][1], fte=90),
                          dict(POS["dir_yvr"]["reports"][2], fte=56), POS["dir_yvr"]["reports"][3]])
    n = Names("yvr-2019")
    a, bb = n.new(), n.new()
    o = dict(sup="labels", amt=1, date=0)
    wd = wd_lines(p0, "en", o)
    body = (["Hi " + bb[0] + ",", "", "Here's the YVR Director WD as it went to the RDG. Let me know if the Commercial numbers look off -",
             "the 2018 draft had 112 FTEs there before the Richmond warehouse moved to the Commercial Ops district.", "", "Thanks,", ""]
            + signature(a, "Senior HR Advisor, Pacific Region", "CBSA", "en", "604-555-0139") + ["", "", "<<WD pasted below>>", ""] + wd)
    txt = outlook_txt(a, bb, W(2019, 9, 4, 15, 22), "YVR Director WD (EX-02) as sent", body, "CBSA", "en")
    add("YVR Director WD (EX-02) as sent.txt", T(curly(txt), crlf=True, enc="cp1252"), "text-cp1252", "en", p0, o, n,
        also={"container": "Outlook message saved as text"})
    yvr_old = "YVR Director WD (EX-02) as sent.txt"

    p = POS["dir_yvr"]
    o = dict(sup="line", amt=1)
    wd = wd_lines(p, "bilingual", o)
    data = pdf_bytes(["\n".join(wd[:26]), "\n".join(wd[26:])])
    add("Director YVR 2023 bilingual.pdf", data, "pdf", "bilingual", p, o, None, also={})
    yvr_new = "Director YVR 2023 bilingual.pdf"

    # 34  dir_training: bilingual .eml, the WD quoted with '> ' under a reply
    p = POS["dir_training"]
    n = Names("rigaud")
    a, bb = n.new(), n.new()
    o = dict(sup="labels", amt=0)
    wd = wd_lines(p, "bilingual", o)
    msgs = [
        (a, bb, W(2021, 6, 15, 7, 58), "RE: DT / WD Directeur, Collège Rigaud",
         ["Merci " + bb[0] + " / Thank you.", "", "J'ajoute la DT au dossier. The residence O&M seems high but it includes the food services contract."],
         signature(a, "Agente des RH / HR Officer", "CBSA", "bilingual", "450-555-0181"), None),
        (bb, a, W(2021, 6, 14, 16, 2), "DT / WD Directeur, Collège Rigaud", ["Voir ci-dessous / See below.", ""] + wd,
         signature(bb, "Directrice générale, Formation et perfectionnement / Director General, Training and Development", "CBSA", "bilingual", "613-555-0199"), None),
    ]
    body = thread(msgs, "bilingual", "CBSA", style="quoted")
    data = eml(a, bb, msgs[0][2], msgs[0][3], body, "CBSA", msgid="rigaud.bil")
    add("RE DT-WD Directeur College Rigaud.eml", data, "text", "bilingual", p, o, n,
        also={"container": "eml, quoted with '> '", "direct_reports_fr": [x["fr"] for x in p["reports"]]})

    # 35  dir_ei: scanned printout of a box org chart with the key fields (OCR)
    p = POS["dir_ei"]
    o = dict(sup="chart", reps="chart", amt=1, date=0, nspec=2)
    chart = chart_boxes(p, "en", width=18, per_row=4)
    wd = wd_lines(p, "en", dict(o, chart_here=chart))
    pages = paginate(wd, 45, "Service Canada - BDS Atlantic      EI Processing Director WD", "Page {i} of {n}")
    txt = ocr("\n".join(pages), "ei", 1)
    add("EI Processing Director Atlantic - scan.txt", (txt + "\n").encode(), "ocr", "en", p, o, None,
        also={"damage": "light", "note": "box chart scanned: side-by-side boxes, wrapped titles"})

    # 36  ed_oas: French Outlook thread (.eml), the WD in the middle message, a later reply changes nothing
    p = POS["ed_oas"]
    n = Names("oas")
    a, bb, c = n.new(), n.new(), n.new()
    o = dict(sup="labels", amt=0, date=0)
    wd = wd_lines(p, "fr", o)
    subj = "DT DE EX-02 – Modernisation SV"
    msgs = [
        (c, a, W(2023, 10, 4, 9, 37), "RE : RE : " + subj,
         ["Bonjour,", "", "Pour info, le poste de Directrice, Automatisation et règles était un EX-02 dans l'ancienne structure; il est",
          "maintenant EX-01 comme indiqué dans la DT. Aucun autre changement."],
         signature(c, "Conseiller en classification", "ESDC", "fr", "819-555-0154"), None),
        (a, c, W(2023, 10, 3, 15, 10), "RE : " + subj, ["Voici la DT finale :", ""] + wd,
         signature(a, "Gestionnaire, Planification des ressources humaines", "ESDC", "fr", "819-555-0107"), bb),
        (c, a, W(2023, 10, 2, 11, 45), subj, ["Bonjour, peux-tu m'envoyer la DT finale de la DE? Merci"],
         signature(c, "Conseiller en classification", "ESDC", "fr", "819-555-0154"), None),
    ]
    body = thread(msgs, "fr", "ESDC")
    data = eml(c, a, msgs[0][2], msgs[0][3], body, "ESDC", cc=bb, msgid="oas.ed.fr")
    add("RE  RE  DT DE EX-02 - Modernisation SV.eml", data, "text", "fr", p, o, n, also={"container": "eml (Outlook thread, French)"})

    # 37  dir_passport: a thread pasted into Word
    p = POS["dir_passport"]
    n = Names("passport")
    a, bb = n.new(), n.new()
    o = dict(sup="line", amt=1, date=2, job=False)
    wd = wd_lines(p, "en", o)
    pasted = outlook_txt(a, bb, W(2022, 9, 20, 12, 1), "Passport Integrity Director WD",
                         ["Hi " + bb[0] + ", WD below. Job code to come from OCHRO.", ""] + wd + [""]
                         + signature(a, "Director General, Passport Program Operations", "ESDC", "en", "819-555-0190"), "ESDC", "en")

    def b(d):
        for ln in pasted:
            d.add_paragraph(ln)
    add("Passport Integrity Director WD (from email).docx", docx_bytes(b), "docx", "en", p, o, n,
        also={"container": "Outlook message pasted into Word", "note": "the signature block is the supervisor's incumbent"})

    # 38  dir_hc_region: French printed e-mail, scanned, heavy
    p = POS["dir_hc_region"]
    n = Names("hcqc")
    a, bb = n.new(), n.new()
    o = dict(sup="labels", amt=0, date=0)
    wd = wd_lines(p, "fr", o)
    pr = ["De : " + outlook_name(a, "HC"), "Envoyé : " + fsent(W(2019, 12, 3, 10, 41), "fr"),
          "À : " + outlook_name(bb, "HC"), "Objet : DT directeur régional Québec - pour signature", "",
          "Voici la DT. Les 74 ETP incluent les 2 postes d'étudiants.", ""] + wd
    pages = paginate(pr, 40, "Outlook - imprimé le 2019-12-03", "Page {i} de {n}")
    txt = ocr("\n".join(pages), "hcqc", 3, protect=[outlook_name(a, "HC"), outlook_name(bb, "HC")])
    add("Numérisation DT directeur régional Québec.txt", (txt + "\n").encode(), "ocr", "fr", p, o, n,
        also={"damage": "heavy", "container": "printed Outlook e-mail, scanned"})

    # 39  dir_mines: French UTF-8 text with a ├── tree only
    p = POS["dir_mines"]
    o = dict(sup="chart", reps="chart", amt=1, date=0)
    chart = chart_tree(p, "fr", peers=("Directeur, CanmetMINES Ottawa (EX-01) poste 53104",))
    wd = wd_lines(p, "fr", dict(o, chart_here=chart))
    add("DT directeur CanmetMINES Sudbury.txt", T(wd), "text", "fr", p, o, None,
        also={"note": "tree chart; a peer sits above the position in the tree"})

    # 40  dir_fed_bldg: cp1252 text, ASCII tree with arrows to the supervisor
    p = POS["dir_fed_bldg"]
    o = dict(sup="chart", reps="chart", amt=1, date=0)
    chart = chart_tree(p, "en", ascii_only=True, peers=("Director, Professional and Technical Services (EX-01) pos. 86405",
                                                        "Director, Acquisitions, Atlantic (EX-01) pos. 86410"), mark="<== this WD")
    wd = wd_lines(p, "en", dict(o, chart_here=chart))
    add("RP Services Atlantic - Director WD.txt", T(curly(wd), crlf=True, enc="cp1252"), "text-cp1252", "en", p, o, None,
        also={"note": "ASCII tree (|-- and `--); O&M far above salary"})

    # 41  ed_digital: Slack export, pasted fields with a later correction of the level
    p = POS["ed_digital"]
    n = Names("digital")
    a, bb, c = n.new(), n.new(), n.new()
    r = p["reports"]
    sl = [f"{a[0]} {a[1]}  11:02 AM",
          "pasting the ED platform modernization fields for the record (from the Nov 2022 WD):",
          f"> {p['en']} | EX-01 | pos {p['pos']} | job {p['job']}",
          f"> reports to {p['sup']['en']} ({p['sup']['cls']}), {p['sup']['pos']}",
          "> team: " + "; ".join(f"{x['en']} ({x['cls']}, {x['fte']})" for x in r),
          f"> {p['fte']} FTEs, salary {famt(p['sal'], 'en', 1)}, O&M {famt(p['om'], 'en', 1)} (mostly cloud hosting)",
          f"> effective {fdate(p['eff'], 'en', 1)}, Ottawa",
          "",
          f"{bb[0]} {bb[1]}  11:09 AM",
          "EX-01?? it's an EX-02 since the reclassification last fall",
          "",
          f"{a[0]} {a[1]}  11:10 AM",
          "argh, yes. EX-02. copied from the old 2019 line, sorry",
          "",
          f"{c[0]} {c[1]}  11:31 AM",
          "total should be $21.54M then, matches the DG's deck"]
    o = dict(sup="labels", amt=1)
    add("slack #ed-staffing export - digital platform ED.txt", T(sl), "text", "en", p, o, n, fields={"location": "Ottawa"},
        also={"container": "Slack export", "note": "the level is pasted as EX-01 and corrected to EX-02 in a reply; the total only in a reply"})

    # 42  dir_stc_health: French .eml with '>>' nested quotes and the WD two levels down
    p = POS["dir_stc_health"]
    n = Names("stchealth")
    a, bb, c = n.new(), n.new(), n.new()
    o = dict(sup="labels", amt=1, date=0)
    wd = wd_lines(p, "fr", o)
    subj = "DT directrice, DSS"
    msgs = [
        (c, a, W(2022, 2, 9, 10, 5), "Re: Re: " + subj, ["Merci, c'est noté. Je mets à jour le tableau des postes."],
         signature(c, "Adjointe exécutive du DG", "StatCan", "fr", "613-555-0172"), None),
        (a, c, W(2022, 2, 8, 16, 44), "Re: " + subj, ["Oui, c'est la version signée le 7 février.", ""],
         signature(a, "Directrice, Division de la statistique de la santé", "StatCan", "fr", "613-555-0110"), None),
        (c, a, W(2022, 2, 8, 9, 12), subj, ["Bonjour, est-ce bien la version finale?", ""] + wd,
         signature(c, "Adjointe exécutive du DG", "StatCan", "fr", "613-555-0172"), None),
    ]
    body = thread(msgs, "fr", "StatCan", style="quoted")
    data = eml(c, a, msgs[0][2], msgs[0][3], body, "StatCan", msgid="dss.fr")
    add("Re Re DT directrice, DSS.eml", data, "text", "fr", p, o, n,
        also={"container": "eml (nested '> > ' quoting)", "note": "the WD lines are quoted two levels deep"})

    # 43  dir_gta: thread where the newest message revises part of the quoted WD
    p = POS["dir_gta"]
    p_old = variant("dir_gta", reports=[dict(POS["dir_gta"]["reports"][0], fte=58)] + POS["dir_gta"]["reports"][1:3],
                    fte=128, sal=12060000, om=2700000)
    n = Names("gta")
    a, bb = n.new(), n.new()
    o = dict(sup="labels", amt=0, date=0)
    wd = wd_lines(p_old, "en", o)
    r = p["reports"]
    msgs = [
        (bb, a, W(2020, 10, 5, 14, 30), "RE: Inland Enforcement GTA Director - WD",
         ["Revised - only the following changes to the WD below (everything else stands):", "",
          f"- {r[0]['en']}: {r[0]['fte']} FTEs (was 58)",
          f"- new direct report: {r[3]['en']} ({r[3]['cls']}, {r[3]['fte']} FTEs)",
          f"- FTEs {p['fte']}; Salary {famt(p['sal'], 'en', 0)}; O&M {famt(p['om'], 'en', 0)}; Total {famt(p['sal'] + p['om'], 'en', 0)}",
          "- effective date October 5, 2020", ""],
         signature(bb, "Regional Director General, Greater Toronto Area Region", "CBSA", "en", "905-555-0121"), None),
        (a, bb, W(2020, 9, 21, 10, 0), "Inland Enforcement GTA Director - WD", ["Draft WD for your review:", ""] + wd,
         signature(a, "HR Business Advisor, GTA Region", "CBSA", "en", "905-555-0177"), None),
    ]
    body = thread(msgs, "en", "CBSA")
    data = eml(bb, a, msgs[0][2], msgs[0][3], body, "CBSA", msgid="gta.inland")
    add("RE Inland Enforcement GTA Director - WD.eml", data, "text", "en", p, o, n,
        also={"container": "eml (Outlook thread)",
              "note": "the truth combines the quoted draft with the newest message's changes (a fourth report, new FTEs and budget)"})

    # 44  dir_lands: French cp1252 text with a box chart
    p = POS["dir_lands"]
    o = dict(sup="chart", reps="chart", amt=0, date=0)
    chart = chart_boxes(p, "fr", width=22, per_row=3)
    wd = wd_lines(p, "fr", dict(o, chart_here=chart))
    add("DT directeur CCCOT Sherbrooke.txt", T(curly(wd), crlf=True, enc="cp1252"), "text-cp1252", "fr", p, o, None,
        also={"note": "box chart, three boxes side by side"})

    # ------------------------------------------------ refusals
    n = Names("ooo")
    a = n.new()
    ooo = ["Je suis absente du bureau jusqu'au 15 avril 2024. Pour les questions urgentes liées à la classification des postes",
           "EX (p. ex. la DT EX-02 du poste 71305), veuillez communiquer avec la boîte générique IRCC.ExecClass@cic.gc.ca.", "",
           "I am out of the office until April 15, 2024. For urgent matters regarding the classification of EX positions",
           "(e.g. the EX-02 WD for position 71305), please contact the generic mailbox IRCC.ExecClass@cic.gc.ca.", "",
           f"{a[0]} {a[1]}"]
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = f'"{outlook_name(a, "IRCC")}" <{addr(a, "IRCC")}>'
    m["To"] = '"IRCC HR Executive Services" <IRCC.ExecServices@cic.gc.ca>'
    m["Subject"] = "Réponse automatique : RE: RE: EX-02 WD for review / Automatic reply"
    m["Date"] = "Mon, 08 Apr 2024 09:00:12 -0400"
    m["Message-ID"] = "<auto.ooo.0408@cic.gc.ca>"
    m["Auto-Submitted"] = "auto-replied"
    m["X-Auto-Response-Suppress"] = "All"
    m.set_content("\n".join(ooo) + "\n", charset="utf-8", cte="quoted-printable")
    add("Automatic reply RE RE EX-02 WD for review.eml", m.as_bytes(), "text", "bilingual", refuse=True, names=n,
        also={"what": "out-of-office auto-reply that names a position and a level"})

    n = Names("nowd")
    a, bb = n.new(), n.new()
    body = ["Hi " + bb[0] + ",", "",
            "Following up on the Edmonton director (60251, EX-01) - the WD refresh is on hold until the DG decides",
            "whether Client Support moves to Centralized Intake. If it does, the centre drops from 188 to about 150 FTEs and",
            "the salary envelope from $12.98M to roughly $10.4M. I'll send the WD itself once we know.", "",
            "Timelines: draft by May 10, classification by May 31, signature June 7.", "", "Thanks,", ""] + \
           signature(a, "HR Business Partner, Operations Sector", "IRCC", "en", "780-555-0114")
    txt = outlook_txt(a, bb, W(2024, 4, 22, 14, 5), "RE: WD for 60251 - timelines", body, "IRCC", "en")
    add("RE WD for 60251 - timelines.txt", T(curly(txt), crlf=True, enc="cp1252"), "text-cp1252", "en", refuse=True, names=n,
        also={"what": "e-mail thread about a work description without the work description"})

    org = ["PROCUREMENT BRANCH - ORGANIZATION CHART (March 2024)", "",
           "Assistant Deputy Minister, Procurement Branch (EX-05) #88001",
           "├── Director General, Professional Services Procurement (EX-03) #88102",
           "│   ├── Director, Consulting and Audit Services Procurement (EX-01) #88127 - 52 FTEs",
           "│   ├── Director, Informatics Professional Services (EX-01) #88130 - 67 FTEs",
           "│   ├── Director, Strategic Sourcing (EX-01) #88134 - 38 FTEs",
           "│   └── Senior Director, Procurement Modernization (EX-02) #88140 - 41 FTEs",
           "├── Director General, Defence and Marine Procurement (EX-03) #88200",
           "│   ├── Director, Land Equipment (EX-01) #88210 - 61 FTEs",
           "│   └── Director, Marine Systems (EX-02) #88220 - 74 FTEs",
           "└── Director General, Commercial and Consumer Products (EX-03) #88300",
           "    ├── Director, Goods and Commodities (EX-01) #88310 - 49 FTEs",
           "    └── Director, Regional Procurement Coordination (EX-01) #88320 - 23 FTEs", "",
           "Source: HR position inventory, extracted 2024-03-15. Vacant positions not shown."]
    add("Org chart - Procurement Branch (March 2024).txt", T(org), "text", "en", refuse=True,
        also={"what": "organization chart of a branch: many positions, none described"})

    rng = random.Random("orgfr")
    items = [(220, 780, ["Directrice générale, Approvisionnement en services", "professionnels", "EX-03  #88102"]),
             (30, 660, ["Directrice, Services-conseils", "EX-01  #88127", "52 ETP"]),
             (200, 660, ["Directeur, Services professionnels", "en informatique", "EX-01  #88130", "67 ETP"]),
             (380, 660, ["Directeur, Approvisionnement", "stratégique", "EX-01  #88134", "38 ETP"]),
             (200, 540, ["Gestionnaire des activités", "AS-06  4 ETP"])]
    data = pdf_bytes([pdf_chart_page([(40, 810, ["ORGANIGRAMME - DGASP - 2023"])] + items, rng)])
    add("Organigramme DGASP 2023.pdf", data, "pdf", "fr", refuse=True,
        also={"what": "organization chart alone (PDF, boxes drawn out of order)"})

    n = Names("teams-sched")
    a, bb, c = n.new(), n.new(), n.new()
    chat = [f"[2024-02-13 10:02] {outlook_name(a, 'ESDC')}",
            "Bonjour! Le comité d'évaluation EX se réunit jeudi. On a trois DT : DE Modernisation SV (EX-02), directeur Intégrité passeport (EX-01) et la DGR Atlantique.",
            f"[2024-02-13 10:05] {outlook_name(bb, 'ESDC')}",
            "Hi - I can do Thursday 1-3 pm. Is the passport one still at 53 FTEs or did they add the analytics team?",
            f"[2024-02-13 10:07] {outlook_name(a, 'ESDC')}",
            "Toujours 53. Je vous envoie les DT par courriel.",
            f"[2024-02-13 10:11] {outlook_name(c, 'ESDC')}",
            "Je ne suis pas disponible jeudi, mais mercredi matin oui. / Not free Thursday, Wednesday morning works."]
    add("Teams - comite EX scheduling.txt", T(chat), "text", "bilingual", refuse=True, names=n,
        also={"what": "chat scheduling a classification committee; no work description"})

    n = Names("fw-att")
    a, bb = n.new(), n.new()
    body = ["Please find attached the updated EX org chart and the work description for the Director, Strategic Sourcing",
            "(EX-01, pos. 88134). Let me know if you have trouble opening it.", ""] + signature(a, "Executive Assistant to the DG", "PSPC", "en", "819-555-0131") + \
           ["", "[Attachment removed by the mail gateway: WD_Director_Strategic_Sourcing.docx (48 KB)]"]
    data = eml(a, bb, W(2023, 11, 6, 13, 14), "FW: Updated EX org chart - see attached", body, "PSPC", msgid="fw.att")
    add("FW Updated EX org chart - see attached.eml", data, "text", "en", refuse=True, names=n,
        also={"what": "e-mail whose work description attachment was stripped"})

    return {
        "asylum": dict(documents=[asy_draft, asy_final], newest=asy_final, same_text=False,
                       note="draft pasted in an e-mail (effective date TBD, Data and Analytics manager EC-05) -> signed PDF (EC-06, dated)"),
        "sydney": dict(documents=[syd_eml, syd_pdf], newest=syd_pdf, same_text=False,
                       note="the same values: English fields confirmed by e-mail, then the bilingual signed PDF"),
        "edm": dict(documents=[edm_old, edm_chat], newest=edm_chat, same_text=False,
                    note="2020 Word (181 FTEs, three reports) -> 2024 chat with this year's figures and a fourth report"),
        "intake": dict(documents=[int_old, int_new], newest=int_new, same_text=False,
                       note="2022 e-mail (three reports, 91 FTEs) -> 2023 Markdown with a fourth report"),
        "info": dict(documents=[info_chat, info_docx], newest=info_docx, same_text=False,
                     note="fields pasted in Slack, then the final Word; same values"),
        "lic": dict(documents=[lic_old, lic_new], newest=lic_new, same_text=False,
                    note="2022 draft printed from e-mail (three reports) -> 2023 final with the Senior Scientific Advisor"),
        "pol": dict(documents=[pol_old, pol_new], newest=pol_new, same_text=False,
                    note="2018 (three reports, 24 FTEs) -> 2023 (adds the Regulatory Modernization advisor, 27 FTEs)"),
        "census": dict(documents=["DT EX-02 Opérations du recensement.eml", "DT EX-02 Opérations du recensement (1).eml"],
                       newest="DT EX-02 Opérations du recensement (1).eml", same_text=True, note="the same e-mail saved twice"),
        "yvr": dict(documents=[yvr_old, yvr_new], newest=yvr_new, same_text=False,
                    note="2019 English e-mail (544 FTEs) -> 2023 bilingual PDF (578 FTEs)"),
    }


# ---------------------------------------------------------------- YAML out

def y_scalar(v):
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    s = str(v)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        return s
    return "'" + s.replace("'", "''") + "'"


def y_dump(obj, indent=0):
    pad = " " * indent
    out = []
    if isinstance(obj, dict):
        for k, v in obj.items():
            if isinstance(v, dict) and v:
                out.append(f"{pad}{k}:")
                out.extend(y_dump(v, indent + 2))
            elif isinstance(v, list) and v:
                out.append(f"{pad}{k}:")
                out.extend(y_dump(v, indent))
            elif isinstance(v, (dict, list)):
                out.append(f"{pad}{k}: {'{}' if isinstance(v, dict) else '[]'}")
            else:
                out.append(f"{pad}{k}: {y_scalar(v)}")
    else:
        for v in obj:
            if isinstance(v, dict):
                sub = y_dump(v, indent + 2)
                sub[0] = pad + "- " + sub[0][indent + 2:]
                out.extend(sub)
            elif isinstance(v, list):
                out.append(f"{pad}- " + "[" + ", ".join(y_scalar(x) for x in v) + "]")
            else:
                out.append(f"{pad}- {y_scalar(v)}")
    return out


def main():
    versions = build()
    for d in (CORPUS, EXPECTED):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    byname = {}
    for name, data, rec in DOCS:
        assert name not in byname, name
        byname[name] = rec
        (CORPUS / name).write_bytes(data)
    for v in versions.values():
        for doc in v["documents"]:
            byname[doc]["versions"] = dict(v)
    for name, data, rec in DOCS:
        if rec["also"] is not None and not rec["also"]:
            rec["also"] = None
        text = "\n".join(y_dump(rec)) + "\n"
        (EXPECTED / (name + ".expected.yaml")).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
