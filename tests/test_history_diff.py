"""hrkit diff: the field-level diff model (absent is not null, true is not 1, lists as items,
formatting is no change) and the command on real repositories, exact output per format."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from history_repo import BOB, Repo, position, profile
from hrkit.history.diff import ABSENT, FieldChange, diff_documents
from hrkit.history.render import render_field_changes, text_excerpt
from hrkit.history.render_diff import render_diff_text
from hrkit.history.snapshot import flatten_record


def test_absent_and_null_differ() -> None:
    assert diff_documents({"incumbent": None}, {}) == [FieldChange("incumbent", None, ABSENT)]
    assert diff_documents({}, {"incumbent": None}) == [FieldChange("incumbent", ABSENT, None)]
    assert diff_documents(None, {"id": "1"}) == [FieldChange("id", ABSENT, "1")]
    assert diff_documents({"id": "1"}, None) == [FieldChange("id", "1", ABSENT)]


def test_values_compare_by_kind() -> None:
    assert diff_documents({"ocr": True}, {"ocr": 1}) == [FieldChange("ocr", True, 1)]
    assert diff_documents({"id": 2802}, {"id": "2802"}) == [FieldChange("id", 2802, "2802")]
    assert diff_documents({"fte": 1}, {"fte": 1.0}) == []
    assert diff_documents({"a": [1, 2]}, {"a": [1, 2]}) == []


def test_nested_fields_are_dotted_paths() -> None:
    old = {"id": "1", "dimensions": {"fte": 1, "salary": 10}}
    new = {"dimensions": {"fte": 2, "total": 12}, "id": "1"}
    assert diff_documents(old, new) == [FieldChange("dimensions.fte", 1, 2),
                                        FieldChange("dimensions.total", ABSENT, 12),
                                        FieldChange("dimensions.salary", 10, ABSENT)]


def test_list_items_added_and_removed() -> None:
    change = diff_documents({"a": ["x", "y", "y"]}, {"a": ["y", "z", "x"]})[0]
    assert (change.items_added, change.items_removed) == (["z"], ["y"])
    assert render_field_changes([change]) == ["  a: 1 item added, 1 removed", "    + z", "    - y"]
    reordered = diff_documents({"a": [1, 2]}, {"a": [2, 1]})
    assert render_field_changes(reordered) == ["  a: items reordered"]


def test_formatting_is_no_change() -> None:
    a = flatten_record(b'id: "1"\ntitle: Head  # a comment\ndimensions:\n  fte: 3\n')
    b = flatten_record(b"dimensions: {fte: 3}\ntitle: 'Head'\nid: '1'\n")
    assert a.fields == b.fields and a.id == "1"
    broken = flatten_record(b"id: [1\n")
    assert broken.fields == {} and broken.error.startswith("line 2, column 1: while parsing a flow sequence")
    assert flatten_record(b"- a list\n").error == "line 1, column 1: a record file holds a mapping of fields"


def test_field_changes_render() -> None:
    changes = [FieldChange("classification", "EX-02", "EX-03"), FieldChange("id", 2802, "2802"),
               FieldChange("title_fr", None, ABSENT), FieldChange("supervisor.title", ABSENT, "DM"),
               FieldChange("name.given", "Alex", "Alexis")]
    assert render_field_changes(changes[:4]) == [
        "  classification: EX-02 → EX-03", '  id: 2802 → "2802"', "  title_fr: null → (absent)",
        "  supervisor.title: (absent) → DM"]
    assert render_field_changes(changes[4:], hide_values=True, indent="") == ["name.given: changed (hidden)"]
    coloured = render_field_changes(changes[:1], color=True)[0]
    assert "\x1b[31mEX-02\x1b[0m" in coloured and "\x1b[32mEX-03\x1b[0m" in coloured


def test_long_text_is_a_word_level_excerpt() -> None:
    old = ("This position is accountable for providing leadership and strategic direction to a range of "
           "national skills development and partnership programs to respond to emerging economic challenges.")
    new = old.replace("strategic", "operational").replace("economic challenges", "economic and social challenges")
    assert text_excerpt(old, new) == ("… providing leadership and [-strategic-] {+operational+} direction to a … "
                                      "to emerging economic {+and social+} challenges.")
    assert text_excerpt(old, old.replace(" ", "  ")) == "whitespace only"
    many = " ".join(f"w{i}" for i in range(40))
    edited = many.replace("w5 ", "x5 ").replace("w15 ", "x15 ").replace("w25 ", "x25 ").replace("w35 ", "x35 ")
    assert text_excerpt(many, edited).endswith("… (1 more edit)")


@pytest.fixture
def repo(tmp_path: Path) -> Repo:
    """A committed state, then a working tree with one change of every kind."""
    repo = Repo(tmp_path / "repo")
    sup = ("Deputy Minister", "DM-03")
    repo.write("records/positions/1001.yaml", position("1001", "Deputy Minister", "DM-03", fte=20))
    repo.write("records/positions/2802.yaml", position("2802", "Director General", "EX-02", reports_to="1001",
                                                       fte=4, sup=sup, extra="specific_accountabilities:\n  - Leads.\n"))
    repo.write("records/positions/3001.yaml", position("3001", "Director", "EX-01", reports_to="2802"))
    repo.write("records/positions/3002.yaml", position("3002", "Analyst", "EC-04", reports_to="2802"))
    repo.write("records/positions/3003.yaml", position("3003", "Clerk", "CR-04", reports_to="2802"))
    repo.write("records/profiles/exec-0001.yaml", profile("exec-0001", "2802"))
    repo.commit("Initial import")
    repo.write("records/positions/2802.yaml", position(
        "2802", "Director General", "EX-03", reports_to="1001", fte=5, sup=sup, date="2024-02-01",
        extra="specific_accountabilities:\n  - Leads.\n  - Negotiates.\n"))
    repo.write("records/positions/1001.yaml", "# the head\n" + position("1001", "Deputy Minister", "DM-03", fte=20)
               .replace('id: "1001"', "id: '1001'"))
    (repo.path / "records/positions/3001.yaml").rename(repo.path / "records/positions/3001-moved.yaml")
    (repo.path / "records/positions/ssb").mkdir()
    (repo.path / "records/positions/3002.yaml").rename(repo.path / "records/positions/ssb/3002.yaml")
    (repo.path / "records/positions/3003.yaml").unlink()
    repo.write("records/positions/4001.yaml", position("4001", "Analyst", "EC-04", reports_to="2802"))
    repo.write("records/profiles/exec-0001.yaml", profile("exec-0001", "2802", given="Alexis"))
    return repo


TEXT = """\
modified position 1001 (records/positions/1001.yaml): no semantic changes (formatting only)
modified position 2802 (records/positions/2802.yaml)
  classification: EX-02 → EX-03
  effective_date: 2024-01-02 → 2024-02-01
  dimensions.fte: 4 → 5
  specific_accountabilities: 1 item added, 0 removed
    + Negotiates.
