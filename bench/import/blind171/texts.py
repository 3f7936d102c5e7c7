"""Positions, places, prose and invented names for blind171 (all invented)."""

TOPICS = [
    ("Program Integrity", "Intégrité des programmes"),
    ("Grants and Contributions", "Subventions et contributions"),
    ("Digital Client Services", "Services numériques aux clients"),
    ("Real Property Planning", "Planification des biens immobiliers"),
    ("Fisheries Licensing", "Délivrance des permis de pêche"),
    ("Border Data Analytics", "Analytique des données frontalières"),
    ("Indigenous Procurement", "Approvisionnement auprès des Autochtones"),
    ("Pension Modernization", "Modernisation des pensions"),
    ("Climate Adaptation Policy", "Politique d'adaptation aux changements climatiques"),
    ("Talent Management", "Gestion des talents"),
    ("Internal Audit", "Vérification interne"),
    ("Accommodation Services", "Services de locaux"),
    ("Regulatory Affairs", "Affaires réglementaires"),
    ("Trade Remedies", "Recours commerciaux"),
    ("Wildfire Preparedness", "Préparation aux feux de forêt"),
    ("Student Financial Assistance", "Aide financière aux étudiants"),
    ("Veterans Case Management", "Gestion des cas des vétérans"),
    ("Occupational Health and Safety", "Santé et sécurité au travail"),
    ("Passport Operations", "Opérations des passeports"),
    ("Data Stewardship", "Intendance des données"),
    ("Marine Safety Inspection", "Inspection de la sécurité maritime"),
    ("Settlement Programs", "Programmes d'établissement"),
    ("Workplace Accessibility", "Accessibilité en milieu de travail"),
    ("Translation Services", "Services de traduction"),
    ("Cyber Security Operations", "Opérations de cybersécurité"),
    ("Official Languages", "Langues officielles"),
    ("Contaminated Sites", "Sites contaminés"),
    ("Grain Inspection", "Inspection des grains"),
    ("Corporate Planning", "Planification ministérielle"),
    ("Benefits Delivery", "Prestation des avantages"),
    ("Nuclear Emergency Preparedness", "Préparation aux urgences nucléaires"),
    ("Research Security", "Sécurité de la recherche"),
    ("Heritage Collections", "Collections patrimoniales"),
    ("Labour Program Compliance", "Conformité du Programme du travail"),
    ("Tax Treaty Policy", "Politique des conventions fiscales"),
    ("Ports Stewardship", "Gérance des ports"),
    ("Arctic Science", "Sciences de l'Arctique"),
    ("Pay Stabilization", "Stabilisation de la paye"),
]

BRANCHES = [
    ("Corporate Services", "Services ministériels"),
    ("Program Operations", "Opérations des programmes"),
    ("Strategic Policy", "Politique stratégique"),
    ("Service Delivery", "Prestation des services"),
    ("Chief Information Officer", "Dirigeant principal de l'information"),
    ("Regional Operations", "Opérations régionales"),
]

DEPARTMENTS = [
    ("Employment and Social Development Canada", "Emploi et Développement social Canada"),
    ("Canada Revenue Agency", "Agence du revenu du Canada"),
    ("Immigration, Refugees and Citizenship Canada", "Immigration, Réfugiés et Citoyenneté Canada"),
    ("Fisheries and Oceans Canada", "Pêches et Océans Canada"),
    ("Public Services and Procurement Canada", "Services publics et Approvisionnement Canada"),
    ("Canada Border Services Agency", "Agence des services frontaliers du Canada"),
    ("Indigenous Services Canada", "Services aux Autochtones Canada"),
    ("Environment and Climate Change Canada", "Environnement et Changement climatique Canada"),
    ("Transport Canada", "Transports Canada"),
    ("Veterans Affairs Canada", "Anciens Combattants Canada"),
    ("Natural Resources Canada", "Ressources naturelles Canada"),
    ("Health Canada", "Santé Canada"),
]

