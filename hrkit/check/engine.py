"""The validation pipeline: configure -> parse -> file rules -> org rules -> locate/suppress ->
report (the stages are hrkit.check.stages), answered by the way hrkit.check.planner picks: a stored report,
the incremental baseline, or a full run. Returns a Report; never prints."""
from __future__ import annotations

from dataclasses import dataclass

from hrkit.store.cache import Cache
from hrkit.model.findings import Finding, Severity
from hrkit.check.incremental import validate_changes
from hrkit.check.planner import Planner
from hrkit.rules.base import Rule
from hrkit.check.stages import Analysis, analyze, configure, locate_and_suppress, org_findings


@dataclass
class Report:
    findings: list[Finding]
    files: int = 0
    positions: int = 0
    profiles: int = 0
    rules: tuple[Rule, ...] = ()
    source: str = "working tree"

    @property
    def active(self) -> list[Finding]:
        return [f for f in self.findings if not f.suppressed]

    @property
    def errors(self) -> int:
        return sum(1 for f in self.active if f.severity is Severity.ERROR)

    @property
    def warnings(self) -> int:
        return sum(1 for f in self.active if f.severity is Severity.WARNING)

    @property
    def suppressed(self) -> int:
        return sum(1 for f in self.findings if f.suppressed)

    def fails(self, fail_on: Severity) -> bool:
        return any(f.severity.weight >= fail_on.weight for f in self.active)


def run(project, source, contexts, planner: Planner, *, jobs: int | None = None,
        progress=None) -> tuple[list[Finding], tuple, Analysis | None]:
    """The pipeline, answered the first way the planner names that can (a stored report, the
    incremental baseline with the change), else in full (the planner's last way); the planner
    keeps the result. Gives the sorted findings, (files, positions, profiles), and the
    per-file results and org of a full run."""
    for plan in planner.plans():
        if plan.way == "full":
            break
        if plan.way == "stored":
            return (*plan.answer, None)
        done = validate_changes(project, source, contexts, plan, planner.cache)
        if done is not None:
            planner.keep(plan, *done)
            return (*done, None)
    listing = source.record_files()
    analysis, findings = analyze(project, source, contexts, jobs=jobs, cache=planner.cache, listing=listing,
                                 progress=progress)
    findings = locate_and_suppress([*findings, *org_findings(analysis.org, contexts)], source, listing[0])
    findings.sort(key=Finding.sort_key)
    results = analysis.results
    counts = (len(results) + len(analysis.unreadable),
              sum(1 for r in results if r.file.kind == "position"),
              sum(1 for r in results if r.file.kind == "profile"))
    planner.keep(plan, findings, counts, analysis)
    return findings, counts, analysis


def validate(project, source, *, select: tuple[str, ...] | None = None, ignore: tuple[str, ...] = (),
             paths: list[str] | None = None, jobs: int | None = None, use_cache: bool = True,
             progress=None) -> Report:
    """Validate every record; report the findings on ``paths`` (all when None)."""
    contexts = configure(project, source, select=select, ignore=ignore)
    cache = Cache.open_for(project.root) if use_cache else None
    try:
        planner = Planner(project, source, contexts, cache, keeps_setup=select is None and not ignore)
        findings, counts, _ = run(project, source, contexts, planner, jobs=jobs, progress=progress)
    finally:
        if cache is not None:
            cache.close()
    return report(findings, counts, contexts, source, paths)


def report(findings: list[Finding], counts: tuple, contexts, source, paths: list[str] | None = None) -> Report:
    """The report stage: the findings on ``paths`` (all when None) and what was checked."""
    if paths is not None:
        findings = [f for f in findings if within(f.path, paths)]
    return Report(findings=findings, files=counts[0], positions=counts[1], profiles=counts[2],
                  rules=tuple(c.rule for c in contexts), source=source.label)


def within(path: str, prefixes: list[str]) -> bool:
    return any(path == p or path.startswith(p.rstrip("/") + "/") or p in ("", ".") for p in prefixes)


