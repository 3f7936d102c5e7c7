"""Prose, areas, places and invented names for blind189 (older converted documents)."""

DEPARTMENTS = [
    ("Human Resources Development Canada", "Développement des ressources humaines Canada"),
    ("Public Works and Government Services Canada", "Travaux publics et Services gouvernementaux Canada"),
    ("Revenue Canada", "Revenu Canada"),
    ("Transport Canada", "Transports Canada"),
    ("Fisheries and Oceans Canada", "Pêches et Océans Canada"),
    ("Industry Canada", "Industrie Canada"),
    ("Citizenship and Immigration Canada", "Citoyenneté et Immigration Canada"),
]

# (english area, french area)
AREAS = [
    ("Labour Market Programs", "Programmes du marché du travail"),
    ("Income Security Operations", "Opérations de la sécurité du revenu"),
    ("Real Property Services", "Services immobiliers"),
    ("Systems Integration", "Intégration des systèmes"),
    ("Appeals and Collections", "Appels et recouvrements"),
    ("Marine Safety", "Sécurité maritime"),
    ("Aviation Security Programs", "Programmes de sûreté aérienne"),
    ("Fisheries Management", "Gestion des pêches"),
    ("Habitat Protection", "Protection de l'habitat"),
    ("Spectrum Engineering", "Génie du spectre"),
    ("Small Business Policy", "Politique de la petite entreprise"),
    ("Settlement Programs", "Programmes d'établissement"),
    ("Case Review", "Examen des cas"),
    ("Financial Planning and Analysis", "Planification et analyse financières"),
    ("Client Services", "Services à la clientèle"),
    ("Corporate Accounting", "Comptabilité ministérielle"),
    ("Procurement Policy", "Politique d'approvisionnement"),
    ("Audit and Evaluation", "Vérification et évaluation"),
    ("Regional Operations", "Opérations régionales"),
    ("Information Management", "Gestion de l'information"),
    ("Strategic Planning", "Planification stratégique"),
    ("Ports Programs", "Programmes portuaires"),
    ("Employment Insurance Benefits", "Prestations d'assurance-emploi"),
    ("Compensation Services", "Services de rémunération"),
    ("Border Operations", "Opérations frontalières"),
    ("Telecommunications Policy", "Politique des télécommunications"),
    ("Science Policy", "Politique scientifique"),
    ("Program Integrity", "Intégrité des programmes"),
    ("Human Resources Planning", "Planification des ressources humaines"),
    ("Enforcement", "Application de la loi"),
    ("Refugee Determination Support", "Soutien à la détermination du statut de réfugié"),
    ("Technical Services", "Services techniques"),
    ("Records Management", "Gestion des documents"),
    ("Fleet Services", "Services de la flotte"),
    ("Pension Operations", "Opérations des pensions"),
    ("Grants and Contributions", "Subventions et contributions"),
    ("Quality Assurance", "Assurance de la qualité"),
    ("Legislative Services", "Services législatifs"),
    ("Trade Development", "Développement du commerce"),
    ("Investigations", "Enquêtes"),
    ("Environmental Assessment", "Évaluation environnementale"),
    ("Accommodation Planning", "Planification des locaux"),
]

PLACES = [
    ("Ottawa, Ontario", "Ottawa (Ontario)"), ("Hull, Quebec", "Hull (Québec)"),
    ("Moncton, New Brunswick", "Moncton (Nouveau-Brunswick)"), ("Winnipeg, Manitoba", "Winnipeg (Manitoba)"),
    ("Halifax, Nova Scotia", "Halifax (Nouvelle-Écosse)"), ("Regina, Saskatchewan", "Regina (Saskatchewan)"),
    ("Vancouver, British Columbia", "Vancouver (Colombie-Britannique)"), ("Montreal, Quebec", "Montréal (Québec)"),
    ("Edmonton, Alberta", "Edmonton (Alberta)"), ("St. John's, Newfoundland", "St. John's (Terre-Neuve)"),
    ("Sudbury, Ontario", "Sudbury (Ontario)"), ("Shawinigan, Quebec", "Shawinigan (Québec)"),
]

