"""Positions, supervisors, prose and names of blind137 (all invented): Fisheries and Oceans Canada as its
position management system (a PeopleSoft-like HR system) prints them, and some plain work descriptions."""
from datetime import date as D

DEPT = "Fisheries and Oceans Canada"
DEPT_FR = "Pêches et Océans Canada"

# Supervisors: position number -> (title, title_fr, classification)
SUPS = {
    "00040001": ("Assistant Deputy Minister, Ecosystems and Oceans Science", "Sous-ministre adjoint, Écosystèmes et sciences des océans", "EX-05"),
    "00040002": ("Senior Assistant Deputy Minister, Fisheries and Harbour Management", "Sous-ministre adjointe principale, Gestion des pêches et des ports", "EX-05"),
    "00040005": ("Assistant Deputy Minister, Human Resources and Corporate Services", "Sous-ministre adjoint, Ressources humaines et services intégrés", "EX-05"),
    "00040020": ("Chief Results and Delivery Officer", "Dirigeante principale des résultats et de l'exécution", "EX-04"),
    "00041210": ("Director General, Ecosystem Science", "Directeur général, Sciences des écosystèmes", "EX-03"),
    "00041330": ("Director General, Fisheries Resource Management", "Directrice générale, Gestion des ressources halieutiques", "EX-03"),
    "00041350": ("Director General, Conservation and Protection", "Directeur général, Conservation et protection", "EX-03"),
    "00041370": ("Director General, Aquatic Ecosystems", "Directrice générale, Écosystèmes aquatiques", "EX-03"),
    "00041390": ("Director General, Oceans Policy", "Directeur général, Politique des océans", "EX-03"),
    "00041601": ("Director General, Human Resources and Workplace Services", "Directrice générale, Ressources humaines et services en milieu de travail", "EX-03"),
    "00041650": ("Deputy Chief Financial Officer", "Dirigeant principal adjoint des finances", "EX-03"),
    "00040310": ("Regional Director General, Maritimes", "Directeur général régional, Maritimes", "EX-03"),
    "00040320": ("Regional Director General, Gulf", "Directrice générale régionale, Golfe", "EX-03"),
    "00040330": ("Regional Director General, Quebec", "Directrice générale régionale, Québec", "EX-03"),
    "00040340": ("Regional Director General, Pacific", "Directeur général régional, Pacifique", "EX-03"),
    "00040350": ("Regional Director General, Newfoundland and Labrador", "Directeur général régional, Terre-Neuve-et-Labrador", "EX-03"),
    "00040360": ("Regional Director General, Arctic", "Directrice générale régionale, Arctique", "EX-03"),
    "00040000": ("Deputy Minister", "Sous-ministre", "DM-01"),
}

def R(en, fr, cls, fte, posn):
    return {"title": en, "title_fr": fr, "classification": cls, "fte": fte, "posn": posn}

# Positions. deptid/location are system codes with their descriptions.
P = {}
def pos(key, **kw):
    kw["key"] = key
    P[key] = kw

pos("dgeco", posn="00041210", title="Director General, Ecosystem Science", title_fr="Directeur général, Sciences des écosystèmes",
    cls="EX-03", job="104310", effdt=D(2022, 4, 1), deptid="41800", dept_descr="Ecosystem Science Directorate",
    loc=("ON0417", "Ottawa, ON"), sup="00040001", salary=None, om=None, total=None,
    reports=[R("Director, Aquatic Ecosystem Science", "Directeur, Sciences des écosystèmes aquatiques", "EX-01", None, "00047213"),
             R("Director, Oceans Science", "Directrice, Sciences des océans", "EX-01", None, "00047288"),
             R("Director, Fish Population Science", "Directeur, Sciences des populations de poissons", "EX-01", None, "00047301"),
             R("Executive Director, Ocean Data and Information Management", "Directrice exécutive, Gestion des données et de l'information océaniques", "EX-02", None, "00047560")],
    area="national ecosystem science programs that inform fisheries, oceans and habitat decisions")

pos("aes", posn="00047213", title="Director, Aquatic Ecosystem Science", title_fr="Directeur, Sciences des écosystèmes aquatiques",
    cls="EX-01", job="104388", effdt=D(2021, 10, 4), deptid="41872", dept_descr="Aquatic Ecosystem Science Dir",
    loc=("ON0417", "Ottawa, ON"), sup="00041210", salary=3412000, om=486000, total=3898000,
    reports=[R("Manager, Freshwater Ecosystems Science", "Gestionnaire, Sciences des écosystèmes d'eau douce", "BI-05", 11, "00061022"),
             R("Manager, Marine Ecosystems Science", "Gestionnaire, Sciences des écosystèmes marins", "BI-05", 9, "00061035"),
             R("Manager, Contaminants and Ecotoxicology", "Gestionnaire, Contaminants et écotoxicologie", "SE-RES-04", 7, "00061048"),
             R("Senior Science Advisor", "Conseillère scientifique principale", "BI-04", 1, "00061051"),
             R("Executive Assistant", "Adjointe exécutive", "AS-02", 1, "00061064")],
    area="national science advice on freshwater and marine ecosystems, contaminants and aquatic habitat",
    old_title="Director, Aquatic Ecosystems Research")

