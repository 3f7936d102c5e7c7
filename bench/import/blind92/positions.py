"""Invented EX positions (real departments) and the documents written for each version (blind92)."""
from datetime import date as D

# drs: (English title, French title, classification or None, FTE or None)
POS = {}


def pos(key, **kw):
    POS[key] = kw


pos("appr", dept="ESDC", branch=("Skills and Employment Branch", "Direction générale des compétences et de l'emploi"),
    title="Director, Apprenticeship Grants Operations", title_fr="Directeur, Opérations des subventions aux apprentis",
    cls="EX-01", job="104582", num="71244", date=D(2021, 4, 1),
    sup=("61807", "Director General, Apprenticeship and Sectoral Initiatives",
         "Directeur général, Apprentissage et initiatives sectorielles", "EX-03"),
    drs=[("Manager, Grant Processing", "Gestionnaire, Traitement des subventions", "PM-05", 38),
         ("Manager, Program Integrity", "Gestionnaire, Intégrité des programmes", "PM-06", 11),
         ("Senior Analyst, Performance Reporting", "Analyste principal, Rapports sur le rendement", "EC-05", 1)],
    sal=3410000, om=275000, tot=3685000, loc=("Gatineau, Quebec", "Gatineau (Québec)"), fte=53,
    area=("the Apprenticeship Incentive Grant and Apprenticeship Completion Grant programs",
          "des programmes de subventions aux apprentis", "aux subventions aux apprentis"),
    inc="Karine Lapointe-Drouin", signer=("Marcus Okafor", "Director General, Apprenticeship and Sectoral Initiatives"))

pos("rp", dept="IRCC", branch=("Operations Sector", "Secteur des opérations"),
    title="Director, Permanent Residence Processing", title_fr="Directeur, Traitement des demandes de résidence permanente",
    cls="EX-02", job="203117", num="55190", date=D(2022, 6, 13),
    sup=("50012", "Director General, Centralized Network", "Directrice générale, Réseau centralisé", "EX-03"),
    drs=[("Manager, Economic Class Processing", "Gestionnaire, Traitement de la catégorie économique", "PM-06", 64),
         ("Manager, Family Class Processing", "Gestionnaire, Traitement de la catégorie du regroupement familial", "PM-06", 71),
         ("Manager, Quality Assurance", "Gestionnaire, Assurance de la qualité", "PM-05", 9),
         ("Operations Advisor", "Conseiller aux opérations", "PM-05", 1)],
    sal=9870000, om=640000, tot=10510000, loc=("Sydney, Nova Scotia", "Sydney (Nouvelle-Écosse)"), fte=148,
    area=("permanent residence application processing", "du traitement des demandes de résidence permanente",
          "au traitement des demandes de résidence permanente"),
    inc="Geneviève Ouellet", signer=("Rachid Benali", "Directrice générale, Réseau centralisé"))

pos("rpm", dept="PSPC", branch=("Real Property Services", "Services immobiliers"),
    title="Director General, Real Property Portfolio Management", title_fr="Directeur général, Gestion du portefeuille immobilier",
    cls="EX-03", job="300451", num="40877", date=D(2020, 11, 2),
    sup=("40001", "Assistant Deputy Minister, Real Property Services", "Sous-ministre adjoint, Services immobiliers", "EX-05"),
    drs=[("Director, Portfolio Planning", "Directeur, Planification du portefeuille", "EX-01", 27),
         ("Director, Office Accommodation", "Directeur, Locaux à bureaux", "EX-01", 42),
         ("Director, Asset Investment Strategy", "Directeur, Stratégie d'investissement", "EX-01", 19)],
    sal=8150000, om=1200000, tot=9350000, loc=("Gatineau, Quebec", "Gatineau (Québec)"), fte=91,
    area=("the federal office and special-purpose real property portfolio", "du portefeuille immobilier fédéral",
          "au portefeuille immobilier"),
    inc="Thomas Achterberg", signer=("Lise-Anne Fortier", "Assistant Deputy Minister, Real Property Services"))

