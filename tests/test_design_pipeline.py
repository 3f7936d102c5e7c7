"""One pipeline and one planner: the modules of the validation import each other one way, the
engine knows nothing of the pre-commit hook, and the hook's light path answers from the
setup the planner kept."""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import hrkit
from conftest import git
from test_incremental import position

TOP = Path(hrkit.__file__).parent


def _modules() -> dict[str, Path]:
    """Every module of the package by its dotted name (a package by its own name)."""
    out = {}
    for path in TOP.rglob("*.py"):
        parts = path.relative_to(TOP.parent).with_suffix("").parts
        out[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return out


def _imports(path: Path, modules: dict[str, Path]) -> set[str]:
    """The hrkit modules a file imports, at its top or inside its functions."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("hrkit"):
            names = [f"{node.module}.{alias.name}" if f"{node.module}.{alias.name}" in modules else node.module
                     for alias in node.names]
        elif isinstance(node, ast.Import):
            names = [alias.name for alias in node.names if alias.name.startswith("hrkit")]
        else:
            names = []
        for name in names:
            while name and name not in modules:
                name = name.rpartition(".")[0]
            if name:
                found.add(name)
    return found


def test_the_modules_import_each_other_one_way() -> None:
    """No import cycle anywhere in hrkit, even through imports inside functions (a lazy import
    may save start-up time; it may not hide a cycle); only the entry points know the hook."""
    modules = _modules()
    graph = {name: _imports(path, modules) - {name} for name, path in modules.items()}
    cycles, state = [], {}

    def walk(module: str, path: list[str]) -> None:
        state[module] = "open"
        for imported in sorted(graph[module]):
            if state.get(imported) == "open":
                cycles.append(" -> ".join([*path[path.index(imported):], imported]))
            elif imported not in state:
                walk(imported, [*path, imported])
        state[module] = "done"

    for module in sorted(graph):
        if module not in state:
            walk(module, [module])
    assert cycles == []
    hook = "hrkit.check.precommit"
    assert sorted(m for m, imported in graph.items() if hook in imported) == ["hrkit.__main__", "hrkit.cli"]
    assert not any(hook in graph[m] for m in modules if m.startswith(("hrkit.check.", "hrkit.model.")))


def test_validating_the_index_never_loads_the_hook_and_the_hook_answers_from_the_planners_setup(
        tmp_path: Path) -> None:
    from hrkit.edit.scaffold import init_repository

    init_repository(tmp_path, organization="Test")
    (tmp_path / "records/positions/1.yaml").write_text(position("1", "DM-03", None, fte=4))
    git(tmp_path, "init", "-q")
    git(tmp_path, "add", "-A")
    git(tmp_path, "commit", "-q", "-m", "start")
    (tmp_path / "records/positions/2.yaml").write_text(position("2", "EX-03", ("1", "Deputy Minister 1", "DM-03")))
    git(tmp_path, "add", "-A")
    script = ("import sys\nfrom hrkit.model.config import load_project\nfrom hrkit.check.engine import validate\n"
              "from pathlib import Path\nfrom hrkit.io.sources import GitSource\nsource = GitSource(Path.cwd())\n"
              "report = validate(load_project(source.root, source), source)\n"
              "print(report.positions, 'hrkit.check.precommit' in sys.modules)\n")
    full = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True)
    assert full.stdout.split() == ["2", "False"], full.stderr
    hook = subprocess.run([sys.executable, "-c", "import sys; from hrkit.check.precommit import check_index; "
                           "print(check_index([], env={}, isatty=False)); print('hrkit.cli' in sys.modules)"],
                          cwd=tmp_path, capture_output=True, text=True)
    answer, cli_loaded = hook.stdout.strip().rsplit("\n", 1)
    assert answer.startswith("(") and answer.endswith(", 0)") and cli_loaded == "False", hook.stderr


def test_the_hook_watches_the_configuration_the_planner_names() -> None:
    from hrkit.check import precommit
    from hrkit.model import project

    assert precommit.CONFIG_PATHS == project.CONFIG_PATHS
