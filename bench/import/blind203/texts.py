"""Prose, areas, places and invented names for blind203 (all names are invented)."""

DEPARTMENTS = [
    # (en, fr, short, branch en, branch fr, ADM title en, ADM title fr)
    ("Employment and Social Development Canada", "Emploi et Développement social Canada", "ESDC",
     "Learning Branch", "Direction générale de l'apprentissage",
     "Assistant Deputy Minister, Learning Branch", "Sous-ministre adjoint, Direction générale de l'apprentissage"),
    ("Natural Resources Canada", "Ressources naturelles Canada", "NRCan",
     "Energy Technology Sector", "Secteur de la technologie de l'énergie",
     "Assistant Deputy Minister, Energy Technology Sector", "Sous-ministre adjoint, Secteur de la technologie de l'énergie"),
    ("Transport Canada", "Transports Canada", "TC",
     "Safety and Security Group", "Groupe de la sécurité et de la sûreté",
     "Assistant Deputy Minister, Safety and Security", "Sous-ministre adjoint, Sécurité et sûreté"),
    ("Statistics Canada", "Statistique Canada", "StatCan",
     "Social, Health and Labour Statistics Field", "Secteur de la statistique sociale, de la santé et du travail",
     "Assistant Chief Statistician, Social, Health and Labour Statistics", "Statisticien en chef adjoint, Statistique sociale, de la santé et du travail"),
]

DG_AREAS = [
    ("Learning Policy and Programs", "Politiques et programmes d'apprentissage"),
    ("Clean Energy Innovation", "Innovation en énergie propre"),
    ("Rail Safety", "Sécurité ferroviaire"),
    ("Labour Statistics", "Statistique du travail"),
]

AREAS = [
    ("Student Financial Assistance", "Aide financière aux étudiants"),
    ("Apprenticeship Grants", "Subventions aux apprentis"),
    ("Program Integrity", "Intégrité des programmes"),
    ("Learning Policy", "Politique d'apprentissage"),
    ("Client Experience", "Expérience client"),
    ("Skills Partnerships", "Partenariats en compétences"),
    ("Indigenous Learning Initiatives", "Initiatives d'apprentissage autochtones"),
    ("Results and Evaluation", "Résultats et évaluation"),
    ("Program Operations", "Opérations des programmes"),
    ("Hydrogen and Fuels", "Hydrogène et carburants"),
    ("Energy Efficiency Programs", "Programmes d'efficacité énergétique"),
    ("Grid Modernization", "Modernisation du réseau"),
    ("Technology Demonstration", "Démonstration technologique"),
    ("Carbon Management", "Gestion du carbone"),
    ("Laboratory Operations", "Opérations des laboratoires"),
    ("Science Policy", "Politique scientifique"),
    ("Funding Programs", "Programmes de financement"),
    ("Business Planning", "Planification des activités"),
    ("Rail Safety Oversight", "Surveillance de la sécurité ferroviaire"),
    ("Dangerous Goods Compliance", "Conformité des marchandises dangereuses"),
    ("Crossings and Infrastructure", "Passages à niveau et infrastructure"),
    ("Regulatory Affairs", "Affaires réglementaires"),
    ("Inspection Programs", "Programmes d'inspection"),
    ("Rail Security", "Sûreté ferroviaire"),
    ("Data Analytics", "Analyse des données"),
    ("Safety Standards", "Normes de sécurité"),
    ("Labour Force Survey", "Enquête sur la population active"),
    ("Wages and Earnings", "Salaires et rémunération"),
    ("Job Vacancy Statistics", "Statistiques sur les postes vacants"),
    ("Survey Methods", "Méthodes d'enquête"),
    ("Dissemination", "Diffusion"),
    ("Labour Market Analysis", "Analyse du marché du travail"),
    ("Data Integration", "Intégration des données"),
    ("Collection Operations", "Opérations de collecte"),
]

