"""Positions, prose and label forms for blind100: an executive-services share drive of a
mid-sized department (Natural Resources Canada), 2004-2024. Everything here is invented."""

DEPT_EN = "Natural Resources Canada"
DEPT_FR = "Ressources naturelles Canada"
DEPT_OLD_EN = "Natural Resources Canada (NRCan)"

SECTORS = {
    "LMS": ("Lands and Minerals Sector", "Secteur des terres et des minéraux"),
    "ESS": ("Earth Sciences Sector", "Secteur des sciences de la Terre"),
    "CFS": ("Canadian Forest Service", "Service canadien des forêts"),
    "ETS": ("Energy Technology Sector", "Secteur de la technologie de l'énergie"),
    "ES": ("Energy Sector", "Secteur de l'énergie"),
    "CMSS": ("Corporate Management and Services Sector", "Secteur de la gestion et des services intégrés"),
    "SPI": ("Strategic Policy and Innovation Sector", "Secteur de la politique stratégique et de l'innovation"),
    "AE": ("Audit and Evaluation Branch", "Direction de la vérification et de l'évaluation"),
}

ADM = {k: ("Assistant Deputy Minister, " + v[0], "Sous-ministre adjoint, " + v[1], "EX-05") for k, v in SECTORS.items()}
ADM["CFS"] = ("Assistant Deputy Minister, Canadian Forest Service", "Sous-ministre adjoint, Service canadien des forêts", "EX-05")
ADM["ETS"] = ("Assistant Deputy Minister, Energy Technology Sector", "Sous-ministre adjoint, Secteur de la technologie de l'énergie", "EX-04")
ADM["CMSS"] = ("Assistant Deputy Minister and Chief Financial Officer, Corporate Management and Services Sector",
               "Sous-ministre adjoint et dirigeant principal des finances, Secteur de la gestion et des services intégrés", "EX-05")

LOC = {
    "OTT": ("Ottawa", "Ontario", "Ontario"),
    "SUD": ("Sudbury", "Ontario", "Ontario"),
    "HAM": ("Hamilton", "Ontario", "Ontario"),
    "SHE": ("Sherbrooke", "Quebec", "Québec"),
    "QUE": ("Québec", "Quebec", "Québec"),
    "CAL": ("Calgary", "Alberta", "Alberta"),
    "VIC": ("Victoria", "British Columbia", "Colombie-Britannique"),
    "EDM": ("Edmonton", "Alberta", "Alberta"),
    "FRE": ("Fredericton", "New Brunswick", "Nouveau-Brunswick"),
    "SSM": ("Sault Ste. Marie", "Ontario", "Ontario"),
    "VAR": ("Varennes", "Quebec", "Québec"),
    "DEV": ("Devon", "Alberta", "Alberta"),
}

