"""Prose, areas, departments and invented names for blind165 (incumbents' and managers' drafts)."""

# (English area, French area, city EN, city FR)
AREAS = [
    ("Asylum Claims Intake", "Réception des demandes d'asile", "Montréal, Quebec", "Montréal (Québec)"),
    ("Benefits Processing Modernization", "Modernisation du traitement des prestations", "Gatineau, Quebec", "Gatineau (Québec)"),
    ("Charities Compliance", "Conformité des organismes de bienfaisance", "Ottawa, Ontario", "Ottawa (Ontario)"),
    ("Drug Shortages Response", "Intervention en cas de pénuries de médicaments", "Ottawa, Ontario", "Ottawa (Ontario)"),
    ("Critical Minerals Policy", "Politique sur les minéraux critiques", "Ottawa, Ontario", "Ottawa (Ontario)"),
    ("Pay Stabilization Operations", "Opérations de stabilisation de la paye", "Miramichi, New Brunswick", "Miramichi (Nouveau-Brunswick)"),
    ("Air Quality Forecasting", "Prévision de la qualité de l'air", "Dorval, Quebec", "Dorval (Québec)"),
    ("Small Craft Harbours, Atlantic", "Ports pour petits bateaux, Atlantique", "Moncton, New Brunswick", "Moncton (Nouveau-Brunswick)"),
    ("Rail Safety Oversight", "Surveillance de la sécurité ferroviaire", "Winnipeg, Manitoba", "Winnipeg (Manitoba)"),
    ("Passport Program Integrity", "Intégrité du Programme de passeport", "Gatineau, Quebec", "Gatineau (Québec)"),
    ("Apprenticeship Grants", "Subventions aux apprentis", "Gatineau, Quebec", "Gatineau (Québec)"),
    ("Scientific Research Tax Credits", "Crédits d'impôt pour la recherche scientifique", "Toronto, Ontario", "Toronto (Ontario)"),
    ("Indigenous Health Data", "Données sur la santé des Autochtones", "Ottawa, Ontario", "Ottawa (Ontario)"),
    ("Energy Efficiency Programs", "Programmes d'efficacité énergétique", "Ottawa, Ontario", "Ottawa (Ontario)"),
    ("Real Property Portfolio, West", "Portefeuille des biens immobiliers, Ouest", "Edmonton, Alberta", "Edmonton (Alberta)"),
    ("Climate Adaptation Science", "Science de l'adaptation aux changements climatiques", "Burlington, Ontario", "Burlington (Ontario)"),
    ("Aquatic Invasive Species", "Espèces aquatiques envahissantes", "Sidney, British Columbia", "Sidney (Colombie-Britannique)"),
    ("Marine Safety Inspections", "Inspections de la sécurité maritime", "Halifax, Nova Scotia", "Halifax (Nouvelle-Écosse)"),
    ("Temporary Resident Programs", "Programmes des résidents temporaires", "Ottawa, Ontario", "Ottawa (Ontario)"),
    ("Employment Insurance Appeals", "Appels de l'assurance-emploi", "Ottawa, Ontario", "Ottawa (Ontario)"),
    ("Collections Modernization", "Modernisation des recouvrements", "Shawinigan, Quebec", "Shawinigan (Québec)"),
    ("Medical Devices Licensing", "Homologation des instruments médicaux", "Ottawa, Ontario", "Ottawa (Ontario)"),
    ("Forest Sector Innovation", "Innovation dans le secteur forestier", "Québec, Quebec", "Québec (Québec)"),
    ("Procurement Digital Services", "Services numériques d'approvisionnement", "Gatineau, Quebec", "Gatineau (Québec)"),
    ("Wildlife Enforcement", "Application de la loi sur la faune", "Vancouver, British Columbia", "Vancouver (Colombie-Britannique)"),
    ("Fisheries Licensing, Pacific", "Délivrance des permis de pêche, Pacifique", "Vancouver, British Columbia", "Vancouver (Colombie-Britannique)"),
    ("Dangerous Goods Policy", "Politique sur les marchandises dangereuses", "Ottawa, Ontario", "Ottawa (Ontario)"),
    ("Settlement Program Delivery", "Prestation du Programme d'établissement", "Toronto, Ontario", "Toronto (Ontario)"),
    ("Youth Employment Strategy", "Stratégie emploi jeunesse", "Gatineau, Quebec", "Gatineau (Québec)"),
    ("Taxpayer Relief", "Allègement pour les contribuables", "Winnipeg, Manitoba", "Winnipeg (Manitoba)"),
    ("Cannabis Licensing", "Délivrance des licences de cannabis", "Ottawa, Ontario", "Ottawa (Ontario)"),
    ("Geoscience Mapping", "Cartographie géoscientifique", "Calgary, Alberta", "Calgary (Alberta)"),
    ("Translation Bureau Operations", "Opérations du Bureau de la traduction", "Gatineau, Quebec", "Gatineau (Québec)"),
    ("Water Quality Monitoring", "Surveillance de la qualité de l'eau", "Regina, Saskatchewan", "Regina (Saskatchewan)"),
    ("Ocean Science Partnerships", "Partenariats en sciences océaniques", "Dartmouth, Nova Scotia", "Dartmouth (Nouvelle-Écosse)"),
    ("Aviation Security Programs", "Programmes de sûreté aérienne", "Ottawa, Ontario", "Ottawa (Ontario)"),
    ("Citizenship Grants", "Attribution de la citoyenneté", "Sydney, Nova Scotia", "Sydney (Nouvelle-Écosse)"),
    ("Social Insurance Registry", "Registre d'assurance sociale", "Bathurst, New Brunswick", "Bathurst (Nouveau-Brunswick)"),
    ("Business Returns Processing", "Traitement des déclarations des entreprises", "Sudbury, Ontario", "Sudbury (Ontario)"),
    ("Natural Health Products", "Produits de santé naturels", "Ottawa, Ontario", "Ottawa (Ontario)"),
    ("Nuclear Energy Policy", "Politique sur l'énergie nucléaire", "Ottawa, Ontario", "Ottawa (Ontario)"),
]

