"""Positions, places, prose and names of the blind125 corpus (all invented; the department is
Natural Resources Canada / Ressources naturelles Canada, whose real positions are not described)."""

DEPT_EN = "Natural Resources Canada"
DEPT_FR = "Ressources naturelles Canada"

# key: (full, French, PeopleSoft code + descr, SAP code, mainframe, PMDB code)
PLACES = {
    "OTT": ("Ottawa, Ontario", "Ottawa (Ontario)", ("ON0580", "Ottawa, ON"), "CA-ON-OTT", "OTTAWA ONT", "K1A"),
    "QUE": ("Québec, Quebec", "Québec (Québec)", ("QC1055", "Quebec, QC"), "CA-QC-QUE", "QUEBEC QUE", "G1V"),
    "FRE": ("Fredericton, New Brunswick", "Fredericton (Nouveau-Brunswick)", ("NB0001", "Fredericton, NB"), "CA-NB-FRE", "FREDERICTON NB", "E3B"),
    "VIC": ("Victoria, British Columbia", "Victoria (Colombie-Britannique)", ("BC0506", "Victoria, BC"), "CA-BC-VIC", "VICTORIA BC", "V8Z"),
    "HAM": ("Hamilton, Ontario", "Hamilton (Ontario)", ("ON0183", "Hamilton, ON"), "CA-ON-HAM", "HAMILTON ONT", "L8P"),
    "VAR": ("Varennes, Quebec", "Varennes (Québec)", ("QC1615", "Varennes, QC"), "CA-QC-VAR", "VARENNES QUE", "J3X"),
    "EDM": ("Edmonton, Alberta", "Edmonton (Alberta)", ("AB5320", "Edmonton, AB"), "CA-AB-EDM", "EDMONTON ALTA", "T6H"),
    "CAL": ("Calgary, Alberta", "Calgary (Alberta)", ("AB3303", "Calgary, AB"), "CA-AB-CAL", "CALGARY ALTA", "T2L"),
    "DAR": ("Dartmouth, Nova Scotia", "Dartmouth (Nouvelle-Écosse)", ("NS1000", "Dartmouth, NS"), "CA-NS-DAR", "DARTMOUTH NS", "B2Y"),
    "SSM": ("Sault Ste. Marie, Ontario", "Sault Ste. Marie (Ontario)", ("ON1219", "Sault Ste Marie, ON"), "CA-ON-SSM", "SAULT STE MARIE ONT", "P6A"),
}

SECTORS = {
    "LMS": ("Lands and Minerals Sector", "Secteur des terres et des minéraux", "R3"),
    "ETS": ("Energy Technology Sector", "Secteur de la technologie de l'énergie", "R5"),
    "CFS": ("Canadian Forest Service", "Service canadien des forêts", "R7"),
    "CMSS": ("Corporate Management and Services Sector", "Secteur de la gestion et des services intégrés", "R1"),
}

# key, number, sector, place, title, title_fr, DESCRSHORT, class, supervisor key (or external),
# remit (en, fr), job code
# externals: (number, title, title_fr, class)
EXTERNAL = {
    "DM": ("400001", "Deputy Minister", "Sous-ministre", "DM-03"),
    "ADM-LMS": ("400310", "Assistant Deputy Minister, Lands and Minerals Sector", "Sous-ministre adjoint, Secteur des terres et des minéraux", "EX-05"),
    "ADM-ETS": ("400510", "Assistant Deputy Minister, Energy Technology Sector", "Sous-ministre adjoint, Secteur de la technologie de l'énergie", "EX-05"),
    "ADM-CFS": ("400710", "Assistant Deputy Minister, Canadian Forest Service", "Sous-ministre adjoint, Service canadien des forêts", "EX-05"),
    "CFO": ("400110", "Assistant Deputy Minister and Chief Financial Officer, Corporate Management and Services Sector",
            "Sous-ministre adjoint et dirigeant principal des finances, Secteur de la gestion et des services intégrés", "EX-05"),
}

