"""The positions of the blind23 corpus: invented EX positions in real federal organizations.

Each entry: key, department (en, fr), branch (en, fr), title (en, fr), level, supervisor
(title en, title fr, level or None), city (en, fr), domain words (en, fr), and the direct reports
(title en, title fr, level or None, FTEs or None). Numbers (positions, job codes, money) are
drawn by make_blind.py from a fixed seed.
"""

P = []


def pos(key, dept, branch, title, level, sup, city, domain, reports):
    P.append(dict(key=key, dept=dept, branch=branch, title=title, level=level, sup=sup, city=city,
                  domain=domain, reports=reports))


FIN = ("Department of Finance Canada", "Ministère des Finances Canada")
STC = ("Statistics Canada", "Statistique Canada")
HC = ("Health Canada", "Santé Canada")
PHAC = ("Public Health Agency of Canada", "Agence de la santé publique du Canada")
ECCC = ("Environment and Climate Change Canada", "Environnement et Changement climatique Canada")
NRCAN = ("Natural Resources Canada", "Ressources naturelles Canada")
PSPC = ("Public Services and Procurement Canada", "Services publics et Approvisionnement Canada")
SSC = ("Shared Services Canada", "Services partagés Canada")
TBS = ("Treasury Board of Canada Secretariat", "Secrétariat du Conseil du Trésor du Canada")
PCO = ("Privy Council Office", "Bureau du Conseil privé")
CFIA = ("Canadian Food Inspection Agency", "Agence canadienne d'inspection des aliments")
PC = ("Parks Canada", "Parcs Canada")

OTT = ("Ottawa, Ontario", "Ottawa (Ontario)")
GAT = ("Gatineau, Quebec", "Gatineau (Québec)")

pos("fin-tax-policy", FIN, ("Tax Policy Branch", "Direction de la politique de l'impôt"),
    ("Director, Business Income Tax Analysis", "Directeur, Analyse de l'impôt sur le revenu des entreprises"), 1,
    ("General Director, Business Income Tax", "Directeur général, Impôt sur le revenu des entreprises", 3), OTT,
    ("business tax measures", "mesures fiscales des entreprises"),
    [("Chief, Corporate Tax Modelling", "Chef, Modélisation de l'impôt des sociétés", "EC-07", 6),
     ("Chief, International Tax Measures", "Chef, Mesures fiscales internationales", "EC-07", 5),
     ("Senior Economist, Tax Expenditures", "Économiste principal, Dépenses fiscales", "EC-06", 1)])
pos("fin-debt", FIN, ("Financial Sector Policy Branch", "Direction de la politique du secteur financier"),
    ("Director General, Funds Management and Debt", "Directeur général, Gestion des fonds et de la dette"), 3,
    ("Assistant Deputy Minister, Financial Sector Policy", "Sous-ministre adjoint, Politique du secteur financier", 4),
    OTT, ("federal debt and reserves", "dette fédérale et réserves"),
    [("Director, Debt Strategy", "Directeur, Stratégie de la dette", "EX-01", 11),
     ("Director, Reserves Management", "Directeur, Gestion des réserves", "EX-01", 9),
     ("Director, Crown Borrowing Program", "Directeur, Programme d'emprunt des sociétés d'État", "EX-01", 7)])
pos("fin-fed-prov", FIN, ("Federal-Provincial Relations and Social Policy Branch",
                          "Direction des relations fédérales-provinciales et de la politique sociale"),
    ("Director, Equalization and Territorial Formula Financing", "Directrice, Péréquation et formule de financement des territoires"), 1,
    ("General Director, Federal-Provincial Relations", "Directeur général, Relations fédérales-provinciales", 3), OTT,
    ("major transfers", "principaux transferts"),
    [("Senior Chief, Equalization", "Chef principal, Péréquation", "EC-08", 7),
     ("Chief, Territorial Transfers", "Chef, Transferts territoriaux", "EC-07", 4)])
pos("stc-census-ops", STC, ("Census Subject Matter, Social Insights Field", "Secteur des statistiques sociales"),
    ("Director, Census Operations", "Directeur, Opérations du recensement"), 1,
    ("Director General, Census Management", "Directeur général, Gestion du recensement", 3), OTT,
    ("census collection", "collecte du recensement"),
    [("Assistant Director, Collection Planning", "Directeur adjoint, Planification de la collecte", "EC-07", 32),
     ("Assistant Director, Field Operations", "Directeur adjoint, Opérations sur le terrain", "EC-07", 41),
     ("Chief, Quality Assurance", "Chef, Assurance de la qualité", "MA-06", 12)])