# (English subunit, French subunit) for direct reports
SUBUNITS = [
    ("Operations", "Opérations"), ("Policy and Planning", "Politiques et planification"),
    ("Client Services", "Services à la clientèle"), ("Quality Assurance", "Assurance de la qualité"),
    ("Data and Analytics", "Données et analytique"), ("Program Design", "Conception des programmes"),
    ("Regional Delivery", "Prestation régionale"), ("Systems and Tools", "Systèmes et outils"),
    ("Compliance", "Conformité"), ("Partnerships", "Partenariats"), ("Risk Management", "Gestion des risques"),
    ("Stakeholder Relations", "Relations avec les intervenants"),
]

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

FIRST = ["Maribel", "Tobias", "Ngozi", "Henrike", "Anatole", "Priyanka", "Osvaldo", "Liesel", "Camille", "Dorian",
         "Yusra", "Bartholomew", "Solveig", "Rémi", "Adaeze", "Ferdinand", "Jolène", "Kwabena", "Ingrid", "Théo",
         "Marisol", "Gudrun", "Aurélien", "Noor", "Cassius", "Elodie", "Wendeline", "Hamish", "Zofia", "Ignatius"]
LAST = ["Quillfeather", "Abernethy-Roy", "Okonkwo-Lévesque", "Brightwater", "Vasquez-Tremblay", "Lindqvist",
        "Marchetti", "Osei-Bouchard", "Fairbairn", "Desrochers-Kim", "Thistlewood", "Nakashima", "Ravensworth",
        "Beaulac", "Szymanska", "Pennington-Caron", "Haldorsen", "Achterberg", "Gallimore", "Ouellette-Singh",
        "Winterbourne", "Castellanos", "Mbeki-Roux", "Ferreira-Lang", "Duquesnay", "Holmgren", "Tran-Gagnon"]

GA_EN = ("leads the {area} function for the department, setting direction, managing resources and ensuring that "
         "programs and services in this area are delivered on time, within budget and in line with government priorities.")
GA_FR = ("dirige la fonction {area} pour le ministère, établit l'orientation, gère les ressources et veille à ce que "
         "les programmes et services du secteur soient exécutés à temps, selon le budget et conformément aux priorités du gouvernement.")
DUTIES_EN = [
    "Set the annual plan and priorities for the unit and track results against them.",
    "Brief the ADM and senior committees on issues, risks and options.",
    "Manage relationships with provinces, territories, industry and other departments.",
    "Oversee the budget, staffing and performance of the team.",
    "Lead the modernization of tools, data and processes.",
    "Represent the department at interdepartmental and international tables.",
]
DUTIES_FR = [
    "Établir le plan annuel et les priorités de l'unité et en suivre les résultats.",
    "Informer le SMA et les comités supérieurs des enjeux, des risques et des options.",
    "Gérer les relations avec les provinces, les territoires, l'industrie et les autres ministères.",
    "Superviser le budget, la dotation et le rendement de l'équipe.",
    "Diriger la modernisation des outils, des données et des processus.",
    "Représenter le ministère aux tables interministérielles et internationales.",
]
CHALLENGE_EN = ("The hardest part of the job is balancing growing volumes against a flat budget while keeping "
                "partners onside; we are also in the middle of a system replacement.")
CHALLENGE_FR = ("Le plus difficile est de concilier des volumes croissants et un budget stable tout en gardant "
                "l'appui des partenaires; nous sommes aussi en plein remplacement de système.")
