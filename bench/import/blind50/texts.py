"""Departments, subject areas, names and Hay-era prose for the blind50 corpus (invented positions and
people; department names as they were in 1986-2008)."""

# (English name, French name, short, usual city, province en, province fr, province abbreviation)
DEPARTMENTS = [
    ("Employment and Immigration Canada", "Emploi et Immigration Canada", "CEIC", "Hull", "Quebec", "Québec", "QUE."),
    ("Revenue Canada, Taxation", "Revenu Canada, Impôt", "RC-T", "Ottawa", "Ontario", "Ontario", "ONT."),
    ("Supply and Services Canada", "Approvisionnements et Services Canada", "SSC", "Hull", "Quebec", "Québec", "QUE."),
    ("Energy, Mines and Resources Canada", "Énergie, Mines et Ressources Canada", "EMR", "Ottawa", "Ontario", "Ontario", "ONT."),
    ("Health and Welfare Canada", "Santé et Bien-être social Canada", "HWC", "Ottawa", "Ontario", "Ontario", "ONT."),
    ("Transport Canada", "Transports Canada", "TC", "Ottawa", "Ontario", "Ontario", "ONT."),
    ("Environment Canada", "Environnement Canada", "DOE", "Hull", "Quebec", "Québec", "QUE."),
    ("Fisheries and Oceans", "Pêches et Océans", "DFO", "Halifax", "Nova Scotia", "Nouvelle-Écosse", "N.S."),
    ("Agriculture Canada", "Agriculture Canada", "AGR", "Ottawa", "Ontario", "Ontario", "ONT."),
    ("Indian and Northern Affairs Canada", "Affaires indiennes et du Nord Canada", "INAC", "Hull", "Quebec", "Québec", "QUE."),
    ("Public Works Canada", "Travaux publics Canada", "PWC", "Ottawa", "Ontario", "Ontario", "ONT."),
    ("Veterans Affairs Canada", "Anciens Combattants Canada", "VAC", "Charlottetown", "Prince Edward Island", "Île-du-Prince-Édouard", "P.E.I."),
    ("Correctional Service of Canada", "Service correctionnel du Canada", "CSC", "Kingston", "Ontario", "Ontario", "ONT."),
    ("Statistics Canada", "Statistique Canada", "STC", "Ottawa", "Ontario", "Ontario", "ONT."),
    ("Human Resources Development Canada", "Développement des ressources humaines Canada", "HRDC", "Hull", "Quebec", "Québec", "QUE."),
    ("Canadian Heritage", "Patrimoine canadien", "PCH", "Hull", "Quebec", "Québec", "QUE."),
    ("Public Works and Government Services Canada", "Travaux publics et Services gouvernementaux Canada", "PWGSC", "Gatineau", "Quebec", "Québec", "QUE."),
    ("Canada Customs and Revenue Agency", "Agence des douanes et du revenu du Canada", "CCRA", "Ottawa", "Ontario", "Ontario", "ONT."),
    ("Atlantic Canada Opportunities Agency", "Agence de promotion économique du Canada atlantique", "ACOA", "Moncton", "New Brunswick", "Nouveau-Brunswick", "N.B."),
    ("Western Economic Diversification Canada", "Diversification de l'économie de l'Ouest Canada", "WD", "Edmonton", "Alberta", "Alberta", "ALTA."),
    ("Citizenship and Immigration Canada", "Citoyenneté et Immigration Canada", "CIC", "Ottawa", "Ontario", "Ontario", "ONT."),
    ("Canadian Food Inspection Agency", "Agence canadienne d'inspection des aliments", "CFIA", "Ottawa", "Ontario", "Ontario", "ONT."),
    ("Secretary of State of Canada", "Secrétariat d'État du Canada", "SOS", "Hull", "Quebec", "Québec", "QUE."),
    ("Industry, Science and Technology Canada", "Industrie, Sciences et Technologie Canada", "ISTC", "Ottawa", "Ontario", "Ontario", "ONT."),
]

