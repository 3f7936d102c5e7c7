"""blind26: invented EX positions across the federal public service (data only).

Each row: key, department, language, title (en, fr), level, job code, position number (None = NEW/TBD),
effective date, supervisor (number, title en, title fr, level), direct reports (title, level, FTEs),
salary, O&M, total, location, branch. None means the document does not state it."""
import datetime as d

D = d.date
P = []


def pos(key, dept, lang, title, title_fr, level, job, num, eff, sup, reports, money, loc, branch, **extra):
    P.append(dict(key=key, dept=dept, lang=lang, title=title, title_fr=title_fr, level=level, job=job, num=num,
                  eff=eff, sup=sup, reports=reports, money=money, loc=loc, branch=branch, **extra))


pos("tc-aviation-security", "Transport Canada", "en", "Director, Aviation Security Oversight", "Directeur, Surveillance de la sûreté aérienne",
    1, "118204", "TC-47712", D(2019, 6, 3), ("47700", "Director General, Aviation Security", "Directeur général, Sûreté aérienne", 3),
    [("Manager, Inspection Programs", "TI-07", 38), ("Manager, Standards and Enforcement", "TI-06", 12), ("Senior Policy Advisor", "EC-06", 1)],
    (4180000, 610000, 4790000), ("Ottawa", "Ontario"), "Safety and Security")
pos("dfo-small-craft", "Fisheries and Oceans Canada", "en", "Regional Director, Small Craft Harbours, Gulf Region", None,
    1, "120933", "71205", D(2021, 4, 1), ("71000", "Regional Director General, Gulf Region", None, 3),
    [("Area Manager, Harbour Operations North", "EG-07", 14), ("Area Manager, Harbour Operations South", "EG-07", 11), ("Chief, Engineering and Projects", "EN-ENG-05", 9)],
    (2210000, 38400000, 40610000), ("Moncton", "New Brunswick"), "Ecosystems and Oceans Science")
pos("eccc-weather", "Environment and Climate Change Canada", "en", "Director General, Weather and Environmental Prediction Services", None,
    3, "104455", "300118", D(2018, 11, 19), ("300001", "Assistant Deputy Minister, Meteorological Service of Canada", None, 5),
    [("Director, National Prediction Operations", "EX-01", 142), ("Director, Prediction Services West", "EX-01", 96), ("Director, Prediction Services East", "EX-01", 88), ("Director, Business Integration", "EX-01", 23)],
    (41600000, 9250000, 50850000), ("Dorval", "Quebec"), "Meteorological Service of Canada")
pos("hc-cannabis", "Santé Canada", "fr", "Directrice exécutive, Conformité et application de la loi sur le cannabis", "Directrice exécutive, Conformité et application de la loi sur le cannabis",
    2, "109872", "88215", D(2020, 1, 13), ("88200", "Directeur général, Direction des substances contrôlées", "Directeur général, Direction des substances contrôlées", 3),
    [("Gestionnaire, Inspections régionales", "PC-05", 61), ("Gestionnaire, Enquêtes et mesures d'application", "PM-06", 17), ("Conseiller principal en politiques", "EC-07", 1)],
    (7350000, 1120000, 8470000), ("Ottawa", "Ontario"), "Direction générale des substances contrôlées et du cannabis")
pos("statcan-census-ops", "Statistics Canada", "en", "Director, Census Collection Operations", None,
    1, "102290", "5561", D(2022, 9, 6), ("5500", "Director General, Census Management", None, 3),
    [("Chief, Field Operations Planning", "EC-06", 24), ("Chief, Collection Systems", "CS-04", 19), ("Chief, Respondent Relations", "EC-06", 15)],
    (6040000, 2890000, 8930000), ("Ottawa", "Ontario"), "Census, Operations and Informatics")
pos("cra-collections-atl", "Canada Revenue Agency", "en", "Assistant Commissioner, Atlantic Region", None,
    4, None, "00045871", D(2017, 3, 27), ("00040002", "Deputy Commissioner", None, 5),
    [("Director, Summerside Tax Centre", "EX-02", 1120), ("Director, St. John's Tax Services Office", "EX-01", 410), ("Director, Halifax Tax Services Office", "EX-01", 530), ("Director, Regional Business Services", "EX-01", 46)],
    (165000000, 12400000, 177400000), ("Halifax", "Nova Scotia"), "Atlantic Region")
