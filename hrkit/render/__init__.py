"""Renderers turn a Report into the full output text; the CLI decides where it goes.

Every renderer has the same signature, ``render(report, *, show_suppressed, color) -> str``,
so the CLI can pick one by name without knowing the formats.
"""
from __future__ import annotations

from collections.abc import Mapping

from hrkit.render import github, json, sarif, text

RENDERERS = {"text": text.render, "json": json.render, "github": github.render, "sarif": sarif.render}


def pick_format(name: str, *, env: Mapping[str, str], isatty: bool) -> str:
    """Resolve ``auto``: annotations in a GitHub Actions log (never a terminal), text otherwise,
    so a workflow gets inline annotations without extra flags."""
    if name != "auto":
        return name
    return "github" if env.get("GITHUB_ACTIONS") == "true" and not isatty else "text"


def use_color(env: Mapping[str, str], isatty: bool) -> bool:
    """Color only for a person at a terminal, and never when NO_COLOR is set (no-color.org:
    an empty NO_COLOR counts as unset)."""
    return isatty and not env.get("NO_COLOR")
