"""A hostile or careless repository cannot make hrkit run its programs, write outside it,
reach the network or hang, and edits do not print personal information (issue 11, items 4
and 6)."""
from __future__ import annotations

import http.server
import json
import os
import shutil
import stat
import subprocess
import threading
from pathlib import Path

import pytest

from conftest import DEPUTY_HEAD, git, run_cli

REPO = Path(__file__).parent.parent


def sample(root: Path) -> Path:
    """The sample organization in ``root``."""
    root.mkdir(parents=True, exist_ok=True)
    for name in ("hrkit.yaml", "rules", "records"):
        src = REPO / name
        (shutil.copytree if src.is_dir() else shutil.copy)(src, root / name)
    return root


def files(root: Path) -> dict[str, bytes]:
    """Every file under ``root`` (links as their target's name), to show nothing was written."""
    out = {}
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root).as_posix()
        if rel.startswith(".git/"):
            continue
        if path.is_symlink():
            out[rel] = os.readlink(path).encode()
        elif path.is_file():
            out[rel] = path.read_bytes()
    return out


# --- git: the repository's configuration runs nothing -----------------------------------------

HOSTILE_CONFIG = {
    "core.fsmonitor": "{script} fsmonitor",
    "filter.x.clean": "{script} clean",
    "filter.x.smudge": "{script} smudge",
    "filter.x.process": "{script} process",
    "filter.x.required": "true",
    "diff.x.textconv": "{script} textconv",
    "diff.x.command": "{script} diff-driver",
    "diff.external": "{script} external-diff",
}


@pytest.fixture
def hostile_git(tmp_path: Path) -> tuple[Path, Path]:
    """A committed sample organization whose .git/config runs a script (which leaves a marker)
    as fsmonitor hook, filter, textconv and external diff of every record file; a record edited
    and the index's timestamp set back so that git compares every file by content."""
    root = sample(tmp_path / "repo")
    marker = tmp_path / "marker"
    script = tmp_path / "evil.sh"
    script.write_text(f'#!/bin/sh\necho "$*" >> "{marker}"\ncat\n')
    script.chmod(0o755)
    git(root, "init", "-q")
    git(root, "add", "-A")
    git(root, "commit", "-qm", "first")
    path = root / "records/positions/2802-R1.yaml"
    path.write_text(path.read_text() + "# edited\n")
    git(root, "commit", "-qam", "second")
    (root / ".gitattributes").write_text("*.yaml filter=x diff=x\n")
    for key, value in HOSTILE_CONFIG.items():
        git(root, "config", key, value.format(script=script))
    path.write_text(path.read_text() + "# edited again\n")
    os.utime(root / ".git/index", (1, 1))  # every entry is racily clean: compared by content
    return root, marker


@pytest.mark.parametrize("args", [
    ["validate"],
    ["validate", "--staged"],
    ["diff"],
    ["diff", "--staged"],
    ["log", "2802-R1"],
    ["rollup", "positions", "--by", "department", "--as-of", "HEAD~1"],
], ids=" ".join)
def test_git_runs_no_program_the_repository_configures(hostile_git, args) -> None:
    root, marker = hostile_git
    result = run_cli(args, root)
    assert result.exit_code in (0, 1), result.output
    assert not marker.exists(), marker.read_text()


def test_a_filter_name_git_cannot_switch_off_is_refused(hostile_git) -> None:
    root, marker = hostile_git
    git(root, "config", "filter.a=b.clean", "evil")
    assert run_cli(["validate"], root).exit_code == 1  # validated without asking git to compare
    result = run_cli(["diff"], root)
    assert result.exit_code == 2
    assert "filter 'a=b'" in result.stderr and "Traceback" not in result.output
    assert not marker.exists()


# --- links under records/ are HR008 -------------------------------------------------------------

def checked(root: Path, *, use_cache: bool, staged: bool):
    """Findings and counts of a validation (``use_cache``: the incremental path where it applies)."""
    from hrkit.check.engine import validate
    from hrkit.model.config import load_project
    from hrkit.io.sources import GitSource, WorktreeSource

    source = GitSource(root) if staged else WorktreeSource(root)
    report = validate(load_project(root, source), source, use_cache=use_cache)
    return ([(f.code, f.path, f.line, f.column, f.message, f.record) for f in report.findings],
            (report.files, report.positions, report.profiles))


