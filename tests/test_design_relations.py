"""Rules declare the relations they follow, and the incremental check reaches only through
those: for every relation of the org model, edits of its links and of the fields its rules
read, each checked incrementally with only those rules enabled, give the full run's exact
findings. A rule naming a relation the org model does not declare is refused."""
from __future__ import annotations

import datetime as dt
import random
import shutil
from pathlib import Path

import pytest
import yaml

from conftest import git
from hrkit.check.engine import validate
from hrkit.model.findings import Severity
from hrkit.model.org import PositionFacts, ProfileFacts
from hrkit.model.config import load_project
from hrkit.model.relations import RELATIONS, SAME_ID, Closure, Group, Link
from hrkit.rules import ALL_RULES
from hrkit.rules.base import Rule
from hrkit.edit.scaffold import init_repository
from hrkit.io.sources import GitSource, WorktreeSource

ORG_RULES = [r for r in ALL_RULES if r.scope == "org"]

POSITIONS = {  # id: (classification, reports_to, department, incumbent)
    "1": ("DM-03", None, "ESDC", "p1"), "2": ("EX-03", "1", "ESDC", "p2"), "3": ("EX-03", "1", "ESDC", None),
    "21": ("EX-01", "2", "ESDC", "p21"), "22": ("EX-01", "2", "ESDC", None), "31": ("EX-01", "3", "ESDC", None),
    "211": ("EC-06", "21", "ESDC", None), "212": ("EC-06", "21", "ESDC", None), "311": ("EC-06", "31", "ESDC", None),
    "9": ("EX-03", None, "TBS", "p9"), "91": ("EC-07", "9", "TBS", None), "92": ("EC-06", "91", "TBS", None),
}
VALUES = {  # what an edit may write into a field, by the field's last name
    "reports_to": lambda rng, ids: rng.choice([*ids["position"], None, "404"]),
    "position": lambda rng, ids: rng.choice([*ids["position"], None, "404"]),
    "incumbent": lambda rng, ids: rng.choice([*ids["profile"], None, "nobody"]),
    "assessed_by": lambda rng, ids: rng.choice([*ids["position"], None]),
    "id": lambda rng, ids: rng.choice([*ids["position"], *ids["profile"], "new-id"]),
    "status": lambda rng, ids: rng.choice(["active", "vacant", "abolished", "proposed"]),
    "classification": lambda rng, ids: rng.choice(["DM-03", "EX-03", "EX-01", "EC-07", "EC-06"]),
    "department": lambda rng, ids: rng.choice(["ESDC", "TBS", None]),
    "fte": lambda rng, ids: rng.choice([0, 1, 2, 5, 40]),
    "title": lambda rng, ids: rng.choice(["Director", "Analyst", "Deputy Minister"]),
    "questionnaire": lambda rng, ids: rng.choice(["submitted", "not-submitted", None]),
}


def _position(pid: str, classification: str, sup: str | None, department: str, incumbent: str | None) -> dict:
    doc = {"id": pid, "title": f"Title {pid}", "classification": classification, "status": "active",
           "effective_date": dt.date(2024, 4, 1), "department": department, "reports_to": sup,
           "incumbent": incumbent, "dimensions": {"fte": 3}}
    if sup is not None:
        doc["supervisor"] = {"title": f"Title {sup}", "classification": POSITIONS[sup][0]}
    return doc


def _profile(prid: str, pid: str) -> dict:
    return {"id": prid, "name": {"given": "Test", "family": "Person"}, "position": pid,
            "classification": POSITIONS[pid][0],
            "talent": {"2026-2027": {"questionnaire": "submitted", "talent_map": "well-placed-in-role",
                                     "assessed_by": POSITIONS[pid][1] or pid}}}


def _write(path: Path, doc: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(doc, sort_keys=False))


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("org")
    init_repository(root, organization="Test", today=dt.date(2026, 11, 25))
    config = root / "hrkit.yaml"  # questionnaires overdue, spans of two: every rule can fire here
    config.write_text(config.read_text().replace("# questionnaire_due: 2027-03-31", "questionnaire_due: 2026-01-01")
                      .replace("max_direct_reports: 15", "max_direct_reports: 2"))
    for pid, (classification, sup, department, incumbent) in POSITIONS.items():
        _write(root / f"records/positions/{pid}.yaml", _position(pid, classification, sup, department, incumbent))
        if incumbent:
            _write(root / f"records/profiles/{incumbent}.yaml", _profile(incumbent, pid))
    git(root, "init", "-q")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "start")
    return root


