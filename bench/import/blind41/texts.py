"""Positions, departments, label forms and prose for blind41 (a blind corpus of converted documents).

Everything here is invented for the corpus: positions, position numbers, people. Departments and
agencies are real; the prose follows the shape of the seed documents (general accountability,
organization structure, nature and scope, dimensions, specific accountabilities, client-service
results and key activities), written afresh.
"""

# department (en, fr, short), locations (city, province en, province fr)
DEPARTMENTS = [
    ("Employment and Social Development Canada", "Emploi et Développement social Canada", "ESDC"),
    ("Environment and Climate Change Canada", "Environnement et Changement climatique Canada", "ECCC"),
    ("Fisheries and Oceans Canada", "Pêches et Océans Canada", "DFO"),
    ("Health Canada", "Santé Canada", "HC"),
    ("Public Services and Procurement Canada", "Services publics et Approvisionnement Canada", "PSPC"),
    ("Transport Canada", "Transports Canada", "TC"),
    ("Natural Resources Canada", "Ressources naturelles Canada", "NRCan"),
    ("Innovation, Science and Economic Development Canada", "Innovation, Sciences et Développement économique Canada", "ISED"),
    ("Canada Revenue Agency", "Agence du revenu du Canada", "CRA"),
    ("Statistics Canada", "Statistique Canada", "StatCan"),
    ("Immigration, Refugees and Citizenship Canada", "Immigration, Réfugiés et Citoyenneté Canada", "IRCC"),
    ("Indigenous Services Canada", "Services aux Autochtones Canada", "ISC"),
    ("Public Health Agency of Canada", "Agence de la santé publique du Canada", "PHAC"),
    ("Canadian Food Inspection Agency", "Agence canadienne d'inspection des aliments", "CFIA"),
    ("Agriculture and Agri-Food Canada", "Agriculture et Agroalimentaire Canada", "AAFC"),
    ("Veterans Affairs Canada", "Anciens Combattants Canada", "VAC"),
    ("Shared Services Canada", "Services partagés Canada", "SSC"),
    ("Parks Canada", "Parcs Canada", "PC"),
    ("Correctional Service of Canada", "Service correctionnel du Canada", "CSC"),
    ("Canada Border Services Agency", "Agence des services frontaliers du Canada", "CBSA"),
    ("Library and Archives Canada", "Bibliothèque et Archives Canada", "LAC"),
    ("Canadian Heritage", "Patrimoine canadien", "PCH"),
    ("Atlantic Canada Opportunities Agency", "Agence de promotion économique du Canada atlantique", "ACOA"),
    ("Canadian Space Agency", "Agence spatiale canadienne", "CSA"),
    ("National Research Council Canada", "Conseil national de recherches Canada", "NRC"),
    ("Global Affairs Canada", "Affaires mondiales Canada", "GAC"),
]

# city, province (en), province (fr)
LOCATIONS = {
    "default": [("Ottawa", "Ontario", "Ontario"), ("Gatineau", "Quebec", "Québec")],
    "regional": [("Halifax", "Nova Scotia", "Nouvelle-Écosse"), ("Moncton", "New Brunswick", "Nouveau-Brunswick"),
                 ("Montréal", "Quebec", "Québec"), ("Québec", "Quebec", "Québec"), ("Toronto", "Ontario", "Ontario"),
                 ("Winnipeg", "Manitoba", "Manitoba"), ("Regina", "Saskatchewan", "Saskatchewan"),
                 ("Edmonton", "Alberta", "Alberta"), ("Vancouver", "British Columbia", "Colombie-Britannique"),
                 ("Charlottetown", "Prince Edward Island", "Île-du-Prince-Édouard"),
                 ("St. John's", "Newfoundland and Labrador", "Terre-Neuve-et-Labrador"),
                 ("Kingston", "Ontario", "Ontario"), ("Sherbrooke", "Quebec", "Québec"),
                 ("Longueuil", "Quebec", "Québec"), ("Yellowknife", "Northwest Territories", "Territoires du Nord-Ouest")],
}

