"""Output injection (issue 11, item 5): what a hostile commit puts in records, file names and
commit metadata cannot run formulas in a spreadsheet, drive the terminal, start a GitHub
workflow command, or render as markup, links or mentions in a review comment.

The repository is built once: a clean commit, then one by an author whose name carries escape
sequences, with a subject that is a formula, a title full of terminal controls, a title full of
Markdown, a file name with a line break and a workflow command, a broken file whose name is
Markdown, and a custom rule whose message carries an OSC sequence."""
from __future__ import annotations

import csv
import html
import io
import json
import re
from decimal import Decimal

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import datetime as dt
from pathlib import Path

from conftest import DEPUTY_HEAD, git, run_cli
from hrkit.edit.scaffold import init_repository
from history_repo import ANN, Repo, position

try:  # GitHub's own Markdown (cmark-gfm), when installed: the oracle of the Markdown tests
    import cmarkgfm
except ImportError:
    cmarkgfm = None
WITH_CMARK = pytest.mark.skipif(cmarkgfm is None, reason="cmarkgfm (GitHub's cmark-gfm) is not installed")

TERMINAL_TITLE = ("Director\x1b]8;;http://evil\x1b\\click\x1b]8;;\x1b\\\x1b[2J\rFAKE\x08\u202eevil\u2066x"
                  "\x85y\x9b31m\x07")
MARKDOWN_TITLE = ("@org/team [x](http://evil) <http://x> ![](http://img/t.png) <img src=x onerror=alert(1)> "
                  "<!-- hidden --> | a | b **bold** `code` $x$ #12 www.evil.test")
FORMULA = '=HYPERLINK("http://evil","x")'
SUBJECT = f"{FORMULA} \x1b]0;pwned\x07\x1b[2J @org/team [x](http://evil)"
AUTHOR = ("@Eve \x1b]0;t\x07", "eve@example.com")
NEWLINE_FILE = "records/positions/3001\n::error::pwned.yaml"
MARKDOWN_FILE = "records/positions/@org-team <img src=x> [x](http:evil).yaml"
CUSTOM_RULE = """\
code: EVL001
name: evil-rule
message: "evil \\e]0;pwned\\a [x](http://evil) @org/team"
select: {classification: "EX-*"}
schema:
  required: [location]
"""
CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
"""What no terminal output may hold: every control character but the line feed, line and
paragraph separators, bidi overrides and isolates."""


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> Repo:
    repo = Repo(tmp_path_factory.mktemp("hostile") / "repo")
    repo.write("records/positions/1001.yaml", position("1001", "Deputy Minister", "DM-03", fte=20, branch="Office"))
    repo.write("records/positions/2802.yaml", position("2802", "Director", "EX-01", reports_to="1001", fte=3))
    repo.write("records/positions/4001.yaml", position("4001", "Analyst", "EC-05", reports_to="1001"))
    repo.commit("Initial import", ANN)
    repo.write("records/positions/2802.yaml", position("2802", json.dumps(TERMINAL_TITLE), "EX-01",
                                                       reports_to="1001", fte=-3, branch=json.dumps(FORMULA)))
    repo.write("records/positions/4001.yaml", position("4001", json.dumps(MARKDOWN_TITLE), "EC-05",
                                                       reports_to="1001"))
    repo.write(NEWLINE_FILE, "title: Policy\n" + position("3001", "Policy", "EX-01", reports_to="2802")
               .replace("title: Policy\n", ""))  # not in fmt's key order
    repo.write(MARKDOWN_FILE, "id: [unclosed\n")
    repo.write("rules/custom/evil.yaml", CUSTOM_RULE)
    repo.commit(SUBJECT, AUTHOR)
    return repo


def run(repo: Repo, *args: str) -> str:
    result = repo.run(*args)
    assert result.exit_code in (0, 1), result.stderr  # 1: findings (validate, fmt --check)
    return result.stdout + result.stderr


# --- CSV ---------------------------------------------------------------------------------------