REPORT_UNITS = [
    ("Manager, Operations", "Gestionnaire, Opérations", "PM-06"),
    ("Manager, Policy and Planning", "Gestionnaire, Politiques et planification", "EC-07"),
    ("Chief, Systems Support", "Chef, Soutien des systèmes", "CS-04"),
    ("Manager, Finance and Administration", "Gestionnaire, Finances et administration", "FI-03"),
    ("Chief, Technical Standards", "Chef, Normes techniques", "EN-ENG-05"),
    ("Manager, Client Relations", "Gestionnaire, Relations avec la clientèle", "PM-05"),
    ("Senior Advisor", "Conseiller principal", "AS-07"),
    ("Chief, Program Review", "Chef, Examen des programmes", "ES-06"),
    ("Manager, Contracting", "Gestionnaire, Marchés", "PG-06"),
    ("Chief, Audit", "Chef, Vérification", "AU-04"),
    ("Regional Manager", "Gestionnaire régional", "PM-06"),
    ("Administrative Officer", "Agent administratif", "AS-02"),
]

GIVEN = ["Marjorie", "Bernard", "Lucienne", "Gordon", "Yvette", "Harold", "Doreen", "Réjean", "Winston",
         "Ghislaine", "Clifford", "Francine", "Desmond", "Huguette", "Percy", "Solange", "Alistair", "Thérèse",
         "Merle", "Gaétan", "Odessa", "Lloyd", "Noëlla", "Ivor"]
FAMILY = ["Quennell", "Brassard-Tully", "Okonkwo-Reid", "Lavallière", "Pettigrew-Hume", "Strathdee", "Beauséjour",
          "Mackinnon-Fry", "Gauvreau", "Tremblett", "Desrosiers-Kane", "Whitmarsh", "Ouellon", "Haverstock",
          "Cormeau", "Fennimore", "Lachapelle-Voss", "Dunsmore", "Arsenault-Pike", "Belhumeur"]

GA_EN = ("Under the direction of the {sup}, the {title} is accountable for the planning, direction and "
         "delivery of the {area} program of the department, and for the management of the human, "
         "financial and material resources assigned to the directorate, in a manner that is consistent "
         "with the department's objectives and the government's policies and priorities.")
NS_EN = [
    "The position operates in an environment of continuing program review and downsizing, in which the "
    "department's program delivery is being restructured and resources are being reduced. The incumbent "
    "must maintain the quality of services to Canadians while implementing new service delivery "
    "arrangements with provincial governments, other federal departments and private-sector partners.",
    "The incumbent is the department's senior authority on {area_l} and provides functional direction to "
    "regional offices. The work requires extensive consultation with central agencies, in particular the "
    "Treasury Board Secretariat, and with representatives of industry associations and unions.",
    "A major challenge is the introduction of new automated systems, which requires the re-engineering of "
    "business processes, the re-training of staff and careful management of the Year 2000 conversion of "
    "older applications.",
]
NS_FR = [
    "Le poste évolue dans un contexte d'examen des programmes et de compression des effectifs, dans lequel la "
    "prestation des programmes du ministère est restructurée et les ressources sont réduites. Le titulaire doit "
    "maintenir la qualité des services aux Canadiens tout en mettant en oeuvre de nouveaux modes de prestation "
    "avec les gouvernements provinciaux et d'autres ministères fédéraux.",
    "Le titulaire est l'autorité principale du ministère en matière de {area_l} et fournit une orientation "
    "fonctionnelle aux bureaux régionaux. Le travail exige de nombreuses consultations avec les organismes "
    "centraux, notamment le Secrétariat du Conseil du Trésor.",
]
GA_FR = ("Sous l'autorité du {sup}, le {title} est responsable de la planification, de la direction et de "
         "la prestation du programme {area} du ministère et de la gestion des ressources humaines, "
         "financières et matérielles de la direction, conformément aux objectifs du ministère et aux "
         "politiques et priorités du gouvernement.")
SA_EN = ["Directs the development and implementation of national policies, standards and procedures for the {area_l} program.",
         "Manages the directorate's human, financial and material resources and approves operational plans and budgets.",
         "Represents the department on interdepartmental and federal-provincial committees and negotiates agreements.",
         "Provides advice and briefings to the Assistant Deputy Minister and to the Minister's office on sensitive issues.",
         "Leads the review and re-engineering of the directorate's business processes and service delivery."]
SA_FR = ["Dirige l'élaboration et la mise en oeuvre des politiques, normes et procédures nationales du programme.",
         "Gère les ressources humaines, financières et matérielles de la direction et approuve les plans opérationnels.",
         "Représente le ministère aux comités interministériels et fédéraux-provinciaux et négocie des ententes.",
         "Fournit des conseils et des notes d'information au sous-ministre adjoint sur les dossiers délicats."]