pos("mdc", dept="HC", branch=("Regulatory Operations and Enforcement Branch", "Direction générale des opérations réglementaires et de l'application de la loi"),
    title="Executive Director, Medical Devices Compliance", title_fr="Directeur exécutif, Conformité des instruments médicaux",
    cls="EX-02", job="118240", num="32615", date=D(2023, 1, 9),
    sup=("32001", "Director General, Medical Devices and Product Safety Directorate",
         "Directeur général, Direction des instruments médicaux et de la sécurité des produits", "EX-03"),
    drs=[("Manager, Inspections", "Gestionnaire, Inspections", "SG-SRE-06", 33),
         ("Manager, Compliance Verification", "Gestionnaire, Vérification de la conformité", "SG-SRE-06", 21),
         ("Manager, Planning and Risk", "Gestionnaire, Planification et risques", "EC-07", 6)],
    sal=5240000, om=910000, tot=6150000, loc=("Ottawa, Ontario", "Ottawa (Ontario)"), fte=61,
    area=("medical device compliance and enforcement", "de la conformité des instruments médicaux",
          "à la conformité des instruments médicaux"),
    inc="Priya Raghunathan", signer=("Denis Tremblay-Guay", "Director General, Medical Devices and Product Safety Directorate"))

pos("cav", dept="TC", branch=("Prairie and Northern Region", "Région des Prairies et du Nord"),
    title="Regional Director, Civil Aviation, Prairie and Northern Region",
    title_fr="Directeur régional, Aviation civile, Région des Prairies et du Nord",
    cls="EX-01", job="071993", num="20458", date=D(2022, 9, 19),
    sup=("20400", "Regional Director General, Prairie and Northern Region",
         "Directeur général régional, Région des Prairies et du Nord", "EX-03"),
    drs=[("Manager, Operations", "Gestionnaire, Opérations", "AO-CAI-03", 46),
         ("Manager, Aircraft Maintenance and Manufacturing", "Gestionnaire, Maintenance et construction des aéronefs", "AO-CAI-03", 22),
         ("Manager, Technical Programs", "Gestionnaire, Programmes techniques", "AO-CAI-02", 12)],
    sal=9010000, om=1740000, tot=10750000, loc=("Winnipeg, Manitoba", "Winnipeg (Manitoba)"), fte=81,
    area=("civil aviation safety oversight in the region", "de la surveillance de la sécurité de l'aviation civile",
          "à la sécurité de l'aviation civile"),
    inc="Dale Kowalchuk", signer=("Sandra Whitehorse", "Regional Director General, Prairie and Northern Region"))

pos("aq", dept="ECCC", branch=("Meteorological Service of Canada", "Service météorologique du Canada"),
    title="Director, Air Quality Monitoring", title_fr="Directeur, Surveillance de la qualité de l'air",
    cls="EX-01", job="156620", num="88312", date=D(2021, 7, 5),
    sup=("88100", "Director General, Atmospheric Monitoring", "Directeur général, Surveillance atmosphérique", "EX-02"),
    drs=[("Manager, National Air Pollution Surveillance", "Gestionnaire, Surveillance nationale de la pollution atmosphérique", "PC-04", 18),
         ("Manager, Data Quality and Archives", "Gestionnaire, Qualité des données et archives", "PC-03", 9),
         ("Head, Field Operations", "Chef, Opérations sur le terrain", "EG-07", 14)],
    sal=3960000, om=2150000, tot=6110000, loc=("Toronto, Ontario", "Toronto (Ontario)"), fte=42,
    area=("national air quality monitoring networks", "des réseaux nationaux de surveillance de la qualité de l'air",
          "à la surveillance de la qualité de l'air"),
    inc="Olivia Brandt-Nakamura", signer=("Hugo Castonguay", "Director General, Atmospheric Monitoring"))

