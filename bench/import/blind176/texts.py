"""Prose, positions and invented names for blind176 (HR system and spreadsheet exports)."""

SUBJECTS = [  # (English, French)
    ("Asylum Claims Processing", "Traitement des demandes d'asile"),
    ("Pension Benefits Delivery", "Prestation des pensions"),
    ("Payroll Systems Modernization", "Modernisation des systèmes de paye"),
    ("Client Contact Centres", "Centres de contact avec la clientèle"),
    ("Grants and Contributions Operations", "Opérations des subventions et contributions"),
    ("Workforce Analytics", "Analytique de l'effectif"),
    ("Integrity Services", "Services d'intégrité"),
    ("Regional Programs, Atlantic", "Programmes régionaux, Atlantique"),
    ("Compensation Operations", "Opérations de la rémunération"),
    ("Data Governance", "Gouvernance des données"),
    ("Fisheries Licensing", "Délivrance des permis de pêche"),
    ("Small Craft Harbours", "Ports pour petits bateaux"),
    ("Business Intelligence and Reporting", "Intelligence d'affaires et rapports"),
    ("Procurement Policy", "Politique d'approvisionnement"),
    ("Real Property Services", "Services des biens immobiliers"),
    ("Tax Collections", "Recouvrement des impôts"),
    ("Benefit Programs Integrity", "Intégrité des programmes de prestations"),
    ("Enterprise Architecture", "Architecture intégrée"),
    ("Settlement Programs", "Programmes d'établissement"),
    ("Labour Market Information", "Information sur le marché du travail"),
    ("Passport Operations", "Opérations des passeports"),
    ("Human Resources Systems", "Systèmes des ressources humaines"),
    ("Financial Planning and Resource Management", "Planification financière et gestion des ressources"),
    ("Indigenous Economic Development", "Développement économique autochtone"),
    ("Student Financial Assistance", "Aide financière aux étudiants"),
    ("Security and Emergency Management", "Sécurité et gestion des urgences"),
    ("Official Languages Programs", "Programmes des langues officielles"),
    ("Appeals and Disputes", "Appels et différends"),
    ("Occupational Health and Safety", "Santé et sécurité au travail"),
    ("Strategic Policy and Planning", "Politique stratégique et planification"),
    ("Digital Service Delivery", "Prestation numérique des services"),
    ("Records and Information Management", "Gestion des documents et de l'information"),
    ("Investigations and Enforcement", "Enquêtes et application de la loi"),
    ("Corporate Accounting", "Comptabilité ministérielle"),
    ("Regional Operations, Quebec", "Opérations régionales, Québec"),
    ("Workplace Accommodation", "Mesures d'adaptation en milieu de travail"),
    ("Ocean Science Programs", "Programmes des sciences océaniques"),
    ("Citizenship Processing", "Traitement de la citoyenneté"),
    ("Trade Remedies", "Recours commerciaux"),
    ("Employment Insurance Appeals", "Appels de l'assurance-emploi"),
    ("Service Transformation", "Transformation des services"),
    ("Internal Audit", "Vérification interne"),
    ("Classification and Organizational Design", "Classification et conception organisationnelle"),
]

DEPARTMENTS = [  # (English, French, acronym, code)
    ("Employment and Social Development Canada", "Emploi et Développement social Canada", "ESDC", "ESD"),
    ("Immigration, Refugees and Citizenship Canada", "Immigration, Réfugiés et Citoyenneté Canada", "IRCC", "CIT"),
    ("Canada Revenue Agency", "Agence du revenu du Canada", "CRA", "CRA"),
    ("Fisheries and Oceans Canada", "Pêches et Océans Canada", "DFO", "DFO"),
    ("Public Services and Procurement Canada", "Services publics et Approvisionnement Canada", "PSPC", "PWG"),
    ("Atlantic Canada Opportunities Agency", "Agence de promotion économique du Canada atlantique", "ACOA", "ACO"),
    ("Service Canada", "Service Canada", "SC", "SVC"),
]

LOCATIONS = [  # (English, French, location code)
    ("Moncton, New Brunswick", "Moncton (Nouveau-Brunswick)", "NB0412"),
    ("Gatineau, Quebec", "Gatineau (Québec)", "QC0871"),
    ("Ottawa, Ontario", "Ottawa (Ontario)", "ON0001"),
    ("Halifax, Nova Scotia", "Halifax (Nouvelle-Écosse)", "NS0210"),
    ("Winnipeg, Manitoba", "Winnipeg (Manitoba)", "MB0115"),
    ("Montréal, Quebec", "Montréal (Québec)", "QC0022"),
    ("Edmonton, Alberta", "Edmonton (Alberta)", "AB0330"),
    ("Vancouver, British Columbia", "Vancouver (Colombie-Britannique)", "BC0501"),
    ("Shawinigan, Quebec", "Shawinigan (Québec)", "QC0640"),
    ("Charlottetown, Prince Edward Island", "Charlottetown (Île-du-Prince-Édouard)", "PE0007"),
]

REPORTS = [  # (English, French, classification)
    ("Manager, Operations", "Gestionnaire, Opérations", "PM-06"),
    ("Senior Policy Advisor", "Conseiller principal en politiques", "EC-07"),
    ("Manager, Finance", "Gestionnaire, Finances", "FI-03"),
    ("Team Leader, Systems", "Chef d'équipe, Systèmes", "IT-04"),
    ("Manager, Program Delivery", "Gestionnaire, Prestation des programmes", "PM-06"),
    ("Administrative Assistant", "Adjointe administrative", "AS-02"),
    ("Senior Analyst, Reporting", "Analyste principal, Rapports", "EC-06"),
    ("Manager, Client Services", "Gestionnaire, Services aux clients", "PM-05"),
    ("Manager, Data Services", "Gestionnaire, Services de données", "IT-05"),
    ("Manager, Quality Assurance", "Gestionnaire, Assurance de la qualité", "PM-06"),
    ("Chief, Business Planning", "Chef, Planification des activités", "AS-07"),
]

GIVEN = ["Marisol", "Teodor", "Anneliese", "Kwabena", "Solveig", "Ravindra", "Odile", "Bartholomew", "Yusra",
         "Laurentin", "Henriette", "Dmitrij", "Perpétue", "Caelan", "Noémie", "Ignatius", "Tamsin", "Zéphirin",
         "Oriana", "Wendel", "Ghislaine", "Arvid", "Lucrèce", "Fintan"]
FAMILY = ["Okonkwo-Brassard", "Lindqvist", "Thibodeau-Marsh", "Vardanyan", "Pelletreau", "Haldorsen", "Quennec",
          "Abernathy-Roy", "Szczepanik", "Mbeki-Caron", "Doucette-Ilves", "Ferreira-Lamothe", "Gaudreau", "Ostrowski",
          "Kerrigan-Bolduc", "Nakashima-Poirier", "Wetherell", "Leblanc-Aucoin", "Tremcoeur", "Vachon-Sayers"]

ACCOUNTABILITY = {
    "en": ("The {title} is accountable for the planning, direction and delivery of the {subject} function, "
           "for the management of its human and financial resources, and for advice to senior management."),
    "fr": ("Le titulaire du poste de {title} est responsable de la planification, de la direction et de la "
           "prestation de la fonction {subject}, de la gestion de ses ressources humaines et financières et des "
           "conseils à la haute direction."),
}
