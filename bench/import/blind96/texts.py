"""Departments, positions, prose and label forms of the blind96 corpus (supervisor written in
every way). Everything here is invented: positions, numbers and people; the departments and
agencies are real. Read by make_blind.py."""

# ---------------------------------------------------------------------------------------------
# Departments: key -> (English name, French name, short form)
DEPTS = {
    "TC": ("Transport Canada", "Transports Canada", "TC"),
    "ESDC": ("Employment and Social Development Canada", "Emploi et Développement social Canada", "ESDC"),
    "PCH": ("Canadian Heritage", "Patrimoine canadien", "PCH"),
    "CBSA": ("Canada Border Services Agency", "Agence des services frontaliers du Canada", "CBSA"),
    "DFO": ("Fisheries and Oceans Canada", "Pêches et Océans Canada", "DFO"),
    "PSPC": ("Public Services and Procurement Canada", "Services publics et Approvisionnement Canada", "PSPC"),
    "SSC": ("Shared Services Canada", "Services partagés Canada", "SSC"),
    "ISC": ("Indigenous Services Canada", "Services aux Autochtones Canada", "ISC"),
    "AAFC": ("Agriculture and Agri-Food Canada", "Agriculture et Agroalimentaire Canada", "AAFC"),
    "IRCC": ("Immigration, Refugees and Citizenship Canada", "Immigration, Réfugiés et Citoyenneté Canada", "IRCC"),
    "CFIA": ("Canadian Food Inspection Agency", "Agence canadienne d'inspection des aliments", "CFIA"),
    "VAC": ("Veterans Affairs Canada", "Anciens Combattants Canada", "VAC"),
    "STATCAN": ("Statistics Canada", "Statistique Canada", "StatCan"),
    "CSC": ("Correctional Service Canada", "Service correctionnel du Canada", "CSC"),
    "ECCC": ("Environment and Climate Change Canada", "Environnement et Changement climatique Canada", "ECCC"),
    "PC": ("Parks Canada", "Parcs Canada", "PC"),
    "HC": ("Health Canada", "Santé Canada", "HC"),
    "NRCAN": ("Natural Resources Canada", "Ressources naturelles Canada", "NRCan"),
    "RCMP": ("Royal Canadian Mounted Police", "Gendarmerie royale du Canada", "RCMP"),
    "DND": ("National Defence", "Défense nationale", "DND"),
    "JUS": ("Department of Justice Canada", "Ministère de la Justice Canada", "JUS"),
    "LAC": ("Library and Archives Canada", "Bibliothèque et Archives Canada", "LAC"),
    "CED": ("Canada Economic Development for Quebec Regions", "Développement économique Canada pour les régions du Québec", "CED"),
    "CRA": ("Canada Revenue Agency", "Agence du revenu du Canada", "CRA"),
    "AAFC2": ("Agriculture and Agri-Food Canada", "Agriculture et Agroalimentaire Canada", "AAFC"),
    "ISED": ("Innovation, Science and Economic Development Canada", "Innovation, Sciences et Développement économique Canada", "ISED"),
    "CCG": ("Canadian Coast Guard", "Garde côtière canadienne", "CCG"),
    "CIRNAC": ("Crown-Indigenous Relations and Northern Affairs Canada", "Relations Couronne-Autochtones et Affaires du Nord Canada", "CIRNAC"),
    "GAC": ("Global Affairs Canada", "Affaires mondiales Canada", "GAC"),
    "PHAC": ("Public Health Agency of Canada", "Agence de la santé publique du Canada", "PHAC"),
}

