"""Positions, people and prose for the blind67 corpus: a generalist HR advisor's folder at
Veterans Affairs Canada (with the Bureau of Pensions Advocates and the Veterans Review and
Appeal Board it serves), 2009-2024. Every position, number and person is invented."""

VAC_EN, VAC_FR = "Veterans Affairs Canada", "Anciens Combattants Canada"

# (title_en, title_fr, classification, position number)
ADM_SD = ("Assistant Deputy Minister, Service Delivery", "Sous-ministre adjoint, Prestation des services", "EX-05", "10044")
ADM_SP = ("Assistant Deputy Minister, Strategic Policy, Planning and Performance",
          "Sous-ministre adjointe, Politiques stratégiques, planification et rendement", "EX-05", "10071")
ADM_CFO = ("Assistant Deputy Minister and Chief Financial Officer, Corporate Services",
           "Sous-ministre adjoint et dirigeant principal des finances, Services ministériels", "EX-05", "10082")
ADM_COM = ("Assistant Deputy Minister, Commemoration and Public Affairs",
           "Sous-ministre adjointe, Commémoration et Affaires publiques", "EX-04", "10093")
DM = ("Deputy Minister", "Sous-ministre", "DM-02", "10001")
DG_FO = ("Director General, Field Operations", "Directeur général, Opérations en région", "EX-03", "31207")
DG_CO = ("Director General, Centralized Operations", "Directrice générale, Opérations centralisées", "EX-03", "31288")
DG_PR = ("Director General, Policy and Research", "Directeur général, Politiques et recherche", "EX-03", "40512")
DG_FIN = ("Director General, Finance and Deputy Chief Financial Officer",
          "Directrice générale, Finances et dirigeante principale adjointe des finances", "EX-03", "50230")
DG_HR = ("Director General, Human Resources", "Directeur général, Ressources humaines", "EX-03", "50411")
DG_IT = ("Chief Information Officer", "Dirigeant principal de l'information", "EX-03", "50602")
DG_COM = ("Director General, Commemoration", "Directrice générale, Commémoration", "EX-03", "60118")
DG_PA = ("Director General, Communications", "Directeur général, Communications", "EX-03", "60140")
DG_SDPM = ("Director General, Service Delivery and Program Management",
           "Directeur général, Prestation des services et gestion des programmes", "EX-03", "31150")
CHAIR = ("Chair, Veterans Review and Appeal Board", "Président, Tribunal des anciens combattants (révision et appel)", None, None)
CPA = ("Executive Director and Chief Pensions Advocate", "Directeur exécutif et avocat-conseil en chef des pensions", "EX-03", "70010")

POSITIONS = {}


def position(key, title_en, title_fr, cls, posno, job_code, loc, branch, mandate, sup, reports,
             salary, om, fte, date, program=None):
    POSITIONS[key] = dict(key=key, title_en=title_en, title_fr=title_fr, cls=cls, posno=posno,
                          job_code=job_code, loc=loc, branch=branch, mandate=mandate, sup=sup,
                          reports=reports, salary=salary, om=om, fte=fte, date=date, program=program)


# locations: (English as printed, French as printed)
CHTWN = ("Charlottetown, Prince Edward Island", "Charlottetown (Île-du-Prince-Édouard)")
OTT = ("Ottawa, Ontario", "Ottawa (Ontario)")

position("fo-dg", "Director General, Field Operations", "Directeur général, Opérations en région", "EX-03",
         "31207", "EX-03-0412", CHTWN, ("Service Delivery Branch", "Direction générale de la prestation des services"),
         ("the national delivery of case management, area office and Veteran service agent services through four regions and thirty-four area offices",
          "la prestation nationale des services de gestion de cas, des bureaux de secteur et des agents de services aux vétérans dans quatre régions et trente-quatre bureaux de secteur"),
         ADM_SD, [("Regional Director General, Atlantic Region", "Directeur général régional, Région de l'Atlantique", "EX-02", 412),
                  ("Regional Director General, Quebec Region", "Directrice générale régionale, Région du Québec", "EX-02", 298),
                  ("Regional Director General, Ontario Region", "Directeur général régional, Région de l'Ontario", "EX-02", 376),
                  ("Regional Director General, Western Region", "Directeur général régional, Région de l'Ouest", "EX-02", 341),
                  ("Director, Field Support and Business Integration", "Directrice, Soutien aux régions et intégration opérationnelle", "EX-01", 27)],
         118_400_000, 9_250_000, 1458, "2017-06-12")
position("rdg-atl", "Regional Director General, Atlantic Region", "Directeur général régional, Région de l'Atlantique", "EX-02",
         "31244", None, ("Halifax, Nova Scotia", "Halifax (Nouvelle-Écosse)"), ("Field Operations", "Opérations en région"),
         ("the delivery of benefits and services to Veterans and their families in New Brunswick, Nova Scotia, Prince Edward Island and Newfoundland and Labrador",
          "la prestation des avantages et des services aux vétérans et à leur famille au Nouveau-Brunswick, en Nouvelle-Écosse, à l'Île-du-Prince-Édouard et à Terre-Neuve-et-Labrador"),
         DG_FO, [("Area Director, Nova Scotia", "Directeur de secteur, Nouvelle-Écosse", "EX-01", 142),
                 ("Area Director, New Brunswick and Prince Edward Island", "Directrice de secteur, Nouveau-Brunswick et Île-du-Prince-Édouard", "EX-01", 118),
                 ("Area Director, Newfoundland and Labrador", "Directeur de secteur, Terre-Neuve-et-Labrador", "PM-06", 86),
                 ("Manager, Regional Business Services", "Gestionnaire, Services opérationnels régionaux", "AS-07", 14)],
         31_650_000, 1_840_000, 412, "2014-10-01")
