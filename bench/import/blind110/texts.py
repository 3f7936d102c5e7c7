"""Departments, functions, prose, label sets and names for the blind110 corpus.

Every position and person is invented. The departments are real, with the names they had
before a renaming (the corpus is about descriptions edited across reorganizations)."""

# key: (current English, current French, former English or None, former French or None, short, city)
DEPARTMENTS = {
    "ISC": ("Indigenous Services Canada", "Services aux Autochtones Canada",
            "Indigenous and Northern Affairs Canada", "Affaires autochtones et du Nord Canada", "ISC"),
    "CIRNAC": ("Crown-Indigenous Relations and Northern Affairs Canada",
               "Relations Couronne-Autochtones et Affaires du Nord Canada",
               "Indigenous and Northern Affairs Canada", "Affaires autochtones et du Nord Canada", "CIRNAC"),
    "PSPC": ("Public Services and Procurement Canada", "Services publics et Approvisionnement Canada",
             "Public Works and Government Services Canada", "Travaux publics et Services gouvernementaux Canada",
             "PSPC"),
    "ESDC": ("Employment and Social Development Canada", "Emploi et Développement social Canada",
             "Human Resources and Skills Development Canada",
             "Ressources humaines et Développement des compétences Canada", "ESDC"),
    "ISED": ("Innovation, Science and Economic Development Canada",
             "Innovation, Sciences et Développement économique Canada", "Industry Canada", "Industrie Canada",
             "ISED"),
    "IRCC": ("Immigration, Refugees and Citizenship Canada", "Immigration, Réfugiés et Citoyenneté Canada",
             "Citizenship and Immigration Canada", "Citoyenneté et Immigration Canada", "IRCC"),
    "ECCC": ("Environment and Climate Change Canada", "Environnement et Changement climatique Canada",
             "Environment Canada", "Environnement Canada", "ECCC"),
    "GAC": ("Global Affairs Canada", "Affaires mondiales Canada",
            "Foreign Affairs, Trade and Development Canada", "Affaires étrangères, Commerce et Développement Canada",
            "GAC"),
    "WAGE": ("Women and Gender Equality Canada", "Femmes et Égalité des genres Canada",
             "Status of Women Canada", "Condition féminine Canada", "WAGE"),
    "PRAIRIESCAN": ("Prairies Economic Development Canada", "Développement économique Canada pour les Prairies",
                    "Western Economic Diversification Canada", "Diversification de l'économie de l'Ouest Canada",
                    "PrairiesCan"),
    "HICC": ("Housing, Infrastructure and Communities Canada", "Logement, Infrastructures et Collectivités Canada",
             "Infrastructure Canada", "Infrastructure Canada", "HICC"),
    "PCH": ("Canadian Heritage", "Patrimoine canadien", None, None, "PCH"),
    "SSC": ("Shared Services Canada", "Services partagés Canada", None, None, "SSC"),
    "DFO": ("Fisheries and Oceans Canada", "Pêches et Océans Canada", None, None, "DFO"),
    "TC": ("Transport Canada", "Transports Canada", None, None, "TC"),
    "AAFC": ("Agriculture and Agri-Food Canada", "Agriculture et Agroalimentaire Canada", None, None, "AAFC"),
    "STATCAN": ("Statistics Canada", "Statistique Canada", None, None, "StatCan"),
    "VAC": ("Veterans Affairs Canada", "Anciens Combattants Canada", None, None, "VAC"),
}

# (city EN, province EN, city FR, province FR)
LOCATIONS = {
    "Gatineau": ("Gatineau", "Quebec", "Gatineau", "Québec"),
    "Ottawa": ("Ottawa", "Ontario", "Ottawa", "Ontario"),
    "Winnipeg": ("Winnipeg", "Manitoba", "Winnipeg", "Manitoba"),
    "Edmonton": ("Edmonton", "Alberta", "Edmonton", "Alberta"),
    "Vancouver": ("Vancouver", "British Columbia", "Vancouver", "Colombie-Britannique"),
    "Halifax": ("Halifax", "Nova Scotia", "Halifax", "Nouvelle-Écosse"),
    "Montreal": ("Montreal", "Quebec", "Montréal", "Québec"),
    "Toronto": ("Toronto", "Ontario", "Toronto", "Ontario"),
    "Regina": ("Regina", "Saskatchewan", "Regina", "Saskatchewan"),
    "Moncton": ("Moncton", "New Brunswick", "Moncton", "Nouveau-Brunswick"),
    "Charlottetown": ("Charlottetown", "Prince Edward Island", "Charlottetown", "Île-du-Prince-Édouard"),
    "Quebec": ("Québec", "Quebec", "Québec", "Québec"),
    "Yellowknife": ("Yellowknife", "Northwest Territories", "Yellowknife", "Territoires du Nord-Ouest"),
    "Saskatoon": ("Saskatoon", "Saskatchewan", "Saskatoon", "Saskatchewan"),
}

FIRST = ["Marianne", "Dev", "Huguette", "Colin", "Ngozi", "Étienne", "Priya", "Laurent", "Siobhan", "Kwame",
         "Geneviève", "Tobias", "Anjali", "Rémi", "Moira", "Farid", "Chantal", "Brendan", "Yasmin", "Olivier",
         "Theresa", "Jasper", "Nadia", "Réjean", "Leona", "Mathieu", "Ingrid", "Arjun", "Solange", "Declan",
         "Mei-Lin", "Benoît", "Rosalind", "Hamza", "Isabelle", "Warren", "Amélie", "Ravi", "Josée", "Callum"]
