"""Invented Government of Canada EX positions for the seventh, blind import corpus.

Written apart from the other corpora and from the importer: departments and titles of their own
(civilian side of Defence, Parks, Statistics, Health, courts administration, Indigenous services
and others). A position holds its values once; ``make_blind.py`` writes each document from them
and derives the ground truth from what the document states.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass
class Report:
    """One position reporting to the described one, in the document's language."""
    title: str
    classification: str | None
    fte: int | None
    status: str | None = None        # "vacant" or "acting": a remark printed next to the report
    unit: str | None = None          # the unit the report leads, for reports written as units
    also_titles: tuple[str, ...] = ()  # other fair readings of the title (a unit's head)


@dataclass
class Budget:
    """Dimensions as the document states them; ``years`` holds other fiscal years' (salary, O&M)."""
    salary: int | None
    o_and_m: int | None
    total: int | None
    grants: int | None = None
    capital: int | None = None
    revenue: int | None = None
    fte: int | None = None           # the position's own unit
    fte_branch: int | None = None    # the larger organization, stated beside it
    years: dict[str, tuple[int, int]] = field(default_factory=dict)
    current_year: str = ""


@dataclass
class Position:
    key: str
    lang: str                        # en, fr or bi (both texts given)
    department: str
    title: str
    classification: str
    job_code: str | None
    number: str | None               # None: NEW / TBD, kept in ``provisional``
    effective: dt.date | None
    supervisor: tuple[str | None, str | None, str | None]  # number, title, classification
    location: tuple[str, str]        # city, province as written
    purpose: str
    reports: list[Report]
    budget: Budget
    people: list[str]
    title_other: str | None = None   # the other language's title (bilingual documents)
    supervisor_other: str | None = None
    branch: str = ""
    provisional: str | None = None


D = dt.date
R = Report
B = Budget

