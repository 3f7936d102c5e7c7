"""Strict, fast YAML reading for records and reference files.

libyaml (PyYAML's C parser) does the parsing; the resolver and constructor are ours, so that:

* implicit typing follows YAML 1.2's core schema: ``no``/``on``/``yes`` and ``12:30`` stay
  strings, ``0x1F`` and ``1e3`` are numbers, and ``012345`` is an int whose text is kept so a
  rule can say the leading zero would be lost;
* an impossible date (``2023-02-30``) stays a string for the schema to reject with a line,
  instead of a ``ValueError`` with none;
* duplicate keys are reported (PyYAML would silently keep the last one);
* aliases are refused (a "billion laughs" document costs nothing to load and everything to
  walk), as are nesting deeper than ``MAX_DEPTH``, files over ``MAX_BYTES`` and UTF-16/32.

Everything that goes wrong becomes a ``YamlProblem`` with a 1-based line and column.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

import yaml
import yaml.cyaml
from yaml.constructor import ConstructorError, SafeConstructor
from yaml.nodes import MappingNode, ScalarNode, SequenceNode

from hrkit import fastyaml, yamlscalars

MAX_BYTES = 1 << 20
MAX_DEPTH = 32


@dataclass(frozen=True, slots=True)
class YamlProblem:
    kind: str  # "syntax" or "duplicate-key"
    message: str
    line: int
    column: int
    field: str | None = None


@dataclass(slots=True)
class YamlResult:
    data: object = None
    problems: list[YamlProblem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not any(p.kind == "syntax" for p in self.problems)


class _Resolver(yaml.resolver.BaseResolver):
    """YAML 1.2 core schema tags for plain scalars."""


for _tag, _pattern, _first in yamlscalars.IMPLICIT:
    _Resolver.add_implicit_resolver(f"tag:yaml.org,2002:{_tag}", _pattern,
                                    [*_first, ""] if _tag == "null" else list(_first))


class _Constructor(SafeConstructor):
    def __init__(self) -> None:
        super().__init__()
        self.duplicate_keys: list[yaml.Mark] = []

    def construct_mapping(self, node, deep=False):
        if not isinstance(node, MappingNode):
            raise ConstructorError(None, None, f"expected a mapping, found {node.id}", node.start_mark)
        mapping: dict = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode):
                raise ConstructorError(None, None, "mapping keys must be plain strings",
                                       key_node.start_mark)
            key = self.construct_object(key_node, deep=True)
            if not isinstance(key, str):
                key = key_node.value
            if key in mapping:
                self.duplicate_keys.append(key_node.start_mark)
                continue
            mapping[key] = self.construct_object(value_node, deep=deep)
        return mapping

    def construct_yaml_int(self, node):
        return yamlscalars.make_int(node.value)

    def construct_yaml_timestamp(self, node):
        value = yamlscalars.make_date(node.value)
        if value is not None:
            return value
        try:
            return super().construct_yaml_timestamp(node)
        except ValueError:
            return node.value


_Constructor.add_constructor("tag:yaml.org,2002:int", _Constructor.construct_yaml_int)
_Constructor.add_constructor("tag:yaml.org,2002:timestamp", _Constructor.construct_yaml_timestamp)


class _Loader(yaml.cyaml.CParser, _Constructor, _Resolver):
    def __init__(self, stream) -> None:
        yaml.cyaml.CParser.__init__(self, stream)
        _Constructor.__init__(self)
        _Resolver.__init__(self)


assert yaml.__with_libyaml__, "hrkit needs PyYAML built with libyaml"

# An anchor or alias starts a value: after a space, a flow indicator or a line start. "O&M" and
# "R&D" do not match; a match only means the (rare) file gets its event stream checked.
_MAYBE_ALIAS = re.compile(rb"(?:^|[\s\[{,])[&*][^\s,\[\]{}]", re.MULTILINE)
_DEEP_INDENT = re.compile(rb"\n {%d,}\S" % (2 * MAX_DEPTH))
_BOMS = {codecs.BOM_UTF32_LE: "UTF-32", codecs.BOM_UTF32_BE: "UTF-32",
         codecs.BOM_UTF16_LE: "UTF-16", codecs.BOM_UTF16_BE: "UTF-16"}


def load_yaml(data: bytes) -> YamlResult:
    """Parse one YAML document from bytes; never raises for bad input."""
    if len(data) > MAX_BYTES:
        return _fail(f"file is {len(data):,} bytes, over the {MAX_BYTES:,}-byte limit for a record file", 1, 1)
    for bom, name in _BOMS.items():
        if data.startswith(bom):
            return _fail(f"file is encoded as {name}; save it as UTF-8", 1, 1)
    if data.startswith(codecs.BOM_UTF8):
        data = data[3:]
    if (data.count(b"[") + data.count(b"{") > MAX_DEPTH) or _DEEP_INDENT.search(data) \
            or ((b"&" in data or b"*" in data) and _MAYBE_ALIAS.search(data)):
        problem = _event_problem(data)
        if problem:
            return YamlResult(None, [problem])
    fast = fastyaml.fast_load(data)
    if fast is not None:
        return YamlResult(fast.value, [
            YamlProblem("duplicate-key", f"key {path.rsplit('.', 1)[-1]!r} appears more than once in this mapping",
                        line, column, path) for line, column, path in fast.duplicates])
    loader = _Loader(data)
    try:
        value = loader.get_single_data()
    except yaml.reader.ReaderError:
        return YamlResult(None, [_encoding_problem(data)])
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        message = " ".join(str(x) for x in (exc.context, exc.problem) if x) or "invalid YAML"
        if isinstance(exc, yaml.composer.ComposerError) and "single document" in message:
            message = "a record file holds one YAML document; found another after '---'"
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        if b"\t" in data and _char_at(data, line, column) == b"\t":
            message += " (a tab: YAML indents with spaces only)"
        return _fail(message, line, column)
    except yaml.YAMLError as exc:
        return _fail(str(exc), 1, 1)
    finally:
        loader.dispose()
    problems = [_duplicate_problem(data, mark) for mark in loader.duplicate_keys]
    return YamlResult(value, problems)


def _duplicate_problem(data: bytes, mark) -> YamlProblem:
    """Name the duplicate key by its dotted path: walk the node tree to the key's position."""
    path: list[str] = []
    node = yaml.compose(data, Loader=yaml.CSafeLoader)
    while isinstance(node, (MappingNode, SequenceNode)):
        children = node.value if isinstance(node, MappingNode) else [(None, v) for v in node.value]
        for index, (key_node, value_node) in enumerate(children):
            if key_node is not None and key_node.start_mark.index == mark.index:
                path.append(key_node.value)
                node = None
                break
            if value_node.start_mark.index <= mark.index < value_node.end_mark.index and \
                    isinstance(value_node, (MappingNode, SequenceNode)):
                path.append(key_node.value if key_node is not None else str(index))
                node = value_node
                break
        else:
            break
    return YamlProblem("duplicate-key", f"key {path[-1] if path else '?'!r} appears more than once in this mapping",
                       mark.line + 1, mark.column + 1, ".".join(path) or None)


