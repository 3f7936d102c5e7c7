"""Creating things in a user's repository: `hrkit init` and `hrkit hooks install`."""
from __future__ import annotations

import datetime as _dt
from importlib import resources
from pathlib import Path

from hrkit.io import gitio
from hrkit.model.fiscal import fiscal_year
from hrkit.errors import HrkitError
from hrkit.io.fsio import inside, write_atomic
from hrkit.io.repo import CONFIG_FILE

HOOK_MARKER = b"hrkit pre-commit hook"


def default_file(name: str) -> bytes:
    return resources.files("hrkit").joinpath("defaults", name).read_bytes()


def ci_file(name: str) -> bytes:
    """A CI template, pinned to the hrkit version that wrote it (the records repository then
    upgrades on purpose, in a pull request of its own)."""
    from hrkit import __version__

    return default_file(name).decode().format(version=__version__).encode()


def init_repository(directory: Path, *, organization: str, today: _dt.date | None = None) -> list[str]:
    """Lay out a new records repository; refuses to touch one that already exists."""
    if (directory / CONFIG_FILE).exists():
        raise HrkitError(f"{directory / CONFIG_FILE} already exists: this is a records repository")
    cycle = fiscal_year(today or _dt.date.today())
    config = default_file("hrkit.yaml").decode().format(
        organization=organization.replace("\n", " "), cycle=cycle, due=f"{cycle[5:]}-03-31")
    files = {
        CONFIG_FILE: config.encode(),
        "rules/classifications.yaml": default_file("classifications.yaml"),
        "rules/talent.yaml": default_file("talent.yaml"),
        "rules/custom/.gitkeep": b"",
        "records/positions/.gitkeep": b"",
        "records/profiles/.gitkeep": b"",
        ".pre-commit-config.yaml": default_file("pre-commit-config.yaml"),
        ".gitattributes": default_file("gitattributes"),
        ".github/workflows/hrkit.yml": ci_file("github-workflow.yaml"),
        ".gitlab-ci.yml": ci_file("gitlab-ci.yaml"),
    }
    targets = {rel: inside(directory, rel) for rel in files}  # every path before the first write
    created = []
    for rel, data in files.items():
        if targets[rel].exists():
            continue
        write_atomic(targets[rel], data, parents=True)
        created.append(rel)
    return created


def install_hook(start: Path, *, force: bool = False) -> Path:
    """Install hooks/pre-commit as the repository's git pre-commit hook."""
    top = gitio.git_toplevel(start)
    if top is None:
        raise HrkitError(f"{start}: not inside a git repository (run 'git init' first)")
    hooks_dir = top / gitio.run_git(top, "rev-parse", "--git-path", "hooks").decode().strip()
    real = hooks_dir.resolve()
    if not any(real.is_relative_to(folder.resolve()) for folder in (top, gitio.common_dir(top))):
        raise HrkitError(f"{hooks_dir}: the hooks folder is {real}, outside the repository (core.hooksPath or "
                         "a symbolic link); hrkit installs its hook only inside the repository")
    hook = hooks_dir / "pre-commit"
    if hook.exists() and HOOK_MARKER not in hook.read_bytes() and not force:
        raise HrkitError(f"{hook} exists and is not hrkit's; use --force to replace it")
    write_atomic(hook, default_file("pre-commit"), mode=0o755, parents=True)
    return hook
