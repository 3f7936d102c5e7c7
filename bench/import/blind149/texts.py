"""Pools for the blind149 corpus: departments, units, report titles, prose and invented names.

Every name here is invented by combining common given names and family names; none is meant to be
a real person.
"""

DEPARTMENTS = [
    # (English, French, short, locations [(en, fr)])
    ("Immigration, Refugees and Citizenship Canada", "Immigration, Réfugiés et Citoyenneté Canada", "IRCC",
     [("Ottawa, Ontario", "Ottawa (Ontario)"), ("Montréal, Quebec", "Montréal (Québec)")]),
    ("Employment and Social Development Canada", "Emploi et Développement social Canada", "ESDC",
     [("Gatineau, Quebec", "Gatineau (Québec)"), ("Moncton, New Brunswick", "Moncton (Nouveau-Brunswick)")]),
    ("Fisheries and Oceans Canada", "Pêches et Océans Canada", "DFO",
     [("Ottawa, Ontario", "Ottawa (Ontario)"), ("Halifax, Nova Scotia", "Halifax (Nouvelle-Écosse)")]),
    ("Natural Resources Canada", "Ressources naturelles Canada", "NRCan",
     [("Ottawa, Ontario", "Ottawa (Ontario)"), ("Calgary, Alberta", "Calgary (Alberta)")]),
    ("Public Services and Procurement Canada", "Services publics et Approvisionnement Canada", "PSPC",
     [("Gatineau, Quebec", "Gatineau (Québec)"), ("Miramichi, New Brunswick", "Miramichi (Nouveau-Brunswick)")]),
    ("Agriculture and Agri-Food Canada", "Agriculture et Agroalimentaire Canada", "AAFC",
     [("Ottawa, Ontario", "Ottawa (Ontario)"), ("Winnipeg, Manitoba", "Winnipeg (Manitoba)")]),
    ("Veterans Affairs Canada", "Anciens Combattants Canada", "VAC",
     [("Charlottetown, Prince Edward Island", "Charlottetown (Île-du-Prince-Édouard)")]),
    ("Statistics Canada", "Statistique Canada", "StatCan", [("Ottawa, Ontario", "Ottawa (Ontario)")]),
    ("Transport Canada", "Transports Canada", "TC",
     [("Ottawa, Ontario", "Ottawa (Ontario)"), ("Vancouver, British Columbia", "Vancouver (Colombie-Britannique)")]),
    ("Canada Revenue Agency", "Agence du revenu du Canada", "CRA",
     [("Shawinigan, Quebec", "Shawinigan (Québec)"), ("Sudbury, Ontario", "Sudbury (Ontario)")]),
    ("Health Canada", "Santé Canada", "HC", [("Ottawa, Ontario", "Ottawa (Ontario)")]),
    ("Environment and Climate Change Canada", "Environnement et Changement climatique Canada", "ECCC",
     [("Gatineau, Quebec", "Gatineau (Québec)"), ("Downsview, Ontario", "Downsview (Ontario)")]),
]

