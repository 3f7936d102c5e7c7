"""Departments, names, functions, label forms and prose for blind72 (written for this corpus)."""

# (English name, French name, short form, usual city/province pairs)
DEPARTMENTS = [
    ("Employment and Social Development Canada", "Emploi et Développement social Canada", "ESDC",
     [("Gatineau", "Quebec"), ("Ottawa", "Ontario"), ("Moncton", "New Brunswick")]),
    ("Immigration, Refugees and Citizenship Canada", "Immigration, Réfugiés et Citoyenneté Canada", "IRCC",
     [("Ottawa", "Ontario"), ("Montréal", "Quebec"), ("Sydney", "Nova Scotia")]),
    ("Public Services and Procurement Canada", "Services publics et Approvisionnement Canada", "PSPC",
     [("Gatineau", "Quebec"), ("Miramichi", "New Brunswick"), ("Edmonton", "Alberta")]),
    ("Health Canada", "Santé Canada", "HC", [("Ottawa", "Ontario"), ("Vancouver", "British Columbia")]),
    ("Public Health Agency of Canada", "Agence de la santé publique du Canada", "PHAC",
     [("Winnipeg", "Manitoba"), ("Ottawa", "Ontario")]),
    ("Canada Revenue Agency", "Agence du revenu du Canada", "CRA",
     [("Ottawa", "Ontario"), ("Shawinigan", "Quebec"), ("Sudbury", "Ontario"), ("Summerside", "Prince Edward Island")]),
    ("Transport Canada", "Transports Canada", "TC", [("Ottawa", "Ontario"), ("Dorval", "Quebec"), ("Vancouver", "British Columbia")]),
    ("Fisheries and Oceans Canada", "Pêches et Océans Canada", "DFO",
     [("Ottawa", "Ontario"), ("Halifax", "Nova Scotia"), ("Mont-Joli", "Quebec"), ("St. John's", "Newfoundland and Labrador")]),
    ("Environment and Climate Change Canada", "Environnement et Changement climatique Canada", "ECCC",
     [("Gatineau", "Quebec"), ("Downsview", "Ontario"), ("Dorval", "Quebec")]),
    ("Natural Resources Canada", "Ressources naturelles Canada", "NRCan", [("Ottawa", "Ontario"), ("Calgary", "Alberta")]),
    ("Agriculture and Agri-Food Canada", "Agriculture et Agroalimentaire Canada", "AAFC",
     [("Ottawa", "Ontario"), ("Saskatoon", "Saskatchewan"), ("Saint-Hyacinthe", "Quebec")]),
    ("Indigenous Services Canada", "Services aux Autochtones Canada", "ISC",
     [("Gatineau", "Quebec"), ("Winnipeg", "Manitoba"), ("Regina", "Saskatchewan")]),
    ("Statistics Canada", "Statistique Canada", "StatCan", [("Ottawa", "Ontario")]),
    ("Shared Services Canada", "Services partagés Canada", "SSC", [("Ottawa", "Ontario"), ("Gatineau", "Quebec")]),
    ("Canadian Heritage", "Patrimoine canadien", "PCH", [("Gatineau", "Quebec")]),
    ("Global Affairs Canada", "Affaires mondiales Canada", "GAC", [("Ottawa", "Ontario")]),
    ("Veterans Affairs Canada", "Anciens Combattants Canada", "VAC", [("Charlottetown", "Prince Edward Island")]),
    ("Canada Border Services Agency", "Agence des services frontaliers du Canada", "CBSA",
     [("Ottawa", "Ontario"), ("Windsor", "Ontario"), ("Surrey", "British Columbia")]),
    ("Parks Canada", "Parcs Canada", "PC", [("Gatineau", "Quebec"), ("Banff", "Alberta")]),
    ("Library and Archives Canada", "Bibliothèque et Archives Canada", "LAC", [("Gatineau", "Quebec")]),
    ("Innovation, Science and Economic Development Canada", "Innovation, Sciences et Développement économique Canada",
     "ISED", [("Ottawa", "Ontario")]),
    ("Public Safety Canada", "Sécurité publique Canada", "PS", [("Ottawa", "Ontario")]),
    ("Correctional Service Canada", "Service correctionnel Canada", "CSC",
     [("Ottawa", "Ontario"), ("Kingston", "Ontario"), ("Laval", "Quebec")]),
    ("Canadian Food Inspection Agency", "Agence canadienne d'inspection des aliments", "CFIA",
     [("Ottawa", "Ontario"), ("Saint-Hyacinthe", "Quebec"), ("Guelph", "Ontario")]),
    ("Department of Justice Canada", "Ministère de la Justice Canada", "JUS", [("Ottawa", "Ontario")]),
    ("Infrastructure Canada", "Infrastructure Canada", "INFC", [("Ottawa", "Ontario")]),
    ("Crown-Indigenous Relations and Northern Affairs Canada", "Relations Couronne-Autochtones et Affaires du Nord Canada",
     "CIRNAC", [("Gatineau", "Quebec"), ("Yellowknife", "Northwest Territories")]),
    ("Canadian Space Agency", "Agence spatiale canadienne", "CSA", [("Longueuil", "Quebec")]),
    ("Treasury Board of Canada Secretariat", "Secrétariat du Conseil du Trésor du Canada", "TBS", [("Ottawa", "Ontario")]),
    ("Atlantic Canada Opportunities Agency", "Agence de promotion économique du Canada atlantique", "ACOA",
     [("Moncton", "New Brunswick"), ("Halifax", "Nova Scotia")]),
]

