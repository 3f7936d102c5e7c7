"""Dates that judgments depend on: the Government of Canada fiscal year, today (which tests and
reproducible runs pin), and when the current talent cycle's questionnaires are due. Kept free
of other imports: the pre-commit path needs them before it loads the rules."""
from __future__ import annotations

import datetime as _dt
import os


def fiscal_year(day: _dt.date) -> str:
    """The fiscal year (April 1 to March 31) holding ``day``: '2026-2027'."""
    start = day.year if day.month >= 4 else day.year - 1
    return f"{start}-{start + 1}"


def today() -> _dt.date:
    """The date obligations are judged on; HRKIT_TODAY (YYYY-MM-DD) pins it for reproducible runs."""
    pinned = os.environ.get("HRKIT_TODAY")
    return _dt.date.fromisoformat(pinned) if pinned else _dt.date.today()


def questionnaire_due(talent) -> _dt.date:
    """When questionnaires of the current cycle are overdue (``talent``: hrkit.yaml's talent
    section): the setting, else the cycle's end."""
    return talent.questionnaire_due or _dt.date(int(talent.cycle[5:]), 3, 31)