pos("pspc-realproperty-pac", "Public Services and Procurement Canada", "en", "Director, Real Property Services, Pacific Region", None,
    1, "113400", "PAC-20714", D(2016, 5, 16), ("PAC-20700", "Regional Director General, Pacific Region", None, 3),
    [("Manager, Asset Management", "AS-07", 21), ("Manager, Project Delivery", "EN-ENG-05", 33), ("Manager, Leasing Services", "PG-06", 8)],
    (5100000, 142000000, 147100000), ("Vancouver", "British Columbia"), "Real Property Services")
pos("cbsa-traveller-ops", "Agence des services frontaliers du Canada", "fr", "Directeur, Opérations voyageurs, Région du Québec", "Directeur, Opérations voyageurs, Région du Québec",
    1, "115027", "Q-30881", D(2021, 2, 8), ("Q-30800", "Directeur général régional, Région du Québec", "Directeur général régional, Région du Québec", 3),
    [("Chef des opérations, Aéroport international Montréal-Trudeau", "FB-07", 410), ("Chef des opérations, Lacolle", "FB-07", 165), ("Conseillère en programmes", "FB-05", 1)],
    (51200000, 3300000, 54500000), ("Montréal", "Quebec"), "Région du Québec")
pos("rcmp-fin-mgmt", "Royal Canadian Mounted Police", "en", "Director General, Financial Management and Control", None,
    3, "140118", "1007733", D(2023, 4, 17), ("1000101", "Chief Financial Officer", None, 5),
    [("Director, Financial Policy and Internal Control", "EX-01", 31), ("Director, Resource Management Services", "EX-01", 58), ("Director, Financial Systems", "EX-01", 27)],
    (11800000, 1450000, 13250000), ("Ottawa", "Ontario"), "Corporate Management and Comptrollership")
pos("pch-sport", "Canadian Heritage", "bi", "Director General, Sport Canada", "Directeur général, Sport Canada",
    3, "106611", "12044", D(2019, 10, 1), ("12000", "Assistant Deputy Minister, Sport, Major Events and Commemorations", "Sous-ministre adjoint, Sport, événements majeurs et commémorations", 4),
    [("Director, Sport Support Program", "EX-01", 28), ("Director, Major Games and Hosting", "EX-01", 19), ("Director, Policy and Planning", "EX-01", 14)],
    (6700000, 248000000, 254700000), ("Gatineau", "Quebec"), "Sport, Major Events and Commemorations")
pos("vac-service-delivery", "Veterans Affairs Canada", "en", "Director, Case Management and Service Delivery, Atlantic", None,
    1, "117755", "40312", D(2015, 7, 2), ("40300", "Director General, Service Delivery and Program Management", None, 3),
    [("Area Director, Halifax", "WP-06", 52), ("Area Director, Sydney", "WP-06", 21), ("Area Director, Fredericton", "WP-06", 26)],
    (9100000, 640000, 9740000), ("Charlottetown", "Prince Edward Island"), "Service Delivery")
pos("isc-health-mb", "Services aux Autochtones Canada", "fr", "Directrice régionale, Santé des Premières Nations, Manitoba", "Directrice régionale, Santé des Premières Nations, Manitoba",
    2, "131702", None, D(2022, 1, 24), ("61000", "Directeur général régional, Manitoba", "Directeur général régional, Manitoba", 3),
    [("Gestionnaire, Soins infirmiers", "NU-HOS-06", 118), ("Gestionnaire, Santé publique", "HS-04", 34), ("Gestionnaire, Services aux patients", "PM-05", 22)],
    (21000000, 96000000, 117000000), ("Winnipeg", "Manitoba"), "Direction générale de la santé des Premières Nations et des Inuits")
pos("csc-institution", "Correctional Service Canada", "en", "Warden, Drumheller Institution", None,
    2, "119300", "P-6610", D(2018, 2, 12), ("P-6000", "Regional Deputy Commissioner, Prairies", None, 3),
    [("Deputy Warden", "CX-04", 310), ("Assistant Warden, Interventions", "WP-06", 61), ("Assistant Warden, Management Services", "AS-07", 44)],
    (39800000, 6200000, 46000000), ("Drumheller", "Alberta"), "Prairie Region")
