"""The documents of blind93 to refuse: things that sit in the same folders as work descriptions."""
import random

WRAPPER = "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n"


def _doc(name, kind, lang, people):
    return dict(document=name, kind=kind, language=lang, outcome="refuse", fields=None, not_stated=[], also=None,
                people=people, versions=None)


MEMO = """Fisheries and Oceans Canada        Pêches et Océans Canada
MEMORANDUM                          NOTE DE SERVICE
TO: Regional Directors General and Directors General, Ecosystems and Oceans Science
FROM: Lucienne Arsenault-Boyd, Director, Executive Group Services
SUBJECT: Update of EX work descriptions before the 2O2I classification review
DATE: February I2, 2O2I                    FILE: 7O55-2O-3

l. As you know, the Treasury Board Secretariat requires that every EX work description be
reviewed at least every five years. A number of descriptions in your sectors, including
positions 4I872 (EX-O1), 4I873 (EX-O1) and 39OO5 (EX-O2), were last classified in 2Ol4.
2. Please have the descriptions updated using the current template (General Accountability,
Organization Structure, Nature and Scope, Dimensions, Specific Accountabilities) and send
them, signed, to the Executive Group Services mailbox by March 3I.
3. The Dimensions section must reflect the 2O2O-2l Main Estimates: salary, O&M and the
number of FTEs. Do not include the names of incumbents in the descriptions.
| 4. Questions may be directed to Gord Pettigrew, Senior Classification Advisor, at 6l3-555-O192.

Lucienne Arsenault-Boyd
c.c.: Nadia Ferreira-Quist, Director General, Human Resources
                                                              Page 1 of 1
"""

LETTER = """Statistique Canada\r
Direction des ressources humaines\r
\r
Le 14 septembre 2021\r
\r
PROTÉGÉ B (une fois rempli)\r
\r
Madame Véronique Tessier-Blais\r
Statistique Canada\r
Ottawa (Ontario)\r
\r
Objet : Offre de nomination intérimaire – Directrice, Division de la statistique du travail (EX-01)\r
\r
Madame,\r
\r
Au nom de Statistique Canada, j’ai le plaisir de vous offrir une nomination intérimaire au poste de\r
Directrice, Division de la statistique du travail, classifié EX-01, poste no 61844, du 1er octobre 2021\r
au 31 mars 2022. Votre rémunération sera établie conformément à la Politique sur les conditions\r
d’emploi des cadres supérieurs, dans l’échelle salariale de 120 100 $ à 141 300 $.\r
\r
Cette nomination est faite en vertu de la Loi sur l’emploi dans la fonction publique. Vous continuerez\r
de relever du Directeur général, Statistique sociale. Vous devrez conclure une entente de rendement\r
dans les 30 jours suivant votre entrée en fonction.\r
\r
Veuillez signer et retourner une copie de la présente lettre au plus tard le 24 septembre 2021.\r
\r
Veuillez agréer, Madame, l’expression de mes sentiments distingués.\r
\r
\r
Raymond Gauthier-Lemay\r
Directeur général, Statistique sociale\r
\r
J’accepte l’offre de nomination intérimaire décrite ci-dessus.\r
\r
Signature : ______________________   Date : __________\r
            Véronique Tessier-Blais\r
"""

PERF_P1 = """Executive Performance Agreement / Entente de rendement de cadre
Fiscal Year 2022-23
Name: Desmond Okafor-Reid
Position: Executive Director, Aviation Security Programs (EX-02)
Position Number: 53117
Supervisor: Director General, Aviation Security - Hélène Marchessault
Organization: Transport Canada, Safety and Security

PART 1 - COMMITMENTS
Commitment 1 - Policy and Program Results
Key results: Complete the regulatory review of the screening program and present the
proposal to the Transport Canada Executive Management Committee by December 31, 2022.
Performance measures: proposal approved; consultations with airport operators completed.

Commitment 2 - Management Results
Key results: Reduce the vacancy rate of the directorate from 14% to under 8%; complete
mandatory training; implement the official languages action plan.

Commitment 3 - Leadership Competencies
Create vision and strategy; mobilize people; uphold integrity and respect; collaborate
with partners and stakeholders; promote innovation and guide change; achieve results.
"""
PERF_P2 = """PART 2 - MID-YEAR REVIEW
Discussion held on: October 27, 2022
Comments: On track for commitments 1 and 3; staffing actions under way.

PART 3 - YEAR-END ASSESSMENT
Rating: Succeeded / Réussi
Executive: Desmond Okafor-Reid              Date: 2023-05-02
Supervisor: Hélène Marchessault             Date: 2023-05-04

Protected B when completed / Protégé B une fois rempli          Page 2 of 2
"""

