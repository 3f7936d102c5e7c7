"""A work description's text to its neutral form: the one entry point of the readers by shape
(``markdown``, ``ocr``). What comes before (a file's bytes to text) is hrkit.importer's."""
from __future__ import annotations

from hrkit.importer import markdown, ocr
from hrkit.importer.document import WorkDescription


class NotAWorkDescription(ValueError):
    """The text is not a work description hrkit can read; the message says why."""


def parse_text(text: str, name: str) -> WorkDescription:
    """The WorkDescription of ``text`` (``name``: the document's file name, kept as its source)."""
    if markdown.looks_like(text):
        return markdown.parse(text, name)
    if ocr.looks_like(text):
        return ocr.parse(text, name)
    raise NotAWorkDescription("not a work description hrkit can read (no Markdown fields and no "
                              "GENERAL ACCOUNTABILITY / SPECIFIC ACCOUNTABILITIES headings)")
