"""Agencies, report pools, label and heading wordings and prose for the blind63 corpus.

Everything here is invented for the corpus (positions, numbers, people); the agencies are real
federal portfolio agencies, tribunals, regional development agencies and agents of Parliament.
"""

# key: (English name, French name, English abbreviation, French abbreviation, head EN, head FR,
#       mandate EN, mandate FR)
AGENCIES = {
    "ACOA": ("Atlantic Canada Opportunities Agency", "Agence de promotion économique du Canada atlantique",
             "ACOA", "APECA", "President", "président",
             "ACOA works to create opportunities for economic growth in Atlantic Canada by helping businesses "
             "become more competitive, innovative and productive, by working with communities to develop and "
             "diversify local economies, and by championing the strengths of Atlantic Canada.",
             "L'APECA s'emploie à créer des possibilités de croissance économique au Canada atlantique en aidant "
             "les entreprises à devenir plus concurrentielles, novatrices et productives, en collaborant avec les "
             "collectivités pour développer et diversifier les économies locales et en faisant valoir les forces "
             "de la région."),
    "CED": ("Canada Economic Development for Quebec Regions", "Développement économique Canada pour les régions du Québec",
            "CED", "DEC", "President", "président",
            "CED supports the economic development of Quebec's regions through financial assistance to "
            "businesses and non-profit organizations, with particular attention to regions whose economy is "
            "slow to grow.",
            "DEC appuie le développement économique des régions du Québec par une aide financière aux "
            "entreprises et aux organismes à but non lucratif, en portant une attention particulière aux "
            "régions dont la croissance économique est lente."),
    "PRAIRIES": ("Prairies Economic Development Canada", "Développement économique Canada pour les Prairies",
                 "PrairiesCan", "PrairiesCan", "Deputy Minister", "sous-ministre",
                 "PrairiesCan diversifies the economy of the Prairie provinces, supports business growth and "
                 "innovation and advances the interests of the Prairies in national economic policy.",
                 "PrairiesCan diversifie l'économie des provinces des Prairies, soutient la croissance et "
                 "l'innovation des entreprises et fait valoir les intérêts des Prairies dans la politique "
                 "économique nationale."),
    "PACIFICAN": ("Pacific Economic Development Canada", "Développement économique Canada pour le Pacifique",
                  "PacifiCan", "PacifiCan", "Deputy Minister", "sous-ministre",
                  "PacifiCan supports British Columbia's businesses, communities and Indigenous partners in "
                  "building a resilient, inclusive and low-carbon economy.",
                  "PacifiCan appuie les entreprises, les collectivités et les partenaires autochtones de la "
                  "Colombie-Britannique dans la construction d'une économie résiliente, inclusive et sobre en "
                  "carbone."),
    "FEDNOR": ("Federal Economic Development Agency for Northern Ontario", "Agence fédérale de développement économique pour le Nord de l'Ontario",
               "FedNor", "FedNor", "President", "président",
               "FedNor delivers programs and services that support business growth, community economic "
               "development and innovation across Northern Ontario.",
               "FedNor offre des programmes et des services qui appuient la croissance des entreprises, le "
               "développement économique des collectivités et l'innovation dans le Nord de l'Ontario."),
    "CANNOR": ("Canadian Northern Economic Development Agency", "Agence canadienne de développement économique du Nord",
               "CanNor", "CanNor", "President", "président",
               "CanNor fosters a diversified, sustainable and dynamic economy across Yukon, the Northwest "
               "Territories and Nunavut, and coordinates federal activity in the North, including the "
               "Northern Projects Management Office.",
               "CanNor favorise une économie diversifiée, durable et dynamique au Yukon, dans les Territoires "
               "du Nord-Ouest et au Nunavut, et coordonne l'action fédérale dans le Nord, notamment par le "
               "Bureau de gestion des projets nordiques."),
    "OCOL": ("Office of the Commissioner of Official Languages", "Commissariat aux langues officielles",
             "OCOL", "CLO", "Commissioner", "commissaire",
             "The Commissioner of Official Languages, an Officer of Parliament, protects the language rights "
             "of Canadians, promotes linguistic duality and ensures compliance with the Official Languages Act "
             "through investigations, audits and interventions before the courts.",
             "Le commissaire aux langues officielles, agent du Parlement, protège les droits linguistiques des "
             "Canadiens, fait la promotion de la dualité linguistique et veille au respect de la Loi sur les "
             "langues officielles par des enquêtes, des vérifications et des interventions devant les tribunaux."),
    "OPC": ("Office of the Privacy Commissioner of Canada", "Commissariat à la protection de la vie privée du Canada",
            "OPC", "CPVP", "Privacy Commissioner", "commissaire",
            "The Office oversees compliance with the Privacy Act and the Personal Information Protection and "
            "Electronic Documents Act, investigates complaints, conducts audits and advises Parliament on "
            "the privacy implications of legislation and emerging technologies.",
            "Le Commissariat veille au respect de la Loi sur la protection des renseignements personnels et "
            "de la LPRPDE, fait enquête sur les plaintes, effectue des vérifications et conseille le "
            "Parlement sur les incidences des projets de loi et des technologies émergentes sur la vie privée."),
    "OIC": ("Office of the Information Commissioner of Canada", "Commissariat à l'information du Canada",
            "OIC", "CI", "Information Commissioner", "commissaire",
            "The Information Commissioner investigates complaints about the handling of access to information "
            "requests under the Access to Information Act and may issue binding orders to federal institutions.",
            "La commissaire à l'information fait enquête sur les plaintes relatives au traitement des "
            "demandes d'accès présentées en vertu de la Loi sur l'accès à l'information et peut rendre des "
            "ordonnances exécutoires."),
    "OCL": ("Office of the Commissioner of Lobbying of Canada", "Commissariat au lobbying du Canada",
            "OCL", "CAL", "Commissioner of Lobbying", "commissaire au lobbying",
            "The Office maintains the Registry of Lobbyists, develops and implements educational programs, "
            "and ensures compliance with the Lobbying Act and the Lobbyists' Code of Conduct.",
            "Le Commissariat tient le Registre des lobbyistes, élabore des programmes de sensibilisation et "
            "veille au respect de la Loi sur le lobbying et du Code de déontologie des lobbyistes."),
    "PSIC": ("Office of the Public Sector Integrity Commissioner of Canada", "Commissariat à l'intégrité du secteur public du Canada",
             "PSIC", "ISPC", "Commissioner", "commissaire",
             "The Office administers the Public Servants Disclosure Protection Act, receiving and investigating "
             "disclosures of wrongdoing and complaints of reprisal from public servants and members of the public.",
             "Le Commissariat applique la Loi sur la protection des fonctionnaires divulgateurs "
             "d'actes répréhensibles en recevant les divulgations et les plaintes en matière de représailles."),
    "IRB": ("Immigration and Refugee Board of Canada", "Commission de l'immigration et du statut de réfugié du Canada",
            "IRB", "CISR", "Chairperson", "président",
            "The IRB is Canada's largest independent administrative tribunal. Its four divisions decide "
            "immigration and refugee matters efficiently, fairly and in accordance with the law.",
            "La CISR est le plus important tribunal administratif indépendant au Canada. Ses quatre sections "
            "rendent des décisions sur des questions d'immigration et de protection des réfugiés avec "
            "efficacité, équité et conformément à la loi."),
    "ATSSC": ("Administrative Tribunals Support Service of Canada", "Service canadien d'appui aux tribunaux administratifs",
              "ATSSC", "SCDATA", "Chief Administrator", "administrateur en chef",
              "The ATSSC provides support services and facilities to eleven federal administrative tribunals, "
              "including registry, research, legal and corporate services, while respecting their independence.",
              "Le SCDATA fournit des services de soutien et des installations à onze tribunaux administratifs "
              "fédéraux, notamment les services de greffe, de recherche, juridiques et internes, dans le "
              "respect de leur indépendance."),
    "CTA": ("Canadian Transportation Agency", "Office des transports du Canada",
            "CTA", "OTC", "Chair and Chief Executive Officer", "président et premier dirigeant",
            "The Agency is an independent, quasi-judicial tribunal and regulator that makes decisions on "
            "federal transportation matters, resolves disputes and protects the rights of travellers, "
            "including persons with disabilities.",
            "L'Office est un tribunal quasi judiciaire et un organisme de réglementation indépendant qui "
            "rend des décisions sur des questions de transport fédéral, règle des différends et protège les "
            "droits des voyageurs, y compris les personnes handicapées."),
    "CRTC": ("Canadian Radio-television and Telecommunications Commission", "Conseil de la radiodiffusion et des télécommunications canadiennes",
             "CRTC", "CRTC", "Chairperson and Chief Executive Officer", "président et premier dirigeant",
             "The CRTC regulates and supervises broadcasting and telecommunications in the public interest.",
             "Le CRTC réglemente et surveille la radiodiffusion et les télécommunications dans l'intérêt public."),
    "PBC": ("Parole Board of Canada", "Commission des libérations conditionnelles du Canada",
            "PBC", "CLCC", "Chairperson", "président",
            "The Board is an independent administrative tribunal that makes conditional release decisions "
            "for offenders and record suspension decisions, contributing to public safety.",
            "La Commission est un tribunal administratif indépendant qui rend des décisions sur la mise en "
            "liberté sous condition des délinquants et sur la suspension du casier, contribuant ainsi à la "
            "sécurité publique."),
    "VRAB": ("Veterans Review and Appeal Board", "Tribunal des anciens combattants (révision et appel)",
             "VRAB", "TACRA", "Chair", "président",
             "The Board offers Veterans and their families an independent avenue of appeal for disability "
             "benefit decisions made by Veterans Affairs Canada.",
             "Le Tribunal offre aux vétérans et à leur famille un recours indépendant à l'égard des décisions "
             "d'Anciens Combattants Canada en matière de prestations d'invalidité."),
    "CNSC": ("Canadian Nuclear Safety Commission", "Commission canadienne de sûreté nucléaire",
             "CNSC", "CCSN", "President", "président",
             "The CNSC regulates the use of nuclear energy and materials to protect health, safety and "
             "security and the environment, and implements Canada's international commitments on the "
             "peaceful use of nuclear energy.",
             "La CCSN réglemente l'utilisation de l'énergie et des matières nucléaires afin de préserver la "
             "santé, la sûreté et la sécurité ainsi que l'environnement."),
    "TSB": ("Transportation Safety Board of Canada", "Bureau de la sécurité des transports du Canada",
            "TSB", "BST", "Chief Operating Officer", "administrateur général",
            "The TSB advances transportation safety by investigating occurrences in the marine, pipeline, "
            "rail and air modes and communicating the risks it finds to the public and to industry.",
            "Le BST contribue à la sécurité des transports en menant des enquêtes sur les événements "
            "maritimes, de pipeline, ferroviaires et aéronautiques et en communiquant les risques décelés."),
    "CSA": ("Canadian Space Agency", "Agence spatiale canadienne",
            "CSA", "ASC", "President", "président",
            "The CSA leads the development and application of space knowledge for the benefit of Canadians.",
            "L'ASC dirige le développement et l'utilisation des connaissances spatiales au profit des "
            "Canadiens."),
    "FCAC": ("Financial Consumer Agency of Canada", "Agence de la consommation en matière financière du Canada",
             "FCAC", "ACFC", "Commissioner", "commissaire",
             "FCAC supervises federally regulated financial entities for compliance with consumer protection "
             "measures and strengthens the financial literacy of Canadians.",
             "L'ACFC surveille les entités financières sous réglementation fédérale quant au respect des "
             "mesures de protection des consommateurs et renforce la littératie financière des Canadiens."),
    "OCI": ("Office of the Correctional Investigator", "Bureau de l'enquêteur correctionnel",
            "OCI", "BEC", "Correctional Investigator", "enquêteur correctionnel",
            "The Office acts as the ombudsperson for federally sentenced individuals, investigating their "
            "complaints and reviewing the policies and practices of the Correctional Service of Canada.",
            "Le Bureau agit comme ombudsman des personnes purgeant une peine de ressort fédéral : il fait "
            "enquête sur leurs plaintes et examine les politiques et pratiques du Service correctionnel."),
    "CGC": ("Canadian Grain Commission", "Commission canadienne des grains",
            "CGC", "CCG", "Chief Commissioner", "commissaire en chef",
            "The CGC regulates grain handling in Canada and establishes and maintains science-based "
            "standards of quality for Canadian grain.",
            "La CCG réglemente la manutention des grains au Canada et établit des normes de qualité "
            "scientifiques pour le grain canadien."),
    "CHRC": ("Canadian Human Rights Commission", "Commission canadienne des droits de la personne",
             "CHRC", "CCDP", "Chief Commissioner", "présidente",
             "The Commission administers the Canadian Human Rights Act and the Employment Equity Act, "
             "screening and resolving complaints of discrimination.",
             "La Commission applique la Loi canadienne sur les droits de la personne et la Loi sur l'équité "
             "en matière d'emploi, et traite les plaintes de discrimination."),
}