# key, title_en, title_fr, level, sector, location, supervisor (en, fr, level) or key of another row
POSITIONS = [
    ("p01", "Director, Mineral and Metal Policy", "Directeur, Politique des minéraux et des métaux", "EX-01", "LMS", "OTT", "p41", "policy"),
    ("p02", "Director General, Explosives Safety and Security Branch", "Directeur général, Direction de la sécurité et de la sûreté des explosifs", "EX-03", "LMS", "OTT", "ADM", "regulatory"),
    ("p03", "Director General, CanmetMINING", "Directeur général, CanmetMINES", "EX-03", "LMS", "SUD", "ADM", "science"),
    ("p04", "Director, Mining Operations Research", "Directeur, Recherche sur les opérations minières", "EX-01", "LMS", "SUD", "p03", "science"),
    ("p05", "Director General, CanmetMATERIALS", "Directeur général, CanmetMATÉRIAUX", "EX-03", "LMS", "HAM", "ADM", "science"),
    ("p06", "Surveyor General of Canada", "Arpenteur général du Canada", "EX-02", "ESS", "OTT", "p08", "regulatory"),
    ("p07", "Director, Geodetic Survey", "Directeur, Levés géodésiques", "EX-01", "ESS", "OTT", "p08", "science"),
    ("p08", "Director General, Canada Centre for Mapping and Earth Observation", "Directeur général, Centre canadien de cartographie et d'observation de la Terre", "EX-03", "ESS", "SHE", "ADM", "science"),
    ("p09", "Director, Geological Survey of Canada - Québec", "Directeur, Commission géologique du Canada - Québec", "EX-01", "ESS", "QUE", "p42", "science"),
    ("p10", "Director, Geological Survey of Canada - Calgary", "Directeur, Commission géologique du Canada - Calgary", "EX-01", "ESS", "CAL", "p43", "science"),
    ("p11", "Director, Public Safety Geoscience", "Directeur, Géoscience pour la sécurité publique", "EX-01", "ESS", "OTT", "p42", "science"),
    ("p12", "Director General, Laurentian Forestry Centre", "Directeur général, Centre de foresterie des Laurentides", "EX-02", "CFS", "QUE", "ADM", "science"),
    ("p13", "Director General, Pacific Forestry Centre", "Directeur général, Centre de foresterie du Pacifique", "EX-02", "CFS", "VIC", "ADM", "science"),
    ("p14", "Director General, Northern Forestry Centre", "Directeur général, Centre de foresterie du Nord", "EX-02", "CFS", "EDM", "ADM", "science"),
    ("p15", "Director General, Atlantic Forestry Centre", "Directeur général, Centre de foresterie de l'Atlantique", "EX-02", "CFS", "FRE", "ADM", "science"),
    ("p16", "Director, Forest Pest Management", "Directeur, Lutte contre les ravageurs forestiers", "EX-01", "CFS", "SSM", "p44", "science"),
    ("p17", "Director General, Trade, Economics and Industry Branch", "Directeur général, Direction du commerce, de l'économie et de l'industrie", "EX-03", "CFS", "OTT", "ADM", "policy"),
    ("p18", "Director, Forest Sector Innovation", "Directeur, Innovation dans le secteur forestier", "EX-01", "CFS", "OTT", "p17", "program"),
    ("p19", "Director General, CanmetENERGY-Varennes", "Directeur général, CanmetÉNERGIE-Varennes", "EX-02", "ETS", "VAR", "ADM", "science"),
    ("p20", "Director, Industrial Energy Systems", "Directeur, Systèmes énergétiques industriels", "EX-01", "ETS", "VAR", "p19", "science"),
    ("p21", "Director General, CanmetENERGY-Devon", "Directeur général, CanmetÉNERGIE-Devon", "EX-02", "ETS", "DEV", "ADM", "science"),
    ("p22", "Director General, Office of Energy Research and Development", "Directeur général, Bureau de recherche et de développement énergétiques", "EX-03", "ETS", "OTT", "ADM", "program"),
    ("p23", "Director General, Office of Energy Efficiency", "Directeur général, Office de l'efficacité énergétique", "EX-03", "ES", "OTT", "ADM", "program"),
    ("p24", "Director, Housing and Buildings", "Directeur, Habitation et bâtiments", "EX-01", "ES", "OTT", "p23", "program"),
    ("p25", "Director, Energy Efficiency Regulations", "Directeur, Réglementation sur l'efficacité énergétique", "EX-01", "ES", "OTT", "p23", "regulatory"),
    ("p26", "Director General, Electricity Resources Branch", "Directeur général, Direction des ressources en électricité", "EX-03", "ES", "OTT", "ADM", "policy"),
    ("p27", "Director, Uranium and Radioactive Waste Division", "Directeur, Division de l'uranium et des déchets radioactifs", "EX-01", "ES", "OTT", "p26", "policy"),
    ("p28", "Director General, Petroleum Resources Branch", "Directeur général, Direction des ressources pétrolières", "EX-03", "ES", "OTT", "ADM", "policy"),
    ("p29", "Director, Crude Oil and Petroleum Products", "Directeur, Pétrole brut et produits pétroliers", "EX-01", "ES", "CAL", "p28", "policy"),
    ("p30", "Director General, Financial Management Branch and Deputy Chief Financial Officer", "Directeur général, Direction de la gestion financière et dirigeant principal adjoint des finances", "EX-03", "CMSS", "OTT", "ADM", "corporate"),
    ("p31", "Director, Financial Policy and Systems", "Directeur, Politiques et systèmes financiers", "EX-01", "CMSS", "OTT", "p30", "corporate"),
    ("p32", "Director General, Human Resources Management Branch", "Directeur général, Direction de la gestion des ressources humaines", "EX-03", "CMSS", "OTT", "ADM", "corporate"),
    ("p33", "Director, Executive Group Services", "Directeur, Services au groupe de la direction", "EX-01", "CMSS", "OTT", "p32", "corporate"),
    ("p34", "Director, Labour Relations and Workplace Well-being", "Directeur, Relations de travail et mieux-être en milieu de travail", "EX-01", "CMSS", "OTT", "p32", "corporate"),
    ("p35", "Chief Information Officer", "Dirigeant principal de l'information", "EX-03", "CMSS", "OTT", "ADM", "corporate"),
    ("p36", "Director, Real Property and Security", "Directeur, Biens immobiliers et sécurité", "EX-01", "CMSS", "OTT", "p45", "corporate"),
    ("p37", "Chief Audit and Evaluation Executive", "Dirigeant principal de la vérification et de l'évaluation", "EX-03", "AE", "OTT", "DM", "corporate"),
    ("p38", "Director General, Policy Integration and Coordination Branch", "Directeur général, Direction de l'intégration et de la coordination des politiques", "EX-03", "SPI", "OTT", "ADM", "policy"),
    ("p39", "Director, Indigenous Partnerships Office", "Directeur, Bureau des partenariats autochtones", "EX-01", "SPI", "OTT", "p38", "policy"),
    ("p40", "Executive Director, Major Projects Management Office", "Directeur exécutif, Bureau de gestion des grands projets", "EX-02", "SPI", "OTT", "ADM", "program"),
]
# supervisors that are not themselves in the folder
EXTRA_SUPERVISORS = {
    "p41": ("Director General, Minerals and Metals Policy Branch", "Directeur général, Direction de la politique des minéraux et des métaux", "EX-03"),
    "p42": ("Director General, Geological Survey of Canada - Central and Northern Canada", "Directeur général, Commission géologique du Canada - Centre et Nord du Canada", "EX-03"),
    "p43": ("Director General, Geological Survey of Canada - Western Canada", "Directeur général, Commission géologique du Canada - Ouest du Canada", "EX-03"),
    "p44": ("Director General, Great Lakes Forestry Centre", "Directeur général, Centre de foresterie des Grands Lacs", "EX-02"),
    "p45": ("Director General, Real Property, Safety and Security Branch", "Directeur général, Direction des biens immobiliers, de la sûreté et de la sécurité", "EX-02"),
    "DM": ("Deputy Minister", "Sous-ministre", None),
}

