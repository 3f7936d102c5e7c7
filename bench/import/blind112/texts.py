"""Positions, prose and names for the blind112 corpus: an Atlantic Canada executive folder.

Everything here is invented (positions, numbers, people); the departments, cities and the shape
of the prose follow the seed documents (EX dimensions, general accountability, nature and scope,
specific accountabilities, client-service results and key activities).
"""

DEPTS = {
    "VAC": {
        "en": "Veterans Affairs Canada", "fr": "Anciens Combattants Canada", "short": "VAC",
        "mandate_en": "Veterans Affairs Canada supports the well-being of Veterans and their families and "
                      "keeps alive the memory of their achievements and sacrifices. Its headquarters in "
                      "Charlottetown serve Veterans across the country through a network of area offices, "
                      "a national contact centre network and the My VAC Account online service.",
        "mandate_fr": "Anciens Combattants Canada soutient le bien-être des vétérans et de leur famille et "
                      "perpétue le souvenir de leurs réalisations et de leurs sacrifices. L'administration "
                      "centrale, à Charlottetown, sert les vétérans de tout le pays par un réseau de bureaux "
                      "de secteur, un réseau national de centres d'appels et le service en ligne Mon dossier ACC.",
    },
    "ACOA": {
        "en": "Atlantic Canada Opportunities Agency", "fr": "Agence de promotion économique du Canada atlantique",
        "short": "ACOA",
        "mandate_en": "The Atlantic Canada Opportunities Agency works to create opportunities for economic "
                      "growth in Atlantic Canada by helping businesses become more competitive, innovative and "
                      "productive, by working with communities to develop and diversify local economies, and by "
                      "championing the strengths of Atlantic Canada. Its head office is in Moncton, with a "
                      "regional office in each of the four Atlantic provinces.",
        "mandate_fr": "L'Agence de promotion économique du Canada atlantique s'emploie à créer des occasions "
                      "de croissance économique au Canada atlantique en aidant les entreprises à devenir plus "
                      "concurrentielles, innovatrices et productives, en travaillant avec les collectivités à "
                      "développer et à diversifier les économies locales et en faisant valoir les atouts de la "
                      "région. Son siège social est à Moncton et elle compte un bureau régional dans chacune "
                      "des quatre provinces de l'Atlantique.",
    },
    "DFO": {
        "en": "Fisheries and Oceans Canada", "fr": "Pêches et Océans Canada", "short": "DFO",
        "mandate_en": "Fisheries and Oceans Canada manages Canada's fisheries and safeguards its waters, "
                      "ensuring healthy and sustainable aquatic ecosystems through habitat protection and sound "
                      "science. In the Maritimes and Gulf regions the Department works with harvesters, "
                      "processors, Indigenous communities, the provinces and industry associations on some of "
                      "the most valuable fisheries in the country, including lobster, snow crab and scallop.",
        "mandate_fr": "Pêches et Océans Canada gère les pêches du Canada et protège ses eaux, en assurant la "
                      "santé et la durabilité des écosystèmes aquatiques par la protection de l'habitat et une "
                      "science rigoureuse. Dans les régions des Maritimes et du Golfe, le Ministère travaille avec "
                      "les pêcheurs, les transformateurs, les communautés autochtones, les provinces et les "
                      "associations de l'industrie à la gestion de certaines des pêches les plus lucratives du "
                      "pays, dont le homard, le crabe des neiges et le pétoncle.",
    },
    "SC": {
        "en": "Service Canada (Employment and Social Development Canada)",
        "fr": "Service Canada (Emploi et Développement social Canada)", "short": "ESDC",
        "mandate_en": "Service Canada is the Government of Canada's single point of access to a wide range of "
                      "programs and services, including Employment Insurance, the Canada Pension Plan, Old Age "
                      "Security and passports. The Atlantic Region delivers these services to more than two "
                      "million Canadians through Service Canada Centres, scheduled outreach sites, call centres "
                      "and processing centres in the four Atlantic provinces.",
        "mandate_fr": "Service Canada est le guichet unique du gouvernement du Canada pour un large éventail de "
                      "programmes et de services, dont l'assurance-emploi, le Régime de pensions du Canada, la "
                      "Sécurité de la vieillesse et les passeports. La Région de l'Atlantique offre ces services "
                      "à plus de deux millions de Canadiens par les Centres Service Canada, les sites de services "
                      "mobiles, les centres d'appels et les centres de traitement des quatre provinces de "
                      "l'Atlantique.",
    },
}

# (city, province en, province fr, province abbreviation)
CITIES = {
    "CHA": ("Charlottetown", "Prince Edward Island", "Île-du-Prince-Édouard", "PEI"),
    "MON": ("Moncton", "New Brunswick", "Nouveau-Brunswick", "NB"),
    "HAL": ("Halifax", "Nova Scotia", "Nouvelle-Écosse", "NS"),
    "DAR": ("Dartmouth", "Nova Scotia", "Nouvelle-Écosse", "NS"),
    "STJ": ("St. John's", "Newfoundland and Labrador", "Terre-Neuve-et-Labrador", "NL"),
    "FRE": ("Fredericton", "New Brunswick", "Nouveau-Brunswick", "NB"),
    "BAT": ("Bathurst", "New Brunswick", "Nouveau-Brunswick", "NB"),
}

