"""Departments, positions, prose and label forms for the blind42 corpus (make_blind.py).

Everything here is invented for the corpus: positions, position numbers, people. The departments
and agencies are real (central agencies, granting councils and science departments); their
branches are written the way such branches are named, not copied from any organization chart.
"""

# key: (name_en, name_fr, short_en, short_fr, locations [(city, province_en, province_fr)])
DEPTS = {
    "NRC": ("National Research Council Canada", "Conseil national de recherches Canada", "NRC", "CNRC",
            [("Ottawa", "Ontario", "Ontario"), ("Victoria", "British Columbia", "Colombie-Britannique"),
             ("Boucherville", "Quebec", "Québec"), ("Saskatoon", "Saskatchewan", "Saskatchewan")]),
    "STC": ("Statistics Canada", "Statistique Canada", "StatCan", "StatCan",
            [("Ottawa", "Ontario", "Ontario")]),
    "PCO": ("Privy Council Office", "Bureau du Conseil privé", "PCO", "BCP",
            [("Ottawa", "Ontario", "Ontario")]),
    "FIN": ("Department of Finance Canada", "Ministère des Finances Canada", "Finance", "Finances",
            [("Ottawa", "Ontario", "Ontario")]),
    "TBS": ("Treasury Board of Canada Secretariat", "Secrétariat du Conseil du Trésor du Canada", "TBS", "SCT",
            [("Ottawa", "Ontario", "Ontario")]),
    "CIHR": ("Canadian Institutes of Health Research", "Instituts de recherche en santé du Canada", "CIHR", "IRSC",
             [("Ottawa", "Ontario", "Ontario")]),
    "NSERC": ("Natural Sciences and Engineering Research Council of Canada",
              "Conseil de recherches en sciences naturelles et en génie du Canada", "NSERC", "CRSNG",
              [("Ottawa", "Ontario", "Ontario"), ("Montréal", "Quebec", "Québec")]),
    "SSHRC": ("Social Sciences and Humanities Research Council of Canada",
              "Conseil de recherches en sciences humaines du Canada", "SSHRC", "CRSH",
              [("Ottawa", "Ontario", "Ontario")]),
    "CSA": ("Canadian Space Agency", "Agence spatiale canadienne", "CSA", "ASC",
            [("Saint-Hubert", "Quebec", "Québec"), ("Ottawa", "Ontario", "Ontario")]),
    "NRCAN": ("Natural Resources Canada", "Ressources naturelles Canada", "NRCan", "RNCan",
              [("Ottawa", "Ontario", "Ontario"), ("Devon", "Alberta", "Alberta"),
               ("Varennes", "Quebec", "Québec"), ("Hamilton", "Ontario", "Ontario"),
               ("Sidney", "British Columbia", "Colombie-Britannique")]),
}

# Non-executive groups used for direct reports, per department.
GROUPS = {
    "NRC": ["RO-04", "RO-05", "RCO-04", "TO-07", "AD-06", "FI-04", "IS-05"],
    "STC": ["EC-07", "EC-06", "MA-06", "CS-04", "AS-07", "SI-07"],
    "PCO": ["EC-07", "EC-08", "PE-06", "AS-07", "IS-05", "CS-04"],
    "FIN": ["EC-07", "EC-08", "FI-04", "AS-05", "ES-07", "EC-06"],
    "TBS": ["EC-07", "CS-05", "PE-06", "FI-04", "AS-07", "PM-06"],
    "CIHR": ["PM-06", "EC-07", "AS-07", "CS-04", "FI-03", "PM-05"],
    "NSERC": ["PM-06", "PM-05", "EC-06", "AS-07", "CS-04", "FI-03"],
    "SSHRC": ["PM-06", "EC-07", "AS-06", "CS-04", "FI-03", "PM-05"],
    "CSA": ["EN-ENG-05", "EN-ENG-06", "SE-RES-03", "PG-05", "CS-04", "CO-02"],
    "NRCAN": ["SE-RES-03", "EG-07", "EN-ENG-06", "PC-04", "EC-07", "GT-06"],
}

