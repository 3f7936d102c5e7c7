"""Data and prose for the blind108 corpus: departments, areas, report titles, names, label sets and the
paragraphs of the work descriptions (English and French). Invented positions, invented people."""

# (English name, French name, short English, short French)
DEPARTMENTS = [
    ("Fisheries and Oceans Canada", "Pêches et Océans Canada", "DFO", "MPO"),
    ("Natural Resources Canada", "Ressources naturelles Canada", "NRCan", "RNCan"),
    ("Transport Canada", "Transports Canada", "TC", "TC"),
    ("Health Canada", "Santé Canada", "HC", "SC"),
    ("Statistics Canada", "Statistique Canada", "StatCan", "StatCan"),
    ("Immigration, Refugees and Citizenship Canada", "Immigration, Réfugiés et Citoyenneté Canada", "IRCC", "IRCC"),
    ("Environment and Climate Change Canada", "Environnement et Changement climatique Canada", "ECCC", "ECCC"),
    ("Agriculture and Agri-Food Canada", "Agriculture et Agroalimentaire Canada", "AAFC", "AAC"),
    ("Indigenous Services Canada", "Services aux Autochtones Canada", "ISC", "SAC"),
    ("Canada Revenue Agency", "Agence du revenu du Canada", "CRA", "ARC"),
    ("Public Health Agency of Canada", "Agence de la santé publique du Canada", "PHAC", "ASPC"),
    ("Canadian Food Inspection Agency", "Agence canadienne d'inspection des aliments", "CFIA", "ACIA"),
    ("Innovation, Science and Economic Development Canada", "Innovation, Sciences et Développement économique Canada", "ISED", "ISDE"),
    ("Employment and Social Development Canada", "Emploi et Développement social Canada", "ESDC", "EDSC"),
    ("Public Services and Procurement Canada", "Services publics et Approvisionnement Canada", "PSPC", "SPAC"),
    ("Shared Services Canada", "Services partagés Canada", "SSC", "SPC"),
    ("Veterans Affairs Canada", "Anciens Combattants Canada", "VAC", "ACC"),
    ("Canada Border Services Agency", "Agence des services frontaliers du Canada", "CBSA", "ASFC"),
    ("Correctional Service Canada", "Service correctionnel du Canada", "CSC", "SCC"),
    ("Library and Archives Canada", "Bibliothèque et Archives Canada", "LAC", "BAC"),
    ("Canadian Heritage", "Patrimoine canadien", "PCH", "PCH"),
    ("Crown-Indigenous Relations and Northern Affairs Canada", "Relations Couronne-Autochtones et Affaires du Nord Canada", "CIRNAC", "RCAANC"),
]

# (city, province EN, province FR)
LOCATIONS = [
    ("Ottawa", "Ontario", "Ontario"), ("Gatineau", "Quebec", "Québec"), ("Montréal", "Quebec", "Québec"),
    ("Halifax", "Nova Scotia", "Nouvelle-Écosse"), ("Moncton", "New Brunswick", "Nouveau-Brunswick"),
    ("Winnipeg", "Manitoba", "Manitoba"), ("Edmonton", "Alberta", "Alberta"), ("Vancouver", "British Columbia", "Colombie-Britannique"),
    ("Regina", "Saskatchewan", "Saskatchewan"), ("Toronto", "Ontario", "Ontario"), ("St. John's", "Newfoundland and Labrador", "Terre-Neuve-et-Labrador"),
    ("Québec", "Quebec", "Québec"), ("Sherbrooke", "Quebec", "Québec"), ("Shawinigan", "Quebec", "Québec"),
    ("Miramichi", "New Brunswick", "Nouveau-Brunswick"), ("Charlottetown", "Prince Edward Island", "Île-du-Prince-Édouard"),
    ("Saskatoon", "Saskatchewan", "Saskatchewan"), ("Burnaby", "British Columbia", "Colombie-Britannique"),
]

