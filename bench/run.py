#!/usr/bin/env python3
"""hrkit's benchmark suite: each command against the floors and the peer, in one run.

    python bench/run.py --size 10000
    python bench/run.py --size 100000 --runs 3
    python bench/run.py --history
    python bench/run.py --scale

Generates the corpus with ../shared/tools/gen_org.py (N positions, N/10 profiles) into
bench/corpora/, makes it a records repository committed to git, then measures wall time
(median of --runs) and peak memory (proportional set size summed over
the process and its children, sampled every 10 ms in a separate run, so that sampling takes no
CPU from the timed runs) of:

* floors: reading every file; PyYAML's C loader (libyaml) in 1 and 2 processes;
* the peer: check-jsonschema with hrkit's exported position schema over the position files;
* hrkit: cold validate (no cache; all cores, then 1 worker), warm validate (cache valid,
  nothing changed), the pre-commit check of one staged change, and a warm rollup.

--history measures the history commands on gen_org's 2,000-position, 3,000-commit history
(generated once, about two minutes): the audit trail cold, warm, and after 10 more commits;
one record's trail; a diff; against the floor of git walking the same history.

hrkit is measured as a user has it: installed into bench/.venv as pip installs a wheel (the
package copied and byte-compiled, a console script; not editable), with the dependencies of the
environment running the suite. An editable
install's import hook alone costs every Python start about 14 ms.

--scale measures the tree, the chart, validation and the pre-commit check on a reporting line
100,000 positions deep and on a loop of 8,000 positions, each against a linear floor: the same
command on a tenth of the size, times ten (a ratio near 1 is linear; quadratic work shows as 10).

Prints a Markdown table of seconds, MiB and ratios; --json FILE also writes the raw figures.
Timings are never asserted in tests: this suite is the contract (docs/performance.md).
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
TOP = HERE.parent
GEN_ORG = TOP.parent / "shared" / "tools" / "gen_org.py"
VENV = HERE / ".venv"
PY = str(VENV / "bin" / "python")
HRKIT = [PY, "-m", "hrkit"]

READ_ALL = """
import os, sys
for top, _, names in os.walk(sys.argv[1]):
    for name in names:
        with open(os.path.join(top, name), "rb") as f:
            f.read()
"""
PARSE_ALL = """
import os, sys, yaml
from multiprocessing import Pool
def parse(path):
    with open(path, "rb") as f:
        yaml.load(f.read(), Loader=yaml.CSafeLoader)
paths = [os.path.join(t, n) for t, _, ns in os.walk(sys.argv[1]) for n in ns]
jobs = int(sys.argv[2])
if jobs == 1:
    for p in paths:
        parse(p)
else:
    with Pool(jobs) as pool:
        pool.map(parse, paths, chunksize=500)
