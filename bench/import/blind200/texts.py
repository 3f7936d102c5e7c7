"""Prose, areas, departments and invented names for blind200 (HRIS printouts)."""

DEPARTMENTS = [
    ("Employment and Social Development Canada", "Emploi et Développement social Canada", "ESDC", "EDSC"),
    ("Public Services and Procurement Canada", "Services publics et Approvisionnement Canada", "PSPC", "SPAC"),
    ("Immigration, Refugees and Citizenship Canada", "Immigration, Réfugiés et Citoyenneté Canada", "IRCC", "IRCC"),
]

# (English area, French area)
DG_AREAS = [
    ("Benefits Processing Operations", "Opérations de traitement des prestations"),
    ("Acquisitions Program Integrity", "Intégrité du programme des acquisitions"),
    ("Settlement and Integration Operations", "Opérations d'établissement et d'intégration"),
]
ED_AREAS = [
    ("Claims Centres", "Centres de traitement des demandes"),
    ("Payment Accuracy", "Exactitude des paiements"),
    ("Program Delivery Systems", "Systèmes de prestation des programmes"),
    ("Supplier Compliance", "Conformité des fournisseurs"),
    ("Contract Quality Assurance", "Assurance de la qualité des contrats"),
    ("Client Settlement Services", "Services d'établissement aux clients"),
    ("Integration Partnerships", "Partenariats d'intégration"),
    ("Resettlement Logistics", "Logistique de réinstallation"),
]
DIR_AREAS = [
    ("Intake and Triage", "Réception et triage"),
    ("Appeals Processing", "Traitement des appels"),
    ("Overpayment Recovery", "Recouvrement des trop-payés"),
    ("Quality Sampling", "Échantillonnage de la qualité"),
    ("Payment Controls", "Contrôles des paiements"),
    ("Workload Forecasting", "Prévision de la charge de travail"),
    ("Case Management Systems", "Systèmes de gestion des cas"),
    ("Data Exchange Services", "Services d'échange de données"),
    ("Release Management", "Gestion des mises en service"),
    ("Vendor Performance", "Rendement des fournisseurs"),
    ("Integrity Verification", "Vérification de l'intégrité"),
    ("Debarment Reviews", "Examens de suspension"),
    ("Procurement Audit", "Vérification de l'approvisionnement"),
    ("Contract Review Board", "Comité d'examen des contrats"),
    ("Standing Offers Quality", "Qualité des offres à commandes"),
    ("Language Training Funding", "Financement de la formation linguistique"),
    ("Settlement Program Design", "Conception du programme d'établissement"),
    ("Service Provider Oversight", "Surveillance des fournisseurs de services"),
    ("Community Connections", "Liens communautaires"),
    ("Employer Partnerships", "Partenariats avec les employeurs"),
    ("Francophone Integration", "Intégration francophone"),
    ("Arrival Operations", "Opérations d'accueil"),
    ("Temporary Accommodation", "Hébergement temporaire"),
    ("Transportation Loans", "Prêts de transport"),
    ("Regional Coordination", "Coordination régionale"),
    ("Correspondence Unit", "Unité de la correspondance"),
    ("Benefit Eligibility Policy", "Politique d'admissibilité aux prestations"),
    ("Identity Assurance", "Assurance de l'identité"),
    ("Supplier Registration", "Inscription des fournisseurs"),
    ("Grants Administration", "Administration des subventions"),
    ("Performance Measurement", "Mesure du rendement"),
    ("Refugee Sponsorship Support", "Soutien au parrainage des réfugiés"),
    ("Call Centre Operations", "Opérations du centre d'appels"),
]

LOCATIONS = [
    ("Gatineau, Quebec", "Gatineau (Québec)", "GATINEAU QC"),
    ("Ottawa, Ontario", "Ottawa (Ontario)", "OTTAWA ON"),
    ("Montréal, Quebec", "Montréal (Québec)", "MONTREAL QC"),
    ("Winnipeg, Manitoba", "Winnipeg (Manitoba)", "WINNIPEG MB"),
    ("Moncton, New Brunswick", "Moncton (Nouveau-Brunswick)", "MONCTON NB"),
    ("Edmonton, Alberta", "Edmonton (Alberta)", "EDMONTON AB"),
]

GIVEN = ["Aurelie", "Bastien", "Corinna", "Desmond", "Eulalie", "Fitzroy", "Genevra", "Hollis", "Ingrid",
         "Jovan", "Kestrel", "Lorcan", "Marisol", "Nandor", "Oriane", "Perpetua", "Quillon", "Rosalind",
         "Sebastien", "Tamsin", "Ulric", "Violaine", "Wendeline", "Xavière", "Yannick", "Zenobia",
         "Amaury", "Brielle", "Cosmin", "Delphine"]
