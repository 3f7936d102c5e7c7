"""Prose, positions, places and invented names for blind178 (documents that carry their own revisions)."""

GIVEN = ["Maelle", "Corwin", "Isaure", "Tobiah", "Renske", "Anouk", "Delphis", "Marisol", "Quentin", "Oriane",
         "Bastien", "Lorna", "Ezekiel", "Solène", "Hartley", "Yvette", "Caspian", "Noémie", "Thaddeus", "Ilse",
         "Florent", "Wren", "Gaëlle", "Lysander", "Perpétue", "Ansel", "Rosalind", "Jovette", "Emeric", "Tamsin"]
FAMILY = ["Drouvel", "Kettleby", "Marchessault", "Penwarden", "Ostrowicz", "Belliveau-Traan", "Quesnay", "Aldergrove",
          "Thibodière", "Vantongeren", "Halloran-Rix", "Desrosiers-Nault", "Crabtree-Oyelaran", "Lamontagne-Fisk",
          "Szabelski", "Pellerin", "Wickerson", "Gaudreault", "Nakashima-Bell", "Ferrandou", "Okonkwo-Marchand",
          "Ruelland", "Tessier-Vance", "Brightwater", "Achterberg", "Villeneuve-Hale", "Mcandrew", "Sorel-Imbeault"]

DEPTS = [
    ("Employment and Social Development Canada", "Emploi et Développement social Canada", "ESDC", "EDSC"),
    ("Transport Canada", "Transports Canada", "TC", "TC"),
    ("Fisheries and Oceans Canada", "Pêches et Océans Canada", "DFO", "MPO"),
    ("Public Services and Procurement Canada", "Services publics et Approvisionnement Canada", "PSPC", "SPAC"),
    ("Immigration, Refugees and Citizenship Canada", "Immigration, Réfugiés et Citoyenneté Canada", "IRCC", "IRCC"),
    ("Agriculture and Agri-Food Canada", "Agriculture et Agroalimentaire Canada", "AAFC", "AAC"),
    ("Natural Resources Canada", "Ressources naturelles Canada", "NRCan", "RNCan"),
    ("Veterans Affairs Canada", "Anciens Combattants Canada", "VAC", "ACC"),
]

PLACES = [("Ottawa, Ontario", "Ottawa (Ontario)"), ("Gatineau, Quebec", "Gatineau (Québec)"),
          ("Moncton, New Brunswick", "Moncton (Nouveau-Brunswick)"), ("Halifax, Nova Scotia", "Halifax (Nouvelle-Écosse)"),
          ("Charlottetown, Prince Edward Island", "Charlottetown (Île-du-Prince-Édouard)"),
          ("Winnipeg, Manitoba", "Winnipeg (Manitoba)"), ("Montréal, Quebec", "Montréal (Québec)"),
          ("Vancouver, British Columbia", "Vancouver (Colombie-Britannique)"), ("Edmonton, Alberta", "Edmonton (Alberta)"),
          ("Québec, Quebec", "Québec (Québec)")]

# (English area, French area)
AREAS = [("Program Integrity", "Intégrité des programmes"), ("Marine Safety Oversight", "Surveillance de la sécurité maritime"),
         ("Grants and Contributions Delivery", "Prestation des subventions et contributions"),
         ("Procurement Modernization", "Modernisation de l'approvisionnement"), ("Settlement Programs", "Programmes d'établissement"),
         ("Rail Safety Policy", "Politique de la sécurité ferroviaire"), ("Aquaculture Management", "Gestion de l'aquaculture"),
         ("Digital Client Services", "Services numériques aux clients"), ("Data Stewardship", "Gestion des données"),
         ("Pay Operations Recovery", "Rétablissement des opérations de paye"), ("Benefits Processing", "Traitement des prestations"),
         ("Small Craft Harbours", "Ports pour petits bateaux"), ("Audit Assurance", "Assurance de la vérification"),
         ("Forest Sector Innovation", "Innovation dans le secteur forestier"), ("Labour Market Analysis", "Analyse du marché du travail"),
         ("Commemoration Programs", "Programmes de commémoration"), ("Geoscience Information", "Information géoscientifique"),
         ("Border Policy Coordination", "Coordination des politiques frontalières"), ("Real Property Portfolio", "Portefeuille immobilier"),
         ("Crop Sector Strategies", "Stratégies du secteur des cultures"), ("Case Management", "Gestion des cas"),
         ("Regulatory Affairs", "Affaires réglementaires"), ("Workforce Planning", "Planification de l'effectif"),
         ("Financial Controls", "Contrôles financiers"), ("Client Experience", "Expérience client"),
         ("Energy Efficiency Programs", "Programmes d'efficacité énergétique"), ("Indigenous Partnerships", "Partenariats autochtones"),
         ("Enterprise Risk", "Risque d'entreprise"), ("Security Screening", "Filtrage de sécurité"),
         ("Investment Planning", "Planification des investissements"), ("Service Standards", "Normes de service"),
         ("Integrated Planning", "Planification intégrée"), ("Ocean Science Coordination", "Coordination des sciences océaniques"),
         ("Contracting Policy", "Politique des marchés"), ("Appeals and Reviews", "Appels et révisions"),
         ("Accessibility Programs", "Programmes d'accessibilité"), ("Fleet Management", "Gestion du parc"),
         ("Strategic Communications", "Communications stratégiques"), ("Evaluation Services", "Services d'évaluation"),
         ("Compensation Policy", "Politique de rémunération"), ("Innovation Funding", "Financement de l'innovation"),
         ("Tariff Analysis", "Analyse tarifaire"), ("Wildlife Compliance", "Conformité relative à la faune"),
         ("Ports Security", "Sûreté portuaire"), ("Heritage Collections", "Collections patrimoniales")]

