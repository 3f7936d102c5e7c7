"""Positions, prose and invented names for the blind126 corpus (Natural Resources Canada,
Lands and Minerals Sector). Every name here is invented."""

DEPT_EN = "Natural Resources Canada"
DEPT_FR = "Ressources naturelles Canada"
SECTOR_EN = "Lands and Minerals Sector"
SECTOR_FR = "Secteur des terres et des minéraux"

# key: (title_en, title_fr, level, position number, job code, location_en, location_fr, supervisor key,
#       mandate_en, mandate_fr)
# reports: list of (title_en, title_fr, classification, fte); EX reports are the directors below.
P = {}


def pos(key, title_en, title_fr, level, number, job, loc_en, loc_fr, sup, mandate_en, mandate_fr=None,
        reports=None, extra_fte=2, salary_per=101000, om=None):
    P[key] = dict(key=key, title_en=title_en, title_fr=title_fr, level=level, number=number, job=job,
                  loc_en=loc_en, loc_fr=loc_fr, sup=sup, mandate_en=mandate_en, mandate_fr=mandate_fr,
                  reports=reports, extra_fte=extra_fte, salary_per=salary_per, om=om)


OTT = ("Ottawa, Ontario", "Ottawa (Ontario)")

pos("ADM", "Assistant Deputy Minister, Lands and Minerals Sector",
    "Sous-ministre adjoint, Secteur des terres et des minéraux", "EX-05", "40001", "300105", *OTT, "DM",
    "leading the department's programs in minerals and metals policy, legal surveys of Canada Lands, "
    "geomatics and Earth observation, public geoscience, mining innovation and the regulation of explosives",
    "diriger les programmes du Ministère en matière de politique des minéraux et des métaux, d'arpentage "
    "officiel des terres du Canada, de géomatique et d'observation de la Terre, de géoscience publique, "
    "d'innovation minière et de réglementation des explosifs", extra_fte=6, om=9850000)

pos("DGMMP", "Director General, Minerals and Metals Policy Branch",
    "Directeur général, Direction générale de la politique des minéraux et des métaux", "EX-03", "40210",
    "300311", *OTT, "ADM",
    "developing federal policy on the minerals and metals industry, critical minerals, trade, investment "
    "and the economic analysis of the mining sector",
    "élaborer la politique fédérale sur l'industrie des minéraux et des métaux, les minéraux critiques, le "
    "commerce, l'investissement et l'analyse économique du secteur minier", extra_fte=4, om=1460000)
pos("D_MPA", "Director, Mineral Policy Analysis", "Directeur, Analyse des politiques minérales", "EX-01",
    "40215", "300142", *OTT, "DGMMP",
    "analysing domestic mineral policy issues and preparing the Branch's policy advice, Memoranda to "
    "Cabinet and federal-provincial-territorial positions",
    reports=[("Manager, Mineral Policy Development", None, "EC-07", 9),
             ("Manager, Federal-Provincial-Territorial Relations", None, "EC-07", 7),
             ("Senior Policy Advisor, Cabinet Affairs", None, "EC-06", 1)], om=212000)
pos("D_CMC", "Director, Critical Minerals Centre of Excellence",
    "Directeur, Centre d'excellence sur les minéraux critiques", "EX-02", "40231", "300276", *OTT, "DGMMP",
    "leading the federal Critical Minerals Strategy, its value-chain analysis, project support and "
    "international critical minerals partnerships",
    reports=[("Director, Critical Minerals Value Chains", None, "EX-01", 12),
             ("Manager, Project Advancement", None, "EC-07", 8),
             ("Manager, International Partnerships", None, "EC-07", 6),
             ("Senior Advisor, Indigenous Participation", None, "EC-06", 2)], om=1185000)
