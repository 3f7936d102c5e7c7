"""Data and prose for the blind65 corpus (make_blind.py): departments, positions' areas, labels, prose.

Everything here is invented for the corpus (positions, numbers, people); the departments and
agencies are real, their cities the ones they have offices in.
"""

# (English name, French name, English short, French short, [(city, province en, province fr, postal)])
DEPTS = [
    ("Employment and Social Development Canada", "Emploi et Développement social Canada", "ESDC", "EDSC",
     [("Gatineau", "Quebec", "Québec", "QC"), ("Ottawa", "Ontario", "Ontario", "ON")]),
    ("Transport Canada", "Transports Canada", "TC", "TC",
     [("Ottawa", "Ontario", "Ontario", "ON"), ("Vancouver", "British Columbia", "Colombie-Britannique", "BC")]),
    ("Fisheries and Oceans Canada", "Pêches et Océans Canada", "DFO", "MPO",
     [("Moncton", "New Brunswick", "Nouveau-Brunswick", "NB"), ("Ottawa", "Ontario", "Ontario", "ON"),
      ("Dartmouth", "Nova Scotia", "Nouvelle-Écosse", "NS")]),
    ("Environment and Climate Change Canada", "Environnement et Changement climatique Canada", "ECCC", "ECCC",
     [("Gatineau", "Quebec", "Québec", "QC"), ("Montréal", "Quebec", "Québec", "QC")]),
    ("Public Services and Procurement Canada", "Services publics et Approvisionnement Canada", "PSPC", "SPAC",
     [("Gatineau", "Quebec", "Québec", "QC"), ("Miramichi", "New Brunswick", "Nouveau-Brunswick", "NB")]),
    ("Health Canada", "Santé Canada", "HC", "SC", [("Ottawa", "Ontario", "Ontario", "ON")]),
    ("Public Health Agency of Canada", "Agence de la santé publique du Canada", "PHAC", "ASPC",
     [("Winnipeg", "Manitoba", "Manitoba", "MB"), ("Ottawa", "Ontario", "Ontario", "ON")]),
    ("Canada Revenue Agency", "Agence du revenu du Canada", "CRA", "ARC",
     [("Ottawa", "Ontario", "Ontario", "ON"), ("Shawinigan", "Quebec", "Québec", "QC"),
      ("Sudbury", "Ontario", "Ontario", "ON")]),
    ("Immigration, Refugees and Citizenship Canada", "Immigration, Réfugiés et Citoyenneté Canada", "IRCC", "IRCC",
     [("Ottawa", "Ontario", "Ontario", "ON"), ("Sydney", "Nova Scotia", "Nouvelle-Écosse", "NS")]),
    ("Statistics Canada", "Statistique Canada", "StatCan", "StatCan", [("Ottawa", "Ontario", "Ontario", "ON")]),
    ("Natural Resources Canada", "Ressources naturelles Canada", "NRCan", "RNCan",
     [("Ottawa", "Ontario", "Ontario", "ON"), ("Calgary", "Alberta", "Alberta", "AB")]),
    ("Agriculture and Agri-Food Canada", "Agriculture et Agroalimentaire Canada", "AAFC", "AAC",
     [("Ottawa", "Ontario", "Ontario", "ON"), ("Saskatoon", "Saskatchewan", "Saskatchewan", "SK")]),
    ("Veterans Affairs Canada", "Anciens Combattants Canada", "VAC", "ACC",
     [("Charlottetown", "Prince Edward Island", "Île-du-Prince-Édouard", "PE")]),
    ("Canada Border Services Agency", "Agence des services frontaliers du Canada", "CBSA", "ASFC",
     [("Ottawa", "Ontario", "Ontario", "ON"), ("Windsor", "Ontario", "Ontario", "ON")]),
    ("Indigenous Services Canada", "Services aux Autochtones Canada", "ISC", "SAC",
     [("Gatineau", "Quebec", "Québec", "QC"), ("Regina", "Saskatchewan", "Saskatchewan", "SK")]),
    ("Shared Services Canada", "Services partagés Canada", "SSC", "SPC", [("Ottawa", "Ontario", "Ontario", "ON")]),
    ("Correctional Service Canada", "Service correctionnel du Canada", "CSC", "SCC",
     [("Kingston", "Ontario", "Ontario", "ON"), ("Laval", "Quebec", "Québec", "QC")]),
    ("Library and Archives Canada", "Bibliothèque et Archives Canada", "LAC", "BAC", [("Gatineau", "Quebec", "Québec", "QC")]),
    ("Atlantic Canada Opportunities Agency", "Agence de promotion économique du Canada atlantique", "ACOA", "APECA",
     [("Moncton", "New Brunswick", "Nouveau-Brunswick", "NB"), ("St. John's", "Newfoundland and Labrador",
                                                                  "Terre-Neuve-et-Labrador", "NL")]),
    ("Canadian Heritage", "Patrimoine canadien", "PCH", "PCH", [("Gatineau", "Quebec", "Québec", "QC")]),
    ("Innovation, Science and Economic Development Canada", "Innovation, Sciences et Développement économique Canada",
     "ISED", "ISDE", [("Ottawa", "Ontario", "Ontario", "ON")]),
    ("Parks Canada", "Parcs Canada", "PC", "PC", [("Gatineau", "Quebec", "Québec", "QC"), ("Banff", "Alberta", "Alberta", "AB")]),
    ("Canadian Food Inspection Agency", "Agence canadienne d'inspection des aliments", "CFIA", "ACIA",
     [("Ottawa", "Ontario", "Ontario", "ON"), ("Guelph", "Ontario", "Ontario", "ON")]),
    ("Department of National Defence", "Ministère de la Défense nationale", "DND", "MDN", [("Ottawa", "Ontario", "Ontario", "ON")]),
]