# subject areas: (english, french)
SUBJECTS = [
    ("Program Integrity", "Intégrité des programmes"),
    ("Labour Market Information", "Information sur le marché du travail"),
    ("Ocean Science and Hydrography", "Sciences océaniques et hydrographie"),
    ("Controlled Substances Policy", "Politique sur les substances contrôlées"),
    ("Real Property Operations", "Opérations immobilières"),
    ("Marine Safety and Security", "Sécurité et sûreté maritimes"),
    ("Energy Efficiency Programs", "Programmes d'efficacité énergétique"),
    ("Spectrum Licensing Operations", "Opérations de délivrance de licences du spectre"),
    ("Collections and Verification", "Recouvrements et vérification"),
    ("Census Operations", "Opérations du recensement"),
    ("Client Support Centre", "Centre de soutien à la clientèle"),
    ("Community Infrastructure", "Infrastructure communautaire"),
    ("Emergency Preparedness", "Protection civile"),
    ("Animal Health Programs", "Programmes de santé des animaux"),
    ("Agri-Science Strategies", "Stratégies agroscientifiques"),
    ("Disability Benefits Processing", "Traitement des prestations d'invalidité"),
    ("Network Services", "Services de réseau"),
    ("Heritage Conservation", "Conservation du patrimoine"),
    ("Reintegration Programs", "Programmes de réinsertion sociale"),
    ("Traveller Operations", "Opérations relatives aux voyageurs"),
    ("Digital Preservation", "Préservation numérique"),
    ("Official Languages Support Programs", "Programmes d'appui aux langues officielles"),
    ("Business Development", "Développement des entreprises"),
    ("Space Utilization", "Utilisation de l'espace"),
    ("Research Facilities Management", "Gestion des installations de recherche"),
    ("Trade Policy and Negotiations", "Politique et négociations commerciales"),
    ("Financial Planning and Resource Management", "Planification financière et gestion des ressources"),
    ("Corporate Security", "Sécurité ministérielle"),
    ("Strategic Policy and Planning", "Politique stratégique et planification"),
    ("Information Management", "Gestion de l'information"),
    ("Internal Audit", "Vérification interne"),
    ("Workforce Planning and Staffing", "Planification de l'effectif et dotation"),
    ("Grants and Contributions Management", "Gestion des subventions et contributions"),
    ("Data Analytics and Modelling", "Analytique et modélisation des données"),
    ("Regulatory Affairs", "Affaires réglementaires"),
    ("Indigenous Relations", "Relations avec les Autochtones"),
    ("Service Delivery Modernization", "Modernisation de la prestation des services"),
    ("Procurement Policy", "Politique d'approvisionnement"),
    ("Client Experience", "Expérience client"),
    ("Fleet and Aviation Services", "Services de la flotte et de l'aviation"),
    ("Evaluation", "Évaluation"),
    ("Communications and Public Affairs", "Communications et affaires publiques"),
    ("Laboratory Services", "Services de laboratoire"),
    ("Pension Operations", "Opérations des pensions"),
    ("Cyber Security Operations", "Opérations de cybersécurité"),
]

# role: english, french masculine, french feminine, classification level, supervisor role index
ROLES = {
    "dir": ("Director", "Directeur", "Directrice", 1),
    "sdir": ("Senior Director", "Directeur principal", "Directrice principale", 2),
    "ed": ("Executive Director", "Directeur exécutif", "Directrice exécutive", 2),
    "rdg": ("Regional Director General", "Directeur général régional", "Directrice générale régionale", 3),
    "dg": ("Director General", "Directeur général", "Directrice générale", 3),
    "adm": ("Assistant Deputy Minister", "Sous-ministre adjoint", "Sous-ministre adjointe", 4),
}
SUPERVISOR_OF = {"dir": "dg", "sdir": "dg", "ed": "dg", "dg": "adm", "rdg": "adm", "adm": "dm"}
BRANCHES = [
    ("Program Operations Branch", "Direction générale des opérations de programmes"),
    ("Strategic and Service Policy Branch", "Direction générale des politiques stratégiques et de service"),
    ("Corporate Services Sector", "Secteur des services ministériels"),
    ("Science and Technology Branch", "Direction générale des sciences et de la technologie"),
    ("Regional Operations", "Opérations régionales"),
    ("Chief Financial Officer Branch", "Direction générale du dirigeant principal des finances"),
    ("Policy and Programs Sector", "Secteur des politiques et des programmes"),
]