# regional cities: (city, province en, province fr, abbreviation)
REGIONS = [
    ("Vancouver", "British Columbia", "Colombie-Britannique", "B.C."),
    ("Winnipeg", "Manitoba", "Manitoba", "MAN."),
    ("Regina", "Saskatchewan", "Saskatchewan", "SASK."),
    ("Montréal", "Quebec", "Québec", "QUE."),
    ("Toronto", "Ontario", "Ontario", "ONT."),
    ("Halifax", "Nova Scotia", "Nouvelle-Écosse", "N.S."),
    ("St. John's", "Newfoundland", "Terre-Neuve", "NFLD."),
    ("Edmonton", "Alberta", "Alberta", "ALTA."),
    ("Québec", "Quebec", "Québec", "QUE."),
    ("Yellowknife", "Northwest Territories", "Territoires du Nord-Ouest", "N.W.T."),
]

# subject areas: key, English unit, French unit, English clients/program words, French ones
AREAS = [
    ("fin", "Finance and Administration", "Finances et Administration", "financial management and administrative services", "la gestion financière et des services administratifs"),
    ("pers", "Personnel", "Personnel", "personnel management, staffing, classification and staff relations", "la gestion du personnel, de la dotation, de la classification et des relations de travail"),
    ("ops", "Operations", "Opérations", "the delivery of the department's programs in the field", "la prestation des programmes du ministère sur le terrain"),
    ("pol", "Policy and Planning", "Politiques et Planification", "policy development, strategic planning and program evaluation", "l'élaboration des politiques, la planification stratégique et l'évaluation des programmes"),
    ("sys", "Informatics", "Informatique", "information systems, informatics and telecommunications", "les systèmes d'information, l'informatique et les télécommunications"),
    ("audit", "Audit and Evaluation", "Vérification et Évaluation", "internal audit and program evaluation", "la vérification interne et l'évaluation des programmes"),
    ("real", "Real Property", "Biens immobiliers", "the management of real property, accommodation and capital projects", "la gestion des biens immobiliers, des locaux et des grands projets d'immobilisations"),
    ("comm", "Communications", "Communications", "public affairs, communications planning and media relations", "les affaires publiques, la planification des communications et les relations avec les médias"),
    ("sci", "Research and Development", "Recherche et Développement", "scientific research, technology transfer and laboratory services", "la recherche scientifique, le transfert technologique et les services de laboratoire"),
    ("enf", "Compliance and Enforcement", "Conformité et Application de la loi", "compliance, investigations and enforcement", "la conformité, les enquêtes et l'application de la loi"),
    ("prog", "Program Delivery", "Prestation des programmes", "grants and contributions programs and client services", "les programmes de subventions et contributions et les services aux clients"),
    ("reg", "Regional Operations", "Opérations régionales", "the region's operations, its district offices and client services", "les opérations de la région, ses bureaux de district et les services aux clients"),
    ("mat", "Materiel Management", "Gestion du matériel", "procurement, materiel management and contracting", "l'approvisionnement, la gestion du matériel et les marchés"),
    ("legal", "Legislation and Regulatory Affairs", "Législation et Affaires réglementaires", "legislative and regulatory programs", "les programmes législatifs et réglementaires"),
]