# domain: list of (title, classification) in English and in French
REPORTS_EN = {
    "ops": [("Director, Regional Operations", "EX-01"), ("Manager, Client Services", "PM-06"),
            ("Manager, Business Development", "EC-07"), ("Senior Advisor, Operations Planning", "PM-06"),
            ("Director, Field Operations", "EX-01"), ("Manager, Community Development", "EC-06")],
    "policy": [("Director, Policy and Research", "EX-01"), ("Manager, Strategic Policy", "EC-07"),
               ("Manager, Economic Analysis", "EC-07"), ("Senior Policy Advisor", "EC-06"),
               ("Manager, Parliamentary Affairs", "PM-06")],
    "corp": [("Director, Financial Management", "FI-04"), ("Manager, Human Resources", "PE-05"),
             ("Manager, Procurement and Materiel", "PG-05"), ("Manager, Information Management", "IS-06"),
             ("Chief, Security and Facilities", "AS-07")],
    "it": [("Manager, Application Development", "CS-04"), ("Manager, IT Infrastructure", "CS-04"),
           ("Manager, Cyber Security", "CS-04"), ("Senior Architect", "CS-05")],
    "programs": [("Director, Programs", "EX-01"), ("Manager, Program Delivery", "PM-06"),
                 ("Manager, Contribution Agreements", "PM-06"), ("Manager, Performance Measurement", "EC-07"),
                 ("Director, Innovation and Growth", "EX-01")],
    "tribunal": [("Registrar", "EX-01"), ("Manager, Registry Operations", "PM-06"),
                 ("Manager, Case Management", "PM-05"), ("Senior Counsel", "LP-02"),
                 ("Manager, Decision Quality", "EC-07")],
    "invest": [("Director, Investigations", "EX-01"), ("Manager, Compliance", "PM-06"),
               ("Manager, Audits", "AU-04"), ("Senior Investigator", "PM-06"), ("Manager, Intake and Early Resolution", "PM-05")],
    "comms": [("Manager, Media Relations", "IS-05"), ("Manager, Digital Communications", "IS-05"),
              ("Manager, Public Outreach", "IS-05"), ("Senior Advisor, Strategic Communications", "IS-05")],
}
REPORTS_FR = {
    "ops": [("Directeur, Opérations régionales", "EX-01"), ("Gestionnaire, Services à la clientèle", "PM-06"),
            ("Gestionnaire, Développement des affaires", "EC-07"), ("Conseillère principale, Planification des opérations", "PM-06"),
            ("Directrice, Opérations sur le terrain", "EX-01"), ("Gestionnaire, Développement des collectivités", "EC-06")],
    "policy": [("Directrice, Politiques et recherche", "EX-01"), ("Gestionnaire, Politiques stratégiques", "EC-07"),
               ("Gestionnaire, Analyse économique", "EC-07"), ("Conseiller principal en politiques", "EC-06"),
               ("Gestionnaire, Affaires parlementaires", "PM-06")],
    "corp": [("Directeur, Gestion financière", "FI-04"), ("Gestionnaire, Ressources humaines", "PE-05"),
             ("Gestionnaire, Approvisionnement et matériel", "PG-05"), ("Gestionnaire, Gestion de l'information", "IS-06"),
             ("Chef, Sécurité et installations", "AS-07")],
    "it": [("Gestionnaire, Développement des applications", "CS-04"), ("Gestionnaire, Infrastructure de TI", "CS-04"),
           ("Gestionnaire, Cybersécurité", "CS-04"), ("Architecte principal", "CS-05")],
    "programs": [("Directeur, Programmes", "EX-01"), ("Gestionnaire, Prestation des programmes", "PM-06"),
                 ("Gestionnaire, Ententes de contribution", "PM-06"), ("Gestionnaire, Mesure du rendement", "EC-07"),
                 ("Directrice, Innovation et croissance", "EX-01")],
    "tribunal": [("Greffier", "EX-01"), ("Gestionnaire, Opérations du greffe", "PM-06"),
                 ("Gestionnaire, Gestion des cas", "PM-05"), ("Avocate principale", "LP-02"),
                 ("Gestionnaire, Qualité des décisions", "EC-07")],
    "invest": [("Directrice, Enquêtes", "EX-01"), ("Gestionnaire, Conformité", "PM-06"),
               ("Gestionnaire, Vérifications", "AU-04"), ("Enquêteur principal", "PM-06"),
               ("Gestionnaire, Accueil et règlement rapide", "PM-05")],
    "comms": [("Gestionnaire, Relations avec les médias", "IS-05"), ("Gestionnaire, Communications numériques", "IS-05"),
              ("Gestionnaire, Sensibilisation du public", "IS-05"), ("Conseillère principale, Communications stratégiques", "IS-05")],
}
ASSISTANT = {"en": ("Executive Assistant", "AS-02"), "fr": ("Adjointe administrative", "AS-02")}

