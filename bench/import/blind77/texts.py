"""Departments, positions, prose and label wordings for the blind77 corpus (see make_blind.py).

Everything here is invented for the corpus except the names of the departments and agencies."""

# (English name, French name, short English, short French, [(city_en, prov_en, city_fr, prov_fr)])
DEPARTMENTS = [
    ("Employment and Social Development Canada", "Emploi et Développement social Canada", "ESDC", "EDSC",
     [("Gatineau", "Quebec", "Gatineau", "Québec"), ("Montreal", "Quebec", "Montréal", "Québec")]),
    ("Canada Revenue Agency", "Agence du revenu du Canada", "CRA", "ARC",
     [("Ottawa", "Ontario", "Ottawa", "Ontario"), ("Shawinigan", "Quebec", "Shawinigan", "Québec")]),
    ("Fisheries and Oceans Canada", "Pêches et Océans Canada", "DFO", "MPO",
     [("Moncton", "New Brunswick", "Moncton", "Nouveau-Brunswick"), ("Halifax", "Nova Scotia", "Halifax", "Nouvelle-Écosse")]),
    ("Immigration, Refugees and Citizenship Canada", "Immigration, Réfugiés et Citoyenneté Canada", "IRCC", "IRCC",
     [("Ottawa", "Ontario", "Ottawa", "Ontario"), ("Montreal", "Quebec", "Montréal", "Québec")]),
    ("Public Services and Procurement Canada", "Services publics et Approvisionnement Canada", "PSPC", "SPAC",
     [("Gatineau", "Quebec", "Gatineau", "Québec"), ("Miramichi", "New Brunswick", "Miramichi", "Nouveau-Brunswick")]),
    ("Health Canada", "Santé Canada", "HC", "SC",
     [("Ottawa", "Ontario", "Ottawa", "Ontario")]),
    ("Natural Resources Canada", "Ressources naturelles Canada", "NRCan", "RNCan",
     [("Ottawa", "Ontario", "Ottawa", "Ontario"), ("Québec", "Quebec", "Québec", "Québec")]),
    ("Statistics Canada", "Statistique Canada", "StatCan", "StatCan",
     [("Ottawa", "Ontario", "Ottawa", "Ontario")]),
    ("Transport Canada", "Transports Canada", "TC", "TC",
     [("Ottawa", "Ontario", "Ottawa", "Ontario"), ("Vancouver", "British Columbia", "Vancouver", "Colombie-Britannique")]),
    ("Environment and Climate Change Canada", "Environnement et Changement climatique Canada", "ECCC", "ECCC",
     [("Gatineau", "Quebec", "Gatineau", "Québec"), ("Toronto", "Ontario", "Toronto", "Ontario")]),
    ("Indigenous Services Canada", "Services aux Autochtones Canada", "ISC", "SAC",
     [("Gatineau", "Quebec", "Gatineau", "Québec"), ("Winnipeg", "Manitoba", "Winnipeg", "Manitoba")]),
    ("Canada Border Services Agency", "Agence des services frontaliers du Canada", "CBSA", "ASFC",
     [("Ottawa", "Ontario", "Ottawa", "Ontario"), ("Windsor", "Ontario", "Windsor", "Ontario")]),
    ("Veterans Affairs Canada", "Anciens Combattants Canada", "VAC", "ACC",
     [("Charlottetown", "Prince Edward Island", "Charlottetown", "Île-du-Prince-Édouard")]),
    ("Public Health Agency of Canada", "Agence de la santé publique du Canada", "PHAC", "ASPC",
     [("Winnipeg", "Manitoba", "Winnipeg", "Manitoba"), ("Ottawa", "Ontario", "Ottawa", "Ontario")]),
    ("Agriculture and Agri-Food Canada", "Agriculture et Agroalimentaire Canada", "AAFC", "AAC",
     [("Ottawa", "Ontario", "Ottawa", "Ontario"), ("Regina", "Saskatchewan", "Regina", "Saskatchewan")]),
    ("Shared Services Canada", "Services partagés Canada", "SSC", "SPC",
     [("Ottawa", "Ontario", "Ottawa", "Ontario")]),
    ("Library and Archives Canada", "Bibliothèque et Archives Canada", "LAC", "BAC",
     [("Gatineau", "Quebec", "Gatineau", "Québec")]),
    ("Canadian Food Inspection Agency", "Agence canadienne d'inspection des aliments", "CFIA", "ACIA",
     [("Ottawa", "Ontario", "Ottawa", "Ontario"), ("Saint-Hyacinthe", "Quebec", "Saint-Hyacinthe", "Québec")]),
    ("Correctional Service Canada", "Service correctionnel du Canada", "CSC", "SCC",
     [("Kingston", "Ontario", "Kingston", "Ontario"), ("Laval", "Quebec", "Laval", "Québec")]),
    ("Global Affairs Canada", "Affaires mondiales Canada", "GAC", "AMC",
     [("Ottawa", "Ontario", "Ottawa", "Ontario")]),
    ("Innovation, Science and Economic Development Canada", "Innovation, Sciences et Développement économique Canada",
     "ISED", "ISDE", [("Ottawa", "Ontario", "Ottawa", "Ontario")]),
    ("Parks Canada", "Parcs Canada", "PC", "PC",
     [("Gatineau", "Quebec", "Gatineau", "Québec"), ("Banff", "Alberta", "Banff", "Alberta")]),
    ("Canada Economic Development for Quebec Regions", "Développement économique Canada pour les régions du Québec",
     "CED", "DEC", [("Montreal", "Quebec", "Montréal", "Québec")]),
    ("Atlantic Canada Opportunities Agency", "Agence de promotion économique du Canada atlantique", "ACOA", "APECA",
     [("Moncton", "New Brunswick", "Moncton", "Nouveau-Brunswick")]),
    ("Canadian Heritage", "Patrimoine canadien", "PCH", "PCH",
     [("Gatineau", "Quebec", "Gatineau", "Québec")]),
]

