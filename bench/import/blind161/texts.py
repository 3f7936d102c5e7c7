"""Pools for blind161: generic and shared executive work descriptions (invented positions and people)."""

DEPTS = [
    ("Employment and Social Development Canada", "Emploi et Développement social Canada", "ESDC"),
    ("Immigration, Refugees and Citizenship Canada", "Immigration, Réfugiés et Citoyenneté Canada", "IRCC"),
    ("Canada Revenue Agency", "Agence du revenu du Canada", "CRA"),
    ("Public Services and Procurement Canada", "Services publics et Approvisionnement Canada", "PSPC"),
    ("Shared Services Canada", "Services partagés Canada", "SSC"),
    ("Natural Resources Canada", "Ressources naturelles Canada", "NRCan"),
    ("Transport Canada", "Transports Canada", "TC"),
    ("Fisheries and Oceans Canada", "Pêches et Océans Canada", "DFO"),
    ("Statistics Canada", "Statistique Canada", "StatCan"),
    ("Health Canada", "Santé Canada", "HC"),
]

# pairs of organizations that share one description (central agency + portfolio, or two departments)
SHARED = [
    ("PSPC", "SSC", "two departments"),
    ("Treasury Board of Canada Secretariat", "Canada School of Public Service", "central agency and portfolio"),
    ("NRCan", "Environment and Climate Change Canada", "two departments"),
    ("Privy Council Office", "Intergovernmental Affairs Secretariat", "central agency and portfolio"),
    ("Innovation, Science and Economic Development Canada", "Canadian Intellectual Property Office", "department and portfolio agency"),
    ("HC", "Public Health Agency of Canada", "department and portfolio agency"),
    ("ESDC", "Labour Program", "department and program"),
]

SUBJECTS = [
    ("Regional Client Services", "Services régionaux aux clients"),
    ("Integrity Operations", "Opérations d’intégrité"),
    ("Program Delivery", "Prestation des programmes"),
    ("Processing Centre Operations", "Opérations du centre de traitement"),
    ("Finance Operations", "Opérations financières"),
    ("Information Management Services", "Services de gestion de l’information"),
    ("Security Services", "Services de sécurité"),
    ("Procurement Operations", "Opérations d’approvisionnement"),
    ("Real Property Operations", "Opérations des biens immobiliers"),
    ("Grants and Contributions", "Subventions et contributions"),
    ("Labour Program Operations", "Opérations du Programme du travail"),
    ("Passport Services", "Services de passeport"),
    ("Citizenship Processing", "Traitement de la citoyenneté"),
    ("Compliance and Enforcement", "Conformité et application de la loi"),
    ("Data Analytics", "Analytique des données"),
    ("Workplace Solutions", "Solutions en milieu de travail"),
    ("Enterprise Network Services", "Services de réseau d’entreprise"),
    ("Policy Coordination", "Coordination des politiques"),
    ("Debt Management Operations", "Opérations de gestion de la dette"),
    ("Marine Safety Programs", "Programmes de sécurité maritime"),
    ("Small Craft Harbours", "Ports pour petits bateaux"),
    ("Survey Operations", "Opérations d’enquête"),
    ("Pest Management Regulation", "Réglementation de la lutte antiparasitaire"),
    ("Service Centre Network", "Réseau des centres de service"),
    ("Talent and Leadership Programs", "Programmes de talent et de leadership"),
    ("Pay Operations", "Opérations de la paye"),
    ("Digital Services", "Services numériques"),
    ("Asylum Claims Processing", "Traitement des demandes d’asile"),
    ("Audit and Assurance", "Vérification et assurance"),
    ("Client Contact Centres", "Centres de contact avec la clientèle"),
    ("Benefits Processing", "Traitement des prestations"),
    ("Internal Services Operations", "Opérations des services internes"),
    ("Field Operations", "Opérations sur le terrain"),
    ("Emergency Management", "Gestion des urgences"),
    ("Tax Services Office Operations", "Opérations des bureaux des services fiscaux"),
    ("Trade Controls", "Contrôles commerciaux"),
    ("Accommodation Management", "Gestion des locaux"),
    ("Inspection Programs", "Programmes d’inspection"),
    ("Records Management", "Gestion des dossiers"),
    ("Collections Operations", "Opérations de recouvrement"),
    ("Regional Communications", "Communications régionales"),
    ("Stakeholder Engagement", "Mobilisation des intervenants"),
    ("Learning Services", "Services d’apprentissage"),
    ("Cyber Operations", "Cyberopérations"),
    ("Investigations", "Enquêtes"),
    ("Legislative Services", "Services législatifs"),
    ("Program Integrity", "Intégrité des programmes"),
    ("Fleet Management", "Gestion du parc de véhicules"),
]