moved position 3001 (records/positions/3001.yaml → records/positions/3001-moved.yaml): no field changes
moved position 3002 (records/positions/3002.yaml → records/positions/ssb/3002.yaml): no field changes
removed position 3003 (records/positions/3003.yaml)
added position 4001 (records/positions/4001.yaml)
  id: 4001
  title: Analyst
  classification: EC-04
  status: active
  effective_date: 2024-01-02
  department: ESDC
  branch: Skills and Employment
  reports_to: 2802
  incumbent: null
  dimensions.fte: 1
modified profile exec-0001 (records/profiles/exec-0001.yaml)
  name.given: changed (hidden)
7 records changed between HEAD and the working tree: 1 added, 1 removed, 2 modified, 2 moved, 1 with no semantic changes.
Profile values are personal information and are not shown; --show-personal shows them.
"""


def test_working_tree_text(repo: Repo) -> None:
    result = repo.run("diff")
    assert (result.exit_code, result.stdout, result.stderr) == (0, TEXT, "")


def test_show_personal(repo: Repo) -> None:
    out = repo.run("diff", "--show-personal").stdout
    assert "  name.given: Alex → Alexis\n" in out and "not shown" not in out


MARKDOWN = """\
### Record changes: HEAD → the working tree

7 records changed between HEAD and the working tree: 1 added, 1 removed, 2 modified, 2 moved, 1 with no semantic changes.

| record | change | field | old | new |
|---|---|---|---|---|
| position 1001 | modified |   |   | no semantic changes (formatting only) |
| position 2802 | modified | classification | EX-02 | EX-03 |
| position 2802 | modified | effective_date | 2024-01-02 | 2024-02-01 |
| position 2802 | modified | dimensions.fte | 4 | 5 |
| position 2802 | modified | specific_accountabilities |   | + Negotiates. |
| position 3001 | moved | (file) | records/positions/3001.yaml | records/positions/3001-moved.yaml |
| position 3002 | moved | (file) | records/positions/3002.yaml | records/positions/ssb/3002.yaml |
| position 3003 | removed |   | records/positions/3003.yaml |   |
| position 4001 | added |   |   | records/positions/4001.yaml |
| profile exec-0001 | modified | name.given | (hidden) | (hidden) |

