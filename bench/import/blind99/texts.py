"""Words for blind99: departments, positions, prose and people, mostly as francophone managers and
regional offices write them (EX dimensions, activités principales, résultats axés sur le service à
la clientèle). Everything here is invented except the departments' names."""

# (department in French, short form, department in English, branch/region lines in French, English)
DEPARTMENTS = [
    ("Emploi et Développement social Canada", "EDSC", "Employment and Social Development Canada",
     "Service Canada, Région du Québec", "Service Canada, Quebec Region"),
    ("Agence du revenu du Canada", "ARC", "Canada Revenue Agency",
     "Direction générale des cotisations, des prestations et des services", "Assessment, Benefit, and Service Branch"),
    ("Services publics et Approvisionnement Canada", "SPAC", "Public Services and Procurement Canada",
     "Région du Québec", "Quebec Region"),
    ("Pêches et Océans Canada", "MPO", "Fisheries and Oceans Canada",
     "Région du Québec", "Quebec Region"),
    ("Immigration, Réfugiés et Citoyenneté Canada", "IRCC", "Immigration, Refugees and Citizenship Canada",
     "Réseau national des bureaux, Région de l'Est", "Domestic Network, Eastern Region"),
    ("Agence de développement économique du Canada pour les régions du Québec", "DEC",
     "Canada Economic Development for Quebec Regions", "Opérations régionales", "Regional Operations"),
    ("Statistique Canada", "StatCan", "Statistics Canada",
     "Secteur des opérations régionales", "Regional Operations Field"),
    ("Environnement et Changement climatique Canada", "ECCC", "Environment and Climate Change Canada",
     "Direction générale de l'application de la loi, Région du Québec", "Enforcement Branch, Quebec Region"),
    ("Santé Canada", "SC", "Health Canada",
     "Direction générale des opérations réglementaires et de l'application de la loi",
     "Regulatory Operations and Enforcement Branch"),
    ("Services partagés Canada", "SPC", "Shared Services Canada",
     "Direction générale des services d'infrastructure", "Infrastructure Services Branch"),
    ("Agence des services frontaliers du Canada", "ASFC", "Canada Border Services Agency",
     "Région du Québec", "Quebec Region"),
    ("Parcs Canada", "PC", "Parks Canada",
     "Unité de gestion de la Mauricie et de l'Ouest du Québec", "La Mauricie and Western Quebec Field Unit"),
    ("Anciens Combattants Canada", "ACC", "Veterans Affairs Canada",
     "Prestation des services, Région de l'Est", "Service Delivery, Eastern Region"),
    ("Transports Canada", "TC", "Transport Canada",
     "Région du Québec", "Quebec Region"),
    ("Ressources naturelles Canada", "RNCan", "Natural Resources Canada",
     "Centre de foresterie des Laurentides", "Laurentian Forestry Centre"),
    ("Bibliothèque et Archives Canada", "BAC", "Library and Archives Canada",
     "Secteur des opérations", "Operations Sector"),
    ("Patrimoine canadien", "PCH", "Canadian Heritage",
     "Région du Québec", "Quebec Region"),
    ("Service correctionnel Canada", "SCC", "Correctional Service Canada",
     "Région du Québec", "Quebec Region"),
    ("Agriculture et Agroalimentaire Canada", "AAC", "Agriculture and Agri-Food Canada",
     "Direction générale des sciences et de la technologie", "Science and Technology Branch"),
    ("Garde côtière canadienne", "GCC", "Canadian Coast Guard",
     "Région du Centre", "Central Region"),
    ("Commission de la fonction publique du Canada", "CFP", "Public Service Commission of Canada",
     "Services de dotation et d'évaluation, Région de l'Est", "Staffing and Assessment Services, Eastern Region"),
    ("Services aux Autochtones Canada", "SAC", "Indigenous Services Canada",
     "Région du Québec", "Quebec Region"),
]