pos("stc-regional", STC, ("Collection and Regional Services", "Services de collecte et services régionaux"),
    ("Regional Director, Prairies Region", "Directeur régional, Région des Prairies"), 2,
    ("Director General, Collection and Regional Services", "Directeur général, Collecte et services régionaux", 3),
    ("Winnipeg, Manitoba", "Winnipeg (Manitoba)"), ("regional data collection", "collecte régionale des données"),
    [("Assistant Director, Regional Collection Operations", "Directeur adjoint, Opérations de collecte régionales", "EC-06", 120),
     ("Manager, Regional Office Edmonton", "Gestionnaire, Bureau régional d'Edmonton", "EC-05", 64),
     ("Manager, Business Services", "Gestionnaire, Services administratifs", "AS-06", 9)])
pos("stc-data-science", STC, ("Strategic Data Management, Methods and Analysis", "Gestion stratégique des données, méthodes et analyse"),
    ("Director, Data Science Division", "Directrice, Division de la science des données"), 1,
    ("Director General, Modern Statistical Methods and Data Science", "Directeur général, Méthodes statistiques modernes et science des données", 3),
    OTT, ("machine learning for official statistics", "apprentissage automatique pour la statistique officielle"),
    [("Chief, Machine Learning Applications", "Chef, Applications de l'apprentissage automatique", "MA-06", 14),
     ("Chief, Data Science Enablement", "Chef, Habilitation en science des données", "MA-06", 10)])
pos("stc-prices", STC, ("Economic Statistics Field", "Secteur de la statistique économique"),
    ("Director General, Prices and Price Indexes", "Directeur général, Prix et indices des prix"), 3,
    ("Assistant Chief Statistician, Economic Statistics", "Statisticien en chef adjoint, Statistique économique", 5), OTT,
    ("price statistics", "statistiques sur les prix"),
    [("Director, Consumer Prices Division", "Directeur, Division des prix à la consommation", "EX-01", 58),
     ("Director, Producer Prices Division", "Directeur, Division des prix à la production", "EX-01", 47),
     ("Director, Centre for Special Business Projects", "Directeur, Centre des projets spéciaux sur les entreprises", "EX-01", 35)])
pos("hc-pmra", HC, ("Pest Management Regulatory Agency", "Agence de réglementation de la lutte antiparasitaire"),
    ("Director, Health Evaluation Directorate", "Directeur, Direction de l'évaluation sanitaire"), 2,
    ("Executive Director, Pest Management Regulatory Agency", "Directeur exécutif, Agence de réglementation de la lutte antiparasitaire", 4),
    OTT, ("pesticide health risk assessment", "évaluation des risques sanitaires des pesticides"),
    [("Manager, Toxicology Evaluation", "Gestionnaire, Évaluation toxicologique", "BI-05", 38),
     ("Manager, Exposure Assessment", "Gestionnaire, Évaluation de l'exposition", "BI-05", 29),
     ("Manager, Food Residue Safety", "Gestionnaire, Innocuité des résidus alimentaires", "BI-04", 22)])
pos("hc-cannabis", HC, ("Controlled Substances and Cannabis Branch", "Direction générale des substances contrôlées et du cannabis"),
    ("Director General, Cannabis Licensing and Medical Access", "Directrice générale, Licences de cannabis et accès médical"), 3,
    ("Assistant Deputy Minister, Controlled Substances and Cannabis", "Sous-ministre adjoint, Substances contrôlées et cannabis", 4),
    OTT, ("cannabis licensing", "octroi de licences de cannabis"),
    [("Director, Licensing and Security", "Directeur, Licences et sécurité", "EX-01", 96),
     ("Director, Medical Access", "Directeur, Accès médical", "EX-01", 41),
     ("Director, Compliance Monitoring", "Directeur, Surveillance de la conformité", "EX-01", 63),
     ("Senior Advisor", "Conseiller principal", "PM-06", 1)])
