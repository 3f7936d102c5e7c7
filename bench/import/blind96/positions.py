"""The 45 work descriptions of blind96: what each position is and how its supervisor is written.

Each entry: kind, language, file name, department, location, domain (prose and direct-report
pool), English title, French title, area (EN, FR) for the prose, classification, the supervisor
(English title, French title, French gender, classification) and the supervisor style, then
options. Styles:

  label        'Reports to: Title (EX-03)' on one line, the number on its own line if given
  three        three labelled fields (title, classification, position number)
  boxes        a form's boxes: labels in a row, values in the row below
  ga           a sentence in the general accountability
  org          a sentence in the organization structure
  chart        an org chart, the supervisor's box above the position
  acting       the supervisor filled on an acting basis (A/, Acting, par intérim)
  dual         line and functional reporting (the line supervisor is the supervisor)
  title        the supervisor's title only, no level, no number
  nextline     'Reports to:' with the title, level and number on the lines below
  dash         'Immediate supervisor: 40217 - Title - EX-03'
  releve       French 'relève du / de la ...' sentence
  bil          bilingual labels
"""

P = []


def S(kind, lang, fname, dept, loc, dom, t_en, t_fr, area_en, area_fr, cls, sup, style, **o):
    P.append(dict(kind=kind, lang=lang, fname=fname, dept=dept, loc=loc, dom=dom, t_en=t_en,
                  t_fr=t_fr, area_en=area_en, area_fr=area_fr, cls=cls, sup=sup, style=style, o=o))


# sup = (English title, French title, French gender, classification or None, number? True/False)

# --- text (UTF-8) ----------------------------------------------------------------------------
S("text", "en", "Director, Marine Safety Programs.txt", "TC", "OTT", "policy",
  "Director, Marine Safety Programs", "Directeur, Programmes de sécurité maritime",
  "marine safety programs", "programmes de sécurité maritime", "EX-01",
  ("Director General, Marine Safety and Security", "Directeur général, Sécurité et sûreté maritimes", "m", "EX-03", True),
  "label", vkey="ms")
S("text", "en", "Executive Director, Pension Processing Operations (Service Canada).txt", "ESDC", "SHAW", "ops",
  "Executive Director, Pension Processing Operations", "Directrice exécutive, Opérations de traitement des pensions",
  "pension processing services", "services de traitement des pensions", "EX-02",
  ("Director General, Pensions Processing and Benefits Delivery, Benefits Delivery Services Branch",
   "Directeur général, Traitement des pensions et prestation des services", "m", "EX-03", True),
  "ga")
S("text", "en", "WD Dir Grants & Contributions Modernization 2019.txt", "PCH", "GAT", "ops",
  "Director, Grants and Contributions Modernization", "Directeur, Modernisation des subventions et contributions",
  "grants and contributions services", "services de subventions et contributions", "EX-01",
  ("Director General, Centre of Expertise for Grants and Contributions", "Directrice générale, Centre d'expertise des subventions et contributions", "f", "EX-03", True),
  "chart")
S("text", "en", "Regional Director, Enforcement and Intelligence Operations - Pacific.txt", "CBSA", "VAN", "enforcement",
  "Regional Director, Enforcement and Intelligence Operations, Pacific Region", "Directeur régional, Exécution de la loi et renseignement, Région du Pacifique",
  "enforcement and intelligence operations", "opérations d'exécution de la loi et de renseignement", "EX-01",
  ("Regional Director General, Pacific Region", "Directeur général régional, Région du Pacifique", "m", "EX-03", True),
  "acting", acting="A/")
S("text", "en", "director hydrographic services atlantic.txt", "DFO", "DART", "science",
  "Director, Hydrographic Services, Atlantic", "Directeur, Services hydrographiques, Atlantique",
  "hydrographic surveys and nautical charting", "levés hydrographiques et cartographie marine", "EX-01",
  ("Regional Director, Science, Maritimes Region", "Directeur régional, Sciences, Région des Maritimes", "m", "EX-02", True),
  "dual", functional=("Dominion Hydrographer and Director General, Canadian Hydrographic Service", "EX-03"))