def _char_at(data: bytes, line: int, column: int) -> bytes:
    lines = data.split(b"\n", line)
    return lines[line - 1][column - 1:column] if line <= len(lines) else b""


def _fail(message: str, line: int, column: int) -> YamlResult:
    return YamlResult(None, [YamlProblem("syntax", message, line, column)])


def _encoding_problem(data: bytes) -> YamlProblem:
    head = data[:64]
    if len(head) >= 4 and (head[1::2].count(0) > len(head) // 4 or head[0::2].count(0) > len(head) // 4):
        return YamlProblem("syntax", "file looks like UTF-16 (every other byte is zero); save it as UTF-8", 1, 1)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        return YamlProblem("syntax", f"byte 0x{data[exc.start]:02X} is not valid UTF-8; save the file as UTF-8",
                           line, column)
    for offset, char in enumerate(text):
        if (ord(char) < 0x20 and char not in "\t\n\r") or 0x7F <= ord(char) < 0xA0 or char == "\ufffe":
            line = text.count("\n", 0, offset) + 1
            column = offset - (text.rfind("\n", 0, offset) + 1) + 1
            return YamlProblem("syntax", f"control character U+{ord(char):04X} is not allowed", line, column)
    return YamlProblem("syntax", "the file cannot be read as UTF-8 YAML", 1, 1)


def _event_problem(data: bytes) -> YamlProblem | None:
    """Walk the event stream (libyaml's parser is iterative): refuse aliases and anchors, and
    stop past MAX_DEPTH before the recursive composer could exhaust the stack."""
    depth = 0
    try:
        for event in yaml.parse(data, Loader=yaml.CSafeLoader):
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                mark = event.start_mark
                return YamlProblem("syntax", "anchors and aliases are not allowed in records",
                                   mark.line + 1, mark.column + 1)
            if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                depth += 1
                if depth > MAX_DEPTH:
                    mark = event.start_mark
                    return YamlProblem("syntax", f"nesting deeper than {MAX_DEPTH} levels",
                                       mark.line + 1, mark.column + 1)
            elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                depth -= 1
    except yaml.YAMLError:
        return None  # the real load reports the syntax error with its position
    return None


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
