"""Invented positions, places and names for blind corpus 183 (budgets and staff)."""

DEPARTMENTS = [
    ("Immigration, Refugees and Citizenship Canada", "Immigration, Réfugiés et Citoyenneté Canada", "IRCC"),
    ("Employment and Social Development Canada", "Emploi et Développement social Canada", "ESDC"),
    ("Fisheries and Oceans Canada", "Pêches et Océans Canada", "DFO"),
    ("Natural Resources Canada", "Ressources naturelles Canada", "NRCan"),
    ("Public Services and Procurement Canada", "Services publics et Approvisionnement Canada", "PSPC"),
    ("Environment and Climate Change Canada", "Environnement et Changement climatique Canada", "ECCC"),
    ("Transport Canada", "Transports Canada", "TC"),
    ("Agriculture and Agri-Food Canada", "Agriculture et Agroalimentaire Canada", "AAFC"),
]

AREAS = [
    ("Asylum Claims Processing", "traitement des demandes d'asile"),
    ("Fisheries Resource Management", "gestion des ressources halieutiques"),
    ("Financial Planning and Resource Management", "planification financière et gestion des ressources"),
    ("Grants and Contributions Operations", "opérations des subventions et contributions"),
    ("Marine Safety Programs", "programmes de sécurité maritime"),
    ("Regional Operations, Atlantic", "opérations régionales, Atlantique"),
    ("Climate Adaptation Science", "sciences de l'adaptation climatique"),
    ("Procurement Modernization", "modernisation de l'approvisionnement"),
    ("Labour Market Analysis", "analyse du marché du travail"),
    ("Digital Client Services", "services numériques aux clients"),
    ("Forest Sector Innovation", "innovation dans le secteur forestier"),
    ("Pension Centre Operations", "opérations du Centre des pensions"),
    ("Real Property Portfolio", "portefeuille des biens immobiliers"),
    ("Program Integrity", "intégrité des programmes"),
    ("Agri-Environmental Programs", "programmes agroenvironnementaux"),
    ("Settlement and Integration Programs", "programmes d'établissement et d'intégration"),
    ("Corporate Accounting", "comptabilité ministérielle"),
    ("Small Craft Harbours", "ports pour petits bateaux"),
    ("Emergency Management", "gestion des urgences"),
    ("Data Strategy and Analytics", "stratégie et analytique des données"),
    ("Compliance and Enforcement", "conformité et application de la loi"),
    ("Cost Recovery and Fees", "recouvrement des coûts et droits"),
    ("Indigenous Partnerships", "partenariats autochtones"),
    ("Workplace Accommodation", "mesures d'adaptation en milieu de travail"),
    ("Investment Planning", "planification des investissements"),
    ("Rail Safety Oversight", "surveillance de la sécurité ferroviaire"),
    ("Water Quality Monitoring", "surveillance de la qualité de l'eau"),
    ("Trade Development", "développement du commerce"),
    ("Visa Operations", "opérations des visas"),
    ("Contact Centre Operations", "opérations des centres d'appels"),
    ("Aquatic Invasive Species", "espèces aquatiques envahissantes"),
    ("Minerals Policy", "politique des minéraux"),
    ("Strategic Procurement Services", "services d'approvisionnement stratégique"),
    ("Air Quality Programs", "programmes sur la qualité de l'air"),
    ("Dangerous Goods Regulation", "réglementation du transport des marchandises dangereuses"),
    ("Business Risk Management", "gestion des risques de l'entreprise"),
    ("Citizenship Operations", "opérations de citoyenneté"),
    ("Skills Programs Delivery", "prestation des programmes de compétences"),
    ("Ocean Science Partnerships", "partenariats en sciences océaniques"),
    ("Energy Efficiency Programs", "programmes d'efficacité énergétique"),
    ("Pay Operations", "opérations de la paye"),
    ("Wildlife Enforcement", "application de la loi sur la faune"),
    ("Airport Security Programs", "programmes de sûreté aéroportuaire"),
    ("Market Access Secretariat", "secrétariat de l'accès aux marchés"),
    ("Budget Coordination", "coordination budgétaire"),
]

