"""blind12: what the extraction tool wrote when it could structure a document (seeds 000 and 001:
Markdown in a .txt file), a structured part followed by the scan, and Markdown written by
document converters (.md)."""
from __future__ import annotations

from fmt12 import COLS, H, KV, L, P, PAGE, PS, RAW, SIG, T, truth

# --- Statistics Canada, Agriculture Division (the Word file is in docs_word; this is its conversion) ---

STATCAN_REPORTS = [("Assistant Director, Census of Agriculture", "EC-07", 34),
                   ("Chief, Crop and Livestock Surveys", "EC-06", 22),
                   ("Chief, Farm Financial Statistics", "EC-06", 15),
                   ("Chief, Agriculture Data Integration", "EC-06", 12)]
STATCAN_FIELDS = [("Title", "Director, Agriculture Division"), ("Job Code Number", "100847"),
                  ("Group/Level", "EX-01"), ("Position No.", "12766"), ("Effective", "May 5, 2014"),
                  ("Field", "Economic Statistics"), ("Branch", "Agriculture, Technology and Transportation Statistics"),
                  ("Location", "Ottawa, Ontario"), ("Supervisor - Position Number", "12980"),
                  ("Supervisor - Position Title",
                   "Director General, Agriculture, Technology and Transportation Statistics Branch"),
                  ("Supervisor - Group/Level", "EX-03")]
STATCAN_GA = ("The Director, Agriculture Division is accountable for the production and dissemination of "
              "Statistics Canada's agriculture statistics program, including the quinquennial Census of "
              "Agriculture, the crop, livestock and farm financial surveys and the integration of administrative "
              "data, so that governments, the agriculture industry and researchers have relevant, accurate and "
              "timely information on Canadian agriculture.")
STATCAN_NS = """
Statistics Canada is the national statistical office and operates under the Statistics Act, which sets out its
mandate to collect, compile, analyse and publish statistical information on the economic, social and general
conditions of the country, and protects the confidentiality of the information provided by respondents. The
Agriculture Division is one of the largest subject-matter divisions of the Agency and is responsible for one of
its oldest programs.

The Census of Agriculture is conducted every five years with the Census of Population and is the only source of
comprehensive information on the number and characteristics of farms, farm operators and agricultural
practices in every community in Canada. Between censuses, the Division conducts some thirty surveys a year on
field crops, livestock, farm income and expenses, many of them in partnership with Agriculture and Agri-Food
Canada and the provincial ministries of agriculture, which fund part of the program and depend on its results
for the design and evaluation of farm support programs.

The Director must maintain the quality of the program at a time when response rates to voluntary farm surveys
are falling and the burden on farm operators is a public concern. The Division is replacing survey questions
with administrative and remote sensing data, such as crop insurance records and satellite imagery, which
requires new methods, new partnerships and changes to the skills of staff. Results are released on fixed dates
in The Daily and are closely watched by commodity markets, so errors or delays have immediate consequences.
"""
STATCAN_ACTS = [
    "Plans, directs and manages the Census of Agriculture and the Division's survey and administrative data "
    "programs, ensuring that quality, timeliness and confidentiality standards are met.",
    "Negotiates and manages cost-recovery agreements with Agriculture and Agri-Food Canada, provincial "
    "ministries and other partners, and consults users on their information needs.",
    "Leads the integration of administrative and remote sensing data into the agriculture statistics program "
    "to reduce response burden.",
    "Approves the release of the Division's statistical products and represents the Agency in the media on "
    "agriculture statistics.",
    "Represents Statistics Canada at federal-provincial committees on agriculture statistics and in "
    "international organizations such as the FAO and the OECD.",
    "Contributes to the Agency's corporate planning, methodology and informatics committees.",
    "Manages the Division's human, financial and material resources, including the temporary staff hired for "
    "census collection and processing.",
]


def statcan_md_2014() -> dict:
    blocks = [
        H("Position Details"),
        KV(STATCAN_FIELDS),
        H("General Accountability"),
        P(STATCAN_GA),
        H("Organization Structure"),
        P("The Director, Agriculture Division is one of four directors reporting to the Director General, "
          "Agriculture, Technology and Transportation Statistics Branch."),
        H("Reporting to the Director are:", level=2),
        KV([("Assistant Director, Census of Agriculture (EC-07, 34 FTEs)",
             "responsible for the planning, collection, processing and dissemination of the Census of Agriculture."),
            ("Chief, Crop and Livestock Surveys (EC-06, 22 FTEs)",
             "responsible for the field crop, livestock and specialty crop survey programs."),
            ("Chief, Farm Financial Statistics (EC-06, 15 FTEs)",
             "responsible for farm income, farm expenses and the agriculture economic accounts."),
            ("Chief, Agriculture Data Integration (EC-06, 12 FTEs)",
             "responsible for the use of administrative and remote sensing data in the program.")], labels=False),
        H("Nature and Scope"),
        *[P(x) for x in STATCAN_NS.strip().split("\n\n")],
        H("Dimensions"),
        KV([("FTEs", "86"), ("Salary", "$6.72M"), ("O&M", "$1.18M"), ("Total", "$7.9M")]),
        H("Specific Accountabilities"),
        L(STATCAN_ACTS, "num"),
    ]
    return dict(
        key="statcan-agri-2014-md", kind="markdown", lang="en", fmt="md-seed", year=2014, blocks=blocks,
        form_of="statcan-agri-2014-docx",
        render=dict(top="# Job Description"),
        truth=truth(title="Director, Agriculture Division", cls="EX-01", job="100847", pos="12766", eff="2014-05-05",
                    sup=("12980", "Director General, Agriculture, Technology and Transportation Statistics Branch",
                         "EX-03"), reports=STATCAN_REPORTS, salary=6720000, om=1180000, total=7900000,
                    loc="Ottawa, Ontario", fte=86),
        people=[],
    )