position("rdg-qc", "Regional Director General, Quebec Region", "Directrice générale régionale, Région du Québec", "EX-02",
         "31246", "EX-02-0088", ("Montréal, Quebec", "Montréal (Québec)"), ("Field Operations", "Opérations en région"),
         ("the delivery of benefits and services to Veterans and their families in Quebec and the National Capital Region",
          "la prestation des avantages et des services aux vétérans et à leur famille au Québec et dans la région de la capitale nationale"),
         DG_FO, [("Area Director, Montréal", "Directeur de secteur, Montréal", "EX-01", 121),
                 ("Area Director, Quebec City and Eastern Quebec", "Directrice de secteur, Québec et Est du Québec", "PM-06", 94),
                 ("Area Director, National Capital Region", "Directeur de secteur, Région de la capitale nationale", "EX-01", 69),
                 ("Regional Advisor, Quality and Business Services", "Conseillère régionale, Qualité et services opérationnels", "PM-05", 1)],
         23_180_000, 1_215_000, 298, "2019-03-18")
position("rdg-west", "Regional Director General, Western Region", "Directeur général régional, Région de l'Ouest", "EX-02",
         "31249", None, ("Vancouver, British Columbia", "Vancouver (Colombie-Britannique)"), ("Field Operations", "Opérations en région"),
         ("the delivery of benefits and services to Veterans and their families in Manitoba, Saskatchewan, Alberta, British Columbia and the territories",
          "la prestation des avantages et des services aux vétérans et à leur famille au Manitoba, en Saskatchewan, en Alberta, en Colombie-Britannique et dans les territoires"),
         DG_FO, [("Area Director, British Columbia and Yukon", "Directeur de secteur, Colombie-Britannique et Yukon", "EX-01", 133),
                 ("Area Director, Alberta and Northwest Territories", "Directrice de secteur, Alberta et Territoires du Nord-Ouest", "EX-01", 117),
                 ("Area Director, Manitoba, Saskatchewan and Nunavut", "Directeur de secteur, Manitoba, Saskatchewan et Nunavut", "PM-06", 81)],
         26_900_000, 1_630_000, 341, "2011-08-22")
position("co-dg", "Director General, Centralized Operations", "Directrice générale, Opérations centralisées", "EX-03",
         "31288", "EX-03-0413", CHTWN, ("Service Delivery Branch", "Direction générale de la prestation des services"),
         ("the national adjudication of disability benefits, the processing of financial benefits and the national contact centre network",
          "le traitement national des demandes de prestations d'invalidité, le traitement des avantages financiers et le réseau national des centres d'appels"),
         ADM_SD, [("Director, Disability Benefits Adjudication", "Directeur, Décisions relatives aux prestations d'invalidité", "EX-01", 386),
                  ("Director, Financial Benefits Processing", "Directrice, Traitement des avantages financiers", "EX-01", 174),
                  ("Director, National Contact Centre Network", "Directeur, Réseau national des centres d'appels", "EX-01", 212),
                  ("Director, Health Care Programs Operations", "Directeur, Opérations des programmes de soins de santé", "EX-01", 96)],
         71_300_000, 6_480_000, 874, "2016-04-04")
position("dba-dir", "Director, Disability Benefits Adjudication", "Directeur, Décisions relatives aux prestations d'invalidité", "EX-01",
         "31302", "EX-01-2291", CHTWN, ("Centralized Operations Division", "Division des opérations centralisées"),
         ("the timely and consistent adjudication of first applications, reassessments and departmental reviews for disability benefits",
          "le traitement rapide et uniforme des premières demandes, des réévaluations et des révisions ministérielles de prestations d'invalidité"),
         DG_CO, [("Manager, First Application Adjudication", "Gestionnaire, Décisions sur les premières demandes", "PM-06", 148),
                 ("Manager, Reassessments and Departmental Reviews", "Gestionnaire, Réévaluations et révisions ministérielles", "PM-06", 121),
                 ("Manager, Medical Advisory Services", "Gestionnaire, Services consultatifs médicaux", "MD-MSP-02", 63),
                 ("Manager, Quality Assurance and Training", "Gestionnaire, Assurance de la qualité et formation", "PM-05", 31),
                 ("Business Analyst", "Analyste des activités", "AS-05", 1)],
         24_350_000, 915_000, 386, "2018-11-05")
position("nccn-dir", "Director, National Contact Centre Network", "Directeur, Réseau national des centres d'appels", "EX-01",
         "31305", None, ("Kirkland Lake, Ontario", "Kirkland Lake (Ontario)"), ("Centralized Operations Division", "Division des opérations centralisées"),
         ("the national contact centre network that answers more than 900,000 calls, e-mails and My VAC Account messages each year",
          "le réseau national des centres d'appels qui répond chaque année à plus de 900 000 appels, courriels et messages de Mon dossier ACC"),
         DG_CO, [("Manager, Kirkland Lake Contact Centre", "Gestionnaire, Centre d'appels de Kirkland Lake", "PM-05", 88),
                 ("Manager, Montréal Contact Centre", "Gestionnaire, Centre d'appels de Montréal", "PM-05", 71),
                 ("Manager, Workforce Management and Telephony", "Gestionnaire, Gestion de l'effectif et téléphonie", "AS-06", 19)],
         12_480_000, 2_130_000, 181, "2015-01-26")
position("pr-dg", "Director General, Policy and Research", "Directeur général, Politiques et recherche", "EX-03",
         "40512", "EX-03-0520", OTT, ("Strategic Policy, Planning and Performance Branch", "Direction générale des politiques stratégiques, de la planification et du rendement"),
         ("the development of the department's policy agenda for Veterans' well-being, including disability, income support, health and transition policy, and its research program",
          "l'élaboration du programme de politiques du Ministère sur le bien-être des vétérans, notamment en matière d'invalidité, de soutien du revenu, de santé et de transition, ainsi que de son programme de recherche"),
         ADM_SP, [("Director, Program Policy", "Directrice, Politique des programmes", "EX-01", 24),
                  ("Director, Research", "Directeur, Recherche", "EX-01", 18),
                  ("Director, Strategic Policy and Cabinet Affairs", "Directeur, Politique stratégique et affaires du Cabinet", "EX-01", 16),
                  ("Director, Statistics and Performance Measurement", "Directrice, Statistique et mesure du rendement", "EX-01", 21)],
         8_960_000, 1_420_000, 83, "2020-09-14")
