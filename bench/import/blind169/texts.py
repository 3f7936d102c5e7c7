"""Prose, positions, places and invented names for blind169 (personal information everywhere)."""

DEPARTMENTS = [
    ("Immigration, Refugees and Citizenship Canada", "Immigration, Réfugiés et Citoyenneté Canada"),
    ("Employment and Social Development Canada", "Emploi et Développement social Canada"),
    ("Natural Resources Canada", "Ressources naturelles Canada"),
    ("Public Services and Procurement Canada", "Services publics et Approvisionnement Canada"),
    ("Health Canada", "Santé Canada"),
    ("Crown-Indigenous Relations and Northern Affairs Canada", "Relations Couronne-Autochtones et Affaires du Nord Canada"),
    ("Statistics Canada", "Statistique Canada"),
    ("Canadian Heritage", "Patrimoine canadien"),
]

AREAS = [
    ("Access to Information and Privacy", "Accès à l'information et protection des renseignements personnels"),
    ("Workforce Planning", "Planification de l'effectif"),
    ("Labour Relations", "Relations de travail"),
    ("Compensation Services", "Services de rémunération"),
    ("Pension Operations", "Opérations des pensions"),
    ("Digital Records Management", "Gestion des documents numériques"),
    ("Security and Identity Management", "Sécurité et gestion de l'identité"),
    ("Client Experience", "Expérience client"),
    ("Grants and Contributions", "Subventions et contributions"),
    ("Indigenous Partnerships", "Partenariats autochtones"),
    ("Data Stewardship", "Intendance des données"),
    ("Internal Audit", "Vérification interne"),
    ("Policy Coordination", "Coordination des politiques"),
    ("Procurement Modernization", "Modernisation de l'approvisionnement"),
    ("Real Property Planning", "Planification des biens immobiliers"),
    ("Geoscience Programs", "Programmes de géoscience"),
    ("Census Operations", "Opérations du recensement"),
    ("Official Languages", "Langues officielles"),
    ("Values and Ethics", "Valeurs et éthique"),
    ("Passport Integrity", "Intégrité des passeports"),
    ("Settlement Programs", "Programmes d'établissement"),
    ("Case Management", "Gestion des cas"),
    ("Financial Planning and Analysis", "Planification et analyse financières"),
    ("Information Technology Solutions", "Solutions de technologie de l'information"),
    ("Employee Wellness", "Mieux-être des employés"),
    ("Talent Management", "Gestion des talents"),
    ("Investigations", "Enquêtes"),
    ("Heritage Collections", "Collections patrimoniales"),
    ("Integrity and Risk Management", "Intégrité et gestion des risques"),
    ("Personnel Security Screening", "Filtrage de sécurité du personnel"),
    ("Harassment Prevention and Resolution", "Prévention et résolution du harcèlement"),
    ("Employee Records and Pay Transactions", "Dossiers des employés et transactions de paye"),
    ("Northern Contaminated Sites", "Sites contaminés du Nord"),
    ("Survey Methodology", "Méthodologie d'enquête"),
    ("Ministerial Correspondence", "Correspondance ministérielle"),
    ("Accessibility Office", "Bureau de l'accessibilité"),
    ("Treaty Negotiations", "Négociation des traités"),
    ("Classification and Organizational Design", "Classification et conception organisationnelle"),
    ("Diversity and Inclusion", "Diversité et inclusion"),
    ("Learning and Development", "Apprentissage et perfectionnement"),
    ("Biometrics Operations", "Opérations biométriques"),
    ("Strategic Communications", "Communications stratégiques"),
    ("Cyber Security Operations", "Opérations de cybersécurité"),
]

BRANCHES = [
    ("Corporate Services", "Services ministériels"),
    ("Human Resources", "Ressources humaines"),
    ("Operations", "Opérations"),
    ("Strategic Policy", "Politiques stratégiques"),
    ("Chief Information Officer", "Dirigeant principal de l'information"),
]

SUBUNITS = [
    ("Operations", "Opérations"), ("Policy", "Politiques"), ("Analytics", "Analytique"),
    ("Client Services", "Services aux clients"), ("Quality Assurance", "Assurance de la qualité"),
    ("Planning", "Planification"), ("Systems", "Systèmes"), ("Outreach", "Sensibilisation"),
    ("Compliance", "Conformité"), ("Intake", "Réception"), ("Privacy Breaches", "Atteintes à la vie privée"),
    ("Complaints", "Plaintes"), ("Training", "Formation"), ("Records", "Dossiers"),
]

REPORT_LEVELS = ["PM-06", "AS-07", "EC-07", "CS-04", "PE-06", "AS-06", "EC-06", "FI-04", "IS-06", "PM-05"]