# (area EN, area FR, object of the work EN, FR)
AREAS = [
    ("Fisheries Resource Management", "Gestion des ressources halieutiques", "the management of commercial, recreational and Indigenous fisheries", "la gestion des pêches commerciales, récréatives et autochtones"),
    ("Energy Efficiency Programs", "Programmes d'efficacité énergétique", "national energy efficiency programs for buildings, industry and vehicles", "les programmes nationaux d'efficacité énergétique pour les bâtiments, l'industrie et les véhicules"),
    ("Rail Safety Oversight", "Surveillance de la sécurité ferroviaire", "the oversight of federally regulated railways", "la surveillance des chemins de fer de compétence fédérale"),
    ("Medical Devices Licensing", "Homologation des instruments médicaux", "the licensing and post-market surveillance of medical devices", "l'homologation et la surveillance après la mise en marché des instruments médicaux"),
    ("Social Statistics Integration", "Intégration des statistiques sociales", "the integration of social and demographic statistical programs", "l'intégration des programmes de statistiques sociales et démographiques"),
    ("Asylum Operations", "Opérations d'asile", "the processing of asylum claims and related decisions", "le traitement des demandes d'asile et les décisions connexes"),
    ("Climate Change Adaptation", "Adaptation aux changements climatiques", "federal climate change adaptation policy and programs", "la politique et les programmes fédéraux d'adaptation aux changements climatiques"),
    ("Agri-Business Development", "Développement de l'agroentreprise", "programs supporting agri-business growth and market access", "les programmes de croissance de l'agroentreprise et d'accès aux marchés"),
    ("Community Infrastructure", "Infrastructures communautaires", "investments in water, housing and community infrastructure in First Nations communities", "les investissements dans l'eau, le logement et les infrastructures communautaires des Premières Nations"),
    ("Collections Compliance", "Observation en matière de recouvrements", "compliance and collections programs for individual and business taxpayers", "les programmes d'observation et de recouvrement visant les particuliers et les entreprises"),
    ("Emergency Preparedness", "Préparation aux situations d'urgence", "public health emergency preparedness and response capacity", "la capacité de préparation et d'intervention en cas d'urgence de santé publique"),
    ("Food Safety Programs", "Programmes de salubrité des aliments", "the design of food safety inspection programs", "la conception des programmes d'inspection de la salubrité des aliments"),
    ("Spectrum Licensing", "Délivrance des licences du spectre", "the licensing and management of the radio frequency spectrum", "la délivrance des licences et la gestion du spectre des radiofréquences"),
    ("Skills Programs Integration", "Intégration des programmes de compétences", "the integration of skills and apprenticeship programs", "l'intégration des programmes de compétences et d'apprentissage"),
    ("Real Property Services", "Services immobiliers", "the management of the federal office portfolio", "la gestion du portefeuille fédéral de locaux à bureaux"),
    ("Network Operations", "Opérations du réseau", "the operation of the government-wide data network", "l'exploitation du réseau de données pangouvernemental"),
    ("Disability Benefits", "Prestations d'invalidité", "the adjudication of disability benefits for veterans", "le règlement des prestations d'invalidité des vétérans"),
    ("Traveller Operations", "Opérations relatives aux voyageurs", "traveller processing at ports of entry", "le traitement des voyageurs aux points d'entrée"),
    ("Reintegration Programs", "Programmes de réinsertion sociale", "correctional programs and community reintegration of offenders", "les programmes correctionnels et la réinsertion sociale des délinquants"),
    ("Digital Preservation", "Préservation numérique", "the preservation of the government's digital records", "la préservation des documents numériques du gouvernement"),
    ("Official Languages Support", "Appui aux langues officielles", "programs supporting official language minority communities", "les programmes d'appui aux communautés de langue officielle en situation minoritaire"),
    ("Northern Contaminated Sites", "Sites contaminés du Nord", "the remediation of contaminated sites in the North", "l'assainissement des sites contaminés dans le Nord"),
    ("Financial Planning and Resource Management", "Planification financière et gestion des ressources", "departmental financial planning and resource management", "la planification financière et la gestion des ressources du ministère"),
    ("Strategic Policy and Planning", "Politiques stratégiques et planification", "strategic policy and integrated planning", "les politiques stratégiques et la planification intégrée"),
    ("Talent Management and Executive Services", "Gestion des talents et services aux cadres", "executive talent management, resourcing and succession planning", "la gestion des talents, la dotation et la planification de la relève des cadres"),
    ("Data Analytics Services", "Services d'analyse des données", "enterprise data analytics and business intelligence services", "les services ministériels d'analyse des données et d'intelligence d'affaires"),
    ("Marine Conservation Targets", "Objectifs de conservation marine", "the establishment of marine protected areas", "l'établissement des aires marines protégées"),
    ("Hydrocarbon Policy", "Politique sur les hydrocarbures", "oil and gas policy and regulatory coordination", "la politique sur le pétrole et le gaz et la coordination réglementaire"),
    ("Pest Management Evaluation", "Évaluation de la lutte antiparasitaire", "the evaluation of pest control products", "l'évaluation des produits antiparasitaires"),
    ("Labour Program Operations", "Opérations du Programme du travail", "labour standards and occupational health and safety operations", "les opérations relatives aux normes du travail et à la santé et sécurité au travail"),
]

