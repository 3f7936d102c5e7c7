"""How the twelfth blind corpus prints a document: a document is a list of blocks, rendered as the
conversion tool's Markdown, as the plain text of a form (a PDF's text layer), as a Word file, or as
an OCR reading of a scan (two columns run together, codes and words misread, pages footed).

Blocks: ("title", text), ("head", text, level), ("fields", [(label, value)]), ("grid", [[(label,
value), ...], ...]), ("para", text), ("bullets", [text or (lead, rest)]), ("numbered", [text]),
("table", header, rows), ("columns", left_blocks, right_blocks), ("lines", [text]),
("sig", [(role, name, date)]), ("page",).
"""
from __future__ import annotations

import io
import random
import re
import textwrap
import zipfile
import zlib

# --- the conversion tool's Markdown ------------------------------------------------------------------


def markdown(blocks: list) -> str:
    """The Markdown the conversion tool writes: ``*   **Label:** value`` fields, ``1.  `` items."""
    out: list[str] = []
    for block in blocks:
        kind = block[0]
        if kind == "title":
            out.append(f"# {block[1]}")
        elif kind == "head":
            out.append("#" * block[2] + " " + block[1])
        elif kind in ("fields", "grid"):
            pairs = block[1] if kind == "fields" else [pair for row in block[1] for pair in row]
            out.append("\n".join(f"*   **{label}:** {value}".rstrip() for label, value in pairs))
        elif kind == "para":
            out.append(block[1])
        elif kind == "bullets":
            out.append("\n".join(("*   **{}:** {}".format(*item) if item[1] else f"*   {item[0]}")
                                 if isinstance(item, tuple) else f"*   {item}" for item in block[1]))
        elif kind == "numbered":
            out.append("\n".join(f"{n}.  {item}" for n, item in enumerate(block[1], 1)))
        elif kind == "table":
            header, rows = block[1], block[2]
            lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
            lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
            out.append("\n".join(lines))
        elif kind == "columns":
            out.append(markdown(block[1] + block[2]))
        elif kind == "lines":
            out.append("\n".join(f"*   {line}" for line in block[1]))
        elif kind == "sig":
            out.append("\n".join(f"**{part}**" for role, name, date in block[1] for part in (name, role) if part))
    return "\n\n".join(part for part in out if part) + "\n"


# --- the plain text of a form ---------------------------------------------------------------------------


def plain_pages(blocks: list, *, heads_colon: bool = False, interleave: int = 0, rng: random.Random | None = None,
                bullet: str = "•") -> list[list[str]]:
    """The lines of each page as a form prints them. ``interleave``: the width of a column when the
    two columns of a ``columns`` block are read across, line by line, as OCR reads them."""
    pages: list[list[str]] = [[]]
    for block in blocks:
        if block[0] == "page":
            pages.append([])
        elif block[0] == "columns" and interleave:
            left = _wrapped(plain_pages(block[1], heads_colon=heads_colon, bullet=bullet)[0], interleave)
            right = _wrapped(plain_pages(block[2], heads_colon=heads_colon, bullet=bullet)[0], interleave)
            for n in range(max(len(left), len(right))):
                pair = [side[n] for side in (left, right) if n < len(side)]
                joint = " | " if rng is not None and rng.random() < 0.15 else " "
                pages[-1].append(joint.join(pair))
        elif block[0] == "columns":
            pages[-1] += plain_pages(block[1] + block[2], heads_colon=heads_colon, bullet=bullet)[0]
        else:
            pages[-1] += _plain_block(block, heads_colon, bullet)
    return pages


