"""A line-based reader for the plain block YAML that records are written in.

Parsing is the whole cost of validating a large organization, and most of libyaml's cost is in
building Python node objects. Records use a small, regular part of YAML (block mappings and
sequences, plain and quoted scalars, folded or literal text), which a line-based reader turns
into the same data three to four times faster. Anything outside that part (flow collections,
escapes, multi-line plain scalars, tabs, anchors, unusual indentation, keys over YAML's 1024
characters, integers too long for Python, and the rare characters libyaml refuses or reads as
line breaks) makes ``fast_load`` return None and the caller falls back to libyaml, so the result
is always libyaml's: a differential test holds the two readers to identical data or errors.
"""
from __future__ import annotations

import re

from hrkit.io import yamlscalars

MAX_KEY = 1024
"""YAML's limit on a key written without ``?``: from the key's start to its colon."""

# The colon at most MAX_KEY characters after the key's start; a quoted key holds no colon, so
# the first one is the key's.
_KEY = re.compile(rf'(?=[^:]{{0,{MAX_KEY}}}:)(?:"([^"\\:]*)"|([A-Za-z_][A-Za-z0-9_.-]*))[ ]*:(?:[ ]+(.*))?$')
_DQ = re.compile(r'"([^"\\]*)"[ ]*(?:#.*)?$')
_SQ = re.compile(r"'((?:[^']|'')*)'[ ]*(?:#.*)?$")
_BLOCK = re.compile(r"([>|])(-?)[ ]*$")
_FLOW_KEY = re.compile(rf"[A-Za-z_][A-Za-z0-9_.-]{{0,{MAX_KEY - 1}}}$")
_BAD_START = frozenset("[]{}&*!|>%@`#,?:")
_PRINTABLE_ASCII = bytes(range(0x20, 0x7F)) + b"\n"
# What is left of a file once printable ASCII is deleted holds one of these when libyaml must
# read it: tab, CR and the other C0 controls, DEL, C1 controls (NEL among them), LS, PS, a
# byte-order mark inside the text, U+FFFE and U+FFFF. Deleting ASCII never joins two UTF-8
# sequences into one of these: each starts at a lead byte.
_RARE = re.compile(rb"[\x00-\x1f\x7f]|\xc2[\x80-\x9f]|\xe2\x80[\xa8\xa9]|\xef(?:\xbb\xbf|\xbf[\xbe\xbf])")


class _Outside(Exception):
    """The text uses YAML that this reader leaves to libyaml."""


class FastResult:
    __slots__ = ("value", "duplicates")

    def __init__(self, value, duplicates: list[tuple[int, int, str, str]]) -> None:
        self.value = value
        self.duplicates = duplicates  # (line, column, key, dotted path), 1-based


def fast_load(data: bytes) -> FastResult | None:
    """The document's data, or None when libyaml must read it."""
    rare = data.translate(None, _PRINTABLE_ASCII)  # one pass in C: usually empty or a few letters
    if rare and _RARE.search(rare):
        return None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    try:
        return _read(text.split("\n"))
    except _Outside:
        return None


def _read(lines: list[str]) -> FastResult:
    """One pass over the lines with a stack of open containers (indent, container, path)."""
    duplicates: list[tuple[int, int, str, str]] = []
    stack: list[tuple[int, dict | list, tuple[str, ...]]] = []
    root = None
    pending = None  # (container, key or None for a list item, path, indent) awaiting a nested block
    started = False
    n = len(lines)
    i = 0
    while i < n:
        line = lines[i]
        content = line.lstrip(" ")
        if not content or content[0] == "#":
            i += 1
            continue
        ind = len(line) - len(content)
        if pending is not None:
            target, key, path, parent_indent = pending
            pending = None
            if ind > parent_indent:
                child: dict | list = [] if content == "-" or content.startswith("- ") else {}
                stack.append((ind, child, path))
            else:
                if ind == parent_indent and key is not None and (content == "-" or content.startswith("- ")):
                    raise _Outside  # a sequence at its key's indentation: valid, but left to libyaml
                child = None
            if key is None:
                target.append(child)
            else:
                target[key] = child
        while stack and stack[-1][0] > ind:
            stack.pop()
        if not stack:
            if root is not None or ind:
                raise _Outside
            if content == "---" and not started:
                started = True
                i += 1
                continue
            if content.startswith("-"):
                raise _Outside
            root = {}
            stack.append((0, root, ()))
        top_indent, container, path = stack[-1]
        if ind != top_indent:
            raise _Outside
        if type(container) is list:
            if not (content == "-" or content.startswith("- ")):
                raise _Outside
            body = content[1:]
            item = body.lstrip(" ")
            item_path = (*path, str(len(container)))
            if not item or item[0] == "#":
                pending = (container, None, item_path, ind)
                i += 1
                continue
            match = _KEY.match(item)
            if match is None:
                i = _value(lines, i, item, ind, container, None, item_path)
                continue
            mapping: dict = {}
            container.append(mapping)
            ind = ind + 1 + len(body) - len(item)
            stack.append((ind, mapping, item_path))
            container, path = mapping, item_path
        else:
            match = _KEY.match(content)
            if match is None:
                raise _Outside
        key = match[1] if match[1] is not None else match[2]
        if key in container:
            duplicates.append((i + 1, ind + 1, key, ".".join((*path, key))))
            container = {}  # parse the value, keep the first
        rest = match[3]
        if rest is None or not rest.strip(" ") or rest[0] == "#":
            pending = (container, key, (*path, key), ind)
            i += 1
            continue
        i = _value(lines, i, rest, ind, container, key, path)
    if pending is not None:
        target, key, _, _ = pending
        if key is None:
            target.append(None)
        else:
            target[key] = None
    return FastResult(root, duplicates)


