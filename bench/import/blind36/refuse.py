"""The five documents of blind36 to refuse: what a records folder holds besides work descriptions."""
from __future__ import annotations

import io
import random

from tests.import_files import pdf_bytes


def _fax() -> bytes:
    return """--- Full Extracted Text ---
FISHERIES AND OCEANS  /  PECHES ET OCEANS
FACSIMILE TRANSMISSION / TRANSMISSION PAR TELECOPIEUR
TO / DEST. :  Classification Unit, Regional HQ            FAX: (9O2) 426-55l7
FROM / EXP. : Staffing, Area Office                        DATE: 1997-O3-I4
PAGES (incl. cover) : 4
RE / OBJET : EX position file - please see attached; original to follow by mail
Message: Attached is the signed copy requested by your office. Please call if any page
is illegible.  Thanks
CONFIDENTIALITY: This transmission is intended only for the addressee ...
        ~ rec'd  14/3  ok
""".encode("utf-8")


def _poster_pdf() -> bytes:
    text = """Agence des services frontaliers du Canada
AVIS DE POSSIBILITÉ D'EMPLOI - Processus de sélection 2012-CBS-EA-QUE-0123
Directeur / Directrice de district (EX-01)
Ville : Montréal (Québec)   Traitement : 94 100 $ à 110 700 $
Qui peut postuler : les personnes résidant au Canada et les citoyens canadiens résidant à l'étranger.
Qualifications essentielles : diplôme d'un établissement postsecondaire reconnu; expérience de la gestion
de ressources humaines et financières; expérience de la prestation de services dans un environnement opérationnel.
Compétences clés en leadership : valeurs et éthique, réflexion stratégique, engagement, excellence en gestion.
Date limite : le 30 mars 2012. Postulez en ligne.
Nous remercions tous ceux et celles qui poseront leur candidature."""
    return pdf_bytes([text])


def _claim_docx() -> bytes:
    from docx import Document
    import datetime as dt
    from make_blind import fixed_zip
    doc = Document()
    cp = doc.core_properties
    cp.author, cp.created, cp.modified, cp.revision = "Finance", dt.datetime(2006, 1, 1), dt.datetime(2006, 1, 1), 1
    doc.add_heading("Travel Expense Claim / Demande de remboursement des frais de voyage", level=1)
    t = doc.add_table(rows=0, cols=2)
    for k, v in [("Traveller / Voyageur", "Regional Director, Surface Transportation Safety"), ("Trip / Voyage", "Sarnia - Ottawa"),
                 ("Dates", "2006-05-08 to 2006-05-10"), ("Accommodation / Hébergement", "$412.50"),
                 ("Meals and incidentals / Repas et faux frais", "$187.35"), ("Total claimed / Total réclamé", "$599.85"),
                 ("Financial coding / Codage financier", "1234-56789-0021")]:
        c = t.add_row().cells
        c[0].text, c[1].text = k, v
    doc.add_paragraph("I certify that the expenses claimed were incurred on government business.")
    raw = io.BytesIO()
    doc.save(raw)
    return fixed_zip(raw.getvalue())


def _minutes() -> bytes:
    return """EXECUTIVE CLASSIFICATION COMMITTEE - RECORD OF DECISIONS
Meeting of November 18, 2009 - Regional Headquarters, Boardroom 4B

Present: Chair (Director General, Human Resources), two EX members, classification advisor (secretary)

1. Adoption of the agenda - adopted.
2. Review of three EX-01 requests from the Prairie Region. Committee asked for revised organization
   charts before rating; files returned to the branch.
3. Benchmark relativity - the committee compared the Atlantic requests against the EX-01 regional
   operations benchmarks and agreed to defer its decision to the January meeting.
4. Next meeting: January 20, 2010.

Action items: Secretary to circulate revised charts; branches to confirm budgets by December 15.
""".encode("utf-8")


def _noise() -> bytes:
    rng = random.Random("blind36-noise")
    chars = "il1|!.,:;'`~-_=^\"ImnrwWvV/\\()[]{}oO0#%&* "
    lines = ["".join(rng.choice(chars) for _ in range(rng.randint(20, 75))) for _ in range(40)]
    return ("--- Full Extracted Text ---\n" + "\n".join(lines) + "\n").encode("utf-8")


def documents() -> list[tuple[str, str, str, bytes]]:
    return [("fax cover - EX file 1997.txt", "ocr", "bi", _fax()),
            ("Avis de possibilité d'emploi - Directeur de district.pdf", "pdf", "fr", _poster_pdf()),
            ("Travel claim - May 2006.docx", "docx", "bi", _claim_docx()),
            ("ECC record of decisions 2009-11-18.txt", "text", "en", _minutes()),
            ("scan 0042 (illegible).txt", "ocr", "en", _noise())]
