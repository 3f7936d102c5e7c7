"""The per-file stage: bytes -> parsed record -> facts and record-level findings.

It depends only on the file's bytes and the project, so its result can be computed in any
process and cached by content.
"""
from __future__ import annotations

from dataclasses import dataclass

from hrkit.model.findings import Finding
from hrkit.check.mapping import map_cached
from hrkit.model.org import PositionFacts, ProfileFacts
from hrkit.rules import duplicate_key, suppression_without_reason, yaml_syntax_error
from hrkit.rules.base import Context
from hrkit.io.sources import RecordFile
from hrkit.check.suppress import MARKER, parse_suppressions
from hrkit.io.yamlsafe import load_yaml


@dataclass(slots=True)
class RecordDoc:
    """A parsed record file, as record-scope rules see it."""

    file: RecordFile
    value: object  # what the YAML holds; a record is a mapping, anything else is HR003
    raw: bytes

    @property
    def data(self) -> dict:
        return self.value if isinstance(self.value, dict) else {}

    @property
    def path(self) -> str:
        return self.file.path

    @property
    def kind(self) -> str:
        return self.file.kind

    @property
    def id(self) -> str | None:
        value = self.data.get("id")
        return value if isinstance(value, str) else self.file.stem


NO_FINDINGS: list[Finding] = []  # shared by the (many) clean files; never appended to


@dataclass(slots=True)
class FileResult:
    file: RecordFile
    facts: PositionFacts | ProfileFacts | None
    findings: list[Finding]


def analyze_file(rf: RecordFile, data: bytes, project, contexts: dict[str, Context],
                 record_rules: list[Context]) -> FileResult:
    """Parse one record file and run the record-scope rules on it."""
    findings: list[Finding] = []
    parsed = load_yaml(data)
    for problem in parsed.problems:
        ctx = contexts.get(yaml_syntax_error.RULE.code if problem.kind == "syntax" else duplicate_key.RULE.code)
        if ctx is not None:
            findings.append(ctx.finding(rf.path, problem.field, problem.message, record=rf.stem,
                                        line=problem.line, column=problem.column))
    if MARKER in data and suppression_without_reason.RULE.code in contexts:
        ctx = contexts[suppression_without_reason.RULE.code]
        findings.extend(suppression_without_reason.check_text(parse_suppressions(data), rf, ctx))
    if not parsed.ok:
        return FileResult(rf, None, findings)
    record = RecordDoc(rf, parsed.data, data)
    for ctx in record_rules:
        if rf.kind in ctx.rule.applies_to:
            findings.extend(ctx.rule.check(record, ctx))
    if not isinstance(parsed.data, dict):
        return FileResult(rf, None, findings)
    facts_type = PositionFacts if rf.kind == "position" else ProfileFacts
    return FileResult(rf, facts_type.from_doc(rf.path, parsed.data, project.scheme), findings or NO_FINDINGS)


def run_file_stage(project, source, files: list[RecordFile], contexts: dict[str, Context],
                   record_rules: list[Context], *, jobs: int | None = None, cache=None,
                   fingerprint: str = "", blobs: dict[str, str] | None = None,
                   progress=None) -> list[FileResult | str]:
    """FileResult per file, in order, or the reason a file could not be read."""
    def work(rf: RecordFile, data: bytes | str) -> FileResult | str:
        return data if isinstance(data, str) else analyze_file(rf, data, project, contexts, record_rules)
    return map_cached(source, files, work, cache=cache, fingerprint=fingerprint, blobs=blobs or {},
                      encode=lambda r: (r.facts, r.findings) if isinstance(r, FileResult) else None,
                      decode=lambda rf, value: FileResult(rf, *value), jobs=jobs, progress=progress)