POSITIONS = [
    # Lands and Minerals
    ("dg-mmp", "412000", "LMS", "OTT", "Director General, Minerals and Metals Policy Branch",
     "Directeur général, Direction de la politique des minéraux et des métaux", "DG MMPB", "EX-03", "ADM-LMS",
     ("minerals and metals policy, economic analysis and international engagement",
      "la politique des minéraux et des métaux, l'analyse économique et l'engagement international"), "301204"),
    ("dir-mpfa", "412110", "LMS", "OTT", "Director, Mineral Policy and Fiscal Analysis",
     "Directeur, Politique minérale et analyse fiscale", "DIR MPFA", "EX-01", "dg-mmp",
     ("mineral taxation, fiscal analysis and domestic mineral policy",
      "la fiscalité minière, l'analyse fiscale et la politique minérale intérieure"), "301233"),
    ("dir-intl", "412140", "LMS", "OTT", "Director, International Minerals and Trade",
     "Directeur, Minéraux internationaux et commerce", "DIR IMT", "EX-01", "dg-mmp",
     ("international mineral relations, trade policy and responsible sourcing",
      "les relations internationales sur les minéraux, la politique commerciale et l'approvisionnement responsable"), "301235"),
    ("dir-ccm", "412170", "LMS", "OTT", "Director, Critical Minerals Centre of Excellence",
     "Directeur, Centre d'excellence sur les minéraux critiques", "DIR CMCE", "EX-01", "dg-mmp",
     ("the federal critical minerals strategy and its value-chain programs",
      "la stratégie fédérale sur les minéraux critiques et ses programmes de chaîne de valeur"), "301290"),
    ("dg-sgb", "413000", "LMS", "OTT", "Director General and Surveyor General, Surveyor General Branch",
     "Directeur général et arpenteur général, Direction de l'arpenteur général", "DG SGB", "EX-03", "ADM-LMS",
     ("the survey of Canada Lands, the legal survey system and boundary maintenance",
      "l'arpentage des terres du Canada, le système d'arpentage officiel et l'entretien des frontières"), "301301"),
    ("dir-lsd", "413120", "LMS", "OTT", "Director, Legal Surveys Division",
     "Directeur, Division des levés officiels", "DIR LSD", "EX-01", "dg-sgb",
     ("legal surveys on Canada Lands, survey standards and the Canada Lands Survey Records",
      "les levés officiels sur les terres du Canada, les normes d'arpentage et les Archives d'arpentage"), "301322"),
    ("dir-cgs", "413150", "LMS", "OTT", "Director, Canadian Geodetic Survey",
     "Directeur, Levés géodésiques du Canada", "DIR CGS", "EX-01", "dg-sgb",
     ("the Canadian Spatial Reference System and geodetic infrastructure",
      "le Système canadien de référence spatiale et l'infrastructure géodésique"), "301325"),
    ("dg-gsc", "414000", "LMS", "CAL", "Director General, Geological Survey of Canada, Western Region",
     "Directeur général, Commission géologique du Canada, Région de l'Ouest", "DG GSC W", "EX-02", "ADM-LMS",
     ("public geoscience for western and northern Canada, energy and mineral resource assessment",
      "la géoscience publique de l'Ouest et du Nord canadiens et l'évaluation des ressources énergétiques et minérales"), "301401"),
    ("dir-gsca", "414300", "LMS", "DAR", "Director, Geological Survey of Canada (Atlantic)",
     "Directeur, Commission géologique du Canada (Atlantique)", "DIR GSC A", "EX-01", "dg-gsc",
     ("marine and coastal geoscience in Atlantic Canada and the offshore",
      "la géoscience marine et côtière du Canada atlantique et de la zone extracôtière"), "301433"),
    ("dir-erd", "415100", "LMS", "OTT", "Director, Explosives Regulatory Division",
     "Directeur, Division de la réglementation des explosifs", "DIR ERD", "EX-01", "dg-mmp",
     ("the regulation of explosives and fireworks under the Explosives Act",
      "la réglementation des explosifs et des pièces pyrotechniques en vertu de la Loi sur les explosifs"), "301510"),
    # Energy Technology
    ("dg-oee", "420000", "ETS", "OTT", "Director General, Office of Energy Efficiency",
     "Directeur général, Office de l'efficacité énergétique", "DG OEE", "EX-03", "ADM-ETS",
     ("national energy efficiency programs, regulations and labelling",
      "les programmes nationaux d'efficacité énergétique, la réglementation et l'étiquetage"), "302001"),
    ("dir-hbd", "420210", "ETS", "OTT", "Director, Housing and Buildings Division",
     "Directeur, Division de l'habitation et des bâtiments", "DIR HBD", "EX-01", "dg-oee",
     ("energy efficiency of housing and buildings, codes and labelling programs",
      "l'efficacité énergétique des habitations et des bâtiments, les codes et les programmes d'étiquetage"), "302021"),
    ("dir-ipd", "420240", "ETS", "OTT", "Director, Industrial Programs Division",
     "Directeur, Division des programmes industriels", "DIR IPD", "EX-01", "dg-oee",
     ("industrial energy management programs and the ENERGY STAR for Industry initiative",
      "les programmes de gestion de l'énergie industrielle et l'initiative ENERGY STAR pour l'industrie"), "302024"),
    ("dir-tfd", "420270", "ETS", "OTT", "Director, Transportation and Fuels Division",
     "Directeur, Division des transports et des carburants", "DIR TFD", "EX-01", "dg-oee",
     ("zero-emission vehicle infrastructure and alternative fuels programs",
      "les programmes d'infrastructure pour véhicules à émission zéro et de carburants de remplacement"), "302027"),
    ("dg-cmo", "421000", "ETS", "OTT", "Director General, CanmetENERGY-Ottawa",
     "Directeur général, CanmetÉNERGIE-Ottawa", "DG CE-O", "EX-03", "ADM-ETS",
     ("clean energy research, development and demonstration at the Ottawa laboratories",
      "la recherche, le développement et la démonstration en énergie propre aux laboratoires d'Ottawa"), "302101"),
    ("dg-cmv", "422000", "ETS", "VAR", "Director General, CanmetENERGY-Varennes",
     "Directeur général, CanmetÉNERGIE-Varennes", "DG CE-V", "EX-02", "ADM-ETS",
     ("research on smart grids, renewable integration and energy efficient buildings",
      "la recherche sur les réseaux intelligents, l'intégration des énergies renouvelables et les bâtiments efficaces"), "302201"),
    ("dg-cmm", "423000", "ETS", "HAM", "Director General, CanmetMATERIALS",
     "Directeur général, CanmetMATÉRIAUX", "DG CMAT", "EX-02", "ADM-ETS",
     ("materials research for the energy, transportation and pipeline sectors",
      "la recherche sur les matériaux pour les secteurs de l'énergie, des transports et des pipelines"), "302301"),
    ("dir-cm-lab", "423110", "ETS", "HAM", "Director, Materials Science and Engineering Laboratories",
     "Directeur, Laboratoires de science et de génie des matériaux", "DIR MSEL", "EX-01", "dg-cmm",
     ("the metals, alloys and pipeline integrity laboratories",
      "les laboratoires des métaux, des alliages et de l'intégrité des pipelines"), "302311"),
    ("dir-cmo-bld", "421210", "ETS", "OTT", "Director, Buildings and Renewable Heat",
     "Directeur, Bâtiments et chaleur renouvelable", "DIR BRH", "EX-01", "dg-cmo",
     ("research on building energy systems, district energy and renewable heat",
      "la recherche sur les systèmes énergétiques des bâtiments, l'énergie de quartier et la chaleur renouvelable"), "302121"),
    # Canadian Forest Service
    ("dg-afc", "430000", "CFS", "FRE", "Director General, Atlantic Forestry Centre",
     "Directeur général, Centre de foresterie de l'Atlantique", "DG AFC", "EX-02", "ADM-CFS",
     ("forest research, pest management science and regional forest partnerships in Atlantic Canada",
      "la recherche forestière, la science de la lutte antiparasitaire et les partenariats forestiers au Canada atlantique"), "303001"),
    ("dg-lfc", "431000", "CFS", "QUE", "Director General, Laurentian Forestry Centre",
     "Directeur général, Centre de foresterie des Laurentides", "DG LFC", "EX-02", "ADM-CFS",
     ("forest ecosystem research and forest sector partnerships in Quebec",
      "la recherche sur les écosystèmes forestiers et les partenariats du secteur forestier au Québec"), "303101"),
    ("dg-pfc", "432000", "CFS", "VIC", "Director General, Pacific Forestry Centre",
     "Directeur général, Centre de foresterie du Pacifique", "DG PFC", "EX-02", "ADM-CFS",
     ("forest research, wildland fire science and forest health in British Columbia",
      "la recherche forestière, la science des feux de forêt et la santé des forêts en Colombie-Britannique"), "303201"),
    ("dg-nfc", "433000", "CFS", "EDM", "Director General, Northern Forestry Centre",
     "Directeur général, Centre de foresterie du Nord", "DG NFC", "EX-02", "ADM-CFS",
     ("boreal forest research, fire danger rating and carbon accounting",
      "la recherche sur la forêt boréale, la cote de danger d'incendie et la comptabilisation du carbone"), "303301"),
    ("dir-fpm", "430120", "CFS", "FRE", "Director, Forest Pest Management Science",
     "Directeur, Science de la lutte contre les ravageurs forestiers", "DIR FPMS", "EX-01", "dg-afc",
     ("spruce budworm early intervention, invasive species and pest risk science",
      "l'intervention précoce contre la tordeuse des bourgeons de l'épinette, les espèces envahissantes et l'évaluation des risques"), "303021"),
    ("dir-glfc", "434000", "CFS", "SSM", "Director, Great Lakes Forestry Centre",
     "Directeur, Centre de foresterie des Grands Lacs", "DIR GLFC", "EX-01", "ADM-CFS",
     ("forest research and insect rearing at the Great Lakes Forestry Centre",
      "la recherche forestière et l'élevage d'insectes au Centre de foresterie des Grands Lacs"), "303401"),
    ("dir-trade", "435100", "CFS", "OTT", "Director, Forest Products Trade and Market Access",
     "Directeur, Commerce et accès aux marchés des produits forestiers", "DIR FPTMA", "EX-01", "ADM-CFS",
     ("forest products trade, market access and softwood lumber files",
      "le commerce des produits forestiers, l'accès aux marchés et les dossiers du bois d'œuvre"), "303510"),
    # Corporate Management and Services
    ("dg-hr", "440000", "CMSS", "OTT", "Director General, Human Resources Management Branch",
     "Directeur général, Direction de la gestion des ressources humaines", "DG HRMB", "EX-03", "CFO",
     ("departmental human resources programs, services and systems",
      "les programmes, les services et les systèmes ministériels de ressources humaines"), "304001"),
    ("dir-hrsys", "440150", "CMSS", "OTT", "Director, Compensation and HR Systems",
     "Directeur, Rémunération et systèmes de ressources humaines", "DIR CHRS", "EX-01", "dg-hr",
     ("pay and benefits services, the departmental HR management system and HR data",
      "les services de paye et d'avantages sociaux, le système ministériel de gestion des ressources humaines et les données RH"), "304015"),
    ("dir-lr", "440180", "CMSS", "OTT", "Director, Labour Relations and Workplace Well-being",
     "Directeur, Relations de travail et mieux-être en milieu de travail", "DIR LRWW", "EX-01", "dg-hr",
     ("labour relations, grievance management and workplace well-being",
      "les relations de travail, la gestion des griefs et le mieux-être en milieu de travail"), "304018"),
    ("dir-org", "440120", "CMSS", "OTT", "Director, Organizational Design and Classification",
     "Directeur, Conception organisationnelle et classification", "DIR ODC", "EX-01", "dg-hr",
     ("organizational design, classification and the executive group's position management",
      "la conception organisationnelle, la classification et la gestion des postes du groupe de la direction"), "304012"),
    ("dg-fin", "441000", "CMSS", "OTT", "Director General, Finance and Deputy Chief Financial Officer",
     "Directeur général, Finances et dirigeant principal adjoint des finances", "DG FIN DCFO", "EX-03", "CFO",
     ("financial management, resource planning and financial systems",
      "la gestion financière, la planification des ressources et les systèmes financiers"), "304101"),
    ("dir-fpa", "441130", "CMSS", "OTT", "Director, Financial Planning and Analysis",
     "Directeur, Planification et analyse financières", "DIR FPA", "EX-01", "dg-fin",
     ("departmental budgeting, forecasting and resource allocation",
      "la budgétisation, les prévisions et l'affectation des ressources du Ministère"), "304113"),
    ("dir-proc", "441160", "CMSS", "OTT", "Director, Procurement and Materiel Management",
     "Directeur, Approvisionnement et gestion du matériel", "DIR PMM", "EX-01", "dg-fin",
     ("procurement, contracting and materiel management",
      "l'approvisionnement, la passation des marchés et la gestion du matériel"), "304116"),
    ("dir-rp", "442110", "CMSS", "OTT", "Director, Real Property and Laboratory Infrastructure",
     "Directeur, Biens immobiliers et infrastructure des laboratoires", "DIR RPLI", "EX-01", "dg-fin",
     ("real property, laboratory infrastructure and accommodation",
      "les biens immobiliers, l'infrastructure des laboratoires et les locaux"), "304211"),
    ("dir-itcs", "443120", "CMSS", "OTT", "Director, IT Client Services",
     "Directeur, Services informatiques à la clientèle", "DIR ITCS", "EX-01", "CFO",
     ("IT service desk, end-user computing and scientific computing support",
      "le centre de services informatiques, l'informatique des utilisateurs et le soutien au calcul scientifique"), "304312"),
]