pos("hc-atlantic", HC, ("Regulatory Operations and Enforcement Branch", "Direction générale des opérations réglementaires et de l'application de la loi"),
    ("Regional Director, Atlantic Region", "Directeur régional, Région de l'Atlantique"), 1,
    ("Director General, Operations", "Directeur général, Opérations", 3), ("Halifax, Nova Scotia", "Halifax (Nouvelle-Écosse)"),
    ("regional inspection", "inspection régionale"),
    [("Manager, Product Safety Inspection", "Gestionnaire, Inspection de la sécurité des produits", "EG-07", 18),
     ("Manager, Drug and Health Product Inspection", "Gestionnaire, Inspection des drogues et des produits de santé", "EG-07", 14)])
pos("phac-labs", PHAC, ("National Microbiology Laboratory Branch", "Direction générale du Laboratoire national de microbiologie"),
    ("Director, Laboratory Operations and Biosafety", "Directeur, Opérations de laboratoire et biosécurité"), 2,
    ("Director General, Science Integration", "Directeur général, Intégration scientifique", 3),
    ("Winnipeg, Manitoba", "Winnipeg (Manitoba)"), ("containment laboratory operations", "opérations des laboratoires de confinement"),
    [("Manager, Containment Level 4 Operations", "Gestionnaire, Opérations de niveau de confinement 4", "EG-08", 27),
     ("Biosafety Officer Lead", "Responsable, Agents de biosécurité", "BI-04", 8),
     ("Manager, Facility Engineering", "Gestionnaire, Génie des installations", "EN-ENG-05", 19)])
pos("phac-surv", PHAC, ("Health Security and Regional Operations", "Sécurité sanitaire et opérations régionales"),
    ("Director General, Centre for Emergency Preparedness", "Directeur général, Centre des mesures d'urgence"), 3,
    ("Vice-President, Health Security and Regional Operations", "Vice-président, Sécurité sanitaire et opérations régionales", 4), OTT,
    ("public health emergencies", "urgences de santé publique"),
    [("Director, Health Portfolio Operations Centre", "Directeur, Centre des opérations du portefeuille de la santé", "EX-01", 44),
     ("Director, National Emergency Strategic Stockpile", "Directeur, Réserve nationale stratégique d'urgence", "EX-01", 71),
     ("Director, Emergency Planning", "Directeur, Planification des mesures d'urgence", "EX-01", 23)])
pos("eccc-msc", ECCC, ("Meteorological Service of Canada", "Service météorologique du Canada"),
    ("Director, National Prediction Operations", "Directeur, Opérations nationales de prévision"), 1,
    ("Director General, Prediction Services", "Directeur général, Services de prévision", 3),
    ("Dorval, Quebec", "Dorval (Québec)"), ("numerical weather prediction", "prévision numérique du temps"),
    [("Manager, Supercomputer Operations", "Gestionnaire, Opérations du superordinateur", "CS-05", 17),
     ("Manager, Operational Meteorology", "Gestionnaire, Météorologie opérationnelle", "MT-08", 26)])
pos("eccc-enf", ECCC, ("Enforcement Branch", "Direction générale de l'application de la loi"),
    ("Regional Director, Environmental Enforcement, Pacific and Yukon", "Directeur régional, Application de la loi en environnement, Pacifique et Yukon"), 1,
    ("Director General, Environmental Enforcement", "Directeur général, Application de la loi en environnement", 2),
    ("Vancouver, British Columbia", "Vancouver (Colombie-Britannique)"), ("environmental enforcement", "application de la loi environnementale"),
    [("Manager, Enforcement Operations", "Gestionnaire, Opérations d'application", "EG-07", 21),
     ("Manager, Intelligence and Investigations", "Gestionnaire, Renseignement et enquêtes", "EG-07", 12)])
pos("eccc-climate", ECCC, ("Strategic Policy Branch", "Direction générale de la politique stratégique"),
    ("Executive Director, Carbon Pricing Policy", "Directrice exécutive, Politique de tarification du carbone"), 2,
    ("Director General, Economic Analysis", "Directeur général, Analyse économique", 3), GAT,
    ("carbon pricing", "tarification du carbone"),
    [("Director, Output-Based Pricing Systems", "Directeur, Systèmes de tarification fondés sur le rendement", "EX-01", 19),
     ("Director, Offsets and Markets", "Directeur, Crédits compensatoires et marchés", "EX-01", 15),
     ("Senior Policy Analyst", "Analyste principal des politiques", "EC-06", None)])
