"""Positions, labels, places and prose for the blind93 corpus (invented positions and people,
real departments: Transport, Fisheries and Oceans / Coast Guard, Veterans Affairs, Public
Safety, Infrastructure, Statistics Canada)."""

DEPTS = {
    "TC": dict(en="Transport Canada", fr="Transports Canada", foot_en="Transport Canada", foot_fr="Transports Canada",
               ctx_en="Transport Canada is responsible for the transportation policies and programs of the Government of Canada. "
                      "It promotes a safe and secure, efficient and environmentally responsible transportation system, "
                      "and regulates the aviation, marine, rail and road modes under some fifty Acts of Parliament, "
                      "including the Aeronautics Act, the Canada Shipping Act, 2001, the Railway Safety Act and the "
                      "Transportation of Dangerous Goods Act, 1992.",
               ctx_fr="Transports Canada est responsable des politiques et des programmes de transport du gouvernement du Canada. "
                      "Le Ministère favorise un réseau de transport sûr et sécuritaire, efficace et respectueux de l'environnement, "
                      "et réglemente les modes aérien, maritime, ferroviaire et routier en vertu d'une cinquantaine de lois, "
                      "dont la Loi sur l'aéronautique, la Loi de 2001 sur la marine marchande du Canada et la Loi sur la "
                      "sécurité ferroviaire."),
    "DFO": dict(en="Fisheries and Oceans Canada", fr="Pêches et Océans Canada", foot_en="Fisheries and Oceans", foot_fr="Pêches et Océans",
                ctx_en="Fisheries and Oceans Canada, including the Canadian Coast Guard, is responsible for the sustainable "
                       "management of Canada's fisheries, the protection of aquatic ecosystems and fish habitat, the network "
                       "of small craft harbours and the safety of mariners in Canadian waters. The Department delivers its "
                       "mandate under the Fisheries Act, the Oceans Act and the Species at Risk Act in a complex environment "
                       "of commercial, recreational and Indigenous fishers, provinces, territories and international partners.",
                ctx_fr="Pêches et Océans Canada, y compris la Garde côtière canadienne, est responsable de la gestion durable "
                       "des pêches du Canada, de la protection des écosystèmes aquatiques et de l'habitat du poisson, du réseau "
                       "des ports pour petits bateaux et de la sécurité des navigateurs dans les eaux canadiennes. Le Ministère "
                       "exerce son mandat en vertu de la Loi sur les pêches, de la Loi sur les océans et de la Loi sur les "
                       "espèces en péril."),
    "VAC": dict(en="Veterans Affairs Canada", fr="Anciens Combattants Canada", foot_en="Veterans Affairs Canada", foot_fr="Anciens Combattants Canada",
                ctx_en="Veterans Affairs Canada supports the well-being of Veterans and their families, and keeps alive the "
                       "memory of the achievements and sacrifices of those who served Canada. The Department delivers "
                       "disability benefits, rehabilitation, income support, health care and case management services to "
                       "more than 150,000 clients through a national network of area offices, a national contact centre "
                       "and its head office in Charlottetown.",
                ctx_fr="Anciens Combattants Canada soutient le bien-être des vétérans et de leur famille et perpétue le "
                       "souvenir des réalisations et des sacrifices de ceux et celles qui ont servi le Canada. Le Ministère "
                       "offre des prestations d'invalidité, des services de réadaptation, du soutien du revenu, des soins de "
                       "santé et des services de gestion de cas à plus de 150 000 clients."),
    "PS": dict(en="Public Safety Canada", fr="Sécurité publique Canada", foot_en="Public Safety Canada", foot_fr="Sécurité publique Canada",
               ctx_en="Public Safety Canada provides policy leadership and coordination across the Public Safety portfolio, "
                      "which includes the Royal Canadian Mounted Police, the Canada Border Services Agency, the Canadian "
                      "Security Intelligence Service, the Correctional Service of Canada and the Parole Board of Canada. "
                      "The Department leads national efforts in emergency management, national security, crime prevention "
                      "and community safety.",
               ctx_fr="Sécurité publique Canada assure le leadership stratégique et la coordination du portefeuille de la "
                      "Sécurité publique, qui comprend la Gendarmerie royale du Canada, l'Agence des services frontaliers du "
                      "Canada, le Service canadien du renseignement de sécurité, le Service correctionnel du Canada et la "
                      "Commission des libérations conditionnelles du Canada."),
    "INFC": dict(en="Infrastructure Canada", fr="Infrastructure Canada", foot_en="Infrastructure Canada", foot_fr="Infrastructure Canada",
                 ctx_en="Infrastructure Canada is the federal department responsible for public infrastructure investments. "
                        "Working with provinces, territories, municipalities, Indigenous communities and the private sector, "
                        "it delivers contribution programs worth several billion dollars a year and manages major bridge "
                        "projects, supporting economic growth, clean communities and social inclusion.",
                 ctx_fr="Infrastructure Canada est le ministère fédéral responsable des investissements dans les "
                        "infrastructures publiques. En collaboration avec les provinces, les territoires, les municipalités, "
                        "les collectivités autochtones et le secteur privé, il exécute des programmes de contribution de "
                        "plusieurs milliards de dollars par année et gère de grands projets de ponts."),
    "STC": dict(en="Statistics Canada", fr="Statistique Canada", foot_en="Statistics Canada", foot_fr="Statistique Canada",
                ctx_en="Statistics Canada is the national statistical office. Under the Statistics Act it collects, "
                       "compiles, analyses and publishes statistical information on the economic, social and general "
                       "conditions of the country and its people, conducts the Census of Population and the Census of "
                       "Agriculture, and provides the statistical foundation for public policy, research and business "
                       "decisions.",
                ctx_fr="Statistique Canada est l'organisme statistique national. En vertu de la Loi sur la statistique, il "
                       "recueille, compile, analyse et publie des renseignements statistiques sur la situation économique, "
                       "sociale et générale du pays et de sa population, et mène le Recensement de la population et le "
                       "Recensement de l'agriculture."),
}

