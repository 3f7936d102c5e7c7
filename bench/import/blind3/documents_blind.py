"""The documents of the fourth blind corpus: which position each one describes and how it is written.

Knobs (all optional; ``newest`` marks the newest of two versions) read by make_blind.py: ``fields_style`` (colon, frcolon, dots, tab, tabonly,
next, caps), ``headings`` (numbered, lettered, caps, colon, capscolon, plain), ``template``
(csr: Client Service Results / Key Activities), ``order`` of sections, ``date``, ``amounts``,
``cls``/``sup_cls`` (how EX levels are written), ``reports`` (paren, dash, semicolon, lettered,
clsfirst, sub, table, tree, arrow, prose, titles), ``fte_words``, ``dims`` (fields, total_only,
table, wide, prose), ``sup_style`` (three, line, combo, sentence, end), ``hide`` (what the document
does not state), Word options (``docx_fields``: table, merged, inline, nextpara; header, footer,
watermark), scan options (``layout``: run or lines, ``wrapper``, ``garbage``, ``footer``).
"""
from __future__ import annotations

DOCUMENTS = [
    dict(file="StatCan - Dir Census of Agriculture Ops (DRAFT v3).docx", kind="docx", pos="statcan-agcensus",
         docx_fields="merged", date="long", reports="table", dims="table", header="Statistics Canada | Statistique Canada",
         footer="PROTECTED A (when completed)", watermark="DRAFT - FOR DISCUSSION", headings="plain", signatures=True),
    dict(file="Census of Agriculture Operations - signed scan.txt", newest=True, kind="ocr", pos="statcan-agcensus", layout="run",
         wrapper=True, date="slash", cls="space", reports="paren", dims="fields", amounts="M", signatures=True,
         incumbent=True, headings="caps"),
    dict(file="HC MDD Director General WD 2019.pdf", kind="pdf", pos="hc-medical-devices", dims="wide", reports="dash",
         fte_words="fulltime", date="ordinal", cls="tight", running_header=True, footer="HC/SC 4120 (2018-06)",
         headings="numbered"),
    dict(file="CAS_FCA_Registry_Director.txt", kind="text", pos="cas-fca-registry", fields_style="dots",
         headings="numbered", reports="lettered", fte_words="employees", date="dots", sup_style="combo", dims="prose",
         amounts="Mt"),
    dict(file="NIHB Atlantic director - scan p1-3.txt", kind="ocr-columns", pos="isc-nihb-atlantic", date="dmonyy",
         cls="short", reports="paren", fte_words="fte", dims="fields", amounts="M", signatures=True, headings="caps"),
    dict(file="Rideau Canal - Director of Operations.docx", kind="docx", pos="pc-rideau", docx_fields="inline",
         reports="sub", dims="fields", amounts="cents", date="iso", loc_style="paren", sup_name=True,
         headings="colon", styled_headings=True),
    dict(file="FMF Cape Breton GM \u2013 work description.txt", kind="text-cp1252", pos="dnd-fmf-cape-breton",
         fields_style="tab", headings="lettered", sup_style="line", hide=["sup_cls", "sup_num"], reports="clsfirst",
         dims="prose", amounts="million", date="abbr"),
    dict(file="NRC ACRD - R&D Director (EX-02).docx", kind="docx", pos="nrc-aquatic-crop", template="csr",
         reports="table", dims="wide", date="slash", docx_fields="table", headings="caps"),
    dict(file="Lethbridge RDC Director 2016 scanned.txt", kind="ocr", pos="aafc-lethbridge", layout="lines",
         page_lines=30, garbage=True, reports="tree", date="long", cls="paren", signatures=True, wrapper=True,
         footer="AAFC/AAC 5012 (2011/09)", headings="numbered"),
    dict(file="CWS Pacific Regional Director.pdf", kind="pdf", pos="eccc-cws-pacific", reports="semicolon",
         dims="fields", amounts="Mt", date="dmy", compress=False, headings="caps", footer="ECCC"),
    dict(file="ACIA-CFIA Ontario Ops ED - bilingue.docx", kind="docx", pos="cfia-ontario", lang="bi",
         reports="table", dims="table", date="iso", docx_fields="table", headings="plain",
         header="Canadian Food Inspection Agency / Agence canadienne d'inspection des aliments"),
    dict(file="NML Biosafety Director.txt", kind="text", pos="phac-biosafety", fields_style="next", headings="colon",
         reports="dash", fte_words="staff", dims="total_only", amounts="Mt", date="ordinal"),
    dict(file="Warden Drumheller Institution - OCR 2014.txt", kind="ocr", pos="csc-drumheller", layout="run",
         cls="space", reports="prose", dims="prose", amounts="M", date="long", incumbent=True, signatures=True,
         headings="caps"),
    dict(file="SC Centres Northern Ontario - Director.docx", kind="docx", pos="esdc-northern-ontario",
         docx_fields="nextpara", reports="arrow", fte_words="fte", dims="fields", amounts="comma", date="dmonyy",
         watermark="\u00c9BAUCHE / DRAFT", footer="Page 1 of 4", headings="numbered"),
    dict(file="TC - Directeur r\u00e9gional Aviation civile Qu\u00e9bec.docx", kind="docx", pos="tc-aviation-quebec",
         docx_fields="merged", reports="table", dims="table", date="le", headings="caps",
         header="Transports Canada | Transport Canada"),
    dict(file="Aviation civile QC - num\u00e9ris\u00e9 sign\u00e9.txt", newest=True, kind="ocr", pos="tc-aviation-quebec", layout="lines",
         date="fr", amounts="frM", reports="paren", wrapper=True, footer="TC 26-0123 (05-2017)", signatures=True,
         headings="numbered", page_lines=34),
    dict(file="DFO FWI Regional Director Science.pdf", kind="pdf", pos="dfo-freshwater", reports="paren",
         fte_words="employees", dims="fields", amounts="M", date="long", sup_style="line", headings="lettered",
         footer="Fisheries and Oceans Canada"),
    dict(file="PCH_DG_Programmes_appui_langues_officielles.txt", kind="text", pos="pch-official-languages",
         fields_style="frcolon", headings="numbered", reports="dash", fte_words="effectif", dims="fields",
         amounts="frspace", date="le"),
    dict(file="PPSC North - Director Corp Services (new position).docx", kind="docx", pos="ppsc-corporate",
         reports="titles", dims="fields", amounts="K", date="abbr", docx_fields="table", headings="caps"),
    dict(file="SST Registry Services Director \u2013 bilingue.txt", kind="text-cp1252", pos="atssc-sst-registry",
         lang="bi", reports="paren", dims="fields", amounts="comma", date="slash", headings="plain"),
    dict(file="FJA Judges Compensation Director OCR.txt", kind="ocr-columns", pos="fja-compensation",
         reports="semicolon", dims="fields", amounts="cents", date="dots", headings="caps"),
    dict(file="CRTC Director Broadcasting Policy EN-FR.txt", kind="text", pos="crtc-broadcasting", lang="en",
         copies="en+fr", headings="caps", reports="paren", dims="fields", date="long"),
    dict(file="CRTC - Directeur, Politiques de radiodiffusion.docx", kind="docx", pos="crtc-broadcasting", as_fr=True,
         date="fr", reports="dash", fte_words="etp", dims="table", docx_fields="table", headings="plain"),
    dict(file="IOGC Executive Director & CEO.pdf", kind="pdf", pos="iogc-executive", reports="lettered",
         fte_words="staff", dims="prose", amounts="Mt", date="dmy", headings="numbered", footer="IOGC - Confidential"),
    dict(file="FNIHB MB Primary Care Nursing Director - scan.txt", kind="ocr", pos="isc-nursing-manitoba",
         layout="run", wrapper=True, reports="sub", dims="fields", amounts="M", date="iso", incumbent=True,
         signatures=True, garbage=True, headings="caps"),
    dict(file="ADM(HR-Civ) Director Civilian Learning & PD.docx", kind="docx", pos="dnd-civilian-learning",
         docx_fields="inline", template="csr", reports="paren", fte_words="fte", dims="table", date="long",
         header="NATIONAL DEFENCE | D\u00c9FENSE NATIONALE", headings="plain"),
    dict(file="Canaux historiques du Qu\u00e9bec - directeur (scan).txt", kind="ocr", pos="pc-canaux-quebec",
         layout="lines", reports="lettered", fte_words="employes", dims="prose", amounts="frM", date="mois",
         headings="caps", footer="Parcs Canada - Description de travail"),
    dict(file="Collecte R\u00e9gion de l'Est - Directeur r\u00e9gional.docx", kind="docx", pos="statcan-collection-est",
         docx_fields="nextpara", reports="tree", dims="wide", date="dmy", headings="numbered"),
    dict(file="DG Statistique sociale et autochtone.pdf", kind="pdf", pos="statcan-social-dg", reports="paren",
         fte_words="etp", dims="fields", amounts="frcents", date="fr", headings="caps", running_header=True,
         footer="STC/SC - Description de travail"),
    dict(file="Radiation Protection Bureau - Director (EX-02).txt", kind="text", pos="hc-radiation",
         fields_style="caps", headings="capscolon", reports="table", table_style="pipes", dims="fields", amounts="M",
         date="abbr"),
    dict(file="ASPC - Directeur r\u00e9gional Qu\u00e9bec.txt", kind="text-cp1252", pos="phac-quebec",
         fields_style="frcolon", reports="prose", fte_words="etp", dims="fields", amounts="fk", date="le",
         headings="colon"),
    dict(file="SATJ CCI Directeur services judiciaires.docx", kind="docx", pos="cas-tax-court", docx_fields="merged",
         reports="paren", fte_words="effectif", dims="fields", amounts="frspace", date="fr", sup_style="line",
         headings="caps"),
    dict(file="ISC Education ED - bilingual form.docx", kind="docx", pos="isc-education", lang="bi", bi_title="rows",
         reports="table", dims="table", date="iso", docx_fields="table", headings="plain"),
    dict(file="\u00c9ducation primaire et secondaire - DE - num\u00e9ris\u00e9.txt", kind="ocr", pos="isc-education",
         as_fr=True, layout="run", date="le", amounts="frM", reports="paren", fte_words="etp", headings="caps"),
    dict(file="Northern Contaminated Sites Program Director.docx", kind="docx", pos="cirnac-contaminated",
         docx_fields="inline", reports="lettered", dims="fields", amounts="M", date="slash", sup_style="end",
         signatures=True, headings="numbered"),
    dict(file="MSC Prairie & Northern Monitoring Ops - scan.txt", kind="ocr-columns", pos="eccc-msc-north",
         reports="dash", fte_words="fulltime", dims="fields", amounts="comma", date="ordinal", headings="caps"),
    dict(file="CRD Saint-Hyacinthe - Directeur (2022).docx", kind="docx", pos="aafc-st-hyacinthe", docx_fields="table",
         reports="sub", dims="prose", amounts="frspace", date="le", sub_bullets=True, headings="plain"),
    dict(file="GSC Atlantic Director.txt", kind="text", pos="nrcan-gsc-atlantic", fields_style="tabonly",
         reports="clsfirst", dims="wide", date="iso", headings="caps"),
    dict(file="Area Director South Coast NL.docx", kind="docx", pos="dfo-area-south-coast", docx_fields="table",
         reports="prose", dims="fields", amounts="M", date="long", sup_name=True, headings="plain"),
    dict(file="Traitement AE Qu\u00e9bec - Directeur - OCR.txt", kind="ocr", pos="esdc-ei-quebec", layout="lines",
         reports="table", dims="fields", amounts="frspace", date="fr", signatures=True, headings="numbered"),
    dict(file="INFC Director International Bridge Oversight (TBD).docx", kind="docx", pos="infc-bridges",
         reports="paren", dims="fields", amounts="Mt", date="ordinal", docx_fields="merged", headings="caps"),
    dict(file="Directeur de district Qu\u00e9bec-Est et Nord.pdf", kind="pdf", pos="csc-parole-quebec", reports="dash",
         fte_words="effectif", dims="fields", amounts="frM", date="dmy", headings="numbered", footer="SCC/CSC"),
    dict(file="CFIA Ontario Operations ED - 2015 final.txt", newest=True, kind="text-cp1252", pos="cfia-ontario", lang="en",
         reports="lettered", fte_words="ftes", dims="fields", amounts="M", date="long", headings="lettered",
         sup_style="sentence"),
    dict(file="MDD DG - work description (signed).docx", newest=True, kind="docx", pos="hc-medical-devices", template="csr",
         reports="sub", dims="fields", amounts="M", date="long", signatures=True, docx_fields="table",
         styled_headings=True, headings="plain"),
]


