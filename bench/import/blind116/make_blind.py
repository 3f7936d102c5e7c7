"""Write bench/import/blind116/corpus/ and expected/ (a fixed seed: the same bytes on every run).

    /work/main/.venv/bin/python bench/import/blind116/make_blind.py

Emphasis: people's names everywhere (incumbents beside direct reports, `Name of incumbent`,
signature blocks, Prepared / Reviewed / Approved by, classification committees, e-mail headers and
signatures, names in sentences); English and French; OCR text, Word and PDF.
"""
from __future__ import annotations

import datetime as dt
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
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

import docx  # noqa: E402
from docx.shared import Pt  # noqa: E402

from positions import POSITIONS  # noqa: E402
from tests.import_files import pdf_bytes  # noqa: E402
from texts import CERT, CSR, DOC_HEAD, FIRST, GA, HEAD, LABELS, LAST, NS, SA  # noqa: E402

rng = random.Random(116)

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]


# ---------------------------------------------------------------- people
USED_NAMES: set[str] = set()


def person() -> str:
    while True:
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        if name not in USED_NAMES:
            USED_NAMES.add(name)
            return name


def last_first(name: str) -> str:
    first, last = name.split(" ", 1)
    if " " in last and last not in ("Van der Berg",):
        first, last = name.rsplit(" ", 1)
    return f"{last}, {first}"


def initials(name: str) -> str:
    return "".join(p[0] for p in re.split(r"[ -]", name) if p and p[0].isalpha()).upper()


# ---------------------------------------------------------------- notations
def n_cls(cls: str, style: str) -> str:
    grp, lvl = cls.rsplit("-", 1)
    return {"dash": cls, "space": f"{grp} {lvl}", "short": f"{grp}-{int(lvl)}", "glued": f"{grp}{lvl}",
            "paren": f"({cls})", "spaced": f"{grp} - {lvl}"}[style]


def n_date(d: dt.date, style: str) -> str:
    m_en, m_fr = MONTHS_EN[d.month - 1], MONTHS_FR[d.month - 1]
    day_fr = "1er" if d.day == 1 else str(d.day)
    suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(d.day, "th")
    return {
        "long": f"{m_en} {d.day}, {d.year}", "ord": f"{m_en} {d.day}{suffix}, {d.year}",
        "dmy": f"{d.day} {m_en} {d.year}", "abbr": f"{m_en[:3]}. {d.day}, {d.year}",
        "caps": f"{m_en[:3].upper()} {d.day:02d} {d.year}", "slash": f"{d.year}/{d.month:02d}/{d.day:02d}",
        "iso": d.isoformat(), "oracle": f"{d.day:02d}-{m_en[:3].upper()}-{d.year}",
        "fr": f"{day_fr} {m_fr} {d.year}", "frle": f"le {day_fr} {m_fr} {d.year}",
        "frdot": f"{d.day:02d}.{d.month:02d}.{d.year}",
    }[style]


def _dec(x: float) -> str:
    s = f"{x:.3f}".rstrip("0").rstrip(".")
    return s


def n_money(v: int, style: str, lang: str) -> str:
    if lang == "fr":
        full = f"{v:,}".replace(",", " ")
        if style == "full":
            return f"{full} $"
        if style == "cents":
            return f"{full},00 $"
        if style == "M":
            return f"{_dec(v / 1e6).replace('.', ',')} M$" if v >= 1_000_000 else f"{v // 1000} k$"
        return f"{_dec(v / 1e6).replace('.', ',')} million $" if v >= 1_000_000 else f"{full} $"
    if style == "full":
        return f"${v:,}"
    if style == "cents":
        return f"${v:,}.00"
    if style == "M":
        return f"${_dec(v / 1e6)}M" if v >= 1_000_000 else f"${v // 1000}K"
    if style == "K":
        return f"${v // 1000:,}K"
    return f"${_dec(v / 1e6)} million" if v >= 1_000_000 else f"${v:,}"


def n_fte(n: int, style: str) -> str:
    return {"FTEs": f"{n} FTEs", "FTE": f"{n} FTE", "FTE's": f"{n} FTE's", "staff": f"staff of {n}",
            "emp": f"{n} employees", "ETP": f"{n} ETP", "effectif": f"effectif de {n}",
            "employes": f"{n} employés"}[style]


# ---------------------------------------------------------------- truth per position
def draw_truth(p: dict, idx: int) -> dict:
    t = {"p": p}
    t["pos"] = str(rng.choice([rng.randint(10000, 99999), rng.randint(100000, 999999)]))
    t["job"] = str(rng.randint(100100, 109999)) if rng.random() < 0.55 else None
    t["eff"] = dt.date(rng.randint(2011, 2024), rng.randint(1, 12), rng.randint(1, 28))
    t["sup_pos"] = str(rng.randint(10000, 99999)) if rng.random() < 0.7 else None
    reps = []
    for title_en, title_fr, cls in p["reports"]:
        fte = rng.randint(1, 6) if cls.startswith(("EC-06", "EC-05", "PM-04", "FI-02", "FS-02", "LP-0", "EC-04",
                                                   "CS-05", "SE-RES-03", "EN-ENG-04", "CH-04", "AR-04",
                                                   "ED-EDS-03", "PM-05", "FI-03")) else rng.randint(7, 60)
        reps.append({"en": title_en, "fr": title_fr, "cls": cls, "fte": fte})
    t["reports"] = reps
    t["fte_total"] = sum(r["fte"] for r in reps) + rng.randint(1, 4)
    t["salary"] = round(t["fte_total"] * rng.randint(78, 108) / 10) * 10000
    t["om"] = rng.randint(40, 60 * len(reps) * 5) * 1000
    t["total"] = t["salary"] + t["om"]
    return t


# ---------------------------------------------------------------- block model
# ('head', text) ('h', text) ('kv', [(label, value)]) ('p', text) ('ul', items) ('ol', items)
# ('table', header, rows) ('lines', [text])


def render_text(blocks, o) -> str:
    out: list[str] = []
    hn = 0
    for b in blocks:
        kind = b[0]
        if kind == "head":
            out += [b[1], ""]
        elif kind == "h":
            hn += 1
            h = b[1]
            out.append({"caps": h.upper(), "capscolon": h.upper() + ":", "num": f"{hn}. {h}",
                        "plain": h, "letter": f"{'ABCDEFGHIJ'[hn - 1]}) {h.upper()}"}[o["hstyle"]])
            out.append("")
        elif kind == "kv":
            width = max(len(lbl) for lbl, _ in b[1]) + 2
            for lbl, val in b[1]:
                if o["kvstyle"] == "next":
                    out += [f"{lbl}:", f"    {val}"]
                elif o["kvstyle"] == "dots":
                    out.append(f"{lbl} " + "." * (width + 6 - len(lbl)) + f" {val}")
                elif o["kvstyle"] == "tab":
                    out.append(f"{lbl}:\t{val}")
                else:
                    out.append(f"{lbl}: {val}")
            out.append("")
        elif kind == "p":
            out += [b[1], ""]
        elif kind == "ul":
            out += [f"{o['bullet']} {it}" for it in b[1]] + [""]
        elif kind == "ol":
            out += [f"{i}. {it}" for i, it in enumerate(b[1], 1)] + [""]
        elif kind == "table":
            rows = [b[1]] + b[2]
            widths = [max(len(str(r[c])) for r in rows) for c in range(len(b[1]))]
            for r in rows:
                out.append("  ".join(str(c).ljust(w) for c, w in zip(r, widths)).rstrip())
            out.append("")
        elif kind == "lines":
            out += list(b[1]) + [""]
    return "\n".join(out).rstrip() + "\n"


