"""The fast line reader must give exactly libyaml's data, or step aside (return None)."""
from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from hrkit.io import fastyaml
from hrkit.io.fastyaml import fast_load
from hrkit.io.yamllib import _Loader
from hrkit.io.yamlsafe import load_yaml

TOP = Path(__file__).parent.parent
GENERATED = TOP / "tests" / "fixtures" / "gen_org" / "records"
"""A gen_org organization of 120 positions (see the README beside it)."""


def libyaml(data: bytes):
    loader = _Loader(data)
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()


def same(data: bytes) -> bool:
    """True when the fast reader read the text; asserts it read it as libyaml does."""
    fast = fast_load(data)
    if fast is None:
        return False
    assert repr(fast.value) == repr(libyaml(data)), data.decode()
    return True


def test_repository_records_and_fixtures_read_identically() -> None:
    files = [*TOP.glob("records/**/*.yaml"), *TOP.glob("rules/**/*.yaml"), *TOP.glob("tests/fixtures/**/*.yaml")]
    read = [f for f in files if same(f.read_bytes())]
    records = [f for f in files if f.is_relative_to(TOP / "records")]
    assert all(f in read for f in records)
    assert len(read) > 0.6 * len(files)  # the rest: fixtures that are broken on purpose


def test_generated_organization_reads_identically() -> None:
    files = sorted(GENERATED.rglob("*.yaml"))
    assert len(files) == 132
    assert all(same(f.read_bytes()) for f in files)


@pytest.mark.parametrize("text", [
    'a: 1\nb: "x"\nc: \'it\'\'s\'\nd: 2024-02-29\ne: 2023-02-30\nf: 012345\ng: no\nh: 0x1F\ni: 1e3\nj: ~\nk:\n',
    "a: >-\n  one\n  two\nb: |\n  x\n  y\nc: >\n  z\n",
    "a: >\n  no newline at the end",
    "a:\n  - 1\n  - x: 1\n    y: [ ]\n  -\n  - >-\n    folded\n    item\nb: {}\n",
    "s: {document: 001_x.txt, ocr: false}\nl: [EX-03, 2024-01-01, 12]\ne: { }\nq: {a: b:c}\nd: {a: 1, a: 2}\n",
    "s: {a: 1,}\n", "s: [a, [b]]\n", "s: {a: 'x'}\n", "s: {a: 1} # c\n", "s: {a: 1} x\n", "s: [a b, c]\n",
    "# comment\n---\na: 1  # trailing\n  # indented comment\nb: C# and R&D\n",
    "a: 1\nb:\n  c: 1\n  c: 2\na: 3\n",
    "l:\n  - {x: 1}\n", "a: b: c\n", "a:\n  b\n", "a: >-\n  p1\n\n  p2\n", "a:\n- x\n", "- 1\n", "a: *x\n",
    "a: 'multi\n  line'\n", 'a: "esc\\n"\n', "a: plain\n  continued\n", "a: 2024-01-01T10:00:00Z\n", "a: .inf\n",
    "a: |\n  x\n   y\n", "a:  \n", "a: >-\n  text \n", "\n\n", "",
])
def test_edge_cases_agree_or_fall_back(text: str) -> None:
    same(text.encode())


def test_duplicates_are_reported_like_libyaml() -> None:
    data = b"a: 1\nb:\n  c: 1\n  c: 2\nl:\n  - x: 1\n    x: 2\na: 3\n"
    assert fast_load(data).duplicates == [(4, 3, "c", "b.c"), (7, 5, "x", "l.0.x"), (8, 1, "a", "a")]
    result = load_yaml(data)
    assert [(p.line, p.column, p.field) for p in result.problems] == [(4, 3, "b.c"), (7, 5, "l.0.x"), (8, 1, "a")]