# Prose by line of work: general accountability, nature and scope, challenges, specific
# accountabilities, client-service result.
DOMAINS = {
    "ops": {
        "ga_en": "The {t} is accountable for the delivery of {p}, ensuring that decisions are "
                 "made accurately, consistently and within published service standards, and for the "
                 "continuous improvement of the processes, tools and quality assurance that support "
                 "front-line decision makers.",
        "ga_fr": "Le titulaire du poste de {t} est responsable de la prestation {p}, de façon à "
                 "ce que les décisions soient rendues avec exactitude, de manière uniforme et dans le respect "
                 "des normes de service publiées, ainsi que de l'amélioration continue des processus, des "
                 "outils et de l'assurance de la qualité qui appuient les décideurs de première ligne.",
        "ns_en": "Demand for services has grown steadily while the clientele has become more diverse and its "
                 "needs more complex. The incumbent manages a large, geographically dispersed workforce, "
                 "balances the pressure of backlogs against the quality of decisions, and works with policy, "
                 "information technology and legal colleagues to modernize business processes without "
                 "interrupting service. Decisions taken in the directorate are frequently the subject of "
                 "ministerial correspondence, reviews and appeals, and of close scrutiny by the Office of the "
                 "Auditor General and Parliamentary committees.",
        "ns_fr": "La demande de services a augmenté de façon constante, alors que la clientèle s'est "
                 "diversifiée et que ses besoins sont devenus plus complexes. Le titulaire gère un effectif "
                 "nombreux et dispersé, concilie la pression des arriérés et la qualité des décisions, et "
                 "collabore avec les secteurs des politiques, de la technologie de l'information et des "
                 "services juridiques pour moderniser les processus sans interrompre le service. Les décisions "
                 "rendues dans la direction font souvent l'objet de correspondance ministérielle, de révisions "
                 "et d'appels, ainsi que d'un examen attentif du Bureau du vérificateur général et des comités "
                 "parlementaires.",
        "acc_en": ["Directs the adjudication and processing of applications within established service standards and quality targets.",
                   "Develops and implements operational plans, workload forecasts and backlog reduction strategies.",
                   "Leads the design and implementation of process improvements, automation and quality assurance frameworks.",
                   "Provides strategic advice to senior management on service delivery performance, risks and emerging pressures.",
                   "Establishes and maintains effective partnerships with policy, IT and regional delivery colleagues.",
                   "Manages the human, financial and material resources of the directorate in accordance with departmental policies."],
        "acc_fr": ["Dirige l'évaluation et le traitement des demandes dans le respect des normes de service et des cibles de qualité établies.",
                   "Élabore et met en œuvre les plans opérationnels, les prévisions de charge de travail et les stratégies de réduction des arriérés.",
                   "Dirige la conception et la mise en œuvre des améliorations de processus, de l'automatisation et des cadres d'assurance de la qualité.",
                   "Fournit à la haute direction des conseils stratégiques sur le rendement de la prestation des services, les risques et les pressions émergentes.",
                   "Établit et entretient des partenariats efficaces avec les secteurs des politiques, de la TI et de la prestation régionale.",
                   "Gère les ressources humaines, financières et matérielles de la direction conformément aux politiques ministérielles."],
        "csr_en": "Timely, accurate and consistent decisions on benefits and services for clients, delivered within published service standards.",
        "csr_fr": "Des décisions rapides, exactes et uniformes sur les prestations et les services offerts aux clients, rendues selon les normes de service publiées.",
        "reports": [("Manager, Adjudication", "Gestionnaire, Arbitrage", "PM-06"),
                    ("Manager, Processing Operations", "Gestionnaire, Opérations de traitement", "PM-06"),
                    ("Chief, Quality Assurance", "Chef, Assurance de la qualité", "PM-05"),
                    ("Manager, Business Process Improvement", "Gestionnaire, Amélioration des processus opérationnels", "AS-07"),
                    ("Senior Advisor, Operational Planning", "Conseiller principal, Planification opérationnelle", "EC-06"),
                    ("Manager, Client Contact Services", "Gestionnaire, Services de contact avec la clientèle", "PM-06")],
    },
    "programs": {
        "ga_en": "The {t} is accountable for the design, management and delivery of {p}, including the "
                 "development of program terms and conditions, the assessment and approval of projects, and "
                 "the measurement and reporting of results to senior management, central agencies and "
                 "Parliament.",
        "ga_fr": "Le titulaire du poste de {t} est responsable de la conception, de la gestion et de la "
                 "prestation {p}, y compris l'élaboration des modalités des programmes, l'évaluation et "
                 "l'approbation des projets, ainsi que la mesure des résultats et la reddition de comptes à "
                 "la haute direction, aux organismes centraux et au Parlement.",
        "ns_en": "The programs operate in a region whose economy depends on small and medium-sized "
                 "enterprises, seasonal industries and rural communities, and where demographic change and "
                 "labour shortages affect every sector. The incumbent must balance the expectations of "
                 "clients, elected officials and provincial partners against the stewardship of public funds, "
                 "and must adapt program delivery quickly when the Government announces new priorities or "
                 "when an industry faces a sudden downturn. Much of the work is done with the provinces, "
                 "municipalities, Indigenous organizations and industry associations.",
        "ns_fr": "Les programmes sont offerts dans une région dont l'économie repose sur les petites et "
                 "moyennes entreprises, les industries saisonnières et les collectivités rurales, et où "
                 "l'évolution démographique et la pénurie de main-d'œuvre touchent tous les secteurs. Le "
                 "titulaire doit concilier les attentes des clients, des élus et des partenaires provinciaux "
                 "avec la saine gestion des fonds publics, et adapter rapidement la prestation lorsque le "
                 "gouvernement annonce de nouvelles priorités ou qu'une industrie subit un ralentissement "
                 "soudain. Une grande partie du travail se fait avec les provinces, les municipalités, les "
                 "organisations autochtones et les associations de l'industrie.",
        "acc_en": ["Directs the development, delivery and evaluation of programs, strategies and initiatives that support economic growth.",
                   "Approves or recommends the approval of projects and contribution agreements within delegated authorities.",
                   "Builds and maintains partnerships with provincial governments, municipalities, Indigenous organizations and industry.",
                   "Provides strategic advice and briefings to the Minister's office, the President and senior management.",
                   "Oversees the monitoring of contribution agreements, the collection of repayable contributions and the management of risk.",
                   "Leads the planning, performance measurement and reporting of program results."],
        "acc_fr": ["Dirige l'élaboration, la prestation et l'évaluation des programmes, stratégies et initiatives qui favorisent la croissance économique.",
                   "Approuve ou recommande l'approbation des projets et des accords de contribution dans les limites des pouvoirs délégués.",
                   "Établit et entretient des partenariats avec les gouvernements provinciaux, les municipalités, les organisations autochtones et l'industrie.",
                   "Fournit des conseils stratégiques et des notes d'information au cabinet du ministre, au président et à la haute direction.",
                   "Supervise le suivi des accords de contribution, le recouvrement des contributions remboursables et la gestion du risque.",
                   "Dirige la planification, la mesure du rendement et la reddition de comptes sur les résultats des programmes."],
        "csr_en": "Businesses, communities and partners in the region receive timely, well-managed financial assistance and advice that contribute to economic growth.",
        "csr_fr": "Les entreprises, les collectivités et les partenaires de la région reçoivent en temps opportun une aide financière et des conseils bien gérés qui contribuent à la croissance économique.",
        "reports": [("Manager, Business Development", "Gestionnaire, Développement des entreprises", "CO-03"),
                    ("Manager, Community Development", "Gestionnaire, Développement des collectivités", "CO-03"),
                    ("Manager, Program Operations", "Gestionnaire, Opérations des programmes", "CO-03"),
                    ("Manager, Innovation Programs", "Gestionnaire, Programmes d'innovation", "CO-03"),
                    ("Senior Program Officer, Accounts Monitoring", "Agent principal de programme, Suivi des comptes", "CO-02"),
                    ("Manager, Program Policy and Performance", "Gestionnaire, Politique et rendement des programmes", "EC-07")],
    },
    "policy": {
        "ga_en": "The {t} is accountable for leading {p}, providing evidence-based analysis and strategic "
                 "advice to senior management and the Minister, and representing the organization in "
                 "federal-provincial and interdepartmental policy forums.",
        "ga_fr": "Le titulaire du poste de {t} est responsable de diriger {p}, de fournir des analyses "
                 "fondées sur des données probantes et des conseils stratégiques à la haute direction et au "
                 "ministre, et de représenter l'organisation dans les forums fédéraux-provinciaux et "
                 "interministériels sur les politiques.",
        "ns_en": "The policy environment is shaped by competing regional and national priorities, by the "
                 "fiscal situation of the provinces and by rapid economic and demographic change. The "
                 "incumbent anticipates issues before they reach the Minister, commissions research and "
                 "economic analysis, prepares Memoranda to Cabinet and Treasury Board submissions, and "
                 "negotiates positions with central agencies and other departments whose mandates overlap "
                 "with the organization's.",
        "ns_fr": "L'environnement des politiques est façonné par des priorités régionales et nationales "
                 "concurrentes, par la situation financière des provinces et par des changements économiques "
                 "et démographiques rapides. Le titulaire prévoit les enjeux avant qu'ils n'atteignent le "
                 "ministre, commande des recherches et des analyses économiques, prépare des mémoires au "
                 "Cabinet et des présentations au Conseil du Trésor et négocie des positions avec les "
                 "organismes centraux et les autres ministères dont les mandats recoupent celui de "
                 "l'organisation.",
        "acc_en": ["Leads the development of policy frameworks, strategies and options on issues of regional and national significance.",
                   "Directs economic research, analysis and forecasting to support decision making.",
                   "Prepares or oversees the preparation of Memoranda to Cabinet, Treasury Board submissions and briefing material.",
                   "Represents the organization on federal-provincial and interdepartmental committees and working groups.",
                   "Coordinates the organization's contribution to government-wide priorities, budget proposals and reports to Parliament.",
                   "Manages the directorate's human and financial resources and fosters a healthy, inclusive workplace."],
        "acc_fr": ["Dirige l'élaboration de cadres stratégiques, de stratégies et d'options sur des enjeux d'importance régionale et nationale.",
                   "Dirige la recherche, l'analyse et les prévisions économiques à l'appui de la prise de décisions.",
                   "Prépare ou supervise la préparation des mémoires au Cabinet, des présentations au Conseil du Trésor et des documents d'information.",
                   "Représente l'organisation au sein de comités et de groupes de travail fédéraux-provinciaux et interministériels.",
                   "Coordonne la contribution de l'organisation aux priorités pangouvernementales, aux propositions budgétaires et aux rapports au Parlement.",
                   "Gère les ressources humaines et financières de la direction et favorise un milieu de travail sain et inclusif."],
        "csr_en": "Ministers and senior management receive timely, sound and well-supported policy advice on issues affecting the region.",
        "csr_fr": "Les ministres et la haute direction reçoivent en temps opportun des conseils stratégiques judicieux et bien étayés sur les enjeux qui touchent la région.",
        "reports": [("Manager, Policy Development", "Gestionnaire, Élaboration des politiques", "EC-07"),
                    ("Manager, Economic Analysis and Research", "Gestionnaire, Analyse économique et recherche", "EC-07"),
                    ("Manager, Federal-Provincial Relations", "Gestionnaire, Relations fédérales-provinciales", "EC-06"),
                    ("Senior Policy Advisor", "Conseiller principal en politiques", "EC-06"),
                    ("Manager, Cabinet and Parliamentary Affairs", "Gestionnaire, Affaires du Cabinet et parlementaires", "EC-06")],
    },
    "finance": {
        "ga_en": "The {t} is accountable for {p}, providing the financial planning, resource management, "
                 "accounting and internal control services that allow managers to make sound decisions and "
                 "that ensure the organization's compliance with the Financial Administration Act and "
                 "Treasury Board policies.",
        "ga_fr": "Le titulaire du poste de {t} est responsable {p}, en offrant les services de planification "
                 "financière, de gestion des ressources, de comptabilité et de contrôle interne qui permettent "
                 "aux gestionnaires de prendre des décisions éclairées et qui assurent le respect de la Loi sur "
                 "la gestion des finances publiques et des politiques du Conseil du Trésor.",
        "ns_en": "The incumbent operates in an environment of fiscal restraint, reallocation exercises and "
                 "increasing expectations for transparency. Resource decisions must be made quickly, often on "
                 "incomplete information, and the incumbent must challenge the assumptions of program managers "
                 "while supporting them. The position is the organization's main point of contact with the "
                 "Treasury Board Secretariat and the Office of the Comptroller General on financial matters.",
        "ns_fr": "Le titulaire évolue dans un contexte de restrictions budgétaires, d'exercices de "
                 "réaffectation et d'attentes croissantes en matière de transparence. Les décisions sur les "
                 "ressources doivent être prises rapidement, souvent à partir d'informations incomplètes, et le "
                 "titulaire doit remettre en question les hypothèses des gestionnaires de programmes tout en les "
                 "appuyant. Le poste est le principal point de contact de l'organisation avec le Secrétariat du "
                 "Conseil du Trésor et le Bureau du contrôleur général pour les questions financières.",
        "acc_en": ["Directs the preparation of budgets, forecasts, the Main and Supplementary Estimates and the annual financial statements.",
                   "Provides a challenge function on resource requests, business cases and Treasury Board submissions.",
                   "Maintains a system of internal control over financial reporting and leads corrective action plans.",
                   "Advises senior management on resource allocation, cost containment and financial risk.",
                   "Oversees accounting operations, accounts payable and receivable, and procurement and contracting.",
                   "Manages the human and financial resources of the directorate."],
        "acc_fr": ["Dirige la préparation des budgets, des prévisions, du Budget principal et des budgets supplémentaires des dépenses et des états financiers annuels.",
                   "Exerce une fonction de remise en question à l'égard des demandes de ressources, des analyses de rentabilisation et des présentations au Conseil du Trésor.",
                   "Maintient un système de contrôle interne en matière de rapports financiers et dirige les plans de mesures correctives.",
                   "Conseille la haute direction sur l'affectation des ressources, la compression des coûts et les risques financiers.",
                   "Supervise les opérations comptables, les comptes créditeurs et débiteurs ainsi que l'approvisionnement et les marchés.",
                   "Gère les ressources humaines et financières de la direction."],
        "csr_en": "Managers have accurate, timely financial information and advice, and the organization's resources are managed with probity and in compliance with policy.",
        "csr_fr": "Les gestionnaires disposent d'une information financière et de conseils exacts et opportuns, et les ressources de l'organisation sont gérées avec probité et conformément aux politiques.",
        "reports": [("Manager, Financial Planning and Analysis", "Gestionnaire, Planification et analyse financières", "FI-03"),
                    ("Manager, Accounting Operations", "Gestionnaire, Opérations comptables", "FI-03"),
                    ("Manager, Internal Control", "Gestionnaire, Contrôle interne", "FI-03"),
                    ("Manager, Procurement and Contracting", "Gestionnaire, Approvisionnement et marchés", "PG-05"),
                    ("Manager, Administrative Services", "Gestionnaire, Services administratifs", "AS-06")],
    },
    "hr": {
        "ga_en": "The {t} is accountable for {p}, including staffing, classification, labour relations, "
                 "compensation, official languages and workplace well-being, and for providing strategic "
                 "human resources advice to executives and managers.",
        "ga_fr": "Le titulaire du poste de {t} est responsable {p}, y compris la dotation, la classification, "
                 "les relations de travail, la rémunération, les langues officielles et le mieux-être en milieu "
                 "de travail, et de fournir des conseils stratégiques en ressources humaines aux cadres et aux "
                 "gestionnaires.",
        "ns_en": "The organization's workforce is concentrated in a small number of Atlantic communities where "
                 "the labour market for specialized skills is tight and where many employees work in both "
                 "official languages. The incumbent must recruit and retain talent in competition with the "
                 "provinces and the private sector, support managers through organizational change, and "
                 "address the consequences of pay system problems for employees.",
        "ns_fr": "L'effectif de l'organisation est concentré dans un petit nombre de collectivités de "
                 "l'Atlantique où le marché du travail pour les compétences spécialisées est restreint et où "
                 "de nombreux employés travaillent dans les deux langues officielles. Le titulaire doit recruter "
                 "et maintenir en poste des talents en concurrence avec les provinces et le secteur privé, "
                 "appuyer les gestionnaires lors des changements organisationnels et gérer les conséquences des "
                 "problèmes du système de paye pour les employés.",
        "acc_en": ["Directs the delivery of staffing, classification, compensation and labour relations services.",
                   "Develops and implements the integrated human resources plan and recruitment strategies.",
                   "Advises executives on organizational design, workforce adjustment and labour relations issues.",
                   "Leads programs for official languages, employment equity, diversity and inclusion, and mental health in the workplace.",
                   "Represents the organization in consultations with bargaining agents.",
                   "Manages the human and financial resources of the directorate."],
        "acc_fr": ["Dirige la prestation des services de dotation, de classification, de rémunération et de relations de travail.",
                   "Élabore et met en œuvre le plan intégré des ressources humaines et les stratégies de recrutement.",
                   "Conseille les cadres sur la conception organisationnelle, le réaménagement des effectifs et les relations de travail.",
                   "Dirige les programmes de langues officielles, d'équité en matière d'emploi, de diversité et d'inclusion et de santé mentale en milieu de travail.",
                   "Représente l'organisation lors des consultations avec les agents négociateurs.",
                   "Gère les ressources humaines et financières de la direction."],
        "csr_en": "Managers and employees receive timely, accurate and fair human resources services and advice.",
        "csr_fr": "Les gestionnaires et les employés reçoivent des services et des conseils en ressources humaines rapides, exacts et équitables.",
        "reports": [("Manager, Staffing and Recruitment", "Gestionnaire, Dotation et recrutement", "PE-05"),
                    ("Manager, Classification and Organizational Design", "Gestionnaire, Classification et conception organisationnelle", "PE-05"),
                    ("Manager, Labour Relations", "Gestionnaire, Relations de travail", "PE-05"),
                    ("Manager, Compensation Services", "Gestionnaire, Services de rémunération", "AS-06"),
                    ("Manager, Workplace Well-being", "Gestionnaire, Mieux-être en milieu de travail", "PE-04")],
    },
    "it": {
        "ga_en": "The {t} is accountable for {p}, ensuring that the applications, infrastructure and "
                 "information management services on which program delivery depends are secure, reliable "
                 "and modern.",
        "ga_fr": "Le titulaire du poste de {t} est responsable {p}, de façon à ce que les applications, "
                 "l'infrastructure et les services de gestion de l'information dont dépend la prestation des "
                 "programmes soient sécuritaires, fiables et modernes.",
        "ns_en": "Much of the organization's service to clients now depends on aging case management systems "
                 "that must be kept running while they are replaced. The incumbent works with Shared Services "
                 "Canada, which owns the networks and data centres, and with vendors under tight security "
                 "requirements, and must set priorities among competing demands from every branch.",
        "ns_fr": "Une grande partie du service aux clients dépend maintenant de systèmes de gestion des cas "
                 "vieillissants qu'il faut maintenir en service pendant leur remplacement. Le titulaire "
                 "travaille avec Services partagés Canada, responsable des réseaux et des centres de données, "
                 "et avec des fournisseurs soumis à des exigences de sécurité strictes, et doit établir des "
                 "priorités parmi les demandes concurrentes de toutes les directions générales.",
        "acc_en": ["Directs the development, maintenance and support of business applications and digital services.",
                   "Leads IT security, business continuity and disaster recovery planning for critical systems.",
                   "Develops the IM/IT investment plan and manages the portfolio of projects.",
                   "Manages relationships with Shared Services Canada and with vendors.",
                   "Advises senior management on technology risks, opportunities and modernization.",
                   "Manages the human and financial resources of the directorate."],
        "acc_fr": ["Dirige le développement, la maintenance et le soutien des applications opérationnelles et des services numériques.",
                   "Dirige la planification de la sécurité de la TI, de la continuité des activités et de la reprise après sinistre des systèmes essentiels.",
                   "Élabore le plan d'investissement en GI-TI et gère le portefeuille de projets.",
                   "Gère les relations avec Services partagés Canada et les fournisseurs.",
                   "Conseille la haute direction sur les risques et les possibilités technologiques et sur la modernisation.",
                   "Gère les ressources humaines et financières de la direction."],
        "csr_en": "Program areas and clients can rely on secure, available and modern information systems.",
        "csr_fr": "Les secteurs de programme et les clients peuvent compter sur des systèmes d'information sécuritaires, disponibles et modernes.",
        "reports": [("Manager, Application Development", "Gestionnaire, Développement des applications", "CS-04"),
                    ("Manager, IT Security", "Gestionnaire, Sécurité de la TI", "CS-04"),
                    ("Manager, Service Desk and Infrastructure", "Gestionnaire, Centre de services et infrastructure", "CS-03"),
                    ("Manager, Information Management", "Gestionnaire, Gestion de l'information", "IS-05")],
    },
    "fish": {
        "ga_en": "The {t} is accountable for {p}, including the development of integrated fisheries management "
                 "plans, the allocation and licensing of access, consultation with harvesters and Indigenous "
                 "communities, and the implementation of the Sustainable Fisheries Framework.",
        "ga_fr": "Le titulaire du poste de {t} est responsable {p}, y compris l'élaboration des plans de gestion "
                 "intégrée des pêches, la répartition et la délivrance des permis d'accès, la consultation des "
                 "pêcheurs et des communautés autochtones et la mise en œuvre du Cadre pour la pêche durable.",
        "ns_en": "The fisheries of the region are worth well over a billion dollars a year and are the economic "
                 "foundation of many coastal communities. Decisions on quotas, seasons and access are contested "
                 "and closely followed by harvesters' associations, processors, provinces, Indigenous "
                 "organizations and elected officials. The incumbent must integrate scientific advice, the "
                 "implementation of treaty rights, the protection of species at risk such as the North Atlantic "
                 "right whale, and the economic consequences of each decision.",
        "ns_fr": "Les pêches de la région valent bien plus d'un milliard de dollars par année et constituent "
                 "le fondement économique de nombreuses collectivités côtières. Les décisions sur les quotas, les "
                 "saisons et l'accès sont contestées et suivies de près par les associations de pêcheurs, les "
                 "transformateurs, les provinces, les organisations autochtones et les élus. Le titulaire doit "
                 "intégrer les avis scientifiques, la mise en œuvre des droits issus de traités, la protection "
                 "des espèces en péril comme la baleine noire de l'Atlantique Nord et les conséquences "
                 "économiques de chaque décision.",
        "acc_en": ["Directs the development and implementation of integrated fisheries management plans and conservation measures.",
                   "Leads consultations with harvesters, Indigenous communities, provinces and industry on management decisions.",
                   "Oversees licensing, allocation and the administration of fishing access.",
                   "Provides strategic advice to the Regional Director General and national headquarters on fisheries issues.",
                   "Coordinates the region's contribution to species at risk recovery and marine conservation targets.",
                   "Manages the human, financial and material resources of the branch."],
        "acc_fr": ["Dirige l'élaboration et la mise en œuvre des plans de gestion intégrée des pêches et des mesures de conservation.",
                   "Dirige les consultations auprès des pêcheurs, des communautés autochtones, des provinces et de l'industrie sur les décisions de gestion.",
                   "Supervise la délivrance des permis, les allocations et l'administration de l'accès à la pêche.",
                   "Fournit des conseils stratégiques au directeur général régional et à l'administration centrale sur les enjeux des pêches.",
                   "Coordonne la contribution de la région au rétablissement des espèces en péril et aux objectifs de conservation marine.",
                   "Gère les ressources humaines, financières et matérielles de la direction."],
        "csr_en": "Fisheries in the region are managed sustainably, with decisions that are transparent, timely and informed by science and consultation.",
        "csr_fr": "Les pêches de la région sont gérées de façon durable, grâce à des décisions transparentes, opportunes et éclairées par la science et la consultation.",
        "reports": [("Area Director, Southern Gulf", "Directeur de secteur, Sud du Golfe", "CO-03"),
                    ("Manager, Resource Management", "Gestionnaire, Gestion des ressources", "CO-03"),
                    ("Chief, Licensing and Allocations", "Chef, Délivrance des permis et allocations", "PM-05"),
                    ("Manager, Aquaculture Management", "Gestionnaire, Gestion de l'aquaculture", "BI-04"),
                    ("Manager, Indigenous Fisheries Programs", "Gestionnaire, Programmes autochtones des pêches", "CO-02"),
                    ("Regional Supervisor, Conservation and Protection", "Superviseur régional, Conservation et protection", "GT-07")],
    },
    "science": {
        "ga_en": "The {t} is accountable for {p}, providing the peer-reviewed scientific advice, monitoring "
                 "and research on which the Department bases its decisions on fisheries, oceans, habitat and "
                 "species at risk.",
        "ga_fr": "Le titulaire du poste de {t} est responsable {p}, en fournissant les avis scientifiques "
                 "évalués par les pairs, la surveillance et la recherche sur lesquels le Ministère fonde ses "
                 "décisions relatives aux pêches, aux océans, à l'habitat et aux espèces en péril.",
        "ns_en": "Science in the region is carried out at research institutes, field stations and at sea on "
                 "Coast Guard and chartered vessels, in collaboration with universities and international "
                 "partners. The incumbent must sustain long-term monitoring programs while responding to urgent "
                 "requests for advice, manage an aging scientific infrastructure, and ensure that advice remains "
                 "independent and credible when it is publicly challenged.",
        "ns_fr": "Les travaux scientifiques de la région sont menés dans des instituts de recherche, des "
                 "stations sur le terrain et en mer, à bord de navires de la Garde côtière ou affrétés, en "
                 "collaboration avec des universités et des partenaires internationaux. Le titulaire doit "
                 "maintenir des programmes de surveillance à long terme tout en répondant à des demandes d'avis "
                 "urgentes, gérer une infrastructure scientifique vieillissante et veiller à ce que les avis "
                 "demeurent indépendants et crédibles lorsqu'ils sont contestés publiquement.",
        "acc_en": ["Directs research, monitoring and stock assessment programs in the region.",
                   "Ensures the delivery of peer-reviewed science advice through the Canadian Science Advisory Secretariat process.",
                   "Plans and manages the use of vessels, laboratories and field facilities.",
                   "Builds research partnerships with universities, Indigenous organizations and international bodies.",
                   "Advises the Regional Director General and senior management on science priorities and risks.",
                   "Manages the human, financial and material resources of the branch."],
        "acc_fr": ["Dirige les programmes de recherche, de surveillance et d'évaluation des stocks de la région.",
                   "Assure la prestation d'avis scientifiques évalués par les pairs par le processus du Secrétariat canadien des avis scientifiques.",
                   "Planifie et gère l'utilisation des navires, des laboratoires et des installations sur le terrain.",
                   "Établit des partenariats de recherche avec les universités, les organisations autochtones et les organismes internationaux.",
                   "Conseille le directeur général régional et la haute direction sur les priorités et les risques scientifiques.",
                   "Gère les ressources humaines, financières et matérielles de la direction."],
        "csr_en": "Decision makers receive credible, timely and peer-reviewed science advice on aquatic ecosystems and fisheries.",
        "csr_fr": "Les décideurs reçoivent des avis scientifiques crédibles, opportuns et évalués par les pairs sur les écosystèmes aquatiques et les pêches.",
        "reports": [("Division Manager, Population Ecology", "Gestionnaire de division, Écologie des populations", "RES-03"),
                    ("Division Manager, Ocean Ecosystems Science", "Gestionnaire de division, Sciences des écosystèmes océaniques", "RES-03"),
                    ("Division Manager, Coastal Ecosystems Science", "Gestionnaire de division, Sciences des écosystèmes côtiers", "BI-05"),
                    ("Manager, Science Advice and Information", "Gestionnaire, Avis et information scientifiques", "BI-04"),
                    ("Manager, Technical Operations", "Gestionnaire, Opérations techniques", "EG-07")],
    },
    "harbours": {
        "ga_en": "The {t} is accountable for {p}, ensuring that the network of fishing harbours is safe, "
                 "accessible and in good repair, and that harbour authorities are supported in their "
                 "operation.",
        "ga_fr": "Le titulaire du poste de {t} est responsable {p}, de façon à ce que le réseau de ports de "
                 "pêche soit sécuritaire, accessible et en bon état, et que les administrations portuaires "
                 "soient appuyées dans leur exploitation.",
        "ns_en": "The region holds the largest share of the country's small craft harbours, many of them exposed "
                 "to storms, sea-level rise and ice. The incumbent manages a large capital program under tight "
                 "construction seasons, responds to storm damage on short notice, and works with volunteer "
                 "harbour authorities whose capacity varies widely.",
        "ns_fr": "La région compte la plus grande part des ports pour petits bateaux du pays, dont bon nombre "
                 "sont exposés aux tempêtes, à la hausse du niveau de la mer et aux glaces. Le titulaire gère un "
                 "important programme d'immobilisations dans des saisons de construction courtes, intervient "
                 "rapidement après les dommages causés par les tempêtes et travaille avec des administrations "
                 "portuaires bénévoles dont la capacité varie beaucoup.",
        "acc_en": ["Directs the planning and delivery of the capital and maintenance program for fishing harbours.",
                   "Oversees engineering, environmental assessment and contracting for harbour projects.",
                   "Supports harbour authorities through agreements, training and monitoring.",
                   "Leads divestiture of non-core harbours and emergency response to storm damage.",
                   "Advises senior management on the condition of assets and investment priorities.",
                   "Manages the human, financial and material resources of the program."],
        "acc_fr": ["Dirige la planification et la réalisation du programme d'immobilisations et d'entretien des ports de pêche.",
                   "Supervise l'ingénierie, l'évaluation environnementale et la passation de marchés pour les projets portuaires.",
                   "Appuie les administrations portuaires au moyen d'ententes, de formation et de suivi.",
                   "Dirige le dessaisissement des ports non essentiels et les interventions d'urgence après les tempêtes.",
                   "Conseille la haute direction sur l'état des actifs et les priorités d'investissement.",
                   "Gère les ressources humaines, financières et matérielles du programme."],
        "csr_en": "Harvesters have access to safe and functional harbours, managed in partnership with local harbour authorities.",
        "csr_fr": "Les pêcheurs ont accès à des ports sécuritaires et fonctionnels, gérés en partenariat avec les administrations portuaires locales.",
        "reports": [("Manager, Engineering and Technical Services", "Gestionnaire, Ingénierie et services techniques", "EN-ENG-05"),
                    ("Area Manager, Nova Scotia", "Gestionnaire de secteur, Nouvelle-Écosse", "GT-07"),
                    ("Area Manager, New Brunswick and Prince Edward Island", "Gestionnaire de secteur, Nouveau-Brunswick et Île-du-Prince-Édouard", "GT-07"),
                    ("Manager, Harbour Authority Programs", "Gestionnaire, Programmes des administrations portuaires", "PM-05")],
    },
    "comms": {
        "ga_en": "The {t} is accountable for {p}, including strategic communications planning, media "
                 "relations, public environment analysis, digital and web communications, and ministerial "
                 "and regional events.",
        "ga_fr": "Le titulaire du poste de {t} est responsable {p}, y compris la planification stratégique "
                 "des communications, les relations avec les médias, l'analyse du contexte public, les "
                 "communications numériques et Web ainsi que les événements ministériels et régionaux.",
        "ns_en": "Announcements of funding and decisions are made in every part of the region, often in both "
                 "official languages and at short notice. The incumbent works closely with the Minister's office "
                 "and the Privy Council Office, and must protect the non-partisan character of government "
                 "communications while meeting tight timelines.",
        "ns_fr": "Des annonces de financement et de décisions sont faites dans toutes les parties de la région, "
                 "souvent dans les deux langues officielles et à bref délai. Le titulaire travaille étroitement "
                 "avec le cabinet du ministre et le Bureau du Conseil privé et doit préserver le caractère "
                 "non partisan des communications gouvernementales tout en respectant des délais serrés.",
        "acc_en": ["Develops and implements strategic communications plans for programs, policies and announcements.",
                   "Directs media relations, issues management and public environment analysis.",
                   "Oversees web, social media and digital communications in both official languages.",
                   "Plans and coordinates ministerial events and announcements across the region.",
                   "Advises senior management and the Minister's office on communications risks and opportunities.",
                   "Manages the human and financial resources of the directorate."],
        "acc_fr": ["Élabore et met en œuvre des plans de communication stratégique pour les programmes, les politiques et les annonces.",
                   "Dirige les relations avec les médias, la gestion des enjeux et l'analyse du contexte public.",
                   "Supervise les communications Web, numériques et dans les médias sociaux dans les deux langues officielles.",
                   "Planifie et coordonne les événements et les annonces ministériels dans toute la région.",
                   "Conseille la haute direction et le cabinet du ministre sur les risques et les possibilités en matière de communications.",
                   "Gère les ressources humaines et financières de la direction."],
        "csr_en": "Canadians in the region receive clear, timely and accurate information about programs and services in the official language of their choice.",
        "csr_fr": "Les Canadiens de la région reçoivent une information claire, opportune et exacte sur les programmes et les services dans la langue officielle de leur choix.",
        "reports": [("Manager, Strategic Communications", "Gestionnaire, Communications stratégiques", "IS-05"),
                    ("Manager, Media Relations", "Gestionnaire, Relations avec les médias", "IS-05"),
                    ("Manager, Digital Communications", "Gestionnaire, Communications numériques", "IS-04"),
                    ("Manager, Events and Outreach", "Gestionnaire, Événements et sensibilisation", "IS-04")],
    },
    "integrity": {
        "ga_en": "The {t} is accountable for {p}, protecting the integrity of benefit programs through risk-based "
                 "investigation, review and control activities, and ensuring that clients are treated fairly.",
        "ga_fr": "Le titulaire du poste de {t} est responsable {p}, en protégeant l'intégrité des programmes de "
                 "prestations au moyen d'activités d'enquête, d'examen et de contrôle fondées sur le risque, et en "
                 "veillant à ce que les clients soient traités équitablement.",
        "ns_en": "Integrity work must balance the prevention and detection of error, fraud and abuse with the "
                 "rights and privacy of clients. The incumbent directs investigators across the region, uses data "
                 "analytics to target reviews, and works with national headquarters, the RCMP and the Public "
                 "Prosecution Service when cases are referred for prosecution.",
        "ns_fr": "Le travail en matière d'intégrité doit concilier la prévention et la détection des erreurs, de "
                 "la fraude et des abus avec les droits et la vie privée des clients. Le titulaire dirige des "
                 "enquêteurs dans toute la région, utilise l'analyse de données pour cibler les examens et "
                 "travaille avec l'administration centrale, la GRC et le Service des poursuites pénales lorsque "
                 "des dossiers sont renvoyés aux fins de poursuites.",
        "acc_en": ["Directs investigation, review and control activities for benefit programs in the region.",
                   "Develops risk-based integrity strategies and annual targets using data analytics.",
                   "Ensures that investigations respect the law, privacy and the fair treatment of clients.",
                   "Manages relationships with law enforcement and prosecution services.",
                   "Reports on the results of integrity activities and the amounts recovered.",
                   "Manages the human and financial resources of the directorate."],
        "acc_fr": ["Dirige les activités d'enquête, d'examen et de contrôle des programmes de prestations dans la région.",
                   "Élabore des stratégies d'intégrité fondées sur le risque et des cibles annuelles au moyen de l'analyse de données.",
                   "Veille à ce que les enquêtes respectent la loi, la vie privée et le traitement équitable des clients.",
                   "Gère les relations avec les services de police et de poursuites.",
                   "Rend compte des résultats des activités d'intégrité et des sommes recouvrées.",
                   "Gère les ressources humaines et financières de la direction."],
        "csr_en": "Benefit programs are protected from error, fraud and abuse while clients are treated fairly and with respect.",
        "csr_fr": "Les programmes de prestations sont protégés contre les erreurs, la fraude et les abus, et les clients sont traités avec équité et respect.",
        "reports": [("Manager, Investigations", "Gestionnaire, Enquêtes", "PM-06"),
                    ("Manager, Risk and Data Analytics", "Gestionnaire, Risque et analyse de données", "EC-06"),
                    ("Manager, Integrity Operations", "Gestionnaire, Opérations d'intégrité", "PM-06"),
                    ("Manager, Quality and Review", "Gestionnaire, Qualité et examen", "PM-05")],
    },
}