PLACES = [
    ("Ottawa, Ontario", "Ottawa (Ontario)"),
    ("Gatineau, Quebec", "Gatineau (Québec)"),
    ("Montréal, Quebec", "Montréal (Québec)"),
    ("Québec City, Quebec", "Québec (Québec)"),
    ("Toronto, Ontario", "Toronto (Ontario)"),
    ("Sudbury, Ontario", "Sudbury (Ontario)"),
    ("Vancouver, British Columbia", "Vancouver (Colombie-Britannique)"),
    ("Edmonton, Alberta", "Edmonton (Alberta)"),
    ("Calgary, Alberta", "Calgary (Alberta)"),
    ("Winnipeg, Manitoba", "Winnipeg (Manitoba)"),
    ("Regina, Saskatchewan", "Regina (Saskatchewan)"),
    ("Halifax, Nova Scotia", "Halifax (Nouvelle-Écosse)"),
    ("Moncton, New Brunswick", "Moncton (Nouveau-Brunswick)"),
    ("St. John's, Newfoundland and Labrador", "St. John's (Terre-Neuve-et-Labrador)"),
    ("Charlottetown, Prince Edward Island", "Charlottetown (Île-du-Prince-Édouard)"),
    ("Shawinigan, Quebec", "Shawinigan (Québec)"),
]

REGIONS = [("Atlantic", "Atlantique"), ("Quebec", "Québec"), ("Ontario", "Ontario"),
           ("Western Canada and Territories", "Ouest canadien et Territoires"), ("National Capital", "capitale nationale")]

REPORTS = [
    ("Manager, Client Services", "Gestionnaire, Services aux clients", "PM-06"),
    ("Manager, Operations", "Gestionnaire, Opérations", "PM-06"),
    ("Manager, Processing", "Gestionnaire, Traitement", "PM-05"),
    ("Manager, Quality Assurance", "Gestionnaire, Assurance de la qualité", "PM-05"),
    ("Manager, Business Planning", "Gestionnaire, Planification des activités", "AS-07"),
    ("Senior Financial Officer", "Agent financier principal", "FI-04"),
    ("Manager, Systems", "Gestionnaire, Systèmes", "CS-04"),
    ("Manager, Analytics", "Gestionnaire, Analytique", "EC-07"),
    ("Team Leader, Investigations", "Chef d’équipe, Enquêtes", "PM-06"),
    ("Manager, Audit", "Gestionnaire, Vérification", "AU-04"),
    ("Senior Advisor", "Conseiller principal", "EC-07"),
    ("Executive Assistant", "Adjoint exécutif", "AS-02"),
    ("Manager, Contracts", "Gestionnaire, Contrats", "PG-06"),
    ("Manager, Engineering", "Gestionnaire, Génie", "EN-ENG-05"),
    ("Manager, Communications", "Gestionnaire, Communications", "IS-05"),
    ("Manager, Compliance", "Gestionnaire, Conformité", "SP-07"),
]

GIVEN = ["Aurelie", "Tendai", "Marisol", "Oskar", "Nnamdi", "Solveig", "Ravinder", "Ghislaine", "Tamsin",
         "Élodie", "Bartholomew", "Yusra", "Kaito", "Ifeoma", "Lucienne", "Dmitri", "Saoirse", "Anouk",
         "Thaddeus", "Mireille", "Hamza", "Ingrid", "Cosmin", "Priyanka", "Leontine", "Wendell", "Zofia",
         "Océane", "Fergus", "Amarachi", "Benedikt", "Rosalind", "Jovan", "Nadège", "Esperanza", "Calloway"]
FAMILY = ["Quennell-Park", "Abernathy-Osei", "Vantongeren", "Lachapelle-Mbeki", "Szymborek", "Okafor-Lindqvist",
          "Dufresne-Tal", "Brackenridge", "Moïse-Harrow", "Kettleborough", "Ferreira-Nakamura", "Thibodeau-Rask",
          "Achterberg", "Pelletier-Nwosu", "Crombleholme", "Haverkamp", "Ouellette-Sandoval", "Rasmusen-Boateng",
          "Gagnon-Vilkas", "Whitlock-Amari", "Bergeron-Kowalczyk", "Strathearn", "Larivière-Olsen", "Montclair-Adeyemi"]

GA_EN = ("The Director is accountable for the planning, delivery and continuous improvement of {subj} in the "
         "area served by the position, for the management of its human and financial resources, and for "
         "advice to senior management on operational risks, performance and service standards.")
GA_FR = ("Le directeur est responsable de la planification, de la prestation et de l’amélioration continue "
         "des activités ({subj}) dans le secteur desservi, de la gestion des ressources humaines et financières "
         "et des conseils à la haute direction sur les risques opérationnels, le rendement et les normes de service.")
NS_EN = ("The position operates in a high-volume environment with demanding service standards. It works with "
         "national headquarters, the other regions, central agencies and external partners, and must reconcile "
         "national direction with local pressures, workload peaks and the expectations of clients and stakeholders.")
NS_FR = ("Le poste s’exerce dans un environnement à volume élevé assorti de normes de service exigeantes. Il "
         "collabore avec l’administration centrale, les autres régions, les organismes centraux et des partenaires "
         "externes, et doit concilier l’orientation nationale et les pressions locales.")
SA_EN = ["Directs the delivery of operations and ensures service standards are met.",
         "Manages the financial and human resources of the unit and reports on results.",
         "Provides strategic advice to senior management on risks, trends and priorities.",
         "Builds partnerships with other jurisdictions, stakeholders and central agencies.",
         "Leads change initiatives, modernization projects and continuous improvement."]
SA_FR = ["Dirige la prestation des opérations et veille au respect des normes de service.",
         "Gère les ressources financières et humaines de l’unité et rend compte des résultats.",
         "Fournit des conseils stratégiques à la haute direction sur les risques et les priorités.",
         "Établit des partenariats avec d’autres administrations, des intervenants et les organismes centraux.",
         "Dirige les initiatives de changement et de modernisation."]
