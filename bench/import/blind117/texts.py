"""Departments, functions and prose for the blind117 corpus (written for it; see make_blind.py)."""

# (English name, French name, short, business-unit code, [(city en, city fr, province en, province fr)])
DEPARTMENTS = [
    ("Employment and Social Development Canada", "Emploi et Développement social Canada", "ESDC", "HRDCA",
     [("Gatineau", "Gatineau", "Quebec", "Québec"), ("Ottawa", "Ottawa", "Ontario", "Ontario")]),
    ("Fisheries and Oceans Canada", "Pêches et Océans Canada", "DFO", "DFOCA",
     [("Moncton", "Moncton", "New Brunswick", "Nouveau-Brunswick"), ("Ottawa", "Ottawa", "Ontario", "Ontario"),
      ("Vancouver", "Vancouver", "British Columbia", "Colombie-Britannique")]),
    ("Transport Canada", "Transports Canada", "TC", "TCCAN",
     [("Ottawa", "Ottawa", "Ontario", "Ontario"), ("Dorval", "Dorval", "Quebec", "Québec")]),
    ("Health Canada", "Santé Canada", "HC", "HCSCA",
     [("Ottawa", "Ottawa", "Ontario", "Ontario")]),
    ("Public Services and Procurement Canada", "Services publics et Approvisionnement Canada", "PSPC", "PWGSC",
     [("Gatineau", "Gatineau", "Quebec", "Québec"), ("Edmonton", "Edmonton", "Alberta", "Alberta")]),
    ("Canada Revenue Agency", "Agence du revenu du Canada", "CRA", "CRAAR",
     [("Ottawa", "Ottawa", "Ontario", "Ontario"), ("Shawinigan", "Shawinigan", "Quebec", "Québec"),
      ("Winnipeg", "Winnipeg", "Manitoba", "Manitoba")]),
    ("Immigration, Refugees and Citizenship Canada", "Immigration, Réfugiés et Citoyenneté Canada", "IRCC", "CICCA",
     [("Ottawa", "Ottawa", "Ontario", "Ontario"), ("Sydney", "Sydney", "Nova Scotia", "Nouvelle-Écosse")]),
    ("Natural Resources Canada", "Ressources naturelles Canada", "NRCan", "NRCAN",
     [("Ottawa", "Ottawa", "Ontario", "Ontario"), ("Calgary", "Calgary", "Alberta", "Alberta")]),
    ("Statistics Canada", "Statistique Canada", "StatCan", "STCAN",
     [("Ottawa", "Ottawa", "Ontario", "Ontario")]),
    ("Indigenous Services Canada", "Services aux Autochtones Canada", "ISC", "ISCAN",
     [("Gatineau", "Gatineau", "Quebec", "Québec"), ("Regina", "Regina", "Saskatchewan", "Saskatchewan")]),
    ("Agriculture and Agri-Food Canada", "Agriculture et Agroalimentaire Canada", "AAFC", "AGRCA",
     [("Ottawa", "Ottawa", "Ontario", "Ontario"), ("Saskatoon", "Saskatoon", "Saskatchewan", "Saskatchewan")]),
    ("Veterans Affairs Canada", "Anciens Combattants Canada", "VAC", "VACCA",
     [("Charlottetown", "Charlottetown", "Prince Edward Island", "Île-du-Prince-Édouard")]),
    ("Correctional Service Canada", "Service correctionnel Canada", "CSC", "CSCCA",
     [("Ottawa", "Ottawa", "Ontario", "Ontario"), ("Kingston", "Kingston", "Ontario", "Ontario"),
      ("Laval", "Laval", "Quebec", "Québec")]),
    ("Canadian Food Inspection Agency", "Agence canadienne d'inspection des aliments", "CFIA", "CFIAA",
     [("Ottawa", "Ottawa", "Ontario", "Ontario"), ("Guelph", "Guelph", "Ontario", "Ontario")]),
    ("Public Health Agency of Canada", "Agence de la santé publique du Canada", "PHAC", "PHACA",
     [("Winnipeg", "Winnipeg", "Manitoba", "Manitoba"), ("Ottawa", "Ottawa", "Ontario", "Ontario")]),
    ("Shared Services Canada", "Services partagés Canada", "SSC", "SSCCA",
     [("Ottawa", "Ottawa", "Ontario", "Ontario"), ("Montréal", "Montréal", "Quebec", "Québec")]),
    ("Innovation, Science and Economic Development Canada", "Innovation, Sciences et Développement économique Canada",
     "ISED", "ICCAN", [("Ottawa", "Ottawa", "Ontario", "Ontario"), ("Toronto", "Toronto", "Ontario", "Ontario")]),
    ("Library and Archives Canada", "Bibliothèque et Archives Canada", "LAC", "LACCA",
     [("Gatineau", "Gatineau", "Quebec", "Québec")]),
    ("Parks Canada", "Parcs Canada", "PC", "PCAGY",
     [("Gatineau", "Gatineau", "Quebec", "Québec"), ("Banff", "Banff", "Alberta", "Alberta"),
      ("Halifax", "Halifax", "Nova Scotia", "Nouvelle-Écosse")]),
    ("Canada Border Services Agency", "Agence des services frontaliers du Canada", "CBSA", "CBSAA",
     [("Ottawa", "Ottawa", "Ontario", "Ontario"), ("Windsor", "Windsor", "Ontario", "Ontario")]),
    ("Environment and Climate Change Canada", "Environnement et Changement climatique Canada", "ECCC", "ECCAN",
     [("Gatineau", "Gatineau", "Quebec", "Québec"), ("Dartmouth", "Dartmouth", "Nova Scotia", "Nouvelle-Écosse")]),
    ("Canadian Heritage", "Patrimoine canadien", "PCH", "PCHCA",
     [("Gatineau", "Gatineau", "Quebec", "Québec")]),
    ("Department of Justice Canada", "Ministère de la Justice Canada", "JUS", "JUSCA",
     [("Ottawa", "Ottawa", "Ontario", "Ontario")]),
    ("Global Affairs Canada", "Affaires mondiales Canada", "GAC", "DFAIT",
     [("Ottawa", "Ottawa", "Ontario", "Ontario")]),
]

