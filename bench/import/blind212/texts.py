"""Prose, positions and invented names for blind212 (current vs proposed requests)."""

FIRST = ["Maelle", "Oskar", "Tanvi", "Riordan", "Solenne", "Kwabena", "Ilse", "Taro", "Perpetua", "Anselme",
         "Dagny", "Fennimore", "Ysolde", "Bartek", "Noemie", "Cormac", "Liesel", "Eamon", "Zofia", "Thibaut",
         "Marisol", "Aurelien", "Greer", "Hamza", "Ottoline", "Severin", "Ingrid", "Lucan", "Wren", "Jovan",
         "Clementine", "Osric", "Fenella", "Radomir", "Sunniva", "Ignace", "Philippa", "Caspian", "Ondine", "Bram"]
LAST = ["Quillfeather", "Marchbanks", "Ostrowicz", "Delacourt-Ruel", "Vanterpool", "Hallorquist", "Beaumanoir",
        "Tremblay-Kask", "Ashgrove", "Nakashima-Roy", "Pellerin-Obi", "Strathdee", "Lindqvist-Paré", "Okonkwo-Giroux",
        "Ferncastle", "Abernethy-Lau", "Vuillemin", "Corriveau-Shaw", "Duchesneau", "Halvorsen", "Mbeki-Lachance",
        "Rousselot", "Wexcombe", "Theriault-Yung", "Castellane", "Brisebois", "Kovalenko-Daigle", "Sandoval-Roux",
        "Ironside", "Lepage-Mwangi", "Gauvreau", "Thistlewood", "Aubertin", "Fairweather-Ng", "Desrochers-Baig"]

# department key: (English name, French name, abbreviation en, abbreviation fr, cities [(en, fr)])
DEPTS = [
    ("Canada Border Services Agency", "Agence des services frontaliers du Canada", "CBSA", "ASFC",
     [("Ottawa, Ontario", "Ottawa (Ontario)"), ("Windsor, Ontario", "Windsor (Ontario)")]),
    ("Employment and Social Development Canada", "Emploi et Développement social Canada", "ESDC", "EDSC",
     [("Gatineau, Quebec", "Gatineau (Québec)"), ("Bathurst, New Brunswick", "Bathurst (Nouveau-Brunswick)")]),
    ("Agriculture and Agri-Food Canada", "Agriculture et Agroalimentaire Canada", "AAFC", "AAC",
     [("Ottawa, Ontario", "Ottawa (Ontario)"), ("Saskatoon, Saskatchewan", "Saskatoon (Saskatchewan)")]),
    ("Environment and Climate Change Canada", "Environnement et Changement climatique Canada", "ECCC", "ECCC",
     [("Gatineau, Quebec", "Gatineau (Québec)"), ("Dartmouth, Nova Scotia", "Dartmouth (Nouvelle-Écosse)")]),
    ("Statistics Canada", "Statistique Canada", "StatCan", "StatCan",
     [("Ottawa, Ontario", "Ottawa (Ontario)"), ("Sturgeon Falls, Ontario", "Sturgeon Falls (Ontario)")]),
    ("Public Health Agency of Canada", "Agence de la santé publique du Canada", "PHAC", "ASPC",
     [("Winnipeg, Manitoba", "Winnipeg (Manitoba)"), ("Ottawa, Ontario", "Ottawa (Ontario)")]),
    ("Veterans Affairs Canada", "Anciens Combattants Canada", "VAC", "ACC",
     [("Charlottetown, Prince Edward Island", "Charlottetown (Île-du-Prince-Édouard)"),
      ("Montréal, Quebec", "Montréal (Québec)")]),
    ("Immigration, Refugees and Citizenship Canada", "Immigration, Réfugiés et Citoyenneté Canada", "IRCC", "IRCC",
     [("Sydney, Nova Scotia", "Sydney (Nouvelle-Écosse)"), ("Edmonton, Alberta", "Edmonton (Alberta)")]),
]

# subjects: (English, French)
SUBJECTS = [
    ("Trade Facilitation", "Facilitation du commerce"), ("Traveller Programs", "Programmes des voyageurs"),
    ("Benefits Processing", "Traitement des prestations"), ("Service Modernization", "Modernisation des services"),
    ("Agri-Environmental Programs", "Programmes agroenvironnementaux"), ("Market Access", "Accès aux marchés"),
    ("Water Quality Monitoring", "Surveillance de la qualité de l’eau"), ("Wildlife Enforcement", "Application de la loi sur la faune"),
    ("Census Operations", "Opérations du recensement"), ("Data Integration", "Intégration des données"),
    ("Laboratory Operations", "Opérations de laboratoire"), ("Emergency Preparedness", "Protection civile"),
    ("Disability Benefits", "Prestations d’invalidité"), ("Commemoration", "Commémoration"),
    ("Settlement Programs", "Programmes d’établissement"), ("Case Processing", "Traitement des cas"),
    ("Risk Assessment", "Évaluation des risques"), ("Digital Services", "Services numériques"),
    ("Program Integrity", "Intégrité des programmes"), ("Client Experience", "Expérience client"),
    ("Regional Operations", "Opérations régionales"), ("Policy and Planning", "Politiques et planification"),
    ("Grants and Contributions", "Subventions et contributions"), ("Science Partnerships", "Partenariats scientifiques"),
    ("Border Intelligence", "Renseignement frontalier"), ("Surveillance Systems", "Systèmes de surveillance"),
    ("Workforce Strategies", "Stratégies relatives à la main-d’œuvre"), ("Resettlement", "Réinstallation"),
    ("Field Operations", "Opérations sur le terrain"), ("Business Transformation", "Transformation des activités"),
    ("Quality Assurance", "Assurance de la qualité"), ("Information Management", "Gestion de l’information"),
    ("Audit Coordination", "Coordination de la vérification"), ("Stakeholder Relations", "Relations avec les intervenants"),
    ("Enforcement Programs", "Programmes d’exécution"), ("Horticulture Research", "Recherche en horticulture"),
    ("Climate Adaptation", "Adaptation aux changements climatiques"), ("Survey Methods", "Méthodes d’enquête"),
    ("Infectious Disease Programs", "Programmes des maladies infectieuses"), ("Client Contact Centres", "Centres de contact avec la clientèle"),
    ("Case Management", "Gestion des cas"), ("Asylum Operations", "Opérations d’asile"),
    ("Corporate Planning", "Planification ministérielle"), ("Financial Operations", "Opérations financières"),
    ("Security Screening", "Filtrage de sécurité"), ("Program Delivery", "Prestation des programmes"),
    ("Analytics", "Analytique"), ("Partnerships", "Partenariats"), ("Compliance", "Conformité"),
    ("Evaluation", "Évaluation"), ("Outreach", "Sensibilisation"), ("Training", "Formation"),
]