# (city as written with accents, as typed without, province fr, province en)
LOCATIONS = [
    ("Montréal", "Montreal", "Québec", "Quebec"),
    ("Québec", "Quebec", "Québec", "Quebec"),
    ("Gatineau", "Gatineau", "Québec", "Quebec"),
    ("Sherbrooke", "Sherbrooke", "Québec", "Quebec"),
    ("Trois-Rivières", "Trois-Rivieres", "Québec", "Quebec"),
    ("Rimouski", "Rimouski", "Québec", "Quebec"),
    ("Shawinigan", "Shawinigan", "Québec", "Quebec"),
    ("Jonquière", "Jonquiere", "Québec", "Quebec"),
    ("Laval", "Laval", "Québec", "Quebec"),
    ("Longueuil", "Longueuil", "Québec", "Quebec"),
    ("Moncton", "Moncton", "Nouveau-Brunswick", "New Brunswick"),
    ("Ottawa", "Ottawa", "Ontario", "Ontario"),
    ("Saguenay", "Saguenay", "Québec", "Quebec"),
    ("Lévis", "Levis", "Québec", "Quebec"),
]

# position titles: (masculine, feminine, English); the level they usually carry
TITLES = [
    ("Directeur général, Opérations régionales", "Directrice générale, Opérations régionales",
     "Director General, Regional Operations", "EX-03"),
    ("Directeur, Services aux citoyens", "Directrice, Services aux citoyens",
     "Director, Citizen Services", "EX-01"),
    ("Directeur exécutif, Centre fiscal", "Directrice exécutive, Centre fiscal",
     "Executive Director, Tax Centre", "EX-02"),
    ("Directeur régional, Programmes d'emploi", "Directrice régionale, Programmes d'emploi",
     "Regional Director, Employment Programs", "EX-01"),
    ("Directeur, Gestion des biens immobiliers", "Directrice, Gestion des biens immobiliers",
     "Director, Real Property Management", "EX-01"),
    ("Directeur général régional", "Directrice générale régionale",
     "Regional Director General", "EX-03"),
    ("Directeur, Intégrité des programmes", "Directrice, Intégrité des programmes",
     "Director, Program Integrity", "EX-01"),
    ("Gestionnaire principal, Opérations de traitement", "Gestionnaire principale, Opérations de traitement",
     "Senior Manager, Processing Operations", "EX-01"),
    ("Directeur, Sciences et écosystèmes aquatiques", "Directrice, Sciences et écosystèmes aquatiques",
     "Director, Aquatic Ecosystems Science", "EX-01"),
    ("Directeur, Développement économique régional", "Directrice, Développement économique régional",
     "Director, Regional Economic Development", "EX-01"),
    ("Directeur, Collecte régionale", "Directrice, Collecte régionale",
     "Director, Regional Collection", "EX-01"),
    ("Directeur régional, Application de la loi", "Directrice régionale, Application de la loi",
     "Regional Director, Enforcement", "EX-01"),
    ("Directeur exécutif, Opérations réglementaires", "Directrice exécutive, Opérations réglementaires",
     "Executive Director, Regulatory Operations", "EX-02"),
    ("Directeur, Centres de données", "Directrice, Centres de données",
     "Director, Data Centres", "EX-01"),
    ("Directeur, Opérations frontalières", "Directrice, Opérations frontalières",
     "Director, Border Operations", "EX-01"),
    ("Directeur, Unité de gestion", "Directrice, Unité de gestion",
     "Field Unit Superintendent", "EX-01"),
    ("Directeur, Prestation des services", "Directrice, Prestation des services",
     "Director, Service Delivery", "EX-01"),
    ("Directeur régional, Sécurité maritime", "Directrice régionale, Sécurité maritime",
     "Regional Director, Marine Safety", "EX-01"),
    ("Directeur général, Centre de foresterie", "Directrice générale, Centre de foresterie",
     "Director General, Forestry Centre", "EX-02"),
    ("Directeur, Services de préservation", "Directrice, Services de préservation",
     "Director, Preservation Services", "EX-01"),
    ("Directeur exécutif, Programmes et services", "Directrice exécutive, Programmes et services",
     "Executive Director, Programs and Services", "EX-02"),
    ("Sous-commissaire adjoint, Opérations", "Sous-commissaire adjointe, Opérations",
     "Assistant Deputy Commissioner, Operations", "EX-03"),
    ("Directeur, Centre de recherche et de développement", "Directrice, Centre de recherche et de développement",
     "Director, Research and Development Centre", "EX-01"),
    ("Directeur, Services techniques maritimes", "Directrice, Services techniques maritimes",
     "Director, Maritime Technical Services", "EX-01"),
    ("Directeur, Dotation et évaluation", "Directrice, Dotation et évaluation",
     "Director, Staffing and Assessment", "EX-01"),
    ("Directeur associé, Programmes communautaires", "Directrice associée, Programmes communautaires",
     "Associate Director, Community Programs", "EX-01"),
    ("Directeur, Traitement des demandes", "Directrice, Traitement des demandes",
     "Director, Case Processing", "EX-01"),
    ("Directeur, Centre d'appels", "Directrice, Centre d'appels",
     "Director, Call Centre", "EX-01"),
    ("Gestionnaire principal, Finances et administration", "Gestionnaire principale, Finances et administration",
     "Senior Manager, Finance and Administration", "EX-01"),
    ("Directeur, Recouvrement des recettes", "Directrice, Recouvrement des recettes",
     "Director, Revenue Collections", "EX-01"),
]

