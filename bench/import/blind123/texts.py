"""Positions, prose and invented names for blind123: the corporate-services sector of a large
department (Transport Canada / Transports Canada), as a corporate-services HR advisor's folder holds
it over 2012-2025. Every person's name here is invented."""

DEPT_EN = "Transport Canada"
DEPT_FR = "Transports Canada"
SECTOR_EN = "Corporate Services Sector"
SECTOR_FR = "Secteur des services ministériels"

# Invented people (given, family). Used for incumbents, signatures, classification reviewers.
NAMES = [
    "Marguerite Okafor-Lalonde", "Dorian Whitecalf", "Sylvie Brassard-Nkemelu", "Tobias Grenier",
    "Anjali Desrochers", "Kwame Thibodeau", "Hélène Vasquez-Morin", "Callum Ouellette",
    "Priyanka Lemieux", "Bastien Achterberg", "Noor Castonguay", "Rosalind Makwa",
    "Étienne Szabo", "Fiona Pelletier-Raine", "Gustavo Bélanger", "Imogen Tessier",
    "Jovan Leclair", "Karine Abernathy", "Laszlo Duguay", "Maëlle Fitzgibbon",
    "Nikolai Rochon", "Odile Mbeki-Cyr", "Patrice Harjo", "Quentin Lavoie-Osei",
    "Renée Drummond-Paquin", "Samir Gendron", "Thea Kowalczyk", "Ulysse Marchetti",
    "Valérie Nakamura", "Wendell Bouchard", "Xavière Dumont", "Yannick Sterling-Roy",
    "Zoé Archambault", "Aurelio Cardinal", "Béatrice Mwangi", "Cédric Halvorsen",
    "Delphine Proulx", "Emeka Villeneuve", "Florence Aucoin-Tanaka", "Gaétan Rasmussen",
    "Hamza Bergeron", "Isabeau Lindqvist", "Jérémie Cloutier", "Keiko Fontaine",
    "Léandre Oyelaran", "Mireille Stanek", "Nathaniel Gagnon-Bear", "Ophélie Ramdial",
    "Pascal Wojcik", "Rachida Tremblay-Hurst", "Solène Ibarra", "Théo Marchand-Eagle",
    "Ursula Poirier", "Vincent Adeyemi", "Wilhelmina Dufresne", "Yasmine Caron-Holt",
    "Armand Lachapelle", "Brigitte Okonjo", "Corentin Malloy", "Danica Levesque",
    "Eliott Nadeau", "Fabienne Sørensen", "Gilles Mukherjee", "Henriette Côté-Falk",
    "Ilias Beaudoin", "Josée Kaplan", "Kieran Lapointe", "Lucienne Abara",
]

# Functions: prose pools, English and French.
GA = {
    "fin": ("is accountable for the stewardship of the Department's financial resources in the area of {unit}, "
            "providing sound financial management, control and advice to senior management and ensuring compliance "
            "with the Financial Administration Act and Treasury Board policies.",
            "est responsable de la gérance des ressources financières du Ministère dans le domaine {unit_fr}, "
            "en assurant une saine gestion financière, le contrôle et les conseils à la haute direction, "
            "conformément à la Loi sur la gestion des finances publiques et aux politiques du Conseil du Trésor."),
    "it": ("is accountable for the planning, delivery and continuous improvement of {unit} across the Department, "
           "ensuring that information technology services are secure, reliable and aligned with the Government of "
           "Canada's digital standards.",
           "est responsable de la planification, de la prestation et de l'amélioration continue {unit_fr} à l'échelle "
           "du Ministère, en veillant à ce que les services de technologie de l'information soient sûrs, fiables et "
           "conformes aux normes numériques du gouvernement du Canada."),
    "hr": ("is accountable for the design and delivery of {unit} programs and services to managers and employees "
           "across the Department, and for providing strategic advice to senior management on people management.",
           "est responsable de la conception et de la prestation des programmes et services {unit_fr} aux gestionnaires "
           "et aux employés du Ministère, et des conseils stratégiques à la haute direction en gestion des personnes."),
    "comms": ("is accountable for {unit}, ensuring that the Department's programs, services and priorities are "
              "communicated clearly and consistently to Canadians, stakeholders and employees.",
              "est responsable {unit_fr}, en veillant à ce que les programmes, les services et les priorités du "
              "Ministère soient communiqués de façon claire et cohérente aux Canadiens, aux intervenants et aux employés."),
    "legal": ("is accountable for {unit}, providing timely, accurate and strategic advice to the Deputy Minister and "
              "senior management and managing the Department's obligations under the applicable legislation.",
              "est responsable {unit_fr}, en fournissant des conseils opportuns, exacts et stratégiques au sous-ministre "
              "et à la haute direction et en gérant les obligations du Ministère en vertu des lois applicables."),
    "sec": ("is accountable for {unit}, protecting the Department's employees, information and assets and ensuring "
            "compliance with the Policy on Government Security.",
            "est responsable {unit_fr}, en assurant la protection des employés, de l'information et des biens du "
            "Ministère et la conformité à la Politique sur la sécurité du gouvernement."),
    "rp": ("is accountable for {unit}, ensuring that the Department's real property and workplaces are managed "
           "efficiently, sustainably and in compliance with Treasury Board policy.",
           "est responsable {unit_fr}, en veillant à ce que les biens immobiliers et les milieux de travail du "
           "Ministère soient gérés de façon efficiente et durable, conformément aux politiques du Conseil du Trésor."),
    "reg": ("is accountable for the delivery of integrated corporate services (finance, human resources, information "
            "management and technology, security and accommodation) in {unit}, and for functional advice to regional "
            "program directors.",
            "est responsable de la prestation de services ministériels intégrés (finances, ressources humaines, gestion "
            "de l'information et technologie, sécurité et locaux) dans {unit_fr}, et des conseils fonctionnels aux "
            "directeurs de programmes de la région."),
    "adm": ("is accountable for the leadership of the Corporate Services Sector and for the Department's financial "
            "management, information technology, human resources, communications, security and real property "
            "functions, and serves as the Chief Financial Officer under the Policy on Financial Management.",
            "est responsable de la direction du Secteur des services ministériels et des fonctions de gestion financière, "
            "de technologie de l'information, de ressources humaines, de communications, de sécurité et de biens "
            "immobiliers du Ministère, et agit à titre de dirigeant principal des finances."),
}

