"""Pools for the blind148 corpus: departments, domains, places, invented names, prose."""

DEPARTMENTS = [
    ("Employment and Social Development Canada", "Emploi et Développement social Canada"),
    ("Immigration, Refugees and Citizenship Canada", "Immigration, Réfugiés et Citoyenneté Canada"),
    ("Health Canada", "Santé Canada"),
    ("Innovation, Science and Economic Development Canada", "Innovation, Sciences et Développement économique Canada"),
    ("Transport Canada", "Transports Canada"),
    ("Public Services and Procurement Canada", "Services publics et Approvisionnement Canada"),
    ("Statistics Canada", "Statistique Canada"),
    ("Natural Resources Canada", "Ressources naturelles Canada"),
    ("Environment and Climate Change Canada", "Environnement et Changement climatique Canada"),
    ("Veterans Affairs Canada", "Anciens Combattants Canada"),
    ("Fisheries and Oceans Canada", "Pêches et Océans Canada"),
    ("Agriculture and Agri-Food Canada", "Agriculture et Agroalimentaire Canada"),
    ("Indigenous Services Canada", "Services aux Autochtones Canada"),
    ("Canadian Heritage", "Patrimoine canadien"),
    ("Public Health Agency of Canada", "Agence de la santé publique du Canada"),
]

# (English domain, French domain)
DOMAINS = [
    ("Benefit Processing Modernization", "Modernisation du traitement des prestations"),
    ("Labour Market Analysis", "Analyse du marché du travail"),
    ("Grants and Contributions Oversight", "Surveillance des subventions et contributions"),
    ("Settlement Program Design", "Conception du programme d'établissement"),
    ("Pharmaceutical Drug Inspections", "Inspection des médicaments pharmaceutiques"),
    ("Spectrum Licensing Operations", "Opérations de délivrance des licences du spectre"),
    ("Rail Safety Oversight", "Surveillance de la sécurité ferroviaire"),
    ("Real Property Portfolio Planning", "Planification du portefeuille immobilier"),
    ("Census Field Operations", "Opérations sur le terrain du recensement"),
    ("Mineral Resources Policy", "Politique des ressources minérales"),
    ("Air Quality Science", "Science de la qualité de l'air"),
    ("Disability Benefits Adjudication", "Décisions sur les prestations d'invalidité"),
    ("Small Craft Harbours", "Ports pour petits bateaux"),
    ("Market Access Secretariat", "Secrétariat de l'accès aux marchés"),
    ("First Nations Infrastructure", "Infrastructure des Premières Nations"),
    ("Museums Assistance Program", "Programme d'aide aux musées"),
    ("Emergency Preparedness and Response", "Préparation et intervention en cas d'urgence"),
    ("Corporate Planning and Reporting", "Planification et rapports ministériels"),
    ("Procurement Policy and Strategies", "Politiques et stratégies d'approvisionnement"),
    ("Financial Management Advisory Services", "Services consultatifs en gestion financière"),
    ("Digital Client Experience", "Expérience numérique des clients"),
    ("Audit and Evaluation Services", "Services de vérification et d'évaluation"),
    ("Talent and Workforce Planning", "Talents et planification de l'effectif"),
    ("Regulatory Affairs and Legislation", "Affaires réglementaires et législation"),
    ("Marine Spatial Planning", "Planification spatiale marine"),
    ("Seed and Plant Health Policy", "Politique sur les semences et la santé des végétaux"),
    ("Information Management Services", "Services de gestion de l'information"),
    ("Clean Fuels Program", "Programme des combustibles propres"),
    ("Indigenous Languages Initiatives", "Initiatives des langues autochtones"),
    ("Vaccine Supply Coordination", "Coordination de l'approvisionnement en vaccins"),
    ("Security and Emergency Management", "Sécurité et gestion des urgences"),
    ("Economic Research and Modelling", "Recherche économique et modélisation"),
    ("Client Contact Centres", "Centres de contact avec la clientèle"),
    ("Integrity Operations", "Opérations d'intégrité"),
    ("Horizontal Policy Coordination", "Coordination des politiques horizontales"),
    ("Data Strategy and Governance", "Stratégie et gouvernance des données"),
    ("Pension Program Delivery", "Prestation du programme de pensions"),
    ("Fleet and Asset Management", "Gestion du parc et des biens"),
    ("Accessibility Standards", "Normes d'accessibilité"),
    ("Wildlife Habitat Conservation", "Conservation de l'habitat faunique"),
    ("Trade Remedies Policy", "Politique sur les recours commerciaux"),
    ("Youth Employment Strategy", "Stratégie emploi jeunesse"),
]
SPARE_DOMAINS = [
    ("Pension Modernization Program", "Programme de modernisation des pensions"),
    ("Workplace Health Services", "Services de santé au travail"),
    ("Northern Programs Delivery", "Prestation des programmes du Nord"),
]

