"""The documents of blind96 that are not work descriptions and must be refused: things that sit in
the same folders, several of them full of 'reports to' wording. documents(rng) yields
(file name, bytes, kind, language, people)."""
from __future__ import annotations

import random

from make_blind import fixed_zip, pdf_bytes

MEMO = """MEMORANDUM / NOTE DE SERVICE

TO:        All Directors, Corporate Services Branch
FROM:      Brigitte Lemay-Sauriol, Assistant Deputy Minister, Corporate Services
DATE:      March 14, 2023
FILE:      4500-12-EX
SUBJECT:   Changes to reporting relationships, effective April 1, 2023

Further to the Executive Committee's decision of February 27, I am writing to confirm the
following changes to reporting relationships in the Branch, effective April 1, 2023:

  - The Director, Accounting Operations (EX-01, position 45102) will report to the
    Director General, Financial Management and Deputy Chief Financial Officer (EX-03,
    position 40077) instead of the Director General, Corporate Planning.
  - The Director, Security and Emergency Management (EX-01, position 45318) will report
    to the Chief Security Officer and Director General, Integrated Security (EX-02).
  - The Executive Director, Real Property (EX-02) will continue to report to me.

Work descriptions will be updated by the Classification unit; no change to classification
levels is expected. Managers are asked to share this information with their teams.

Questions may be addressed to Owen Pelletier, Senior Classification Advisor, at 613-555-0142.

Brigitte Lemay-Sauriol
Assistant Deputy Minister, Corporate Services
"""

MINUTES = """EX CLASSIFICATION REVIEW COMMITTEE
Minutes of the meeting of November 9, 2022, 13:30-15:00, Room 7A-201 / MS Teams

Present: Sandra Kowalczyk (Chair, Director General, Human Resources), Michel Aubin
(Director, Organization and Classification), Grace Liu (Senior Classification Advisor),
Thomas Brennan (Director General, Strategic Policy), Nadia Belkacem (Secretary)
Regrets: Vincent Laroche

1. Adoption of the agenda
   The agenda was adopted as presented.

2. Director, Data Governance and Privacy (position 51207, EX-01, new)
   The Committee reviewed the proposed work description. The position would report to the
   Director General, Enterprise Data and Analytics (EX-03). Members noted that the
   dimensions (18 FTEs, salary $1,950,000, O&M $240,000) support an EX-01 rating.
   Decision: EX-01 confirmed, effective date to be the date of signature.

3. Executive Director, Regional Operations (position 50982, EX-02, reclassification)
   Request deferred: the supervisor's work description (Regional Director General, EX-03)
   must be updated first. Action: Michel Aubin to follow up with the region by December 2.

4. Benchmark alignment for the EX-01 Director positions in the regions
   Grace Liu presented the comparison with the TBS EX benchmark positions. Discussion.

5. Next meeting: December 14, 2022.

Minutes approved by: Sandra Kowalczyk, Chair
"""

OFFER = [
    "Agence du revenu du Canada",
    "PROTÉGÉ B une fois rempli",
    "Le 3 octobre 2023",
    "Madame Catherine Lévesque-Morin",
    "Objet : Offre de nomination intérimaire - Directrice, Centre fiscal de Jonquière (EX-01)",
    "Madame,",
    "J'ai le plaisir de vous offrir une nomination intérimaire au poste de Directrice, Centre fiscal de "
    "Jonquière, classifié au groupe et au niveau EX-01, poste no 30447, à Jonquière (Québec), du 16 octobre "
    "2023 au 15 avril 2024.",
    "Dans ce poste, vous relèverez du sous-commissaire, Région du Québec (EX-04). Votre rémunération sera "
    "établie conformément à la Directive sur les conditions d'emploi des cadres supérieurs, dans l'échelle "
    "salariale de 128 500 $ à 151 200 $.",
    "Les autres conditions d'emploi demeurent inchangées. Veuillez confirmer votre acceptation de la présente "
    "offre en signant ci-dessous et en retournant une copie d'ici le 10 octobre 2023.",
    "Je vous prie d'agréer, Madame, l'expression de mes sentiments distingués.",
    "Gilles Beauregard",
    "Sous-commissaire, Région du Québec",
    "J'accepte l'offre de nomination intérimaire aux conditions énoncées.",
    "Signature : Catherine Lévesque-Morin          Date : 2023-10-05",
]

