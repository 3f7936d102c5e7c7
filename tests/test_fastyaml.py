"""The fast line reader must give exactly libyaml's data, or step aside (return None)."""
from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from hrkit.fastyaml import fast_load
from hrkit.yamllib import _Loader
from hrkit.yamlsafe import load_yaml

TOP = Path(__file__).parent.parent
GEN_ORG = TOP.parent / "shared" / "tools" / "gen_org.py"


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


@pytest.mark.skipif(not GEN_ORG.exists(), reason="needs ../shared/tools/gen_org.py")
def test_generated_organization_reads_identically(tmp_path: Path) -> None:
    subprocess.run([sys.executable, str(GEN_ORG), str(tmp_path / "org"), "--positions", "400", "--seed", "3",
                    "--quiet"], check=True)
    files = sorted((tmp_path / "org" / "records").rglob("*.yaml"))
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
    assert fast_load(data).duplicates == [(4, 3, "b.c"), (7, 5, "l.0.x"), (8, 1, "a")]
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