# key, dept, title_en, title_fr, level, sup_en, sup_fr, sup_level, subject_en, subject_fr, location, branch_en, branch_fr
POSITIONS = [
    ("tc-msp", "TC", "Director, Marine Safety Programs", "Directeur, Programmes de sécurité maritime", 1,
     "Director General, Marine Safety and Security", "Directeur général, Sécurité et sûreté maritimes", 3,
     "the national marine safety regulatory programs", "les programmes nationaux de réglementation de la sécurité maritime",
     "Ottawa, Ontario", "Safety and Security", "Sécurité et sûreté"),
    ("tc-rail", "TC", "Director General, Rail Safety", "Directeur général, Sécurité ferroviaire", 3,
     "Assistant Deputy Minister, Safety and Security", "Sous-ministre adjoint, Sécurité et sûreté", 5,
     "the rail safety oversight program", "le programme de surveillance de la sécurité ferroviaire",
     "Ottawa, Ontario", "Safety and Security", "Sécurité et sûreté"),
    ("tc-cavpac", "TC", "Regional Director, Civil Aviation, Pacific Region", "Directeur régional, Aviation civile, Région du Pacifique", 2,
     "Regional Director General, Pacific Region", "Directeur général régional, Région du Pacifique", 3,
     "civil aviation certification and oversight in British Columbia and Yukon",
     "la certification et la surveillance de l'aviation civile en Colombie-Britannique et au Yukon",
     "Vancouver, British Columbia", "Pacific Region", "Région du Pacifique"),
    ("tc-avsec", "TC", "Executive Director, Aviation Security Programs", "Directeur exécutif, Programmes de sûreté aérienne", 2,
     "Director General, Aviation Security", "Directeur général, Sûreté aérienne", 3,
     "aviation security regulatory and screening programs", "les programmes de réglementation et de contrôle de la sûreté aérienne",
     "Ottawa, Ontario", "Safety and Security", "Sécurité et sûreté"),
    ("tc-tdg", "TC", "Director, Transportation of Dangerous Goods Compliance", "Directeur, Conformité du transport des marchandises dangereuses", 1,
     "Director General, Transportation of Dangerous Goods", "Directeur général, Transport des marchandises dangereuses", 3,
     "the compliance and enforcement program for the transportation of dangerous goods",
     "le programme de conformité et d'application de la loi pour le transport des marchandises dangereuses",
     "Ottawa, Ontario", "Safety and Security", "Sécurité et sûreté"),
    ("tc-assets", "TC", "Director, Port and Airport Asset Management", "Directeur, Gestion des actifs portuaires et aéroportuaires", 1,
     "Director General, Programs", "Directeur général, Programmes", 3,
     "the stewardship of federally owned ports and airports", "la gérance des ports et des aéroports appartenant au gouvernement fédéral",
     "Ottawa, Ontario", "Programs", "Programmes"),
    ("tc-mvs", "TC", "Director, Motor Vehicle Safety Standards", "Directeur, Normes de sécurité des véhicules automobiles", 1,
     "Director General, Multimodal and Road Safety Programs", "Directeur général, Sécurité multimodale et routière", 3,
     "the development of motor vehicle safety standards and regulations",
     "l'élaboration des normes et des règlements sur la sécurité des véhicules automobiles",
     "Ottawa, Ontario", "Safety and Security", "Sécurité et sûreté"),
    ("tc-msqc", "TC", "Regional Director, Marine Safety, Quebec Region", "Directeur régional, Sécurité maritime, Région du Québec", 1,
     "Regional Director General, Quebec Region", "Directeur général régional, Région du Québec", 3,
     "marine safety inspection and certification in Quebec", "l'inspection et la certification en sécurité maritime au Québec",
     "Québec, Québec", "Quebec Region", "Région du Québec"),
    ("dfo-aes", "DFO", "Director, Aquatic Ecosystems Science", "Directeur, Sciences des écosystèmes aquatiques", 1,
     "Director General, Ecosystem Science", "Directeur général, Sciences des écosystèmes", 3,
     "national aquatic ecosystem science programs", "les programmes nationaux de sciences des écosystèmes aquatiques",
     "Ottawa, Ontario", "Ecosystems and Oceans Science", "Sciences des écosystèmes et des océans"),
    ("dfo-frm", "DFO", "Director General, Fisheries Resource Management", "Directeur général, Gestion des ressources halieutiques", 3,
     "Assistant Deputy Minister, Fisheries and Harbour Management", "Sous-ministre adjoint, Gestion des pêches et des ports", 5,
     "the national fisheries resource management program", "le programme national de gestion des ressources halieutiques",
     "Ottawa, Ontario", "Fisheries and Harbour Management", "Gestion des pêches et des ports"),
    ("dfo-cpgulf", "DFO", "Regional Director, Conservation and Protection, Gulf Region",
     "Directeur régional, Conservation et protection, Région du Golfe", 2,
     "Regional Director General, Gulf Region", "Directeur général régional, Région du Golfe", 3,
     "fisheries enforcement and compliance in the Gulf Region", "l'application de la loi et la conformité dans les pêches de la Région du Golfe",
     "Moncton, New Brunswick", "Gulf Region", "Région du Golfe"),
    ("dfo-sch", "DFO", "Director, Small Craft Harbours Operations", "Directeur, Opérations des ports pour petits bateaux", 1,
     "Director General, Small Craft Harbours", "Directeur général, Ports pour petits bateaux", 3,
     "the operation and maintenance of the national network of small craft harbours",
     "l'exploitation et l'entretien du réseau national des ports pour petits bateaux",
     "Ottawa, Ontario", "Fisheries and Harbour Management", "Gestion des pêches et des ports"),
    ("ccg-fleet", "DFO", "Director, Fleet Maintenance, Canadian Coast Guard", "Directeur, Entretien de la flotte, Garde côtière canadienne", 1,
     "Director General, Fleet and Maritime Services", "Directeur général, Flotte et services maritimes", 3,
     "the maintenance and refit of the Canadian Coast Guard fleet", "l'entretien et le radoub de la flotte de la Garde côtière canadienne",
     "Dartmouth, Nova Scotia", "Canadian Coast Guard", "Garde côtière canadienne"),
    ("dfo-aqua", "DFO", "Director, Aquaculture Management", "Directeur, Gestion de l'aquaculture", 1,
     "Director General, Aquaculture Management", "Directeur général, Gestion de l'aquaculture", 3,
     "the national aquaculture management program", "le programme national de gestion de l'aquaculture",
     "Ottawa, Ontario", "Aquatic Ecosystems", "Écosystèmes aquatiques"),
    ("dfo-scipac", "DFO", "Regional Director, Science, Pacific Region", "Directeur régional, Sciences, Région du Pacifique", 2,
     "Regional Director General, Pacific Region", "Directeur général régional, Région du Pacifique", 3,
     "fisheries and oceans science in the Pacific Region", "les sciences halieutiques et océaniques dans la Région du Pacifique",
     "Nanaimo, British Columbia", "Pacific Region", "Région du Pacifique"),
    ("dfo-ifp", "DFO", "Director, Indigenous Fisheries Programs", "Directeur, Programmes des pêches autochtones", 1,
     "Director General, Reconciliation Strategies", "Directeur général, Stratégies de réconciliation", 3,
     "Indigenous fisheries programs and agreements", "les programmes et les ententes sur les pêches autochtones",
     "Ottawa, Ontario", "Fisheries and Harbour Management", "Gestion des pêches et des ports"),
    ("vac-dba", "VAC", "Director, Disability Benefits Adjudication", "Directeur, Arbitrage des prestations d'invalidité", 1,
     "Director General, Centralized Operations", "Directeur général, Opérations centralisées", 3,
     "the adjudication of disability benefit applications", "l'arbitrage des demandes de prestations d'invalidité",
     "Charlottetown, Prince Edward Island", "Service Delivery", "Prestation des services"),
    ("vac-sdpm", "VAC", "Director General, Service Delivery and Program Management",
     "Directeur général, Prestation des services et gestion des programmes", 3,
     "Assistant Deputy Minister, Service Delivery", "Sous-ministre adjoint, Prestation des services", 4,
     "the national delivery of programs and services to Veterans", "la prestation nationale des programmes et des services aux vétérans",
     "Charlottetown, Prince Edward Island", "Service Delivery", "Prestation des services"),
    ("vac-cm", "VAC", "Director, Case Management and Mental Health Services", "Directeur, Gestion de cas et services de santé mentale", 1,
     "Director General, Field Operations", "Directeur général, Opérations sur le terrain", 3,
     "national case management and mental health services", "les services nationaux de gestion de cas et de santé mentale",
     "Charlottetown, Prince Edward Island", "Service Delivery", "Prestation des services"),
    ("vac-comm", "VAC", "Director, Commemoration Programs", "Directeur, Programmes de commémoration", 1,
     "Director General, Commemoration", "Directeur général, Commémoration", 3,
     "national and international commemoration programs", "les programmes de commémoration nationaux et internationaux",
     "Ottawa, Ontario", "Commemoration and Public Affairs", "Commémoration et affaires publiques"),
    ("vac-pr", "VAC", "Director, Policy and Research", "Directeur, Politiques et recherche", 1,
     "Director General, Policy and Research", "Directeur général, Politiques et recherche", 3,
     "policy development and research on Veterans' well-being", "l'élaboration des politiques et la recherche sur le bien-être des vétérans",
     "Charlottetown, Prince Edward Island", "Strategic Policy and Commemoration", "Politiques stratégiques et commémoration"),
    ("vac-atl", "VAC", "Area Director, Atlantic", "Directeur de secteur, Atlantique", 1,
     "Regional Director General, Atlantic Region", "Directeur général régional, Région de l'Atlantique", 3,
     "the delivery of services to Veterans through the Atlantic area offices",
     "la prestation des services aux vétérans par les bureaux de secteur de l'Atlantique",
     "Halifax, Nova Scotia", "Service Delivery", "Prestation des services"),
    ("ps-emp", "PS", "Director, Emergency Management Policy", "Directeur, Politiques de gestion des urgences", 1,
     "Director General, Emergency Management Policy and Programs", "Directeur général, Politiques et programmes de gestion des urgences", 3,
     "federal emergency management policy", "la politique fédérale de gestion des urgences",
     "Ottawa, Ontario", "Emergency Management and Programs", "Gestion des mesures d'urgence et programmes"),
    ("ps-cp", "PS", "Director General, Crime Prevention", "Directeur général, Prévention du crime", 3,
     "Assistant Deputy Minister, Crime Prevention Branch", "Sous-ministre adjoint, Secteur de la prévention du crime", 5,
     "the National Crime Prevention Strategy", "la Stratégie nationale de prévention du crime",
     "Ottawa, Ontario", "Crime Prevention Branch", "Secteur de la prévention du crime"),
    ("ps-cip", "PS", "Director, Critical Infrastructure Protection", "Directeur, Protection des infrastructures essentielles", 1,
     "Director General, National Cyber Security", "Directeur général, Cybersécurité nationale", 3,
     "the protection and resilience of Canada's critical infrastructure", "la protection et la résilience des infrastructures essentielles du Canada",
     "Ottawa, Ontario", "National and Cyber Security", "Sécurité nationale et cybersécurité"),
    ("ps-ccj", "PS", "Director, Corrections and Criminal Justice Policy", "Directeur, Politiques correctionnelles et de justice pénale", 1,
     "Director General, Corrections and Criminal Justice", "Directeur général, Affaires correctionnelles et justice pénale", 3,
     "corrections and criminal justice policy", "les politiques correctionnelles et de justice pénale",
     "Ottawa, Ontario", "Community Safety and Countering Crime", "Sécurité communautaire et réduction du crime"),
    ("ps-goc", "PS", "Executive Director, Government Operations Centre", "Directeur exécutif, Centre des opérations du gouvernement", 2,
     "Director General, Government Operations Centre", "Directeur général, Centre des opérations du gouvernement", 3,
     "the 24/7 Government Operations Centre", "le Centre des opérations du gouvernement, en service 24 heures sur 24",
     "Ottawa, Ontario", "Emergency Management and Programs", "Gestion des mesures d'urgence et programmes"),
    ("ps-ipp", "PS", "Director, Indigenous Policing Programs", "Directeur, Programmes de police autochtone", 1,
     "Director General, Policing Policy", "Directeur général, Politiques en matière de police", 3,
     "the First Nations and Inuit Policing Program", "le Programme des services de police des Premières Nations et des Inuit",
     "Ottawa, Ontario", "Community Safety and Countering Crime", "Sécurité communautaire et réduction du crime"),
    ("ps-prairies", "PS", "Regional Director, Prairies Region", "Directeur régional, Région des Prairies", 1,
     "Director General, Regional Operations", "Directeur général, Opérations régionales", 3,
     "emergency management and community safety programs in the Prairie provinces",
     "les programmes de gestion des urgences et de sécurité communautaire dans les provinces des Prairies",
     "Regina, Saskatchewan", "Emergency Management and Programs", "Gestion des mesures d'urgence et programmes"),
    ("infc-pi", "INFC", "Director, Program Integration", "Directeur, Intégration des programmes", 1,
     "Director General, Program Integration", "Directeur général, Intégration des programmes", 3,
     "the integration of infrastructure funding programs", "l'intégration des programmes de financement des infrastructures",
     "Ottawa, Ontario", "Program Operations", "Opérations des programmes"),
    ("infc-po", "INFC", "Director General, Program Operations", "Directeur général, Opérations des programmes", 3,
     "Assistant Deputy Minister, Program Operations", "Sous-ministre adjoint, Opérations des programmes", 4,
     "the delivery of infrastructure contribution programs", "l'exécution des programmes de contribution en infrastructure",
     "Ottawa, Ontario", "Program Operations", "Opérations des programmes"),
    ("infc-green", "INFC", "Director, Green Infrastructure Programs", "Directeur, Programmes d'infrastructure verte", 1,
     "Director General, Program Operations", "Directeur général, Opérations des programmes", 3,
     "green infrastructure funding programs", "les programmes de financement de l'infrastructure verte",
     "Ottawa, Ontario", "Program Operations", "Opérations des programmes"),
    ("infc-bridge", "INFC", "Director, Major Bridge Projects", "Directeur, Grands projets de ponts", 2,
     "Director General, Major Projects", "Directeur général, Grands projets", 3,
     "the oversight of federal major bridge projects", "la surveillance des grands projets de ponts fédéraux",
     "Montréal, Québec", "Major Projects and Program Operations", "Grands projets et opérations des programmes"),
    ("infc-fmo", "INFC", "Director, Financial Management and Oversight", "Directeur, Gestion et surveillance financières", 1,
     "Chief Financial Officer", "Dirigeant principal des finances", 4,
     "the financial management and oversight of transfer payment programs",
     "la gestion et la surveillance financières des programmes de paiements de transfert",
     "Ottawa, Ontario", "Corporate Services", "Services ministériels"),
    ("infc-fpa", "INFC", "Director, Federal-Provincial Agreements", "Directeur, Ententes fédérales-provinciales", 1,
     "Director General, Policy and Priorities", "Directeur général, Politiques et priorités", 3,
     "the negotiation and management of bilateral infrastructure agreements",
     "la négociation et la gestion des ententes bilatérales en matière d'infrastructure",
     "Ottawa, Ontario", "Policy and Results", "Politiques et résultats"),
    ("infc-data", "INFC", "Executive Director, Infrastructure Data and Economic Analysis",
     "Directeur exécutif, Données sur les infrastructures et analyse économique", 2,
     "Director General, Policy and Priorities", "Directeur général, Politiques et priorités", 3,
     "infrastructure data, research and economic analysis", "les données sur les infrastructures, la recherche et l'analyse économique",
     "Ottawa, Ontario", "Policy and Results", "Politiques et résultats"),
    ("stc-labour", "STC", "Director, Labour Statistics Division", "Directeur, Division de la statistique du travail", 1,
     "Director General, Social Statistics", "Directeur général, Statistique sociale", 3,
     "the Labour Force Survey and related labour statistics programs",
     "l'Enquête sur la population active et les programmes connexes de statistique du travail",
     "Ottawa, Ontario", "Social, Health and Labour Statistics", "Statistique sociale, de la santé et du travail"),
    ("stc-census", "STC", "Director General, Census Operations", "Directeur général, Opérations du recensement", 3,
     "Assistant Chief Statistician, Census, Regional Services and Operations",
     "Statisticien en chef adjoint, Recensement, services régionaux et opérations", 5,
     "the planning and conduct of census collection operations", "la planification et la conduite des opérations de collecte du recensement",
     "Ottawa, Ontario", "Census, Regional Services and Operations", "Recensement, services régionaux et opérations"),
    ("stc-agri", "STC", "Director, Agriculture Division", "Directeur, Division de l'agriculture", 1,
     "Director General, Agriculture, Energy and Environment Statistics",
     "Directeur général, Statistique de l'agriculture, de l'énergie et de l'environnement", 3,
     "the agriculture statistics program and the Census of Agriculture",
     "le programme de la statistique agricole et le Recensement de l'agriculture",
     "Ottawa, Ontario", "Economic Statistics", "Statistique économique"),
    ("stc-cpi", "STC", "Director, Consumer Prices Division", "Directeur, Division des prix à la consommation", 1,
     "Director General, Prices Statistics", "Directeur général, Statistique des prix", 3,
     "the Consumer Price Index and related price statistics", "l'Indice des prix à la consommation et les statistiques connexes sur les prix",
     "Ottawa, Ontario", "Economic Statistics", "Statistique économique"),
    ("stc-east", "STC", "Director, Collection Operations, Eastern Region", "Directeur, Opérations de collecte, Région de l'Est", 1,
     "Director General, Collection and Regional Services", "Directeur général, Collecte et services régionaux", 3,
     "survey collection operations in the Eastern Region", "les opérations de collecte des enquêtes dans la Région de l'Est",
     "Sherbrooke, Québec", "Census, Regional Services and Operations", "Recensement, services régionaux et opérations"),
    ("stc-trade", "STC", "Director, International Accounts and Trade Division", "Directeur, Division du commerce et des comptes internationaux", 1,
     "Director General, Macroeconomic Accounts", "Directeur général, Comptes macroéconomiques", 3,
     "the balance of payments and international trade statistics", "la balance des paiements et la statistique du commerce international",
     "Ottawa, Ontario", "Economic Statistics", "Statistique économique"),
]