# Direct-report titles by department: (English, French).
REPORTS = {
    "NRC": [("Manager, Optical Instrumentation", "Gestionnaire, Instrumentation optique"),
            ("Team Leader, Adaptive Optics", "Chef d'équipe, Optique adaptative"),
            ("Manager, Business Development", "Gestionnaire, Développement des affaires"),
            ("Research Program Leader, Flight Research", "Chef de programme de recherche, Recherche en vol"),
            ("Manager, Facilities Operations", "Gestionnaire, Exploitation des installations"),
            ("Senior Financial Advisor", "Conseiller financier principal"),
            ("Team Leader, Quantum Photonics", "Chef d'équipe, Photonique quantique"),
            ("Manager, Client Services", "Gestionnaire, Services aux clients")],
    "STC": [("Chief, Labour Force Survey Production", "Chef, Production de l'Enquête sur la population active"),
            ("Chief, Analysis and Dissemination", "Chef, Analyse et diffusion"),
            ("Chief, Methodology Support", "Chef, Soutien à la méthodologie"),
            ("Chief, Data Integration", "Chef, Intégration des données"),
            ("Senior Methodologist", "Méthodologiste principal"),
            ("Chief, Collection Planning", "Chef, Planification de la collecte"),
            ("Manager, Quality Assurance", "Gestionnaire, Assurance de la qualité")],
    "PCO": [("Senior Policy Advisor", "Conseiller principal en politiques"),
            ("Assistant Director, Cabinet Operations", "Directeur adjoint, Opérations du Cabinet"),
            ("Manager, Briefing Coordination", "Gestionnaire, Coordination des breffages"),
            ("Senior Analyst, Machinery of Government", "Analyste principal, Appareil gouvernemental"),
            ("Executive Assistant", "Adjoint exécutif"),
            ("Assistant Director, Priorities and Planning", "Directeur adjoint, Priorités et planification")],
    "FIN": [("Chief, Tax Policy Analysis", "Chef, Analyse de la politique de l'impôt"),
            ("Chief, Economic Forecasting", "Chef, Prévisions économiques"),
            ("Senior Economist", "Économiste principal"),
            ("Chief, Federal-Provincial Transfers", "Chef, Transferts fédéraux-provinciaux"),
            ("Senior Policy Analyst, Financial Sector", "Analyste principal des politiques, Secteur financier"),
            ("Administrative Officer", "Agent administratif")],
    "TBS": [("Manager, Expenditure Analysis", "Gestionnaire, Analyse des dépenses"),
            ("Manager, Digital Standards", "Gestionnaire, Normes numériques"),
            ("Senior Analyst, Results and Delivery", "Analyste principal, Résultats et livraison"),
            ("Manager, Policy Development", "Gestionnaire, Élaboration des politiques"),
            ("Manager, Financial Reporting", "Gestionnaire, Rapports financiers"),
            ("Manager, Workforce Analytics", "Gestionnaire, Analytique de l'effectif")],
    "CIHR": [("Manager, Investigator-Initiated Research", "Gestionnaire, Recherche initiée par les chercheurs"),
             ("Manager, Peer Review Operations", "Gestionnaire, Opérations d'évaluation par les pairs"),
             ("Manager, Strategic Initiatives", "Gestionnaire, Initiatives stratégiques"),
             ("Senior Advisor, Research Ethics", "Conseiller principal, Éthique de la recherche"),
             ("Manager, Institute Support", "Gestionnaire, Soutien aux instituts")],
    "NSERC": [("Manager, Discovery Grants", "Gestionnaire, Subventions à la découverte"),
              ("Manager, Research Partnerships", "Gestionnaire, Partenariats de recherche"),
              ("Team Leader, Scholarships and Fellowships", "Chef d'équipe, Bourses"),
              ("Manager, Program Operations", "Gestionnaire, Opérations des programmes"),
              ("Senior Program Officer", "Agent de programme principal")],
    "SSHRC": [("Manager, Insight Programs", "Gestionnaire, Programmes Savoir"),
              ("Manager, Partnership Programs", "Gestionnaire, Programmes Partenariat"),
              ("Manager, Talent Programs", "Gestionnaire, Programmes Talent"),
              ("Senior Policy Analyst", "Analyste principal des politiques"),
              ("Manager, Research Data Management", "Gestionnaire, Gestion des données de recherche")],
    "CSA": [("Manager, Space Exploration Projects", "Gestionnaire, Projets d'exploration spatiale"),
            ("Manager, Earth Observation Applications", "Gestionnaire, Applications d'observation de la Terre"),
            ("Senior Engineer, Mission Systems", "Ingénieur principal, Systèmes de mission"),
            ("Manager, Space Science Programs", "Gestionnaire, Programmes de sciences spatiales"),
            ("Manager, Astronaut Operations", "Gestionnaire, Opérations des astronautes"),
            ("Manager, Ground Segment", "Gestionnaire, Segment sol")],
    "NRCAN": [("Research Manager, Clean Fuels", "Gestionnaire de recherche, Carburants propres"),
              ("Manager, Geological Mapping", "Gestionnaire, Cartographie géologique"),
              ("Research Manager, Materials Performance", "Gestionnaire de recherche, Performance des matériaux"),
              ("Manager, Forest Sector Analysis", "Gestionnaire, Analyse du secteur forestier"),
              ("Head, Seismic Monitoring", "Chef, Surveillance sismique"),
              ("Manager, Energy Efficiency Programs", "Gestionnaire, Programmes d'efficacité énergétique")],
}

