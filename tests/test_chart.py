"""hrkit chart: Mermaid checked by Mermaid's own parser (when node and the npm packages are
installed), plus structural checks that always run; DOT and text."""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import run_cli
from hrkit.data.chart import dot, mermaid, mermaid_text, subtree, text

SAMPLE = Path(__file__).resolve().parent.parent
HOSTILE = 'A "quoted" <b>bold</b> & #1 `tick` ]) end; click p1 call alert() %%{init: {}}%%\nsecond line'

# Mermaid's parser wants a DOM; jsdom gives it one. Install with
#   npm install --prefix ~/.cache/hrkit/mermaid mermaid jsdom      (or set HRKIT_MERMAID_DIR)
PARSE_JS = """
import { JSDOM } from 'jsdom';
const dom = new JSDOM('<!doctype html><html><body></body></html>');
globalThis.window = dom.window; globalThis.document = dom.window.document;
try { Object.defineProperty(globalThis, 'navigator', {value: dom.window.navigator, configurable: true}); } catch {}
globalThis.Element = dom.window.Element; globalThis.HTMLElement = dom.window.HTMLElement;
const { default: mermaid } = await import('mermaid');
mermaid.initialize({ startOnLoad: false });
let input = '';
for await (const chunk of process.stdin) input += chunk;
try {
  const r = await mermaid.parse(input);
  console.log(JSON.stringify({ok: true, type: r.diagramType}));
} catch (e) {
  console.log(JSON.stringify({ok: false, error: String(e.message || e)}));
}
"""


def _mermaid_dir() -> Path | None:
    folder = Path(os.environ.get("HRKIT_MERMAID_DIR") or Path.home() / ".cache/hrkit/mermaid")
    ok = shutil.which("node") and all((folder / "node_modules" / p / "package.json").is_file()
                                      for p in ("mermaid", "jsdom"))
    return folder if ok else None


def mermaid_parse(source: str) -> dict:
    folder = _mermaid_dir()
    script = folder / "hrkit-parse.mjs"
    script.write_text(PARSE_JS)
    out = subprocess.run(["node", str(script)], input=source, capture_output=True, text=True, timeout=120, cwd=folder)
    return json.loads(out.stdout.strip().splitlines()[-1])


needs_parser = pytest.mark.skipif(_mermaid_dir() is None, reason="node with the npm packages mermaid and jsdom "
                                  "(npm install --prefix ~/.cache/hrkit/mermaid mermaid jsdom)")


def rows():
    return [
        {"id": "H", "title": "Deputy Minister", "classification": "DM-03", "status": "active", "incumbent": "p1"},
        {"id": "A-1", "title": HOSTILE, "classification": "EX-03", "status": "active", "reports_to": "H"},
        {"id": "A.2", "title": "Director, Policy", "classification": "EX-01", "status": "proposed", "reports_to": "H"},
        {"id": "end", "title": "Analyst", "classification": None, "status": "abolished", "reports_to": "A-1"},
        {"id": "B", "title": "Orphan", "classification": "EX-02", "status": "vacant", "reports_to": "missing"},
    ]


@needs_parser
def test_mermaid_of_the_sample_parses():
    result = run_cli(["chart"], SAMPLE)
    assert result.exit_code == 0
    assert mermaid_parse(result.stdout) == {"ok": True, "type": "flowchart-v2"}


@needs_parser
def test_mermaid_with_hostile_titles_parses():
    assert mermaid_parse(mermaid(subtree(rows()))) == {"ok": True, "type": "flowchart-v2"}


@needs_parser
def test_the_parser_really_rejects_broken_mermaid():
    assert mermaid_parse('flowchart TD\n    p1["a "quoted" title"]\n')["ok"] is False


def test_mermaid_structure():
    out = mermaid(subtree(rows()))
    lines = out.splitlines()
    assert lines[0] == "flowchart TD"
    nodes = [line for line in lines if re.match(r"^    p\d+\[", line)]
    edges = [line for line in lines if "-->" in line]
    assert len(nodes) == 5 and len(edges) == 3
    for line in nodes:  # one quoted label per node, nothing after it but a class
        assert re.fullmatch(r'    p\d+\["[^"\n]*"\](:::(vacant|proposed|abolished))?', line), line
    assert all(re.fullmatch(r"    p\d+ --> p\d+", e) for e in edges)
    assert '    p2["Deputy Minister<br/>DM-03 · H"]' in lines  # filled: no class; heads by id (B, H)
    assert ':::proposed' in out and ':::abolished' in out and ':::vacant' in out
    assert "    classDef vacant fill:#ffffff,stroke:#b00020,stroke-width:2px,stroke-dasharray:6 4" in lines
    assert "EX-02 · B<br/>VACANT" in out and "? · end<br/>ABOLISHED" in out


