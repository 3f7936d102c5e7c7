"""Positions, prose and invented names for the blind122 corpus (issue 12).

Every person named here is invented. Positions are invented too; departments are real
Government of Canada organizations, used only for their names."""

DEPTS = {
    "ESDC": ("Employment and Social Development Canada", "Emploi et Développement social Canada"),
    "IRCC": ("Immigration, Refugees and Citizenship Canada", "Immigration, Réfugiés et Citoyenneté Canada"),
    "ECCC": ("Environment and Climate Change Canada", "Environnement et Changement climatique Canada"),
    "DFO": ("Fisheries and Oceans Canada", "Pêches et Océans Canada"),
    "ISC": ("Indigenous Services Canada", "Services aux Autochtones Canada"),
    "CRA": ("Canada Revenue Agency", "Agence du revenu du Canada"),
    "PSPC": ("Public Services and Procurement Canada", "Services publics et Approvisionnement Canada"),
    "HC": ("Health Canada", "Santé Canada"),
    "TC": ("Transport Canada", "Transports Canada"),
    "NRCan": ("Natural Resources Canada", "Ressources naturelles Canada"),
    "AAFC": ("Agriculture and Agri-Food Canada", "Agriculture et Agroalimentaire Canada"),
    "StatCan": ("Statistics Canada", "Statistique Canada"),
    "CIRNAC": ("Crown-Indigenous Relations and Northern Affairs Canada", "Relations Couronne-Autochtones et Affaires du Nord Canada"),
    "PC": ("Parks Canada", "Parcs Canada"),
    "VAC": ("Veterans Affairs Canada", "Anciens Combattants Canada"),
    "LAC": ("Library and Archives Canada", "Bibliothèque et Archives Canada"),
    "PS": ("Public Safety Canada", "Sécurité publique Canada"),
    "PCH": ("Canadian Heritage", "Patrimoine canadien"),
}

LOCS = [
    ("Ottawa, Ontario", "Ottawa (Ontario)"),
    ("Gatineau, Quebec", "Gatineau (Québec)"),
    ("Moncton, New Brunswick", "Moncton (Nouveau-Brunswick)"),
    ("Winnipeg, Manitoba", "Winnipeg (Manitoba)"),
    ("Edmonton, Alberta", "Edmonton (Alberta)"),
    ("Vancouver, British Columbia", "Vancouver (Colombie-Britannique)"),
    ("Halifax, Nova Scotia", "Halifax (Nouvelle-Écosse)"),
    ("Montréal, Quebec", "Montréal (Québec)"),
    ("Iqaluit, Nunavut", "Iqaluit (Nunavut)"),
    ("Yellowknife, Northwest Territories", "Yellowknife (Territoires du Nord-Ouest)"),
    ("Regina, Saskatchewan", "Regina (Saskatchewan)"),
    ("Charlottetown, Prince Edward Island", "Charlottetown (Île-du-Prince-Édouard)"),
    ("Sherbrooke, Quebec", "Sherbrooke (Québec)"),
    ("St. John's, Newfoundland and Labrador", "St. John's (Terre-Neuve-et-Labrador)"),
    ("Thunder Bay, Ontario", "Thunder Bay (Ontario)"),
    ("Québec, Quebec", "Québec (Québec)"),
]

