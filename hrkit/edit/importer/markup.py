"""A wiki page's source saved as text (MediaWiki's ``== Heading ==``, ``'''bold'''``, ``{| ... |}``
tables; Confluence's ``h2. Heading``, ``||Label|value|``) made the plain lines a document's
text is read from, and how a table's row is written as lines (for Word's tables too)."""

from __future__ import annotations

import re


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