pos("eccc-wildlife", ECCC, ("Canadian Wildlife Service", "Service canadien de la faune"),
    ("Director, Species at Risk Recovery", "Directeur, Rétablissement des espèces en péril"), 1,
    ("Director General, Species at Risk", "Directeur général, Espèces en péril", 3), GAT,
    ("species at risk", "espèces en péril"),
    [("Manager, Recovery Planning", "Gestionnaire, Planification du rétablissement", "EG-07", 14),
     ("Manager, Critical Habitat", "Gestionnaire, Habitat essentiel", "BI-04", 11),
     ("Administrative Assistant", "Adjointe administrative", "AS-01", 1)])
pos("nrcan-gsc", NRCAN, ("Lands and Minerals Sector", "Secteur des terres et des minéraux"),
    ("Director, Geological Survey of Canada - Calgary", "Directeur, Commission géologique du Canada - Calgary"), 1,
    ("Director General, Geological Survey of Canada", "Directeur général, Commission géologique du Canada", 3),
    ("Calgary, Alberta", "Calgary (Alberta)"), ("energy geoscience", "géoscience de l'énergie"),
    [("Manager, Sedimentary Basins", "Gestionnaire, Bassins sédimentaires", "PC-04", 24),
     ("Manager, Laboratory Services", "Gestionnaire, Services de laboratoire", "EG-06", 13)])
pos("nrcan-cfs", NRCAN, ("Canadian Forest Service", "Service canadien des forêts"),
    ("Director General, Laurentian Forestry Centre", "Directeur général, Centre de foresterie des Laurentides"), 2,
    ("Assistant Deputy Minister, Canadian Forest Service", "Sous-ministre adjoint, Service canadien des forêts", 4),
    ("Québec, Quebec", "Québec (Québec)"), ("forest research", "recherche forestière"),
    [("Director, Forest Ecosystems Research", "Directeur, Recherche sur les écosystèmes forestiers", "EX-01", 52),
     ("Manager, Corporate Services", "Gestionnaire, Services ministériels", "AS-07", 18),
     ("Manager, Research Support", "Gestionnaire, Soutien à la recherche", "EG-06", 22)])
pos("nrcan-energy", NRCAN, ("Energy Efficiency and Technology Sector", "Secteur de l'efficacité énergétique et de la technologie énergétique"),
    ("Director, Housing and Buildings Efficiency", "Directrice, Efficacité des habitations et des bâtiments"), 1,
    ("Director General, Office of Energy Efficiency", "Directeur général, Office de l'efficacité énergétique", 3), OTT,
    ("building energy efficiency", "efficacité énergétique des bâtiments"),
    [("Chief, Greener Homes Program", "Chef, Programme des maisons plus vertes", "CO-03", 31),
     ("Chief, Building Codes", "Chef, Codes du bâtiment", "EN-ENG-05", 9)])
pos("nrcan-explosives", NRCAN, ("Lands and Minerals Sector", "Secteur des terres et des minéraux"),
    ("Chief Inspector of Explosives", "Inspecteur en chef des explosifs"), 1,
    ("Director General, Minerals and Metals Policy", "Directeur général, Politique des minéraux et des métaux", 3), OTT,
    ("explosives regulation", "réglementation des explosifs"),
    [("Manager, Explosives Licensing", "Gestionnaire, Licences d'explosifs", "EG-06", 15),
     ("Manager, Explosives Research Laboratory", "Gestionnaire, Laboratoire de recherche sur les explosifs", "SE-RES-03", 11)])
pos("pspc-acq-defence", PSPC, ("Defence and Marine Procurement Branch", "Direction générale de l'approvisionnement maritime et de la défense"),
    ("Director General, Land and Aerospace Procurement", "Directeur général, Approvisionnement terrestre et aérospatial"), 3,
    ("Assistant Deputy Minister, Defence and Marine Procurement", "Sous-ministre adjoint, Approvisionnement maritime et de la défense", 5),
    GAT, ("defence procurement", "approvisionnement de défense"),
    [("Director, Land Equipment Program", "Directeur, Programme d'équipement terrestre", "EX-01", 38),
     ("Director, Aerospace Equipment Program", "Directeur, Programme d'équipement aérospatial", "EX-01", 45),
     ("Director, Munitions Supply Program", "Directeur, Programme d'approvisionnement en munitions", "EX-01", 21)])