def render_md(blocks, o) -> str:
    out = []
    for b in blocks:
        if b[0] == "head":
            out += [f"# {b[1]}", ""]
        elif b[0] == "h":
            out += [f"## {b[1]}", ""]
        elif b[0] == "kv":
            out += [f"*   **{lbl}:** {val}" for lbl, val in b[1]] + [""]
        elif b[0] == "p":
            out += [b[1], ""]
        elif b[0] == "ul":
            out += [f"*   {it}" for it in b[1]] + [""]
        elif b[0] == "ol":
            out += [f"{i}.  {it}" for i, it in enumerate(b[1], 1)] + [""]
        elif b[0] == "table":
            out.append("| " + " | ".join(b[1]) + " |")
            out.append("|" + "---|" * len(b[1]))
            out += ["| " + " | ".join(str(c) for c in r) + " |" for r in b[2]] + [""]
        elif b[0] == "lines":
            out += [ln + "  " if ln else ln for ln in b[1]] + [""]
    return "\n".join(out).rstrip() + "\n"


FIXED = dt.datetime(2024, 3, 1, 9, 0, 0)


def render_docx(blocks, o, footer: str | None) -> bytes:
    d = docx.Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    cp = d.core_properties
    cp.author = ""
    cp.last_modified_by = ""
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    cp.title = ""
    for b in blocks:
        if b[0] == "head":
            d.add_heading(b[1], level=1)
        elif b[0] == "h":
            d.add_heading(b[1], level=2)
        elif b[0] == "kv":
            if o.get("docx_kv") == "table":
                tb = d.add_table(rows=0, cols=2)
                tb.style = "Table Grid"
                for lbl, val in b[1]:
                    cells = tb.add_row().cells
                    cells[0].text = lbl
                    cells[1].text = val
                d.add_paragraph("")
            else:
                for lbl, val in b[1]:
                    para = d.add_paragraph()
                    para.add_run(f"{lbl}: ").bold = True
                    para.add_run(val)
        elif b[0] == "p":
            d.add_paragraph(b[1])
        elif b[0] == "ul":
            for it in b[1]:
                d.add_paragraph(it, style="List Bullet")
        elif b[0] == "ol":
            for it in b[1]:
                d.add_paragraph(it, style="List Number")
        elif b[0] == "table":
            tb = d.add_table(rows=1, cols=len(b[1]))
            tb.style = "Table Grid"
            for c, h in zip(tb.rows[0].cells, b[1]):
                c.text = h
            for r in b[2]:
                for c, v in zip(tb.add_row().cells, r):
                    c.text = str(v)
            d.add_paragraph("")
        elif b[0] == "lines":
            for ln in b[1]:
                d.add_paragraph(ln)
    if footer:
        d.sections[0].footer.paragraphs[0].text = footer
    buf = io.BytesIO()
    d.save(buf)
    return rezip(buf.getvalue())


def rezip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 3, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def to_pdf(text: str, footer: str) -> bytes:
    lines: list[str] = []
    for ln in text.splitlines():
        lines += textwrap.wrap(ln, 100, break_long_words=False, break_on_hyphens=False) or [""]
    per = 62
    chunks = [lines[i:i + per] for i in range(0, len(lines), per)]
    pages = []
    for n, ch in enumerate(chunks, 1):
        pages.append("\n".join(ch + ["", f"{footer}    Page {n} of {len(chunks)}"]))
    return pdf_bytes(pages)


# ---------------------------------------------------------------- OCR damage and layouts
DIG = {"0": "O", "1": "I", "5": "S", "8": "B"}
CONF = [("rn", "m"), ("m", "rn"), ("e", "c"), ("i", "l"), ("l", "I"), ("h", "b"), ("cl", "d"), ("ti", "b"),
        ("o", "a"), ("u", "v")]


def damage(text: str, s: int, protect: list[str]) -> str:
    if s == 0:
        return text
    keep: list[str] = []
    for name in sorted(set(protect), key=lambda n: (-len(n), n)):
        if name and name in text:
            keep.append(name)
            text = text.replace(name, "\x01" + chr(0xE000 + len(keep) - 1) + "\x02")
    pd = [0, 0.15, 0.3, 0.5][s]
    pl = [0, 0.02, 0.05, 0.09][s]
    pr = [0, 0.01, 0.025, 0.05][s]

    def word(m):
        w = m.group(0)
        if any(ch.isdigit() for ch in w):
            return "".join(DIG[ch] if ch in DIG and rng.random() < pd else ch for ch in w)
        if len(w) >= 4 and rng.random() < pl:
            a, b = rng.choice(CONF)
            if a in w:
                i = w.index(a)
                return w[:i] + b + w[i + len(a):]
        return w

    text = re.sub(r"[\w$]+", word, text)
    text = re.sub(r"(?<=[a-z,]) (?=[a-z])", lambda m: "" if rng.random() < pr else " ", text)
    for i, name in enumerate(keep):
        text = text.replace("\x01" + chr(0xE000 + i) + "\x02", name)
    return text


def wrap_hyphen(text: str, width: int) -> list[str]:
    out = []
    for para in text.splitlines():
        if not para.strip():
            out.append("")
            continue
        lines = textwrap.wrap(para, width, break_long_words=False)
        for i, ln in enumerate(lines):
            if i + 1 < len(lines) and rng.random() < 0.25:
                nxt = lines[i + 1].split(" ", 1)
                w = nxt[0]
                if len(w) >= 8 and w.isalpha():
                    cut = len(w) // 2
                    ln = ln + " " + w[:cut] + "-"
                    lines[i + 1] = w[cut:] + (" " + nxt[1] if len(nxt) > 1 else "")
            out.append(ln)
    return out


WRAP = "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n"


def ocr_layout(text: str, layout: str, header: str, footer: str) -> str:
    if layout == "run":
        return WRAP + re.sub(r"\s+", " ", text).strip() + "\n"
    if layout == "pages":
        lines = [ln for ln in text.splitlines() if ln.strip()]
        n = 3 if len(lines) > 40 else 2
        size = (len(lines) + n - 1) // n
        pages = []
        for k in range(n):
            chunk = " ".join(lines[k * size:(k + 1) * size])
            lead = "" if k == 0 else f"{k + 1} "
            pages.append(f"{lead}{chunk} {footer}")
        return WRAP + "\n".join(pages) + "\n"
    # "lines": wrapped lines, hyphenated line ends, running header, page numbers, form feeds
    lines = wrap_hyphen(text, rng.choice([72, 78, 84]))
    out: list[str] = []
    per = 48
    total = (len(lines) + per - 1) // per
    for k in range(total):
        if k:
            out.append("\f" + header)
            out.append("")
        out += lines[k * per:(k + 1) * per]
        out.append("")
        out.append(f"Page {k + 1} of {total}" if rng.random() < 0.5 else f"- {k + 1} -")
    return "\n".join(out) + "\n"