# Directors (EX-01) reporting to a DG: titles built from these units.
DIRECTOR_UNITS = {
    "NRC": [("Research Operations", "Opérations de recherche"), ("Business Management", "Gestion des affaires"),
            ("Program Development and Partnerships", "Élaboration des programmes et partenariats"),
            ("Technical Services", "Services techniques")],
    "STC": [("Demography and Population Division", "Division de la démographie et de la population"),
            ("Census Content and Dissemination", "Contenu et diffusion du recensement"),
            ("Income Statistics Division", "Division de la statistique du revenu")],
    "PCO": [("Orders in Council", "Décrets"), ("Briefing Coordination", "Coordination des breffages"),
            ("Cabinet Business Planning", "Planification des affaires du Cabinet")],
    "FIN": [("Business Income Tax", "Impôt des entreprises"), ("Fiscal Policy Analysis", "Analyse de la politique budgétaire"),
            ("International Economic Analysis", "Analyse économique internationale")],
    "TBS": [("Results Policy", "Politique sur les résultats"), ("Estimates and Supply", "Budgets des dépenses et crédits"),
            ("Financial Reporting", "Rapports financiers")],
    "CIHR": [("Funding Operations", "Opérations de financement"), ("Peer Review", "Évaluation par les pairs")],
    "NSERC": [("Alliance Grants", "Subventions Alliance"), ("Partnerships Operations", "Opérations des partenariats")],
    "SSHRC": [("Strategic Planning and Reporting", "Planification stratégique et rapports"),
              ("Evaluation and Performance", "Évaluation et rendement")],
    "CSA": [("Space Science Programs", "Programmes de sciences spatiales"), ("Satellite Operations", "Opérations des satellites"),
            ("Engineering", "Génie")],
    "NRCAN": [("Geological Survey Operations", "Opérations de la Commission géologique"), ("Clean Fuels Research", "Recherche sur les carburants propres"),
              ("Mineral Policy", "Politique des minéraux")],
}