SPEC = {
    "fin": (["Directs the development and implementation of departmental financial policies, directives and internal control frameworks.",
             "Provides strategic financial advice to senior management on resource allocation, cost pressures and investment decisions.",
             "Oversees the preparation of the Department's financial statements, forecasts and reports to central agencies.",
             "Manages the relationship with the Office of the Comptroller General and the Office of the Auditor General on financial matters.",
             "Leads the modernization of financial systems and processes, including the departmental SAP environment.",
             "Ensures the integrity of account verification, payment and delegation of financial authorities.",
             "Manages the human, financial and material resources of the directorate."],
            ["Dirige l'élaboration et la mise en œuvre des politiques, directives et cadres de contrôle interne financiers du Ministère.",
             "Fournit des conseils financiers stratégiques à la haute direction sur l'affectation des ressources et les décisions d'investissement.",
             "Supervise la préparation des états financiers, des prévisions et des rapports du Ministère aux organismes centraux.",
             "Gère les relations avec le Bureau du contrôleur général et le Bureau du vérificateur général sur les questions financières.",
             "Dirige la modernisation des systèmes et des processus financiers, y compris l'environnement SAP du Ministère.",
             "Gère les ressources humaines, financières et matérielles de la direction."]),
    "it": (["Develops and implements the departmental IT strategy, architecture standards and multi-year investment plan.",
            "Directs the delivery, support and evergreening of enterprise applications, networks and end-user services.",
            "Ensures the security and resilience of departmental IT systems in collaboration with Shared Services Canada.",
            "Provides advice to senior management on digital transformation, cloud adoption and data management.",
            "Manages service agreements with Shared Services Canada and private-sector suppliers.",
            "Manages the human, financial and material resources of the directorate."],
           ["Élabore et met en œuvre la stratégie de TI, les normes d'architecture et le plan d'investissement pluriannuel du Ministère.",
            "Dirige la prestation, le soutien et le renouvellement des applications ministérielles, des réseaux et des services aux utilisateurs.",
            "Assure la sécurité et la résilience des systèmes de TI du Ministère en collaboration avec Services partagés Canada.",
            "Conseille la haute direction sur la transformation numérique, l'adoption de l'infonuagique et la gestion des données.",
            "Gère les ressources humaines, financières et matérielles de la direction."]),
    "hr": (["Develops and implements departmental human resources policies, programs and strategies.",
            "Provides expert advice to senior management on staffing, classification, labour relations and workforce planning.",
            "Represents the Department with the Office of the Chief Human Resources Officer and bargaining agents.",
            "Leads the integration of people-management priorities into departmental business planning.",
            "Oversees the quality and timeliness of HR transactions and their monitoring and reporting.",
            "Manages the human, financial and material resources of the directorate."],
           ["Élabore et met en œuvre les politiques, programmes et stratégies ministériels en ressources humaines.",
            "Fournit des conseils spécialisés à la haute direction en matière de dotation, de classification, de relations de travail et de planification de l'effectif.",
            "Représente le Ministère auprès du Bureau de la dirigeante principale des ressources humaines et des agents négociateurs.",
            "Assure la qualité et la rapidité des transactions de RH ainsi que leur surveillance et la reddition de comptes.",
            "Gère les ressources humaines, financières et matérielles de la direction."]),
    "comms": (["Develops and implements strategic communications plans for departmental priorities and announcements.",
               "Provides communications advice to the Minister's Office, the Deputy Minister and senior management.",
               "Directs media relations, issues management and the Department's digital and social media presence.",
               "Ensures compliance with the Policy on Communications and Federal Identity.",
               "Manages the human, financial and material resources of the directorate."],
              ["Élabore et met en œuvre des plans de communication stratégique pour les priorités et les annonces du Ministère.",
               "Fournit des conseils en communication au Cabinet du ministre, au sous-ministre et à la haute direction.",
               "Dirige les relations avec les médias, la gestion des enjeux et la présence numérique du Ministère.",
               "Veille au respect de la Politique sur les communications et l'image de marque.",
               "Gère les ressources humaines, financières et matérielles de la direction."]),
    "legal": (["Provides strategic legal and policy advice to the Deputy Minister and senior management.",
               "Directs the management of litigation, access to information and privacy requests and Cabinet confidences.",
               "Ensures the Department meets its statutory obligations and reporting requirements to Parliament.",
               "Represents the Department before central agencies, the Information Commissioner and the Privacy Commissioner.",
               "Manages the human, financial and material resources of the unit."],
              ["Fournit des conseils juridiques et stratégiques au sous-ministre et à la haute direction.",
               "Dirige la gestion des litiges, des demandes d'accès à l'information et de protection des renseignements personnels.",
               "Veille à ce que le Ministère respecte ses obligations législatives et de rapport au Parlement.",
               "Gère les ressources humaines, financières et matérielles de l'unité."]),
    "sec": (["Directs the departmental security program, including personnel, physical, IT and contract security.",
             "Leads security screening, threat and risk assessments and security incident management.",
             "Develops and maintains the departmental security plan and business continuity program.",
             "Advises senior management on security risks and emergency management.",
             "Manages the human, financial and material resources of the directorate."],
            ["Dirige le programme de sécurité du Ministère, y compris la sécurité du personnel, matérielle, des TI et des marchés.",
             "Dirige les enquêtes de sécurité, les évaluations de la menace et des risques et la gestion des incidents.",
             "Élabore et tient à jour le plan de sécurité ministériel et le programme de continuité des activités.",
             "Gère les ressources humaines, financières et matérielles de la direction."]),
    "rp": (["Directs the planning, acquisition, operation and disposal of the Department's real property portfolio.",
            "Leads workplace modernization and accommodation projects in the National Capital Region and the regions.",
            "Ensures the Department meets its greening government and environmental obligations.",
            "Manages the relationship with Public Services and Procurement Canada on accommodation.",
            "Manages the human, financial and material resources of the directorate."],
           ["Dirige la planification, l'acquisition, l'exploitation et l'aliénation du portefeuille de biens immobiliers du Ministère.",
            "Dirige les projets de modernisation des milieux de travail et de locaux dans la région de la capitale nationale et en région.",
            "Veille au respect des obligations du Ministère en matière d'écologisation et d'environnement.",
            "Gère les ressources humaines, financières et matérielles de la direction."]),
    "reg": (["Directs the delivery of finance, human resources, IM/IT, security and accommodation services in the region.",
             "Advises the Regional Director General and regional management on corporate issues and risks.",
             "Ensures regional compliance with departmental and Treasury Board policies.",
             "Represents the Corporate Services Sector on regional management committees.",
             "Manages the human, financial and material resources of the regional directorate."],
            ["Dirige la prestation des services de finances, de ressources humaines, de GI-TI, de sécurité et de locaux dans la région.",
             "Conseille le directeur général régional et la gestion régionale sur les enjeux et les risques ministériels.",
             "Veille au respect, dans la région, des politiques du Ministère et du Conseil du Trésor.",
             "Gère les ressources humaines, financières et matérielles de la direction régionale."]),
    "adm": (["Provides leadership and strategic direction to the Corporate Services Sector.",
             "Serves as Chief Financial Officer and advises the Deputy Minister on the stewardship of public resources.",
             "Chairs the departmental Finance and Investment Committee and the Corporate Services Management Committee.",
             "Represents the Department with central agencies on financial, people and digital management.",
             "Manages the human, financial and material resources of the sector."],
            ["Assure la direction et l'orientation stratégique du Secteur des services ministériels.",
             "Agit à titre de dirigeant principal des finances et conseille le sous-ministre sur la gérance des ressources publiques.",
             "Gère les ressources humaines, financières et matérielles du secteur."]),
}

