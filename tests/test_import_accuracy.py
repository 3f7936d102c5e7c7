"""The hold-out corpus of bench/import and the comparison of bench/import_accuracy.py: every
document has its ground truth, the corpus is as mixed as the issue asks, and the measure counts
what a user would count (a value right after normalizing, a field not stated, a direct report)."""
from __future__ import annotations

import datetime as dt
import importlib.util
from pathlib import Path

import pytest
import yaml

TOP = Path(__file__).parent.parent
CORPUS = TOP / "bench" / "import" / "corpus"
EXPECTED = TOP / "bench" / "import" / "expected"


@pytest.fixture(scope="module")
def accuracy():
    spec = importlib.util.spec_from_file_location("import_accuracy", TOP / "bench" / "import_accuracy.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def truths() -> list[dict]:
    return [yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted(EXPECTED.glob("*.expected.yaml"))]


def test_every_document_has_its_ground_truth_and_the_corpus_is_mixed() -> None:
    documents = {p.name for p in CORPUS.iterdir()}
    truth = truths()
    assert {t["document"] for t in truth} == documents
    work = [t for t in truth if t["outcome"] == "import"]
    assert len(work) >= 60
    assert {t["kind"] for t in work} == {"markdown", "text", "text-cp1252", "ocr", "ocr-columns", "docx", "pdf"}
    assert {t["language"] for t in work} == {"en", "fr", "bilingual"}
    assert {t["kind"] for t in truth if t["outcome"] == "refuse"} == {"not-a-work-description", "unreadable"}
    assert sum("versions" in t for t in work) >= 5 and sum("reports_to_in_corpus" in t for t in work) >= 4
    assert any("," in d for d in documents) and any(" " in d for d in documents) and any("é" in d for d in documents)
    assert (CORPUS / "Regulatory Affairs, Director 2019.txt").read_bytes().count(b"\x92") > 0  # cp1252, not UTF-8


def test_values_compare_after_normalizing(accuracy) -> None:
    same = accuracy.same
    assert same("title", "Director, Data Access", "director,  data access.")
    assert same("title", ["Director, Data Access", "Directrice, Accès aux données"], "Directrice, Accès aux données")
    assert same("title", "Manager, Pilotage Policy", "Manager, Pilotage Policy")
    assert not same("title", "Montréal", "Montr\u0092al")
    assert same("effective_date", "2020-04-01", dt.date(2020, 4, 1))
    assert same("salary", 2960000, 2960000) and not same("salary", 2960000, 2960) and not same("total", 1, True)
    assert same("location", "Québec, Québec", "Québec, QC")
    assert same("location", "Gatineau, Quebec", "Gatineau (Québec)")
    assert not same("location", "Ottawa, Ontario", "Ottawa, Ontario Supervisor")
    assert same("location", "MIRAMICHI NB", "MIRAMICHI, NB") and not same("location", "MIRAMICHI NB", "MONCTON, NB")
    assert same("position_number", "423000", "00423000") and same("supervisor.position_number", "00412000", "412000")
    assert not same("position_number", "423000", "4230000") and not same("position_number", "0042", "00420")


def test_a_field_the_document_does_not_state_is_right_empty_or_marked(accuracy) -> None:
    text = 'classification: EX-01  # hrkit: verify — not stated; EX-01 guessed from the title\n'
    assert accuracy.check("classification", None, "EX-01", text, "classification")
    assert not accuracy.check("classification", None, "EX-01", "classification: EX-01\n", "classification")
    assert accuracy.check("job_code", None, None, "", "job_code")
    assert not accuracy.check("job_code", "103745", None, "", "job_code")


def test_a_bilingual_documents_titles_written_in_both_languages_may_be_either(accuracy) -> None:
    """``Director, X / Directeur, X`` in a bilingual document's truth: the record's title in either language is
    right; in a document of one language, only the whole."""
    fields = {"title": "Director, Ore Research", "supervisor": {"title": "Director General, Mines / Directeur "
              "général, Mines", "classification": None, "position_number": None},
              "direct_reports": [{"title": "Manager, Assays / Gestionnaire, Essais", "classification": None,
                                  "fte": None}], "classification": None, "job_code": None, "position_number": None,
              "effective_date": None, "salary": None, "o_and_m": None, "total": None, "location": None}
    records = {"1": {"id": "1", "title": "Director, Ore Research", "supervisor": {"title": "Director General, Mines"}},
               "1-R1": {"id": "1-R1", "title": "Gestionnaire, Essais", "reports_to": "1"}}
    result = accuracy.Imported("imported", records=records, texts={"1": "x" * 100, "1-R1": "x"})
    right = {language: {f: ok for f, ok, _, _ in accuracy.compare({"fields": fields, "language": language}, result)}
             for language in ("bilingual", "en")}
    assert right["bilingual"]["supervisor.title"] and right["bilingual"]["direct_reports"]
    assert not right["en"]["supervisor.title"] and not right["en"]["direct_reports"]


def test_a_direct_report_is_right_only_with_its_title_classification_and_ftes(accuracy) -> None:
    records = {"1": {"id": "1", "title": "Director"},
               "1-R1": {"id": "1-R1", "title": "Manager, Staffing", "classification": "PE-05", "reports_to": "1",
                        "dimensions": {"fte": 12}},
               "1-R2": {"id": "1-R2", "title": "Manager, Classification", "classification": "PE-04", "reports_to": "1",
                        "dimensions": {"fte": 6}},
               "1-R3": {"id": "1-R3", "title": "Manager, Pay", "reports_to": "1"}}
    texts = {rid: "x" * (100 if rid == "1" else 10) for rid in records}
    result = accuracy.Imported("imported", records=records, texts=texts)
    assert result.main == "1"
    wanted = [{"title": "Manager, Staffing", "classification": "PE-05", "fte": 12},
              {"title": "Manager, Classification", "classification": "PE-05", "fte": 6},
              {"title": "Manager, Labour Relations", "classification": "PE-05", "fte": None}]
    checks = accuracy.compare_reports(wanted, result, "1")
    assert [right for _, right, _, _ in checks] == [True, False, False, False]  # the last: Manager, Pay is extra


def test_a_refused_work_description_misses_every_check(accuracy) -> None:
    truth = next(t for t in truths() if t["document"] == "Director, Rail Operations.docx")
    checks = accuracy.compare(truth, accuracy.Imported("refused", "not UTF-8"))
    assert len(checks) == len(accuracy.FIELDS) - 1 + len(truth["fields"]["direct_reports"])
    assert not any(right for _, right, _, _ in checks)


def test_a_refused_work_description_listing_no_reports_misses_its_other_checks(accuracy) -> None:
    """A truth may say a document lists no direct reports (``direct_reports: null``): refused, it misses every
    other check, and none for its reports."""
    truth = next(t for t in truths() if t["document"] == "Director, Rail Operations.docx")
    truth = {**truth, "fields": {**truth["fields"], "direct_reports": None}}
    checks = accuracy.compare(truth, accuracy.Imported("refused", "not UTF-8"))
    assert len(checks) == len(accuracy.FIELDS) - 1 and not any(right for _, right, _, _ in checks)


def test_the_documents_own_record_is_never_the_supervisors_stub(accuracy) -> None:
    """A system print's record has no text and may be smaller than the stub made for its supervisor: the stub
    (``the supervisor of ...`` in its heading) is never taken for the document's own record."""
    own = "# Imported by hrkit from print.txt\nid: '00041350'\n"
    stub = ("# Imported by hrkit from print.txt: the supervisor of 00041350, whose number, title and\n"
            "# classification the document states; nothing else about it is in the document.\nid: '00040002'\n")
    result = accuracy.Imported("imported", records={"00041350": {}, "00040002": {}},
                               texts={"00041350": own, "00040002": stub})
    assert result.main == "00041350"


def test_the_measure_runs_on_a_small_corpus(accuracy, tmp_path: Path) -> None:
    """Two documents and a refusal, end to end: outcomes, checks and the printed report."""
    corpus, expected = tmp_path / "corpus", tmp_path / "expected"
    corpus.mkdir()
    expected.mkdir()
    for name in ("Director HR Operations - generic.txt", "Talent management roles - memo.txt"):
        (corpus / name).write_bytes((CORPUS / name).read_bytes())
        (expected / f"{name}.expected.yaml").write_bytes((EXPECTED / f"{name}.expected.yaml").read_bytes())
    figures = accuracy.measure(corpus, expected)
    summary = figures["summary"]
    assert (summary["documents"], summary["imported"], summary["refused"], summary["internal"]) == (2, 1, 1, 0)
    assert summary["right_outcome"]["percent"] == 100.0
    assert summary["accuracy"]["total"] >= 12 + 3 and summary["names_copied"] == 0  # 12 fields, 3 direct reports
    text = accuracy.report(figures, worst=5)
    assert "| failed internally | 0 |" in text and "Talent management roles - memo.txt" in text


def test_the_whole_corpus_stays_at_the_level_reached(accuracy) -> None:
    """The figure docs/import.md gives: every document imported or refused with a reason, no
    internal error, no name copied, the key fields at or above the level measured."""
    summary = accuracy.measure(CORPUS, EXPECTED)["summary"]
    assert summary["internal"] == 0 and summary["imported_or_refused"]["percent"] == 100.0
    assert summary["right_outcome"]["percent"] == 100.0
    assert summary["accuracy"]["percent"] >= 98.8
    assert summary["names_copied"] == 0


@pytest.mark.parametrize("corpus,floor,outcome", [
    ("blind", 98.8, 100.0), ("blind2", 97.7, 100.0), ("blind3", 95.7, 100.0), ("blind4", 95.8, 100.0),
    ("blind5", 96.3, 100.0), ("blind6", 92.8, 100.0), ("blind7", 96.4, 100.0), ("blind8", 92.8, 98.0),
    ("blind9", 82.6, 100.0), ("blind10", 86.5, 100.0), ("blind11", 95.7, 100.0), ("blind12", 94.6, 100.0),
    ("blind13", 92.6, 100.0), ("blind14", 91.0, 100.0), ("blind15", 94.1, 100.0), ("blind16", 96.9, 100.0),
    ("blind17", 98.3, 100.0), ("blind18", 96.5, 100.0), ("blind19", 98.1, 100.0), ("blind20", 94.5, 100.0),
    ("blind21", 98.6, 100.0), ("blind22", 97.3, 100.0), ("blind23", 95.1, 100.0), ("blind24", 93.4, 100.0),
    ("blind25", 96.2, 100.0), ("blind26", 96.6, 100.0), ("blind27", 98.4, 100.0), ("blind28", 94.6, 100.0),
    ("blind29", 94.1, 100.0), ("blind30", 90.7, 100.0), ("blind31", 94.6, 100.0), ("blind32", 98.3, 100.0),
    ("blind33", 95.3, 100.0), ("blind34", 96.2, 100.0), ("blind35", 96.6, 100.0), ("blind36", 95.9, 100.0),
    ("blind37", 95.7, 100.0), ("blind38", 91.0, 100.0), ("blind39", 93.8, 100.0), ("blind40", 97.9, 100.0),
    ("blind41", 95.3, 100.0), ("blind42", 95.8, 100.0), ("blind43", 92.9, 100.0), ("blind44", 96.3, 100.0),
    ("blind45", 97.1, 100.0), ("blind46", 91.6, 100.0), ("blind47", 92.6, 100.0), ("blind48", 98.8, 100.0),
    ("blind49", 96.1, 100.0), ("blind50", 93.0, 100.0), ("blind51", 98.3, 100.0), ("blind52", 95.4, 100.0),
    ("blind53", 95.0, 100.0), ("blind54", 94.4, 100.0), ("blind55", 98.2, 100.0), ("blind56", 84.5, 100.0),
    ("blind57", 92.3, 100.0), ("blind58", 93.8, 100.0), ("blind59", 95.7, 100.0), ("blind60", 99.2, 100.0),
    ("blind61", 97.6, 100.0), ("blind62", 95.7, 100.0), ("blind63", 98.4, 100.0), ("blind64", 96.3, 100.0),
    ("blind65", 97.3, 100.0), ("blind66", 89.8, 100.0), ("blind67", 97.3, 100.0), ("blind68", 88.5, 100.0),
    ("blind69", 91.1, 100.0), ("blind70", 95.2, 100.0), ("blind71", 91.8, 100.0), ("blind72", 95.8, 100.0),
    ("blind73", 97.7, 100.0), ("blind74", 91.8, 100.0), ("blind75", 99.0, 100.0), ("blind76", 97.9, 100.0),
    ("blind77", 96.3, 100.0), ("blind78", 98.3, 100.0), ("blind79", 98.1, 100.0), ("blind80", 95.9, 100.0),
    ("blind81", 92.9, 100.0), ("blind82", 96.9, 100.0), ("blind83", 94.0, 98.1), ("blind84", 97.2, 100.0),
    ("blind85", 96.8, 100.0), ("blind86", 94.2, 100.0), ("blind87", 98.3, 100.0), ("blind88", 98.7, 100.0),
    ("blind89", 97.4, 100.0), ("blind90", 96.5, 100.0), ("blind91", 97.7, 100.0), ("blind92", 99.7, 100.0),
    ("blind93", 90.0, 100.0), ("blind94", 97.6, 100.0), ("blind95", 96.3, 100.0), ("blind96", 95.4, 100.0),
    ("blind97", 97.0, 100.0), ("blind98", 94.0, 98.0), ("blind99", 93.5, 100.0), ("blind100", 95.5, 100.0),
    ("blind101", 94.3, 100.0), ("blind102", 96.0, 100.0), ("blind103", 94.9, 100.0), ("blind104", 97.6, 100.0),
    ("blind105", 71.1, 100.0), ("blind106", 97.3, 100.0), ("blind107", 97.9, 100.0), ("blind108", 87.1, 100.0),
    ("blind109", 96.9, 100.0), ("blind110", 95.9, 100.0), ("blind111", 93.9, 100.0), ("blind112", 95.8, 100.0),
    ("blind113", 90.6, 100.0), ("blind114", 94.4, 100.0), ("blind115", 95.7, 100.0), ("blind116", 91.4, 100.0),
    ("blind117", 93.4, 100.0), ("blind118", 96.3, 100.0), ("blind119", 92.0, 100.0), ("blind120", 95.2, 100.0),
    ("blind121", 96.3, 100.0), ("blind122", 92.6, 100.0), ("blind123", 96.4, 100.0), ("blind124", 95.1, 100.0),
    ("blind125", 91.2, 100.0), ("blind126", 96.7, 100.0), ("blind127", 98.8, 100.0), ("blind128", 93.6, 100.0),
    ("blind129", 94.0, 100.0), ("blind130", 98.5, 100.0), ("blind131", 93.2, 96.0), ("blind132", 93.4, 100.0),
    ("blind133", 98.7, 100.0), ("blind134", 96.9, 100.0), ("blind135", 98.9, 100.0), ("blind136", 96.7, 100.0),
    ("blind137", 98.3, 100.0), ("blind138", 94.6, 100.0), ("blind139", 93.2, 100.0), ("blind140", 92.2, 100.0),
    ("blind141", 89.6, 98.0), ("blind142", 93.2, 100.0), ("blind143", 95.1, 100.0), ("blind144", 92.0, 98.0),
    ("blind145", 97.0, 100.0), ("blind146", 95.3, 98.0), ("blind147", 94.2, 100.0), ("blind148", 96.2, 100.0),
    ("blind149", 91.4, 96.0), ("blind150", 78.1, 96.2), ("blind151", 96.5, 98.0), ("blind152", 84.0, 100.0),
    ("blind153", 71.8, 98.0), ("blind154", 92.9, 100.0), ("blind155", 91.8, 100.0), ("blind156", 92.9, 100.0),
    ("blind157", 92.2, 98.0), ("blind158", 91.9, 100.0), ("blind159", 97.7, 98.0), ("blind160", 82.5, 100.0),
    ("blind161", 90.8, 100.0), ("blind162", 98.8, 100.0), ("blind163", 97.5, 100.0), ("blind164", 92.8, 100.0),
    ("blind165", 76.6, 82.0), ("blind166", 95.6, 100.0), ("blind167", 95.5, 98.0), ("blind168", 95.5, 100.0),
    ("blind169", 98.9, 100.0), ("blind170", 91.9, 100.0), ("blind171", 98.2, 100.0), ("blind172", 92.0, 100.0),
    ("blind173", 95.5, 100.0), ("blind174", 95.7, 100.0), ("blind175", 68.9, 86.3), ("blind176", 86.2, 98.0),
    ("blind177", 72.9, 98.0), ("blind178", 94.9, 100.0), ("blind179", 98.8, 98.0), ("blind180", 91.9, 100.0),
    ("blind181", 96.9, 100.0), ("blind182", 96.1, 100.0), ("blind183", 98.3, 100.0), ("blind184", 94.0, 100.0),
    ("blind185", 95.9, 98.0), ("blind186", 76.9, 98.0), ("blind187", 94.6, 100.0), ("blind188", 98.3, 100.0),
    ("blind189", 98.5, 100.0), ("blind190", 85.9, 100.0), ("blind191", 97.3, 100.0), ("blind192", 95.1, 100.0),
    ("blind193", 99.0, 100.0), ("blind194", 91.7, 100.0), ("blind195", 94.1, 98.0), ("blind196", 90.1, 92.3),
    ("blind197", 97.3, 98.0), ("blind198", 96.9, 100.0), ("blind199", 99.3, 98.0), ("blind200", 98.8, 100.0),
    ("blind201", 98.6, 100.0), ("blind202", 97.5, 100.0), ("blind203", 98.9, 100.0), ("blind204", 87.0, 90.0),
    ("blind205", 96.9, 100.0), ("blind206", 87.3, 96.0), ("blind207", 93.9, 98.0), ("blind208", 88.7, 96.0),
    ("blind209", 93.7, 98.0), ("blind210", 93.3, 100.0), ("blind211", 85.6, 100.0), ("blind212", 78.1, 98.0),
    ("blind213", 95.0, 100.0)])
def test_the_blind_corpora_stay_at_the_level_reached(accuracy, corpus: str, floor: float, outcome: float) -> None:
    """The second to two-hundred-and-fourteenth corpora (bench/import/blind to blind213): 76.8 %, 84.7 %, 79.6 %,
    56.0 %, 67.3 %, 56.5 %, 71.7 %, 81.7 %, 59.7 %, 63.2 %, 82.8 %, 82.5 %, 73.1 %, 70.8 %, 82.0 %, 93.6
    %, 81.3 %, 85.3 %, 92.5 %, 79.0 %, 88.8 %, 94.2 %, 86.6 %, 77.6 %, 91.0 %, 86.1 %, 90.5 %, 88.6 %,
    86.7 %, 76.7 %, 84.6 %, 95.5 %, 87.1 %, 93.3 %, 87.3 %, 88.0 %, 93.9 %, 79.6 %, 83.8 %, 92.5 %, 79.9
    %, 88.5 %, 89.9 %, 90.4 %, 90.0 %, 89.2 %, 79.9 %, 95.4 %, 93.8 %, 71.6 %, 80.4 %, 92.6 %, 89.8 %,
    81.2 %, 94.7 %, 70.2 %, 82.9 %, 86.2 %, 92.8 %, 97.8 %, 97.3 %, 85.4 %, 89.3 %, 91.8 %, 96.0 %, 75.3
    %, 85.4 %, 85.1 %, 87.0 %, 91.2 %, 83.8 %, 86.0 %, 94.8 %, 88.4 %, 79.9 %, 96.8 %, 91.2 %, 97.8 %,
    94.4 %, 92.4 %, 48.3 %, 88.8 %, 78.1 %, 96.0 %, 76.0 %, 87.7 %, 97.6 %, 89.3 %, 96.9 %, 94.0 %, 96.8
    %, 98.5 %, 87.4 %, 93.1 %, 94.8 %, 94.2 %, 89.6 %, 84.5 %, 90.6 %, 94.3 %, 93.4 %, 94.1 %, 94.6 %,
    97.2 %, 68.3 %, 96.0 %, 97.5 %, 75.6 %, 96.4 %, 88.3 %, 91.4 %, 95.6 %, 85.4 %, 91.9 %, 95.7 %, 87.8 %,
    90.8 %, 95.3 %, 87.6 %, 71.7 %, 95.9 %, 90.8 %, 85.7 %, 83.8 %, 55.7 %, 95.8 %, 97.2 %, 67.7 %, 80.4 %,
    95.4 %, 69.8 %, 77.8 %, 95.3 %, 91.5 %, 98.5 %, 94.4 %, 84.2 %, 89.9 %, 74.5 %, 92.2 %, 82.7 %, 71.7 %, 89.9 %,
    67.1 %, 94.2 %, 95.2 %, 93.4 %, 94.3 %, 85.7 %, 60.2 %, 96.5 %, 73.2 %, 45.3 %, 75.6 %, 83.4 %, 73.7 %, 69.0 %,
    84.9 %, 95.7 %, 68.5 %, 81.1 %, 76.8 % (84.8 % with its truth's French titles corrected), 94.0 %, 88.4 %,
    47.8 %, 88.0 %, 59.2 % (71.0 % with its truth's French titles corrected), 86.2 %, 97.6 %, 88.7 %, 96.0 %,
    32.6 %, 88.8 %, 86.6 %, 58.5 %, 47.8 %, 67.5 %, 92.7 %, 89.8 %, 54.8 %, 93.0 %, 94.1 %, 94.3 %, 70.9 %, 93.9 %,
    36.2 %, 90.2 %, 66.5 %, 95.8 %, 84.6 %, 88.5 %, 94.5 %, 60.2 %, 83.7 %, 71.1 %, 82.6 %, 97.2 %, 92.8 %, 97.2 %,
    81.8 %, 78.6 %, 96.8 %, 95.3 %, 38.8 %, 96.9 %, 66.2 %, 86.8 %, 87.1 %, 41.6 %, 93.1 %, 18.9 %, 47.9 % and
    95.3 % on their first, blind runs; held
    where the general rules their misses led to brought them. No name copied in any: the last twelve (two-column
    scans, handwritten notes, generic descriptions' approvers) were mended on 2026-12-06, as were blind129's one (a
    place's note quoting a scan's run) and blind131's (a sheet's footer naming who updated it) in the sessions
    after, blind138's five (``Approved: Name, Title`` under the last accountability), blind141's two (a sign-off
    naming someone under the last accountability), blind152's seven (a printed sheet's ``Incumbent`` row after its
    row number), blind153's seven (``Classified by X on behalf of ...``, ``Reviewed with X``), blind161's four and
    blind162's three (a person's name in the file name, an HR page's ``Printed ... by X``), blind165's twelve (a
    draft signed ``-- X, date``, a name under ``Thanks,``, ``Reviewers: X``), blind169's eight (the incumbent's
    name after the title, ``Director, X - Name``, signing ``Name, Incumbent``), blind175's eight (a chat's
    speakers over their messages, a ticket's commenter, a name alone signing a manager's draft), blind179's one
    (a deck's classification adviser named after a label, before the label's French half), blind188's three
    (``_Approved by X_`` in a Markdown description's italics under its last accountability), blind195's two (a
    sheet's ``Classification Officer`` row, saved as CSV and printed), blind205's one (Outlook's ``Printed by: X``
    under a printed page), blind206's one (an HR screen's incumbent under the employee number), blind211's one (a
    web form's manager approval) and blind213's thirty-three (a ticket's work notes under their authors' names)."""
    blind = TOP / "bench" / "import" / corpus
    summary = accuracy.measure(blind / "corpus", blind / "expected")["summary"]
    assert summary["internal"] == 0 and summary["right_outcome"]["percent"] >= outcome
    assert summary["accuracy"]["percent"] >= floor
    assert summary["names_copied"] == 0


def test_a_crash_in_one_document_of_a_batch_counts_as_an_internal_error(accuracy, tmp_path: Path, monkeypatch) -> None:
    """The batch reports a bug in one document and goes on; the measure must still count it."""
    import hrkit.edit.importer

    def crash(text: str, name: str):
        raise AttributeError("a bug")

    monkeypatch.setattr(hrkit.edit.importer, "parse_text", crash)
    corpus, expected = tmp_path / "corpus", tmp_path / "expected"
    corpus.mkdir()
    expected.mkdir()
    name = "Director HR Operations - generic.txt"
    (corpus / name).write_bytes((CORPUS / name).read_bytes())
    (expected / f"{name}.expected.yaml").write_bytes((EXPECTED / f"{name}.expected.yaml").read_bytes())
    summary = accuracy.measure(corpus, expected)["summary"]
    assert (summary["internal"], summary["refused"]) == (1, 0)


def test_a_bilingual_documents_title_is_right_in_either_language(accuracy) -> None:
    """A truth that gives the French title under ``also: title_fr`` takes either language's, as one
    that lists both does; any other title is wrong."""
    fields = {"title": "Director, Data Access", "classification": None, "job_code": None, "position_number": "1",
              "effective_date": None, "supervisor": {"position_number": None, "title": None, "classification": None},
              "direct_reports": [], "salary": None, "o_and_m": None, "total": None, "location": None}
    truth = {"fields": fields, "also": {"title_fr": "Directeur, Accès aux données"}}
    for title, right in (("Directeur, Accès aux données", True), ("Director, Data Access", True),
                         ("Directeur, Données", False)):
        result = accuracy.Imported("imported", records={"1": {"id": "1", "title": title}}, texts={"1": "x"})
        assert dict((f, ok) for f, ok, _, _ in accuracy.compare(truth, result))["title"] is right
