"""A records repository as the rules see it: settings, reference data and custom rules, all
read through one Source so that ``--staged`` and ``--rev`` use the configuration they name.

The configuration is checked by the pydantic models of ``hrkit.config`` and then kept as plain
data (``Plain``), so that a stored project (the pre-commit hook's) is loaded without pydantic.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace

from hrkit import code_digest
from hrkit.classification import Scheme
from hrkit.errors import ConfigError
from hrkit.repo import CONFIG_FILE

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
    """The pydantic-core schema of each record kind, as plain data (hrkit.schema.plain_core_schema)."""
    validators: dict[str, object] = field(default_factory=dict, compare=False, repr=False)
    """HR003's validator of each record kind, built from ``record_schemas`` on first use."""


def load_project(root: Path, source) -> Project:
    from hrkit.config import ClassificationsFile, CustomRuleFile, Settings, TalentFile, as_plain, read_model

    source.prefetch([CONFIG_FILE, CLASSIFICATIONS_FILE, TALENT_FILE, *source.list_dir(CUSTOM_DIR)])
    settings = read_model(source, CONFIG_FILE, Settings)
    classifications = read_model(source, CLASSIFICATIONS_FILE, ClassificationsFile)
    scheme = classifications.scheme()
    talent = read_model(source, TALENT_FILE, TalentFile)
    for code in talent.questionnaire_required:
        if code not in scheme:
            raise ConfigError(f"{TALENT_FILE}:1:1: questionnaire_required names {code!r}, "
                              f"which {CLASSIFICATIONS_FILE} does not declare")
    custom = tuple(read_model(source, path, CustomRuleFile) for path in source.list_dir(CUSTOM_DIR))
    seen: dict[str, str] = {}
    for path, rule in zip(source.list_dir(CUSTOM_DIR), custom):
        if rule.code in seen:
            raise ConfigError(f"{path}:1:1: custom rule code {rule.code} is also used by {seen[rule.code]}")
        seen[rule.code] = path
    digest = hashlib.sha1(code_digest().encode())
    for path in (CONFIG_FILE, CLASSIFICATIONS_FILE, TALENT_FILE, *source.list_dir(CUSTOM_DIR)):
        digest.update(path.encode() + b"\0" + (source.read(path) or b"") + b"\0")
    return Project(root, as_plain(settings), scheme, as_plain(talent), tuple(as_plain(c) for c in custom),
                   digest.hexdigest())