pos("nrcan-forest-fire", "Natural Resources Canada", "en", "Director, Wildland Fire Science", None,
    1, "110560", "CFS-2278", D(2024, 5, 13), ("CFS-2200", "Director General, Northern Forestry Centre", None, 3),
    [("Research Manager, Fire Behaviour", "SE-RES-04", 17), ("Research Manager, Fire Danger Systems", "SE-RES-04", 12)],
    (3600000, 870000, 4470000), ("Edmonton", "Alberta"), "Canadian Forest Service")
pos("aafc-agristability", "Agriculture and Agri-Food Canada", "en", "Director General, Business Risk Management Programs", None,
    3, "102776", "71877", D(2020, 8, 31), ("71800", "Assistant Deputy Minister, Programs Branch", None, 4),
    [("Director, AgriStability Administration", "EX-01", 240), ("Director, Program Policy", "EX-01", 22), ("Director, Client Service Centre", "EX-01", 64)],
    (27500000, 3100000, 30600000), ("Winnipeg", "Manitoba"), "Programs Branch")
pos("cfia-lab", "Agence canadienne d'inspection des aliments", "fr", "Directeur, Laboratoire de Saint-Hyacinthe", "Directeur, Laboratoire de Saint-Hyacinthe",
    1, "125004", "L-4410", D(2017, 10, 16), ("L-4400", "Directeur exécutif, Laboratoires", "Directeur exécutif, Laboratoires", 2),
    [("Chef, Chimie alimentaire", "SE-RES-03", 26), ("Chef, Microbiologie", "BI-04", 31), ("Gestionnaire, Assurance de la qualité", "BI-03", 6)],
    (6900000, 2300000, 9200000), ("Saint-Hyacinthe", "Quebec"), "Direction générale des sciences")
pos("gac-consular", "Global Affairs Canada", "en", "Director, Consular Case Management", None,
    1, "108301", "GAC 31055", D(2021, 11, 22), ("GAC 31000", "Director General, Consular Operations", None, 3),
    [("Deputy Director, Case Management Asia-Pacific", "FS-03", 18), ("Deputy Director, Case Management Americas", "FS-03", 16), ("Deputy Director, Case Management Europe, Middle East and Africa", "FS-03", 20)],
    (5800000, 1900000, 7700000), ("Ottawa", "Ontario"), "Consular, Security and Emergency Management")
pos("ircc-asylum", "Immigration, Refugees and Citizenship Canada", "en", "Director General, Asylum Operations", None,
    3, "116602", "92041", D(2023, 1, 30), ("92000", "Assistant Deputy Minister, Operations", None, 5),
    [("Director, Asylum Intake", "EX-01", 180), ("Director, Asylum Processing Network", "EX-01", 205), ("Director, Operational Planning", "EX-01", 31)],
    (34600000, 4200000, 38800000), ("Toronto", "Ontario"), "Operations Sector")
pos("justice-north", "Ministère de la Justice Canada", "fr", "Directeur régional et avocat général, Bureau régional du Nord", "Directeur régional et avocat général, Bureau régional du Nord",
    3, "127788", "J-5501", D(2019, 3, 18), ("J-5000", "Sous-procureur général adjoint, Secteur national du contentieux", "Sous-procureur général adjoint, Secteur national du contentieux", 5),
    [("Avocat général principal, Yellowknife", "LC-03", 24), ("Avocat général principal, Whitehorse", "LC-03", 15), ("Avocate générale principale, Iqaluit", "LC-03", 12)],
    (8200000, 1600000, 9800000), ("Yellowknife", "Northwest Territories"), "Secteur national du contentieux")
pos("ps-emergency", "Public Safety Canada", "en", "Director, Federal Emergency Response Coordination", None,
    1, "111190", "3340", D(2020, 3, 23), ("3300", "Director General, Government Operations Centre", None, 3),
    [("Manager, Watch and Operations", "PM-06", 22), ("Manager, Planning and Exercises", "PM-06", 9)],
    (2960000, 540000, 3500000), ("Ottawa", "Ontario"), "Emergency Management and Programs")