def _records(repo: Path) -> dict[str, list[Path]]:
    return {kind: sorted((repo / f"records/{kind}s").rglob("*.yaml")) for kind in ("position", "profile")}


def _ids(repo: Path) -> dict[str, list[str]]:
    return {kind: [p.stem for p in paths] for kind, paths in _records(repo).items()}


def _set(doc, parts: list[str], value) -> bool:
    """Set a dotted field ('*' stands for every key of a mapping); False when it is not there."""
    if not isinstance(doc, dict):
        return False
    head, rest = parts[0], parts[1:]
    keys = list(doc) if head == "*" else [head]
    done = False
    for key in keys:
        if not rest:
            doc[key] = value
            done = True
        elif key in doc:
            done = _set(doc[key], rest, value) or done
    return done


def _edit_field(repo: Path, rng: random.Random, kind: str, dotted: str) -> None:
    path = rng.choice(_records(repo)[kind])
    doc = yaml.safe_load(path.read_text())
    _set(doc, dotted.split("."), VALUES[dotted.rsplit(".", 1)[-1]](rng, _ids(repo)))
    _write(path, doc)


def _edit_record(repo: Path, rng: random.Random, kind: str, how: str) -> None:
    """Delete, rename (another folder, same file name), or add a record of ``kind``."""
    path = rng.choice(_records(repo)[kind])
    if how == "delete":
        path.unlink()
    elif how == "rename":
        (path.parent / "moved").mkdir(exist_ok=True)
        path.rename(path.parent / "moved" / path.name)
    else:
        ids = _ids(repo)
        new = f"n{rng.randint(100, 999)}"
        doc = _position(new, "EC-06", None, "ESDC", None) if kind == "position" else _profile(new, "2")
        field = "reports_to" if kind == "position" else "position"
        doc[field] = rng.choice(ids["position"])
        _write(repo / f"records/{kind}s/{new}.yaml", doc)


def _facts(repo: Path, kind: str) -> dict[Path, object]:
    """The facts of every readable record of a kind, as the rules see them."""
    scheme = load_project(repo, WorktreeSource(repo)).scheme
    facts_type = PositionFacts if kind == "position" else ProfileFacts
    out = {}
    for path in _records(repo)[kind]:
        doc = yaml.safe_load(path.read_text())
        if isinstance(doc, dict):
            out[path] = facts_type.from_doc(path.as_posix(), doc, scheme)
    return out


def _relink(repo: Path, rng: random.Random, link: Link, close_loop: bool = False) -> None:
    """Point a link elsewhere: at another record, nowhere, or a missing id; with
    ``close_loop``, from the top of the longest line to its bottom."""
    facts = _facts(repo, link.source)
    path = rng.choice(sorted(facts))
    targets = [*_ids(repo)[link.target], None, "404"]
    if close_loop:
        named = {f.id: getattr(f, link.field) for f in facts.values()}

        def line(start: str) -> list[str]:
            seen = [start]
            while named.get(seen[-1]) in named and named[seen[-1]] not in seen:
                seen.append(named[seen[-1]])
            return seen

        longest = max((line(pid) for pid in sorted(named)), key=len)
        path = next(p for p, f in facts.items() if f.id == longest[-1])
        targets = [longest[0]]
    doc = yaml.safe_load(path.read_text())
    doc[link.field] = rng.choice(targets)
    _write(path, doc)


def _regroup(repo: Path, rng: random.Random, group: Group) -> None:
    """Move a member of a group into another member's group, or out of every group."""
    facts = _facts(repo, group.kind)
    members = sorted(p for p, f in facts.items() if group.indexed(group.kind, f) is not None)
    path = rng.choice(members or sorted(facts))
    doc = yaml.safe_load(path.read_text())
    others = {getattr(facts[p], group.key) for p in members} - {doc.get(group.key)}
    doc[group.key] = rng.choice(sorted(others)) if others and rng.random() < 0.8 else None
    _write(path, doc)