pos("pspc-pay", PSPC, ("Pay Administration Branch", "Direction générale de l'administration de la paye"),
    ("Executive Director, Pay Centre Operations", "Directeur exécutif, Opérations du Centre des services de paye"), 2,
    ("Director General, Pay Operations", "Directeur général, Opérations de la paye", 3),
    ("Miramichi, New Brunswick", "Miramichi (Nouveau-Brunswick)"), ("pay operations", "opérations de la paye"),
    [("Director, Pay Processing", "Directeur, Traitement de la paye", "EX-01", 310),
     ("Director, Client Contact Centre", "Directeur, Centre de contact avec la clientèle", "EX-01", 142),
     ("Manager, Quality and Training", "Gestionnaire, Qualité et formation", "AS-07", 26)])
pos("pspc-real-prop", PSPC, ("Real Property Services", "Services immobiliers"),
    ("Regional Director, Real Property, Western Region", "Directeur régional, Biens immobiliers, Région de l'Ouest"), 2,
    ("Regional Director General, Western Region", "Directeur général régional, Région de l'Ouest", 3),
    ("Edmonton, Alberta", "Edmonton (Alberta)"), ("federal real property", "biens immobiliers fédéraux"),
    [("Director, Property Management", "Directeur, Gestion immobilière", "EX-01", 54),
     ("Director, Project Delivery", "Directeur, Réalisation de projets", "EX-01", 37),
     ("Manager, Leasing", "Gestionnaire, Location", "PG-06", 8)])
pos("pspc-translation", PSPC, ("Translation Bureau", "Bureau de la traduction"),
    ("Director, Parliamentary Interpretation", "Directrice, Interprétation parlementaire"), 1,
    ("Vice-President, Interpretation", "Vice-président, Interprétation", 3), GAT,
    ("parliamentary interpretation", "interprétation parlementaire"),
    [("Manager, Interpretation Services", "Gestionnaire, Services d'interprétation", "TR-05", 47),
     ("Manager, Scheduling and Accreditation", "Gestionnaire, Planification et accréditation", "TR-04", 6)])
pos("pspc-contract-security", PSPC, ("Departmental Oversight Branch", "Direction générale de la surveillance"),
    ("Director, Contract Security Program Operations", "Directeur, Opérations du Programme de sécurité des contrats"), 1,
    ("Director General, Industrial Security Sector", "Directeur général, Secteur de la sécurité industrielle", 3), GAT,
    ("industrial security", "sécurité industrielle"),
    [("Manager, Organization Screening", "Gestionnaire, Filtrage des organisations", "PM-06", 33),
     ("Manager, Personnel Screening", "Gestionnaire, Filtrage du personnel", "PM-06", 48)])
pos("ssc-network", SSC, ("Networks, Security and Digital Services", "Réseaux, sécurité et services numériques"),
    ("Director General, Enterprise Network Services", "Directeur général, Services de réseau d'entreprise"), 3,
    ("Assistant Deputy Minister, Networks, Security and Digital Services", "Sous-ministre adjoint, Réseaux, sécurité et services numériques", 4),
    OTT, ("wide area networks", "réseaux étendus"),
    [("Director, Network Operations", "Directeur, Opérations réseau", "EX-01", 112),
     ("Director, Network Engineering", "Directeur, Ingénierie réseau", "EX-01", 76),
     ("Director, Contact Centre Services", "Directeur, Services de centres de contact", "EX-01", 58)])
pos("ssc-datacentre", SSC, ("Hosting Services", "Services d'hébergement"),
    ("Director, Enterprise Data Centre Operations", "Directeur, Opérations des centres de données d'entreprise"), 1,
    ("Director General, Data Centre Services", "Directeur général, Services des centres de données", 3),
    ("Borden, Ontario", "Borden (Ontario)"), ("enterprise data centres", "centres de données d'entreprise"),
    [("Manager, Facility Operations", "Gestionnaire, Opérations des installations", "CS-04", 23),
     ("Manager, Mainframe Services", "Gestionnaire, Services d'ordinateur central", "CS-04", 19),
     ("Manager, Storage and Backup", "Gestionnaire, Stockage et sauvegarde", "CS-04", 14)])