# functions: (English, French, [direct-report titles en/fr with a classification])
FUNCTIONS = [
    ("Financial Planning and Resource Management", "Planification financière et gestion des ressources",
     [("Manager, Budget Planning", "Gestionnaire, Planification budgétaire", "FI-04"),
      ("Manager, Financial Reporting", "Gestionnaire, Rapports financiers", "FI-04"),
      ("Senior Financial Analyst", "Analyste financier principal", "FI-03"),
      ("Manager, Costing and Forecasting", "Gestionnaire, Établissement des coûts et prévisions", "FI-04")]),
    ("Client Contact Centres", "Centres de contact avec la clientèle",
     [("Manager, Contact Centre Operations", "Gestionnaire, Opérations du centre de contact", "PM-06"),
      ("Manager, Workforce Management", "Gestionnaire, Gestion de l'effectif", "PM-05"),
      ("Manager, Quality and Training", "Gestionnaire, Qualité et formation", "PM-05"),
      ("Team Leader, Escalations", "Chef d'équipe, Dossiers complexes", "PM-04")]),
    ("Policy and Strategic Planning", "Politiques et planification stratégique",
     [("Manager, Policy Development", "Gestionnaire, Élaboration des politiques", "EC-07"),
      ("Manager, Strategic Planning", "Gestionnaire, Planification stratégique", "EC-07"),
      ("Senior Policy Advisor", "Conseiller principal en politiques", "EC-06"),
      ("Manager, Cabinet and Parliamentary Affairs", "Gestionnaire, Affaires du Cabinet et parlementaires", "EC-07")]),
    ("Information Technology Operations", "Opérations de la technologie de l'information",
     [("Manager, Infrastructure Services", "Gestionnaire, Services d'infrastructure", "CS-04"),
      ("Manager, Application Support", "Gestionnaire, Soutien des applications", "CS-04"),
      ("Team Lead, Service Desk", "Chef d'équipe, Centre de services", "CS-03"),
      ("Manager, IT Security", "Gestionnaire, Sécurité de la TI", "CS-04")]),
    ("Real Property and Accommodation", "Biens immobiliers et locaux",
     [("Manager, Property Portfolio", "Gestionnaire, Portefeuille immobilier", "AS-07"),
      ("Senior Engineer, Building Projects", "Ingénieur principal, Projets de bâtiments", "EN-ENG-05"),
      ("Manager, Accommodation Planning", "Gestionnaire, Planification des locaux", "AS-06"),
      ("Chief, Facilities Management", "Chef, Gestion des installations", "AS-05")]),
    ("Inspection and Compliance", "Inspection et conformité",
     [("Manager, Compliance Operations", "Gestionnaire, Opérations de conformité", "PM-06"),
      ("Chief, Inspection Programs", "Chef, Programmes d'inspection", "EG-07"),
      ("Manager, Enforcement Planning", "Gestionnaire, Planification de l'application de la loi", "PM-06"),
      ("Senior Inspector, Technical Support", "Inspecteur principal, Soutien technique", "EG-06")]),
    ("Data Analytics and Research", "Analytique des données et recherche",
     [("Chief, Statistical Methods", "Chef, Méthodes statistiques", "MA-05"),
      ("Manager, Data Science", "Gestionnaire, Science des données", "EC-07"),
      ("Manager, Research and Evaluation", "Gestionnaire, Recherche et évaluation", "EC-07"),
      ("Senior Data Engineer", "Ingénieur de données principal", "CS-04")]),
    ("Human Resources Operations", "Opérations des ressources humaines",
     [("Manager, Staffing and Classification", "Gestionnaire, Dotation et classification", "PE-06"),
      ("Manager, Labour Relations", "Gestionnaire, Relations de travail", "PE-06"),
      ("Manager, Compensation Liaison", "Gestionnaire, Liaison en rémunération", "AS-06"),
      ("Senior Advisor, Workforce Planning", "Conseiller principal, Planification de l'effectif", "PE-05")]),
    ("Communications and Public Affairs", "Communications et affaires publiques",
     [("Manager, Media Relations", "Gestionnaire, Relations avec les médias", "IS-06"),
      ("Manager, Digital Communications", "Gestionnaire, Communications numériques", "IS-05"),
      ("Manager, Strategic Communications", "Gestionnaire, Communications stratégiques", "IS-06"),
      ("Senior Writer, Ministerial Services", "Rédacteur principal, Services ministériels", "IS-05")]),
    ("Grants and Contributions Delivery", "Prestation des subventions et contributions",
     [("Manager, Program Delivery", "Gestionnaire, Prestation des programmes", "PM-06"),
      ("Manager, Agreement Monitoring", "Gestionnaire, Suivi des ententes", "PM-05"),
      ("Manager, Payments and Recovery", "Gestionnaire, Paiements et recouvrement", "FI-03"),
      ("Senior Program Officer", "Agent principal de programme", "PM-05")]),
    ("Science Operations", "Opérations scientifiques",
     [("Section Head, Laboratory Services", "Chef de section, Services de laboratoire", "SE-RES-03"),
      ("Manager, Field Operations", "Gestionnaire, Opérations sur le terrain", "EG-07"),
      ("Chief, Biological Sciences", "Chef, Sciences biologiques", "BI-04"),
      ("Manager, Scientific Data", "Gestionnaire, Données scientifiques", "CS-03")]),
    ("Procurement and Materiel Management", "Approvisionnement et gestion du matériel",
     [("Manager, Strategic Procurement", "Gestionnaire, Approvisionnement stratégique", "PG-06"),
      ("Manager, Contracting Services", "Gestionnaire, Services de passation de contrats", "PG-05"),
      ("Manager, Materiel and Assets", "Gestionnaire, Matériel et biens", "PG-05"),
      ("Senior Procurement Advisor", "Conseiller principal en approvisionnement", "PG-04")]),
    ("Security and Emergency Management", "Sécurité et gestion des urgences",
     [("Manager, Departmental Security", "Gestionnaire, Sécurité ministérielle", "PM-06"),
      ("Manager, Business Continuity", "Gestionnaire, Continuité des activités", "PM-05"),
      ("Manager, Emergency Operations Centre", "Gestionnaire, Centre des opérations d'urgence", "PM-06"),
      ("Senior Advisor, Physical Security", "Conseiller principal, Sécurité matérielle", "PM-05")]),
    ("Audit and Evaluation", "Audit et évaluation",
     [("Director, Internal Audit", "Directeur, Audit interne", "EX-01"),
      ("Director, Evaluation", "Directeur, Évaluation", "EX-01"),
      ("Manager, Practice and Quality Assurance", "Gestionnaire, Pratiques et assurance de la qualité", "AU-04")]),
    ("Benefits Processing", "Traitement des prestations",
     [("Manager, Benefits Processing", "Gestionnaire, Traitement des prestations", "PM-06"),
      ("Manager, Integrity Services", "Gestionnaire, Services d'intégrité", "PM-06"),
      ("Manager, Appeals and Reconsiderations", "Gestionnaire, Appels et révisions", "PM-05"),
      ("Manager, Production Planning", "Gestionnaire, Planification de la production", "PM-05")]),
]

