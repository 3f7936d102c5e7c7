"""Pools for blind160: departments, topics, report titles, places and invented names."""

DEPTS = [
    ("ESDC", "Employment and Social Development Canada", "Emploi et Développement social Canada"),
    ("IRCC", "Immigration, Refugees and Citizenship Canada", "Immigration, Réfugiés et Citoyenneté Canada"),
    ("CRA", "Canada Revenue Agency", "Agence du revenu du Canada"),
    ("NRCan", "Natural Resources Canada", "Ressources naturelles Canada"),
    ("PSPC", "Public Services and Procurement Canada", "Services publics et Approvisionnement Canada"),
    ("VAC", "Veterans Affairs Canada", "Anciens Combattants Canada"),
    ("DFO", "Fisheries and Oceans Canada", "Pêches et Océans Canada"),
    ("ECCC", "Environment and Climate Change Canada", "Environnement et Changement climatique Canada"),
]

# (English topic, French topic)
TOPICS = [
    ("Pension Services", "Services des pensions"),
    ("Benefits Delivery Modernization", "Modernisation de la prestation des prestations"),
    ("Labour Market Analysis", "Analyse du marché du travail"),
    ("Asylum Claims Processing", "Traitement des demandes d’asile"),
    ("Settlement Programs", "Programmes d’établissement"),
    ("Real Property Operations", "Opérations des biens immobiliers"),
    ("Procurement Policy", "Politique d’approvisionnement"),
    ("Cyber Security Operations", "Opérations de cybersécurité"),
    ("Financial Planning and Analysis", "Planification et analyse financières"),
    ("Audit and Evaluation", "Audit et évaluation"),
    ("Compliance Programs", "Programmes d’observation"),
    ("Forest Science", "Sciences forestières"),
    ("Mineral Policy", "Politique sur les minéraux"),
    ("Fisheries Management", "Gestion des pêches"),
    ("Environmental Assessment", "Évaluation environnementale"),
    ("Veterans Case Management", "Gestion de cas des vétérans"),
    ("Digital Services", "Services numériques"),
    ("Data Strategy", "Stratégie des données"),
    ("Regulatory Affairs", "Affaires réglementaires"),
    ("Grants and Contributions", "Subventions et contributions"),
    ("Workplace Accommodation", "Mesures d’adaptation en milieu de travail"),
    ("Corporate Communications", "Communications ministérielles"),
    ("Integrity Services", "Services d’intégrité"),
    ("Client Experience", "Expérience client"),
    ("Policy Coordination", "Coordination des politiques"),
    ("Strategic Planning", "Planification stratégique"),
    ("Pay Operations", "Opérations de la paye"),
    ("Indigenous Relations", "Relations avec les Autochtones"),
    ("Emergency Management", "Gestion des urgences"),
    ("Marine Safety", "Sécurité maritime"),
    ("Research Infrastructure", "Infrastructure de recherche"),
    ("Talent Management", "Gestion des talents"),
    ("Information Management", "Gestion de l’information"),
    ("Program Integrity", "Intégrité des programmes"),
    ("Appeals", "Appels"),
    ("Service Transformation", "Transformation des services"),
    ("Accounting Operations", "Opérations comptables"),
    ("Trade Statistics", "Statistiques sur le commerce"),
    ("Oceans Science", "Sciences des océans"),
    ("Climate Adaptation", "Adaptation aux changements climatiques"),
    ("Taxpayer Services", "Services aux contribuables"),
    ("Case Processing Centre", "Centre de traitement des demandes"),
    ("Contract Quality Assurance", "Assurance de la qualité des contrats"),
    ("Wildlife Enforcement", "Application de la loi sur la faune"),
]

# Branch or sector a supervisor leads (English, French)
BRANCHES = [
    ("Benefits Processing Operations", "Opérations de traitement des prestations"),
    ("Service Delivery", "Prestation des services"),
    ("Policy and Programs", "Politiques et programmes"),
    ("Corporate Services", "Services ministériels"),
    ("Science and Technology", "Sciences et technologie"),
    ("Operations", "Opérations"),
    ("Strategic Policy", "Politique stratégique"),
    ("Digital Transformation", "Transformation numérique"),
    ("Finance", "Finances"),
    ("Regional Operations", "Opérations régionales"),
]

