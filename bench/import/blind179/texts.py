"""Prose, areas, departments, places and invented names for blind179 (packages and decks)."""

# (English area, French area, acronym of the branch)
AREAS = [
    ("Grants and Contributions Oversight", "Surveillance des subventions et contributions", "GCO"),
    ("Indigenous Skills Partnerships", "Partenariats autochtones pour les compétences", "ISP"),
    ("Benefit Integrity Analytics", "Analytique de l'intégrité des prestations", "BIA"),
    ("Regional Service Transformation", "Transformation des services régionaux", "RST"),
    ("Marine Safety Programs", "Programmes de sécurité maritime", "MSP"),
    ("Pension Systems Modernization", "Modernisation des systèmes de pensions", "PSM"),
    ("Trade Remedies Policy", "Politique sur les recours commerciaux", "TRP"),
    ("Client Experience Design", "Conception de l'expérience client", "CXD"),
    ("Wildfire Preparedness", "Préparation aux feux de forêt", "WFP"),
    ("Data Stewardship and Privacy", "Intendance des données et protection de la vie privée", "DSP"),
    ("Official Languages Compliance", "Conformité aux langues officielles", "OLC"),
    ("Border Technology Services", "Services technologiques frontaliers", "BTS"),
    ("Youth Employment Strategy", "Stratégie emploi jeunesse", "YES"),
    ("Procurement Assurance", "Assurance de l'approvisionnement", "PAS"),
    ("Climate Adaptation Science", "Science de l'adaptation climatique", "CAS"),
    ("Labour Standards Enforcement", "Application des normes du travail", "LSE"),
    ("Financial Planning and Forecasting", "Planification et prévisions financières", "FPF"),
    ("Cyber Defence Operations", "Opérations de cyberdéfense", "CDO"),
    ("Settlement Program Delivery", "Prestation du programme d'établissement", "SPD"),
    ("Real Property Portfolio", "Portefeuille des biens immobiliers", "RPP"),
    ("Student Financial Assistance", "Aide financière aux étudiants", "SFA"),
    ("Veterans Case Management", "Gestion de cas des vétérans", "VCM"),
    ("Agri-Food Market Access", "Accès aux marchés agroalimentaires", "AMA"),
    ("Northern Infrastructure Funding", "Financement de l'infrastructure du Nord", "NIF"),
    ("Workplace Wellness and Accommodation", "Mieux-être et mesures d'adaptation en milieu de travail", "WWA"),
    ("Audit Analytics", "Analytique de la vérification", "AUA"),
    ("Consular Crisis Response", "Intervention consulaire en cas de crise", "CCR"),
    ("Fisheries Licensing", "Délivrance des permis de pêche", "FLI"),
    ("Enterprise Architecture", "Architecture d'entreprise", "EAR"),
    ("Public Health Surveillance", "Surveillance de la santé publique", "PHS"),
    ("Talent Sourcing", "Recrutement de talents", "TSO"),
    ("Spectrum Licensing Operations", "Opérations de délivrance de licences du spectre", "SLO"),
    ("Grants Systems Integration", "Intégration des systèmes de subventions", "GSI"),
    ("Heritage Collections Access", "Accès aux collections patrimoniales", "HCA"),
    ("Tax Dispute Resolution", "Règlement des différends fiscaux", "TDR"),
    ("Rail Safety Oversight", "Surveillance de la sécurité ferroviaire", "RSO"),
    ("Evaluation and Results", "Évaluation et résultats", "EVR"),
    ("Access to Information Operations", "Opérations de l'accès à l'information", "ATI"),
    ("Emergency Management Coordination", "Coordination de la gestion des urgences", "EMC"),
    ("Housing Supply Programs", "Programmes d'offre de logements", "HSP"),
    ("Clean Technology Investment", "Investissement dans les technologies propres", "CTI"),
    ("Corporate Security", "Sécurité ministérielle", "COS"),
    ("Benefits Processing Centres", "Centres de traitement des prestations", "BPC"),
]

# (English, French, acronym)
DEPARTMENTS = [
    ("Employment and Social Development Canada", "Emploi et Développement social Canada", "ESDC"),
    ("Transport Canada", "Transports Canada", "TC"),
    ("Natural Resources Canada", "Ressources naturelles Canada", "NRCan"),
    ("Public Services and Procurement Canada", "Services publics et Approvisionnement Canada", "PSPC"),
    ("Immigration, Refugees and Citizenship Canada", "Immigration, Réfugiés et Citoyenneté Canada", "IRCC"),
    ("Fisheries and Oceans Canada", "Pêches et Océans Canada", "DFO"),
    ("Veterans Affairs Canada", "Anciens Combattants Canada", "VAC"),
    ("Innovation, Science and Economic Development Canada", "Innovation, Sciences et Développement économique Canada", "ISED"),
]

PLACES = [
    ("Gatineau, Quebec", "Gatineau (Québec)"),
    ("Ottawa, Ontario", "Ottawa (Ontario)"),
    ("Moncton, New Brunswick", "Moncton (Nouveau-Brunswick)"),
    ("Winnipeg, Manitoba", "Winnipeg (Manitoba)"),
    ("Halifax, Nova Scotia", "Halifax (Nouvelle-Écosse)"),
    ("Edmonton, Alberta", "Edmonton (Alberta)"),
    ("Montréal, Quebec", "Montréal (Québec)"),
    ("Vancouver, British Columbia", "Vancouver (Colombie-Britannique)"),
    ("Shawinigan, Quebec", "Shawinigan (Québec)"),
    ("Regina, Saskatchewan", "Regina (Saskatchewan)"),
]

