"""Data for make_blind.py (blind82): departments, domains, label wordings and prose, English and French.

Everything here was written for this corpus; departments and agencies are real, positions and people
invented."""

# (English name, French name, English abbr., French abbr., intranet name, host, (city, prov_en, prov_fr) choices)
DEPARTMENTS = [
    ("Employment and Social Development Canada", "Emploi et Développement social Canada", "ESDC", "EDSC",
     "iService", "iservice.prv", [("Gatineau", "Quebec", "Québec"), ("Ottawa", "Ontario", "Ontario")]),
    ("Canada Revenue Agency", "Agence du revenu du Canada", "CRA", "ARC", "InfoZone", "infozone.cra-arc.gc.ca",
     [("Ottawa", "Ontario", "Ontario"), ("Shawinigan", "Quebec", "Québec"), ("Winnipeg", "Manitoba", "Manitoba")]),
    ("Public Services and Procurement Canada", "Services publics et Approvisionnement Canada", "PSPC", "SPAC",
     "The Source", "source.tpsgc-pwgsc.gc.ca", [("Gatineau", "Quebec", "Québec"), ("Miramichi", "New Brunswick", "Nouveau-Brunswick")]),
    ("Immigration, Refugees and Citizenship Canada", "Immigration, Réfugiés et Citoyenneté Canada", "IRCC", "IRCC",
     "Connexion", "connexion.cic.gc.ca", [("Ottawa", "Ontario", "Ontario"), ("Sydney", "Nova Scotia", "Nouvelle-Écosse")]),
    ("Health Canada", "Santé Canada", "HC", "SC", "MySource", "mysource.hc-sc.gc.ca", [("Ottawa", "Ontario", "Ontario")]),
    ("Public Health Agency of Canada", "Agence de la santé publique du Canada", "PHAC", "ASPC", "MySource",
     "mysource.hc-sc.gc.ca", [("Ottawa", "Ontario", "Ontario"), ("Winnipeg", "Manitoba", "Manitoba")]),
    ("Transport Canada", "Transports Canada", "TC", "TC", "TC Intranet", "intranet.tc.gc.ca",
     [("Ottawa", "Ontario", "Ontario"), ("Vancouver", "British Columbia", "Colombie-Britannique")]),
    ("Fisheries and Oceans Canada", "Pêches et Océans Canada", "DFO", "MPO", "DFO Intranet", "intranet.dfo-mpo.gc.ca",
     [("Ottawa", "Ontario", "Ontario"), ("Moncton", "New Brunswick", "Nouveau-Brunswick"), ("St. John's", "Newfoundland and Labrador", "Terre-Neuve-et-Labrador")]),
    ("Natural Resources Canada", "Ressources naturelles Canada", "NRCan", "RNCan", "NRCan Intranet", "intranet.nrcan.gc.ca",
     [("Ottawa", "Ontario", "Ontario"), ("Calgary", "Alberta", "Alberta")]),
    ("Environment and Climate Change Canada", "Environnement et Changement climatique Canada", "ECCC", "ECCC",
     "ECCC Intranet", "intranet.ec.gc.ca", [("Gatineau", "Quebec", "Québec"), ("Montréal", "Quebec", "Québec")]),
    ("Statistics Canada", "Statistique Canada", "StatCan", "StatCan", "ICN", "icn-rci.statcan.ca", [("Ottawa", "Ontario", "Ontario")]),
    ("Shared Services Canada", "Services partagés Canada", "SSC", "SPC", "SSC Intranet", "service.ssc-spc.gc.ca",
     [("Ottawa", "Ontario", "Ontario"), ("Gatineau", "Quebec", "Québec")]),
    ("Agriculture and Agri-Food Canada", "Agriculture et Agroalimentaire Canada", "AAFC", "AAC", "AgriSource",
     "agrisource.agr.gc.ca", [("Ottawa", "Ontario", "Ontario"), ("Regina", "Saskatchewan", "Saskatchewan")]),
    ("Veterans Affairs Canada", "Anciens Combattants Canada", "VAC", "ACC", "VAC Intranet", "intranet.vac-acc.gc.ca",
     [("Charlottetown", "Prince Edward Island", "Île-du-Prince-Édouard")]),
    ("Canada Border Services Agency", "Agence des services frontaliers du Canada", "CBSA", "ASFC", "Atlas",
     "atlas.cbsa-asfc.cloud-nuage.canada.ca", [("Ottawa", "Ontario", "Ontario"), ("Windsor", "Ontario", "Ontario")]),
    ("Innovation, Science and Economic Development Canada", "Innovation, Sciences et Développement économique Canada",
     "ISED", "ISDE", "ISED Intranet", "intranet.ic.gc.ca", [("Ottawa", "Ontario", "Ontario")]),
    ("Library and Archives Canada", "Bibliothèque et Archives Canada", "LAC", "BAC", "Intranet LAC", "intranet.bac-lac.gc.ca",
     [("Gatineau", "Quebec", "Québec"), ("Ottawa", "Ontario", "Ontario")]),
    ("Canadian Food Inspection Agency", "Agence canadienne d'inspection des aliments", "CFIA", "ACIA", "Merlin",
     "merlin.inspection.gc.ca", [("Ottawa", "Ontario", "Ontario"), ("Saint-Hyacinthe", "Quebec", "Québec")]),
    ("Indigenous Services Canada", "Services aux Autochtones Canada", "ISC", "SAC", "ISC Intranet", "intranet.sac-isc.gc.ca",
     [("Gatineau", "Quebec", "Québec"), ("Edmonton", "Alberta", "Alberta")]),
    ("Canadian Heritage", "Patrimoine canadien", "PCH", "PCH", "Intranet PCH", "intranet.pch.gc.ca", [("Gatineau", "Quebec", "Québec")]),
    ("Correctional Service Canada", "Service correctionnel Canada", "CSC", "SCC", "InfoNet", "infonet.csc-scc.gc.ca",
     [("Ottawa", "Ontario", "Ontario"), ("Kingston", "Ontario", "Ontario"), ("Laval", "Quebec", "Québec")]),
    ("Global Affairs Canada", "Affaires mondiales Canada", "GAC", "AMC", "GAC Intranet", "intranet.international.gc.ca",
     [("Ottawa", "Ontario", "Ontario")]),
]

