"""Areas, names and prose for blind198 (all invented)."""

DEPARTMENTS = [
    ("Employment and Social Development Canada", "Emploi et Développement social Canada", "ESDC", "EDSC"),
    ("Public Services and Procurement Canada", "Services publics et Approvisionnement Canada", "PSPC", "SPAC"),
    ("Immigration, Refugees and Citizenship Canada", "Immigration, Réfugiés et Citoyenneté Canada", "IRCC", "IRCC"),
]

# (English area, French area)
AREAS = [
    ("Grants and Contributions Operations", "Opérations des subventions et contributions"),
    ("Cost Recovery and Fee Management", "Recouvrement des coûts et gestion des frais"),
    ("Capital Asset Planning", "Planification des immobilisations"),
    ("Financial Resource Management", "Gestion des ressources financières"),
    ("Program Integrity", "Intégrité des programmes"),
    ("Client Service Delivery", "Prestation des services aux clients"),
    ("Workplace Accommodation", "Aménagement du milieu de travail"),
    ("Business Intelligence", "Intelligence d'affaires"),
    ("Labour Program Policy", "Politique du Programme du travail"),
    ("Apprenticeship Grants", "Subventions aux apprentis"),
    ("Settlement Programs", "Programmes d'établissement"),
    ("Passport Operations", "Opérations des passeports"),
    ("Procurement Modernization", "Modernisation de l'approvisionnement"),
    ("Real Property Projects", "Projets de biens immobiliers"),
    ("Pay Stabilization", "Stabilisation de la paye"),
    ("Translation Bureau Operations", "Opérations du Bureau de la traduction"),
    ("Accounting Operations", "Opérations comptables"),
    ("Investment Planning", "Planification des investissements"),
    ("Student Financial Assistance", "Aide financière aux étudiants"),
    ("Benefits Processing", "Traitement des prestations"),
    ("Integrity Investigations", "Enquêtes d'intégrité"),
    ("Data Stewardship", "Gérance des données"),
    ("Regional Operations, Atlantic", "Opérations régionales, Atlantique"),
    ("Regional Operations, West", "Opérations régionales, Ouest"),
    ("Citizenship Processing", "Traitement de la citoyenneté"),
    ("Temporary Residence Programs", "Programmes de résidence temporaire"),
    ("Resettlement Operations", "Opérations de réinstallation"),
    ("Audit and Evaluation Support", "Soutien à la vérification et à l'évaluation"),
    ("Contract Quality Assurance", "Assurance de la qualité des contrats"),
    ("Fleet and Accommodations", "Parc automobile et locaux"),
    ("Revenue Management", "Gestion des recettes"),
    ("Transfer Payment Oversight", "Surveillance des paiements de transfert"),
    ("Skills Development Funding", "Financement du développement des compétences"),
    ("Community Partnerships", "Partenariats communautaires"),
    ("Digital Channels", "Voies numériques"),
    ("Call Centre Operations", "Opérations des centres d'appels"),
    ("Corporate Planning", "Planification ministérielle"),
    ("Materiel Management", "Gestion du matériel"),
    ("Asylum Intake", "Accueil des demandes d'asile"),
    ("Biometrics Operations", "Opérations biométriques"),
    ("Youth Employment Programs", "Programmes d'emploi pour les jeunes"),
    ("Seniors Benefits Policy", "Politique des prestations aux aînés"),
    ("Accessibility Programs", "Programmes d'accessibilité"),
    ("Shared Services Costing", "Établissement des coûts des services partagés"),
]

TOP_AREAS = [
    ("Finance and Resource Management", "Finances et gestion des ressources"),
    ("Program Operations", "Opérations des programmes"),
    ("Service Delivery", "Prestation des services"),
]

SUB_AREAS = [
    ("Budget Planning", "Planification budgétaire"), ("Analysis", "Analyse"), ("Operations", "Opérations"),
    ("Quality Assurance", "Assurance de la qualité"), ("Policy", "Politique"), ("Agreements", "Ententes"),
    ("Reporting", "Rapports"), ("Client Services", "Services aux clients"), ("Systems", "Systèmes"),
    ("Monitoring", "Surveillance"), ("Intake", "Réception"), ("Compliance", "Conformité"),
    ("Payments", "Paiements"), ("Partnerships", "Partenariats"), ("Costing", "Établissement des coûts"),
]

MANAGER_GROUPS = ["PM-06", "EC-07", "AS-07", "FI-04", "CS-04", "PM-05", "EC-06", "AS-06", "FI-03", "CO-03"]

