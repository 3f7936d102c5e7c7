"""Invented positions, units, names and prose for the blind146 corpus (intranet pages saved as text)."""

# (key, department, level, area_en, area_fr, feminine French title, location, supervisor (level, area_en, area_fr, fem))
DEPARTMENTS = {
    "HC": ("Health Canada", "Santé Canada", "hc-sc.intranet.gc.ca"),
    "NRCAN": ("Natural Resources Canada", "Ressources naturelles Canada", "intranet.nrcan-rncan.gc.ca"),
    "CFIA": ("Canadian Food Inspection Agency", "Agence canadienne d'inspection des aliments", "merlin.inspection.gc.ca"),
    "ESDC": ("Employment and Social Development Canada", "Emploi et Développement social Canada", "iservice.prv"),
    "PSPC": ("Public Services and Procurement Canada", "Services publics et Approvisionnement Canada", "source.tpsgc-pwgsc.gc.ca"),
    "STATCAN": ("Statistics Canada", "Statistique Canada", "icn-rci.statcan.ca"),
    "IRCC": ("Immigration, Refugees and Citizenship Canada", "Immigration, Réfugiés et Citoyenneté Canada", "connexion.cicnet.ci.gc.ca"),
    "PC": ("Parks Canada", "Parcs Canada", "intranet2.pc.gc.ca"),
    "ISED": ("Innovation, Science and Economic Development Canada", "Innovation, Sciences et Développement économique Canada", "icintra.ic.gc.ca"),
    "DFO": ("Fisheries and Oceans Canada", "Pêches et Océans Canada", "intranet.dfo-mpo.gc.ca"),
}

LOCATIONS = {
    "OTT": ("Ottawa, Ontario", "Ottawa (Ontario)"),
    "GAT": ("Gatineau, Quebec", "Gatineau (Québec)"),
    "MTL": ("Montréal, Quebec", "Montréal (Québec)"),
    "HFX": ("Halifax, Nova Scotia", "Halifax (Nouvelle-Écosse)"),
    "WPG": ("Winnipeg, Manitoba", "Winnipeg (Manitoba)"),
    "EDM": ("Edmonton, Alberta", "Edmonton (Alberta)"),
    "VAN": ("Vancouver, British Columbia", "Vancouver (Colombie-Britannique)"),
    "MON": ("Moncton, New Brunswick", "Moncton (Nouveau-Brunswick)"),
    "QUE": ("Québec, Quebec", "Québec (Québec)"),
    "REG": ("Regina, Saskatchewan", "Regina (Saskatchewan)"),
    "TOR": ("Toronto, Ontario", "Toronto (Ontario)"),
    "SJN": ("St. John's, Newfoundland and Labrador", "St. John's (Terre-Neuve-et-Labrador)"),
}