# --- Citizenship and Immigration Canada, CPC Vegreville: the 1999 scan and the 2002 revision ---------

VEG_NS_1999 = """
The Case Processing Centre in Vegreville was established in 1994 to centralize the processing of in-Canada
applications that do not require an interview, such as the extension of visitor status, student and work
authorizations and applications for permanent residence from within Canada. It serves clients across the country
by mail, and its decisions are made on paper files under the Immigration Act and Regulations.

Volumes have grown faster than resources, and processing times are a source of complaints from clients, Members
of Parliament and immigration lawyers. The Director must set priorities among lines of business, organize the
work for high volume and consistency, and ensure that officers apply the law fairly while detecting fraud.

The Centre is one of the largest employers in Vegreville, a town of about 5,500 people, and the Director is the
Department's representative in the community. The introduction of a new processing system and the preparations
for the year 2000 add to the demands on the Centre's management.
"""
VEG_ACTS = [
    "Directs the processing of in-Canada applications assigned to the Centre in accordance with the legislation, "
    "policies and service standards.",
    "Plans the Centre's operations, forecasts volumes and allocates staff among lines of business.",
    "Ensures the quality and consistency of decisions and the detection of fraud and misrepresentation.",
    "Implements new processing systems and procedures in cooperation with national headquarters.",
    "Responds to enquiries from Members of Parliament, clients and their representatives on complex cases.",
    "Represents the Department in the community and with local partners.",
    "Manages the human, financial and material resources of the Centre.",
]


def cic_vegreville_1999() -> dict:
    reports = [("Assistant Director, Operations", "PM-06", 196),
               ("Manager, Quality and Systems Support", "CS-03", 14),
               ("Manager, Administration and Finance", "AS-05", 12)]
    blocks = [
        RAW("Citizenship and Citoyenneté et\nImmigration Canada Immigration Canada"),
        H("WORK DESCRIPTION"),
        KV([("POSITION", "Director, Case Processlng Centre Vegreville"), ("CLASS", "EX-0l"),
            ("POSITION NO", "52110"), ("EFFECTIVE", "1999-02-01"), ("LOCATION", "Vegreville, Alberta"),
            ("REPORTS TO", "Director General, Case Processing Centres (EX-02)")], mode="grid"),
        H("OVERALL RESPONSIBILITY"),
        P("The Director is responsible for the management of the Case Processing Centre in Vegreville, which "
          "processes in-Canada immigration applications for clients across Canada, and for the quality, "
          "consistency and timeliness of the decisions taken by the Centre."),
        H("ORGANIZATION"),
        T(["Subordinate positions", "Level", "PY"],
          [["Assistant Director, Operations", "PM-06", "196"], ["Manager, Quality and Systems Support", "CS-03", "14"],
           ["Manager, Administration and Finance", "AS-05", "12"]]),
        H("NATURE AND SCOPE"),
        *PS(VEG_NS_1999),
        H("DIMENSIONS"),
        KV([("Person-years", "228"), ("Salaries", "$8.4M"), ("O&M", "$2.95M"), ("Total", "$11.35M"),
            ("Applications processed", "approx. 310,000 per year")], mode="grid"),
        H("KEY RESPONSIBILITIES"),
        L(VEG_ACTS, "num"),
        SIG("Incumbent Nadia Petrenko-Walsh _______ Date 99/03/15", "Director General _______________"),
    ]
    return dict(
        key="cic-vegreville-1999", kind="ocr", lang="en", fmt="ocr", year=1999, blocks=blocks,
        render=dict(runon=False, banner=True, rate=0.035, joins=0.012, bullet="o", width=90, per_page=58,
                    footer=lambda i, n: f"CPC-V  {i}/{n}"),
        truth=truth(title="Director, Case Processing Centre Vegreville", cls="EX-01", pos="52110", eff="1999-02-01",
                    sup=(None, "Director General, Case Processing Centres", "EX-02"), reports=reports,
                    salary=8400000, om=2950000, total=11350000, loc="Vegreville, Alberta", fte=228),
        people=["Nadia Petrenko-Walsh"],
    )


