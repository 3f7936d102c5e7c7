"""Invented positions, departments and people for blind172 (narrative work descriptions)."""

DEPTS = [
    # (english, french, location en, location fr)
    ("Immigration, Refugees and Citizenship Canada", "Immigration, Réfugiés et Citoyenneté Canada",
     "Ottawa, Ontario", "Ottawa (Ontario)"),
    ("Fisheries and Oceans Canada", "Pêches et Océans Canada", "Moncton, New Brunswick", "Moncton (Nouveau-Brunswick)"),
    ("Employment and Social Development Canada", "Emploi et Développement social Canada",
     "Gatineau, Quebec", "Gatineau (Québec)"),
    ("Natural Resources Canada", "Ressources naturelles Canada", "Ottawa, Ontario", "Ottawa (Ontario)"),
    ("Public Services and Procurement Canada", "Services publics et Approvisionnement Canada",
     "Gatineau, Quebec", "Gatineau (Québec)"),
    ("Canadian Heritage", "Patrimoine canadien", "Gatineau, Quebec", "Gatineau (Québec)"),
    ("Veterans Affairs Canada", "Anciens Combattants Canada", "Charlottetown, Prince Edward Island",
     "Charlottetown (Île-du-Prince-Édouard)"),
    ("Statistics Canada", "Statistique Canada", "Ottawa, Ontario", "Ottawa (Ontario)"),
    ("Transport Canada", "Transports Canada", "Montréal, Quebec", "Montréal (Québec)"),
    ("Environment and Climate Change Canada", "Environnement et Changement climatique Canada",
     "Winnipeg, Manitoba", "Winnipeg (Manitoba)"),
]

# (english topic, french topic) -> titles "Director, <topic>" / "Directeur, <topic>"
TOPICS = [
    ("Asylum Intake Operations", "Opérations d'accueil des demandes d'asile"),
    ("Aquatic Habitat Science", "Sciences de l'habitat aquatique"),
    ("Benefits Processing Modernization", "Modernisation du traitement des prestations"),
    ("Critical Minerals Policy", "Politique sur les minéraux critiques"),
    ("Real Property Portfolio Planning", "Planification du portefeuille immobilier"),
    ("Official Languages Support Programs", "Programmes d'appui aux langues officielles"),
    ("Disability Benefits Adjudication", "Décisions sur les prestations d'invalidité"),
    ("Census Field Operations", "Opérations sur le terrain du recensement"),
    ("Rail Safety Oversight", "Surveillance de la sécurité ferroviaire"),
    ("Climate Data Services", "Services de données climatiques"),
    ("Settlement Program Delivery", "Prestation des programmes d'établissement"),
    ("Small Craft Harbours Engineering", "Génie des ports pour petits bateaux"),
    ("Workforce Analytics", "Analytique de l'effectif"),
    ("Energy Efficiency Programs", "Programmes d'efficacité énergétique"),
    ("Contract Quality Assurance", "Assurance de la qualité des contrats"),
    ("Arts Funding Operations", "Opérations de financement des arts"),
    ("Commemoration Programs", "Programmes de commémoration"),
    ("Business Register Modernization", "Modernisation du registre des entreprises"),
    ("Marine Navigation Policy", "Politique de navigation maritime"),
    ("Wildlife Enforcement Operations", "Opérations d'application de la loi sur la faune"),
    ("Citizenship Case Management", "Gestion des cas de citoyenneté"),
    ("Fisheries Licensing Services", "Services de délivrance des permis de pêche"),
    ("Grants and Contributions Integrity", "Intégrité des subventions et contributions"),
    ("Geoscience Data Infrastructure", "Infrastructure de données géoscientifiques"),
    ("Translation Bureau Client Services", "Services à la clientèle du Bureau de la traduction"),
    ("Museums Assistance Program", "Programme d'aide aux musées"),
    ("Case Management Modernization", "Modernisation de la gestion des cas"),
    ("Survey Methodology", "Méthodologie d'enquête"),
    ("Aviation Security Programs", "Programmes de sûreté aérienne"),
    ("Air Quality Forecasting", "Prévision de la qualité de l'air"),
    ("Temporary Residence Policy", "Politique sur la résidence temporaire"),
    ("Ocean Protection Partnerships", "Partenariats pour la protection des océans"),
]

