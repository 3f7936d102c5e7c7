"""Rewriting record files without losing anything: ruamel.yaml round trip, pinned layout, and
a proof before every write.

Every rewrite goes through ``Document`` (one file: edit, then ``render``) or ``format_bytes``
(``hrkit fmt``). Both re-read their output with the strict loader that validation uses and
refuse to return bytes whose data differ from the data intended (Black's ``assert_equivalent``),
and ``format_bytes`` also checks that its output is a fixed point and that every comment
survived. A refusal is a ``RewriteError``: a bug in hrkit, never a half-done edit.
"""
from __future__ import annotations

import datetime as _dt
import io
import re
import types
import typing
from collections import Counter
from pathlib import Path

import yaml
from pydantic import BaseModel
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.constructor import RoundTripConstructor
from ruamel.yaml.error import YAMLError as RuamelError
from ruamel.yaml.scalarstring import DoubleQuotedScalarString

from hrkit.errors import HrkitError
from hrkit.model.schema import MODELS
from hrkit.io.yamllib import compose_node
from hrkit.io.yamlsafe import load_mapping, load_yaml
from hrkit.io.yamlscalars import ID_FIELDS, IMPLICIT

WIDTH = 96
"""Folded text is wrapped to this many columns (what the sample records use)."""

ID_PATHS = ("id", "reports_to", "job_code", "incumbent", "position", "acting.position", "talent.*.assessed_by")
"""Where identifiers live: always strings, and ``fmt`` writes them quoted."""
assert {p.rsplit(".", 1)[-1] for p in ID_PATHS} == set(ID_FIELDS)


class RewriteError(HrkitError):
    """hrkit produced output it cannot prove equivalent: nothing is written (exit 3, a bug)."""

    exit_code = 3


class _Constructor(RoundTripConstructor):
    """An impossible date (``2023-02-30``) stays text, as the strict loader keeps it."""

    def construct_yaml_timestamp(self, node, values=None):
        try:
            return super().construct_yaml_timestamp(node, values)
        except ValueError:
            return node.value


def _yaml() -> YAML:
    rt = YAML()
    rt.Constructor = _Constructor
    rt.preserve_quotes = True
    rt.width = 4096  # never re-wrap: folded text keeps its own line breaks
    rt.indent(mapping=2, sequence=4, offset=2)
    rt.representer.add_representer(
        type(None), lambda rep, _: rep.represent_scalar("tag:yaml.org,2002:null", "null"))
    return rt


# --- quoting policy --------------------------------------------------------------------------

_YAML11 = yaml.resolver.Resolver()


def needs_quotes(text: str) -> bool:
    """Would a YAML 1.1 or 1.2 reader take this plain text for something other than a string
    (``no``, ``on``, ``012345``, ``1e3``, ``2020-04-18``, ``null``, ``12:30``)?"""
    if any(pattern.match(text) for _, pattern, _ in IMPLICIT):
        return True
    return _YAML11.resolve(yaml.ScalarNode, text, (True, False)) != "tag:yaml.org,2002:str"


def scalar(value: object) -> object:
    """``value`` ready to be written: text that would be misread gets double quotes."""
    if type(value) is str and needs_quotes(value):
        return DoubleQuotedScalarString(value)
    return value


# --- strict comparison -----------------------------------------------------------------------

def same_data(a: object, b: object) -> bool:
    """Equality that also compares types (``1 == True == 1.0`` in Python; not in a record), and
    where ``.nan`` is the same as ``.nan`` (a record may hold one: HR003 reports it)."""
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same_data(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same_data(x, y) for x, y in zip(a, b))
    return _kind(a) == _kind(b) and (a == b or a != a and b != b)


def _kind(value: object) -> str:
    for kind in (bool, int, float, str, _dt.datetime, _dt.date, type(None)):
        if isinstance(value, kind):
            return kind.__name__
    return type(value).__name__


# --- schema field order ----------------------------------------------------------------------