position("pp-dir", "Director, Program Policy", "Directrice, Politique des programmes", "EX-01",
         "40530", None, CHTWN, ("Policy and Research Division", "Division des politiques et de la recherche"),
         ("the policy frameworks, regulations and Treasury Board submissions for the disability, rehabilitation and income support programs",
          "les cadres stratégiques, les règlements et les présentations au Conseil du Trésor des programmes d'invalidité, de réadaptation et de soutien du revenu"),
         DG_PR, [("Manager, Disability and Health Policy", "Gestionnaire, Politique sur l'invalidité et la santé", "EC-07", 9),
                 ("Manager, Income Support and Rehabilitation Policy", "Gestionnaire, Politique sur le soutien du revenu et la réadaptation", "EC-07", 8),
                 ("Senior Policy Advisor, Regulations", "Conseiller principal en politiques, Règlements", "EC-06", 1),
                 ("Administrative Assistant", "Adjointe administrative", "AS-01", 1)],
         2_310_000, 145_000, 24, "2013-05-02")
position("res-dir", "Director, Research", "Directeur, Recherche", "EX-01",
         "40541", "EX-01-1130", CHTWN, ("Policy and Research Division", "Division des politiques et de la recherche"),
         ("the department's research on the health and well-being of Veterans and their families, including the Life After Service Studies with partners",
          "la recherche ministérielle sur la santé et le bien-être des vétérans et de leur famille, y compris les Études sur la vie après le service menées avec des partenaires"),
         DG_PR, [("Chief, Health Research", "Chef, Recherche sur la santé", "EC-07", 7),
                 ("Chief, Population Studies", "Chef, Études de population", "SP-06", 6),
                 ("Research Coordinator", "Coordonnatrice de la recherche", "EC-05", 1)],
         1_740_000, 620_000, 18, "2016-02-29")
position("spm-dir", "Director, Statistics and Performance Measurement", "Directrice, Statistique et mesure du rendement", "EX-01",
         "40544", None, CHTWN, ("Policy and Research Division", "Division des politiques et de la recherche"),
         ("departmental statistics, the Departmental Results Framework and the performance information that supports program and service decisions",
          "les statistiques ministérielles, le Cadre ministériel des résultats et l'information sur le rendement à l'appui des décisions"),
         DG_PR, [("Manager, Statistics Directorate", "Gestionnaire, Statistique", "EC-07", 11),
                 ("Manager, Performance Measurement", "Gestionnaire, Mesure du rendement", "EC-06", 8)],
         2_080_000, 95_000, 21, "2022-01-10")
position("fin-dg", "Director General, Finance and Deputy Chief Financial Officer", "Directrice générale, Finances et dirigeante principale adjointe des finances", "EX-03",
         "50230", "EX-03-0611", CHTWN, ("Chief Financial Officer and Corporate Services Branch", "Direction générale du dirigeant principal des finances et des services ministériels"),
         ("the stewardship of the department's financial resources, including financial planning, accounting, financial policy, internal control and the departmental investment plan",
          "l'intendance des ressources financières du Ministère, y compris la planification financière, la comptabilité, la politique financière, le contrôle interne et le plan d'investissement"),
         ADM_CFO, [("Director, Financial Planning and Resource Management", "Directeur, Planification financière et gestion des ressources", "EX-01", 34),
                   ("Director, Accounting Operations and Financial Policy", "Directrice, Opérations comptables et politique financière", "EX-01", 58),
                   ("Director, Internal Control and Costing", "Directeur, Contrôle interne et établissement des coûts", "FI-04", 12)],
         10_150_000, 760_000, 112, "2012-07-09")
position("fprm-dir", "Director, Financial Planning and Resource Management", "Directeur, Planification financière et gestion des ressources", "EX-01",
         "50241", "EX-01-0902", CHTWN, ("Finance Directorate", "Direction des finances"),
         ("the departmental budget, the Main and Supplementary Estimates, forecasting of the department's $5 billion in statutory and voted programs and resource management advice",
          "le budget ministériel, le Budget principal et les budgets supplémentaires des dépenses, les prévisions des programmes législatifs et votés de 5 milliards de dollars et les conseils en gestion des ressources"),
         DG_FIN, [("Manager, Corporate Budgeting and Estimates", "Gestionnaire, Budget ministériel et Budget des dépenses", "FI-03", 13),
                  ("Manager, Program Forecasting", "Gestionnaire, Prévisions des programmes", "FI-03", 11),
                  ("Manager, Branch Financial Advisory Services", "Gestionnaire, Services consultatifs financiers aux directions générales", "FI-03", 9)],
         3_180_000, 110_000, 34, "2010-11-15")
position("acct-dir", "Director, Accounting Operations and Financial Policy", "Directrice, Opérations comptables et politique financière", "EX-01",
         "50244", None, CHTWN, ("Finance Directorate", "Direction des finances"),
         ("accounting operations, payments to Veterans and providers, the departmental financial statements and financial policy",
          "les opérations comptables, les paiements aux vétérans et aux fournisseurs, les états financiers ministériels et la politique financière"),
         DG_FIN, [("Manager, Accounts Payable and Payments", "Gestionnaire, Comptes créditeurs et paiements", "FI-03", 27),
                  ("Manager, Financial Reporting", "Gestionnaire, Rapports financiers", "FI-03", 12),
                  ("Manager, Financial Policy and Systems", "Gestionnaire, Politique et systèmes financiers", "FI-03", 18)],
         4_420_000, 260_000, 58, "2021-06-28")
position("hr-dg", "Director General, Human Resources", "Directeur général, Ressources humaines", "EX-03",
         "50411", "EX-03-0614", CHTWN, ("Chief Financial Officer and Corporate Services Branch", "Direction générale du dirigeant principal des finances et des services ministériels"),
         ("the department's human resources programs, including staffing, classification, labour relations, compensation liaison, official languages, employment equity and workplace well-being",
          "les programmes de ressources humaines du Ministère, notamment la dotation, la classification, les relations de travail, la liaison en rémunération, les langues officielles, l'équité en matière d'emploi et le mieux-être au travail"),
         ADM_CFO, [("Director, Staffing and Organizational Design", "Directrice, Dotation et conception organisationnelle", "EX-01", 41),
                   ("Director, Labour Relations and Workplace Well-being", "Directeur, Relations de travail et mieux-être au travail", "EX-01", 23),
                   ("Director, HR Planning, Programs and Systems", "Directrice, Planification, programmes et systèmes RH", "EX-01", 29),
                   ("Manager, Executive Services", "Gestionnaire, Services aux cadres", "PE-06", 6)],
         9_870_000, 1_240_000, 101, "2013-03-25")
