#!/usr/bin/env python3
"""The tenth, blind corpus for ``hrkit import``: work descriptions the way paper scans reach us.

    python bench/import/blind9/make_blind.py     writes corpus/ and expected/ again

Each work description is written once as its paper form reads (``paper/<key>.txt``), and the values
a careful reader takes from that paper are written in ``positions_blind.py``. This script prints the
paper as the file we were given: an OCR text file (its lines kept, or each page run into one line),
a PDF whose text layer came from OCR, or a Word file. OCR damage (words run together or split,
letters misread, accents lost, hyphens at line ends, page headers and footers inside sections,
columns read across) is drawn from a generator seeded by the document's name, so every run writes
the same bytes. Damage to the values themselves (``EX-O2``, ``$I.2 M``) is written in the paper by
hand, so that a reader can still tell what they are.

Paper markup, one line each: ``# `` a heading; ``- `` a bullet; ``| a | b |`` a table row; ``<<<``
left column, ``|||``, right column, ``>>>`` two columns side by side; ``^^^`` a new page; ``~ `` a
stamp or handwriting (left out of Word files). Any other line is a paragraph, wrapped when long.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import importlib.util
import io
import random
import re
import sys
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(HERE))

from positions_blind import DOCUMENTS, Document, Ocr  # noqa: E402  (the data lives next to this script)

FIELDS = ("title", "classification", "job_code", "position_number", "effective_date", "supervisor.position_number",
          "supervisor.title", "supervisor.classification", "salary", "o_and_m", "total", "location")


def _pdf_bytes():
    """The test suite's PDF writer (a text layer per page), loaded from its file: tests/ is no package."""
    spec = importlib.util.spec_from_file_location("import_files", ROOT / "tests" / "import_files.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.pdf_bytes


# --- the paper ----------------------------------------------------------------------------------

@dataclass
class Block:
    kind: str  # heading, line, bullet, table, columns, page, blank, junk
    text: str = ""
    rows: list[list[str]] = field(default_factory=list)
    left: list[Block] = field(default_factory=list)
    right: list[Block] = field(default_factory=list)


def parse(paper: str) -> list[Block]:
    """The paper's markup as blocks."""
    blocks: list[Block] = []
    lines = paper.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i].rstrip()
        if line == "<<<":
            end = lines.index(">>>", i)
            middle = lines.index("|||", i)
            blocks.append(Block("columns", left=parse("\n".join(lines[i + 1:middle])),
                                right=parse("\n".join(lines[middle + 1:end]))))
            i = end + 1
            continue
        if line.startswith("|"):
            rows = []
            while i < len(lines) and lines[i].startswith("|"):
                rows.append([cell.strip() for cell in lines[i].strip().strip("|").split("|")])
                i += 1
            blocks.append(Block("table", rows=rows))
            continue
        if not line.strip():
            blocks.append(Block("blank"))
        elif line == "^^^":
            blocks.append(Block("page"))
        elif line.startswith("# "):
            blocks.append(Block("heading", line[2:]))
        elif line.startswith("- "):
            blocks.append(Block("bullet", line[2:]))
        elif line.startswith("~ "):
            blocks.append(Block("junk", line[2:]))
        else:
            blocks.append(Block("line", line))
        i += 1
    return blocks


# --- OCR damage ---------------------------------------------------------------------------------

SHORT = {"of", "and", "the", "to", "in", "for", "on", "with", "a", "by", "de", "et", "des", "la", "le", "les",
         "du", "en", "au", "aux", "à", "pour", "sur", "par", "l'", "d'"}
CONFUSIONS = [("rn", "m"), ("m", "rn"), ("cl", "d"), ("d", "cl"), ("li", "h"), ("h", "li"), ("ti", "ll"), ("ti", "k"),
              ("l", "1"), ("i", "l"), ("l", "I"), ("e", "c"), ("c", "e"), ("o", "a"), ("a", "o"), ("t", "l"),
              ("f", "t"), ("n", "ri"), ("u", "ii"), ("s", "a"), ("é", "6"), ("e", "é")]
UPPER_CONFUSIONS = [("O", "0"), ("I", "1"), ("S", "5"), ("B", "8"), ("E", "F"), ("N", "H"), ("T", "I")]
LOST = str.maketrans("éèêëàâçîïôûùÉÈÊÀÇÔ", "eeeeaaciiouuEEEACO")
MISREAD = {"é": ["e", "6", "è", "e'"], "è": ["e", "é"], "ê": ["e", "é"], "à": ["a", "á"], "ç": ["c", "q"],
           "ô": ["o", "6"], "É": ["E", "É"], "î": ["i", "1"], "û": ["u"], "â": ["a"]}
