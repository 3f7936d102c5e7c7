"""Form wordings for blind25, one set per invented departmental form (EN and FR)."""

EN_FORMS = [
    dict(head="EXECUTIVE WORK DESCRIPTION", title="TITLE", cls="GROUP/LEVEL", job="Job code", pos="POSITION NUMBER",
         date="EFFECTIVE DATE", branch="BRANCH", unit="DIRECTORATE", loc="LOCATION", sup_num="SUPERVISOR'S POSITION NUMBER",
         sup_title="SUPERVISOR'S TITLE", sup_cls="SUPERVISOR'S GROUP/LEVEL", reports="REPORTS TO", dept="DEPARTMENT"),
    dict(head="EXECUTIVE GROUP POSITION DESCRIPTION", title="POSITION TITLE", cls="LEVEL", job="JOB CODE NO.", pos="POSITION NO.",
         date="DATE EFFECTIVE", branch="SECTOR", unit="DIVISION", loc="GEOGRAPHIC LOCATION", sup_num="Supervisor Position #",
         sup_title="Supervisor Position Title", sup_cls="Supervisor Classification", reports="Reports to", dept="ORGANIZATION"),
    dict(head="Position Description - Executive Group", title="Title of Position", cls="Classification", job="Generic Job Number",
         pos="Position Number", date="Date of Effect", branch="Branch/Region", unit="Organizational Unit", loc="Work Location",
         sup_num="Position No. of Supervisor", sup_title="Title of Supervisor's Position", sup_cls="Classification of Supervisor",
         reports="Immediate Supervisor", dept="Department/Agency"),
    dict(head="WORK DESCRIPTION (EX)", title="Working Title", cls="Group and Level", job="Standardized Job Code", pos="Pos. No.",
         date="Effective", branch="Bureau", unit="Division", loc="City/Province", sup_num="Reports to Position No.",
         sup_title="Reports to (Title)", sup_cls="Reports to (Level)", reports="Accountable to", dept="Department"),
    dict(head="JOB DESCRIPTION", title="Job Title", cls="Position Level", job="Position Job Code", pos="Position Number",
         date="Effective Date", branch="Branch", unit="Directorate", loc="Location", sup_num="Manager's Position Number",
         sup_title="Manager's Position Title", sup_cls="Manager's Group and Level", reports="Reporting Relationship",
         dept="Department"),
]

FR_FORMS = [
    dict(head="DESCRIPTION DE TRAVAIL - GROUPE DE LA DIRECTION", title="TITRE DU POSTE", cls="GROUPE ET NIVEAU", job="CODE D'EMPLOI",
         pos="NUMÉRO DU POSTE", date="DATE D'ENTRÉE EN VIGUEUR", branch="SECTEUR", unit="DIRECTION", loc="LIEU DE TRAVAIL",
         sup_num="Numéro du poste du superviseur", sup_title="Titre du poste du superviseur", sup_cls="Classification du superviseur",
         reports="Relève de", dept="MINISTÈRE"),
    dict(head="DESCRIPTION DE POSTE (EX)", title="Titre", cls="Classification", job="No de code d'emploi", pos="No du poste",
         date="Date d'effet", branch="Direction générale", unit="Division", loc="Endroit", sup_num="No de poste du gestionnaire",
         sup_title="Titre du gestionnaire", sup_cls="Niveau du gestionnaire", reports="Rend compte à", dept="Organisme"),
    dict(head="Description de travail", title="Intitulé du poste", cls="Niveau", job="Code de l'emploi", pos="Numéro de poste",
         date="En vigueur le", branch="Région/Direction générale", unit="Unité organisationnelle", loc="Lieu",
         sup_num="Poste du supérieur immédiat (no)", sup_title="Titre du supérieur immédiat", sup_cls="Groupe et niveau du supérieur",
         reports="Supérieur immédiat", dept="Ministère"),
]

EN_SECTIONS = [
    dict(ga="GENERAL ACCOUNTABILITY", org="ORGANIZATIONAL STRUCTURE", ns="NATURE AND SCOPE", dims="DIMENSIONS",
         spec="SPECIFIC ACCOUNTABILITIES", cert="CERTIFICATION"),
    dict(ga="Overall Responsibility", org="Organization", ns="Nature & Scope", dims="Dimensions",
         spec="Key Accountabilities", cert="Signatures"),
    dict(ga="Purpose of the Position", org="Organizational Context", ns="Scope and Challenges", dims="Key Dimensions",
         spec="Specific Responsibilities", cert="Approval"),
    dict(ga="GENERAL ACCOUNTABILITIES", org="ORGANIZATION STRUCTURE", ns="NATURE & SCOPE", dims="DIMENSIONS",
         spec="SPECIFIC ACCOUNTABILITY", cert="CERTIFICATION"),
]
FR_SECTIONS = [
    dict(ga="RESPONSABILITÉ GÉNÉRALE", org="STRUCTURE ORGANISATIONNELLE", ns="NATURE ET ÉTENDUE", dims="DIMENSIONS",
         spec="RESPONSABILITÉS SPÉCIFIQUES", cert="ATTESTATION"),
    dict(ga="Raison d'être du poste", org="Organisation", ns="Contexte et défis", dims="Données quantitatives",
         spec="Activités principales", cert="Signatures"),
    dict(ga="Responsabilités générales", org="Structure de l'organisation", ns="Nature et portée", dims="Dimensions",
         spec="Responsabilités particulières", cert="Certification"),
]

EN_DIMS = [("Salary", "O&M", "Total", "FTEs", "Grants and Contributions"),
           ("Salary budget", "Operating and maintenance", "Total budget", "Full-time equivalents", "Program budget"),
           ("Salary dollars", "O&M dollars", "Total operating budget", "Person-years", "Vote 10 (G&C)"),
           ("Salaries", "Non-salary O&M", "Total", "Number of employees", "Transfer payments"),
           ("Salary", "Operating (O&M)", "Total Budget", "FTE's", "Program funds")]
FR_DIMS = [("Salaires", "F et E", "Total", "ETP", "Subventions et contributions"),
           ("Budget salarial", "Fonctionnement et entretien", "Budget total", "Équivalents temps plein", "Budget de programme"),
           ("Masse salariale", "Autres coûts de fonctionnement", "Total", "Effectif", "Paiements de transfert"),
           ("Salaires", "Fonctionnement", "Budget total", "Années-personnes", "Crédit 10 (S et C)")]