pos("ssc-cyber", SSC, ("Networks, Security and Digital Services", "Réseaux, sécurité et services numériques"),
    ("Executive Director, IT Security Operations", "Directrice exécutive, Opérations de sécurité de la TI"), 2,
    ("Director General, Security", "Directeur général, Sécurité", 3), OTT,
    ("cyber security operations", "opérations de cybersécurité"),
    [("Director, Security Operations Centre", "Directeur, Centre des opérations de sécurité", "EX-01", 67),
     ("Director, Identity and Access Management", "Directeur, Gestion des identités et des accès", "EX-01", 29)])
pos("ssc-procurement", SSC, ("Corporate Services", "Services ministériels"),
    ("Director, IT Procurement", "Directeur, Approvisionnement en TI"), 1,
    ("Director General, Procurement and Vendor Relationships", "Directeur général, Approvisionnement et relations avec les fournisseurs", 3),
    GAT, ("IT procurement", "approvisionnement en TI"),
    [("Manager, Network Procurement", "Gestionnaire, Approvisionnement réseau", "PG-06", 17),
     ("Manager, Software Procurement", "Gestionnaire, Approvisionnement en logiciels", "PG-06", 15),
     ("Manager, Procurement Policy", "Gestionnaire, Politique d'approvisionnement", "PG-05", None)])
pos("tbs-ocg", TBS, ("Office of the Comptroller General", "Bureau du contrôleur général"),
    ("Executive Director, Internal Audit Sector", "Directeur exécutif, Secteur de la vérification interne"), 2,
    ("Assistant Comptroller General, Internal Audit", "Contrôleur général adjoint, Vérification interne", 4), OTT,
    ("internal audit", "vérification interne"),
    [("Director, Audit Policy", "Directeur, Politique de vérification", "EX-01", 12),
     ("Director, Horizontal Audits", "Directeur, Vérifications horizontales", "EX-01", 16)])
pos("tbs-ochro", TBS, ("Office of the Chief Human Resources Officer", "Bureau de la dirigeante principale des ressources humaines"),
    ("Director, Pension and Benefits Policy", "Directeur, Politique des pensions et des avantages sociaux"), 1,
    ("Executive Director, Pensions and Benefits", "Directeur exécutif, Pensions et avantages sociaux", 2), OTT,
    ("pension policy", "politique des pensions"),
    [("Manager, Pension Policy", "Gestionnaire, Politique des pensions", "EC-07", 8),
     ("Manager, Insurance Plans", "Gestionnaire, Régimes d'assurance", "EC-07", 7),
     ("Analyst", "Analyste", "EC-05", None)])
pos("tbs-expenditure", TBS, ("Expenditure Management Sector", "Secteur de la gestion des dépenses"),
    ("Senior Director, Estimates and Supply", "Directeur principal, Budget des dépenses et crédits"), 2,
    ("Executive Director, Expenditure Strategies", "Directeur exécutif, Stratégies de dépenses", 3), OTT,
    ("supply bills", "projets de loi de crédits"),
    [("Director, Main Estimates", "Directeur, Budget principal des dépenses", "EX-01", 11),
     ("Manager, Supply Systems", "Gestionnaire, Systèmes de crédits", "CS-04", 6)])
pos("tbs-cio", TBS, ("Office of the Chief Information Officer", "Bureau du dirigeant principal de l'information"),
    ("Director, Digital Policy and Standards", "Directrice, Politique et normes numériques"), 1,
    ("Executive Director, Digital Policy", "Directeur exécutif, Politique numérique", 2), OTT,
    ("digital policy", "politique numérique"),
    [("Manager, Standards on Service and Digital", "Gestionnaire, Normes sur le service et le numérique", "CS-04", 9),
     ("Senior Policy Analyst", "Analyste principal des politiques", "EC-06", 1)])
pos("pco-machinery", PCO, ("Machinery of Government Secretariat", "Secrétariat de l'appareil gouvernemental"),
    ("Director, Machinery of Government Operations", "Directeur, Opérations de l'appareil gouvernemental"), 2,
    ("Assistant Secretary to the Cabinet, Machinery of Government", "Secrétaire adjoint du Cabinet, Appareil gouvernemental", 4), OTT,
    ("machinery of government", "appareil gouvernemental"),
    [("Senior Policy Advisor, Portfolio Changes", "Conseiller principal, Modifications de portefeuille", "EC-07", 1),
     ("Senior Policy Advisor, Orders in Council", "Conseiller principal, Décrets", "EC-07", 1),
     ("Policy Advisor", "Conseiller en politiques", "EC-05", 1)])