pos("infc-bridges", "Infrastructure Canada", "en", "Executive Director, Major Bridges Oversight", None,
    2, "128850", "INFC-7023", D(2022, 6, 20), ("INFC-7000", "Assistant Deputy Minister, Major Projects", None, 4),
    [("Director, Project Oversight", "EX-01", 16), ("Director, Asset Management and Contracts", "EX-01", 11)],
    (3400000, 21000000, 24400000), ("Montréal", "Quebec"), "Major Projects")
pos("csa-space-health", "Canadian Space Agency", "bi", "Director, Space Life Sciences", "Directeur, Sciences de la vie dans l'espace",
    1, "133301", "CSA-1180", D(2018, 9, 10), ("CSA-1100", "Director General, Space Exploration", "Directeur général, Exploration spatiale", 3),
    [("Manager, Operational Space Medicine", "MD-MOF-03", 7), ("Manager, Life Sciences Research", "SE-RES-03", 9)],
    (2100000, 6800000, 8900000), ("Saint-Hubert", "Quebec"), "Space Exploration")
pos("nrc-construction", "National Research Council Canada", "en", "Director, Fire Safety Research Program", None,
    1, None, "NRC-77318", D(2016, 12, 5), ("NRC-77000", "Vice-President, Engineering", None, 4),
    [("Team Leader, Fire Resistance", "RO-04", 14), ("Team Leader, Smoke Management", "RO-04", 11)],
    None, ("Ottawa", "Ontario"), "Construction Research Centre")
pos("elections-field", "Élections Canada", "fr", "Directrice principale, Préparation des bureaux locaux", "Directrice principale, Préparation des bureaux locaux",
    2, "135520", "EC-2208", D(2024, 2, 5), ("EC-2200", "Sous-directeur général des élections, Opérations électorales", "Sous-directeur général des élections, Opérations électorales", 4),
    [("Gestionnaire, Logistique des bureaux", "AS-06", 19), ("Gestionnaire, Formation du personnel électoral", "PM-05", 11)],
    (2750000, 18600000, 21350000), ("Gatineau", "Quebec"), "Opérations électorales")
pos("oag-audit", "Office of the Auditor General of Canada", "en", "Principal, Performance Audit Practice", None,
    2, "AUD-204", "OAG-0912", D(2015, 1, 12), ("OAG-0900", "Assistant Auditor General", None, 4),
    [("Director, Performance Audit", "AU-05", 9), ("Director, Performance Audit", "AU-05", 8), ("Director, Audit Methodology", "AU-05", 5)],
    (4300000, 410000, 4710000), ("Ottawa", "Ontario"), "Audit Operations")
pos("pacan-prairies", "Prairies Economic Development Canada", "en", "Director General, Saskatchewan Operations", None,
    3, "141003", "55109", D(2021, 8, 16), ("55000", "Assistant Deputy Minister, Operations", None, 4),
    [("Director, Business Development", "EX-01", 18), ("Director, Community Investment", "EX-01", 13)],
    (3900000, 86000000, 89900000), ("Saskatoon", "Saskatchewan"), "Operations")
pos("lac-preservation", "Bibliothèque et Archives Canada", "fr", "Directeur, Préservation et conservation", "Directeur, Préservation et conservation",
    1, "107744", "BAC-6602", D(2016, 4, 25), ("BAC-6600", "Directeur général, Préservation", "Directeur général, Préservation", 3),
    [("Gestionnaire, Restauration", "PC-03", 22), ("Gestionnaire, Laboratoire de reproduction", "CR-05", 15)],
    (4100000, 950000, 5050000), ("Gatineau", "Quebec"), "Secteur des opérations")
pos("ssc-network", "Shared Services Canada", "en", "Director General, Network and Security Services", None,
    3, "138404", "SSC-140055", D(2023, 10, 2), ("SSC-140000", "Assistant Deputy Minister, Networks, Security and Digital Services", None, 4),
    [("Director, Enterprise Network Operations", "EX-01", 210), ("Director, Perimeter Security", "EX-01", 98), ("Director, Secure Remote Access", "EX-01", 67), ("Director, Network Modernization", "EX-01", 54)],
    (52000000, 184000000, 236000000), ("Ottawa", "Ontario"), "Networks, Security and Digital Services")
