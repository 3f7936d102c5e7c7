"""Positions, prose and invented names for blind corpus 129 (Transport Canada, Safety and Security).

Every person and every position here is invented. The department and its programs are real
names of public programs; no figure, number or name is taken from a real document.
"""

DEPARTMENT_EN = "Transport Canada"
DEPARTMENT_FR = "Transports Canada"
GROUP_EN = "Safety and Security Group"
GROUP_FR = "Groupe Sécurité et sûreté"

# key: (title_en, title_fr, classification, supervisor key or None, location_en, location_fr, domain)
POSITIONS = {
    "adm": ("Assistant Deputy Minister, Safety and Security", "Sous-ministre adjoint, Sécurité et sûreté",
            "EX-05", None, "Ottawa, Ontario", "Ottawa (Ontario)", "corp"),
    "dg_cav": ("Director General, Civil Aviation", "Directeur général, Aviation civile",
               "EX-03", "adm", "Ottawa, Ontario", "Ottawa (Ontario)", "cav"),
    "dg_mar": ("Director General, Marine Safety and Security", "Directrice générale, Sécurité et sûreté maritimes",
               "EX-03", "adm", "Ottawa, Ontario", "Ottawa (Ontario)", "mar"),
    "dg_rail": ("Director General, Rail Safety", "Directeur général, Sécurité ferroviaire",
                "EX-03", "adm", "Ottawa, Ontario", "Ottawa (Ontario)", "rail"),
    "dg_tdg": ("Director General, Transportation of Dangerous Goods",
               "Directrice générale, Transport des marchandises dangereuses",
               "EX-03", "adm", "Ottawa, Ontario", "Ottawa (Ontario)", "tdg"),
    "dg_mrs": ("Director General, Multimodal and Road Safety Programs",
               "Directeur général, Programmes de sécurité multimodale et routière",
               "EX-03", "adm", "Ottawa, Ontario", "Ottawa (Ontario)", "road"),
    "ed_ops": ("Executive Director, Safety and Security Operations Management",
               "Directrice exécutive, Gestion des opérations de sécurité et sûreté",
               "EX-02", "adm", "Ottawa, Ontario", "Ottawa (Ontario)", "corp"),
    "ed_msec": ("Executive Director, Marine Security", "Directeur exécutif, Sûreté maritime",
                "EX-02", "dg_mar", "Ottawa, Ontario", "Ottawa (Ontario)", "mar"),
    # Civil Aviation
    "cav_std": ("Director, Standards", "Directeur, Normes", "EX-01", "dg_cav",
                "Ottawa, Ontario", "Ottawa (Ontario)", "cav"),
    "cav_nops": ("Director, National Operations", "Directrice, Opérations nationales", "EX-01", "dg_cav",
                 "Ottawa, Ontario", "Ottawa (Ontario)", "cav"),
    "cav_cert": ("Director, Aircraft Certification", "Directeur, Certification des aéronefs", "EX-01", "dg_cav",
                 "Ottawa, Ontario", "Ottawa (Ontario)", "cav"),
    "cav_rpas": ("Director, Remotely Piloted Aircraft Systems", "Directrice, Systèmes d'aéronefs télépilotés",
                 "EX-01", "dg_cav", "Ottawa, Ontario", "Ottawa (Ontario)", "cav"),
    "cav_qc": ("Regional Director, Civil Aviation, Quebec Region", "Directeur régional, Aviation civile, Région du Québec",
               "EX-01", "dg_cav", "Dorval, Quebec", "Dorval (Québec)", "cav"),
    "cav_pnr": ("Regional Director, Civil Aviation, Prairie and Northern Region",
                "Directrice régionale, Aviation civile, Région des Prairies et du Nord",
                "EX-01", "dg_cav", "Winnipeg, Manitoba", "Winnipeg (Manitoba)", "cav"),
    # Marine
    "mar_ops": ("Director, Marine Safety Operations", "Directeur, Opérations de sécurité maritime", "EX-01", "dg_mar",
                "Ottawa, Ontario", "Ottawa (Ontario)", "mar"),
    "mar_nav": ("Director, Navigation Safety and Environmental Programs",
                "Directrice, Sécurité de la navigation et programmes environnementaux", "EX-01", "dg_mar",
                "Ottawa, Ontario", "Ottawa (Ontario)", "mar"),
    "mar_qc": ("Regional Director, Marine Safety and Security, Quebec Region",
               "Directrice régionale, Sécurité et sûreté maritimes, Région du Québec", "EX-01", "dg_mar",
               "Québec, Quebec", "Québec (Québec)", "mar"),
    "mar_atl": ("Regional Director, Marine Safety and Security, Atlantic Region",
                "Directeur régional, Sécurité et sûreté maritimes, Région de l'Atlantique", "EX-01", "dg_mar",
                "Dartmouth, Nova Scotia", "Dartmouth (Nouvelle-Écosse)", "mar"),
    "msec_port": ("Director, Port and Vessel Security", "Directeur, Sûreté des ports et des navires", "EX-01", "ed_msec",
                  "Ottawa, Ontario", "Ottawa (Ontario)", "mar"),
    # Rail
    "rail_ovs": ("Director, Rail Safety Oversight", "Directeur, Surveillance de la sécurité ferroviaire", "EX-01",
                 "dg_rail", "Ottawa, Ontario", "Ottawa (Ontario)", "rail"),
    "rail_reg": ("Director, Regulatory Affairs, Rail Safety", "Directrice, Affaires réglementaires, Sécurité ferroviaire",
                 "EX-01", "dg_rail", "Ottawa, Ontario", "Ottawa (Ontario)", "rail"),
    "rail_gc": ("Director, Grade Crossings and Rail Infrastructure",
                "Directeur, Passages à niveau et infrastructure ferroviaire", "EX-01", "dg_rail",
                "Ottawa, Ontario", "Ottawa (Ontario)", "rail"),
    "rail_qc": ("Regional Director, Rail Safety, Quebec Region", "Directeur régional, Sécurité ferroviaire, Région du Québec",
                "EX-01", "dg_rail", "Montréal, Quebec", "Montréal (Québec)", "rail"),
    # TDG
    "tdg_reg": ("Director, Regulatory Affairs, Transportation of Dangerous Goods",
                "Directeur, Affaires réglementaires, Transport des marchandises dangereuses", "EX-01", "dg_tdg",
                "Ottawa, Ontario", "Ottawa (Ontario)", "tdg"),
    "tdg_cmp": ("Director, Compliance and Response", "Directrice, Conformité et intervention", "EX-01", "dg_tdg",
                "Ottawa, Ontario", "Ottawa (Ontario)", "tdg"),
    "tdg_sci": ("Director, Science and Technical Services", "Directeur, Services scientifiques et techniques", "EX-01",
                "dg_tdg", "Ottawa, Ontario", "Ottawa (Ontario)", "tdg"),
    # Road
    "road_mvs": ("Director, Motor Vehicle Standards", "Directrice, Normes relatives aux véhicules automobiles", "EX-01",
                 "dg_mrs", "Ottawa, Ontario", "Ottawa (Ontario)", "road"),
    "road_mc": ("Director, Motor Carrier and Road Safety", "Directeur, Transporteurs routiers et sécurité routière",
                "EX-01", "dg_mrs", "Ottawa, Ontario", "Ottawa (Ontario)", "road"),
    "road_test": ("Director, Vehicle Testing and Research", "Directeur, Essais et recherche sur les véhicules",
                  "EX-01", "dg_mrs", "Blainville, Quebec", "Blainville (Québec)", "road"),
    # Operations management
    "ops_plan": ("Director, Operations Planning and Performance", "Directeur, Planification et rendement des opérations",
                 "EX-01", "ed_ops", "Ottawa, Ontario", "Ottawa (Ontario)", "corp"),
    "ops_trn": ("Director, Inspector Training and Certification", "Directrice, Formation et certification des inspecteurs",
                "EX-01", "ed_ops", "Ottawa, Ontario", "Ottawa (Ontario)", "corp"),
    "ops_ist": ("Director, Intermodal Surface Security", "Directeur, Sûreté du transport terrestre et intermodal",
                "EX-01", "ed_ops", "Ottawa, Ontario", "Ottawa (Ontario)", "corp"),
    "cav_atl": ("Regional Director, Civil Aviation, Atlantic Region", "Directeur régional, Aviation civile, Région de l'Atlantique",
                "EX-01", "dg_cav", "Moncton, New Brunswick", "Moncton (Nouveau-Brunswick)", "cav"),
    "mar_pac": ("Regional Director, Marine Safety and Security, Pacific Region",
                "Directrice régionale, Sécurité et sûreté maritimes, Région du Pacifique", "EX-01", "dg_mar",
                "Vancouver, British Columbia", "Vancouver (Colombie-Britannique)", "mar"),
    "rail_ont": ("Regional Director, Rail Safety, Ontario Region", "Directrice régionale, Sécurité ferroviaire, Région de l'Ontario",
                 "EX-01", "dg_rail", "Toronto, Ontario", "Toronto (Ontario)", "rail"),
    "tdg_qc": ("Regional Director, Transportation of Dangerous Goods, Quebec Region",
               "Directeur régional, Transport des marchandises dangereuses, Région du Québec", "EX-01", "dg_tdg",
               "Montréal, Quebec", "Montréal (Québec)", "tdg"),
    "msec_mto": ("Director, Marine Transportation Security Operations",
                 "Directrice, Opérations de sûreté du transport maritime", "EX-01", "ed_msec",
                 "Ottawa, Ontario", "Ottawa (Ontario)", "mar"),
    "road_av": ("Director, Automated and Connected Vehicles", "Directeur, Véhicules automatisés et connectés",
                "EX-01", "dg_mrs", "Ottawa, Ontario", "Ottawa (Ontario)", "road"),
}