pos("pco-security", PCO, ("Security and Intelligence Secretariat", "Secrétariat de la sécurité et du renseignement"),
    ("Director of Operations, Security and Intelligence", "Directeur des opérations, Sécurité et renseignement"), 1,
    ("Assistant Secretary to the Cabinet, Security and Intelligence", "Secrétaire adjoint du Cabinet, Sécurité et renseignement", 4),
    OTT, ("intelligence assessment coordination", "coordination de l'évaluation du renseignement"),
    [("Senior Analyst, Intelligence Coordination", "Analyste principal, Coordination du renseignement", "EC-07", 4),
     ("Operations Officer", "Agent des opérations", "PM-05", 3)])
pos("cfia-ont", CFIA, ("Operations Branch", "Direction générale des opérations"),
    ("Executive Director, Ontario Operations", "Directeur exécutif, Opérations de l'Ontario"), 2,
    ("Vice-President, Operations", "Vice-président, Opérations", 5), ("Guelph, Ontario", "Guelph (Ontario)"),
    ("food inspection", "inspection des aliments"),
    [("Regional Director, Toronto Area", "Directeur régional, Région de Toronto", "EX-01", 244),
     ("Regional Director, Southwestern Ontario", "Directeur régional, Sud-Ouest de l'Ontario", "EX-01", 318),
     ("Manager, Regional Planning", "Gestionnaire, Planification régionale", "CO-02", 6)])
pos("cfia-lab", CFIA, ("Science Branch", "Direction générale des sciences"),
    ("Director, Ottawa Laboratory (Fallowfield)", "Directeur, Laboratoire d'Ottawa (Fallowfield)"), 1,
    ("Executive Director, Laboratories", "Directeur exécutif, Laboratoires", 2), OTT,
    ("animal disease diagnostics", "diagnostic des maladies animales"),
    [("Section Head, Virology", "Chef de section, Virologie", "RES-02", 21),
     ("Section Head, Bacteriology", "Chef de section, Bactériologie", "BI-04", 17)])
pos("pc-field-unit", PC, ("Operations Directorate", "Direction des opérations"),
    ("Field Unit Superintendent, Banff", "Directeur d'unité de gestion, Banff"), 2,
    ("Executive Director, Mountain Parks", "Directeur exécutif, Parcs des montagnes", 3),
    ("Banff, Alberta", "Banff (Alberta)"), ("national park management", "gestion de parc national"),
    [("Resource Conservation Manager", "Gestionnaire, Conservation des ressources", "EG-07", 48),
     ("Visitor Experience Manager", "Gestionnaire, Expérience du visiteur", "PM-06", 95),
     ("Asset Manager", "Gestionnaire des biens", "EN-ENG-04", 62)])
pos("stc-health-stats", STC, ("Social, Health and Labour Statistics", "Statistiques sociales, de la santé et du travail"),
    ("Director, Health Statistics Division", "Directeur, Division de la statistique de la santé"), 1,
    ("Director General, Health, Justice, Diversity and Populations", "Directeur général, Santé, justice, diversité et populations", 3),
    OTT, ("health statistics", "statistique de la santé"),
    [("Assistant Director, Health Surveys", "Directeur adjoint, Enquêtes sur la santé", "EC-07", 27),
     ("Assistant Director, Vital Statistics", "Directeur adjoint, Statistique de l'état civil", "EC-07", 19)])
pos("hc-nhpd", HC, ("Health Products and Food Branch", "Direction générale des produits de santé et des aliments"),
    ("Director General, Natural and Non-prescription Health Products Directorate", "Directeur général, Direction des produits de santé naturels et sans ordonnance"), 3,
    ("Assistant Deputy Minister, Health Products and Food Branch", "Sous-ministre adjoint, Direction générale des produits de santé et des aliments", 5),
    OTT, ("natural health products", "produits de santé naturels"),
    [("Director, Pre-market Assessment", "Directeur, Évaluation préalable à la mise en marché", "EX-01", 88),
     ("Director, Policy and Regulatory Affairs", "Directeur, Politiques et affaires réglementaires", "EX-01", 24),
     ("Director, Business Operations", "Directeur, Opérations opérationnelles", "EX-01", 31)])