# supervisor titles (fr, abbreviated fr, en)
SUPERVISORS = {
    "EX-05": [("Sous-ministre adjoint principal", "SMA principal", "Senior Assistant Deputy Minister")],
    "EX-04": [("Sous-ministre adjoint, Opérations", "SMA, Opérations", "Assistant Deputy Minister, Operations"),
              ("Sous-ministre adjointe, Région du Québec", "SMA, Région du Québec", "Assistant Deputy Minister, Quebec Region"),
              ("Vice-président, Programmes", "VP, Programmes", "Vice-President, Programs")],
    "EX-03": [("Directeur général, Opérations régionales", "DG, Opérations régionales", "Director General, Regional Operations"),
              ("Directrice générale régionale", "DG régionale", "Regional Director General"),
              ("Directeur général, Services aux clients", "DG, Services aux clients", "Director General, Client Services"),
              ("Directrice générale, Programmes", "DG, Programmes", "Director General, Programs")],
    "EX-02": [("Directeur exécutif, Opérations", "DE, Opérations", "Executive Director, Operations"),
              ("Directrice exécutive, Services régionaux", "DE, Services régionaux", "Executive Director, Regional Services")],
}

# direct reports: (masculine/neutral fr title, en title, classifications to draw from)
REPORTS = [
    ("Directeur, Services aux clients", "Director, Client Services", ["EX-01"]),
    ("Directeur, Opérations", "Director, Operations", ["EX-01"]),
    ("Directrice, Planification et rapports", "Director, Planning and Reporting", ["EX-01"]),
    ("Gestionnaire, Finances", "Manager, Finance", ["FI-03", "FI-04"]),
    ("Gestionnaire, Ressources humaines", "Manager, Human Resources", ["AS-07", "PE-05"]),
    ("Gestionnaire, Centre de services", "Manager, Service Centre", ["PM-06", "PM-05"]),
    ("Chef, Soutien aux opérations", "Chief, Operations Support", ["AS-06", "PM-06"]),
    ("Gestionnaire, Programmes", "Manager, Programs", ["PM-06", "EC-07"]),
    ("Gestionnaire, Analyse et politiques", "Manager, Policy and Analysis", ["EC-07", "EC-06"]),
    ("Gestionnaire, Intégrité", "Manager, Integrity", ["PM-06"]),
    ("Chef d'équipe, Enquêtes", "Team Leader, Investigations", ["PM-05", "PM-06"]),
    ("Gestionnaire, Services techniques", "Manager, Technical Services", ["EG-07", "EN-ENG-05"]),
    ("Gestionnaire, Systèmes informatiques", "Manager, Computer Systems", ["CS-04", "IT-04"]),
    ("Chef, Recherche scientifique", "Head, Scientific Research", ["RES-04", "BI-05"]),
    ("Gestionnaire, Communications", "Manager, Communications", ["IS-05"]),
    ("Conseillère principale", "Senior Advisor", ["EC-06", "PM-06"]),
    ("Adjointe administrative", "Executive Assistant", ["AS-02", "CR-05"]),
    ("Gestionnaire, Installations", "Manager, Facilities", ["AS-06", "EG-06"]),
    ("Directeur adjoint, Traitement", "Assistant Director, Processing", ["PM-06", "EX-01"]),
    ("Gestionnaire, Recouvrement", "Manager, Collections", ["PM-06", "AU-04"]),
]