# SAP-era positions (transferred in from an agency whose HR system was SAP; 8-digit object ids)
SAP_POSITIONS = [
    ("sap-dg-ocs", "50041230", "ETS", "OTT", "Director General, Office of Clean Fuels",
     "Directeur général, Bureau des carburants propres", "DG OCF", "EX-03", "ADM-ETS",
     ("clean fuels investments, the Clean Fuels Fund and fuel supply analysis",
      "les investissements dans les carburants propres, le Fonds pour les combustibles propres et l'analyse de l'approvisionnement"), "302401"),
    ("sap-dir-cff", "50041244", "ETS", "OTT", "Director, Clean Fuels Fund Operations",
     "Directeur, Opérations du Fonds pour les combustibles propres", "DIR CFFO", "EX-01", "sap-dg-ocs",
     ("the delivery of the Clean Fuels Fund contribution program",
      "l'exécution du programme de contributions du Fonds pour les combustibles propres"), "302411"),
    ("sap-dir-hyd", "50041251", "ETS", "CAL", "Director, Hydrogen and Low-Carbon Fuels",
     "Directeur, Hydrogène et carburants à faible teneur en carbone", "DIR HLCF", "EX-01", "sap-dg-ocs",
     ("hydrogen strategy implementation and low-carbon fuel supply",
      "la mise en oeuvre de la stratégie sur l'hydrogène et l'approvisionnement en carburants à faible teneur en carbone"), "302415"),
    ("sap-dir-cf-pol", "50041263", "ETS", "OTT", "Director, Clean Fuels Policy and Analysis",
     "Directeur, Politique et analyse des carburants propres", "DIR CFPA", "EX-01", "sap-dg-ocs",
     ("clean fuels policy, market analysis and regulatory coordination",
      "la politique sur les carburants propres, l'analyse des marchés et la coordination réglementaire"), "302418"),
]