def cells(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


def test_csv_cell_neutralises_formula_text_and_keeps_numbers() -> None:
    from hrkit.render.escape import csv_cell

    for text in ("=1+1", "+1", "-1", "@SUM(A1)", "\tx"):
        assert csv_cell(text) == "'" + text
    assert (csv_cell("\r=1"), csv_cell("a\r\nb\r=c")) == ("'\n=1", "a\nb\n=c")  # a bare CR would end the row
    for value in (-3, -2.5, Decimal("-1.50"), "x=1", "'=1", "a\nb", "", None, True):
        assert csv_cell(value) is value


def test_log_csv_neutralises_commit_metadata_and_values(hostile: Repo) -> None:
    rows = cells(hostile.run("log", "--format", "csv").stdout)
    header, changes = rows[0], [dict(zip(rows[0], r)) for r in rows[1:]]
    assert header[0] == "commit"
    fte = next(c for c in changes if c["field"] == "dimensions.fte")
    assert (fte["old"], fte["new"]) == ("3", "-3")  # numbers stay numbers
    assert fte["author"].startswith("'@Eve") and fte["subject"].startswith("'" + FORMULA)
    branch = next(c for c in changes if c["field"] == "branch")
    assert branch["new"] == "'" + FORMULA
    assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for row in rows for cell in row
                   if not re.fullmatch(r"-\d+", cell))


def test_table_csv_neutralises_labels_and_keeps_numbers(hostile: Repo) -> None:
    rows = cells(hostile.run("rollup", "--by", "branch", "--format", "csv").stdout)
    assert ["'" + FORMULA, "1", "1", "0", "-3"] == rows[1][:5]
    rows = cells(hostile.run("query", "SELECT -5 AS n, '-5' AS s, '@x' AS a, '+1' AS p, char(9) || 'x' AS t, "
                                      "branch FROM positions WHERE id = '2802'", "--format", "csv").stdout)
    assert rows == [["n", "s", "a", "p", "t", "branch"], ["-5", "'-5", "'@x", "'+1", "'\tx", "'" + FORMULA]]


def test_export_csv_neutralises_text_cells(hostile: Repo, tmp_path) -> None:
    hostile.run("export", "--csv", str(tmp_path))
    rows = cells((tmp_path / "positions.csv").read_bytes().decode())
    record = dict(zip(rows[0], next(r for r in rows if r[0] == "2802")))
    assert (record["branch"], record["fte"]) == ("'" + FORMULA, "-3")
    assert record["title"] == TERMINAL_TITLE.replace("\r", "\n")  # one row, the title whole


# --- terminal ----------------------------------------------------------------------------------

def test_terminal_text_shows_controls_as_escapes() -> None:
    from hrkit.render.escape import terminal_text

    assert terminal_text("a\x1b[31mb\rc\x08d\te\nf\x00\x7f\x85\x9b\u2028\u202e\u2066g") == (
        "a\\x1b[31mb\\rc\\x08d\\te\\nf\\x00\\x7f\\x85\\x9b\\u2028\\u202e\\u2066g")
    assert terminal_text("Côté — 🙂 \u200b") == "Côté — 🙂 \u200b"


TERMINAL_COMMANDS = [
    ("validate", "--format", "text"), ("diff", "HEAD~1", "HEAD"), ("diff", "HEAD~1"), ("log",), ("log", "2802"),
    ("blame", "2802"), ("show", "2802"), ("show", "2802", "--as-of", "HEAD"), ("rollup", "--by", "title"),
    ("rollup", "--by", "title", "--format", "grid"), ("report", "vacancies"), ("chart", "--format", "text"),
    ("chart", "--format", "mermaid"), ("chart", "--format", "dot"), ("rules",), ("rules", "EVL001"),
    ("query", "SELECT id, title, branch FROM positions"), ("fmt", "--check"),
    ("set", "2802", "title=Plain", "--dry-run"), ("review", "HEAD~1..HEAD"),
    ("diff", "HEAD~1", "HEAD", "--format", "markdown"), ("log", "--format", "markdown"),
]


@pytest.mark.parametrize("args", TERMINAL_COMMANDS, ids=" ".join)
def test_terminal_output_carries_no_control_characters(hostile: Repo, args) -> None:
    out = run(hostile, *args)
    assert not CONTROL.findall(out)
    assert not any(line.startswith("::") for line in out.splitlines())  # no workflow command