# direct reports: (title en, title fr, group-level choices)
REPORT_ROLES = [
    ("Manager, {s}", "Gestionnaire, {s}", ["EC-07", "PM-06", "AS-07", "EC-06"]),
    ("Senior Advisor, {s}", "Conseiller principal, {s}", ["EC-07", "PM-06", "PE-06"]),
    ("Chief, {s}", "Chef, {s}", ["EG-07", "CO-03", "BI-04", "EC-07", "IS-06"]),
    ("Team Lead, {s}", "Chef d'équipe, {s}", ["CS-04", "PM-05", "AS-06"]),
    ("Head, {s}", "Responsable, {s}", ["CS-05", "EN-ENG-06", "FI-04", "PC-04"]),
    ("Director, {s}", "Directeur, {s}", ["EX-01"]),
    ("Executive Assistant", "Adjointe exécutive", ["AS-02", "AS-03", "CR-05"]),
]
REPORT_SUBJECTS = [
    ("Policy Analysis", "Analyse des politiques"), ("Operations", "Opérations"), ("Planning and Reporting",
    "Planification et rapports"), ("Quality Assurance", "Assurance de la qualité"), ("Client Services",
    "Services aux clients"), ("Systems Support", "Soutien des systèmes"), ("Partnerships", "Partenariats"),
    ("Program Design", "Conception des programmes"), ("Risk Management", "Gestion des risques"),
    ("Data and Research", "Données et recherche"), ("Field Operations", "Opérations sur le terrain"),
    ("Business Solutions", "Solutions opérationnelles"), ("Compliance", "Conformité"),
    ("Stakeholder Relations", "Relations avec les intervenants"), ("Technical Services", "Services techniques"),
]

FIRST = ["Margaret", "Daniel", "Priya", "Kevin", "Sandra", "Marc-André", "Isabelle", "Omar", "Heather", "Jean-François",
         "Nathalie", "Graham", "Mélanie", "Ravi", "Colleen", "Sébastien", "Aisha", "Trevor", "Geneviève", "Wei",
         "Louise", "Patrick", "Fatima", "Denis", "Rebecca", "Yannick", "Chantal", "Malcolm", "Sophie", "Darren"]
LAST = ["Whitfield", "Ouellette", "Raghunathan", "MacPherson", "Tremblay", "Lindqvist", "Bouchard", "Haddad",
        "O'Reilly", "Gauthier", "Nakamura", "Desrosiers", "Kowalczyk", "Fitzgerald", "Lévesque", "Abernethy",
        "Paquette", "Sandhu", "Côté-Martel", "Drummond", "Bélanger", "Okafor", "Hutchison", "Pelletier",
        "Szabo", "Thibodeau", "Greenwood", "St-Amour", "Mahmoud", "Lachance"]