# Reports of a director (EX-01): (EN, FR, classification)
MANAGER_REPORTS = [
    ("Manager, Policy Analysis", "Gestionnaire, Analyse des politiques", "EC-07"),
    ("Manager, Program Operations", "Gestionnaire, Opérations des programmes", "PM-06"),
    ("Manager, Business Planning", "Gestionnaire, Planification des activités", "AS-07"),
    ("Senior Financial Advisor", "Conseiller financier principal", "FI-04"),
    ("Manager, Systems Development", "Gestionnaire, Développement des systèmes", "CS-04"),
    ("Manager, Engineering Services", "Gestionnaire, Services d'ingénierie", "EN-ENG-06"),
    ("Manager, Compliance and Enforcement", "Gestionnaire, Conformité et application de la loi", "PM-06"),
    ("Chief, Scientific Assessment", "Chef, Évaluation scientifique", "BI-04"),
    ("Manager, Data Quality", "Gestionnaire, Qualité des données", "EC-07"),
    ("Manager, Stakeholder Relations", "Gestionnaire, Relations avec les intervenants", "PM-06"),
    ("Manager, Regional Coordination", "Gestionnaire, Coordination régionale", "PM-06"),
    ("Team Leader, Client Services", "Chef d'équipe, Services aux clients", "PM-05"),
    ("Manager, Research and Evaluation", "Gestionnaire, Recherche et évaluation", "EC-07"),
    ("Manager, Inspection Programs", "Gestionnaire, Programmes d'inspection", "EG-07"),
    ("Manager, Information Management", "Gestionnaire, Gestion de l'information", "IS-05"),
    ("Manager, Procurement and Contracting", "Gestionnaire, Approvisionnement et marchés", "PG-05"),
    ("Manager, Human Resources Advisory Services", "Gestionnaire, Services consultatifs en ressources humaines", "PE-06"),
    ("Manager, Legislative Affairs", "Gestionnaire, Affaires législatives", "EC-07"),
    ("Senior Policy Advisor", "Conseiller principal en politiques", "EC-07"),
    ("Executive Assistant", "Adjoint exécutif", "AS-02"),
    ("Administrative Assistant", "Adjointe administrative", "AS-01"),
    ("Manager, Communications and Outreach", "Gestionnaire, Communications et sensibilisation", "IS-05"),
    ("Manager, Field Operations", "Gestionnaire, Opérations sur le terrain", "GT-07"),
    ("Manager, Case Management", "Gestionnaire, Gestion des cas", "WP-05"),
]

