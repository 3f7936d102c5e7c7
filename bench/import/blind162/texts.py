"""Prose, positions and invented names for blind162 (deputy head's office packages)."""

FIRST = ["Maelle", "Tobias", "Ngozi", "Hartley", "Solveig", "Renaud", "Ximena", "Oluwaseun", "Brielle",
         "Casimir", "Daphnee", "Eamon", "Fenella", "Gaspard", "Henrike", "Ilario", "Jorunn", "Kaveh",
         "Liesl", "Mattias", "Noemie", "Oisin", "Perpetua", "Quillon", "Rosalind", "Severin", "Thandeka",
         "Ulrike", "Valerian", "Wrenna", "Yannick", "Zuleika", "Anouk", "Bartosz", "Celestin", "Dagny"]
LAST = ["Okonkwo-Blais", "Thibodeau", "Marchetti", "Kowalczyk", "Desrosiers", "Achterberg", "Ferreira-Roy",
        "Lindqvist", "Tremblay-Oduya", "Vasquez", "Beaudoin", "Halvorsen", "Quenneville", "Nakashima",
        "Ostrowski", "Papadakis", "Rahimi", "Sauvageau", "Umbrasas", "Villeneuve", "Wojcik", "Yellowquill",
        "Zappacosta", "Abernathy", "Brisebois", "Cantwell", "Dufresne", "Ekwueme", "Gagnon-Mirza", "Hollings"]

DEPTS = [
    ("IRCC", "Immigration, Refugees and Citizenship Canada", "Immigration, Réfugiés et Citoyenneté Canada"),
    ("ESDC", "Employment and Social Development Canada", "Emploi et Développement social Canada"),
    ("CRA", "Canada Revenue Agency", "Agence du revenu du Canada"),
    ("HC", "Health Canada", "Santé Canada"),
    ("NRCan", "Natural Resources Canada", "Ressources naturelles Canada"),
    ("PSPC", "Public Services and Procurement Canada", "Services publics et Approvisionnement Canada"),
    ("ECCC", "Environment and Climate Change Canada", "Environnement et Changement climatique Canada"),
    ("DFO", "Fisheries and Oceans Canada", "Pêches et Océans Canada"),
    ("TC", "Transport Canada", "Transports Canada"),
]

# (english, french) areas of responsibility
AREAS = [
    ("Asylum Claims Processing", "Traitement des demandes d'asile"),
    ("Benefits Delivery Modernization", "Modernisation de la prestation des prestations"),
    ("Compliance Programs", "Programmes d'observation"),
    ("Drug Submission Review", "Examen des présentations de drogues"),
    ("Energy Efficiency Programs", "Programmes d'efficacité énergétique"),
    ("Procurement Policy and Oversight", "Politique et surveillance de l'approvisionnement"),
    ("Climate Adaptation Science", "Science de l'adaptation aux changements climatiques"),
    ("Fisheries Resource Management", "Gestion des ressources halieutiques"),
    ("Rail Safety Oversight", "Surveillance de la sécurité ferroviaire"),
    ("Settlement Program Integrity", "Intégrité du programme d'établissement"),
    ("Digital Service Channels", "Canaux de service numériques"),
    ("Charities Directorate Operations", "Opérations de la Direction des organismes de bienfaisance"),
    ("Medical Devices Compliance", "Conformité des instruments médicaux"),
    ("Critical Minerals Policy", "Politique sur les minéraux critiques"),
    ("Real Property Portfolio Management", "Gestion du portefeuille des biens immobiliers"),
    ("Water Quality Monitoring", "Surveillance de la qualité de l'eau"),
    ("Aquatic Ecosystems Science", "Science des écosystèmes aquatiques"),
    ("Marine Security Programs", "Programmes de sûreté maritime"),
    ("Citizenship Operations", "Opérations de citoyenneté"),
    ("Workforce Analytics", "Analytique de l'effectif"),
    ("Appeals and Objections", "Appels et oppositions"),
    ("Pest Management Regulation", "Réglementation de la lutte antiparasitaire"),
    ("Forest Sector Innovation", "Innovation dans le secteur forestier"),
    ("Pay Stabilization", "Stabilisation de la paye"),
    ("Species at Risk Programs", "Programmes des espèces en péril"),
    ("Small Craft Harbours", "Ports pour petits bateaux"),
    ("Aviation Security Policy", "Politique de sûreté aérienne"),
    ("Temporary Resident Programs", "Programmes des résidents temporaires"),
    ("Labour Program Inspections", "Inspections du Programme du travail"),
    ("Taxpayer Relief Services", "Services d'allègement pour les contribuables"),
    ("Controlled Substances Licensing", "Licences des substances contrôlées"),
    ("Geoscience Data Services", "Services de données géoscientifiques"),
    ("Acquisitions Transformation", "Transformation des acquisitions"),
    ("Emissions Inventory and Reporting", "Inventaire et déclaration des émissions"),
    ("Oceans Protection Plan Coordination", "Coordination du Plan de protection des océans"),
    ("Dangerous Goods Regulation", "Réglementation des marchandises dangereuses"),
    ("International Network Operations", "Opérations du réseau international"),
    ("Student Financial Assistance", "Aide financière aux étudiants"),
    ("Collections Strategy", "Stratégie de recouvrement"),
    ("Nutrition Policy", "Politique en matière de nutrition"),
    ("Nuclear Energy Policy", "Politique sur l'énergie nucléaire"),
    ("Linguistic Services Delivery", "Prestation des services linguistiques"),
    ("Meteorological Service Operations", "Opérations du Service météorologique"),
    ("Canadian Hydrographic Service Planning", "Planification du Service hydrographique du Canada"),
    ("Motor Vehicle Safety", "Sécurité des véhicules automobiles"),
]