# roles by level: (level, English role, French role, French role feminine)
ROLES = {
    1: [("Director", "Directeur", "Directrice")],
    2: [("Executive Director", "Directeur exécutif", "Directrice exécutive"),
        ("Senior Director", "Directeur principal", "Directrice principale")],
    3: [("Director General", "Directeur général", "Directrice générale"),
        ("Regional Director General", "Directeur général régional", "Directrice générale régionale")],
    4: [("Assistant Deputy Minister", "Sous-ministre adjoint", "Sous-ministre adjointe")],
}

BRANCHES = [
    ("Chief Financial Officer Branch", "Direction générale du dirigeant principal des finances"),
    ("Corporate Services Branch", "Direction générale des services ministériels"),
    ("Program Operations Branch", "Direction générale des opérations de programmes"),
    ("Strategic Policy Branch", "Direction générale de la politique stratégique"),
    ("Service Delivery Branch", "Direction générale de la prestation des services"),
    ("Regulatory Operations Branch", "Direction générale des opérations réglementaires"),
    ("Science and Technology Branch", "Direction générale des sciences et de la technologie"),
    ("Human Resources Branch", "Direction générale des ressources humaines"),
]

FIRST = ["Marie-Claude", "Jonathan", "Priya", "Stéphane", "Karen", "Louis", "Amina", "Geneviève", "Robert",
         "Nathalie", "Daniel", "Mei-Ling", "François", "Heather", "Olivier", "Sandeep", "Josée", "Michael",
         "Isabelle", "Trevor", "Hélène", "Kwame", "Chantal", "Gregory", "Sylvie", "Ahmed", "Julie", "Patrick",
         "Dominique", "Rachel", "Benoît", "Lindsay", "Annick", "Colin", "Fatima", "Yannick"]