Profile values are personal information and are not shown; --show-personal shows them.
"""


def test_markdown(repo: Repo) -> None:
    assert repo.run("diff", "--format", "markdown").stdout == MARKDOWN


def test_json(repo: Repo) -> None:
    data = json.loads(repo.run("diff", "--format", "json").stdout)
    assert data["summary"] == {"added": 1, "removed": 1, "modified": 2, "moved": 2, "renumbered": 0, "broken": 0,
                               "format_only": 1}
    assert data["old"] == {"label": "HEAD", "commit": repo.rev("HEAD")}
    assert data["new"] == {"label": "the working tree", "commit": None}
    by_id = {r["id"]: r for r in data["records"]}
    assert by_id["2802"]["fields"][3] == {
        "field": "specific_accountabilities", "old": ["Leads."], "new": ["Leads.", "Negotiates."],
        "items_added": ["Negotiates."], "items_removed": []}
    assert by_id["1001"]["format_only"] is True and by_id["1001"]["fields"] == []
    assert by_id["exec-0001"]["fields"] == [
        {"field": "name.given", "hidden": True, "old_present": True, "new_present": True}]
    assert by_id["4001"]["fields"][-1] == {"field": "dimensions.fte", "new": 1}


def test_staged_and_two_revisions(repo: Repo) -> None:
    assert repo.run("diff", "--staged").stdout == "No record changes between HEAD and the index.\n"
    repo.git("add", "records/positions/2802.yaml")
    staged = repo.run("diff", "--staged").stdout
    assert staged.splitlines()[0] == "modified position 2802 (records/positions/2802.yaml)"
    assert staged.endswith("1 record changed between HEAD and the index: 1 modified.\n")
    first = repo.rev("HEAD")
    second = repo.commit("Everything", BOB)
    assert repo.run("diff", first, second).stdout == TEXT.replace("HEAD and the working tree", f"{first} and {second}")
    assert repo.run("diff", first).stdout == TEXT.replace("HEAD and the working tree", f"{first} and the working tree")
    assert repo.run("diff", f"{first}..{second}").stdout == repo.run("diff", first, second).stdout
    assert repo.run("diff", f"{first}...HEAD").stdout.splitlines()[-2] == (
        f"7 records changed between the merge base of {first} and HEAD and HEAD: 1 added, 1 removed, 2 modified, "
        "2 moved, 1 with no semantic changes.")
    assert repo.run("diff").stdout == "No record changes between HEAD and the working tree.\n"


def test_renumbering_and_broken_yaml(repo: Repo) -> None:
    repo.commit("Everything")
    (repo.path / "records/positions/4001.yaml").unlink()
    repo.write("records/positions/4002.yaml", position("4002", "Analyst", "EC-04", reports_to="2802"))
    repo.git("add", "-A")
    repo.write("records/positions/2802.yaml", "id: [2802\n")
    assert repo.run("diff").stdout == (
        "broken position 2802 (records/positions/2802.yaml): cannot be parsed: line 2, column 1: while parsing a "
        "flow sequence did not find expected ',' or ']'\n"
        "renumbered position 4001 → 4002 (records/positions/4001.yaml → records/positions/4002.yaml)\n"
        "  id: 4001 → 4002\n"
        "2 records changed between HEAD and the working tree: 1 renumbered, 1 broken.\n")


def test_colour_only_on_a_terminal(repo: Repo) -> None:
    from hrkit.history.diff import diff_revisions

    assert "\x1b[" not in repo.run("diff").stdout
    coloured = render_diff_text(diff_revisions(repo.path), color=True)
    assert "\x1b[32m\x1b[1madded position 4001 (records/positions/4001.yaml)\x1b[0m\n" in coloured
    assert "  dimensions.fte: \x1b[31m4\x1b[0m → \x1b[32m5\x1b[0m\n" in coloured


def test_empty_repository_compares_with_nothing(tmp_path: Path) -> None:
    repo = Repo(tmp_path / "empty")
    repo.write("records/positions/1001.yaml", position("1001", "Deputy Minister", "DM-03"))
    out = repo.run("diff").stdout
    assert out.splitlines()[0] == "added position 1001 (records/positions/1001.yaml)"
    assert out.endswith("1 record changed between the empty repository and the working tree: 1 added.\n")