S("text", "en", "Director, Accommodation Management & Workplace Solutions - FINAL.txt", "PSPC", "GAT", "infra",
  "Director, Accommodation Management and Workplace Solutions", "Directeur, Gestion des locaux et solutions en milieu de travail",
  "accommodation and workplace projects", "projets de locaux et de milieu de travail", "EX-01",
  ("Director General, Real Property Services, National Capital Area", "Directeur général, Services immobiliers, Région de la capitale nationale", "m", None, False),
  "title")
S("text", "en", "DG Cyber Security Operations - EX-03 work description.txt", "SSC", "OTT", "it",
  "Director General, Cyber Security Operations", "Directeur général, Opérations de cybersécurité",
  "cyber security operations", "opérations de cybersécurité", "EX-03",
  ("Assistant Deputy Minister, Networks, Security and Digital Services", "Sous-ministre adjoint, Réseaux, sécurité et services numériques", "m", "EX-04", True),
  "nextline", supnum="00019230")
S("text", "en", "Director, Marine Safety Programs - revised 2023.txt", "TC", "OTT", "policy",
  "Director, Marine Safety Programs", "Directeur, Programmes de sécurité maritime",
  "marine safety programs", "programmes de sécurité maritime", "EX-01",
  ("Director General, Marine Safety and Security", "Directeur général, Sécurité et sûreté maritimes", "m", "EX-03", True),
  "dash", vkey="ms", revised=True)
# --- text, cp1252 ----------------------------------------------------------------------------
S("text-cp1252", "en", "Director, Indigenous Community Infrastructure (Ontario Region).txt", "ISC", "TOR", "infra",
  "Director, Indigenous Community Infrastructure, Ontario Region", "Directrice, Infrastructure communautaire autochtone, Région de l'Ontario",
  "community infrastructure programs for First Nations", "programmes d'infrastructure communautaire des Premières Nations", "EX-01",
  ("Regional Director General, Ontario Region", "Directrice générale régionale, Région de l'Ontario", "f", "EX-03", True),
  "three")
S("text-cp1252", "en", "Market Access Secretariat - Director (EX-01) 2021.txt", "AAFC", "OTT", "policy",
  "Director, Market Access Secretariat", "Directeur, Secrétariat de l'accès aux marchés",
  "market access for Canadian agriculture and agri-food products", "accès aux marchés pour les produits agricoles et agroalimentaires", "EX-01",
  ("Director General, Trade Negotiations and Market Access", "Directeur général, Négociations commerciales et accès aux marchés", "m", "EX-03", False),
  "org")
S("text-cp1252", "fr", "Directrice, Programmes de santé des Premières Nations - Région du Québec.txt", "ISC", "MTL", "ops",
  "Director, First Nations Health Programs, Quebec Region", "Directrice, Programmes de santé des Premières Nations, Région du Québec",
  "First Nations health programs", "programmes de santé destinés aux Premières Nations", "EX-01",
  ("Regional Director General, Quebec Region", "Directrice générale régionale, Région du Québec", "f", "EX-03", True),
  "releve")
S("text-cp1252", "fr", "DE Opérations réseau intérieur Est.txt", "IRCC", "MTL", "ops",
  "Director, Domestic Network Operations, East", "Directeur, Opérations du réseau intérieur, Est",
  "domestic network services", "services du réseau intérieur", "EX-01",
  ("Director General, Domestic Network", "Directeur général, Réseau intérieur", "m", "EX-03", True),
  "label")
S("text-cp1252", "bilingual", "Director Food Safety Operations Quebec - Directeur Opérations salubrité des aliments.txt", "CFIA", "STHY", "ops",
  "Director, Food Safety Operations, Quebec", "Directeur, Opérations de salubrité des aliments, Québec",
  "food safety inspection services", "services d'inspection de la salubrité des aliments", "EX-01",
  ("Executive Director, Quebec Operations", "Directeur exécutif, Opérations du Québec", "m", "EX-02", True),
  "bil")
# --- OCR -------------------------------------------------------------------------------------
S("ocr", "en", "Director Labour Program Operations Western Region scan.txt", "ESDC", "EDM", "ops",
  "Director, Labour Program Operations, Western Region", "Directeur, Opérations du Programme du travail, Région de l'Ouest",
  "labour program operations", "opérations du Programme du travail", "EX-01",
  ("Regional Director General, Labour Program, Western and Territories Region", "Directeur général régional, Programme du travail, Région de l'Ouest et des Territoires", "m", "EX-03", True),
  "label", ocr="run", dmg=2)