# (level, English title, French title, English theme, French theme, department index)
POSITIONS = [
    (1, "Director, Client Service Operations", "Directeur, Opérations du service à la clientèle",
     "the planning and delivery of in-person and telephone client service operations",
     "la planification et la prestation des opérations de service en personne et par téléphone", 0),
    (3, "Director General, Benefits Processing", "Directeur général, Traitement des prestations",
     "the national processing of Employment Insurance and pension benefit claims",
     "le traitement national des demandes de prestations d'assurance-emploi et de pension", 0),
    (2, "Executive Director, Digital Channels", "Directrice exécutive, Canaux numériques",
     "the design and evolution of the department's digital service channels",
     "la conception et l'évolution des canaux de service numériques du ministère", 0),
    (1, "Director, Collections Compliance", "Directeur, Conformité des recouvrements",
     "the recovery of outstanding tax debts and the compliance programs that support it",
     "le recouvrement des dettes fiscales et les programmes de conformité qui s'y rattachent", 1),
    (1, "Director, Fisheries Resource Management", "Directrice, Gestion des ressources halieutiques",
     "the management of commercial and Indigenous fisheries in the region",
     "la gestion des pêches commerciales et autochtones dans la région", 2),
    (3, "Director General, Asylum Programs", "Directeur général, Programmes d'asile",
     "the policy, program design and operational direction of the in-Canada asylum system",
     "la politique, la conception des programmes et l'orientation opérationnelle du système d'asile", 3),
    (1, "Director, Real Property Portfolio Management", "Directeur, Gestion du portefeuille immobilier",
     "the stewardship of the federal office accommodation portfolio",
     "la gérance du portefeuille de locaux à bureaux fédéraux", 4),
    (1, "Director, Pharmaceutical Drugs Evaluation", "Directrice, Évaluation des médicaments pharmaceutiques",
     "the scientific review of submissions for new pharmaceutical drugs",
     "l'examen scientifique des présentations de nouveaux médicaments pharmaceutiques", 5),
    (1, "Director, Geoscience Programs", "Directeur, Programmes de géoscience",
     "the geological mapping and geoscience knowledge programs",
     "les programmes de cartographie géologique et de connaissances géoscientifiques", 6),
    (2, "Executive Director, Census Operations", "Directeur exécutif, Opérations du recensement",
     "the collection operations of the Census of Population",
     "les opérations de collecte du Recensement de la population", 7),
    (3, "Director General, Rail Safety", "Directrice générale, Sécurité ferroviaire",
     "the national rail safety oversight and enforcement program",
     "le programme national de surveillance et d'application de la loi en matière de sécurité ferroviaire", 8),
    (1, "Director, Air Quality Research", "Directeur, Recherche sur la qualité de l'air",
     "the research and monitoring of air pollutants and their effects",
     "la recherche et la surveillance des polluants atmosphériques et de leurs effets", 9),
    (1, "Director, Primary Health Care Programs", "Directrice, Programmes de soins de santé primaires",
     "the delivery of primary health care in First Nations communities",
     "la prestation des soins de santé primaires dans les communautés des Premières Nations", 10),
    (3, "Director General, Traveller Programs", "Directeur général, Programmes des voyageurs",
     "the design of the programs that govern the processing of travellers at the border",
     "la conception des programmes qui encadrent le traitement des voyageurs à la frontière", 11),
    (1, "Director, Disability Benefits Policy", "Directrice, Politique des prestations d'invalidité",
     "the policy framework for disability benefits to Veterans",
     "le cadre stratégique des prestations d'invalidité offertes aux vétérans", 12),
    (1, "Director, Emergency Preparedness and Response", "Directeur, Préparation et intervention en cas d'urgence",
     "the Agency's readiness to respond to public health emergencies",
     "l'état de préparation de l'Agence aux urgences de santé publique", 13),
    (1, "Director, Market Access Secretariat", "Directrice, Secrétariat de l'accès aux marchés",
     "the resolution of technical barriers to the export of agri-food products",
     "la résolution des obstacles techniques à l'exportation des produits agroalimentaires", 14),
    (2, "Executive Director, Network Operations", "Directeur exécutif, Opérations des réseaux",
     "the operation of the Government of Canada's wide area network",
     "l'exploitation du réseau étendu du gouvernement du Canada", 15),
    (1, "Director, Government Records Initiatives", "Directrice, Initiatives sur les documents gouvernementaux",
     "the disposition and transfer of government records of archival value",
     "l'aliénation et le transfert des documents gouvernementaux à valeur archivistique", 16),
    (1, "Director, Animal Health Operations", "Directeur, Opérations de santé des animaux",
     "the inspection and disease control programs for animal health",
     "les programmes d'inspection et de lutte contre les maladies animales", 17),
    (1, "Director, Reintegration Programs", "Directeur, Programmes de réinsertion sociale",
     "the correctional programs that prepare offenders for safe reintegration",
     "les programmes correctionnels qui préparent les délinquants à une réinsertion sécuritaire", 18),
    (3, "Director General, Consular Operations", "Directrice générale, Opérations consulaires",
     "the delivery of consular services to Canadians abroad",
     "la prestation des services consulaires aux Canadiens à l'étranger", 19),
    (1, "Director, Spectrum Licensing Operations", "Directeur, Opérations de délivrance de licences du spectre",
     "the licensing and authorization of radio spectrum",
     "la délivrance des licences et l'autorisation du spectre radioélectrique", 20),
    (1, "Director, Visitor Experience", "Directrice, Expérience du visiteur",
     "the programs that welcome and inform visitors in national parks and historic sites",
     "les programmes d'accueil et d'information des visiteurs des parcs nationaux et lieux historiques", 21),
    (1, "Director, Regional Business Development", "Directeur, Développement des affaires régional",
     "the financial assistance to small and medium-sized enterprises in the regions",
     "l'aide financière aux petites et moyennes entreprises en région", 22),
    (1, "Director, Community Economic Development", "Directrice, Développement économique des collectivités",
     "the community development and diversification programs",
     "les programmes de développement et de diversification des collectivités", 23),
    (1, "Director, Arts Policy", "Directeur, Politique des arts",
     "the policy advice and program renewal in support of the arts sector",
     "les conseils stratégiques et le renouvellement des programmes à l'appui du secteur des arts", 24),
    (2, "Executive Director, Pension Centre", "Directrice exécutive, Centre des pensions",
     "the administration of the public service pension plan",
     "l'administration du régime de pension de la fonction publique", 4),
    (1, "Director, Financial Planning and Resource Management", "Directeur, Planification financière et gestion des ressources",
     "the financial planning, budgeting and resource allocation of the branch",
     "la planification financière, la budgétisation et l'affectation des ressources de la direction générale", 8),
    (1, "Director, Internal Audit", "Directrice, Vérification interne",
     "the risk-based internal audit plan and its engagements",
     "le plan de vérification interne axé sur les risques et ses missions", 12),
    (3, "Director General, Workforce Planning", "Directeur général, Planification de l'effectif",
     "the strategic workforce planning and executive resourcing of the department",
     "la planification stratégique de l'effectif et le ressourcement des cadres du ministère", 3),
    (1, "Director, Labour Program Operations", "Directrice, Opérations du Programme du travail",
     "the regional delivery of occupational health and safety and labour standards programs",
     "la prestation régionale des programmes de santé et sécurité au travail et de normes du travail", 0),
    (1, "Director, Trade Policy Analysis", "Directeur, Analyse de la politique commerciale",
     "the economic analysis that supports Canada's trade negotiations",
     "l'analyse économique à l'appui des négociations commerciales du Canada", 19),
    (2, "Executive Director, Indigenous Infrastructure", "Directeur exécutif, Infrastructures autochtones",
     "the capital program for water, housing and school infrastructure",
     "le programme d'immobilisations pour les infrastructures d'eau, de logement et d'écoles", 10),
    (1, "Director, Marine Safety Inspections", "Directrice, Inspections de sécurité maritime",
     "the inspection and certification of domestic vessels",
     "l'inspection et la certification des bâtiments canadiens", 8),
    (1, "Director, Scientific Data Services", "Directeur, Services de données scientifiques",
     "the stewardship and dissemination of scientific data holdings",
     "la gérance et la diffusion des fonds de données scientifiques", 9),
    (1, "Director, Settlement Programs", "Directrice, Programmes d'établissement",
     "the settlement and integration services funded for newcomers",
     "les services d'établissement et d'intégration financés pour les nouveaux arrivants", 3),
    (3, "Director General, Digital Preservation", "Directeur général, Préservation numérique",
     "the preservation of the documentary heritage in digital form",
     "la préservation du patrimoine documentaire sous forme numérique", 16),
    (1, "Director, Food Safety Science", "Directrice, Science de la salubrité des aliments",
     "the laboratory science that supports food safety inspection",
     "la science de laboratoire qui appuie l'inspection de la salubrité des aliments", 17),
    (1, "Director, Tax Rulings", "Directeur, Décisions en impôt",
     "the advance income tax rulings and technical interpretations",
     "les décisions anticipées en impôt sur le revenu et les interprétations techniques", 1),
    (2, "Executive Director, Statistical Infrastructure", "Directrice exécutive, Infrastructure statistique",
     "the statistical registers, classifications and standards",
     "les registres, classifications et normes statistiques", 7),
    (1, "Director, Clean Technology Programs", "Directeur, Programmes de technologies propres",
     "the funding programs for clean technology demonstration",
     "les programmes de financement de la démonstration des technologies propres", 6),
    (1, "Director, Regional Operations, Atlantic", "Directrice, Opérations régionales, Atlantique",
     "the regional operations of the Agency in the Atlantic provinces",
     "les opérations régionales de l'Agence dans les provinces de l'Atlantique", 23),
]

