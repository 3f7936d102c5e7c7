"""Writers for the blind12 corpus: one document, described as a list of blocks, written as the
files a records folder holds (a scan's OCR text, a converter's Markdown, Word saved as text, a
Word file, a PDF with a text layer).

Blocks are dicts with a type ``t``:

    h      heading            text, level (1 or 2)
    p      paragraph          text, prose (True when OCR damage may touch it)
    kv     label/value rows   rows [(label, value)], mode (see each writer)
    list   items              items, style num|alpha|roman|bullet|dash|paren, prose
    table  a table            header (list or None), rows (lists of cells)
    cols   two columns        left, right (lists of blocks)
    sig    signature block    lines
    raw    literal lines      text (written as is, no damage)
    page   page break

Everything here is deterministic: randomness comes from a ``random.Random`` seeded by the caller.
"""
from __future__ import annotations

import io
import re
import textwrap
import zipfile
import datetime as dt

ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]


def marker(style: str, i: int) -> str:
    """The typed marker of item ``i`` (0-based) of a list."""
    if style == "num":
        return f"{i + 1}."
    if style == "numparen":
        return f"{i + 1})"
    if style == "alpha":
        return f"{'abcdefghijklmnop'[i]})"
    if style == "alphadot":
        return f"{'ABCDEFGHIJKLMNOP'[i]}."
    if style == "roman":
        return f"{ROMAN[i].lower()})"
    if style == "paren":
        return f"({i + 1})"
    if style == "dash":
        return "-"
    return "\u2022"


# --- OCR damage ---------------------------------------------------------------------------------

# letter confusions an OCR engine makes on photocopied typescript (old, new)
CONFUSIONS = [("rn", "m"), ("m", "rn"), ("l", "I"), ("i", "l"), ("e", "c"), ("c", "e"), ("h", "b"),
              ("cl", "d"), ("d", "cl"), ("t", "l"), ("f", "t"), ("u", "ii"), ("n", "ri"), ("o", "a"),
              ("a", "o"), ("s", "a"), ("ti", "b"), ("li", "h"), ("y", "v"), ("g", "q"), ("w", "vv"),
              ("E", "F"), ("O", "Q"), ("I", "l"), ("S", "5"), ("B", "8")]
ACCENTS = {"é": ["e", "e", "é", "6"], "è": ["e", "e"], "ê": ["e"], "à": ["a", "a"], "ç": ["c"], "ô": ["o"],
           "É": ["E", "E"], "î": ["i"], "û": ["u"], "ï": ["i"]}


def damage_prose(text: str, rng, rate: float = 0.03, accents: float = 0.0, joins: float = 0.01,
                 apostrophes: float = 0.5) -> str:
    """Misread letters, lost accents and apostrophes, words run together or split, as a scan has
    them; numbers and codes inside the prose are left alone (a careful reader checks them elsewhere)."""
    words = text.split(" ")
    out = []
    for w in words:
        # capitalized words (titles, names of units) are misread less often than running text
        r = rate / 4 if w[:1].isupper() else rate
        if w and rng.random() < r and not re.search(r"[0-9$%]", w) and len(w) > 3:
            pairs = [(a, b) for a, b in CONFUSIONS if a in w]
            if pairs:
                a, b = pairs[rng.randrange(len(pairs))]
                pos = [m.start() for m in re.finditer(re.escape(a), w)]
                p = pos[rng.randrange(len(pos))]
                w = w[:p] + b + w[p + len(a):]
        if accents:
            w = "".join(rng.choice(ACCENTS[c]) if c in ACCENTS and rng.random() < accents else c for c in w)
        if "'" in w or "\u2019" in w:
            if rng.random() < apostrophes:
                w = w.replace("'", " ").replace("\u2019", " ")
        out.append(w)
    res = []
    for i, w in enumerate(out):
        res.append(w)
        if i < len(out) - 1:
            r = rng.random()
            if r < joins and not re.search(r"[0-9]", w + out[i + 1]):
                continue  # run together
            res.append(" ")
    s = "".join(res)
    if joins:
        # a few words split in two
        parts = s.split(" ")
        for i, w in enumerate(parts):
            if len(w) > 8 and w.isalpha() and rng.random() < joins:
                k = rng.randrange(3, len(w) - 3)
                parts[i] = w[:k] + " " + w[k:]
        s = " ".join(parts)
    return s