def columns(header_text: str, left: list[str], right: list[str]) -> str:
    lw = textwrap.wrap(" ".join(left), 44)
    rw = textwrap.wrap(" ".join(right), 58)
    n = max(len(lw), len(rw))
    lw += [""] * (n - len(lw))
    rw += [""] * (n - len(rw))
    body = [f"{a} {b}".strip() for a, b in zip(lw, rw)]
    return WRAP + header_text.strip() + "\n" + "\n".join(body) + "\n"


# ---------------------------------------------------------------- one work description
def area_of(title: str) -> str:
    return title.split(", ", 1)[1] if ", " in title else title


def sentence_reports(t, lang, o, names, status):
    parts = []
    for r, st in zip(t["reports"], status):
        title = r["fr"] if lang == "fr" else r["en"]
        cls_s = n_cls(r["cls"], o["rcls"]) if o["show_rcls"] else None
        fte_s = n_fte(r["fte"], o["fte"]) if o["show_rfte"] else None
        bits = ", ".join(x for x in (cls_s, fte_s) if x)
        who = people_note(st, lang)
        if lang == "fr":
            parts.append(f"le {title}" + (f" ({bits})" if bits else "") + (f", {who}" if who else ""))
        else:
            parts.append(f"the {title}" + (f" ({bits})" if bits else "") + (f", {who}" if who else ""))
    if lang == "fr":
        return "Relèvent du titulaire : " + "; ".join(parts) + "."
    return "Reporting to the position are " + "; ".join(parts) + "."


def people_note(st, lang):
    kind, a, b = st
    if lang == "fr":
        return {"inc": f"poste occupé par {a}", "acting": f"{a} (intérimaire)", "vacant": "poste vacant",
                "leave": f"{a} (en congé; remplacé(e) par {b})"}[kind]
    return {"inc": f"currently held by {a}", "acting": f"{a} (acting)", "vacant": "vacant",
            "leave": f"{a} (on leave, backfilled by {b})"}[kind]


def short_note(st, lang):
    kind, a, b = st
    if lang == "fr":
        return {"inc": a, "acting": f"{a} (par intérim)", "vacant": "Vacant",
                "leave": f"{a} – en congé, remplacée par {b}"}[kind]
    return {"inc": a, "acting": f"{a} (A/)", "vacant": "VACANT",
            "leave": f"{a} – on leave; backfilled by {b}"}[kind]


