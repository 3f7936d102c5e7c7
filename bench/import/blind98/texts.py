"""Data for blind98: departments, functional themes, prose and names (all invented positions and
people; real departments). Used by make_blind.py."""

# (English name, French name, short English, short French)
DEPARTMENTS = [
    ("Employment and Social Development Canada", "Emploi et Développement social Canada", "ESDC", "EDSC"),
    ("Statistics Canada", "Statistique Canada", "StatCan", "StatCan"),
    ("Transport Canada", "Transports Canada", "TC", "TC"),
    ("Fisheries and Oceans Canada", "Pêches et Océans Canada", "DFO", "MPO"),
    ("Environment and Climate Change Canada", "Environnement et Changement climatique Canada", "ECCC", "ECCC"),
    ("Health Canada", "Santé Canada", "HC", "SC"),
    ("Public Health Agency of Canada", "Agence de la santé publique du Canada", "PHAC", "ASPC"),
    ("Indigenous Services Canada", "Services aux Autochtones Canada", "ISC", "SAC"),
    ("Immigration, Refugees and Citizenship Canada", "Immigration, Réfugiés et Citoyenneté Canada", "IRCC", "IRCC"),
    ("Natural Resources Canada", "Ressources naturelles Canada", "NRCan", "RNCan"),
    ("Agriculture and Agri-Food Canada", "Agriculture et Agroalimentaire Canada", "AAFC", "AAC"),
    ("Canada Revenue Agency", "Agence du revenu du Canada", "CRA", "ARC"),
    ("Public Safety Canada", "Sécurité publique Canada", "PS", "SP"),
    ("Innovation, Science and Economic Development Canada", "Innovation, Sciences et Développement économique Canada", "ISED", "ISDE"),
    ("Canadian Food Inspection Agency", "Agence canadienne d'inspection des aliments", "CFIA", "ACIA"),
    ("Veterans Affairs Canada", "Anciens Combattants Canada", "VAC", "ACC"),
    ("Public Services and Procurement Canada", "Services publics et Approvisionnement Canada", "PSPC", "SPAC"),
    ("Shared Services Canada", "Services partagés Canada", "SSC", "SPC"),
    ("Canada School of Public Service", "École de la fonction publique du Canada", "CSPS", "EFPC"),
    ("Library and Archives Canada", "Bibliothèque et Archives Canada", "LAC", "BAC"),
    ("Canadian Space Agency", "Agence spatiale canadienne", "CSA", "ASC"),
    ("Correctional Service Canada", "Service correctionnel du Canada", "CSC", "SCC"),
    ("Canada Border Services Agency", "Agence des services frontaliers du Canada", "CBSA", "ASFC"),
    ("Parks Canada", "Parcs Canada", "PC", "PC"),
    ("Global Affairs Canada", "Affaires mondiales Canada", "GAC", "AMC"),
]

# (city, province English, province French)
LOCATIONS = [
    ("Ottawa", "Ontario", "Ontario"),
    ("Gatineau", "Quebec", "Québec"),
    ("Montréal", "Quebec", "Québec"),
    ("Québec", "Quebec", "Québec"),
    ("Halifax", "Nova Scotia", "Nouvelle-Écosse"),
    ("Moncton", "New Brunswick", "Nouveau-Brunswick"),
    ("Winnipeg", "Manitoba", "Manitoba"),
    ("Edmonton", "Alberta", "Alberta"),
    ("Vancouver", "British Columbia", "Colombie-Britannique"),
    ("Toronto", "Ontario", "Ontario"),
    ("Regina", "Saskatchewan", "Saskatchewan"),
    ("St. John's", "Newfoundland and Labrador", "Terre-Neuve-et-Labrador"),
    ("Sherbrooke", "Quebec", "Québec"),
    ("Miramichi", "New Brunswick", "Nouveau-Brunswick"),
    ("Dartmouth", "Nova Scotia", "Nouvelle-Écosse"),
    ("Burnaby", "British Columbia", "Colombie-Britannique"),
    ("Shawinigan", "Quebec", "Québec"),
    ("Charlottetown", "Prince Edward Island", "Île-du-Prince-Édouard"),
]