# (English, French, branch en, branch fr)
DOMAINS = [
    ("Executive Group Services", "Services au groupe de la direction", "Human Resources Services", "Services des ressources humaines"),
    ("Labour Market Information", "Information sur le marché du travail", "Skills and Employment", "Compétences et emploi"),
    ("Procurement Policy and Governance", "Politique et gouvernance de l'approvisionnement", "Procurement", "Approvisionnement"),
    ("Digital Service Delivery", "Prestation des services numériques", "Service Delivery", "Prestation des services"),
    ("Financial Planning and Resource Management", "Planification financière et gestion des ressources", "Finance and Administration", "Finances et administration"),
    ("Regulatory Affairs", "Affaires réglementaires", "Policy", "Politiques"),
    ("Data Strategy & Analytics", "Stratégie et analyse des données", "Data and Analytics", "Données et analytique"),
    ("Grants and Contributions", "Subventions et contributions", "Program Operations", "Opérations des programmes"),
    ("Client Experience", "Expérience client", "Service Delivery", "Prestation des services"),
    ("Workplace Modernization", "Modernisation du milieu de travail", "Corporate Services", "Services ministériels"),
    ("Indigenous Relations", "Relations avec les Autochtones", "Strategic Policy", "Politique stratégique"),
    ("Audit & Evaluation", "Vérification et évaluation", "Audit and Evaluation", "Vérification et évaluation"),
    ("Security and Emergency Management", "Sécurité et gestion des urgences", "Corporate Services", "Services ministériels"),
    ("Cyber Security Operations", "Opérations de cybersécurité", "Networks and Security", "Réseaux et sécurité"),
    ("Fisheries Resource Management", "Gestion des ressources halieutiques", "Ecosystems and Fisheries", "Écosystèmes et pêches"),
    ("Border Programs", "Programmes frontaliers", "Travellers", "Voyageurs"),
    ("Benefits Processing", "Traitement des prestations", "Benefits Delivery Services", "Services de versement des prestations"),
    ("Communications and Marketing", "Communications et marketing", "Public Affairs", "Affaires publiques"),
    ("Strategic Policy", "Politique stratégique", "Strategic and Service Policy", "Politique stratégique et de service"),
    ("Corporate Accounting", "Comptabilité ministérielle", "Finance and Administration", "Finances et administration"),
    ("Real Property", "Biens immobiliers", "Real Property Services", "Services immobiliers"),
    ("Access to Information and Privacy", "Accès à l'information et protection des renseignements personnels", "Corporate Secretariat", "Secrétariat ministériel"),
    ("Talent Management", "Gestion des talents", "Human Resources", "Ressources humaines"),
    ("Environmental Assessment", "Évaluation environnementale", "Science and Technology", "Sciences et technologie"),
    ("Pension Services", "Services des pensions", "Pay and Pension", "Paye et pensions"),
    ("Enterprise Architecture", "Architecture d'entreprise", "Information Technology", "Technologie de l'information"),
    ("Trade Policy", "Politique commerciale", "International Trade", "Commerce international"),
    ("Program Integrity", "Intégrité des programmes", "Integrity Services", "Services d'intégrité"),
    ("Information Management", "Gestion de l'information", "Information Technology", "Technologie de l'information"),
    ("Labour Relations", "Relations de travail", "Human Resources", "Ressources humaines"),
    ("Science Policy", "Politique scientifique", "Science and Technology", "Sciences et technologie"),
    ("Inspection Programs", "Programmes d'inspection", "Operations", "Opérations"),
    ("Veterans Services", "Services aux vétérans", "Service Delivery", "Prestation des services"),
    ("Collections Management", "Gestion des collections", "Collections", "Collections"),
    ("Emergency Preparedness", "Préparation aux situations d'urgence", "Health Security", "Sécurité sanitaire"),
    ("Clean Technology Programs", "Programmes de technologies propres", "Energy Technology", "Technologies énergétiques"),
    ("Marine Safety Policy", "Politique de sécurité maritime", "Safety and Security", "Sécurité et sûreté"),
    ("Investigations and Enforcement", "Enquêtes et application de la loi", "Compliance", "Conformité"),
    ("Workforce Planning", "Planification de l'effectif", "Human Resources", "Ressources humaines"),
    ("Partnerships and Outreach", "Partenariats et sensibilisation", "Programs", "Programmes"),
    ("Official Languages", "Langues officielles", "Corporate Secretariat", "Secrétariat ministériel"),
    ("Passport Program Integrity", "Intégrité du Programme de passeport", "Passport Program", "Programme de passeport"),
    ("Geospatial Information", "Information géospatiale", "Lands and Minerals", "Terres et minéraux"),
    ("Pay Operations", "Opérations de la paye", "Pay and Pension", "Paye et pensions"),
    ("Animal Health", "Santé des animaux", "Science", "Sciences"),
    ("Contact Centre Operations", "Opérations des centres d'appels", "Service Delivery", "Prestation des services"),
    ("Investment Planning", "Planification des investissements", "Finance and Administration", "Finances et administration"),
]