pos("ocs", posn="00047288", title="Director, Oceans Science", title_fr="Directrice, Sciences des océans",
    cls="EX-01", job="104391", effdt=D(2023, 6, 12), deptid="41874", dept_descr="Oceans Science Directorate",
    loc=("ON0417", "Ottawa, ON"), sup="00041210", salary=2870000, om=615000, total=3485000,
    reports=[R("Manager, Ocean Monitoring", "Gestionnaire, Surveillance des océans", "PC-05", 14, "00061110"),
             R("Manager, Ocean Forecasting and Modelling", "Gestionnaire, Prévision et modélisation océaniques", "PC-05", 10, "00061123"),
             R("Manager, Climate Change Science", "Gestionnaire, Sciences du changement climatique", "EC-07", 6, "00061136")],
    area="the department's physical and chemical oceanography programs, ocean monitoring and forecasting")

pos("fps", posn="00047301", title="Director, Fish Population Science", title_fr="Directeur, Sciences des populations de poissons",
    cls="EX-01", job="104395", effdt=D(2023, 1, 9), deptid="41876", dept_descr="Fish Population Science Dir",
    loc=("ON0417", "Ottawa, ON"), sup="00041210", salary=2235000, om=344000, total=2579000,
    reports=[R("Manager, Stock Assessment Coordination", "Gestionnaire, Coordination de l'évaluation des stocks", "BI-05", 8, "00061210"),
             R("Manager, Canadian Science Advisory Secretariat", "Gestionnaire, Secrétariat canadien des avis scientifiques", "EC-07", 9, "00061223"),
             R("Senior Biostatistician", "Biostatisticienne principale", "MA-05", 1, "00061236")],
    area="national coordination of fish stock assessment and peer-reviewed science advice")

pos("rdsmar", posn="00052217", title="Regional Director, Science, Maritimes", title_fr="Directeur régional, Sciences, Maritimes",
    cls="EX-02", job="104402", effdt=D(2023, 11, 20), deptid="52200", dept_descr="Science Br - Maritimes",
    loc=("NS0115", "Dartmouth, NS"), sup="00040310", salary=21450000, om=6830000, total=28280000,
    reports=[R("Division Manager, Population Ecology", "Gestionnaire de division, Écologie des populations", "SE-RES-05", 62, "00062210"),
             R("Division Manager, Ocean Ecosystems Science", "Gestionnaire de division, Sciences des écosystèmes océaniques", "SE-RES-05", 55, "00062223"),
             R("Division Manager, Coastal Ecosystems Science", "Gestionnaire de division, Sciences des écosystèmes côtiers", "BI-05", 48, "00062236"),
             R("Manager, Science Vessel Operations", "Gestionnaire, Opérations des navires scientifiques", "EG-07", 17, "00062249"),
             R("Manager, Centre for Science Advice Maritimes", "Gestionnaire, Centre des avis scientifiques Maritimes", "EC-07", 5, "00062252")],
    area="the region's research, monitoring and science advice at the Bedford Institute of Oceanography and the St. Andrews Biological Station")

pos("rdsgulf", posn="00052230", title="Regional Director, Science, Gulf", title_fr="Directrice régionale, Sciences, Golfe",
    cls="EX-02", job="104403", effdt=D(2022, 9, 6), deptid="52300", dept_descr="Science Br - Gulf",
    loc=("NB0203", "Moncton, NB"), sup="00040320", salary=9870000, om=2140000, total=12010000,
    reports=[R("Division Manager, Fisheries and Ecosystem Sciences", "Gestionnaire de division, Sciences halieutiques et écosystémiques", "BI-05", 41, "00062310"),
             R("Division Manager, Science Advice and Information", "Gestionnaire de division, Avis scientifiques et information", "EC-07", 12, "00062323"),
             R("Manager, Aquatic Animal Health", "Gestionnaire, Santé des animaux aquatiques", "VM-03", 8, "00062336")],
    area="the science program of the Gulf Region for the southern Gulf of St. Lawrence")

pos("rdsqc", posn="00052244", title="Regional Director, Science, Quebec", title_fr="Directrice régionale, Sciences, Québec",
    cls="EX-02", job="104404", effdt=D(2024, 1, 15), deptid="52400", dept_descr="Direction Sciences - Québec",
    loc=("QC0520", "Mont-Joli, QC"), sup="00040330", salary=14320000, om=3905000, total=18225000,
    reports=[R("Division Manager, Demersal and Benthic Sciences", "Gestionnaire de division, Sciences démersales et benthiques", "SE-RES-05", 38, "00062410"),
             R("Division Manager, Pelagic and Ecosystem Sciences", "Gestionnaire de division, Sciences pélagiques et écosystémiques", "SE-RES-05", 33, "00062423"),
             R("Division Manager, Oceanographic Sciences", "Gestionnaire de division, Sciences océanographiques", "PC-05", 29, "00062436"),
             R("Manager, Regional Science Advice", "Gestionnaire, Avis scientifiques régionaux", "EC-07", 6, "00062449")],
    area="the Quebec Region's science program at the Maurice Lamontagne Institute")

