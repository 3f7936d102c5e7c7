"""A wiki page's source saved as text (MediaWiki's ``== Heading ==``, ``'''bold'''``, ``{| ... |}``
tables; Confluence's ``h2. Heading``, ``||Label|value|``) or a web page's HTML saved as text made the plain lines
a document's text is read from, and how a table's row is written as lines (for Word's tables too)."""

from __future__ import annotations

import re
from html.parser import HTMLParser


def table_lines(cells: list[str], wide: bool) -> list[str]:
    """A row of a table of three columns or more (``wide``) is one line written as a Markdown
    table's (``| a | b | |``: empty cells kept, so columns stay aligned with the header's); a row
    of two cells is ``Label: value``; any other row its cells' lines."""
    if wide and sum(bool(c) for c in cells) >= 2:
        return [f"| {' | '.join(cells)} |"]
    if len(cells) == 2 and cells[0] and "\n" not in cells[0] and len(cells[0]) <= 80:
        return [f"{cells[0].rstrip().rstrip(':').rstrip()}: {cells[1]}".rstrip()]  # "Label:" when no value
    return [c for c in cells if c]


def is_wiki(text: str) -> bool:
    """MediaWiki's or Confluence's markup: two headings of theirs, or one of their tables."""
    return len(_HEADING.findall(text)) >= 2 or bool(_TABLE_START.search(text) or _CONFLUENCE_HEADER.search(text))


def plain(text: str) -> str:
    """The page's text: headings, bold, links and templates as their words, lists with bullets
    and numbers, each table's rows as ``table_lines`` writes them."""
    out: list[str] = []
    rows: list[list[str]] | None = None  # a MediaWiki table's rows while it is read
    number = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if rows is not None:
            if stripped.startswith("|}"):
                out += _rows(rows)
                rows = None
            elif stripped.startswith("|-"):
                rows.append([])
            elif stripped[:1] in ("!", "|") and not stripped.startswith("|+"):
                if not rows:  # a first row without its "|-"
                    rows.append([])
                rows[-1].extend(_cell(c) for c in re.split(r"!!|\|\|", stripped[1:]))
            elif rows and rows[-1] and stripped:  # a cell's text going on
                rows[-1][-1] = f"{rows[-1][-1]} {_inline(stripped)}"
            continue
        if _TABLE_START.match(line):
            rows = []
            continue
        confluence = _CONFLUENCE_ROW.match(line)
        numbered = re.match(r"#+\s+(?=\S)", line)
        number = number + 1 if numbered else 0
        if confluence:
            cells = [_inline(c.strip()) for c in re.split(r"\|\|?", stripped.strip("|"))]
            out += table_lines(cells, wide=len(cells) >= 3)
        elif numbered:
            out.append(f"{number}. {_inline(line[numbered.end():])}")
        else:
            heading = _HEADING.match(line)
            line = heading["words"] or heading["h"] if heading else re.sub(r"^\*+\s+(?=\S)", "\u2022 ", line)
            out.append(_inline(line))
    if rows:
        out += _rows(rows)
    return "\n".join(out)


def is_html(text: str) -> bool:
    """A web page's source: it opens with its document's tag (``<!DOCTYPE html>``, ``<html>``); a Markdown page's
    HTML (``<br>`` in a table's cells) is Markdown's."""
    return bool(_HTML_START.match(text))


def html_text(text: str) -> str:
    """A web page's text: each block (a paragraph, a heading, a list's item, a line break) a line of its own, an
    item after a bullet, a table's rows as ``table_lines`` writes them; scripts and styles no text."""
    page = _Page()
    page.feed(text)
    page.close()
    return page.text()