# direct reports per area: (English title, French title, group)
REPORTS = {
    "fin": [("Director, Financial Policy and Systems", "Directeur, Politiques et systèmes financiers", "FI-04"),
            ("Chief, Accounting Operations", "Chef, Opérations comptables", "FI-03"),
            ("Manager, Resource Planning", "Gestionnaire, Planification des ressources", "FI-03"),
            ("Chief, Administrative Services", "Chef, Services administratifs", "AS-06"),
            ("Director, Budgets and Reporting", "Directeur, Budgets et rapports", "SM")],
    "pers": [("Chief, Staffing", "Chef, Dotation", "PE-05"), ("Chief, Classification", "Chef, Classification", "PE-05"),
             ("Manager, Staff Relations", "Gestionnaire, Relations de travail", "PE-04"),
             ("Chief, Training and Development", "Chef, Formation et perfectionnement", "PE-04"),
             ("Manager, Pay and Benefits", "Gestionnaire, Rémunération et avantages sociaux", "AS-05")],
    "ops": [("Director, Field Operations", "Directeur, Opérations sur le terrain", "EX-01"),
            ("Director, Operational Support", "Directeur, Soutien opérationnel", "SM"),
            ("Manager, Quality Assurance", "Gestionnaire, Assurance de la qualité", "PM-06"),
            ("Chief, Operational Planning", "Chef, Planification opérationnelle", "PM-05"),
            ("District Manager", "Gestionnaire de district", "PM-06")],
    "pol": [("Director, Policy Development", "Directeur, Élaboration des politiques", "EX-01"),
            ("Chief, Strategic Planning", "Chef, Planification stratégique", "ES-06"),
            ("Chief, Program Evaluation", "Chef, Évaluation des programmes", "ES-06"),
            ("Senior Policy Advisor", "Conseiller principal en politiques", "ES-07"),
            ("Manager, Federal-Provincial Relations", "Gestionnaire, Relations fédérales-provinciales", "PM-06")],
    "sys": [("Director, Systems Development", "Directeur, Développement des systèmes", "CS-05"),
            ("Manager, Computer Operations", "Gestionnaire, Exploitation informatique", "CS-04"),
            ("Chief, Telecommunications", "Chef, Télécommunications", "CS-03"),
            ("Manager, Information Management", "Gestionnaire, Gestion de l'information", "PM-05"),
            ("Chief, Technical Support", "Chef, Soutien technique", "CS-03")],
    "audit": [("Director, Internal Audit", "Directeur, Vérification interne", "AU-05"),
              ("Director, Program Evaluation", "Directeur, Évaluation de programmes", "ES-07"),
              ("Manager, Audit Operations", "Gestionnaire, Opérations de vérification", "AU-04"),
              ("Chief, Special Reviews", "Chef, Examens spéciaux", "AU-04")],
    "real": [("Director, Property Management", "Directeur, Gestion immobilière", "EN-ENG-06"),
             ("Chief, Accommodation Planning", "Chef, Planification des locaux", "PG-05"),
             ("Manager, Project Delivery", "Gestionnaire, Réalisation des projets", "EN-ENG-05"),
             ("Chief, Leasing", "Chef, Location", "PG-04")],
    "comm": [("Chief, Media Relations", "Chef, Relations avec les médias", "IS-05"),
             ("Manager, Publishing and Creative Services", "Gestionnaire, Édition et services de création", "IS-04"),
             ("Chief, Communications Planning", "Chef, Planification des communications", "IS-05"),
             ("Manager, Public Enquiries", "Gestionnaire, Renseignements au public", "PM-04")],
    "sci": [("Head, Laboratory Services", "Chef, Services de laboratoire", "SE-RES-04"),
            ("Chief, Applied Research", "Chef, Recherche appliquée", "SE-RES-05"),
            ("Manager, Technology Transfer", "Gestionnaire, Transfert de technologie", "CO-03"),
            ("Chief, Technical Services", "Chef, Services techniques", "EG-07")],
    "enf": [("Director, Investigations", "Directeur, Enquêtes", "PM-07"),
            ("Chief, Compliance Programs", "Chef, Programmes de conformité", "PM-06"),
            ("Manager, Intelligence", "Gestionnaire, Renseignement", "PM-05"),
            ("Chief, Enforcement Policy", "Chef, Politique d'application", "ES-06")],
    "prog": [("Director, Program Operations", "Directeur, Opérations des programmes", "PM-06"),
             ("Chief, Grants and Contributions", "Chef, Subventions et contributions", "PM-05"),
             ("Manager, Client Services", "Gestionnaire, Services aux clients", "PM-05"),
             ("Chief, Program Analysis", "Chef, Analyse des programmes", "ES-05")],
    "reg": [("Director, Regional Programs", "Directeur, Programmes régionaux", "EX-01"),
            ("Director, Corporate Services", "Directeur, Services intégrés", "SM"),
            ("Area Manager, North", "Gestionnaire de secteur, Nord", "PM-06"),
            ("Area Manager, South", "Gestionnaire de secteur, Sud", "PM-06"),
            ("Manager, Regional Communications", "Gestionnaire, Communications régionales", "IS-04")],
    "mat": [("Chief, Contracting", "Chef, Marchés", "PG-05"), ("Manager, Materiel Services", "Gestionnaire, Services du matériel", "PG-04"),
            ("Chief, Asset Management", "Chef, Gestion des biens", "PG-04"), ("Supervisor, Warehousing", "Superviseur, Entreposage", "GL-MAN-07")],
    "legal": [("Director, Regulatory Affairs", "Directeur, Affaires réglementaires", "ES-07"),
              ("Chief, Legislative Planning", "Chef, Planification législative", "PM-06"),
              ("Senior Regulatory Analyst", "Analyste principal de la réglementation", "ES-05"),
              ("Manager, Consultations", "Gestionnaire, Consultations", "PM-05")],
}
SECRETARY = ("Secretary", "Secrétaire", "ST-SCY-03")

