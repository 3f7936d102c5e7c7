"""Strict, fast YAML reading for records and reference files.

Checks come first (size, encoding, depth, aliases); then ``fastyaml`` reads the plain block
YAML records are written in, and libyaml (PyYAML's C parser, hrkit/io/yamllib.py) the rest, with
a resolver and constructor of ours, so that:

* implicit typing follows YAML 1.2's core schema: ``no``/``on``/``yes`` and ``12:30`` stay
  strings, ``0x1F`` and ``1e3`` are numbers, and ``012345`` is an int whose text is kept so a
  rule can say the leading zero would be lost;
* an impossible date (``2023-02-30``) stays a string for the schema to reject with a line,
  instead of a ``ValueError`` with none;
* duplicate keys are reported (PyYAML would silently keep the last one);
* aliases are refused (a "billion laughs" document costs nothing to load and everything to
  walk), as are nesting deeper than ``MAX_DEPTH``, files over ``MAX_BYTES`` and UTF-16/32;
* what YAML tools would read differently or not at all is refused: control characters, NEL,
  LS and PS, a ``%YAML 1.1`` directive, keys over 1024 characters, integers of more than 4,300
  digits. The fast reader steps aside for all of them, so both readers agree by construction.

Everything that goes wrong becomes a ``YamlProblem`` with a 1-based line and column.
"""
from __future__ import annotations

import codecs
import re

from hrkit.io import fastyaml
from hrkit.io.yamlresult import MAX_DEPTH, YamlResult, duplicate_key, failed

MAX_BYTES = 1 << 20


# An anchor or alias starts a value: after a space, a flow indicator or a line start. "O&M" and
# "R&D" do not match; a match only means the (rare) file gets its event stream checked.
_MAYBE_ALIAS = re.compile(rb"(?:^|[\s\[{,])[&*][^\s,\[\]{}]", re.MULTILINE)
_DEEP_INDENT = re.compile(rb"\n {%d,}\S" % (2 * MAX_DEPTH))
_BOMS = {codecs.BOM_UTF32_LE: "UTF-32", codecs.BOM_UTF32_BE: "UTF-32",
         codecs.BOM_UTF16_LE: "UTF-16", codecs.BOM_UTF16_BE: "UTF-16"}


def load_yaml(data: bytes) -> YamlResult:
    """Parse one YAML document from bytes; never raises for bad input."""
    if len(data) > MAX_BYTES:
        return failed(f"file is {len(data):,} bytes, over the {MAX_BYTES:,}-byte limit for a record file", 1, 1)
    for bom, name in _BOMS.items():
        if data.startswith(bom):
            return failed(f"file is encoded as {name}; save it as UTF-8", 1, 1)
    if data.startswith(codecs.BOM_UTF8):
        data = data[3:]
    if (data.count(b"[") + data.count(b"{") > MAX_DEPTH) or _DEEP_INDENT.search(data) \
            or ((b"&" in data or b"*" in data) and _MAYBE_ALIAS.search(data)):
        from hrkit.io import yamllib

        problem = yamllib.event_problem(data)
        if problem:
            return YamlResult(None, [problem])
    fast = fastyaml.fast_load(data)
    if fast is not None:
        return YamlResult(fast.value, [duplicate_key(*duplicate) for duplicate in fast.duplicates])
    from hrkit.io import yamllib  # PyYAML is imported only for the files the fast reader leaves

    return yamllib.load(data)


def load_mapping(data: bytes, path: str, error: type[Exception], doing: str = "") -> dict:
    """The mapping a file holds, or ``error("path:line:column: [doing: ]what is wrong")`` for
    commands that cannot go on without it (configuration, files being rewritten)."""
    result = load_yaml(data)
    if result.problems:
        problem = result.problems[0]
        raise error(f"{path}:{problem.line}:{problem.column}: {doing}{problem.message}")
    if not isinstance(result.data, dict):
        raise error(f"{path}:1:1: {doing}expected a mapping at the top of the file")
    return result.data
