"""Issue 11, item 7: a reporting line 100,000 positions deep and a reporting loop of 8,000 cost
hrkit linear time and memory: no recursion, and no output that grows with the square of the
chain or the loop (an indented line per level, a loop listed in each of its members' findings).

Work and size are asserted, never time: output bytes, line widths, findings, related
locations and lookups, each against a bound linear in the positions (bench/run.py times them).
The 100,000-deep chain is built in memory; the command line runs on a 3,000-deep chain (deeper
than Python's default recursion limit) and a 500-position loop.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from conftest import build_repo, git, run_cli
from hrkit.data.chart import render, subtree
from hrkit.model.classification import Scheme
from hrkit.model.findings import Severity
from hrkit.model.org import Org, PositionFacts, ProfileFacts
from hrkit.data.rollup import reporting_tree, tree_table
from hrkit.rules import reporting_cycle
from hrkit.rules.base import Context

SCHEME = Scheme({"DM": 4, "EX": 5})
MAX_INDENT = 20
"""Levels a printed tree indents (hrkit.data.hierarchy.MAX_INDENT, as docs/reports.md says); deeper lines
say their depth."""
WIDE = 400
"""No printed line of a tree, chart or tree table of these records is wider, however deep the position."""


def chain_doc(i: int, n: int, prefix: str = "C") -> dict:
    """Position i of a chain of n: each reports to the one before it (i = 0: the head)."""
    return {"id": f"{prefix}{i:06d}", "title": f"Position {i}", "classification": "DM-01" if i == 0 else "EX-01",
            "status": "active", "reports_to": f"{prefix}{i - 1:06d}" if i else None,
            "incumbent": f"exec-{i:06d}", "department": "D", "dimensions": {"fte": n - i, "total": 1000 * (n - i)}}


def loop_doc(i: int, n: int) -> dict:
    """Position i of a loop of n: each reports to the one before it, the first to the last."""
    return {**chain_doc(i, n, "L"), "reports_to": f"L{(i - 1) % n:06d}", "classification": "EX-01"}


def facts(doc: dict) -> PositionFacts:
    return PositionFacts.from_doc(f"records/positions/{doc['id']}.yaml", doc, SCHEME)


def rows(docs: list[dict]) -> list[dict]:
    """Flat position rows as hrkit.data.rows.load_rows makes them."""
    return [{k: v for k, v in d.items() if k != "dimensions"} | {"dimensions.fte": d["dimensions"]["fte"]}
            for d in docs]


CHAIN, LOOP = 100_000, 8_000


@pytest.fixture(scope="module")
def big() -> tuple[list[dict], Org]:
    """A 100,000-deep chain and an 8,000-position loop, as documents and as the org (with a
    profile on every tenth position)."""
    docs = [chain_doc(i, CHAIN) for i in range(CHAIN)] + [loop_doc(i, LOOP) for i in range(LOOP)]
    profiles = [ProfileFacts.from_doc(f"records/profiles/{d['incumbent']}.yaml",
                                      {"id": d["incumbent"], "position": d["id"], "classification": d["classification"],
                                       "talent": {"2025-2026": {"questionnaire": "submitted", "talent_map": "x",
                                                                "assessed_by": "nobody"}}}, SCHEME)
                for d in docs[::10]]
    return docs, Org([facts(d) for d in docs], profiles)


def test_tree_of_a_deep_chain_is_linear(big) -> None:
    limit = sys.getrecursionlimit()
    _docs, org = big
    for root, start in ((None, 0), (f"C{CHAIN // 2:06d}", CHAIN // 2)):
        tree, notes = reporting_tree(org, root=root)
        assert [r.id for r in tree[:2]] == [f"C{start:06d}", f"C{start + 1:06d}"] and len(tree) == CHAIN - start
        assert tree[-1].depth == CHAIN - 1 - start and tree[0].positions == CHAIN - start
        assert notes == ([] if root else [f"{LOOP} positions are not under any head (a reporting cycle: "
                                          "hrkit validate, HR202)."])
        labels = [row[0] for row in tree_table(tree, notes).rows]
        assert max(map(len, labels)) < WIDE
        assert labels[MAX_INDENT] == "  " * MAX_INDENT + f"C{start + MAX_INDENT:06d}"
        assert labels[-1] == "  " * MAX_INDENT + f"[depth {CHAIN - 1 - start}] C{CHAIN - 1:06d}"
    assert sys.getrecursionlimit() == limit


def test_chart_of_a_deep_chain_is_linear(big) -> None:
    positions = rows(big[0])
    for root, depth in ((None, None), (f"C{CHAIN // 2:06d}", CHAIN // 4)):
        nodes = subtree(positions, root, depth)
        assert len(nodes) == (CHAIN if root is None else depth + 1)
        for fmt in ("mermaid", "dot", "text") if root is None else ("text",):
            out = render(nodes, fmt)
            lines = out.splitlines()
            assert len(out) < WIDE * len(nodes) and max(map(len, lines)) < WIDE, fmt
        assert lines[-1].startswith(" " * 4 * MAX_INDENT + f"[depth {len(nodes) - 1}] C")


def test_chart_with_depth_cut_below_the_indent_limit_shows_the_depth() -> None:
    positions = rows([chain_doc(i, 40) for i in range(40)])
    lines = render(subtree(positions, "C000005", 30), "text").splitlines()
    assert lines[0] == "C000005  Position 5 (EX-01)"
    assert lines[MAX_INDENT] == "    " * MAX_INDENT + "C000025  Position 25 (EX-01)"
    assert lines[-1] == "    " * MAX_INDENT + "[depth 30] C000035  Position 35 (EX-01) (+1 not shown)"


@pytest.mark.parametrize("n", [1_000, LOOP])
def test_a_long_reporting_cycle_is_named_once(n: int) -> None:
    org = Org([facts(chain_doc(0, 1)), *(facts(loop_doc(i, n)) for i in range(n))], [])
    ctx = Context(reporting_cycle.RULE, None, None, Severity.ERROR)
    found = list(reporting_cycle.check(org, ctx))
    assert sorted(f.record for f in found) == [f"L{i:06d}" for i in range(n)]  # every member, once
    listing = [f for f in found if f.record == "L000000"]
    assert listing[0].message == (f"reporting cycle of {n} positions: L000000 -> "
                                  + " -> ".join(f"L{i:06d}" for i in range(n - 1, 0, -1)) + " -> L000000")
    assert len(listing[0].related) == n - 1
    second = next(f for f in found if f.record == "L000005")
    assert second.message == f"reporting cycle of {n} positions: reports to L000004; the cycle is listed on L000000"
    assert [r.path for r in second.related] == ["records/positions/L000000.yaml"]
    assert sum(len(f.message) for f in found) < 120 * n and sum(len(f.related) for f in found) < 2 * n


def test_every_org_rule_is_linear_on_a_deep_chain_and_a_long_loop(big, tmp_path: Path) -> None:
    """The whole set of cross-record rules (supervisor rank and block, heads, FTE sums, talent)
    over the 100,000 positions in a line and 8,000 in a loop."""
    from hrkit.check.engine import configure
    from hrkit.model.config import load_project
    from hrkit.io.sources import WorktreeSource

    root = build_repo(tmp_path)
    source = WorktreeSource(root)
    project = load_project(root, source)
    size = CHAIN + LOOP
    for ctx in configure(project, source):
        if ctx.rule.scope == "org":
            found = list(ctx.rule.check(big[1], ctx))
            assert len(found) <= 2 * size, ctx.rule.code
            assert sum(len(f.message) + 40 * len(f.related) for f in found) < 400 * size, ctx.rule.code


@pytest.fixture(scope="module")
def deep_repo(tmp_path_factory) -> Path:
    """A records repository in git: a 3,000-deep chain under the head and a 500-position loop."""
    root = build_repo(tmp_path_factory.mktemp("deep"))
    positions = root / "records" / "positions"
    positions.mkdir(parents=True, exist_ok=True)
    docs = [chain_doc(i, 3_000) for i in range(3_000)] + [loop_doc(i, 500) for i in range(500)]
    for d in docs:
        sup = d["reports_to"]
        lines = [f'id: "{d["id"]}"', f"title: {d['title']}", f"classification: {d['classification']}",
                 "status: active", "effective_date: 2024-04-01", "department: FIX",
                 f'reports_to: "{sup}"' if sup else "reports_to: null", "incumbent: null",
                 "dimensions:", f"  fte: {d['dimensions']['fte']}"]
        (positions / f"{d['id']}.yaml").write_text("\n".join(lines) + "\n")
    git(root, "init", "-q")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "deep")
    return root


ENV = {"HRKIT_TODAY": "2026-11-25", "NO_COLOR": "1", "GITHUB_ACTIONS": None, "HRKIT_DEBUG": None}


def short_lines(args: list[str], root: Path) -> list[str]:
    """The output lines of ``hrkit ARGS``, checked to be of a width that does not grow with depth."""
    result = run_cli(args, root, ENV)
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert max(map(len, lines)) < WIDE, args
    return lines


def test_cli_tree_of_a_3000_deep_chain(deep_repo: Path) -> None:
    lines = short_lines(["rollup", "--tree"], deep_repo)
    assert sum(line.startswith("  " * MAX_INDENT + "[depth 2999] C002999 ") for line in lines) == 1
    assert "500 positions are not under any head (a reporting cycle: hrkit validate, HR202)." in lines
    lines = short_lines(["rollup", "--tree", "C000100", "--format", "csv"], deep_repo)
    assert len(lines) == 2_901 and lines[-1].startswith("  " * MAX_INDENT + "[depth 2899] C002999,")


def test_cli_chart_of_a_3000_deep_chain_in_every_format(deep_repo: Path) -> None:
    assert len(short_lines(["chart"], deep_repo)) == 1 + 3_000 + 2_999 + 1  # nodes, edges, one class
    assert len(short_lines(["chart", "--format", "dot"], deep_repo)) == 3 + 3_000 + 2_999 + 1
    assert short_lines(["chart", "--format", "text"], deep_repo)[-1].startswith(
        "    " * MAX_INDENT + "[depth 2999] C002999  Position 2999 (EX-01)")
    lines = short_lines(["chart", "C000010", "--depth", "2500", "--format", "text"], deep_repo)
    assert len(lines) == 2_501 and lines[-1].endswith("[depth 2500] C002510  Position 2510 (EX-01) [vacant] "
                                                      "(+1 not shown)")


def test_cli_validate_names_a_500_position_loop_once(deep_repo: Path) -> None:
    result = run_cli(["validate", "--select", "HR202", "--format", "json"], deep_repo, ENV)
    assert result.exit_code == 1, result.stderr
    findings = json.loads(result.stdout)["findings"]
    assert len(findings) == 500 and len(result.stdout) < 2_000 * 500
    text = run_cli(["validate", "--select", "HR202"], deep_repo, ENV).stdout
    assert text.count("see also:") == 499 + 499 and text.count(" -> ") == 500  # the loop listed once


def test_review_reads_the_records_once_however_many_positions_a_pull_request_retitles() -> None:
    """The review's stale-supervisor-block note looks up each retitled position's reports in one
    index of the records, not by a pass over every record per retitled position."""
    from hrkit.history.diff import FieldChange, RecordChange
    from hrkit.history.review import policy_notes

    class Records(list):
        passes = 0

        def __iter__(self):
            Records.passes += 1
            return super().__iter__()

    n = 2_000
    changes = [RecordChange(f"S{i}", "modified", "position", f"records/positions/S{i}.yaml",
                            f"records/positions/S{i}.yaml", [FieldChange("title", "Old", "New")],
                            before={"title": "Old"}, after={"title": "New"}) for i in range(n)]
    after = Records({"id": f"R{i}", "reports_to": f"S{i}", "supervisor.title": "Old"} for i in range(n))
    notes = policy_notes(changes, [], [], after)
    assert [note.message for note in notes if note.record == "S7"] == [
        "title changed, but 1 direct report still names the old value in their supervisor block: R7."]
    assert Records.passes <= 2