HOLD = "\ue000"


def wrap(text: str, width: int, rng: random.Random, hyphen: float) -> list[str]:
    """A paragraph in lines of ``width``, some long words broken across lines with a hyphen."""
    words, lines, current = text.split(), [], ""
    for word in words:
        if not current:
            current = word
        elif len(current) + 1 + len(word) <= width:
            current += " " + word
        else:
            room = width - len(current) - 2
            if (len(word) >= 8 and room >= 4 and word.isalpha() and rng.random() < hyphen):
                cut = min(room, len(word) - 3)
                lines.append(f"{current} {word[:cut]}-")
                current = word[cut:]
            else:
                lines.append(current)
                current = word
    if current:
        lines.append(current)
    return lines


def misread_word(word: str, ocr: Ocr, rng: random.Random) -> str:
    if HOLD in word or any(c.isdigit() for c in word) or len(word) < 4:
        return word
    if rng.random() < ocr.confuse:
        options = [(a, b) for a, b in (UPPER_CONFUSIONS if word.isupper() else CONFUSIONS) if a in word]
        if options:
            a, b = rng.choice(options)
            spots = [m.start() for m in re.finditer(re.escape(a), word)]
            at = rng.choice(spots)
            word = word[:at] + b + word[at + len(a):]
    if len(word) >= 7 and rng.random() < ocr.split:
        at = rng.randint(3, len(word) - 3)
        if word[at - 1].isalpha() and word[at].isalpha():
            word = word[:at] + " " + word[at:]
    if ocr.accents == "lose":
        word = "".join(c.translate(LOST) if rng.random() < ocr.accent_rate else c for c in word)
    elif ocr.accents == "misread":
        word = "".join(rng.choice(MISREAD[c]) if c in MISREAD and rng.random() < ocr.accent_rate else c
                       for c in word)
    return word


def damage(line: str, ocr: Ocr, rng: random.Random) -> str:
    """One printed line as the OCR read it."""
    parts = re.split(r"( +)", line)
    for k in range(0, len(parts), 2):
        parts[k] = misread_word(parts[k], ocr, rng)
    for k in range(1, len(parts) - 1, 2):
        before, after = parts[k - 1], parts[k + 1]
        if not before or not after or HOLD in before + after or not (before[-1].isalpha() and after[0].isalpha()):
            continue
        chance = ocr.join * (3 if before.lower() in SHORT or after.lower() in SHORT else 1)
        if rng.random() < chance:
            parts[k] = ""
    return "".join(parts)


# --- printing a paper as OCR text --------------------------------------------------------------

PAGE = "\f"


def printed(blocks: list[Block], ocr: Ocr, width: int, rng: random.Random) -> list[str]:
    """The lines of the paper as printed, PAGE where a new page starts."""
    out: list[str] = []
    for block in blocks:
        if block.kind == "blank":
            out.append("")
        elif block.kind == "page":
            out.append(PAGE)
        elif block.kind in ("heading", "junk"):
            out.append(block.text)
        elif block.kind == "bullet":
            lines = wrap(block.text, width - 2, rng, ocr.hyphen)
            out += [f"{ocr.bullet} {lines[0]}"] + lines[1:]
        elif block.kind == "line":
            out += wrap(block.text, width, rng, ocr.hyphen) if len(block.text) > width else [block.text]
        elif block.kind == "table":
            for row in block.rows:
                cells = [c for c in row if c]
                if ocr.table == "cells":
                    out += cells
                else:
                    out += wrap((" | " if ocr.table == "pipes" else " ").join(cells), width, rng, ocr.hyphen)
        elif block.kind == "columns":
            half = (width - len(ocr.gap)) // 2
            left = [x for x in printed(block.left, ocr, half, rng) if x != PAGE]
            right = [x for x in printed(block.right, ocr, half, rng) if x != PAGE]
            for k in range(max(len(left), len(right))):
                a = left[k] if k < len(left) else ""
                b = right[k] if k < len(right) else ""
                if ocr.columns == "joined":
                    out.append((a.ljust(half) + ocr.gap + b).rstrip() if a or b else "")
                else:
                    out += [x for x in (a, b) if x] or [""]
    return out


def pages_of(lines: list[str], ocr: Ocr) -> list[list[str]]:
    """The printed lines cut into pages, with each page's header and footer."""
    pages, current = [], []
    for line in lines:
        if line == PAGE or len(current) >= ocr.page_lines:
            pages.append(current)
            current = []
        if line != PAGE:
            current.append(line)
    pages.append(current)
    pages = [p for p in pages if any(x.strip() for x in p)]
    total = len(pages)
    dressed = []
    for n, page in enumerate(pages, 1):
        head = [h.format(n=n, total=total) for h in ocr.header] if n > 1 else []
        foot = [f.format(n=n, total=total) for f in ocr.footer]
        dressed.append(head + page + foot)
    return dressed


