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
    from hrkit.io.yamllib import compose_node

    root = compose_node(b"id: '1'\ndimensions:\n  fte: 1.50\n")
    (_, dims), = [(k, v) for k, v in root.value if k.value == "dimensions"]
    (key, fte), = dims.value
    assert (key.value, fte.value, key.start_mark.line + 1, key.start_mark.column + 1) == ("fte", "1.50", 3, 3)
    assert compose_node(b"id: [1\n") is None


def test_the_kept_trail_holds_rows_as_data_and_no_rendered_table(tmp_path):
    """The cache keeps the audit trail's data; the table is laid out on output. A run with and
    without --show-personal reads the same kept rows, and nothing kept is a table cell
    (``author <email>``) or a laid-out line."""
    import sqlite3

    from history_repo import Repo, position, profile
    from hrkit.store.cache import Cache, _part

    repo = Repo(tmp_path / "repo")
    repo.write("records/positions/1001.yaml", position("1001", "Head", "EX-03"))
    repo.write("records/profiles/exec-0001.yaml", profile("exec-0001", "1001"))
    repo.commit("Start", when="2024-01-01T10:00:00+00:00")
    repo.write("records/positions/1001.yaml", position("1001", "Head of Unit", "EX-03"))
    repo.write("records/profiles/exec-0001.yaml", profile("exec-0001", "1001", given="Sam"))
    repo.commit("Rename", when="2024-02-01T10:00:00+00:00")
    cold = repo.run("log").output, repo.run("log", "--show-personal").output
    warm = repo.run("log").output, repo.run("log", "--show-personal").output
    assert cold == warm and "(hidden)" in warm[0] and "Sam" in warm[1] and "Sam" not in warm[0]

    cache = Cache.open_for(repo.path)
    strings = []

    def collect(value):
        if isinstance(value, str):
            strings.append(value)
        elif isinstance(value, dict):
            for item in (*value.keys(), *value.values()):
                collect(item)
        elif isinstance(value, (list, tuple)):
            for item in value:
                collect(item)
    names = []
    with sqlite3.connect(next((repo.path / ".git/hrkit").glob("cache-*.sqlite"))) as db:
        for state, name, payload in db.execute("SELECT state, name, payload FROM parts"):
            names.append(name)
            collect(cache.seal.open(_part(state, name), payload))
    cache.close()
    assert any(name.startswith("rows") for name in names)
    assert not any(name.startswith("log-table") for name in names)
    assert "Ann Auditor" in strings and not any("<ann@example.com>" in s or "\n" in s for s in strings)