# Non-executive direct reports: (title, title_fr, class)
MANAGERS = {
    "LMS": [("Manager, Mineral Economics", "Gestionnaire, Économie minérale", "EC-07"),
            ("Manager, Fiscal Policy Analysis", "Gestionnaire, Analyse de la politique fiscale", "EC-07"),
            ("Manager, Mining Statistics", "Gestionnaire, Statistique minière", "EC-06"),
            ("Chief, Survey Standards", "Chef, Normes d'arpentage", "EN-SUR-05"),
            ("Regional Surveyor, Prairies", "Arpenteur régional, Prairies", "EN-SUR-05"),
            ("Manager, Geodetic Operations", "Gestionnaire, Opérations géodésiques", "EN-SUR-04"),
            ("Head, Marine Geoscience", "Chef, Géoscience marine", "SE-RES-04"),
            ("Manager, Business Operations", "Gestionnaire, Opérations administratives", "AS-07"),
            ("Chief Inspector of Explosives", "Inspecteur en chef des explosifs", "EN-ENG-06"),
            ("Senior Policy Advisor", "Conseiller principal en politiques", "EC-07"),
            ("Manager, International Engagement", "Gestionnaire, Engagement international", "EC-07"),
            ("Program Manager, Critical Minerals", "Gestionnaire de programme, Minéraux critiques", "EC-06"),
            ("Head, Energy Geoscience", "Chef, Géoscience de l'énergie", "SE-RES-04"),
            ("Head, Mineral Deposits", "Chef, Gîtes minéraux", "SE-RES-03"),
            ("Manager, Explosives Licensing", "Gestionnaire, Licences d'explosifs", "PC-04")],
    "ETS": [("Manager, Program Delivery", "Gestionnaire, Exécution des programmes", "PM-06"),
            ("Chief, Codes and Standards", "Chef, Codes et normes", "EN-ENG-05"),
            ("Manager, Labelling Programs", "Gestionnaire, Programmes d'étiquetage", "CO-03"),
            ("Research Manager, Building Systems", "Gestionnaire de recherche, Systèmes des bâtiments", "SE-RES-04"),
            ("Research Manager, Grid Integration", "Gestionnaire de recherche, Intégration au réseau", "SE-RES-04"),
            ("Manager, Laboratory Operations", "Gestionnaire, Opérations des laboratoires", "EG-07"),
            ("Manager, Contribution Agreements", "Gestionnaire, Accords de contribution", "PM-06"),
            ("Senior Economist, Fuel Markets", "Économiste principal, Marchés des carburants", "EC-07"),
            ("Manager, Business Services", "Gestionnaire, Services administratifs", "AS-06"),
            ("Program Engineer, Hydrogen", "Ingénieur de programme, Hydrogène", "EN-ENG-05")],
    "CFS": [("Research Manager, Forest Health", "Gestionnaire de recherche, Santé des forêts", "SE-RES-04"),
            ("Research Manager, Fire Science", "Gestionnaire de recherche, Science des incendies", "SE-RES-04"),
            ("Manager, Corporate Services", "Gestionnaire, Services intégrés", "AS-07"),
            ("Manager, Partnerships and Liaison", "Gestionnaire, Partenariats et liaison", "EC-06"),
            ("Chief, Insect Production Services", "Chef, Services de production d'insectes", "EG-06"),
            ("Senior Trade Policy Advisor", "Conseiller principal en politique commerciale", "EC-07"),
            ("Manager, Forest Carbon Accounting", "Gestionnaire, Comptabilisation du carbone forestier", "BI-04")],
    "CMSS": [("Manager, Pay Operations", "Gestionnaire, Opérations de la paye", "AS-07"),
             ("Manager, HR Systems and Data", "Gestionnaire, Systèmes et données RH", "CS-04"),
             ("Manager, Labour Relations", "Gestionnaire, Relations de travail", "PE-06"),
             ("Manager, Classification", "Gestionnaire, Classification", "PE-06"),
             ("Manager, Organizational Design", "Gestionnaire, Conception organisationnelle", "PE-05"),
             ("Manager, Budget Planning", "Gestionnaire, Planification budgétaire", "FI-03"),
             ("Manager, Financial Analysis", "Gestionnaire, Analyse financière", "FI-03"),
             ("Manager, Contracting", "Gestionnaire, Passation des marchés", "PG-05"),
             ("Manager, Materiel Management", "Gestionnaire, Gestion du matériel", "PG-04"),
             ("Manager, Real Property Planning", "Gestionnaire, Planification des biens immobiliers", "AS-07"),
             ("Manager, Service Desk", "Gestionnaire, Centre de services", "CS-04"),
             ("Manager, Scientific Computing", "Gestionnaire, Calcul scientifique", "CS-05"),
             ("Manager, Workplace Well-being", "Gestionnaire, Mieux-être en milieu de travail", "PE-05")],
}