FAMILY = ["Abernethy-Roux", "Belliveau-Strand", "Cardinalis", "Dunsmore", "Escarbot", "Fairweather-Ngo",
          "Gaudreault-Mills", "Hollingbrook", "Ishikawa-Pelletier", "Jessop", "Kowalchuk-Brisebois",
          "Lachapelle-Orr", "Mirabeau-Kent", "Nightingale-Roy", "Ouellon", "Pembrook", "Quennevil",
          "Rastapoulos", "Sauvageau-Lim", "Trembleau", "Underhay", "Vandermolen", "Whitlock-Gagne",
          "Yellowquill-Bart", "Zacharuk"]

MANAGER_UNITS = [
    ("Manager, Intake Operations", "Gestionnaire, Opérations de réception", "PM-06"),
    ("Manager, Business Analysis", "Gestionnaire, Analyse opérationnelle", "EC-07"),
    ("Manager, Financial Controls", "Gestionnaire, Contrôles financiers", "FI-04"),
    ("Manager, Systems Support", "Gestionnaire, Soutien des systèmes", "CS-04"),
    ("Manager, Administrative Services", "Gestionnaire, Services administratifs", "AS-07"),
    ("Manager, Quality Review", "Gestionnaire, Examen de la qualité", "PM-06"),
    ("Senior Advisor, Policy", "Conseiller principal, Politiques", "EC-07"),
    ("Team Leader, Client Files", "Chef d'équipe, Dossiers clients", "PM-05"),
    ("Manager, Contracting", "Gestionnaire, Passation de contrats", "PG-06"),
    ("Manager, Data Analytics", "Gestionnaire, Analytique des données", "EC-06"),
]

GA_EN = ("The {title} is accountable for planning, directing and controlling the delivery of {area_l} "
         "services across the region and nationally, ensuring that operations meet service standards, "
         "that resources are allocated according to departmental priorities and that risks to program "
         "integrity are identified, reported and mitigated in a timely way.")
GA_FR = ("Le titulaire du poste de {title} est responsable de la planification, de la direction et du "
         "contrôle de la prestation des services de {area_l} à l'échelle régionale et nationale, en "
         "veillant à ce que les opérations respectent les normes de service, que les ressources soient "
         "réparties selon les priorités du ministère et que les risques pour l'intégrité du programme "
         "soient cernés, signalés et atténués en temps opportun.")
NS_EN = ("The position operates in an environment of high volumes, shifting ministerial priorities and "
         "close scrutiny by central agencies, the Office of the Auditor General and the public. The "
         "incumbent must reconcile the expectations of internal partners, regional offices and external "
         "stakeholders while modernizing systems that are decades old and maintaining uninterrupted "
         "service to clients. Decisions taken by the incumbent have a direct effect on the timeliness and "
         "accuracy of payments and on the confidence Canadians place in the department's programs.")
NS_FR = ("Le poste évolue dans un contexte de volumes élevés, de priorités ministérielles changeantes et "
         "d'examen attentif par les organismes centraux, le Bureau du vérificateur général et le public. "
         "Le titulaire doit concilier les attentes des partenaires internes, des bureaux régionaux et des "
         "intervenants externes tout en modernisant des systèmes vieillissants et en maintenant un service "
         "ininterrompu à la clientèle. Ses décisions ont une incidence directe sur la rapidité et "
         "l'exactitude des paiements et sur la confiance des Canadiens envers les programmes du ministère.")
SA_EN = [
    "Directs the planning and delivery of {area_l} activities and sets operational targets.",
    "Provides strategic advice to the supervisor and senior management on emerging risks and issues.",
    "Manages human and financial resources and ensures compliance with delegated authorities.",
    "Establishes partnerships with regions, other departments and service providers.",
    "Leads the modernization of processes, tools and systems supporting the function.",
    "Oversees performance measurement, reporting and continuous improvement.",
]
SA_FR = [
    "Dirige la planification et la prestation des activités de {area_l} et fixe les cibles opérationnelles.",
    "Fournit des conseils stratégiques au superviseur et à la haute direction sur les risques émergents.",
    "Gère les ressources humaines et financières et veille au respect des pouvoirs délégués.",
    "Établit des partenariats avec les régions, d'autres ministères et des fournisseurs de services.",
    "Dirige la modernisation des processus, des outils et des systèmes de la fonction.",
    "Supervise la mesure du rendement, la production de rapports et l'amélioration continue.",
]