PROV_FR = {"Quebec": "Québec", "Ontario": "Ontario", "New Brunswick": "Nouveau-Brunswick", "Alberta": "Alberta",
           "British Columbia": "Colombie-Britannique", "Manitoba": "Manitoba", "Nova Scotia": "Nouvelle-Écosse",
           "Saskatchewan": "Saskatchewan", "Prince Edward Island": "Île-du-Prince-Édouard",
           "Newfoundland and Labrador": "Terre-Neuve-et-Labrador", "Northwest Territories": "Territoires du Nord-Ouest"}
PROV_ABBR = {"Quebec": "QC", "Ontario": "ON", "New Brunswick": "NB", "Alberta": "AB", "British Columbia": "BC",
             "Manitoba": "MB", "Nova Scotia": "NS", "Saskatchewan": "SK", "Prince Edward Island": "PE",
             "Newfoundland and Labrador": "NL", "Northwest Territories": "NT"}

# business lines: (English, French, what the unit does in English, in French)
FUNCTIONS = [
    ("Strategic Policy", "Politique stratégique", "policy development and horizontal coordination",
     "l'élaboration des politiques et la coordination horizontale"),
    ("Program Integrity", "Intégrité des programmes", "the integrity of benefit and grant programs",
     "l'intégrité des programmes de prestations et de subventions"),
    ("Client Service Operations", "Opérations du service à la clientèle", "front-line service delivery to clients",
     "la prestation des services de première ligne"),
    ("Corporate Planning and Reporting", "Planification et rapports ministériels", "integrated planning and departmental reporting",
     "la planification intégrée et les rapports ministériels"),
    ("Financial Management", "Gestion financière", "budgeting, forecasting and financial controls",
     "l'établissement du budget, les prévisions et les contrôles financiers"),
    ("Information Management", "Gestion de l'information", "the management of information holdings",
     "la gestion des fonds de renseignements"),
    ("Digital Services", "Services numériques", "the design and delivery of digital services",
     "la conception et la prestation des services numériques"),
    ("Regulatory Affairs", "Affaires réglementaires", "the regulatory agenda and Canada Gazette publications",
     "le programme de réglementation et les publications dans la Gazette du Canada"),
    ("Labour Market Information", "Information sur le marché du travail", "labour market analysis and dissemination",
     "l'analyse et la diffusion de l'information sur le marché du travail"),
    ("Grants and Contributions", "Subventions et contributions", "the administration of transfer payment programs",
     "l'administration des programmes de paiements de transfert"),
    ("Evaluation", "Évaluation", "program evaluation and performance measurement",
     "l'évaluation des programmes et la mesure du rendement"),
    ("Internal Audit", "Vérification interne", "risk-based internal audit", "la vérification interne axée sur les risques"),
    ("Real Property", "Biens immobiliers", "the management of the real property portfolio",
     "la gestion du portefeuille de biens immobiliers"),
    ("Security and Emergency Management", "Sécurité et gestion des urgences", "departmental security and business continuity",
     "la sécurité ministérielle et la continuité des activités"),
    ("Indigenous Partnerships", "Partenariats autochtones", "partnerships with First Nations, Inuit and Métis organizations",
     "les partenariats avec les organisations des Premières Nations, des Inuits et des Métis"),
    ("Enforcement and Intelligence", "Exécution de la loi et renseignement", "enforcement operations and intelligence",
     "les opérations d'exécution de la loi et le renseignement"),
    ("Science Policy", "Politique scientifique", "science advice and research priorities",
     "les avis scientifiques et les priorités de recherche"),
    ("Procurement Services", "Services d'approvisionnement", "complex procurement on behalf of client departments",
     "l'approvisionnement complexe pour le compte des ministères clients"),
    ("Human Resources Operations", "Opérations des ressources humaines", "staffing, classification and labour relations",
     "la dotation, la classification et les relations de travail"),
    ("Communications and Outreach", "Communications et sensibilisation", "public communications and stakeholder outreach",
     "les communications publiques et la sensibilisation des intervenants"),
    ("Data and Analytics", "Données et analytique", "data governance and advanced analytics",
     "la gouvernance des données et l'analytique avancée"),
    ("Settlement Programs", "Programmes d'établissement", "settlement and integration services for newcomers",
     "les services d'établissement et d'intégration des nouveaux arrivants"),
    ("Fisheries Management", "Gestion des pêches", "the management of commercial and recreational fisheries",
     "la gestion des pêches commerciales et récréatives"),
    ("Benefits Processing", "Traitement des prestations", "the processing of benefit claims",
     "le traitement des demandes de prestations"),
    ("Cyber Security", "Cybersécurité", "the protection of networks and systems", "la protection des réseaux et des systèmes"),
    ("Infrastructure Programs", "Programmes d'infrastructure", "infrastructure funding programs",
     "les programmes de financement de l'infrastructure"),
    ("Trade Policy", "Politique commerciale", "trade negotiations and trade policy", "les négociations et la politique commerciales"),
    ("Conservation Programs", "Programmes de conservation", "species at risk and protected areas",
     "les espèces en péril et les aires protégées"),
    ("Case Management", "Gestion des cas", "the management of offender cases", "la gestion des cas des délinquants"),
    ("Food Safety Operations", "Opérations de salubrité des aliments", "inspection and food safety programs",
     "les programmes d'inspection et de salubrité des aliments"),
    ("Space Exploration", "Exploration spatiale", "space exploration missions", "les missions d'exploration spatiale"),
    ("Economic Development", "Développement économique", "regional economic development programs",
     "les programmes de développement économique régional"),
    ("Northern Affairs", "Affaires du Nord", "northern programs and Arctic policy", "les programmes du Nord et la politique arctique"),
    ("Pension Services", "Services des pensions", "the administration of public service pensions",
     "l'administration des régimes de retraite de la fonction publique"),
    ("Border Programs", "Programmes frontaliers", "border program design and traveller processing",
     "la conception des programmes frontaliers et le traitement des voyageurs"),
    ("Marine Safety", "Sécurité maritime", "marine safety oversight and inspection", "la surveillance et l'inspection en matière de sécurité maritime"),
    ("Heritage Programs", "Programmes du patrimoine", "heritage and museums funding programs",
     "les programmes de financement du patrimoine et des musées"),
    ("Legal Services", "Services juridiques", "legal advice and litigation support", "les conseils juridiques et le soutien aux litiges"),
    ("Climate Adaptation", "Adaptation aux changements climatiques", "climate adaptation policy and science",
     "la politique et la science de l'adaptation aux changements climatiques"),
    ("Workplace Accommodation", "Mesures d'adaptation en milieu de travail", "workplace accommodation and accessibility services",
     "les services de mesures d'adaptation et d'accessibilité"),
    ("Emergency Preparedness", "Protection civile", "national emergency preparedness", "la protection civile à l'échelle nationale"),
    ("Taxpayer Services", "Services aux contribuables", "services to individual and business taxpayers",
     "les services aux particuliers et aux entreprises"),
    ("Veterans Benefits", "Prestations aux vétérans", "disability benefits for veterans", "les prestations d'invalidité des vétérans"),
    ("Archival Acquisitions", "Acquisitions archivistiques", "the acquisition of government and private archives",
     "l'acquisition d'archives gouvernementales et privées"),
]

