"""The libyaml path of hrkit/yamlsafe.py: PyYAML's C parser with hrkit's resolver and
constructor (YAML 1.2 typing, duplicate keys recorded, impossible dates kept as text), for the
files the fast reader leaves, and the event-stream check for aliases and deep nesting. Imported
only when such a file is met, so commands that read plain records never load PyYAML."""
from __future__ import annotations

import yaml
import yaml.cyaml
from yaml.constructor import ConstructorError, SafeConstructor
from yaml.nodes import MappingNode, ScalarNode, SequenceNode

from hrkit import yamlscalars
from hrkit.yamlsafe import MAX_DEPTH, YamlProblem, YamlResult, failed


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

def load(data: bytes) -> YamlResult:
    """Parse one document with libyaml; never raises for bad input."""
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
        return failed(message, line, column)
    except yaml.YAMLError as exc:
        return failed(str(exc), 1, 1)
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


def event_problem(data: bytes) -> YamlProblem | None:
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


def _char_at(data: bytes, line: int, column: int) -> bytes:
    lines = data.split(b"\n", line)
    return lines[line - 1][column - 1:column] if line <= len(lines) else b""


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
