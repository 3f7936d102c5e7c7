"""What an e-mail wraps around a work description pasted into it: its quote marks, and the parts
that are about people, not the position (headers, the line that quotes the last message, closings,
signatures with their telephone numbers and addresses, confidentiality notices). Those parts end
the section above them and are never read into a record."""

from __future__ import annotations

import re

from hrkit.edit.importer.people import named


def unquoted(text: str) -> str:
    """``text`` with the quote marks of the messages an e-mail quotes dropped."""
    return _QUOTED.sub(_unquoted, text) if ">" in text else text


_QUOTED = re.compile(r"^(?:[ \t]*>[^\n]*\n){3,}", re.MULTILINE)


def _unquoted(block: re.Match) -> str:
    """A message quoted in an e-mail (``> Position Title`` / ``>`` / ``> ...``), its quote marks
    dropped; lines a list's ``>`` bullets open are no quote (no line of theirs is ``>`` alone)."""
    lines = block[0].split("\n")
    if not any(re.fullmatch(r"[ \t>]*>[ \t]*", line) for line in lines):
        return block[0]
    return "\n".join(re.sub(r"^[ \t]*(?:>[ \t]?)+", "", line) for line in lines)


def people_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` holds a message's parts about people: its headers, its attribution line, its
    closing and signature, its confidentiality notice."""
    spans = [m.span() for pattern in (_HEADERS, _ATTRIBUTION, _NOTICE) for m in pattern.finditer(text)]
    spans += [_signature(text, m, down=MAX_SIGNATURE_LINES if m[0].strip() == "--" else MAX_NAME_LINES)
              for m in _SIGNATURE_START.finditer(text)]
    spans += [_signature(text, m, up=MAX_SIGNATURE_LINES, down=MAX_SIGNATURE_LINES) for m in _CONTACT.finditer(text)]
    return spans


def unsigned(lines: list[str]) -> list[str]:
    """``lines`` without those that sign a note with its writer's name: ``-- Aurélien Gallimore, August 19, 2024``,
    ``— X, 10 août 2024``, ``Thanks, X``, a name alone under ``Merci!`` or under a paragraph at the end or over its
    organization (not a list's item: ``— Senior Advisor, Policy`` names a role)."""
    out: list[str] = []
    for at, line in enumerate(lines):
        found = _SIGNED.fullmatch(line)
        closed = bool(out) and (_SIGNATURE_START.fullmatch(out[-1]) and out[-1].strip() != "--"
                                or _SENTENCE_END.search(out[-1]) and _signs_off(lines[at + 1:]))
        if not (found and named(found["who"]) or closed and named(line) == line.strip()):
            out.append(line)
    return out


def _signs_off(following: list[str]) -> bool:
    """What follows a name alone under a paragraph: nothing, or the writer's organization (``Employment and Social
    Development Canada``), so the name signs it (``I manage ... in Moncton.`` / ``Marius Haldane``)."""
    rest = [line.strip() for line in following if line.strip()]
    return not rest or len(rest) <= 2 and bool(_ORGANIZATION.search(rest[0]))


_SENTENCE_END = re.compile(r"[.!?][ \t]*$")
_ORGANIZATION = re.compile(r"\b(?:Canada|Agency|Department|Ministry|Commission|Office|Agence|Minist[èe]re|Bureau|"
                           r"Commissariat|Service)\b")


_HEADERS = re.compile(r"^[ \t]*(?:From|De)[ \t]*:[^\n]*(?:\n[ \t]*(?:Sent|Date|Envoy[ée]|To|[AÀ]|Cc|Subject|Objet)"
                      r"[ \t]*:[^\n]*){2,5}", re.MULTILINE)
"""An e-mail's headers pasted in a thread (``From: X <x@...>`` / ``Sent: ...`` / ``To: Y`` / ``Subject:``)."""
_ATTRIBUTION = re.compile(r"^[ \t]*(?:On|Le)\b[^\n]{5,160}?(?:\n[^\n]{1,80}?)?\b(?:wrote|a [ée]crit)[ \t]*:[ \t]*$",
                          re.MULTILINE)
"""The line a reply quotes the last message under (``On Mon, Jun 28, 2021 at 5:47 AM X <x@...> wrote:``,
``Le lun. 28 juin 2021, X a écrit :``), wrapped once at most."""
_NOTICE = re.compile(r"^[ \t]*(?:This (?:e-?mail|message|communication)\b[^\n]*\b(?:intended|confidential|privileged)"
                     r"|Ce (?:courriel|message)\b[^\n]*\b(?:destin[ée]|confidenti|privil[ée]gi)"
                     r"|(?:CONFIDENTIALITY NOTICE|AVIS DE CONFIDENTIALIT[ÉE])\b)[^\n]*"
                     r"(?:\n[ \t]*(?![\[(]|[^\n:]{1,40}:\s|(?-i:[^a-z\n]+$))\S[^\n]*){0,6}",
                     re.MULTILINE | re.IGNORECASE)
"""A confidentiality notice, to the end of its paragraph (a few lines), not over a heading, a label's line or a note
in brackets under it (a fax's cover sheet: ``[Retyped from fax]``, ``EXECUTIVE WORK DESCRIPTION``)."""
_SIGNATURE_START = re.compile(r"^[ \t]*(?:--[ \t]*|(?:Thanks|Thank you|(?:Best |Kind )?[Rr]egards|Cheers|Merci"
                              r"(?: beaucoup)?|Cordialement|Salutations|Bien [àa] vous)[ \t]*[,.!]?[ \t]*)$",
                              re.MULTILINE)
"""A signature's delimiter (``-- ``) or a message's closing (``Thanks,``, ``Merci,``) alone on its line."""
_SIGNED = re.compile(r"[ \t]*(?:--|\u2014|\u2013|(?:Thanks|Thank you|(?:Best |Kind )?[Rr]egards|Cheers|Merci"
                     r"(?: beaucoup)?|Cordialement|Salutations)[ \t]*[,.!]?)[ \t]*(?P<who>[^\n]{3,80})")
_CONTACT = re.compile(r"^[ \t]*(?:(?:Tel|T[ée]l|Phone|T[ée]l[ée]phone|Cell|Mobile|Cellulaire|Fax|T[ée]l[ée]copieur)"
                      r"\b[^\n]*[0-9]{3}[^\n]*|[^\s@<>()]+@[^\s@<>()]+\.[a-z]{2,}[ \t.]*)$",
                      re.MULTILINE | re.IGNORECASE)
"""A signature's telephone number or e-mail address alone on its line."""
MAX_SIGNATURE_WIDTH = 90
"""Characters of a signature's line at most, after its indent."""
MAX_SIGNATURE_LINES = 8
"""Lines of a signature around its delimiter or its contact line, at most."""
MAX_NAME_LINES = 2
"""Lines of a name (and a role) under a closing (``Thanks,`` / ``Fiona``), at most."""


def _signature(text: str, found: re.Match, *, up: int = 0, down: int) -> tuple[int, int]:
    """The signature around ``found``: its lines down to one that is none (a blank line, a label's,
    a heading's, a sentence's), and ``up`` to one (a contact line under a name, a title and a department)."""
    start, end = found.start(), found.end()
    for _ in range(up):
        above = text.rfind("\n", 0, max(start - 1, 0)) + 1
        line = text[above:start - 1] if start else ""
        if not start or not _signature_line(line):
            break
        start = above
    for _ in range(down):
        below = text.find("\n", end + 1)
        line = text[end + 1: below if below >= 0 else len(text)]
        if end >= len(text) or not _signature_line(line):
            break
        end = below if below >= 0 else len(text)
    return start, end


def _signature_line(line: str) -> bool:
    """A name, a role, a department or a contact; no label's line, heading, sentence or list item."""
    return bool(_CONTACT.fullmatch(line)) or bool(line.strip()) and len(line.lstrip(" \t")) <= MAX_SIGNATURE_WIDTH \
        and not re.search(r"[.;:]\s*$|^\s*(?:[-*\u2022]|[0-9]+[.)])\s|\w\s?:\s", line) and not line.isupper()