# sub-units for direct reports: (English, French)
SUBUNITS = [
    ("Policy Analysis", "Analyse des politiques"), ("Operations", "Opérations"), ("Planning and Coordination", "Planification et coordination"),
    ("Quality Assurance", "Assurance de la qualité"), ("Business Systems", "Systèmes opérationnels"),
    ("Program Design", "Conception des programmes"), ("Stakeholder Relations", "Relations avec les intervenants"),
    ("Research", "Recherche"), ("Compliance", "Conformité"), ("Client Support", "Soutien à la clientèle"),
    ("Performance Measurement", "Mesure du rendement"), ("Regional Coordination", "Coordination régionale"),
    ("Risk Management", "Gestion des risques"), ("Resource Management", "Gestion des ressources"),
    ("Legislative Affairs", "Affaires législatives"), ("Data Services", "Services de données"),
    ("Training and Standards", "Formation et normes"), ("Investigations", "Enquêtes"),
    ("Partnerships", "Partenariats"), ("Horizontal Initiatives", "Initiatives horizontales"),
    ("Accounting Operations", "Opérations comptables"), ("Funding Agreements", "Accords de financement"),
    ("Systems Integration", "Intégration des systèmes"), ("Field Operations", "Opérations sur le terrain"),
]

NONEX_GROUPS = ["EC-07", "EC-06", "AS-07", "AS-06", "PM-06", "PM-05", "CS-04", "CS-05", "FI-04", "FI-03",
                "CO-03", "PE-06", "IS-05", "EG-07", "BI-04", "PG-06", "EN-ENG-05", "SE-RES-03"]