# (classification, title_en, title_fr, dept, supervisor_en, supervisor_fr, supervisor_cls)
POSITIONS = [
    ("EX-01", "Director, Pension Policy Analysis", "Directeur, Analyse des politiques de pensions", "ESDC",
     "Director General, Seniors and Pensions Policy", "Directeur général, Politiques sur les aînés et les pensions", "EX-03"),
    ("EX-01", "Director, Asylum Intake Operations", "Directrice, Opérations d'accueil des demandes d'asile", "IRCC",
     "Executive Director, Asylum Operations", "Directrice exécutive, Opérations liées à l'asile", "EX-02"),
    ("EX-02", "Executive Director, Wildlife Enforcement", "Directeur exécutif, Application de la loi sur la faune", "ECCC",
     "Director General, Enforcement Branch", "Directeur général, Direction générale de l'application de la loi", "EX-03"),
    ("EX-01", "Director, Small Craft Harbours, Gulf Region", "Directrice, Ports pour petits bateaux, Région du Golfe", "DFO",
     "Regional Director General, Gulf Region", "Directeur général régional, Région du Golfe", "EX-03"),
    ("EX-03", "Director General, First Nations Housing and Infrastructure", "Directrice générale, Logement et infrastructure des Premières Nations", "ISC",
     "Assistant Deputy Minister, Regional Operations", "Sous-ministre adjoint, Opérations régionales", "EX-05"),
    ("EX-01", "Director, Charities Compliance", "Directeur, Conformité des organismes de bienfaisance", "CRA",
     "Director General, Charities Directorate", "Directrice générale, Direction des organismes de bienfaisance", "EX-03"),
    ("EX-02", "Executive Director, Real Property Portfolio Management", "Directrice exécutive, Gestion du portefeuille immobilier", "PSPC",
     "Director General, Real Property Services", "Directeur général, Services immobiliers", "EX-03"),
    ("EX-01", "Director, Medical Devices Licensing", "Directeur, Homologation des instruments médicaux", "HC",
     "Director General, Medical Devices Directorate", "Directrice générale, Direction des instruments médicaux", "EX-03"),
    ("EX-01", "Director, Rail Safety Oversight, Prairie and Northern Region", "Directrice, Surveillance de la sécurité ferroviaire, Région des Prairies et du Nord", "TC",
     "Regional Director General, Prairie and Northern Region", "Directeur général régional, Région des Prairies et du Nord", "EX-03"),
    ("EX-02", "Executive Director, Critical Minerals Centre of Excellence", "Directeur exécutif, Centre d'excellence sur les minéraux critiques", "NRCan",
     "Director General, Lands and Minerals Policy", "Directrice générale, Politique des terres et des minéraux", "EX-03"),
    ("EX-01", "Director, Farm Income Programs", "Directeur, Programmes de revenu agricole", "AAFC",
     "Director General, Business Risk Management Programs", "Directeur général, Programmes de gestion des risques de l'entreprise", "EX-03"),
    ("EX-01", "Director, Census Field Operations", "Directrice, Opérations sur le terrain du recensement", "StatCan",
     "Director General, Census Management Office", "Directeur général, Bureau de gestion du recensement", "EX-03"),
    ("EX-03", "Director General, Northern Contaminated Sites", "Directeur général, Sites contaminés du Nord", "CIRNAC",
     "Assistant Deputy Minister, Northern Affairs", "Sous-ministre adjointe, Affaires du Nord", "EX-05"),
    ("EX-01", "Field Unit Superintendent, Southwest Nova Scotia", "Directrice d'unité de gestion, Sud-Ouest de la Nouvelle-Écosse", "PC",
     "Executive Director, Atlantic Canada", "Directeur exécutif, Canada atlantique", "EX-02"),
    ("EX-01", "Director, Veterans Service Delivery, Atlantic", "Directeur, Prestation des services aux vétérans, Atlantique", "VAC",
     "Director General, Field Operations", "Directrice générale, Opérations sur le terrain", "EX-03"),
    ("EX-02", "Executive Director, Digital Preservation", "Directrice exécutive, Préservation numérique", "LAC",
     "Director General, Archives Branch", "Directeur général, Direction générale des archives", "EX-03"),
    ("EX-01", "Director, Crime Prevention Programs", "Directeur, Programmes de prévention du crime", "PS",
     "Director General, Community Safety and Partnerships", "Directrice générale, Sécurité communautaire et partenariats", "EX-03"),
    ("EX-01", "Director, Official Languages Support Programs", "Directrice, Programmes d'appui aux langues officielles", "PCH",
     "Director General, Official Languages Branch", "Directeur général, Direction générale des langues officielles", "EX-03"),
    ("EX-02", "Executive Director, Employment Insurance Appeals Modernization", "Directeur exécutif, Modernisation des appels de l'assurance-emploi", "ESDC",
     "Director General, Benefits Processing", "Directrice générale, Traitement des prestations", "EX-03"),
    ("EX-01", "Director, Citizenship Program Integrity", "Directeur, Intégrité du programme de citoyenneté", "IRCC",
     "Director General, Citizenship Branch", "Directrice générale, Direction générale de la citoyenneté", "EX-03"),
    ("EX-01", "Director, Air Quality Monitoring", "Directrice, Surveillance de la qualité de l'air", "ECCC",
     "Director General, Atmospheric Science and Technology", "Directeur général, Science et technologie atmosphériques", "EX-03"),
    ("EX-02", "Executive Director, Aquatic Ecosystems Science, Pacific", "Directeur exécutif, Sciences des écosystèmes aquatiques, Pacifique", "DFO",
     "Regional Director General, Pacific Region", "Directrice générale régionale, Région du Pacifique", "EX-03"),
    ("EX-01", "Director, Child and Family Services, Manitoba Region", "Directeur, Services à l'enfance et à la famille, Région du Manitoba", "ISC",
     "Regional Executive Director, Manitoba Region", "Directrice exécutive régionale, Région du Manitoba", "EX-02"),
    ("EX-03", "Director General, Collections Directorate", "Directrice générale, Direction des recouvrements", "CRA",
     "Assistant Commissioner, Collections and Verification Branch", "Commissaire adjoint, Direction générale des recouvrements et de la vérification", "EX-04"),
    ("EX-01", "Director, Translation Bureau Terminology Standardization", "Directeur, Normalisation terminologique du Bureau de la traduction", "PSPC",
     "Executive Director, Linguistic Services", "Directrice exécutive, Services linguistiques", "EX-02"),
    ("EX-02", "Executive Director, Natural Health Products", "Directrice exécutive, Produits de santé naturels", "HC",
     "Director General, Natural and Non-prescription Health Products Directorate", "Directeur général, Direction des produits de santé naturels et sans ordonnance", "EX-03"),
    ("EX-01", "Director, Marine Safety Inspections, Quebec Region", "Directeur, Inspections de la sécurité maritime, Région du Québec", "TC",
     "Regional Director General, Quebec Region", "Directrice générale régionale, Région du Québec", "EX-03"),
    ("EX-01", "Director, Forest Fire Science", "Directrice, Science des feux de forêt", "NRCan",
     "Director General, Northern Forestry Centre", "Directeur général, Centre de foresterie du Nord", "EX-03"),
    ("EX-02", "Executive Director, Market Access Secretariat", "Directeur exécutif, Secrétariat de l'accès aux marchés", "AAFC",
     "Director General, International Trade Policy", "Directrice générale, Politique du commerce international", "EX-03"),
    ("EX-01", "Director, Indigenous Statistical Capacity", "Directeur, Capacité statistique autochtone", "StatCan",
     "Director General, Social Statistics Programs", "Directrice générale, Programmes de la statistique sociale", "EX-03"),
    ("EX-01", "Director, Land Claims Implementation, Nunavut", "Directrice, Mise en œuvre des revendications territoriales, Nunavut", "CIRNAC",
     "Regional Director General, Nunavut Region", "Directeur général régional, Région du Nunavut", "EX-03"),
    ("EX-02", "Executive Director, Visitor Experience", "Directrice exécutive, Expérience du visiteur", "PC",
     "Vice-President, External Relations and Visitor Experience", "Vice-président, Relations externes et expérience du visiteur", "EX-04"),
    ("EX-01", "Director, Disability Benefits Adjudication", "Directeur, Décisions sur les prestations d'invalidité", "VAC",
     "Director General, Centralized Operations", "Directrice générale, Opérations centralisées", "EX-03"),
    ("EX-01", "Director, Government of Canada Web Archive", "Directrice, Archive Web du gouvernement du Canada", "LAC",
     "Executive Director, Digital Preservation", "Directrice exécutive, Préservation numérique", "EX-02"),
    ("EX-03", "Director General, Emergency Management Programs", "Directeur général, Programmes de gestion des urgences", "PS",
     "Assistant Deputy Minister, Emergency Management and Programs", "Sous-ministre adjointe, Gestion des urgences et programmes", "EX-05"),
    ("EX-01", "Director, Museums Assistance Program", "Directeur, Programme d'aide aux musées", "PCH",
     "Director General, Heritage Policy and Programs", "Directrice générale, Politiques et programmes du patrimoine", "EX-03"),
    ("EX-01", "Director, Apprenticeship Grants Processing", "Directrice, Traitement des subventions aux apprentis", "ESDC",
     "Executive Director, Employment Insurance Appeals Modernization", "Directeur exécutif, Modernisation des appels de l'assurance-emploi", "EX-02"),
    ("EX-02", "Executive Director, Settlement Network, Western Region", "Directeur exécutif, Réseau d'établissement, Région de l'Ouest", "IRCC",
     "Director General, Settlement and Integration", "Directrice générale, Établissement et intégration", "EX-03"),
    ("EX-01", "Director, Species at Risk Recovery Planning", "Directrice, Planification du rétablissement des espèces en péril", "ECCC",
     "Director General, Canadian Wildlife Service", "Directeur général, Service canadien de la faune", "EX-03"),
    ("EX-01", "Director, Fisheries Licensing and Allocations", "Directeur, Délivrance des permis et allocations de pêche", "DFO",
     "Director General, Fisheries Resource Management", "Directrice générale, Gestion des ressources halieutiques", "EX-03"),
    ("EX-02", "Regional Executive Director, Alberta Region", "Directrice exécutive régionale, Région de l'Alberta", "ISC",
     "Assistant Deputy Minister, Regional Operations", "Sous-ministre adjoint, Opérations régionales", "EX-05"),
    ("EX-01", "Director, Scientific Research and Experimental Development Policy", "Directeur, Politique sur la recherche scientifique et le développement expérimental", "CRA",
     "Director General, Innovation Tax Programs", "Directrice générale, Programmes fiscaux de l'innovation", "EX-03"),
    ("EX-01", "Director, Pharmacovigilance Signal Assessment", "Directrice, Évaluation des signaux de pharmacovigilance", "HC",
     "Director General, Marketed Health Products Directorate", "Directeur général, Direction des produits de santé commercialisés", "EX-03"),
]