def digits_as_letters(s: str) -> str:
    """A value read with O for 0, I for 1, S for 5 (used where a document spec asks for it)."""
    return s.translate(str.maketrans({"0": "O", "1": "I", "5": "S"}))


# --- physical lines (OCR and PDF) ---------------------------------------------------------------

def wrap(text: str, width: int, indent: str = "", first: str = "") -> list[str]:
    lines = textwrap.wrap(text, width=width, initial_indent=first, subsequent_indent=indent,
                          break_long_words=False, break_on_hyphens=False)
    return lines or [first.rstrip()]


def layout(blocks: list[dict], width: int = 92, opts: dict | None = None) -> list[str]:
    """The lines a printed page shows, top to bottom (``\f`` for a page break)."""
    opts = opts or {}
    lines: list[str] = []
    bullet = opts.get("bullet", "\u2022")
    for b in blocks:
        t = b["t"]
        if t == "h":
            if lines and lines[-1] != "":
                lines.append("")
            lines.append(b["text"])
            if opts.get("blank_after_heading", True):
                lines.append("")
        elif t == "p":
            lines += wrap(b["text"], width)
            lines.append("")
        elif t == "raw":
            lines += b["text"].split("\n")
        elif t == "kv":
            mode = b.get("mode", "colon")
            lw = max(len(k) for k, _ in b["rows"]) + 2
            for k, v in b["rows"]:
                if mode == "nextline":
                    lines.append(k)
                    lines += wrap(v, width) if v else []
                elif mode == "grid":
                    lines += wrap(v, width - lw, indent=" " * lw, first=k.ljust(lw)) if v else [k]
                elif mode == "box":
                    lines.append(f"| {k} | {v} |" if v else f"| {k} |")
                else:
                    sep = b.get("sep", ": ")
                    lines += wrap(f"{k}{sep}{v}" if v else f"{k}{sep.rstrip()}", width, indent="    ")
            lines.append("")
        elif t == "list":
            for i, item in enumerate(b["items"]):
                m = marker(b.get("style", "num"), i) if b.get("style") != "bullet" else bullet
                lines += wrap(item, width, indent="    ", first=f"{m} ")
            lines.append("")
        elif t == "table":
            rows = ([b["header"]] if b.get("header") else []) + b["rows"]
            n = max(len(r) for r in rows)
            widths = [min(max(len(str(r[c])) for r in rows if c < len(r)), 44) for c in range(n)]
            for r in rows:
                cells = [wrap(str(c), widths[i]) for i, c in enumerate(r)]
                h = max(len(c) for c in cells)
                for j in range(h):
                    lines.append("  ".join((c[j] if j < len(c) else "").ljust(widths[i])
                                           for i, c in enumerate(cells)).rstrip())
            lines.append("")
        elif t == "cols":
            half = width // 2 - 1
            left = layout(b["left"], half, opts)
            right = layout(b["right"], half, opts)
            left = [x for x in left if x != "\f"]
            right = [x for x in right if x != "\f"]
            for j in range(max(len(left), len(right))):
                lft = left[j] if j < len(left) else ""
                rgt = right[j] if j < len(right) else ""
                lines.append((lft.ljust(half + 2) + rgt).rstrip())
            lines.append("")
        elif t == "sig":
            lines.append("")
            lines += b["lines"]
            lines.append("")
        elif t == "page":
            lines.append("\f")
    return lines


def paginate(lines: list[str], per_page: int) -> list[list[str]]:
    pages, cur = [], []
    for ln in lines:
        if ln == "\f":
            if cur:
                pages.append(cur)
            cur = []
            continue
        cur.append(ln)
        if len(cur) >= per_page:
            pages.append(cur)
            cur = []
    if any(x.strip() for x in cur):
        pages.append(cur)
    while pages and not any(x.strip() for x in pages[-1]):
        pages.pop()
    return pages


