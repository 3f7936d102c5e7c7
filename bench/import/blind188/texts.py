"""Invented positions, places and people for blind corpus 188 (descriptions that arrive by e-mail).

Every name here is invented; no value is copied from a real work description."""

AREAS = [
    ("Grants and Contributions Operations", "Opérations des subventions et contributions"),
    ("Asylum Intake Modernization", "Modernisation de l'accueil des demandes d'asile"),
    ("Marine Safety Inspections", "Inspections de la sécurité maritime"),
    ("Indigenous Skills Partnerships", "Partenariats autochtones en compétences"),
    ("Pension Benefits Processing", "Traitement des prestations de pension"),
    ("Workplace Accessibility Programs", "Programmes d'accessibilité en milieu de travail"),
    ("Data Stewardship and Analytics", "Intendance et analyse des données"),
    ("Regional Service Delivery, Atlantic", "Prestation des services régionaux, Atlantique"),
    ("Labour Program Compliance", "Conformité du Programme du travail"),
    ("Student Financial Assistance", "Aide financière aux étudiants"),
    ("Settlement Program Policy", "Politique du programme d'établissement"),
    ("Digital Identity Services", "Services d'identité numérique"),
    ("Rail Safety Oversight", "Surveillance de la sécurité ferroviaire"),
    ("Agri-Food Market Access", "Accès aux marchés agroalimentaires"),
    ("Climate Adaptation Science", "Science de l'adaptation aux changements climatiques"),
    ("Procurement Policy and Strategy", "Politique et stratégie d'approvisionnement"),
    ("Corporate Planning and Risk", "Planification ministérielle et risques"),
    ("Benefits Integrity", "Intégrité des prestations"),
    ("Call Centre Operations", "Opérations des centres d'appels"),
    ("Youth Employment Strategy", "Stratégie d'emploi pour les jeunes"),
    ("Temporary Foreign Worker Integrity", "Intégrité des travailleurs étrangers temporaires"),
    ("Emergency Management Coordination", "Coordination de la gestion des urgences"),
    ("Financial Management Advisory Services", "Services consultatifs en gestion financière"),
    ("Talent Acquisition and Executive Resourcing", "Acquisition de talents et ressourcement des cadres"),
    ("Passport Program Integrity", "Intégrité du Programme de passeport"),
    ("Fisheries Licensing Modernization", "Modernisation de la délivrance des permis de pêche"),
    ("Community Infrastructure Programs", "Programmes d'infrastructure communautaire"),
    ("Information Technology Security", "Sécurité des technologies de l'information"),
    ("Access to Information and Privacy", "Accès à l'information et protection des renseignements personnels"),
    ("Client Experience and Service Design", "Expérience client et conception des services"),
    ("Canada Summer Jobs Delivery", "Exécution d'Emplois d'été Canada"),
    ("Real Property Portfolio Management", "Gestion du portefeuille des biens immobiliers"),
    ("Apprenticeship and Trades Policy", "Politique sur l'apprentissage et les métiers"),
    ("Internal Audit Practice", "Pratique de l'audit interne"),
    ("Wage Earner Protection Operations", "Opérations de protection des salariés"),
    ("Strategic Communications", "Communications stratégiques"),
    ("Northern Housing Programs", "Programmes de logement dans le Nord"),
    ("Official Languages Centre of Expertise", "Centre d'expertise en langues officielles"),
    ("Integrity Services, Quebec Region", "Services d'intégrité, région du Québec"),
    ("Business Transformation Office", "Bureau de la transformation des activités"),
    ("Records and Case Management Systems", "Systèmes de gestion des dossiers et des cas"),
    ("Labour Market Research", "Recherche sur le marché du travail"),
    ("Seniors Policy", "Politique sur les aînés"),
    ("Grants Processing Centre, Prairies", "Centre de traitement des subventions, Prairies"),
    ("Learning and Leadership Development", "Apprentissage et perfectionnement en leadership"),
    ("Service Canada Outreach", "Rayonnement de Service Canada"),
]