position("lr-dir", "Director, Labour Relations and Workplace Well-being", "Directeur, Relations de travail et mieux-être au travail", "EX-01",
         "50426", None, CHTWN, ("Human Resources Directorate", "Direction des ressources humaines"),
         ("labour relations, values and ethics, the informal conflict management system, occupational health and safety and disability management",
          "les relations de travail, les valeurs et l'éthique, le système de gestion informelle des conflits, la santé et la sécurité au travail et la gestion de l'invalidité"),
         DG_HR, [("Manager, Labour Relations", "Gestionnaire, Relations de travail", "PE-05", 9),
                 ("Manager, Workplace Well-being and Disability Management", "Gestionnaire, Mieux-être au travail et gestion de l'invalidité", "PE-05", 8),
                 ("Ombuds and Informal Conflict Management Practitioner", "Ombuds et praticien en gestion informelle des conflits", "PE-05", 2)],
         2_060_000, 340_000, 23, "2023-02-13")
position("cio", "Chief Information Officer", "Dirigeant principal de l'information", "EX-03",
         "50602", "EX-03-0630", CHTWN, ("Chief Financial Officer and Corporate Services Branch", "Direction générale du dirigeant principal des finances et des services ministériels"),
         ("information technology, information management, access to information and privacy, and the digital services Veterans use through My VAC Account",
          "la technologie de l'information, la gestion de l'information, l'accès à l'information et la protection des renseignements personnels, ainsi que les services numériques offerts aux vétérans par Mon dossier ACC"),
         ADM_CFO, [("Director, Application Development and Digital Services", "Directeur, Développement d'applications et services numériques", "EX-01", 96),
                   ("Director, IT Operations and Client Services", "Directrice, Opérations de la TI et services aux clients", "EX-01", 74),
                   ("Director, Information Management and Privacy", "Directeur, Gestion de l'information et protection des renseignements personnels", "EX-01", 38),
                   ("Manager, IT Planning and Governance", "Gestionnaire, Planification et gouvernance de la TI", "CS-04", 7)],
         21_650_000, 14_300_000, 215, "2019-10-07")
position("ads-dir", "Director, Application Development and Digital Services", "Directeur, Développement d'applications et services numériques", "EX-01",
         "50611", None, CHTWN, ("Information Technology, Information Management and Privacy Division", "Division de la technologie de l'information, de la gestion de l'information et de la protection des renseignements personnels"),
         ("the design, development and maintenance of the department's client-facing and case management applications, including My VAC Account and GCcase",
          "la conception, le développement et l'entretien des applications destinées aux clients et de gestion de cas du Ministère, y compris Mon dossier ACC et GCcas"),
         DG_IT, [("Manager, Digital Services", "Gestionnaire, Services numériques", "CS-04", 31),
                 ("Manager, Case Management Applications", "Gestionnaire, Applications de gestion de cas", "CS-04", 36),
                 ("Manager, Enterprise Architecture", "Gestionnaire, Architecture intégrée", "CS-05", 8),
                 ("Manager, Quality Assurance and Testing", "Gestionnaire, Assurance de la qualité et essais", "CS-03", 20)],
         9_140_000, 3_750_000, 96, "2020-05-19")
position("imp-dir", "Director, Information Management and Privacy", "Directeur, Gestion de l'information et protection des renseignements personnels", "EX-01",
         "50618", "EX-01-0951", CHTWN, ("Information Technology, Information Management and Privacy Division", "Division de la technologie de l'information, de la gestion de l'information et de la protection des renseignements personnels"),
         ("the department's recordkeeping, the Access to Information and Privacy program and privacy breach management",
          "la tenue de documents du Ministère, le programme d'accès à l'information et de protection des renseignements personnels et la gestion des atteintes à la vie privée"),
         DG_IT, [("Manager, Access to Information and Privacy Operations", "Gestionnaire, Opérations d'AIPRP", "PM-05", 22),
                 ("Manager, Recordkeeping and Information Management", "Gestionnaire, Tenue de documents et gestion de l'information", "IS-05", 14)],
         3_020_000, 180_000, 38, "2012-01-16")
position("com-dg", "Director General, Commemoration", "Directrice générale, Commémoration", "EX-03",
         "60118", "EX-03-0702", CHTWN, ("Commemoration and Public Affairs Branch", "Direction générale de la commémoration et des affaires publiques"),
         ("the Canada Remembers program, including national and international ceremonies, learning resources, the community engagement partnership fund and Canada's overseas memorials",
          "le programme Le Canada se souvient, y compris les cérémonies nationales et internationales, les ressources d'apprentissage, le Fonds pour les partenariats communautaires et les monuments commémoratifs du Canada à l'étranger"),
         ADM_COM, [("Director, Commemorative Partnerships and Ceremonies", "Directeur, Partenariats commémoratifs et cérémonies", "EX-01", 36),
                   ("Director, European Operations", "Directeur, Opérations européennes", "EX-01", 54),
                   ("Director, Learning and Outreach", "Directrice, Apprentissage et sensibilisation", "PM-06", 17)],
         9_310_000, 11_600_000, 107, "2018-01-22", program=3_250_000)
position("eur-dir", "Director, European Operations", "Directeur, Opérations européennes", "EX-01",
         "60131", None, ("Arras, France", "Arras (France)"), ("Commemoration Division", "Division de la commémoration"),
         ("the operation and upkeep of the Canadian National Vimy Memorial and the Beaumont-Hamel Newfoundland Memorial and their visitor programs",
          "l'exploitation et l'entretien du Monument commémoratif du Canada à Vimy et du Mémorial terre-neuvien de Beaumont-Hamel et de leurs programmes d'accueil des visiteurs"),
         DG_COM, [("Manager, Site Operations and Maintenance", "Gestionnaire, Exploitation et entretien des sites", None, 22),
                  ("Manager, Visitor Services and Student Guides", "Gestionnaire, Services aux visiteurs et guides étudiants", None, 29),
                  ("Administrative Officer", "Agente administrative", None, 2)],
         3_960_000, 2_870_000, 54, "2015-09-01")