pos("phac-lab-wpg", "Public Health Agency of Canada", "en", "Director, Zoonotic Diseases and Special Pathogens", None,
    1, "145006", "PH-3319", D(2020, 7, 6), ("PH-3300", "Director General, National Microbiology Laboratory Science", None, 3),
    [("Chief, Special Pathogens", "BI-05", 21), ("Chief, Zoonotic Bacterial Diseases", "BI-04", 16), ("Biosafety Officer", "BI-03", 1)],
    (4700000, 3300000, 8000000), ("Winnipeg", "Manitoba"), "Infectious Disease Prevention and Control")
pos("cannor-nunavut", "Canadian Northern Economic Development Agency", "en", "Director General, Nunavut Region", None,
    3, "147720", "CN-0410", D(2019, 5, 27), ("CN-0100", "President", None, 5),
    [("Director, Programs and Partnerships", "EX-01", 12), ("Manager, Northern Projects Management Office", "EC-07", 6)],
    (2600000, 31000000, 33600000), ("Iqaluit", "Nunavut"), "Nunavut Region")
pos("cnsc-power", "Commission canadienne de sûreté nucléaire", "fr", "Directeur général, Réglementation des centrales nucléaires", "Directeur général, Réglementation des centrales nucléaires",
    3, "150014", "CCSN-2105", D(2017, 6, 12), ("CCSN-2000", "Vice-président, Direction générale de la réglementation des opérations", "Vice-président, Direction générale de la réglementation des opérations", 5),
    [("Directeur, Division du programme de réglementation de Bruce", "EX-01", 34), ("Directrice, Division du programme de réglementation de Darlington", "EX-01", 31), ("Directeur, Division de la performance humaine", "EX-01", 18)],
    (15200000, 2100000, 17300000), ("Ottawa", "Ontario"), "Réglementation des opérations")
pos("tsb-rail", "Transportation Safety Board of Canada", "en", "Director, Rail and Pipeline Investigations", None,
    1, "152210", "TSB-811", D(2022, 3, 14), ("TSB-800", "Director General, Investigations Operations", None, 3),
    [("Manager, Central Region Investigations", "TI-08", 11), ("Manager, Western Region Investigations", "TI-08", 9), ("Manager, Pipeline Investigations", "TI-08", 5)],
    (3700000, 820000, 4520000), ("Gatineau", "Quebec"), "Investigations Operations")
pos("osfi-risk", "Office of the Superintendent of Financial Institutions", "en", "Managing Director, Credit Risk Division", None,
    2, None, "OSFI-50721", D(2021, 1, 4), ("OSFI-50700", "Assistant Superintendent, Regulation Sector", None, 4),
    [("Director, Retail Credit Risk", None, 8), ("Director, Wholesale Credit Risk", None, 7)],
    (3150000, 220000, 3370000), ("Toronto", "Ontario"), "Regulation Sector")
pos("cgc-grain", "Canadian Grain Commission", "en", "Chief Grain Inspector for Canada", None,
    3, "154400", "9001", D(2018, 8, 1), ("9000", "Chief Commissioner", None, 5),
    [("Director, Industry Services Operations", "EX-01", 230), ("Manager, Grain Quality Standards", "EG-07", 11)],
    (22000000, 4000000, 26000000), ("Winnipeg", "Manitoba"), "Industry Services")
pos("pco-cabinet", "Bureau du Conseil privé", "fr", "Directrice des opérations, Secrétariat des priorités et de la planification", "Directrice des opérations, Secrétariat des priorités et de la planification",
    2, "157030", "PCO-3421", D(2023, 9, 11), ("PCO-3400", "Secrétaire adjoint du Cabinet, Priorités et planification", "Secrétaire adjoint du Cabinet, Priorités et planification", 4),
    [("Directeur, Planification stratégique", "EX-01", 9), ("Gestionnaire, Opérations du Cabinet", "EC-07", 6)],
    (2050000, 160000, 2210000), ("Ottawa", "Ontario"), "Priorités et planification")
