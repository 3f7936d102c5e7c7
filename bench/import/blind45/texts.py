"""Departments, titles, prose and names for bench/import/blind45 (invented positions, invented people)."""

# short: (English name, French name, [(city, province_en, province_fr)], [(area_en, area_fr)], [(branch_en, branch_fr)])
DEPARTMENTS = {
    "JUS": ("Department of Justice Canada", "Ministère de la Justice Canada",
            [("Ottawa", "Ontario", "Ontario"), ("Montréal", "Quebec", "Québec"), ("Toronto", "Ontario", "Ontario")],
            [("Access to Information and Privacy", "Accès à l'information et protection des renseignements personnels"),
             ("Financial Planning and Resource Management", "Planification financière et gestion des ressources"),
             ("Legal Practice Management", "Gestion de la pratique du droit"),
             ("Family, Children and Youth Programs", "Programmes de la famille, de l'enfance et de la jeunesse"),
             ("Strategic Planning and Evaluation", "Planification stratégique et évaluation"),
             ("Information Management and Knowledge Services", "Gestion de l'information et services du savoir")],
            [("Management Sector", "Secteur de la gestion"), ("Policy Sector", "Secteur des politiques")]),
    "PS": ("Public Safety Canada", "Sécurité publique Canada",
           [("Ottawa", "Ontario", "Ontario")],
           [("Emergency Management Policy", "Politiques de gestion des urgences"),
            ("Crime Prevention Programs", "Programmes de prévention du crime"),
            ("Critical Infrastructure", "Infrastructures essentielles"),
            ("Border Policy", "Politiques frontalières"),
            ("Corrections and Criminal Justice", "Services correctionnels et justice pénale"),
            ("Government Operations Centre", "Centre des opérations du gouvernement")],
           [("Emergency Management and Programs Branch", "Secteur de la gestion des mesures d'urgence et des programmes"),
            ("Community Safety and Countering Crime Branch", "Secteur de la sécurité communautaire et de la réduction du crime")]),
    "RCMP": ("Royal Canadian Mounted Police", "Gendarmerie royale du Canada",
             [("Ottawa", "Ontario", "Ontario"), ("Regina", "Saskatchewan", "Saskatchewan"), ("Surrey", "British Columbia", "Colombie-Britannique")],
             [("Real Property Management", "Gestion des biens immobiliers"),
              ("Financial Management and Reporting", "Gestion et rapports financiers"),
              ("Enterprise Architecture", "Architecture d'entreprise"),
              ("Employee Wellness Services", "Services de mieux-être des employés"),
              ("Procurement and Contracting", "Approvisionnement et passation de marchés"),
              ("Forensic Laboratory Services", "Services des laboratoires judiciaires")],
             [("Corporate Management and Comptrollership", "Gestion générale et contrôle"),
              ("Specialized Policing Services", "Services de police spécialisés")]),
    "TC": ("Transport Canada", "Transports Canada",
           [("Ottawa", "Ontario", "Ontario"), ("Montréal", "Quebec", "Québec"), ("Vancouver", "British Columbia", "Colombie-Britannique"), ("Winnipeg", "Manitoba", "Manitoba")],
           [("Rail Safety Oversight", "Surveillance de la sécurité ferroviaire"),
            ("Marine Safety and Security", "Sécurité et sûreté maritimes"),
            ("Civil Aviation Standards", "Normes de l'aviation civile"),
            ("Transportation of Dangerous Goods", "Transport des marchandises dangereuses"),
            ("Air Policy", "Politique aérienne"),
            ("Regional Operations", "Opérations régionales")],
           [("Safety and Security Group", "Groupe de la sécurité et de la sûreté"),
            ("Policy Group", "Groupe des politiques")]),
    "ISC": ("Indigenous Services Canada", "Services aux Autochtones Canada",
            [("Gatineau", "Quebec", "Québec"), ("Winnipeg", "Manitoba", "Manitoba"), ("Edmonton", "Alberta", "Alberta")],
            [("Education Programs", "Programmes d'éducation"),
             ("Community Infrastructure", "Infrastructures communautaires"),
             ("Income Assistance", "Aide au revenu"),
             ("Primary Health Care", "Soins de santé primaires"),
             ("Emergency Management Assistance", "Aide à la gestion des urgences"),
             ("Child and Family Services Reform", "Réforme des services à l'enfance et à la famille")],
            [("Education and Social Development Programs and Partnerships", "Programmes et partenariats en matière d'éducation et de développement social"),
             ("Regional Operations", "Opérations régionales")]),
    "DFO": ("Fisheries and Oceans Canada", "Pêches et Océans Canada",
            [("Ottawa", "Ontario", "Ontario"), ("Moncton", "New Brunswick", "Nouveau-Brunswick"), ("Dartmouth", "Nova Scotia", "Nouvelle-Écosse"), ("Vancouver", "British Columbia", "Colombie-Britannique"), ("St. John's", "Newfoundland and Labrador", "Terre-Neuve-et-Labrador")],
            [("Fisheries Resource Management", "Gestion des ressources halieutiques"),
             ("Aquatic Ecosystems", "Écosystèmes aquatiques"),
             ("Conservation and Protection", "Conservation et protection"),
             ("Small Craft Harbours", "Ports pour petits bateaux"),
             ("Ocean Science", "Sciences océaniques"),
             ("Indigenous Fisheries Programs", "Programmes des pêches autochtones")],
            [("Fisheries and Harbour Management", "Gestion des pêches et des ports"),
             ("Ecosystems and Oceans Science", "Sciences des écosystèmes et des océans")]),
    "GAC": ("Global Affairs Canada", "Affaires mondiales Canada",
            [("Ottawa", "Ontario", "Ontario")],
            [("Trade Commissioner Service Operations", "Opérations du Service des délégués commerciaux"),
             ("International Assistance Policy", "Politique d'aide internationale"),
             ("Consular Operations", "Opérations consulaires"),
             ("Mission Security", "Sécurité des missions"),
             ("Grants and Contributions Management", "Gestion des subventions et contributions"),
             ("Locally Engaged Staff Services", "Services au personnel recruté sur place")],
            [("International Platform Branch", "Plateforme internationale"),
             ("Consular, Security and Emergency Management", "Affaires consulaires, sécurité et gestion des urgences")]),
    "IRCC": ("Immigration, Refugees and Citizenship Canada", "Immigration, Réfugiés et Citoyenneté Canada",
             [("Ottawa", "Ontario", "Ontario"), ("Montréal", "Quebec", "Québec"), ("Sydney", "Nova Scotia", "Nouvelle-Écosse")],
             [("Citizenship Program Delivery", "Prestation du programme de citoyenneté"),
              ("Passport Program Integrity", "Intégrité du programme de passeport"),
              ("Settlement and Integration Policy", "Politique d'établissement et d'intégration"),
              ("Temporary Resident Processing", "Traitement des résidents temporaires"),
              ("Refugee Resettlement Operations", "Opérations de réinstallation des réfugiés"),
              ("Case Management", "Gestion des cas")],
             [("Operations Sector", "Secteur des opérations"),
              ("Strategic and Program Policy", "Politiques stratégiques et de programmes")]),
    "ESDC": ("Employment and Social Development Canada", "Emploi et Développement social Canada",
             [("Gatineau", "Quebec", "Québec"), ("Toronto", "Ontario", "Ontario"), ("Bathurst", "New Brunswick", "Nouveau-Brunswick")],
             [("Old Age Security Benefits Processing", "Traitement des prestations de la Sécurité de la vieillesse"),
              ("Student Financial Assistance", "Aide financière aux étudiants"),
              ("Apprenticeship Programs", "Programmes d'apprentissage"),
              ("Labour Market Information", "Information sur le marché du travail"),
              ("Social Insurance Registry", "Registre d'assurance sociale"),
              ("Workplace Equity", "Équité en milieu de travail")],
             [("Skills and Employment Branch", "Direction générale des compétences et de l'emploi"),
              ("Benefits Delivery Services", "Services de versement des prestations")]),
    "HC": ("Health Canada", "Santé Canada",
           [("Ottawa", "Ontario", "Ontario"), ("Vancouver", "British Columbia", "Colombie-Britannique"), ("Montréal", "Quebec", "Québec")],
           [("Medical Devices Compliance", "Conformité des instruments médicaux"),
            ("Controlled Substances", "Substances contrôlées"),
            ("Consumer Product Safety", "Sécurité des produits de consommation"),
            ("Pesticide Evaluation", "Évaluation des pesticides"),
            ("Tobacco Control", "Lutte contre le tabagisme"),
            ("Radiation Protection", "Radioprotection")],
           [("Regulatory Operations and Enforcement Branch", "Direction générale des opérations réglementaires et de l'application de la loi"),
            ("Healthy Environments and Consumer Safety Branch", "Direction générale de la santé environnementale et de la sécurité des consommateurs")]),
    "PHAC": ("Public Health Agency of Canada", "Agence de la santé publique du Canada",
             [("Ottawa", "Ontario", "Ontario"), ("Winnipeg", "Manitoba", "Manitoba")],
             [("Immunization Programs", "Programmes d'immunisation"),
              ("Laboratory Biosafety", "Biosécurité des laboratoires"),
              ("Health Security Infrastructure", "Infrastructure de sécurité sanitaire"),
              ("Chronic Disease Surveillance", "Surveillance des maladies chroniques"),
              ("Border and Travel Health", "Santé aux frontières et des voyageurs"),
              ("Health Promotion", "Promotion de la santé")],
             [("Infectious Diseases and Vaccination Programs Branch", "Direction générale des maladies infectieuses et des programmes de vaccination"),
              ("National Microbiology Laboratory Branch", "Direction générale du Laboratoire national de microbiologie")]),
}