AREAS = [
    ("Policy Development", "Élaboration des politiques"),
    ("Program Operations", "Opérations des programmes"),
    ("Data and Analytics", "Données et analytique"),
    ("Stakeholder Engagement", "Mobilisation des intervenants"),
    ("Grants and Contributions", "Subventions et contributions"),
    ("Regional Coordination", "Coordination régionale"),
    ("Compliance and Enforcement", "Conformité et application de la loi"),
    ("Corporate Planning", "Planification ministérielle"),
    ("Indigenous Partnerships", "Partenariats autochtones"),
    ("Digital Services", "Services numériques"),
    ("Risk Management", "Gestion des risques"),
    ("Strategic Communications", "Communications stratégiques"),
    ("Science Coordination", "Coordination scientifique"),
    ("Client Services", "Services à la clientèle"),
    ("Evaluation and Reporting", "Évaluation et rapports"),
    ("Legislative Affairs", "Affaires législatives"),
    ("Quality Assurance", "Assurance de la qualité"),
    ("Business Transformation", "Transformation des activités"),
]

# (title_en, title_fr, classification, fte range)
REPORT_POOL = [
    ("Manager, Policy Analysis", "Gestionnaire, Analyse des politiques", "EC-07", (5, 14)),
    ("Manager, Operations", "Gestionnaire, Opérations", "PM-06", (8, 30)),
    ("Senior Advisor", "Conseillère principale", "EC-06", (1, 1)),
    ("Manager, Program Delivery", "Gestionnaire, Prestation des programmes", "PM-06", (6, 22)),
    ("Manager, Systems and Data", "Gestionnaire, Systèmes et données", "IT-04", (4, 12)),
    ("Manager, Finance and Planning", "Gestionnaire, Finances et planification", "FI-03", (3, 8)),
    ("Chief, Research and Analytics", "Chef, Recherche et analytique", "EC-06", (3, 9)),
    ("Manager, Stakeholder Relations", "Gestionnaire, Relations avec les intervenants", "IS-05", (3, 7)),
    ("Manager, Compliance Review", "Gestionnaire, Examen de la conformité", "PM-06", (7, 19)),
    ("Chief, Inspections", "Chef, Inspections", "TI-08", (6, 18)),
    ("Manager, Scientific Assessment", "Gestionnaire, Évaluation scientifique", "BI-04", (5, 15)),
    ("Manager, Regional Liaison", "Gestionnaire, Liaison régionale", "PM-06", (4, 10)),
    ("Executive Assistant", "Adjointe exécutive", "AS-02", (1, 1)),
]