# direct reports of a director, per department: (title_en, title_fr, classification)
MANAGERS = {
    "TC": [("Manager, Regulatory Development", "Gestionnaire, Élaboration de la réglementation", "TI-07"),
           ("Chief, Inspection and Enforcement", "Chef, Inspection et application de la loi", "TI-08"),
           ("Manager, Operational Standards", "Gestionnaire, Normes opérationnelles", "TI-07"),
           ("Senior Program Advisor", "Conseiller principal en programmes", "EC-06"),
           ("Manager, Oversight Planning", "Gestionnaire, Planification de la surveillance", "TI-07"),
           ("Chief, Technical Programs", "Chef, Programmes techniques", "EN-ENG-05"),
           ("Manager, Business Planning", "Gestionnaire, Planification des activités", "AS-06"),
           ("Administrative Assistant", "Adjointe administrative", "AS-01")],
    "DFO": [("Division Manager, Stock Assessment", "Gestionnaire de division, Évaluation des stocks", "BI-05"),
            ("Section Head, Habitat Science", "Chef de section, Sciences de l'habitat", "BI-04"),
            ("Manager, Resource Management", "Gestionnaire, Gestion des ressources", "EG-07"),
            ("Chief, Enforcement Operations", "Chef, Opérations d'application de la loi", "GT-07"),
            ("Superintendent, Vessel Maintenance", "Surintendant, Entretien des navires", "EN-ENG-05"),
            ("Manager, Harbour Operations", "Gestionnaire, Opérations portuaires", "PM-06"),
            ("Senior Policy Analyst", "Analyste principal des politiques", "EC-06"),
            ("Office Manager", "Gestionnaire de bureau", "AS-03")],
    "VAC": [("Manager, Adjudication", "Gestionnaire, Arbitrage", "PM-06"),
            ("Manager, Quality Assurance", "Gestionnaire, Assurance de la qualité", "PM-05"),
            ("Manager, Case Management", "Gestionnaire, Gestion de cas", "PM-06"),
            ("Chief, Medical Advisory Services", "Chef, Services consultatifs médicaux", "MD-MSP-02"),
            ("Senior Policy Analyst", "Analyste principal des politiques", "EC-06"),
            ("Area Manager", "Gestionnaire de secteur", "PM-06"),
            ("Team Leader, Client Services", "Chef d'équipe, Services aux clients", "PM-04"),
            ("Executive Assistant", "Adjointe exécutive", "AS-02")],
    "PS": [("Manager, Policy Development", "Gestionnaire, Élaboration des politiques", "EC-07"),
           ("Senior Policy Advisor", "Conseiller principal en politiques", "EC-06"),
           ("Manager, Program Operations", "Gestionnaire, Opérations des programmes", "PM-06"),
           ("Manager, Grants and Contributions", "Gestionnaire, Subventions et contributions", "PM-06"),
           ("Senior Watch Officer", "Agent principal de veille", "PM-05"),
           ("Manager, Stakeholder Engagement", "Gestionnaire, Mobilisation des intervenants", "EC-07"),
           ("Executive Assistant", "Adjoint exécutif", "AS-02")],
    "INFC": [("Manager, Program Integration", "Gestionnaire, Intégration des programmes", "PM-06"),
             ("Senior Program Officer", "Agent principal de programmes", "PM-05"),
             ("Manager, Financial Oversight", "Gestionnaire, Surveillance financière", "FI-03"),
             ("Manager, Agreements", "Gestionnaire, Ententes", "PM-06"),
             ("Senior Engineer", "Ingénieur principal", "EN-ENG-05"),
             ("Manager, Economic Analysis", "Gestionnaire, Analyse économique", "EC-07"),
             ("Administrative Officer", "Agente administrative", "AS-02")],
    "STC": [("Chief, Survey Operations", "Chef, Opérations d'enquête", "EC-07"),
            ("Chief, Methodology", "Chef, Méthodologie", "MA-05"),
            ("Chief, Data Integration", "Chef, Intégration des données", "EC-07"),
            ("Chief, Dissemination and Analysis", "Chef, Diffusion et analyse", "EC-07"),
            ("Manager, Regional Collection", "Gestionnaire, Collecte régionale", "EC-06"),
            ("Chief, Systems Development", "Chef, Développement des systèmes", "CS-03"),
            ("Assistant Director", "Directeur adjoint", "EC-08")],
}