# The positions themselves: (dept, level, title_en, title_fr, sup_title_en, sup_title_fr, sup_class)
POSITIONS = [
    ("NRC", "EX-01", "Director, Astronomy Technology", "Directeur, Technologie astronomique",
     "Director General, Herzberg Astronomy and Astrophysics Research Centre",
     "Directeur général, Centre de recherche Herzberg en astronomie et en astrophysique", "EX-03"),
    ("NRC", "EX-03", "Director General, Aerospace Research Centre", "Directrice générale, Centre de recherche en aérospatiale",
     "Vice-President, Engineering", "Vice-présidente, Génie", "EX-05"),
    ("NRC", "EX-02", "Executive Director, Quantum Sensors Challenge Program", "Directeur exécutif, Programme défi Capteurs quantiques",
     "Vice-President, Emerging Technologies", "Vice-président, Technologies émergentes", "EX-05"),
    ("NRC", "EX-01", "Director, Research Facilities Management, Atlantic and Prairie Sites",
     "Directrice, Gestion des installations de recherche, sites de l'Atlantique et des Prairies",
     "Director General, Real Property Planning and Management", "Directeur général, Planification et gestion des biens immobiliers", "EX-03"),
    ("NRC", "EX-02", "Executive Director, Industrial Research Assistance Program, Ontario Region",
     "Directeur exécutif, Programme d'aide à la recherche industrielle, région de l'Ontario",
     "Vice-President, Industrial Research Assistance Program", "Vice-président, Programme d'aide à la recherche industrielle", "EX-05"),
    ("STC", "EX-01", "Director, Labour Statistics Division", "Directrice, Division de la statistique du travail",
     "Director General, Labour Market, Education and Socio-economic Well-being", "Directeur général, Marché du travail, éducation et bien-être socioéconomique", "EX-03"),
    ("STC", "EX-03", "Director General, Census Subject Matter, Social and Demographic Statistics",
     "Directeur général, Domaines spécialisés du recensement, statistique sociale et démographique",
     "Assistant Chief Statistician, Social, Health and Labour Statistics", "Statisticien en chef adjoint, Statistique sociale, de la santé et du travail", "EX-05"),
    ("STC", "EX-01", "Director, Centre for Population Health Data", "Directeur, Centre des données sur la santé de la population",
     "Director General, Health, Justice, Diversity and Populations", "Directrice générale, Santé, justice, diversité et populations", "EX-03"),
    ("STC", "EX-02", "Director, Modern Statistical Methods and Data Science", "Directeur, Méthodes statistiques modernes et science des données",
     "Director General, Strategic Data Management, Methods and Analysis", "Directeur général, Gestion stratégique des données, méthodes et analyse", "EX-03"),
    ("PCO", "EX-02", "Executive Director, Cabinet Papers System and Briefing Operations",
     "Directeur exécutif, Système des documents du Cabinet et opérations de breffage",
     "Assistant Secretary to the Cabinet, Operations", "Secrétaire adjoint du Cabinet, Opérations", "EX-04"),
    ("PCO", "EX-01", "Director, Social Development Policy", "Directrice, Politique du développement social",
     "Assistant Secretary to the Cabinet, Social Development Policy", "Secrétaire adjointe du Cabinet, Politique du développement social", "EX-04"),
    ("PCO", "EX-04", "Assistant Secretary to the Cabinet, Machinery of Government",
     "Secrétaire adjoint du Cabinet, Appareil gouvernemental",
     "Deputy Secretary to the Cabinet, Plans and Consultations", "Sous-secrétaire du Cabinet, Planification et consultations", "DM-01"),
    ("PCO", "EX-01", "Director, Economic Policy", "Directeur, Politique économique",
     "Assistant Secretary to the Cabinet, Economic and Regional Development Policy",
     "Secrétaire adjoint du Cabinet, Politique du développement économique et régional", "EX-04"),
    ("FIN", "EX-01", "Director, Personal Income Tax", "Directeur, Impôt sur le revenu des particuliers",
     "Director General, Tax Policy", "Directrice générale, Politique de l'impôt", "EX-03"),
    ("FIN", "EX-03", "General Director, Economic Analysis and Forecasting", "Directeur général, Analyse et prévisions économiques",
     "Assistant Deputy Minister, Economic and Fiscal Policy", "Sous-ministre adjoint, Politique économique et budgétaire", "EX-05"),
    ("FIN", "EX-02", "Senior Director, Federal-Provincial Relations and Social Policy",
     "Directrice principale, Relations fédérales-provinciales et politique sociale",
     "General Director, Federal-Provincial Relations", "Directeur général, Relations fédérales-provinciales", "EX-03"),
    ("FIN", "EX-01", "Director, Financial Sector Policy", "Directeur, Politique du secteur financier",
     "General Director, Financial Sector Policy", "Directeur général, Politique du secteur financier", "EX-03"),
    ("TBS", "EX-01", "Director, Digital Policy and Standards", "Directeur, Politique et normes numériques",
     "Executive Director, Digital Policy", "Directrice exécutive, Politique numérique", "EX-02"),
    ("TBS", "EX-03", "Executive Director, Expenditure Management", "Directrice exécutive, Gestion des dépenses",
     "Assistant Secretary, Expenditure Management Sector", "Secrétaire adjoint, Secteur de la gestion des dépenses", "EX-05"),
    ("TBS", "EX-02", "Senior Director, Financial Management Policy", "Directeur principal, Politique de gestion financière",
     "Executive Director, Financial Management Policy and Analytics", "Directeur exécutif, Politique et analytique de gestion financière", "EX-03"),
    ("TBS", "EX-01", "Director, Executive Compensation and Workforce Analytics", "Directrice, Rémunération des cadres et analytique de l'effectif",
     "Executive Director, Executive Management", "Directeur exécutif, Gestion des cadres", "EX-03"),
    ("CIHR", "EX-01", "Director, Investigator-Initiated Research Programs", "Directrice, Programmes de recherche initiée par les chercheurs",
     "Director General, Research Programs Operations", "Directeur général, Opérations des programmes de recherche", "EX-03"),
    ("CIHR", "EX-03", "Director General, Research Programs Operations", "Directeur général, Opérations des programmes de recherche",
     "Vice-President, Research Programs", "Vice-présidente, Programmes de recherche", "EX-04"),
    ("CIHR", "EX-02", "Executive Director, Institutes Support", "Directeur exécutif, Soutien aux instituts",
     "Vice-President, Research Programs", "Vice-présidente, Programmes de recherche", "EX-04"),
    ("NSERC", "EX-01", "Director, Discovery Grants, Life Sciences and Engineering",
     "Directeur, Subventions à la découverte, sciences de la vie et génie",
     "Director General, Research Grants and Scholarships", "Directrice générale, Subventions de recherche et bourses", "EX-03"),
    ("NSERC", "EX-03", "Director General, Research Partnerships", "Directrice générale, Partenariats de recherche",
     "Vice-President, Research Partnerships Directorate", "Vice-président, Direction des partenariats de recherche", "EX-04"),
    ("NSERC", "EX-01", "Director, Scholarships and Fellowships", "Directrice, Bourses d'études et bourses postdoctorales",
     "Director General, Research Grants and Scholarships", "Directrice générale, Subventions de recherche et bourses", "EX-03"),
    ("SSHRC", "EX-01", "Director, Insight Programs", "Directeur, Programmes Savoir",
     "Director General, Research Programs", "Directrice générale, Programmes de recherche", "EX-03"),
    ("SSHRC", "EX-02", "Executive Director, Corporate Strategy and Performance", "Directrice exécutive, Stratégie et rendement organisationnels",
     "Vice-President, Common Administrative Services Directorate", "Vice-président, Direction des services administratifs communs", "EX-04"),
    ("SSHRC", "EX-01", "Director, Research Data Management and Open Science", "Directeur, Gestion des données de recherche et science ouverte",
     "Director General, Research Programs", "Directrice générale, Programmes de recherche", "EX-03"),
    ("CSA", "EX-02", "Director, Space Exploration Projects", "Directeur, Projets d'exploration spatiale",
     "Director General, Space Exploration", "Directrice générale, Exploration spatiale", "EX-03"),
    ("CSA", "EX-03", "Director General, Space Utilization", "Directeur général, Utilisation de l'espace",
     "President, Canadian Space Agency", "Présidente, Agence spatiale canadienne", "GC-Q"),
    ("CSA", "EX-01", "Director, Earth Observation Missions", "Directrice, Missions d'observation de la Terre",
     "Director General, Space Utilization", "Directeur général, Utilisation de l'espace", "EX-03"),
    ("CSA", "EX-01", "Director, Astronaut, Life Sciences and Space Medicine", "Directeur, Astronautes, sciences de la vie et médecine spatiale",
     "Director General, Space Exploration", "Directrice générale, Exploration spatiale", "EX-03"),
    ("NRCAN", "EX-01", "Director, Geological Survey of Canada - Calgary", "Directeur, Commission géologique du Canada - Calgary",
     "Director General, Geological Survey of Canada (Central and Northern Canada)",
     "Directeur général, Commission géologique du Canada (Centre et Nord du Canada)", "EX-03"),
    ("NRCAN", "EX-03", "Director General, CanmetENERGY-Devon", "Directrice générale, CanmetÉNERGIE-Devon",
     "Assistant Deputy Minister, Energy Technology Sector", "Sous-ministre adjoint, Secteur de la technologie de l'énergie", "EX-05"),
    ("NRCAN", "EX-02", "Executive Director, Canadian Forest Service - Pacific Forestry Centre",
     "Directeur exécutif, Service canadien des forêts - Centre de foresterie du Pacifique",
     "Director General, Canadian Forest Service, Science Policy Integration",
     "Directeur général, Service canadien des forêts, Intégration de la politique scientifique", "EX-03"),
    ("NRCAN", "EX-01", "Director, Energy Efficiency Programs for Buildings", "Directrice, Programmes d'efficacité énergétique des bâtiments",
     "Director General, Office of Energy Efficiency", "Directeur général, Office de l'efficacité énergétique", "EX-03"),
    ("NRCAN", "EX-04", "Assistant Deputy Minister, Lands and Minerals Sector", "Sous-ministre adjointe, Secteur des terres et des minéraux",
     "Deputy Minister, Natural Resources", "Sous-ministre, Ressources naturelles", "DM-02"),
    ("STC", "EX-04", "Assistant Chief Statistician, Economic Statistics", "Statisticienne en chef adjointe, Statistique économique",
     "Chief Statistician of Canada", "Statisticien en chef du Canada", "GC-Q"),
]