NAMES = [
    # particles, hyphens, apostrophes
    "Marie-Ève St-Onge", "Pieter van der Berg", "Anneke van der Berg", "Siobhan O'Neil", "Kevin O'Neil",
    "Luc de la Fontaine", "Étienne D'Amours", "Jean-François Côté-Brisson", "Anne-Marie Lévesque-Hébert",
    "Rory McNeil-Dunn", "Aïcha Ben Saïd", "Carlos de los Santos", "Maxime Saint-Laurent", "Mohamed El-Amin",
    "Priya Dasgupta-Rao", "Hélène Du Tremblay", "Brigitte Van Horne", "Séamus Ó Briain", "Geneviève Lafleur-Daoust",
    "Dominique LeBlanc-Arsenault", "Ingrid von Alten", "Paul-André Dufresne",
    # Indigenous and other names that are ordinary words
    "Josephine Whitecalf", "Leonard Crowchild", "Cheryl Littlechild", "Harvey Sweetgrass", "Nora Standingready",
    "Wesley Redsky", "Colin Morningstar", "Irene Cardinal", "Martha Loon", "Dale Swan", "Pauline Wolfe",
    "Tanis Quill", "Annie Qitsualik", "Brian Eagle", "Rose Marsh", "Grant Parsons", "Holly Fields",
    "Faith Newman", "Glen Brook", "Dawn Black", "Summer King", "Will Baker", "Hunter Stone", "Joy Guard",
    "Sky Bearpaw", "Amos Bigcanoe", "Ruth Many Grey Horses", "Clifford Tallman", "Victor Goodwill",
    "Mercy Strongeagle", "Early Moon",
    # French names that are words
    "Marc Boulanger", "Louise Lapointe", "Sylvie Lamontagne", "Pierre Bonenfant", "Claire Forest",
    "Julien Lachance", "Nathalie Beauchemin", "Simon Lebrun", "Chantal Lavigne", "Benoît Meunier",
    "Josée Marchand", "René Boisvert", "Lise Rivière", "Yves Dupont", "Martine Després",
    # others
    "Olivia Chen", "Raj Malhotra", "Fatima Haddad", "Tomasz Nowak", "Grace Okafor", "Daniel Kowalczyk",
    "Hannah Lindqvist", "Samuel Mensah", "Yuki Tanaka", "Elena Petrova", "Omar Farouk", "Lucía Herrera",
    "Connor MacLeod", "Bridget Fitzgerald", "Ahmed Karimi", "Natasha Ivanova", "Ben Goldstein",
    "Isabelle Roy", "Patrick Gauthier", "Sophie Bergeron", "Alexandre Poirier", "Caroline Fortin",
    "Mélanie Girard", "Francis Ouellet", "Véronique Caron", "Stéphane Paquette", "Karine Bouchard",
    "Éric Nadeau", "Valérie Cloutier", "Guillaume Hamel",
]

