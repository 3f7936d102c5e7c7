"""The pre-commit check on a light path: ``hrkit validate --staged`` answered without click or
pydantic, whose imports alone take longer than the check.

A full ``validate --staged`` stores the run's setup: the validated configuration and the enabled
rules with their options, as plain data, named by the configuration's blob ids in the index.
The next check starts git on the index before it loads anything heavy (git's pass over a large
index then overlaps Python's imports), restores the setup, asks the incremental baseline
(hrkit.incremental) for the findings of what is staged, and renders them as the command line
would. Whatever this path cannot answer (no stored setup or baseline, another configuration
staged, a large change, options it does not take, an error to report) it leaves to the full
command line, which gives the same output.
"""
from __future__ import annotations

import hashlib

from hrkit import code_digest, gitio
from hrkit.repo import CONFIG_FILE, find_root, start_folder

CONFIG_PATHS = (CONFIG_FILE, "rules")
"""Where a project's configuration is: every file load_project reads is under these."""
WATCHED = ("records", *CONFIG_PATHS)
"""What a commit must change for the hook to check it (``--skip-unchanged``)."""
SETUP_FORMAT = 1
SETUP_KEY = hashlib.sha1(f"pre-commit setup {SETUP_FORMAT}".encode()).digest()
"""Where the setup is kept (one: the latest configuration's); a new layout is kept elsewhere."""
HEAD_DIFF = ("diff-index", "--cached", "--raw", "-z", "--no-renames", "--relative", "HEAD", "--", *WATCHED)
"""What the commit changes: whether to check at all, and whether its configuration is the stored one."""
HEAD_CONFIG = ("ls-tree", "-r", "-z", "HEAD", "--", *CONFIG_PATHS)


def _config_name(entries) -> bytes | None:
    """Names a configuration by hrkit's code and the (mode, blob id, path) of its files;
    None without hrkit.yaml (the command line then reads the working tree's)."""
    entries = sorted(entries, key=lambda e: e[2])
    if not any(path == CONFIG_FILE for _, _, path in entries):
        return None
    return hashlib.sha1(repr((code_digest(), entries)).encode()).digest()


def store_setup(cache, project, contexts) -> None:
    """Keep what a full ``validate --staged`` configured, for the light path to restore."""
    from hrkit.engine import config_key
    from hrkit.fiscal import questionnaire_due
    from hrkit.schema import plain_core_schema

    try:
        name = _config_name(gitio.list_index(project.root, *CONFIG_PATHS))
    except gitio.GitError:
        return
    stored = cache.state(SETUP_KEY)
    if name is None or (stored is not None and stored[0] == name):
        return
    for kind in ("position", "profile"):  # HR003's validators, built without pydantic later
        if kind not in project.record_schemas:
            project.record_schemas[kind] = plain_core_schema(kind, getattr(project.settings.extra_fields, kind))
    # the baseline's key either side of the due date: found before the rules are loaded
    keys = {overdue: config_key(project, contexts, overdue=overdue) for overdue in (False, True)}
    fields = (project.settings, project.scheme, project.talent, project.custom_rules, project.fingerprint,
              project.record_schemas)
    chosen = [(c.rule.code, c.severity, c.options) for c in contexts]
    cache.store_state(SETUP_KEY, (name, keys, questionnaire_due(project.settings.talent), fields, chosen))


def check_index(args: list[str], *, env, isatty: bool) -> tuple[str, int] | None:
    """The output and exit code of ``hrkit validate --staged ARGS``, or None when only the full
    command line can give them."""
    parsed = _parse(args)
    if parsed is None:
        return None
    paths, fmt, skip_unchanged = parsed
    root = find_root(start_folder(paths))
    # git's passes over a large index take as long as the imports below: they start first
    head = gitio.GitJobs(root, HEAD_DIFF, HEAD_CONFIG)
    from hrkit.baseline import Baseline, staged_diff
    from hrkit.cache import Cache
    from hrkit.fiscal import today

    cache = Cache.open_for(root)
    if cache is None:
        return None
    try:
        stored = cache.state(SETUP_KEY)
        if stored is None:
            return None
        name, keys, due, fields, chosen = stored
        baseline = Baseline(cache.connection, cache.seal, keys[today() > due])
        meta = baseline.meta()
        if meta is None:
            return None
        since_baseline = gitio.GitJobs(root, staged_diff(meta[0]), after=head)
        # while git works: the rules, and HR003's validator (its import is the largest)
        from hrkit.engine import Report, contexts_for, within
        from hrkit.findings import Severity
        from hrkit.incremental import validate_staged
        from hrkit.project import Project
        from hrkit.repo import relative_paths
        from hrkit.rules import schema_violation
        from hrkit.sources import GitSource

        project = Project(root, *fields)
        contexts = contexts_for(project, chosen)
        if any(c.rule is schema_violation.RULE for c in contexts):
            schema_violation.prepare(project)
        since_head, head_config = head.outputs()
        changes = gitio.diff_entries(since_head)
        if skip_unchanged and not changes:
            return "", 0
        if _staged_config(head_config, changes) != name:
            return None  # another configuration is staged: the command line stores its setup
        source = GitSource(root)
        done = validate_staged(project, source, contexts, baseline, cache, meta, since_baseline.outputs()[0])
    finally:
        cache.close()
    if done is None:
        return None
    findings, counts = done
    wanted = relative_paths(root, paths)
    if wanted is not None:
        findings = [f for f in findings if within(f.path, wanted)]
    report = Report(findings=findings, files=counts[0], positions=counts[1], profiles=counts[2],
                    rules=tuple(c.rule for c in contexts), source=source.label)
    from hrkit.render import RENDERERS, pick_format, use_color

    text = RENDERERS[pick_format(fmt, env=env, isatty=isatty)](report, show_suppressed=False,
                                                                color=use_color(env, isatty))
    return text, 1 if report.fails(Severity.ERROR) else 0


def _staged_config(head_config: bytes, changes: list[tuple[str, str, str, str]]) -> bytes | None:
    """The name of the staged configuration: HEAD's files (``ls-tree`` output) with what the
    commit changes among them."""
    config = {path: (mode, blob, path) for mode, blob, path in gitio.tree_entries(head_config)}
    for mode, blob, status, path in changes:
        if path == CONFIG_FILE or path.startswith("rules/"):
            if status == "D":
                config.pop(path, None)
            else:
                config[path] = (mode, blob, path)
    return _config_name(config.values())


def _parse(args: list[str]) -> tuple[list[str], str, bool] | None:
    """The paths, format and --skip-unchanged of the arguments the hooks pass; None for
    anything else."""
    paths: list[str] = []
    fmt, skip_unchanged = "auto", False
    rest = iter(args)
    for arg in rest:
        if arg in ("-f", "--format"):
            fmt = next(rest, "")
        elif arg.startswith("--format="):
            fmt = arg.partition("=")[2]
        elif arg == "--skip-unchanged":
            skip_unchanged = True
        elif arg.startswith("-"):
            return None
        else:
            paths.append(arg)
    if fmt not in ("text", "json", "github", "sarif", "auto"):
        return None
    return paths, fmt, skip_unchanged