POSITIONS = [
    # key, dept, level, area_en, area_fr, fem, loc, (sup level, sup area_en, sup area_fr, sup fem)
    ("food_dg", "CFIA", 3, "Food Safety Programs", "Programmes de salubrité des aliments", True, "OTT", (4, "Policy and Programs", "Politiques et programmes", False)),
    ("food_import", "CFIA", 1, "Import Inspection Programs", "Programmes d'inspection des importations", False, "OTT", "food_dg"),
    ("food_meat", "CFIA", 1, "Meat Hygiene Programs", "Programmes d'hygiène des viandes", True, "OTT", "food_dg"),
    ("food_recall", "CFIA", 2, "Food Incident Response and Recalls", "Intervention en cas d'incidents alimentaires et rappels", False, "OTT", "food_dg"),
    ("hc_drug", "HC", 1, "Drug Shortages Coordination", "Coordination des pénuries de médicaments", True, "OTT", (3, "Pharmaceutical Drugs Directorate", "Direction des médicaments pharmaceutiques", False)),
    ("hc_radon", "HC", 1, "Radiation Protection Bureau", "Bureau de la radioprotection", False, "OTT", (3, "Environmental and Radiation Health Sciences", "Sciences de la santé environnementale et de la radioprotection", True)),
    ("hc_atl", "HC", 2, "Regional Operations, Atlantic", "Opérations régionales, Atlantique", True, "HFX", (3, "Regulatory Operations and Enforcement", "Opérations réglementaires et application de la loi", False)),
    ("hc_cannabis", "HC", 1, "Cannabis Licensing", "Délivrance des licences de cannabis", False, "OTT", (2, "Cannabis Regulatory Operations", "Opérations de réglementation du cannabis", True)),
    ("nr_geo", "NRCAN", 1, "Geological Mapping Programs", "Programmes de cartographie géologique", False, "OTT", (3, "Geological Survey of Canada", "Commission géologique du Canada", True)),
    ("nr_forest", "NRCAN", 2, "Canadian Forest Service, Northern Region", "Service canadien des forêts, Région du Nord", True, "EDM", (3, "Canadian Forest Service Science", "Sciences du Service canadien des forêts", False)),
    ("nr_energy", "NRCAN", 1, "Energy Efficiency Programs", "Programmes d'efficacité énergétique", False, "OTT", (3, "Office of Energy Efficiency", "Office de l'efficacité énergétique", True)),
    ("es_oas", "ESDC", 1, "Old Age Security Policy", "Politique de la Sécurité de la vieillesse", True, "GAT", (3, "Seniors and Pensions Policy Secretariat", "Secrétariat des politiques sur les aînés et les pensions", False)),
    ("es_ei", "ESDC", 2, "Employment Insurance Processing, Quebec Region", "Traitement de l'assurance-emploi, Région du Québec", False, "MTL", (3, "Service Canada Quebec Region Operations", "Opérations de Service Canada, Région du Québec", True)),
    ("es_call", "ESDC", 1, "Specialized Call Centres", "Centres d'appels spécialisés", False, "MON", (2, "Citizen Service Channels", "Canaux de service aux citoyens", True)),
    ("es_youth", "ESDC", 1, "Youth Employment Programs", "Programmes d'emploi pour les jeunes", True, "GAT", (3, "Employment Program Policy and Design", "Politique et conception des programmes d'emploi", False)),
    ("pspc_pay", "PSPC", 2, "Pay Stabilization Operations", "Opérations de stabilisation de la paye", True, "MON", (3, "Pay Centre Operations", "Opérations du Centre des services de paye", False)),
    ("pspc_real", "PSPC", 1, "Real Property Portfolio Management, Pacific", "Gestion du portefeuille immobilier, Pacifique", False, "VAN", (2, "Real Property Services, Pacific Region", "Services immobiliers, Région du Pacifique", True)),
    ("pspc_trans", "PSPC", 1, "Translation Bureau Client Services", "Services à la clientèle du Bureau de la traduction", True, "GAT", (3, "Translation Bureau Operations", "Opérations du Bureau de la traduction", False)),
    ("sc_census", "STATCAN", 1, "Census Collection Operations", "Opérations de collecte du recensement", False, "OTT", (3, "Census Management Office", "Bureau de gestion du recensement", True)),
    ("sc_labour", "STATCAN", 1, "Labour Statistics", "Statistique du travail", True, "OTT", (3, "Social Statistics Field", "Secteur de la statistique sociale", False)),
    ("sc_data", "STATCAN", 2, "Data Science and Innovation", "Science des données et innovation", False, "OTT", (3, "Strategic Data Management", "Gestion stratégique des données", True)),
    ("ir_asylum", "IRCC", 1, "Asylum Claims Processing", "Traitement des demandes d'asile", True, "TOR", (3, "Asylum Operations", "Opérations d'asile", False)),
    ("ir_settle", "IRCC", 1, "Settlement Program Delivery, Prairies", "Prestation du programme d'établissement, Prairies", False, "WPG", (2, "Settlement and Integration, Western Region", "Établissement et intégration, Région de l'Ouest", True)),
    ("ir_pass", "IRCC", 2, "Passport Program Integrity", "Intégrité du Programme de passeport", True, "GAT", (3, "Passport Program Management", "Gestion du Programme de passeport", False)),
    ("ir_cit", "IRCC", 1, "Citizenship Case Management", "Gestion des cas de citoyenneté", False, "SJN", (3, "Citizenship and Passport Operations", "Opérations de citoyenneté et de passeport", True)),
    ("pc_heritage", "PC", 1, "Cultural Heritage Conservation", "Conservation du patrimoine culturel", True, "GAT", (3, "Indigenous Affairs and Cultural Heritage", "Affaires autochtones et patrimoine culturel", False)),
    ("pc_east", "PC", 2, "Field Unit Operations, Eastern Quebec", "Opérations de l'unité de gestion, Est du Québec", False, "QUE", (3, "Operations, Eastern Canada", "Opérations, Est du Canada", True)),
    ("pc_assets", "PC", 1, "Asset Investment Program", "Programme d'investissement dans les biens", False, "OTT", (3, "Asset Management and Project Delivery", "Gestion des biens et réalisation de projets", True)),
    ("is_spectrum", "ISED", 1, "Spectrum Licensing Operations", "Opérations de délivrance de licences du spectre", True, "OTT", (3, "Spectrum Management Operations", "Opérations de la gestion du spectre", False)),
    ("is_bank", "ISED", 1, "Insolvency Supervision, Prairies", "Surveillance de l'insolvabilité, Prairies", False, "REG", (2, "Office of the Superintendent of Bankruptcy Operations", "Opérations du Bureau du surintendant des faillites", False)),
    ("is_cop", "ISED", 2, "Copyright and Trademark Policy", "Politique sur le droit d'auteur et les marques de commerce", True, "OTT", (3, "Marketplace Framework Policy", "Politique-cadre du marché", False)),
    ("fo_hydro", "DFO", 1, "Hydrographic Services, Atlantic", "Services hydrographiques, Atlantique", False, "HFX", (3, "Canadian Hydrographic Service", "Service hydrographique du Canada", True)),
    ("fo_aqua", "DFO", 1, "Aquaculture Management", "Gestion de l'aquaculture", True, "OTT", (3, "Fisheries and Harbour Management", "Gestion des pêches et des ports", False)),
    ("fo_sar", "DFO", 2, "Maritime Search and Rescue Programs", "Programmes de recherche et sauvetage maritimes", False, "OTT", (3, "Coast Guard Operations", "Opérations de la Garde côtière", True)),
    ("fo_nl", "DFO", 1, "Fisheries Science, Newfoundland and Labrador", "Sciences halieutiques, Terre-Neuve-et-Labrador", True, "SJN", (2, "Science, Newfoundland and Labrador Region", "Sciences, Région de Terre-Neuve-et-Labrador", False)),
    ("hc_lab", "HC", 1, "Food Microbiology Laboratories", "Laboratoires de microbiologie alimentaire", False, "TOR", (3, "Food Directorate", "Direction des aliments", True)),
    ("sc_west", "STATCAN", 1, "Regional Collection Operations, Western Region", "Opérations régionales de collecte, Région de l'Ouest", True, "EDM", (3, "Collection and Regional Services", "Services de collecte et services régionaux", False)),
    ("pspc_def", "PSPC", 2, "Defence and Marine Procurement", "Approvisionnement en matière de défense et de marine", False, "GAT", (4, "Procurement Branch", "Direction générale de l'approvisionnement", True)),
    ("nr_mines", "NRCAN", 1, "Explosives Regulatory Division", "Division de la réglementation des explosifs", False, "OTT", (3, "Explosives Safety and Security Branch", "Direction de la sécurité et de la sûreté des explosifs", True)),
    ("es_dg", "ESDC", 3, "Workforce Development Programs", "Programmes de perfectionnement de la main-d'oeuvre", False, "GAT", (4, "Skills and Employment", "Compétences et emploi", True)),
    ("es_skills", "ESDC", 1, "Essential Skills Office", "Bureau des compétences essentielles", True, "GAT", "es_dg"),
]