# (title_en, title_fr, classification prefix)
REPORTS_LOW = [
    ("Manager, Operations", "Gestionnaire, Opérations", "AS-07"),
    ("Manager, Policy Analysis", "Gestionnaire, Analyse des politiques", "EC-07"),
    ("Senior Policy Advisor", "Conseiller principal en politiques", "EC-07"),
    ("Manager, Financial Planning", "Gestionnaire, Planification financière", "FI-03"),
    ("Manager, Systems Development", "Gestionnaire, Développement des systèmes", "CS-04"),
    ("Team Leader, Program Delivery", "Chef d'équipe, Prestation des programmes", "PM-06"),
    ("Senior Analyst, Performance Measurement", "Analyste principal, Mesure du rendement", "EC-06"),
    ("Chief, Data Analytics", "Chef, Analytique des données", "EC-07"),
    ("Manager, Communications", "Gestionnaire, Communications", "IS-05"),
    ("Manager, Procurement", "Gestionnaire, Approvisionnement", "PG-05"),
    ("Manager, Science Advice", "Gestionnaire, Avis scientifiques", "BI-04"),
    ("Manager, Engineering Services", "Gestionnaire, Services d'ingénierie", "EN-ENG-05"),
    ("Manager, Inspection Program", "Gestionnaire, Programme d'inspection", "TI-07"),
    ("Manager, Grants and Contributions", "Gestionnaire, Subventions et contributions", "PM-06"),
    ("Senior Advisor, Indigenous Relations", "Conseillère principale, Relations avec les Autochtones", "PM-06"),
    ("Manager, Case Processing", "Gestionnaire, Traitement des cas", "PM-05"),
    ("Manager, Compliance and Enforcement", "Gestionnaire, Conformité et application de la loi", "PM-06"),
    ("Chief, Business Planning", "Chef, Planification des activités", "AS-06"),
]