FIRST = ["Marie-Claude", "Jonathan", "Priya", "Denis", "Heather", "Mathieu", "Aisha", "Trevor", "Geneviève", "Kwame",
         "Sandra", "Luc", "Fiona", "Rajinder", "Nathalie", "Owen", "Chantal", "Darren", "Mei-Ling", "Étienne",
         "Brenda", "Yusuf", "Isabelle", "Graham", "Sophie", "Hamid", "Colleen", "Francis", "Tanya", "Rémi",
         "Deborah", "Arjun", "Josée", "Malcolm", "Linh", "Patrice", "Gwen", "Émilie", "Stuart", "Nadia"]
LAST = ["Thibodeau", "MacLellan", "Sandhu", "Gagnon", "Whitfield", "Bouchard", "Okonkwo", "Lavoie", "Kowalczyk",
        "Desrosiers", "Fitzgerald", "Nakamura", "Pelletier", "Abernethy", "Caron", "Haddad", "Lindqvist", "Bérubé",
        "O'Connell", "Tremblay-Roy", "Mukherjee", "Arsenault", "Szabo", "Cormier", "Vandenberg", "Leblanc",
        "Chowdhury", "Poirier", "Kerr", "St-Pierre", "Achterberg", "Morin", "Delorme", "McKinnon", "Nguyen"]

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]

NUMBERS_EN = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
NUMBERS_FR = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"]

# general accountability openings
GA_EN = [
    "The {title} is accountable for the strategic leadership, planning and delivery of {what} for {dept}, "
    "ensuring that the Department's priorities are met within approved resources.",
    "Provides leadership and direction for {what}; develops and implements national strategies, frameworks and "
    "plans, and ensures the effective management of the {unit} Directorate's human and financial resources.",
    "Accountable to the {sup} for the design, development and delivery of {what}, and for the provision of "
    "authoritative advice to senior management and central agencies on related issues.",
]
GA_FR = [
    "Le titulaire est responsable du leadership stratégique, de la planification et de la prestation des activités "
    "liées à {what} pour {dept}, dans le respect des ressources approuvées.",
    "Assure l'orientation et la direction de {what}; élabore et met en œuvre des stratégies, des cadres et des plans "
    "nationaux et veille à la gestion efficace des ressources humaines et financières de la direction.",
    "Relevant du {sup}, le titulaire est responsable de la conception, de l'élaboration et de la prestation des "
    "activités liées à {what}, ainsi que des conseils stratégiques à la haute direction et aux organismes centraux.",
]