def cic_vegreville_2002() -> dict:
    reports = [("Assistant Director, Operations", "PM-06", 238), ("Manager, Quality and Systems Support", "CS-03", 17),
               ("Manager, Administration and Finance", "AS-05", 11), ("Manager, Human Resources", "PE-04", 6)]
    blocks = [
        H("Position Details"),
        KV([("Job Title", "Director, Case Processing Centre Vegreville"), ("Group and Level", "EX-01"),
            ("Position No.", "52110"), ("Job Code", "EXV-1101"), ("Effective Date", "June 28, 2002"),
            ("Sector", "Operations"), ("Location", "Vegreville, Alberta")]),
        H("General Accountability"),
        P("Accountable for the management of the Case Processing Centre in Vegreville, which decides in-Canada "
          "applications under the Immigration and Refugee Protection Act for clients across Canada, and for the "
          "quality, integrity and timeliness of these decisions."),
        H("Structure"),
        P("The Director reports to the Director General, In-Canada Processing (EX-03), and has four direct "
          "reports:"),
        L(["**Assistant Director, Operations (PM-06):** 238 FTEs; directs the processing units for temporary "
           "residents and permanent residence applications.",
           "**Manager, Quality and Systems Support (CS-03):** 17 FTEs; quality assurance, systems support and the "
           "implementation of new processing systems.",
           "**Manager, Administration and Finance (AS-05):** 11 FTEs; finance, mail and file management, "
           "facilities.",
           "**Manager, Human Resources (PE-04):** 6 FTEs; staffing, labour relations and training for the Centre."],
          "bullet"),
        H("Nature and Scope"),
        *PS("""
The coming into force of the Immigration and Refugee Protection Act on June 28, 2002 changes the rules the Centre
applies to nearly every type of application and introduces new lines of business, including the spouses and
common-law partners in Canada class. The Director must lead the transition of procedures, training and systems
while maintaining service to clients and the integrity of decisions.

The Centre processes more than 350,000 applications a year. Volumes have grown faster than resources, and
processing times are a source of complaints from clients, Members of Parliament and immigration lawyers. The
Director sets priorities among lines of business, organizes the work for high volume and consistency, and ensures
that officers apply the law fairly while detecting fraud and misrepresentation.

The Centre is one of the largest employers in Vegreville, a town of about 5,500 people, and the Director is the
Department's representative in the community. Heightened security screening following the events of September
2001 adds to the complexity of the Centre's work.
"""),
        H("Dimensions"),
        KV([("FTEs", "272"), ("Salary", "$10.92 million"), ("O&M", "$3.48 million"), ("Total", "$14.4 million")]),
        H("Key Accountabilities"),
        L(VEG_ACTS[:4] + ["Leads the implementation of the Immigration and Refugee Protection Act in the Centre's "
                          "procedures, training and systems."] + VEG_ACTS[4:], "num"),
        H("Certification"),
        P("**Director General, In-Canada Processing**"),
    ]
    return dict(
        key="cic-vegreville-2002", kind="markdown", lang="en", fmt="md-seed", year=2002, blocks=blocks,
        render=dict(top="# Job Description"),
        truth=truth(title="Director, Case Processing Centre Vegreville", cls="EX-01", job="EXV-1101", pos="52110",
                    eff="2002-06-28", sup=(None, "Director General, In-Canada Processing", "EX-03"),
                    reports=reports, salary=10920000, om=3480000, total=14400000, loc="Vegreville, Alberta",
                    fte=272),
        people=[],
    )


def ps_emergency_2015() -> dict:
    reports = [("Director, Emergency Management Policy and Planning", "EX-01", None),
               ("Director, National Exercise Program", "EX-01", None), ("Director, Recovery Programs", "EX-01", None),
               ("Senior Advisor", "EC-07", None)]
    blocks = [
        H("Position Details"),
        KV([("Position", "Director General, Emergency Management Planning"), ("Level", "EX-03"),
            ("Position ID", "30468"), ("Job ID", "104552"), ("Effective Date", "March 2, 2015"),
            ("Branch", "Emergency Management and Programs Branch"), ("Location", "Ottawa, Ontario"),
            ("Reports To", "Assistant Deputy Minister, Emergency Management and Programs Branch"),
            ("Supervisor Level", "EX-05"), ("Supervisor Position ID", "30012")]),
        H("General Accountability"),
        P("The Director General, Emergency Management Planning is accountable for the federal emergency "
          "management policy framework and the Federal Emergency Response Plan, for the National Exercise "
          "Program, and for the Disaster Financial Assistance Arrangements and other recovery programs, in order "
          "to strengthen the ability of the Government of Canada and its partners to prevent, prepare for, "
          "respond to and recover from disasters."),
        H("Organization Structure"),
        P("The Director General is one of four directors general reporting to the Assistant Deputy Minister, "
          "Emergency Management and Programs Branch. The following positions report to the Director General:"),
        L(["Director, Emergency Management Policy and Planning (EX-01)",
           "Director, National Exercise Program (EX-01)",
           "Director, Recovery Programs (EX-01)",
           "Senior Advisor (EC-07)"], "bullet"),
        H("Nature and Scope"),
        *PS("""
Under the Emergency Management Act, the Minister of Public Safety is responsible for exercising leadership
relating to emergency management in Canada by coordinating, among government institutions and in cooperation
with the provinces and other entities, emergency management activities. Each federal minister is responsible for
identifying the risks within his or her area of accountability and preparing emergency management plans.

The Director General leads the policy work that gives effect to these responsibilities: the Emergency Management
Framework for Canada agreed with provinces and territories, the all-hazards risk assessment methodology, and the
guidance and review of the emergency management plans of federal institutions. The Directorate General also
maintains the Federal Emergency Response Plan and its supporting plans, and designs and conducts national and
international exercises that test them.

Disasters such as the 2013 Alberta floods and the Lac-Mégantic derailment have increased the demands on the
Disaster Financial Assistance Arrangements, through which the federal government reimburses provinces and
territories for a share of response and recovery costs. Payments can reach several hundred million dollars in a
year, and the Director General must ensure that claims are audited and paid with rigour and in a timely way
while the arrangements are modernized.
"""),
        H("Dimensions"),
        KV([("FTEs", "56"), ("Salary", "$5,480,000"), ("O&M", "$760,000"), ("Total", "$6,240,000"),
            ("DFAA payments (2014-15)", "$343,000,000")]),
        H("Specific Accountabilities"),
        L(["Leads the development of federal emergency management policy and of the Emergency Management Framework "
           "for Canada with provinces and territories.",
           "Maintains the Federal Emergency Response Plan and oversees the emergency management plans of federal "
           "institutions.",
           "Directs the National Exercise Program and the lessons-learned process following exercises and real "
           "events.",
           "Directs the Disaster Financial Assistance Arrangements and the modernization of federal recovery "
           "programs.",
           "Represents the Department at federal-provincial-territorial senior officials' committees on emergency "
           "management.",
           "Provides advice to the ADM, the Deputy Minister and the Minister on emergency management issues.",
           "Manages the Directorate General's human, financial and material resources."], "num"),
    ]
    return dict(
        key="ps-emergency-2015", kind="markdown", lang="en", fmt="md-seed", year=2015, blocks=blocks,
        render=dict(top="# Job Description"),
        truth=truth(title="Director General, Emergency Management Planning", cls="EX-03", job="104552", pos="30468",
                    eff="2015-03-02",
                    sup=("30012", "Assistant Deputy Minister, Emergency Management and Programs Branch", "EX-05"),
                    reports=reports, salary=5480000, om=760000, total=6240000, loc="Ottawa, Ontario", fte=56),
        people=[],
    )