NATURE = {
    "en": ("The Department employs some 5,800 people across the country and manages an annual budget of over $1.2 billion. "
           "The Corporate Services Sector provides the financial, people, digital, communications, legal, security and "
           "accommodation services on which every program of the Department depends. The incumbent works in an environment "
           "of fiscal restraint, evolving central agency requirements and rising expectations for digital service."),
    "fr": ("Le Ministère compte quelque 5 800 employés partout au pays et gère un budget annuel de plus de 1,2 milliard de "
           "dollars. Le Secteur des services ministériels fournit les services financiers, de personnel, numériques, de "
           "communication, juridiques, de sécurité et de locaux dont dépendent tous les programmes du Ministère. Le ou la "
           "titulaire travaille dans un contexte de restrictions budgétaires, d'exigences changeantes des organismes "
           "centraux et d'attentes croissantes en matière de services numériques."),
}

# A position: its figures as of the document that describes it. Versions override keys.
# reports: (title_en, title_fr, classification or None, fte or None)
P = {}


def pos(key, **kw):
    P[key] = kw


pos("P01", num="40100", job="300101", cls="EX-05", func="adm",
    en="Assistant Deputy Minister, Corporate Services and Chief Financial Officer",
    fr="Sous-ministre adjoint, Services ministériels et dirigeant principal des finances",
    unit="the Corporate Services Sector", unit_fr="du Secteur des services ministériels",
    loc=("Ottawa, Ontario", "Ottawa (Ontario)"),
    sup=dict(num=None, en="Deputy Minister of Transport", fr="Sous-ministre des Transports", cls=None),
    reports=[("Deputy Chief Financial Officer and Director General, Financial Management", None, "EX-03", 212),
             ("Chief Information Officer", None, "EX-03", 318),
             ("Director General, Human Resources", None, "EX-03", 196),
             ("Director General, Communications", None, "EX-03", 88),
             ("Director General, Real Property, Security and Accommodation", None, "EX-03", 141),
             ("Corporate Secretary and Director General, Corporate Secretariat", None, "EX-02", 47)],
    fte=1014, sal=98412000, om=61250000)

pos("P02", num="40210", job="300215", cls="EX-03", func="fin",
    en="Deputy Chief Financial Officer and Director General, Financial Management",
    fr="Dirigeant principal adjoint des finances et directeur général, Gestion financière",
    unit="financial management", unit_fr="de la gestion financière",
    loc=("Ottawa, Ontario", "Ottawa (Ontario)"), sup="P01",
    reports=[("Director, Financial Operations and Accounting", None, "EX-01", 64),
             ("Director, Resource Management and Budget Planning", None, "EX-01", 38),
             ("Director, Financial Policy and Internal Control", None, "EX-01", 22),
             ("Senior Director, Departmental Financial Reporting", None, "EX-02", 31),
             ("Director, Procurement and Materiel Management", None, "EX-01", 41),
             ("Director, Costing and Financial Analysis", None, "EX-01", 14)],
    fte=214, sal=19873000, om=2466000)

