"""Pools for the blind152 corpus: departments, places, topics, units, names and prose.
Every person here is invented."""

DEPTS = [
    ("Employment and Social Development Canada", "Emploi et Développement social Canada", "ESDC", "ESDC1"),
    ("Immigration, Refugees and Citizenship Canada", "Immigration, Réfugiés et Citoyenneté Canada", "IRCC", "CIC01"),
    ("Fisheries and Oceans Canada", "Pêches et Océans Canada", "DFO", "DFO01"),
    ("Natural Resources Canada", "Ressources naturelles Canada", "NRCan", "NRC01"),
    ("Public Services and Procurement Canada", "Services publics et Approvisionnement Canada", "PSPC", "PWG01"),
    ("Agriculture and Agri-Food Canada", "Agriculture et Agroalimentaire Canada", "AAFC", "AGR01"),
    ("Canada Revenue Agency", "Agence du revenu du Canada", "CRA", "CRA01"),
    ("Transport Canada", "Transports Canada", "TC", "TRA01"),
    ("Environment and Climate Change Canada", "Environnement et Changement climatique Canada", "ECCC", "ENV01"),
    ("Veterans Affairs Canada", "Anciens Combattants Canada", "VAC", "VAC01"),
    ("Statistics Canada", "Statistique Canada", "StatCan", "STC01"),
    ("Health Canada", "Santé Canada", "HC", "HLT01"),
]

# (English, French, PeopleSoft location code, short city)
PLACES = [
    ("Ottawa, Ontario", "Ottawa (Ontario)", "ONOTT01", "Ottawa"),
    ("Gatineau, Quebec", "Gatineau (Québec)", "QCGAT02", "Gatineau"),
    ("Moncton, New Brunswick", "Moncton (Nouveau-Brunswick)", "NBMON01", "Moncton"),
    ("Winnipeg, Manitoba", "Winnipeg (Manitoba)", "MBWPG03", "Winnipeg"),
    ("Vancouver, British Columbia", "Vancouver (Colombie-Britannique)", "BCVAN01", "Vancouver"),
    ("Montréal, Quebec", "Montréal (Québec)", "QCMTL05", "Montreal"),
    ("Halifax, Nova Scotia", "Halifax (Nouvelle-Écosse)", "NSHFX01", "Halifax"),
    ("Edmonton, Alberta", "Edmonton (Alberta)", "ABEDM02", "Edmonton"),
    ("Toronto, Ontario", "Toronto (Ontario)", "ONTOR04", "Toronto"),
    ("Regina, Saskatchewan", "Regina (Saskatchewan)", "SKREG01", "Regina"),
    ("Sherbrooke, Quebec", "Sherbrooke (Québec)", "QCSHE01", "Sherbrooke"),
    ("Charlottetown, Prince Edward Island", "Charlottetown (Île-du-Prince-Édouard)", "PECHA01", "Charlottetown"),
]

# topics of a position (English, French)
TOPICS = [
    ("Asylum Claims Processing", "traitement des demandes d'asile"),
    ("Pension Benefits Delivery", "prestation des pensions"),
    ("Fleet Renewal Programs", "programmes de renouvellement de la flotte"),
    ("Geoscience Data Services", "services de données géoscientifiques"),
    ("Strategic Procurement Policy", "politique d'approvisionnement stratégique"),
    ("Crop Resilience Science", "science de la résilience des cultures"),
    ("Compliance Analytics", "analytique de l'observation"),
    ("Rail Safety Oversight", "surveillance de la sécurité ferroviaire"),
    ("Air Quality Monitoring", "surveillance de la qualité de l'air"),
    ("Disability Benefits Adjudication", "décisions sur les prestations d'invalidité"),
    ("Census Field Operations", "opérations de collecte du recensement"),
    ("Medical Devices Licensing", "homologation des instruments médicaux"),
    ("Workforce Analytics", "analytique de l'effectif"),
    ("Integrity Risk Management", "gestion des risques pour l'intégrité"),
    ("Harbour Infrastructure", "infrastructure portuaire"),
    ("Energy Efficiency Programs", "programmes d'efficacité énergétique"),
    ("Real Property Portfolio", "portefeuille des biens immobiliers"),
    ("Trade Market Access", "accès aux marchés commerciaux"),
    ("Taxpayer Contact Centres", "centres de contact avec les contribuables"),
    ("Marine Security Programs", "programmes de sûreté maritime"),
    ("Wildlife Conservation Policy", "politique de conservation de la faune"),
    ("Case Management Modernization", "modernisation de la gestion des cas"),
    ("Economic Statistics Dissemination", "diffusion des statistiques économiques"),
    ("Drug Submissions Review", "examen des présentations de drogues"),
    ("Client Experience Design", "conception de l'expérience client"),
    ("Citizenship Program Integrity", "intégrité du programme de citoyenneté"),
    ("Aquaculture Management", "gestion de l'aquaculture"),
    ("Mineral Sciences Laboratories", "laboratoires des sciences minérales"),
    ("Pay Stabilization Operations", "opérations de stabilisation de la paye"),
    ("Farm Income Programs", "programmes de revenu agricole"),
    ("Audit Selection Systems", "systèmes de sélection des vérifications"),
    ("Aviation Security Policy", "politique de sûreté aérienne"),
    ("Emissions Inventory Reporting", "rapports d'inventaire des émissions"),
    ("Commemoration Programs", "programmes de commémoration"),
    ("Survey Methodology", "méthodologie des enquêtes"),
    ("Cannabis Licensing", "délivrance des licences de cannabis"),
    ("Service Network Planning", "planification du réseau de services"),
    ("Temporary Resident Programs", "programmes des résidents temporaires"),
    ("Ocean Science Partnerships", "partenariats en sciences océaniques"),
    ("Forest Innovation Programs", "programmes d'innovation forestière"),
    ("Contract Quality Assurance", "assurance de la qualité des contrats"),
    ("Digital Channel Services", "services des canaux numériques"),
]