REPORT_AREAS = [
    ("Operations", "Opérations"), ("Policy", "Politiques"), ("Planning", "Planification"),
    ("Client Services", "Services à la clientèle"), ("Analysis", "Analyse"), ("Systems", "Systèmes"),
    ("Compliance", "Conformité"), ("Partnerships", "Partenariats"), ("Research", "Recherche"),
    ("Quality Assurance", "Assurance de la qualité"), ("Grants and Contributions", "Subventions et contributions"),
    ("Outreach", "Sensibilisation"), ("Data Management", "Gestion des données"), ("Finance", "Finances"),
]

PLACES = [
    ("Gatineau, Quebec", "Gatineau (Québec)"), ("Ottawa, Ontario", "Ottawa (Ontario)"),
    ("Montréal, Quebec", "Montréal (Québec)"), ("Moncton, New Brunswick", "Moncton (Nouveau-Brunswick)"),
    ("Winnipeg, Manitoba", "Winnipeg (Manitoba)"), ("Edmonton, Alberta", "Edmonton (Alberta)"),
    ("Halifax, Nova Scotia", "Halifax (Nouvelle-Écosse)"), ("Vancouver, British Columbia", "Vancouver (Colombie-Britannique)"),
]

GIVEN = ["Marisol", "Dunstan", "Oriane", "Teodor", "Lusia", "Kemal", "Ysolde", "Brannock", "Philippa", "Aurèle",
         "Noémie", "Casimir", "Ingrith", "Tobiah", "Wenonah", "Ferdie", "Séverine", "Ottoline", "Radek", "Mairead",
         "Evander", "Clélia", "Hollis", "Zinovia", "Barnaby", "Ghislaine", "Oskar", "Tamsin", "Léandre", "Prudence"]
FAMILY = ["Quillfeather", "Ostrander", "Lachapelle-Brisk", "Vandermolen", "Tremblay-Okoro", "Haskewitch", "Penhallow",
          "Dufresnoy", "Kittredge", "Marchessault", "Abernethy-Sayle", "Gorvenko", "Ouellon", "Strathairn", "Beaulné",
          "Winterbourne", "Szczepanowa", "Rocheleau-Fenn", "Aldous", "Castonguay-Pike", "Mirabeaux", "Thistlewood",
          "Nakashima-Rowe", "Lévesquier", "Brightwater", "Fairweather-Imbeau"]

GA_EN = ("The {t} is accountable for the leadership, planning and delivery of the {a} function of the "
         "{b}, including policy advice to senior management, the management of resources and the "
         "coordination of work with other federal departments, provinces and territories, and stakeholders.")
GA_FR = ("Le titulaire du poste de {t} est responsable du leadership, de la planification et de la prestation "
         "de la fonction {a} de la {b}, y compris les conseils stratégiques à la haute direction, la gestion "
         "des ressources et la coordination des travaux avec les autres ministères, les provinces et les territoires.")
NS_EN = ("The position operates in a complex environment of competing priorities, public scrutiny and "
         "evolving legislation. The incumbent anticipates emerging issues, builds consensus among partners "
         "and ensures that programs are delivered with integrity and in accordance with Treasury Board policies.")
NS_FR = ("Le poste s'exerce dans un contexte complexe de priorités concurrentes, d'examen public et de "
         "législation en évolution. Le titulaire anticipe les enjeux, dégage des consensus et veille à ce que "
         "les programmes soient exécutés avec intégrité, conformément aux politiques du Conseil du Trésor.")
SA_EN = ["Provides strategic leadership and direction for the design and delivery of {a} programs and services.",
         "Advises the {s} and senior management on emerging issues, risks and opportunities.",
         "Directs the development of policy frameworks, strategies, plans and performance measures.",
         "Manages human and financial resources, including staffing, talent management and budget planning.",
         "Represents the Department with central agencies, other jurisdictions and stakeholders."]
SA_FR = ["Assure le leadership stratégique et l'orientation de la conception et de la prestation des programmes.",
         "Conseille le {s} et la haute direction sur les enjeux, les risques et les possibilités.",
         "Dirige l'élaboration des cadres stratégiques, des plans et des mesures du rendement.",
         "Gère les ressources humaines et financières, y compris la dotation et la gestion des talents.",
         "Représente le Ministère auprès des organismes centraux, des autres administrations et des intervenants."]
