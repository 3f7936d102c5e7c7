"""A records repository's configuration: ``hrkit.yaml`` and the reference files under ``rules/``.

Every file is checked with a pydantic model; a mistake stops the command with a one-line
``path:line:column: message`` (exit 2), never a traceback and never a silently ignored key.
What passes is kept as plain data (``as_plain``): the models are the contract, not the
objects the rest of hrkit reads.
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import re
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from hrkit import code_digest
from hrkit.model.classification import Scheme
from hrkit.errors import ConfigError
from hrkit.model.findings import Severity
from hrkit.check.locate import FieldLocator
from hrkit.model.project import CLASSIFICATIONS_FILE, CUSTOM_DIR, TALENT_FILE, Plain, Project
from hrkit.io.repo import CONFIG_FILE
from hrkit.io.yamlsafe import load_mapping

CYCLE = re.compile(r"^([0-9]{4})-([0-9]{4})$")


def check_json_schema(schema: dict, at: str = "") -> None:
    """A ValueError (``where`` locates it under ``at``) for a schema hrkit will not run."""
    from hrkit.model import jsonschemas  # only configurations that declare schemas pay for the import

    jsonschemas.check(schema, at)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True, defer_build=True)


class TalentSettings(_Strict):
    cycle: str
    questionnaire_due: _dt.date | None = None

    @field_validator("cycle")
    @classmethod
    def _cycle(cls, value: str) -> str:
        match = CYCLE.match(value)
        if not match or int(match[2]) != int(match[1]) + 1:
            raise ValueError("a talent cycle is a fiscal year written like '2025-2026'")
        return value


class RuleSettings(_Strict):
    select: list[str] = Field(default_factory=list)
    ignore: list[str] = Field(default_factory=list)
    severity: dict[str, Severity] = Field(default_factory=dict)
    options: dict[str, dict[str, Any]] = Field(default_factory=dict)

    @field_validator("severity", mode="before")
    @classmethod
    def _severity(cls, value: Any) -> Any:
        if isinstance(value, dict):
            return {k: Severity(v) if v in ("error", "warning") else v for k, v in value.items()}
        return value


class PrivacySettings(_Strict):
    min_cell: int = Field(default=5, ge=2)
    allowed_emails: list[str] = Field(default_factory=list)


class ExtraFields(_Strict):
    """Fields an organization adds to the record format, each with a JSON Schema ({} for any value)."""

    position: dict[str, dict[str, Any]] = Field(default_factory=dict)
    profile: dict[str, dict[str, Any]] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _schemas(self) -> ExtraFields:
        for kind, fields in (("position", self.position), ("profile", self.profile)):
            for name, schema in fields.items():
                check_json_schema(schema, f"{kind}.{name}")
        return self


OWNER = re.compile(r"^(?:@[A-Za-z0-9_.-]+(?:/[A-Za-z0-9_.-]+)*|[^@\s]+@[^@\s]+\.[^@\s]+)$")


class CodeownersSettings(_Strict):
    """Who must approve changes, for `hrkit codeowners`: the delegate owns the configuration,
    CODEOWNERS itself and any record no mapping covers; a branch's or a directorate's reviewers
    own its positions (and the talent profiles of their incumbents)."""

    delegate: list[str] = Field(default_factory=list)
    branches: dict[str, list[str]] = Field(default_factory=dict)
    directorates: dict[str, list[str]] = Field(default_factory=dict)

    @field_validator("delegate", "branches", "directorates")
    @classmethod
    def _owners(cls, value):
        for owners in value.values() if isinstance(value, dict) else [value]:
            if isinstance(value, dict) and not owners:
                raise ValueError("list at least one reviewer")
            for owner in owners:
                if not OWNER.match(owner):
                    raise ValueError(f"{owner!r} is not a reviewer: write @user, @org/team or an e-mail address")
        return value

    @model_validator(mode="after")
    def _delegate(self) -> CodeownersSettings:
        if (self.branches or self.directorates) and not self.delegate:
            raise ValueError("codeowners needs a delegate: the reviewers of hrkit.yaml, rules/ and CODEOWNERS")
        return self


class Settings(_Strict):
    organization: str
    talent: TalentSettings
    rules: RuleSettings = RuleSettings()
    privacy: PrivacySettings = PrivacySettings()
    extra_fields: ExtraFields = ExtraFields()
    codeowners: CodeownersSettings = CodeownersSettings()


class GroupSpec(_Strict):
    name: str | None = None
    levels: int = Field(ge=1, le=99)


class ClassificationsFile(_Strict):
    groups: dict[str, GroupSpec]
    senior_groups: list[str] = Field(default_factory=lambda: ["DM", "EX"])
    cross_group_ranks: dict[str, int] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _consistent(self) -> ClassificationsFile:
        for group in self.groups:
            if not re.match(r"^[A-Z]{2,3}(?:-[A-Z]{2,4})?$", group):
                raise ValueError(f"group {group!r} must be 2 or 3 capital letters, or a group and its "
                                 "subgroup (EN-ENG)")
        for group in self.senior_groups:
            if group not in self.groups:
                raise ValueError(f"senior_groups names {group!r}, which is not a declared group")
        scheme = self.scheme()
        for code in self.cross_group_ranks:
            if code not in scheme:
                raise ValueError(f"cross_group_ranks names {code!r}, which is not a declared classification")
        return self

    def scheme(self) -> Scheme:
        return Scheme({g: spec.levels for g, spec in self.groups.items()}, tuple(self.senior_groups),
                      dict(self.cross_group_ranks))


class TalentFile(_Strict):
    placements: list[str]
    questionnaire_required: list[str] = Field(default_factory=lambda: ["EX-03", "EX-04", "EX-05"])

    @field_validator("placements")
    @classmethod
    def _placements(cls, value: list[str]) -> list[str]:
        for item in value:
            if not re.match(r"^[a-z][a-z0-9-]*$", item):
                raise ValueError(f"placement {item!r} must be lower-case words joined by '-'")
        return value


class CustomRuleFile(_Strict):
    """An organization's own rule: records matching ``select`` must satisfy ``schema``."""

    code: str = Field(pattern=r"^[A-Z]{2,6}[0-9]{3}$")
    name: str = Field(pattern=r"^[a-z][a-z0-9-]*$")
    message: str
    severity: Severity = Severity.ERROR
    applies_to: Literal["position", "profile"] = "position"
    select: dict[str, str | list[str]] = Field(default_factory=dict)
    schema_: dict[str, Any] = Field(alias="schema")
    description: str | None = None

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True, populate_by_name=True,
                              defer_build=True)

    @field_validator("severity", mode="before")
    @classmethod
    def _severity(cls, value: Any) -> Any:
        return Severity(value) if value in ("error", "warning") else value

    @field_validator("code")
    @classmethod
    def _code(cls, value: str) -> str:
        if value.startswith("HR"):
            raise ValueError("codes starting with HR are hrkit's own; use your organization's prefix")
        return value

    @field_validator("schema_")
    @classmethod
    def _schema(cls, value: dict) -> dict:
        check_json_schema(value)
        return value


