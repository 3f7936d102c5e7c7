"""The validation pipeline: configure rules -> analyze each file -> build the org -> run the
cross-record rules -> locate, suppress, filter and sort. Returns a Report; never prints."""
from __future__ import annotations

from dataclasses import dataclass, field

from pydantic import ValidationError

from hrkit.config import CONFIG_FILE, config_message
from hrkit.errors import ConfigError, HrkitError
from hrkit.findings import Finding, Location, Severity
from hrkit.locate import FieldLocator
from hrkit.org import Org, PositionFacts, ProfileFacts
from hrkit.records import FileResult, run_file_stage
from hrkit.rules import ALL_RULES, unreadable_file
from hrkit.rules.base import Context, Rule
from hrkit.rules.custom import custom_rules
from hrkit.sources import Unreadable
from hrkit.suppress import Suppressions, parse_suppressions


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


@dataclass
class Analysis:
    """The per-file results and the org built from them: what validate, rollups and reports share."""

    results: list[FileResult]
    org: Org
    unreadable: list = field(default_factory=list)


def matches(rule: Rule, patterns: tuple[str, ...]) -> bool:
    return any(p.upper() == "ALL" or rule.code.startswith(p.upper()) or rule.name == p for p in patterns)


def configure(project, source, *, select: tuple[str, ...] | None = None,
              ignore: tuple[str, ...] = ()) -> list[Context]:
    """The enabled rules with their options and severities, checked against hrkit.yaml."""
    settings = project.settings.rules
    rules = [*ALL_RULES, *custom_rules(project)]
    by_key = {r.code: r for r in rules} | {r.name: r for r in rules}
    for section, keys in (("severity", settings.severity), ("options", settings.options)):
        for key in keys:
            if key not in by_key:
                raise _config_error(source, f"rules.{section}.{key}", f"no rule {key!r}")
    for pattern in (*(select or ()), *ignore):
        if pattern.upper() != "ALL" and not any(matches(r, (pattern,)) for r in rules):
            raise HrkitError(f"--select/--ignore: no rule matches {pattern!r}")
    chosen = select or settings.select or ("ALL",)
    contexts = []
    for rule in rules:
        if not matches(rule, chosen) or matches(rule, (*settings.ignore, *ignore)):
            continue
        raw = settings.options.get(rule.code, settings.options.get(rule.name))
        options = None
        if rule.options is not None:
            try:
                options = rule.options.model_validate(raw or {})
            except ValidationError as exc:
                key = rule.code if rule.code in settings.options else rule.name
                error = exc.errors()[0]
                field = ".".join(("rules", "options", key, *(str(p) for p in error["loc"])))
                raise _config_error(source, field, config_message(error, field)) from None
        elif raw:
            raise _config_error(source, f"rules.options.{rule.code}", f"rule {rule.code} takes no options")
        severity = settings.severity.get(rule.code) or settings.severity.get(rule.name) or rule.severity
        contexts.append(Context(rule, project, options, severity))
    return contexts


def _config_error(source, field: str, message: str) -> ConfigError:
    data = source.read(CONFIG_FILE) or b""
    line, column = FieldLocator(data).locate(field)
    return ConfigError(f"{CONFIG_FILE}:{line}:{column}: {message}")


def analyze(project, source, contexts: list[Context], *, jobs: int | None = None) -> tuple[Analysis, list[Finding]]:
    """Run the per-file stage over every record file and build the org."""
    by_code = {c.rule.code: c for c in contexts}
    record_rules = [c for c in contexts if c.rule.scope == "record"]
    files, unreadable = source.record_files()
    findings: list[Finding] = []
    results: list[FileResult] = []
    bad_ids = set()
    unreadable_ctx = by_code.get(unreadable_file.RULE.code)
    for rf, result in zip(files, run_file_stage(project, source, files, by_code, record_rules, jobs=jobs)):
        if isinstance(result, str):
            unreadable.append(Unreadable(rf.path, rf.kind, rf.stem, result))
            continue
        results.append(result)
        findings.extend(result.findings)
        if result.facts is None:
            bad_ids.add(rf.stem)
    for bad in unreadable:
        bad_ids.add(bad.stem)
        if unreadable_ctx is not None:
            findings.append(unreadable_ctx.finding(bad.path, None, f"{bad.path.rsplit('/', 1)[-1]} {bad.reason}",
                                                   record=bad.stem or None, line=1, column=1))
    positions = [r.facts for r in results if isinstance(r.facts, PositionFacts)]
    profiles = [r.facts for r in results if isinstance(r.facts, ProfileFacts)]
    org = Org(positions, profiles, bad_ids)
    return Analysis(results, org, unreadable), findings


def validate(project, source, *, select: tuple[str, ...] | None = None, ignore: tuple[str, ...] = (),
             paths: list[str] | None = None, jobs: int | None = None) -> Report:
    contexts = configure(project, source, select=select, ignore=ignore)
    analysis, findings = analyze(project, source, contexts, jobs=jobs)
    for ctx in contexts:
        if ctx.rule.scope == "org":
            findings.extend(ctx.rule.check(analysis.org, ctx))
    if paths is not None:
        findings = [f for f in findings if _within(f.path, paths)]
    findings = locate_and_suppress(findings, source)
    findings.sort(key=Finding.sort_key)
    results = analysis.results
    return Report(
        findings=findings,
        files=len(results) + len(analysis.unreadable),
        positions=sum(1 for r in results if r.file.kind == "position"),
        profiles=sum(1 for r in results if r.file.kind == "profile"),
        rules=tuple(c.rule for c in contexts),
        source=source.label,
    )


def _within(path: str, prefixes: list[str]) -> bool:
    return any(path == p or path.startswith(p.rstrip("/") + "/") or p in ("", ".") for p in prefixes)


def locate_and_suppress(findings: list[Finding], source) -> list[Finding]:
    """Give every finding (and related location) a line and column, then apply the inline
    suppressions of the files concerned. Only files with findings are read again."""
    wanted = {f.path for f in findings} | {r.path for f in findings for r in f.related if not r.line}
    if not wanted:
        return findings
    texts: dict[str, bytes] = {}
    files, _ = source.record_files()
    for rf, data in source.read_records([f for f in files if f.path in wanted]):
        if isinstance(data, bytes):
            texts[rf.path] = data
    locators: dict[str, FieldLocator] = {}

    def place(path: str, fieldname: str | None) -> tuple[int, int]:
        if path not in texts:
            return (1, 1)
        if path not in locators:
            locators[path] = FieldLocator(texts[path])
        return locators[path].locate(fieldname)

    suppressions: dict[str, Suppressions] = {}
    out = []
    for f in findings:
        if not f.located:
            line, column = place(f.path, f.field)
            f = f.replace(line=line, column=column)
        if any(not r.line for r in f.related):
            f = f.replace(related=tuple(r if r.line else _placed(r, place) for r in f.related))
        if f.path in texts and f.code != "HR007":
            if f.path not in suppressions:
                suppressions[f.path] = parse_suppressions(texts[f.path])
            reason = suppressions[f.path].reason_for(f.code, f.line)
            if reason:
                f = f.replace(suppressed=True, suppression_reason=reason)
        out.append(f)
    return out


def _placed(loc: Location, place) -> Location:
    line, column = place(loc.path, loc.field)
    return Location(loc.path, loc.record, loc.field, line, column)