NATURE = {
    "LMS": ("The Lands and Minerals Sector provides geoscience, survey, mapping and minerals policy expertise to "
            "the Government of Canada. Minerals and metals account for a significant share of Canada's exports, "
            "and the sector works with provinces, territories, Indigenous organizations and industry in an "
            "environment of volatile commodity markets, competing land uses and heightened public scrutiny.",
            "Le Secteur des terres et des minéraux fournit au gouvernement du Canada une expertise en géoscience, "
            "en arpentage, en cartographie et en politique des minéraux. Les minéraux et les métaux représentent "
            "une part importante des exportations du Canada, et le Secteur collabore avec les provinces, les "
            "territoires, les organisations autochtones et l'industrie dans un contexte de marchés volatils."),
    "ETS": ("The Energy Technology Sector leads the department's clean energy science and technology and the "
            "delivery of energy efficiency and clean fuels programs. Its work supports Canada's climate "
            "commitments and requires constant engagement with utilities, industry, provinces, standards bodies "
            "and international partners, often on tight timelines set by government announcements.",
            "Le Secteur de la technologie de l'énergie dirige les activités scientifiques et technologiques du "
            "Ministère en matière d'énergie propre ainsi que l'exécution des programmes d'efficacité énergétique. "
            "Ses travaux appuient les engagements climatiques du Canada et exigent une collaboration constante "
            "avec les services publics, l'industrie, les provinces et les organismes de normalisation."),
    "CFS": ("The Canadian Forest Service conducts forest science and provides policy advice on the forest sector, "
            "which sustains communities across the country. Research centres work with provincial forest agencies, "
            "universities, Indigenous communities and industry on pests, wildland fire, climate change and trade.",
            "Le Service canadien des forêts mène des recherches en science forestière et fournit des conseils "
            "stratégiques sur le secteur forestier, qui fait vivre des collectivités partout au pays. Les centres "
            "de recherche collaborent avec les organismes provinciaux, les universités et l'industrie."),
    "CMSS": ("The Corporate Management and Services Sector provides the department's financial, human resources, "
             "real property, information technology and administrative services. It operates under central agency "
             "policies and must balance service to science-based sectors across the country with stewardship, "
             "control and reporting obligations.",
             "Le Secteur de la gestion et des services intégrés fournit les services ministériels de finances, de "
             "ressources humaines, de biens immobiliers, de technologie de l'information et d'administration. Il "
             "doit concilier le service aux secteurs scientifiques du pays et ses obligations de contrôle."),
}