# Position: key, dept, domain, level, title en, title fr, portfolio en, portfolio fr (completes the
# general accountability), supervisor (title en, title fr, level), city, and for an EX-02/EX-03 the
# EX-01 reports (en, fr, class) instead of the domain's.
POSITIONS = [
    ("V1", "VAC", "ops", 1, "Director, Disability Benefits Operations", "Directeur, Opérations des prestations d'invalidité",
     "disability benefit decisions for Veterans and RCMP members", "des décisions relatives aux prestations d'invalidité des vétérans et des membres de la GRC",
     ("Director General, Centralized Operations", "Directeur général, Opérations centralisées", 3), "CHA", None),
    ("V2", "VAC", "ops", 3, "Director General, Centralized Operations", "Directeur général, Opérations centralisées",
     "the centralized processing of benefits, the national contact centre network and the operational support to area offices",
     "du traitement centralisé des prestations, du réseau national des centres d'appels et du soutien opérationnel aux bureaux de secteur",
     ("Assistant Deputy Minister, Service Delivery Branch", "Sous-ministre adjoint, Prestation des services", 5), "CHA",
     [("Director, Disability Benefits Operations", "Directeur, Opérations des prestations d'invalidité", "EX-01"),
      ("Director, National Contact Centre Network", "Directeur, Réseau national des centres d'appels", "EX-01"),
      ("Director, Health Care Programs Operations", "Directeur, Opérations des programmes de soins de santé", "EX-01"),
      ("Manager, Operational Planning and Reporting", "Gestionnaire, Planification et rapports opérationnels", "AS-07")]),
    ("V3", "VAC", "ops", 1, "Director, Case Management Programs", "Directeur, Programmes de gestion de cas",
     "case management services to Veterans with complex needs and their families", "des services de gestion de cas aux vétérans ayant des besoins complexes et à leur famille",
     ("Director General, Field Operations", "Directeur général, Opérations en région", 3), "CHA", None),
    ("V4", "VAC", "programs", 1, "Director, Commemoration Programs", "Directeur, Programmes de commémoration",
     "commemoration programs, including funding for community commemoration, ceremonies in Canada and abroad and learning resources",
     "des programmes de commémoration, y compris le financement de la commémoration communautaire, les cérémonies au Canada et à l'étranger et les ressources d'apprentissage",
     ("Director General, Commemoration", "Directeur général, Commémoration", 3), "CHA", None),
    ("V5", "VAC", "finance", 1, "Director, Financial Planning and Resource Management", "Directeur, Planification financière et gestion des ressources",
     "the departmental financial planning, budgeting and resource management function", "de la fonction ministérielle de planification financière, de budgétisation et de gestion des ressources",
     ("Chief Financial Officer and Director General, Finance", "Dirigeant principal des finances et directeur général, Finances", 3), "CHA", None),
    ("V6", "VAC", "policy", 3, "Director General, Policy and Research", "Directeur général, Politiques et recherche",
     "the department's policy and research agenda on Veterans' well-being, benefits and transition to civilian life",
     "le programme de politiques et de recherche du ministère sur le bien-être des vétérans, les prestations et la transition à la vie civile",
     ("Assistant Deputy Minister, Strategic Policy, Planning and Performance", "Sous-ministre adjoint, Politiques stratégiques, planification et rendement", 4), "CHA",
     [("Director, Policy Development", "Directeur, Élaboration des politiques", "EX-01"),
      ("Director, Research", "Directeur, Recherche", "EX-01"),
      ("Director, Cabinet and Parliamentary Affairs", "Directeur, Affaires du Cabinet et parlementaires", "EX-01"),
      ("Senior Policy Advisor", "Conseiller principal en politiques", "EC-07")]),
    ("V7", "VAC", "it", 1, "Director, Information Technology Operations", "Directeur, Opérations de la technologie de l'information",
     "the operation and modernization of the department's information technology services", "de l'exploitation et de la modernisation des services de technologie de l'information du ministère",
     ("Chief Information Officer", "Dirigeant principal de l'information", 2), "CHA", None),
    ("V8", "VAC", "hr", 1, "Director, Human Resources Operations", "Directeur, Opérations des ressources humaines",
     "the delivery of human resources services to the department", "de la prestation des services de ressources humaines au ministère",
     ("Director General, Human Resources", "Directeur général, Ressources humaines", 3), "CHA", None),
    ("V9", "VAC", "ops", 1, "Area Director, Atlantic", "Directeur de secteur, Atlantique",
     "the delivery of Veterans' services through the area offices of the four Atlantic provinces", "de la prestation des services aux vétérans par les bureaux de secteur des quatre provinces de l'Atlantique",
     ("Director General, Field Operations", "Directeur général, Opérations en région", 3), "HAL", None),
    ("A1", "ACOA", "programs", 3, "Director General, Programs", "Directeur général, Programmes",
     "the Agency's core business development, innovation and community development programs", "des principaux programmes de l'Agence en matière de développement des entreprises, d'innovation et de développement des collectivités",
     ("Vice-President, Programs", "Vice-président, Programmes", 4), "MON",
     [("Director, Business Development Program", "Directeur, Programme de développement des entreprises", "EX-01"),
      ("Director, Innovation and Entrepreneurship", "Directeur, Innovation et entrepreneuriat", "EX-01"),
      ("Director, Community Development Programs", "Directeur, Programmes de développement des collectivités", "EX-01"),
      ("Manager, Program Integrity and Risk", "Gestionnaire, Intégrité des programmes et risque", "CO-03")]),
    ("A2", "ACOA", "programs", 1, "Director, Business Development Program", "Directeur, Programme de développement des entreprises",
     "the Business Development Program across Atlantic Canada", "du Programme de développement des entreprises dans l'ensemble du Canada atlantique",
     ("Director General, Programs", "Directeur général, Programmes", 3), "MON", None),
    ("A3", "ACOA", "programs", 1, "Director, Innovation and Entrepreneurship", "Directeur, Innovation et entrepreneuriat",
     "the Agency's innovation, commercialization and entrepreneurship initiatives", "des initiatives de l'Agence en matière d'innovation, de commercialisation et d'entrepreneuriat",
     ("Director General, Programs", "Directeur général, Programmes", 3), "MON", None),
    ("A4", "ACOA", "programs", 2, "Director General, Enterprise Development, Nova Scotia", "Directeur général, Développement des entreprises, Nouvelle-Écosse",
     "the Agency's enterprise development programs in Nova Scotia", "des programmes de développement des entreprises de l'Agence en Nouvelle-Écosse",
     ("Vice-President, Nova Scotia", "Vice-président, Nouvelle-Écosse", 4), "HAL",
     [("Director, Business Development, Halifax Regional Office", "Directeur, Développement des entreprises, bureau régional de Halifax", "EX-01"),
      ("Director, Enterprise Development, Cape Breton", "Directeur, Développement des entreprises, Cap-Breton", "EX-01"),
      ("Manager, Trade and Investment", "Gestionnaire, Commerce et investissement", "CO-03"),
      ("Manager, Program Support", "Gestionnaire, Soutien aux programmes", "AS-06")]),
    ("A5", "ACOA", "programs", 1, "Director, Community Development, Prince Edward Island", "Directeur, Développement des collectivités, Île-du-Prince-Édouard",
     "community economic development programming in Prince Edward Island", "des programmes de développement économique des collectivités à l'Île-du-Prince-Édouard",
     ("Vice-President, Prince Edward Island", "Vice-président, Île-du-Prince-Édouard", 4), "CHA", None),
    ("A6", "ACOA", "policy", 1, "Director, Policy and Economic Analysis", "Directeur, Politiques et analyse économique",
     "the Agency's economic analysis and policy development on issues affecting Atlantic Canada", "l'analyse économique et l'élaboration des politiques de l'Agence sur les enjeux qui touchent le Canada atlantique",
     ("Director General, Policy", "Directeur général, Politiques", 3), "MON", None),
    ("A7", "ACOA", "policy", 2, "Director General, Policy and Programs, Newfoundland and Labrador", "Directeur général, Politiques et programmes, Terre-Neuve-et-Labrador",
     "policy, advocacy and program coordination for the Agency's Newfoundland and Labrador region", "les politiques, la défense des intérêts et la coordination des programmes de la région de Terre-Neuve-et-Labrador de l'Agence",
     ("Vice-President, Newfoundland and Labrador", "Vice-président, Terre-Neuve-et-Labrador", 4), "STJ",
     [("Director, Policy and Advocacy", "Directeur, Politiques et défense des intérêts", "EX-01"),
      ("Director, Community Development, Labrador", "Directeur, Développement des collectivités, Labrador", "EX-01"),
      ("Manager, Regional Programs", "Gestionnaire, Programmes régionaux", "CO-03"),
      ("Senior Economist", "Économiste principal", "EC-06")]),
    ("A8", "ACOA", "finance", 1, "Director, Finance and Corporate Services, New Brunswick", "Directeur, Finances et services ministériels, Nouveau-Brunswick",
     "finance, administration and corporate services for the New Brunswick regional office", "des finances, de l'administration et des services ministériels du bureau régional du Nouveau-Brunswick",
     ("Vice-President, New Brunswick", "Vice-président, Nouveau-Brunswick", 4), "FRE", None),
    ("A9", "ACOA", "comms", 2, "Director General, Communications", "Directeur général, Communications",
     "the Agency's communications function", "de la fonction des communications de l'Agence",
     ("Vice-President, Policy and Communications", "Vice-président, Politiques et communications", 4), "MON",
     [("Director, Strategic Communications and Marketing", "Directeur, Communications stratégiques et marketing", "EX-01"),
      ("Manager, Media Relations", "Gestionnaire, Relations avec les médias", "IS-05"),
      ("Manager, Digital Communications", "Gestionnaire, Communications numériques", "IS-05"),
      ("Manager, Ministerial Events", "Gestionnaire, Événements ministériels", "IS-04")]),
    ("A10", "ACOA", "programs", 1, "Director, Trade and Investment", "Directeur, Commerce et investissement",
     "the Agency's trade development and foreign direct investment initiatives", "des initiatives de l'Agence en matière de développement du commerce et d'investissement étranger direct",
     ("Director General, Programs", "Directeur général, Programmes", 3), "MON", None),
    ("D1", "DFO", "fish", 2, "Regional Director, Fisheries Management, Gulf Region", "Directeur régional, Gestion des pêches, Région du Golfe",
     "the management of commercial, recreational and Indigenous fisheries in the Gulf Region", "de la gestion des pêches commerciales, récréatives et autochtones dans la Région du Golfe",
     ("Regional Director General, Gulf Region", "Directeur général régional, Région du Golfe", 3), "MON",
     [("Director, Resource Management", "Directeur, Gestion des ressources", "EX-01"),
      ("Area Director, Southern Gulf", "Directeur de secteur, Sud du Golfe", "CO-03"),
      ("Chief, Licensing and Allocations", "Chef, Délivrance des permis et allocations", "PM-05"),
      ("Manager, Indigenous Fisheries Programs", "Gestionnaire, Programmes autochtones des pêches", "CO-02")]),
    ("D2", "DFO", "fish", 1, "Director, Resource Management, Maritimes Region", "Directeur, Gestion des ressources, Région des Maritimes",
     "the management of fisheries resources in the Maritimes Region", "de la gestion des ressources halieutiques dans la Région des Maritimes",
     ("Regional Director, Fisheries Management, Maritimes Region", "Directeur régional, Gestion des pêches, Région des Maritimes", 2), "DAR", None),
    ("D3", "DFO", "science", 2, "Regional Director, Science, Maritimes Region", "Directeur régional, Sciences, Région des Maritimes",
     "the science program of the Maritimes Region, including the Bedford Institute of Oceanography and the St. Andrews Biological Station",
     "du programme scientifique de la Région des Maritimes, y compris l'Institut océanographique de Bedford et la Station biologique de St. Andrews",
     ("Regional Director General, Maritimes Region", "Directeur général régional, Région des Maritimes", 3), "DAR",
     [("Director, Ocean and Ecosystem Sciences", "Directeur, Sciences des océans et des écosystèmes", "EX-01"),
      ("Director, Population Ecology", "Directeur, Écologie des populations", "RES-04"),
      ("Manager, Centre for Science Advice", "Gestionnaire, Centre des avis scientifiques", "BI-04"),
      ("Manager, Science Operations", "Gestionnaire, Opérations scientifiques", "EG-07")]),
    ("D4", "DFO", "science", 1, "Director, Ocean and Ecosystem Sciences", "Directeur, Sciences des océans et des écosystèmes",
     "oceanographic and ecosystem research and monitoring in the Maritimes Region", "de la recherche et de la surveillance océanographiques et écosystémiques dans la Région des Maritimes",
     ("Regional Director, Science, Maritimes Region", "Directeur régional, Sciences, Région des Maritimes", 2), "DAR", None),
    ("D5", "DFO", "fish", 1, "Regional Director, Conservation and Protection, Gulf Region", "Directeur régional, Conservation et protection, Région du Golfe",
     "the enforcement of the Fisheries Act and related regulations in the Gulf Region", "de l'application de la Loi sur les pêches et des règlements connexes dans la Région du Golfe",
     ("Regional Director General, Gulf Region", "Directeur général régional, Région du Golfe", 3), "MON", None),
    ("D6", "DFO", "harbours", 1, "Regional Director, Small Craft Harbours, Maritimes and Gulf", "Directeur régional, Ports pour petits bateaux, Maritimes et Golfe",
     "the Small Craft Harbours program in the Maritimes and Gulf regions", "du programme des ports pour petits bateaux dans les régions des Maritimes et du Golfe",
     ("Director General, Small Craft Harbours", "Directeur général, Ports pour petits bateaux", 3), "DAR", None),
    ("D7", "DFO", "fish", 3, "Regional Director General, Gulf Region", "Directeur général régional, Région du Golfe",
     "all departmental programs in the Gulf Region, which covers the coasts of eastern New Brunswick, Prince Edward Island and western Nova Scotia",
     "de l'ensemble des programmes ministériels dans la Région du Golfe, qui couvre les côtes de l'est du Nouveau-Brunswick, de l'Île-du-Prince-Édouard et de l'ouest de la Nouvelle-Écosse",
     ("Senior Assistant Deputy Minister, Fisheries and Harbour Management", "Sous-ministre adjoint principal, Gestion des pêches et des ports", 5), "MON",
     [("Regional Director, Fisheries Management", "Directeur régional, Gestion des pêches", "EX-02"),
      ("Regional Director, Science", "Directeur régional, Sciences", "EX-02"),
      ("Regional Director, Conservation and Protection", "Directeur régional, Conservation et protection", "EX-01"),
      ("Regional Director, Corporate Services", "Directeur régional, Services intégrés", "EX-01"),
      ("Director, Regional Communications", "Directeur, Communications régionales", "IS-06")]),
    ("D8", "DFO", "fish", 1, "Director, Aquaculture Management, Gulf Region", "Directeur, Gestion de l'aquaculture, Région du Golfe",
     "the management of shellfish and finfish aquaculture in the Gulf Region", "de la gestion de l'aquaculture des mollusques et des poissons dans la Région du Golfe",
     ("Regional Director, Fisheries Management, Gulf Region", "Directeur régional, Gestion des pêches, Région du Golfe", 2), "MON", None),
    ("D9", "DFO", "policy", 1, "Regional Director, Policy and Economics, Maritimes Region", "Directeur régional, Politiques et économie, Région des Maritimes",
     "regional policy, economic analysis and strategic planning for the Maritimes Region", "les politiques régionales, l'analyse économique et la planification stratégique de la Région des Maritimes",
     ("Regional Director General, Maritimes Region", "Directeur général régional, Région des Maritimes", 3), "DAR", None),
    ("D10", "DFO", "policy", 1, "Director, Reconciliation and Indigenous Programs, Gulf Region", "Directeur, Réconciliation et programmes autochtones, Région du Golfe",
     "the region's reconciliation agreements and Indigenous fisheries programs", "les ententes de réconciliation et les programmes autochtones des pêches de la région",
     ("Regional Director General, Gulf Region", "Directeur général régional, Région du Golfe", 3), "MON", None),
    ("S1", "SC", "ops", 3, "Regional Director General, Atlantic Region", "Directeur général régional, Région de l'Atlantique",
     "all Service Canada operations in the Atlantic Region", "de l'ensemble des opérations de Service Canada dans la Région de l'Atlantique",
     ("Assistant Deputy Minister, Program Operations Branch", "Sous-ministre adjoint, Direction générale des opérations de programmes", 5), "MON",
     [("Executive Director, Citizen Services, Atlantic", "Directeur exécutif, Services aux citoyens, Atlantique", "EX-02"),
      ("Director, Benefits Processing, Atlantic", "Directeur, Traitement des prestations, Atlantique", "EX-01"),
      ("Director, Integrity Services, Atlantic", "Directeur, Services d'intégrité, Atlantique", "EX-01"),
      ("Director, Corporate Services and Planning, Atlantic", "Directeur, Services ministériels et planification, Atlantique", "EX-01"),
      ("Director, Service Delivery, Newfoundland and Labrador", "Directeur, Prestation des services, Terre-Neuve-et-Labrador", "EX-01")]),
    ("S2", "SC", "ops", 1, "Director, Benefits Processing, Atlantic", "Directeur, Traitement des prestations, Atlantique",
     "the processing of Employment Insurance, Canada Pension Plan and Old Age Security benefits in the Atlantic Region",
     "du traitement des prestations d'assurance-emploi, du Régime de pensions du Canada et de la Sécurité de la vieillesse dans la Région de l'Atlantique",
     ("Regional Director General, Atlantic Region", "Directeur général régional, Région de l'Atlantique", 3), "BAT", None),
    ("S3", "SC", "ops", 2, "Executive Director, Citizen Services, Atlantic", "Directeur exécutif, Services aux citoyens, Atlantique",
     "in-person, outreach and passport services through the Service Canada Centres of the Atlantic Region",
     "des services en personne, des services mobiles et des services de passeport offerts par les Centres Service Canada de la Région de l'Atlantique",
     ("Regional Director General, Atlantic Region", "Directeur général régional, Région de l'Atlantique", 3), "HAL",
     [("Director, Citizen Services, Nova Scotia", "Directeur, Services aux citoyens, Nouvelle-Écosse", "EX-01"),
      ("Director, Citizen Services, New Brunswick and Prince Edward Island", "Directeur, Services aux citoyens, Nouveau-Brunswick et Île-du-Prince-Édouard", "EX-01"),
      ("Manager, Passport Services", "Gestionnaire, Services de passeport", "PM-06"),
      ("Manager, Outreach and Community Services", "Gestionnaire, Services mobiles et communautaires", "PM-05")]),
    ("S4", "SC", "integrity", 1, "Director, Integrity Services, Atlantic", "Directeur, Services d'intégrité, Atlantique",
     "integrity services for Employment Insurance, the Canada Pension Plan and Old Age Security in the Atlantic Region",
     "des services d'intégrité de l'assurance-emploi, du Régime de pensions du Canada et de la Sécurité de la vieillesse dans la Région de l'Atlantique",
     ("Regional Director General, Atlantic Region", "Directeur général régional, Région de l'Atlantique", 3), "MON", None),
    ("S5", "SC", "ops", 1, "Director, Service Delivery, Newfoundland and Labrador", "Directeur, Prestation des services, Terre-Neuve-et-Labrador",
     "the delivery of Service Canada programs and services in Newfoundland and Labrador", "de la prestation des programmes et des services de Service Canada à Terre-Neuve-et-Labrador",
     ("Regional Director General, Atlantic Region", "Directeur général régional, Région de l'Atlantique", 3), "STJ", None),
    ("S6", "SC", "ops", 1, "Director, Employment Insurance Operations, Atlantic", "Directeur, Opérations de l'assurance-emploi, Atlantique",
     "the processing of Employment Insurance claims in the Atlantic Region", "du traitement des demandes d'assurance-emploi dans la Région de l'Atlantique",
     ("Executive Director, Benefits Delivery, Atlantic", "Directeur exécutif, Prestation des prestations, Atlantique", 2), "MON", None),
    ("S7", "SC", "hr", 1, "Director, Human Resources Services, Atlantic", "Directeur, Services des ressources humaines, Atlantique",
     "human resources services to the Atlantic Region of Service Canada", "des services de ressources humaines offerts à la Région de l'Atlantique de Service Canada",
     ("Regional Director General, Atlantic Region", "Directeur général régional, Région de l'Atlantique", 3), "MON", None),
    ("S8", "SC", "finance", 1, "Director, Corporate Services and Planning, Atlantic", "Directeur, Services ministériels et planification, Atlantique",
     "corporate planning, finance, facilities and administration for the Atlantic Region", "de la planification ministérielle, des finances, des installations et de l'administration de la Région de l'Atlantique",
     ("Regional Director General, Atlantic Region", "Directeur général régional, Région de l'Atlantique", 3), "MON", None),
]

FIRST = ["Marc", "Josée", "Colin", "Heather", "Rémi", "Natalie", "Gerald", "Chantal", "Ian", "Sandra", "Luc",
         "Margaret", "Daniel", "Annie", "Kevin", "Monique", "Stephen", "Nicole", "Blair", "Renée", "Trevor",
         "Lise", "Patrick", "Diane", "Alain", "Jennifer", "Roland", "Krista", "Wade", "Sylvie", "Dwayne",
         "Paulette", "Gordon", "Mélanie", "Craig", "Valerie", "Yvon", "Tanya", "Bernard", "Carla"]
LAST = ["LeBlanc", "Cormier", "MacKinnon", "Arsenault", "Gallant", "Doucet", "MacLeod", "Robichaud", "Gillis",
        "Savoie", "Chiasson", "Boudreau", "Murphy", "Campbell", "Richard", "Poirier", "McIsaac", "Thibodeau",
        "Fitzpatrick", "Landry", "Hachey", "MacPhee", "Goguen", "Burke", "Bourque", "Whalen", "Daigle",
        "MacDougall", "Comeau", "Power", "Melanson", "Sheehan", "Léger", "Noseworthy", "Losier", "Pike"]