def _value(lines: list[str], i: int, rest: str, indent: int, container, key, path) -> int:
    """Store the scalar that starts on line i; returns the next line to read."""
    block = _BLOCK.match(rest) if rest[0] in ">|" else None
    if block:
        value, i = _block_scalar(lines, i + 1, indent, block[1] == ">", block[2] == "-")
    else:
        value = _scalar(rest)
        i += 1
    if key is None:
        container.append(value)
    else:
        container[key] = value
    return i


def _scalar(rest: str):
    first = rest[0]
    if first == '"':
        match = _DQ.match(rest)
        if not match:
            raise _Outside
        return match[1]
    if first == "'":
        match = _SQ.match(rest)
        if not match:
            raise _Outside
        return match[1].replace("''", "'")
    if first in "{[":
        return _flow(rest)
    if first in _BAD_START or (first == "-" and rest[1:2] in ("", " ")):
        raise _Outside
    cut = rest.find(" #")
    plain = (rest if cut < 0 else rest[:cut]).rstrip(" ")
    if ": " in plain or plain[-1] == ":":
        raise _Outside
    value = yamlscalars.resolve_plain(plain)
    if value is NotImplemented:
        raise _Outside
    return value


def _flow(rest: str):
    """A one-line flow mapping or sequence of plain scalars: ``{document: x.txt, ocr: false}``."""
    close = "}" if rest[0] == "{" else "]"
    end = rest.find(close)
    tail = rest[end + 1:].strip(" ") if end > 0 else "x"
    if tail and tail[0] != "#":
        raise _Outside
    inner = rest[1:end]
    if any(c in inner for c in "{}[]\"'#&*!|>%@`?"):
        raise _Outside
    items = [part.strip(" ") for part in inner.split(",")] if inner.strip(" ") else []
    if not all(items):
        raise _Outside
    if close == "]":
        if any(":" in item for item in items):
            raise _Outside
        return [_flow_scalar(item) for item in items]
    mapping: dict = {}
    for item in items:
        key, sep, value = item.partition(": ")
        if not sep or ":" in value or not _FLOW_KEY.match(key) or key in mapping:
            raise _Outside
        mapping[key] = _flow_scalar(value.strip(" "))
    return mapping


def _flow_scalar(text: str):
    if text[:1] == "-" and text[1:2] in ("", " "):
        raise _Outside  # a block sequence entry, which flow style does not allow
    value = yamlscalars.resolve_plain(text)
    if value is NotImplemented:
        raise _Outside
    return value


def _block_scalar(lines: list[str], i: int, indent: int, folded: bool, strip: bool) -> tuple[str, int]:
    """Folded (>) or literal (|) text whose lines share one indentation; blank lines between
    paragraphs become line breaks, as YAML folds them."""
    pieces: list[str] = []
    content_indent = -1
    blanks = 0
    n = len(lines)
    while i < n:
        line = lines[i]
        content = line.lstrip(" ")
        if not content:
            if content_indent >= 0 and len(line) > content_indent:
                raise _Outside  # spaces beyond the indentation are text
            blanks += 1
            i += 1
            continue
        ind = len(line) - len(content)
        if ind <= indent:
            break
        if content_indent < 0:
            if blanks:
                raise _Outside  # leading blank lines: left to libyaml
            content_indent = ind
        elif ind != content_indent:
            raise _Outside
        if content[-1] == " ":
            raise _Outside
        if pieces:
            pieces.append(("\n" * blanks or " ") if folded else "\n" * (blanks + 1))
        pieces.append(content)
        blanks = 0
        i += 1
    if not pieces:
        raise _Outside
    text = "".join(pieces)
    # i stops at the first line of what follows; blank lines before it belong to no one
    ends_with_break = i < n or blanks > 0 or lines[-1] == ""
    if not strip and ends_with_break:
        text += "\n"
    return text, i - blanks if i < n else i