pos("P03", num="40231", job="300388", cls="EX-01", func="fin",
    en="Director, Financial Operations and Accounting", fr="Directeur, Opérations financières et comptabilité",
    unit="financial operations and accounting", unit_fr="des opérations financières et de la comptabilité",
    loc=("Ottawa, Ontario", "Ottawa (Ontario)"), sup="P02",
    reports=[("Manager, Accounts Payable and Travel", None, "FI-03", 21),
             ("Manager, Accounts Receivable and Revenue", None, "FI-03", 12),
             ("Manager, Accounting Operations", None, "FI-03", 15),
             ("Manager, Account Verification and Quality Assurance", None, "FI-03", 9)],
    fte=59, sal=4918000, om=318000)

pos("P04", num="40232", job="300389", cls="EX-01", func="fin",
    en="Director, Resource Management and Budget Planning", fr="Directrice, Gestion des ressources et planification budgétaire",
    unit="resource management and budget planning", unit_fr="de la gestion des ressources et de la planification budgétaire",
    loc=("Ottawa, Ontario", "Ottawa (Ontario)"), sup="P02",
    reports=[("Manager, Budget Planning and Allocation", None, "FI-03", 11),
             ("Manager, Resource Management Advisory Services (Programs)", None, "FI-03", 13),
             ("Manager, Resource Management Advisory Services (Corporate)", None, "FI-03", 10),
             ("Senior Financial Analyst, Estimates and Parliamentary Reporting", None, "FI-03", 2)],
    fte=38, sal=3402000, om=141000)

pos("P05", num="40233", job="300390", cls="EX-01", func="fin",
    en="Director, Financial Policy and Internal Control", fr="Directeur, Politiques financières et contrôle interne",
    unit="financial policy and internal control", unit_fr="des politiques financières et du contrôle interne",
    loc=("Ottawa, Ontario", "Ottawa (Ontario)"), sup="P02",
    reports=[("Manager, Financial Policy", None, "FI-03", 7),
             ("Manager, Internal Control over Financial Management", None, "FI-03", 9),
             ("Manager, Financial Systems and SAP Support", None, "CS-03", 5)],
    fte=22, sal=2118000, om=96000)

pos("P06", num="40220", job="300402", cls="EX-02", func="fin",
    en="Senior Director, Departmental Financial Reporting", fr="Directrice principale, Rapports financiers ministériels",
    unit="departmental financial reporting", unit_fr="des rapports financiers ministériels",
    loc=("Ottawa, Ontario", "Ottawa (Ontario)"), sup="P02",
    reports=[("Manager, Financial Statements", None, "FI-04", 9),
             ("Manager, Public Accounts and Central Agency Reporting", None, "FI-03", 8),
             ("Manager, Forecasting and Analysis", None, "FI-03", 11),
             ("Senior Advisor, Audit Liaison", None, "FI-03", 1)],
    fte=31, sal=2904000, om=188000)

pos("P07", num="40234", job="300391", cls="EX-01", func="fin",
    en="Director, Procurement and Materiel Management", fr="Directeur, Approvisionnement et gestion du matériel",
    unit="procurement and materiel management", unit_fr="de l'approvisionnement et de la gestion du matériel",
    loc=("Ottawa, Ontario", "Ottawa (Ontario)"), sup="P02",
    reports=[("Chef, Passation des marchés", "Chef, Passation des marchés", "PG-06", 17),
             ("Chef, Gestion du matériel et des biens", "Chef, Gestion du matériel et des biens", "PG-05", 9),
             ("Chef, Politiques et conformité en approvisionnement", "Chef, Politiques et conformité en approvisionnement", "PG-05", 6),
             ("Gestionnaire, Cartes d'achat", "Gestionnaire, Cartes d'achat", "AS-05", 7)],
    fte=41, sal=3310000, om=274000)

pos("P08", num="40235", job="300393", cls="EX-01", func="fin",
    en="Director, Costing and Financial Analysis", fr="Directeur, Établissement des coûts et analyse financière",
    unit="costing and financial analysis", unit_fr="de l'établissement des coûts et de l'analyse financière",
    loc=("Ottawa, Ontario", "Ottawa (Ontario)"), sup="P02",
    reports=[("Manager, Costing Centre of Expertise", None, "EC-06", 6),
             ("Manager, Investment and Project Financial Analysis", None, "FI-03", 7)],
    fte=14, sal=1456000, om=52000)

pos("P10", num="40300", job="300310", cls="EX-03", func="it",
    en="Chief Information Officer", fr="Dirigeant principal de l'information",
    unit="the Department's information management and information technology (IM/IT) services",
    unit_fr="des services de gestion de l'information et de technologie de l'information (GI-TI)",
    loc=("Ottawa, Ontario", "Ottawa (Ontario)"), sup="P01",
    reports=[("Director, IT Infrastructure and Operations", None, "EX-01", 96),
             ("Director, Enterprise Applications and Solutions", None, "EX-01", 88),
             ("Director, IT Security", None, "EX-01", 23),
             ("Director, Enterprise Architecture", None, "EX-01", 17),
             ("Director, Information Management and Records", None, "EX-01", 42)],
    fte=271, sal=24406000, om=11930000)