# subordinate units: (en, fr, domain)
SUBUNITS = [
    ("Policy and Analysis", "Politique et analyse", "policy"),
    ("Economic Analysis", "Analyse économique", "policy"),
    ("International Affairs", "Affaires internationales", "policy"),
    ("Federal-Provincial Relations", "Relations fédérales-provinciales", "policy"),
    ("Strategic Planning", "Planification stratégique", "policy"),
    ("Regulatory Affairs", "Affaires réglementaires", "regulatory"),
    ("Compliance and Enforcement", "Conformité et application de la loi", "regulatory"),
    ("Licensing and Inspections", "Permis et inspections", "regulatory"),
    ("Standards Development", "Élaboration des normes", "regulatory"),
    ("Research Programs", "Programmes de recherche", "science"),
    ("Laboratory Operations", "Opérations de laboratoire", "science"),
    ("Technical Services", "Services techniques", "science"),
    ("Geomatics and Data", "Géomatique et données", "science"),
    ("Field Operations", "Opérations sur le terrain", "science"),
    ("Science Planning and Partnerships", "Planification scientifique et partenariats", "science"),
    ("Program Delivery", "Exécution des programmes", "program"),
    ("Program Design and Performance", "Conception et rendement des programmes", "program"),
    ("Stakeholder Relations", "Relations avec les intervenants", "program"),
    ("Grants and Contributions", "Subventions et contributions", "program"),
    ("Outreach and Marketing", "Sensibilisation et marketing", "program"),
    ("Financial Operations", "Opérations financières", "corporate"),
    ("Client Services", "Services à la clientèle", "corporate"),
    ("Systems and Reporting", "Systèmes et rapports", "corporate"),
    ("Corporate Planning", "Planification ministérielle", "corporate"),
    ("Advisory Services", "Services consultatifs", "corporate"),
]
CLS_BY_DOMAIN = {
    "policy": ["EC-07", "EC-07", "EC-06", "EC-08"],
    "regulatory": ["PC-04", "EG-07", "EN-ENG-05", "PM-06"],
    "science": ["RES-04", "SE-RES-03", "PC-04", "EG-07", "SE-REM-02"],
    "program": ["PM-06", "EC-07", "CO-03", "PM-05"],
    "corporate": ["FI-04", "PE-06", "AS-07", "CS-04", "AS-06"],
}