def _nested(annotation) -> typing.Iterator[tuple[type[BaseModel], str]]:
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType, typing.Annotated):
        for arg in typing.get_args(annotation)[: 1 if origin is typing.Annotated else None]:
            yield from _nested(arg)
    elif origin is list:
        for model, suffix in _nested(typing.get_args(annotation)[0]):
            yield model, ".*" + suffix
    elif origin is dict:
        for model, suffix in _nested(typing.get_args(annotation)[1]):
            yield model, ".*" + suffix
    elif isinstance(annotation, type) and issubclass(annotation, BaseModel):
        yield annotation, ""


def _orders(model: type[BaseModel], prefix: str, out: dict[str, list[str]]) -> None:
    keys = [f.alias or name for name, f in model.model_fields.items()]
    out[prefix] = keys
    for key, f in zip(keys, model.model_fields.values()):
        for sub, suffix in _nested(f.annotation):
            _orders(sub, f"{prefix}.{key}{suffix}".lstrip("."), out)


FIELD_ORDER: dict[str, dict[str, list[str]]] = {}
"""Per record kind: dotted path (``*`` for any list index or mapping key) -> schema key order."""
for _kind_name, _model in MODELS.items():
    FIELD_ORDER[_kind_name] = {}
    _orders(_model, "", FIELD_ORDER[_kind_name])


def _pattern_match(pattern: str, path: tuple[str, ...]) -> bool:
    parts = pattern.split(".") if pattern else []
    return len(parts) == len(path) and all(p in ("*", q) for p, q in zip(parts, path))


def order_for(kind: str, path: tuple[str, ...]) -> list[str] | None:
    for pattern, keys in FIELD_ORDER.get(kind, {}).items():
        if _pattern_match(pattern, path):
            return keys
    return None


def sort_keys(keys: list[str], order: list[str]) -> list[str]:
    """Schema keys in schema order, then the others as they were."""
    rank = {k: i for i, k in enumerate(order)}
    return sorted(keys, key=lambda k: (0, rank[k]) if k in rank else (1, keys.index(k)))


# --- one file ----------------------------------------------------------------------------------

class Document:
    """A record file opened for editing. Edits go to the round-trip tree *and* to ``expected``
    (plain data as the strict loader reads it); ``render`` proves the two agree."""

    def __init__(self, path: str, raw: bytes, kind: str) -> None:
        self.path, self.raw, self.kind = path, raw, kind
        self.expected: dict = load_mapping(raw, path, HrkitError, "cannot rewrite this file: ")
        self.bom = raw.startswith(b"\xef\xbb\xbf")
        text = raw[3 if self.bom else 0:].decode("utf-8")
        self.newline = "\r\n" if text.count("\r\n") * 2 > text.count("\n") else "\n"
        try:
            self.data: CommentedMap = _yaml().load(text.replace("\r\n", "\n"))
        except (RuamelError, ValueError) as exc:
            raise HrkitError(f"{path}:1:1: cannot rewrite this file: {str(exc).splitlines()[0]}") from None

    @classmethod
    def open(cls, root: Path, rel: str, kind: str) -> Document:
        full = root / rel
        if full.is_symlink():
            raise HrkitError(f"{rel}: is a symbolic link; hrkit does not write through links")
        try:
            return cls(rel, full.read_bytes(), kind)
        except OSError as exc:
            raise HrkitError(f"{rel}: cannot be read ({exc.strerror})") from None

    def get(self, dotted: str, default=None):
        node = self.expected
        for part in dotted.split("."):
            if not isinstance(node, dict) or part not in node:
                return default
            node = node[part]
        return node

    def set(self, dotted: str, value: object) -> None:
        """Set a field (creating parent mappings, placed in schema order); ``value`` as written
        by ``scalar`` unless it is already a ruamel scalar string."""
        parts = dotted.split(".")
        node, plain = self.data, self.expected
        for depth, part in enumerate(parts[:-1]):
            if not isinstance(node.get(part), dict):
                _insert(node, part, CommentedMap(), self.kind, tuple(parts[:depth]))
                plain[part] = {}
            node, plain = node[part], plain[part]
        last = parts[-1]
        written = DoubleQuotedScalarString(value) if isinstance(value, str) and _is_id_path(tuple(parts)) \
            else scalar(value)
        if last in node:
            node[last] = written
        else:
            _insert(node, last, written, self.kind, tuple(parts[:-1]))
        plain[last] = _plain(value)

    def delete(self, dotted: str) -> None:
        *parents, last = dotted.split(".")
        node, plain = self.data, self.expected
        for part in parents:
            node, plain = node[part], plain[part]
        del node[last]
        del plain[last]

    def render(self) -> bytes:
        out = encode(dump(self.data), self.newline, self.bom)
        check_equivalent(self.path, out, self.expected)
        if comments(out) != comments(self.raw):
            raise RewriteError(f"{self.path}:1:1: internal error: the edit would lose or change a comment; "
                               "nothing was written (please report it)")
        return out


