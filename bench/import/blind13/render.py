"""One document model for blind13, written out the ways a departmental share holds Word files.

A document is a list of blocks (``Para``, ``Table``, ``PageBreak``) plus a page header and
footer. It is written as:

* ``to_docx``: a Word file (python-docx, with content controls, tracked changes and comments
  written as Word writes them), its zip entries and core properties dated, so the bytes are
  the same at every run;
* ``to_wordtext``: what Word's "Save As > Plain Text" gives (table cells joined by tabs, list
  numbers and bullets typed, page header and footer dropped), in a chosen encoding;
* ``to_docx2txt``: what a docx-to-text converter gives (every paragraph and table cell on its own
  line with a blank line after it, header and footer text kept);
* ``to_markdown``: what a docx-to-Markdown converter gives ("pandoc" or "mammoth" flavour);
* ``to_pdf``: a PDF "printed from Word": a text layer positioned line by line (Tm), tables in
  columns, the page header and footer on every page.
"""
from __future__ import annotations

import datetime as dt
import io
import re
import sys
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))
from tests.import_files import pdf_bytes  # noqa: E402  (the project's minimal PDF writer)


# --- the model ----------------------------------------------------------------------------------

@dataclass
class Run:
    text: str
    b: bool = False
    i: bool = False
    u: bool = False
    strike: bool = False
    kind: str = ""        # "", "ins", "del" (tracked), "sdt" (filled content control), "ph" (placeholder), "field"
    author: str = ""      # tracked change author
    comment: tuple | None = None   # (author, initials, text) of a Word comment on this run


@dataclass
class Para:
    runs: list
    style: str = ""       # Word paragraph style ("Heading 1", "List Bullet", "Title", ...)
    align: str = ""
    kind: str = ""        # "bullet" / "number": a Word list paragraph (no marker in the text)
    level: int = 0
    heading: int = 0      # a heading's level, for converters (Markdown) and the PDF
    keep: bool = False    # an empty paragraph kept (spacing)

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs if r.kind != "del")


@dataclass
class Cell:
    blocks: list
    span: int = 1
    shade: str = ""


@dataclass
class Table:
    rows: list
    style: str = "Table Grid"
    header: bool = False
    widths: list | None = None


class PageBreak:
    pass


@dataclass
class Doc:
    body: list
    header: list = field(default_factory=list)
    footer: list = field(default_factory=list)
    author: str = ""
    last_by: str = ""
    title: str = ""
    subject: str = ""
    company: str = ""
    created: dt.datetime = dt.datetime(2010, 1, 1, 9, 0)
    modified: dt.datetime = dt.datetime(2010, 1, 1, 9, 0)
    revision: int = 1
    change_date: dt.datetime | None = None   # tracked changes and comments


def as_runs(parts) -> list:
    out = []
    for part in parts:
        if isinstance(part, Run):
            out.append(part)
        elif part:
            out.append(Run(str(part)))
    return out


def P(*parts, **kw) -> Para:
    return Para(as_runs(parts), **kw)


def B(text: str, **kw) -> Run:
    return Run(text, b=True, **kw)


def cell(*items, span: int = 1, shade: str = "") -> Cell:
    """A table cell from strings, runs, paragraphs or tables; a string with newlines is one
    paragraph per line."""
    blocks = []
    for item in items:
        if isinstance(item, (Para, Table)):
            blocks.append(item)
        elif isinstance(item, Run):
            blocks.append(Para([item]))
        elif isinstance(item, list):
            blocks.append(Para(as_runs(item)))
        else:
            for line in str(item).split("\n"):
                blocks.append(Para(as_runs([line])))
    return Cell(blocks or [Para([])], span=span, shade=shade)


def row(*cells) -> list:
    return [c if isinstance(c, Cell) else cell(c) for c in cells]


# --- Word ----------------------------------------------------------------------------------------

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _w(tag: str) -> str:
    return "{%s}%s" % (W, tag)