LOCATIONS = [
    ("Ottawa, Ontario", "Ottawa (Ontario)"), ("Gatineau, Quebec", "Gatineau (Québec)"),
    ("Moncton, New Brunswick", "Moncton (Nouveau-Brunswick)"), ("Winnipeg, Manitoba", "Winnipeg (Manitoba)"),
    ("Vancouver, British Columbia", "Vancouver (Colombie-Britannique)"), ("Montréal, Quebec", "Montréal (Québec)"),
    ("Halifax, Nova Scotia", "Halifax (Nouvelle-Écosse)"), ("Edmonton, Alberta", "Edmonton (Alberta)"),
]

GIVEN = ["Arnaud", "Bettina", "Colm", "Delphine", "Eamon", "Fiorella", "Gaspard", "Hilde", "Ignatius", "Josée",
         "Kerensa", "Lorcan", "Maëlle", "Niall", "Oriane", "Prosper", "Quillon", "Rosalind", "Séverin", "Thandie",
         "Ulric", "Viveka", "Wendeline", "Ximena", "Yannick", "Zofia", "Anselme", "Briony", "Cyprien", "Dagny"]
FAMILY = ["Aucoin-Brack", "Bellefleur", "Caskey", "Dufrenoy", "Ellerbeck", "Fairweather-Nolet", "Gauvreau",
          "Haldane", "Ilchuk", "Jessome", "Kitteringham", "Lapalme", "Mcquarrie", "Nadeau-Pike", "Oxtoby",
          "Pelletreau", "Quintal", "Rasmuson", "Saint-Aubert", "Tremblett", "Umphrey", "Vachon-Orr", "Wyndlow",
          "Yarwood", "Zubrecki", "Archambeau", "Brightwater", "Corriveau-Lunn", "Duquette-Hale", "Esterbrook"]

GA_EN = [
    "The {title} is accountable for the planning, delivery and financial control of {area} across the department, "
    "ensuring that resources are used with prudence and probity and that results are reported to Parliament.",
    "Under the general direction of the {sup}, the {title} provides leadership, strategic direction and management "
    "of {area}, including the stewardship of the votes allocated to the directorate.",
    "The {title} directs the design and operation of {area} and the management of the human, financial and material "
    "resources assigned to it, in accordance with the Financial Administration Act and Treasury Board policies.",
]
GA_FR = [
    "Le titulaire du poste de {title} est responsable de la planification, de la prestation et du contrôle financier "
    "des activités de {area}, en veillant à l'utilisation prudente et judicieuse des ressources.",
    "Sous l'orientation générale du {sup}, le ou la titulaire assure le leadership, l'orientation stratégique et la "
    "gestion de {area}, y compris l'intendance des crédits attribués à la direction.",
]
NS_EN = [
    "The directorate operates in a complex environment of competing priorities, fixed statutory obligations and "
    "year-over-year reductions to operating budgets. The incumbent must reconcile program demand with available "
    "appropriations and recover costs where authorities permit.",
    "Stakeholders include provincial and territorial governments, recipients of transfer payments, central agencies "
    "and unions. The position is the department's authority on {area}.",
    "The work is subject to close scrutiny by the Office of the Auditor General and by central agencies, and errors "
    "have direct financial consequences for clients and for the Crown.",
]
NS_FR = [
    "La direction évolue dans un contexte complexe marqué par des priorités concurrentes, des obligations législatives "
    "et la réduction des budgets de fonctionnement. Le ou la titulaire doit concilier la demande et les crédits.",
    "Les intervenants comprennent les provinces et territoires, les bénéficiaires de paiements de transfert, les "
    "organismes centraux et les syndicats.",
]
SA_EN = [
    "Directs the development and implementation of plans, policies and service standards for {area}.",
    "Manages the directorate's budgets, including forecasting, variance analysis and year-end reporting.",
    "Provides advice to senior management and central agencies on resource requirements and risks.",
    "Establishes and maintains partnerships with other departments, provinces and stakeholders.",
    "Leads, develops and evaluates staff, fostering a healthy, diverse and bilingual workplace.",
    "Ensures compliance with the Policy on Transfer Payments and the Directive on Charging and Special Financial Authorities.",
]
SA_FR = [
    "Dirige l'élaboration et la mise en œuvre des plans, politiques et normes de service de {area}.",
    "Gère les budgets de la direction, y compris les prévisions, l'analyse des écarts et les rapports de fin d'exercice.",
    "Conseille la haute direction et les organismes centraux sur les besoins en ressources et les risques.",
    "Établit et maintient des partenariats avec d'autres ministères, les provinces et les intervenants.",
    "Dirige, perfectionne et évalue le personnel dans un milieu de travail sain, diversifié et bilingue.",
]