LINKS = {  # path under records/ -> its link target
    "records/positions/linked": "{outside}",
    "records/positions/deep/linked-too": "{outside}",
    "records/profiles/README.md": "../../hrkit.yaml",
    "records/positions/4001.yaml": "{outside}/4001.yaml",
}


@pytest.mark.parametrize("staged", [False, True], ids=["working-tree", "index"])
def test_a_link_of_any_name_under_records_is_hr008(tmp_path: Path, staged: bool) -> None:
    root = sample(tmp_path / "repo")
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "4001.yaml").write_text('id: "4001"\ntitle: [broken\n')
    git(root, "init", "-q")
    git(root, "add", "-A")
    git(root, "commit", "-qm", "start")
    clean = checked(root, use_cache=False, staged=staged)
    assert checked(root, use_cache=True, staged=staged) == clean  # the baseline is stored
    (root / "records/positions/deep").mkdir()
    for rel, target in LINKS.items():
        (root / rel).symlink_to(target.format(outside=outside))
    git(root, "add", "-A")
    full = checked(root, use_cache=False, staged=staged)
    found = {f[1]: f for f in full[0] if f[0] == "HR008"}
    assert sorted(found) == sorted(LINKS)
    assert found["records/positions/linked"][2:] == (1, 1, "linked is a symbolic link; hrkit does not follow links",
                                                     None)
    assert found["records/positions/4001.yaml"][5] == "4001"
    assert full[1] == (clean[1][0] + 4, *clean[1][1:])  # unreadable files count as files only
    assert checked(root, use_cache=True, staged=staged) == full  # the incremental path agrees
    for rel in LINKS:
        (root / rel).unlink()
        (root / rel).write_text("not a record\n" if not rel.endswith(".yaml") else "")
    git(root, "add", "-A")
    assert checked(root, use_cache=True, staged=staged) == checked(root, use_cache=False, staged=staged)
    for rel in LINKS:
        (root / rel).unlink()
    git(root, "add", "-A")
    assert checked(root, use_cache=True, staged=staged) == checked(root, use_cache=False, staged=staged) == clean


def test_a_link_in_a_commit_is_hr008(tmp_path: Path) -> None:
    root = sample(tmp_path / "repo")
    (root / "records/positions/linked").symlink_to("/etc")
    git(root, "init", "-q")
    git(root, "add", "-A")
    git(root, "commit", "-qm", "start")
    shutil.rmtree(root / "records")  # the commit is read from git only
    result = run_cli(["validate", "--rev", "HEAD", "--select", "HR008"], root)
    assert "records/positions/linked:1:1: HR008 [error] linked is a symbolic link" in result.stdout
    assert result.exit_code == 1


# --- writes stay inside the repository ----------------------------------------------------------

IMPORT_DOC = Path(__file__).parent / "fixtures" / "import" / "director-policy.md"


@pytest.fixture
def fresh(tmp_path: Path) -> Path:
    from hrkit.edit.scaffold import init_repository

    root = tmp_path / "repo"
    root.mkdir()
    init_repository(root, organization="Test")
    (root / "records/positions/1001.yaml").write_text(DEPUTY_HEAD)
    return root


@pytest.mark.parametrize("dry_run", [False, True], ids=["write", "dry-run"])
def test_import_refuses_a_linked_positions_folder(fresh: Path, tmp_path: Path, dry_run: bool) -> None:
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    shutil.rmtree(fresh / "records/positions")
    (fresh / "records/positions").symlink_to(outside)
    before = files(fresh)
    result = run_cli(["import", str(IMPORT_DOC), "--department", "ESDC", *(["--dry-run"] * dry_run)], fresh)
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith("hrkit: error: records/positions/") and result.stderr.count("\n") == 1
    assert "records/positions is a symbolic link; hrkit does not write through links" in result.stderr
    assert result.stdout == ""  # nothing was shown as created either
    assert run_cli(["fmt"], fresh).exit_code == 2
    assert list(outside.iterdir()) == [] and files(fresh) == before