# Locations: key -> (city, province EN, province FR)
LOCS = {
    "OTT": ("Ottawa", "Ontario", "Ontario"),
    "GAT": ("Gatineau", "Quebec", "Québec"),
    "MTL": ("Montréal", "Quebec", "Québec"),
    "QC": ("Québec", "Quebec", "Québec"),
    "SHAW": ("Shawinigan", "Quebec", "Québec"),
    "SHER": ("Sherbrooke", "Quebec", "Québec"),
    "STHY": ("Saint-Hyacinthe", "Quebec", "Québec"),
    "LONG": ("Longueuil", "Quebec", "Québec"),
    "VAN": ("Vancouver", "British Columbia", "Colombie-Britannique"),
    "DART": ("Dartmouth", "Nova Scotia", "Nouvelle-Écosse"),
    "SYD": ("Sydney", "Nova Scotia", "Nouvelle-Écosse"),
    "TOR": ("Toronto", "Ontario", "Ontario"),
    "EDM": ("Edmonton", "Alberta", "Alberta"),
    "LETH": ("Lethbridge", "Alberta", "Alberta"),
    "CHTN": ("Charlottetown", "Prince Edward Island", "Île-du-Prince-Édouard"),
    "WPG": ("Winnipeg", "Manitoba", "Manitoba"),
    "STJ": ("St. John's", "Newfoundland and Labrador", "Terre-Neuve-et-Labrador"),
    "MIR": ("Miramichi", "New Brunswick", "Nouveau-Brunswick"),
    "WHSE": ("Whitehorse", "Yukon", "Yukon"),
}