def held(text: str, keep: list[str]) -> tuple[str, list[str]]:
    """Names and other spans the OCR must leave whole, swapped for placeholders without spaces."""
    spans = []
    for span in sorted(keep, key=len, reverse=True):
        while span in text:
            text = text.replace(span, f"{HOLD}{len(spans)}{HOLD}", 1)
            spans.append(span)
    return text, spans


def restored(text: str, spans: list[str]) -> str:
    return re.sub(f"{HOLD}([0-9]+){HOLD}", lambda m: spans[int(m.group(1))], text)


def ocr_pages(doc: Document, paper: str) -> list[str]:
    """The document's pages as the OCR read them."""
    ocr, rng = doc.ocr, random.Random(int(hashlib.sha256(doc.name.encode()).hexdigest()[:16], 16))
    paper, spans = held(paper, doc.people)
    pages = pages_of(printed(parse(paper), ocr, ocr.width, rng), ocr)
    read = []
    for page in pages:
        lines = [damage(line, ocr, rng) if line.strip() else "" for line in page]
        if ocr.mode == "flat":
            text = " ".join(" ".join(x.split()) for x in lines if x.strip())
        else:
            text = re.sub(r"\n{3,}", "\n\n", "\n".join(x.rstrip() for x in lines)).strip("\n")
        read.append(restored(text, spans))
    if ocr.accents == "mojibake":
        read = [page.encode("utf-8").decode("cp1252", errors="replace") for page in read]
    return read


def ocr_text(doc: Document, paper: str) -> bytes:
    pages = ocr_pages(doc, paper)
    body = "\n".join(pages) if doc.ocr.mode == "flat" else "\n\n".join(pages)
    if doc.ocr.banner:
        body = "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + body
    return (body + "\n").encode("utf-8")


def ocr_pdf(doc: Document, paper: str) -> bytes:
    pages = ocr_pages(doc, paper)
    for n in doc.ocr.blank_pages:
        pages.insert(n, "")
    return _pdf_bytes()(pages)


# --- Word files ---------------------------------------------------------------------------------

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' \
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def _run(text: str, bold: bool = False) -> str:
    props = "<w:rPr><w:b/></w:rPr>" if bold else ""
    runs = '</w:t><w:tab/><w:t xml:space="preserve">'.join(escape(part) for part in text.split("\t"))
    return f'<w:r>{props}<w:t xml:space="preserve">{runs}</w:t></w:r>'


def _para(text: str = "", bold: bool = False, style: str = "") -> str:
    props = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{props}{_run(text, bold) if text else ''}</w:p>"


def _cell(blocks_xml: str, width: int) -> str:
    return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>{blocks_xml or "<w:p/>"}</w:tc>'


def _table(rows: list[list[str]], borders: bool = True) -> str:
    cols = max(len(r) for r in rows)
    width = 9000 // cols
    edge = '<w:tblBorders>' + "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                                      for s in ("top", "left", "bottom", "right", "insideH", "insideV")) + \
           '</w:tblBorders>' if borders else ""
    body = "".join("<w:tr>" + "".join(_cell(_para(c), width) for c in row + [""] * (cols - len(row))) + "</w:tr>"
                   for row in rows)
    grid = "".join(f'<w:gridCol w:w="{width}"/>' for _ in range(cols))
    return f'<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/>{edge}</w:tblPr><w:tblGrid>{grid}</w:tblGrid>{body}</w:tbl>'


def _body(blocks: list[Block], headings: str) -> str:
    out = []
    for block in blocks:
        if block.kind == "heading":
            out.append(_para(block.text, style="Heading1") if headings == "styles" else _para(block.text, bold=True))
        elif block.kind == "line":
            out.append(_para(block.text))
        elif block.kind == "bullet":
            out.append(_para("•\t" + block.text))
        elif block.kind == "blank":
            out.append(_para())
        elif block.kind == "page":
            out.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
        elif block.kind == "table":
            out.append(_table(block.rows))
        elif block.kind == "columns":
            grid = '<w:tblGrid><w:gridCol w:w="4500"/><w:gridCol w:w="4500"/></w:tblGrid>'
            out.append(f'<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/></w:tblPr>{grid}<w:tr>'
                       f'{_cell(_body(block.left, headings), 4500)}{_cell(_body(block.right, headings), 4500)}'
                       f'</w:tr></w:tbl>')
    return "".join(out)