FIRST_EN = ["Margaret", "David", "Susan", "Robert", "Karen", "Michael", "Heather", "Brian", "Janet", "Kevin",
            "Laura", "Gordon", "Nadia", "Trevor", "Deborah", "Rajesh", "Colleen", "Alan", "Priya", "Douglas"]
LAST_EN = ["MacPherson", "Thibodeau", "Kowalski", "Whitfield", "Nakamura", "O'Connell", "Brennan", "Fraser",
           "Lindqvist", "Harcourt", "Desjardins", "Okafor", "Sinclair", "Chowdhury", "Beaulieu", "McTavish"]
FIRST_FR = ["Jean-François", "Marie-Claude", "Sylvie", "Luc", "Geneviève", "Pierre-Yves", "Nathalie", "Benoît",
            "Isabelle", "Stéphane", "Chantal", "Mathieu", "Josée", "Éric", "Hélène", "Mélanie"]
LAST_FR = ["Tremblay", "Gagnon", "Bouchard", "Lévesque", "Pelletier", "Côté", "Bergeron", "Ouellet",
           "Girard", "Lapointe", "Fortin", "Poirier", "Gauthier", "Séguin", "Mercier", "Dufresne"]

# ---- prose ----------------------------------------------------------------------------------

GA_EN = {
    "policy": "The {t} is accountable for the development of policy advice, analysis and strategies on {u} issues, for the leadership of federal-provincial-territorial and international engagement on these files, and for the provision of timely, evidence-based advice to the Deputy Minister, the Minister and senior management.",
    "regulatory": "The {t} is accountable for the administration and enforcement of the legislative and regulatory framework assigned to the organization, for the development of related standards and compliance programs, and for the protection of the health and safety of Canadians and the environment in the areas of {u}.",
    "science": "The {t} is accountable for the planning, direction and delivery of a national program of scientific research, technology development and knowledge transfer in {u}, and for the management of the facilities, laboratories and scientific resources supporting the program.",
    "program": "The {t} is accountable for the design, delivery and evaluation of national programs and initiatives in {u}, for the management of grants and contributions, and for the development of partnerships with provinces, territories, industry and non-governmental organizations.",
    "corporate": "The {t} is accountable for the provision of strategic advice and integrated {u} services to the Deputy Minister, senior management and the Department's sectors, and for the development and implementation of departmental policies, systems and controls in accordance with central agency requirements.",
}
GA_FR = {
    "policy": "Le {t} est responsable de l'élaboration d'avis stratégiques, d'analyses et de stratégies touchant {u}, de la direction de la collaboration fédérale-provinciale-territoriale et internationale dans ces dossiers et de la prestation d'avis opportuns et fondés sur des données probantes au sous-ministre, au ministre et à la haute direction.",
    "regulatory": "Le {t} est responsable de l'administration et de l'application du cadre législatif et réglementaire confié à l'organisation, de l'élaboration des normes et des programmes de conformité connexes et de la protection de la santé et de la sécurité des Canadiens et de l'environnement dans le domaine de {u}.",
    "science": "Le {t} est responsable de la planification, de la direction et de la réalisation d'un programme national de recherche scientifique, de développement technologique et de transfert des connaissances dans le domaine de {u}, ainsi que de la gestion des installations, des laboratoires et des ressources scientifiques qui appuient le programme.",
    "program": "Le {t} est responsable de la conception, de la prestation et de l'évaluation de programmes et d'initiatives nationaux touchant {u}, de la gestion des subventions et contributions et de l'établissement de partenariats avec les provinces, les territoires, l'industrie et les organisations non gouvernementales.",
    "corporate": "Le {t} est responsable de la prestation d'avis stratégiques et de services intégrés en matière de {u} au sous-ministre, à la haute direction et aux secteurs du Ministère, ainsi que de l'élaboration et de la mise en oeuvre des politiques, des systèmes et des contrôles ministériels conformément aux exigences des organismes centraux.",
}