def ic_spectrum_2004() -> dict:
    reports = [("District Director, Toronto", "EG-07", 24), ("District Director, Southwestern Ontario", "EG-07", 14),
               ("District Director, Eastern and Northern Ontario", "EG-07", 12),
               ("Manager, Regional Spectrum Engineering", "EN-ENG-05", 8)]
    blocks = [
        H("Position Information"),
        KV([("Title of Position", "Regional Director, Spectrum Management Operations, Ontario Region"),
            ("EX Level", "EX-01"), ("Position #", "IC-20554"), ("Effective Date", "2004-01-19"),
            ("Location", "Toronto, Ontario")]),
        H("Reporting Relationship"),
        P("The Regional Director reports to the Regional Executive Director, Ontario Region (EX-02)."),
        H("Purpose"),
        P("Directs the delivery of Industry Canada's spectrum management and telecommunications program in "
          "Ontario: radio licensing and authorization, spectrum monitoring and interference resolution, "
          "inspections and enforcement, and engineering support, so that radio users can operate without harmful "
          "interference and the Radiocommunication Act is respected."),
        H("Organization"),
        T(["Position", "Classification", "FTEs"],
          [["District Director, Toronto", "EG-07", "24"], ["District Director, Southwestern Ontario", "EG-07", "14"],
           ["District Director, Eastern and Northern Ontario", "EG-07", "12"],
           ["Manager, Regional Spectrum Engineering", "EN-ENG-05", "8"]]),
        H("Nature and Scope"),
        *PS("""
Ontario has the largest concentration of radio licences in Canada, with the dense urban spectrum environment of
the Greater Toronto Area and the border areas of Windsor, Niagara and the St. Lawrence, where frequencies must be
coordinated with the United States. The growth of cellular and wireless services, the auction of spectrum
licences and the transition to digital broadcasting increase the demand for engineering analysis and the
resolution of interference complaints.

The Regional Director must apply national spectrum policies consistently while responding quickly to emergency
interference affecting public safety, aviation and marine communications. Enforcement actions against
unlicensed operators and equipment that does not meet standards may lead to seizures and prosecutions, and must
be carried out with rigour. The Regional Director also consults with major carriers, broadcasters, public safety
agencies and municipalities on antenna siting, an issue of growing concern to the public.
"""),
        H("Dimensions"),
        KV([("FTEs", "63"), ("Salary", "$4.05M"), ("O&M", "$980K"), ("Total", "$5.03M"),
            ("Licence fee revenue collected in the Region", "$96M")]),
        H("Key Duties"),
        L(["Directs the spectrum management operations of the four districts of the Ontario Region.",
           "Ensures the timely issuance of radio authorizations and the resolution of interference.",
           "Directs inspection and enforcement activities under the Radiocommunication Act.",
           "Coordinates frequency use with the United States in border areas.",
           "Consults with industry, public safety agencies and municipalities on spectrum and antenna siting "
           "issues.",
           "Advises headquarters on the regional implications of spectrum policies and auctions.",
           "Manages the human, financial and material resources of the Region's spectrum program."], "num"),
    ]
    return dict(
        key="ic-spectrum-2004", kind="markdown", lang="en", fmt="md-seed", year=2004, blocks=blocks,
        render=dict(top="# Job Description"),
        truth=truth(title="Regional Director, Spectrum Management Operations, Ontario Region", cls="EX-01",
                    pos="IC-20554", eff="2004-01-19",
                    sup=(None, "Regional Executive Director, Ontario Region", "EX-02"), reports=reports,
                    salary=4050000, om=980000, total=5030000, loc="Toronto, Ontario", fte=63),
        people=[],
    )


