"""Several documents for one position (``X signed.docx``, ``X revised.pdf``, ``X (1).txt``): the
newest is imported, the others are set aside and reported as older versions.

Documents are one position when they state the same position number or, where the number is
missing (NEW, TBD), the same title, classification and branch; a document without a number
joins the one numbered position it matches that way. The newest is the one with the latest
effective date, then the one whose file name says signed, final or approved (then revised) over
one that says draft, then the last in natural file-name order (``X (1)`` after ``X``, ``v10``
after ``v9``).
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from pathlib import Path

from hrkit.edit.importer.document import WorkDescription
from hrkit.edit.importer.link import has_number, number_key, title_key

_FINAL = re.compile(r"\b(?:signed|final|approved|sign[ée]e?s?|approuv[ée]e?s?)\b", re.IGNORECASE)
_REVISED = re.compile(r"\b(?:revised|updated|amended|r[ée]vis[ée]e?s?|mis\s+[àa]\s+jour)\b", re.IGNORECASE)
_DRAFT = re.compile(r"\b(?:draft|[ée]bauche|brouillon|projet)\b", re.IGNORECASE)


@dataclass
class Version:
    path: Path
    wd: WorkDescription


@dataclass
class SetAside:
    """An older version and the newer one imported in its place."""

    older: Version
    newer: Version
    why: str


def newest(versions: list[Version]) -> tuple[list[Version], list[SetAside]]:
    """The documents to import (in their given order) and the older versions set aside."""
    groups = _groups(versions)
    keep: list[Version] = []
    aside: list[SetAside] = []
    for group, same in groups:
        if len(group) == 1:
            keep.append(group[0])
            continue
        ranked = sorted(group, key=_rank)
        best = ranked[-1]
        keep.append(best)
        aside.extend(SetAside(v, best, f"{same}; {_older(v, best)}") for v in ranked[:-1])
    order = {id(v): n for n, v in enumerate(versions)}
    keep.sort(key=lambda v: order[id(v)])
    return keep, aside


def _groups(versions: list[Version]) -> list[tuple[list[Version], str]]:
    by_number: dict[str, list[Version]] = {}
    by_title: dict[tuple, list[Version]] = {}
    for v in versions:
        number = v.wd.fields.get("position_number")
        if has_number(number):
            by_number.setdefault(number_key(number.value), []).append(v)
    numbered_titles: dict[tuple, list[str]] = {}
    for key, group in by_number.items():
        for title in {_title_key(v) for v in group} - {None}:
            numbered_titles.setdefault(title, []).append(key)
    for v in versions:
        if has_number(v.wd.fields.get("position_number")):
            continue
        title = _title_key(v)
        if title is not None and len(numbered_titles.get(title, [])) == 1:
            by_number[numbered_titles[title][0]].append(v)
        else:
            by_title.setdefault(title if title is not None else ("", id(v)), []).append(v)
    return ([(g, "same position number") for g in by_number.values()]
            + [(g, "same title, classification and branch") for g in by_title.values()])


def _title_key(v: Version) -> tuple | None:
    """Title, classification and branch, when the document states a title."""
    f = v.wd.fields
    title = f.get("title")
    if title is None or not isinstance(title.value, str):
        return None
    return tuple(title_key(x.value) if x is not None and isinstance(x.value, str) else ""
                 for x in (title, f.get("classification"), f.get("branch")))


def _rank(v: Version) -> tuple:
    date = v.wd.fields.get("effective_date")
    day = date.value if date is not None and isinstance(date.value, _dt.date) else _dt.date.min
    name = v.path.stem
    status = 0 if _DRAFT.search(name) else 3 if _FINAL.search(name) else 2 if _REVISED.search(name) else 1
    return day, status, natural_key(v.path.name)


_STATUS_WORDS = ("says draft", "has no mark", "says revised", "says signed or final")


def _older(v: Version, best: Version) -> str:
    """Why ``v`` counts as older than ``best``, in the terms of the ranking."""
    (day, status, _), (best_day, best_status, _) = _rank(v), _rank(best)
    if day != best_day:
        return f"effective {day.isoformat() if day != _dt.date.min else 'date not stated'}, " \
               f"the other {best_day.isoformat()}"
    if status != best_status:
        return f"its file name {_STATUS_WORDS[status]}, the other's {_STATUS_WORDS[best_status]}"
    return "the same date; the other comes later in file-name order"


def natural_key(name: str) -> tuple:
    """``X (2)`` before ``X (10)``: runs of digits compare as numbers."""
    return tuple((0, int(part), "") if part.isdigit() else (1, 0, part.casefold())
                 for part in re.split(r"(\d+)", name) if part)