S("ocr", "en", "ED Veterans Service Delivery Atlantic_ocr.txt", "VAC", "CHTN", "ops",
  "Executive Director, Veterans Service Delivery, Atlantic", "Directrice exécutive, Prestation des services aux vétérans, Atlantique",
  "services to Veterans and their families", "services aux vétérans et à leur famille", "EX-02",
  ("Director General, Field Operations (Service Delivery Branch)", "Directeur général, Opérations sur le terrain (Direction générale de la prestation des services)", "m", "EX-03", True),
  "ga", ocr="pages", dmg=1)
S("ocr", "en", "DG Health and Social Statistics - scanned.txt", "STATCAN", "OTT", "science",
  "Director General, Health and Social Statistics", "Directeur général, Statistique de la santé et statistique sociale",
  "health and social statistics programs", "programmes de statistique de la santé et de statistique sociale", "EX-03",
  ("Assistant Chief Statistician, Social, Health and Labour Statistics", "Statisticien en chef adjoint, Statistique sociale, de la santé et du travail", "m", "EX-04", True),
  "boxes", ocr="lines", dmg=1)
S("ocr", "en", "Warden Stony Mountain Institution WD.txt", "CSC", "WPG", "corrections",
  "Warden, Stony Mountain Institution", "Directeur d'établissement, Établissement de Stony Mountain",
  "correctional programs and interventions", "programmes et interventions correctionnels", "EX-01",
  ("Regional Deputy Commissioner, Prairie Region", "Sous-commissaire régional, Région des Prairies", "m", "EX-03", True),
  "acting", acting="Acting ", ocr="lines", dmg=2)
S("ocr", "en", "Director Wildlife Management and Regulatory Affairs.txt", "ECCC", "GAT", "science",
  "Director, Wildlife Management and Regulatory Affairs", "Directrice, Gestion de la faune et affaires réglementaires",
  "wildlife management and the regulations under the Migratory Birds Convention Act", "gestion de la faune et règlements", "EX-01",
  ("Director General, Wildlife Management Directorate, Canadian Wildlife Service", "Directrice générale, Direction de la gestion de la faune, Service canadien de la faune", "f", "EX-03", True),
  "chart", ocr="lines", dmg=1)
S("ocr", "en", "Director C&P NL Region 2016 (signed).txt", "DFO", "STJ", "fisheries",
  "Director, Conservation and Protection, Newfoundland and Labrador Region", "Directeur, Conservation et protection, Région de Terre-Neuve-et-Labrador",
  "fishery officer operations", "opérations des agents des pêches", "EX-01",
  ("Regional Director General, Newfoundland and Labrador Region", "Directeur général régional, Région de Terre-Neuve-et-Labrador", "m", "EX-03", True),
  "dual", functional=("Director General, Conservation and Protection", "EX-03"), ocr="pages", dmg=2)
S("ocr", "fr", "DG Langues officielles - numérisé.txt", "PCH", "GAT", "policy",
  "Director General, Official Languages", "Directrice générale, Langues officielles",
  "official languages", "langues officielles", "EX-03",
  ("Assistant Deputy Minister, Official Languages, Heritage and Regions", "Sous-ministre adjoint, Langues officielles, patrimoine et régions", "m", "EX-04", True),
  "releve", ocr="run", dmg=1)
S("ocr", "fr", "Directeur d'unité de gestion Mauricie et Ouest du Québec.txt", "PC", "SHAW", "science",
  "Field Unit Superintendent, Mauricie and Western Quebec", "Directeur d'unité de gestion, Mauricie et Ouest du Québec",
  "national parks and national historic sites of the field unit", "parcs nationaux et lieux historiques nationaux de l'unité", "EX-01",
  ("Vice-President, Operations (Eastern Canada)", "Vice-président, Opérations (Est du Canada)", "m", None, False),
  "title", ocr="lines", dmg=2)
