"""``hrkit review BASE..HEAD``: what a pull request does to the organization, as data.

The change is judged like GitHub shows it: from the merge base of BASE and HEAD to HEAD. The
record changes are grouped by what a reviewer decides on; the impact comes from the rollup
engine on both sides; the findings are validate's on both sides, compared; the policy notes
follow from the changes.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from hrkit.io import gitio
from hrkit.errors import HrkitError
from hrkit.model.findings import Finding
from hrkit.history.diff import ABSENT, FieldChange, RecordChange, changes_between
from hrkit.history.log import Commit, diff_raw, iter_commits

GROUPS = {
    "new": "New positions",
    "abolished": "Abolished positions",
    "reclassified": "Reclassifications",
    "reporting": "Reporting-line moves",
    "budget": "Budget and FTE changes",
    "staffing": "Incumbent and talent changes",
    "identity": "Renumbered and moved records",
    "other": "Other changes",
    "broken": "Records that cannot be parsed",
}
GROUP_NOUNS = {
    "new": ("new position", "new positions"),
    "abolished": ("abolished position", "abolished positions"),
    "reclassified": ("reclassification", "reclassifications"),
    "reporting": ("reporting-line move", "reporting-line moves"),
    "budget": ("budget or FTE change", "budget or FTE changes"),
    "staffing": ("incumbent or talent change", "incumbent or talent changes"),
    "identity": ("renumbered or moved record", "renumbered or moved records"),
    "other": ("other change", "other changes"),
    "broken": ("record that cannot be parsed", "records that cannot be parsed"),
}
SENIOR = ("EX-04", "EX-05")
IMPACT_MEASURES = ("positions", "fte", "total")


@dataclass(frozen=True, slots=True)
class ImpactRow:
    key: str  # the group (a branch or a classification), or "Total"
    before: dict[str, object]  # measure -> value (None: no record had the figure)
    after: dict[str, object]


@dataclass
class Impact:
    by: str  # branch or classification
    rows: list[ImpactRow]  # groups that changed, then the total
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class PolicyNote:
    kind: str  # reclassification, senior-executive, supervisor
    record: str | None
    message: str
    warning: bool = True  # False: a reminder that the change satisfies


@dataclass
class Review:
    base: str  # as given
    head: str
    base_commit: str  # the merge base: what the change is compared with
    head_commit: str
    commits: list[Commit]
    changes: list[RecordChange]
    groups: dict[str, list[RecordChange]]
    impact: list[Impact]
    introduced: list[Finding]
    resolved: list[Finding]
    remaining: int  # findings on both sides
    notes: list[PolicyNote]


def parse_range(spec: str) -> tuple[str, str]:
    """``BASE..HEAD``, ``BASE...HEAD`` (the same here: from the merge base) or ``BASE`` (to HEAD)."""
    base, sep, head = spec.partition("...") if "..." in spec else spec.partition("..")
    if not base:
        raise HrkitError(f"review {spec!r}: write BASE..HEAD, for example origin/main..HEAD")
    return base, head or "HEAD"


def build_review(root: Path, spec: str) -> Review:
    base, head = parse_range(spec)
    base_commit, head_commit = gitio.resolve_commit(root, base), gitio.resolve_commit(root, head)
    try:
        merge_base = gitio.run_git(root, "merge-base", base_commit, head_commit).decode().strip()
    except gitio.GitError:
        merge_base = base_commit  # unrelated histories: compare the two states as they are
    commits = list(iter_commits(root, f"{merge_base}..{head_commit}", first_parent=False, body=True))
    changes = changes_between(root, diff_raw(root, merge_base, head_commit))
    groups = group_changes(changes)
    before, after = _side(root, merge_base), _side(root, head_commit)
    introduced, resolved, remaining = compare_findings(before.findings, after.findings)
    impact = [_impact(before.rows, after.rows, by) for by in ("branch", "classification")]
    notes = policy_notes(changes, commits, before.rows, after.rows)
    return Review(base, head, merge_base, head_commit, commits, changes, groups, impact, introduced, resolved,
                  remaining, notes)


def group_changes(changes: list[RecordChange]) -> dict[str, list[RecordChange]]:
    """Each change under every group it belongs to (a reclassification that also moves the
    reporting line is listed under both); format-only changes under none."""
    groups: dict[str, list[RecordChange]] = {name: [] for name in GROUPS}
    for c in changes:
        if c.kind == "broken":
            groups["broken"].append(c)
            continue
        if c.type == "profile":
            if c.fields or c.kind in ("added", "removed"):
                groups["staffing"].append(c)
            if c.kind in ("moved", "renumbered"):
                groups["identity"].append(c)
            continue
        if c.kind == "added":
            groups["new"].append(c)
            continue
        if c.kind == "removed" or _changed(c, "status", to="abolished"):
            groups["abolished"].append(c)
            continue
        names = {f.path for f in c.fields}
        matched = False
        for group, test in (("reclassified", "classification" in names),
                            ("reporting", "reports_to" in names),
                            ("budget", any(n.startswith("dimensions.") or n == "dimensions" for n in names)),
                            ("staffing", "incumbent" in names or _changed(c, "status"))):
            if test:
                groups[group].append(c)
                matched = True
        if c.kind in ("moved", "renumbered"):
            groups["identity"].append(c)
            matched = True
        if other_fields(c) or (not matched and c.fields):
            groups["other"].append(c)
    return {name: items for name, items in groups.items() if items}


_GROUPED = ("classification", "reports_to", "incumbent", "status", "id")


def other_fields(c: RecordChange) -> list[FieldChange]:
    """Changed fields no group above is about (title, text, supervisor block, dates...)."""
    return [f for f in c.fields if f.path not in _GROUPED and not f.path.startswith("dimensions")
            and f.path != "effective_date"]


def _changed(c: RecordChange, path: str, *, to: object = None) -> bool:
    return any(f.path == path and (to is None or f.new == to) for f in c.fields)


@dataclass
class _SideState:
    findings: list[Finding]
    rows: list[dict]  # position rows of hrkit.data.rows.load_rows


def _side(root: Path, commit: str) -> _SideState:
    """Validate's findings and the rollup rows of one commit, each read through a GitSource.
    A commit from before the repository had hrkit.yaml is judged by today's configuration."""
    from hrkit.io.repo import CONFIG_FILE
    from hrkit.check.engine import validate
    from hrkit.model.config import load_project
    from hrkit.io.sources import GitSource, WorktreeSource
    from hrkit.data.rows import load_rows

    source = GitSource(root, commit)
    project = load_project(root, source if source.exists(CONFIG_FILE) else WorktreeSource(root))
    report = validate(project, source)
    return _SideState(report.active, load_rows(project, source).positions)


