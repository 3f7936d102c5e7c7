"""Work descriptions as the files users have: Word documents and PDFs with a text layer, made
from the Markdown of a test document, so import tests need no binary fixtures."""
from __future__ import annotations

import io
import re
import zlib


def docx_bytes(markdown: str) -> bytes:
    """A .docx laid out as GC forms are: headings, the ``**Label:** value`` fields in a two-column
    table, a Markdown table (``| Title | Group and Level | FTEs |``) a Word table, other lines as
    paragraphs."""
    import docx

    document = docx.Document()
    table = None
    for line in markdown.splitlines():
        if line.lstrip().startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if all(re.fullmatch(r":?-+:?", c) for c in cells):
                continue
            table = table if table is not None and len(table.columns) == len(cells) else \
                document.add_table(rows=0, cols=len(cells))
            for cell, text in zip(table.add_row().cells, cells):
                cell.text = text
            continue
        field = re.match(r"^\s*\*\s+\*\*(.+?):\*\*\s*(.*)$", line)
        if field:
            table = table or document.add_table(rows=0, cols=2)
            row = table.add_row().cells
            row[0].text, row[1].text = field[1], field[2]
            continue
        table = None
        heading = re.match(r"^(#+)\s+(.*)$", line)
        if heading:
            document.add_heading(heading[2], min(len(heading[1]), 3))
        elif line.strip():
            document.add_paragraph(line.strip())
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def plain_text(markdown: str) -> str:
    """The text a PDF of the document shows: headings in capitals, ``Label: value`` fields."""
    lines = []
    for line in markdown.splitlines():
        heading = re.match(r"^#+\s+(.*)$", line)
        lines.append(heading[1].upper() if heading else re.sub(r"^\s*\*\s+\*\*(.+?)\*\*", r"\1", line))
    return "\n".join(lines)


def pdf_bytes(pages: list[str | bytes]) -> bytes:
    """A PDF whose pages carry ``pages`` as their text layer (Helvetica, WinAnsiEncoding, so
    cp1252's characters); an empty string is a page without text, as a scanned page is. A page
    given as bytes is a raw content stream, stored compressed (FlateDecode)."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    kids = []
    for text in pages:
        if isinstance(text, bytes):
            stream, extra = zlib.compress(text), b" /Filter /FlateDecode"
        else:
            shown = "".join(f"({_escaped(line)}) Tj T* " for line in text.splitlines())
            stream, extra = f"BT /F1 9 Tf 11 TL 40 800 Td {shown}ET".encode("cp1252"), b""
        objects.append(b"<< /Length %d%b >>\nstream\n%b\nendstream" % (len(stream), extra, stream))
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
                       b"/Contents %d 0 R >>" % len(objects))
        kids.append(len(objects))
    objects[1] = b"<< /Type /Pages /Kids [%b] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    out = bytearray(b"%PDF-1.4\n")
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
