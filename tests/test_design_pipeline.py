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

PIPELINE = ("engine", "stages", "planner", "incremental", "baseline", "relations", "precommit", "config", "project",
            "records", "mapping", "locate", "suppress", "org", "editing", "reports")


def _imports(module: str) -> set[str]:
    """The pipeline modules ``module`` imports, at its top or inside its functions."""
    tree = ast.parse((Path(hrkit.__file__).parent / f"{module}.py").read_text())
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("hrkit."):
            found.add(node.module.split(".")[1])
        elif isinstance(node, ast.ImportFrom) and node.module == "hrkit":
            found.update(alias.name for alias in node.names)
    return found & set(PIPELINE) - {module}


def test_the_pipeline_modules_import_each_other_one_way() -> None:
    graph = {module: _imports(module) for module in PIPELINE}
    cycles = []

    def walk(module: str, path: list[str]) -> None:
        for imported in sorted(graph[module]):
            if imported in path:
                cycles.append(" -> ".join([*path[path.index(imported):], imported]))
            else:
                walk(imported, [*path, imported])

    for module in PIPELINE:
        walk(module, [module])
    assert cycles == []
    assert "precommit" not in {m for module in PIPELINE if module != "precommit" for m in graph[module]}


def test_validating_the_index_never_loads_the_hook_and_the_hook_answers_from_the_planners_setup(
        tmp_path: Path) -> None:
    from hrkit.scaffold import init_repository

    init_repository(tmp_path, organization="Test")
    (tmp_path / "records/positions/1.yaml").write_text(position("1", "DM-03", None, fte=4))
    git(tmp_path, "init", "-q")
    git(tmp_path, "add", "-A")
    git(tmp_path, "commit", "-q", "-m", "start")
    (tmp_path / "records/positions/2.yaml").write_text(position("2", "EX-03", ("1", "Deputy Minister 1", "DM-03")))
    git(tmp_path, "add", "-A")
    script = ("import sys\nfrom hrkit.config import load_project\nfrom hrkit.engine import validate\n"
              "from pathlib import Path\nfrom hrkit.sources import GitSource\nsource = GitSource(Path.cwd())\n"
              "report = validate(load_project(source.root, source), source)\n"
              "print(report.positions, 'hrkit.precommit' in sys.modules)\n")
    full = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True)
    assert full.stdout.split() == ["2", "False"], full.stderr
    hook = subprocess.run([sys.executable, "-c", "import sys; from hrkit.precommit import check_index; "
                           "print(check_index([], env={}, isatty=False)); print('hrkit.cli' in sys.modules)"],
                          cwd=tmp_path, capture_output=True, text=True)
    answer, cli_loaded = hook.stdout.strip().rsplit("\n", 1)
    assert answer.startswith("(") and answer.endswith(", 0)") and cli_loaded == "False", hook.stderr


def test_the_hook_watches_the_configuration_the_planner_names() -> None:
    from hrkit import precommit, project

    assert precommit.CONFIG_PATHS == project.CONFIG_PATHS