pos("D_TIM", "Director, Trade and International Minerals", "Directrice, Commerce et minéraux internationaux",
    "EX-01", "40222", "300144", *OTT, "DGMMP",
    "advancing Canada's interests in international minerals trade, multilateral fora and bilateral "
    "mining cooperation",
    "faire valoir les intérêts du Canada dans le commerce international des minéraux, les forums "
    "multilatéraux et la coopération minière bilatérale",
    reports=[("Manager, Trade Policy", "Gestionnaire, Politique commerciale", "EC-07", 7),
             ("Manager, Multilateral Affairs", "Gestionnaire, Affaires multilatérales", "EC-07", 6),
             ("Senior Analyst, Market Access", "Analyste principal, Accès aux marchés", "EC-06", 2)], om=264000)
pos("D_EAS", "Director, Economic Analysis and Statistics", None, "EX-01", "40226", "300146", *OTT, "DGMMP",
    "producing the official statistics of Canadian mineral production and the economic analysis behind "
    "the Branch's advice",
    reports=[("Manager, Mineral Statistics", None, "EC-07", 11),
             ("Manager, Economic Modelling", None, "EC-07", 8),
             ("Chief, Data Operations", None, "CS-03", 5)], om=318000)
pos("D_MIC", "Director, Mineral Investment and Competitiveness",
    "Directeur, Investissement et compétitivité minière", "EX-01", "40237", "300151", *OTT, "DGMMP",
    "analysing the competitiveness of Canada's mining sector, its tax and investment climate and the "
    "flow-through share regime",
    "analyser la compétitivité du secteur minier canadien, son régime fiscal et son climat d'investissement "
    "ainsi que le régime des actions accréditives",
    reports=[("Manager, Investment Analysis", None, "EC-07", 6),
             ("Manager, Fiscal Policy", None, "EC-07", 5)], om=176000)

pos("SG", "Director General, Surveyor General Branch and Surveyor General of Canada Lands",
    "Directeur général, Direction de l'arpenteur général et arpenteur général des terres du Canada", "EX-03",
    "40300", "300322", *OTT, "ADM",
    "managing the legal survey system of Canada Lands, including Indigenous lands, national parks and "
    "the offshore, and the Canada Lands Survey Records",
    extra_fte=3, om=2210000)
pos("D_CS", "Director, Cadastral Surveys", "Directeur, Levés cadastraux", "EX-01", "40305", "300161", *OTT, "SG",
    "planning and managing the cadastral surveys of Canada Lands carried out by staff and private-sector "
    "surveyors",
    "planifier et gérer les levés cadastraux des terres du Canada réalisés par le personnel et par des "
    "arpenteurs du secteur privé",
    reports=[("Manager, Survey Operations East", "Gestionnaire, Opérations d'arpentage – Est", "EN-SUR-05", 14),
             ("Manager, Survey Operations West", "Gestionnaire, Opérations d'arpentage – Ouest", "EN-SUR-05", 12),
             ("Chief, Survey Contracts", "Chef, Contrats d'arpentage", "PG-05", 4)], om=690000)
pos("D_LSS", "Director, Legal Surveys Standards", None, "EX-01", "40311", "300163", *OTT, "SG",
    "setting the standards, instructions and regulations that govern legal surveys on Canada Lands",
    reports=[("Manager, Survey Standards", None, "EN-SUR-05", 6),
             ("Manager, Regulatory Affairs", None, "EC-06", 3),
             ("Chief, Plan Examination", None, "EN-SUR-04", 8)], om=145000)
pos("D_RSE", "Regional Director, Surveys, Prairies and Northern Region", None, "EX-01", "40318", "300165",
    "Edmonton, Alberta", "Edmonton (Alberta)", "SG",
    "delivering survey services on Canada Lands in the Prairie provinces and the three territories",
    reports=[("Regional Manager, Alberta and Northwest Territories", None, "EN-SUR-05", 10),
             ("Regional Manager, Saskatchewan and Manitoba", None, "EN-SUR-05", 8),
             ("Regional Manager, Yukon and Nunavut", None, "EN-SUR-05", 7)], om=512000)
