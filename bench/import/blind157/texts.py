"""Pools for blind157: departments, topics, places, invented names, label variants typed by many hands."""

DEPARTMENTS = [
    ("Employment and Social Development Canada", "Emploi et Développement social Canada", "ESDC"),
    ("Transport Canada", "Transports Canada", "TC"),
    ("Fisheries and Oceans Canada", "Pêches et Océans Canada", "DFO"),
    ("Canada Border Services Agency", "Agence des services frontaliers du Canada", "CBSA"),
    ("Public Services and Procurement Canada", "Services publics et Approvisionnement Canada", "PSPC"),
    ("Environment and Climate Change Canada", "Environnement et Changement climatique Canada", "ECCC"),
    ("Indigenous Services Canada", "Services aux Autochtones Canada", "ISC"),
    ("Statistics Canada", "Statistique Canada", "StatCan"),
    ("Natural Resources Canada", "Ressources naturelles Canada", "NRCan"),
]

# (English topic, French topic)
TOPICS = [
    ("Labour Market Information", "Information sur le marché du travail"),
    ("Fleet Services", "Services de la flotte"),
    ("Grants and Contributions", "Subventions et contributions"),
    ("Marine Safety", "Sécurité maritime"),
    ("Trade Compliance", "Conformité commerciale"),
    ("Real Property Operations", "Opérations des biens immobiliers"),
    ("Program Integrity", "Intégrité des programmes"),
    ("Client Service Delivery", "Prestation des services aux clients"),
    ("Climate Adaptation", "Adaptation aux changements climatiques"),
    ("Water Quality Monitoring", "Surveillance de la qualité de l'eau"),
    ("Community Infrastructure", "Infrastructure communautaire"),
    ("Data Integration", "Intégration des données"),
    ("Survey Operations", "Opérations d'enquête"),
    ("Energy Efficiency", "Efficacité énergétique"),
    ("Forest Sciences", "Sciences forestières"),
    ("Procurement Policy", "Politique d'approvisionnement"),
    ("Pay Operations", "Opérations de la paye"),
    ("Enforcement Programs", "Programmes d'exécution de la loi"),
    ("Traveller Operations", "Opérations relatives aux voyageurs"),
    ("Fisheries Management", "Gestion des pêches"),
    ("Aquatic Ecosystems", "Écosystèmes aquatiques"),
    ("Rail Safety", "Sécurité ferroviaire"),
    ("Aviation Security", "Sûreté aérienne"),
    ("Corporate Planning", "Planification ministérielle"),
    ("Information Management", "Gestion de l'information"),
    ("Emergency Management", "Gestion des urgences"),
    ("Health Programs", "Programmes de santé"),
    ("Education Partnerships", "Partenariats en éducation"),
    ("Financial Operations", "Opérations financières"),
    ("Strategic Policy", "Politique stratégique"),
    ("Regulatory Affairs", "Affaires réglementaires"),
    ("Digital Services", "Services numériques"),
    ("Small Craft Harbours", "Ports pour petits bateaux"),
    ("Seniors Benefits", "Prestations aux aînés"),
    ("Hydrographic Services", "Services hydrographiques"),
    ("Wildlife Protection", "Protection de la faune"),
    ("Minerals Policy", "Politique des minéraux"),
    ("Census Operations", "Opérations du recensement"),
    ("Accommodation Management", "Gestion des locaux"),
    ("Intelligence and Targeting", "Renseignement et ciblage"),
    ("Investigations", "Enquêtes"),
    ("Housing Programs", "Programmes de logement"),
    ("Audit and Evaluation", "Vérification et évaluation"),
    ("Security Screening", "Filtrage de sécurité"),
    ("Oil Spill Response", "Intervention en cas de déversement"),
]

# (English, French)
PLACES = [
    ("Ottawa, Ontario", "Ottawa (Ontario)"),
    ("Gatineau, Quebec", "Gatineau (Québec)"),
    ("Montréal, Quebec", "Montréal (Québec)"),
    ("Québec, Quebec", "Québec (Québec)"),
    ("Halifax, Nova Scotia", "Halifax (Nouvelle-Écosse)"),
    ("Moncton, New Brunswick", "Moncton (Nouveau-Brunswick)"),
    ("Winnipeg, Manitoba", "Winnipeg (Manitoba)"),
    ("Vancouver, British Columbia", "Vancouver (Colombie-Britannique)"),
    ("Edmonton, Alberta", "Edmonton (Alberta)"),
    ("Regina, Saskatchewan", "Regina (Saskatchewan)"),
    ("Toronto, Ontario", "Toronto (Ontario)"),
    ("St. John's, Newfoundland and Labrador", "St. John's (Terre-Neuve-et-Labrador)"),
]