position("cpc-dir", "Director, Commemorative Partnerships and Ceremonies", "Directeur, Partenariats commémoratifs et cérémonies", "EX-01",
         "60124", "EX-01-1402", OTT, ("Commemoration Division", "Division de la commémoration"),
         ("national and international commemorative ceremonies, ministerial events and the partnership funding programs for commemorative projects",
          "les cérémonies commémoratives nationales et internationales, les événements ministériels et les programmes de financement des projets commémoratifs"),
         DG_COM, [("Manager, Ceremonies and Events", "Gestionnaire, Cérémonies et événements", "PM-05", 15),
                  ("Manager, Partnerships and Funding Programs", "Gestionnaire, Partenariats et programmes de financement", "PM-05", 13),
                  ("Manager, International Commemoration", "Gestionnaire, Commémoration internationale", "PM-05", 7)],
         2_870_000, 3_410_000, 36, "2024-04-02", program=2_100_000)
position("pa-dg", "Director General, Communications", "Directeur général, Communications", "EX-03",
         "60140", None, CHTWN, ("Commemoration and Public Affairs Branch", "Direction générale de la commémoration et des affaires publiques"),
         ("strategic communications, public environment analysis, media relations, digital and web communications and ministerial correspondence",
          "les communications stratégiques, l'analyse du contexte public, les relations avec les médias, les communications numériques et Web et la correspondance ministérielle"),
         ADM_COM, [("Director, Strategic Communications and Media Relations", "Directrice, Communications stratégiques et relations avec les médias", "EX-01", 28),
                   ("Director, Digital Communications and Marketing", "Directeur, Communications numériques et marketing", "EX-01", 24),
                   ("Manager, Ministerial and Executive Correspondence", "Gestionnaire, Correspondance ministérielle et de la haute direction", "IS-05", 19)],
         6_540_000, 1_980_000, 72, "2016-11-14")
position("aud-dg", "Chief Audit and Evaluation Executive", "Dirigeante principale de la vérification et de l'évaluation", "EX-02",
         "10155", "EX-02-0140", CHTWN, ("Audit and Evaluation Division", "Division de la vérification et de l'évaluation"),
         ("the department's risk-based internal audit and evaluation plans, the Departmental Audit Committee secretariat and professional practices",
          "les plans de vérification interne et d'évaluation fondés sur le risque du Ministère, le secrétariat du Comité ministériel de vérification et les pratiques professionnelles"),
         DM, [("Director, Internal Audit", "Directeur, Vérification interne", "EX-01", 12),
              ("Director, Evaluation", "Directrice, Évaluation", "EX-01", 11),
              ("Manager, Professional Practices and Audit Committee Secretariat", "Gestionnaire, Pratiques professionnelles et Secrétariat du Comité de vérification", "AU-03", 3)],
         3_140_000, 520_000, 27, "2017-03-06")
position("eval-dir", "Director, Evaluation", "Directrice, Évaluation", "EX-01",
         "10163", None, CHTWN, ("Audit and Evaluation Division", "Division de la vérification et de l'évaluation"),
         ("the evaluation of the department's programs under the Policy on Results, neutral assessment of relevance and performance and follow-up of management action plans",
          "l'évaluation des programmes du Ministère en vertu de la Politique sur les résultats, l'évaluation neutre de la pertinence et du rendement et le suivi des plans d'action de la direction"),
         ("Chief Audit and Evaluation Executive", "Dirigeante principale de la vérification et de l'évaluation", "EX-02", "10155"),
         [("Evaluation Manager", "Gestionnaire de l'évaluation", "EC-07", 5),
          ("Evaluation Manager", "Gestionnaire de l'évaluation", "EC-07", 5)],
         1_290_000, 240_000, 11, "2019-07-08")
position("hpd-dir", "Director, Health Professionals Division", "Directeur, Division des professionnels de la santé", "EX-02",
         "31160", "EX-02-0215", CHTWN, ("Service Delivery and Program Management", "Prestation des services et gestion des programmes"),
         ("the professional medical, nursing, psychological and occupational therapy advice that supports disability and health care decisions",
          "les conseils professionnels en médecine, soins infirmiers, psychologie et ergothérapie à l'appui des décisions en matière d'invalidité et de soins de santé"),
         DG_SDPM, [("Chief Medical Officer", "Médecin-chef", "MD-MSP-03", 41),
                   ("Chief Nursing Officer", "Infirmière en chef", "NU-HOS-06", 33),
                   ("Chief Psychologist", "Psychologue en chef", "PS-05", 12),
                   ("Manager, Occupational Therapy Services", "Gestionnaire, Services d'ergothérapie", "OP-02", 9)],
         11_760_000, 840_000, 97, "2014-04-14")
position("mh-dir", "Director, Mental Health", "Directrice, Santé mentale", "EX-01",
         "31172", None, CHTWN, ("Service Delivery and Program Management", "Prestation des services et gestion des programmes"),
         ("the department's mental health strategy, the network of operational stress injury clinics and the mental health services purchased for Veterans",
          "la stratégie ministérielle de santé mentale, le réseau des cliniques pour traumatismes liés au stress opérationnel et les services de santé mentale achetés pour les vétérans"),
         DG_SDPM, [("National Manager, Operational Stress Injury Clinic Network", "Gestionnaire national, Réseau des cliniques pour traumatismes liés au stress opérationnel", "PS-04", 8),
                   ("Manager, Mental Health Programs", "Gestionnaire, Programmes de santé mentale", "PM-06", 10),
                   ("Senior Mental Health Advisor", "Conseillère principale en santé mentale", "NU-HOS-05", 1)],
         1_630_000, 890_000, 19, "2010-06-07", program=41_500_000)
