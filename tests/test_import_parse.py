"""Reading the text of real work descriptions: what ``hrkit import`` takes out of a document's
text (English, French, bilingual; clean or OCR-damaged) and what it refuses, seen in the
records it writes."""
from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from conftest import run_cli
from hrkit.edit.scaffold import init_repository
from hrkit.io.yamlsafe import load_yaml

FIXTURES = Path(__file__).parent / "fixtures" / "import"


def _repo(tmp_path: Path) -> Path:
    init_repository(tmp_path / "repo", organization="Import test", today=dt.date(2026, 11, 25))
    return tmp_path / "repo"


def _record(root: Path, stem: str) -> dict:
    return load_yaml((root / "records/positions" / f"{stem}.yaml").read_bytes()).data


@pytest.mark.parametrize("name", ["EX-01 Director, Policy Coordination.md", "jd [v2] {final}.md",
                                  "Director, Policy (signed) [v2] {final} #1 & *x: a.md",
                                  "jd\u2028line\nbreak\x85.md", "- ? '\"%@`.md"])
def test_file_names_with_yaml_characters_are_kept_as_written(tmp_path: Path, name: str) -> None:
    doc = tmp_path / name
    shutil.copy(FIXTURES / "director-policy.md", doc)
    root = _repo(tmp_path)
    result = run_cli(["import", str(doc), "--department", "ESDC"], root)
    assert result.exit_code == 0, result.output
    assert _record(root, "045123")["source"] == {"document": name, "ocr": False}
    assert run_cli(["fmt", "--check"], root).exit_code == 0


CASES = FIXTURES / "cases"
HOLDOUT = FIXTURES / "holdout" / "docs"
PEOPLE = ["Jane Q. Publicover", "Publicover", "Okonkwo-Fitzgerald", "Dhaliwal-Stone", "Quinlan-Aubry",
          "Delacroix-Nakamura", "Thériault-Bouchard", "Laflamme-Oyelaran", "Arsenault", "Mackenzie-Reid",
          "Beauchesne", "Ouellet-Saunders", "Naponse", "Desrochers-Bell", "Adeyemi-Barker", "Whitcombe",
          "Wierzbicki-Lang"]


def _import(tmp_path: Path, *docs: Path, args: tuple[str, ...] = ("--department", "ESDC")) -> Path:
    root = _repo(tmp_path)
    result = run_cli(["import", *map(str, docs), *args], root)
    assert result.exit_code == 0, result.output
    return root


def _written(root: Path) -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted((root / "records").rglob("*.yaml")))


def test_names_of_people_are_never_copied_into_records(tmp_path: Path) -> None:
    """Incumbent, Name, Titulaire, Nom, Prepared by, Approved by, signature lines, a name
    beside a Date: none of it reaches a position record, in any shape or language."""
    docs = sorted(CASES.glob("names-*.txt")) + [HOLDOUT / f"{n}.txt" for n in (
        "h01-word-table", "h02-ocr-dg", "h03-fr-ocr-dg", "h12-signature-names")]
    for doc in docs:
        root = _import(tmp_path / doc.stem, doc)
        written = _written(root)
        assert [p for p in PEOPLE if p.casefold() in written.casefold()] == [], doc.name
        assert "incumbent: null" in written


def test_names_case_records_keep_what_the_document_states(tmp_path: Path) -> None:
    root = _import(tmp_path, CASES / "names-ocr-run.txt")
    record = _record(root, "55123")
    assert record["title"] == "Director, Client Experience"
    assert record["specific_accountabilities"][-1] == "Manages the directorate's resources."


def test_french_ocr_description(tmp_path: Path) -> None:
    root = _import(tmp_path, HOLDOUT / "h03-fr-ocr-dg.txt")
    record = _record(root, "104527")
    assert (record["title"], record["classification"], record["job_code"]) == (
        "Directrice générale, Services aux Autochtones", "EX-03", "109913")
    assert record["effective_date"] == dt.date(2020, 4, 1)
    assert record["supervisor"] == {"title": "Sous-ministre adjoint, Opérations régionales", "classification": "EX-04"}
    assert record["location"] == "Winnipeg, MB"
    assert record["dimensions"] == {"fte": 125, "salary": 11_200_000, "o_and_m": 1_400_000, "total": 12_600_000,
                                    "program_budget": 640_000_000}  # "Subventions et contributions : 640 M$"
    reports = [_record(root, f"104527-R{n}") for n in range(1, 5)]
    assert [(r["title"], r["classification"], r["dimensions"]["fte"]) for r in reports] == [
        ("Directeur, Services de santé", "EX-01", 48), ("Directrice, Éducation et développement social", "EX-01", 31),
        ("Directeur, Infrastructures communautaires", "EX-01", 27), ("Gestionnaire, Services ministériels", "AS-07", 14)]