pos("peche", dept="DFO", branch=("Quebec Region", "Région du Québec"),
    title="Regional Director, Fisheries Management, Quebec Region",
    title_fr="Directeur régional, Gestion des pêches, Région du Québec",
    cls="EX-02", job="250064", num="61733", date=D(2022, 4, 1),
    sup=("61700", "Regional Director General, Quebec Region", "Directrice générale régionale, Région du Québec", "EX-03"),
    drs=[("Area Director, Gaspé–Lower St. Lawrence", "Directeur de secteur, Gaspésie–Bas-Saint-Laurent", "EX-01", 37),
         ("Area Director, North Shore", "Directeur de secteur, Côte-Nord", "EX-01", 29),
         ("Manager, Resource Management", "Gestionnaire, Gestion de la ressource", "EG-07", 16),
         ("Manager, Licensing", "Gestionnaire, Délivrance des permis", "PM-05", 12)],
    sal=7630000, om=1480000, tot=9110000, loc=("Quebec City, Quebec", "Québec (Québec)"), fte=96,
    area=("fisheries management in the Quebec Region", "de la gestion des pêches dans la région", "à la gestion des pêches"),
    inc="Mathieu Bergeron-Cyr", signer=("Nathalie Poirier", "Directrice générale régionale, Région du Québec"))

pos("coll", dept="CRA", branch=("Collections and Verification Branch", "Direction générale des recouvrements et de la vérification"),
    title="Director, Collections Modernization", title_fr="Directeur, Modernisation des recouvrements",
    cls="EX-01", job="CRA-EX-1187", num="93058", date=D(2023, 5, 29),
    sup=("93000", "Director General, Collections Strategy and Operations", "Directeur général, Stratégie et opérations de recouvrement", "EX-03"),
    drs=[("Manager, Business Requirements", "Gestionnaire, Besoins opérationnels", "MG-06", 14),
         ("Manager, Change Management", "Gestionnaire, Gestion du changement", "MG-05", 8),
         ("Manager, Analytics and Case Selection", "Gestionnaire, Analytique et sélection des cas", "EC-07", 11)],
    sal=3120000, om=460000, tot=3580000, loc=("Ottawa, Ontario", "Ottawa (Ontario)"), fte=34,
    area=("the modernization of debt collection systems and processes", "de la modernisation des recouvrements",
          "à la modernisation des recouvrements"),
    inc="Farah Haddad", signer=("Stephen MacIsaac", "Director General, Collections Strategy and Operations"))

pos("census", dept="STC", branch=("Census, Operations and Communications Field", "Secteur du recensement, des opérations et des communications"),
    title="Director, Census Operations", title_fr="Directeur, Opérations du recensement",
    cls="EX-02", job="4U-0612", num="12690", date=D(2024, 2, 5),
    sup=("12600", "Assistant Chief Statistician, Census, Operations and Communications",
         "Statisticien en chef adjoint, Recensement, opérations et communications", "EX-04"),
    drs=[("Chief, Collection Planning", "Chef, Planification de la collecte", "EC-07", 22),
         ("Chief, Field Operations Support", "Chef, Soutien aux opérations sur le terrain", "EC-07", 31),
         ("Chief, Processing Systems", "Chef, Systèmes de traitement", "CS-04", 27),
         ("Chief, Respondent Relations", "Chef, Relations avec les répondants", "EC-06", 13)],
    sal=8450000, om=3900000, tot=12350000, loc=("Ottawa, Ontario", "Ottawa (Ontario)"), fte=94,
    area=("census collection and processing operations", "des opérations du recensement", "aux opérations du recensement"),
    inc="Benoît Lacasse", signer=("Aileen Fraser-Dhillon", "Assistant Chief Statistician, Census, Operations and Communications"))