LOCATIONS = [
    ("Ottawa, Ontario", "Ottawa (Ontario)"), ("Gatineau, Quebec", "Gatineau (Québec)"),
    ("Montréal, Quebec", "Montréal (Québec)"), ("Moncton, New Brunswick", "Moncton (Nouveau-Brunswick)"),
    ("Winnipeg, Manitoba", "Winnipeg (Manitoba)"), ("Vancouver, British Columbia", "Vancouver (Colombie-Britannique)"),
    ("Halifax, Nova Scotia", "Halifax (Nouvelle-Écosse)"), ("Edmonton, Alberta", "Edmonton (Alberta)"),
    ("Toronto, Ontario", "Toronto (Ontario)"), ("Québec, Quebec", "Québec (Québec)"),
    ("Regina, Saskatchewan", "Regina (Saskatchewan)"), ("St. John's, Newfoundland and Labrador",
                                                          "St. John's (Terre-Neuve-et-Labrador)"),
]

# report roles: (english, french, group choices)
REPORT_ROLES = [
    ("Manager, Operations", "Gestionnaire, Opérations", ["PM-06", "AS-07"]),
    ("Manager, Policy and Planning", "Gestionnaire, Politiques et planification", ["EC-07", "PM-06"]),
    ("Manager, Program Integrity", "Gestionnaire, Intégrité des programmes", ["PM-06", "AU-04"]),
    ("Senior Advisor", "Conseiller principal", ["EC-07", "PM-06"]),
    ("Manager, Business Systems", "Gestionnaire, Systèmes opérationnels", ["CS-04", "IT-04"]),
    ("Manager, Financial Planning", "Gestionnaire, Planification financière", ["FI-03"]),
    ("Chief, Analytics", "Chef, Analytique", ["EC-06", "SG-SRE-05"]),
    ("Manager, Stakeholder Relations", "Gestionnaire, Relations avec les intervenants", ["IS-05", "PM-06"]),
    ("Regional Manager, East", "Gestionnaire régional, Est", ["PM-06"]),
    ("Regional Manager, West", "Gestionnaire régional, Ouest", ["PM-06"]),
    ("Manager, Inspections", "Gestionnaire, Inspections", ["TI-07", "PM-06"]),
    ("Manager, Science Programs", "Gestionnaire, Programmes scientifiques", ["PC-04", "BI-04"]),
    ("Chief, Contracting", "Chef, Passation de marchés", ["PG-06"]),
    ("Director, Operations", "Directeur, Opérations", ["EX-01"]),
    ("Director, Policy", "Directeur, Politiques", ["EX-01"]),
    ("Director, Program Delivery", "Directeur, Prestation des programmes", ["EX-01"]),
    ("Director, Strategic Services", "Directeur, Services stratégiques", ["EX-01"]),
]

GA_EN = ("The {title} is accountable for the leadership, planning and delivery of {area_l} for {dept}, for the "
         "development of the related policies, operational frameworks and performance measures, and for "
         "providing strategic advice to senior management on issues of national significance.")
GA_FR = ("Le {title_fr} est responsable du leadership, de la planification et de la prestation en matière de "
         "{area_fr_l} pour {dept_fr}, de l'élaboration des politiques, des cadres opérationnels et des mesures "
         "du rendement connexes, et de la prestation de conseils stratégiques à la haute direction sur des "
         "questions d'importance nationale.")
NS_EN = ("The directorate operates in a complex environment with many internal and external partners, "
         "including central agencies, provinces and territories, industry and the public. The incumbent "
         "reconciles competing priorities, manages significant risks to program integrity and service "
         "standards, and represents the department on interdepartmental committees.")
NS_FR = ("La direction évolue dans un environnement complexe comptant de nombreux partenaires internes et "
         "externes, dont les organismes centraux, les provinces et territoires, l'industrie et le public. Le "
         "titulaire concilie des priorités concurrentes, gère des risques importants pour l'intégrité des "
         "programmes et les normes de service, et représente le ministère auprès de comités interministériels.")
SA_EN = ["Directs the planning, delivery and evaluation of the directorate's programs and services.",
         "Provides authoritative advice to the {sup} and senior management committees.",
         "Leads the development of policy and operational frameworks and ensures their consistent application.",
         "Manages the human and financial resources of the directorate and its contribution to departmental plans.",
         "Builds and maintains partnerships with central agencies, other departments and external stakeholders."]
SA_FR = ["Dirige la planification, la prestation et l'évaluation des programmes et services de la direction.",
         "Fournit des conseils faisant autorité au {sup_fr} et aux comités de la haute direction.",
         "Dirige l'élaboration de cadres stratégiques et opérationnels et veille à leur application uniforme.",
         "Gère les ressources humaines et financières de la direction et sa contribution aux plans ministériels.",
         "Établit et entretient des partenariats avec les organismes centraux, d'autres ministères et des "
         "intervenants externes."]