NATURE_EN = [
    "{dept} operates in a complex, multi-jurisdictional environment, with impacts from national and international "
    "developments, evolving federal priorities and the interplay of provincial and territorial jurisdictions. The "
    "incumbent must reconcile competing priorities of internal and external stakeholders to meet critical objectives "
    "and timelines that may not be shared by those stakeholders.",
    "The work of the Directorate is closely aligned with the Department's policy agenda. The incumbent leads a range "
    "of inter-dependent analytical, consultative and operational activities, and represents the Department on "
    "interdepartmental committees and in negotiations with provinces, territories and industry.",
    "A key challenge is the rapid growth of demand for {what} while resources remain constrained. The incumbent must "
    "balance many criteria in setting priorities, manage significant risks to service delivery and maintain the "
    "confidence of Ministers, central agencies and the public.",
    "The position operates under intense public and media scrutiny. Decisions have direct consequences for "
    "Canadians and for the Department's reputation, and frequently require the incumbent to brief the Deputy "
    "Minister and the Minister's Office on short notice.",
]
NATURE_FR = [
    "{dept} évolue dans un environnement complexe où interviennent plusieurs administrations, où les priorités "
    "fédérales changent et où les enjeux nationaux et internationaux ont des répercussions directes. Le titulaire doit "
    "concilier les priorités concurrentes des intervenants internes et externes.",
    "Le travail de la direction est étroitement lié au programme stratégique du Ministère. Le titulaire dirige un "
    "ensemble d'activités d'analyse, de consultation et d'opérations interdépendantes et représente le Ministère "
    "auprès des comités interministériels, des provinces et des territoires.",
    "Un défi important est la croissance rapide de la demande liée à {what} alors que les ressources demeurent "
    "limitées. Le titulaire doit établir des priorités, gérer des risques importants et maintenir la confiance des "
    "ministres, des organismes centraux et du public.",
]

SPECIFIC_EN = [
    "Directs the development and implementation of national strategies, policies and programs related to {what}.",
    "Provides strategic advice and briefings to the {sup}, the Deputy Minister and senior management committees.",
    "Establishes the Directorate's priorities and manages its human, financial and material resources with prudence and probity.",
    "Negotiates and maintains partnerships with provinces, territories, other federal departments and stakeholders.",
    "Leads the preparation of Memoranda to Cabinet, Treasury Board submissions and reports to Parliament.",
    "Oversees performance measurement, risk management and reporting for the programs of the Directorate.",
    "Represents the Department on interdepartmental and federal-provincial-territorial committees.",
    "Leads change management and the modernization of business processes and systems.",
    "Fosters a healthy, respectful and inclusive workplace and develops the talent of the management team.",
]
SPECIFIC_FR = [
    "Dirige l'élaboration et la mise en œuvre de stratégies, de politiques et de programmes nationaux liés à {what}.",
    "Fournit des conseils stratégiques et des notes d'information au {sup}, au sous-ministre et aux comités de la haute direction.",
    "Établit les priorités de la direction et gère ses ressources humaines, financières et matérielles avec prudence et probité.",
    "Négocie et entretient des partenariats avec les provinces, les territoires, les autres ministères et les intervenants.",
    "Dirige la préparation de mémoires au Cabinet, de présentations au Conseil du Trésor et de rapports au Parlement.",
    "Supervise la mesure du rendement, la gestion des risques et l'établissement de rapports pour les programmes.",
    "Représente le Ministère au sein de comités interministériels et fédéraux-provinciaux-territoriaux.",
    "Favorise un milieu de travail sain, respectueux et inclusif et développe les talents de l'équipe de gestion.",
]

CSR_EN = [
    "Canadians and stakeholders receive timely, accurate and consistent {what}.",
    "Senior management and Ministers receive sound, evidence-based advice on {what}.",
]
KEY_ACT_EN = [
    "Leading the planning, design and delivery of {what}.",
    "Providing advice, guidance and direction to senior management on emerging issues.",
    "Managing the Directorate's budget, workforce and performance framework.",
    "Building and sustaining partnerships with other government departments and external organizations.",
    "Representing the Department in interdepartmental and international fora.",
]
CSR_FR = [
    "Les Canadiens et les intervenants reçoivent des services exacts, cohérents et en temps opportun liés à {what}.",
    "La haute direction et les ministres reçoivent des conseils judicieux et fondés sur des données probantes.",
]
KEY_ACT_FR = [
    "Diriger la planification, la conception et la prestation des activités liées à {what}.",
    "Fournir des conseils et une orientation à la haute direction sur les enjeux émergents.",
    "Gérer le budget, l'effectif et le cadre de rendement de la direction.",
    "Établir et maintenir des partenariats avec d'autres ministères et des organisations externes.",
]

REPORT_DUTY_EN = ["responsible for {u}", "accountable for {u} activities", "leads the {u} team",
                  "manages {u} and related services", "responsible for the direction of {u}"]
REPORT_DUTY_FR = ["responsable de {u}", "chargé des activités de {u}", "dirige l'équipe {u}", "gère {u}"]