SPECIFIC_EN = [
    "Provides strategic leadership and direction to the managers and staff of the organization, setting priorities and allocating resources.",
    "Directs the development of policies, programs and strategies and ensures their alignment with departmental and government priorities.",
    "Represents the department with central agencies, other federal departments, provinces and territories, and industry.",
    "Provides expert advice and briefings to the Assistant Deputy Minister, the Deputy Minister and the Minister's office.",
    "Manages the human, financial and material resources of the organization in accordance with legislation and policy.",
    "Leads the negotiation of agreements with partners and oversees their implementation and performance measurement.",
    "Ensures the quality, integrity and timeliness of the organization's reports, submissions and public information.",
    "Fosters a healthy, diverse and inclusive workplace, and the development and well-being of employees.",
    "Oversees risk management, audit follow-up and the organization's contribution to departmental planning and reporting.",
    "Builds and maintains networks with academic, Indigenous and international partners to advance shared objectives.",
]
SPECIFIC_FR = [
    "Assure le leadership stratégique et l'orientation des gestionnaires et du personnel de l'organisation, établit les priorités et affecte les ressources.",
    "Dirige l'élaboration des politiques, des programmes et des stratégies et veille à leur harmonisation avec les priorités du Ministère et du gouvernement.",
    "Représente le Ministère auprès des organismes centraux, des autres ministères fédéraux, des provinces et territoires et de l'industrie.",
    "Fournit des conseils d'expert et des notes d'information au sous-ministre adjoint, au sous-ministre et au cabinet du ministre.",
    "Gère les ressources humaines, financières et matérielles de l'organisation conformément aux lois et aux politiques.",
    "Dirige la négociation d'ententes avec les partenaires et en supervise la mise en oeuvre et la mesure du rendement.",
    "Veille à la qualité, à l'intégrité et à la ponctualité des rapports, des présentations et de l'information publique.",
    "Favorise un milieu de travail sain, diversifié et inclusif ainsi que le perfectionnement et le mieux-être des employés.",
    "Supervise la gestion des risques, le suivi des vérifications et la contribution de l'organisation à la planification ministérielle.",
]