# Non-executive report titles by domain: (title_en, title_fr, classification)
REPORT_POOL = {
    "cav": [("Chief, Flight Standards", "Chef, Normes de vol", "AO-CAI-04"),
            ("Chief, Airworthiness", "Chef, Navigabilité", "TI-08"),
            ("Manager, Aerodrome Safety", "Gestionnaire, Sécurité des aérodromes", "TI-07"),
            ("Manager, Commercial Flight Standards", "Gestionnaire, Normes de vol commerciales", "AO-CAI-03"),
            ("Chief, Regulatory Standards", "Chef, Normes réglementaires", "EC-07"),
            ("Manager, Technical Program Evaluation", "Gestionnaire, Évaluation des programmes techniques", "TI-07"),
            ("Chief, Engineering", "Chef, Ingénierie", "EN-ENG-05"),
            ("Manager, Licensing", "Gestionnaire, Délivrance des licences", "PM-06")],
    "mar": [("Manager, Domestic Vessel Regulatory Oversight", "Gestionnaire, Surveillance réglementaire des bâtiments", "TI-07"),
            ("Manager, Marine Personnel Standards", "Gestionnaire, Normes du personnel maritime", "TI-07"),
            ("Chief, Navigation Protection", "Chef, Protection de la navigation", "EG-07"),
            ("Manager, Environmental Protection", "Gestionnaire, Protection de l'environnement", "PC-04"),
            ("Manager, Port State Control", "Gestionnaire, Contrôle par l'État du port", "TI-08"),
            ("Senior Policy Advisor", "Conseiller principal en politiques", "EC-06"),
            ("Manager, Pleasure Craft Safety", "Gestionnaire, Sécurité nautique", "TI-06")],
    "rail": [("Manager, Rail Operations Oversight", "Gestionnaire, Surveillance des opérations ferroviaires", "TI-07"),
             ("Manager, Equipment Engineering", "Gestionnaire, Ingénierie du matériel", "EN-ENG-05"),
             ("Chief, Safety Management Systems", "Chef, Systèmes de gestion de la sécurité", "TI-08"),
             ("Manager, Regulatory Development", "Gestionnaire, Élaboration de la réglementation", "EC-07"),
             ("Manager, Grade Crossing Improvement Program", "Gestionnaire, Programme d'amélioration des passages à niveau", "PM-06"),
             ("Chief, Track Infrastructure", "Chef, Infrastructure de la voie", "EG-07"),
             ("Senior Analyst, Data and Risk", "Analyste principal, Données et risques", "EC-05")],
    "tdg": [("Chief, Regulatory Amendments", "Chef, Modifications réglementaires", "EC-07"),
            ("Manager, Emergency Response Assistance Plans", "Gestionnaire, Plans d'intervention d'urgence", "TI-07"),
            ("Chief, Means of Containment", "Chef, Contenants", "EN-ENG-05"),
            ("Manager, CANUTEC", "Gestionnaire, CANUTEC", "PC-04"),
            ("Chief, Research and Analysis", "Chef, Recherche et analyse", "SE-RES-03"),
            ("Manager, Inspection Program", "Gestionnaire, Programme d'inspection", "TI-07")],
    "road": [("Chief, Crash Avoidance", "Chef, Prévention des collisions", "EN-ENG-05"),
             ("Chief, Crashworthiness", "Chef, Résistance à l'impact", "EN-ENG-05"),
             ("Manager, Defect Investigations and Recalls", "Gestionnaire, Enquêtes sur les défauts et rappels", "TI-07"),
             ("Manager, Motor Carrier Policy", "Gestionnaire, Politique des transporteurs routiers", "EC-07"),
             ("Chief, Road Safety Research", "Chef, Recherche sur la sécurité routière", "SE-RES-04"),
             ("Manager, Test Centre Operations", "Gestionnaire, Opérations du centre d'essais", "EG-08")],
    "corp": [("Manager, Performance Measurement", "Gestionnaire, Mesure du rendement", "EC-07"),
             ("Manager, Business Planning", "Gestionnaire, Planification des activités", "FI-03"),
             ("Chief, Inspector Curriculum", "Chef, Programme d'études des inspecteurs", "ED-EDS-04"),
             ("Manager, National Oversight Planning", "Gestionnaire, Planification nationale de la surveillance", "PM-06"),
             ("Manager, Security Intelligence Liaison", "Gestionnaire, Liaison en renseignement de sécurité", "PM-06"),
             ("Senior Advisor, Quality Assurance", "Conseillère principale, Assurance de la qualité", "PM-05")],
}