# ---- label forms --------------------------------------------------------------------------------
# keys: title, cls, posno, job, date, loc, sup_no, sup_title, sup_cls, dept, branch
LABELS_EN = [
    dict(title="Position Title", cls="Classification", posno="Position Number", job="Job Code",
         date="Effective Date", loc="Location", sup_no="Supervisor's Position Number",
         sup_title="Supervisor's Position Title", sup_cls="Supervisor's Classification", dept="Department",
         branch="Branch"),
    dict(title="Job Title", cls="Group and Level", posno="Position No.", job="Generic Job Code",
         date="Date Effective", loc="Work Location", sup_no="Reports to (Position No.)",
         sup_title="Reports to (Title)", sup_cls="Reports to (Group/Level)", dept="Organization",
         branch="Branch/Sector"),
    dict(title="Title", cls="Level", posno="Pos. #", job="Job code", date="Effective",
         loc="Geographic location", sup_no="Supervisor position #", sup_title="Supervisor title",
         sup_cls="Supervisor level", dept="Department/Agency", branch="Sector"),
    dict(title="Official Position Title", cls="Classification (Group & Level)", posno="Position Number",
         job="National Job Number", date="Effective date of description", loc="Location of position",
         sup_no="Immediate Supervisor - Position No.", sup_title="Immediate Supervisor - Title",
         sup_cls="Immediate Supervisor - Classification", dept="Department", branch="Branch"),
    dict(title="POSITION TITLE", cls="GROUP/LEVEL", posno="POSITION NO.", job="JOB CODE",
         date="EFFECTIVE DATE", loc="LOCATION", sup_no="SUPERVISOR POSITION NO.", sup_title="SUPERVISOR TITLE",
         sup_cls="SUPERVISOR GROUP/LEVEL", dept="DEPARTMENT", branch="BRANCH"),
]
LABELS_FR = [
    dict(title="Titre du poste", cls="Classification", posno="Numéro du poste", job="Code d'emploi",
         date="Date d'entrée en vigueur", loc="Lieu de travail", sup_no="Numéro du poste du superviseur",
         sup_title="Titre du poste du superviseur", sup_cls="Classification du superviseur", dept="Ministère",
         branch="Direction générale"),
    dict(title="Intitulé du poste", cls="Groupe et niveau", posno="No du poste", job="No de la description type",
         date="En vigueur le", loc="Emplacement", sup_no="Relève de (no de poste)", sup_title="Relève de (titre)",
         sup_cls="Relève de (groupe et niveau)", dept="Organisation", branch="Secteur"),
    dict(title="Titre", cls="Niveau", posno="N° de poste", job="Code d'emploi", date="Date d'effet",
         loc="Lieu géographique", sup_no="Poste du supérieur immédiat", sup_title="Titre du supérieur immédiat",
         sup_cls="Classification du supérieur immédiat", dept="Ministère / organisme", branch="Direction générale"),
    dict(title="TITRE DU POSTE", cls="GROUPE/NIVEAU", posno="NUMÉRO DE POSTE", job="CODE DE L'EMPLOI",
         date="DATE D'ENTRÉE EN VIGUEUR", loc="LIEU", sup_no="NO DE POSTE DU SURVEILLANT",
         sup_title="TITRE DU SURVEILLANT", sup_cls="GROUPE/NIVEAU DU SURVEILLANT", dept="MINISTÈRE",
         branch="DIRECTION GÉNÉRALE"),
]

HEAD_EN = [
    dict(doc="EXECUTIVE WORK DESCRIPTION", ga="General Accountability", org="Organization Structure",
         ns="Nature and Scope", dim="Dimensions", sa="Specific Accountabilities", cert="Certification",
         reports="Direct reports", csr="Client Service Results", ka="Key Activities"),
    dict(doc="Executive Group Position Description", ga="GENERAL ACCOUNTABILITY", org="ORGANIZATIONAL STRUCTURE",
         ns="NATURE AND SCOPE", dim="DIMENSIONS", sa="SPECIFIC ACCOUNTABILITIES", cert="SIGNATURES",
         reports="Positions reporting to the incumbent", csr="CLIENT-SERVICE RESULTS", ka="KEY ACTIVITIES"),
    dict(doc="Work Description - EX", ga="Purpose of the Position", org="Organizational Context",
         ns="Nature & Scope", dim="Key Dimensions", sa="Main Responsibilities", cert="Approvals",
         reports="Reporting Relationships", csr="Results", ka="Key activities"),
]
HEAD_FR = [
    dict(doc="DESCRIPTION DE TRAVAIL DE CADRE DE DIRECTION", ga="Responsabilité générale",
         org="Structure organisationnelle", ns="Nature et étendue", dim="Dimensions",
         sa="Responsabilités spécifiques", cert="Attestation", reports="Postes relevant du titulaire",
         csr="Résultats axés sur le service à la clientèle", ka="Activités principales"),
    dict(doc="Description de poste – Groupe de la direction (EX)", ga="RESPONSABILITÉS GÉNÉRALES",
         org="CONTEXTE ORGANISATIONNEL", ns="NATURE ET PORTÉE", dim="DIMENSIONS",
         sa="RESPONSABILITÉS PARTICULIÈRES", cert="SIGNATURES", reports="Subordonnés directs",
         csr="RÉSULTATS AXÉS SUR LE SERVICE À LA CLIENTÈLE", ka="ACTIVITÉS PRINCIPALES"),
]