# Reports of a director general / executive director: (EN, FR)
DIRECTOR_AREAS = [
    ("Operations", "Opérations"), ("Policy Development", "Élaboration des politiques"),
    ("Program Design", "Conception des programmes"), ("Regional Delivery", "Prestation régionale"),
    ("Science and Technical Services", "Sciences et services techniques"), ("Business Transformation", "Transformation des activités"),
    ("Partnerships and Engagement", "Partenariats et mobilisation"), ("Compliance and Risk", "Conformité et risques"),
    ("Analytics and Reporting", "Analytique et production de rapports"), ("Corporate Planning", "Planification ministérielle"),
    ("Legislative and Regulatory Affairs", "Affaires législatives et réglementaires"), ("Client Services", "Services aux clients"),
    ("Performance Measurement", "Mesure du rendement"), ("Intergovernmental Relations", "Relations intergouvernementales"),
]

FIRST = ["Anne", "Marc", "Julie", "Robert", "Nathalie", "Kevin", "Sophie", "Daniel", "Geneviève", "Paul", "Karen",
         "Louis", "Amira", "Jean-François", "Claire", "Mohamed", "Isabelle", "Trevor", "Hélène", "Priya", "Luc",
         "Deborah", "Étienne", "Sandra", "Mathieu", "Wendy", "Olivier", "Farah", "Gordon", "Chantal", "Raj", "Maude"]
LAST = ["Tremblay", "MacDonald", "Gagnon", "Whitfield", "Bouchard", "Okafor", "Lévesque", "Singh", "Chiasson",
        "Harrington", "Nguyen", "Pelletier", "Abernethy", "Côté", "Rahman", "Fortin", "Kowalski", "Thibodeau",
        "Sinclair", "Ouellet", "Brennan", "Desrosiers", "Haddad", "Morrison", "Lachance", "Petrov", "Arsenault"]

# Label sets: key -> list of variants
LABELS_EN = {
    "title": ["Position Title", "Title of Position", "Job Title", "Official Position Title", "Position title"],
    "classification": ["Classification", "Group and Level", "Group/Level", "Level", "Classification Level"],
    "job_code": ["Job Code", "Position Job Code", "Generic Job No.", "Job Number", "Job Code No."],
    "position_number": ["Position Number", "Position No.", "Position #", "Pos. No."],
    "effective_date": ["Effective Date", "Date in Effect", "Effective date", "Effective Date of Description"],
    "sup_pos": ["Supervisor's Position No.", "Supervisor Position Number", "Immediate Supervisor Position #", "Supervisor's Position Number"],
    "sup_title": ["Supervisor's Position Title", "Supervisor Title", "Immediate Supervisor Title", "Title of Supervisor"],
    "sup_class": ["Supervisor's Classification", "Supervisor Group & Level", "Supervisor Level", "Supervisor's Group/Level"],
    "location": ["Geographic Location", "Location", "Work Location", "City/Province"],
    "department": ["Department", "Department/Agency", "Organization"],
    "branch": ["Branch", "Branch / Sector", "Sector"],
}
LABELS_FR = {
    "title": ["Titre du poste", "Intitulé du poste", "Titre officiel du poste"],
    "classification": ["Classification", "Groupe et niveau", "Groupe/niveau", "Niveau"],
    "job_code": ["Code d'emploi", "No de code d'emploi", "Numéro de l'emploi"],
    "position_number": ["Numéro du poste", "No du poste", "N° de poste"],
    "effective_date": ["Date d'entrée en vigueur", "Date de prise d'effet", "En vigueur le"],
    "sup_pos": ["No de poste du superviseur", "Numéro de poste du supérieur immédiat", "N° de poste du gestionnaire"],
    "sup_title": ["Titre du poste du superviseur", "Titre du supérieur immédiat", "Titre du gestionnaire"],
    "sup_class": ["Classification du superviseur", "Groupe et niveau du supérieur immédiat", "Niveau du gestionnaire"],
    "location": ["Lieu géographique", "Emplacement géographique", "Lieu de travail"],
    "department": ["Ministère", "Ministère/organisme", "Organisation"],
    "branch": ["Direction générale", "Secteur", "Direction générale / secteur"],
}