scalars = st.one_of(
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=30),
    st.integers(-10**12, 10**12), st.booleans(), st.none(), st.dates(dt.date(1900, 1, 1), dt.date(2100, 1, 1)),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
    st.sampled_from(["no", "on", "012345", "0x1F", "1e3", "12:30", "EX-03", "#x", "a #b", "- x", ": x", "'", '"']),
)
keys = st.from_regex(r"[a-z_][a-z0-9_]{0,8}", fullmatch=True)
documents = st.recursive(
    st.dictionaries(keys, scalars, max_size=4),
    lambda inner: st.dictionaries(keys, st.one_of(scalars, inner, st.lists(st.one_of(scalars, inner), max_size=3)),
                                  max_size=4),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(documents, st.sampled_from([2, 4]), st.integers(20, 100))
def test_generated_documents_agree(doc: dict, indent: int, width: int) -> None:
    text = yaml.safe_dump(doc, default_flow_style=False, allow_unicode=True, indent=indent, width=width,
                          sort_keys=False)
    same(text.encode())


# --- exact reading: both paths give the same data or the same problem -------------------------

def outcome(data: bytes) -> tuple:
    """What hrkit reads: the data, typed (``012`` and ``12`` differ), and each problem."""
    def typed(value):
        if isinstance(value, dict):
            return {key: typed(item) for key, item in value.items()}
        if isinstance(value, list):
            return [typed(item) for item in value]
        return type(value).__name__, repr(value)
    result = load_yaml(data)
    return typed(result.data), [(p.kind, p.line, p.column, p.field, p.message) for p in result.problems]


def both_paths(data: bytes, monkeypatch: pytest.MonkeyPatch) -> tuple:
    """hrkit's reading of ``data``, asserted identical with the fast reader and without it."""
    with_fast = outcome(data)
    with monkeypatch.context() as patch:
        patch.setattr(fastyaml, "fast_load", lambda _: None)
        assert outcome(data) == with_fast, data.decode("utf-8", "replace")
    return with_fast


def syntax(line: int, column: int, text: str):
    return line, column, text


@pytest.mark.parametrize("text,expected", [
    # control characters, U+FFFE/U+FFFF: refused where they are, whichever reader would have read
    ("a: x\x01y\n", syntax(1, 5, "control character U+0001")),
    ("a: 1\nb: \x1b[31mred\n", syntax(2, 4, "control character U+001B")),
    ("a: x\x7fy\n", syntax(1, 5, "control character U+007F")),
    ("a: x\x9f\n", syntax(1, 5, "control character U+009F")),
    ("a: 'x\x0cy'\n", syntax(1, 6, "control character U+000C")),
    ("a: x\ufffe\n", syntax(1, 5, "U+FFFE")),
    ("a: x\uffff\n", syntax(1, 5, "U+FFFF")),
    # NEL, LS, PS: line breaks to libyaml, text to YAML 1.2; refused anywhere, comments included
    ("# a comment\x85more\na: 1\n", syntax(1, 12, "U+0085 (next line)")),
    ("a: 1  # c\u2028d\n", syntax(1, 10, "U+2028 (line separator)")),
    ('a: "x\u2029y"\n', syntax(1, 6, "U+2029 (paragraph separator)")),
    ("a: x\x85y\n", syntax(1, 5, "U+0085")),
    # non-ASCII spaces are text, not YAML white space: in flow collections and empty values
    ("a: [x\u00a0, y]\n", {"a": [("str", "'x\\xa0'"), ("str", "'y'")]}),
    ("a: [\u3000]\n", {"a": [("str", "'\\u3000'")]}),
    ("a: {b: \u00a0}\n", {"a": {"b": ("str", "'\\xa0'")}}),
    ("a: \u00a0\n", {"a": ("str", "'\\xa0'")}),
    ("a: \u3000# not a comment\n", {"a": ("str", "'\\u3000# not a comment'")}),
    ("a: {b: c}\u00a0\n", syntax(1, 10, "")),
    # a flow-mapping value starting with "- " is not a value
    ("a: {b: - c}\n", syntax(1, 8, "did not find expected node content")),
    ("a: [- c]\n", syntax(1, 5, "did not find expected node content")),
    ("a: {b: -c}\n", {"a": {"b": ("str", "'-c'")}}),
    # keys: at most 1024 characters from the key's start to its colon
    ("k" * 1024 + ": 1\n", {"k" * 1024: ("int", "1")}),
    ("k" * 1025 + ": 1\n", syntax(1, 1026, "at most 1024 characters")),
    ("k" + " " * 1024 + ": 1\n", syntax(1, 1026, "at most 1024 characters")),
    ('"' + "é" * 1022 + '": 1\n', {"é" * 1022: ("int", "1")}),
    ('"' + "é" * 1023 + '": 1\n', syntax(1, 1026, "at most 1024 characters")),
    ("a: {" + "k" * 1024 + ": 1}\n", {"a": {"k" * 1024: ("int", "1")}}),
    ("a: {" + "k" * 1025 + ": 1}\n", syntax(1, 1030, "at most 1024 characters")),
    # integers: 4,300 digits are read, more are refused with their position (Python's limit)
    ("a: " + "9" * 4300 + "\n", {"a": ("int", "9" * 4300)}),
    ("a: " + "9" * 4301 + "\n", syntax(1, 4, "more than 4,300 digits")),
    ("a: -0" + "9" * 4300 + "\n", syntax(1, 4, "more than 4,300 digits")),
    ("a: [1, " + "9" * 4301 + "]\n", syntax(1, 8, "more than 4,300 digits")),
    ("a:\n  b: 0x" + "f" * 3600 + "\n", syntax(2, 6, "more than 4,300 digits")),
    ("a: 0o" + "7" * 4800 + "\n", syntax(1, 4, "more than 4,300 digits")),
    # YAML 1.1 would read no as false and 012 as 10: the directive is refused, 1.2 is read
    ("%YAML 1.1\n---\na: no\n", syntax(1, 1, "declares %YAML 1.1")),
    ("# made by a YAML 1.1 tool\n%YAML 1.1\n---\na: 012\n", syntax(2, 1, "declares %YAML 1.1")),
    ("%YAML 1.2\n---\na: no\n", {"a": ("str", "'no'")}),
])
def test_item_reads_the_same_on_both_paths(text: str, expected, monkeypatch: pytest.MonkeyPatch) -> None:
    data, problems = both_paths(text.encode(), monkeypatch)
    if isinstance(expected, dict):
        assert (data, problems) == (expected, [])
    else:
        line, column, message = expected
        assert data == ("NoneType", "None")
        assert [(kind, line_, column_) for kind, line_, column_, _, _ in problems] == [("syntax", line, column)]
        assert message in problems[0][4]


@pytest.mark.parametrize("text,duplicates", [
    ("a:\n  b:\n    c: 1\n    c: 2\n", [(4, 5, "a.b.c")]),
    ("a: {b: 1, c: 2, b: 3}\n", [(1, 17, "a.b")]),
    ("a:\n  - {b: 1, b: 2}\n", [(2, 12, "a.0.b")]),
    ("x:\n  y: {z: 1}\nx:\n  y: {z: 1, z: 2}\n  y: 3\n", [(3, 1, "x"), (4, 13, "x.y.z"), (5, 3, "x.y")]),
    ("a:\n  b: 1\n  b:\n    c: 1\n    c: 2\na: 1\n", [(3, 3, "a.b"), (5, 5, "a.b.c"), (6, 1, "a")]),
])
def test_nested_duplicates_are_reported_on_both_paths(text: str, duplicates: list, monkeypatch) -> None:
    _, problems = both_paths(text.encode(), monkeypatch)
    assert [(line, column, field) for kind, line, column, field, _ in problems if kind == "duplicate-key"] == duplicates


# A seeded generator of record-like documents, then mutated: characters that YAML tools read
# differently spliced in, lines duplicated, shifted or swapped. Thousands of documents in about
# a second; each must read the same with and without the fast reader.
SPLICED = ["\u00a0", "\u3000", "\u2007", "\u202f", "\u1680",  # spaces that are text to YAML
           "\x85", "\u2028", "\u2029", "\x01", "\x1b", "\x7f", "\x9f", "\ufeff", "\ufffe", "\uffff", "\t", "\r",
           "#", " #", ":", ": ", "- ", "-", ",", "[", "]", "{", "}", "'", '"', " ", "\n", "\n  ", "%", "&a ", "*a",
           "!", "?", "|", ">", "é", "\\"]
WORDS = ["x", "EX-03", "no", "on", "012345", "0x1F", "0o17", "1e3", "12:30", "2024-02-29", "2023-02-30", "~", "null",
         "true", ".nan", "-.inf", ".inf", "1_000", "-5", "+7", "3.5", "C# and R&D", "a #b", "a: b", "O&M", "-x", "- x",
         "@x", '"esc\\n"', "'multi\n  line'", "x\n  continued", "[a, [b]]", "{a: {b: c}}", "!!str x", "? x", "...",
         "2024-01-01T10:00:00Z", "1e999", "+.5", "-.5e3", "1_", "-0", "00", "1:2", "a:", "x,y", "'it''s'", "a  b",
         "a\u00a0", "\u00a0a", "a\u3000b", "\u2007"]
KEYS = ["id", "title", "a", "b", "c", "x_1", "d.e", "f-g", '"2025-2026"', '"a b"', '"x:y"', '"é"']


def fuzz_word(rng: random.Random) -> str:
    pick = rng.random()
    if pick < 0.05:  # integers about Python's 4,300-digit limit
        return rng.choice(["", "-", "0"]) + "9" * rng.choice([4299, 4300, 4301]) if rng.random() < 0.5 \
            else "0x" + "f" * rng.choice([3571, 3572])
    if pick < 0.5:
        return rng.choice(WORDS)
    return "".join(rng.choice("abcxyz ") for _ in range(rng.randint(1, 8))).strip() or "w"


def fuzz_key(rng: random.Random, used: list[str]) -> str:
    pick = rng.random()
    if used and pick < 0.12:
        return rng.choice(used)  # a duplicate
    if pick < 0.14:  # about YAML's 1024-character limit, plain or quoted
        return "k" * rng.choice([1023, 1024, 1025])
    if pick < 0.16:
        return '"' + "q" * rng.choice([1021, 1022, 1023]) + '"'
    return rng.choice(KEYS)


def fuzz_value(rng: random.Random) -> str | None:
    pick = rng.random()
    if pick < 0.45:
        return " " + fuzz_word(rng)
    if pick < 0.55:
        return ' "' + fuzz_word(rng) + '"'
    if pick < 0.62:
        return " '" + fuzz_word(rng).replace("'", "''") + "'"
    if pick < 0.75:
        items = [fuzz_word(rng) for _ in range(rng.randint(0, 3))]
        if rng.random() < 0.5:
            return " [" + ", ".join(items) + "]"
        keys: list[str] = []
        for _ in items:
            keys.append(fuzz_key(rng, keys))
        return " {" + ", ".join(f"{k}: {v}" for k, v in zip(keys, items)) + "}"
    if pick < 0.85:
        return rng.choice(["", " # c"])
    return None  # a nested block


def fuzz_block(rng: random.Random, indent: int, depth: int, out: list[str]) -> None:
    used: list[str] = []
    pad = " " * indent
    for _ in range(rng.randint(1, 4)):
        key = fuzz_key(rng, used)
        used.append(key)
        value = fuzz_value(rng) if depth < 3 else " x"
        if value is not None:
            out.append(f"{pad}{key}:{value}")
            continue
        pick = rng.random()
        if pick < 0.4:
            out.append(f"{pad}{key}:")
            fuzz_block(rng, indent + 2, depth + 1, out)
        elif pick < 0.7:
            out.append(f"{pad}{key}:")
            for _ in range(rng.randint(1, 3)):
                if rng.random() < 0.5:
                    out.append(f"{pad}  - {fuzz_word(rng)}")
                    continue
                item: list[str] = []
                fuzz_block(rng, indent + 4, depth + 1, item)
                out.extend([f"{pad}  - " + item[0][indent + 4:], *item[1:]])
        else:
            out.append(f"{pad}{key}: {rng.choice('>|')}{rng.choice(['', '-'])}")
            out.extend(f"{pad}  {fuzz_word(rng)}" if rng.random() < 0.8 else "" for _ in range(rng.randint(1, 3)))


def fuzz_document(seed: int) -> bytes:
    rng = random.Random(seed)
    out: list[str] = []
    if rng.random() < 0.1:
        out.append(rng.choice(["%YAML 1.1\n---", "%YAML 1.2\n---", "%TAG !e! tag:e,2000:\n---", "# c\n%YAML 1.1\n---",
                               "---"]))
    fuzz_block(rng, 0, 0, out)
    text = "\n".join(out) + rng.choice(["\n", "", "\n\n"])
    for _ in range(rng.choice([0, 0, 0, 1, 1, 2, 3])):
        pick, at = rng.random(), rng.randrange(len(text) + 1)
        if pick < 0.5:
            text = text[:at] + rng.choice(SPLICED[:5] if rng.random() < 0.5 else SPLICED) + text[at:]
        elif pick < 0.6:
            text = text[:at] + text[at + 1:]
        else:
            lines = text.split("\n")
            i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
            if pick < 0.7:
                lines.insert(i, lines[i])
            elif pick < 0.8:
                lines[i] = " " * rng.randint(1, 2) + lines[i]
            elif pick < 0.9:
                lines[i] = lines[i][1:]
            else:
                lines[i], lines[j] = lines[j], lines[i]
            text = "\n".join(lines)
    return text.encode()


def test_fuzzed_documents_read_the_same_on_both_paths(monkeypatch: pytest.MonkeyPatch) -> None:
    fast = refused = 0
    for seed in range(4000):
        data = fuzz_document(seed)
        _, problems = both_paths(data, monkeypatch)
        fast += fast_load(data) is not None
        refused += any(kind == "syntax" for kind, *_ in problems)
    assert fast > 1000 and refused > 1000  # both readers, and both outcomes, well exercised