@pytest.mark.parametrize("args", [("diff", "HEAD~1", "HEAD"), ("log", "2802"), ("blame", "2802"), ("show", "2802")],
                         ids=" ".join)
def test_record_text_is_shown_not_dropped(hostile: Repo, args) -> None:
    assert "Director\\x1b]8;;http://evil" in run(hostile, *args)


def test_hrkit_colours_still_work_around_escaped_values() -> None:
    from hrkit.check.engine import Report
    from hrkit.model.findings import Finding, Severity
    from hrkit.render import RENDERERS

    finding = Finding(code="HR101", rule="unknown-classification", severity=Severity.ERROR,
                      message="EX-\x1b[32m9\x1b]0;t\x07", path="records/positions/a\nb.yaml", record="a", field="x",
                      line=1, column=1)
    out = RENDERERS["text"](Report(findings=[finding], files=1, positions=1, profiles=0, rules=(),
                                   source="working tree"), show_suppressed=False, color=True)
    assert out.startswith("records/positions/a\\nb.yaml:1:1: \x1b[31mHR101 [error]\x1b[0m EX-\\x1b[32m9\\x1b]0;t\\x07")
    assert out.count("\x1b") == 2


def test_a_one_line_error_is_terminal_safe(capsys) -> None:
    from hrkit.commands.common import CliError

    CliError("records/positions/a\n::error::b.yaml cannot be parsed: \x1b]0;t\x07").show()
    assert capsys.readouterr().err == "hrkit: error: records/positions/a\\n::error::b.yaml cannot be parsed: \\x1b]0;t\\x07\n"


# --- GitHub workflow commands --------------------------------------------------------------------

def test_workflow_commands_hold_file_names_and_messages_escaped(hostile: Repo) -> None:
    lines = run(hostile, "validate", "--format", "github").splitlines()
    commands = [line for line in lines if line.startswith("::")]
    assert len(commands) == len(lines) - 1  # and the summary
    for line in commands:
        assert re.fullmatch(r"::(error|warning) file=[^,:]*,line=\d+,col=\d+,title=[^,:]*::.*", line), line
    assert any("file=records/positions/3001%0A%3A%3Aerror%3A%3Apwned.yaml," in line for line in commands)


# --- Markdown ----------------------------------------------------------------------------------

MARKDOWN_COMMANDS = [("review", "HEAD~1..HEAD"), ("diff", "HEAD~1", "HEAD", "--format", "markdown"),
                     ("log", "--format", "markdown"), ("rollup", "--by", "title", "--format", "markdown"),
                     ("rules", "--format", "github")]
HRKIT_TAGS = re.compile(r"</?(?:sub|details|summary)>")


@pytest.mark.parametrize("args", MARKDOWN_COMMANDS, ids=" ".join)
def test_markdown_output_escapes_record_text(hostile: Repo, args) -> None:
    out = run(hostile, *args)
    assert "@org" not in out and "http://" not in out and "www." not in out  # no mention, no link
    assert "<" not in HRKIT_TAGS.sub("", out)  # no HTML, autolink or comment
    assert not re.search(r"(?<!\\)[\[\]]", out)  # no link or image
    for table in re.findall(r"(?:^\|.*\n)+", out, re.MULTILINE):  # no cell broken by a pipe
        assert len({len(re.findall(r"(?<!\\)\|", row)) for row in table.splitlines()}) == 1, table


@WITH_CMARK
@pytest.mark.parametrize("args", MARKDOWN_COMMANDS[:4], ids=" ".join)
def test_markdown_renders_record_text_as_written(hostile: Repo, args) -> None:
    """As GitHub renders it: no link, image, HTML or emphasis comes from a record, and the
    hostile title shows as it is written."""
    page = cmarkgfm.github_flavored_markdown_to_html(run(hostile, *args))
    assert not re.search(r"<(?:a|img|em|del|!--)\b", page)
    text = html.unescape(re.sub(r"<[^>]+>", " ", page)).replace("\u200b", "")
    if args[0] != "log":  # the audit trail shortens long values
        assert " ".join(MARKDOWN_TITLE.split()) in " ".join(text.split())