# Themes: key, subject (en, fr) for titles, domain phrase (en, fr), direct reports
# [(title en, title fr, group)]
THEMES = [
    ("lmi", ("Labour Market Analysis", "Analyse du marché du travail"),
     ("labour market information and analysis", "l'information et l'analyse sur le marché du travail"),
     [("Manager, Labour Market Forecasting", "Gestionnaire, Prévisions du marché du travail", "EC-07"),
      ("Manager, Regional Analysis", "Gestionnaire, Analyse régionale", "EC-07"),
      ("Manager, Data Integration", "Gestionnaire, Intégration des données", "EC-07"),
      ("Senior Advisor, Partnerships", "Conseiller principal, Partenariats", "EC-06")]),
    ("grants", ("Grants and Contributions Operations", "Opérations des subventions et contributions"),
     ("grants and contributions programs", "les programmes de subventions et de contributions"),
     [("Manager, Program Delivery", "Gestionnaire, Prestation des programmes", "PM-06"),
      ("Manager, Financial Monitoring", "Gestionnaire, Surveillance financière", "FI-03"),
      ("Manager, Agreements and Compliance", "Gestionnaire, Ententes et conformité", "PM-06"),
      ("Coordinator, Operations Support", "Coordonnateur, Soutien aux opérations", "AS-05")]),
    ("cyber", ("Cyber Security Operations", "Opérations de cybersécurité"),
     ("cyber security and IT risk management", "la cybersécurité et la gestion des risques liés à la TI"),
     [("Manager, Security Operations Centre", "Gestionnaire, Centre des opérations de sécurité", "IT-04"),
      ("Manager, Vulnerability Management", "Gestionnaire, Gestion des vulnérabilités", "IT-04"),
      ("Manager, Security Architecture", "Gestionnaire, Architecture de sécurité", "IT-05"),
      ("Team Leader, Incident Response", "Chef d'équipe, Intervention en cas d'incident", "IT-03")]),
    ("fish", ("Fisheries Resource Management", "Gestion des ressources halieutiques"),
     ("fisheries resource management", "la gestion des ressources halieutiques"),
     [("Regional Manager, Resource Management", "Gestionnaire régional, Gestion des ressources", "EG-07"),
      ("Manager, Licensing", "Gestionnaire, Délivrance des permis", "PM-06"),
      ("Area Chief, Conservation and Protection", "Chef de secteur, Conservation et protection", "GT-07"),
      ("Senior Biologist", "Biologiste principal", "BI-04")]),
    ("hr", ("Workforce Planning and Classification", "Planification de l'effectif et classification"),
     ("workforce planning, classification and organizational design", "la planification de l'effectif, la classification et la conception organisationnelle"),
     [("Manager, Classification", "Gestionnaire, Classification", "PE-06"),
      ("Manager, Organizational Design", "Gestionnaire, Conception organisationnelle", "PE-05"),
      ("Manager, Workforce Analytics", "Gestionnaire, Analytique de l'effectif", "EC-06"),
      ("Senior Advisor, Executive Classification", "Conseiller principal, Classification des cadres", "PE-05")]),
    ("finance", ("Financial Planning and Resource Management", "Planification financière et gestion des ressources"),
     ("financial planning, budgeting and resource management", "la planification financière, l'établissement du budget et la gestion des ressources"),
     [("Manager, Corporate Budgeting", "Gestionnaire, Budgétisation ministérielle", "FI-04"),
      ("Manager, Costing and Forecasting", "Gestionnaire, Établissement des coûts et prévisions", "FI-03"),
      ("Manager, Financial Reporting", "Gestionnaire, Rapports financiers", "FI-03"),
      ("Administrative Assistant", "Adjointe administrative", "AS-02")]),
    ("policy", ("Strategic Policy", "Politiques stratégiques"),
     ("strategic policy development and coordination", "l'élaboration et la coordination des politiques stratégiques"),
     [("Manager, Policy Development", "Gestionnaire, Élaboration des politiques", "EC-07"),
      ("Manager, Cabinet and Parliamentary Affairs", "Gestionnaire, Affaires du Cabinet et parlementaires", "EC-07"),
      ("Manager, Federal-Provincial Relations", "Gestionnaire, Relations fédérales-provinciales", "EC-07"),
      ("Senior Policy Analyst", "Analyste principal des politiques", "EC-06")]),
    ("service", ("Client Service Delivery", "Prestation des services aux clients"),
     ("client service delivery and processing operations", "la prestation des services aux clients et les opérations de traitement"),
     [("Manager, Processing Centre", "Gestionnaire, Centre de traitement", "PM-06"),
      ("Manager, Contact Centre", "Gestionnaire, Centre de contact", "PM-05"),
      ("Manager, Quality and Service Standards", "Gestionnaire, Qualité et normes de service", "PM-05"),
      ("Manager, Workload Management", "Gestionnaire, Gestion de la charge de travail", "PM-05")]),
    ("science", ("Climate Science and Monitoring", "Science et surveillance du climat"),
     ("climate research, monitoring and scientific advice", "la recherche, la surveillance et les avis scientifiques sur le climat"),
     [("Section Head, Atmospheric Monitoring", "Chef de section, Surveillance atmosphérique", "PC-04"),
      ("Section Head, Climate Modelling", "Chef de section, Modélisation du climat", "PC-04"),
      ("Manager, Data Services", "Gestionnaire, Services de données", "CS-04"),
      ("Research Scientist", "Chercheur scientifique", "RES-03")]),
    ("inspection", ("Inspection Operations", "Opérations d'inspection"),
     ("inspection, compliance verification and enforcement", "l'inspection, la vérification de la conformité et l'application de la loi"),
     [("Inspection Manager, East", "Gestionnaire de l'inspection, Est", "EG-07"),
      ("Inspection Manager, West", "Gestionnaire de l'inspection, Ouest", "EG-07"),
      ("Manager, Enforcement and Investigations", "Gestionnaire, Application de la loi et enquêtes", "PM-06"),
      ("Senior Program Officer", "Agent principal de programme", "EG-06")]),
    ("procurement", ("Procurement and Contracting", "Approvisionnement et passation des marchés"),
     ("procurement, contracting and materiel management", "l'approvisionnement, la passation des marchés et la gestion du matériel"),
     [("Manager, Strategic Procurement", "Gestionnaire, Approvisionnement stratégique", "PG-06"),
      ("Manager, Contracting Operations", "Gestionnaire, Opérations contractuelles", "PG-05"),
      ("Manager, Materiel Management", "Gestionnaire, Gestion du matériel", "PG-05"),
      ("Contracting Policy Advisor", "Conseiller en politique contractuelle", "PG-04")]),
    ("digital", ("Digital Services", "Services numériques"),
     ("digital service design and application delivery", "la conception des services numériques et la prestation des applications"),
     [("Manager, Application Development", "Gestionnaire, Développement d'applications", "IT-04"),
      ("Manager, User Research and Design", "Gestionnaire, Recherche et conception axées sur l'utilisateur", "IT-04"),
      ("Manager, Cloud Operations", "Gestionnaire, Opérations infonuagiques", "IT-04"),
      ("Product Owner", "Responsable de produit", "IT-03")]),
    ("audit", ("Internal Audit", "Vérification interne"),
     ("internal audit and advisory services", "la vérification interne et les services consultatifs"),
     [("Audit Manager, Operations", "Gestionnaire de la vérification, Opérations", "AU-04"),
      ("Audit Manager, Information Technology", "Gestionnaire de la vérification, Technologie de l'information", "AU-04"),
      ("Practice Manager, Quality Assurance", "Gestionnaire de pratique, Assurance de la qualité", "AU-03"),
      ("Senior Auditor", "Vérificateur principal", "AU-03")]),
    ("comms", ("Communications and Public Affairs", "Communications et affaires publiques"),
     ("communications, media relations and public affairs", "les communications, les relations avec les médias et les affaires publiques"),
     [("Manager, Media Relations", "Gestionnaire, Relations avec les médias", "IS-05"),
      ("Manager, Digital Communications", "Gestionnaire, Communications numériques", "IS-05"),
      ("Manager, Strategic Communications", "Gestionnaire, Communications stratégiques", "IS-05"),
      ("Senior Writer-Editor", "Rédacteur-réviseur principal", "IS-04")]),
    ("real_property", ("Real Property and Accommodation", "Biens immobiliers et locaux"),
     ("real property, accommodation and facilities management", "les biens immobiliers, les locaux et la gestion des installations"),
     [("Manager, Portfolio Planning", "Gestionnaire, Planification du portefeuille", "EN-ENG-05"),
      ("Manager, Facilities Operations", "Gestionnaire, Exploitation des installations", "GT-06"),
      ("Manager, Workplace Modernization", "Gestionnaire, Modernisation des milieux de travail", "PM-06"),
      ("Senior Project Manager", "Gestionnaire de projet principal", "EN-ENG-04")]),
    ("indigenous", ("Indigenous Community Infrastructure", "Infrastructure communautaire autochtone"),
     ("community infrastructure programs with First Nations", "les programmes d'infrastructure communautaire avec les Premières Nations"),
     [("Manager, Water and Wastewater", "Gestionnaire, Eau potable et eaux usées", "EN-ENG-05"),
      ("Manager, Housing Programs", "Gestionnaire, Programmes de logement", "PM-06"),
      ("Manager, Capital Planning", "Gestionnaire, Planification des immobilisations", "FI-03"),
      ("Senior Engagement Advisor", "Conseiller principal, Mobilisation", "PM-05")]),
    ("border", ("Border Operations", "Opérations frontalières"),
     ("border operations, traveller and commercial processing", "les opérations frontalières et le traitement des voyageurs et des marchandises"),
     [("Chief of Operations, Airport", "Chef des opérations, Aéroport", "FB-06"),
      ("Chief of Operations, Marine", "Chef des opérations, Maritime", "FB-06"),
      ("Manager, Intelligence and Targeting", "Gestionnaire, Renseignement et ciblage", "FB-07"),
      ("District Program Advisor", "Conseiller en programmes du district", "FB-05")]),
    ("learning", ("Learning Programs", "Programmes d'apprentissage"),
     ("learning design, curriculum and delivery for public servants", "la conception, les programmes d'études et la prestation de l'apprentissage pour les fonctionnaires"),
     [("Manager, Curriculum Design", "Gestionnaire, Conception des programmes d'études", "ED-EDS-04"),
      ("Manager, Learning Delivery", "Gestionnaire, Prestation de l'apprentissage", "PM-06"),
      ("Manager, Learning Technologies", "Gestionnaire, Technologies d'apprentissage", "IT-04"),
      ("Senior Learning Advisor", "Conseiller principal en apprentissage", "ED-EDS-03")]),
    ("archives", ("Archival Preservation", "Préservation des archives"),
     ("preservation, conservation and digitization of the documentary heritage", "la préservation, la conservation et la numérisation du patrimoine documentaire"),
     [("Manager, Conservation Laboratories", "Gestionnaire, Laboratoires de conservation", "PC-03"),
      ("Manager, Digitization", "Gestionnaire, Numérisation", "CS-03"),
      ("Manager, Collection Storage", "Gestionnaire, Entreposage des collections", "AR-05"),
      ("Senior Archivist", "Archiviste principal", "AR-04")]),
    ("vets", ("Case Management Services", "Services de gestion de cas"),
     ("case management and benefits delivery for Veterans", "la gestion de cas et la prestation des avantages aux vétérans"),
     [("Area Director, Atlantic", "Directeur de secteur, Atlantique", "PM-06"),
      ("Area Director, Quebec", "Directeur de secteur, Québec", "PM-06"),
      ("Manager, Clinical Services", "Gestionnaire, Services cliniques", "NU-HOS-06"),
      ("Manager, Case Management Quality", "Gestionnaire, Qualité de la gestion de cas", "PM-05")]),
    ("space", ("Space Utilization Programs", "Programmes d'utilisation de l'espace"),
     ("space utilization, Earth observation and science missions", "l'utilisation de l'espace, l'observation de la Terre et les missions scientifiques"),
     [("Manager, Earth Observation Applications", "Gestionnaire, Applications d'observation de la Terre", "EN-ENG-05"),
      ("Manager, Space Science Missions", "Gestionnaire, Missions de science spatiale", "EN-ENG-05"),
      ("Manager, Program Planning", "Gestionnaire, Planification des programmes", "PM-06"),
      ("Mission Scientist", "Scientifique de mission", "RES-03")]),
    ("corrections", ("Institutional Operations", "Opérations en établissement"),
     ("institutional operations, security and offender programs", "les opérations en établissement, la sécurité et les programmes pour délinquants"),
     [("Deputy Warden", "Sous-directeur", "CX-04"),
      ("Assistant Warden, Operations", "Directeur adjoint, Opérations", "CX-03"),
      ("Assistant Warden, Interventions", "Directeur adjoint, Interventions", "WP-06"),
      ("Manager, Assessment and Interventions", "Gestionnaire, Évaluation et interventions", "WP-05")]),
    ("trade", ("Trade Policy and Negotiations", "Politique commerciale et négociations"),
     ("trade policy, negotiations and market access", "la politique commerciale, les négociations et l'accès aux marchés"),
     [("Deputy Director, Market Access", "Directeur adjoint, Accès aux marchés", "EC-07"),
      ("Deputy Director, Trade Agreements", "Directeur adjoint, Accords commerciaux", "FS-04"),
      ("Senior Trade Policy Officer", "Agent principal de politique commerciale", "FS-03"),
      ("Senior Economist", "Économiste principal", "EC-06")]),
]

