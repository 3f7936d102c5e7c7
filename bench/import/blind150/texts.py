"""Pools for blind150: departments, units, places, invented names and prose (EN and FR).

Every person here is invented; the names are combined from the two lists below by a fixed seed.
"""

DEPARTMENTS = [
    # (English, French, short)
    ("Immigration, Refugees and Citizenship Canada", "Immigration, Réfugiés et Citoyenneté Canada", "IRCC"),
    ("Employment and Social Development Canada", "Emploi et Développement social Canada", "ESDC"),
    ("Health Canada", "Santé Canada", "HC"),
    ("Environment and Climate Change Canada", "Environnement et Changement climatique Canada", "ECCC"),
    ("Innovation, Science and Economic Development Canada", "Innovation, Sciences et Développement économique Canada", "ISED"),
    ("Public Services and Procurement Canada", "Services publics et Approvisionnement Canada", "PSPC"),
    ("Transport Canada", "Transports Canada", "TC"),
    ("Fisheries and Oceans Canada", "Pêches et Océans Canada", "DFO"),
    ("Natural Resources Canada", "Ressources naturelles Canada", "NRCan"),
    ("Statistics Canada", "Statistique Canada", "StatCan"),
    ("Veterans Affairs Canada", "Anciens Combattants Canada", "VAC"),
    ("Canada Border Services Agency", "Agence des services frontaliers du Canada", "CBSA"),
    ("Agriculture and Agri-Food Canada", "Agriculture et Agroalimentaire Canada", "AAFC"),
    ("Canadian Heritage", "Patrimoine canadien", "PCH"),
    ("Public Health Agency of Canada", "Agence de la santé publique du Canada", "PHAC"),
]

# (English unit, French unit, a verb phrase of what the unit does EN, FR)
UNITS = [
    ("Asylum Claims Processing", "Traitement des demandes d'asile"),
    ("Digital Service Design", "Conception des services numériques"),
    ("Grants and Contributions Delivery", "Prestation des subventions et contributions"),
    ("Regulatory Modernization", "Modernisation de la réglementation"),
    ("Workplace Wellness and Inclusion", "Mieux-être et inclusion en milieu de travail"),
    ("Data Strategy and Analytics", "Stratégie et analytique des données"),
    ("Marine Safety Programs", "Programmes de sécurité maritime"),
    ("Client Experience", "Expérience client"),
    ("Strategic Communications", "Communications stratégiques"),
    ("Indigenous Partnerships", "Partenariats autochtones"),
    ("Procurement Transformation", "Transformation de l'approvisionnement"),
    ("Climate Adaptation Science", "Sciences de l'adaptation aux changements climatiques"),
    ("Border Operations Policy", "Politique des opérations frontalières"),
    ("Enterprise Architecture", "Architecture d'entreprise"),
    ("Program Integrity", "Intégrité des programmes"),
    ("Talent and Leadership Development", "Talent et perfectionnement en leadership"),
    ("Pension Services Modernization", "Modernisation des services de pension"),
    ("Cyber Security Operations", "Opérations de cybersécurité"),
    ("Trade Remedies Analysis", "Analyse des recours commerciaux"),
    ("Labour Market Information", "Information sur le marché du travail"),
    ("Food Safety Policy", "Politique de salubrité des aliments"),
    ("Energy Efficiency Programs", "Programmes d'efficacité énergétique"),
    ("Survey Operations", "Opérations d'enquête"),
    ("Veterans Benefits Delivery", "Prestation des avantages aux vétérans"),
    ("Corporate Planning and Risk", "Planification ministérielle et risques"),
    ("Arts Funding Programs", "Programmes de financement des arts"),
    ("Emergency Preparedness", "Protection civile"),
    ("Fisheries Resource Management", "Gestion des ressources halieutiques"),
    ("Service Channels Strategy", "Stratégie des modes de prestation"),
    ("Real Property Portfolio", "Portefeuille des biens immobiliers"),
    ("Official Languages Centre of Expertise", "Centre d'expertise en langues officielles"),
    ("Innovation Funding", "Financement de l'innovation"),
    ("Rail Safety Oversight", "Surveillance de la sécurité ferroviaire"),
    ("Vaccine Supply Coordination", "Coordination de l'approvisionnement en vaccins"),
    ("Settlement Programs", "Programmes d'établissement"),
    ("Financial Reporting and Controls", "Rapports financiers et contrôles"),
    ("Geospatial Services", "Services géospatiaux"),
    ("Youth Employment Strategy", "Stratégie emploi jeunesse"),
    ("Audit and Evaluation Services", "Services de vérification et d'évaluation"),
    ("Citizen Contact Centres", "Centres de contact avec les citoyens"),
    ("Market Access Secretariat", "Secrétariat de l'accès aux marchés"),
    ("Accessibility Standards", "Normes d'accessibilité"),
    ("Business Intelligence", "Intelligence d'affaires"),
    ("Ocean Science Partnerships", "Partenariats en sciences océaniques"),
    ("Case Management Modernization", "Modernisation de la gestion des cas"),
]

