"""The JSON Schemas of a repository's configuration (custom rules, extra fields), made safe to
run on any records: a reference must resolve inside its schema, so validate never reads the
network or a file, and regular expressions run on RE2, whose matching time grows linearly with
the text (Python's backtracking ``re``, which jsonschema uses, takes hours to match
``^(a+)+$`` against forty characters). A pattern RE2 cannot run (a lookaround, a
backreference) is a configuration error, as is a reference that leaves the schema.
"""
from __future__ import annotations

import math
from functools import lru_cache

import jsonschema
import re2
from referencing import Registry
from referencing.exceptions import NoSuchResource, Unresolvable
from referencing.jsonschema import DRAFT202012

_NAMED = ("properties", "patternProperties", "$defs", "definitions", "dependentSchemas")
"""Keywords whose keys are names (or patterns), each naming a schema."""
_DATA = ("const", "enum", "default", "examples")
"""Keywords whose values are data, never schemas."""
_OPTIONS = re2.Options()
_OPTIONS.log_errors = False  # RE2 would print its complaint to stderr; hrkit says it once


class InvalidSchema(ValueError):
    """A schema hrkit will not run; ``where`` is the dotted path of the offending keyword."""

    def __init__(self, message: str, where: str) -> None:
        super().__init__(message)
        self.where = where


def _refuse(uri: str):
    raise NoSuchResource(ref=uri)


_OFFLINE = Registry(retrieve=_refuse)
"""References are looked up in the schema and the draft's own meta-schemas, nowhere else."""


def check(schema: dict, at: str = "") -> None:
    """Refuse a schema (InvalidSchema, located under ``at``) that is not draft 2020-12, has a
    reference that does not resolve inside it, or a regular expression RE2 cannot run."""
    try:
        jsonschema.Draft202012Validator.check_schema(schema)
    except jsonschema.SchemaError as exc:
        raise InvalidSchema(exc.message, _dotted(at, *exc.absolute_path)) from None
    resolver = _OFFLINE.with_resource("", DRAFT202012.create_resource(schema)).crawl().resolver()
    keywords = set()
    for where, node, scope in _schemas(schema, at, resolver):
        keywords.update(node)
        for key in ("$ref", "$dynamicRef"):
            if isinstance(node.get(key), str):
                try:
                    scope.lookup(node[key])
                except Unresolvable:
                    raise InvalidSchema(f"{key} {node[key]!r} does not resolve inside this schema; hrkit follows "
                                        "no reference out of it (no network, no files)", _dotted(where, key)) from None
        patterns = [("pattern", node["pattern"])] if isinstance(node.get("pattern"), str) else []
        patterns += [(f"patternProperties.{p}", p) for p in node.get("patternProperties", ())]
        for key, pattern in patterns:
            try:
                _compiled(pattern)
            except re2.error as exc:
                reason = exc.args[0].decode() if exc.args and isinstance(exc.args[0], bytes) else str(exc)
                raise InvalidSchema(f"pattern {pattern!r}: {reason}; hrkit runs patterns on RE2, which has no "
                                    "lookaround or backreference and always finishes", _dotted(where, key)) from None
    if {"unevaluatedProperties", "patternProperties"} <= keywords:
        raise InvalidSchema("unevaluatedProperties cannot be used with patternProperties in hrkit (its patterns "
                            "would run on Python's backtracking matcher); use additionalProperties", at)


def _schemas(node, where: str, resolver):
    """(dotted path, schema object, resolver at its base URI) of every schema object inside."""
    if isinstance(node, list):
        for i, item in enumerate(node):
            yield from _schemas(item, _dotted(where, i), resolver)
        return
    if not isinstance(node, dict):
        return
    if isinstance(node.get("$id"), str):
        resolver = resolver.in_subresource(DRAFT202012.create_resource(node))
    yield where, node, resolver
    for key, value in node.items():
        if key in _NAMED and isinstance(value, dict):
            for name, sub in value.items():
                yield from _schemas(sub, _dotted(where, key, name), resolver)
        elif key not in _DATA:
            yield from _schemas(value, _dotted(where, key), resolver)


def _dotted(*parts) -> str:
    return ".".join(str(p) for p in parts if p != "")


@lru_cache(maxsize=4096)
def _compiled(pattern: str):
    return re2.compile(pattern, _OPTIONS)


def _search(pattern: str, text) -> bool:
    return _compiled(pattern).search(str(text)) is not None


def _pattern(validator, pattern, instance, schema):
    if validator.is_type(instance, "string") and not _search(pattern, instance):
        yield jsonschema.ValidationError(f"{instance!r} does not match {pattern!r}")


def _pattern_properties(validator, patterns, instance, schema):
    if not validator.is_type(instance, "object"):
        return
    for pattern, subschema in patterns.items():
        for key, value in instance.items():
            if _search(pattern, key):
                yield from validator.descend(value, subschema, path=key, schema_path=pattern)


def _additional_properties(validator, extra, instance, schema):
    """jsonschema's own keyword, told which properties the patterns cover (matched here by RE2)
    as if they were declared, so that it matches no pattern itself."""
    patterns = schema.get("patternProperties")
    if patterns and validator.is_type(instance, "object"):
        covered = {key: True for key in instance if any(_search(p, key) for p in patterns)}
        schema = {key: value for key, value in schema.items() if key != "patternProperties"}
        schema["properties"] = {**schema.get("properties", {}), **covered}
    yield from jsonschema.Draft202012Validator.VALIDATORS["additionalProperties"](validator, extra, instance, schema)


def _is_number(checker, instance) -> bool:
    """JSON's numbers: YAML's ``.nan`` and ``.inf`` are not among them (as HR003 says of hrkit's own fields)."""
    return jsonschema.Draft202012Validator.TYPE_CHECKER.is_type(instance, "number") and math.isfinite(instance)


_Validator = jsonschema.validators.extend(
    jsonschema.Draft202012Validator,
    {"pattern": _pattern, "patternProperties": _pattern_properties, "additionalProperties": _additional_properties},
    type_checker=jsonschema.Draft202012Validator.TYPE_CHECKER.redefine("number", _is_number))


def validator(schema: dict):
    """A draft 2020-12 validator of a schema ``check`` has passed."""
    return _Validator(schema, registry=_OFFLINE)