position("rehab-dir", "Director, Rehabilitation and Vocational Assistance Programs", "Directeur, Programmes de réadaptation et d'assistance professionnelle", "EX-01",
         "31178", "EX-01-1188", CHTWN, ("Service Delivery and Program Management", "Prestation des services et gestion des programmes"),
         ("the national management of the rehabilitation program, vocational assistance and the education and training benefit",
          "la gestion nationale du programme de réadaptation, de l'assistance professionnelle et de l'allocation pour études et formation"),
         DG_SDPM, [("Manager, Rehabilitation Program", "Gestionnaire, Programme de réadaptation", "PM-06", 12),
                   ("Manager, Education and Training Benefit", "Gestionnaire, Allocation pour études et formation", "PM-05", 9),
                   ("Manager, Vocational Rehabilitation Contract", "Gestionnaire, Contrat de réadaptation professionnelle", "PG-05", 4)],
         2_240_000, 310_000, 26, "2021-11-01", program=118_000_000)
position("tfp-dir", "Director, Transition and Family Programs", "Directrice, Programmes de transition et pour les familles", "EX-01",
         "31181", None, OTT, ("Service Delivery and Program Management", "Prestation des services et gestion des programmes"),
         ("the programs that support members and Veterans leaving the Canadian Armed Forces and their families, delivered jointly with National Defence",
          "les programmes d'aide aux militaires et aux vétérans qui quittent les Forces armées canadiennes et à leur famille, offerts conjointement avec la Défense nationale"),
         DG_SDPM, [("Manager, Transition Programs", "Gestionnaire, Programmes de transition", "PM-06", 11),
                   ("Manager, Family Programs and Caregiver Recognition", "Gestionnaire, Programmes pour les familles et reconnaissance des aidants", "PM-05", 8),
                   ("Liaison Officer, Canadian Armed Forces Transition Group", "Agent de liaison, Groupe de transition des Forces armées canadiennes", "PM-05", 1)],
         1_960_000, 230_000, 20, "2022-08-29")
position("sdpm-dg", "Director General, Service Delivery and Program Management", "Directeur général, Prestation des services et gestion des programmes", "EX-03",
         "31150", "EX-03-0401", CHTWN, ("Service Delivery Branch", "Direction générale de la prestation des services"),
         ("the national management of the department's health, rehabilitation, mental health and transition programs and of professional health advice",
          "la gestion nationale des programmes ministériels de santé, de réadaptation, de santé mentale et de transition et des conseils professionnels en santé"),
         ADM_SD, [("Director, Health Professionals Division", "Directeur, Division des professionnels de la santé", "EX-02", 97),
                  ("Director, Mental Health", "Directrice, Santé mentale", "EX-01", 19),
                  ("Director, Rehabilitation and Vocational Assistance Programs", "Directeur, Programmes de réadaptation et d'assistance professionnelle", "EX-01", 26),
                  ("Director, Transition and Family Programs", "Directrice, Programmes de transition et pour les familles", "EX-01", 20)],
         17_930_000, 2_060_000, 171, "2015-12-07")
position("sab-dir", "Director, Ste. Anne's Hospital Transfer Project", "Directeur, Projet de transfert de l'Hôpital Sainte-Anne", "EX-02",
         "31410", None, ("Sainte-Anne-de-Bellevue, Quebec", "Sainte-Anne-de-Bellevue (Québec)"), ("Ste. Anne's Hospital", "Hôpital Sainte-Anne"),
         ("the negotiation and implementation of the transfer of Ste. Anne's Hospital to the Province of Quebec while protecting priority access for Veterans",
          "la négociation et la mise en oeuvre du transfert de l'Hôpital Sainte-Anne à la province de Québec tout en protégeant l'accès prioritaire des vétérans"),
         ADM_SD, [("Manager, Transfer Negotiations and Agreements", "Gestionnaire, Négociations et ententes de transfert", "EC-07", 6),
                  ("Manager, Human Resources Transition", "Gestionnaire, Transition des ressources humaines", "PE-06", 9),
                  ("Manager, Real Property and Assets", "Gestionnaire, Biens immobiliers et actifs", "AS-07", 5)],
         2_480_000, 1_150_000, 21, "2013-09-16")
position("bpa-ed", "Executive Director and Chief Pensions Advocate", "Directeur exécutif et avocat-conseil en chef des pensions", "EX-03",
         "70010", "EX-03-0901", CHTWN, ("Bureau of Pensions Advocates", "Bureau de services juridiques des pensions"),
         ("free legal advice and representation for Veterans and their families seeking review or appeal of disability benefit decisions",
          "des conseils et une représentation juridiques gratuits aux vétérans et à leur famille qui demandent la révision ou l'appel de décisions sur les prestations d'invalidité"),
         DM, [("Director, Advocacy Services", "Directrice, Services de représentation", "LP-03", 73),
              ("Director, Legal Practice and Quality", "Directeur, Pratique juridique et qualité", "LP-03", 9),
              ("Manager, Bureau Operations", "Gestionnaire, Opérations du Bureau", "AS-06", 11)],
         10_420_000, 690_000, 93, "2011-02-07")
position("vrab-dg", "Director General, Operations and Secretariat", "Directeur général, Opérations et Secrétariat", "EX-02",
         "80020", "EX-02-0810", CHTWN, ("Veterans Review and Appeal Board", "Tribunal des anciens combattants (révision et appel)"),
         ("the Board's hearing operations, registry, legal services coordination and corporate services for an independent administrative tribunal",
          "les opérations d'audience, le greffe, la coordination des services juridiques et les services ministériels d'un tribunal administratif indépendant"),
         CHAIR, [("Director, Hearing Operations and Registry", "Directrice, Opérations d'audience et greffe", "PM-06", 38),
                 ("Senior Counsel", "Avocat principal", "LP-02", 6),
                 ("Manager, Corporate Services", "Gestionnaire, Services ministériels", "AS-07", 8)],
         4_970_000, 1_320_000, 54, "2018-06-11")
position("set-dir", "Director, Service Excellence and Transformation", "Directrice, Excellence du service et transformation", "EX-01",
         "31126", None, CHTWN, ("Service Delivery Branch", "Direction générale de la prestation des services"),
         ("the branch's service transformation agenda, service standards, client feedback and the Veteran-centric service improvements",
          "le programme de transformation des services de la Direction générale, les normes de service, la rétroaction des clients et les améliorations des services axées sur les vétérans"),
         ADM_SD, [("Manager, Service Standards and Client Feedback", "Gestionnaire, Normes de service et rétroaction des clients", "PM-06", 9),
                  ("Manager, Business Process Improvement", "Gestionnaire, Amélioration des processus opérationnels", "CO-03", 11),
                  ("Manager, Transformation Project Office", "Gestionnaire, Bureau des projets de transformation", "AS-07", 7)],
         2_590_000, 480_000, 28, "2016-08-15")