pos("eef", dept="NRCan", branch=("Energy Efficiency and Technology Sector", "Secteur de l'efficacité énergétique et de la technologie"),
    title="Director General, Energy Efficiency Programs", title_fr="Directeur général, Programmes d'efficacité énergétique",
    cls="EX-03", job="400392", num="77621", date=D(2023, 3, 7),
    sup=("77001", "Assistant Deputy Minister, Energy Efficiency and Technology Sector",
         "Sous-ministre adjoint, Secteur de l'efficacité énergétique et de la technologie", "EX-05"),
    drs=[("Director, Housing and Buildings", "Directeur, Habitations et bâtiments", "EX-01", 48),
         ("Director, Industrial Programs", "Directeur, Programmes industriels", "EX-01", 33),
         ("Director, Equipment Standards", "Directeur, Normes sur l'équipement", "EX-01", 29),
         ("Executive Assistant", "Adjoint exécutif", "AS-02", 1)],
    sal=12300000, om=2750000, tot=15050000, loc=("Ottawa, Ontario", "Ottawa (Ontario)"), fte=118,
    area=("energy efficiency programs for homes, buildings, industry and equipment",
          "des programmes d'efficacité énergétique", "à l'efficacité énergétique"),
    inc="Jasmine Teodoro", signer=("Wallace Imbeault", "Assistant Deputy Minister, Energy Efficiency and Technology Sector"))

pos("vac", dept="VAC", branch=("Service Delivery Branch", "Direction générale de la prestation des services"),
    title="Director, Case Management Policy", title_fr="Directeur, Politiques de gestion de cas",
    cls="EX-01", job="VAC-0388", num="15402", date=D(2022, 12, 12),
    sup=("15400", "Director General, Service Delivery and Program Management",
         "Directeur général, Prestation des services et gestion des programmes", "EX-02"),
    drs=[("Manager, Case Management Standards", "Gestionnaire, Normes de gestion de cas", "PM-06", 12),
         ("Manager, Mental Health Policy", "Gestionnaire, Politique sur la santé mentale", "EC-07", 7),
         ("Senior Policy Advisor", "Conseiller principal en politiques", "EC-06", None)],
    sal=1980000, om=150000, tot=2130000, loc=("Charlottetown, Prince Edward Island", "Charlottetown (Île-du-Prince-Édouard)"), fte=21,
    area=("case management policy for Veterans and their families", "des politiques de gestion de cas",
          "à la gestion de cas"),
    inc="Colleen MacLellan", signer=("Peter Arsenault", "Director General, Service Delivery and Program Management"))

pos("infra", dept="ISC", branch=("Regional Operations Sector", "Secteur des opérations régionales"),
    title="Director, Community Infrastructure, Quebec Region", title_fr="Directrice, Infrastructures communautaires, Région du Québec",
    cls="EX-01", job="ISC-EX-0207", num="34519", date=D(2023, 10, 16),
    sup=("34500", "Regional Director General, Quebec Region", "Directeur général régional, Région du Québec", "EX-03"),
    drs=[("Manager, Capital Projects", "Gestionnaire, Projets d'immobilisations", "EN-ENG-05", 15),
         ("Manager, Water and Wastewater", "Gestionnaire, Eau potable et eaux usées", "EN-ENG-05", 11),
         ("Manager, Housing", "Gestionnaire, Logement", "PM-06", 8)],
    sal=3040000, om=520000, tot=3560000, loc=("Quebec City, Quebec", "Québec (Québec)"), fte=36,
    area=("community infrastructure investments with First Nations", "des investissements en infrastructures communautaires",
          "aux infrastructures communautaires"),
    inc="Émilie Gros-Louis", signer=("François Vachon", "Directeur général régional, Région du Québec"))

pos("noc", dept="SSC", branch=("Networks and Security Services Branch", "Direction générale des réseaux et des services de sécurité"),
    title="Director, Network Operations Centre", title_fr="Directeur, Centre des opérations réseau",
    cls="EX-01", job="SSC-103", num="60981", date=D(2021, 11, 22),
    sup=("60900", "Director General, Network Services", "Directeur général, Services de réseau", "EX-02"),
    drs=[("Manager, 24/7 Monitoring", "Gestionnaire, Surveillance 24/7", "CS-04", 41),
         ("Manager, Incident and Problem Management", "Gestionnaire, Gestion des incidents et des problèmes", "CS-04", 23),
         ("Manager, Service Continuity", "Gestionnaire, Continuité des services", "CS-03", 10)],
    sal=6720000, om=3300000, tot=10020000, loc=("Ottawa, Ontario", "Ottawa (Ontario)"), fte=75,
    area=("the monitoring and operation of the Government of Canada enterprise network", "des opérations réseau",
          "aux opérations réseau"),
    inc="Adebayo Nwosu", signer=("Kristine Halvorsen", "Director General, Network Services"))