def test_no_write_goes_through_a_link_even_from_the_library(fresh: Path, tmp_path: Path) -> None:
    """A plan whose last file lies behind a link writes none of its files."""
    from hrkit.edit.editing import Change, write
    from hrkit.errors import HrkitError

    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (fresh / "records/positions/linked").symlink_to(outside)
    before = files(fresh)
    changes = [Change("records/positions/2001.yaml", None, b'id: "2001"\n', None, {}),
               Change("records/positions/linked/2002.yaml", None, b'id: "2002"\n', None, {})]
    with pytest.raises(HrkitError, match="records/positions/linked is a symbolic link"):
        write(fresh, changes)
    with pytest.raises(HrkitError, match="not a path inside the repository"):
        write(fresh, [Change("records/positions/../../x.yaml", None, b"", None, {})])
    assert files(fresh) == before and list(outside.iterdir()) == []


def test_init_refuses_a_linked_folder_and_writes_nothing(tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    root = tmp_path / "new"
    (root / "records").mkdir(parents=True)
    (root / "records/positions").symlink_to(outside)
    result = run_cli(["init", str(root)], tmp_path)
    assert result.exit_code == 2
    assert "records/positions is a symbolic link" in result.stderr
    assert list(outside.iterdir()) == [] and sorted(files(root)) == ["records/positions"]


@pytest.mark.parametrize("how", ["link", "hooksPath"])
def test_hooks_install_refuses_a_hooks_folder_outside(tmp_path: Path, how: str) -> None:
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    root = tmp_path / "repo"
    root.mkdir()
    git(root, "init", "-q")
    if how == "link":
        shutil.rmtree(root / ".git/hooks")
        (root / ".git/hooks").symlink_to(outside)
    else:
        git(root, "config", "core.hooksPath", str(outside))
    result = run_cli(["hooks", "install"], root)
    assert result.exit_code == 2
    assert "outside the repository" in result.stderr and result.stderr.count("\n") == 1
    assert list(outside.iterdir()) == []


def test_hooks_install_inside_the_repository_still_works(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    root.mkdir()
    git(root, "init", "-q")
    git(root, "config", "core.hooksPath", ".githooks")
    result = run_cli(["hooks", "install"], root)
    assert result.exit_code == 0, result.output
    assert (root / ".githooks/pre-commit").stat().st_mode & stat.S_IXUSR


# --- JSON Schemas of the configuration: no network, no runaway pattern ----------------------------

def custom_rule(root: Path, schema: str, *, applies_to: str = "position") -> Path:
    """rules/custom/org900.yaml with this schema (YAML text, indented under ``schema:``)."""
    path = root / "rules/custom/org900.yaml"
    path.write_text(f"code: ORG900\nname: test-rule\nmessage: the test rule fails\napplies_to: {applies_to}\n"
                    f"schema:\n{schema}")
    return path


@pytest.fixture
def listener():
    """A local HTTP server that records every request it gets (none may come)."""
    asked = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (http.server's name)
            asked.append(self.path)
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b'{"required": ["no-such-field"]}')

        def log_message(self, *args):
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}", asked
    server.shutdown()
    server.server_close()


REFERENCES = {  # where the reference leads -> the schema (a template), the line and column of the $ref
    "http": ("  properties:\n    department:\n      $ref: '{url}/schema.json'\n", 8, 7),
    "file": ("  properties:\n    department: {{$ref: '{file}'}}\n", 7, 18),
    "relative": ("  properties:\n    department: {{$ref: 'schema.json'}}\n", 7, 18),
    "through a local one": ("  $defs:\n    title: {{type: string}}\n    out: {{$ref: '{url}/x.json'}}\n  properties:\n"
                            "    title: {{$ref: '#/$defs/title'}}\n    department: {{$ref: '#/$defs/out'}}\n", 8, 11),
    "pointer to nothing": ("  properties:\n    department: {{$ref: '#/$defs/missing'}}\n", 7, 18),
    "meta-schema keyword": ("  properties:\n    department: {{$dynamicRef: '{url}/meta#x'}}\n", 7, 18),
}


@pytest.mark.parametrize("case", sorted(REFERENCES))
def test_a_reference_out_of_the_schema_is_a_configuration_error(tmp_path: Path, listener, case: str) -> None:
    url, asked = listener
    root = sample(tmp_path / "repo")
    local = tmp_path / "schema.json"
    local.write_text('{"required": ["no-such-field"]}')
    template, line, column = REFERENCES[case]
    custom_rule(root, template.format(url=url, file=local.as_uri()))
    result = run_cli(["validate"], root)
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith(f"hrkit: error: rules/custom/org900.yaml:{line}:{column}: schema."), result.stderr
    assert "does not resolve inside this schema" in result.stderr and result.stderr.count("\n") == 1
    assert asked == []


def test_references_inside_the_schema_work(tmp_path: Path) -> None:
    root = sample(tmp_path / "repo")
    custom_rule(root, "  $id: https://example.org/org900.json\n  $defs:\n    code: {$anchor: code, pattern: '^[A-Z]+$'}\n"
                      "    named: {$id: named.json, type: string}\n  properties:\n    department: {$ref: '#code'}\n"
                      "    title: {$ref: 'named.json'}\n    branch: {$ref: '#/$defs/code'}\n")
    result = run_cli(["validate", "--select", "ORG900", "--format", "json"], root)
    assert result.exit_code == 1, result.output
    found = {(f["record"], f["field"]) for f in json.loads(result.stdout)["findings"]}
    assert ("2802", "branch") in found and not any(field in ("department", "title") for _, field in found)


RUNAWAY = "^(a+)+$"
"""Exponential on a backtracking matcher: hours against 40 characters that end in '!'."""
VICTIM = "a" * 40 + "!"


def test_a_runaway_pattern_does_not_hang_validate(tmp_path: Path) -> None:
    root = sample(tmp_path / "repo")
    custom_rule(root, f"  properties:\n    title: {{pattern: '{RUNAWAY}'}}\n"
                      f"  patternProperties:\n    '{RUNAWAY}': {{type: integer}}\n  additionalProperties: {{}}\n")
    path = root / "records/positions/2802-R1.yaml"
    path.write_text(path.read_text().replace("\ntitle: ", f"\n{VICTIM}: 1\ntitle: ", 1)
                    .replace("\ntitle: ", f"\ntitle: {VICTIM} # ", 1) + f"{VICTIM[:-1]}: text\n")
    result = run_cli(["validate", "--select", "ORG900", "--format", "json"], root)
    assert result.exit_code == 1, result.output
    fields = sorted(f["field"] for f in json.loads(result.stdout)["findings"] if f["record"] == "2802-R1")
    assert fields == ["a" * 40, "title"]  # the key that matches holds text, not a number


def test_a_runaway_pattern_in_extra_fields_does_not_hang_validate(tmp_path: Path) -> None:
    root = sample(tmp_path / "repo")
    config = root / "hrkit.yaml"
    config.write_text(config.read_text() + f"extra_fields:\n  position:\n    nickname: {{pattern: '{RUNAWAY}'}}\n")
    path = root / "records/positions/2802-R1.yaml"
    path.write_text(path.read_text() + f"nickname: {VICTIM}\n")
    result = run_cli(["validate", "--select", "HR003"], root)
    assert result.exit_code == 1, result.output
    assert "2802-R1.yaml:" in result.stdout and f"nickname: '{VICTIM}' does not match" in result.stdout


@pytest.mark.parametrize("pattern, reason", [("^(?=x)y", "invalid perl operator"),
                                              ("(a)\\1", "invalid escape sequence")])
def test_a_pattern_re2_cannot_run_is_a_configuration_error(tmp_path: Path, pattern: str, reason: str) -> None:
    root = sample(tmp_path / "repo")
    custom_rule(root, f"  properties:\n    title:\n      pattern: '{pattern}'\n")
    result = run_cli(["validate"], root)
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith("hrkit: error: rules/custom/org900.yaml:8:7: schema.properties.title.pattern: ")
    assert reason in result.stderr and "RE2" in result.stderr and result.stderr.count("\n") == 1


def test_extra_fields_schemas_are_held_to_the_same_rules(tmp_path: Path) -> None:
    root = sample(tmp_path / "repo")
    config = root / "hrkit.yaml"
    text = config.read_text()
    config.write_text(text + "extra_fields:\n  position:\n    nickname:\n      $ref: https://example.org/x.json\n")
    result = run_cli(["validate"], root)
    lines = len(text.splitlines())
    assert result.exit_code == 2
    assert result.stderr.startswith(f"hrkit: error: hrkit.yaml:{lines + 4}:7: extra_fields.position.nickname.$ref:")


def test_unevaluated_properties_with_pattern_properties_is_refused(tmp_path: Path) -> None:
    """jsonschema matches those patterns itself, with Python's backtracking matcher."""
    root = sample(tmp_path / "repo")
    custom_rule(root, f"  patternProperties:\n    '{RUNAWAY}': {{}}\n  unevaluatedProperties: false\n")
    result = run_cli(["validate"], root)
    assert result.exit_code == 2
    assert "unevaluatedProperties cannot be used with patternProperties" in result.stderr


# --- edits print no personal information unless asked ---------------------------------------------

PERSONAL = ("Sample", "Newname", "ready-for-advancement", "EX-O3", "EX-03")


@pytest.mark.parametrize("dry_run", [True, False], ids=["dry-run", "write"])
def test_set_on_a_profile_prints_no_values_without_show_personal(tmp_path: Path, dry_run: bool) -> None:
    root = sample(tmp_path / "repo")
    args = ["set", "exec-0002", "name.family=Newname", "talent.2025-2026.talent_map=ready-for-advancement",
            *(["--dry-run"] * dry_run)]
    result = run_cli(args, root)
    assert result.exit_code == 0, result.output
    assert "records/profiles/exec-0002.yaml" in result.stdout
    assert "  name.family: changed (hidden)" in result.stdout
    assert "  talent.2025-2026.talent_map: set (hidden)" in result.stdout
    assert "--show-personal shows them" in result.stdout
    assert not any(value in result.output for value in PERSONAL), result.output
    shown = run_cli([*args, "--show-personal"], sample(tmp_path / "again"))
    assert "name.family: Sample → Newname" in shown.stdout


def test_fix_on_a_profile_prints_no_values_without_show_personal(tmp_path: Path) -> None:
    root = sample(tmp_path / "repo")
    path = root / "records/profiles/exec-0002.yaml"
    path.write_text(path.read_text().replace("classification: EX-03", "classification: EX-O3"))
    result = run_cli(["fix", "--dry-run"], root)
    assert "would fix records/profiles/exec-0002.yaml\n  classification: changed (hidden)\n" in result.stdout
    assert not any(value in result.output for value in PERSONAL), result.output
    assert "classification: EX-O3 → EX-03" in run_cli(["fix", "--dry-run", "--show-personal"], root).stdout


def test_position_edits_still_show_their_values(tmp_path: Path) -> None:
    root = sample(tmp_path / "repo")
    result = run_cli(["set", "2802-R1", "location=Gatineau, QC", "--dry-run"], root)
    assert "location: " in result.stdout and "→ Gatineau, QC" in result.stdout
    assert "--show-personal" not in result.stdout


def test_a_bare_repository_inside_the_checkout_is_not_used(tmp_path: Path) -> None:
    """A bare repository planted in a folder of a checkout (with hrkit.yaml beside its HEAD) is
    not taken for the repository when hrkit runs there: git is told to use none it finds."""
    outer = sample(tmp_path / "outer")
    git(outer, "init", "-q")
    planted = outer / "planted"
    git(outer, "init", "-q", "--bare", "planted")
    shutil.copy(outer / "hrkit.yaml", planted)
    shutil.copytree(outer / "rules", planted / "rules")
    env = dict(os.environ, GIT_DIR=str(planted), GIT_WORK_TREE=str(outer), GIT_AUTHOR_NAME="a",
               GIT_AUTHOR_EMAIL="a@example.com", GIT_COMMITTER_NAME="a", GIT_COMMITTER_EMAIL="a@example.com")
    subprocess.run(["git", "add", "records"], cwd=outer, env=env, check=True)
    subprocess.run(["git", "-c", "commit.gpgsign=false", "commit", "-qm", "planted"], cwd=outer, env=env, check=True)
    result = run_cli(["validate", "--rev", "HEAD"], planted)
    assert result.exit_code == 2
    assert "cannot use bare repository" in result.stderr and "Checked" not in result.output