DIM_EN = [("Salary", "O&M", "Total", "FTEs"), ("Salary budget", "Operating and maintenance", "Total budget",
          "Number of FTEs"), ("Salaries", "Non-salary O&M", "Total operating budget", "Staff")]
DIM_FR = [("Salaires", "F et E", "Total", "ETP"), ("Budget salarial", "Fonctionnement et entretien",
          "Budget total", "Nombre d'ETP"), ("Masse salariale", "F&E", "Budget de fonctionnement total", "Effectif")]

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]

# ---- prose --------------------------------------------------------------------------------------
GA_EN = [
    "The {title} is accountable for the planning, design and delivery of programs and services in {subj_l} across "
    "{dept}, for providing strategic advice to senior management on emerging issues, and for the management of "
    "the human, financial and material resources of the directorate.",
    "Provides leadership and strategic direction for {subj_l}; develops national strategies, policies and "
    "frameworks; and ensures that programs are delivered in a manner that meets the needs of Canadians, the "
    "priorities of the Government of Canada and the Department's obligations under its governing legislation.",
    "Under the direction of the {sup_title}, the incumbent is responsible for the management and delivery of "
    "the {subj} function, including the development of operational policy, the monitoring of performance, the "
    "management of partnerships with provinces, territories and stakeholders, and the provision of expert advice "
    "to the Assistant Deputy Minister and the Deputy Minister.",
]
GA_FR = [
    "Le ou la titulaire est responsable de la planification, de la conception et de la prestation des programmes "
    "et services {de_subj} à l'échelle du Ministère, de la prestation de conseils stratégiques à la haute "
    "direction sur les questions nouvelles ainsi que de la gestion des ressources humaines, financières et "
    "matérielles de la direction.",
    "Assure le leadership et l'orientation stratégique en matière {de_subj}; élabore des stratégies, des "
    "politiques et des cadres nationaux; veille à ce que les programmes soient exécutés de manière à répondre aux "
    "besoins de la population canadienne et aux priorités du gouvernement du Canada.",
]
NS_EN = [
    "{dept} operates in a complex, multi-jurisdictional environment in which federal, provincial and territorial "
    "governments, industry, labour and Indigenous organizations all have a stake in the outcomes of its programs. "
    "The {subj} directorate is the Department's focal point for this work and is expected to reconcile competing "
    "priorities of internal and external stakeholders to meet critical objectives and timelines.",
    "The incumbent leads a range of inter-dependent analytical, operational and consultative activities. The work "
    "is closely aligned with and supports policy development, and requires the incumbent to anticipate the impact "
    "of national and international developments, evolving government priorities and the expectations of central "
    "agencies on the directorate's programs.",
    "A major challenge for the position is to maintain the quality and timeliness of service while modernizing "
    "business processes and systems, in a context of fiscal restraint and rapidly changing client expectations. "
    "The incumbent must build and sustain productive relationships with senior officials in other federal "
    "departments, provincial and territorial governments and the private sector.",
    "The position is a member of the Branch's senior management team and contributes to corporate planning, "
    "risk management and decision-making. The incumbent represents the Department on interdepartmental and "
    "federal-provincial-territorial committees and negotiates agreements on behalf of the Department.",
]
NS_FR = [
    "{dept_fr} évolue dans un environnement complexe où les gouvernements fédéral, provinciaux et territoriaux, "
    "l'industrie et les organisations autochtones ont tous un intérêt dans les résultats de ses programmes. La "
    "direction est le point central du Ministère pour ce travail et doit concilier les priorités divergentes des "
    "intervenants internes et externes afin de respecter des objectifs et des échéanciers critiques.",
    "Le ou la titulaire dirige un ensemble d'activités d'analyse, d'opérations et de consultation "
    "interdépendantes. Le travail est étroitement lié à l'élaboration des politiques et exige d'anticiper "
    "l'incidence des développements nationaux et internationaux ainsi que l'évolution des priorités "
    "gouvernementales.",
    "Un défi important du poste consiste à maintenir la qualité et la rapidité du service tout en modernisant les "
    "processus opérationnels et les systèmes, dans un contexte de restrictions budgétaires et d'attentes "
    "changeantes de la clientèle.",
]
SA_EN = [
    "Directs the development and implementation of national strategies, policies and programs for {subj_l}.",
    "Provides strategic advice and recommendations to the {sup_title} and senior management on complex and "
    "sensitive issues.",
    "Establishes the directorate's priorities and manages its human, financial and material resources with prudence "
    "and probity.",
    "Establishes and maintains effective relationships with central agencies, other federal departments, "
    "provinces, territories and stakeholders.",
    "Leads the design and implementation of performance measurement, monitoring and reporting frameworks.",
    "Represents the Department on interdepartmental and federal-provincial-territorial committees and working "
    "groups.",
    "Oversees the preparation of briefing materials, Memoranda to Cabinet and Treasury Board submissions.",
    "Leads change management and transformation initiatives within the directorate.",
]
SA_FR = [
    "Dirige l'élaboration et la mise en œuvre de stratégies, de politiques et de programmes nationaux en matière "
    "{de_subj}.",
    "Fournit des conseils stratégiques et des recommandations à la haute direction sur des questions complexes et "
    "délicates.",
    "Établit les priorités de la direction et gère ses ressources humaines, financières et matérielles avec "
    "prudence et probité.",
    "Établit et entretient des relations efficaces avec les organismes centraux, les autres ministères, les "
    "provinces, les territoires et les intervenants.",
    "Dirige la conception et la mise en œuvre de cadres de mesure du rendement, de suivi et de production de "
    "rapports.",
    "Représente le Ministère au sein de comités et de groupes de travail interministériels et fédéraux-provinciaux-"
    "territoriaux.",
    "Supervise la préparation des documents d'information, des mémoires au Cabinet et des présentations au Conseil "
    "du Trésor.",
]
CSR_EN = "Leadership and direction of programs and services in {subj_l} that meet the needs of Canadians and the " \
         "priorities of the Government of Canada."
CSR_FR = "Leadership et orientation des programmes et services {de_subj} qui répondent aux besoins de la " \
         "population canadienne et aux priorités du gouvernement du Canada."
REPORT_DUTY_EN = ["responsible for the planning and delivery of the unit's operations",
                  "provides expert analysis and advice on policy and program issues",
                  "leads the design and maintenance of business processes and systems",
                  "responsible for monitoring, reporting and quality assurance",
                  "manages relationships with partners and stakeholders"]
REPORT_DUTY_FR = ["responsable de la planification et de l'exécution des opérations de l'unité",
                  "fournit des analyses et des conseils spécialisés sur les politiques et les programmes",
                  "dirige la conception et la mise à jour des processus et des systèmes",
                  "responsable du suivi, des rapports et de l'assurance de la qualité"]
CERT_EN = "The foregoing is an accurate and complete statement of the duties and responsibilities assigned to the position."
CERT_FR = "La présente description constitue un énoncé exact et complet des fonctions et responsabilités attribuées au poste."