# the positions' areas: English, French (each used once)
AREAS = [
    ("Labour Market Analysis", "Analyse du marché du travail"),
    ("Grants and Contributions Operations", "Opérations des subventions et contributions"),
    ("Marine Safety Programs", "Programmes de sécurité maritime"),
    ("Real Property Planning", "Planification des biens immobiliers"),
    ("Financial Planning and Resource Management", "Planification financière et gestion des ressources"),
    ("Digital Service Delivery", "Prestation des services numériques"),
    ("Internal Audit", "Vérification interne"),
    ("Policy Coordination and Cabinet Affairs", "Coordination des politiques et affaires du Cabinet"),
    ("Client Experience", "Expérience client"),
    ("Enterprise Data Management", "Gestion des données d'entreprise"),
    ("Procurement Operations", "Opérations d'approvisionnement"),
    ("Pay and Benefits Services", "Services de paye et d'avantages sociaux"),
    ("Program Integrity", "Intégrité des programmes"),
    ("Strategic Communications", "Communications stratégiques"),
    ("Indigenous Partnerships", "Partenariats autochtones"),
    ("Emergency Management", "Gestion des urgences"),
    ("Data Science and Analytics", "Science des données et analytique"),
    ("Occupational Health and Safety", "Santé et sécurité au travail"),
    ("Regulatory Affairs", "Affaires réglementaires"),
    ("Corporate Planning and Risk", "Planification ministérielle et gestion des risques"),
    ("Departmental Security", "Sécurité ministérielle"),
    ("Access to Information and Privacy", "Accès à l'information et protection des renseignements personnels"),
    ("Fleet Renewal", "Renouvellement de la flotte"),
    ("Benefits Processing", "Traitement des prestations"),
    ("Executive Talent Management", "Gestion des talents des cadres"),
    ("Laboratory Services", "Services de laboratoire"),
    ("Border Programs", "Programmes frontaliers"),
    ("Evaluation", "Évaluation"),
    ("Workplace Modernization", "Modernisation du milieu de travail"),
    ("Contact Centre Operations", "Opérations des centres d'appels"),
    ("Science Policy", "Politique scientifique"),
    ("Accommodation and Facilities", "Locaux et installations"),
    ("Cyber Security Operations", "Opérations de cybersécurité"),
    ("Trade Policy", "Politique commerciale"),
    ("Regional Operations, Atlantic", "Opérations régionales, Atlantique"),
    ("Archival Preservation", "Préservation des archives"),
    ("Investigations and Enforcement", "Enquêtes et application de la loi"),
    ("Environmental Assessment", "Évaluation environnementale"),
    ("Infrastructure Investment", "Investissements dans l'infrastructure"),
    ("Learning and Development", "Apprentissage et perfectionnement"),
    ("Official Languages", "Langues officielles"),
    ("Parliamentary Affairs", "Affaires parlementaires"),
    ("Animal Health", "Santé des animaux"),
    ("Reintegration Programs", "Programmes de réinsertion sociale"),
    ("Application Hosting Services", "Services d'hébergement d'applications"),
    ("Visitor Experience", "Expérience du visiteur"),
    ("Citizenship Program Delivery", "Prestation du programme de citoyenneté"),
]