# branches a supervisor leads (English, French)
BRANCHES = [
    ("Program Operations", "opérations des programmes"),
    ("Service Delivery", "prestation des services"),
    ("Policy and Strategic Direction", "politiques et orientation stratégique"),
    ("Science and Technology", "sciences et technologie"),
    ("Corporate Services", "services ministériels"),
    ("Regulatory Operations", "opérations de réglementation"),
    ("Client Services", "services aux clients"),
    ("Data and Analytics", "données et analytique"),
    ("Benefits Processing", "traitement des prestations"),
    ("Ecosystems and Oceans Science", "sciences des écosystèmes et des océans"),
    ("Acquisitions", "approvisionnements"),
    ("Compliance Programs", "programmes d'observation"),
]

# units a direct report leads (English, French)
UNITS = [
    ("Intake", "accueil"), ("Quality Assurance", "assurance de la qualité"), ("Operations Support", "soutien aux opérations"),
    ("Policy Development", "élaboration des politiques"), ("Performance Measurement", "mesure du rendement"),
    ("Client Relations", "relations avec la clientèle"), ("Data Management", "gestion des données"),
    ("Systems Integration", "intégration des systèmes"), ("Regional Coordination", "coordination régionale"),
    ("Financial Planning", "planification financière"), ("Training and Learning", "formation et apprentissage"),
    ("Risk Assessment", "évaluation des risques"), ("Stakeholder Engagement", "mobilisation des intervenants"),
    ("Field Services", "services sur le terrain"), ("Research and Analysis", "recherche et analyse"),
    ("Business Planning", "planification des activités"), ("Investigations", "enquêtes"),
    ("Laboratory Services", "services de laboratoire"), ("Contracting", "passation de marchés"),
    ("Program Design", "conception des programmes"), ("Case Review", "examen des cas"),
    ("Licensing", "délivrance des licences"), ("Communications", "communications"),
    ("Modernization", "modernisation"), ("Inspections", "inspections"),
]

GIVEN = ["Aurelie", "Benedikt", "Corinna", "Desmond", "Evangeline", "Fintan", "Giselle", "Hamish", "Isolde",
         "Jericho", "Katalin", "Lazaro", "Mireille", "Niall", "Ottilie", "Percival", "Quillon", "Rosalind",
         "Sigrun", "Thaddeus", "Ulyana", "Vittorio", "Wilhelmina", "Xander", "Yasmeen", "Zephyrine",
         "Anouk", "Bastien", "Clothilde", "Dorian", "Elodie", "Fabrice", "Gwenaëlle", "Honoré", "Ines",
         "Joachim", "Kiran", "Lucienne", "Marius", "Noémie", "Oriane", "Prosper", "Rémi", "Solveig",
         "Tancrède", "Ysaline", "Amara", "Bram", "Celestine", "Dagny"]
FAMILY = ["Quennell", "Abernathy-Roux", "Vasquelin", "Thorbjornsen", "Marchetière", "Oyelaran", "Brisebois-Kent",
          "Halvorsrud", "Pelletreau", "Duchesnay", "Okonkwo-Lind", "Tremblay-Haskins", "Wolanski", "Fairweather",
          "Laframboise", "Mbekezeli", "Sauvageau", "Kettleborough", "Ravensworth", "Dumoulin-Ngata", "Castellane",
          "Iwasaki-Boyd", "Lindqvist", "Beauregard", "Nakashimo", "Ferreira-Gould", "Gagnebin", "Achterberg",
          "Prud'homme", "Szczepanik", "Villeneuve-Orr", "Hargreave", "Mackinlay", "Desrochers-Lam", "Oyarzun",
          "Thibodeaux", "Kowalczuk", "Ouellette-Brand", "Stravinskas", "Belhumeur", "Rutherglen", "Zaragoza-Pike"]

GA_EN = [
    "Provides leadership and strategic direction for {t}, ensuring programs are delivered efficiently and in line with departmental priorities.",
    "Directs the planning, delivery and continuous improvement of {t}, and advises senior management on emerging issues.",
    "Leads the design and management of {t}, building partnerships with provinces, territories and stakeholders.",
]
GA_FR = [
    "Assure le leadership et l'orientation stratégique de {t}, en veillant à l'exécution efficace des programmes conformément aux priorités du ministère.",
    "Dirige la planification, l'exécution et l'amélioration continue de {t}, et conseille la haute direction sur les enjeux émergents.",
    "Dirige la conception et la gestion de {t}, en établissant des partenariats avec les provinces, les territoires et les intervenants.",
]
ACT_EN = [
    "Sets operational priorities and monitors performance against service standards.",
    "Manages human and financial resources of the directorate.",
    "Represents the department with central agencies and external partners.",
    "Oversees risk management and audit follow-up.",
    "Leads change management for modernization initiatives.",
    "Prepares briefing material and Treasury Board submissions.",
]
ACT_FR = [
    "Établit les priorités opérationnelles et surveille le rendement par rapport aux normes de service.",
    "Gère les ressources humaines et financières de la direction.",
    "Représente le ministère auprès des organismes centraux et des partenaires externes.",
    "Supervise la gestion des risques et le suivi des vérifications.",
    "Dirige la gestion du changement pour les initiatives de modernisation.",
    "Prépare les documents d'information et les présentations au Conseil du Trésor.",
]