# direct reports of a director general / executive director: (title_en, title_fr)
DIRECTORS = {
    "TC": [("Director, Regulatory Affairs", "Directeur, Affaires réglementaires"), ("Director, Operations", "Directeur, Opérations"),
           ("Director, Oversight and Enforcement", "Directeur, Surveillance et application de la loi"),
           ("Director, Research and Development", "Directeur, Recherche et développement"),
           ("Director, Program Policy", "Directeur, Politique des programmes")],
    "DFO": [("Director, Fisheries Science", "Directeur, Sciences halieutiques"),
            ("Director, Resource Management Operations", "Directeur, Opérations de gestion des ressources"),
            ("Director, Conservation and Protection Operations", "Directeur, Opérations de conservation et protection"),
            ("Director, Ecosystem Management", "Directeur, Gestion des écosystèmes"),
            ("Director, Licensing Policy", "Directeur, Politique sur les permis")],
    "VAC": [("Director, Operations Support", "Directeur, Soutien aux opérations"),
            ("Director, Program Management", "Directeur, Gestion des programmes"),
            ("Director, Field Operations", "Directeur, Opérations sur le terrain"),
            ("Director, Disability Programs", "Directeur, Programmes d'invalidité"),
            ("Director, National Contact Centre Network", "Directeur, Réseau national des centres d'appels")],
    "PS": [("Director, Policy", "Directeur, Politiques"), ("Director, Programs", "Directeur, Programmes"),
           ("Director, Research", "Directeur, Recherche"), ("Director, Operations", "Directeur, Opérations"),
           ("Director, Planning and Exercises", "Directeur, Planification et exercices")],
    "INFC": [("Director, Program Delivery", "Directeur, Exécution des programmes"),
             ("Director, Program Integration", "Directeur, Intégration des programmes"),
             ("Director, Risk and Oversight", "Directeur, Risques et surveillance"),
             ("Director, Claims Management", "Directeur, Gestion des demandes de remboursement"),
             ("Director, Western Operations", "Directeur, Opérations de l'Ouest")],
    "STC": [("Director, Collection Planning", "Directeur, Planification de la collecte"),
            ("Director, Census Field Operations", "Directeur, Opérations sur le terrain du recensement"),
            ("Director, Collection Systems", "Directeur, Systèmes de collecte"),
            ("Director, Regional Operations", "Directeur, Opérations régionales"),
            ("Director, Processing and Quality", "Directeur, Traitement et qualité")],
}

