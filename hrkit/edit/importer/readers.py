"""A document file's bytes to the text ``parse_text`` reads: plain text in whatever encoding it was
saved in, Word (.docx), RTF and PDF with a text layer. Anything else is refused with a reason a
user can act on (``Unreadable``); nothing here guesses at content.

Text files are UTF-8 (with or without a byte-order mark), UTF-16 or cp1252/latin-1. cp1252 is
a superset of latin-1's printable characters, so a file that is not UTF-8 is read as cp1252:
its curly quotes and dashes (0x91-0x97) become ’ “ ” – —, never the C1 controls U+0091-U+0097
that a latin-1 reading writes into records. A UTF-8 file already holding such mojibake (cp1252
text decoded as latin-1, or UTF-8 decoded as cp1252, then saved) is repaired the same way, and
the repairs are returned so the values they change can be marked for verification.
"""
from __future__ import annotations

import codecs
import email
import email.policy
import io
import logging
import re
import unicodedata
import warnings
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from hrkit.edit.importer import exports, formdata, markup

MAX_BYTES = 50 * 1024 * 1024
"""A work description is tens of kilobytes; a PDF of scanned pages a few megabytes."""
MAX_UNPACKED = 200 * 1024 * 1024
"""What a .docx (a zip archive) may unpack to: a few kilobytes of text compressing a gigabyte of
zeros is an attack, not a document."""
MIN_PDF_LETTERS = 40
"""Fewer letters than this in a whole PDF: page numbers or a stamp on scanned pages."""


class Unreadable(ValueError):
    """The file cannot be read as a document's text; the message says why."""


@dataclass
class Text:
    text: str
    form: str
    """How the file was read: ``UTF-8``, ``cp1252``, ``UTF-16``, ``Word (.docx)``, ``PDF``."""
    repaired: dict[str, str] = field(default_factory=dict)
    """Mis-encoded characters found and what they were repaired to (``\\x92`` → ``’``)."""
    attached: bool = False
    """Read from an e-mail's attachment, as its own file's reader reads it: nothing more to undo."""


def read_text(path: Path) -> Text:
    """The text of the document at ``path``; raises ``Unreadable``."""
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise Unreadable(f"not a {', '.join(READERS)} file")
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise Unreadable(f"too large ({size // 1024 // 1024} MB; documents are read up to "
                             f"{MAX_BYTES // 1024 // 1024} MB)")
        raw = path.read_bytes()
    except OSError as exc:
        raise Unreadable(f"cannot be read ({exc.strerror})") from None
    return read_bytes(raw, path.suffix.lower())


def read_bytes(raw: bytes, suffix: str) -> Text:
    """The text of a document's bytes, read as a file named ``*suffix`` is (a file's, an e-mail's attachment's)."""
    reader = READERS[suffix]
    if not raw.strip():
        raise Unreadable("empty file")
    text = _rtf(raw) if reader is _text and _is_rtf(raw) else reader(raw)  # an RTF file saved as .txt too
    if reader in (_text, _pdf) and not text.attached:  # a wiki page's source: its words; a spreadsheet's or an HR
        try:  # system's export (a PDF of a system's printout too): its fields
            html = reader is _text and markup.is_html(text.text)
            wiki = reader is _text and not html and markup.is_wiki(text.text)
            page = markup.html_text(text.text) if html else markup.plain(text.text) if wiki else text.text
            text.text = exports.plain(formdata.plain(page))
        except exports.Listing as listing:
            raise Unreadable(str(listing)) from None
    return text


# --- RTF -----------------------------------------------------------------------------------------

def _is_rtf(raw: bytes) -> bool:
    """RTF's header (``{\\rtf1``), or its body copied without it (lines ending in ``\\par``)."""
    return raw.lstrip().startswith(b"{\\rtf") or len(_PARAGRAPH_END.findall(raw, 0, 20_000)) >= _RTF_PARAGRAPHS


_PARAGRAPH_END = re.compile(rb"\\par\r?$", re.MULTILINE)
_RTF_PARAGRAPHS = 3


def _rtf(raw: bytes) -> Text:
    """An RTF document's text (by ``striprtf``), its table rows written as a Word table's are."""
    from striprtf.striprtf import rtf_to_text

    codepage = re.search(rb"\\ansicpg([0-9]{3,5})", raw[:2000])
    codec = f"cp{int(codepage[1])}" if codepage else "cp1252"
    try:
        text = rtf_to_text(raw.decode("ascii", errors="replace"), encoding=codec, errors="replace")
    except (LookupError, ValueError, IndexError):
        raise Unreadable("an RTF document whose text cannot be read") from None
    lines = []
    for line in text.split("\n"):
        cells = [cell.strip() for cell in line.split("|")[:-1]] if line.rstrip().endswith("|") else None
        lines += markup.table_lines(cells, wide=len(cells) > 2) if cells else [line]
    return _checked("\n".join(lines), "RTF")