LAST = ["Thibodeau", "Okonkwo", "Lachapelle", "MacIsaac", "Venkataraman", "Desrochers", "Halvorsen",
        "Boudreau-Kline", "Abernethy", "Nadeau", "Tremblay-Ross", "Oyelaran", "Fitzgerald", "Paquin", "Lindqvist",
        "Haddad", "Beaulieu", "Kowalczyk", "St-Germain", "Mbeki", "Rousseau", "Gallant", "Achterberg", "Pelletier",
        "Sinclair", "Morin-Hatfield", "Dubé", "Carmichael", "Ouellette", "Stroud", "Laframboise", "Iqbal",
        "Villeneuve", "Whitcombe", "Charbonneau", "Nakamura", "Lévesque", "Brennan", "Côté-Ashby", "Mackenzie"]

# A function: areas (current EN, current FR, former EN, former FR), the branch (EN, FR, former EN,
# former FR), the ADM over it (EN, FR, former EN, former FR), report titles (EN, FR, groups), prose.
FUNCTIONS = {
    "digital": dict(
        areas=[("Digital Services", "Services numériques", "IM/IT", "GI-TI"),
               ("Enterprise Applications", "Applications ministérielles", "Application Development",
                "Développement des applications"),
               ("Data and Information Management", "Gestion des données et de l'information",
                "Information Management", "Gestion de l'information")],
        branch=("Digital Services Branch", "Direction générale des services numériques",
                "Chief Information Officer Branch", "Direction générale du dirigeant principal de l'information"),
        adm=("Assistant Deputy Minister, Digital Services", "Sous-ministre adjoint, Services numériques",
             "Chief Information Officer", "Dirigeant principal de l'information"),
        reports=[("Manager, Application Services", "Gestionnaire, Services des applications", "CS-04"),
                 ("Manager, Infrastructure and Operations", "Gestionnaire, Infrastructure et opérations", "CS-04"),
                 ("Manager, Cyber Security", "Gestionnaire, Cybersécurité", "CS-04"),
                 ("Manager, Data Platforms", "Gestionnaire, Plateformes de données", "CS-04"),
                 ("Senior Advisor, IT Planning", "Conseiller principal, Planification de la TI", "CS-03"),
                 ("Manager, Client Relationship Management", "Gestionnaire, Relations avec la clientèle", "CS-03")],
        directors=[("Director, Solutions Delivery", "Directeur, Prestation des solutions"),
                   ("Director, Enterprise Architecture", "Directrice, Architecture d'entreprise"),
                   ("Director, Service Management", "Directeur, Gestion des services"),
                   ("Director, Information and Data Stewardship", "Directrice, Intendance de l'information et des données")],
        ga_en="accountable for the planning, delivery and continuous improvement of the department's digital "
              "services, applications and information management program, and for providing strategic advice on "
              "the modernization of legacy systems in line with the Policy on Service and Digital.",
        ga_fr="responsable de la planification, de la prestation et de l'amélioration continue des services "
              "numériques, des applications et du programme de gestion de l'information du Ministère, ainsi que "
              "des conseils stratégiques sur la modernisation des systèmes patrimoniaux conformément à la "
              "Politique sur les services et le numérique.",
        acc_en=["Directs the delivery of enterprise applications and digital services to program and corporate "
                "clients across the department.",
                "Leads the modernization of legacy systems and the migration of workloads to cloud services in "
                "collaboration with Shared Services Canada.",
                "Establishes governance, standards and architecture for digital investments and presents "
                "proposals to the departmental investment committee.",
                "Manages the IT security posture of departmental systems and the response to cyber incidents.",
                "Represents the department on interdepartmental committees led by the Office of the Chief "
                "Information Officer of Canada.",
                "Manages the human, financial and material resources of the directorate."],
        acc_fr=["Dirige la prestation des applications ministérielles et des services numériques aux clients des "
                "programmes et des services internes.",
                "Dirige la modernisation des systèmes patrimoniaux et la migration des charges de travail vers "
                "l'infonuagique, en collaboration avec Services partagés Canada.",
                "Établit la gouvernance, les normes et l'architecture des investissements numériques et présente "
                "les propositions au comité ministériel des investissements.",
                "Gère la posture de sécurité des TI des systèmes ministériels et l'intervention en cas "
                "d'incident cybernétique.",
                "Représente le Ministère aux comités interministériels dirigés par le Bureau du dirigeant "
                "principal de l'information du Canada.",
                "Gère les ressources humaines, financières et matérielles de la direction."],
    ),
    "finance": dict(
        areas=[("Financial Planning and Resource Management", "Planification financière et gestion des ressources",
                "Corporate Finance", "Finances ministérielles"),
               ("Financial Operations and Systems", "Opérations et systèmes financiers", "Accounting Operations",
                "Opérations comptables"),
               ("Costing and Investment Planning", "Établissement des coûts et planification des investissements",
                "Resource Management", "Gestion des ressources")],
        branch=("Chief Financial Officer Branch", "Direction générale du dirigeant principal des finances",
                "Finance and Administration Branch", "Direction générale des finances et de l'administration"),
        adm=("Chief Financial Officer", "Dirigeante principale des finances",
             "Assistant Deputy Minister, Finance and Administration",
             "Sous-ministre adjoint, Finances et administration"),
        reports=[("Manager, Budget Planning", "Gestionnaire, Planification budgétaire", "FI-03"),
                 ("Manager, Financial Reporting", "Gestionnaire, Rapports financiers", "FI-03"),
                 ("Manager, Accounts Payable", "Gestionnaire, Comptes créditeurs", "FI-02"),
                 ("Manager, Costing Centre of Expertise", "Gestionnaire, Centre d'expertise en établissement des coûts", "FI-03"),
                 ("Senior Financial Advisor", "Conseillère financière principale", "FI-04"),
                 ("Manager, Financial Systems", "Gestionnaire, Systèmes financiers", "CS-03")],
        directors=[("Director, Budget Management", "Directrice, Gestion budgétaire"),
                   ("Director, Financial Policy and Controls", "Directeur, Politiques et contrôles financiers"),
                   ("Director, Accounting Operations", "Directeur, Opérations comptables"),
                   ("Director, Investment Planning", "Directrice, Planification des investissements")],
        ga_en="accountable for the department's financial planning, budgeting and resource allocation, for the "
              "integrity of its financial reporting, and for providing timely advice to senior management on the "
              "financial implications of program and policy decisions.",
        ga_fr="responsable de la planification financière, de l'établissement des budgets et de l'affectation "
              "des ressources du Ministère, de l'intégrité de ses rapports financiers et de la prestation de "
              "conseils opportuns à la haute direction sur les incidences financières des décisions.",
        acc_en=["Leads the departmental budget cycle, including the Main and Supplementary Estimates and the "
                "in-year forecasting of expenditures.",
                "Provides strategic financial advice to the Chief Financial Officer, branch heads and "
                "departmental committees.",
                "Directs the costing of new proposals, Treasury Board submissions and Memoranda to Cabinet.",
                "Maintains the system of internal control over financial reporting.",
                "Represents the department with the Treasury Board Secretariat and the Department of Finance "
                "on resource management issues.",
                "Manages the human and financial resources of the directorate."],
        acc_fr=["Dirige le cycle budgétaire du Ministère, y compris le Budget principal et les Budgets "
                "supplémentaires des dépenses ainsi que les prévisions en cours d'exercice.",
                "Fournit des conseils financiers stratégiques à la dirigeante principale des finances, aux chefs "
                "des directions générales et aux comités ministériels.",
                "Dirige l'établissement des coûts des nouvelles propositions, des présentations au Conseil du "
                "Trésor et des mémoires au Cabinet.",
                "Maintient le système de contrôle interne en matière de rapports financiers.",
                "Représente le Ministère auprès du Secrétariat du Conseil du Trésor et du ministère des Finances.",
                "Gère les ressources humaines et financières de la direction."],
    ),
    "hr": dict(
        areas=[("People and Culture", "Personnes et culture", "Human Resources Operations",
                "Opérations des ressources humaines"),
               ("Workforce Management", "Gestion de l'effectif", "Staffing and Classification",
                "Dotation et classification"),
               ("Workplace Well-being", "Mieux-être en milieu de travail", "Labour Relations",
                "Relations de travail")],
        branch=("People and Culture Branch", "Direction générale des personnes et de la culture",
                "Human Resources Branch", "Direction générale des ressources humaines"),
        adm=("Assistant Deputy Minister, People and Culture", "Sous-ministre adjointe, Personnes et culture",
             "Director General, Human Resources", "Directeur général, Ressources humaines"),
        reports=[("Manager, Staffing Operations", "Gestionnaire, Opérations de dotation", "PE-05"),
                 ("Manager, Classification", "Gestionnaire, Classification", "PE-05"),
                 ("Manager, Labour Relations", "Gestionnaire, Relations de travail", "PE-05"),
                 ("Manager, Executive Services", "Gestionnaire, Services aux cadres", "PE-06"),
                 ("Manager, Occupational Health and Safety", "Gestionnaire, Santé et sécurité au travail", "AS-07"),
                 ("Senior Advisor, HR Planning", "Conseiller principal, Planification des RH", "PE-04")],
        directors=[("Director, Staffing and Recruitment", "Directeur, Dotation et recrutement"),
                   ("Director, Labour Relations and Compensation", "Directrice, Relations de travail et rémunération"),
                   ("Director, Executive Group Services", "Directrice, Services au groupe de la direction"),
                   ("Director, Workplace Health", "Directeur, Santé en milieu de travail")],
        ga_en="accountable for the design and delivery of human resources programs and advisory services, "
              "including staffing, classification, labour relations and workplace well-being, in support of a "
              "diverse, healthy and high-performing workforce.",
        ga_fr="responsable de la conception et de la prestation des programmes et des services consultatifs en "
              "ressources humaines, y compris la dotation, la classification, les relations de travail et le "
              "mieux-être en milieu de travail, à l'appui d'un effectif diversifié, sain et performant.",
        acc_en=["Directs the delivery of staffing, classification and labour relations services to managers "
                "across the department.",
                "Develops departmental human resources policies, directives and guidelines and monitors "
                "their application.",
                "Leads integrated workforce planning and the employment equity, diversity and inclusion action "
                "plan.",
                "Advises senior management on collective agreements, grievances and complex people management "
                "cases.",
                "Represents the department with the Office of the Chief Human Resources Officer and the Public "
                "Service Commission.",
                "Manages the human and financial resources of the directorate."],
        acc_fr=["Dirige la prestation des services de dotation, de classification et de relations de travail aux "
                "gestionnaires du Ministère.",
                "Élabore les politiques, directives et lignes directrices ministérielles en ressources humaines "
                "et en surveille l'application.",
                "Dirige la planification intégrée de l'effectif et le plan d'action sur l'équité en emploi, la "
                "diversité et l'inclusion.",
                "Conseille la haute direction sur les conventions collectives, les griefs et les cas complexes "
                "de gestion des personnes.",
                "Représente le Ministère auprès du Bureau de la dirigeante principale des ressources humaines et "
                "de la Commission de la fonction publique.",
                "Gère les ressources humaines et financières de la direction."],
    ),
    "programs": dict(
        areas=[("Program Operations", "Opérations des programmes", "Grants and Contributions",
                "Subventions et contributions"),
               ("Community Infrastructure", "Infrastructure communautaire", "Capital Facilities and Maintenance",
                "Immobilisations et entretien"),
               ("Program Delivery, West", "Prestation des programmes, Ouest", "Regional Operations, Prairies",
                "Opérations régionales, Prairies")],
        branch=("Regional Operations Sector", "Secteur des opérations régionales",
                "Programs and Partnerships Sector", "Secteur des programmes et des partenariats"),
        adm=("Assistant Deputy Minister, Regional Operations", "Sous-ministre adjoint, Opérations régionales",
             "Assistant Deputy Minister, Programs and Partnerships",
             "Sous-ministre adjoint, Programmes et partenariats"),
        reports=[("Manager, Funding Services", "Gestionnaire, Services de financement", "PM-06"),
                 ("Manager, Program Monitoring", "Gestionnaire, Surveillance des programmes", "PM-06"),
                 ("Manager, Capital Projects", "Gestionnaire, Projets d'immobilisations", "EN-ENG-05"),
                 ("Manager, Partnerships and Engagement", "Gestionnaire, Partenariats et mobilisation", "PM-06"),
                 ("Senior Program Advisor", "Conseillère principale en programmes", "PM-05"),
                 ("Manager, Program Integrity", "Gestionnaire, Intégrité des programmes", "PM-06")],
        directors=[("Director, Funding Programs", "Directeur, Programmes de financement"),
                   ("Director, Capital Programs", "Directrice, Programmes d'immobilisations"),
                   ("Director, Partnerships", "Directeur, Partenariats"),
                   ("Director, Program Integrity and Reporting", "Directrice, Intégrité des programmes et rapports")],
        ga_en="accountable for the delivery of grants and contributions programs in the region, for the "
              "negotiation and management of funding agreements with communities, organizations and other "
              "governments, and for the results, integrity and accountability of the programs delivered.",
        ga_fr="responsable de la prestation des programmes de subventions et de contributions dans la région, de "
              "la négociation et de la gestion des accords de financement avec les collectivités, les "
              "organismes et les autres gouvernements, ainsi que des résultats et de l'intégrité des programmes.",
        acc_en=["Directs the intake, assessment and approval of funding proposals and the management of "
                "contribution agreements.",
                "Builds and maintains relationships with recipient organizations, provincial and territorial "
                "governments and other federal departments.",
                "Oversees the monitoring, recipient audits and performance reporting of programs delivered.",
                "Provides advice to the Assistant Deputy Minister on program design, regional priorities and "
                "emerging issues.",
                "Leads the implementation of modernized service standards for funding recipients.",
                "Manages the human, financial and material resources of the directorate."],
        acc_fr=["Dirige la réception, l'évaluation et l'approbation des propositions de financement ainsi que la "
                "gestion des accords de contribution.",
                "Établit et entretient des relations avec les bénéficiaires, les gouvernements provinciaux et "
                "territoriaux et les autres ministères fédéraux.",
                "Supervise la surveillance, les vérifications des bénéficiaires et les rapports sur le rendement "
                "des programmes.",
                "Conseille le sous-ministre adjoint sur la conception des programmes, les priorités régionales et "
                "les enjeux émergents.",
                "Dirige la mise en œuvre de normes de service modernisées pour les bénéficiaires.",
                "Gère les ressources humaines, financières et matérielles de la direction."],
    ),
    "policy": dict(
        areas=[("Strategic Policy and Planning", "Politiques stratégiques et planification",
                "Policy and Research", "Politiques et recherche"),
               ("Intergovernmental Affairs", "Affaires intergouvernementales", "Federal-Provincial Relations",
                "Relations fédérales-provinciales"),
               ("Economic Analysis", "Analyse économique", "Research and Statistics", "Recherche et statistique")],
        branch=("Strategic Policy Branch", "Direction générale de la politique stratégique",
                "Policy, Planning and Research Branch", "Direction générale des politiques, de la planification "
                "et de la recherche"),
        adm=("Assistant Deputy Minister, Strategic Policy", "Sous-ministre adjointe, Politique stratégique",
             "Assistant Deputy Minister, Policy and Planning", "Sous-ministre adjoint, Politiques et planification"),
        reports=[("Manager, Policy Development", "Gestionnaire, Élaboration des politiques", "EC-07"),
                 ("Manager, Cabinet Affairs", "Gestionnaire, Affaires du Cabinet", "EC-07"),
                 ("Manager, Economic Research", "Gestionnaire, Recherche économique", "EC-07"),
                 ("Senior Policy Advisor", "Conseiller principal en politiques", "EC-06"),
                 ("Manager, Federal-Provincial Relations", "Gestionnaire, Relations fédérales-provinciales", "EC-07"),
                 ("Executive Assistant", "Adjointe exécutive", "AS-02")],
        directors=[("Director, Policy Development", "Directrice, Élaboration des politiques"),
                   ("Director, Cabinet and Parliamentary Affairs", "Directeur, Affaires du Cabinet et parlementaires"),
                   ("Director, Research and Data", "Directrice, Recherche et données"),
                   ("Director, Intergovernmental Relations", "Directeur, Relations intergouvernementales")],
        ga_en="accountable for the development of strategic policy advice and research on the department's "
              "mandate, for the coordination of Cabinet and intergovernmental business, and for ensuring that "
              "policy proposals rest on sound evidence and reflect the views of partners and stakeholders.",
        ga_fr="responsable de l'élaboration de conseils stratégiques et de la recherche liés au mandat du "
              "Ministère, de la coordination des affaires du Cabinet et des affaires intergouvernementales, et "
              "de veiller à ce que les propositions reposent sur des données probantes.",
        acc_en=["Directs the development of policy frameworks, Memoranda to Cabinet and briefing materials for "
                "the Minister and the Deputy Minister.",
                "Leads research and economic analysis in support of evidence-based policy development.",
                "Coordinates the department's relations with provinces, territories and Indigenous partners on "
                "policy matters.",
                "Chairs or co-chairs federal-provincial-territorial working groups.",
                "Advises senior management on emerging issues, trends and risks.",
                "Manages the human and financial resources of the directorate."],
        acc_fr=["Dirige l'élaboration des cadres stratégiques, des mémoires au Cabinet et des documents "
                "d'information destinés au ministre et au sous-ministre.",
                "Dirige la recherche et l'analyse économique à l'appui de politiques fondées sur des données "
                "probantes.",
                "Coordonne les relations du Ministère avec les provinces, les territoires et les partenaires "
                "autochtones en matière de politiques.",
                "Préside ou copréside des groupes de travail fédéraux-provinciaux-territoriaux.",
                "Conseille la haute direction sur les enjeux, les tendances et les risques émergents.",
                "Gère les ressources humaines et financières de la direction."],
    ),
    "realprop": dict(
        areas=[("Real Property and Workplace Solutions", "Biens immobiliers et solutions en milieu de travail",
                "Accommodation and Facilities", "Locaux et installations"),
               ("Asset Management", "Gestion des actifs", "Property Management", "Gestion immobilière"),
               ("Security and Emergency Management", "Sécurité et gestion des urgences", "Departmental Security",
                "Sécurité ministérielle")],
        branch=("Corporate Services Branch", "Direction générale des services ministériels",
                "Corporate Management Branch", "Direction générale de la gestion ministérielle"),
        adm=("Assistant Deputy Minister, Corporate Services", "Sous-ministre adjoint, Services ministériels",
             "Chief Financial Officer", "Dirigeant principal des finances"),
        reports=[("Manager, Accommodation Services", "Gestionnaire, Services des locaux", "AS-07"),
                 ("Manager, Facilities Operations", "Gestionnaire, Exploitation des installations", "AS-06"),
                 ("Manager, Departmental Security", "Gestionnaire, Sécurité ministérielle", "PM-06"),
                 ("Manager, Business Continuity", "Gestionnaire, Continuité des activités", "AS-06"),
                 ("Senior Project Manager, Workplace Modernization",
                  "Gestionnaire principal de projets, Modernisation du milieu de travail", "EN-ENG-05"),
                 ("Manager, Asset Planning", "Gestionnaire, Planification des actifs", "AS-07")],
        directors=[("Director, Workplace Solutions", "Directeur, Solutions en milieu de travail"),
                   ("Director, Departmental Security", "Directrice, Sécurité ministérielle"),
                   ("Director, Asset Planning", "Directeur, Planification des actifs")],
        ga_en="accountable for the planning and management of the department's real property, accommodation "
              "and workplace services, security and business continuity, ensuring safe, functional and modern "
              "workplaces that support the delivery of programs and services.",
        ga_fr="responsable de la planification et de la gestion des biens immobiliers, des locaux, des services "
              "en milieu de travail, de la sécurité et de la continuité des activités du Ministère, afin "
              "d'assurer des milieux de travail sûrs, fonctionnels et modernes.",
        acc_en=["Directs the national accommodation program and the modernization of office space to "
                "GCworkplace standards.",
                "Manages the departmental security program, including physical security and personnel "
                "screening.",
                "Leads business continuity planning and emergency management for the department.",
                "Negotiates accommodation arrangements with Public Services and Procurement Canada.",
                "Provides strategic advice to senior management on real property investments and risks.",
                "Manages the human, financial and material resources of the directorate."],
        acc_fr=["Dirige le programme national des locaux et la modernisation des espaces de bureau selon les "
                "normes du Milieu de travail GC.",
                "Gère le programme de sécurité ministériel, y compris la sécurité matérielle et le filtrage du "
                "personnel.",
                "Dirige la planification de la continuité des activités et la gestion des urgences du Ministère.",
                "Négocie les ententes relatives aux locaux avec Services publics et Approvisionnement Canada.",
                "Fournit des conseils stratégiques à la haute direction sur les investissements immobiliers.",
                "Gère les ressources humaines, financières et matérielles de la direction."],
    ),
    "comms": dict(
        areas=[("Communications and Public Affairs", "Communications et affaires publiques",
                "Public Affairs and Portfolio Management", "Affaires publiques et gestion du portefeuille"),
               ("Digital Communications", "Communications numériques", "Web Services", "Services Web"),
               ("Ministerial Services", "Services ministériels", "Executive Correspondence",
                "Correspondance de la haute direction")],
        branch=("Communications and Public Affairs Branch", "Direction générale des communications et des "
                "affaires publiques", "Public Affairs Branch", "Direction générale des affaires publiques"),
        adm=("Assistant Deputy Minister, Communications and Public Affairs",
             "Sous-ministre adjoint, Communications et affaires publiques",
             "Director General, Communications", "Directrice générale, Communications"),
        reports=[("Manager, Strategic Communications", "Gestionnaire, Communications stratégiques", "IS-06"),
                 ("Manager, Media Relations", "Gestionnaire, Relations avec les médias", "IS-05"),
                 ("Manager, Web and Social Media", "Gestionnaire, Web et médias sociaux", "IS-05"),
                 ("Manager, Ministerial Correspondence", "Gestionnaire, Correspondance ministérielle", "AS-05"),
                 ("Senior Communications Advisor", "Conseillère principale en communications", "IS-05"),
                 ("Manager, Events and Marketing", "Gestionnaire, Événements et marketing", "IS-05")],
        directors=[("Director, Strategic Communications", "Directrice, Communications stratégiques"),
                   ("Director, Media Relations and Issues Management", "Directeur, Relations avec les médias et gestion des enjeux"),
                   ("Director, Digital Communications", "Directeur, Communications numériques")],
        ga_en="accountable for the planning and delivery of the department's communications, media relations, "
              "digital communications and ministerial services, ensuring that Canadians receive clear, timely and "
              "accessible information in both official languages.",
        ga_fr="responsable de la planification et de la prestation des communications, des relations avec les "
              "médias, des communications numériques et des services ministériels du Ministère, afin que la "
              "population reçoive une information claire, opportune et accessible dans les deux langues officielles.",
        acc_en=["Directs the development of strategic communications plans for departmental programs and "
                "announcements.",
                "Manages media relations and issues management, and advises the Minister's Office on "
                "communications matters.",
                "Oversees the department's web presence and social media channels on Canada.ca.",
                "Ensures compliance with the Policy on Communications and Federal Identity.",
                "Leads the coordination of ministerial correspondence and parliamentary returns.",
                "Manages the human and financial resources of the directorate."],
        acc_fr=["Dirige l'élaboration des plans de communication stratégique pour les programmes et les annonces "
                "du Ministère.",
                "Gère les relations avec les médias et la gestion des enjeux, et conseille le cabinet du ministre.",
                "Supervise la présence Web du Ministère et ses médias sociaux sur Canada.ca.",
                "Veille au respect de la Politique sur les communications et l'image de marque.",
                "Dirige la coordination de la correspondance ministérielle et des documents parlementaires.",
                "Gère les ressources humaines et financières de la direction."],
    ),
    "audit": dict(
        areas=[("Internal Audit", "Vérification interne", "Audit and Assurance Services",
                "Services de vérification et d'assurance"),
               ("Evaluation", "Évaluation", "Audit and Evaluation", "Vérification et évaluation"),
               ("Results and Delivery", "Résultats et exécution", "Performance Measurement",
                "Mesure du rendement")],
        branch=("Audit and Evaluation Branch", "Direction générale de la vérification et de l'évaluation",
                "Audit and Evaluation Sector", "Secteur de la vérification et de l'évaluation"),
        adm=("Chief Audit and Evaluation Executive", "Dirigeant principal de la vérification et de l'évaluation",
             "Director General, Audit and Evaluation", "Directeur général, Vérification et évaluation"),
        reports=[("Audit Manager", "Gestionnaire de la vérification", "AU-04"),
                 ("Senior Audit Manager", "Gestionnaire principale de la vérification", "AU-05"),
                 ("Evaluation Manager", "Gestionnaire de l'évaluation", "EC-07"),
                 ("Manager, Performance Measurement", "Gestionnaire, Mesure du rendement", "EC-06"),
                 ("Manager, Professional Practices", "Gestionnaire, Pratiques professionnelles", "AU-04")],
        directors=[("Director, Internal Audit", "Directrice, Vérification interne"),
                   ("Director, Evaluation", "Directeur, Évaluation")],
        ga_en="accountable for the delivery of the risk-based audit and evaluation plans, for independent "
              "assurance and advice to the Deputy Minister and the Departmental Audit Committee, and for the "
              "quality of performance information.",
        ga_fr="responsable de l'exécution des plans de vérification et d'évaluation axés sur les risques, de "
              "l'assurance et des conseils indépendants au sous-ministre et au Comité ministériel de "
              "vérification, ainsi que de la qualité de l'information sur le rendement.",
        acc_en=["Develops the risk-based audit and evaluation plans and presents them to the Departmental Audit "
                "Committee.",
                "Directs audit and evaluation engagements and ensures they meet professional standards.",
                "Follows up on management action plans and reports on their implementation.",
                "Advises program managers on performance information profiles and results frameworks.",
                "Maintains relations with the Office of the Auditor General and the Office of the Comptroller "
                "General.",
                "Manages the human and financial resources of the directorate."],
        acc_fr=["Élabore les plans de vérification et d'évaluation axés sur les risques et les présente au "
                "Comité ministériel de vérification.",
                "Dirige les missions de vérification et d'évaluation et veille à leur conformité aux normes "
                "professionnelles.",
                "Assure le suivi des plans d'action de la direction et fait rapport sur leur mise en œuvre.",
                "Conseille les gestionnaires sur les profils d'information sur le rendement.",
                "Entretient les relations avec le Bureau du vérificateur général et le Bureau du contrôleur "
                "général.",
                "Gère les ressources humaines et financières de la direction."],
    ),
    "procurement": dict(
        areas=[("Procurement and Contracting", "Approvisionnement et passation de marchés",
                "Materiel Management", "Gestion du matériel"),
               ("Supply Chain Modernization", "Modernisation de la chaîne d'approvisionnement",
                "Acquisitions Program Support", "Soutien au programme des approvisionnements"),
               ("Commercial and Consulting Services", "Services commerciaux et de consultation",
                "Professional Services Procurement", "Approvisionnement en services professionnels")],
        branch=("Procurement Branch", "Direction générale de l'approvisionnement",
                "Acquisitions Branch", "Direction générale des approvisionnements"),
        adm=("Assistant Deputy Minister, Procurement", "Sous-ministre adjoint, Approvisionnement",
             "Assistant Deputy Minister, Acquisitions", "Sous-ministre adjoint, Approvisionnements"),
        reports=[("Manager, Contracting Services", "Gestionnaire, Services de passation de marchés", "PG-06"),
                 ("Manager, Supplier Engagement", "Gestionnaire, Mobilisation des fournisseurs", "PG-05"),
                 ("Manager, Procurement Policy", "Gestionnaire, Politique d'approvisionnement", "PG-06"),
                 ("Manager, Materiel and Assets", "Gestionnaire, Matériel et biens", "PG-05"),
                 ("Senior Procurement Advisor", "Conseiller principal en approvisionnement", "PG-05")],
        directors=[("Director, Goods and Services Procurement", "Directeur, Approvisionnement en biens et services"),
                   ("Director, Procurement Policy and Oversight", "Directrice, Politique et surveillance de l'approvisionnement"),
                   ("Director, Electronic Procurement Solution", "Directeur, Solution d'achats électroniques")],
        ga_en="accountable for the planning, delivery and oversight of procurement and contracting activities, "
              "ensuring that goods and services are acquired in a fair, open and transparent manner and that "
              "procurement contributes to socio-economic objectives.",
        ga_fr="responsable de la planification, de la prestation et de la surveillance des activités "
              "d'approvisionnement et de passation de marchés, afin que les biens et services soient acquis de "
              "façon juste, ouverte et transparente.",
        acc_en=["Directs the procurement of goods and services and the management of complex, high-value "
                "contracts.",
                "Leads the adoption of the electronic procurement solution and modern procurement practices.",
                "Develops procurement policies, guidance and training for managers and specialists.",
                "Oversees contract quality assurance and the procurement review function.",
                "Engages suppliers, industry associations and Indigenous businesses.",
                "Manages the human, financial and material resources of the directorate."],
        acc_fr=["Dirige l'acquisition de biens et de services et la gestion de marchés complexes et de grande "
                "valeur.",
                "Dirige l'adoption de la solution d'achats électroniques et de pratiques d'approvisionnement "
                "modernes.",
                "Élabore les politiques, l'orientation et la formation en matière d'approvisionnement.",
                "Supervise l'assurance de la qualité des marchés et la fonction d'examen.",
                "Mobilise les fournisseurs, les associations industrielles et les entreprises autochtones.",
                "Gère les ressources humaines, financières et matérielles de la direction."],
    ),
}