# Title stems by level (en, fr masculine, fr feminine)
STEMS = {
    "EX-01": [("Director", "Directeur", "Directrice")],
    "EX-02": [("Executive Director", "Directeur exécutif", "Directrice exécutive"),
              ("Senior Director", "Directeur principal", "Directrice principale")],
    "EX-03": [("Director General", "Directeur général", "Directrice générale")],
}

SUPERVISORS = {
    "EX-01": [("Director General", "Directeur général", "EX-03"), ("Executive Director", "Directeur exécutif", "EX-02")],
    "EX-02": [("Director General", "Directeur général", "EX-03")],
    "EX-03": [("Assistant Deputy Minister", "Sous-ministre adjoint", "EX-05"),
              ("Associate Assistant Deputy Minister", "Sous-ministre adjoint délégué", "EX-04")],
}

# Branch / sector names (en, fr) for supervisors
SECTORS = [
    ("Program Operations", "Opérations des programmes"),
    ("Strategic and Service Policy", "Politique stratégique et de service"),
    ("Corporate Services", "Services ministériels"),
    ("Regional Operations", "Opérations régionales"),
    ("Science and Technology", "Sciences et technologie"),
    ("Chief Information Officer Branch", "Direction générale du dirigeant principal de l'information"),
    ("Chief Financial Officer Branch", "Direction générale du dirigeant principal des finances"),
    ("Human Resources", "Ressources humaines"),
    ("Operations", "Opérations"),
    ("Policy and Programs", "Politiques et programmes"),
]