def cfia_quebec_2013() -> dict:
    reports = [("Directeur régional, Inspection des aliments", "EX-01", 214),
               ("Directeur régional, Santé des animaux et protection des végétaux", "EX-01", 167),
               ("Gestionnaire, Planification et rendement", "CO-02", 8),
               ("Conseillère principale, Relations avec les intervenants", "PM-06", 2)]
    blocks = [
        H("Détails du poste"),
        KV([("Titre du poste", "Directeur exécutif, Centre opérationnel du Québec"),
            ("Groupe et niveau", "EX-02"), ("Numéro de poste", "À déterminer"), ("Code d'emploi", "EX-CFIA-0214"),
            ("Date de prise d'effet", "2 décembre 2013"), ("Direction générale", "Opérations"),
            ("Lieu", "Montréal (Québec)"), ("Relève de", "Vice-président, Opérations"),
            ("Niveau du poste du superviseur", "EX-05")]),
        H("Responsabilités générales"),
        P("Le directeur exécutif est responsable de la prestation, au Québec, de l'ensemble des programmes "
          "d'inspection de l'Agence en matière de salubrité des aliments, de santé des animaux et de protection "
          "des végétaux, de la gestion des urgences dans ces domaines et de la représentation de l'Agence auprès "
          "du gouvernement du Québec, de l'industrie et des autres partenaires."),
        H("Structure organisationnelle"),
        P("Le directeur exécutif est l'un des quatre directeurs exécutifs relevant du vice-président, "
          "Opérations. Les postes suivants relèvent du directeur exécutif :"),
        L(["**Directeur régional, Inspection des aliments (EX-01, 214 ETP) :** inspection des établissements "
           "de viandes, de poisson, de produits laitiers et d'aliments transformés.",
           "**Directeur régional, Santé des animaux et protection des végétaux (EX-01, 167 ETP) :** programmes de "
           "lutte contre les maladies animales, bien-être des animaux en transport, phytoprotection et "
           "certification des exportations.",
           "**Gestionnaire, Planification et rendement (CO-02, 8 ETP) :** planification opérationnelle, mesure du "
           "rendement et gestion des ressources.",
           "**Conseillère principale, Relations avec les intervenants (PM-06, 2 ETP) :** relations avec le "
           "MAPAQ, les associations de l'industrie et les médias régionaux."], "bullet"),
        H("Nature et étendue"),
        *PS("""
L'Agence canadienne d'inspection des aliments est le plus important organisme fédéral de réglementation à
vocation scientifique. Le Québec compte une part importante des établissements agréés par le gouvernement
fédéral, notamment dans les secteurs des viandes, des produits laitiers et de l'érable, ainsi que les ports et
aéroports par lesquels entrent de nombreux produits importés.

Le directeur exécutif dirige la mise en oeuvre du modèle d'inspection amélioré et des nouvelles exigences de la
Loi sur la salubrité des aliments au Canada, adoptée en 2012. Il doit concilier les attentes du public en
matière de salubrité, la compétitivité de l'industrie et la disponibilité des ressources, dans un contexte où
chaque rappel d'aliments ou éclosion de maladie animale attire l'attention des médias et des élus.

En situation d'urgence, comme une éclosion d'influenza aviaire ou un rappel majeur, le directeur exécutif
dirige l'intervention de l'Agence au Québec, en coordination avec le ministère de l'Agriculture, des Pêcheries
et de l'Alimentation du Québec, les autres ministères fédéraux et l'industrie.
"""),
        H("Dimensions"),
        KV([("ETP", "395"), ("Salaires", "31,4 M$"), ("F et E", "4,6 M$"), ("Total", "36 M$")]),
        H("Responsabilités spécifiques"),
        L(["Dirige la prestation des programmes d'inspection de l'Agence au Québec et veille au respect des normes "
           "nationales.",
           "Dirige l'intervention de l'Agence lors des urgences en santé animale, en phytoprotection et en "
           "salubrité des aliments.",
           "Met en oeuvre les réformes de l'inspection et les nouvelles exigences réglementaires.",
           "Entretient des relations avec le gouvernement du Québec, l'industrie et les associations de "
           "consommateurs.",
           "Conseille le vice-président sur les enjeux opérationnels et réglementaires de la région.",
           "Participe au comité de gestion des Opérations et aux décisions nationales sur les ressources.",
           "Gère les ressources humaines, financières et matérielles du Centre opérationnel."], "num"),
    ]
    return dict(
        key="cfia-quebec-2013", kind="markdown", lang="fr", fmt="md-seed", year=2013, blocks=blocks,
        render=dict(top="# Description de travail"),
        truth=truth(title="Directeur exécutif, Centre opérationnel du Québec", cls="EX-02", job="EX-CFIA-0214",
                    pos=None, prov="À déterminer", eff="2013-12-02", sup=(None, "Vice-président, Opérations", "EX-05"),
                    reports=reports, salary=31400000, om=4600000, total=36000000, loc="Montréal, Québec", fte=395),
        people=[],
    )