# branches the supervisors head: English, French
BRANCHES = [
    ("Strategic and Service Policy", "Politique stratégique et de service"),
    ("Corporate Services", "Services ministériels"),
    ("Program Operations", "Opérations de programmes"),
    ("Chief Financial Officer", "Dirigeant principal des finances"),
    ("Science and Technology", "Sciences et technologie"),
    ("Regional Operations", "Opérations régionales"),
    ("Policy and Programs", "Politiques et programmes"),
    ("Digital Transformation", "Transformation numérique"),
    ("Human Resources", "Ressources humaines"),
    ("Service Delivery", "Prestation des services"),
    ("Enterprise Operations", "Opérations de l'entreprise"),
    ("Audit and Evaluation", "Vérification et évaluation"),
]

# parts of a directorate a direct report heads: English, French
SUBS = [
    ("Operations", "Opérations"), ("Policy and Planning", "Politiques et planification"),
    ("Systems and Data", "Systèmes et données"), ("Client Services", "Services aux clients"),
    ("Quality Assurance", "Assurance de la qualité"), ("Regional Coordination", "Coordination régionale"),
    ("Analysis and Reporting", "Analyse et rapports"), ("Partnerships", "Partenariats"),
    ("Business Planning", "Planification des activités"), ("Stakeholder Relations", "Relations avec les intervenants"),
    ("Training and Learning", "Formation et apprentissage"), ("Performance Measurement", "Mesure du rendement"),
    ("Compliance", "Conformité"), ("Program Design", "Conception de programmes"),
    ("Risk Management", "Gestion des risques"), ("Research", "Recherche"),
]

# classifications of non-executive direct reports
REPORT_GROUPS = ["EC-07", "EC-06", "AS-07", "AS-06", "PM-06", "CS-04", "CS-05", "FI-04", "CO-03", "PE-06",
                 "IS-06", "EN-ENG-05", "PG-06", "SE-RES-03", "BI-04", "AU-05"]

FIRST_EN = ["Karen", "Michael", "Priya", "David", "Susan", "Kevin", "Laura", "Ahmed", "Jennifer", "Robert",
            "Olivia", "Daniel", "Fatima", "Brian", "Heather", "Wei", "Colleen", "Graham", "Nadia", "Trevor"]
LAST_EN = ["MacLeod", "Singh", "Harrington", "Okafor", "Whitfield", "Chen", "Doucette", "Kowalski", "Baxter",
           "Ferguson", "Lindqvist", "Mahmoud", "O'Brien", "Patterson", "Reyes", "Sutherland", "Yaremko", "Pelletier"]
FIRST_FR = ["Geneviève", "Marc-André", "Isabelle", "François", "Nathalie", "Jean-Philippe", "Sylvie", "Mathieu",
            "Chantal", "Étienne", "Julie", "Benoît", "Mélanie", "Luc", "Annie", "Sébastien"]
LAST_FR = ["Tremblay", "Gagnon", "Bouchard", "Côté", "Lévesque", "Bélanger", "Gauthier", "Ouellet", "Paquette",
           "Lavoie", "Fortin", "Beaulieu", "Thériault", "Caron", "Desjardins", "Poirier"]