NAMES_EN = ["Margaret Oduya", "Daniel Whitcombe", "Priya Ramaswamy", "Colin MacPhee", "Heather Lindqvist",
            "Tomasz Brzezinski", "Aisha Farouk", "Graham Ellery", "Sandra Kowalchuk", "Kevin Tsang",
            "Laura Beauregard", "Owen Pettigrew", "Nadia Haddad", "Brent Okonkwo", "Fiona Drummond",
            "Raj Malhotra", "Catherine Ashdown", "Malcolm Reid", "Jennifer Yee", "Derek Quinlan",
            "Rebecca Sauvé", "Ian Fairweather", "Tanya Rudolph", "Peter Van Loon", "Meera Chandrasekar",
            "Stuart Galloway", "Alison Threlkeld", "Mohammed Siddiqui", "Kathleen O'Rourke", "Victor Lam"]
NAMES_FR = ["Geneviève Trottier", "Marc-André Bélanger", "Sophie Lachance", "Étienne Desrosiers",
            "Isabelle Gagnon", "Jean-François Ouellet", "Nathalie Bergeron", "Luc Thibodeau",
            "Chantal Lévesque", "Mathieu Pelletier", "Véronique Caron", "Pierre-Luc Fortin",
            "Josée Arsenault", "Sébastien Côté", "Martine Dufresne", "Yannick Boivin",
            "Annie St-Laurent", "François Gauthier", "Hélène Marchand", "Olivier Paquette"]

