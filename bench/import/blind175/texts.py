"""Positions, places, names and phrases for the blind175 corpus (all invented)."""

AREAS = [
    ("Intake and Triage", "Accueil et triage"),
    ("Client Contact Centres", "Centres de contact avec la clientèle"),
    ("Benefits Processing", "Traitement des prestations"),
    ("Grants and Contributions", "Subventions et contributions"),
    ("Digital Services Delivery", "Prestation des services numériques"),
    ("Policy Coordination", "Coordination des politiques"),
    ("Regional Operations, Atlantic", "Opérations régionales, Atlantique"),
    ("Integrity Services", "Services d'intégrité"),
    ("Workforce Planning", "Planification de la main-d'œuvre"),
    ("Program Evaluation", "Évaluation des programmes"),
    ("Data Strategy", "Stratégie des données"),
    ("Passport Operations", "Opérations des passeports"),
    ("Asylum Claims Processing", "Traitement des demandes d'asile"),
    ("Fisheries Management, Gulf", "Gestion des pêches, Golfe"),
    ("Small Craft Harbours", "Ports pour petits bateaux"),
    ("Procurement Modernization", "Modernisation de l'approvisionnement"),
    ("Pay Operations", "Opérations de la paye"),
    ("Real Property Services", "Services des biens immobiliers"),
    ("Labour Market Information", "Information sur le marché du travail"),
    ("Apprenticeship Programs", "Programmes d'apprentissage"),
    ("Client Experience", "Expérience client"),
    ("Compliance Programs", "Programmes de conformité"),
    ("Business Intelligence", "Intelligence d'affaires"),
    ("Cyber Security Operations", "Opérations de cybersécurité"),
    ("Strategic Communications", "Communications stratégiques"),
    ("Indigenous Partnerships", "Partenariats autochtones"),
    ("Settlement Programs", "Programmes d'établissement"),
    ("Collections and Verification", "Recouvrements et vérification"),
    ("Enterprise Architecture", "Architecture d'entreprise"),
    ("Corporate Planning and Reporting", "Planification et rapports ministériels"),
    ("Accessibility Programs", "Programmes d'accessibilité"),
    ("Service Transformation", "Transformation des services"),
    ("Investigations", "Enquêtes"),
    ("Learning and Development", "Apprentissage et perfectionnement"),
    ("Stakeholder Relations", "Relations avec les intervenants"),
    ("Financial Operations", "Opérations financières"),
    ("Oceans Science", "Sciences océaniques"),
    ("Temporary Residents Program", "Programme des résidents temporaires"),
    ("Quality Assurance", "Assurance de la qualité"),
    ("Records and Information Management", "Gestion des documents et de l'information"),
    ("Innovation Lab", "Laboratoire d'innovation"),
    ("Call Centre Modernization", "Modernisation des centres d'appels"),
    ("Seniors Programs", "Programmes pour les aînés"),
    ("Harbour Authorities Liaison", "Liaison avec les administrations portuaires"),
    ("Student Financial Assistance", "Aide financière aux étudiants"),
    ("Pension Processing", "Traitement des pensions"),
]

LEVELS = {  # level: (en, fr masc, fr fem)
    "EX-01": ("Director", "Directeur", "Directrice"),
    "EX-02": ("Executive Director", "Directeur exécutif", "Directrice exécutive"),
    "EX-03": ("Director General", "Directeur général", "Directrice générale"),
    "EX-04": ("Assistant Deputy Minister", "Sous-ministre adjoint", "Sous-ministre adjointe"),
    "EX-05": ("Associate Deputy Minister", "Sous-ministre délégué", "Sous-ministre déléguée"),
}

SUP_AREAS = [
    ("Program Operations", "Opérations des programmes"),
    ("Service Delivery", "Prestation des services"),
    ("Strategic and Service Policy", "Politiques stratégiques et de service"),
    ("Operations Sector", "Secteur des opérations"),
    ("Chief Financial Officer Branch", "Direction générale du dirigeant principal des finances"),
    ("Ecosystems and Fisheries Management", "Gestion des écosystèmes et des pêches"),
    ("Citizen Services", "Services aux citoyens"),
    ("Innovation, Information and Technology", "Innovation, information et technologie"),
    ("Integrity Services Branch", "Direction générale des services d'intégrité"),
    ("Skills and Employment", "Compétences et emploi"),
]