def hyphenate(lines: list[str], rng, rate: float) -> list[str]:
    """Long running-text lines whose next word was split at the margin with a hyphen, as a
    justified typescript has them (``manage-`` / ``ment``); words with capitals are left whole."""
    out = list(lines)
    for i in range(len(out) - 1):
        nxt = out[i + 1].split(" ", 1)
        w = nxt[0]
        if len(out[i]) >= 72 and len(w) >= 8 and w.isalpha() and w.islower() and rng.random() < rate:
            k = rng.randrange(3, len(w) - 3)
            out[i] = out[i] + " " + w[:k] + "-"
            out[i + 1] = w[k:] + (" " + nxt[1] if len(nxt) > 1 else "")
    return out


def damage_blocks(blocks: list[dict], rng, rate: float, accents: float = 0.0, joins: float = 0.01) -> list[dict]:
    """A copy of the blocks with the prose damaged (paragraphs and prose lists only)."""
    out = []
    for b in blocks:
        b = dict(b)
        if b["t"] == "p" and b.get("prose", True):
            b["text"] = damage_prose(b["text"], rng, rate, accents, joins)
        elif b["t"] == "list" and b.get("prose", True):
            b["items"] = [damage_prose(x, rng, rate, accents, joins) for x in b["items"]]
        elif b["t"] == "cols":
            b["left"] = damage_blocks(b["left"], rng, rate, accents, joins)
            b["right"] = damage_blocks(b["right"], rng, rate, accents, joins)
        elif b["t"] == "h" and accents:
            b["text"] = "".join(rng.choice(ACCENTS[c]) if c in ACCENTS and rng.random() < accents / 2 else c
                                for c in b["text"])
        out.append(b)
    return out


def ocr_text(blocks: list[dict], rng, *, rate=0.03, accents=0.0, joins=0.01, width=92, per_page=50,
             runon=True, banner=True, structured: str = "", header=None, footer=None, pagenum=None,
             page_prefix=None, junk_end: str = "", bullet="e", leading_junk: str = "", hyph: float = 0.25) -> str:
    """A scan as the extraction tool wrote it: ``--- Structured Job Description ---`` (empty or a
    few fields), ``--- Full Extracted Text ---``, then each page as one run of text (``runon``) or
    as its lines. ``header``/``footer`` are callables (page number, page count) -> text or None."""
    dmg = damage_blocks(blocks, rng, rate, accents, joins)
    lines = layout(dmg, width, {"bullet": bullet})
    if hyph:
        lines = hyphenate(lines, rng, hyph)
    pages = paginate(lines, per_page)
    n = len(pages)
    out_pages = []
    for i, pg in enumerate(pages, 1):
        pg = list(pg)
        if header:
            h = header(i, n)
            if h:
                pg = [h, ""] + pg
        if footer:
            f = footer(i, n)
            if f:
                pg = pg + ["", f]
        if page_prefix:
            pre = page_prefix(i, n)
            if pre:
                pg = [pre] + pg
        if i == 1 and leading_junk:
            pg = [leading_junk] + pg
        if i == n and junk_end:
            pg = pg + [junk_end]
        if runon:
            out_pages.append(" ".join(" ".join(x.split()) for x in pg if x.strip()))
        else:
            out_pages.append("\n".join(x.rstrip() for x in pg).strip("\n"))
    body = "\n".join(out_pages) if runon else "\n\n\f\n".join(out_pages)
    if banner:
        return f"--- Structured Job Description ---\n{structured}\n\n--- Full Extracted Text ---\n{body}"
    return body + "\n"


# --- Markdown ----------------------------------------------------------------------------------

def md_seed(blocks: list[dict], top: str = "# Job Description") -> str:
    """Markdown as the conversion tool wrote seeds 000 and 001: ``## `` headings, ``*   **Label:**
    value`` bullets, ``1.  `` items."""
    out = [top, ""] if top else []
    for b in blocks:
        t = b["t"]
        if t == "h":
            out += [("## " if b.get("level", 1) == 1 else "### ") + b["text"], ""]
        elif t == "p":
            out += [b["text"], ""]
        elif t == "raw":
            out += [b["text"], ""]
        elif t == "kv":
            out += [f"*   **{k}:** {v}".rstrip() for k, v in b["rows"]] + [""]
        elif t == "list":
            st = b.get("style", "num")
            if st in ("bullet", "dash"):
                out += [f"*   {x}" for x in b["items"]]
            else:
                out += [f"{i + 1}.  {x}" for i, x in enumerate(b["items"])]
            out.append("")
        elif t == "table":
            out += md_table(b.get("header"), b["rows"]) + [""]
        elif t == "cols":
            out.append(md_seed(b["left"], "").strip())
            out.append("")
            out.append(md_seed(b["right"], "").strip())
            out.append("")
        elif t == "sig":
            out += [f"**{x}**" for x in b["lines"] if x.strip()] + [""]
    return "\n".join(out).rstrip() + "\n"