SUBAREAS = [
    ("Operations", "Opérations"), ("Policy Development", "Élaboration des politiques"),
    ("Planning and Reporting", "Planification et rapports"), ("Program Design", "Conception des programmes"),
    ("Client Services", "Services à la clientèle"), ("Analytics", "Analytique"), ("Partnerships", "Partenariats"),
    ("Systems Support", "Soutien des systèmes"), ("Quality Assurance", "Assurance de la qualité"),
    ("Outreach and Engagement", "Sensibilisation et mobilisation"), ("Compliance", "Conformité"),
    ("Business Intelligence", "Intelligence d'affaires"), ("Governance", "Gouvernance"),
    ("Training and Learning", "Formation et apprentissage"), ("Research", "Recherche"),
    ("Risk Management", "Gestion des risques"), ("Regional Coordination", "Coordination régionale"),
    ("Performance Measurement", "Mesure du rendement"), ("Stakeholder Relations", "Relations avec les intervenants"),
]

# role en, role fr (masc), role fr (fem), classification
ROLES = [
    ("Director", "Directeur", "Directrice", "EX-01"),
    ("Director", "Directeur", "Directrice", "EX-01"),
    ("Director", "Directeur", "Directrice", "EX-01"),
    ("Senior Director", "Directeur principal", "Directrice principale", "EX-02"),
    ("Executive Director", "Directeur exécutif", "Directrice exécutive", "EX-02"),
    ("Director General", "Directeur général", "Directrice générale", "EX-03"),
    ("Director General", "Directeur général", "Directrice générale", "EX-03"),
]