# Invented people (incumbents, classification advisors, HR system users, signatories)
FAMILY = ["Okonkwo-Labelle", "Tremblay-Nakamura", "Vasquez", "Bouchard", "Ahenakew", "Lindqvist", "Desrosiers",
          "Mahmoudi", "Kowalczyk", "Pelletier-Grant", "Ouellette", "Sinclair-Thibault", "Haddad", "Gagnon-Wright",
          "Nowak", "Bélanger", "Ferreira", "Thunderchild", "MacIsaac", "Lefebvre", "Chaudhry", "Ivanova",
          "Cardinal", "Dufresne", "Abernethy", "Nguyen-Roy", "Sauvé", "Kapoor", "Ranger", "O'Rourke",
          "Beaulieu", "Yellowquill", "Szabo", "Marchand", "Eriksen", "Achterberg", "Cloutier", "Mbeki-Hall",
          "Plamondon", "Whitehorse"]
GIVEN = ["Amara", "Étienne", "Rosalind", "Mathieu", "Priya", "Gunnar", "Hélène", "Farid", "Agnieszka", "Colette",
         "Desmond", "Maëlle", "Tariq", "Bronwyn", "Jérôme", "Ingrid", "Ravi", "Solange", "Lachlan", "Yolande",
         "Nadia", "Kwame", "Geneviève", "Oskar", "Marguerite", "Thi", "Renée", "Ashok", "Aurélie", "Declan",
         "Josée", "Winona", "Béla", "Clémence", "Tor", "Henk", "Sylvie", "Themba", "Ghislain", "Delphine"]

