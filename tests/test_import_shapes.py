"""Shapes of real work descriptions found by a blind corpus (bench/import/blind): each is read
by a general rule, not a special case, and each has a test here."""
from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path

import pytest

from conftest import run_cli
from hrkit.edit.scaffold import init_repository
from hrkit.io.yamlsafe import load_yaml
from import_files import docx_bytes, pdf_bytes

BODY = """
General Accountability
Leads the unit's programs and services for Canadians.
{structure}
Specific Accountabilities
1. Directs the programs of the unit.
2. Manages the human and financial resources of the unit.
"""


def _import(tmp_path: Path, name: str, content: bytes | str) -> tuple[Path, str]:
    """``content`` written as ``name`` and imported into a new repository (each call in a test a
    folder of its own); the repository and its position records' text."""
    runs = len(list(tmp_path.glob("run-*")))
    tmp_path = tmp_path / f"run-{runs}"
    tmp_path.mkdir()
    root = tmp_path / "repo"
    root.mkdir()
    init_repository(root, organization="Shapes test", today=dt.date(2026, 11, 25))
    doc = tmp_path / name
    doc.write_bytes(content.encode() if isinstance(content, str) else content)
    result = run_cli(["import", str(doc), "--department", "TEST"], root)
    assert result.exit_code == 0, result.output
    return root, "\n".join(p.read_text() for p in sorted((root / "records/positions").glob("*.yaml")))


def _import_all(tmp_path: Path, documents: dict[str, str]):
    """Each document written under ``tmp_path`` and all of them imported at once into a new
    repository: the repository and the CLI's result."""
    for name, text in documents.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    root = tmp_path / "repo"
    root.mkdir()
    init_repository(root, organization="Shapes test", today=dt.date(2026, 11, 25))
    return root, run_cli(["import", *(str(tmp_path / name) for name in documents)], root)


def _record(root: Path, record_id: str) -> dict:
    return load_yaml((root / "records/positions" / f"{record_id}.yaml").read_bytes()).data


def _reports(root: Path, record_id: str, count: int) -> list[tuple]:
    records = [_record(root, f"{record_id}-R{n}") for n in range(1, count + 1)]
    assert not (root / "records/positions" / f"{record_id}-R{count + 1}.yaml").exists()
    return [(r["title"], r.get("classification"), (r.get("dimensions") or {}).get("fte")) for r in records]


def test_a_scanned_form_without_colons(tmp_path: Path) -> None:
    """A form's table read by OCR as one run (a scan's text is a line of hundreds of
    characters): labels without colons, headings in title case."""
    scan = ("EXECUTIVE (EX) WORK DESCRIPTION Position Title Director General, Spectrum Policy Classification EX-O3 "
            "Job Code 22O908 Position Number 35507 Effective Date 22 July 2019 Location Ottawa, Ontario "
            "Supervisor's Position Number 35500 Supervisor's Position Title Assistant Deputy Minister, Spectrum "
            "Supervisor's Classification EX-05 General Accountability: Develops the policies by which radio "
            "spectrum is licensed in Canada. Organization Structure: The following positions report directly to the "
            "incumbent: - Director, Auction Design – EX-01 – 21 FTEs - Senior Economist – EC-07 – 1 FTE "
            "Dimensions: Salary: $7.18 M O&M: $2.95 M Total: $10.13 M FTEs: 72 Specific Accountabilities: "
            "1. Designs spectrum auctions. 2. Advises the Minister on spectrum caps and set-asides.")
    root, _ = _import(tmp_path, "scan.txt", "--- Full Extracted Text ---\n" + scan)
    record = _record(root, "35507")
    assert (record["title"], record["classification"], record["job_code"], record["effective_date"]) == (
        "Director General, Spectrum Policy", "EX-03", "220908", dt.date(2019, 7, 22))
    assert record["reports_to"] == "35500" and record["supervisor"]["classification"] == "EX-05"
    assert record["dimensions"]["total"] == 10_130_000
    assert _reports(root, "35507", 2) == [("Director, Auction Design", "EX-01", 21), ("Senior Economist", "EC-07", 1)]


def test_labels_on_their_own_line_and_their_many_names(tmp_path: Path) -> None:
    doc = ("EXECUTIVE (EX) WORK DESCRIPTION\n\nTitle\nDirector, Personal Income Tax\n\nGroup and Level\nEX01\n\n"
           "Position No.\n15690\n\nEffective date of this description\n11-Feb-2019\n\nSupervisor Position No.\n15600\n\n"
           "Supervisor Title\nGeneral Director, Tax Policy\n\nSupervisor Group and Level\nEX-04\n"
           + BODY.format(structure=""))
    root, _ = _import(tmp_path, "labels.txt", doc)
    record = _record(root, "15690")
    assert (record["title"], record["classification"], record["effective_date"], record["reports_to"]) == (
        "Director, Personal Income Tax", "EX-01", dt.date(2019, 2, 11), "15600")
    assert record["supervisor"] == {"title": "General Director, Tax Policy", "classification": "EX-04"}


def test_a_date_whose_day_could_be_its_month_is_read_day_first_and_marked(tmp_path: Path) -> None:
    doc = "Position Title: Director, Research\nPosition Number: 31877\nEffective Date: 01-04-2021\n" + BODY.format(
        structure="")
    root, text = _import(tmp_path, "date.txt", doc)
    assert _record(root, "31877")["effective_date"] == dt.date(2021, 4, 1)
    assert "effective_date: 2021-04-01  # hrkit: verify — day and month could be either way round" in text


def test_reports_numbered_listed_or_named_alone_in_an_organizational_context(tmp_path: Path) -> None:
    structure = ("Organizational Context\nThe Director reports to the Director General, Research.\n"
                 "The following positions report directly to the incumbent:\n"
                 "1) Chief, Special Pathogens, BI-05 — approximately 22 employees\n"
                 "2) Manager, Program Design, PM-06 — 7 full-time equivalents\n"
                 "- Manager, Market Analysis\n")
    doc = "Position Title: Director, Zoonotic Diseases\nPosition Number: 40120\n" + BODY.format(structure=structure)
    root, _ = _import(tmp_path, "context.txt", doc)
    assert _reports(root, "40120", 3) == [("Chief, Special Pathogens", "BI-05", 22),
                                          ("Manager, Program Design", "PM-06", 7), ("Manager, Market Analysis", None, None)]


def test_a_bilingual_supervisor_label_hrkit_knows_one_half_of(tmp_path: Path) -> None:
    doc = ("Title / Titre: Director General, Specific Claims / Directeur général, Revendications particulières\n"
           "Position No. / No du poste: 53364\n"
           "Reporting to / Se rapporte à: Assistant Deputy Minister, Resolution / Sous-ministre adjoint, Résolution "
           "(EX-04), position 53300\nGeographic Location / Emplacement géographique: Gatineau, Quebec\n"
           + BODY.format(structure=""))
    root, _ = _import(tmp_path, "bilingual.txt", doc)
    record = _record(root, "53364")
    assert record["reports_to"] == "53300" and record["location"] == "Gatineau, QC"
    assert record["supervisor"] == {"title": "Assistant Deputy Minister, Resolution", "classification": "EX-04"}


def test_a_pdf_table_of_reports_in_columns_of_spaces(tmp_path: Path) -> None:
    page = ("Position Title: Director General, Data Centre Services\nPosition Number: 61200\n"
            + BODY.format(structure="ORGANIZATION STRUCTURE\nThe position reports to the ADM, Hosting.\n"
                                    "Position                                  Group/Level    FTEs\n"
                                    "Director, Data Centre Operations          EX-01          126\n"
                                    "Director, Cloud Brokering                 EX-01          34\n"))
    root, _ = _import(tmp_path, "table.pdf", pdf_bytes([page]))
    assert _reports(root, "61200", 2) == [("Director, Data Centre Operations", "EX-01", 126),
                                          ("Director, Cloud Brokering", "EX-01", 34)]


def test_dimensions_in_a_sentence_under_a_title_case_heading_of_a_scan(tmp_path: Path) -> None:
    scan = ("WORK DESCRIPTION Position Title: Director, Digital Academy Position Number: 88205 Client Service Results "
            "Designs and delivers learning in digital government, data and design for public servants across the "
            "federal public service, with departments, universities and private learning providers as partners. "
            "Key Activities - Sets the curriculum of the Academy. "
            "- Evaluates learning outcomes. Organization Structure The Director reports to the Vice-President, "
            "Learning Services. Dimensions The position manages a salary budget of $2.31 M and an O&M budget of "
            "$1.07 M, for a total of $3.38 M, with a staff of 24. Signatures Employee: Barnaby Quist")
    root, text = _import(tmp_path, "academy.txt", "--- Full Extracted Text ---\n" + scan)
    dims = _record(root, "88205")["dimensions"]
    assert (dims["salary"], dims["o_and_m"], dims["total"]) == (2_310_000, 1_070_000, 3_380_000)
    assert "Quist" not in text


def test_a_forms_boxes_read_as_labels_over_values(tmp_path: Path) -> None:
    """Old forms' boxes as text gives them: two labels on a line, their values under them."""
    doc = ("POSITION DESCRIPTION / DESCRIPTION DE POSTE\n\n"
           "POSITION NUMBER                             EFFECTIVE DATE\n"
           "66035                                       2016/12/05\n\n"
           "POSITION TITLE                                          CLASSIFICATION\n"
           "Director, Prairie and Arctic Storm Prediction Centre    EX-01\n\n"
           "SUPERVISOR'S POSITION NUMBER                SUPERVISOR'S POSITION TITLE\n"
           "66000                                       Director General, Prediction Services\n"
           + BODY.format(structure=""))
    root, _ = _import(tmp_path, "boxes.txt", doc)
    record = _record(root, "66035")
    assert (record["title"], record["classification"], record["effective_date"], record["reports_to"]) == (
        "Director, Prairie and Arctic Storm Prediction Centre", "EX-01", dt.date(2016, 12, 5), "66000")
    assert record["supervisor"]["title"] == "Director General, Prediction Services"


def test_counts_written_after_or_before_a_title(tmp_path: Path) -> None:
    structure = ("Organization Structure\nReporting to the Director are:\n"
                 "- PE-05 – Manager, Staffing Services, 16 employees\n"
                 "* 6 FTE - Duty Officer Coordinator\n")
    doc = "Position Title: Director, HR Services\nPosition Number: 118440\n" + BODY.format(structure=structure)
    root, _ = _import(tmp_path, "counts.txt", doc)
    assert _reports(root, "118440", 2) == [("Manager, Staffing Services", "PE-05", 16),
                                           ("Duty Officer Coordinator", None, 6)]


def test_amounts_whose_label_follows_them(tmp_path: Path) -> None:
    structure = ("Dimensions\nThe Director General manages a staff of 33 and an annual budget of $3.26M in salaries "
                 "and $420K in operating and maintenance funds, $3.68M in all.\n")
    doc = "Position Title: Director General, Saskatchewan\nPosition Number: 70001\n" + BODY.format(structure=structure)
    root, _ = _import(tmp_path, "amounts.txt", doc)
    dims = _record(root, "70001")["dimensions"]
    assert (dims["fte"], dims["salary"], dims["o_and_m"], dims["total"]) == (33, 3_260_000, 420_000, 3_680_000)


def test_an_english_and_a_french_table_of_the_same_reports_are_read_once(tmp_path: Path) -> None:
    structure = ("Organization Structure / Structure de l'organisation\n"
                 "| Position Title | Group/Level | FTEs |\n| Director, Weapons Effects | DS-07 | 88 |\n"
                 "| Director, Research Operations | EX-01 | 45 |\n"
                 "| Titre du poste | Groupe et niveau | ETP |\n| Directeur, Effets des armes | DS-07 | 88 |\n"
                 "| Directrice, Opérations de recherche | EX-01 | 45 |\n")
    doc = ("Position Title / Titre du poste: Director General, Valcartier / Directeur général, Valcartier\n"
           "Position Number / Numéro du poste: 340001\n" + BODY.format(structure=structure))
    root, _ = _import(tmp_path, "tables.md", doc)
    assert _reports(root, "340001", 2) == [("Director, Weapons Effects", "DS-07", 88),
                                           ("Director, Research Operations", "EX-01", 45)]


def test_dot_leaders_and_the_fourth_corpus_labels(tmp_path: Path) -> None:
    """``Label.......value`` lines, labels in other wordings, a supervisor written ``Title / 00800``."""
    doc = ("WORK DESCRIPTION - EX GROUP\nJob Title.........................Director, Registry Operations\n"
           "Classification....................EX-01\nJob Code #........................201117\n"
           "Pos #.............................00842\nEffective date of classification....2022.01.10\n"
           "Location of Position..............Ottawa, Ontario\n"
           "Reports to (Title/Position #).....Deputy Chief Administrator, Registry Services / 00800\n"
           "Group/Level of Supervisor.........EX-03\n" + BODY.format(structure=""))
    root, _ = _import(tmp_path, "leaders.txt", doc)
    record = _record(root, "00842")
    assert (record["job_code"], record["effective_date"], record["location"], record["reports_to"]) == (
        "201117", dt.date(2022, 1, 10), "Ottawa, ON", "00800")
    assert record["supervisor"] == {"title": "Deputy Chief Administrator, Registry Services", "classification": "EX-03"}


def test_a_reports_count_on_the_line_after_it(tmp_path: Path) -> None:
    structure = ("Organization Structure\nThe following positions report to the Director:\n"
                 "Manager, Lock Operations (GL-MAN-12)\n64 FTEs\nManager, Water Management (EG-07)\n6 FTEs\n")
    doc = "Position Title: Director, Rideau Canal\nPosition Number: 4410\n" + BODY.format(structure=structure)
    root, _ = _import(tmp_path, "next-line.txt", doc)
    assert _reports(root, "4410", 2) == [("Manager, Lock Operations", "GL-MAN-12", 64),
                                         ("Manager, Water Management", "EG-07", 6)]


def _dimensions(tmp_path: Path, name: str, dims: str) -> dict:
    doc = "Position Title: Director, Research\nPosition Number: 70500\n" + BODY.format(structure=dims)
    root, _ = _import(tmp_path, name, doc)
    return _record(root, "70500")["dimensions"]


def test_dimensions_in_the_shapes_forms_give_them(tmp_path: Path) -> None:
    expected = {"fte": 74, "salary": 8_900_000, "o_and_m": 3_100_000, "total": 12_000_000}
    shapes = {
        "one-row.md": "Dimensions\n| FTEs | Salary ($) | O&M ($) | Total ($) |\n|---|---|---|---|\n"
                      "| 74 | 8,900,000 | 3,100,000 | 12,000,000 |\n",
        "boxes.txt": "Dimensions\nFTEs   Salary ($)   O&M ($)     Total ($)\n74     8,900,000    3,100,000   12,000,000\n",
        "label-over-value.txt": "Dimensions\nFTEs\n74\nSalary Budget\n$8,900,000\nO&M Budget\n$3,100,000\n"
                                "Total\n$12,000,000\n",
        "sentence.txt": "Dimensions\nThe position manages 74 full-time equivalents, a salary budget of $8.9M and an "
                        "operating and maintenance budget of $3.1M, for a total of $12M.\n",
        "spaces.txt": "Dimensions\nBudget ($)\nSalaires: 8 900 000\nF et E: 3 100 000\nTotal: 12 000 000\nETP: 74\n",
    }
    for name, dims in shapes.items():
        got = _dimensions(tmp_path, name, dims)
        assert {k: got.get(k) for k in expected} == expected, name


def test_labels_worded_as_no_vocabulary_has_them_are_named_from_their_words(tmp_path: Path) -> None:
    """A form's own wording of a label (``Number of the Position``, ``Reporting Manager's
    Level``, ``Duty Station``) still fills its field; a person's name never does, and a known
    label always wins over a guessed one (``Designation of the Job`` before ``Position Title``)."""
    doc = ("WORK DESCRIPTION\nDesignation of the Job: Director, Research\nNumber of the Position: 70512\n"
           "Security Level: Secret\nReporting Manager's Level: EX-03\nDate Approved: 2021-05-03\n"
           "Duty Station: Ottawa, Ontario\nSupervisor Name: Jane Publicover\nPosition Title: Director, Research Programs\n"
           + BODY.format(structure=""))
    root, text = _import(tmp_path, "wordings.txt", doc)
    record = _record(root, "70512")
    assert (record["title"], record["effective_date"], record["location"]) == (
        "Director, Research Programs", dt.date(2021, 5, 3), "Ottawa, ON")
    assert record["supervisor"]["classification"] == "EX-03"
    assert "Publicover" not in text and "Secret" not in text


def test_labels_guessed_in_a_scans_run_and_fields_two_by_two_in_a_table(tmp_path: Path) -> None:
    run = ("--- Full Extracted Text ---\nWork Description - Executive Group Incumbent: Sandra KowalchukPortfolio "
           "Organization: Agriculture and Agri-Food Canada Descriptive Title: Director, Research, Lethbridge Grp/Lvl: "
           "EX01 JD Number: 340129 Incumbent Position Number: 53357 Effective Date: 17-Jan-2022 Supervisor "
           "Position #: 53300 Superior's Classification: EX-03 Section 1 - General Accountability Is accountable "
           "for the planning, delivery and continuous improvement of agricultural research at the centre, ensuring "
           "results for Canadians within approved resources and in compliance with legislation and policy. "
           "Section 2 - Specific Accountabilities - Provides expert advice and briefings to the senior executive "
           "committee and the Minister's office. - Manages human and financial resources, including staffing, "
           "labour relations and budget forecasting, and ensures compliance with Treasury Board policies.")
    (tmp_path / "run").mkdir()
    root, text = _import(tmp_path / "run", "run.txt", run)
    record = _record(root, "53357")
    assert (record["title"], record["classification"], record["job_code"], record["reports_to"]) == (
        "Director, Research, Lethbridge", "EX-01", "340129", "53300")
    assert record["supervisor"]["classification"] == "EX-03" and "Kowalchuk" not in text
    table = ("WORK DESCRIPTION\n| Employer | Canadian Nuclear Safety Commission | Official Title | Director, Uranium Mines |\n"
             "| Group & Level | EX-01 | Position Code | 67012 |\n| Standardized Job Code | 801146 | City/Province | "
             "Saskatoon, SK |\n" + BODY.format(structure=""))
    (tmp_path / "table").mkdir()
    root, _ = _import(tmp_path / "table", "table.md", table)
    record = _record(root, "67012")
    assert (record["title"], record["classification"], record["job_code"], record["location"]) == (
        "Director, Uranium Mines", "EX-01", "801146", "Saskatoon, SK")


def test_section_numbered_headings_in_a_run_and_a_bare_position_label(tmp_path: Path) -> None:
    run = ("--- Full Extracted Text ---\nEXECUTIVE WORK DESCRIPTION Position: Director, Farm Operations Level: EX-01 "
           "Position No: 88321 Effective From: 2019-06-03 Section 1 - General Accountability Is accountable for the "
           "planning, delivery and continuous improvement of agricultural research, ensuring results for Canadians "
           "within approved resources and in compliance with legislation and policy, with partners across the "
           "region and the country. Section 2 - Organization Structure Direct reports: - SE-RES-03 - Research "
           "Manager, Crops (46 full-time equivalents) Section 3 - Dimensions Human resources: 112 employees (FTEs) "
           "Personnel (salary): $ 13,200,000 Operations and maintenance budget: $ 2,870,000 Total resources: "
           "$ 16,070,000 Section 4 - Specific Accountabilities - Provides expert advice and briefings to the senior "
           "executive committee. - Manages human and financial resources, including staffing and budgets.")
    root, _ = _import(tmp_path, "sections.txt", run)
    record = _record(root, "88321")
    assert record["title"] == "Director, Farm Operations"
    dims = record["dimensions"]
    assert (dims["fte"], dims["salary"], dims["o_and_m"], dims["total"]) == (112, 13_200_000, 2_870_000, 16_070_000)
    assert _reports(root, "88321", 1) == [("Research Manager, Crops", "SE-RES-03", 46)]


def test_a_report_table_in_columns_of_spaces_a_position_name_and_a_heading_that_is_also_a_label(tmp_path: Path) -> None:
    doc = ("Position Name: Director, Rail Investigations\nPosition Number: 30615\nOrganisation: TSB\n\n"
           "General Accountability\nLeads the investigations of rail and pipeline occurrences.\n\nOrganisation:\n"
           "Le titulaire compte deux subordonnés directs, qui dirigent chacun une équipe régionale d'enquêteurs.\n"
           "Title                           Classification   Staff\n"
           "Senior Investigator, Rail       TI-08            14\n"
           "Manager, Regional Operations    TI-08            9\n\n"
           "Specific Accountabilities\n1. Directs the investigations.\n2. Manages the resources of the unit.\n")
    root, _ = _import(tmp_path, "spaces.txt", doc)
    record = _record(root, "30615")
    assert (record["title"], record["department"]) == ("Director, Rail Investigations", "TSB")
    assert _reports(root, "30615", 2) == [("Senior Investigator, Rail", "TI-08", 14),
                                          ("Manager, Regional Operations", "TI-08", 9)]


def test_ids_a_header_date_and_the_reporting_positions_number(tmp_path: Path) -> None:
    """``Job ID``, ``Position ID``, ``Date:`` among the header's fields (a signature's date stays
    a signature's), ``Reporting Position Number`` (the supervisor's)."""
    doc = ("EX Position Description\nName of Position:        Director, Service Delivery, Western Area\n"
           "Job ID: 404440\nPosition ID: 77102\nDate:                    2023/02/27\n"
           "Reporting Position Number: 15000\nReports To: Director General, Field Operations\n"
           + BODY.format(structure="") + "\nSignatures\nIncumbent: Robin Quist   Date: 2023/03/01\n")
    root, text = _import(tmp_path, "ids.txt", doc)
    record = _record(root, "77102")
    assert (record["title"], record["job_code"], record["effective_date"], record["reports_to"]) == (
        "Director, Service Delivery, Western Area", "404440", dt.date(2023, 2, 27), "15000")
    assert "Quist" not in text


def test_a_french_label_with_a_lower_case_word_in_a_scans_run(tmp_path: Path) -> None:
    run = ("--- Full Extracted Text ---\nDESCRIPTION DE POSTE EX Titre officiel : Directrice, Opérations du Service "
           "météorologique, Québec Classification du poste : EX 0I Numéro de DT : 110390 Poste n° : 44812 "
           "N° de poste du supérieur : 44800 Entrée en vigueur : juin 2022 RESPONSABILITÉ GÉNÉRALE Assure la "
           "gestion des prévisions et avertissements météorologiques au Québec, des ressources humaines et "
           "financières confiées à l'unité, et la représente auprès des partenaires fédéraux, provinciaux et "
           "municipaux ainsi qu'auprès des médias lors des événements météorologiques importants. "
           "RESPONSABILITÉS PRINCIPALES - Dirige les opérations de prévision. - Gère les ressources de l'unité.")
    root, _ = _import(tmp_path, "fr-run.txt", run)
    record = _record(root, "44812")
    assert (record["title"], record["job_code"], record["reports_to"], record["effective_date"]) == (
        "Directrice, Opérations du Service météorologique, Québec", "110390", "44800", dt.date(2022, 6, 1))


def test_reg_codes_of_the_nuclear_and_energy_regulators(tmp_path: Path) -> None:
    structure = ("Organization Structure\nPositions reporting directly to the incumbent:\n"
                 "Technical Lead, Pipeline Integrity (REG-08) – 12 FTEs\n"
                 "Senior Project Officer, REG-07, 9 FTE\n")
    doc = "Position Title: Director, Pipeline Safety\nPosition Number: 67012\n" + BODY.format(structure=structure)
    root, _ = _import(tmp_path, "reg.txt", doc)
    assert _reports(root, "67012", 2) == [("Technical Lead, Pipeline Integrity", "REG-08", 12),
                                          ("Senior Project Officer", "REG-07", 9)]


def test_two_columns_side_by_side_in_a_scan(tmp_path: Path) -> None:
    """A page read with its layout kept: the organization in the left column, the dimensions in
    the right one (prose beside a small table of amounts), sentences wrapped from line to line."""
    header = ("DESCRIPTION DE POSTE EX Titre descriptif : Directrice générale, Préservation Groupe-niveau : EX-3 "
              "Numéro du poste : 70301 Relève du : Sous-ministre adjoint, Gestion de la collection (EX04), poste 70300 "
              "I. RAISON D'ÊTRE DU POSTE Assure la gestion de la préservation du patrimoine documentaire, des "
              "ressources humaines et financières confiées à l'unité et la représente auprès des partenaires. "
              "II. CONTEXTE ET PORTÉE Parmi les principaux défis figurent le recrutement et le maintien en poste de "
              "personnel spécialisé, la modernisation des systèmes et l'information des intervenants du secteur.")
    columns = [("III. ORGANISATION", "IV. DONNÉES QUANTITATIVES"),
               ("Le titulaire compte trois subordonnés directs :", "L'unité compte un effectif de 132 employés."),
               ("Directeur, Laboratoires de conservation (EX-1,", "Budget                        Montant"),
               ("effectif de 48); Directeur, Numérisation et", "Masse salariale               11 900 000 $"),
               ("reformatage (EX-1, effectif de 63); et", "Fonctionnement et entretien   2 750 000 $"),
               ("Gestionnaire, Centre de préservation (AS-06,", "Budget total                  14 650 000 $"),
               ("effectif de 21); Conseiller principal (EC-07,", ""),
               ("effectif de 1).", "")]
    page = "\n".join(f"{left:<50}{right}".rstrip() for left, right in columns)
    tail = ("V. PRINCIPALES RESPONSABILITÉS - Établit le plan opérationnel annuel et rend compte des résultats. "
            "- Gère les ressources humaines et financières de l'unité.")
    root, _ = _import(tmp_path, "colonnes.txt", f"--- Full Extracted Text ---\n{header}\n{page}\n{tail}\n")
    dims = _record(root, "70301")["dimensions"]
    assert (dims["fte"], dims["salary"], dims["o_and_m"], dims["total"]) == (132, 11_900_000, 2_750_000, 14_650_000)
    assert _reports(root, "70301", 4) == [("Directeur, Laboratoires de conservation", "EX-01", 48),
                                          ("Directeur, Numérisation et reformatage", "EX-01", 63),
                                          ("Gestionnaire, Centre de préservation", "AS-06", 21),
                                          ("Conseiller principal", "EC-07", 1)]


def test_a_form_with_its_values_in_a_column_is_no_page_of_two_columns(tmp_path: Path) -> None:
    doc = ("Titre du poste :                        Directeur régional, Services du Québec et de l'Atlantique\n"
           "Groupe et niveau :                      EX 01\n"
           "Numéro de poste :                       24906\n"
           "Organisation :                          Commission de la fonction publique du Canada\n"
           "Emplacement géographique :              Montréal, Québec\n"
           "Supérieur immédiat :                    Directeur général, Services de soutien en dotation\n\n"
           "RAISON D'ÊTRE DU POSTE\nAssure la gestion des services de dotation au Québec et dans l'Atlantique.\n\n"
           "PRINCIPALES RESPONSABILITÉS\n1. Dirige les services de dotation.\n2. Gère les ressources de l'unité.\n")
    root, _ = _import(tmp_path, "formulaire.txt", doc)
    record = _record(root, "24906")
    assert (record["title"], record["classification"], record["department"], record["location"]) == (
        "Directeur régional, Services du Québec et de l'Atlantique", "EX-01",
        "Commission de la fonction publique du Canada", "Montréal, QC")


def test_two_columns_in_a_scans_run_with_words_split_at_a_lines_end(tmp_path: Path) -> None:
    """The same in a scan run together (its first line hundreds of characters long): each column
    read in turn, ``(110 full-`` / ``time equivalents)`` one word, and ``III. ORGANISATION``
    (a heading only on its own line elsewhere) a heading in the run."""
    header = ("EXECUTIVE WORK DESCRIPTION Working Title: Field Unit Superintendent, Banff Classification Level: EX01 "
              "Pos No: 40988 Dept.: Parks Canada Agency Supervisor Pos. No.: 40900 CLIENT SERVICE RESULTS: Directs "
              "Banff National Park and provides strategic advice to senior management on program direction, risks "
              "and priorities. " + "The unit's work must be scientifically sound and legally defensible. " * 6)
    columns = [("III. ORGANISATION", "FINANCIAL AND HUMAN RESOURCES:"),
               ("Direct reports:", "FTEs: 248"),
               ("- EG-07 - Resource Conservation Manager (45", "The position manages a budget of"),
               ("full-time equivalents)", "$31,100,000, made up of $21,700,000 in"),
               ("- PM-06 - Visitor Experience Manager (110 full-", "salary and $9,400,000"),
               ("time equivalents)", "in operating and maintenance funds."),
               ("- PM-06 - Townsite and Realty Manager (18 full-", ""),
               ("time equivalents)", "")]
    page = "\n".join(f"{left:<50}{right}".rstrip() for left, right in columns)
    tail = "KEY ACTIVITIES: - Provides expert advice and briefings. - Manages human and financial resources."
    root, _ = _import(tmp_path, "banff.txt", f"--- Full Extracted Text ---\n{header}\n{page}\n{tail}\n")
    dims = _record(root, "40988")["dimensions"]
    assert (dims["fte"], dims["salary"], dims["o_and_m"], dims["total"]) == (248, 21_700_000, 9_400_000, 31_100_000)
    assert _reports(root, "40988", 3) == [("Resource Conservation Manager", "EG-07", 45),
                                          ("Visitor Experience Manager", "PM-06", 110),
                                          ("Townsite and Realty Manager", "PM-06", 18)]


def test_a_labels_number_word_written_any_way_and_the_supervisor_named_any_way(tmp_path: Path) -> None:
    """``N° d'emploi`` as ``Numéro d'emploi``, ``Code de poste générique`` (the job, not the
    position), ``Numéro du poste du supérieur immédiat`` (the supervisor's, not the position's)."""
    doc = ("DESCRIPTION DE POSTE EX\nAppellation du poste : Directeur régional, Ports pour petits bateaux\n"
           "Niveau de classification : EX-01\nCode de poste générique : 118455\nN° du poste : 71902\n"
           "Numéro du poste du supérieur immédiat : 71900\nTitre du supérieur immédiat : Directeur général régional\n\n"
           "RAISON D'ÊTRE DU POSTE\nAssure la gestion des ports pour petits bateaux de la région.\n\n"
           "PRINCIPALES RESPONSABILITÉS\n1. Dirige les opérations portuaires.\n2. Gère les ressources de l'unité.\n")
    root, _ = _import(tmp_path, "ports.txt", doc)
    record = _record(root, "71902")
    assert (record["title"], record["classification"], record["job_code"], record["reports_to"]) == (
        "Directeur régional, Ports pour petits bateaux", "EX-01", "118455", "71900")
    assert record["supervisor"]["title"] == "Directeur général régional"
    english = ("Position Title: Director, Census Field Collection\nJob Reference: 300871\nPosition No.: 61204\n"
               "Reports to Position No.: 61000\nN° d'emploi: 300871\n" + BODY.format(structure=""))
    (tmp_path / "en").mkdir()
    root, _ = _import(tmp_path / "en", "census.txt", english)
    record = _record(root, "61204")
    assert (record["job_code"], record["reports_to"]) == ("300871", "61000")


def test_a_table_two_spaces_apart_under_a_capitalized_heading_that_is_also_a_label(tmp_path: Path) -> None:
    doc = ("Position Title: Director, Census Field Operations\nPosition Number: 52040\n"
           "GENERAL ACCOUNTABILITY\nPlans and runs the field collection of the census.\n"
           "ORGANIZATION\nThe following positions report to the incumbent:\n"
           "Position                                   Group/Level  FTEs\n"
           "Manager, Field Planning and Logistics      EC 07        21\n"
           "Manager, Regional Collection Coordination  EC-07        15\n"
           "Administrative Assistant                   CR 05        n/a\n"
           "SPECIFIC ACCOUNTABILITIES\n- Leads the renewal of the organization's programs.\n")
    root, _ = _import(tmp_path, "census.txt", doc)
    assert _reports(root, "52040", 3) == [("Manager, Field Planning and Logistics", "EC-07", 21),
                                          ("Manager, Regional Collection Coordination", "EC-07", 15),
                                          ("Administrative Assistant", "CR-05", None)]


def test_sentence_case_numbered_headings_in_a_run_and_a_b_read_for_an_8(tmp_path: Path) -> None:
    """``2. Structure de l'organisation`` (only its first word capitalized) is a heading in a
    scan's run; ``19B00`` where only a number stands is 19800."""
    run = ("--- Full Extracted Text ---\nDESCRIPTION DE TRAVAIL Titre du poste: Directeur général, Revendications "
           "particulières Groupe/niveau: EX-03 Numéro de poste: 19834 N° du poste du supérieur immédiat: 19B00 "
           "1.Responsabilité générale Le titulaire dirige l'évaluation et la négociation des revendications "
           "particulières des Premières Nations découlant des obligations du Canada en vertu des traités. "
           "2. Structure de l'organisation Le directeur général est appuyé par deux postes : le Directeur, "
           "Recherche et évaluation (EX 01, environ 41 employés), responsable de la recherche historique; le "
           "Directeur, Négociations (EX 01, environ 24 employés), responsable des ententes. 3. Nature et étendue "
           + "Le ministère réalise son mandat au moyen de programmes offerts partout au pays. " * 5 +
           "4. Données quantitatives Budget salarial : 13,7 M$ Fonctionnement et entretien : 1,1 M$ "
           "5. Responsabilités principales - Dirige les négociations. - Gère les ressources de l'unité.")
    root, _ = _import(tmp_path, "revendications.txt", run)
    record = _record(root, "19834")
    assert record["reports_to"] == "19800"
    assert (record["dimensions"]["salary"], record["dimensions"]["o_and_m"]) == (13_700_000, 1_100_000)
    assert _reports(root, "19834", 2) == [("Directeur, Recherche et évaluation", "EX-01", 41),
                                          ("Directeur, Négociations", "EX-01", 24)]


def test_a_reports_words_end_with_its_paragraph(tmp_path: Path) -> None:
    """The last report named in prose takes the rest of its sentence, not the sections after a
    heading written ``Nature &Scope:``."""
    structure = ("Organization Structure:\n\nThe Director is supported by two direct reports: the Manager, "
                 "Interpretation\nPrograms (PM 06, 14 FTEs), responsible for interpretation; the Manager, "
                 "Reservations and Fees (AS\n06, 11 FTEs), responsible for the national reservation service.\n\n"
                 "Nature &Scope:\n\nParks Canada delivers its mandate through programs and services.\n")
    doc = "Position Name: Director, Visitor Experience\nPosition #: 51873\n" + BODY.format(structure=structure)
    root, text = _import(tmp_path, "visitor.txt", doc)
    assert _reports(root, "51873", 2) == [("Manager, Interpretation Programs", "PM-06", 14),
                                          ("Manager, Reservations and Fees", "AS-06", 11)]
    assert "delivers its mandate" not in (root / "records/positions/51873-R2.yaml").read_text()


def test_dimensions_under_a_qualified_heading_and_labels_qualified_in_parentheses(tmp_path: Path) -> None:
    """``Dimensions (fiscal year)`` is a heading; ``an operating and maintenance (O&M) budget of``
    is the O&M, not the total; ``Staff (FTE)``, ``Total (all funds)``, ``Operating (non-salary)``."""
    prose = ("Position Title: Regional Director, Hydrographic Service\nPosition Number: 30411\n"
             "General Accountability\nLeads the surveying and charting of Arctic waters.\n"
             "Dimensions (fiscal year)\nThe organization has approximately 47 employees, a salary budget of "
             "$3,880,000.00, an operating and maintenance (O&M) budget of $2,740,000.00, for a total of $6,620,000.00.\n"
             "Specific Accountabilities\n1. Directs the surveys.\n")
    root, _ = _import(tmp_path, "prose.txt", prose)
    dims = _record(root, "30411")["dimensions"]
    assert (dims["fte"], dims["salary"], dims["o_and_m"], dims["total"]) == (47, 3_880_000, 2_740_000, 6_620_000)
    listed = ("Position Title: Director, Detector Dog Service\nPosition Number: 30412\n"
              "General Accountability\nLeads the detector dog program.\nKEY DIMENSIONS\nStaff (FTE): 26\n"
              "Salary budget: $2,150,000\nOperating (non-salary): $880,000\nTotal (all funds): $3,030,000\n"
              "Specific Accountabilities\n1. Directs the program.\n")
    (tmp_path / "listed").mkdir()
    root, _ = _import(tmp_path / "listed", "listed.txt", listed)
    dims = _record(root, "30412")["dimensions"]
    assert (dims["fte"], dims["salary"], dims["o_and_m"], dims["total"]) == (26, 2_150_000, 880_000, 3_030_000)


def test_bilingual_labels_with_one_half_known_or_none_over_their_values(tmp_path: Path) -> None:
    """``Title / Titre officiel`` (one half known), ``Posn # / Identificateur du poste`` (neither,
    named from its words) over their values; a bilingual value read in the document's language;
    ``Ottawa, Ontario, Canada`` a location."""
    doc = ("WORK DESCRIPTION / DESCRIPTION DE TRAVAIL\nTitle / Titre officiel\n"
           "Director, Parliamentary and Conference Interpretation / Directeur, Interprétation parlementaire et de "
           "conférences\nPosn # / Identificateur du poste\n77014\nPlace of Work / Emplacement du poste\n"
           "Ottawa, Ontario, Canada\n" + BODY.format(structure=""))
    root, _ = _import(tmp_path, "bilingual.txt", doc)
    record = _record(root, "77014")
    assert (record["title"], record["location"]) == ("Director, Parliamentary and Conference Interpretation",
                                                     "Ottawa, ON")


def test_headings_worded_as_no_vocabulary_has_them_named_from_their_words(tmp_path: Path) -> None:
    """``STRUCTURE OF THE ORGANIZATION:`` (not a label ``ORGANIZATION:``), ``BUDGET AND STAFF:``,
    ``OPERATING ENVIRONMENT:``; a report's note in brackets is not its title, nor ``The`` before it."""
    doc = ("Position Title: Director General, Preservation\nPosition Number: 20207\n"
           "POSITION SUMMARY:\nLeads the preservation of the documentary heritage.\n"
           "STRUCTURE OF THE ORGANIZATION:\nThe Director General is supported by two direct reports. The Director, "
           "Conservation Treatment (EX-1, 36 FTEs) leads the day-to-day work of that team. Director, Digital "
           "Preservation (EX-1, 22 FTEs) [position currently vacant]: manages a specialized group.\n"
           "OPERATING ENVIRONMENT:\nThe work is shaped by legislation and Treasury Board policy.\n"
           "BUDGET AND STAFF:\nThe incumbent manages a salary budget of 8.14 million dollars and an operating and "
           "maintenance budget of 2.96 million dollars, for a total of 11.1 million dollars.\n"
           "RESPONSIBILITIES:\nNegotiates and oversees contracts.\n")
    root, _ = _import(tmp_path, "worded.txt", doc)
    dims = _record(root, "20207")["dimensions"]
    assert (dims["salary"], dims["o_and_m"], dims["total"]) == (8_140_000, 2_960_000, 11_100_000)
    assert _reports(root, "20207", 2) == [("Director, Conservation Treatment", "EX-01", 36),
                                          ("Director, Digital Preservation", "EX-01", 22)]


def test_org_charts_drawn_as_boxes_and_as_a_tree(tmp_path: Path) -> None:
    box = "+" + "-" * 40 + "+"
    boxes = "\n".join(f"  {box}\n  | {title:<38} |\n  | {code} | {fte} FTEs{' ' * (30 - len(code) - len(fte))}|\n  {box}"
                      for title, code, fte in (("Resource Conservation Manager", "EG 07", "46"),
                                               ("Asset Manager, Highways", "EN-ENG 05", "61")))
    structure = f"ORGANIZATIONAL STRUCTURE\n{box}\n| Field Unit Superintendent, Banff (EX 02) |\n{box}\n" \
                f"                   |\n{boxes}\n"
    doc = "Title: Field Unit Superintendent, Banff\nPosition No.: 60215\n" + BODY.format(structure=structure)
    root, _ = _import(tmp_path, "boxes.txt", doc)
    assert _reports(root, "60215", 2) == [("Resource Conservation Manager", "EG-07", 46),
                                          ("Asset Manager, Highways", "EN-ENG-05", 61)]
    tree = ("ORGANIZATIONAL STRUCTURE:\nDirector, Heritage Canals Operations (EX01)\n"
            "   |-- Manager, Lock Operations - GL-MAN-13 - 74 FTEs\n"
            "   `-- Manager, Dams and Bridges - EN-ENG-05 - 21 FTEs (vacant)\n")
    doc = "Title: Director, Heritage Canals Operations\nPosition No.: 62011\n" + BODY.format(structure=tree)
    (tmp_path / "tree").mkdir()
    root, _ = _import(tmp_path / "tree", "tree.txt", doc)
    assert _reports(root, "62011", 2) == [("Manager, Lock Operations", "GL-MAN-13", 74),
                                          ("Manager, Dams and Bridges", "EN-ENG-05", 21)]


def test_a_forms_labels_on_one_line_and_its_values_on_the_next(tmp_path: Path) -> None:
    """A form scanned row by row, single spaces between its boxes: each value found by its kind
    (a code, a number, a date, a place ending with its province, words up to the next value);
    labels hrkit has no phrase for named from their words, two run together split."""
    doc = ("EXECUTIVE WORK DESCRIPTION\n"
           "Title of Position Group & Level Job ID Position Reference Number Effective Date of Description "
           "Organization Duty Station Supervisor Position Number Immediate Supervisor's Title Classification of "
           "Supervisor\nRegional Director General, Alberta Region EX 03 ISC-EX-0412 4SO0I April 1st, 2023 "
           "Indigenous Services Canada Edmonton (Alberta) 4400O Assistant Deputy Minister, Regional Operations EX 0S\n"
           + BODY.format(structure=""))
    root, _ = _import(tmp_path, "rows.txt", doc)
    record = _record(root, "45001")
    assert (record["title"], record["classification"], record["job_code"], record["effective_date"]) == (
        "Regional Director General, Alberta Region", "EX-03", "ISC-EX-0412", dt.date(2023, 4, 1))
    assert (record["location"], record["reports_to"], record["supervisor"]["title"],
            record["supervisor"]["classification"]) == (
        "Edmonton, AB", "44000", "Assistant Deputy Minister, Regional Operations", "EX-05")


def test_a_table_with_a_scans_specks_between_its_rows_and_counts_after_a_dash(tmp_path: Path) -> None:
    """A heading that is also a label (``Organization``) before a blank line is a heading; a
    line of specks between a table's rows does not end it; ``(NU-HOS 06) – around 96 employees``
    and ``(MD-MSP02) – a staff of 12`` give the report's count and subgroup."""
    structure = ("Organization\n\nThe Director is one of 4\npositions reporting to the Director General.\n"
                 "Direct reports:\nPosition                              Classification    Staff\n"
                 "Manager, Flight Operations            EN-ENG05          21\n  4~ 'J /^\\ ll ,    O9 -IO\n"
                 "Manager, Data Reception Stations      EG07              12\n\n"
                 "• Manager, Medical Advisory Services (MD-MSP02) – a staff of 12\n"
                 "• Chief, Health Services (NU-HOS 06) – around 96 employees\n")
    doc = "Position Title: Director, Mission Operations\nPosition Number: 90301\n" + BODY.format(structure=structure)
    root, _ = _import(tmp_path, "specks.txt", doc)
    assert _reports(root, "90301", 4) == [("Manager, Flight Operations", "EN-ENG-05", 21),
                                          ("Manager, Data Reception Stations", "EG-07", 12),
                                          ("Manager, Medical Advisory Services", "MD-MSP-02", 12),
                                          ("Chief, Health Services", "NU-HOS-06", 96)]


def _docx_with_a_text_box(before: list[str], box: list[str], after: list[str]) -> bytes:
    """A Word file whose fields are drawn in a text box anchored after ``before`` (as Word
    saves one: the drawing, and a copy for older readers that must not be read twice)."""
    import io

    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    for line in before:
        document.add_paragraph(line)
    ns = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
          'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
          'xmlns:v="urn:schemas-microsoft-com:vml"')
    content = "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{line}</w:t></w:r></w:p>" for line in box)
    run = parse_xml(f"<w:r {ns}><mc:AlternateContent><mc:Choice Requires=\"wps\"><wps:txbx><w:txbxContent>{content}"
                    f"</w:txbxContent></wps:txbx></mc:Choice><mc:Fallback><v:textbox><w:txbxContent>{content}"
                    f"</w:txbxContent></v:textbox></mc:Fallback></mc:AlternateContent></w:r>")
    document.add_paragraph()._p.append(run)
    for line in after:
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_forms_fields_in_a_text_box_after_the_first_section(tmp_path: Path) -> None:
    """Fields drawn in a Word text box placed after the first section are read (once), with
    labels known or named from their words (``Position ID``, ``WD Effective Date``, ``City/Province``)."""
    content = _docx_with_a_text_box(
        ["Work Description - Executive (EX) Group", "General Accountability",
         "The Director is accountable for the federal centre of expertise on gender-based analysis."],
        ["Position Title: Director, Gender-based Analysis Plus Centre of Expertise", "Level: EX-01",
         "Position ID: 3318", "WD Effective Date: 2022/07/04", "City/Province: Ottawa, Ontario, Canada",
         "Superior's Position No.: 3300"],
        ["Specific Accountabilities", "Directs the centre's training and tools."])
    root, text = _import(tmp_path, "box.docx", content)
    record = _record(root, "3318")
    assert (record["title"], record["classification"], record["effective_date"], record["location"],
            record["reports_to"]) == ("Director, Gender-based Analysis Plus Centre of Expertise", "EX-01",
                                      dt.date(2022, 7, 4), "Ottawa, ON", "3300")
    assert text.count("Gender-based Analysis Plus Centre of Expertise") == 1


def test_dimension_labels_with_a_word_between_and_a_word_split_over_two_lines(tmp_path: Path) -> None:
    """``Salary expenditures:``, ``O&M allocation:``, ``Total (Salary + O&M):``; ``mai-`` /
    ``ntenance`` is one word again (``full-`` / ``time`` keeps its hyphen)."""
    listed = ("Position Title: Director, Real Property Operations\nPosition Number: 10287\n"
              "General Accountability\nOperates the defence real property portfolio.\nDimensions\n"
              "Salary expenditures: $27.4 M\nO&M allocation: $41.2 M\nTotal (Salary + O&M): $68.6 M\n"
              "Specific Accountabilities\n1. Directs the operations.\n")
    root, _ = _import(tmp_path, "listed.txt", listed)
    dims = _record(root, "10287")["dimensions"]
    assert (dims["salary"], dims["o_and_m"], dims["total"]) == (27_400_000, 41_200_000, 68_600_000)
    prose = ("Position Title: Director, Visitor Experience\nPosition Number: 51873\n"
             "General Accountability\nLeads national programs for visitors.\nDimensions (fiscal year)\n"
             "The organization has 35 full-\ntime equivalents, a salary budget of $3.18 M, an operating and mai-\n"
             "ntenance (O&M) budget of $1.25 M, for a total of $4.43 M.\n"
             "Specific Accountabilities\n1. Directs the programs.\n")
    (tmp_path / "prose").mkdir()
    root, _ = _import(tmp_path / "prose", "prose.txt", prose)
    dims = _record(root, "51873")["dimensions"]
    assert (dims["fte"], dims["salary"], dims["o_and_m"], dims["total"]) == (35, 3_180_000, 1_250_000, 4_430_000)


def test_a_scans_run_with_worded_headings_in_capitals_and_a_table_run_together(tmp_path: Path) -> None:
    """In a scan's run: ``STRUCTURE OF THE ORGANIZATION``, ``BUDGET AND STAFF`` (headings no
    vocabulary has, named from their words; not ``FTE`` or an OCR'd amount before them); a table
    of reports whose rows run together after its header; ``I  100 000 $`` one amount."""
    run = ("--- Full Extracted Text ---\nEXECUTIVE WORK DESCRIPTION Position Name: Field Unit Superintendent, Banff "
           "Group-Level: EX02 Pos. Number: 602I5 Department: Parks Canada Agency POSITION SUMMARY Leads the "
           "operation of Banff National Park, balancing ecological integrity with visitor experience. "
           + "The park is Canada's most visited protected place. " * 6 +
           "STRUCTURE OF THE ORGANIZATION The following positions report to the incumbent: "
           "Position                              Group/Level  FTEs Resource Conservation Manager         EG-07"
           "        46 Asset Manager, Highways and Townsite  EN-ENG-05    6I Public Safety Specialist              "
           "GT-06        18 NATURE & SCOPE The work is shaped by legislation. BUDGET AND STAFF Salary: $23,600,O00 "
           "O&M: I  100 000 $ Total: $37,8O0,0O0 Human resources: a staff of 232 in the directorate. "
           "RESPONSIBILITIES - Leads the renewal of the organization's programs.")
    root, _ = _import(tmp_path, "run.txt", run)
    dims = _record(root, "60215")["dimensions"]
    assert (dims["salary"], dims["o_and_m"], dims["total"]) == (23_600_000, 1_100_000, 37_800_000)
    assert _reports(root, "60215", 3) == [("Resource Conservation Manager", "EG-07", 46),
                                          ("Asset Manager, Highways and Townsite", "EN-ENG-05", 61),
                                          ("Public Safety Specialist", "GT-06", 18)]


def test_long_run_labels_a_lettered_organisation_heading_and_the_supervisor_in_its_prose(tmp_path: Path) -> None:
    """In a French scan's run: ``Numéro de référence du poste :`` (five words), ``Poste :`` after
    the document's title in capitals, ``B. Organisation`` a heading, and the supervisor read from
    ``Le poste relève du ... (EX 0S, poste 27000)``."""
    run = ("--- Full Extracted Text ---\nDESCRIPTION DE TRAVAIL – GROUPE DE LA DIRECTION Poste : Directrice générale, "
           "Commission géologique du Canada – Québec Niveau de classification : EX 02 Numéro de référence du poste : "
           "27305 A. Responsabilités générales Dirige le bureau de Québec de la Commission géologique du Canada. "
           + "Le bureau cartographie le territoire et diffuse ses données aux provinces. " * 6 +
           "B. Organisation Le poste relève du Sous-ministre adjoint, Secteur des terres et des minéraux (EX 0S, "
           "poste 27000), à qui il rend compte de l'ensemble des résultats de la direction. C. Nature et étendue "
           "Le travail est encadré par la loi. E. Responsabilités particulières - Dirige le renouvellement des "
           "programmes.")
    root, _ = _import(tmp_path, "cgc.txt", run)
    record = _record(root, "27305")
    assert (record["title"], record["reports_to"], record["supervisor"]["title"],
            record["supervisor"]["classification"]) == (
        "Directrice générale, Commission géologique du Canada – Québec", "27000",
        "Sous-ministre adjoint, Secteur des terres et des minéraux", "EX-05")


def test_an_org_chart_at_the_top_names_the_supervisor_and_the_reports(tmp_path: Path) -> None:
    """A chart before the fields: the supervisor's box (``(EX03) [90000]``) hung above the
    position's, the reports indented under it (no branches drawn), a French document."""
    doc = ("DESCRIPTION DE TRAVAIL – GROUPE DE LA DIRECTION\n"
           "Directrice générale, Utilisation de l'espace (EX03) [90000]\n   |\n"
           "Directeur, Exploitation des satellites (EX01)\n"
           "        Gestionnaire, Centre de contrôle des missions - EN-ENG-05 - 24 ETP\n"
           "        Gestionnaire, Stations terrestres - EN-ENG-04 - 12 ETP\n"
           "Intitulé du poste: Directeur, Exploitation des satellites\nNuméro de poste: 90077\n"
           "1. RESPONSABILITÉS GÉNÉRALES\nDirige l'exploitation en orbite des satellites canadiens.\n"
           "2. CONTEXTE ORGANISATIONNEL\n3. RESPONSABILITÉS PARTICULIÈRES\nNégocie et supervise les contrats.\n")
    root, _ = _import(tmp_path, "organigramme.txt", doc)
    record = _record(root, "90077")
    assert (record["reports_to"], record["supervisor"]["title"], record["supervisor"]["classification"]) == (
        "90000", "Directrice générale, Utilisation de l'espace", "EX-03")
    assert _reports(root, "90077", 2) == [("Gestionnaire, Centre de contrôle des missions", "EN-ENG-05", 24),
                                          ("Gestionnaire, Stations terrestres", "EN-ENG-04", 12)]


def test_labels_over_their_values_a_value_going_on_in_parentheses_and_the_current_years_figures(tmp_path: Path) -> None:
    """``Official Position Title :`` over its value (a label named from its words), ``Reports To
    (title, level, position): ...`` going on with ``(EX-2), position 10400`` on the next line, and a
    table of fiscal years read in the one marked current."""
    doc = ("Official Position Title :\nDirector, Census Field Operations\nPosition Number: 52040\n"
           "Reports To (title, level, position):  Director General, Census Management\n(EX-3), position 50800\n"
           "GENERAL ACCOUNTABILITY\nPlans and runs the field collection of the census.\nKEY DIMENSIONS\n"
           "                 2020-21     2021-22 (current)  2022-23\n"
           "Salary envelope  $5,980,000  $6,450,000         $48,700,000\n"
           "O & M            $2,100,000  $2,900,000         $31,200,000\n"
           "Grand total      $8,080,000  $9,350,000         $79,900,000\n"
           "SPECIFIC ACCOUNTABILITIES\n- Leads the renewal of the organization's programs.\n")
    root, _ = _import(tmp_path, "years.txt", doc)
    record = _record(root, "52040")
    assert (record["title"], record["reports_to"], record["supervisor"]["classification"]) == (
        "Director, Census Field Operations", "50800", "EX-03")
    dims = record["dimensions"]
    assert (dims["salary"], dims["o_and_m"], dims["total"]) == (6_450_000, 2_900_000, 9_350_000)


def test_an_hr_systems_position_report(tmp_path: Path) -> None:
    """A printout of an HR system: ``Position: 3311208`` and ``Reports To: 3311000`` (numbers, not
    titles), ``Descr:`` the title; the supervisor's title named in the organization's prose."""
    doc = ("WORK DESCRIPTION - EXECUTIVE (EX) GROUP\nPosition Report: Run 2022/04/12\nPosition: 3311208\n"
           "Status: Active\nDescr: Director General, Enterprise Data Centre Operations\nJob Code: 905741\n"
           "Group/Level: EX03\nReports To: 3311000\nWork Location: Borden, Ontario\n"
           + BODY.format(structure="ORGANIZATION STRUCTURE\nThe Director General is one of 5 positions reporting to "
                                   "the Assistant Deputy Minister, Hosting Services.\n"))
    root, _ = _import(tmp_path, "printout.txt", doc)
    record = _record(root, "3311208")
    assert (record["title"], record["job_code"], record["reports_to"], record["supervisor"]["title"]) == (
        "Director General, Enterprise Data Centre Operations", "905741", "3311000",
        "Assistant Deputy Minister, Hosting Services")


def test_position_numbers_with_a_departments_prefix_and_the_supervisors_after_its_title(tmp_path: Path) -> None:
    """``GAC 14852`` (a prefix and a space: ``GAC-14852``, to verify), ``(EX-O3), position GAC 14800``,
    ``EX-04 (pos. CFIA-30400)``, ``- Position No. HC-59000``; labels with a dash between their
    words (``Supervisor - title``); ``Halifax, N.S.``."""
    doc = ("Title: Director, Consular Case Management\nPos. No.: GAC 14852\nClassification: EX-01\n"
           "Supervisor: Director General, Consular Operations (EX-O3), position GAC 14800\n"
           "Work Location: Halifax, N.S.\n" + BODY.format(structure=""))
    root, _ = _import(tmp_path, "gac.txt", doc)
    record = _record(root, "GAC-14852")
    assert (record["reports_to"], record["supervisor"]["classification"], record["location"]) == (
        "GAC-14800", "EX-03", "Halifax, NS")
    for index, (label, value) in enumerate((("Supervisor", "Vice-President, Policy and Programs, EX-04 (pos. CFIA-30400)"),
                                            ("Reports to", "Director General, Controlled Substances (EX-05) - "
                                                           "Position No. HC-59000"))):
        doc = (f"Title: Executive Director, Meat Programs\nPosition number: CFIA-3041{index}\n{label}: {value}\n"
               + BODY.format(structure=""))
        (tmp_path / str(index)).mkdir()
        root, _ = _import(tmp_path / str(index), "cfia.txt", doc)
        assert _record(root, f"CFIA-3041{index}")["reports_to"] == ("CFIA-30400", "HC-59000")[index]
    dashed = ("Position title\nRegional Director General, Manitoba\nPosition number\n00031420\n"
              "Supervisor - position number\n00031000\nSupervisor - title\nSenior Assistant Deputy Minister\n"
              + BODY.format(structure=""))
    (tmp_path / "dashed").mkdir()
    root, _ = _import(tmp_path / "dashed", "isc.txt", dashed)
    record = _record(root, "00031420")
    assert (record["reports_to"], record["supervisor"]["title"]) == ("00031000", "Senior Assistant Deputy Minister")


def test_reports_after_a_reports_to_line_in_prose_elsewhere_code_first_and_bilingual(tmp_path: Path) -> None:
    """``Reports to:`` inside the organization's section does not end it; code first with no dash
    (``• EX-O1 Director, Funding Services (S2 FTEs)``); a bilingual title read in the document's
    language; reports named in another section when there is no organization section."""
    structure = ("Reporting relationships\nReports to: Director General, Registry Services (EX-03), position CAS-11000\n"
                 "Direct reports:\nManager, Registry Operations Toronto (AS-04) - 32 FTE\n"
                 "• EX-O1 Director, Funding Services (S2 FTEs): funding agreements\n"
                 "Director, Air Travel Complaints / Directrice, Plaintes relatives au transport aérien (EX-01, 9 FTEs)\n")
    doc = "Title: Director, Registry Operations\nPosition Number: CAS-11047\n" + BODY.format(structure=structure)
    root, _ = _import(tmp_path, "cas.txt", doc)
    assert _record(root, "CAS-11047")["reports_to"] == "CAS-11000"
    assert _reports(root, "CAS-11047", 3) == [("Manager, Registry Operations Toronto", "AS-04", 32),
                                              ("Director, Funding Services", "EX-01", 52),
                                              ("Director, Air Travel Complaints", "EX-01", 9)]
    elsewhere = ("Title: Executive Director, Vaccine Supply\nPosition number: 90011\nB. General Accountability\n"
                 "Leads the national allocation of vaccine supply.\nC. Nature and Scope\nThe following two (2) positions "
                 "report to the Executive Director: the Director, Allocation and Distribution (EX-01, staff of 28); "
                 "the Manager, Supply Data and Forecasting (EC-06, 11 FTE).\nD. Specific Accountabilities\n1. Leads.\n")
    (tmp_path / "elsewhere").mkdir()
    root, _ = _import(tmp_path / "elsewhere", "phac.txt", elsewhere)
    assert _reports(root, "90011", 2) == [("Director, Allocation and Distribution", "EX-01", 28),
                                          ("Manager, Supply Data and Forecasting", "EC-06", 11)]


def test_dimensions_under_a_scope_heading(tmp_path: Path) -> None:
    """The Client Service Results template's ``Scope``: its labelled figures are the dimensions."""
    doc = ("Title: Director, Registry Operations\nPosition Number: 11047\nPurpose of the position\n"
           "Manages the registry offices.\nKey responsibilities\nDirects the registry.\nScope\nResource: Amount\n"
           "Employees (FTE): 51\nSalary dollars: $3.85M\nO & M dollars: $410K\nTotal operating budget: $4.26M\n"
           "Incumbent: Olivia Baptiste    Date: 2018-09-15\n")
    root, text = _import(tmp_path, "scope.txt", doc)
    dims = _record(root, "11047")["dimensions"]
    assert (dims["fte"], dims["salary"], dims["o_and_m"], dims["total"]) == (51, 3_850_000, 410_000, 4_260_000)
    assert "Baptiste" not in text


def test_a_title_and_level_label_and_a_long_heading_in_sentence_case_in_a_run(tmp_path: Path) -> None:
    """``Title and level: Regional Director, X (EX-02)`` gives both; in a scan's run, ``Résultats
    axés sur le service à la clientèle`` (too long to be prose) ends the location before it."""
    doc = ("Title and level: Regional Director, Fisheries Management (EX-02)\nPosition number: 60045\n"
           + BODY.format(structure=""))
    root, _ = _import(tmp_path, "level.txt", doc)
    record = _record(root, "60045")
    assert (record["title"], record["classification"]) == ("Regional Director, Fisheries Management", "EX-02")
    run = ("--- Full Extracted Text ---\nDESCRIPTION DE TRAVAIL Titre du poste: Directeur, Opérations des missions "
           "satellitaires Numéro de poste: 11870 Groupe et niveau: EX-01 Lieu géographique: Saint-Hubert (Québec) "
           "Résultats axés sur le service à la clientèle Assurer l'exploitation sûre et continue des satellites. "
           + "Le titulaire dirige les opérations des missions et les stations au sol du pays. " * 6 +
           "Activités principales - Dirige les opérations. - Gère les ressources.")
    (tmp_path / "run").mkdir()
    root, _ = _import(tmp_path / "run", "asc.txt", run)
    assert _record(root, "11870")["location"] == "Saint-Hubert, QC"


def test_reports_under_leadership_of_human_resources_in_the_responsibility_section(tmp_path: Path) -> None:
    """The Client Service Results template names the reports under ``Responsibility``
    (``Leadership of human resources: ...``), with no organization section, and its figures in a
    sentence (``Financial resources: ... a salary budget of ...``)."""
    doc = ("Title: Director, Traveller Operations\nPosition number: 70311\nClient Service Results\n"
           "Delivers border services to travellers at the Pacific Highway crossing.\nKey Activities\n"
           "Directs the traveller operations of the district.\nResponsibility\nLeadership of human resources: "
           "The following two (2) positions report to the Director: the Chief of Operations, Pacific Highway "
           "(FB-06, 142 FTEs); the Chief, Operational Support (FB-05, staff of 14).\nFinancial resources: the "
           "incumbent manages a salary budget of $27.4M and an operations and maintenance budget of $1.9M, for a "
           "total of $29.3M.\n")
    root, _ = _import(tmp_path, "cbsa.txt", doc)
    assert _reports(root, "70311", 2) == [("Chief of Operations, Pacific Highway", "FB-06", 142),
                                          ("Chief, Operational Support", "FB-05", 14)]
    dims = _record(root, "70311")["dimensions"]
    assert (dims["salary"], dims["o_and_m"], dims["total"]) == (27_400_000, 1_900_000, 29_300_000)


def test_a_supervisor_with_its_level_after_a_comma_or_its_number_first_a_fiscal_year_and_a_bilingual_place(
        tmp_path: Path) -> None:
    """``Vice-President, X, EX-04 (pos. CFIA-30400)``; ``position 10700, Director General, X``;
    ``2015-16`` under Dimensions is a year, not a count; ``Gatineau, Quebec / Gatineau (Québec)``."""
    doc = ("Title: Executive Director, Meat Programs\nPosition number: 30411\n"
           "Supervisor: Vice-President, Policy and Programs, EX-04 (pos. CFIA-30400)\n"
           "Location / Lieu: Gatineau, Quebec / Gatineau (Québec)\nGeneral Accountability\nLeads the programs.\n"
           "Dimensions\n2015-16\nEmployees (FTE): 160\nSalary dollars: $15.6M\nO & M dollars: $3.8M\n"
           "Total operating budget: $19.4M\nSpecific Accountabilities\n1. Directs the programs.\n")
    root, _ = _import(tmp_path, "cfia.txt", doc)
    record = _record(root, "30411")
    assert (record["reports_to"], record["supervisor"]["title"], record["supervisor"]["classification"],
            record["location"]) == ("CFIA-30400", "Vice-President, Policy and Programs", "EX-04", "Gatineau, QC")
    dims = record["dimensions"]
    assert (dims["fte"], dims["salary"], dims["o_and_m"], dims["total"]) == (160, 15_600_000, 3_800_000, 19_400_000)
    first = ("Title: Director, Digital Preservation\nPosition number: 10711\n"
             "Reports to: position 10700, Director General, Preservation\n" + BODY.format(structure=""))
    (tmp_path / "first").mkdir()
    root, _ = _import(tmp_path / "first", "lac.txt", first)
    record = _record(root, "10711")
    assert (record["reports_to"], record["supervisor"]["title"]) == ("10700", "Director General, Preservation")


def test_reports_written_as_the_units_they_lead(tmp_path: Path) -> None:
    """``la Division X, dirigée par un Directeur (EX01), 112 équivalents temps plein``: the report
    is the Director of Division X; a note in parentheses (``(intérim)``) before its count."""
    structure = ("B. STRUCTURE ORGANISATIONNELLE\nLa directrice est appuyée par deux postes subordonnés. On trouve "
                 "d'abord la Division de la statistique du travail, dirigée par un Directeur (EX01), 112 équivalents "
                 "temps plein. On trouve ensuite le Centre de démographie, dirigé par une Directrice (EX01) (intérim), "
                 "64 équivalents temps plein.\n")
    doc = ("Titre du poste : Directrice générale, Statistique du travail\nNuméro du poste : 50610\n"
           "A. RESPONSABILITÉS GÉNÉRALES\nDirige les programmes de statistique du travail.\n" + structure +
           "C. RESPONSABILITÉS SPÉCIFIQUES\nReprésente le ministère auprès des organismes centraux.\n")
    root, _ = _import(tmp_path, "unites.txt", doc)
    assert _reports(root, "50610", 2) == [("Directeur, Division de la statistique du travail", "EX-01", 112),
                                          ("Directrice, Centre de démographie", "EX-01", 64)]


def test_reports_in_a_scans_run_with_a_count_after_its_label_and_a_description_between(tmp_path: Path) -> None:
    """``- Section Head, Toxicology, BI-05 - FTEs: 34 - responsible for ... - Section Head, ...``:
    each report's count after its label, a description between reports run together."""
    run = ("--- Full Extracted Text ---\nEXECUTIVE WORK DESCRIPTION TITLE: Director, Health Evaluation Directorate "
           "POSITION NO.: 32011 1. ACCOUNTABILITY Leads the scientific assessment of the risks that pest control "
           "products pose to human health. " + "The directorate signs off the health evaluations. " * 8 +
           "2. REPORTING RELATIONSHIPS Positions reporting to the incumbent: - Section Head, Toxicology, BI-05 - "
           "FTEs: 34 - responsible for the day-to-day management of the team - Section Head, Dietary Exposure, BI-05 "
           "- FTEs: 19 - responsible for the day-to-day management of the team 3. SPECIFIC ACCOUNTABILITIES - Signs "
           "off the health evaluations.")
    root, _ = _import(tmp_path, "hed.txt", run)
    assert _reports(root, "32011", 2) == [("Section Head, Toxicology", "BI-05", 34),
                                          ("Section Head, Dietary Exposure", "BI-05", 19)]


def test_two_columns_whose_right_one_drifts_and_whose_sentences_wrap_in_capitals(tmp_path: Path) -> None:
    """A scan's right column starting a few characters off from line to line; the left column's
    sentences wrapped before capitalized words (``the Manager, Rail Safety`` / ``Operations East``)."""
    rows = [("ORGANIZATIONAL STRUCTURE:", "DIMENSIONS:"),
            ("The Director, Rail Safety, Ontario Region is", "Number of FTEs: 54"),
            ("one of six positions reporting to the", "  Salary budget: $6.9M"),
            ("Regional Director General, Ontario. Four", " Operating and maintenance: $1.15M"),
            ("positions report to the incumbent: the", "Total budget: $8.05M"),
            ("Manager, Rail Safety Operations East (TI-07,", ""),
            ("21 full-time equivalents); the Manager, Rail", ""),
            ("Safety Operations West (TI-07, staff of 19).", "")]
    page = "\n".join(f"{left:<47}{right}".rstrip() for left, right in rows)
    doc = ("TITLE: Director, Rail Safety, Ontario Region\nPOSITION NO.: 44171\nGENERAL ACCOUNTABILITY:\n"
           "Directs the regional rail safety oversight program.\n" + page +
           "\nSPECIFIC ACCOUNTABILITIES:\n1. Directs the inspections.\n")
    root, _ = _import(tmp_path, "rail.txt", doc)
    dims = _record(root, "44171")["dimensions"]
    assert (dims["fte"], dims["salary"], dims["o_and_m"], dims["total"]) == (54, 6_900_000, 1_150_000, 8_050_000)
    assert _reports(root, "44171", 2) == [("Manager, Rail Safety Operations East", "TI-07", 21),
                                          ("Manager, Rail Safety Operations West", "TI-07", 19)]


def test_a_scans_title_with_words_run_together_and_digits_read_in_words(tmp_path: Path) -> None:
    """In a scan, ``RadiationProtection`` is two words and ``Genera1`` is ``General`` (marked to
    verify); a name such as ``McDonald`` is left alone."""
    run = ("--- Full Extracted Text ---\nWORK DESCRIPTION Position Title: Director, RadiationProtection Bureau "
           "Position Number: 34911 Supervisor's Title: Director Genera1, McDonald Health Sciences GENERAL "
           "ACCOUNTABILITY Runs the national radiation monitoring networks. "
           + "The bureau monitors radiation across the country. " * 10 +
           "SPECIFIC ACCOUNTABILITIES - Directs the monitoring networks.")
    root, text = _import(tmp_path, "rpb.txt", run)
    record = _record(root, "34911")
    assert (record["title"], record["supervisor"]["title"]) == (
        "Director, Radiation Protection Bureau", "Director General, McDonald Health Sciences")
    assert 'OCR read "Director, RadiationProtection Bureau"' in text


def test_a_word_table_of_reports_whose_header_begins_with_a_known_label(tmp_path: Path) -> None:
    """``| Position Title | Group-Level | FTE |``: a header whose first cell is a form's label is
    still a table of direct reports, not a field ``Position Title: Group-Level / FTE``."""
    content = docx_bytes("# Executive Work Description\n* **Position Title:** Director, Hull Disposal\n"
                         "* **Position Number:** 418873\n* **Classification:** EX-01\n"
                         + BODY.format(structure="Organization Structure\nThe following positions report to the incumbent:\n"
                                       "| Position Title | Group-Level | FTE |\n"
                                       "| Manager, Hull Projects | EN-ENG-06 | 14 |\n"
                                       "| Executive Assistant | AS-02 | n/a |\n"))
    root, _ = _import(tmp_path, "naval.docx", content)
    assert _record(root, "418873")["title"] == "Director, Hull Disposal"
    assert _reports(root, "418873", 2) == [("Manager, Hull Projects", "EN-ENG-06", 14), ("Executive Assistant", "AS-02", None)]


def test_headings_in_title_case_and_a_reports_count_in_its_own_list(tmp_path: Path) -> None:
    """``Organization and Reporting``, ``Resources``: headings in title case alone on their line
    between a paragraph's end and the next; each report's FTEs in a list indented under it."""
    text = ("Executive Work Description\nPosition Title: Director, Home Care\nPosition Number: 47310\n"
            "Classification: EX-01\n\nMandate of the Position\nFunds home care in First Nations communities.\n"
            "Organization and Reporting\nPositions reporting to the incumbent:\n"
            "- Manager, Program Funding, PM 06\n    - FTEs: 9\n    - responsible for the funding team\n"
            "- Manager, Nursing Practice, NU-HOS 05\n    - FTEs: 5\n"
            "Resources\nThe incumbent manages a salary budget of 1.64 million dollars and an operating and maintenance budget of "
            "$310,000, for a total of 1.95 million dollars.\n"
            "Specific Accountabilities\n- Negotiates contracts with partners and suppliers.\n")
    root, _ = _import(tmp_path, "home care.txt", text)
    assert _reports(root, "47310", 2) == [("Manager, Program Funding", "PM-06", 9), ("Manager, Nursing Practice", "NU-HOS-05", 5)]
    assert _record(root, "47310")["dimensions"]["total"] == 1_950_000


def test_a_report_named_after_the_position_of(tmp_path: Path) -> None:
    """``Le poste de Gestionnaire, X (PM 06, 15 ETP) assure ...``: the words that introduce a
    report's title are not its title."""
    text = ("DESCRIPTION DE TRAVAIL\nTitre du poste : Directrice, Services de sécurité\nN° de poste : 11035\n"
            "Groupe/niveau : EX 01\nOBJET DU POSTE\nAssure la sécurité des salles d'audience.\nORGANIGRAMME\n"
            "La directrice est appuyée par deux postes. Le poste de Gestionnaire, Opérations de sécurité (PM 06, 15 ETP) "
            "assure la gestion de son secteur. Relève également du poste : Agent principal, Sécurité des TI (CS 03, 1 ETP).\n"
            "PRINCIPALES ACTIVITÉS\nGère les ressources humaines et financières de la direction.\n")
    root, _ = _import(tmp_path, "securite.txt", text)
    assert _reports(root, "11035", 2) == [("Gestionnaire, Opérations de sécurité", "PM-06", 15),
                                          ("Agent principal, Sécurité des TI", "CS-03", 1)]


def test_words_a_scan_misread_in_titles_are_mended_from_word_lists_and_marked(tmp_path: Path) -> None:
    """``Inspcction``, ``Operationsand``, ``RadiationProtection``: mended where English and French
    word lists know the word meant, marked to verify; names they cannot explain (``Lacolle``,
    ``Townsite``, ``AgriStability``) stay as written."""
    text = ("EXECUTIVE WORK DESCRIPTION\nPosition Title: Director, Mission Operationsand Ground Infrastructure\n"
            "Position Number: 21044\nClassification: EX-01\n"
            "Supervisor's Position Title: Executive Director,Public Service Pay Centre\n\n"
            "ORGANIZATION STRUCTURE\nThe following positions report to the incumbent:\n"
            "- Managcr, Interpretation Programs (PM-06, 12 FTEs)\n- Manager, Vessel Inspcction (TI-07, 31 FTEs)\n"
            "- Townsite Manager, Lacolle (PM-05, 4 FTEs)\n- Director, AgriStability Administration (EX-01, 40 FTEs)\n\n"
            "SPECIFIC ACCOUNTABILITIES\n1. Directs the programs of the unit.\n")
    root, records = _import(tmp_path, "scan.txt", text)
    record = _record(root, "21044")
    assert record["title"] == "Director, Mission Operations and Ground Infrastructure"
    assert record["supervisor"]["title"] == "Executive Director, Public Service Pay Centre"
    assert [title for title, _, _ in _reports(root, "21044", 4)] == [
        "Manager, Interpretation Programs", "Manager, Vessel Inspection", "Townsite Manager, Lacolle",
        "Director, AgriStability Administration"]
    assert 'hrkit: verify' in records and '"Managcr, Interpretation Programs"' in records
    assert '"Director, Mission Operationsand Ground Infrastructure"' in records


def test_an_ampersand_for_and_in_a_label_and_overall_on_the_next_line(tmp_path: Path) -> None:
    """``Operations & Maintenance budget`` is the O&M; ``Overall budget`` on the line after an
    amount labels the next amount, not that one (``$3.4M overall``)."""
    for number, dims in (("30100", "Salary($): $10,400,000\nOperations & Maintenance budget: $2,650,000\n"
                                    "Total (all funds): $13,050,000\n"),
                         ("30200", "Salaries          $10,400,000\nOperating (O&M)   $2,650,000\n"
                                   "Overall budget    $13,050,000\n")):
        text = (f"EXECUTIVE WORK DESCRIPTION\nPosition Title: Director General, Preservation\nPosition Number: {number}\n"
                f"Classification: EX-02\n\nDIMENSIONS\n{dims}\nSPECIFIC ACCOUNTABILITIES\n1. Directs the programs of the unit.\n")
        (tmp_path / number).mkdir()
        root, _ = _import(tmp_path / number, "dims.txt", text)
        assert _record(root, number)["dimensions"] == {"salary": 10_400_000, "o_and_m": 2_650_000, "total": 13_050_000}


def test_job_code_labels_named_from_their_words(tmp_path: Path) -> None:
    """``WD Number``, ``Référence de l'emploi``, a scan's ``Job DescriptionNumber``: the job code;
    ``Niveau dusupérieur``: the supervisor's level."""
    for number, label, code in (("40100", "WD Number", "371184"), ("40200", "Référence de l'emploi", "641190"),
                                ("40300", "Job DescriptionNumber", "15O662")):
        text = (f"WORK DESCRIPTION\nPosition Title: Director, Operations\nPosition Number: {number}\n"
                f"Classification: EX-01\n{label}: {code}\nNiveau dusupérieur : EX-05\n" + BODY.format(structure=""))
        (tmp_path / number).mkdir()
        root, _ = _import(tmp_path / number, "wd.txt", text)
        record = _record(root, number)
        assert record["job_code"] == code.replace("O", "0")
        assert record["supervisor"]["classification"] == "EX-05"


def test_two_columns_a_scan_read_across_the_rule_between_them(tmp_path: Path) -> None:
    """``left words | right words`` on every line, the rule drifting: the left column read, then
    the right one, so a field's value is not cut by the other column's words."""
    scan = """EXECUTIVE WORK DESCRIPTION TITLE OF POSITION: | RESOURCES MANAGED Wages and salaries: $8,300,000
Director, Prairie Storm Prediction Centre | Operating (non-salary): $900,000 Total direct
Level: EX 01 Generic Job Code: ECCC-5027 Position #: | budget: $9,200,000 Human resources: a staff of
24418 Date of Effect: 6-Dec-2021 Agency: Environment | 73 in the directorate. PRINCIPAL
and Climate Change Canada City: Winnipeg (Manitoba) | ACCOUNTABILITIES - Negotiates and oversees
Reporting to: Director General, Meteorological | contracts with the provinces. - Briefs the ADM.
Service Operations (EX 03) - Pos. No. 24400 PURPOSE | contracts, agreements and memoranda of
OF THE POSITION Runs the around-the-clock centre | understanding with partners and suppliers. -
that issues public weather forecasts and warnings | Provides expert advice and briefings to the
for the Prairie provinces and the meteorological | Deputy Minister and parliamentary committees.
support to emergency managers in those regions. | - Builds a diverse, bilingual and healthy
The work is shaped by legislation, by Treasury | workforce, and the succession plans for its key
Board policy and by commitments made to the | positions. - Leads the renewal of the centre's
provinces; the main challenge is to keep services | programs, systems and service standards.
reliable while systems are renewed at the same time.
"""
    root, _ = _import(tmp_path, "storm.txt", scan)
    record = _record(root, "24418")
    assert (record["title"], record["classification"], record["effective_date"], record["location"]) == (
        "Director, Prairie Storm Prediction Centre", "EX-01", dt.date(2021, 12, 6), "Winnipeg, MB")
    assert record["reports_to"] == "24400"
    assert record["supervisor"]["title"] == "Director General, Meteorological Service Operations"
    assert record["dimensions"]["total"] == 9_200_000


def test_a_people_label_a_scan_misread_still_ends_the_text_before_it(tmp_path: Path) -> None:
    """``Iricumbent: Daniel Ostrowski`` (``ri`` read for ``n``) after the last accountability, with
    a heading the scan split (``CERT IFICATION``): no name goes into a record."""
    scan = ("--- Full Extracted Text ---\nWORK DESCRIPTION Position Title: Manager, Spectrum Operations Position Number: "
            "20611 Classification: EX-01 SPECIFIC ACCOUNTABILITIES 1. Directs the monitoring of the radio spectrum. "
            "2. Manages the liuman, financial and technical resources of the region. 15. CERT IFICATION ISED 0117 "
            "Iricumbent: Daniel Ostrowski Director General: Amira Haddad-Singh ISED 0117")
    _, records = _import(tmp_path, "scan.txt", scan)
    assert "Manages the" in records
    assert "Ostrowski" not in records and "Haddad" not in records


def test_locations_under_labels_named_from_their_words_and_a_province_a_scan_misread(tmp_path: Path) -> None:
    """``Place of work``, ``Office``, ``Community``, ``Regional office``: the location; ``Ontaria``,
    ``Qu6bec``, ``P.E.I.``, ``N.-B.``, ``Sask.``, ``N.W.T.`` still name their province. A department called an
    office is no location."""
    for number, line, place in (("50100", "Place of work: Ottawa, Ontaria", "Ottawa, ON"),
                                ("50200", "Office: Charlottetown, P.E.I.", "Charlottetown, PE"),
                                ("50300", "Community: Iqaluit, Nunavut", "Iqaluit, NU"),
                                ("50400", "Regional office: Gatineau (Qu6bec)", "Gatineau, QC"),
                                ("50500", "Office: Moncton (N.-B.)", "Moncton, NB"),
                                ("50600", "Place of work: Regina, Sask.", "Regina, SK"),
                                ("50700", "Office: Yellowknife, N.W.T.", "Yellowknife, NT")):
        text = ("PRIVY COUNCIL OFFICE / BUREAU DU CONSEIL PRIVÉ\nExecutive Work Description\n"
                f"Position Title: Director, Operations\nPosition Number: {number}\nClassification: EX-01\n{line}\n"
                + BODY.format(structure=""))
        (tmp_path / number).mkdir()
        root, _ = _import(tmp_path / number, "wd.txt", text)
        assert _record(root, number)["location"] == place


def test_a_french_scans_accents_and_run_together_label_words(tmp_path: Path) -> None:
    """``Op6rations``, ``ge'néral`` (a scan's ``é``), ``Intituledu poste``, ``Lieude travail``
    (words a scan ran together in a label) are read as written on paper."""
    text = ("DESCRIPTION DE TRAVAIL - GROUPE EX\nIntituledu poste : Directrice, Préparation des opérations\n"
            "N° de poste : 61022\nNiveaudeclassification : EX-01\nLieude travail : Gatineau (Québec)\n"
            "Releve du : Directeur ge'néral, Op6rations e'lectorales\n"
            "RESPONSABILITÉS GÉNÉRALES\nDirige la préparation des opérations en région.\n"
            "ACTIVITÉS PRINCIPALES\n1. Gère les ressources humaines et financières de la direction.\n")
    root, _ = _import(tmp_path, "dt.txt", text)
    record = _record(root, "61022")
    assert (record["title"], record["classification"], record["location"]) == (
        "Directrice, Préparation des opérations", "EX-01", "Gatineau, QC")
    assert record["supervisor"]["title"] == "Directeur général, Opérations électorales"


def test_a_bilingual_forms_labels_without_colons_in_a_scans_run(tmp_path: Path) -> None:
    """``Position Title / Titre du poste Director, X Group and Level / Groupe et niveau EX-01``: each
    label in both languages is one label, its value after the second."""
    scan = ("--- Full Extracted Text ---\nWORK DESCRIPTION / DESCRIPTION DE TRAVAIL Position No. / N° de poste 55220 "
            "Position Title / Titre du poste Director, Regional Learning Operations, Atlantic Group and Level / Groupe "
            "et niveau EX-01 Location / Lieu Halifax, Nova Scotia GENERAL ACCOUNTABILITY Delivers learning to public "
            "servants in the Atlantic provinces. SPECIFIC ACCOUNTABILITIES 1. Plans the regional learning calendar. "
            "2. Manages the human and financial resources of the region.")
    root, _ = _import(tmp_path, "csps.txt", scan)
    record = _record(root, "55220")
    assert (record["title"], record["classification"], record["location"]) == (
        "Director, Regional Learning Operations, Atlantic", "EX-01", "Halifax, NS")


def test_a_word_identification_table_of_label_value_pairs_with_labels_named_from_their_words(tmp_path: Path) -> None:
    """``| Titre officiel | Directeur, X |`` (a row whose cells were merged), ``| Classification proposée
    | EX-04 | No de la description | 105862 |``: labels hrkit names from their words, each with its value."""
    content = ("DESCRIPTION DE TRAVAIL\n"  # as the Word reader writes a table of four columns, two cells merged
               "| Ministère d'attache | Services aux Autochtones Canada | Division | Région du Québec |\n"
               "| Titre officiel | Directeur général régional, Services aux Inuit |\n"
               "| Classification proposée | EX-04 | No de la description | 105862 |\n"
               "| No de poste (SGRH) | 71100 | Date en vigueur | 4 octobre 2021 |\n"
               "RÉSULTATS DU SERVICE À LA CLIENTÈLE\nDirige la prestation des programmes de la région.\n"
               "ACTIVITÉS CLÉS\nÉlabore le plan régional et en assure l'exécution.\n")
    root, _ = _import(tmp_path, "dgr.txt", content)
    record = _record(root, "71100")
    assert (record["title"], record["classification"], record["job_code"], record["effective_date"]) == (
        "Directeur général régional, Services aux Inuit", "EX-04", "105862", dt.date(2021, 10, 4))


def test_labels_in_capitals_without_colons_over_or_before_their_values(tmp_path: Path) -> None:
    """An old form's labels in capitals, named from their words, each over its value (``DÉSIGNATION
    DU POSTE`` / ``Directeur, X``) or before it on a scan's line (``POSITION NBR P0412 EFFECTIVE DATE
    (WD) August 28, 2017``); ``ÉNONCÉ DE FONCTIONS`` is the document's title, not a section."""
    form = ("ÉNONCÉ DE FONCTIONS\nNOM DE L'ORGANISME\nBibliothèque et Archives Canada\nDÉSIGNATION DU POSTE\n"
            "Directeur, Centre de préservation de Gatineau\nCATÉGORIE ET NIVEAU\nEX-01\nRÉFÉRENCE DE L'EMPLOI\n"
            "BAC-EX-0077\nNUMÉRO DE LA POSITION\n80931\nLIEU D'AFFECTATION\nGatineau (Québec)\n"
            "I. RESPONSABILITÉS GÉNÉRALES\nLe directeur dirige le Centre de préservation.\n"
            "V. RESPONSABILITÉS PRINCIPALES\n1. Gère les ressources humaines et financières du centre.\n")
    root, _ = _import(tmp_path, "bac.txt", form)
    record = _record(root, "80931")
    assert (record["title"], record["classification"], record["job_code"], record["location"]) == (
        "Directeur, Centre de préservation de Gatineau", "EX-01", "BAC-EX-0077", "Gatineau, QC")
    scan = ("PARKS CANADA AGENCY\nJOB DESCRIPTION\nBRANCH OR REGION Operations Directorate - Mountain Parks\n"
            "JOB TITLE Superintendent, Bow Valley Field Unit\nGROUP & LEVEL EX-02 WD CODE PCA-EX-0031 "
            "POSITION NBR P0412 EFFECTIVE DATE (WD) August 28, 2017 POSTING Banff, Alberta\n\n"
            "GENERAL ACCOUNTABILITY\nThe Superintendent manages the field unit.\n"
            "SPECIFIC ACCOUNTABILITIES\n1. Manages the human and financial resources of the unit.\n")
    (tmp_path / "scan").mkdir()
    root, _ = _import(tmp_path / "scan", "banff.txt", scan)
    record = _record(root, "P0412")
    assert (record["title"], record["job_code"], record["effective_date"]) == (
        "Superintendent, Bow Valley Field Unit", "PCA-EX-0031", dt.date(2017, 8, 28))


def test_a_list_bulleted_with_guillemets_counts_after_with_and_words_a_scan_split(tmp_path: Path) -> None:
    """``» Manager, X (BI-04) - 38 FTEs`` (``»`` opening a line is a bullet, not a quote), ``(PM-05)
    with 41 FTEs``, ``Medi cal`` and ``Trairiing`` (a scan's split word and ``ri`` for ``n``)."""
    text = ("WORK DESCRIPTION\nPosition Title: Superintendent, Jasper Field Unit\nPosition Number: 70411\n"
            "Classification: EX-02\n\nORGANIZATION STRUCTURE\nThe following positions report directly to the "
            "Superintendent:\n\n» Manager, Resource Conservation (BI-04) - 38 FTEs\n"
            "» Manager, Medi cal Advisory Services (PM-05) with 41 FTEs\n"
            "» Manager, Quality Assurance and Trairiing (PM-05) with 9 FTEs\n\n"
            "SPECIFIC ACCOUNTABILITIES\n1. Manages the human and financial resources of the field unit.\n")
    root, _ = _import(tmp_path, "jasper.txt", text)
    assert _reports(root, "70411", 3) == [("Manager, Resource Conservation", "BI-04", 38),
                                          ("Manager, Medical Advisory Services", "PM-05", 41),
                                          ("Manager, Quality Assurance and Training", "PM-05", 9)]


def test_accents_a_scan_lost_in_a_french_title_and_dashed_counts_after_bullets(tmp_path: Path) -> None:
    """``Planification operationnelle``, ``Impét``: accents put back in a French title from the word
    lists (an English title keeps ``Materiel``); ``- Chef, X - 7 ETP``: a listed report's count."""
    text = ("DESCRIPTION DE TRAVAIL\nTitre du poste : Directeur, Analyse des dépenses fiscales\nN° de poste : 34418\n"
            "Groupe et niveau : EX-01\n\nORGANISATION\nTrois chefs d'équipe relèvent du directeur :\n"
            "- Chef, Planification operationnelle et rendement - 7 ETP\n- Chef, Impét des particuliers - 6 ETP\n"
            "- Manager, Naval Materiel - 4 ETP\n\n"
            "RESPONSABILITÉS PRINCIPALES\n1. Gère les ressources humaines et financières de la direction.\n")
    root, _ = _import(tmp_path, "dt.txt", text)
    assert _reports(root, "34418", 3) == [("Chef, Planification opérationnelle et rendement", None, 7),
                                          ("Chef, Impôt des particuliers", None, 6), ("Manager, Naval Materiel", None, 4)]


def test_the_supervisor_under_the_many_names_forms_give_the_line_above(tmp_path: Path) -> None:
    """``Supérieur hiérarchique``, ``Chef hiérarchique``, ``Rend compte à``, ``Superviseur immédiat``,
    ``Poste du superviseur``, ``Reports directly to``, ``Accountable to``, ``Superior``, ``Reporting
    relationship``: the supervisor's title, level and position number."""
    for index, label in enumerate(("Supérieur hiérarchique", "Chef hiérarchique", "Rend compte à", "Superviseur immédiat",
                                   "Poste du superviseur", "Reports directly to", "Accountable to", "Superior",
                                   "Reporting relationship")):
        number = f"6{index}000"
        text = (f"WORK DESCRIPTION\nPosition Title: Director, Operations\nPosition Number: {number}\nClassification: EX-01\n"
                f"{label}: Director General, Regional Operations (EX-03), position 54321\n" + BODY.format(structure=""))
        (tmp_path / number).mkdir()
        root, _ = _import(tmp_path / number, "wd.txt", text)
        record = _record(root, number)
        assert record["supervisor"] == {"title": "Director General, Regional Operations", "classification": "EX-03"}, label
        assert record["reports_to"] == "54321", label


def test_more_label_wordings_named_from_their_words(tmp_path: Path) -> None:
    """``Code du poste type`` and ``Benchmark Number`` (a job code), ``Establishment Number`` (a
    position number), ``Eff. Date``, ``Headquarters``, ``Localité``, ``Posting`` (a location)."""
    cases = (("Code du poste type: ASC-2019-044\nEstablishment Number: 51206\nEff. Date: 16 April 2018\n"
              "Headquarters: Longueuil, Quebec\n", "51206", {"job_code": "ASC-2019-044", "effective_date": dt.date(2018, 4, 16),
                                                            "location": "Longueuil, QC"}),
             ("Benchmark Number: 106612\nPosition Number: 38815\nLocalité : Gatineau (Québec)\n", "38815",
              {"job_code": "106612", "location": "Gatineau, QC"}),
             ("Position Number: 70412\nPosting: Banff, Alberta\n", "70412", {"location": "Banff, AB"}))
    for fields, number, expected in cases:
        text = f"WORK DESCRIPTION\nPosition Title: Director, Operations\nClassification: EX-01\n{fields}" + BODY.format(structure="")
        (tmp_path / number).mkdir()
        root, _ = _import(tmp_path / number, "wd.txt", text)
        record = _record(root, number)
        assert {key: record.get(key) for key in expected} == expected


def test_an_hr_systems_extract_of_field_codes(tmp_path: Path) -> None:
    """``POSITION_ID       : 51230``, ``SUPV_TITLE_E``, ``EFF_DT``, ``SAL_BUDGET``: an HR system's
    field codes named from their words (``_`` between them, ``SUPV`` the supervisor's), the
    position's budget among its fields."""
    text = ("EXEC POSITION INVENTORY - EXTRACT\n\nPOSITION_ID       : 51230\nJOB_ID            : 318662\n"
            "TITLE_E           : Senior Director, Workplace Technology Devices\nCLASS_GRP_LVL     : EX 01\n"
            "EFF_DT            : 04-JUL-2022\nWORK_LOC          : GATINEAU QC\nSUPV_POSITION_ID  : 51210\n"
            "SUPV_TITLE_E      : Director General, Digital Workplace Solutions\nSUPV_CLASS        : EX-03\n"
            "SAL_BUDGET        : 5650000.00\nOM_BUDGET         : 310000.00\nTOTAL_BUDGET      : 5960000.00\n"
            "INCUMBENT_NAME    : Kyle Moosomin\n\nSpecific Accountabilities\n\n1. Manages the directorate's devices.\n")
    root, records = _import(tmp_path, "extract.txt", text)
    record = _record(root, "51230")
    assert (record["title"], record["classification"], record["job_code"], record["effective_date"]) == (
        "Senior Director, Workplace Technology Devices", "EX-01", "318662", dt.date(2022, 7, 4))
    assert record["reports_to"] == "51210" and record["supervisor"]["classification"] == "EX-03"
    assert record["dimensions"] == {"salary": 5_650_000, "o_and_m": 310_000, "total": 5_960_000}
    assert "Moosomin" not in records


def test_a_word_table_grouping_its_labels_and_a_table_of_direct_reports(tmp_path: Path) -> None:
    """``| Position information | Classified Title | X |``: a group's name, a label, its value; a table
    headed ``Direct reports | Group-Level | FTE count``."""
    text = ("EXECUTIVE WORK DESCRIPTION\n| Position information | Classified Title | Senior Director, Devices |\n"
            "| Position information | No. of Position | 51230 |\n| Position information | Job ID | 300841 |\n"
            "| Reporting relationship | Immediate Supervisor's Group and Level | EX-03 |\n"
            "GENERAL ACCOUNTABILITY STATEMENT\nThe Senior Director is accountable for the devices.\n"
            "REPORTING RELATIONSHIPS\nThe Senior Director directly supervises:\n| Direct reports | Group-Level | FTE count |\n"
            "| Manager, Desktop Procurement | CS-04 | 12 |\n| Manager, Mobile Devices | CS-04 | 15 |\n"
            "SPECIFIC ACCOUNTABILITIES\n1. Manages the directorate's resources.\n")
    root, _ = _import(tmp_path, "ssc.txt", text)
    record = _record(root, "51230")
    assert (record["title"], record["job_code"], record["supervisor"]["classification"]) == (
        "Senior Director, Devices", "300841", "EX-03")
    assert _reports(root, "51230", 2) == [("Manager, Desktop Procurement", "CS-04", 12), ("Manager, Mobile Devices", "CS-04", 15)]


def test_a_word_documents_long_paragraph_does_not_make_it_a_scans_run(tmp_path: Path) -> None:
    """A paragraph of 700 characters in a Word file among many lines: the document keeps its
    lines (its identification table's rows), it is no scan run together."""
    long_paragraph = "The Chief Architect sets the target architecture of the Government of Canada. " * 9
    content = docx_bytes("# Work Description\n| Position Number | 90412 | Job Code | 104630 |\n"
                         "| Position Title | Executive Director, Enterprise Architecture |\n"
                         "| Classification (Group and Level) | EX-02 | Effective Date | 2021-11-15 |\n"
                         f"# Client Service Results\n{long_paragraph}\n# Key Activities\n"
                         + "".join(f"Leads the architecture work stream number {n} across government.\n" for n in range(24)))
    root, _ = _import(tmp_path, "tbs.docx", content)
    record = _record(root, "90412")
    assert (record["title"], record["job_code"], record["classification"], record["effective_date"]) == (
        "Executive Director, Enterprise Architecture", "104630", "EX-02", dt.date(2021, 11, 15))


def test_a_tables_bars_around_a_value_in_a_scans_run_are_not_digits(tmp_path: Path) -> None:
    """``| Position Number | 90412 | Job Code | 104630 |`` run together with the rest of a scan: a
    bar is no ``1`` and ends the value before it."""
    scan = ("--- Full Extracted Text ---\nWORK DESCRIPTION | Position Number | 90412 | Job Code | 104630 | "
            "| Position Title | Executive Director, Enterprise Architecture | | Classification | EX-02 | "
            "GENERAL ACCOUNTABILITY " + "The Executive Director sets the target architecture of government. " * 10 +
            "SPECIFIC ACCOUNTABILITIES 1. Chairs the architecture review board. 2. Manages the directorate.")
    root, _ = _import(tmp_path, "scan.txt", scan)
    record = _record(root, "90412")
    assert (record["title"], record["job_code"], record["classification"]) == (
        "Executive Director, Enterprise Architecture", "104630", "EX-02")


def test_a_french_description_under_a_converters_english_headings_is_read_in_french(tmp_path: Path) -> None:
    """``# Job Description`` / ``## Position Details`` (a conversion tool's headings) over French
    fields and sections: one French document, not an English copy followed by a French one."""
    text = ("# Job Description\n\n## Position Details\n\n*   **Titre du poste:** Directrice, Immigration francophone\n"
            "*   **Numéro du poste:** 60712\n*   **Code d'emploi:** 105377\n*   **Groupe et niveau:** EX-O1\n"
            "*   **Lieu de travail:** Ottawa (Ontario)\n*   **Titre du poste du superviseur:** Directeur général, Intégration\n\n"
            "## Responsabilités générales\n\nLa directrice élabore les politiques d'immigration francophone.\n\n"
            "## Structure organisationnelle\n\n*   **Gestionnaire, Politique (EC-O7, 7 ETP):** élabore les politiques.\n\n"
            "## Responsabilités spécifiques\n\n1. Gère les ressources humaines et financières de la direction.\n")
    root, _ = _import(tmp_path, "286.txt", text)
    record = _record(root, "60712")
    assert (record["title"], record["job_code"], record["classification"], record["location"]) == (
        "Directrice, Immigration francophone", "105377", "EX-01", "Ottawa, ON")
    assert _reports(root, "60712", 1) == [("Gestionnaire, Politique", "EC-07", 7)]


def test_a_pdf_table_of_reports_whose_gaps_were_kept_but_not_its_columns(tmp_path: Path) -> None:
    """``Position Title    Group and Level    FTEs`` over rows whose cells are set apart by the same
    wide gaps but do not line up with the header: each row's cells are its gaps' pieces."""
    table = ("Position Title    Group and Level    FTEs\n"
             "Chief, Chemical Health Hazard Assessment Division    BI-04    28\n"
             "Chief, Food Research Division    SE-RES-03    41\n"
             "Manager, Bureau Operations    AS-05    5\n")
    content = pdf_bytes(["Work Description\nPosition Title: Director, Bureau of Chemical Safety\nPosition Number: 33120\n"
                         "Classification: EX-01\n" + BODY.format(structure="Organizational Context\nThe Bureau comprises "
                                                                  "the following units:\n" + table)])
    root, _ = _import(tmp_path, "hc.pdf", content)
    assert _reports(root, "33120", 3) == [("Chief, Chemical Health Hazard Assessment Division", "BI-04", 28),
                                          ("Chief, Food Research Division", "SE-RES-03", 41),
                                          ("Manager, Bureau Operations", "AS-05", 5)]


def test_figures_of_the_other_column_run_into_a_scans_supervisor_title(tmp_path: Path) -> None:
    """``Reports to: Director General, Citizen Number of FTE's: 3I8 Service Delivery, Ontario Region
    Salary and O&M: $26.7M Direct reports to ...`` (seed 003's two columns): the title without the
    Dimensions column's figures, ending before the next sentence."""
    scan = ("--- Full Extracted Text ---\nEXECUTIVE WORK DESCRIPTION Position Title: Executive Director, Integrity "
            "Services Position Number: 41177 Classification: EX-02 GENERAL ACCOUNTABILITY "
            + "The Executive Director leads integrity services for the region. " * 8 +
            "ORGANIZATIONAL STRUCTURE: DIMENSIONS: Reports to: Director General, Citizen Number of FTE's: 3I8 Service "
            "Delivery, Ontario Region Salary and O&M: $26.7M Direct reports to the Executive Director: PM-O6 - "
            "Manager, Investigations (96 FTEs) SPECIFIC ACCOUNTABILITIES 1. Directs the integrity programs.")
    root, _ = _import(tmp_path, "172.txt", scan)
    assert _record(root, "41177")["supervisor"]["title"] == "Director General, Citizen Service Delivery, Ontario Region"


def test_a_job_poster_whose_work_environment_reads_like_a_nature_and_scope_is_refused(tmp_path: Path) -> None:
    """``WORK ENVIRONMENT`` in a poster is named like a Nature and Scope heading; without a position
    number, a job code, accountabilities, reports or dimensions it is still no work description."""
    poster = ("Director, Program Integrity (EX-01)\nLocation: Gatineau (Québec)\nClassification: EX-01\n"
              "Closing date: 14 March 2024 - 23:59, Pacific Time\nWHO CAN APPLY\nPersons employed in the public "
              "service of Canada.\nWORK ENVIRONMENT\nDo you want to lead a team that protects the integrity of "
              "programs that millions of Canadians rely on? You will manage a team of 45 employees.\n")
    root = tmp_path / "repo"
    root.mkdir()
    init_repository(root, organization="Shapes test", today=dt.date(2026, 11, 25))
    doc = tmp_path / "poster.txt"
    doc.write_text(poster, encoding="utf-8")
    result = run_cli(["import", str(doc)], root)
    assert result.exit_code == 2 and "not a work description" in result.stderr
    assert not list((root / "records/positions").glob("*.yaml"))


def test_tables_of_reports_under_more_header_wordings(tmp_path: Path) -> None:
    """``Poste subordonné | Groupe-niveau | Employés``, ``Reporting Position | Group & Level | No. of
    FTEs``, ``N° de poste | Poste | Classification | Nombre d'employés``: the title, classification
    and count columns named from their words wherever they stand in a header cell."""
    for number, header, row in (
            ("81001", "Poste subordonné | Groupe-niveau | Employés", "Assistant Director, Benefits | MG-06 | 301"),
            ("81002", "Reporting Position | Group & Level | No. of FTEs", "Director, Assessment Operations | EX-01 | 66"),
            ("81003", "N° de poste | Poste | Classification | Nombre d'employés",
             "21457 | Assistant Director, Processing | MG-06 | 540")):
        text = (f"WORK DESCRIPTION\nPosition Title: Director, Operations\nPosition Number: {number}\nClassification: EX-02\n"
                + BODY.format(structure=f"Organization Structure\nThe following positions report to the incumbent:\n| {header} |\n| {row} |\n"))
        (tmp_path / number).mkdir()
        root, _ = _import(tmp_path / number, "wd.txt", text)
        cells = [c.strip() for c in row.split("|")]
        title, code, count = (cells[1], cells[2], cells[3]) if len(cells) == 4 else cells
        assert _reports(root, number, 1) == [(title, code, int(count))], header


def _run_scan(structure: str) -> str:
    """A seed-003-like scan: the form's boxes and columns read as one run of text."""
    return ("--- Full Extracted Text ---\nEXECUTIVE WORK DESCRIPTION Job code: IO524O TITLE: Regional Director, "
            "Fisheries Management GROUP/LEVEL: EX-O2 POSITION NUMBER: 42615 EFFECTIVE DATE: June 1, 2017 "
            "GENERAL ACCOUNTABILITY: Providing leadership for the management of fisheries in the Region and "
            "consulting with harvesters, First Nations and the Province on every plan. NATURE & SCOPE: The "
            "Department manages the fisheries of the Region, and its decisions are contested in court. "
            f"{structure} SPECIFIC ACCOUNTABILITIES: 1. Directs in-season fisheries management. 2. Manages "
            "the human and financial resources of the Directorate.")


def test_a_report_list_the_scan_ran_the_other_column_into(tmp_path: Path) -> None:
    """Seed 003's shape: the reports' column and the issues' column read across, line by line,
    into one run. The other column's words (a heading, a bullet's sentence, a dimension, a
    sentence's end) are taken out of each title, and the title is marked to verify."""
    structure = ("ORGANIZATIONAL STRUCTURE: Direct reports to the Regional Director: EX-O1 - Director, Total: "
                 "$74.2M Compensation Services East (412 FTEs); EX-O1 - ISSUES AND INITIATIVES: Area Director, "
                 "South Coast (88 FTEs); EX-O1 - e Leading the implementation of the Pacific Area Director, North "
                 "Coast (54 FTEs); EX-O1 - Director, Pay Stabilization and in which teams of compensation advisors "
                 "serve Backlog Reduction (226 FTEs); AS-O7 - Manager, dedicated departments. Workload Management "
                 "and Reporting (3I FTEs); EG-O6 investi9ations of major industrial operations. - Manager, "
                 "Intelligence and Investigations Support (8 FTEs); EX-O1 - Director, Resource Management "
                 "Operations concern under the Fish Stock Provisions of the (46 FTEs).")
    root, text = _import(tmp_path, "scan.txt", _run_scan(structure))
    assert _reports(root, "42615", 7) == [
        ("Director, Compensation Services East", "EX-01", 412), ("Area Director, South Coast", "EX-01", 88),
        ("Area Director, North Coast", "EX-01", 54), ("Director, Pay Stabilization and Backlog Reduction", "EX-01", 226),
        ("Manager, Workload Management and Reporting", "AS-07", 31),
        ("Manager, Intelligence and Investigations Support", "EG-06", 8),
        ("Director, Resource Management Operations", "EX-01", 46)]
    assert text.count("columns run together in the scan; check the title") == 7


def test_a_scans_misread_bullets_and_words_in_report_titles(tmp_path: Path) -> None:
    """In a scan's run a list's bullet read as ``e`` after a colon or a sentence still starts an
    entry; a digit read for a letter inside a word (``Mana9ement``), a word hyphenated at a line's
    end (``Harmonizat- ion``), split (``Operati ons``) or misread (``Assassment``, ``Operakons``)
    is mended and marked to verify."""
    structure = ("ORGANIZATIONAL STRUCTURE Reporting to the Regional Director: e Manager, Fisheries Mana9ement "
                 "Programs (EG-O7, 34 FTEs): coordinates the plans. e Manager, "
                 "Tri-agency Harmonizat- ion (EC-06, 4 FTEs): harmonizes programs. e Director, Enterprise Data "
                 "Centre Operati ons (EX-O1, 88 FTEs). e Manager, Medical Countermeasures Assassment (BI-04, 6 FTEs). "
                 "e Manager, Enforcement Operakons, North (EG-07, 11 FTEs).")
    root, text = _import(tmp_path, "scan.txt", _run_scan(structure))
    assert _reports(root, "42615", 5) == [
        ("Manager, Fisheries Management Programs", "EG-07", 34),
        ("Manager, Tri-agency Harmonization", "EC-06", 4), ("Director, Enterprise Data Centre Operations", "EX-01", 88),
        ("Manager, Medical Countermeasures Assessment", "BI-04", 6), ("Manager, Enforcement Operations, North", "EG-07", 11)]
    assert 'OCR read "Manager, Tri-agency Harmonizat- ion"' in text and 'OCR read "Director, Enterprise Data' in text


def _word_form() -> bytes:
    """A Word form as departments filled it in: the position number in the page header, the
    values in content controls (one still showing its prompt), a tracked change on the
    supervisor's title, the dimensions in a table of labels over one row of values."""
    import io

    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Position Identifier: 60412"
    document.add_paragraph("EXECUTIVE WORK DESCRIPTION")
    table = document.add_table(rows=0, cols=2)
    control = ('<w:sdt {}><w:sdtPr>{}</w:sdtPr><w:sdtContent><w:r><w:t>{}</w:t></w:r></w:sdtContent></w:sdt>')
    for label, value, prompt in (("Official Position Title", "Director, Real Property Services", False),
                                 ("Grp/Lvl", "EX-02", False), ("Job ID", "Click here to enter text.", True),
                                 ("Title of Immediate Supervisor", None, False)):
        row = table.add_row().cells
        row[0].text = label
        paragraph = row[1].paragraphs[0]._p
        if value is None:  # tracked: "Director General, Pacific" replaced by "Regional Director General, Pacific"
            paragraph.append(parse_xml(f'<w:del {nsdecls("w")} w:id="1" w:author="A"><w:r><w:delText>Director General, '
                                       'Pacific</w:delText></w:r></w:del>'))
            paragraph.append(parse_xml(f'<w:ins {nsdecls("w")} w:id="2" w:author="A"><w:r><w:t>Regional Director '
                                       'General, Pacific</w:t></w:r></w:ins>'))
        else:
            paragraph.append(parse_xml(control.format(nsdecls("w"), "<w:showingPlcHdr/>" if prompt else "", value)))
    document.add_paragraph("GENERAL ACCOUNTABILITY")
    document.add_paragraph("Directs the real property services of the Region.")
    document.add_paragraph("DIMENSIONS")
    dimensions = document.add_table(rows=2, cols=4)
    for cell, text in zip(dimensions.rows[0].cells + dimensions.rows[1].cells,
                          ("Human resources (FTEs)", "Salary budget", "Non-pay operating", "Grand total",
                           "96", "$9,100,000", "$3,850,000", "$12,950,000")):
        cell.text = text
    document.add_paragraph("SPECIFIC ACCOUNTABILITIES")
    document.add_paragraph("1. Directs the management of Crown-owned buildings.")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_word_forms_content_controls_page_header_and_tracked_changes(tmp_path: Path) -> None:
    root, text = _import(tmp_path, "wd.docx", _word_form())
    record = _record(root, "60412")
    assert (record["title"], record["classification"], record["supervisor"]["title"]) == (
        "Director, Real Property Services", "EX-02", "Regional Director General, Pacific")
    assert record.get("job_code") is None and "Click here" not in text
    assert record["dimensions"] == {"fte": 96, "salary": 9_100_000, "o_and_m": 3_850_000, "total": 12_950_000}


def test_a_word_forms_labels_over_their_values_in_a_table(tmp_path: Path) -> None:
    """``| Official Position Title | Grp/Lvl | Position Identifier |`` over ``| Director, X |
    EX-02 | 60412 |``, row after row: each label with the value under it, though a title and a
    classification column also head tables of direct reports."""
    text = ("WORK DESCRIPTION\n| Official Position Title | Grp/Lvl | Position Identifier |\n"
            "| Director, Real Property Services | EX-02 | 60412 |\n| Job ID | Date of Effect | Position Location |\n"
            "| 100981 | May 11, 2015 | Vancouver, British Columbia |\n"
            + BODY.format(structure="Organization Structure\n| Subordinate Position Title | Classification | FTE |\n"
                                    "| Manager, Leasing | AS-06 | 22 |\n"))
    root, _ = _import(tmp_path, "wd.txt", text)
    record = _record(root, "60412")
    assert (record["title"], record["classification"], record["job_code"], record["effective_date"],
            record["location"]) == ("Director, Real Property Services", "EX-02", "100981", dt.date(2015, 5, 11),
                                    "Vancouver, BC")
    assert _reports(root, "60412", 1) == [("Manager, Leasing", "AS-06", 22)]


def test_a_word_table_of_two_columns_with_labels_over_values(tmp_path: Path) -> None:
    """A two-column Word table whose labels stand over their values, two by two (``Poste no |
    Niveau du poste`` / ``DEC-01340 | EX-01``): each label gets the value under it, position
    numbers with letters included; a lone row whose value looks like a label is left alone."""
    rows = ("| Région | Titre de la fonction |\n| Secteur des opérations | Directeur, Bureau d'affaires Abitibi |\n"
            "| Poste no | Niveau du poste |\n| DEC-01340 | EX-01 |\n| No de l'emploi | Date de l'approbation |\n"
            "| DEC-30044 | 15 mai 2023 |\n| Ville | N° du poste du supérieur |\n| Rouyn-Noranda (Québec) | DEC-00872 |\n")
    text = ("DESCRIPTION DE TRAVAIL\n" + rows + "RESPONSABILITÉS GÉNÉRALES\nDirige les programmes du bureau.\n"
            "ACTIVITÉS PRINCIPALES\n1. Dirige les programmes.\n2. Gère les ressources.\n")
    root, _ = _import(tmp_path, "dt.docx", docx_bytes(text))
    record = _record(root, "DEC-01340")
    assert (record["title"], record["classification"], record["job_code"], record["effective_date"],
            record["location"], record["reports_to"]) == (
        "Directeur, Bureau d'affaires Abitibi", "EX-01", "DEC-30044", dt.date(2023, 5, 15), "Rouyn-Noranda, QC",
        "DEC-00872")


def test_supervisor_numbers_with_letters_and_more_french_wordings(tmp_path: Path) -> None:
    """Departments number positions with letters (``Q-7000``, ``BT-44000``), given before the
    supervisor's title (``Rapporte à : Q-7000 - Directeur…``) or under a label of the
    supervisor (``No du poste du supérieur hiérarchique``); ``Libellé du poste``, ``Classif.``
    and the ``Résultats du service à la clientèle`` template are a French form's words."""
    for number, supervisor in (("Q-7723", "Rapporte à : Q-7000 - Directeur général régional, Région du Québec (EX-03)"),
                               ("BT-44512", "No du poste du supérieur hiérarchique : Q-7000\nTitre du poste du "
                                            "supérieur hiérarchique : Directeur général régional, Région du Québec")):
        text = (f"Description de travail (EX)\nLibellé du poste : Directrice de district, Montérégie\n"
                f"No de poste : {number}\nClassif. : EX-01\n{supervisor}\n\nRÉSULTATS DU SERVICE À LA CLIENTÈLE\n"
                "Diriger les opérations frontalières du district.\n\nPRINCIPALES ACTIVITÉS\n1. Dirige les opérations.\n")
        (tmp_path / number).mkdir()
        root, _ = _import(tmp_path / number, "dt.txt", text)
        record = _record(root, number)
        assert (record["title"], record["classification"], record["reports_to"], record["supervisor"]["title"]) == (
            "Directrice de district, Montérégie", "EX-01", "Q-7000", "Directeur général régional, Région du Québec")


def test_supervisor_numbers_in_a_qualified_label_or_in_the_structures_prose(tmp_path: Path) -> None:
    """``Position No. (Supervisor):`` is the supervisor's number, not the position's; ``reports
    to the Assistant Deputy Minister, Operations (EX-04, position CN-0010)`` gives it in prose; a
    form's fields two by two in a Word row (``| Business Line | X | Working Title | Director, Y |``)
    keep their pairs though one label is worded as no other form."""
    text = ("WORK DESCRIPTION\n| Business Line | Domestic Network | Working Title | Director, Northern Programs |\n"
            "Position Number: CN-0612\nPosition No. (Supervisor): P-72000\nClassification: EX-01\n"
            + BODY.format(structure="Organization Structure\nThe incumbent reports to the Assistant Deputy Minister, "
                                    "Operations (EX-04, position CN-0010).\n"))
    root, _ = _import(tmp_path, "wd.txt", text)
    record = _record(root, "CN-0612")
    assert (record["title"], record["reports_to"]) == ("Director, Northern Programs", "P-72000")
    text = text.replace("Position No. (Supervisor): P-72000\n", "")
    (tmp_path / "prose").mkdir()
    root, _ = _import(tmp_path / "prose", "wd.txt", text)
    record = _record(root, "CN-0612")
    assert (record["reports_to"], record["supervisor"]["title"], record["supervisor"]["classification"]) == (
        "CN-0010", "Assistant Deputy Minister, Operations", "EX-04")


def test_person_years_and_a_classification_between_a_title_and_its_count(tmp_path: Path) -> None:
    """Older forms count in person-years (``Person-years``, ``PY``, ``a.-p.``) and head a
    classification column ``Class.``; a report written ``Director, X, EX-01 (staff of 212)``
    has its classification after its title, before its count."""
    tables = {"py": "Subordinate positions                 Class.  PY\nAssistant Director, Operations        PM-06  196\n"
                    "Manager, Administration and Finance   AS-05  12\n",
              "prose": "The following positions report to the Director: Assistant Director, Operations, PM-06 (staff "
                       "of 196) leads processing; Manager, Administration and Finance, AS-05 (12 a.-p.) manages "
                       "finances.\n"}
    for name, structure in tables.items():
        text = ("WORK DESCRIPTION\nPosition Title: Director, Tax Centre\nPosition Number: 36015\nClassification: EX-02\n"
                + BODY.format(structure=f"Organization Structure\n{structure}"))
        root, _ = _import(tmp_path, "wd.txt", text)
        assert _reports(root, "36015", 2) == [("Assistant Director, Operations", "PM-06", 196),
                                              ("Manager, Administration and Finance", "AS-05", 12)], name


def test_figures_in_thousands_dates_with_their_weekday_and_misspelt_date_labels(tmp_path: Path) -> None:
    """``Resources ($000)`` over ``Salary: 14,230``: thousands of dollars, marked to verify; a
    date written with its weekday (``Monday, October 26, 2020``); ``Classification date`` and a
    misspelt ``Efective Date`` are the description's date, not its classification."""
    for name, label, written in (("weekday", "Date Effective", "Monday, October 26, 2020"),
                                 ("classification", "Classification date", "2020-10-26"),
                                 ("misspelt", "Efective Date", "October 26, 2020")):
        text = (f"WORK DESCRIPTION\nPosition Title: Director General, Financial Management\nPosition Number: 11150\n"
                f"Group-Level: EX-03\n{label}: {written}\n"
                + BODY.format(structure="Dimensions\nResources (FY 2017-18): ($000)\nFTE: 146\nSalary: 14,230\n"
                                        "Operations & maintenance: 2,870\nTotal (salary and O&M): 17,100\n"))
        root, records = _import(tmp_path, "wd.txt", text)
        record = _record(root, "11150")
        assert (record["classification"], record["effective_date"]) == ("EX-03", dt.date(2020, 10, 26)), name
        assert record["dimensions"] == {"fte": 146, "salary": 14_230_000, "o_and_m": 2_870_000, "total": 17_100_000}
        assert 'salary: 14230000  # hrkit: verify — the document reads "14,230 ($000)"' in records


def test_a_location_a_scans_run_goes_on_after_and_supervisors_written_other_ways(tmp_path: Path) -> None:
    """A location ends with its province (``Halifax (Nova Scotia) Part 1 - Summary: ...`` in a
    scan's run); a supervisor's level after a comma in prose (``reports directly to the Director
    General, X, EX03.``), an ``Executive Vice-President``, a ``Supervisor's PIN`` and a
    ``Supervisor's Position``."""
    text = ("WORK DESCRIPTION\nPosition Title: Director, Consular Case Management\nPosition Number: 11150\n"
            "Group-Level: EX-01\nLocation: Halifax (Nova Scotia) Part 1 - Summary: Directs the consular programs.\n"
            + BODY.format(structure="Organization Structure\nThe position reports directly to the Director General, "
                                    "Consular Operations, EX03.\n"))
    root, _ = _import(tmp_path, "wd.txt", text)
    record = _record(root, "11150")
    assert (record["location"], record["supervisor"]["title"], record["supervisor"]["classification"]) == (
        "Halifax, NS", "Director General, Consular Operations", "EX-03")
    text = ("WORK DESCRIPTION\nPosition Title: Director, Health Evaluation\nPosition Number (PIN): HC-88410\n"
            "Group-Level: EX-02\nSUPERVISOR'S PIN: HC-88400\nSUPERVISOR'S POSITION: Executive Vice-President and "
            "Chief Regulatory Operations Officer\n" + BODY.format(structure=""))
    (tmp_path / "pin").mkdir()
    root, _ = _import(tmp_path / "pin", "wd.txt", text)
    record = _record(root, "HC-88410")
    assert (record["reports_to"], record["supervisor"]["title"]) == (
        "HC-88400", "Executive Vice-President and Chief Regulatory Operations Officer")


def test_report_tables_whose_header_starts_with_a_position_number_label(tmp_path: Path) -> None:
    """``| Pos. No. | Direct Report | Level | Total FTEs supervised |``: the header's first label
    is also one of the position's own, but in a table of reports it heads a column, it is no
    field that ends the section; ``Job Title of Report`` heads the titles."""
    for name, header, row in (
            ("cbsa", "| Pos. No. | Direct Report | Level | Total FTEs supervised |",
             "| 00431 | Chief of Operations, Terminal 1 | FB-06 | 212 |"),
            ("cfia", "| Job Title of Report | Pos. # | Classification (Group-Level) | Employees | Main Responsibilities |",
             "| Chief of Operations, Terminal 1 | 10241 | FB-06 | 212 | inspection delivery |")):
        text = ("WORK DESCRIPTION\nPosition Title: Director, Passenger Operations\nPosition Number: 00417\n"
                "Classification: EX-02\n" + BODY.format(structure=f"Organization Structure\nThe following positions "
                                                                    f"report directly to the incumbent:\n{header}\n{row}\n"))
        root, _ = _import(tmp_path, "wd.docx", docx_bytes(text))
        assert _reports(root, "00417", 1) == [("Chief of Operations, Terminal 1", "FB-06", 212)], name


def test_reports_listed_with_a_typewriters_o_or_a_chevron_for_bullet(tmp_path: Path) -> None:
    """``o Section Head, Toxicology – BI-O5 – 27 full-time equivalents``, ``> Manager, X (PM-06,
    8 FTEs)``: each listed line a report, not one line run on into the next."""
    structure = ("Organization Structure\nThe following positions report to the Director:\n\n"
                 "o Section Head, Toxicology – BI-O5 – 27 full-time equivalents\n"
                 "o Section Head, Occupational Exposure – BI-05 – 19 full-time equivalents\n"
                 "> Manager, Evaluation Coordination (PM-06, 8 FTEs)\n")
    text = ("WORK DESCRIPTION\nPosition Title: Director, Health Evaluation\nPosition Number: 88410\nClassification: EX-02\n"
            + BODY.format(structure=structure))
    root, _ = _import(tmp_path, "wd.txt", text)
    assert _reports(root, "88410", 3) == [("Section Head, Toxicology", "BI-05", 27),
                                          ("Section Head, Occupational Exposure", "BI-05", 19),
                                          ("Manager, Evaluation Coordination", "PM-06", 8)]


def test_the_supervisors_fields_after_a_supervisor_label(tmp_path: Path) -> None:
    """``Supervisor: position number: W-11000``, ``Supervisor: title: ...``: the supervisor's
    fields, each after the word that says whose; no name is taken for a title."""
    text = ("EXECUTIVE WORK DESCRIPTION\nPosition title: Director General, Operations\nPosition number: W-11040\n"
            "Classification: EX-02\nSupervisor: position number: W-11000\nSupervisor: title: Assistant Deputy "
            "Minister, Saskatchewan\nSupervisor: classification: EX 04\n" + BODY.format(structure=""))
    root, _ = _import(tmp_path, "wd.txt", text)
    record = _record(root, "W-11040")
    assert (record["reports_to"], record["supervisor"]["title"], record["supervisor"]["classification"]) == (
        "W-11000", "Assistant Deputy Minister, Saskatchewan", "EX-04")


def test_a_converters_markdown_escapes_and_hard_line_breaks(tmp_path: Path) -> None:
    """pandoc ends a line with ``\\`` for a hard line break and escapes ``$`` and ``-``: no text of
    the document's."""
    text = ("# Work Description\n\n**Position name:** Director General, Program Integration\\\n"
            "**Position nbr:** INFC-00388\\\n**Classification level:** EX-02\\\n\n## Dimensions\n\n"
            "Salary: \\$4.21M\\\nO&M: \\$385K\n\n## Key Activities\n\n1. Directs the programs.\n")
    root, _ = _import(tmp_path, "wd.md", text)
    record = _record(root, "INFC-00388")
    assert (record["title"], record["classification"]) == ("Director General, Program Integration", "EX-02")
    assert (record["dimensions"]["salary"], record["dimensions"]["o_and_m"]) == (4_210_000, 385_000)


def test_other_documents_of_a_records_folder_are_refused_with_what_they_are(tmp_path: Path) -> None:
    """A performance agreement, a staffing request or an organization chart names the position,
    its number and its budget too; their first lines say what they are, and they are refused
    with it (a work description named after their name, ``forward with the approved work
    description``, changes nothing). A work description's own title first keeps it a work description."""
    root = tmp_path / "repo"
    root.mkdir()
    init_repository(root, organization="Shapes test", today=dt.date(2026, 11, 25))
    body = ("Position Number: 30417\nPosition Title: Director, Regional Operations\nClassification: EX-01\n"
            "Dimensions\nSalary: $2.1M\nO&M: $0.4M\n")
    for name, top, what in (("pma.txt", "PERFORMANCE MANAGEMENT AGREEMENT 2016-17", "a performance agreement"),
                            ("dotation.txt", "DEMANDE DE MESURE DE DOTATION", "a staffing request"),
                            ("sar.txt", "STAFFING ACTION REQUEST\nComplete all sections and forward to Executive "
                                        "Services with the approved work description.", "a staffing request"),
                            ("chart.txt", "Organization Chart - Fisheries Management, Pacific", "an organization chart"),
                            ("poster.txt", "Job Opportunity / Possibilité d'emploi\nSelection process number: "
                                           "24-DFO-EA-0392\nDuties\n- Lead the team", "a job poster"),
                            ("noi.txt", "NOTICE OF INTENT TO MAKE AN APPOINTMENT / AVIS D'INTENTION DE FAIRE UNE "
                                        "NOMINATION\nPerson being considered: Priya Raghunathan",
                             "a notice of appointment"),
                            ("epa.txt", "Executive Performance Agreement / Entente de rendement de cadre\nFiscal Year "
                                        "2022-23", "a performance agreement"),
                            ("fiche.txt", "FICHE D'ÉVALUATION - GROUPE DE LA DIRECTION (EX)\nNiveau proposé: EX-03",
                             "a classification rating sheet"),
                            ("faa.txt", "DELEGATION OF FINANCIAL SIGNING AUTHORITIES\nFinancial Administration Act, "
                                        "sections 32, 33 and 34", "a delegation of signing authorities")):
        (tmp_path / name).write_text(f"{top}\n{body}", encoding="utf-8")
        result = run_cli(["import", str(tmp_path / name)], root)
        assert result.exit_code == 2 and f"{what}, not a work description" in result.stderr, name
    assert not list((root / "records/positions").glob("*.yaml"))
    (tmp_path / "wd.txt").write_text(f"EXECUTIVE WORK DESCRIPTION\nOrganization chart attached\n{body}", encoding="utf-8")
    assert run_cli(["import", str(tmp_path / "wd.txt")], root).exit_code == 0


def test_a_scanned_forms_boxes_whose_bars_the_scan_misread(tmp_path: Path) -> None:
    """A form's boxes drawn with ``+----+`` edges, their bars read as ``[``, ``]``, ``I`` or
    ``l``, a speck after an edge, a stamp between two boxes, a value running past its box: each
    box a label and its value."""
    edge = "+--------------------------+----------------------------------+"
    rows = [("[", "Nom du poste", "Directeur, Bureau de la Péninsule acadienne et du Nord-Est"), ("l", "No poste", "304l7"),
            ("I", "Groupe-niveau", "EX OI"), ("]", "Poste du superieur no", "30001")]
    lines = [edge]
    for bar, label, value in rows:
        lines += [f"{bar} {label:<25}{bar} {value:<33}|", edge + (" ." if label == "No poste" else "")]
    lines.insert(3, "PROTÉGÉ B")
    text = ("--- Full Extracted Text ---\nDESCRIPTION DE TRAVAIL - POSTE DE DIRECTION\n\n" + "\n".join(lines) +
            "\n\nRESPONSABILITÉS GÉNÉRALES\nDiriger les programmes du bureau.\n\nACTIVITÉS PRINCIPALES\n"
            "1. Dirige les programmes.\n")
    root, _ = _import(tmp_path, "scan.txt", text)
    record = _record(root, "30417")
    assert (record["title"], record["classification"], record["reports_to"]) == (
        "Directeur, Bureau de la Péninsule acadienne et du Nord-Est", "EX-01", "30001")


def test_reports_listed_with_what_they_are_responsible_for(tmp_path: Path) -> None:
    """``Resource Conservation Manager, responsible for ecological integrity ...`` on its line:
    a report whose role word may end its title."""
    structure = ("Organization Structure\nThe following positions report directly to the incumbent:\n"
                 "Resource Conservation Manager, responsible for ecological integrity monitoring.\n"
                 "Manager, Haida Heritage and Cooperative Management, responsible for support to the Board.\n")
    text = ("WORK DESCRIPTION\nPosition Title: Field Unit Superintendent\nPosition Number: 81107\nClassification: EX-01\n"
            + BODY.format(structure=structure))
    root, _ = _import(tmp_path, "wd.txt", text)
    assert _reports(root, "81107", 2) == [("Resource Conservation Manager", None, None),
                                          ("Manager, Haida Heritage and Cooperative Management", None, None)]


def test_group_and_level_in_fields_of_their_own_and_counts_before_titles(tmp_path: Path) -> None:
    """An HR printout's ``Groupe: EX`` and ``Niveau: 01`` are one classification; ``Point de
    service`` is the location; a report listed count first (``- 142 employés - Gestionnaire, X
    (SI-05)``) has its classification after its title, or alone on the next line."""
    structure = ("1. ORGANISATION ET STRUCTURE\nLes 3 postes suivants relèvent du titulaire :\n"
                 "- 142 employés - Gestionnaire régional, Collecte sur le terrain - Québec (SI-05)\n"
                 "- 118 employés - Gestionnaire régionale, Collecte sur le terrain - Atlantique\n  (SI-05)\n"
                 "- 12 employés - Gestionnaire, Soutien aux opérations\n")
    text = ("Description de travail\nIntitulé du poste:   Directeur, Opérations de collecte\n"
            "Numéro du poste:    71-4402\nGroupe:             EX\nNiveau:             01\n"
            "Point de service:   Sherbrooke (Québec)\n\n" + structure +
            "\n2. ACTIVITÉS PRINCIPALES\n1. Dirige les opérations de collecte.\n2. Gère les ressources du secteur.\n")
    root, _ = _import(tmp_path, "dt.txt", text)
    record = _record(root, "71-4402")
    assert (record["classification"], record["location"]) == ("EX-01", "Sherbrooke, QC")
    assert _reports(root, "71-4402", 3) == [
        ("Gestionnaire régional, Collecte sur le terrain - Québec", "SI-05", 142),
        ("Gestionnaire régionale, Collecte sur le terrain - Atlantique", "SI-05", 118),
        ("Gestionnaire, Soutien aux opérations", None, 12)]


def test_wardens_reports_after_a_sentence_and_an_accountants_millions(tmp_path: Path) -> None:
    """A warden is a role (``Warden, Stony Mountain Institution (EX-01), (staff of 520)``); a
    line that runs a sentence into a colon (``... Prairies. The following O&M: $21.5 MM``) is no
    report; ``$178 MM`` is 178 million dollars."""
    structure = ("Organization and Reporting\nThe position is one of seven positions reporting to the Regional\n"
                 "Deputy Commissioner, Prairies. The following O&M: $21.5 MM\n"
                 "- Warden, Stony Mountain Institution (EX-01), (staff of 520), responsible for the institution.\n"
                 "- Director, Regional Operations and Security (WP-07), (staff of 14), responsible for reporting.\n"
                 "\nResources Managed\nSalary: $178 MM\nTotal Managed: $199.5 MM\n")
    text = ("WORK DESCRIPTION\nPosition Title: Assistant Deputy Commissioner, Prairies\nPosition Number: 31002\n"
            "Classification: EX-02\n" + BODY.format(structure=structure))
    root, _ = _import(tmp_path, "wd.txt", text)
    assert _reports(root, "31002", 2) == [("Warden, Stony Mountain Institution", "EX-01", 520),
                                          ("Director, Regional Operations and Security", "WP-07", 14)]
    dims = _record(root, "31002")["dimensions"]
    assert (dims["salary"], dims["total"]) == (178_000_000, 199_500_000)


def test_labels_hrkit_has_no_phrase_for_alone_over_their_values(tmp_path: Path) -> None:
    """``Position ID`` / ``39960``, ``Approved Effective Date`` / ``2021-10-25``, ``City`` /
    ``Ottawa, Ontario``: labels named from their words, alone over values of their kind; a title
    wrapped under its label goes on; ``Position No.`` ending a line has its number on the next;
    a report's count in words (``who leads a staff of 16``); ``PRINCIPAL RESPONSIBILITIES`` is a
    heading, not a report."""
    text = ("JOB DESCRIPTION\nWorking Title\nDirector, Broadband Fund Operations and Spectrum\nManagement\n"
            "Classification Level\nEX 01\n"
            "Job Description No.\n102844\nPosition ID\n39960\nApproved Effective Date\n2021-10-25\nPortfolio\n"
            "Innovation Canada\nCity\nOttawa, Ontario\n"
            "Reports to: Director General, Connectivity Programs (EX-02), Position No.\n39900\n\n"
            "Organization Structure\nThe position has 2 direct reports: the Manager, Project Intake (PM 06), who leads a staff of\n"
            "13; the Manager, Contribution Agreements (PM 05), who leads a staff of 11.\n\n"
            "PRINCIPAL RESPONSIBILITIES:\n(a) Oversees the management of grants and contributions.\n"
            "(b) Leads change management initiatives.\n")
    root, _ = _import(tmp_path, "wd.txt", text)
    record = _record(root, "39960")
    assert (record["job_code"], record["effective_date"], record["location"], record["reports_to"]) == (
        "102844", dt.date(2021, 10, 25), "Ottawa, ON", "39900")
    assert (record["title"], record["supervisor"]["title"]) == (
        "Director, Broadband Fund Operations and Spectrum Management", "Director General, Connectivity Programs")
    assert _reports(root, "39960", 2) == [("Manager, Project Intake", "PM-06", 13),
                                          ("Manager, Contribution Agreements", "PM-05", 11)]


def test_a_scans_run_under_its_departments_name_with_a_barred_table_of_reports(tmp_path: Path) -> None:
    """``NATURAL RESOURCES CANADA JOB DESCRIPTION`` opening a scan's run is its title, not a
    section (its labels are read: ``Job Description No.:``); a table of reports with bars and an
    empty classification cell (``Head, Marine Geoscience |  | 17``); a list's codes without their
    hyphen between dashes (``– EX02 – 197 FTEs``), one wrapped after its dash."""
    scan = ("NATURAL RESOURCES CANADA JOB DESCRIPTION I. POSITION DATA GROUP & LEVEL: EX-01 JOB TITLE: Director, "
            "Marine Geoscience Job Description No.: 100884 POSITION #: 61377 II. SUMMARY OF ACCOUNTABILITY Provides "
            "leadership for marine geoscience of the Atlantic margin and the Arctic, ensuring that programs are "
            "delivered efficiently and that science and evidence inform the decisions of the department and of its "
            "partners. III. ORGANIZATION Reporting to the Director are: Position | Group/Level "
            "| FTEs Head, Marine Geoscience |  | 17 Head, Offshore Basin Analysis |  | 13 IV. SPECIFIC "
            "ACCOUNTABILITIES o Leads change management. o Directs the planning of the programs.")
    root, _ = _import(tmp_path, "scan.txt", "--- Full Extracted Text ---\n" + scan)
    assert _record(root, "61377")["job_code"] == "100884"
    assert _reports(root, "61377", 2) == [("Head, Marine Geoscience", None, 17), ("Head, Offshore Basin Analysis", None, 13)]
    structure = ("ORGANIZATION\nThe following positions report to the incumbent:\n"
                 "1) Director General, Industry Statistics Branch \u2013 EX02 \u2013 197 FTEs\n"
                 "2) Director General, Agriculture, Energy and Environment Statistics Branch \u2013\nEX02 \u2013 162 FTEs\n")
    text = ("WORK DESCRIPTION\nPosition Title: Assistant Chief Statistician\nPosition Number: 35100\n"
            "Classification: EX-04\n" + BODY.format(structure=structure))
    (tmp_path / "dashes").mkdir()
    root, _ = _import(tmp_path / "dashes", "wd.txt", text)
    assert _reports(root, "35100", 2) == [
        ("Director General, Industry Statistics Branch", "EX-02", 197),
        ("Director General, Agriculture, Energy and Environment Statistics Branch", "EX-02", 162)]


def test_a_bilingual_word_form_of_three_columns_and_fields_side_by_side(tmp_path: Path) -> None:
    """A bilingual Word form: each row a label in both languages with only a space between them
    (``Position number Numéro du poste``, one half worded as hrkit has no phrase for: ``Title of
    superior Titre du gestionnaire``), the English value, the French value; a figure given again
    in French (``$24,300,000 / 24 300 000 $``) is one figure. Fields set apart side by side on
    one line (``Position ID: M-40771      Level: EX-02``) are two fields."""
    text = ("# WORK DESCRIPTION / DESCRIPTION DE TRAVAIL\n|  | English | Français |\n"
            "| Position title Titre du poste | Field Unit Superintendent, Banff | Directeur d'unité de gestion, Banff |\n"
            "| Group and level Groupe et niveau | EX - 02 | EX - 02 |\n"
            "| Position number Numéro du poste | PC-2290 | PC-2290 |\n"
            "| Title of superior Titre du gestionnaire | Vice-President, Operations | Vice-président, Opérations |\n"
            "| Superior's position number Poste du gestionnaire (no) | PC-2200 | PC-2200 |\n"
            "# GENERAL ACCOUNTABILITY / RESPONSABILITÉ GÉNÉRALE\nManages Banff National Park.\n"
            "# DIMENSIONS\n| Salary | $24,300,000 | 24 300 000 $ |\n| O&M | $11,800,000 | 11 800 000 $ |\n"
            "# SPECIFIC ACCOUNTABILITIES / RESPONSABILITÉS SPÉCIFIQUES\nDirects the park's operations.\n")
    root, _ = _import(tmp_path, "form.docx", docx_bytes(text))
    record = _record(root, "PC-2290")
    assert (record["title"], record["classification"], record["reports_to"], record["supervisor"]["title"]) == (
        "Field Unit Superintendent, Banff", "EX-02", "PC-2200", "Vice-President, Operations")
    assert (record["dimensions"]["salary"], record["dimensions"]["o_and_m"]) == (24_300_000, 11_800_000)
    text = ("Job Description - Executive Group\n\nPosition ID: M-40771      Level: EX-02\n"
            "Generic Job No.: 208944      Date Effective (Classification): 2021-01-18\n"
            "Duty Station: Dartmouth, Nova Scotia      Supervisor's Pos. No.: M-40001\n"
            + BODY.format(structure=""))
    (tmp_path / "side").mkdir()
    root, _ = _import(tmp_path / "side", "wd.txt", text)
    record = _record(root, "M-40771")
    assert (record["classification"], record["job_code"], record["location"], record["reports_to"]) == (
        "EX-02", "208944", "Dartmouth, NS", "M-40001")


def test_people_costs_the_supervisor_in_the_headers_prose_and_reports_among_the_resources(tmp_path: Path) -> None:
    """``Personnel: $ 37,500,000`` is the salaries; an amount is not labelled by the label that
    opens the next line (``O & M:``); ``The position reports to the Director General, X`` /
    ``(EX-3), position number 30400.`` among the header's fields names the supervisor; reports
    listed with their counts under ``Structure and Resources`` are not the unit's count."""
    text = ("EXECUTIVE WORK DESCRIPTION\nTitle of position\nExecutive Director, Passport Operations\nLevel\nEX 02\n"
            "Position Number\n30417\n\nThe position reports to the Director General, Benefits Processing Operations\n"
            "(EX-3), position number 30400.\n\nGENERAL ACCOUNTABILITY\nLeads passport operations.\n\n"
            "Structure and Resources\n- Area Chief, Eastern Newfoundland (GT-06) – 47 FTEs\n\n"
            "Personnel: $ 37,500,000\nO & M: $ 22,000,000\nFTE's: 459\n\n"
            "SPECIFIC ACCOUNTABILITIES\n1. Directs the examination of passports.\n")
    root, _ = _import(tmp_path, "wd.txt", text)
    record = _record(root, "30417")
    assert (record["reports_to"], record["supervisor"]["title"], record["supervisor"]["classification"]) == (
        "30400", "Director General, Benefits Processing Operations", "EX-03")
    assert record["dimensions"] == {"fte": 459, "salary": 37_500_000, "o_and_m": 22_000_000}
    assert _reports(root, "30417", 1) == [("Area Chief, Eastern Newfoundland", "GT-06", 47)]


def test_dimensions_written_in_older_and_french_notations(tmp_path: Path) -> None:
    """``O&M $: $1,260,000`` (a dollar sign after the label); ``Salary dollars ($000): l,I3O`` (the
    unit ``($000)`` is no figure of $0); ``S,O35 M$`` (a French decimal comma before ``M$``);
    ``Budget de fonctionnement`` beside the salaries and a total they add up to is the O&M."""
    cases = {"dollar": ("PY: 47\nSalary $: $3,770,000\nO&M $: $1,260,000\nTotal $: $5,030,000\n",
                        {"fte": 47, "salary": 3_770_000, "o_and_m": 1_260_000, "total": 5_030_000}),
             "thousands": ("Person-years: 26\nSalary dollars ($000): l,I3O\nO&M dollars ($000): 4lO\nTotal ($000): l,54O\n",
                           {"fte": 26, "salary": 1_130_000, "o_and_m": 410_000, "total": 1_540_000}),
             "french": ("Effectif: 54\nBudget salarial: 4,68 M$\nBudget de fonctionnement: 355 k$\nBudget total: S,O35 M$\n",
                        {"fte": 54, "salary": 4_680_000, "o_and_m": 355_000, "total": 5_035_000})}
    for name, (dims, expected) in cases.items():
        text = ("WORK DESCRIPTION\nPosition Title: Director, Hearings\nPosition Number: 11150\nClassification: EX-01\n"
                + BODY.format(structure=f"Dimensions\n{dims}"))
        root, _ = _import(tmp_path, "wd.txt", text)
        assert _record(root, "11150")["dimensions"] == expected, name


def test_an_older_french_typed_form_and_reports_counted_in_a_sentence(tmp_path: Path) -> None:
    """A department's name in capitals (``DÉVELOPPEMENT DES RESSOURCES HUMAINES CANADA``) opens no
    section, so ``DATE ....`` among the fields below it is the description's date; a title whose
    line ends with a dash goes on with the next line's words; ``Dollars salariaux (en milliers de
    dollars): 1 470`` with ``Total ...: 1 86O``; reports named in a sentence with their counts after
    a comma (``the Team Leader, Pipeline Integrity, with 14 staff; ...``)."""
    text = ("DÉVELOPPEMENT DES RESSOURCES HUMAINES CANADA\nDESCRIPTION DE TRAVAIL - GROUPE DE LA DIRECTION\n\n"
            "TITRE ............................. Directeur régional, Programme du travail -\nAtlantique\n"
            "GROUPE ET NIVEAU .................. EX-l\nNUMÉRO DE POSTE ................... HA-2210\n"
            "DATE .............................. 1er octobre 1998\n\nA. RESPONSABILITÉS GÉNÉRALES:\n"
            "Assure la direction du Programme du travail.\n\nB. ORGANISATION:\nReporting to the incumbent are the Team "
            "Leader, Pipeline Integrity, with 14 staff; and the Team Leader, Safety and Emergency Response, with 9 "
            "staff.\n\nD. DIMENSIONS:\nAnnées-personnes: 28\nDollars salariaux (en milliers de dollars): 1 470\n"
            "Dollars de F et E (en milliers de dollars): 390\nTotal (en milliers de dollars): 1 86O\n\n"
            "E. ACTIVITÉS PRINCIPALES:\n1. Dirige l'examen des politiques.\n")
    root, _ = _import(tmp_path, "dt.txt", text)
    record = _record(root, "HA-2210")
    assert (record["title"], record["effective_date"]) == (
        "Directeur régional, Programme du travail - Atlantique", dt.date(1998, 10, 1))
    assert record["dimensions"] == {"fte": 28, "salary": 1_470_000, "o_and_m": 390_000, "total": 1_860_000}
    assert _reports(root, "HA-2210", 2) == [("Team Leader, Pipeline Integrity", None, 14),
                                            ("Team Leader, Safety and Emergency Response", None, 9)]


def test_supervisor_labels_set_apart_by_a_dash_and_reports_numbered_with_a_staff_count(tmp_path: Path) -> None:
    """``Immediate Superior - Title:`` and ``Immediate Superior - Position No.:`` are the
    supervisor's fields; ``1) Director, X – staff of 34`` and ``- Manager, Y – team of 6`` are
    reports with their counts."""
    text = ("Job Description\nClassification (Group/Level): EX-2\nPosition: Director General, Environmental Assessment\n"
            "Org. Position No.: 68220\nImmediate Superior - Position No.: 68001\n"
            "Immediate Superior - Title: Executive Director, Pest Management Regulatory Agency\n"
            + BODY.format(structure="Structure\nThe following positions report to the incumbent:\n"
                                    "1) Director, Environmental Fate and Modelling – staff of 34\n"
                                    "- Manager, Science Policy and Coordination – team of 6\n"))
    root, _ = _import(tmp_path, "wd.txt", text)
    record = _record(root, "68220")
    assert (record["title"], record["reports_to"], record["supervisor"]["title"]) == (
        "Director General, Environmental Assessment", "68001", "Executive Director, Pest Management Regulatory Agency")
    assert _reports(root, "68220", 2) == [("Director, Environmental Fate and Modelling", "EX-01", 34),
                                          ("Manager, Science Policy and Coordination", None, 6)]


def test_headings_numbered_with_a_decimal_and_a_count_ending_the_line_before_one(tmp_path: Path) -> None:
    """``2.0 SUMMARY OF ACCOUNTABILITY:``, ``3.0 NATURE & SCOPE OF WORK:`` and ``4.0
    ORGANIZATION:`` are headings (not the department's label); a count ending the line before a
    heading (``who leads a staff of 12.``) is not the heading's number."""
    text = ("Job Description\nPosition: Director, Western Region\nClassification (Group/Level): EX – 01\n"
            "Org. Position No.: 36500\nDept.: Statistics Canada\n2.0 SUMMARY OF ACCOUNTABILITY:\n"
            "Directs survey collection in the western provinces.\n3.0 NATURE & SCOPE OF WORK:\n"
            "The position manages a diverse workforce.\n4.0 ORGANIZATION:\nThe Director reports to the Director "
            "General, Collection Planning (EX – 03), position number 36001. The position has 1 direct report: the "
            "Manager, Regional Administration (AS-04), who leads a staff of\n12.\n\nNature & Scope Of Work\n"
            "Budgets are tight.\n5.0 SPECIFIC ACCOUNTABILITIES:\n- Leads the development of strategies.\n")
    root, _ = _import(tmp_path, "wd.txt", text)
    record = _record(root, "36500")
    assert (record["reports_to"], record["supervisor"]["title"]) == ("36001", "Director General, Collection Planning")
    assert record["general_accountability"] == "Directs survey collection in the western provinces."
    assert _reports(root, "36500", 1) == [("Manager, Regional Administration", "AS-04", 12)]


def test_french_headings_in_sentence_case_and_a_label_naming_a_section(tmp_path: Path) -> None:
    """``Nature et portée du travail``, ``Ressources`` and ``Fonctions principales`` after a blank
    line are headings (``Unité organisationnelle`` over its value stays a label); ``Organisation:
    Subordonnés immédiats`` opens the structure, not the department's field."""
    text = ("DESCRIPTION DE TRAVAIL – GROUPE DE LA DIRECTION (EX)\n\nUnité organisationnelle\nDirection des opérations\n\n"
            "Intitulé fonctionnel: Directeur, Sécurité ferroviaire\nNiveau: EX-01\nNuméro de poste: 990339\n\n"
            "Sommaire des responsabilités\nLe poste planifie les activités de l'unité.\n\n"
            "Organisation: Subordonnés immédiats\n• Gestionnaire, Inspections ferroviaires (TI-07, 22 ETP)\n\n"
            "Ressources\nEffectif: 42\nTraitements et salaires: 3,7 millions $\nBudget global: 3 791 000,00 $\n\n"
            "Nature et portée du travail\n\nLes décisions du titulaire ont des répercussions directes.\n\n"
            "Fonctions principales\n1. Représente l'organisation lors de consultations.\n")
    root, _ = _import(tmp_path, "dt.txt", text)
    record = _record(root, "990339")
    assert (record["title"], record["dimensions"]) == (
        "Directeur, Sécurité ferroviaire", {"fte": 42, "salary": 3_700_000, "total": 3_791_000})
    assert record["nature_and_scope"] == "Les décisions du titulaire ont des répercussions directes."
    assert record["specific_accountabilities"] == ["Représente l'organisation lors de consultations."]
    assert _reports(root, "990339", 1) == [("Gestionnaire, Inspections ferroviaires", "TI-07", 22)]


def test_a_bilingual_table_of_reports_read_as_one_row_per_report(tmp_path: Path) -> None:
    """``Director, X – EX-01 – 74`` beside ``Directeur, X – EX-01 – 74`` in a bilingual Word
    table is one report, read in the language of the document; the bare number after its
    classification is its count."""
    text = ("# POSITION DESCRIPTION\n* **Job Title:** Director General, Health Products\n* **Position #:** 16001\n"
            "* **Group/Level:** EX-03\n# Organization: Structure\n"
            "| Director, Pre-market Licensing – EX-01 – 74 | Directeur, Homologation préalable – EX-01 – 74 |\n"
            "| Senior Medical Advisor – MD-MSP-03 – 1 | Conseiller médical principal – MD-MSP-03 – 1 |\n"
            "# Specific Accountabilities\nDirects the licensing of health products.\n")
    root, _ = _import(tmp_path, "wd.docx", docx_bytes(text))
    assert _reports(root, "16001", 2) == [("Director, Pre-market Licensing", "EX-01", 74),
                                          ("Senior Medical Advisor", "MD-MSP-03", 1)]


def test_an_ocr_text_with_nul_bytes_for_page_breaks_is_text(tmp_path: Path) -> None:
    """An OCR program writes a NUL byte at each page break: a few in a page of text do not make
    it a binary file (many still do: tests/test_import_batch.py)."""
    text = ("WORK DESCRIPTION\nPosition Title: Director, Hydrographic Surveys\nPosition Number: 40125\n"
            "Classification: EX-01\n" + BODY.format(structure="")).replace("Specific Accountabilities",
                                                                             "\x00Specific Accountabilities")
    root, _ = _import(tmp_path, "scan.txt", text)
    record = _record(root, "40125")
    assert (record["title"], record["specific_accountabilities"][0]) == (
        "Director, Hydrographic Surveys", "Directs the programs of the unit.")


def test_a_qualified_budget_in_a_sentence_and_a_total_qualified_by_its_parts(tmp_path: Path) -> None:
    """``an operating (O&M) budget of $0.42 million`` is the O&M, not a total named by the word
    "budget" after the parenthesis; ``Total (Salary + O&M): $12,840,000`` stays the total."""
    cases = {"sentence": ("The incumbent manages 103 FTEs, a salary budget of $9.45 million and an operating (O&M) "
                          "budget of $0.42 million, for a total of $9.87 million.\n",
                          {"fte": 103, "salary": 9_450_000, "o_and_m": 420_000, "total": 9_870_000}),
             "parts": ("Salary: $11,100,000\nO&M: $1,740,000\nTotal (Salary + O&M): $12,840,000\n",
                       {"salary": 11_100_000, "o_and_m": 1_740_000, "total": 12_840_000})}
    for name, (dims, expected) in cases.items():
        text = ("WORK DESCRIPTION\nPosition Title: Director, Trademarks Examination\nPosition Number: 11150\n"
                "Classification: EX-01\n" + BODY.format(structure=f"Resources Managed\n{dims}"))
        root, _ = _import(tmp_path, "wd.txt", text)
        assert _record(root, "11150")["dimensions"] == expected, name


def test_counts_written_with_an_accented_etp(tmp_path: Path) -> None:
    """``Gestionnaire, Droits à pension – AS-06 – 118 ÉTP``: French counts with the accent."""
    structure = ("STRUCTURE ORGANISATIONNELLE\nLes postes suivants relèvent du titulaire :\n"
                 "Gestionnaire, Droits à pension – AS-06 – 118 ÉTP\nGestionnaire, Paiements de pension – AS-06 – 94 ÉTP\n")
    text = ("DESCRIPTION DE TRAVAIL\nTitre du poste: Directeur, Centre des pensions\nNuméro de poste: 51200\n"
            "Niveau: EX-01\n\nRESPONSABILITÉS GÉNÉRALES\nDirige le centre des pensions.\n\n" + structure +
            "\nACTIVITÉS PRINCIPALES\n1. Dirige le traitement des pensions.\n")
    root, _ = _import(tmp_path, "dt.txt", text)
    assert _reports(root, "51200", 2) == [("Gestionnaire, Droits à pension", "AS-06", 118),
                                          ("Gestionnaire, Paiements de pension", "AS-06", 94)]


def test_a_codes_digits_after_a_letter_prefix_are_repaired(tmp_path: Path) -> None:
    """``Generic Job Code: C1O233`` and a supervisor's ``V2O000``: after a prefix of capitals, a
    code that is mostly digits has its misread O repaired, marked to verify; so has a longer one
    with only two digits read right (``N6O2IO``)."""
    text = ("WORK DESCRIPTION\nPosition Title: Warden, Stony Mountain Institution\nPosition Number: N6O2IO\n"
            "Classification: EX-01\nGeneric Job Code: C1O233\nSupervisor's Position Number: V2O000\n"
            + BODY.format(structure=""))
    root, records = _import(tmp_path, "scan.txt", text)
    record = _record(root, "N60210")
    assert (record["job_code"], record["reports_to"]) == ("C10233", "V20000")
    assert 'job_code: "C10233"  # hrkit: verify — the document reads "C1O233"' in records


def test_the_supervisors_post_under_each_french_word_and_its_number_qualified(tmp_path: Path) -> None:
    """``Poste du surveillant: Directrice générale, X`` names the supervisor's title as ``Poste du
    superviseur`` does; ``Poste du gestionnaire (no): TC-30000`` its position number."""
    text = ("DESCRIPTION DE TRAVAIL\nTitre du poste: Directeur, Sécurité ferroviaire\nNuméro de poste: 990339\n"
            "Niveau: EX-01\nPoste du surveillant: Directrice générale régionale, Québec\n"
            "Poste du gestionnaire (no): TC-30000\n\nRESPONSABILITÉS GÉNÉRALES\nDirige la sécurité ferroviaire.\n\n"
            "ACTIVITÉS PRINCIPALES\n1. Dirige les inspections.\n")
    root, _ = _import(tmp_path, "dt.txt", text)
    record = _record(root, "990339")
    assert (record["supervisor"]["title"], record["reports_to"]) == ("Directrice générale régionale, Québec", "TC-30000")


def test_a_typed_form_without_colons_and_signers_named_over_their_dates(tmp_path: Path) -> None:
    """``GROUPE ET NIVEAU  EX02``: a label and its value set apart by two spaces; ``TITULAIRE
    RÉJEAN LACASSE`` a person, never a field; ``61 A-P`` (années-personnes) a French count; a name
    over a signature's date (``Gestionnaire délégué: Kwame Mensah`` / ``Date : ____``) and after
    ``Signature du surveillant :`` is no report and no section's text."""
    text = ("DESCRIPTION DE POSTE - GROUPE DE LA DIRECTION\nTITRE DU POSTE  DIRECTEUR, CENTRE FISCAL DE SHAWINIGAN-SUD\n"
            "GROUPE ET NIVEAU  EX02\nNUMÉRO DU POSTE  RC-8801\nLIEU  SHAWINIGAN (QUÉBEC)\nTITULAIRE  RÉJEAN LACASSE\n\n"
            "RESPONSABILITÉS GÉNÉRALES\nDirige le centre fiscal.\n\nSTRUCTURE DE L'ORGANISATION\n"
            "1. DIRECTEUR ADJOINT, DÉCLARATIONS DES PARTICULIERS, PM-06, 388 ETP\n"
            "2. DIRECTEUR ADJOINT, ADMINISTRATION, AS-06, 61 A-P\n\nACTIVITÉS PRINCIPALES\n"
            "1. Dirige le traitement des déclarations. Signature du surveillant : Ginette Paquin.\n"
            "Gestionnaire délégué: Kwame Mensah\nDate : ____________\n")
    root, records = _import(tmp_path, "dt.txt", text)
    record = _record(root, "RC-8801")
    assert (record["title"], record["classification"], record["location"]) == (
        "DIRECTEUR, CENTRE FISCAL DE SHAWINIGAN-SUD", "EX-02", "SHAWINIGAN, QC")
    assert _reports(root, "RC-8801", 2) == [("DIRECTEUR ADJOINT, DÉCLARATIONS DES PARTICULIERS", "PM-06", 388),
                                            ("DIRECTEUR ADJOINT, ADMINISTRATION", "AS-06", 61)]
    assert not any(name in records for name in ("LACASSE", "Paquin", "Mensah"))


def test_an_old_form_and_its_table_of_reports_read_column_by_column(tmp_path: Path) -> None:
    """A scan that read a form's table one column at a time: its labels one a line (the first one
    hrkit cannot name, ``Field``), then its values in the same order, with scribbles, stamps
    (``CLASSIFIED 2000-03-09``), a stamp's date read sideways (a digit a line) and the page's form
    and page numbers between them; a table of direct reports read the same way, each column's
    header over its cells. ``Position`` over a number alone is the position's number, and
    ``Supervisor (position)`` the supervisor's."""
    stamp = "\n".join("20000309")
    text = ("POSITION DESCRIPTION\n\nField\nTitle\nGroup and Level\nPosition\nEffective Date\n/ll ~ ' ^ .. ,;\n"
            f"Supervisor (title)\nSupervisor (position)\nLocation\n{stamp}\nIncumbent\n\nStatistics Canada\n"
            "Director, Census Operations Division\nEX-OI\n30451\n14/02/2000\nDirector General, Census Management\n"
            "30400\nTBS/SCT 3410 (91/04)\nPage 2 of 3\n\nOttawa (Ontario)\nGuy Bélanger\n\nGENERAL ACCOUNTABILITY\n"
            "Directs the census operations.\n\nORGANIZATION STRUCTURE\nPosition\nAssistant Director, Collection\n"
            "CLASSIFIED 2000-03-09\nCLASSIFICATION SECTION\nChief, Systems Integration\nGroup and Level\nES-06\n"
            "CS-04\nFTEs\n54\n9\n\nSPECIFIC ACCOUNTABILITIES\n1. Plans the census.\n")
    root, records = _import(tmp_path, "scan.txt", text)
    record = _record(root, "30451")
    assert (record["title"], record["classification"], record["effective_date"], record["reports_to"],
            record["supervisor"]["title"], record["location"]) == (
        "Director, Census Operations Division", "EX-01", dt.date(2000, 2, 14), "30400",
        "Director General, Census Management", "Ottawa, ON")
    assert _reports(root, "30451", 2) == [("Assistant Director, Collection", "ES-06", 54),
                                          ("Chief, Systems Integration", "CS-04", 9)]
    assert "Bélanger" not in records and "TBS/SCT" not in records


def test_labels_set_apart_from_their_values_by_a_dash_and_a_decisions_date_among_them(tmp_path: Path) -> None:
    """``NUMÉRO DE POSTE - 55417``: a label hrkit knows, a dash and its value (but ``REPORTS TO -
    POSITION #`` is one label); ``Date of Classification Decision: ...`` among a work description's
    fields does not make it a classification decision."""
    text = ("MINISTÈRE DES FINANCES CANADA\nINTITULÉ DU POSTE - Directrice, Péréquation\nGROUPE/NIVEAU - EX – 01\n"
            "NUMÉRO DE POSTE - 55417\nDate of Classification Decision: 2013/10/10\nREPORTS TO - POSITION #\n15414\n"
            "LIEU GÉOGRAPHIQUE - Ottawa (Ontario)\nA. Responsabilité générale\nDirige la péréquation.\n"
            "B. Activités principales\n1. Conseille le ministre.\n")
    root, _ = _import(tmp_path, "dt.docx", docx_bytes(text))
    record = _record(root, "55417")
    assert (record["title"], record["classification"], record["location"], record["reports_to"]) == (
        "Directrice, Péréquation", "EX-01", "Ottawa, ON", "15414")


def test_a_scan_of_a_form_typed_all_in_capitals_run_together(tmp_path: Path) -> None:
    """A form typed in capitals and read as one run: its capitals set no heading apart (``THE
    MANAGEMENT OF THE RESOURCES`` opens no section, ``$7.05 MILLION`` keeps its unit), ``SUPERVISOR``
    and ``INCUMBENT`` are labels without their colons (the incumbent's name is never read), and
    the reports named in a sentence keep all their words (``ARE THE AREA CHIEF, X (BI-04, 22
    EMPLOYEES); THE CHIEF, Y (PM-05, 14 FTES)``)."""
    run = ("EXECUTIVE GROUP POSITION DESCRIPTION DEPARTMENT FISHERIES AND OCEANS POSITION TITLE REGIONAL DIRECTOR, "
           "FISHERIES MANAGEMENT GROUP AND LEVEL EX-O2 POSITION NUMBER GF-04417 EFFECTIVE DATE 1 APRIL 1997 SUPERVISOR "
           "REGIONAL DIRECTOR GENERAL, GULF REGION (EX04), POSITION GF-00012 LOCATION MONCTON, NEW BRUNSWICK "
           "INCUMBENT GÉRALD CORMIER GENERAL ACCOUNTABILITY UNDER THE DIRECTION OF THE REGIONAL DIRECTOR GENERAL, "
           "THE POSITION IS ACCOUNTABLE FOR THE FISHERIES AND FOR THE MANAGEMENT OF THE RESOURCES ASSIGNED TO IT. "
           "ORGANIZATION REPORTING TO THE REGIONAL DIRECTOR ARE THE AREA CHIEF, RESOURCE MANAGEMENT (BI-04, 22 "
           "EMPLOYEES); THE CHIEF, LICENSING AND ALLOCATIONS (PM-05, 14 FTES). DIMENSIONS FTES: 36 SALARY: $ "
           "5,210,000.00 O&M: $ 1,840,000.00 TOTAL: $7.05 MILLION SPECIFIC ACCOUNTABILITIES 1. PLANS THE "
           "CONSERVATION OF THE FISHERIES AND SETS ITS PRIORITIES, STANDARDS AND PERFORMANCE MEASURES. ")
    root, records = _import(tmp_path, "scan.txt", "--- Full Extracted Text ---\n" + run)
    record = _record(root, "GF-04417")
    assert (record["supervisor"]["title"], record["reports_to"], record["location"]) == (
        "REGIONAL DIRECTOR GENERAL, GULF REGION", "GF-00012", "MONCTON, NB")
    assert record["dimensions"]["total"] == 7_050_000
    assert _reports(root, "GF-04417", 2) == [("AREA CHIEF, RESOURCE MANAGEMENT", "BI-04", 22),
                                             ("CHIEF, LICENSING AND ALLOCATIONS", "PM-05", 14)]
    assert "CORMIER" not in records


def test_an_hr_systems_english_printout_over_a_french_work_description_pasted_under_it(tmp_path: Path) -> None:
    """A Phoenix position report in English (``Position ID``, ``Descr`` cut at 30 characters,
    ``Reports To: 88200 Directeur général, Direction d``) with the French work description pasted
    under it: the work description is read, not the printout, and ``POSTES RELEVANT DU
    TITULAIRE:`` heads the reports (no incumbent's label)."""
    text = ("Rapport des données du poste (Phoenix)\nPosition ID:      88215\nEff Date:         2020/01/13\n"
            "Descr:            Directrice exécutive, Conformi\nJob Code:         109872\nSal Plan / Grade: EX / 02\n"
            "Reports To:       88200 Directeur général, Direction d\nSUPV_POSITION_ID: 88200\n\n"
            "DESCRIPTION DE TRAVAIL (collée)\n\nTITRE: Directrice exécutive, Conformité et application\n"
            "CLASSIFICATION: EX02\nNO DU POSTE: 88215\nTITRE DU SUPÉRIEUR: Directeur général, Substances contrôlées\n\n"
            "RAISON D'ÊTRE:\nAssure le leadership de la fonction.\n\nOrganisation:\nPOSTES RELEVANT DU TITULAIRE:\n"
            "- Gestionnaire, Inspections régionales (PC-05, 61 ETP)\n- Conseiller principal en politiques (EC-07, 1 ETP)\n\n"
            "CONTEXTE:\nLe poste s'exerce dans un contexte de priorités concurrentes.\n\nDimensions\n"
            "BUDGET SALARIAL: 7,35 M$\n\nRESPONSABILITÉS:\n1. Représente le ministère.\n")
    root, _ = _import(tmp_path, "export.txt", text)
    record = _record(root, "88215")
    assert (record["title"], record["supervisor"]["title"]) == (
        "Directrice exécutive, Conformité et application", "Directeur général, Substances contrôlées")
    assert _reports(root, "88215", 2) == [("Gestionnaire, Inspections régionales", "PC-05", 61),
                                          ("Conseiller principal en politiques", "EC-07", 1)]


def test_reports_in_a_scans_run_each_after_the_sentence_on_the_one_before(tmp_path: Path) -> None:
    """In a scan's run, each report follows the sentence on what the one before does (``Director,
    X (EX-1, 38 FTE's): manages the work of the team and its results Regional Manager, Y (EC-O6, 6
    FTEs): ...``): the title starts at its first capital, not inside the sentence; a sentence
    leading to its title (``reports directly to the Director General, Z``) is no such sentence."""
    run = ("WORK DESCRIPTION Position Title: Regional Director General, Alberta Region Position Number: 30117 "
           "Classification: EX-03 GENERAL ACCOUNTABILITY Leads the region's programs for First Nations communities "
           "and manages the resources assigned to it, working with partners across the province and the country. "
           "ORGANIZATION STRUCTURE Reporting to the Regional Director General are: Director, Education Programs "
           "(EX-1, 38 FTE's): manages the work of the team and its results Director, Community Infrastructure "
           "(EX-1, 31 FTEs): leads the work of the team and its results Regional Manager, Strategic Planning (EC-O6, "
           "6 FTEs): manages the work of the team and its results SPECIFIC ACCOUNTABILITIES 1. Directs the regional "
           "programs and services and sets their priorities, standards and performance measures for the region. "
           "2. Represents the department with provincial and First Nations partners and negotiates agreements. ")
    root, _ = _import(tmp_path, "scan.txt", "--- Full Extracted Text ---\n" + run)
    assert _reports(root, "30117", 3) == [("Director, Education Programs", "EX-01", 38),
                                          ("Director, Community Infrastructure", "EX-01", 31),
                                          ("Regional Manager, Strategic Planning", "EC-06", 6)]


def test_a_table_of_reports_read_cell_by_cell_and_a_runs_labels_without_colons(tmp_path: Path) -> None:
    """A table of reports a scan read cell by cell (``Position`` / ``Group/Level`` / ``FTEs``, then
    each row's cells one a line, a page number among them); in a scan's run, ``Grp/Lvl``,
    ``Description Code`` and ``Duty Station`` are labels without their colons, and ``Dimensions and
    Resources`` a heading in title case."""
    lines = ("Executive Group Position Description\n\nTitle of Position: Regional Director, Marine Safety\n"
             "Position No: TC-77612\nClassification: EX-01\n\nPURPOSE OF THE POSITION\nLeads marine safety.\n\n"
             "ORGANIZATION\nPosition\nGroup/Level\nFTEs\nManager, Vessel Inspections\n\nPage 1 of 3\n\nTI-07\n42\n"
             "Manager, Navigation Protection Program\nEG-06\n13\n\nSPECIFIC ACCOUNTABILITIES\n1. Directs inspections.\n")
    run = ("WORK DESCRIPTION - EXECUTIVE GROUP Organization Canada Border Services Agency Official Position Title "
           "District Director, Windsor Grp/Lvl EX-O1 Position # 42199 Description Code EXE-0614 Duty Station "
           "Windsor, Ontario Overall Accountability Provides leadership to the Windsor District in the delivery of "
           "border services at land, rail and marine ports of entry and represents the department with partners. "
           "Main Responsibilities 1. Provides advice and briefings to senior management on border services at the "
           "ports of entry. 2. Negotiates agreements within the limits of the position's authority with partners. "
           "Dimensions and Resources Salary Dollars $31.8M Operations & Maintenance $2.65M Total Budget $34.45M ")
    (tmp_path / "lines").mkdir()
    root, _ = _import(tmp_path / "lines", "scan.txt", lines)
    assert _reports(root, "TC-77612", 2) == [("Manager, Vessel Inspections", "TI-07", 42),
                                             ("Manager, Navigation Protection Program", "EG-06", 13)]
    (tmp_path / "run").mkdir()
    root, _ = _import(tmp_path / "run", "scan.txt", "--- Full Extracted Text ---\n" + run)
    record = _record(root, "42199")
    assert (record["classification"], record["job_code"], record["location"]) == ("EX-01", "EXE-0614", "Windsor, ON")
    assert record["dimensions"] == {"salary": 31_800_000, "o_and_m": 2_650_000, "total": 34_450_000}


def test_a_records_folders_requests_and_notes_are_refused_and_a_decisions_date_is_a_field(tmp_path: Path) -> None:
    """A personnel action request, a pay action request, a briefing note and a leave application
    name the position, its level and its budget too, but are not work descriptions; ``Date of
    Classification Decision 2011/08/15`` among a work description's fields, without its colon, does
    not make it a classification decision, while ``RECORD OF CLASSIFICATION DECISION`` at a
    document's top does."""
    refused = {"par.txt": "REQUEST FOR PERSONNEL ACTION\nPosition number: 30431\nPosition title: Director, X\n",
               "pay.txt": "PAY ACTION REQUEST (PAR) – Acting Appointment\nPosition number: 71205\nActing level: EX-01\n",
               "bn.txt": "UNCLASSIFIED\nBRIEFING NOTE TO THE DEPUTY MINISTER\nFOR DECISION\nSUMMARY\n",
               "rcd.txt": "RECORD OF CLASSIFICATION DECISION\nPosition number: 40112\nDecision: EX-03 confirmed\n",
               "leave.txt": "APPLICATION FOR LEAVE / DEMANDE DE CONGÉ\nPOSITION NO. ...... 40517   GROUP/LEVEL ... EX-02\n"}
    filler = "The note sets out the facts, the options and the recommendation on the position for a decision. " * 3
    root, result = _import_all(tmp_path, {name: head + filler + "\nGeneral Accountability\nLeads the unit.\n"
                                          for name, head in refused.items()})
    for name, what in (("par", "a staffing request"), ("pay", "a pay action request"), ("bn", "a briefing note"),
                       ("rcd", "a classification decision"), ("leave", "a leave application")):
        assert f"{name}.txt: {what}, not a work description" in result.output, result.output
    text = ("Director General, CanmetENERGY-Devon\nPosition Reference No.: RN-42006\nClassification: EX02\n"
            "Date of Classification Decision 2011/08/15\n" + BODY.format(structure=""))
    (tmp_path / "wd").mkdir()
    root, _ = _import(tmp_path / "wd", "wd.txt", text)
    assert _record(root, "RN-42006")["classification"] == "EX-02"


def test_a_supervisor_given_as_the_sentence_that_names_it_and_as_a_lettered_number(tmp_path: Path) -> None:
    """``Reporting relationship`` over ``Reports to the Regional Director General, X (EX-03),``:
    the sentence's words are not the supervisor's title; ``Poste n° du supérieur immédiat: A0400``
    is the supervisor's number though hrkit reads its label as the supervisor's post."""
    for name, field_line, expected in (
            ("sentence", "Position Title\nDistrict Director, Niagara\nPosition Number\n81234\n\nReporting relationship\n"
                         "Reports to the Regional Director General, Southern Ontario (EX-03), position B-73000\n",
             ("Regional Director General, Southern Ontario", "B-73000")),
            ("number", "Position Title: District Director, Niagara\nPosition Number: 81234\nPoste du supérieur: A0400\n"
                       "Titre du supérieur: Directeur général, Opérations immobilières\n",
             ("Directeur général, Opérations immobilières", "A0400"))):
        text = f"WORK DESCRIPTION\n{field_line}" + BODY.format(structure="")
        root, _ = _import(tmp_path, "wd.txt", text)
        record = _record(root, "81234")
        assert (record["supervisor"]["title"], record["reports_to"]) == expected, name


def test_a_word_before_a_label_in_a_run_is_the_labels(tmp_path: Path) -> None:
    """``... Official Title: Director, X Proposed Classification: EX-01 ...`` in a scan's run: the
    word a form puts before a label (``Proposed``, ``Official``) is the label's, not the title's end."""
    run = ("PUBLIC SAFETY CANADA Work Description - Executive Group Official Title: Director, Government Operations "
           "Centre Proposed Classification: EX-01 Position Number: 73863 A. Position Summary: Accountable for "
           "directing federal coordination of responses to events of national interest and for the stewardship of "
           "the resources assigned to it, and for advice to senior management on its results and risks. B. Key "
           "Accountabilities: 1. Directs the development of strategies, plans and operational policies for federal "
           "coordination of responses to events. 2. Leads change management initiatives within the organization. ")
    root, _ = _import(tmp_path, "scan.txt", "--- Full Extracted Text ---\n" + run)
    record = _record(root, "73863")
    assert (record["title"], record["classification"]) == ("Director, Government Operations Centre", "EX-01")


def test_a_line_ending_with_a_colon_is_not_the_value_of_a_label_over_it(tmp_path: Path) -> None:
    """A form with labels over values, ``Organisation`` over ``Postes qui relèvent directement du
    titulaire :``: the line announces the list of reports under it, it is not the department."""
    text = ("DESCRIPTION DE TRAVAIL\nTitre du poste\nDirecteur, Centre de service national\nNuméro de poste\n30151\n\n"
            "Objet du poste\nDirige la prestation des programmes d'inspection du secteur.\n\nOrganisation\n"
            "Postes qui relèvent directement du titulaire :\n"
            "- Gestionnaire, Examen des documents d'importation (EG 06, effectif de 31)\n"
            "- Gestionnaire, Soutien à la clientèle (PM 05, effectif de 14)\n\n"
            "Activités principales\n1. Dirige la planification du plan de travail.\n2. Gère les ressources humaines.\n")
    root, _ = _import(tmp_path, "wd.txt", text)
    assert _reports(root, "30151", 2) == [("Gestionnaire, Examen des documents d'importation", "EG-06", 31),
                                          ("Gestionnaire, Soutien à la clientèle", "PM-05", 14)]


def test_a_document_named_after_who_issued_it_is_refused_for_what_it_is(tmp_path: Path) -> None:
    """``Research Centre Management Committee – Record of Decisions`` and ``INDIGENOUS SERVICES
    CANADA - MANITOBA REGION ORGANIZATION CHART (as of April 1, 2021)``: the name ends the line,
    after who issued the document; a footnote that denies being a work description is no title;
    ``MINUTES`` alone atop a committee's minutes that name an EX position."""
    refused = {"minutes.txt": "MINUTES\nExecutive Management Committee - Corporate Services Sector\n"
                              "Date: November 18, 2021   Location: 90 Elgin\n2. Update of EX work descriptions\n"
                              "The description of the Director, Data Governance (EX-01) will be updated.\n",
               "rod.txt": "National Research Council Canada\nResearch Centre Management Committee – Record of Decisions\n"
                          "Date: March 14, 2022\n1. Organizational design\nMembers discussed a Director position "
                          "(EX-01) to lead airborne instrumentation.\n",
               "chart.txt": "INDIGENOUS SERVICES CANADA - MANITOBA REGION ORGANIZATION CHART (as of April 1, 2021)\n"
                            "Regional Director General (EX-02) 44512\n| Director, Programs (EX-01) 44519 | Director, "
                            "Finance (EX-01) 44530\n| Manager, Education (PM-06) | Manager, Funding (FI-03)\n"
                            "Chart prepared by Regional Human Resources. Not a work description.\n"}
    filler = "The committee records what was decided on the positions of the region for the next fiscal year. " * 3
    root, result = _import_all(tmp_path, {name: head + filler + "\nGeneral Accountability\nLeads the unit.\n"
                                          for name, head in refused.items()})
    for name, what in (("minutes", "a record of decisions"), ("rod", "a record of decisions"),
                       ("chart", "an organization chart")):
        assert f"{name}.txt: {what}, not a work description" in result.output, result.output
    assert not list((root / "records/positions").glob("*.yaml"))


def test_a_classification_and_number_under_the_supervisors_title_are_the_supervisors(tmp_path: Path) -> None:
    """A form's ``B. SUPERVISOR`` block (labels over values) and a text box ``Immediate supervisor:
    X`` / ``Classification: EX-03`` / ``Position no.: A-21900``: after the position's own, a
    classification and a number under the supervisor's title are the supervisor's."""
    for name, fields in (
            ("block", "A. POSITION IDENTIFICATION\nTitle\nDirector General, CanmetMATERIALS\nGroup and level\nEX-03\n"
                      "Position number\n26504\nB. SUPERVISOR\nTitle\nAssistant Deputy Minister, Lands and Minerals\n"
                      "Group and level\nEX-05\nPosition number\n26500\n"),
            ("box", "Position title: Director General, CanmetMATERIALS\nGroup and level: EX-3\nPosition number: 26504\n"
                    "Immediate supervisor: Assistant Deputy Minister, Lands and Minerals\nClassification: EX-05\n"
                    "Position no.: 26500\n")):
        root, _ = _import(tmp_path, "wd.docx", docx_bytes(fields + BODY.format(structure="")))
        record = _record(root, "26504")
        assert (record["classification"], record["reports_to"], record["supervisor"]["classification"]) == (
            "EX-03", "26500", "EX-05"), name
        assert record["supervisor"]["title"] == "Assistant Deputy Minister, Lands and Minerals", name


def test_a_supervisor_named_by_the_general_accountabilitys_first_words(tmp_path: Path) -> None:
    """No supervisor's label, none in the organization section: ``Reporting to the Director
    General, X (EX-3, position IC-5500), the incumbent leads the unit.`` opening the general
    accountability names the supervisor, its level and its number."""
    text = ("Regional Director, Spectrum Management Operations, Ontario Region\nPosition number: IC-5530\n"
            "Classification: EX-01\n\nGeneral Accountability\nReporting to the Director General, Spectrum Management "
            "Operations (EX-3, position IC-5500), the incumbent leads the unit.\n\nOrganization\nReporting directly "
            "to the incumbent are the District Manager, Toronto (EL-07, 28 FTEs) and the District Manager, Ottawa "
            "(EL-07, 17 FTEs).\n\nSpecific Accountabilities\n1. Directs the programs of the unit.\n")
    root, _ = _import(tmp_path, "wd.txt", text)
    record = _record(root, "IC-5530")
    assert (record["supervisor"]["title"], record["supervisor"]["classification"], record["reports_to"]) == (
        "Director General, Spectrum Management Operations", "EX-03", "IC-5500")


def test_a_lawyers_lettered_level_a_subgroup_alone_and_civil_aviations_subgroup(tmp_path: Path) -> None:
    """``LA-2B`` (a lawyer's level has a letter), ``RES-03`` (a subgroup written without its group,
    read as written) and ``AO-CAI-04`` are classifications, before or after a report's title."""
    structure = ("Organization Structure\nThe following positions report to the incumbent:\n"
                 "LA-2B - Senior Counsel, Specific Claims - 57 employees\n"
                 "RES-03 - Division Head, Stock Assessment - 22 employees\n"
                 "AO-CAI-04 - Manager, Flight Standards - 31 employees\n")
    text = "Position Title: Director, Prairie Region\nPosition Number: 40112\n" + BODY.format(structure=structure)
    root, _ = _import(tmp_path, "wd.txt", text)
    assert _reports(root, "40112", 3) == [("Senior Counsel, Specific Claims", "LA-2B", 57),
                                          ("Division Head, Stock Assessment", "RES-03", 22),
                                          ("Manager, Flight Standards", "AO-CAI-04", 31)]


def test_french_millions_with_a_decimal_comma(tmp_path: Path) -> None:
    """``F et E : O,39S millions $`` / ``Total : 3,2I5 millions $``: in French a comma before three
    digits is a decimal one when the unit is French (``millions``); ``0,395`` has no thousands."""
    structure = ("Dimensions\nTraitements : 2,82 millions $\nF et E : O,39S millions $\nTotal : 3,2I5 millions $\n")
    text = ("Titre du poste : Directrice, Établissement Port-Cartier\nNuméro de poste : 51406\n\n"
            "Raison d'être du poste\nDirige l'établissement.\n" + structure
            + "\nActivités principales\n1. Dirige les programmes de l'établissement.\n")
    root, _ = _import(tmp_path, "wd.txt", text)
    dims = _record(root, "51406")["dimensions"]
    assert (dims["salary"], dims["o_and_m"], dims["total"]) == (2_820_000, 395_000, 3_215_000)


def test_the_reports_after_a_supervisors_line_in_the_reporting_section(tmp_path: Path) -> None:
    """``Reporting Relationships`` / ``Supervisor: Director General, X, EX-03, position 1004500`` /
    ``Direct reports:`` and a table: ``Supervisor:`` before a title names no person, so the
    section goes on past it to the reports."""
    fields = ("Title: Director, Consumer Prices Division\nGroup/Level: EX01\nPosition No.: 1004521\n"
              "Reporting Relationships\nSupervisor: Director General, Economic Statistics Branch, EX-03, position "
              "1004500\nDirect reports:\n| Position | Group and Level | FTE |\n|---|---|---|\n"
              "| Assistant Director, Index Production | EC-07 | 34 |\n| Chief, Data Acquisition | EC-06 | 18 |\n")
    root, _ = _import(tmp_path, "wd.docx", docx_bytes(fields + BODY.format(structure="")))
    assert _reports(root, "1004521", 2) == [("Assistant Director, Index Production", "EC-07", 34),
                                            ("Chief, Data Acquisition", "EC-06", 18)]
    assert _record(root, "1004521")["reports_to"] == "1004500"


def test_a_title_in_both_languages_under_a_label_in_one(tmp_path: Path) -> None:
    """``Supervisor: Deputy Minister / Sous-ministre``: a title in both languages under a label in
    one; the record keeps the document's language's half."""
    text = ("Position Title: Director General, Corporate Secretariat / Directeur général, Secrétariat ministériel\n"
            "Position Number: 17099\nSupervisor's Title: Deputy Minister / Sous-ministre\n" + BODY.format(structure=""))
    root, _ = _import(tmp_path, "wd.txt", text)
    record = _record(root, "17099")
    assert (record["title"], record["supervisor"]["title"]) == ("Director General, Corporate Secretariat",
                                                                "Deputy Minister")


def test_a_forms_fields_beside_a_column_of_prose_read_across_with_gaps(tmp_path: Path) -> None:
    """A scan of a page with the form's fields on the left and prose on the right, read across
    with only a gap between, wherever it fell: each field keeps its value, not the prose."""
    scan = ("--- Full Extracted Text ---\nFISHERIES AND OCEANS CANADA\n\n"
            "Official Title: Director, Fisheries Management, Newfoundland Region     The department operates in\n"
            "Level: EX-2     an environment shaped by changing\n"
            "Pos. #: 16415     legislation, fiscal restraint and the\n"
            "Approved on: 4 December 1998        growing expectations of stakeholders.\n"
            "relations with provincial and municipal\n"
            "Salaries: $460K  authorities, industry associations and\n"
            "Total Budget: $487,000   partners, and manage a workforce.\n\n"
            "1. ORGANIZATIONAL CONTEXT\nThe incumbent reports to the Regional Director General, Newfoundland Region "
            "(EX-04), position number 21804.\n\n2. SPECIFIC ACCOUNTABILITIES\n1. Directs the programs of the unit.\n"
            "2. Manages the human and financial resources of the unit.\n")
    root, _ = _import(tmp_path, "scan.txt", scan)
    record = _record(root, "16415")
    assert (record["title"], record["classification"], record["supervisor"]["title"]) == (
        "Director, Fisheries Management, Newfoundland Region", "EX-02", "Regional Director General, Newfoundland Region")
    assert (record["dimensions"]["salary"], record["dimensions"]["total"]) == (460_000, 487_000)


def test_dot_leaders_after_a_label_ending_with_a_period(tmp_path: Path) -> None:
    """``POSITION NO. .................. 80946``, ``Job No. ........ 1O4O63``: the leader after an
    abbreviation's period stands for the colon too."""
    fields = ("POSITION TITLE .................. District Director, Windsor and St. Clair\n"
              "POSITION NO. .................. 80946\nJob No. ........................... 1O4O63\n"
              "SUPERVISOR POSITION NO. ........... 62663\n")
    root, _ = _import(tmp_path, "scan.txt", fields + BODY.format(structure=""))
    record = _record(root, "80946")
    assert (record["job_code"], record["reports_to"]) == ("104063", "62663")


def test_a_title_in_both_languages_with_only_a_space_and_the_other_labels_words(tmp_path: Path) -> None:
    """``Supervisor (Title): Vice-President, Prince Edward Island Vice-président, Île-du-Prince-Édouard
    / Titre du poste du supérieur immédiat``: a bilingual Word form's cell read into one line; the
    English title, not the French one after a space, nor the French label after the slash."""
    text = ("Position Title: Director General, Prince Edward Island Directeur général, Île-du-Prince-Édouard / "
            "Titre du poste\nPosition Number: 30100\nSupervisor (Title): Vice-President, Prince Edward Island "
            "Vice-président, Île-du-Prince-Édouard / Titre du poste du supérieur immédiat\n" + BODY.format(structure=""))
    root, _ = _import(tmp_path, "wd.txt", text)
    record = _record(root, "30100")
    assert (record["title"], record["supervisor"]["title"]) == ("Director General, Prince Edward Island",
                                                                "Vice-President, Prince Edward Island")


def test_two_sections_headings_on_one_line_and_their_columns_read_across(tmp_path: Path) -> None:
    """``2. Organization :   3. Resources Managed :`` on one line, then each line the left
    column's text with the right one's figure run on after it (``... report to the incumbent:
    Employees : 80``, ``... (EX-1, 21 FTEs) Budget de F et E: $3,684,000``): the reports under the
    first heading, the figures under the second."""
    scan = ("--- Full Extracted Text ---\nPosition Name: Director, Enterprise Network Services\nPos. No.: 28770\n"
            "1. General Accountability :\nLeads the operation of the government's wide area network.\n"
            "2. Organization :   3. Resources Managed :\n"
            "The following positions report to the incumbent: Employees : 80\n"
            "- Manager, Wide Area Network (CS-04), 33 employees Salaries: $6,640,000\n"
            "- Manager, Network Design (CS-04), staff of 17 O&M: $3,684,000\n"
            "4. Specific Accountabilities :\n1. Oversees performance measurement.\n2. Represents the organization.\n")
    root, _ = _import(tmp_path, "scan.txt", scan)
    assert _reports(root, "28770", 2) == [("Manager, Wide Area Network", "CS-04", 33),
                                          ("Manager, Network Design", "CS-04", 17)]
    dims = _record(root, "28770")["dimensions"]
    assert (dims["fte"], dims["salary"], dims["o_and_m"]) == (80, 6_640_000, 3_684_000)


def test_a_supervisor_named_in_a_sentence_under_the_identification_heading(tmp_path: Path) -> None:
    """``I. Identification du poste`` over the fields and ``Le poste relève du Directeur général, X
    (EX 03).`` after them: the sentence among the fields names the supervisor, under their heading
    as without one."""
    text = ("Government of Canada / Gouvernement du Canada\n\nI. Identification du poste\n"
            "Poste\tDirectrice régionale, Opérations des voyageurs\nGroupe et niveau\tEX 02\n"
            "Numéro du poste\t517477\nLe poste relève du Directeur général, Géographie électorale (EX 03).\n\n"
            "II. Responsabilités spécifiques\n• Représente l'organisation aux tribunes nationales.\n"
            "• Dirige l'élaboration des plans opérationnels annuels.\n\nIII. Responsabilité générale\n"
            "Assure le leadership stratégique des opérations des voyageurs.\n")
    root, _ = _import(tmp_path, "wd.txt", text)
    supervisor = _record(root, "517477")["supervisor"]
    assert (supervisor["title"], supervisor["classification"]) == ("Directeur général, Géographie électorale",
                                                                   "EX-03")


def test_three_dots_between_a_label_and_its_value_and_a_total_staff_count(tmp_path: Path) -> None:
    """``FONCTIONNEMENT ET ENTRETIEN ... 1 30O 00O,O0 $``: three dots after a label stand for its
    colon; ``Effectif total ......... 32B ETP`` is the staff, not a total budget of 32 billion."""
    text = ("DESCRIPTION DE TRAVAIL\nTITRE DU POSTE ... Directeur, Gestion des pêches\nNUMERO DU POSTE ... 48916\n\n"
            "RAISON D'ÊTRE DU POSTE\nDirige le programme de gestion des pêches de la région.\n\nDIMENSIONS\n"
            "Effectif total ......... 32B ETP\nTraitements ............ 3 740 000 $\n"
            "Fonctionnement et entretien ... 1 30O 00O,O0 $\nBudget total ........... 5,04 M$\n\n"
            "ACTIVITÉS PRINCIPALES\n1. Dirige les programmes de la région.\n2. Gère les ressources de la région.\n")
    root, _ = _import(tmp_path, "wd.txt", text)
    dims = _record(root, "48916")["dimensions"]
    assert (dims["o_and_m"], dims["total"]) == (1_300_000, 5_040_000)


def test_a_form_and_a_column_of_prose_read_across_the_rule_between_them(tmp_path: Path) -> None:
    """``Job Title: Director General, X | Provides leadership ...``: a scan of a page whose left
    column is the form and the right one prose, the rule between them kept on every line, either
    side empty where its column is (`` | reports to the ...``); a form's value wrapped in its
    narrow column (``Immediate Supervisor: Assistant Deputy`` / ``Minister, Energy Technology``)
    goes on, and the column whose text ran on last goes on below the rule's end."""
    scan = ("EXECUTIVE WORK DESCRIPTION\n\nIDENTIFICATION\n\n"
            "Organization: Natural Resources Canada | PURPOSE OF THE POSITION\n"
            "Job Title: Director General, CanmetMATERIALS |\n"
            "Level: EX-03 | Provides leadership and strategic direction\n"
            "Position No.: 60210 | to CanmetMATERIALS in the delivery of\n"
            "Effective Date: April 16, 2012 | materials research for the energy and\n"
            "City: Hamilton, Ontario | metals sectors and sets performance standards.\n"
            "Immediate Supervisor: Assistant Deputy |\n"
            "Minister, Energy Technology | STRUCTURE\n"
            " |\n"
            " | Reporting to the Director General are: the\n"
            " | Director, Materials Processing (EX-01, 48\n"
            " | FTEs); the Manager, Facility Operations\n"
            "(EG-07, 19 FTEs).\n\n"
            "SPECIFIC ACCOUNTABILITIES\n1. Directs the research programs.\n2. Manages the resources of the centre.\n")
    root, _ = _import(tmp_path, "scan.txt", "--- Full Extracted Text ---\n" + scan)
    record = _record(root, "60210")
    assert (record["title"], record["classification"], record["effective_date"], record["location"]) == (
        "Director General, CanmetMATERIALS", "EX-03", dt.date(2012, 4, 16), "Hamilton, ON")
    assert record["supervisor"]["title"] == "Assistant Deputy Minister, Energy Technology"
    assert _reports(root, "60210", 2) == [("Director, Materials Processing", "EX-01", 48),
                                          ("Manager, Facility Operations", "EG-07", 19)]


def test_a_converters_padded_table_and_a_count_after_a_semicolon(tmp_path: Path) -> None:
    """A Markdown converter's table, its cells padded to the column's width (``| TITRE DU POSTE:
    | Directrice exécutive, X   |``): a label in capitals hrkit knows whole is one label, and no
    empty cell follows the value; a listed report's count after a semicolon (``Chef, X, EG 07; 29
    ETP``)."""
    text = ("## DESCRIPTION DE TRAVAIL\n\n"
            "| TITRE DU POSTE:               | Directrice exécutive, Services de laboratoire   |\n"
            "|-------------------------------|-------------------------------------------------|\n"
            "| GROUPE/NIVEAU:                | (EX-02)                                         |\n"
            "| NUMÉRO DE POSTE:              | 74662177                                        |\n"
            "| DATE D'ENTRÉE EN VIGUEUR:     | 26.04.2010                                      |\n"
            "| TITRE DU SURVEILLANT:         | Directeur général, Sécurité ministérielle       |\n\n"
            "## Responsabilité générale\n\nDirige les services de laboratoire du Ministère.\n\n"
            "## Structure organisationnelle\n\n4 postes relèvent directement de la titulaire :\n\n"
            "- Chef, Données et recherche, EG-07; effectif de 16\n"
            "- Gestionnaire, Solutions opérationnelles, EC 07; 35 ETP\n\n"
            "## Responsabilités spécifiques\n\n1. Dirige les laboratoires.\n2. Gère les ressources.\n")
    root, _ = _import(tmp_path, "dt.md", text)
    record = _record(root, "74662177")
    assert (record["title"], record["effective_date"], record["supervisor"]["title"]) == (
        "Directrice exécutive, Services de laboratoire", dt.date(2010, 4, 26), "Directeur général, Sécurité ministérielle")
    assert _reports(root, "74662177", 2) == [("Chef, Données et recherche", "EG-07", 16),
                                             ("Gestionnaire, Solutions opérationnelles", "EC-07", 35)]


def test_a_two_column_table_of_reports_under_its_header(tmp_path: Path) -> None:
    """``Titre du poste    Groupe-niveau`` over the rows of a table of direct reports is the
    table's header, not the position's title with ``Groupe-niveau`` for its value."""
    text = ("DESCRIPTION DE TRAVAIL\nTitre : Directeur régional, Gestion du spectre\nNuméro de poste : 41207\n\n"
            "RESPONSABILITÉ GÉNÉRALE\nDirige la gestion du spectre dans la région.\n\n"
            "STRUCTURE ORGANISATIONNELLE\nLes postes suivants relèvent du titulaire :\n"
            "Titre du poste                                  Groupe-niveau\n"
            "Gestionnaire de district, Toronto               EL-07\n"
            "Gestionnaire de district, Ottawa-Kingston       EL-07\n\n"
            "ACTIVITÉS PRINCIPALES\n1. Dirige les bureaux de district.\n2. Gère les ressources.\n")
    root, _ = _import(tmp_path, "dt.txt", text)
    assert _record(root, "41207")["title"] == "Directeur régional, Gestion du spectre"
    assert _reports(root, "41207", 2) == [("Gestionnaire de district, Toronto", "EL-07", None),
                                          ("Gestionnaire de district, Ottawa-Kingston", "EL-07", None)]


def test_a_typed_table_of_reports_whose_header_takes_no_value(tmp_path: Path) -> None:
    """``POSITION   LEVEL   PYS`` over rows whose count is left blank: the header's labels are a
    table's columns, not a label whose value is the first row; ``CO-ORDINATOR`` is a role."""
    text = ("EX WORK DESCRIPTION\nTITLE: SENIOR DIRECTOR, COMPENSATION SERVICES\nPOSITION NO.: 33801\n\n"
            "GENERAL ACCOUNTABILITY\nDIRECTS THE COMPENSATION SERVICES OF THE REGION.\n\n"
            "POSITIONS REPORTING TO THE INCUMBENT:\n"
            "  POSITION                                      LEVEL       PYS\n"
            "  SUPERINTENDENT, CLIENT SERVICES               CS-04       \n"
            "  CO-ORDINATOR, QUALITY ASSURANCE               BI-O4       \n\n"
            "SPECIFIC ACCOUNTABILITIES\n1. DIRECTS THE PAY OFFICES.\n2. MANAGES THE RESOURCES.\n")
    root, _ = _import(tmp_path, "scan.txt", text)
    assert _reports(root, "33801", 2) == [("SUPERINTENDENT, CLIENT SERVICES", "CS-04", None),
                                          ("CO-ORDINATOR, QUALITY ASSURANCE", "BI-04", None)]


def test_a_performance_agreement_with_its_year_and_a_scanned_chart_run_together_are_refused(tmp_path: Path) -> None:
    """``EXECUTIVE PERFORMANCE AGREEMENT 2023-2024`` (the fiscal year after the name) and an org
    chart a scan ran into one line (``SKILLS AND EMPLOYMENT BRANCH ORGANIZATION CHART Effective
    November 2019 Assistant Deputy Minister ...``: the capitals say where its name ends) are
    refused for what they are, though each names positions, numbers and levels."""
    documents = {
        "pma.txt": "EXECUTIVE PERFORMANCE AGREEMENT 2023-2024\nCanadian Space Agency\nPosition: Director General, "
                   "Space Utilization (EX-03)\nPosition Number: 73489\nPeriod: April 1, 2023 to March 31, 2024\n"
                   "1. Commitments\nDeliver the Earth observation data strategy by the third quarter.\n"
                   "General Accountability\nLeads the unit.\n",
        "chart.txt": "SKILLS AND EMPLOYMENT BRANCH ORGANIZATION CHART Effective November 2019 Assistant Deputy Minister "
                     "Skills and Employment (EX-05) | Director General Apprenticeship (EX-03) | Director Red Seal "
                     "Secretariat (EX-01) | Executive Assistant (AS-02) Prepared by: Business Management Services "
                     "Page 1 of 1 " + "Director Sectoral Initiatives Program (EX-01) | " * 12 + "\n"}
    root, result = _import_all(tmp_path, documents)
    for name, what in (("pma", "a performance agreement"), ("chart", "an organization chart")):
        assert f"{name}.txt: {what}, not a work description" in result.output, result.output
    assert not list((root / "records/positions").glob("*.yaml"))


def test_a_long_value_wrapped_under_itself(tmp_path: Path) -> None:
    """A PDF's form sets a long title's second line under the value (``Official Title     Director,
    Discovery Grants, Life`` / ``{spaces}Sciences and Engineering``) or a few columns in (``TITLE:
    Director General, Census`` / ``    Subject Matter``): the value goes on; a row of boxes' labels
    (``Division      Duty Station``) takes nothing from the values under it."""
    text = ("Natural Sciences and Engineering Research Council of Canada\nPOSITION INFORMATION\n"
            "Official Title                    Director, Discovery Grants, Life\n"
            "                                  Sciences and Engineering\n"
            "Classification                    EX-01\n"
            "Supervisor's Position Title: Director General, Research Grants\n"
            "    and Scholarships\n"
            "Position number                   47566\n"
            "Division                          Duty Station\n"
            "                                  Ottawa (Ontario)\n\n"
            + BODY.format(structure=""))
    root, _ = _import(tmp_path, "wd.txt", text)
    record = _record(root, "47566")
    assert (record["title"], record["supervisor"]["title"]) == (
        "Director, Discovery Grants, Life Sciences and Engineering", "Director General, Research Grants and Scholarships")
    assert record["location"] == "Ottawa, ON"


def test_a_converters_grid_table_with_values_wrapped_in_their_cells(tmp_path: Path) -> None:
    """pandoc's grid table (``+-----+-----+`` between rows): a value wrapped over two lines of its
    cell (``| Official Position Title: | Executive Director, Heritage |`` / ``| | Conservation |``)
    is one value, and an empty value is no value."""
    rule = "+" + "-" * 40 + "+" + "-" * 42 + "+\n"
    rows = [("Official Position Title:", "Executive Director, Heritage"), ("", "Conservation"), None,
            ("Position Number:", "4454"), None, ("Effective date of description:", ""), None,
            ("Immediate Supervisor - Title:", "Director General, Grants and"), ("", "Contributions Management"), None,
            ("Location of position:", "Ottawa, Ontario")]
    grid = rule + "".join(rule if row is None else f"| {row[0]:<38} | {row[1]:<40} |\n" for row in rows) + rule
    root, _ = _import(tmp_path, "wd.md", "# Executive Group Position Description\n\n" + grid + "\n"
                      + BODY.format(structure="").replace("General Accountability", "## General Accountability"))
    record = _record(root, "4454")
    assert (record["title"], record["supervisor"]["title"], record["location"]) == (
        "Executive Director, Heritage Conservation", "Director General, Grants and Contributions Management", "Ottawa, ON")
    assert record["effective_date"] is None


def test_a_sentence_wrapped_at_the_width_of_an_indented_layout(tmp_path: Path) -> None:
    """``pdftotext -layout``: a paragraph indented, its long lines wrapped at the page's width
    mid-sentence (``... reports directly to the Assistant Deputy`` / ``Minister, Regional Operations
    (EX 05), position number 12571.``): one sentence, so the supervisor is read whole."""
    text = ("                                   Work Description - EX\n\n"
            "Job Title: Director General, Labour Market Information\nPosition No.: 8045\n\n"
            "    Organizational Context\n\n"
            "    The Director General, Labour Market Information reports directly to the Assistant Deputy\n"
            "    Minister, Regional Operations (EX 05), position number 12571. Two positions report to\n"
            "    the incumbent.\n\n"
            "    Specific Accountabilities\n\n    1. Directs the labour market information function.\n"
            "    2. Manages the resources of the branch.\n")
    root, _ = _import(tmp_path, "wd.txt", text)
    record = _record(root, "8045")
    assert (record["reports_to"], record["supervisor"]["title"], record["supervisor"]["classification"]) == (
        "12571", "Assistant Deputy Minister, Regional Operations", "EX-05")


def test_french_words_a_scan_wrote_without_accents_in_a_french_title(tmp_path: Path) -> None:
    """``Directeur general, Operations regionales`` / ``Sous-commissaire régional, Quebec``: words
    that are English too (``general``, ``operations``, ``Quebec``) get their accents back in a
    French title, where French writes them with accents far more often (``pêches``, not
    ``péchés``), marked to verify; an English title keeps its words (``Operations, Montréal``)."""
    text = ("DESCRIPTION DE TRAVAIL\nTitre du poste : Directeur general, Operations regionales des peches\n"
            "N° de poste : 34419\nGroupe et niveau : EX-01\n"
            "Relève de : Sous-commissaire régional, Quebec (EX-03)\n\nORGANISATION\nRelèvent du directeur :\n"
            "- Manager, Operations, Montréal - 7 ETP\n\n"
            "RESPONSABILITÉS PRINCIPALES\n1. Gère les ressources humaines et financières de la direction.\n")
    root, records = _import(tmp_path, "dt.txt", text)
    record = _record(root, "34419")
    assert (record["title"], record["supervisor"]["title"]) == (
        "Directeur général, Opérations régionales des pêches", "Sous-commissaire régional, Québec")
    assert "hrkit: verify — the document reads \"Directeur general, Operations regionales des peches\"" in records
    assert _reports(root, "34419", 1) == [("Manager, Operations, Montréal", None, 7)]


def test_french_labels_of_an_older_form_without_colons(tmp_path: Path) -> None:
    """``Titre officiel du poste Directeur, X``, ``Classification et niveau EX-1``, ``Code du poste
    type 35530``: whole labels, a space before each value (``officiel du poste`` is no title's)."""
    text = ("DESCRIPTION DE TRAVAIL — GROUPE DE LA DIRECTION (EX)\nIdentification du poste\n"
            "Titre officiel du poste Directeur, Services de traduction, Moncton\nClassification et niveau EX-1\n"
            "Code du poste type 35530\nN° de poste 120681\n\n"
            "Objectif général du poste\nAssurer le leadership des Services de traduction de Moncton.\n\n"
            "Activités principales\n1. Dirige les services de traduction.\n2. Gère les ressources.\n")
    root, _ = _import(tmp_path, "dt.txt", text)
    record = _record(root, "120681")
    assert (record["title"], record["classification"], record["job_code"]) == (
        "Directeur, Services de traduction, Moncton", "EX-01", "35530")


def test_a_speck_after_a_label_is_no_value(tmp_path: Path) -> None:
    """``Titre du poste: .`` and the title on the next line: the speck a scan read after the label
    is no value, the next line is."""
    text = ("DESCRIPTION DE TRAVAIL - GROUPE DE LA DIRECTION (EX)\nTitre du poste: .\n"
            "Directeur, Centre de recherche et de développement de Saint-Hyacinthe\nNo du poste: 30026640\n"
            "Titre du poste du superviseur: .\nDirecteur général, Centres de recherche de l'Est\n\n"
            "Responsabilité générale\nDirige le centre de recherche.\n\n"
            "Responsabilités spécifiques\n1. Dirige les programmes.\n2. Gère les ressources.\n")
    root, _ = _import(tmp_path, "dt.txt", text)
    record = _record(root, "30026640")
    assert (record["title"], record["supervisor"]["title"]) == (
        "Directeur, Centre de recherche et de développement de Saint-Hyacinthe",
        "Directeur général, Centres de recherche de l'Est")


def test_a_row_of_dimension_boxes_whose_values_do_not_line_up_under_their_labels(tmp_path: Path) -> None:
    """``FTE's   Salary Budget   Operating and Maintenance   Total Budget`` over ``205   $21,300,000
    $7,650,000   $28,950,000`` (a PDF's text with three spaces between cells, not its columns): as
    many values as labels are theirs in turn."""
    text = ("WORK DESCRIPTION\nPosition Title: Director General, Atlantic Research Centre\nPosition Number: 52233\n\n"
            "DIMENSIONS\nFTE's   Salary Budget   Operating and Maintenance   Total Budget\n"
            "205   $21,300,000   $7,650,000   $28,950,000\n" + BODY.format(structure=""))
    root, _ = _import(tmp_path, "wd.txt", text)
    dims = _record(root, "52233")["dimensions"]
    assert (dims["fte"], dims["salary"], dims["o_and_m"], dims["total"]) == (205, 21_300_000, 7_650_000, 28_950_000)


def test_french_supervisor_labels_written_for_either_gender(tmp_path: Path) -> None:
    """``Titre du poste du (de la) superviseur(e)``, ``No de poste du (de la) superviseur(e)``: the
    French label a bilingual form sets after the English field's value ends that value."""
    text = ("Executive (EX) Work Description / Description de travail de la direction (EX)\n"
            "Job Title: Director, Meteorological Service Operations Titre officiel du poste : Directeur, "
            "Opérations du Service météorologique\n"
            "Pos. No.: 58633 N° de poste : 58633\n"
            "Supervisor's Position Number: 27714 No de poste du (de la) superviseur(e) : 27714\n"
            "Supervisor's Title: Executive Director, Operations Titre du poste du (de la) superviseur(e) :\n"
            "Directeur exécutif, Opérations\n\n"
            "GENERAL ACCOUNTABILITY\nLeads the weather services of the region.\n\n"
            "SPECIFIC ACCOUNTABILITIES\n1. Directs the forecasts.\n2. Manages the resources.\n")
    root, _ = _import(tmp_path, "wd.txt", text)
    record = _record(root, "58633")
    assert (record["reports_to"], record["supervisor"]["title"]) == ("27714", "Executive Director, Operations")


def test_a_memo_is_refused_but_a_work_description_behind_a_cover_memo_is_imported(tmp_path: Path) -> None:
    """A memo that names positions, their numbers and budgets (``MEMORANDUM`` / ``SUBJECT: Updating
    executive work descriptions``, a sentence naming the work description's template) is refused for what
    it is; a cover memo with the work description behind it, under its own heading, is the work description."""
    memo = ("## MEMORANDUM\n\n| TO: | All EX-01 to EX-03 managers |\n|---|---|\n| FROM: | Director General, Workforce |\n"
            "| SUBJECT: | Updating the work description of your position |\n\nPurpose\n\n"
            "To ask every executive to confirm that the work description of position 63335 is current; several "
            "still show a salary of $2.96M and O&M of $71K.\n\nAction required\n\nReply by April 17, 2023.\n"
            "Executive Services can help with the EX work description template.\n")  # a sentence, no heading
    cover = ("MEMORANDUM\nTO: Manager, Executive Classification\nFROM: Executive Director, Contact Centre Operations\n"
             "SUBJECT: Request for classification review – Director, Data Governance (position 356689)\n"
             "Please find attached the updated work description.\n\nWORK DESCRIPTION\n"
             "Position Title: Director, Data Governance\nPosition Number: 356689\nClassification: EX-01\n"
             + BODY.format(structure=""))
    root, result = _import_all(tmp_path, {"memo.md": memo, "cover.txt": cover})
    assert "memo.md: a memo, not a work description" in result.output, result.output
    assert _record(root, "356689")["title"] == "Director, Data Governance"
    assert not (root / "records/positions/63335.yaml").exists()


def test_a_classification_request_without_its_work_description_is_refused(tmp_path: Path) -> None:
    """``REQUEST FOR CLASSIFICATION ACTION`` whose form gives the position's number, title and level
    but only points to the work description (``Documents attached``) is refused for what it is."""
    text = ("REQUEST FOR CLASSIFICATION ACTION\tDEMANDE DE MESURE DE CLASSIFICATION\nHuman Resources Services\n\n"
            "Section A - Position / Poste\nPosition number / Numéro de poste\t44872\n"
            "Title / Titre\tDirector, Client Service Modernization\nCurrent group and level\tEX-01\n\n"
            "Section B - Action requested\n[X] Reclassification review\nReason: the contact centre operations were "
            "added to the directorate following the reorganization of the branch in April 2011.\n\n"
            "Section C - Documents attached\n- Work description (revised)\n- Organization chart\n")
    root, result = _import_all(tmp_path, {"request.txt": text})
    assert "request.txt: a classification request without its work description" in result.output, result.output
    assert not list((root / "records/positions").glob("*.yaml"))


def test_a_french_scans_run_with_headings_as_french_writes_them(tmp_path: Path) -> None:
    """A French scan run into one line per page, its headings capitalizing their first word only
    (``Contexte et défis``, ``Dimensions du poste``), its reports under ``Subordonnés directs :``,
    its pages ending with a footer and their number (``Protégé B   Page 1``): the sections are
    read, the footer is no accountability's words."""
    page1 = ("DESCRIPTION DE TRAVAIL — GROUPE DE LA DIRECTION (EX) Titre officiel du poste Directeur, Centre de "
             "foresterie des Laurentides Classification et niveau EX-02 Numéro du poste 459641 Raison d'être Diriger "
             "les activités du Centre de foresterie des Laurentides et conseiller la haute direction sur les enjeux "
             "régionaux des programmes. Organisation Subordonnés directs : PM-06 - Gestionnaire, Conformité (45 ETP) "
             "FB-07 - Surintendant, Opérations (7 ETP) Contexte et défis Le titulaire fait partie de l'équipe de "
             "gestion régionale et contribue à l'élaboration des orientations stratégiques de l'organisation. Il doit "
             "gérer des dossiers complexes et souvent délicats sur le plan politique. Activités principales 1. "
             "Représente le Ministère auprès des médias et des élus, et prépare des notes d'information et des "
             "présentations à l'intention de la haute direction. 2. Établit des partenariats avec les intervenants "
             "provinciaux afin d'éviter le Protégé B (une fois rempli)   Page 1")
    page2 = ("dédoublement des efforts. 3. Assure la production des rapports de rendement et la reddition de comptes "
             "à l'égard des résultats attendus. Dimensions du poste Nombre d'ETP 389 Masse salariale 34 620 000 $ "
             "F&E 4 522 k$ Attestation L'énoncé ci-dessus décrit avec exactitude les fonctions du poste. "
             "Protégé B (une fois rempli)   Page 2")
    root, records = _import(tmp_path, "scan.txt", f"{page1}\n{page2}\n")
    record = _record(root, "459641")
    assert (record["dimensions"]["salary"], record["dimensions"]["o_and_m"]) == (34_620_000, 4_522_000)
    assert record["nature_and_scope"].startswith("Le titulaire fait partie")
    assert "Protégé" not in records and "Page 1" not in records
    assert _reports(root, "459641", 2) == [("Gestionnaire, Conformité", "PM-06", 45),
                                           ("Surintendant, Opérations", "FB-07", 7)]


def test_a_scans_french_letters_read_as_digits_and_bullets_after_a_count(tmp_path: Path) -> None:
    """OCR's ``6`` for ``é`` at a word's end or start (``Conformit6``, ``6quipe``), ``l`` for ``t``
    (``Geslion``), and a list's bullet read as ``o`` right after the count ending the entry
    before (``effectif de 3 o Directeur adjoint``) in a scan's run."""
    scan = ("DESCRIPTION DE TRAVAIL Titre du poste : Directeur, Geslion de la Mauricie Numéro du poste : "
            "37720 Groupe et niveau : EX-01 Responsabilité générale Le titulaire dirige l'6quipe de l'unité de "
            "gestion et en assure la conformit6 aux politiques du Ministère dans toute la région. Organisation "
            "Les postes suivants relèvent directement du titulaire : > Gestionnaire, Conformit6 (PM-05), effectif "
            "de 3 o Directeur adjoint, Opérations (PM-07), effectif de 32 Activités principales 1. Dirige la "
            "planification opérationnelle de l'unité de gestion et l'établissement de ses priorités. 2. Gère les "
            "ressources humaines, financières et matérielles de l'unité de gestion dans le respect des politiques. "
            "3. Représente le Ministère auprès des partenaires régionaux et des collectivités de la région.")
    root, _ = _import(tmp_path, "scan.txt", scan + "\n")
    assert _record(root, "37720")["title"] == "Directeur, Gestion de la Mauricie"
    assert _reports(root, "37720", 2) == [("Gestionnaire, Conformité", "PM-05", 3),
                                          ("Directeur adjoint, Opérations", "PM-07", 32)]


def test_a_scans_run_with_a_heading_after_a_figure_and_dimensions_among_the_reports(tmp_path: Path) -> None:
    """``Total: $5.136M Organizational Context Reporting to ...``: a heading right after a figure
    in a scan's run (the English copy's, read before the French copy's); ``Dépenses de fonctionnement (F&E): 2 744 k$`` after the reports, in their
    section: the label's bracketed name is the label's, the reports' brackets are no dimension."""
    english = ("EXECUTIVE WORK DESCRIPTION / DESCRIPTION DE TRAVAIL DE LA DIRECTION Position Title / Titre du poste: "
               "Director, Sport Support Program Position Number / Numéro du poste: 6253 "
               "Classification / Classification: EX-01 Purpose of the Position The Director is accountable for the delivery of "
               "contribution funding to national sport organizations. Key Dimensions Number of FTE's: 51 Salary: "
               "$4.64M O&M: $0.496M Total: $5.136M Organizational Context Reporting to the Director are the following "
               "positions: - Manager, National Sport Organizations (PM-06, 32 FTEs) - Manager, Multi-sport Service "
               "Organizations (PM-06, 10 FTEs) Key Responsibilities 1. Establishes relationships with central agencies "
               "and stakeholders across the country. 2. Manages the human, financial and material resources of the "
               "program in accordance with the values and ethics of the public service. VERSION FRANÇAISE Raison "
               "d'être du poste Le directeur assure le financement des organismes nationaux de sport. Contexte "
               "organisationnel Les postes suivants relèvent du directeur : - Gestionnaire, Organismes nationaux de "
               "sport (PM-06, 32 ETP) - Gestionnaire, Organismes multisports (PM-06, 10 ETP) Activités principales "
               "1. Établit des relations avec les organismes centraux et les intervenants de tout le pays.")
    french = ("DESCRIPTION DE TRAVAIL Titre du poste: Directeur, Centre fiscal de Jonquière No du poste: 72213 "
              "Groupe et niveau: EX-02 Sommaire des responsabilités Le poste a pour raison d'être de diriger "
              "l'ensemble des activités du centre fiscal au service de la clientèle. Organisation Subordonnés "
              "immédiats • Directeur adjoint, Traitement des déclarations (MG-05, 412 ETP) • Gestionnaire, Finances "
              "et administration (MG-04, 23 ETP) Ressources Effectif: 889 Traitements et salaires: 79,3 millions $ "
              "Dépenses de fonctionnement (F&E): 2 744 k$ Nature et portée du travail Les décisions du titulaire "
              "ont des répercussions directes sur les collectivités desservies par le centre fiscal de la région. "
              "Fonctions principales 1. Représente l'organisation auprès des intervenants de la région. 2. Dirige "
              "la planification opérationnelle annuelle et le suivi du rendement du centre fiscal.")
    root, _ = _import_all(tmp_path, {"en.txt": english + "\n", "fr.txt": french + "\n"})
    assert _reports(root, "6253", 2) == [("Manager, National Sport Organizations", "PM-06", 32),
                                         ("Manager, Multi-sport Service Organizations", "PM-06", 10)]
    dims = _record(root, "72213")["dimensions"]
    assert (dims["fte"], dims["salary"], dims["o_and_m"]) == (889, 79_300_000, 2_744_000)


def test_two_french_words_a_scan_ran_together_in_a_french_title(tmp_path: Path) -> None:
    """``Directiongénérale``: two common French words run together are set apart in a French title
    (French makes no such compound), marked to verify; ``Microbiologie`` stays one word."""
    text = ("DESCRIPTION DE TRAVAIL\nTitre du poste : Directeur général, Directiongénérale des langues officielles\n"
            "N° de poste : 40217\nGroupe et niveau : EX-03\n"
            "Relève de : Directrice, Laboratoire de microbiologie (EX-01)\n\n"
            "RESPONSABILITÉS PRINCIPALES\n1. Dirige les programmes d'appui aux langues officielles.\n")
    root, records = _import(tmp_path, "dt.txt", text)
    record = _record(root, "40217")
    assert (record["title"], record["supervisor"]["title"]) == (
        "Directeur général, Direction générale des langues officielles", "Directrice, Laboratoire de microbiologie")
    assert 'the document reads "Directeur général, Directiongénérale des langues officielles"' in records


def test_a_wiki_pages_front_matter_and_an_author_line_are_no_part_of_the_record(tmp_path: Path) -> None:
    """A Markdown page exported from a wiki opens with its front matter (``---`` / ``author: X`` /
    ``---``): the page's data, not the description's, and the author's name is never copied; an
    ``Author:`` in a form is a person's label, ending the value before it."""
    page = ('---\ntitle: "Director General, Integrity Operations"\nauthor: Alain Girard\ndate: 2023-10-24\n'
            "tags: [ex, work-description]\n---\n\n# Director General, Integrity Operations\n\n"
            "- **Title**: Director General, Integrity Operations\n- **Pos. No.**: 72736043\n"
            "- **Group/Level**: EX 03\n\n## General Accountability\n\nLeads the national integrity operations.\n\n"
            "## Specific Accountabilities\n\n1. Directs the investigations.\n2. Manages the resources.\n")
    form = ("WORK DESCRIPTION\nPosition Title: Director, Weather Operations   Author: Andrea Sorensen\n"
            "Position Number: 51190\n" + BODY.format(structure=""))
    root, _ = _import_all(tmp_path, {"page.md": page, "form.txt": form})
    assert _record(root, "72736043")["title"] == "Director General, Integrity Operations"
    assert _record(root, "51190")["title"] == "Director, Weather Operations"
    records = "\n".join(p.read_text() for p in (root / "records/positions").glob("*.yaml"))
    assert "Girard" not in records and "Sorensen" not in records


def test_an_older_typed_form_its_boxes_its_supervisor_in_a_sentence_and_its_reports_in_columns(
        tmp_path: Path) -> None:
    """A typed form of the 1990s as OCR gives it: boxes labelled ``Official Position Title`` and
    ``Group/Level`` over their values, ``EX-I`` and ``EX4`` (the executive group's older level
    without a hyphen), ``ALTA`` for Alberta, numbers in two groups with a ``B`` for an 8 (``4489-461B``), the supervisor
    in a sentence the scan ran together (``reporls tothe`` / ``Director General, St. John's
    Region (EX4), position no.`` / ``6662-44I0``), and the reports typed in columns without a
    header (``CS-O4   Manager, Computer Operations   (10 PYs)``)."""
    text = ("POSITION DESCRIPTION - EXECUTIVE GROUP\n\n"
            "Official Position Title                     Group/Level\n"
            "Director, Audit and Evaluation              EX-I\n\n"
            "Position No.                                Job Code No.\n"
            "4489-461B                                   84-EX-127\n\nLocation: EDMONTON, ALTA\n\n"
            "A) GENERAL ACCOUNTABILITY\n\nAccountable for internal audit and program evaluation.\n\n"
            "B) ORGANIZATIONAL STRUCTURE\n\nThe Director, Audit and Evaluation reporls tothe\n"
            "Director General, St. John's Region (EX4), position no.\n6662-44I0, and is one of six senior "
            "managers reporting to that position.\n\nThe following positions report directly to the incumbent:\n"
            "CS-O4   Manager, Computer Operations   (10 PYs)\n"
            "PM-05   Manager, Information Management   (7 PYs)\n\n"
            "C) PRINCIPAL ACCOUNTABILITIES\n\n1. Directs the audits.\n2. Manages the resources.\n")
    root, _ = _import(tmp_path, "wd.txt", text)
    record = _record(root, "4489-4618")
    assert (record["title"], record["classification"], record["job_code"], record["location"]) == (
        "Director, Audit and Evaluation", "EX-01", "84-EX-127", "EDMONTON, AB")
    assert (record["reports_to"], record["supervisor"]) == (
        "6662-4410", {"title": "Director General, St. John's Region", "classification": "EX-04"})
    assert _reports(root, "4489-4618", 2) == [("Manager, Computer Operations", "CS-04", 10),
                                              ("Manager, Information Management", "PM-05", 7)]


def test_a_web_page_saved_as_text_with_its_links_and_a_table_drawn_in_boxes(tmp_path: Path) -> None:
    """``lynx -dump`` and ``w3m -dump`` output: link numbers before words (``[7]Assistant Deputy
    Minister``), the list of links at the end, a table drawn with box characters (``├───┼───┤``),
    ``&nbsp;`` left in a value, and the page's ``Date modified:`` footer after the last item."""
    page = ("   [1]Skip to main content\n\n   [2]Home > [3]Human Resources\n\nDirector General, Archives\n"
            "==========================\n\n"
            "┌──────────────────────┬────────────────────────────┐\n"
            "│ Position Title       │ Director General, Archives │\n"
            "├──────────────────────┼────────────────────────────┤\n"
            "│ Position No.         │ 87737424                   │\n"
            "├──────────────────────┼────────────────────────────┤\n"
            "│ Location             │ Gatineau,&nbsp;Quebec      │\n"
            "└──────────────────────┴────────────────────────────┘\n\n"
            "   Reports to: [7]Assistant Deputy Minister, Archives Sector\n\n"
            "General Accountability\n\n   Leads the acquisition and preservation of the archives of Canada.\n\n"
            "Specific Accountabilities\n\n    1. Directs the acquisition programs.\n"
            "    2. Manages the human and financial resources.\n\n   Date modified: 2017-12-23\n\n"
            "References\n\n   1. https://intranet.example.gc.ca/#wb-cont\n   2. https://intranet.example.gc.ca/\n"
            "   3. https://intranet.example.gc.ca/hr\n   7. https://intranet.example.gc.ca/hr/ex-wd/55226291\n")
    root, records = _import(tmp_path, "page.txt", page)
    record = _record(root, "87737424")
    assert (record["title"], record["supervisor"]["title"], record["location"]) == (
        "Director General, Archives", "Assistant Deputy Minister, Archives Sector", "Gatineau, QC")
    assert record["specific_accountabilities"][-1] == "Manages the human and financial resources."
    assert "https" not in records and "[7]" not in records


def test_a_description_quoted_in_an_email_and_an_email_saved_with_its_headers(tmp_path: Path) -> None:
    """A forwarded message quoting the description (``> Official Title`` / ``>`` / ``> ...``), and
    a message saved as its source (``Content-Transfer-Encoding: quoted-printable``: ``=C3=A9`` for
    ``é``, ``=`` ending a line broken in a word): each read as the description it carries; the
    senders' names are not copied."""
    forwarded = ("---------- Forwarded message ---------\nFrom: Vikram Desai <vikram.desai@example.gc.ca>\n"
                 "Subject: WD for Director General, Marine Safety\n\nHello Robert,\n\nPlease find the description "
                 "below.\n\n> Position Description\n>\n> Official Title\n>     Director General, Marine Safety\n"
                 "> Position ID\n>     3344490\n> Group/Level\n>     EX-3\n>\n> Position Summary\n>\n"
                 "> Leads the national marine safety program.\n>\n> Key Responsibilities\n>\n"
                 "> 1. Directs the regulatory program.\n> 2. Manages the resources of the directorate.\n")
    source = ("Return-Path: <helene.rousseau@example.gc.ca>\nFrom: \"Rousseau, H=C3=A9l=C3=A8ne\" "
              "<helene.rousseau@example.gc.ca>\nSubject: WD\nMIME-Version: 1.0\n"
              "Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\n"
              "Hi Genevi=C3=A8ve,\n\nBelow is the WD.\n\nH=C3=A9l=C3=A8ne Rousseau\n\n"
              "Job Title: Directrice, Op=C3=A9rations de la r=C3=A9gion de Qu=C3=A9bec\nPosition Number: 3790=\n"
              "0707\nGroup/Level: EX-2\n\nGeneral Accountability\n\nLeads the region's operations.\n\n"
              "Key Activities\n\n1. Directs the operations.\n2. Manages the resources.\n")
    root, result = _import_all(tmp_path, {"fwd.txt": forwarded, "source.txt": source})
    assert _record(root, "3344490")["title"] == "Director General, Marine Safety", result.output
    assert _record(root, "37900707")["title"] == "Directrice, Opérations de la région de Québec"
    records = "\n".join(p.read_text() for p in (root / "records/positions").glob("*.yaml"))
    assert "Desai" not in records and "Rousseau" not in records


def test_a_text_wrapped_at_a_fixed_width(tmp_path: Path) -> None:
    """An e-mail's text wrapped at 76 columns: a line the next one's first word would not have
    fitted on goes on there (``..., Pharmaceutical Drugs`` / ``Directorate (EX-3), position
    14977995.``; a title's last word, ``Region``); a form's lines, each a field, stay apart. A
    title a list follows (``... report to the Director, X:``) is no supervisor."""
    text = ("Position Description\n\n"
            "Job Title: Regional Director, Fisheries Management and Aquaculture, Maritimes\nRegion\n"
            "Position Number: 37900707\nGroup/Level: EX-2\n\nGeneral Accountability\n\n"
            "The Regional Director is accountable for the planning, direction and delivery\n"
            "of the fisheries management programs of the region, and for providing advice\n"
            "and functional leadership to senior management of the department on related\n"
            "issues of the fisheries, their conservation and their economic sustainability.\n\n"
            "Organization Structure\n\n"
            "The Regional Director reports to the Regional Director General, Maritimes Area\n"
            "Operations (EX-3), position 14977995, and is one of several senior managers.\n\n"
            "The following report to the Director, Aquaculture Management:\n\n"
            "- Manager, Resource Management (PM-06, 12 FTEs)\n\n"
            "Key Activities\n\n1. Directs the planning of the fisheries management programs of the region and\n"
            "their delivery by the area offices in each of the provinces of the region.\n"
            "2. Manages the resources.\n")
    root, _ = _import(tmp_path, "wd.txt", text)
    record = _record(root, "37900707")
    assert record["title"] == "Regional Director, Fisheries Management and Aquaculture, Maritimes Region"
    assert (record["reports_to"], record["supervisor"]["title"], record["supervisor"]["classification"]) == (
        "14977995", "Regional Director General, Maritimes Area Operations", "EX-03")


def test_a_table_of_reports_with_a_position_number_column_and_a_title_column(tmp_path: Path) -> None:
    """``Position | Title | Group-Level | FTE``: an HR system's table whose ``Position`` column holds
    the reports' numbers, its ``Title`` column their titles; a row's empty cell (two tabs) keeps
    the cells after it in their columns."""
    structure = ("ORGANIZATION STRUCTURE\nPosition\tTitle\tGroup-Level\tFTE\n"
                 "20605597\tDirector, Equipment Standards\tEX-01\t72\n14362316\tSenior Advisor, Buildings\t\t88\n")
    text = "Position title:\tDirector General, Energy Efficiency\nPosition ID:\t88902\n" + BODY.format(structure=structure)
    root, _ = _import(tmp_path, "hr.txt", text)
    assert _reports(root, "88902", 2) == [("Director, Equipment Standards", "EX-01", 72),
                                          ("Senior Advisor, Buildings", None, 88)]


def test_a_french_supervisor_label_over_its_value_and_a_supervisor_named_in_a_sentence(tmp_path: Path) -> None:
    """``Relève de`` over ``Sous-ministre adjoint principal, X (EX-5), poste no 72000``, and ``Le
    titulaire relève du poste de Directrice générale, X (EX-03), poste no 23655.``: the
    supervisor's title, level and number."""
    form = ("DESCRIPTION DE TRAVAIL\nTitre du poste\nDirectrice régionale, Santé des Premières Nations\n"
            "Numéro du poste\n40311\nRelève de\nSous-ministre adjoint principal, Santé des Premières Nations (EX-5), "
            "poste no 72000\n\nRESPONSABILITÉS GÉNÉRALES\nDirige les services de santé de la région.\n\n"
            "ACTIVITÉS PRINCIPALES\n1. Dirige les services.\n2. Gère les ressources.\n")
    sentence = ("DESCRIPTION DE TRAVAIL\nTitre du poste : Directeur exécutif, Surveillance ferroviaire\n"
                "Numéro du poste : 23700\n\nCONTEXTE ORGANISATIONNEL\nLe titulaire relève du poste de Directrice "
                "générale, Groupe des politiques (EX-03), poste no 23655.\n\n"
                "ACTIVITÉS PRINCIPALES\n1. Dirige la surveillance.\n2. Gère les ressources.\n")
    root, _ = _import_all(tmp_path, {"form.txt": form, "sentence.txt": sentence})
    first, second = _record(root, "40311"), _record(root, "23700")
    assert (first["reports_to"], first["supervisor"]) == (
        "72000", {"title": "Sous-ministre adjoint principal, Santé des Premières Nations", "classification": "EX-05"})
    assert (second["reports_to"], second["supervisor"]["title"]) == ("23655", "Directrice générale, Groupe des politiques")


def test_hay_era_reports_counted_in_person_years_with_old_subgroups(tmp_path: Path) -> None:
    """``TITLE | GROUP/LEVEL | PYs``, ``* Director, X: CS-05, 10 P-Y``, ``ST-SCY-O3``, and a scan's
    run of such entries with ``*`` bullets, one run into the count before it (``staff of 25*
    Manager``)."""
    typed = ("POSITION TITLE: Director General, Informatics\nPOSITION NUMBER: 1187-2202\n\n"
             "1. GENERAL ACCOUNTABILITY\n\nDirects the informatics of the department.\n\n"
             "2. ORGANIZATION STRUCTURE\n\nThe following positions report directly to the incumbent:\n"
             "* Director, Systems Development: CS-05, 10 P-Y\n* Secretary: ST-SCY-O3, 1 P-Y\n\n"
             "TITLE                          GROUP/LEVEL     PYs\n"
             "Director, Internal Audit       AU-0S           4\n"
             "Manager, Audit Operations      AU-04           8\n\n"
             "3. PRINCIPAL ACCOUNTABILITIES\n\n1. Directs the informatics.\n2. Manages the resources.\n")
    run = ("EX GROUP - WORK DESCRIPTION POSITION TITLE: Director General, Real Property POSITION NUMBER: 389691 "
           "1. GENERAL ACCOUNTABILITY The incumbent is accountable for directing the management of real property, "
           "accommodation and capital projects in support of the department's mandate and for the provision of "
           "expert advice across the department. 3. ORGANIZATIONAL STRUCTURE The following positions report "
           "directly to the incumbent: * Chief, Accommodation Planning: PG-05, 23 person-years * Director, Property "
           "Management: EN-ENG-06, staff of 25* Manager, Project Delivery: EN-ENG-05, 18 person-years 4. PRINCIPAL "
           "ACCOUNTABILITIES - Directs the development and implementation of departmental policies, standards and "
           "procedures for the management of real property. - Plans, organizes and controls the human, financial "
           "and material resources of the Real Property Directorate.")
    root, _ = _import_all(tmp_path, {"typed.txt": typed, "run.txt": "--- Full Extracted Text ---\n" + run + "\n"})
    assert _reports(root, "1187-2202", 4) == [("Director, Systems Development", "CS-05", 10),
                                              ("Secretary", "ST-SCY-03", 1),
                                              ("Director, Internal Audit", "AU-05", 4),
                                              ("Manager, Audit Operations", "AU-04", 8)]
    assert _reports(root, "389691", 3) == [("Chief, Accommodation Planning", "PG-05", 23),
                                           ("Director, Property Management", "EN-ENG-06", 25),
                                           ("Manager, Project Delivery", "EN-ENG-05", 18)]


def test_hay_era_dimensions_in_a_sentence_and_in_a_table_of_thousands(tmp_path: Path) -> None:
    """``a budget of $2,260,000, of which $I,84O,O0O is for salaries and $420,O00 for operaling
    and maintenance`` (a scan's ``l`` for ``t`` in a label too), and ``RESOURCES ($00O)`` over
    rows set apart by spaces (``Salaries      I,490``); a typed page's number alone on its line is
    no report's words."""
    prose = ("POSITION TITLE: Executive Director, Informatics\nPOSITION NUMBER: 0657-4842\n\n"
             "GENERAL ACCOUNTABILITY:\n\nDirects the informatics of the department.\n\n"
             "ORGANIZATIONAL STRUCTURE:\n\nThe following positions report directly to the incumbent:\n"
             "CS-04   Manager, Computer Operations   (10 PYs)\n1\n\n"
             "PM-05   Manager, Information Management   (7 PYs)\n\n"
             "DIMENSIONS:\n\nThe directorate has 49 person-years and a budget of $2,260,000, of which $I,84O,O0O is "
             "for salaries and $420,O00 for operaling and maintenance.\n2\n\n"
             "PRINCIPAL ACCOUNTABILITIES:\n\n1. Directs the informatics.\n2. Manages the resources.\n")
    table = ("POSITION TITLE: Director, Informatics\nPOSITION NUMBER: 7109-8843\n\nGENERAL ACCOUNTABILITY\n\n"
             "Directs the informatics of the agency.\n\nDIMENSIONS\n\nRESOURCES ($00O)\n"
             "Salaries                         I,490\nO&M                              1,1O0\n"
             "Total                            2,590\n\nSPECIFIC ACCOUNTABILITIES\n\n1. Directs.\n2. Manages.\n")
    root, _ = _import_all(tmp_path, {"prose.txt": prose, "table.txt": table})
    dims = _record(root, "0657-4842")["dimensions"]
    assert (dims["salary"], dims["o_and_m"], dims["total"]) == (1_840_000, 420_000, 2_260_000)
    assert "general_accountability" not in _record(root, "0657-4842-R1")
    dims = _record(root, "7109-8843")["dimensions"]
    assert (dims["salary"], dims["o_and_m"], dims["total"]) == (1_490_000, 1_100_000, 2_590_000)


def test_a_typed_forms_run_with_its_date_in_capitals_and_underlined_headings(tmp_path: Path) -> None:
    """A typed form run together by a scan: ``DATE: APR 18 2001`` among the fields in capitals is
    the description's date (not a signature's), headings' underlines (``----------``) are no
    words, and ``Total 3,740 FTEs 49`` in a table of thousands gives the total its figure and
    the FTEs theirs."""
    run = ("POSITION DESCRIPTION - EXECUTIVE GROUP TITLE: Director, Informatics CLASSIFICATION: EX-0I POS. NO.: "
           "7109B843 DATE: APR 18 2001 BRANCH/SECTOR: Corporate Services GENERAL ACCOUNTABILITY "
           "---------------------- The incumbent is accountable for directing information systems, informatics and "
           "telecommunications in support of the department's mandate and for the provision of expert advice. "
           "DIMENSIONS ---------- RESOURCES ($000) Salaries                2,870 O&M                870 "
           "Total                3,740 FTEs                49 SPECIFIC ACCOUNTABILITIES ------------------------- "
           "(a) Directs the development and implementation of departmental policies, standards and procedures for "
           "information systems. (b) Plans, organizes and controls the human, financial and material resources.")
    root, _ = _import(tmp_path, "scan.txt", "--- Full Extracted Text ---\n" + run + "\n")
    record = _record(root, "71098843")
    assert record["effective_date"] == dt.date(2001, 4, 18)
    assert record["general_accountability"].startswith("The incumbent is accountable")
    dims = record["dimensions"]
    assert (dims["salary"], dims["o_and_m"], dims["total"], dims["fte"]) == (2_870_000, 870_000, 3_740_000, 49)


def test_a_reviewers_comments_and_a_blank_templates_placeholders(tmp_path: Path) -> None:
    """A draft's ``[Comment: ... - Priya Raman]`` is no text and its author's name is never
    copied; a template whose fields hold only placeholders (``[Enter the position title]``,
    ``[#####]``, ``[City, Province / Ville, province]``) is refused as a blank template."""
    draft = ("WORK DESCRIPTION\nPosition Title: Executive Director, Benefits Modernization\n"
             "Classification: EX-02 [Comment: Please confirm with Classification - Priya Raman]\n"
             "Position Number: 41877\n" + BODY.format(structure="Organization chart attached. [Comment: Is this "
                                                                  "still accurate? - Priya Raman]\n"))
    blank = ("EXECUTIVE (EX) GROUP WORK DESCRIPTION\nPosition Title: [Enter the position title / Inscrire le titre]\n"
             "Position Number: [#####]\nJob Code: [######]\nLocation: [City, Province / Ville, province]\n"
             "CLIENT-SERVICE RESULTS\n[Describe the results the position delivers to its clients.]\n"
             "KEY ACTIVITIES\n[List six to eight key activities, starting each with a verb.]\n"
             "NATURE AND SCOPE\nContext: [...]\nChallenges: [...]\n")
    root, result = _import_all(tmp_path, {"draft.txt": draft, "blank.txt": blank})
    assert _record(root, "41877")["classification"] == "EX-02"
    assert "Priya" not in "\n".join(p.read_text() for p in (root / "records/positions").glob("*.yaml"))
    assert "blank.txt: a blank template" in result.output, result.output


def test_tables_drawn_in_boxes_and_a_tabbed_table_of_fiscal_years(tmp_path: Path) -> None:
    """A text's tables drawn with box characters or ``+---+``: a dimensions table of labels over
    figures, a reports table whose lines are rows (a unit indented under its report with ``-``
    and a ``Total`` row are no reports); and a table of fiscal years whose cells tabs set apart,
    read in the year marked current."""
    boxes = ("Position Title: Director, Surveillance Systems\nPosition No.: 18101\n\nGeneral Accountability\n\n"
             "Leads the surveillance systems.\n\nOrganization Structure\n\n"
             "+-------------------------------+----------------+------+\n"
             "| Title                         | Classification | FTEs |\n"
             "+-------------------------------+----------------+------+\n"
             "| Director, Government Archives | EX-01          | 62   |\n"
             "|     - Government Records Unit |                | 40   |\n"
             "| Manager, Data Sharing         | PM-06          | 4    |\n"
             "| Total                         |                | 66   |\n"
             "+-------------------------------+----------------+------+\n\nDimensions\n\n"
             "┌──────┬────────────┬────────────┬────────────┐\n│ FTEs │ Salary     │ O&M        │ Total      │\n"
             "├──────┼────────────┼────────────┼────────────┤\n│ 33   │ $3,430,000 │ $1,500,000 │ $4,930,000 │\n"
             "└──────┴────────────┴────────────┴────────────┘\n\nSpecific Accountabilities\n\n1. Directs.\n2. Manages.\n")
    years = ("Position Title:\tDirector, Income Tax Appeals\nPosition No.:\t48000\n\n1. GENERAL ACCOUNTABILITY\n\n"
             "Resolves income tax objections.\n\n3. DIMENSIONS\n\n\t2021-22\t2022-23\t2023-24 (current)\n"
             "FTEs\t91\t92\t96\nSalary\t$7,060,000\t$7,300,000\t$8,450,000\nO&M\t$4,380,000\t$4,330,000\t$3,730,000\n"
             "\n4. SPECIFIC ACCOUNTABILITIES\n\n1. Directs.\n2. Manages.\n")
    root, _ = _import_all(tmp_path, {"boxes.txt": boxes, "years.txt": years})
    dims = _record(root, "18101")["dimensions"]
    assert (dims["fte"], dims["salary"], dims["o_and_m"], dims["total"]) == (33, 3_430_000, 1_500_000, 4_930_000)
    assert _reports(root, "18101", 2) == [("Director, Government Archives", "EX-01", 62),
                                          ("Manager, Data Sharing", "PM-06", 4)]
    dims = _record(root, "48000")["dimensions"]
    assert (dims["fte"], dims["salary"], dims["o_and_m"]) == (96, 8_450_000, 3_730_000)


def test_dimension_tables_as_word_and_pdf_text_give_them(tmp_path: Path) -> None:
    """A Word table of fiscal years (`` | 2020-21 | 2021-22 | 2022-23 *``, rows ``FTEs | 325 |
    324 | 326``) read in the year marked current; a table whose first header cell names the
    section (``Dimensions: | FTEs | Salary | O&M | Total`` over four figures); a PDF's row of
    labels over a row of figures whatever the gaps (``FTEs  Salary | O&M | Total`` / ``32
    $3,100,000  $1,060,000  $4,160,000``)."""
    head = "Position Title: Director General, X\nPosition Number: {number}\n\nGENERAL ACCOUNTABILITY\nLeads.\n\n"
    tail = "\nSPECIFIC ACCOUNTABILITIES\n1. Directs.\n2. Manages.\n"
    documents = {
        "years.txt": head.format(number="30501") + "DIMENSIONS\n | 2020-21 | 2021-22 | 2022-23 *\nFTEs | 325 | 324 | 326\n"
        "Salary | $22.68M | $24.10M | $26.73M\n" + tail,
        "named.txt": head.format(number="30502") + "DIMENSIONS\nDimensions: | FTEs | Salary | O&M | Total\n"
        "68 | $5.58M | $1.14M | $6.72M\n" + tail,
        "pdf.txt": head.format(number="30503") + "4. DIMENSIONS\nFTEs  Salary | O&M | Total\n"
        "32 $3,100,000  $1,060,000  $4,160,000\n" + tail}
    root, _ = _import_all(tmp_path, documents)
    assert (_record(root, "30501")["dimensions"]["fte"], _record(root, "30501")["dimensions"]["salary"]) == (
        326, 26_730_000)
    for number, figures in (("30502", (68, 5_580_000, 1_140_000, 6_720_000)),
                            ("30503", (32, 3_100_000, 1_060_000, 4_160_000))):
        dims = _record(root, number)["dimensions"]
        assert (dims["fte"], dims["salary"], dims["o_and_m"], dims["total"]) == figures


def test_a_reports_table_named_in_its_first_cell_and_one_with_group_and_level_apart(tmp_path: Path) -> None:
    """``Direct Reports: | Title | FTEs | Classification`` over rows of three cells (the first
    header cell the table's name), and ``Title | Group | Level | FTEs`` (``CX | 04``)."""
    named = ("Position Title: Director General, Census Operations\nPosition Number: 61200\n\n"
             "GENERAL ACCOUNTABILITY\nLeads the census.\n\nORGANIZATION STRUCTURE\n"
             "| Direct Reports: | Title | FTEs | Classification |\n|---|---|---|---|\n"
             "| Director, Census Processing | 88 | EX-01 |\n| Director, Collection Operations | 140 | EX-01 |\n"
             "\nSPECIFIC ACCOUNTABILITIES\n1. Directs.\n2. Manages.\n")
    apart = ("Position Title: Warden, Grand Valley Institution\nPosition Number: 61300\n\n"
             "GENERAL ACCOUNTABILITY\nLeads the institution.\n\nORGANIZATION STRUCTURE\n"
             "| Title | Group | Level | FTEs |\n|---|---|---|---|\n| Deputy Warden | CX | 04 | 210 |\n"
             "| Assistant Warden, Interventions | WP | 06 | 46 |\n\nSPECIFIC ACCOUNTABILITIES\n1. Directs.\n")
    root, _ = _import_all(tmp_path, {"named.md": named, "apart.md": apart})
    assert _reports(root, "61200", 2) == [("Director, Census Processing", "EX-01", 88),
                                          ("Director, Collection Operations", "EX-01", 140)]
    assert _reports(root, "61300", 2) == [("Deputy Warden", "CX-04", 210),
                                          ("Assistant Warden, Interventions", "WP-06", 46)]


def test_a_title_wrapped_over_a_few_words_before_the_next_field(tmp_path: Path) -> None:
    """``Position Title: Regional Director, Salmonid`` / ``Enhancement`` / ``Level: EX-01``, and
    ``Supervisor's Title: Regional`` / ``Director General, Pacific Region``: the title goes on; a
    French title's stray noun (``... de la Francophonie`` / ``Ressources``) does not."""
    english = ("Position Title: Regional Director, Salmonid\nEnhancement\nLevel: EX-01\nPosition Number: 22710\n"
               "Supervisor's Title: Regional\nDirector General, Pacific Region\nLocation: Vancouver, BC\n\n"
               "GENERAL ACCOUNTABILITY\nManages salmon hatchery operations.\n\n"
               "PRINCIPAL ACCOUNTABILITIES\n1. Directs.\n2. Manages.\n")
    french = ("Titre du poste: Directeur, Direction de la Francophonie\nRessources\nNiveau: EX-01\n"
              "Numéro de poste: 44858\n\nSommaire des responsabilités\nDirige la direction.\n\n"
              "Fonctions principales\n1. Dirige.\n2. Gère.\n")
    root, _ = _import_all(tmp_path, {"salmon.txt": english, "francophonie.txt": french})
    record = _record(root, "22710")
    assert (record["title"], record["classification"], record["supervisor"]["title"]) == (
        "Regional Director, Salmonid Enhancement", "EX-01",
        "Regional Director General, Pacific Region")
    assert _record(root, "44858")["title"] == "Directeur, Direction de la Francophonie"


def test_a_reports_header_two_of_whose_names_a_single_space_sets_apart(tmp_path: Path) -> None:
    """``Poste    Groupe/niveau ETP`` over rows of three columns: the header is cut where the rows'
    columns begin, and a closing ``s`` read as ``5`` is mended (``Biens immobilier5``)."""
    text = ("Poste: Directrice régionale, Opérations des voyageurs\nGroupe et niveau: EX 02\nNuméro du poste: 517477\n\n"
            "Structure organisationnelle\nLes quatre (4) postes suivants relèvent directement du titulaire :\n"
            "Poste                                    Groupe/niveau ETP\n"
            "Directeur, Planification de l'effectif   EX-01         40\n"
            "Chef, Développement des affaires         TR-05         9\n"
            "Directeur, Biens immobilier5             EX-01         6\n\n"
            "Responsabilités principales\n1. Dirige les opérations.\n2. Gère les ressources.\n")
    root, _ = _import(tmp_path, "voyageurs.txt", text)
    assert _reports(root, "517477", 3) == [("Directeur, Planification de l'effectif", "EX-01", 40),
                                           ("Chef, Développement des affaires", "TR-05", 9),
                                           ("Directeur, Biens immobiliers", "EX-01", 6)]


def test_specks_a_skewed_scan_left_before_its_lines(tmp_path: Path) -> None:
    """``' A) General Accountability``, ``~E) Specific Accountabilities``, ``, 2) Fosters``: a
    speck before a heading or an item is no text (the sections are read, the items stay items)."""
    text = ("Position Title: Director, Risk Assessment\nClassification: EX-01\nPosition Number: 25124\n"
            "' A) General Accountability\nThe Director is accountable for the Risk Assessment program.\n"
            "~B) Organization Structure\nReporting to the Director are the Manager, Policy Analysis (EC-07, 5 FTE)"
            " and the Manager, Human Resources (PE-06, 48 FTE).\n"
            "i C) Specific Accountabilities\n1) Provides strategic advice.\n, 2) Fosters a healthy workplace.\n")
    root, records = _import(tmp_path, "risk.txt", text)
    assert _reports(root, "25124", 2) == [("Manager, Policy Analysis", "EC-07", 5),
                                          ("Manager, Human Resources", "PE-06", 48)]
    assert "Fosters a healthy workplace" in records and ", 2)" not in records and "' A)" not in records


def test_a_reports_table_in_columns_whose_titles_wrap_in_their_cells(tmp_path: Path) -> None:
    """``Regional Manager,      PM-06`` / ``Field Operations``: the title goes on in its cell; a
    heading in capitals after the table, or a title of its own, is no part of a title."""
    text = ("Position Title: Regional Director, Science Policy\nClassification: EX-01\nPosition Number: 40770\n\n"
            "ORGANIZATION STRUCTURE\nDirect reports:\n"
            "Position               Group/Level   FTEs\n"
            "Regional Manager,      PM-06         12\nField Operations\n"
            "Manager, Program       PM-06         9\n Delivery\n"
            "Manager, Data Services EC-06         4\n"
            "Senior Advisor, Policy\n"
            "OPERATING ENVIRONMENT\nThe region is large.\n\nSPECIFIC ACCOUNTABILITIES\n1. Directs.\n2. Manages.\n")
    root, _ = _import(tmp_path, "science.txt", text)
    reports = _reports(root, "40770", 3)
    assert reports[:2] == [("Regional Manager, Field Operations", "PM-06", 12), ("Manager, Program Delivery", "PM-06", 9)]
    assert reports[2] == ("Manager, Data Services", "EC-06", 4)


def test_a_forms_boxes_read_as_one_line_labels_first_then_values(tmp_path: Path) -> None:
    """A scan that read a row of boxes as one line, its labels first: set apart by bars, by two
    spaces, or by single spaces (each value then found by its kind: a code, a number, a date)."""
    text = ("EXECUTIVE WORK DESCRIPTION\n"
            "Job Title Position Level Position No. Regional Director, Benefits Processing EX01 67842\n"
            "Location | Generic Job No. | Charlottetown, Prince Edward Island | 108211\n"
            "Department/Agency Effective date of description Veterans Affairs Canada December 25, 2017\n"
            "Job Code  Supervisor's Position No.  Supervisor's Position Title  100817  92818  Director General, Policy\n"
            "GENERAL ACCOUNTABILITY\nLeads benefits processing.\n\nSPECIFIC ACCOUNTABILITIES\n1. Directs.\n2. Manages.\n")
    root, _ = _import(tmp_path, "benefits.txt", text)
    record = _record(root, "67842")
    assert (record["title"], record["classification"], record["location"], record["effective_date"]) == (
        "Regional Director, Benefits Processing", "EX-01", "Charlottetown, PE", dt.date(2017, 12, 25))
    assert (record["reports_to"], record["supervisor"]["title"]) == ("92818", "Director General, Policy")


def test_reports_in_a_french_sentence_in_lower_case_after_their_article(tmp_path: Path) -> None:
    """``Relèvent directement du titulaire : le directeur, X (EX-01); la directrice, Y (EX-01), qui
    dirige une équipe de 82 ETP; ... et la analyste financière (FI-02)``: each report capitalized,
    its count after it whole (no ``ETP`` left to open the next title)."""
    text = ("Titre du poste : Directeur régional, Services aux Autochtones\nGroupe et niveau : EX-02\n"
            "Numéro de poste : 71330\n\nSTRUCTURE ORGANISATIONNELLE\n"
            "Relèvent directement du titulaire : le directeur, Programmes et partenariats (EX-01, 20 ETP); la "
            "directrice, Santé des Premières Nations (EX-01), qui dirige une équipe de 82 ETP; le directeur, "
            "Infrastructures communautaires (EX-01), qui dirige une équipe de 139 ETP et la analyste financière "
            "(FI-02, 1 ETP).\n\n"
            "ACTIVITÉS PRINCIPALES\n1. Dirige la région.\n2. Gère les ressources.\n")
    root, _ = _import(tmp_path, "sac.txt", text)
    assert _reports(root, "71330", 4) == [("Directeur, Programmes et partenariats", "EX-01", 20),
                                          ("Directrice, Santé des Premières Nations", "EX-01", 82),
                                          ("Directeur, Infrastructures communautaires", "EX-01", 139),
                                          ("Analyste financière", "FI-02", 1)]


def test_a_french_scans_accents_read_as_6_or_e_quote_after_a_capital_or_an_elision(tmp_path: Path) -> None:
    """``D6veloppement``, ``De'veloppement``, ``d'e'quipe``: the accent put back; ``collectivites``,
    a word no list knows without its accent, gets it back though French writes it rarely."""
    text = ("Titre du poste : Directrice, Bureau d'affaires de l'Estrie\nGroupe et niveau : EX-01\n"
            "Numéro de poste : 20184\n\nSTRUCTURE ORGANISATIONNELLE\nRelèvent de la directrice :\n"
            "- Chef d'e'quipe, De'veloppement régional (CO-03), 6 ETP\n"
            "- Conseiller principal, D6veloppement des collectivites (CO-03), 4 ETP\n\n"
            "ACTIVITÉS PRINCIPALES\n1. Dirige le bureau.\n2. Gère les ressources.\n")
    root, _ = _import(tmp_path, "estrie.txt", text)
    assert _reports(root, "20184", 2) == [("Chef d'équipe, Développement régional", "CO-03", 6),
                                          ("Conseiller principal, Développement des collectivités", "CO-03", 4)]


def test_a_reports_title_with_a_dash_before_a_place(tmp_path: Path) -> None:
    """``Gestionnaire, Enquêtes – Région de la capitale nationale [PM-06]``: the dash is the
    title's, not the end of a code or count before it."""
    text = ("Titre du poste : Directeur, Enquêtes\nGroupe et niveau : EX-01\nNuméro de poste : 89275\n\n"
            "STRUCTURE ORGANISATIONNELLE\n4 postes relèvent directement du titulaire :\n"
            "Gestionnaire, Enquêtes – Région de la capitale nationale [PM-06]\n"
            "Gestionnaire, Enquêtes – Bureaux régionaux [PM-06] : 16 équivalents temps plein\n"
            "Enquêteur principal [PM-05] : 25 équivalents temps plein\n\n"
            "ACTIVITÉS PRINCIPALES\n1. Dirige les enquêtes.\n2. Gère les ressources.\n")
    root, _ = _import(tmp_path, "enquetes.txt", text)
    assert _reports(root, "89275", 3) == [("Gestionnaire, Enquêtes – Région de la capitale nationale", "PM-06", None),
                                          ("Gestionnaire, Enquêtes – Bureaux régionaux", "PM-06", 16),
                                          ("Enquêteur principal", "PM-05", 25)]


def test_a_scans_z_for_2_in_a_level_and_b_for_8_in_amounts_in_thousands(tmp_path: Path) -> None:
    """``EX 0Z`` is EX-02; ``3 7BO k$``, ``30B k$`` and ``4 OBB k$`` are 3,780,000, 308,000 and
    4,088,000, each marked to verify with what the scan read."""
    text = ("Titre : Directeur, Services immobiliers, Région du Québec\nGroupe et niveau : EX 0Z\n"
            "No du poste : 94642\n\n1. DIMENSIONS\nLe titulaire gère un budget salarial de 3 7BO k$ et un budget "
            "de fonctionnement et d'entretien de 30B k$, pour un total de 4 OBB k$.\n\n"
            "2. ACTIVITÉS PRINCIPALES\n1. Diriger les services.\n2. Gérer les ressources.\n")
    root, records = _import(tmp_path, "immobiliers.txt", text)
    record = _record(root, "94642")
    dims = record["dimensions"]
    assert (record["classification"], dims["salary"], dims["o_and_m"], dims["total"]) == (
        "EX-02", 3_780_000, 308_000, 4_088_000)
    assert "3 7BO k$" in records and "EX 0Z" in records  # what the scan read, in the verify notes


def test_a_scans_b_for_8_before_a_decimal_point_in_millions(tmp_path: Path) -> None:
    """``$2B.4M`` is 28.4 million and ``$5B.1BM`` 58.18 million, not billions."""
    text = ("Position Title: Regional Director General, Newfoundland and Labrador\nGroup and Level: EX-04\n"
            "Position Number: 30100\n\nDIMENSIONS\nSalaries: $29.78M\nOperating and Maintenance: $2B.4M\n"
            "Total: $5B.1BM\n\nSPECIFIC ACCOUNTABILITIES\n1. Directs the region.\n2. Manages its resources.\n")
    root, _ = _import(tmp_path, "nl.txt", text)
    dims = _record(root, "30100")["dimensions"]
    assert (dims["salary"], dims["o_and_m"], dims["total"]) == (29_780_000, 28_400_000, 58_180_000)


def test_a_scans_b_for_8_in_a_reports_count(tmp_path: Path) -> None:
    """``(B7 FTEs)`` and ``(SB FTEs)``: 87 and 58, marked to verify."""
    text = ("Position Title: Director, Passport Operations, West\nGroup and Level: EX-01\nPosition Number: 44120\n\n"
            "ORGANIZATION\nThe following positions report directly to the Director:\n"
            "- PM-05 - Manager, Passport Office, Vancouver (B7 FTEs)\n"
            "- PM-05 - Manager, Passport Office, Edmonton (SB FTEs)\n\n"
            "KEY RESPONSIBILITIES\n1. Directs passport issuance.\n2. Manages resources.\n")
    root, records = _import(tmp_path, "passport.txt", text)
    assert _reports(root, "44120", 2) == [("Manager, Passport Office, Vancouver", "PM-05", 87),
                                          ("Manager, Passport Office, Edmonton", "PM-05", 58)]
    assert "B7 FTEs" in records and "SB FTEs" in records


def test_position_classification_is_a_label_of_its_own_in_a_scans_run(tmp_path: Path) -> None:
    """``TITLE OF POSITION: Director, X, Pacific Region POSITION CLASSIFICATION: EX-Ol``: the
    title ends before ``POSITION``."""
    run = ("DEPARTMENT/AGENCY: Canada Border Services Agency TITLE OF POSITION: Director, Traveller Operations, "
           "Pacific Region POSITION CLASSIFICATION: EX-Ol POSITION JOB CODE: 103117 POSITION #: 71204 "
           "DATE EFFECTIVE: May 6, 2019 PLACE OF WORK: Richmond, British Columbia Purpose of the Position "
           + "The Director is accountable for the processing of travellers at the airport. " * 8 +
           "Key Responsibilities 1. Directs traveller processing. 2. Manages the division's resources.")
    root, _ = _import(tmp_path, "traveller.txt", f"--- Full Extracted Text ---\n{run}\n")
    record = _record(root, "71204")
    assert (record["title"], record["classification"]) == ("Director, Traveller Operations, Pacific Region", "EX-01")


def test_a_typed_forms_standard_job_number_and_its_dates(tmp_path: Path) -> None:
    """``STANDARD JOB DESCRIPTION NO.`` is the job code; ``87-11-28`` (a two-digit year that can
    be no day) is 28 November 1987 and ``1 AVR l99S`` 1 April 1995, both marked to verify."""
    documents = {
        "regulatory.txt": ("POSITION TITLE: Director, Regulatory Affairs\nLEVEL: EX-01\nPOSITION NUMBER: 10234\n"
                           "STANDARD JOB DESCRIPTION NO. .......... 292821\nDATE: 87-11-28\n\n"
                           "GENERAL ACCOUNTABILITY\nDirects regulatory affairs.\n\nPRINCIPAL ACCOUNTABILITIES\n"
                           "1. Directs.\n2. Manages.\n"),
        "personnel.txt": ("TITRE DU POSTE : Directeur, Personnel\nGROUPE ET NIVEAU : EX-01\nNUMÉRO DU POSTE : 20345\n"
                          "DATE DE PRISE D'EFFET ................. 1 AVR l99S\n\nRESPONSABILITÉS GÉNÉRALES\n"
                          "Dirige le personnel.\n\nRESPONSABILITÉS PRINCIPALES\n1. Dirige.\n2. Gère.\n")}
    root, result = _import_all(tmp_path, documents)
    assert result.exit_code == 0, result.output
    regulatory, personnel = _record(root, "10234"), _record(root, "20345")
    assert (regulatory["job_code"], regulatory["effective_date"]) == ("292821", dt.date(1987, 11, 28))
    assert personnel["effective_date"] == dt.date(1995, 4, 1)
    texts = [(root / "records/positions" / f"{n}.yaml").read_text(encoding="utf-8") for n in ("10234", "20345")]
    assert "two digits" in texts[0] and "1 AVR l99S" in texts[1]


def test_a_scans_b_z_and_b_for_8_2_and_6_in_numbers_and_millions(tmp_path: Path) -> None:
    """``5b288`` and ``1OZ798`` are 56288 and 102798; ``$l.B6 million`` and ``$2.B9M`` are
    1.86 and 2.89 million."""
    text = ("Position Title: Director General, Tax Legislation\nGroup and Level: EX-03\nPosition Number: 5b288\n"
            "Job Code: 1OZ798\n\nDIMENSIONS\nSalary Budget: $I.7l million\nOperating and Maintenance: $I50,O00\n"
            "Total Budget: $l.B6 million\n\nSPECIFIC ACCOUNTABILITIES\n1. Directs.\n2. Manages.\n")
    other = ("Position Title: Director of Operations, Economic Policy\nGroup and Level: EX-02\nPosition Number: 87072\n\n"
             "DIMENSIONS\nSalaries: $2.75M\nO&M: $140K\nTotal Operating Budget: $2.B9M\n\n"
             "SPECIFIC ACCOUNTABILITIES\n1. Directs.\n2. Manages.\n")
    root, result = _import_all(tmp_path, {"tax.txt": text, "pco.txt": other})
    assert result.exit_code == 0, result.output
    record = _record(root, "56288")
    assert (record["job_code"], record["dimensions"]["total"]) == ("102798", 1_860_000)
    assert _record(root, "87072")["dimensions"]["total"] == 2_890_000


def test_a_supervisors_level_after_the_title_without_brackets(tmp_path: Path) -> None:
    """``Reports to: Director General, Marketplace Framework Policy EXO3``: the level is the
    supervisor's classification, not the title's last word."""
    text = ("Position Title: Director, Intellectual Property Policy\nGroup and Level: EX-01\nPosition Number: 56365\n"
            "Reports to: Director General, Marketplace Framework Policy EXO3\n\nGENERAL ACCOUNTABILITY\n"
            "Leads intellectual property policy.\n\nSPECIFIC ACCOUNTABILITIES\n1. Directs.\n2. Manages.\n")
    root, _ = _import(tmp_path, "ip.txt", text)
    supervisor = _record(root, "56365")["supervisor"]
    assert (supervisor["title"], supervisor["classification"]) == ("Director General, Marketplace Framework Policy",
                                                                   "EX-03")


def test_position_ref_no_is_the_positions_number(tmp_path: Path) -> None:
    """``POSITION REF. NO.: 60O57`` in a scan's run: the position's number."""
    run = ("EXECUTIVE WORK DESCRIPTION OFFICIAL TITLE: Director, Expenditure Analysis GROUP AND LEVEL: EX-0I "
           "JOB CODE NO.: 106207 POSITION REF. NO.: 60O57 EFFECTIVE: June 1, 2024 GENERAL ACCOUNTABILITY "
           + "The Director is accountable for the analysis of departmental expenditures. " * 8 +
           "SPECIFIC ACCOUNTABILITIES 1. Directs the analysis. 2. Manages the division's resources.")
    root, _ = _import(tmp_path, "expenditure.txt", f"--- Full Extracted Text ---\n{run}\n")
    record = _record(root, "60057")
    assert (record["title"], record["job_code"]) == ("Director, Expenditure Analysis", "106207")


def test_a_reports_table_set_apart_by_two_spaces_with_blank_and_wrapped_cells(tmp_path: Path) -> None:
    """``Chief, CPI Production  EC-07  17``: columns two spaces apart, not aligned; a row whose
    count is left blank; a row whose count went onto the next line."""
    text = ("Position Title: Director, Consumer Prices Division\nGroup and Level: EX-01\nPosition Number: 71120\n\n"
            "ORGANIZATION STRUCTURE\nPosition  Classification  FTEs\n"
            "Chief, CPI Production  EC-07  17\n"
            "Chief, Alternative Data Sources  EC-07  \n"
            "Chief, Methodology Liaison and Statistical Research Support  MA-05  \n5\n"
            "Chief, Quality Assurance  EC-06  8\n\n"
            "SPECIFIC ACCOUNTABILITIES\n1. Directs the division.\n2. Manages its resources.\n")
    root, _ = _import(tmp_path, "cpi.txt", text)
    assert _reports(root, "71120", 4) == [("Chief, CPI Production", "EC-07", 17),
                                          ("Chief, Alternative Data Sources", "EC-07", None),
                                          ("Chief, Methodology Liaison and Statistical Research Support", "MA-05", 5),
                                          ("Chief, Quality Assurance", "EC-06", 8)]


def test_a_scans_b_for_6_in_a_level_and_a_staff_count(tmp_path: Path) -> None:
    """``PM-Ob`` is PM-06, ``staff of b4`` 64 and ``staff of 2B`` 28 (a b among digits is a 6, a B
    an 8)."""
    text = ("Position Title: Director General, Medical Devices\nGroup and Level: EX-03\nPosition Number: 81234\n\n"
            "ORGANIZATION\nThe following positions report to the Director General:\n"
            "- Director, Device Licensing Services (PM-Ob, staff of b4)\n"
            "- Director, Device Evaluation (staff of 2B)\n\n"
            "SPECIFIC ACCOUNTABILITIES\n1. Directs.\n2. Manages.\n")
    root, _ = _import(tmp_path, "devices.txt", text)
    assert _reports(root, "81234", 2) == [("Director, Device Licensing Services", "PM-06", 64),
                                          ("Director, Device Evaluation", "EX-01", 28)]


def test_a_word_after_a_reports_table_in_columns_and_prose_after_it_are_no_wrapped_title(tmp_path: Path) -> None:
    """``Section Head, Real Property Data  CS-04  8`` / ``Environment`` / ``A major challenge ...``:
    the word opens the prose, the title keeps its own words and the prose is no row."""
    text = ("Position Title: Director, Real Property Planning\nClassification: EX-01\nPosition Number: 40880\n\n"
            "ORGANIZATION STRUCTURE\nPosition Title                      Classification   FTEs\n"
            "Section Head, Portfolio Planning    AR-06            19\n"
            "Section Head, Real Property Data    CS-04            8\n"
            "Environment\n"
            "A major challenge for the incumbent is to modernize the long-term planning of the portfolio.\n\n"
            "SPECIFIC ACCOUNTABILITIES\n1. Directs planning.\n2. Manages resources.\n")
    root, _ = _import(tmp_path, "planning.txt", text)
    assert _reports(root, "40880", 2) == [("Section Head, Portfolio Planning", "AR-06", 19),
                                          ("Section Head, Real Property Data", "CS-04", 8)]


def test_a_title_wrapped_over_three_lines_and_one_before_a_heading(tmp_path: Path) -> None:
    """``Official Position Title: District Director,`` / ``Alberta/Northwest Territories Parole`` /
    ``District`` / ``Level: EX-01``: one title over three lines; ``Supervisor Title: Regional Deputy``
    / ``Commissioner, Prairie Region (EX-O4)`` / ``ORGANIZATION STRUCTURE``: the supervisor's."""
    text = ("Official Position Title: District Director,\nAlberta/Northwest Territories Parole\nDistrict\n"
            "Level: EX-01\nPosition #: 88730\nSupervisor Title: Regional Deputy\n"
            "Commissioner, Prairie Region (EX-O4)\nORGANIZATION STRUCTURE\n"
            "The following positions report to the District Director:\n- Area Director, Edmonton (WP-06, 58 FTEs)\n\n"
            "KEY RESPONSIBILITIES\n1. Directs.\n2. Manages.\n")
    root, _ = _import(tmp_path, "parole.txt", text)
    record = _record(root, "88730")
    assert (record["title"], record["supervisor"]["title"], record["supervisor"]["classification"]) == (
        "District Director, Alberta/Northwest Territories Parole District", "Regional Deputy Commissioner, Prairie Region",
        "EX-04")


def test_a_supervisor_in_a_sentence_whose_line_ends_inside_the_title(tmp_path: Path) -> None:
    """``Le titulaire relève du poste de Directrice générale régionale, Région du`` / ``Québec
    (EX-03, poste no 94000).``: the title goes on over the line's end."""
    text = ("Titre du poste : Directrice, Opérations de Montréal\nGroupe et niveau : EX-01\nNo de poste : 94118\n\n"
            "Structure\n\nLe titulaire relève du poste de Directrice générale régionale, Région du\n"
            "Québec (EX-03, poste no 94000).\n\nResponsabilités principales\n1. Dirige.\n2. Gère.\n")
    root, _ = _import(tmp_path, "montreal.txt", text)
    supervisor = _record(root, "94118")["supervisor"]
    assert (supervisor["title"], supervisor["classification"]) == (
        "Directrice générale régionale, Région du Québec", "EX-03")


def test_a_location_from_the_department_branch_and_place_line_a_description_ends_with(tmp_path: Path) -> None:
    """No location label: ``Natural Resources Canada, Energy Technology Sector, Ottawa, Ontario``
    alone on its line gives the place, marked to verify; a signature's title gives none."""
    text = ("Position Title: Director General, Energy Efficiency Programs\nClassification: EX-03\n"
            "Position Number: 40100\n\nGENERAL ACCOUNTABILITY\nLeads energy efficiency programs.\n\n"
            "SPECIFIC ACCOUNTABILITIES\n1. Directs the programs.\n2. Manages the resources.\n\n"
            "Natural Resources Canada, Energy Technology Sector, Ottawa, Ontario\n\nSignatures\n"
            "Regional Director General, Southern Ontario\n")
    root, records = _import(tmp_path, "energy.txt", text)
    assert _record(root, "40100")["location"] == "Ottawa, ON" and "read in the line" in records


def test_a_supervisor_named_in_a_sentence_in_each_language(tmp_path: Path) -> None:
    """``... reports to the Director General, Field Operations, EX 03, position no. 68530`` and
    ``Le poste relève du Directeur général, Opérations sur le terrain.``: one supervisor, read in the
    document's language, not two that cancel each other."""
    text = ("Position Title: Director, Case Management Operations\nClassification: EX-01\nPosition Number: 68600\n\n"
            "ORGANIZATION STRUCTURE\nThe Director, Case Management Operations reports to the Director General, "
            "Field Operations, EX 03, position no. 68530, and is one of 7 executives on that team.\n\n"
            "Le poste relève du Directeur général, Opérations sur le terrain.\n\n"
            "SPECIFIC ACCOUNTABILITIES\n1. Directs case management.\n2. Manages resources.\n")
    root, _ = _import(tmp_path, "vac.txt", text)
    record = _record(root, "68600")
    assert (record["reports_to"], record["supervisor"]["title"], record["supervisor"]["classification"]) == (
        "68530", "Director General, Field Operations", "EX-03")


def test_reports_each_before_its_duties_after_a_colon_are_no_form_fields(tmp_path: Path) -> None:
    """``Director, Staffing and Classification (42 FTE): responsible for staffing`` in rows: reports,
    each with its count, not a block of form fields whose labels name a classification."""
    text = ("Job Title: Director General, Human Resources\nPosition Level: EX-03\nPosition #: 29015\n\n"
            "ORGANIZATION STRUCTURE\nReporting to the Director General, Human Resources are:\n"
            "Director, Staffing and Classification (42 FTE): responsible for staffing and classification\n"
            "Director, Labour Relations and Wellness (23 FTE): responsible for labour relations\n"
            "Manager, HR Systems (6 FTE): responsible for HR systems\n\n"
            "SPECIFIC ACCOUNTABILITIES\n1. Directs human resources.\n2. Manages the resources.\n")
    root, _ = _import(tmp_path, "hr.txt", text)
    assert _record(root, "29015")["classification"] == "EX-03"
    assert _reports(root, "29015", 3) == [("Director, Staffing and Classification", "EX-01", 42),
                                          ("Director, Labour Relations and Wellness", "EX-01", 23),
                                          ("Manager, HR Systems", None, 6)]


def test_a_supervisor_in_a_sentence_that_goes_on_with_and_is(tmp_path: Path) -> None:
    """``... reports to the Director General, Digital Policy and is one of 4 senior managers``: the
    title ends before ``and is``."""
    text = ("Position Title: Director, Policy Compliance\nClassification: EX-01\nPosition Number: 51200\n\n"
            "ORGANIZATIONAL STRUCTURE\nThe Director, Policy Compliance reports to the Director General, Digital "
            "Policy and is one of 4 senior managers reporting to that position.\n\n"
            "SPECIFIC ACCOUNTABILITIES\n1. Directs compliance.\n2. Manages resources.\n")
    root, _ = _import(tmp_path, "compliance.txt", text)
    assert _record(root, "51200")["supervisor"]["title"] == "Director General, Digital Policy"


def test_a_supervisor_label_whose_value_starts_with_its_own_title_label(tmp_path: Path) -> None:
    """``Immediate Supervisor: Title: Director General, Appeals``: the inner label is no part of the
    title."""
    text = ("Position Title: Director, Income Tax Appeals\nClassification: EX-01\nPosition Number: 95900\n"
            "Immediate Supervisor: Title: Director General, Appeals\n"
            "Immediate Supervisor - Classification: EX-03\n\n"
            "GENERAL ACCOUNTABILITY\nLeads the appeals.\n\nSPECIFIC ACCOUNTABILITIES\n1. Directs.\n2. Manages.\n")
    root, _ = _import(tmp_path, "appeals.txt", text)
    supervisor = _record(root, "95900")["supervisor"]
    assert (supervisor["title"], supervisor["classification"]) == ("Director General, Appeals", "EX-03")


def test_a_form_as_pdftotext_gives_it_without_layout_labels_with_colons_then_values(tmp_path: Path) -> None:
    """pdftotext without ``-layout``: a form's labels one a line, each with its colon (``Job Title:``
    / ``Classification:`` ...), then its values one a line; a report table's headers then its cells,
    one a line, a row without its classification, a page's security marking between two cells."""
    text = ("Work Description - Executive Group\n\nJob Title:\nClassification:\nPos. No.:\nPosition Job Code:\n"
            "Effective date:\nWork Location:\nSupervisor's Position Title:\n\n"
            "Director, Energy Efficiency Programs\nEX01\n69039\n104911\n25 February 2022\nOttawa, Ontario\n"
            "Director General, Office of Energy Efficiency\n\n1. GENERAL ACCOUNTABILITY\n\nLeads the programs.\n\n"
            "Organizational Structure\n\nDirect reports:\n\nTitle\nGroup/Level\nNumber of FTEs\n"
            "Manager, Residential Programs\nEC-07\n39\nManager, Industrial Programs\nEC 07\nPage 1 of 3\n"
            "Protected B when completed\n30\nFinancial Officer\n1\n\nNATURE & SCOPE\n\nA key challenge.\n")
    root, _ = _import(tmp_path, "energy.txt", text)
    record = _record(root, "69039")
    assert (record["title"], record["classification"], record["job_code"], record["effective_date"],
            record["location"], record["supervisor"]["title"]) == (
        "Director, Energy Efficiency Programs", "EX-01", "104911", dt.date(2022, 2, 25), "Ottawa, ON",
        "Director General, Office of Energy Efficiency")
    assert _reports(root, "69039", 3) == [("Manager, Residential Programs", "EC-07", 39),
                                          ("Manager, Industrial Programs", "EC-07", 30),
                                          ("Financial Officer", None, 1)]


def test_boxes_whose_values_wrap_inside_them_as_pdftotext_layout_keeps_them(tmp_path: Path) -> None:
    """``POSITION TITLE:      Group/Level:`` over ``Regional Director, Fisheries Management,   EX - 0l``
    over ``Maritimes``: the title's box goes on on the next line; a label of words hrkit names
    (``Classification Effective Date:``) heads its box too; a number's box takes no words."""
    text = ("                EXECUTIVE GROUP POSITION DESCRIPTION\n\n"
            "  POSITION TITLE:                                    Group/Level:\n"
            "  Regional Director, Fisheries Management,           EX - 0l\n"
            "  Maritimes\n\n"
            "  Position No.:                                      Job Code No.:\n"
            "  4O824                                              1O2977\n\n"
            "  Classification Effective Date:                     Department:\n"
            "  2OI4/O2/26                                         Fisheries and Oceans Canada\n\n"
            "  General Accountability\n\n  Leads fisheries management in the Maritimes.\n\n"
            "  Specific Accountabilities\n\n  1. Directs.\n  2. Manages.\n")
    root, _ = _import(tmp_path, "dfo.txt", text)
    record = _record(root, "40824")
    assert (record["title"], record["classification"], record["job_code"], record["effective_date"]) == (
        "Regional Director, Fisheries Management, Maritimes", "EX-01", "102977", dt.date(2014, 2, 26))


def test_a_supervisor_under_its_label_wrapped_after_a_hyphen(tmp_path: Path) -> None:
    """``RELÈVE DE:`` / ``Directeur général régional, Terre-Neuve-et-`` / ``Labrador (EX-3)``: the title
    is open at its hyphen and goes on, its level after it; a security marking in parentheses is no text."""
    text = ("PROTÉGÉ B (une fois rempli)\n\nTITRE DU POSTE: Directrice, Sciences, Terre-Neuve-et-Labrador\n"
            "Classification: EX-01\nNo du poste: 32488\n\nRELÈVE DE:\nDirecteur général régional, Terre-Neuve-et-\n"
            "Labrador (EX-3)\n\n\nRAISON D'ÊTRE\n\nDirige les sciences.\n\nACTIVITÉS PRINCIPALES\n\n1. Dirige.\n"
            "2. Gère.\n")
    root, _ = _import(tmp_path, "tnl.txt", text)
    supervisor = _record(root, "32488")["supervisor"]
    assert (supervisor["title"], supervisor["classification"]) == (
        "Directeur général régional, Terre-Neuve-et-Labrador", "EX-03")


def test_three_boxes_a_row_with_a_title_wrapped_in_its_box_are_no_page_columns(tmp_path: Path) -> None:
    """pdftotext ``-layout``: ``Position title:   Classification Level:   Position #:`` over values whose
    title wraps in its box, prose justified with double spaces below: a form's boxes, not two columns
    of a page; a last line's word that could be a label (``Branch``) goes on its value."""
    text = ("                         JOB DESCRIPTION\n\n\n    POSITION IDENTIFICATION\n\n"
            "    Position title:                  Classification Level:            Position #:\n"
            "    Director General, Scientific     EX-03                            267719\n"
            "    Research and Experimental\n    Development Directorate\n\n"
            "    Job Code:                        Effective date:                  Department:\n"
            "    102764                                                            Canada Revenue Agency\n\n"
            "    Branch:                          Geographic Location:             Name of Incumbent:\n"
            "    Collections and Verification     Ottawa, Ontario                  Élise Thériault\n"
            "    Branch\n\n\n\n    General Accountability\n\n"
            "    The  incumbent  provides  leadership and  strategic  direction  to  the Scientific Research and\n"
            "    Experimental Development Directorate function, ensuring that programs are designed and delivered\n"
            "    in  an  efficient,  effective  and client-centred way.\n\n    Specific Accountabilities\n\n"
            "    1. Directs.\n    2. Manages.\n")
    root, records = _import(tmp_path, "sred.txt", text)
    record = _record(root, "267719")
    assert (record["title"], record["classification"], record["job_code"], record["branch"], record["location"]) == (
        "Director General, Scientific Research and Experimental Development Directorate", "EX-03", "102764",
        "Collections and Verification Branch", "Ottawa, ON")
    assert "Thériault" not in records


def test_a_grid_of_two_label_and_value_pairs_each_wrapped_in_its_column(tmp_path: Path) -> None:
    """pdftotext ``-layout`` of a bilingual form: ``Position Title (English) Director, Citizen Services,
    Position Title (French)  Directrice, ...`` with each label and value wrapped in its own column over
    the next lines (``/ Titre du poste         Atlantic``, ``(anglais):``): each label read whole to its
    colon, with its value."""
    rows = [("Position Title (English)", "Director, Citizen Services,", "Position Title (French)",
             "Directrice, Services aux citoyens,"),
            ("/ Titre du poste", "Atlantic", "/ Titre du poste", "Atlantique"),
            ("(anglais):", "", "(français):", ""),
            ("Classification /", "EX - 01", "Position No. / No du", "25703"),
            ("Classification:", "", "poste:", ""),
            ("Job Code No. / No de", "101611", "Effective Date / Date", "April 8th, 2016"),
            ("code d'emploi:", "", "d'entrée en vigueur:", ""),
            ("Reports to / Relève de:", "Regional Director General,", "Incumbent / Titulaire:", "Hugues Vandermeer"),
            ("", "Atlantic", "", "")]
    grid = "\n".join(f"      {a:<25}{b:<36}{c:<25}{d}".rstrip() for a, b, c, d in rows)
    text = ("      Work Description - Executive Group / DESCRIPTION DE POSTE DE CADRE SUPÉRIEUR\n\n"
            f"{grid}\n\n\n      General Accountability / RESPONSABILITÉ GÉNÉRALE\n\n"
            "      The incumbent leads citizen services in the Atlantic region.\n\n"
            "      Specific Accountabilities / ACTIVITÉS PRINCIPALES\n\n      1. Directs.\n      2. Manages.\n")
    root, records = _import(tmp_path, "atlantic.txt", text)
    record = _record(root, "25703")
    assert (record["title"], record["classification"], record["job_code"], record["effective_date"],
            record["supervisor"]["title"]) == ("Director, Citizen Services, Atlantic", "EX-01", "101611",
                                               dt.date(2016, 4, 8), "Regional Director General, Atlantic")
    assert "Vandermeer" not in records


def test_a_supervisor_as_the_person_holding_the_position(tmp_path: Path) -> None:
    """``Le ou la titulaire relève de la personne occupant le poste de Directrice générale, Change-`` /
    ``ments climatiques (EX-3).``: the supervisor, not a direct report."""
    text = ("Titre : Directeur exécutif, Adaptation aux changements climatiques\nClassification : EX02\n"
            "Numéro du poste : 40433\n\nSTRUCTURE ORGANISATIONNELLE\nLe ou la titulaire relève de la personne "
            "occupant le poste de Directrice générale, Change-\nments climatiques (EX-3). Le poste est l'un des 7 "
            "postes de direction qui relèvent de ce\ndernier.\n\nACTIVITÉS PRINCIPALES\n1. Dirige.\n2. Gère.\n")
    root, _ = _import(tmp_path, "adaptation.txt", text)
    record = _record(root, "40433")
    assert (record["supervisor"]["title"], record["supervisor"]["classification"]) == (
        "Directrice générale, Changements climatiques", "EX-03")
    assert not (root / "records/positions" / "40433-R1.yaml").exists()


def test_a_departments_form_number_between_a_label_and_its_value_is_page_furniture(tmp_path: Path) -> None:
    """``Salaires:`` / ``StatCan-GEN-0417 (2018/06)`` / ``1 / 2`` / ``PROTÉGÉ B (une fois rempli)`` /
    ``10,605 million $``: a page's furniture between a label and its value; the French amount (a
    decimal comma, the dollar sign after) is ten million."""
    dims = ("DIMENSIONS\n\nETP:\n105\nSalaires:\nStatCan-GEN-0417 (2018/06)\n1 / 2\nPROTÉGÉ B (une fois rempli)\n"
            "10,605 million $\nBudget de F et E:\n530 k$\nTotal:\n11 135 k$\n")
    assert _dimensions(tmp_path, "stat.txt", dims) == {"fte": 105, "salary": 10605000, "o_and_m": 530000,
                                                       "total": 11135000}


def test_a_g_a_scan_read_for_a_six_among_digits(tmp_path: Path) -> None:
    """``Position No.: 97G0585``, ``Date Effective: 1G January 2O20``, ``(EX-01, 2G ETP)``, ``Total:
    $G7,627K``: a G among digits is a 6 wherever only a number can stand."""
    text = ("Position Title: Director, Compliance Programs\nClassification: EX-01\nPosition No.: 97G0585\n"
            "Date Effective: 1G January 2O20\n\nORGANIZATION STRUCTURE\nReporting to the Director are:\n"
            "- Manager, Audit (PM-06, 2G FTEs)\n- Manager, Review (PM-05, 14 FTEs)\n\nDIMENSIONS\n"
            "Salary: $5,100K\nO&M: $1,527K\nTotal: $G,627K\n\nSPECIFIC ACCOUNTABILITIES\n1. Directs.\n2. Manages.\n")
    root, _ = _import(tmp_path, "cvb.txt", text)
    record = _record(root, "9760585")
    assert (record["effective_date"], record["dimensions"]["total"]) == (dt.date(2020, 1, 16), 6627000)
    assert _reports(root, "9760585", 2)[0] == ("Manager, Audit", "PM-06", 26)


def test_a_reports_dash_before_its_parenthesis_is_no_part_of_its_title(tmp_path: Path) -> None:
    """``Director, Economic Forecasting – (EX-01) – 53 FTEs``: the dash before the classification
    ends the title."""
    text = ("Position Title: General Director, Economic Analysis and Forecasting\nClassification: EX-03\n"
            "Position No.: 960279\n\nORGANIZATION STRUCTURE\nThe following positions report to the General Director: "
            "Director, Economic Forecasting – (EX-01) – 53 FTEs Director, Fiscal Forecasting – (EX-01) – 28 FTEs\n\n"
            "SPECIFIC ACCOUNTABILITIES\n1. Directs.\n2. Manages.\n")
    root, _ = _import(tmp_path, "eaf.txt", text)
    assert _reports(root, "960279", 2) == [("Director, Economic Forecasting", "EX-01", 53),
                                           ("Director, Fiscal Forecasting", "EX-01", 28)]


def test_classification_effective_date_is_one_label(tmp_path: Path) -> None:
    """``Supervisor Title: Executive Director, X Classification Effective Date: February l2, 2017``
    in a scan's run: the label's first word is no part of the supervisor's title."""
    run = ("WORK DESCRIPTION - EX GROUP Job Title: Manager, Regulatory Affairs Analysis Position Level: EC-08 "
           "Supervisor Level: EX-02 Supervisor Title: Executive Director, Regulatory Practices and Partnerships "
           "Classification Effective Date: February l2, 2017 Department/Agency: Treasury Board of Canada Secretariat "
           "Pos. No.: 760140 ORGANIZATION STRUCTURE The Manager is one of 6 positions reporting to the Executive "
           "Director. KEY ACTIVITIES 1. Fosters a healthy workplace and leads talent management for the sector's "
           "employees and partners. 2. Ensures that quality assurance frameworks are in place and that results "
           "are reported accurately to the senior management of the sector and the department as a whole.")
    root, _ = _import(tmp_path, "ec08.txt", run)
    record = _record(root, "760140")
    assert (record["supervisor"]["title"], record["effective_date"]) == (
        "Executive Director, Regulatory Practices and Partnerships", dt.date(2017, 2, 12))


def test_a_french_report_without_a_count_among_counted_ones(tmp_path: Path) -> None:
    """``- Adjointe exécutive (AS-02)`` after reports counted in French (``39 employés``): kept, its title
    French; an English list's ``Executive Assistant (AS-02)`` in the same document is the other copy."""
    text = ("Titre du poste : Directrice, Programmes d'apprentissage des cadres\nGroupe et niveau : EX-01\n"
            "Numéro du poste : 30111\n\nStructure organisationnelle\n\nLes postes suivants relèvent du titulaire :\n"
            "  - Gestionnaire, Intégration des cadres (28 employés)\n"
            "  - Gestionnaire, Événements et conférences (EC-07, 39 employés)\n  - Adjointe exécutive (AS-02)\n\n"
            "Reporting to the Director:\n  - Manager, Executive Onboarding (28 FTEs)\n"
            "  - Manager, Events and Conferences (EC-07, 39 FTEs)\n  - Executive Assistant (AS-02)\n\n"
            "Activités principales\n1. Dirige.\n2. Gère.\n")
    root, _ = _import(tmp_path, "cadres.txt", text)
    assert _reports(root, "30111", 3) == [("Gestionnaire, Intégration des cadres", None, 28),
                                          ("Gestionnaire, Événements et conférences", "EC-07", 39),
                                          ("Adjointe exécutive", "AS-02", None)]


def test_the_supervisors_title_is_no_direct_report(tmp_path: Path) -> None:
    """An org chart's table (``Poste | Groupe | No de poste``) lists the supervisor, the position and
    its reports, after reports counted in French: the supervisor, named in a sentence, is no report."""
    text = ("Titre officiel du poste : Directeur exécutif, Politique stratégique\nGroupe et niveau : EX-2\n"
            "Numéro du poste : 65753\n\nSTRUCTURE ORGANISATIONNELLE\nLe titulaire du poste relève de la Directrice "
            "générale, Planification financière (EX-03).\nLes postes suivants relèvent directement du titulaire :\n"
            "EX-1 - Directeur, Gouvernance des données (effectif de 39) : responsable de la gouvernance\n\n"
            "ACTIVITÉS PRINCIPALES\n1. Dirige.\n2. Gère.\n\nANNEXE A – ORGANIGRAMME\n"
            "| Poste | Groupe | No de poste |\n|---|---|---|\n"
            "| Directrice générale, Planification financière | EX-03 | 45153 |\n"
            "| Directeur exécutif, Politique stratégique | EX-02 | 65753 |\n"
            "| Directeur, Gouvernance des données | EX-01 | 49719 |\n")
    root, _ = _import(tmp_path, "strat.txt", text)
    assert _record(root, "65753")["supervisor"]["title"] == "Directrice générale, Planification financière"
    assert _reports(root, "65753", 1) == [("Directeur, Gouvernance des données", "EX-01", 39)]


def test_a_word_documents_heading_in_sentence_case_worded_as_no_vocabulary_has_it(tmp_path: Path) -> None:
    """Paragraphs without blank lines between them: ``Scope and dimensions`` after a sentence, over
    ``Staff (FTEs): 41`` or over a paragraph, is a heading; so is ``ENVERGURE`` (French for scope)."""
    body = ("Title of position: Vice-President, Operations\nClassification level: EX-04\nPosition No.: 10-0012\n"
            "General accountability\nThe Vice-President is accountable for operations.\n{dims}\n"
            "Specific accountabilities\nDirects the operations of the sector.\n")
    labels = "Scope and dimensions\nStaff (FTEs): 41\nSalary: $4,450,000.00\nNon-salary operating: $490K\nTotal: $4,940,000"
    prose = ("Scope and dimensions\nThe incumbent manages 41 FTEs, a salary budget of $4,450,000.00 and an O&M budget "
             "of $490K, for a total of $4.94M.")
    french = "ENVERGURE\nEffectif (ETP): 41\nBudget salarial: 4,45 M$\nBudget de F et E: 490 k$\nTotal: 4,94 M$"
    for name, dims in (("labels.txt", labels), ("prose.txt", prose), ("envergure.txt", french)):
        root, _ = _import(tmp_path, name, body.format(dims=dims))
        dimensions = _record(root, "10-0012")["dimensions"]
        assert (dimensions["salary"], dimensions["o_and_m"], dimensions["total"]) == (4450000, 490000, 4940000), name


def test_a_supervisor_named_by_role_in_lower_case_or_as_a_chair(tmp_path: Path) -> None:
    """French names a supervisor in lower case in a sentence (``Le poste relève directement du président
    et premier dirigeant.``), a later ``qui relèvent du directeur général`` pointing back to a title
    named before; English a board's ``Chair and Chief Executive Officer``; a scan reads ``rcports``."""
    french = ("Titre du poste : Directrice générale, Analyse\nGroupe et niveau : EX-03\nNuméro du poste : 7001\n\n"
              "Structure organisationnelle\nLe poste relève directement du président et premier dirigeant.\n\n"
              "Activités principales\n1. Dirige.\n2. Gère.\n")
    back = ("Titre du poste : Directrice, Vérification interne\nGroupe et niveau : EX-01\nNuméro du poste : 7002\n\n"
            "Structure organisationnelle\nLa directrice relève du Directeur général, Transformation numérique, poste "
            "no 73162.  Le poste est l'un des 4 postes de direction qui relèvent du directeur général.\n\n"
            "Activités principales\n1. Dirige.\n2. Gère.\n")
    english = ("Position Title: Director General, Dispute Resolution\nClassification: EX-03\nPosition No.: 7003\n\n"
               "Reporting relationships\nThe Director General, Dispute Resolution rcports to the Chair and Chief "
               "Executive Officer.\n\nKey activities\n1. Directs.\n2. Manages.\n")
    for name, text, number, title in (("fr.txt", french, "7001", "président et premier dirigeant"),
                                      ("back.txt", back, "7002", "Directeur général, Transformation numérique"),
                                      ("en.txt", english, "7003", "Chair and Chief Executive Officer")):
        root, _ = _import(tmp_path, name, text)
        assert _record(root, number)["supervisor"]["title"] == title, name


def test_reports_counted_in_a_sentence_after_supported_by(tmp_path: Path) -> None:
    """``the Manager, Registry Operations (PM-06), supported by 7 employees, the Registrar (EX-01; 25
    employees)``: each report's count, the words before the next title no part of it."""
    text = ("Position Title: Director General, Registry Services\nClassification: EX-02\nPosition No.: 8002\n\nREPORTING RELATIONSHIPS\n"
            "The direct reports are the Manager, Registry Operations (PM-06), supported by 7 employees, the "
            "Manager, Decision Quality (EC-07), who leads a team of 18, the Registrar (EX-01; 25 employees) and "
            "an Executive Assistant (AS 02).\n\nKEY ACTIVITIES\n1. Directs.\n2. Manages.\n")
    root, _ = _import(tmp_path, "vrab.txt", text)
    assert _reports(root, "8002", 4) == [("Manager, Registry Operations", "PM-06", 7),
                                         ("Manager, Decision Quality", "EC-07", 18), ("Registrar", "EX-01", 25),
                                         ("Executive Assistant", "AS-02", None)]


def test_a_headings_underline_typed_in_underscores_is_no_signature_line(tmp_path: Path) -> None:
    """A typed form underlines each heading with underscores (``CONTEXTE ORGANISATIONNEL`` /
    ``________________________``): no signature line, which would end the section before its reports."""
    text = ("Intitulé du poste: Directeur général régional, Québec\nCLASSIFICATION: EX O2\nN° du poste: 97O4\n\n\n"
            "CONTEXTE ORGANISATIONNEL\n________________________\n\nReIèvent du titulaire :\n\n"
            "AS-02      Agent administratif  (l ETP)\nEX-01      Directeur, Services aux clients  (21 ETP)\n\n\n"
            "NATURE ET PORTÉE\n________________\n\nLe ministère est responsable des programmes.\n\n"
            "SIGNATURES\n\n______________________________\nPierre-Paul Paradis\n")
    root, records = _import(tmp_path, "dgr.txt", text)
    assert _reports(root, "9704", 2) == [("Agent administratif", "AS-02", 1),
                                         ("Directeur, Services aux clients", "EX-01", 21)]
    assert "Paradis" not in records


def test_a_report_tables_column_of_incumbents_reaches_no_record(tmp_path: Path) -> None:
    """A Word table of reports with an ``Incumbent`` column (names, ``Vacant``, ``Acting: X``): the
    reports are read and no name is written; a form's ``| Titulaire | name |`` row is a label and its
    value, not a column."""
    doc = docx_bytes("# Work Description\n* **Position Title:** Director, Marine and Rail Operations\n"
                     "* **Classification:** EX-01\n* **Position Number:** 403892\n\n# Structure\n"
                     "Reporting to the Director are:\n\n| Title | Group/Level | Location | Incumbent |\n"
                     "|---|---|---|---|\n| Superintendent, Traveller Operations | FB-05 | Remote site | Murray Després |\n"
                     "| Chief of Operations, Commercial | FB 06 | Prince Rupert | Acting: Alison Saint-Pierre |\n"
                     "| Manager, Intelligence and Enforcement | FB 07 | Prince Rupert | Vacant |\n\n"
                     "# Specific Accountabilities\n1. Directs marine and rail operations.\n")
    root, records = _import(tmp_path, "rupert.docx", doc)
    assert [title for title, _, _ in _reports(root, "403892", 3)] == [
        "Superintendent, Traveller Operations", "Chief of Operations, Commercial", "Manager, Intelligence and Enforcement"]
    assert "Després" not in records and "Saint-Pierre" not in records


def test_names_in_a_scans_run_reach_no_record(tmp_path: Path) -> None:
    """A scan's run: a form's ``INCUMBENT Dale McKenzie`` box read into the general accountability, and a
    certification under no heading of its own (``Certification / Certification The foregoing is ...
    Josée Paradis, Regional Deputy Commissioner, Atlantic Region Date: ____``): no name is written."""
    run = ("TITLE OF POSITION Warden, Grande Cache Institution CLASSIFICATION EX-01 POSITION NO. 338221 "
           "GENERAL ACCOUNTABILITY The Warden is accountable for the safe, secure and INCUMBENT Dale McKenzie "
           "humane custody of offenders at Grande Cache Institution, a medium-security institution. "
           "SPECIFIC ACCOUNTABILITIES 1. Ensures the safe and secure operation of the institution, including "
           "static and dynamic security. 2. Leads the response to emergencies and critical incidents and "
           "implements the recommendations of national boards of investigation. Certification / Certification "
           "The foregoing is an accurate and complete statement of the duties of the position. Josée Paradis, "
           "Regional Deputy Commissioner, Atlantic Region Date: __________ PROTECTED A")
    _, records = _import(tmp_path, "gci.txt", run)
    assert "title: Warden, Grande Cache Institution" in records and "The Warden is accountable" in records
    assert "McKenzie" not in records and "Paradis" not in records


def test_the_resources_a_position_manages_in_a_sentence_outside_the_dimensions(tmp_path: Path) -> None:
    """``SCOPE`` / ``The incumbent manages 215 FTEs, a salary budget of $21.65M and an O&M budget of
    $14.3M (total $35.95M).``: a sentence of resources under a heading read as the nature and scope."""
    text = ("Position Title: Chief Information Officer\nClassification: EX-03\nPosition Number: 6100\n\n"
            "ORGANIZATIONAL CONTEXT\nThe position has 2 direct reports:\n"
            "Director, IT Operations: EX-1, 74 FTE\nManager, IT Planning: CS-04, 7 FTE\n\nSCOPE\n"
            "The incumbent manages 215 FTEs, a salary budget of $21.65M and an O&M budget of $14.3M (total $35.95M).\n\n"
            "KEY RESPONSIBILITIES\n1. Directs.\n2. Manages.\n")
    root, _ = _import(tmp_path, "cio.txt", text)
    dimensions = _record(root, "6100")["dimensions"]
    assert (dimensions["salary"], dimensions["o_and_m"], dimensions["total"]) == (21650000, 14300000, 35950000)


def test_a_report_tables_header_in_the_dimensions_takes_no_figure(tmp_path: Path) -> None:
    """Reports' table (``Position | Group and level | FTEs``) under ``HUMAN RESOURCES``, then ``FINANCIAL`` /
    ``Salary budget of $11,240,000 and operating and maintenance budget of $1,390,000, for a total of
    $12,630,000.``: the header's labels are no dimension's."""
    dims = ("HUMAN RESOURCES\nThe position is responsible for 114 FTEs. Direct reports:\n\n"
            "| Position | Group and level | FTEs |\n|---|---|---|\n| Director, Staffing | EX-01 | 40 |\n"
            "| Manager, Executive Services | PE-06 | 7 |\n\nFINANCIAL\nSalary budget of $11,240,000 and operating and "
            "maintenance budget of $1,390,000, for a total of $12,630,000.\n")
    assert _dimensions(tmp_path, "hr.md", dims) == {"fte": 114, "salary": 11240000, "o_and_m": 1390000,
                                                    "total": 12630000}


def test_a_figure_before_a_label_with_words_in_parentheses_on_the_next_line(tmp_path: Path) -> None:
    """``Capital: $4,430,000`` / ``Total (including capital): $16,790,000``: the capital's figure (no key
    field) is not the total, whose label's words in parentheses stand before its colon."""
    dims = ("DIMENSIONS\nFTEs: 123 FTE\nSalary budget: $9,350,000\nNon-salary O&M: $3.01M\nCapital: $4,430,000\n"
            "Total (including capital): $16,790,000\n")
    assert _dimensions(tmp_path, "gwaii.txt", dims) == {"fte": 123, "salary": 9350000, "o_and_m": 3010000,
                                                        "total": 16790000}


def test_a_flattened_forms_values_after_the_pages_prose(tmp_path: Path) -> None:
    """A PDF form's text layer: its labels one a line, the page's prose, then its values one a line
    (an empty content control's ``Cliquez ou appuyez ici pour entrer du texte.``, a title wrapped after
    ``et``): each label gets its value, the values' lines no text of a section."""
    labels = ["Titre du poste", "Classification", "Numéro du poste", "Code d'emploi", "Date d'entrée en vigueur",
              "Lieu géographique", "Numéro du poste du superviseur", "Titre du poste du superviseur",
              "Classification du superviseur"]
    values = ["Directrice, Services de santé non assurés, Région de l'Alberta", "Ex-01", "55202",
              "Cliquez ou appuyez ici pour entrer du texte.", "26 août 2022", "Edmonton (Alberta)", "42670",
              "Directeur exécutif régional, Santé des Premières Nations et", "des Inuits, Alberta", "EX-03"]
    text = ("DESCRIPTION DE TRAVAIL - GROUPE DE LA DIRECTION (EX)\n" + "\n".join(labels) + "\n"
            "Responsabilité générale:\nRend compte au directeur exécutif régional des services de santé non assurés.\n"
            "Responsabilités spécifiques:\n1. Assure le leadership des services.\n2. Dirige les politiques.\n"
            + "\n".join(values) + "\nPage 1 de 2\n")
    root, records = _import(tmp_path, "ssna.txt", text)
    record = _record(root, "55202")
    assert (record["title"], record["classification"], record["effective_date"], record["location"],
            record["supervisor"]["title"], record["supervisor"]["classification"]) == (
        "Directrice, Services de santé non assurés, Région de l'Alberta", "EX-01", dt.date(2022, 8, 26),
        "Edmonton, AB", "Directeur exécutif régional, Santé des Premières Nations et des Inuits, Alberta", "EX-03")
    assert "Cliquez" not in records and record.get("job_code") is None


def test_reports_tabled_under_dimensions_when_the_structure_is_prose(tmp_path: Path) -> None:
    """``ORGANIZATIONAL CONTEXT`` says whom the position reports to and lists no one; the direct
    reports are a table under ``HUMAN RESOURCES``: they are read there."""
    text = ("WORK DESCRIPTION\nOfficial Title: Director General, Human Resources\nPosition No.: 50411\n"
            "Level: EX-03\n\nCLIENT SERVICE RESULTS\nLeadership of the department's human resources programs.\n\n"
            "ORGANIZATIONAL CONTEXT\nThe Director General, Human Resources reports to the Assistant Deputy "
            "Minister, Corporate Services (EX-05).\nA key challenge is to balance national standards with "
            "flexibility.\n\nRESPONSIBILITY\nHUMAN RESOURCES\nThe position is responsible for 54 FTEs. Direct "
            "reports:\n\n| Position | Group and level | FTEs |\n|---|---|---|\n"
            "| Director, Staffing and Organizational Design | EX-01 | 41 |\n"
            "| Manager, Executive Services | PE-06 | 7 |\n\nFINANCIAL\nSalary budget of $4,240,000.\n")
    root, _ = _import(tmp_path, "dg-hr.md", text)
    assert _reports(root, "50411", 2) == [("Director, Staffing and Organizational Design", "EX-01", 41),
                                          ("Manager, Executive Services", "PE-06", 7)]
    assert _record(root, "50411")["dimensions"]["fte"] == 54


def test_reports_of_the_comptrollership_research_council_and_health_services_groups(tmp_path: Path) -> None:
    """``CT-FIN-03`` (comptrollership, its financial management subgroup), ``RCO-04`` (the National
    Research Council's officers), ``SW-SCW-04`` and ``SH-PHA-03``: classifications a report keeps."""
    text = ("WORK DESCRIPTION\nPosition Title: Director, Research Operations\nPosition Number: 41958\n"
            "Classification: EX-01\n\nORGANIZATION STRUCTURE\nReporting to the Director are:\n"
            "- Manager, Financial Operations (CT-FIN-03, 14 FTEs)\n- Team Leader, Bioprocessing (RCO-04, 16 FTEs)\n"
            "- Manager, Child and Family Services (SW-SCW-04, 47 FTEs)\n- Chief Pharmacist (SH-PHA-03, 5 FTEs)\n")
    root, _ = _import(tmp_path, "nrc.txt", text)
    assert _reports(root, "41958", 4) == [("Manager, Financial Operations", "CT-FIN-03", 14),
                                          ("Team Leader, Bioprocessing", "RCO-04", 16),
                                          ("Manager, Child and Family Services", "SW-SCW-04", 47),
                                          ("Chief Pharmacist", "SH-PHA-03", 5)]


def test_report_counts_in_brackets_after_the_code_and_in_words(tmp_path: Path) -> None:
    """``- Chef, Finances, FI-O2 (6 a.-p.)`` (the count in brackets after a code the dash gave),
    ``BI-O4 - Manager, Shellfish Tenures (nine (9) employees)``, ``(twelve FTEs)``: each report's count."""
    text = ("DESCRIPTION DE TRAVAIL\nTitre du poste: Directeur, Services administratifs\nNuméro du poste: 12037\n"
            "Groupe/niveau: EX-01\n\nSTRUCTURE ORGANISATIONNELLE\nLes postes suivants relèvent du directeur :\n"
            "- Chef, Finances, FI-O2 (6 a.-p.)\n- Chef, Informatique, CS-O3 (8 a.-p.)\n"
            "> BI-O4 - Manager, Shellfish Tenures (nine (9) employees)\n> EC-06 - Senior Policy Advisor (twelve FTEs)\n")
    root, _ = _import(tmp_path, "justice.txt", text)
    assert _reports(root, "12037", 4) == [("Chef, Finances", "FI-02", 6), ("Chef, Informatique", "CS-03", 8),
                                          ("Manager, Shellfish Tenures", "BI-04", 9),
                                          ("Senior Policy Advisor", "EC-06", 12)]


def test_who_acts_in_a_reports_position_is_never_copied(tmp_path: Path) -> None:
    """``(acting: Marie-Claude Sandhu)`` after a report, its name broken over a line, ``, acting:
    Name`` at a line's end: a person's name, in no record; the reports and their counts read."""
    text = ("WORK DESCRIPTION\nPosition Title: Director General, Heritage Programs\nPosition Number: 22286\n"
            "Classification: EX-03\n\nSTRUCTURE\nDirect reports:\n"
            "o Director, Operations (EX01, 35 FTEs) (acting: Marie-Claude Sandhu)\n"
            "• Director, Performance Measurement, EX-01, 37 FTE's (acting: Sandra\nMorin): responsible for the "
            "direction of performance measurement\n"
            "• Director, Quality Assurance – EX-1 – staff of 70, acting: Émilie Haddad\n")
    root, records = _import(tmp_path, "heritage.txt", text)
    assert _reports(root, "22286", 3) == [("Director, Operations", "EX-01", 35),
                                          ("Director, Performance Measurement", "EX-01", 37),
                                          ("Director, Quality Assurance", "EX-01", 70)]
    assert not any(name in records for name in ("Sandhu", "Morin", "Haddad")), records


def test_a_staffing_checklist_that_ticks_off_the_work_description_is_refused(tmp_path: Path) -> None:
    """``EX STAFFING CHECKLIST / LISTE DE VÉRIFICATION – DOTATION EX`` names the position, its number
    and level, and ticks off its ``Signed and classified work description``: a checklist, refused."""
    text = ("EX STAFFING CHECKLIST / LISTE DE VÉRIFICATION – DOTATION EX\nPosition Number / Numéro de poste: 368271\n"
            "Position Title / Titre du poste: Director, Digital Channels\nGroup and Level / Groupe et niveau: EX-01\n"
            "☒  Signed and classified work description / Description de travail signée et classifiée\n"
            "☐  Reference checks / Vérification des références\n")
    root, result = _import_all(tmp_path, {"checklist.docx.txt": text})
    assert "checklist.docx.txt: a checklist, not a work description" in result.output, result.output
    assert not list((root / "records/positions").glob("*.yaml"))


@pytest.mark.parametrize("number,code,read", [("No. 485071", "#105752", ("485071", "105752")),
                                              ("97 0272", "106 476", ("970272", "106476")),
                                              ("no 6I53 5090", "N° 108997", ("61535090", "108997"))])
def test_a_number_after_its_sign_or_written_in_groups(tmp_path: Path, number: str, code: str, read: tuple) -> None:
    """``Position Number ...... No. 485071``, ``Job Code: #105752``, ``Position No.: 97 0272`` (one
    number in groups of digits, a scan's letters among them): the number's digits."""
    text = (f"WORK DESCRIPTION\nPosition Title ........ Director, Business Risk Management Programs\n"
            f"Position Number ....... {number}\nJob Code: {code}\nClassification: EX-01\n\n"
            "GENERAL ACCOUNTABILITY\nLeads the programs.\n")
    root, _ = _import(tmp_path, "aafc.txt", text)
    record = _record(root, read[0])
    assert (record["id"], record["job_code"]) == read


def test_thousands_of_dollars_in_words_and_in_a_headings_unit(tmp_path: Path) -> None:
    """``6,386 thousand dollars`` (after ``budget is``: no ``is`` read as a scan's ``15``); a heading of
    its own that says the figures are thousands (``Budget (en milliers de dollars)``) over bare
    figures; a label with its own colon after a figure (``Immobilisations 3 600 Équivalents temps
    plein: 38,5``) is no label of that figure."""
    sentence = ("Dimensions\nThe Directorate has 54 full-time equivalents and a salary budget of $6,430,000; its "
                "operating and maintenance budget is 221 thousand dollars, for a total operating budget of "
                "6,651 thousand dollars.\n")
    assert _dimensions(tmp_path, "words.txt", sentence) == {"fte": 54, "salary": 6_430_000, "o_and_m": 221_000,
                                                            "total": 6_651_000}
    table = ("DIMENSIONS\n\nBudget (en milliers de dollars)\nSalaire: 4 700\nFonctionnement et entretien: 261\n"
             "Immobilisations 3 600 Équivalents temps plein: 38,5\n")
    assert _dimensions(tmp_path, "milliers.txt", table) == {"fte": 38.5, "salary": 4_700_000, "o_and_m": 261_000}


@pytest.mark.parametrize("written,title", [
    ("Superviseur: Directeur exécutif (EX O2) Services ministériels\n", "Directeur exécutif, Services ministériels"),
    ("Reports to: Assistant Deputy Minister (EX 05) Programs Branch\n", "Assistant Deputy Minister, Programs Branch"),
    ("Reports To: Director General\n    Program Operations\n", "Director General, Program Operations"),
    ("Reporting to / Supérieur immédiat: Executive Director\nFinance and Administration\n",
     "Executive Director, Finance and Administration"),
    ("Reports to: A/Director General, Finance and Administration\n", "Director General, Finance and Administration"),
    ("Reports to: Director General, Science and Technology (Acting)\n", "Director General, Science and Technology"),
    ("Reports to: Acting Regional Deputy Commissioner, Prairie Region\n",
     "Regional Deputy Commissioner, Prairie Region"),
    ("Reports to: Director General, Rail Safety (p.i.)\n", "Director General, Rail Safety"),
    ("Supervisor: Director General\nSupervisor's Group and Level\nEX-03\n", "Director General")])
def test_a_supervisors_unit_after_its_level_or_below_its_role_and_no_acting_mark(tmp_path: Path, written: str,
                                                                                 title: str) -> None:
    """A supervisor's role, then its unit after the level in brackets or on the next line (a label
    without its colon is none); ``A/``, ``Acting``, ``(Acting)`` and ``(p.i.)`` say who acts in the position,
    not its title."""
    text = ("WORK DESCRIPTION\nPosition Title: Director, Trade Policy\nPosition Number: 40210\n"
            f"Classification: EX-01\n{written}\nGENERAL ACCOUNTABILITY\nLeads the trade policy directorate.\n")
    root, _ = _import(tmp_path, "trade.txt", text)
    assert _record(root, "40210")["supervisor"]["title"] == title


def test_a_supervisor_named_before_the_incumbent_in_a_sentence(tmp_path: Path) -> None:
    """``Reporting to the Director General, the incumbent is a member of ...``: the title ends before
    ``the incumbent``."""
    text = ("WORK DESCRIPTION\nPosition Title: Executive Director, Emergency Preparedness\nPosition Number: 40211\n"
            "Classification: EX-02\n\nGENERAL ACCOUNTABILITY\nLeads emergency preparedness.\n\nORGANIZATION\n"
            "Reporting to the Director General, the incumbent is a member of the Branch's senior management "
            "committee.\n")
    root, _ = _import(tmp_path, "ep.txt", text)
    assert _record(root, "40211")["supervisor"]["title"] == "Director General"


def test_a_plain_texts_headings_underlined_as_markdowns_setext(tmp_path: Path) -> None:
    """``Organisation`` / ``============``: a heading (not a label without its colon), its reports read;
    a coded report's title ends at the colon before its duties (``EX 01 - Directeur, X: responsable de``)."""
    text = ("Description de travail (EX)\n\nRenseignements sur le poste\n===========================\n\n"
            "Titre: Sous-ministre adjoint délégué, Opérations\nNo du poste: 1123\nGroupe et niveau: EX-04\n\n"
            "Raison d'être du poste\n======================\n\nAssure l'orientation des programmes.\n\n"
            "Organisation\n============\n\nRelèvent du titulaire :\n\n"
            "• Directeur général, Partenariats (EX-03, effectif de 146): responsable de partenariats\n"
            "o EX 01 - Directeur, Opérations sur le terrain: responsable des opérations sur le terrain\n")
    root, _ = _import(tmp_path, "sma.txt", text)
    assert _reports(root, "1123", 2) == [("Directeur général, Partenariats", "EX-03", 146),
                                         ("Directeur, Opérations sur le terrain", "EX-01", None)]


def test_reports_listed_in_french_only_in_a_bilingual_form_and_a_french_form_with_words_english_has(
        tmp_path: Path) -> None:
    """A bilingual form read in English whose reports are listed in French only keeps them all (one
    without a count among counted ones); a French form whose only English-looking words are ``Date:``
    and ``Structure`` is French: its reports counted in ``équivalents temps plein`` and ``ETP`` kept."""
    bilingual = ("DESCRIPTION DE TRAVAIL DU GROUPE DE LA DIRECTION / JOB DESCRIPTION\n"
                 "Intitulé du poste / Job Title : Director, Northern District / Directrice, District du Nord\n"
                 "Level / Niveau : EX-01\nPosition Number / Numéro de poste : 99073\n"
                 "SOMMAIRE / SUMMARY\nLe titulaire est responsable du district.\nThe incumbent is accountable for "
                 "the district.\nSTRUCTURE ORGANISATIONNELLE / ORGANIZATIONAL STRUCTURE\nThe position reports to the "
                 "Regional Director General, Atlantic Region (EX-03).\nSubordonnés directs :\n"
                 "Chef, Inspection (EG-07), effectif de 27\nChef, Services de la paye (AS-05)\n")
    root, _ = _import(tmp_path, "district.txt", bilingual)
    assert _reports(root, "99073", 2) == [("Chef, Inspection", "EG-07", 27), ("Chef, Services de la paye", "AS-05", None)]
    french = ("DESCRIPTION DE TRAVAIL – GROUPE DE LA DIRECTION (EX)\n\nDésignation du poste: Directeur, Collecte "
              "régionale de l'Est\nNiveau: EX01\nNuméro d'identification du poste: ST-55103\nDate: 5 septembre 2017\n"
              "Secteur: Statistique Canada\n\nI. Résultats axés sur le service à la clientèle\n\nLe directeur "
              "planifie la collecte.\n\nII. Nature et étendue\n\nLe titulaire agit à titre de porte-parole.\n\n"
              "III. Structure\n\nLes postes suivants relèvent du titulaire :\n\n"
              "* Gestionnaire régional, Interviews sur place (SI-06) – 420 équivalents temps plein\n"
              "* Gestionnaire, Planification et logistique (SI-05) – 9 ETP\n\nV. Activités principales\n\n"
              "1. Dirige la collecte.\n")
    root, _ = _import(tmp_path, "collecte.txt", french)
    assert _reports(root, "ST-55103", 2) == [("Gestionnaire régional, Interviews sur place", "SI-06", 420),
                                             ("Gestionnaire, Planification et logistique", "SI-05", 9)]


def test_a_coded_reports_own_words_in_brackets_before_its_count(tmp_path: Path) -> None:
    """``CS-03 – Chef, Systèmes financiers (SAP) (effectif de 10)``, ``- TI-07 - Gestionnaire, Enquêtes
    régionales (Atlantique) (9 ETP)``: the words in brackets are the title's, the count the report's."""
    text = ("DESCRIPTION DE TRAVAIL\nTitre du poste: Directeur, Comptabilité ministérielle\nNuméro du poste: 30120\n"
            "Classification: EX-01\n\nSTRUCTURE ORGANISATIONNELLE\nRelèvent du titulaire :\n"
            "CS-03 – Chef, Systèmes financiers (SAP) (effectif de 10)\n"
            "- TI-07 - Gestionnaire, Enquêtes régionales (Atlantique) (9 ETP)\n")
    root, _ = _import(tmp_path, "compta.txt", text)
    assert _reports(root, "30120", 2) == [("Chef, Systèmes financiers (SAP)", "CS-03", 10),
                                          ("Gestionnaire, Enquêtes régionales (Atlantique)", "TI-07", 9)]


def test_a_scanned_forms_labels_without_colons_beside_labels_with_them(tmp_path: Path) -> None:
    """A scan's run of a form whose labels are set apart from their values by the form's gap, some
    with their colons and some without (``Titre    Directeur, X ` Niveau     EX-01 No d'emploi
    générique:     I04393``): every label read."""
    run = ("Ressources humaines et Développement des compétences Canada DESCRIPTION DE TRAVAIL EX Titre    Directeur, "
           "Traitement des prestations d'invalidité ` Niveau     EX-01 No d'emploi générique:     I04393 En vigueur le"
           "     20I3-o2-12 No de poste    34622S Secteur:    Direction générale des services de versement des "
           "prestations Titre du gestionnaire    Directeur général, Opérations de traitement des pensions Niveau du "
           "gestionnaire:     EX O3 Lieu de travail     Ottawa (Ontario) RESPONSABILITÉ GÉNÉRALE: Le titulaire du "
           "poste est responsable de la direction, de la planification et de la gestion du traitement des "
           "prestations d'invalidité, afin que les Canadiens reçoivent des services rapides et exacts conformément "
           "aux normes de service. CONTEXTE ORGANISATIONNEL: Le titulaire du poste relève du Directeur général, "
           "Opérations de traitement des pensions. ACTIVITÉS PRINCIPALES: 1. Dirige la planification et le suivi "
           "du traitement des prestations d'invalidité et veille au respect des normes de service.")
    root, _ = _import(tmp_path, "rpc.txt", "--- Full Extracted Text ---\n" + run)
    record = _record(root, "346225")
    assert (record["title"], record["classification"], record["effective_date"], record["location"],
            record["supervisor"]["title"]) == ("Directeur, Traitement des prestations d'invalidité", "EX-01",
                                               dt.date(2013, 2, 12), "Ottawa, ON",
                                               "Directeur général, Opérations de traitement des pensions")


def test_date_in_effect_is_the_effective_dates_label(tmp_path: Path) -> None:
    """``Date in Effect   January l5th, 20I7`` among a scanned form's gapped labels: the effective date."""
    run = ("EXECUTIVE WORK DESCRIPTION Job Title   Director, Service Delivery, Greater Toronto Area Level   EX-01 "
           "Position #  321207 Date in Effect   January l5th, 20I7 Branch/Region   Service Canada Ontario Region "
           "GENERAL ACCOUNTABILITY: Leads the delivery of Service Canada's programs and services to the residents "
           "of the Greater Toronto Area, through a network of Service Canada Centres and outreach sites, so that "
           "Canadians receive the benefits and services they are entitled to in the official language of their choice.")
    root, _ = _import(tmp_path, "gta.txt", "--- Full Extracted Text ---\n" + run)
    assert _record(root, "321207")["effective_date"] == dt.date(2017, 1, 15)


def test_a_scans_run_of_a_table_of_titles_and_counts_only(tmp_path: Path) -> None:
    """``Title                             FTEs Manager, Training and Procedures   4 Administrative
    Assistant           I Team Leader, Complex Cases         S4 ...``: a two-column table run together,
    each row a title and its count (a scan's letters for digits read)."""
    run = ("EXECUTIVE WORK DESCRIPTION Position Title: Executive Director, Grants and Contributions Delivery "
           "Position Number: 331207 Classification: EX-02 1. Client Service Results Canadians receive timely and "
           "accurate grants and contributions payments through the programs the directorate delivers for the "
           "department and its partners across the country. 2. Organizational Structure The Executive Director "
           "reports to the Assistant Deputy Minister, Program Operations Branch (EX-5). The following positions "
           "report to the Executive Director: Title                             FTEs Manager, Training and "
           "Procedures   4 Administrative Assistant           I Team Leader, Complex Cases         S4 3. Nature and "
           "Scope The department delivers more than $2 billion a year in grants and contributions.")
    root, _ = _import(tmp_path, "gc.txt", "--- Full Extracted Text ---\n" + run)
    assert _reports(root, "331207", 3) == [("Manager, Training and Procedures", None, 4),
                                           ("Administrative Assistant", None, 1), ("Team Leader, Complex Cases", None, 54)]


WD_INSIDE = ("EX POSITION DESCRIPTION\nPosition Title: Director, Pension Policy Analysis\nLevel: EX-01\nPos. No.: 28344\n"
             "GENERAL ACCOUNTABILITY\nAccountable for the analysis of policy options for the Canada Pension Plan.\n"
             "ORGANIZATION STRUCTURE\nEC-07 - Manager, Policy Analysis (25 FTEs)\nSPECIFIC ACCOUNTABILITIES\n"
             "1. Directs the analysis of policy options.\n2. Leads the review of policies.\n")


def test_a_work_description_inside_a_package_is_read_from_its_heading(tmp_path: Path) -> None:
    """A classification package (a briefing note, ``ANNEX A – WORK DESCRIPTION``, then ``ANNEX B –
    CLASSIFICATION RATIONALE`` naming a comparator position) and a staffing file (a checklist whose
    ``[X] Approved and signed work description (attached below)`` is no heading, then ``Job
    Description``): the work description each holds is imported, nothing of the rest."""
    package = ("BRIEFING NOTE / MEMORANDUM\nTO: Priya Cormier, Director, Executive Classification\n"
               "SUBJECT: Request for classification – position 28344\nPlease find attached the work description.\n"
               "ANNEX A – WORK DESCRIPTION\n" + WD_INSIDE + "ANNEX B – CLASSIFICATION RATIONALE\nThe position was "
               "compared with position 46469, Director, Program Integrity (EX-01, 1116 points).\n")
    staffing = ("STAFFING FILE – CHECKLIST\nRequest no.: 2024-EX-0651\nPosition: 28344 – Director, Pension Policy "
                "Analysis\no [X] Approved and signed work description (attached below)\no [X] Statement of merit "
                "criteria\no [ ] Letter of offer\nThe documents below form part of this staffing file.\n\n"
                "Job Description\n\n" + WD_INSIDE)
    for name, text in (("package.txt", package), ("staffing.txt", staffing)):
        root, records = _import(tmp_path, name, text)
        record = _record(root, "28344")
        assert (record["title"], record["classification"]) == ("Director, Pension Policy Analysis", "EX-01"), name
        assert _reports(root, "28344", 1) == [("Manager, Policy Analysis", "EC-07", 25)]
        assert "46469" not in records and "Program Integrity" not in records and "Cormier" not in records


def test_an_email_threads_headers_after_the_work_description_end_it(tmp_path: Path) -> None:
    """A work description pasted in an e-mail thread, the previous message's headers under it (``From:
    Nathalie Ramanathan <...>`` / ``Sent:`` / ``To: Wei Lachance`` / ``Subject:``): no name in a record."""
    text = (WD_INSIDE + "\n---\n\nFrom: Nathalie Ramanathan <nathalie.ramanathan@example.gc.ca>\n"
            "Sent: Monday, September 9, 2024 3:11 PM\nTo: Wei Lachance\nSubject: FW: Work description\n\n"
            "Hi Wei,\n\nHere is the revised draft.\n\nNathalie Ramanathan\n")
    root, records = _import(tmp_path, "thread.txt", text)
    assert _record(root, "28344")["specific_accountabilities"][-1] == "Leads the review of policies."
    assert "Ramanathan" not in records and "Lachance" not in records


def test_a_french_titles_word_with_a_scans_confusion_and_its_accents_lost(tmp_path: Path) -> None:
    """``Securitc`` (an e read as c, its accents lost: ``Sécurité``), ``gcnéral``, ``Qucbec``, in the
    title and in a supervisor named in a sentence of the structure; ``CanNor``, a name with a capital
    inside, stays as written."""
    text = ("DESCRIPTION DE TRAVAIL\nTitre du poste : Directrice régionale, Securitc maritime, Qucbec\n"
            "N° de poste : 34420\nGroupe et niveau : EX-01\n\nSTRUCTURE ORGANISATIONNELLE\nLe titulaire relève du "
            "Directeur gcnéral régional, Région du Qucbec.\n\nRESPONSABILITÉS PRINCIPALES\n1. Gère les ressources "
            "de la direction.\n")
    root, _ = _import(tmp_path, "dt.txt", text)
    record = _record(root, "34420")
    assert (record["title"], record["supervisor"]["title"]) == (
        "Directrice régionale, Sécurité maritime, Québec", "Directeur général régional, Région du Québec")
    english = ("WORK DESCRIPTION\nPosition Title: Director, Policy\nPosition Number: 27001\nClassification: EX-02\n\n"
               "ORGANIZATION STRUCTURE\nThe Director reports to the President, CanNor.\n\nSPECIFIC ACCOUNTABILITIES\n"
               "1. Leads the policy team.\n")
    root, _ = _import(tmp_path, "cannor.txt", english)
    assert _record(root, "27001")["supervisor"]["title"] == "President, CanNor"


def test_counts_whose_word_a_scan_misread(tmp_path: Path) -> None:
    """``(EX-01, 154 empIoyés)``, ``(MG-O6, S3 ernployes)``, ``(MG-OS, I03 cmployés)``: each report's count."""
    text = ("DESCRIPTION DE TRAVAIL\nTitre du poste : Directrice, Centre fiscal de Shawinigan\nN° de poste : 34421\n"
            "Groupe et niveau : EX-02\n\nSTRUCTURE ORGANISATIONNELLE\nLes postes suivants relèvent directement du "
            "titulaire :\n- Directeur, Opérations régionales (EX-01, 154 empIoyés) : responsable des plans\n"
            "- Directrice adjointe, Vérification (MG-O6, S3 ernployes) : responsable de la gestion\n"
            "- Gestionnaire, Traitement des déclarations (MG-OS, I03 cmployés) : responsable des conseils\n")
    root, _ = _import(tmp_path, "dt.txt", text)
    assert [fte for _, _, fte in _reports(root, "34421", 3)] == [154, 53, 103]


def test_a_coded_reports_count_after_a_colon_and_a_count_repeated_in_brackets(tmp_path: Path) -> None:
    """``- Manager, Fees and Revenue, FI-03: 25 person-years`` and ``- Manager, X (EG-07) — 32 (32)
    employees: responsible for ...``: each report's count."""
    text = ("WORK DESCRIPTION\nPosition Title: Director, Laboratory Business Operations\nPosition Number: 670740\n"
            "Classification: EX-01\n\nORGANIZATION STRUCTURE\nReporting to the Director are:\n"
            "- Manager, Facilities and Biosafety (EG-07) — 32 (32) employees: responsible for day-to-day operations\n"
            "- Manager, Fees and Revenue, FI-03: 25 person-years\n")
    root, _ = _import(tmp_path, "lab.txt", text)
    assert _reports(root, "670740", 2) == [("Manager, Facilities and Biosafety", "EG-07", 32),
                                           ("Manager, Fees and Revenue", "FI-03", 25)]


def test_an_hr_systems_printout_with_its_field_codes(tmp_path: Path) -> None:
    """``Eff Date [EFFDT]:`` (not the report's ``Run Date``), ``Description [DESCR]:`` (the code names
    the field), ``Reports To [REPORTS_TO]: 50031388``, ``Location [LOCATION]: QC0042   Gatineau,
    Quebec`` (a location's code before the place), ``Relève de: 50030001 / Président``."""
    text = ("MyGCHR                    Position Description Report\nReport ID: HRPOS012    Run Date: 2016-10-11\n"
            "Position Nbr [POSITION_NBR]:                  50031455\nEff Date [EFFDT]:                             "
            "2016/10/03\nDescription [DESCR]:                          Director, Air Determinations\n"
            "Job Code [JOBCODE]:                           104302\nReports To [REPORTS_TO]:                      50031388\n"
            "Location [LOCATION]:                          QC0042   Gatineau, Quebec\n"
            "Job Description Text [DESCRLONG]\n\nGENERAL ACCOUNTABILITY\nThe Director is accountable for licensing.\n")
    root, _ = _import(tmp_path, "report.txt", text)
    record = _record(root, "50031455")
    assert (record["title"], record["effective_date"], record["reports_to"], record["location"]) == (
        "Director, Air Determinations", dt.date(2016, 10, 3), "50031388", "Gatineau, QC")
    french = text.replace("Reports To [REPORTS_TO]:                      50031388",
                          "Relève de: 50030001 / Président et premier dirigeant")
    root, _ = _import(tmp_path, "rapport.txt", french)
    record = _record(root, "50031455")
    assert (record["reports_to"], record["supervisor"]["title"]) == ("50030001", "Président et premier dirigeant")


def test_a_gapped_label_before_a_stray_colon_is_no_guessed_label(tmp_path: Path) -> None:
    """``Niveau     EX-01 : No d'emploi générique    l041I9``: ``Niveau`` is the label the form's gap
    sets apart (no guessed ``Niveau     EX-01 :`` label whose value would be the next label)."""
    run = ("Emploi et Développement social Canada DESCRIPTION DE TRAVAIL EX Titre:     Directeur, Prestation des "
           "services, Est-du-Québec Niveau     EX-01 : No d'emploi générique    l041I9 No de poste    330281 En "
           "vigueur le:     8 juin 2019 Secteur    Service Canada, Région du Québec Titre du gestionnaire:     "
           "Directrice générale, Prestation des services Lieu de travail:     Québec (Québec) 1. Raison d'être du "
           "poste Le titulaire du poste est responsable de la direction, de la planification et de la gestion des "
           "Centres Service Canada de l'Est-du-Québec, du Saguenay et de la Gaspésie, afin que les Canadiens "
           "reçoivent des services rapides et exacts.")
    root, _ = _import(tmp_path, "est.txt", "--- Full Extracted Text ---\n" + run)
    record = _record(root, "330281")
    assert (record["classification"], record["job_code"]) == ("EX-01", "104119")


def test_a_scans_degree_sign_bullets(tmp_path: Path) -> None:
    """``° Team Leader, Compliance [PM-O6] - staff of 28``: a scan reads a list's small circle as ``°``,
    sometimes after a speck of the margin (``' ° Executive Assistant``); each line is a report."""
    text = ("EXECUTIVE WORK DESCRIPTION\nPosition Title: Executive Director, Compliance Programs\n"
            "Position Number: 59082\nClassification: EX-02\n\nORGANIZATION STRUCTURE\n"
            "The Executive Director, Compliance Programs has 3 direct reports:\n"
            "° Team Leader, Compliance [PM-O6] - staff of 28\n° Manager, Contracting [PG-O6] - 3O FTEs\n"
            "' ° Executive Assistant [AS-O2] - staff of I\n\nDIMENSIONS\nSalary: $4.68M\n")
    root, _ = _import(tmp_path, "cfia.txt", text)
    assert _reports(root, "59082", 3) == [("Team Leader, Compliance", "PM-06", 28),
                                          ("Manager, Contracting", "PG-06", 30), ("Executive Assistant", "AS-02", 1)]


@pytest.mark.parametrize("heading", ["Executive Talent Management Profile", "Profil de gestion des talents – cadres"])
def test_a_talent_management_profile_is_refused(tmp_path: Path, heading: str) -> None:
    """A talent-management profile names the position and its number beside the executive's name,
    career aspirations and talent map placement (PROTECTED B): refused, no record, no name printed."""
    text = (f"{heading}\nPROTECTED B (when completed)\nTalent Management Cycle: 2023-2024\n"
            "Executive: Philippe Ostrowski\nPosition: Director General, Arts (EX-03)\nPosition number: 88285\n"
            "Manager: Guillaume Trudgeon, Assistant Deputy Minister, Cultural Affairs\n"
            "Talent map placement: 4A - Ready for promotion (within 2 years)\n")
    root, result = _import_all(tmp_path, {"profile.pdf.txt": text})
    assert "profile.pdf.txt: a talent-management profile, not a work description" in result.output, result.output
    assert "Ostrowski" not in result.output and not list((root / "records/positions").glob("*.yaml"))


def test_word_balloons_printed_with_the_document_are_no_text(tmp_path: Path) -> None:
    """A Word file printed to PDF with its markup: ``Comment [MB1]: Martine Boudreau - check O&M``
    (a reviewer's name), ``Deleted: EX-02`` (a tracked change's old words), ``Formatted: Font: Arial``
    are no part of the description; no name is copied, no old value read."""
    text = ("EXECUTIVE WORK DESCRIPTION\nPOSITION TITLE: Director, Aquatic Animal Health\nPOSITION NUMBER: 42617\n"
            "GROUP/LEVEL: EX-01\nDeleted: EX-02\nCLIENT SERVICE RESULTS\n"
            "Comment [MB1]: Martine Boudreau - check O&M against the 2016-17 budget\n"
            "Sound, timely science advice for the National Aquatic Animal Health Program.\n"
            "Formatted: Font: (Default) Arial, 10 pt\nKEY ACTIVITIES\n- Develops national policies and standards.\n")
    root, records = _import(tmp_path, "aah.pdf.txt", text)
    record = _record(root, "42617")
    assert record["classification"] == "EX-01"
    assert " ".join(record["general_accountability"].split()) == (
        "Sound, timely science advice for the National Aquatic Animal Health Program.")
    assert "Boudreau" not in records and "Arial" not in records, records


def test_a_table_of_reports_across_a_page_break(tmp_path: Path) -> None:
    """A PDF's table whose rows go on over a page: the page's number, the next page's running
    header (the department's name the document opens with), ``(continued)`` and the header row
    repeated stand between its rows; all rows are reports, the header's words no title."""
    text = ("GLOBAL AFFAIRS CANADA\nEXECUTIVE POSITION DESCRIPTION\nTitle of Position: Director General, Consular "
            "Operations\nPosition #: 394226\nGroup/Level: EX03\nORGANIZATIONAL STRUCTURE\n"
            "The following positions report to the incumbent:\n"
            f"{'Position':<58}{'Group/Level':<16}FTEs\n{'Director, Partnerships':<58}{'EX01':<16}52\n- 1 -\n\n"
            f"GLOBAL AFFAIRS CANADA\n(continued)\n{'Position':<58}{'Group/Level':<16}FTEs\n"
            f"{'Director, Program Integrity':<58}{'EX01':<16}75\n"
            f"{'Executive Director, Regional Delivery':<58}{'EX02':<16}88\nDIMENSIONS\nSalary: $34.98M\n")
    root, _ = _import(tmp_path, "consular.pdf.txt", text)
    assert _reports(root, "394226", 3) == [("Director, Partnerships", "EX-01", 52),
                                           ("Director, Program Integrity", "EX-01", 75),
                                           ("Executive Director, Regional Delivery", "EX-02", 88)]


def test_a_title_wrapped_in_its_cell_before_the_next_heading(tmp_path: Path) -> None:
    """``Director, Strategic      EX-O1      93`` / ``Initiatives`` / ``4. DIMENSIONS``: the last row's
    title wrapped in its cell, the next section's heading after it."""
    text = ("WORK DESCRIPTION\nPosition Title: Director General, Information Management\nPosition Number: 58291\n"
            "Classification: EX-03\n2. ORGANIZATION STRUCTURE\nThe Director General has 2 direct reports:\n"
            f"{'Position':<31}{'Group/Level':<14}FTEs\n{'Director, Client Services':<31}{'EX-01':<14}21\n"
            f"{'Director, Strategic':<31}{'EX-O1':<14}93\nInitiatives\n4. DIMENSIONS\nSalaries: $3.01 million\n")
    root, _ = _import(tmp_path, "im.pdf.txt", text)
    assert _reports(root, "58291", 2) == [("Director, Client Services", "EX-01", 21),
                                          ("Director, Strategic Initiatives", "EX-01", 93)]


def _nested_form() -> bytes:
    """A Word form whose identifiers are a table inside the outer table's cell, and a two-column
    table of the supervisor's fields, one of them with an empty value cell."""
    import io

    import docx

    document = docx.Document()
    document.add_paragraph("EXECUTIVE WORK DESCRIPTION")
    outer = document.add_table(rows=2, cols=4)
    for cell, text in zip(outer.rows[0].cells, ("Title", "Director General, Asylum Programs", "Group/Level", "EX-3")):
        cell.text = text
    outer.rows[1].cells[0].text = "Identifiers"
    inner = outer.rows[1].cells[1].add_table(rows=2, cols=3)
    for cell, text in zip(inner.rows[0].cells + inner.rows[1].cells,
                          ("Position #", "Job Code", "Effective Date", "62174", "103861", "07-May-2015")):
        cell.text = text
    pairs = document.add_table(rows=3, cols=2)
    for cell, text in zip(pairs.rows[0].cells + pairs.rows[1].cells + pairs.rows[2].cells,
                          ("Title of Supervisor", "Assistant Deputy Minister, Programs", "Supervisor Position Number",
                           "", "Supervisor Classification", "EX-4")):
        cell.text = text
    document.add_paragraph("GENERAL ACCOUNTABILITY")
    document.add_paragraph("Accountable for the policy and operations of the in-Canada asylum system.")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_word_table_inside_a_tables_cell(tmp_path: Path) -> None:
    """``Identifiers`` beside a table of its own (labels over values) inside the form's cell: the
    inner table's rows read as rows, not run into one cell; a label with an empty value cell
    (``Supervisor Position Number``) is a label with no value, not the words of the title above."""
    root, _ = _import(tmp_path, "asylum.docx", _nested_form())
    record = _record(root, "62174")
    assert (record["job_code"], record["effective_date"]) == ("103861", dt.date(2015, 5, 7))
    assert (record["supervisor"]["title"], record["supervisor"]["classification"]) == (
        "Assistant Deputy Minister, Programs", "EX-04")


def _units_form() -> bytes:
    """A French Word form: the supervisor's number under ``N° du poste de la personne superviseure``,
    the dimensions a table by unit whose ``Total`` cell is merged over two columns."""
    import io

    import docx

    document = docx.Document()
    for line in ("DESCRIPTION DE TRAVAIL", "Intitulé du poste : Directrice, Politique des prestations d'invalidité",
                 "Niveau : EX 01", "N° de poste : 94304", "N° du poste de la personne superviseure : 12297",
                 "Relève de : Directrice exécutive, Opérations régionales", "DIMENSIONS"):
        document.add_paragraph(line)
    rows = (("Unité / poste", "Groupe-niveau", "ETP", "Salaires", "F et E"),
            ("Vérificateur principal", "AU-04", "21", "2 280 k$", "106 k$"),
            ("Bureau du titulaire", "EX 01", "2", "240 k$", "121 k$"), ("Total", "", "23", "2 520 k$", "227 k$"))
    table = document.add_table(rows=len(rows), cols=5)
    for row, texts in zip(table.rows, rows):
        for cell, text in zip(row.cells, texts):
            cell.text = text
    total = table.rows[-1].cells
    total[0].merge(total[1]).text = "Total"
    document.add_paragraph("Budget total (salaires et F et E) : 2 747 k$")
    document.add_paragraph("RESPONSABILITÉS GÉNÉRALES")
    document.add_paragraph("Responsable du cadre stratégique des prestations d'invalidité offertes aux vétérans.")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_french_form_with_dimensions_by_unit_and_a_merged_total(tmp_path: Path) -> None:
    """``| Total | 23 | 2 520 k$ | 227 k$ |`` under five headers, its first cell merged over two: the
    salary and O&M are the total row's, under their own headers; the supervisor's number read under
    the label that names no gender (``de la personne superviseure``). The row of the position's own
    office (``Bureau du titulaire``) is no report."""
    root, _ = _import(tmp_path, "invalidite.docx", _units_form())
    record = _record(root, "94304")
    assert record["reports_to"] == "12297"
    assert _reports(root, "94304", 1) == [("Vérificateur principal", "AU-04", 21)]
    assert record["dimensions"] == {"salary": 2_520_000, "o_and_m": 227_000, "total": 2_747_000, "fte": 23}


def test_a_direct_reports_table_after_the_signatures(tmp_path: Path) -> None:
    """``Direct Reports / Subordonnés directs`` heading a table at the end of a bilingual form,
    after its signatures, where the organization section named none: its rows are the reports."""
    text = ("WORK DESCRIPTION / DESCRIPTION DE TRAVAIL\nPosition Title: Executive Director, Census Operations\n"
            "Position No.: 473271\nGroup and Level: EX-02\nORGANIZATIONAL STRUCTURE\n"
            "The Executive Director is one of the senior management positions reporting to the Director General.\n"
            "CERTIFICATION\nThe foregoing is an accurate and complete statement of the duties.\n"
            "Direct Reports / Subordonnés directs\n| Position | Poste | Group-Level / Groupe-niveau | FTEs / ETP |\n"
            "| Manager, Training and Standards | Gestionnaire, Formation et normes | PM-06 | 16 |\n"
            "| Manager, Network Services | Gestionnaire, Services de réseau | IT-05 | 6 |\n")
    root, _ = _import(tmp_path, "census.md", text)
    assert _reports(root, "473271", 2) == [("Manager, Training and Standards", "PM-06", 16),
                                           ("Manager, Network Services", "IT-05", 6)]


def test_a_pdf_table_whose_rows_leave_a_column_empty(tmp_path: Path) -> None:
    """``Team Leader, Data Analytics                28`` under ``Position    Group/Level    FTEs``:
    the row's wide gap covers the classification column, empty there; the count is the last column's."""
    text = ("EXECUTIVE POSITION DESCRIPTION\nOfficial Title: Director, Spectrum Licensing Operations\n"
            "Position Number: 51882\nLevel: EX-01\nORGANIZATIONAL STRUCTURE\n"
            "The following positions report to the incumbent:\n"
            f"{'Position':<58}{'Group/Level':<16}FTEs\n{'Team Leader, Data Analytics':<74}28\n"
            f"{'Manager, Inspection Programs':<58}{'TI-07':<16}34\nDIMENSIONS\nSalary: $9,310,000\n")
    root, _ = _import(tmp_path, "spectrum.pdf.txt", text)
    assert _reports(root, "51882", 2) == [("Team Leader, Data Analytics", None, 28),
                                          ("Manager, Inspection Programs", "TI-07", 34)]


def test_an_hr_systems_capitals_give_way_to_the_descriptions_own_fields(tmp_path: Path) -> None:
    """An HRMS extract's block (``Reports To:      30512   DG ECOSYSTEM SCIENCE``, ``Location:
    NCR001  OTTAWA ON``) above the description, whose own fields write them out (``REPORTS TO:
    Director General, Ecosystem Science (EX-03)``, ``WORK LOCATION: Ottawa, Ontario``): the
    description's words stand; the system's supervisor number is kept."""
    text = ("DFO-MPO HRMS - POSITION DATA                                  Run Date: 03-FEB-2006 14:41\n"
            "Position Nbr:    30777                         Eff Date:    16-JAN-2006\n"
            "Reports To:      30512   DG ECOSYSTEM SCIENCE\nLocation:        NCR001  OTTAWA ON\n"
            "Position Description Text:\n\nEXECUTIVE GROUP POSITION DESCRIPTION\n\n"
            "POSITION TITLE: Director, Canadian Science Advisory Secretariat\nGROUP/LEVEL: EX-01\n"
            "WORK LOCATION: Ottawa, Ontario\nREPORTS TO: Director General, Ecosystem Science (EX-03)\n\n"
            "GENERAL ACCOUNTABILITY\n\nThe Director is accountable for the Department's science advisory process.\n")
    root, _ = _import(tmp_path, "csas.txt", text)
    record = _record(root, "30777")
    assert (record["reports_to"], record["supervisor"]["title"], record["supervisor"]["classification"],
            record["location"]) == ("30512", "Director General, Ecosystem Science", "EX-03", "Ottawa, ON")


def test_reports_a_sentence_says_the_position_manages(tmp_path: Path) -> None:
    """``The Director General, Sport Canada manages a Director, Sport Policy and Major Games (EX-01,
    staff of 35), a Director, ...``: the titles start after ``manages a``, not with the position's own."""
    text = ("WORK DESCRIPTION\nPosition Title: Director General, Sport Canada\nPosition Number: 71120\n"
            "Classification: EX-03\nORGANIZATIONAL CONTEXT\nThe Director General, Sport Canada manages a Director, "
            "Sport Policy and Major Games (EX-01, staff of 35), a Director, Sport Support Programs (EX-01, staff of "
            "15) and a Director, Partnerships (EX-01, staff of 30).\nNATURE AND SCOPE\nThe work is highly visible.\n")
    root, _ = _import(tmp_path, "sport.txt", text)
    assert _reports(root, "71120", 3) == [("Director, Sport Policy and Major Games", "EX-01", 35),
                                          ("Director, Sport Support Programs", "EX-01", 15),
                                          ("Director, Partnerships", "EX-01", 30)]


def test_a_french_supervisor_label_written_for_either(tmp_path: Path) -> None:
    """``Supérieur(e) immédiat(e) : Directrice générale, Préservation``: the supervisor's title."""
    text = ("DESCRIPTION DE TRAVAIL – GROUPE DE LA DIRECTION (EX)\nIntitulé du poste : Directeur, Préservation "
            "numérique\nGroupe/niveau : EX-01\nNuméro du poste : 22801\n"
            "Supérieur(e) immédiat(e) : Directrice générale, Préservation\nNuméro du poste du surveillant : 22000\n\n"
            "RAISON D'ÊTRE DU POSTE\nAssurer la direction stratégique de la préservation numérique.\n")
    root, _ = _import(tmp_path, "bac.txt", text)
    assert _record(root, "22801")["supervisor"]["title"] == "Directrice générale, Préservation"


@pytest.mark.parametrize("label", ["Head of Organization", "Administrateur général"])
def test_the_head_of_organizations_signature_is_a_person(tmp_path: Path, label: str) -> None:
    """``Head of Organization: Rebecca Thibodeau, Commissioner of Lobbying`` under the signatures of
    a small agency's form: a person, never the record's department."""
    text = ("EXECUTIVE WORK DESCRIPTION\nPosition Title: Director, Investigations\nPosition Number: 5801\n"
            "Classification: EX-01\n\nGENERAL ACCOUNTABILITY\nThe Director leads the investigations of the "
            "Office.\n\nSIGNATURES\nSupervisor: Robert O'Rourke, Deputy Commissioner\n"
            f"Signature: ______________________   Date: ____________\n{label}: Rebecca Thibodeau, "
            "Commissioner of Lobbying\nSignature: ______________________   Date: ____________\n")
    root, records = _import(tmp_path, "ocl.txt", text)
    assert "Thibodeau" not in records and "O'Rourke" not in records, records


MANAGERS_DRAFT = ("Director, AgriInnovate Program - draft WD\n\nThis EX-01 position, number 672095, reports to the "
                  "Director General, Innovation Programs (EX-03). It is located in Ottawa, Ontario. This description "
                  "is effective Aug. 1, 2018.\n\nDay to day, the director runs repayable contributions to agri-food "
                  "businesses. Budget-wise we have $3.76M in salary and $0.54M in O&M.\n\nWho reports to me:\n- Manager, Regional Delivery (PM-05, 20 FTEs)\n"
                  "- Manager, Partnerships (EC-07, 10 FTEs)\n\nWhat I actually do:\n\n"
                  "- keep the DG and ADM briefed on repayable contributions\n- manage the budget and staffing\n")


@pytest.mark.parametrize("heading", ["Who reports to me:", "The two people reporting to me are:"])
def test_a_managers_draft_states_its_fields_in_sentences(tmp_path: Path, heading: str) -> None:
    """A manager's draft with no form: ``This EX-01 position, number 672095, reports to ...``, ``It is
    located in Ottawa, Ontario``, ``effective Aug. 1, 2018``; its own few words head its sections
    (``Who reports to me:``, ``The two people reporting to me are:``, ``What I actually do:``); its budget
    in a sentence before them (``Budget-wise we have $3.76M in salary and $0.54M in O&M``)."""
    root, _ = _import(tmp_path, "agri.txt", MANAGERS_DRAFT.replace("Who reports to me:", heading))
    record = _record(root, "672095")
    assert (record["classification"], record["location"], record["effective_date"]) == (
        "EX-01", "Ottawa, ON", dt.date(2018, 8, 1))
    assert record["supervisor"] == {"title": "Director General, Innovation Programs", "classification": "EX-03"}
    assert record["dimensions"] == {"salary": 3_760_000, "o_and_m": 540_000}
    assert _reports(root, "672095", 2) == [("Manager, Regional Delivery", "PM-05", 20),
                                           ("Manager, Partnerships", "EC-07", 10)]


def test_a_letter_naming_the_positions_number_in_a_sentence_stays_refused(tmp_path: Path) -> None:
    """A letter of offer says ``the position of Director, X (EX-01), position number 30124`` too; a
    sentence's number makes no work description of a document that has none of one's sections."""
    text = ("Dear Ms. Leclerc,\n\nI am pleased to offer you an acting appointment to the position of Director, "
            "Regional Operations (EX-01), position number 30124, located in Moncton, New Brunswick, effective "
            "April 1, 2022. The appointment ends on March 31, 2023.\n\nPlease sign below to accept this offer.\n"
            "Yours truly,\nDirector General, Atlantic Region\n")
    root, result = _import_all(tmp_path, {"offer.txt": text})
    assert "offer.txt: not a work description" in result.output, result.output
    assert not list((root / "records/positions").glob("*.yaml"))


def test_non_salary_o_and_m_as_a_tables_label(tmp_path: Path) -> None:
    """``Non-salary O&M     $680K     $6,100K`` in a table of the region's and the board's figures: the
    position's O&M is its column's, as its salaries and total are."""
    text = ("EXECUTIVE WORK DESCRIPTION\nPosition Title: Regional Director General, Atlantic\nPosition Number: 52471\n"
            "Classification: EX-02\n\nB) Key Dimensions\n\n                         Region    PBC (total)\n"
            "Staff                    17        214\nSalaries                 $1,820K   $20,330K\n"
            "Non-salary O&M           $680K     $6,100K\nTotal operating budget   $2,500K   $26,430K\n\n"
            "C) Main Activities\n\nThe Regional Director General is accountable for the program in the region.\n")
    root, _ = _import(tmp_path, "pbc.txt", text)
    assert _record(root, "52471")["dimensions"] == {"fte": 17, "salary": 1_820_000, "o_and_m": 680_000,
                                                    "total": 2_500_000}


def test_a_listed_title_with_its_region_after_a_dash(tmp_path: Path) -> None:
    """``- Director, Investigations and Control - Prairies (EX-01, 205 FTEs): responsible for ...``:
    the region after the dash is the title's, the list's own dash before it no title's boundary."""
    text = ("WORK DESCRIPTION\nPosition Title: Director General, Integrity Services\nPosition Number: 40210\n"
            "Classification: EX-03\n\n3. ORGANIZATION STRUCTURE\n\nPositions reporting to the incumbent:\n\n"
            "- Director, Investigations and Control - Prairies (EX-01, 205 FTEs): responsible for operations\n"
            "- Director, Risk Management (EX-01, 61 FTEs): responsible for quality\n\n4. CONTEXT\n\nBusy.\n")
    root, _ = _import(tmp_path, "integrity.txt", text)
    assert _reports(root, "40210", 2) == [("Director, Investigations and Control - Prairies", "EX-01", 205),
                                          ("Director, Risk Management", "EX-01", 61)]


BROUILLON = ("Directeur, Opérations de recouvrement – ébauche\nCe poste de niveau EX-01 (no 74811) relève de la directrice "
             "générale, Direction du recouvrement (EX-03). Il est situé à Shawinigan (Québec). La description est en "
             "vigueur depuis le 1er mai 2022.\nEn bref, le poste consiste à diriger le recouvrement des créances.\n"
             "Mon équipe (2 postes) :\n- Gestionnaire, Opérations (AS-06, 22 ETP)\n"
             "- Gestionnaire, Planification et rapports (AS-07, 21 ETP)\nL'équipe compte 45 ETP au total. Le budget est "
             "de 4 140 000 $ en salaires et 840 000 $ en F et E, soit 4 980 000 $ au total.\n"
             "Ce que je fais au quotidien :\n- tenir le DG et le SMA informés\n- gérer le budget et la dotation\n")


def test_a_managers_draft_in_french_with_a_dashed_list_and_its_count_in_a_heading(tmp_path: Path) -> None:
    """A French draft with no label: its words say its language (``relève de la directrice générale``
    is read as French writes a supervisor, in lower case); ``Ce poste de niveau EX-01 (no 74811)``
    names its level and number; its first line's ``– ébauche`` is no title's; ``Direction du recouvrement``
    inside a sentence is no label;
    ``Mon équipe (2 postes) :`` heads its reports; a list of dashed lines is its duties."""
    root, _ = _import(tmp_path, "recouvrement.docx.txt", BROUILLON)
    record = _record(root, "74811")
    assert (record["title"], record["classification"], record["location"], record["effective_date"]) == (
        "Directeur, Opérations de recouvrement", "EX-01", "Shawinigan, QC", dt.date(2022, 5, 1))
    assert record["supervisor"] == {"title": "directrice générale, Direction du recouvrement",
                                    "classification": "EX-03"}
    assert record["dimensions"] == {"salary": 4_140_000, "o_and_m": 840_000, "total": 4_980_000}
    assert record["specific_accountabilities"] == ["Tenir le DG et le SMA informés.", "Gérer le budget et la dotation."]
    assert _reports(root, "74811", 2) == [("Gestionnaire, Opérations", "AS-06", 22),
                                          ("Gestionnaire, Planification et rapports", "AS-07", 21)]



MEDIAWIKI = """{{DISPLAYTITLE:Executive Director, Security and Emergency Management - Work Description}}
__TOC__
'''Official Title:''' Executive Director, Security and Emergency Management<br />
'''Position Level:''' EX 02<br />
'''Position number:''' 30512<br />
'''Location:''' Ottawa, Ontario<br />

== Overall accountability ==

The position is accountable for security and emergency management.

== Structure ==

{| class="wikitable"
|-
! Position
! Group/Level
! FTEs
|-
| style="width:50%" | Chief, Quality Assurance
| EN-ENG-05
| 12
|-
| Assistant Director, Partnerships || PM-07 || 25
|}

== Key Dimensions ==

{| class="wikitable sortable"
! Employees !! Salary budget !! Non-salary O&M
|-
| 76 || $6.94M || $3.99M
|}

== Main Activities ==

# Manages the directorate's resources.
# Represents the department on committees.

Last modified by Gordon Paquette on August 22, 2023
[[Category:Executive Work Descriptions]]
"""

CONFLUENCE = """h1. Work Description - Director General, Digital Service Delivery

||Position Title|Director General, Digital Service Delivery|
||Group/Level|EX-03|
||Position number|82531940|
||Reports to|Assistant Deputy Minister, Service Delivery|

h2. General accountability

Provides strategic leadership for digital service delivery.

h2. Organization structure

||Position||Group/Level||FTEs||
|Director, Training and Learning|EX-01|67|
|Director, Outreach and Engagement|EX-01|58|

h2. Resources

*Salaries:* $13.07M
*O&M:* $2.89M

h2. Main Activities

* Develops a healthy workplace.
* Oversees the preparation of Treasury Board submissions.

Created by Yasmin Ouellet, last modified by Josée Gagnon on Feb 15, 2023
"""


def test_a_wiki_pages_source_saved_as_text(tmp_path: Path) -> None:
    """A MediaWiki page's source (``'''Label:''' value<br />``, ``== Heading ==``, ``{| ... |}`` tables
    with a cell per line or ``||`` between cells, ``# item``) and a Confluence page's (``h2.``,
    ``||Label|value|``, ``||a||b||`` headers, ``*Label:*``) are read as their words; the page's
    byline (``Last modified by ...``) is a person's, never copied."""
    root, wiki = _import(tmp_path, "wiki.txt", MEDIAWIKI)
    record = _record(root, "30512")
    assert (record["title"], record["classification"], record["location"]) == (
        "Executive Director, Security and Emergency Management", "EX-02", "Ottawa, ON")
    assert record["dimensions"] == {"fte": 76, "salary": 6_940_000, "o_and_m": 3_990_000}
    assert record["specific_accountabilities"] == ["Manages the directorate's resources.",
                                                   "Represents the department on committees."]
    assert _reports(root, "30512", 2) == [("Chief, Quality Assurance", "EN-ENG-05", 12),
                                          ("Assistant Director, Partnerships", "PM-07", 25)]
    root, confluence = _import(tmp_path, "confluence.txt", CONFLUENCE)
    record = _record(root, "82531940")
    assert (record["title"], record["classification"], record["supervisor"]["title"]) == (
        "Director General, Digital Service Delivery", "EX-03", "Assistant Deputy Minister, Service Delivery")
    assert record["dimensions"] == {"salary": 13_070_000, "o_and_m": 2_890_000}
    assert _reports(root, "82531940", 2) == [("Director, Training and Learning", "EX-01", 67),
                                             ("Director, Outreach and Engagement", "EX-01", 58)]
    assert not any(name in wiki + confluence for name in ("Paquette", "Ouellet", "Gagnon", "modified"))


def test_a_guidance_page_about_work_descriptions_names_no_position_and_is_refused(tmp_path: Path) -> None:
    """Guidelines on writing work descriptions read like one's purpose, and name no title, number
    or level of a position of their own: refused, saying so."""
    text = ("# Lignes directrices sur la rédaction des descriptions de travail des cadres (EX)\n\n## Objet\n\n"
            "Les présentes lignes directrices s'appliquent à toutes les descriptions de travail des postes du groupe "
            "de la direction.\n\n## Approbation\n\nLa description doit être signée par le gestionnaire délégué.\n\n"
            "Personne-ressource : Heather Boudreau, Programmes EX\n")
    root, result = _import_all(tmp_path, {"lignes.md": text})
    assert "lignes.md: not a work description hrkit can read: it names no position" in result.output, result.output
    assert not list((root / "records/positions").glob("*.yaml"))


def _word_lists(paragraphs: list[tuple[str, str]]) -> bytes:
    """A .docx of (style, text) paragraphs, its lists' bullets and numbers drawn by Word's styles."""
    import io

    import docx

    document = docx.Document()
    for style, text in paragraphs:
        document.add_paragraph(text, style=style)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_word_list_levels_give_the_first_tier_of_reports_and_items_of_duties(tmp_path: Path) -> None:
    """Word draws a list's bullets and numbers (``List Bullet``, ``List Bullet 2``, ``List Number``): the
    text has none. The reports are the first level's, the second level's their reports (whose counts are
    not the first's), and each numbered paragraph is one duty."""
    normal = "Normal"
    content = _word_lists([
        (normal, "EXECUTIVE (EX) WORK DESCRIPTION"), (normal, "Position Title: Chief Operating Officer"),
        (normal, "Position Number: 3986"), (normal, "Classification: EX-05"), (normal, "ORGANIZATION"),
        (normal, "The following positions report directly to the Chief Operating Officer:"),
        ("List Bullet", "EX-03 - Director General, Hosting Services"),
        ("List Bullet 2", "EX-01 - Director, Program Delivery (407 FTEs)"),
        ("List Bullet 2", "EX-01 - Director, Partnerships (405 FTEs)"),
        ("List Bullet", "EX-02 - Executive Director, Enterprise Digital Services (762 FTEs)"),
        ("List Bullet 2", "EX-01 - Director, Compliance (254 FTEs)"),
        ("List Bullet", "AS-07 - Manager, Administrative Services (4 FTEs)"),
        (normal, "KEY RESPONSIBILITIES"),
        ("List Number", "Negotiates agreements and partnerships of national scope."),
        ("List Number", "advises the Deputy Minister on emerging issues."),
    ])
    root, _ = _import(tmp_path, "coo.docx", content)
    assert _reports(root, "3986", 3) == [("Director General, Hosting Services", "EX-03", None),
                                         ("Executive Director, Enterprise Digital Services", "EX-02", 762),
                                         ("Manager, Administrative Services", "AS-07", 4)]
    assert _record(root, "3986")["specific_accountabilities"] == [
        "Negotiates agreements and partnerships of national scope.", "Advises the Deputy Minister on emerging issues."]


def test_a_chart_of_the_position_over_its_reports_and_titles_with_words_in_brackets(tmp_path: Path) -> None:
    """An organization chart in text: the supervisor, the position (``<== ce poste``), its reports
    indented under it; a scan's drift or a PDF's one space is no level. A title's own words in brackets
    (``Impact Assessment (Mining and Energy)``, ``(Science and MSC)``) stay the title's, before its details."""
    text = ("DESCRIPTION DE TRAVAIL\nTitre du poste : Directeur général, Subventions et contributions\n"
            "Numéro de poste : 374595\nClassification : EX-03\n\nOrganigramme :\n"
            "Sous-ministre adjoint, Finances et administration (EX 05)\n"
            "• Directeur général, Subventions et contributions (EX 03) <== ce poste\n"
            "   • Directeur, Gestion des ressources (EX 01): 74 employés\n"
            "   • Directeur, Accords de financement (EX 01): 35 employés\n"
            "    • Team Leader, Impact Assessment (Mining and Energy) (EC-07, 11 ETP)\n"
            "   • Gestionnaire, Services conseils (Science et SMC) – 14 ETP\n\nDIMENSIONS\nETP : 317\n")
    root, _ = _import(tmp_path, "dg.txt", text)
    assert _reports(root, "374595", 4) == [("Directeur, Gestion des ressources", "EX-01", 74),
                                           ("Directeur, Accords de financement", "EX-01", 35),
                                           ("Team Leader, Impact Assessment (Mining and Energy)", "EC-07", 11),
                                           ("Gestionnaire, Services conseils (Science et SMC)", None, 14)]


PEOPLESOFT = """HRMS 9.2                          POSITION DATA REPORT - HRPOS014                            PAGE: 1
RUN DATE: 2024-07-09                       DEPARTMENT: TC
====================================================================================================
POSN_NBR  EFFDT        EFF_STATUS  ACTION  JOBCODE  SAL_ADMIN_PLAN  GRADE
34051     2018-06-14   A           DTA     109102   EX              01

DESCR                           REPORTS_TO  REPORTS_DESCR
DIRECTOR, REGIONAL OPERATIONS,  24133       EXECUTIVE DIRECTOR, REGULATORY OPERATIONS

DEPTID    LOCATION  LOCATION_DESCR        FTE   MAX_HEAD_CNT  REG_TEMP FULL_PART
TC2407    L3102     HALIFAX NS            1.0   1             R        F
REPORTS_TO_GRADE  EX-02
----------------------------------------------------------------------------------------------------
POSITION DESCRIPTION (DESCRLONG)

POSITION TITLE: Director, Regional Operations, Atlantic

GENERAL ACCOUNTABILITY
Provides strategic direction for program delivery in the Atlantic region.

DIMENSIONS
FTEs: 67
Salary: $7,300,000.00
"""


def test_an_hr_systems_report_of_coded_columns_and_a_spreadsheets_row(tmp_path: Path) -> None:
    """An HR system's report: field codes over their values' columns (``POSN_NBR  EFFDT`` / ``34051
    2018-06-14``), a code and its value on one line; its run date, a location's code and the position's
    own FTE are no fields. A spreadsheet's row saved as text (quoted cells, the description in one): its
    header names its fields. A listing of many rows is no position's record."""
    root, _ = _import(tmp_path, "hrms.txt", PEOPLESOFT)
    record = _record(root, "34051")
    assert (record["title"], record["classification"], record["job_code"], record["effective_date"]) == (
        "Director, Regional Operations, Atlantic", "EX-01", "109102", dt.date(2018, 6, 14))
    assert (record["location"], record["reports_to"], record["supervisor"]) == (
        "HALIFAX, NS", "24133", {"title": "EXECUTIVE DIRECTOR, REGULATORY OPERATIONS", "classification": "EX-02"})
    assert record["dimensions"] == {"fte": 67, "salary": 7_300_000}
    header = ("Position Number,Position Title,Group/Level,Job Code,Effective Date,Reports To Position,"
              "Work Location,Description\n")
    row = ('"415102","Director General, Labour Statistics","EX 03","109412","9-Jan-2015","352049",'
           '"Gatineau, Quebec","GENERAL ACCOUNTABILITY:\nProvides strategic direction for the labour statistics '
           'program.\n\nORGANIZATION STRUCTURE:\n• Director, Compliance – EX-01 – staff of 13\n"\n')
    root, _ = _import(tmp_path, "row.csv.txt", header + row)
    record = _record(root, "415102")
    assert (record["title"], record["classification"], record["effective_date"], record["location"]) == (
        "Director General, Labour Statistics", "EX-03", dt.date(2015, 1, 9), "Gatineau, QC")
    assert _reports(root, "415102", 1) == [("Director, Compliance", "EX-01", 13)]
    listing = header + "".join(row.replace("415102", str(number)) for number in range(415103, 415106))
    (tmp_path / "listing").mkdir()
    root, result = _import_all(tmp_path / "listing", {"listing.txt": listing})
    assert "listing.txt: a listing of 3 positions (a spreadsheet's rows), not one work description" in \
        result.output, result.output


def test_a_pdfs_ligatures_and_letter_spaced_words_are_read_as_letters_and_words(tmp_path: Path) -> None:
    """A PDF's text layer as producers write it: ligatures (``ﬁ``, ``ﬀ``, ``ﬃ``, a Mac font's private
    ``\\uf001`` for fi) and a heading or value set letter by letter, its words two spaces apart."""
    text = ("WORK DESCRIPTION\nTitle: D i r e c t o r  G e n e r a l ,  I n t e r n a l  A u d i t\n"
            "Position Number: 22069\nClassiﬁcation: EX-03\nSupervisor Title: Chief Audit and Evaluation Executive, "
            "Veri\uf001cation Oﬃce\n\nGENERAL ACCOUNTABILITY\nThe Director General is accountable for an eﬀective "
            "internal audit function.\n")
    root, records = _import(tmp_path, "audit.txt", text)
    record = _record(root, "22069")
    assert (record["title"], record["classification"], record["supervisor"]["title"]) == (
        "Director General, Internal Audit", "EX-03", "Chief Audit and Evaluation Executive, Verification Office")
    assert "accountable for an effective internal audit function" in records


def test_an_annexed_chart_naming_who_holds_each_box_ends_the_duties_and_is_never_copied(tmp_path: Path) -> None:
    """A long description's annexes (``VIII. Annex A: Organizational Chart`` naming who holds each box,
    ``Annexe C – Comités``): no text of the last duty, no reports, no names; a budget annex is the
    dimensions'. A table of contents' line (``Annex A: Organizational Chart ..... 7``) is no heading."""
    text = ("WORK DESCRIPTION\nTable of contents\nVIII. Annex A: Organizational Chart ........ 7\n\n"
            "I. Position Information\nPosition Title: Director, Occupational Standards\nPosition Number: 52218\n"
            "Classification: EX-01\n\nIII. Organization and Reporting Relationships\n"
            "- Manager, Governance and Integration (EC-07, 9 FTEs)\n\nVI. Specific Accountabilities\n"
            "1. Leads the occupational standards program.\n2. Manages the directorate's resources.\n\n"
            "VIII. Annex A – Organization Chart\n• Executive Director, Monitoring and Compliance\n"
            "• Director, Occupational Standards (EX-01)\n    • Manager, Governance and Integration [EC-07] – Liam Morin\n"
            "    • Manager, Resource Management [EC-07] – Jonathan Lalonde\n\n"
            "IX. Annex B – Budget\nSalaries: $3,100,000\nO&M: $400,000\n\nX. Annex C – Committees\n"
            "Committee | Role | Frequency\n")
    root, records = _import(tmp_path, "long.txt", text)
    record = _record(root, "52218")
    assert record["specific_accountabilities"] == ["Leads the occupational standards program.",
                                                   "Manages the directorate's resources."]
    assert record["dimensions"] == {"salary": 3_100_000, "o_and_m": 400_000}
    assert _reports(root, "52218", 1) == [("Manager, Governance and Integration", "EC-07", 9)]
    assert "Morin" not in records and "Lalonde" not in records


def test_a_forms_resources_a_pdf_gave_after_its_signatures_heading(tmp_path: Path) -> None:
    """A PDF of a form's boxes whose values come after the body, under the signatures' heading
    (``Salary budget: $7,010,000``): the position's dimensions still."""
    text = ("WORK DESCRIPTION\nIDENTIFICATION\nGENERAL ACCOUNTABILITY\nLeads procurement.\nDIMENSIONS\n"
            "SPECIFIC ACCOUNTABILITIES\n1. Provides strategic leadership.\nSignatures\n"
            "Position Title: Director, Procurement and Contracting\nPosition No.: 29384\nGroup and Level: EX-01\n"
            "Number of FTEs: 71\nSalary budget: $7,010,000\nO&M: $1,150,000\nTotal Salary and O&M: $8,160,000\n")
    root, _ = _import(tmp_path, "boxes.txt", text)
    assert _record(root, "29384")["dimensions"] == {"fte": 71, "salary": 7_010_000, "o_and_m": 1_150_000,
                                                    "total": 8_160_000}


@pytest.mark.parametrize(("written", "read"), [("Iqaluit (ᐃᖃᓗᐃᑦ), Nunavut", "Iqaluit, NU"),
                                               ("ᑰᔾᔪᐊᖅ Kuujjuaq, Quebec", "Kuujjuaq, QC"),
                                               ("Yellowknife (Sǫ̀mbak'è), Northwest Territories", "Yellowknife, NT"),
                                               ("Inuvik (T.N.-O.)", "Inuvik, NT")])
def test_a_northern_place_beside_its_name_in_inuktitut_or_dene(tmp_path: Path, written: str, read: str) -> None:
    """A place written with its name in syllabics or in another language beside it, or a territory's
    French abbreviation (``T.N.-O.``): the place and its territory's code; the document's words in the note."""
    text = (f"WORK DESCRIPTION\nPosition Title: Director, Northern Operations\nPosition Number: 40711\n"
            f"Classification: EX-01\nLocation: {written}\n\nGENERAL ACCOUNTABILITY\nLeads northern operations.\n")
    root, records = _import(tmp_path, "north.txt", text)
    assert _record(root, "40711")["location"] == read
    assert f'the document says "{written}"' in records


def test_the_supervisors_number_in_the_prose_when_a_label_gave_its_title(tmp_path: Path) -> None:
    """``Supervisor: Director General, X`` among the signatures gives the title; the structure's sentence
    ``reports directly to the Director General, X (EX 03, position no. 25914)`` its number."""
    text = ("WORK DESCRIPTION\nPosition title: Director, Migratory Birds Conservation\nPos. No.: 86956\n"
            "Classification: EX-01\n\nORGANIZATION AND REPORTING RELATIONSHIPS\nThe position reports directly to the "
            "Director General, Business Systems (EX 03, position no.\n25914) and is one of 7 executive positions.\n\n"
            "SPECIFIC RESPONSIBILITIES\n1. Leads the program.\n\nAPPROVALS\nSupervisor: Director General, Business "
            "Systems\n")
    root, _ = _import(tmp_path, "birds.txt", text)
    record = _record(root, "86956")
    assert (record["reports_to"], record["supervisor"]["title"]) == ("25914", "Director General, Business Systems")
    form = ("DESCRIPTION DE TRAVAIL\nTitre: Directeur, Station de recherche\nTitre du superviseur: Président-directeur "
            "général\nMinistère: Savoir polaire Canada\nNuméro de poste: 25222\nClassification: EX-01\n\n"
            "Structure organisationnelle :\nLe titulaire relève du Président-directeur général.\n")
    root, _ = _import(tmp_path, "station.txt", form)  # the next label's number is the position's own
    assert "reports_to" not in _record(root, "25222")


def test_a_markdown_nested_list_and_a_second_level_section_give_the_first_tier(tmp_path: Path) -> None:
    """A Markdown list nested four spaces deep (``*   Director General, X`` over ``    * Director, Y``), and a
    ``Second-level organization`` section of the reports' own reports: no direct reports of the position."""
    text = ("# Work Description\n\n* **Position Title:** Associate Assistant Deputy Minister, Operations\n"
            "* **Position Number:** 71520\n* **Classification:** EX-04\n\n## Organizational Context\n\n"
            "The following positions report directly to the Associate Assistant Deputy Minister:\n\n"
            "*   Director General, Domestic Network (EX-03, 656 FTEs)\n    * Director, Operations (EX-01, 214 FTEs)\n"
            "*   Executive Director, Centralized Network (EX-02, 745 FTEs)\n\n## Second-level organization\n\n"
            "Reporting to the Director General, Domestic Network: Director, Policy and Planning (EX-01, 54 FTEs).\n\n"
            "## Key Responsibilities\n\n1. Leads the network.\n")
    root, _ = _import(tmp_path, "ircc.md", text)
    assert _reports(root, "71520", 2) == [("Director General, Domestic Network", "EX-03", 656),
                                          ("Executive Director, Centralized Network", "EX-02", 745)]


def test_a_reports_to_line_inside_the_structure_with_the_supervisors_number_after_no(tmp_path: Path) -> None:
    """``Reports to: ADM, X (EX-05), position no. 85136`` under the structure's heading: the dot of ``no.``
    ends no sentence, and the number is the supervisor's."""
    text = ("WORK DESCRIPTION\nPosition title: Director General, Legal Services\nPos. No.: 10710\n"
            "Classification: EX-03\n\nORGANIZATION STRUCTURE\nReports to: Assistant Deputy Minister, Corporate "
            "Services Branch (EX-05), position no. 85136\n  Reporting to the Director General, Legal Services are:\n"
            "Director, Operations – EX-01\n\n"
            "KEY ACTIVITIES\n1. Establishes the directorate's priorities.\n")
    root, _ = _import(tmp_path, "legal.txt", text)
    record = _record(root, "10710")
    assert (record["reports_to"], record["supervisor"]["classification"]) == ("85136", "EX-05")


def test_a_sentence_giving_a_reports_own_reports_and_a_unit_named_reporting(tmp_path: Path) -> None:
    """``Reporting to the Director General, X: Director, Y (...)`` after X is listed: Y is X's report, not the
    position's; ``Director, Analytics and Reporting`` names a unit, no sentence."""
    text = ("Position Title: Assistant Deputy Minister, Economic Policy\nPosition Number: 40110\n"
            "Classification: EX-04\n\nORGANIZATION STRUCTURE\nThe following positions report directly to the ADM:\n"
            "• Director General, Economic Analysis (EX-03, 39 FTEs)\n• Chief of Staff (EC-07, 5 FTEs)\n"
            "Reporting to the Director General, Economic Analysis: Director, Operations (EX-01, 9 FTEs); "
            "Director, Policy and Planning (EX-01, 11 FTEs).\n\nSTRUCTURE OF THE DIRECTORATE\nReporting to the "
            "Director General are the Director, Compliance (EX-01, staff of 60); the Director, Analytics and "
            "Reporting (EX-01, staff of 36); and the Director, Research (EX-01, staff of 52).\n\n"
            "KEY ACTIVITIES\n1. Leads the branch.\n")
    root, _ = _import(tmp_path, "adm.txt", text.replace("STRUCTURE OF THE DIRECTORATE\n", "").replace(
        "Reporting to the Director General are", "Also reporting to the ADM are"))
    assert _reports(root, "40110", 5) == [("Director General, Economic Analysis", "EX-03", 39),
                                          ("Chief of Staff", "EC-07", 5), ("Director, Compliance", "EX-01", 60),
                                          ("Director, Analytics and Reporting", "EX-01", 36),
                                          ("Director, Research", "EX-01", 52)]


def test_an_e_mail_around_a_pasted_description_gives_none_of_its_people(tmp_path: Path) -> None:
    """A description pasted into an e-mail, its reply above and the message it quotes below: the closing,
    the signature (``--``, a name, a role, a telephone number, an address), the confidentiality notice and
    the line quoting the last message (``On ... X <x@...> wrote:``) end the last section and are never read."""
    text = ("From:\tArsenault, Erin (ESDC/EDSC)\nSent:\tWednesday, April 24, 2024 7:54 AM\nTo:\tRoy, Marc\n"
            "Subject:\tRE: WD\n\nSee the WD below.\n\nThanks,\nErin\n\nPosition Title: Director, Grants Operations\n"
            "Position Number: 21390\nClassification: EX-01\n\nSpecific Accountabilities:\n"
            "1) Leads the preparation of reports to Parliament.\n"
            "2) Provides advice to the Assistant Deputy Minister.\n\n--\nAhmed Paquette\n"
            "Executive Assistant to the Director General\nTel: 873-616-9257\nahmed.paquette@hrsdc-rhdcc.gc.ca\n\n"
            "This e-mail message and any attachments are intended only for the named recipient(s) and may\n"
            "contain information that is privileged.\n\n"
            "On Mon, Jun 28, 2021 at 5:47 AM Mathieu Nguyen <mathieu.nguyen@hrsdc-rhdcc.gc.ca> wrote:\n"
            "> Annie,\n>\n> See below.\n>\n> Merci,\n> Mathieu\n")
    root, records = _import(tmp_path, "RE_ Revised WD.txt", text)
    accountabilities = _record(root, "21390")["specific_accountabilities"]
    assert accountabilities[-1] == "Provides advice to the Assistant Deputy Minister."
    for person in ("Erin", "Ahmed", "Paquette", "Mathieu", "Nguyen", "@", "873-616", "intended only", "Annie"):
        assert person not in records


def test_who_acts_in_a_report_or_the_supervisors_position_is_never_copied(tmp_path: Path) -> None:
    """An acting incumbent after a report's details (``– Wendy Abernethy (acting)``, ``– Josée Ivanova
    (interim)``), in a clause wrapped over two lines (``; currently staffed on an acting basis (Shauna`` /
    ``Girouard)``) or in a sentence about the supervisor (``filled on an acting basis by Marc Thibodeau``):
    the reports are read, the names are in no record."""
    text = ("Position Title: Director, Tariff Policy\nPosition Number: 33994\nClassification: EX-01\n\n"
            "GENERAL ACCOUNTABILITY\nThe Director reports to the Director General, Trade (EX-03), a position "
            "currently filled on an acting basis by Marc Thibodeau. The Director leads tariff policy.\n\n"
            "ORGANIZATION STRUCTURE\n* Manager, Program Design (MT-07, 18 FTE) – Wendy Abernethy (acting)\n"
            "* Team Leader, Regulatory Affairs (EC-06, 2 FTEs); currently staffed on an acting basis (Shauna\n"
            "Girouard): responsible for partnerships.\n* Director, Prairies (EX-01, 53 FTEs) – Josée Ivanova "
            "(interim)\n\nKEY ACTIVITIES\n1. Leads the directorate.\n")
    root, records = _import(tmp_path, "tariff.txt", text)
    assert [title for title, _, _ in _reports(root, "33994", 3)] == [
        "Manager, Program Design", "Team Leader, Regulatory Affairs", "Director, Prairies"]
    for name in ("Thibodeau", "Abernethy", "Girouard", "Ivanova"):
        assert name not in records


def test_a_classification_request_holding_the_description_and_its_rationale(tmp_path: Path) -> None:
    """A request's form, the work description, then its ``CLASSIFICATION RATIONALE`` (ratings and who evaluated
    it): the description is read up to the rationale, whose evaluators are in no record; a label naming a
    decision (``DATE OF CLASSIFICATION DECISION``) ends nothing. In French too (``JUSTIFICATION DE LA
    CLASSIFICATION``, ``ÉVALUÉ PAR :``)."""
    request = ("REQUEST FOR CLASSIFICATION ACTION\n\nType of action: Reclassification (upward)\n\n"
               "EXECUTIVE WORK DESCRIPTION\n\nPosition Title: Executive Director, Case Management\n"
               "Position Number: 12799\nClassification: EX-02\nDATE OF CLASSIFICATION DECISION\n2020-01-27\n\n"
               "SPECIFIC ACCOUNTABILITIES\n1. Directs case management in the region.\n\nCLASSIFICATION RATIONALE\n"
               "The committee concluded that the work is properly evaluated at the EX-02 level.\n"
               "Evaluated by:\n    Graham Ellery, Peter Van Loon\n")
    french = ("DEMANDE DE CLASSIFICATION\n\nDESCRIPTION DE TRAVAIL\n\nTitre du poste : Directrice exécutive, "
              "Politiques\nNuméro du poste : 45120\nGroupe et niveau : EX-02\n\nACTIVITÉS PRINCIPALES\n"
              "1. Dirige l'élaboration des politiques.\n\nJUSTIFICATION DE LA CLASSIFICATION\nLe poste est évalué "
              "au niveau EX-02.\nÉVALUÉ PAR : Luc Thibodeau, Isabelle Gagnon\n")
    for name, text, number, last in (("request.txt", request, "12799", "Directs case management in the region."),
                                     ("demande.txt", french, "45120", "Dirige l'élaboration des politiques.")):
        root, records = _import(tmp_path, name, text)
        assert _record(root, number)["specific_accountabilities"] == [last]
        for person in ("Ellery", "Van Loon", "Thibodeau", "Gagnon", "committee", "évalué au"):
            assert person not in records


def test_an_rtf_document_saved_as_rtf_or_as_text(tmp_path: Path) -> None:
    """An RTF file (``.rtf``, or saved as ``.txt`` with its markup, or its body copied without its header):
    its words, ``\\'e9`` escapes as the code page's letters, and its table rows as a Word table's
    (``TITLE | value`` a label and its value)."""
    rtf = (r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss Arial;}}" "\n"
           r"\pard\qc\b Work Description\b0\par" "\n"
           r"\trowd\cellx4500\cellx9000\pard\intbl TITLE\cell Executive Director, Atlantic Forestry Centre"
           r"\cell \row" "\n"
           r"\trowd\cellx4500\cellx9000\pard\intbl GROUP/LEVEL\cell EX-02\cell \row" "\n"
           r"\trowd\cellx4500\cellx9000\pard\intbl POSITION #\cell 141872\cell \row" "\n"
           r"\trowd\cellx4500\cellx9000\pard\intbl WORK LOCATION\cell Montr\'e9al, Quebec\cell \row" "\n"
           r"\pard\b General Accountability\b0\par Provides leadership for the forest science program.\par" "\n"
           r"\pard\b Specific Accountabilities\b0\par 1. Directs the centre\rquote s research.\par}")
    body = rtf[rtf.index("\n") + 1:-1]  # "\pard ... \par" lines without "{\rtf1 ...}"
    for name, text in (("centre.rtf", rtf), ("centre (rtf).txt", rtf), ("centre body.txt", body)):
        root, _ = _import(tmp_path, name, text)
        record = _record(root, "141872")
        assert (record["title"], record["classification"], record["location"]) == (
            "Executive Director, Atlantic Forestry Centre", "EX-02", "Montréal, QC")
        assert record["specific_accountabilities"] == ["Directs the centre's research."]


def test_a_note_to_file_about_the_incumbent_and_successors_is_no_part_of_the_description(tmp_path: Path) -> None:
    """A talent-management delegate's note to file after the accountabilities (``Note to file - X, ETM delegate:
    incumbent eligible to retire ...``, ``Note au dossier (X, déléguée GTC) :``): the last accountability ends
    before it, and neither the delegate's name nor the note is in a record."""
    for name, note, number in (("rail.txt", "Note to file - Olivier Savard, ETM delegate: incumbent eligible to "
                                            "retire in 2026; no ready-now\nsuccessor.", "41872"),
                               ("dg.txt", "Note au dossier (Karine Lachance, déléguée GTC) : départ à la retraite "
                                          "prévu en 2026.", "41873")):
        text = (f"Position Title: Director, Rail Safety Oversight\nPosition Number: {number}\nClassification: EX-01\n\n"
                "SPECIFIC ACCOUNTABILITIES\n1. Directs the oversight of federally regulated railways.\n\n"
                f"{note}\n\nSignatures\nThe foregoing is an accurate and complete statement.\n")
        root, records = _import(tmp_path, name, text)
        assert _record(root, number)["specific_accountabilities"] == [
            "Directs the oversight of federally regulated railways."]
        for words in ("Savard", "Lachance", "retire", "retraite"):
            assert words not in records


def test_an_organization_chart_named_below_a_pages_menu_or_in_capitals_inside_a_scans_run(tmp_path: Path) -> None:
    """An intranet page saved as text, its chart's name below the page's menu (``Skip to main content``,
    ``You are here:``, its breadcrumb), and a scan's run whose name alone is in capitals (``Citizen Services
    Branch - Ontario Region ORGANIZATION CHART As of April 1, 2O18 ...``): organization charts, refused."""
    page = ("Skip to main content\n\nLanguage selection\nFrançais <https://intranet.example.gc.ca/fr>\n\n"
            "Innovation, Science and Economic Development Canada - Intranet\n\nYou are here:\n  1. Home\n"
            "  2. About us\n  3. Organizational charts\n\nSpectrum Sector - Organizational chart\n\n"
            "Senior Assistant Deputy Minister, Spectrum\nAmandeep Sharma (EX-05)\n\n"
            "    Director General, Spectrum Licensing Operations (EX-02)\n"
            "        Director, Auction Operations (EX-01)\n")
    scan = ("Citizen Services Branch - Ontario Region ORGANIZATION CHART As of April 1, 2O18 Director General, "
            "Citizen Services EX-O3 Kathleen Murphy | | | Director, Passport Services EX-Ol (vacant) Director, "
            "Service Delivery, Northern Ontario EX-01 Colin Fraser Senior Advisor to the DG PM-O6 Executive "
            "Assistant AS-O2 | Managers, Service Canada Centres (I4) PM-O6 | Total FTEs: I,2O6 Prepared by "
            "Corporate Planning, Ontario Region Page 1 of 1\n")
    root, result = _import_all(tmp_path, {"chart.txt": page, "scan chart.txt": scan})
    assert result.stderr.count("an organization chart, not a work description") == 2, result.output
    assert not list((root / "records/positions").glob("*.yaml"))


def test_a_table_of_fiscal_years_in_thousands_gives_the_current_years_dollars(tmp_path: Path) -> None:
    """A Word table of three years whose first header cell gives its unit (``| ($000) | 2013/14 Actual |
    2014/15 Current Year | 2015/16 Planned |``): the current year's figures, in thousands of dollars."""
    text = ("Position Title: Director General, Rail Safety Oversight\nPosition Number: 48001\nClassification: EX-03\n\n"
            "DIMENSIONS\n| ($000) | 2013/14 Actual | 2014/15 Current Year | 2015/16 Planned |\n"
            "| Full-time equivalents | 342 | 329 | 316 |\n| Salary budget | 31,777 | 34,540 | 33,158 |\n"
            "| O&M budget | 2,690 | 2,924 | 3,070 |\n| Total | 34,467 | 37,464 | 36,228 |\n\n"
            "SPECIFIC ACCOUNTABILITIES\n1. Directs rail safety oversight.\n")
    root, _ = _import(tmp_path, "rail.txt", text)
    dims = _record(root, "48001")["dimensions"]
    assert (dims["fte"], dims["salary"], dims["o_and_m"], dims["total"]) == (329, 34_540_000, 2_924_000, 37_464_000)


def test_a_french_supervisors_title_without_its_acting_mark(tmp_path: Path) -> None:
    """``Directeur général régional par intérim, Région du Québec``: who acts in the position, not its title."""
    text = ("DESCRIPTION DE TRAVAIL\nTitre du poste : Directeur, Sécurité ferroviaire\nNuméro du poste : 40212\n"
            "Groupe et niveau : EX-01\nSuperviseur : Directeur général régional par intérim, Région du Québec\n\n"
            "RESPONSABILITÉ GÉNÉRALE\nDirige la sécurité ferroviaire de la région.\n")
    root, _ = _import(tmp_path, "rail.txt", text)
    assert _record(root, "40212")["supervisor"]["title"] == "Directeur général régional, Région du Québec"


def test_a_scans_ct_read_as_d_in_a_title_is_mended(tmp_path: Path) -> None:
    """``Diredor General``: a scan read ``ct`` as one ``d``; the title is mended and marked with what it read."""
    text = ("Position Title: Diredor General, Pacific Forestry Centre\nPosition Number: 40213\n"
            "Classification: EX-03\n\nGENERAL ACCOUNTABILITY\nDirects the forestry research centre.\n")
    root, records = _import(tmp_path, "forestry.txt", text)
    assert _record(root, "40213")["title"] == "Director General, Pacific Forestry Centre"
    assert 'the document reads "Diredor General, Pacific Forestry Centre"' in records


def test_a_tabbed_tables_row_whose_last_or_middle_cell_is_empty_keeps_its_columns(tmp_path: Path) -> None:
    """A PDF's or text's tab-separated table of reports (``Director, X<tab>EX-01<tab>``, ``Manager, Y<tab><tab>30``):
    a row with an empty cell is still one of its rows, its values in their columns."""
    text = ("Position Title: Director General, Energy Research\nPosition Number: 40214\nClassification: EX-03\n\n"
            "ORGANIZATION STRUCTURE\nThe following positions report to the incumbent:\nPosition\tGroup/Level\tFTEs\n"
            "Director, Economic Analysis\tEX-01\t71\nDirector, Outreach and Marketing\tEX-01\t\n"
            "Manager, Policy and Analysis\t\t30\nExecutive Assistant\tAS-03\t1\n\n"
            "GENERAL ACCOUNTABILITY\nDirects energy research programs.\n")
    root, _ = _import(tmp_path, "energy.txt", text)
    assert _reports(root, "40214", 4) == [("Director, Economic Analysis", "EX-01", 71),
                                          ("Director, Outreach and Marketing", "EX-01", None),
                                          ("Manager, Policy and Analysis", None, 30),
                                          ("Executive Assistant", "AS-03", 1)]


def test_a_number_label_written_with_a_hash_is_no_markdown_heading(tmp_path: Path) -> None:
    """``# de poste : 057538`` in a text file: the position number's label, not a Markdown heading."""
    text = ("DESCRIPTION DE POSTE - EX\nTitre du poste : Directeur, Unité de gestion\nClassification : EX-01\n"
            "# de poste : 057538\n\nRAISON D'ÊTRE DU POSTE\nLe directeur assure la gestion des opérations du centre.\n")
    root, _ = _import(tmp_path, "unite.txt", text)
    assert _record(root, "057538")["title"] == "Directeur, Unité de gestion"


def test_letters_a_lossy_conversion_replaced_are_restored_from_the_word_lists(tmp_path: Path) -> None:
    """A file saved through a conversion that wrote U+FFFD for each accented letter (``Sant\ufffd Canada``,
    ``\ufffdcosyst\ufffdmes``): the words the word lists know are restored and marked; a name they do
    not know keeps the gap."""
    text = ("Sant\ufffd Canada\nTitre du poste : Directrice, Sciences et \ufffdcosyst\ufffdmes aquatiques\n"
            "Num\ufffdro du poste : 38916\nClassification : EX-01\nTitulaire : Julie L\ufffdvesque\n\n"
            "RESPONSABILIT\ufffdS G\ufffdN\ufffdRALES\nLa titulaire dirige l\ufffdunit\ufffd de recherche.\n")
    root, records = _import(tmp_path, "sciences.txt", text)
    record = _record(root, "38916")
    assert record["title"] == "Directrice, Sciences et écosystèmes aquatiques"
    assert "letters a conversion lost (U+FFFD) restored in écosystèmes" in records
    assert record["general_accountability"] == "La titulaire dirige l'unité de recherche."
    assert "\ufffd" not in records and "vesque" not in records


def test_a_word_value_struck_through_beside_its_new_one_is_no_part_of_it(tmp_path: Path) -> None:
    """``Position No. | ~~75940~~ 15814``: a number crossed out in Word (strike or double strike)
    beside the one that replaced it; the new one is the position's."""
    import docx

    document = docx.Document()
    rows = document.add_table(rows=0, cols=2)
    for label, old, new in (("Position Title", "Director, Security", "Director, Asset Management"),
                            ("Position No.", "75940", "15814"), ("Classification", None, "EX-01")):
        cells = rows.add_row().cells
        cells[0].text = label
        paragraph = cells[1].paragraphs[0]
        if old:
            paragraph.add_run(old).font.strike = True
            paragraph.add_run(" ")
        paragraph.add_run(new)
    document.add_paragraph("GENERAL ACCOUNTABILITY")
    document.add_paragraph("The Director is accountable for the department's real property.")
    out = io.BytesIO()
    document.save(out)
    root, _ = _import(tmp_path, "asset.docx", out.getvalue())
    assert _record(root, "15814")["title"] == "Director, Asset Management"
    assert not (root / "records/positions/75940.yaml").exists()


def test_a_values_former_one_beside_it_is_no_part_of_it(tmp_path: Path) -> None:
    """A description edited across a reorganization: ``(previously ...)``, ``[was ...]``, ``(old: ...)``,
    ``(auparavant ...)`` beside a title, a supervisor, a place and a figure; ``(added 2021)`` beside a report."""
    text = ("Job Title: Director, Asset Management (previously Director, Security and Emergency Management)\n"
            "Position No.: 15814\nGroup and Level: EX-01\nWork Location: Ottawa, Ontario [was Edmonton, Alberta]\n"
            "Immediate Supervisor Title: Director General, Real Property (old: Executive Director, Real Property)\n\n"
            "ORGANIZATION STRUCTURE\nThe following positions report to the Director:\n"
            "• Manager, Facilities Operations (AS-06) - 10 FTEs\n"
            "• Manager, Data Platforms (added 2021) (CS-04) - 6 FTEs\n\n"
            "DIMENSIONS\nFTEs: 16 (previously 86)\nSalary: $1,200,000 [was $7,310,000 in 2015-16]\n\n"
            "GENERAL ACCOUNTABILITY\nThe Director is accountable for the department's real property.\n")
    root, records = _import(tmp_path, "asset.txt", text)
    record = _record(root, "15814")
    assert record["title"] == "Director, Asset Management"
    assert record["supervisor"]["title"] == "Director General, Real Property"
    assert record["location"] == "Ottawa, ON"
    assert (record["dimensions"]["fte"], record["dimensions"]["salary"]) == (16, 1_200_000)
    assert _reports(root, "15814", 2) == [("Manager, Facilities Operations", "AS-06", 10),
                                          ("Manager, Data Platforms", "CS-04", 6)]
    assert "Edmonton" not in records and "previously" not in records.split("general_accountability")[0]


def test_a_report_that_moved_to_another_branch_is_no_longer_one(tmp_path: Path) -> None:
    """``No longer a direct report: Manager, X - moved to ...``, ``Manager, Y ... transférée à ...``:
    a note where the report was listed, not a report; the reports listed before and after it stay."""
    text = ("Position Title: Director, Costing\nPosition Number: 50743\nClassification: EX-01\n\n"
            "ORGANIZATION STRUCTURE\nThe following positions report to the Director:\n"
            "• Manager, Financial Systems – CS-03 – 9 FTEs\n"
            "No longer a direct report: Manager, Budget Planning – FI-03 – 4 FTEs - moved to Corporate Services\n"
            "on April 1, 2019; no longer reports to this position.\n• Senior Financial Advisor – FI-04 – 1 FTE\n\n"
            "GENERAL ACCOUNTABILITY\nThe Director is accountable for costing.\n")
    root, _ = _import(tmp_path, "costing.txt", text)
    assert _reports(root, "50743", 2) == [("Manager, Financial Systems", "CS-03", 9),
                                          ("Senior Financial Advisor", "FI-04", 1)]


def test_a_fiscal_years_table_broken_by_a_page_keeps_its_current_year(tmp_path: Path) -> None:
    """A PDF's two-year table whose rows a page's running header and number interrupt: the rows after
    the break still give the current year's figures, not the old year's."""
    text = ("Titre du poste : Directeur exécutif, Infrastructure\nNuméro du poste : 93634\nClassification : EX-02\n\n"
            "DIMENSIONS\n                                         2013-2014    2021-2022 (actuel)\n"
            "Effectif                                 100          90\n"
            "EDSC - Directeur exécutif, Infrastructure          Page 1 de 2\n\n"
            "Budget salarial                          8 100 000 $  9 540 000 $\n"
            "Budget total                             8 190 000 $  9 660 000 $\n\n"
            "RESPONSABILITÉ GÉNÉRALE\nLe titulaire dirige les programmes d'infrastructure.\n")
    root, _ = _import(tmp_path, "infra.txt", text)
    dims = _record(root, "93634")["dimensions"]
    assert (dims["fte"], dims["salary"], dims["total"]) == (90, 9_540_000, 9_660_000)


def test_a_table_of_the_positions_figures_beside_its_branchs_gives_the_positions(tmp_path: Path) -> None:
    """``| Ressource | Poste | Direction générale |``: the position's own column, not its branch's
    larger figures (nor the transfer payments only the branch has)."""
    text = ("Titre du poste : Directeur, Ports pour petits bateaux\nNuméro du poste : 40215\nClassification : EX-01\n\n"
            "DIMENSIONS\n| Ressource | Poste | Direction générale |\n| ETP | 132 | 1 143 |\n"
            "| Traitements et salaires | 13 050 000 $ | 106 050 000 $ |\n"
            "| Budget de F et E | 400 000 $ | 7 755 000 $ |\n"
            "| Budget total | 13 450 000 $ | 113 805 000 $ |\n| Paiements de transfert | s.o. | 41 000 000 $ |\n\n"
            "RESPONSABILITÉ GÉNÉRALE\nLe titulaire dirige le programme des ports pour petits bateaux.\n")
    root, _ = _import(tmp_path, "ports.txt", text)
    dims = _record(root, "40215")["dimensions"]
    assert (dims["fte"], dims["salary"], dims["o_and_m"], dims["total"]) == (132, 13_050_000, 400_000, 13_450_000)


def test_a_bilingual_forms_row_of_two_dimensions_gives_both(tmp_path: Path) -> None:
    """A Word table whose rows hold two bilingual labels and their values (``| Salary / Salaires | $18.36M
    | O&M / F et E | $1,034,000 |``): each value its label's."""
    text = ("# WORK DESCRIPTION\n\n* **Position Title:** Director, Settlement Network\n* **Position Number:** 40216\n"
            "* **Classification:** EX-01\n\n## DIMENSIONS\n\n"
            "| Salary / Salaires | $18.36M | O&M / F et E | $1,034,000 |\n"
            "| Total | $19,394,000 | Clients served / Clients servis | 660,000 |\n\n"
            "## GENERAL ACCOUNTABILITY\n\nThe Director manages settlement contribution agreements.\n")
    root, _ = _import(tmp_path, "settlement.docx", docx_bytes(text))
    dims = _record(root, "40216")["dimensions"]
    assert (dims["salary"], dims["o_and_m"], dims["total"]) == (18_360_000, 1_034_000, 19_394_000)


def test_a_spaced_table_of_reports_with_a_blank_row_is_no_forms_boxes(tmp_path: Path) -> None:
    """A PDF's table of reports laid out with spaces, one report's classification and FTEs blank
    (``Chief, Engineering`` alone on its row): its rows are reports, not a form's values under labels."""
    text = ("Position Title: Director, Rail Safety Oversight\nPosition Number: 40217\nClassification: EX-01\n\n"
            "ORGANIZATIONAL STRUCTURE\nDirect reports / Subordonnés directs :\n"
            "      Position Title / Titre du poste                  Classification          FTEs / ETP\n"
            "      Chief, Inspection Programs                              TI 07                  31\n"
            "      Chief, Engineering\n"
            "      Chief, Regulatory Affairs                               EC-06                  19\n\n"
            "GENERAL ACCOUNTABILITY\nThe Director oversees rail safety.\n")
    root, _ = _import(tmp_path, "rail.txt", text)
    assert _reports(root, "40217", 3) == [("Chief, Inspection Programs", "TI-07", 31),
                                          ("Chief, Engineering", None, None),
                                          ("Chief, Regulatory Affairs", "EC-06", 19)]


def test_names_beside_and_under_reports_are_never_copied(tmp_path: Path) -> None:
    """Incumbents' names where reports are listed: in brackets after a report's line (``... 17 ETP
    (Sandra Pelletier)``), set under a report's row in a spaced table, opening a report's words
    (``- Gilles Arseneault: responsible for ...``). No record holds a name; the reports' titles stay whole."""
    listed = ("Titre du poste : Directeur général, Énergie propre\nNuméro du poste : 40218\nClassification : EX-03\n\n"
              "STRUCTURE ORGANISATIONNELLE\nRelèvent du titulaire :\n"
              "  - Directeur, Relations avec les intervenants - EX-01 - 17 ETP (Sandra Pelletier)\n"
              "  - Conseiller principal en politiques - EC-06 - 1 ETP (Karim Benali)\n\n"
              "RESPONSABILITÉ GÉNÉRALE\nLe titulaire dirige les programmes d'énergie propre.\n")
    spaced = ("Position Title: Director, Youth Employment Programs\nPosition Number: 40219\nClassification: EX-01\n\n"
              "ORGANIZATION\n        Position Title                                            Level     Staff\n"
              "        Manager, Regional Coordination                            AS-07     20\n"
              "            Catherine Ng\n"
              "        Manager, Client Services                                  EC-07     10\n"
              "            Julien Beaulieu\n\n"
              "GENERAL ACCOUNTABILITY\nThe Director manages youth employment programs.\n")
    opened = ("Position Title: Director, Rail Safety\nPosition Number: 40220\nClassification: EX-01\n\n"
              "ORGANIZATION STRUCTURE\n"
              "4.1 Manager, Data and Analytics (AS-07, 17 FTEs) - Gilles Arseneault: responsible for\n"
              "the coordination of the division's activities.\n\n"
              "GENERAL ACCOUNTABILITY\nThe Director oversees rail safety.\n")
    for name, text, number, reports in (("energie.txt", listed, "40218", [
            ("Directeur, Relations avec les intervenants", "EX-01", 17),
            ("Conseiller principal en politiques", "EC-06", 1)]),
            ("youth.txt", spaced, "40219", [("Manager, Regional Coordination", "AS-07", 20),
                                            ("Manager, Client Services", "EC-07", 10)]),
            ("rail.txt", opened, "40220", [("Manager, Data and Analytics", "AS-07", 17)])):
        root, records = _import(tmp_path, name, text)
        assert _reports(root, number, len(reports)) == reports
        everything = "\n".join(p.read_text() for p in (root / "records/positions").glob("*.yaml"))
        for person in ("Pelletier", "Benali", "Catherine Ng", "Beaulieu", "Arseneault"):
            assert person not in everything
    assert "Responsible for the coordination of the division's activities." in everything


def test_an_old_descriptions_retired_groups_and_the_reports_of_legal_and_medical_units(tmp_path: Path) -> None:
    """A 1979 description classified ``SM-2`` under an ``SX-2`` (groups retired since, still in the
    folder), and reports whose titles start with a lawyer's or a physician's role (``Avocat-conseil``,
    ``Regional Medical Officer``): read as written, the reports listed."""
    old = ("POSITION TITLE: Director, Research\nPOSITION NUMBER: 40221\nCLASSIFICATION: SM-2\n"
           "SUPERVISOR: Assistant Deputy Minister, Competition Policy\nSUPERVISOR'S CLASSIFICATION: SX-2\n\n"
           "GENERAL ACCOUNTABILITY\nDirects economic research on competition.\n")
    root, _ = _import(tmp_path, "research.txt", old)
    record = _record(root, "40221")
    assert (record["classification"], record["supervisor"]["classification"]) == ("SM-02", "SX-02")
    legal = ("Titre du poste : Directeur adjoint, Services juridiques\nNuméro du poste : 40222\n"
             "Classification : LC-01\n\nSTRUCTURE\nLes postes suivants relèvent du titulaire :\n\n"
             "- Avocat-conseil, Droit maritime – LP 3 – 5 ETP\n"
             "- Avocate-conseil, Droit aérien – LP 3 – 6 ETP\n- Adjointe juridique – AS 1 – 2 ETP\n\n"
             "RESPONSABILITÉ GÉNÉRALE\nLe titulaire dirige les services juridiques.\n")
    root, _ = _import(tmp_path, "juridique.txt", legal)
    assert _reports(root, "40222", 3) == [("Avocat-conseil, Droit maritime", "LP-03", 5),
                                          ("Avocate-conseil, Droit aérien", "LP-03", 6),
                                          ("Adjointe juridique", "AS-01", 2)]
    medical = ("Position Title: Director, Medical Assessment\nPosition Number: 40223\nClassification: MD-MSP-02\n\n"
               "ORGANIZATIONAL STRUCTURE\nThe following positions report to the Director:\n"
               "o Regional Medical Officer, Asia-Pacific (MD-MOF-04, 5 FTE)\no Policy Analyst (EC-05, 2 FTE)\n\n"
               "GENERAL ACCOUNTABILITY\nDirects the medical assessment of clients.\n")
    root, _ = _import(tmp_path, "medical.txt", medical)
    assert _reports(root, "40223", 2) == [("Regional Medical Officer, Asia-Pacific", "MD-MOF-04", 5),
                                          ("Policy Analyst", "EC-05", 2)]


def test_a_label_word_ending_a_wrapped_sentence_is_no_field(tmp_path: Path) -> None:
    """``The following positions report to the Director, X, Migration Health`` / ``Branch:`` and the
    list: the sentence's last word, not a branch field; the list under it is the reports."""
    text = ("Position Title: Director, Medical Assessment and Standards\nPosition Number: 40224\n"
            "Classification: EX-01\n\nGENERAL ACCOUNTABILITY\nDirects the medical assessment of clients.\n\n"
            "ORGANIZATIONAL STRUCTURE\n"
            "The following positions report to the Director, Medical Assessment and Standards, Migration Health\n"
            "Branch:\no Manager, Medical Standards (NU-HOS-04, 6 FTE)\no Policy Analyst (EC-05, 2 FTE)\n\n"
            "DIMENSIONS\nFTEs: 9\n")
    root, _ = _import(tmp_path, "standards.txt", text)
    assert _reports(root, "40224", 2) == [("Manager, Medical Standards", "NU-HOS-04", 6), ("Policy Analyst", "EC-05", 2)]
    assert "branch" not in _record(root, "40224")


def test_who_holds_a_report_written_in_a_sentence_is_never_copied(tmp_path: Path) -> None:
    """``Currently held by X.``, ``Poste occupé par X.``, ``– X – on leave; backfilled by Y.``: who
    holds a report, in its words; the names reach no record, the reports stay."""
    text = ("Position Title: Director, Critical Minerals Policy\nPosition Number: 40225\nClassification: EX-01\n\n"
            "ORGANIZATION STRUCTURE\nThe following positions report to the Director:\n"
            "• Manager, Supply Chains (EC-07, 5 FTEs). Currently held by Owen O'Connell.\n"
            "• Chef, Exploration lunaire (AS-07, 3 FTEs). Poste occupé par Chantal McAllister.\n"
            "• Manager, Plastics (PM-06, 4 FTEs) – Kwame Giroux – on leave; backfilled by Benoît Giroux.\n\n"
            "GENERAL ACCOUNTABILITY\nThe Director leads critical minerals policy.\n")
    root, _ = _import(tmp_path, "minerals.txt", text)
    assert [title for title, _, _ in _reports(root, "40225", 3)] == [
        "Manager, Supply Chains", "Chef, Exploration lunaire", "Manager, Plastics"]
    everything = "\n".join(p.read_text() for p in (root / "records/positions").glob("*.yaml"))
    for person in ("O'Connell", "McAllister", "Giroux"):
        assert person not in everything


def test_a_supervisor_named_with_the_person_or_under_whose_direction(tmp_path: Path) -> None:
    """``one of 7 senior positions reporting to Ravi Nakamura, Director General, Pension Centre`` and
    ``Under the direction of the Director General, X, the incumbent ...``: the supervisor's title, no name."""
    named = ("Position Title: Director, Pension Centre Operations\nPosition Number: 40226\nClassification: EX-01\n\n"
             "ORGANIZATION STRUCTURE\nThe Director is one of 7 senior positions reporting to Ravi Nakamura, "
             "Director General, Pension Centre.\n\nGENERAL ACCOUNTABILITY\nThe Director runs the pension centre.\n")
    root, records = _import(tmp_path, "pension.txt", named)
    assert _record(root, "40226")["supervisor"]["title"] == "Director General, Pension Centre"
    assert "Nakamura" not in records
    directed = ("Position Title: Regional Director, Quebec Region\nPosition Number: 40227\nClassification: EX-02\n\n"
                "GENERAL ACCOUNTABILITY\nUnder the direction of the Director General, Regional Operations, "
                "the incumbent "
                "is accountable for the region's programs.\n")
    root, _ = _import(tmp_path, "quebec.txt", directed)
    assert _record(root, "40227")["supervisor"]["title"] == "Director General, Regional Operations"


def test_a_generic_descriptions_annex_gives_the_positions_own_values(tmp_path: Path) -> None:
    """A generic description (``Position number: See Annex A``, example reports and figures ``for
    illustration only``) followed by the annex for one position: the annex's title, number, place,
    supervisor, reports and dimensions are the position's."""
    text = ("# Generic Work Description - Regional Director General\n\n* **Position title:** Regional Director General\n"
            "* **Position number:** See Annex A\n* **Location:** As per annex\n"
            "* **Reports to:** Senior Assistant Deputy Minister, Operations (EX-05)\n\n## General accountability\n\n"
            "Leads the Department's programs and services in a region.\n\n## Organization structure\n\n"
            "Typical direct reports (for illustration only): Regional Director, Science (EX-02, 150 FTEs).\n\n"
            "## Dimensions\n\nExample (typical position): Salary $38,000,000.00; O&M $9,500,000.00.\n\n---\n\n"
            "## Annex A - Position-specific information\n\n"
            "* **Position title:** Regional Director General, Arctic Region\n"
            "* **Position number:** 30381\n* **Group and level:** EX-03\n* **Location:** Winnipeg (Manitoba)\n"
            "* **Reports to:** Senior Assistant Deputy Minister, Operations (EX-05), position no. 12069\n\n"
            "Direct reports:\n\n| Position | Group/Level | FTEs |\n|---|---|---|\n"
            "| Regional Director, Fisheries Management | EX-01 | 80 |\n\nFTEs: 281\nSalary: $26,810K\nO&M: $9,202K\n")
    root, _ = _import(tmp_path, "arctic.md", text)
    record = _record(root, "30381")
    assert (record["title"], record["location"]) == ("Regional Director General, Arctic Region", "Winnipeg, MB")
    assert (record["dimensions"]["salary"], record["dimensions"]["o_and_m"]) == (26_810_000, 9_202_000)
    assert _reports(root, "30381", 1) == [("Regional Director, Fisheries Management", "EX-01", 80)]


def test_a_supervisor_named_twice_the_second_time_in_full(tmp_path: Path) -> None:
    """``Sous l'autorité de la sous-ministre adjointe, ...`` then ``Le poste relève de la sous-ministre
    adjointe, Services immobiliers (EX-04) (poste 73393)``: one supervisor, its full title."""
    text = ("Intitulé du poste: Directrice générale, Gestion des biens immobiliers\nNo de poste: 701589\n"
            "Groupe/niveau: EX 03\n\nMANDAT\n"
            "Sous l'autorité de la sous-ministre adjointe, le titulaire dirige l'unité.\n"
            "Le poste relève de la sous-ministre adjointe, Services immobiliers (EX-04) (poste 73393).\n")
    root, _ = _import(tmp_path, "biens.txt", text)
    supervisor = _record(root, "701589")["supervisor"]
    assert supervisor["title"] == "sous-ministre adjointe, Services immobiliers"
    assert _record(root, "701589")["reports_to"] == "73393"


def test_an_hr_systems_location_code_before_the_place_is_no_part_of_it(tmp_path: Path) -> None:
    """``Location: KIN574 Kingston, ON``, ``REG6B1 - Regina, SK``: the system's code, then the place."""
    for number, place, expected in (("40228", "KIN574 Kingston, ON", "Kingston, ON"),
                                    ("40229", "REG6B1 - Regina, Saskatchewan", "Regina, SK")):
        text = (f"Position Title: Director General, Policy\nPosition Number: {number}\nClassification: EX-03\n"
                f"Location: {place}\n\nGENERAL ACCOUNTABILITY\nThe Director General leads policy.\n")
        root, _ = _import(tmp_path, f"{number}.txt", text)
        assert _record(root, number)["location"] == expected


def test_a_sticky_note_photographed_with_the_page_is_no_part_of_the_description(tmp_path: Path) -> None:
    """``POST-IT: check FTE count w/ Kwame Asante before it goes up``: a note stuck on the page, its
    words (and the name in them) in no record."""
    text = ("Position Title: Executive Director, Animal Health\nPosition Number: 40230\nClassification: EX-02\n\n"
            "GENERAL ACCOUNTABILITY\nThe Executive Director leads the animal health program.\n"
            "POST-IT: check FTE count w/ Kwame Asante before it goes up\n\nDIMENSIONS\nFTEs: 120\n")
    root, records = _import(tmp_path, "animal.txt", text)
    assert _record(root, "40230")["general_accountability"] == "The Executive Director leads the animal health program."
    assert "Asante" not in records


def test_a_supervisor_the_position_is_accountable_to_for_something(tmp_path: Path) -> None:
    """``Accountable to the Assistant Deputy Minister, Operations for the design and delivery of ...``:
    the supervisor's title ends where what the position answers for begins."""
    text = ("Position Title: Director General, Security\nPosition Number: 40231\nClassification: EX-03\n\n"
            "GENERAL ACCOUNTABILITY\nAccountable to the Assistant Deputy Minister, Operations for the design and "
            "delivery of the security program.\n")
    root, _ = _import(tmp_path, "security.txt", text)
    assert _record(root, "40231")["supervisor"]["title"] == "Assistant Deputy Minister, Operations"


def test_who_acts_in_the_supervisors_position_is_no_part_of_its_title(tmp_path: Path) -> None:
    """``Supervisor: Director General, X – acting: Ruth Okonkwo`` and ``– intérim : Paul Gendreau``:
    the supervisor's title without who acts in it, and no name in any record."""
    for number, line, expected in (
            ("40232", "Supervisor's title: Director General, Heritage Policy – acting: Ruth Okonkwo",
             "Director General, Heritage Policy"),
            ("40233", "Titre du poste du superviseur : Directrice générale, Région de l'Ouest – intérim : "
             "Paul Gendreau", "Directrice générale, Région de l'Ouest")):
        text = (f"Position Title: Director, Museums\nPosition Number: {number}\nClassification: EX-01\n{line}\n\n"
                "GENERAL ACCOUNTABILITY\nThe Director leads the museums program.\n")
        root, records = _import(tmp_path, f"{number}.txt", text)
        assert _record(root, number)["supervisor"]["title"] == expected
        assert "Okonkwo" not in records and "Gendreau" not in records


def test_a_vacant_report_and_who_acts_in_it_or_a_readers_aside_name_no_one(tmp_path: Path) -> None:
    """``Directrice, X (EX-01, 11 ETP) – vacant – Pierre Lemaire par intérim``, a reader's aside beside a
    report (``see D. Okafor re: FTEs``, ``voir É. D'Amours re: ETP``): the reports, and no name."""
    text = ("Position Title: Director General, Recoveries\nPosition Number: 40234\nClassification: EX-02\n\n"
            "ORGANIZATION STRUCTURE\nDirect reports:\n"
            "- Director, Regional Coordination (EX-01, 11 FTEs) – vacant – Pierre Lemaire par intérim\n"
            "- Manager, Programs (EC-07, 13 FTEs)      see D. Okafor re: FTEs\n"
            "- Manager, Systems (CS-04, 6 FTEs)      voir É. D'Amours re: ETP\n")
    root, records = _import(tmp_path, "recoveries.txt", text)
    assert _reports(root, "40234", 3) == [("Director, Regional Coordination", "EX-01", 11),
                                          ("Manager, Programs", "EC-07", 13), ("Manager, Systems", "CS-04", 6)]
    assert not any(name in records for name in ("Lemaire", "Okafor", "D'Amours"))


def test_a_note_written_on_the_page_is_no_part_of_the_description(tmp_path: Path) -> None:
    """A line of its own a reader wrote on the page and a scan read (``Marta Kowalczyk: OK for Tuesday's
    committee``, ``Olga Petrenko - need sign-off by Friday!!``, ``[Anneke van der Berg]``): none of it
    in a record; a unit's name before a colon is no such note."""
    text = ("Position Title: Director, Labour Statistics\nPosition Number: 40235\nClassification: EX-01\n\n"
            "GENERAL ACCOUNTABILITY\nThe Director is accountable for labour statistics.\n"
            "Marta Kowalczyk: OK for Tuesday's committee\n\nNATURE AND SCOPE\nThe Director leads surveys.\n"
            "Olga Petrenko - need sign-off by Friday!!\n   [Anneke van der Berg]\n"
            "Policy Development: to discuss with the branch.\n")
    root, records = _import(tmp_path, "labour.txt", text)
    record = _record(root, "40235")
    assert record["general_accountability"] == "The Director is accountable for labour statistics."
    assert not any(name in records for name in ("Kowalczyk", "Petrenko", "van der Berg"))
    assert "Policy Development: to discuss" in records


def test_who_approved_a_generic_or_last_updated_a_record_is_named_in_no_record(tmp_path: Path) -> None:
    """``Générique approuvée par :`` / ``Generic approved by:`` at a generic's end and an HR system's
    ``Dernière mise à jour : X (2020/09/17)``: people's labels, their names in no record."""
    text = ("Titre du poste : Directeur, Communications\nNuméro de poste : 40236\nGroupe et niveau : EX-01\n\n"
            "RESPONSABILITÉ GÉNÉRALE\nLe directeur dirige les communications du Ministère.\n\n"
            "RESPONSABILITÉS SPÉCIFIQUES\n1. Dirige les relations avec les médias.\n2. Gère les ressources.\n"
            "Générique approuvée par :\n"
            "Josée Vaillancourt-Ruel\nDirectrice générale, Services aux cadres\n\n"
            "Dernière mise à jour : Jérôme Tessier-Blais (2020/09/17)\n")
    root, records = _import(tmp_path, "communications.txt", text)
    assert _record(root, "40236")["specific_accountabilities"][-1] == "Gère les ressources."
    assert "Vaillancourt" not in records and "Tessier" not in records


def test_a_committees_record_of_discussion_is_refused(tmp_path: Path) -> None:
    """``Record of Discussion`` at the top of a management committee's minutes, naming a position and
    its level: refused as what it is."""
    text = ("CORPORATE SERVICES SECTOR MANAGEMENT COMMITTEE\nRecord of Discussion - March 14, 2023\n\n"
            "1. Financial situation\nMembers agreed to fund the Director, Data Analytics (EX-01) position.\n")
    (tmp_path / "minutes.txt").write_text(text, encoding="utf-8")
    root = tmp_path / "repo"
    root.mkdir()
    init_repository(root, organization="Shapes test", today=dt.date(2026, 11, 25))
    result = run_cli(["import", str(tmp_path / "minutes.txt")], root)
    assert result.exit_code == 2 and "a record of decisions, not a work description" in result.output


HR_EXPORT = """\
FISHERIES AND OCEANS CANADA - HRMS (PeopleSoft)               Run Date: 2019/05/21
Report: DFO_POSN_EX   Position Description - Executive   Page: 1
------------------------------------------------------------------------------
Position Nbr ......: 51207              Status ......: Approved
Eff Date ..........: 2019/04/01         Action ......: Update
Job Code ..........: 410220             Sal Plan/Grade: EX  02
Short Descr .......: EXEC DIR AQUACULTURE MGMT
Descr .............: Executive Director, Aquaculture Management
Location ..........: HFX02  Halifax, NS
Reports To ........: 51200  DIRECTOR GENERAL, AQUACULTURE AND BIOSCIENCE (EX  03)
FTE (unit) ...: 41
Budget - Salary ...: 3310000.00
Budget - O&M ......: 540000.00
------------------------------------------------------------------------------
SUBORDINATE POSITIONS (DIRECT)
Posn Nbr  Descr                                                     Grade   FTE
51217     Manager, Aquaculture Licensing                            BI  04  14
51227     Manager, Aquaculture Science Advice                       EG  07  6
------------------------------------------------------------------------------
POSITION DESCRIPTION TEXT

GENERAL ACCOUNTABILITY
The Executive Director leads the management of aquaculture in Atlantic Canada.
"""


def test_an_hr_systems_position_report_padded_to_its_columns(tmp_path: Path) -> None:
    """An HR system's printout: dot leaders then a colon (``Eff Date ......: 2019/04/01``), two fields to a
    line, a level padded to its columns (``EX  02``), an abbreviated ``Short Descr`` beside the title in
    ``Descr``, a location's code, the supervisor's number before its title, and its subordinate positions in
    fixed-width columns (``Posn Nbr  Descr ... Grade   FTE``)."""
    root, _ = _import(tmp_path, "POS 51207 export.txt", HR_EXPORT)
    record = _record(root, "51207")
    assert (record["title"], record["classification"], record["job_code"]) == \
        ("Executive Director, Aquaculture Management", "EX-02", "410220")
    assert (str(record["effective_date"]), record["location"], record["reports_to"]) == \
        ("2019-04-01", "Halifax, NS", "51200")
    assert record["supervisor"]["title"] == "DIRECTOR GENERAL, AQUACULTURE AND BIOSCIENCE"
    assert record["supervisor"]["classification"] == "EX-03"
    assert (record["dimensions"]["salary"], record["dimensions"]["o_and_m"]) == (3310000, 540000)
    assert _reports(root, "51207", 2) == [("Manager, Aquaculture Licensing", "BI-04", 14),
                                          ("Manager, Aquaculture Science Advice", "EG-07", 6)]


def test_a_french_hr_systems_run_date_is_not_the_effective_date(tmp_path: Path) -> None:
    """``Date d'exécution : 2020/09/17`` heads the printout; ``Date d'entrée en vig: 2020/09/14`` (its label cut
    to its column) is the position's date."""
    text = ("PÊCHES ET OCÉANS CANADA - SGRH            Date d'exécution : 2020/09/17\n"
            "No de poste ........: 51307\nDate d'entrée en vig: 2020/09/14\nGroupe/niveau : EX  01\n"
            "Description ........: Directeur, Gestion de l'aquaculture\n\nRESPONSABILITÉ GÉNÉRALE\n"
            "Le directeur gère l'aquaculture.\n")
    root, _ = _import(tmp_path, "export 51307.txt", text)
    record = _record(root, "51307")
    assert (str(record["effective_date"]), record["title"]) == ("2020-09-14", "Directeur, Gestion de l'aquaculture")


def test_a_generic_and_its_annex_in_one_scanned_run(tmp_path: Path) -> None:
    """A generic description and its position's annex OCR'd as one run of text: the annex's heading in
    capitals inside the run, its labels bilingual or with dot leaders; the position's values are the
    annex's (its number, title, place, reports and money), not the generic's examples."""
    generic = ("STANDARD EXECUTIVE WORK DESCRIPTION Parks Canada Generic title ........ Field Unit Superintendent "
               "Classification ........ EX-01 Generic job no. ........ 103311 Position No. ........ [see annex] "
               "Work location ........ As per annex I. General accountability Leads a field unit's parks and sites. "
               "2. Organization structure Typical direct reports (for illustration only): Manager, Visitor "
               "Experience (PM-06, 40 FTEs); Manager, Resource Conservation (EG-06, 12 FTEs). 3. Dimensions "
               "Example (typical position): Salary $4.1 million; O&M $380K. ")
    annex = ("ANNEX A – POSITION-SPECIFIC INFORMATION To be read with generic work description 103311. "
             "Title / Titre: Field Unit Superintendent, Cape Breton French title / Titre en français: Directeur de "
             "l'unité de gestion du Cap-Breton Position number / No de poste: 40871 Location / Emplacement: "
             "Ingonish, NS Reporting to this position: • Manager, Visitor Experience [PM-06] (31 FTE) • Manager, "
             "Asset Management [EG-07] (8 FTE) Salary: $3.9 million O&M: $0.7 million Total: $4.6 million")
    root, _ = _import(tmp_path, "FUS Cape Breton generic annex.txt", generic + annex)
    record = _record(root, "40871")
    assert (record["title"], record["location"]) == ("Field Unit Superintendent, Cape Breton", "Ingonish, NS")
    assert record["dimensions"]["total"] == 4600000
    assert _reports(root, "40871", 2) == [("Manager, Visitor Experience", "PM-06", 31),
                                          ("Manager, Asset Management", "EG-07", 8)]


def test_who_holds_a_report_after_its_details_is_no_part_of_any_record(tmp_path: Path) -> None:
    """A report's holder after its details (``(FS-03, 53 ETP) – Benoît Lachapelle``, ``... voyageurs: Brent
    Okafor •``), even where a scan read two columns across into the position's accountabilities; a unit's
    name after a dash stays."""
    text = ("Titre du poste : Directeur, Désarmement\nNuméro de poste : 40237\nGroupe et niveau : EX-01\n\n"
            "STRUCTURE ORGANISATIONNELLE\nLes postes suivants relèvent du titulaire :\n• FB-06 - Chef des opérations, "
            "Traitement des voyageurs: Brent Okafor\n• FB-07 - Gestionnaire, Renseignement: Owen Tshabalala (par "
            "intérim)\n\nRESPONSABILITÉS SPÉCIFIQUES\n1. Fournit des conseils (FS-03, 53 ETP) – Benoît Lachapelle • "
            "au SMA.\n2. Établit les priorités (FS 02, 1 ETP) – Wei Chen gère ses ressources.\n"
            "3. Dirige l'équipe (EX-01) – Policy Development.\n")
    root, records = _import(tmp_path, "desarmement.txt", text)
    assert _reports(root, "40237", 2) == [("Chef des opérations, Traitement des voyageurs", "FB-06", None),
                                          ("Gestionnaire, Renseignement", "FB-07", None)]
    assert not any(name in records for name in ("Okafor", "Tshabalala", "Lachapelle", "Wei Chen"))
    assert "(EX-01) – Policy Development" in _record(root, "40237")["specific_accountabilities"][2]


def test_a_classifier_and_a_change_log_name_no_one_in_a_record(tmp_path: Path) -> None:
    """``Classified by: X, Classification Advisor`` after the last accountability and a ``Change log`` whose
    entries name who made each change: people's words, in no record."""
    text = ("Position Title: Director, Mineral Policy\nPosition Number: 40238\nClassification: EX-01\n\n"
            "SPECIFIC ACCOUNTABILITIES\n1. Leads mineral policy analysis.\n2. Manages the directorate's resources.\n"
            "Classified by: Priya Ahenakew-Stone, Classification Advisor\n\nChange log\n"
            "• 2018-12-21 - Original version approved (Noémie Gauthreau)\n"
            "• 2020-08-09 - FTEs revised from 16 to 19 (Ingrid Mukherjee-Vale)\n")
    root, records = _import(tmp_path, "mineral policy.txt", text)
    assert _record(root, "40238")["specific_accountabilities"][-1] == "Manages the directorate's resources."
    assert not any(name in records for name in ("Ahenakew", "Gauthreau", "Mukherjee"))


POSITION_DATA_REPORT = """\
Report ID:  PER702                   NATURAL RESOURCES CANADA                   Page No.    1
                                      POSITION DATA REPORT                     Run Date 2018/04/06

Position Nbr (POSITION_NBR) ........: 00421330        Status: A  Approved
Eff Date (EFFDT) ...................: 2017/02/13     Eff Status: A  Active
Descr (DESCR) ......................: Director, Building Energy Codes
Sal Plan / Grade (SAL_ADMIN_PLAN) ..: EX   01
Reports To (REPORTS_TO) ............: 00421300  DG OEE

SUBORDINATE POSITIONS (DIRECT)
Position  Descr                           Short Descr           Grade   Unit FTE
--------  ------------------------------  --------------------  ------  --------
00421331  Manager, Codes Development      MGR CODES DEV         EN-ENG 05       11
00421333  Manager, Compliance and Adoptio  MGR COMPLIANCE        PM  06         9

POSITION DESCRIPTION (DESCRLONG)

ORGANIZATION STRUCTURE
The Director reports to the Director General, Office of Energy Efficiency. Reporting to the Director:
- Manager, Codes Development (EN-ENG-05, 11 FTEs)
- Manager, Compliance and Adoption (PM-06, 9 FTEs)
"""


def test_an_hr_systems_position_data_with_its_description_after_it(tmp_path: Path) -> None:
    """An HR system's position data, then the description: a level padded to three spaces (``EX   01``), the
    reports' table headed ``Position  Descr ... Grade   Unit FTE`` (the numbers right-aligned under their
    header), a title cut to its column's width listed in full below it (one report, its full title), and
    the supervisor given as the system's abbreviation (``DG OEE``) where the description names it in full."""
    root, _ = _import(tmp_path, "PeopleSoft position 00421330.txt", POSITION_DATA_REPORT)
    record = _record(root, "00421330")
    assert (record["title"], record["classification"]) == ("Director, Building Energy Codes", "EX-01")
    assert (record["reports_to"], record["supervisor"]["title"]) == \
        ("00421300", "Director General, Office of Energy Efficiency")
    assert _reports(root, "00421330", 2) == [("Manager, Codes Development", "EN-ENG-05", 11),
                                             ("Manager, Compliance and Adoption", "PM-06", 9)]


def test_a_positions_export_with_its_supervisors_and_reports_rows(tmp_path: Path) -> None:
    """A position-management database's export of one position: its row (``POS``), its supervisor's (``SUP``)
    and its direct reports' (``SUB``), a line of the export's own words above the header, a date written
    ``20190401``; English and French headers (``TYPE_ENR;NO_POSTE;TITRE_A;...``) alike."""
    english = ("PMDB - extract\nREC_TYPE,POS_NO,TITLE_E,TITLE_F,CLASS_GRP,CLASS_LVL,EFF_DT,LOC_CD,LOC_DESC,FTE_UNIT\n"
               'POS,431500,"Director General, Boreal Centre","Directeur général, Centre boréal",EX,02,20190401,T6H,'
               '"Edmonton, Alberta",61\n'
               'SUP,400710,"Assistant Deputy Minister, Forests","Sous-ministre adjoint, Forêts",EX,05,,,,\n'
               'SUB,431501,"Manager, Fire Science","Gestionnaire, Science des incendies",SE-RES,04,,,,19\n'
               'SUB,431503,"Manager, Corporate Services","Gestionnaire, Services intégrés",AS,07,,,,15\n')
    french = ("TYPE_ENR;NO_POSTE;TITRE_A;TITRE_F;GROUPE;NIVEAU;DATE_EFF;LIEU;ETP_UNITE\n"
              "POS;441500;Director, Workplace Relations;Directeur, Relations en milieu de travail;EX;01;2023-11-10;"
              "Ottawa (Ontario);36\nSUP;441000;Director General, Human Resources;Directeur général, Ressources "
              "humaines;EX;03;;;\nSUB;441501;Manager, Labour Relations;Gestionnaire, Relations de travail;PE;06;;;10\n")
    root, _ = _import(tmp_path, "PMDB 431500.csv", english)
    record = _record(root, "431500")
    assert (record["title"], record["classification"], str(record["effective_date"])) == \
        ("Director General, Boreal Centre", "EX-02", "2019-04-01")
    assert (record["location"], record["reports_to"], record["supervisor"]["title"]) == \
        ("Edmonton, AB", "400710", "Assistant Deputy Minister, Forests")
    assert _reports(root, "431500", 2) == [("Manager, Fire Science", "SE-RES-04", 19),
                                           ("Manager, Corporate Services", "AS-07", 15)]
    root, _ = _import(tmp_path, "BDGP 441500.csv", french)
    assert (_record(root, "441500")["title"], _record(root, "441500")["reports_to"]) == \
        ("Director, Workplace Relations", "441000")
    assert _reports(root, "441500", 1) == [("Manager, Labour Relations", "PE-06", 10)]


def test_an_email_saved_as_eml_with_a_description_pasted_in(tmp_path: Path) -> None:
    """An e-mail saved from the mail program (``.eml``, its headers, a note, the description pasted under a
    rule): imported; the people in its headers and its note in no record."""
    text = ("From: Geneviève Tremblay-Audet <gta@example.invalid>\nTo: Étienne Rocheleau <er@example.invalid>\n"
            "Subject: DT finale\nDate: Mon, 19 Feb 2024 14:07:31 -0500\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\nBonjour Étienne,\n\n"
            "Voici la version finale.\n\n-----\nTitre: Directrice, Relations autochtones – Québec\nNo de poste: 61125\n"
            "Niveau: EX-01\n\nRESPONSABILITÉ GÉNÉRALE\n\nLa directrice dirige les relations autochtones.\n")
    root, records = _import(tmp_path, "RE_ DT finale.eml", text)
    record = _record(root, "61125")
    assert (record["title"], record["classification"]) == ("Directrice, Relations autochtones – Québec", "EX-01")
    assert "Tremblay-Audet" not in records and "Rocheleau" not in records


def test_an_sap_position_extract(tmp_path: Path) -> None:
    """An SAP position extract: its object and validity, its infotypes' lines (name, job code, pay scale's
    group, personnel area, planned compensation), its relationships (``Reports (line) to``, ``Is line
    supervisor of``, the holder: a person), a scan's damage; the print's date no effective date."""
    extract = ("SAP R/3   Organizational Management - Position Extract   Date 22.O5.20I8  User OMUSER2\n"
               "Object          S 5004I251   Planning var. 01   Validity 12.02.2018 - 31.12.9999\n"
               "Abbreviation    DIR HLCF\nName            Director, Hydrogen and Low-Carbon Fucls\n"
               "Org. unit       O 50047990   HYDROGEN STRATEGY IMPLEMENTATI\n"
               "Job             C 50002415   EX01 EXECUTIVE\n"
               "Job code (9001) 302415\nPay scale (1005)Type 01  Area 01  Group EX01  Level --\n"
               "Pers.area       NR01  Sub-area CA-AB-CAL  Calgary, Alberta\nCost center     R51251\n\n"
               "Relationships (IT1001)\n"
               "  A 002  Reports (line) to      S S0O4I23O  DG OCF               "
               "Director General, Office of Clean Fuels\n"
               "  B 0O2  Is line supervisor of  S 50041252  SR ECONOMIST FUEL MA "
               "Senior Economist, Fuel Markets  [EC07]\n"
               "  B 002  Isline supervisor of   S 50041254  MGR BUSINESS SVCS    Manager, Business Services  [AS06]\n"
               "  A 008  Holder                 P 97671156  Mbeki-Hall,Themba\n\n"
               "Planned compensation / cost planning (IT1015)\n  Salary           4,429,000.00 CAD\n"
               "  Non-salary         780,000.00 CAD\n  Total            5,209,000.00 CAD\n\n"
               "Description (IT1002, subtype 0001)\nLong name: Director, Hydrogen and Low-Carbon Fuels\n\n"
               "The Director, Hydrogen and Low-Carbon Fuels is accountable for the leadership of hydrogen strategy "
               "implementation and low-carbon fuel supply, and for advising senior management on related issues.\n")
    root, records = _import(tmp_path, "Hydrogen director - SAP position (scan).txt", extract)
    record = _record(root, "50041251")
    assert (record["title"], record["classification"], record["job_code"], str(record["effective_date"])) == \
        ("Director, Hydrogen and Low-Carbon Fuels", "EX-01", "302415", "2018-02-12")
    assert (record["location"], record["reports_to"], record["supervisor"]["title"]) == \
        ("Calgary, AB", "50041230", "Director General, Office of Clean Fuels")
    assert (record["dimensions"]["salary"], record["dimensions"]["o_and_m"], record["dimensions"]["total"]) == \
        (4429000, 780000, 5209000)
    assert _reports(root, "50041251", 2) == [("Senior Economist, Fuel Markets", "EC-07", None),
                                             ("Manager, Business Services", "AS-06", None)]
    assert "Mbeki" not in records and "Themba" not in records


def test_a_scanned_position_report_with_its_columns_cut(tmp_path: Path) -> None:
    """A scanned HR system's position report: the supervisor's number misread (``OO4OO510``) before its title
    in capitals, cut to its field (``ASSISTANT DEPUTY MIN``: the prose's full title is the title), a date's day
    misread (``2022/O9/OB``), report titles cut inside a word and misread (``Materia1s Science an``,
    ``Manager,Bui1ding Sys``) beside their full listing: each report once."""
    report = ("POSITION DATA REPORT\n\nPosition Nbr (POSITION_NBR) ........: 00423000\n"
              "Eff Date (EFFDT) ...................: 2022/O9/OB\n"
              "Descr (DESCR) ......................: Director General, CanmetMATERIALS\n"
              "Sal Plan / Grade (SAL_ADMIN_PLAN) ..: EX 02\n"
              "Reports To (REPORTS_TO) ............: OO4OO510  ASSISTANT DEPUTY MIN\n\n"
              "SUBORDINATE POSITIONS (DIRECT)\nPosition  Descr                           Grade   Unit FTE\n"
              "--------  ------------------------------  ------  --------\n"
              "00423110  Director, Materia1s Science an  EX  O1        45\n"
              "00423001  Manager, Business Services      AS  06         8\n"
              "00423007  Research Manager,Bui1ding Sys   SE-RES 04      8\n\n"
              "GENERAL ACCOUNTABILITY\nThe Director General, CanmetMATERIALS is accountable for providing strategic "
              "leadership and direction to materials research for the energy sectors.\n\nORGANIZATION STRUCTURE\n"
              "The Director General reports to the Assistant Deputy Minister, Energy Technology Sector. The following "
              "positions report to the Director General:\n"
              "- Director, Materials Science and Engineering Laboratories (EX-01, 45 FTEs)\n"
              "- Manager, Business Services (AS-06, 8 FTEs)\n- Research Manager, Building Systems (SE-RES-04, 8 FTEs)\n")
    root, _ = _import(tmp_path, "CanmetMATERIALS DG - PeopleSoft printout OCR.txt", report)
    record = _record(root, "00423000")
    assert (str(record["effective_date"]), record["reports_to"], record["supervisor"]["title"]) == \
        ("2022-09-08", "00400510", "Assistant Deputy Minister, Energy Technology Sector")
    assert sorted(_reports(root, "00423000", 3)) == [
        ("Director, Materials Science and Engineering Laboratories", "EX-01", 45),
        ("Manager, Business Services", "AS-06", 8), ("Research Manager, Building Systems", "SE-RES-04", 8)]


def test_an_sap_position_display_of_another_layout(tmp_path: Path) -> None:
    """An SAP position display laid out otherwise (``Object ID``, ``Validity period``, ``Object name``, the
    relationships in columns with no abbreviation, the job as an object it is described by, ``Pay scale group``,
    ``Personnel area``, ``Non-salary O&M``, ``Planned FTE``), printed to a PDF: its fields, its supervisor
    and reports; the holder in no record."""
    display = ("SAP HCM - Organizational Management                      Date 16.07.2019\n"
               "Display Object: Position                                 User PC_HRDATA\n" + "=" * 60 + "\n"
               "Plan version          01        Current plan\nObject type           S         Position\n"
               "Object ID             50044036\nValidity period       15.07.2019 - 31.12.9999\n"
               "Object abbr.          DIR PCS\nObject name           Director, Pension Client Services\n\n"
               "Infotype 1001 - Relationships\nRel.   Relationship text       Type  Rel. object Name\n"
               "A 002  Reports (line) to       S     50040250    Director General, Public Service Pension Centre\n"
               "A 003  Belongs to              O     50004036    Pension Client Services Directorate\n"
               "A 007  Is described by         C     300718      EX job 300718\n"
               "A 008  Holder                  P     00744102    Solene Abernethy-Roux\n"
               "B 002  Is line supervisor of   S     50044067    Manager, Pension Call Centre\n\n"
               "Infotype 1005 - Planned Compensation\nPay scale type        EX   Executive group\n"
               "Pay scale group       EX-01\nValid from            15.07.2019\n"
               "Personnel area        NB0057   SHEDIAC NB\n\nInfotype 1019 - Quota Planning / Budget (CAD)\n"
               "Salary                    6,075,000.00\nNon-salary O&M              522,000.00\n"
               "Total                     6,597,000.00\nPlanned FTE (org. unit)              97\n")
    root, records = _import(tmp_path, "SAP export 50044036.pdf", pdf_bytes([display]))
    record = _record(root, "50044036")
    assert (record["title"], record["classification"], record["job_code"], str(record["effective_date"])) == \
        ("Director, Pension Client Services", "EX-01", "300718", "2019-07-15")
    assert (record["reports_to"], record["supervisor"]["title"], record["location"]) == \
        ("50040250", "Director General, Public Service Pension Centre", "SHEDIAC, NB")
    assert record["dimensions"] == {"fte": 97, "salary": 6075000, "o_and_m": 522000, "total": 6597000}
    assert _reports(root, "50044036", 1) == [("Manager, Pension Call Centre", None, None)]
    assert "Abernethy" not in records


def test_exports_of_a_position_with_its_supervisors_and_reports_rows_in_other_words(tmp_path: Path) -> None:
    """A position's row, its supervisor's and its reports' as other systems name them: ``POSN`` / ``SUPV`` /
    ``RPTS`` in a bar-separated extract (``POSN_DESCR``, ``GRADE``, a location's code beside its words,
    ``SAL_BUDGET`` / ``OM_BUDGET`` / ``TOT_BUDGET``), ``Self`` / ``Supervisor`` / ``Direct report`` in a
    spreadsheet, ``position`` / ``supervisor`` / ``report`` in a database client's boxed result."""
    phoenix = ("REC_TYPE|POSITION_NBR|EFFDT|JOBCODE|POSN_DESCR|GRADE|REPORTS_TO|LOCATION|LOCATION_DESCR|UNIT_FTE|"
               "SAL_BUDGET|OM_BUDGET|TOT_BUDGET\n"
               "POSN|00042877|20230401|300612|Director, Pay System Configuration|EX01|00040235|QC0311|GATINEAU QC|52|"
               "5391000.00|2740000.00|8131000.00\n"
               "SUPV|00040235|20210614|300235|Director General, Pay Systems|EX03|00040010|QC0311|GATINEAU QC|251|||\n"
               "RPTS|00042908|20230401||Manager, Business Rules Configuration|CS04|00042877|QC0311|GATINEAU QC|21|||\n")
    root, _ = _import(tmp_path, "PHX_POSN_EXTRACT_00042877.txt", phoenix)
    record = _record(root, "00042877")
    assert (record["title"], record["classification"], record["location"], record["reports_to"]) == \
        ("Director, Pay System Configuration", "EX-01", "GATINEAU, QC", "00040235")
    assert record["dimensions"] == {"fte": 52, "salary": 5391000, "o_and_m": 2740000, "total": 8131000}
    assert _reports(root, "00042877", 1) == [("Manager, Business Rules Configuration", "CS-04", 21)]
    sheet = ("Relationship\tPosition Number\tPosition Title\tGroup\tLevel\tEffective Date\tUnit FTE\tReports To\n"
             'Self\t44355\t"Director, Collective Agreement Implementation"\tEX\t01\t2023/09/18\t52\t40260\n'
             'Supervisor\t40260\t"Director General, Pay Stabilization"\tEX\t03\t2022/01/10\t282\t40010\n'
             'Direct report\t44386\t"Manager, Retroactive Payments"\tAS\t07\t\t34\t44355\n')
    root, _ = _import(tmp_path, "export (3).tsv", sheet)
    assert (_record(root, "44355")["classification"], _record(root, "44355")["reports_to"]) == ("EX-01", "40260")
    assert _reports(root, "44355", 1) == [("Manager, Retroactive Payments", "AS-07", 34)]
    border = "+------------+---------+--------------------------------+-------+------+------------------+\n"
    boxed = ("mysql> SELECT * FROM v_position_card WHERE anchor_posn = '44541';\n" + border +
             "| role       | posn_no | title                          | class | fte  | loc              |\n" + border +
             "| position   | 44541   | Director, Security and Privacy | EX-01 | 19   | Gatineau, Quebec |\n"
             "| supervisor | 40290   | Executive Director, Services   | EX-02 | NULL | NULL             |\n"
             "| report     | 44572   | Manager, Privacy Breaches      | PM-05 | 7    | NULL             |\n" + border +
             "3 rows in set (0.01 sec)\n")
    root, _ = _import(tmp_path, "v_position_card 44541.txt", boxed)
    record = _record(root, "44541")
    assert (record["title"], record["classification"], record["location"], record["reports_to"]) == \
        ("Director, Security and Privacy", "EX-01", "Gatineau, QC", "40290")
    assert _reports(root, "44541", 1) == [("Manager, Privacy Breaches", "PM-05", 7)]


def test_a_spreadsheet_of_fields_and_their_values(tmp_path: Path) -> None:
    """A spreadsheet saved as .csv whose rows are fields and values (``Position number,41290,,``: every row as
    wide), then its direct reports' table, its rows numbered (``#``); a date of an Oracle system (``2-Nov-20``)."""
    sheet = ('Field,Value,,\nPosition number,41290,,\nPosition title,"Director, Client Contact Centre",,\n'
             'Group & level,EX-01,,\nEffective date,2-Nov-20,,\nSupervisor title,"Director General, Pay Centre",,\n'
             'Salary,"$7,920,000",,\nO&M,"$640,000",,\n,,,\nDirect reports,,,\n#,Title,Group & level,FTEs\n'
             '1,"Manager, Contact Centre Operations",PM-06,96\n2,"Manager, Case Intake and Triage",AS-07,19\n')
    root, _ = _import(tmp_path, "Copy of Position Info.csv", sheet)
    record = _record(root, "41290")
    assert (record["title"], record["classification"], str(record["effective_date"])) == \
        ("Director, Client Contact Centre", "EX-01", "2020-11-02")
    assert (record["supervisor"]["title"], record["dimensions"]["salary"]) == ("Director General, Pay Centre", 7920000)
    assert _reports(root, "41290", 2) == [("Manager, Contact Centre Operations", "PM-06", 96),
                                          ("Manager, Case Intake and Triage", "AS-07", 19)]


def test_a_form_whose_supervisor_block_is_a_merged_cell(tmp_path: Path) -> None:
    """A Word form whose supervisor's rows open with one merged cell (``| Supervisor | Position title | X |``)
    and whose value spans two columns (an empty last cell)."""
    text = ("# Executive Work Description\n"
            "| Position title | Director General, Civil Aviation | Position number | 45453 |\n"
            "| Job code | 297699 | Group and level | EX-03 |\n"
            "| Supervisor | Position title | Assistant Deputy Minister, Safety and Security |  |\n"
            "| Supervisor | Position number | 49525 |  |\n| Supervisor | Group and level | EX-05 |  |\n"
            "## General accountability\nThe Director General is accountable for the safety of civil aviation.\n")
    root, _ = _import(tmp_path, "DG Civil Aviation.docx", docx_bytes(text))
    record = _record(root, "45453")
    assert (record["reports_to"], record["supervisor"]) == \
        ("49525", {"title": "Assistant Deputy Minister, Safety and Security", "classification": "EX-05"})


def test_a_pdf_forms_labels_then_its_values_with_a_second_group_label(tmp_path: Path) -> None:
    """A PDF form's labels one a line, then its values in the same order, among them ``FTEs in the
    organization`` and a second label naming a group (``Group``: the organization's, after ``Group and
    level``)."""
    labels = ["Position title", "Position number", "Group and level", "Department", "Group", "Location",
              "Supervisor's position title", "FTEs in the organization", "Salary"]
    values = ["Director, Automated and Connected Vehicles", "42661", "EX-01", "Transport Canada",
              "Safety and Security Group", "Ottawa, Ontario", "Director General, Road Safety Programs", "99", "$10.197M"]
    page = "EXECUTIVE WORK DESCRIPTION\n" + "\n".join(labels + values) + \
        "\nGENERAL ACCOUNTABILITY\nThe Director is accountable for the safety of motor vehicles sold in Canada.\n"
    root, _ = _import(tmp_path, "Automated and Connected Vehicles.pdf", pdf_bytes([page]))
    record = _record(root, "42661")
    assert (record["title"], record["classification"], record["location"], record["supervisor"]["title"]) == \
        ("Director, Automated and Connected Vehicles", "EX-01", "Ottawa, ON", "Director General, Road Safety Programs")
    assert (record["dimensions"]["fte"], record["dimensions"]["salary"]) == (99, 10197000)


def test_an_org_chart_of_boxes_side_by_side_under_the_supervisor_and_the_position(tmp_path: Path) -> None:
    """An org chart drawn with characters: the supervisor's box, hung over the position's own, hung over
    bands of boxes side by side, each box's title wrapped over its lines: the supervisor a field, each
    report once with its level and FTEs, the position's own box no report."""
    def band(*boxes: list[str]) -> str:
        rows = max(map(len, boxes))
        edge = "  ".join(["+" + "-" * 24 + "+"] * len(boxes))
        lines = ["  ".join(f"| {(box[row] if row < len(box) else ''):<22} |" for box in boxes) for row in range(rows)]
        return "\n".join([edge, *lines, edge]) + "\n"
    chart = (band(["Director General,", "Civil Aviation", "EX-03"]) + "             |\n" +
             band(["Director, Aircraft", "Certification", "EX-01", "98 FTEs"]) + "             |\n" + "-" * 80 + "\n" +
             band(["Manager, Commercial", "Flight Standards", "AO-CAI-03", "22 FTEs"],
                  ["Chief, Engineering", "EN-ENG-05", "11 FTEs"]) + "\n" +
             band(["Executive Assistant", "AS-02", "1 FTEs"]))
    text = ("EXECUTIVE WORK DESCRIPTION\n\nPosition title: Director, Aircraft Certification\nPosition number: 43238\n"
            "Group and level: EX-01\n\nGENERAL ACCOUNTABILITY\n\nThe Director is accountable for the certification of "
            "aircraft.\n\nORGANIZATION STRUCTURE\n\n" + chart + "\nDIMENSIONS\n\nSalary: $9,310,000\n")
    root, _ = _import(tmp_path, "Director, Aircraft Certification.txt", text)
    record = _record(root, "43238")
    assert record["supervisor"] == {"title": "Director General, Civil Aviation", "classification": "EX-03"}
    assert _reports(root, "43238", 3) == [("Manager, Commercial Flight Standards", "AO-CAI-03", 22),
                                          ("Chief, Engineering", "EN-ENG-05", 11), ("Executive Assistant", "AS-02", 1)]


def test_an_org_chart_of_text_boxes_a_line_each_for_title_level_and_ftes(tmp_path: Path) -> None:
    """A Word file's org chart in text boxes, read as a line each for a box's title, level and FTEs: the
    supervisor's box and the position's own first (executives, the supervisor's level higher), then the reports."""
    text = ("# Description de travail\n* **Titre du poste:** Directeur régional, TMD, Région du Québec\n"
            "* **Numéro du poste:** 48897\n* **Groupe et niveau:** EX-01\n## Responsabilité générale\n"
            "Le titulaire est responsable de la sécurité du transport des marchandises dangereuses.\n"
            "## Structure de l'organisation\nDirectrice générale, Transport des marchandises dangereuses\nEX-03\n"
            "Directeur régional, TMD, Région du Québec\nEX-01\n100 ETP\nChef, Modifications réglementaires\nEC-07\n"
            "16 ETP\nGestionnaire, CANUTEC\nPC-04\n9 ETP\n## Dimensions\nSalaires: 10 300 000 $\n")
    root, _ = _import(tmp_path, "Directeur régional, TMD, Québec.docx", docx_bytes(text))
    record = _record(root, "48897")
    assert record["supervisor"] == {"title": "Directrice générale, Transport des marchandises dangereuses",
                                    "classification": "EX-03"}
    assert _reports(root, "48897", 2) == [("Chef, Modifications réglementaires", "EC-07", 16),
                                          ("Gestionnaire, CANUTEC", "PC-04", 9)]


def test_a_place_read_from_two_columns_run_together_quotes_only_the_place(tmp_path: Path) -> None:
    """A scan that read two columns across: the location's line runs on into the other column's words and
    the next fields (an incumbent's name among them); the note quotes the place it was read from, no more."""
    text = ("EXECUTIVE WORK DESCRIPTION   DIMENSIONS\n\nPosition title: Director General, Rail Safety  FTEs: 319\n"
            "Position number: 47533  O&M: $8,850,000\nLocation: Ottawa, Ontario delivers the Department's regulatory "
            "Reports to: Assistant Deputy Minister, Incumbent: Tamsin Nakashima-Roy NATURE AND SCOPE The Group\n\n"
            "GENERAL ACCOUNTABILITY\n\nThe Director General, Rail Safety is accountable for the safety of railways.\n")
    root, records = _import(tmp_path, "DG Rail Safety 2021 - scanned.txt", text)
    assert _record(root, "47533")["location"] == "Ottawa, ON"
    assert "Nakashima" not in records and 'the document says "Ottawa, Ontario"' in records


def test_a_branch_spreadsheet_printed_with_its_columns_aligned(tmp_path: Path) -> None:
    """A branch's spreadsheet printed to PDF: a header of columns over the position's one row (``Posn #  Title
    Grp  Lvl  Eff date  FTE``), a ``Reports to:`` line after it, then its direct reports' table, the group
    and the level in columns of their own (``Grp  Lvl``)."""
    page = ("PAY AND PENSION SERVICES BRANCH - POSITION SHEET\n"
            "Posn #    Title                                             Grp  Lvl  Eff date      FTE\n"
            "40290     Executive Director, Branch Management Services    EX   02   28-Sep-20      91\n"
            "Reports to: 40010  Assistant Deputy Minister, Pay and Pension Services  EX 04\n"
            "Location: Gatineau, Quebec\nDirect reports:\n"
            "Posn #    Title                                             Grp  Lvl    FTE\n"
            "44510     Director, Branch Finance and Planning             EX   01      29\n"
            "44526     Director, Branch Human Resources Strategies       EX   01      22\n")
    root, _ = _import(tmp_path, "Branch sheet - ED Branch Management (printed).pdf", pdf_bytes([page]))
    record = _record(root, "40290")
    assert (record["title"], record["classification"], str(record["effective_date"]), record["reports_to"]) == \
        ("Executive Director, Branch Management Services", "EX-02", "2020-09-28", "40010")
    assert _reports(root, "40290", 2) == [("Director, Branch Finance and Planning", "EX-01", 29),
                                          ("Director, Branch Human Resources Strategies", "EX-01", 22)]


def test_an_hr_systems_table_of_fields_their_codes_and_descriptions(tmp_path: Path) -> None:
    """A page copied from an HR system: a table of fields, each with its code and the code's description
    (``| Position Nbr | 00044510 | Director, X |``: the position's description its title; a location's code
    beside its words; the supervisor's number beside its title and level)."""
    text = ("# Position 44510 – data from MyGCHR\n\n| Field | Code | Description |\n|---|---|---|\n"
            "| Position Nbr | 00044510 | Director, Branch Finance and Planning |\n| Eff Date | 2020/09/28 | Active |\n"
            "| Grade | EX 01 | Executive, level 1 |\n"
            "| Reports To | 00040290 | Executive Director, Branch Management Services (EX 02) |\n"
            "| Location | QC0311 | GATINEAU QC |\n\n## General Accountability\n\nThe Director, Branch Finance and "
            "Planning is accountable for the programs and services of the Branch Finance and Planning.\n")
    root, _ = _import(tmp_path, "position-data-44510.md", text)
    record = _record(root, "00044510")
    assert (record["title"], record["classification"], str(record["effective_date"]), record["location"]) == \
        ("Director, Branch Finance and Planning", "EX-01", "2020-09-28", "GATINEAU, QC")
    assert (record["reports_to"], record["supervisor"]["title"], record["supervisor"]["classification"]) == \
        ("00040290", "Executive Director, Branch Management Services", "EX-02")


def test_a_band_of_chart_boxes_broken_by_a_page_and_shifted_by_a_scan(tmp_path: Path) -> None:
    """A band of boxes side by side that a page's break cuts (its footer and the next page's header inside
    the band) and whose first line a scan shifted by a column: each box's report whole."""
    edge = "+------------------------+  +------------------------+\n"
    text = ("WORK DESCRIPTION\n\nPosition title: Regional Director, Civil Aviation\nPosition number: 44801\n\n"
            "GENERAL ACCOUNTABILITY\n\nThe Regional Director is accountable for civil aviation safety in the region.\n\n"
            "ORGANIZATION STRUCTURE\n\n" + edge +
            "|Chief, Engineering      |  | Manager, Aerodrome     |\n"
            "| EN-ENG-05              |  | Safety                 |\n"
            "| 19 FTEs                |  | TI-07                  |\n\nPage 1 of 2\n\n"
            "TRANSPORT CANADA  Regional Director, Civil Aviation\n\n"
            "|                        |  | 13 FTEs                |\n" + edge + "\nDIMENSIONS\n\nFTEs: 104\n")
    root, _ = _import(tmp_path, "Regional Director, Civil Aviation (scan).txt", text)
    assert _reports(root, "44801", 2) == [("Chief, Engineering", "EN-ENG-05", 19),
                                          ("Manager, Aerodrome Safety", "TI-07", 13)]


def test_markdown_words_struck_through_are_former_values(tmp_path: Path) -> None:
    """A Markdown description whose former values are struck through (``~~18~~ 14``): the current ones."""
    text = ("# Executive Work Description\n\n*   **Position Title:** ~~Director, Firearms and Organized Crime Policy~~ "
            "Director, Firearms Policy\n*   **Position Number:** 21113\n*   **FTEs:** ~~18~~ 14\n\n"
            "## General Accountability\n\nThe Director, Firearms Policy is accountable for firearms policy.\n")
    root, _ = _import(tmp_path, "Director, Firearms Policy (2019).md", text)
    record = _record(root, "21113")
    assert (record["title"], record["dimensions"]["fte"]) == ("Director, Firearms Policy", 14)


def test_a_forms_numbered_labels_over_their_values(tmp_path: Path) -> None:
    """A PDF form's boxes read one a line: numbered labels, each over its value (``5. N° de poste`` /
    ``18531``), and a numbered label with its value beside it (``10. Niveau du gestionnaire (EX-03)``)."""
    page = ("DESCRIPTION DE TRAVAIL - GROUPE EX\n1. IDENTIFICATION\n1. Titre officiel du poste\n"
            "Directeur, Adaptation aux changements climatiques\n3. Groupe et niveau\nEX-01\n5. N° de poste\n18531\n"
            "6. En vigueur le\n15 juin 2024\n8. N° de poste du gestionnaire\n812626\n9. Titre du gestionnaire\n"
            "Directeur général, Conception des programmes\n10. Niveau du gestionnaire (EX-03)\n11. Lieu de travail\n"
            "Regina (Saskatchewan)\nResponsabilités générales\nLe titulaire est responsable de la direction des "
            "programmes fédéraux d'adaptation aux changements climatiques.\n")
    root, _ = _import(tmp_path, "18531 Directeur, Adaptation FINAL.pdf", pdf_bytes([page]))
    record = _record(root, "18531")
    assert (record["title"], record["classification"], str(record["effective_date"]), record["location"]) == \
        ("Directeur, Adaptation aux changements climatiques", "EX-01", "2024-06-15", "Regina, SK")
    assert (record["reports_to"], record["supervisor"]) == \
        ("812626", {"title": "Directeur général, Conception des programmes", "classification": "EX-03"})


def test_a_grid_table_inside_a_description_is_no_database_result(tmp_path: Path) -> None:
    """A table of direct reports drawn in a grid (``+------+------+``) inside a description, under its
    title and fields: the description's own table, read as its reports (no listing of positions)."""
    border = "+--------------------------------+---------+--------+-------+\n"
    text = ("WORK DESCRIPTION\n\nPosition Title: Director, Marine Programs\nPosition Number: 30412\n"
            "Classification: EX-01\n\nORGANIZATION STRUCTURE\n\n" + border +
            "| Title                          | Group   | Level  | FTEs  |\n" + border +
            "| Manager, Fleet Operations      | EG      | 07     | 12    |\n"
            "| Manager, Marine Safety         | TI      | 06     | 9     |\n" + border +
            "\nGENERAL ACCOUNTABILITY\n\nThe Director is accountable for marine programs.\n")
    root, _ = _import(tmp_path, "Director, Marine Programs.txt", text)
    assert _reports(root, "30412", 2) == [("Manager, Fleet Operations", "EG-07", 12),
                                          ("Manager, Marine Safety", "TI-06", 9)]


def test_an_old_typed_forms_supervisor_cells_and_person_years(tmp_path: Path) -> None:
    """A 1990s typed form: the supervisor's title, level and number in cells of spaces (``Director General,
    X   EX 3   Pos. No. 62030``), reports under a ``P-Y`` column, a scan's period for a title's comma."""
    text = ("EXECUTIVE GROUP POSITION DESCRIPTION\n\nPOSITION TITLE:        Director. Icebreaking Operations\n"
            "POSITION NUMBER:       62044\nGROUP AND LEVEL:       EX 1\nLOCATION:              Ottawa. Ontario\n"
            "IMMEDIATE SUPERVISOR:  Director General, Marine Services   EX 3   Pos. No. 62030\n\n"
            "1. GENERAL ACCOUNTABILITY\nThe Director is accountable for icebreaking services to shipping.\n\n"
            "2. ORGANIZATION\nPositions reporting directly to the incumbent:\n"
            "    Title                                          Group/Level    P-Y\n"
            "    Superintendent, Icebreaking                    SO-MAO-12      5\n"
            "    Chief, Marine Engineering                      EN-ENG-5       13\n")
    root, _ = _import(tmp_path, "Icebreaking Ops Director 1996.txt", text)
    record = _record(root, "62044")
    assert (record["title"], record["location"], record["reports_to"]) == \
        ("Director, Icebreaking Operations", "Ottawa, ON", "62030")
    assert record["supervisor"] == {"title": "Director General, Marine Services", "classification": "EX-03"}
    assert _reports(root, "62044", 2) == [("Superintendent, Icebreaking", "SO-MAO-12", 5),
                                          ("Chief, Marine Engineering", "EN-ENG-05", 13)]


def test_report_rows_whose_title_runs_into_the_classification_column(tmp_path: Path) -> None:
    """An indented table under a header two of whose names a space sets apart (``Groupe et niveau ETP``), and
    rows whose long title pushed its code into the next column (``..., Institut Maurice-Lamontagne EX I``)."""
    text = ("DESCRIPTION DE POSTE - GROUPE DE LA DIRECTION\n\nTITRE DU POSTE: Directeur régional, Sciences\n"
            "NUMÉRO DU POSTE: 73114\n\nRESPONSABILITÉ GÉNÉRALE\nLe directeur régional est responsable des sciences.\n\n"
            "ORGANISATION\nPostes relevant directement du titulaire :\n"
            "    Titre                                          Groupe et niveau ETP\n"
            "    Directeur, Sciences océaniques, Institut Maurice-Lamontagne EX I           59\n"
            "    Gestionnaire, Programmation des navires        EG-ESS-06      26\n"
            "    Chef, Océanographie physique                   PC-04          18\n")
    root, _ = _import(tmp_path, "DR Sciences Qc 1995 scan.txt", text)
    assert _reports(root, "73114", 3) == [
        ("Directeur, Sciences océaniques, Institut Maurice-Lamontagne", "EX-01", 59),
        ("Gestionnaire, Programmation des navires", "EG-ESS-06", 26), ("Chef, Océanographie physique", "PC-04", 18)]


def test_a_chart_tools_rows_say_which_is_the_position(tmp_path: Path) -> None:
    """A chart tool's data saved as text under its own heading (OrgPlus: ``Box Type`` Root, Manager,
    Subordinate; people's names in a ``Name`` column): the root's fields, its manager, its subordinates."""
    rows = ["Level\tBox Type\tName\tTitle\tPosition ID\tClassification\tFTE (org)\tLocation\tReports To ID",
            "0\tManager (off-chart)\tFintan Wetherall\tDirector General, Aquatic Science\t30140\tEX-03\t\t\t",
            "1\tRoot\tSiddharth Ashdown\tDirector, Biodiversity Genomics\t31407\tEX-01\t49\tOttawa, Ontario\t30140",
            "2\tSubordinate\tVacant\tDivision Manager, Genomics Laboratory\t314072\tEG-07\t18\tOttawa, Ontario\t31407",
            "2\tSubordinate\tKirra Fairweather\tDivision Manager, Bioinformatics\t314073\tSE-RES-03\t15\t\t31407"]
    text = "OrgPlus Professional 12 - Chart data export\nExport date: 10/30/2023\n\n" + "\n".join(rows) + "\n"
    root, records = _import(tmp_path, "OrgPlus export - Biodiversity Genomics.txt", text)
    record = _record(root, "31407")
    assert (record["title"], record["classification"], record["reports_to"], record["dimensions"]["fte"]) == \
        ("Director, Biodiversity Genomics", "EX-01", "30140", 49)
    assert record["supervisor"] == {"title": "Director General, Aquatic Science", "classification": "EX-03"}
    assert _reports(root, "31407", 2) == [("Division Manager, Genomics Laboratory", "EG-07", 18),
                                          ("Division Manager, Bioinformatics", "SE-RES-03", 15)]
    assert "Ashdown" not in records and "Fairweather" not in records


def test_an_extracts_rows_linked_by_their_reports_to_numbers(tmp_path: Path) -> None:
    """An HR system's extract of a position and the positions reporting to it, no column saying which is
    which: the row the others' ``REPORTS_TO`` names is the position's; its own FTE of 1.0 no unit's."""
    text = ("POSITION_NBR,EFFDT,DESCR,DESCRLONG,JOBCODE,SAL_ADMIN_PLAN,GRADE,REPORTS_TO,LOCATION_DESCR,FTE\n"
            '00031213,11/21/2022,"DIRECTOR, REGULATORY REVIEW SY","Director, Regulatory Review Systems",104513,EX,01,'
            '00030210,"Ottawa, Ontario",1.000000\n'
            '00312131,11/21/2022,"MANAGER, CASE MANAGEMENT SYSTE","Manager, Case Management System",221300,CS,04,'
            '00031213,"Ottawa, Ontario",1.000000\n'
            '00312132,05/17/2021,"MANAGER, REGULATORY DATA","Manager, Regulatory Data",221301,CS,05,00031213,'
            '"Ottawa, Ontario",1.000000\n')
    root, _ = _import(tmp_path, "PHX_POSN_EXTRACT_00031213 and reports.csv", text)
    record = _record(root, "00031213")
    assert (record["title"], record["classification"], record["job_code"], record["reports_to"]) == \
        ("Director, Regulatory Review Systems", "EX-01", "104513", "00030210")
    assert "fte" not in (record.get("dimensions") or {})
    assert _reports(root, "00031213", 2) == [("Manager, Case Management System", "CS-04", None),
                                             ("Manager, Regulatory Data", "CS-05", None)]


def test_a_reporting_tree_printed_in_columns_with_the_position_starred(tmp_path: Path) -> None:
    """PeopleSoft's ``Position Reporting Relationships`` printed in columns of spaces: a level per row, the
    selected position's starred; the row a level up its supervisor's, the rows a level down its reports'."""
    rule = "-" * 100 + "\n"
    text = ("Fisheries and Oceans Canada          Position Reporting Relationships       DFO_POS_TREE\n"
            "As of Date: 20-FEB-2023                          Selected Position: 00031221\n\n"
            "Lvl  Position   Description                                   Plan  Grd  Eff Date      Org FTE  Incumbent\n"
            + rule +
            "1    00030220   Executive Director, Marine Conservation       EX    02   17-JUN-2019            Jo Roy\n"
            "2 *  00031221   Director, Marine Protected Areas Network      EX    01   16-AUG-2021      38.0  Al Marsh\n"
            "3    00312211     Manager, MPA Establishment                  EC    07   16-AUG-2021       8.0  Xi Hazel\n"
            "3    00312212     Manager, Network Planning                   PM    06   16-AUG-2021      10.0  VACANT\n"
            + rule + "Rows: 4      * = selected position\n")
    root, records = _import(tmp_path, "Position Reporting Relationships - MPA Network.txt", text)
    record = _record(root, "00031221")
    assert (record["title"], record["classification"], str(record["effective_date"]), record["dimensions"]["fte"]) \
        == ("Director, Marine Protected Areas Network", "EX-01", "2021-08-16", 38)
    assert (record["reports_to"], record["supervisor"]) == \
        ("00030220", {"title": "Executive Director, Marine Conservation", "classification": "EX-02"})
    assert _reports(root, "00031221", 2) == [("Manager, MPA Establishment", "EC-07", 8),
                                             ("Manager, Network Planning", "PM-06", 10)]
    assert "Marsh" not in records and "Hazel" not in records


def test_chart_data_in_columns_linked_by_titles(tmp_path: Path) -> None:
    """A chart tool's shape data printed in columns, each row's ``Reports To`` a title: the position is the
    one the others report to (its heading says organization chart: one position's, read)."""
    text = ("Organization Chart Data – Director, Recovery Planning\nDate: March 8, 2023\n\n"
            "Name              Title                               Position Number  Classification  FTE  Reports To\n"
            "Jo Fairweather    Director General, Species at Risk                    EX-03                \n"
            "Jo Ortiz          Director, Recovery Planning         31202            EX-01           33   "
            "Director General, Species at Risk\n"
            "Hollis Marsh      Manager, Recovery Documents                          EC-07           8    "
            "Director, Recovery Planning\n"
            "Orla Nettleford   Manager, Permits and Agreements                      EC-06           12   "
            "Director, Recovery Planning\n")
    root, records = _import(tmp_path, "Visio org chart data - Recovery Planning.txt", text)
    record = _record(root, "31202")
    assert (record["title"], record["supervisor"]["title"], record["dimensions"]["fte"]) == \
        ("Director, Recovery Planning", "Director General, Species at Risk", 33)
    assert _reports(root, "31202", 2) == [("Manager, Recovery Documents", "EC-07", 8),
                                          ("Manager, Permits and Agreements", "EC-06", 12)]
    assert "Ortiz" not in records and "Nettleford" not in records


def test_a_workbook_sheet_with_headings_notes_and_a_sum(tmp_path: Path) -> None:
    """A branch's workbook saved as CSV: a title above, ``Field,Value,Notes`` (the notes no part of a value),
    a table of reports under its heading ending in its sum, the sheet's author (never copied)."""
    text = ("Position profile – Aquatic Ecosystems Sector\n\nField,Value,Notes\n"
            'Title,"Director, Sector Planning",\nPosition #,31001,per MyGCHR\nGroup & level,EX-01,\n'
            'Job code,104401,\nLocation,"Ottawa, Ontario",\nReports to (title),"Assistant Deputy Minister, Aquatic '
            'Ecosystems",\nReports to (pos #),30001,\n'
            "FTEs,37,incl. director\nSalary,\"$3,880,000\",FY budget\n\nDirect reports\nTitle,Level,FTEs\n"
            '"Manager, Business Planning",EC-06,10\n"Manager, Financial Management",AS-07,6\nSum,,16\n\n'
            "Prepared by,Esmé Northcott,2023-09-18\n")
    root, records = _import(tmp_path, "Sector Planning positions workbook - Director.csv", text)
    record = _record(root, "31001")
    assert (record["title"], record["classification"], record["dimensions"]) == \
        ("Director, Sector Planning", "EX-01", {"fte": 37, "salary": 3_880_000})
    assert _reports(root, "31001", 2) == [("Manager, Business Planning", "EC-06", 10),
                                          ("Manager, Financial Management", "AS-07", 6)]
    assert "Northcott" not in records


def test_a_printed_sheets_footer_naming_who_updated_it(tmp_path: Path) -> None:
    """``Updated 4 July 2023 by X`` under a printed sheet: who updated it, no part of the description."""
    page = ("Fish Passage Standards – position sheet                        Sheet: Position\n"
            "Field                 Value\nTitle                 Director, Fish Passage Standards\n"
            "Position #            31106\nGroup & level         EX-01\nLocation              Ottawa, Ontario\n"
            "FTEs                  35\nSalary                $3,740K\nDirect reports\n"
            "Title                                               Level        FTEs\n"
            "Division Manager, Fish Passage Engineering          SE-RES-04      11\n"
            "Division Manager, Flow Needs Science                SE-RES-03      10\n"
            "Updated 4 July 2023 by Verity Kettleborough\nH:\\AES\\Org\\Positions FY2023-24.xlsx        Page 1\n")
    root, records = _import(tmp_path, "Fish Passage Director - workbook print.pdf", pdf_bytes([page]))
    assert _record(root, "31106")["title"] == "Director, Fish Passage Standards"
    assert "Kettleborough" not in records


def test_an_hr_systems_position_data_report(tmp_path: Path) -> None:
    """MyGCHR's ``Position Data``: its long description the title (not the cut one), the salary plan and
    grade side by side, the organization's budget under its heading, reports under ``Position  Long
    Description  Plan  Grade Org FTE``."""
    text = ("MyGCHR                                  Position Data                      Page 1 of 1\n\n"
            "Position Number:        00031102\nEffective Date:         2023/04/17    Status: A - Active\n"
            "Description:            DIR PROG DELIVERY OVERSIGHT\nLong Description:       Director, Program Delivery\n"
            "Sal Admin Plan:         EX        Grade: 01\nMax Head Count:         1        FTE: 1.000000\n\n"
            "Organization Budget (departmental custom fields)\n  Org FTE:              63.00\n"
            "  Salary Budget:        $6,930,000.00\n  O&M Budget:           $550,000.00\n\nDirect Reports\n"
            "  Position  Long Description                                          Plan  Grade Org FTE\n"
            "  00311021  Manager, National Program Integrity                       EC    07    18.00\n"
            "  00311022  Manager, Performance Measurement                          EC    06    17.00\n")
    root, _ = _import(tmp_path, "MyGCHR_Position_Data_00031102.txt", text)
    record = _record(root, "00031102")
    assert (record["title"], record["classification"], record["dimensions"]) == \
        ("Director, Program Delivery", "EX-01", {"fte": 63, "salary": 6_930_000, "o_and_m": 550_000})
    assert _reports(root, "00031102", 2) == [("Manager, National Program Integrity", "EC-07", 18),
                                             ("Manager, Performance Measurement", "EC-06", 17)]


def test_an_sap_position_display_of_the_po13_layout(tmp_path: Path) -> None:
    """SAP's ``Display Position (PO13)``: ``Position  S 50031303``, its infotypes indented (the object's name,
    the pay scale's group and level, the address under its infotype, the description's budget written with
    SAP's decimal comma), the reports' level and FTEs after their titles, the holder left out."""
    text = ("SAP Organizational Management  -  Display Position (PO13)            Client 300\n"
            "Position       S 50031303   Regional Director, Ecosystems Management\n"
            "Validity       01.06.2021 - 31.12.9999\n\nInfotype 1000  Object\n  Object abbr.   RD-EM-03\n"
            "  Object name    Regional Director, Ecosystems Management, Newfoundland\nInfotype 1001  Relationships\n"
            "  A 002  Reports (line) to          S 50030130  Director General, Ecosystems Management\n"
            "  A 008  Holder                     P 00093916  Dorian Pelletier-Ng\n"
            "  B 002  Is line supervisor of  S 50313031  Manager, Fish Habitat Protection     PS grp BI 04   FTE 12.00\n"
            "  B 002  Is line supervisor of  S 50313033  Manager, Labrador Operations         PS grp CO 03   FTE 13.00\n"
            "Infotype 1005  Planned compensation\n  Pay scale type 01 EX   Pay scale area 01   Group EX   Level 01\n"
            "Infotype 1028  Address\n  St. John's, Newfoundland and Labrador\nInfotype 9001  Work description (DFO)\n"
            "  WD job code    104588\n  Unit FTE       42.00\n  Salary budget  4.540.000,00 CAD\n"
            "  O&M budget     400.000,00 CAD\n")
    root, records = _import(tmp_path, "SAP_PO13_S50031303.txt", text)
    record = _record(root, "50031303")
    assert (record["title"], record["classification"], record["job_code"], record["location"]) == \
        ("Regional Director, Ecosystems Management, Newfoundland", "EX-01", "104588", "St. John's, NL")
    assert record["reports_to"] == "50030130"
    assert record["dimensions"] == {"fte": 42, "salary": 4_540_000, "o_and_m": 400_000}
    assert _reports(root, "50031303", 2) == [("Manager, Fish Habitat Protection", "BI-04", 12),
                                             ("Manager, Labrador Operations", "CO-03", 13)]
    assert "Pelletier" not in records


def test_a_wiki_pages_team_and_a_supervisors_number_in_its_parentheses(tmp_path: Path) -> None:
    """A wiki page's fields in a table, the supervisor's level and number in one parenthesis (``(EX-05,
    #30001)``), its direct reports under ``## Team``."""
    text = ("# Position: Director, Sector Data Services\n\n| Field | Value |\n|---|---|\n| Position # | 31003 |\n"
            "| Group/level | EX-01 |\n| Reports to | Assistant Deputy Minister, Aquatic Ecosystems (EX-05, #30001) |\n"
            "| FTEs | 44 |\n\n## Team\n\n| Unit lead | Level | FTEs |\n|---|---|---|\n"
            "| Manager, Data Management | CS-04 | 8 |\n| Manager, Digital Solutions | IS-05 | 15 |\n\n## Mandate\n\n"
            "The Director is accountable for the sector's data management and digital services.\n")
    root, _ = _import(tmp_path, "Director, Sector Data Services – Wiki.md", text)
    record = _record(root, "31003")
    assert (record["reports_to"], record["supervisor"]) == \
        ("30001", {"title": "Assistant Deputy Minister, Aquatic Ecosystems", "classification": "EX-05"})
    assert _reports(root, "31003", 2) == [("Manager, Data Management", "CS-04", 8),
                                          ("Manager, Digital Solutions", "IS-05", 15)]


def test_a_scans_misread_labels_and_levels(tmp_path: Path) -> None:
    """A scan's labels with a letter misread (``Titre du poste du svperviseur``, ``Position Nvmber``), a
    cover page's ``Direct reports of this position:``, and an executive level's 2 read as a Z (``EX Z``)."""
    text = ("WORK DESCRIPTION\n\nPosition title: Area Director, Cape Breton\nPosition Nvmber: 30540\n"
            "Group and level: EX Z\nTitre du poste du svperviseur: Directeur des opérations, Région du Golfe\n\n"
            "Direct reports of this position:\n| Position | Group/Level | FTEs |\n"
            "| Area Chief, Resource Management | PM-06 | 8 |\n| Area Chief, Small Craft Harbours | EN-ENG-05 | 6 |\n\n"
            "GENERAL ACCOUNTABILITY\nAccountable for the delivery of all departmental programs in the area.\n")
    root, _ = _import(tmp_path, "Cape Breton AD work desc 2012 (scan).txt", text)
    record = _record(root, "30540")
    assert (record["title"], record["classification"], record["supervisor"]["title"]) == \
        ("Area Director, Cape Breton", "EX-02", "Directeur des opérations, Région du Golfe")
    assert _reports(root, "30540", 2) == [("Area Chief, Resource Management", "PM-06", 8),
                                          ("Area Chief, Small Craft Harbours", "EN-ENG-05", 6)]


@pytest.mark.parametrize("supervisor,number", [
    ("Regional Director General, Gulf Region EX 3 Pos. No. 75001", "75001"),
    ("Regional Director General, Gulf Region (EX 3). poste no 75001", "75001")])
def test_a_supervisors_level_before_its_number_without_a_comma(tmp_path: Path, supervisor: str, number: str) -> None:
    """A typed form's supervisor line: its level after its title without brackets or in brackets a period
    closes, then its position's number."""
    text = (f"POSITION DESCRIPTION\n\nPOSITION TITLE: Regional Director, Fisheries Management\nPOSITION NUMBER: 75210\n"
            f"IMMEDIATE SUPERVISOR: {supervisor}\n\nGENERAL ACCOUNTABILITY\nThe Regional Director directs the "
            f"region's fisheries management programs.\n")
    root, _ = _import(tmp_path, "RDFM Gulf 1998.txt", text)
    record = _record(root, "75210")
    assert (record["reports_to"], record["supervisor"]) == \
        (number, {"title": "Regional Director General, Gulf Region", "classification": "EX-03"})


def test_an_hr_systems_position_data_report_in_french(tmp_path: Path) -> None:
    """MyGCHR's ``Données du poste``: ``Description longue`` the title, ``Régime salarial`` and ``Échelon`` the
    classification, the organization's budget under its heading, reports under ``Position  Description longue
    Rég.  Éch.  ETP org.`` and ``Postes subordonnés directs``."""
    text = ("MyGCHR                                  Données du poste                            Page 1 de 1\n\n"
            "Numéro de poste:        00031304\nDate d'effet:           2022/05/30    Statut: A - Actif\n"
            "Description:            DR GEST ECOSYST QC\nDescription longue:     Directeur régional, Écosystèmes\n"
            "Régime salarial:        EX        Échelon: 01\n\nBudget de l'organisation (champs ministériels)\n"
            "  ETP de l'org.:        58.00\n  Budget salarial:      5 920 000 $\n  Budget F et E:        520 000 $\n\n"
            "Postes subordonnés directs\n"
            "  Position  Description longue                                        Rég.  Éch.  ETP org.\n"
            "  00313041  Gestionnaire, Protection du poisson et de son habitat     EG    07    18.00\n"
            "  00313042  Gestionnaire, Espèces en péril                            PM    06    18.00\n")
    root, _ = _import(tmp_path, "Rapport données du poste 00031304.txt", text)
    record = _record(root, "00031304")
    assert (record["title"], record["classification"], record["dimensions"]) == \
        ("Directeur régional, Écosystèmes", "EX-01", {"fte": 58, "salary": 5_920_000, "o_and_m": 520_000})
    assert _reports(root, "00031304", 2) == [("Gestionnaire, Protection du poisson et de son habitat", "EG-07", 18),
                                             ("Gestionnaire, Espèces en péril", "PM-06", 18)]


def test_a_bilingual_supervisors_level_and_number_after_both_titles(tmp_path: Path) -> None:
    """``Reports to / Relève de: X / Y (EX-02) - 50200``: both languages' titles, then the level and, after a
    dash, the number both own."""
    text = ("Work Description - Executive (EX) Group / Description de travail - Groupe de la direction (EX)\n"
            "Title / Titre: Area Director, Eastern New Brunswick / Directeur de secteur, Est du Nouveau-Brunswick\n"
            "Position # / No de poste: 50510\nLevel / Niveau: EX-01\n"
            "Reports to / Relève de: Director, Operations, Gulf Region / Directeur, Opérations, Région du Golfe "
            "(EX-02) - 50200\n1. PURPOSE\nAccountable for the delivery of all departmental programs in the area.\n")
    root, _ = _import(tmp_path, "Area Director ENB 2024.txt", text)
    record = _record(root, "50510")
    assert (record["reports_to"], record["supervisor"]) == \
        ("50200", {"title": "Director, Operations, Gulf Region", "classification": "EX-02"})


def test_a_staffing_note_naming_a_position_is_refused(tmp_path: Path) -> None:
    """``NOTE DE DOTATION``: a staffing note about an acting appointment names the position, its level and its
    number, but is no description: refused, nothing written."""
    text = ("NOTE DE DOTATION - SERVICES AUX CADRES\nDestinataire : directeur des opérations, Région du Québec\n"
            "Date : 8 mars 2021\nObjet : Nomination intérimaire - Directrice de secteur, Côte-Nord (EX-01), "
            "poste 40520\n"
            "CONTEXTE\nLe poste dirige le bureau de secteur de Sept-Îles (environ 70 ETP) et relève du directeur des "
            "opérations (EX-02, poste 40200).\nRECOMMANDATION\nOption 1. La description de travail du poste demeure "
            "inchangée; aucune mesure de classification n'est requise.\n")
    doc = tmp_path / "Note de dotation - DS Côte-Nord intérim 2021.txt"
    doc.write_text(text, encoding="utf-8")
    root = tmp_path / "repo"
    root.mkdir()
    init_repository(root, organization="Shapes test", today=dt.date(2026, 11, 25))
    result = run_cli(["import", str(doc)], root)
    assert result.exit_code == 2 and "a staffing request, not a work description" in result.output
    assert not list((root / "records/positions").glob("*.yaml"))


def test_a_typed_lists_counts_in_bare_brackets(tmp_path: Path) -> None:
    """A typed form's numbered list, each report's code first and its person-years alone in brackets at the line's
    end (``2. BI-4  Senior Science Advisor (Z9)``, a scan's Z for a 2); a bracket of words is no count."""
    text = ("EXECUTIVE GROUP POSITION DESCRIPTION\n\nPOSITION TITLE: Director, Science, Newfoundland Region\n"
            "POSITION NUMBER: 76108\n\n1. GENERAL ACCOUNTABILITY\nThe Director is accountable for scientific "
            "research and assessments.\n\n2. ORGANIZATION\nPositions reporting directly to the incumbent:\n"
            "  1. BI-4  Senior Science Advisor (Z9)\n  2. EG-ESS-7  Chief, Biological Sampling (6)\n"
            "  3. CS-3  Chief, Data Services (IM)\n\n3. DIMENSIONS\n    Person-years: 89\n")
    root, _ = _import(tmp_path, "Science Director Nfld 1997 - fax copy.txt", text)
    assert _reports(root, "76108", 3) == [("Senior Science Advisor", "BI-04", 29),
                                          ("Chief, Biological Sampling", "EG-ESS-07", 6),
                                          ("Chief, Data Services", "CS-03", None)]


def test_a_parts_heading_with_a_spaced_dash_and_a_scans_e_bullets(tmp_path: Path) -> None:
    """``PART 3 - Organization`` (a space before the dash) heads the structure; a scan reads a list's bullet as
    ``e`` or ``0`` and a verb's letter wrongly (``rcport``)."""
    text = ("Position Title: Executive Director, Animal Health\nPosition Number: 407128\n"
            "PART 3 - Organization\nThe following 3 positions rcport to the Executive Director, Animal Health:\n"
            "e National Manager, Disease Control (VM-O4), staff of 18\n"
            "0 National Manager, Import and Export (VM-O4), staff of 22\n"
            "e Manager, Animal Welfare (SG-SRE-06), staff of 24\n"
            "PART 4 - KEY ACTIVITIES\n1. Leads the preparation of Memoranda to Cabinet.\n")
    root, _ = _import(tmp_path, "Executive Director, Animal Health - EX-02.txt", text)
    assert _reports(root, "407128", 3) == [("National Manager, Disease Control", "VM-04", 18),
                                           ("National Manager, Import and Export", "VM-04", 22),
                                           ("Manager, Animal Welfare", "SG-SRE-06", 24)]


def test_an_organization_heading_over_a_sentence_names_no_department(tmp_path: Path) -> None:
    """``Organization`` alone on its line, a sentence under it that a line's end cuts off: the structure's
    heading, not the department's label taking the sentence as its value."""
    text = ("POSITION TITLE:\nDirector General, Census Operations\nPOSITION NUMBER:\n899519\n"
            "DEPARTMENT:\nStatistics Canada\nPurpose\nThe Director General is accountable for the Census.\n"
            "Organization\nThe Director General, Census Operations reports to the Assistant Deputy Minister,\n"
            "Census, Operations and Communications.\n"
            "Reporting to the Director General, Census Operations are the Director, Census\n"
            "Collection (EX-1, 78 FTE's); Director, Census Processing (EX-1, 22 FTE); Director,\n"
            "Census Dissemination (EX-1, 85 FTEs).\nKey Activities\n- Directs the census.\n")
    root, _ = _import(tmp_path, "Director General, Census Operations - EX-03.txt", text)
    record = _record(root, "899519")
    assert record["supervisor"]["title"] == "Assistant Deputy Minister, Census, Operations and Communications"
    assert _reports(root, "899519", 3) == [("Director, Census Collection", "EX-01", 78),
                                           ("Director, Census Processing", "EX-01", 22),
                                           ("Director, Census Dissemination", "EX-01", 85)]


def test_a_scans_run_with_an_organization_label_over_a_sentence(tmp_path: Path) -> None:
    """A fax read as one run: ``II. ORGANIZATION:`` before a sentence heads the structure (no department's name),
    ``GRP & LVL:`` labels the level, and ``»`` bullets list the reports."""
    text = ("FROM : INFRASTRUCTURE CAN FAX NO. : 613 555 0615   Jun. 5 2014 10:34  P.01 Infrastructure Canada "
            "Work Description - Executive Group POSITION TITLE: Executive Director, Major Bridge Projects GRP & LVL: "
            "EXO2 BRANCH/SECTOR: Infrastructure Canada JOB ID: l02l34 PIN: 25674 PLACE OF WORK: Ottawa, Ontario "
            "I. GENERAL ACCOUNTABILITY: Accountable for directing the delivery of federally owned major bridge "
            "projects, for the stewardship of the resources assigned to it, and for advice to senior management on "
            "its results and risks. II. ORGANIZATION: The position reports to the Assistant Deputy Minister, "
            "Investment, Partnerships and Innovation (EX-04), position 72I17. The following positions report to "
            "the incumbent: » Director, Project Oversight (EX - O1), I2 employees, responsible for the day-to-day "
            "work of the unit » Director, Contract Management (EX-1), 9 P.Y., responsible for the day-to-day work "
            "of the unit III. ENVIRONMENT: Infrastructure Canada works with provinces, territories, Indigenous "
            "partners and the private sector. The incumbent leads a multidisciplinary team and must anticipate "
            "emerging issues. IV. SCOPE INDICATORS: Full-Time Equivalents: 25 V. PRINCIPAL DUTIES: 1. Directs the "
            "development and implementation of strategies, plans and operational policies.\n")
    root, _ = _import(tmp_path, "Infrastructure - Executive Director, Major Bridge Projects.txt", text)
    record = _record(root, "25674")
    assert (record["title"], record["classification"], record["reports_to"], record["supervisor"]["title"]) == \
        ("Executive Director, Major Bridge Projects", "EX-02", "72117",
         "Assistant Deputy Minister, Investment, Partnerships and Innovation")
    assert _reports(root, "25674", 2) == [("Director, Project Oversight", "EX-01", 12),
                                          ("Director, Contract Management", "EX-01", 9)]


def test_three_dots_lead_a_label_to_its_value(tmp_path: Path) -> None:
    """``Title of Supervisor ... Director General, X`` and ``Supervisor Pos. No. ... 486B7``: three dots set
    apart by spaces stand for the colon, as longer leaders do."""
    text = ("PUBLIC SAFETY CANADA Work Description - Executive Group Official Title ....... Director, Government "
            "Operations Centre Proposed Classification ........... EX-01 Title of Supervisor ... Director General, "
            "Emergency Management Planning Classification Effective Date ........... AUG 07 2O1S Supervisor's "
            "Classification ............ EX O2 City/Province ........... Ottawa Ont. Supervisor Pos. No. ... 486B7 "
            "Pos. No. ........ 73B63 A. Position Summary : Accountable for directing federal coordination of "
            "responses to events of national interest. C. Organization : The following positions report to the "
            "incumbent: ' - Manager, Watch Office (PM-O6), l8 FTE, responsible for the day-to-day work of the unit "
            "- Manager, Planning and Exercises (PM-O6), 7 FTE, responsible for the day-to-day work of the unit "
            "D. Key Accountabilities : 1. Directs the development and implementation of strategies.\n")
    root, _ = _import(tmp_path, "WD Director, Government Operations Centre.txt", text)
    record = _record(root, "73863")
    assert (record["supervisor"]["title"], record["reports_to"], record["location"]) == \
        ("Director General, Emergency Management Planning", "48687", "Ottawa, ON")
    assert _reports(root, "73863", 2) == [("Manager, Watch Office", "PM-06", 18),
                                          ("Manager, Planning and Exercises", "PM-06", 7)]


def test_a_tables_row_a_scan_broke_after_its_first_cell(tmp_path: Path) -> None:
    """``Manager, Pay Operations`` / ``| AS-7 | 4``: a phone's scan of a table put a row's other cells on the
    next line; the first cell and the rest make as many cells as the header has, so one row."""
    text = ("Position Title: Executive Director, Pay Stabilization\nPosition Number: 849515\n\n"
            "2. ORGANIZATIONAL STRUCTURE\nThe following 4 positions report to the Executive Director:\n\n"
            "Position | Group/Level | FTEs\n' Manager, Pay Operations\n| AS-7 | 4\nManager, Pay Quality Assurance\n"
            "| AS-6 | 9\nManager, Client Contact Centre | AS-6 | 18\nTeam Leader, Data Integrity\n| CS-3 | 7\n\n"
            "3. NATURE & SCOPE\nThe Pay Stabilization function must reconcile competing priorities.\n")
    root, _ = _import(tmp_path, "WD 849515 ED Pay Stabilization FINAL.txt", text)
    assert _reports(root, "849515", 4) == [("Manager, Pay Operations", "AS-07", 4),
                                           ("Manager, Pay Quality Assurance", "AS-06", 9),
                                           ("Manager, Client Contact Centre", "AS-06", 18),
                                           ("Team Leader, Data Integrity", "CS-03", 7)]


def test_a_budget_by_source_of_funds_in_columns_two_spaces_apart(tmp_path: Path) -> None:
    """A table of the funds' sources (a vote, cost recovery) whose amounts two spaces set apart, French or English:
    the Total row's salary, O&M and total; ``Total FTEs (including the position): 152`` under a table of
    reports in columns is no row of it, and ``Salary (Vote 1):`` keeps its label."""
    english = ("Title: Chief Science Officer\nPosition no.: 30100\n5. FINANCIAL RESOURCES (2022-2023)\n"
               "Source of funds                            Salary          O&M         Total\n"
               "Appropriation (Vote 1)               $100,640,000  $35,844,000  $136,484,000\n"
               "Cost recovery (respendable revenue)   $17,760,000  $10,406,000   $28,166,000\n"
               "Total                                $118,400,000  $46,250,000  $164,650,000\n"
               "FTEs: 1415\n6. CONTEXT AND CHALLENGES\nThe Agency is a science-based regulator.\n")
    french = ("Titre : Directeur régional, Saint-Hyacinthe\nNuméro du poste : 30200\n"
              "5. RESSOURCES FINANCIÈRES (2017-2018)\n\n"
              "Source                                             Salaires       F et E         Total\n"
              "Crédits parlementaires (crédit 1)              19 746 000 $  2 877 000 $  22 623 000 $\n"
              "Recouvrement des coûts (recettes disponibles)   2 194 000 $    508 000 $   2 702 000 $\n"
              "Total                                          21 940 000 $  3 385 000 $  25 325 000 $\n\n"
              "ETP : 255\n\n6. CONTEXTE ET DÉFIS\nL'Agence est un organisme de réglementation.\n")
    tabled = ("Title: Director General, Enforcement\nPosition no.: 30210\n4. DIRECT REPORTS\n"
              "Position                                       Group-level  FTEs\n"
              "Director, National Investigation Services            EX-01    96\n"
              "Manager, Evidence and Laboratory Liaison             CH-04     5\n"
              "Total FTEs in the organization (including the position): 152\n"
              "5. FINANCIAL RESOURCES (2024-2025)\nFTEs: 152\nSalary (Vote 1): $14,870,000\n"
              "O&M (Vote 1): $3,925,000\nTotal operating (salary and O&M): $18,795,000\n"
              "Capital (Vote 5): $1,200,000\n6. CONTEXT AND CHALLENGES\nThe Agency is a regulator.\n")
    for name, text, number, figures in (
            ("CSO 2022.txt", english, "30100", (1415, 118400000, 46250000, 164650000)),
            ("DR St-Hyacinthe 2017.txt", french, "30200", (255, 21940000, 3385000, 25325000)),
            ("DG Enforcement 2024.txt", tabled, "30210", (152, 14870000, 3925000, 18795000))):
        root, _ = _import(tmp_path, name, text)
        dims = _record(root, number)["dimensions"]
        assert (dims["fte"], dims["salary"], dims["o_and_m"], dims["total"]) == figures, name


def test_a_bilingual_columns_labels_over_a_total_row(tmp_path: Path) -> None:
    """``| Source | Salary / Salaires | O&M / F et E | Total |``: a column named in both languages is read by
    its first half, so the Total row gives the salary and the O&M too."""
    text = ("Title: Director, Inspection Training\nPosition no.: 30330\n"
            "5. FINANCIAL RESOURCES / 5. RESSOURCES FINANCIÈRES (2025-2026)\n"
            "| Source | Salary / Salaires | O&M / F et E | Total |\n"
            "| Appropriation (Vote 1) | $2,288,000 | $1,071,000 | $3,359,000 |\n"
            "| Cost recovery (respendable revenue) | $572,000 | $459,000 | $1,031,000 |\n"
            "| Total | $2,860,000 | $1,530,000 | $4,390,000 |\nFTEs / ETP: 31\n"
            "6. CONTEXT AND CHALLENGES / 6. CONTEXTE ET DÉFIS\nThe Agency is a science-based regulator.\n")
    root, _ = _import(tmp_path, "Director Inspection Training 2025 FINAL.md", text)
    dims = _record(root, "30330")["dimensions"]
    assert (dims["salary"], dims["o_and_m"], dims["total"]) == (2860000, 1530000, 4390000)


def test_a_markdown_cells_line_break_between_two_languages(tmp_path: Path) -> None:
    """``| Director, X<br>*Directrice, X* | EX-01 | 35 |``: a cell's two lines are its title in each language,
    the second in italics; the title in the document's language is kept, without the markup."""
    text = ("# Vice-President, Heritage Places Restoration\n\n**Position number:** 20100\n\n"
            "## Organization Structure\n\n| Position / Poste | Level / Niveau | FTEs / ETP |\n|---|---|---|\n"
            "| Director, Indigenous Conservation Partnerships<br>*Directrice, Partenariats autochtones en "
            "conservation* | EX-01 | 35 |\n"
            "| Senior Policy Advisor<br>*Conseiller principal en politiques* | EC-07 | 1 |\n\n"
            "## Dimensions\n\nFTEs: 37\n")
    root, _ = _import(tmp_path, "VP Heritage Places Restoration.md", text)
    assert _reports(root, "20100", 2) == [("Director, Indigenous Conservation Partnerships", "EX-01", 35),
                                          ("Senior Policy Advisor", "EC-07", 1)]


def test_a_bilingual_reports_halves_a_scan_misread_and_the_east(tmp_path: Path) -> None:
    """``Program Officer / Agent de prograrnme``: the halves are told apart by their languages once the scan's
    letters are mended (one of them names a role); ``... régionale - Est`` is the East, no sentence's verb."""
    text = ("Position Title: Director, Non-Filer Outreach\nPosition Number: 10158\n\nORGANIZATION STRUCTURE\n\n"
            "3 positions report directly to the Director:\n\n"
            "- Manager, Regional Outreach East / Gesti0nnaire, Sensibilisation regionale - Est (MG-0S) - 141 FTEs\n"
            "- Manager, Regional Outreach West / Gestionnaire, Sensibilisation régionale - Ouest (MG-o5) - l39 FTEs\n"
            "- Program Officer / Agent de prograrnme (MG-03) - 7 FTEs\n\nDIMENSIONS\n\nFTEs: 288\n")
    root, _ = _import(tmp_path, "10158 Non-Filer Outreach WD scan.txt", text)
    assert _reports(root, "10158", 3) == [("Manager, Regional Outreach East", "MG-05", 141),
                                          ("Manager, Regional Outreach West", "MG-05", 139),
                                          ("Program Officer", "MG-03", 7)]


def test_the_clerk_under_a_bilingual_supervisor_label(tmp_path: Path) -> None:
    """``Supervisor / Superviseur: Clerk of the Privy Council and Secretary to the Cabinet``: a bilingual
    supervisor's label before a role (the Clerk's) is the supervisor's title, not a person's name."""
    text = ("Position Title / Titre du poste: Executive Director, Results and Delivery Unit\n"
            "Position Number / Numéro du poste: 40950\n"
            "Supervisor / Superviseur: Clerk of the Privy Council and Secretary to the Cabinet\n"
            "GENERAL ACCOUNTABILITY / RESPONSABILITÉ GÉNÉRALE\nThe Executive Director leads the unit.\n")
    root, _ = _import(tmp_path, "Executive Director, Results and Delivery Unit.txt", text)
    assert _record(root, "40950")["supervisor"]["title"] == "Clerk of the Privy Council and Secretary to the Cabinet"


def test_a_heavy_scans_letters_among_an_amounts_digits(tmp_path: Path) -> None:
    """A heavy scan's amounts: a Z for a 2, a b for a 6 and a B for an 8, even first after the dollar sign
    (``$B,lIS,OOo``, ``$I,b0Z,O00``), and a B or a G before a French amount's next group (``3B 066 000 $``)."""
    english = ("Position Title: Regional Director, Civil Aviation\nPosition Number: 30711\n\nDIMENSIONS\n"
               "- FTEs: 74\n- Salary: $B,lIS,OOo\n- O&M: $I,b0Z,O00\n- Total: $9,7I7,0O0\n")
    french = ("Titre du poste : Directeur général, Centre de Sherbrooke\nNuméro du poste : 30712\n\nDIMENSIONS\n"
              "Équivalents temps plein:\t253\nBudget salarial:\t25 81O 0OO $\nBudget de F&E:\t12 25G 00O $\n"
              "Budget total:\t3B 066 000 $\n")
    for name, text, number, figures in (
            ("RD Civil Aviation PNR 2016.txt", english, "30711", (8115000, 1602000, 9717000)),
            ("DG CCCOT Sherbrooke (signée).txt", french, "30712", (25810000, 12256000, 38066000))):
        root, _ = _import(tmp_path, name, text)
        dims = _record(root, number)["dimensions"]
        assert (dims["salary"], dims["o_and_m"], dims["total"]) == figures, name


def test_a_bare_position_labels_number_a_scan_misread(tmp_path: Path) -> None:
    """``Position: 2oI13`` and ``Supervisor's position: 2Oo44``: a title's label over a number alone names the
    position's number, even when a scan read some of its digits as letters."""
    text = ("EXECUTIVE WORK DESCRIPTION\n\nTitle: Director, Visitor Reservation Services\nLevel: EX-01\n"
            "Position: 2oI13\nImmediate supervisor: Vice-President, Heritage Places Restoration\n"
            "Supervisor's position: 2Oo44\n\nGENERAL ACCOUNTABILITY\n\nThe Director leads visitor reservations.\n")
    root, _ = _import(tmp_path, "Visitor Reservation Services Director (OCR).txt", text)
    record = _record(root, "20113")
    assert (record["reports_to"], record["supervisor"]["title"]) == \
        ("20044", "Vice-President, Heritage Places Restoration")


def test_a_runs_next_sentence_after_the_supervisors_title_stays_in_the_structure(tmp_path: Path) -> None:
    """``Reports to: Assistant Deputy Minister, X Reporting to the Director General, Y are: Director, A, (EX-01, 80
    FTE's) ...``: in a scan's run the label's value ends where the next sentence starts; the reports it lists,
    the first one too, are the structure's, and the first report's level is not the supervisor's."""
    text = ("EXECUTIVE WORK DESCRIPTION Job Title: Director General, Medical Devices Directorate Position Number: "
            "620618 General Accountability Providing leadership and strategic direction for the review of medical "
            "devices. Organization Structure Reports to: Assistant Deputy Minister, Health Products and Food Branch "
            "Reporting to the Director General, Medical Devices Directorate are: Director, Device Licensing Services, "
            "(EX-01, 80 FTE's) accountable for: manages the operations of the unit.; Director, Clinical Evaluation, "
            "(EX-OI, 87 employees) accountable for: manages the operations of the unit.; Manager, Business "
            "Operations, (AS-O7, 34 FTEs) accountable for: leads the team. DIMENSIONS FTEs: 220 Salary Budget: "
            "$23.59M Specific Accountabilities 1. Establishes the priorities of the directorate.\n")
    root, _ = _import(tmp_path, "DG Medical Devices Directorate EX-03.txt", text)
    record = _record(root, "620618")
    assert record["supervisor"] == {"title": "Assistant Deputy Minister, Health Products and Food Branch"}
    assert _reports(root, "620618", 3) == [("Director, Device Licensing Services", "EX-01", 80),
                                           ("Director, Clinical Evaluation", "EX-01", 87),
                                           ("Manager, Business Operations", "AS-07", 34)]


def test_a_supervisor_written_as_dg(tmp_path: Path) -> None:
    """``reports to the DG, Data Centre Services (EX - 03), position no. 539984``: a role as forms abbreviate it
    (``DG``, ``ADM``, ``SMA``) names the supervisor."""
    text = ("Position Title: Senior Director, Cloud, Hosting and Enterprise Architecture\nPosition Number: 540120\n\n"
            "ORGANIZATION STRUCTURE\n\nThe Sr. Director, Cloud, Hosting and Enterprise Architecture reports to the\n"
            "DG, Data Centre Services (EX - 03), position no. 539984, and is one of 5\nsenior positions in that "
            "organization.\n\nDIMENSIONS\n\nFTEs: 48\n")
    root, _ = _import(tmp_path, "Sr Director Cloud Hosting and Enterprise Architecture - SSC.txt", text)
    record = _record(root, "540120")
    assert (record["reports_to"], record["supervisor"]) == \
        ("539984", {"title": "DG, Data Centre Services", "classification": "EX-03"})


def test_a_one_row_table_of_an_institutions_fields(tmp_path: Path) -> None:
    """A Word table's header over one row of values, its labels an HR form's own (``Position Nbr``, ``Class.
    Level``, ``Position Name``, ``Institution``, ``Branch - Service``): each label with its value."""
    text = ("JOB DESCRIPTION – EXECUTIVE GROUP\n| Position Nbr | Job Description Code | Class. Level | Date in effect | "
            "Position Name | Institution | Branch - Service | Location of Position |\n| 60310 | 204558 | Ex-03 | "
            "2015-10-05 | Regional Director General, Manitoba Region | Aboriginal Affairs and Northern Development "
            "Canada | Regional Operations Sector | Winnipeg, Manitoba |\nSupervisor information\n"
            "Supervisor (Title): Assistant Deputy Minister, Regional Operations\nGENERAL ACCOUNTABILITY STATEMENT\n"
            "The Regional Director General, Manitoba Region is accountable for the Department's programs.\n")
    root, _ = _import(tmp_path, "AANDC RDG Manitoba WD 2015.txt", text)
    record = _record(root, "60310")
    assert (record["title"], record["classification"], record["job_code"], str(record["effective_date"]),
            record["location"]) == ("Regional Director General, Manitoba Region", "EX-03", "204558", "2015-10-05",
                                    "Winnipeg, MB")


def test_the_supervision_post_labels(tmp_path: Path) -> None:
    """``Titre du poste de supervision`` and ``N° du poste de supervision``: the supervising post's title and
    number, the supervisor's (a ``N°`` before ``poste`` names a number)."""
    text = ("Description de travail\nCadre de direction\nMinistère ou agence: Agence spatiale canadienne\n"
            "Intitulé officiel: Directeur, Opérations de l'exploration spatiale\nN° du poste: 3307\n"
            "Groupe et niveau du poste: EX 1\nTitre du poste de supervision: Directeur général, Exploration spatiale\n"
            "N° du poste de supervision: 3300\nNiveau du gestionnaire: EX 3\nRESPONSABILITÉS GÉNÉRALES\n"
            "Le directeur est responsable des opérations de l'exploration spatiale.\n")
    root, _ = _import(tmp_path, "ASC - Directeur Opérations exploration spatiale 2021.txt", text)
    record = _record(root, "3307")
    assert (record["reports_to"], record["supervisor"]) == \
        ("3300", {"title": "Directeur général, Exploration spatiale", "classification": "EX-03"})


def test_a_pdfs_form_of_qualified_labels_and_a_table_one_space_apart(tmp_path: Path) -> None:
    """A PDF's form without colons, its labels qualified in brackets (``Position Title (official) Director, X``,
    ``Position Number (HRMS) 88540``), and its table of reports whose cells one space sets apart (``Director,
    Pay Operations East EX-01 268``): the labels' values, and each row's title, level and count."""
    text = ("EX POSITION DESCRIPTION\nPortfolio Organization Public Services and Procurement Canada\n"
            "Position Title (official) Executive Director, Pay Centre Operations\nPosition Number (HRMS) 88540\n"
            "Position Level EX-02\nEffective Date (WD) 24 February 2020\n"
            "Location (City, Province) Miramichi, New Brunswick\nPurpose of the Position\n"
            "The Executive Director, Pay Centre Operations is accountable for the processing of pay transactions.\n"
            "Organization\nThe following positions report directly to the Executive Director, Pay Centre "
            "Operations:\nUnit head Grp/Lvl Staff (FTE)\nDirector, Pay Operations East EX-01 268\n"
            "Director, Client Contact Centre EX-01 175\nManager, Business Management AS-07 9\nNature and Scope\n"
            "Public Services and Procurement Canada is the Government of Canada's common service provider.\n")
    root, _ = _import(tmp_path, "PSPC ED Pay Centre Operations WD 2020.txt", text)
    record = _record(root, "88540")
    assert (record["title"], record["classification"], str(record["effective_date"])) == \
        ("Executive Director, Pay Centre Operations", "EX-02", "2020-02-24")
    assert _reports(root, "88540", 3) == [("Director, Pay Operations East", "EX-01", 268),
                                          ("Director, Client Contact Centre", "EX-01", 175),
                                          ("Manager, Business Management", "AS-07", 9)]


def test_a_drawn_trees_reports_with_dot_leaders(tmp_path: Path) -> None:
    """``|-- Manager, X  ....  EC-07 / 9 FTEs``: an org chart drawn as a tree, each branch's title, dots, its
    level and its count after a slash; a name under a branch (``VACANT``) is none of them."""
    text = ("TITLE: Director, Criminal Investigations\nPOSITION NO.: 423750\n\nOrganization\n\n"
            "Director, Criminal Investigations (EX-01)\n    |-- Manager, Stakeholder Relations  ....  EC-07 / 9 FTEs\n"
            "    |      VACANT\n    |-- Manager, Partnerships and Engagement  ....  FB-07 / 2l FTEs\n"
            "    `-- Manager, Research and Analysis  ....  EC-07 / 20 FTEs\n\nNature & Scope\n\n"
            "A key challenge is the modernization of aging systems.\n")
    root, _ = _import(tmp_path, "Director, Criminal Investigations 2011.txt", text)
    assert _reports(root, "423750", 3) == [("Manager, Stakeholder Relations", "EC-07", 9),
                                           ("Manager, Partnerships and Engagement", "FB-07", 21),
                                           ("Manager, Research and Analysis", "EC-07", 20)]


def test_a_pdfs_tables_read_column_after_column_across_a_page(tmp_path: Path) -> None:
    """A PDF's tables read column after column, each cell on its line: the reports' titles broken by a page's
    footer and the next one's header, then their levels and counts; the fiscal years one a line, then each
    dimension and its figures (the current year's kept, ``(current)`` or ``Exercice en cours``)."""
    english = ("Position Title: Director General, Community Infrastructure\nPosition Number: 53120\n"
               "Organizational Context\nReporting to the position are:\nPosition Title\nDirector, Client Services\n"
               "Executive Director, Business Transformation\nIndigenous Services Canada\n1\n\n"
               "Form EX-WD-2 (rev. 2017)\nSenior Advisor to the Director General\nGroup/Level\nEX-01\nEX-02\nEC-07\n"
               "FTEs\n81\n82\n1\nKey Dimensions\n2019-2020\n2020-2021\n2021-2022 (current)\nFull-time equivalents\n"
               "240\n235\n255\nSalary budget\n$25.408 million\n$29.463 million\n$27.03 million\nO&M budget\n"
               "$2.937 million\n$2.414 million\n$2.489 million\nTotal\n$28.345 million\n$31.877 million\n"
               "$29.519 million\nContext\nA key challenge for the incumbent is to reconcile priorities.\n")
    root, _ = _import(tmp_path, "Director General, Community Infrastructure - EX-03.txt", english)
    assert _reports(root, "53120", 3) == [("Director, Client Services", "EX-01", 81),
                                          ("Executive Director, Business Transformation", "EX-02", 82),
                                          ("Senior Advisor to the Director General", "EC-07", 1)]
    dims = _record(root, "53120")["dimensions"]
    assert (dims["fte"], dims["salary"], dims["o_and_m"], dims["total"]) == (255, 27030000, 2489000, 29519000)
    french = ("Titre du poste : Directeur, Adaptation aux changements climatiques\nNuméro du poste : 18531\n"
              "Principales dimensions\n2023-24 Réel\n2024-25 Exercice en cours\n2025-26 Prévu\n"
              "Équivalents temps plein\n161\n169\n174\nSalaires\n16,701 M$\n17,58 M$\n18,107 M$\n"
              "Budget de F et E\n738 000 $\n777 000 $\n800 000 $\nTotal\n17,439 M$\n18,357 M$\n18,907 M$\n"
              "Contexte organisationnel\nLe poste fait partie de l'équipe de gestion du secteur.\n")
    root, _ = _import(tmp_path, "18531 Directeur, Adaptation aux changements climatiques FINAL.txt", french)
    dims = _record(root, "18531")["dimensions"]
    assert (dims["fte"], dims["salary"], dims["o_and_m"], dims["total"]) == (169, 17580000, 777000, 18357000)


def test_bilingual_column_labels_two_spaces_apart_and_a_b_opening_a_group(tmp_path: Path) -> None:
    """``Salary / Salaires  O&M / F et E       Total``: labels two spaces apart over a Total row whose amounts
    wider gaps set apart; and a scan's ``2 B40 O0O $``, a B opening a French amount's group."""
    spaced = ("Title: Director, Research and Partnerships\nPosition no.: 30400\n"
              "5. FINANCIAL RESOURCES / 5. RESSOURCES FINANCIÈRES (2024-2025)\n"
              "Source                               Salary / Salaires  O&M / F et E       Total\n"
              "Appropriation (Vote 1)                      $2,367,000    $4,598,000  $6,965,000\n"
              "Cost recovery (respendable revenue)           $263,000      $812,000  $1,075,000\n"
              "Total                                       $2,630,000    $5,410,000  $8,040,000\n"
              "FTEs / ETP: 26\n6. CONTEXT AND CHALLENGES / 6. CONTEXTE ET DÉFIS\nThe Agency is a regulator.\n")
    root, _ = _import(tmp_path, "Director Research and Partnerships 2024.txt", spaced)
    dims = _record(root, "30400")["dimensions"]
    assert (dims["salary"], dims["o_and_m"], dims["total"]) == (2630000, 5410000, 8040000)
    scanned = ("TITRE DU POSTE : Directeur, Évaluation des risques phytosanitaires\nNUMÉRO DU POSTE : 30500\n\n"
               "DIMENSIONS\n\nETP:                           Z6\nSalaires:                      2 B40 O0O $\n")
    root, _ = _import(tmp_path, "Directeur evaluation risques phytosanitaires 2011 numérisé.txt", scanned)
    assert _record(root, "30500")["dimensions"]["salary"] == 2840000


def test_a_wrapped_title_before_a_misread_label_and_a_dates_z_month(tmp_path: Path) -> None:
    """``Position Title: Director, Dangerous Goods`` / ``Inspections`` / ``Groiip and Level: EX-ol``: the title
    goes on over its line, the next line a field's whose label a scan misread; ``2OZ3-0Z-13``, a Z for a 2 in
    the month too."""
    text = ("EXECUTIVE WORK DESCRIPTION\nPosition Title: Director, Dangerous Goods\nInspections\n"
            "Groiip and Level: EX-ol\nPosition Number: 30644\nEffcctive Date: 2OZ3-0Z-13\n\n"
            "GENERAL ACCOUNTABILITY\nThe Director is accountable for dangerous goods inspections.\n")
    root, _ = _import(tmp_path, "Dangerous Goods Inspections Dir.txt", text)
    record = _record(root, "30644")
    assert (record["title"], record["classification"], str(record["effective_date"])) == \
        ("Director, Dangerous Goods Inspections", "EX-01", "2023-02-13")


def test_a_manuals_chapter_listing_roles_is_refused(tmp_path: Path) -> None:
    """``FOOD INSPECTION OPERATIONAL MANUAL`` / ``Chapter 4``: a manual's chapter lists roles with their levels
    (``- Inspector (EG-05): documents ...``), no position's reports: refused with what it is, nothing written."""
    text = ("FOOD INSPECTION OPERATIONAL MANUAL\n\nChapter 4 - Enforcement Response and Compliance Escalation\n\n"
            "4.1 PURPOSE\n\nThis chapter describes how inspectors select a proportionate enforcement response.\n\n"
            "4.2 ROLES\n\n- Inspector (EG-05): documents the non-compliance and recommends a response.\n"
            "- Inspection Manager (EG-07): approves corrective action requests and notices of violation.\n"
            "- Regional Director (EX-01): approves licence suspensions and referrals to investigation.\n")
    doc = tmp_path / "Inspection Manual Chapter 4 - Enforcement Response (scan).txt"
    doc.write_text(text, encoding="utf-8")
    root = tmp_path / "repo"
    root.mkdir()
    init_repository(root, organization="Shapes test", today=dt.date(2026, 11, 25))
    result = run_cli(["import", str(doc)], root)
    assert result.exit_code == 2 and "a manual, not a work description" in result.output
    assert not list((root / "records/positions").glob("*.yaml"))



def test_a_reports_title_a_scan_put_a_digit_in_stays_marked(tmp_path: Path) -> None:
    """``- Gesti0nnaire, Services aux clients / Manager, Client Services (MG-05) - 12 ETP``: a digit a scan read
    inside a word is a letter again, so the bilingual report is found and its French half kept, its title still
    marked to verify with what the document read."""
    text = ("Titre du poste : Directeur, Sensibilisation\nNuméro du poste : 10160\n\nSTRUCTURE ORGANISATIONNELLE\n\n"
            "Les postes suivants relèvent du directeur :\n\n"
            "- Gesti0nnaire, Services aux clients / Manager, Client Services (MG-05) - 12 ETP\n"
            "- Gestionnaire, Politiques / Manager, Policy (EC-07) - 6 ETP\n\nDIMENSIONS\n\nETP : 19\n")
    root, records = _import(tmp_path, "10160 Sensibilisation DT numérisée.txt", text)
    assert _reports(root, "10160", 2) == [("Gestionnaire, Services aux clients", "MG-05", 12),
                                          ("Gestionnaire, Politiques", "EC-07", 6)]
    assert 'the document reads "Gesti0nnaire, Services aux clients"' in records


def test_a_titles_words_a_scan_ran_together_set_apart_as_the_document_writes_them(tmp_path: Path) -> None:
    """``Directeur, Bureau des services fiscaux deLaval``: two words a scan ran together, unknown to the word lists
    (a place), set apart where the document's own text writes them apart (``... fiscaux de Laval``), marked to
    verify."""
    text = ("Titre de l'emploi : Directeur, Bureau des services fiscaux deLaval\nNo de poste : 781432\n"
            "Lieu géographique : Laval (Québec)\n\nRESPONSABILITÉ GÉNÉRALE\nLe directeur est responsable, dans le "
            "territoire du Bureau des services fiscaux de Laval, des programmes de vérification et de recouvrement.\n")
    root, records = _import(tmp_path, "BSF Laval directeur 2014 (scan).txt", text)
    assert _record(root, "781432")["title"] == "Directeur, Bureau des services fiscaux de Laval"
    assert 'the document reads "Directeur, Bureau des services fiscaux deLaval"' in records


def test_a_forms_row_of_labels_each_with_its_value_and_no_colon(tmp_path: Path) -> None:
    """``Position Numbér 73205     GroupEX     Level 01     JD # 77041``: a scanned form's row whose cells each hold
    a label and its value (no colon, ``Group`` run into its code), a line without a colon (``Work Site Winnipeg,
    Manitoba``) among lines a lone label turned into ``label: value`` ones."""
    text = ("Government of Canada    Gouvernement du Canada              WORK DESCRIPTION\n"
            "Department/Agency Public Health Agency of Canada\nBranch\n"
            "Title (English) Director, Biocontainment Operations\n"
            "Position Numbér 73205     GroupEX     Level 01     JD # 77041\n"
            "Effective Date of Work Description 2020-02-03\n"
            "Supervisor Position Number 73100   Supervisor Group/Level EX-03\n"
            "Supervisor Title Director General, Science Infrastructure and Operations\n"
            "Work Site Winnipeg, Manitoba\n" + BODY.format(structure=""))
    root, _ = _import(tmp_path, "NML director.txt", text)
    record = _record(root, "73205")
    assert (record["title"], record["classification"], record["job_code"]) == (
        "Director, Biocontainment Operations", "EX-01", "77041")
    assert (record["reports_to"], record["supervisor"]["classification"], record["location"]) == (
        "73100", "EX-03", "Winnipeg, MB")


def test_figures_a_financial_resources_sentence_announces_on_the_lines_after_it(tmp_path: Path) -> None:
    """``Finoncial Resources: The Director manages the directorate's budget:`` then ``Salary: $6,480,000`` and
    ``O&M: ...`` under Responsibility (a scan's ``Finoncial``): the figures the sentence announces."""
    text = ("Position Title: Director, Biocontainment Operations\nPosition Number: 73205\n\nRESPONSIBILITY\n\n"
            "Finoncial Resources: The Director manages the directorate's budget:\nSalary: $6,480,000\n"
            "O&M: $3,900,000\nTotal: $10,380,000\n\nSKILL\n\nThe work requires knowledge of biosafety.\n")
    root, _ = _import(tmp_path, "director.txt", text)
    assert _record(root, "73205")["dimensions"] == {"salary": 6_480_000, "o_and_m": 3_900_000, "total": 10_380_000}


def test_a_generics_annex_labelled_with_a_qualifier_and_a_number_sign(tmp_path: Path) -> None:
    """An annex giving the position's own values after its generic (``Position title (working title):``,
    ``Position #:``): its values over the generic's, its reports a list wrapped over two lines."""
    text = ("GENERIC WORK DESCRIPTION\n\nGeneric title: Director, Service Delivery\nLevel: EX-1\nJob number: 105221\n"
            "Position #: Various\nGeographic location: Various (see Annex A)\n"
            "Reports to: Executive Director, Citizen Services, [Region] (EX-02)\n\nGENERAL ACCOUNTABILITY\n\n"
            "Directs the delivery of services to citizens in a geographic area.\n\nDIMENSIONS\n\n"
            "Dimensions are specific to each position. Example (typical position): Salary $4.1M; O&M $380K.\n\n"
            "APPENDIX – POSITION DETAILS\n\nWhere this annex and the generic differ, the annex applies.\n\n"
            "Position title (working title): Director, Service Delivery – Okanagan and Kootenays\n"
            "Position #: 981568\nGeographic location: Kelowna, British Columbia\n"
            "Immediate supervisor: Executive Director, Citizen Services, Western Canada and Territories Region\n"
            "Direct reports: Senior Advisor, Digital Services (EC-07), staff of 1; Manager, Quality\n"
            "Assurance (AU-03), staff of 6.\n"
            "Key dimensions: Salary $6.27M; Operations and maintenance $1.012M.\n")
    root, _ = _import(tmp_path, "Dir Service Delivery Okanagan - generic w annex.txt", text)
    record = _record(root, "981568")
    assert record["title"] == "Director, Service Delivery – Okanagan and Kootenays"
    assert record["supervisor"]["title"] == "Executive Director, Citizen Services, Western Canada and Territories Region"
    assert (record["location"], record["dimensions"]["salary"]) == ("Kelowna, BC", 6_270_000)
    assert _reports(root, "981568", 2) == [("Senior Advisor, Digital Services", "EC-07", 1),
                                           ("Manager, Quality Assurance", "AU-03", 6)]


def test_a_cover_sheet_before_its_generic_gives_the_positions_own_values(tmp_path: Path) -> None:
    """``COVER PAGE – POSITION-SPECIFIC INFORMATION`` then ``GENERIC EX WORK DESCRIPTION``: the cover's values
    over the generic's (its supervisor, its figures), the cover's reports under a bilingual heading, never the
    generic's typical ones."""
    text = ("COVER PAGE – POSITION-SPECIFIC INFORMATION / PAGE COUVERTURE\n"
            "Working title / Titre du poste:    Director, Service Delivery – Southeast New Brunswick\n"
            "Position # / Numéro du poste:    96001\nGeneric No.:    105221\n"
            "The position reports to the Executive Director, Citizen Services, Atlantic Region (EX-02)\n"
            "(position 58078).\n"
            "Direct reports / Subordonnés directs: Manager, Digital Services (FI-03, 22 FTEs); Manager, Data and\n"
            "Analytics (PM-05, 19 FTEs).\nKEY DIMENSIONS / RESSOURCES:\nSalary:    $6,600,000\n"
            "The duties of this position are described in the attached generic work description 105221.\n\n"
            "GENERIC EX WORK DESCRIPTION / DESCRIPTION DE TRAVAIL GÉNÉRIQUE\n"
            "Generic title / Titre générique:    Director, Service Delivery\nLevel / Groupe et niveau:    EX-01\n"
            "Reports to:    Executive Director, Citizen Services, [Region] (EX-02)\nGENERAL ACCOUNTABILITY:\n"
            "Directs the delivery of Service Canada's services to citizens in a geographic area.\n"
            "ORGANIZATION STRUCTURE (TYPICAL):\n- Manager, Service Canada Centres (PM-05, 60 FTEs)\n"
            "DIMENSIONS (ILLUSTRATIVE):\nSalary: $4,100,000\n")
    root, _ = _import(tmp_path, "Cover page + generic - Dir Service Delivery SE NB.txt", text)
    record = _record(root, "96001")
    assert (record["reports_to"], record["supervisor"]["title"]) == (
        "58078", "Executive Director, Citizen Services, Atlantic Region")
    assert (record["classification"], record["dimensions"]["salary"]) == ("EX-01", 6_600_000)
    assert _reports(root, "96001", 2) == [("Manager, Digital Services", "FI-03", 22),
                                          ("Manager, Data and Analytics", "PM-05", 19)]


def test_an_approvers_name_after_the_last_accountability_is_never_copied(tmp_path: Path) -> None:
    """``Approved: Desmond Quillfeather, Regional Director General, Gulf Region - December 18, 2020`` right under
    the last accountability: a signature, not an accountability's words (``Date Approved:`` stays a date's label)."""
    text = ("Position Title: Regional Director, Science, Gulf Region\nPosition Number: 40207\n"
            "Date Approved: 2021-01-04\n\n"
            "SPECIFIC ACCOUNTABILITIES\n• Plans and directs stock assessment.\n"
            "• Manages the directorate's human and financial resources.\n"
            "Approved: Desmond Quillfeather, Regional Director General, Gulf Region - December 18, 2020\n")
    root, records = _import(tmp_path, "Regional Director Science Gulf 2021.txt", text)
    assert "Quillfeather" not in records and "Manages the directorate's human and financial resources" in records
    assert _record(root, "40207")["effective_date"] == dt.date(2021, 1, 4)  # "Date Approved:", a field's label


@pytest.mark.parametrize("name,text", [
    ("posn 00052251 kv dump.txt",
     "POSITION EXTRACT -- 00052251 -- 2024-02-12\n\n"
     "[ROW 1/3]\nPOSITION_NBR=00052251\nEFFDT=20110214\nDESCR=Regional Director, Science, Pacific Region\n"
     "JOBCODE=104405\nREPORTS_TO=00040340\nSAL_ADMIN_PLAN=EX\nGRADE=01\nLOCATION=BC0712\nLOCATION_DESCR=Nanaimo, BC\n\n"
     "[ROW 2/3]\nPOSITION_NBR=00052251\nEFFDT=20230401\nDESCR=Regional Director, Science, Pacific\n"
     "JOBCODE=104405\nREPORTS_TO=00040340\nSAL_ADMIN_PLAN=EX\nGRADE=02\nLOCATION=BC0712\nLOCATION_DESCR=Nanaimo, BC\n\n"
     "[ROW 3/3]\nPOSITION_NBR=00052251\nEFFDT=20240401\nDESCR=Regional Director, Ecosystem Science, Pacific\n"
     "JOBCODE=104405\nREPORTS_TO=00040340\nSAL_ADMIN_PLAN=EX\nGRADE=02\nLOCATION=BC0712\nLOCATION_DESCR=Nanaimo, BC\n"),
    ("GMR_POSN_HIST_00052251.txt",
     "# PS_POSITION_DATA extract  POSITION_NBR=00052251  run 2024-02-12  rows=3\n"
     "POSITION_NBR|EFFDT|DESCR|JOBCODE|LOCATION|REPORTS_TO|SAL_ADMIN_PLAN|GRADE\n"
     "00052251|2011-02-14|Regional Director, Science, Pacific Region|104405|BC0712|00040340|EX|01\n"
     "00052251|2023-04-01|Regional Director, Science, Pacific|104405|BC0712|00040340|EX|02\n"
     "00052251|2024-04-01|Regional Director, Ecosystem Science, Pacific|104405|BC0712|00040340|EX|02\n\n"
     "# PS_LOCATION_TBL\nLOCATION|DESCR\nBC0712|Nanaimo, BC\n"),
])
def test_an_hr_systems_effective_dated_rows_of_one_position_give_the_row_in_effect(tmp_path: Path, name: str,
                                                                                    text: str) -> None:
    """One position's rows an HR system dated (``EFFDT``), as ``FIELD=value`` blocks or a table of bars: the
    row in effect when the extract was run (not the one dated after it, not the first), not a listing of
    positions; a location's code read through the code table after it."""
    root, _ = _import(tmp_path, name, text)
    record = _record(root, "00052251")
    assert (record["title"], record["classification"], record["effective_date"]) == (
        "Regional Director, Science, Pacific", "EX-02", dt.date(2023, 4, 1))
    assert (record["reports_to"], record["location"]) == ("00040340", "Nanaimo, BC")


def test_a_position_data_screens_supervisor_description_and_positions_reporting_to_it(tmp_path: Path) -> None:
    """A position management system's screen print: ``Reports To Description:`` and ``Reports To Plan/Grade:``
    are the supervisor's title and level; the table under ``Positions Reporting To 00041210`` its reports (each
    one head, its own, no unit's count); a scan's ``O0O481I4`` after a field's code is a value, no code."""
    text = ("GCHR Position Management 9.2        Run: 2024-02-12 14:33:05\n\n"
            "POSITION_NBR                 O0O41210\nEFFDT:                       01-APR-2022\n"
            "DESCR:                       Director General, Ecosystem Science\n"
            "JOBCODE:                     104310   EX Generic\nREPORTS_TO                   00040001\n"
            "Reports To Description:    Assistant Deputy Minister, Ecosystems and Oceans Science\n"
            "Reports To Plan/Grade:     EX    05\nSAL_ADMIN_PLAN               EX\nGRADE:                       03\n\n"
            "Positions Reporting To 00041210\n"
            "Posn Nbr  Description                               Plan  Grade  Status  Head Count\n"
            "--------  ----------------------------------------  ----  -----  ------  ----------\n"
            "00047213  Director, Aquatic Ecosystem Science       EX    01     A       1\n"
            "00047288  Director, Oceans Science                  EX    01     A       1\n")
    root, _ = _import(tmp_path, "PositionData_00041210.txt", text)
    record = _record(root, "00041210")
    assert (record["effective_date"], record["supervisor"]["title"], record["supervisor"]["classification"]) == (
        dt.date(2022, 4, 1), "Assistant Deputy Minister, Ecosystems and Oceans Science", "EX-05")
    assert _reports(root, "00041210", 2) == [("Director, Aquatic Ecosystem Science", "EX-01", None),
                                             ("Director, Oceans Science", "EX-01", None)]


def test_a_column_of_labels_over_values_beside_a_column_of_prose(tmp_path: Path) -> None:
    """A two-column scan whose left column is a form's labels, each over its value, and whose right column is
    the description's prose: the columns read one after the other, each label with its value."""
    left = ["Position Title:", "  Director, Real Property Planning, Arctic", "Classification:", "  EX-01",
            "Position Number:", "  00053360", "Location:", "  Winnipeg, Manitoba", "Supervisor's Position Title:",
            "  Regional Director General, Arctic"]
    right = ["EXECUTIVE WORK DESCRIPTION", "", "General Accountability", "The Director, Real Property Planning,",
             "Arctic is accountable for the leadership, planning and", "delivery of real property planning and",
             "infrastructure for the department's Arctic Region, and", "for advice to senior management on",
             "related issues of the region.", ""]
    text = "\n".join(f"{a:<45}{b}".rstrip() for a, b in zip(left, right)) + "\n"
    root, _ = _import(tmp_path, "Real Property Planning Arctic, 2019.txt", text)
    record = _record(root, "00053360")
    assert (record["title"], record["classification"], record["location"]) == (
        "Director, Real Property Planning, Arctic", "EX-01", "Winnipeg, MB")
    assert record["supervisor"]["title"] == "Regional Director General, Arctic"


def test_reports_titles_in_bold_and_code_first_rows(tmp_path: Path) -> None:
    """``- **Manager, Shellfish** (PM-06, 13 FTEs)``: a report's title in Markdown's bold, no label; and a typed
    list whose rows open with the level (``PM-05      Area Chief, Resource Management - 14 FTEs``, a scan's ``B``
    for 8)."""
    text = ("# Director, Resource Management\n\n**Position Number:** 31230\n\n## Organization Structure\n\n"
            "- **Manager, Groundfish and Pelagics** (PM-06, 12 FTEs)\n- **Manager, Shellfish** (PM-06, 13 FTEs)\n")
    root, _ = _import(tmp_path, "Director, Resource Management (Maritimes).md", text)
    assert _reports(root, "31230", 2) == [("Manager, Groundfish and Pelagics", "PM-06", 12),
                                          ("Manager, Shellfish", "PM-06", 13)]
    text = ("Position Title: Area Director, Southwest Nova Scotia\nPosition Number: 31250\n\n"
            "ORGANIZATION STRUCTURE\n\nReporting to the Area Director are:\n"
            "PM-05      Area Chief, Resource Management - 14 FTEs\n"
            "CR-05      Area Chief, Licensing and Client Services - B FTEs\n\nNATURE AND SCOPE\n\nA busy area.\n")
    root, _ = _import(tmp_path, "Area Director SW Nova.txt", text)
    assert _reports(root, "31250", 2) == [("Area Chief, Resource Management", "PM-05", 14),
                                          ("Area Chief, Licensing and Client Services", "CR-05", 8)]


def test_values_withheld_under_the_access_to_information_act_are_no_values(tmp_path: Path) -> None:
    """A release under the ATIA: ``Position Number: s.15(1)``, ``(s.15(1)), Pos. No. s.15(1)`` after the
    supervisor's title, ``██████ art. 19(1)`` over a name: withheld, so read as nothing, never as a number or a
    title's words."""
    text = ("SECRET // CEO\n\nEXECUTIVE JOB DESCRIPTION\n\nPosition Title: Director, Counter-Proliferation Analysis\n"
            "Classification: EX-01\nPosition Number: s.15(1)\nJob Code: 109750\n"
            "REPORTS TO: Director General, Intelligence Assessments (s.15(1)), Pos. No. s.15(1)\n"
            "Nom : ██████ art. 19(1)\n\nGENERAL ACCOUNTABILITY\n\nThe Director is accountable for analysis.\n")
    _, records = _import(tmp_path, "A-2024-00123 p19-24 Counter-Proliferation.txt", text)
    assert "s.15" not in records and "art. 19" not in records and "Pos. No" not in records
    assert "title: Director, Counter-Proliferation Analysis" in records and 'job_code: "109750"' in records
    assert "title: Director General, Intelligence Assessments\n" in records


def test_a_bilingual_position_data_screens_first_row_and_its_reports_table(tmp_path: Path) -> None:
    """A bilingual screen print of two dated rows, the current first: the first row's level (``Niveau / Grade:
    02`` on its label's line, not the former row's ``01``), the supervisor's ``EX    03`` padded to its columns; the
    reports' group and level in two bilingual columns (``Régime/Plan``, ``Niveau/Grade``), their ``Effectif/Head
    Count`` each position's own head, no unit's count."""
    row = ("Numéro de poste / Position Number:             00052230\n"
           "Date d'entrée en vigueur / Effective Date:     {date}\n"
           "Description / Description:                     Regional Director, Science, Gulf\n"
           "Relève du poste / Reports To:                  00040320\n"
           "Régime/niveau du poste supérieur / Reports To Plan/Grade: EX    03\n"
           "Niveau / Grade:                                {level}\n"
           "ETP / FTE:                                     1.000000\n"
           "Régime salarial / Salary Plan:                 EX\n\n")
    text = ("GCHR Position Management 9.2        Exécution / Run: 2024-02-12 14:33:05\n\nRangée / Row 1 de 2\n"
            + row.format(date="2022-09-06", level="02") + "Rangée / Row 2 de 2\n"
            + row.format(date="2015-05-19", level="01") +
            "Postes relevant de / Positions Reporting To 00052230\n"
            "No poste/Posn Nbr  Description                                   Régime/Plan  Niveau/Grade  "
            "Effectif/Head Count\n"
            "-----------------  --------------------------------------------  -----------  ------------  "
            "-------------------\n"
            "00062310           Gestionnaire, Santé des animaux aquatiques     VM           03            1\n"
            "00062323           Gestionnaire, Avis scientifiques               EC           07            1\n")
    root, _ = _import(tmp_path, "Position_00052230_bilingue.txt", text)
    record = _record(root, "00052230")
    assert (record["classification"], record["supervisor"]["classification"]) == ("EX-02", "EX-03")
    assert _reports(root, "00052230", 2) == [("Gestionnaire, Santé des animaux aquatiques", "VM-03", None),
                                             ("Gestionnaire, Avis scientifiques", "EC-07", None)]


def test_a_typewritten_forms_wrapped_title_joint_labels_and_typed_list(tmp_path: Path) -> None:
    """A faxed typewritten form: its title in capitals wrapped after the dot leader's value (``POSITION
    TITLE.....DIRECTOR,`` / ``INSPECTION SERVICES, GULF REGION``); the supervisor's number and level under one
    label (``SUPERVISOR'S POS. NO. /GROUP-LEVEL...... 400OI   EX-o3``); a typed list whose counts follow the level
    after a gap (``CHIEF, FISH PLANT INSPECTION....... EG-O6      Z4 P-Y``)."""
    text = ("POSITION DESCRIPTION        EXECUTIVE GROUP (EX)\n\n"
            "1. POSITION TITLE...........................DIRECTOR,\nINSPECTION SERVICES, GULF REGION\n"
            "2. GROUP AND LEVEL.......................... EX-Ol\n3. POSITION NUMBER.......................... 404b0\n"
            "7. REPORTS TO (TITLE)....................... DIRECTOR GENERAL, GULF REGION\n"
            "8. SUPERVISOR'S POS. NO. /GROUP-LEVEL...... 400OI   EX-o3\n\n"
            "9. GENERAL ACCOUNTABILITY\n\nDIRECTS THE INSPECTION OF FISH AND FISH PRODUCTS IN THE GULF REGION.\n\n"
            "10. ORGANIZATION\n\n    POSITIONS REPORTING DIRECTLY:\n\n"
            "    1. CHIEF, FISH PLANT INSPECTION................................. EG-O6      Z4 P-Y\n"
            "    2. ADMINISTRATIVE OFFICER.......................................AS-03      4 P-Y\n\n"
            "11. NATURE AND SCOPE\n\nThe region's processing plants export most of their production.\n")
    root, _ = _import(tmp_path, "Director Inspection Services Gulf 1994.txt", text)
    record = _record(root, "40460")
    assert record["title"] == "DIRECTOR, INSPECTION SERVICES, GULF REGION"
    assert (record["reports_to"], record["supervisor"]["classification"]) == ("40001", "EX-03")
    assert _reports(root, "40460", 2) == [("CHIEF, FISH PLANT INSPECTION", "EG-06", 24),
                                          ("ADMINISTRATIVE OFFICER", "AS-03", 4)]


def test_an_hr_systems_field_value_rows_of_several_positions_are_a_listing(tmp_path: Path) -> None:
    """``FIELD=value`` rows of two different positions: a listing, refused as one, nothing written."""
    text = ("POSITION EXTRACT -- 2024-02-12\n\n[ROW 1/2]\nPOSITION_NBR=00052251\nEFFDT=20110214\n"
            "DESCR=Director, Science\nJOBCODE=104405\n\n[ROW 2/2]\nPOSITION_NBR=00052252\nEFFDT=20230401\n"
            "DESCR=Director, Fisheries\nJOBCODE=104406\n")
    doc = tmp_path / "extract two positions.txt"
    doc.write_text(text, encoding="utf-8")
    root = tmp_path / "repo"
    root.mkdir()
    init_repository(root, organization="Shapes test", today=dt.date(2026, 11, 25))
    result = run_cli(["import", str(doc)], root)
    assert result.exit_code == 2 and "a listing of 2 positions (an HR system's rows)" in result.output
    assert not list((root / "records/positions").glob("*.yaml"))


def test_a_classification_requests_proposed_column_is_the_positions(tmp_path: Path) -> None:
    """A request for classification action's rows before and after the change (``CURRENT    PROPOSED``, or a
    Word table ``| | Current / Actuel | Proposed / Proposé |``): the position the request is for is the proposed
    column's, a proposed title wrapped to the next line included; the current values are a former position's."""
    text = ("REQUEST FOR CLASSIFICATION ACTION\n\nType of action: Reclassification (upward)\n"
            "Department: Canada School of Public Service\n\n"
            "                  CURRENT                                       PROPOSED\n"
            "Position title:   Director, Communications and Public Affairs    Senior\n"
            "Director, Communications and Public Affairs\n"
            "Group and level:  EX 01                                          EX 02\n"
            "Position number:  00077561                                       00077562\n"
            "Effective date:   JAN 01 2010                                    JUL 01 2022\n\n"
            + BODY.format(structure=""))
    root, _ = _import(tmp_path, "Senior Director, Communications - reclass.txt", text)
    record = _record(root, "00077562")
    assert (record["title"], record["classification"]) == ("Senior Director, Communications and Public Affairs",
                                                            "EX-02")
    assert record["effective_date"] == dt.date(2022, 7, 1)
    table = ("REQUEST FOR CLASSIFICATION ACTION\n\n|  | Current / Actuel | Proposed / Proposé |\n|---|---|---|\n"
             "| Position title | Director, Digital Services | Executive Director, Digital Services |\n"
             "| Group and level | EX01 | EX02 |\n| Position number | 00048611 | 00048611 |\n"
             "| Effective date | May. 27, 2017 | Jan. 1, 2024 |\n" + BODY.format(structure=""))
    root, _ = _import(tmp_path, "Executive Director, Digital Services - reclass.docx", docx_bytes(table))
    record = _record(root, "00048611")
    assert (record["title"], record["classification"]) == ("Executive Director, Digital Services", "EX-02")
    assert record["effective_date"] == dt.date(2024, 1, 1)


def test_an_old_forms_date_in_boxes_is_read(tmp_path: Path) -> None:
    """An old form's date typed into its boxes, year, month and day apart (``DATE DE PRISE D'EFFET:	2004 06 28``);
    a year and a word after it stay no date."""
    text = ("DESCRIPTION DE POSTE DU GROUPE DE LA DIRECTION\n\nTITRE DU POSTE:\tDirecteur, Centre de recherche\n"
            "GROUPE ET NIVEAU:\tEX - 01\nNO DU POSTE:\t991120\nDATE DE PRISE D'EFFET:\t2004 06 28\n\n"
            "Responsabilités générales\nDirige les programmes et les services du centre pour les Canadiens.\n\n"
            "Activités principales\n1. Dirige les programmes du centre.\n2. Gère les ressources du centre.\n")
    root, _ = _import(tmp_path, "CRD Saint-Jean 2004.txt", text)
    assert _record(root, "991120")["effective_date"] == dt.date(2004, 6, 28)
    root, records = _import(tmp_path, "CRD Saint-Jean 2004.txt", text.replace("2004 06 28", "2004 budget"))
    assert _record(root, "991120")["effective_date"] is None


def test_a_group_and_level_label_joined_by_a_hyphen(tmp_path: Path) -> None:
    """``GROUPE-NIVEAU`` (``GROUP-LEVEL``) heading its column beside the title's: the classification's label,
    not the title."""
    text = ("DESCRIPTION DE POSTE DU GROUPE DE LA DIRECTION\n\n"
            "TITRE DU POSTE                                                   GROUPE-NIVEAU\n"
            "Directeur régional, Opérations douanières, Région du Québec      EX-1\n\n"
            "NUMÉRO DU POSTE      DATE D'ENTRÉE EN VIGUEUR\n3538                 1986-04-01\n\n"
            "Responsabilités générales\nDirige les programmes et les services de la région pour les Canadiens.\n\n"
            "Activités principales\n1. Dirige les programmes de la région.\n2. Gère les ressources de la région.\n")
    root, _ = _import(tmp_path, "Directeur régional 1986.txt", text)
    record = _record(root, "3538")
    assert (record["title"], record["classification"]) == ("Directeur régional, Opérations douanières, Région du "
                                                            "Québec", "EX-01")


def test_an_organizations_own_grades_beside_titles_are_no_titles_words(tmp_path: Path) -> None:
    """A Crown corporation's own grades beside a title (``Chief Risk Officer (Grade 16)``, ``Manager, X — Grade 12
    — 27 FTEs``, ``| Level P4 |``): no classification and no part of the title, the count still the report's."""
    text = ("JOB PROFILE\nJob Title: Director, Credit Risk Management\nPosition Number: 00012580\n"
            "Reports to: Chief Risk Officer (Grade 16)\n\nROLE PURPOSE\nLeads the credit risk management function.\n\n"
            "ORGANIZATIONAL RELATIONSHIPS\nDirect reports:\n• Manager, Risk Modelling — Grade 12 — 27 FTEs\n"
            "• Manager, Collections — Management, Level 1 — 30 FTEs\n\n"
            "ACCOUNTABILITIES\n• Sets the strategic direction of the unit.\n• Manages the unit's human resources.\n")
    root, _ = _import(tmp_path, "Director Credit Risk Mgmt - Job Profile.txt", text)
    record = _record(root, "00012580")
    assert record["supervisor"]["title"] == "Chief Risk Officer" and not record["supervisor"].get("classification")
    assert _reports(root, "00012580", 2) == [("Manager, Risk Modelling", None, 27), ("Manager, Collections", None, 30)]


def test_an_org_chart_of_arrows_and_a_boxs_position_number(tmp_path: Path) -> None:
    """An org chart written as arrows, each box to the one it reports to (``Chief, English Booth [TI-07, 28 FTEs]
    -> Director, X``): the position's own line gives its supervisor, the others its reports. A box chart's
    supervisor's box gives its number (``EX-03   Poste 55400``)."""
    text = ("EXECUTIVE WORK DESCRIPTION\nPosition Title: Director, Parliamentary Interpretation\n"
            "Classification: EX-01\nPosition Number: 90215\n\nORGANIZATION STRUCTURE\nOrganization chart:\n"
            "Director, Parliamentary Interpretation [EX-01, #90215] -> Vice-President, Interpretation [EX-03, #90001]\n"
            "    Chief, English Booth [TI-07, 28 FTEs] -> Director, Parliamentary Interpretation\n"
            "    Scheduling Coordinator [CR-05, 6 FTEs] -> Director, Parliamentary Interpretation\n"
            + BODY.format(structure=""))
    root, _ = _import(tmp_path, "Director Parliamentary Interpretation.txt", text)
    supervisor = _record(root, "90215")["supervisor"]
    assert (supervisor["title"], supervisor["classification"]) == ("Vice-President, Interpretation", "EX-03")
    assert _record(root, "90215")["reports_to"] == "90001"
    assert _reports(root, "90215", 2) == [("Chief, English Booth", "TI-07", 28), ("Scheduling Coordinator", "CR-05", 6)]
    boxes = ("DESCRIPTION DE TRAVAIL - GROUPE DE LA DIRECTION\n\nTitre du poste: Directeur, Centre de Sherbrooke\n"
             "Groupe et niveau: EX-01\nNuméro du poste: 55410\n\nRESPONSABILITÉS GÉNÉRALES\n"
             "Le titulaire dirige la production des cartes du centre.\n\nSTRUCTURE ORGANISATIONNELLE\n\n"
             "          +------------------------------------+\n"
             "          | Directrice générale, Cartographie  |\n"
             "          | EX-03   Poste 55400                |\n"
             "          +------------------------------------+\n"
             "                            |\n"
             "          +------------------------------------+\n"
             "          | Directeur, Centre de Sherbrooke    |\n"
             "          | EX-01   Poste 55410                |\n"
             "          +------------------------------------+\n"
             "                            |\n"
             "+----------------------+ +----------------------+\n"
             "| Gestionnaire,        | | Gestionnaire,        |\n"
             "| Production           | | Systèmes             |\n"
             "| EG-07                | | CS-04                |\n"
             "| 19 ETP               | | 15 ETP               |\n"
             "+----------------------+ +----------------------+\n\n"
             "RESPONSABILITÉS PRINCIPALES\n1. Dirige la production des cartes.\n2. Gère les ressources du centre.\n")
    root, _ = _import(tmp_path, "DT directeur Sherbrooke.txt", boxes)
    record = _record(root, "55410")
    assert (record["reports_to"], record["supervisor"]["title"]) == ("55400", "Directrice générale, Cartographie")


def test_a_sign_off_naming_someone_after_the_last_accountability_is_not_copied(tmp_path: Path) -> None:
    """``Approuvée par Orrin Halvorsen`` and ``Classified by Kalinda Okafor-Duchesne on 2023-01-12`` right under
    the last accountability: a sign-off, no accountability; the name reaches no record."""
    text = ("Position Title: Director, Product Licensing\nClassification: EX-01\nPosition Number: 30436\n"
            "General Accountability\nLeads the unit's programs and services for Canadians.\n"
            "Specific Accountabilities\n1. Directs the programs of the unit.\n2. Manages the unit's resources.\n"
            "Classified by Kalinda Okafor-Duchesne on 2023-01-12\n")
    _, records = _import(tmp_path, "Director, Product Licensing.txt", text)
    assert "Okafor" not in records and "Manages the unit's resources." in records
    signed = text.replace("Classified by Kalinda Okafor-Duchesne on 2023-01-12", "Approuvée par Orrin Halvorsen")
    _, records = _import(tmp_path, "Director, Product Licensing.txt", signed)
    assert "Halvorsen" not in records


def test_a_designed_profiles_sidebar_and_chart_columns(tmp_path: Path) -> None:
    """A designed PDF's sidebar: labels in capitals each over its value (``ROLE NUMBER`` / ``PCB-2192``), a title
    wrapped to a second line (``Director General, Arctic`` / ``Research Centre``); an org chart's boxes without
    borders side by side under the bar they hang from, each column one report."""
    text = ("POSITION DATA\nPOSITION TITLE\nDirector General, Arctic\nResearch Centre\nROLE NUMBER\nPCB-2192\n"
            "LOCATION\nMontreal, Quebec\nEFFECTIVE\nApril 1, 2019\n\nPOSITION PURPOSE\n"
            "Leads the Arctic Research Centre function for the Council.\n\nORGANIZATIONAL RELATIONSHIPS\n"
            "Organization chart:\n    Director General, Arctic Research Centre\n    |\n"
            "    +--------------------------------------------+\n"
            "    Manager, Financial    Manager, Laboratory\n"
            "    Planning              Operations\n"
            "    (Level P4, 24 FTEs)   (Level S4, 10 FTEs)\n\n"
            "KEY RESULT AREAS\n1.  Sets the strategic direction of the unit.\n2.  Manages the unit's resources.\n")
    root, _ = _import(tmp_path, "NSRC - DG Arctic Research Centre.txt", text)
    record = _record(root, "PCB-2192")
    assert (record["title"], record["location"]) == ("Director General, Arctic Research Centre", "Montreal, QC")
    assert _reports(root, "PCB-2192", 2) == [("Manager, Financial Planning", None, 24),
                                             ("Manager, Laboratory Operations", None, 10)]


def test_a_tree_chart_marking_the_positions_own_branch(tmp_path: Path) -> None:
    """A tree drawn as an org chart that marks the position's own branch (``<== this WD``): the branch above it
    is its supervisor, the branches hung from it its reports; its peers are no report."""
    chart = ("Regional Director General, Atlantic Region (EX-03) pos. 86400\n"
             "|-- Director, Professional and Technical Services (EX-01) pos. 86405\n"
             "|-- Director, Real Property Services, Atlantic Region (EX-02) pos. 86401   <== this WD\n"
             "|   |-- Manager, Project Delivery (EN-ENG-06) - 38 FTE\n"
             "|   `-- Manager, Leasing (PG-06) - 11 FTE\n"
             "`-- Director, Acquisitions, Atlantic (EX-01) pos. 86410\n")
    text = ("EXECUTIVE WORK DESCRIPTION\n\nPosition Title: Director, Real Property Services, Atlantic Region\n"
            "Classification: EX-02\nPosition Number: 86401\n" + BODY.format(
                structure="\nORGANIZATION STRUCTURE\nSee the organization chart below.\n\n" + chart + "\n"))
    root, _ = _import(tmp_path, "RP Services Atlantic - Director WD.txt", text)
    record = _record(root, "86401")
    assert (record["reports_to"], record["supervisor"]["title"]) == ("86400", "Regional Director General, Atlantic "
                                                                     "Region")
    assert _reports(root, "86401", 2) == [("Manager, Project Delivery", "EN-ENG-06", 38),
                                          ("Manager, Leasing", "PG-06", 11)]


def test_a_fillable_forms_named_fields_and_its_exported_data(tmp_path: Path) -> None:
    """A fillable PDF form's data, each field's name beside its value (``txtPosNo: 0 0 6 3 1 5 1 2``, a comb
    field's digits spaced) or Acrobat's ``Export Data`` (the names' row over the values' row, tab-separated): the
    fields by the words of their names, the table's rows the reports; checkboxes and signers' names left out."""
    named = ("Form data - EX_WD_3252_e.pdf\ntxtDepartment: Transport Canada\n"
             "txtPositionTitle: Director, Rail Safety Oversight\ntxtPosNo: 0 0 6 3 1 5 1 2\nddGroupLevel: EX-01\n"
             "dtEffective: 2 0 2 1 - 0 1 - 0 1\nchkLangAE: On\ntxtSupTitle: Director General, Rail Safety\n"
             "txtSupPosNo: 00387674\nddSupGroupLevel: EX-03\ntblReports.Row1.Title: Chief, Audit and Compliance\n"
             "tblReports.Row1.GrpLvl: TI-07\ntblReports.Row1.FTE: 5\ntblReports.Row2.Title: \nnumFTE: 30\n"
             "numSalary: 2,910,000.00\nsigManagerName: Solenne Whitlock-Paré\ndtSigned: 2020-10-09\n\n"
             "txtGenAcc:\nThe Director leads the rail safety oversight program for Canadians.\n")
    root, records = _import(tmp_path, "Director Rail Safety Oversight - DRAFT.txt", named)
    record = _record(root, "00631512")
    assert (record["title"], record["classification"], record["reports_to"]) == (
        "Director, Rail Safety Oversight", "EX-01", "00387674")
    assert record["effective_date"] == dt.date(2021, 1, 1) and "Whitlock" not in records
    assert _reports(root, "00631512", 1) == [("Chief, Audit and Compliance", "TI-07", 5)]
    exported = ("txtMinistere\ttxtTitrePoste\ttxtNoPoste\tddGroupeNiveau\tdtEntreeVigueur\ttxtTitreSuperviseur\t"
                "tblSubordonnes.Ligne1.Titre\ttblSubordonnes.Ligne1.GrNiv\ttblSubordonnes.Ligne1.ETP\t"
                "sigNomGestionnaire\nPêches et Océans Canada\tDirecteur, Services maritimes\t620249\tEX-01\t"
                "2022-06-01\tCommissaire adjoint, Région de l'Ouest\tSurintendant, Recherche et sauvetage\tGT-07\t37\t"
                "Joaquim Laframboisier\n")
    root, records = _import(tmp_path, "Services maritimes - export des données.txt", exported)
    record = _record(root, "620249")
    assert (record["title"], record["supervisor"]["title"]) == ("Directeur, Services maritimes",
                                                                "Commissaire adjoint, Région de l'Ouest")
    assert _reports(root, "620249", 1) == [("Surintendant, Recherche et sauvetage", "GT-07", 37)]
    assert "Laframboisier" not in records


def test_a_flattened_forms_labels_then_its_values(tmp_path: Path) -> None:
    """A flattened PDF form's text: its labels one a line, then the values filled in, an empty field leaving no
    line (``Supervisor's Position Number`` empty: ``EX-03`` is its level's); each value its label's in turn."""
    labels = ("Department / Agency\nPosition Title\nPosition Number\nGroup and Level\nEffective Date (YYYY-MM-DD)\n"
              "Work Location (City, Province)\nSecurity Level\nSupervisor's Position Title\n"
              "Supervisor's Position Number\nSupervisor's Group and Level\nTotal FTEs\n")
    values = ("Indigenous Services Canada\nDirector, Emergency Management Assistance, Manitoba\n100165\nEX-01\n"
              "2022-09-22\nWinnipeg, Manitoba\nReliability\nRegional Director General, Manitoba\nEX-03\n81\n")
    text = ("EXECUTIVE WORK DESCRIPTION\n" + labels + "TBS/SCT 3252 (Rev. 2009/04)    Page 1 of 2\n" + values
            + BODY.format(structure=""))
    root, _ = _import(tmp_path, "Emergency Mgmt Assistance MB - form.txt", text)
    record = _record(root, "100165")
    assert (record["title"], record["location"]) == ("Director, Emergency Management Assistance, Manitoba",
                                                     "Winnipeg, MB")
    supervisor = record["supervisor"]
    assert (supervisor["title"], supervisor["classification"]) == ("Regional Director General, Manitoba", "EX-03")
    assert "reports_to" not in record or record["reports_to"] != "EX-03"


def test_a_wordperfect_conversions_codes_tab_stops_and_years_side_by_side(tmp_path: Path) -> None:
    """A WordPerfect file converted with its codes left in (``[Tab]``, ``[HRt]``, ``[Bold On]``), a table typed to
    its tab stops (``Position[Tab][Tab][Tab]Group/Level``), a subgroup after a slash (``SE/REM-02``), and two
    fiscal years side by side: the year the effective date falls in is the position's (``April 1, 1997``:
    1997-98)."""
    text = ("[Ln Spacing:1.5][Font:Times Roman 12pt]\n[Bold On]POSITION DESCRIPTION[Bold Off][HRt]\n"
            "Position Title:[Tab][Tab]Director, Freshwater Institute[HRt]\nPosition No.:[Tab][Tab]54012[HRt]\n"
            "Group and Level:[Tab]EX-01[HRt]\nEffective Date:[Tab][Tab]April 1, 1997[HRt]\n[HRt]\n"
            "[Bold On]GENERAL ACCOUNTABILITY[Bold Off][HRt]\nThe incumbent manages the Freshwater Institute.[HRt]\n"
            "[HRt]\n[Bold On]ORGANIZATION[Bold Off][HRt]\nThe following positions report directly to the "
            "incumbent:[HRt]\n[HRt]\nPosition[Tab][Tab][Tab][Tab]Group/Level[Tab]PYs[HRt]\n"
            "Division Manager, Arctic Research[Tab]SE/REM-02[Tab]33[HRt]\n"
            "Manager, Experimental Lakes Area[Tab][Tab]EG-06[Tab]9[HRt]\n[HRt]\n"
            "[Bold On]DIMENSIONS[Bold Off][HRt]\n                      1996-97    1997-98[HRt]\n"
            "Salaries              7,990,000       8,120,000[HRt]\nO&M                   2,580,000       "
            "2,660,000[HRt]\n[HRt]\n[Bold On]SPECIFIC ACCOUNTABILITIES[Bold Off][HRt]\n"
            "1. Manages the institute's resources.[HRt]\n2. Directs its research programs.[HRt]\n")
    root, records = _import(tmp_path, "DIR_FWI.TXT", text)
    record = _record(root, "54012")
    assert record["title"] == "Director, Freshwater Institute" and "[HRt]" not in records
    assert (record["dimensions"]["salary"], record["dimensions"]["o_and_m"]) == (8120000, 2660000)
    assert _reports(root, "54012", 2) == [("Division Manager, Arctic Research", "SE-REM-02", 33),
                                          ("Manager, Experimental Lakes Area", "EG-06", 9)]


def test_twice_made_mojibake_is_undone(tmp_path: Path) -> None:
    """A UTF-8 file read as cp1252 and saved as UTF-8 twice (``gÃƒÂ©nÃƒÂ©ral``): é again, the note naming what
    the text reads in the end."""
    text = ("Titre du poste: Directeur général, Institut de biotechnologie\nNuméro du poste: 41902\n"
            "Groupe et niveau: EX-03\nLieu: Montréal (Québec)\n\nRESPONSABILITÉS GÉNÉRALES\n"
            "Le titulaire dirige l'institut et gère ses ressources.\n\nACTIVITÉS PRINCIPALES\n"
            "1. Dirige les programmes de recherche.\n2. Gère les ressources de l'institut.\n")
    twice = text.encode("utf-8").decode("cp1252").encode("utf-8").decode("cp1252").encode("utf-8")
    root, records = _import(tmp_path, "Directeur général - IRB.txt", twice)
    record = _record(root, "41902")
    assert (record["title"], record["location"]) == ("Directeur général, Institut de biotechnologie", "Montréal, QC")
    assert "as Ã" not in records and "as é" in records


def test_an_amount_split_between_a_base_and_b_base_is_their_sum(tmp_path: Path) -> None:
    """``Salary: A-base $3.10M + B-base $0.45M (to 2026-27)``, ``Salaires : base A 24,1 M$; base B (...) 3,7 M$``:
    the salary is their sum, to verify; a scan's ``$Z.38M`` is $2.38M."""
    dims = ("DIMENSIONS\nSalary: A-base $3.10M + B-base $0.45M (Oceans Protection Plan, to 2026-27)\n"
            "O&M: $Z.38M\nFTEs: 41\n")
    text = "Position Title: Director, Ship Safety\nPosition Number: 41870\nClassification: EX-01\n" + BODY.format(
        structure="\n" + dims + "\n")
    root, records = _import(tmp_path, "Director, Ship Safety.txt", text)
    dimensions = _record(root, "41870")["dimensions"]
    assert (dimensions["salary"], dimensions["o_and_m"]) == (3550000, 2380000)
    assert "salary: 3550000  # hrkit: verify" in records


def test_a_comb_fields_characters_are_read_together(tmp_path: Path) -> None:
    """A form's comb fields, a box for each character after the label (``Position Number: 4 8 8 1 9``, ``Effective
    Date: 2 0 1 6 - 0 4 - 0 1``): one number, one date."""
    text = ("EXECUTIVE WORK DESCRIPTION\nPosition Title: Director, Regional Operations\nPosition Number: 4 8 8 1 9\n"
            "Group and Level: EX-01\nEffective Date (YYYY-MM-DD): 2 0 1 6 - 0 4 - 0 1\n" + BODY.format(structure=""))
    root, _ = _import(tmp_path, "Regional Operations - form.txt", text)
    assert _record(root, "48819")["effective_date"] == dt.date(2016, 4, 1)


def test_a_typed_lists_bare_count_after_a_dash(tmp_path: Path) -> None:
    """A typed list whose lines open with the level and end with a count alone after a dash (``SE-REM-02 - Group
    Leader, Optical Astronomy - 18``): the count is the report's FTEs, no part of its title."""
    structure = ("\nORGANIZATION\nReporting to the incumbent are:\nSE-REM-02 - Group Leader, Optical Astronomy - 18\n"
                 "CS-04 - Manager, Canadian Astronomy Data Centre - 9\n")
    text = ("Position Title: Director, Research Programs\nPosition Number: 22310\nClassification: EX-02\n"
            + BODY.format(structure=structure))
    root, _ = _import(tmp_path, "Dir. Research Programs HIA.txt", text)
    assert _reports(root, "22310", 2) == [("Group Leader, Optical Astronomy", "SE-REM-02", 18),
                                          ("Manager, Canadian Astronomy Data Centre", "CS-04", 9)]


def test_counts_written_in_words(tmp_path: Path) -> None:
    """Counts in words (``– team of eleven``, ``-- team of twelve``, ``twenty-four (24) FTEs``, ``vingt et un
    ETP``): a report's FTEs and the unit's, as digits would be."""
    structure = ("\nOrganization structure\nThree managers report to the Director:\n"
                 "- Manager, Funding Agreements (PM-06) – team of eleven\n"
                 "- Manager, Recipient Audit (FI-03) -- team of twelve\n\nDimensions\nFTEs: twenty-four (24) FTEs\n")
    text = ("Position Title: Director, Grants and Contributions Delivery\nPosition Number: 44120\n"
            "Classification: EX-01\n" + BODY.format(structure=structure))
    root, _ = _import(tmp_path, "Director, Grants and Contributions Delivery.txt", text)
    assert _reports(root, "44120", 2) == [("Manager, Funding Agreements", "PM-06", 11),
                                          ("Manager, Recipient Audit", "FI-03", 12)]
    assert _record(root, "44120")["dimensions"]["fte"] == 24


def test_years_side_by_side_read_at_the_effective_date_by_any_of_its_labels(tmp_path: Path) -> None:
    """The effective date that picks a year among fiscal years side by side is found by any label the vocabulary
    knows, with or without a colon (``Eff. date 1998-06-01``, ``En vigueur le 1er avril 1997``)."""
    english = ("POSITION DESCRIPTION\nPosition Title: Director, Marine Research\nPosition No.: 54020\n"
               "Group and Level: EX-01\nEff. date 1998-06-01\n\nGENERAL ACCOUNTABILITY\n"
               "The incumbent manages the marine research program.\n\nDIMENSIONS\n"
               "                      1997-98      1998-99\nSalaries              5,100,000    5,350,000\n"
               "O&M                   1,200,000    1,310,000\n\nSPECIFIC ACCOUNTABILITIES\n"
               "1. Manages the program's resources.\n2. Directs its research.\n")
    french = ("DESCRIPTION DE TRAVAIL\nTitre du poste : Directrice, Recherche marine\nNuméro du poste : 54021\n"
              "Groupe et niveau : EX-01\nEn vigueur le 1er avril 1997\n\nRESPONSABILITÉS GÉNÉRALES\n"
              "La titulaire dirige le programme de recherche marine.\n\nDIMENSIONS\n"
              "                      1996-1997    1997-1998\nSalaires              4 100 000    4 250 000\n"
              "F et E                  900 000      950 000\n\nACTIVITÉS PRINCIPALES\n"
              "1. Gère les ressources du programme.\n2. Dirige la recherche.\n")
    for name, text, number, figures in (("DIR_MR.TXT", english, "54020", (5350000, 1310000)),
                                        ("DIR_RM.TXT", french, "54021", (4250000, 950000))):
        (tmp_path / number).mkdir()
        root, _ = _import(tmp_path / number, name, text)
        dimensions = _record(root, number)["dimensions"]
        assert (dimensions["salary"], dimensions["o_and_m"]) == figures


_HEAD = ("EXECUTIVE WORK DESCRIPTION\nPosition Title: Director General, Nunavut Operations\nPosition Number: 856181\n"
         "Classification: EX-02\nLocation: Iqaluit, Nunavut\n\nGENERAL ACCOUNTABILITY\n"
         "The Director General leads the agency's operations in Nunavut.\n\n")


def test_a_budget_given_in_parts_by_program(tmp_path: Path) -> None:
    """Salary and O&M given a line per program (``Salary – Regional operations: $8,810,000``): the line that states
    the whole (``Total salary:``), else the parts' sum, to verify; an allowance beside them (``Northern Allowance
    (paid centrally, not included above)``) is none of them, even with a label on the next line."""
    parts = ("DIMENSIONS\nFTEs: 111\nSalary – Regional operations: $8,810,000\n"
             "Salary – Land claim implementation (A-base): $5,400,000\nTotal salary: $14,210,000\n"
             "Northern Allowance (paid centrally, not included above): $1,332,000\n"
             "O&M – Regional operations: $3,980,000\nO&M – Land claim implementation (A-base): $3,257,000\n"
             "Total O&M: $7,237,000\nTotal: $21,447,000\n\nSPECIFIC ACCOUNTABILITIES\n1. Leads the work plan.\n")
    root, _ = _import(tmp_path, "CanNor DG.txt", _HEAD + parts)
    dimensions = _record(root, "856181")["dimensions"]
    assert (dimensions["salary"], dimensions["o_and_m"], dimensions["total"]) == (14210000, 7237000, 21447000)
    summed = ("DIMENSIONS\n- **Total FTEs:** 64\n- **Salary Budget – Regional operations:** $4.84M\n"
              "- **Salary Budget – Land claim implementation (A-base):** $2.97M\n"
              "- **Northern Allowance (paid centrally, not included above):** $0.576M\n"
              "- **Operating and Maintenance (O&M) – Regional operations:** $0.513M\n"
              "- **Operating and Maintenance (O&M) – Land claim implementation (A-base):** $0.419M\n\n"
              "## Specific accountabilities\n1. Leads the work plan.\n")
    root, records = _import(tmp_path, "Yukon FUS.md", "# " + _HEAD.replace("\n\n", "\n\n## ", 1) + "## " + summed)
    dimensions = _record(root, "856181")["dimensions"]
    assert (dimensions["salary"], dimensions["o_and_m"]) == (7810000, 932000) and "total" not in dimensions
    assert "salary: 7810000  # hrkit: verify" in records


def test_a_line_in_syllabics_is_no_part_of_the_title(tmp_path: Path) -> None:
    """A title's translation in Inuktitut's syllabics on the next line, or what a PDF's font left of it
    (``á?±á??``), is no wrap of the title."""
    for name, line in (("DRAFT Lands NU.txt", "ᐱᓕᕆᐊᖓ: ᐊᖓᔪᖅᑳᖅ, ᐃᖃᓗᐃᑦ"), ("CanNor DG.txt", "á?±á??á??á??: á??á??á?ªá??")):
        text = _HEAD.replace("Nunavut Operations\n", f"Nunavut Operations\n{line}\n")
        root, _ = _import(tmp_path, name, text)
        assert _record(root, "856181")["title"] == "Director General, Nunavut Operations"


def test_a_word_table_of_an_english_column_and_a_french_one(tmp_path: Path) -> None:
    """Each field a row of its two labels (``Position Number | Numéro du poste``) over a row of its value across
    both columns, or of its two values: the value is the field's."""
    import docx

    document = docx.Document()
    document.add_paragraph("DESCRIPTION DE TRAVAIL – WORK DESCRIPTION")
    table = document.add_table(rows=0, cols=2)
    for labels, value in ((("Position Title", "Titre du poste"), ("Director, Linguistic Quality Assurance",
                                                                   "Directrice, Assurance de la qualité linguistique")),
                          (("Group and Level", "Groupe et niveau"), ("EX-01",)),
                          (("Position Number", "Numéro du poste"), ("00035407",)),
                          (("Job Code", "Code d'emploi"), ("105509",))):
        row = table.add_row().cells
        row[0].text, row[1].text = labels
        row = table.add_row().cells
        if len(value) == 1:
            row[0].merge(row[1]).text = value[0]
        else:
            row[0].text, row[1].text = value
    document.add_paragraph("GENERAL ACCOUNTABILITY / RESPONSABILITÉS GÉNÉRALES")
    document.add_paragraph("The Director is accountable for the direction of linguistic quality assurance.")
    out = io.BytesIO()
    document.save(out)
    root, _ = _import(tmp_path, "Linguistic Quality Assurance - EN-FR.docx", out.getvalue())
    record = _record(root, "00035407")
    assert (record["classification"], record["job_code"]) == ("EX-01", "105509")
    assert record["title"] in ("Director, Linguistic Quality Assurance",
                               "Directrice, Assurance de la qualité linguistique")


def test_big_number_call_outs_and_values_before_their_captions(tmp_path: Path) -> None:
    """A designed page's figures over their labels (``$3.84M`` / ``Salary``), its facts before their captions after a
    dot (``**59025** · Position no.``), its reports' details set apart by dots (``PE-06 · 26 FTEs``); a decoy call-out
    (``5`` / ``Direct reports``) is no dimension, and a table's column read a cell a line keeps its pairs."""
    page = ("# Executive Director, Emergency Preparedness\n\nTransport Canada\n\n> **Position snapshot**\n>\n"
            "> \U0001f3f7\ufe0f **EX-02** · Classification  \n> #\ufe0f\u20e3 **59025** · Position no.  \n"
            "> \U0001f4cd **Regina, Saskatchewan** · Work location  \n\n## At a glance\n\n$3.84M\nSalary\n$1,404K\nO&M\n"
            "$5.244M\nTotal\n68\nEmployees (FTE)\n5\nDirect reports\n\n## Who reports to this position\n\n"
            "- Senior Advisor, Performance Measurement: PE-06 · 26 FTEs\n- Manager, Compliance: IS-06 · 21 FTEs\n\n"
            "## Purpose of the position\n\nLeads emergency preparedness for the department.\n")
    root, _ = _import(tmp_path, "Emergency Preparedness profile.md", page)
    record = _record(root, "59025")
    assert (record["classification"], record["location"]) == ("EX-02", "Regina, SK")
    dimensions = record["dimensions"]
    assert (dimensions["salary"], dimensions["o_and_m"], dimensions["total"], dimensions["fte"]) == \
        (3840000, 1404000, 5244000, 68)
    assert _reports(root, "59025", 2) == [("Senior Advisor, Performance Measurement", "PE-06", 26),
                                          ("Manager, Compliance", "IS-06", 21)]
    table = _HEAD.replace("Operations\n", "Operations\nJob Code\n103711\nPosition Number\n856181\n", 1) \
        .replace("Position Number: 856181\n", "")
    root, _ = _import(tmp_path, "Nunavut DG.txt", table)
    assert _record(root, "856181")["job_code"] == "103711"


def test_a_spreadsheet_printed_with_its_headings(tmp_path: Path) -> None:
    """An Excel sheet printed with its column letters and row numbers (a scan's ``I4``, ``2B``): the rows'
    cells, the numbers no part of them; the incumbent's row names no one in the record."""
    rows = ["EXECUTIVE WORK DESCRIPTION", "Transport Canada", "", "Position Title                Director, "
            "Workforce Analytics", "Group and Level               EX-01", "Position Number               37839",
            "Effective Date                January 21, 2020", "", "DIRECT REPORTS",
            "Title                         Group/Level          FTE", "Manager, Financial Planning   AS-07"
            "                22.00", "Manager, Communications       FI-03                10.00", "",
            "DIMENSIONS                                         Amount", "Salary                             "
            "                $6,910,000", "O&M                                                $1,416,000", "",
            "General Accountability", "Leads the design and management of Workforce Analytics.", "",
            "Incumbent                     Fabrice Mbekezeli"]
    numbers = [str(n) for n in range(1, len(rows) + 1)]
    numbers[13], numbers[18] = "I4", "I9"
    sheet = "EWD_37839.xlsx   WD\n        A                             B                    C\n" + "\n".join(
        f"{number:<4}{row}" for number, row in zip(numbers, rows)) + "\n                 Page 1 of 1\n"
    root, records = _import(tmp_path, "Director, Workforce Analytics - sheet (print).txt", sheet)
    record = _record(root, "37839")
    assert (record["title"], record["dimensions"]["salary"]) == ("Director, Workforce Analytics", 6910000)
    assert _reports(root, "37839", 2) == [("Manager, Financial Planning", "AS-07", 22),
                                          ("Manager, Communications", "FI-03", 10)]
    assert "Mbekezeli" not in records


def test_changes_marked_in_text_stand_accepted(tmp_path: Path) -> None:
    """CriticMarkup (``{~~EX-01~>EX-02~~}``, ``{--...--}{++...++}``, ``{>>comment<<}``), HTML's ``<del>``/``<ins>``
    and a reviewer's ``[Deleted: ...]``: the text as its changes stand accepted."""
    text = ("# Director, Census Field Operations\n\n- **Position Number:** 47120\n"
            "- **Group and Level:** {~~EX-01~>EX-02~~} {>>SF: JD: confirmed by the committee?<<}\n"
            "- **Effective Date:** <del>March 3, 2021</del><ins>May 1, 2021</ins>\n"
            "- **Reports to:** <del>Director General, Policy and Programs</del><ins>Director General, Corporate "
            "Services</ins>\n\n## Dimensions\n\n- **Salary:** [Deleted: $7,360,000] $7,260,000\n"
            "- **O&M:** {--$690,000--}{++$310,000++}\n\n## General accountability\n\nLeads the census field work.\n")
    root, records = _import(tmp_path, "Director, Census Field Operations (changes).md", text)
    record = _record(root, "47120")
    assert (record["classification"], str(record["effective_date"])) == ("EX-02", "2021-05-01")
    assert record["supervisor"]["title"] == "Director General, Corporate Services"
    assert (record["dimensions"]["salary"], record["dimensions"]["o_and_m"]) == (7260000, 310000)
    assert "7,360,000" not in records and "confirmed by the committee" not in records


def test_a_classification_decision_overrides_the_proposed_level(tmp_path: Path) -> None:
    """A record of decision before its work description: the decided level (``Classified at EX-01 effective
    2024-10-01``) over the description's ``EX-02 (proposed)``, its date where the description states none; the
    benchmarks' levels and numbers are not the position's."""
    text = ("EXECUTIVE CLASSIFICATION COMMITTEE - RECORD OF DECISION (EXTRACT)\nRequested Classification: EX-02\n"
            "Benchmarks:\nEX-BM-19  Director, Grants and Contributions   EX-01  45057   $13.3M\n\nDECISION\n"
            "Classified at EX-01 effective 2024-10-01. The requested level (EX-02) is not supported by the "
            "evaluation.\n\nWORK DESCRIPTION\nPosition Title: Director, Strategic Sourcing\nPosition Number: 61830\n"
            "Group and Level: EX-02 (proposed)\nSupervisor's Group and Level: EX-03\n\nGENERAL ACCOUNTABILITY\n"
            "The Director leads the department's strategic sourcing.\n")
    root, records = _import(tmp_path, "EXC-2024-0782 Director, Strategic Sourcing - signed.txt", text)
    record = _record(root, "61830")
    assert (record["classification"], str(record["effective_date"])) == ("EX-01", "2024-10-01")
    assert "the classification decision's level (the description: EX-02)" in records


def test_a_description_in_prose_only(tmp_path: Path) -> None:
    """A plain-language description without a section hrkit knows: its title line, then sentences that name its
    level, number, supervisor and team; its sign-off lines (``Reviewed with X``, ``Classified by X on
    behalf of ...``) name no one in the record."""
    text = ("Director, Registry Operations\n\nThe Director, Registry Operations, an EX-01 position (number 479809), "
            "reports to the Director General, Tribunal Operations (EX-03, position 310447) and leads a team of 48 "
            "employees: the Manager, Information Management (IT-03), with 18 employees; and the Manager, Outreach "
            "(PM-05), with 5 employees.\n\nThe Director manages a salary budget of $5.26 million and $200,000 for "
            "operations and maintenance.\n\nIncumbent: Idris Tibbetts. Reviewed with Callum Whitecrow.\n"
            "Classified by Nadia Jessome on behalf of the Vice-Chair, Operations.\n")
    root, records = _import(tmp_path, "Director, Registry Operations (EX-01) - plain language.txt", text)
    record = _record(root, "479809")
    assert (record["title"], record["classification"]) == ("Director, Registry Operations", "EX-01")
    assert record["supervisor"]["title"] == "Director General, Tribunal Operations"
    assert [title for title, _, _ in _reports(root, "479809", 2)] == ["Manager, Information Management",
                                                                      "Manager, Outreach"]
    assert not any(name in records for name in ("Tibbetts", "Whitecrow", "Jessome"))


def test_reports_as_an_exports_numbered_fields(tmp_path: Path) -> None:
    """An export's ``Field,Value`` rows giving each report as numbered fields (``Direct Report 1``, ``Direct Report 1
    - Group/Level``, ``Direct Report 1 - FTE``): one report each, with its level and count."""
    export = ("Field,Value\nPosition Title,\"Director, Disability Benefits Adjudication\"\nGroup and Level,EX-01\n"
              "Position Number,289941\nSalary,\"$8,610,000.00\"\nFTEs (total),84\n"
              "Direct Report 1,\"Manager, Operations Support\"\nDirect Report 1 - Group/Level,PM-05\n"
              "Direct Report 1 - FTE,8\nDirect Report 2,\"Manager, Inspections\"\nDirect Report 2 - Group/Level,PM-06\n"
              "Direct Report 2 - FTE,16\nGeneral Accountability,\"Directs the adjudication of disability benefits.\"\n")
    root, _ = _import(tmp_path, "Position export 289941.txt", export)
    assert _reports(root, "289941", 2) == [("Manager, Operations Support", "PM-05", 8), ("Manager, Inspections", "PM-06", 16)]


def test_a_letter_of_offer_naming_a_level_and_positions_is_still_refused(tmp_path: Path) -> None:
    """A letter names a level in a sentence and two positions (the addressee's and the one offered), as a description
    in prose does; its salutation and closing say it is a letter."""
    letter = ("Pêches et Océans Canada\nLe 12 septembre 2022\nMadame Owen Fitzgerald\nGestionnaire, Politiques (EC-07)\n"
              "Ottawa (Ontario)\nObjet : Offre de nomination intérimaire – Directrice, Programmes de conservation (EX-01)"
              "\nMadame Fitzgerald,\nJ'ai le plaisir de vous offrir une nomination intérimaire au poste de directrice, "
              "Programmes de conservation, classifié EX-01, pour la période du 19 septembre 2022 au 31 mars 2023.\n"
              "Vous relèverez du directeur général, Gestion des pêches.\n"
              "Veuillez agréer, Madame, l'expression de mes sentiments distingués.\nTrevor Kerr\n")
    root = tmp_path / "repo"
    root.mkdir()
    init_repository(root, organization="Shapes test", today=dt.date(2026, 11, 25))
    doc = tmp_path / "Lettre d'offre - intérim EX-01 (signée).txt"
    doc.write_text(letter, encoding="utf-8")
    result = run_cli(["import", str(doc)], root)
    assert result.exit_code == 2 and "not a work description" in result.stderr
    assert not list((root / "records/positions").glob("*.yaml"))


def test_a_code_first_report_counted_in_both_languages(tmp_path: Path) -> None:
    """``- PM-05 – Manager, Operations / Gestionnaire, Opérations – 10 FTE/ETP``: the count's bilingual unit after it
    is no part of the title."""
    text = _HEAD + ("ORGANIZATION STRUCTURE / STRUCTURE ORGANISATIONNELLE\nDirect reports / Subordonnés directs:\n\n"
                    "- PM-05 – Manager, Operations / Gestionnaire, Opérations – 10 FTE/ETP\n"
                    "- EC-06 – Manager, Partnerships / Gestionnaire, Partenariats – 22 FTE/ETP\n\n"
                    "SPECIFIC ACCOUNTABILITIES\n1. Leads the work plan.\n")
    root, _ = _import(tmp_path, "Director, Settlement Program Delivery - FINAL.txt", text)
    assert _reports(root, "856181", 2) == [("Manager, Operations", "PM-05", 10), ("Manager, Partnerships", "EC-06", 22)]


def test_an_older_typewritten_form_with_its_typed_amendments(tmp_path: Path) -> None:
    """A 1980s form's numbered blocks with a typewriter's spaced dots (``. . . ....``, a scan's comma among them),
    ``Title of supervisor's position``, dollars in thousands (``Salary dollars (000's)``) and values a typist amended
    beside the old ones (``44 40 (amended 1991)``, ``SX-3 (converted to EX3)``): the amended values."""
    form = ("GOVERNMENT OF CANADA\nPOSITION DESCRIPTION - EXECUTIVE GROUP\n"
            "1. Department ....................... Fisheries and Oceans\n2. Position number .................. 95073\n"
            "3. Position title ................... Director, Fleet Systems\n4. Group and level .,.......... EX 2\n"
            "5. Effective date (YY-MM-DD) . . . ... 90-09-01\n6. Location ......................... Vancouver, B.C.\n"
            "7. Title of supervisor's position .... Director General, Coast Guard Services\n"
            "8. Supervisor's group and level ...... SX-3 (converted to EX3)\n\nGENERAL ACCOUNTABILITY\n"
            "The Director is accountable for the planning, direction and control of the fleet systems program.\n\n"
            "DIMENSIONS\n9. A-base PYs ....................... 44 40 (amended 1991)\n"
            "10. Salary dollars (000's) ........... 2,292 2,664 (amended 1996)\n"
            "11. O&M dollars (000's) .............. 660\n12. Total (000's) .................... 3,324\n")
    root, _ = _import(tmp_path, "Director, Fleet Systems (1990).txt", form)
    record = _record(root, "95073")
    assert (record["classification"], record["effective_date"]) == ("EX-02", dt.date(1990, 9, 1))
    assert record["supervisor"] == {"title": "Director General, Coast Guard Services", "classification": "EX-03"}
    assert record["dimensions"] == {"fte": 40, "salary": 2_664_000, "o_and_m": 660_000, "total": 3_324_000}


def test_an_amendment_typed_after_the_old_value_with_its_year(tmp_path: Path) -> None:
    """``2 315     MODIFIÉ 1994 : 2 376``: the value after the amendment's year."""
    dims = _dimensions(tmp_path, "PD 1987.txt", "DIMENSIONS\nTraitements (000 $) :  2 315     MODIFIÉ 1994 : 2 376\n"
                                                "F et E (000 $) : 200\n")
    assert (dims["salary"], dims["o_and_m"]) == (2_376_000, 200_000)


def test_corrections_by_hand_on_a_faxed_copy(tmp_path: Path) -> None:
    """A copy's corrections as a typist or a scan's reader wrote them: the value struck through and the one written
    by hand (``-Moncton (Nouveau-Brunswick)- [handwritten: Gatineau (Québec)]``, ``Winnipeg, Manitoba [struck out]
    Montréal, Quebec [handwritten, KD 08/08]``, ``(crossed out: EX-02) EX-01 (hand-written, initialled ...)``): the
    value written by hand, who initialled it left out."""
    text = ("EXECUTIVE WORK DESCRIPTION\nPosition Title: Director, Tax Dispute Resolution\nPosition Number: 418802\n"
            "Group and level: (crossed out: EX-02) EX-01 (hand-written, initialled\nCTM 21/05)\n"
            "Effective date: December 18, 2019 [struck out] December 18, 2020 [handwritten, ER 02/05]\n"
            "Location: Winnipeg, Manitoba [struck out] Montréal, Quebec [handwritten, KD 08/08]\n\n"
            "GENERAL ACCOUNTABILITY\nThe Director leads the resolution of tax disputes.\n\n"
            "ORGANIZATION STRUCTURE\n- Manager, Regional Coordination (PM-06, 10 [struck out] 7 FTE [handwritten, "
            "ER 02/05] FTEs)\n- Executive Assistant (-AS-02- [handwritten: AS-03])\n\n"
            "DIMENSIONS\nSalary budget: -$1,990,000- [handwritten: $2,300,000]  CK 04/10\n")
    root, records = _import(tmp_path, "Director, Tax Dispute Resolution - faxed copy.txt", text)
    record = _record(root, "418802")
    assert (record["classification"], record["effective_date"]) == ("EX-01", dt.date(2020, 12, 18))
    assert record["location"] == "Montréal, QC" and record["dimensions"]["salary"] == 2_300_000
    assert _reports(root, "418802", 2) == [("Manager, Regional Coordination", "PM-06", 7),
                                          ("Executive Assistant", "AS-03", None)]
    assert "CTM" not in records and "KD 08" not in records


def test_a_report_s_place_between_its_level_and_its_count(tmp_path: Path) -> None:
    """``• District Director, Vancouver (EG-07), Vancouver — 73 FTEs``: where the report works, then its count; a
    bilingual report's two titles (``Regional Director, X / Directeur régional, X``) may be twice as long."""
    text = _HEAD + ("ORGANIZATION STRUCTURE\n"
                    "• District Director, Vancouver (EG-07), Vancouver — 73 FTEs\n"
                    "• Regional Director, Community Corrections, Pacific Region / Directeur régional, Services "
                    "correctionnels communautaires, Région du Pacifique (EX-01), Victoria — 89 FTEs\n\n"
                    "SPECIFIC ACCOUNTABILITIES\n1. Leads the work plan.\n")
    root, _ = _import(tmp_path, "RDG Pacific.txt", text)
    assert _reports(root, "856181", 2) == [("District Director, Vancouver", "EG-07", 73),
                                          ("Regional Director, Community Corrections, Pacific Region", "EX-01", 89)]


def test_a_table_of_programs_ending_in_its_grand_total(tmp_path: Path) -> None:
    """A table of the programs' salary, O&M and total under a line of labels (``Program   Salary   O&M   Total``),
    subtotals among them and a ``Grand total`` row last: the grand total's figures, not a form's boxes."""
    dims = _dimensions(tmp_path, "Director, Regional Programs.txt", (
        "Dimensions\n\nProgram                                 Salary       O&M        Total\n"
        "Community Infrastructure                $2,980,000   $410,000   $3,390,000\n"
        "Health Programs                         $2,740,000   $80,000    $2,820,000\n"
        "Subtotal, programs                      $5,720,000   $490,000   $6,210,000\n"
        "Director's office                       $360,000     $20,000    $380,000\n"
        "Grand total                             $6,080,000   $510,000   $6,590,000\n"))
    assert (dims["salary"], dims["o_and_m"], dims["total"]) == (6_080_000, 510_000, 6_590_000)
    piped = _dimensions(tmp_path, "PC Director, Regional Programs.md", (
        "Dimensions\n\n| Program | Salary | O&M | Total |\n|---|---|---|---|\n"
        "| Visitor Experience | $1,400,000 | $340,000 | $1,740,000 |\n| Asset Management | $1,460,000 | $230,000 | "
        "$1,690,000 |\n| Grand total | $3,190,000 | $600,000 | $3,790,000 |\n"))
    assert (piped["salary"], piped["o_and_m"], piped["total"]) == (3_190_000, 600_000, 3_790_000)


def test_a_former_years_figures_are_not_the_dimensions(tmp_path: Path) -> None:
    """A sentence of a former year's figures in the past tense before this year's (``En 2020-21, le titulaire gérait
    7,82 M$ en salaires ...``), or a line named so (``Previous fiscal year (2020-21): ...``): not the position's."""
    prose = _dimensions(tmp_path, "DT Directeur régional.txt", (
        "DIMENSIONS\nEn 2020-21, le titulaire gérait 7,82 M$ en salaires et 0,73 M$ en F et E. Pour 2021-22, il gère "
        "un budget salarial de 8,11 M$ et un budget de F et E de 0,78 M$, soit 8,89 M$ au total.\n"))
    assert (prose["salary"], prose["o_and_m"], prose["total"]) == (8_110_000, 780_000, 8_890_000)
    english = _dimensions(tmp_path, "CBSA RDG.md", "Dimensions\nIn 2022-23 the position managed $30.14M in salaries "
                                                   "and $3.27M in O&M. For 2023-24 it manages a salary budget of "
                                                   "$30.44M and an O&M budget of $3.29M.\n")
    assert (english["salary"], english["o_and_m"]) == (30_440_000, 3_290_000)
    line = _dimensions(tmp_path, "RD.txt", "DIMENSIONS\nPrevious fiscal year (2020-21): salary $18,200,000, O&M "
                                           "$1,870,000.\nSalary budget: $18,290,000\nO&M: $1,920,000\n")
    assert (line["salary"], line["o_and_m"]) == (18_290_000, 1_920_000)


def test_a_supervisor_named_in_prose_with_its_level_and_number_beside_it(tmp_path: Path) -> None:
    """``reports to the Director General, Corporate Services — an EX-03 position, number 507644 — who ...``,
    ``the Chief Executive Officer, an EX-04 (position 604865)``, ``relève du Directeur exécutif, dont le numéro de
    poste est 802056``, ``(poste de niveau EX-02, no 106883)``: the title alone, its level and number apart."""
    cases = {
        "the Director General, Corporate Services — an EX-03 position, number 507644 — who is also responsible for "
        "158 employees": ("Director General, Corporate Services", "EX-03", "507644"),
        "the Chief Executive Officer, an EX-04 (position 604865)": ("Chief Executive Officer", "EX-04", "604865"),
        "the Executive Director and Registrar (poste de niveau EX-02, no 106883), qui est par ailleurs responsable de "
        "79 employés": ("Executive Director and Registrar", "EX-02", "106883")}
    for at, (sentence, (title, level, number)) in enumerate(cases.items()):
        text = ("Director, Case Management\n\nThe Director, Case Management, an EX-01 position (number 17105"
                f"{at}), leads a team of 75 employees: the Manager, Intake (PM-05), with 19 employees; and the "
                f"Manager, Records (AS-05), with 26 employees.\n\nThe Director reports to {sentence}.\n\n"
                "The Director manages a salary budget of $8.32 million and $180,000 for operations and maintenance.\n")
        root, _ = _import(tmp_path, f"Director, Case Management {at} - plain language.txt", text)
        record = _record(root, f"17105{at}")
        assert (record["supervisor"]["title"], record["supervisor"]["classification"], record["reports_to"]) == (
            title, level, number)
    text = ("Directeur général, Politiques\n\nLe Directeur général, Politiques, poste de niveau EX-03 (no 19546), "
            "relève du Directeur exécutif, dont le numéro de poste est 802056, et dirige une équipe de 60 employés : "
            "le Gestionnaire, Analyse (EC-07), avec 21 employés; et le Gestionnaire, Liaison (PM-05), avec 9 "
            "employés.\n\n"
            "Il gère un budget salarial de 15,76 millions de dollars.\n")
    root, _ = _import(tmp_path, "Directeur général, Politiques.txt", text)
    assert (_record(root, "19546")["supervisor"]["title"], _record(root, "19546")["reports_to"]) == (
        "Directeur exécutif", "802056")


def test_reports_named_by_the_units_they_lead_in_a_sentence(tmp_path: Path) -> None:
    """``the Case Processing unit, led by the Manager, Case Processing (PM-06), with 19 employees``: the title
    the sentence names after ``led by``, not the unit."""
    text = _HEAD + ("ORGANIZATION STRUCTURE\nThe Director General's team is organized in two units: the Case "
                    "Processing unit, led by the Manager, Case Processing (PM-06), with 19 employees; and the "
                    "Compensation unit, led by the Manager, Compensation (AS-06), with 26 employees.\n\n"
                    "SPECIFIC ACCOUNTABILITIES\n1. Leads the work plan.\n")
    root, _ = _import(tmp_path, "DG Nunavut.txt", text)
    assert _reports(root, "856181", 2) == [("Manager, Case Processing", "PM-06", 19),
                                          ("Manager, Compensation", "AS-06", 26)]


def test_sections_written_in_plain_sentences(tmp_path: Path) -> None:
    """Sections in sentences only: the position's level, number and job code in brackets after its title (``The
    Director, X (EX-01, position 507404, job code 104225) is accountable to ...``), its supervisor's level after the
    supervisor's title, and its figures in one sentence of the nature and scope (``... an annual salary budget of
    $2.99 million, with $200K in O&M, totalling $3.19 million, out of the tribunal's $24.7 million``)."""
    text = ("Immigration and Refugee Board of Canada\n\n# Director, Finance and Administration\n\n"
            "## General accountability\n\nThe Director, Finance and Administration (EX-01, position 507404, job code "
            "104225) is accountable to the Vice-Chair, Operations (EX-03). The Director plans and directs the "
            "directorate's programs.\n\n## Organization structure\n\nThe Director is one of six executives reporting "
            "to the Vice-Chair, Operations. Reporting to the Director are the Manager, Quality Assurance (PM-05, 17 "
            "FTEs) and the Registrar, Eastern Region (PM-06, 13 FTEs).\n\n## Nature and scope\n\nThe incumbent "
            "manages 32 FTEs and an annual salary budget of $2.99 million, with $200K in O&M, totalling $3.19 million, "
            "out of the tribunal's $24.7 million appropriation. Operating funds (O&M) come from the tribunal.\n")
    root, _ = _import(tmp_path, "Director, Finance and Administration.md", text)
    record = _record(root, "507404")
    assert (record["classification"], record["job_code"], record["supervisor"]["classification"]) == (
        "EX-01", "104225", "EX-03")
    assert record["dimensions"] == {"fte": 32, "salary": 2_990_000, "o_and_m": 200_000, "total": 3_190_000}


def test_an_amount_a_label_adds(tmp_path: Path) -> None:
    """``Operating funds (O&M) add $180,000.``, ``(F et E) ajoute 165 000 $``: the amount the label adds."""
    dims = _dimensions(tmp_path, "plain.txt", "Dimensions\nThe directorate has a salary envelope of $8,320,000. "
                                              "Operating funds (O&M) add $180,000.\n")
    assert (dims["salary"], dims["o_and_m"]) == (8_320_000, 180_000)


def test_a_note_that_corrects_values_typed_above_it(tmp_path: Path) -> None:
    """``NOTE: EX-03 above is the supervisor's level, typed in error - this position is classified EX- 01.`` and
    ``Correction: ... Salary is $13.99M; O&M is $1,430,000.``: the values the note states, to verify."""
    text = ("WORK DESCRIPTION\nPosition Number: 99493614\nPosition Title: Director, Accommodation Management\n"
            "Group and Level: EX-03\nNOTE: EX-03 above is the supervisor's level, typed in error - this position is "
            "classified EX- 01.\n\nGENERAL ACCOUNTABILITY\nThe Director leads accommodation management.\n\n"
            "DIMENSIONS\nSalary: $1,430,000\nO & M: $13.99M\nCorrection: the salary and O&M amounts were entered on "
            "the wrong lines. Salary is $13.99M; O&M is $1,430,000.\n")
    root, records = _import(tmp_path, "Director, Accommodation Management - FINAL, revised.txt", text)
    record = _record(root, "99493614")
    assert record["classification"] == "EX-01"
    assert (record["dimensions"]["salary"], record["dimensions"]["o_and_m"]) == (13_990_000, 1_430_000)
    assert "a correction note" in records


def test_labels_headings_and_columns_typed_with_a_letter_wrong(tmp_path: Path) -> None:
    """Human typos: a label with a letter typed twice or a word misspelt (``SUPPERVISOR``, ``Suppervisor Grp/Lvl``),
    a heading with a letter wrong (``Dimentions``), a table's column misspelt (``| Positon Title | Group-Level |``),
    ``Located In``; a supervisor's level in lower case after its title (``(ex-04)``)."""
    text = ("# Canada Border Services Agency\n\n- **Positon Title**: Director General, Audit and Evaluation\n"
            "- **classification**: EX-3\n- **Pos. #**: 695529\n- **SUPPERVISOR**: Assistant Deputy Minister, "
            "Strategic Policy (ex-04)\n- **Located In**: Québec, Quebec\n\n### General Acountability\n\nThe Director "
            "General is accountable for audit and evaluation.\n\n### Organization Structure\n\nReporting Positions\n\n"
            "| Positon Title | Group-Level | FTE |\n|---|---|---|\n| Director, Rail Safety | EX-01 | 40 |\n"
            "| Director, Emergency Management | EX01 | 94 |\n\n### Dimentions\n\n| Budget | Amount |\n|---|---|\n"
            "| Salary Budget | $ 10,140,000 |\n| Total Budget | $13.55M |\n")
    root, _ = _import(tmp_path, "CBSA_Audit_and_Evaluation_WD.md", text)
    record = _record(root, "695529")
    assert record["supervisor"] == {"title": "Assistant Deputy Minister, Strategic Policy", "classification": "EX-04"}
    assert record["location"] == "Québec, QC" and record["dimensions"]["salary"] == 10_140_000
    assert _reports(root, "695529", 2) == [("Director, Rail Safety", "EX-01", 40),
                                          ("Director, Emergency Management", "EX-01", 94)]
    typed = _import(tmp_path, "Director, X.txt", "Position Title: Director, Policy\nPosition Number: 41002\n"
                                                  "Suppervisor Grp/Lvl: EX- 04\n\nGENERAL ACCOUNTABILITY\nLeads policy."
                                                  "\n")[0]
    assert _record(typed, "41002")["supervisor"]["classification"] == "EX-04"


def test_reports_as_numbered_fields_in_both_languages_with_their_cells(tmp_path: Path) -> None:
    """``Direct Report 1 / Subordonné 1: Manager, Engineering Services | EN-ENG-05 | 29 fte's``: one report each."""
    text = _HEAD + ("ORGANIZATION STRUCTURE\nDirect Report 1 / Subordonné 1: Manager, Engineering Services | EN-ENG-05 "
                    "| 29 fte's\nDirect Report 2 / Subordonné 2: Chief, Compliance | PM 05 | 24 FTE\n\n"
                    "SPECIFIC ACCOUNTABILITIES\n1. Leads the work plan.\n")
    root, _ = _import(tmp_path, "DG Nunavut.txt", text)
    assert _reports(root, "856181", 2) == [("Manager, Engineering Services", "EN-ENG-05", 29),
                                          ("Chief, Compliance", "PM-05", 24)]


def test_a_description_pasted_under_an_e_mail_s_headers(tmp_path: Path) -> None:
    """A Gmail print's headers, then the description's own name and its title in capitals without a label; its place
    in a sentence (``The position is based at the X Centre in Toronto, Ontario``); a report's place between its level
    and its count (``(CH-04), in Toronto, who leads 9 FTEs``)."""
    text = ("Sat, May 10, 2025\tGmail - WD - Director General, Forest Sciences\n\nGmail\tCyprien Okonkwo "
            "<c.o@nrcan.gc.ca>\n\nWD - Director General, Forest Sciences\n1 message\nOisin Orr <o.orr@nrcan.gc.ca>"
            "\tSat, May 10, 2025 at 12:24 PM\nTo: Cyprien Okonkwo <c.o@nrcan.gc.ca>\n\nFYI - text of the WD below.\n\n"
            "NATURAL RESOURCES CANADA"
            "\n\nEXECUTIVE WORK DESCRIPTION\n\nDIRECTOR GENERAL, FOREST SCIENCES\n\nClassification: EX-03 | Position "
            "no. 829491\n\nThe position is based at the Forest Science Centre in Toronto, Ontario, with staff at two "
            "field stations.\n\nGENERAL ACCOUNTABILITY\n\nThe Director General leads the forest sciences program.\n\n"
            "ORGANIZATION STRUCTURE\n\nReporting to the position are the Head, Analytical Chemistry (CH-04), in "
            "Toronto, who leads 9 FTEs; and the Manager, Physical Sciences (PC-05), in Sudbury, who leads 32 FTEs.\n")
    root, records = _import(tmp_path, "Gmail - WD - Director General, Forest Sciences.txt", text)
    record = _record(root, "829491")
    assert (record["title"].casefold(), record["location"]) == ("director general, forest sciences", "Toronto, ON")
    assert _reports(root, "829491", 2) == [("Head, Analytical Chemistry", "CH-04", 9),
                                          ("Manager, Physical Sciences", "PC-05", 32)]
    assert "Okonkwo" not in records and "Oisin" not in records


def test_a_sentence_wrapped_inside_the_supervisor_s_title_and_a_compound_place(tmp_path: Path) -> None:
    """A page wrapped at a hundred characters: ``It reports to the Director`` / ``General, X (EX-03, position 14900)``
    one title, and ``Saint-Jean-`` / ``sur-Richelieu, Quebec`` one place, its hyphens kept."""
    text = ("EXECUTIVE WORK DESCRIPTION\nDIRECTOR, SAINT-JEAN-SUR-RICHELIEU RESEARCH AND DEVELOPMENT CENTRE\n"
            "Classification: EX-01 | Position no. 104077\nThe position is based at the Research and Development Centre "
            "in Saint-Jean-\nsur-Richelieu, Quebec, with staff at the L'Acadie experimental farm. It reports to the "
            "Director\nGeneral, Prairie Research and Development (EX-03, position 14900). This description is "
            "effective on\n2021-02-15.\nGENERAL ACCOUNTABILITY\nThe Director leads the centre's science programs.\n")
    root, _ = _import(tmp_path, "Director, Saint-Jean-sur-Richelieu Research and Development Centre.txt", text)
    record = _record(root, "104077")
    assert record["supervisor"]["title"] == "Director General, Prairie Research and Development"
    assert (record["reports_to"], record["location"]) == ("14900", "Saint-Jean-sur-Richelieu, QC")


def test_a_fax_s_headers_and_received_stamps_are_no_text_of_the_description(tmp_path: Path) -> None:
    """A faxed copy's header on every page (``FROM: REGIONAL HR CENTRE  506 555 0188   PAGE 02/04   17:04``,
    ``APR-03-2019 15:42  FROM:EXECUTIVESTAFFING   613 555 0172   TO:613 555 0110   P.2/4``) and its received stamps
    (``REÇU / RECEIVED  2022-07-18T12:32:00  12:35``): no report, no title."""
    text = _HEAD + ("ORGANIZATION STRUCTURE\nThe position has the following direct reports:\n\n"
                    "Title                         Group/Level   FTEs\n"
                    "Manager, Operations           AS-07         21\n"
                    "Manager, Client Services      PM-05         23\n\n\n- 3 -\n"
                    "FROM: REGIONAL HR CENTRE  506 555 0188   PAGE 04/05   12:06\n\n"
                    "REÇU / RECEIVED  2022-07-18T12:32:00  12:35\n\n"
                    "NATURE AND SCOPE\nThe position operates in a complex environment.\n")
    root, records = _import(tmp_path, "Director General - faxed copy.txt", text)
    assert _reports(root, "856181", 2) == [("Manager, Operations", "AS-07", 21),
                                          ("Manager, Client Services", "PM-05", 23)]
    assert "RECEIVED" not in records and "FROM" not in records


def test_a_report_s_long_place_and_its_count_on_the_next_line(tmp_path: Path) -> None:
    """``the Laboratory Manager, Applied Physics (BI-04), in Egbert research station,`` / ``who leads 46 FTEs``: a
    page wrapped after the place, the count on the next line."""
    text = _HEAD + ("ORGANIZATION STRUCTURE\nReporting to the position are the Head, Analytical Chemistry (CH-04), in "
                    "Toronto, who\nleads 9 FTEs; and the Laboratory Manager, Applied Physics (BI-04), in Egbert research "
                    "station,\nwho leads 46 FTEs.\n\nSPECIFIC ACCOUNTABILITIES\n1. Leads the work plan.\n")
    root, _ = _import(tmp_path, "DG Science.txt", text)
    assert _reports(root, "856181", 2) == [("Head, Analytical Chemistry", "CH-04", 9),
                                          ("Laboratory Manager, Applied Physics", "BI-04", 46)]


def test_stray_spaces_inside_amounts_and_a_note_naming_the_job_code(tmp_path: Path) -> None:
    """Amounts typed with a stray space (``$ 7 ,590,000``, ``$ 13,710,0 00``) read whole when their commas set the
    thousands apart; a note that the number above is the job code, and a label one letter short (``Locaton:``)."""
    text = ("WORK DESCRIPTION\nPosition Title: Director, Labour Market Information\nPosition Number: 404033\n"
            "Locaton: Gatineau, Quebec\nCorrection: the number entered above as the position number is the job code "
            "(404033). The position number is 167183.\n\nGENERAL ACCOUNTABILITY\nThe Director leads the unit.\n\n"
            "DIMENSIONS\nBudget - Sal.: $ 7 ,590,000\nOperations and Maintenance: $ 5 870 000\n"
            "Total: $ 13,460,0 00\n")
    root, _ = _import(tmp_path, "Director, Labour Market Information.txt", text)
    record = _record(root, "167183")
    assert (record["job_code"], record["location"]) == ("404033", "Gatineau, QC")
    assert record["dimensions"] == {**record["dimensions"], "salary": 7_590_000, "o_and_m": 5_870_000,
                                    "total": 13_460_000}


def test_a_misspelt_column_header_and_levels_typed_in_lower_case(tmp_path: Path) -> None:
    """A table set out in spaces under ``Positon Title   Grp/Lvl   # FTEs``; a level typed in lower case in a
    table's cell (``| ex-01 |``) and after a label (``Niveau Du Superviseur: ex-04``)."""
    text = _HEAD.replace("Location: Iqaluit, Nunavut", "Supervisor Level: ex-04") + (
        "ORGANIZATION STRUCTURE\nReporting Positions\n\nPositon Title                        Grp/Lvl   # FTEs\n"
        "Manager, Policy and Planning         EC-08     21\nProgram Manager                      PM-5      33\n\n"
        "NATURE AND SCOPE\nThe position operates in a complex environment.\n")
    root, _ = _import(tmp_path, "typed.txt", text)
    assert _record(root, "856181")["supervisor"]["classification"] == "EX-04"
    assert _reports(root, "856181", 2) == [("Manager, Policy and Planning", "EC-08", 21),
                                          ("Program Manager", "PM-05", 33)]
    bilingual = _HEAD + ("ORGANIZATION STRUCTURE\nReporting Positions / Postes subordonnés :\n\n"
                         "Positon Title / Poste            Group-Level / Groupe/niveau   FTE / ETP\n"
                         "Director, Aviation Security      EX-01                         27\n"
                         "Director, Survey Operations      Ex-01                         50\n\nNATURE AND "
                         "SCOPE\nText.\n")
    root, _ = _import(tmp_path, "bilingual.txt", bilingual)
    assert _reports(root, "856181", 2) == [("Director, Aviation Security", "EX-01", 27),
                                          ("Director, Survey Operations", "EX-01", 50)]
    table = _HEAD + ("ORGANIZATION STRUCTURE\n| Position | Group/Level | FTEs |\n|---|---|---|\n"
                     "| Director, Energy Efficiency | ex-01 | 21 |\n\nNATURE AND SCOPE\nThe position operates.\n")
    root, _ = _import(tmp_path, "table.md", table)
    assert _reports(root, "856181", 1) == [("Director, Energy Efficiency", "EX-01", 21)]


def test_a_person_s_name_in_the_file_name_is_kept_out_of_the_records(tmp_path: Path) -> None:
    """A copy named after its incumbent (``... - copy Fergus Rasmusen-Boateng.txt``), who the document names beside
    a people's label: the records name their source without the name; an HR page's ``Printed ... by X`` neither."""
    text = _HEAD + ("Incumbent / Titulaire: Fergus Rasmusen-Boateng\n\nORGANIZATION STRUCTURE\n"
                    "- Manager, Operations (AS-07, 21 FTEs)\n\nSPECIFIC ACCOUNTABILITIES\n"
                    "1. Builds partnerships with central agencies.\nPrinted 2023-08-29 09:14 by Perpetua Beaudoin\n")
    root, records = _import(tmp_path, "Director General, Nunavut Operations - copy Fergus Rasmusen-Boateng.txt", text)
    assert "Rasmusen" not in records and "Fergus" not in records and "Beaudoin" not in records
    assert _record(root, "856181")["source"]["document"] == "Director General, Nunavut Operations - copy [name].txt"


def test_a_package_s_hr_page_and_organization_chart_after_the_description(tmp_path: Path) -> None:
    """A deputy head's package: the description, then the HR system's page on the position (its title cut to 30
    capitals) and an organization chart drawn as a tree whose branches repeat the reports and add the position's
    peer: the description's values, each report once, no peer."""
    text = ("ROUTING SLIP\nFile: DMO-2025-0152\n\nMEMORANDUM TO THE DEPUTY MINISTER\nSubject: Classification\n\n"
            "EXECUTIVE WORK DESCRIPTION\nPosition Title: Director General, Nunavut Operations\n"
            "Position Number: 856181\nClassification: EX-02\nLocation: Iqaluit, Nunavut\n"
            "Reports to: Assistant Deputy Minister, Operations (EX-04)\n\nGENERAL ACCOUNTABILITY\n"
            "The Director General leads the agency's operations in Nunavut.\n\nORGANIZATION STRUCTURE\n"
            "| Position | Group/Level | FTEs |\n| Manager, Operations | AS-07 | 21 |\n| Manager, Policy | EC-07 | 9 "
            "|\n\n"
            "SPECIFIC ACCOUNTABILITIES\n- Builds partnerships with central agencies.\n\n"
            "POSITION DATA — MyGCHR (PeopleSoft)\nPosition Nbr: 856181\nDescr: DIRECTOR GENERAL, NUNAVUT OPE\n"
            "Location: IQALUIT\n\nORGANIZATION CHART\nAssistant Deputy Minister, Operations (EX-04)\n"
            "  +-- Director General, Nunavut Operations (EX-02)\n  |     +-- Manager, Operations (AS-07) [21]\n"
            "  |     +-- Manager, Policy (EC-07) [9]\n  +-- Director General, Corporate Services (EX-02)\n")
    root, _ = _import(tmp_path, "DM package.txt", text)
    record = _record(root, "856181")
    assert (record["title"], record["location"]) == ("Director General, Nunavut Operations", "Iqaluit, NU")
    assert _reports(root, "856181", 2) == [("Manager, Operations", "AS-07", 21), ("Manager, Policy", "EC-07", 9)]


def test_a_word_form_s_check_boxes_two_fields_under_one_label_and_reports_in_cells(tmp_path: Path) -> None:
    """A Word form: the level ticked among its options (``☐ EX-01 ☒ EX-02 ☐ EX-03``), one label for two fields
    with a cell each (``Position no. / Job code | 16172726 | 100445``), the supervisor's level and number after its
    title (``... EX-03 — poste / position 47783``) and the reports side by side, a cell each (``Manager, X IS-06
    23 FTEs``)."""
    form = ("# EXECUTIVE WORK DESCRIPTION\n\n"
            "| Position title | Director, Oceans Science | | |\n"
            "| Group and level | \u2610 EX-01 \u2612 EX-02 \u2610 EX-03 | | |\n"
            "| Position no. / Job code | 16172726 | 100445 | |\n"
            "| Supervisor | Director General, Benefits Operations EX-03 \u2014 poste / position 47783 | | |\n\n"
            "## DIRECT REPORTS\n\n"
            "| Manager, Communications IS-06 23 FTEs | Manager, Procurement PG-05 35 FTEs | Manager, Systems 27 FTEs "
            "|\n\n"
            "## GENERAL ACCOUNTABILITY\n\nThe Director leads the directorate's science programs.\n")
    root, _ = _import(tmp_path, "WD - Director, Oceans Science.docx", docx_bytes(form))
    record = _record(root, "16172726")
    assert (record["classification"], record["job_code"]) == ("EX-02", "100445")
    assert record["supervisor"] == {**record["supervisor"], "title": "Director General, Benefits Operations",
                                    "classification": "EX-03"}
    assert record["reports_to"] == "47783"
    assert _reports(root, "16172726", 3) == [("Manager, Communications", "IS-06", 23),
                                             ("Manager, Procurement", "PG-05", 35), ("Manager, Systems", None, 27)]


def test_a_generic_description_s_local_annex_and_its_reports_under_a_sentence(tmp_path: Path) -> None:
    """A generic description's ``LOCAL ANNEX — POSITION 474782``: its values over the generic's examples, its
    reports under ``Reporting to the Director, Security Services are:``; the generic's ``a team of operational
    managers (PM-05 to PM-06)`` is no report."""
    text = ("GENERIC EXECUTIVE WORK DESCRIPTION\n\nPosition title: Director, Security Services\n"
            "Group and level: EX-01\nPosition number: See local annex\nLocation: Regional office\n\n"
            "GENERAL ACCOUNTABILITY\n\nThe Director is accountable for security services in the region.\n\n"
            "ORGANIZATION STRUCTURE\n\nThe Director manages a team of operational managers (PM-05 to PM-06) and "
            "advisors.\n\nDIMENSIONS\n\nTypical dimensions (example):\nSalary: $5,170,000\nO&M: $890,000\n\n"
            "LOCAL ANNEX \u2014 POSITION 474782\n\nPosition number: 474782\nLocation: Charlottetown, Prince Edward "
            "Island\n"
            "Supervisor's title: Director General, Data Analytics\n\n"
            "Reporting to the Director, Security Services are:\n\n"
            "\u2022 Manager, Client Services (PM-06) \u2014 32 FTEs\n\u2022 Manager, Quality Assurance (PM-05) "
            "\u2014 30 FTEs\n\n"
            "Salary: $1,670,000\nO&M: $210,000\n")
    root, _ = _import(tmp_path, "Director, Security Services - local annex.txt", text)
    record = _record(root, "474782")
    assert (record["location"], record["supervisor"]["title"]) == ("Charlottetown, PE",
                                                                   "Director General, Data Analytics")
    assert (record["dimensions"]["salary"], record["dimensions"]["o_and_m"]) == (1_670_000, 210_000)
    assert _reports(root, "474782", 2) == [("Manager, Client Services", "PM-06", 32),
                                          ("Manager, Quality Assurance", "PM-05", 30)]


def test_reports_named_after_the_position_s_own_title_in_a_french_sentence(tmp_path: Path) -> None:
    """``Relèvent du Directeur, Réseau des centres de service le Gestionnaire, Systèmes (CS-04), qui dirige 32 ETP``:
    the position's title, then its first report's, no supervisor."""
    text = ("DESCRIPTION DE TRAVAIL\nTitre du poste : Directeur, Réseau des centres de service\n"
            "Numéro de poste : 615301\nClassification : EX-01\n"
            "Relève de : Directeur général, Opérations des biens immobiliers (EX-03)\n\nSTRUCTURE ORGANISATIONNELLE\n"
            "Relèvent du Directeur, Réseau des centres de service le Gestionnaire, Systèmes (CS-04), qui dirige 32 "
            "ETP ; "
            "et le Gestionnaire, Conformité (SP-07), qui dirige 18 ETP.\n\nNATURE ET ÉTENDUE\nLe poste évolue.\n")
    root, _ = _import(tmp_path, "Directeur, Réseau des centres de service.txt", text)
    assert _record(root, "615301")["supervisor"]["title"] == "Directeur général, Opérations des biens immobiliers"
    assert _reports(root, "615301", 2) == [("Gestionnaire, Systèmes", "CS-04", 32),
                                          ("Gestionnaire, Conformité", "SP-07", 18)]


def test_a_word_form_s_supervisor_block_a_title_in_two_languages_and_cells_merged_across(tmp_path: Path) -> None:
    """A Word form: the supervisor's fields under their own heading, labelled as the position's are (``SUPERVISEUR /
    SUPERVISOR`` over ``| Position title | Director General, Operations |``), a title and its other language's on two
    lines of one cell, a label and its value each merged over two columns (``| Location |  | Winnipeg, Manitoba |
    |``), a report's cell with no count (``Senior Advisor EC-06 no staff``) and a wiki's ``[edit]`` after a heading."""
    form = ("# EXECUTIVE WORK DESCRIPTION\n\n"
            "| Position title |  | Director, Taxpayer Services Directeur, Services aux contribuables |  |\n"
            "| Group and level | EX01 | Position number | 26762970 |\n"
            "| Location |  | Winnipeg, Manitoba |  |\n\nSUPERVISEUR / SUPERVISOR\n\n"
            "| Titre du poste / Position title | Director General, Operations |  |  |\n"
            "| Groupe et niveau / Group and level | EX03 | Numéro de poste / Position number | 11844 |\n\n"
            "## Organization structure[edit]\n\n"
            "| Senior Advisor EC-06 no staff | Manager, Operations PM-06 7 FTEs | Manager, Systems CS-05 32 FTEs |\n\n"
            "## GENERAL ACCOUNTABILITY\n\nThe Director leads the taxpayer services of the region.\n")
    root, _ = _import(tmp_path, "Director, Taxpayer Services FINAL.docx", docx_bytes(form))
    record = _record(root, "26762970")
    assert (record["title"], record["location"]) == ("Director, Taxpayer Services", "Winnipeg, MB")
    assert record["supervisor"] == {**record["supervisor"], "title": "Director General, Operations",
                                    "classification": "EX-03"}
    assert record["reports_to"] == "11844"
    assert _reports(root, "26762970", 3) == [("Senior Advisor", "EC-06", None), ("Manager, Operations", "PM-06", 7),
                                             ("Manager, Systems", "CS-05", 32)]


def test_a_word_cell_merged_down_over_the_form_s_rows_is_read_once(tmp_path: Path) -> None:
    """A Word form's language-requirements cell merged down the right of three rows: read in its first row, not
    again in each (where it would stand as a third value beside ``Position no. / Job code | 16172726 | 100445``)."""
    import docx

    document = docx.Document()
    document.add_heading("EXECUTIVE WORK DESCRIPTION", 1)
    table = document.add_table(rows=3, cols=4)
    rows = [("Position title", "Director, Oceans Science", ""), ("Position no. / Job code", "16172726", "100445"),
            ("Effective date", "2022-07-01", "")]
    for row, cells in zip(table.rows, rows):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    merged = table.cell(0, 3).merge(table.cell(2, 3))
    merged.text = "Language requirements \u2612 Bilingual imperative \u2610 English essential"
    document.add_heading("GENERAL ACCOUNTABILITY", 2)
    document.add_paragraph("The Director leads the directorate's science programs.")
    content = io.BytesIO()
    document.save(content)
    root, _ = _import(tmp_path, "WD - Director, Oceans Science.docx", content.getvalue())
    record = _record(root, "16172726")
    assert (record["title"], record["job_code"], record["effective_date"]) == (
        "Director, Oceans Science", "100445", dt.date(2022, 7, 1))


def test_a_package_s_decision_approving_another_budget(tmp_path: Path) -> None:
    """A memo whose decision approves another O&M than the description's (``The Deputy Minister approved an O&M
    budget of $1,042,000 for the position (instead of the $1,006,000 shown in the work description), for a total of
    $4,972,000.``): the approved figures, to verify; a memo's figure that decides nothing changes none."""
    memo = ("MEMORANDUM TO THE DEPUTY MINISTER\nSubject: Classification\n\nDECISION\nThe Deputy Minister approved an "
            "O&M budget of $1,042,000 for the position (instead of the $1,006,000\nshown in the work description), for "
            "a total of $4,972,000.\n\n")
    body = ("ORGANIZATION STRUCTURE\n- Manager, Operations (AS-07, 21 FTEs)\n\nDIMENSIONS\nSalary: $3,930,000\n"
            "O&M: $1,006,000\nTotal: $4,936,000\n")
    root, records = _import(tmp_path, "Package.txt", memo + _HEAD + body)
    assert _record(root, "856181")["dimensions"] == {**_record(root, "856181")["dimensions"], "salary": 3_930_000,
                                                     "o_and_m": 1_042_000, "total": 4_972_000}
    assert "the budget the decision approves" in records
    root, _ = _import(tmp_path, "Package.txt", memo.replace("approved", "was told of") + _HEAD + body)
    assert _record(root, "856181")["dimensions"]["o_and_m"] == 1_006_000


def test_report_levels_typed_in_lower_or_mixed_case(tmp_path: Path) -> None:
    """A report's level typed as a hand typed it (``(Pm-06, 8 fte's)``, ``(ec-07)``, ``Subordonné 2 : X | fi-03 | 37
    ETP``): its level."""
    text = _HEAD + ("ORGANIZATION STRUCTURE\nReporting to the position are the Manager, Wildlife Protection (Pm-06, 8 "
                    "fte's); the Senior Advisor (ec-07); and the Team Leader, Systems (IT-04, 13 FTEs).\n\n"
                    "NATURE AND SCOPE\nThe position operates in a complex environment.\n")
    root, _ = _import(tmp_path, "typed.txt", text)
    assert _reports(root, "856181", 3) == [("Manager, Wildlife Protection", "PM-06", 8),
                                          ("Senior Advisor", "EC-07", None), ("Team Leader, Systems", "IT-04", 13)]


def test_an_incumbent_s_draft_in_the_first_person(tmp_path: Path) -> None:
    """An incumbent's own draft: ``I am the Director, X (EX-01), position 661431, at ...``, ``I report to the ...``,
    ``Reporting directly to me are the ...`` (the reports, no supervisor), ``... to take effect on February 1,
    2025``, signed ``-- Name, date`` (no name copied); a reviewer's comment by initials (``[BQ: check]``) no value."""
    text = ("# Work description – incumbent's draft\n\nI am the Director, Dangerous Goods Policy (EX-01), position "
            "661431,"
            " at Health Canada, based in Ottawa, Ontario.\n\nI report to the Executive Director, Science and "
            "Technology (EX-02), position #69222.\n\nReporting directly to me are the Manager, Quality Assurance "
            "(PM-06, 21 FTEs), and the Manager, Client Services (AS-07, 15 FTEs).\n\nI manage a salary budget of "
            "$5,255,000 and an O&M budget of $2,700,000.\n\nI'd like the updated description "
            "to take effect on February 1, 2025. [BQ: confirm the date with HR]\n\n## What I do\n\n"
            "- Represent the department at interdepartmental tables.\n\n-- Yusra Duquesnay, April 3, 2024\n")
    root, records = _import(tmp_path, "Dangerous Goods Policy WD draft (incumbent).md", text)
    record = _record(root, "661431")
    assert (record["title"], record["classification"], record["effective_date"]) == (
        "Director, Dangerous Goods Policy", "EX-01", dt.date(2025, 2, 1))
    assert (record["supervisor"]["title"], record["reports_to"]) == ("Executive Director, Science and Technology",
                                                                     "69222")
    assert _reports(root, "661431", 2) == [("Manager, Quality Assurance", "PM-06", 21), ("Manager, Client Services",
                                                                                      "AS-07", 15)]
    assert (record["dimensions"]["salary"], record["dimensions"]["o_and_m"]) == (5_255_000, 2_700_000)
    assert "Duquesnay" not in records and "BQ" not in records


def test_a_questionnaire_s_answers_and_a_supervisor_s_note(tmp_path: Path) -> None:
    """A questionnaire's answers under the labels their questions ask for (``Q: Who do you report to?`` / ``A: The
    Executive Director, X (EX-02), position 79475.``; ``Q : Quel est le titre de votre poste?`` / ``R : ...``), and
    a supervisor's note signed under its closing (``It reports to me as Executive Director, X``, ``Thanks,`` /
    ``Name``): no name copied."""
    english = ("# Work description questionnaire\n\nQ: What is your position title?\n\nA: Director, Temporary Resident "
               "Programs\n\nQ: What is the group and level?\n\nA: EX-01\n\nQ: Position number?\n\nA: 201324\n\n"
               "Q: Who do you report to?\n\nA: The Executive Director, Service Delivery (EX-02), position 79475.\n\n"
               "Q: Who reports to you directly?\n\nA: 2 positions:\n\n   - Manager, Systems and Tools (EC-07) - 5 "
               "FTEs\n"
               "   - Manager, Program Design (PM-05) - 16 FTEs\n\nQ: What budget do you manage?\n\n"
               "A: Salary: $6,875,000; O&M: $4,015,000.\n")
    root, _ = _import(tmp_path, "questionnaire.md", english)
    record = _record(root, "201324")
    assert (record["title"], record["classification"], record["reports_to"]) == (
        "Director, Temporary Resident Programs", "EX-01", "79475")
    assert record["supervisor"]["title"] == "Executive Director, Service Delivery"
    assert (record["dimensions"]["salary"], record["dimensions"]["o_and_m"]) == (6_875_000, 4_015_000)
    assert _reports(root, "201324", 2) == [("Manager, Systems and Tools", "EC-07", 5), ("Manager, Program Design",
                                                                                     "PM-05", 16)]
    french = ("Q : Quel est le titre de votre poste?\nR : Directeur, Intégrité du Programme de passeport\n"
              "Q : Quels sont le groupe et le niveau?\nR : EX-01\nQ : Numéro de poste?\nR : 540211\n"
              "Q : De qui relevez-vous?\nR : Du Directeur exécutif, Prestation des services (EX-02), poste 984106.\n")
    root, _ = _import(tmp_path, "questionnaire.txt", french)
    record = _record(root, "540211")
    assert (record["title"], record["reports_to"]) == ("Directeur, Intégrité du Programme de passeport", "984106")
    note = ("To: Noor Duquesnay\n\nHi Noor,\n\nPosition title: Director, Wildlife Enforcement\n"
            "Position number: 116836\n\nIt reports to me as Director General, Programs (EX-03, position 289073).\n\n"
            "3 positions report to it: the Manager, Partnerships (CS-04, 15 FTEs); the Manager, Client Services "
            "(PM-06, "
            "17 FTEs).\n\nThanks,\nHenrike Lindqvist\n")
    root, records = _import(tmp_path, "note to HR.txt", note)
    assert _record(root, "116836")["supervisor"]["classification"] == "EX-03"
    assert "Lindqvist" not in records


def test_a_tribunal_s_governor_in_council_levels_and_reports_counted_by_level(tmp_path: Path) -> None:
    """A small tribunal's description: its supervisor at a Governor in Council level (``Chairperson (GCQ-10)``), its
    reports counted by their level (``Registry Officer (2 x CR-05)``: two positions, a record each)."""
    text = ("EXECUTIVE WORK DESCRIPTION\nPosition Title: Chief of Staff to the Chairperson\nPosition Number: 515901\n"
            "Classification: EX-01\nReports to: Chairperson (GCQ-10)\n\nORGANIZATION STRUCTURE\nReporting to the "
            "position are the Manager, Registry (PM-05), 11 FTEs; and Registry Officer (2 x CR-05).\n\n"
            "NATURE AND SCOPE\nThe tribunal is small.\n")
    root, _ = _import(tmp_path, "IRB Chief of Staff.txt", text)
    assert _record(root, "515901")["supervisor"] == {**_record(root, "515901")["supervisor"], "title": "Chairperson",
                                                     "classification": "GCQ-10"}
    assert _reports(root, "515901", 3) == [("Manager, Registry", "PM-05", 11), ("Registry Officer", "CR-05", None),
                                           ("Registry Officer", "CR-05", None)]


def test_a_markdown_conversion_s_html_line_breaks(tmp_path: Path) -> None:
    """A Markdown conversion that kept HTML's line breaks outside its tables (``**Title:** X<br>``, ``A<br>B``):
    its lines, no ``<br>`` in a value."""
    text = ("# Work description\n\n**Position title:** Director, Client Contact Centres<br>\n"
            "**Position number:** 32110<br>**Group and level:** EX-01<br>\n"
            "**Reports to:** Director General, Policy and Programs<br>\n\n## General accountability\n\n"
            "The Director leads the contact centres.\n")
    root, records = _import(tmp_path, "profile.md", text)
    record = _record(root, "32110")
    assert (record["title"], record["classification"]) == ("Director, Client Contact Centres", "EX-01")
    assert record["supervisor"]["title"] == "Director General, Policy and Programs" and "<br>" not in records


def test_a_draft_s_marks_of_what_it_does_not_know_yet(tmp_path: Path) -> None:
    """A draft's report marked as not known yet (``Director, Partnerships (level ???)``, ``Senior Advisor (TBD)``): its
    title without the mark; the supervisor's number after its level and a comma (``... (EX-03), 414912``)."""
    text = ("DRAFT V0.3\nPosition title: Director General, Medical Devices Licensing\nPosition number: 638459\n"
            "Supervisor: Assistant Deputy Minister, Health Products (EX-05), 414912\n\nORGANIZATION STRUCTURE\n"
            "- Director, Partnerships (level ???) - 41 FTEs\n- Senior Advisor (TBD)\n- Director, Licensing (EX-01) - "
            "58 FTEs\n\nGENERAL ACCOUNTABILITY\nThe Director General leads the licensing of medical devices.\n")
    root, _ = _import(tmp_path, "outline DRAFT.txt", text)
    assert _record(root, "638459")["reports_to"] == "414912"
    reports = _reports(root, "638459", 3)  # a level not stated is guessed from the title, to verify
    assert [(title, fte) for title, _, fte in reports] == [("Director, Partnerships", 41), ("Senior Advisor", None),
                                                          ("Director, Licensing", 58)]


def test_a_blank_word_template_s_prompts_are_no_values(tmp_path: Path) -> None:
    """A blank template copied with Word's prompts in its empty fields (``Click or tap here to enter text.``) and an
    example sentence: refused as a blank template, nothing written."""
    form = ("# EXECUTIVE WORK DESCRIPTION\n\nTemplate 2024 - complete every cell. Example: Director, Pension Services, "
            "EX-01, position 54321, $2,350,000.\n\n"
            "| Position title | Click or tap here to enter text. | | |\n"
            "| Position number | Click or tap here to enter text. | Job code | Click or tap here to enter text. |\n"
            "| Effective date | Click or tap here to enter text. | Location | |\n\n## GENERAL ACCOUNTABILITY\n\n"
            "Click or tap here to enter text.\n")
    root = tmp_path / "repo"
    root.mkdir()
    init_repository(root, organization="Shapes test", today=dt.date(2026, 11, 25))
    doc = tmp_path / "EX WD template 2024 (blank).docx"
    doc.write_bytes(docx_bytes(form))
    result = run_cli(["import", str(doc)], root)
    assert result.exit_code == 2 and "blank template" in result.output
    assert not list((root / "records/positions").glob("*.yaml"))


def test_a_description_shared_by_two_organizations_states_no_number_of_its_own(tmp_path: Path) -> None:
    """``Position number: 90017 (Natural Resources Canada); 63709 (Environment and Climate Change Canada)``: two
    positions' numbers, neither the document's own; its record's id is provisional and the report says why."""
    text = ("WORK DESCRIPTION\nPosition title: Director, Real Property Operations\nJob code: 899615\n"
            "Position number: 90017 (Natural Resources Canada); 63709 (Environment and Climate Change Canada)\n"
            "Classification: EX-01\n\nGENERAL ACCOUNTABILITY\nThe Director leads real property operations.\n")
    root, records = _import(tmp_path, "Director, Real Property Operations shared.txt", text)
    assert not (root / "records/positions/90017.yaml").exists()
    assert _record(root, "TBD-899615")["title"] == "Director, Real Property Operations" and "provisional" in records


def test_a_french_generics_annex_with_its_labels_on_lines_or_in_a_table(tmp_path: Path) -> None:
    """``ANNEXE A : PARTICULARITÉS DU POSTE`` after a French generic description, its fields labelled
    ``Titre de travail``, ``No de poste``, ``Emplacement`` on lines of their own or in a Word table's
    cells: the annex's title, place and dimensions are the position's, not the generic's example."""
    generic = ("DESCRIPTION DE TRAVAIL GÉNÉRIQUE\nTitre générique: Directeur exécutif régional\nGroupe/niveau: EX-02\n"
               "No de poste: Divers\nEmplacement: [Région]\n\nRESPONSABILITÉ GÉNÉRALE\nDirige les programmes de la "
               "région.\n\nDIMENSIONS\nExemple (poste type) : salaires 12 000 k$; F et E 1 500 k$.\n\n"
               "ANNEXE A : PARTICULARITÉS DU POSTE\n\n")
    lines = ("Titre de travail: Directeur exécutif régional, Québec\nNo de poste: 27004\n"
             "Emplacement: Québec (Québec)\n\nDIMENSIONS\nSalaires: 21,01 millions $\nF et E: 4,204 millions $\n")
    table = ("| Titre de travail | Directeur exécutif régional, Québec | No de poste | 27004 |\n"
             "| Groupe/niveau | EX-02 | Emplacement | Québec (Québec) |\n\nDIMENSIONS\n"
             "| Salaires | 21,01 millions $ | F et E | 4,204 millions $ |\n")
    for name, content in (("annexe.txt", generic + lines), ("annexe.docx", docx_bytes(generic + table))):
        root, _ = _import(tmp_path, name, content)
        record = _record(root, "27004")
        assert (record["title"], record["location"]) == ("Directeur exécutif régional, Québec", "Québec, QC"), name
        assert (record["dimensions"]["salary"], record["dimensions"]["o_and_m"]) == (21_010_000, 4_204_000), name


def test_an_annex_listing_positions_or_only_an_hr_pages_fte_overrides_nothing(tmp_path: Path) -> None:
    """A table whose header names the labels (``| Position no. | Location | Incumbent |``: the positions a
    generic covers) is no position's annex; an annex of an HR page's data whose only figure is the incumbent's
    ``| ETP | 1,00 |`` keeps the description's own budget."""
    body = ("Position Title: Director, Finance Operations\nPosition Number: 64931\nClassification: EX-01\n"
            "Location: Ottawa or one of the regional offices\n\nGENERAL ACCOUNTABILITY\nThe Director leads finance.\n\n"
            "DIMENSIONS\nSalary: $4,220,000\nO&M: $460,000\n\n")
    covered = ("APPENDIX A — POSITIONS COVERED\n| Position no. | Location | Incumbent |\n|---|---|---|\n"
               "| 64931 | Québec City, Quebec | X |\n| 15641 | Sudbury, Ontario | Y |\n")
    hr_page = ("## Annexe - Données du poste\n| Field | Value |\n|---|---|\n| Numéro du poste | 64931 |\n"
               "| ETP | 1,00 |\n| Lieu | OTT607 - Ottawa (ON) |\n")
    root, _ = _import(tmp_path, "generic.md", body + covered)
    assert _record(root, "64931")["location"] == "Ottawa or one of the regional offices"
    root, _ = _import(tmp_path, "hr.md", body + hr_page)
    dimensions = _record(root, "64931")["dimensions"]
    assert (dimensions["salary"], dimensions["o_and_m"]) == (4_220_000, 460_000)


def test_a_large_units_reports_in_tables_by_group_with_subtotals_and_a_summary(tmp_path: Path) -> None:
    """Reports in several tables, each under its group's label (``Directorate: X``, ``Direction : X``), one row's
    last cell blank in columns of spaces, ``(vacant)`` after a title, ``Subtotal`` rows and a ``Summary`` table
    (``Direct reports | 5``): every report read, no group, sum or summary row a report, the structure not ended."""
    english = ("Position Title: Director General, Appeals\nPosition Number: 40001\nClassification: EX-03\n\n"
               "ORGANIZATION STRUCTURE\nThe position has 5 direct reports, listed below by directorate.\n\n"
               "Directorate: Scheduling Directorate\nPosition                      Group/Level  FTEs\n"
               "Manager, Verification         EC-06        11\nManager, Workload Management  FI-03\n"
               "Subtotal                                   11\n\nDirectorate: Planning Directorate\n"
               "Position                    Group/Level  FTEs\nManager, Training (vacant)  FI-03        5\n"
               "Manager, Records            EC-05        2.75\nManager, Intake             AS-07        4\n"
               "Subtotal                                 11.75\n\nSummary             FTEs\nDirect reports  5\n"
               "TOTAL               22.75\n\nDIMENSIONS\nSalary: $2,000,000\n")
    root, _ = _import(tmp_path, "appeals.txt", english)
    assert _reports(root, "40001", 5) == [("Manager, Verification", "EC-06", 11), ("Manager, Workload Management",
                                                                                    "FI-03", None),
                                          ("Manager, Training", "FI-03", 5), ("Manager, Records", "EC-05", 2.75),
                                          ("Manager, Intake", "AS-07", 4)]
    french = ("Titre du poste: Directeur général, Recouvrements\nNuméro de poste: 40002\nGroupe et niveau: EX-03\n\n"
              "## Structure organisationnelle\n\nTrois postes relèvent directement du\ntitulaire.\n\n"
              "**Direction : Direction de soutien aux systèmes**\n\n| Poste | Groupe/niveau | ETP |\n|---|---|---|\n"
              "| Gestionnaire, Enquêtes | AS-06 | 5 |\n| Gestionnaire, Réception (poste vacant) | CS-04 | 5 |\n"
              "| Sous-total |  | 10 |\n\n**Direction : Direction des rapports**\n\n| Poste | Groupe/niveau | ETP |\n"
              "|---|---|---|\n| Gestionnaire, Rapports | EC-07 | 14 |\n\n| Sommaire |  | ETP |\n|---|---|---|\n"
              "| Subordonnés directs | 3 |  |\n| TOTAL |  | 24 |\n\n## Dimensions\n\nTraitements: 2 000 000 $\n")
    root, _ = _import(tmp_path, "recouvrements.md", french)
    assert _reports(root, "40002", 3) == [("Gestionnaire, Enquêtes", "AS-06", 5),
                                          ("Gestionnaire, Réception", "CS-04", 5),
                                          ("Gestionnaire, Rapports", "EC-07", 14)]


def test_a_scans_s_for_a_dollar_sign_before_an_amount(tmp_path: Path) -> None:
    """``Salary: S2,7l6K``, ``Total: S3,O42K``: the S a scan read for ``$``, not a 5 (not $52.7 million); the
    amount marked to verify."""
    text = _HEAD + "\nDIMENSIONS\nSalary: S2,7l6K\nO&M: $326K\nTotal: S3,O42K\n"
    root, records = _import(tmp_path, "scan.txt", text)
    dimensions = _record(root, "856181")["dimensions"]
    assert (dimensions["salary"], dimensions["o_and_m"], dimensions["total"]) == (2_716_000, 326_000, 3_042_000)
    assert 'reads "S2,7l6K"' in records


def test_a_row_counting_positions_by_level_is_a_report_for_each(tmp_path: Path) -> None:
    """``Program Officers | 3 x PM-04 | 3``: three positions, each titled as one (``Program Officer``) with its share
    of the row's FTEs and a note that they were counted together."""
    text = (_HEAD + "ORGANIZATION STRUCTURE\n| Position | Group/Level | FTEs |\n|---|---|---|\n"
            "| Manager, Intake | PM-06 | 12 |\n| Program Officers | 3 x PM-04 | 3 |\n| Senior Advisor | EC-07 | |\n")
    root, records = _import(tmp_path, "counted.md", text)
    assert _reports(root, "856181", 5) == [("Manager, Intake", "PM-06", 12)] + [("Program Officer", "PM-04", 1)] * 3 \
        + [("Senior Advisor", "EC-07", None)]
    assert records.count('one of 3 positions counted together ("3 x PM-04")') == 3


def test_a_name_after_the_title_that_signs_as_incumbent_is_copied_nowhere(tmp_path: Path) -> None:
    """``Position Title: Director, X - Noémie van Houten``, the same name signing ``Noémie van Houten, Incumbent``
    (no label before it) and in the file name as ``van Houten, Noémie``: the title is the position's words, and no
    record names her."""
    text = ("EXECUTIVE WORK DESCRIPTION\nPosition Title: Director, Learning and Development - Noémie van Houten\n"
            "Position Number: 887738\nClassification: EX-01\n\nGENERAL ACCOUNTABILITY\nThe Director leads learning.\n"
            "\nORGANIZATION STRUCTURE\nReporting to the Director are the Manager, Training (PM-05), 6 FTEs.\n\n"
            "SIGNATURES\nNoémie van Houten, Incumbent    October 3, 2021\n")
    root, records = _import(tmp_path, "van Houten, Noémie - Director, Learning.txt", text)
    assert _record(root, "887738")["title"] == "Director, Learning and Development"
    assert "Houten" not in records and "Noémie" not in records


def test_reports_counted_in_words_in_a_sentence(tmp_path: Path) -> None:
    """``Supervises two Senior Economists (EC 06), one Economist (EC 05) and one Junior Economist (EC 04)``: a report
    for each position counted, titled as one, one FTE each of those counted together (``one`` is no count: an
    article may say it); ``Supervise trois Analyste (PM-04)`` in French too; ``three Audit Managers (AU-04, 5 FTEs
    each)``: five each."""
    text = (_HEAD + "ORGANIZATION STRUCTURE\nSupervises two Senior Economists (EC 06), one Economist (EC 05) and one "
            "Junior Economist (EC 04).\n")
    root, _ = _import(tmp_path, "economics.txt", text)
    assert _reports(root, "856181", 4) == [("Senior Economist", "EC-06", 1)] * 2 + [("Economist", "EC-05", None),
                                                                                    ("Junior Economist", "EC-04", None)]
    french = ("Titre du poste: Gestionnaire, AIPRP\nNuméro de poste: 40003\nGroupe et niveau: PM-06\n\n"
              "STRUCTURE ORGANISATIONNELLE\nSupervise trois Analyste de l'AIPRP (PM-04).\n")
    root, _ = _import(tmp_path, "aiprp.txt", french)
    assert _reports(root, "40003", 3) == [("Analyste de l'AIPRP", "PM-04", 1)] * 3
    each = _HEAD + "ORGANIZATION STRUCTURE\nReporting to the Director are three Audit Managers (AU-04, 5 FTEs each).\n"
    root, _ = _import(tmp_path, "audit.txt", each)
    assert _reports(root, "856181", 3) == [("Audit Manager", "AU-04", 5)] * 3


def test_a_copy_marked_by_hand_and_scanned_again(tmp_path: Path) -> None:
    """Initialled corrections as a scan reads them: a value struck with the new one beside it (``=X=  --> Y (JBK Jun
    7/25)``, ``-$258K-  $326K  EJ 14/10/24``) or written above it, a margin's ``<- should be ...`` initialled: the
    new values, a figure's too (``15 FTEs <- 14 VY 23.01.2025``); a margin's question (``<- ? ask DG - DH``,
    ``   check? - KSG``, ``l4 FTEs   14?? - JB``) changes nothing."""
    text = ("Position Title: Director, Fleet Safety Policy        check? - KSG\nPosition Number: 66655\n"
            "Classification: EX-01        <- ? ask DG - DH\n"
            "Geographic Location: =Shawinigan, Quebec=   --> Regina, Saskatchewan (JBK Jun 7/25)\n\n"
            "ORGANIZATION STRUCTURE\nManager, Compliance Monitoring   AS-07   14 FTEs      12?? - JB\n"
            "Director, Data and Analysis (EX-01, 15 FTEs <- 14 VY 23.01.2025)\n\n"
            "DIMENSIONS\n            $972,000   KNB 2025-11-03\nSalary: -$1,069,000-\n"
            "O&M: -$258K-  $326K  EJ 14/10/24\n"
            "Total: $1,395,000     <- should be $1,298,000 - FE 03.02.2024\n")
    root, _ = _import(tmp_path, "marked.txt", text)
    record = _record(root, "66655")
    assert (record["title"], record["classification"], record["location"]) == (
        "Director, Fleet Safety Policy", "EX-01", "Regina, SK")
    assert (record["dimensions"]["salary"], record["dimensions"]["o_and_m"], record["dimensions"]["total"]) == (
        972_000, 326_000, 1_298_000)
    assert _reports(root, "66655", 2) == [("Manager, Compliance Monitoring", "AS-07", 14),
                                          ("Director, Data and Analysis", "EX-01", 14)]


def test_a_word_forms_hidden_guidance_is_no_part_of_a_value(tmp_path: Path) -> None:
    """A Word form's guidance in hidden text before the value (``[Guidance: enter the approved title, e.g. Director,
    Corporate Services]``, formatted hidden): Word does not show it, and the title is the value alone."""
    import docx

    document = docx.Document()
    paragraph = document.add_paragraph("Position Title: ")
    paragraph.add_run("[Guidance: enter the approved title, e.g. Director, Corporate Services] ").font.hidden = True
    paragraph.add_run("Director, Talent Management")
    for line in ("Position Number: 68207", "Group and Level: EX-01", "GENERAL ACCOUNTABILITY",
                 "The Director leads talent management."):
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    root, _ = _import(tmp_path, "talent.docx", buffer.getvalue())
    assert _record(root, "68207")["title"] == "Director, Talent Management"


def test_a_regional_forms_bilingual_supervisor_and_its_places(tmp_path: Path) -> None:
    """``Supervisor / Superviseur: X / Sous-ministre adjoint, Y (EX-04)``: the first language's title, no slash
    left; a location given as several places (``Winnipeg, Manitoba or Edmonton, Alberta``) keeps each, an address
    its city, province and postal code."""
    for number, place, expected in (("30411", "Winnipeg, Manitoba or Edmonton, Alberta",
                                     "Winnipeg, MB or Edmonton, AB"),
                                    ("30412", "Suite 1200, 333 Dunsmuir Street, Vancouver, British Columbia  V6B 5R4",
                                     "Vancouver, BC V6B 5R4")):
        text = (f"Position Title / Titre du poste: Regional Director General, Pacific\nPosition Number: {number}\n"
                f"Location / Lieu de travail: {place}\nSupervisor / Superviseur: Assistant Deputy Minister, Real "
                "Property Services / Sous-ministre adjoint, Services immobiliers (EX-04)\n\nGENERAL ACCOUNTABILITY\n"
                "The Regional Director General leads the region.\n")
        root, _ = _import(tmp_path, f"{number}.txt", text)
        record = _record(root, number)
        assert record["supervisor"]["title"] == "Assistant Deputy Minister, Real Property Services"
        assert record["location"] == expected


def test_a_memo_describing_one_position_in_its_sentences(tmp_path: Path) -> None:
    """A classification rationale memo, a briefing note or a staffing e-mail that states one position's facts in its
    sentences alone (the title in its subject, the level, supervisor, reports and budget in prose, lines cut by the
    page's width): the position read from them; an acting appointment's note and a news release still refused."""
    memo = ("MEMORANDUM\nTO: Executive Classification Committee\nFROM: Ottilie Wexford\nDATE: March 6, 2025\n"
            "SUBJECT: Classification rationale – Director, Critical Minerals Policy\n\n"
            "This memorandum sets out the rationale for the classification of the Director, Critical Minerals\n"
            "Policy position. Position number 27819, Director, Critical Minerals Policy, is classified at the\n"
            "EX-01 level and reports directly to the Director General, Energy Efficiency Programs (EX-03, position\n"
            "81478). The work was last evaluated in 2019 at an AS-07 level.\n\n"
            "Reporting to the Director are a Senior Advisor (EC-07) who has no staff, the Manager, Operations\n"
            "(AS-07), responsible for 22 FTEs, and the Manager, Science Programs (PC-04), who leads a team of 12.\n"
            "The Director manages a salary budget of $2,236,000 and $591,000 in operating funds, for a total of\n"
            "$2,827,000. The organizational change is effective 15 April 2025.\n\n"
            "Prepared by Ottilie Wexford, Classification Advisor\n")
    root, records = _import(tmp_path, "rationale memo.txt", memo)
    record = _record(root, "27819")
    assert (record["title"], record["classification"], record["effective_date"]) == (
        "Director, Critical Minerals Policy", "EX-01", dt.date(2025, 4, 15))
    assert (record["supervisor"]["title"], record["supervisor"]["classification"]) == (
        "Director General, Energy Efficiency Programs", "EX-03")
    assert (record["dimensions"]["salary"], record["dimensions"]["o_and_m"], record["dimensions"]["total"]) == (
        2_236_000, 591_000, 2_827_000)
    assert _reports(root, "27819", 3) == [("Senior Advisor", "EC-07", None), ("Manager, Operations", "AS-07", 22),
                                          ("Manager, Science Programs", "PC-04", 12)]
    assert "Wexford" not in records
    note = ("NOTE D'INFORMATION À L'INTENTION DE LA SOUS-MINISTRE\n"
            "OBJET : Création du poste de Directrice exécutive, Opérations de financement des arts\nCONTEXTE\n"
            "Le ou la titulaire du poste 11853, classifié EX-02, relève du directeur général, Politiques "
            "stratégiques (EX-03, poste 63129). Deux postes relèvent directement du titulaire : le gestionnaire, "
            "Systèmes d'information (IT-04) et le gestionnaire, Services à la clientèle (PM-06), à la tête de 6 "
            "équivalents temps plein.\nRédigé par Esmé Kinnear, conseillère en classification\n")
    root, records = _import(tmp_path, "note info.txt", note)
    record = _record(root, "11853")
    assert (record["title"], record["classification"]) == (
        "Directrice exécutive, Opérations de financement des arts", "EX-02")
    assert _reports(root, "11853", 2)[1] == ("Gestionnaire, Services à la clientèle", "PM-06", 6)
    assert "Kinnear" not in records
    for name, text in (("acting.txt", "NOTE DE DOTATION\nObjet : Nomination intérimaire - Directrice de secteur, "
                                      "Côte-Nord (EX-01), poste 40520\nCONTEXTE\nLe poste dirige le bureau de secteur "
                                      "(environ 70 ETP) et relève du directeur des opérations (EX-02, poste 40200).\n"),
                       ("release.md", "# News release\nThe Department announced today the appointment of Jane Roe "
                                      "as Director General, Ocean Partnerships, effective June 1. Ms. Roe brings "
                                      "twenty years of experience in public service to the role.\n")):
        (tmp_path / name).write_text(text, encoding="utf-8")
        repo = tmp_path / f"repo-{name}"
        repo.mkdir()
        init_repository(repo, organization="Shapes test", today=dt.date(2026, 11, 25))
        result = run_cli(["import", str(tmp_path / name), "--department", "TEST"], repo)
        assert result.exit_code != 0 and not list((repo / "records/positions").glob("*.yaml")), result.output


def test_a_page_of_sentences_under_its_title_with_labels_at_its_end(tmp_path: Path) -> None:
    """A one-page description in sentences under its title in capitals, its fields in a block of labels at its end:
    the reports its wrapped sentences list, not only the labels' fields."""
    text = ("DIRECTOR, RAIL SAFETY OVERSIGHT\n\nThe Director provides strategic advice to the Director General on\n"
            "emerging issues, risks and opportunities.\n\n"
            "The Director reports to the Director General, Science and Innovation (EX-03).\n"
            "Three positions report directly to the Director: the Manager, Stakeholder\n"
            "Relations (IS-06, 23 FTEs), the Manager, Data and Reporting (EC-07), and the\n"
            "Regional Manager, Atlantic (PM-06, 11 FTEs).\n\n"
            "Title: Director, Rail Safety Oversight\nGroup and level: EX-01\nPosition number: 29766\n")
    root, _ = _import(tmp_path, "Director, Rail Safety Oversight.txt", text)
    assert _reports(root, "29766", 3) == [("Manager, Stakeholder Relations", "IS-06", 23),
                                          ("Manager, Data and Reporting", "EC-07", None),
                                          ("Regional Manager, Atlantic", "PM-06", 11)]


def test_a_bilingual_description_with_one_french_label_inside_an_english_section(tmp_path: Path) -> None:
    """Headings in both languages (``NATURE AND SCOPE / NATURE ET ÉTENDUE``) and a French phrase in a section
    (``Relèvent du titulaire :``): one bilingual document, no French copy starting there; its budget table's total
    row under qualified labels (``Position: salary / Poste : salaires``) gives the salary and O&M, a site's row of
    amounts no location, and a larger unit's column no total."""
    text = ("EXECUTIVE WORK DESCRIPTION / DESCRIPTION DE TRAVAIL\nREGIONAL DIRECTOR GENERAL, PACIFIC REGION\n"
            "Classification: EX-02 | Position no. 304659\n\n"
            "GENERAL ACCOUNTABILITY / RESPONSABILITÉ GÉNÉRALE\nThe position leads the region's operations.\n\n"
            "ORGANIZATION STRUCTURE / STRUCTURE DE L'ORGANISATION\n"
            "Reporting to the position is the District Director, Vancouver (FB-08), who leads 95 FTEs.\n"
            "Relèvent du titulaire : le Directeur de district, Vancouver (FB-08), qui dirige 95 ETP.\n\n"
            "NATURE AND SCOPE / NATURE ET ÉTENDUE\nThe region covers a vast territory.\n\n"
            "DIMENSIONS / DIMENSIONS\n"
            "| Site / Site | Position: salary / Poste : salaires | Position: O&M / Poste : F et E | Region's budget "
            "/ Budget de la région |\n| --- | --- | --- | --- |\n"
            "| Vancouver District / District de Vancouver | $8,510,000 | $210,000 | $55,790,000 |\n"
            "| Office / Bureau | $320,000 | $190,000 | $2,320,000 |\n"
            "| Total / Total | $8,830,000 | $400,000 | $58,110,000 |\n\n"
            "SIGNATURES / SIGNATURES\n")
    root, _ = _import(tmp_path, "RDG Pacific.md", text)
    record = _record(root, "304659")
    assert record["dimensions"] == {"salary": 8_830_000, "o_and_m": 400_000}
    assert record.get("location") is None
    assert _reports(root, "304659", 1) == [("District Director, Vancouver", "FB-08", 95)]


def test_a_french_first_description_and_its_bilingual_reports(tmp_path: Path) -> None:
    """A French-first bilingual description: its reports under ``Subordonnés directs / Direct reports :`` inside
    ``ORGANISATION / ORGANIZATION`` (the other language's name of the section, no end of it), each cell's English
    half (``Biologiste principale / Senior Biologist``: the word lists say which is which), feminine roles
    (``Cheffe``); the supervisor's number in the French sentence (``poste nº 91112``) when the English one has none;
    a value struck through with a combining stroke or marked ``[rayé]``: the new one."""
    text = ("DESCRIPTION DE TRAVAIL DE CADRE / EXECUTIVE WORK DESCRIPTION\n"
            "Titre / Position Title : Directeur exécutif, Services aux citoyens / Executive Director, Citizen "
            "Services\nNo de poste / Position Number : 27918\n"
            "Groupe et niveau / Group and Level : EX 03 [rayé] EX 02\n\n"
            "RESPONSABILITÉS GÉNÉRALES / GENERAL ACCOUNTABILITY\nLe titulaire dirige les services.\n"
            "The position leads the services.\n\nORGANISATION / ORGANIZATION\n\n"
            "Le poste relève de la Sous-ministre adjointe, Centre fiscal (EX 04), poste nº 91112. / The position "
            "reports to the Assistant Deputy Minister, Tax Centre.\nSubordonnés directs / Direct reports :\n"
            "| Poste / Position | Groupe et niveau / Group and Level | ETP / FTEs |\n|---|---|---|\n"
            "| Biologiste principale / Senior Biologist | EG 07 | 48 |\n"
            "| Cheffe, Services administratifs / Chief, Administrative Services | AS 07 | 6,5 |\n\n"
            "DIMENSIONS\n\n- Salaires / Salary : 2\u0336 \u03369\u03360\u03360\u0336 \u0336$\u0336 2 953 000 $\n")
    root, _ = _import(tmp_path, "27918 Directeur exécutif.md", text)
    record = _record(root, "27918")
    assert (record["classification"], record["reports_to"], record["dimensions"]["salary"]) == (
        "EX-02", "91112", 2_953_000)
    assert _reports(root, "27918", 2) == [("Senior Biologist", "EG-07", 48),
                                          ("Chief, Administrative Services", "AS-07", 6.5)]


def test_an_old_numbered_box_form_scanned(tmp_path: Path) -> None:
    """The old federal form's numbered boxes, several to a row over their values (``1. Position Numbcr    2.
    Classification    3. Effective Date``, a label's letters misread), the levels as typed (``SM``), amounts in
    thousands with a space (``1 938K``); a larger unit's line (``Branch budget: $61,000K``) no total."""
    text = ("GOVERNMENT OF CANADA\nPOSITION DESCRIPTION          TBS/CT 330-47 (Rev. 86/03)\n\n"
            "1. Position Numbcr                2. Classification                 3. Effective Date\n"
            "   21-7747                           SM                                94-10-15\n\n"
            "4. Position Title\n   Director General, Client Services\n\n"
            "7. Supervisor Position No.                        8. Supervisor Classification\n"
            "   94-8342                                           DM-3\n9. Supervisor Title\n   Deputy Minister\n\n"
            "10. SUMMARY\nUnder the direction of the Deputy Minister, directs the programs of the Branch.\n\n"
            "11. SUBORDINATE POSITIONS\n"
            "   POSITION TITLE                                                GR/LEVEL  PERSON-YEARS\n"
            "  Chief, Program Delivery                                       CO-3      17\n"
            "  Director, Engagement and Partnerships                         SM        35\n\n"
            "12. DIMENSIONS\n   Person-years: 157\n   Salary dollars: 1 938K    O&M: 1 526K    Total: 3 464K\n"
            "   Branch budget: 61 000K\n")
    root, _ = _import(tmp_path, "Director General, Client Services 1994.txt", text)
    record = _record(root, "21-7747")
    assert (record["title"], record["classification"], record["effective_date"]) == (
        "Director General, Client Services", "SM", dt.date(1994, 10, 15))
    assert record["supervisor"]["classification"] == "DM-03"
    assert (record["dimensions"]["salary"], record["dimensions"]["o_and_m"], record["dimensions"]["total"]) == (
        1_938_000, 1_526_000, 3_464_000)
    assert _reports(root, "21-7747", 2) == [("Chief, Program Delivery", "CO-03", 17),
                                            ("Director, Engagement and Partnerships", "SM", 35)]


def test_a_description_s_facts_in_its_opening_sentence(tmp_path: Path) -> None:
    """The position's facts in its opening sentence and its budget in one under its reports (``..., job code 102016,
    is located in any regional office and reports to ...``, ``This description takes effect on 22 April 2022``,
    ``The position manages a salary budget of $1,174K and an O&M budget of $50K, for a total of $1,224K``); a title
    line under the agency's name in both languages (``CANADA BORDER SERVICES AGENCY / AGENCE ...``)."""
    text = ("CANADA BORDER SERVICES AGENCY / AGENCE DES SERVICES FRONTALIERS DU CANADA\n"
            "DIRECTOR, ONTARIO OPERATIONS SUPPORT\n\n"
            "The Director, Ontario Operations Support (EX-1), position number 412791, job code 102016, is located "
            "in any regional office and reports to the Director General, Central Network (EX-3, position 412790). "
            "This description takes effect on 22 April 2022.\n\n"
            "Reporting directly to the position are:\n- Manager, Case Processing (PM-06) – 17 FTEs\n"
            "- Manager, Program Integrity (PM-06) – 4 FTEs\n\n"
            "The position manages a salary budget of $1,174K and an O&M budget of $50K, for a total of $1,224K.\n")
    root, _ = _import(tmp_path, "Ontario Operations Support.txt", text)
    record = _record(root, "412791")
    assert (record["title"], record["job_code"], record["location"], record["effective_date"]) == (
        "Director, Ontario Operations Support", "102016", "any regional office", dt.date(2022, 4, 22))
    assert (record["dimensions"]["salary"], record["dimensions"]["o_and_m"], record["dimensions"]["total"]) == (
        1_174_000, 50_000, 1_224_000)


def _described_position(root: Path, besides: str = "") -> dict:
    """The one record of the position a document describes (not a report's, nor ``besides``), whatever its id."""
    (path,) = [p for p in (root / "records/positions").glob("*.yaml")
               if not re.search(r"-R[0-9]+$", p.stem) and p.stem != besides]
    return load_yaml(path.read_bytes()).data


def test_a_manager_s_chat_and_e_mail_in_their_own_words(tmp_path: Path) -> None:
    """A chat exported to text, each message under its speaker's name and time (``Osric Gauvreau  15:32``), the
    facts in a manager's words (``My boss is the X, an EX-04, position 44163``, ``5.49M all in``, ``The job is based
    in X``): the position read, no speaker's name in any record; an e-mail naming the position in a sentence
    (``Title will be X and it's classified EX 01``) under a correction's reply, signed by its writer's name alone."""
    chat = ("#hr-classification   exported 2024-05-24\n\nOsric Gauvreau  15:32\nhey! can you give me the basics?\n"
            "Aurèle Harrowgate  15:36\nHere is what my job looks like. Title: Executive Director, Financial "
            "Operations. Level: EX-02.\nAurèle Harrowgate  15:38\nMy boss is the Assistant Deputy Minister, Service "
            "Delivery, an EX-04, position 44163.\nAurèle Harrowgate  15:43\nDirector, Compliance Programs - EX-01 - "
            "24 FTE\nAurèle Harrowgate  15:46\nDirector, Labour Market Information - EX 01 - 55 FTE\n"
            "Aurèle Harrowgate  15:54\nBudget: $4.88 million in salary and 610K in O&M, 5.49M all in.\n")
    root, records = _import(tmp_path, "slack export.txt", chat)
    assert "Harrowgate" not in records and "Gauvreau" not in records
    record = _described_position(root, besides="44163")  # the supervisor's record its number made
    assert (record["supervisor"]["title"], record["supervisor"]["classification"], record["reports_to"]) == (
        "Assistant Deputy Minister, Service Delivery", "EX-04", "44163")
    assert record["dimensions"]["total"] == 5_490_000
    mail = ("From: Ingrid Szabo-Cyr\nSent: Wednesday, May 22, 2024 04:55 PM\nTo: Mireille Okafor\n"
            "Subject: my new Director position\n\nHi Mireille,\n\nAs discussed, here's what you need.\n\n"
            "Title will be Director, Digital Services Delivery and it's classified EX 01. Pos. no. 42142.\n\n"
            "The position will report directly to me, Director General, Ecosystems and Fisheries Management "
            "(EX-03).\n\nThe Director's direct reports will be a Manager, Intake (PM-06, 8 FTEs) and a Manager, "
            "Quality (PM 05, 12 FTEs).\n\nThanks,\n\nIngrid Szabo-Cyr\nEmployment and Social Development Canada\n")
    root, records = _import(tmp_path, "RE my new position.txt", mail)
    assert "Szabo" not in records and "Okafor" not in records
    record = _described_position(root)
    assert (record["title"], record["classification"], record["supervisor"]["title"]) == (
        "Director, Digital Services Delivery", "EX-01", "Director General, Ecosystems and Fisheries Management")


def test_an_hr_system_s_export_as_json_xml_or_a_dump_of_fields(tmp_path: Path) -> None:
    """One position exported as JSON or XML saved as text (camel-cased keys, the supervisor's object, a list of
    direct reports, amounts with their currency in an attribute) or as a dump of ``FIELD=value`` lines whose
    reports are numbered groups (``DIRECT_RPT.2.DESCR=...``): a form's fields, the supervisor and the reports read;
    the incumbent's name in none."""
    exported = ('{\n  "position": {\n    "posnNbr": "75467900",\n    "effDt": "2020-01-17T00:00:00",\n'
                '    "descr": "Director, Official Languages P",\n    "descrLong": "Director, Official Languages '
                'Programs",\n    "salPlan": "EX",\n    "grade": "01",\n    "location": {"locCd": "NB0412", "descr": '
                '"Moncton, New Brunswick"},\n    "reportsTo": {"posnNbr": "61325981", "descr": "Director General, '
                'Trade Remedies", "grade": "EX-03"},\n    "budget": {"salary": "9300000.00", "oAndM": "1532000.00", '
                '"fteAuth": 22.5},\n    "directReports": [{"posnNbr": "31195", "descr": "Manager, Finance", "grade": '
                'null, "fteAuth": 5}, {"posnNbr": "13923", "descr": "Manager, Program Delivery", "grade": "PM-06", '
                '"fteAuth": 14.5}],\n    "incumbent": "Ghislaine Thibodeau-Marsh"\n  }\n}\n')
    root, records = _import(tmp_path, "export.json.txt", exported)
    record = _record(root, "75467900")
    assert (record["title"], record["reports_to"], record["dimensions"]["o_and_m"]) == (
        "Director, Official Languages Programs", "61325981", 1_532_000)
    assert _reports(root, "75467900", 2) == [("Manager, Finance", None, 5),
                                             ("Manager, Program Delivery", "PM-06", 14.5)]
    assert "Thibodeau" not in records
    xml = ('<?xml version="1.0" encoding="UTF-8"?>\n<PositionExport xmlns="urn:hrms:posn:v2" generated="2024-05-30">\n'
           '  <Position>\n    <PosnNbr>38251</PosnNbr>\n    <Descr lang="en">Director, Settlement Programs</Descr>\n'
           '    <Classification>EX01</Classification>\n    <Location code="AB0330">Edmonton, Alberta</Location>\n'
           '    <ReportsTo><PosnNbr>68858279</PosnNbr><Descr>Director General, Investigations</Descr></ReportsTo>\n'
           '    <Budget fiscalYear="2024-2025"><Salary currency="CAD">11539000</Salary>'
           '<OandM currency="CAD">1373000</OandM></Budget>\n    <DirectReports>\n'
           '      <Report posn="23378" grade="AS02" fte="15">Administrative Assistant</Report>\n'
           '      <Report posn="80246" grade="EC06" fte="4">Senior Analyst, Reporting</Report>\n'
           '    </DirectReports>\n  </Position>\n</PositionExport>\n')
    root, _ = _import(tmp_path, "export (XML).txt", xml)
    record = _record(root, "38251")
    assert (record["title"], record["reports_to"], record["dimensions"]["salary"]) == (
        "Director, Settlement Programs", "68858279", 11_539_000)
    assert _reports(root, "38251", 2) == [("Administrative Assistant", "AS-02", 15),
                                          ("Senior Analyst, Reporting", "EC-06", 4)]
    dump = ("*** POSITION DATA EXTRACT ***\n\nPOSN_NBR=18213\nDESCR=Director General, Business Int\n"
            "DESCRLONG=Director General, Business Intelligence and Reporting\nSAL_ADMIN_PLAN=EX\nGRADE=03\n"
            "REPORTS_TO=23269\nREPORTS_TO_DESCR=Assistant Deputy Minister, Operations Sector\nFTE=1.000000\n"
            "BUDGET_SAL=18593000.00\nINCUMBENT_NAME=Thibodeau-Marsh,Odile\nDIRECT_RPT.1.POSN=81764\n"
            "DIRECT_RPT.1.DESCR=Director, Procurement Policy\nDIRECT_RPT.1.GRADE=\nDIRECT_RPT.2.POSN=95512\n"
            "DIRECT_RPT.2.DESCR=Director, Security and Emergency Management\nDIRECT_RPT.2.GRADE=EX-01\n"
            "DIRECT_RPT.2.FTE=72\n")
    root, records = _import(tmp_path, "POSN_18213_extract.txt", dump)
    assert _record(root, "18213")["reports_to"] == "23269" and "Odile" not in records
    assert [(title, fte) for title, _, fte in _reports(root, "18213", 2)] == [
        ("Director, Procurement Policy", None), ("Director, Security and Emergency Management", 72)]


def test_an_xml_export_declaring_entities_is_not_expanded(tmp_path: Path) -> None:
    """An XML export that declares entities (a billion laughs' ``<!ENTITY lol2 "&lol;&lol;...">``) is read as the text
    it is, never parsed: refused with its reason, nothing written."""
    bomb = ('<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">]>\n'
            '<Position><PosnNbr>55501</PosnNbr><Descr>Director, Test Programs</Descr><Grade>EX-01</Grade>'
            '<Note>&lol2;</Note><ReportsTo><PosnNbr>55500</PosnNbr><Descr>Director General, Tests</Descr></ReportsTo>'
            '</Position>\n')
    (tmp_path / "export.xml.txt").write_text(bomb, encoding="utf-8")
    root = tmp_path / "repo"
    root.mkdir()
    init_repository(root, organization="Shapes test", today=dt.date(2026, 11, 25))
    result = run_cli(["import", str(tmp_path / "export.xml.txt"), "--department", "TEST"], root)
    assert result.exit_code == 2 and "nothing was written" in result.output
    assert not list((root / "records/positions").glob("*.yaml"))


def test_an_org_chart_tree_marking_the_position_in_both_languages(tmp_path: Path) -> None:
    """A tree drawn with ``├──`` marking the position's own branch in both languages or after a wide gap (``◄ (this
    position / ce poste)``, ``   THIS POSITION``): its hung branches its reports (not the sisters beside it, nor a
    report's own team), the tree's top its supervisor, whose level and number fill what the form's first label gave
    without them (``Immediate supervisor: Director General, X``)."""
    for mark in ("\u25c4 (this position / ce poste)", "   THIS POSITION"):
        text = ("EXECUTIVE GROUP POSITION DESCRIPTION\nTitle: Director, Hearings\nGroup and Level: EX-01\n"
                "Position No.: 75391\nImmediate supervisor: Director General, Security Screening\n\n"
                "GENERAL ACCOUNTABILITY\nThe Director leads the hearings.\n\nORGANIZATION CHART\n\n"
                "Director General, Security Screening (EX-03), pos. 35245\n"
                "\u251c\u2500\u2500 Director, Appeals (EX-01)\n"
                f"\u251c\u2500\u2500 Director, Hearings (EX-01)   {mark}\n"
                "\u2502   \u251c\u2500\u2500 Manager, Workforce Planning (EC-07) \u2013 14 FTEs\n"
                "\u2502   \u2502   \u2514\u2500\u2500 Team Leader, Client Contact Centres (AS-04) \u2013 7 FTEs\n"
                "\u2502   \u2514\u2500\u2500 Manager, Research and Evaluation (FI-04)\n"
                "\u2514\u2500\u2500 Director, Business Planning (EX-01)\n\nDIMENSIONS\nSalary: $4,970,000\n")
        root, _ = _import(tmp_path, "75391 Director, Hearings.txt", text)
        record = _record(root, "75391")
        assert (record["reports_to"], record["supervisor"]["classification"]) == ("35245", "EX-03")
        assert _reports(root, "75391", 2) == [("Manager, Workforce Planning", "EC-07", 14),
                                              ("Manager, Research and Evaluation", "FI-04", None)]


def test_a_printed_spreadsheet_with_a_column_of_field_codes(tmp_path: Path) -> None:
    """An HR system's sheet printed with its cells' borders (``| Field | Code | Value |``, a page's heading and number
    between its boxes): the code column dropped (``DESCRLONG`` is no part of the title), a heading naming its table's
    columns in brackets a table of reports (a blank cell kept blank), the incumbent's name not copied."""
    border = "+" + "-" * 30 + "+" + "-" * 14 + "+" + "-" * 44 + "+"

    def row(*cells: str) -> str:
        if len(cells) == 1:
            return f"| {cells[0]:<{len(border) - 4}} |"
        return "| " + " | ".join(f"{cell:<{width}}" for cell, width in zip(cells, (28, 12, 42))) + " |"

    rows = [("Field", "Code", "Value"), ("POSITION",), ("Position Number", "POSN_NBR", "72477"),
            ("Title", "DESCRLONG", "Director, Appeals and Disputes"), ("Classification", "SAL_PLAN/GRD", "EX-01"),
            ("Reports To Position", "RPTS_TO", "88599"),
            ("Reports To Title", "", "Executive Director, Benefits Delivery"), ("BUDGET",),
            ("Salary", "SAL", "23,432,000.00"), ("O&M", "OM", "1,923,000.00"),
            ("DIRECT REPORTS (title | class | FTE)",), ("Manager, Finance", "FI-03", "36.00"),
            ("Manager, Operations", "PM-06", ""), ("Incumbent", "EMPLID", "Henriette Lindqvist")]
    sheet = "\n".join(["Position_72477.xlsx    Sheet1", border]
                      + [line for cells in rows for line in (row(*cells), border)] + ["Page 1 of 1"]) + "\n"
    root, records = _import(tmp_path, "Position_72477 (printed sheet).txt", sheet)
    record = _record(root, "72477")
    assert (record["title"], record["classification"], record["reports_to"]) == (
        "Director, Appeals and Disputes", "EX-01", "88599")
    assert (record["dimensions"]["salary"], record["dimensions"]["o_and_m"]) == (23_432_000, 1_923_000)
    assert _reports(root, "72477", 2) == [("Manager, Finance", "FI-03", 36), ("Manager, Operations", "PM-06", None)]
    assert "Henriette" not in records and "DESCRLONG" not in records


def test_an_export_row_with_abbreviated_field_names_and_its_reports_table(tmp_path: Path) -> None:
    """An HR system's row under its own abbreviated column names (``Posn Nbr``, ``Long Descr``, ``Rpts To Posn``,
    ``Loc Descr``, ``Eff Dt``; ``Descr`` the title cut short beside ``Long Descr``; ``LIEU_CD`` the code beside
    ``LIEU``), then a table of its direct reports as delimited as the row (``Direct Reports,Class,FTE``)."""
    export = ('Posn Nbr,Long Descr,Descr,Class,Job Cd,Eff Dt,Rpts To Posn,Rpts To Title,Rpts To Class,Loc Descr,'
              'Salary,O&M\n61325981,"Director General, Trade Remedies","Director General, Trade Remedi",EX 03,'
              '101109,2022-04-01,21628,"Assistant Deputy Minister, Operations Sector",EX-04,"Edmonton, Alberta",'
              '"$11,324,000","$2,129,000"\n\nDirect Reports,Class,FTE\n"Director, Labour Market Information",,\n'
              '"Director, Strategic Policy and Planning",EX-01,142\n\nApproved by,Marisol Kerrigan-Bolduc\n')
    root, records = _import(tmp_path, "Director General, Trade Remedies - export 2022.txt", export)
    record = _record(root, "61325981")
    assert (record["title"], record["job_code"], record["effective_date"], record["location"]) == (
        "Director General, Trade Remedies", "101109", dt.date(2022, 4, 1), "Edmonton, AB")
    assert (record["reports_to"], record["supervisor"]["classification"]) == ("21628", "EX-04")
    assert _reports(root, "61325981", 2) == [("Director, Labour Market Information", "EX-01", None),  # guessed
                                             ("Director, Strategic Policy and Planning", "EX-01", 142)]
    assert "Kerrigan" not in records
    dump = ("NO_POSTE=36230217\nTITRE=Directeur exécutif, Sécurité et gestion des urgences\nGROUPE=EX\nNIVEAU=02\n"
            "LIEU_CD=MB0115\nLIEU=Winnipeg (Manitoba)\nBUDGET_SALAIRES=3972000.00\n")
    root, _ = _import(tmp_path, "extraction poste 36230217.txt", dump)
    assert "job_code" not in _record(root, "36230217") and _record(root, "36230217")["location"] == "Winnipeg, MB"


def test_a_form_filled_in_by_hand_one_character_a_box(tmp_path: Path) -> None:
    """A form printed for block letters, read by OCR: labels set letter by letter (``P o s i t i o n   N o .:``), comb
    fields one character a box (``|4|9|8|8|5|``, ``E X - 0 2``, a number written across two boxes ``2 8 9  3 4``), the
    reports' heading ``POSITIONS REPORTING DIRECTLY TO THIS POSITION`` over a table whose rows' numbers stand in a
    column its header leaves blank, a title wrapped to a row of its own, a count left blank."""
    form = ("EXECUTIVE WORK DESCRIPTION - POSITION IDENTIFICATION FORM\n"
            "PRINT IN BLOCK LETTERS - ONE CHARACTER PER BOX\n"
            "P o s i t i o n   T i t l e:       Director, Marine Safety Programs\n"
            "P o s i t i o n   N o .:           2 8 9  3 4\n"
            "G r o u p   a n d   L e v e l:     E X - 0 1\n"
            "J o b   C o d e:                   |1|0|6|3|6|2|\n\nSUPERVISOR\n----------\n"
            "Title of Supervisor's Position:    Director General, Strategic Services\n"
            "Supervisor's Position No.:         |4|9|8|8|5|\nSupervisor's Group/Level:          E X - 0 3\n\n"
            "POSITIONS REPORTING DIRECTLY TO THIS POSITION\n---------------------------------------------\n"
            "    | Title                            | Group/Level   | FTEs\n"
            "1   | Manager, Compliance               | EC-06         | 9\n"
            "2   | Team Leader, Planning and         | PM-05         | 11\n"
            "    | Reporting                         |               |\n"
            "3   | Senior Advisor, Research          | EC-06         | \n\n"
            "GENERAL ACCOUNTABILITY\n----------------------\nThe Director leads marine safety programs.\n")
    root, _ = _import(tmp_path, "Director, Marine Safety Programs - formulaire.txt", form)
    record = _record(root, "28934")
    assert (record["classification"], record["job_code"], record["reports_to"]) == ("EX-01", "106362", "49885")
    assert record["supervisor"]["classification"] == "EX-03"
    assert _reports(root, "28934", 3) == [("Manager, Compliance", "EC-06", 9),
                                          ("Team Leader, Planning and Reporting", "PM-05", 11),
                                          ("Senior Advisor, Research", "EC-06", None)]
    root, _ = _import(tmp_path, "Directrice, Analyse.txt", "Titre du poste:    Directrice, Analyse\n"
                      "No du poste:       46808\nGroupe: |E|X|     Niveau: |0|1|\n\nRESPONSABILITÉ GÉNÉRALE\n"
                      "La directrice dirige l'analyse.\n")
    assert _record(root, "46808")["classification"] == "EX-01"


def test_a_french_sheet_s_reports_under_subalternes_directs(tmp_path: Path) -> None:
    """``SUBALTERNES DIRECTS`` heads the reports, ``GN`` (groupe et niveau) their classification's column."""
    text = ("Numéro de poste: 59534\nTitre: Directrice générale, Architecture intégrée\n"
            "Groupe et niveau: EX-03\n\n"
            "SUBALTERNES DIRECTS\ntitre | GN | ETP\nDirectrice, Prestation des pensions | EX-01 | 91\n"
            "Directrice, Recouvrement des impôts | EX-01 | 50\n")
    root, _ = _import(tmp_path, "Poste 59534.txt", text)
    assert _reports(root, "59534", 2) == [("Directrice, Prestation des pensions", "EX-01", 91),
                                          ("Directrice, Recouvrement des impôts", "EX-01", 50)]


def test_an_hr_service_request_before_the_description_it_covers(tmp_path: Path) -> None:
    """A classification intake form, then the work description it covers: the requester's title, number and the
    requested date are the request's; the description's own values are read."""
    text = ("HR SERVICE REQUEST – CLASSIFICATION INTAKE\n\nRequest no.:               HR-47048\n"
            "Requester:                 Ishbel Thibodeau-Marsh\n"
            "Requester's title:         Director General, Student Financial Assistance\n"
            "Requester's position no.:  97893\nPosition no. concerned:    68269\n"
            "Current classification:    EX-1\nRequested effective date:  2022-04-01\n\n"
            "EXECUTIVE WORK DESCRIPTION\n\nPosition Title:   Executive Director, Emergency Management Coordination\n"
            "Position Number:  68269\nGroup and Level:  EX-2\nEffective Date:   2023-03-01\n\n"
            "GENERAL ACCOUNTABILITY\n\nThe Executive Director leads emergency management coordination.\n\n"
            "ORGANIZATION STRUCTURE\n\nThe position reports to the Director General, Student Financial Assistance "
            "(EX-3, position 97893).\n")
    root, records = _import(tmp_path, "HR request EMC.txt", text)
    record = _record(root, "68269")
    assert (record["title"], record["classification"], record["effective_date"]) == (
        "Executive Director, Emergency Management Coordination", "EX-02", dt.date(2023, 3, 1))
    assert "Ishbel" not in records


def test_a_deck_s_slide_of_the_position_s_figures(tmp_path: Path) -> None:
    """A classification review deck: the slide of the position's figures under a slide's heading gives its budget
    (the branch's figures on the slide before it are the branch's), a name after a label and before its other
    language's half (``Classification advice: X / Avis de classification : X``) not copied."""
    deck = ("Slide 1\nTC – CLASSIFICATION REVIEW\n\nDirector, Client Experience Design\n\nSlide 2\nCONTEXT\n\n"
            "• Youth Employment Strategy Branch: 272 FTEs, $24,276K budget\n\nSlide 3\nTHE POSITION AT A GLANCE\n\n"
            "Position:       Director, Client Experience Design\nLevel:          EX-01\nPosition #:     34978\n"
            "Reports to:     Director General, Youth Employment Strategy (EX-03, #28940)\n"
            "Salary budget:  $3,468K\nO&M:            $262K\nTotal:          $3,730K\n\n"
            "Slide 4\nKEY ACCOUNTABILITIES\n\n• Leads the development of strategies for client experience design.\n"
            "• Classification advice: Wendeline Vasquez-Leclair / Avis de classification : "
            "Wendeline Vasquez-Leclair\n")
    root, records = _import(tmp_path, "CXD classification review deck.txt", deck)
    assert _record(root, "34978")["dimensions"] == {"salary": 3_468_000, "o_and_m": 262_000, "total": 3_730_000}
    assert "Wendeline" not in records


def test_a_report_abolished_in_its_list_or_in_a_later_correction(tmp_path: Path) -> None:
    """A report listed ``— abolished``, or one a dated correction later says was abolished, is no report."""
    text = ("Position number: 41001\nTitle: Director General, Grants and Contributions Delivery\n"
            "Classification: EX-03\n\nORGANIZATION STRUCTURE\n\n"
            "- Executive Director, Rail Safety Policy (EX-02, 93 FTEs)\n"
            "- Manager, Operations (Special Projects) (EC-07, 4 FTEs) — abolished\n"
            "- Manager, Policy and Planning (EC-06, 5 FTEs)\n\nDIMENSIONS\n\nSalary: $9,100,000\n\n"
            "Correction (July 10, 2024): the Manager, Policy and Planning position was abolished and no longer "
            "reports to this position.\n")
    root, _ = _import(tmp_path, "Director General, Grants and Contributions Delivery.txt", text)
    assert _reports(root, "41001", 1) == [("Executive Director, Rail Safety Policy", "EX-02", 93)]


def test_a_faxed_form_s_values_corrected_by_hand(tmp_path: Path) -> None:
    """A hand-filled form as a transcriber typed it: a value struck through and the new one beside it (``=X= Y``,
    ``-EX-02- EX-01``, Xs typed over it, ``[struck through]``, ``[crossed out: 12]`` in a table's cell), a hand's zero
    read as a ``D`` among digits (``$2,870,DO0``, ``EC-DS``), a date of two-digit year (``Oct 19/21``), a table whose
    header OCR misread (``Tltle``) read from its rows' cells after their numbers."""
    form = ("EXECUTIVE WORK DESCRIPTION - POSITION IDENTIFICATION FORM\n"
            "Position Title:                    Director, Pay Stabilization\nPosition No.:    67321\n"
            "Group and Level:                   -EX-02- EX-01\nJob Code:      1D4599\n"
            "Effective Date:                    XXXXXXXXX Oct 19/21\n\n"
            "POSITIONS REPORTING DIRECTLY TO THIS POSITION\n---------------------------------------------\n"
            "No. | Tltle                    | Group/Level   | FTEs\n"
            "1   | Manager, Analysis        | PE-06         | [crossed out: 12] 16\n"
            "2   | Team Leader, Intake      | EC-DS         | 4\n\n"
            "DIMENSIONS\n----------\nSalary:      =$3,150,O00= $3,420,OOO\nO&M:   $1,640K [struck through] $1,900K\n"
            "Total:     $2,870,DO0\n\nGENERAL ACCOUNTABILITY\n----------------------\nThe Director leads pay.\n")
    root, _ = _import(tmp_path, "Director, Pay Stabilization typed from fax.txt", form)
    record = _record(root, "67321")
    assert (record["classification"], record["job_code"], record["effective_date"]) == (
        "EX-01", "104599", dt.date(2021, 10, 19))
    assert record["dimensions"] == {"salary": 3_420_000, "o_and_m": 1_900_000, "total": 2_870_000}
    assert _reports(root, "67321", 2) == [("Manager, Analysis", "PE-06", 16), ("Team Leader, Intake", "EC-05", 4)]


def test_a_heading_set_letter_by_letter_over_its_long_underline(tmp_path: Path) -> None:
    """A heading a PDF set letter by letter (``D I M E N S I O N S   /   D I M E N S I O N S``) is one once its letters
    are together, its underline as long as it was no signature's line; a Markdown table's row whose last cell is
    blank (``| 1 | Chef, X | AS-05 |  |``) is a report without its count."""
    text = ("Position number: 45998\nTitle: Director, Staffing Services\nGroup and level: EX-01\n\n"
            "GENERAL ACCOUNTABILITY\n______________________\n\nAccountable for staffing services.\n\n"
            "4. D I M E N S I O N S   /   D I M E N S I O N S\n________________________________________________\n\n"
            "Staff: 58 P-Y\nTotal budget: $1,421K\n")
    root, _ = _import(tmp_path, "Director Staffing Services.txt", text)
    assert _record(root, "45998")["dimensions"]["total"] == 1_421_000
    notes = ("# Directrice, Science de l'adaptation climatique\n\n- **No du poste:** 708  14\n"
             "- **Groupe et niveau:** E X - 0 1\n\n## Postes Relevant Directement De Ce Poste\n\n"
             "| # | Titre | Groupe/niveau | ETP |\n|---|---|---|---|\n"
             "| 1 | Chef d'équipe, Coordination régionale | AS-05 |  |\n"
             "| 2 | Gestionnaire, Réception | EC-06 | 14 |\n")
    root, _ = _import(tmp_path, "notes - Directrice.md", notes)
    assert _record(root, "70814")["classification"] == "EX-01"
    assert _reports(root, "70814", 2) == [("Chef d'équipe, Coordination régionale", "AS-05", None),
                                          ("Gestionnaire, Réception", "EC-06", 14)]


def test_a_markdown_deck_s_org_chart_in_a_fenced_block(tmp_path: Path) -> None:
    """A deck written in Markdown (Marp): its org chart drawn in a fenced block (```` ``` ````) is read as drawn, its
    ``+--`` branches no list's items, the comparators' table on a later slide no reports; ``En vigueur :`` the
    effective date."""
    deck = ("---\nmarp: true\n---\n\n# Le poste en bref\n\n- **Poste:** Directeur, Préparation aux feux de forêt\n"
            "- **Niveau:** EX-1\n- **Code d'emploi:** 103211\n"
            "- **Relève de:** Directeur exécutif, Délivrance des permis de pêche (EX-2, #32920)\n"
            "- **En vigueur:** le 1er octobre 2018\n\n---\n\n# Structure proposée\n\n```\n"
            "Directeur exécutif, Délivrance des permis de pêche (EX-2) #32920\n  |\n"
            "  +-- Directeur, Préparation aux feux de forêt (EX-1)   <-- CE POSTE\n"
            "        +-- Conseiller principal (PM-6, 13 ETP)\n"
            "        \\-- Gestionnaire, Opérations (PM-6, 15 ETP)\n```\n\n---\n\n# Postes repères\n\n"
            "| Poste | # | Niveau | ETP | Salaires |\n|---|---|---|---|---|\n"
            "| Directeur, Centres de traitement des prestations | 67190 | EX-1 | 92 | 1,605 M$ |\n")
    root, _ = _import(tmp_path, "WFP deck 41877.md", deck)
    record = next(_record(root, path.stem) for path in (root / "records/positions").glob("*.yaml")
                  if "-R" not in path.stem and _record(root, path.stem)["title"].startswith("Directeur, Prép"))
    assert record["effective_date"] == dt.date(2018, 10, 1)
    assert _reports(root, record["id"], 2) == [("Conseiller principal", "PM-06", 13),
                                               ("Gestionnaire, Opérations", "PM-06", 15)]


@pytest.mark.parametrize("sentence", [
    "The Director reports functionally to the Vice-President, Policy (EX-04) and administratively to the Executive "
    "Director, Compliance (EX-02).",
    "Solid line to the Executive Director, Compliance (EX-02); dotted line to the Vice-President, Policy (EX-04).",
    "Administrative supervisor: Executive Director, Compliance (EX-02). Functional direction on case files is "
    "provided by the Vice-President, Policy (EX-04).",
])
def test_a_position_reporting_to_two_executives(tmp_path: Path, sentence: str) -> None:
    """A position with a functional (dotted-line) superior beside its administrative (solid-line) one: the
    administrative one its supervisor, the functional one neither its supervisor nor a report."""
    text = ("Position number: 11983\nTitle: Director, Policy and Research\nGroup and level: EX-01\n\n"
            f"ORGANIZATION STRUCTURE\n{sentence}\n\nPOSITIONS REPORTING DIRECTLY TO THIS POSITION\n"
            "• Manager, Client Services (PM-06, 9 FTEs)\n")
    root, _ = _import(tmp_path, "Director, Policy and Research.txt", text)
    record = _record(root, "11983")
    assert (record["supervisor"]["title"], record["supervisor"]["classification"]) == (
        "Executive Director, Compliance", "EX-02")
    assert _reports(root, "11983", 1) == [("Manager, Client Services", "PM-06", 9)]


def test_budgets_by_fiscal_year_and_by_cost_centre(tmp_path: Path) -> None:
    """A dimensions table of several fiscal years whose current one a sentence under it names (``The 2024-25 figures
    are the position's current budget``), a scan's years misread (``20Z1-22``) with the current one marked, and a
    budget split between cost centres: the current year's column, the total's column."""
    def dimensions(name: str, table: str) -> dict:
        text = "Position number: 41910\nTitle: Director, Data Strategy\nGroup and level: EX-01\n\nDIMENSIONS\n\n"
        return _record(_import(tmp_path, name, text + table)[0], "41910")["dimensions"]

    assert dimensions("years.md", "| Resources | 2023-24 | 2024-25 | 2025-26 |\n|---|---:|---:|---:|\n"
                      "| Salary | $4,622,000 | $4,925,000 | $5,047,000 |\n| O&M | $419,000 | $446,000 | $457,000 |\n\n"
                      "The 2024-25 figures are the position's current budget; other years are shown for information.\n"
                      ) == {"salary": 4_925_000, "o_and_m": 446_000}
    assert dimensions("scan.txt", "Resources ($000s)                           20Z1-22  2022-23  2023-24 (current)\n"
                      "Salary                                        4,681    4,846              5,134\n"
                      "O&M                                           1,212    1,254              1,329\n"
                      ) == {"salary": 5_134_000, "o_and_m": 1_329_000}
    assert dimensions("centres.txt", "The position's budget is held in two cost centres:\n\n"
                      "        CC 662531   CC 532510  Total\n------  ----------  ---------  ----------\n"
                      "Salary  $1,571,000   $590,000  $2,161,000\nO&M       $140,000   $141,000    $281,000\n"
                      ) == {"salary": 2_161_000, "o_and_m": 281_000}


def test_a_web_page_saved_as_text(tmp_path: Path) -> None:
    """A web page's HTML saved as text: its blocks its lines (a table's two-cell rows labels and values, a heading, a
    list's items, a paragraph's lines broken by ``<br>``), its character references characters, its script none."""
    page = ("<!DOCTYPE html>\n<html><head><title>Director</title><script>var x = 'EX-05';</script></head><body>\n"
            "<div class=\"nav\"><a href=\"/\">Home</a> | <a href=\"/hr\">HR</a></div>\n"
            "<table>\n<tr><td><b>Position Title</b></td><td>Director, Cyber Security Operations</td></tr>\n"
            "<tr><td><b>Group and Level</b></td><td>EX-01</td></tr>\n"
            "<tr><td><b>Position Number</b></td><td>00012813</td></tr>\n"
            "<tr><td><b>Reports to</b></td><td>Director General, Apprenticeship &amp; Trades</td></tr>\n</table>\n"
            "<h2>General Accountability</h2>\n<p>Is accountable for cyber security operations.</p>\n"
            "<p><b>Direct Reports</b><br>\nManager, Communications (IS-05, 37 FTEs)<br>\n"
            "Chief, Research (EC-07, 36 FTEs)<br>\n</p>\n<h2>Dimensions</h2><p>\nSalary:&nbsp;$ 2,200,000<br>\n"
            "O&amp;M:&nbsp;$798K<br>\n</p>\n</body></html>\n")
    root, records = _import(tmp_path, "Director, Cyber Security Operations.html.txt", page)
    record = _record(root, "00012813")
    assert (record["title"], record["classification"], record["supervisor"]["title"]) == (
        "Director, Cyber Security Operations", "EX-01", "Director General, Apprenticeship & Trades")
    assert record["dimensions"] == {"salary": 2_200_000, "o_and_m": 798_000}
    assert _reports(root, "00012813", 2) == [("Manager, Communications", "IS-05", 37), ("Chief, Research", "EC-07", 36)]
    assert "<" not in records and "EX-05" not in records


def test_corrections_written_after_the_text(tmp_path: Path) -> None:
    """Corrections a note after the text makes: a field's (``the effective date is April 4, 2023, not July 1, 2020``,
    ``the supervisor's title is X, not Y``, ``the classification is EX-04, not EX-05``) and a report's (``the X is
    classified EX-03, not EX-02``, ``X - read 18 FTEs for 14 throughout``): the corrected values."""
    text = ("Position Title: Director General, Contracting Policy\nClassification: EX-05\nPosition Number: 28820\n"
            "Effective Date: July 1, 2020\n"
            "Supervisor's Position Title: Assistant Deputy Minister, Small Craft Harbours\n\n"
            "ORGANIZATION STRUCTURE\n\n- Director, Regulatory Affairs (EX-02, 67 FTEs)\n"
            "- Manager, Partnerships (EC-07, 14 FTEs)\n\nDIMENSIONS\n\nSalary: $6,260,000\n\n"
            "Correction: the effective date is April 4, 2023, not July 1, 2020.\n\n"
            "Correction: the supervisor's title is Assistant Deputy Minister, Innovation Funding, not Assistant Deputy "
            "Minister, Small Craft Harbours.\n\nCorrection: the classification is EX-03, not EX-05.\n\n"
            "Correction: the Director, Regulatory Affairs is classified EX-01, not EX-02.\n\n"
            "Correction: Manager, Partnerships - read 18 FTEs for 14 throughout.\n")
    root, _ = _import(tmp_path, "Director General, Contracting Policy - corrected.txt", text)
    record = _record(root, "28820")
    assert (record["classification"], record["effective_date"], record["supervisor"]["title"]) == (
        "EX-03", dt.date(2023, 4, 4), "Assistant Deputy Minister, Innovation Funding")
    assert _reports(root, "28820", 2) == [("Director, Regulatory Affairs", "EX-01", 67),
                                          ("Manager, Partnerships", "EC-07", 18)]


def test_a_french_article_or_preposition_run_into_a_title_s_word(tmp_path: Path) -> None:
    """A scan runs French's short words into the next or the last word (``lasurveillance``, ``auxclients``,
    ``Portspour``): set apart, to verify; a place's capitalized name that starts as an article would (``Lasalle``)
    left as it is."""
    text = ("Titre du poste : Directeur général, Portspour petits bateaux\nNuméro de poste : 52214\n"
            "Groupe et niveau : EX-03\n\nSTRUCTURE ORGANISATIONNELLE\n\n"
            "- Gestionnaire, Planification de lasurveillance (TI-07, 12 ETP)\n"
            "- Gestionnaire, Services auxclients (PM-06, 9 ETP)\n- Directeur, Bureau de Lasalle (EX-01, 40 ETP)\n")
    root, records = _import(tmp_path, "DG Ports pour petits bateaux (numérisé).txt", text)
    assert _record(root, "52214")["title"] == "Directeur général, Ports pour petits bateaux"
    assert [title for title, _, _ in _reports(root, "52214", 3)] == [
        "Gestionnaire, Planification de la surveillance", "Gestionnaire, Services aux clients",
        "Directeur, Bureau de Lasalle"]


def _generic(annex: str) -> str:
    return ("EXECUTIVE WORK DESCRIPTION - GENERIC\nPosition Title: Director, Regional Client Services\n"
            "Group and Level: EX-01\nPosition Number: See Annex A\nEffective Date: 2022-06-15\n\n"
            "This generic work description applies to all positions listed in Annex A.\n\n"
            "GENERAL ACCOUNTABILITY\n\nThe Director is accountable for the delivery of services in a region.\n\n"
            "ORGANIZATION STRUCTURE\n\nReporting to the position are:\n- Manager, Processing (PM-05)\n\n"
            "DIMENSIONS\n\nThe following figures are for illustration only.\nFTEs (example): 96\n"
            "Salary (example): $6,850,000\nO&M (example): $420,000\n\n" + annex)


@pytest.mark.parametrize(("name", "annex"), [
    ("Director, Client Services (Pacific).txt",
     "ANNEX A - POSITIONS COVERED\n\nPosition No.  Position Title                        Location                     "
     "Supervisor                           FTEs  Salary ($000s)  O&M ($000s)\n"
     "87180         Director, Client Services (Atlantic)  Halifax, Nova Scotia         Regional Director General, "
     "Atlantic  99    7,060           609\n"
     "75159         Director, Client Services (Pacific)   Vancouver, British Columbia  Regional Director General, "
     "Pacific   65    4,700           302\n"),
    ("WD.txt",
     "ANNEX A - POSITIONS COVERED\n\n"
     "| This WD | Position No. | Position Title | Location | Supervisor | Salary | O&M |\n"
     "|  | 87180 | Director, Client Services (Atlantic) | Halifax, Nova Scotia | Regional Director General, Atlantic "
     "| $7.06M | $0.609M |\n| X | 75159 | Director, Client Services (Pacific) | Vancouver, British Columbia | "
     "Regional Director General, Pacific | $4.7M | $0.302M |\n"),
    ("WD.txt",
     "ANNEX A - POSITIONS COVERED\n\nPosition No.  Position Title                        Location                     "
     "Supervisor                           Salary    O&M\n"
     "87180         Director, Client Services (Atlantic)  Halifax, Nova Scotia         Regional Director General, "
     "Atlantic  $7.06M    $0.609M\n\n   2\n\nANNEX A (continued)\n\n"
     "Position No.  Position Title                        Location                     "
     "Supervisor                           Salary    O&M\n"
     ">> 75159      Director, Client Services (Pacific)   Vancouver, British Columbia  Regional Director General, "
     "Pacific   $4.7M     $0.302M\n"),
])
def test_a_generic_description_s_table_of_the_positions_it_covers(tmp_path: Path, name: str, annex: str) -> None:
    """A generic description and its annex's table of the positions it covers: the copy's row (named by the file
    name, an ``X`` in a ``This WD`` column, an arrow before it on the table's next page) gives the position's number,
    title, place, supervisor and budget (a column's ``($000s)`` its unit) over the generic's and its examples."""
    root, _ = _import(tmp_path, name, _generic(annex))
    record = _record(root, "75159")
    assert (record["title"], record["classification"], record["location"], record["supervisor"]["title"]) == (
        "Director, Client Services (Pacific)", "EX-01", "Vancouver, BC", "Regional Director General, Pacific")
    assert (record["dimensions"]["salary"], record["dimensions"]["o_and_m"]) == (4_700_000, 302_000)


def test_a_generic_description_whose_rows_are_all_alike_is_refused(tmp_path: Path) -> None:
    """A generic whose table of positions marks none and whose file name and text name none describes no one
    position: refused with its reason, nothing written."""
    annex = ("ANNEX A - POSITIONS COVERED\n\n| Position No. | Position Title | Location | Salary |\n"
             "| 87180 | Director, Client Services (Atlantic) | Halifax, Nova Scotia | $7.06M |\n"
             "| 75159 | Director, Client Services (Pacific) | Vancouver, British Columbia | $4.7M |\n")
    (tmp_path / "generic - all positions.txt").write_text(_generic(annex), encoding="utf-8")
    root = tmp_path / "repo"
    root.mkdir()
    init_repository(root, organization="Shapes test", today=dt.date(2026, 11, 25))
    result = run_cli(["import", str(tmp_path / "generic - all positions.txt"), "--department", "TEST"], root)
    assert result.exit_code == 2 and "a generic description of 2 positions" in result.output
    assert not list((root / "records/positions").glob("*.yaml"))


def test_a_long_template_s_paragraphs_and_its_annex_of_direct_reports(tmp_path: Path) -> None:
    """An older full template in Word: numbered paragraphs each a long line of sentences (no scan's run of a form's
    labels), its direct reports in an annex at the end (``ANNEX A - DIRECT REPORTS``, the position's identification
    after it no annex of the position's values), a former budget in a sentence (``Before the 2015-16
    reorganization, ... was $14,005,000``) none of its figures."""
    sentence = ("The incumbent represents the Branch at interdepartmental committees and with provincial and "
                "territorial counterparts on matters related to information technology security. ")
    paragraphs = "\n".join(f"3.{n} " + sentence * 6 for n in range(1, 9))
    markdown = ("# EXECUTIVE WORK DESCRIPTION\nPosition Title: Director, Information Technology Security\n"
                "Group and Level: EX-01\nPosition Number: 753971\n# 1. GENERAL ACCOUNTABILITY\n"
                "The Director leads information technology security.\n# 2. ORGANIZATION\n"
                "The position has two direct reports, listed in Annex A.\n# 3. NATURE AND SCOPE\n" + paragraphs +
                "\n# 8. DIMENSIONS\nBefore the 2015-16 reorganization, the unit's salary budget was $14,005,000.\n"
                "Salary: $17,507K\n# ANNEX A - DIRECT REPORTS\n| No. | Position Title | Group/Level | FTEs |\n"
                "|---|---|---|---|\n| 1 | Chief, Operations | PM-05 | 18 |\n"
                "| 2 | Senior Advisor, Planning | EC-06 | 1 |\n"
                "# POSITION IDENTIFICATION\nLocation: Ottawa, Ontario\nDepartment: Transport Canada\n# SIGNATURES\n")
    root, _ = _import(tmp_path, "Director, Information Technology Security - signed.docx", docx_bytes(markdown))
    assert _reports(root, "753971", 2) == [("Chief, Operations", "PM-05", 18), ("Senior Advisor, Planning", "EC-06", 1)]
    assert _record(root, "753971")["dimensions"]["salary"] == 17_507_000


@pytest.mark.parametrize(("line", "place"), [
    ("Branch | Directorate | Location: Ecosystems and Oceans Science | Emergency Management | St. John's, Nfld.",
     "St. John's, NL"),
    ("Location: Building 918, P.O. Box 1500, Iqaluit, NU X0A 0H0", "Iqaluit, NU X0A 0H0"),
    ("Location: 4914 50th Street, Yellowknife, NT", "Yellowknife, NT"),
    ("Location: Hybrid: Halifax, N.S.", "Halifax, NS"),
    ("Location: Remote - anywhere in Canada", "Remote - anywhere in Canada"),
])
def test_where_a_position_is(tmp_path: Path, line: str, place: str) -> None:
    """A position's place: the city and province of an address (its street, suite and post-office box before them
    no part of it), a hybrid position's city, a remote one's words whole; a label naming three fields a bar apart
    and their values a bar apart after it (``Branch | Directorate | Location: ...``) each field's."""
    text = f"Position Title: Regional Director General, Emergency Management\nPosition Number: 42025\n{line}\n"
    root, _ = _import(tmp_path, "RDG.txt", text + "\nGENERAL ACCOUNTABILITY\nLeads emergency management.\n")
    assert _record(root, "42025")["location"] == place


def _message(body: str, *attachments: tuple[str, str, bytes]) -> bytes:
    """A saved e-mail (``.eml``): its headers naming people, ``body`` and each attachment (name, type, bytes)."""
    from email.message import EmailMessage

    message = EmailMessage()
    message["From"] = "Oyelaran, Casimir <co@example.invalid>"
    message["To"] = "Brackenridge, Henrike <hb@example.invalid>"
    message["Subject"] = "WD for loading"
    message.set_content(body)
    for name, kind, content in attachments:
        if kind == "message/rfc822":
            from email import message_from_bytes, policy
            message.add_attachment(message_from_bytes(content, policy=policy.default), filename=name)
        else:
            main, sub = kind.split("/")
            message.add_attachment(content, maintype=main, subtype=sub, filename=name)
    return bytes(message)


ATTACHED_WD = ("Position Title: Executive Director, Pension Benefits Processing\nPosition Number: 41415\n"
               "Group and Level: EX-02\nReports to: Director General, Pension Centre (EX-03)\n\n"
               "GENERAL ACCOUNTABILITY\nLeads the processing of pension benefits.\n")


@pytest.mark.parametrize("attachment", [
    ("WD_41415_EX-02.txt", "text/plain", ATTACHED_WD.encode("cp1252")),
    ("Executive Director, Pension Benefits Processing - signed.docx",
     "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx_bytes(ATTACHED_WD)),
    ("WD 41415.pdf", "application/pdf", pdf_bytes([ATTACHED_WD])),
    ("Original message.eml", "message/rfc822", _message("Here it is.", ("WD.txt", "text/plain", ATTACHED_WD.encode()))),
])
def test_a_description_attached_to_an_email(tmp_path: Path, attachment: tuple[str, str, bytes]) -> None:
    """An e-mail carrying its description attached (a text file base64-encoded, a Word file, a PDF, the original
    message forwarded whole): the attachment read as that file is; the message's cover note and signature, naming
    people, no part of any record."""
    body = "Kwabena,\n\nPlease find attached the signed-off work description.\n\nThanks,\nClementine Ashdown-Pike\n"
    root, records = _import(tmp_path, "RE EX-02 WD 41415 (attachment).eml", _message(body, attachment))
    record = _record(root, "41415")
    assert (record["title"], record["classification"]) == ("Executive Director, Pension Benefits Processing", "EX-02")
    assert record["supervisor"]["title"] == "Director General, Pension Centre"
    assert "Ashdown" not in records and "Kwabena" not in records and "Oyelaran" not in records


def test_an_email_body_sent_without_a_charset(tmp_path: Path) -> None:
    """A message's 8-bit body whose headers name no charset: read as a text file is (UTF-8 here), no ``�``."""
    head = "From: a@example.invalid\nSubject: WD\nMIME-Version: 1.0\nContent-Transfer-Encoding: 8bit\n\n"
    text = ATTACHED_WD.replace("Director General, Pension Centre", "Directeur général, Régimes de retraite")
    root, _ = _import(tmp_path, "WD.eml", (head + text).encode("utf-8"))
    assert _record(root, "41415")["supervisor"]["title"] == "Directeur général, Régimes de retraite"


STAFFING_MEMO = {
    "en": ("MEMORANDUM\n\nTO: Fabrice Quennevillé, Executive Director, Regional Operations\n"
           "FROM: Sigrun Lévesque, Executive Resourcing\nDATE: 2024-09-03\n"
           "SUBJECT: Staffing action - Director, Climate Adaptation Science\n\nPURPOSE\n\n"
           "To seek your approval to staff, on an indeterminate basis, the position of Director, Climate Adaptation "
           "Science (EX-01, job code 108532), position number 13999, located in Ottawa, Ontario.\n\nBACKGROUND\n\n"
           "The position reports to you as Executive Director, Regional Operations (EX-02, position 61848). "
           "The classification took effect on 2024/09/20.\nThe incumbent will lead a directorate of 57 FTEs through "
           "2 direct reports: the Manager, Regional Coordination (IS-05, 12 FTEs) and the Manager, Training and "
           "Standards (CO-03, 34 FTEs).\nFollowing the 2023 realignment the salary budget, previously $1.5 million, "
           "is now $1.78 million; the O&M budget is $256,000, for a total of $2,036,000.\n\nRECOMMENDATION\n\n"
           "It is recommended that you approve the staffing action.\n\nSigrun Lévesque\n"),
    "fr": ("NOTE DE SERVICE\n\nDESTINATAIRE : Yuki Lindqvistorp, Directeur exécutif, Opérations régionales\n"
           "EXPÉDITEUR : Ingrid Kittredge, Ressourcement des cadres\nDATE : 16 octobre 2024\n"
           "OBJET : Mesure de dotation - Directeur, Adaptation climatique\n\nBUT\n\n"
           "Obtenir votre approbation pour doter de façon indéterminée le poste de Directeur, Adaptation climatique "
           "(EX-01, code d'emploi 108532), numéro de poste 13999, situé à Ottawa (Ontario).\n\nCONTEXTE\n\n"
           "Le poste relève de vous, à titre de Directeur exécutif, Opérations régionales (EX-02, poste 61848). "
           "La classification a pris effet le 2024-09-20.\nLe titulaire dirigera une équipe de 57 ETP par "
           "l'entremise de 2 subordonnés directs : Gestionnaire, Coordination régionale (IS-05, 12 ETP) et "
           "Gestionnaire, Formation et normes (CO-03, 34 ETP).\nLe budget salarial du poste est de 1,78 millions "
           "de dollars et son budget de F et E de 256 000 $, pour un total de 2 036 000 $.\n\nRECOMMANDATION\n\n"
           "Il est recommandé que vous approuviez la mesure de dotation.\n\nIngrid Kittredge\n"),
}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_staffing_memo_to_the_supervisor(tmp_path: Path, language: str) -> None:
    """A staffing action's memo to the position's supervisor, its figures in sentences: the supervisor after ``reports
    to you as`` / ``relève de vous, à titre de``, its number in the brackets after it; the date the classification
    ``took effect on`` / ``a pris effet le``; a salary budget ``previously $1.5 million, is now $1.78 million`` (the
    current one) or ``du poste est de 1,78 millions de dollars``."""
    root, records = _import(tmp_path, "Staffing memo.txt", STAFFING_MEMO[language])
    record = _record(root, "13999")
    assert (record["reports_to"], record["supervisor"]["classification"]) == ("61848", "EX-02")
    assert record["effective_date"] == dt.date(2024, 9, 20)
    assert (record["dimensions"]["salary"], record["dimensions"]["o_and_m"], record["dimensions"]["total"]) == (
        1_780_000, 256_000, 2_036_000)
    assert "Quennevill" not in records and "Lindqvistorp" not in records


def test_a_reply_correcting_the_quoted_description(tmp_path: Path) -> None:
    """A reply whose note corrects the description quoted under it (``One correction before it goes to the data
    steward: the O&M is $615,000, not $589,000 ..., so the total becomes $3,895,000``): its figures, to verify."""
    quoted = "".join(f"> {line}\n" for line in (ATTACHED_WD + "\nDIMENSIONS\nSalary: $3,280,000\nO&M: $589,000\n"
                                                 "Total: $3,869,000\n").splitlines())
    text = ("From: Henrike Thistlewood <ht@example.invalid>\nSubject: Re: WD text\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=utf-8\n\nCasimir,\n\nOne correction before it goes to the data steward: "
            "the O&M is $615,000, not $589,000 (the figure below is last year's), so the total becomes $3,895,000. "
            "Everything else stands.\n\nHenrike\n\nOn Mon, 12 Feb 2024, Casimir wrote:\n" + quoted)
    root, records = _import(tmp_path, "Re_ WD text.eml", text)
    assert (_record(root, "41415")["dimensions"]["o_and_m"], _record(root, "41415")["dimensions"]["total"]) == (
        615_000, 3_895_000)
    assert "# hrkit: verify" in records.split("o_and_m:")[1].split("\n")[0]


def test_a_markdown_signature_in_italics_is_no_accountability(tmp_path: Path) -> None:
    """``_Approved by X_`` after the last accountability of a Markdown description: words in italics (underscores, as
    ``*...*``), a signature, not the accountability's last words; its name in no record."""
    text = ("# Director, Client Services\n\n* **Position Number:** 20357\n* **Group and Level:** EX-01\n\n"
            "## Specific Accountabilities\n\n1.  Leads the unit.\n2.  Directs the review of policies.\n\n"
            "_Approved by Solène Umberfield_\n")
    root, records = _import(tmp_path, "WD 20357.md", text)
    assert "Umberfield" not in records
    assert _record(root, "20357")["title"] == "Director, Client Services"


def test_a_dos_editor_s_french_text(tmp_path: Path) -> None:
    """Text a DOS editor or WordPerfect saved in code page 850 (``é`` the byte 0x82, ``è`` 0x8A, ``É`` 0x90): read in
    that code page, not as cp1252's marks (``Op‚rations``)."""
    text = ("TITRE DU POSTE: Directeur, Opérations frontalières\nNUMÉRO DU POSTE: 93827\nGROUPE ET NIVEAU: EX-01\n"
            "RELÈVE DE: Directeur général, Opérations régionales (EX-03)\n\nRESPONSABILITÉ GÉNÉRALE\n\n"
            "Le titulaire est responsable de la planification des opérations frontalières.\n")
    root, _ = _import(tmp_path, "Directeur, Opérations frontalières.txt", text.encode("cp850"))
    record = _record(root, "93827")
    assert (record["title"], record["supervisor"]["title"]) == (
        "Directeur, Opérations frontalières", "Directeur général, Opérations régionales")


def test_an_old_conversion_s_lost_apostrophes_and_wrapped_sentences(tmp_path: Path) -> None:
    """An old word processor's text converted to plain text: an apostrophe it wrote as ``?`` (``Supervisor?s
    Position No.``); a supervisor's title a line's end cut before its level (``... reports to the Executive Director,
    Case`` / ``Review (EX-02, position no. 34389).``); a report after ``; the`` cut the same way (``the
    Administrative`` / ``Officer (AS-02)``); counts a scan read with letters in a table's column (``1b``, ``ZZ``)."""
    text = ("Title of Position:[Tab]Director, Information Management[HRt]\nPosition No.:[Tab]77983[HRt]\n"
            "Classification:                 EX-01\nSupervisor?s Group/Level:[Tab]EX 2[HRt]\n\n"
            "[BOLD]ORGANIZATION STRUCTURE[bold]\n\n"
            "The Director, Information Management reports to the Executive Director, Case\n"
            "Review (EX-02, position no. 34389). The following 2 positions report directly to the Director,\n"
            "Information Management: the Chief, Technical Standards (EN-ENG-05); the Administrative\n"
            "Officer (AS-02).\n\nThe Director also oversees these teams:\n\n"
            "POSITION TITLE         GROUP/LEVEL   FTEs\n--------------         -----------   ----\n"
            "Manager, Contracting   PG-06         1b\nSenior Advisor         AS-07         ZZ\n")
    root, _ = _import(tmp_path, "Director, Information Management - signed.txt", text)
    record = _record(root, "77983")
    assert (record["supervisor"]["title"], record["reports_to"]) == ("Executive Director, Case Review", "34389")
    assert record["supervisor"]["classification"] == "EX-02"
    assert _reports(root, "77983", 4) == [("Chief, Technical Standards", "EN-ENG-05", None),
                                           ("Administrative Officer", "AS-02", None),
                                           ("Manager, Contracting", "PG-06", 16), ("Senior Advisor", "AS-07", 22)]


def test_a_word_template_s_boxes_as_markdown_and_dashed_rows(tmp_path: Path) -> None:
    """A Word template saved as Markdown, each section a one-cell row whose lines are ``<br>`` apart (``|
    **ORGANIZATION STRUCTURE** |  |`` / ``| **The following ...:<br>Group/Level - Position Title - FTEs<br>EX 01 -
    Director, Western Region - 50 FTEs<br>...** |  |``): the cell's lines; a table typed with dashes between its cells
    under a header of column names, its rows read as a table's (the level first; a row's missing count blank)."""
    rows = "<br>".join(["The following positions report directly to the Executive Director, Harbours:",
                        "Group/Level - Position Title - FTEs", "EX 01 - Director, Western Region - 50 FTEs",
                        "PM 06 - Manager, Operations - Atlantic - 4 FTEs", "PM 06 - Manager, Stakeholder Relations"])
    text = ("# EXECUTIVE WORK DESCRIPTION\n\n| **POSITION IDENTIFICATION** |  |\n|---|---|\n"
            "| Position Title | Executive Director, Harbours |\n| Position Number | 227170 |\n"
            "| **GENERAL ACCOUNTABILITY** |  |\n| **The Executive Director leads the harbours.** |  |\n"
            f"| **ORGANIZATION STRUCTURE** |  |\n| **{rows}** |  |\n| **DIMENSIONS** |  |\n| FTEs | 144 |\n")
    root, _ = _import(tmp_path, "Executive Director, Harbours, v2.md", text)
    assert _reports(root, "227170", 3) == [("Director, Western Region", "EX-01", 50),
                                            ("Manager, Operations - Atlantic", "PM-06", 4),
                                            ("Manager, Stakeholder Relations", "PM-06", None)]


PDF_GRID = """DESCRIPTION DE TRAVAIL DE CADRE
IDENTIFICATION DU POSTE
Titre du poste           Groupe et niveau         Numéro du poste          Code de l'emploi
Directeur ou             EX-01                    26341                    105739
directrice,
Planification du
portefeuille immobilier
Ministère                Direction générale       Lieu                     Date d'entrée en
                                                                           vigueur
Environnement et         Direction générale des   Montréal (Québec)        2004/01/20
Changement climatique    opérations de
Canada                   programmes
SUPÉRIEUR IMMÉDIAT
Titre                             Numéro du poste                   Groupe et niveau
Directeur général ou directrice                                     EX-03
générale, Politiques et
recherche
RESPONSABILITÉ GÉNÉRALE
Le titulaire dirige la planification du portefeuille immobilier.
STRUCTURE DE L'ORGANISATION
Relèvent directement du titulaire du poste :
Groupe et niveau                  Titre du poste                    ETP
AS-06                             Gestionnaire, Finances et         26
                                  administration
EC-06                             Conseiller principal ou           3
                                  conseillère principale
DIMENSIONS
Salaires                 Fonctionnement et        Total                    ETP
                         entretien (F et E)
5 390 000 $              165 000 $                5 555 000 $              54
"""


def test_a_pdf_table_whose_cells_wrap(tmp_path: Path) -> None:
    """A Word form's tables printed to PDF and read with their layout: labels over values in spaced columns, each
    cell wrapped onto lines of its own (``Directeur ou`` / ``directrice,`` / ``Planification du``), a header's cell
    too (``Date d'entrée en`` / ``vigueur``): each cell whole, in its column's field, report or dimension."""
    root, _ = _import(tmp_path, "EX-01 Directeur ou directrice (26341).txt", PDF_GRID)
    record = _record(root, "26341")
    assert (record["title"], record["effective_date"], record["location"]) == (
        "Directeur ou directrice, Planification du portefeuille immobilier", dt.date(2004, 1, 20), "Montréal, QC")
    assert record["supervisor"]["title"] == "Directeur général ou directrice générale, Politiques et recherche"
    assert _reports(root, "26341", 2) == [("Gestionnaire, Finances et administration", "AS-06", 26),
                                           ("Conseiller principal ou conseillère principale", "EC-06", 3)]
    assert (record["dimensions"]["salary"], record["dimensions"]["o_and_m"]) == (5_390_000, 165_000)


def test_a_scanned_grid_s_single_spaced_cells(tmp_path: Path) -> None:
    """A scan of a form's grid that kept some gaps and lost others: a supervisor's block under its heading with its
    labels a single space before their values (``Title Director General, X``), and a reports table's rows some
    set with single spaces (``Manager, Quality Assurance PM-06 4``) among rows in columns."""
    text = ("POSITION IDENTIFICATION\nPosition Title Director, Asylum Claims Intake\nPosition Number 23482\n"
            "SUPERVISOR\nTitle Director General, Aquatic Invasive Species\nPosition Number                   215610\n"
            "Group and Level                   EX-03\nGENERAL ACCOUNTABILITY\nLeads the intake of asylum claims.\n"
            "ORGANIZATION STRUCTURE\nThe following positions report directly to the Director:\n"
            "Position Title                    Group/Level                       FTEs\n"
            "Manager, Quality Assurance PM-06 4\n"
            "Manager, Data and Analytics       CS-04                             23\n"
            "Manager, Operations PM-06\nSenior Advisor EC-06 3\nDIMENSIONS\n")
    root, _ = _import(tmp_path, "Director, Asylum Claims Intake - scanned.txt", text)
    record = _record(root, "23482")
    assert (record["supervisor"]["title"], record["reports_to"], record["supervisor"]["classification"]) == (
        "Director General, Aquatic Invasive Species", "215610", "EX-03")
    assert _reports(root, "23482", 4) == [("Manager, Quality Assurance", "PM-06", 4),
                                           ("Manager, Data and Analytics", "CS-04", 23),
                                           ("Manager, Operations", "PM-06", None), ("Senior Advisor", "EC-06", 3)]


def test_a_word_table_copied_as_text_with_lettered_headings(tmp_path: Path) -> None:
    """A Word form copied out as text, tabs between its cells: a lettered section's heading and its first words in
    two cells (``D. ORGANIZATION<tab>Direct reports:``), the heading a heading (``Organization`` no department's
    label), its table of reports under it."""
    text = ("Title of Position\tDirector, Critical Minerals Strategy\tPosition No.\t651585\n"
            "Classification\tEX-01\tJob No.\t107597\n"
            "C. GENERAL ACCOUNTABILITY\tThe Director leads the critical minerals strategy.\n"
            "D. ORGANIZATION\tDirect reports:\nPosition Title\tGroup/Level\tFTEs\nSenior Advisor\tEC-06\t1\n"
            "Manager, Stakeholder Relations\tIS-05\t28\nF. NATURE AND SCOPE\tThe position operates in a complex "
            "environment.\n")
    root, records = _import(tmp_path, "Director, Critical Minerals Strategy (copied from Word).txt", text)
    assert _reports(root, "651585", 2) == [("Senior Advisor", "EC-06", 1),
                                            ("Manager, Stakeholder Relations", "IS-05", 28)]
    assert "department: Direct reports" not in records


@pytest.mark.parametrize(("level_line", "supervisor_line"), [
    ("Pay Band: EX-02", "Reporting To: Director General, Program Integrity (EX-03 (Executive level\n3))"),
    ("Band / Niveau: Band 2 (EX-02)", "Reporting To / Relève de: Director General, Program Integrity (Band 3 (EX-03), "
                                      "position 00632867)"),
    ("Level: Executive Level 2 / EX-02", "Reports To: Director General, Program Integrity (EX-O3(Executive3))"),
])
def test_an_agency_s_own_template(tmp_path: Path, level_line: str, supervisor_line: str) -> None:
    """A separate agency's template: ``Role:`` the title, ``Pay Band:`` / ``Band:`` the classification, an agency's
    name for a level beside its EX code (``EX-03 (Executive level 3)``, ``Band 3 (EX-03)``, ``Executive Level 2 /
    EX-02``) the code alone; an organizational unit's code (``Business Unit Code``, ``Code de l'unité
    organisationnelle``) no job code; a sentence cut after its article before a label's word (``... report directly
    to the`` / ``incumbent:``) one sentence, its list of reports after it (``MG``, ``AU``, ``NUC`` groups)."""
    text = (f"Role: Executive Director, Benefit Programs Integrity\n{level_line}\nPosition ID: 00162053\n"
            "Business Unit Code: BU 3348\nCode de l'unité organisationnelle: 4845-SCI\n"
            f"{supervisor_line}\n\nORGANIZATION AND REPORTING RELATIONSHIPS\n\n"
            "The following positions report directly to the\nincumbent:\n\n"
            "  * Team Leader, Business Systems (MG-04) – 38 FTEs\n  * Senior Auditor, Quality (AU-05) – 23 FTEs\n"
            "  * Senior Advisor, Safety (NUC-12) – 4 FTEs\n\nDIMENSIONS\n\nSalary: $12,248K\n")
    root, _ = _import(tmp_path, "CRA EX 00162053.txt", text)
    record = _record(root, "00162053")
    assert (record["title"], record["classification"], record.get("job_code")) == (
        "Executive Director, Benefit Programs Integrity", "EX-02", None)
    assert (record["supervisor"]["title"], record["supervisor"]["classification"]) == (
        "Director General, Program Integrity", "EX-03")
    assert _reports(root, "00162053", 3) == [("Team Leader, Business Systems", "MG-04", 38),
                                              ("Senior Auditor, Quality", "AU-05", 23),
                                              ("Senior Advisor, Safety", "NUC-12", 4)]


def test_a_markdown_table_of_labels_over_values_in_two_languages(tmp_path: Path) -> None:
    """A bilingual Markdown table whose cells hold a label in bold over its value (``| **Position
    Title**<br>Director, X | **Titre du poste**<br>Directrice, X |``): each cell that label and value."""
    text = ("# Director, Pilotage Oversight / Directrice, Surveillance du pilotage\n\n"
            "| English | Français |\n|---|---|\n"
            "| **Position Title**<br>Director, Pilotage Oversight | **Titre du poste**<br>Directrice, Surveillance du "
            "pilotage |\n| **Group And Level**<br>EX 01 | **Groupe et niveau**<br>EX 01 |\n"
            "| **Position Number**<br>46796 | **Numéro du poste**<br>46796 |\n"
            "| **Location**<br>Moncton, New Brunswick | **Lieu de travail**<br>Moncton (Nouveau-Brunswick) |\n"
            "| **Reports To**<br>Executive Director, Marine Safety (EX 02) | **Relève de**<br>Directrice exécutive, "
            "Sécurité maritime (EX 02) |\n\n## General Accountability\n\nLeads pilotage oversight.\n")
    root, _ = _import(tmp_path, "Director, Pilotage Oversight (EX-01) FINAL.md", text)
    record = _record(root, "46796")
    assert (record["title"], record["classification"], record["location"]) == (
        "Director, Pilotage Oversight", "EX-01", "Moncton, NB")
    assert record["supervisor"]["title"] == "Executive Director, Marine Safety"


def test_a_word_form_s_comb_fields_one_character_a_cell(tmp_path: Path) -> None:
    """A Word form printed for block letters, each character of a value in a cell of its own table under its label
    (``Position No.`` / ``| 6 | 0 | 5 | 7 | 3 |``): the characters together again."""
    text = ("EXECUTIVE WORK DESCRIPTION - POSITION IDENTIFICATION FORM\n\n"
            "* **Position Title:** Director General, Dangerous Goods Standards\n\nPosition No.\n\n"
            "| 6 | 0 | 5 | 7 | 3 |\n\nGroup and Level\n\n| E | X | - | 0 | 3 |\n\n"
            "* **Title of Supervisor's Position:** Assistant Deputy Minister, Regional Operations\n\n"
            "Supervisor's Position No.\n\n| 4 | 6 | 3 | 4 | 7 |\n\n"
            "Supervisor's Group/Level\n\n| E | X | - | 0 | 4 |\n\n"
            "GENERAL ACCOUNTABILITY\n\nThe Director General leads the dangerous goods standards function.\n")
    root, _ = _import(tmp_path, "Director General, Dangerous Goods Standards_final.docx", docx_bytes(text))
    record = _record(root, "60573")
    assert (record["classification"], record["reports_to"], record["supervisor"]["classification"]) == (
        "EX-03", "46347", "EX-04")


def test_a_scanned_form_s_frame_round_its_fields(tmp_path: Path) -> None:
    """A scanned form whose fields stand in frames (``+-----+`` edges, a bar on the left, the right one lost past the
    words): each field its line, not a chart's box joined by dashes; a letter ending a value (``201601Ol``) no bar."""
    text = ("EXECUTIVE WORK DESCRIPTION\n+--------------------------------------------------------------+\n"
            "| Position Title: Director, Data Centre Operations\n| Position Number: 00117724\n"
            "| Group and Level: EX-01\n| Effective Date (YYYYMMDD): 2 0 1 6 0 1 O l\n"
            "+--------------------------------------------------------------+\n| SUPERVISOR\n"
            "| Supervisor's Position Title: Director General, Hosting Services\n"
            "| Supervisor's Group and Level: EX-03\n"
            "+--------------------------------------------------------------+\n\n"
            "GENERAL ACCOUNTABILITY\nThe Director leads data centre operations.\n")
    root, records = _import(tmp_path, "Data Centre Ops Director scan.txt", text)
    record = _record(root, "00117724")
    assert (record["title"], record["supervisor"]["title"], record["effective_date"]) == (
        "Director, Data Centre Operations", "Director General, Hosting Services", dt.date(2016, 1, 1))


def test_a_french_scan_s_misread_short_words_in_titles(tmp_path: Path) -> None:
    """French's short words a scan misread in a title (``dcs``, ``lcs``, ``ct``) and a title's word run into the
    preposition after it (``Gestionnairede``): the words French wrote, marked to verify."""
    text = ("Titre du poste: Directrice, Information géoscientifique\nNuméro du poste: 31720\n"
            "Groupe et niveau: EX-01\nTitre du poste du superviseur: Directeur général, Direction générale dcs "
            "programmes\n\nSUBORDONNÉS DIRECTS\nTitre | Groupe et niveau | ETP\n"
            "Gestionnairede division, Évaluation des stocks | EC-06 | 12\n"
            "Gestionnaire, Relations avec lcs intervenants | EC-06 | 6\n\n"
            "RESPONSABILITÉS GÉNÉRALES\nLa directrice dirige l'information géoscientifique.\n")
    root, _ = _import(tmp_path, "Directrice, Information géoscientifique (numérisée).txt", text)
    assert _record(root, "31720")["supervisor"]["title"] == "Directeur général, Direction générale des programmes"
    assert _reports(root, "31720", 2) == [("Gestionnaire de division, Évaluation des stocks", "EC-06", 12),
                                          ("Gestionnaire, Relations avec les intervenants", "EC-06", 6)]


def test_a_page_saved_from_an_hr_portal_as_html(tmp_path: Path) -> None:
    """A portal's page saved as ``.html``: read as the page it is; its sidebar of related descriptions (``Related
    work descriptions``, titles with their levels) lists no reports, a title given with its translation in brackets
    (``Director, X (Directrice, X)``) is the document's language's, and ``Organization and Direct Reports /
    Organisation et subordonnés directs`` opens the structure."""
    page = ("<!DOCTYPE html>\n<html><head><title>Director, Geoscience Programs</title></head><body>\n"
            "<nav><a href=\"/\">Home</a> &gt; <a href=\"/hr\">Work descriptions</a></nav>\n<main>\n"
            "<h1>Director, Geoscience Programs</h1>\n<dl>\n"
            "<dt>Position Title / Titre du poste</dt><dd>Director, Geoscience Programs (Directrice, Programmes "
            "géoscientifiques)</dd>\n<dt>Group and Level / Groupe et niveau</dt><dd>EX-01</dd>\n"
            "<dt>Position Number / Numéro de poste</dt><dd>47821</dd>\n</dl>\n"
            "<h2>General Accountability / Responsabilité générale</h2>\n<p>Leads the geoscience programs.</p>\n"
            "<h2>Organization and Direct Reports / Organisation et subordonnés directs</h2>\n"
            "<p>The position reports to the Executive Director, Financial Management (position no. 68798).</p>\n"
            "<ul><li>Manager, Reporting (IS-06)</li><li>Manager, Program Design (CO-03)</li></ul>\n</main>\n"
            "<aside><h2>Related work descriptions</h2><ul>\n"
            "<li><a href=\"/wd/1\">Director General, Asylum Claims Processing (EX-03)</a></li>\n"
            "<li><a href=\"/wd/2\">Executive Director, Client Service Delivery (EX-02)</a></li></ul></aside>\n"
            "<footer>Date modified: 2024-08-23</footer></body></html>\n")
    root, _ = _import(tmp_path, "EWD_EX-01_Director, Geoscience Programs.html", page)
    record = _record(root, "47821")
    assert (record["title"], record["reports_to"], record["effective_date"]) == (
        "Director, Geoscience Programs", "68798", None)
    assert _reports(root, "47821", 2) == [("Manager, Reporting", "IS-06", None),
                                          ("Manager, Program Design", "CO-03", None)]


def test_a_portal_page_printed_by_a_browser_and_scanned(tmp_path: Path) -> None:
    """A browser's printout: its header (``3/16/24, 10:29 AM  Director, X - HR Portal``) and footer (the page's
    address and ``1/2``) between a table's header and its rows are no part of the page, and the table reads on; a
    table copied by a text editor with colons between its cells (``Titre: Groupe et niveau: ETP``) is a table."""
    printed = ("Director, Data Analytics\n\nPosition Title: Director, Data Analytics\nGroup and Level: EX-01\n"
               "Position Number: 47821\n\nOrganization and Direct Reports\n2 positions report directly to the "
               "incumbent:\nTitle    Group and Level    FTEs\n\n"
               "https://intranet.example.gc.ca/en/hr/wd/47821.html    1/2"
               "\n\f3/16/24, 10:29 AM    Director, Data Analytics - HR Portal\n\n"
               "Manager, Monitoring    PM-06    29\nManager, Analysis    IS-06    5\n\nDimensions\nSalary    $2.42M\n")
    copied = ("Titre du poste: Directeur général, Programmes d'accessibilité\nGroupe et niveau: EX-03\n"
              "Numéro de poste: 30226\n\nOrganisation et subordonnés directs\n2 postes relèvent directement du "
              "titulaire :\nTitre: Groupe et niveau: ETP\nDirecteur exécutif, Affaires internationales: EX-02: 32\n"
              "Directrice, Subventions et contributions: EX-01: 20\n\nDimensions\nSalaires: 21 267 850 $\n")
    root, result = _import_all(tmp_path, {"SCAN8267 Director, Data Analytics.txt": printed,
                                          "Directeur général, Programmes d'accessibilité - notepad.txt": copied})
    assert _reports(root, "47821", 2) == [("Manager, Monitoring", "PM-06", 29), ("Manager, Analysis", "IS-06", 5)], \
        result.output
    assert _reports(root, "30226", 2) == [("Directeur exécutif, Affaires internationales", "EX-02", 32),
                                          ("Directrice, Subventions et contributions", "EX-01", 20)]


CHART_WITH_SUPERVISORS = """EXECUTIVE WORK DESCRIPTION
Position Title: Director, Client Services Planning
Group and Level: EX-01
Position Number: 47357

ORGANIZATION CHART
          +------------------------------------------------+
          | Director General, Client Operations            |
          | EX-03   Pos. 21365                             |
          +------------------------------------------------+
                                   |
          +------------------------------------------------+
          | Director, Client Services Planning             |
          | Directeur, Planification des services aux clients |
          | EX-01                                          |
          | Salary $3,836K                                 |
          | O&M $352K                                      |
          +------------------------------------------------+
                                   |
+--------------------+  +--------------------+  +--------------------+
| Manager, Finance   |  | Senior Analyst,    |  | Executive          |
| and Planning       |  | Horizontal Files   |  | Assistant          |
| Gestionnaire,      |  | Analyste           |  | AS-02              |
| Finances et        |  | principal,         |  | 1 FTEs             |
| planification      |  | Dossiers           |  |                    |
| FI-03              |  | horizontaux        |  |                    |
| 28 FTEs            |  | EC-06              |  |                    |
|                    |  | 1 FTEs             |  |                    |
+--------------------+  +--------------------+  +--------------------+

SUPERVISOR'S ORGANIZATION
┌──────────────────┐  ┌──────────────────┐  ┌──────────────────┐
│ Executive        │  │ Director, Client │  │ Manager, Program │
│ Director, Client │  │ Services         │  │ Design           │
│ Contact Centres  │  │ Planning         │  │ EC-07            │
│ EX-02            │  │ EX-01            │  │ 7 FTEs           │
│ 121 FTEs         │  │ 44 FTEs          │  │                  │
└──────────────────┘  └──────────────────┘  └──────────────────┘

GENERAL ACCOUNTABILITY
The Director leads client services planning.
"""


def test_a_bilingual_chart_in_boxes_beside_the_supervisor_s(tmp_path: Path) -> None:
    """An org chart drawn in boxes: the supervisor's box over the position's own (its figures, ``Salary $3,836K``,
    the position's), its reports' boxes each a title in English over its French (one report, not two titles run
    together); the supervisor's own chart after it (``SUPERVISOR'S ORGANIZATION``, in a font's box-drawing
    characters) lists peers, no reports."""
    root, _ = _import(tmp_path, "Director, Client Services Planning.txt", CHART_WITH_SUPERVISORS)
    record = _record(root, "47357")
    assert (record["reports_to"], record["supervisor"]["classification"]) == ("21365", "EX-03")
    assert (record["dimensions"]["salary"], record["dimensions"]["o_and_m"]) == (3_836_000, 352_000)
    assert _reports(root, "47357", 3) == [("Manager, Finance and Planning", "FI-03", 28),
                                          ("Senior Analyst, Horizontal Files", "EC-06", 1),
                                          ("Executive Assistant", "AS-02", 1)]


def test_a_chart_of_word_text_boxes_in_two_languages(tmp_path: Path) -> None:
    """A Word chart's text boxes come out as paragraphs: a box's title in each language, its level or its FTEs (either
    may be missing), its figures; the supervisor's box first, then the position's (its figures its own), then its
    reports'."""
    chart = ("# EXECUTIVE WORK DESCRIPTION\n\n* **Position Title:** Director, Interties and Storage\n"
             "* **Position Number:** 26710\n"
             "* **Group and Level:** EX-01\n\nORGANIZATION CHART / ORGANIGRAMME\n\n"
             "Executive Director, Clean Fuels Programs\n\nEX-02\n\nDirector, Interties and Storage\n\n"
             "Directrice, Interconnexions et stockage\n\nEX-01\n\nSalary 2 677 000 $\n\nO&M 103 000 $\n\n"
             "Manager, Administration\n\nGestionnaire, Administration\n\n8 FTEs\n\nManager, Partnerships\n\n"
             "Gestionnaire, Partenariats\n\nPM-06\n\n28 FTEs\n\nGENERAL ACCOUNTABILITY\n\n"
             "The Director is accountable for the planning, direction and delivery of the interties and storage "
             "programs, and for the sound management of the human and financial resources of the directorate.\n\n"
             "SPECIFIC ACCOUNTABILITIES\n\n- Directs the development of operational plans and service standards.\n"
             "- Represents the department with central agencies, other governments and stakeholders.\n")
    root, _ = _import(tmp_path, "EWD EX-01 Director, Interties and Storage (bilingual).docx", docx_bytes(chart))
    record = _record(root, "26710")
    assert (record["supervisor"]["title"], record["dimensions"]["o_and_m"]) == (
        "Executive Director, Clean Fuels Programs", 103_000)
    assert _reports(root, "26710", 2) == [("Manager, Administration", None, 8), ("Manager, Partnerships", "PM-06", 28)]


def test_a_spreadsheet_s_fields_and_values_saved_as_csv(tmp_path: Path) -> None:
    """A sheet of fields and values saved as CSV: a cell's own lines kept apart (``Subordinates`` listing a report a
    line), a table of reports beside its label (``Direct Reports,Title,Level,FTEs`` over rows whose first cell is
    blank, a blank level kept in its place); ``Classification Officer`` names a person, copied nowhere."""
    listed = ('Title,"Director, Stakeholder Relations"\nClassification,EX-01\nPos #,705004\n'
              'Subordinates,"Senior Advisor - EC-06\nManager, Policy Analysis - EC-07"\n'
              'General Accountability,"The Director is accountable for stakeholder relations."\n'
              'Classification Officer,"Ravindra Mbeki-Caron, 2023-05-19"\n')
    tabled = ('Position Title,"Director, Appeals Coordination",,\nGroup and Level,EX-01,,\nPosition Number,90105,,\n'
              'Direct Reports,Title,Level,FTEs\n,Administrative Assistant,,1\n,"Manager, Financial Services",FI-03,4\n'
              'General Accountability,"The Director is accountable for appeals coordination.",,\n')
    root, _ = _import_all(tmp_path, {"WD 705004 - Director, Stakeholder Relations.csv": listed,
                                     "Director, Appeals Coordination - export.csv": tabled})
    assert _reports(root, "705004", 2) == [("Senior Advisor", "EC-06", None),
                                           ("Manager, Policy Analysis", "EC-07", None)]
    assert _reports(root, "90105", 2) == [("Administrative Assistant", None, 1),
                                          ("Manager, Financial Services", "FI-03", 4)]
    records = "\n".join(p.read_text() for p in (root / "records/positions").glob("*.yaml"))
    assert "Mbeki" not in records


def test_a_wide_export_s_one_row(tmp_path: Path) -> None:
    """An export's one row under its header: reports as numbered groups of columns (``DR1 Position``, ``DR1
    Group-Level``, ``DR1 FTE``, the unused ones blank), a position number kept as a formula for its leading zero
    (``="02044"``), a long cell's column naming its section (``Subordonnés directs``: the reports, a line each)."""
    wide = ("Title,Classification,Pos #,DR1 Position,DR1 Group-Level,DR1 FTE,DR2 Position,DR2 Group-Level,DR2 FTE,"
            "DR3 Position,DR3 Group-Level,DR3 FTE,General Accountability\n"
            '"Executive Director, Procurement Modernization",EX-02,73012,"Director, Service Transformation",EX-01,85,'
            '"Manager, Client Services",PM-06,4,,,,"The Executive Director is accountable for the planning, direction '
            'and delivery of procurement modernization."\n')
    french = ("Titre du poste;Groupe et niveau;Numéro de poste;Subordonnés directs;Responsabilité générale\n"
              '"Directrice exécutive, Assurance de la qualité";EX-02;"=""02044""";"Directeur, Projets '
              "d'immobilisations (EX-01, 49,5 ETP)\nGestionnaire, Services aux clients (PM-06, 28 ETP)\";"
              '"La titulaire est responsable de la planification et de la direction de l\'assurance de la qualité."\n')
    root, result = _import_all(tmp_path, {"export_73012.csv": wide, "PositionExport 02044.csv": french})
    assert _reports(root, "73012", 2) == [("Director, Service Transformation", "EX-01", 85),
                                          ("Manager, Client Services", "PM-06", 4)], result.output
    assert _reports(root, "02044", 2) == [("Directeur, Projets d'immobilisations", "EX-01", 49.5),
                                          ("Gestionnaire, Services aux clients", "PM-06", 28)]


def test_a_sheet_printed_with_its_labels_beside_their_values(tmp_path: Path) -> None:
    """A sheet printed as two columns, its labels at the left without colons, a long value wrapping under itself, a
    section's heading beside its text, a table of reports beside its label (``Subordinates  Position  Group-Level
    FTE`` over numbered rows): read as the fields, sections and table they are, not as a page's two columns; the
    budget labelled among the fields is the position's, not the branch's a sentence gives."""
    pad = " " * 20
    sheet = (f"EXECUTIVE WORK DESCRIPTION\nTitle{pad}Director, Program Policy\nClassification{pad[:-9]}EX-01\n"
             f"Pos #{pad}90816\nEff. Date{pad[:-4]}18-Feb-2019\nReports To{pad[:-5]}Executive Director, Energy "
             f"Efficiency\nSalary Budget{pad[:-8]}9,990,000\nO&M Budget{pad[:-5]}450,000\n"
             f"Subordinates{pad[:-7]}Position   Group-Level   FTE\n"
             f"1{pad}    Manager, Data Analytics   EC-07   17.5\n2{pad}    Manager, Contracts   PG-06   18.5\n"
             f"General Accountability   The Director, Program Policy is accountable for the planning,\n"
             f"{' ' * 25}direction and delivery of the Program Policy function of the\n{' ' * 25}branch.\n"
             f"Nature & Scope{pad[:-9]}The branch employs about 640 FTEs and manages an overall budget\n"
             f"{' ' * 25}of $97M across its directorates and regional offices.\n")
    root, _ = _import(tmp_path, "WD 90816 printout.txt", sheet)
    record = _record(root, "90816")
    assert (record["dimensions"]["salary"], record["dimensions"]["o_and_m"]) == (9_990_000, 450_000)
    assert record["general_accountability"].startswith("The Director, Program Policy is accountable")
    assert _reports(root, "90816", 2) == [("Manager, Data Analytics", "EC-07", 17.5),
                                          ("Manager, Contracts", "PG-06", 18.5)]


def test_a_tree_whose_first_branch_is_the_position_in_both_languages(tmp_path: Path) -> None:
    """A chart drawn as a tree: its top, a title and a position number (``Executive Director, X - Pos. 53176``), the
    supervisor; its first branch the position itself in both languages (``Director, Y - Directeur, Y - EX-01``), no
    report; the branches under it the reports."""
    text = ("EXECUTIVE WORK DESCRIPTION\n\nPosition Title: Director, Internal Controls\nGroup and Level: EX-01\n"
            "Position Number: 34885\n\nORGANIZATION CHART / ORGANIGRAMME\n\n"
            "Executive Director, Risk and Compliance - Pos. 53176\n"
            "└── Director, Internal Controls - Directeur, Contrôles internes - EX-01 - 35 FTEs\n"
            "    ├── Team Leader, Engineering / Chef d'équipe, Génie (EN-ENG-05)\n"
            "    └── Manager, Data Services / Gestionnaire, Services de données (CS-04)\n\n"
            "GENERAL ACCOUNTABILITY\nThe Director leads the internal controls of the department.\n")
    root, _ = _import(tmp_path, "Director, Internal Controls - Directeur, Contrôles internes.txt", text)
    record = _record(root, "34885")
    assert (record["reports_to"], record["supervisor"]["title"]) == ("53176", "Executive Director, Risk and Compliance")
    assert _reports(root, "34885", 2) == [("Team Leader, Engineering", "EN-ENG-05", None),
                                          ("Manager, Data Services", "CS-04", None)]


def test_a_classification_request_before_the_description_it_covers(tmp_path: Path) -> None:
    """A request's form over the description it covers: its proposed level, requested date and former position number
    (``Current position number    14364``, ``Type of action    Update of work description`` a form's row, no heading)
    are not the description's; the description's own values are, a date it leaves blank none. Its reports listed
    with their details on lines of their own under each (a count left blank: none)."""
    text = ("CLASSIFICATION ACTION REQUEST\nType of action    Update of work description\n"
            "Current position number    14364\nProposed group and level    EX-02\n"
            "Requested effective date    2024-03-01\n\n\nExecutive Position Description\n\n"
            "Title: Director, Accessible Transportation Policy\nClassification: EX-01\nPosition No.: 79528\n"
            "Effective date:\nLocation: Gatineau, Quebec\n\nGENERAL ACCOUNTABILITY\n\n"
            "The Director is accountable for the leadership, planning and delivery of accessible transportation "
            "policy activities of the department.\n\nORGANIZATION STRUCTURE\n\n"
            "The following positions report directly to the incumbent:\n"
            "1. Team Lead, Quality Assurance\n   Classification: FI-04\n   FTE: 8\n"
            "2. Executive Assistant\n   Classification: AS-05\n   FTE:\n"
            "3. Chief, Data Services\n   Classification: EC-07\n   FTE: 7\n")
    root, _ = _import(tmp_path, "Director, Accessible Transportation Policy (1).txt", text)
    record = _record(root, "79528")
    assert (record["classification"], record["effective_date"]) == ("EX-01", None)
    assert not (root / "records/positions/14364.yaml").exists()
    assert _reports(root, "79528", 3) == [("Team Lead, Quality Assurance", "FI-04", 8),
                                          ("Executive Assistant", "AS-05", None), ("Chief, Data Services", "EC-07", 7)]


@pytest.mark.parametrize(("table", "salary", "o_and_m"), [
    ("Budget        2020-21 Planned  Current year 2019-20  2018-19 Actual\n"
     "Salary             $3,976,000            $3,804,000      $3,550,000\n"
     "O&M                  $135,000              $136,000        $129,000\n", 3_804_000, 136_000),
    ("| Budget | 2024-25 Planned | 2023-24 Main Estimates (current) | 2022-23 Actual |\n|---|---:|---:|---:|\n"
     "| Salary | $9,273,000 | $9,182,000 | $8,841,000 |\n| O&M | $931,000 | $1,035,000 | $1,058,000 |\n",
     9_182_000, 1_035_000),
    ("Budget (en millions de dollars)\nSalaires: 4,754\nFonctionnement et entretien: 0,248\n", 4_754_000, 248_000),
])
def test_a_budget_by_fiscal_year_or_in_millions(tmp_path: Path, table: str, salary: int, o_and_m: int) -> None:
    """A table of fiscal years whose current one is marked apart from its year (``Current year 2019-20``, ``2023-24
    Main Estimates (current)``): that year's figures; figures in millions as a heading says (``(en millions de
    dollars)``), a French comma their decimal point."""
    dims = _dimensions(tmp_path, "Director, Data Stewardship (EX-01).txt", f"DIMENSIONS\n\n{table}\n")
    assert (dims["salary"], dims["o_and_m"]) == (salary, o_and_m)


@pytest.mark.parametrize(("written", "place"), [
    ("96, montée de Sandy Beach, Gaspé, QC G4X 2V6", "Gaspé, QC G4X 2V6"),
    ("151, avenue du Lac, bureau 200, Rouyn-Noranda, QC J9X 4N5", "Rouyn-Noranda, QC J9X 4N5"),
])
def test_a_french_street_address_and_a_scan_s_li_read_as_h_or_b(tmp_path: Path, written: str, place: str) -> None:
    """A French address, its number and its street apart (``96, montée de Sandy Beach, Gaspé``): the city; ``li`` a
    scan read as ``h`` or ``b`` in a title (``Pohcy``, ``Quabty``): the word meant."""
    text = (f"Position Title: Director, Data Stewardship\nPosition Number: 70500\nLocation: {written}\n"
            "Reports to: Director General, Pohcy and Strategic Direction\n\nORGANIZATION STRUCTURE\n"
            "- Manager, Quabty Assurance (CS-04, 23 FTEs)\n\nGENERAL ACCOUNTABILITY\nLeads the data stewardship.\n")
    root, _ = _import(tmp_path, "scan_0036.txt", text)
    record = _record(root, "70500")
    assert (record["location"], record["supervisor"]["title"]) == (
        place, "Director General, Policy and Strategic Direction")
    assert _reports(root, "70500", 1) == [("Manager, Quality Assurance", "CS-04", 23)]


@pytest.mark.parametrize(("level", "date", "effective"), [
    ("EX Level 1", "02-05-18", dt.date(2002, 5, 18)),
    ("EX niveau 1", "en vigueurle 9août 2000", dt.date(2000, 8, 9)),
    ("EX 1", "9B-I2-lI", dt.date(1998, 12, 11)),
    ("EX-1", "Z2-MAY-94", dt.date(1994, 5, 22)),
])
def test_an_old_form_s_levels_codes_and_dates(tmp_path: Path, level: str, date: str, effective: dt.date) -> None:
    """An old typed form: ``EX Level 1`` / ``EX niveau 3`` a level; ``POSITION CODE`` after the position's number its
    job's code; a date of two-digit parts with hyphens year first (``02-05-18``), as a scan reads it (``9B-I2-lI``,
    ``Z2-MAY-94``), or run into its words (``en vigueurle 9août 2000``); a supervisor's title wrapped over a line that
    ends with its level and number (``Services (EX Level 3), Position # 67127``)."""
    text = ("POSITION DESCRIPTION\n\nPOSITION TITLE:                   Director, Regional Call Centres\n"
            f"POSITION NUMBER:                  79437\nGROUP & LEVEL:                   {level}\n"
            f"POSITION CODE:                    49560\nEFFECTIVE DATE:                   {date}\n"
            "REPORTS TO:                       Director General, Lands and Trust\n"
            "Services (EX Level 3), Position # 67127\n\nGENERAL ACCOUNTABILITY\n\n"
            "The Director is accountable for the regional call centres.\n")
    root, _ = _import(tmp_path, "PD 79437 - Director, Regional Call Centres.txt", text)
    record = _record(root, "79437")
    assert (record["classification"], record["job_code"], record["effective_date"]) == ("EX-01", "49560", effective)
    assert (record["reports_to"], record["supervisor"]["title"], record["supervisor"]["classification"]) == (
        "67127", "Director General, Lands and Trust Services", "EX-03")


def test_person_years_and_thousands_of_dollars(tmp_path: Path) -> None:
    """An old form's person-years: a ``Resources`` column of ``28 PY``, a list's ``- 18 P.Y.`` after its title, a
    header hyphenated by a scan (``Resso-`` / ``urces``); its budget in thousands with a comma between them (``3,903
    K$``, not $3,903) or in millions a scan misread (``$2.Z M``, ``$O.Z M``)."""
    text = ("Position Title: Director, Regional Call Centres\nPosition Number: 79437\n\n"
            "ORGANIZATION STRUCTURE\n\nThe following positions report to the Director:\n"
            "  Position                        Group/Level   Resso-\nurces\n"
            "  Manager, Regional Liaison        EN-ENG 05     28 PY\n"
            "  Manager, Operations             CS-5          15 PY\n\n"
            "Other positions reporting to the Director:\n  - EC-6 - Manager, Planning - 18 P.Y.\n\n"
            "DIMENSIONS\n\nSALARY:                           3,903 K$\nO&M:                             $O.Z M\n"
            "TOTAL:                           $4.1 M\n\nGENERAL ACCOUNTABILITY\n\nLeads the call centres.\n")
    root, _ = _import(tmp_path, "PD 79437.txt", text)
    assert _reports(root, "79437", 3) == [("Manager, Regional Liaison", "EN-ENG-05", 28),
                                          ("Manager, Operations", "CS-05", 15), ("Manager, Planning", "EC-06", 18)]
    dims = _record(root, "79437")["dimensions"]
    assert (dims["salary"], dims["o_and_m"], dims["total"]) == (3_903_000, 200_000, 4_100_000)


_PRINTOUT_HEADER = ("Immigration, Réfugiés et Citoyenneté Canada                       PROTÉGÉ B / PROTECTED B\n"
                    "Description de poste / Position Description                     Page {n} de 2 / Page {n} of 2\n"
                    "No de poste / Position No: 00006739   Directeur, Coordination régionale\n"
                    "Printed / Imprimé: 2024-12-24 08:10          User ID / Code d'utilisateur: usr6023\n"
                    "===============================================================================\n")
_PRINTOUT_FOOTER = ("_______________________________________________________________________________\n"
                    "Formulaire / Form RH-DP-07 (2020-11)                            PROTECTED B / PROTÉGÉ B\n")


def test_an_hr_system_s_printout_over_pages(tmp_path: Path) -> None:
    """An HR system's printout: its running header and footer at each page (department, ``Page 2 of 2``, the
    position's number and title, the print date and user) set aside, the reports' table and the dimensions going on
    over the page's turn; ``Gr-niv`` a column of levels, a row without its count one report; a field beside a label
    of none (``Cote de sécurité / Security: Secret``) no part of the place; a supervisor's number before the title
    (``00093312 Directeur exécutif, X (EX 02)``), a title given in both languages in the values' order; amounts in
    ``CAD``."""
    page1 = (_PRINTOUT_HEADER.format(n=1) + "                                      DESCRIPTION DE POSTE\n"
             "POSITION NBR: 00006739                        JOBCODE: EXE-5520   GRADE: EX 01\n"
             "POSITION TITLE: Directeur, Coordination régionale\n"
             "Lieu de travail / Work Location: Winnipeg (Manitoba)   Cote de sécurité / Security: Secret\n"
             "REPORTS TO: 00093312 Directeur exécutif, Logistique de réinstallation (EX 02)\n"
             "RESPONSABILITÉ GÉNÉRALE\nLe titulaire est responsable de la coordination régionale.\n"
             "STRUCTURE DE L'ORGANISATION\nSUBORDONNÉS DIRECTS\n"
             "No poste            Titre                                   Gr-niv        ETP\n"
             "00061971            Gestionnaire, Services administratifs   AS-07          22\n"
             "00047238            Gestionnaire, Soutien des systèmes      CS-04\n"
             "NATURE ET ÉTENDUE\nLe poste évolue dans un contexte de volumes élevés.\nDIMENSIONS\n"
             + _PRINTOUT_FOOTER)
    page2 = (_PRINTOUT_HEADER.format(n=2) + "ETP: 108\nSalaires: CAD 8,532,000\nF et E: CAD 482,400\n"
             "RESPONSABILITÉS PARTICULIÈRES\n1. Dirige la coordination régionale.\n" + _PRINTOUT_FOOTER)
    root, _ = _import(tmp_path, "HRIS PD 00006739.pdf", pdf_bytes([page1, page2]))
    record = _record(root, "00006739")
    assert (record["title"], record["classification"], record["job_code"], record["location"]) == (
        "Directeur, Coordination régionale", "EX-01", "EXE-5520", "Winnipeg, MB")
    assert (record["reports_to"], record["supervisor"]["title"]) == (
        "00093312", "Directeur exécutif, Logistique de réinstallation")
    assert (record["dimensions"]["salary"], record["dimensions"]["o_and_m"]) == (8_532_000, 482_400)
    assert _reports(root, "00006739", 2) == [("Gestionnaire, Services administratifs", "AS-07", 22),
                                             ("Gestionnaire, Soutien des systèmes", "CS-04", None)]


def test_a_bilingual_value_in_its_own_order(tmp_path: Path) -> None:
    """``Titre du superviseur / Supervisor Title: English / Français`` in an English description: the English title,
    whatever order the label's languages come in."""
    text = ("Position No / No de poste: 00055836\nTitle / Titre: Director, Overpayment Recovery\n"
            "Titre du superviseur / Supervisor Title: Executive Director, Claims Centres / Directrice exécutive, "
            "Centres de traitement des demandes\n\nGENERAL ACCOUNTABILITY\n\nThe Director is accountable for the "
            "recovery of overpayments.\n\nNATURE AND SCOPE\n\nThe position operates in a complex environment.\n")
    root, _ = _import(tmp_path, "WD 00055836.txt", text)
    assert _record(root, "00055836")["supervisor"]["title"] == "Executive Director, Claims Centres"


def test_a_copy_of_word_s_all_markup_view(tmp_path: Path) -> None:
    """A text copied from Word's All Markup view: the balloons beside the lines (``Deleted: EX-02``, ``Commented
    [FB1]: ...``, a line of only ``Deleted: Total: $3,983,000``) no text of the description's, the change bars
    (``|``, a scan's ``l`` beside a balloon) and the margin they stand in none either; a title wrapped over an
    indented line goes on."""
    text = ("  EXECUTIVE WORK DESCRIPTION\n  Position title: Director, C0ntract Review\n"
            "| Group and level: EX-01                                          Deleted: EX-02\n"
            "|                                                                 Commented [FB1]: Please verify.\n"
            "  Position number: 607902\n"
            "l Effective date: September 22, 2018                              Deleted: May 11, 2015\n"
            "  Supervisor title: Directeur général, Délivrance des permis\n  de pêche\n"
            "  GENERAL ACCOUNTABILITY\n  The Director is accountable for the contract reviews.\n"
            "  ORGANIZATION STRUCTURE\n"
            "  Position                                    Group/level   FTEs\n"
            "  Manager, Compliance                         PM-05         14\n"
            "| Manager, Program Delivery                   PM-06         6     Deleted: 20\n"
            "|                                                                 Deleted: Manager, Research  EC-06  7\n"
            "  DIMENSIONS\n| Salary: $3,248,000                                              Deleted: $3,607,000\n"
            "|                                                                 Deleted: Total: $3,983,000\n")
    root, _ = _import(tmp_path, "Director, Contract Review - All Markup.txt", text)
    record = _record(root, "607902")
    assert (record["title"], record["classification"], record["effective_date"]) == (
        "Director, Contract Review", "EX-01", dt.date(2018, 9, 22))
    assert record["supervisor"]["title"] == "Directeur général, Délivrance des permis de pêche"
    assert "total" not in record["dimensions"] and record["dimensions"]["salary"] == 3_248_000
    assert _reports(root, "607902", 2) == [("Manager, Compliance", "PM-05", 14),
                                           ("Manager, Program Delivery", "PM-06", 6)]


def test_a_slide_deck_copied_to_text(tmp_path: Path) -> None:
    """A deck's slides as text: each slide's furniture (``Slide 3``, ``DFO | Executive work description | 3``) and
    number dropped; the title on the title slide over the document's name; ``Position at a glance`` the position's
    fields; the chart's boxes in brackets (the supervisor's over the position's own, a row of reports under it, a
    box's bare figure its FTEs); figures in call-outs of no dimension (``2`` / ``direct reports``) none; the notes
    page (``Notes — slide 5``) its budget; ``• Position 69641 — approved`` the position's number."""
    slides = [
        "Director, Education Funding\nExecutive Work Description\nIndigenous Services Canada",
        "Position at a glance\n\u2022 Level: EX-1\n\u2022 Location: Gatineau, Quebec\n\u2022 Effective: March 18, 2022",
        "Where the position sits\n[ Director General, Community Infrastructure | EX-03 | #18928 ]\n|\n"
        "[ Director, Education Funding ]  <- this position\n|\n"
        "[ Manager, Business Services | AS-7 | 24 ]   [ Executive Assistant | AS-1 | 1 ]",
        "Mandate\n\u2022 Set direction, priorities and service standards for Education Funding",
        "By the numbers\n2\ndirect reports\n6\nkey accountabilities",
        "Approvals\n\u2022 Approved: Perpetua Montpetit-Sahin, Director General, Community Infrastructure\n"
        "\u2022 Position 69641 \u2014 approved",
    ]
    text = "".join(f"Slide {n}\n{slide}\nISC | Executive work description | {n}\n\n"
                    for n, slide in enumerate(slides, 1)) \
        + "Notes \u2014 slide 5\nResources: 25 FTEs, salary $5.3M, O&M $689K, total $5.99M.\n"
    root, _ = _import(tmp_path, "Deck ISC - Director, Education Funding notes.txt", text)
    record = _record(root, "69641")
    assert (record["title"], record["classification"], record["reports_to"], record["supervisor"]["title"]) == (
        "Director, Education Funding", "EX-01", "18928", "Director General, Community Infrastructure")
    assert record["dimensions"] == {"fte": 25, "salary": 5_300_000, "o_and_m": 689_000, "total": 5_990_000}
    assert _reports(root, "69641", 2) == [("Manager, Business Services", "AS-07", 24),
                                          ("Executive Assistant", "AS-01", 1)]


@pytest.mark.parametrize(("head", "foot", "place"), [
    ("Director, Coastal Restoration Fund\nEX-01 \u00b7 Fisheries and Oceans Canada",
     "_Job code 101037 \u00b7 Effective April 6, 2024 \u00b7 Moncton, New Brunswick_", "Moncton, NB"),
    ("DIRECTRICE, RESTAURATION CÔTIÈRE\nEX-01, Pêches et Océans Canada",
     "Code d'emploi 101037, En vigueur 2024-04-06, Calgary (Alberta)", "Calgary, AB"),
])
def test_a_one_pager_s_call_outs_and_line_of_fields(tmp_path: Path, head: str, foot: str, place: str) -> None:
    """A one-pager: its title and ``EX-01 · Department`` under it, figures in call-outs over their captions (``#73203``
    / ``position number``, ``$881K`` / ``operating (O&M)``, ``FTEs across 3 teams``, a caption of none, ``regional
    partners``, left alone), and a closing line of fields set apart by dots or commas without colons (``Job code
    101037 · Effective April 6, 2024 · Moncton, New Brunswick``, ``En vigueur 2024-04-06, Calgary (Alberta)``)."""
    text = (f"{head}\n39\nFTEs across 3 teams\n$3.67M\nsalary\n$881K\noperating (O&M)\n$4.551M\ntotal envelope\n"
            f"#73203\nposition number\n13\nregional partners\n\nReports to\nDirector General, Fish Habitat (EX-03)\n\n"
            f"Your team\n- Manager, Data and Analytics \u2014 BI-04 \u2014 20 FTEs\n\n{foot}\n")
    root, _ = _import(tmp_path, "Fiche - Coastal Restoration Fund.md", text)
    record = _record(root, "73203")
    assert (record["classification"], record["job_code"], record["location"]) == ("EX-01", "101037", place)
    assert record["effective_date"] == dt.date(2024, 4, 6)
    assert (record["dimensions"]["salary"], record["dimensions"]["o_and_m"], record["dimensions"]["total"]) == (
        3_670_000, 881_000, 4_551_000)
    assert _reports(root, "73203", 1) == [("Manager, Data and Analytics", "BI-04", 20)]


def test_a_briefing_note_seeking_approval_of_a_new_position_s_description(tmp_path: Path) -> None:
    """A briefing note seeking approval of ``the attached work description`` of a new position describes it (a memo
    covering a revised description would not): the position's number (``the work description of position 47347``),
    its job code (``The generic job code is 104501``), its place after its supervisor (``reports to X and is located
    in Y``), its reports listed one a line, its budget, not the comparison's (``For comparison, a similar directorate
    ... manages $2.75M in salary``)."""
    text = ("BRIEFING NOTE\nFOR: Assistant Deputy Minister, Lands and Minerals Sector\n"
            "SUBJECT: Approval of the executive work description \u2014 Director, Geological Survey Programs "
            "(EX-01)\n\n"
            "PURPOSE\nTo seek your approval of the work description of position 47347, Director, Geological Survey "
            "Programs (EX-01), effective 2019-06-09.\n\nBACKGROUND\nThe position reports to the Director General, "
            "Geospatial Canada (EX-03) and is located in Calgary, Alberta. The generic job code is 104501.\n\n"
            "CONSIDERATIONS\nThe incumbent will lead 27 FTEs. Direct reports:\n"
            "\u2022 Manager, Program Delivery (AS-05, 7 FTEs) with a long title that the page wraps over\n"
            "\u2022 Manager, Data and Analytics (AS-07, 14 FTEs)\n"
            "Resources under the position: salary $2.46M and O&M $197K, for a total of $2.657M.\n"
            "For comparison, a similar directorate in another region manages $2.75M in salary.\n\n"
            "RECOMMENDATION\nThat you approve the attached work description.\n")
    root, _ = _import(tmp_path, "Briefing note Director, Geological Survey Programs.txt", text)
    record = _record(root, "47347")
    assert (record["title"], record["job_code"], record["location"], record["supervisor"]["title"]) == (
        "Director, Geological Survey Programs", "104501", "Calgary, AB", "Director General, Geospatial Canada")
    dims = record["dimensions"]
    assert (dims["salary"], dims["o_and_m"], dims["total"]) == (2_460_000, 197_000, 2_657_000)
    assert [title for title, _, _ in _reports(root, "47347", 2)][1] == "Manager, Data and Analytics"


def test_a_poster_over_its_description(tmp_path: Path) -> None:
    """A staffing poster over the description it annexes: its closing date no effective date (the description's left
    blank), ``$B84K`` a scan's $884K; a footnote's number run into an amount's unit (``$9,320K1``); a supervisor's
    level wrapped inside its brackets (``(EX`` / ``03)``)."""
    text = ("Director, Data Analytics - Job Opportunities\nClosing date: 24 October 2025 - 23:59, Pacific Time\n"
            "$150,000 to $176,000 (annual)\n\nANNEX A - WORK DESCRIPTION\n\nWORK DESCRIPTION\n"
            "Position Title: Director, Data Analytics\nPosition Number: 45532\nEffective Date: \n"
            "Reports to: Director General, Rail Safety and Security Operations (EX\n03)\n\n"
            "GENERAL ACCOUNTABILITY\nThe Director is accountable for data analytics.\n\n"
            "DIMENSIONS\nSalary\t$9,320K1\tO&M\t$B84K\n\n1 Salary excludes the employee benefit plan.\n")
    root, _ = _import(tmp_path, "24-TC-EA-547581 poster and work description.txt", text)
    record = _record(root, "45532")
    assert (record["effective_date"], record["supervisor"]["classification"]) == (None, "EX-03")
    assert (record["dimensions"]["salary"], record["dimensions"]["o_and_m"]) == (9_320_000, 884_000)


def test_a_word_chart_s_text_boxes_level_and_count_on_one_line(tmp_path: Path) -> None:
    """A Word chart's text boxes read as paragraphs, a box's level and FTEs on one line (``AS06 | 13 FTE``), the
    position's own box its level and number (``EX01 – 45532``): the supervisor's box, the position's, its reports."""
    doc = ("# EXECUTIVE WORK DESCRIPTION\n* **Position Title:** Director, Data Analytics\n"
           "* **Position Number:** 45532\n\n## GENERAL ACCOUNTABILITY\nThe Director is accountable for analytics.\n"
           "## ORGANIZATION STRUCTURE\nSee the organization chart on the next page.\n## ORGANIZATION CHART\n"
           "Director General, Rail Safety\nEX03\nDirector, Data Analytics\nEX01 \u2013 45532\nManager, Planning\n"
           "AS06 | 13 FTE\nManager, Systems\nPM05 | 14 FTE\n## SIGNATURES\nApproved by: Lusia Mirabeaux\n")
    root, _ = _import(tmp_path, "Director, Data Analytics - signed.docx", docx_bytes(doc))
    assert _record(root, "45532")["supervisor"]["title"] == "Director General, Rail Safety"
    assert _reports(root, "45532", 2) == [("Manager, Planning", "AS-06", 13), ("Manager, Systems", "PM-05", 14)]


def test_a_deck_s_notes_pages_for_its_first_slides_in_a_row(tmp_path: Path) -> None:
    """Notes pages for slides 1, 2 and 3 one after another (``Notes — slide 1`` ...) count up as a deck's furniture
    does, but are the headings of what the presenter says: the budget under them read, not the approvals' slide."""
    slides = ["Director, Education Funding\nExecutive Work Description\nIndigenous Services Canada",
              "Position at a glance\n\u2022 Level: EX-1\n\u2022 Position number: 69641",
              "Approvals\n\u2022 Approved by the Director General, Community Infrastructure: 0 FTE change"]
    text = "".join(f"Slide {n}\n{slide}\nISC | Executive work description | {n}\n\n"
                   for n, slide in enumerate(slides, 1))
    text += ("Notes \u2014 slide 1\nIntroduce the position.\n\nNotes \u2014 slide 2\nThe level is confirmed.\n\n"
             "Notes \u2014 slide 3\nResources: 25 FTEs, salary $5.3M, O&M $689K, total $5.99M.\n")
    root, _ = _import(tmp_path, "Deck ISC - Director, Education Funding notes.txt", text)
    assert _record(root, "69641")["dimensions"] == {"fte": 25, "salary": 5_300_000, "o_and_m": 689_000,
                                                    "total": 5_990_000}


_SCREEN = """Position Data
Main Menu > Organizational Development > Position Management > Maintain Positions/Budgets > Add/Update Position Info

Position Nbr: 00043322                              Eff Date: 04/01/2024
Status: Active                                      Reason: REC
Descr: Director, Permanent Residence                Short Descr: Director
Job Code: 103068 {arrow} Executive EX-01
Reports To: {supervisor} {arrow} Director General, Domestic Net
Location: {place} {arrow} Moncton, New Brunswick
Sal Plan: EX {arrow}                                        Grade: 01 {arrow}
Std Hours: 37.50                                    FTE: 1.000000
Last Updated: 11/22/2024 10:42:17AM

Position Description:
Position Title: Director, Permanent Residence Intake
Level: EX 01

GENERAL ACCOUNTABILITY
Directs the design and delivery of the Permanent Residence Intake function for the Domestic Network.
The position reports to the Director General, Domestic Network (EX 03).

DIMENSIONS
FTEs: 48

Save   Return to Search   Notify    Add   Update/Display   Include History

Budget and Incumbents
Budgeted Posn: [x]    Max Head Count: 1
Salary Budget: 6,005,000.00
O&M Budget: 601,000.00
Total Budget: 6,606,000.00

Incumbents
EmplID   Name
000173135   Aurelio Drummond-Pike

Positions reporting to this position
Position Nbr   Descr   Sal Plan   Grade   Max Head Count
00062678   Manager, Research   EC   06   1
00062679   Manager, Stakeholder Relations   PM   06   1
"""


@pytest.mark.parametrize(("arrow", "supervisor", "place"), [
    ("\u25bc", "00085972", "MON01"), ("v", "OOOB5972", "MONO1"), ("Q", "0OO8S972", "MON0I")])
def test_an_hr_system_s_position_screen_over_its_description(tmp_path: Path, arrow: str, supervisor: str,
                                                             place: str) -> None:
    """A position screen as a system prints it or a scan reads it: its drop-down arrows (``▼``, a scan's ``v`` or
    ``Q``) between a field's code and its description no part of either; the supervisor's number first, as a scan
    reads it (``OOOB5972``); the location's code (``MONO1``) dropped; a date either way round read month first where
    another date of the screen is (``11/22/2024``); the supervisor's title the screen cuts to its field's width
    (``Director General, Domestic Net``) the prose's full title and its level; the budget's tab (``Budget and
    Incumbents``) the dimensions beside the description's FTEs; the incumbent under the employee number left out;
    the grid of positions reporting to it its direct reports, their group and level in two columns (``Sal Plan``,
    ``Grade``), each position's ``Max Head Count`` no count of theirs."""
    text = _SCREEN.format(arrow=arrow, supervisor=supervisor, place=place)
    root, written = _import(tmp_path, "Position Data 00043322.txt", text)
    record = _record(root, "00043322")
    assert record["effective_date"] == dt.date(2024, 4, 1) and record["location"] == "Moncton, NB"
    assert (record["reports_to"], record["supervisor"]["title"], record["supervisor"]["classification"]) == (
        "00085972", "Director General, Domestic Network", "EX-03")
    assert record["dimensions"] == {"fte": 48, "salary": 6_005_000, "o_and_m": 601_000, "total": 6_606_000}
    assert _reports(root, "00043322", 2) == [("Manager, Research", "EC-06", None),
                                             ("Manager, Stakeholder Relations", "PM-06", None)]
    assert "Drummond" not in written


def test_a_french_screen_s_grid_and_budget_table(tmp_path: Path) -> None:
    """A French screen copied as a table over the description: its budget's rows (``Budget salarial | 3 653 000,00
    $``) the dimensions where the description states only its FTEs; the grid's ``Régime sal.`` and ``Classe`` one
    level, ``Effectif max.`` no count; a date either way round still read day first (``14/06/2023``, no date of the
    screen month first)."""
    text = ("# Directeur, Carburants propres\n\n| Description | |\n|---|---|\n| No de poste | 00055319 |\n"
            "| Date d'entrée en vigueur | 04/06/2023 |\n| Dernière mise à jour | 18/11/2023 10:42 |\n"
            "| Budget salarial | 3 653 000,00 $ |\n| Budget F et E | 527 000,00 $ |\n\n"
            "## Description de travail de cadre\nTitre du poste : Directeur, Carburants propres\nNiveau : EX-01\n\n"
            "## Responsabilité générale\nDirige la conception et l'exécution de la fonction Carburants propres.\n\n"
            "## Dimensions\nETP : 38\n\nPostes relevant de ce poste\n"
            "No de poste   Description   Régime sal.   Classe   Effectif max.\n"
            "00020797   Gestionnaire, Finances   FI   04   1\n00020798   Gestionnaire, Analytique   EC   06   1\n")
    root, _ = _import(tmp_path, "Notes - Directeur, Carburants propres.md", text)
    record = _record(root, "00055319")
    assert record["effective_date"] == dt.date(2023, 6, 4)
    assert record["dimensions"] == {"fte": 38, "salary": 3_653_000, "o_and_m": 527_000}
    assert _reports(root, "00055319", 2) == [("Gestionnaire, Finances", "FI-04", None),
                                             ("Gestionnaire, Analytique", "EC-06", None)]


def test_people_an_hr_screen_or_a_printed_e_mail_names_are_left_out(tmp_path: Path) -> None:
    """Outlook's ``Printed by: X   2`` under a printed page and an HR screen's incumbents (``000503037   X`` under its
    employee number, an ``Incumbents`` tab's or none) are no part of the last accountability over them."""
    text = ("Position Title: Director, Pension Policy\nPosition Number: 12345\nLevel: EX-01\n\n"
            "GENERAL ACCOUNTABILITY\nDirects the pension policy function.\n\nKEY ACTIVITIES\n"
            "- Leads the planning of the directorate.\n- Manages the resources.\n"
            "Printed by: Kwabena Whitcombe                                         1\n\n"
            "Incumbents\nEmplID   Name\n000503037   Yannick Quillfeather\n")
    root, written = _import(tmp_path, "RE_ Director, Pension Policy.txt", text)
    assert _record(root, "12345")["specific_accountabilities"] == ["Leads the planning of the directorate.",
                                                                   "Manages the resources."]
    assert "Whitcombe" not in written and "Quillfeather" not in written


def test_a_scan_s_level_with_a_b_for_its_six_in_a_dashed_list(tmp_path: Path) -> None:
    """``Manager, Intake - PM-Ob - I3 FTE``: the b a 6, the level no part of the title."""
    text = ("Position Title: Director, Intake\nPosition Number: 12345\nLevel: EX-01\n\nGENERAL ACCOUNTABILITY\n"
            "Directs the intake function.\n\nDIRECT REPORTS\n- Manager, Intake - PM-Ob - I3 FTE\n"
            "- Manager, Compliance - PG-O5 - lZ FTE\n")
    root, _ = _import(tmp_path, "Director, Intake (scan).txt", text)
    assert _reports(root, "12345", 2) == [("Manager, Intake", "PM-06", 13), ("Manager, Compliance", "PG-05", 12)]


_PACKAGE_DESCRIPTION = ("{header}\nEXECUTIVE WORK DESCRIPTION{mark}\nCanadian Northern Economic Development Agency\n"
                        "Position Title: {title}\nGroup and Level: {level}\nPosition Number: {number}\n"
                        "Effective Date: {date}\n\nGENERAL ACCOUNTABILITY\nDirects {title}.\n\nDIMENSIONS\n"
                        "FTEs: {fte}\nSalary: {salary}\n\n")


@pytest.mark.parametrize("case", ["superseded first", "supervisor's first", "named before"])
def test_a_package_holding_two_work_descriptions(tmp_path: Path, case: str) -> None:
    """A classification package holding two work descriptions: the old one marked superseded (its heading, or its
    pages' header) beside the new; the supervisor's beside the position's, the position the file is named after or
    that the package's rationale names (``Position evaluated: X``): that one description read."""
    old = dict(title="Director, Mining Readiness", level="EX-01", number="70545", date="April 1, 2016", fte=20,
               salary="$1.1M")
    new = dict(old, level="EX-02", date="April 22, 2024", fte=31, salary="$1.31M")
    boss = dict(title="Director General, Inuit Business Partnerships", level="EX-03", number="68880",
                date="April 1, 2025", fte=120, salary="$7.03M")
    rationale = ("CLASSIFICATION ACTION ROUTING SLIP\nSubject: classification of a position\n\n"
                 "CLASSIFICATION RATIONALE AND EVALUATION REPORT\nDate of decision: February 27, 2024\n"
                 "Position evaluated: Director, Mining Readiness\n\n")
    first, second, name = {
        "superseded first": (dict(old, header="CanNor - EWD - 70545 - SUPERSEDED", mark=""),
                             dict(new, header="CanNor - EWD - 70545", mark=""), "Package 70545.txt"),
        "supervisor's first": (dict(boss, header="", mark=""), dict(new, header="", mark=""),
                               "Director, Mining Readiness - full package (1).txt"),
        "named before": (dict(boss, header="", mark=""), dict(new, header="", mark=""), "Package 2024-03.txt"),
    }[case]
    text = rationale + _PACKAGE_DESCRIPTION.format(**first) + _PACKAGE_DESCRIPTION.format(**second)
    root, _ = _import(tmp_path, name, text)
    record = _record(root, "70545")
    assert (record["classification"], record["effective_date"]) == ("EX-02", dt.date(2024, 4, 22))
    assert record["dimensions"] == {"fte": 31, "salary": 1_310_000}
    assert not (root / "records/positions/68880.yaml").exists() or case == "superseded first"


_TRANSCRIPT = """Document, Executive Work Description, Adobe Acrobat Reader
Heading level 1, Executive Work Description / Titre de niveau 1, Description de travail de cadre
Edit text / Zone d\u2019\u00e9dition, Position title / Titre du poste, Director General, Accessible Service Design
combo box / zone de liste d\u00e9roulante, Group and level / Groupe et niveau, EX-03
Edit text / Zone d\u2019\u00e9dition, Position number / Num\u00e9ro du poste, 47513
Date picker / S\u00e9lecteur de date, Effective date / Date d\u2019entr\u00e9e en vigueur, blank / vide
Edit text, Location, Ottawa, Ontario
Check box, checked, Bilingual imperative
Heading level 2, Supervisor
Edit text, Supervisor's position title, Assistant Deputy Minister, Service Delivery
combo box, Supervisor's group and level, EX-04
Heading level 2: General Accountability
The Director General, Accessible Service Design is accountable for accessible service design.
Heading level 2: Organization Structure
{reports}
Heading level 2: Dimensions
Table 2: Dimensions. 3 rows, 2 columns.
Row 1. Item: Salary budget. Amount: $7,960,000.
Row 2. Item: O&M budget. Amount: $1,641,000.
Row 3. Item: FTEs. Amount: 206.
Heading level 2: Specific Accountabilities
List of 2 items
bullet, Sets the direction and the yearly plan of the directorate.
bullet, Approves the service standards.
list end
Button, Submit
"""


@pytest.mark.parametrize("reports", [
    "Table 1: Direct reports. 2 rows, 3 columns.\nRow 1. Title: Director, Alternate Formats. Group and level: EX-01. "
    "FTEs: 43.\nRow 2. Title: Manager, Planning and Reporting. Group and level: CO-03. FTEs: 6.\nEnd of table.",
    "Column 1 of 3, Row 1 of 3: Title\nColumn 2 of 3, Row 1 of 3: Group and level\nColumn 3 of 3, Row 1 of 3: FTEs\n"
    "Column 1 of 3, Row 2 of 3: Director, Alternate Formats\nColumn 2 of 3, Row 2 of 3: EX-01\n"
    "Column 3 of 3, Row 2 of 3: 43\nColumn 1 of 3, Row 3 of 3: Manager, Planning and Reporting\n"
    "Column 2 of 3, Row 3 of 3: CO-03\nColumn 3 of 3, Row 3 of 3: 6\nTable end"])
def test_a_screen_reader_s_transcript(tmp_path: Path, reports: str) -> None:
    """What a screen reader says of a form: headings announced (``Heading level 2, Supervisor``), fields by their
    control, label and value (``Edit text / Zone d'édition, Position number / Numéro du poste, 47513``, ``blank``
    none), a table read a row at a time (``Row 1. Title: X. Group and level: EX-01. FTEs: 43.``) or a cell at a time
    (``Column 2 of 3, Row 2 of 3: EX-01``), list items after ``bullet``; buttons, check boxes and the lists' bounds
    no text."""
    root, written = _import(tmp_path, "Director General, Accessible Service Design - transcript.txt",
                            _TRANSCRIPT.format(reports=reports))
    record = _record(root, "47513")
    assert (record["title"], record["classification"], record["location"]) == (
        "Director General, Accessible Service Design", "EX-03", "Ottawa, ON")
    assert (record["supervisor"]["title"], record["supervisor"]["classification"]) == (
        "Assistant Deputy Minister, Service Delivery", "EX-04")
    assert record["dimensions"] == {"fte": 206, "salary": 7_960_000, "o_and_m": 1_641_000}
    assert record["specific_accountabilities"] == ["Sets the direction and the yearly plan of the directorate.",
                                                   "Approves the service standards."]
    assert _reports(root, "47513", 2) == [("Director, Alternate Formats", "EX-01", 43),
                                          ("Manager, Planning and Reporting", "CO-03", 6)]
    assert "Submit" not in written and "Bilingual imperative" not in written


@pytest.mark.parametrize(("name", "text"), [
    ("Director, Benefits Processing plain language.md",
     "# Director, Benefits Processing \u2014 plain language version\n\n## About this job\n\n"
     "- Job title: Director, Benefits Processing\n- Level: EX-01\n- Position number: 61149\n"
     "- This description starts on: December 20, 2021\n- Where the job is: Ottawa, Ontario\n\n"
     "## What this job is for\n\nThis job leads the team that works on benefits processing.\n\n"
     "## Who this job works for\n\nThis job works for the Director General, Service Standards. That job is at the "
     "EX-03 level. Its position number is 80231.\n\n## Who works for this job\n\nTwo jobs report directly to this "
     "job:\n\n- Manager, Quality Assurance, level PM-05, a team of 17 people (FTEs)\n- Manager, Policy, level PM-06, "
     "a team of 4 people (FTEs)\n\n## How much money this job manages\n\nThis job manages a salary budget of "
     "$2.89 million and an operating budget (O&M) of $900,000.\n\n## What this job does\n\n- Sets the direction.\n"),
    ("Directeur, Traitement des prestations - langage clair.md",
     "# Directeur, Traitement des prestations \u2014 version en langage clair\n\n## \u00c0 propos de cet emploi\n\n"
     "- Titre de l\u2019emploi : Directeur, Traitement des prestations\n- Niveau : EX-01\n"
     "- Num\u00e9ro du poste : 61149\n"
     "- Cette description entre en vigueur le : 2021-12-20\n- Lieu de l\u2019emploi : Ottawa (Ontario)\n\n"
     "## \u00c0 quoi sert cet emploi\n\nCet emploi dirige l\u2019\u00e9quipe du traitement des prestations.\n\n"
     "## Pour qui travaille cet emploi\n\nCet emploi rel\u00e8ve du poste de Directeur g\u00e9n\u00e9ral, Normes de "
     "service. Ce poste est de niveau EX-03. Son num\u00e9ro de poste est le 80231.\n\n"
     "## Qui travaille pour cet emploi\n\nDeux postes rel\u00e8vent directement de cet emploi :\n\n"
     "- Gestionnaire, Assurance de la qualit\u00e9, niveau PM-05, une \u00e9quipe de 17 personnes (ETP)\n"
     "- Gestionnaire, Politique, niveau PM-06, une \u00e9quipe de 4 personnes (ETP)\n\n"
     "## Combien d\u2019argent cet emploi g\u00e8re\n\nCet emploi g\u00e8re un budget de salaires de 2 890 000 $ et un "
     "budget de fonctionnement et d\u2019entretien de 900 000 $.\n\n## Ce que fait cet emploi\n\n"
     "- Fixe la direction.\n"),
])
def test_a_plain_language_description(tmp_path: Path, name: str, text: str) -> None:
    """A description in plain language: its headings (``What this job is for``, ``Who this job works for``, ``How
    much money this job manages``, ``Ce que fait cet emploi``), its labels (``This description starts on``, ``Where
    the job is``, ``Lieu de l'emploi``), its supervisor (``This job works for the X. That job is at the EX-03 level.
    Its position number is 80231.``) and its reports (``Manager, Policy, level PM-06, a team of 4 people (FTEs)``)."""
    root, _ = _import(tmp_path, name, text)
    record = _record(root, "61149")
    assert (record["effective_date"], record["location"]) == (dt.date(2021, 12, 20), "Ottawa, ON")
    assert (record["reports_to"], record["supervisor"]["classification"]) == ("80231", "EX-03")
    assert record["dimensions"] == {"salary": 2_890_000, "o_and_m": 900_000}
    assert [(level, fte) for _, level, fte in _reports(root, "61149", 2)] == [("PM-05", 17), ("PM-06", 4)]
    assert _reports(root, "61149", 2)[1][0] in ("Manager, Policy", "Gestionnaire, Politique")


def test_a_faxed_description_retyped(tmp_path: Path) -> None:
    """A fax's cover sheet whose confidentiality notice stands right over the description (``[Retyped from fax]``,
    the heading and the title's label no part of the notice); a speck read as a second comma (``Director,,
    Reference``); a supervisor's title the page's width wrapped before its level after a comma (``... Dangerous`` /
    ``Goods Transportation, EX-02 (position 98148).``)."""
    text = ("FEB-08-2015 16:50 FROM:CLASSIFICATION 613 555 0165 TO:6135551581 P.01/03\n"
            "FAX COVER SHEET / BORDEREAU DE T\u00c9L\u00c9COPIE\nTO / \u00c0: Classification Unit\n"
            "CONFIDENTIALITY NOTICE: This facsimile contains personal information protected under the Privacy Act.\n"
            "If you have received it in error, please notify the sender immediately.\n"
            "[Retyped from fax / Retap\u00e9 \u00e0 partir d\u2019une t\u00e9l\u00e9copie]\n"
            "EXECUTIVE WORK DESCRIPTION\n"
            "POSITION TITLE: Director,, Anti-dumping Investigations\nGROUP AND LEVEL: EX-01\nPOSITION NUMBER: 28854\n\n"
            "GENERAL ACCOUNTABILITY\nThe Director is accountable for the anti-dumping investigations programs.\n\n"
            "ORGANIZATION STRUCTURE\nThe Director, Anti-dumping Investigations reports to the Executive Director, "
            "Dangerous\nGoods Transportation, EX-02 (position 98148).\nThe following positions report directly to the "
            "incumbent: Manager,, Regional Coordination (AS-05, 17 FTEs); Manager, Policy (CS-04, 6 FTEs).\n")
    root, _ = _import(tmp_path, "Director, Anti-dumping Investigations (retyped from fax).txt", text)
    record = _record(root, "28854")
    assert record["title"] == "Director, Anti-dumping Investigations"
    assert (record["reports_to"], record["supervisor"]["title"], record["supervisor"]["classification"]) == (
        "98148", "Executive Director, Dangerous Goods Transportation", "EX-02")
    assert _reports(root, "28854", 2) == [("Manager, Regional Coordination", "AS-05", 17),
                                          ("Manager, Policy", "CS-04", 6)]


def test_a_phone_scan_s_shadow_at_a_page_s_edge(tmp_path: Path) -> None:
    """A phone's photo of a page reads the shadow at its edge as a run of marks apart from the words (``~~~``,
    ``|||``): no part of the line's words; a table's bars stay."""
    text = ("Position Title: Director, Forest Science |||\nPosition Number: 57152 ~~~\nLevel: EX-01\n\n"
            "GENERAL ACCOUNTABILITY\nDirects the forest science programs. lll\n\nORGANIZATION STRUCTURE\n"
            "The following positions report to the incumbent: Manager, Quality Assurance ~~~\n"
            "(CS-04, 22 FTEs); Manager, "
            "Finance and Administration (FI-03, 20 FTEs). |||\n")
    root, _ = _import(tmp_path, "CamScanner 22-03-2024 12.19.txt", text)
    assert _record(root, "57152")["title"] == "Director, Forest Science"
    assert _reports(root, "57152", 2) == [("Manager, Quality Assurance", "CS-04", 22),
                                          ("Manager, Finance and Administration", "FI-03", 20)]


def test_an_hr_screen_s_columns_read_a_few_at_a_time(tmp_path: Path) -> None:
    """A screen's columns as OCR read them: a few labels, then their values as many, then the next labels
    (``Position Nbr`` / ``Status`` / ``Eff Date`` / ``00067991`` / ``Active`` / ``2021-04-01``), labels of fields no
    record holds among them (``Status``, ``Dept ID``): each value its label's."""
    text = ("ISC - Position Data - 00067991\nPosition Data\nPosition Nbr\nStatus\nEff Date\n00067991\nActive\n"
            "2021-04-01\nDescr\nBusiness Unit\nDIRECTOR, EARLY LEARNING\nISC\nReports To\nDept ID\nLocation\n"
            "00058998 v Director General, Social Programs\n48828 v Early Learning\nEDM01 v Edmonton, Alberta\n"
            "Sal Plan\nGrade\nEX v\n01 v\n\nPosition Description:\nPosition Title: Director, Early Learning\n"
            "Level: EX-01\n\nGENERAL ACCOUNTABILITY\nDirects the early learning function.\n")
    root, _ = _import(tmp_path, "Screen capture 00067991.txt", text)
    record = _record(root, "00067991")
    assert (record["effective_date"], record["location"], record["reports_to"]) == (
        dt.date(2021, 4, 1), "Edmonton, AB", "00058998")
    assert record["supervisor"]["title"] == "Director General, Social Programs"


_E_FORM = """Home | My requests | Forms | Reports | Help
Signed in as Dariusz Okonkwo-Hale | Fran\u00e7ais | Sign out
Executive Work Description (EWD) e-Form
* Required field

[-] Position identification
Position title *                            [ Director, Client Contact Centre ]  (i) Enter the approved title.
Group and level *                           [ EX-01 \u25bc ]
Position status *  (\u2022) Existing  ( ) New
Position number *
[ 53476 ]
Effective date *                            [ 2022-03-17 ]

[-] Organization
Work location *                             [ Charlottetown, Prince Edward Island \u25bc ]
Incumbent                                   [ Clothilde Tremblay-Voss ]

[-] Supervisor
Reports to (search by position number or title) *[ Executive Director, Case Management Services (EX-02) ]  Change

[-] Direct reports (2)
Direct report 1 of 2
  Title: Manager, Planning and Reporting
  Group and level: PM 06
  FTEs: 12
  Remove
Direct report 2 of 2
  Title: Manager, Research
  Group and level: CO 03
  FTEs: 23
  Remove
+ Add another

[-] Dimensions
Salary budget ($) *                         [ 1,445,000.00 ]
O&M budget ($) *                            [ 632,000.00 ]

[-] General accountability
Provides leadership and strategic direction for the Client Contact Centre Division.
Characters remaining: 700

[+] History
2023-12-23 Classification changed from EX-02 to EX-01 by Idris Mwangi-Dufort
Manager approval: (\u2022) Yes ( ) No  \u2014 Perrine Lacoursi\u00e8re
[ Save draft ]   [ Submit ]   [ Cancel ]
"""


def test_a_web_form_s_page_saved_as_text(tmp_path: Path) -> None:
    """An HR portal's e-form as its page was saved: each value in its box after its label, or under it
    (``Position number *`` / ``[ 53476 ]``), a drop-down's arrow no part of it, a label's hint (``(search by ...)``)
    and help (``(i) ...``) none; sections opened by their toggle (``[-] Dimensions``); a repeating group's fields
    (``Direct report 1 of 2`` / ``Title: X``) a report; who signed in, the incumbent's box, the history and the
    manager's approval no text of a record."""
    root, written = _import(tmp_path, "Director, Client Contact Centre, portal copy.txt", _E_FORM)
    record = _record(root, "53476")
    assert (record["title"], record["classification"], record["effective_date"], record["location"]) == (
        "Director, Client Contact Centre", "EX-01", dt.date(2022, 3, 17), "Charlottetown, PE")
    assert (record["supervisor"]["title"], record["supervisor"]["classification"]) == (
        "Executive Director, Case Management Services", "EX-02")
    assert record["dimensions"] == {"salary": 1_445_000, "o_and_m": 632_000}
    assert _reports(root, "53476", 2) == [("Manager, Planning and Reporting", "PM-06", 12),
                                          ("Manager, Research", "CO-03", 23)]
    for name in ("Okonkwo", "Tremblay-Voss", "Mwangi", "Lacoursi"):
        assert name not in written


@pytest.mark.parametrize(("decision", "level", "salary", "reports"), [
    ("Decision: Approved", "EX-02", 2_422_000, [("Team Leader, Partnerships", "EC-06", 23),
                                                ("Manager, Program Delivery", "CS-04", 5)]),
    ("Decision: Not approved \u2013 current classification maintained", "EX-01", 2_353_000,
     [("Team Leader, Partnerships", "EC-06", 21), ("Senior Advisor, Risk Assessment", "BI-04", 30)]),
])
def test_a_request_s_current_and_proposed_values(tmp_path: Path, decision: str, level: str, salary: int,
                                                 reports: list) -> None:
    """A request giving each field's current and proposed value (qualified lines, a table's columns, ``From: X
    To: Y``) and its current and proposed structures: the proposed ones, the current where the proposed says no
    change (``No change / Aucun changement``, ``same``, ``—``) or the request was not approved; a report moved or
    abolished none, a new one's mark no part of its title."""
    text = ("Work Description Update / Mise \u00e0 jour de la description de travail\n\n"
            "Title / Titre (Current / Actuel): Director, Case Processing\n"
            "Title / Titre (Proposed / Propos\u00e9): No change / Aucun changement\n"
            "Position No. / No de poste (Current / Actuel): 51600\n"
            "Position No. / No de poste (Proposed / Propos\u00e9): \u2014\n"
            "Group and Level \u2014 From: EX 01   To: EX 02\n\n"
            "| Field | Existing | Proposed |\n|---|---|---|\n| Location | Saskatoon, Saskatchewan | same |\n"
            "| Salary | $2,353,000 | $2,422,000 |\n\n"
            "General accountability\nThe Director is accountable for the case processing function.\n\n"
            "Organization structure\nCurrent structure / Structure actuelle:\n"
            "- Team Leader, Partnerships (EC 06, 21 FTEs)\n- Senior Advisor, Risk Assessment (BI 04, 30 FTEs)\n"
            "Proposed structure / Structure propos\u00e9e:\n- Team Leader, Partnerships (EC 06, 23 FTEs)\n"
            "- Senior Advisor, Risk Assessment (BI 04, 30 FTEs) (moved to Executive Director, Evaluation)\n"
            f"- Manager, Program Delivery (CS 04, 5 FTEs) (new / nouveau)\n\n{decision}\n")
    root, _ = _import(tmp_path, "Director, Case Processing - current vs proposed.txt", text)
    record = _record(root, "51600")
    assert (record["title"], record["classification"], record["location"]) == (
        "Director, Case Processing", level, "Saskatoon, SK")
    assert record["dimensions"]["salary"] == salary
    assert _reports(root, "51600", 2) == reports


def test_a_ticket_s_activity_names_no_one_in_a_record(tmp_path: Path) -> None:
    """An HR service desk's ticket: its people's fields (``Opened by``, ``Assigned to``) and the names over its
    activity's entries, as a scan reads their time too (``2O23-OB-31 11:IO:04 - X (Work notes)``), no part of the
    description pasted in it."""
    text = ("Number: HRSD0034858\nOpened by: Leopold Tremblay-Osei\nAssigned to: Caspian Pelletier-Nakamura\n"
            "Short description: EX WD review\n\nDescription:\nPosition Title: Director, Network Engineering\n"
            "Position Number: 34858\nLevel: EX-01\n\nGENERAL ACCOUNTABILITY\nProvides strategic leadership for the "
            "Network Engineering program.\n\nSPECIFIC ACCOUNTABILITIES\n1. Builds partnerships with stakeholders.\n"
            "2. Manages human and financial resources.\n\nCERTIFICATION / ATTESTATION\n"
            "Classified by / Classifi\u00e9 par: Osric Desrochers    Date / Date: 2020-06-25\n\n"
            "Activities / Activit\u00e9s:\n"
            "2O23-OB-26 1O:09:31 - Leopold Tremblay-Osei (Work notes / Notes de travail)\n"
            "Ticket created from the HR portal.\n\n2023-08-27 10:37:40 - Caspian Pelletier-Nakamura (Work notes)\n"
            "Started review of the WD.\n")
    root, written = _import(tmp_path, "HRSD0034858 printout OCR.txt", text)
    assert _record(root, "34858")["title"] == "Director, Network Engineering"
    assert "Tremblay-Osei" not in written and "Pelletier-Nakamura" not in written