def finding_key(f: Finding) -> tuple:
    return (f.code, f.record, f.field, f.message)


def compare_findings(before: list[Finding], after: list[Finding]) -> tuple[list[Finding], list[Finding], int]:
    """Findings of HEAD that BASE did not have, findings of BASE gone in HEAD, and how many
    are on both sides, compared by (code, record, field, message) so that line moves do not count."""
    old, new = {finding_key(f) for f in before}, {finding_key(f) for f in after}
    introduced = [f for f in after if finding_key(f) not in old]
    resolved = [f for f in before if finding_key(f) not in new]
    return introduced, resolved, len(old & new)


def _impact(before: list[dict], after: list[dict], by: str) -> Impact:
    """Rollup by ``by`` on both sides (hrkit.data.rollup: dimensions summed over top-most positions,
    abolished positions left out); the groups whose figures changed, and the total."""
    from hrkit.data.rollup import rollup_positions

    def table(rows: list[dict]) -> tuple[dict, list[str]]:
        if not rows:
            return {}, []
        try:
            result = rollup_positions(rows, by=(by,), measures=IMPACT_MEASURES)
        except HrkitError as exc:  # no position has the field at all
            return {}, [str(exc)]
        return {("Total" if r.kind == "total" else r.keys[0]): r.values for r in result.rows}, result.notes

    old, old_notes = table(before)
    new, new_notes = table(after)
    empty = dict.fromkeys(IMPACT_MEASURES, 0)  # a group one side does not have
    keys = sorted((k for k in {*old, *new} if k != "Total"), key=lambda k: (k is None, str(k)))
    rows = [ImpactRow("(none)" if k is None else str(k), old.get(k, empty), new.get(k, empty))
            for k in keys if old.get(k, empty) != new.get(k, empty)]
    if rows:
        rows.append(ImpactRow("Total", old.get("Total", empty), new.get("Total", empty)))
    notes = [n for n in dict.fromkeys([*old_notes, *new_notes])
             if not n.startswith("vacant:") and "missing:" not in n and "abolished positions left out" not in n]
    return Impact(by, rows, notes)