def test_bilingual_description_is_read_in_one_language(tmp_path: Path) -> None:
    """A French copy followed by an English one: the English copy, alone (no report twice)."""
    root = _import(tmp_path, HOLDOUT / "h04-bi-fr-first.txt")
    record = _record(root, "23115")
    assert record["title"] == "Executive Director, Information Management"
    assert record["supervisor"]["title"] == "Chief Information Officer"
    assert sorted(p.stem for p in (root / "records/positions").glob("23115-R*.yaml")) == ["23115-R1", "23115-R2"]
    assert _record(root, "23115-R1")["title"] == "Director, Records Management"


def test_bilingual_labels_side_by_side(tmp_path: Path) -> None:
    doc = tmp_path / "bilingual.txt"
    doc.write_text("Position Title / Titre du poste: Director, Data Governance / Directeur, Gouvernance des données\n"
                   "Position Number / Numéro du poste: 44120\nClassification / Classification: EX-01\n"
                   "Effective Date / Date d'entrée en vigueur: 2021-06-01\n\n"
                   "GENERAL ACCOUNTABILITY / RESPONSABILITÉ GÉNÉRALE\n"
                   "Accountable for the departmental data governance framework and its standards.\n"
                   "Responsable du cadre ministériel de gouvernance des données et de ses normes.\n\n"
                   "ORGANIZATION STRUCTURE / STRUCTURE ORGANISATIONNELLE\n"
                   "Manager, Data Quality (EC-07, 9 FTEs) / Gestionnaire, Qualité des données (EC-07, 9 ETP)\n\n"
                   "DIMENSIONS\nFTEs: 10 / ETP : 10\nSalary: $1.1M / Salaires : 1,1 M$\n", encoding="utf-8")
    root = _import(tmp_path, doc)
    record = _record(root, "44120")
    assert record["title"] == "Director, Data Governance"
    assert record["dimensions"] == {"fte": 10, "salary": 1_100_000}
    assert _record(root, "44120-R1")["title"] == "Manager, Data Quality"
    assert not (root / "records/positions/44120-R2.yaml").exists()


@pytest.mark.parametrize("written,day", [('April I", 2O2O', "2020-04-01"), ("March I5, 2023", "2023-03-15"),
                                         ("2O23-O4-O1", "2023-04-01"), ("1er avril 2020", "2020-04-01"),
                                         ("le 15 mars 2023", "2023-03-15"), ("15/04/2020", "2020-04-15"),
                                         ("February 15th,2022", "2022-02-15"), ("le lerfévrier 20I7", "2017-02-01"),
                                         ("October 2S, Z010", "2010-10-25"), ("2Z-Aug-20I1", "2011-08-22")])
def test_ocr_and_french_dates_become_the_effective_date(tmp_path: Path, written: str, day: str) -> None:
    doc = tmp_path / "scan.txt"
    doc.write_text((CASES / "names-ocr-run.txt").read_text().replace("May 4, 2O21", written), encoding="utf-8")
    root = _import(tmp_path, doc)
    assert _record(root, "55123")["effective_date"] == dt.date.fromisoformat(day)
    line = next(line for line in (root / "records/positions/55123.yaml").read_text().splitlines()
                if line.startswith("effective_date:"))
    assert ("# hrkit: verify — OCR read" in line) == any(c in written for c in "OI\"")


def test_supervisor_classification_written_inside_the_title_is_split(tmp_path: Path) -> None:
    root = _import(tmp_path, HOLDOUT / "h08-trailing-fields.txt")
    assert _record(root, "40221")["supervisor"] == {"title": "Director General, Chief Data Office",
                                                   "classification": "EX-03"}


def test_o_and_m_is_not_read_as_the_total(tmp_path: Path) -> None:
    """``Salary: $1.9M O&M: $I.3M Total: $3.2M``: each amount keeps its own label."""
    root = _import(tmp_path, HOLDOUT / "h08-trailing-fields.txt")
    assert _record(root, "40221")["dimensions"] == {"fte": 18, "salary": 1_900_000, "o_and_m": 1_300_000,
                                                    "total": 3_200_000}


def test_fields_after_the_last_accountability_are_fields(tmp_path: Path) -> None:
    root = _import(tmp_path, HOLDOUT / "h08-trailing-fields.txt")
    record = _record(root, "40221")
    assert record["specific_accountabilities"][-1] == "Leads the data stewardship community of practice."
    assert (record["location"], record["department"], record["branch"]) == (
        "Ottawa, ON", "Statistics Canada", "Strategic Data Management Branch")


@pytest.mark.parametrize("written,fte", [("Director, Data Governance (EX-OI, 22 FTEs)", 22),
                                         ("Manager, X (EC-07, 9 FTEs)", 9), ("Director, X (EX-01, staff of 54)", 54),
                                         ("EC-O7 - Manager of Dissemination (9 FTEs)", 9),
                                         ("Gestionnaire, X (EC-07, 9 ETP)", 9), ("Directeur, X (EX-01, effectif de 54)", 54),
                                         ("Manager, Benefits (EC-07) – 11 FTEs", 11)])