NATURE_EN = [
    "The department's mandate was restructured when {former} became {current}; the position was retained and "
    "its accountabilities carried over to the new organization, with changes in reporting relationships and "
    "in the scope of services delivered.",
    "The position operates in an environment of continuing organizational change. Since the reorganization "
    "of the branch, the incumbent has been responsible for integrating teams that came from different "
    "organizations, harmonizing their processes and tools, and maintaining service to clients throughout "
    "the transition.",
    "The incumbent works with a wide range of internal and external partners, including central agencies, "
    "other federal departments, provinces and territories, Indigenous organizations and industry, and must "
    "reconcile competing priorities under tight timelines and constrained resources.",
    "Major challenges include modernizing services while maintaining legacy operations, recruiting and "
    "retaining specialized talent, and responding to new government priorities that change the scope of "
    "the directorate's work from one fiscal year to the next.",
]
NATURE_FR = [
    "Le mandat du Ministère a été restructuré lorsque {former} est devenu {current}; le poste a été maintenu "
    "et ses responsabilités ont été transférées à la nouvelle organisation, avec des changements aux liens "
    "hiérarchiques et à la portée des services offerts.",
    "Le poste s'inscrit dans un contexte de changement organisationnel continu. Depuis la réorganisation de "
    "la direction générale, le titulaire doit intégrer des équipes provenant d'organisations différentes, "
    "harmoniser leurs processus et leurs outils et maintenir le service à la clientèle pendant la transition.",
    "Le titulaire travaille avec de nombreux partenaires internes et externes, notamment les organismes "
    "centraux, les autres ministères fédéraux, les provinces et territoires, les organisations autochtones "
    "et l'industrie, et doit concilier des priorités concurrentes dans des délais serrés.",
    "Les principaux défis consistent à moderniser les services tout en maintenant les activités "
    "existantes, à recruter et à maintenir en poste du personnel spécialisé, et à répondre aux nouvelles "
    "priorités du gouvernement.",
]