# Report titles (English, French) with groups to draw from
REPORTS = [
    ("Manager, Operations", "Gestionnaire, Opérations", ["PM-06", "AS-07"]),
    ("Manager, Policy", "Gestionnaire, Politiques", ["EC-07", "EC-06"]),
    ("Manager, Client Services", "Gestionnaire, Services aux clients", ["PM-06", "PM-05"]),
    ("Manager, Systems", "Gestionnaire, Systèmes", ["CS-04", "CS-05"]),
    ("Manager, Financial Analysis", "Gestionnaire, Analyse financière", ["FI-04", "FI-03"]),
    ("Senior Advisor", "Conseiller principal", ["EC-06", "AS-06"]),
    ("Manager, Research", "Gestionnaire, Recherche", ["EC-07", "SE-RES-03"]),
    ("Manager, Quality Assurance", "Gestionnaire, Assurance de la qualité", ["PM-05", "AS-06"]),
    ("Manager, Communications", "Gestionnaire, Communications", ["IS-06", "IS-05"]),
    ("Manager, Procurement", "Gestionnaire, Approvisionnement", ["PG-06", "PG-05"]),
    ("Manager, Data and Analytics", "Gestionnaire, Données et analytique", ["EC-07", "CS-04"]),
    ("Manager, Regional Coordination", "Gestionnaire, Coordination régionale", ["PM-06", "PM-05"]),
    ("Team Leader, Intake", "Chef d’équipe, Réception", ["PM-05", "PM-04"]),
    ("Manager, Program Design", "Gestionnaire, Conception de programmes", ["EC-07", "PM-06"]),
    ("Chief, Engineering Services", "Chef, Services d’ingénierie", ["EN-ENG-05", "EN-ENG-04"]),
]

PLACES = [
    ("Gatineau, Quebec", "Gatineau (Québec)"),
    ("Ottawa, Ontario", "Ottawa (Ontario)"),
    ("Montréal, Quebec", "Montréal (Québec)"),
    ("Halifax, Nova Scotia", "Halifax (Nouvelle-Écosse)"),
    ("Moncton, New Brunswick", "Moncton (Nouveau-Brunswick)"),
    ("Winnipeg, Manitoba", "Winnipeg (Manitoba)"),
    ("Edmonton, Alberta", "Edmonton (Alberta)"),
    ("Vancouver, British Columbia", "Vancouver (Colombie-Britannique)"),
    ("Toronto, Ontario", "Toronto (Ontario)"),
    ("Québec City, Quebec", "Québec (Québec)"),
    ("Shawinigan, Quebec", "Shawinigan (Québec)"),
    ("Charlottetown, Prince Edward Island", "Charlottetown (Île-du-Prince-Édouard)"),
    ("Sydney, Nova Scotia", "Sydney (Nouvelle-Écosse)"),
    ("Regina, Saskatchewan", "Regina (Saskatchewan)"),
]

GIVEN = ["Maelle", "Torvald", "Inaya", "Dashiell", "Oriane", "Kwabena", "Solveig", "Ravindra", "Perpetua",
         "Anselme", "Ysolde", "Tiberius", "Nokomis", "Hallvard", "Zofia", "Cyprien", "Marisol", "Ebenezer",
         "Ludivine", "Okonkwo", "Philippa", "Teodor", "Wenonah", "Gaspard", "Ilse", "Bartholomé", "Sunniva",
         "Desmond", "Aurélie", "Faustin", "Linnea", "Mercer", "Odalys", "Quillon", "Rosalind", "Séverine"]
FAMILY = ["Thibodeau-Arkwright", "Okafor-Lind", "Vantongeren", "Pellerin-Moss", "Quaresma", "Strathdee",
          "Nakashima-Roy", "Brindamour", "Kowalchuk", "Ferreira-Doucet", "Mbeki-Laurin", "Hollingdrake",
          "Desrosiers-Ng", "Ouellette-Kaur", "Tremblay-Osei", "Varga-Leblanc", "Castonguay", "Abernethy",
          "Gauthier-Singh", "Lachapelle", "Ravenscroft", "Sauvé-Mensah", "Windhorst", "Bélanger-Oyelaran",
          "Kirkconnell", "Marchildon", "Petrakis", "Dufresne-Achebe", "Ingebrigtsen", "Lapointe-Haddad"]

GA_EN = ("The {t} is accountable for the leadership, planning and delivery of the department’s {x} "
         "function, for the quality and timeliness of its services, and for advice to senior management "
         "on {xl} issues, risks and priorities.")
GA_FR = ("Le titulaire du poste de {t} est responsable de la direction, de la planification et de la "
         "prestation de la fonction {xl} du ministère, de la qualité et de la rapidité de ses services, et "
         "des conseils à la haute direction sur les enjeux, les risques et les priorités.")
NS_EN = ("The {b} Branch employs some {bf} FTEs and manages a budget of {bb}. The {t} works in a "
         "complex environment of central agencies, provinces and territories, stakeholders and regional "
         "offices, and must reconcile competing priorities under tight timelines.")
NS_FR = ("La Direction générale {b} compte quelque {bf} ETP et gère un budget de {bb}. Le titulaire "
         "évolue dans un milieu complexe (organismes centraux, provinces et territoires, intervenants, bureaux "
         "régionaux) et doit concilier des priorités concurrentes dans des délais serrés.")
SA_EN = ["Directs the development and implementation of strategies, plans and frameworks for {xl}.",
         "Provides authoritative advice to the Director General and to senior committees.",
         "Manages the human and financial resources of the directorate.",
         "Represents the department with central agencies, other departments and external partners."]
SA_FR = ["Dirige l’élaboration et la mise en œuvre des stratégies, plans et cadres en matière de {xl}.",
         "Fournit des conseils faisant autorité au directeur général et aux comités de la haute direction.",
         "Gère les ressources humaines et financières de la direction.",
         "Représente le ministère auprès des organismes centraux, des autres ministères et des partenaires."]