def ccg_western_2011() -> dict:
    reports = [("Superintendent, Marine Communications and Traffic Services", None, 148),
               ("Superintendent, Aids to Navigation and Waterways", None, 71),
               ("Superintendent, Search and Rescue", None, 34),
               ("Superintendent, Environmental Response", None, 22),
               ("Manager, Business Support", None, 7)]
    structured = ("# Job Description\n\n## Position Details\n\n"
                  "*   **Position Title:** Regional Director, Maritime Services, Western Region\n"
                  "*   **Classification:** EX-02\n"
                  "*   **Location:** Victoria, British Columbia\n")
    blocks = [
        RAW("Fisheries and Oceans Pêches et Océans\nCanadian Coast Guard Garde côtière canadienne"),
        H("EXECUTIVE POSITION PROFILE"),
        KV([("Position Title", "Regional Director, Maritime Services, Western Region"), ("Level", "EX-O2"),
            ("Position No", "CCG-W-0217"), ("Effective", "01-APR-2011"), ("Location", "Victoria, B.C."),
            ("Supervisor", "Assistant Commissioner, Western Region (EX-03)")]),
        H("GENERAL ACCOUNTABILITY"),
        P("Accountable for the delivery of the Coast Guard's maritime services in British Columbia and the Yukon: "
          "marine communications and traffic services, aids to navigation and waterways management, search and "
          "rescue coordination and environmental response, to ensure the safe and efficient movement of "
          "vessels and the protection of the marine environment on the Pacific coast."),
        H("ORGANIZATION STRUCTURE"),
        P("The Regional Director is one of three regional directors reporting to the Assistant Commissioner, "
          "Western Region. The following positions report to the Regional Director: Superintendent, Marine "
          "Communications and Traffic Services (148 FTEs); Superintendent, Aids to Navigation and Waterways "
          "(71 FTEs); Superintendent, Search and Rescue (34 FTEs); Superintendent, Environmental Response (22 "
          "FTEs); Manager, Business Support (7 FTEs)."),
        H("NATURE AND SCOPE"),
        *PS("""
The Pacific coast of Canada is more than 27,000 kilometres long, with heavy traffic of container ships, tankers,
cruise ships, ferries, fishing and recreational vessels converging on the ports of Vancouver and Prince Rupert.
The Regional Director's services operate around the clock: marine communications centres monitor traffic and
distress frequencies, search and rescue is coordinated with the Canadian Forces at the Joint Rescue Coordination
Centre in Victoria, and environmental response teams stand ready for spills.

The consolidation of marine communications centres, the renewal of aging aids to navigation and the growth of
tanker traffic raise public and First Nations concerns that the Regional Director must address in consultations
with communities, industry and the Province. Decisions on service levels have direct consequences for the safety
of mariners and are closely scrutinized by the media.
"""),
        H("DIMENSIONS"),
        KV([("FTEs", "282"), ("Salary", "$21.3M"), ("O&M", "$9.75M"), ("Total", "$31.05M")]),
        H("SPECIFIC ACCOUNTABILITIES"),
        L(["Directs the delivery of maritime services in the Western Region according to national service "
           "standards;",
           "Ensures the continuous operation of marine communications and traffic services centres;",
           "Directs the maintenance of aids to navigation and waterways management;",
           "Ensures readiness for search and rescue and environmental response;",
           "Consults with First Nations, industry and communities on service changes;",
           "Manages the human, financial and material resources of Maritime Services."], "num"),
        H("SIGNATURES"),
        SIG("Assistant Commissioner ______________ Date ______", "Incumbent: Gregory Tallman-Oye"),
    ]
    return dict(
        key="ccg-western-2011", kind="markdown+ocr", lang="en", fmt="ocr", year=2011, blocks=blocks,
        render=dict(runon=True, banner=True, structured=structured, rate=0.03, joins=0.01, bullet="e",
                    page_prefix=lambda i, n: str(i) if i > 1 else None,
                    footer=lambda i, n: "RD Maritime Services WR"),
        truth=truth(title="Regional Director, Maritime Services, Western Region", cls="EX-02", pos="CCG-W-0217",
                    eff="2011-04-01", sup=(None, "Assistant Commissioner, Western Region", "EX-03"),
                    reports=reports, salary=21300000, om=9750000, total=31050000,
                    loc=["Victoria, British Columbia", "Victoria, B.C."], fte=282),
        people=["Gregory Tallman-Oye"],
    )


# --- Markdown written by converters (.md) -----------------------------------------------------------

def esdc_student_2020() -> dict:
    reports = [("Director, Program Delivery and Service Provider Oversight", "EX-01", 41),
               ("Director, Program Integrity and Accountability", "EX-01", 33),
               ("Director, Client Experience and Digital Services", "EX-01", 27),
               ("Manager, Business Planning", "AS-07", 9), ("Executive Assistant", "AS-03", 1)]
    blocks = [
        H("Executive Work Description", 1),
        KV([("Field", "Value"), ("Title", "Director General, Student Financial Assistance Program Delivery"),
            ("Group & Level", "Executive (EX-03)"), ("Job Code #", "104930"), ("Position #", "53021"),
            ("Effective date of position", ""), ("Branch", "Learning Branch"),
            ("Geographic location", "Gatineau, Quebec"),
            ("Supervisor - title", "Assistant Deputy Minister, Learning Branch"),
            ("Supervisor - classification", "EX-05"), ("Supervisor - position #", "60044")], mode="table2"),
        H("General accountability", 2),
        P("The Director General is accountable for the delivery of the Canada Student Financial Assistance "
          "Program: the oversight of the National Student Loans Service Centre operated by a service provider, "
          "the integrity of loans, grants and repayment assistance, and the client experience of students and "
          "borrowers, so that post-secondary education is accessible and affordable for Canadians."),
        H("Organization structure", 2),
        P("The Director General is one of three directors general reporting to the Assistant Deputy Minister, "
          "Learning Branch. The positions reporting directly to the Director General are:"),
        T(["Position title", "Group and level", "FTEs", "Responsibilities"],
          [["Director, Program Delivery and Service Provider Oversight", "EX-01", "41",
            "Contract management and oversight of the service provider; disbursement and repayment operations"],
           ["Director, Program Integrity and Accountability", "EX-01", "33",
            "Risk management, audit, fraud prevention and defaults"],
           ["Director, Client Experience and Digital Services", "EX-01", "27",
            "Client research, digital services and communications with borrowers"],
           ["Manager, Business Planning", "AS-07", "9", "Planning, reporting and resource management"],
           ["Executive Assistant", "AS-03", "1", "Support to the Director General"]]),
        H("Nature and scope", 2),
        *PS("""
The Canada Student Financial Assistance Program provides loans and grants to more than 600,000 students a year,
in partnership with participating provinces and territories, and manages a portfolio of outstanding loans of more
than 20 billion dollars. Loans are disbursed and repaid through a single service centre operated under contract,
whose performance the Directorate General oversees on behalf of the Government of Canada.

In 2020, the COVID-19 pandemic led the Government to double student grants, suspend repayment and interest for
six months and introduce emergency benefits for students. The Director General had to implement these measures
within weeks, while the service provider moved its employees to remote work and call volumes reached record
levels. The Directorate General must now plan the return to repayment for more than a million borrowers.

The Director General is also preparing the procurement of the next service contract, a major procurement that
will determine the program's delivery model for a decade, and leads the modernization of the program's digital
services so that students and borrowers can manage their loans on line.
"""),
        H("Dimensions", 2),
        T(["Resource", "Amount"],
          [["FTEs", "113"], ["Salary", "$11,860,000"], ["O&M (including the service provider contract)", "$52,400,000"],
           ["Total", "$64,260,000"], ["Loans and grants disbursed (2019-20)", "$4.2 billion"]]),
        H("Specific accountabilities", 2),
        L(["Oversees the performance of the service provider against the contract's service standards and "
           "financial terms.",
           "Directs the operational implementation of program changes announced by the Government, including the "
           "COVID-19 measures.",
           "Leads the integrity and risk management framework of the program.",
           "Leads the planning of the procurement of the next service contract.",
           "Directs the modernization of digital services for students and borrowers.",
           "Works with provinces and territories on the joint delivery of student financial assistance.",
           "Advises the ADM, the Deputy Minister and the Minister on program delivery issues.",
           "Manages the human and financial resources of the Directorate General."], "num"),
    ]
    return dict(
        key="esdc-student-2020", kind="markdown", lang="en", fmt="md", year=2020, blocks=blocks,
        render=dict(flavor="markitdown"),
        truth=truth(title="Director General, Student Financial Assistance Program Delivery", cls="EX-03",
                    job="104930", pos="53021", eff=None,
                    sup=("60044", "Assistant Deputy Minister, Learning Branch", "EX-05"), reports=reports,
                    salary=11860000, om=52400000, total=64260000, loc="Gatineau, Quebec", fte=113),
        people=[],
    )