FIRST = ["Marie-Claude", "Daniel", "Priya", "Étienne", "Shannon", "Kwame", "Hélène", "Raj", "Nathalie", "Graham",
         "Isabelle", "Tariq", "Josée", "Colin", "Mei", "François", "Amanda", "Olumide", "Geneviève", "Stuart",
         "Nadia", "Benoît", "Lindsay", "Karim", "Sylvie", "Darren", "Chantal", "Fiona", "Yannick", "Aisha"]
LAST = ["Thibodeau", "MacLellan", "Ramaswamy", "Gagnon-Roy", "Okafor", "Brisebois", "Lindqvist", "Desjardins",
        "Kowalczyk", "Beauregard", "Nakamura", "O'Sullivan", "Pelletier", "Haddad", "Sauvé", "Whitford",
        "Lachance", "Armstrong", "Cyr", "Vandermeer", "Boudreau", "Mahmoud", "St-Pierre", "Rutherford", "Tremblay-Lévesque"]

# ---------------------------------------------------------------- labels
# Each label form: one key -> list of wordings per language.
LABELS = {
    "en": {
        "title": ["Position Title", "Position title", "Title", "Official Title", "Working Title", "POSITION TITLE", "Job Title"],
        "classification": ["Classification", "Group and Level", "Group/Level", "Level", "CLASSIFICATION", "Classification Level"],
        "job_code": ["Job Code", "Job code", "Generic Job Number", "Position Job Code", "Job No.", "JOB CODE"],
        "position_number": ["Position Number", "Position No.", "Position #", "Pos. No.", "POSITION NUMBER", "Position Reference Number"],
        "effective_date": ["Effective Date", "Effective date", "Date Effective", "Effective", "Date of Classification", "EFFECTIVE DATE"],
        "sup_pn": ["Supervisor's Position Number", "Supervisor Position No.", "Reports to (Position No.)", "Supervisor's Position No."],
        "sup_title": ["Supervisor's Position Title", "Supervisor's Title", "Reports to", "Supervisor Title", "Reports To (Title)"],
        "sup_class": ["Supervisor's Classification", "Supervisor's Group and Level", "Supervisor Level", "Supervisor Classification"],
        "location": ["Location", "Geographic Location", "Work Location", "LOCATION", "Place of Work"],
        "department": ["Department", "Organization", "Department/Agency"],
        "branch": ["Branch", "Sector", "Branch/Sector", "Portfolio"],
        "salary": ["Salary", "Salary Budget", "Salary dollars", "Salaries"],
        "o_and_m": ["O&M", "Operations and Maintenance", "O & M", "Non-salary (O&M)"],
        "total": ["Total", "Total Budget", "Total Operating Budget", "TOTAL"],
        "fte": ["FTEs", "FTE's", "Number of FTEs", "Full-time equivalents", "Employees (FTE)"],
        "program": ["Grants and Contributions", "Program Budget", "Transfer payments", "Grants budget"],
    },
    "fr": {
        "title": ["Titre du poste", "Titre", "Titre officiel", "TITRE DU POSTE", "Intitulé du poste", "Titre fonctionnel"],
        "classification": ["Classification", "Groupe et niveau", "Groupe/niveau", "Niveau", "CLASSIFICATION"],
        "job_code": ["Code d'emploi", "Code de l'emploi", "No de la description générique", "Code du poste", "No d'emploi"],
        "position_number": ["Numéro du poste", "No du poste", "N° de poste", "Poste no", "NUMÉRO DU POSTE"],
        "effective_date": ["Date d'entrée en vigueur", "Date de prise d'effet", "En vigueur le", "Date effective", "DATE D'ENTRÉE EN VIGUEUR"],
        "sup_pn": ["Numéro du poste du superviseur", "No du poste du supérieur", "Relève du poste no", "N° de poste du gestionnaire"],
        "sup_title": ["Titre du poste du superviseur", "Titre du supérieur immédiat", "Relève de", "Supérieur immédiat"],
        "sup_class": ["Classification du superviseur", "Groupe et niveau du supérieur", "Niveau du superviseur"],
        "location": ["Lieu", "Lieu de travail", "Emplacement géographique", "Endroit", "LIEU DE TRAVAIL"],
        "department": ["Ministère", "Organisme", "Ministère/organisme"],
        "branch": ["Direction générale", "Secteur", "Direction"],
        "salary": ["Salaires", "Budget salarial", "Traitements", "Salaire"],
        "o_and_m": ["F et E", "Fonctionnement et entretien", "F&E", "Budget de F et E"],
        "total": ["Total", "Budget total", "Budget de fonctionnement total", "TOTAL"],
        "fte": ["ETP", "Équivalents temps plein", "Nombre d'ETP", "Effectif (ETP)"],
        "program": ["Subventions et contributions", "Budget de programme", "Paiements de transfert"],
    },
}