# ---------------------------------------------------------------------------------------------
# Direct-report pools by domain: (English title, French title, classification)
REPORTS = {
    "policy": [
        ("Manager, Policy Analysis", "Gestionnaire, Analyse des politiques", "EC-07"),
        ("Manager, Research and Data", "Gestionnaire, Recherche et données", "EC-07"),
        ("Manager, Federal-Provincial Relations", "Gestionnaire, Relations fédérales-provinciales", "EC-07"),
        ("Senior Policy Advisor", "Conseiller principal en politiques", "EC-06"),
        ("Manager, Strategic Planning and Reporting", "Gestionnaire, Planification stratégique et rapports", "EC-07"),
        ("Manager, Program Design", "Gestionnaire, Conception des programmes", "EC-07"),
    ],
    "ops": [
        ("Manager, Client Services", "Gestionnaire, Services à la clientèle", "PM-06"),
        ("Manager, Processing Operations", "Gestionnaire, Opérations de traitement", "PM-05"),
        ("Manager, Quality Assurance", "Gestionnaire, Assurance de la qualité", "PM-05"),
        ("Manager, Business Expertise", "Gestionnaire, Expertise opérationnelle", "PM-06"),
        ("Manager, Workload Management", "Gestionnaire, Gestion de la charge de travail", "PM-05"),
        ("Regional Program Manager", "Gestionnaire régional de programme", "PM-06"),
    ],
    "science": [
        ("Section Head, Applied Research", "Chef de section, Recherche appliquée", "SE-RES-03"),
        ("Manager, Laboratory Operations", "Gestionnaire, Opérations de laboratoire", "EG-07"),
        ("Chief, Technical Services", "Chef, Services techniques", "EG-07"),
        ("Manager, Data Management", "Gestionnaire, Gestion des données", "CS-04"),
        ("Section Head, Monitoring and Assessment", "Chef de section, Surveillance et évaluation", "PC-04"),
        ("Manager, Field Operations", "Gestionnaire, Opérations sur le terrain", "EG-06"),
    ],
    "finance": [
        ("Manager, Financial Planning", "Gestionnaire, Planification financière", "FI-04"),
        ("Manager, Resource Management", "Gestionnaire, Gestion des ressources", "FI-03"),
        ("Manager, Contracting and Materiel", "Gestionnaire, Contrats et matériel", "PG-05"),
        ("Manager, Financial Policy and Controls", "Gestionnaire, Politiques et contrôles financiers", "FI-04"),
        ("Manager, Accounting Operations", "Gestionnaire, Opérations comptables", "FI-03"),
    ],
    "it": [
        ("Manager, Network Security Operations", "Gestionnaire, Opérations de sécurité des réseaux", "CS-05"),
        ("Manager, Incident Response", "Gestionnaire, Intervention en cas d'incident", "CS-04"),
        ("Manager, Infrastructure Services", "Gestionnaire, Services d'infrastructure", "CS-04"),
        ("Manager, Enterprise Architecture", "Gestionnaire, Architecture d'entreprise", "CS-05"),
        ("Manager, Data Science", "Gestionnaire, Science des données", "EC-07"),
    ],
    "hr": [
        ("Manager, Executive Resourcing", "Gestionnaire, Dotation des cadres", "PE-06"),
        ("Manager, Talent Management", "Gestionnaire, Gestion des talents", "PE-05"),
        ("Senior Advisor, Executive Compensation", "Conseiller principal, Rémunération des cadres", "PE-04"),
    ],
    "enforcement": [
        ("Chief, Enforcement Operations", "Chef, Opérations d'exécution de la loi", "FB-07"),
        ("Manager, Intelligence", "Gestionnaire, Renseignement", "FB-06"),
        ("Chief of Operations, Inland Enforcement", "Chef des opérations, Exécution de la loi dans les bureaux intérieurs", "FB-06"),
        ("Superintendent, Marine Operations", "Surintendant, Opérations maritimes", "FB-05"),
    ],
    "corrections": [
        ("Deputy Warden", "Sous-directeur", "WP-07"),
        ("Assistant Warden, Operations", "Directeur adjoint, Opérations", "CX-05"),
        ("Assistant Warden, Interventions", "Directeur adjoint, Interventions", "WP-06"),
        ("Assistant Warden, Management Services", "Directeur adjoint, Services de gestion", "AS-07"),
        ("Manager, Health Services", "Gestionnaire, Services de santé", "NU-HOS-06"),
    ],
    "fisheries": [
        ("Area Chief, Conservation and Protection", "Chef de secteur, Conservation et protection", "GT-07"),
        ("Chief, Intelligence and Investigations", "Chef, Renseignement et enquêtes", "GT-07"),
        ("Supervisor, Fishery Officers, Detachment Operations", "Superviseur, Agents des pêches, Opérations des détachements", "GT-06"),
        ("Manager, Program Planning and Compliance", "Gestionnaire, Planification et conformité", "PM-06"),
    ],
    "rail": [
        ("Manager, Rail Safety Inspections", "Gestionnaire, Inspections de la sécurité ferroviaire", "TI-08"),
        ("Manager, Operations and Equipment", "Gestionnaire, Exploitation et équipement", "TI-08"),
        ("Manager, Crossings and Engineering", "Gestionnaire, Passages à niveau et ingénierie", "TI-07"),
        ("Senior Technical Advisor, Transportation of Dangerous Goods", "Conseiller technique principal, Transport des marchandises dangereuses", "TI-07"),
    ],
    "comms": [
        ("Manager, Public Affairs", "Gestionnaire, Affaires publiques", "IS-05"),
        ("Manager, Media Relations", "Gestionnaire, Relations avec les médias", "IS-05"),
        ("Manager, Marketing and Web Services", "Gestionnaire, Marketing et services Web", "IS-04"),
    ],
    "infra": [
        ("Manager, Capital Projects", "Gestionnaire, Projets d'immobilisations", "EN-ENG-05"),
        ("Manager, Community Infrastructure", "Gestionnaire, Infrastructure communautaire", "PM-06"),
        ("Senior Engineer, Asset Management", "Ingénieur principal, Gestion des biens", "EN-ENG-04"),
        ("Manager, Environmental Assessment", "Gestionnaire, Évaluation environnementale", "PC-04"),
    ],
}

EA = ("Executive Assistant", "Adjointe exécutive", "AS-02")