# ---------------------------------------------------------------- prose
GA_EN = [
    "The {title} is accountable for the strategic direction, planning and delivery of {domain} for "
    "{dept}, ensuring that programs are designed and managed to achieve departmental priorities, meet "
    "legislative and policy requirements and respond to the needs of Canadians.",
    "Provides leadership and direction for {domain}, including the development of frameworks, strategies and "
    "operational plans, the management of human and financial resources, and the provision of expert advice "
    "to senior management on emerging issues and risks.",
    "The position is accountable for the design, development and delivery of {domain} and for the provision "
    "of integrated advisory services to the senior management of {dept}.",
]
GA_FR = [
    "Le titulaire du poste de {title} est responsable de l'orientation stratégique, de la planification et "
    "de la prestation de {domain} à {dept}, afin que les programmes soient conçus et gérés de manière à "
    "atteindre les priorités ministérielles et à répondre aux besoins de la population canadienne.",
    "Assure le leadership et l'orientation de {domain}, y compris l'élaboration de cadres, de stratégies et de "
    "plans opérationnels, la gestion des ressources humaines et financières et la prestation de conseils "
    "spécialisés à la haute direction sur les enjeux et les risques émergents.",
]
NS_EN = [
    "{dept} operates in a complex, multi-jurisdictional environment in which the priorities of central "
    "agencies, other federal departments, provinces and territories, industry and stakeholders must be "
    "reconciled. The incumbent leads a range of inter-dependent analytical, consultative and operational "
    "activities and must anticipate the impact of national and international developments on {domain}.",
    "Major challenges include reconciling competing priorities of internal and external stakeholders to meet "
    "critical objectives and timelines, modernizing business processes and systems while maintaining service "
    "levels, and attracting and retaining a skilled workforce in a competitive labour market.",
    "The work of the directorate is closely aligned with departmental policy development and program delivery. "
    "The incumbent must exercise sound judgement in situations where precedents are limited, where the "
    "interests of partners diverge and where the consequences of decisions are significant for the "
    "department's reputation and for the Government of Canada.",
]
NS_FR = [
    "{dept} évolue dans un environnement complexe où les priorités des organismes centraux, des autres "
    "ministères fédéraux, des provinces et des territoires et des intervenants doivent être conciliées. Le "
    "titulaire dirige un ensemble d'activités d'analyse, de consultation et d'opérations interdépendantes et "
    "doit prévoir les répercussions des développements nationaux et internationaux sur {domain}.",
    "Les principaux défis consistent à concilier les priorités divergentes des intervenants internes et "
    "externes, à moderniser les processus et les systèmes tout en maintenant les niveaux de service, et à "
    "attirer et maintenir en poste une main-d'œuvre qualifiée.",
]
SA_EN = [
    "Develops and implements policy and program frameworks, strategies and plans for {domain} to advance departmental priorities.",
    "Provides advice, guidance and direction to the Assistant Deputy Minister and senior management committees on existing and emerging issues.",
    "Directs the planning, delivery and evaluation of programs and services, including performance measurement and reporting.",
    "Represents the department in dealings with central agencies, other federal organizations, provinces and territories and stakeholders.",
    "Establishes the directorate's priorities and manages its human, financial and material resources with prudence and probity.",
    "Leads the modernization of business processes and systems and implements effective change management strategies.",
    "Negotiates partnership arrangements and agreements with the private, public and not-for-profit sectors.",
    "As a member of the branch's senior management team, contributes to corporate planning and decision-making.",
]
SA_FR = [
    "Élabore et met en œuvre des cadres stratégiques, des stratégies et des plans pour {domain} afin de faire progresser les priorités ministérielles.",
    "Fournit des conseils, une orientation et une direction au sous-ministre adjoint et aux comités de la haute direction sur les enjeux actuels et émergents.",
    "Dirige la planification, la prestation et l'évaluation des programmes et des services, y compris la mesure du rendement et la production de rapports.",
    "Représente le ministère auprès des organismes centraux, des autres organisations fédérales, des provinces et des territoires et des intervenants.",
    "Établit les priorités de la direction et gère ses ressources humaines, financières et matérielles avec prudence et probité.",
    "Dirige la modernisation des processus opérationnels et des systèmes et met en œuvre des stratégies efficaces de gestion du changement.",
    "Négocie des ententes de partenariat avec les secteurs privé, public et sans but lucratif.",
]
CSR_EN = "Strategic leadership, direction and delivery of {domain} for {dept}, in support of departmental priorities and of the expectations of Canadians."
CSR_FR = "Leadership stratégique, orientation et prestation de {domain} pour {dept}, à l'appui des priorités ministérielles et des attentes de la population canadienne."

