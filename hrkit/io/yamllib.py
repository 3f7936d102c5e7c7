"""The libyaml path of hrkit/io/yamlsafe.py: PyYAML's C parser with hrkit's resolver and
constructor (YAML 1.2 typing, duplicate keys recorded at any depth, impossible dates kept as
text, numbers too long for Python refused), for the files the fast reader leaves, and the
event-stream check for aliases and deep nesting, and the node tree (``compose_node``) of a file
whose places or exact spellings are needed. Imported only when such a file is met, so
commands that read plain records never load PyYAML.

Before libyaml reads a file, two things it would read differently from YAML 1.2 tools are
refused with their position: the characters it takes for line breaks (NEL, LS, PS) or rejects
(controls, U+FFFE/U+FFFF), and a ``%YAML`` directive other than 1.2."""
from __future__ import annotations

import re

import yaml
import yaml.cyaml
from yaml.constructor import ConstructorError, SafeConstructor
from yaml.nodes import MappingNode, ScalarNode, SequenceNode

from hrkit.io import yamlscalars
from hrkit.io.fastyaml import MAX_KEY
from hrkit.io.yamlresult import MAX_DEPTH, YamlProblem, YamlResult, duplicate_key, failed


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
            value = self.construct_object(value_node, deep=deep)  # a duplicate's too: its own duplicates
            if key in mapping:
                self.duplicate_keys.append(key_node.start_mark)
                continue
            mapping[key] = value
        return mapping

    def construct_yaml_int(self, node):
        try:
            return yamlscalars.make_int(node.value)
        except yamlscalars.NumberTooLong as exc:
            raise ConstructorError(None, None, str(exc), node.start_mark) from None

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
    problem = _text_problem(data) or (_version_problem(data) if b"%YAML" in data else None)
    if problem:
        return YamlResult(None, [problem])
    loader = _Loader(data)
    try:
        value = loader.get_single_data()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        message = " ".join(str(x) for x in (exc.context, exc.problem) if x) or "invalid YAML"
        if isinstance(exc, yaml.composer.ComposerError) and "single document" in message:
            message = "a record file holds one YAML document; found another after '---'"
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        if b"\t" in data and _char_at(data, line, column) == "\t":
            message += " (a tab: YAML indents with spaces only)"
        elif column > MAX_KEY + 1 and _char_at(data, line, column) == ":":
            message += f" (YAML reads at most {MAX_KEY} characters from a key's start to its colon)"
        return failed(message, line, column)
    except yaml.YAMLError as exc:
        return failed(str(exc), 1, 1)
    finally:
        loader.dispose()
    marks = sorted(loader.duplicate_keys, key=lambda mark: mark.index)  # in the order of the text
    return YamlResult(value, _duplicate_problems(data, marks))


def compose_node(data: bytes | str) -> yaml.Node | None:
    """The node tree of one YAML document (``MappingNode``, ``SequenceNode``, ``ScalarNode``,
    each with its start mark and, for scalars, the text as written), for what needs places or
    spellings rather than values; None when the text is not readable YAML."""
    try:
        return yaml.compose(data, Loader=yaml.CSafeLoader)
    except yaml.YAMLError:
        return None


def _duplicate_problems(data: bytes, marks: list) -> list[YamlProblem]:
    """Name each duplicate key by its dotted path: one walk of the node tree gives every key's
    path by its position (a file of thousands of duplicates is composed once, not once each)."""
    if not marks:
        return []
    paths: dict[int, list[str]] = {}
    stack = [(compose_node(data), [])]
    while stack:
        node, path = stack.pop()
        if isinstance(node, MappingNode):
            for key_node, value_node in node.value:
                here = [*path, str(key_node.value)]
                paths.setdefault(key_node.start_mark.index, here)
                stack.append((value_node, here))
        elif isinstance(node, SequenceNode):
            stack.extend((value_node, [*path, str(index)]) for index, value_node in enumerate(node.value))
    problems = []
    for mark in marks:
        path = paths.get(mark.index, [])
        problems.append(duplicate_key(mark.line + 1, mark.column + 1, path[-1] if path else "?", ".".join(path) or None))
    return problems


# What libyaml refuses to read (C0 and C1 controls but tab, LF, CR and NEL; U+FFFE, U+FFFF) or
# reads as a line break where YAML 1.2 reads text (NEL, LS, PS).
_REFUSED = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufffe\uffff]")
_NAMES = {"\x85": "U+0085 (next line)", "\u2028": "U+2028 (line separator)", "\u2029": "U+2029 (paragraph separator)"}


def _text_problem(data: bytes) -> YamlProblem | None:
    """What libyaml's reader would refuse (not UTF-8, a refused character) or take for a line
    break, at the line and column an editor shows (lines end at LF only)."""
    head = data[:64]
    if len(head) >= 4 and (head[1::2].count(0) > len(head) // 4 or head[0::2].count(0) > len(head) // 4):
        return YamlProblem("syntax", "file looks like UTF-16 (every other byte is zero); save it as UTF-8", 1, 1)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return YamlProblem("syntax", f"byte 0x{data[exc.start]:02X} is not valid UTF-8; save the file as UTF-8",
                           *_line_column(data, exc.start))
    found = _REFUSED.search(text)
    if found is None:
        return None
    char = found[0]
    if char in _NAMES:
        message = f"character {_NAMES[char]} is a line break to YAML 1.1 readers such as libyaml and text " \
                  f"to YAML 1.2 ones; remove it, or write it as \"\\u{ord(char):04x}\" in a double-quoted string"
    elif char in "\ufffe\uffff":
        message = f"character U+{ord(char):04X} (a Unicode noncharacter) is not allowed in YAML; remove it"
    else:
        message = f"control character U+{ord(char):04X} is not allowed; remove it, or write it as " \
                  f"\"\\x{ord(char):02x}\" in a double-quoted string"
    return YamlProblem("syntax", message, *_line_column(text, found.start()))


def _line_column(text: str | bytes, offset: int) -> tuple[int, int]:
    """1-based, of ``text[offset]``; lines end at LF only, as editors and git count them."""
    newline = b"\n" if isinstance(text, bytes) else "\n"
    return text.count(newline, 0, offset) + 1, offset - text.rfind(newline, 0, offset)


def _version_problem(data: bytes) -> YamlProblem | None:
    """A ``%YAML`` directive other than 1.2: YAML 1.1 tools read ``no``, ``on`` and ``012`` as a
    boolean and an octal number, hrkit reads text and a decimal, so the file means two things."""
    try:
        for event in yaml.parse(data, Loader=yaml.CSafeLoader):
            if isinstance(event, yaml.DocumentStartEvent):
                if event.version in (None, (1, 2)):
                    return None
                mark = event.start_mark
                version = ".".join(map(str, event.version))
                return YamlProblem("syntax", f"the file declares %YAML {version}, but hrkit reads records as "
                                   "YAML 1.2, in which no and on are text and 012 is decimal, where YAML 1.1 tools "
                                   "read booleans and octal: delete the directive (quoting such values) or declare "
                                   "%YAML 1.2", mark.line + 1, mark.column + 1)
    except yaml.YAMLError:
        return None  # the real load reports the syntax error with its position
    return None


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


def _char_at(data: bytes, line: int, column: int) -> str:
    lines = data.split(b"\n", line)
    return lines[line - 1].decode("utf-8", "replace")[column - 1:column] if line <= len(lines) else ""
