"""Prose, pools and names for the blind147 corpus (all invented)."""

DEPARTMENTS = [
    ("Public Services and Procurement Canada", "Services publics et Approvisionnement Canada"),
    ("Canadian Heritage", "Patrimoine canadien"),
    ("Immigration, Refugees and Citizenship Canada", "Immigration, Réfugiés et Citoyenneté Canada"),
    ("Fisheries and Oceans Canada", "Pêches et Océans Canada"),
    ("Environment and Climate Change Canada", "Environnement et Changement climatique Canada"),
    ("Employment and Social Development Canada", "Emploi et Développement social Canada"),
    ("Transport Canada", "Transports Canada"),
    ("Health Canada", "Santé Canada"),
    ("Veterans Affairs Canada", "Anciens Combattants Canada"),
    ("Parks Canada", "Parcs Canada"),
    ("Public Health Agency of Canada", "Agence de la santé publique du Canada"),
    ("Canadian Food Inspection Agency", "Agence canadienne d'inspection des aliments"),
]

UNITS = [
    ("Official Languages Programs", "Programmes des langues officielles"),
    ("Translation Services", "Services de traduction"),
    ("Terminology Standardization", "Normalisation terminologique"),
    ("Interpretation Services", "Services d'interprétation"),
    ("Asylum Claims Processing", "Traitement des demandes d'asile"),
    ("Grants and Contributions", "Subventions et contributions"),
    ("Fisheries Resource Management", "Gestion des ressources halieutiques"),
    ("Marine Safety Programs", "Programmes de sécurité maritime"),
    ("Climate Adaptation Science", "Science de l'adaptation aux changements climatiques"),
    ("Indigenous Partnerships", "Partenariats autochtones"),
    ("Labour Market Information", "Information sur le marché du travail"),
    ("Financial Planning and Analysis", "Planification et analyse financières"),
    ("Internal Audit", "Vérification interne"),
    ("Cyber Security Operations", "Opérations de cybersécurité"),
    ("Procurement Strategy", "Stratégie d'approvisionnement"),
    ("Real Property Services", "Services des biens immobiliers"),
    ("Regional Operations, Atlantic", "Opérations régionales, Atlantique"),
    ("Benefits Processing", "Traitement des prestations"),
    ("Data Strategy and Governance", "Stratégie et gouvernance des données"),
    ("Policy Research", "Recherche sur les politiques"),
    ("Heritage Programs", "Programmes du patrimoine"),
    ("Veterans Services, Quebec Region", "Services aux vétérans, Région du Québec"),
    ("Public Health Surveillance", "Surveillance de la santé publique"),
    ("Wildlife Enforcement", "Application de la loi sur la faune"),
    ("Digital Services", "Services numériques"),
    ("Learning and Development", "Apprentissage et perfectionnement"),
    ("Regulatory Affairs", "Affaires réglementaires"),
    ("Visitor Experience", "Expérience du visiteur"),
    ("Food Safety Science", "Science de la salubrité des aliments"),
    ("Conference Interpretation", "Interprétation de conférence"),
    ("Linguistic Quality Assurance", "Assurance de la qualité linguistique"),
    ("Citizenship Program Delivery", "Prestation du programme de citoyenneté"),
    ("Small Craft Harbours", "Ports pour petits bateaux"),
    ("Air Quality Monitoring", "Surveillance de la qualité de l'air"),
    ("Pension Program Integrity", "Intégrité du programme de pensions"),
    ("Workplace Accommodation", "Mesures d'adaptation en milieu de travail"),
    ("Ports and Harbours Security", "Sûreté des ports"),
    ("Medical Devices Compliance", "Conformité des instruments médicaux"),
    ("Commemoration", "Commémoration"),
    ("Built Heritage Conservation", "Conservation du patrimoine bâti"),
    ("Laboratory Networks", "Réseaux de laboratoires"),
    ("Import Controls", "Contrôles à l'importation"),
    ("Parliamentary Translation", "Traduction parlementaire"),
    ("Settlement Programs", "Programmes d'établissement"),
    ("Ocean Science Data", "Données des sciences océaniques"),
    ("Youth Employment", "Emploi chez les jeunes"),
]

# (English, French masculine, French feminine, classification)
ROLES = {
    "EX-01": ("Director", "Directeur", "Directrice"),
    "EX-02": ("Executive Director", "Directeur exécutif", "Directrice exécutive"),
    "EX-03": ("Director General", "Directeur général", "Directrice générale"),
    "EX-04": ("Assistant Deputy Minister", "Sous-ministre adjoint", "Sous-ministre adjointe"),
}

REPORT_UNITS = [
    ("Finance", "Finances"), ("Terminology", "Terminologie"), ("Operations", "Opérations"),
    ("Quality Assurance", "Assurance de la qualité"), ("Client Services", "Services à la clientèle"),
    ("Planning and Reporting", "Planification et rapports"), ("Analytics", "Analytique"),
    ("Policy", "Politiques"), ("Programs", "Programmes"), ("Compliance", "Conformité"),
    ("Outreach", "Sensibilisation"), ("Systems", "Systèmes"), ("Training", "Formation"),
    ("Revision", "Révision"), ("Contracts", "Contrats"), ("Field Operations", "Opérations sur le terrain"),
    ("Intake", "Accueil"), ("Partnerships", "Partenariats"), ("Research", "Recherche"),
    ("Regional Coordination", "Coordination régionale"), ("Evaluation", "Évaluation"),
    ("Scheduling", "Horaires"), ("Records Management", "Gestion des documents"),
]