PERF = [
    ("h", "EXECUTIVE PERFORMANCE AGREEMENT 2023-2024"),
    ("f", [("Executive", "Julie Tremblay"), ("Position title", "Director, Client Contact Centres, Atlantic"),
           ("Level", "EX-01"), ("Position number", "62290"),
           ("Supervisor", "Ian MacPherson, Director General, Citizen Service Channels (EX-03)"),
           ("Performance cycle", "April 1, 2023 to March 31, 2024")]),
    ("h", "Part 1 - Commitments"),
    ("t", [["Commitment", "Performance measures", "Weight"],
           ["Meet the published service standard for calls answered within 10 minutes", "80% of calls answered within standard", "30%"],
           ["Implement the new call-routing platform in the four Atlantic centres", "Deployed by December 2023, no service interruption", "25%"],
           ["Reduce the backlog of callbacks", "Backlog below 2,000 by Q4", "20%"],
           ["Leadership commitments: wellness, diversity and inclusion, official languages", "Pulse survey results; EE representation", "25%"]]),
    ("h", "Part 2 - Mid-year review"),
    ("p", "Discussed on October 18, 2023. Progress on track; the platform deployment is one month behind "
          "schedule due to procurement delays."),
    ("h", "Part 3 - Year-end assessment"),
    ("p", "Rating: Succeeded. The executive met or exceeded most commitments."),
    ("p", "Executive: Julie Tremblay          Date: 2024-04-22"),
    ("p", "Supervisor: Ian MacPherson          Date: 2024-04-24"),
]

ORGCHART = [
    "FINANCE BRANCH / DIRECTION GÉNÉRALE DES FINANCES",
    "Organizational Chart / Organigramme - April / avril 2023",
    "",
    "                      Chief Financial Officer / Dirigeant principal des finances",
    "                      Amira Saleh  -  EX-04  -  40001",
    "                                      |",
    "        -----------------------------------------------------------------",
    "        |                              |                                |",
    "  DG, Financial Management       DG, Resource Management        Executive Director,",
    "  and Deputy CFO / DG, Gestion   and Planning / DG, Gestion     Internal Controls /",
    "  financière et DPAF             des ressources et planification  Directeur exécutif,",
    "  EX-03  40077                   EX-03  40080                   Contrôles internes",
    "  Paul-André Girard              Deborah Nkemelu                EX-02  40091",
    "                                                                 (vacant)",
    "        |                              |",
    "  Director, Accounting           Director, Financial Planning",
    "  Operations  EX-01  45102       EX-01  45120",
    "  Director, Financial Policy     Director, Costing Centre of",
    "  EX-01  45130                   Expertise  EX-01  45141",
    "",
    "Prepared by Organization and Classification / Préparé par Organisation et classification",
]


def _docx(paras: list, table_rows=None) -> bytes:
    import io
    import datetime as dt
    from docx import Document
    doc = Document()
    cp = doc.core_properties
    cp.author = ""
    cp.last_modified_by = ""
    cp.created = dt.datetime(2023, 1, 1)
    cp.modified = dt.datetime(2023, 1, 1)
    cp.revision = 1
    for kind, val in paras:
        if kind == "h":
            doc.add_paragraph().add_run(val).bold = True
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "f":
            t = doc.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for a, b in val:
                c = t.add_row().cells
                c[0].text, c[1].text = a, b
        elif kind == "t":
            t = doc.add_table(rows=0, cols=len(val[0]))
            t.style = "Table Grid"
            for r in val:
                c = t.add_row().cells
                for i, v in enumerate(r):
                    c[i].text = v
    buf = io.BytesIO()
    doc.save(buf)
    return fixed_zip(buf.getvalue())


def _scan_stream(rng: random.Random) -> bytes:
    """A page drawn as grey speckles and two dark bands, like a scanned page without OCR."""
    ops = ["0.85 g 0 0 595 842 re f"]
    for _ in range(400):
        x, y, w, h = rng.randint(30, 560), rng.randint(30, 810), rng.randint(1, 40), rng.randint(1, 3)
        ops.append(f"0.{rng.randint(1, 6)} g {x} {y} {w} {h} re f")
    ops += ["0.2 g 40 760 515 18 re f", "0.3 g 40 120 300 10 re f"]
    return "\n".join(ops).encode("ascii")


def documents(rng: random.Random):
    yield ("Memo - changes to reporting relationships, Corporate Services Branch.txt",
           MEMO.encode("utf-8"), "text", "en", ["Brigitte Lemay-Sauriol", "Owen Pelletier"])
    yield ("Minutes - EX Classification Review Committee 2022-11-09.txt",
           MINUTES.replace("'", "\u2019").replace("\n", "\r\n").encode("cp1252"), "text-cp1252", "en",
           ["Sandra Kowalczyk", "Michel Aubin", "Grace Liu", "Thomas Brennan", "Nadia Belkacem", "Vincent Laroche"])
    yield ("Lettre d'offre - nomination intérimaire EX-01 (signée).docx",
           _docx([("p", x) for x in OFFER]), "docx", "fr", ["Catherine Lévesque-Morin", "Gilles Beauregard"])
    yield ("Performance Agreement 2023-24 - J. Tremblay FINAL.docx", _docx(PERF), "docx", "en",
           ["Julie Tremblay", "Ian MacPherson"])
    yield ("Organigramme - Org chart Finance Branch April 2023.pdf", pdf_bytes(["\n".join(ORGCHART)]), "pdf",
           "bilingual", ["Amira Saleh", "Paul-André Girard", "Deborah Nkemelu"])
    yield ("scan_20230412_0007.pdf", pdf_bytes([_scan_stream(rng), _scan_stream(rng)]), "pdf", "en", [])