# report roles for EX-01/02: (en, fr, classification choices, fte range)
REPORT_ROLES = [
    ("Manager", "Gestionnaire", ["EC-07", "AS-07", "PM-06", "CS-04", "FI-04", "PE-06", "IS-06", "CO-03"], (4, 22)),
    ("Assistant Director", "Directeur adjoint", ["EC-07", "AS-07", "PM-07", "CS-05"], (8, 35)),
    ("Senior Advisor", "Conseiller principal", ["EC-07", "EC-06", "PM-06", "AS-06"], (1, 1)),
    ("Chief", "Chef", ["EC-06", "PM-06", "CS-04", "EN-ENG-05", "CO-02"], (5, 18)),
    ("Team Leader", "Chef d'équipe", ["PM-05", "AS-05", "CS-03", "EC-06"], (6, 14)),
]
EA = ("Executive Assistant", "Adjoint exécutif", "AS-02", 1)

FIRST = ["Patricia", "Yves", "Mélanie", "Rajesh", "Catherine", "Kevin", "Sophie", "Olivier", "Anjali", "Marc-André",
         "Jennifer", "Nathalie", "Trevor", "Isabelle", "Daniel", "Geneviève", "Amir", "Heather", "Luc", "Priya",
         "Stéphane", "Karen", "Martin", "Chantal", "Wei", "Brigitte", "Donovan", "Émilie", "Farah", "Gordon",
         "Josée", "Liam", "Manon", "Nicholas", "Roxanne", "Samuel", "Tanya", "Vincent", "Yasmin", "Frédéric"]
LAST = ["Tremblay", "MacDonald", "Gagnon", "Sharma", "Bouchard", "O'Connor", "Lévesque", "Nguyen", "Fitzgerald",
        "Côté", "Desrosiers", "Patel", "Okafor", "Bélanger", "Kowalski", "Thériault", "Henderson", "Lapointe",
        "Chen", "Poirier", "Abernethy", "St-Pierre", "Morin", "Greenwood", "Ouellet", "Dubé", "Hassan",
        "Lindqvist", "Paquette", "Robichaud", "Singh", "Vaillancourt", "Whitehorse", "Zhao", "Boudreau", "Mackenzie"]