pos("rdspac", posn="00052251", title="Regional Director, Science, Pacific", title_fr="Directeur régional, Sciences, Pacifique",
    cls="EX-02", job="104405", effdt=D(2023, 4, 1), deptid="52500", dept_descr="Science Br - Pacific",
    loc=("BC0712", "Nanaimo, BC"), sup="00040340", salary=None, om=None, total=None,
    reports=[],
    area="the Pacific Region's science program at the Pacific Biological Station and the Institute of Ocean Sciences",
    old_title="Regional Director, Science, Pacific Region")

pos("frmpac", posn="00053110", title="Director, Fisheries Management, Pacific", title_fr="Directeur, Gestion des pêches, Pacifique",
    cls="EX-01", job="104510", effdt=D(2022, 12, 5), deptid="53100", dept_descr="Fisheries Mgmt - Pacific",
    loc=("BC0701", "Vancouver, BC"), sup="00040340", salary=None, om=None, total=None, reports=[],
    area="the management of commercial, recreational and Indigenous fisheries in the Pacific Region")

pos("dgfrm", posn="00041330", title="Director General, Fisheries Resource Management", title_fr="Directrice générale, Gestion des ressources halieutiques",
    cls="EX-03", job="104320", effdt=D(2021, 5, 17), deptid="41900", dept_descr="Fisheries Resource Mgmt Dir Gen",
    loc=("ON0417", "Ottawa, ON"), sup="00040002", salary=11240000, om=2860000, total=14100000,
    reports=[R("Director, Fisheries Policy and Frameworks", "Directeur, Politiques et cadres des pêches", "EX-01", 24, "00047420"),
             R("Director, Indigenous Fisheries Programs", "Directrice, Programmes des pêches autochtones", "EX-01", 31, "00047433"),
             R("Director, Licensing and Allocation Operations", "Directeur, Opérations de délivrance des permis et d'allocation", "EX-01", 27, "00047447"),
             R("Director, Aquaculture Management", "Directrice, Gestion de l'aquaculture", "EX-01", 19, "00047541"),
             R("Executive Assistant", "Adjointe exécutive", "AS-03", 1, "00061301")],
    area="national fisheries management frameworks, licensing, allocation and Indigenous fisheries programs")

pos("fpf", posn="00047420", title="Director, Fisheries Policy and Frameworks", title_fr="Directeur, Politiques et cadres des pêches",
    cls="EX-01", job="104421", effdt=D(2024, 2, 1), deptid="41910", dept_descr="Fisheries Policy & Frameworks",
    loc=("ON0417", "Ottawa, ON"), sup="00041330", salary=2140000, om=188000, total=2328000,
    reports=[R("Manager, Fish Stocks Provisions Policy", "Gestionnaire, Politique sur les dispositions relatives aux stocks de poissons", "EC-07", 8, "00061410"),
             R("Manager, Integrated Fisheries Management Plans", "Gestionnaire, Plans de gestion intégrée des pêches", "EC-07", 7, "00061423"),
             R("Manager, International Fisheries Frameworks", "Gestionnaire, Cadres internationaux des pêches", "EC-07", 6, "00061436"),
             R("Senior Policy Advisor", "Conseiller principal en politiques", "EC-06", 1, "00061449")],
    area="the policy frameworks under the Fisheries Act, including the fish stocks provisions")

pos("ifp", posn="00047433", title="Director, Indigenous Fisheries Programs", title_fr="Directrice, Programmes des pêches autochtones",
    cls="EX-01", job="104422", effdt=D(2020, 8, 24), deptid="41920", dept_descr="Indigenous Fisheries Programs",
    loc=("ON0417", "Ottawa, ON"), sup="00041330", salary=2630000, om=412000, total=3042000,
    reports=[R("Manager, Commercial Fisheries Programs", "Gestionnaire, Programmes de pêche commerciale", "PM-06", 12, "00061510"),
             R("Manager, Aboriginal Aquatic Resource and Oceans Management", "Gestionnaire, Gestion des ressources aquatiques et océaniques autochtones", "PM-06", 10, "00061523"),
             R("Manager, Program Policy and Agreements", "Gestionnaire, Politique de programme et ententes", "EC-07", 8, "00061536")],
    area="the department's Indigenous commercial fisheries and collaborative management programs")

