"""Prose, areas and invented names for blind199 (all invented)."""

AREAS = [
    ("Asylum Claims Processing", "Traitement des demandes d'asile"),
    ("Grants and Contributions Oversight", "Surveillance des subventions et contributions"),
    ("Pension Modernization", "Modernisation des pensions"),
    ("Fisheries Licensing", "Délivrance des permis de pêche"),
    ("Digital Client Channels", "Canaux numériques pour la clientèle"),
    ("Regional Operations, Atlantic", "Opérations régionales, Atlantique"),
    ("Labour Market Analysis", "Analyse du marché du travail"),
    ("Real Property Planning", "Planification des biens immobiliers"),
    ("Cyber Security Operations", "Opérations de cybersécurité"),
    ("Indigenous Partnerships", "Partenariats autochtones"),
    ("Corporate Accounting", "Comptabilité ministérielle"),
    ("Trade Remedies Policy", "Politique des recours commerciaux"),
    ("Internal Audit", "Vérification interne"),
    ("Parliamentary Affairs", "Affaires parlementaires"),
    ("Apprenticeship Grants", "Subventions aux apprentis"),
    ("Border Data Integration", "Intégration des données frontalières"),
    ("Veterans Benefits Delivery", "Prestation des avantages aux vétérans"),
    ("Climate Adaptation Programs", "Programmes d'adaptation au climat"),
    ("Procurement Strategy", "Stratégie d'approvisionnement"),
    ("Official Languages", "Langues officielles"),
    ("Workplace Wellness", "Mieux-être en milieu de travail"),
    ("Data Governance", "Gouvernance des données"),
    ("Emergency Management", "Gestion des urgences"),
    ("Student Financial Assistance", "Aide financière aux étudiants"),
    ("Transport Safety Regulation", "Réglementation de la sécurité des transports"),
    ("Heritage Collections", "Collections patrimoniales"),
    ("Compensation Services", "Services de rémunération"),
    ("Access to Information", "Accès à l'information"),
    ("Northern Infrastructure", "Infrastructure du Nord"),
    ("Science Policy Integration", "Intégration des politiques scientifiques"),
    ("Talent Acquisition", "Acquisition de talents"),
    ("Investment Review", "Examen des investissements"),
    ("Consular Case Management", "Gestion des cas consulaires"),
    ("Water Quality Monitoring", "Surveillance de la qualité de l'eau"),
    ("Risk Management", "Gestion des risques"),
    ("Settlement Programs", "Programmes d'établissement"),
    ("Enterprise Architecture", "Architecture d'entreprise"),
    ("Spectrum Licensing", "Attribution des licences du spectre"),
    ("Agricultural Trade Access", "Accès aux marchés agricoles"),
    ("Evaluation", "Évaluation"),
    ("Strategic Communications", "Communications stratégiques"),
    ("Benefits Integrity", "Intégrité des prestations"),
    ("Youth Employment", "Emploi des jeunes"),
    ("Security and Facilities", "Sécurité et installations"),
]

MANAGERS = [
    ("Manager, Intake", "Gestionnaire, Accueil", "PM-06"),
    ("Manager, Policy Analysis", "Gestionnaire, Analyse des politiques", "EC-07"),
    ("Manager, Operations", "Gestionnaire, Opérations", "PM-06"),
    ("Manager, Finance", "Gestionnaire, Finances", "FI-03"),
    ("Manager, Systems", "Gestionnaire, Systèmes", "CS-04"),
    ("Manager, Compliance", "Gestionnaire, Conformité", "PM-05"),
    ("Manager, Partnerships", "Gestionnaire, Partenariats", "AS-07"),
    ("Manager, Research", "Gestionnaire, Recherche", "EC-06"),
    ("Manager, Client Services", "Gestionnaire, Services à la clientèle", "PM-05"),
    ("Senior Advisor", "Conseiller principal", "EC-07"),
    ("Manager, Program Delivery", "Gestionnaire, Exécution des programmes", "PM-06"),
    ("Team Leader, Quality Assurance", "Chef d'équipe, Assurance de la qualité", "AS-06"),
]