# ---------------------------------------------------------------- labels
L_EN = {
    "title": ["Position Title", "Title", "Job Title", "Official Title", "Position title", "Title of Position"],
    "cls": ["Classification", "Group and Level", "Group/Level", "Level", "Group & Level"],
    "job_code": ["Job Code", "Position Job Code", "Job Code No.", "Generic Job Code", "Job code"],
    "pos": ["Position Number", "Position No.", "Position #", "Pos. No.", "Position number"],
    "eff": ["Effective Date", "Effective date", "Date Effective", "Classification Effective Date"],
    "sup_pos": ["Supervisor's Position No.", "Supervisor Position Number", "Supervisor's Position Number",
                "Reports to Position No."],
    "sup_title": ["Supervisor's Position Title", "Supervisor Title", "Supervisor's Title", "Reports to"],
    "sup_cls": ["Supervisor's Classification", "Supervisor's Group/Level", "Supervisor Level",
                "Supervisor's Classification Level"],
    "loc": ["Location", "Geographic Location", "Work Location", "Location of Position"],
    "dept": ["Department", "Organization", "Department/Agency"],
    "branch": ["Branch", "Sector", "Branch/Sector"],
    "incumbent": ["Incumbent", "Incumbent Name", "Name of Incumbent"],
}
L_FR = {
    "title": ["Titre du poste", "Titre", "Titre officiel du poste", "Intitulé du poste"],
    "cls": ["Classification", "Groupe et niveau", "Groupe/niveau", "Niveau"],
    "job_code": ["Code d'emploi", "Numéro de la description de travail", "No de la description type", "Code de l'emploi"],
    "pos": ["Numéro du poste", "No du poste", "N° de poste", "Numéro de poste"],
    "eff": ["Date d'entrée en vigueur", "Date de prise d'effet", "En vigueur le", "Date d'effet"],
    "sup_pos": ["Numéro du poste du superviseur", "No du poste du supérieur", "N° de poste du gestionnaire"],
    "sup_title": ["Titre du poste du superviseur", "Titre du supérieur immédiat", "Relève de"],
    "sup_cls": ["Classification du superviseur", "Groupe et niveau du supérieur", "Niveau du superviseur"],
    "loc": ["Lieu", "Lieu de travail", "Emplacement géographique", "Endroit"],
    "dept": ["Ministère", "Organisation", "Ministère/organisme"],
    "branch": ["Direction générale", "Secteur"],
    "incumbent": ["Titulaire", "Nom du titulaire"],
}
# bilingual pairs, built from the two (first of each list most of the time)
L_BI = {k: [f"{L_EN[k][i % len(L_EN[k])]} / {L_FR[k][i % len(L_FR[k])]}" for i in range(2)] for k in L_EN}

D_EN = {"salary": ["Salary", "Salary budget", "Salaries", "Salary dollars"],
        "om": ["O&M", "Operating and Maintenance", "O&M budget", "Non-salary O&M"],
        "total": ["Total", "Total budget", "Total Salary and O&M", "Total Budget"],
        "fte": ["FTEs", "Number of FTEs", "Human Resources (FTEs)", "FTE's"],
        "gc": ["Grants and Contributions", "G&C budget", "Program budget (Gs&Cs)"]}
D_FR = {"salary": ["Salaires", "Budget salarial", "Traitements et salaires"],
        "om": ["F et E", "Fonctionnement et entretien", "Budget de F et E", "F&E"],
        "total": ["Total", "Budget total", "Total (salaires et F et E)"],
        "fte": ["ETP", "Nombre d'ETP", "Ressources humaines (ETP)", "Effectif"],
        "gc": ["Subventions et contributions", "Budget de S et C"]}