def _plain_block(block: tuple, heads_colon: bool, bullet: str) -> list[str]:
    kind = block[0]
    if kind == "title":
        return [block[1].upper()]
    if kind == "head":
        text = block[1].upper() if block[2] <= 2 else block[1]
        return [text + (":" if heads_colon and block[2] <= 2 and not text.endswith(":") else "")]
    if kind == "fields":
        return [f"{label}: {value}".rstrip() for label, value in block[1]]
    if kind == "grid":
        return ["    ".join(f"{label}: {value}".rstrip() for label, value in row) for row in block[1]]
    if kind == "para":
        return [block[1]]
    if kind == "bullets":
        return [(f"{bullet} {item[0]}: {item[1]}" if item[1] else f"{bullet} {item[0]}") if isinstance(item, tuple)
                else f"{bullet} {item}" for item in block[1]]
    if kind == "numbered":
        return [f"{n}. {item}" for n, item in enumerate(block[1], 1)]
    if kind == "table":
        return ["    ".join(str(cell) for cell in row) for row in [block[1]] + list(block[2])]
    if kind == "lines":
        return list(block[1])
    if kind == "sig":
        lines = []
        for role, name, date in block[1]:
            lines.append(f"{name}" if name else "")
            lines.append(f"{role}    Signature: ______________    Date: {date or '____________'}")
        return [line for line in lines if line]
    raise ValueError(kind)


def _wrapped(lines: list[str], width: int) -> list[str]:
    out: list[str] = []
    for line in lines:
        out += textwrap.wrap(line, width) or [""]
    return out


# --- OCR damage -----------------------------------------------------------------------------------------

LEVELS = {  # word misreads, class 0->O, 1->I in numbers, 0->O in numbers, 5->S, apostrophe lost
    "heavy": (0.055, 0.95, 0.75, 0.6, 0.6, 0.7),
    "medium": (0.025, 0.85, 0.6, 0.45, 0.1, 0.6),
    "light": (0.008, 0.7, 0.45, 0.3, 0.0, 0.4),
}
MISREADS = [("rn", "m"), ("m", "rn"), ("ti", "k"), ("ti", "ll"), ("li", "k"), ("l", "t"), ("t", "l"), ("i", "l"),
            ("i", "t"), ("o", "a"), ("e", "c"), ("a", "e"), ("d", "k"), ("h", "b"), ("c", "e"), ("n", "ri"),
            ("u", "v"), ("g", "9"), ("I", "l"), ("D", "O"), ("l", "J"), ("cl", "d"), ("i", "#"), ("e", "a"),
            ("f", "t"), ("s", "5"), ("r", "t"), ("ll", "11")]
FRENCH = [("é", "e", 0.18), ("é", "6", 0.04), ("è", "e", 0.3), ("ê", "e", 0.3), ("à", "a", 0.3), ("ç", "c", 0.3),
          ("É", "E", 0.5), ("î", "i", 0.3), ("ô", "o", 0.3)]
CODE = re.compile(r"\b([A-Z]{2}(?:-[A-Z]{3})?)-(\d{2})\b")
NUMBER = re.compile(r"(?<![\w.,-])(?:\d[\d,.]*\d|\d)(?=[KMk]\b|[^\w-]|$)")
WORD = re.compile(r"[A-Za-zÀ-ÿ]{4,}")


class Scanner:
    """Reads a printed page back as OCR does, the same way for the same seed."""

    def __init__(self, seed: str, level: str, french: bool = False, protect: tuple = ()):
        self.rng = random.Random(seed)
        self.word, self.code_o, self.num_i, self.num_o, self.num_s, self.apostrophe = LEVELS[level]
        self.french = french
        self.protect = re.compile("|".join(re.escape(p) for p in sorted(protect, key=len, reverse=True))) \
            if protect else None
        self.bullet = self.rng.choice(["e", ">", "-", "«", "°"])

    def line(self, text: str) -> str:
        if not self.protect:
            return self._damage(text)
        out, last = [], 0
        for match in self.protect.finditer(text):
            out += [self._damage(text[last:match.start()]), match.group(0)]
            last = match.end()
        return "".join(out + [self._damage(text[last:])])

    def _damage(self, text: str) -> str:
        rng = self.rng
        text = CODE.sub(lambda m: m.group(1) + "-" + (m.group(2).replace("0", "O") if rng.random() < self.code_o
                                                        else m.group(2)), text)
        text = NUMBER.sub(self._number, text)
        text = WORD.sub(lambda m: self._word(m.group(0)) if rng.random() < self.word else m.group(0), text)
        if rng.random() < self.apostrophe:
            text = re.sub(r"(?<=[A-Za-z])['’](?=s\b)", " ", text)
        if self.french:
            for accented, plain, rate in FRENCH:
                text = re.sub(accented, lambda m, p=plain, r=rate: p if rng.random() < r else m.group(0), text)
        return text

    def _number(self, match: re.Match) -> str:
        digits, rng = match.group(0), self.rng
        if rng.random() < self.num_i:
            digits = digits.replace("1", "I")
        if rng.random() < self.num_o:
            digits = digits.replace("0", "O")
        if match.string[match.start() - 1:match.start()] == "$" and rng.random() < self.num_s:
            digits = digits.replace("5", "S")  # $SOOK: only amounts, where a reader still knows a digit
        return digits

    def _word(self, word: str) -> str:
        options = [(a, b) for a, b in MISREADS if a in word]
        if not options:
            return word
        a, b = self.rng.choice(options)
        spots = [m.start() for m in re.finditer(re.escape(a), word)]
        at = self.rng.choice(spots)
        return word[:at] + b + word[at + len(a):]

    def scribble(self) -> str:
        """A handwritten signature or date as OCR reads it."""
        marks = "[]|!;:*~()iIlCcOoaeEgT"
        return " ".join("".join(self.rng.choice(marks) for _ in range(self.rng.randint(2, 7)))
                        for _ in range(self.rng.randint(2, 5)))