def infc_integration_2023() -> dict:
    reports = [("Director, Program Policy Integration", "EX-01", 12), ("Director, Data and Performance", "EX-01", 16),
               ("Manager, Program Governance", "EC-06", 5)]
    blocks = [
        H("Work Description - Director General, Program Integration", 1),
        KV([("Position title", "Director General, Program Integration"), ("Classification", "EX-02"),
            ("Position number", "INFC-00388"), ("Job number", "EX-2023-114"),
            ("Effective date", "September 18, 2023"),
            ("Reports to", "Assistant Deputy Minister, Program Operations (EX-04), position INFC-00321"),
            ("Work location", "Ottawa, ON")], mode="colon"),
        H("Client Service Results", 2),
        P("Leadership of the integration of the Department's infrastructure funding programs, including the "
          "policy coherence of program terms and conditions, the data and performance information on the "
          "investments made, and the governance of program delivery, for the Minister, the Deputy Minister, "
          "senior management, partner departments and the provinces, territories, municipalities and Indigenous "
          "communities receiving funds."),
        H("Key Activities", 2),
        L(["Directing the alignment of terms and conditions, eligibility rules and reporting requirements across "
           "the Department's programs.",
           "Leading the collection, integration and publication of data on the projects funded, including the "
           "geospatial map of investments.",
           "Directing the performance measurement framework of the Investing in Canada Plan and reporting to "
           "Parliament and central agencies.",
           "Chairing the Department's program governance committee and advising on the design of new programs.",
           "Representing the Department at interdepartmental committees on infrastructure data and results.",
           "Managing the human and financial resources of the Directorate General."], "num"),
        H("Organizational Context", 2),
        P("The Director General reports to the Assistant Deputy Minister, Program Operations. Reporting to the "
          "Director General:"),
        L(["Director, Program Policy Integration - EX-01 - 12 FTEs",
           "Director, Data and Performance - EX-01 - 16 FTEs",
           "Manager, Program Governance - EC-06 - 5 FTEs"], "bullet"),
        H("Scope and Challenges", 2),
        *PS("""
Infrastructure Canada delivers or coordinates more than a dozen funding programs through which the federal
government invests in public transit, green infrastructure, community, culture and recreation facilities,
housing-enabling infrastructure and rural and northern communities. The programs were created at different
times, with different terms, partners and systems, which makes it difficult to give Canadians a clear account of
what has been funded and the results achieved.

The Director General must bring coherence to this portfolio without slowing the flow of funds to recipients. The
work requires negotiation with program directors general who own their programs, with central agencies that
expect better results information, and with provinces and territories that report under bilateral agreements.
The Office of the Parliamentary Budget Officer and the Auditor General have both commented on the quality of the
Department's data, which keeps the file in the public eye.
"""),
        H("Dimensions", 2),
        KV([("FTEs", "38"), ("Salary", "$4.21M"), ("O&M", "$385K"), ("Total", "$4.595M")], mode="colon"),
        H("Approval", 2),
        P("Approved by the Assistant Deputy Minister, Program Operations, on September 12, 2023."),
    ]
    return dict(
        key="infc-integration-2023", kind="markdown", lang="en", fmt="md", year=2023, blocks=blocks,
        render=dict(flavor="pandoc"),
        truth=truth(title="Director General, Program Integration", cls="EX-02", job="EX-2023-114", pos="INFC-00388",
                    eff="2023-09-18",
                    sup=("INFC-00321", "Assistant Deputy Minister, Program Operations", "EX-04"), reports=reports,
                    salary=4210000, om=385000, total=4595000, loc="Ottawa, Ontario", fte=38),
        people=[],
    )