SUP_AREAS = [
    ("Program Operations", "Opérations des programmes"),
    ("Service Delivery", "Prestation des services"),
    ("Strategic Policy", "Politique stratégique"),
    ("Corporate Services", "Services ministériels"),
    ("Regional Operations", "Opérations régionales"),
    ("Digital Services", "Services numériques"),
    ("Integrity Operations", "Opérations d'intégrité"),
    ("Skills and Employment", "Compétences et emploi"),
    ("Safety and Security", "Sécurité et sûreté"),
    ("Science and Technology", "Sciences et technologie"),
]

REPORT_AREAS = [
    ("Intake", "Accueil"), ("Quality Assurance", "Assurance de la qualité"), ("Policy Analysis", "Analyse des politiques"),
    ("Operations Planning", "Planification des opérations"), ("Client Support", "Soutien à la clientèle"),
    ("Systems Integration", "Intégration des systèmes"), ("Financial Reporting", "Rapports financiers"),
    ("Stakeholder Relations", "Relations avec les intervenants"), ("Compliance Review", "Examen de la conformité"),
    ("Training and Standards", "Formation et normes"), ("Business Analytics", "Analytique d'affaires"),
    ("Regional Coordination", "Coordination régionale"), ("Investigations", "Enquêtes"),
    ("Program Design", "Conception de programmes"), ("Performance Measurement", "Mesure du rendement"),
]

REPORT_CLASSES = ["PM-06", "AS-07", "EC-07", "CS-04", "FI-03", "PE-05", "EC-06", "IS-05", "PM-05", "AS-06", "CO-03"]

DEPARTMENTS = [
    ("Employment and Social Development Canada", "Emploi et Développement social Canada", "ESDC", "hrsdc-rhdcc.gc.ca"),
    ("Immigration, Refugees and Citizenship Canada", "Immigration, Réfugiés et Citoyenneté Canada", "IRCC", "cic.gc.ca"),
    ("Transport Canada", "Transports Canada", "TC", "tc.gc.ca"),
    ("Agriculture and Agri-Food Canada", "Agriculture et Agroalimentaire Canada", "AAFC", "agr.gc.ca"),
    ("Indigenous Services Canada", "Services aux Autochtones Canada", "ISC", "sac-isc.gc.ca"),
    ("Public Services and Procurement Canada", "Services publics et Approvisionnement Canada", "PSPC", "tpsgc-pwgsc.gc.ca"),
]

LOCATIONS = [
    ("Gatineau, Quebec", "Gatineau (Québec)"), ("Ottawa, Ontario", "Ottawa (Ontario)"),
    ("Moncton, New Brunswick", "Moncton (Nouveau-Brunswick)"), ("Halifax, Nova Scotia", "Halifax (Nouvelle-Écosse)"),
    ("Winnipeg, Manitoba", "Winnipeg (Manitoba)"), ("Edmonton, Alberta", "Edmonton (Alberta)"),
    ("Vancouver, British Columbia", "Vancouver (Colombie-Britannique)"), ("Montréal, Quebec", "Montréal (Québec)"),
    ("Toronto, Ontario", "Toronto (Ontario)"), ("Regina, Saskatchewan", "Regina (Saskatchewan)"),
    ("St. John's, Newfoundland and Labrador", "St. John's (Terre-Neuve-et-Labrador)"),
    ("Québec, Quebec", "Québec (Québec)"), ("Charlottetown, Prince Edward Island", "Charlottetown (Île-du-Prince-Édouard)"),
]