def ocr_text(blocks: list, scanner: Scanner, *, footer: str = "", width: int = 46, heads_colon: bool = True) -> str:
    """The Full Extracted Text of a scan: each page read as one line, columns read across,
    signatures as scribbles, a footer and the page number where the page has them."""
    pages = plain_pages(blocks, heads_colon=heads_colon, interleave=width, rng=scanner.rng, bullet="•")
    out = []
    for number, lines in enumerate(pages, 1):
        read = []
        for line in lines:
            line = line.replace("•", scanner.bullet)
            line = re.sub(r"_{4,}", lambda m: scanner.scribble(), line)
            read.append(scanner.line(line))
        text = " ".join(part for part in read if part)
        if footer:
            text += " " + footer
        if number > 1:
            text = (scanner.line(str(number)) if scanner.rng.random() < 0.8 else "a" + str(number)) + " " + text
        out.append(text)
    return "\n".join(out) + "\n"


# --- Word files -----------------------------------------------------------------------------------------

FIXED_TIME = (2024, 1, 15, 9, 30, 0)


def docx_bytes(blocks: list, *, heads: str = "bold", fields: str = "table", header: str = "") -> bytes:
    """A .docx of the form: fields in a two-column table (or ``Label: value`` paragraphs), the
    grid in a four-column table, headings as Word headings or bold paragraphs, the same bytes
    every time (fixed dates in the package and its zip entries)."""
    import datetime as dt

    import docx
    from docx.shared import Pt

    document = docx.Document()
    properties = document.core_properties
    properties.author = properties.last_modified_by = ""
    properties.created = properties.modified = dt.datetime(2024, 1, 15, 9, 30)
    properties.revision = 1
    if header:
        document.sections[0].header.paragraphs[0].text = header
    for block in blocks:
        _docx_block(document, block, heads, fields, Pt)
    out = io.BytesIO()
    document.save(out)
    return _fixed_zip(out.getvalue())