def build_wd(t: dict, lang: str, o: dict, people: list[str]):
    """Blocks of one work description and its expected fields."""
    p = t["p"]
    L_en = LABELS["en"][o["lset"] % 4]
    L_fr = LABELS["fr"][o["lset"] % 3]
    bil = lang == "bilingual"
    L = L_fr if lang == "fr" else L_en
    if bil:
        L = {k: f"{L_en[k]} / {L_fr[k]}" for k in L_en}
    H = HEAD["fr" if lang == "fr" else "en"]
    if bil:
        H = {k: f"{HEAD['en'][k]} / {HEAD['fr'][k]}" for k in HEAD["en"]}
    pl = "fr" if lang == "fr" else "en"
    title = p["title"][1] if lang == "fr" else p["title"][0]
    dept = p["dept"][1] if lang == "fr" else p["dept"][0]
    dept_short = p["dept"][3] if lang == "fr" else p["dept"][2]
    sup_title = p["sup"][1] if lang == "fr" else p["sup"][0]
    loc = p["loc"][1] if lang == "fr" else p["loc"][0]
    fte_style = o["fte"]

    inc = person()
    sup_name = person()
    adm = person()
    people += [inc, sup_name, adm]
    status = []
    for r in t["reports"]:
        k = rng.choices(["inc", "acting", "vacant", "leave"], [6, 2, 1, 1])[0]
        a = person() if k != "vacant" else None
        b = person() if k == "leave" else None
        people += [x for x in (a, b) if x]
        status.append((k, a, b))

    stated = {}
    blocks = []
    head = rng.choice(DOC_HEAD[pl])
    if bil:
        head = "Executive Work Description / Description de travail de cadre"
    blocks.append(("head", head))
    if o["title_head"]:
        blocks.append(("p", f"{title.upper()} {n_cls(p['cls'], 'paren')}"))

    kv = []
    kv.append((L["dept"], dept + (" / " + p["dept"][1] if bil else "")))
    kv.append((L["branch"], p["branch"][1] if lang == "fr" else p["branch"][0]))
    if bil and o["bil_title"] == "pair":
        kv.append((L["title"], f"{p['title'][0]}"))
        kv.append(("Titre du poste (français)", p["title"][1]))
    elif bil:
        kv.append((L_en["title"], p["title"][0]))
        kv.append((L_fr["title"], p["title"][1]))
    else:
        kv.append((L["title"], title))
    if o["cls_field"]:
        kv.append((L["cls"], n_cls(p["cls"], o["cls"])))
    if o["job"] and t["job"]:
        kv.append((L["job"], t["job"]))
        stated["job_code"] = t["job"]
    kv.append((L["pos"], o.get("provisional") or t["pos"]))
    if o["inc_field"]:
        kv.append((L["inc"], inc if o["inc_field"] != "vacant" else ("Vacant" if pl == "en" else "Poste vacant")))
    if o["eff"]:
        kv.append((L["eff"], n_date(t["eff"], o["date"])))
        stated["effective_date"] = t["eff"].isoformat()
    if o["sup"] == "fields":
        if t["sup_pos"]:
            kv.append((L["sup_pos"], t["sup_pos"]))
            stated["sup_pos"] = t["sup_pos"]
        kv.append((L["sup_title"], sup_title if not bil else p["sup"][0]))
        kv.append((L["sup_cls"], n_cls(p["sup"][2], o["cls"])))
        stated["sup_title"] = p["sup"][0]
        stated["sup_cls"] = p["sup"][2]
        if o["sup_name_field"]:
            kv.append(("Nom du superviseur" if lang == "fr" else "Supervisor's Name", sup_name))
    elif o["sup"] == "reports_to":
        lab = "Relève de" if lang == "fr" else "Reports to"
        val = f"{sup_title} ({n_cls(p['sup'][2], o['cls'])})"
        stated["sup_title"] = p["sup"][0]
        stated["sup_cls"] = p["sup"][2]
        if t["sup_pos"]:
            val += f", poste no {t['sup_pos']}" if lang == "fr" else f", Position No. {t['sup_pos']}"
            stated["sup_pos"] = t["sup_pos"]
        if o["sup_name_field"]:
            val += f" – {sup_name}"
        kv.append((lab, val))
    if o["loc"]:
        kv.append((L["loc"], loc))
        stated["location"] = p["loc"][0]
    if o["kv_order"] == "shuffled":
        head_kv, rest = kv[:2], kv[2:]
        rng.shuffle(rest)
        kv = rest[:3] + head_kv + rest[3:]
    blocks.append(("kv", kv))

    area = area_of(p["title"][0])
    area_fr = area_of(p["title"][1])
    fmt = dict(title=title, dept=dept, dept_short=dept_short, area=area.lower() if area[0].isupper() and " " in area else area,
               area_fr=area_fr.lower(), sup=sup_title)
    fmt["area"] = area
    fmt["area_fr"] = area_fr

    def prose(langkey):
        return rng.choice(GA[langkey]).format(**fmt)

    # organization structure
    org = []
    if o["sup"] == "sentence":
        if lang == "fr":
            org.append(("p", f"Le {title} relève de {sup_name}, {sup_title}" +
                        (f" ({n_cls(p['sup'][2], o['cls'])})" if o["sup_sent_cls"] else "") + "."))
        else:
            org.append(("p", f"The {title} is one of {len(t['reports']) + rng.randint(1, 4)} senior positions "
                        f"reporting to {sup_name}, {sup_title}" +
                        (f" ({n_cls(p['sup'][2], o['cls'])})" if o["sup_sent_cls"] else "") + "."))
        stated["sup_title"] = p["sup"][0]
        if o["sup_sent_cls"]:
            stated["sup_cls"] = p["sup"][2]
    elif o["sup_name_sentence"]:
        if lang == "fr":
            org.append(("p", f"Le titulaire relève actuellement de {sup_name}."))
        else:
            org.append(("p", f"The position currently reports to {sup_name}."))

    rt = o["reports"]
    rl = "fr" if lang == "fr" else "en"
    cls_of = lambda r: n_cls(r["cls"], o["rcls"]) if o["show_rcls"] else ""  # noqa: E731
    fte_of = lambda r: n_fte(r["fte"], fte_style) if o["show_rfte"] else ""  # noqa: E731
    intro = ("Les postes suivants relèvent du titulaire :" if lang == "fr"
             else "The following positions report to the " + title + ":")
    if rt == "list_paren":
        items = []
        for r, st in zip(t["reports"], status):
            bits = ", ".join(x for x in (cls_of(r), fte_of(r)) if x)
            items.append(f"{r[rl]}" + (f" ({bits})" if bits else "") + f" – {short_note(st, rl)}")
        org += [("p", intro), ("ul", items)]
    elif rt == "list_dash":
        items = []
        for r, st in zip(t["reports"], status):
            pre = f"{cls_of(r)} - " if cls_of(r) else ""
            suf = f" ({fte_of(r)})" if fte_of(r) else ""
            items.append(f"{pre}{r[rl]}{suf}: {short_note(st, rl)}")
        org += [("p", intro), ("ul", items)]
    elif rt == "table":
        hdr = (["Poste", "Groupe/niveau", "ETP", "Titulaire"] if lang == "fr"
               else ["Position", "Group/Level", "FTEs", "Incumbent"])
        if bil:
            hdr = ["Position / Poste", "Group/Level / Groupe/niveau", "FTEs / ETP", "Incumbent / Titulaire"]
        rows = []
        for r, st in zip(t["reports"], status):
            rows.append([r[rl], n_cls(r["cls"], o["rcls"]) if o["show_rcls"] else "",
                         str(r["fte"]) if o["show_rfte"] else "", short_note(st, rl)])
        if not o["show_rfte"]:
            hdr, rows = hdr[:2] + hdr[3:], [r[:2] + r[3:] for r in rows]
        if not o["show_rcls"]:
            hdr, rows = hdr[:1] + hdr[2:], [r[:1] + r[2:] for r in rows]
        org += [("p", intro), ("table", hdr, rows)]
    elif rt == "prose":
        org.append(("p", sentence_reports(t, rl, o, None, status)))
    elif rt == "orgchart":
        lines = ["Organigramme (extrait)" if lang == "fr" else "Organization chart (excerpt)", ""]
        lines += [inc if o["inc_field"] != "vacant" else "VACANT", title, n_cls(p["cls"], "dash"), ""]
        for r, st in zip(t["reports"], status):
            lines.append(short_note(st, rl))
            lines.append(r[rl])
            bits = " | ".join(x for x in (cls_of(r), fte_of(r)) if x)
            if bits:
                lines.append(bits)
            lines.append("")
        org.append(("lines", lines[:-1]))

    # dimensions
    dim = []
    bm = o["budget"]
    ms = o["money"]
    if lang == "fr":
        lab = dict(fte="ETP", sal="Salaires", om="Fonctionnement et entretien (F et E)", tot="Budget total",
                   comb="Budget salarial et de F et E combiné", op="Budget de fonctionnement", prog="Budget des programmes (S et C)")
    else:
        lab = dict(fte=rng.choice(["FTEs", "Number of FTEs", "Staff"]), sal=rng.choice(["Salary", "Salary budget", "Salaries"]),
                   om=rng.choice(["O&M", "Operating and Maintenance", "Non-salary O&M"]),
                   tot=rng.choice(["Total", "Total budget", "Total operating budget"]),
                   comb="Combined Salary and O&M Budget", op="Operating Budget", prog="Program Budget (Gs&Cs)")
    also = {"fte": t["fte_total"], "operating_budget": None, "program_budget": None}
    dim_kv = [(lab["fte"], str(t["fte_total"]))]
    if bm == "split":
        dim_kv += [(lab["sal"], n_money(t["salary"], ms, pl)), (lab["om"], n_money(t["om"], ms, pl)),
                   (lab["tot"], n_money(t["total"], ms, pl))]
        stated.update(salary=t["salary"], o_and_m=t["om"], total=t["total"])
    elif bm == "split_nototal":
        dim_kv += [(lab["sal"], n_money(t["salary"], ms, pl)), (lab["om"], n_money(t["om"], ms, pl))]
        stated.update(salary=t["salary"], o_and_m=t["om"])
    elif bm == "combined":
        dim_kv += [(lab["comb"], n_money(t["total"], ms, pl))]
        stated.update(total=t["total"])
    elif bm == "opprog":
        prog = rng.randint(5, 140) * 1_000_000
        dim_kv += [(lab["op"], n_money(t["total"], ms, pl)), (lab["prog"], n_money(prog, ms, pl))]
        also.update(operating_budget=t["total"], program_budget=prog)
    if o["dims"] == "prose" and bm == "split":
        if lang == "fr":
            dim.append(("p", f"La direction compte un effectif de {t['fte_total']} ETP. Budget salarial : "
                        f"{n_money(t['salary'], ms, pl)}; F et E : {n_money(t['om'], ms, pl)}; "
                        f"total : {n_money(t['total'], ms, pl)}."))
        else:
            dim.append(("p", f"The directorate has {t['fte_total']} FTEs, a salary budget of "
                        f"{n_money(t['salary'], ms, pl)} and O&M of {n_money(t['om'], ms, pl)}, for a total of "
                        f"{n_money(t['total'], ms, pl)}."))
    elif o["dims"] == "table":
        dim.append(("table", ["", "Montant" if lang == "fr" else "Amount"], [list(x) for x in dim_kv]))
    else:
        dim.append(("kv", dim_kv))

    sa_items = rng.sample(SA["fr" if lang == "fr" else "en"], rng.randint(5, 7))

    # signatures and other names
    sig = []
    if o["sig"]:
        if lang == "fr":
            sig = [f"Titulaire : {inc}" + ("" if o["inc_field"] != "vacant" else ""),
                   "Signature : ______________________   Date : ____________", "",
                   f"Superviseur : {sup_name}, {sup_title}",
                   "Signature : ______________________   Date : ____________", "",
                   f"Approuvé par : {adm}, {rng.choice(['Sous-ministre adjoint', 'Sous-ministre adjointe', 'Vice-présidente', 'Dirigeant principal'])}",
                   ]
        else:
            sig = [f"Incumbent: {inc}", "Signature: ______________________   Date: ____________", "",
                   f"{sup_name}", f"{sup_title}", "Signature: ______________________   Date: ____________", "",
                   f"Approved by: {adm}",
                   rng.choice(["Assistant Deputy Minister", "Associate Deputy Minister", "Vice-President", "Senior ADM"]),
                   ]
        if o["inc_field"] == "vacant":
            sig = sig[2:]
    extra = []
    if o["prepared"]:
        prep, rev = person(), person()
        people += [prep, rev]
        d2 = t["eff"] - dt.timedelta(days=rng.randint(20, 200))
        if lang == "fr":
            extra += [f"Préparé par : {prep}, conseillère en rémunération et classification ({n_date(d2, 'iso')})",
                      f"Révisé par : {rev}, conseiller principal, Services aux cadres"]
        else:
            extra += [f"Prepared by: {prep}, HR Advisor, Executive Services ({n_date(d2, 'iso')})",
                      f"Reviewed by: {rev}, Senior Classification Advisor"]
    if o["committee"]:
        mem = [person() for _ in range(3)]
        people += mem
        if lang == "fr":
            extra.append(f"Comité d'évaluation des postes de cadres : {mem[0]} (présidente), {mem[1]}, {mem[2]}.")
        else:
            extra.append(f"EX classification committee: {mem[0]} (Chair), {mem[1]}, {mem[2]} – rating confirmed.")

    # assemble sections
    ga_text = prose(pl)
    sec_ga = [("h", H["ga"]), ("p", ga_text)]
    if bil:
        sec_ga = [("h", H["ga"]), ("p", prose("en")), ("p", prose("fr"))]
    sec_org = [("h", H["org"])] + org
    sec_ns = [("h", H["ns"])] + [("p", x.format(**fmt)) for x in rng.sample(NS[pl], 2)]
    sec_dim = [("h", H["dim"])] + dim
    sec_sa = [("h", H["sa"]), ("ol", sa_items)]
    if o["csr"]:
        sec_ga = [("h", H["csr"]), ("p", CSR[pl].format(**fmt))]
        sec_sa = [("h", H["ka"]), ("ul", sa_items)]
    sec_cert = []
    if sig or extra:
        sec_cert = [("h", H["cert"]), ("p", CERT[pl])]
        if sig:
            sec_cert.append(("lines", sig))
        if extra:
            sec_cert.append(("lines", extra))
    if o["order"] == 0:
        body = sec_ga + sec_org + sec_ns + sec_dim + sec_sa
    elif o["order"] == 1:
        body = sec_ga + sec_dim + sec_org + sec_sa + sec_ns
    else:
        body = sec_ga + sec_ns + sec_org + sec_sa + sec_dim
    blocks += body + sec_cert
    if o["two_versions"]:
        # French version of the text after the English one
        o2 = dict(o, two_versions=False)
        fr_blocks, _, _ = build_fr_copy(t, o2, inc, sup_name, status)
        blocks += [("lines", ["", "VERSION FRANÇAISE", ""])] + fr_blocks

    exp = {
        "title": p["title"][0],
        "classification": p["cls"],
        "job_code": stated.get("job_code"),
        "position_number": None if o.get("provisional") else t["pos"],
        "effective_date": stated.get("effective_date"),
        "supervisor": {"position_number": stated.get("sup_pos"), "title": stated.get("sup_title"),
                       "classification": stated.get("sup_cls")},
        "direct_reports": [{"title": r["en"] if lang != "fr" else r["fr"],
                            "classification": r["cls"] if o["show_rcls"] else None,
                            "fte": r["fte"] if o["show_rfte"] else None} for r in t["reports"]],
        "salary": stated.get("salary"), "o_and_m": stated.get("o_and_m"), "total": stated.get("total"),
        "location": stated.get("location"),
    }
    if lang == "fr":
        exp["title"] = p["title"][1]
        if exp["supervisor"]["title"]:
            exp["supervisor"]["title"] = p["sup"][1]
        if exp["location"]:
            exp["location"] = p["loc"][1]
    printed = render_text(blocks, dict(o, hstyle="plain", kvstyle="colon"))
    people[:] = [n for n in dict.fromkeys(people) if n in printed]
    also["provisional_number"] = o.get("provisional")
    also["department"] = p["dept"][1] if lang == "fr" else p["dept"][0]
    if bil:
        also["title_fr"] = p["title"][1]
    return blocks, exp, also


