"""An organization's own rules (rules/custom/*.yaml): records chosen by field globs must
satisfy a JSON Schema. Each becomes a record-scope Rule with the file's code and name."""
from __future__ import annotations

import fnmatch
from functools import partial

from hrkit.rules.base import Rule


def match_selector(selector: dict[str, str | list[str]], lookup) -> bool:
    """Field globs: every field must match one of its patterns (``classification: "EX-*"``)."""
    for field, patterns in selector.items():
        value = lookup(field)
        if value is None:
            return False
        text = value if isinstance(value, str) else str(value)
        options = [patterns] if isinstance(patterns, str) else patterns
        if not any(fnmatch.fnmatchcase(text, p) for p in options):
            return False
    return True


def _lookup(data: dict, dotted: str):
    node = data
    for part in dotted.split("."):
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node


def _check(spec, validator, record, ctx):
    data = record.data
    if not data or not match_selector(spec.select, partial(_lookup, data)):
        return
    reported = set()
    for error in validator.iter_errors(data):
        path = [str(p) for p in error.absolute_path]
        if error.validator == "required":
            missing = [k for k in error.validator_value if not isinstance(error.instance, dict) or k not in error.instance]
            path += missing[:1]
        field = ".".join(path) or None
        if field in reported:
            continue
        reported.add(field)
        if error.validator == "required":
            detail = f" ({field} is missing)"
        else:
            detail = f" ({field}: {error.message})" if record.kind == "position" else f" ({field})"
        yield ctx.finding(record.path, field, spec.message + detail, record=record.id)


def custom_rules(project) -> list[Rule]:
    if not project.custom_rules:
        return []
    from hrkit.model.jsonschemas import validator as schema_validator  # only organizations with custom rules pay for it

    rules = []
    for spec in project.custom_rules:
        validator = schema_validator(spec.schema_)
        doc = f"{spec.message}\n\n{spec.description or ''}".strip()
        rules.append(Rule(code=spec.code, name=spec.name, severity=spec.severity, scope="record", doc=doc,
                          check=partial(_check, spec, validator), applies_to=(spec.applies_to,)))
    return rules