DOMAIN_EN = {
    "cav": "the safety of Canada's civil aviation system, including the certification and oversight of aircraft, "
           "operators, aerodromes and aviation personnel",
    "mar": "the safety and security of vessels, marine personnel and ports in Canadian waters, and the protection of "
           "the marine environment from ship-source pollution",
    "rail": "the safety of federally regulated railways, including their operations, equipment, track and the grade "
            "crossings they share with roads",
    "tdg": "the safe transportation of dangerous goods by all modes, including the regulations, standards and "
           "emergency response plans that govern it",
    "road": "the safety of motor vehicles, tires and child restraints sold in Canada and of the motor carriers "
            "that operate across provincial borders",
    "corp": "the planning, performance, training and security functions that support national safety and security "
            "oversight programs",
}
DOMAIN_FR = {
    "cav": "la sécurité du réseau de l'aviation civile du Canada, y compris la certification et la surveillance des "
           "aéronefs, des exploitants, des aérodromes et du personnel aéronautique",
    "mar": "la sécurité et la sûreté des bâtiments, du personnel maritime et des ports dans les eaux canadiennes, et "
           "la protection du milieu marin contre la pollution causée par les navires",
    "rail": "la sécurité des chemins de fer de compétence fédérale, y compris leur exploitation, leur matériel, la "
            "voie et les passages à niveau",
    "tdg": "la sécurité du transport des marchandises dangereuses par tous les modes, y compris la réglementation, "
           "les normes et les plans d'intervention d'urgence",
    "road": "la sécurité des véhicules automobiles, des pneus et des ensembles de retenue pour enfants vendus au "
            "Canada et des transporteurs routiers extraprovinciaux",
    "corp": "les fonctions de planification, de rendement, de formation et de sûreté qui soutiennent les programmes "
            "nationaux de surveillance",
}