ORG = """PUBLIC SAFETY CANADA - EMERGENCY MANAGEMENT AND PROGRAMS BRANCH
ORGANIZATION CHART - MAY 2O2I
                       Assistant Deputy Minister
                       Emergency Management and Programs
                       Trevor Lindqvist  EX-O5
                                  |
        ---------------------------------------------------------
        |                          |                            |
  Director General            Director General            Director General
  EM Policy and Programs      Government Operations       Regional Operations
  Anjali Desrochers EX-O3     Centre                      Bruno Castonguay EX-O3
        |                     Fiona MacKinnon EX-O3              |
  ------------------               |                     Regional Directors (5)
  |                |          Executive Director          Atlantic | Quebec |
  Director         Director   GOC                         Ontario | Prairies |
  EM Policy        Recovery   Marcus Ellwood EX-O2        Pacific
  Paul Ste-Croix   Programs        |                     EX-OI (x5)
  EX-OI            vacant     Senior Watch Officers
                   EX-OI      PM-O5 (I2)
  Manager, Policy Dev. EC-O7 (6)
  Sr Policy Advisors EC-O6 (4)

  HR Business Partner: Gisele Boudreau  |  Last updated 2O2I-O5-I7
"""


def noise(rng):
    chars = "~;:!|il1I.,'`-_=^*%#@&()[]{}/\\ ae0Orn"
    lines = []
    for _ in range(44):
        n = rng.randint(8, 70)
        s = "".join(rng.choice(chars) for _ in range(n))
        if rng.random() < 0.08:
            s = s[:10] + rng.choice([" EX-0", " Dir ct r", " Canad", " Pos t on", " 2O1"]) + s[10:]
        lines.append(s)
    return "\n".join(lines) + "\n"


def write(corpus, pdf_bytes):
    out = []
    (corpus / "Memo - EX work descriptions update (DFO).txt").write_text(WRAPPER + MEMO, encoding="utf-8", newline="\n")
    out.append(_doc("Memo - EX work descriptions update (DFO).txt", "ocr", "en",
                    ["Lucienne Arsenault-Boyd", "Gord Pettigrew", "Nadia Ferreira-Quist"]))
    name = "Lettre d'offre - nomination intérimaire EX-01 (signée).txt"
    (corpus / name).write_bytes(LETTER.encode("cp1252"))
    out.append(_doc(name, "text-cp1252", "fr", ["Véronique Tessier-Blais", "Raymond Gauthier-Lemay"]))
    name = "Performance Agreement 2022-23 - ED Aviation Security.pdf"
    (corpus / name).write_bytes(pdf_bytes([PERF_P1, PERF_P2]))
    out.append(_doc(name, "pdf", "en", ["Desmond Okafor-Reid", "Hélène Marchessault"]))
    name = "Org chart - EMPB Public Safety May 2021.txt"
    (corpus / name).write_text(ORG, encoding="utf-8", newline="\n")
    out.append(_doc(name, "ocr", "en", ["Trevor Lindqvist", "Anjali Desrochers", "Bruno Castonguay", "Fiona MacKinnon",
                                        "Marcus Ellwood", "Paul Ste-Croix", "Gisele Boudreau"]))
    name = "scan0017.txt"
    (corpus / name).write_text(WRAPPER + noise(random.Random("93:noise")), encoding="utf-8", newline="\n")
    out.append(_doc(name, "ocr", "en", []))
    name = "Scan_2019-03-14_DFO_EX02.pdf"
    (corpus / name).write_bytes(pdf_bytes(["", "", ""]))
    out.append(_doc(name, "pdf", "en", []))
    return out