def _docx_block(document, block: tuple, heads: str, fields: str, Pt) -> None:
    kind = block[0]
    if kind == "title":
        paragraph = document.add_paragraph()
        run = paragraph.add_run(block[1])
        run.bold, run.font.size = True, Pt(14)
        paragraph.alignment = 1
    elif kind == "head":
        if heads == "styles":
            document.add_heading(block[1], min(block[2], 3))
        else:
            document.add_paragraph().add_run(block[1].upper() if block[2] <= 2 else block[1]).bold = True
    elif kind == "fields" and fields == "paragraphs":
        for label, value in block[1]:
            paragraph = document.add_paragraph()
            paragraph.add_run(f"{label}: ").bold = True
            paragraph.add_run(value)
    elif kind == "fields":
        table = document.add_table(rows=0, cols=2)
        table.style = "Table Grid"
        for label, value in block[1]:
            cells = table.add_row().cells
            cells[0].text, cells[1].text = label, value
    elif kind == "grid":
        table = document.add_table(rows=0, cols=4)
        table.style = "Table Grid"
        for row in block[1]:
            cells = table.add_row().cells
            if len(row) == 1:
                cells[1].merge(cells[3])
            for n, (label, value) in enumerate(row):
                cells[2 * n].text, cells[2 * n + 1].text = label, value
    elif kind == "para":
        document.add_paragraph(block[1])
    elif kind == "bullets":
        for item in block[1]:
            paragraph = document.add_paragraph(style="List Bullet")
            if isinstance(item, tuple) and item[1]:
                paragraph.add_run(item[0] + ": ").bold = True
                paragraph.add_run(item[1])
            elif isinstance(item, tuple):
                paragraph.add_run(item[0])
            else:
                paragraph.add_run(item)
    elif kind == "numbered":
        for item in block[1]:
            document.add_paragraph(item, style="List Number")
    elif kind == "table":
        table = document.add_table(rows=1, cols=len(block[1]))
        table.style = "Table Grid"
        for cell, text in zip(table.rows[0].cells, block[1]):
            cell.text = ""
            cell.paragraphs[0].add_run(text).bold = True
        for row in block[2]:
            for cell, text in zip(table.add_row().cells, row):
                cell.text = str(text)
    elif kind == "columns":
        table = document.add_table(rows=1, cols=2)
        for cell, side in zip(table.rows[0].cells, (block[1], block[2])):
            first = True
            for text in _cell_lines(side):
                if first:
                    cell.paragraphs[0].text, first = text, False
                else:
                    cell.add_paragraph(text)
    elif kind == "lines":
        for line in block[1]:
            document.add_paragraph(line)
    elif kind == "sig":
        table = document.add_table(rows=0, cols=3)
        table.style = "Table Grid"
        for role, name, date in block[1]:
            cells = table.add_row().cells
            cells[0].text = f"{name}\n{role}" if name else role
            cells[1].text = "Signature:"
            cells[2].text = f"Date: {date or ''}".rstrip()
    elif kind == "page":
        document.add_page_break()
    else:
        raise ValueError(kind)


def _cell_lines(blocks: list) -> list[str]:
    lines: list[str] = []
    for page in plain_pages(blocks):
        lines += page
    return lines


def _fixed_zip(data: bytes) -> bytes:
    """The package again, its entries dated FIXED_TIME, so the file is the same on every run."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, FIXED_TIME)
            entry.compress_type, entry.external_attr = zipfile.ZIP_DEFLATED, 0o600 << 16
            target.writestr(entry, source.read(info.filename))
    return out.getvalue()


# --- PDFs with a text layer -----------------------------------------------------------------------------


def pdf_bytes(pages: list[list[str]], *, header: str = "", footer: str = "", width: int = 96,
              page_length: int = 64, page_label: str = "Page {n} of {total}") -> bytes:
    """A PDF whose text layer carries the form's lines (Helvetica, WinAnsiEncoding), wrapped and
    paginated as a printed form is, with a header and ``footer — Page n of m`` on every page."""
    printed: list[list[str]] = []
    for lines in pages:
        wrapped = _wrapped(lines, width)
        chunks = [wrapped[i:i + page_length] for i in range(0, len(wrapped), page_length)] or [[]]
        printed += chunks
    total = len(printed)
    streams = []
    for number, lines in enumerate(printed, 1):
        label = page_label.format(n=number, total=total)
        body = ([header, ""] if header else []) + lines + ["", f"{footer} — {label}" if footer else label]
        shown = "".join(f"({_escaped(line)}) Tj T* " for line in body)
        streams.append(f"BT /F1 9 Tf 11 TL 40 760 Td {shown}ET".encode("cp1252"))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    kids = []
    for stream in streams:
        packed = zlib.compress(stream, 9)
        objects.append(b"<< /Length %d /Filter /FlateDecode >>\nstream\n%b\nendstream" % (len(packed), packed))
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> "
                       b"/Contents %d 0 R >>" % len(objects))
        kids.append(len(objects))
    objects[1] = b"<< /Type /Pages /Kids [%b] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%b\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def _escaped(line: str) -> str:
    return line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