S("ocr", "bilingual", "Director Communications Quebec Region - Directeur Communications.txt", "ESDC", "MTL", "comms",
  "Director, Communications, Quebec Region", "Directeur, Communications, Région du Québec",
  "communications services", "services de communication", "EX-01",
  ("Director General, Regional Communications Services", "Directeur général, Services régionaux de communication", "m", "EX-03", True),
  "bil", ocr="lines", dmg=1)
# --- docx ------------------------------------------------------------------------------------
S("docx", "en", "Director, Financial Planning and Resource Management.docx", "HC", "OTT", "finance",
  "Director, Financial Planning and Resource Management", "Directrice, Planification financière et gestion des ressources",
  "departmental financial planning and resource management", "planification financière et gestion des ressources", "EX-01",
  ("Director General, Financial Management and Deputy Chief Financial Officer", "Directeur général, Gestion financière et dirigeant principal adjoint des finances", "m", "EX-03", True),
  "boxes", vkey="fprm")
S("docx", "en", "DG Enterprise Data & Analytics (IRCC) v3.docx", "IRCC", "OTT", "it",
  "Director General, Enterprise Data and Analytics", "Directeur général, Données et analytique d'entreprise",
  "enterprise data, analytics and data governance services", "services de données et d'analytique", "EX-03",
  ("Assistant Deputy Minister, Transformation and Digital Solutions Sector", "Sous-ministre adjointe, Secteur de la transformation et des solutions numériques", "f", "EX-04", True),
  "three")
S("docx", "en", "Executive Director CanmetENERGY-Ottawa.docx", "NRCAN", "OTT", "science",
  "Executive Director, CanmetENERGY-Ottawa", "Directeur exécutif, CanmetÉNERGIE-Ottawa",
  "clean energy research and technology development", "recherche en énergie propre", "EX-02",
  ("Director General, Office of Energy Research and Development (OERD)", "Directeur général, Bureau de recherche et de développement énergétiques (BRDE)", "m", "EX-03", True),
  "org")
S("docx", "en", "Director Pay Operations Miramichi - acting DG note.docx", "PSPC", "MIR", "ops",
  "Director, Pay Operations, Miramichi", "Directeur, Opérations de la paye, Miramichi",
  "pay operations for federal public servants", "opérations de la paye", "EX-01",
  ("Director General, Pay Operations, Public Service Pay Centre", "Directeur général, Opérations de la paye, Centre des services de paye", "m", "EX-03", True),
  "acting", acting="note")
S("docx", "en", "DG National Forensic Laboratory Services.docx", "RCMP", "OTT", "science",
  "Director General, National Forensic Laboratory Services", "Directeur général, Services nationaux de laboratoire judiciaire",
  "forensic science and identification services", "services de laboratoire judiciaire", "EX-03",
  ("Assistant Commissioner, Forensic Science and Identification Services", "Commissaire adjoint, Services des sciences judiciaires et de l'identité", "m", "EX-04", True),
  "chart")
S("docx", "en", "Director, Environmental Protection and Stewardship.docx", "DND", "OTT", "science",
  "Director, Environmental Protection and Stewardship", "Directeur, Protection et gérance de l'environnement",
  "environmental protection and stewardship on defence lands", "protection de l'environnement", "EX-01",
  ("Director General, Environment and Sustainability Management", "Directeur général, Gestion de l'environnement et du développement durable", "m", "EX-03", True),
  "dual", functional=("Assistant Deputy Minister (Infrastructure and Environment)", "EX-05"))
S("docx", "en", "Director ATIP - Justice (1).docx", "JUS", "OTT", "policy",
  "Director, Access to Information and Privacy", "Directrice, Accès à l'information et protection des renseignements personnels",
  "access to information and privacy", "accès à l'information et protection des renseignements personnels", "EX-01",
  ("Director General, Corporate Secretariat (ATIP, Planning and Reporting)", "Directeur général, Secrétariat ministériel (AIPRP, planification et rapports)", "m", "EX-03", True),
  "label")
S("docx", "fr", "Directrice, Analyse du marché du travail.docx", "ESDC", "GAT", "policy",
  "Director, Labour Market Analysis", "Directrice, Analyse du marché du travail",
  "labour market analysis", "analyse du marché du travail", "EX-01",
  ("Director General, Labour Market Information", "Directeur général, Information sur le marché du travail", "m", "EX-03", True),
  "three")