_MARKUP = st.text(st.sampled_from(list("\\`*_[]()<>|~$&@#!:/.- w\n\tGHa1é\x1b\u202e"))
                  | st.characters(blacklist_categories=("Cs",)), max_size=40)


def _unescape(markdown: str) -> str:
    """What a CommonMark reader shows for md_text's output."""
    text = re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", markdown.replace("&#8203;", ""))
    return text.replace("&lt;", "<").replace("&amp;", "&")


@settings(max_examples=300, deadline=None)
@given(_MARKUP)
def test_md_text_is_plain_text_and_nothing_else(value: str) -> None:
    from hrkit.render.escape import md_text, terminal_text

    escaped = md_text(value)
    assert _unescape(escaped) == terminal_text(" ".join(value.split()))
    bare = re.sub(r"\\.|&(?:lt|amp|#8203);", "", escaped)
    assert not re.search(r"[\\`*\[\]<|~$&]", bare)
    assert not re.search(r"@(?!&#8203;)|://|(?<!&)#\d|gh-\d|www\.", escaped, re.IGNORECASE)


@WITH_CMARK
@settings(max_examples=300, deadline=None)
@given(_MARKUP)
@example("\u200b")  # a value's own zero-width space, like those md_text adds
def test_md_text_renders_as_one_plain_table_cell(value: str) -> None:
    from hrkit.render.escape import md_text, terminal_text

    page = cmarkgfm.github_flavored_markdown_to_html(f"| a |\n|---|\n| {md_text(value)} |\n")
    cell = re.fullmatch(r"(?s).*<tbody>\n<tr>\n<td>(.*)</td>\n</tr>\n</tbody>\n</table>\n", page)
    assert cell and "<" not in cell.group(1), page
    shown = terminal_text(" ".join(value.split())).strip()  # a value's own zero-width spaces are md_text's too
    assert html.unescape(cell.group(1)).replace("\u200b", "") == shown.replace("\u200b", "")


def test_md_code_holds_backticks() -> None:
    from hrkit.render.escape import md_code

    assert md_code("main..HEAD") == "`main..HEAD`"
    assert md_code("a`b") == "``a`b``"
    assert md_code("`x``") == "``` `x`` ```"


# --- SARIF -------------------------------------------------------------------------------------

def test_sarif_messages_show_link_syntax_as_text(hostile: Repo) -> None:
    data = json.loads(run(hostile, "validate", "--format", "sarif"))
    messages = [r["message"]["text"] for r in data["runs"][0]["results"]]
    assert "evil \x1b\\]0;pwned\x07 \\[x\\](http://evil) @org/team (location is missing)" in messages
    assert not any(re.search(r"(?<!\\)[\[\]]", m) for m in messages)
    assert "markdown" not in json.dumps(data["runs"][0]["results"])


def test_a_file_name_cannot_add_codeowners_lines(tmp_path: Path) -> None:
    """A record file named with a line break would write its own CODEOWNERS line (taking
    hrkit.yaml, say); such a file stays with the catch-all owner instead."""
    init_repository(tmp_path, organization="Test", today=dt.date(2026, 11, 25))
    config = tmp_path / "hrkit.yaml"
    config.write_text(config.read_text() + "\ncodeowners:\n  delegate: ['@delegate']\n"
                      "  branches:\n    Office: ['@office']\n")
    record = DEPUTY_HEAD + "branch: Office\n"
    (tmp_path / "records/positions/1001.yaml").write_text(record)
    (tmp_path / "records/positions/1002\n* @attacker\n#.yaml").write_text(
        record.replace('"1001"', '"1002"').replace("reports_to: null", 'reports_to: "1001"'))
    git(tmp_path, "init", "-q")
    result = run_cli(["codeowners"], tmp_path)
    assert result.exit_code == 0, result.output
    lines = (tmp_path / "CODEOWNERS").read_text().splitlines()
    assert "/records/positions/1001.yaml @office" in lines
    assert not any("@attacker" in line for line in lines)
    assert "/records/ @delegate" in lines and "/hrkit.yaml @delegate" in lines
