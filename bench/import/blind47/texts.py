"""Departments, positions, label wordings and prose for blind47 (a Quebec and New Brunswick
regional office's folder: mostly French). Every position, number and person is invented."""

# key: (French name, English name)
DEPTS = {
    "edsc": ("Emploi et Développement social Canada", "Employment and Social Development Canada"),
    "sc": ("Service Canada", "Service Canada"),
    "arc": ("Agence du revenu du Canada", "Canada Revenue Agency"),
    "apeca": ("Agence de promotion économique du Canada atlantique", "Atlantic Canada Opportunities Agency"),
    "dec": ("Développement économique Canada pour les régions du Québec",
            "Canada Economic Development for Quebec Regions"),
    "mpo": ("Pêches et Océans Canada", "Fisheries and Oceans Canada"),
    "gcc": ("Garde côtière canadienne", "Canadian Coast Guard"),
    "spac": ("Services publics et Approvisionnement Canada", "Public Services and Procurement Canada"),
    "asfc": ("Agence des services frontaliers du Canada", "Canada Border Services Agency"),
    "ircc": ("Immigration, Réfugiés et Citoyenneté Canada", "Immigration, Refugees and Citizenship Canada"),
    "scc": ("Service correctionnel du Canada", "Correctional Service Canada"),
    "sante": ("Santé Canada", "Health Canada"),
    "acia": ("Agence canadienne d'inspection des aliments", "Canadian Food Inspection Agency"),
    "aac": ("Agriculture et Agroalimentaire Canada", "Agriculture and Agri-Food Canada"),
    "rncan": ("Ressources naturelles Canada", "Natural Resources Canada"),
    "eccc": ("Environnement et Changement climatique Canada", "Environment and Climate Change Canada"),
    "parcs": ("Parcs Canada", "Parks Canada"),
    "statcan": ("Statistique Canada", "Statistics Canada"),
    "tc": ("Transports Canada", "Transport Canada"),
    "pch": ("Patrimoine canadien", "Canadian Heritage"),
    "isde": ("Innovation, Sciences et Développement économique Canada",
             "Innovation, Science and Economic Development Canada"),
    "acc": ("Anciens Combattants Canada", "Veterans Affairs Canada"),
    "cisr": ("Commission de l'immigration et du statut de réfugié du Canada",
             "Immigration and Refugee Board of Canada"),
    "spc": ("Services partagés Canada", "Shared Services Canada"),
    "aspc": ("Agence de la santé publique du Canada", "Public Health Agency of Canada"),
    "btrad": ("Bureau de la traduction", "Translation Bureau"),
    "cnrc": ("Conseil national de recherches Canada", "National Research Council Canada"),
}

# the department's name as it sits in a French sentence
ART = {"edsc": "Emploi et Développement social Canada", "sc": "Service Canada", "arc": "l'Agence du revenu du Canada",
       "apeca": "l'Agence de promotion économique du Canada atlantique",
       "dec": "Développement économique Canada pour les régions du Québec", "mpo": "Pêches et Océans Canada",
       "gcc": "la Garde côtière canadienne", "spac": "Services publics et Approvisionnement Canada",
       "asfc": "l'Agence des services frontaliers du Canada", "ircc": "Immigration, Réfugiés et Citoyenneté Canada",
       "scc": "le Service correctionnel du Canada", "sante": "Santé Canada",
       "acia": "l'Agence canadienne d'inspection des aliments", "aac": "Agriculture et Agroalimentaire Canada",
       "rncan": "Ressources naturelles Canada", "eccc": "Environnement et Changement climatique Canada",
       "parcs": "Parcs Canada", "statcan": "Statistique Canada", "tc": "Transports Canada",
       "pch": "Patrimoine canadien", "isde": "Innovation, Sciences et Développement économique Canada",
       "acc": "Anciens Combattants Canada", "cisr": "la Commission de l'immigration et du statut de réfugié",
       "spc": "Services partagés Canada", "aspc": "l'Agence de la santé publique du Canada",
       "btrad": "le Bureau de la traduction", "cnrc": "le Conseil national de recherches Canada"}