pos("fin-cfo", FIN, ("Corporate Services Branch", "Direction des services ministériels"),
    ("Deputy Chief Financial Officer", "Dirigeant principal des finances adjoint"), 2,
    ("Assistant Deputy Minister, Corporate Services and Chief Financial Officer", "Sous-ministre adjoint, Services ministériels et dirigeant principal des finances", 4),
    OTT, ("departmental financial management", "gestion financière ministérielle"),
    [("Director, Financial Operations", "Directeur, Opérations financières", "FI-04", 22),
     ("Director, Resource Management", "Directeur, Gestion des ressources", "FI-04", 13),
     ("Manager, Accounting Policy", "Gestionnaire, Politique comptable", "FI-03", 4)])
pos("eccc-quebec", ECCC, ("Environmental Protection Branch", "Direction générale de la protection de l'environnement"),
    ("Regional Director, Environmental Protection Operations, Quebec", "Directeur régional, Opérations de protection de l'environnement, Québec"), 1,
    ("Director General, Environmental Protection Operations", "Directeur général, Opérations de protection de l'environnement", 3),
    ("Montréal, Quebec", "Montréal (Québec)"), ("pollution prevention", "prévention de la pollution"),
    [("Gestionnaire, Urgences environnementales", "Gestionnaire, Urgences environnementales", "PC-04", 16),
     ("Gestionnaire, Programmes réglementaires", "Gestionnaire, Programmes réglementaires", "EG-07", 20)])
pos("nrcan-canmet", NRCAN, ("Energy Technology Sector", "Secteur de la technologie de l'énergie"),
    ("Director General, CanmetENERGY-Varennes", "Directeur général, CanmetÉNERGIE-Varennes"), 2,
    ("Assistant Deputy Minister, Energy Technology Sector", "Sous-ministre adjoint, Secteur de la technologie de l'énergie", 4),
    ("Varennes, Quebec", "Varennes (Québec)"), ("clean energy research", "recherche en énergie propre"),
    [("Directeur, Systèmes énergétiques intelligents", "Directeur, Systèmes énergétiques intelligents", "RES-04", 34),
     ("Directeur, Procédés industriels", "Directeur, Procédés industriels", "RES-04", 29),
     ("Gestionnaire, Services de gestion", "Gestionnaire, Services de gestion", "AS-06", 7)])
pos("pspc-receiver", PSPC, ("Accounting, Banking and Compensation Branch", "Direction générale de la comptabilité, de la gestion bancaire et de la rémunération"),
    ("Director, Receiver General Banking Operations", "Directeur, Opérations bancaires du receveur général"), 1,
    ("Director General, Banking and Cash Management", "Directeur général, Gestion bancaire et de la trésorerie", 3), GAT,
    ("government banking", "opérations bancaires du gouvernement"),
    [("Manager, Payment Services", "Gestionnaire, Services de paiement", "FI-03", 18),
     ("Manager, Cash Forecasting", "Gestionnaire, Prévision de trésorerie", "FI-03", 7)])
pos("ssc-west", SSC, ("Service Delivery and Management", "Prestation et gestion des services"),
    ("Regional Director, Pacific Region", "Directeur régional, Région du Pacifique"), 1,
    ("Director General, Regional Operations", "Directeur général, Opérations régionales", 3),
    ("Victoria, British Columbia", "Victoria (Colombie-Britannique)"), ("regional IT infrastructure", "infrastructure régionale de la TI"),
    [("Manager, Regional Network Services", "Gestionnaire, Services réseau régionaux", "CS-04", 36),
     ("Manager, Field Services", "Gestionnaire, Services sur place", "CS-03", 28)])
pos("hc-first-nations", HC, ("First Nations and Inuit Health Branch", "Direction générale de la santé des Premières nations et des Inuits"),
    ("Regional Executive, Saskatchewan Region", "Directeur exécutif régional, Région de la Saskatchewan"), 2,
    ("Assistant Deputy Minister, Regional Operations", "Sous-ministre adjoint, Opérations régionales", 4),
    ("Regina, Saskatchewan", "Regina (Saskatchewan)"), ("community health programs", "programmes de santé communautaire"),
    [("Director, Primary Care", "Directeur, Soins primaires", "EX-01", 140),
     ("Director, Community Programs", "Directeur, Programmes communautaires", "EX-01", 38),
     ("Manager, Environmental Public Health", "Gestionnaire, Santé publique environnementale", "EG-06", 21)])