GIVEN = ["Marielle", "Tobias", "Anouk", "Desmond", "Priyanka", "Gaëtan", "Rosalind", "Kwame", "Solène",
         "Harlan", "Inès", "Bartholomew", "Yolande", "Tariq", "Maëva", "Corwin", "Ludivine", "Osric",
         "Feodora", "Jérémie", "Niamh", "Aurelio", "Brigitte", "Lachlan", "Océane", "Emeric", "Thandiwe",
         "Rufus", "Clémence", "Idris", "Wilhelmina", "Séverin", "Marisol", "Evander", "Hortense", "Kaito"]
FAMILY = ["Thibodeau-Ross", "Okonkwo", "Vandermeer", "Lacasse", "Drummond-Pell", "Ferreira", "Quenneville",
          "Abernathy", "Nakashima", "Beaulieu-Grant", "Szymanski", "Mbeki-Laval", "Cardinal", "Oyelaran",
          "Pelletier-Shaw", "Hargreave", "Lindqvist", "Bouchard-Nasser", "Ravensworth", "Tremblay-Oduya",
          "Whitcombe", "Gagnon-Ellis", "Castellanos", "Marchetti", "Ouellette", "Fairbairn", "Desrosiers",
          "Kowalchuk", "Albrecht", "Moreau-Singh", "Halvorsen", "Lapointe", "Achterberg", "Brisebois"]

# Labels as many assistants typed them over the years (misspellings, abbreviations, variants).
LABELS_EN = {
    "title": ["Position Title", "Positon Title", "Title of Position", "Job Title", "Postion title", "TITLE",
              "Position title", "Title"],
    "classification": ["Classification", "Clasification", "Group and Level", "Grp/Lvl", "Group/Level",
                       "Classificaiton", "Group & Level", "Level"],
    "position_number": ["Position Number", "Positon Number", "Pos. #", "Position No.", "Position #",
                        "Postion Nbr", "Position number", "Pos No"],
    "job_code": ["Job Code", "Job code", "Jobcode", "Job Cde", "Job code #", "JobCode"],
    "effective_date": ["Effective Date", "Effective Dat", "Efective date", "Date Effective", "Effective as of",
                       "Effective Effective Date", "Eff. Date"],
    "sup_title": ["Reports To (Title)", "Suppervisor", "Supervisor Title", "Reports to", "Reporting to",
                  "Supervisor", "Reports To", "Supervisors Title"],
    "sup_class": ["Supervisor's Group/Level", "Suppervisor Grp/Lvl", "Supervisor Classification", "Sup. Level",
                  "Supervisor Clasification", "Reports To (Level)"],
    "sup_pos": ["Supervisor Position #", "Supervisor's Pos. No.", "Suppervisor Position Number",
                "Reports To (Pos. #)", "Supervisor Positon No."],
    "location": ["Location", "Locaton", "Work Location", "Geographic Location", "Located in"],
    "department": ["Department", "Departement", "Dept.", "Organization", "Dept"],
    "salary": ["Salary", "Salery", "Budget - Sal.", "Salaries", "Salary Budget", "Salary budget"],
    "o_and_m": ["O&M", "O & M", "Operations and Maintenance", "Operating & Maintenence", "Budget - O&M",
                "Operating and Maintainance"],
    "total": ["Total", "Total Budget", "TOTAL", "Totla", "Total budget"],
    "fte": ["Total FTEs", "FTE's", "Total FTE", "Number of FTEs", "FTEs (total)"],
}
LABELS_FR = {
    "title": ["Titre du poste", "Titre du post", "Titre", "Titre du Poste"],
    "classification": ["Classification", "Groupe et niveau", "Group et niveau", "Niveau", "Groupe/niveau"],
    "position_number": ["No du poste", "Numéro du poste", "N° de poste", "Numero du poste", "No. de poste"],
    "job_code": ["Code d'emploi", "Code de l'emploi", "Code d’emploi", "Code d'emplois"],
    "effective_date": ["Date d'entrée en vigueur", "Date d'entree en vigeur", "Date en vigueur",
                       "Entrée en vigueur"],
    "sup_title": ["Relève de", "Releve de", "Superviseur", "Surpeviseur", "Relève de (titre)"],
    "sup_class": ["Groupe et niveau du superviseur", "Niveau du superviseur", "Classification du supérieur"],
    "sup_pos": ["No du poste du superviseur", "Numéro de poste du superviseur", "No poste superviseur"],
    "location": ["Lieu", "Lieu de travail", "Endroit", "Emplacement"],
    "department": ["Ministère", "Ministere", "Organisation"],
    "salary": ["Salaires", "Salaire", "Traitements", "Budget - Salaires"],
    "o_and_m": ["Opérations et entretien", "F et E", "Fonctionnement et entretien", "Operations et entretient",
                "F & E"],
    "total": ["Total", "Budget total", "TOTAL"],
    "fte": ["ETP (total)", "Total des ETP", "Nombre d'ETP"],
}