GIVEN = ["Marie-Josée", "Daniel", "Priya", "Kevin", "Nathalie", "Ahmed", "Geneviève", "Robert", "Chantal",
         "Olumide", "Sarah", "François", "Mei-Ling", "Patrick", "Isabelle", "Jordan", "Hélène", "Gurpreet",
         "Luc", "Amanda", "Stéphane", "Joanne", "Raymond", "Annie", "Tariq", "Catherine", "Sylvain", "Dana"]
FAMILY = ["Tremblay", "Okafor", "MacLeod", "Gagnon", "Bhattacharya", "Côté", "Whitehorse", "Lavoie", "Fitzgerald",
          "Bouchard", "Nakamura", "Desjardins", "O'Brien", "Pelletier", "Sandhu", "Lachance", "Morrison", "Thibodeau",
          "Kowalczyk", "Bélanger", "Ferreira", "Arsenault", "Chartrand", "Lindqvist", "Poitras", "Haddad", "Corbeil"]

GA_EN = [
    "The {rank} is accountable for the leadership, planning and delivery of the {area_l} program on behalf of {dept}, "
    "ensuring that policies, operations and services are aligned with departmental priorities and the Government of Canada's commitments.",
    "Provides strategic direction and management for {area_l}, including the development of policy frameworks, "
    "operational standards and performance measures, and leads the provision of expert advice to senior management and central agencies.",
    "Directs the design, implementation and continuous improvement of national {area_l} activities and services, "
    "manages the human and financial resources of the organization, and represents {dept} with partners, stakeholders and other jurisdictions.",
    "Is accountable for providing leadership, integrated planning and oversight of the {area_l} function, and for ensuring "
    "timely, evidence-based advice and quality service to clients across the department and in the regions.",
]
GA_FR = [
    "Le ou la titulaire est responsable du leadership, de la planification et de la prestation du programme de {area_l} au nom de {dept}, "
    "en veillant à ce que les politiques, les opérations et les services concordent avec les priorités ministérielles.",
    "Assure l'orientation stratégique et la gestion des activités de {area_l}, y compris l'élaboration des cadres stratégiques, "
    "des normes opérationnelles et des mesures du rendement, et dirige la prestation de conseils d'expert à la haute direction et aux organismes centraux.",
    "Dirige la conception, la mise en œuvre et l'amélioration continue des activités et des services nationaux de {area_l}, "
    "gère les ressources humaines et financières de l'organisation et représente {dept} auprès des partenaires et des intervenants.",
    "Est responsable du leadership, de la planification intégrée et de la surveillance de la fonction de {area_l}, et de la prestation "
    "de conseils fondés sur des données probantes et d'un service de qualité aux clients du ministère et des régions.",
]
NS_EN = [
    "{dept} operates in a complex environment shaped by legislative and regulatory obligations, shifting government priorities, "
    "heightened public scrutiny and the expectations of Indigenous partners, provinces, territories and industry. "
    "The {rank} must reconcile competing priorities of internal and external stakeholders and deliver on commitments within tight timelines.",
    "The work of the directorate is closely aligned with the department's mandate and supports policy development, program integrity "
    "and service excellence. Major challenges include modernizing aging systems, recruiting and retaining specialized staff, "
    "and maintaining program delivery during periods of sustained demand.",
    "The incumbent leads a range of inter-dependent analytical, operational and partnership activities. Decisions and advice "
    "have a direct impact on the department's reputation, on the health and safety of Canadians and on the efficient use of public funds.",
]
NS_FR = [
    "{dept} évolue dans un environnement complexe marqué par des obligations législatives et réglementaires, l'évolution des priorités "
    "gouvernementales, un examen public accru et les attentes des partenaires autochtones, des provinces, des territoires et de l'industrie.",
    "Le travail de la direction est étroitement lié au mandat du ministère et appuie l'élaboration des politiques, l'intégrité des programmes "
    "et l'excellence du service. Les principaux défis comprennent la modernisation de systèmes vieillissants ainsi que le recrutement "
    "et le maintien en poste d'un personnel spécialisé.",
    "Le ou la titulaire dirige un ensemble d'activités interdépendantes d'analyse, d'opérations et de partenariat. Ses décisions et ses "
    "conseils ont une incidence directe sur la réputation du ministère et sur l'utilisation efficiente des fonds publics.",
]
SA_EN = [
    "Develops and implements policy and program frameworks, strategies and plans to advance departmental priorities and business objectives.",
    "Provides advice, guidance and direction to the Assistant Deputy Minister and senior management committees on existing and emerging issues.",
    "Leads the delivery of programs and services, including workforce planning, performance management and continuous improvement.",
    "Establishes the directorate's priorities and manages its human, financial and material resources with prudence and probity.",
    "Represents the department with central agencies, other federal organizations, provinces, territories and stakeholders.",
    "Directs the development of performance measurement, evaluation and reporting frameworks for the programs under its responsibility.",
    "Leads the preparation of briefing materials, Memoranda to Cabinet and Treasury Board submissions.",
    "Fosters a healthy, diverse and inclusive workplace and promotes official languages, values and ethics.",
    "Negotiates agreements and partnership arrangements with federal, provincial, territorial and Indigenous partners.",
    "Oversees risk management, audit follow-up and the integrity of program operations.",
]
SA_FR = [
    "Élabore et met en œuvre les cadres stratégiques et de programmes, les stratégies et les plans visant à faire progresser les priorités du ministère.",
    "Fournit des conseils, une orientation et une direction au sous-ministre adjoint et aux comités de la haute direction.",
    "Dirige la prestation des programmes et des services, y compris la planification de l'effectif et la gestion du rendement.",
    "Établit les priorités de la direction et gère ses ressources humaines, financières et matérielles avec prudence et probité.",
    "Représente le ministère auprès des organismes centraux, des autres organisations fédérales, des provinces et des territoires.",
    "Dirige l'élaboration des cadres de mesure du rendement, d'évaluation et de production de rapports.",
    "Dirige la préparation des documents d'information, des mémoires au Cabinet et des présentations au Conseil du Trésor.",
    "Favorise un milieu de travail sain, diversifié et inclusif et fait la promotion des langues officielles, des valeurs et de l'éthique.",
    "Négocie des ententes et des partenariats avec les partenaires fédéraux, provinciaux, territoriaux et autochtones.",
    "Supervise la gestion des risques, le suivi des vérifications et l'intégrité des opérations de programme.",
]
CSR_EN = "Provides {area_l} policy, programs and services to Canadians, departmental clients and partners."
CSR_FR = "Fournit des politiques, des programmes et des services de {area_l} aux Canadiens, aux clients du ministère et aux partenaires."