LOCATIONS = [
    ("Ottawa, Ontario", "Ottawa (Ontario)"),
    ("Gatineau, Quebec", "Gatineau (Québec)"),
    ("Montréal, Quebec", "Montréal (Québec)"),
    ("Halifax, Nova Scotia", "Halifax (Nouvelle-Écosse)"),
    ("Winnipeg, Manitoba", "Winnipeg (Manitoba)"),
    ("Edmonton, Alberta", "Edmonton (Alberta)"),
    ("Vancouver, British Columbia", "Vancouver (Colombie-Britannique)"),
    ("Moncton, New Brunswick", "Moncton (Nouveau-Brunswick)"),
    ("Iqaluit, Nunavut", "Iqaluit (Nunavut)"),
    ("Québec, Quebec", "Québec (Québec)"),
    ("Sudbury, Ontario", "Sudbury (Ontario)"),
    ("Regina, Saskatchewan", "Regina (Saskatchewan)"),
    ("Yellowknife, Northwest Territories", "Yellowknife (Territoires du Nord-Ouest)"),
]

FIRST = ["Amélie", "Jean-François", "Marie-Ève", "Théo", "Nadia", "Oluwaseun", "Priya", "Dmitri", "Siobhan",
         "Kwame", "Hélène", "Rémi", "Ayesha", "Tavish", "Lucie", "Bartholomew", "Inès", "Mateo", "Wen", "Kateri",
         "Noémie", "Graeme", "Fatoumata", "Étienne", "Odette", "Raphaël", "Sakura", "Yannick", "Mireille",
         "Desmond", "Aputiq", "Winona", "Cyprien", "Zofia", "Anne-Sophie", "Marc-André", "Léa", "Ingrid",
         "Tobias", "Chloé", "Mahigan", "Nuna", "Gaëtan", "Rosalind"]
LAST = ["Bélanger-Ouimet", "de la Fontaine", "Van der Meulen", "O'Callaghan", "Tremblay-Nakamura", "Saint-Onge",
        "Desrosiers", "MacNeil", "Okafor", "Lévesque", "Qaunnaq", "Bearchild", "Whitecloud", "Kanapé",
        "Papatie-Dumont", "Nguyen-Côté", "Di Stefano", "Abergel", "Leblanc-Rioux", "Ahenakew-Frost", "Thibodeau",
        "D'Amours", "Le Goff", "Ste-Marie", "McAllister", "Paquin-Rivard", "Wabano", "du Plessis", "Ferreira",
        "Koonoo", "St. Germain", "Gauthier-Wolfe", "Mac an tSaoir", "Ouellet", "Brisebois", "Attagutsiak",
        "van Houten", "El-Khoury", "Cardinal-Moosomin", "Jóhannsdóttir", "Beauchesne", "Lapierre"]

HR_TITLES = [("Senior Classification Advisor", "Conseillère principale en classification"),
             ("Human Resources Advisor", "Conseiller en ressources humaines"),
             ("Organizational Design Analyst", "Analyste en conception organisationnelle"),
             ("Executive Programs Officer", "Agente des programmes des cadres")]

ACCOUNT_EN = [
    "Provides leadership and direction for the {area} program of the department, ensuring that policies, "
    "operations and services are delivered in compliance with legislation, central agency policy and the "
    "priorities of the {branch} Branch.",
    "Directs the planning, delivery and continuous improvement of {area} services for employees and clients "
    "across the department, and advises senior management on emerging risks, trends and obligations.",
    "Is accountable for the design and management of the {area} function, including its governance, "
    "performance measurement, reporting to Parliament and central agencies, and its relationships with partners.",
]
ACCOUNT_FR = [
    "Assure le leadership et l'orientation du programme {area} du ministère, en veillant à ce que les politiques, "
    "les opérations et les services respectent la législation, les politiques des organismes centraux et les "
    "priorités de la Direction générale {branch}.",
    "Dirige la planification, la prestation et l'amélioration continue des services {area} offerts aux employés "
    "et aux clients du ministère, et conseille la haute direction sur les risques, les tendances et les obligations.",
]
SCOPE_EN = [
    "The position operates in an environment of heightened public and parliamentary scrutiny where the protection "
    "of personal information held by the department is a constant concern. Requests, complaints and audits arrive "
    "from every region, and decisions must balance transparency, privacy and operational needs.",
    "The incumbent manages a geographically dispersed team, negotiates with unions, central agencies and other "
    "departments, and must anticipate the effects of new legislation, digital systems and changing client "
    "expectations on the delivery of services.",
    "The work requires the integration of legal, financial and human resources considerations, sound judgment "
    "on sensitive files involving individuals, and the ability to explain complex decisions to executives, "
    "employees and the public.",
]
SCOPE_FR = [
    "Le poste s'exerce dans un contexte d'examen public et parlementaire soutenu, où la protection des "
    "renseignements personnels détenus par le ministère est une préoccupation constante. Les demandes, plaintes et "
    "vérifications proviennent de toutes les régions.",
    "Le titulaire gère une équipe dispersée sur le plan géographique, négocie avec les syndicats, les organismes "
    "centraux et d'autres ministères, et doit prévoir les effets des nouvelles lois et des systèmes numériques sur "
    "la prestation des services.",
]
