"""Value notations, document blocks and their renderings (text, Markdown, Word, PDF, OCR damage)."""
import io
import random
import re
import textwrap
import zipfile
from datetime import datetime

MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]


def fdate(d, style):
    if d is None:
        return ""
    day = "1er" if d.day == 1 else str(d.day)
    if style == "fr":
        return f"{day} {MONTHS_FR[d.month - 1]} {d.year}"
    if style == "fr_le":
        return f"le {day} {MONTHS_FR[d.month - 1]} {d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "slash":
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    if style == "en":
        return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"
    if style == "en_dmy":
        return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"
    raise ValueError(style)


def group(n, sep):
    s = f"{n:,}"
    return s.replace(",", sep)


def fmoney(v, style):
    if style == "fr":
        return group(v, " ") + " $"
    if style == "fr_nbsp":
        return group(v, "\u00a0") + "\u00a0$"
    if style == "fr_nnbsp":
        return group(v, "\u202f") + "\u00a0$"
    if style == "fr_cents":
        return group(v, " ") + ",00 $"
    if style == "fr_k":
        assert v % 1000 == 0
        return group(v // 1000, " ") + " k$"
    if style == "fr_M":
        if v % 1000:
            return group(v, " ") + " $"
        s = f"{v / 1_000_000:.3f}".rstrip("0").rstrip(".")
        return s.replace(".", ",") + " M$"
    if style == "en":
        return "$" + group(v, ",")
    if style == "en_M":
        if v % 1000:
            return "$" + group(v, ",")
        return "$" + f"{v / 1_000_000:.3f}".rstrip("0").rstrip(".") + "M"
    if style == "en_K":
        assert v % 1000 == 0
        return "$" + group(v // 1000, ",") + "K"
    raise ValueError(style)


def ffte(x, lang, decimal=False):
    if x is None:
        return ""
    if float(x).is_integer() and not decimal:
        s = f"{int(x):,}".replace(",", " " if lang == "fr" else ",")
    else:
        s = f"{x:,.1f}".replace(",", " " if lang == "fr" else ",")
        if lang == "fr":
            s = s.replace(".", ",")
    return s


# ---------------------------------------------------------------- blocks
# ('title', text) ('h', text) ('kv', label, value) ('p', text) ('list', items, ordered)
# ('table', header, rows) ('blank',)
# side by side: ('kv2', en_label, en_value, fr_label, fr_value) ('h2', en, fr) ('p2', en, fr)


def to_text(blocks, width=None, colon_space=True):
    out = []
    for b in blocks:
        t = b[0]
        if t == "title":
            out += [b[1]]
        elif t == "h":
            out += ["", b[1], ""]
        elif t == "kv":
            out.append(f"{b[1]} {b[2]}".rstrip())
        elif t == "p":
            out += (textwrap.wrap(b[1], width) if width else [b[1]]) + [""]
        elif t == "list":
            for i, item in enumerate(b[1], 1):
                mark = f"{i}. " if b[2] else ("- " if b[2] is False else "• ")
                lines = textwrap.wrap(item, width - 4) if width else [item]
                out.append(mark + lines[0])
                out += ["   " + l for l in lines[1:]]
            out.append("")
        elif t == "table":
            widths = [max(len(str(r[i])) for r in [b[1]] + b[2]) for i in range(len(b[1]))]
            for r in [b[1]] + b[2]:
                out.append("   ".join(str(c).ljust(w) for c, w in zip(r, widths)).rstrip())
            out.append("")
        elif t == "blank":
            out.append("")
        elif t in ("kv2", "h2", "p2"):
            out += side_by_side(b, width or 100)
    return "\n".join(out).replace("\n\n\n", "\n\n").strip("\n") + "\n"


def side_by_side(b, width):
    col = (width - 4) // 2
    if b[0] == "kv2":
        left, right = f"{b[1]} {b[2]}", f"{b[3]} {b[4]}"
    else:
        left, right = b[1], b[2]
    L = textwrap.wrap(left, col) or [""]
    Rr = textwrap.wrap(right, col) or [""]
    n = max(len(L), len(Rr))
    L += [""] * (n - len(L))
    Rr += [""] * (n - len(Rr))
    lines = [(l.ljust(col) + "    " + r).rstrip() for l, r in zip(L, Rr)]
    if b[0] == "h2":
        lines = [""] + lines + [""]
    if b[0] == "p2":
        lines += [""]
    return lines


def to_md(blocks):
    out = []
    for b in blocks:
        t = b[0]
        if t == "title":
            out += [f"# {b[1]}" if not any(x.startswith("# ") for x in out) else f"**{b[1]}**", ""]
        elif t == "h":
            out += ["", f"## {b[1]}", ""]
        elif t == "kv":
            out.append(f"- **{b[1]}** {b[2]}".rstrip())
        elif t == "p":
            out += [b[1], ""]
        elif t == "list":
            for i, item in enumerate(b[1], 1):
                out.append(f"{i}. {item}" if b[2] else f"- {item}")
            out.append("")
        elif t == "table":
            out.append("| " + " | ".join(b[1]) + " |")
            out.append("|" + "|".join("---" for _ in b[1]) + "|")
            for r in b[2]:
                out.append("| " + " | ".join(str(c) for c in r) + " |")
            out.append("")
        elif t == "blank":
            out.append("")
    text = "\n".join(out)
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text.strip("\n") + "\n"


FIXED = datetime(2023, 1, 1, 12, 0, 0)


def to_docx(blocks, title="", author="RH Région du Québec", strike=()):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    pending_kv = []

    def flush():
        if not pending_kv:
            return
        if pending_kv[0][0] == "kv2":
            tbl = d.add_table(rows=0, cols=2)
            tbl.style = "Table Grid"
            for b in pending_kv:
                row = tbl.add_row().cells
                row[0].text = f"{b[1]} {b[2]}"
                row[1].text = f"{b[3]} {b[4]}"
        elif docx_kv_mode[0] == "table":
            tbl = d.add_table(rows=0, cols=2)
            tbl.style = "Table Grid"
            for b in pending_kv:
                row = tbl.add_row().cells
                row[0].text = b[1].rstrip(" :").rstrip(":")
                row[1].text = b[2]
        else:
            for b in pending_kv:
                para = d.add_paragraph()
                r = para.add_run(b[1] + " ")
                r.bold = True
                para.add_run(b[2])
        pending_kv.clear()

    for b in blocks:
        t = b[0]
        if t in ("kv", "kv2"):
            pending_kv.append(b)
            continue
        flush()
        if t == "title":
            d.add_heading(b[1], level=1)
        elif t == "h":
            d.add_heading(b[1], level=2)
        elif t == "h2":
            tbl = d.add_table(rows=1, cols=2)
            tbl.rows[0].cells[0].text = b[1]
            tbl.rows[0].cells[1].text = b[2]
            for c in tbl.rows[0].cells:
                for r in c.paragraphs[0].runs:
                    r.bold = True
        elif t == "p2":
            tbl = d.add_table(rows=1, cols=2)
            tbl.rows[0].cells[0].text = b[1]
            tbl.rows[0].cells[1].text = b[2]
        elif t == "p":
            d.add_paragraph(b[1])
        elif t == "list":
            for item in b[1]:
                d.add_paragraph(item, style="List Number" if b[2] else "List Bullet")
        elif t == "table":
            tbl = d.add_table(rows=1, cols=len(b[1]))
            tbl.style = "Table Grid"
            for c, h in zip(tbl.rows[0].cells, b[1]):
                c.text = h
            for r in b[2]:
                cells = tbl.add_row().cells
                for c, v in zip(cells, r):
                    c.text = str(v)
        elif t == "blank":
            d.add_paragraph("")
    flush()
    buf = io.BytesIO()
    d.save(buf)
    return rezip(buf.getvalue())


docx_kv_mode = ["paragraphs"]


def rezip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in src.namelist():
            info = zipfile.ZipInfo(name, date_time=(2023, 1, 1, 12, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, src.read(name))
    return out.getvalue()


def paginate(lines, per_page, header=None, footer=None):
    """Split lines into pages; header(n, total) / footer(n, total) give running lines."""
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)] or [[]]
    total = len(pages)
    out = []
    for n, pg in enumerate(pages, 1):
        block = []
        if header and n > 1:
            block += [header(n, total), ""]
        block += pg
        if footer:
            block += ["", footer(n, total)]
        out.append(block)
    return out


def hyphen_wrap(text, width, rng, p=0.5):
    """Wrap prose; long words at a line end are hyphenated, as a scanner keeps them."""
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        if not cur:
            cur = w
        elif len(cur) + 1 + len(w) <= width:
            cur += " " + w
        else:
            room = width - len(cur) - 2
            if len(w) >= 8 and room >= 3 and rng.random() < p and w.isalpha():
                cut = min(room, len(w) - 3)
                lines.append(cur + " " + w[:cut] + "-")
                cur = w[cut:]
            else:
                lines.append(cur)
                cur = w
    if cur:
        lines.append(cur)
    return lines


def ocr_lines(blocks, width, rng):
    out = []
    for b in blocks:
        t = b[0]
        if t == "title":
            out.append(b[1])
        elif t == "h":
            out += ["", b[1], ""]
        elif t == "kv":
            line = f"{b[1]} {b[2]}".rstrip()
            if len(line) > width:
                wrapped = textwrap.wrap(line, width)
                out += [wrapped[0]] + ["        " + w for w in wrapped[1:]]
            else:
                out.append(line)
        elif t == "p":
            out += hyphen_wrap(b[1], width, rng) + [""]
        elif t == "list":
            for i, item in enumerate(b[1], 1):
                mark = f"{i}. " if b[2] else ("- " if b[2] is False else "• ")
                ls = hyphen_wrap(item, width - 4, rng)
                out.append(mark + ls[0])
                out += ["    " + l for l in ls[1:]]
            out.append("")
        elif t == "table":
            widths = [max(len(str(r[i])) for r in [b[1]] + b[2]) for i in range(len(b[1]))]
            for r in [b[1]] + b[2]:
                out.append("  ".join(str(c).ljust(w) for c, w in zip(r, widths)).rstrip())
            out.append("")
        elif t == "blank":
            out.append("")
        elif t in ("kv2", "h2", "p2"):
            out += side_by_side(b, width)
    cleaned = []
    for l in out:
        if l == "" and cleaned and cleaned[-1] == "":
            continue
        cleaned.append(l)
    return cleaned


DIGITS = {"light": {"0": "O", "1": "l"},
          "medium": {"0": "Oo", "1": "Il", "5": "S", "8": "B"},
          "heavy": {"0": "OoD", "1": "Il|", "5": "S", "8": "B", "6": "b", "2": "Z"}}
PROB = {"light": 0.05, "medium": 0.11, "heavy": 0.2}
ACCENTS = {
    "é": ["6", "e", "e", "é"], "è": ["e", "é", "e"], "ê": ["e", "é"], "à": ["a", "à"], "â": ["a"], "ç": ["c", "q"],
    "É": ["E", "E", "6"], "ô": ["o"], "î": ["i", "1"], "Î": ["I"], "œ": ["oe", "ce"], "«": ["<<", "«"],
    "»": [">>", "»"], "–": ["-", "—", "-"], "’": ["'"], "û": ["u"], "ë": ["e"], "ï": ["i"],
}
LETTERS = [("m", "rn"), ("d", "cl"), ("h", "li"), ("e", "c"), ("l", "I"), ("i", "l"), ("u", "ii"), ("n", "ri"),
           ("t", "l"), ("o", "c")]


def damage(text, rng, strength, protect=(), accents=True):
    """OCR damage: digits read as letters, lost or mangled accents, letter confusions, words run together.
    Protected strings (people's names) are left alone."""
    p = PROB[strength]
    digits = DIGITS[strength]
    pa = {"light": 0.25, "medium": 0.5, "heavy": 0.8}[strength] if accents else 0
    pieces = re.split("(" + "|".join(re.escape(s) for s in protect) + ")", text) if protect else [text]
    out = []
    for k, piece in enumerate(pieces):
        if k % 2 == 1:
            out.append(piece)
            continue
        res = []
        chars = list(piece)
        i = 0
        while i < len(chars):
            c = chars[i]
            if c in digits and rng.random() < p * 2.2:
                res.append(rng.choice(digits[c]))
            elif c in ACCENTS and rng.random() < pa:
                res.append(rng.choice(ACCENTS[c]))
            elif c == " " and 0 < i < len(chars) - 1 and chars[i - 1].isalpha() and chars[i + 1].isalpha() \
                    and rng.random() < p / 3:
                pass
            elif c.isalpha() and c.islower() and rng.random() < p / 6:
                for a, b in LETTERS:
                    if a == c:
                        res.append(b)
                        break
                else:
                    res.append(c)
            else:
                res.append(c)
            i += 1
        out.append("".join(res))
    return "".join(out)


def mojibake(text):
    raw = text.encode("utf-8")
    out = []
    for byte in raw:
        try:
            out.append(bytes([byte]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(bytes([byte]).decode("latin-1"))
    return "".join(out)
