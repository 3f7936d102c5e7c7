"""What a web form shows of its fields when its page is saved, printed or copied: each value in its box after its
label (``Position title *   [ Director, X ]  (i) Enter the title as approved``, or the box on the next line), a
section's toggle (``[-] Dimensions``), repeating groups (``Direct report 1 of 3`` / ``Title: X`` / ``FTEs: 12``),
and the page's furniture (help text, character counters, buttons, required-field legends), made the lines a form
prints: ``label: value`` lines, headings, a table of bars."""

from __future__ import annotations

import re

from hrkit.edit.importer import spoken

_BOX = re.compile(r"\[(?![ \t]?[xX\u2713\u2714]?[ \t]?\])[ \t]*(?P<value>[^\[\]\n]*?)[ \t]*(?:\u25bc|[ \t]v)?[ \t]*\]"
                  r"|`(?P<code>[^`\n]*)`")
"""A field's box and the value in it, a drop-down's arrow (``▼``, a scan's ``v``) no part of it; a check box (``[X]``,
``[ ]``) none."""
_LABELLED_BOX = re.compile(r"(?P<label>[^\[\]`\n]{2,90}?)(?:[ \t]*\*[ \t]*|[ \t]{2,})(?:" + _BOX.pattern
                           + r")(?P<rest>[^\n]*)")
"""A value's box after its label, a required field's star or a column's spaces between them (``Job code    [ 104949
]``), not a title's level in brackets (``Director, X [EX-01] (29 FTEs)``)."""
_EMPTY = re.compile(r"[ \t]*(?:--[ \t]*(?:select|s[ée]lectionner|choisir)[^\n]*--|select\.\.\.)?[ \t]*", re.IGNORECASE)
_TOGGLE = re.compile(r"^(?P<hashes>[ \t]*#*[ \t]*)(?:\[[-+]\]|[\u25be\u25b8\u25bc\u25b6])[ \t]*")
"""A section's toggle before its heading (``[-] Dimensions``, ``[+] Attachments (2)``)."""
_FURNITURE = re.compile(r"[ \t]*(?:\(i\)[^\n]*|(?:characters remaining|caract[èe]res restants)[^\n]*|"
                        r"[0-9][0-9 ,.\u00a0\u202f]*(?:characters remaining|caract[èe]res restants)|"
                        r"\*[ \t]*(?:required fields?|champs? "
                        r"obligatoires?)[^\n]*|\+[ \t]*(?:add another|ajouter un autre|add|ajouter)[^\n]*|"
                        r"(?:remove|supprimer|retirer|change|modifier)|(?:\[[ \t]*[^\[\]\n]{1,30}[ \t]*\][ \t]*){2,})"
                        r"[ \t]*", re.IGNORECASE)
"""A line of the page's furniture: help text (``(i) ...``), a character counter, the required-field legend, a
repeating group's buttons (``+ Add another``, ``Remove``, ``Change``) and a row of buttons (``[ Save draft ]   [ Submit
]``)."""
_RADIOS = re.compile(r"(?:\([ \t]*[\u2022\u25cf*xX]?[ \t]*\)[ \t]*[^()\n\u2014]+?[ \t]*){2,}(?=\u2014|$)")
"""A group of radio buttons (``(•) Yes ( ) No``): the chosen one's words."""
_CHOSEN = re.compile(r"\([ \t]*[\u2022\u25cf*xX][ \t]*\)[ \t]*([^()\n\u2014]+)")
_HELP = re.compile(r"[ \t]*\(i\)[^\n]*$")
_HINT = re.compile(r"[ \t]*\((?![^()]*\$)[^()\n]*\b(?:search|select|recherche|format|yyyy|aaaa)\b[^()\n]*\)",
                   re.IGNORECASE)
"""A label's hint in brackets (``Reports to (search by position number or title)``), a unit's (``($)``) kept."""
_GROUP = re.compile(r"[ \t]*(?:direct report|subordonn[ée]e?(?: direct[e]?)?|report)[ \t]+[0-9]+[ \t]+"
                    r"(?:of|de|sur)[ \t]+[0-9]+[ \t]*", re.IGNORECASE)
