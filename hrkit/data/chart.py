"""Org charts of a subtree (``hrkit chart``): Mermaid, Graphviz DOT, or indented text.

Mermaid is what GitHub and GitLab draw inline in a README or a pull request, so its output
must parse: node ids are generated (``p1``, ``p2``...; record ids hold dashes and dots),
labels are quoted with ``"``, ``<``, ``>``, ``&`` and ``#`` written as Mermaid entity codes, and
vacant, proposed and abolished positions get a class (dashed or greyed boxes). Titles come
from records anyone can edit, so nothing in them may break out of the label, and no format
passes a control character or escape sequence through to the terminal or the file.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from hrkit.errors import HrkitError
from hrkit.render.escape import terminal_text
from hrkit.data.hierarchy import heads, indent, walk
from hrkit.data.rollup import vacant

FORMATS = ("mermaid", "dot", "text")
STYLES = {
    "vacant": "fill:#ffffff,stroke:#b00020,stroke-width:2px,stroke-dasharray:6 4",
    "proposed": "fill:#fff8e1,stroke:#a66f00,stroke-dasharray:2 3",
    "abolished": "fill:#eeeeee,stroke:#888888,color:#888888",
}


@dataclass
class Node:
    id: str
    title: str | None
    classification: str | None
    state: str | None  # "vacant", "proposed", "abolished" or None (filled)
    depth: int
    parent: str | None
    hidden_reports: int = 0  # direct reports below --depth, not drawn


def subtree(positions: Sequence[dict], root: str | None = None, depth: int | None = None) -> list[Node]:
    """The positions under ``root`` (default: every head), depth first, children by id, down to
    ``depth`` levels below the root (0 = the root alone)."""
    by_id: dict[str, dict] = {}
    for r in positions:
        if isinstance(r.get("id"), str):
            by_id.setdefault(r["id"], r)
    kids: dict[str, list[str]] = {}
    for pid, r in by_id.items():
        sup = r.get("reports_to")
        if isinstance(sup, str):
            kids.setdefault(sup, []).append(pid)
    for reports in kids.values():
        reports.sort()
    if root is not None and root not in by_id:
        raise HrkitError(f"no position {root!r}")
    if depth is not None and depth < 0:
        raise HrkitError("--depth must be 0 or more")
    roots = [root] if root else heads({pid: r.get("reports_to") for pid, r in by_id.items()})
    nodes = []
    for pid, level, parent in walk(kids, roots, depth):
        r = by_id[pid]
        node = Node(pid, r.get("title"), r.get("classification"), _state(r), level, parent)
        if level == depth:
            node.hidden_reports = len(kids.get(pid, ()))
        nodes.append(node)
    return nodes


def _state(r: dict) -> str | None:
    status = r.get("status")
    if status in ("proposed", "abolished"):
        return status
    return "vacant" if vacant(status, r.get("incumbent")) else None


def render(nodes: list[Node], fmt: str) -> str:
    if fmt == "mermaid":
        return mermaid(nodes)
    if fmt == "dot":
        return dot(nodes)
    if fmt == "text":
        return text(nodes)
    raise HrkitError(f"unknown chart format {fmt!r} (choose from {', '.join(FORMATS)})")


def _lines(node: Node) -> list[str]:
    detail = " · ".join(x for x in (node.classification or "?", node.id) if x)
    lines = [node.title or node.id, detail]
    if node.state:
        lines.append(node.state.upper())
    if node.hidden_reports:
        lines.append(f"+{node.hidden_reports} direct report{'s' if node.hidden_reports != 1 else ''} not shown")
    return lines


def mermaid_text(value: str) -> str:
    """Text safe inside a quoted Mermaid label: entity codes for the characters Mermaid or the
    HTML label would read, no line breaks, control characters shown as escapes."""
    out = terminal_text(" ".join(value.split())).replace("#", "#35;").replace("&", "#38;").replace('"', "#quot;")
    return out.replace("<", "#lt;").replace(">", "#gt;").replace("`", "#96;").replace("%", "#37;")


def mermaid(nodes: list[Node]) -> str:
    ids = {n.id: f"p{i}" for i, n in enumerate(nodes, 1)}
    out = ["flowchart TD"]
    for n in nodes:
        label = "<br/>".join(mermaid_text(line) for line in _lines(n))
        out.append(f'    {ids[n.id]}["{label}"]' + (f":::{n.state}" if n.state else ""))
    out += [f"    {ids[n.parent]} --> {ids[n.id]}" for n in nodes if n.parent]
    used = {n.state for n in nodes if n.state}
    out += [f"    classDef {name} {style}" for name, style in STYLES.items() if name in used]
    return "\n".join(out) + "\n"


def _dot_text(value: str) -> str:
    """Text safe inside a quoted DOT string: one line, control characters shown as escapes."""
    return terminal_text(value.replace("\n", " ").replace("\r", " ")).replace("\\", "\\\\").replace('"', '\\"')


def dot(nodes: list[Node]) -> str:
    styles = {"vacant": 'style="dashed", color="#b00020"', "proposed": 'style="dotted", color="#a66f00"',
              "abolished": 'style="filled", fillcolor="#eeeeee", fontcolor="#888888"'}
    out = ["digraph org {", "    rankdir=TB;", '    node [shape=box, fontname="Helvetica"];']
    for n in nodes:
        label = "\\n".join(_dot_text(line) for line in _lines(n))
        out.append(f'    "{_dot_text(n.id)}" [label="{label}"' + (f", {styles[n.state]}" if n.state else "") + "];")
    out += [f'    "{_dot_text(n.parent)}" -> "{_dot_text(n.id)}";' for n in nodes if n.parent]
    out.append("}")
    return "\n".join(out) + "\n"


def text(nodes: list[Node]) -> str:
    out = []
    for n in nodes:
        state = f" [{n.state}]" if n.state else ""
        more = f" (+{n.hidden_reports} not shown)" if n.hidden_reports else ""
        title = " ".join((n.title or "").split())  # one line per position, whatever the title holds
        out.append(indent(n.depth, "    ") + terminal_text(f"{n.id}  {title} ({n.classification or '?'}){state}{more}"))
    return "\n".join(out) + "\n"