pos("lao", posn="00047447", title="Director, Licensing and Allocation Operations", title_fr="Directeur, Opérations de délivrance des permis et d'allocation",
    cls="EX-01", job="104423", effdt=D(2023, 9, 18), deptid="41930", dept_descr="Licensing & Allocation Ops",
    loc=("ON0417", "Ottawa, ON"), sup="00041330", salary=None, om=None, total=None,
    reports=[R("Manager, National Online Licensing System", "Gestionnaire, Système national de délivrance des permis en ligne", "CS-04", None, "00061610"),
             R("Manager, Allocation Policy and Operations", "Gestionnaire, Politique et opérations d'allocation", "EC-07", None, "00061623"),
             R("Manager, Licensing Policy", "Gestionnaire, Politique de délivrance des permis", "PM-06", None, "00061636")],
    area="national fisheries licensing operations and allocation processes")

pos("cpo", posn="00047460", title="Director, Conservation and Protection Operations", title_fr="Directeur, Opérations de conservation et protection",
    cls="EX-01", job="104430", effdt=D(2019, 3, 11), deptid="41950", dept_descr="C&P Operations",
    loc=("ON0417", "Ottawa, ON"), sup="00041350", salary=1960000, om=1275000, total=3235000,
    reports=[R("Manager, National Fisheries Intelligence Service", "Gestionnaire, Service national du renseignement sur les pêches", "GT-06", 14, "00061710"),
             R("Manager, Operations Planning and Readiness", "Gestionnaire, Planification et préparation des opérations", "GT-05", 9, "00061723"),
             R("Manager, Enforcement Policy and Training", "Gestionnaire, Politique d'application et formation", "PM-06", 7, "00061736")],
    area="national conservation and protection operations, fisheries intelligence and enforcement readiness")

pos("ais", posn="00047502", title="Executive Director, Aquatic Invasive Species Program", title_fr="Directeur exécutif, Programme des espèces aquatiques envahissantes",
    cls="EX-02", job="104440", effdt=D(2023, 7, 4), deptid="41960", dept_descr="Aquatic Invasive Species Prog",
    loc=("ON0419", "Burlington, ON"), sup="00041370", salary=5210000, om=3475000, total=8685000,
    reports=[R("Manager, Sea Lamprey Control Centre", "Gestionnaire, Centre de lutte contre la lamproie marine", "BI-05", 46, "00061810"),
             R("Manager, Asian Carp Program", "Gestionnaire, Programme de la carpe asiatique", "BI-05", 18, "00061823"),
             R("Manager, AIS Regulations and Policy", "Gestionnaire, Règlements et politique sur les EAE", "EC-07", 6, "00061836")],
    area="the national aquatic invasive species program, including sea lamprey control in the Great Lakes")

pos("ffhpp", posn=None, title="Director, Fish and Fish Habitat Protection Program Operations", title_fr="Directrice, Opérations du Programme de protection du poisson et de son habitat",
    cls="EX-01", job="104441", effdt=None, deptid="41970", dept_descr="FFHPP Operations",
    loc=("ON0417", "Ottawa, ON"), sup="00041370", salary=2780000, om=None, total=None,
    reports=[R("Manager, Regulatory Reviews", "Gestionnaire, Examens réglementaires", "BI-04", 15, "00061910"),
             R("Manager, Major Projects Coordination", "Gestionnaire, Coordination des grands projets", "PM-06", 11, "00061923"),
             R("Manager, Program Performance", "Gestionnaire, Rendement du programme", "EC-06", 5, "00061936")],
    area="national operations of the Fish and Fish Habitat Protection Program")

pos("sar", posn="00047528", title="Director, Species at Risk Program", title_fr="Directeur, Programme des espèces en péril",
    cls="EX-01", job="104442", effdt=D(2022, 1, 24), deptid="41980", dept_descr="Species at Risk Program",
    loc=("ON0417", "Ottawa, ON"), sup="00041370", salary=None, om=None, total=None,
    reports=[R("Manager, Listing and Recovery Planning", "Gestionnaire, Inscription et planification du rétablissement", "BI-04", None, "00062010"),
             R("Manager, Permitting and Compliance", "Gestionnaire, Permis et conformité", "PM-06", None, "00062023")],
    area="the department's responsibilities under the Species at Risk Act")

pos("wpc", posn="00048101", title="Director, Workforce Planning and Classification", title_fr="Directeur, Planification de l'effectif et classification",
    cls="EX-01", job="104610", effdt=D(2023, 10, 23), deptid="48100", dept_descr="HR Workforce Plng & Classif",
    loc=("ON0417", "Ottawa, ON"), sup="00041601", salary=3085000, om=142000, total=3227000,
    reports=[R("Manager, Classification Services", "Gestionnaire, Services de classification", "PE-06", 16, "00063110"),
             R("Manager, Organizational Design and Position Management", "Gestionnaire, Conception organisationnelle et gestion des postes", "PE-06", 9, "00063123"),
             R("Manager, Workforce Analytics", "Gestionnaire, Analytique de l'effectif", "EC-07", 7, "00063136")],
    area="classification, organizational design, position management and workforce analytics")