# (English unit, French unit, masculine-article-free French)
UNITS = [
    ("Asylum Claims Processing", "Traitement des demandes d'asile"),
    ("Labour Market Information", "Information sur le marché du travail"),
    ("Fisheries Resource Management", "Gestion des ressources halieutiques"),
    ("Energy Efficiency Programs", "Programmes d'efficacité énergétique"),
    ("Acquisitions Policy and Oversight", "Politique et surveillance des acquisitions"),
    ("Pay Operations", "Opérations de la paye"),
    ("Agri-Science Partnerships", "Partenariats en agroscience"),
    ("Disability Benefits Adjudication", "Décisions relatives aux prestations d'invalidité"),
    ("Census Operations", "Opérations du recensement"),
    ("Marine Safety Programs", "Programmes de sécurité maritime"),
    ("Collections Modernization", "Modernisation des recouvrements"),
    ("Medical Devices Compliance", "Conformité des instruments médicaux"),
    ("Climate Science Integration", "Intégration des sciences du climat"),
    ("Settlement Program Delivery", "Prestation du programme d'établissement"),
    ("Workplace Skills Investments", "Investissements dans les compétences en milieu de travail"),
    ("Aquatic Ecosystems Science", "Sciences des écosystèmes aquatiques"),
    ("Geoscience Data Services", "Services de données géoscientifiques"),
    ("Real Property Portfolio Management", "Gestion du portefeuille immobilier"),
    ("Market Access Secretariat", "Secrétariat de l'accès aux marchés"),
    ("Commemoration Programs", "Programmes de commémoration"),
    ("Business Register and Frames", "Registre des entreprises et bases de sondage"),
    ("Rail Safety Oversight", "Surveillance de la sécurité ferroviaire"),
    ("Taxpayer Relief Programs", "Programmes d'allègement pour les contribuables"),
    ("Pest Management Evaluation", "Évaluation de la lutte antiparasitaire"),
    ("Air Quality Monitoring", "Surveillance de la qualité de l'air"),
    ("Citizenship Case Review", "Examen des cas de citoyenneté"),
    ("Apprenticeship and Trades", "Apprentissage et métiers"),
    ("Small Craft Harbours Planning", "Planification des ports pour petits bateaux"),
    ("Critical Minerals Policy", "Politique sur les minéraux critiques"),
    ("Strategic Sourcing", "Approvisionnement stratégique"),
    ("Farm Income Programs", "Programmes de revenu agricole"),
    ("Case Management Modernization", "Modernisation de la gestion des cas"),
    ("Social Statistics Integration", "Intégration des statistiques sociales"),
    ("Aviation Security Programs", "Programmes de sûreté aérienne"),
    ("Charities Compliance", "Conformité des organismes de bienfaisance"),
    ("Natural Health Products", "Produits de santé naturels"),
    ("Wildlife Enforcement Operations", "Opérations d'application de la loi sur la faune"),
    ("Intake and Triage Services", "Services d'accueil et de triage"),
    ("Program Integrity Analytics", "Analytique de l'intégrité des programmes"),
    ("Ocean Data Stewardship", "Intendance des données océaniques"),
    ("Electricity Resources", "Ressources en électricité"),
    ("Translation Procurement", "Approvisionnement en traduction"),
    ("Food Safety Surveillance", "Surveillance de la salubrité des aliments"),
    ("Regional Benefits Delivery", "Prestation régionale des avantages"),
]

# report sub-functions: (English, French)
REPORT_AREAS = [
    ("Operations", "Opérations"), ("Policy", "Politiques"), ("Planning and Reporting", "Planification et rapports"),
    ("Quality Assurance", "Assurance de la qualité"), ("Data Analytics", "Analytique des données"),
    ("Program Design", "Conception des programmes"), ("Client Services", "Services à la clientèle"),
    ("Partnerships", "Partenariats"), ("Business Systems", "Systèmes opérationnels"),
    ("Compliance", "Conformité"), ("Regional Coordination", "Coordination régionale"),
    ("Financial Management", "Gestion financière"), ("Research", "Recherche"),
    ("Intake", "Accueil"), ("Training and Standards", "Formation et normes"),
    ("Stakeholder Engagement", "Mobilisation des intervenants"), ("Risk Assessment", "Évaluation des risques"),
    ("Governance", "Gouvernance"), ("Information Management", "Gestion de l'information"),
]

REPORT_GROUPS = ["PM-06", "EC-07", "EC-06", "AS-07", "AS-06", "CS-04", "FI-04", "PE-06", "IS-05", "CO-03",
                 "EG-07", "IT-04", "PM-05", "EC-08", "CS-05"]

GIVEN = ["Marisol", "Declan", "Anouk", "Tobias", "Priyanka", "Gérald", "Noémie", "Kwabena", "Ingrid", "Rafael",
         "Solène", "Hamish", "Yasmin", "Étienne", "Corinne", "Oluwaseun", "Mathis", "Leilani", "Bartholomew",
         "Aurélie", "Desmond", "Fenna", "Ravindra", "Josée", "Lachlan", "Mireille", "Tariq", "Ysolde", "Cormac",
         "Hélène", "Anders", "Nkechi", "Valérie", "Thaddeus", "Rosalind", "Émilien", "Sunniva", "Ignatius",
         "Clothilde", "Kenji", "Berenice", "Alasdair", "Maëlle", "Idris", "Philippa", "Jérémie", "Wren", "Ottilie"]