# report roles: (English prefix, French masc., French fem., groups to draw from)
REPORT_ROLES = [
    ("Manager", "Gestionnaire", "Gestionnaire", ["PM-06", "AS-07", "CO-03", "EC-07", "CS-04", "PE-06", "IS-06"]),
    ("Senior Manager", "Gestionnaire principal", "Gestionnaire principale", ["AS-08", "EC-08", "CS-05", "PM-07", "FI-04"]),
    ("Senior Advisor", "Conseiller principal", "Conseillère principale", ["EC-07", "AS-06", "PE-06", "IS-05"]),
    ("Team Lead", "Chef d'équipe", "Cheffe d'équipe", ["CS-03", "PM-05", "EC-06", "AS-05"]),
    ("Chief", "Chef", "Cheffe", ["EC-07", "PM-06", "EN-ENG-05", "BI-04", "AS-07"]),
]

# areas for the reports (English, French)
REPORT_AREAS = [
    ("Intake and Triage", "Accueil et triage"), ("Policy and Planning", "Politiques et planification"),
    ("Operations", "Opérations"), ("Quality Assurance", "Assurance de la qualité"),
    ("Performance Measurement", "Mesure du rendement"), ("Stakeholder Relations", "Relations avec les intervenants"),
    ("Program Design", "Conception des programmes"), ("Business Analysis", "Analyse opérationnelle"),
    ("Data Engineering", "Ingénierie des données"), ("User Research", "Recherche sur les utilisateurs"),
    ("Finance and Administration", "Finances et administration"), ("Regional Coordination", "Coordination régionale"),
    ("Compliance", "Conformité"), ("Outreach", "Sensibilisation"), ("Governance", "Gouvernance"),
    ("Product Delivery", "Livraison des produits"), ("Risk Management", "Gestion des risques"),
    ("Training and Learning", "Formation et apprentissage"), ("Contracting", "Passation de contrats"),
    ("Research and Analysis", "Recherche et analyse"), ("Client Services", "Services aux clients"),
    ("Systems Integration", "Intégration des systèmes"), ("Communications", "Communications"),
]

PLACES = [
    ("Ottawa, Ontario", "Ottawa (Ontario)"),
    ("Gatineau, Quebec", "Gatineau (Québec)"),
    ("Moncton, New Brunswick", "Moncton (Nouveau-Brunswick)"),
    ("Winnipeg, Manitoba", "Winnipeg (Manitoba)"),
    ("Vancouver, British Columbia", "Vancouver (Colombie-Britannique)"),
    ("Halifax, Nova Scotia", "Halifax (Nouvelle-Écosse)"),
    ("Montréal, Quebec", "Montréal (Québec)"),
    ("Edmonton, Alberta", "Edmonton (Alberta)"),
    ("Toronto, Ontario", "Toronto (Ontario)"),
    ("Regina, Saskatchewan", "Regina (Saskatchewan)"),
    ("Miramichi, New Brunswick", "Miramichi (Nouveau-Brunswick)"),
    ("Charlottetown, Prince Edward Island", "Charlottetown (Île-du-Prince-Édouard)"),
]

GIVEN = ["Odile", "Tamsin", "Bertrand", "Yusra", "Kelvin", "Maëlle", "Ignatius", "Priyanka", "Théo", "Wanda",
         "Caspian", "Rosalind", "Émeric", "Nkechi", "Fergus", "Solenne", "Dariusz", "Henrietta", "Lucien", "Anouk",
         "Ravindra", "Gwenaëlle", "Osric", "Lavinia", "Joaquim", "Philippa", "Kenji", "Séverine", "Barnaby", "Ines",
         "Thaddeus", "Margaux", "Quentin", "Ottilie", "Amadou", "Briony", "Cyprien", "Delphine", "Esmond", "Fenella"]
FAMILY = ["Quenneville", "Abernathy-Roy", "Okonkwo-Blais", "Thibodeau-Marsh", "Vandermolen", "Lachapelle",
          "Strathdee", "Ouimet-Kaur", "Pennefather", "Bellerose", "Castonguay-Reid", "Drummondville", "Fairweather",
          "Gauvreau", "Hollingworth", "Iwasaki-Roy", "Jolicoeur", "Kilbride", "Lemieux-Anand", "Marchildon",
         "Nakamura-Pelletier", "Ostrander", "Poitras-Lund", "Rainville", "Sauvageau", "Tremblay-Osei", "Underhill",
          "Villeneuve-Hart", "Whitcombe", "Zelinski-Paré", "Beauchesne", "Crombie-Dufour", "Desrosiers-Lam",
          "Esterhazy", "Fournel", "Guimond-Ali", "Hatfield-Roy", "Lanctôt", "Mireault", "Northcott"]