def md_table(header, rows) -> list[str]:
    header = header or [""] * max(len(r) for r in rows)
    esc = lambda c: str(c).replace("|", "\\|").replace("\n", " ")
    out = ["| " + " | ".join(esc(c) for c in header) + " |", "| " + " | ".join("---" for _ in header) + " |"]
    out += ["| " + " | ".join(esc(c) for c in r) + " |" for r in rows]
    return out


def md_convert(blocks: list[dict], flavor: str = "markitdown") -> str:
    """Markdown as a converter writes a Word file: markitdown (pipe tables, ``**`` for bold, ``#``
    headings) or pandoc (escaped ``$``, ``\\`` line breaks, ``-`` bullets, tables as pipe tables)."""
    out = []

    def esc(s: str) -> str:
        if flavor == "pandoc":
            s = s.replace("$", "\\$").replace("*", "\\*").replace("[", "\\[").replace("]", "\\]")
            s = re.sub(r"^(\d+)\.", r"\1\\.", s)
        return s

    for b in blocks:
        t = b["t"]
        if t == "h":
            lvl = b.get("level", 1)
            if b.get("bold_only"):
                out += [f"**{esc(b['text'])}**", ""]
            else:
                out += ["#" * lvl + " " + esc(b["text"]), ""]
        elif t == "p":
            out += [esc(b["text"]), ""]
        elif t == "raw":
            out += [b["text"], ""]
        elif t == "kv":
            mode = b.get("mode", "table2")
            if mode in ("table2", "grid", "box"):
                if flavor == "pandoc":
                    out += md_table([esc(b["rows"][0][0]), esc(b["rows"][0][1])],
                                    [[esc(k), esc(v)] for k, v in b["rows"][1:]]) + [""]
                else:
                    out += md_table([b["rows"][0][0], b["rows"][0][1]], [[k, v] for k, v in b["rows"][1:]]) + [""]
            elif mode == "nextline":
                for k, v in b["rows"]:
                    out += [f"**{esc(k)}**", "", esc(v), ""]
            else:
                if flavor == "pandoc":
                    out += [f"**{esc(k)}:** {esc(v)}\\" for k, v in b["rows"]]
                    out[-1] = out[-1].rstrip("\\")
                    out.append("")
                else:
                    for k, v in b["rows"]:
                        out += [f"**{k}:** {v}".rstrip(), ""]
        elif t == "list":
            st = b.get("style", "num")
            if st in ("bullet", "dash"):
                out += [f"- {esc(x)}" for x in b["items"]]
            elif st == "num":
                out += [f"{i + 1}. {esc(x)}" for i, x in enumerate(b["items"])]
            else:
                out += [f"{esc(marker(st, i))} {esc(x)}" for i, x in enumerate(b["items"])]
            out.append("")
        elif t == "table":
            out += md_table(b.get("header"), b["rows"]) + [""]
        elif t == "cols":
            lt = md_convert(b["left"], flavor).strip().replace("\n\n", " ").replace("\n", " ")
            rt = md_convert(b["right"], flavor).strip().replace("\n\n", " ").replace("\n", " ")
            out += md_table(["", ""], [[lt, rt]]) + [""]
        elif t == "sig":
            out += [esc(x) for x in b["lines"]] + [""]
    return "\n".join(out).rstrip() + "\n"


# --- Word saved as plain text -------------------------------------------------------------------

