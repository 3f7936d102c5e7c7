"""The pre-commit check on a light path: ``hrkit validate --staged`` answered without click or
pydantic, whose imports alone take longer than the check.

A full ``validate --staged`` leaves the planner's setup (hrkit.check.planner): the validated
configuration and the enabled rules with their options, as plain data, named by the
configuration's blob ids in the index. The next check starts git on the index before it loads
anything heavy (git's pass over a large index then overlaps Python's imports), restores the
setup, asks the incremental baseline (hrkit.check.incremental) for the findings of what is staged,
and renders them as the command line would. Whatever this path cannot answer (no stored setup
or baseline, another configuration staged, a large change, options it does not take, an error
to report) it leaves to the full command line, which gives the same output.
"""
from __future__ import annotations

from hrkit.io import gitio
from hrkit.io.repo import CONFIG_FILE, find_root, start_folder

CONFIG_PATHS = (CONFIG_FILE, "rules")
"""hrkit.model.project.CONFIG_PATHS written out (a test holds them equal): importing that module
before git starts would delay git by its imports."""
WATCHED = ("records", *CONFIG_PATHS)
"""What a commit must change for the hook to check it (``--skip-unchanged``)."""
HEAD_DIFF = ("diff-index", "--cached", "--raw", "-z", "--no-renames", "--relative", "HEAD", "--", *WATCHED)
"""What the commit changes: whether to check at all, and whether its configuration is the stored one."""
HEAD_CONFIG = ("ls-tree", "-r", "-z", "HEAD", "--", *CONFIG_PATHS)


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
    from hrkit.check.baseline import staged_diff
    from hrkit.store.cache import Cache
    from hrkit.check.planner import config_name, stored_setup

    cache = Cache.open_for(root)
    if cache is None:
        return None
    try:
        setup = stored_setup(cache)
        if setup is None or setup[3] is None:
            return None
        name, fields, chosen, plan = setup
        since_baseline = gitio.GitJobs(root, staged_diff(plan.meta[0]), after=head)
        # while git works: the rules, and HR003's validator (its import is the largest)
        from hrkit.check.engine import report
        from hrkit.model.findings import Severity
        from hrkit.check.incremental import validate_staged
        from hrkit.model.project import Project
        from hrkit.io.repo import relative_paths
        from hrkit.rules import schema_violation
        from hrkit.io.sources import GitSource
        from hrkit.check.stages import contexts_for

        project = Project(root, *fields)
        contexts = contexts_for(project, chosen)
        if any(c.rule is schema_violation.RULE for c in contexts):
            schema_violation.prepare(project)
        since_head, head_config = head.outputs()
        changes = gitio.diff_entries(since_head)
        if skip_unchanged and not changes:
            return "", 0
        if config_name(_staged_config(head_config, changes)) != name:
            return None  # another configuration is staged: the command line stores its setup
        source = GitSource(root)
        done = validate_staged(project, source, contexts, plan, cache, since_baseline.outputs()[0])
    finally:
        cache.close()
    if done is None:
        return None
    result = report(*done, contexts, source, relative_paths(root, paths))
    from hrkit.render import RENDERERS, pick_format, use_color

    text = RENDERERS[pick_format(fmt, env=env, isatty=isatty)](result, show_suppressed=False,
                                                                color=use_color(env, isatty))
    return text, 1 if result.fails(Severity.ERROR) else 0


def _staged_config(head_config: bytes, changes: list[tuple[str, str, str, str]]) -> list[tuple[str, str, str]]:
    """The (mode, blob id, path) of the staged configuration's files: HEAD's (``ls-tree``
    output) with what the commit changes among them."""
    config = {path: (mode, blob, path) for mode, blob, path in gitio.tree_entries(head_config)}
    for mode, blob, status, path in changes:
        if path == CONFIG_FILE or path.startswith("rules/"):
            if status == "D":
                config.pop(path, None)
            else:
                config[path] = (mode, blob, path)
    return list(config.values())


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