def build_fr_copy(t, o, inc, sup_name, status):
    """The French half of a two-version bilingual file: header, structure, dimensions, text."""
    p = t["p"]
    L = LABELS["fr"][o["lset"] % 3]
    H = HEAD["fr"]
    kv = [(L["title"], p["title"][1]), (L["cls"], n_cls(p["cls"], o["cls"])), (L["pos"], o.get("provisional") or t["pos"])]
    if o["inc_field"] and o["inc_field"] != "vacant":
        kv.append((L["inc"], inc))
    blocks = [("kv", kv), ("h", H["ga"]), ("p", rng.choice(GA["fr"]).format(
        title=p["title"][1], dept=p["dept"][1], dept_short=p["dept"][3], area=area_of(p["title"][0]),
        area_fr=area_of(p["title"][1]), sup=p["sup"][1]))]
    items = []
    for r, st in zip(t["reports"], status):
        bits = ", ".join(x for x in ((n_cls(r["cls"], o["rcls"]) if o["show_rcls"] else ""),
                                     (n_fte(r["fte"], "ETP") if o["show_rfte"] else "")) if x)
        items.append(f"{r['fr']}" + (f" ({bits})" if bits else "") + f" – {short_note(st, 'fr')}")
    blocks += [("h", H["org"]), ("p", f"Le titulaire relève de {sup_name}, {p['sup'][1]}."), ("ul", items)]
    return blocks, None, None


# ---------------------------------------------------------------- document plan
def options(kind: str, lang: str) -> dict:
    en = lang != "fr"
    o = {
        "lset": rng.randrange(12),
        "hstyle": rng.choice(["caps", "capscolon", "num", "plain", "letter"]),
        "kvstyle": rng.choice(["colon", "colon", "next", "dots", "tab"]),
        "bullet": rng.choice(["-", "•", "o", "*"]),
        "title_head": rng.random() < 0.2,
        "cls_field": True,
        "cls": rng.choice(["dash", "dash", "space", "short", "glued", "spaced"]),
        "rcls": rng.choice(["dash", "dash", "space"]),
        "job": rng.random() < 0.8,
        "eff": rng.random() < 0.88,
        "date": rng.choice(["long", "ord", "dmy", "abbr", "caps", "slash", "iso", "oracle"]) if en
        else rng.choice(["fr", "frle", "iso", "frdot"]),
        "sup": rng.choice(["fields", "fields", "reports_to", "sentence"]),
        "sup_name_field": rng.random() < 0.35,
        "sup_sent_cls": rng.random() < 0.5,
        "sup_name_sentence": rng.random() < 0.4,
        "inc_field": rng.choices(["name", "vacant", None], [6, 1, 2])[0],
        "loc": rng.random() < 0.85,
        "kv_order": rng.choice(["normal", "normal", "shuffled"]),
        "reports": rng.choice(["list_paren", "list_dash", "table", "prose", "orgchart"]),
        "show_rcls": rng.random() < 0.88,
        "show_rfte": rng.random() < 0.85,
        "fte": rng.choice(["FTEs", "FTEs", "FTE", "FTE's", "staff", "emp"]) if en
        else rng.choice(["ETP", "ETP", "effectif", "employes"]),
        "budget": rng.choices(["split", "split_nototal", "combined", "opprog", "none"], [10, 2, 3, 1, 1])[0],
        "money": rng.choice(["full", "cents", "M", "K", "million"]) if en else rng.choice(["full", "cents", "M", "million"]),
        "dims": rng.choice(["kv", "kv", "table", "prose"]),
        "sig": rng.random() < 0.85,
        "prepared": rng.random() < 0.55,
        "committee": rng.random() < 0.3,
        "csr": rng.random() < 0.15,
        "order": rng.randrange(3),
        "two_versions": False,
        "bil_title": rng.choice(["pair", "two"]),
        "docx_kv": rng.choice(["table", "table", "para"]),
        "email": False,
        "strength": rng.choices([1, 2, 3], [5, 4, 2])[0],
        "ocr_layout": rng.choice(["run", "pages", "lines", "lines"]),
    }
    if o["title_head"] and rng.random() < 0.5:
        o["cls_field"] = False
    if kind != "docx" and o["reports"] == "table" and kind in ("ocr", "ocr-columns"):
        o["reports"] = rng.choice(["list_paren", "list_dash", "orgchart"])
    return o