H_EN = {"ga": ["General Accountability", "GENERAL ACCOUNTABILITY", "Purpose", "Overall Accountability"],
        "org": ["Organization Structure", "ORGANIZATIONAL STRUCTURE", "Organizational Context", "Structure"],
        "ns": ["Nature and Scope", "NATURE AND SCOPE", "Nature & Scope", "Context"],
        "dim": ["Dimensions", "DIMENSIONS", "Key Dimensions", "Financial and Human Resources"],
        "sa": ["Specific Accountabilities", "SPECIFIC ACCOUNTABILITIES", "Key Responsibilities", "Main Activities"],
        "csr": ["Client Service Results", "CLIENT SERVICE RESULTS"],
        "ka": ["Key Activities", "KEY ACTIVITIES"],
        "cert": ["Certification", "CERTIFICATION", "Signatures"],
        "reports": ["Reporting to the position are:", "Direct reports:", "The following positions report to the incumbent:",
                    "Positions reporting directly to the {short}:"]}
H_FR = {"ga": ["Responsabilité générale", "RESPONSABILITÉ GÉNÉRALE", "Raison d'être", "Responsabilités générales"],
        "org": ["Structure organisationnelle", "STRUCTURE ORGANISATIONNELLE", "Contexte organisationnel"],
        "ns": ["Nature et étendue", "NATURE ET ÉTENDUE", "Nature et portée", "Contexte"],
        "dim": ["Dimensions", "DIMENSIONS", "Principales dimensions", "Ressources financières et humaines"],
        "sa": ["Responsabilités spécifiques", "RESPONSABILITÉS SPÉCIFIQUES", "Principales activités",
               "Activités principales"],
        "csr": ["Résultats axés sur le service à la clientèle", "RÉSULTATS AXÉS SUR LE SERVICE À LA CLIENTÈLE"],
        "ka": ["Activités principales", "ACTIVITÉS PRINCIPALES"],
        "cert": ["Certification", "ATTESTATION", "Signatures"],
        "reports": ["Relèvent du poste :", "Subordonnés directs :", "Les postes suivants relèvent du titulaire :"]}