def edits(relation) -> list[tuple]:
    """The edits that exercise a relation: its links retargeted (loops closed and opened), its
    groups joined and left, the records at either end deleted, renamed or added."""
    link = relation.link if isinstance(relation, Closure) else relation
    if isinstance(relation, Closure):
        ends, out = {link.source}, [("link", link, True), ("link", link, True)]
    elif isinstance(link, Link):
        ends, out = {link.source, link.target}, [("link", link), ("link", link)]
    elif isinstance(link, Group):
        ends, out = {link.kind}, [("group", link), ("group", link)]
    else:  # records sharing an id
        ends = {"position", "profile"}
        out = [("field", kind, "id") for kind in sorted(ends)]
    return out + [("record", kind, how) for kind in sorted(ends) for how in ("delete", "rename", "add")]


def _apply(repo: Path, rng: random.Random, edit: tuple) -> None:
    what, *args = edit
    {"link": _relink, "group": _regroup, "field": _edit_field, "record": _edit_record}[what](repo, rng, *args)


def _result(repo: Path, codes: tuple[str, ...], *, use_cache: bool, staged: bool):
    source = GitSource(repo) if staged else WorktreeSource(repo)
    report = validate(load_project(repo, source), source, select=codes, use_cache=use_cache)
    return ([(f.code, f.path, f.line, f.column, f.message, f.related) for f in report.findings],
            (report.files, report.positions, report.profiles))


ALL_EDITS = [edit for name in (*RELATIONS, SAME_ID) for edit in edits(RELATIONS.get(name, name))]


@pytest.mark.parametrize("rule", ORG_RULES, ids=lambda r: r.code)
def test_each_org_rule_is_reached_incrementally_through_what_it_declares(rule: Rule, template: Path,
                                                                         tmp_path: Path, monkeypatch) -> None:
    """With one cross-record rule enabled, each edit of every relation (links retargeted,
    loops closed, groups joined and left, records deleted, renamed and added) and of every
    field the rule reads, staged or not, gives the full run's exact findings without walking
    the repository: a rule that reads through a relation it does not declare fails here."""
    repo = tmp_path / "repo"
    shutil.copytree(template, repo, symlinks=True)
    rng = random.Random(rule.code)
    reads = [("field", *field.split(".", 1)) for field in rule.reads]
    steps = [*ALL_EDITS, *reads, *reads]
    rng.shuffle(steps)
    codes = (rule.code,)
    assert _result(repo, codes, use_cache=True, staged=True) == _result(repo, codes, use_cache=False, staged=True)
    listed = []
    real = GitSource.record_files
    monkeypatch.setattr(GitSource, "record_files", lambda self: listed.append(1) or real(self))
    for step, edit in enumerate(steps):
        if step % 4 == 3:  # the edits so far reverted: later ones start from the whole org again
            shutil.rmtree(repo / "records")
            shutil.copytree(template / "records", repo / "records")
        _apply(repo, rng, edit)
        label = f"step {step}: {edit}"
        staged = step % 3 != 2
        if staged:
            git(repo, "add", "-A")
        listed.clear()
        incremental = _result(repo, codes, use_cache=True, staged=staged)
        assert not listed, f"{label} listed the whole repository"
        assert incremental == _result(repo, codes, use_cache=False, staged=staged), label
        if step % 5 == 4:
            git(repo, "add", "-A")
            git(repo, "commit", "-q", "--no-verify", "-m", label)


def test_every_org_rule_declares_what_it_reads_and_follows() -> None:
    for rule in ORG_RULES:
        assert rule.follows, rule.code
        assert rule.reads, rule.code
        for field in rule.reads:
            kind, _, dotted = field.partition(".")
            assert kind in ("position", "profile") and dotted.rsplit(".", 1)[-1] in VALUES, (rule.code, field)
    assert {name for r in ORG_RULES for name in r.follows} == {*RELATIONS, SAME_ID}


def test_a_rule_following_an_undeclared_relation_is_refused() -> None:
    with pytest.raises(ValueError, match="follows manager_of: not a relation of the org model"):
        Rule(code="HR299", name="manager-check", severity=Severity.ERROR, scope="org", doc="A check.",
             follows=("reports_to", "manager_of"))