# Report titles (english, french, group-level)
REPORTS = [
    ("Manager, Policy Analysis", "Gestionnaire, Analyse des politiques", "EC-07"),
    ("Manager, Operations", "Gestionnaire, Opérations", "AS-07"),
    ("Manager, Program Integrity", "Gestionnaire, Intégrité des programmes", "PM-06"),
    ("Manager, Data and Reporting", "Gestionnaire, Données et rapports", "EC-07"),
    ("Senior Advisor", "Conseiller principal", "EC-07"),
    ("Manager, Client Services", "Gestionnaire, Services à la clientèle", "PM-06"),
    ("Chief, Engineering Services", "Chef, Services de génie", "EN-ENG-05"),
    ("Manager, Finance and Planning", "Gestionnaire, Finances et planification", "FI-03"),
    ("Manager, Science Programs", "Gestionnaire, Programmes scientifiques", "PC-04"),
    ("Manager, Information Systems", "Gestionnaire, Systèmes d'information", "IT-04"),
    ("Regional Manager, Atlantic", "Gestionnaire régional, Atlantique", "PM-06"),
    ("Manager, Stakeholder Relations", "Gestionnaire, Relations avec les intervenants", "IS-06"),
]

FIRST = ["Maribel", "Thierry", "Oksana", "Devrim", "Ilse", "Rémi", "Tamsin", "Baptiste", "Yolanda", "Koorosh",
         "Ainsley", "Solène", "Harland", "Noémie", "Priyam", "Gwendal", "Ottilie", "Casimir", "Marisol", "Leocadia",
         "Fintan", "Zélie", "Ambrose", "Nadège", "Torvald", "Ysolde", "Quillan", "Héloïse", "Barnaby", "Esmé"]
LAST = ["Oduya-Lindqvist", "Langevin-Koss", "Marchetti-Boudreau", "Vasquez-Orrell", "Thibodeau-Nakai",
        "Kettleborough", "Desrochers-Whyte", "Abernethy-Sauvé", "Okonkwo-Prideaux", "Villeneuve-Strand",
        "Halloran-Mbeki", "Pelletier-Quist", "Zabrowski-Ouimet", "Fairweather-Doucet", "Ravensdale",
        "Gauthier-Ilunga", "Mackintosh-Roy", "Bellefleur-Haas", "Strathdee", "Dumoulin-Achebe",
        "Wexford-Tremblay", "Castellane-Boyd", "Lachapelle-Osei", "Kinnear-Moreau", "Brassard-Lindgren"]

EN_NUM = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
          "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]
FR_NUM = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
          "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf", "vingt"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]

DUTIES_EN = [
    "leads the design and delivery of the program across the regions, ensuring that service standards are met and "
    "that results are reported to senior management",
    "provides strategic advice to the Director General and the Assistant Deputy Minister on emerging issues, risks "
    "and opportunities",
    "builds and maintains partnerships with provinces, territories, Indigenous organizations and industry",
    "oversees the planning, monitoring and reporting of the directorate's financial and human resources",
    "champions a healthy, inclusive and bilingual workplace and develops the next generation of managers",
]
DUTIES_FR = [
    "dirige la conception et la prestation du programme dans les régions, veille au respect des normes de service "
    "et rend compte des résultats à la haute direction",
    "fournit des conseils stratégiques au directeur général et au sous-ministre adjoint sur les enjeux, les risques "
    "et les possibilités émergents",
    "établit et entretient des partenariats avec les provinces, les territoires, les organisations autochtones et "
    "l'industrie",
    "supervise la planification, le suivi et la reddition de comptes des ressources financières et humaines de la "
    "direction",
    "favorise un milieu de travail sain, inclusif et bilingue et forme la prochaine génération de gestionnaires",
]
