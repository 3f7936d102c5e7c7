"""One CLI vocabulary (issue 13): every command with an output format takes ``-f/--format``;
``--fmt``, the report commands' old spelling, is still accepted but no longer shown."""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_cli

SAMPLE = Path(__file__).resolve().parent.parent

FORMATTED = [
    (["validate", "--select", "HR405"], "json"),
    (["rules"], "github"),
    (["rollup", "--by", "branch"], "csv"),
    (["rollup", "--tree", "CDS-CEO"], "json"),
    (["report", "vacancies"], "csv"),
    (["report", "span"], "markdown"),
    (["report", "classification"], "json"),
    (["chart"], "text"),
    (["query", "SELECT id FROM positions ORDER BY id LIMIT 3"], "csv"),
    (["diff"], "json"),
    (["show", "2802"], "json"),
]
HISTORY = [["log"], ["diff"], ["review"], ["blame"], ["show"]]


@pytest.mark.parametrize(("args", "fmt"), FORMATTED, ids=lambda v: " ".join(v) if isinstance(v, list) else v)
def test_format_is_the_option_and_fmt_an_alias(args, fmt):
    spelled = run_cli([*args, "--format", fmt], SAMPLE)
    short = run_cli([*args, "-f", fmt], SAMPLE)
    old = run_cli([*args, "--fmt", fmt], SAMPLE)
    assert "no such option" not in spelled.output.lower()
    assert spelled.exit_code in (0, 1), spelled.output
    assert (short.exit_code, short.output) == (old.exit_code, old.output) == (spelled.exit_code, spelled.output)


@pytest.mark.parametrize("args", [a for a, _ in FORMATTED] + HISTORY, ids=lambda v: " ".join(v))
def test_help_shows_format_not_fmt(args):
    shown = run_cli([*args[:2 if args[0] == "report" else 1], "--help"], SAMPLE).output
    assert "-f, --format" in shown
    assert "--fmt" not in shown


def test_a_bad_format_is_a_usage_error_under_either_name():
    for name in ("--format", "--fmt"):
        result = run_cli(["rollup", "--by", "branch", name, "nonsense"], SAMPLE)
        assert result.exit_code == 2
        assert "'nonsense' is not one of" in result.output


def test_the_yaml_layer_gives_the_node_tree_with_places_and_spellings():
    """locate.py and editing.py need a file's node tree (line numbers, a number as written):
    the YAML layer composes it, and says None for text that is not YAML."""
    from hrkit.yamllib import compose_node

    root = compose_node(b"id: '1'\ndimensions:\n  fte: 1.50\n")
    (_, dims), = [(k, v) for k, v in root.value if k.value == "dimensions"]
    (key, fte), = dims.value
    assert (key.value, fte.value, key.start_mark.line + 1, key.start_mark.column + 1) == ("fte", "1.50", 3, 3)
    assert compose_node(b"id: [1\n") is None