# ---------------------------------------------------------------------------------------------
# General accountability openings by domain: (EN, FR), {area} is the position's area
GA = {
    "policy": (
        "The {t} is accountable for the development, coordination and integration of policy advice, "
        "research and analysis on {area}, and for the management of the federal-provincial-territorial "
        "relationships and the partnerships needed to advance the Department's priorities.",
        "Le {t} est responsable de l'élaboration, de la coordination et de l'intégration des conseils "
        "stratégiques, de la recherche et de l'analyse en matière de {area}, ainsi que de la gestion des "
        "relations fédérales-provinciales-territoriales et des partenariats nécessaires à l'avancement des "
        "priorités du Ministère.",
    ),
    "ops": (
        "The {t} is accountable for the effective, efficient and consistent delivery of {area}, for the "
        "management of a large operational workforce, and for meeting the service standards published "
        "for Canadians while safeguarding the integrity of the programs delivered.",
        "Le {t} est responsable de la prestation efficace, efficiente et uniforme des {area}, de la gestion "
        "d'un effectif opérationnel important et du respect des normes de service publiées à l'intention "
        "des Canadiens, tout en protégeant l'intégrité des programmes.",
    ),
    "science": (
        "The {t} is accountable for providing scientific leadership and direction for {area}, for the "
        "planning and delivery of research, monitoring and technical services, and for ensuring that "
        "sound science informs regulatory and program decisions.",
        "Le {t} est responsable d'assurer le leadership scientifique et l'orientation en matière de {area}, "
        "de planifier et d'exécuter les activités de recherche, de surveillance et de services techniques, "
        "et de veiller à ce que des données scientifiques solides éclairent les décisions.",
    ),
    "finance": (
        "The {t} is accountable for the planning, management and control of {area}, for providing "
        "strategic financial advice to senior management, and for the integrity of the financial "
        "information reported to central agencies and Parliament.",
        "Le {t} est responsable de la planification, de la gestion et du contrôle des {area}, de la "
        "prestation de conseils financiers stratégiques à la haute direction et de l'intégrité de "
        "l'information financière communiquée aux organismes centraux et au Parlement.",
    ),
    "it": (
        "The {t} is accountable for the design, delivery and continuous improvement of {area}, for the "
        "security and availability of the government's digital infrastructure, and for the management of "
        "the partnerships with departments and industry needed to deliver them.",
        "Le {t} est responsable de la conception, de la prestation et de l'amélioration continue des "
        "{area}, de la sécurité et de la disponibilité de l'infrastructure numérique du gouvernement et "
        "de la gestion des partenariats avec les ministères et l'industrie.",
    ),
    "hr": (
        "The {t} is accountable for the design and delivery of {area}, including executive resourcing, "
        "talent management, succession planning and leadership development, and for integrated human "
        "resources advice to the Department's senior management.",
        "Le {t} est responsable de la conception et de la prestation des {area}, y compris la dotation des "
        "cadres, la gestion des talents, la planification de la relève et le perfectionnement en "
        "leadership, ainsi que des conseils intégrés en ressources humaines à la haute direction.",
    ),
    "enforcement": (
        "The {t} is accountable for the direction and management of {area}, for the enforcement of the "
        "legislation administered by the Agency, and for the safety and security of the employees, the "
        "travellers and the communities served.",
        "Le {t} est responsable de la direction et de la gestion des {area}, de l'application des lois "
        "administrées par l'organisme et de la sûreté et de la sécurité des employés, des voyageurs et "
        "des collectivités servies.",
    ),
    "corrections": (
        "The {t} is accountable for the safe, secure and humane custody of offenders, for the delivery of "
        "{area} that contribute to their safe reintegration, and for the management of the institution's "
        "staff, budgets and partnerships with the community.",
        "Le {t} est responsable de la garde sûre, sécuritaire et humaine des délinquants, de la prestation "
        "des {area} qui contribuent à leur réinsertion sociale en toute sécurité, et de la gestion du "
        "personnel, des budgets et des partenariats de l'établissement avec la collectivité.",
    ),
    "fisheries": (
        "The {t} is accountable for the planning and delivery of {area} in the region, for the enforcement of "
        "the Fisheries Act and its regulations, and for the conservation and protection of fish and fish "
        "habitat in partnership with Indigenous communities, harvesters and other agencies.",
        "Le {t} est responsable de la planification et de la prestation des {area} dans la région, de "
        "l'application de la Loi sur les pêches et de ses règlements, et de la conservation et de la "
        "protection du poisson et de son habitat.",
    ),
    "rail": (
        "The {t} is accountable for the regional delivery of {area}, including inspections, audits and "
        "enforcement under the Railway Safety Act and the Transportation of Dangerous Goods Act, and for "
        "advice to industry, municipalities and the public.",
        "Le {t} est responsable de la prestation régionale de la {area}, y compris les inspections, les "
        "vérifications et l'application de la Loi sur la sécurité ferroviaire et de la Loi sur le transport "
        "des marchandises dangereuses, ainsi que des conseils à l'industrie, aux municipalités et au public.",
    ),
    "comms": (
        "The {t} is accountable for the planning and delivery of {area}, including strategic "
        "communications advice, public affairs, media relations and marketing, in support of the "
        "Department's programs and services in the region.",
        "Le {t} est responsable de la planification et de la prestation des {area}, y compris les conseils "
        "en communication stratégique, les affaires publiques, les relations avec les médias et le "
        "marketing, à l'appui des programmes et services du Ministère dans la région.",
    ),
    "infra": (
        "The {t} is accountable for the planning, funding and oversight of {area}, for the management of "
        "a portfolio of capital projects, and for the relationships with communities, provinces and "
        "other partners that deliver them.",
        "Le {t} est responsable de la planification, du financement et de la surveillance des {area}, de "
        "la gestion d'un portefeuille de projets d'immobilisations et des relations avec les "
        "collectivités, les provinces et les autres partenaires qui les réalisent.",
    ),
}