S("docx", "fr", "Directrice exécutive - Centre des opérations de Sherbrooke (version finale).docx", "STATCAN", "SHER", "ops",
  "Executive Director, Sherbrooke Operations Centre", "Directrice exécutive, Centre des opérations de Sherbrooke",
  "data collection operations", "opérations de collecte", "EX-02",
  ("Director General, Collection and Regional Services", "Directeur général, Collecte et services régionaux", "m", "EX-03", True),
  "org")
S("docx", "fr", "Directeur Sécurité ferroviaire Québec.docx", "TC", "MTL", "rail",
  "Director, Rail Safety, Quebec Region", "Directeur, Sécurité ferroviaire, Région du Québec",
  "rail safety oversight", "surveillance de la sécurité ferroviaire", "EX-01",
  ("Regional Director General, Quebec Region", "Directeur général régional, Région du Québec", "m", "EX-03", True),
  "acting", acting="par intérim")
S("docx", "bilingual", "Director Corporate Finance - Directeur Finances ministérielles LAC.docx", "LAC", "GAT", "finance",
  "Director, Corporate Finance", "Directeur, Finances ministérielles",
  "corporate financial services", "services financiers ministériels", "EX-01",
  ("Chief Financial Officer and Director General, Corporate Management", "Dirigeant principal des finances et directeur général, Gestion ministérielle", "m", "EX-03", True),
  "bil")
S("docx", "bilingual", "Director Business Development Montérégie.docx", "CED", "LONG", "policy",
  "Director, Business Development, Montérégie", "Directeur, Développement des affaires, Montérégie",
  "regional economic development", "développement économique régional", "EX-01",
  ("Vice-President, Operations", "Vice-présidente, Opérations", "f", None, False),
  "title")
# --- PDF -------------------------------------------------------------------------------------
S("pdf", "en", "Director, Centralized Intake Operations - Sydney.pdf", "IRCC", "SYD", "ops",
  "Director, Centralized Intake Operations", "Directeur, Opérations de réception centralisée",
  "centralized intake of applications", "réception centralisée des demandes", "EX-01",
  ("Executive Director, Centralized Operations", "Directrice exécutive, Opérations centralisées", "f", "EX-02", True),
  "boxes")
S("pdf", "en", "DG Safe Environments Directorate - HECSB.pdf", "HC", "OTT", "science",
  "Director General, Safe Environments Directorate", "Directeur général, Direction de la sécurité des milieux",
  "chemicals management, air and water quality programs", "gestion des produits chimiques", "EX-03",
  ("Assistant Deputy Minister, Healthy Environments and Consumer Safety Branch (HECSB)", "Sous-ministre adjoint, Direction générale de la santé environnementale et de la sécurité des consommateurs (DGSESC)", "m", "EX-04", True),
  "ga")
S("pdf", "en", "Director Winnipeg Tax Centre.pdf", "CRA", "WPG", "ops",
  "Director, Winnipeg Tax Centre", "Directeur, Centre fiscal de Winnipeg",
  "the processing of individual and business returns", "traitement des déclarations", "EX-01",
  ("Assistant Commissioner, Prairie Region", "Sous-commissaire, Région des Prairies", "m", "EX-04", True),
  "label")
S("pdf", "en", "Director RDT Lethbridge RDC.pdf", "AAFC", "LETH", "science",
  "Director, Research, Development and Technology, Lethbridge Research and Development Centre", "Directeur, Recherche, développement et technologie, Centre de recherche et de développement de Lethbridge",
  "agricultural research, development and technology transfer", "recherche agricole", "EX-01",
  ("Director General, Prairie Region, Science and Technology Branch", "Directeur général, Région des Prairies, Direction générale des sciences et de la technologie", "m", "EX-03", True),
  "nextline")
S("pdf", "en", "Director, Financial Planning and Resource Management - signed.pdf", "HC", "OTT", "finance",
  "Director, Financial Planning and Resource Management", "Directrice, Planification financière et gestion des ressources",
  "departmental financial planning and resource management", "planification financière et gestion des ressources", "EX-01",
  ("Director General, Financial Management and Deputy Chief Financial Officer", "Directeur général, Gestion financière et dirigeant principal adjoint des finances", "m", "EX-03", True),
  "boxes", vkey="fprm", signed=True)