def ssc_datacentre_2014() -> dict:
    reports = [("Manager, Data Centre Facilities", "CS-04", 18), ("Manager, Enterprise Hosting Operations", "CS-04", 31),
               ("Manager, Mainframe Operations", "CS-04", 24), ("Team Leader, Service Management", "CS-03", 6)]
    blocks = [
        H("DESCRIPTION DE TRAVAIL / WORK DESCRIPTION", 1),
        KV([("Identification", "English / Français"),
            ("Position title / Titre du poste",
             "Director, Data Centre Operations / Directeur, Opérations des centres de données"),
            ("Classification", "EX-01"), ("Position number / Numéro de poste", "SSC-11734"),
            ("Job code / Code d'emploi", "ITS-EX-0063"),
            ("Effective date / Date d'entrée en vigueur", "2014-11-03"),
            ("Location / Lieu", "Gatineau (Québec)"),
            ("Supervisor / Superviseur",
             "Director General, Data Centre Services (EX-03) / Directeur général, Services des centres de données"),
            ("Supervisor position number / Numéro du poste du superviseur", "SSC-10020")], mode="table2"),
        H("General accountability / Responsabilités générales", 2),
        COLS([P("The Director is accountable for the continuous operation of the enterprise data centres assigned to "
                "the directorate, including facilities, hosting and mainframe services, and for the migration of "
                "departmental workloads to the new enterprise data centres.")],
             [P("Le directeur est responsable du fonctionnement continu des centres de données d'entreprise "
                "confiés à la direction, y compris les installations, l'hébergement et les services d'ordinateur "
                "central, ainsi que de la migration des charges de travail ministérielles vers les nouveaux "
                "centres de données d'entreprise.")]),
        H("Organization / Organisation", 2),
        T(["Direct reports / Subordonnés directs", "Group-level / Groupe-niveau", "FTE / ETP"],
          [["Manager, Data Centre Facilities / Gestionnaire, Installations des centres de données", "CS-04", "18"],
           ["Manager, Enterprise Hosting Operations / Gestionnaire, Opérations d'hébergement d'entreprise", "CS-04",
            "31"],
           ["Manager, Mainframe Operations / Gestionnaire, Opérations de l'ordinateur central", "CS-04", "24"],
           ["Team Leader, Service Management / Chef d'équipe, Gestion des services", "CS-03", "6"]]),
        H("Nature and scope / Nature et étendue", 2),
        COLS(PS("""
Shared Services Canada was created in 2011 to consolidate the email, data centre and network services of
forty-three departments. It inherited more than 400 data centres of varying age and reliability, many of them
in office buildings, which must be consolidated into a small number of modern enterprise data centres.

The Director operates data centres on which critical programs depend, such as benefit payments and border
services, while planning their migration. Outages are immediately visible to partner departments and to
Canadians, and the Director must manage risk carefully in an aging infrastructure.
"""), PS("""
Services partagés Canada a été créé en 2011 pour regrouper les services de courriel, de centres de données et de
réseaux de quarante-trois ministères. Il a hérité de plus de 400 centres de données d'âge et de fiabilité
variables, dont beaucoup sont situés dans des immeubles de bureaux, qui doivent être regroupés dans un petit
nombre de centres de données d'entreprise modernes.

Le directeur exploite des centres de données dont dépendent des programmes essentiels, comme le versement des
prestations et les services frontaliers, tout en planifiant leur migration. Les pannes sont immédiatement
visibles pour les ministères partenaires et les Canadiens, et le directeur doit gérer les risques avec soin.
""")),
        H("Dimensions", 2),
        T(["", "English", "Français"],
          [["FTEs / ETP", "79", "79"], ["Salary / Salaires", "$6.42M", "6,42 M$"], ["O&M / F et E", "$14.8M", "14,8 M$"],
           ["Total", "$21.22M", "21,22 M$"]]),
        H("Specific accountabilities / Responsabilités spécifiques", 2),
        L(["Directs the operation of the assigned data centres to meet the service levels agreed with partners. / "
           "Dirige l'exploitation des centres de données assignés selon les niveaux de service convenus.",
           "Plans and carries out the migration of workloads to the enterprise data centres. / Planifie et réalise "
           "la migration des charges de travail vers les centres de données d'entreprise.",
           "Manages incidents and outages and reports to partners and senior management. / Gère les incidents et "
           "les pannes et en rend compte aux partenaires et à la haute direction.",
           "Manages facility contracts and the life cycle of equipment. / Gère les contrats d'installations et le "
           "cycle de vie de l'équipement.",
           "Manages the directorate's human and financial resources. / Gère les ressources humaines et financières "
           "de la direction."], "num"),
    ]
    return dict(
        key="ssc-datacentre-2014", kind="markdown", lang="bilingual", fmt="md", year=2014, blocks=blocks,
        render=dict(flavor="markitdown"),
        truth=truth(title=["Director, Data Centre Operations", "Directeur, Opérations des centres de données"],
                    cls="EX-01", job="ITS-EX-0063", pos="SSC-11734", eff="2014-11-03",
                    sup=("SSC-10020", ["Director General, Data Centre Services",
                                       "Directeur général, Services des centres de données"], "EX-03"),
                    reports=[(["Manager, Data Centre Facilities", "Gestionnaire, Installations des centres de données"],
                              "CS-04", 18),
                             (["Manager, Enterprise Hosting Operations",
                               "Gestionnaire, Opérations d'hébergement d'entreprise"], "CS-04", 31),
                             (["Manager, Mainframe Operations", "Gestionnaire, Opérations de l'ordinateur central"],
                              "CS-04", 24),
                             (["Team Leader, Service Management", "Chef d'équipe, Gestion des services"], "CS-03", 6)],
                    salary=6420000, om=14800000, total=21220000, loc="Gatineau, Québec", fte=79),
        people=[],
    )


DOCS = [statcan_md_2014, cic_vegreville_1999, cic_vegreville_2002, ps_emergency_2015, ic_spectrum_2004,
        cfia_quebec_2013, ccg_western_2011, esdc_student_2020, infc_integration_2023, ssc_datacentre_2014]