def policy_notes(changes: list[RecordChange], commits: list[Commit], before: list[dict],
                 after: list[dict]) -> list[PolicyNote]:
    notes: list[PolicyNote] = []
    explained = _explained_paths(commits)
    for c in changes:
        if c.type != "position" or c.kind not in ("modified", "moved", "renumbered"):
            continue
        names = {f.path: f for f in c.fields}
        if "classification" in names:
            f = names["classification"]
            missing = []
            if "effective_date" not in names:
                missing.append("effective_date was not changed")
            if not (explained & {c.old_path, c.new_path}) and not any("rationale" in n for n in names):
                missing.append("no commit touching it explains why in its message body")
            message = (f"Reclassification {_value(f.old)} → {_value(f.new)} needs its rationale and a new "
                       "effective date")
            notes.append(PolicyNote("reclassification", c.id, message + (f": {'; '.join(missing)}." if missing else
                                                                        ": both are there."), bool(missing)))
        if "reports_to" in names and not any(n.startswith("supervisor") for n in names):
            notes.append(PolicyNote("supervisor", c.id, f"reports_to changed ({_value(names['reports_to'].old)} → "
                                    f"{_value(names['reports_to'].new)}) but the supervisor block was not updated."))
    notes += _stale_supervisor_blocks(changes, after)
    notes += _senior_notes(changes, before, after)
    return notes


def _value(value: object) -> str:
    text = "(absent)" if value is ABSENT else "null" if value is None else str(value)
    return text if len(text) <= 60 else text[:59] + "…"


def _explained_paths(commits: list[Commit]) -> set[str]:
    """Record paths changed by a commit whose message has a body (a reason, not just a title)."""
    return {p for c in commits if c.body for ch in c.changes for p in (ch.old_path, ch.new_path) if p}


def _stale_supervisor_blocks(changes: list[RecordChange], after: list[dict]) -> list[PolicyNote]:
    """A position retitled or reclassified whose direct reports still carry the old title or
    classification in their supervisor block."""
    notes = []
    direct_reports: dict[object, list[dict]] = {}  # one pass over the records, however many changed
    for r in after:
        direct_reports.setdefault(r.get("reports_to"), []).append(r)
    for c in changes:
        if c.type != "position" or c.kind == "removed":
            continue
        changed = {f.path for f in c.fields} & {"title", "classification"}
        if not changed:
            continue
        stale = sorted(str(r.get("id")) for r in direct_reports.get(c.id, ()) if any(
            r.get(f"supervisor.{name}") not in (None, c.after.get(name)) for name in changed))
        if stale:
            shown = ", ".join(stale[:10]) + (f" and {len(stale) - 10} more" if len(stale) > 10 else "")
            reports = "1 direct report still names" if len(stale) == 1 else f"{len(stale)} direct reports still name"
            notes.append(PolicyNote("supervisor", c.id, f"{' and '.join(sorted(changed))} changed, but {reports} "
                                    f"the old value in their supervisor block: {shown}."))
    return notes


def _senior_notes(changes: list[RecordChange], before: list[dict], after: list[dict]) -> list[PolicyNote]:
    """EX-04 and EX-05 changes, and the count of such positions (not abolished) before and after,
    which the Treasury Board baseline caps."""
    touched = []
    for c in changes:
        if c.type != "position":
            continue
        levels = {c.before.get("classification"), c.after.get("classification")} & set(SENIOR)
        if levels and (c.fields or c.kind in ("added", "removed")):
            touched.append(c)
    if not touched:
        return []

    def count(rows: list[dict]) -> int:
        return sum(1 for r in rows if r.get("classification") in SENIOR and r.get("status") != "abolished")

    old, new = count(before), count(after)
    notes = [PolicyNote("senior-executive", c.id, f"EX-04/EX-05 position {c.kind} "
                        f"({_senior_what(c)}): senior executive positions need the approvals set by the "
                        "Directive on EX Group Organization and Classification.") for c in touched]
    delta = f"{new - old:+d}" if new != old else "no change"
    notes.append(PolicyNote("senior-executive", None, f"EX-04 and EX-05 positions (not abolished): {old} → {new} "
                            f"({delta}); the Treasury Board baseline caps this count.", new > old))
    return notes


def _senior_what(c: RecordChange) -> str:
    old, new = c.before.get("classification", ABSENT), c.after.get("classification", ABSENT)
    if old is ABSENT or new is ABSENT or old == new:
        return str(new if new is not ABSENT else old)
    return f"{old} → {new}"