GIVEN = ["Oriane", "Tobias", "Marisol", "Kwabena", "Ingrid", "Théophile", "Nadira", "Ruairi", "Solène", "Benedikt",
         "Yuki", "Anselme", "Priyanka", "Casimir", "Léonie", "Emeka", "Gwendolyn", "Ishaan", "Maëlle", "Dariusz",
         "Flavie", "Osric", "Henrike", "Jovan", "Apolline", "Tarquin", "Wanjiru", "Evander", "Clémentine", "Bartosz",
         "Ximena", "Lorcan", "Sigrun", "Amadou", "Perpétue", "Quillon", "Rosalind", "Hamza", "Ottoline", "Fabrice"]
FAMILY = ["Thistlewood", "Ouellon", "Brackenridge", "Achterberg", "Nakamura-Bell", "Lévesque-Dardenne", "Okonkwo-Hale",
          "Marchildon", "Stravinskaya", "Pelletreau", "Windermoor", "Abernathy-Cole", "Fauchereau", "Kowalczuk",
          "Quennevillé", "Drummondale", "Tremblay-Vashti", "Oyelaran", "Beauregardin", "Halvorsrud", "Castonguay-Reid",
          "Mbeki-Larue", "Sorensby", "Villeneuvier", "Gauthrin", "Ashdown-Pike", "Ferreira-Moss", "Lindqvistorp",
          "Rocheleau", "Umberfield", "Kittredge", "Desrosiers-Wynn"]

HR_TITLES = [
    ("Senior Classification Advisor", "Conseiller principal en classification"),
    ("Executive Resourcing Advisor", "Conseillère en ressourcement des cadres"),
    ("Manager, Executive Classification", "Gestionnaire, Classification des cadres"),
    ("HR Data Steward", "Intendant des données RH"),
    ("Director, Executive Group Services", "Directrice, Services au groupe de la direction"),
    ("Executive Assistant to the ADM", "Adjointe exécutive du SMA"),
]

GA_EN = [
    "The {t} is accountable for the leadership, planning and delivery of {a} across the department, for the "
    "management of its resources and for advice to senior management on emerging risks and priorities.",
    "The {t} provides strategic direction for {a}, ensuring that programs are delivered efficiently, that "
    "performance is measured and reported, and that partners and stakeholders are engaged.",
]
GA_FR = [
    "Le titulaire du poste de {t} est responsable de la direction, de la planification et de l'exécution des "
    "activités de {a}, de la gestion des ressources et des conseils à la haute direction.",
    "Le directeur ou la directrice assure l'orientation stratégique en matière de {a}, veille à l'exécution "
    "efficace des programmes et à la mesure du rendement, et mobilise les partenaires.",
]
SPEC_EN = [
    "Leads the development and implementation of operational plans, service standards and performance targets.",
    "Provides expert advice to the Director General and senior management committees on program issues.",
    "Manages human and financial resources, including workforce planning and the allocation of budgets.",
    "Establishes and maintains effective relationships with central agencies, provinces and stakeholders.",
    "Directs the review of policies, procedures and systems to improve client service and program integrity.",
    "Represents the department in interdepartmental and federal-provincial-territorial working groups.",
]
SPEC_FR = [
    "Dirige l'élaboration et la mise en œuvre des plans opérationnels, des normes de service et des cibles.",
    "Fournit des conseils d'expert au directeur général et aux comités de la haute direction.",
    "Gère les ressources humaines et financières, y compris la planification de l'effectif et des budgets.",
    "Établit et entretient des relations efficaces avec les organismes centraux, les provinces et les intervenants.",
    "Dirige l'examen des politiques, procédures et systèmes afin d'améliorer le service et l'intégrité.",
]
NS_EN = ("The position operates in a complex environment marked by high client volumes, changing legislation and "
         "sustained public and parliamentary scrutiny. Decisions made by the incumbent affect the timeliness and "
         "accuracy of services to Canadians and the credibility of the department with its partners.")
NS_FR = ("Le poste s'inscrit dans un environnement complexe marqué par des volumes élevés, une législation en "
         "évolution et un examen public soutenu. Les décisions du titulaire ont une incidence sur la qualité des "
         "services offerts à la population canadienne.")