position("cprg-dir", "Director, Corporate Planning, Reporting and Governance", "Directeur, Planification, rapports et gouvernance ministériels", "EX-01",
         "40560", "EX-01-1207", CHTWN, ("Strategic Policy, Planning and Performance Branch", "Direction générale des politiques stratégiques, de la planification et du rendement"),
         ("integrated business planning, the Departmental Plan and Departmental Results Report, enterprise risk management and the secretariat of the executive committees",
          "la planification intégrée des activités, le Plan ministériel et le Rapport sur les résultats ministériels, la gestion du risque d'entreprise et le secrétariat des comités de la haute direction"),
         ADM_SP, [("Manager, Corporate Planning and Reporting", "Gestionnaire, Planification et rapports ministériels", "EC-06", 8),
                  ("Manager, Governance and Committee Secretariat", "Gestionnaire, Gouvernance et secrétariat des comités", "AS-06", 5),
                  ("Senior Advisor, Enterprise Risk Management", "Conseiller principal, Gestion du risque d'entreprise", "EC-06", 1)],
         1_470_000, 120_000, 14, "2009-12-14")
position("fsbi-dir", "Director, Field Support and Business Integration", "Directrice, Soutien aux régions et intégration opérationnelle", "EX-01",
         "31212", None, CHTWN, ("Field Operations Division", "Division des opérations en région"),
         ("national tools, workload management, business integration and operational guidance for case managers and Veteran service agents in the regions",
          "les outils nationaux, la gestion de la charge de travail, l'intégration opérationnelle et l'orientation fonctionnelle des gestionnaires de cas et des agents de services aux vétérans"),
         DG_FO, [("Manager, Case Management Practice", "Gestionnaire, Pratique de gestion de cas", "PM-06", 10),
                 ("Manager, Workload and Business Intelligence", "Gestionnaire, Charge de travail et intelligence d'affaires", "EC-06", 9),
                 ("Manager, Operational Guidance", "Gestionnaire, Orientation opérationnelle", "PM-05", 7)],
         2_460_000, 290_000, 27, "2020-02-03")
position("scr-dir", "Director, Strategic Communications and Media Relations", "Directrice, Communications stratégiques et relations avec les médias", "EX-01",
         "60148", "EX-01-1450", OTT, ("Communications Division", "Division des communications"),
         ("strategic communications planning, media relations, issues management and communications support to the Minister's office",
          "la planification des communications stratégiques, les relations avec les médias, la gestion des enjeux et le soutien en communication au cabinet du ministre"),
         DG_PA, [("Manager, Strategic Communications", "Gestionnaire, Communications stratégiques", "IS-05", 12),
                 ("Manager, Media Relations and Issues Management", "Gestionnaire, Relations avec les médias et gestion des enjeux", "IS-05", 9),
                 ("Senior Communications Advisor, Minister's Office Liaison", "Conseillère principale en communications, Liaison avec le cabinet", "IS-05", 1)],
         2_950_000, 410_000, 28, "2012-10-29")
position("sod-dir", "Director, Staffing and Organizational Design", "Directrice, Dotation et conception organisationnelle", "EX-01",
         "50419", None, CHTWN, ("Human Resources Directorate", "Direction des ressources humaines"),
         ("staffing and classification services, organizational design advice, the staffing monitoring framework and executive resourcing support",
          "les services de dotation et de classification, les conseils en conception organisationnelle, le cadre de surveillance de la dotation et le soutien au ressourcement des cadres"),
         DG_HR, [("Manager, Staffing Services", "Gestionnaire, Services de dotation", "PE-05", 19),
                 ("Manager, Classification and Organizational Design", "Gestionnaire, Classification et conception organisationnelle", "PE-05", 14),
                 ("Manager, Recruitment and Outreach", "Gestionnaire, Recrutement et sensibilisation", "PE-04", 7)],
         3_460_000, 210_000, 41, "2024-01-15")

# People: invented names for incumbents, signers, preparers.
NAMES = [
    "Marion Keough", "Daniel Arsenault", "Priya Venkataraman", "Gilles Boudreau", "Heather MacPhail",
    "Rachid Benali", "Colleen Gallant", "Étienne Lapointe", "Sandra Doiron", "Kevin O'Halloran",
    "Nathalie Cormier", "Trevor Bernard", "Anne-Marie Thériault", "Jason MacInnis", "Lise Gaudet",
    "Mohammed Siddiqui", "Brenda Coady", "Frédéric Hébert", "Wendy Pineau", "Darcy Younker",
    "Josée Bélanger", "Alistair Murchison", "Chantal Ouellet", "Derek Campbell", "Monique Arseneault",
    "Liam Doucette", "Sophie Tremblay-Roy", "Gordon McQuaid", "Isabelle Charest", "Ravi Dhaliwal",
    "Paula Shea", "Marc-André Gagnon", "Tanya Wedge", "Hélène Ferland", "Curtis Matheson",
    "Julie Desrosiers", "Ian Ramsay", "Véronique Bastien", "Scott MacKinnon", "Angela Fitzpatrick",
    "Yannick Lévesque", "Donna Kelly", "Patrick Nadeau", "Karen Mullally", "Louis-Philippe Roy",
    "Erin Gillis", "Pierre Vautour", "Mei-Lin Chow", "Roger Landry", "Stephanie Hogan",
    "Claudette Richard", "Owen Sampson", "Geneviève Drolet", "Bruce Whalen", "Nadia Haddad",
]