class _Page(HTMLParser):
    """The lines of a web page, as ``html_text`` reads them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = [""]
        self.rows: list[list[str]] | None = None  # the table's rows while it is read
        self.inner = 0  # tables inside the table's cells: their words the cell's
        self.skipped = 0  # inside a script or a style

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in _UNREAD:
            self.skipped += 1
        elif tag == "table" and self.rows is not None:
            self.inner += 1
        elif tag == "table":
            self._break()
            self.rows = []
        elif self.inner and tag in ("tr", "td", "th"):
            self._break()
        elif tag == "tr" and self.rows is not None:
            self.rows.append([])
        elif tag in ("td", "th") and self.rows:
            self.rows[-1].append("")
        elif tag == "li":
            self._break()
            self.lines[-1] = "\u2022 "
        elif tag in _BLOCKS:
            self._break()

    def handle_endtag(self, tag: str) -> None:
        if tag in _UNREAD:
            self.skipped = max(0, self.skipped - 1)
        elif tag == "table" and self.inner:
            self.inner -= 1
        elif tag == "table" and self.rows is not None:
            self.lines += _rows([[cell.strip(" /") for cell in row] for row in self.rows]) + [""]
            self.rows = None
        elif tag in _BLOCKS:
            self._break()

    def handle_data(self, data: str) -> None:
        if self.skipped:
            return
        words = re.sub(r"\s+", " ", data)
        if self.rows and self.rows[-1]:
            self.rows[-1][-1] += words
        elif self.rows is None:
            self.lines[-1] += words.lstrip() if not self.lines[-1].strip() else words

    def _break(self) -> None:
        if self.rows is not None and self.rows and self.rows[-1]:
            self.rows[-1][-1] += " / "  # a line break inside a cell: its lines a slash apart
        elif self.lines[-1].strip():
            self.lines.append("")

    def text(self) -> str:
        return "\n".join(line.strip() for line in self.lines).strip() + "\n"


_HTML_START = re.compile(r"\s*(?:<!doctype html|<html\b)", re.IGNORECASE)
_BLOCKS = frozenset(("p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "footer", "header",
                     "section", "article", "nav", "blockquote", "pre", "dt", "dd", "title"))
_UNREAD = frozenset(("script", "style", "head"))


def _rows(rows: list[list[str]]) -> list[str]:
    wide = max(map(len, rows), default=0) >= 3
    return [line for cells in rows if cells for line in table_lines(cells, wide)]


def _cell(cell: str) -> str:
    """A cell's text without its attributes (``style="width:30%" | Director``)."""
    attributes = re.match(r"\s*[\w-]+\s*=\s*\"[^\"]*\"(?:\s+[\w-]+\s*=\s*\"[^\"]*\")*\s*\|(?!\|)", cell)
    return _inline(cell[attributes.end():] if attributes else cell).strip()


def _inline(text: str) -> str:
    text = _TEMPLATE.sub(lambda m: m[1] or "", text)
    text = re.sub(r"\[\[(?:Category|Catégorie|File|Fichier|Image):[^\]]*\]\]", "", text)
    text = re.sub(r"\[\[(?:[^\]|]*\|)?([^\]]*)\]\]", r"\1", text)  # [[page|words]]
    text = re.sub(r"\[(?:https?://\S+|[^\]|]*\|[^\]]*)\]", _link_words, text)  # [url words], [words|url]
    text = re.sub(r"<br\s*/?>|</?(?:b|i|u|small|big|span|div|center|nowiki|ref)\b[^>]*>|__[A-Z]+__", "", text)
    text = re.sub(r"'{2,}", "", text)
    return re.sub(r"(?<![\w*])\*(\S(?:[^*\n]*\S)?)\*(?![\w*])", r"\1", text)  # Confluence's *bold*


def _link_words(link: re.Match) -> str:
    inside = link[0][1:-1]
    if "|" in inside:
        return inside.split("|", 1)[0]
    return inside.split(None, 1)[1] if " " in inside else ""


_HEADING = re.compile(r"^[ \t]*(?:(?P<eq>={1,6})[ \t]*(?P<words>[^=\n]+?)[ \t]*(?P=eq)|h[1-6]\.[ \t]+(?P<h>[^\n]+?))"
                      r"[ \t]*$", re.MULTILINE)
_TABLE_START = re.compile(r"^[ \t]*\{\|", re.MULTILINE)
_CONFLUENCE_ROW = re.compile(r"^[ \t]*\|\|?[^|\n]+\|(?:\|?[^|\n]*\|)+\|?[ \t]*$", re.MULTILINE)
_CONFLUENCE_HEADER = re.compile(r"^[ \t]*\|\|[^|\n]+\|", re.MULTILINE)
"""``||Position||Group/Level||`` or ``||Label|value|``: a Markdown table opens with one bar."""
_TEMPLATE = re.compile(r"\{\{(?:DISPLAYTITLE:([^{}]*)|[^{}]*)\}\}")
"""``{{DISPLAYTITLE:X}}`` its title; any other template no text."""