UNITS = [
    ("Intake", "Réception"), ("Operations", "Opérations"), ("Policy", "Politiques"), ("Analysis", "Analyse"),
    ("Program Delivery", "Prestation des programmes"), ("Quality Assurance", "Assurance de la qualité"),
    ("Business Planning", "Planification des activités"), ("Client Services", "Services aux clients"),
    ("Systems", "Systèmes"), ("Audit and Review", "Vérification et examen"), ("Regional Liaison", "Liaison régionale"),
    ("Finance", "Finances"), ("Research", "Recherche"), ("Partnerships", "Partenariats"),
    ("Compliance", "Conformité"), ("Reporting", "Rapports"),
]

REGIONS = [("National Capital Region", "Région de la capitale nationale"), ("Atlantic", "Atlantique"),
           ("Quebec", "Québec"), ("Ontario", "Ontario"), ("Prairies", "Prairies"), ("Pacific", "Pacifique"),
           ("North", "Nord")]

PLACES = [
    ("Ottawa, Ontario", "Ottawa (Ontario)"), ("Gatineau, Quebec", "Gatineau (Québec)"),
    ("Moncton, New Brunswick", "Moncton (Nouveau-Brunswick)"), ("Winnipeg, Manitoba", "Winnipeg (Manitoba)"),
    ("Vancouver, British Columbia", "Vancouver (Colombie-Britannique)"), ("Halifax, Nova Scotia", "Halifax (Nouvelle-Écosse)"),
    ("Edmonton, Alberta", "Edmonton (Alberta)"), ("Montréal, Quebec", "Montréal (Québec)"),
    ("Québec City, Quebec", "Québec (Québec)"), ("Regina, Saskatchewan", "Regina (Saskatchewan)"),
    ("St. John's, Newfoundland and Labrador", "St. John's (Terre-Neuve-et-Labrador)"),
]

GIVEN = ["Maëlle", "Tobiah", "Orsolya", "Kwabena", "Perrine", "Idris", "Solveig", "Amaury", "Thandeka", "Florent",
         "Yesenia", "Corentin", "Nadira", "Evander", "Ludivine", "Ravindra", "Gwenaëlle", "Oskar", "Célestine",
         "Bartholomew", "Ifeoma", "Jolène", "Teodor", "Marisol", "Anselme", "Wrenna", "Hakan", "Séverine"]
FAMILY = ["Quillfeather", "Ostrander-Bélair", "Nakamura-Doyle", "Vasquez-Lindqvist", "Thibodeau-Marsh",
          "Okonkwo-Perrault", "Ravensworth", "Lachapelle-Ng", "Brightwater", "Desrosiers-Kaur", "Halvorsen",
          "Mbeki-Trudel", "Fairbrook", "Castonguay-Reyes", "Whitlock-Aubin", "Pemberton-Saïd", "Gauvreau",
          "Strandquist", "Beaulieu-Oyelaran", "Marchetti-Roy", "Threlkeld", "Vaillancourt-Osei"]

ACCOUNT_EN = [
    "Leads the planning, delivery and monitoring of the {area} program, ensuring results are achieved within approved resource levels.",
    "Provides strategic advice to senior management on {area} and represents the department with central agencies, other federal departments and stakeholders.",
    "Manages the financial and human resources of the organization, including annual budget allocation, forecasting, variance analysis and year-end reporting.",
    "Establishes performance measures and reporting frameworks and oversees the preparation of briefing material, Treasury Board submissions and Memoranda to Cabinet.",
    "Builds partnerships with provinces, territories, Indigenous organizations and industry to advance departmental priorities.",
    "Directs the development of operational policies, guidelines and service standards and ensures their consistent application across regions.",
]
ACCOUNT_FR = [
    "Dirige la planification, la prestation et le suivi du programme de {area}, en veillant à l'atteinte des résultats dans les limites des ressources approuvées.",
    "Fournit des conseils stratégiques à la haute direction en matière de {area} et représente le ministère auprès des organismes centraux et des intervenants.",
    "Gère les ressources financières et humaines de l'organisation, y compris l'affectation du budget annuel, les prévisions, l'analyse des écarts et les rapports de fin d'exercice.",
    "Établit les mesures du rendement et les cadres de production de rapports et supervise la préparation des notes d'information et des présentations au Conseil du Trésor.",
    "Établit des partenariats avec les provinces, les territoires, les organisations autochtones et l'industrie afin de faire progresser les priorités ministérielles.",
]