# city: (French province, English province)
PROV = {"QC": ("Québec", "Quebec"), "NB": ("Nouveau-Brunswick", "New Brunswick")}

# (dept, title_fr, title_en, level, city, prov, unit_fr, unit_en,
#  supervisor title_fr, supervisor title_en, supervisor level)
POSITIONS = [
    ("sc", "Directeur régional, Prestation des services, Est du Québec",
     "Regional Director, Service Delivery, Eastern Quebec", 1, "Québec", "QC",
     "la Prestation des services, Est du Québec", "Service Delivery, Eastern Quebec",
     "Directeur général, Opérations, Région du Québec", "Director General, Operations, Quebec Region", 3),
    ("sc", "Directrice exécutive, Services aux citoyens, Nouveau-Brunswick",
     "Executive Director, Citizen Services, New Brunswick", 2, "Moncton", "NB",
     "les Services aux citoyens du Nouveau-Brunswick", "Citizen Services, New Brunswick",
     "Sous-ministre adjoint régional, Atlantique", "Regional Assistant Deputy Minister, Atlantic", 4),
    ("arc", "Directeur, Centre fiscal de Shawinigan", "Director, Shawinigan Tax Centre", 2, "Shawinigan", "QC",
     "le Centre fiscal de Shawinigan", "the Shawinigan Tax Centre",
     "Directeur général, Opérations des centres fiscaux", "Director General, Tax Centre Operations", 3),
    ("arc", "Directeur, Bureau des services fiscaux de Montréal", "Director, Montréal Tax Services Office", 2,
     "Montréal", "QC", "le Bureau des services fiscaux de Montréal", "the Montréal Tax Services Office",
     "Sous-commissaire, Région du Québec", "Assistant Commissioner, Quebec Region", 4),
    ("arc", "Directrice, Centre fiscal de Jonquière", "Director, Jonquière Tax Centre", 2, "Jonquière", "QC",
     "le Centre fiscal de Jonquière", "the Jonquière Tax Centre",
     "Directeur général, Opérations des centres fiscaux", "Director General, Tax Centre Operations", 3),
    ("apeca", "Directeur, Développement des entreprises, Nouveau-Brunswick",
     "Director, Enterprise Development, New Brunswick", 1, "Fredericton", "NB",
     "le Développement des entreprises au Nouveau-Brunswick", "Enterprise Development, New Brunswick",
     "Directeur général, Programmes, Nouveau-Brunswick", "Director General, Programs, New Brunswick", 3),
    ("apeca", "Directeur général, Politiques et programmes", "Director General, Policy and Programs", 3,
     "Moncton", "NB", "la Direction générale des politiques et programmes", "Policy and Programs",
     "Vice-président, Politiques et programmes", "Vice-President, Policy and Programs", 4),
    ("dec", "Directeur, Bureau d'affaires de l'Estrie", "Director, Eastern Townships Business Office", 1,
     "Sherbrooke", "QC", "le Bureau d'affaires de l'Estrie", "the Eastern Townships Business Office",
     "Directeur général, Opérations régionales", "Director General, Regional Operations", 3),
    ("dec", "Directrice, Bureau d'affaires du Bas-Saint-Laurent", "Director, Bas-Saint-Laurent Business Office", 1,
     "Rimouski", "QC", "le Bureau d'affaires du Bas-Saint-Laurent", "the Bas-Saint-Laurent Business Office",
     "Directeur général, Opérations régionales", "Director General, Regional Operations", 3),
    ("mpo", "Directeur régional, Sciences, Région du Québec", "Regional Director, Science, Quebec Region", 2,
     "Mont-Joli", "QC", "les Sciences de la Région du Québec", "Science, Quebec Region",
     "Directeur général régional, Québec", "Regional Director General, Quebec", 3),
    ("mpo", "Directeur régional, Gestion des pêches, Région du Golfe",
     "Regional Director, Fisheries Management, Gulf Region", 2, "Moncton", "NB",
     "la Gestion des pêches de la Région du Golfe", "Fisheries Management, Gulf Region",
     "Directeur général régional, Golfe", "Regional Director General, Gulf", 3),
    ("gcc", "Directrice régionale, Services de communication et de trafic maritimes",
     "Regional Director, Marine Communications and Traffic Services", 1, "Québec", "QC",
     "les Services de communication et de trafic maritimes", "Marine Communications and Traffic Services",
     "Commissaire adjoint, Région du Centre", "Assistant Commissioner, Central Region", 3),
    ("spac", "Directeur, Centre des services de paye de la fonction publique",
     "Director, Public Service Pay Centre", 2, "Miramichi", "NB",
     "le Centre des services de paye", "the Public Service Pay Centre",
     "Directeur général, Opérations de la paye", "Director General, Pay Operations", 3),
    ("spac", "Directeur régional, Services immobiliers, Région du Québec",
     "Regional Director, Real Property Services, Quebec Region", 2, "Montréal", "QC",
     "les Services immobiliers de la Région du Québec", "Real Property Services, Quebec Region",
     "Directeur général régional, Québec", "Regional Director General, Quebec", 3),
    ("asfc", "Directeur, District de l'aéroport international Montréal-Trudeau",
     "Director, Montréal-Trudeau International Airport District", 1, "Dorval", "QC",
     "le District de l'aéroport Montréal-Trudeau", "the Montréal-Trudeau Airport District",
     "Directeur général régional, Région du Québec", "Regional Director General, Quebec Region", 3),
    ("asfc", "Directrice, District du Nord du Nouveau-Brunswick", "Director, Northern New Brunswick District", 1,
     "Edmundston", "NB", "le District du Nord du Nouveau-Brunswick", "the Northern New Brunswick District",
     "Directeur général régional, Région de l'Atlantique", "Regional Director General, Atlantic Region", 3),
    ("ircc", "Directeur régional, Opérations, Région de l'Est", "Regional Director, Operations, East Region", 2,
     "Montréal", "QC", "les Opérations de la Région de l'Est", "Operations, East Region",
     "Directeur général, Région de l'Est", "Director General, East Region", 3),
    ("scc", "Directeur d'établissement, Établissement de Donnacona", "Warden, Donnacona Institution", 1,
     "Donnacona", "QC", "l'Établissement de Donnacona", "Donnacona Institution",
     "Sous-commissaire régional, Québec", "Regional Deputy Commissioner, Quebec", 3),
    ("scc", "Directrice de district, Libérations conditionnelles, Atlantique",
     "District Director, Parole, Atlantic", 1, "Moncton", "NB",
     "le District des libérations conditionnelles de l'Atlantique", "the Atlantic Parole District",
     "Sous-commissaire régional, Atlantique", "Regional Deputy Commissioner, Atlantic", 3),
    ("sante", "Directeur régional, Programme de la sécurité des produits, Québec",
     "Regional Director, Product Safety Program, Quebec", 1, "Longueuil", "QC",
     "le Programme de la sécurité des produits au Québec", "the Product Safety Program, Quebec",
     "Directeur général, Opérations régionales", "Director General, Regional Operations", 3),
    ("acia", "Directeur exécutif, Opérations, Centre opérationnel du Québec",
     "Executive Director, Operations, Quebec Operational Centre", 2, "Saint-Hyacinthe", "QC",
     "le Centre opérationnel du Québec", "the Quebec Operational Centre",
     "Vice-président, Opérations", "Vice-President, Operations", 4),
    ("aac", "Directeur, Recherche, développement et technologie, Centre de Saint-Hyacinthe",
     "Director, Research, Development and Technology, Saint-Hyacinthe Centre", 1, "Saint-Hyacinthe", "QC",
     "le Centre de recherche et de développement de Saint-Hyacinthe",
     "the Saint-Hyacinthe Research and Development Centre",
     "Directeur général, Opérations de recherche, Est", "Director General, Research Operations, East", 3),
    ("rncan", "Directeur, Centre de foresterie des Laurentides", "Director, Laurentian Forestry Centre", 2,
     "Québec", "QC", "le Centre de foresterie des Laurentides", "the Laurentian Forestry Centre",
     "Directeur général, Service canadien des forêts", "Director General, Canadian Forest Service", 3),
    ("rncan", "Directrice, Centre de foresterie de l'Atlantique", "Director, Atlantic Forestry Centre", 1,
     "Fredericton", "NB", "le Centre de foresterie de l'Atlantique", "the Atlantic Forestry Centre",
     "Directeur général, Service canadien des forêts", "Director General, Canadian Forest Service", 3),
    ("eccc", "Directeur régional, Application de la loi en environnement, Québec",
     "Regional Director, Environmental Enforcement, Quebec", 1, "Montréal", "QC",
     "l'Application de la loi en environnement au Québec", "Environmental Enforcement, Quebec",
     "Directeur général, Application de la loi en environnement", "Director General, Environmental Enforcement", 3),
    ("parcs", "Directeur d'unité de gestion, Mauricie et Ouest du Québec",
     "Field Unit Superintendent, La Mauricie and Western Quebec", 1, "Shawinigan", "QC",
     "l'Unité de gestion de la Mauricie et de l'Ouest du Québec", "the La Mauricie and Western Quebec Field Unit",
     "Vice-président, Opérations, Est du Canada", "Vice-President, Operations, Eastern Canada", 4),
    ("parcs", "Directrice d'unité de gestion, Nord du Nouveau-Brunswick",
     "Field Unit Superintendent, Northern New Brunswick", 1, "Kouchibouguac", "NB",
     "l'Unité de gestion du Nord du Nouveau-Brunswick", "the Northern New Brunswick Field Unit",
     "Vice-président, Opérations, Est du Canada", "Vice-President, Operations, Eastern Canada", 4),
    ("statcan", "Directeur, Opérations de collecte, Région de l'Est",
     "Director, Collection Operations, Eastern Region", 1, "Montréal", "QC",
     "les Opérations de collecte de la Région de l'Est", "Collection Operations, Eastern Region",
     "Directeur général, Opérations de collecte", "Director General, Collection Operations", 3),
    ("tc", "Directeur régional, Sécurité et sûreté maritimes, Québec",
     "Regional Director, Marine Safety and Security, Quebec", 1, "Québec", "QC",
     "la Sécurité et sûreté maritimes au Québec", "Marine Safety and Security, Quebec",
     "Directeur général régional, Québec", "Regional Director General, Quebec", 3),
    ("pch", "Directeur régional, Québec", "Regional Director, Quebec", 1, "Montréal", "QC",
     "le Bureau régional du Québec", "the Quebec Regional Office",
     "Directeur général, Opérations régionales", "Director General, Regional Operations", 3),
    ("isde", "Directeur régional, Gestion du spectre, Québec", "Regional Director, Spectrum Management, Quebec", 1,
     "Montréal", "QC", "la Gestion du spectre au Québec", "Spectrum Management, Quebec",
     "Directeur général, Opérations régionales du spectre", "Director General, Spectrum Regional Operations", 3),
    ("acc", "Directrice de secteur, Est du Québec", "Area Director, Eastern Quebec", 1, "Québec", "QC",
     "le Secteur de l'Est du Québec", "the Eastern Quebec Area",
     "Directeur régional, Prestation des services, Atlantique et Québec",
     "Regional Director, Service Delivery, Atlantic and Quebec", 2),
    ("sc", "Directeur, Centre de contact spécialisé de Bathurst", "Director, Bathurst Specialized Call Centre", 1,
     "Bathurst", "NB", "le Centre de contact spécialisé de Bathurst", "the Bathurst Specialized Call Centre",
     "Directeur général, Services de contact, Atlantique", "Director General, Contact Services, Atlantic", 3),
    ("sc", "Directeur, Traitement des demandes de prestations, Québec",
     "Director, Benefits Processing, Quebec", 1, "Laval", "QC",
     "le Traitement des demandes de prestations au Québec", "Benefits Processing, Quebec",
     "Directeur général, Opérations, Région du Québec", "Director General, Operations, Quebec Region", 3),
    ("cisr", "Directrice, Services du greffe, Région de l'Est", "Director, Registry Services, Eastern Region", 1,
     "Montréal", "QC", "les Services du greffe de la Région de l'Est", "Registry Services, Eastern Region",
     "Directeur général, Opérations régionales", "Director General, Regional Operations", 3),
    ("spc", "Directeur, Opérations régionales, Québec et Atlantique",
     "Director, Regional Operations, Quebec and Atlantic", 1, "Montréal", "QC",
     "les Opérations régionales du Québec et de l'Atlantique", "Regional Operations, Quebec and Atlantic",
     "Directeur général, Opérations des centres de données", "Director General, Data Centre Operations", 3),
    ("aspc", "Directeur régional, Santé publique, Québec", "Regional Director, Public Health, Quebec", 1,
     "Montréal", "QC", "le Bureau régional du Québec de l'Agence", "the Agency's Quebec Regional Office",
     "Directeur général, Opérations régionales", "Director General, Regional Operations", 3),
    ("btrad", "Directeur, Services de traduction, Moncton", "Director, Translation Services, Moncton", 1,
     "Moncton", "NB", "les Services de traduction de Moncton", "Translation Services, Moncton",
     "Directeur général, Services linguistiques", "Director General, Linguistic Services", 3),
    ("cnrc", "Directeur de recherche et développement, Thérapeutique en santé humaine",
     "Director, Research and Development, Human Health Therapeutics", 2, "Montréal", "QC",
     "le Centre de recherche en thérapeutique en santé humaine", "the Human Health Therapeutics Research Centre",
     "Directeur général, Thérapeutique en santé humaine", "Director General, Human Health Therapeutics", 3),
    ("sc", "Directeur général, Services intégrés, Région du Québec",
     "Director General, Integrated Services, Quebec Region", 3, "Montréal", "QC",
     "les Services intégrés de la Région du Québec", "Integrated Services, Quebec Region",
     "Sous-ministre adjoint régional, Québec", "Regional Assistant Deputy Minister, Quebec", 4),
]