HEAD_EN = {
    "doc": ["EXECUTIVE WORK DESCRIPTION", "Executive Group Position Description", "WORK DESCRIPTION - EXECUTIVE (EX) GROUP", "Job Description"],
    "id": ["POSITION IDENTIFICATION", "Position Information", "Position Details", "1. IDENTIFICATION"],
    "ga": ["GENERAL ACCOUNTABILITY", "General Accountability", "Overall Accountability"],
    "org": ["ORGANIZATION STRUCTURE", "Organization Structure", "Organizational Context"],
    "reports": ["Direct Reports", "Positions reporting to the incumbent", "Reporting to the position are:"],
    "dim": ["DIMENSIONS", "Dimensions", "Key Dimensions"],
    "ns": ["NATURE AND SCOPE", "Nature and Scope", "Context"],
    "sa": ["SPECIFIC ACCOUNTABILITIES", "Specific Accountabilities", "Key Activities"],
    "cert": ["CERTIFICATION", "Certification", "Signatures"],
}
HEAD_FR = {
    "doc": ["DESCRIPTION DE TRAVAIL DE CADRE", "Description de poste – Groupe de la direction (EX)", "DESCRIPTION DE TRAVAIL - GROUPE EX"],
    "id": ["IDENTIFICATION DU POSTE", "Renseignements sur le poste", "1. IDENTIFICATION"],
    "ga": ["RESPONSABILITÉ GÉNÉRALE", "Raison d'être du poste", "Responsabilités générales"],
    "org": ["STRUCTURE ORGANISATIONNELLE", "Structure de l'organisation", "Contexte organisationnel"],
    "reports": ["Subordonnés directs", "Postes relevant du titulaire", "Relèvent du poste :"],
    "dim": ["DIMENSIONS", "Dimensions", "Principales dimensions"],
    "ns": ["NATURE ET ÉTENDUE", "Nature et étendue", "Contexte"],
    "sa": ["RESPONSABILITÉS PARTICULIÈRES", "Responsabilités spécifiques", "Activités principales"],
    "cert": ["ATTESTATION", "Certification", "Signatures"],
}