def word_text(blocks: list[dict], bullet: str = "\u2022") -> str:
    """A Word document saved as text: one paragraph a line, table cells tab-separated, typed
    list markers, headings as plain lines."""
    out = []
    for b in blocks:
        t = b["t"]
        if t == "h":
            out += ["", b["text"]]
        elif t == "p":
            out += [b["text"]]
        elif t == "raw":
            out += b["text"].split("\n")
        elif t == "kv":
            mode = b.get("mode", "tabs")
            for k, v in b["rows"]:
                if mode == "nextline":
                    out += [k, v]
                elif mode == "colon":
                    out.append(f"{k}: {v}".rstrip())
                else:
                    out.append(f"{k}\t{v}".rstrip())
        elif t == "list":
            st = b.get("style", "num")
            for i, x in enumerate(b["items"]):
                m = bullet if st == "bullet" else marker(st, i)
                out.append(f"{m}\t{x}")
        elif t == "table":
            if b.get("header"):
                out.append("\t".join(b["header"]))
            out += ["\t".join(str(c) for c in r) for r in b["rows"]]
        elif t == "cols":
            left = word_text(b["left"], bullet).strip("\r\n").split("\n")
            right = word_text(b["right"], bullet).strip("\r\n").split("\n")
            for j in range(max(len(left), len(right))):
                out.append((left[j] if j < len(left) else "") + "\t" + (right[j] if j < len(right) else ""))
        elif t == "sig":
            out += [""] + b["lines"]
        elif t == "page":
            out.append("\f")
    return "\n".join(out).strip("\n") + "\n"


# --- Word files ----------------------------------------------------------------------------------