TITLES = {  # level: (English, French masculine/feminine prefix, supervisor level)
    1: ("Director, {a}", "Directeur, {a}", "Directrice, {a}"),
    2: ("Executive Director, {a}", "Directeur exécutif, {a}", "Directrice exécutive, {a}"),
    3: ("Director General, {a}", "Directeur général, {a}", "Directrice générale, {a}"),
    4: ("Assistant Deputy Minister, {a}", "Sous-ministre adjoint, {a}", "Sous-ministre adjointe, {a}"),
    5: ("Senior Assistant Deputy Minister, {a}", "Sous-ministre adjoint principal, {a}", "Sous-ministre adjointe principale, {a}"),
}

REPORT_TITLES = [("Manager, {a}", "Gestionnaire, {a}"), ("Senior Advisor", "Conseiller principal"),
                 ("Team Leader, {a}", "Chef d'équipe, {a}"), ("Executive Assistant", "Adjointe exécutive"),
                 ("Manager, Operations", "Gestionnaire, Opérations"), ("Manager, Policy and Planning", "Gestionnaire, Politiques et planification"),
                 ("Manager, Analytics", "Gestionnaire, Analytique"), ("Senior Financial Officer", "Agent financier principal")]
REPORT_LEVELS = ["PM-06", "AS-07", "EC-07", "CS-04", "FI-03", "PM-05", "EC-06", "AS-05", "IS-05", "CO-03"]
SUB_AREAS = ["Intake", "Quality Assurance", "Operations East", "Operations West", "Policy", "Analytics", "Outreach",
             "Systems", "Compliance", "Partnerships", "Reporting", "Training"]
SUB_AREAS_FR = ["Réception", "Assurance de la qualité", "Opérations Est", "Opérations Ouest", "Politiques", "Analytique",
                "Sensibilisation", "Systèmes", "Conformité", "Partenariats", "Rapports", "Formation"]

GA_EN = ("The {t} is accountable for the leadership, planning and delivery of the {a} function of the "
         "{d}, providing strategic advice to senior management, ensuring the integrity and efficiency of "
         "operations, and managing the human and financial resources assigned to the organization.")
GA_FR = ("Le ou la titulaire du poste de {t} est responsable du leadership, de la planification et de la "
         "prestation de la fonction {a} du ministère ({d}), de la prestation de conseils stratégiques à la "
         "haute direction et de la gestion des ressources humaines et financières de l'organisation.")
NS_EN = ("The position operates in an environment of changing priorities, growing client expectations and "
         "constrained resources. It works with central agencies, provinces and territories, industry and "
         "other federal departments to align programs, reduce duplication and report on results. The "
         "incumbent must reconcile competing demands while maintaining service standards.")
NS_FR = ("Le poste s'inscrit dans un contexte de priorités changeantes, d'attentes croissantes de la clientèle "
         "et de ressources limitées. Le ou la titulaire collabore avec les organismes centraux, les provinces et "
         "territoires, l'industrie et d'autres ministères afin d'harmoniser les programmes et de rendre compte "
         "des résultats.")
SA_EN = ["Provides leadership and direction for the design and delivery of programs and services.",
         "Develops and implements strategies, policies and operational frameworks.",
         "Represents the department with central agencies, other governments and stakeholders.",
         "Manages the financial and human resources of the organization and ensures sound stewardship.",
         "Oversees performance measurement, risk management and reporting to senior management."]
SA_FR = ["Assure le leadership et l'orientation de la conception et de la prestation des programmes et services.",
         "Élabore et met en œuvre des stratégies, des politiques et des cadres opérationnels.",
         "Représente le ministère auprès des organismes centraux, des autres gouvernements et des intervenants.",
         "Gère les ressources financières et humaines de l'organisation et en assure la saine intendance.",
         "Supervise la mesure du rendement, la gestion des risques et la reddition de comptes."]