INITIALED = [
    "M. Dufresne", "J. Tremblay-Roy", "R. O'Neil", "K. van der Berg", "L. St-Onge", "A. Crowchild",
    "S. Lachance", "D. Black", "P. Sweetgrass", "G. Meunier", "C. Loon", "É. D'Amours", "T. Quill",
    "B. Stone", "H. Marchand", "N. Eagle",
]

ROLES_EN = ["HR Advisor, Classification", "Organizational Design Advisor", "Senior Classification Advisor",
            "Business Manager", "Senior HR Business Partner", "Classification Analyst"]
ROLES_FR = ["Conseillère en classification", "Conseiller en conception organisationnelle",
            "Conseillère principale en classification", "Gestionnaire des opérations",
            "Partenaire d'affaires RH principale", "Analyste en classification"]

GA_EN = [
    "The {t} is accountable for the strategic direction, design and delivery of {a}, ensuring that "
    "departmental objectives are met with due regard to legislation, policy and the needs of Canadians.",
    "The {t} provides leadership and direction to {a}, and is accountable to the {s} for the "
    "effective management of the human, financial and information resources assigned to the unit.",
    "Under the direction of the {s}, the {t} leads {a} and provides authoritative advice to senior "
    "management, central agencies and partners on related issues.",
]
GA_FR = [
    "Le titulaire du poste de {t} est responsable de l'orientation stratégique, de la conception et de la "
    "prestation de {a}, en veillant à l'atteinte des objectifs ministériels dans le respect des lois et politiques.",
    "Sous la direction de la personne qui occupe le poste de {s}, le titulaire dirige {a} et fournit des conseils faisant autorité à la haute "
    "direction, aux organismes centraux et aux partenaires.",
]
AREA_PHRASE_EN = ["the national program and its regional delivery network", "the directorate's policy, operations and "
                  "analytical functions", "a portfolio of regulatory and program activities",
                  "the division's operational and advisory services"]
