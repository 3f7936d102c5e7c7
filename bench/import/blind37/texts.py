"""Prose and label wordings of blind37, written for this corpus (vocabulary from the seed documents and
the Treasury Board's EX job evaluation standard; no passage copied)."""

GA_EN = [
 "The {t} is accountable for the strategic direction, planning and delivery of the {u}, ensuring that "
 "results are achieved within approved resources and in keeping with departmental priorities and "
 "Government of Canada policy.",
 "Under the general direction of the {s}, the position leads the {u}, sets its priorities, and provides "
 "authoritative advice to senior management on issues that carry significant operational and reputational risk.",
 "Provides leadership and management for the {u}; develops and implements policies, programs and "
 "partnerships; and is accountable for the stewardship of the human, financial and material resources "
 "assigned to it.",
 "The incumbent directs the {u} and represents the organization with central agencies, other levels of "
 "government, industry and community partners, so that services to Canadians are delivered consistently "
 "and efficiently.",
]
GA_FR = [
 "Le ou la titulaire est responsable de l'orientation stratégique, de la planification et de la prestation "
 "du {u}, dans le respect des ressources approuvées et des priorités ministérielles.",
 "Sous l'autorité du {s}, le poste dirige le {u}, en établit les priorités et fournit à la haute direction "
 "des conseils faisant autorité sur les questions qui comportent des risques opérationnels importants.",
 "Assure le leadership et la gestion du {u}; élabore et met en œuvre les politiques, les programmes et les "
 "partenariats; répond de la gestion des ressources humaines, financières et matérielles qui lui sont confiées.",
]
NS_EN = [
 "The environment is characterized by competing stakeholder expectations, shifting government priorities and "
 "a high degree of public and media scrutiny. The position must reconcile national consistency with regional "
 "realities and act decisively when events require it.",
 "A key challenge is maintaining service standards while volumes grow and resources remain constant. The "
 "incumbent must anticipate pressures, adjust plans quickly and keep partners engaged in joint solutions.",
 "The work involves frequent negotiation with provinces, territories, Indigenous organizations and industry "
 "associations whose interests rarely align. Decisions made here set precedents for other regions.",
 "The position operates in a complex horizontal setting: outcomes depend on other branches, other departments "
 "and external delivery partners over whom the incumbent has no direct authority.",
]
NS_FR = [
 "Le contexte se caractérise par des attentes divergentes des intervenants, des priorités gouvernementales "
 "changeantes et un examen public et médiatique soutenu. Le poste doit concilier la cohérence nationale et "
 "les réalités régionales.",
 "Un défi important consiste à maintenir les normes de service alors que les volumes augmentent et que les "
 "ressources demeurent stables; le ou la titulaire doit anticiper les pressions et ajuster rapidement les plans.",
 "Le travail exige des négociations fréquentes avec les provinces, les organismes autochtones et les "
 "associations sectorielles, dont les intérêts convergent rarement.",
]
SA_EN = [
 "Develops and implements multi-year strategies, operational plans and performance measures for the {u}.",
 "Provides expert advice and briefings to the Deputy Minister, Ministers' offices and senior committees.",
 "Negotiates agreements and memoranda of understanding with federal, provincial and external partners.",
 "Manages the human, financial and material resources of the organization, including staffing, training and "
 "workforce planning.",
 "Oversees risk management, internal controls, audit follow-up and the integrity of program delivery.",
 "Represents the department at federal-provincial-territorial meetings, conferences and with stakeholders.",
 "Leads the modernization of business processes and service channels, including digital tools.",
 "Directs the preparation of Treasury Board submissions, Memoranda to Cabinet and responses to Parliament.",
 "Fosters a healthy, inclusive and bilingual workplace and champions employment equity.",
 "Ensures that issues with national or media implications are identified early and managed.",
]
SA_FR = [
 "Élabore et met en œuvre les stratégies pluriannuelles, les plans opérationnels et les mesures du rendement.",
 "Fournit des conseils stratégiques et des breffages au sous-ministre, aux cabinets des ministres et aux comités de la haute direction.",
 "Négocie des ententes et des protocoles d'entente avec les partenaires fédéraux, provinciaux et externes.",
 "Gère les ressources humaines, financières et matérielles, y compris la dotation, la formation et la planification de l'effectif.",
 "Supervise la gestion des risques, les contrôles internes, le suivi des vérifications et l'intégrité des programmes.",
 "Représente le ministère aux réunions fédérales-provinciales-territoriales et auprès des intervenants.",
 "Dirige la modernisation des processus opérationnels et des modes de prestation, y compris les outils numériques.",
 "Favorise un milieu de travail sain, inclusif et bilingue et fait la promotion de l'équité en emploi.",
]
CSR_EN = "Client Service Results"
KA_EN = "Key Activities"
CSR_FR = "Résultats axés sur le service à la clientèle"
KA_FR = "Activités principales"

