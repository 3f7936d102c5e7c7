"""How a validation is answered, and what it leaves for the next one.

Three ways give the same findings: the report stored for this exact repository state, the
incremental baseline corrected by the change (hrkit.check.incremental), or a full run of the pipeline
(hrkit.check.engine). The planner names them in the order to try; the pipeline runs the first that
answers and hands the result back to be kept: the report (by repository state), the baseline
(a full run of the index, or of a working tree that matches it) and, after a full check of
the index, the setup that the pre-commit hook's light path restores (hrkit.check.precommit) without
loading the command line, the configuration models or the engine.

Everything a result depends on besides the records is in its keys: the configuration, the
rules run and, for each rule whose findings depend on the date, whether today is past the day
they change. This module imports little: the light path reads the setup before the rules load.
"""
from __future__ import annotations

import dataclasses
import datetime as _dt
import hashlib

from hrkit import code_digest
from hrkit.io import gitio
from hrkit.check.baseline import Baseline
from hrkit.model.fiscal import today
from hrkit.model.project import CONFIG_PATHS
from hrkit.io.repo import CONFIG_FILE
from hrkit.io.sources import GitSource, RecordFile, WorktreeSource
SETUP_FORMAT = 2
SETUP_KEY = hashlib.sha1(f"pre-commit setup {SETUP_FORMAT}".encode()).digest()
"""Where the setup is kept (one: the latest configuration's); a new layout is kept elsewhere."""


def stage_fingerprint(project, contexts) -> str:
    """What a per-file result depends on besides the file: configuration and the rules run."""
    rules = ",".join(f"{c.rule.code}:{c.severity.value}" for c in contexts if c.rule.scope != "org")
    return hashlib.sha1(f"{project.fingerprint}|{rules}".encode()).hexdigest()


def config_key(project, contexts, *, on: _dt.date | None = None) -> str:
    """Everything but the records that a validation's result depends on: the configuration,
    the rules run and, for each rule that declares the day its findings change, whether today
    (or ``on``) is past it."""
    day = on or today()
    rules = ",".join(f"{c.rule.code}:{c.severity.value}" for c in contexts)
    dated = ",".join(f"{c.rule.code}:{day > c.rule.changes_on(project)}" for c in contexts if c.rule.changes_on)
    return hashlib.sha1(f"{stage_fingerprint(project, contexts)}|{rules}|{dated}".encode()).hexdigest()


def config_keys(project, contexts) -> list[tuple[_dt.date | None, str]]:
    """``config_key`` on every day, as (first day it holds or None, key): the findings of the
    date-dependent rules change only on the days after those they declare."""
    days = sorted({c.rule.changes_on(project) for c in contexts if c.rule.changes_on})
    keys = [(None, config_key(project, contexts, on=days[0] if days else _dt.date.min))]
    keys += [(day + _dt.timedelta(days=1), config_key(project, contexts, on=day + _dt.timedelta(days=1)))
             for day in days]
    return keys


def key_on(keys: list[tuple[_dt.date | None, str]], day: _dt.date) -> str:
    """The key of ``config_keys`` that holds on ``day``."""
    return [key for first, key in keys if first is None or day >= first][-1]


class Plan:
    """One way to answer: ``stored`` (``answer`` is the report), ``incremental`` (against
    ``baseline``, whose tree and counts are ``meta``) or ``full`` (which records ``baseline``
    and the report under ``state`` when they are given). A plain class, as in hrkit.model.relations:
    the pre-commit path builds one."""

    __slots__ = ("way", "index", "answer", "baseline", "meta", "state")

    def __init__(self, way: str, *, index: bool = False, answer: tuple | None = None,
                 baseline: Baseline | None = None, meta: tuple | None = None, state: bytes | None = None) -> None:
        self.way, self.index, self.answer, self.baseline, self.meta, self.state = \
            way, index, answer, baseline, meta, state