REPORT_KINDS = [
    # English prefix, French prefix, classifications
    ("Manager", "Gestionnaire", ["FI-04", "PM-06", "EC-07", "AS-07", "CS-04", "TR-04", "CO-03", "PE-05", "IT-04", "EG-07", "PM-05"]),
    ("Chief", "Chef", ["TR-04", "EC-06", "PM-06", "BI-04", "IS-06"]),
    ("Senior Advisor", "Conseiller principal", ["EC-06", "PM-06", "AS-06"]),
    ("Team Leader", "Chef d'équipe", ["TR-03", "PM-05", "CR-05", "IT-03"]),
]

EA = ("Executive Assistant", "Adjointe exécutive", "AS-02")

LOCATIONS = [
    ("Gatineau, Quebec", "Gatineau (Québec)"),
    ("Ottawa, Ontario", "Ottawa (Ontario)"),
    ("Moncton, New Brunswick", "Moncton (Nouveau-Brunswick)"),
    ("Montréal, Quebec", "Montréal (Québec)"),
    ("Québec City, Quebec", "Québec (Québec)"),
    ("Halifax, Nova Scotia", "Halifax (Nouvelle-Écosse)"),
    ("Winnipeg, Manitoba", "Winnipeg (Manitoba)"),
    ("Sudbury, Ontario", "Sudbury (Ontario)"),
    ("Shediac, New Brunswick", "Shediac (Nouveau-Brunswick)"),
    ("Matane, Quebec", "Matane (Québec)"),
]

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]

GIVEN = ["Mireille", "Tobias", "Annick", "Dorian", "Solène", "Kwabena", "Ingrid", "Rémi", "Priyanka", "Gaëtan",
         "Odile", "Fergus", "Nadège", "Hamish", "Lysanne", "Oluwaseun", "Brigitte", "Thaddeus", "Maëlle",
         "Anselme", "Rosalind", "Jérôme", "Wen", "Ciarán", "Ghislaine", "Baptiste", "Yolande", "Desmond",
         "Séverine", "Eamon", "Clothilde", "Ravi", "Aurélien", "Marisol", "Lucien", "Henrike", "Théo",
         "Augustine", "Delphine", "Ismaël"]
FAMILY = ["Bellefeuille", "Okonkwo-Tremblay", "Vaillancourt", "Strathdee", "Nadeau-Kerr", "Arsenault",
          "Pelletier-Wong", "Lindqvist", "Thibodeau", "MacPhail", "Ouellon", "Desrosiers", "Haldane",
          "Bérubé", "Ferraro", "Gauvreau", "Kowalczuk", "Lachapelle", "Mbeki-Roy", "Quenneville", "Rasmussen",
          "Saint-Onge", "Trudelle", "Vézina", "Whitcombe", "Abernathy", "Beaulac", "Corriveau", "Dufresne",
          "Émond", "Fairweather", "Gingras", "Hébert-Lyall", "Isfeld", "Jolicoeur", "Kilbride", "Laframboise",
          "Morissette", "Nakashima", "Ostrander"]

GA_EN = [
    "The {title} is accountable for the planning, delivery and continuous improvement of the {unit} "
    "function of {dept}, and for providing expert advice to senior management on related issues.",
    "The {title} provides strategic leadership to the {unit} program, manages its human and financial "
    "resources, and ensures that services are delivered in both official languages to a consistent standard.",
    "The {title} is accountable for the direction of national {unit} activities, for the development of "
    "related policies and frameworks, and for the department's relations with central agencies in this field.",
]
GA_FR = [
    "Le titulaire du poste de {title} est responsable de la planification, de la prestation et de "
    "l'amélioration continue de la fonction {unit} de {dept}, ainsi que des conseils d'expert à la haute direction.",
    "Le titulaire du poste de {title} assure le leadership stratégique du programme {unit}, gère ses ressources "
    "humaines et financières et veille à ce que les services soient offerts dans les deux langues officielles.",
    "Le titulaire du poste de {title} dirige les activités nationales {unit}, élabore les politiques et cadres "
    "connexes et représente le ministère auprès des organismes centraux dans ce domaine.",
]

SA = [
    ("Directs the development and implementation of operational plans, service standards and performance measures.",
     "Dirige l'élaboration et la mise en œuvre des plans opérationnels, des normes de service et des mesures du rendement."),
    ("Manages the human, financial and material resources of the organization and ensures sound stewardship.",
     "Gère les ressources humaines, financières et matérielles de l'organisation et en assure la saine intendance."),
    ("Represents the department on interdepartmental and federal-provincial-territorial committees.",
     "Représente le ministère au sein de comités interministériels et fédéraux-provinciaux-territoriaux."),
    ("Provides authoritative advice to the Assistant Deputy Minister and to senior management committees.",
     "Fournit des conseils faisant autorité au sous-ministre adjoint et aux comités de la haute direction."),
    ("Leads change management initiatives, including the modernization of tools and business processes.",
     "Dirige les initiatives de gestion du changement, y compris la modernisation des outils et des processus."),
    ("Establishes partnerships with stakeholders, other levels of government and Indigenous organizations.",
     "Établit des partenariats avec les intervenants, les autres ordres de gouvernement et les organisations autochtones."),
    ("Ensures compliance with the Official Languages Act and with Treasury Board policies and directives.",
     "Veille au respect de la Loi sur les langues officielles ainsi que des politiques et directives du Conseil du Trésor."),
    ("Oversees risk management, audit follow-up and reporting to Parliament on results.",
     "Supervise la gestion des risques, le suivi des vérifications et les rapports au Parlement sur les résultats."),
]