# branches / supervisors' areas (English, French)
BRANCHES = [
    ("Program Operations", "Opérations des programmes"),
    ("Strategic and Service Policy", "Politique stratégique et de service"),
    ("Corporate Services", "Services ministériels"),
    ("Regulatory Operations and Enforcement", "Opérations réglementaires et application de la loi"),
    ("Science and Technology", "Sciences et technologie"),
    ("Chief Financial Officer", "Dirigeant principal des finances"),
    ("Service Delivery", "Prestation des services"),
    ("Policy and Programs", "Politiques et programmes"),
]

# report titles (English, French, groups)
REPORTS = [
    ("Manager, Operations", "Gestionnaire, Opérations", ["PM-06", "AS-07"]),
    ("Manager, Policy Analysis", "Gestionnaire, Analyse des politiques", ["EC-07", "EC-06"]),
    ("Manager, Program Integrity", "Gestionnaire, Intégrité des programmes", ["PM-06", "PM-05"]),
    ("Manager, Financial Planning", "Gestionnaire, Planification financière", ["FI-03", "FI-04"]),
    ("Manager, Systems Support", "Gestionnaire, Soutien des systèmes", ["IT-04", "CS-04"]),
    ("Senior Advisor, Strategic Initiatives", "Conseiller principal, Initiatives stratégiques", ["EC-06", "PM-06"]),
    ("Manager, Stakeholder Engagement", "Gestionnaire, Mobilisation des intervenants", ["PM-06", "IS-05"]),
    ("Manager, Data and Reporting", "Gestionnaire, Données et rapports", ["EC-06", "CS-03"]),
    ("Team Leader, Quality Assurance", "Chef d'équipe, Assurance de la qualité", ["PM-05", "AS-05"]),
    ("Chief, Research and Evaluation", "Chef, Recherche et évaluation", ["EC-07", "SE-RES-03"]),
    ("Manager, Client Services", "Gestionnaire, Services à la clientèle", ["PM-05", "PM-06"]),
    ("Manager, Compliance", "Gestionnaire, Conformité", ["PM-06", "EG-07"]),
    ("Manager, Communications", "Gestionnaire, Communications", ["IS-05", "IS-06"]),
    ("Manager, Procurement", "Gestionnaire, Approvisionnement", ["PG-05", "PG-06"]),
    ("Chief, Inspections", "Chef, Inspections", ["EG-07", "BI-04"]),
    ("Manager, Partnerships", "Gestionnaire, Partenariats", ["PM-06", "EC-06"]),
]
ASSISTANTS = [("Executive Assistant", "Adjoint exécutif", ["AS-02", "CR-05"]),
              ("Administrative Assistant", "Adjointe administrative", ["AS-01", "CR-04"])]

LOCATIONS = [
    ("Gatineau, Quebec", "Gatineau (Québec)"),
    ("Ottawa, Ontario", "Ottawa (Ontario)"),
    ("Montréal, Quebec", "Montréal (Québec)"),
    ("Halifax, Nova Scotia", "Halifax (Nouvelle-Écosse)"),
    ("Winnipeg, Manitoba", "Winnipeg (Manitoba)"),
    ("Vancouver, British Columbia", "Vancouver (Colombie-Britannique)"),
    ("Moncton, New Brunswick", "Moncton (Nouveau-Brunswick)"),
    ("Edmonton, Alberta", "Edmonton (Alberta)"),
    ("Regina, Saskatchewan", "Regina (Saskatchewan)"),
    ("Toronto, Ontario", "Toronto (Ontario)"),
    ("Québec, Quebec", "Québec (Québec)"),
    ("Charlottetown, Prince Edward Island", "Charlottetown (Île-du-Prince-Édouard)"),
]

