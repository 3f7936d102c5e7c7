"""A records repository as the rules see it: settings, reference data and custom rules, all
read through one Source so that ``--staged`` and ``--rev`` use the configuration they name."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from hrkit import __version__
from hrkit.classification import Scheme
from hrkit.config import (CLASSIFICATIONS_FILE, CUSTOM_DIR, TALENT_FILE, ClassificationsFile,
                          CustomRuleFile, Settings, TalentFile, read_model)
from hrkit.errors import ConfigError
from hrkit.repo import CONFIG_FILE


@dataclass(frozen=True)
class Project:
    root: Path
    settings: Settings
    scheme: Scheme
    talent: TalentFile
    custom_rules: tuple[CustomRuleFile, ...]
    fingerprint: str = ""  # of hrkit's version and every configuration byte: keys cached results


def load_project(root: Path, source) -> Project:
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
    digest = hashlib.sha1(__version__.encode())
    for path in (CONFIG_FILE, CLASSIFICATIONS_FILE, TALENT_FILE, *source.list_dir(CUSTOM_DIR)):
        digest.update(path.encode() + b"\0" + (source.read(path) or b"") + b"\0")
    return Project(root, settings, scheme, talent, custom, digest.hexdigest())