ACCOUNT_EN = [
    "Directs the development, implementation and evaluation of national oversight programs, standards and "
    "guidance material.",
    "Provides strategic advice and briefings to the Director General, the Assistant Deputy Minister and the "
    "Minister's office on emerging safety and security issues.",
    "Leads consultations with industry associations, unions, provinces, territories and Indigenous communities on "
    "regulatory proposals.",
    "Manages the human and financial resources of the organization and ensures that inspectors are trained, "
    "delegated and equipped.",
    "Represents the Department with the United States and international bodies and negotiates arrangements on "
    "the harmonization of standards.",
    "Oversees the risk-based planning of inspections and audits and the follow-up of enforcement actions.",
    "Ensures that data on occurrences, inspections and findings are collected, analysed and reported.",
]
ACCOUNT_FR = [
    "Dirige l'élaboration, la mise en œuvre et l'évaluation des programmes nationaux de surveillance, des normes "
    "et des documents d'orientation.",
    "Fournit des conseils stratégiques et des breffages au directeur général, au sous-ministre adjoint et au cabinet "
    "du ministre sur les enjeux émergents de sécurité et de sûreté.",
    "Mène les consultations avec les associations de l'industrie, les syndicats, les provinces, les territoires et "
    "les communautés autochtones sur les projets de règlement.",
    "Gère les ressources humaines et financières de l'organisation et veille à ce que les inspecteurs soient "
    "formés, délégués et équipés.",
    "Représente le Ministère auprès des États-Unis et des organismes internationaux et négocie des ententes "
    "d'harmonisation des normes.",
    "Supervise la planification fondée sur le risque des inspections et des vérifications et le suivi des mesures "
    "d'application de la loi.",
    "Veille à la collecte, à l'analyse et à la diffusion des données sur les événements, les inspections et les "
    "constatations.",
]