"""A repeating group's heading (``Direct report 1 of 3``)."""
_GROUP_FIELD = re.compile(r"[ \t]*(?P<label>[^:\n]{2,40}?)[ \t]*:[ \t]*(?P<value>[^\n]*)")


def unboxed(lines: list[str]) -> list[str]:
    """``lines`` as a form prints what a web form's page shows, when three of its lines at least are values in
    boxes; else as they are."""
    if sum(bool(_LABELLED_BOX.fullmatch(line) or _BOX.fullmatch(line.strip())) for line in lines) < _BOXES \
            and not any(_LEGEND.fullmatch(line) for line in lines):
        return lines
    out: list[str] = []
    group: list[tuple[str, str]] = []
    header: list[str] | None = None
    for at, line in enumerate(lines):
        if _GROUP.fullmatch(line):
            header = _group_row(group, header, out)
            group = []
            continue
        field = _GROUP_FIELD.fullmatch(line)
        if field and line[:1] in " \t" and (group or at and _GROUP.fullmatch(lines[at - 1])):
            group.append((field["label"], field["value"]))
            continue
        if group:
            header = _group_row(group, header, out)
            group = []
        out.append(_line(line, out))
    _group_row(group, header, out)
    return out


_BOXES = 3
"""Values in boxes, at least, on a web form's page."""
_LEGEND = re.compile(r"[ \t]*\\?\*[ \t]*(?:required fields?|champs? obligatoires?)[^\n]*", re.IGNORECASE)
"""A web form's legend of its required fields (``* Required field``): its page, though no box shows."""
_STARRED = re.compile(r"^(?P<label>[^:\n]{2,80}?)[ \t]*\\?\*(?:[ \t]*\([^()\n]*\))?[ \t]*:")
"""A required field's label and its star before the colon (``Position title *: X``)."""
_MARKDOWN_LABEL = re.compile(r"[ \t]*\*\*(?P<label>[^*\n]+?)[ \t]*(?:\\?\*)?[ \t]*(?:\([^()\n]*\))?[ \t]*\*\*[ \t]*")
"""A label in bold on its line (``**Position title \\***``), its value in a box under it."""


def _line(line: str, out: list[str]) -> str:
    """One line of the page as a form's line; a box alone under its label's line made that line's value."""
    if _FURNITURE.fullmatch(line):
        return ""
    line = _STARRED.sub(r"\g<label>:", _RADIOS.sub(_chosen, _HELP.sub("", _TOGGLE.sub(r"\g<hashes>", line))))
    bold = _MARKDOWN_LABEL.fullmatch(line)
    if bold:
        return bold["label"]
    boxed = _LABELLED_BOX.fullmatch(line)
    if boxed:
        value = _boxed(boxed)
        return f"{_HINT.sub('', boxed['label']).strip().rstrip('*').strip()}: {value}".rstrip()
    alone = _BOX.fullmatch(line.strip())
    if alone and out and out[-1].strip() and ":" not in out[-1]:
        label = _HINT.sub("", out.pop()).strip().rstrip("*").strip()
        return f"{label}: {_boxed(alone)}".rstrip()
    return line


def _boxed(box: re.Match) -> str:
    """A box's value, none for a drop-down left at its prompt (``-- Select --``)."""
    value = box["value"] if box["value"] is not None else box["code"]
    return "" if _EMPTY.fullmatch(value) else value.strip()


def _chosen(radios: re.Match) -> str:
    """A group of radio buttons' chosen option's words, none where none is chosen."""
    chosen = _CHOSEN.search(radios[0])
    return chosen[1].strip() if chosen else ""


def _group_row(group: list[tuple[str, str]], header: list[str] | None, out: list[str]) -> list[str] | None:
    """A repeating group's fields a row of a table of bars, its labels the header over the first."""
    if not group:
        return header
    return spoken.barred_row([name.strip() for name, _ in group], [value.strip() for _, value in group], header, out)