STYLES = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles {W}>'
          '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
          '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
          '<w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style></w:styles>')


def word_file(paper: str | None, header: tuple[str, ...] = (), footer: tuple[str, ...] = (),
              headings: str = "bold") -> bytes:
    """A .docx of the paper (``None``: a document with nothing in it), its page header and footer
    as Word keeps them, in their own parts."""
    body = _body([b for b in parse(paper) if b.kind != "junk"], headings) if paper is not None else "<w:p/>"
    parts = {"word/styles.xml": STYLES}
    rels = ['<Relationship Id="rStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'styles" Target="styles.xml"/>']
    refs = ""
    for kind, lines in (("header", header), ("footer", footer)):
        if lines:
            tag = "hdr" if kind == "header" else "ftr"
            parts[f"word/{kind}1.xml"] = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:{tag} {W}>'
                                          + "".join(_para(x) for x in lines) + f"</w:{tag}>")
            rels.append(f'<Relationship Id="r{kind}" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                        f'relationships/{kind}" Target="{kind}1.xml"/>')
            refs += f'<w:{kind}Reference w:type="default" r:id="r{kind}"/>'
    parts["word/document.xml"] = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>'
                                  f'{body}<w:sectPr>{refs}<w:pgSz w:w="12240" w:h="15840"/></w:sectPr>'
                                  f'</w:body></w:document>')
    parts["word/_rels/document.xml.rels"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.'
        'org/package/2006/relationships">' + "".join(rels) + "</Relationships>")
    overrides = "".join(
        f'<Override PartName="/word/{k}1.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        f'wordprocessingml.{k}+xml"/>' for k in ("header", "footer") if f"word/{k}1.xml" in parts)
    parts["[Content_Types].xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/'
        'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/'
        'document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"'
        '/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        f'wordprocessingml.styles+xml"/>{overrides}</Types>')
    parts["_rels/.rels"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.'
        'org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
        'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    order = ["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels",
             "word/styles.xml", "word/header1.xml", "word/footer1.xml"]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name in (n for n in order if n in parts):
            info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, parts[name].encode("utf-8"))
    return out.getvalue()


# --- ground truth -------------------------------------------------------------------------------

def expected(doc: Document) -> dict:
    """The document's ``*.expected.yaml``, in the schema of bench/import/expected/."""
    truth = {"document": doc.name, "kind": Path(doc.name).suffix.lstrip(".").replace("txt", "text"),
             "language": doc.language, "outcome": doc.outcome}
    if doc.outcome != "import":
        truth["reason"] = doc.reason
        truth["people"] = doc.people
        return truth
    sup_number, sup_title, sup_class = doc.supervisor
    truth["fields"] = {
        "title": doc.title, "classification": doc.classification, "job_code": doc.job_code,
        "position_number": doc.position_number,
        "effective_date": dt.date.fromisoformat(doc.effective_date) if doc.effective_date else None,
        "supervisor": {"position_number": sup_number, "title": sup_title, "classification": sup_class},
        "direct_reports": [{"title": t, "classification": c, "fte": f} for t, c, f in doc.reports],
        "salary": doc.salary, "o_and_m": doc.o_and_m, "total": doc.total, "location": doc.location}
    values = dict(truth["fields"], **{f"supervisor.{k}": v for k, v in truth["fields"]["supervisor"].items()})
    truth["not_stated"] = [name for name in FIELDS if values[name] is None]
    truth["also"] = {"fte": doc.fte, "operating_budget": doc.operating_budget, "program_budget": doc.program_budget,
                     "provisional_number": doc.provisional_number}
    truth["people"] = doc.people
    truth["versions"] = doc.versions
    return truth


def build(doc: Document) -> bytes:
    paper = (HERE / "paper" / f"{doc.key}.txt").read_text(encoding="utf-8") if doc.key else None
    suffix = Path(doc.name).suffix
    if suffix == ".docx":
        return word_file(paper, doc.ocr.header, doc.ocr.footer, doc.headings)
    if suffix == ".pdf":
        return ocr_pdf(doc, paper)
    return ocr_text(doc, paper)


def main() -> int:
    corpus, truth_dir = HERE / "corpus", HERE / "expected"
    for folder in (corpus, truth_dir):
        folder.mkdir(exist_ok=True)
        for old in folder.iterdir():
            old.unlink()
    for doc in DOCUMENTS:
        (corpus / doc.name).write_bytes(build(doc))
        text = yaml.safe_dump(expected(doc), sort_keys=False, allow_unicode=True, width=110)
        (truth_dir / f"{doc.name}.expected.yaml").write_text(text, encoding="utf-8")
    print(f"{len(DOCUMENTS)} documents written to {corpus.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
