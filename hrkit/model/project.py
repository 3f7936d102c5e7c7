"""A records repository as the rules see it: settings, reference data and custom rules, all
read through one Source so that ``--staged`` and ``--rev`` use the configuration they name.

The configuration is checked by the pydantic models of ``hrkit.model.config`` and then kept as plain
data (``Plain``), so that a stored project (the pre-commit hook's) is loaded without pydantic.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace

from hrkit.model.classification import Scheme
from hrkit.io.repo import CONFIG_FILE

CLASSIFICATIONS_FILE = "rules/classifications.yaml"
TALENT_FILE = "rules/talent.yaml"
CUSTOM_DIR = "rules/custom"
CONFIG_PATHS = (CONFIG_FILE, "rules")
"""Where a project's configuration is: every file load_project reads is under these."""


class Plain(SimpleNamespace):
    """A validated configuration section: its fields as attributes, nothing else."""


@dataclass(frozen=True)
class Project:
    root: Path
    settings: Plain  # hrkit.yaml, as checked by config.Settings
    scheme: Scheme
    talent: Plain  # rules/talent.yaml, as checked by config.TalentFile
    custom_rules: tuple[Plain, ...]  # rules/custom/*.yaml, as checked by config.CustomRuleFile
    fingerprint: str = ""  # of hrkit's code and every configuration byte: keys cached results
    record_schemas: dict[str, dict] = field(default_factory=dict, compare=False, repr=False)
    """The pydantic-core schema of each record kind, as plain data (hrkit.model.schema.plain_core_schema)."""
    validators: dict[str, object] = field(default_factory=dict, compare=False, repr=False)
    """HR003's validator of each record kind, built from ``record_schemas`` on first use."""