pos("P11", num="40310", job="300512", cls="EX-02", func="it",
    en="Executive Director, IT Infrastructure and Operations",
    fr="Directeur exécutif, Infrastructure et opérations de la TI",
    unit="IT infrastructure, hosting, networks and end-user services",
    unit_fr="de l'infrastructure, de l'hébergement, des réseaux et des services de TI aux utilisateurs",
    loc=("Ottawa, Ontario", "Ottawa (Ontario)"), sup="P10",
    reports=[("Director, Client Services and Digital Workplace", "Directrice, Services à la clientèle et milieu de travail numérique", "EX-01", 58),
             ("Manager, Hosting and Cloud Operations", "Gestionnaire, Hébergement et opérations infonuagiques", "CS-04", 19),
             ("Manager, Network and Telecommunications", "Gestionnaire, Réseaux et télécommunications", "CS-04", 14),
             ("Manager, IT Service Management", "Gestionnaire, Gestion des services de TI", "CS-04", 11)],
    fte=104, sal=9874000, om=6210000)

pos("P12", num="40321", job="300514", cls="EX-01", func="it",
    en="Director, Enterprise Applications and Solutions", fr="Directeur, Applications et solutions ministérielles",
    unit="enterprise applications and business solutions", unit_fr="des applications et solutions ministérielles",
    loc=("Ottawa, Ontario", "Ottawa (Ontario)"), sup="P10",
    reports=[("Manager, Corporate Applications (SAP and PeopleSoft)", None, "CS-04", 24),
             ("Manager, Program Applications", None, "CS-04", 31),
             ("Manager, Application Development and Testing", None, "CS-04", 18),
             ("Manager, Business Analysis", None, "CS-03", 9)],
    fte=83, sal=7932000, om=1460000)

pos("P13", num="40322", job="300515", cls="EX-01", func="sec",
    en="Director, IT Security", fr="Directeur, Sécurité de la TI",
    unit="the departmental IT security program and the role of Departmental IT Security Coordinator",
    unit_fr="du programme de sécurité de la TI",
    loc=("Ottawa, Ontario", "Ottawa (Ontario)"), sup="P10",
    reports=[("Manager, Security Assessment and Authorization", None, "CS-04", 8),
             ("Manager, Cyber Security Operations", None, "CS-04", 11),
             ("Senior IT Security Architect", None, "CS-04", 1)],
    fte=23, sal=2342000, om=705000)

pos("P14", num="40323", job="300516", cls="EX-01", func="it",
    en="Director, Enterprise Architecture", fr="Directrice, Architecture d'entreprise",
    unit="enterprise architecture and the IT investment review process",
    unit_fr="de l'architecture d'entreprise",
    loc=("Ottawa, Ontario", "Ottawa (Ontario)"), sup="P10",
    reports=[("Chief Architect, Business and Information Architecture", None, "CS-05", 6),
             ("Manager, Technology Architecture", None, "CS-04", 7),
             ("Manager, IT Portfolio and Investment Planning", None, "CS-04", 3)],
    fte=17, sal=1795000, om=118000)

pos("P15", num="40324", job="300517", cls="EX-01", func="it",
    en="Director, Information Management and Records", fr="Directeur, Gestion de l'information et des dossiers",
    unit="information management and records",
    unit_fr="de la gestion de l'information et des dossiers",
    loc=("Ottawa, Ontario", "Ottawa (Ontario)"), sup="P10",
    reports=[("Chef, Gestion des documents et des dossiers", "Chef, Gestion des documents et des dossiers", "IS-05", 19),
             ("Chef, Politiques et services de GI", "Chef, Politiques et services de GI", "IS-05", 8),
             ("Chef, Bibliothèque et services de recherche", "Chef, Bibliothèque et services de recherche", "LS-03", 6),
             ("Gestionnaire, Solutions de GI (GCdocs)", "Gestionnaire, Solutions de GI (GCdocs)", "CS-03", 8)],
    fte=42, sal=3267000, om=390000)

pos("P16", num="40311", job="300520", cls="EX-01", func="it",
    en="Director, Client Services and Digital Workplace", fr="Directrice, Services à la clientèle et milieu de travail numérique",
    unit="client services and the digital workplace",
    unit_fr="des services à la clientèle et du milieu de travail numérique",
    loc=("Ottawa, Ontario", "Ottawa (Ontario)"), sup="P11",
    reports=[("Gestionnaire, Centre de services de la TI", "Gestionnaire, Centre de services de la TI", "CS-03", 22),
             ("Gestionnaire, Soutien aux postes de travail et appareils mobiles", "Gestionnaire, Soutien aux postes de travail et appareils mobiles", "CS-03", 19),
             ("Gestionnaire, Outils de collaboration M365", "Gestionnaire, Outils de collaboration M365", "CS-04", 14)],
    fte=58, sal=4716000, om=1930000)

pos("P17", num="40325", job="300731", cls="EX-01", func="it",
    en="Director, Data Analytics and Business Intelligence", fr="Directeur, Analytique des données et intelligence d'affaires",
    unit="data analytics, business intelligence and the departmental data strategy",
    unit_fr="de l'analytique des données et de l'intelligence d'affaires",
    loc=("Ottawa, Ontario", "Ottawa (Ontario)"), sup="P10",
    reports=[("Manager, Data Engineering", None, "CS-04", 8),
             ("Manager, Business Intelligence and Reporting", None, "EC-06", 7),
             ("Manager, Data Governance", None, "EC-06", 4)],
    fte=20, sal=2215000, om=340000)

