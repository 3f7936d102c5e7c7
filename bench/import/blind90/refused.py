"""The documents of blind90 to refuse: things that sit in the same folders as work descriptions."""
from __future__ import annotations

import io
import zipfile

from tests.import_files import pdf_bytes

PEOPLE = {}


def _docx(paragraphs: list[str]) -> bytes:
    import datetime as dt
    import docx
    d = docx.Document()
    for p in paragraphs:
        d.add_paragraph(p)
    cp = d.core_properties
    cp.author, cp.last_modified_by = "", ""
    cp.created = cp.modified = dt.datetime(2024, 1, 15, 9, 0, 0)
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, (2024, 1, 15, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


MEMO = """MEMORANDUM / NOTE DE SERVICE / ᐅᖃᐅᓯᐅᑉ ᑎᑎᕋᖅᓯᒪᓂᖓ

TO / DESTINATAIRES:      All executives, Nunavut Regional Office / Tous les cadres, Bureau régional du Nunavut
FROM / EXPÉDITEUR:       Leesee Nakashuk, Regional Director General (A) / Directrice générale régionale p.i.
DATE:                    2024-02-05
FILE / DOSSIER:          4510-1 (EX)
SUBJECT / OBJET:         Review of EX work descriptions / Examen des descriptions de travail EX

ᐅᓪᓛᒃᑯᑦ,

As part of the department-wide review of executive work descriptions, each Director is asked
to confirm by March 1 that the work description on file reflects the current organization
(position number, supervisor, direct reports and dimensions). Please send the signed copy,
in Word or PDF, to the Human Resources Advisor, Sylvain Tremblay.

Descriptions for EX-01 and EX-02 positions in Iqaluit (ᐃᖃᓗᐃᑦ) and Rankin Inlet will be
reviewed by the regional classification committee on March 14. Positions designated for Inuit
employment under Article 23 must show the Inuit Employment Plan target in the dimensions.

Dans le cadre de l'examen ministériel des descriptions de travail des cadres, chaque directeur
ou directrice doit confirmer d'ici le 1er mars que la description au dossier reflète
l'organisation actuelle. Veuillez transmettre la copie signée au conseiller en ressources
humaines, Sylvain Tremblay.

ᖁᔭᓐᓇᒦᒃ / Thank you / Merci

Leesee Nakashuk
"""

ORG_CHART = """CANADIAN NORTHERN ECONOMIC DEVELOPMENT AGENCY - ORGANIZATION CHART
Operations Branch  (as of January 2024)

                        +--------------------------------------+
                        | Director General, Operations (EX-02) |
                        | Pauloosie Kalluk                     |
                        +--------------------------------------+
                                          |
        +---------------------------+-----+----------------------+---------------------------+
        |                           |                            |                           |
+----------------------+  +----------------------+  +------------------------+  +----------------------+
| Director, Policy and |  | Director, Territorial|  | Director, Indigenous   |  | Executive Assistant  |
| Programs, Nunavut    |  | Operations, Yukon    |  | Tourism and Economic   |  | (AS-02)              |
| (EX-01)  Iqaluit     |  | (EX-01)  Whitehorse  |  | Development (EX-01)    |  | Annie Arnatsiaq      |
| Noah Angnakak        |  | Catherine Fraser     |  | Yellowknife  (vacant)  |  |                      |
+----------------------+  +----------------------+  +------------------------+  +----------------------+
   |  Manager, Policy         |  Manager, Program
   |  and Planning (EC-07)    |  Operations (PM-06)
   |  Manager, Program        |  Manager, Tourism and
   |  Operations (PM-06)      |  Economic Development (EC-06)
   |  Senior Program          |  Manager, Finance and
   |  Officer (PM-05) x 4     |  Administration (FI-03)

FTEs: Iqaluit 38 | Whitehorse 14 | Yellowknife 21 | Ottawa policy office 9
Source: PeopleSoft, extracted 2024-01-08.  Unofficial - for planning purposes only.
"""

MINUTES = """Nunavut Wildlife Management Board - Fisheries and Oceans Canada
Bilateral meeting - Minutes
Date: November 8, 2023      Location: NWMB boardroom, Iqaluit, Nunavut (and Teams)

Present (NWMB): Jonah Qaunaq (Chair), Bernadette Kuptana (Director of Wildlife Management)
Present (DFO): Robert Lafferty (Regional Director, Fisheries Management, Arctic Region),
Hannah McLeod (Area Chief, Baffin)
Regrets: Moses Erasmus

1. Opening prayer and welcome
   The Chair welcomed participants. An opening prayer was offered by an Elder.

2. Adoption of the agenda
   Adopted as circulated.

3. Turbot allocation, Subarea 0A
   DFO presented the science advice for 2024-2025. The Board noted that Nunavut's share of
   adjacent fisheries remains below the principle of adjacency in the Nunavut Agreement.
   ACTION: DFO to provide the allocation history by January 31.

4. Narwhal total allowable harvest - Eclipse Sound
   Discussion of community consultations in Pond Inlet and Arctic Bay. The Board will hold a
   public hearing in spring 2024.

5. Next meeting
   February 2024, Iqaluit. Meeting adjourned at 16:10.

Minutes recorded by: Dorothy Sidney
"""

OFFER = [
    "Services aux Autochtones Canada – Région du Québec",
    "Québec, le 12 septembre 2023",
    "PROTÉGÉ B",
    "Madame Mélanie Desjardins",
    "Objet : Offre de nomination intérimaire – Directrice, Liaison des services de santé du Nunavik (EX-01), Kuujjuaq (Québec)",
    "Madame,",
    "J'ai le plaisir de vous offrir une nomination intérimaire au poste de directrice, Liaison des services de santé "
    "du Nunavik, classifié EX-01, poste no 40391822, à Kuujjuaq (Québec), du 2 octobre 2023 au 31 mars 2024.",
    "Votre rémunération sera établie conformément à la Directive sur les conditions d'emploi des cadres. Une indemnité "
    "de poste isolé et une indemnité de vie chère s'appliquent au lieu de travail de Kuujjuaq.",
    "Cette offre est conditionnelle au maintien de votre cote de fiabilité. Veuillez indiquer votre acceptation en "
    "signant la présente lettre et en la retournant d'ici le 22 septembre 2023.",
    "Veuillez agréer, Madame, l'expression de mes sentiments distingués.",
    "François Pelletier",
    "Directeur général régional, Région du Québec",
    "J'accepte l'offre ci-dessus : ______________________   Date : ____________",
]

PERF = """EXECUTIVE PERFORMANCE AGREEMENT 2023-2024
Parks Canada Agency - Executive Performance Management Program

Executive: Georgina Charlie
Position: Field Unit Superintendent, Yukon (EX-01)
Manager: Darrell Blondin, Executive Director, Northern Canada

Part A - Commitments
1. Deliver the Kluane National Park and Reserve co-management commitments with Champagne and
   Aishihik First Nations and Kluane First Nation (Kluane Park Management Board).
   Performance measure: management plan review completed; 100 % of board recommendations answered
   within 60 days.
2. Visitor experience: restore service at Kathleen Lake campground for the 2024 season.
3. People management: Indigenous representation in the field unit's workforce at 25 % or more;
   official languages training plans in place for all supervisors.

Part B - Leadership competencies
Mobilize people; uphold integrity and respect; collaborate with partners and stakeholders.

Mid-year review: October 2023          Year-end rating: ______________
Signature of executive: ____________   Signature of manager: ____________
"""


def REFUSED():
    PEOPLE.clear()
    docs = []

    def add(name, kind, lang, data, people):
        PEOPLE[name] = people
        docs.append((name, kind, lang, data))

    add("MEMO - EX WD review 2024 (EN-FR-ᐃᓄ).txt", "text", "bilingual", MEMO.encode("utf-8"),
        ["Leesee Nakashuk", "Sylvain Tremblay"])
    add("Lettre d'offre - intérim EX-01 Kuujjuaq - M. Desjardins.docx", "docx", "fr", _docx(OFFER),
        ["Mélanie Desjardins", "François Pelletier"])
    add("CanNor Operations org chart Jan 2024.txt", "text", "en", ORG_CHART.encode("utf-8"),
        ["Pauloosie Kalluk", "Noah Angnakak", "Catherine Fraser", "Annie Arnatsiaq"])
    add("NWMB-DFO bilateral minutes 2023-11-08.pdf", "pdf", "en", pdf_bytes([MINUTES]),
        ["Jonah Qaunaq", "Bernadette Kuptana", "Robert Lafferty", "Hannah McLeod", "Moses Erasmus", "Dorothy Sidney"])
    add("scan0042.pdf", "pdf", "en", pdf_bytes(["", "", ""]), [])
    add("Performance Agreement 2023-24 - FUS Yukon.txt", "text-cp1252", "en",
        PERF.replace("'", "’").replace("\n", "\r\n").encode("cp1252"), ["Georgina Charlie", "Darrell Blondin"])
    return docs


REFUSED.people = PEOPLE