LABELS = {
    "en": {
        "title": ["Position Title", "Position title", "Title", "Job Title", "Official Title", "Title of position"],
        "classification": ["Classification", "Group and Level", "Group/Level", "Level", "Position Level", "Group & Level"],
        "job_code": ["Job Code", "Job code", "Position Job Code", "Job Code No.", "Generic Job Code"],
        "position_number": ["Position Number", "Position No.", "Position #", "Pos. No.", "Position number"],
        "effective_date": ["Effective Date", "Effective date", "Date Effective", "Effective as of"],
        "location": ["Location", "Geographic Location", "Work Location", "Office location"],
        "sup_num": ["Supervisor's Position Number", "Supervisor Position No.", "Supervisor's Position No.", "Reports to (position #)"],
        "sup_title": ["Supervisor's Position Title", "Reports to", "Supervisor Title", "Immediate Supervisor"],
        "sup_class": ["Supervisor's Classification", "Supervisor's Group/Level", "Supervisor Level", "Supervisor's Classification Level"],
        "branch": ["Branch", "Branch/Sector", "Sector"], "directorate": ["Directorate", "Division", "Directorate/Division"],
        "department": ["Department", "Organization", "Department/Agency"],
        "incumbent": ["Incumbent", "Current incumbent", "Incumbent name"],
        "salary": ["Salary", "Salaries", "Salary budget", "Salary Budget"],
        "om": ["O&M", "Operating and Maintenance", "O&M budget", "Non-salary O&M"],
        "total": ["Total", "Total budget", "Total Budget", "Total (Salary + O&M)"],
        "fte": ["FTEs", "Total FTEs", "Employees", "Number of FTEs", "FTE's"],
        "other": [("Language Requirements", ["Bilingual imperative CBC/CBC", "Bilingual imperative CCC/CCC", "English essential"]),
                  ("Security Level", ["Secret", "Top Secret", "Reliability"]),
                  ("Tenure", ["Indeterminate"]), ("Status", ["Approved", "Classified", "Final"])],
    },
    "fr": {
        "title": ["Titre du poste", "Titre", "Intitulé du poste", "Titre officiel"],
        "classification": ["Classification", "Groupe et niveau", "Groupe/niveau", "Niveau"],
        "job_code": ["Code d'emploi", "Code de l'emploi", "No de code d'emploi", "Code d’emploi"],
        "position_number": ["Numéro du poste", "No du poste", "N° de poste", "Numéro de poste"],
        "effective_date": ["Date d'entrée en vigueur", "Date de prise d'effet", "En vigueur le", "Date d’entrée en vigueur"],
        "location": ["Lieu", "Lieu de travail", "Emplacement géographique"],
        "sup_num": ["Numéro du poste du superviseur", "No du poste du surveillant", "N° de poste du supérieur"],
        "sup_title": ["Titre du poste du superviseur", "Relève de", "Titre du supérieur immédiat"],
        "sup_class": ["Classification du superviseur", "Groupe et niveau du superviseur", "Niveau du supérieur"],
        "branch": ["Direction générale", "Secteur"], "directorate": ["Direction", "Division"],
        "department": ["Ministère", "Organisation"],
        "incumbent": ["Titulaire", "Titulaire actuel"],
        "salary": ["Salaires", "Budget salarial", "Masse salariale"],
        "om": ["F et E", "Fonctionnement et entretien", "Budget de F et E", "F&E"],
        "total": ["Total", "Budget total"],
        "fte": ["ETP", "Nombre d'ETP", "Effectif"],
        "other": [("Exigences linguistiques", ["Bilingue impératif CBC/CBC", "Bilingue impératif CCC/CCC"]),
                  ("Cote de sécurité", ["Secret", "Très secret", "Fiabilité"]),
                  ("Statut", ["Approuvé", "Classifié", "Version finale"])],
    },
}

SECTIONS = {
    "en": {"details": ["Position Details", "Position Information", "Identification", "Position identification", "Key information"],
           "ga": ["General Accountability", "General accountability", "Purpose of the position", "Overall accountability"],
           "org": ["Organization Structure", "Organizational Structure", "Structure", "Organization structure"],
           "ns": ["Nature and Scope", "Nature & Scope", "Nature and scope", "Context"],
           "dim": ["Dimensions", "Key Dimensions", "Resources", "Dimensions and resources"],
           "sa": ["Specific Accountabilities", "Specific accountabilities", "Key responsibilities", "Main Activities"],
           "csr": ["Client Service Results"], "ka": ["Key Activities"],
           "cert": ["Certification", "Approval", "Signatures", "Certification and approval"],
           "reports": ["Direct reports", "Positions reporting to the incumbent", "Reporting to this position",
                       "The following positions report to the {role}:"]},
    "fr": {"details": ["Renseignements sur le poste", "Identification du poste", "Identification", "Données sur le poste"],
           "ga": ["Responsabilité générale", "Responsabilités générales", "Raison d'être du poste"],
           "org": ["Structure organisationnelle", "Structure de l'organisation", "Structure"],
           "ns": ["Nature et étendue", "Nature et portée", "Contexte"],
           "dim": ["Dimensions", "Dimensions et ressources", "Ressources"],
           "sa": ["Responsabilités spécifiques", "Activités principales", "Responsabilités particulières"],
           "csr": ["Résultats axés sur le service à la clientèle"], "ka": ["Activités principales"],
           "cert": ["Attestation", "Approbation", "Signatures"],
           "reports": ["Subordonnés directs", "Postes relevant du titulaire", "Relèvent du poste :"]},
}