def test_mermaid_escapes_everything_that_could_break_out():
    escaped = mermaid_text(HOSTILE)
    assert not set('"<>`') & set(escaped) and "\n" not in escaped
    assert escaped.startswith("A #quot;quoted#quot; #lt;b#gt;bold#lt;/b#gt; #38; #35;1 #96;tick#96;")
    assert "%" not in escaped and "#37;#37;{init" in escaped  # no %%{...}%% directive can reach Mermaid


def test_depth_limits_and_counts_what_is_hidden():
    nodes = subtree(rows(), "H", depth=0)
    assert [n.id for n in nodes] == ["H"] and nodes[0].hidden_reports == 2
    assert "+2 direct reports not shown" in mermaid(nodes)
    assert [n.id for n in subtree(rows(), "H", depth=1)] == ["H", "A-1", "A.2"]


def test_dot_and_text():
    nodes = subtree(rows(), "H")
    out = dot(nodes)
    assert out.startswith("digraph org {") and out.rstrip().endswith("}")
    assert '"A-1" [label="A \\"quoted\\" <b>bold</b> & #1 `tick` ]) end; click p1 call alert() %%{init: {}}%% ' \
           'second line\\nEX-03 · A-1\\nVACANT", style="dashed", color="#b00020"];' in out
    assert '"A.2" [label="Director, Policy\\nEX-01 · A.2\\nPROPOSED", style="dotted", color="#a66f00"];' in out
    assert '    "H" -> "A-1";' in out
    assert text(nodes).splitlines()[0] == "H  Deputy Minister (DM-03)"
    assert text(nodes).splitlines()[1].endswith("%%{init: {}}%% second line (EX-03) [vacant]")
    assert text(nodes).splitlines()[2] == "        end  Analyst (?) [abolished]"


def test_sample_chart_text_exact():
    result = run_cli(["chart", "ESDC-DG-LMI", "--format", "text"], SAMPLE)
    assert result.stdout == """\
ESDC-DG-LMI  Director General, Labour Market Information (EX-03) [vacant]
    NEW-103865  Executive Director, Labour Market Intelligence and Dissemination (EX-02) [proposed]
        NEW-103865-R1  Manager of Career Information and Engagement (EC-07) [proposed]
        NEW-103865-R2  Manager of the National Occupational Classification (EC-07) [proposed]
        NEW-103865-R3  Manager of Dissemination (EC-07) [proposed]
        NEW-103865-R4  Manager of Data, Analysis and Standardization (EC-07) [proposed]
        NEW-103865-R5  Special Advisor to Executive Director (EC-06) [proposed]
        NEW-103865-R6  Executive Assistant (AS-02) [proposed]
"""


def test_sample_chart_mermaid_depth():
    result = run_cli(["chart", "ESDC-SADM-SEB", "--depth", "1"], SAMPLE)
    assert result.stdout == """\
flowchart TD
    p1["Senior Assistant Deputy Minister, Skills and Employment<br/>EX-05 · ESDC-SADM-SEB"]
    p2["Director General, Workplace Partnerships<br/>EX-03 · 2802<br/>+5 direct reports not shown"]
    p3["Director General, Labour Market Information<br/>EX-03 · ESDC-DG-LMI<br/>VACANT<br/>+1 direct report \
not shown"]:::vacant
    p1 --> p2
    p1 --> p3
    classDef vacant fill:#ffffff,stroke:#b00020,stroke-width:2px,stroke-dasharray:6 4
"""


def test_unknown_root_and_bad_depth_are_one_line_errors():
    assert run_cli(["chart", "NOPE"], SAMPLE).stderr == "hrkit: error: no position 'NOPE'\n"
    assert "--depth must be 0 or more" in run_cli(["chart", "--depth", "-1"], SAMPLE).stderr