pos("D_CLSR", "Director, Canada Lands Survey Records", None, "EX-01", "40321", "300168", *OTT, "SG",
    "maintaining the Canada Lands Survey Records and the parcel fabric, and providing survey information "
    "to Indigenous communities, land registries and the public",
    reports=[("Manager, Records Management", None, "CS-04", 9),
             ("Manager, Parcel Fabric", None, "EN-SUR-04", 7),
             ("Client Services Supervisor", None, "CR-05", 4)], om=233000)

pos("CCMEO", "Director General, Canada Centre for Mapping and Earth Observation",
    "Directeur général, Centre canadien de cartographie et d'observation de la Terre", "EX-03", "40400",
    "300330", *OTT, "ADM",
    "providing the country's authoritative geospatial data, satellite Earth observation services and the "
    "national geodetic reference system",
    "fournir les données géospatiales faisant autorité au pays, les services d'observation de la Terre par "
    "satellite et le système national de référence géodésique", extra_fte=5, om=6420000)
pos("D_GDI", "Director, Geospatial Data Infrastructure", None, "EX-01", "40406", "300171",
    "Sherbrooke, Quebec", "Sherbrooke (Québec)", "CCMEO",
    "managing the Canadian Geospatial Data Infrastructure, the national topographic data and the open "
    "geospatial platforms",
    reports=[("Manager, Topographic Data Production", None, "EG-07", 16),
             ("Manager, Geospatial Platforms", None, "CS-04", 11),
             ("Manager, Standards and Interoperability", None, "PC-04", 5)], om=1240000)
pos("D_EOO", "Director, Earth Observation Operations", None, "EX-01", "40412", "300173", *OTT, "CCMEO",
    "operating the satellite receiving stations and the Earth observation data archive",
    reports=[("Manager, Satellite Ground Stations", None, "EL-07", 13),
             ("Manager, Data Archive and Access", None, "CS-04", 9),
             ("Manager, Mission Planning", None, "PC-04", 6)], om=2980000)
pos("D_GEO", "Director, Geodetic Survey", "Directeur, Levés géodésiques", "EX-01", "40417", "300175", *OTT,
    "CCMEO",
    "maintaining the Canadian Spatial Reference System, the geodetic networks and the positioning services",
    "maintenir le Système canadien de référence spatiale, les réseaux géodésiques et les services de "
    "positionnement",
    reports=[("Manager, Geodetic Networks", "Gestionnaire, Réseaux géodésiques", "PC-04", 10),
             ("Manager, Positioning Services", "Gestionnaire, Services de positionnement", "PC-04", 8),
             ("Manager, Geoid and Gravity", "Gestionnaire, Géoïde et gravité", "PC-04", 5)], om=410000)
pos("D_RSS", "Director, Remote Sensing Science", None, "EX-01", "40423", "300177", *OTT, "CCMEO",
    "leading the research that turns satellite observations into information on Canada's land, water and "
    "ice",
    reports=[("Research Manager, Land and Water", None, "SE-RES-04", 12),
             ("Research Manager, Cryosphere", None, "SE-RES-04", 9),
             ("Manager, Applications Development", None, "PC-04", 7)], om=655000)

pos("GSC", "Director General, Geological Survey of Canada",
    "Directeur général, Commission géologique du Canada", "EX-03", "40500", "300340", *OTT, "ADM",
    "leading Canada's public geoscience organization and its national programs of geological mapping, "
    "natural hazards, groundwater and geoscience for resource development",
    extra_fte=6, om=8870000)
pos("D_GSCC", "Director, GSC Calgary", None, "EX-01", "40511", "300181", "Calgary, Alberta",
    "Calgary (Alberta)", "GSC",
    "directing the geoscience programs and laboratories of the Survey's Calgary division",
    reports=[("Research Manager, Sedimentary Basins", None, "SE-RES-04", 14),
             ("Research Manager, Energy Geoscience", None, "SE-RES-04", 11),
             ("Manager, Laboratories and Core Repository", None, "PC-04", 9)], om=1310000)