GA_EN = [
    "The {t} is accountable for the leadership, direction and management of {obj}, ensuring that {d}'s programs and services are delivered effectively, efficiently and in accordance with legislative and policy frameworks.",
    "Provides strategic leadership and direction for {obj}; develops and implements strategies, policies and plans in support of departmental priorities; and manages the human and financial resources of the {u}.",
    "The position is accountable for {obj}, for the provision of expert advice to senior management and central agencies, and for building partnerships with provinces, territories, Indigenous organizations and stakeholders.",
]
GA_FR = [
    "Le ou la titulaire est responsable de la direction et de la gestion de {obj}, en veillant à ce que les programmes et services de {d} soient offerts de façon efficace, efficiente et conforme aux cadres législatifs et stratégiques.",
    "Assure le leadership stratégique et l'orientation de {obj}; élabore et met en œuvre des stratégies, des politiques et des plans à l'appui des priorités ministérielles; gère les ressources humaines et financières de la {u}.",
    "Le poste est responsable de {obj}, de la prestation de conseils d'expert à la haute direction et aux organismes centraux, et de l'établissement de partenariats avec les provinces, les territoires, les organisations autochtones et les intervenants.",
]
NS_EN = [
    "The {u} operates in a complex, multi-jurisdictional environment, with impacts from national and international developments, evolving government priorities and the interplay of federal, provincial and territorial jurisdictions.",
    "A key challenge for the incumbent is to reconcile the competing priorities of internal and external stakeholders, to meet critical objectives and timelines that may not be shared by partners, and to deliver on the Department's commitments.",
    "The incumbent leads a range of inter-dependent analytical, operational, consultative and partnership activities, and must anticipate emerging issues, assess their impacts on programs and recommend sound courses of action to senior management.",
    "The work is subject to intense public, media and parliamentary scrutiny. Decisions taken by the incumbent have significant financial, legal and reputational consequences for the Department and for the Government of Canada.",
    "The position provides a corporate perspective for the development and implementation of policies, strategies and frameworks, ensuring that Ministers and senior officials receive considered and consistent advice.",
]
NS_FR = [
    "La {u} évolue dans un contexte complexe où interviennent plusieurs administrations, sous l'influence de l'évolution nationale et internationale, des priorités gouvernementales changeantes et de l'interaction des compétences fédérales, provinciales et territoriales.",
    "Le principal défi du titulaire consiste à concilier les priorités concurrentes des intervenants internes et externes, à respecter des objectifs et des échéances que les partenaires ne partagent pas toujours et à donner suite aux engagements du Ministère.",
    "Le titulaire dirige un ensemble d'activités interdépendantes d'analyse, d'opérations, de consultation et de partenariat; il doit prévoir les nouveaux enjeux, en évaluer les répercussions sur les programmes et recommander des mesures judicieuses à la haute direction.",
    "Le travail fait l'objet d'un examen minutieux du public, des médias et du Parlement. Les décisions du titulaire ont des conséquences financières, juridiques et de réputation importantes pour le Ministère et le gouvernement du Canada.",
]
SA_EN = [
    "Directs the development and implementation of strategies, policies and program frameworks for {obj}.",
    "Provides authoritative advice and briefings to the Assistant Deputy Minister, the Deputy Minister and senior management committees on existing and emerging issues.",
    "Establishes and maintains effective relationships with provinces, territories, Indigenous organizations, central agencies and other federal departments.",
    "Manages the human, financial and material resources of the organization with prudence and probity, in accordance with the values and ethics of the public service.",
    "Leads the preparation of Memoranda to Cabinet, Treasury Board submissions and briefing materials for the Minister.",
    "Oversees program monitoring, performance measurement, evaluation and reporting, and ensures that results are used to improve programs.",
    "Represents the Department on interdepartmental and federal-provincial-territorial committees and working groups.",
    "As a member of the branch management team, contributes to corporate planning, decision-making and the management culture of the branch.",
    "Leads change management initiatives and fosters a healthy, diverse and inclusive workplace.",
    "Negotiates agreements and arrangements with partners and stakeholders to advance departmental priorities.",
]
SA_FR = [
    "Dirige l'élaboration et la mise en œuvre des stratégies, des politiques et des cadres de programme relatifs à {obj}.",
    "Fournit des conseils et des breffages faisant autorité au sous-ministre adjoint, au sous-ministre et aux comités de la haute direction sur les enjeux actuels et nouveaux.",
    "Établit et entretient des relations efficaces avec les provinces, les territoires, les organisations autochtones, les organismes centraux et les autres ministères fédéraux.",
    "Gère les ressources humaines, financières et matérielles de l'organisation avec prudence et probité, conformément aux valeurs et à l'éthique de la fonction publique.",
    "Dirige la préparation des mémoires au Cabinet, des présentations au Conseil du Trésor et des documents d'information destinés au ministre.",
    "Supervise la surveillance des programmes, la mesure du rendement, l'évaluation et la production de rapports.",
    "Représente le Ministère au sein des comités et groupes de travail interministériels et fédéraux-provinciaux-territoriaux.",
    "À titre de membre de l'équipe de gestion de la direction générale, contribue à la planification ministérielle, à la prise de décisions et à la culture de gestion.",
    "Dirige les initiatives de gestion du changement et favorise un milieu de travail sain, diversifié et inclusif.",
]
CSR_EN = "Client Service Results"
CSR_TEXT_EN = "Strategic leadership and management of {obj} for Canadians, the Minister and departmental senior management."
CSR_FR = "Résultats axés sur le service à la clientèle"
CSR_TEXT_FR = "Leadership stratégique et gestion de {obj} pour la population canadienne, le ministre et la haute direction du Ministère."

CERT_EN = "The foregoing is an accurate and complete statement of the duties and responsibilities assigned to the position."
CERT_FR = "La présente description constitue un énoncé exact et complet des fonctions et responsabilités attribuées au poste."
