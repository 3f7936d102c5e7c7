"""The positions behind the hold-out corpus: what each work description really says.

Written for this corpus (not copied from any source): the structure, vocabulary and the ways
fields, direct reports and dimensions are written follow the Treasury Board's EX benchmark
positions, the guide to writing EX work descriptions and the seed documents; the organizations
are real departments, the positions and figures invented. ``make_corpus.py`` renders each one
in one or more document shapes; the ground truth (``*.expected.yaml``) comes from here.

A position: ``key``, language (en, fr, bi: bilingual labels with both titles), department,
title (and ``title_fr``), classification, job code, position number (None: not stated;
"NEW"/"TBD": provisional), effective date, branch/directorate, location (city, province),
supervisor (number, title, classification: each None when not stated), direct reports
(title, classification, FTEs, what they do; None where not stated), the unit's FTEs, salary,
O&M and total (None where not stated), the general accountability and the subjects of the
specific accountabilities.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass
class Report:
    title: str
    classification: str | None
    fte: int | float | None
    does: str
    title_fr: str | None = None


@dataclass
class Position:
    key: str
    lang: str
    department: str
    title: str
    classification: str | None
    job_code: str | None
    number: str | None
    date: dt.date | None
    branch: str | None
    directorate: str | None
    location: tuple[str, str] | None
    supervisor: tuple[str | None, str | None, str | None]
    reports: list[Report]
    fte: int | None
    salary: int | None
    o_and_m: int | None
    total: int | None
    ga: str
    subjects: list[str]
    title_fr: str | None = None
    supervisor_fr: str | None = None
    operating_budget: int | None = None
    program_budget: int | None = None
    people: list[str] = field(default_factory=list)
    """Real-looking names printed in the document (signatures, incumbent): never to be copied."""


D = dt.date
R = Report

POSITIONS = [
    # --- Transport Canada: a tree of documents that link by number or by title -------------
    Position("tc-adm-ss", "en", "Transport Canada", "Assistant Deputy Minister, Safety and Security", "EX-04",
             "100412", "10001", D(2021, 6, 1), "Safety and Security", None, ("Ottawa", "Ontario"),
             ("00002", "Deputy Minister", "DM-01"),
             [R("Director General, Rail Safety", "EX-03", 212, "regulates and oversees the safety of federally regulated railways"),
              R("Director General, Marine Safety and Security", "EX-03", 340, "delivers the marine safety inspection and certification program"),
              R("Director General, Aviation Security", "EX-03", 158, "sets and enforces aviation security requirements"),
              R("Executive Assistant", "AS-02", 1, "manages the ADM's office, correspondence and scheduling")],
             716, 68_400_000, 9_150_000, 77_550_000,
             "Accountable for the national safety and security oversight of the rail, marine and aviation modes, "
             "and for the regulatory frameworks, inspection regimes and emergency preparedness that protect the travelling public.",
             ["the national transportation safety and security agenda", "the modal regulatory programs",
              "emergency preparedness and incident response for the department", "relations with international safety bodies"],
             people=["Marianne Leclerc-Dubois"]),
    Position("tc-dg-rail", "en", "Transport Canada", "Director General, Rail Safety", "EX-03", "104522", "20011",
             D(2020, 4, 1), "Safety and Security", "Rail Safety", ("Ottawa", "Ontario"),
             ("10001", "Assistant Deputy Minister, Safety and Security", "EX-04"),
             [R("Director, Rail Operations", "EX-01", 48, "directs the national rail inspection program"),
              R("Executive Director, Rail Safety Oversight", "EX-02", 96, "leads audits and enforcement of safety management systems"),
              R("Director, Regulatory Affairs", "EX-01", 22, "develops rail safety regulations and standards"),
              R("Senior Advisor, Rail Safety", "EC-07", 1, "provides strategic advice on emerging rail safety issues")],
             212, 21_300_000, 2_450_000, 23_750_000,
             "Accountable for the direction of the national rail safety program, including the regulatory framework, "
             "oversight of railway safety management systems and the transportation of dangerous goods by rail.",
             ["the rail safety regulatory agenda", "oversight and enforcement of railway safety management systems",
              "research on grade crossing safety", "engagement with railway companies, unions and provinces"],
             people=["Gordon P. Whitfield", "Anita Sharma"]),
    Position("tc-dir-railops", "en", "Transport Canada", "Director, Rail Operations", "EX-01", "104530", "30021",
             D(2022, 9, 12), "Safety and Security", "Rail Safety", ("Ottawa", "Ontario"),
             ("20011", "Director General, Rail Safety", "EX-03"),
             [R("Manager, Inspection Programs", "TI-07", 31, "plans and delivers the inspection program in five regions"),
              R("Manager, Operations Planning", "EC-06", 9, "prepares the national inspection plan and performance reports"),
              R("Chief, Technical Standards", "EN-ENG-05", 7, "maintains technical standards for track and equipment")],
             48, 5_120_000, 740_000, 5_860_000,
             "Accountable for directing the national rail inspection program and for ensuring that railway "
             "operations comply with the Railway Safety Act and its regulations.",
             ["the national rail inspection plan", "regional inspection operations", "inspector training and certification",
              "performance reporting on rail operations"],
             people=["Luc Beaupré"]),
    Position("tc-ed-oversight", "en", "Transport Canada", "Executive Director, Rail Safety Oversight", "EX-02", "104531",
             "30022", D(2023, 3, 15), "Safety and Security", "Rail Safety", ("Ottawa", "Ontario"),
             (None, "Director General, Rail Safety", "EX-03"),
             [R("Director, Safety Management Systems Audits", "EX-01", 41, "conducts audits of railway safety management systems"),
              R("Director, Enforcement", "EX-01", 38, "leads enforcement actions and administrative monetary penalties"),
              R("Manager, Data and Risk Analytics", "EC-07", 16, "analyzes occurrence data to target oversight")],
             96, 9_870_000, 1_300_000, 11_170_000,
             "Accountable for leading the oversight of railway safety management systems and the enforcement program "
             "that holds federally regulated railways to account.",
             ["the audit program for railway safety management systems", "enforcement and compliance strategies",
              "risk-based planning of oversight activities", "reporting to senior management on industry compliance"],
             people=["Patricia O'Neill"]),
    Position("tc-dir-reg", "en", "Transport Canada", "Director, Regulatory Affairs", "EX-01", None, "30023",
             D(2019, 11, 4), "Safety and Security", "Rail Safety", ("Ottawa", "Ontario"),
             ("20011", "Director General, Rail Safety", "EX-03"),
             [R("Manager, Regulatory Development", "EC-07", 11, "drafts regulatory proposals and cost-benefit analyses"),
              R("Manager, Standards and Engagement", "EC-06", 8, "runs consultations with industry and unions"),
              R("Senior Policy Advisor", "EC-07", 1, "advises on the regulatory plan")],
             22, 2_310_000, 185_000, 2_495_000,
             "Accountable for developing and maintaining the rail safety regulatory framework, including regulations, "
             "rules, standards and the department's forward regulatory plan.",
             ["the forward regulatory plan for rail safety", "regulatory proposals and their analysis",
              "consultations with industry, unions and provinces", "alignment with United States rail requirements"]),
    Position("tc-dg-marine", "en", "Transport Canada", "Director General, Marine Safety and Security", "EX-03", "104611",
             "20012", D(2018, 1, 22), "Safety and Security", "Marine Safety and Security", ("Ottawa", "Ontario"),
             ("10001", "Assistant Deputy Minister, Safety and Security", "EX-04"),
             [R("Director, Marine Navigation", "EX-01", 64, "oversees navigation safety and the pilotage framework"),
              R("Director, Domestic Vessel Regulatory Oversight", "EX-01", 122, "leads inspection and certification of domestic vessels"),
              R("Director, Marine Security Operations", "EX-01", 71, "manages port and vessel security oversight"),
              R("Director, Strategic Planning and Operations", "EX-01", 80, "plans and coordinates the marine program")],
             340, 33_900_000, 4_870_000, 38_770_000,
             "Accountable for the direction of the marine safety and security program, including the inspection "
             "and certification of vessels, navigation safety and the security of ports and marine facilities.",
             ["the marine safety regulatory framework", "inspection and certification of vessels",
              "port and marine facility security", "Canada's participation in the International Maritime Organization"]),
    Position("tc-dir-nav", "en", "Transport Canada", "Director, Marine Navigation", "EX-01", "104640", "30031",
             D(2021, 1, 4), "Safety and Security", "Marine Safety and Security", ("Ottawa", "Ontario"),
             (None, "Director General, Marine Safety and Security", None),
             [R("Manager, Navigation Safety", "TI-07", 24, "regulates navigation safety and aids"),
              R("Manager, Pilotage Policy", "EC-07", 12, "administers the Pilotage Act framework"),
              R("Manager, Navigable Waters", "TI-06", 27, "administers the Canadian Navigable Waters Act")],
             64, 6_400_000, 900_000, 7_300_000,
             "Accountable for the navigation safety program, the pilotage framework and the protection of "
             "the public right of navigation in Canadian waters.",
             ["navigation safety regulations", "the pilotage framework and the pilotage authorities",
              "decisions under the Canadian Navigable Waters Act", "Indigenous and stakeholder engagement on waterways"]),

    # --- Fisheries and Oceans Canada, Quebec region: French documents --------------------------
    Position("mpo-dgr-qc", "fr", "Pêches et Océans Canada", "Directeur général régional, Région du Québec", "EX-03",
             "105210", "40101", D(2020, 10, 19), "Opérations", None, ("Québec", "Québec"),
             ("50001", "Sous-ministre adjoint principal, Opérations", "EX-05"),
             [R("Directrice, Gestion des pêches", "EX-01", 87, "gère les pêches commerciales, récréatives et autochtones de la région"),
              R("Directeur, Sciences", "EX-01", 142, "dirige les programmes scientifiques de l'Institut Maurice-Lamontagne"),
              R("Directeur, Conservation et protection", "EX-01", 118, "dirige les activités d'application de la loi"),
              R("Conseillère principale", "EC-07", 1, "conseille le directeur général sur les dossiers stratégiques")],
             395, 38_200_000, 11_600_000, 49_800_000,
             "Responsable de la direction de l'ensemble des programmes du Ministère dans la région du Québec, y compris "
             "la gestion des pêches, les sciences, la conservation et la protection, ainsi que la protection du poisson et de son habitat.",
             ["la planification intégrée des programmes régionaux", "les relations avec le gouvernement du Québec et les Premières Nations",
              "la gestion des ressources humaines et financières de la région", "la mise en œuvre des priorités nationales dans la région"],
             people=["Jean-François Gagnon"]),
    Position("mpo-dir-peches", "fr", "Pêches et Océans Canada", "Directrice, Gestion des pêches", "EX-01", "105233",
             "40211", D(2022, 4, 1), "Opérations", "Gestion des pêches", ("Québec", "Québec"),
             ("40101", "Directeur général régional, Région du Québec", "EX-03"),
             [R("Gestionnaire, Ressources halieutiques", "EG-07", 28, "élabore les plans de gestion intégrée des pêches"),
              R("Gestionnaire, Permis et délivrance", "PM-05", 19, "administre la délivrance des permis de pêche"),
              R("Gestionnaire, Affaires autochtones", "PM-06", 14, "négocie les ententes de pêche avec les communautés autochtones")],
             87, 7_450_000, 1_150_000, 8_600_000,
             "Responsable de la gestion des pêches commerciales, récréatives et autochtones dans la région du Québec "
             "et de la conservation durable des ressources halieutiques.",
             ["les plans de gestion intégrée des pêches", "la délivrance des permis", "les consultations avec l'industrie",
              "les ententes avec les communautés autochtones"],
             people=["Sophie Bélanger"]),
    Position("mpo-dir-sciences", "fr", "Pêches et Océans Canada", "Directeur, Sciences", "EX-01", "105240", "40212",
             D(2019, 7, 8), "Opérations", "Sciences", ("Mont-Joli", "Québec"),
             (None, "Directeur général régional, Région du Québec", "EX-03"),
             [R("Gestionnaire, Écosystèmes marins", "SE-RES-03", 46, "mène les relevés et la recherche sur les écosystèmes"),
              R("Gestionnaire, Évaluation des stocks", "BI-04", 39, "produit les avis scientifiques sur les stocks"),
              R("Gestionnaire, Hydrographie", "EG-07", 33, "réalise les levés hydrographiques du Saint-Laurent")],
             142, 13_900_000, 3_100_000, 17_000_000,
             "Responsable de la direction des programmes scientifiques de la région, de la production des avis scientifiques "
             "et de la gestion de l'Institut Maurice-Lamontagne.",
             ["les avis scientifiques sur les stocks", "les programmes de recherche sur les écosystèmes",
              "les levés hydrographiques", "les partenariats avec les universités"]),
    Position("mpo-dir-cp", "fr", "Pêches et Océans Canada", "Directeur, Conservation et protection", "EX-01", None,
             "40213", D(2024, 2, 5), "Opérations", "Conservation et protection", ("Québec", "Québec"),
             ("40101", "Directeur général régional, Région du Québec", None),
             [R("Chef, Opérations de secteur", "GT-06", 71, "supervise les agents des pêches sur le terrain"),
              R("Chef, Renseignement et enquêtes", "GT-06", 22, "dirige les enquêtes majeures"),
              R("Gestionnaire, Planification et formation", "PM-05", 8, "planifie la formation des agents")],
             118, 11_800_000, 2_950_000, 14_750_000,
             "Responsable de l'application de la Loi sur les pêches dans la région du Québec et de la direction des agents des pêches.",
             ["la planification des activités d'application de la loi", "les enquêtes majeures",
              "la formation et la sécurité des agents des pêches", "les partenariats avec les autres organismes d'application de la loi"]),

    # --- Statistics Canada: bilingual forms ----------------------------------------------------
    Position("sc-dg-data", "bi", "Statistics Canada", "Director General, Data Strategy and Governance", "EX-03", "106001",
             "60010", D(2021, 9, 27), "Strategic Data Management", None, ("Ottawa", "Ontario"),
             ("60001", "Assistant Chief Statistician, Strategic Data Management", "EX-04"),
             [R("Director, Data Governance", "EX-01", 22, "sets the agency's data governance framework", "Directeur, Gouvernance des données"),
              R("Director, Data Access", "EX-01", 37, "runs the research data centres", "Directrice, Accès aux données"),
              R("Director, Data Ethics and Privacy", "EX-01", 15, "leads privacy impact and necessity assessments", "Directeur, Éthique et protection des données"),
              R("Manager, Strategic Planning", "EC-07", 6, "coordinates planning and reporting", "Gestionnaire, Planification stratégique")],
             83, 9_450_000, 780_000, 10_230_000,
             "Accountable for the agency-wide data strategy, the governance of statistical and administrative data, "
             "and the programs that give researchers secure access to microdata.",
             ["the agency's data strategy", "the data governance framework", "secure access to microdata for researchers",
              "privacy and ethics assessments of new data acquisitions"],
             title_fr="Directeur général, Stratégie et gouvernance des données",
             supervisor_fr="Statisticien en chef adjoint, Gestion stratégique des données"),
    Position("sc-dir-gov", "bi", "Statistics Canada", "Director, Data Governance", "EX-01", "106014", "60120",
             D(2022, 12, 1), "Strategic Data Management", "Data Strategy and Governance", ("Ottawa", "Ontario"),
             ("60010", "Director General, Data Strategy and Governance", "EX-03"),
             [R("Manager, Data Standards", "EC-07", 8, "maintains data and metadata standards", "Gestionnaire, Normes de données"),
              R("Manager, Data Stewardship", "EC-07", 9, "supports data stewards across the agency", "Gestionnaire, Intendance des données"),
              R("Senior Analyst", "EC-06", 4, "monitors compliance with the framework", "Analyste principal")],
             22, 2_380_000, 96_000, 2_476_000,
             "Accountable for establishing and maintaining the agency's data governance framework, data standards and "
             "stewardship network.",
             ["the data governance framework", "data and metadata standards", "the network of data stewards",
              "reporting on data quality and compliance"],
             title_fr="Directeur, Gouvernance des données",
             supervisor_fr="Directeur général, Stratégie et gouvernance des données"),
    Position("sc-dir-access", "bi", "Statistics Canada", "Director, Data Access", "EX-01", "106015", "60121",
             D(2020, 3, 30), "Strategic Data Management", "Data Strategy and Governance", ("Ottawa", "Ontario"),
             (None, "Director General, Data Strategy and Governance", "EX-03"),
             [R("Manager, Research Data Centres", "EC-07", 21, "operates the network of research data centres", "Gestionnaire, Centres de données de recherche"),
              R("Manager, Virtual Data Lab", "CS-04", 12, "runs the virtual data lab", "Gestionnaire, Laboratoire virtuel de données"),
              R("Administrative Officer", "AS-02", 2, "supports the directorate's administration", "Agente administrative")],
             37, 3_650_000, 420_000, 4_070_000,
             "Accountable for providing researchers with secure access to the agency's microdata through research data "
             "centres and the virtual data lab.",
             ["the research data centre network", "the virtual data lab", "vetting of research outputs", "partnerships with universities"],
             title_fr="Directrice, Accès aux données",
             supervisor_fr="Directeur général, Stratégie et gouvernance des données"),

    # --- Standalone positions, many departments and shapes ------------------------------------
    Position("nrcan-dir-pa", "en", "Natural Resources Canada", "Director, Public Affairs", "EX-01", "103101", "71235",
             D(2018, 5, 14), "Communications and Portfolio Sector", "Communications", ("Ottawa", "Ontario"),
             ("71200", "Director General, Communications", "EX-03"),
             [R("Sector Account Executive", "IS-05", 5, "advises sectors on communications planning"),
              R("Ministerial Projects Officer", "IS-04", 1, "manages high-profile ministerial events"),
              R("Chief, Editorial Services", "IS-05", 6, "writes and edits material for the public and media")],
             14, 1_420_000, 310_000, 1_730_000,
             "Accountable for providing advice and communications expertise on the department's external communications "
             "to raise public understanding of the responsible use of Canada's natural resources.",
             ["communications strategies for departmental priorities", "media relations and issues management",
              "ministerial announcements and events", "editorial services"],
             people=["Kevin Tran"]),
    Position("aafc-dg-science", "en", "Agriculture and Agri-Food Canada", "Director General, Science Partnerships", "EX-03",
             "107221", "82010", D(2017, 8, 28), "Science and Technology", None, ("Ottawa", "Ontario"),
             ("82000", "Assistant Deputy Minister, Science and Technology", "EX-05"),
             [R("Director, Collaborative Research", "EX-01", 26, "negotiates collaborative research agreements"),
              R("Director, Intellectual Property and Commercialization", "EX-01", 14, "manages licensing of innovations"),
              R("Director, Science Planning", "EX-01", 19, "coordinates the national science plan")],
             62, 6_100_000, 4_900_000, 11_000_000,
             "Accountable for building and managing the science partnerships of the branch with industry, universities "
             "and provinces, and for the commercialization of its innovations.",
             ["collaborative research agreements", "licensing and commercialization", "the national science plan",
              "relations with agricultural research networks"],
             program_budget=34_000_000),
    Position("pspc-ed-pay", "en", "Public Services and Procurement Canada", "Executive Director, Pay Stabilization",
             "EX-02", "108804", "NEW", None, "Public Service Pay Centre", None, ("Miramichi", "New Brunswick"),
             ("91002", "Director General, Pay Operations", "EX-03"),
             [R("Director, Pay Operations East", "EX-01", 210, "clears the pay backlog for client departments in the East"),
              R("Director, Pay Operations West", "EX-01", 184, "clears the pay backlog for client departments in the West"),
              R("Manager, Quality Assurance", "AS-07", 17, "audits transactions and reports on accuracy")],
             415, 31_200_000, 2_600_000, 33_800_000,
             "Accountable for leading the stabilization of pay administration for client departments, reducing the backlog "
             "of pay transactions and improving the accuracy of pay.",
             ["backlog reduction plans", "quality assurance of pay transactions", "client department relations",
              "performance reporting to central agencies"]),
    Position("ircc-dir-ops", "en", "Immigration, Refugees and Citizenship Canada", "Director, Case Processing Centre",
             "EX-01", "109012", "93381", D(2023, 1, 16), "Operations Sector", "Centralized Network", ("Sydney", "Nova Scotia"),
             ("93300", "Director General, Centralized Network", "EX-03"),
             [R("Assistant Director, Citizenship Processing", "PM-06", 118, "processes citizenship grants and proofs"),
              R("Assistant Director, Permanent Residence", "PM-06", 96, "processes permanent residence applications"),
              R("Manager, Business Support", "AS-05", 23, "manages facilities, mail and administration")],
             240, 17_800_000, 1_350_000, 19_150_000,
             "Accountable for the management of a case processing centre that processes citizenship and permanent "
             "residence applications for the national network.",
             ["processing operations and production targets", "program integrity", "client service standards",
              "workforce planning for a large operational workforce"],
             people=["Deborah MacNeil", "Ahmed Farouk"]),
    Position("hc-dg-cannabis", "en", "Health Canada", "Director General, Cannabis Licensing and Compliance", "EX-03",
             "110203", "11456", D(2019, 10, 17), "Controlled Substances and Cannabis Branch", None, ("Ottawa", "Ontario"),
             ("11400", "Assistant Deputy Minister, Controlled Substances and Cannabis", "EX-04"),
             [R("Director, Licensing", "EX-01", 88, "reviews and issues cannabis licences"),
              R("Director, Compliance and Enforcement", "EX-01", 104, "inspects licence holders"),
              R("Director, Program Integrity", "EX-01", 27, "manages security clearances and program risk")],
             231, 22_900_000, 3_700_000, 26_600_000,
             "Accountable for the licensing of cannabis producers and processors and for verifying their compliance "
             "with the Cannabis Act and its regulations.",
             ["the licensing program", "inspections and enforcement", "security clearances for licence holders",
              "service standards and transparency"]),
    Position("eccc-dir-wx", "en", "Environment and Climate Change Canada", "Director, Prairie and Northern Weather Operations",
             "EX-01", None, "12733", D(2016, 2, 29), "Meteorological Service of Canada", "Weather Operations",
             ("Edmonton", "Alberta"), ("12700", "Director General, Weather and Environmental Operations", "EX-03"),
             [R("Manager, Storm Prediction Centre", "PC-04", 41, "issues forecasts and warnings for the Prairies"),
              R("Manager, Northern Forecasting", "PC-04", 18, "forecasts for the territories"),
              R("Manager, Client Services", "PC-03", 7, "serves emergency management partners")],
             68, 7_040_000, 860_000, 7_900_000,
             "Accountable for weather forecasting and warning operations for the Prairie provinces and the North, "
             "around the clock, every day of the year.",
             ["forecast and warning operations", "services to emergency management organizations",
              "northern forecasting", "the adoption of new prediction systems"]),
    Position("ssc-dg-net", "en", "Shared Services Canada", "Director General, Network Services", "EX-03", "111507",
             "13902", D(2022, 6, 20), "Networks, Security and Digital Services", None, ("Gatineau", "Quebec"),
             ("13900", "Assistant Deputy Minister, Networks, Security and Digital Services", "EX-04"),
             [R("Director, Wide Area Network", "EX-01", 92, "operates the government wide area network"),
              R("Director, Workplace Connectivity", "EX-01", 77, "delivers Wi-Fi and building connectivity"),
              R("Director, Network Modernization", "EX-01", 35, "leads network renewal projects"),
              R("Chief Architect", "CS-05", 3, "sets the network architecture")],
             210, 24_500_000, 61_300_000, 85_800_000,
             "Accountable for the design, operation and modernization of the government's enterprise network "
             "services for more than forty partner departments.",
             ["network operations", "connectivity for partner departments", "network modernization",
              "vendor and contract management"],
             people=["Richard Kowalczyk"]),
    Position("ch-dir-fest", "en", "Canadian Heritage", "Director, Celebrations and Commemorations", "EX-01", "112008",
             "14377", D(2021, 4, 1), "Citizen Participation", "Major Events, Commemorations and Capital Experience",
             ("Gatineau", "Quebec"), ("14300", "Director General, Major Events and Commemorations", "EX-03"),
             [R("Manager, Canada Day", "PM-06", 12, "plans the Canada Day celebrations in the capital"),
              R("Manager, Commemorations", "PM-05", 7, "manages national commemorations"),
              R("Program Officer", "PM-04", 4, "administers grants to community celebrations")],
             24, 2_050_000, 3_900_000, 5_950_000,
             "Accountable for the national celebrations and commemorations program, including Canada Day in the capital "
             "region and grants to community celebrations across the country.",
             ["national celebrations", "commemorations of significance", "grants and contributions to communities",
              "partnerships with the National Capital Commission"],
             program_budget=12_500_000),
    Position("dnd-dg-infra", "en", "National Defence", "Director General, Infrastructure Program Planning", "EX-03",
             "113310", "15220", D(2015, 9, 8), "Infrastructure and Environment", None, ("Ottawa", "Ontario"),
             ("15200", "Assistant Deputy Minister, Infrastructure and Environment", "EX-05"),
             [R("Director, Capital Planning", "EX-01", 33, "prepares the infrastructure capital plan"),
              R("Director, Real Property Strategy", "EX-01", 21, "sets the real property portfolio strategy"),
              R("Director, Program Controls", "EX-01", 18, "tracks program cost and schedule")],
             76, 8_300_000, 1_200_000, 9_500_000,
             "Accountable for planning the department's infrastructure program, the long-term real property strategy "
             "and the control of a multi-billion dollar capital portfolio.",
             ["the infrastructure capital plan", "the real property portfolio strategy", "cost and schedule control",
              "investment submissions"]),
    Position("cra-ed-compliance", "en", "Canada Revenue Agency", "Executive Director, Compliance Programs", "EX-02",
             "114001", "16540", D(2020, 11, 2), "Compliance Programs Branch", "Small and Medium Enterprises",
             ("Ottawa", "Ontario"), ("16500", "Director General, Small and Medium Enterprises", "EX-03"),
             [R("Director, Audit Programs", "EX-01", 64, "designs national audit programs"),
              R("Director, Risk Assessment", "EX-01", 48, "builds risk models for case selection"),
              R("Manager, Program Evaluation", "AU-04", 9, "evaluates program outcomes")],
             124, 12_900_000, 1_050_000, 13_950_000,
             "Accountable for designing and improving the agency's compliance programs for small and medium enterprises.",
             ["national audit programs", "risk assessment and case selection", "program evaluation",
              "collaboration with regional operations"]),
    Position("isc-dir-water", "en", "Indigenous Services Canada", "Director, Water and Wastewater Infrastructure",
             "EX-01", "115220", "17219", D(2022, 2, 14), "Regional Operations", "Community Infrastructure",
             ("Winnipeg", "Manitoba"), ("17200", "Director General, Community Infrastructure", "EX-03"),
             [R("Manager, Capital Projects", "EN-ENG-04", 14, "oversees water and wastewater capital projects"),
              R("Manager, Operations and Maintenance", "PM-06", 9, "funds operations and maintenance of systems"),
              R("Senior Engineer", "EN-ENG-05", 2, "provides engineering advice")],
             27, 2_850_000, 240_000, 3_090_000,
             "Accountable for supporting First Nations to build, operate and maintain safe water and wastewater systems, "
             "and to lift long-term drinking water advisories.",
             ["capital projects with First Nations", "operations and maintenance funding", "drinking water advisories",
              "capacity building for operators"],
             people=["Cheryl Bighorn"]),
    Position("tbs-ed-ocio", "en", "Treasury Board of Canada Secretariat", "Executive Director, Digital Policy", "EX-02",
             "116320", "TBD", D(2024, 5, 6), "Office of the Chief Information Officer", None, ("Ottawa", "Ontario"),
             (None, "Chief Information Officer of Canada", "DM-01"),
             [R("Director, Service and Digital Policy", "EX-01", 18, "maintains the Policy on Service and Digital"),
              R("Director, Data and Artificial Intelligence Policy", "EX-01", 14, "sets direction on automated decision-making")],
             35, 4_100_000, 650_000, 4_750_000,
             "Accountable for the government-wide policy framework on service, digital, data and the responsible use of "
             "artificial intelligence.",
             ["the Policy on Service and Digital", "direction on automated decision-making", "policy oversight and reporting",
              "advice to departments"]),
    Position("esdc-dir-ei", "en", "Employment and Social Development Canada", "Director, Employment Insurance Policy", "EX-01",
             "103770", "63412", D(2020, 4, 1), "Skills and Employment", "Employment Insurance Policy",
             ("Gatineau", "Quebec"), ("63400", "Director General, Employment Insurance Policy", "EX-03"),
             [R("Manager, Benefits Policy", "EC-07", 13, "analyzes benefit options"),
              R("Manager, Monitoring and Assessment", "EC-07", 10, "prepares the annual monitoring report"),
              R("Senior Economist", "EC-06", 1, "models program costs")],
             26, 2_740_000, 110_000, 2_850_000,
             "Accountable for policy research, analysis and advice on Employment Insurance benefits, and for the "
             "annual monitoring and assessment report.",
             ["Employment Insurance benefits policy", "the monitoring and assessment report", "cost modelling",
              "briefings for the Minister"]),
    Position("vac-dir-ops", "en", "Veterans Affairs Canada", "Director, Case Management Operations", "EX-01", "117050",
             "18033", D(2021, 8, 9), "Service Delivery Branch", None, ("Charlottetown", "Prince Edward Island"),
             ("18000", "Director General, Service Delivery and Program Management", "EX-03"),
             [R("Area Director, Atlantic", "PM-06", 61, "manages case managers in Atlantic Canada"),
              R("Area Director, Ontario", "PM-06", 58, "manages case managers in Ontario"),
              R("Manager, Quality and Training", "PM-05", 7, "trains case managers")],
             130, 10_800_000, 820_000, 11_620_000,
             "Accountable for case management services to Veterans with complex needs and to their families.",
             ["case management services", "quality and training", "caseload ratios", "partnerships with the Canadian Armed Forces"]),
    Position("cbsa-dg-trav", "en", "Canada Border Services Agency", "Director General, Traveller Programs", "EX-03",
             "118770", "19004", D(2019, 6, 3), "Programs Branch", None, ("Ottawa", "Ontario"),
             ("19000", "Vice-President, Programs", "EX-04"),
             [R("Director, Traveller Policy", "EX-01", 29, "sets traveller processing policy"),
              R("Director, Trusted Traveller Programs", "EX-01", 44, "manages NEXUS and related programs"),
              R("Director, Border Modernization", "EX-01", 31, "leads digital traveller initiatives")],
             110, 11_300_000, 7_800_000, 19_100_000,
             "Accountable for the design and management of the agency's traveller programs at all ports of entry.",
             ["traveller processing policy", "trusted traveller programs", "border modernization", "international partners"]),

    # --- French standalone positions ----------------------------------------------------------
    Position("pch-dir-langues", "fr", "Patrimoine canadien", "Directrice, Programmes d'appui aux langues officielles",
             "EX-01", "112040", "14412", D(2023, 6, 26), "Langues officielles, patrimoine et régions", None,
             ("Gatineau", "Québec"), ("14400", "Directrice générale, Langues officielles", "EX-03"),
             [R("Gestionnaire, Développement des communautés", "PM-06", 14, "administre le financement des organismes communautaires"),
              R("Gestionnaire, Mise en valeur des langues officielles", "PM-06", 11, "gère les projets de promotion"),
              R("Agente principale de programme", "PM-05", 1, "coordonne les ententes avec les provinces")],
             29, 2_650_000, 210_000, 2_860_000,
             "Responsable de la gestion des programmes d'appui aux langues officielles, y compris le financement des "
             "communautés de langue officielle en situation minoritaire.",
             ["le financement des organismes communautaires", "les ententes avec les provinces et territoires",
              "la mesure du rendement des programmes", "la consultation des communautés"],
             program_budget=92_000_000, people=["Isabelle Fortin-Lavoie"]),
    Position("sc-fr-dir-recens", "fr", "Statistique Canada", "Directeur, Opérations du recensement", "EX-01", "106230",
             "60455", D(2020, 1, 13), "Recensement, opérations et communications", "Recensement", ("Ottawa", "Ontario"),
             ("60400", "Directeur général, Programme du recensement", "EX-03"),
             [R("Gestionnaire, Collecte", "EC-07", 54, "planifie la collecte du recensement"),
              R("Gestionnaire, Traitement", "EC-07", 38, "dirige le traitement des questionnaires"),
              R("Gestionnaire, Soutien aux opérations", "AS-06", 12, "assure la logistique")],
             106, 9_100_000, 2_700_000, 11_800_000,
             "Responsable de la planification et de la réalisation des opérations de collecte et de traitement du recensement.",
             ["la collecte du recensement", "le traitement des questionnaires", "la logistique des opérations",
              "la qualité des données recueillies"]),
    Position("ec-fr-dg-climat", "fr", "Environnement et Changement climatique Canada", "Directrice générale, Adaptation aux changements climatiques",
             "EX-03", "112777", "12810", D(2022, 11, 7), "Politique stratégique", None, ("Gatineau", "Québec"),
             ("12800", "Sous-ministre adjointe, Politique stratégique", "EX-04"),
             [R("Directeur, Stratégie nationale d'adaptation", "EX-01", 19, "coordonne la stratégie nationale d'adaptation"),
              R("Directrice, Services climatiques", "EX-01", 33, "gère le Centre canadien des services climatiques"),
              R("Directeur, Partenariats", "EX-01", 12, "gère les ententes avec les provinces")],
             68, 7_300_000, 1_450_000, 8_750_000,
             "Responsable de la direction des politiques et des programmes fédéraux d'adaptation aux changements climatiques.",
             ["la Stratégie nationale d'adaptation", "les services climatiques", "les partenariats fédéraux-provinciaux",
              "la mesure des progrès en matière d'adaptation"]),
    Position("asfc-fr-dir-reg", "fr", "Agence des services frontaliers du Canada", "Directeur, District de Montréal",
             "EX-01", None, "19240", D(2018, 3, 5), "Région du Québec", None, ("Montréal", "Québec"),
             ("19200", "Directeur général régional, Région du Québec", "EX-03"),
             [R("Chef des opérations, Aéroport Montréal-Trudeau", "FB-06", 310, "dirige les opérations à l'aéroport"),
              R("Chef des opérations, Port de Montréal", "FB-06", 95, "dirige les opérations portuaires"),
              R("Gestionnaire, Services administratifs", "AS-06", 14, "gère les services administratifs du district")],
             422, 35_400_000, 2_300_000, 37_700_000,
             "Responsable de la prestation des services frontaliers dans le district de Montréal, y compris l'aéroport "
             "international et le port.",
             ["les opérations aux points d'entrée", "la sécurité des agents", "la gestion des ressources du district",
              "les relations avec les partenaires aéroportuaires et portuaires"]),

    # --- Versions of one position: signed, revised, a copy "(1)" -------------------------------
    Position("fin-dir-policy", "en", "Finance Canada", "Director, Policy Coordination", "EX-01", "119101", "21507",
             D(2019, 3, 18), "Economic Policy Branch", None, ("Ottawa", "Ontario"),
             ("21500", "Director General, Economic Policy Coordination", "EX-03"),
             [R("Chief, Budget Coordination", "EC-07", 7, "coordinates the budget process for the branch"),
              R("Chief, Cabinet Affairs", "EC-07", 5, "prepares Cabinet and committee materials"),
              R("Senior Economist", "EC-06", 1, "analyzes economic conditions")],
             14, 1_510_000, 60_000, 1_570_000,
             "Accountable for coordinating the branch's contribution to the budget, the fiscal update and Cabinet business.",
             ["budget coordination", "Cabinet and committee business", "briefings for senior management", "economic analysis"]),
    Position("fin-dir-policy-rev", "en", "Finance Canada", "Director, Policy Coordination", "EX-01", "119101", "21507",
             D(2022, 10, 3), "Economic Policy Branch", None, ("Ottawa", "Ontario"),
             ("21500", "Director General, Economic Policy Coordination", "EX-03"),
             [R("Chief, Budget Coordination", "EC-07", 8, "coordinates the budget process for the branch"),
              R("Chief, Cabinet Affairs", "EC-07", 5, "prepares Cabinet and committee materials"),
              R("Chief, Economic Analysis", "EC-07", 4, "leads the economic analysis team")],
             19, 2_020_000, 75_000, 2_095_000,
             "Accountable for coordinating the branch's contribution to the budget, the fiscal update and Cabinet business, "
             "and for the economic analysis that supports them.",
             ["budget coordination", "Cabinet and committee business", "economic analysis", "briefings for senior management"]),
    Position("pch-dir-comms", "fr", "Patrimoine canadien", "Directrice, Communications stratégiques", "EX-01", "112090",
             "14530", D(2020, 9, 14), "Affaires publiques et communications", None, ("Gatineau", "Québec"),
             ("14500", "Directeur général, Communications", "EX-03"),
             [R("Gestionnaire, Planification des communications", "IS-05", 9, "prépare les plans de communication"),
              R("Gestionnaire, Relations avec les médias", "IS-05", 6, "répond aux demandes des médias")],
             17, 1_640_000, 290_000, 1_930_000,
             "Responsable de la planification stratégique des communications du Ministère et des relations avec les médias.",
             ["la planification des communications", "les relations avec les médias", "les annonces ministérielles",
              "la gestion des enjeux"]),
    Position("pch-dir-comms-rev", "fr", "Patrimoine canadien", "Directrice, Communications stratégiques", "EX-01", "112090",
             "14530", D(2023, 5, 1), "Affaires publiques et communications", None, ("Gatineau", "Québec"),
             ("14500", "Directeur général, Communications", "EX-03"),
             [R("Gestionnaire, Planification des communications", "IS-05", 10, "prépare les plans de communication"),
              R("Gestionnaire, Relations avec les médias", "IS-05", 6, "répond aux demandes des médias"),
              R("Gestionnaire, Communications numériques", "IS-05", 7, "gère les médias sociaux et le Web")],
             25, 2_310_000, 340_000, 2_650_000,
             "Responsable de la planification stratégique des communications du Ministère, des relations avec les médias "
             "et des communications numériques.",
             ["la planification des communications", "les relations avec les médias", "les communications numériques",
              "la gestion des enjeux"]),

    # --- Documents that leave out a lot (generic, not stated) ----------------------------------
    Position("gen-dir-hr", "en", "Public Health Agency of Canada", "Director, Human Resources Operations", "EX-01",
             "120305", None, None, "Corporate Services", None, None,
             (None, "Director General, Human Resources", None),
             [R("Manager, Staffing", "PE-05", 12, "runs staffing operations"),
              R("Manager, Labour Relations", "PE-05", None, "advises managers on labour relations"),
              R("Manager, Classification", "PE-05", 6, "classifies positions")],
             None, None, None, None,
             "Accountable for the delivery of staffing, classification and labour relations services to the agency's managers.",
             ["staffing services", "classification", "labour relations", "HR service standards"]),
    Position("dfo-ccg-ed", "en", "Canadian Coast Guard", "Executive Director, Fleet Maintenance", "EX-02", "105901", "40990",
             D(2017, 12, 11), "Fleet and Maritime Services", None, ("Dartmouth", "Nova Scotia"),
             ("40900", "Director General, Fleet", "EX-03"),
             [R("Director, Vessel Maintenance", "EX-01", 54, "plans refits and maintenance periods"),
              R("Director, Technical Services", "EX-01", None, "sets marine engineering standards"),
              R("Manager, Materiel", None, 16, "manages spare parts and inventory")],
             None, None, None, 48_000_000,
             "Accountable for the maintenance and refit of the Coast Guard fleet so that vessels are available for their programs.",
             ["refit and maintenance planning", "marine engineering standards", "materiel management", "contracting with shipyards"]),
]
"""Every position of the corpus; the documents (which shape, which file name) are in make_corpus.py."""

BY_KEY = {p.key: p for p in POSITIONS}