FIRST = ["Marie-Claude", "Geoffrey", "Ngozi", "Pierre-Luc", "Heather", "Sukhwinder", "Annick", "Trevor", "Mireille",
         "Darlene", "Kwame", "Sylvie", "Brendan", "Isabelle", "Rajinder", "Colleen", "Étienne", "Wendell", "Lorraine",
         "Dominique", "Fergus", "Yasmina", "Gaétan", "Priya", "Murray", "Solange", "Cheryl", "Alistair", "Josée", "Orville"]
LAST = ["Thibodeau", "MacIsaac", "Okonkwo", "Bérubé", "Vanderlinden", "Sandhu", "Lapointe-Roy", "Gallant", "Desjardins",
        "Pettipas", "Mensah", "Ouellette", "Fitzgerald", "Nadeau", "Grewal", "McCallum", "Côté", "Arsenault", "Kowalchuk",
        "Lévesque", "Strickland", "Benali", "Doucet", "Raman", "Harnish", "Poirier", "Whitford", "Campeau", "Trudel", "Burkholder"]

GA_EN = [
    "The {title} is accountable for the planning, direction and delivery of {subj} for {dept}, ensuring that national "
    "policies, standards and operational practices are consistent, evidence-based and responsive to the needs of Canadians, "
    "stakeholders and the Minister.",
    "Provides strategic leadership and direction for {subj}, including the development of policies, programs and "
    "regulatory frameworks, the management of partnerships with provinces, territories, Indigenous organizations and "
    "industry, and the provision of expert advice to the senior management of {dept}.",
    "Accountable to the {sup} for the management and delivery of {subj}; for the development and implementation of "
    "national strategies, plans and performance measurement frameworks; and for the provision of authoritative advice "
    "on emerging issues to senior management, central agencies and the Minister's Office.",
]
GA_FR = [
    "Le {title} est responsable de la planification, de l'orientation et de l'exécution de {subj} de {dept}, et veille à "
    "ce que les politiques, les normes et les pratiques opérationnelles soient cohérentes, fondées sur des données probantes "
    "et adaptées aux besoins des Canadiens, des intervenants et du ministre.",
    "Assure le leadership stratégique et l'orientation de {subj}, y compris l'élaboration des politiques, des programmes et "
    "des cadres de réglementation, la gestion des partenariats avec les provinces, les territoires, les organisations "
    "autochtones et l'industrie, et la prestation de conseils spécialisés à la haute direction de {dept}.",
    "Relève du {sup} et est responsable de la gestion et de l'exécution de {subj}; de l'élaboration et de la mise en oeuvre "
    "de stratégies, de plans et de cadres de mesure du rendement nationaux; et de la prestation de conseils faisant autorité "
    "sur les enjeux émergents à la haute direction et aux organismes centraux.",
]
NS_EN = [
    "Within this context, the {title} leads a multidisciplinary organization that must balance competing priorities: "
    "the expectations of industry and stakeholders for timely decisions, the Government's commitments to transparency and "
    "reconciliation, and the need to modernize aging systems and processes with limited resources. The incumbent "
    "anticipates emerging issues, sets direction for the organization and ensures that programs remain relevant, efficient "
    "and accountable.",
    "The position operates in a highly visible environment, subject to scrutiny by Parliament, the Office of the Auditor "
    "General, the media and the public. Decisions and advice can have significant financial, legal and reputational "
    "consequences for the Department. The incumbent must build and maintain effective relationships with central agencies, "
    "other federal departments, provincial and territorial governments and a wide range of external partners.",
    "A major challenge for the incumbent is the recruitment and retention of specialized staff in a competitive labour "
    "market, and the transfer of knowledge from experienced employees nearing retirement. The incumbent must also lead the "
    "organization through the adoption of new digital tools and data-driven approaches while maintaining the continuity "
    "and quality of service.",
]
NS_FR = [
    "Dans ce contexte, le titulaire dirige une organisation multidisciplinaire qui doit concilier des priorités concurrentes : "
    "les attentes de l'industrie et des intervenants quant à des décisions rapides, les engagements du gouvernement en matière "
    "de transparence et de réconciliation, et la nécessité de moderniser des systèmes et des processus vieillissants avec des "
    "ressources limitées.",
    "Le poste s'exerce dans un milieu très visible, soumis à l'examen du Parlement, du Bureau du vérificateur général, des "
    "médias et du public. Les décisions et les conseils du titulaire peuvent avoir des conséquences financières, juridiques "
    "et sur la réputation du Ministère. Le titulaire doit établir et maintenir des relations efficaces avec les organismes "
    "centraux, les autres ministères fédéraux et les gouvernements provinciaux et territoriaux.",
    "Un défi important pour le titulaire consiste à recruter et à maintenir en poste du personnel spécialisé dans un marché "
    "du travail concurrentiel, et à assurer le transfert des connaissances des employés expérimentés qui approchent de la "
    "retraite.",
]
SA_EN = [
    "Directs the development and implementation of policies, strategies, standards and plans for {subj}.",
    "Provides authoritative advice and briefings to the {sup}, the Assistant Deputy Minister, the Deputy Minister and the Minister on complex and sensitive issues.",
    "Leads the planning, delivery and continuous improvement of programs and services, and establishes performance measures and reporting mechanisms.",
    "Represents the Department in negotiations and consultations with central agencies, other federal departments, provinces, territories, Indigenous organizations and industry.",
    "Manages the human, financial and material resources of the organization in accordance with the values and ethics of the public service.",
    "Establishes and maintains partnerships and networks with national and international counterparts to share information and harmonize approaches.",
    "Leads the preparation of Memoranda to Cabinet, Treasury Board submissions, regulatory proposals and responses to audits and evaluations.",
    "As a member of the management committee, contributes to departmental planning, decision-making and the management of horizontal issues.",
]
SA_FR = [
    "Dirige l'élaboration et la mise en oeuvre des politiques, des stratégies, des normes et des plans relatifs à {subj}.",
    "Fournit des conseils faisant autorité et des séances d'information au {sup}, au sous-ministre adjoint et au sous-ministre sur des questions complexes et délicates.",
    "Dirige la planification, l'exécution et l'amélioration continue des programmes et des services, et établit des mesures du rendement et des mécanismes de rapport.",
    "Représente le Ministère lors de négociations et de consultations avec les organismes centraux, les autres ministères, les provinces, les territoires, les organisations autochtones et l'industrie.",
    "Gère les ressources humaines, financières et matérielles de l'organisation conformément aux valeurs et à l'éthique de la fonction publique.",
    "Établit et entretient des partenariats et des réseaux avec des homologues nationaux et internationaux afin d'échanger de l'information et d'harmoniser les approches.",
    "Dirige la préparation de mémoires au Cabinet, de présentations au Conseil du Trésor, de propositions de réglementation et de réponses aux vérifications et aux évaluations.",
    "À titre de membre du comité de gestion, contribue à la planification ministérielle, à la prise de décisions et à la gestion des dossiers horizontaux.",
]
CSR_EN = "Client Service Results: Delivery of {subj} that are responsive, efficient and consistent across the country, for the benefit of Canadians and the Department's partners."
CSR_FR = "Résultats axés sur le service à la clientèle : Prestation de services relatifs à {subj} qui sont adaptés, efficients et uniformes à l'échelle du pays, au profit des Canadiens et des partenaires du Ministère."
CERT_EN = "The foregoing is an accurate and complete statement of the duties and responsibilities assigned to the position."
CERT_FR = "L'énoncé qui précède décrit de façon exacte et complète les fonctions et les responsabilités assignées au poste."