class _Word:
    def __init__(self, doc: Doc):
        import docx
        from docx.shared import Pt
        self.docx = docx
        self.model = doc
        self.d = docx.Document()
        style = self.d.styles["Normal"]
        style.font.name = "Arial"
        style.font.size = Pt(10)
        self.ids = iter(range(100, 100000))
        self.when = (doc.change_date or doc.modified).strftime("%Y-%m-%dT%H:%M:00Z")

    # runs
    def _rpr(self, r, run: Run):
        if run.b:
            r.bold = True
        if run.i:
            r.italic = True
        if run.u:
            r.underline = True
        if run.strike:
            r.font.strike = True

    def _raw_run(self, run: Run, deleted: bool = False):
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn
        r = OxmlElement("w:r")
        rpr = OxmlElement("w:rPr")
        for flag, tag in ((run.b, "w:b"), (run.i, "w:i"), (run.strike, "w:strike")):
            if flag:
                rpr.append(OxmlElement(tag))
        if run.kind == "ph":
            color = OxmlElement("w:color")
            color.set(qn("w:val"), "808080")
            rpr.append(color)
        if len(rpr):
            r.append(rpr)
        parts = run.text.split("\t")
        for n, part in enumerate(parts):
            if n:
                r.append(OxmlElement("w:tab"))
            if part:
                t = OxmlElement("w:delText" if deleted else "w:t")
                t.set(qn("xml:space"), "preserve")
                t.text = part
                r.append(t)
        return r

    def add_runs(self, p, runs: list):
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn
        for run in runs:
            if run.kind in ("", None):
                r = p.add_run(run.text)
                self._rpr(r, run)
                if run.comment:
                    author, initials, text = run.comment
                    c = self.d.add_comment(r, text=text, author=author, initials=initials)
                    c._comment_elm.date = dt.datetime.strptime(self.when, "%Y-%m-%dT%H:%M:00Z")
            elif run.kind in ("ins", "del"):
                el = OxmlElement("w:" + run.kind)
                el.set(qn("w:id"), str(next(self.ids)))
                el.set(qn("w:author"), run.author)
                el.set(qn("w:date"), self.when)
                el.append(self._raw_run(run, deleted=run.kind == "del"))
                p._p.append(el)
            elif run.kind in ("sdt", "ph", "date-ph"):
                sdt = OxmlElement("w:sdt")
                pr = OxmlElement("w:sdtPr")
                sid = OxmlElement("w:id")
                sid.set(qn("w:val"), str(next(self.ids) * 7919))
                pr.append(sid)
                if run.kind != "sdt":
                    ph = OxmlElement("w:placeholder")
                    part = OxmlElement("w:docPart")
                    part.set(qn("w:val"), "DefaultPlaceholder_" + ("-1854013437" if run.kind == "date-ph" else "1081868574"))
                    ph.append(part)
                    pr.append(ph)
                    pr.append(OxmlElement("w:showingPlcHdr"))
                if run.kind == "date-ph":
                    date = OxmlElement("w:date")
                    fmt = OxmlElement("w:dateFormat")
                    fmt.set(qn("w:val"), "yyyy-MM-dd")
                    date.append(fmt)
                    pr.append(date)
                else:
                    pr.append(OxmlElement("w:text"))
                sdt.append(pr)
                content = OxmlElement("w:sdtContent")
                content.append(self._raw_run(Run(run.text, b=run.b, kind="ph" if run.kind != "sdt" else "")))
                sdt.append(content)
                p._p.append(sdt)
            elif run.kind == "field":
                fld = OxmlElement("w:fldSimple")
                fld.set(qn("w:instr"), " PAGE ")
                fld.append(self._raw_run(Run(run.text)))
                p._p.append(fld)

    def para(self, container, para: Para, first=None):
        p = first if first is not None else container.add_paragraph()
        style = para.style
        if para.kind == "bullet":
            style = "List Bullet" + (f" {para.level + 1}" if para.level else "")
        elif para.kind == "number":
            style = "List Number" + (f" {para.level + 1}" if para.level else "")
        if style:
            p.style = self.d.styles[style]
        if para.align:
            from docx.enum.text import WD_ALIGN_PARAGRAPH
            p.alignment = {"center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT}[para.align]
        self.add_runs(p, para.runs)
        return p

    def table(self, container, table: Table, width=None):
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn
        from docx.shared import Inches
        ncols = max(sum(c.span for c in r) for r in table.rows)
        if width is not None:
            t = container.add_table(rows=len(table.rows), cols=ncols, width=width)
        else:
            t = container.add_table(rows=len(table.rows), cols=ncols)
        if table.style:
            t.style = self.d.styles[table.style]
        for ri, cells in enumerate(table.rows):
            col = 0
            for c in cells:
                target = t.cell(ri, col)
                if c.span > 1:
                    target = target.merge(t.cell(ri, col + c.span - 1))
                if c.shade:
                    shd = OxmlElement("w:shd")
                    shd.set(qn("w:val"), "clear")
                    shd.set(qn("w:color"), "auto")
                    shd.set(qn("w:fill"), c.shade)
                    target._tc.get_or_add_tcPr().append(shd)
                first = True
                for block in c.blocks:
                    if isinstance(block, Para):
                        self.para(target, block, first=target.paragraphs[0] if first else None)
                        first = False
                    elif isinstance(block, Table):
                        self.table(target, block)
                        first = False
                col += c.span
            if table.header and ri == 0:
                trpr = t.rows[0]._tr.get_or_add_trPr()
                trpr.append(OxmlElement("w:tblHeader"))
        if table.widths:
            for ri in range(len(table.rows)):
                for ci, w in enumerate(table.widths[:ncols]):
                    t.cell(ri, ci).width = Inches(w)
        return t

    def story(self, container, blocks, header=False):
        from docx.shared import Inches
        first = container.paragraphs[0] if header else None
        for block in blocks:
            if isinstance(block, Para):
                self.para(container, block, first=first)
                first = None
            elif isinstance(block, Table):
                self.table(container, block, width=Inches(6.5) if header else None)
            elif isinstance(block, PageBreak):
                self.d.add_page_break()

    def build(self) -> bytes:
        m = self.model
        section = self.d.sections[0]
        if m.header:
            section.header.is_linked_to_previous = False
            self.story(section.header, m.header, header=True)
        if m.footer:
            section.footer.is_linked_to_previous = False
            self.story(section.footer, m.footer, header=True)
        self.story(self.d, m.body)
        cp = self.d.core_properties
        cp.author, cp.last_modified_by, cp.title, cp.subject = m.author, m.last_by, m.title, m.subject
        cp.created, cp.modified, cp.revision = m.created, m.modified, m.revision
        cp.last_printed = m.modified
        cp.comments, cp.keywords, cp.category = "", "", ""
        out = io.BytesIO()
        self.d.save(out)
        return stable_zip(out.getvalue(), m.modified)


def stable_zip(data: bytes, when: dt.datetime) -> bytes:
    """The same zip with every entry dated ``when`` (python-docx dates them 'now')."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=when.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o600 << 16
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


def to_docx(doc: Doc) -> bytes:
    return _Word(doc).build()


# --- plain text ---------------------------------------------------------------------------------

def _lines_of(blocks, flavour: str, counters: dict) -> list[str]:
    """Lines of text as Word's plain-text export ("word") or a converter ("docx2txt") writes them."""
    lines: list[str] = []
    for block in blocks:
        if isinstance(block, Para):
            text = block.text
            if flavour == "word":
                if block.kind == "bullet":
                    counters.clear()
                    text = ("o\t" if block.level else "\u2022\t") + text
                elif block.kind == "number":
                    counters[block.level] = counters.get(block.level, 0) + 1
                    for deeper in [k for k in counters if k > block.level]:
                        del counters[deeper]
                    n = counters[block.level]
                    text = (f"{chr(96 + n)}.\t" if block.level else f"{n}.\t") + text
                elif text.strip():
                    counters.clear()
            lines.append(text)
        elif isinstance(block, Table):
            for r in block.rows:
                if flavour == "word":
                    texts = ["\n".join(_cell_lines(c, flavour)) for c in r]
                    lines.append("\t".join(texts))
                else:
                    for c in r:
                        lines.extend(_cell_lines(c, flavour))
        elif isinstance(block, PageBreak):
            lines.append("\f" if flavour == "word-ff" else "")
    return lines


def _cell_lines(c: Cell, flavour: str) -> list[str]:
    out = []
    for block in c.blocks:
        if isinstance(block, Para):
            out.append(block.text)
        elif isinstance(block, Table):
            out.extend(_lines_of([block], flavour, {}))
    return out


def to_wordtext(doc: Doc, encoding: str = "cp1252", newline: str = "\r\n", bom: bool = False) -> bytes:
    text = "\n".join(_lines_of(doc.body, "word", {})) + "\n"
    text = text.replace("\n", newline)
    if encoding == "utf-16":
        return b"\xff\xfe" + text.encode("utf-16-le")
    data = text.encode(encoding, errors="strict")
    return (b"\xef\xbb\xbf" + data) if bom else data


def to_docx2txt(doc: Doc, mojibake: bool = False) -> bytes:
    parts = []
    for lines in (_lines_of(doc.header, "docx2txt", {}), _lines_of(doc.body, "docx2txt", {}),
                  _lines_of(doc.footer, "docx2txt", {})):
        parts.extend(line + "\n\n" for line in lines)
    text = "".join(parts)
    if mojibake:
        text = text.encode("utf-8").decode("cp1252", errors="replace")
    return text.encode("utf-8")


# --- Markdown ------------------------------------------------------------------------------------

def _md_escape(text: str, flavour: str) -> str:
    if flavour == "pandoc":
        text = text.replace("\\", "\\\\").replace("$", "\\$").replace("*", "\\*").replace("[", "\\[").replace("]", "\\]")
        text = re.sub(r"^(\d+)\. ", r"\1\\. ", text)
    else:
        text = text.replace("_", "\\_").replace("*", "\\*")
    return text


def _md_runs(para: Para, flavour: str) -> str:
    out = []
    for run in para.runs:
        if run.kind == "del":
            continue
        text = _md_escape(run.text, flavour)
        if run.b and text.strip():
            lead = text[:len(text) - len(text.lstrip())]
            trail = text[len(text.rstrip()):]
            text = f"{lead}**{text.strip()}**{trail}"
        out.append(text)
    return "".join(out).replace("\t", " ")


def _md_table(table: Table, flavour: str) -> list[str]:
    ncols = max(sum(c.span for c in r) for r in table.rows)
    grid = []
    for r in table.rows:
        cells = []
        for c in r:
            texts = []
            for block in c.blocks:
                if isinstance(block, Para):
                    texts.append(_md_runs(block, flavour))
                elif isinstance(block, Table):
                    texts.extend(" ".join(line.split()) for line in _lines_of([block], "docx2txt", {}))
            joined = ("<br>" if flavour == "pandoc" else " ").join(t for t in texts if t.strip())
            cells.append(joined)
            cells.extend([""] * (c.span - 1))
        cells += [""] * (ncols - len(cells))
        grid.append(cells)
    lines = ["| " + " | ".join(grid[0]) + " |", "|" + "|".join("---" for _ in range(ncols)) + "|"]
    lines += ["| " + " | ".join(r) + " |" for r in grid[1:]]
    return lines


def to_markdown(doc: Doc, flavour: str = "pandoc") -> bytes:
    out: list[str] = []
    counter = 0
    for block in doc.body:
        if isinstance(block, Para):
            text = _md_runs(block, flavour)
            if block.heading:
                if out and out[-1]:
                    out.append("")
                out += ["#" * block.heading + " " + text.replace("**", ""), ""]
                counter = 0
            elif block.kind == "bullet":
                out.append(("    " * block.level) + ("-   " if flavour == "pandoc" else "* ") + text)
            elif block.kind == "number":
                counter += 1
                out.append(f"{counter}.  " + text if flavour == "pandoc" else f"{counter}. " + text)
            elif text.strip():
                if out and out[-1] and (out[-1].lstrip().startswith(("-   ", "* ")) or re.match(r"\d+\.", out[-1])):
                    out.append("")
                counter = 0
                out += [text, ""]
        elif isinstance(block, Table):
            if out and out[-1]:
                out.append("")
            out += _md_table(block, flavour) + [""]
        elif isinstance(block, PageBreak):
            continue
    text = "\n".join(out).rstrip() + "\n"
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.encode("utf-8")


# --- PDF printed from Word ------------------------------------------------------------------------

def _wrap(text: str, width: int) -> list[str]:
    words, lines, line = text.split(" "), [], ""
    for word in words:
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    lines.append(line)
    return lines


def _esc(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


class _Printer:
    """Lays blocks out on A4 pages as (x, y, size, text) items."""

    def __init__(self, doc: Doc, chars: int = 92, tj_words: bool = False):
        self.doc, self.chars, self.tj_words = doc, chars, tj_words
        self.pages: list[list] = [[]]
        self.y = 770
        self.top, self.bottom, self.lead = 770, 70, 12.5

    def need(self, n: int = 1):
        if self.y - n * self.lead < self.bottom:
            self.pages.append([])
            self.y = self.top

    def line(self, x: float, text: str, size: float = 10):
        self.need()
        self.pages[-1].append((x, self.y, size, text))
        self.y -= self.lead

    def para(self, para: Para, x: float = 72, width: int | None = None, counters=None):
        width = width or self.chars
        text = para.text.replace("\t", "    ")
        if para.heading:
            self.y -= 4
            self.need(2)
            for piece in _wrap(text, width - 10):
                self.line(x, piece, 11)
            self.y -= 2
            return
        prefix = ""
        if para.kind == "bullet":
            prefix = "\u2022" if not para.level else "o"
        elif para.kind == "number" and counters is not None:
            counters["n"] = counters.get("n", 0) + 1
            prefix = f"{counters['n']}."
        elif counters is not None:
            counters.clear()
        if prefix:
            indent = x + 18 + 18 * para.level
            pieces = _wrap(text, width - 6)
            self.need()
            self.pages[-1].append((indent - 14, self.y, 10, prefix))
            for piece in pieces:
                self.line(indent, piece)
        elif not text.strip():
            self.y -= self.lead * 0.6
        else:
            for piece in _wrap(text, width):
                self.line(x, piece)
        self.y -= 3

    def table(self, table: Table, x0: float = 72, total: float = 451):
        ncols = max(sum(c.span for c in r) for r in table.rows)
        widths = table.widths or [6.5 / ncols] * ncols
        scale = total / sum(widths[:ncols])
        xs, acc = [], x0
        for w in widths[:ncols]:
            xs.append(acc)
            acc += w * scale
        xs.append(acc)
        for r in table.rows:
            col, cols = 0, []
            for c in r:
                left, right = xs[col] + 3, xs[col + c.span] - 3
                chars = max(8, int((right - left) / 5.0))
                lines = []
                for block in c.blocks:
                    if isinstance(block, Para):
                        t = block.text.replace("\t", " ")
                        lines += _wrap(t, chars) if t.strip() else []
                    elif isinstance(block, Table):
                        for sub in block.rows:
                            lines += _wrap("  ".join(" ".join(p.text for p in sc.blocks if isinstance(p, Para))
                                                     for sc in sub), chars)
                cols.append((left, lines))
                col += c.span
            height = max(1, max(len(lines) for _, lines in cols))
            self.need(min(height, 20))
            y0 = self.y
            for left, lines in cols:
                y = y0
                for piece in lines:
                    if y < self.bottom:
                        break
                    self.pages[-1].append((left, y, 9.5, piece))
                    y -= self.lead
            self.y = y0 - height * self.lead - 4

    def run(self) -> list[list]:
        counters: dict = {}
        for block in self.doc.body:
            if isinstance(block, Para):
                self.para(block, counters=counters)
            elif isinstance(block, Table):
                counters.clear()
                self.y -= 2
                self.table(block)
                self.y -= 4
            elif isinstance(block, PageBreak):
                self.pages.append([])
                self.y = self.top
        return self.pages

    def stream(self, items, page: int, pages: int) -> bytes:
        out = ["BT"]

        def put(x, y, size, text):
            out.append(f"/F1 {size:g} Tf 1 0 0 1 {x:.2f} {y:.2f} Tm")
            if self.tj_words and " " in text:
                pieces = text.split(" ")
                arr = " ".join(f"({_esc(p + (' ' if n < len(pieces) - 1 else ''))})" + (" -12" if n % 3 == 1 else "")
                               for n, p in enumerate(pieces))
                out.append(f"[{arr}] TJ")
            else:
                out.append(f"({_esc(text)}) Tj")

        y = 805
        for block in self.doc.header:
            for text in _block_texts(block):
                put(72, y, 8, text)
                y -= 10
        for x, y, size, text in items:
            put(x, y, size, text)
        y = 40
        for block in self.doc.footer:
            for text in _block_texts(block):
                text = text.replace("{page}", str(page)).replace("{pages}", str(pages))
                put(72, y, 8, text)
                y -= 10
        out.append("ET")
        return "\n".join(out).encode("cp1252")


def _block_texts(block) -> list[str]:
    if isinstance(block, Para):
        return [block.text.replace("\t", "     ")] if block.text.strip() else []
    if isinstance(block, Table):
        return ["     ".join(" ".join(p.text for p in c.blocks if isinstance(p, Para)) for c in r) for r in block.rows]
    return []


def to_pdf(doc: Doc, chars: int = 92, tj_words: bool = False) -> bytes:
    printer = _Printer(doc, chars=chars, tj_words=tj_words)
    pages = printer.run()
    streams = [printer.stream(items, n + 1, len(pages)) for n, items in enumerate(pages)]
    data = pdf_bytes(streams)
    year = doc.modified.year
    word = "Word 2010" if year < 2013 else "Word 2016" if year < 2019 else "Word for Microsoft 365"
    info = f"<< /Producer (Microsoft\\256 {word}) /Creator (Microsoft\\256 {word}) /Author ({_esc(doc.author)}) /CreationDate (D:{doc.modified:%Y%m%d%H%M%S}-05'00') >>"
    return _add_info(data, info.encode("cp1252"))


def _add_info(data: bytes, info: bytes) -> bytes:
    """Append an Info dictionary as an incremental update (what a printer driver writes)."""
    m = re.search(rb"/Size (\d+)", data)
    size = int(m.group(1))
    start = re.search(rb"startxref\n(\d+)", data)
    prev = int(start.group(1))
    body = b"%d 0 obj\n%b\nendobj\n" % (size, info)
    offset = len(data)
    xref = offset + len(body)
    tail = b"xref\n0 1\n0000000000 65535 f \n%d 1\n%010d 00000 n \n" % (size, offset)
    tail += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R /Prev %d >>\nstartxref\n%d\n%%%%EOF\n" % (size + 1, size, prev, xref)
    return data + body + tail