# Prose: summary (role), key activities, by domain; {unit} and {org} are filled in.
SUMMARY_EN = {
    "ops": "The {title} is accountable for the planning, direction and delivery of {org}'s operations in the {unit}, ensuring that clients receive timely, consistent and high-quality services and that operational results support the organization's priorities.",
    "policy": "The {title} is accountable for providing strategic policy leadership, research and analysis to the {unit}, and for advising senior management on emerging economic and policy issues affecting {org}'s mandate.",
    "corp": "The {title} is accountable for the direction of the {unit}, providing comprehensive, integrated corporate services (financial management, human resources, procurement and information management) that enable {org} to deliver its mandate with probity and prudence.",
    "it": "The {title} is accountable for the strategic direction, delivery and security of information technology services in the {unit}, and for the modernization of {org}'s digital platforms.",
    "programs": "The {title} is accountable for the design, delivery and monitoring of {org}'s grants and contributions programs managed by the {unit}, ensuring sound stewardship of public funds and measurable results for clients and communities.",
    "tribunal": "The {title} is accountable for the management of the {unit}, ensuring that cases are processed fairly, efficiently and in accordance with the rules of procedure, and that members receive the registry, research and legal support they need to render quality decisions.",
    "invest": "The {title} is accountable for leading the {unit}, conducting investigations, audits and compliance activities, and recommending corrective measures to the head of {org}.",
    "comms": "The {title} is accountable for the strategic communications, public outreach and media relations of {org} through the {unit}.",
}
SUMMARY_FR = {
    "ops": "Le titulaire du poste de {title} est responsable de la planification, de l'orientation et de la prestation des opérations de {org} au sein de la {unit}, de façon à ce que la clientèle reçoive des services rapides, uniformes et de grande qualité.",
    "policy": "Le titulaire est responsable d'assurer le leadership stratégique en matière de politiques, de recherche et d'analyse au sein de la {unit}, et de conseiller la haute direction sur les enjeux économiques et stratégiques émergents touchant le mandat de {org}.",
    "corp": "Le titulaire dirige la {unit} et fournit des services internes intégrés (gestion financière, ressources humaines, approvisionnement et gestion de l'information) permettant à {org} de réaliser son mandat avec probité et prudence.",
    "it": "Le titulaire est responsable de l'orientation stratégique, de la prestation et de la sécurité des services de technologie de l'information de la {unit}, ainsi que de la modernisation des plateformes numériques de {org}.",
    "programs": "Le titulaire est responsable de la conception, de la prestation et du suivi des programmes de subventions et de contributions de {org} gérés par la {unit}, en assurant une saine gestion des fonds publics et des résultats mesurables.",
    "tribunal": "Le titulaire dirige la {unit} et veille à ce que les dossiers soient traités de façon équitable, efficace et conforme aux règles de procédure, et à ce que les commissaires reçoivent l'appui du greffe, de la recherche et des services juridiques nécessaire à des décisions de qualité.",
    "invest": "Le titulaire dirige la {unit}, mène des enquêtes, des vérifications et des activités de conformité et recommande des mesures correctives au dirigeant de {org}.",
    "comms": "Le titulaire est responsable des communications stratégiques, de la sensibilisation du public et des relations avec les médias de {org} par l'entremise de la {unit}.",
}
ACTIVITIES_EN = {
    "ops": ["Directs the planning and delivery of operations and client services, setting service standards and monitoring results against them.",
            "Establishes and maintains effective relationships with provincial and municipal governments, Indigenous organizations, industry associations and community partners.",
            "Leads the development of regional strategies and investment plans that respond to local economic conditions.",
            "Provides strategic advice and briefings to senior management and the executive committee on operational issues and risks.",
            "Manages the human, financial and material resources of the unit with prudence and probity, in accordance with the values and ethics of the public service."],
    "policy": ["Directs the conduct of policy research, economic analysis and forecasting to inform decisions of the executive committee.",
               "Leads the preparation of Memoranda to Cabinet, Treasury Board submissions and briefing material for the Minister and the head of the organization.",
               "Represents the organization on interdepartmental and federal-provincial-territorial committees and working groups.",
               "Develops and maintains networks with academic institutions, think tanks and stakeholder organizations.",
               "Manages the unit's human and financial resources and fosters a healthy, diverse and inclusive workplace."],
    "corp": ["Provides strategic advice to the head of the organization and the executive committee on the management of financial, human and material resources.",
             "Directs the preparation of the departmental plan, the departmental results report, financial statements and budget forecasts.",
             "Ensures compliance with Treasury Board policies, directives and standards and the Financial Administration Act.",
             "Leads the organization's response to audits, evaluations and central agency reporting requirements.",
             "Oversees the delivery of pay, staffing, labour relations, procurement, security and accommodation services."],
    "it": ["Directs the planning, development and operation of applications, networks and infrastructure.",
           "Leads the organization's cyber security program and ensures the continuity of critical systems.",
           "Develops the digital strategy and the information technology investment plan.",
           "Manages relationships with Shared Services Canada and private-sector service providers.",
           "Manages the unit's human and financial resources and develops the technical capacity of its teams."],
    "programs": ["Directs the design, delivery and evaluation of grants and contributions programs, including the assessment and approval of project proposals.",
                 "Ensures that contribution agreements are managed in compliance with the Policy on Transfer Payments and that repayable contributions are collected.",
                 "Develops performance measurement frameworks and reports on program results to senior management and central agencies.",
                 "Establishes partnerships with financial institutions, economic development organizations and other levels of government.",
                 "Manages the unit's human and financial resources and program envelopes with prudence and probity."],
    "tribunal": ["Directs registry operations, including the scheduling of hearings, the management of case files and the service of decisions.",
                 "Establishes performance standards for case processing and monitors the inventory of cases and the time taken to finalize them.",
                 "Provides strategic advice to the Chairperson and members on procedural, operational and administrative issues.",
                 "Leads initiatives to modernize case management, including electronic filing and virtual hearings.",
                 "Manages the human and financial resources of the unit while preserving the independence of the tribunal's decision-makers."],
    "invest": ["Directs investigations of complaints and the conduct of audits and compliance reviews of federal institutions.",
               "Approves investigation plans, findings and recommendations and ensures procedural fairness.",
               "Provides expert advice to the head of the organization on systemic issues and on the organization's annual and special reports to Parliament.",
               "Develops and maintains early-resolution and intake processes that reduce the time needed to resolve complaints.",
               "Manages the unit's human and financial resources and maintains the confidentiality of information obtained in investigations."],
    "comms": ["Directs the development and implementation of communications strategies and plans for the organization's priorities.",
              "Provides strategic communications advice to the head of the organization and senior management.",
              "Manages media relations, issues management and the organization's presence on the web and social media.",
              "Leads public outreach and awareness activities with stakeholders across Canada.",
              "Manages the unit's human and financial resources."],
}
ACTIVITIES_FR = {
    "ops": ["Dirige la planification et la prestation des opérations et des services à la clientèle, fixe des normes de service et suit les résultats obtenus.",
            "Établit et maintient des relations efficaces avec les gouvernements provinciaux et municipaux, les organisations autochtones, les associations de l'industrie et les partenaires communautaires.",
            "Dirige l'élaboration de stratégies régionales et de plans d'investissement adaptés à la conjoncture économique locale.",
            "Fournit des conseils stratégiques et des breffages à la haute direction et au comité exécutif sur les enjeux et les risques opérationnels.",
            "Gère les ressources humaines, financières et matérielles de l'unité avec prudence et probité, conformément aux valeurs et à l'éthique de la fonction publique."],
    "policy": ["Dirige la recherche sur les politiques, l'analyse économique et les prévisions qui éclairent les décisions du comité exécutif.",
               "Dirige la préparation de mémoires au Cabinet, de présentations au Conseil du Trésor et de notes d'information à l'intention du ministre.",
               "Représente l'organisme au sein de comités et de groupes de travail interministériels et fédéraux-provinciaux-territoriaux.",
               "Établit et entretient des réseaux avec les établissements universitaires, les groupes de réflexion et les intervenants.",
               "Gère les ressources humaines et financières de l'unité et favorise un milieu de travail sain, diversifié et inclusif."],
    "corp": ["Conseille le dirigeant de l'organisme et le comité exécutif sur la gestion des ressources financières, humaines et matérielles.",
             "Dirige la préparation du plan ministériel, du rapport sur les résultats ministériels, des états financiers et des prévisions budgétaires.",
             "Veille au respect des politiques, directives et normes du Conseil du Trésor et de la Loi sur la gestion des finances publiques.",
             "Dirige la réponse de l'organisme aux vérifications, aux évaluations et aux exigences de rapport des organismes centraux.",
             "Supervise la prestation des services de paye, de dotation, de relations de travail, d'approvisionnement, de sécurité et de locaux."],
    "it": ["Dirige la planification, le développement et l'exploitation des applications, des réseaux et de l'infrastructure.",
           "Dirige le programme de cybersécurité de l'organisme et assure la continuité des systèmes essentiels.",
           "Élabore la stratégie numérique et le plan d'investissement en technologie de l'information.",
           "Gère les relations avec Services partagés Canada et les fournisseurs du secteur privé.",
           "Gère les ressources humaines et financières de l'unité et développe la capacité technique des équipes."],
    "programs": ["Dirige la conception, la prestation et l'évaluation des programmes de subventions et de contributions, y compris l'analyse et l'approbation des projets.",
                 "Veille à ce que les ententes de contribution soient gérées conformément à la Politique sur les paiements de transfert et à ce que les contributions remboursables soient recouvrées.",
                 "Élabore des cadres de mesure du rendement et rend compte des résultats des programmes à la haute direction et aux organismes centraux.",
                 "Établit des partenariats avec les institutions financières, les organismes de développement économique et les autres ordres de gouvernement.",
                 "Gère les ressources humaines et financières de l'unité et les enveloppes de programme avec prudence et probité."],
    "tribunal": ["Dirige les opérations du greffe, notamment la mise au rôle des audiences, la gestion des dossiers et la signification des décisions.",
                 "Établit des normes de rendement pour le traitement des dossiers et surveille l'inventaire et les délais de traitement.",
                 "Conseille le président et les commissaires sur les questions procédurales, opérationnelles et administratives.",
                 "Dirige les initiatives de modernisation de la gestion des cas, y compris le dépôt électronique et les audiences virtuelles.",
                 "Gère les ressources humaines et financières de l'unité tout en préservant l'indépendance des décideurs du tribunal."],
    "invest": ["Dirige les enquêtes sur les plaintes ainsi que les vérifications et les examens de conformité des institutions fédérales.",
               "Approuve les plans d'enquête, les conclusions et les recommandations et veille au respect de l'équité procédurale.",
               "Conseille le dirigeant de l'organisme sur les enjeux systémiques et sur les rapports annuels et spéciaux au Parlement.",
               "Élabore et maintient des processus d'accueil et de règlement rapide qui réduisent les délais de traitement des plaintes.",
               "Gère les ressources humaines et financières de l'unité et protège la confidentialité des renseignements obtenus en cours d'enquête."],
    "comms": ["Dirige l'élaboration et la mise en œuvre des stratégies et des plans de communication de l'organisme.",
              "Fournit des conseils stratégiques en communication au dirigeant de l'organisme et à la haute direction.",
              "Gère les relations avec les médias, la gestion des enjeux et la présence de l'organisme sur le Web et les médias sociaux.",
              "Dirige les activités de sensibilisation du public auprès des intervenants de partout au Canada.",
              "Gère les ressources humaines et financières de l'unité."],
}
CHALLENGE_EN = ("The position operates in an environment of heightened public and parliamentary scrutiny, "
                "rising volumes and limited resources. The incumbent must reconcile the priorities of internal "
                "and external stakeholders, anticipate issues before they become crises and maintain the "
                "confidence of clients, partners and central agencies in the organization.")