DEPARTMENTS = [
    ("Employment and Social Development Canada", "Emploi et Développement social Canada", "ESDC"),
    ("Immigration, Refugees and Citizenship Canada", "Immigration, Réfugiés et Citoyenneté Canada", "IRCC"),
    ("Fisheries and Oceans Canada", "Pêches et Océans Canada", "DFO"),
    ("Public Services and Procurement Canada", "Services publics et Approvisionnement Canada", "PSPC"),
    ("Natural Resources Canada", "Ressources naturelles Canada", "NRCan"),
]

CITIES = [
    ("Ottawa, Ontario", "Ottawa (Ontario)"),
    ("Gatineau, Quebec", "Gatineau (Québec)"),
    ("Moncton, New Brunswick", "Moncton (Nouveau-Brunswick)"),
    ("Halifax, Nova Scotia", "Halifax (Nouvelle-Écosse)"),
    ("Winnipeg, Manitoba", "Winnipeg (Manitoba)"),
    ("Vancouver, British Columbia", "Vancouver (Colombie-Britannique)"),
    ("Montréal, Quebec", "Montréal (Québec)"),
    ("Edmonton, Alberta", "Edmonton (Alberta)"),
]

GIVEN = ["Maelle", "Torin", "Aurelie", "Kesten", "Odalys", "Brannoc", "Sefa", "Lioran", "Imrie", "Zakaria",
         "Noemie", "Havard", "Thessaly", "Quillon", "Ysolde", "Darragh", "Amaris", "Corwen", "Elowen", "Faustin",
         "Giselle", "Hollis", "Ismay", "Jorah", "Kalinda", "Leopold", "Marisol", "Nevan", "Ottilie", "Perrin"]
FAMILY = ["Drummelow", "Vachonneau", "Kettleby", "Ashgrove", "Montcalmet", "Quennevel", "Ravensby", "Stroudley",
          "Tremblanc", "Ubercourt", "Wexmoor", "Yarrowby", "Belliveaux", "Cardross", "Dufresnoy", "Ellingham",
          "Fairbrook", "Gauthray", "Hollowell", "Isherwoode", "Jessimond", "Lachapin", "Marrowick", "Northcote"]

GA_EN = ("The {title} is accountable for the planning, delivery and continuous improvement of the {area_l} "
         "program, for advice to senior management on emerging issues, and for the stewardship of the "
         "directorate's human and financial resources.")
GA_FR = ("Le {title} est responsable de la planification, de la prestation et de l'amélioration continue du "
         "programme ({area_l}), des conseils à la haute direction et de la gestion des ressources humaines et "
         "financières de la direction.")
NS_EN = ("The position operates in a complex environment of federal, provincial and territorial partners. "
         "The incumbent resolves sensitive issues, anticipates risks to program integrity and represents the "
         "department before central agencies and external stakeholders.")
NS_FR = ("Le poste évolue dans un environnement complexe de partenaires fédéraux, provinciaux et territoriaux. "
         "Le titulaire règle des questions délicates et représente le ministère auprès des organismes centraux.")
SA_EN = ["Directs the development and delivery of the directorate's programs and services.",
         "Provides strategic advice to the Director General and senior committees.",
         "Manages the directorate's human, financial and material resources.",
         "Establishes and maintains partnerships with other departments and stakeholders."]
SA_FR = ["Dirige l'élaboration et la prestation des programmes et services de la direction.",
         "Fournit des conseils stratégiques au directeur général et aux comités supérieurs.",
         "Gère les ressources humaines, financières et matérielles de la direction.",
         "Établit et entretient des partenariats avec d'autres ministères et intervenants."]

COMMENTS_EN = [
    "Confirm with Corporate Finance - 2022-23 figure was {old}.",
    "Changed after the reorg; old value was {old}.",
    "Per HRC decision, please verify before sign-off.",
    "Is this still correct? {old} in the previous version.",
    "ADM asked to keep {old} on file for reference.",
]
COMMENTS_FR = [
    "À confirmer avec les Finances : la valeur précédente était {old}.",
    "Modifié après la réorganisation (ancienne valeur : {old}).",
    "Veuillez vérifier avant la signature.",
]