pos("D_GSCQ", "Director, GSC Quebec", "Directeur, CGC-Québec", "EX-01", "40514", "300183",
    "Québec, Quebec", "Québec (Québec)", "GSC",
    "directing the geoscience programs and laboratories of the Survey's Quebec division",
    "diriger les programmes de géoscience et les laboratoires de la division de Québec de la Commission",
    reports=[("Research Manager, Appalachian Geoscience", "Gestionnaire de recherche, Géoscience des Appalaches",
              "SE-RES-04", 10),
             ("Research Manager, Groundwater", "Gestionnaire de recherche, Eaux souterraines", "SE-RES-04", 8),
             ("Manager, Analytical Laboratories", "Gestionnaire, Laboratoires analytiques", "PC-04", 6)],
    om=880000)
pos("D_GSCP", "Director, GSC Pacific", None, "EX-01", "40517", "300185", "Vancouver, British Columbia",
    "Vancouver (Colombie-Britannique)", "GSC",
    "directing the Survey's Pacific division and its earthquake, landslide and marine geoscience research",
    reports=[("Research Manager, Earthquake Seismology", None, "SE-RES-04", 13),
             ("Research Manager, Marine Geoscience", None, "SE-RES-04", 12),
             ("Manager, Seismic Network Operations", None, "EL-06", 7)], om=1720000)
pos("D_GSCA", "Director, GSC Atlantic", None, "EX-01", "40519", "300187", "Dartmouth, Nova Scotia",
    "Dartmouth (Nouvelle-Écosse)", "GSC",
    "directing the Survey's Atlantic division at the Bedford Institute of Oceanography",
    reports=[("Research Manager, Offshore Geoscience", None, "SE-RES-04", 11),
             ("Manager, Marine Operations", None, "EG-07", 8),
             ("Manager, Sample Repository", None, "EG-06", 4)], om=1390000)
pos("D_PGP", "Director, Public Geoscience Program", None, "EX-01", "40522", "300189", *OTT, "GSC",
    "planning and managing the Survey's national program of public geoscience",
    reports=[("Program Manager, Geo-mapping for Energy and Minerals", None, "SE-RES-04", 9),
             ("Program Manager, Public Safety Geoscience", None, "SE-RES-04", 7),
             ("Manager, Program Planning", None, "EC-06", 3)], om=2440000)
pos("D_NG", "Director, Northern Geoscience", "Directrice, Géoscience du Nord", "EX-01", "40526", "300191",
    "Yellowknife, Northwest Territories", "Yellowknife (Territoires du Nord-Ouest)", "GSC",
    "leading geoscience in the North with the territorial geological surveys and northern communities",
    "diriger la géoscience dans le Nord avec les commissions géologiques territoriales et les "
    "collectivités nordiques",
    reports=[("Research Manager, Arctic Geoscience", None, "SE-RES-04", 8),
             ("Manager, Northern Partnerships", None, "EC-06", 4),
             ("Manager, Field Logistics", None, "GT-05", 5)], om=1960000)
pos("D_GIO", "Director, Geoscience Information and Outreach",
    "Directeur, Information géoscientifique et diffusion", "EX-01", "40529", "300193", *OTT, "GSC",
    "publishing the Survey's geoscience data and maps and managing its outreach",
    "publier les données et les cartes géoscientifiques de la Commission et en gérer la diffusion",
    reports=[("Manager, Publications", "Gestionnaire, Publications", "IS-04", 8),
             ("Manager, Geoscience Data", "Gestionnaire, Données géoscientifiques", "CS-03", 7),
             ("Manager, Library and Archives", "Gestionnaire, Bibliothèque et archives", "LS-03", 5)],
    om=420000)

pos("CANMET", "Director General, CanmetMINING", "Directeur général, CanmetMINES", "EX-03", "40600", "300350",
    *OTT, "ADM",
    "leading the federal research centre for safe, clean and productive mining and mineral processing",
    "diriger le centre fédéral de recherche pour une exploitation minière et une transformation des "
    "minéraux sûres, propres et productives", extra_fte=4, om=3380000)