GA = {
    "en": [
        "The {title} is accountable for the leadership, design and delivery of the department's {dom} programs, policies and services, and for providing strategic advice to senior management on {dom} issues across {abbr}.",
        "Provides strategic leadership and direction for {dom} within the {branch} Branch, ensuring that programs, services and advice are delivered in a timely, effective and integrated manner in support of departmental priorities.",
        "The position is accountable for the development, implementation and continuous improvement of national {dom} frameworks, strategies and operations, and for the management of the {dom} team's human and financial resources.",
        "Accountable to the {sup} for directing {dom} activities on behalf of {abbr}, for representing the department with central agencies, other government departments and external stakeholders, and for ensuring sound stewardship of resources.",
    ],
    "fr": [
        "Le titulaire est responsable du leadership, de la conception et de la prestation des programmes, des politiques et des services du Ministère en matière de {dom}, ainsi que des conseils stratégiques à la haute direction.",
        "Assure le leadership et l'orientation stratégique des activités de {dom} au sein de la direction générale {branch}, afin que les programmes, les services et les conseils soient offerts de façon efficace et intégrée.",
        "Le poste est responsable de l'élaboration, de la mise en œuvre et de l'amélioration continue des cadres, des stratégies et des opérations nationales de {dom}, ainsi que de la gestion des ressources humaines et financières.",
    ],
}

NS = {
    "en": [
        "{abbr} operates in a complex environment shaped by evolving government priorities, the expectations of Canadians and the requirements of central agencies. The department relies on {dom} to inform decisions, manage risk and demonstrate results.",
        "The incumbent leads a multidisciplinary team of analysts, advisors and managers and must reconcile competing priorities of internal clients, regions and external partners while meeting tight timelines and delivering on the department's commitments.",
        "Major challenges include modernizing aging systems and business processes, recruiting and retaining specialized talent, and ensuring that the organization's work is responsive to the needs of clients in all regions of the country.",
        "The position works closely with the provinces and territories, other government departments, industry and Indigenous partners, and represents the department on interdepartmental committees at the director and director general levels.",
        "The incumbent provides expert advice and briefings to the Assistant Deputy Minister, the Deputy Minister and the Minister's office, often on sensitive and high-profile files that attract media and parliamentary attention.",
        "Decisions made by the incumbent have a direct impact on the quality and timeliness of services to Canadians and on the department's reputation and its ability to meet its legislative and policy obligations.",
    ],
    "fr": [
        "Le Ministère ({abbr}) évolue dans un contexte complexe marqué par l'évolution des priorités gouvernementales, les attentes des Canadiens et les exigences des organismes centraux. Il s'appuie sur ses activités de {dom} pour éclairer ses décisions et gérer les risques.",
        "Le titulaire dirige une équipe multidisciplinaire d'analystes, de conseillers et de gestionnaires et doit concilier les priorités divergentes des clients internes, des régions et des partenaires externes tout en respectant des échéances serrées.",
        "Les principaux défis consistent à moderniser des systèmes et des processus opérationnels vieillissants, à recruter et à maintenir en poste du personnel spécialisé et à répondre aux besoins des clients de toutes les régions.",
        "Le titulaire travaille en étroite collaboration avec les provinces et les territoires, d'autres ministères, l'industrie et les partenaires autochtones, et représente le Ministère au sein de comités interministériels.",
        "Le titulaire fournit des conseils d'expert et des notes d'information au sous-ministre adjoint, au sous-ministre et au cabinet du ministre, souvent sur des dossiers délicats et très médiatisés.",
    ],
}