pos("wage-gba", "Women and Gender Equality Canada", "en", "Director, Gender-based Analysis Plus Centre of Excellence", None,
    1, "159004", "W-1207", D(2020, 11, 9), ("W-1200", "Director General, Policy and External Relations", None, 3),
    [("Manager, GBA Plus Training and Tools", "EC-07", 8), ("Manager, GBA Plus Research", "EC-07", 7)],
    (1620000, 410000, 2030000), ("Gatineau", "Quebec"), "Policy and External Relations")
pos("acoa-nl", "Atlantic Canada Opportunities Agency", "en", "Vice-President, Newfoundland and Labrador Region", None,
    5, "160080", "A-0300", D(2017, 9, 5), ("A-0001", "President", None, None),
    [("Director General, Programs", "EX-03", 74), ("Director General, Policy and Corporate Services", "EX-02", 39)],
    (11400000, 97000000, 108400000), ("St. John's", "Newfoundland and Labrador"), "Newfoundland and Labrador Region")
pos("nfb-distribution", "Office national du film du Canada", "fr", "Directeur général, Distribution et marketing", "Directeur général, Distribution et marketing",
    3, None, "ONF-118", D(2015, 10, 19), ("ONF-100", "Commissaire du gouvernement à la cinématographie", "Commissaire du gouvernement à la cinématographie", None),
    [("Directrice, Marketing et communications", "EX-01", 17), ("Directeur, Distribution numérique", "EX-01", 14)],
    (5400000, 3800000, 9200000), ("Montréal", "Quebec"), "Distribution et marketing")
pos("cta-dispute", "Canadian Transportation Agency", "en", "Director General, Dispute Resolution", None,
    3, "163110", "CTA-440", D(2024, 7, 8), ("CTA-400", "Chief Executive Officer", None, 5),
    [("Director, Air Travel Complaints", "EX-01", 72), ("Director, Rail, Marine and Accessible Transportation Disputes", "EX-01", 21)],
    (9800000, 1200000, 11000000), ("Gatineau", "Quebec"), "Dispute Resolution Branch")
pos("fednor-ops", "Federal Economic Development Agency for Northern Ontario", "en", "Director, Programs and Services", None,
    1, "165501", "FN-1620", None, ("FN-1600", "Director General, FedNor Operations", None, 3),
    [("Manager, Community Economic Development", "EC-06", 10), ("Manager, Business Development", "EC-06", 9)],
    (1900000, 72000000, 73900000), ("Sudbury", "Ontario"), "FedNor Operations")
pos("polar-science", "Polar Knowledge Canada", "bi", "Director, Science and Technology", "Directeur, Sciences et technologie",
    1, "167002", "POL-31", D(2019, 1, 21), ("POL-01", "President and Chief Executive Officer", "Président et premier dirigeant", None),
    [("Manager, Research Station Operations", "EG-06", 12), ("Manager, Knowledge Management", "SE-RES-02", 4)],
    (2400000, 5600000, 8000000), ("Cambridge Bay", "Nunavut"), "Science and Technology")
pos("cas-registry", "Courts Administration Service", "en", "Director, Registry Operations, Federal Court", None,
    1, "170330", "CAS-7704", D(2016, 2, 29), ("CAS-7700", "Director General, Judicial and Registry Services", None, 3),
    [("Regional Registry Manager, Toronto", "CR-06", 27), ("Regional Registry Manager, Vancouver", "CR-06", 19), ("Regional Registry Manager, Montréal", "CR-06", 22)],
    (5300000, 700000, 6000000), ("Ottawa", "Ontario"), "Judicial and Registry Services")
pos("dnd-infra-esq", "Défense nationale", "fr", "Directeur, Infrastructure et environnement, Formation Esquimalt", "Directeur, Infrastructure et environnement, Formation Esquimalt",
    2, "172205", "DND-504887", D(2022, 10, 24), ("DND-500010", "Commandant adjoint, Formation Esquimalt", "Commandant adjoint, Formation Esquimalt", None),
    [("Gestionnaire, Ingénierie de la construction", "EN-ENG-05", 37), ("Gestionnaire, Services environnementaux", "EG-07", 18), ("Gestionnaire, Entretien des biens", "GL-MAN-14", 146)],
    (24000000, 61000000, 85000000), ("Victoria", "British Columbia"), "Formation Esquimalt")