FAMILY = ["Okonkwo-Brault", "Thibodeau", "Vanstone", "Mbeki-Larose", "Quennell", "Ravensworth", "Desjarlais",
          "Halvorsen", "Pelletier-Ng", "Abernathy", "Castonguay", "Dubrovnik", "Fairweather", "Lanouette",
          "Marchetti", "Nakamura-Roy", "Ostrowski", "Paquin", "Rutherglen", "Sauvageau", "Tremblay-Oduya",
          "Umberfield", "Villeneuve", "Wickramasinghe", "Yellowquill", "Zelinski", "Beauchesne", "Carrothers",
          "Dagenais", "Esterhazy", "Gallant-Moss", "Hebblethwaite", "Iqbal", "Jolicoeur", "Kowalczuk",
          "Lamontagne", "Mulcahy", "Nadeau", "Ouellette-Park", "Pritchard", "Robichaud", "Szabo", "Taillefer",
          "Underhill", "Vachon", "Whitcombe", "Ashdown", "Brisebois"]

GA_EN = [
    "The {title} is accountable for the strategic direction, planning and delivery of the {unit} function of "
    "the {dept_short}, ensuring that programs and services are delivered efficiently, consistently and in "
    "compliance with legislation, regulations and Treasury Board policies.",
    "The {title} provides leadership for the design, development and national delivery of policies and services "
    "in the area of {unit_l}, and provides expert advice to senior management and central agencies on emerging "
    "issues and priorities.",
    "Accountable for directing the {unit} directorate, the {title} sets priorities, manages the human and "
    "financial resources assigned and ensures that results are achieved in support of departmental objectives.",
]
GA_FR = [
    "Le titulaire du poste de {title} est responsable de l'orientation stratégique, de la planification et de la "
    "prestation de la fonction « {unit_l} » du ministère, en veillant à ce que les programmes et services soient "
    "offerts de façon efficace, uniforme et conforme aux lois, règlements et politiques du Conseil du Trésor.",
    "Le ou la titulaire assure le leadership de la conception, de l'élaboration et de la prestation nationale "
    "des programmes et services du secteur « {unit_l} », et fournit des conseils d'expert à la haute direction et aux "
    "organismes centraux sur les enjeux et priorités émergents.",
]
SA_EN = [
    "Directs the development and implementation of strategies, frameworks and operational plans for the directorate.",
    "Provides authoritative advice to the Assistant Deputy Minister and senior committees on program performance and risks.",
    "Establishes and maintains partnerships with provinces, territories, central agencies and stakeholders.",
    "Manages the human and financial resources of the directorate and ensures sound stewardship and reporting.",
    "Leads the modernization of business processes, systems and service standards.",
    "Represents the department at interdepartmental and federal-provincial-territorial committees.",
    "Directs the preparation of Memoranda to Cabinet, Treasury Board submissions and briefing material.",
    "Fosters a healthy, inclusive and bilingual workplace and leads talent management within the directorate.",
]
SA_FR = [
    "Dirige l'élaboration et la mise en œuvre de stratégies, de cadres et de plans opérationnels pour la direction.",
    "Fournit des conseils faisant autorité au sous-ministre adjoint et aux comités supérieurs sur le rendement et les risques.",
    "Établit et entretient des partenariats avec les provinces, les territoires, les organismes centraux et les intervenants.",
    "Gère les ressources humaines et financières de la direction et assure une saine gestion et la reddition de comptes.",
    "Dirige la modernisation des processus opérationnels, des systèmes et des normes de service.",
    "Représente le ministère aux comités interministériels et fédéraux-provinciaux-territoriaux.",
    "Dirige la préparation de mémoires au Cabinet, de présentations au Conseil du Trésor et de documents d'information.",
    "Favorise un milieu de travail sain, inclusif et bilingue et dirige la gestion des talents au sein de la direction.",
]
RATIONALE_EN = [
    "The position's Know-How reflects broad and deep mastery of program delivery in a national, multi-site "
    "environment, with considerable integration of diverse functions.",
    "Problem Solving occurs within clearly defined policy frameworks but requires adaptive, analytical thinking "
    "to reconcile competing priorities of internal and external stakeholders.",
    "Accountability was assessed against the directorate's budget and the position's direct, primary impact on "
    "national service results.",
    "The relativity with the benchmark positions supports the level; the scope of the position is narrower than "
    "that of the Director General benchmark but broader than the Director benchmark.",
]
RATIONALE_FR = [
    "Le savoir-faire du poste reflète une maîtrise vaste et approfondie de la prestation de programmes dans un "
    "contexte national et multisite, avec une intégration considérable de fonctions diverses.",
    "La résolution de problèmes s'effectue dans des cadres stratégiques bien définis, mais exige une réflexion "
    "analytique et adaptative pour concilier les priorités divergentes des intervenants.",
    "La responsabilisation a été évaluée en fonction du budget de la direction et de l'incidence directe et "
    "principale du poste sur les résultats nationaux.",
]