SUPERVISORS = {  # by level of the position: (English, French, level)
    1: [("Director General, {u}", "Directeur général, {uf}", 3), ("Executive Director, {u}", "Directrice exécutive, {uf}", 2)],
    2: [("Director General, {u}", "Directrice générale, {uf}", 3), ("Assistant Deputy Minister, {u}", "Sous-ministre adjoint, {uf}", 4)],
    3: [("Assistant Deputy Minister, {u}", "Sous-ministre adjointe, {uf}", 4), ("Senior Assistant Deputy Minister, {u}", "Sous-ministre adjoint principal, {uf}", 5)],
}
UNITS = [("Service Delivery", "Prestation des services"), ("Operations", "Opérations"), ("Programs", "Programmes"),
         ("Policy and Strategic Direction", "Politique et orientation stratégique"), ("Corporate Services", "Services ministériels"),
         ("Science and Technology", "Sciences et technologie"), ("Regional Operations", "Opérations régionales"),
         ("Strategic Policy", "Politique stratégique")]

# direct reports below an EX-01/EX-02: (English, French, classification)
REPORTS_LOW = [
    ("Manager, Operations Planning", "Gestionnaire, Planification des opérations", "PM-06"),
    ("Manager, Client Services", "Gestionnaire, Services aux clients", "PM-06"),
    ("Senior Policy Advisor", "Conseiller principal en politiques", "EC-07"),
    ("Manager, Program Analysis", "Gestionnaire, Analyse des programmes", "EC-07"),
    ("Manager, Business Systems", "Gestionnaire, Systèmes opérationnels", "IT-04"),
    ("Manager, Financial Services", "Gestionnaire, Services financiers", "FI-03"),
    ("Chief, Scientific Review", "Chef, Examen scientifique", "BI-04"),
    ("Manager, Quality Assurance", "Gestionnaire, Assurance de la qualité", "AS-07"),
    ("Team Leader, Data Analytics", "Chef d'équipe, Analytique des données", "EC-06"),
    ("Manager, Stakeholder Relations", "Gestionnaire, Relations avec les intervenants", "PM-06"),
    ("Chief, Engineering Services", "Chef, Services d'ingénierie", "EN-ENG-05"),
    ("Manager, Inspection Programs", "Gestionnaire, Programmes d'inspection", "EG-07"),
    ("Manager, Grants and Contributions", "Gestionnaire, Subventions et contributions", "PM-06"),
    ("Senior Auditor", "Vérificateur principal", "AU-04"),
    ("Manager, Research Laboratories", "Gestionnaire, Laboratoires de recherche", "SE-RES-04"),
    ("Manager, Network Services", "Gestionnaire, Services de réseau", "IT-05"),
    ("Administrative Assistant", "Adjointe administrative", "AS-02"),
    ("Manager, Training and Standards", "Gestionnaire, Formation et normes", "PM-06"),
]
# direct reports below an EX-03: directors
REPORTS_HIGH = [
    ("Director, Policy and Planning", "Directeur, Politiques et planification", "EX-01"),
    ("Director, Operations", "Directrice, Opérations", "EX-01"),
    ("Director, Program Integrity", "Directeur, Intégrité des programmes", "EX-01"),
    ("Director, Systems and Innovation", "Directrice, Systèmes et innovation", "EX-01"),
    ("Director, Partnerships", "Directeur, Partenariats", "EX-01"),
    ("Executive Director, Regional Delivery", "Directeur exécutif, Prestation régionale", "EX-02"),
    ("Director, Business Management", "Directrice, Gestion des activités", "EX-01"),
]