# roles by level: (English, French masculine, French feminine)
ROLES = {
    "EX-01": ("Director", "Directeur", "Directrice"),
    "EX-02": ("Executive Director", "Directeur exécutif", "Directrice exécutive"),
    "EX-03": ("Director General", "Directeur général", "Directrice générale"),
    "EX-04": ("Assistant Deputy Minister", "Sous-ministre adjoint", "Sous-ministre adjointe"),
    "EX-05": ("Senior Assistant Deputy Minister", "Sous-ministre adjoint principal", "Sous-ministre adjointe principale"),
}
REPORT_ROLES = [("Manager", "Gestionnaire"), ("Senior Manager", "Gestionnaire principal"),
                ("Chief", "Chef"), ("Team Leader", "Chef d’équipe"), ("Senior Advisor", "Conseiller principal")]
REPORT_GROUPS = ["PM-06", "PM-05", "EC-07", "EC-06", "AS-07", "CS-04", "FI-03", "PE-06", "BI-04", "PG-05", "EG-07"]

GA_EN = [
    "The {title} is accountable for the leadership and management of the {subj} function, ensuring that programs "
    "are delivered consistently with departmental priorities and legislative requirements.",
    "Provides strategic direction and oversight for {subj_l}, and represents the department with central agencies, "
    "other government departments and external stakeholders.",
]
GA_FR = [
    "Le titulaire du poste de {title} est responsable du leadership et de la gestion de la fonction {subj_l}, "
    "en veillant à ce que les programmes soient exécutés conformément aux priorités ministérielles.",
    "Assure l’orientation stratégique et la surveillance des activités liées à {subj_l}, et représente le ministère "
    "auprès des organismes centraux et des intervenants externes.",
]
JUST_EN = {
    "reclass": [
        "The scope of the position has grown significantly since the last classification review. The position now "
        "leads {n} units and manages a budget that has increased by more than a third, and it is the department’s "
        "lead on a horizontal initiative involving four other departments.",
        "The proposed changes reflect the transfer of national program responsibilities into the position’s area, "
        "which increases the complexity, the number of stakeholders and the level of risk the position manages.",
    ],
    "realign": [
        "As part of the sector’s realignment, the position moves under a new reporting relationship and its "
        "structure is adjusted: some units are transferred out and a new unit is created to absorb the expanded "
        "mandate. The work of the position itself is largely unchanged.",
        "The realignment consolidates related functions under a single executive and removes duplication between "
        "two directorates. Resources move with the functions.",
    ],
    "update": [
        "This is an update of the work description to reflect current resources and structure. No change to the "
        "classification is requested; the dimensions and organization chart are brought up to date.",
        "The work description has not been updated since it was last classified. This update records the current "
        "budget and the current organization of the position’s direct reports.",
    ],
}
JUST_FR = {
    "reclass": [
        "La portée du poste s’est considérablement accrue depuis le dernier examen de classification. Le poste dirige "
        "maintenant {n} unités et gère un budget qui a augmenté de plus du tiers.",
        "Les changements proposés reflètent le transfert de responsabilités nationales vers le secteur du poste, ce qui "
        "accroît la complexité, le nombre d’intervenants et le niveau de risque.",
    ],
    "realign": [
        "Dans le cadre du réalignement du secteur, le poste relève d’un nouveau supérieur et sa structure est "
        "modifiée : certaines unités sont transférées et une nouvelle unité est créée.",
        "Le réalignement regroupe des fonctions connexes sous une seule direction et élimine le dédoublement entre "
        "deux directions. Les ressources suivent les fonctions.",
    ],
    "update": [
        "Il s’agit d’une mise à jour de la description de travail afin de refléter les ressources et la structure "
        "actuelles. Aucun changement de classification n’est demandé.",
        "La description de travail n’avait pas été mise à jour depuis sa dernière classification. La présente mise à "
        "jour consigne le budget actuel et l’organisation actuelle des subordonnés directs.",
    ],
}
