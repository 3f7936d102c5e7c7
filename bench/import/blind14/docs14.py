"""The documents of the blind14 corpus: which position, which format and language, and how each
was laid out, written and damaged. Five documents to refuse are at the end."""

O1 = ["ga", "org", "ns", "dims", "acts", "cert"]
O2 = ["ga", "ns", "org", "dims", "acts", "cert"]
O3 = ["ga", "acts", "org", "dims", "ns", "cert"]
O4 = ["ga", "org", "dims", "acts", "ns", "cert"]
O5 = ["ns", "ga", "org", "acts", "dims", "cert"]
O6 = ["org", "ga", "ns", "acts", "dims", "cert"]
CSR = ["results", "acts", "resp", "skill", "effort", "wc", "cert"]

DOCS = [
    # ---------------- Atlantic ----------------
    dict(key="acoa-peninsule", file="DT Directeur Bureau Péninsule acadienne - signée.txt", fmt="ocr", lang="fr",
         header="boxes", heads="caps-noacc", order=O1, reports="paren", dims="list", sup="fields", date="slash",
         amt="cents", cls="space", loc="abbr", damage=3, wrapper=True, extras=["langprof", "incumbent"],
         stamps=[(1, "REÇU - RH RÉGION DU N.-B.  2021-07-02"), (2, "COPIE CONFORME")], signature_scribble=True,
         sign_date="2021-06-28", page_header=2),
    dict(key="dfo-golfe", file="Description de travail - Directrice régionale, Gestion des pêches (Golfe).docx",
         fmt="docx", lang="fr", header="table", heads="num", order=O2, reports="table", dims="table",
         sup="fields", date="long", amt="M", cls="dash", loc="paren", extras=["security"], word_headings="style",
         list="num", word_header="Pêches et Océans Canada - Région du Golfe"),
    dict(key="ccg-mcts", file="MCTS Superintendent Atlantic scan 2019.txt", fmt="ocr", lang="en", header="inline",
         heads="caps", order=O1, reports="effectif", dims="list", sup="line", sup_form=1,
         date="dmy", amt="M", cls="short", loc="abbr", damage=2, runs=True, wrapper=True,
         stamps=[(1, "CLASSIFIED / CLASSIFIÉ  DEC 04 2019")], signature_scribble=True, list="num"),
    dict(key="sc-nbpei", file="DT-EX02-52290 Prestation des services NB-IPE EN-FR.docx", fmt="docx", lang="enfr",
         header="grid4", heads="caps", order=O4, reports="paren", dims="hrow", sup="fields", date="iso",
         amt="M", cls="dash", loc="paren", word_headings="bold", list="dash", extras=["langprof"]),
    dict(key="vac-adjudication", file="VAC Director Disability Benefits Adjudication.txt", fmt="txt", lang="en",
         header="nextline", label_colon=True, heads="title-colon", order=O2, reports="dash", dims="list",
         sup="fields", date="long", amt="full", cls="dash", loc="comma", crlf=True, encoding="cp1252", list="numparen",
         omit=["job"], extras=["incumbent"], sign_date="2020-09-15"),
    dict(key="cra-summerside", file="Summerside TC Director WD scanned.txt", fmt="ocrcol", lang="en",
         columns=True, header="inline", heads="caps-colon", order=O1, reports="paren", dims="list", sup="fields",
         date="abbr", amt="M", cls="dash", loc="code", damage=2, wrapper=True, list="num",
         stamps=[(2, "RECEIVED  MAY 30 2018  HR - CLASSIFICATION")], signature_scribble=True),
    dict(key="dfo-maritimes-sci", file="Science RD Maritimes - signed copy.txt", fte_unit="FTE", fmt="ocr", lang="en",
         header="pairs", heads="num-caps", order=O2, reports="bracket", dims="line", sup="fields", date="iso",
         amt="million", cls="dash", loc="comma", damage=3, list="alpha", page_header=1, signature_scribble=True,
         sign_date="2021-02-03"),
    dict(key="ircc-stjohns", file="IRCC St. John's Director - CSR template.docx", fmt="docx", lang="en", form="csr",
         header="grid4", heads="title", order=CSR, reports="table", dims="table", sup="fields", date="ord",
         amt="full", cls="dash", loc="comma", word_headings="bold", list="bullet",
         report_headers=["Title", "Group/Level", "No. of FTEs"]),
    dict(key="pc-kouchibouguac", file="Kouchibouguac - DT bilingue - Directrice d'unité.docx", fmt="docx",
         lang="side", side=True, header="table", reports="paren", dims="list", sup="fields", date="iso",
         amt="full", cls="dash", loc="paren"),
    dict(key="csc-dorchester", file="Warden Dorchester (scan).txt", fmt="ocr", lang="en", header="boxes",
         heads="caps", order=O6, reports="lines", dims="list", sup="fields", date="dmon", amt="cents", cls="nodash",
         loc="comma", damage=2, list="num", extras=["security"], page_header=2,
         stamps=[(1, "PROTECTED B"), (3, "COPY / COPIE")], signature_scribble=True, sign_date="2016-08-22"),
    dict(key="ocol-atlantique", file="Directrice régionale Atlantique - CLO.md", report_omit=["fte"], fmt="md", lang="fr",
         header="bullets", heads="title", order=O1, reports="dash", dims="list", sup="line", sup_form=0,
         date="le", amt="k", cls="dash", loc="parenabbr"),
    # ---------------- Quebec ----------------
    dict(key="ced-est", file="DG Opérations régionales Est du Québec numérisé.txt", fmt="ocr", lang="fr",
         header="inline", heads="roman", order=O3, reports="effectif", dims="prose", sup="prose", date="long",
         amt="mdollars", cls="dash", loc="paren", damage=3, runs=True, wrapper=True, list="num",
         extras=["costcentre"], signature_scribble=True, peers=3),
    dict(key="ced-saguenay", file="Bureau d'affaires Saguenay–Lac-Saint-Jean - DT.docx", fmt="docx", lang="fr",
         form="csr", header="paragraphs", heads="title", order=CSR, reports="colon", dims="list", sup="fields",
         date="abbr", amt="M", cls="dash", loc="comma", word_headings="style", word_lists="style",
         omit=["sup_posno"]),
    dict(key="ced-abitibi", file="DT Directeur BA Abitibi-Témiscamingue 2023.docx", fmt="docx", lang="fr",
         header="labelrow", heads="caps", order=O1, reports="table", dims="table", sup="fields", date="long",
         amt="full", cls="dash", loc="paren", word_headings="bold", list="dash",
         report_headers=["Poste", "Groupe/niveau", "Effectif"]),
    dict(key="ced-abitibi", file="DT Directeur BA Abitibi 2017 (ancienne version).txt", fmt="ocr", lang="fr",
         older=True, header="tabbed", heads="caps", order=O1, reports="paren", dims="list", sup="fields",
         date="dot", amt="full", cls="short", loc="paren", damage=2, list="numparen", page_header=1,
         stamps=[(1, "ANNULÉE - REMPLACÉE")], signature_scribble=True),
    dict(key="asc-exploration", file="ASC DG Exploration spatiale - FR-EN numérisé.txt", fmt="ocr", lang="fren",
         header="inline", heads="caps", order=O1, reports="paren", dims="list", sup="fields", date="iso",
         amt="M", cls="dash", loc="paren", damage=2, wrapper=True, list="num", page_header=1,
         omit=["sup_cls"], signature_scribble=True),
    dict(key="asc-satellites", file="Directrice Opérations satellites - description de travail.docx", fmt="docx",
         lang="fr", header="table", heads="alpha", order=O5, reports="bracket", dims="table", sup="line",
         sup_form=3, date="le", amt="nbsp", cls="dash", loc="comma", word_headings="style", list="num",
         extras=["langprof", "security"]),
    dict(key="asc-astronautes", file="ASC_Dir_Astronautes_DT.txt", fmt="txt", lang="fr", header="nextline",
         heads="caps", order=O1, reports="lines", dims="list", sup="fields", date="ymd-slash", amt="full",
         cls="dash", loc="paren", list="dash", field_order="shuffle"),
    dict(key="bt-parlement", file="BT - Services linguistiques parlementaires - numérisation.txt", report_omit=["cls"], fmt="ocr",
         lang="fr", header="inline", heads="alpha", order=O2, reports="paren", dims="table", sup="fields",
         date="abbr", amt="cents", cls="dash", loc="paren", damage=1, list="num", page_header=1,
         extras=["incumbent"], sign_date="2020-07-20"),
    dict(key="bt-interpretation", file="DG Interprétation et terminologie.docx", fmt="docx", lang="fr",
         header="grid4", heads="num", order=O6, reports="sentence", dims="list", sup="fields", date="long",
         amt="millions", cls="dash", loc="comma", word_headings="style", word_lists="style"),
    dict(key="arc-shawinigan", file="CNVR Shawinigan directeur - scan.txt", fmt="ocrcol", lang="fr", columns=True,
         header="inline", heads="caps-colon", order=O1, reports="paren", dims="list", sup="fields", date="long",
         amt="M", cls="dash", loc="paren", damage=2, wrapper=True, list="num", signature_scribble=True),
    dict(key="arc-jonquiere", file="Directrice Centre fiscal de Jonquière.pdf", fmt="pdf", lang="fr",
         header="tabbed", heads="num-caps", order=O1, reports="dash", dims="table", sup="fields", date="caps",
         amt="full", cls="dash", loc="paren", list="num", extras=["costcentre"]),
    dict(key="mpo-mli", file="MPO Directeur régional Sciences Québec.docx", fmt="docx", lang="fr",
         header="table", heads="title", order=O1, reports="effectif", dims="table", sup="fields", date="long",
         amt="M", cls="dash", loc="paren", word_headings="style", list="num"),
    dict(key="mpo-mli", file="MPO Directeur régional Sciences Québec - signée.txt", fmt="ocr", lang="fr",
         header="inline", heads="title-colon", order=O1, reports="effectif", dims="list", sup="fields",
         date="long", amt="M", cls="dash", loc="paren", damage=3, list="num", runs=True,
         stamps=[(1, "REÇU LE 2022-02-14"), (2, "Ressources humaines - Région du Québec")],
         signature_scribble=True, sign_date="2022-01-31"),
    dict(key="sc-quebec-paiements", file="SC Québec - DE Versement des prestations (scan 2017).txt", fmt="ocr",
         lang="fr", header="pairs", heads="caps", order=O4, reports="dash", dims="list", sup="fields",
         date="dash", amt="points", cls="space", loc="codenocomma", damage=2, accents_values_lost=True,
         list="num", page_header=2, signature_scribble=True),
    dict(key="eccc-application", file="ECCC - Dir. régional application de la loi QC.docx", fmt="docx",
         lang="fr", header="table", heads="num", order=O2, reports="table", dims="table", sup="fields",
         date="le", amt="M", cls="dash", loc="comma", word_headings="bold", list="alpha", omit=["job"],
         report_headers=["Titre", "Classification", "ETP"]),
    dict(key="asfc-lacolle", file="ASFC District Montérégie - DT numérisée.txt", fte_unit="employés", fmt="ocr", lang="fr",
         header="inline", heads="num", order=O1, reports="sentence", dims="line", sup="line", sup_form=2,
         date="long", amt="M", cls="dash", loc="abbr", damage=2, list="num", wrapper=True,
         stamps=[(1, "PROTÉGÉ B")], signature_scribble=True),
    dict(key="spac-biens", file="SPAC DGRA Biens immobiliers Québec.md", fmt="md", lang="fr", header="mdtable",
         heads="num", order=O2, reports="table", dims="table", sup="fields", date="long", amt="M", cls="dash",
         loc="paren"),
    dict(key="aac-sthyacinthe", file="AAC St-Hyacinthe Directrice RDT scan.txt", footer_title=True, fte_unit="équivalents temps plein", fmt="ocr", lang="fr",
         header="nextline", heads="roman", order=O1, reports="paren", dims="list", sup="fields", date="slash",
         amt="full", cls="nodash", loc="paren", damage=3, list="num", page_header=1, signature_scribble=True,
         omit=["posno"], date_blank=False),
    dict(key="sac-quebec", file="SAC DGR Québec - description.docx", fmt="docx", lang="fr", header="paragraphs",
         heads="caps", order=O1, reports="paren", dims="table", sup="fields", date="long", amt="mdollars",
         cls="dash", loc="paren", word_headings="bold", list="num", extras=["langprof"]),
    dict(key="scc-donnacona", file="SCC Donnacona directrice d'établissement - scan.txt", fmt="ocr", lang="fr",
         header="boxes", heads="caps", order=O4, reports="dash", dims="list", sup="fields", date="long",
         amt="full", cls="dash", loc="paren", damage=2, list="num", wrapper=True, page_header=2,
         stamps=[(1, "PROTÉGÉ B"), (2, "CLASSIFICATION - 2019-08-06")], signature_scribble=True,
         extras=["security"]),
    dict(key="statcan-est", file="StatCan Opérations de collecte Est.txt", fmt="txt", lang="fr", header="tabbed",
         heads="num-caps", order=O6, reports="fte-first", dims="list", sup="fields", date="iso", amt="full",
         cls="dash", loc="paren", list="num", crlf=True, cls_split=True, fte_unit="employés"),
    dict(key="acia-quebec", file="ACIA Opérations du Québec DER 2015 scan.txt", fmt="ocrcol", lang="fr",
         columns=True, header="inline", heads="caps-noacc", order=O4, reports="paren", dims="list", sup="fields",
         date="le", amt="M", cls="dash", loc="paren", damage=3, accents_values_lost=True, list="num", runs=True,
         wrapper=True, signature_scribble=True, posno_text=None),
    dict(key="tc-maritime-qc", file="TC Sécurité et sûreté maritimes QC - bilingue.pdf", fmt="pdf", lang="bil",
         header="none", heads="caps", order=O1, reports="paren", dims="list", sup="fields", date="iso", amt="full",
         cls="dash", loc="paren", list="num"),
    dict(key="sc-ouest-fr", file="SC Ouest - Directrice services en français (numérisée).txt", fmt="ocr",
         lang="fr", form="csr", header="inline", heads="title-colon", order=CSR, reports="colon", dims="list",
         sup="fields", date="long", amt="k", cls="dash", loc="paren", damage=2, list="dash", runs=True, wrapper=True,
         signature_scribble=True),
    # ---------------- Prairies ----------------
    dict(key="prairiescan-sk", file="PrairiesCan ADM Saskatchewan scanned.txt", body_title="Regional Director General, Saskatchewan", footer_title=True, report_omit=["fte"], fmt="ocr", lang="en",
         header="inline", heads="caps", order=O1, reports="paren", dims="list", sup="fields", date="long",
         amt="M", cls="dash", loc="comma", damage=2, runs=True, wrapper=True, list="num", signature_scribble=True),
    dict(key="aafc-lethbridge", file="Lethbridge RDT Director.docx", fmt="docx", lang="en", header="table",
         heads="caps", order=O4, reports="table", dims="table", sup="fields", date="long", amt="full", cls="dash",
         loc="comma", word_headings="style", list="num", extras=["incumbent"]),
    dict(key="csc-prairies", file="CSC ADCCO Prairies WD scan.txt", footer_title=True, fmt="ocrcol", lang="en", columns=True,
         header="inline", heads="caps", order=O4, reports="effectif", dims="list",
         sup="fields", date="dmy", amt="MM", cls="dash", loc="comma", damage=2, list="num", wrapper=True,
         signature_scribble=True),
    dict(key="isc-manitoba", file="ISC RDG Manitoba.md", fte_unit="FTE", fmt="md", lang="en", header="bullets", heads="title",
         order=O5, reports="paren", dims="prose", sup="fields", date="long", amt="M", cls="dash", loc="comma"),
    dict(key="cra-winnipeg", file="Winnipeg Tax Centre Director - scan.txt", fmt="ocr", lang="en",
         header="tabbed", heads="caps", order=O2, reports="table", dims="list", sup="fields", date="long",
         amt="full", cls="dash", loc="comma", damage=1, list="num", page_header=1, omit=["job"],
         stamps=[(1, "RECEIVED SEP 12 2023")]),
    dict(key="eccc-pasp", file="PASPC Director work description.pdf", fmt="pdf", lang="en", header="inline",
         heads="num", order=O1, reports="dash", dims="list", sup="line", sup_form=3, date="ymd-slash", amt="K",
         cls="dash", loc="comma", list="num"),
    # ---------------- North ----------------
    dict(key="cannor-nunavut", file="CanNor DG Nunavut signed scan.txt", fmt="ocr", lang="en", header="pairs",
         heads="title-colon", order=O1, reports="sentence", dims="list", sup="prose", date="long", amt="M",
         cls="dash", loc="comma", damage=3, list="num", runs=True, wrapper=True, signature_scribble=True,
         peers=5),
    dict(key="cannor-nunavut", file="CanNor DG Nunavut 2016.txt", fmt="txt", lang="en", older=True,
         header="inline", heads="caps", order=O1, reports="paren", dims="list", sup="fields", date="dmon",
         amt="full", cls="dash", loc="code", list="num"),
    dict(key="cirnac-nwt", file="CIRNAC RDG NWT.docx", fmt="docx", lang="en", header="labelrow", heads="title",
         order=O1, reports="bracket", dims="table", sup="fields", date="ord", amt="million", cls="dash",
         loc="comma", word_headings="style", word_lists="style", extras=["security"]),
    dict(key="pc-yukon", file="Yukon FUS - scanned WD.txt", report_omit=["cls"], fte_unit="FTE", fmt="ocr", lang="en", header="boxes", heads="caps",
         order=O1, reports="dash", dims="list", sup="fields", date="long", amt="M", cls="dash", loc="paren",
         damage=2, list="num", page_header=1, stamps=[(1, "DRAFT - FOR CLASSIFICATION REVIEW")],
         omit=["date"], date_blank=True),
    # ---------------- Pacific ----------------
    dict(key="dfo-pacific-fm", file="DFO Pacific RD Fisheries Management scan.txt", fmt="ocrcol", lang="en",
         columns=True, header="inline", heads="caps", order=O1, reports="paren", dims="list", sup="fields",
         date="long", amt="M", cls="dash", loc="comma", damage=2, list="num", signature_scribble=True),
    dict(key="cbsa-yvr", file="CBSA YVR District Director.docx", fte_unit="employees", fmt="docx", lang="en", header="paragraphs",
         heads="caps", order=O6, reports="paren", dims="hrow", sup="fields", date="iso", amt="M", cls="dash",
         loc="comma", word_headings="bold", list="num", extras=["langprof", "security"]),
    dict(key="pacifican-island", file="PacifiCan Island and Coast Director scan.txt", fmt="ocr", lang="en",
         header="nextline", heads="caps", order=O1, reports="colon", dims="line", sup="line", sup_form=0,
         date="abbr", amt="K", cls="dash", loc="code", damage=2, list="dash", page_header=1,
         posno_text="NEW", omit=["posno"], signature_scribble=True),
    dict(key="tc-aviation-pac", file="TC Civil Aviation Pacific RD - scan.txt", fte_unit="person-years", fmt="ocr", lang="en",
         header="inline", heads="alpha", order=O3, reports="paren", dims="table", sup="fields", date="caps",
         amt="full", cls="paren", loc="comma", damage=3, list="numparen", runs=True, signature_scribble=True),
]