pos("lrw", posn="00048114", title="Director, Labour Relations and Wellness", title_fr="Directrice, Relations de travail et mieux-être",
    cls="EX-01", job="104611", effdt=D(2022, 6, 1), deptid="48110", dept_descr="Labour Relations & Wellness",
    loc=("ON0417", "Ottawa, ON"), sup="00041601", salary=2410000, om=390000, total=2800000,
    reports=[R("Manager, Labour Relations", "Gestionnaire, Relations de travail", "PE-06", 14, "00063210"),
             R("Manager, Disability Management and Return to Work", "Gestionnaire, Gestion de l'invalidité et retour au travail", "PE-05", 8, "00063223"),
             R("Manager, Mental Health and Wellness Office", "Gestionnaire, Bureau de la santé mentale et du mieux-être", "PE-05", 5, "00063236")],
    area="labour relations, disability management and workplace wellness")

pos("egm", posn="00048127", title="Director, Executive Group Management", title_fr="Directeur, Gestion du groupe de la direction",
    cls="EX-01", job="104612", effdt=D(2021, 4, 1), deptid="48120", dept_descr="Executive Group Mgmt",
    loc=("ON0417", "Ottawa, ON"), sup="00041601", salary=1290000, om=96000, total=1386000,
    reports=[R("Manager, Executive Staffing and Classification", "Gestionnaire, Dotation et classification des cadres", "PE-06", 6, "00063310"),
             R("Manager, Executive Talent Management", "Gestionnaire, Gestion des talents des cadres", "PE-06", 4, "00063323")],
    area="executive staffing, talent management, performance management and compensation for the EX group")

pos("dghr", posn="00041601", title="Director General, Human Resources and Workplace Services", title_fr="Directrice générale, Ressources humaines et services en milieu de travail",
    cls="EX-03", job="104600", effdt=D(2020, 11, 2), deptid="48000", dept_descr="HR & Workplace Svcs DG",
    loc=("ON0417", "Ottawa, ON"), sup="00040005", salary=None, om=None, total=None,
    reports=[R("Director, Workforce Planning and Classification", "Directeur, Planification de l'effectif et classification", "EX-01", None, "00048101"),
             R("Director, Labour Relations and Wellness", "Directrice, Relations de travail et mieux-être", "EX-01", None, "00048114"),
             R("Director, Executive Group Management", "Directeur, Gestion du groupe de la direction", "EX-01", None, "00048127"),
             R("Director, HR Systems and Pay Stabilization", "Directrice, Systèmes de RH et stabilisation de la paye", "EX-01", None, "00048140")],
    area="human resources programs and workplace services for the department")

pos("hrsys", posn="00048140", title="Director, HR Systems and Pay Stabilization", title_fr="Directrice, Systèmes de RH et stabilisation de la paye",
    cls="EX-01", job="104613", effdt=D(2023, 3, 27), deptid="48130", dept_descr="HR Systems & Pay Stabilization",
    loc=("NB0210", "Miramichi, NB"), sup="00041601", salary=None, om=None, total=None, reports=[],
    area="HR systems, position management data and pay stabilization")

pos("fpa", posn="00048203", title="Director, Financial Planning and Analysis", title_fr="Directeur, Planification et analyse financières",
    cls="EX-01", job="104620", effdt=D(2022, 7, 11), deptid="48200", dept_descr="Financial Planning & Analysis",
    loc=("ON0417", "Ottawa, ON"), sup="00041650", salary=2960000, om=131000, total=3091000,
    reports=[R("Manager, Resource Planning", "Gestionnaire, Planification des ressources", "FI-03", 11, "00063410"),
             R("Manager, Costing and Financial Analysis", "Gestionnaire, Établissement des coûts et analyse financière", "FI-03", 9, "00063423"),
             R("Manager, Estimates and Parliamentary Reporting", "Gestionnaire, Budget des dépenses et rapports au Parlement", "FI-03", 8, "00063436")],
    area="departmental financial planning, budget management, costing and the Estimates")

pos("rpa", posn="00053360", title="Director, Real Property Planning, Arctic", title_fr="Directrice, Planification des biens immobiliers, Arctique",
    cls="EX-01", job="104710", effdt=D(2023, 5, 1), deptid="53360", dept_descr="Real Property - Arctic",
    loc=("MB0301", "Winnipeg, MB"), sup="00040360", salary=1340000, om=2870000, total=4210000,
    reports=[R("Manager, Real Property Planning", "Gestionnaire, Planification des biens immobiliers", "EG-07", 6, "00064110"),
             R("Manager, Northern Infrastructure Projects", "Gestionnaire, Projets d'infrastructure dans le Nord", "EN-ENG-05", 7, "00064123"),
             R("Manager, Environmental Management", "Gestionnaire, Gestion environnementale", "PC-04", 3, "00064136")],
    area="real property planning and infrastructure for the department's Arctic Region")

