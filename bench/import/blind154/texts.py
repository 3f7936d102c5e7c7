"""Prose, units and invented names for blind154 (older work descriptions, 1984-1999)."""

# (department en, department fr, [(location en, location fr)])
DEPARTMENTS = [
    ("Transport Canada", "Transports Canada", [("Ottawa, Ontario", "Ottawa (Ontario)"), ("Moncton, N.B.", "Moncton (N.-B.)")]),
    ("Fisheries and Oceans", "Pêches et Océans", [("Halifax, N.S.", "Halifax (N.-É.)"), ("Vancouver, B.C.", "Vancouver (C.-B.)")]),
    ("Supply and Services Canada", "Approvisionnements et Services Canada", [("Hull, Quebec", "Hull (Québec)")]),
    ("Employment and Immigration Canada", "Emploi et Immigration Canada", [("Ottawa, Ontario", "Ottawa (Ontario)"), ("Winnipeg, Manitoba", "Winnipeg (Manitoba)")]),
    ("Indian and Northern Affairs", "Affaires indiennes et du Nord", [("Yellowknife, N.W.T.", "Yellowknife (T.N.-O.)"), ("Hull, Quebec", "Hull (Québec)")]),
    ("Revenue Canada, Taxation", "Revenu Canada, Impôt", [("Ottawa, Ontario", "Ottawa (Ontario)"), ("Shawinigan-Sud, Quebec", "Shawinigan-Sud (Québec)")]),
    ("Agriculture Canada", "Agriculture Canada", [("Ottawa, Ontario", "Ottawa (Ontario)"), ("Regina, Saskatchewan", "Regina (Saskatchewan)")]),
    ("Public Works Canada", "Travaux publics Canada", [("Edmonton, Alberta", "Edmonton (Alberta)"), ("Ottawa, Ontario", "Ottawa (Ontario)")]),
    ("Environment Canada", "Environnement Canada", [("Downsview, Ontario", "Downsview (Ontario)"), ("Montréal, Quebec", "Montréal (Québec)")]),
    ("Veterans Affairs Canada", "Anciens Combattants Canada", [("Charlottetown, P.E.I.", "Charlottetown (Î.-P.-É.)")]),
]

# (unit en, unit fr, branch en, branch fr)
UNITS = [
    ("Marine Safety", "Sécurité maritime", "Marine Programs", "Programmes maritimes"),
    ("Airports Operations", "Exploitation des aéroports", "Airports Authority Group", "Groupe de l'autorité aéroportuaire"),
    ("Small Craft Harbours", "Ports pour petits bateaux", "Fisheries Operations", "Opérations des pêches"),
    ("Fleet Systems", "Systèmes de la flotte", "Coast Guard Services", "Services de la Garde côtière"),
    ("Contract Administration", "Administration des contrats", "Supply Operations", "Opérations d'approvisionnement"),
    ("Compensation Systems", "Systèmes de rémunération", "Government Services", "Services gouvernementaux"),
    ("Labour Market Planning", "Planification du marché du travail", "Employment Programs", "Programmes d'emploi"),
    ("Unemployment Insurance Benefits", "Prestations d'assurance-chômage", "Insurance Operations", "Opérations de l'assurance"),
    ("Band Support", "Soutien aux bandes", "Indian Services", "Services aux Indiens"),
    ("Northern Mineral Policy", "Politique minérale du Nord", "Northern Affairs Program", "Programme des affaires du Nord"),
    ("Returns Processing", "Traitement des déclarations", "Operations", "Opérations"),
    ("Appeals", "Appels", "Legislative and Intergovernmental Affairs", "Affaires législatives et intergouvernementales"),
    ("Grain Inspection Liaison", "Liaison avec l'inspection des grains", "Food Production and Inspection", "Production et inspection des aliments"),
    ("Plant Health", "Hygiène des végétaux", "Food Production and Inspection", "Production et inspection des aliments"),
    ("Realty Services", "Services immobiliers", "Western Region", "Région de l'Ouest"),
    ("Architectural and Engineering Services", "Services d'architecture et de génie", "Design and Construction", "Conception et construction"),
    ("Atmospheric Monitoring", "Surveillance atmosphérique", "Atmospheric Environment Service", "Service de l'environnement atmosphérique"),
    ("Environmental Protection, Quebec Region", "Protection de l'environnement, Région du Québec", "Conservation and Protection", "Conservation et protection"),
    ("Pensions Adjudication", "Arbitrage des pensions", "Veterans Services", "Services aux anciens combattants"),
    ("Departmental Finance", "Finances ministérielles", "Corporate Management", "Gestion ministérielle"),
    ("Personnel Services", "Services du personnel", "Corporate Management", "Gestion ministérielle"),
    ("Informatics", "Informatique", "Corporate Management", "Gestion ministérielle"),
]

