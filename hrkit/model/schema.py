"""The record format as pydantic models: the single source of the JSON Schema that editors use
(``hrkit schema position``) and of the schema-violation findings (HR003)."""
from __future__ import annotations

import datetime as _dt
import sys
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, create_model

from hrkit.io.yamlscalars import INT64_MAX

Text = Annotated[str, StringConstraints(min_length=1)]
Id = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")]
Dollars = Annotated[int, Field(ge=0, le=INT64_MAX)]
# YAML has .nan and .inf, JSON has neither, yet editors check YAML against the exported JSON
# Schema: there "maximum" refuses infinity and numbers too large to be a float, and since NaN
# passes every comparison a validator makes, NaN alone is both >= 0 and <= -1.
_FINITE_IN_JSON_SCHEMA = {"maximum": sys.float_info.max, "not": {"minimum": 0, "maximum": -1}}
Fte = Annotated[float, Field(ge=0, allow_inf_nan=False,  # a strict float takes whole numbers too
                             json_schema_extra=_FINITE_IN_JSON_SCHEMA)]
CycleKey = Annotated[str, StringConstraints(pattern=r"^[0-9]{4}-[0-9]{4}$")]


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, defer_build=True)


class Supervisor(_Record):
    """The supervisor as printed on the work description; must agree with ``reports_to``'s record."""

    title: Text | None = None
    classification: Text | None = None


class Dimensions(_Record):
    """Of the unit the position leads, the position itself included; money in whole dollars."""

    fte: Fte | None = None
    salary: Dollars | None = None
    o_and_m: Dollars | None = None
    total: Dollars | None = None
    operating_budget: Dollars | None = None
    program_budget: Dollars | None = None


class SourceDocument(_Record):
    document: Text
    ocr: bool = False


class Position(_Record):
    id: Id
    title: Text
    title_fr: Text | None = None
    job_code: Id | None = None
    classification: Text
    classification_status: Literal["approved", "proposed"] = "approved"
    status: Literal["active", "vacant", "proposed", "abolished"]
    effective_date: _dt.date
    department: Text
    branch: Text | None = None
    directorate: Text | None = None
    division: Text | None = None
    location: Text | None = None
    reports_to: Id | None = None
    supervisor: Supervisor | None = None
    incumbent: Id | None = None
    dimensions: Dimensions | None = None
    general_accountability: Text | None = None
    nature_and_scope: Text | None = None
    specific_accountabilities: list[Text] | None = None
    source: SourceDocument | None = None


class Name(_Record):
    given: Text
    family: Text


class Acting(_Record):
    position: Id | None = None
    classification: Text
    from_: _dt.date = Field(alias="from")
    to: _dt.date | None = None

    model_config = ConfigDict(extra="forbid", strict=True, populate_by_name=True, defer_build=True)


class DevelopmentActivity(_Record):
    activity: Text
    status: Literal["planned", "in-progress", "done"]


class TalentCycle(_Record):
    """One talent-management cycle (fiscal year) of an executive."""

    questionnaire: Literal["submitted", "not-submitted", "not-required"] | None = None
    submitted_on: _dt.date | None = None
    talent_map: Text | None = None
    assessed_by: Id | None = None
    feedback_on: _dt.date | None = None
    development_plan: list[DevelopmentActivity] | None = None


class Profile(_Record):
    id: Id
    name: Name
    position: Id | None = None
    classification: Text
    acting: Acting | None = None
    talent: dict[CycleKey, TalentCycle] | None = None


MODELS: dict[str, type[_Record]] = {"position": Position, "profile": Profile}


def model_for(kind: str, extra_fields: dict[str, dict[str, Any]]) -> type[_Record]:
    """The record model, widened by the fields an organization declares in hrkit.yaml."""
    base = MODELS[kind]
    if not extra_fields:
        return base
    fields = {name: (Any, Field(default=None, json_schema_extra=schema or None))
              for name, schema in extra_fields.items()}
    return create_model(f"{base.__name__}WithExtras", __base__=base, **fields)


def plain_core_schema(kind: str, extra_fields: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The record model's pydantic-core schema as plain data, from which HR003 builds its
    validator without pydantic: each model class is replaced by its name, and the metadata
    (JSON Schema hooks, used by nothing that validates) is dropped."""
    model = model_for(kind, extra_fields)
    model.model_rebuild()
    return _plain(model.__pydantic_core_schema__)


def _plain(node: Any) -> Any:
    if isinstance(node, dict):
        return {key: value.__name__ if key == "cls" else _plain(value)
                for key, value in node.items() if key != "metadata"}
    if isinstance(node, list):
        return [_plain(item) for item in node]
    if node is None or isinstance(node, (str, int, float)):
        return node
    raise TypeError(f"the record schema holds {node!r}; HR003 can only keep plain data")


def json_schema(kind: str, extra_fields: dict[str, dict[str, Any]] | None = None) -> dict[str, Any]:
    schema = model_for(kind, extra_fields or {}).model_json_schema(by_alias=True)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = f"hrkit {kind} record"
    for name, extra in (extra_fields or {}).items():
        schema["properties"][name] = extra or {}
    return schema