pos("trav", dept="CBSA", branch=("Strategic Policy Branch", "Direction générale des politiques stratégiques"),
    title="Director, Traveller Programs Policy", title_fr="Directeur, Politique des programmes des voyageurs",
    cls="EX-01", job="CBSA-4471", num="81125", date=D(2022, 6, 3),
    sup=("81000", "Director General, Travellers Policy and Programs", "Directeur général, Politiques et programmes des voyageurs", "EX-03"),
    drs=[("Manager, Trusted Traveller Policy", "Gestionnaire, Politique sur les voyageurs dignes de confiance", "EC-07", 9),
         ("Manager, Border Modernization Policy", "Gestionnaire, Politique de modernisation de la frontière", "EC-07", 10),
         ("Senior Policy Advisor", "Conseiller principal en politiques", "EC-06", 1)],
    sal=2080000, om=190000, tot=2270000, loc=("Ottawa, Ontario", "Ottawa (Ontario)"), fte=21,
    area=("traveller programs policy at the border", "des politiques des programmes des voyageurs",
          "aux programmes des voyageurs"),
    inc="Alain Lévesque", signer=("Naomi Greenberg", "Director General, Travellers Policy and Programs"))

pos("brm", dept="AAFC", branch=("Programs Branch", "Direction générale des programmes"),
    title="Director, Business Risk Management Programs", title_fr="Directeur, Programmes de gestion des risques de l'entreprise",
    cls="EX-02", job="AAFC-2290", num="19736", date=D(2023, 8, 14),
    sup=("19700", "Director General, Business Risk Management Programs Directorate",
         "Directeur général, Direction des programmes de gestion des risques de l'entreprise", "EX-03"),
    drs=[("Manager, AgriStability Operations", "Gestionnaire, Opérations Agri-stabilité", "PM-06", 57),
         ("Manager, AgriInvest and AgriRecovery", "Gestionnaire, Agri-investissement et Agri-relance", "PM-06", 24),
         ("Manager, Program Analysis", "Gestionnaire, Analyse des programmes", "EC-07", 12)],
    sal=7480000, om=840000, tot=8320000, loc=("Winnipeg, Manitoba", "Winnipeg (Manitoba)"), fte=94,
    area=("AgriStability, AgriInvest and AgriRecovery program delivery", "des programmes de gestion des risques de l'entreprise",
          "à la gestion des risques de l'entreprise"),
    inc="Curtis Belanger", signer=("Harpreet Sandhu", "Director General, Business Risk Management Programs Directorate"))

# single-version positions
pos("olsp", dept="PCH", branch=("Official Languages, Heritage and Regions", "Langues officielles, patrimoine et régions"),
    title="Director, Official Languages Support Programs", title_fr="Directeur, Programmes d'appui aux langues officielles",
    cls="EX-01", job="PCH-1142", num="26043", date=D(2021, 9, 7),
    sup=("26000", "Director General, Official Languages Branch", "Directeur général, Direction générale des langues officielles", "EX-03"),
    drs=[("Manager, Community Development", "Gestionnaire, Développement des communautés", "PM-06", 17),
         ("Manager, Minority-Language Education", "Gestionnaire, Enseignement dans la langue de la minorité", "PM-06", 13)],
    sal=2410000, om=230000, tot=2640000, loc=("Gatineau, Quebec", "Gatineau (Québec)"), fte=31,
    area=("official languages support programs", "des programmes d'appui aux langues officielles", "aux langues officielles"),
    inc="Yvette Doucet", signer=("Graham Ellwood", "Director General, Official Languages Branch"))