CHALLENGE_FR = ("Le poste évolue dans un contexte de surveillance accrue du public et du Parlement, de volumes "
                "croissants et de ressources limitées. Le titulaire doit concilier les priorités des "
                "intervenants internes et externes, anticiper les enjeux avant qu'ils ne deviennent des crises "
                "et maintenir la confiance des clients, des partenaires et des organismes centraux.")

FIRST = ["Marie-Claude", "Daniel", "Priya", "Geneviève", "Robert", "Aisha", "Luc", "Karen", "Étienne", "Nadia",
         "Michael", "Sophie", "Olumide", "Hélène", "Trevor", "Isabelle", "Raj", "Chantal", "Brendan", "Mélanie",
         "Kwame", "Josée", "Fiona", "Pierre-Luc", "Anjali", "Sylvain", "Heather", "Yannick", "Lorraine", "Farid"]
LAST = ["Thibodeau", "MacIsaac", "Gauthier", "Okafor", "Lévesque", "Sandhu", "Boudreau", "Whitfield", "Tremblay",
        "Nakamura", "Arsenault", "Côté", "Fitzgerald", "Haddad", "Pelletier", "Kowalczyk", "Robichaud", "Desjardins",
        "McAllister", "Bélanger", "Chen", "Landry", "O'Brien", "Vaillancourt", "Mensah", "Saint-Amour", "Doucet",
        "Hutchinson", "Paquette", "Rahman"]