GIVEN = ["Maëlle", "Dorian", "Priyanka", "Tomasz", "Ngozi", "Aurélien", "Keisha", "Ilse", "Florent",
         "Yasmin", "Corbin", "Odile", "Ravindra", "Sunniva", "Théo", "Mireille", "Anatole", "Wren",
         "Babajide", "Solenne", "Kasimir", "Liesel", "Emeric", "Tamsin", "Guylaine", "Rosalind",
         "Jovan", "Fenella", "Octave", "Marisol", "Benedikt", "Clémence", "Ignatius", "Saoirse",
         "Hamid", "Perpétue", "Lucan", "Ysolde", "Radomir", "Noémie", "Callum", "Ghislaine",
         "Evander", "Aïcha", "Torvald", "Philomène", "Desmond", "Kalinda", "Armelle", "Quillon"]
FAMILY = ["Brassard-Okafor", "Lindqvist", "Pelletier-Nakamura", "Ouimette", "Vasquez-Harlow",
          "Thibodeau", "Castellanos", "Grzybowski", "Achterberg", "Beaudry-Mensah", "Fairweather",
          "Lachapelle", "Oyelaran", "Strzelecki", "Marchessault", "Dunmore", "Kowalchuk", "Rivard-Singh",
          "Haldane-Côté", "Mbeki-Lavoie", "Tessier", "Ruthven", "Delacroix-Ward", "Nørgaard",
          "Quintal", "Abernethy", "Latulippe", "Szymanski", "Morissette-Khan", "Iwasaki", "Bellefeuille",
          "Crowfoot-Dubé", "Vaillancourt", "Esterhazy", "Gauthier-Obi", "Pinsonneault", "Whitlock",
          "Arsenault-Lee", "Rademaker", "Sauvageau", "Okonjo", "Blanchette", "Kerrigan", "Desrochers",
          "Halvorsen", "Lemieux-Park", "Tardif", "Oduya", "Villeneuve", "Brightwater"]

GA_EN = ("The {title} is accountable for the leadership, planning and delivery of the {dom} function of "
         "the department, for the management of its human and financial resources and for the provision of "
         "expert advice to the {sup}.")
GA_FR = ("Le ou la titulaire du poste de {title} est responsable de la direction, de la planification et "
         "de l'exécution de la fonction {dom} du ministère, de la gestion des ressources humaines et "
         "financières qui y sont affectées et de la prestation de conseils spécialisés au {sup}.")
NS_EN = ("The position operates in a complex environment shaped by changing government priorities, the "
         "expectations of clients and partners, and the need to modernize programs while maintaining "
         "service standards. The incumbent manages competing demands and represents the department with "
         "central agencies, provinces and territories, and stakeholders.")
NS_FR = ("Le poste s'exerce dans un contexte complexe marqué par l'évolution des priorités du gouvernement, "
         "les attentes des clients et des partenaires et la nécessité de moderniser les programmes tout en "
         "respectant les normes de service. Le ou la titulaire concilie des demandes concurrentes et "
         "représente le ministère auprès des organismes centraux, des provinces et territoires et des "
         "intervenants.")
SA_EN = [
    "Provides strategic direction and leadership for the planning, design and delivery of the unit's programs and services.",
    "Directs the development of policies, frameworks and performance measures and reports on results to senior management.",
    "Manages the human and financial resources of the unit, including staffing, talent management and budget planning.",
    "Builds and maintains partnerships with central agencies, other departments, provinces, territories and stakeholders.",
    "Represents the department on interdepartmental committees and provides expert advice on emerging issues.",
]
SA_FR = [
    "Assure l'orientation stratégique et le leadership pour la planification, la conception et la prestation des programmes et services de l'unité.",
    "Dirige l'élaboration de politiques, de cadres et de mesures du rendement et rend compte des résultats à la haute direction.",
    "Gère les ressources humaines et financières de l'unité, y compris la dotation, la gestion des talents et la planification budgétaire.",
    "Établit et entretient des partenariats avec les organismes centraux, les autres ministères, les provinces, les territoires et les intervenants.",
    "Représente le ministère au sein de comités interministériels et fournit des conseils spécialisés sur les enjeux émergents.",
]