# ---------------------------------------------------------------- prose
GA_EN = [
    "The {short} is accountable for the planning, design and delivery of {area_l} programs and services across "
    "{dept}, and for providing strategic advice and functional direction to senior management on {area_l} "
    "issues of national significance.",
    "Provides leadership and strategic direction for {area_l} in {dept}, ensuring that policies, programs and "
    "operations are aligned with departmental priorities, Government of Canada direction and the expectations "
    "of Canadians.",
    "Accountable for directing the {area_l} function of the Department, including the development of "
    "frameworks, strategies and plans, the management of human and financial resources, and the provision of "
    "expert advice to the Deputy Minister and senior management committees.",
    "The {short} leads the development, implementation and continuous improvement of {area_l} for {dept}, "
    "and manages the Directorate's resources to deliver timely, reliable and cost-effective results.",
]
GA_FR = [
    "Le ou la titulaire est responsable de la planification, de la conception et de la prestation des programmes "
    "et services en matière de {area_l} à l'échelle de {dept}, et fournit des conseils stratégiques à la haute "
    "direction sur les enjeux d'envergure nationale.",
    "Assure le leadership et l'orientation stratégique de la fonction de {area_l} du Ministère, en veillant à ce "
    "que les politiques, les programmes et les opérations soient harmonisés avec les priorités ministérielles et "
    "l'orientation du gouvernement du Canada.",
    "Dirige l'élaboration, la mise en œuvre et l'amélioration continue des activités de {area_l}, et gère les "
    "ressources humaines et financières de la direction afin d'obtenir des résultats fiables et efficients.",
]
NS_EN = [
    "{dept} operates in a complex, multi-jurisdictional environment, with impacts from national and "
    "international socio-economic developments, evolving federal government priorities and the interplay of "
    "federal, provincial and territorial jurisdictions.",
    "The {short} manages a directorate whose work is closely watched by central agencies, Parliament and the "
    "public. Decisions frequently involve competing priorities, incomplete information and tight timelines, and "
    "must balance service to Canadians with the prudent stewardship of public funds.",
    "Major challenges include reconciling the competing priorities of internal and external stakeholders, "
    "modernizing aging systems and business processes while maintaining service levels, and attracting and "
    "retaining a skilled workforce in a competitive labour market.",
    "The incumbent represents the Department with central agencies, other federal departments, provincial and "
    "territorial governments, industry and stakeholder organizations, and is frequently called upon to brief "
    "the Deputy Minister and the Minister's Office on sensitive issues.",
    "The work of the directorate is closely aligned with and supports policy development, and facilitates "
    "systemic improvement in the way the Department delivers its programs.",
]
NS_FR = [
    "{dept} évolue dans un environnement complexe où interviennent de multiples administrations, où les "
    "priorités du gouvernement fédéral évoluent et où les répercussions des développements socio-économiques "
    "nationaux et internationaux se font sentir.",
    "Le ou la titulaire gère une direction dont les travaux font l'objet d'une attention soutenue de la part des "
    "organismes centraux, du Parlement et du public. Les décisions doivent souvent être prises dans des délais "
    "serrés et concilier des priorités concurrentes.",
    "Les principaux défis consistent à concilier les priorités des intervenants internes et externes, à "
    "moderniser des systèmes et des processus vieillissants tout en maintenant les niveaux de service, ainsi "
    "qu'à attirer et à maintenir en poste une main-d'œuvre qualifiée.",
    "Le ou la titulaire représente le Ministère auprès des organismes centraux, des autres ministères fédéraux, "
    "des gouvernements provinciaux et territoriaux et des intervenants, et informe régulièrement le sous-ministre "
    "sur des dossiers délicats.",
]
SA_EN = [
    "Develops and implements policy and program frameworks, strategies and plans to advance departmental "
    "priorities and business objectives.",
    "Provides advice, guidance and direction to the Assistant Deputy Minister, the Deputy Minister and senior "
    "management committees on existing and emerging issues.",
    "Leads the delivery of programs and services, including workforce planning, performance measurement, "
    "evaluation and reporting.",
    "Establishes and maintains effective relationships with central agencies, other government departments, "
    "provinces and territories, and stakeholders to harmonize approaches and products.",
    "Directs the conduct of research, analysis and consultations to develop a strong evidence base for "
    "decision-making.",
    "As a member of the Branch's senior management team, contributes to corporate planning, decision-making "
    "and the management of the Branch's human, financial and material resources.",
    "Manages the Directorate's human and financial resources with prudence and probity, in accordance with the "
    "values and ethics of the Public Service.",
    "Leads the modernization of business processes and systems, and champions innovation, diversity and "
    "well-being in the workplace.",
    "Prepares and reviews briefing materials, Memoranda to Cabinet and Treasury Board submissions.",
    "Represents the Department on interdepartmental and federal-provincial-territorial committees and working "
    "groups.",
]
SA_FR = [
    "Élabore et met en œuvre des cadres stratégiques, des stratégies et des plans afin de faire progresser les "
    "priorités ministérielles.",
    "Fournit des conseils et une orientation au sous-ministre adjoint, au sous-ministre et aux comités de la "
    "haute direction sur les enjeux actuels et émergents.",
    "Dirige la prestation des programmes et services, y compris la planification des effectifs, la mesure du "
    "rendement et la production de rapports.",
    "Établit et entretient des relations efficaces avec les organismes centraux, les autres ministères, les "
    "provinces et territoires et les intervenants.",
    "Dirige la réalisation de recherches, d'analyses et de consultations afin d'appuyer la prise de décisions "
    "fondée sur des données probantes.",
    "À titre de membre de l'équipe de la haute direction, contribue à la planification ministérielle et à la "
    "gestion des ressources humaines, financières et matérielles.",
    "Gère les ressources de la direction avec prudence et probité, conformément aux valeurs et à l'éthique de la "
    "fonction publique.",
    "Prépare et examine les documents d'information, les mémoires au Cabinet et les présentations au Conseil du "
    "Trésor.",
]
CSR_EN = ["Strategic leadership, advice and {area_l} programs and services for the Department, its senior "
          "management and Canadians."]
CSR_FR = ["Leadership stratégique, conseils et programmes et services de {area_l} pour le Ministère, sa haute "
          "direction et la population canadienne."]

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