def _insert(node: CommentedMap, key: str, value: object, kind: str, path: tuple[str, ...]) -> None:
    order = order_for(kind, path) or []
    rank = {k: i for i, k in enumerate(order)}
    position = len(node)
    if key in rank:
        position = 0
        for index, existing in enumerate(node):
            if rank.get(existing, len(order)) < rank[key]:
                position = index + 1
    node.insert(position, key, value)


def _plain(value: object) -> object:
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, str):
        return str(value)
    if isinstance(value, bool) or value is None or isinstance(value, _dt.date):
        return value
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return float(value)
    return value


def dump(data) -> str:
    stream = io.StringIO()
    _yaml().dump(data, stream)
    return stream.getvalue()


def encode(text: str, newline: str = "\n", bom: bool = False) -> bytes:
    if newline != "\n":
        text = text.replace("\n", newline)
    return (b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8")


def check_equivalent(path: str, out: bytes, expected: object) -> None:
    """Re-read ``out`` with the strict loader; its data must be exactly ``expected``."""
    parsed = load_yaml(out)
    if parsed.problems or not same_data(parsed.data, expected):
        detail = parsed.problems[0].message if parsed.problems else "the data would change"
        raise RewriteError(f"{path}:1:1: internal error: the rewritten file does not read back as intended "
                           f"({detail}); nothing was written (please report it)")


# --- canonical layout (hrkit fmt) --------------------------------------------------------------

def format_bytes(path: str, raw: bytes, kind: str) -> bytes:
    """The canonical layout of a record file: schema key order, quoted ids and misreadable
    text, block style (a flow collection of scalars stays, on one line), pinned indentation,
    comments kept. Line endings are kept; a UTF-8 byte-order mark is dropped."""
    out = _format_once(path, raw, kind)
    doc_data = load_yaml(raw).data
    check_equivalent(path, out, doc_data)
    if comments(out) != comments(raw):
        raise RewriteError(f"{path}:1:1: internal error: formatting would lose or change a comment; "
                           "nothing was written (please report it)")
    if _format_once(path, out, kind) != out:
        raise RewriteError(f"{path}:1:1: internal error: formatting is not stable on this file; "
                           "nothing was written (please report it)")
    return out


def _format_once(path: str, raw: bytes, kind: str) -> bytes:
    doc = Document(path, raw, kind)
    _normalize(doc.data, kind, ())
    text = _reorder_blocks(dump(doc.data), kind)
    return encode(text, doc.newline, False)


def _normalize(node, kind: str, path: tuple[str, ...]) -> None:
    """ids and misreadable text quoted; flow collections that must be block made block;
    flow mappings put in schema order (block ones are reordered as text, with their comments)."""
    if isinstance(node, CommentedMap):
        for key in list(node):
            value = node[key]
            child = (*path, str(key))
            if type(value) is str and (_is_id_path(child) or needs_quotes(value)):
                node[key] = DoubleQuotedScalarString(value)
            _normalize(value, kind, child)
        _set_style(node)
        order = order_for(kind, path)
        if order and node.fa.flow_style():
            keys = sort_keys(list(node), order)
            if keys != list(node):
                items = [(k, node[k]) for k in keys]
                for k in list(node):
                    del node[k]
                for k, v in items:
                    node[k] = v
    elif isinstance(node, CommentedSeq):
        for index, value in enumerate(node):
            if type(value) is str and needs_quotes(value):
                node[index] = DoubleQuotedScalarString(value)
            _normalize(value, kind, (*path, "*"))
        _set_style(node)


def _is_id_path(path: tuple[str, ...]) -> bool:
    return any(_pattern_match(p, path) for p in ID_PATHS)


def _set_style(node) -> None:
    """Flow style is kept only for a collection of scalars without comments (one line)."""
    values = node.values() if isinstance(node, CommentedMap) else node
    if node.fa.flow_style() and (node.ca.items or any(isinstance(v, (dict, list)) for v in values)):
        node.fa.set_block_style()


def _reorder_blocks(text: str, kind: str) -> str:
    """Put block mappings in schema order by moving whole lines, so every comment travels with
    the key it sits above (or beside)."""
    lines = text.splitlines(keepends=True)
    _reorder_node(compose_node(text), lines, kind, ())
    return "".join(lines)


def _last_line(node) -> int:
    if isinstance(node, yaml.MappingNode) and node.value and node.flow_style is not True:
        return _last_line(node.value[-1][1])
    if isinstance(node, yaml.SequenceNode) and node.value and node.flow_style is not True:
        return _last_line(node.value[-1])
    end = node.end_mark
    return end.line if end.column > 0 else end.line - 1


def _reorder_node(node, lines: list[str], kind: str, path: tuple[str, ...], body: int | None = None) -> None:
    """Reorder one block mapping in ``lines``. ``body`` is the first line of a mapping that is a
    key's value: comment lines between the key and the first child belong to that child. (Lines
    above the first key of the file are its header and stay on top.)"""
    if isinstance(node, yaml.SequenceNode):
        for item in node.value:
            _reorder_node(item, lines, kind, (*path, "*"))
        return
    if not isinstance(node, yaml.MappingNode) or node.flow_style is True or not node.value:
        return
    for key_node, value_node in node.value:
        _reorder_node(value_node, lines, kind, (*path, key_node.value), key_node.start_mark.line + 1)
    order = order_for(kind, path)
    keys = [k.value for k, _ in node.value]
    if not order or sort_keys(keys, order) == keys:
        return
    first = node.value[0][0].start_mark
    dash = _dash_column(lines[first.line], first.column)
    ends = [_last_line(v) for _, v in node.value]
    key_lines = [k.start_mark.line for k, _ in node.value]
    top = first.line if body is None or dash is not None else min(body, first.line)
    starts = [top] + [e + 1 for e in ends[:-1]]
    blocks = {k: (lines[s:e + 1], kl - s) for k, s, e, kl in zip(keys, starts, ends, key_lines)}
    if dash is not None:  # a list item ("- key: ..."): the dash moves to the new first key
        block, at = blocks[keys[0]]
        block[at] = block[at][:dash] + "  " + block[at][dash + 2:]
        new_first = sort_keys(keys, order)[0]
        block, at = blocks[new_first]
        block[at] = block[at][:dash] + "- " + block[at][dash + 2:]
    lines[starts[0]:ends[-1] + 1] = [line for k in sort_keys(keys, order) for line in blocks[k][0]]


def _dash_column(line: str, key_column: int) -> int | None:
    before = line[:key_column].rstrip()
    return len(before) - 1 if before.lstrip() == "-" else None


# --- comments ----------------------------------------------------------------------------------

_COMMENT_START = re.compile(r"(?:^|(?<=[ \t]))#")
_BLOCK_HEADER = re.compile(r"[>|][-+0-9]*[ \t]+(#[^\n]*)")


def comments(data: bytes) -> Counter:
    """The comments of a YAML text (outside every scalar), as a multiset of their text."""
    text = data.decode("utf-8-sig").replace("\r\n", "\n")
    covered: list[tuple[int, int]] = []
    found: Counter = Counter()
    try:
        for token in yaml.scan(text, Loader=yaml.SafeLoader):
            if isinstance(token, yaml.ScalarToken):
                start = token.start_mark.index
                covered.append((start, token.end_mark.index))
                header = _BLOCK_HEADER.match(text, start) if token.style in ("|", ">") else None
                if header:
                    found[header[1].rstrip()] += 1
    except yaml.YAMLError:
        return Counter()
    offset = 0
    spans = iter(sorted(covered))
    span = next(spans, None)
    for line in text.split("\n"):
        for match in _COMMENT_START.finditer(line):
            index = offset + match.start()
            while span is not None and span[1] <= index:
                span = next(spans, None)
            if span is None or not (span[0] <= index < span[1]):
                found[line[match.start():].rstrip()] += 1
                break
        offset += len(line) + 1
    return found