FIRST = ["Marie-Josée", "Daniel", "Priya", "Gordon", "Nathalie", "Kwame", "Sylvie", "Trevor", "Hélène", "Amir",
         "Louise", "Brendan", "Chantal", "Rajinder", "Geneviève", "Douglas", "Mei-Ling", "François", "Heather",
         "Olumide", "Isabelle", "Stéphane", "Carolyn", "Jean-Philippe", "Fatima", "Robert", "Annick", "Tanya"]
LAST = ["Thibodeau", "MacKinnon", "Ramaswamy", "Ouellette", "Kowalczyk", "Desrosiers", "Fairbairn", "Nakamura",
        "Bélanger", "Okonkwo", "Lapointe", "Sinclair", "Gagnon-Roy", "Dhaliwal", "Tremblay", "McAllister",
        "Bourque", "Achterberg", "Lévesque", "Whitehorse", "Paquette", "Gallant", "Haddad", "Cormier"]

GA_EN = [
    "The {title} is accountable for {theme}, ensuring that the programs and services of {dept} are delivered "
    "with efficiency, consistency and integrity, and that senior management receives timely, evidence-based advice "
    "on the issues, risks and opportunities of the portfolio.",
    "Under the direction of the {sup}, the incumbent provides leadership and strategic direction to {theme}, "
    "and to the design, implementation and evaluation of the related policies, frameworks and operational strategies.",
    "Accountable for providing leadership and strategic direction to {theme}; for the development of frameworks, "
    "standards and tools; and for the provision of authoritative advice to the {sup} and to departmental "
    "committees.",
]
GA_FR = [
    "Le ou la titulaire est responsable de {theme}, en veillant à ce que les programmes et services de {dept} "
    "soient offerts avec efficience, cohérence et intégrité, et à ce que la haute direction reçoive en temps "
    "opportun des conseils fondés sur des données probantes.",
    "Sous l'autorité du {sup}, le ou la titulaire assure le leadership et l'orientation stratégique de {theme}, "
    "ainsi que la conception, la mise en œuvre et l'évaluation des politiques, cadres et stratégies connexes.",
    "Responsable d'assurer le leadership et l'orientation stratégique de {theme}; de l'élaboration de cadres, "
    "de normes et d'outils; et de la prestation de conseils faisant autorité au {sup} et aux comités du ministère.",
]
NS_EN = [
    "{dept} operates in a complex, multi-jurisdictional environment in which federal, provincial and territorial "
    "governments, industry, labour and community organizations all have a stake in the results. The position "
    "must reconcile competing priorities of internal and external stakeholders to meet critical objectives and "
    "timelines that may not be shared by all partners.",
    "The incumbent leads a range of inter-dependent analytical, operational, consultative and partnership "
    "activities. Major challenges include the modernization of aging systems, the recruitment and retention of "
    "specialized staff, and the need to demonstrate results to central agencies while service volumes grow.",
    "The position exercises considerable judgement in the allocation of limited financial and human resources "
    "and in the resolution of sensitive files that attract the attention of Ministers, Parliamentarians and "
    "the media. Decisions have a direct impact on clients across the country.",
]
NS_FR = [
    "{dept} évolue dans un contexte complexe et multijuridictionnel où les gouvernements fédéral, provinciaux et "
    "territoriaux, l'industrie, les syndicats et les organismes communautaires ont tous un intérêt dans les "
    "résultats. Le ou la titulaire doit concilier les priorités divergentes des intervenants internes et externes.",
    "Le ou la titulaire dirige un ensemble d'activités interdépendantes d'analyse, d'opérations, de consultation "
    "et de partenariat. Les principaux défis comprennent la modernisation de systèmes vieillissants, le "
    "recrutement et le maintien en poste d'un personnel spécialisé et la démonstration des résultats aux "
    "organismes centraux.",
    "Le poste exige un jugement considérable dans l'affectation de ressources financières et humaines limitées "
    "et dans le règlement de dossiers délicats qui retiennent l'attention des ministres, des parlementaires et "
    "des médias.",
]
SA_EN = [
    "Provides leadership and oversight for the development, delivery and assessment of {theme}.",
    "Directs the development and implementation of national strategies, plans and performance measurement frameworks.",
    "Establishes and maintains effective relationships with central agencies, other government departments, "
    "provinces, territories and stakeholders to harmonize approaches and resolve issues.",
    "Provides strategic advice and briefings to senior management, and prepares Memoranda to Cabinet, "
    "Treasury Board submissions and reports to Parliament as required.",
    "As a member of the branch's senior management team, contributes to corporate planning, decision-making "
    "and the management culture of the organization.",
    "Manages the human, financial and material resources of the organization with prudence and probity, in "
    "accordance with the values and ethics of the public service.",
    "Leads the modernization of business processes and systems, and the management of change in the organization.",
    "Represents the department in interdepartmental, federal-provincial-territorial and international forums.",
]
SA_FR = [
    "Assure le leadership et la surveillance de l'élaboration, de la prestation et de l'évaluation de {theme}.",
    "Dirige l'élaboration et la mise en œuvre de stratégies nationales, de plans et de cadres de mesure du rendement.",
    "Établit et entretient des relations efficaces avec les organismes centraux, les autres ministères, les "
    "provinces, les territoires et les intervenants afin d'harmoniser les approches.",
    "Fournit des conseils stratégiques et des notes d'information à la haute direction et prépare des mémoires au "
    "Cabinet et des présentations au Conseil du Trésor au besoin.",
    "À titre de membre de l'équipe de la haute direction, contribue à la planification ministérielle, à la prise "
    "de décisions et à la culture de gestion de l'organisation.",
    "Gère les ressources humaines, financières et matérielles de l'organisation avec prudence et probité, "
    "conformément aux valeurs et à l'éthique de la fonction publique.",
    "Dirige la modernisation des processus opérationnels et des systèmes ainsi que la gestion du changement.",
    "Représente le ministère au sein de forums interministériels, fédéraux-provinciaux-territoriaux et internationaux.",
]
CSR_EN = "Client Service Results"
CSR_FR = "Résultats axés sur le service à la clientèle"
CSR_BODY_EN = "Leadership and strategic direction of {theme} for the benefit of Canadians, clients and partners of {dept}."
CSR_BODY_FR = "Leadership et orientation stratégique de {theme} au profit des Canadiens, des clients et des partenaires de {dept}."
CERT_EN = "The foregoing is an accurate and complete statement of the duties and responsibilities assigned to the position."
CERT_FR = "Les renseignements qui précèdent constituent un énoncé exact et complet des fonctions et responsabilités du poste."