CSR_EN = ("Client Service Results", "Key Activities",
          "Strategic leadership and the delivery of {area} services that meet the needs of departmental "
          "clients and Canadians, through an organization that has been restructured and renamed.")
CSR_FR = ("Résultats axés sur le service à la clientèle", "Activités principales",
          "Leadership stratégique et prestation de services (secteur : {area}) qui répondent aux besoins "
          "des clients du Ministère et de la population canadienne, au sein d'une organisation restructurée.")

# Label sets. Keys: title, cls, job, pos, eff, sup_pos, sup_title, sup_cls, branch, loc, dept,
# salary, om, total, fte
LABELS_EN = [
    dict(title="Position Title", cls="Classification", job="Position Job Code", pos="Position Number",
         eff="Effective Date", sup_pos="Supervisor's Position No.", sup_title="Supervisor's Position Title",
         sup_cls="Supervisor's Classification", branch="Branch", loc="Geographic Location", dept="Department",
         salary="Salary", om="O&M", total="Total", fte="FTEs"),
    dict(title="Job Title", cls="Group and Level", job="Job Code", pos="Position No.", eff="Date in Effect",
         sup_pos="Immediate Supervisor Position No.", sup_title="Immediate Supervisor Title",
         sup_cls="Supervisor Group & Level", branch="Branch/Sector", loc="Work Location", dept="Organization",
         salary="Salary Budget", om="Operating (O&M) Budget", total="Total Budget", fte="FTE's"),
    dict(title="TITLE", cls="GROUP/LEVEL", job="GENERIC JOB NO.", pos="POSITION #", eff="EFFECTIVE",
         sup_pos="SUPERVISOR POSITION #", sup_title="REPORTS TO", sup_cls="SUPERVISOR LEVEL", branch="BRANCH",
         loc="CITY/PROVINCE", dept="DEPARTMENT", salary="SALARY", om="O&M", total="TOTAL", fte="STAFF"),
    dict(title="Official Title", cls="Level", job="Job Number", pos="Position Ref. No.",
         eff="Classification Effective Date", sup_pos="Superior's Position No.", sup_title="Superior's Title",
         sup_cls="Superior's Level", branch="Sector", loc="Location", dept="Department/Agency",
         salary="Salaries", om="Operating and Maintenance", total="Total Operating Budget", fte="Staff (FTEs)"),
]
LABELS_FR = [
    dict(title="Titre du poste", cls="Classification", job="Code d'emploi", pos="Numéro du poste",
         eff="Date d'entrée en vigueur", sup_pos="No de poste du superviseur", sup_title="Titre du poste du superviseur",
         sup_cls="Classification du superviseur", branch="Direction générale", loc="Lieu géographique",
         dept="Ministère", salary="Salaires", om="F et E", total="Total", fte="ETP"),
    dict(title="Intitulé du poste", cls="Groupe/niveau", job="No de code d'emploi", pos="No du poste",
         eff="En vigueur le", sup_pos="No de poste du supérieur immédiat", sup_title="Titre du supérieur immédiat",
         sup_cls="Groupe et niveau du supérieur", branch="Secteur", loc="Emplacement géographique",
         dept="Organisation", salary="Budget salarial", om="Budget de fonctionnement et d'entretien",
         total="Budget total", fte="Effectif"),
    dict(title="TITRE", cls="GROUPE ET NIVEAU", job="NO DE LA DESCRIPTION TYPE", pos="POSTE NO",
         eff="DATE DE PRISE D'EFFET", sup_pos="POSTE NO DU SUPÉRIEUR", sup_title="RELÈVE DE",
         sup_cls="NIVEAU DU SUPÉRIEUR", branch="DIRECTION GÉNÉRALE", loc="LIEU", dept="MINISTÈRE",
         salary="SALAIRES", om="F ET E", total="TOTAL", fte="ETP"),
]

HEAD_EN = dict(ga="General Accountability", org="Organization Structure", nat="Nature and Scope",
               dims="Dimensions", acc="Specific Accountabilities", cert="Certification",
               hist="Revision History", reports="Direct reports")
HEAD_FR = dict(ga="Responsabilité générale", org="Structure organisationnelle", nat="Nature et étendue",
               dims="Dimensions", acc="Responsabilités spécifiques", cert="Certification",
               hist="Historique des révisions", reports="Subordonnés directs")