pos("consul", dept="GAC", branch=("Consular Operations", "Opérations consulaires"),
    title="Director, Consular Services", title_fr="Directrice, Services consulaires",
    cls="EX-02", job="GAC-EX2-031", num="09417", date=D(2023, 2, 20),
    sup=("09400", "Director General, Consular Operations", "Directeur général, Opérations consulaires", "EX-03"),
    drs=[("Deputy Director, Case Management", "Directeur adjoint, Gestion des cas", "FS-03", 28),
         ("Deputy Director, Emergency Response", "Directeur adjoint, Intervention d'urgence", "FS-03", 19),
         ("Deputy Director, Passport Liaison", "Directeur adjoint, Liaison passeports", "PM-06", 8)],
    sal=4880000, om=1050000, tot=5930000, loc=("Ottawa, Ontario", "Ottawa (Ontario)"), fte=58,
    area=("consular services to Canadians abroad", "des services consulaires aux Canadiens à l'étranger", "aux services consulaires"),
    inc="Hélène Marchand-Diallo", signer=("Sébastien Roy", "Directeur général, Opérations consulaires"))

pos("digpres", dept="LAC", branch=("Digital Operations and Preservation Sector", "Secteur des opérations numériques et de la préservation"),
    title="Director, Digital Preservation", title_fr="Directeur, Préservation numérique",
    cls="EX-01", job="LAC-0419", num="45520", date=D(2020, 3, 16),
    sup=("45500", "Director General, Preservation", "Directeur général, Préservation", "EX-02"),
    drs=[("Manager, Digital Repository", "Gestionnaire, Dépôt numérique", "CS-04", 12),
         ("Manager, Conversion Services", "Gestionnaire, Services de conversion", "CR-05", 24),
         ("Digital Archivist (Senior)", "Archiviste numérique principal", "HR-04", None)],
    sal=2760000, om=880000, tot=3640000, loc=("Gatineau, Quebec", "Gatineau (Québec)"), fte=39,
    area=("the preservation of Canada's digital documentary heritage", "de la préservation numérique", "à la préservation numérique"),
    inc="Ruth Abernethy", signer=("Michel Desrosiers", "Director General, Preservation"))

pos("offprog", dept="CSC", branch=("Correctional Operations and Programs", "Opérations et programmes correctionnels"),
    title="Director, Offender Programs", title_fr="Directeur, Programmes pour délinquants",
    cls="EX-01", job="CSC-EX-118", num="52806", date=D(2021, 1, 18),
    sup=("52800", "Director General, Reintegration Programs", "Directeur général, Programmes de réinsertion", "EX-02"),
    drs=[("Manager, Program Development", "Gestionnaire, Élaboration des programmes", "WP-05", 11),
         ("Manager, Program Standards and Accreditation", "Gestionnaire, Normes et accréditation des programmes", "WP-05", 7),
         ("Manager, Indigenous Programs", "Gestionnaire, Programmes pour les Autochtones", "WP-05", 9)],
    sal=2290000, om=640000, tot=2930000, loc=("Ottawa, Ontario", "Ottawa (Ontario)"), fte=29,
    area=("correctional programs for offenders", "des programmes correctionnels", "aux programmes correctionnels"),
    inc="Darnell Whitfield", signer=("Josée Trudel", "Director General, Reintegration Programs"))

pos("visit", dept="PC", branch=("Operations Directorate", "Direction des opérations"),
    title="Director, Visitor Experience", title_fr="Directeur, Expérience du visiteur",
    cls="EX-01", job="PC-0751", num="70314", date=D(2022, 5, 16),
    sup=("70300", "Vice-President, Operations", "Vice-président, Opérations", "EX-04"),
    drs=[("Manager, Visitor Research", "Gestionnaire, Recherche sur les visiteurs", "EC-06", 6),
         ("Manager, Interpretation and Outreach", "Gestionnaire, Interprétation et diffusion externe", "PM-05", 14),
         ("Manager, Reservation Services", "Gestionnaire, Services de réservation", "PM-05", 10)],
    sal=2550000, om=1310000, tot=3860000, loc=("Gatineau, Quebec", "Gatineau (Québec)"), fte=30,
    area=("the visitor experience in national parks and historic sites", "de l'expérience du visiteur",
          "à l'expérience du visiteur"),
    inc="Luc Tanguay", signer=("Marie-Ève Paquin", "Vice-présidente, Opérations"))