pos("fmgulf", posn="00053211", title="Director, Fisheries Management, Gulf", title_fr="Directeur, Gestion des pêches, Golfe",
    cls="EX-01", job="104511", effdt=D(2021, 9, 13), deptid="53210", dept_descr="Gestion des pêches - Golfe",
    loc=("NB0203", "Moncton, NB"), sup="00040320", salary=3560000, om=744000, total=4304000,
    reports=[R("Resource Manager, Groundfish and Pelagics", "Gestionnaire des ressources, Poisson de fond et pélagiques", "PM-05", 7, "00064210"),
             R("Resource Manager, Shellfish", "Gestionnaire des ressources, Mollusques et crustacés", "PM-05", 8, "00064223"),
             R("Area Director, Gulf Nova Scotia", "Directrice de secteur, Golfe Nouvelle-Écosse", "PM-06", 22, "00064236"),
             R("Area Director, Eastern New Brunswick", "Directeur de secteur, Est du Nouveau-Brunswick", "PM-06", 25, "00064249")],
    area="fisheries management in the southern Gulf of St. Lawrence")

pos("schnl", posn="00053402", title="Director, Small Craft Harbours, Newfoundland and Labrador", title_fr="Directrice, Ports pour petits bateaux, Terre-Neuve-et-Labrador",
    cls="EX-01", job="104720", effdt=D(2023, 10, 23), deptid="53400", dept_descr="SCH - Newfoundland & Labrador",
    loc=("NL0101", "St. John's, NL"), sup="00040350", salary=None, om=None, total=None,
    reports=[R("Regional Engineer", "Ingénieur régional", "EN-ENG-05", None, "00064310"),
             R("Manager, Harbour Authority Relations", "Gestionnaire, Relations avec les administrations portuaires", "PM-06", None, "00064323")],
    area="the Small Craft Harbours program in Newfoundland and Labrador")

pos("aqm", posn="00047541", title="Director, Aquaculture Management", title_fr="Directrice, Gestion de l'aquaculture",
    cls="EX-01", job="104424", effdt=D(2024, 1, 8), deptid="41940", dept_descr="Aquaculture Management Dir",
    loc=("ON0417", "Ottawa, ON"), sup="00041330", salary=1780000, om=260000, total=2040000,
    reports=[R("Manager, Aquaculture Regulations", "Gestionnaire, Règlements sur l'aquaculture", "EC-07", 7, "00064410"),
             R("Manager, Aquaculture Science Policy", "Gestionnaire, Politique scientifique sur l'aquaculture", "BI-04", 5, "00064423"),
             R("Manager, Aquaculture Programs", "Gestionnaire, Programmes d'aquaculture", "PM-06", 6, "00064436")],
    area="the national aquaculture management framework and its regulations",
    old_cls="EX-01", old_effdt=D(2021, 3, 29))

pos("rdo", posn="00048260", title="Director, Results and Delivery", title_fr="Directeur, Résultats et exécution",
    cls="EX-01", job="104630", effdt=D(2022, 10, 31), deptid="48260", dept_descr="Results and Delivery",
    loc=("ON0417", "Ottawa, ON"), sup="00040020", salary=1420000, om=205000, total=1625000,
    reports=[R("Manager, Performance Measurement", "Gestionnaire, Mesure du rendement", "EC-07", 6, "00064510"),
             R("Manager, Departmental Results Reporting", "Gestionnaire, Rapports sur les résultats ministériels", "EC-06", 5, "00064523")],
    area="the departmental results framework, performance measurement and delivery tracking")

pos("odim", posn="00047560", title="Executive Director, Ocean Data and Information Management", title_fr="Directrice exécutive, Gestion des données et de l'information océaniques",
    cls="EX-02", job="104396", effdt=D(2023, 2, 13), deptid="41878", dept_descr="Ocean Data & Info Mgmt",
    loc=("ON0417", "Ottawa, ON"), sup="00041210", salary=4680000, om=1930000, total=6610000,
    reports=[R("Manager, Data Stewardship and Standards", "Gestionnaire, Intendance et normes des données", "CS-04", 12, "00064610"),
             R("Manager, Marine Environmental Data Section", "Gestionnaire, Section des données sur le milieu marin", "PC-04", 15, "00064623"),
             R("Manager, Data Platforms", "Gestionnaire, Plateformes de données", "CS-05", 18, "00064636")],
    area="the department's ocean data holdings, standards and open data platforms")

pos("opol", posn="00047575", title="Director, Oceans Policy", title_fr="Directrice, Politique des océans",
    cls="EX-01", job="104450", effdt=D(2024, 3, 4), deptid="41990", dept_descr="Politique des océans",
    loc=("ON0417", "Ottawa, ON"), sup="00041390", salary=1650000, om=340000, total=1990000,
    reports=[R("Manager, Blue Economy Strategy", "Gestionnaire, Stratégie de l'économie bleue", "EC-07", 7, "00064710"),
             R("Manager, Marine Spatial Planning Policy", "Gestionnaire, Politique de planification spatiale marine", "EC-07", 6, "00064723"),
             R("Senior Policy Analyst", "Analyste principale des politiques", "EC-06", 1, "00064736")],
    area="national oceans policy, the blue economy strategy and marine spatial planning")