HEADINGS = {
    "en": {
        "ident": ["Position Identification", "Position Details", "POSITION INFORMATION", "Identification"],
        "ga": ["General Accountability", "GENERAL ACCOUNTABILITY", "Purpose of the Position", "Overall Accountability"],
        "org": ["Organization Structure", "ORGANIZATIONAL STRUCTURE", "Organizational Context", "Structure"],
        "ns": ["Nature and Scope", "NATURE AND SCOPE", "Nature & Scope", "Context and Challenges"],
        "dim": ["Dimensions", "DIMENSIONS", "Financial and Human Resources", "Key Dimensions"],
        "sa": ["Specific Accountabilities", "SPECIFIC ACCOUNTABILITIES", "Key Responsibilities", "Main Activities"],
        "csr": ["Client Service Results", "CLIENT SERVICE RESULTS"],
        "ka": ["Key Activities", "KEY ACTIVITIES"],
        "cert": ["Certification", "CERTIFICATION", "Signatures", "Approval"],
    },
    "fr": {
        "ident": ["Identification du poste", "Renseignements sur le poste", "IDENTIFICATION", "Données du poste"],
        "ga": ["Responsabilité générale", "RESPONSABILITÉ GÉNÉRALE", "Raison d'être du poste", "Responsabilités générales"],
        "org": ["Structure organisationnelle", "STRUCTURE DE L'ORGANISATION", "Contexte organisationnel", "Organisation"],
        "ns": ["Nature et étendue", "NATURE ET ÉTENDUE", "Contexte et défis", "Nature et portée"],
        "dim": ["Dimensions", "DIMENSIONS", "Ressources financières et humaines", "Dimensions principales"],
        "sa": ["Responsabilités spécifiques", "RESPONSABILITÉS SPÉCIFIQUES", "Activités principales", "Responsabilités particulières"],
        "csr": ["Résultats axés sur le service à la clientèle", "RÉSULTATS DU SERVICE AU CLIENT"],
        "ka": ["Activités principales", "ACTIVITÉS PRINCIPALES"],
        "cert": ["Attestation", "ATTESTATION", "Signatures", "Approbation"],
    },
}