# kind, language, file-name pattern
PLAN = [
    ("ocr", "en"), ("ocr", "en"), ("ocr", "fr"), ("ocr", "en"), ("ocr", "bilingual"), ("ocr", "en"),
    ("ocr", "fr"), ("ocr", "en"), ("ocr", "fr"), ("ocr", "en"), ("ocr-columns", "en"), ("ocr-columns", "fr"),
    ("docx", "en"), ("docx", "en"), ("docx", "fr"), ("docx", "bilingual"), ("docx", "en"), ("docx", "fr"),
    ("docx", "en"), ("docx", "bilingual"), ("docx", "en"),
    ("pdf", "en"), ("pdf", "en"), ("pdf", "fr"), ("pdf", "en"), ("pdf", "bilingual"), ("pdf", "fr"), ("pdf", "en"),
    ("text", "en"), ("text", "fr"), ("text", "bilingual"), ("text", "en"),
    ("text-cp1252", "en"), ("text-cp1252", "fr"), ("text-cp1252", "en"), ("text-cp1252", "fr"),
    ("markdown", "en"), ("markdown", "en"), ("markdown", "fr"), ("markdown", "en"),
    ("ocr", "en"),
]
# plus two version pairs: (docx DRAFT + pdf signed, same text) and (French OCR 2016 + docx revised 2023)
EXT = {"ocr": ".txt", "ocr-columns": ".txt", "text": ".txt", "text-cp1252": ".txt", "markdown": ".md",
       "docx": ".docx", "pdf": ".pdf"}

NAME_PATTERNS = {
    "en": ["{t}{x}", "{t} - {c}{x}", "{t} - FINAL{x}", "WD {c} - {t}{x}", "{t} ({i} edits){x}", "{t} - signed{x}",
           "{t} (1){x}", "EX WD {p} - {t}{x}", "{t} - for signature - {i}{x}", "scan {t}{x}", "{t} final v2{x}"],
    "fr": ["{t}{x}", "{t} - {c}{x}", "Description de travail - {t}{x}", "{t} - signée{x}", "DT {t} ({i}){x}",
           "{t} - FINAL{x}", "{t} (1){x}", "numérisation {t}{x}"],
}


def file_name(t, lang, kind, used, o, inc_initials):
    p = t["p"]
    title = p["title"][1] if lang == "fr" else p["title"][0]
    title = title.replace("/", "-")
    pats = NAME_PATTERNS["fr" if lang == "fr" else "en"]
    if kind not in ("ocr", "ocr-columns"):
        pats = [x for x in pats if not x.startswith(("scan", "numérisation"))]
    for _ in range(50):
        pat = rng.choice(pats)
        if kind in ("ocr", "ocr-columns") and "scan" not in pat and rng.random() < 0.3:
            pat = ("numérisation {t}{x}" if lang == "fr" else "scan {t}{x}")
        name = pat.format(t=title, c=p["cls"], x=EXT[kind], i=inc_initials, p=t["pos"])
        if name not in used and len(name) < 140:
            used.add(name)
            return name
    raise RuntimeError(title)


STATS: dict = {}


def write_doc(name, kind, blocks, o, lang, t, people, corpus: Path, extra_head: list[str] | None = None,
              footer_override=None):
    for k in ("reports", "sup", "kvstyle", "hstyle", "money", "date", "budget", "dims", "fte", "cls", "inc_field",
              "sig", "prepared", "committee", "csr", "sup_name_field", "sup_name_sentence", "title_head", "two_versions",
              "email", "show_rcls", "show_rfte", "loc", "job", "eff", "cls_field"):
        STATS.setdefault(k, {}).setdefault(str(o.get(k)), 0)
        STATS[k][str(o.get(k))] += 1
    if kind in ("ocr", "ocr-columns"):
        for k in ("strength", "ocr_layout"):
            key = str(o[k]) if kind == "ocr" or k == "strength" else "columns"
            STATS.setdefault(k, {}).setdefault(key, 0)
            STATS[k][key] += 1
    p = t["p"]
    protect = list(people) + [last_first(n) for n in people]
    footer_ini = f"{p['dept'][2 if lang != 'fr' else 3]} – {o['footer_ini']}"
    if footer_override:
        footer_ini = footer_override
    if kind == "markdown":
        text = render_md(blocks, o)
        if o.get("wrapper"):
            text = "--- Structured Job Description ---\n\n" + text
        data = text.encode("utf-8")
    elif kind == "docx":
        data = render_docx(blocks, o, footer_ini)
    elif kind == "pdf":
        data = to_pdf(render_text(blocks, o), footer_ini)
    elif kind in ("text", "text-cp1252"):
        text = render_text(blocks, o)
        if extra_head:
            text = "\n".join(extra_head) + "\n\n" + text
        if kind == "text-cp1252":
            text = text.replace("'", "\u2019").replace("\n", "\r\n")
            data = text.encode("cp1252")
        else:
            data = text.encode("utf-8")
    else:
        text = render_text(blocks, o)
        s = o["strength"]
        prot = protect + ([p["title"][0], p["title"][1], p["sup"][0], p["sup"][1]] if s < 3 else [])
        if kind == "ocr-columns":
            hdr_blocks = [b for b in blocks if b[0] in ("head", "kv")][:2]
            rest = [b for b in blocks if b not in hdr_blocks]
            header = render_text(hdr_blocks, dict(o, kvstyle="colon"))
            left, right = [], []
            cur = right
            for b in rest:
                if b[0] == "h":
                    cur = left if b[1] in (HEAD["en"]["org"], HEAD["fr"]["org"], HEAD["en"]["dim"], HEAD["fr"]["dim"]) else right
                cur.append(render_text([b], o).replace("\n", " ").strip())
            text = columns(damage(header, s, prot), [damage(x, s, prot) for x in left],
                           [damage(x, s, prot) for x in right])
        else:
            text = damage(text, s, prot)
            running = f"{p['dept'][2 if lang != 'fr' else 3]} - {p['title'][1] if lang == 'fr' else p['title'][0]}"
            text = ocr_layout(text, o["ocr_layout"], running, f"{running} {o['footer_ini']}")
        data = text.encode("utf-8")
    (corpus / name).write_bytes(data)


# ---------------------------------------------------------------- YAML
def q(v):
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    return "'" + str(v).replace("'", "''") + "'"