GA_EN = ("The {title} is accountable for the the planning, delivery and continuous improvement of {topic} "
         "across the department, for the management of its financial and human resources, and for providing "
         "strategic advice to senior management on issues of national scope.")
GA_FR = ("Le {title} est responsable de la planification, de la prestation et de l'amélioration continue "
         "des activités de {topic}, de la gestion des ressources financières et humaines et de la "
         "prestation de conseils stratégiques à la haute direction sur des questions d'envergure nationale.")
NS_EN = ("The position operates in a complex environment involving provinces, territories, industry and "
         "and stakeholder groups. The incumbent leads a team of specialists and managers and must balance "
         "competing priorities, evolving legislation and public expectations while ensuring the integrity of "
         "of program delivery.")
NS_FR = ("Le poste évolue dans un environnement complexe qui fait intervenir les provinces, les territoires, "
         "l'industrie et les groupes d'intervenants. Le titulaire dirige une équipe de spécialistes et de "
         "gestionnaires et doit concilier des priorités concurrentes et des attentes du public.")
SA_EN = ["Directs the development and implementation of policies, plans and standards.",
         "Leads negotiations with federal, provincial and territorial partners.",
         "Manages the unit's resources and ensures sound stewardship of public funds.",
         "Represents the department at interdepartmental committees and with external stakeholders.",
         "Provides expert advice and briefings to the Assistant Deputy Minister and the Deputy Minister."]
SA_FR = ["Dirige l'élaboration et la mise en oeuvre des politiques, des plans et des normes.",
         "Mène les négociations avec les partenaires fédéraux, provinciaux et territoriaux.",
         "Gère les ressources de l'unité et assure une saine gestion des fonds publics.",
         "Représente le ministère aux comités interministériels et auprès des intervenants.",
         "Fournit des conseils et des notes d'information au sous-ministre adjoint."]

REPORTS_EN = [("Manager, {t}", "PM-06"), ("Manager, Operations", "AS-07"), ("Senior Advisor", "EC-07"),
              ("Manager, Policy and Planning", "EC-08"), ("Chief, Analytics", "EC-06"),
              ("Manager, Finance and Administration", "FI-03"), ("Team Leader, Systems", "IT-04"),
              ("Manager, Engineering Services", "EN-ENG-05"), ("Program Manager", "PM-05"),
              ("Manager, Regional Coordination", "PM-06"), ("Chief, Compliance", "PM-05")]
REPORTS_FR = {"Manager, {t}": "Gestionnaire, {t}", "Manager, Operations": "Gestionnaire, Opérations",
              "Senior Advisor": "Conseiller principal", "Manager, Policy and Planning":
              "Gestionnaire, Politiques et planification", "Chief, Analytics": "Chef, Analytique",
              "Manager, Finance and Administration": "Gestionnaire, Finances et administration",
              "Team Leader, Systems": "Chef d'équipe, Systèmes", "Manager, Engineering Services":
              "Gestionnaire, Services d'ingénierie", "Program Manager": "Gestionnaire de programme",
              "Manager, Regional Coordination": "Gestionnaire, Coordination régionale",
              "Chief, Compliance": "Chef, Conformité"}

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