SCOPE_EN = (
    "The Safety and Security Group delivers the Department's regulatory programs in all modes of transportation. "
    "Its work is carried out in a demanding environment in which public confidence, rapid technological change "
    "and the expectations of industry must be reconciled. {extra}"
)
SCOPE_FR = (
    "Le Groupe Sécurité et sûreté exécute les programmes de réglementation du Ministère dans tous les modes de "
    "transport. Son travail s'inscrit dans un contexte exigeant où la confiance du public, l'évolution rapide des "
    "technologies et les attentes de l'industrie doivent être conciliées. {extra}"
)

GIVEN = ["Maëlle", "Tobias", "Renée", "Darius", "Ingrid", "Kwame", "Solène", "Anselm", "Priyanka", "Gideon",
         "Océane", "Lachlan", "Noor", "Émeric", "Thandiwe", "Bastien", "Yara", "Fergus", "Ludivine", "Osei",
         "Marisol", "Cyprien", "Henrike", "Jovan", "Aurélie", "Tamsin", "Wendel", "Ikenna", "Clothilde", "Rasmus",
         "Sigrid", "Benedikt", "Zélie", "Hamish", "Leocadia", "Quillon", "Faustine", "Oriol", "Pernille", "Ulric"]
FAMILY = ["Vantreight", "Okonkwo-Laval", "Brisebois", "Halvorsen", "Tremblay-Achterberg", "Quennec", "Ostrowicz",
          "Ferreira-Lapointe", "Dunmore", "Kaczmarek", "Beaudelaire", "Nakashima-Roy", "Pelletier-Vos", "Ashgrove",
          "Lindqvist", "Mbeki-Caron", "Thibodeau", "Varga", "Castellanos", "Aucoin-Riel", "Whitcombe", "Ducharme",
          "Szabo", "Létourneau", "Rademaker", "Gallant-Oyelaran", "Marchetti", "Obuya", "Sauvageau", "Kowalchuk",
          "Delorme-Finch", "Haverkamp", "Ouellet", "Prudhomme", "Strachan", "Vaillancourt", "Yeboah", "Zimmerli"]