pos("P20", num="40400", job="300440", cls="EX-03", func="hr",
    en="Director General, Human Resources", fr="Directeur général, Ressources humaines",
    unit="human resources", unit_fr="de ressources humaines",
    loc=("Ottawa, Ontario", "Ottawa (Ontario)"), sup="P01",
    reports=[("Director, Labour Relations and Workplace Well-being", None, "EX-01", 34),
             ("Director, Staffing and Classification", None, "EX-01", 61),
             ("Director, Executive Services and Leadership Development", None, "EX-01", 18),
             ("Director, HR Systems, Planning and Pay Liaison", None, "EX-01", 29),
             ("Director, Diversity, Inclusion and Official Languages", None, "EX-01", 12)],
    fte=158, sal=14220000, om=1375000)

pos("P21", num="40421", job="300448", cls="EX-01", func="hr",
    en="Director, Labour Relations and Workplace Well-being",
    fr="Directrice, Relations de travail et mieux-être en milieu de travail",
    unit="labour relations, informal conflict management and workplace well-being",
    unit_fr="de relations de travail et de mieux-être",
    loc=("Ottawa, Ontario", "Ottawa (Ontario)"), sup="P20",
    reports=[("Manager, Labour Relations (NCR)", None, "PE-06", 11),
             ("Manager, Labour Relations (Regions)", None, "PE-06", 9),
             ("Manager, Harassment and Violence Prevention", None, "PE-05", 6),
             ("Manager, Occupational Health, Safety and Well-being", None, "PE-05", 7)],
    fte=34, sal=3188000, om=412000)

pos("P22", num="40422", job="300449", cls="EX-01", func="hr",
    en="Director, Staffing and Classification", fr="Directrice, Dotation et classification",
    unit="staffing and classification", unit_fr="de dotation et de classification",
    loc=("Ottawa, Ontario", "Ottawa (Ontario)"), sup="P20",
    reports=[("Gestionnaire, Dotation (RCN)", "Gestionnaire, Dotation (RCN)", "PE-05", 24),
             ("Gestionnaire, Dotation (Régions)", "Gestionnaire, Dotation (Régions)", "PE-05", 17),
             ("Gestionnaire, Classification et organisation", "Gestionnaire, Classification et organisation", "PE-06", 14),
             ("Conseillère principale, Recrutement stratégique", "Conseillère principale, Recrutement stratégique", "PE-05", 3)],
    fte=61, sal=5102000, om=233000)

pos("P23", num="40423", job="300450", cls="EX-01", func="hr",
    en="Director, Executive Services and Leadership Development",
    fr="Directeur, Services aux cadres et perfectionnement en leadership",
    unit="executive group services, talent management and leadership development",
    unit_fr="des services aux cadres",
    loc=("Ottawa, Ontario", "Ottawa (Ontario)"), sup="P20",
    reports=[("Manager, Executive Staffing and Compensation", None, "PE-06", 7),
             ("Manager, Talent Management and Leadership Development", None, "PE-05", 6),
             ("Manager, Executive Performance Management", None, "PE-05", 4)],
    fte=18, sal=1842000, om=690000)

pos("P24", num="40424", job="300451", cls="EX-01", func="hr",
    en="Director, HR Systems, Planning and Pay Liaison",
    fr="Directeur, Systèmes de RH, planification et liaison avec la paye",
    unit="HR systems, integrated workforce planning and pay liaison",
    unit_fr="de systèmes de RH, de planification et de liaison avec la paye",
    loc=("Ottawa, Ontario", "Ottawa (Ontario)"), sup="P20",
    reports=[("Manager, HR Systems (PeopleSoft) / Gestionnaire, Systèmes de RH (PeopleSoft)", None, "CS-03", 9),
             ("Manager, Workforce Planning and Analytics / Gestionnaire, Planification et analytique de l'effectif", None, "EC-06", 7),
             ("Manager, Pay Liaison / Gestionnaire, Liaison avec la paye", None, "AS-06", 12)],
    fte=29, sal=2406000, om=208000)

pos("P25", num="40425", job="300452", cls="EX-01", func="hr",
    en="Director, Diversity, Inclusion and Official Languages",
    fr="Directrice, Diversité, inclusion et langues officielles",
    unit="diversity, inclusion, employment equity and official languages",
    unit_fr="de diversité, d'inclusion et de langues officielles",
    loc=("Gatineau, Quebec", "Gatineau (Québec)"), sup="P20",
    reports=[("Manager, Employment Equity and Inclusion / Gestionnaire, Équité en emploi et inclusion", None, "PE-05", 5),
             ("Manager, Official Languages / Gestionnaire, Langues officielles", None, "PE-05", 6)],
    fte=12, sal=1208000, om=455000)

pos("P26", num="47102", job="300612", cls="EX-01", func="reg",
    en="Regional Director, Corporate Services, Quebec Region",
    fr="Directrice régionale, Services ministériels, Région du Québec",
    unit="the Quebec Region", unit_fr="la Région du Québec",
    loc=("Dorval, Quebec", "Dorval (Québec)"),
    sup=dict(num="47001", en="Regional Director General, Quebec Region",
             fr="Directeur général régional, Région du Québec", cls="EX-03"),
    reports=[("Chef régionale, Finances", "Chef régionale, Finances", "FI-03", 9),
             ("Chef régional, Ressources humaines", "Chef régional, Ressources humaines", "PE-05", 8),
             ("Chef, Locaux, sécurité et services administratifs", "Chef, Locaux, sécurité et services administratifs", "AS-06", 11),
             ("Gestionnaire, Services de TI régionaux", "Gestionnaire, Services de TI régionaux", "CS-03", 6)],
    fte=36, sal=2874000, om=612000)