NATURE_EN = [
    "{dept} operates in a complex, multi-jurisdictional environment, with impacts from national and "
    "international developments, evolving government priorities and the expectations of Canadians for "
    "timely, accessible and secure services.",
    "The incumbent leads a range of inter-dependent analytical, operational and partnership activities. "
    "The work requires the reconciliation of competing priorities of internal and external stakeholders "
    "to meet critical objectives and timelines that may not be shared by all partners.",
    "The position provides a corporate perspective on the development and implementation of policies, "
    "strategies, frameworks and initiatives that integrate and harmonize the views of the branches, the "
    "regions and central agencies, so that the Minister and senior management receive considered and "
    "consistent advice.",
    "Major challenges include the modernization of aging systems and processes while service is "
    "maintained, the recruitment and retention of specialized staff in a competitive labour market, and "
    "the management of public and media scrutiny of high-profile files.",
    "The incumbent is a member of the branch management committee and manages financial, human and "
    "material resources with prudence and probity, in accordance with the values and ethics of the "
    "public service.",
]
NATURE_FR = [
    "{dept} évolue dans un environnement complexe, à compétences multiples, touché par l'évolution "
    "nationale et internationale, les priorités changeantes du gouvernement et les attentes des "
    "Canadiens à l'égard de services rapides, accessibles et sécuritaires.",
    "Le titulaire dirige un ensemble d'activités d'analyse, d'opérations et de partenariat "
    "interdépendantes. Le travail exige de concilier les priorités concurrentes des intervenants "
    "internes et externes afin d'atteindre des objectifs et des échéances qui ne sont pas toujours "
    "partagés par tous les partenaires.",
    "Le poste apporte une perspective ministérielle à l'élaboration et à la mise en œuvre de "
    "politiques, de stratégies, de cadres et d'initiatives qui intègrent et harmonisent les points de vue "
    "des directions générales, des régions et des organismes centraux.",
    "Les principaux défis comprennent la modernisation de systèmes et de processus vieillissants sans "
    "interruption du service, le recrutement et le maintien en poste d'un personnel spécialisé et la "
    "gestion de l'attention du public et des médias à l'égard de dossiers très visibles.",
    "Le titulaire est membre du comité de gestion de la direction générale et gère les ressources "
    "financières, humaines et matérielles avec prudence et probité, conformément aux valeurs et à "
    "l'éthique de la fonction publique.",
]

