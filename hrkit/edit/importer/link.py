"""Cross-document linking: the supervisor a work description names, found among the positions of
the same import and of the repository, so a pile of descriptions becomes one tree.

A stated supervisor position number links by number. Without one, the supervisor's title links
when exactly one position (in the same department) bears it, compared in a normal form that
forgives case, accents, punctuation, OCR's digit-for-letter damage and the usual abbreviations
(``DG`` for Director General); that link is a guess and is marked for verification. Several
candidates, or none, leave the link unresolved and say so: nothing is guessed silently.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from hrkit.edit.importer.build import Imported, Known
from hrkit.edit.importer.document import VERIFY, Issue, Value, WorkDescription

_OCR_LOOKALIKES = str.maketrans({"0": "o", "1": "i", "l": "i", "|": "i", "5": "s", "!": "i"})
"""OCR's usual confusions, folded to one letter on both sides of a comparison."""

_PHRASES = (
    ("senior assistant deputy minister", "sadm"), ("assistant deputy minister", "adm"),
    ("sous ministre adjoint", "adm"), ("sous ministre adjointe", "adm"), ("sma", "adm"),
    ("deputy minister", "dm"), ("sous ministre", "dm"),
    ("director general", "dg"), ("directeur general", "dg"), ("directrice generale", "dg"),
    ("executive director", "ed"), ("directeur executif", "ed"), ("directrice executive", "ed"),
    ("chief executive officer", "ceo"), ("chief operating officer", "coo"),
    ("chief financial officer", "cfo"), ("chief information officer", "cio"),
    ("directrice", "directeur"), ("and", "&"), ("et", "&"),
)
"""Long forms and the one token they stand for; French titles fold to the same tokens."""
_STOP_WORDS = frozenset("of the de des du la le l d a".split())
_CLASSIFICATION = re.compile(r"\(\s*[A-Za-z]{2,3}\s*-?\s*[0-9OIl]{1,2}\s*\)")


def _folded(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"[^\w&|!]+", " ", text.replace("_", " "))
    return " ".join(text.translate(_OCR_LOOKALIKES).split())


_FOLDED_PHRASES = tuple((re.compile(rf"\b{re.escape(_folded(long))}\b"), short) for long, short in _PHRASES)


def title_key(title: str) -> str:
    """The form two spellings of one title share (``Director General, Workforce Management`` and
    ``DG - Workforce Mgmt`` do not: abbreviations of words other than ranks are not guessed)."""
    text = _folded(_CLASSIFICATION.sub(" ", title))
    for pattern, short in _FOLDED_PHRASES:
        text = pattern.sub(short, text)
    return " ".join(word for word in text.split() if word not in _STOP_WORDS)


def number_key(number: str) -> str:
    """Position numbers compare without leading zeros (``00063335`` is ``63335``)."""
    return number.lstrip("0") or number if number.isdigit() else number


@dataclass
class Link:
    """How a document's position was attached to its supervisor."""

    status: str  # number, title, stub, unresolved, none
    reports_to: str | None
    detail: str


def has_number(value: Value | None) -> bool:
    """A real position number, not NEW, TBD, VACANT or a blank."""
    return value is not None and isinstance(value.value, str) and any(ch.isdigit() for ch in value.value)


class Positions:
    """Every position a supervisor may be: the repository's, and the records this import makes.
    A direct report named in one document whose title is another document's position is left out:
    it is that position, described by its own document."""

    def __init__(self, known: dict[str, Known], built: list[Imported]) -> None:
        entries = [(k.id, k.title, k.department) for k in known.values()]
        mains = [r for r in built if r.kind == "position"]
        described = {title_key(m.fields["title"].value) for m in mains if isinstance(m.fields["title"].value, str)}
        entries += [(r.id, r.fields["title"].value, r.fields["department"].value) for r in built
                    if r.kind != "report" or title_key(r.fields["title"].value or "") not in described]
        self.stubs = {r.id for r in built if r.kind == "supervisor"}
        self.by_number: dict[str, set[str]] = {}
        self.by_title: dict[str, dict[str, str | None]] = {}
        for record_id, title, department in entries:
            self.by_number.setdefault(number_key(record_id), set()).add(record_id)
            if isinstance(title, str) and title.strip():
                self.by_title.setdefault(title_key(title), {})[record_id] = department

    def link(self, wd: WorkDescription, main: Imported) -> Link:
        """Sets ``main``'s ``reports_to`` (and its verify note and issue) and says how."""
        fields = main.fields
        number, title = wd.fields.get("supervisor_number"), wd.fields.get("supervisor_title")
        if has_number(number):
            found = sorted(self.by_number.get(number_key(number.value), set()) - {main.id})
            if found and found[0] in self.stubs:
                return Link("stub", found[0], f"position {found[0]} is in neither this import nor the repository; "
                                              "its record was made from what a document states")
            if found:
                if found[0] != number.value:
                    fields["reports_to"] = Value(found[0], f'{VERIFY}the document reads "{number.value}"')
                return Link("number", found[0], f"position {found[0]}")
            return Link("unresolved", number.value, f"position {number.value} is in neither this import nor "
                                                    "the repository")
        if title is None or not isinstance(title.value, str):
            return Link("none", None, "the document names no supervisor")
        fields.pop("reports_to", None)
        department = fields["department"].value
        candidates = {i: d for i, d in self.by_title.get(title_key(title.value), {}).items()
                      if i != main.id and (department is None or d in (None, department))}
        if len(candidates) == 1:
            (found,) = candidates
            fields["reports_to"] = Value(found, f'{VERIFY}found by the supervisor\'s title "{title.value}"',
                                         stated=False)
            detail = f"{found}, the only position whose title matches {title.value!r}"
            _replace_issues(main, [Issue(f"{main.id} reports_to", "guessed", detail)])
            return Link("title", found, detail)
        detail = (f"{len(candidates)} positions have a title matching {title.value!r}: "
                  f"{', '.join(sorted(candidates))}" if candidates
                  else f"no position titled {title.value!r} in this import or the repository")
        _replace_issues(main, [Issue(f"{main.id} reports_to", "not resolved", detail)])
        return Link("unresolved", None, detail)


def _replace_issues(main: Imported, issues: list[Issue]) -> None:
    """``main``'s reports_to issues from build (a title matched exactly, or not) become the link's."""
    where = f"{main.id} reports_to"
    main.issues[:] = [i for i in main.issues if i.where != where] + issues


def drop_reports_with_documents(records_by_doc: list[list[Imported]], links: list[Link | None]) -> list[Issue]:
    """A direct report that another document of the import describes is that document's position:
    the record its supervisor's document would make for it (``<id>-R<n>``) is dropped. Returns the
    notes saying so."""
    notes = []
    by_main = {records[0].id: records for records in records_by_doc if records}
    for records, link in zip(records_by_doc, links):
        if not records or link is None or link.status not in ("number", "title") or link.reports_to not in by_main:
            continue
        position, supervisor_records = records[0], by_main[link.reports_to]
        key = title_key(position.fields["title"].value or "")
        twin = next((r for r in supervisor_records if r.kind == "report"
                     and title_key(r.fields["title"].value or "") == key), None)
        if twin is not None:
            supervisor_records.remove(twin)
            notes.append(Issue(link.reports_to, "not recorded", f"direct report {twin.fields['title'].value!r} is "
                               f"{position.id}, imported from {position.fields['source']['document'].value}"))
    return notes