LABELS_EN = {
    "title": ["Position Title", "Title of Position", "Job Title", "Official Title", "Title"],
    "classification": ["Classification", "Group and Level", "Group/Level", "Level", "Position Classification"],
    "job_code": ["Job Code", "Position Job Code", "Job Code No.", "Generic Job Code"],
    "position_number": ["Position Number", "Position No.", "Position #", "Pos. No."],
    "effective_date": ["Effective Date", "Date Effective", "Effective date of description", "Effective"],
    "sup_pn": ["Supervisor's Position No.", "Supervisor's Position Number", "Reports to (Position No.)"],
    "sup_title": ["Supervisor's Position Title", "Supervisor's Title", "Reports to"],
    "sup_cls": ["Supervisor's Classification", "Supervisor's Group and Level", "Supervisor's Level"],
    "location": ["Location", "Geographic Location", "Work Location"],
    "department": ["Department", "Organization", "Department/Agency"],
    "branch": ["Branch", "Sector", "Branch/Sector"],
}
LABELS_FR = {
    "title": ["Titre du poste", "Intitulé du poste", "Titre"],
    "classification": ["Classification", "Groupe et niveau", "Groupe/niveau", "Niveau"],
    "job_code": ["Code de l'emploi", "Code du poste", "No de code d'emploi"],
    "position_number": ["Numéro du poste", "No du poste", "N° de poste"],
    "effective_date": ["Date d'entrée en vigueur", "Date de prise d'effet", "En vigueur le"],
    "sup_pn": ["Numéro du poste du superviseur", "No de poste du superviseur", "N° du poste de la personne superviseure"],
    "sup_title": ["Titre du poste du superviseur", "Titre du superviseur", "Relève de"],
    "sup_cls": ["Classification du superviseur", "Groupe et niveau du superviseur"],
    "location": ["Lieu", "Lieu géographique", "Lieu de travail"],
    "department": ["Ministère", "Organisation", "Ministère ou organisme"],
    "branch": ["Direction générale", "Secteur"],
}
HEAD_EN = {"ga": ["General Accountability", "GENERAL ACCOUNTABILITY", "Overall Accountability"],
           "org": ["Organization Structure", "ORGANIZATIONAL STRUCTURE", "Organization"],
           "ns": ["Nature and Scope", "NATURE & SCOPE", "Nature and Scope of Work"],
           "dim": ["Dimensions", "DIMENSIONS", "Financial and Human Resources"],
           "sa": ["Specific Accountabilities", "SPECIFIC ACCOUNTABILITIES", "Key Activities"],
           "cert": ["Certification", "CERTIFICATION", "Signatures"],
           "reports": ["Direct Reports", "Positions reporting to the incumbent", "Reporting Relationships"]}