def docx_bytes(blocks: list[dict], *, year: int, heading_mode: str = "style", list_mode: str = "typed",
               header_text: str | None = None, footer_text: str | None = None, font: str | None = None,
               title_prop: str = "", author: str = "", table_style: str | None = "Table Grid",
               header_table: list | None = None, kv_bold: bool = True) -> bytes:
    """A Word file (python-docx) with fixed properties and zip dates, so the bytes are stable."""
    from docx import Document
    from docx.enum.text import WD_BREAK
    from docx.shared import Pt

    doc = Document()
    if font:
        doc.styles["Normal"].font.name = font
        doc.styles["Normal"].font.size = Pt(11)
    cp = doc.core_properties
    stamp = dt.datetime(year, 3, 14, 10, 30, 0)
    cp.created = stamp
    cp.modified = stamp + dt.timedelta(days=40)
    cp.last_modified_by = author
    cp.author = author
    cp.title = title_prop
    cp.revision = 3
    cp.comments = ""
    cp.last_printed = stamp + dt.timedelta(days=41)
    sec = doc.sections[0]
    if header_text is not None:
        sec.header.paragraphs[0].text = header_text
    if header_table:
        t = sec.header.add_table(rows=len(header_table), cols=2, width=sec.page_width - sec.left_margin - sec.right_margin)
        for r, (k, v) in enumerate(header_table):
            t.cell(r, 0).text, t.cell(r, 1).text = k, v
    if footer_text is not None:
        sec.footer.paragraphs[0].text = footer_text

    def heading(text: str, level: int):
        if heading_mode == "style":
            doc.add_heading(text, level=level)
        else:
            p = doc.add_paragraph()
            r = p.add_run(text)
            r.bold = True
            if heading_mode == "underline":
                r.underline = True
            if heading_mode == "caps":
                r.font.all_caps = False

    def table(rows, header=None, style=table_style, bold_first_col=False):
        allrows = ([header] if header else []) + rows
        n = max(len(r) for r in allrows)
        tb = doc.add_table(rows=len(allrows), cols=n)
        if style:
            try:
                tb.style = doc.styles[style]
            except KeyError:
                pass
        for i, r in enumerate(allrows):
            for j in range(n):
                cell = tb.cell(i, j)
                text = str(r[j]) if j < len(r) else ""
                cell.text = ""
                run = cell.paragraphs[0].add_run(text)
                if (header and i == 0) or (bold_first_col and j % 2 == 0 and kv_bold):
                    run.bold = True
        return tb

    for b in blocks:
        t = b["t"]
        if t == "h":
            heading(b["text"], b.get("level", 1))
        elif t == "p":
            doc.add_paragraph(b["text"])
        elif t == "raw":
            for line in b["text"].split("\n"):
                doc.add_paragraph(line)
        elif t == "kv":
            mode = b.get("mode", "table2")
            if mode == "table2":
                table([[k, v] for k, v in b["rows"]], bold_first_col=True)
                doc.add_paragraph("")
            elif mode == "table4":
                rows = b["rows"]
                pairs = [rows[i:i + 2] for i in range(0, len(rows), 2)]
                table([[a for kv in pr for a in kv] + ([""] * (4 - 2 * len(pr))) for pr in pairs], bold_first_col=True)
                doc.add_paragraph("")
            elif mode == "table-stack":
                # a form whose cells hold the label above the value
                rows = b["rows"]
                pairs = [rows[i:i + 2] for i in range(0, len(rows), 2)]
                tb = doc.add_table(rows=len(pairs), cols=2)
                if table_style:
                    tb.style = doc.styles[table_style]
                for i, pr in enumerate(pairs):
                    for j, (k, v) in enumerate(pr):
                        c = tb.cell(i, j)
                        c.text = ""
                        r = c.paragraphs[0].add_run(k)
                        r.bold = True
                        c.add_paragraph(v)
                doc.add_paragraph("")
            elif mode == "nextline":
                for k, v in b["rows"]:
                    p = doc.add_paragraph()
                    p.add_run(k).bold = True
                    doc.add_paragraph(v)
            elif mode == "tabs":
                for k, v in b["rows"]:
                    p = doc.add_paragraph()
                    p.add_run(k).bold = kv_bold
                    p.add_run("\t" + v)
            else:
                sep = b.get("sep", ": ")
                for k, v in b["rows"]:
                    p = doc.add_paragraph()
                    p.add_run(k + sep.rstrip()).bold = kv_bold
                    p.add_run(" " + v if v else "")
        elif t == "list":
            st = b.get("style", "num")
            for i, x in enumerate(b["items"]):
                if list_mode == "style" and st in ("num", "bullet"):
                    doc.add_paragraph(x, style="List Number" if st == "num" else "List Bullet")
                else:
                    m = "\u2022" if st == "bullet" else marker(st, i)
                    doc.add_paragraph(f"{m}\t{x}")
        elif t == "table":
            table(b["rows"], b.get("header"))
            doc.add_paragraph("")
        elif t == "cols":
            tb = doc.add_table(rows=1, cols=2)
            if b.get("grid") and table_style:
                tb.style = doc.styles[table_style]
            for j, side in enumerate((b["left"], b["right"])):
                cell = tb.cell(0, j)
                first = True
                for sb in side:
                    texts = []
                    if sb["t"] in ("h", "p", "raw"):
                        texts = [(sb["text"], sb["t"] == "h")]
                    elif sb["t"] == "kv":
                        texts = [(f"{k}: {v}".rstrip(), False) for k, v in sb["rows"]]
                    elif sb["t"] == "list":
                        st = sb.get("style", "num")
                        texts = [(("\u2022" if st == "bullet" else marker(st, i)) + " " + x, False)
                                 for i, x in enumerate(sb["items"])]
                    elif sb["t"] == "sig":
                        texts = [(x, False) for x in sb["lines"]]
                    for text, bold in texts:
                        p = cell.paragraphs[0] if first else cell.add_paragraph()
                        first = False
                        r = p.add_run(text)
                        r.bold = bold
        elif t == "sig":
            for line in b["lines"]:
                doc.add_paragraph(line)
        elif t == "page":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    buf = io.BytesIO()
    doc.save(buf)
    return stable_zip(buf.getvalue())


def stable_zip(data: bytes) -> bytes:
    """The same zip with every member dated 1980-01-01, so two runs give the same bytes."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


# --- PDF -----------------------------------------------------------------------------------------

def pdf_pages(blocks: list[dict], rng=None, *, width=100, per_page=64, header=None, footer=None,
              rate=0.0, accents=0.0, joins=0.0, bullet="\u2022") -> list[str]:
    """The pages of a PDF's text layer: the printed lines, with a running header and footer."""
    if rng is not None and (rate or accents or joins):
        blocks = damage_blocks(blocks, rng, rate, accents, joins)
    pages = paginate(layout(blocks, width, {"bullet": bullet}), per_page)
    n = len(pages)
    out = []
    for i, pg in enumerate(pages, 1):
        pg = list(pg)
        if header and header(i, n):
            pg = [header(i, n), ""] + pg
        if footer and footer(i, n):
            pg = pg + ["", footer(i, n)]
        out.append("\n".join(pg))
    return out