def expected_yaml(doc, kind, lang, outcome, fields, also, people, versions) -> str:
    out = [f"document: {q(doc)}", f"kind: {kind}", f"language: {lang}", f"outcome: {outcome}"]
    not_stated = []
    if fields is None:
        out.append("fields: null")
    else:
        out.append("fields:")
        for k in ("title", "classification", "job_code", "position_number"):
            out.append(f"  {k}: {q(fields[k])}")
            if fields[k] is None:
                not_stated.append(k)
        ed = fields["effective_date"]
        out.append(f"  effective_date: {ed if ed else 'null'}")
        if not ed:
            not_stated.append("effective_date")
        out.append("  supervisor:")
        for k in ("position_number", "title", "classification"):
            out.append(f"    {k}: {q(fields['supervisor'][k])}")
            if fields["supervisor"][k] is None:
                not_stated.append(f"supervisor.{k}")
        out.append("  direct_reports:")
        for r in fields["direct_reports"]:
            out.append(f"  - title: {q(r['title'])}")
            out.append(f"    classification: {q(r['classification'])}")
            out.append(f"    fte: {q(r['fte'])}")
        for k in ("salary", "o_and_m", "total", "location"):
            out.append(f"  {k}: {q(fields[k])}")
            if fields[k] is None:
                not_stated.append(k)
    out.append(f"not_stated: [{', '.join(not_stated)}]")
    if also:
        out.append("also:")
        for k, v in also.items():
            out.append(f"  {k}: {q(v)}")
    else:
        out.append("also: null")
    seen = []
    for n in people:
        if n not in seen:
            seen.append(n)
    out.append("people:" + ("" if seen else " []"))
    out += [f"- {q(n)}" for n in seen]
    if versions:
        out.append("versions:")
        out.append("  documents:")
        out += [f"  - {q(d)}" for d in versions["documents"]]
        out.append(f"  newest: {q(versions['newest'])}")
    else:
        out.append("versions: null")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- refusals
def refusals(corpus: Path, expected: Path, used: set[str]):
    docs = []
    # 1. e-mail memo listing EX descriptions to update (text)
    a, b, c, d_, e = (person() for _ in range(5))
    name = "FW_ EX work descriptions to update before March 31.txt"
    text = f"""From: {last_first(a)} (ESDC/EDSC) <{a.lower().replace(' ', '.').replace("'", '')}@hrsdc-rhdcc.gc.ca>
Sent: Thursday, February 9, 2023 3:17 PM
To: {last_first(b)} (ESDC/EDSC); {last_first(c)} (ESDC/EDSC)
Cc: {last_first(d_)} (ESDC/EDSC)
Subject: FW: EX work descriptions to update before March 31

Hi {b.split()[0]}, {c.split()[0]},

Forwarding {d_.split()[0]}'s note below. The following EX positions in the branch still have work
descriptions older than five years and must be updated before the organizational design review:

  Position No.   Title                                          Level    Incumbent
  48213          Director, Benefits Processing Ontario          EX-01    {e}
  51907          Director, Integrity Operations                 EX-01    vacant
  30566          Director General, Benefits Processing          EX-03    {d_}

Please send the drafts to our team by March 31. We will book the classification committee for April.

Thanks,
{a.split()[0]}

{a}
Senior Advisor, Executive Services | Conseiller(ère) principal(e), Services aux cadres
Employment and Social Development Canada | Emploi et Développement social Canada
Tel: 819-654-3210
"""
    (corpus / name).write_bytes(text.encode("utf-8"))
    docs.append((name, "text", "en", [a, last_first(b), last_first(c), d_, e]))
    # 2. French letter of offer, acting EX-01 (docx)
    a, b = person(), person()
    name = f"Lettre d'offre - nomination intérimaire EX-01 - {initials(a)}.docx"
    blocks = [("head", "Offre de nomination intérimaire"),
              ("lines", ["Le 12 mai 2023", "", a, "Gatineau (Québec)", "", f"Madame, Monsieur {a.split()[-1]},"]),
              ("p", "J'ai le plaisir de vous offrir une nomination intérimaire au poste de Directeur, Politique "
                    "d'immigration francophone (EX-01), poste no 62184, à Immigration, Réfugiés et Citoyenneté "
                    "Canada, du 15 mai 2023 au 14 novembre 2023."),
              ("p", "Votre rémunération sera établie conformément à la Politique sur les conditions d'emploi des "
                    "cadres, dans l'échelle salariale de 128 192 $ à 150 816 $."),
              ("p", "Veuillez signer et retourner une copie de la présente lettre pour indiquer votre acceptation."),
              ("lines", ["", b, "Directrice générale, Direction générale de l'immigration", "",
                         "J'accepte l'offre ci-dessus :", f"{a}   ____________________   Date : __________"])]
    (corpus / name).write_bytes(render_docx(blocks, {"docx_kv": "para"}, "IRCC | IRCC – Protégé B une fois rempli"))
    docs.append((name, "docx", "fr", [a, b]))
    # 3. bilingual organization chart, OCR'd
    ppl = [person() for _ in range(7)]
    name = "Organigramme DG Opérations régionales - org chart 2022 (scan).txt"
    text = WRAP + damage(
        f"Health Canada / Santé Canada Regions and Programs Bureau / Direction générale des régions et des programmes "
        f"Organization Chart / Organigramme — April 2022 / avril 2022 | {ppl[0]} | Director General, Regional Operations "
        f"/ Directeur général, Opérations régionales | EX-03 | {ppl[1]} Regional Director, Quebec Region EX-01 | "
        f"{ppl[2]} Regional Director, Ontario Region EX-01 | {ppl[3]} (A/) Regional Director, Atlantic Region EX-01 | "
        f"VACANT Regional Director, Western Region EX-01 | {ppl[4]} Executive Assistant AS-03 | {ppl[5]} on leave / "
        f"en congé — {ppl[6]} Senior Advisor / Conseiller principal EC-06 | Page 1 of 1 HR-ORG-2022-04",
        2, ppl) + "\n"
    (corpus / name).write_bytes(text.encode("utf-8"))
    docs.append((name, "ocr", "bilingual", ppl))
    # 4. EX classification committee record of decision (pdf)
    ppl = [person() for _ in range(5)]
    name = "Record of Decision - EX Classification Committee 2023-06-08.pdf"
    text = f"""RECORD OF DECISION
EX Classification Committee - Transport Canada
Meeting of June 8, 2023, 10:00-12:00, Place de Ville Tower C, room 1410 and MS Teams

Present: {ppl[0]} (Chair, Director General, Human Resources), {ppl[1]} (Classification Advisor),
{ppl[2]} (Director General, Rail Safety), {ppl[3]} (Senior Organization Design Advisor)
Secretary: {ppl[4]}

1. Director, Rail Safety Oversight - position 41877 - proposed EX-01
   Total points: 1,064 (KH F3+ 608, PS 230, AC 226). Committee confirms EX-01, effective June 8, 2023.
   Reporting relationship to the Director General, Rail Safety (EX-03) confirmed.
2. Director, Ports and Marine Infrastructure Programs - position 39120 - reclassification EX-01 to EX-02
   Not supported: the span of the program budget does not change the position's accountability.
   The branch is asked to revise the work description and return to the September meeting.
3. Other business: the committee reminded branches that work descriptions are to be signed by the
   incumbent, the supervisor and the ADM before submission.

Approved: {ppl[0]}, Chair
"""
    (corpus / name).write_bytes(to_pdf(text, "TC - HR - PROTECTED A"))
    docs.append((name, "pdf", "en", ppl))
    # 5. executive performance agreement (docx)
    a, b = person(), person()
    name = f"Performance Agreement 2023-24 - {a} (signed).docx"
    blocks = [("head", "Executive Performance Agreement 2023-24"),
              ("kv", [("Executive", a), ("Position", "Director, Spectrum Licensing Policy (EX-01)"),
                      ("Position number", "55310"), ("Supervisor", f"{b}, Director General, Spectrum Policy"),
                      ("Period", "April 1, 2023 to March 31, 2024")]),
              ("h", "Work objectives"),
              ("ol", ["Deliver the 3800 MHz auction licensing framework by Q3, with consultation completed.",
                      "Reduce licence processing backlog by 25% through process redesign.",
                      "Complete the directorate's staffing plan; two EC-07 processes concluded."]),
              ("h", "Leadership commitments"),
              ("ul", ["Promote a healthy, respectful and inclusive workplace.",
                      "Complete mandatory training on values and ethics and on accessibility."]),
              ("h", "Signatures"),
              ("lines", [f"Executive: {a}   Date: 2023-05-04", f"Supervisor: {b}   Date: 2023-05-09"])]
    (corpus / name).write_bytes(render_docx(blocks, {"docx_kv": "table"}, "ISED-ISDE  Protected B when completed"))
    docs.append((name, "docx", "en", [a, b]))
    # 6. a scan that gave only noise
    name = "numérisation_0047.txt"
    r2 = random.Random(1160)
    noise = "".join(r2.choice("il1|!.,:;'`~-_=^*°©®  ") for _ in range(900))
    text = WRAP + " ".join(noise[i:i + 70] for i in range(0, len(noise), 70)) + "\n"
    (corpus / name).write_bytes(text.encode("utf-8"))
    docs.append((name, "ocr", "fr", []))
    # 7. a PDF without a text layer
    name = "Scan_2023-11-02_DG Enquêtes - signée.pdf"
    (corpus / name).write_bytes(pdf_bytes(["", ""]))
    docs.append((name, "pdf", "fr", []))
    for name, kind, lang, ppl in docs:
        used.add(name)
        (expected / f"{name}.expected.yaml").write_text(
            expected_yaml(name, kind, lang, "refuse", None, None, ppl, None), encoding="utf-8")
        for n in ppl:
            USED_NAMES.add(n)