# direct reports: (title_fr, title_en, classification group)
REPORTS = [
    ("Gestionnaire, Services aux citoyens", "Manager, Citizen Services", "PM-06"),
    ("Gestionnaire, Opérations", "Manager, Operations", "PM-06"),
    ("Directeur adjoint, Opérations", "Assistant Director, Operations", "PM-07"),
    ("Chef, Planification et rapports", "Chief, Planning and Reporting", "EC-06"),
    ("Conseiller principal en politiques", "Senior Policy Advisor", "EC-07"),
    ("Gestionnaire, Services administratifs", "Manager, Administrative Services", "AS-07"),
    ("Gestionnaire, Finances et ressources", "Manager, Finance and Resources", "FI-03"),
    ("Chef, Services de la paye", "Chief, Pay Services", "AS-05"),
    ("Gestionnaire, Soutien technique", "Manager, Technical Support", "CS-04"),
    ("Chef, Programmes régionaux", "Chief, Regional Programs", "PM-06"),
    ("Adjointe administrative", "Executive Assistant", "AS-02"),
    ("Gestionnaire, Analyse et évaluation", "Manager, Analysis and Evaluation", "EC-07"),
    ("Chef de division, Recherche", "Division Chief, Research", "RES-04"),
    ("Gestionnaire, Communications", "Manager, Communications", "IS-05"),
    ("Gestionnaire, Conformité", "Manager, Compliance", "PM-06"),
    ("Directeur, Opérations régionales", "Director, Regional Operations", "EX-01"),
    ("Directrice, Services aux entreprises", "Director, Business Services", "EX-01"),
    ("Surintendant, Opérations", "Superintendent, Operations", "FB-07"),
    ("Chef, Inspection", "Chief, Inspection", "EG-07"),
    ("Gestionnaire, Projets spéciaux", "Manager, Special Projects", "PM-05"),
    ("Gestionnaire, Ressources humaines", "Manager, Human Resources", "PE-05"),
    ("Chef d'équipe, Qualité et formation", "Team Leader, Quality and Training", "PM-04"),
    ("Gestionnaire, Biens immobiliers", "Manager, Real Property", "EN-ENG-05"),
    ("Conseillère principale, Partenariats", "Senior Advisor, Partnerships", "PM-06"),
]