"""
PYTHON_FLOOR = "import dataclasses, hashlib, json, pathlib, pickle, re, sqlite3, subprocess, typing"
CHECK_JSONSCHEMA = """
import glob, subprocess, sys
files = sorted(glob.glob(sys.argv[2] + "/**/*.yaml", recursive=True))
for i in range(0, len(files), 2500):   # xargs-like batches
    subprocess.run([sys.argv[3], "--schemafile", sys.argv[1], *files[i:i + 2500]],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
"""


def install_hrkit() -> None:
    """Install this checkout into bench/.venv as pip installs a wheel: the package copied into
    site-packages and byte-compiled, and the ``hrkit`` console script. The dependencies are this
    environment's site-packages, listed by a path file (path files found there, such as an
    editable install's import hook, are not run)."""
    if not (VENV / "bin" / "python").exists():
        subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(VENV)], check=True)
    here, there = (subprocess.run([python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                                  capture_output=True, text=True, check=True).stdout.strip()
                   for python in (sys.executable, PY))
    Path(there, "hrkit-bench-dependencies.pth").write_text(here + "\n")
    package = Path(there, "hrkit")
    shutil.rmtree(package, ignore_errors=True)
    shutil.copytree(TOP / "hrkit", package, ignore=shutil.ignore_patterns("__pycache__"))
    subprocess.run([PY, "-m", "compileall", "-q", str(package)], check=True)
    script = VENV / "bin" / "hrkit"
    script.write_text(f"#!{PY}\nimport sys\nfrom hrkit.__main__ import main\n\nif __name__ == '__main__':\n"
                      "    sys.exit(main())\n")
    script.chmod(0o755)


def memory_tree(pid: int) -> int:
    """Memory in KiB of a process and all its descendants: proportional set size (shared pages
    split between the processes sharing them, so forked workers are not counted twice), or the
    resident set where the kernel does not report it."""
    total = 0
    stack = [pid]
    while stack:
        current = stack.pop()
        try:
            total += _pss(current)
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as children:
                    stack.extend(int(c) for c in children.read().split())
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
    return total


def _pss(pid: int) -> int:
    for name, field in ((f"/proc/{pid}/smaps_rollup", "Pss:"), (f"/proc/{pid}/status", "VmRSS:")):
        try:
            with open(name) as source:
                for line in source:
                    if line.startswith(field):
                        return int(line.split()[1])
        except FileNotFoundError:
            continue
    return 0


def measure(cmd: list[str], cwd: Path, env: dict | None = None, *, sample: bool = True) -> tuple[float, float]:
    """(wall seconds, peak MiB summed over the process tree) of one run; without ``sample`` the
    memory is not watched (0), so that the watcher takes no CPU from the run being timed."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            env={**os.environ, **(env or {})})
    peak = 0
    done = threading.Event()

    def watch() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, memory_tree(proc.pid))
            done.wait(0.01)
    watcher = threading.Thread(target=watch)
    if sample:
        watcher.start()
    _, err = proc.communicate()
    wall = time.perf_counter() - start
    done.set()
    if sample:
        watcher.join()
    if proc.returncode not in (0, 1):
        raise SystemExit(f"bench: {' '.join(map(str, cmd))} failed ({proc.returncode}): {err.decode()[-500:]}")
    return wall, peak / 1024


def median_of(runs: int, cmd, cwd, env=None, before=None) -> dict:
    """Median wall time of ``runs`` unwatched runs, and the peak memory of one more, watched."""
    walls = []
    for _ in range(runs):
        if before:
            before()
        walls.append(measure(cmd, cwd, env, sample=False)[0])
    if before:
        before()
    peak = measure(cmd, cwd, env)[1]
    return {"seconds": statistics.median(walls), "min": min(walls), "max": max(walls), "peak_mib": peak, "runs": runs}


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=bench", "-c", "user.email=bench@example.com",
                    "-c", "commit.gpgsign=false", *args], cwd=repo, check=True, capture_output=True)


def corpus(size: int, seed: int) -> Path:
    """bench/corpora/repo-<size>: a records repository (hrkit init + gen_org records) in git."""
    base = HERE / "corpora"
    repo = base / f"repo-{size}-{seed}"
    if (repo / ".git").exists():
        return repo
    org = base / f"org-{size}-{seed}"
    if not org.exists():
        subprocess.run([PY, str(GEN_ORG), str(org), "--positions", str(size), "--seed", str(seed), "--quiet"],
                       check=True)
    if repo.exists():
        shutil.rmtree(repo)
    subprocess.run([*HRKIT, "init", str(repo)], check=True, capture_output=True)
    shutil.copytree(org / "records", repo / "records", dirs_exist_ok=True)
    git(repo, "init", "-q", "-b", "main")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "corpus")
    return repo


def history_corpus(positions: int, commits: int, seed: int) -> Path:
    """bench/corpora/history-<positions>-<commits>-<seed>: gen_org's --git history (generated
    once; each run works on a fresh clone of it, made a records repository by ``hrkit init``)."""
    base = HERE / "corpora" / f"history-{positions}-{commits}-{seed}"
    if not (base / ".git").exists():
        if base.exists():
            shutil.rmtree(base)
        subprocess.run([PY, str(GEN_ORG), str(base), "--positions", str(positions), "--seed", str(seed), "--git",
                        "--commits", str(commits), "--quiet"], check=True)
    repo = HERE / "corpora" / "history-run"
    if repo.exists():
        shutil.rmtree(repo)
    subprocess.run(["git", "clone", "-q", str(base), str(repo)], check=True)
    subprocess.run([*HRKIT, "init", str(repo)], check=True, capture_output=True)
    return repo


def bench_history(runs: int, seed: int) -> None:
    """The history targets: a 2,000-position repository with 3,000 commits (issue 5)."""
    repo = history_corpus(2000, 3000, seed)
    records = sorted((repo / "records" / "positions").glob("*.yaml"))
    rows: dict[str, dict] = {}
    rows["git log --raw of the whole history (floor)"] = median_of(runs, ["git", "log", "--raw", "--no-renames",
                                                                          "--first-parent"], repo)
    cache_dir = repo / ".git" / "hrkit"

    def no_cache() -> None:
        shutil.rmtree(cache_dir, ignore_errors=True)
    rows["hrkit log (whole history), cold"] = median_of(runs, [*HRKIT, "log"], repo, before=no_cache)
    measure([*HRKIT, "log"], repo)
    rows["hrkit log, warm (no new commit)"] = median_of(runs, [*HRKIT, "log"], repo)
    edits = iter(range(1, 100_000))

    def ten_commits() -> None:
        """Ten more commits, each editing one position's title, before every run."""
        for _ in range(10):
            n = next(edits)
            victim = records[(n * 7919) % len(records)]
            text = victim.read_text()
            victim.write_text(text.replace("\ntitle: ", f"\ntitle: Bench {n} ", 1))
            git(repo, "commit", "-q", "-m", f"bench edit {n}", "--", str(victim.relative_to(repo)))
    rows["hrkit log after 10 more commits"] = median_of(runs, [*HRKIT, "log"], repo, before=ten_commits)
    one = records[len(records) // 2].stem
    rows[f"hrkit log {one} (one record), cold"] = median_of(runs, [*HRKIT, "log", one], repo, before=no_cache)
    changed = subprocess.run(["git", "diff", "--name-only", "HEAD~40", "HEAD", "--", "records"], cwd=repo,
                             capture_output=True, text=True, check=True).stdout.split()
    rows[f"hrkit diff HEAD~40 HEAD ({len(changed)} records changed)"] = median_of(
        runs, [*HRKIT, "diff", "HEAD~40", "HEAD"], repo)
    floor = rows["git log --raw of the whole history (floor)"]["seconds"]
    print(f"# hrkit bench: history of {len(records):,} positions, "
          f"{int(subprocess.run(['git', 'rev-list', '--count', 'HEAD'], cwd=repo, capture_output=True, text=True).stdout):,} commits")
    print(f"\nMachine: {platform.platform()}, {os.cpu_count()} cores, Python {platform.python_version()}; "
          f"median of {runs} runs.\n")
    print("| work | seconds (min-max) | peak MiB | x git log --raw |")
    print("|---|---|---|---|")
    for name, row in rows.items():
        print(f"| {name} | {row['seconds']:.3f} ({row['min']:.3f}-{row['max']:.3f}) | {row['peak_mib']:.0f} | "
              f"{row['seconds'] / floor:.2f} |")


def _scale_record(pid: str, reports_to: str | None, i: int) -> str:
    """A position of the scale corpora. Below the head, two groups alternate that the default
    scheme does not rank against each other: the line itself trips no rank rule."""
    classification = "DM-01" if reports_to is None else ("EC-07", "AS-05")[i % 2]
    lines = [f'id: "{pid}"', f"title: Position {i}", f"classification: {classification}",
             "status: active", "effective_date: 2024-04-01", "department: Scale",
             f'reports_to: "{reports_to}"' if reports_to else "reports_to: null", "incumbent: null"]
    return "\n".join(lines) + "\n"


def scale_corpus(shape: str, size: int) -> Path:
    """bench/corpora/<shape>-<size>: a head and ``size`` positions, each reporting to the one
    before it: in one line under the head ("chain") or in a loop ("loop"); committed to git."""
    repo = HERE / "corpora" / f"{shape}-{size}"
    if (repo / ".git").exists():
        return repo
    if repo.exists():
        shutil.rmtree(repo)
    subprocess.run([*HRKIT, "init", str(repo)], check=True, capture_output=True)
    positions = repo / "records" / "positions"
    positions.mkdir(parents=True, exist_ok=True)
    (positions / "HEAD-0.yaml").write_text(_scale_record("HEAD-0", None, 0))
    for i in range(1, size + 1):
        above = (f"P{i - 1:06d}" if i > 1 else "HEAD-0") if shape == "chain" else f"P{(i - 2) % size + 1:06d}"
        (positions / f"P{i:06d}.yaml").write_text(_scale_record(f"P{i:06d}", above, i))
    git(repo, "init", "-q", "-b", "main")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "corpus")
    return repo


