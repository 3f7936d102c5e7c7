"""A field is missing, unknown, or holds the wrong type of value.

The record format is a contract (see docs/record-format.md): every tool that reads the
repository relies on it. A misspelled key (`reportsto`) would otherwise be ignored and the
record would silently lose its reporting line; a date like `2023-02-30` or a status like
`Active` would flow into reports. Fields an organization adds must be declared under
`extra_fields` in hrkit.yaml. The finding sits on the field (on the parent, or the top of the
file, when a required field is missing).

Fails:

```yaml
id: "2802"
title: Director General, Workplace Partnerships
classification: EX-03
status: Active
effective_date: 2023-02-30
department: ESDC
reportsto: "1001"
```

Passes:

```yaml
id: "2802"
title: Director General, Workplace Partnerships
classification: EX-03
status: active
effective_date: 2023-02-28
department: ESDC
reports_to: "1001"
```
"""
from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator

from hrkit.model.findings import Finding, Severity
from hrkit.rules.base import Context, Rule
from hrkit.io.yamlscalars import ID_FIELDS


def _validator(project, kind: str):
    """The record model's validator, built by pydantic-core from the plain schema the project
    keeps (computed from hrkit.model.schema's models on first use): a project loaded from the cache
    validates records without importing pydantic."""
    if kind not in project.validators:
        from pydantic_core import SchemaValidator

        schema = project.record_schemas.get(kind)
        if schema is None:
            from hrkit.model.schema import plain_core_schema

            schema = project.record_schemas[kind] = plain_core_schema(
                kind, getattr(project.settings.extra_fields, kind))
        project.validators[kind] = SchemaValidator(_with_classes(schema))
    return project.validators[kind]


def prepare(project) -> None:
    """Build the validators before they are needed (the pre-commit path does it while git works)."""
    for kind in ("position", "profile"):
        _validator(project, kind)


def _with_classes(node):
    """Each model named in the plain schema becomes an empty class of that name: pydantic-core
    makes an instance of it, and names it in its messages."""
    if isinstance(node, dict):
        return {key: type(value, (), {}) if key == "cls" else _with_classes(value) for key, value in node.items()}
    if isinstance(node, list):
        return [_with_classes(item) for item in node]
    return node


def check(record, ctx: Context) -> Iterator[Finding]:
    value = record.value
    if not isinstance(value, dict):
        what = "nothing (the file is empty)" if value is None else f"a {_type_name(value)}"
        yield ctx.finding(record.path, None, f"a record file holds a mapping of fields; this one holds {what}",
                          record=record.file.stem, line=1, column=1)
        return
    extras = getattr(ctx.project.settings.extra_fields, record.kind)
    seen: set[str] = set()
    validator = _validator(ctx.project, record.kind)
    from pydantic_core import ValidationError  # loaded with the validator

    try:
        validator.validate_python(value)
    except ValidationError as exc:
        for error in exc.errors():
            field, node = _doc_path(value, error["loc"])
            if field in seen or (field.rsplit(".", 1)[-1] in ID_FIELDS and _is_number(node)):
                continue  # one finding per field; numbers in id fields are HR006's
            seen.add(field)
            yield ctx.finding(record.path, field or None, _message(error, field, node, record.kind, extras),
                              record=record.id)
    for name, schema in extras.items():
        if schema and name in value and name not in seen:
            from hrkit.model.jsonschemas import validator  # only organizations that declare extra fields pay for it

            for error in validator(schema).iter_errors(value[name]):
                path = ".".join([name, *(str(p) for p in error.absolute_path)])
                yield ctx.finding(record.path, path, f"{path}: {error.message}", record=record.id)
                break


def _doc_path(doc: dict, loc: tuple) -> tuple[str, object]:
    """Turn a pydantic error location into the document's dotted path (dropping union tags)."""
    parts: list[str] = []
    node: object = doc
    for part in loc:
        if isinstance(node, dict):
            if part == "[key]":
                continue
            parts.append(str(part))
            if part not in node:
                return ".".join(parts), None
            node = node[part]
        elif isinstance(node, list) and isinstance(part, int) and part < len(node):
            parts.append(str(part))
            node = node[part]
        else:
            break
    return ".".join(parts), node


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _type_name(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, _dt.datetime):
        return "date and time"
    if isinstance(value, _dt.date):
        return "date"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "list"
    return "mapping"


def _message(error: dict, field: str, node: object, kind: str, extras: dict) -> str:
    leaf = field.rsplit(".", 1)[-1]
    kind_of_error = error["type"]
    if kind_of_error == "missing":
        return f"required field {leaf!r} is missing"
    if kind_of_error == "extra_forbidden":
        return f"unknown field {leaf!r} (a field the record format does not define must be declared " \
               f"under extra_fields.{kind} in hrkit.yaml)"
    if "[key]" in error["loc"]:
        return f"{field}: cycle keys are fiscal years written like \"2025-2026\""
    shown = "" if kind == "profile" and kind_of_error != "literal_error" else f" (got {_shown(node)})"
    if kind_of_error.startswith("date") or (kind_of_error == "string_type" and leaf.endswith(("_date", "_on"))):
        return f"{field}: expected a real date written YYYY-MM-DD{shown}"
    if kind_of_error == "literal_error":
        expected = error["msg"].removeprefix("Input should be ")
        return f"{field}: {_shown(node)} is not allowed; expected {expected}"
    if kind_of_error == "string_pattern_mismatch":
        return f"{field}: not a valid id{shown}; ids are letters, digits, '.', '_' and '-' " \
               "(no spaces, slashes or accents), starting with a letter or digit"
    expected = {"string_type": "text", "list_type": "a list", "model_type": "a mapping", "dict_type": "a mapping",
                "int_type": "a whole number", "bool_type": "true or false", "float_type": "a number",
                "string_too_short": "non-empty text", "greater_than_equal": "a number of 0 or more"}
    if kind_of_error in expected:
        got = "" if kind_of_error in ("string_too_short", "greater_than_equal") else \
            f" (got {_type_name(node)}{'' if kind == 'profile' else ' ' + _shown(node)})"
        return f"{field}: expected {expected[kind_of_error]}{got}"
    return f"{field}: {error['msg']}{shown}"


def _shown(value: object) -> str:
    text = value.isoformat() if isinstance(value, _dt.date) else repr(value) if isinstance(value, str) else str(value)
    return text if len(text) <= 40 else text[:37] + "..."


RULE = Rule(code="HR003", name="schema-violation", severity=Severity.ERROR, scope="record", doc=__doc__, check=check)
