"""Prose, areas, departments, places and invented names for blind177 (organization charts)."""

AREAS = [
    ("Asylum Claims Processing", "Traitement des demandes d'asile"),
    ("Grants and Contributions", "Subventions et contributions"),
    ("Program Integrity", "Intégrité des programmes"),
    ("Client Experience", "Expérience client"),
    ("Regional Operations", "Opérations régionales"),
    ("Data and Analytics", "Données et analytique"),
    ("Policy and Planning", "Politiques et planification"),
    ("Real Property", "Biens immobiliers"),
    ("Labour Market Information", "Information sur le marché du travail"),
    ("Benefits Processing", "Traitement des prestations"),
    ("Digital Services", "Services numériques"),
    ("Corporate Finance", "Finances ministérielles"),
    ("Compliance and Enforcement", "Conformité et application de la loi"),
    ("Security Screening", "Filtrage de sécurité"),
    ("Partnerships", "Partenariats"),
    ("Internal Audit", "Vérification interne"),
    ("Procurement", "Approvisionnement"),
    ("Fisheries Management", "Gestion des pêches"),
    ("Trade Programs", "Programmes commerciaux"),
    ("Information Management", "Gestion de l'information"),
    ("Workforce Planning", "Planification de l'effectif"),
    ("Settlement Programs", "Programmes d'établissement"),
    ("Passport Operations", "Opérations de passeport"),
    ("Strategic Communications", "Communications stratégiques"),
    ("Environmental Assessment", "Évaluation environnementale"),
    ("Call Centre Network", "Réseau des centres d'appels"),
    ("Service Delivery", "Prestation des services"),
    ("Investigations", "Enquêtes"),
    ("Accounting Operations", "Opérations comptables"),
    ("Cyber Security", "Cybersécurité"),
    ("Research and Evaluation", "Recherche et évaluation"),
    ("Program Policy", "Politique des programmes"),
    ("Pension Services", "Services des pensions"),
    ("Quality Assurance", "Assurance de la qualité"),
    ("Intake", "Réception"),
    ("Hearings", "Audiences"),
    ("Appeals", "Appels"),
    ("Business Planning", "Planification des activités"),
    ("Systems Modernization", "Modernisation des systèmes"),
    ("Employer Services", "Services aux employeurs"),
    ("Indigenous Programs", "Programmes autochtones"),
    ("Stakeholder Relations", "Relations avec les intervenants"),
    ("Operations Support", "Soutien aux opérations"),
    ("Case Management", "Gestion des cas"),
    ("Claims Review", "Examen des demandes"),
    ("Training and Learning", "Formation et apprentissage"),
    ("Financial Planning", "Planification financière"),
    ("Risk Management", "Gestion du risque"),
    ("Records Management", "Gestion des documents"),
    ("Client Contact Centres", "Centres de contact avec la clientèle"),
    ("Application Development", "Développement d'applications"),
    ("Workplace Solutions", "Solutions en milieu de travail"),
    ("Contracting Policy", "Politique des marchés"),
    ("Regulatory Affairs", "Affaires réglementaires"),
]

DEPARTMENTS = [
    ("Employment and Social Development Canada", "Emploi et Développement social Canada", "ESDC", "EDSC"),
    ("Immigration, Refugees and Citizenship Canada", "Immigration, Réfugiés et Citoyenneté Canada", "IRCC", "IRCC"),
    ("Public Services and Procurement Canada", "Services publics et Approvisionnement Canada", "PSPC", "SPAC"),
    ("Transport Canada", "Transports Canada", "TC", "TC"),
    ("Fisheries and Oceans Canada", "Pêches et Océans Canada", "DFO", "MPO"),
    ("Canada Revenue Agency", "Agence du revenu du Canada", "CRA", "ARC"),
    ("Innovation, Science and Economic Development Canada", "Innovation, Sciences et Développement économique Canada", "ISED", "ISDE"),
    ("Environment and Climate Change Canada", "Environnement et Changement climatique Canada", "ECCC", "ECCC"),
]