LEVEL_TITLE = {
    1: ("Director", "Directeur", "Directrice"),
    2: ("Executive Director", "Directeur exécutif", "Directrice exécutive"),
    3: ("Director General", "Directeur général", "Directrice générale"),
    4: ("Assistant Deputy Minister", "Sous-ministre adjoint", "Sous-ministre adjointe"),
}

# units a position's direct reports lead: (en, fr, group-level)
UNITS = [
    ("Policy Development", "Élaboration des politiques", "EC-07"),
    ("Program Operations", "Opérations des programmes", "PM-06"),
    ("Business Systems", "Systèmes opérationnels", "IT-04"),
    ("Financial Planning and Reporting", "Planification financière et rapports", "FI-03"),
    ("Engineering Services", "Services d'ingénierie", "EN-ENG-05"),
    ("Scientific Research", "Recherche scientifique", "SE-RES-04"),
    ("Data Analytics", "Analyse des données", "EC-06"),
    ("Client Services", "Services aux clients", "PM-05"),
    ("Planning and Coordination", "Planification et coordination", "AS-07"),
    ("Stakeholder Engagement", "Mobilisation des intervenants", "IS-05"),
    ("Compliance and Enforcement", "Conformité et application de la loi", "PM-06"),
    ("Quality Assurance", "Assurance de la qualité", "PM-05"),
    ("Program Integrity", "Intégrité des programmes", "PM-06"),
    ("Technical Standards", "Normes techniques", "EG-07"),
    ("Regional Coordination", "Coordination régionale", "PM-06"),
    ("Field Operations", "Opérations sur le terrain", "GT-06"),
    ("Laboratory Services", "Services de laboratoire", "CH-04"),
    ("Performance Measurement", "Mesure du rendement", "EC-06"),
    ("Training and Learning", "Formation et apprentissage", "ED-EDS-04"),
    ("Case Processing", "Traitement des cas", "PM-04"),
    ("Legislative Affairs", "Affaires législatives", "EC-07"),
    ("Contracting and Procurement", "Contrats et approvisionnement", "PG-05"),
    ("Records and Information", "Dossiers et information", "AS-04"),
    ("Risk Assessment", "Évaluation des risques", "SE-RES-03"),
]

