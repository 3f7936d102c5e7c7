"""A records repository with a scripted git history, for the history tests: fixed authors and
dates (so commit ids are stable), git isolated from the user's configuration."""
from __future__ import annotations

import contextlib
import datetime as dt
import os
import subprocess
import textwrap
from pathlib import Path

from click.testing import CliRunner, Result

from hrkit.edit.scaffold import init_repository

ANN = ("Ann Auditor", "ann@example.com")
BOB = ("Bob Builder", "bob@example.com")
CY = ("Cy Côté", "cy@example.com")
GIT_ENV = {"GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1", "NO_COLOR": "1", "GITHUB_ACTIONS": "",
           "TZ": "UTC"}


def sub(text: str, ids: dict[str, str]) -> str:
    """Expected output with commit ids written as [[name]] (10 characters), [[name:12]] or [[name:40]]."""
    for name, sha in ids.items():
        text = text.replace(f"[[{name}:40]]", sha).replace(f"[[{name}:12]]", sha[:12]).replace(f"[[{name}]]", sha[:10])
    return text


def position(pid: str, title: str, classification: str, *, reports_to: str | None = None, fte: int = 1,
             branch: str = "Skills and Employment", extra: str = "", sup: tuple[str, str] | None = None,
             status: str = "active", incumbent: str | None = None, date: str = "2024-01-02") -> str:
    lines = [f'id: "{pid}"', f"title: {title}", f"classification: {classification}", f"status: {status}",
             f"effective_date: {date}", "department: ESDC", f"branch: {branch}",
             f'reports_to: "{reports_to}"' if reports_to else "reports_to: null"]
    if sup:
        lines += ["supervisor:", f"  title: {sup[0]}", f"  classification: {sup[1]}"]
    lines.append(f'incumbent: "{incumbent}"' if incumbent else "incumbent: null")
    lines += ["dimensions:", f"  fte: {fte}"]
    return "\n".join(lines) + "\n" + textwrap.dedent(extra)


def profile(pid: str, position_id: str, given: str = "Alex", classification: str = "EX-03") -> str:
    return (f'id: "{pid}"\nname: {{given: {given}, family: Example}}\nposition: "{position_id}"\n'
            f"classification: {classification}\n")


