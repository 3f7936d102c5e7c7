"""The pre-commit check on a light path: ``hrkit validate --staged`` answered without click or
pydantic, whose imports alone take longer than the check.

A full ``validate --staged`` stores the run's setup: the validated configuration and the enabled
rules with their options, as plain data, keyed by the configuration's blob ids in the index.
The next check restores that setup, asks the incremental baseline (hrkit.incremental) for the
findings of what is staged, and renders them as the command line would. Whatever this path
cannot answer (no stored setup or baseline, a large change, options it does not take, an error
to report) it leaves to the full command line, which gives the same output.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

from hrkit import __version__, gitio
from hrkit.cache import Cache
from hrkit.engine import Report, config_key, contexts_for
from hrkit.findings import Severity
from hrkit.incremental import Baseline, validate_index
from hrkit.project import Project
from hrkit.repo import CONFIG_FILE, find_root, relative_paths
from hrkit.sources import GitSource

CONFIG_PATHS = (CONFIG_FILE, "rules")
"""Where a project's configuration is: every file load_project reads is under these."""


def setup_key(root: Path) -> bytes | None:
    """Names the staged configuration by its blob ids; None when the index has no hrkit.yaml
    (the full command line then reads the working tree's)."""
    listing = gitio.run_git(root, "ls-files", "-s", "-z", "--", *CONFIG_PATHS)
    if not any(path == CONFIG_FILE for _, _, path in gitio.index_entries(listing)):
        return None
    return hashlib.sha1(b"setup\0" + __version__.encode() + b"\0" + listing).digest()


def store_setup(cache: Cache, project: Project, contexts) -> None:
    """Keep what a full ``validate --staged`` configured, for the light path to restore."""
    try:
        key = setup_key(project.root)
    except gitio.GitError:
        return
    if key is None or cache.state(key) is not None:
        return
    from hrkit.schema import plain_core_schema

    for kind in ("position", "profile"):  # HR003's validators, built without pydantic later
        if kind not in project.record_schemas:
            project.record_schemas[kind] = plain_core_schema(kind, getattr(project.settings.extra_fields, kind))
    cache.store_state(key, (project.settings, project.scheme, project.talent, project.custom_rules,
                            project.fingerprint, project.record_schemas,
                            [(c.rule.code, c.severity, c.options) for c in contexts]))


def check_index(args: list[str], *, env, isatty: bool) -> tuple[str, int] | None:
    """The output and exit code of ``hrkit validate --staged ARGS``, or None when only the full
    command line can give them."""
    paths, fmt = _parse(args)
    if paths is None:
        return None
    start = Path(paths[0]) if paths else Path.cwd()
    root = find_root(start if start.is_dir() else start.parent)
    key = setup_key(root)
    cache = Cache.open_for(root) if key is not None else None
    if cache is None:
        return None
    try:
        stored = cache.state(key)
        if stored is None:
            return None
        settings, scheme, talent, custom, fingerprint, schemas, chosen = stored
        project = Project(root, settings, scheme, talent, custom, fingerprint, schemas)
        contexts = contexts_for(project, chosen)
        source = GitSource(root)
        done = validate_index(project, source, contexts, Baseline(cache.connection, config_key(project, contexts)),
                              cache)
    finally:
        cache.close()
    if done is None:
        return None
    findings, counts = done
    wanted = relative_paths(root, paths)
    if wanted is not None:
        from hrkit.engine import within

        findings = [f for f in findings if within(f.path, wanted)]
    report = Report(findings=findings, files=counts[0], positions=counts[1], profiles=counts[2],
                    rules=tuple(c.rule for c in contexts), source=source.label)
    from hrkit.render import RENDERERS, pick_format, use_color

    name = pick_format(fmt, env=env, isatty=isatty)
    text = RENDERERS[name](report, show_suppressed=False, color=use_color(env, isatty))
    return text, 1 if report.fails(Severity.ERROR) else 0


def _parse(args: list[str]) -> tuple[list[str] | None, str]:
    """The paths and format of the arguments the hooks pass (``--format F``, file names);
    (None, _) for anything else."""
    paths: list[str] = []
    fmt = "auto"
    rest = iter(args)
    for arg in rest:
        if arg in ("-f", "--format"):
            fmt = next(rest, "")
        elif arg.startswith("--format="):
            fmt = arg.partition("=")[2]
        elif arg.startswith("-"):
            return None, fmt
        else:
            paths.append(arg)
    if fmt not in ("text", "json", "github", "sarif", "auto"):
        return None, fmt
    return paths, fmt