# Label pools: each document takes one wording per field, so no two forms read alike.
LABELS_EN = {
 "title": ["Position Title", "Title of Position", "Official Title", "Working Title", "Job Title", "POSITION",
           "Title", "Position Name"],
 "cls": ["Classification", "Group and Level", "Group/Level", "Level", "Classification Level", "Occ. Group & Level",
         "Class. Level"],
 "job": ["Job Code", "Generic Job Code", "Job No.", "Job Code Number", "Standard Job No.", "Work Description No.",
         "JD Number"],
 "pos": ["Position Number", "Position No.", "Pos. No.", "Position #", "Position Ident.", "Position ID",
         "Incumbent Position No."],
 "date": ["Effective Date", "Date Effective", "Effective", "Date of Classification Decision", "Approved Effective",
          "Effective Date of Description", "Date in Effect"],
 "sup_pos": ["Supervisor's Position Number", "Supervisor Position No.", "Reports to (Position No.)",
             "Position No. of Supervisor", "Manager's Position #"],
 "sup_title": ["Supervisor's Title", "Title of Supervisor", "Reports to (Title)", "Supervisor's Position Title",
               "Manager's Title", "Immediate Supervisor"],
 "sup_cls": ["Supervisor's Classification", "Supervisor Group/Level", "Reports to (Level)", "Supervisor's Level",
             "Manager's Classification"],
 "loc": ["Location", "Geographic Location", "Work Location", "Duty Station", "Headquarters", "City/Province"],
 "org": ["Department", "Organization", "Agency", "Dept."],
 "sal": ["Salary", "Salary Budget", "Salaries", "Personnel (Salary)", "Salary Dollars"],
 "om": ["O&M", "Operating and Maintenance", "O & M Budget", "Non-salary Operating", "Operations and Maintenance"],
 "tot": ["Total", "Total Budget", "Total Operating Budget", "Total Resources", "Overall Budget"],
 "fte": ["FTEs", "Full-time Equivalents", "Staff", "Employees", "Person-years"],
 "incumbent": ["Incumbent", "Name of Incumbent", "Incumbent Name"],
}
SECTIONS_EN = {
 "id": ["Position Identification", "Identification", "Position Information", "Position Data", "Header"],
 "ga": ["General Accountability", "Overall Accountability", "Purpose of the Position", "Position Summary",
        "Accountability"],
 "org": ["Organization Structure", "Organizational Context", "Structure", "Reporting Relationships",
         "Organization"],
 "ns": ["Nature and Scope", "Nature & Scope", "Scope and Complexity", "Context and Challenges", "Operating Environment"],
 "dims": ["Dimensions", "Financial and Human Resources", "Resources Managed", "Dimensions (Annual)", "Key Dimensions"],
 "sa": ["Specific Accountabilities", "Principal Accountabilities", "Main Responsibilities", "Key Responsibilities",
        "Specific Responsibilities"],
 "cert": ["Certification", "Signatures", "Approval", "Certification and Approval", "Sign-off"],
}
LABELS_FR = {
 "title": ["Titre du poste", "Titre officiel", "Intitulé du poste", "Titre de travail", "Appellation", "Titre"],
 "cls": ["Classification", "Groupe et niveau", "Groupe/Niveau", "Niveau", "Classification du poste"],
 "job": ["Code d'emploi", "No de l'emploi", "Numéro de la description", "Code de la description de travail",
         "No de description normalisée"],
 "pos": ["Numéro du poste", "No du poste", "N° de poste", "Poste no", "Numéro de poste"],
 "date": ["Date d'entrée en vigueur", "Date de prise d'effet", "En vigueur le", "Date d'effet",
          "Date de la décision de classification"],
 "sup_pos": ["Numéro du poste du superviseur", "No du poste du supérieur", "Poste du supérieur (no)",
             "N° de poste du gestionnaire"],
 "sup_title": ["Titre du poste du superviseur", "Titre du supérieur immédiat", "Relève de (titre)", "Titre du gestionnaire"],
 "sup_cls": ["Classification du superviseur", "Groupe et niveau du supérieur", "Niveau du supérieur",
             "Classification du gestionnaire"],
 "loc": ["Lieu de travail", "Emplacement", "Lieu géographique", "Ville", "Lieu"],
 "org": ["Ministère", "Organisme", "Ministère/Organisme"],
 "sal": ["Salaires", "Budget salarial", "Traitements", "Masse salariale"],
 "om": ["F et E", "Fonctionnement et entretien", "Budget de F et E", "Budget de fonctionnement (F et E)"],
 "tot": ["Total", "Budget total", "Total des ressources", "Budget global"],
 "fte": ["ETP", "Équivalents temps plein", "Effectif", "Employés"],
 "incumbent": ["Titulaire", "Nom du titulaire"],
}
SECTIONS_FR = {
 "id": ["Identification du poste", "Renseignements sur le poste", "Identification"],
 "ga": ["Responsabilité générale", "Raison d'être du poste", "Sommaire du poste", "Responsabilités générales"],
 "org": ["Structure organisationnelle", "Structure de l'organisation", "Liens hiérarchiques", "Contexte organisationnel"],
 "ns": ["Nature et étendue", "Nature et portée", "Contexte et défis", "Milieu de travail"],
 "dims": ["Dimensions", "Ressources gérées", "Ressources humaines et financières", "Données quantitatives"],
 "sa": ["Responsabilités spécifiques", "Principales responsabilités", "Activités principales du poste",
        "Responsabilités particulières"],
 "cert": ["Certification", "Signatures", "Approbation", "Attestation"],
}
BI_LABELS = {
 "title": "Position Title / Titre du poste", "cls": "Group and Level / Groupe et niveau",
 "job": "Job Code / Code d'emploi", "pos": "Position Number / Numéro du poste",
 "date": "Effective Date / Date d'entrée en vigueur", "sup_pos": "Supervisor's Position No. / No du poste du superviseur",
 "sup_title": "Supervisor's Title / Titre du superviseur", "sup_cls": "Supervisor's Classification / Classification du superviseur",
 "loc": "Location / Lieu de travail", "org": "Department / Ministère",
}