pos("fis", dept="CFIA", branch=("Operations Branch", "Direction générale des opérations"),
    title="Executive Director, Food Import Safety", title_fr="Directeur exécutif, Salubrité des aliments importés",
    cls="EX-02", job="CFIA-22-0934", num="67450", date=D(2022, 10, 3),
    sup=("67400", "Vice-President, Operations", "Vice-président, Opérations", "EX-04"),
    drs=[("Director, Import Inspection", "Directeur, Inspection des importations", "EX-01", 88),
         ("Director, Import Policy Integration", "Directeur, Intégration des politiques d'importation", "EX-01", 26),
         ("Manager, Risk Intelligence", "Gestionnaire, Renseignement sur les risques", "EC-07", 11)],
    sal=10900000, om=1620000, tot=12520000, loc=("Ottawa, Ontario", "Ottawa (Ontario)"), fte=127,
    area=("the safety of imported food", "de la salubrité des aliments importés", "à la salubrité des aliments importés"),
    inc="Tomasz Wierzbicki", signer=("Anita Chowdhury", "Vice-President, Operations"))

pos("legalinf", dept="JUS", branch=("Management Sector", "Secteur de la gestion"),
    title="Director, Legal Informatics", title_fr="Directeur, Informatique juridique",
    cls="EX-01", job="JUS-0577", num="38809", date=D(2020, 8, 24),
    sup=("38800", "Chief Information Officer", "Dirigeant principal de l'information", "EX-03"),
    drs=[("Manager, Litigation Support Technology", "Gestionnaire, Technologie de soutien aux litiges", "CS-04", 16),
         ("Manager, Legal Knowledge Systems", "Gestionnaire, Systèmes de connaissances juridiques", "CS-04", 9)],
    sal=2150000, om=1900000, tot=4050000, loc=("Ottawa, Ontario", "Ottawa (Ontario)"), fte=27,
    area=("legal informatics and litigation support technology", "de l'informatique juridique", "à l'informatique juridique"),
    inc="Samantha Osei", signer=("Bernard Lalonde", "Chief Information Officer"))

pos("spectre", dept="ISED", branch=("Spectrum and Telecommunications Sector", "Secteur du spectre et des télécommunications"),
    title="Director General, Spectrum Licensing Policy", title_fr="Directeur général, Politique de délivrance de licences du spectre",
    cls="EX-03", job="ISED-EX3-014", num="27733", date=D(2024, 1, 8),
    sup=("27700", "Senior Assistant Deputy Minister, Spectrum and Telecommunications",
         "Sous-ministre adjoint principal, Spectre et télécommunications", "EX-05"),
    drs=[("Director, Spectrum Auctions", "Directeur, Enchères du spectre", "EX-01", 23),
         ("Director, Licensing Frameworks", "Directeur, Cadres de délivrance des licences", "EX-01", 19),
         ("Director, Spectrum Economics", "Directeur, Économie du spectre", "EX-01", 14)],
    sal=6020000, om=780000, tot=6800000, loc=("Ottawa, Ontario", "Ottawa (Ontario)"), fte=60,
    area=("spectrum licensing policy", "de la politique de délivrance de licences du spectre", "aux licences du spectre"),
    inc="Victor Szabo-Lemieux", signer=("Deborah Ng", "Senior Assistant Deputy Minister, Spectrum and Telecommunications"))

# reviewers who leave tracked changes, comments and notes
REVIEWERS = [("Julie Moreau", "JM"), ("Arjun Mehta", "AM"), ("Catherine Lavoie", "CL"), ("Derek O'Hanley", "DO"),
             ("Sophie Nguyen-Bastien", "SNB"), ("Martin Tessier", "MT"), ("Anne Lindqvist", "AL"), ("Réjean Dufour", "RD")]
