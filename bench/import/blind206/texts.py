"""Prose, departments, positions and invented names for blind206 (HR-system screens and their exports)."""

DEPARTMENTS = [
    # abbr, English name, French name, ADM title en, ADM title fr, areas (en, fr)
    ("ESDC", "Employment and Social Development Canada", "Emploi et Développement social Canada",
     "Assistant Deputy Minister, Skills and Employment", "Sous-ministre adjoint, Compétences et emploi",
     "Labour Market Programs", "Programmes du marché du travail",
     [("Apprenticeship and Trades", "Apprentissage et métiers"), ("Youth Employment Strategy", "Stratégie emploi jeunesse"),
      ("Labour Market Information", "Information sur le marché du travail"), ("Foreign Credential Recognition", "Reconnaissance des titres de compétences étrangers"),
      ("Program Integrity", "Intégrité des programmes")]),
    ("IRCC", "Immigration, Refugees and Citizenship Canada", "Immigration, Réfugiés et Citoyenneté Canada",
     "Assistant Deputy Minister, Operations", "Sous-ministre adjoint, Opérations",
     "Domestic Network", "Réseau national",
     [("Citizenship Processing", "Traitement de la citoyenneté"), ("Permanent Residence Intake", "Réception des demandes de résidence permanente"),
      ("Client Support Centre", "Centre de soutien à la clientèle"), ("Asylum Operations", "Opérations d'asile"),
      ("Case Management", "Gestion des cas")]),
    ("NRCan", "Natural Resources Canada", "Ressources naturelles Canada",
     "Assistant Deputy Minister, Energy Technology", "Sous-ministre adjoint, Technologie de l'énergie",
     "Energy Efficiency", "Efficacité énergétique",
     [("Buildings and Industry", "Bâtiments et industrie"), ("Clean Fuels", "Carburants propres"),
      ("Equipment Standards", "Normes d'équipement"), ("Housing Retrofits", "Rénovations résidentielles"),
      ("Program Delivery", "Exécution des programmes")]),
    ("PSPC", "Public Services and Procurement Canada", "Services publics et Approvisionnement Canada",
     "Assistant Deputy Minister, Pay Administration", "Sous-ministre adjoint, Administration de la paye",
     "Pay Operations", "Opérations de la paye",
     [("Pay Stabilization", "Stabilisation de la paye"), ("Client Contact Centre", "Centre de contact avec la clientèle"),
      ("Pension Services", "Services des pensions"), ("Compensation Policy", "Politique de rémunération"),
      ("Regional Pay Centres", "Centres régionaux de la paye")]),
    ("DFO", "Fisheries and Oceans Canada", "Pêches et Océans Canada",
     "Assistant Deputy Minister, Aquatic Ecosystems", "Sous-ministre adjoint, Écosystèmes aquatiques",
     "Fish and Fish Habitat Protection", "Protection du poisson et de son habitat",
     [("Habitat Regulatory Review", "Examen réglementaire de l'habitat"), ("Species at Risk", "Espèces en péril"),
      ("Aquatic Invasive Species", "Espèces aquatiques envahissantes"), ("Restoration Programs", "Programmes de restauration"),
      ("Science Integration", "Intégration scientifique")]),
    ("ISC", "Indigenous Services Canada", "Services aux Autochtones Canada",
     "Assistant Deputy Minister, Education and Social Development", "Sous-ministre adjoint, Éducation et développement social",
     "Social Programs", "Programmes sociaux",
     [("Income Assistance", "Aide au revenu"), ("Assisted Living", "Aide à la vie autonome"),
      ("Family Violence Prevention", "Prévention de la violence familiale"), ("Early Learning", "Apprentissage préscolaire"),
      ("Program Reform", "Réforme des programmes")]),
    ("CRA", "Canada Revenue Agency", "Agence du revenu du Canada",
     "Assistant Commissioner, Collections and Verification", "Commissaire adjoint, Recouvrements et vérification",
     "Collections Operations", "Opérations de recouvrement",
     [("Non-Filer Programs", "Programmes des non-déclarants"), ("Trust Accounts", "Comptes en fiducie"),
      ("Collections Analytics", "Analytique des recouvrements"), ("Government Programs Debt", "Dettes des programmes gouvernementaux"),
      ("Client Service Standards", "Normes de service à la clientèle")]),
]