# ---------------------------------------------------------------- prose
# {t} the position's title, {u} its unit (the part after the first comma), {d} the department,
# {s} the supervisor's title.
GA = {
    "en": [
        "The {t} is accountable for the planning, direction and delivery of the {u} program of {d}, for the "
        "scientific and technical excellence of its results, and for providing authoritative advice to the {s} "
        "and to senior management on the issues, risks and opportunities in the field.",
        "Under the general direction of the {s}, the incumbent provides leadership, strategic direction and "
        "management oversight to {u}, ensuring that its policies, programs and services respond to the priorities "
        "of the Government of Canada and of {d}.",
        "Accountable for leading the development, coordination and delivery of {u} in support of the mandate of "
        "{d}; for the effective stewardship of the human and financial resources assigned; and for building "
        "partnerships with other federal organizations, provinces and territories, academia and industry.",
    ],
    "fr": [
        "Le ou la titulaire est responsable de la planification, de l'orientation et de la prestation du programme "
        "{u} de {d}, de l'excellence scientifique et technique de ses résultats et de la prestation de conseils "
        "faisant autorité au {s} et à la haute direction.",
        "Sous l'autorité du {s}, assure le leadership, l'orientation stratégique et la surveillance de la gestion "
        "de {u}, afin que les politiques, programmes et services répondent aux priorités du gouvernement du Canada "
        "et de {d}.",
        "Responsable de diriger l'élaboration, la coordination et la mise en oeuvre de {u} à l'appui du mandat de "
        "{d}; de la saine gestion des ressources humaines et financières confiées; et de l'établissement de "
        "partenariats avec les autres organisations fédérales, les provinces et territoires, le milieu universitaire "
        "et l'industrie.",
    ],
}

NS = {
    "en": [
        "{d} operates in an environment of rapid scientific, technological and economic change. The {u} program "
        "must balance the expectations of researchers, industry partners, central agencies and Canadians while "
        "maintaining the integrity, independence and quality for which the organization is known.",
        "The incumbent manages a complex portfolio with a high public profile. Decisions taken in {u} have "
        "consequences for other federal departments, for the provinces and territories and for the research "
        "community, and frequently attract the attention of Ministers, Parliamentary committees and the media.",
        "A major challenge is to sustain the quality and timeliness of results while modernizing the methods, "
        "systems and ways of working of the organization, in a context of constrained budgets, a competitive labour "
        "market for specialized talent and evolving expectations for open data, transparency and security.",
        "The position requires a thorough understanding of the machinery of government, of the Financial "
        "Administration Act and of Treasury Board policies, as well as the ability to build consensus among "
        "partners whose mandates, priorities and timelines do not always coincide.",
    ],
    "fr": [
        "{d} évolue dans un contexte de changements scientifiques, technologiques et économiques rapides. Le "
        "programme {u} doit concilier les attentes des chercheurs, des partenaires de l'industrie, des organismes "
        "centraux et de la population canadienne tout en préservant l'intégrité, l'indépendance et la qualité qui "
        "font la réputation de l'organisation.",
        "Le ou la titulaire gère un portefeuille complexe et très visible. Les décisions prises à {u} ont des "
        "répercussions sur les autres ministères fédéraux, les provinces et territoires et le milieu de la "
        "recherche, et attirent souvent l'attention des ministres, des comités parlementaires et des médias.",
        "Un défi important consiste à maintenir la qualité et l'actualité des résultats tout en modernisant les "
        "méthodes, les systèmes et les façons de travailler, dans un contexte de budgets restreints et de forte "
        "concurrence pour les talents spécialisés.",
        "Le poste exige une connaissance approfondie de l'appareil gouvernemental, de la Loi sur la gestion des "
        "finances publiques et des politiques du Conseil du Trésor, ainsi que la capacité d'établir des consensus "
        "entre des partenaires dont les mandats et les échéanciers ne coïncident pas toujours.",
    ],
}

SA = {
    "en": [
        "Provides strategic leadership and direction to {u}, setting priorities, objectives and performance measures.",
        "Directs the development and implementation of policies, frameworks, standards and guidelines for the program.",
        "Advises the {s}, the Deputy Head and senior committees on emerging issues, risks and options.",
        "Establishes and maintains partnerships with central agencies, other departments, provinces, academia and industry.",
        "Represents {d} at interdepartmental, federal-provincial-territorial and international forums.",
        "Manages the human, financial and material resources of the organization with prudence and probity.",
        "Oversees the preparation of Memoranda to Cabinet, Treasury Board submissions and briefing material.",
        "Leads change management, talent management and the well-being, diversity and inclusion of the team.",
        "Ensures the quality, integrity and timely release of the products and results of the program.",
    ],
    "fr": [
        "Assure le leadership stratégique et l'orientation de {u}, en établissant les priorités, objectifs et mesures du rendement.",
        "Dirige l'élaboration et la mise en oeuvre des politiques, cadres, normes et lignes directrices du programme.",
        "Conseille le {s}, l'administrateur général et les comités supérieurs sur les enjeux émergents, les risques et les options.",
        "Établit et entretient des partenariats avec les organismes centraux, les autres ministères, les provinces, le milieu universitaire et l'industrie.",
        "Représente {d} aux tribunes interministérielles, fédérales-provinciales-territoriales et internationales.",
        "Gère les ressources humaines, financières et matérielles de l'organisation avec prudence et probité.",
        "Supervise la préparation des mémoires au Cabinet, des présentations au Conseil du Trésor et des documents d'information.",
        "Dirige la gestion du changement, la gestion des talents ainsi que le mieux-être, la diversité et l'inclusion de l'équipe.",
        "Veille à la qualité, à l'intégrité et à la diffusion en temps opportun des produits et résultats du programme.",
    ],
}