GIVEN = ["Odile", "Marcus", "Priya", "Gaëtan", "Fiona", "Tobias", "Nadège", "Kwame", "Ingrid", "Rémi",
         "Yasmin", "Cormac", "Lise", "Anouk", "Declan", "Sunita", "Thibault", "Maren", "Ezra", "Véronique",
         "Hollis", "Solène", "Dariusz", "Tamsin", "Mathis", "Ayesha", "Bastien", "Wren", "Océane", "Idris",
         "Leontyne", "Florent", "Siobhan", "Jovan", "Clémence", "Rafferty", "Amélie", "Tomasz", "Imogen", "Yannick"]
FAMILY = ["Thibodeau-Marsh", "Okonkwo-Reid", "Vasquez-Lindqvist", "Brassard", "Quennell", "Aucoin-Haldane",
          "Ferreira-Pike", "Lachapelle", "Mbeki-Strand", "Pelletier-Vance", "Nakashima-Doyle", "Gauvreau",
          "Oyelaran", "Beaulac", "Kristiansen-Roy", "Desrochers", "Halvorsen", "Tremblay-Osei", "Vaillancourt",
          "Szymańska", "Archambeault", "Nwachukwu", "Lindgren-Côté", "Rousseau-Whitfield", "Pothier",
          "Castellanos", "Drummond-Ouellet", "Fairweather", "Boisvenu", "Ashdown", "Leblanc-Mutasa",
          "Kowalczyk-Gagné", "Riopelle-Hart", "Saint-Amour", "Yellowquill", "Bergeron-Akande", "Morneau-Pratt"]

GA_EN = [
    "The {title} is accountable for the leadership, planning and delivery of the {area_l} function of {dept}, "
    "ensuring that programs, policies and services are consistent with legislative and regulatory requirements "
    "and with the Department's strategic priorities.",
    "The {title} provides strategic direction and oversight to the {area} directorate, manages its human and "
    "financial resources, and represents {dept} with central agencies, other government departments, provinces, "
    "territories and stakeholders.",
]
GA_FR = [
    "Le titulaire du poste de {title} est responsable de la direction, de la planification et de la prestation de la "
    "fonction {area_l} de {dept}, en veillant à ce que les programmes, politiques et services respectent les exigences "
    "législatives et réglementaires ainsi que les priorités stratégiques du ministère.",
    "Le titulaire du poste de {title} assure l'orientation stratégique et la surveillance de la direction {area_l}, gère ses "
    "ressources humaines et financières et représente {dept} auprès des organismes centraux, des autres ministères, "
    "des provinces, des territoires et des intervenants.",
]
SA_EN = [
    "Directs the development and implementation of operational plans, service standards and performance measures.",
    "Provides expert advice to the Assistant Deputy Minister and senior management on emerging issues and risks.",
    "Leads negotiations and consultations with provinces, territories, Indigenous partners and industry.",
    "Manages the directorate's financial and human resources, including succession planning and talent management.",
    "Oversees the preparation of Memoranda to Cabinet, Treasury Board submissions and briefing material.",
    "Ensures the integrity of program delivery through monitoring, audit follow-up and continuous improvement.",
    "Represents the Department on interdepartmental and federal-provincial-territorial committees.",
]
SA_FR = [
    "Dirige l'élaboration et la mise en oeuvre des plans opérationnels, des normes de service et des mesures du rendement.",
    "Fournit des conseils d'expert au sous-ministre adjoint et à la haute direction sur les enjeux et les risques émergents.",
    "Mène des négociations et des consultations avec les provinces, les territoires, les partenaires autochtones et l'industrie.",
    "Gère les ressources financières et humaines de la direction, y compris la planification de la relève et la gestion des talents.",
    "Supervise la préparation des mémoires au Cabinet, des présentations au Conseil du Trésor et des documents d'information.",
    "Assure l'intégrité de la prestation des programmes par la surveillance, le suivi des vérifications et l'amélioration continue.",
    "Représente le ministère au sein de comités interministériels et fédéraux-provinciaux-territoriaux.",
]
NS_EN = ("The {title} operates in a complex environment marked by shifting priorities, high public and media "
         "visibility, and the need to reconcile the interests of many partners. Decisions taken by the position "
         "have a direct effect on the Department's capacity to deliver on its commitments to Canadians.")
NS_FR = ("Le titulaire du poste de {title} évolue dans un environnement complexe, marqué par des priorités changeantes, une grande "
         "visibilité publique et médiatique et la nécessité de concilier les intérêts de nombreux partenaires.")