POSITIONS: list[Position] = [
    Position(
        "naval-disposal", "en", "National Defence", "Director, Naval Materiel Disposal and Recycling", "EX-01",
        "207114", "418873", D(2022, 6, 13), ("400112", "Director General, Maritime Equipment Program Management", "EX-03"),
        ("Ottawa", "Ontario"),
        "Plans and directs the safe demobilization, demilitarization and environmentally sound recycling of decommissioned "
        "naval vessels and their equipment, and manages the contracts through which hulls are towed, stripped and recycled.",
        [R("Manager, Hull Disposal Projects", "EN-ENG-06", 14), R("Manager, Hazardous Materials Abatement", "PC-05", 9),
         R("Team Leader, Disposal Contracting", "PG-05", 6), R("Executive Assistant", "AS-02", None)],
        B(2_310_000, 18_400_000, 20_710_000, fte=31, fte_branch=412, capital=6_000_000),
        ["Gordon Pelletier", "Avery Lindqvist"], branch="Assistant Deputy Minister (Materiel)"),
    Position(
        "land-munitions", "fr", "Défense nationale", "Directeur, Systèmes d'approvisionnement en munitions", "EX-02",
        "207388", "421905", D(2021, 4, 1), ("400090", "Directeur général, Gestion du programme d'équipement terrestre", "EX-03"),
        ("Gatineau", "Québec"),
        "Dirige l'acquisition, l'entreposage et le soutien en service des munitions conventionnelles destinées à l'Armée, "
        "et veille à la sûreté des dépôts ainsi qu'à la conformité des inventaires aux normes de sécurité.",
        [R("Gestionnaire, Acquisition des munitions", "EN-ENG-05", 17), R("Gestionnaire, Sûreté des explosifs", "PC-04", 11),
         R("Gestionnaire, Inventaire et distribution", "PG-06", 22, status="acting"),
         R("Conseillère principale en politiques", "EC-07", 1)],
        B(4_125_000, 96_000_000, 100_125_000, fte=52, fte_branch=640),
        ["Chantal Dubeau-Marois", "Rémi Gagnon"], branch="Sous-ministre adjoint (Matériel)"),
    Position(
        "mil-family", "bi", "National Defence", "Director, Military Family Services Program Policy", "EX-01",
        "207542", "430017", D(2023, 9, 5), ("400500", "Director General, Morale and Welfare Programs", "EX-02"),
        ("Ottawa", "Ontario"),
        "Sets the policy framework for the programs that support the families of Canadian Armed Forces members through "
        "relocation, deployment and separation, and funds the family resource centres that deliver them across Canada.",
        [R("Manager, Family Resource Centre Funding", "PM-06", 8), R("Manager, Policy and Research", "EC-06", 6),
         R("Senior Program Officer, Relocation Support", "PM-05", 3, status="vacant")],
        B(1_180_000, 145_000, 29_325_000, grants=28_000_000, fte=19),
        ["Natasha Oyelaran"], title_other="Directeur, Politique des programmes de services aux familles des militaires",
        supervisor_other="Directeur général, Programmes de moral et de bien-être"),
    Position(
        "banff-fu", "en", "Parks Canada Agency", "Field Unit Superintendent, Banff", "EX-02",
        "PCA-3021", "60215", D(2020, 4, 1), ("60001", "Executive Director, Mountain Parks", "EX-03"),
        ("Banff", "Alberta"),
        "Leads the operation of Banff National Park, Canada's most visited protected place, balancing ecological integrity "
        "with visitor experience, townsite planning, highway and avalanche operations, and relations with Treaty 7 Nations.",
        [R("Resource Conservation Manager", "EG-07", 46), R("Visitor Experience Manager", "GT-07", 88),
         R("Asset Manager, Highways and Townsite", "EN-ENG-05", 61), R("Manager, External Relations", "IS-05", 7),
         R("Business Manager", "FI-03", 12), R("Public Safety Specialist", "GT-06", 18)],
        B(23_600_000, 14_200_000, 37_800_000, revenue=41_500_000, fte=232),
        ["Siobhan Tailfeathers", "Martin Crowshoe"], branch="Western and Northern Operations"),
    Position(
        "marine-conservation", "fr", "Agence Parcs Canada", "Directrice, Établissement des aires marines nationales de conservation", "EX-02",
        None, "71190", D(2024, 2, 19), ("70100", "Vice-présidente, Établissement et conservation des aires protégées", "EX-04"),
        ("Gatineau", "Québec"),
        "Dirige la planification et la négociation menant à l'établissement de nouvelles aires marines nationales de "
        "conservation, en collaboration avec les peuples autochtones, les provinces et les collectivités côtières.",
        [R("Gestionnaire, Évaluations de faisabilité", "EG-07", 9), R("Gestionnaire, Négociations et ententes", "PM-06", 7),
         R("Gestionnaire, Sciences marines", "EG-08", 12, status="vacant"), R("Adjointe administrative", "AS-01", None)],
        B(3_050_000, 2_400_000, 6_950_000, grants=1_500_000, fte=31),
        ["Geneviève Arsenault"]),
    Position(
        "rideau-canals", "en", "Parks Canada Agency", "Director, Heritage Canals Operations", "EX-01",
        "PCA-3388", "62877", D(2019, 11, 4), ("62000", "Field Unit Superintendent, Ontario Waterways", "EX-02"),
        ("Smiths Falls", "Ontario"),
        "Runs the lockstations, dams and bridges of the Rideau Canal and the Trent-Severn Waterway, keeps water levels within "
        "agreed limits and opens the canals to boaters every navigation season.",
        [R("Manager, Lock Operations", "GL-MAN-13", 74), R("Manager, Water Management", "EN-ENG-04", 6),
         R("Manager, Dams and Bridges", "EN-ENG-05", 21)],
        B(9_400_000, 5_850_000, 15_250_000, capital=31_000_000, fte=101),
        ["Bradley Okonkwo", "Jeannie St-Amour"]),
    Position(
        "agri-division", "en", "Statistics Canada", "Director, Agriculture Division", "EX-01",
        "218044", "50332", D(2022, 1, 10), ("50300", "Director General, Agriculture, Energy and Environment Statistics", "EX-03"),
        ("Ottawa", "Ontario"),
        "Directs the Census of Agriculture and the program of farm surveys and administrative data that describe crops, "
        "livestock, farm finances and land use, and publishes them on a fixed release calendar.",
        [R("Assistant Director, Census of Agriculture", "EC-07", 38), R("Chief, Crop and Livestock Surveys", "EC-06", 24),
         R("Chief, Farm Income and Prices", "EC-06", 17), R("Chief, Remote Sensing and Geospatial Data", "MA-05", 9)],
        B(9_870_000, 1_260_000, 11_130_000, revenue=400_000, fte=88, fte_branch=310),
        ["Louis-Philippe Henault"]),
    Position(
        "labour-demography", "fr", "Statistique Canada", "Directrice générale, Statistique du travail et de la démographie", "EX-03",
        "218901", "50610", D(2023, 5, 23), ("50001", "Statisticien en chef adjoint, Statistique sociale, de la santé et du travail", "EX-05"),
        ("Ottawa", "Ontario"),
        "Dirige les programmes de l'Enquête sur la population active, des estimations démographiques et des projections "
        "de population, et garantit la qualité des indicateurs que publie l'organisme chaque mois.",
        [R("Directeur, Division de la statistique du travail", "EX-01", 112, unit="Division de la statistique du travail",
           also_titles=("Directeur, Statistique du travail",)),
         R("Directrice, Centre de démographie", "EX-01", 64, unit="Centre de démographie", also_titles=("Directrice, Démographie",)),
         R("Directeur, Division des enquêtes-ménages spéciales", "EX-01", 48, status="acting",
           unit="Division des enquêtes-ménages spéciales", also_titles=("Directeur, Enquêtes-ménages spéciales",)),
         R("Gestionnaire, Planification et ressources", "EC-07", 5)],
        B(26_900_000, 3_700_000, 30_600_000, fte=231),
        ["Amélie Trottier", "Bertrand Nkemdirim"]),
    Position(
        "census-field", "en", "Statistics Canada", "Director, Census Field Operations", "EX-02",
        "218577", "52040", D(2021, 8, 30), ("50800", "Director General, Census Management Office", "EX-03"),
        ("Ottawa", "Ontario"),
        "Plans and runs the field collection of the census: recruiting and training enumerators, managing the regional "
        "collection offices and following up on households that have not responded.",
        [R("Manager, Field Planning and Logistics", "EC-07", 21), R("Manager, Regional Collection Coordination", "EC-07", 15),
         R("Manager, Field Staffing and Pay", "AS-07", 11), R("Manager, Collection Systems Support", "CS-04", 13),
         R("Administrative Assistant", "CR-05", None)],
        B(6_450_000, 2_900_000, 9_350_000, fte=61, years={"2020-21": (5_980_000, 2_100_000), "2022-23": (48_700_000, 31_200_000)},
          current_year="2021-22"),
        ["Harpreet Sandhu"]),
    Position(
        "health-eval", "en", "Health Canada", "Director, Health Evaluation Directorate", "EX-02",
        "209951", "32761", D(2022, 10, 3), ("32000", "Executive Director, Pest Management Regulatory Agency", "EX-04"),
        ("Ottawa", "Ontario"),
        "Leads the scientific assessment of the risks that pest control products pose to human health, from toxicology to "
        "dietary and occupational exposure, and signs off the health evaluations on which registrations are decided.",
        [R("Section Head, Toxicology", "BI-05", 34), R("Section Head, Dietary Exposure", "BI-05", 19),
         R("Section Head, Occupational and Residential Exposure", "BI-04", 22), R("Manager, Evaluation Planning", "EC-06", 4)],
        B(8_760_000, 510_000, 9_270_000, fte=83, fte_branch=540),
        ["Wei-Lin Zhao", "Patrick O'Dwyer"]),
    Position(
        "consumer-safety-qc", "fr", "Santé Canada", "Directeur régional, Sécurité des produits de consommation, Région du Québec", "EX-01",
        "209377", "33805", D(2020, 9, 14), ("33800", "Directrice générale, Opérations régionales", "EX-03"),
        ("Longueuil", "Québec"),
        "Dirige les inspections, les enquêtes et les échantillonnages qui vérifient la conformité des produits de "
        "consommation et des cosmétiques vendus au Québec, et les mesures prises contre les produits dangereux.",
        [R("Gestionnaire, Inspection des produits de consommation", "EG-06", 26), R("Gestionnaire, Enquêtes", "PM-05", 8),
         R("Gestionnaire, Laboratoire régional", "CH-04", 10), R("Adjointe à la direction", "AS-02", None)],
        B(5_215_000, 640_000, 5_855_000, fte=49),
        ["Maxime Bouchard-Leclerc"]),
    Position(
        "radiation-bureau", "en", "Health Canada", "Director, Radiation Protection Bureau", "EX-01",
        "209620", "34911", D(2018, 3, 26), (None, "Director General, Environmental and Radiation Health Sciences", "EX-03"),
        ("Ottawa", "Ontario"),
        "Runs the national radiation monitoring networks, the dosimetry service for workers exposed to radiation and the "
        "federal technical response to nuclear emergencies.",
        [R("Chief, National Dosimetry Services", "PC-04", 29), R("Chief, Radiation Surveillance", "PC-04", 18),
         R("Chief, Nuclear Emergency Preparedness", "PC-05", 12)],
        B(6_020_000, 1_930_000, 7_950_000, revenue=3_200_000, fte=64),
        ["Olga Petrenko"]),
    Position(
        "fca-registry", "en", "Courts Administration Service", "Director, Registry Operations, Federal Court of Appeal", "EX-01",
        "CAS-1184", "10422", D(2021, 2, 15), ("10400", "Director General, Judicial Services, Federal Court of Appeal", "EX-02"),
        ("Ottawa", "Ontario"),
        "Manages the registry of the Federal Court of Appeal: filing, scheduling and records of appeals, support to judges "
        "in the courtroom and service to counsel and self-represented litigants in both official languages.",
        [R("Registry Manager, Ottawa", "CR-07", 19), R("Manager, Hearings Coordination", "PM-05", 7),
         R("Manager, Court Records", "AS-05", 6, status="vacant")],
        B(2_740_000, 310_000, 3_050_000, fte=32),
        ["Danielle Fortier"]),
    Position(
        "tax-court-registry", "fr", "Service administratif des tribunaux judiciaires", "Directeur général, Services du greffe, Cour canadienne de l'impôt", "EX-02",
        "CAS-1302", "10780", D(2022, 11, 28), ("10001", "Administrateur en chef adjoint, Services judiciaires et du greffe", "EX-04"),
        ("Ottawa", "Ontario"),
        "Dirige l'ensemble des services du greffe de la Cour canadienne de l'impôt à Ottawa et dans les bureaux régionaux, "
        "y compris la mise au rôle des appels, la tenue des dossiers et le soutien aux audiences itinérantes.",
        [R("Greffière principale, Ottawa", "PM-06", 24), R("Greffier régional, Montréal", "PM-05", 11),
         R("Greffière régionale, Toronto", "PM-05", 13), R("Greffier régional, Vancouver", "PM-05", 8),
         R("Gestionnaire, Audiences itinérantes", "PM-05", 5)],
        B(5_880_000, 720_000, 6_600_000, fte=63),
        ["Sophie Lavergne", "Kenji Matsuda"]),
    Position(
        "court-security", "fr", "Service administratif des tribunaux judiciaires", "Directrice, Services de sécurité", "EX-01",
        "CAS-1417", "11035", D(2024, 6, 3), ("11000", "Directeur général, Sécurité et installations", "EX-02"),
        ("Ottawa", "Ontario"),
        "Assure la sécurité des juges, du personnel et du public dans les salles d'audience des quatre cours fédérales, "
        "et gère les contrats de services de sécurité ainsi que les évaluations de la menace.",
        [R("Gestionnaire, Opérations de sécurité", "PM-06", 15), R("Gestionnaire, Renseignement et évaluation de la menace", "PM-05", 4),
         R("Agent principal, Sécurité des TI", "CS-03", 1)],
        B(1_950_000, 8_300_000, 10_250_000, fte=21),
        ["Pascal Desrosiers"]),
    Position(
        "isc-alberta", "en", "Indigenous Services Canada", "Regional Director General, Alberta Region", "EX-03",
        "ISC-EX-0412", "45001", D(2023, 4, 1), ("44000", "Assistant Deputy Minister, Regional Operations", "EX-05"),
        ("Edmonton", "Alberta"),
        "Leads the delivery of Indigenous Services Canada programs to the First Nations of Treaties 6, 7 and 8 in Alberta, "
        "from education and social development to infrastructure and emergency management, and the region's partnerships "
        "with First Nations governments and the Province.",
        [R("Director, Education and Social Development Programs", "EX-01", 54, unit="Education and Social Development Programs Directorate"),
         R("Director, Infrastructure and Emergency Management", "EX-01", 47, unit="Infrastructure and Emergency Management Directorate"),
         R("Director, Funding Services", "EX-01", 38, status="acting", unit="Funding Services Directorate"),
         R("Director, Strategic Partnerships", "EC-08", 12),
         R("Executive Assistant", "AS-02", 1)],
        B(19_400_000, 4_100_000, 1_623_500_000, grants=1_600_000_000, fte=186),
        ["Delphine Cardinal", "Morgan Whitford"]),
    Position(
        "isc-env-health", "fr", "Services aux Autochtones Canada", "Directrice, Santé environnementale des Premières Nations, Région du Québec", "EX-01",
        "ISC-EX-0550", "46310", D(2021, 10, 18), ("46000", "Directeur exécutif régional, Direction générale de la santé des Premières Nations et des Inuits, Région du Québec", "EX-03"),
        ("Montréal", "Québec"),
        "Dirige les programmes d'hygiène du milieu offerts aux communautés des Premières Nations du Québec : qualité de "
        "l'eau potable, salubrité des aliments, inspection des logements et préparation aux urgences sanitaires.",
        [R("Gestionnaire, Eau potable et eaux usées", "EG-07", 16), R("Gestionnaire, Hygiène du milieu communautaire", "EG-06", 21),
         R("Gestionnaire, Préparation aux urgences sanitaires", "PM-06", 5, status="vacant")],
        B(4_360_000, 1_120_000, 9_980_000, grants=4_500_000, fte=44),
        ["Nadia Kistabish"]),
    Position(
        "nihb", "en", "Indigenous Services Canada", "Director General, Non-Insured Health Benefits Program", "EX-02",
        "ISC-EX-0391", "47822", D(2019, 7, 8), ("47000", "Assistant Deputy Minister, Primary Health Care", "EX-04"),
        ("Ottawa", "Ontario"),
        "Manages the program that pays for drugs, dental care, vision care, medical supplies, mental health counselling and "
        "medical transportation for eligible First Nations and Inuit, and the claims processing contracts behind it.",
        [R("Director, Pharmacy and Medical Supplies", "EX-01", 41), R("Director, Dental and Vision Benefits", "EX-01", 26),
         R("Director, Medical Transportation", "EX-01", 33), R("Manager, Claims Systems and Contracts", "CS-04", 17),
         R("Senior Policy Advisor", "EC-07", 1)],
        B(13_450_000, 2_075_000, 1_915_525_000, grants=1_900_000_000, fte=204),
        ["Jean-Marc Ouellette", "Priya Raghunathan"]),
    Position(
        "lac-preservation", "en", "Library and Archives Canada", "Director General, Preservation", "EX-02",
        "LAC-0207", "80455", D(2022, 3, 7), ("80000", "Assistant Deputy Minister, Collections", "EX-04"),
        ("Gatineau", "Quebec"),
        "Protects the documentary heritage in Library and Archives Canada's care: conservation treatment, the vaults of the "
        "Preservation Centre, copying of fragile media and the digital preservation of born-digital records.",
        [R("Director, Conservation Treatment", "EX-01", 36), R("Director, Digital Preservation", "EX-01", 22, status="vacant"),
         R("Manager, Preservation Centre Operations", "EG-06", 18), R("Manager, Audiovisual Migration", "EG-05", 14)],
        B(8_140_000, 2_960_000, 11_100_000, capital=4_200_000, fte=92),
        ["Evelyn Brassard"]),
    Position(
        "grain-lab", "en", "Canadian Grain Commission", "Director, Grain Research Laboratory", "EX-01",
        "CGC-0056", "9120", D(2020, 1, 20), ("9000", "Chief Grain Commissioner's Chief Operating Officer", "EX-03"),
        ("Winnipeg", "Manitoba"),
        "Directs the laboratory that measures the quality and safety of Canadian grain, develops grading methods and "
        "certifies export cargoes, and keeps the quality data buyers rely on.",
        [R("Program Manager, Grain Quality Research", "SE-RES-03", 27), R("Program Manager, Grain Safety", "SE-RES-03", 19),
         R("Manager, Analytical Services", "CH-04", 23), R("Manager, Laboratory Quality Assurance", "CH-03", 3)],
        B(7_020_000, 1_540_000, 8_560_000, revenue=2_900_000, fte=76),
        ["Ruth Zimmerman", "Arjun Bedi"]),
    Position(
        "zoonotic", "en", "Public Health Agency of Canada", "Director, Zoonotic Diseases Surveillance Division", "EX-01",
        "PHAC-1119", "60871", D(2023, 1, 16), ("60800", "Director General, Centre for Food-borne and Zoonotic Infectious Diseases", "EX-03"),
        ("Guelph", "Ontario"),
        "Leads national surveillance of diseases that pass between animals and people, such as Lyme disease, West Nile virus "
        "and rabies, and turns the data into advice for provinces, territories and clinicians.",
        [R("Manager, Vector-borne Disease Surveillance", "EC-07", 13), R("Manager, One Health Field Epidemiology", "MD-MOF-03", 6),
         R("Manager, Data Integration and Modelling", "EC-06", 9)],
        B(3_100_000, 780_000, 3_880_000, fte=29),
        ["Carolyn Nightingale"]),
    Position(
        "museums-assistance", "fr", "Patrimoine canadien", "Directrice, Programme d'aide aux musées", "EX-01",
        "PCH-0763", "82316", D(2021, 6, 21), ("82000", "Directeur général, Patrimoine", "EX-03"),
        ("Gatineau", "Québec"),
        "Gère le programme de subventions et contributions qui soutient les musées canadiens pour la conservation de leurs "
        "collections, les expositions itinérantes et la formation du personnel muséal.",
        [R("Gestionnaire, Programmes de subventions", "PM-06", 11), R("Gestionnaire, Conseils et évaluation", "PM-05", 6),
         R("Analyste principal, Politiques", "EC-06", 1)],
        B(1_630_000, 190_000, 23_620_000, grants=21_800_000, fte=20),
        ["Isabelle Caron-Tremblay"]),
    Position(
        "cci", "en", "Canadian Heritage", "Director General, Canadian Conservation Institute", "EX-02",
        "PCH-0811", "82790", D(2024, 1, 8), ("82700", "Assistant Deputy Minister, Cultural Affairs", "EX-05"),
        ("Ottawa", "Ontario"),
        "Leads the national centre of expertise in the conservation of heritage objects: scientific research, treatment of "
        "significant objects for museums and archives, and training for heritage professionals.",
        [R("Director, Conservation Science", "EX-01", 28), R("Director, Conservation Services", "EX-01", 34),
         R("Manager, Preventive Conservation and Training", "PM-06", 11), R("Manager, Business Operations", "AS-06", 7)],
        B(9_260_000, 1_810_000, 11_070_000, revenue=650_000, fte=84),
        ["Marguerite Lalonde", "Tomás Herrera"]),
    Position(
        "disability-adjudication", "en", "Veterans Affairs Canada", "Director General, Disability Adjudication Operations", "EX-02",
        "VAC-2240", "71604", D(2022, 8, 22), ("71000", "Assistant Deputy Minister, Service Delivery", "EX-04"),
        ("Charlottetown", "Prince Edward Island"),
        "Leads the adjudication of disability benefit applications from Veterans and RCMP members, manages the backlog "
        "and turnaround standards, and answers to Parliament and the Veterans Ombud on decision times.",
        [R("Director, Adjudication Centre East", "EX-01", 142), R("Director, Adjudication Centre West", "EX-01", 118),
         R("Director, Medical Advisory Services", "EX-01", 36, status="vacant"), R("Manager, Quality and Consistency", "PM-06", 12),
         R("Manager, Workload Planning", "EC-06", 8)],
        B(31_750_000, 2_450_000, 34_200_000, fte=318),
        ["Darlene MacIsaac", "Faisal Rahimi"]),
    Position(
        "satellite-ops", "fr", "Agence spatiale canadienne", "Directeur, Exploitation des satellites", "EX-01",
        "ASC-0315", "90077", D(2023, 3, 13), ("90000", "Directrice générale, Utilisation de l'espace", "EX-03"),
        ("Saint-Hubert", "Québec"),
        "Dirige l'exploitation en orbite des satellites canadiens d'observation de la Terre et de science, ainsi que les "
        "stations de réception au sol et le centre de contrôle des missions.",
        [R("Gestionnaire, Centre de contrôle des missions", "EN-ENG-05", 24), R("Gestionnaire, Stations terrestres", "EN-ENG-04", 12),
         R("Gestionnaire, Dynamique de vol", "EN-ENG-05", 8), R("Gestionnaire, Contrats d'exploitation", "PG-05", 4)],
        B(5_480_000, 12_700_000, 18_180_000, fte=51),
        ["Hugo Villeneuve", "Anne-Sophie Bégin"]),
    Position(
        "storm-prediction", "en", "Environment and Climate Change Canada", "Director, Prairie and Arctic Storm Prediction Centre", "EX-01",
        "ECCC-5027", "24418", D(2021, 12, 6), ("24400", "Director General, Meteorological Service Operations", "EX-03"),
        ("Winnipeg", "Manitoba"),
        "Runs the around-the-clock centre that issues public weather forecasts and warnings for the Prairie provinces, "
        "Nunavut and the Northwest Territories, and the meteorological support to emergency managers in those regions.",
        [R("Manager, Operational Forecasting", "EG-06", 48), R("Manager, Warning Preparedness", "PC-04", 6),
         R("Manager, Arctic Weather Services", "EG-06", 17)],
        B(8_300_000, 900_000, 9_200_000, fte=73),
        ["Terrence Blackbird"]),
    Position(
        "gsc-quebec", "fr", "Ressources naturelles Canada", "Directrice générale, Commission géologique du Canada – Québec", "EX-02",
        "RNCAN-2210", "27305", D(2020, 10, 26), ("27000", "Sous-ministre adjoint, Secteur des terres et des minéraux", "EX-05"),
        ("Québec", "Québec"),
        "Dirige le bureau de Québec de la Commission géologique du Canada : cartographie géoscientifique, recherche sur les "
        "eaux souterraines et les géorisques, et diffusion des données aux provinces et à l'industrie.",
        [R("Directeur, Géoscience des ressources", "EX-01", 41), R("Gestionnaire, Hydrogéologie", "SE-RES-04", 17),
         R("Gestionnaire, Géorisques côtiers", "SE-RES-03", 13), R("Gestionnaire, Services aux laboratoires", "EG-06", 9)],
        B(9_940_000, 2_160_000, 12_100_000, fte=86),
        ["Étienne Poirier-Lapointe"]),
    Position(
        "lethbridge-rdc", "en", "Agriculture and Agri-Food Canada", "Director, Lethbridge Research and Development Centre", "EX-01",
        "AAFC-4471", "31120", D(2019, 5, 27), ("31000", "Director General, Prairie Research and Development Centres", "EX-03"),
        ("Lethbridge", "Alberta"),
        "Leads the research centre's programs in dryland and irrigated cropping, beef production and rangeland ecology, "
        "its research farms, and its partnerships with producer groups and universities.",
        [R("Research Manager, Crops and Soils", "SE-REM-01", 58), R("Research Manager, Livestock and Rangeland", "SE-REM-01", 46),
         R("Manager, Research Farm Operations", "GL-MAN-12", 29), R("Business Manager", "AS-06", 8)],
        B(14_600_000, 3_300_000, 17_900_000, revenue=1_100_000, fte=141),
        ["Joel Nakamura-Friesen", "Krista Vandenberg"]),
    Position(
        "parl-interpretation", "fr", "Services publics et Approvisionnement Canada", "Directrice, Interprétation parlementaire", "EX-01",
        "SPAC-0734", "56620", D(2022, 9, 12), ("56000", "Vice-président, Services de traduction et d'interprétation", "EX-03"),
        ("Ottawa", "Ontario"),
        "Fournit l'interprétation simultanée des débats de la Chambre des communes, du Sénat et de leurs comités, y compris "
        "en langues autochtones et en langue des signes, et veille à la santé auditive des interprètes.",
        [R("Chef, Interprétation Chambre des communes", "TR-04", 32), R("Chef, Interprétation Sénat", "TR-04", 19),
         R("Gestionnaire, Affectations et planification", "AS-05", 7)],
        B(8_720_000, 1_350_000, 10_070_000, fte=61),
        ["Claudine Bérubé"]),
    Position(
        "electoral-geography", "en", "Elections Canada", "Director, Electoral Geography", "EX-01",
        "EC-0918", "14302", D(2023, 7, 4), ("14300", "Senior Director, Electoral Data and Geomatics", "EX-02"),
        ("Gatineau", "Quebec"),
        "Keeps the electoral district and polling division boundaries and maps, supports the federal redistribution "
        "commissions, and maintains the geographic base of the National Register of Electors.",
        [R("Manager, Geographic Data Production", "EC-06", 16), R("Manager, Cartography", "EG-06", 9),
         R("Manager, Redistribution Support", "EC-07", 5)],
        B(2_870_000, 460_000, 3_330_000, fte=31),
        ["Hamid Sadeghi"]),
    Position(
        "irb-iad-east", "fr", "Commission de l'immigration et du statut de réfugié", "Directeur, Greffe de la Section d'appel de l'immigration, Région de l'Est", "EX-01",
        "CISR-0452", "19077", D(2024, 4, 15), ("19000", "Directrice générale, Opérations des greffes", "EX-03"),
        ("Montréal", "Québec"),
        "Dirige le greffe qui met au rôle, instruit et suit les appels en matière d'immigration entendus à Montréal et à "
        "Ottawa, et veille au respect des délais de traitement et des normes de service.",
        [R("Gestionnaire, Mise au rôle", "PM-05", 22), R("Gestionnaire, Mise en état des dossiers", "PM-05", 18),
         R("Gestionnaire, Mode alternatif de règlement des litiges", "PM-06", 9)],
        B(4_470_000, 280_000, 4_750_000, fte=52),
        ["Mireille Saint-Onge", "Youssef Haddad"]),
    Position(
        "northern-contaminants", "en", "Crown-Indigenous Relations and Northern Affairs Canada", "Director, Northern Contaminants Program", "EX-01",
        "CIRNAC-0228", "38406", D(2020, 6, 29), ("38400", "Director General, Northern Science and Contaminants", "EX-02"),
        ("Gatineau", "Quebec"),
        "Manages the program that funds research and monitoring of contaminants in northern wildlife, traditional foods and "
        "people, and brings the results to Arctic communities and international negotiations.",
        [R("Manager, Research and Monitoring", "EG-07", 6), R("Manager, Community Engagement", "PM-06", 4),
         R("Senior Science Advisor", "SE-RES-04", 1)],
        B(1_120_000, 260_000, 5_480_000, grants=4_100_000, fte=12),
        ["Piita Qiatsuk"]),
    Position(
        "csc-indigenous", "fr", "Service correctionnel du Canada", "Directeur, Initiatives pour les Autochtones", "EX-01",
        None, None, D(2025, 1, 13), ("51200", "Commissaire adjointe, Interventions correctionnelles", "EX-04"),
        ("Ottawa", "Ontario"),
        "Élabore et met en œuvre les programmes correctionnels adaptés aux délinquants autochtones, y compris les pavillons "
        "de ressourcement et le soutien des Aînés, et les ententes conclues avec les collectivités autochtones.",
        [R("Gestionnaire, Pavillons de ressourcement", "WP-06", 7), R("Gestionnaire, Programmes et Aînés", "WP-05", 9),
         R("Analyste principale, Ententes communautaires", "PM-05", 1)],
        B(2_050_000, 6_400_000, 8_450_000, fte=19),
        ["Raymond Wabanonik"], provisional="NOUVEAU"),
    Position(
        "medical-devices", "bi", "Health Canada", "Director General, Medical Devices Directorate", "EX-03",
        "209110", "30150", D(2024, 9, 30), ("30000", "Assistant Deputy Minister, Health Products and Food Branch", "EX-05"),
        ("Ottawa", "Ontario"),
        "Leads the pre-market review and licensing of medical devices, the surveillance of their safety once on the market, "
        "and Canada's participation in international regulatory cooperation on devices.",
        [R("Director, Device Licensing Services", "EX-01", 67), R("Director, Device Evaluation", "EX-01", 88),
         R("Director, Policy and International Cooperation", "EX-01", 23), R("Manager, Business Planning", "AS-07", 9)],
        B(21_350_000, 2_400_000, 23_750_000, revenue=9_600_000, fte=195),
        ["Rebecca Ashworth-Kaur", "Luc Desjardins"], title_other="Directeur général, Direction des instruments médicaux",
        supervisor_other="Sous-ministre adjoint, Direction générale des produits de santé et des aliments"),
    Position(
        "home-care", "bi", "Indigenous Services Canada", "Director, First Nations and Inuit Home and Community Care", "EX-01",
        "ISC-EX-0608", "47340", D(2021, 3, 22), ("47300", "Director General, Community Health Programs", "EX-02"),
        ("Ottawa", "Ontario"),
        "Funds and supports home and community care services in First Nations and Inuit communities, including nursing, "
        "personal care and respite, and works with partners on long-term and continuing care.",
        [R("Manager, Program Funding and Accountability", "PM-06", 9), R("Manager, Nursing Practice", "NU-HOS-05", 5),
         R("Manager, Data and Performance", "EC-06", 4)],
        B(1_640_000, 310_000, 140_950_000, grants=139_000_000, fte=21),
        ["Cheryl Linklater"], title_other="Directrice, Soins à domicile et en milieu communautaire des Premières Nations et des Inuits",
        supervisor_other="Directeur général, Programmes de santé communautaire"),
    Position(
        "dnd-real-property", "en", "National Defence", "Director General, Real Property Portfolio Planning", "EX-02",
        "207901", None, D(2024, 11, 4), ("400700", "Assistant Deputy Minister (Infrastructure and Environment)", "EX-05"),
        ("Ottawa", "Ontario"),
        "Plans the future of the Defence real property portfolio, Canada's largest federal holding of buildings and land: "
        "long-range portfolio plans, disposal of surplus property and the investment plan for bases and wings.",
        [R("Director, Portfolio Strategy", "EX-01", 22), R("Director, Real Property Investment Planning", "EX-01", 19),
         R("Manager, Disposals and Transfers", "PG-05", 8, status="vacant"), R("Executive Assistant", "AS-02", None)],
        B(5_900_000, 1_400_000, 7_300_000, capital=410_000_000, fte=58),
        ["Colleen Ferguson-Ng"], provisional="TBD"),
    Position(
        "parks-indigenous-affairs", "fr", "Agence Parcs Canada", "Directeur, Relations avec les Autochtones, Unité de gestion du Nord du Québec", "EX-01",
        "APC-3117", "63552", D(2022, 12, 12), ("63500", "Directrice de l'unité de gestion, Nord du Québec", "EX-02"),
        ("Sept-Îles", "Québec"),
        "Coordonne la gestion coopérative des aires protégées de l'unité avec les Innus, les Naskapis et les Inuits du "
        "Nunavik, et les ententes qui encadrent leurs droits et leurs activités traditionnelles.",
        [R("Gestionnaire, Gestion coopérative", "PM-06", 5), R("Gestionnaire, Gardiens autochtones", "GT-06", 12)],
        B(1_310_000, 480_000, 1_790_000, fte=17),
        ["Marie-Ève Vollant"]),
]
POSITIONS_BY_KEY = {p.key: p for p in POSITIONS}