# Why the position grew (reclassification rationale)
WHY_EN = [
    "Since the last evaluation the directorate has absorbed the {extra} function, its workforce has grown and "
    "the position now leads national rather than regional programs.",
    "The position has taken on full accountability for the {extra} program, previously managed at the "
    "director general level, with a corresponding increase in budget and in the scope of decision-making.",
    "The mandate of the position was broadened following the reorganization of the branch: the {extra} "
    "function and two manager positions were transferred in, and the position now represents the department "
    "at interdepartmental committees.",
]
WHY_FR = [
    "Depuis la dernière évaluation, la direction a intégré la fonction de {extra}, son effectif a augmenté et "
    "le poste dirige maintenant des programmes nationaux plutôt que régionaux.",
    "Le poste assume désormais l'entière responsabilité du programme de {extra}, auparavant géré au niveau "
    "du directeur général, avec une augmentation correspondante du budget et de la portée des décisions.",
]
EXTRA_EN = ["data governance", "regional coordination", "quality assurance", "stakeholder engagement",
            "performance measurement", "business continuity", "horizontal initiatives"]
EXTRA_FR = ["gouvernance des données", "coordination régionale", "assurance de la qualité",
            "mobilisation des intervenants", "mesure du rendement", "continuité des activités"]

# Departments (indices in DEPARTMENTS) where a theme's work is done; themes not listed fit anywhere.
THEME_DEPTS = {
    "lmi": [0, 1], "grants": [0, 13, 10, 7], "fish": [3], "science": [4, 9], "inspection": [14, 5, 2],
    "service": [0, 8, 11, 15], "indigenous": [7], "border": [22], "learning": [18], "archives": [19],
    "vets": [15], "space": [20], "corrections": [21], "trade": [24, 13, 10],
}