FIRST = ["Marie-Ève", "Jean-François", "Nathalie", "Luc", "Geneviève", "Pierre-Luc", "Josée", "Martin",
         "Isabelle", "Sylvain", "Chantal", "Éric", "Mélanie", "Denis", "Annick", "Réjean", "Julie",
         "Stéphane", "Manon", "Guy", "Karine", "Alain", "Monique", "Marc-André", "Lise", "Benoît",
         "Hélène", "Yvon", "Nicole", "Patrice", "Danielle", "Gilles", "Carole", "Rémi", "France", "Claude"]
LAST = ["Thibodeau", "LeBlanc", "Cormier", "Arsenault", "Gallant", "Doucet", "Robichaud", "Savoie",
        "Boudreau", "Landry", "Poirier", "Gagnon", "Tremblay", "Bouchard", "Côté", "Pelletier",
        "Lévesque", "Ouellet", "Bergeron", "Lapointe", "Fortin", "Gauthier", "Morin", "Lavoie",
        "Cyr", "Bélanger", "Dufour", "Simard", "Théberge", "Caissie", "Vienneau", "Chiasson",
        "Maltais", "Desjardins", "Paquette", "Hébert"]

MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]

# Prose. {u} = the unit (French with article / English), {d} = the department, {r} = the region.
RAISON_FR = [
    "Le titulaire est responsable de la gestion et de la prestation des programmes et des services offerts "
    "par {u}, conformément aux priorités du Ministère, aux lois et aux politiques en vigueur, et veille à "
    "l'excellence du service offert aux citoyens et aux partenaires de la région.",
    "Diriger, planifier et coordonner l'ensemble des activités de {u} afin d'assurer une prestation de "
    "services efficace, uniforme et de qualité, dans les deux langues officielles, et conseiller la haute "
    "direction sur les enjeux régionaux touchant les programmes de {d}.",
    "Assurer le leadership stratégique et opérationnel de {u}; élaborer et mettre en oeuvre les plans "
    "d'activités, les stratégies et les mécanismes de contrôle nécessaires à l'atteinte des résultats, et "
    "représenter {d} auprès des partenaires provinciaux, municipaux et communautaires.",
]
NATURE_FR = [
    "{d} exerce ses activités dans un contexte en évolution constante, marqué par la modernisation des "
    "services, l'arrivée de nouvelles technologies et des attentes accrues des citoyens. Le titulaire "
    "doit concilier les priorités nationales avec les réalités régionales {r}, où la clientèle est "
    "dispersée sur un vaste territoire et s'exprime majoritairement en français.",
    "Le titulaire fait partie de l'équipe de gestion régionale et contribue à l'élaboration des "
    "orientations stratégiques de l'organisation. Il doit gérer des dossiers complexes et souvent "
    "délicats sur le plan politique, qui exigent une connaissance approfondie des programmes, des lois et "
    "des règlements ainsi qu'un jugement sûr.",
    "Les principaux défis du poste consistent à maintenir la qualité et la rapidité du service malgré "
    "des volumes de travail fluctuants, à assurer la relève au sein d'un effectif vieillissant et à "
    "mettre en place des partenariats durables avec les organismes du milieu, les autres ministères "
    "fédéraux et le gouvernement provincial.",
    "L'environnement de travail est caractérisé par des échéances serrées, la diversité des intervenants "
    "et la nécessité de gérer le changement. Le titulaire doit faire preuve de leadership pour mobiliser "
    "les employés, favoriser l'innovation et assurer l'intégration des nouvelles façons de faire.",
]
ACTIVITES_FR = [
    "Dirige la planification opérationnelle et l'établissement des priorités de {u}, et en assure le suivi.",
    "Gère les ressources humaines, financières et matérielles de façon efficiente, conformément aux "
    "valeurs et à l'éthique de la fonction publique.",
    "Conseille la haute direction et les comités ministériels sur les enjeux émergents et les risques "
    "liés à la prestation des programmes dans la région.",
    "Établit et maintient des partenariats avec les intervenants provinciaux, municipaux, autochtones et "
    "communautaires afin d'harmoniser les approches et d'éviter le dédoublement des efforts.",
    "Veille à l'application uniforme des lois, des règlements et des politiques, et à la mise en place de "
    "mécanismes de contrôle de la qualité et de gestion du risque.",
    "Représente le Ministère auprès des médias, des élus et des organismes régionaux, et prépare des "
    "notes d'information et des présentations à l'intention de la haute direction.",
    "Dirige la mise en oeuvre des initiatives de modernisation et de transformation du service, y compris "
    "la prestation de services numériques.",
    "Favorise un milieu de travail sain, respectueux et inclusif, ainsi que l'utilisation des deux langues "
    "officielles, et assure la gestion des talents et de la relève.",
    "Assure la production des rapports de rendement et la reddition de comptes à l'égard des résultats "
    "attendus.",
]
CSR_FR = [
    "Des programmes et des services de {d} accessibles, efficaces et de qualité, offerts aux citoyens et "
    "aux entreprises de la région dans les deux langues officielles.",
    "Une gestion régionale intégrée de {u}, axée sur les résultats, la saine gestion des ressources et la "
    "satisfaction de la clientèle.",
]
RAISON_EN = [
    "The incumbent is accountable for the management and delivery of the programs and services offered by "
    "{u}, in accordance with departmental priorities, legislation and policies, and for ensuring service "
    "excellence to citizens and partners in the region.",
    "Directs, plans and coordinates all activities of {u} to ensure the effective, consistent and high "
    "quality delivery of services in both official languages, and advises senior management on regional "
    "issues affecting the programs of {d}.",
]
NATURE_EN = [
    "{d} operates in a constantly changing environment marked by service modernization, new technologies "
    "and rising client expectations. The incumbent must reconcile national priorities with the regional "
    "realities of {r}, where clients are spread over a vast territory and are largely French-speaking.",
    "The incumbent is a member of the regional management team and contributes to the organization's "
    "strategic direction. The position manages complex and often politically sensitive files that call "
    "for a thorough knowledge of programs, legislation and regulations, and for sound judgement.",
    "Key challenges include maintaining the quality and timeliness of service despite fluctuating "
    "workloads, ensuring succession in an aging workforce, and building lasting partnerships with "
    "community organizations, other federal departments and the provincial government.",
]
ACTIVITES_EN = [
    "Directs operational planning and priority setting for {u}, and monitors results.",
    "Manages human, financial and material resources efficiently, in keeping with the values and ethics of "
    "the public service.",
    "Advises senior management and departmental committees on emerging issues and risks in the delivery of "
    "programs in the region.",
    "Establishes and maintains partnerships with provincial, municipal, Indigenous and community "
    "stakeholders to harmonize approaches and avoid duplication.",
    "Ensures the consistent application of legislation, regulations and policies, and puts in place quality "
    "control and risk management mechanisms.",
    "Leads the implementation of service modernization and transformation initiatives, including digital "
    "service delivery.",
    "Fosters a healthy, respectful and inclusive workplace and the use of both official languages, and "
    "manages talent and succession.",
]
CSR_EN = [
    "Accessible, effective and high quality programs and services of {d} for the citizens and businesses "
    "of the region, in both official languages.",
    "Integrated, results-based regional management of {u}, with sound stewardship of resources and client "
    "satisfaction.",
]