# --- documents to refuse --------------------------------------------------------------------

REFUSALS = [
    dict(refuse=True, file="Demande de dotation intérimaire - poste 30417.docx", kind="docx", language="fr",
         why="a staffing action request (acting appointment), not a work description",
         people=["Rhéal Boudreau", "Lise-Anne Robichaud"]),
    dict(refuse=True, file="Org chart Fisheries Management Pacific 2022 scan.txt", kind="ocr", language="en",
         why="an organization chart", people=["Jennifer Chow", "Tom Gregson", "Aiko Tanaka", "Raj Bains"]),
    dict(refuse=True, file="Entente de rendement 2022-2023 - Directrice exécutive.pdf", kind="pdf", language="fr",
         why="an executive performance agreement", people=["Sophie Desjardins", "Marc-André Fortin"]),
    dict(refuse=True, file="Justification de cotation - poste 41207.txt", kind="text", language="fr",
         why="a classification rationale (Hay evaluation record), not a work description",
         people=["Jocelyne Roy"]),
    dict(refuse=True, file="numérisation illisible 0045.txt", kind="ocr", language="fr",
         why="an unreadable scan"),
]
DOCS += REFUSALS


def refusal_bytes(spec: dict, mb) -> bytes:
    """The bytes of a document to refuse; ``mb`` is the generator (its helpers)."""
    rng = mb.rng_for(spec["file"])
    name = spec["file"]
    if name.startswith("Demande de dotation"):
        import docx
        d = docx.Document()
        d.core_properties.created = d.core_properties.modified = __import__("datetime").datetime(2020, 1, 1)
        d.core_properties.revision = 1
        d.add_heading("DEMANDE DE MESURE DE DOTATION", level=1)
        d.add_paragraph("Agence de promotion économique du Canada atlantique - Ressources humaines, Moncton")
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for a, b in [("Type de mesure", "Nomination intérimaire (plus de 4 mois)"),
                     ("Numéro du poste", "30417"),
                     ("Titre du poste", "Directeur, Bureau de la Péninsule acadienne et du Nord-Est"),
                     ("Groupe et niveau", "EX-01"), ("Centre de coûts", "4410-31"),
                     ("Période", "du 6 septembre 2022 au 3 mars 2023"),
                     ("Personne proposée", "Rhéal Boudreau (CO-03)"),
                     ("Profil linguistique", "CBC/CBC/CBC - satisfait"),
                     ("Gestionnaire délégué", "Lise-Anne Robichaud, vice-présidente régionale")]:
            row = t.add_row().cells
            row[0].text, row[1].text = a, b
        d.add_heading("Justification", level=2)
        d.add_paragraph("Le titulaire du poste est en congé prolongé. La personne proposée possède l'expérience "
                        "de gestion requise et connaît bien les dossiers du bureau; elle a déjà assuré l'intérim "
                        "lors de courtes absences. La mesure permettra d'assurer la continuité des opérations "
                        "pendant la période de pointe de l'analyse des projets.")
        d.add_heading("Vérifications", level=2)
        for line in ["Évaluation par rapport aux critères de mérite : complétée le 2022-08-19",
                     "Cote de sécurité : valide jusqu'en 2026",
                     "Avis de nomination intérimaire : à publier sur le site interne",
                     "Signature du gestionnaire délégué : ____________   Date : 2022-08-24"]:
            d.add_paragraph(line, style="List Bullet")
        buf = __import__("io").BytesIO()
        d.save(buf)
        return mb.normalize_zip(buf.getvalue())
    if name.startswith("Org chart"):
        lines = ["--- Structured Job Description ---", "", "", "--- Full Extracted Text ---",
                 "Fisheries and Oceans Canada | Pêches et Océans Canada",
                 "ORGANIZATION CHART - FISHERIES MANAGEMENT BRANCH, PACIFIC REGION   (as of April 1, 2022)",
                 "+---------------------------------------------+",
                 "| Regional Director, Fisheries Management     |",
                 "| EX-02   Jennifer Chow   P-72014              |",
                 "+---------------------------------------------+",
                 "      |                |                 |                 |",
                 "+-----------+  +--------------+  +--------------+  +--------------+",
                 "| Director, |  | Director,    |  | Director,    |  | Director,    |",
                 "| Salmon    |  | Groundfish & |  | Licensing    |  | Indigenous   |",
                 "| Mgmt EX-O1|  | Invert. PM-O6|  | PM-06        |  | Fisheries    |",
                 "| T. Gregson|  | vacant       |  | A. Tanaka    |  | R. Bains     |",
                 "+-----------+  +--------------+  +--------------+  +--------------+",
                 "  Area Chiefs (4)   Resource Managers (9)   Licensing Officers (14)",
                 "Prepared by: Business Operations, Vancouver. Chart is for information only; see the HR system for",
                 "official reporting relationships.   Page 1 of 1"]
        return mb.damage_text_simple(lines, rng).encode("utf-8") if hasattr(mb, "damage_text_simple") \
            else "\n".join(lines).encode("utf-8")
    if name.startswith("Entente de rendement"):
        lines = ["Service Canada - Région du Québec", "",
                 "ENTENTE DE RENDEMENT DES CADRES DE DIRECTION - EXERCICE 2022-2023", "",
                 "Nom : Sophie Desjardins", "Poste : Directrice exécutive, Services de versement des prestations",
                 "Numéro du poste : QC-52740      Niveau : EX-02",
                 "Gestionnaire : Marc-André Fortin, directeur général", "",
                 "1. ENGAGEMENTS EN MATIÈRE DE RÉSULTATS", "",
                 "1.1 Réduire l'inventaire des demandes d'assurance-emploi en attente de 20 % d'ici le 31 mars 2023.",
                 "    Mesure : inventaire hebdomadaire; cible : 80 % des paiements dans les 28 jours.",
                 "1.2 Mettre en oeuvre la nouvelle plateforme de traitement des prestations dans deux centres.",
                 "1.3 Réduire le taux d'erreur des paiements de pensions à moins de 1,5 %.", "",
                 "2. ENGAGEMENTS EN MATIÈRE DE LEADERSHIP", "",
                 "2.1 Mettre en oeuvre le plan d'action sur la santé mentale dans toutes les équipes.",
                 "2.2 Atteindre 100 % des conversations sur le rendement et les plans d'apprentissage.",
                 "2.3 Appuyer l'équité, la diversité et l'inclusion dans les processus de dotation.", "",
                 "3. ENGAGEMENT CORPORATIF", "",
                 "Contribuer à la modernisation du versement des prestations et aux priorités du sous-ministre.", "",
                 "4. ÉVALUATION DE MI-EXERCICE", "", "Progrès satisfaisants; ajustement de la cible 1.1 à 18 %.", "",
                 "Signature de la cadre : Sophie Desjardins          Date : 2022-05-16",
                 "Signature du gestionnaire : Marc-André Fortin     Date : 2022-05-18"]
        return mb.pdf_bytes(["\n".join(lines[:30]), "\n".join(lines[30:])])
    if name.startswith("Justification de cotation"):
        return "\n".join([
            "ENVIRONNEMENT ET CHANGEMENT CLIMATIQUE CANADA",
            "Ressources humaines - Classification des cadres de direction",
            "",
            "JUSTIFICATION DE L'ÉVALUATION DU POSTE (PLAN HAY)",
            "",
            "Poste évalué : 41207 - Directeur régional, Application de la loi en environnement et en faune, Québec",
            "Description de travail datée du : 2023-03-20",
            "Comité d'évaluation : réuni le 2023-04-11",
            "",
            "Postes repères utilisés : 4-B-1 (EX-01), 3-A-2 (EX-01)",
            "",
            "SAVOIR-FAIRE : F II 3 - 608 points",
            "Justification : connaissance approfondie des lois fédérales en environnement et en faune, gestion",
            "d'équipes d'agents désignés réparties dans plusieurs bureaux, intégration d'activités diversifiées.",
            "",
            "RÉSOLUTION DE PROBLÈMES : E 4 (43 %) - 264 points",
            "",
            "RESPONSABILITÉ : E 3 C - 304 points (budget de 7,63 M$)",
            "",
            "TOTAL : 1 176 points      PROFIL : P2",
            "NIVEAU RECOMMANDÉ : EX-01",
            "",
            "Recommandation approuvée par : Jocelyne Roy, directrice, Classification",
            "Date : 2023-04-17",
            "",
            "Remarque : la présente justification accompagne la description de travail et n'en tient pas lieu.",
        ]).encode("utf-8") + b"\n"
    # unreadable scan
    chars = "~|_-=.,:;'`^°*#%&!?/\\lI1O0oaeiu[]{}()<>"
    out = ["--- Structured Job Description ---", "", "", "--- Full Extracted Text ---"]
    for _ in range(38):
        n = rng.randint(20, 90)
        line = "".join(rng.choice(chars) if rng.random() < 0.8 else rng.choice(" ") for _ in range(n))
        if rng.random() < 0.12:
            line += " " + rng.choice(["de", "du", "Ia", "poste", "Dlrec", "EX-O", "ETP", "Gest"])
        out.append(line)
    return ("\n".join(out) + "\n").encode("utf-8")