HEAD_FR = {"ga": ["Responsabilités générales", "RESPONSABILITÉS GÉNÉRALES", "Raison d'être du poste"],
           "org": ["Structure organisationnelle", "STRUCTURE ORGANISATIONNELLE", "Organisation"],
           "ns": ["Nature et étendue", "NATURE ET ÉTENDUE", "Contexte"],
           "dim": ["Dimensions", "DIMENSIONS", "Ressources financières et humaines"],
           "sa": ["Responsabilités spécifiques", "ACTIVITÉS PRINCIPALES", "Activités principales"],
           "cert": ["Certification", "ATTESTATION", "Signatures"],
           "reports": ["Subordonnés directs", "Postes relevant du titulaire", "Liens hiérarchiques"]}
DIM_EN = {"salary": ["Salary", "Salary Budget", "Salaries"], "om": ["O&M", "O&M Budget", "Operating and Maintenance"],
          "total": ["Total", "Total Budget", "Total Operating Budget"], "fte": ["FTEs", "FTE's", "Number of FTEs"]}
DIM_FR = {"salary": ["Salaires", "Budget salarial", "Traitements"], "om": ["F et E", "Fonctionnement et entretien", "Budget de F et E"],
          "total": ["Total", "Budget total", "Budget de fonctionnement total"], "fte": ["ETP", "Nombre d'ETP", "Effectif (ETP)"]}