S("pdf", "en", "Director Spectrum Management Operations Ontario.pdf", "ISED", "TOR", "ops",
  "Director, Spectrum Management Operations, Ontario Region", "Directeur, Opérations de gestion du spectre, Région de l'Ontario",
  "spectrum management and telecommunications operations", "gestion du spectre", "EX-01",
  ("Regional Director General, Ontario Region", "Directeur général régional, Région de l'Ontario", "m", "EX-03", True),
  "acting", acting="sentence")
S("pdf", "fr", "Directrice SCTM Région du Québec - GCC.pdf", "CCG", "QC", "ops",
  "Director, Marine Communications and Traffic Services, Quebec Region", "Directrice, Services de communication et de trafic maritimes, Région du Québec",
  "marine communications and traffic services", "services de communication et de trafic maritimes", "EX-01",
  ("Assistant Commissioner, Quebec Region", "Commissaire adjoint, Région du Québec", "m", "EX-03", True),
  "dual", functional=("Directeur général, Programmes maritimes", "EX-03"))
S("pdf", "fr", "Directeur Prévision météorologique Québec (signé).pdf", "ECCC", "MTL", "science",
  "Director, Weather Forecasting, Quebec Region", "Directeur, Prévision météorologique, Région du Québec",
  "weather forecasting and warnings", "prévisions et avertissements météorologiques", "EX-01",
  ("Director General, Prediction Services, Meteorological Service of Canada", "Directrice générale, Services de prévision, Service météorologique du Canada", "f", "EX-03", True),
  "releve")
S("pdf", "bilingual", "Director Regional Operations Yukon - Directeur Opérations régionales.pdf", "CIRNAC", "WHSE", "infra",
  "Director, Regional Operations, Yukon Region", "Directeur, Opérations régionales, Région du Yukon",
  "regional operations and land management", "opérations régionales et gestion des terres", "EX-01",
  ("Regional Director General, Yukon Region", "Directeur général régional, Région du Yukon", "m", "EX-03", True),
  "boxes")
# --- Markdown --------------------------------------------------------------------------------
S("markdown", "en", "Director Executive Resourcing and Talent - GAC.md", "GAC", "OTT", "hr",
  "Director, Executive Resourcing and Talent", "Directrice, Dotation des cadres et talents",
  "executive human resources programs", "programmes de ressources humaines pour les cadres", "EX-01",
  ("Director General, Human Resources Operations, Executive and Assignment Services", "Directeur général, Opérations des ressources humaines, services aux cadres et affectations", "m", "EX-03", True),
  "three")
S("markdown", "en", "DG Centre for Emergency Preparedness and Response.md", "PHAC", "OTT", "policy",
  "Director General, Centre for Emergency Preparedness and Response", "Directeur général, Centre de mesures et d'interventions d'urgence",
  "emergency preparedness and response", "mesures et interventions d'urgence", "EX-03",
  ("Vice-President, Health Security and Regional Operations Branch (HSROB)", "Vice-présidente, Direction générale de la sécurité sanitaire et des opérations régionales", "f", "EX-04", False),
  "org")
# two more to reach 45: a .txt with a supervisor whose title has brackets and commas, and a
# French .docx org chart
S("text", "en", "Director, Program Integrity [Benefits] - draft 2.txt", "ESDC", "GAT", "ops",
  "Director, Program Integrity", "Directeur, Intégrité des programmes",
  "program integrity and risk management", "intégrité des programmes", "EX-01",
  ("Director General, Integrity Services [Benefits Delivery], Integrity Services Branch", "Directeur général, Services d'intégrité [prestation des prestations]", "m", "EX-03", True),
  "dash")
S("docx", "fr", "Organigramme et description - Directeur, Opérations frontalières.docx", "CBSA", "MTL", "enforcement",
  "Director, Border Operations, Montréal Airport", "Directeur, Opérations frontalières, Aéroport de Montréal",
  "border operations at the airport", "opérations frontalières à l'aéroport", "EX-01",
  ("Directeur général régional, Région du Québec", "Directeur général régional, Région du Québec", "m", "EX-03", True),
  "chart")