AREA_PHRASE_FR = ["le programme national et son réseau de prestation régional", "les fonctions de politique, "
                  "d'opérations et d'analyse de la direction", "un portefeuille d'activités réglementaires et de programmes"]

NS_EN = [
    "The work is carried out in a complex environment shaped by evolving government priorities, "
    "heightened public scrutiny and the expectations of provincial, territorial and Indigenous partners. "
    "The incumbent must reconcile competing priorities and timelines while maintaining service standards.",
    "The position operates in a multi-jurisdictional setting in which decisions have significant "
    "financial, legal and reputational consequences for the department. Issues are frequently the "
    "subject of media and parliamentary attention.",
    "The directorate manages a growing volume of work with finite resources. The incumbent leads "
    "change management, modernization and the integration of new digital tools, and represents the "
    "department at interdepartmental and intergovernmental tables.",
]
NS_FR = [
    "Le travail s'effectue dans un contexte complexe marqué par l'évolution des priorités gouvernementales, "
    "un examen public soutenu et les attentes des partenaires provinciaux, territoriaux et autochtones.",
    "Le poste s'inscrit dans un environnement multijuridictionnel où les décisions ont des conséquences "
    "financières, juridiques et de réputation importantes pour le ministère.",
]
SA_EN = [
    "Directs the development and implementation of strategies, plans and performance measures.",
    "Provides strategic advice and briefings to the Assistant Deputy Minister and senior management committees.",
    "Manages the human and financial resources of the unit and ensures sound stewardship and reporting.",
    "Establishes and maintains partnerships with other departments, provinces, territories and stakeholders.",
    "Leads the modernization of business processes, systems and service standards.",
    "Represents the department at interdepartmental and intergovernmental committees.",
    "Oversees risk management, audit follow-up and compliance with Treasury Board policies.",
    "Fosters a healthy, diverse and inclusive workplace and develops the leadership capacity of the team.",
]
SA_FR = [
    "Dirige l'élaboration et la mise en œuvre de stratégies, de plans et de mesures du rendement.",
    "Fournit des conseils stratégiques et des notes d'information au sous-ministre adjoint et aux comités de la haute direction.",
    "Gère les ressources humaines et financières de l'unité et assure une saine gérance et la reddition de comptes.",
    "Établit et entretient des partenariats avec les autres ministères, les provinces, les territoires et les intervenants.",
    "Dirige la modernisation des processus opérationnels, des systèmes et des normes de service.",
    "Représente le ministère aux comités interministériels et intergouvernementaux.",
    "Favorise un milieu de travail sain, diversifié et inclusif et développe le leadership de l'équipe.",
]