pos("P30", num="40500", job="300560", cls="EX-03", func="comms",
    en="Director General, Communications", fr="Directeur général, Communications",
    unit="the Department's communications function", unit_fr="de la fonction de communication du Ministère",
    loc=("Ottawa, Ontario", "Ottawa (Ontario)"), sup="P01",
    reports=[("Director, Strategic Communications and Media Relations", None, "EX-01", 29),
             ("Director, Digital and Creative Services", None, "EX-01", 26),
             ("Director, Internal Communications and Employee Engagement", None, "EX-01", 13),
             ("Manager, Ministerial Communications Liaison", None, "IS-05", 6)],
    fte=77, sal=6938000, om=2104000)

pos("P31", num="40521", job="300561", cls="EX-01", func="comms",
    en="Director, Strategic Communications and Media Relations",
    fr="Directeur, Communications stratégiques et relations avec les médias",
    unit="strategic communications and media relations",
    unit_fr="des communications stratégiques et des relations avec les médias",
    loc=("Ottawa, Ontario", "Ottawa (Ontario)"), sup="P30",
    reports=[("Gestionnaire, Relations avec les médias", "Gestionnaire, Relations avec les médias", "IS-05", 8),
             ("Gestionnaire, Communications stratégiques (Programmes)", "Gestionnaire, Communications stratégiques (Programmes)", "IS-05", 11),
             ("Gestionnaire, Planification et annonces", "Gestionnaire, Planification et annonces", "IS-05", 9)],
    fte=29, sal=2596000, om=377000)

pos("P32", num="40522", job="300562", cls="EX-01", func="comms",
    en="Director, Digital and Creative Services", fr="Directeur, Services numériques et créatifs",
    unit="digital and creative services", unit_fr="des services numériques et créatifs",
    loc=("Ottawa, Ontario", "Ottawa (Ontario)"), sup="P30",
    reports=[("Gestionnaire, Web et médias sociaux", "Gestionnaire, Web et médias sociaux", "IS-05", 12),
             ("Gestionnaire, Services créatifs et publications", "Gestionnaire, Services créatifs et publications", "IS-04", 9),
             ("Gestionnaire, Événements et image de marque", "Gestionnaire, Événements et image de marque", "IS-04", 4)],
    fte=26, sal=2184000, om=520000)

pos("P33", num="40523", job="300563", cls="EX-01", func="comms",
    en="Director, Internal Communications and Employee Engagement",
    fr="Directrice, Communications internes et mobilisation des employés",
    unit="internal communications and employee engagement",
    unit_fr="des communications internes",
    loc=("Ottawa, Ontario", "Ottawa (Ontario)"), sup="P30",
    reports=[("Manager, Internal Communications", None, "IS-05", 7),
             ("Manager, Employee Engagement and Recognition", None, "IS-04", 5)],
    fte=13, sal=1127000, om=246000)

pos("P40", num="40611", job="300601", cls="EX-01", func="legal",
    en="Director, Access to Information and Privacy", fr="Directeur, Accès à l'information et protection des renseignements personnels",
    unit="the access to information and privacy (ATIP) program", unit_fr="du programme d'AIPRP",
    loc=("Ottawa, Ontario", "Ottawa (Ontario)"), sup="P41",
    reports=[("Manager, ATIP Operations", None, "PM-05", 21),
             ("Manager, Privacy Policy and Governance", None, "PM-05", 6),
             ("Manager, ATIP Intake and Consultations", None, "PM-04", 8)],
    fte=36, sal=2689000, om=164000)

pos("P41", num="40600", job="300600", cls="EX-02", func="legal",
    en="Corporate Secretary and Director General, Corporate Secretariat",
    fr="Secrétaire ministériel et directeur général, Secrétariat ministériel",
    unit="the Corporate Secretariat: executive correspondence, Cabinet and parliamentary affairs, "
         "governance and access to information and privacy", unit_fr="du Secrétariat ministériel",
    loc=("Ottawa, Ontario", "Ottawa (Ontario)"), sup="P01",
    reports=[("Director, Access to Information and Privacy", None, "EX-01", 33),
             ("Manager, Executive Correspondence", None, "AS-07", 14)],
    fte=52, sal=4480000, om=325000)

pos("P42", num="40650", job=None, cls="LC-03", func="legal",
    en="Executive Director and General Counsel, Transport Canada Legal Services Unit",
    fr="Directeur exécutif et avocat général, Services juridiques de Transports Canada",
    unit="the delivery of legal services to the Department",
    unit_fr="de la prestation des services juridiques au Ministère",
    loc=("Ottawa, Ontario", "Ottawa (Ontario)"),
    sup=dict(num=None, en="Assistant Deputy Attorney General, Business and Regulatory Law Portfolio",
             fr="Sous-procureur général adjoint, Portefeuille du droit des affaires et du droit réglementaire", cls=None),
    reports=[("Deputy Executive Director and Senior Counsel, Regulatory", None, "LC-02", 14),
             ("Senior Counsel, Litigation and Advisory", None, "LC-02", 9),
             ("Senior Counsel, Corporate and Commercial", None, "LC-02", 7),
             ("Manager, Practice Support", None, "AS-04", 5)],
    fte=38, sal=5412000, om=286000)

pos("P50", num="40700", job="300701", cls="EX-03", func="rp",
    en="Director General, Real Property, Security and Accommodation",
    fr="Directeur général, Biens immobiliers, sécurité et locaux",
    unit="real property, departmental security and accommodation, and acts as Departmental Security Officer",
    unit_fr="des biens immobiliers, de la sécurité ministérielle et des locaux",
    loc=("Ottawa, Ontario", "Ottawa (Ontario)"), sup="P01",
    reports=[("Director, Departmental Security", None, "EX-01", 38),
             ("Director, Real Property Portfolio Management", None, "EX-01", 27),
             ("Director, Accommodation and Workplace Modernization", None, "EX-01", 31),
             ("Director, Business Continuity and Emergency Management", None, "EX-01", 9)],
    fte=112, sal=10115000, om=18740000)