pos("D_MI", "Director, Mining Innovation", "Directeur, Innovation minière", "EX-01", "40604", "300195", "Sudbury, Ontario",
    "Sudbury (Ontario)", "CANMET",
    "directing research on underground mining methods, mine ventilation and ground control",
    reports=[("Research Manager, Ground Control", None, "SE-RES-04", 10),
             ("Research Manager, Mine Ventilation", None, "SE-RES-04", 8),
             ("Manager, Underground Test Facility", None, "EG-07", 9)], om=1130000)
pos("D_OPL", "Director, Ore Processing Laboratories", "Directeur, Laboratoires de traitement du minerai", "EX-01", "40608", "300197", *OTT, "CANMET",
    "directing the mineral processing and hydrometallurgy laboratories",
    reports=[("Research Manager, Mineral Processing", None, "SE-RES-04", 12),
             ("Research Manager, Hydrometallurgy", None, "SE-RES-04", 9),
             ("Manager, Pilot Plant", None, "EG-07", 8)], om=1570000)
pos("D_GMI", "Director, Green Mining Innovation", "Directrice, Innovation minière verte", "EX-01", "40612",
    "300199", *OTT, "CANMET",
    "leading research on mine waste, water treatment and the low-carbon mine",
    "diriger la recherche sur les résidus miniers, le traitement de l'eau et la mine à faibles émissions "
    "de carbone",
    reports=[("Research Manager, Mine Waste and Water", "Gestionnaire de recherche, Résidus miniers et eau",
              "SE-RES-04", 11),
             ("Research Manager, Low-Carbon Mining", "Gestionnaire de recherche, Mine à faibles émissions",
              "SE-RES-04", 7),
             ("Manager, Partnerships", "Gestionnaire, Partenariats", "EC-06", 3)], om=940000)

pos("ESSB", "Director General, Explosives Safety and Security Branch",
    "Directeur général, Direction de la sécurité et de la sûreté des explosifs", "EX-02", "40700", "300360",
    *OTT, "ADM",
    "administering the Explosives Act and its regulations and leading the explosives research laboratory",
    extra_fte=3, om=2760000)
pos("D_ERD", "Director, Explosives Regulatory Division", "Directrice, Division de la réglementation des explosifs",
    "EX-01", "40705", "300201", *OTT, "ESSB",
    "licensing explosives manufacturers and magazines, certifying explosives and developing the Explosives "
    "Regulations",
    "délivrer les licences des fabriques et des poudrières, autoriser les explosifs et élaborer le "
    "Règlement sur les explosifs",
    reports=[("Manager, Licensing and Authorization", "Gestionnaire, Licences et autorisations", "PC-04", 9),
             ("Manager, Regulatory Development", "Gestionnaire, Élaboration de la réglementation", "EC-06", 5),
             ("Chief, Fireworks and Pyrotechnics", "Chef, Feux d'artifice et pyrotechnie", "PC-03", 4)],
    om=560000)
pos("D_CRL", "Director, Canadian Explosives Research Laboratory", None, "EX-01", "40709", "300203", *OTT,
    "ESSB",
    "directing the laboratory that tests explosives and supports the police and the military",
    reports=[("Research Manager, Energetic Materials", None, "SE-RES-04", 8),
             ("Manager, Test Range Operations", None, "EG-07", 6)], om=870000)
pos("D_ECI", "Director, Explosives Compliance and Inspection", "Directeur, Conformité et inspection des explosifs",
    "EX-01", "40713", "300205", "Montréal, Quebec", "Montréal (Québec)", "ESSB",
    "leading the national inspection of explosives factories, magazines and vendors",
    "diriger l'inspection nationale des fabriques d'explosifs, des poudrières et des vendeurs",
    reports=[("Regional Manager, Inspections East", "Gestionnaire régional, Inspections – Est", "PC-04", 9),
             ("Regional Manager, Inspections West", "Gestionnaire régional, Inspections – Ouest", "PC-04", 8),
             ("Manager, Enforcement", "Gestionnaire, Application de la loi", "PM-05", 3)], om=1040000)