SA = {
    "en": [
        "Directs the development and implementation of {dom} policies, frameworks, strategies and plans to advance departmental priorities.",
        "Provides authoritative advice, guidance and briefings to the Assistant Deputy Minister and senior management committees on existing and emerging {dom} issues.",
        "Leads the planning, delivery and monitoring of {dom} programs and services, including performance measurement, evaluation and reporting.",
        "Establishes and maintains effective relationships with central agencies, other government departments, provinces, territories and stakeholders.",
        "Manages the directorate's human, financial and material resources with prudence and probity, in accordance with the values and ethics of the public service.",
        "Represents the department on interdepartmental and federal-provincial-territorial committees and working groups.",
        "Leads change management and modernization initiatives, including the adoption of new tools, data and digital solutions.",
        "Develops and promotes a healthy, inclusive and respectful workplace that supports employment equity, diversity and official languages.",
        "Oversees the preparation of Memoranda to Cabinet, Treasury Board submissions, briefing notes and correspondence.",
        "Negotiates and manages agreements, memoranda of understanding and partnership arrangements.",
    ],
    "fr": [
        "Dirige l'élaboration et la mise en œuvre des politiques, des cadres, des stratégies et des plans en matière de {dom} afin de faire progresser les priorités du Ministère.",
        "Fournit des conseils, une orientation et des notes d'information faisant autorité au sous-ministre adjoint et aux comités de la haute direction.",
        "Dirige la planification, la prestation et le suivi des programmes et des services, y compris la mesure du rendement, l'évaluation et la production de rapports.",
        "Établit et entretient des relations efficaces avec les organismes centraux, les autres ministères, les provinces, les territoires et les intervenants.",
        "Gère les ressources humaines, financières et matérielles de la direction avec prudence et probité, conformément aux valeurs et à l'éthique de la fonction publique.",
        "Représente le Ministère au sein de comités et de groupes de travail interministériels et fédéraux-provinciaux-territoriaux.",
        "Dirige des initiatives de gestion du changement et de modernisation, y compris l'adoption de nouveaux outils et de solutions numériques.",
        "Favorise un milieu de travail sain, inclusif et respectueux qui appuie l'équité en matière d'emploi, la diversité et les langues officielles.",
    ],
}

CSR = {
    "en": "{dom} programs, policies and advice that support the department's mandate and meet the needs of Canadians, clients and senior management.",
    "fr": "Des programmes, des politiques et des conseils en matière de {dom} qui appuient le mandat du Ministère et répondent aux besoins des Canadiens et de la haute direction.",
}

REPORT_DUTIES = {
    "en": ["responsible for the day-to-day management of {sub} activities", "leads {sub} for the directorate",
           "provides advice and analysis on {sub}", "manages the {sub} team and its work plan",
           "responsible for {sub} and related reporting"],
    "fr": ["responsable de la gestion quotidienne des activités de {sub}", "dirige les travaux de {sub} de la direction",
           "fournit des conseils et des analyses en matière de {sub}", "gère l'équipe de {sub} et son plan de travail"],
}

# domains that belong to one kind of department (abbreviations of DEPARTMENTS); the others fit any
DOMAIN_DEPTS = {
    "Labour Market Information": ["ESDC"], "Benefits Processing": ["ESDC"], "Contact Centre Operations": ["ESDC", "CRA"],
    "Fisheries Resource Management": ["DFO"], "Border Programs": ["CBSA"], "Veterans Services": ["VAC"],
    "Collections Management": ["LAC"], "Inspection Programs": ["CFIA"], "Animal Health": ["CFIA"],
    "Marine Safety Policy": ["TC"], "Passport Program Integrity": ["IRCC"], "Geospatial Information": ["NRCan"],
    "Clean Technology Programs": ["NRCan"], "Pay Operations": ["PSPC"], "Pension Services": ["PSPC"],
    "Procurement Policy and Governance": ["PSPC"], "Real Property": ["PSPC", "CSC"], "Cyber Security Operations": ["SSC"],
    "Trade Policy": ["GAC", "AAFC"], "Environmental Assessment": ["ECCC"], "Emergency Preparedness": ["PHAC"],
    "Investigations and Enforcement": ["CRA", "CBSA"], "Indigenous Relations": ["ISC", "NRCan", "DFO"],
    "Science Policy": ["ISED", "NRCan"], "Regulatory Affairs": ["HC", "TC", "CFIA"], "Program Integrity": ["ESDC", "IRCC"],
    "Grants and Contributions": ["PCH", "ESDC", "ISC"], "Client Experience": ["CRA", "ESDC", "IRCC"],
    "Digital Service Delivery": ["ESDC", "SSC", "IRCC"], "Data Strategy & Analytics": ["StatCan", "HC", "ESDC"],
}