FIRST_F = ["Marie-Ève", "Geneviève", "Nathalie", "Isabelle", "Josée", "Chantal", "Mélanie", "Sophie", "Julie",
           "Annie", "Caroline", "Line", "Hélène", "Karine", "Valérie", "Manon", "Sylvie", "Stéphanie"]
FIRST_M = ["Jean-François", "Martin", "Stéphane", "Sylvain", "Éric", "Patrick", "Luc", "François", "Mathieu",
           "Benoît", "Pierre-Luc", "Denis", "Réjean", "Yannick", "Alain", "Sébastien", "Guy", "Daniel"]
LAST = ["Tremblay", "Gagnon", "Bouchard", "Côté", "Pelletier", "Lévesque", "Bélanger", "Desrosiers", "Ouellet",
        "Gauthier", "Fortin", "Bergeron", "Poirier", "Lachance", "Thibodeau", "St-Pierre", "Dufresne", "Boivin",
        "Vaillancourt", "Paquette", "Beaulieu", "Girard", "Lapointe", "Simard", "Caron", "Leblanc", "Morin",
        "Turcotte", "Hébert", "Nadeau", "Larouche", "Marcoux", "Archambault", "Proulx", "Drouin", "Lemieux"]

# prose, French: general accountability, nature and scope paragraphs, activities, client results
RESP_FR = [
    "Le titulaire est responsable de la planification, de l'orientation et de la gestion de la prestation des "
    "programmes et services du Ministère dans la région, en conformité avec les priorités nationales et les "
    "normes de service établies.",
    "Assure le leadership stratégique et la gestion des opérations de {unit}, y compris la prestation de services "
    "directs aux Canadiens, la gestion des ressources humaines et financières et la mesure du rendement.",
    "Le ou la titulaire dirige la conception, la mise en oeuvre et l'évaluation des programmes de {unit} et "
    "fournit des conseils stratégiques à la haute direction sur les enjeux régionaux et nationaux.",
    "Responsable de la gestion intégrée des activités de {unit} et de la coordination avec les partenaires "
    "fédéraux, provinciaux et municipaux afin d'assurer une prestation de services efficace et efficiente.",
]
NATURE_FR = [
    "La région du Québec dessert une population de plus de huit millions de personnes réparties sur un vaste "
    "territoire, dans un contexte linguistique et culturel distinct. Le titulaire doit concilier les priorités "
    "nationales avec les réalités régionales et les attentes des partenaires provinciaux.",
    "Le titulaire évolue dans un environnement complexe marqué par la modernisation des services, la "
    "transformation numérique et des pressions constantes sur les volumes de travail. Il doit gérer le changement "
    "tout en maintenant les normes de service et la qualité des décisions.",
    "Les défis principaux comprennent la gestion d'un effectif réparti dans plusieurs points de service, le "
    "recrutement dans un marché du travail concurrentiel et le maintien de relations de confiance avec les "
    "intervenants régionaux, les organismes communautaires et les autres ministères fédéraux.",
    "Le poste exige une connaissance approfondie des lois, règlements et politiques qui encadrent les programmes, "
    "ainsi qu'une capacité à anticiper les enjeux émergents et à proposer des solutions novatrices à la haute "
    "direction.",
    "Le titulaire représente le Ministère auprès des instances régionales et participe aux comités de gestion "
    "nationaux. Il doit faire preuve de jugement dans un contexte de visibilité publique et médiatique élevée.",
]
ACTIVITIES_FR = [
    "Dirige l'élaboration et la mise en oeuvre du plan d'affaires régional et en assure le suivi.",
    "Gère les ressources humaines, financières et matérielles de la direction conformément aux politiques du "
    "Conseil du Trésor.",
    "Fournit des conseils stratégiques au SMA et au comité de direction sur les enjeux opérationnels.",
    "Établit et maintient des partenariats avec les gouvernements provinciaux, les municipalités et les "
    "organismes communautaires.",
    "Assure la qualité, l'intégrité et la conformité des décisions rendues dans le cadre des programmes.",
    "Dirige les initiatives de modernisation et de transformation des services dans la région.",
    "Représente le Ministère auprès des intervenants et lors de consultations publiques.",
    "Veille à l'application des normes de service et à la mesure du rendement.",
    "Favorise un milieu de travail sain, respectueux, inclusif et bilingue.",
    "Gère les situations de crise et les enjeux sensibles touchant la région.",
]
RESULTS_FR = [
    "Des services de qualité, accessibles et offerts dans la langue officielle de choix des clients.",
    "Des programmes régionaux efficaces qui répondent aux besoins des citoyens et des collectivités.",
    "Une gestion rigoureuse des ressources qui appuie les priorités du Ministère.",
    "Des conseils éclairés qui permettent à la haute direction de prendre des décisions en temps opportun.",
]