REPORTS_MGR = [  # (en, fr, classification)
    ("Manager, Intake", "Gestionnaire, Accueil", "PM-06"),
    ("Manager, Operations", "Gestionnaire, Opérations", "PM-06"),
    ("Manager, Quality", "Gestionnaire, Qualité", "PM-05"),
    ("Manager, Finance and Planning", "Gestionnaire, Finances et planification", "FI-03"),
    ("Manager, Policy", "Gestionnaire, Politiques", "EC-07"),
    ("Senior Policy Advisor", "Conseiller principal en politiques", "EC-07"),
    ("Manager, Systems", "Gestionnaire, Systèmes", "IT-04"),
    ("Team Lead, Analytics", "Chef d'équipe, Analytique", "EC-06"),
    ("Manager, Client Services", "Gestionnaire, Services aux clients", "PM-05"),
    ("Manager, Program Delivery", "Gestionnaire, Prestation des programmes", "PM-06"),
    ("Executive Assistant", "Adjoint exécutif", "AS-03"),
    ("Manager, Business Integration", "Gestionnaire, Intégration des activités", "AS-07"),
]

DEPTS = [
    ("Employment and Social Development Canada", "Emploi et Développement social Canada", "ESDC"),
    ("Service Canada", "Service Canada", "SC"),
    ("Immigration, Refugees and Citizenship Canada", "Immigration, Réfugiés et Citoyenneté Canada", "IRCC"),
    ("Canada Revenue Agency", "Agence du revenu du Canada", "CRA"),
    ("Fisheries and Oceans Canada", "Pêches et Océans Canada", "DFO"),
    ("Public Services and Procurement Canada", "Services publics et Approvisionnement Canada", "PSPC"),
    ("Statistics Canada", "Statistique Canada", "StatCan"),
]

PLACES = [  # (en, fr)
    ("Ottawa, Ontario", "Ottawa (Ontario)"),
    ("Gatineau, Quebec", "Gatineau (Québec)"),
    ("Moncton, New Brunswick", "Moncton (Nouveau-Brunswick)"),
    ("Montréal, Quebec", "Montréal (Québec)"),
    ("Winnipeg, Manitoba", "Winnipeg (Manitoba)"),
    ("Halifax, Nova Scotia", "Halifax (Nouvelle-Écosse)"),
    ("Edmonton, Alberta", "Edmonton (Alberta)"),
    ("Vancouver, British Columbia", "Vancouver (Colombie-Britannique)"),
    ("Shawinigan, Quebec", "Shawinigan (Québec)"),
    ("Sudbury, Ontario", "Sudbury (Ontario)"),
    ("Bathurst, New Brunswick", "Bathurst (Nouveau-Brunswick)"),
    ("Regina, Saskatchewan", "Regina (Saskatchewan)"),
]

GIVEN = ["Nadia", "Tomasz", "Maëlle", "Dev", "Orla", "Beniamino", "Soraya", "Kwame", "Ingrid", "Lucien",
         "Priyanka", "Aurèle", "Tamsin", "Gaëtan", "Yusra", "Fintan", "Mireille", "Osric", "Noémie",
         "Rafferty", "Chantale", "Idris", "Wilhelmina", "Séverin", "Anouk", "Caspian", "Ghislaine", "Tobiah",
         "Liesel", "Marius", "Océane", "Hamish", "Zofia", "Anatole", "Delphine", "Keon"]
FAMILY = ["Okafor-Blais", "Vandermeer", "Thibodeau-Rask", "Qureshi", "Lindqvist", "Arsenault-Moyo",
          "Pellerin", "Brandtner", "Castonguay", "Nakashima-Doyle", "Ferreira-Roy", "Haldane", "Boudreau-Kim",
          "Marchetti", "Ouellon", "Strzelecki", "Gauvreau", "Abernethy", "Lacombe-Nwosu", "Tremblay-Ahn",
          "Vachon", "Ilunga", "Desrosiers-Park", "Kowalczuk", "LeBlanc-Sorensen", "Quintal", "Mbeki-Roussel",
          "Harrowgate", "Poitevin", "Szabo-Cyr"]

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]

DUTIES_EN = [
    "lead a national team that keeps the service standard under pressure",
    "work closely with the regions and with the policy shop at NHQ",
    "own the annual operating plan and the risk register for the directorate",
    "chair the weekly operations table with our partners",
    "carry the file to the DG and ADM tables and brief up regularly",
    "manage a fair amount of change: new tools, a new intake model and hybrid work",
]
DUTIES_FR = [
    "diriger une équipe nationale qui maintient la norme de service malgré la pression",
    "travailler de près avec les régions et l'équipe des politiques à l'AC",
    "gérer le plan opérationnel annuel et le registre des risques de la direction",
    "présider la table hebdomadaire des opérations avec nos partenaires",
    "porter le dossier aux tables du DG et du SMA et faire des breffages réguliers",
    "gérer beaucoup de changement : nouveaux outils, nouveau modèle d'accueil et travail hybride",
]