GA_EN = [
    "The {title} is accountable for the leadership, planning and delivery of {unit_l} across the department, "
    "setting direction, managing risk and ensuring results for Canadians within the approved budget.",
    "Leads {unit_l} for the department: sets the strategy, directs the teams that deliver it, and is answerable "
    "to the {sup} for its outcomes, its resources and its people.",
    "Provides strategic leadership and direction for {unit_l}, ensuring that programs and services are designed "
    "with users, delivered on time, and measured against clear results.",
]
GA_FR = [
    "Le ou la titulaire est responsable du leadership, de la planification et de la prestation des activités de "
    "{unit_l} à l'échelle du ministère, en fixant l'orientation, en gérant les risques et en assurant des résultats "
    "pour la population canadienne.",
    "Dirige les activités de {unit_l} du ministère : établit la stratégie, dirige les équipes qui la mettent en "
    "œuvre et rend compte des résultats, des ressources et du personnel.",
    "Assure le leadership stratégique et l'orientation de {unit_l}, en veillant à ce que les programmes et services "
    "soient conçus avec les utilisateurs et mesurés en fonction de résultats clairs.",
]

SPECIFIC_EN = [
    "Sets the multi-year strategy and annual plan and reports progress to senior management.",
    "Directs the design, delivery and continuous improvement of programs and services.",
    "Builds and maintains partnerships with provinces, territories, Indigenous organizations and stakeholders.",
    "Manages human and financial resources, including staffing, talent management and budget forecasting.",
    "Advises the Assistant Deputy Minister and the Deputy Minister on emerging issues and risks.",
    "Leads the use of data and evidence to measure results and inform decisions.",
    "Represents the department on interdepartmental committees and working groups.",
    "Champions a healthy, inclusive and accessible workplace.",
    "Oversees the preparation of briefing material, Treasury Board submissions and Memoranda to Cabinet.",
    "Ensures compliance with legislation, policies and audit recommendations.",
]
SPECIFIC_FR = [
    "Établit la stratégie pluriannuelle et le plan annuel et rend compte des progrès à la haute direction.",
    "Dirige la conception, la prestation et l'amélioration continue des programmes et services.",
    "Établit et entretient des partenariats avec les provinces, les territoires, les organisations autochtones et les intervenants.",
    "Gère les ressources humaines et financières, y compris la dotation, la gestion des talents et les prévisions budgétaires.",
    "Conseille le sous-ministre adjoint et la sous-ministre sur les enjeux et les risques émergents.",
    "Dirige l'utilisation des données et des éléments probants pour mesurer les résultats et éclairer les décisions.",
    "Représente le ministère au sein de comités et de groupes de travail interministériels.",
    "Favorise un milieu de travail sain, inclusif et accessible.",
    "Supervise la préparation des documents d'information, des présentations au Conseil du Trésor et des mémoires au Cabinet.",
    "Veille au respect des lois, des politiques et des recommandations de vérification.",
]

# key results: (EN result, FR result, target) -- the targets are percentages and days, never budgets
KEY_RESULTS = [
    ("Files finalized within service standard", "Dossiers finalisés selon la norme de service", "80%"),
    ("Client satisfaction", "Satisfaction de la clientèle", "85%"),
    ("Payments issued on time", "Paiements versés à temps", "95%"),
    ("Average processing time", "Délai de traitement moyen", "45 days"),
    ("Employees who completed mandatory training", "Employés ayant suivi la formation obligatoire", "100%"),
    ("Digital uptake of services", "Adoption numérique des services", "70%"),
    ("Audit recommendations closed", "Recommandations de vérification réglées", "90%"),
    ("Backlog reduction", "Réduction de l'arriéré", "30%"),
]

COMPETENCIES_EN = [
    ("Create vision and strategy", "Executives define the future and chart a path forward."),
    ("Mobilize people", "Executives inspire and motivate the people they lead."),
    ("Uphold integrity and respect", "Executives exemplify ethical practices and professionalism."),
    ("Collaborate with partners and stakeholders", "Executives are deliberate and resourceful about seeking the widest possible spectrum of perspectives."),
    ("Promote innovation and guide change", "Executives have the courage and resilience to challenge convention."),
    ("Achieve results", "Executives mobilize and manage resources to deliver on the priorities of the government."),
]
COMPETENCIES_FR = [
    ("Créer une vision et une stratégie", "Les cadres définissent l'avenir et tracent la voie à suivre."),
    ("Mobiliser les personnes", "Les cadres inspirent et motivent les personnes qu'ils dirigent."),
    ("Préserver l'intégrité et le respect", "Les cadres font preuve de pratiques éthiques et de professionnalisme."),
    ("Collaborer avec les partenaires et les intervenants", "Les cadres recherchent délibérément le plus large éventail de points de vue."),
    ("Promouvoir l'innovation et orienter le changement", "Les cadres ont le courage et la résilience de remettre en question les conventions."),
    ("Obtenir des résultats", "Les cadres mobilisent et gèrent les ressources pour réaliser les priorités du gouvernement."),
]