def test_direct_reports_as_documents_write_them(tmp_path: Path, written: str, fte: int) -> None:
    doc = tmp_path / "structure.txt"
    doc.write_text("Position Title: Director General, Data\nPosition Number: 70001\nClassification: EX-03\n\n"
                   "General Accountability\nAccountable for the data programs of the Department and their delivery.\n\n"
                   f"Organization Structure\nThe following positions report to the Director General:\n{written}\n",
                   encoding="utf-8")
    root = _import(tmp_path, doc)
    report = _record(root, "70001-R1")
    assert report["dimensions"] == {"fte": fte}
    assert report["classification"] in ("EX-01", "EC-07")
    assert not (root / "records/positions/70001-R2.yaml").exists()


@pytest.mark.parametrize("doc,why", [
    ("h10-memo.txt", "not a work description"), ("h11-unreadable-scan.txt", "mostly unreadable characters"),
    ("../../seeds/002_2d64b864a6f8d3d6.txt", "not a work description")])
def test_what_is_no_work_description_is_refused_with_the_reason(tmp_path: Path, doc: str, why: str) -> None:
    root = _repo(tmp_path)
    before = sorted(p.relative_to(root) for p in root.rglob("*"))
    result = run_cli(["import", str(HOLDOUT / doc)], root)
    assert result.exit_code == 2
    assert why in result.stderr.replace(str(HOLDOUT / doc), "") and "Traceback" not in result.output
    assert sorted(p.relative_to(root) for p in root.rglob("*")) == before


@pytest.mark.parametrize("text,why", [("", "empty file"), ("EXECUTIVE WORK DESCRIPTION\nTITLE: Director\n", "too little text"),
                                      ("~#@ !%& ^*( {|} ;:< >?/ " * 40, "unreadable")])
def test_empty_short_and_garbled_text_is_refused(tmp_path: Path, text: str, why: str) -> None:
    doc = tmp_path / "scan.txt"
    doc.write_text(text, encoding="utf-8")
    result = run_cli(["import", str(doc)], _repo(tmp_path))
    assert result.exit_code == 2
    assert why in result.stderr


def test_mangled_documents_never_cause_an_internal_error() -> None:
    """Documents cut, shuffled and sprinkled with what breaks readers (brackets, labels, line
    separators, C1 controls, lone surrogates) are read or refused; the records written from
    them always read back as intended."""
    import random

    from hrkit.edit.importer import _plain
    from hrkit.edit.importer.build import build
    from hrkit.edit.importer.emit import record_text
    from hrkit.edit.importer.parse import NotAWorkDescription, parse_text
    from hrkit.edit.rewrite import check_equivalent

    texts = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.rglob("*.txt")) + sorted(FIXTURES.rglob("*.md"))
             if "expected" not in p.parts]
    junk = ["(", ")", ":", "$", "EX-", "FTEs", "\u2028", "\x85", "\x92", "\t", "|", "\u2022", "Reports to:",
            "Titulaire :", "DIMENSIONS", "1.", "(EX-O1, 2 FTEs)", "\ufeff", "#", "**", "\n", "Location:", "$I.3M",
            'April I", 2O2O', "{", "]", "'", '"', "&", "\x00", "\udcff", "\ufffe"]
    rng = random.Random(12)
    for _ in range(300):
        text = rng.choice(texts)
        for _ in range(rng.randint(1, 12)):
            at = rng.randrange(len(text) + 1)
            text = text[:at] + rng.choice(junk) + text[at:] if rng.random() < 0.6 else \
                text[:at] + text[at + rng.randint(1, 300):]
        try:
            wd = parse_text(text, rng.choice(["a.txt", "x, [y].md", "jd\u2028.txt"]))
        except NotAWorkDescription:
            continue
        for record in build(wd, {}, department="X", effective_date=None):
            check_equivalent("x.yaml", record_text(record.fields, record.header).encode("utf-8"),
                             _plain(record.fields))


POSTER = """\
JOB OPPORTUNITY

Director, Program Integrity (EX-01)
Selection process number: 25-ESD-EA-NCR-000777
Closing date: 2025-09-30 - 23:59, Pacific Time
Who can apply: Persons residing in Canada and Canadian citizens residing abroad.
Salary: $131,000 to $154,000
Location: Gatineau (Quebec)

Work environment
Join a team that protects the integrity of the department's benefit programs and their clients.

Essential qualifications
- A degree from a recognized post-secondary institution.
- Significant experience managing programs and people.
"""


def test_a_job_poster_naming_a_title_and_a_classification_is_refused(tmp_path: Path) -> None:
    """A title, a classification, a salary and a location do not make a work description: it
    needs a position number or job code, or a section of one. A poster that names itself (``JOB
    OPPORTUNITY``) is refused for what it is."""
    root = _repo(tmp_path)
    doc = tmp_path / "poster.txt"
    for text, reason in ((POSTER, "a job poster, not a work description"),
                         (POSTER.replace("JOB OPPORTUNITY", ""),
                          "not a work description hrkit can read: no position number or job code")):
        doc.write_text(text, encoding="utf-8")
        result = run_cli(["import", str(doc)], root)
        assert result.exit_code == 2
        assert reason in result.stderr, result.stderr
    assert not list((root / "records/positions").glob("*.yaml"))