# --- plain text ----------------------------------------------------------------------------------

_BOMS = ((codecs.BOM_UTF32_LE, "utf-32", "UTF-32"), (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
         (codecs.BOM_UTF8, "utf-8-sig", "UTF-8"), (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
         (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"))
"""Byte-order marks, longest first (UTF-32's little-endian mark starts with UTF-16's)."""
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_C1 = re.compile(r"[\x80-\x9f]")
_CONTINUATION = ("[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014"
                 "\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]")
_UTF8_AS_CP1252 = re.compile(f"[\u00c2\u00c3\u00c5]{_CONTINUATION}|\u00e2{_CONTINUATION}{{2}}")
"""UTF-8 read as cp1252: a lead byte Â Ã Å â (accents, no-break space, œ, ’ “ ” – — €) and its
continuation bytes (``Ã©`` for é, ``â€™`` for ’)."""


_BETWEEN = re.compile("[\u00c2\u00c3\u00c5\u00e2\u0080-\u00bf\u2030]")
"""What undoing mojibake made twice reads between its two steps (``Ã``, ``©``)."""
_MOJIBAKE_LEVELS = 3
"""Times, at most, a file's text was read as cp1252 and saved as UTF-8 again (each undone in turn)."""
_STRAY_NUL = 200
"""Text with fewer NUL bytes than one in this many is text with page breaks, not a binary file."""


def _text(raw: bytes) -> Text:
    if _MESSAGE.match(raw):
        return _message(raw)
    for bom, codec, form in _BOMS:
        if raw.startswith(bom):
            return _checked(_decode(raw, codec, form), form)
    if b"\x00" in raw:
        codec = _bomless_utf16(raw)
        if codec is not None:
            return _checked(_decode(raw, codec, "UTF-16"), "UTF-16")
        if raw.count(b"\x00") * _STRAY_NUL > len(raw):
            raise Unreadable("a binary file, not text")
        raw = raw.replace(b"\x00", b"\n")  # an OCR program's page breaks: a few NULs in a page of text
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        codec = "cp850" if _is_dos(raw) else "cp1252"
        return _checked(raw.decode(codec, errors="replace"), codec)
    return _repaired(text)


_DOS_LETTER = re.compile(rb"(?<=[A-Za-z])[\x81-\x83\x85\x87-\x8c\x90\x93](?=[A-Za-z])|(?<![A-Za-z])\x90(?=[A-Za-z])")
"""cp850's accented letters (é 0x82, è 0x8A, à 0x85, ç 0x87, ê 0x88, ô 0x93 ...) between two letters, or É (0x90)
opening a word, as they stand in a DOS editor's French: in cp1252 those bytes are marks (‚ … ‡ ˆ Š “) that never
stand inside a word (its ’ and its dashes, which may, are not among them)."""
_WINDOWS_LETTER = re.compile(rb"[\xc0-\xff]")


def _is_dos(raw: bytes) -> bool:
    """Text saved in the DOS code page cp850 (a WordPerfect or DOS editor's file), not cp1252: more of its accented
    letters stand inside words than cp1252's (``Op\x82rations``)."""
    dos = len(_DOS_LETTER.findall(raw))
    return dos > len(_WINDOWS_LETTER.findall(raw)) and dos >= 2


_MESSAGE = re.compile(rb"(?:[A-Za-z][\w-]*:[^\n]*\r?\n(?:[ \t][^\n]*\r?\n)*){2,}?"
                      rb"(?i:mime-version|content-type|content-transfer-encoding):")
"""An e-mail saved with its headers (``Received:``, ``MIME-Version: 1.0``, ``Content-Transfer-Encoding:
quoted-printable``): the message's own encoding, not the file's, says how its text is written."""


def _message(raw: bytes, depth: int = 0) -> Text:
    """An e-mail's text, decoded as its headers say (quoted-printable, base64, the charset) by the standard library's
    e-mail parser: what it carries attached (a text, Word or PDF file, a forwarded message), read as that file is
    (the message's own words are a cover note: ``Please find attached the signed-off work description``), or else its
    body, plain text or HTML."""
    message = email.message_from_bytes(raw, policy=email.policy.default)
    attached = [text for part in message.iter_attachments() if (text := _attachment(part, depth)) is not None]
    if attached:
        return Text("\n\n".join(text.text for text in attached), f"e-mail's attachment ({attached[0].form})",
                    {key: value for text in attached for key, value in text.repaired.items()}, attached=True)
    body = message.get_body(preferencelist=("plain", "html")) if message.is_multipart() else message
    return _part_text(body) if body is not None else Text("", "e-mail")


_ATTACHED_DEPTH = 3
"""Messages forwarded inside messages, at most, that are read: deeper is no folder's mail but a trap."""


def _attachment(part, depth: int) -> Text | None:
    """An attachment's text: a forwarded message's, or a file's hrkit reads by its name's suffix; None for any
    other (an image, a calendar invitation) or one that cannot be read."""
    try:
        if part.get_content_type() == "message/rfc822" and depth < _ATTACHED_DEPTH:
            inner = part.get_payload(0) if part.is_multipart() else part.get_content()
            return _message(inner.as_bytes(), depth + 1)
        suffix = Path(part.get_filename() or "").suffix.lower()
        if suffix not in READERS or suffix == ".eml":
            return None
        if part.get_content_maintype() == "text" and part.get_param("charset") is not None:
            raw = part.get_content().encode("utf-8")  # its charset's characters; with none named, its bytes
        else:
            raw = part.get_payload(decode=True)
        return read_bytes(raw, suffix) if isinstance(raw, bytes) else None
    except (Unreadable, LookupError, ValueError, AttributeError, TypeError, IndexError):
        return None


def _part_text(part) -> Text:
    """A text part's words, in the charset its header names; with none named, read as a text file is (an 8-bit
    body sent without a charset is UTF-8 or cp1252, not ASCII)."""
    try:
        if part.get_param("charset") is None:
            payload = part.get_payload(decode=True)
            return _text(payload) if isinstance(payload, bytes) and payload.strip() else Text("", "e-mail")
        text = part.get_content()
    except (LookupError, ValueError, AttributeError):
        raise Unreadable("an e-mail whose text cannot be decoded as its headers say") from None
    return _checked(text if isinstance(text, str) else "", "e-mail")


def _decode(raw: bytes, codec: str, form: str) -> str:
    try:
        return raw.decode(codec)
    except UnicodeDecodeError as exc:
        raise Unreadable(f"byte {exc.start} is not {form}, as the file's byte-order mark says") from None


def _bomless_utf16(raw: bytes) -> str | None:
    """UTF-16 saved without a byte-order mark: every other byte of its Latin text is zero."""
    sample = raw[:4000]
    for codec, zeros in (("utf-16-le", sample[1::2]), ("utf-16-be", sample[0::2])):
        if len(raw) % 2 == 0 and zeros.count(0) >= 0.9 * len(zeros):
            return codec
    return None


def _repaired(text: str) -> Text:
    """UTF-8 text, with mojibake it was saved with undone."""
    repaired: dict[str, str] = {}

    def undo(match: re.Match) -> str:
        try:
            fixed = b"".join(map(_byte, match[0])).decode("utf-8")
        except UnicodeDecodeError:
            return match[0]
        if not fixed.isprintable():
            return match[0]
        repaired[match[0]] = fixed
        return fixed

    def c1(match: re.Match) -> str:
        fixed = _byte(match[0]).decode("cp1252", errors="replace").replace("\ufffd", " ")
        repaired[match[0]] = fixed
        return fixed

    levels = 0
    while levels < _MOJIBAKE_LEVELS:  # "ÃƒÂ©": é made mojibake twice, undone twice
        undone = _UTF8_AS_CP1252.sub(undo, text)
        if undone == text:
            break
        text, levels = undone, levels + 1
    if levels > 1:  # the notes name what the text reads in the end, not the steps between
        repaired = {seen: fixed for seen, fixed in repaired.items() if not _BETWEEN.search(fixed)}
    text = _C1.sub(c1, text)
    return _checked(text, "UTF-8", repaired)


def _byte(char: str) -> bytes:
    """The byte a cp1252 (or, for its five unassigned bytes, latin-1) reading made ``char`` of."""
    try:
        return char.encode("cp1252")
    except UnicodeEncodeError:
        return char.encode("latin-1")


def _checked(text: str, form: str, repaired: dict[str, str] | None = None) -> Text:
    """Text with Windows line ends and stray control characters made plain, or refused as binary."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    repaired = dict(repaired or {})
    if LOST in text:
        text = _LOST_LETTER.sub(lambda lost: _restored(lost[0], repaired), text).replace(LOST, " ")
    controls = len(_CONTROL.findall(text))
    if controls > max(8, len(text) // 100):
        raise Unreadable("a binary file, not text")
    return Text(_CONTROL.sub(" ", text), form, repaired)


LOST = "\ufffd"
"""The replacement character: what a lossy conversion wrote for a character it could not encode."""
_LOST_LETTER = re.compile(r"[^\W\d_]*(?:\ufffd[^\W\d_]*)+")
"""A word with characters a lossy conversion replaced with U+FFFD (``Sant\ufffd``)."""


def _restored(word: str, repaired: dict[str, str]) -> str:
    """``word`` with its lost letters put back where the word lists know it, noted in ``repaired``
    so that the values it is in are marked to verify; else as it was."""
    from hrkit.edit.importer import spelling

    meant = spelling.restored(word) if word.strip(LOST) else None
    if meant is None:
        return word
    repaired[word] = meant
    return meant


# --- Word ----------------------------------------------------------------------------------------

def _docx(raw: bytes) -> Text:
    """Paragraphs and tables in reading order, one paragraph a line, the page headers' lines
    before them and the footers' after. A table row of two cells (a label and its value, as GC
    forms lay their fields out) becomes ``Label: value``; other rows give each cell's text in
    turn. Headings are written in capitals, as forms print them. What a content control holds
    and tracked insertions are text; a control still showing its placeholder ("Click here to
    enter text.") and tracked deletions are not."""
    import docx

    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, ValueError) as exc:
        raise Unreadable(f"not a Word .docx file ({exc})") from None
    if unpacked > MAX_UNPACKED:
        raise Unreadable(f"unpacks to {unpacked // 1024 // 1024} MB; a .docx is read up to "
                         f"{MAX_UNPACKED // 1024 // 1024} MB")
    try:
        document = docx.Document(io.BytesIO(raw))
        lines = [*_margins(document, "header"), *_blocks(document.element.body, document),
                 *_margins(document, "footer")]
    except Exception as exc:  # python-docx on a damaged package: anything from zipfile, lxml or itself
        raise Unreadable(f"not a readable Word .docx file ({type(exc).__name__}: {exc})") from None
    return _checked("\n".join(lines), "Word (.docx)")


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_WORD_NAMESPACES = {"w": _W[1:-1], "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006"}


def _margins(document, kind: str) -> list[str]:
    """The lines of the page headers (or footers) of every section, each once."""
    lines: list[str] = []
    for rel in document.part.rels.values():
        if rel.reltype.endswith(f"/{kind}") and not rel.is_external:
            lines += [line for line in _blocks(rel.target_part.element, document) if line not in lines]
    return lines


def _blocks(element, document):
    """The lines of a body, a table cell, a header or a content control holding paragraphs."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for child in element.iterchildren():
        if child.tag == f"{_W}tbl":
            yield from _table(Table(child, document), document)
        elif child.tag == f"{_W}sdt" and not _placeholder(child):
            content = child.find(f"{_W}sdtContent")
            if content is not None:
                yield from _blocks(content, document)
        elif child.tag == f"{_W}p":
            text = _runs(child)
            if text.strip():
                style = Paragraph(child, document).style
                name = (style.name or "") if style is not None else ""
                heading = name.lower().startswith(("heading", "titre", "title"))
                level = _list_level(child, name)
                if level and not _BULLETED.match(text):  # Word draws the bullet: the text has none
                    text = f"{'    ' * (level - 1)}\u2022 {text.lstrip()}"
                yield text.upper() if heading else text
            yield from _text_boxes(child)


def _list_level(paragraph, style: str) -> int:
    """A list's item's level (1 for the first), by its style (``List Bullet 2``, ``Liste à puces``)
    or its numbering's level; 0 for no list's item."""
    named = _LIST_STYLE.match(style)
    if named:
        return int(named[1] or 1)
    level = paragraph.find(f"{_W}pPr/{_W}numPr/{_W}ilvl")
    return int(level.get(f"{_W}val", "0")) + 1 if level is not None else 0


_LIST_STYLE = re.compile(r"(?:List (?:Bullet|Number)|Liste (?:à puces|numéros))(?: ([2-9]))?$", re.IGNORECASE)
_BULLETED = re.compile(r"\s*(?:[-*\u2022\u25aa\u25cf\u2013\u2014>o]|[0-9]{1,2}[.)]|\(?[a-z]\))\s")


_SKIPPED = frozenset(f"{_W}{tag}" for tag in ("del", "moveFrom", "txbxContent", "pPr", "rPr", "sdtPr", "instrText",
                                              "delText", "commentReference", "footnoteReference"))


def _runs(element) -> str:
    """A paragraph's text, content controls and tracked insertions included; text boxes, tracked
    deletions, words struck through (an old value crossed out beside its new one), hidden text (a form's
    guidance, ``[Guidance: enter the approved title ...]``) and the copy Word keeps for older readers left out."""
    out = []
    for child in element.iterchildren():
        tag = child.tag
        if tag == f"{_W}r" and _marked(child, "strike", "dstrike", "vanish"):
            continue
        if tag == f"{_W}t":
            out.append(child.text or "")
        elif tag == f"{_W}tab":
            out.append("\t")
        elif tag in (f"{_W}br", f"{_W}cr"):
            out.append("\n")
        elif tag in _SKIPPED or tag.endswith("}Fallback") or tag == f"{_W}sdt" and _placeholder(child):
            continue
        elif isinstance(tag, str):
            out.append(_runs(child))
    return "".join(out)


def _marked(run, *tags: str) -> bool:
    """A run formatted so (``<w:strike/>``, ``<w:vanish/>``: struck through, hidden; not ``w:val="0"``)."""
    marks = [run.find(f"{_W}rPr/{_W}{tag}") for tag in tags]
    return any(mark is not None and mark.get(f"{_W}val", "true") not in ("0", "false", "off") for mark in marks)


def _placeholder(sdt) -> bool:
    """A content control still showing its prompt (``Click here to enter text.``): no value."""
    return sdt.find(f"{_W}sdtPr/{_W}showingPlcHdr") is not None


def _text_boxes(paragraph) -> list[str]:
    """The lines of the text boxes anchored in a paragraph (a form's fields drawn in a box), where
    the paragraph stands; each box once (not again from the copy Word keeps for older readers)."""
    from lxml import etree

    def xpath(element, path: str) -> list:
        return etree.ElementBase.xpath(element, path, namespaces=_WORD_NAMESPACES)

    return [text for box in xpath(paragraph, ".//w:txbxContent[not(ancestor::mc:Fallback)]")
            for line in xpath(box, ".//w:p") if (text := _runs(line)).strip()]


def _table(table, document):
    """Each row's lines (``markup.table_lines``); a row with a table inside a cell gives its cells'
    lines in turn, the inner table's rows its own. A cell merged down over rows is read in its first row, empty
    in the others, but a row's heading (its first cell: ``Reports to`` over the supervisor's title, level and
    number), which each of them is under."""
    wide = len(table.columns) >= 3
    above: dict[int, object] = {}  # the cells of the rows read, by identity (each kept: its id stays its own)
    for row in table.rows:
        grid = row.cells  # a merged cell once per grid column it spans
        if any(cell._tc.find(f"{_W}tbl") is not None for cell in grid):  # a table inside a cell
            yield from (line for cell in _distinct(grid) for line in _blocks(cell._tc, document))
            continue
        cells = []
        for at, cell in enumerate(_distinct(grid)):
            merged_down = at > 0 and id(cell._tc) in above
            above[id(cell._tc)] = cell._tc
            text = "" if merged_down else "\n".join(_blocks(cell._tc, document))
            cells.append(" ".join(text.split()) if wide else text.strip())
            if wide:  # a cell merged over columns (``| Total | | 85 |``): the columns stay the header's
                cells += [""] * (sum(other._tc is cell._tc for other in grid) - 1)
        yield from markup.table_lines(cells, wide)


def _distinct(cells) -> list:
    """A row's cells, a merged cell once."""
    seen: set[int] = set()
    return [cell for cell in cells if id(cell._tc) not in seen and not seen.add(id(cell._tc))]


# --- PDF -----------------------------------------------------------------------------------------

def _pdf(raw: bytes) -> Text:
    """The text layer, page by page. A PDF of scanned pages has none: it needs OCR first."""
    from pypdf import PdfReader

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # notes on damaged files: not the user's concern
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            reader = PdfReader(io.BytesIO(raw))
            if reader.is_encrypted and not reader.decrypt(""):
                raise Unreadable("an encrypted PDF (save it without a password)")
            text = "\n".join(page.extract_text() or "" for page in reader.pages)
    except Unreadable:
        raise
    except Exception as exc:  # pypdf on a damaged file: anything from its parser or filters
        raise Unreadable(f"not a readable PDF ({type(exc).__name__}: {exc})") from None
    if sum(ch.isalpha() for ch in text) < MIN_PDF_LETTERS:
        raise Unreadable("no text layer: run OCR first (a PDF of scanned pages)")
    return _checked(unicodedata.normalize("NFC", text), "PDF")


READERS = {".txt": _text, ".md": _text, ".csv": _text, ".tsv": _text, ".eml": _text, ".html": _text, ".htm": _text,
           ".docx": _docx, ".pdf": _pdf, ".rtf": _rtf}
"""File suffixes (lower case) and their reader."""