class Planner:
    def __init__(self, project, source, contexts, cache, *, keeps_setup: bool = False, needs_org: bool = False):
        """``keeps_setup``: a full configuration (no --select/--ignore), whose setup the hook
        may restore; ``needs_org``: the caller reads the org, which only a full run builds."""
        self.project, self.source, self.contexts, self.cache = project, source, contexts, cache
        self.keeps_setup = keeps_setup
        self.needs_org = needs_org
        self.index = isinstance(source, GitSource) and source.commit is None

    def plans(self):
        """The ways to try, in order; the last is a full run."""
        if self.cache is None or self.needs_org:
            yield Plan("full")
            return
        key = config_key(self.project, self.contexts)
        baseline = None
        if self.index:
            baseline = Baseline(self.cache.connection, self.cache.seal, key)
            meta = baseline.meta()
            if meta is not None:
                yield Plan("incremental", index=True, baseline=baseline, meta=meta)
        digest = self.source.state_digest()
        state = hashlib.sha1(key.encode() + digest).digest() if digest else None
        stored = self.cache.state(state) if state and not self.index else None
        if stored is not None:
            yield Plan("stored", answer=stored)
            return
        if isinstance(self.source, WorktreeSource):
            baseline = Baseline(self.cache.connection, self.cache.seal, key)
            meta = baseline.meta()
            if meta is not None:
                yield Plan("incremental", baseline=baseline, meta=meta, state=state)
        yield Plan("full", index=self.index, baseline=baseline, state=state)

    def keep(self, plan: Plan, findings, counts, analysis=None) -> None:
        """Store what answers the next run (after an incremental or a full one): the report of
        this state, the baseline after a full run, and the hook's setup."""
        if self.cache is None:
            return
        if not self.source.changed_during_read:  # else a file was saved meanwhile: no listed state
            if plan.state is not None:
                self.cache.store_state(plan.state, (findings, counts))
            if plan.way == "full" and plan.baseline is not None and (self.index or self.source.matches_index()):
                self._record(plan.baseline, analysis, findings, counts)
        if self.index and self.keeps_setup:
            self._keep_setup()

    def _record(self, baseline: Baseline, analysis, findings, counts) -> None:
        """A full run as the baseline; a working tree whose records are the index's describes
        the index, so its results are named by the index's blob ids."""
        blobs = self.source.known_blobs()
        results = analysis.results if self.index else [
            dataclasses.replace(r, file=RecordFile(r.file.path, r.file.kind, r.file.stem, blobs.get(r.file.path)))
            for r in analysis.results]
        unreadable = [RecordFile(u.path, u.kind, u.stem, blobs.get(u.path)) for u in analysis.unreadable]
        baseline.record(self.project.root, results, unreadable, findings, counts,
                        {c.rule.code for c in self.contexts if c.rule.scope == "org"})

    def _keep_setup(self) -> None:
        """Keep what a full ``validate --staged`` configured, for the light path to restore."""
        from hrkit.model.schema import plain_core_schema  # pydantic: loaded by this full run already

        project = self.project
        try:
            name = config_name(gitio.list_index(project.root, *CONFIG_PATHS))
        except gitio.GitError:
            return
        stored = self.cache.state(SETUP_KEY)
        if name is None or (stored is not None and stored[0] == name):
            return
        for kind in ("position", "profile"):  # HR003's validators, built without pydantic later
            if kind not in project.record_schemas:
                project.record_schemas[kind] = plain_core_schema(kind, getattr(project.settings.extra_fields, kind))
        fields = (project.settings, project.scheme, project.talent, project.custom_rules, project.fingerprint,
                  project.record_schemas)
        chosen = [(c.rule.code, c.severity, c.options) for c in self.contexts]
        self.cache.store_state(SETUP_KEY, (name, config_keys(project, self.contexts), fields, chosen))


def stored_setup(cache) -> tuple | None:
    """What a full check of the index kept for the hook: (the configuration's name, the
    project's fields, the rules chosen as (code, severity, options), the incremental plan for
    today's key or None without a baseline for it)."""
    stored = cache.state(SETUP_KEY)
    if stored is None:
        return None
    name, keys, fields, chosen = stored
    baseline = Baseline(cache.connection, cache.seal, key_on(keys, today()))
    meta = baseline.meta()
    return name, fields, chosen, Plan("incremental", index=True, baseline=baseline, meta=meta) if meta else None


def config_name(entries) -> bytes | None:
    """Names a configuration by hrkit's code and the (mode, blob id, path) of its files;
    None without hrkit.yaml (the command line then reads the working tree's)."""
    entries = sorted(entries, key=lambda e: e[2])
    if not any(path == CONFIG_FILE for _, _, path in entries):
        return None
    return hashlib.sha1(repr((code_digest(), entries)).encode()).digest()