FIRST_EN = ["Gordon", "Margaret", "Douglas", "Eleanor", "Wayne", "Brenda", "Kenneth", "Sharon", "Murray", "Judith",
            "Graham", "Lorraine", "Dennis", "Heather", "Bruce", "Carol", "Ronald", "Maureen", "Stuart", "Gail",
            "Trevor", "Doreen", "Neil", "Wendy", "Allan", "Patricia", "Barry", "Joan"]
LAST_EN = ["MacLellan", "Hutchison", "Pemberton", "Strachan", "Whitford", "Kowalchuk", "Fairbairn", "Thibodeau",
           "Grierson", "Oakley", "Brennan", "McQuarrie", "Sinclair", "Dempster", "Holloway", "Rutledge", "Ashworth",
           "Kerrigan", "Lindqvist", "Marchuk", "Penney", "Wojcik", "Crawley", "Buchanan"]
FIRST_FR = ["Réjean", "Ghislaine", "Normand", "Francine", "Jacques", "Lise", "Gilles", "Monique", "Raymond", "Huguette",
            "Denis", "Carole", "Michel", "Jocelyne", "Yvon", "Suzanne", "Marcel", "Nicole", "Pierre-Paul", "Diane"]
LAST_FR = ["Bélanger", "Tremblay", "Ouellette", "Gagnon", "Lapointe", "Desrosiers", "Fortier", "Bergeron", "Lévesque",
           "Charbonneau", "Thériault", "Paquette", "Gauthier", "Laflamme", "Bourassa", "Côté", "Dionne", "Simard"]