LAST = ["Bouchard", "MacPherson", "Raghunathan", "Lévesque", "O'Neill", "Tremblay", "Diallo", "Gagnon",
        "Whitfield", "Côté", "Kowalczyk", "Chen", "Desrosiers", "McAllister", "Pelletier", "Sandhu", "Thibault",
        "Fraser", "Beauchamp", "Nakamura", "Ouellet", "Mensah", "Bergeron", "Hutchison", "Morin", "Haddad",
        "Lapointe", "Doucette", "St-Pierre", "Abernethy", "Gauthier", "Lindqvist", "Caron", "Wojcik", "Nadeau",
        "Ferreira"]

GA_EN = [
    "The {title} is accountable for the strategic direction, planning and delivery of the department's {area_l} "
    "programs and services, ensuring that they are aligned with departmental priorities, Treasury Board policies and "
    "the expectations of Canadians.",
    "Provides leadership and direction for the {area_l} function of {dept}, including the development of frameworks, "
    "strategies and plans, the management of a national network of specialists, and the provision of expert advice "
    "to senior management and central agencies.",
    "Under the general direction of the {sup_title}, the incumbent directs the design, delivery and continuous "
    "improvement of {area_l} services for the {branch}, and manages the human and financial resources assigned to "
    "the {unit}.",
]
GA_FR = [
    "Le titulaire est responsable de l'orientation stratégique, de la planification et de la prestation des programmes "
    "et services de {area_l} du Ministère, en veillant à leur harmonisation avec les priorités ministérielles, les "
    "politiques du Conseil du Trésor et les attentes de la population canadienne.",
    "Assure le leadership et l'orientation de la fonction {area_l} de {dept}, notamment l'élaboration de cadres, de "
    "stratégies et de plans, la gestion d'un réseau national de spécialistes et la prestation de conseils experts à la "
    "haute direction et aux organismes centraux.",
    "Sous la direction générale du {sup_title}, le titulaire dirige la conception, la prestation et l'amélioration "
    "continue des services de {area_l} de la {branch}, et gère les ressources humaines et financières de la direction.",
]
NS_EN = [
    "{dept} delivers programs and services that touch the daily lives of Canadians. The {unit} operates in a complex "
    "environment shaped by evolving government priorities, central agency requirements, audit findings and the "
    "expectations of stakeholders, clients and partners across the country.",
    "The incumbent must reconcile competing priorities of internal clients and external partners, often under tight "
    "timelines and with limited resources, while maintaining the integrity of the department's systems and the "
    "confidence of senior management, ministers and the public.",
    "Major challenges include the modernization of aging business processes and systems, the recruitment and retention "
    "of a skilled workforce in a competitive labour market, and the need to demonstrate results through sound "
    "performance measurement and reporting.",
    "The position provides a corporate perspective to the development and implementation of policies, strategies, "
    "frameworks and initiatives, and ensures that the Deputy Minister and the Minister receive considered and "
    "consistent advice.",
]
NS_FR = [
    "{dept} offre des programmes et des services qui touchent la vie quotidienne des Canadiens. La direction évolue "
    "dans un environnement complexe façonné par l'évolution des priorités gouvernementales, les exigences des "
    "organismes centraux, les constatations des vérifications et les attentes des intervenants et des partenaires.",
    "Le titulaire doit concilier les priorités concurrentes des clients internes et des partenaires externes, souvent "
    "dans des délais serrés et avec des ressources limitées, tout en préservant l'intégrité des systèmes du Ministère "
    "et la confiance de la haute direction.",
    "Les principaux défis comprennent la modernisation de processus et de systèmes vieillissants, le recrutement et le "
    "maintien en poste d'un effectif qualifié dans un marché du travail concurrentiel et la nécessité de démontrer les "
    "résultats au moyen d'une mesure du rendement rigoureuse.",
]
SA_EN = [
    "Directs the development and implementation of {area_l} strategies, frameworks, policies and operational plans.",
    "Provides strategic advice and briefings to the {sup_title} and to senior management committees on emerging issues, "
    "risks and opportunities.",
    "Leads the management of the {unit}'s human, financial and material resources in accordance with departmental and "
    "Treasury Board policies.",
    "Establishes and maintains effective partnerships with other government departments, central agencies, provinces "
    "and territories, and stakeholders.",
    "Represents the department at interdepartmental and intergovernmental committees and working groups.",
    "Directs the monitoring, performance measurement, evaluation and reporting of programs and services.",
    "Fosters a healthy, inclusive and respectful workplace and promotes official languages, employment equity and "
    "diversity.",
]
SA_FR = [
    "Dirige l'élaboration et la mise en œuvre des stratégies, cadres, politiques et plans opérationnels en matière de "
    "{area_l}.",
    "Fournit des conseils stratégiques et des séances d'information au {sup_title} et aux comités de la haute direction "
    "sur les enjeux, les risques et les possibilités.",
    "Gère les ressources humaines, financières et matérielles de la direction conformément aux politiques du Ministère "
    "et du Conseil du Trésor.",
    "Établit et entretient des partenariats efficaces avec les autres ministères, les organismes centraux, les "
    "provinces et territoires et les intervenants.",
    "Représente le Ministère au sein de comités et de groupes de travail interministériels et intergouvernementaux.",
    "Favorise un milieu de travail sain, inclusif et respectueux et fait la promotion des langues officielles et de la "
    "diversité.",
]
CSR_EN = "{area} services that enable {dept} to deliver its mandate and meet the needs of Canadians."
CSR_FR = "Des services de {area_l} qui permettent à {dept} de remplir son mandat et de répondre aux besoins des Canadiens."