def REFUSALS() -> list[tuple[dict, bytes]]:  # noqa: N802 - a constant made on demand (it needs python-docx)
    """Documents that are not work descriptions, or not readable: (spec, bytes)."""
    from make_blind import new_docx, pdf_document, save_docx

    poster = """Jobs.gc.ca - Job Opportunity

Director, Field Operations (EX-01)
Parks Canada Agency - Western and Northern Service Centre
Calgary (Alberta)
Selection process number: 24-PCA-WNSC-EA-0311
Closing date: 15 March 2024 - 23:59, Pacific Time
Who can apply: Persons residing in Canada and Canadian citizens residing abroad.
Salary: $132,000 to $155,000

Duties
Lead field operations across the service centre's engineering, realty and environmental
assessment projects. Direct a team of project managers.

Essential qualifications
- Graduation with a degree from a recognized post-secondary institution
- Significant experience managing multidisciplinary operations

Apply online. Persons are entitled to participate in the appointment process in the official
language of their choice. We thank all those who apply.
"""
    memo = new_docx()
    memo.add_paragraph().add_run("MEMORANDUM / NOTE DE SERVICE").bold = True
    for line in ["To: Regional Management Committee", "From: Regional HR Advisor, Corporate Services",
                 "Subject: Proposed organization chart - Science Branch, Pacific (for discussion)",
                 "Date: 2023-10-17", "",
                 "Further to last week's meeting, the options for the new org chart are summarized below.",
                 "Option A: RDS -> Director, Aquatic Ecosystems (EX-01); Director, Stock Assessment (EX-01)",
                 "Option B: keep the three divisions and add a Senior Advisor (EC-07) reporting directly to the RDS.",
                 "Costing is in the attached workbook. No work description has been written yet; classification "
                 "will be asked once an option is chosen.", "Action: members to send comments by 31 October."]:
        memo.add_paragraph(line)
    letter = ["Le 12 juin 2023", "", "Madame Ysolde Marchand-Okonkwo", "", "Objet : Offre de nomination int\u00e9rimaire",
              "", "Madame,", "J'ai le plaisir de vous offrir une nomination int\u00e9rimaire au poste de directrice,",
              "Services r\u00e9gionaux (EX-01), du 3 juillet au 29 d\u00e9cembre 2023, \u00e0 Moncton",
              "(Nouveau-Brunswick). Votre r\u00e9mun\u00e9ration sera fix\u00e9e conform\u00e9ment \u00e0 la politique",
              "sur les conditions d'emploi des cadres.", "Veuillez signer et retourner une copie de la pr\u00e9sente.",
              "", "Veuillez agr\u00e9er, Madame, mes salutations distingu\u00e9es.", "", "Corbin Lestrange-Aubut",
              "Directeur g\u00e9n\u00e9ral r\u00e9gional"]
    letter_pdf = pdf_document([[(72, 720 - 14 * i, line) for i, line in enumerate(letter)]], compress=True)
    garbage = ("--- Full Extracted Text ---\n"
               "l' ,. -~ I1l ; :. ' ,i ' .' -- ' /, l '' ; ~ ..  ,  '\nI1 ' ;, ~~ - ..' l ;\n"
               ".. ' ,. ~ ' I / / l1 \u00b0 '' ,, ; : .\n2O1  ' ~ .. l' :\n, '. -~- ' ; ;, l I\n")
    empty = new_docx()
    return [
        (dict(file="Job poster - Director Field Operations WNSC.txt", kind="text", language="en",
              why="a job poster, not a work description"), poster.encode("utf-8")),
        (dict(file="Org chart options - Science Pacific (memo).docx", kind="docx", language="bilingual",
              why="org-chart notes in a memo"), save_docx(memo)),
        (dict(file="Lettre d'offre - nomination int\u00e9rimaire.pdf", kind="pdf", language="fr",
              why="a letter of offer", people=["Ysolde Marchand-Okonkwo", "Corbin Lestrange-Aubut"]), letter_pdf),
        (dict(file="scan_0097.txt", kind="ocr", language="en", why="a scan with no readable text"),
         garbage.encode("utf-8")),
        (dict(file="Work description template (blank).docx", kind="docx", language="en", why="an empty Word file"),
         save_docx(empty)),
    ]