pos("mpcpac", posn="00053125", title="Director, Marine Planning and Conservation, Pacific", title_fr="Directeur, Planification et conservation marines, Pacifique",
    cls="EX-01", job="104451", effdt=D(2023, 8, 14), deptid="53120", dept_descr="Marine Plng & Conservation - Pac",
    loc=("BC0701", "Vancouver, BC"), sup="00040340", salary=None, om=None, total=None,
    reports=[R("Manager, Marine Protected Areas", "Gestionnaire, Zones de protection marine", "BI-05", None, "00064810"),
             R("Manager, Marine Spatial Planning", "Gestionnaire, Planification spatiale marine", "EC-07", None, "00064823")],
    area="marine protected areas and marine spatial planning in the Pacific Region")

pos("rdgmar", posn="00040310", title="Regional Director General, Maritimes", title_fr="Directeur général régional, Maritimes",
    cls="EX-03", job="104300", effdt=D(2020, 1, 6), deptid="52000", dept_descr="Maritimes Region RDG",
    loc=("NS0115", "Dartmouth, NS"), sup="00040002", salary=48700000, om=21300000, total=70000000,
    reports=[R("Regional Director, Science, Maritimes", "Directeur régional, Sciences, Maritimes", "EX-02", 188, "00052217"),
             R("Regional Director, Fisheries Management, Maritimes", "Directrice régionale, Gestion des pêches, Maritimes", "EX-02", 141, "00052260"),
             R("Regional Director, Ecosystems Management, Maritimes", "Directeur régional, Gestion des écosystèmes, Maritimes", "EX-01", 76, "00052273"),
             R("Regional Director, Small Craft Harbours, Maritimes", "Directrice régionale, Ports pour petits bateaux, Maritimes", "EX-01", 38, "00052286"),
             R("Regional Director, Corporate Services, Maritimes", "Directeur régional, Services intégrés, Maritimes", "EX-01", 64, "00052299")],
    area="all departmental programs in the Maritimes Region")

pos("dgcp", posn="00041350", title="Director General, Conservation and Protection", title_fr="Directeur général, Conservation et protection",
    cls="EX-03", job="104330", effdt=D(2022, 2, 28), deptid="41940", dept_descr="Conservation & Protection DG",
    loc=("ON0417", "Ottawa, ON"), sup="00040002", salary=None, om=None, total=None,
    reports=[R("Director, Conservation and Protection Operations", "Directeur, Opérations de conservation et protection", "EX-01", None, "00047460"),
             R("Director, Conservation and Protection Policy", "Directrice, Politique de conservation et protection", "EX-01", None, "00047470")],
    area="the national fishery officer program")

pos("fmnl", posn="00053415", title="Regional Director, Fisheries Management, Newfoundland and Labrador", title_fr="Directrice régionale, Gestion des pêches, Terre-Neuve-et-Labrador",
    cls="EX-02", job="104512", effdt=D(2022, 4, 19), deptid="53410", dept_descr="Fisheries Mgmt - NL",
    loc=("NL0101", "St. John's, NL"), sup="00040350", salary=6950000, om=1870000, total=8820000,
    reports=[R("Director, Resource Management", "Directeur, Gestion des ressources", "EX-01", 28, "00064910"),
             R("Director, Licensing and Economic Analysis", "Directrice, Permis et analyse économique", "PM-07", 21, "00064923"),
             R("Area Director, Labrador", "Directeur de secteur, Labrador", "PM-06", 14, "00064936"),
             R("Area Director, Newfoundland East", "Directrice de secteur, Est de Terre-Neuve", "PM-06", 17, "00064949")],
    area="fisheries management in Newfoundland and Labrador, including the northern cod and snow crab fisheries")

pos("rdgqc", posn="00040330", title="Regional Director General, Quebec", title_fr="Directrice générale régionale, Québec",
    cls="EX-03", job="104302", effdt=D(2023, 4, 3), deptid="52900", dept_descr="Région du Québec - DGR",
    loc=("QC0501", "Québec, QC"), sup="00040002", salary=None, om=None, total=None, reports=[],
    area="la prestation des programmes du Ministère dans la région du Québec")

# Invented people (never real): incumbents, approvers, updaters, authors.
PEOPLE = {
    "aes": "Théo Vandermeulen", "ocs": "Ngozi Ekwueme-Fraser", "rdsmar": "Callum MacAskill", "rdsqc": "Élodie Bergeron-Saint-Onge",
    "lao": "Rajinder Bhullar", "hrsys": "Marisol Quintanilla-Ross", "wpc": "Dariusz Wójcik", "ais": "Halvard Lindqvist",
    "egm": "Ayesha Karimjee", "fpa": "Bertrand Ouellet-Lapointe", "odim": "Siobhán Ní Dhúill", "rpa": "Kirra Tootoosis",
    "opol": "Anaïs Thibodeau-Laurin", "fmnl": "Padraig Kinsella", "dgeco": "Wendeline Osei", "dghr": "Corisande Malik",
}
UPDATERS = ["Lorna Fitzhenry", "Marc-Olivier Dussault", "Priya Ramdhanie", "Gunnar Ellefsen", "Yasmin Achterberg", "Ferdinand Obi-Laroche"]
APPROVERS = ["Rosalind Kapoor-Hughes", "Benoît Lachapelle-Rioux", "Oksana Hrytsenko", "Tobias Wetherell", "Mireille Dandurand", "Kwabena Asante-Mills",
             "Isolde Carmichael", "Yannick Boisjoli", "Henrietta Nakashima", "Rashid Qureshi-Bell", "Solange Pelletier-Nadeau", "Eamon Rourke"]