RESP_EN = [
    "The incumbent is accountable for the planning, direction and management of the delivery of departmental "
    "programs and services in the region, consistent with national priorities and established service standards.",
    "Provides strategic leadership and management of the operations of {unit}, including the direct delivery of "
    "services to Canadians, the management of human and financial resources and performance measurement.",
    "Leads the design, implementation and evaluation of {unit} programs and provides strategic advice to senior "
    "management on regional and national issues.",
]
NATURE_EN = [
    "The Quebec Region serves a population of more than eight million people over a vast territory, in a "
    "distinct linguistic and cultural context. The incumbent must reconcile national priorities with regional "
    "realities and the expectations of provincial partners.",
    "The incumbent works in a complex environment shaped by service modernization, digital transformation and "
    "constant workload pressures, and must manage change while maintaining service standards and decision quality.",
    "Key challenges include managing a workforce spread over several points of service, recruiting in a "
    "competitive labour market and maintaining trust with regional stakeholders and other federal departments.",
]
ACTIVITIES_EN = [
    "Directs the development and implementation of the regional business plan and monitors its results.",
    "Manages the human, financial and material resources of the directorate in accordance with Treasury Board policies.",
    "Provides strategic advice to the ADM and the executive committee on operational issues.",
    "Establishes and maintains partnerships with provincial governments, municipalities and community organizations.",
    "Ensures the quality, integrity and compliance of program decisions.",
    "Leads service modernization and transformation initiatives in the region.",
    "Fosters a healthy, respectful, inclusive and bilingual workplace.",
]
RESULTS_EN = [
    "Quality services, accessible and offered in the client's official language of choice.",
    "Effective regional programs that meet the needs of citizens and communities.",
    "Sound stewardship of resources in support of departmental priorities.",
]
