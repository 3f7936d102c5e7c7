"""Every rule against a passing and a failing records repository.

Each folder ``tests/fixtures/rules/<CODE>-<name>/`` holds ``pass/records/`` and ``fail/records/``:
a tiny but complete organization, copied on top of ``tests/fixtures/base/`` (hrkit.yaml and the
reference data under rules/, including the custom rule ORG001). ``fail/expected.txt`` is the
exact output of ``hrkit validate --select CODE --format text`` there.

* ``pass`` is clean under every rule;
* ``fail`` trips the rule under test, and under every rule nothing else (but EXTRA_CODES);
* files git cannot be trusted with (symbolic links, directories named ``x.yaml``, UTF-16 and
  Latin-1 files) are made at run time by SETUP.
"""
from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import FIXTURES, build_repo, run_cli
from hrkit.model.findings import Severity
from hrkit.rules import ALL_RULES

RULE_FIXTURES = FIXTURES / "rules"
ENV = {"HRKIT_TODAY": "2026-11-25", "NO_COLOR": "1", "GITHUB_ACTIONS": None, "HRKIT_DEBUG": None}
"""The talent due date in base/hrkit.yaml (2026-01-30) is past on HRKIT_TODAY."""

CUSTOM_RULES = {"ORG001": Severity.ERROR}
"""Rules of base/rules/custom/, with their severity."""

EXTRA_CODES: dict[str, set[str]] = {
    # A position reporting to an abolished one (HR205) means the abolished position still has a
    # live report (HR303), and the other way round: each fixture necessarily trips both.
    "HR205": {"HR303"},
    "HR303": {"HR205"},
}
"""Codes that a fail fixture unavoidably trips besides its own, when every rule runs."""




def _reencode(rel: str, encoding: str) -> Callable[[Path, Path], None]:
    """Write the pass variant's ``rel`` into the repository in another encoding."""
    def setup(root: Path, fixture: Path) -> None:
        text = (fixture / "pass" / rel).read_text(encoding="utf-8-sig")
        (root / rel).write_bytes(text.encode(encoding))
    return setup


def _hr001(root: Path, fixture: Path) -> None:
    _reencode("records/positions/1202.yaml", "utf-16")(root, fixture)  # with a byte-order mark
    _reencode("records/positions/1203.yaml", "latin-1")(root, fixture)  # 'é' as the single byte 0xE9


def _hr008(root: Path, fixture: Path) -> None:
    positions = root / "records" / "positions"
    (positions / "1101.yaml").symlink_to("1100.yaml")
    (positions / "1102.yaml").mkdir()


SETUP: dict[tuple[str, str], Callable[[Path, Path], None]] = {
    ("HR001", "fail"): _hr001,
    ("HR008", "fail"): _hr008,
}


def _fixtures() -> list[Path]:
    return sorted(p for p in RULE_FIXTURES.iterdir() if p.is_dir())


def _code(fixture: Path) -> str:
    return fixture.name.split("-", 1)[0]


def make_repo(tmp_path: Path, fixture: Path, variant: str) -> Path:
    root = build_repo(tmp_path, fixture / variant)
    setup = SETUP.get((_code(fixture), variant))
    if setup is not None:
        setup(root, fixture)
    return root


def validate(root: Path, *args: str):
    return run_cli(["validate", *args], cwd=root, env=ENV)


def severity(code: str) -> Severity:
    return CUSTOM_RULES.get(code) or next(r.severity for r in ALL_RULES if r.code == code)


FIXTURE_IDS = [p.name for p in _fixtures()]


@pytest.mark.parametrize("fixture", _fixtures(), ids=lambda p: p.name)
def test_fail_output(fixture: Path, tmp_path: Path) -> None:
    code = _code(fixture)
    result = validate(make_repo(tmp_path, fixture, "fail"), "--select", code, "--format", "text")
    expected = (fixture / "fail" / "expected.txt").read_text(encoding="utf-8")
    assert result.stdout == expected
    assert result.stderr == ""
    # a warning-only rule reports, but does not fail the run at the default --fail-on error
    assert result.exit_code == (1 if severity(code) is Severity.ERROR else 0)


@pytest.mark.parametrize("fixture", _fixtures(), ids=FIXTURE_IDS)
def test_fail_trips_only_its_rule(fixture: Path, tmp_path: Path) -> None:
    code = _code(fixture)
    result = validate(make_repo(tmp_path, fixture, "fail"), "--select", "ALL", "--format", "json",
                      "--fail-on", "warning")
    assert result.exit_code == 1, result.stderr
    codes = {f["code"] for f in json.loads(result.stdout)["findings"]}
    assert code in codes
    assert codes - {code} == EXTRA_CODES.get(code, set())


@pytest.mark.parametrize("fixture", _fixtures(), ids=FIXTURE_IDS)
def test_pass_is_clean(fixture: Path, tmp_path: Path) -> None:
    result = validate(make_repo(tmp_path, fixture, "pass"), "--select", "ALL", "--format", "text",
                      "--fail-on", "warning")
    assert result.exit_code == 0, result.stdout + result.stderr
    assert result.stdout.count("\n") == 1  # the summary line alone
    assert ": no problems." in result.stdout


def test_every_rule_has_fixtures() -> None:
    folders = {p.name for p in _fixtures()}
    codes = [r.code for r in ALL_RULES] + list(CUSTOM_RULES)
    expected = {f"{r.code}-{r.name}" for r in ALL_RULES} | {"ORG001-ex-position-needs-location"}
    assert folders == expected
    for name in folders:
        for part in ("pass/records", "fail/records", "fail/expected.txt"):
            assert (RULE_FIXTURES / name / part).exists(), f"{name}/{part}"
    assert len(codes) == len(set(codes))


def test_custom_rules_match_base() -> None:
    from hrkit.model.config import CustomRuleFile
    from hrkit.io.yamlsafe import load_yaml

    custom = FIXTURES / "base" / "rules" / "custom"
    specs = [CustomRuleFile.model_validate(load_yaml(p.read_bytes()).data) for p in sorted(custom.glob("*.yaml"))]
    assert {s.code: s.severity for s in specs} == CUSTOM_RULES