LOCATIONS = [
    ("Gatineau, Quebec", "Gatineau (Québec)"),
    ("Ottawa, Ontario", "Ottawa (Ontario)"),
    ("Moncton, N.B.", "Moncton (N.-B.)"),
    ("Winnipeg, Manitoba", "Winnipeg (Manitoba)"),
    ("Vancouver, B.C.", "Vancouver (C.-B.)"),
    ("Montréal, Quebec", "Montréal (Québec)"),
    ("Halifax, Nova Scotia", "Halifax (Nouvelle-Écosse)"),
    ("Edmonton, Alberta", "Edmonton (Alberta)"),
    ("Toronto, Ontario", "Toronto (Ontario)"),
    ("Shawinigan, Quebec", "Shawinigan (Québec)"),
    ("Miramichi, N.B.", "Miramichi (N.-B.)"),
    ("Regina, Saskatchewan", "Regina (Saskatchewan)"),
    ("National Capital Region", "Région de la capitale nationale"),
]

REPORTS_NONEX = [
    ("Manager, Operations", "Gestionnaire, Opérations", "PM-06"),
    ("Manager, Policy and Planning", "Gestionnaire, Politiques et planification", "EC-07"),
    ("Senior Advisor", "Conseiller principal", "EC-06"),
    ("Team Leader, Analytics", "Chef d'équipe, Analytique", "EC-06"),
    ("Manager, Finance", "Gestionnaire, Finances", "FI-03"),
    ("Manager, Systems", "Gestionnaire, Systèmes", "IT-04"),
    ("Administrative Assistant", "Adjointe administrative", "AS-02"),
    ("Manager, Compliance", "Gestionnaire, Conformité", "PM-06"),
    ("Chief, Engineering Services", "Chef, Services d'ingénierie", "EN-ENG-06"),
]
REPORTS_EX = [
    ("Director, Programs", "Directeur, Programmes", "EX-01"),
    ("Director, Policy", "Directrice, Politiques", "EX-01"),
    ("Director, Operations", "Directeur, Opérations", "EX-01"),
    ("Director, Business Systems", "Directrice, Systèmes opérationnels", "EX-01"),
]

FIRST = ["Maëlle", "Tobias", "Oriane", "Declan", "Sunniva", "Ravindra", "Colette", "Ewan", "Nadège", "Priyanka",
         "Thaddeus", "Ximena", "Ambroise", "Liesel", "Kofi", "Rosalind", "Gaëtan", "Imogen", "Yusuf", "Bérénice",
         "Lachlan", "Ondine", "Caspian", "Wilhelmina", "Anouk", "Fergus", "Solange", "Dariusz", "Philippa", "Henrik"]
LAST = ["Vanderkloot", "Threlkeld", "Beaulac-Nadon", "Okonkwo-Reid", "Pettigrew", "Lachapelle", "Quennell",
        "Szymborek", "Dufresne-Aubin", "Halvorsen", "Marchildon", "Ashgrove", "Tremblay-Kerr", "Winterbourne",
        "Castonguay", "Ferreira-Lund", "Gagnon-Whyte", "Brakspear", "Ouellette", "Nakashima-Roy", "Harkavy",
        "Labrecque", "Strathearn", "Villeneuve-Oyelaran", "Cardinal-Moss", "Pruneau", "Ellingsen", "Mbeki-Sauvé"]

GA_EN = ("The {title} is accountable for the planning, direction and delivery of the {topic} function of "
         "{dept}, for the integrity of its programs and for sound stewardship of the financial and human "
         "resources entrusted to the directorate.")
GA_FR = ("Le ou la titulaire du poste de {title} est responsable de la planification, de l'orientation et de la "
         "prestation de la fonction {topic} de {dept}, de l'intégrité de ses programmes et de la saine gestion "
         "des ressources financières et humaines confiées à la direction.")
NS_EN = ("The position operates in a complex environment of partners, stakeholders and central agencies and "
         "provides advice to senior management on emerging issues, risks and priorities.")
NS_FR = ("Le poste évolue dans un environnement complexe de partenaires, d'intervenants et d'organismes centraux "
         "et conseille la haute direction sur les enjeux, les risques et les priorités émergents.")