pos("P51", num="40711", job="300711", cls="EX-01", func="sec",
    en="Director, Departmental Security", fr="Directeur, Sécurité ministérielle",
    unit="the departmental security program and acts as Deputy Departmental Security Officer",
    unit_fr="du programme de sécurité ministérielle",
    loc=("Ottawa, Ontario", "Ottawa (Ontario)"), sup="P50",
    reports=[("Manager, Personnel Security Screening", None, "PM-05", 16),
             ("Manager, Physical Security", None, "PM-05", 9),
             ("Manager, Security Policy, Awareness and Investigations", None, "PM-05", 7),
             ("Manager, Contract Security", None, "PM-04", 4)],
    fte=37, sal=2731000, om=884000)

pos("P52", num="40712", job="300712", cls="EX-01", func="rp",
    en="Director, Real Property Portfolio Management", fr="Directeur, Gestion du portefeuille immobilier",
    unit="the real property portfolio (airports, ports and marine sites)",
    unit_fr="du portefeuille immobilier",
    loc=("Ottawa, Ontario", "Ottawa (Ontario)"), sup="P50",
    reports=[("Manager, Portfolio Planning and Investment", None, "EN-ENG-05", 8),
             ("Manager, Asset Management and Disposals", None, "PC-04", 10),
             ("Manager, Leases and Agreements", None, "AS-06", 7)],
    fte=27, sal=2487000, om=9310000)

pos("P53", num="40713", job="300713", cls="EX-01", func="rp",
    en="Director, Accommodation and Workplace Modernization",
    fr="Directrice, Locaux et modernisation du milieu de travail",
    unit="accommodation and workplace modernization", unit_fr="des locaux et de la modernisation du milieu de travail",
    loc=("Ottawa, Ontario", "Ottawa (Ontario)"), sup="P50",
    reports=[("Gestionnaire, Planification des locaux", "Gestionnaire, Planification des locaux", "AS-06", 9),
             ("Gestionnaire, Projets de modernisation (Milieu de travail GC)", "Gestionnaire, Projets de modernisation (Milieu de travail GC)", "ENG-04", 12),
             ("Gestionnaire, Services des installations", "Gestionnaire, Services des installations", "AS-05", 9)],
    fte=31, sal=2515000, om=6420000)

pos("P54", num="40714", job="300714", cls="EX-01", func="sec",
    en="Director, Business Continuity and Emergency Management",
    fr="Directeur, Continuité des activités et gestion des urgences",
    unit="business continuity planning and departmental emergency management",
    unit_fr="de la continuité des activités et de la gestion des urgences",
    loc=("Ottawa, Ontario", "Ottawa (Ontario)"), sup="P50",
    reports=[("Manager, Business Continuity Planning", None, "AS-06", 4),
             ("Manager, Departmental Operations Centre", None, "PM-05", 4)],
    fte=9, sal=924000, om=137000)

pos("P55", num="40715", job="300715", cls="EX-01", func="rp",
    en="Director, Environmental Management and Greening Operations",
    fr="Directrice, Gestion environnementale et écologisation des opérations",
    unit="environmental management", unit_fr="de la gestion environnementale et de l'écologisation des opérations",
    loc=("Ottawa, Ontario", "Ottawa (Ontario)"), sup="P50",
    reports=[("Gestionnaire, Sites contaminés", "Gestionnaire, Sites contaminés", "PC-04", 7),
             ("Gestionnaire, Écologisation et durabilité", "Gestionnaire, Écologisation et durabilité", "PC-03", 5),
             ("Gestionnaire, Évaluations environnementales", "Gestionnaire, Évaluations environnementales", "PC-04", 6)],
    fte=19, sal=1763000, om=4150000)

pos("P56", num="48102", job="300613", cls="EX-01", func="reg",
    en="Regional Director, Corporate Services, Prairie and Northern Region",
    fr="Directeur régional, Services ministériels, Région des Prairies et du Nord",
    unit="the Prairie and Northern Region", unit_fr="la Région des Prairies et du Nord",
    loc=("Winnipeg, Manitoba", "Winnipeg (Manitoba)"),
    sup=dict(num="48001", en="Regional Director General, Prairie and Northern Region",
             fr="Directeur général régional, Région des Prairies et du Nord", cls="EX-03"),
    reports=[("Regional Manager, Finance / Gestionnaire régional, Finances", None, "FI-03", 8),
             ("Regional Manager, Human Resources / Gestionnaire régional, Ressources humaines", None, "PE-05", 7),
             ("Regional Manager, Accommodation and Security / Gestionnaire régional, Locaux et sécurité", None, "AS-06", 10)],
    fte=28, sal=2236000, om=530000)

pos("P57", num="49102", job="300614", cls="EX-01", func="reg",
    en="Regional Director, Corporate Services, Pacific Region",
    fr="Directrice régionale, Services ministériels, Région du Pacifique",
    unit="the Pacific Region", unit_fr="la Région du Pacifique",
    loc=("Vancouver, British Columbia", "Vancouver (Colombie-Britannique)"),
    sup=dict(num="49001", en="Regional Director General, Pacific Region",
             fr="Directeur général régional, Région du Pacifique", cls="EX-03"),
    reports=[("Regional Manager, Finance", None, "FI-03", 9),
             ("Regional Manager, Human Resources", None, "PE-05", 8),
             ("Regional Manager, IM/IT Services", None, "CS-03", 6),
             ("Regional Manager, Accommodation and Security", None, "AS-06", 9)],
    fte=34, sal=2790000, om=601000)