class Repo:
    """A records repository made by `hrkit init`, under git, with helpers to script commits."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.mkdir(parents=True, exist_ok=True)
        init_repository(path, organization="Test org", today=dt.date(2026, 11, 25))
        self.git("init", "-q", "-b", "main")
        for key, value in (("commit.gpgsign", "false"), ("core.autocrlf", "false"), ("gc.auto", "0")):
            self.git("config", key, value)
        self.day = 1

    def git(self, *args: str, env: dict | None = None) -> str:
        full = dict(os.environ, **GIT_ENV, **(env or {}))
        return subprocess.run(["git", *args], cwd=self.path, env=full, check=True, capture_output=True,
                              text=True).stdout

    def write(self, rel: str, text: str) -> None:
        target = self.path / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")

    def commit(self, message: str, author: tuple[str, str] = ANN, when: str | None = None, *,
               add: bool = True) -> str:
        """Commit everything (or the index, ``add=False``) at a fixed date; returns the id."""
        if when is None:
            when = f"2024-{self.day:02d}-01T10:00:00+00:00" if self.day <= 12 else \
                f"2025-{self.day - 12:02d}-01T10:00:00+00:00"
            self.day += 1
        if add:
            self.git("add", "-A")
        env = {"GIT_AUTHOR_NAME": author[0], "GIT_AUTHOR_EMAIL": author[1], "GIT_AUTHOR_DATE": when,
               "GIT_COMMITTER_NAME": author[0], "GIT_COMMITTER_EMAIL": author[1], "GIT_COMMITTER_DATE": when}
        self.git("commit", "-q", "--no-verify", "--allow-empty", "-m", message, env=env)
        return self.rev("HEAD")

    def rev(self, name: str) -> str:
        return self.git("rev-parse", name).strip()

    def run(self, *args: str) -> Result:
        """`hrkit ARGS` in the repository, exceptions propagating."""
        from hrkit.cli import cli

        with contextlib.chdir(self.path):
            return CliRunner().invoke(cli, list(args), catch_exceptions=False, env=GIT_ENV)


def build_history(path: Path) -> tuple[Repo, dict[str, str]]:
    """The scripted history most tests read; returns the repository and its commit ids by name.

    initial  (Ann)  1001 head, 2802 under it, 3001 under 2802, 3002 under 2802, profile exec-0001
    reclass  (Bob)  2802 EX-02 → EX-03 with a new effective date, fte 4 → 5, an accountability added
    move     (Ann)  3001 moved into records/positions/ssb/ and retitled; key order of 3002 shuffled
    broken   (Bob)  2802 saved with a YAML syntax error
    fixed    (Ann)  2802 repaired, fte 5 → 6
    renumber (Cy)   3002 renumbered to 3003 (file renamed)
    side     (Cy)   on branch feature: 3001 reports to 1001 (supervisor block not updated)
    main     (Ann)  exec-0001's name corrected
    merge    (Ann)  feature merged into main (no fast-forward)
    delete   (Bob)  3003 deleted
    """
    repo = Repo(path)
    ids: dict[str, str] = {}
    head_sup = ("Deputy Minister", "DM-03")
    dg_sup = ("Director General, Workplace Partnerships", "EX-02")
    repo.write("records/positions/1001.yaml", position("1001", "Deputy Minister", "DM-03", fte=20, branch="Office"))
    accountabilities = "specific_accountabilities:\n  - Leads the directorate.\n"
    repo.write("records/positions/2802.yaml", position(
        "2802", "Director General, Workplace Partnerships", "EX-02", reports_to="1001", fte=4, sup=head_sup,
        incumbent="exec-0001", extra=accountabilities))
    repo.write("records/positions/3001.yaml", position("3001", "Director, Policy", "EX-01", reports_to="2802",
                                                       sup=dg_sup))
    repo.write("records/positions/3002.yaml", position("3002", "Director, Programs", "EX-01", reports_to="2802",
                                                       sup=dg_sup))
    repo.write("records/profiles/exec-0001.yaml", profile("exec-0001", "2802", classification="EX-02"))
    ids["initial"] = repo.commit("Initial import", ANN)

    repo.write("records/positions/2802.yaml", position(
        "2802", "Director General, Workplace Partnerships", "EX-03", reports_to="1001", fte=5, sup=head_sup,
        incumbent="exec-0001", date="2024-02-01",
        extra=accountabilities + "  - Negotiates partnership arrangements.\n"))
    ids["reclass"] = repo.commit("Reclassify 2802 to EX-03\n\nClassification decision 2024-17 (Hay evaluation).", BOB)

    (repo.path / "records/positions/3001.yaml").unlink()
    repo.write("records/positions/ssb/3001.yaml", position("3001", "Director, Strategic Policy", "EX-01",
                                                           reports_to="2802", sup=dg_sup, branch="Strategy"))
    text = position("3002", "Director, Programs", "EX-01", reports_to="2802", sup=dg_sup).splitlines()
    repo.write("records/positions/3002.yaml", "\n".join([text[1], text[0], *text[2:]]) + "\n# reordered\n")
    ids["move"] = repo.commit("Move 3001 to the SSB folder", ANN)

    good = (repo.path / "records/positions/2802.yaml").read_text()
    repo.write("records/positions/2802.yaml", good.replace("title: Director", "title: [Director"))
    ids["broken"] = repo.commit("Update 2802 (broken)", BOB)

    repo.write("records/positions/2802.yaml", good.replace("fte: 5", "fte: 6"))
    ids["fixed"] = repo.commit("Fix 2802", ANN)

    (repo.path / "records/positions/3002.yaml").unlink()
    repo.write("records/positions/3003.yaml", position("3003", "Director, Programs", "EX-01", reports_to="2802",
                                                       sup=dg_sup))
    ids["renumber"] = repo.commit("Renumber 3002 -> 3003", CY)

    repo.git("checkout", "-q", "-b", "feature")
    repo.write("records/positions/ssb/3001.yaml", position("3001", "Director, Strategic Policy", "EX-01",
                                                           reports_to="1001", sup=dg_sup, branch="Strategy"))
    ids["side"] = repo.commit("3001 reports to the DM", CY)
    repo.git("checkout", "-q", "main")
    repo.write("records/profiles/exec-0001.yaml", profile("exec-0001", "2802", given="Alexis", classification="EX-02"))
    ids["main"] = repo.commit("Correct a name", ANN)
    env = {"GIT_AUTHOR_NAME": ANN[0], "GIT_AUTHOR_EMAIL": ANN[1], "GIT_AUTHOR_DATE": "2024-10-01T10:00:00+00:00",
           "GIT_COMMITTER_NAME": ANN[0], "GIT_COMMITTER_EMAIL": ANN[1],
           "GIT_COMMITTER_DATE": "2024-10-01T10:00:00+00:00"}
    repo.git("merge", "-q", "--no-ff", "--no-edit", "-m", "Merge branch 'feature'", "feature", env=env)
    ids["merge"] = repo.rev("HEAD")
    repo.day = 11

    (repo.path / "records/positions/3003.yaml").unlink()
    ids["delete"] = repo.commit("Delete 3003", BOB)
    return repo, ids