# which managers a position may have, by words of the title
POOLS = [
    (("Geological",), ("Geoscience", "Mineral Deposits", "Business Operations")),
    (("Survey", "Geodetic", "Surveyor"), ("Survey", "Surveyor", "Geodetic", "Business Operations")),
    (("Explosives",), ("Explosives", "Business Operations")),
    (("Minerals", "Mineral", "Metals"), ("Mineral", "Fiscal", "Statistics", "Policy Advisor", "International", "Critical")),
    (("Energy Efficiency", "Housing", "Industrial", "Transportation"), ("Program Delivery", "Codes", "Labelling", "Contribution", "Business Services")),
    (("Canmet", "Laboratories", "Buildings"), ("Research Manager", "Laboratory", "Business Services")),
    (("Fuels", "Hydrogen"), ("Contribution", "Fuel Markets", "Hydrogen", "Business Services")),
    (("Trade",), ("Trade", "Partnerships")),
    (("Forestry", "Pest"), ("Forest Health", "Fire", "Corporate Services", "Partnerships", "Insect", "Carbon")),
    (("Human Resources", "Compensation"), ("Pay", "HR Systems", "Classification")),
    (("Labour",), ("Labour", "Well-being")),
    (("Organizational",), ("Classification", "Organizational")),
    (("Finance", "Financial Planning"), ("Budget", "Financial")),
    (("Procurement",), ("Contracting", "Materiel")),
    (("Real Property",), ("Real Property", "Materiel")),
    (("IT ",), ("Service Desk", "Scientific")),
]