pos("SMS", "Executive Director, Sector Management Services",
    "Directeur exécutif, Services de gestion du secteur", "EX-02", "40800", "300372", *OTT, "ADM",
    "providing the Sector's planning, finance, human resources, science policy and operations services",
    extra_fte=3, om=1150000)
pos("D_PO", "Director, Planning and Operations", None, "EX-01", "40805", "300211", *OTT, "SMS",
    "coordinating the Sector's business planning, parliamentary and Cabinet business and operations",
    reports=[("Manager, Parliamentary and Cabinet Affairs", None, "EC-06", 6),
             ("Manager, Business Planning and Reporting", None, "EC-06", 5),
             ("Manager, Executive Correspondence", None, "AS-05", 7)], om=142000)
pos("D_SSP", "Director, Sector Science Policy", "Directeur, Politique scientifique du secteur", "EX-01",
    "40809", "300213", *OTT, "SMS",
    "advising on science policy, research security and science planning across the Sector",
    "conseiller en matière de politique scientifique, de sécurité de la recherche et de planification "
    "scientifique dans l'ensemble du secteur",
    reports=[("Manager, Science Planning", None, "EC-06", 5),
             ("Manager, Research Security", None, "PM-06", 3)], om=98000)
pos("D_FBP", "Director, Finance and Business Planning", None, "EX-01", "40812", "300215", *OTT, "SMS",
    "managing the Sector's budgets, forecasting and financial advice",
    reports=[("Manager, Financial Planning", None, "FI-03", 7),
             ("Manager, Resource Management Services", None, "FI-02", 6),
             ("Manager, Cost Recovery", None, "FI-02", 3)], om=121000)
pos("D_SWW", "Director, Sector Workforce and Workplace", "Directrice, Effectif et milieu de travail du secteur",
    "EX-01", "40815", "300217", *OTT, "SMS",
    "planning the Sector's workforce and accommodation and advising its managers on people management",
    "planifier l'effectif et les locaux du secteur et conseiller ses gestionnaires en gestion des personnes",
    reports=[("Manager, Workforce Planning", "Gestionnaire, Planification de l'effectif", "AS-06", 5),
             ("Manager, Accommodation and Security", "Gestionnaire, Locaux et sécurité", "AS-05", 4)],
    om=186000)
pos("IND", "Senior Director, Indigenous Partnerships and Engagement", None, "EX-02", "40900", "300380",
    "Winnipeg, Manitoba", "Winnipeg (Manitoba)", "ADM",
    "leading the Sector's engagement and partnerships with First Nations, Inuit and Métis governments and "
    "organizations on lands, minerals and geoscience",
    reports=[("Director, Indigenous Partnerships", None, "EX-01", 9),
             ("Manager, Engagement and Consultation", None, "EC-07", 7),
             ("Manager, Capacity Funding", None, "PM-06", 5)], om=3650000)

# the directors under each head
for _k, _p in list(P.items()):
    if _p["reports"] is None:
        _p["reports"] = []

GIVEN = ["Amélie", "Bruno", "Chantal", "Darius", "Élise", "Fergus", "Ginette", "Harjit", "Ingrid", "Jules",
         "Kateri", "Laurent", "Mireille", "Nadim", "Odile", "Pascal", "Quentin", "Rosalind", "Soraya", "Théo",
         "Ursule", "Vikram", "Wendell", "Xavière", "Yannick", "Zofia", "Aurèle", "Brigitte", "Cormac", "Delphine",
         "Émile", "Farida", "Gaétan", "Hélène", "Isidore", "Josée", "Kwame", "Lucienne", "Marius", "Noémie",
         "Oksana", "Perpétue", "Rémi", "Solange", "Tobias", "Valérie", "Wilfrid", "Yolande", "Anouk", "Béatrice",
         "Cyprien", "Dorothée", "Eamon", "Fabienne", "Gilles", "Honorine", "Ignace", "Jocelyne", "Lorcan",
         "Maëlle", "Nigel", "Orla", "Priya", "Raphaëlle", "Sébastien", "Tamsin", "Wiebke", "Aziz", "Bronwyn"]