FIRST = ["Marguerite", "Tobias", "Anneliese", "Kwabena", "Solène", "Radomir", "Ishbel", "Théodore", "Yusra",
         "Corwin", "Ottilie", "Benoît", "Priyanka", "Aurèle", "Wendeline", "Hamish", "Noémie", "Casimir",
         "Feodora", "Lachlan", "Ginette", "Oluwaseun", "Perpetua", "Evander", "Rosalind", "Zéphirin",
         "Amarantha", "Desmond", "Clémentine", "Ignatius", "Hildegarde", "Mireille", "Thaddeus", "Philippa"]
LAST = ["Quenneville", "Abernathy-Roy", "Szczepanik", "Okonkwo-Blais", "Thibodeau-Marsh", "Vasquez-Leclair",
        "Haverstock", "Lapointe-Ngata", "Drummond-Ouellet", "Ferreira-Caron", "Kowalczuk", "Beauséjour",
        "Wetherall", "Nakamura-Pelletier", "Gagnon-Ashby", "Tremblay-Oduya", "Ravensworth", "Desrochers",
        "Mbeki-Lafleur", "Pennington", "Lévesque-Strand", "Achterberg", "Bélanger-Moss", "Castellanos",
        "Fairweather", "Harcourt-Dion", "Ilunga", "Montcalm-Reyes", "Oyelaran", "Vanderhoek"]

GA_EN = ("The {title} is accountable for the strategic leadership, planning and delivery of {area_l} across the "
         "{dept_short}, ensuring that programs and services are effective, compliant with Treasury Board policy "
         "and responsive to the needs of Canadians and of the Department's partners.")
GA_FR = ("Le ou la titulaire du poste de {title} est responsable du leadership stratégique, de la planification et "
         "de la prestation en matière de {area_l} à l'échelle du {dept_short}, en veillant à ce que les programmes "
         "et services soient efficaces, conformes aux politiques du Conseil du Trésor et adaptés aux besoins des "
         "Canadiens.")
NS_EN = ("The {branch} operates in a complex environment shaped by ministerial priorities, central agency "
         "requirements and the expectations of provinces, territories, Indigenous partners and industry. The "
         "position leads horizontal initiatives, negotiates with senior officials of other departments and provides "
         "authoritative advice to the {sup_title} and to the Deputy Minister on sensitive and high-profile files.")
NS_FR = ("La {branch} évolue dans un contexte complexe marqué par les priorités ministérielles, les exigences des "
         "organismes centraux et les attentes des provinces, des territoires, des partenaires autochtones et de "
         "l'industrie. Le poste dirige des initiatives horizontales et fournit des conseils faisant autorité au "
         "{sup_title} et au sous-ministre sur des dossiers délicats.")
SA_EN = [
    "Leads the development and implementation of strategies, policies and operational plans for {area_l}.",
    "Provides expert advice and briefings to senior management, the Minister's office and central agencies.",
    "Directs the management of human, financial and material resources of the organization.",
    "Establishes and maintains partnerships with other federal departments, provinces and stakeholders.",
    "Oversees performance measurement, risk management and reporting on results.",
    "Represents the Department on interdepartmental and federal-provincial-territorial committees.",
]
SA_FR = [
    "Dirige l'élaboration et la mise en œuvre des stratégies, politiques et plans opérationnels en matière de {area_l}.",
    "Fournit des conseils d'expert et des séances d'information à la haute direction et aux organismes centraux.",
    "Dirige la gestion des ressources humaines, financières et matérielles de l'organisation.",
    "Établit et entretient des partenariats avec d'autres ministères fédéraux, les provinces et les intervenants.",
    "Supervise la mesure du rendement, la gestion des risques et la reddition de comptes sur les résultats.",
    "Représente le Ministère au sein de comités interministériels et fédéraux-provinciaux-territoriaux.",
]

# Managers' titles under a Director (English, French, classifications to pick from)
MANAGER_UNITS = [
    ("Manager, Operations", "Gestionnaire, Opérations", ["PM-06", "AS-07"]),
    ("Manager, Policy and Planning", "Gestionnaire, Politiques et planification", ["EC-07", "EC-06"]),
    ("Manager, Program Delivery", "Gestionnaire, Prestation des programmes", ["PM-06", "PM-05"]),
    ("Manager, Data and Reporting", "Gestionnaire, Données et rapports", ["EC-06", "CS-04"]),
    ("Manager, Systems Support", "Gestionnaire, Soutien des systèmes", ["CS-04", "CS-03"]),
    ("Manager, Financial Services", "Gestionnaire, Services financiers", ["FI-03", "FI-04"]),
    ("Senior Advisor", "Conseiller principal", ["EC-06", "PM-06"]),
    ("Manager, Compliance", "Gestionnaire, Conformité", ["PM-06", "PM-05"]),
    ("Team Leader, Client Services", "Chef d'équipe, Services aux clients", ["PM-05", "AS-05"]),
]