GA_EN = ("The {title} is accountable for the leadership, planning and delivery of {area}, and for the provision of "
         "timely, evidence-based advice to senior management and central agencies on related issues.")
GA_FR = ("Le ou la titulaire du poste de {title_fr} est responsable de la direction, de la planification et de la "
         "prestation de {area_fr}, et de la prestation de conseils opportuns et fondés sur des données probantes à la "
         "haute direction et aux organismes centraux.")

SPEC_EN = [
    "Directs the development and implementation of strategies, plans and operational frameworks for the directorate.",
    "Provides strategic advice and briefings to the Director General, the Assistant Deputy Minister and departmental committees.",
    "Manages the human, financial and material resources of the directorate in accordance with departmental policies.",
    "Establishes and maintains partnerships with other federal departments, provinces, territories and Indigenous organizations.",
    "Represents the department in national and international fora and negotiates arrangements with stakeholders.",
    "Oversees performance measurement, risk management and reporting on the results of the programs under the position's responsibility.",
    "Leads the preparation of Cabinet documents, Treasury Board submissions and responses to parliamentary inquiries.",
    "Fosters a healthy, inclusive and bilingual workplace and supports the development of employees and managers.",
    "Ensures the integrity and quality of the data, advice and services produced by the directorate.",
    "Contributes, as a member of the senior management team, to corporate planning and decision-making.",
]
SPEC_FR = [
    "Dirige l'élaboration et la mise en œuvre des stratégies, des plans et des cadres opérationnels de la direction.",
    "Fournit des conseils stratégiques et des séances d'information au directeur général, au sous-ministre adjoint et aux comités ministériels.",
    "Gère les ressources humaines, financières et matérielles de la direction conformément aux politiques ministérielles.",
    "Établit et entretient des partenariats avec d'autres ministères fédéraux, les provinces, les territoires et les organisations autochtones.",
    "Représente le Ministère dans des forums nationaux et internationaux et négocie des ententes avec les intervenants.",
    "Supervise la mesure du rendement, la gestion des risques et la production de rapports sur les résultats des programmes.",
    "Dirige la préparation des documents du Cabinet, des présentations au Conseil du Trésor et des réponses aux demandes parlementaires.",
    "Favorise un milieu de travail sain, inclusif et bilingue et appuie le perfectionnement des employés et des gestionnaires.",
    "Assure l'intégrité et la qualité des données, des avis et des services produits par la direction.",
]
NS_EN = ("The position operates in a complex environment shaped by changing ecosystems, climate change, the expectations of "
         "harvesters, Indigenous communities and the public, and the department's obligations under the Fisheries Act, the "
         "Oceans Act and the Species at Risk Act. Decisions taken by the incumbent have direct consequences for the "
         "sustainability of aquatic resources and for the communities that depend on them.")
NS_FR = ("Le poste s'inscrit dans un environnement complexe marqué par l'évolution des écosystèmes, les changements climatiques, "
         "les attentes des pêcheurs, des communautés autochtones et du public, ainsi que par les obligations du Ministère en "
         "vertu de la Loi sur les pêches, de la Loi sur les océans et de la Loi sur les espèces en péril.")
AREA_FR = {
    "dgfrm": "cadres nationaux de gestion des pêches, de la délivrance des permis, de l'allocation et des programmes des pêches autochtones",
    "lrw": "programmes de relations de travail, de gestion de l'invalidité et de mieux-être en milieu de travail",
    "rdsqc": "programme scientifique de la région du Québec à l'Institut Maurice-Lamontagne",
    "fmgulf": "la gestion des pêches dans le sud du golfe du Saint-Laurent",
    "opol": "la politique nationale sur les océans, la stratégie de l'économie bleue et la planification spatiale marine",
    "rdsgulf": "programme scientifique de la région du Golfe pour le sud du golfe du Saint-Laurent",
    "ais": "programme national des espèces aquatiques envahissantes, y compris la lutte contre la lamproie marine dans les Grands Lacs",
    "mpcpac": "zones de protection marine et de la planification spatiale marine dans la région du Pacifique",
    "rdgmar": "l'ensemble des programmes du Ministère dans la région des Maritimes",
    "dgcp": "programme national des agents des pêches",
    "rdgqc": "la prestation des programmes du Ministère dans la région du Québec",
    "rdspac": "programme scientifique de la région du Pacifique",
}