LOCATIONS = [
    ("Ottawa, Ontario", "Ottawa (Ontario)", "ON", "OTT"), ("Gatineau, Quebec", "Gatineau (Québec)", "QC", "GAT"),
    ("Moncton, New Brunswick", "Moncton (Nouveau-Brunswick)", "NB", "MON"), ("Winnipeg, Manitoba", "Winnipeg (Manitoba)", "MB", "WPG"),
    ("Montréal, Quebec", "Montréal (Québec)", "QC", "MTL"), ("Halifax, Nova Scotia", "Halifax (Nouvelle-Écosse)", "NS", "HFX"),
    ("Vancouver, British Columbia", "Vancouver (Colombie-Britannique)", "BC", "VAN"), ("Edmonton, Alberta", "Edmonton (Alberta)", "AB", "EDM"),
]

MANAGER_AREAS = [
    ("Operations", "Opérations", "PM"), ("Policy", "Politiques", "EC"), ("Analytics", "Analytique", "EC"),
    ("Program Design", "Conception de programmes", "PM"), ("Systems", "Systèmes", "CS"), ("Finance and Planning", "Finances et planification", "FI"),
    ("Quality Assurance", "Assurance de la qualité", "PM"), ("Stakeholder Relations", "Relations avec les intervenants", "PM"),
    ("Intake", "Réception", "PM"), ("Compliance", "Conformité", "PG"), ("Research", "Recherche", "EC"), ("Client Services", "Services aux clients", "PM"),
]

GIVEN = ["Marisol", "Dervla", "Thaddeus", "Ingrid", "Kwabena", "Solenne", "Aurelio", "Tamsin", "Yannick", "Priyanka",
         "Oriane", "Bartholomew", "Nkechi", "Lisandro", "Eilidh", "Gaëtan", "Henrike", "Oluwaseun", "Clémence", "Radek",
         "Maëlle", "Torvald", "Anouk", "Desmond", "Ximena", "Ludovic", "Saoirse", "Ifeoma", "Benedikt", "Zéphyrine"]
FAMILY = ["Quillfeather", "Ostrander-Bley", "Marchetti-Vos", "Tremblay-Okafor", "Lindqvist", "Abernethy", "Ouellet-Garnier",
          "Szymanowski", "Achterberg", "Belliveau-Nkemelu", "Castellanos", "Drummond-Pike", "Fairweather", "Gaudreault",
          "Haverkamp", "Iwasiuk", "Jalbert-Ranta", "Kerrigan", "Lachapelle-Moss", "Mbeki-Stroud", "Nordgren", "Pelletier-Hahn",
          "Rautenbach", "Sauvageau", "Thibodeau-Lund", "Vandersloot", "Whitcombe", "Yaremko", "Zwicker", "Brassard-Eng"]

GA_EN = [
    "Directs the design, delivery and continuous improvement of the {area} function for the {branch}, ensuring services meet departmental standards and Government of Canada priorities.",
    "Provides strategic leadership for {area}, advising senior management on program performance, risks and options, and leading the integration of policy and operations.",
]
GA_FR = [
    "Dirige la conception, l'exécution et l'amélioration continue de la fonction {area} de la direction générale {branch}, en veillant à ce que les services respectent les normes ministérielles et les priorités du gouvernement du Canada.",
    "Assure le leadership stratégique de {area}, conseille la haute direction sur le rendement des programmes, les risques et les options, et dirige l'intégration des politiques et des opérations.",
]
KA_EN = [
    "Leads the planning and delivery of the directorate's operational plan and reports on results to the executive committee.",
    "Establishes partnerships with provinces, territories and stakeholders to align program delivery.",
    "Manages the human and financial resources of the organization in accordance with delegated authorities.",
    "Oversees the development of performance measurement frameworks and the response to audits and evaluations.",
    "Represents the department at interdepartmental committees and working groups.",
]
KA_FR = [
    "Dirige la planification et l'exécution du plan opérationnel et rend compte des résultats au comité exécutif.",
    "Établit des partenariats avec les provinces, les territoires et les intervenants afin d'harmoniser l'exécution des programmes.",
    "Gère les ressources humaines et financières de l'organisation conformément aux pouvoirs délégués.",
    "Supervise l'élaboration des cadres de mesure du rendement et la réponse aux audits et évaluations.",
    "Représente le ministère aux comités et groupes de travail interministériels.",
]