CSR = {
    "en": "Leadership of {u} for {d}, providing the Government of Canada, partners and Canadians with sound evidence, "
          "advice and services that support informed decisions.",
    "fr": "Direction de {u} pour {d}, afin de fournir au gouvernement du Canada, aux partenaires et à la population "
          "canadienne des données probantes, des conseils et des services qui appuient une prise de décision éclairée.",
}

CERT = {
    "en": "The foregoing is an accurate and complete statement of the duties and responsibilities assigned to the position.",
    "fr": "Je certifie que la présente description est un exposé exact et complet des fonctions et responsabilités du poste.",
}

# Units of the directors (or directors general) reporting to each position above EX-01, by index
# in POSITIONS.
POS_UNITS = {
    1: [("Aerodynamics Laboratory", "Laboratoire d'aérodynamique"), ("Flight Research Laboratory", "Laboratoire de recherche en vol"),
        ("Structures, Materials and Manufacturing", "Structures, matériaux et fabrication"), ("Gas Turbine Laboratory", "Laboratoire des turbines à gaz")],
    2: [("Quantum Sensing Research", "Recherche en détection quantique"), ("Program Partnerships", "Partenariats du programme"),
        ("Photonic Devices", "Dispositifs photoniques")],
    4: [("IRAP Eastern Ontario", "PARI Est de l'Ontario"), ("IRAP Southwestern Ontario", "PARI Sud-Ouest de l'Ontario"),
        ("IRAP Greater Toronto Area", "PARI Région du Grand Toronto"), ("Regional Operations", "Opérations régionales")],
    6: [("Demography and Population Division", "Division de la démographie et de la population"),
        ("Census Content and Dissemination", "Contenu et diffusion du recensement"),
        ("Income Statistics Division", "Division de la statistique du revenu")],
    8: [("Data Science Division", "Division de la science des données"), ("Statistical Methods Research", "Recherche sur les méthodes statistiques")],
    9: [("Orders in Council", "Décrets"), ("Briefing Coordination", "Coordination des breffages"),
        ("Cabinet Business Planning", "Planification des affaires du Cabinet")],
    11: [("Machinery of Government", "Appareil gouvernemental"), ("Senior Personnel Secretariat", "Secrétariat du personnel supérieur"),
         ("Legislation and House Planning", "Législation et planification parlementaire")],
    14: [("Economic Forecasting", "Prévisions économiques"), ("Fiscal Policy Analysis", "Analyse de la politique budgétaire"),
         ("International Economic Analysis", "Analyse économique internationale")],
    15: [("Federal-Provincial Social Policy", "Politique sociale fédérale-provinciale"), ("Equalization and Fiscal Transfers", "Péréquation et transferts fiscaux")],
    18: [("Estimates and Supply", "Budgets des dépenses et crédits"), ("Expenditure Analysis", "Analyse des dépenses"),
         ("Results Policy", "Politique sur les résultats")],
    19: [("Financial Reporting", "Rapports financiers"), ("Financial Management Policy Development", "Élaboration des politiques de gestion financière")],
    22: [("Funding Operations", "Opérations de financement"), ("Peer Review", "Évaluation par les pairs"),
         ("Investigator-Initiated Research Programs", "Programmes de recherche initiée par les chercheurs")],
    23: [("Institute Operations", "Opérations des instituts"), ("Institute Strategic Initiatives", "Initiatives stratégiques des instituts")],
    25: [("Alliance Grants", "Subventions Alliance"), ("Partnerships Operations", "Opérations des partenariats"),
         ("College and Community Innovation", "Innovation dans les collèges et la communauté")],
    28: [("Strategic Planning and Reporting", "Planification stratégique et rapports"), ("Evaluation and Performance", "Évaluation et rendement")],
    30: [("Lunar Exploration", "Exploration lunaire"), ("Space Robotics", "Robotique spatiale")],
    31: [("Earth Observation Missions", "Missions d'observation de la Terre"), ("Satellite Operations", "Opérations des satellites"),
         ("Space Science Programs", "Programmes de sciences spatiales")],
    35: [("Oil Sands and Heavy Oil", "Sables bitumineux et pétrole lourd"), ("Clean Fuels Research", "Recherche sur les carburants propres"),
         ("Research Support Services", "Services de soutien à la recherche")],
    36: [("Forest Ecosystem Research", "Recherche sur les écosystèmes forestiers"), ("Forest Pest Research", "Recherche sur les ravageurs forestiers"),
         ("Centre Operations", "Opérations du Centre")],
    38: [("Geological Survey of Canada", "Commission géologique du Canada"), ("Canada Centre for Mapping and Earth Observation", "Centre canadien de cartographie et d'observation de la Terre"),
         ("Mineral Policy", "Politique des minéraux")],
    39: [("Industry Statistics", "Statistique de l'industrie"), ("Macroeconomic Accounts", "Comptes macroéconomiques"),
         ("Economic Analysis and Research", "Analyse et recherche économiques")],
}