FAMILY = ["Tremblay-Ouellet", "Okonkwo", "Desrochers", "Vandermeer", "Lachapelle", "Fitzgerald-Moss",
          "Bélanger", "Sandhu", "Thibodeau", "Kowalczyk", "Arsenault", "Nakamura", "Pelletier-Giroux",
          "Ramdial", "Gauthier", "MacInnis", "Lévesque", "Abernethy", "Côté-Rioux", "Szabo", "Boisvert",
          "Achterberg", "Paquin", "Oyelaran", "Lafrenière", "Hollingsworth", "Béliveau", "Mukherjee",
          "Champagne-Roy", "Ferraro", "Dufresne", "Wojcik", "Leblanc-Arbour", "Ishikawa", "Gendron",
          "Rutherford", "Saint-Amand", "Ndiaye", "Poirier", "Castellanos", "Hébert", "Lindqvist", "Robichaud",
          "Quaglia", "Turcotte", "Van Alstyne", "Mercier-Dion", "Osei", "Bergeron", "Halvorsen", "Marchildon",
          "Delacroix", "Fontaine", "Kuznetsova", "Brisebois", "Ogilvie", "Cardinal", "Yazzie-Clarke",
          "Lemieux", "Petrakis"]

GA_EN = ("The {t} is accountable for {m}, in support of the Sector's contribution to the department's "
         "mandate and to the Government of Canada's priorities for natural resources.")
GA_FR = ("Le titulaire du poste de {t} est responsable de {m}, à l'appui de la contribution du secteur au "
         "mandat du Ministère et aux priorités du gouvernement du Canada en matière de ressources naturelles.")
NS_EN = ["Natural Resources Canada works to improve the quality of life of Canadians by ensuring the "
         "country's abundant natural resources are developed sustainably. The {s} provides the knowledge, "
         "regulation and policy on which that development depends.",
         "The position operates in an environment of intense interest from provinces, territories, "
         "Indigenous governments, industry and international partners. The incumbent must reconcile "
         "scientific, economic and legal considerations and provide timely, evidence-based advice to senior "
         "management and to Ministers."]
NS_FR = ["Ressources naturelles Canada s'emploie à améliorer la qualité de vie des Canadiens en veillant à "
         "la mise en valeur durable des abondantes ressources naturelles du pays. Le {s} fournit les "
         "connaissances, la réglementation et les politiques dont dépend cette mise en valeur.",
         "Le poste évolue dans un milieu où les provinces, les territoires, les gouvernements autochtones, "
         "l'industrie et les partenaires internationaux suivent les dossiers de près. Le titulaire doit "
         "concilier des considérations scientifiques, économiques et juridiques et fournir des conseils "
         "fondés sur des données probantes à la haute direction et aux ministres."]
SA_EN = ["Provides strategic leadership and direction for {m}.",
         "Develops and implements plans, strategies and performance frameworks for the organization.",
         "Provides authoritative advice to the {sup} and to senior management committees.",
         "Represents the department with central agencies, other governments, industry and international "
         "partners.",
         "Manages the human, financial and material resources of the organization with prudence and probity.",
         "Fosters a healthy, diverse and inclusive workplace and develops the organization's talent."]
SA_FR = ["Assure le leadership stratégique et l'orientation en vue de {m}.",
         "Élabore et met en œuvre les plans, les stratégies et les cadres de mesure du rendement de "
         "l'organisation.",
         "Fournit des conseils faisant autorité au {sup} et aux comités de la haute direction.",
         "Représente le Ministère auprès des organismes centraux, des autres gouvernements, de l'industrie et "
         "des partenaires internationaux.",
         "Gère les ressources humaines, financières et matérielles de l'organisation avec prudence et probité.",
         "Favorise un milieu de travail sain, diversifié et inclusif et développe les talents de "
         "l'organisation."]