NS_EN = [
    "Natural Resources Canada seeks to enhance the responsible development and use of Canada's natural resources and the competitiveness of Canada's natural resource products. The Department is an established leader in science and technology in the fields of energy, forests, minerals and metals, and uses its expertise in earth sciences to build and maintain an up-to-date knowledge base of Canada's landmass.",
    "The {s} operates in a complex environment marked by shifting economic conditions, heightened public and Indigenous expectations, climate change and the growing interdependence of federal, provincial and territorial jurisdictions. The position must reconcile the interests of industry, environmental organizations, other government departments and the provinces while delivering on the Government's priorities.",
    "The incumbent manages a multidisciplinary team of professionals and provides leadership in a context of fiscal restraint, an aging workforce and rapid technological change. Major challenges include maintaining scientific and policy capacity, modernizing aging infrastructure and systems, and demonstrating results to central agencies and Parliament.",
    "The work of the {u} is highly visible. Issues frequently attract the attention of Ministers, Parliamentarians, the media and stakeholders, and the position must be able to provide sound, timely and objective advice on short notice, often on matters where there is no precedent.",
]
NS_FR = [
    "Ressources naturelles Canada cherche à améliorer la mise en valeur et l'utilisation responsables des ressources naturelles du Canada ainsi que la compétitivité des produits tirés de ces ressources. Le Ministère est un chef de file reconnu en sciences et en technologie dans les domaines de l'énergie, des forêts, des minéraux et des métaux.",
    "Le {s} évolue dans un contexte complexe marqué par des conditions économiques changeantes, des attentes accrues du public et des peuples autochtones, les changements climatiques et l'interdépendance croissante des compétences fédérales, provinciales et territoriales. Le titulaire doit concilier les intérêts de l'industrie, des organisations environnementales, des autres ministères et des provinces tout en donnant suite aux priorités du gouvernement.",
    "Le titulaire gère une équipe multidisciplinaire de professionnels et exerce son leadership dans un contexte de restrictions budgétaires, de vieillissement de l'effectif et d'évolution technologique rapide. Les principaux défis consistent à maintenir la capacité scientifique et stratégique, à moderniser l'infrastructure et les systèmes et à démontrer les résultats obtenus aux organismes centraux et au Parlement.",
]

SA_EN = [
    "Provides strategic leadership and direction for the planning, development and delivery of the {u} program and ensures alignment with departmental priorities.",
    "Directs the development of policies, strategies, frameworks and plans and provides expert advice to the Assistant Deputy Minister, the Deputy Minister and the Minister.",
    "Establishes and maintains effective partnerships with provinces, territories, Indigenous organizations, industry, academia and other federal departments.",
    "Represents the Department at national and international fora, negotiates agreements and arrangements, and acts as spokesperson on assigned files.",
    "Manages the human, financial and material resources of the organization, including workforce planning, performance management and the management of risk.",
    "Oversees the preparation of Memoranda to Cabinet, Treasury Board submissions, briefing material and reports to Parliament.",
    "Ensures the integrity of the scientific, regulatory and program results produced by the organization and their timely dissemination to clients.",
    "As a member of the senior management team, contributes to corporate planning, decision-making and the development of an inclusive and healthy workplace.",
]
SA_FR = [
    "Assure le leadership et l'orientation stratégiques en matière de planification, d'élaboration et de prestation du programme de {u} et veille à son harmonisation avec les priorités ministérielles.",
    "Dirige l'élaboration de politiques, de stratégies, de cadres et de plans et fournit des conseils d'expert au sous-ministre adjoint, au sous-ministre et au ministre.",
    "Établit et entretient des partenariats efficaces avec les provinces, les territoires, les organisations autochtones, l'industrie, le milieu universitaire et les autres ministères fédéraux.",
    "Représente le Ministère lors de forums nationaux et internationaux, négocie des ententes et agit à titre de porte-parole dans les dossiers qui lui sont confiés.",
    "Gère les ressources humaines, financières et matérielles de l'organisation, y compris la planification de l'effectif, la gestion du rendement et la gestion des risques.",
    "Supervise la préparation des mémoires au Cabinet, des présentations au Conseil du Trésor, des documents d'information et des rapports au Parlement.",
    "En tant que membre de l'équipe de la haute direction, contribue à la planification ministérielle, à la prise de décisions et à la création d'un milieu de travail sain et inclusif.",
]

CSR_EN = "Client service results: Canadians, industry and governments benefit from {u} knowledge, programs and advice that support the sustainable development of Canada's natural resources."
CSR_FR = "Résultats axés sur le service à la clientèle : les Canadiens, l'industrie et les gouvernements bénéficient de connaissances, de programmes et d'avis en matière de {u} qui appuient le développement durable des ressources naturelles du Canada."

REPORT_DUTY_EN = ["responsible for the direction of {x}", "accountable for the delivery of {x} activities", "leads the {x} team", "manages {x} and related advisory services"]
REPORT_DUTY_FR = ["responsable de la direction de {x}", "chargé de la prestation des activités de {x}", "dirige l'équipe {x}", "gère {x} et les services consultatifs connexes"]
