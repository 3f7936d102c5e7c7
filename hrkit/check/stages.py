"""The pipeline's stages: configure the rules, parse each file and run the file rules on it,
build the org and run the org rules, then locate and suppress the findings. hrkit.check.engine runs
them over a whole repository and hrkit.check.incremental over a change; hrkit.check.planner picks which."""
from __future__ import annotations

from dataclasses import dataclass, field

from hrkit.errors import ConfigError, HrkitError
from hrkit.model.findings import Finding, Location, Severity
from hrkit.check.locate import FieldLocator
from hrkit.model.org import Org, PositionFacts, ProfileFacts
from hrkit.check.planner import stage_fingerprint
from hrkit.check.records import FileResult, run_file_stage
from hrkit.io.repo import CONFIG_FILE
from hrkit.rules import ALL_RULES, unreadable_file
from hrkit.rules.base import Context, Rule
from hrkit.rules.custom import custom_rules
from hrkit.io.sources import Unreadable
from hrkit.check.suppress import Suppressions, parse_suppressions


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
            from pydantic import ValidationError  # pydantic only where options are checked

            from hrkit.model.config import as_plain, config_message

            try:
                options = as_plain(rule.options().model_validate(raw or {}))
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


def contexts_for(project, chosen: list[tuple[str, Severity, object]]) -> list[Context]:
    """The contexts ``configure`` gave, from its (code, severity, options) of each rule."""
    by_code = {r.code: r for r in (*ALL_RULES, *custom_rules(project))}
    return [Context(by_code[code], project, options, severity) for code, severity, options in chosen]


def _config_error(source, field: str, message: str) -> ConfigError:
    data = source.read(CONFIG_FILE) or b""
    line, column = FieldLocator(data).locate(field)
    return ConfigError(f"{CONFIG_FILE}:{line}:{column}: {message}")


def unreadable_finding(by_code: dict[str, Context], path: str, kind: str, stem: str, reason: str) -> list[Finding]:
    """HR008 for a path under records/ that is not a readable file (when the rule is enabled)."""
    ctx = by_code.get(unreadable_file.RULE.code)
    if ctx is None:
        return []
    return [ctx.finding(path, None, f"{path.rsplit('/', 1)[-1]} {reason}", record=stem or None, line=1, column=1)]


def analyze(project, source, contexts: list[Context], *, jobs: int | None = None, cache=None,
            listing=None, progress=None) -> tuple[Analysis, list[Finding]]:
    """Run the per-file stage over every record file and build the org."""
    by_code = {c.rule.code: c for c in contexts}
    record_rules = [c for c in contexts if c.rule.scope == "record"]
    files, unreadable = listing or source.record_files()
    unreadable = list(unreadable)
    findings: list[Finding] = []
    results: list[FileResult] = []
    bad_ids = set()
    blobs = source.known_blobs() if cache is not None else None
    stage = run_file_stage(project, source, files, by_code, record_rules, jobs=jobs, cache=cache,
                           fingerprint=stage_fingerprint(project, contexts), blobs=blobs, progress=progress)
    for rf, result in zip(files, stage):
        if isinstance(result, str):
            unreadable.append(Unreadable(rf.path, rf.kind, rf.stem, result))
            continue
        results.append(result)
        findings.extend(result.findings)
        if result.facts is None:
            bad_ids.add(rf.stem)
    for bad in unreadable:
        bad_ids.add(bad.stem)
        findings.extend(unreadable_finding(by_code, bad.path, bad.kind, bad.stem, bad.reason))
    positions = [r.facts for r in results if isinstance(r.facts, PositionFacts)]
    profiles = [r.facts for r in results if isinstance(r.facts, ProfileFacts)]
    org = Org(positions, profiles, bad_ids)
    return Analysis(results, org, unreadable), findings


def org_findings(org: Org, contexts: list[Context], paths: set[str] | None = None) -> list[Finding]:
    """The findings of the enabled cross-record rules (on ``paths`` only, when given)."""
    return [f for ctx in contexts if ctx.rule.scope == "org" for f in ctx.rule.check(org, ctx)
            if paths is None or f.path in paths]


def locate_and_suppress(findings: list[Finding], source, files=None) -> list[Finding]:
    """Give every finding (and related location) a line and column, then apply the inline
    suppressions of the files concerned. Only files with findings are read again."""
    wanted = {f.path for f in findings} | {r.path for f in findings for r in f.related if not r.line}
    if not wanted:
        return findings
    texts: dict[str, bytes] = {}
    files = files if files is not None else source.record_files()[0]
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