# report units (en, fr, group)
REPORT_UNITS = [
    ("Operations", "Opérations", "PM"), ("Policy and Planning", "Politiques et planification", "ES"),
    ("Administration", "Administration", "AS"), ("Financial Services", "Services financiers", "FI"),
    ("Technical Services", "Services techniques", "EG"), ("Systems Development", "Développement des systèmes", "CS"),
    ("Program Evaluation", "Évaluation des programmes", "ES"), ("Regional Liaison", "Liaison régionale", "PM"),
    ("Engineering", "Génie", "EN-ENG"), ("Inspection", "Inspection", "EG"), ("Client Services", "Services à la clientèle", "PM"),
    ("Personnel", "Personnel", "PE"), ("Records and Registry", "Dossiers et enregistrement", "CR"),
    ("Contracts", "Contrats", "PG"), ("Economic Analysis", "Analyse économique", "ES"),
]

GIVEN = ["Marguerite", "Elwood", "Desmond", "Huguette", "Rosaire", "Ottilie", "Bertrand", "Lorna", "Gaëtan", "Winnifred",
         "Cuthbert", "Solange", "Fenwick", "Ghislaine", "Alastair", "Normande", "Percival", "Thérèse", "Leopold", "Yvonne",
         "Ambrose", "Clothilde", "Osric", "Raymonde", "Horace", "Jacinthe", "Wilfrid", "Germaine", "Lucius", "Aurore"]
FAMILY = ["Pettigrew-Halloran", "Vaillancourt-Dubé", "Ingersoll", "Thibodeau-Marsh", "Quackenbush", "Ouellette-Rand",
          "Brackenridge", "Lanthier", "Fitzwilliams", "Duchesneau", "Whitcombe", "Archambault-Kerr", "Penhallow",
          "Beauséjour", "McTavish-Oakes", "Lachapelle", "Strathdee", "Gendron-Pike", "Harrowsmith", "Bélisle",
          "Tolliver", "Desrochers", "Mountjoy", "Cloutier-Wynn", "Abernathy", "Lemieux-Carr", "Stonehouse", "Poirier-Grant"]

GEN_ACC_EN = [
    "The Director is accountable for the planning, direction and control of the {unit} program of the department, "
    "for the development of policies, standards and procedures governing it, and for the provision of functional "
    "advice to regional managers and senior officials.",
    "The incumbent is accountable for managing the {unit} function on a national basis, including the allocation of "
    "resources among regions, the review of operational performance and the provision of advice to the {sup}.",
]
GEN_ACC_FR = [
    "Le titulaire est responsable de la planification, de la direction et du contrôle du programme {unit} du "
    "ministère, de l'élaboration des politiques, normes et procédures qui le régissent, et de la prestation de "
    "conseils fonctionnels aux gestionnaires régionaux.",
]
NATURE_EN = [
    "The position was established following the reorganization of the branch. The incumbent must reconcile "
    "competing regional demands within a fixed A-base and respond to frequent ministerial enquiries. Person-year "
    "reductions announced in the last expenditure review must be absorbed without loss of service.",
    "The work is carried out in an environment of restraint. The Director negotiates with central agencies, "
    "provincial officials and industry associations, and is expected to resolve most operational issues without "
    "reference to the {sup}.",
]
NATURE_FR = [
    "Le poste a été créé à la suite de la réorganisation de la direction générale. Le titulaire doit concilier les "
    "demandes régionales à l'intérieur d'un niveau de référence fixe et absorber les réductions d'années-personnes "
    "annoncées lors du dernier examen des dépenses.",
]
SPEC_EN = [
    "Directs the development and implementation of national policies, programs and procedures.",
    "Manages the human, financial and material resources allocated to the directorate.",
    "Represents the department on interdepartmental and federal-provincial committees.",
    "Provides advice and briefing material to senior management and the Minister's office.",
    "Establishes performance standards and monitors the delivery of services in the regions.",
]
SPEC_FR = [
    "Dirige l'élaboration et la mise en oeuvre des politiques, programmes et procédures nationaux.",
    "Gère les ressources humaines, financières et matérielles affectées à la direction.",
    "Représente le ministère aux comités interministériels et fédéraux-provinciaux.",
    "Fournit des conseils et des notes d'information à la haute direction et au cabinet du ministre.",
]