def bench_scale(runs: int, json_path: Path | None) -> None:
    """The scale targets (issue 11): a 100,000-deep line and an 8,000-position loop, each against
    ten times the same work on a tenth of it."""
    hook_env = {"PATH": f"{Path(PY).parent}{os.pathsep}{os.environ['PATH']}"}
    rows: list[tuple[str, dict, dict]] = []
    for shape, size, works in (
            ("chain", 100_000, [("hrkit rollup --tree", ["rollup", "--tree"]),
                                ("hrkit chart", ["chart"]),
                                ("hrkit chart --format text", ["chart", "--format", "text"]),
                                ("hrkit validate, cold", ["validate", "--no-cache"])]),
            ("loop", 8_000, [("hrkit validate, cold", ["validate", "--no-cache"]),
                             ("hrkit rollup --tree", ["rollup", "--tree"])])):
        figures = []
        for n in (size // 10, size):
            repo = scale_corpus(shape, n)
            measure([*HRKIT, "validate", "-q"], repo)  # the per-file results cached, as a user has them
            got = {name: median_of(runs, [*HRKIT, *args], repo) for name, args in works}
            victim = repo / "records" / "positions" / f"P{n:06d}.yaml"
            original = victim.read_bytes()
            changes = iter(range(1, 10_000))

            def stage_one_change() -> None:
                victim.write_bytes(original + f"# bench change {next(changes)}\n".encode())
                git(repo, "add", str(victim))
            stage_one_change()
            measure(["sh", str(TOP / "hooks" / "pre-commit")], repo, hook_env)  # records the baseline
            got["pre-commit: one staged change at the far end"] = median_of(
                runs, ["sh", str(TOP / "hooks" / "pre-commit")], repo, env=hook_env, before=stage_one_change)
            victim.write_bytes(original)
            git(repo, "add", str(victim))
            figures.append(got)
        small, large = figures
        rows += [(f"{name}: {shape} of {size:,}", small[name], large[name]) for name in large]
    print("# hrkit bench: scale (a 100,000-deep reporting line, an 8,000-position loop)")
    print(f"\nMachine: {platform.platform()}, {os.cpu_count()} cores, Python {platform.python_version()}; "
          f"median of {runs} runs. Floor: the same work on a tenth of the positions, times ten.\n")
    print("| work | seconds (min-max) | peak MiB | floor: a tenth, s x 10 | x floor | peak MiB of a tenth |")
    print("|---|---|---|---|---|---|")
    for name, small, large in rows:
        print(f"| {name} | {large['seconds']:.3f} ({large['min']:.3f}-{large['max']:.3f}) | {large['peak_mib']:.0f} | "
              f"{10 * small['seconds']:.3f} | {large['seconds'] / (10 * small['seconds']):.2f} | "
              f"{small['peak_mib']:.0f} |")
    if json_path:
        json_path.write_text(json.dumps({"machine": platform.platform(), "cores": os.cpu_count(),
                                         "rows": [{"work": name, "tenth": small, "full": large}
                                                  for name, small, large in rows]}, indent=2))


def has_command(name: str) -> bool:
    out = subprocess.run([*HRKIT, "--help"], capture_output=True, text=True).stdout
    return any(line.split()[:1] == [name] for line in out.splitlines())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=int, default=10000, help="positions (profiles: a tenth)")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--peer-runs", type=int, default=1, help="runs of check-jsonschema (slow; 0 skips it)")
    parser.add_argument("--json", type=Path, help="also write the raw figures here")
    parser.add_argument("--history", action="store_true",
                        help="measure the history commands instead (2,000 positions, 3,000 commits)")
    parser.add_argument("--scale", action="store_true",
                        help="measure a 100,000-deep reporting line and an 8,000-position loop instead")
    args = parser.parse_args()
    install_hrkit()
    if args.history:
        bench_history(args.runs, args.seed)
        return
    if args.scale:
        bench_scale(args.runs, args.json)
        return
    repo = corpus(args.size, args.seed)
    records = repo / "records"
    positions = records / "positions"
    rows: dict[str, dict] = {}
    runs = args.runs

    rows["read every file (I/O floor)"] = median_of(runs, [PY, "-c", READ_ALL, str(records)], repo)
    rows["libyaml parse, 1 process"] = median_of(runs, [PY, "-c", PARSE_ALL, str(records), "1"], repo)
    rows["libyaml parse, 2 processes"] = median_of(runs, [PY, "-c", PARSE_ALL, str(records), "2"], repo)
    schema = HERE / "corpora" / "position.schema.json"
    schema.write_text(subprocess.run([*HRKIT, "schema", "position"], cwd=repo, capture_output=True,
                                     text=True, check=True).stdout)
    peer_tool = shutil.which("check-jsonschema") or shutil.which("check-jsonschema",
                                                                 path=str(Path(sys.executable).parent))
    if peer_tool and args.peer_runs > 0:
        rows["check-jsonschema (peer; positions only)"] = median_of(
            args.peer_runs, [PY, "-c", CHECK_JSONSCHEMA, str(schema), str(positions), peer_tool], repo)

    rows["hrkit validate, cold, all cores"] = median_of(runs, [*HRKIT, "validate", "-q", "--no-cache"], repo)
    rows["hrkit validate, cold, 1 worker"] = median_of(runs, [*HRKIT, "validate", "-q", "--no-cache", "-j", "1"],
                                                       repo)
    cache_dir = repo / ".git" / "hrkit"
    shutil.rmtree(cache_dir, ignore_errors=True)
    measure([*HRKIT, "validate", "-q"], repo)  # fill the cache
    rows["hrkit validate, warm (nothing changed)"] = median_of(runs, [*HRKIT, "validate", "-q"], repo)

    victim = sorted(positions.glob("*.yaml"))[len(list(positions.glob("*.yaml"))) // 2]
    original = victim.read_bytes()
    changes = iter(range(1, 10_000))

    def stage_one_change() -> None:
        """A new blob each run, so every check meets a state it has not seen."""
        victim.write_bytes(original + f"# bench change {next(changes)}\n".encode())
        git(repo, "add", str(victim))
    rows["floor: Python start and the standard modules a check imports"] = median_of(
        runs, [PY, "-c", PYTHON_FLOOR], repo)
    hook_env = {"PATH": f"{Path(PY).parent}{os.pathsep}{os.environ['PATH']}"}
    stage_one_change()
    measure(["sh", str(TOP / "hooks" / "pre-commit")], repo, hook_env)  # the first check records the baseline
    rows["pre-commit: one staged change (hooks/pre-commit)"] = median_of(
        runs, ["sh", str(TOP / "hooks" / "pre-commit")], repo, env=hook_env, before=stage_one_change)
    victim.write_bytes(original)
    git(repo, "add", str(victim))

    if has_command("rollup"):
        measure([*HRKIT, "rollup", "--by", "branch"], repo)
        rows["hrkit rollup --by branch, warm"] = median_of(runs, [*HRKIT, "rollup", "--by", "branch"], repo)

    floor1 = rows["libyaml parse, 1 process"]["seconds"]
    floor2 = rows["libyaml parse, 2 processes"]["seconds"]
    peer = rows.get("check-jsonschema (peer; positions only)", {}).get("seconds")
    print(f"# hrkit bench: {args.size:,} positions + {args.size // 10:,} profiles, seed {args.seed}")
    print(f"\nMachine: {platform.platform()}, {os.cpu_count()} cores, Python {platform.python_version()}; "
          f"median of {runs} runs (peer: {args.peer_runs}).\n")
    print("| work | seconds (min-max) | peak MiB | x libyaml 2 proc | x libyaml 1 proc | x check-jsonschema |")
    print("|---|---|---|---|---|---|")
    for name, row in rows.items():
        ratio2 = row["seconds"] / floor2
        ratio1 = row["seconds"] / floor1
        ratio_peer = f"{row['seconds'] / peer:.3f}" if peer else "n/a"
        print(f"| {name} | {row['seconds']:.3f} ({row['min']:.3f}-{row['max']:.3f}) | {row['peak_mib']:.0f} | "
              f"{ratio2:.2f} | {ratio1:.2f} | {ratio_peer} |")
    if args.json:
        args.json.write_text(json.dumps({"size": args.size, "seed": args.seed, "machine": platform.platform(),
                                         "cores": os.cpu_count(), "rows": rows}, indent=2))


if __name__ == "__main__":
    main()