# ---------------------------------------------------------------- main
def main():
    corpus, expected = HERE / "corpus", HERE / "expected"
    for d in (corpus, expected):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    used: set[str] = set()
    truths = [draw_truth(p, i) for i, p in enumerate(POSITIONS)]
    provisional = {7: "NEW", 26: "TBD"}

    def one(t, kind, lang, o, name=None, versions=None, people=None, extra_people=None):
        ppl: list[str] = []
        blocks, exp, also = build_wd(t, lang, o, ppl)
        o["footer_ini"] = f"{initials(ppl[0])}/{initials(rng.choice(ppl[1:]))}"
        ini = initials(ppl[0])
        if not name:
            name = file_name(t, lang, kind, used, o, ini)
        head = None
        if o["email"]:
            a, b, c = person(), person(), person()
            ppl += [a, last_first(b), c]
            dom = "tc.gc.ca" if "Transport" in t["p"]["dept"][0] else "canada.ca"
            head = [f"From: {last_first(a)} <{a.lower().replace(' ', '.').replace(chr(39), '')}@{dom}>",
                    "Sent: Monday, October 16, 2023 11:05 AM",
                    f"To: {last_first(b)} <{b.lower().replace(' ', '.').replace(chr(39), '')}@{dom}>",
                    f"Cc: {c}",
                    f"Subject: FW: WD for {t['p']['title'][0]} - final for signature", "",
                    f"{b.split()[0]},", "",
                    "Please find below the final text of the work description, as agreed with the classification "
                    "advisor. Can you have it signed by the end of the week?", "",
                    "Thanks / Merci,", "", a, "Executive Services Advisor | Conseiller(ère), Services aux cadres",
                    "", "-----Original Message-----",
                    f"From: {last_first(c)}", "Sent: Friday, October 13, 2023 4:52 PM",
                    f"To: {last_first(a)}", "Subject: WD text", ""]
        write_doc(name, kind, blocks, o, lang, t, ppl, corpus, extra_head=head)
        (expected / f"{name}.expected.yaml").write_text(
            expected_yaml(name, kind, lang, "import", exp, also, ppl, versions), encoding="utf-8")
        return name, blocks, exp, also, ppl

    refusals(corpus, expected, used)

    # version pair A: a Word draft and its signed PDF, the same text (position 0)
    t = truths[0]
    o = options("docx", "en")
    o.update(sig=True, inc_field="name", budget="split", eff=True)
    ppl: list[str] = []
    blocks, exp, also = build_wd(t, "en", o, ppl)
    o["footer_ini"] = f"{initials(ppl[0])}/{initials(ppl[1])}"
    na = "Director, EI Processing Operations - DRAFT v4.docx"
    nb = "Director, EI Processing Operations - signed.pdf"
    vers = {"documents": [na, nb], "newest": nb}
    for nm, kind in ((na, "docx"), (nb, "pdf")):
        used.add(nm)
        write_doc(nm, kind, blocks, o, "en", t, ppl, corpus)
        (expected / f"{nm}.expected.yaml").write_text(
            expected_yaml(nm, kind, "en", "import", exp, also, ppl, vers), encoding="utf-8")

    # version pair B: a French 2016 scan and its 2023 revision in Word (position 1)
    t = truths[1]
    t_old = dict(t, eff=dt.date(2016, 9, 6), salary=t["salary"] - 410000, om=t["om"] - 12000)
    t_old["total"] = t_old["salary"] + t_old["om"]
    t_old["reports"] = [dict(r, fte=max(1, r["fte"] - 3)) for r in t["reports"]]
    t_old["fte_total"] = t["fte_total"] - 9
    t_new = dict(t, eff=dt.date(2023, 2, 20))
    na = "Directeur, Traitement des demandes d'asile 2016 (numérisé).txt"
    nb = "Directeur, Traitement des demandes d'asile - révisée 2023.docx"
    vers = {"documents": [na, nb], "newest": nb}
    for nm, kind, tt in ((na, "ocr", t_old), (nb, "docx", t_new)):
        used.add(nm)
        o = options(kind, "fr")
        o.update(eff=True, budget="split", show_rfte=True, reports="list_dash" if kind == "ocr" else "table")
        one(tt, kind, "fr", o, name=nm, versions=vers)

    # the rest, one position each
    rest = list(range(2, 43))
    for (kind, lang), idx in zip(PLAN, rest):
        t = truths[idx]
        o = options(kind, lang)
        if idx in provisional:
            o["provisional"] = provisional[idx]
        if lang == "bilingual" and kind in ("text", "pdf"):
            o["two_versions"] = True
        if kind in ("text", "text-cp1252") and lang == "en" and idx % 2 == 0:
            o["email"] = True
        if kind == "markdown":
            o["wrapper"] = rng.random() < 0.5
        one(t, kind, lang, o)


if __name__ == "__main__":
    main()
    if "--stats" in sys.argv:
        for k, v in STATS.items():
            print(k, dict(sorted(v.items())))