NATURE_EN = [
    "Veterans Affairs Canada supports the well-being of Veterans and their families and keeps alive the memory of "
    "their achievements and sacrifices. The department delivers disability benefits, financial support, health care, "
    "rehabilitation and case management to some 190,000 clients from its head office in Charlottetown, four regions "
    "and a network of area offices, contact centres and partners.",
    "The department operates in an environment of close public, parliamentary and media attention. Veterans, their "
    "families and representative organizations expect timely decisions, respectful service and programs that reflect "
    "the changing profile of those who served, from Second World War and Korean War Veterans to members releasing "
    "from the Canadian Armed Forces today.",
    "The work is characterized by high volumes, complex legislation (the Pension Act, the Veterans Well-being Act and "
    "their regulations) and shared service arrangements with National Defence, Public Services and Procurement Canada "
    "and Shared Services Canada. Decisions taken in this area directly affect the income, health and dignity of "
    "Veterans and their families.",
    "A key challenge is to balance the need for consistent national standards with the flexibility required to serve "
    "Veterans in every part of the country, in both official languages, while the department modernizes its systems "
    "and processes and responds to recommendations of the Veterans Ombud and of Parliamentary committees.",
]
NATURE_FR = [
    "Anciens Combattants Canada veille au bien-être des vétérans et de leur famille et perpétue le souvenir de leurs "
    "réalisations et de leurs sacrifices. Le Ministère offre des prestations d'invalidité, un soutien financier, des "
    "soins de santé, de la réadaptation et de la gestion de cas à quelque 190 000 clients, depuis son administration "
    "centrale à Charlottetown, quatre régions et un réseau de bureaux de secteur, de centres d'appels et de partenaires.",
    "Le Ministère évolue dans un contexte où l'attention du public, du Parlement et des médias est constante. Les "
    "vétérans, leur famille et les organisations qui les représentent s'attendent à des décisions rapides, à un service "
    "respectueux et à des programmes qui tiennent compte du profil changeant de ceux et celles qui ont servi.",
    "Le travail se caractérise par des volumes élevés, une législation complexe (la Loi sur les pensions, la Loi sur le "
    "bien-être des vétérans et leurs règlements) et des ententes de services partagés avec la Défense nationale, "
    "Services publics et Approvisionnement Canada et Services partagés Canada.",
    "Un défi important consiste à concilier des normes nationales uniformes avec la souplesse nécessaire pour servir les "
    "vétérans partout au pays, dans les deux langues officielles, pendant que le Ministère modernise ses systèmes et "
    "donne suite aux recommandations de l'ombud des vétérans et des comités parlementaires.",
]
ACCT_EN = [
    "Provides strategic leadership and direction for {m}.",
    "Develops and implements plans, strategies and performance measures that advance departmental priorities and respond to the needs of Veterans and their families.",
    "Provides expert advice and briefings to the Deputy Minister, the Assistant Deputy Minister and senior management committees on emerging issues, risks and options.",
    "Manages the human, financial and material resources of the organization with prudence and probity, in accordance with the values and ethics of the public service.",
    "Builds and maintains partnerships with National Defence, central agencies, provinces, Veterans' organizations and service providers.",
    "Represents the department before central agencies, parliamentary committees, the Veterans Ombud and stakeholder forums.",
    "Leads change management, continuous improvement and the modernization of processes and systems in the organization.",
    "Fosters a healthy, respectful and inclusive workplace and the development of employees in both official languages.",
]
ACCT_FR = [
    "Assure le leadership stratégique et l'orientation en ce qui concerne {m}.",
    "Élabore et met en oeuvre des plans, des stratégies et des mesures du rendement qui font progresser les priorités ministérielles et répondent aux besoins des vétérans et de leur famille.",
    "Fournit des conseils spécialisés et des séances d'information au sous-ministre, au sous-ministre adjoint et aux comités de la haute direction sur les enjeux, les risques et les options.",
    "Gère les ressources humaines, financières et matérielles de l'organisation avec prudence et probité, conformément aux valeurs et à l'éthique de la fonction publique.",
    "Établit et entretient des partenariats avec la Défense nationale, les organismes centraux, les provinces, les organisations de vétérans et les fournisseurs de services.",
    "Représente le Ministère auprès des organismes centraux, des comités parlementaires, de l'ombud des vétérans et des tribunes d'intervenants.",
    "Dirige la gestion du changement, l'amélioration continue et la modernisation des processus et des systèmes de l'organisation.",
    "Favorise un milieu de travail sain, respectueux et inclusif et le perfectionnement des employés dans les deux langues officielles.",
]
CSR_EN = ("Leadership of {m}, so that Veterans and their families receive the right benefit or service at the right time, "
          "and advice to senior management on the department's obligations to them.")
CSR_FR = ("Leadership en ce qui concerne {m}, afin que les vétérans et leur famille reçoivent le bon avantage ou le bon "
          "service au bon moment, et conseils à la haute direction sur les obligations du Ministère à leur égard.")
KEY_EN = [
    "Directing {m}.",
    "Setting priorities, service standards and performance targets and reporting results to the Assistant Deputy Minister.",
    "Leading the preparation of Treasury Board submissions, Memoranda to Cabinet, briefing notes and responses to parliamentary and ministerial requests.",
    "Negotiating agreements and resolving issues with other federal organizations, provinces and service providers.",
    "Championing innovation, gender-based analysis plus, official languages and accessibility in programs and services.",
    "Managing the organization's budget, staffing, learning and talent management plans.",
]
KEY_FR = [
    "Diriger {m}.",
    "Établir les priorités, les normes de service et les cibles de rendement et rendre compte des résultats au sous-ministre adjoint.",
    "Diriger la préparation des présentations au Conseil du Trésor, des mémoires au Cabinet, des notes d'information et des réponses aux demandes parlementaires et ministérielles.",
    "Négocier des ententes et régler des questions avec d'autres organisations fédérales, les provinces et les fournisseurs de services.",
    "Promouvoir l'innovation, l'ACS Plus, les langues officielles et l'accessibilité dans les programmes et les services.",
    "Gérer le budget, la dotation, l'apprentissage et la gestion des talents de l'organisation.",
]
CHALLENGE_EN = ("Major challenges include reducing wait times for decisions while demand grows, integrating new programs "
                "announced in federal budgets on short timelines, and keeping a skilled, bilingual workforce in a small labour market.")
CHALLENGE_FR = ("Les principaux défis consistent à réduire les délais de décision malgré la hausse de la demande, à intégrer "
                "dans des délais serrés les nouveaux programmes annoncés dans les budgets fédéraux et à maintenir un effectif "
                "compétent et bilingue dans un petit marché du travail.")