def as_plain(value: Any) -> Any:
    """A validated model as plain data: sections become ``Plain``, containers are copied."""
    if isinstance(value, BaseModel):
        return Plain(**{name: as_plain(getattr(value, name)) for name in type(value).model_fields})
    if isinstance(value, dict):
        return {key: as_plain(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(as_plain(item) for item in value)
    return value


def read_model(source, path: str, model: type[BaseModel], *, required: bool = True, default=None):
    """Load a YAML file through ``source`` into ``model``; errors carry path:line:column."""
    data = source.read(path)
    if data is None:
        if required:
            raise ConfigError(f"{path}: missing (run 'hrkit init' to create a records repository)")
        return default
    mapping = load_mapping(data, path, ConfigError)
    try:
        return model.model_validate(mapping)
    except ValidationError as exc:
        error = exc.errors()[0]
        parts = [str(p) for p in error["loc"] if not str(p).startswith("function-")]
        inner = getattr(error.get("ctx", {}).get("error"), "where", "")  # a keyword inside a JSON Schema
        field = ".".join([*parts, inner] if inner else parts)
        line, column = FieldLocator(data).locate(field)
        raise ConfigError(f"{path}:{line}:{column}: {config_message(error, field)}") from None


def config_message(error: dict, field: str) -> str:
    kind = error["type"]
    if kind == "extra_forbidden":
        return f"unknown key {field!r}"
    if kind == "missing":
        return f"missing key {field!r}"
    message = error["msg"].removeprefix("Value error, ")
    return f"{field}: {message}" if field else message


def load_project(root: Path, source) -> Project:
    """The project ``source`` holds (its hrkit.yaml and rules/ files), each file checked."""
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