PLACES = [
    ("Ottawa, Ontario", "Ottawa (Ontario)"),
    ("Gatineau, Quebec", "Gatineau (Québec)"),
    ("Montréal, Quebec", "Montréal (Québec)"),
    ("Moncton, New Brunswick", "Moncton (Nouveau-Brunswick)"),
    ("Winnipeg, Manitoba", "Winnipeg (Manitoba)"),
    ("Halifax, Nova Scotia", "Halifax (Nouvelle-Écosse)"),
    ("Edmonton, Alberta", "Edmonton (Alberta)"),
    ("Vancouver, British Columbia", "Vancouver (Colombie-Britannique)"),
    ("Québec, Quebec", "Québec (Québec)"),
    ("Toronto, Ontario", "Toronto (Ontario)"),
    ("Sudbury, Ontario", "Sudbury (Ontario)"),
    ("Regina, Saskatchewan", "Regina (Saskatchewan)"),
]

GIVEN = ["Marla", "Tobias", "Ilse", "Dorian", "Fenella", "Quentin", "Rosalind", "Anselm", "Brielle", "Casimir",
         "Delphine", "Evander", "Gwenaëlle", "Horatio", "Ingrid", "Jovan", "Kerensa", "Lisandro", "Maëlle", "Nikolai",
         "Oriane", "Percival", "Solène", "Thaddeus", "Ulla", "Valérien", "Wilhelmina", "Xavière", "Yannick", "Zofia",
         "Aurèle", "Bettina", "Cosmo", "Dagny", "Élodie", "Florian", "Ghislaine", "Hamish", "Isaure", "Jorunn"]
FAMILY = ["Quenneville", "Aldergrove", "Brisebois-Tate", "Castonguette", "Dunmore", "Éthier-Lowe", "Fairweather",
          "Gagnebin", "Hollingbrook", "Isbister", "Jolicoeur-Marsh", "Kettleby", "Lachapelle-Ross", "Marchildon",
          "Northcott", "Ouellon", "Pettigrove", "Quarrington", "Robichaud-Vance", "Saint-Amour", "Thibodeaux-Kerr",
          "Underhay", "Vaillancourt-Benn", "Wrenshaw", "Yelland", "Zwicker-Hébert", "Abernethy", "Bastarache-Lyle",
          "Corriveau", "Desrosiers-Pike", "Emberley", "Fauchon", "Gillanders", "Hétu-Barlow"]

GA_EN = [
    "The {t} is accountable for the strategic direction, planning and delivery of the {a} program across the "
    "department, for the integrity and timeliness of its services to Canadians, and for the stewardship of the "
    "human, financial and information resources entrusted to the directorate.",
    "The {t} provides leadership and direction to the {a} function, develops the frameworks, policies and tools "
    "that govern it, and ensures that the department's commitments to central agencies, partners and clients "
    "are met with rigour and within the resources allocated.",
]
GA_FR = [
    "Le titulaire du poste de {t} est responsable de l'orientation stratégique, de la planification et de la "
    "prestation du programme ({a}) à l'échelle du ministère, de l'intégrité et de la rapidité des services offerts "
    "aux Canadiens et de la gestion des ressources humaines, financières et informationnelles de la direction.",
    "Le ou la {t} assure le leadership et l'orientation de la fonction ({a}), élabore les cadres, politiques et "
    "outils qui la régissent et veille au respect des engagements du ministère envers les organismes centraux, "
    "les partenaires et la clientèle, dans les limites des ressources allouées.",
]
SA_EN = [
    "Leads the development and implementation of the directorate's multi-year business plan and performance measurement framework.",
    "Provides strategic advice and briefings to senior management, the deputy head and central agencies on emerging issues.",
    "Directs the management of the directorate's human and financial resources in accordance with the Financial Administration Act.",
    "Establishes and maintains partnerships with provinces, territories, industry and other federal organizations.",
    "Oversees risk management, audit follow-up and continuous improvement of processes and service standards.",
    "Champions a healthy, diverse and inclusive workplace and the official languages obligations of the directorate.",
]
SA_FR = [
    "Dirige l'élaboration et la mise en œuvre du plan d'activités pluriannuel et du cadre de mesure du rendement de la direction.",
    "Fournit des conseils stratégiques et des notes d'information à la haute direction, à l'administrateur général et aux organismes centraux.",
    "Dirige la gestion des ressources humaines et financières conformément à la Loi sur la gestion des finances publiques.",
    "Établit et entretient des partenariats avec les provinces, les territoires, l'industrie et d'autres organisations fédérales.",
    "Supervise la gestion des risques, le suivi des vérifications et l'amélioration continue des processus et des normes de service.",
    "Favorise un milieu de travail sain, diversifié et inclusif et le respect des obligations en matière de langues officielles.",
]