# ---- prose ------------------------------------------------------------------------------------------------
GA_EN = [
    "Under the general direction of the {sup}, the {title} is accountable for the planning, direction and control of {words} for {dept}, and for providing authoritative advice to senior management on all matters in this field.",
    "Accountable to the {sup} for the development, implementation and management of national policies, programs and systems for {words}, ensuring that departmental objectives are met within approved resource levels.",
    "The incumbent is accountable for directing {words} in support of the department's mandate, for the management of the resources of the {unit} and for the provision of expert advice and functional direction across the department.",
]
GA_FR = [
    "Sous l'autorité du {sup}, le titulaire est responsable de la planification, de la direction et du contrôle de {words} pour {dept}, ainsi que de la prestation de conseils experts à la haute direction.",
    "Responsable envers le {sup} de l'élaboration, de la mise en oeuvre et de la gestion des politiques, programmes et systèmes nationaux touchant {words}, en veillant à l'atteinte des objectifs ministériels dans les limites des ressources approuvées.",
    "Le titulaire dirige {words} à l'appui du mandat du ministère, gère les ressources de la direction et fournit une orientation fonctionnelle à l'ensemble du ministère.",
]
NS_EN = [
    "{dept} delivers its programs through a national headquarters in the National Capital Region and a network of regional and district offices. The {unit} provides the framework within which these programs are planned, resourced and delivered.",
    "The incumbent operates in an environment of restraint, where person-year reductions and the need to maintain the level of service to the public place heavy demands on the management of scarce resources. New legislation and changing central agency requirements call for continuing adjustment of policies, systems and procedures.",
    "The position is the department's principal authority on {words}. The incumbent must reconcile the competing demands of program managers, central agencies such as the Treasury Board Secretariat and the Office of the Comptroller General, and the expectations of the public.",
    "A major challenge is to introduce new technology and modern management practices while maintaining day-to-day operations. The incumbent must secure the co-operation of managers at headquarters and in the regions over whom there is no line authority.",
    "The incumbent represents the department on interdepartmental and federal-provincial committees and negotiates agreements with provincial governments, industry associations and client groups. Decisions taken by the incumbent have a direct impact on the credibility of the department with its clients and with central agencies.",
]
NS_FR = [
    "{dept} exécute ses programmes par l'entremise d'une administration centrale située dans la région de la capitale nationale et d'un réseau de bureaux régionaux et de district. La direction établit le cadre dans lequel ces programmes sont planifiés et exécutés.",
    "Le titulaire évolue dans un contexte de compressions budgétaires où la réduction des années-personnes et le maintien du niveau de service au public exigent une gestion rigoureuse des ressources. Les nouvelles lois et les exigences changeantes des organismes centraux obligent à revoir constamment les politiques, les systèmes et les procédures.",
    "Le titulaire est l'autorité principale du ministère en ce qui concerne {words}. Il doit concilier les demandes des gestionnaires de programmes, des organismes centraux, comme le Secrétariat du Conseil du Trésor et le Bureau du contrôleur général, et les attentes du public.",
    "Un défi important consiste à introduire de nouvelles technologies et des méthodes de gestion modernes tout en assurant le fonctionnement quotidien. Le titulaire doit obtenir la collaboration des gestionnaires de l'administration centrale et des régions sur lesquels il n'exerce aucune autorité hiérarchique.",
]
SA_EN = [
    "Directs the development and implementation of departmental policies, standards and procedures for {words}.",
    "Plans, organizes and controls the human, financial and material resources of the {unit}, and establishes its priorities and objectives.",
    "Provides authoritative advice and recommendations to the {sup} and to senior management on complex and sensitive issues.",
    "Represents the department on interdepartmental and federal-provincial committees, and negotiates agreements and arrangements with other jurisdictions.",
    "Directs the preparation of submissions to Treasury Board, Memoranda to Cabinet and briefing material for the Minister and the Deputy Minister.",
    "Ensures that effective systems are in place to monitor and report on program performance and the use of resources.",
    "Directs the review and evaluation of existing programs and initiates changes to improve their effectiveness and efficiency.",
    "Contributes, as a member of the branch management committee, to the development of departmental strategies and to corporate decision-making.",
]
SA_FR = [
    "Dirige l'élaboration et la mise en oeuvre des politiques, normes et procédures ministérielles touchant {words}.",
    "Planifie, organise et contrôle les ressources humaines, financières et matérielles de la direction et en fixe les priorités et les objectifs.",
    "Fournit des conseils et des recommandations au {sup} et à la haute direction sur des questions complexes et délicates.",
    "Représente le ministère auprès des comités interministériels et fédéraux-provinciaux et négocie des ententes avec les autres gouvernements.",
    "Dirige la préparation des présentations au Conseil du Trésor, des mémoires au Cabinet et des documents d'information destinés au Ministre et au sous-ministre.",
    "Veille à la mise en place de systèmes efficaces de suivi et de compte rendu du rendement des programmes et de l'utilisation des ressources.",
    "Participe, à titre de membre du comité de gestion de la direction générale, à l'élaboration des stratégies ministérielles et à la prise de décisions.",
]