SPECIFIC_EN = [
    "Provides leadership and strategic direction to the {unit} and establishes its priorities, plans and performance measures.",
    "Develops and implements strategies, frameworks and initiatives to advance departmental priorities and business objectives.",
    "Provides advice, guidance and briefings to the Assistant Deputy Minister, the Deputy Minister and senior management committees on existing and emerging issues.",
    "Establishes and maintains effective relationships with provinces and territories, other government departments, Indigenous organizations and the private sector.",
    "Represents the Department with central agencies, international partners and stakeholders, and negotiates agreements and arrangements.",
    "Directs the preparation of Memoranda to Cabinet, Treasury Board submissions, briefing materials and reports to Parliament.",
    "Manages the human, financial and material resources of the {unit} and ensures compliance with legislation, policies and directives.",
    "Leads the renewal of processes and systems and implements effective change management strategies.",
    "Promotes a healthy, diverse and inclusive workplace and the development of employees' skills and careers.",
    "Oversees program monitoring, performance measurement, evaluation and reporting.",
]
SPECIFIC_FR = [
    "Assure le leadership et l'orientation stratégique de la {unit} et en établit les priorités, les plans et les mesures du rendement.",
    "Élabore et met en œuvre des stratégies, des cadres et des initiatives qui font progresser les priorités du Ministère.",
    "Fournit des conseils, une orientation et des séances d'information au sous-ministre adjoint, au sous-ministre et aux comités de la haute direction.",
    "Établit et entretient des relations efficaces avec les provinces et les territoires, les autres ministères, les organisations autochtones et le secteur privé.",
    "Représente le Ministère auprès des organismes centraux, des partenaires internationaux et des intervenants, et négocie des ententes.",
    "Dirige la préparation de mémoires au Cabinet, de présentations au Conseil du Trésor, de documents d'information et de rapports au Parlement.",
    "Gère les ressources humaines, financières et matérielles de la {unit} et veille au respect des lois, des politiques et des directives.",
    "Dirige le renouvellement des processus et des systèmes et met en œuvre des stratégies efficaces de gestion du changement.",
    "Favorise un milieu de travail sain, diversifié et inclusif ainsi que le perfectionnement des employés.",
    "Supervise la surveillance des programmes, la mesure du rendement, l'évaluation et la production de rapports.",
]

CSR_EN = "Client service results: {what} that meet the needs of Canadians and the Government of Canada's service standards."
CSR_FR = "Résultats axés sur le service à la clientèle : des {what} qui répondent aux besoins des Canadiens et aux normes de service du gouvernement du Canada."

# ---------------------------------------------------------------------------------------------
# Invented people
PEOPLE = [
    "Marie-Claude Ouellette", "Darren Koslowski", "Priya Raghunathan", "Jean-François Lavoie",
    "Heather MacIsaac", "Olumide Adeyemi", "Sophie Bergeron-Lacasse", "Gregory Tan",
    "Nathalie Fortin", "Kevin O'Donoghue", "Amélie Desrosiers", "Rajinder Sandhu",
    "Colleen Fitzgerald", "Étienne Marchand", "Wendy Yakimchuk", "Louis-Philippe Gagnon",
    "Farah Haddad", "Brent Sigurdson", "Isabelle Poirier", "Marc Thibodeau",
    "Tanya Okafor", "Denis Charbonneau", "Megan Whitcombe", "Hélène Côté-Rivard",
    "Stuart McAllister", "Ana Lucia Ferreira", "Patrick Nadeau", "Julie St-Amand",
    "Robert Kinnear", "Chantal Boisvert", "Yusuf Karimi", "Geneviève Paquette",
    "Trevor Blackmore", "Lise Arseneault", "Daniel Wong", "Sylvie Lachance-Hébert",
    "Martin Doucette", "Carolyn Pettigrew", "Mathieu Sauvé", "Aisha Mohamud",
]
