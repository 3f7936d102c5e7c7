"""blind12: Word files, 2005 to 2024, each department with its own form."""
from __future__ import annotations

from docs_markdown import STATCAN_ACTS, STATCAN_FIELDS, STATCAN_GA, STATCAN_NS, STATCAN_REPORTS
from fmt12 import COLS, H, KV, L, P, PAGE, PS, RAW, SIG, T, truth


def ec_storm_2009() -> dict:
    reports = [("Manager, Operational Prediction - Edmonton", "MT-06", 26),
               ("Manager, Operational Prediction - Winnipeg", "MT-06", 22),
               ("Manager, Arctic Weather and Ice Services", "MT-06", 11),
               ("Manager, Science and Technology Transfer", "MT-06", 7), ("Administrative Officer", "AS-02", 1)]
    blocks = [
        H("Environment Canada - Meteorological Service of Canada", 1),
        H("Executive Work Description", 2),
        KV([("Position title", "Director, Prairie and Arctic Storm Prediction Centre"), ("Group and level", "EX-01"),
            ("Position number", "33180"), ("Job code", "101126"), ("Effective date", "July 6, 2009"),
            ("Location", "Edmonton, Alberta"),
            ("Title of supervisor", "Director General, Weather and Environmental Operations"),
            ("Supervisor's group and level", "EX-03"), ("Supervisor's position number", "30155")], mode="table2"),
        H("General Accountability", 2),
        P("The Director is accountable for the production and delivery, twenty-four hours a day, of public, "
          "marine, aviation support and ice forecasts and severe weather warnings for Alberta, Saskatchewan, "
          "Manitoba, Nunavut and the Northwest Territories, and for the transfer of new science and technology "
          "into the Centre's operations, to reduce the impact of hazardous weather on the safety and economy of "
          "Canadians."),
        H("Organization Structure", 2),
        P("The Director is one of five storm prediction centre directors reporting to the Director General, "
          "Weather and Environmental Operations. The Centre operates from two offices, in Edmonton and "
          "Winnipeg. Reporting to the Director:"),
        L(["Manager, Operational Prediction - Edmonton (MT-06; 26 FTEs)",
           "Manager, Operational Prediction - Winnipeg (MT-06; 22 FTEs)",
           "Manager, Arctic Weather and Ice Services (MT-06; 11 FTEs)",
           "Manager, Science and Technology Transfer (MT-06; 7 FTEs)",
           "Administrative Officer (AS-02; 1 FTE)"], "bullet"),
        H("Nature and Scope", 2),
        *PS("""
The Prairie and Arctic Storm Prediction Centre is responsible for the largest forecast area of the Meteorological
Service of Canada, from the United States border to the North Pole. The prairies experience some of the most
violent summer convective weather in the country, including tornadoes, hail and flash floods, while the Arctic
presents blizzards, extreme cold and a rapidly changing ice regime that affects shipping, resource development
and the safety of northern communities.

The Centre was created by the consolidation of regional weather centres in 2003 and must continue to integrate
two offices with different practices into a single operation. The Director must maintain around-the-clock
operations with a workforce of meteorologists that is difficult to recruit and retain, while introducing new
numerical models, radar and satellite products and the automated production of forecasts.

The Director works closely with provincial and territorial emergency management organizations, NAV CANADA, the
Canadian Coast Guard and the media, who rely on the Centre's warnings to protect lives and property. Warnings
that are late or missed receive intense public attention, and the Director must be able to explain the Centre's
decisions to the public and senior officials.
"""),
        H("Dimensions", 2),
        T(["Resources", "2009-2010"], [["FTEs", "68"], ["Salary", "$5,450,000"], ["O&M", "$620,000"],
                                       ["Total", "$6,070,000"]]),
        H("Specific Accountabilities", 2),
        L(["Directs the production of forecasts and warnings for the Centre's area of responsibility according to "
           "national standards.",
           "Ensures the continuity of 24/7 operations in both offices, including contingency and backup "
           "arrangements.",
           "Leads the implementation of new forecasting systems and the transfer of research results into "
           "operations.",
           "Maintains partnerships with emergency management organizations, NAV CANADA, the Coast Guard and the "
           "media.",
           "Monitors the quality of forecasts and warnings and implements improvements.",
           "Represents the Meteorological Service in the Region and on national operational committees.",
           "Manages the Centre's human, financial and material resources."], "num"),
        H("Certification", 2),
        SIG("Incumbent: Sunita Raghunathan-Bell   Date: 2009-08-04",
            "Director General: ______________________  Date: ____________"),
    ]
    return dict(
        key="ec-storm-2009", kind="docx", lang="en", fmt="docx", year=2009, blocks=blocks,
        render=dict(heading_mode="style", list_mode="style", footer_text="Director, PASPC - EX-01"),
        file="EC - Director PASPC (EX-01) 2009.docx",
        truth=truth(title="Director, Prairie and Arctic Storm Prediction Centre", cls="EX-01", job="101126",
                    pos="33180", eff="2009-07-06",
                    sup=("30155", "Director General, Weather and Environmental Operations", "EX-03"),
                    reports=reports, salary=5450000, om=620000, total=6070000, loc="Edmonton, Alberta", fte=68),
        people=["Sunita Raghunathan-Bell"],
    )


def tc_civil_aviation_2012() -> dict:
    reports = [("Manager, Commercial and Business Aviation", "AO-CAI-04", 34),
               ("Manager, Aircraft Maintenance and Manufacturing", "TI-07", 21),
               ("Manager, Aerodromes and Air Navigation", "TI-07", 17), ("Manager, General Aviation", "AO-CAI-03", 14),
               ("Manager, Technical Program Evaluation and Coordination", "TI-07", 9)]
    blocks = [
        RAW("Transport Canada / Transports Canada"),
        H("WORK DESCRIPTION", 1),
        KV([("Position Title", "Regional Director, Civil Aviation, Prairie and Northern Region"),
            ("Classification", "EX-01"), ("Position Number", "40871"), ("Job Code", "AVN-0912"),
            ("Effective Date", "July 3, 2012"), ("Reports To", "Regional Director General, Prairie and Northern "
                                                 "Region (EX-03), position 40001"),
            ("Work Location", "Winnipeg, Manitoba")], mode="table4"),
        H("CLIENT SERVICE RESULTS", 1),
        P("Regulatory oversight of civil aviation in Manitoba, Saskatchewan, Nunavut and the Northwest Territories, "
          "through the certification, inspection and surveillance of air operators, aircraft maintenance "
          "organizations, aerodromes and aviation personnel, for the travelling public, the aviation industry and "
          "northern communities that depend on air transportation."),
        H("KEY ACTIVITIES", 1),
        L(["Directing the regional civil aviation program in accordance with the Aeronautics Act, the Canadian "
           "Aviation Regulations and national policies.",
           "Directing the implementation of safety management systems oversight of air operators and maintenance "
           "organizations.",
           "Approving the issuance, suspension or cancellation of Canadian aviation documents within delegated "
           "authorities.",
           "Directing enforcement actions and responding to serious incidents and accidents in cooperation with "
           "the Transportation Safety Board.",
           "Consulting with industry associations, northern communities and territorial governments on regulatory "
           "issues.",
           "Planning the regional surveillance program and allocating inspectors to priorities based on risk.",
           "Managing the human, financial and material resources of Civil Aviation in the Region."], "num"),
        H("SKILL", 1),
        P("Knowledge of the Aeronautics Act, the Canadian Aviation Regulations, the standards and international "
          "obligations under the Chicago Convention, of the aviation industry in the Prairies and the North, and "
          "of the management frameworks of the Government of Canada. Experience in aviation operations or "
          "engineering and in the management of a regulatory program."),
        H("EFFORT", 1),
        P("Sustained intellectual effort is required to weigh safety risks against operational and economic "
          "considerations, often under time pressure following an occurrence, and to resolve disputes between "
          "inspectors and operators."),
        H("RESPONSIBILITY", 1),
        P("Human resources: the incumbent directly supervises the Manager, Commercial and Business Aviation "
          "(AO-CAI-04, 34 FTEs), the Manager, Aircraft Maintenance and Manufacturing (TI-07, 21 FTEs), the "
          "Manager, Aerodromes and Air Navigation (TI-07, 17 FTEs), the Manager, General Aviation (AO-CAI-03, "
          "14 FTEs) and the Manager, Technical Program Evaluation and Coordination (TI-07, 9 FTEs), for a total "
          "of 98 FTEs in the Branch."),
        P("Financial resources: salary budget of $9,870,000 and operations and maintenance budget of $2,940,000, "
          "for a total of $12,810,000, including the cost of the inspection aircraft."),
        H("WORKING CONDITIONS", 1),
        P("Travel to remote northern communities and sites, sometimes in difficult weather conditions. Exposure to "
          "public and media scrutiny following accidents."),
        SIG("Employee: Trevor Wojcik-Lamarche   signature ____________________  2012-07-19",
            "Manager signature ____________________"),
    ]
    return dict(
        key="tc-civil-aviation-2012", kind="docx", lang="en", fmt="docx", year=2012, blocks=blocks,
        render=dict(heading_mode="bold", list_mode="typed", header_text="PROTECTED A when completed",
                    font="Arial"),
        file="TC_RD_CivilAviation_PNR_2012.docx",
        truth=truth(title="Regional Director, Civil Aviation, Prairie and Northern Region", cls="EX-01",
                    job="AVN-0912", pos="40871", eff="2012-07-03",
                    sup=("40001", "Regional Director General, Prairie and Northern Region", "EX-03"),
                    reports=reports, salary=9870000, om=2940000, total=12810000, loc="Winnipeg, Manitoba", fte=98),
        people=["Trevor Wojcik-Lamarche"],
    )


def aafc_lethbridge_2016() -> dict:
    reports = [("Associate Director, Research, Development and Technology", "SE-RES-04", 96),
               ("Manager, Centre Operations", "AS-06", 31), ("Manager, Research Farm", "EG-06", 24),
               ("Research Coordinator", "BI-04", 2)]
    blocks = [
        RAW("Agriculture and Agri-Food Canada | Agriculture et Agroalimentaire Canada"),
        H("Executive Position Description", 1),
        KV([("Title", "Director, Research, Development and Technology, Lethbridge"), ("Level", "EX-01"),
            ("Position No.", "80566"), ("Job No.", "102219"), ("Date Effective", "2016/04/01"),
            ("Branch", "Science and Technology Branch"), ("Centre", "Lethbridge Research and Development Centre"),
            ("City", "Lethbridge, Alberta")], mode="table4"),
        KV([("Supervisor", "Director General, Research, Development and Technology, Prairies"),
            ("Supervisor Level", "EX-03"), ("Supervisor Position No.", "80120")], mode="table4"),
        H("Purpose", 1),
        P("The Director leads the Lethbridge Research and Development Centre, one of the Department's largest "
          "research centres, and is accountable for the delivery of its research, development and technology "
          "transfer program in beef and dryland cropping systems, irrigation, soil and water, and pest "
          "management, for the management of the Centre's scientific staff, facilities, research farm and "
          "substations, and for the Centre's partnerships with industry, universities and the Province."),
        H("Organization", 1),
        P("The Director reports to the Director General, Research, Development and Technology, Prairies, and is "
          "one of six centre directors in the Prairies. Direct reports:"),
        T(["Position", "Group/Level", "FTEs"],
          [["Associate Director, Research, Development and Technology", "SE-RES-04", "96"],
           ["Manager, Centre Operations", "AS-06", "31"], ["Manager, Research Farm", "EG-06", "24"],
           ["Research Coordinator", "BI-04", "2"]]),
        H("Context", 1),
        *PS("""
Southern Alberta is one of the most important agricultural regions in Canada, with the largest concentration of
beef feedlots in the country, irrigated agriculture and extensive dryland grain production. The Lethbridge
Centre, founded in 1906, has a long record of research that has shaped farming practices in the region, and its
scientists are recognized internationally in beef production, greenhouse gas emissions from livestock and soil
conservation.

The Director must align the Centre's research with the Department's national science strategies and the
Growing Forward 2 framework, while maintaining the scientific excellence and independence expected by the
scientific community. Research increasingly depends on collaborative agreements with producer associations and
industry, which fund part of the work and expect results that are relevant to their members, and the Director
must manage these agreements with integrity.

The Centre's buildings, laboratories, barns and research farm require continuous investment. The Director must
manage an aging infrastructure, the safety of staff working with livestock, chemicals and heavy equipment, and the
Centre's biosecurity, while the Department consolidates its real property portfolio.
"""),
        H("Dimensions", 1),
        KV([("FTEs", "198"), ("Salaries", "$16.9M"), ("O&M", "$4.35M"), ("Total", "$21.25M"),
            ("Collaborative agreements (annual value)", "$3.8M")], mode="table2"),
        H("Key Responsibilities", 1),
        L(["Leads the development and implementation of the Centre's research plan within the Department's science "
           "strategies.",
           "Ensures the scientific quality of the Centre's research and the transfer of its results to "
           "producers and industry.",
           "Negotiates and manages collaborative research agreements with industry, producer associations and "
           "universities.",
           "Directs the management of the Centre's facilities, research farm and substations, including safety "
           "and biosecurity.",
           "Represents the Department in the region and in scientific fora.",
           "Manages the Centre's human, financial and material resources."], "bullet"),
        H("Signatures", 1),
        SIG("Director, RDT Lethbridge: Dr. Wendell Kaminski-Oduya", "Date: 2016-05-02",
            "DG, RDT Prairies: ______________"),
    ]
    return dict(
        key="aafc-lethbridge-2016", kind="docx", lang="en", fmt="docx", year=2016, blocks=blocks,
        render=dict(heading_mode="style", list_mode="style", font="Calibri",
                    footer_text="AAFC-STB Executive Position Description"),
        file="Lethbridge RDC Director - position description 2016.docx",
        truth=truth(title="Director, Research, Development and Technology, Lethbridge", cls="EX-01", job="102219",
                    pos="80566", eff="2016-04-01",
                    sup=("80120", "Director General, Research, Development and Technology, Prairies", "EX-03"),
                    reports=reports, salary=16900000, om=4350000, total=21250000, loc="Lethbridge, Alberta",
                    fte=198),
        people=["Wendell Kaminski-Oduya"],
    )


def parks_banff_2019() -> dict:
    reports = [("Resource Conservation Manager", "EG-07", 44), ("Visitor Experience Manager", "PM-06", 112),
               ("Asset Manager", "EN-ENG-06", 63), ("Communications and External Relations Manager", "IS-05", 6),
               ("Business Manager", "FI-03", 12)]
    blocks = [
        RAW("Parks Canada Agency"),
        H("Executive Position Description", 1),
        KV([("Position", "Field Unit Superintendent, Banff"), ("Classification", "EX-01"),
            ("Position Number", "PCA-07731"), ("Job Code", "10-EX-0138"), ("Effective", "June 17th, 2019"),
            ("Directorate", "Operations"), ("Location", "Banff, Alberta"),
            ("Reports to", "Executive Director, Mountain Parks"), ("Supervisor's Level", "EX-02"),
            ("Supervisor's Position Number", "PCA-00917")], mode="colon"),
        H("Overall Responsibility", 2),
        P("The Field Unit Superintendent is accountable for the management of Banff National Park, Canada's first "
          "and most visited national park and part of the Canadian Rocky Mountain Parks World Heritage Site, "
          "including the protection of its ecological integrity, the delivery of meaningful visitor experiences "
          "to more than four million visitors a year, the management of the park's townsite lands, highways and "
          "assets, and relations with the Town of Banff, Indigenous partners and stakeholders."),
        H("Organizational Structure", 2),
        P("The Field Unit Superintendent reports to the Executive Director, Mountain Parks, and is one of six field "
          "unit superintendents in the mountain parks. The positions reporting to the Superintendent are the "
          "Resource Conservation Manager (EG-07, 44 FTEs), the Visitor Experience Manager (PM-06, 112 FTEs), the "
          "Asset Manager (EN-ENG-06, 63 FTEs), the Communications and External Relations Manager (IS-05, 6 FTEs) "
          "and the Business Manager (FI-03, 12 FTEs)."),
        H("Nature and Scope", 2),
        *PS("""
Banff National Park receives more visitors than any other national park in Canada, and its visitation has grown
steadily since the free admission of 2017. The concentration of visitors at iconic sites such as Lake Louise,
Moraine Lake and Johnston Canyon creates congestion, safety risks and pressure on wildlife, and requires new
approaches to transportation, reservations and visitor management that are closely followed by the public and
the tourism industry.

The park contains the Town of Banff and the hamlet of Lake Louise, ski areas, the Trans-Canada Highway and the
Canadian Pacific main line, all of which affect its ecological integrity. The Superintendent must apply the
Canada National Parks Act and the park management plan to decisions on development, leasing and land use, which
are often contested by commercial operators, residents and conservation groups.

The Superintendent leads the restoration of species such as the plains bison, manages the risks of wildfire and
human-wildlife conflict, and builds relationships with the Stoney Nakoda, Tsuut'ina, Blackfoot and Métis
communities whose history is tied to the park. The field unit's asset portfolio, including highways, bridges,
campgrounds and buildings, is valued in the billions of dollars and requires continuous investment.
"""),
        H("Dimensions", 2),
        KV([("FTEs (including seasonal)", "318.5"), ("Salary", "$24.6M"), ("O&M", "$11.9M"), ("Total", "$36.5M"),
            ("Revenues (entry and service fees)", "$58M")], mode="colon"),
        H("Specific Accountabilities", 2),
        L(["Directs the protection and restoration of the park's ecological integrity and cultural resources.",
           "Directs the delivery of visitor experience programs and the management of visitor use and safety.",
           "Approves development and land use decisions within the authorities delegated under the Canada National "
           "Parks Act.",
           "Directs the management and investment plans for the field unit's assets, including highways and "
           "townsite infrastructure.",
           "Builds and maintains relationships with Indigenous communities, the Town of Banff, the tourism industry "
           "and stakeholders.",
           "Leads the implementation and review of the park management plan.",
           "Manages the human, financial and material resources of the field unit, including seasonal staff."],
          "num"),
        H("Approval", 2),
        SIG("Executive Director, Mountain Parks ______________________", "Date ____________"),
    ]
    return dict(
        key="parks-banff-2019", kind="docx", lang="en", fmt="docx", year=2019, blocks=blocks,
        render=dict(heading_mode="style", list_mode="style", font="Calibri", title_prop="Position Description"),
        file="FUS Banff - EX01 - 2019-06.docx",
        truth=truth(title="Field Unit Superintendent, Banff", cls="EX-01", job="10-EX-0138", pos="PCA-07731",
                    eff="2019-06-17", sup=("PCA-00917", "Executive Director, Mountain Parks", "EX-02"),
                    reports=reports, salary=24600000, om=11900000, total=36500000, loc="Banff, Alberta", fte=318.5),
        people=[],
    )


def rcmp_forensic_2021() -> dict:
    reports = [("Director, National Forensic Laboratory Services", "EX-02", 402),
               ("Director, Canadian Criminal Real Time Identification Services", "EX-02", 188),
               ("Director, National DNA Data Bank", "EX-01", 41), ("Manager, Quality Management", "PC-05", 9),
               ("Executive Assistant", "AS-03", 1)]
    blocks = [
        RAW("Royal Canadian Mounted Police"),
        H("Work Description", 1),
        KV([("Position title", "Director General, Forensic Science and Identification Services"),
            ("Group and level", "EX 03"), ("Position number", "00412"), ("Job code", "105503"),
            ("Effective date", "February 8, 2021"), ("Location", "Ottawa, Ontario"),
            ("Reports to", "Deputy Commissioner, Specialized Policing Services"),
            ("Supervisor's position number", "00004")], mode="nextline"),
        H("General Accountability", 2),
        P("The Director General is accountable for the national forensic science and identification services of "
          "the RCMP, provided to all Canadian law enforcement agencies and the courts: forensic laboratory "
          "analysis, the national repository of criminal records and fingerprints, and the National DNA Data "
          "Bank, ensuring their scientific quality, timeliness and integrity."),
        H("Organization Structure", 2),
        P("The Director General is one of five directors general reporting to the Deputy Commissioner, "
          "Specialized Policing Services. Direct reports:"),
        T(["Position", "Classification", "FTEs"],
          [["Director, National Forensic Laboratory Services", "EX-02", "402"],
           ["Director, Canadian Criminal Real Time Identification Services", "EX-02", "188"],
           ["Director, National DNA Data Bank", "EX-01", "41"], ["Manager, Quality Management", "PC-05", "9"],
           ["Executive Assistant", "AS-03", "1"]]),
        H("Nature and Scope", 2),
        *PS("""
The RCMP provides forensic science and identification services to more than 500 police agencies and to courts
across Canada, except in Ontario and Quebec where provincial laboratories provide most forensic analysis. Its
laboratories in Ottawa, Edmonton and Surrey examine biology, firearms, trace evidence, toxicology and
counterfeit documents, and the Canadian Criminal Real Time Identification Services maintain the national
fingerprint and criminal record repositories used for police investigations and civil background checks.

Forensic evidence is decisive in many serious criminal cases, and the Director General must ensure that the
laboratories' methods are accredited, scientifically sound and independent, and that turnaround times meet the
needs of investigations and court deadlines set by the Jordan decision. Backlogs or errors can lead to stayed
charges and receive national media attention.

The Director General leads the modernization of the identification services to electronic fingerprint
submission and the implementation of new DNA legislation, in consultation with provinces, police agencies and
privacy authorities, while managing a workforce of highly specialized scientists and technicians.
"""),
        H("Dimensions", 2),
        KV([("FTEs", "641"), ("Salary", "$62.3M"), ("O&M", "$18.7M"), ("Total", "$81M")], mode="nextline"),
        H("Specific Accountabilities", 2),
        L(["Provides strategic direction to the national forensic laboratory, identification and DNA data bank "
           "programs.",
           "Ensures the accreditation, quality and scientific integrity of forensic services.",
           "Sets national service standards and priorities with police agencies and prosecutors.",
           "Leads the modernization of identification services and their information systems.",
           "Advises the Deputy Commissioner and the Commissioner on forensic science and identification "
           "issues, including legislative proposals.",
           "Represents the RCMP with provincial laboratories, international partners and privacy authorities.",
           "Manages the human, financial and material resources of the Directorate General."], "num"),
    ]
    return dict(
        key="rcmp-forensic-2021", kind="docx", lang="en", fmt="docx", year=2021, blocks=blocks,
        render=dict(heading_mode="style", list_mode="style", header_text="PROTECTED A",
                    footer_text="DG FS&IS - Work Description - 2021"),
        file="RCMP DG FS&IS work description 2021-02.docx",
        truth=truth(title="Director General, Forensic Science and Identification Services", cls="EX-03",
                    job="105503", pos="00412", eff="2021-02-08",
                    sup=("00004", "Deputy Commissioner, Specialized Policing Services", None), reports=reports,
                    salary=62300000, om=18700000, total=81000000, loc="Ottawa, Ontario", fte=641),
        people=[],
    )


def cbsa_pacific_highway_2017() -> dict:
    reports = [("Chief of Operations, Pacific Highway Traveller Operations", "FB-06", 142),
               ("Chief of Operations, Douglas Traveller Operations", "FB-06", 96),
               ("Chief of Operations, Commercial Operations", "FB-06", 87),
               ("Manager, District Programs and Administration", "AS-05", 9)]
    blocks = [
        RAW("Canada Border Services Agency / Agence des services frontaliers du Canada"),
        H("1. POSITION IDENTIFICATION", 1),
        KV([("Position Title:", "Director, Pacific Highway District"), ("Group & Level:", "EX-01"),
            ("Position Number:", "90452"), ("Job Number:", "EX-BC-017"), ("Effective:", "30/10/2017"),
            ("Region:", "Pacific"), ("Address:", "Surrey, British Columbia")], mode="table2"),
        H("2. REPORTING RELATIONSHIP", 1),
        P("The Director reports to the Regional Director General, Pacific Region (EX-03), position number 90003."),
        H("3. GENERAL ACCOUNTABILITY", 1),
        P("The Director is accountable for border services at the Pacific Highway, Douglas and Aldergrove ports of "
          "entry and the district's commercial operations, including the processing of travellers and goods, the "
          "enforcement of more than ninety acts and regulations at the border, and the facilitation of legitimate "
          "trade and travel through the busiest land border crossings in Western Canada."),
        H("4. ORGANIZATION", 1),
        P("Positions reporting to the Director:"),
        L(["Chief of Operations, Pacific Highway Traveller Operations - FB-06 - 142 FTEs",
           "Chief of Operations, Douglas Traveller Operations - FB-06 - 96 FTEs",
           "Chief of Operations, Commercial Operations - FB-06 - 87 FTEs",
           "Manager, District Programs and Administration - AS-05 - 9 FTEs"], "alpha"),
        H("5. NATURE AND SCOPE", 1),
        *PS("""
The Pacific Highway District processes more than seven million travellers and one million commercial trucks a year,
making it the principal gateway between British Columbia and the United States West Coast. Traffic volumes vary
greatly with the season, holidays and exchange rates, and wait times are followed closely by the public, the
media, elected officials and the trade community.

The Director must ensure that the district's officers interdict prohibited goods, inadmissible persons, firearms
and drugs, including the growing flow of synthetic opioids, while keeping traffic moving. Programs such as NEXUS
and FAST, and the Beyond the Border initiatives with the United States, require close cooperation with U.S.
Customs and Border Protection and other partners.

The district operates around the clock with a unionized workforce of border services officers. Labour relations,
officer safety, the use of force and the quality of the service to travellers are constant priorities, and
serious incidents can have national repercussions.
"""),
        H("6. DIMENSIONS", 1),
        T(None, [["FTEs", "339"], ["Salary", "$28,400,000"], ["O&M", "$2,100,000"], ["Total", "$30,500,000"],
                 ["Duties and taxes collected (annual)", "$1.1 billion"]]),
        H("7. SPECIFIC ACCOUNTABILITIES", 1),
        L(["Directs border operations at the district's ports of entry to meet national service standards and "
           "enforcement priorities.",
           "Ensures that enforcement actions, seizures and arrests are carried out lawfully and safely.",
           "Manages wait times and traffic flow in cooperation with U.S. partners and provincial authorities.",
           "Directs the implementation of new programs, technology and infrastructure at the ports of entry.",
           "Manages labour relations and officer safety in the district.",
           "Represents the Agency with local stakeholders, the trade community and the media.",
           "Manages the district's human, financial and material resources."], "num"),
        H("8. SIGNATURES", 1),
        SIG("Incumbent: Priya Dhaliwal-Moreau            Date: 2017-11-14",
            "Regional Director General: ____________________  Date: __________"),
    ]
    return dict(
        key="cbsa-pacific-2017", kind="docx", lang="en", fmt="docx", year=2017, blocks=blocks,
        render=dict(heading_mode="bold", list_mode="typed", font="Arial", table_style="Table Grid"),
        file="WD_Director_PacificHighway_District_EX01.docx",
        truth=truth(title="Director, Pacific Highway District", cls="EX-01", job="EX-BC-017", pos="90452",
                    eff="2017-10-30", sup=("90003", "Regional Director General, Pacific Region", "EX-03"),
                    reports=reports, salary=28400000, om=2100000, total=30500000, loc="Surrey, British Columbia",
                    fte=339),
        people=["Priya Dhaliwal-Moreau"],
    )


def wd_saskatchewan_2010() -> dict:
    reports = [("Executive Director, Programs and Operations", "EX-02", 34),
               ("Director, Policy, Advocacy and Coordination", "EX-01", 8), ("Manager, Corporate Services", "AS-06", 7),
               ("Executive Coordinator", "AS-04", 1)]
    blocks = [
        RAW("Western Economic Diversification Canada"),
        H("A. IDENTIFICATION", 1),
        KV([("Title", "Assistant Deputy Minister, Saskatchewan"), ("Classification Level", "EX-04"),
            ("Position No", "1004"), ("Effective Date", "September 27, 2010"), ("Office", "Saskatoon, Saskatchewan"),
            ("Immediate Supervisor", "Deputy Minister (DM-01)"), ("Supervisor's Position No", "0001")],
           mode="table2"),
        H("B. GENERAL ACCOUNTABILITY", 1),
        P("The Assistant Deputy Minister, Saskatchewan is accountable for the Department's programs and "
          "activities in Saskatchewan to promote the development and diversification of the economy of Western "
          "Canada, including the delivery of business, innovation and community economic development programs, "
          "the federal infrastructure programs delivered by the Department in the province, and the "
          "representation of western interests in national policy making."),
        H("C. ORGANIZATION STRUCTURE", 1),
        P("The ADM, Saskatchewan is one of four regional assistant deputy ministers reporting to the Deputy "
          "Minister. The positions reporting to the ADM are: Executive Director, Programs and Operations (EX-02) "
          "with 34 FTEs, Director, Policy, Advocacy and Coordination (EX-01) with 8 FTEs, Manager, Corporate "
          "Services (AS-06) with 7 FTEs, and the Executive Coordinator (AS-04)."),
        H("D. NATURE AND SCOPE", 1),
        *PS("""
Saskatchewan's economy has grown rapidly on the strength of potash, oil, uranium and agriculture, but remains
exposed to commodity prices and needs to diversify into value-added processing, technology and services. The
Department invests in the province's innovation capacity, including the Canadian Light Source synchrotron and
the province's universities, and supports small and medium-sized businesses through partners such as the
Community Futures organizations.

In 2009 and 2010 the ADM led the delivery in Saskatchewan of the infrastructure programs of the Economic Action
Plan, whose projects had to be completed within tight deadlines and were followed closely by Parliament and the
media. The ADM must ensure due diligence in the approval and monitoring of several hundred contribution
agreements, while maintaining good relations with the provincial government, municipalities and First Nations.

As the Department's senior official in the province, the ADM advises the Deputy Minister and the Minister on the
province's economic issues and represents Western Canada's interests with other federal departments and
central agencies.
"""),
        H("E. DIMENSIONS", 1),
        KV([("Full-time equivalents", "52"), ("Salary", "$4,360,000"), ("O&M", "$890,000"), ("Total", "$5,250,000"),
            ("Grants and contributions", "$38,700,000")], mode="table2"),
        H("F. SPECIFIC ACCOUNTABILITIES", 1),
        L(["Directs the delivery of the Department's programs in Saskatchewan and the achievement of their results.",
           "Approves contributions within delegated authorities and ensures the management of the provincial "
           "portfolio.",
           "Leads the Department's relations with the Government of Saskatchewan, municipalities, universities and "
           "industry.",
           "Advises the Deputy Minister and the Minister on economic issues and opportunities in the province.",
           "Represents western interests in national policy and program development.",
           "Participates in the Department's Executive Committee.",
           "Manages the human, financial and material resources of the Saskatchewan Region."], "num"),
        H("G. CERTIFICATION", 1),
        SIG("Assistant Deputy Minister: Lorne Hrabowski", "Deputy Minister: ______________"),
    ]
    return dict(
        key="wd-saskatchewan-2010", kind="docx", lang="en", fmt="docx", year=2010, blocks=blocks,
        render=dict(heading_mode="bold", list_mode="typed", font="Times New Roman"),
        file="ADM Saskatchewan - EX-04 (2010).docx",
        truth=truth(title="Assistant Deputy Minister, Saskatchewan", cls="EX-04", pos="1004", eff="2010-09-27",
                    sup=("0001", "Deputy Minister", "DM-01"), reports=reports[:3] + [("Executive Coordinator", "AS-04", None)], salary=4360000, om=890000,
                    total=5250000, loc="Saskatoon, Saskatchewan", fte=52, progb=38700000),
        people=["Lorne Hrabowski"],
    )


def gac_southeast_asia_2022() -> dict:
    reports = [("Deputy Director, ASEAN and Regional Affairs", "FS-04", 7),
               ("Deputy Director, Mainland Southeast Asia", "FS-04", 6),
               ("Deputy Director, Maritime Southeast Asia", "FS-04", 6), ("Administrative Assistant", "CR-05", 1)]
    blocks = [
        H("Global Affairs Canada - Work Description", 1),
        KV([("Position title", "Director, Southeast Asia Relations Division"), ("Group and level", "EX01"),
            ("Position number", "GAC-15107"), ("Job code", "EX-OPS-0412"), ("Effective date", "1 April 2022"),
            ("Branch", "Asia Pacific"), ("Location", "Ottawa, Ontario")], mode="table2"),
        KV([("Supervisor's position title", "Director General, South and Southeast Asia and Oceania Bureau"),
            ("Supervisor's group and level", "EX-02"), ("Supervisor's position number", "GAC-14422")],
           mode="table2"),
        H("Client Service Results", 2),
        P("Leadership and management of Canada's bilateral and regional relations with the ten countries of "
          "Southeast Asia and the Association of Southeast Asian Nations (ASEAN), and coordination of the "
          "Department's political, trade, development and consular interests in the region, for the Minister, "
          "senior management, missions abroad and other government departments."),
        H("Key Activities", 2),
        L(["Develops and implements Canada's strategies for Southeast Asia and ASEAN, including the Indo-Pacific "
           "engagement.",
           "Provides policy advice and briefing to the Minister, the Deputy Minister and senior management on "
           "developments in the region.",
           "Manages relations with the embassies of Southeast Asian countries in Ottawa and supports Canada's "
           "missions in the region.",
           "Coordinates the preparation of ministerial and leaders' visits, ASEAN meetings and bilateral "
           "consultations.",
           "Leads interdepartmental coordination on the region, including trade negotiations and security "
           "cooperation.",
           "Contributes to the management of consular cases and crises involving Canadians in the region.",
           "Manages the human and financial resources of the Division."], "bullet"),
        H("Organization", 2),
        P("The Director reports to the Director General, South and Southeast Asia and Oceania Bureau. The "
          "following positions report to the Director:"),
        T(["Title", "Group/Level", "FTE"],
          [["Deputy Director, ASEAN and Regional Affairs", "FS-04", "7"],
           ["Deputy Director, Mainland Southeast Asia", "FS-04", "6"],
           ["Deputy Director, Maritime Southeast Asia", "FS-04", "6"], ["Administrative Assistant", "CR-05", "1"]]),
        H("Nature and Scope", 2),
        *PS("""
Southeast Asia is a region of 680 million people and one of the fastest growing economies in the world. Canada's
relations with the region include a bilateral free trade negotiation with ASEAN, strategic partnership
commitments, development assistance to several countries, peace and security cooperation, and the protection of
a large number of Canadian travellers and residents.

The Director leads a small division that must cover ten countries with very different political systems and
interests, from democracies to authoritarian regimes, and respond to crises such as the military coup in Myanmar,
natural disasters and the detention of Canadians. The Division's advice must reconcile Canada's commercial
interests with its human rights and security objectives.
"""),
        H("Dimensions", 2),
        T(["", "Amount"], [["FTEs", "21"], ["Salary", "$2,215,000"], ["O&M", "$148,000"], ["Total", "$2,363,000"]]),
    ]
    return dict(
        key="gac-sea-2022", kind="docx", lang="en", fmt="docx", year=2022, blocks=blocks,
        render=dict(heading_mode="style", list_mode="style", font="Calibri",
                    footer_text="UNCLASSIFIED / NON CLASSIFIÉ"),
        file="OPS - Director Southeast Asia (EX-01) WD April 2022.docx",
        truth=truth(title="Director, Southeast Asia Relations Division", cls="EX-01", job="EX-OPS-0412",
                    pos="GAC-15107", eff="2022-04-01",
                    sup=("GAC-14422", "Director General, South and Southeast Asia and Oceania Bureau", "EX-02"),
                    reports=reports, salary=2215000, om=148000, total=2363000, loc="Ottawa, Ontario", fte=21),
        people=[],
    )


def nrcan_gsc_calgary_2007() -> dict:
    reports = [("Section Head, Petroleum Resources", "SE-RES-04", 31),
               ("Section Head, Northern Basins", "SE-RES-03", 19),
               ("Section Head, Geoscience Data and Collections", "PC-04", 14),
               ("Manager, Administration and Facilities", "AS-05", 11)]
    blocks = [
        RAW("Natural Resources Canada - Earth Sciences Sector"),
        H("EXECUTIVE POSITION DESCRIPTION", 1),
        KV([("Position Title", "Director, Geological Survey of Canada - Calgary"), ("Classification", "EX-02"),
            ("Position Number", "46208"), ("Job Number", "100771"), ("Effective Date", "November 19, 2007"),
            ("Location", "Calgary, Alberta")], mode="table2"),
        H("GENERAL ACCOUNTABILITY", 1),
        P("Is accountable for leading the Geological Survey of Canada's research and knowledge program on the "
          "sedimentary basins of Western and Northern Canada, including their petroleum, coal and groundwater "
          "resources, and for the management of the Calgary laboratory and its national geoscience "
          "collections, in support of government decisions on resource development, land use and the "
          "environment."),
        H("ORGANIZATION STRUCTURE", 1),
        P("This is one of five director positions reporting to the Director General, Central and Northern Canada "
          "Branch (EX-03), Earth Sciences Sector. The others are the Directors, GSC Ottawa (two), GSC Québec "
          "and the Canada Centre for Remote Sensing."),
        P("Specific functions of the four positions reporting directly to the Director are as follows:"),
        P("Section Head, Petroleum Resources, SE-RES-04 (staff of 31) is responsible for the assessment of oil and "
          "gas resources, the research on unconventional hydrocarbons and the geoscience advice provided to "
          "regulators."),
        P("Section Head, Northern Basins, SE-RES-03 (staff of 19) is responsible for the geological mapping and "
          "research of the Mackenzie Valley, Beaufort Sea and Arctic Islands basins."),
        P("Section Head, Geoscience Data and Collections, PC-04 (staff of 14) is responsible for the national "
          "core and sample repository, the laboratories and geoscience data management."),
        P("Manager, Administration and Facilities, AS-05 (staff of 11) is responsible for the finances, "
          "administrative services and the building of the Calgary office."),
        H("NATURE AND SCOPE", 1),
        *PS("""
The GSC Calgary office is the federal government's principal centre of geoscience expertise on the sedimentary
basins that contain most of Canada's oil, gas and coal. Its research supports the assessment of resources in the
North before land is opened to exploration, the regulatory reviews of major pipelines and projects such as the
Mackenzie Gas Project, and the understanding of groundwater and of the environmental effects of oil sands
development.

The Director manages a staff of about eighty, of whom more than half are research scientists with national and
international reputations. The Director must set research priorities that respond to the needs of government and
industry while preserving the long-term public knowledge base and the scientific independence of the GSC.
Retirement of senior scientists and competition from the petroleum industry for geoscientists make recruitment
and succession a constant challenge.

With a salary budget of $7.4 million and an operations and maintenance budget of $2.6 million, a total of
$10 million, the Director
leads collaborative projects with the provincial and territorial geological surveys, universities and industry,
and represents the GSC in Western Canada.
"""),
        H("SPECIFIC ACCOUNTABILITIES", 1),
        L(["Develops and leads the research program of the GSC Calgary within the Sector's strategic priorities.",
           "Ensures the scientific quality and timely release of the office's publications, maps and data.",
           "Provides geoscience advice to regulators, departments and central agencies on resource development.",
           "Negotiates and manages collaborative agreements with provinces, territories, universities and "
           "industry.",
           "Manages the national geoscience collections and laboratories housed in Calgary.",
           "Manages the human, financial and material resources of the office, including succession planning."],
          "num"),
        H("CERTIFICATION", 1),
        SIG("Director General, Central and Northern Canada Branch ______________________"),
    ]
    return dict(
        key="nrcan-gsc-calgary-2007", kind="docx", lang="en", fmt="docx", year=2007, blocks=blocks,
        render=dict(heading_mode="bold", list_mode="typed", font="Times New Roman"),
        file="GSC Calgary Director EX-02 nov2007.docx",
        truth=truth(title="Director, Geological Survey of Canada - Calgary", cls="EX-02", job="100771", pos="46208",
                    eff="2007-11-19", sup=(None, "Director General, Central and Northern Canada Branch", "EX-03"),
                    reports=reports, salary=7400000, om=2600000, total=10000000, loc="Calgary, Alberta", fte=None),
        people=[],
    )


def pch_olsp_2015() -> dict:
    reports = [("Directeur, Développement des communautés de langue officielle", "EX-01", 24),
               ("Directeur, Mise en valeur des langues officielles", "EX-01", 17),
               ("Directeur, Coordination interministérielle", "EX-01", 12),
               ("Gestionnaire, Opérations et planification", "PM-06", 15)]
    blocks = [
        RAW("Patrimoine canadien"),
        H("Description de travail du groupe de la direction", 1),
        KV([("Titre du poste", "Directeur général, Programmes d'appui aux langues officielles"),
            ("Classification", "EX-03"), ("Numéro du poste", "11418"), ("Code d'emploi", "103664"),
            ("Date d'entrée en vigueur", "le 1er septembre 2015"),
            ("Secteur", "Langues officielles, patrimoine et régions"), ("Lieu", "Gatineau (Québec)"),
            ("Titre du poste du superviseur", "Sous-ministre adjointe, Langues officielles, patrimoine et régions"),
            ("Classification du superviseur", "EX-05"), ("Numéro du poste du superviseur", "11002")],
           mode="table2"),
        H("Responsabilités générales", 2),
        P("Le directeur général est responsable de la conception, de la mise en oeuvre et de l'évaluation des "
          "programmes d'appui aux langues officielles, qui soutiennent le développement des communautés de "
          "langue officielle en situation minoritaire et la promotion du français et de l'anglais dans la société "
          "canadienne, ainsi que de la coordination de la mise en oeuvre de l'article 41 de la Loi sur les "
          "langues officielles par les institutions fédérales."),
        H("Structure organisationnelle", 2),
        P("Le directeur général est l'un des quatre directeurs généraux relevant de la sous-ministre adjointe, "
          "Langues officielles, patrimoine et régions. Les postes suivants relèvent du directeur général :"),
        T(["Poste", "Groupe et niveau", "ETP"],
          [["Directeur, Développement des communautés de langue officielle", "EX-01", "24"],
           ["Directeur, Mise en valeur des langues officielles", "EX-01", "17"],
           ["Directeur, Coordination interministérielle", "EX-01", "12"],
           ["Gestionnaire, Opérations et planification", "PM-06", "15"]]),
        H("Nature et étendue", 2),
        *PS("""
Les programmes d'appui aux langues officielles versent chaque année plus de 340 millions de dollars en subventions
et contributions, dont la plus grande part est transférée aux provinces et aux territoires au titre des ententes
en matière d'éducation dans la langue de la minorité et d'enseignement de la langue seconde. Le reste appuie plus
de 350 organismes communautaires qui offrent des services aux francophones hors Québec et aux anglophones du
Québec.

Le directeur général dirige la négociation des protocoles et des ententes bilatérales avec les provinces et les
territoires, un dossier délicat qui touche les compétences provinciales en éducation et les attentes des
communautés, souvent appuyées par le Commissariat aux langues officielles et les tribunaux. Il dirige aussi la
contribution du Ministère à la Feuille de route pour les langues officielles du Canada 2013-2018 et aux
consultations sur le prochain plan d'action.

Les décisions de financement des organismes communautaires sont suivies de près par les parlementaires, les
comités permanents des langues officielles et les médias de langue minoritaire. Le directeur général doit
assurer une gestion rigoureuse des paiements de transfert tout en maintenant des relations de confiance avec les
communautés.
"""),
        H("Dimensions", 2),
        KV([("Équivalents temps plein (ETP)", "71"), ("Salaires", "6 120 000 $"), ("F et E", "640 000 $"),
            ("Total", "6 760 000 $"), ("Subventions et contributions", "348 M$")], mode="table2"),
        H("Responsabilités spécifiques", 2),
        L(["Dirige l'élaboration, la mise en oeuvre et l'évaluation des programmes d'appui aux langues "
           "officielles.",
           "Dirige la négociation et la gestion des ententes fédérales-provinciales-territoriales en éducation et "
           "en services.",
           "Approuve ou recommande le financement des organismes dans les limites des pouvoirs délégués.",
           "Coordonne la mise en oeuvre de l'article 41 de la Loi sur les langues officielles par les "
           "institutions fédérales.",
           "Conseille la sous-ministre adjointe, le sous-ministre et le ministre sur les enjeux liés aux langues "
           "officielles.",
           "Représente le Ministère auprès des provinces, des territoires et des organismes nationaux.",
           "Gère les ressources humaines, financières et matérielles de la direction générale."], "num"),
        H("Signatures", 2),
        SIG("Titulaire : Mireille Castonguay-Duval", "Sous-ministre adjointe : ____________________  Date : ______"),
    ]
    return dict(
        key="pch-olsp-2015", kind="docx", lang="fr", fmt="docx", year=2015, blocks=blocks,
        render=dict(heading_mode="style", list_mode="style", font="Arial", footer_text="PCH - DG PALO"),
        file="DG Programmes d'appui aux langues officielles - EX-03.docx",
        truth=truth(title="Directeur général, Programmes d'appui aux langues officielles", cls="EX-03", job="103664",
                    pos="11418", eff="2015-09-01",
                    sup=("11002", "Sous-ministre adjointe, Langues officielles, patrimoine et régions", "EX-05"),
                    reports=reports, salary=6120000, om=640000, total=6760000, loc="Gatineau, Québec", fte=71,
                    progb=348000000),
        people=["Mireille Castonguay-Duval"],
    )


def csa_operations_2008() -> dict:
    reports = [("Gestionnaire, Opérations des satellites", "EN-ENG-06", 38),
               ("Gestionnaire, Opérations de RADARSAT", "EN-ENG-05", 29),
               ("Gestionnaire, Infrastructures au sol", "EL-07", 21), ("Agente de planification", "AS-04", 1)]
    blocks = [
        RAW("Agence spatiale canadienne"),
        H("DESCRIPTION DE POSTE - CADRE DE DIRECTION", 1),
        KV([("Titre", "Directeur, Opérations spatiales"), ("Groupe et niveau", "EX 02"), ("No de poste", "CSA-2207"),
            ("Date de prise d'effet", "14 avril 2008"), ("Direction générale", "Exploitation spatiale"),
            ("Lieu", "Saint-Hubert (Québec)")], mode="tabs"),
        P("Le titulaire relève du directeur général, Exploitation spatiale (EX-03), poste no CSA-2001."),
        H("RAISON D'ÊTRE", 1),
        P("Le directeur est responsable de l'exploitation des satellites canadiens et des infrastructures au sol de "
          "l'Agence, y compris le contrôle de mission de RADARSAT-1, la préparation de l'exploitation de "
          "RADARSAT-2 et des missions scientifiques, afin d'assurer la disponibilité des données spatiales pour les "
          "ministères, les chercheurs et les clients commerciaux."),
        H("ORGANISATION", 1),
        P("Relèvent du directeur :"),
        L(["Gestionnaire, Opérations des satellites, EN-ENG-06 (38 ETP)",
           "Gestionnaire, Opérations de RADARSAT, EN-ENG-05 (29 ETP)",
           "Gestionnaire, Infrastructures au sol, EL-07 (21 ETP)",
           "Agente de planification, AS-04 (1 ETP)"], "dash"),
        H("NATURE ET ÉTENDUE", 1),
        *PS("""
L'exploitation des satellites exige une disponibilité continue, une gestion rigoureuse des risques et la capacité
d'intervenir rapidement en cas d'anomalie. Une panne ou une perte de satellite aurait des conséquences
importantes pour les utilisateurs gouvernementaux, notamment la surveillance des glaces, des côtes et des
catastrophes, et pour la réputation du programme spatial canadien.

Le lancement de RADARSAT-2 en partenariat avec l'industrie modifie le rôle de l'Agence, qui doit assurer l'accès
du gouvernement aux données tout en laissant l'exploitation commerciale au partenaire privé. Le directeur doit
négocier et administrer les ententes d'exploitation et maintenir l'expertise de l'Agence dans un marché de
l'emploi très concurrentiel.

Le directeur planifie aussi la modernisation du centre de contrôle et des stations de réception au sol, et
coordonne ses activités avec les agences spatiales partenaires pour les missions internationales.
"""),
        H("DIMENSIONS", 1),
        KV([("ETP", "94"), ("Salaires", "8 050 000 $"), ("Fonctionnement et entretien", "6 900 000 $"),
            ("Total", "14 950 000 $")], mode="tabs"),
        H("RESPONSABILITÉS PRINCIPALES", 1),
        L(["Dirige l'exploitation des satellites et des infrastructures au sol de l'Agence.",
           "Assure la sécurité des missions et la gestion des anomalies.",
           "Négocie et administre les ententes d'exploitation avec les partenaires industriels.",
           "Planifie la modernisation des installations de contrôle et de réception.",
           "Coordonne les opérations avec les agences spatiales partenaires.",
           "Gère les ressources humaines, financières et matérielles de la direction."], "num"),
        H("SIGNATURES", 1),
        SIG("Titulaire : Benoît Laframboise-Ortiz      Date : 2008-05-06",
            "Directeur général : ______________________  Date : __________"),
    ]
    return dict(
        key="csa-operations-2008", kind="docx", lang="fr", fmt="docx", year=2008, blocks=blocks,
        render=dict(heading_mode="bold", list_mode="typed", font="Times New Roman"),
        file="ASC_Directeur_Operations_spatiales_2008.docx",
        truth=truth(title="Directeur, Opérations spatiales", cls="EX-02", pos="CSA-2207", eff="2008-04-14",
                    sup=("CSA-2001", "Directeur général, Exploitation spatiale", "EX-03"), reports=reports,
                    salary=8050000, om=6900000, total=14950000, loc="Saint-Hubert, Québec", fte=94),
        people=["Benoît Laframboise-Ortiz"],
    )


def mpo_sciences_2018() -> dict:
    reports = [("Gestionnaire, Évaluation des stocks", "SE-RES-03", 41),
               ("Gestionnaire, Sciences océaniques et environnementales", "SE-RES-03", 38),
               ("Gestionnaire, Hydrographie", "EG-07", 34), ("Gestionnaire, Services techniques", "EG-06", 19),
               ("Conseillère, Planification", "EC-05", 1)]
    blocks = [
        RAW("Pêches et Océans Canada - Région du Québec"),
        H("DESCRIPTION DE TRAVAIL", 1),
        KV([("Intitulé", "Directeur régional, Sciences, Région du Québec"), ("Niveau", "EX-02"),
            ("Numéro", "QC-31420"), ("Code", "EX-MPO-0288"), ("En vigueur", "15/01/2018"),
            ("Installation", "Institut Maurice-Lamontagne, Mont-Joli (Québec)")], mode="table4"),
        KV([("Relève de", "Directeur général régional, Région du Québec"), ("Niveau du superviseur", "EX-03"),
            ("Numéro du poste du superviseur", "10002")], mode="table4"),
        H("Résultats axés sur le service à la clientèle", 2),
        P("Direction du programme régional des sciences aquatiques, de l'hydrographie et de la recherche sur les "
          "écosystèmes du Saint-Laurent, pour le ministre, la gestion des pêches, les gestionnaires des océans et "
          "de l'habitat, les navigateurs et la population du Québec."),
        H("Activités principales", 2),
        L(["Dirige la planification et la réalisation des évaluations de stocks et des avis scientifiques pour les "
           "pêches du Québec.",
           "Dirige la recherche sur les écosystèmes, l'océanographie et les changements climatiques dans l'estuaire "
           "et le golfe du Saint-Laurent.",
           "Dirige le programme d'hydrographie et la production des cartes marines de la région.",
           "Assure la gestion de l'Institut Maurice-Lamontagne et des missions scientifiques à bord des navires.",
           "Conseille le directeur général régional et le secteur des Sciences sur les priorités régionales.",
           "Établit des partenariats avec les universités, les instituts de recherche et les provinces.",
           "Gère les ressources humaines, financières et matérielles de la direction régionale."], "num"),
        H("Organisation", 2),
        T(["Poste subalterne", "Classification", "ETP"],
          [["Gestionnaire, Évaluation des stocks", "SE-RES-03", "41"],
           ["Gestionnaire, Sciences océaniques et environnementales", "SE-RES-03", "38"],
           ["Gestionnaire, Hydrographie", "EG-07", "34"], ["Gestionnaire, Services techniques", "EG-06", "19"],
           ["Conseillère, Planification", "EC-05", "1"]]),
        H("Contexte", 2),
        *PS("""
L'Institut Maurice-Lamontagne est le principal centre de recherche en sciences de la mer de langue française au
Canada. Ses chercheurs étudient les stocks de poissons et de mollusques, les mammifères marins, l'hypoxie des
eaux profondes du Saint-Laurent et l'effet des changements climatiques, et produisent les avis scientifiques sur
lesquels reposent les décisions de gestion des pêches.

La disparition de la morue et la situation critique de plusieurs espèces, dont la baleine noire de l'Atlantique
Nord présente dans le golfe depuis 2017, exigent des avis rapides et solides, souvent contestés par l'industrie et
suivis par les médias. Le directeur régional doit maintenir l'intégrité scientifique des avis tout en répondant
aux besoins urgents du Ministère.
"""),
        H("Dimensions", 2),
        KV([("ETP", "158"), ("Salaires", "13 450 000 $"), ("F et E", "5 200 000 $"), ("Total", "18 650 000 $")],
           mode="table4"),
    ]
    return dict(
        key="mpo-sciences-2018", kind="docx", lang="fr", fmt="docx", year=2018, blocks=blocks,
        render=dict(heading_mode="style", list_mode="style", font="Calibri"),
        file="DR Sciences QC - description de travail (2018).docx",
        truth=truth(title="Directeur régional, Sciences, Région du Québec", cls="EX-02", job="EX-MPO-0288",
                    pos="QC-31420", eff="2018-01-15",
                    sup=("10002", "Directeur général régional, Région du Québec", "EX-03"), reports=reports,
                    salary=13450000, om=5200000, total=18650000, loc="Mont-Joli, Québec", fte=158),
        people=[],
    )


def arc_jonquiere_2005() -> dict:
    reports = [("Directeur adjoint, Traitement des déclarations", "MG-05", 612),
               ("Directeur adjoint, Services aux clients", "MG-04", 184),
               ("Directeur adjoint, Services de soutien", "MG-04", 97), ("Conseiller en planification", "SP-07", 1)]
    blocks = [
        RAW("Agence du revenu du Canada"),
        H("Description de poste de la haute direction", 1),
        KV([("Désignation du poste", "Directeur, Centre fiscal de Jonquière"), ("Niveau du poste", "EX-02"),
            ("Numéro d'identification du poste", "36015"), ("Numéro de l'emploi", "70412"),
            ("Date de l'entrée en vigueur", "le 4 juillet 2005"), ("Ville et province", "Jonquière (Québec)")],
           mode="nextline"),
        P("Relations hiérarchiques : le directeur relève du sous-commissaire adjoint, Direction générale des "
          "cotisations et des services de prestations (EX-05)."),
        H("Sommaire", 2),
        P("Le directeur est responsable du traitement des déclarations de revenus des particuliers et des "
          "entreprises attribuées au Centre fiscal de Jonquière, des services aux clients qui s'y rattachent et "
          "du soutien administratif du Centre, afin que les cotisations soient établies avec exactitude et dans "
          "les délais prévus par les normes de service de l'Agence."),
        H("Organisation", 2),
        P("Relèvent directement du directeur : le directeur adjoint, Traitement des déclarations (MG-05), effectif "
          "de 612 ; le directeur adjoint, Services aux clients (MG-04), effectif de 184 ; le directeur adjoint, "
          "Services de soutien (MG-04), effectif de 97 ; le conseiller en planification (SP-07)."),
        H("Contexte", 2),
        *PS("""
Le Centre fiscal de Jonquière traite chaque année plusieurs millions de déclarations et documents, dont une part
importante pendant la période de pointe de février à juin, qui exige l'embauche et la formation de plusieurs
centaines d'employés saisonniers. Le Centre est l'un des principaux employeurs de la région du Saguenay.

La croissance de la production électronique des déclarations transforme le travail du Centre : le volume de
saisie manuelle diminue, alors que les activités de validation, de révision et de service aux clients augmentent.
Le directeur doit adapter l'organisation du travail et les compétences du personnel, dans le respect des
conventions collectives et en limitant les répercussions sur les employés saisonniers.

Le Centre joue aussi un rôle national pour certains programmes, ce qui exige une étroite collaboration avec
l'administration centrale et les autres centres fiscaux.
"""),
        H("Ressources", 2),
        KV([("ETP (y compris les saisonniers)", "894"), ("Salaires", "46 800 000 $"),
            ("Fonctionnement et entretien", "5 900 000 $"), ("Total", "52 700 000 $")], mode="nextline"),
        H("Responsabilités principales", 2),
        L(["Dirige le traitement des déclarations et l'établissement des cotisations selon les normes de service.",
           "Planifie la charge de travail et l'embauche du personnel saisonnier.",
           "Dirige les services aux clients et le traitement des demandes de redressement.",
           "Met en oeuvre les projets nationaux de modernisation du traitement.",
           "Représente l'Agence dans la région du Saguenay-Lac-Saint-Jean.",
           "Gère les ressources humaines, financières et matérielles du Centre."], "alpha"),
        SIG("Titulaire : Ghislain Tremblay-Vaillancourt", "Sous-commissaire adjoint : ______________"),
    ]
    return dict(
        key="arc-jonquiere-2005", kind="docx", lang="fr", fmt="docx", year=2005, blocks=blocks,
        render=dict(heading_mode="underline", list_mode="typed", font="Times New Roman"),
        file="Directeur CF Jonquière 2005.docx",
        truth=truth(title="Directeur, Centre fiscal de Jonquière", cls="EX-02", job="70412", pos="36015",
                    eff="2005-07-04",
                    sup=(None, "Sous-commissaire adjoint, Direction générale des cotisations et des services de "
                               "prestations", "EX-05"),
                    reports=[("Directeur adjoint, Traitement des déclarations", "MG-05", 612),
                             ("Directeur adjoint, Services aux clients", "MG-04", 184),
                             ("Directeur adjoint, Services de soutien", "MG-04", 97),
                             ("Conseiller en planification", "SP-07", None)],
                    salary=46800000, om=5900000, total=52700000, loc="Jonquière, Québec", fte=894),
        people=["Ghislain Tremblay-Vaillancourt"],
    )


def finance_fpr_2024() -> dict:
    reports = [(["Director, Equalization and Federal-Provincial Transfers",
                 "Directeur, Péréquation et transferts fédéraux-provinciaux"], "EX-01", 14),
               (["Director, Provincial-Territorial Fiscal Analysis", "Directeur, Analyse budgétaire provinciale-territoriale"],
                "EX-01", 11),
               (["Chief, Social Transfers", "Chef, Transferts sociaux"], "EC-07", 7),
               (["Executive Assistant", "Adjointe exécutive"], "AS-02", 1)]
    en = [H("General Accountability"),
          P("The General Director is accountable for providing the Minister of Finance with analysis and advice on "
            "federal-provincial fiscal relations, for the design and administration of the major transfers to "
            "provinces and territories - Equalization, Territorial Formula Financing, the Canada Health Transfer and "
            "the Canada Social Transfer - and for the Department's relations with provincial and territorial "
            "finance ministries."),
          H("Organization Structure"),
          P("The General Director reports to the Assistant Deputy Minister, Federal-Provincial Relations and Social "
            "Policy Branch. Reporting to the General Director:"),
          L(["Director, Equalization and Federal-Provincial Transfers (EX-01, 14 FTEs)",
             "Director, Provincial-Territorial Fiscal Analysis (EX-01, 11 FTEs)",
             "Chief, Social Transfers (EC-07, 7 FTEs)", "Executive Assistant (AS-02, 1 FTE)"], "bullet"),
          H("Nature and Scope"),
          P("Major transfers to provinces and territories exceed $96 billion a year and are among the largest "
            "items of federal spending. Their renewal, including the health funding agreements of 2023 and the "
            "legislated renewal of Equalization in 2024, requires complex analysis, negotiations with provinces "
            "and territories and advice at the highest levels of government, under intense public and media "
            "attention."),
          P("The General Director must provide rigorous, non-partisan advice, anticipate provincial positions and "
            "manage the confidentiality of budget and transfer information, while leading a small team of "
            "economists whose expertise is scarce in the public service.")]
    fr = [H("Responsabilités générales"),
          P("Le directeur général est responsable de fournir au ministre des Finances des analyses et des conseils "
            "sur les relations financières fédérales-provinciales, de la conception et de l'administration des "
            "principaux transferts aux provinces et aux territoires - la péréquation, la formule de financement "
            "des territoires, le Transfert canadien en matière de santé et le Transfert canadien en matière de "
            "programmes sociaux - et des relations du Ministère avec les ministères des Finances provinciaux et "
            "territoriaux."),
          H("Structure organisationnelle"),
          P("Le directeur général relève du sous-ministre adjoint, Direction des relations fédérales-provinciales "
            "et de la politique sociale. Relèvent du directeur général :"),
          L(["Directeur, Péréquation et transferts fédéraux-provinciaux (EX-01, 14 ETP)",
             "Directeur, Analyse budgétaire provinciale-territoriale (EX-01, 11 ETP)",
             "Chef, Transferts sociaux (EC-07, 7 ETP)", "Adjointe exécutive (AS-02, 1 ETP)"], "bullet"),
          H("Nature et étendue"),
          P("Les principaux transferts aux provinces et aux territoires dépassent 96 milliards de dollars par année "
            "et comptent parmi les plus importants postes de dépenses fédérales. Leur renouvellement, notamment "
            "les ententes sur le financement de la santé de 2023 et le renouvellement législatif de la péréquation "
            "en 2024, exige des analyses complexes, des négociations et des conseils aux plus hauts niveaux, sous "
            "l'attention soutenue du public et des médias."),
          P("Le directeur général doit fournir des conseils rigoureux et impartiaux, anticiper les positions des "
            "provinces et protéger la confidentialité des renseignements budgétaires, tout en dirigeant une petite "
            "équipe d'économistes dont l'expertise est rare dans la fonction publique.")]
    blocks = [
        RAW("Department of Finance Canada | Ministère des Finances Canada"),
        T(["Work description", "Description de travail"],
          [["Position title: General Director, Federal-Provincial Relations Division",
            "Titre du poste : Directeur général, Division des relations fédérales-provinciales"],
           ["Classification: EX-03", "Classification : EX-03"],
           ["Position number: FIN-4420", "Numéro de poste : FIN-4420"],
           ["Effective date: January 15, 2024", "Date d'entrée en vigueur : 15 janvier 2024"],
           ["Location: Ottawa, Ontario", "Lieu : Ottawa (Ontario)"],
           ["Reports to: Assistant Deputy Minister, Federal-Provincial Relations and Social Policy Branch (EX-05)",
            "Relève de : Sous-ministre adjoint, Direction des relations fédérales-provinciales et de la politique "
            "sociale (EX-05)"]]),
        COLS(en, fr, grid=True),
        T(["Dimensions", "Dimensions"],
          [["FTEs: 38", "ETP : 38"], ["Salary: $4,620,000", "Salaires : 4 620 000 $"],
           ["O&M: $310,000", "F et E : 310 000 $"], ["Total: $4,930,000", "Total : 4 930 000 $"]]),
        T(["Specific accountabilities", "Responsabilités spécifiques"],
          [["1. Leads the analysis and renewal of major transfers to provinces and territories.",
            "1. Dirige l'analyse et le renouvellement des principaux transferts aux provinces et aux territoires."],
           ["2. Provides advice to the Minister and senior officials on federal-provincial fiscal issues.",
            "2. Conseille le ministre et les hauts fonctionnaires sur les questions financières "
            "fédérales-provinciales."],
           ["3. Manages the calculation and payment of transfers and their legislative and regulatory framework.",
            "3. Gère le calcul et le versement des transferts ainsi que leur cadre législatif et réglementaire."],
           ["4. Represents the Department at meetings of federal, provincial and territorial finance officials.",
            "4. Représente le Ministère aux réunions des fonctionnaires fédéraux, provinciaux et territoriaux des "
            "Finances."],
           ["5. Manages the Division's human and financial resources.",
            "5. Gère les ressources humaines et financières de la Division."]]),
    ]
    return dict(
        key="finance-fpr-2024", kind="docx", lang="bilingual", fmt="docx", year=2024, blocks=blocks,
        render=dict(heading_mode="bold", list_mode="typed", font="Arial", table_style="Table Grid"),
        file="FIN - GD FPRD - WD-DT (bilingual) 2024.docx",
        truth=truth(title=["General Director, Federal-Provincial Relations Division",
                           "Directeur général, Division des relations fédérales-provinciales"],
                    cls="EX-03", pos="FIN-4420", eff="2024-01-15",
                    sup=(None, ["Assistant Deputy Minister, Federal-Provincial Relations and Social Policy Branch",
                                "Sous-ministre adjoint, Direction des relations fédérales-provinciales et de la "
                                "politique sociale"], "EX-05"),
                    reports=reports, salary=4620000, om=310000, total=4930000, loc="Ottawa, Ontario", fte=38),
        people=[],
    )


def phac_zoonotic_2018() -> dict:
    reports = [(["Chief, Special Pathogens", "Chef, Agents pathogènes spéciaux"], "SE-RES-03", 22),
               (["Chief, Zoonotic Diseases", "Chef, Maladies zoonotiques"], "SE-RES-03", 18),
               (["Chief, Prion Diseases", "Chef, Maladies à prions"], "BI-04", 9),
               (["Laboratory Operations Manager", "Gestionnaire, Opérations de laboratoire"], "EG-06", 7)]
    en = [
        H("Work Description", 1),
        KV([("Position Title", "Director, Zoonotic Diseases and Special Pathogens"), ("Classification", "EX-01"),
            ("Position Number", "70388"), ("Effective Date", "March 12, 2018"),
            ("Location", "Winnipeg, Manitoba"),
            ("Supervisor", "Director General, National Microbiology Laboratory (EX-03), position 70051")],
           mode="table2"),
        H("General Accountability", 2),
        P("The Director is accountable for the national reference, diagnostic and research programs on zoonotic "
          "diseases, prion diseases and high-consequence special pathogens such as Ebola, conducted in the "
          "containment level 4 laboratories of the National Microbiology Laboratory, and for the Agency's "
          "laboratory response to outbreaks of these diseases in Canada and abroad."),
        H("Organization Structure", 2),
        P("Direct reports: Chief, Special Pathogens (SE-RES-03, 22 FTEs); Chief, Zoonotic Diseases (SE-RES-03, 18 "
          "FTEs); Chief, Prion Diseases (BI-04, 9 FTEs); Laboratory Operations Manager (EG-06, 7 FTEs)."),
        H("Nature and Scope", 2),
        *PS("""
The National Microbiology Laboratory in Winnipeg houses Canada's only containment level 4 facility for human and
animal health. The Division's scientists developed an Ebola vaccine and therapeutics used in the 2014-2016 West
African outbreak and deploy mobile laboratories abroad at the request of the World Health Organization.

The Director must maintain the highest standards of biosafety and biosecurity, comply with the Human Pathogens
and Toxins Act, and manage the risks of working with the most dangerous pathogens, while sustaining a research
program of international standing and the capacity to respond rapidly to emergencies.
"""),
        H("Dimensions", 2),
        KV([("FTEs", "61"), ("Salary", "$5.34M"), ("O&M", "$2.86M"), ("Total", "$8.2M")], mode="table2"),
        H("Specific Accountabilities", 2),
        L(["Directs the Division's reference, diagnostic and research programs.",
           "Ensures biosafety, biosecurity and regulatory compliance in containment level 3 and 4 laboratories.",
           "Leads the laboratory response to outbreaks in Canada and international deployments.",
           "Establishes partnerships with universities, industry and international public health laboratories.",
           "Manages the Division's human, financial and material resources."], "num"),
    ]
    fr = [
        H("Description de travail", 1),
        KV([("Titre du poste", "Directeur, Maladies zoonotiques et agents pathogènes spéciaux"),
            ("Groupe et niveau", "EX-01"), ("Numéro du poste", "70388"), ("Date d'entrée en vigueur", "12 mars 2018"),
            ("Lieu", "Winnipeg (Manitoba)"),
            ("Superviseur", "Directeur général, Laboratoire national de microbiologie (EX-03), poste 70051")],
           mode="table2"),
        H("Responsabilités générales", 2),
        P("Le directeur est responsable des programmes nationaux de référence, de diagnostic et de recherche sur "
          "les maladies zoonotiques, les maladies à prions et les agents pathogènes spéciaux à conséquences "
          "graves comme l'Ebola, menés dans les laboratoires de niveau de confinement 4 du Laboratoire national de "
          "microbiologie, ainsi que de l'intervention de laboratoire de l'Agence lors d'éclosions."),
        H("Structure organisationnelle", 2),
        P("Subordonnés directs : Chef, Agents pathogènes spéciaux (SE-RES-03, 22 ETP) ; Chef, Maladies "
          "zoonotiques (SE-RES-03, 18 ETP) ; Chef, Maladies à prions (BI-04, 9 ETP) ; Gestionnaire, Opérations "
          "de laboratoire (EG-06, 7 ETP)."),
        H("Nature et étendue", 2),
        *PS("""
Le Laboratoire national de microbiologie, à Winnipeg, abrite la seule installation de niveau de confinement 4 au
Canada pour la santé humaine et animale. Les scientifiques de la Division ont mis au point un vaccin et des
traitements contre l'Ebola utilisés lors de l'éclosion de 2014-2016 en Afrique de l'Ouest.

Le directeur doit maintenir les plus hautes normes de biosécurité et de biosûreté et se conformer à la Loi sur
les agents pathogènes humains et les toxines, tout en soutenant un programme de recherche de calibre
international et la capacité d'intervenir rapidement en cas d'urgence.
"""),
        H("Dimensions", 2),
        KV([("ETP", "61"), ("Salaires", "5,34 M$"), ("F et E", "2,86 M$"), ("Total", "8,2 M$")], mode="table2"),
        H("Responsabilités spécifiques", 2),
        L(["Dirige les programmes de référence, de diagnostic et de recherche de la Division.",
           "Veille à la biosécurité, à la biosûreté et à la conformité réglementaire des laboratoires.",
           "Dirige l'intervention de laboratoire lors d'éclosions au Canada et à l'étranger.",
           "Établit des partenariats avec les universités, l'industrie et les laboratoires internationaux.",
           "Gère les ressources humaines, financières et matérielles de la Division."], "num"),
    ]
    return dict(
        key="phac-zoonotic-2018", kind="docx", lang="bilingual", fmt="docx", year=2018, blocks=en + [PAGE] + fr,
        render=dict(heading_mode="style", list_mode="style", font="Arial"),
        file="NML - Director ZDSP - EN-FR.docx",
        truth=truth(title=["Director, Zoonotic Diseases and Special Pathogens",
                           "Directeur, Maladies zoonotiques et agents pathogènes spéciaux"],
                    cls="EX-01", pos="70388", eff="2018-03-12",
                    sup=("70051", ["Director General, National Microbiology Laboratory",
                                   "Directeur général, Laboratoire national de microbiologie"], "EX-03"),
                    reports=reports, salary=5340000, om=2860000, total=8200000, loc="Winnipeg, Manitoba", fte=61),
        people=[],
    )


def stony_2013() -> dict:
    reports = [("Deputy Warden", "EX-01", 402), ("Assistant Warden, Management Services", "AS-07", 58),
               ("Assistant Warden, Interventions", "WP-06", 71), ("Assistant Warden, Operations", "AS-07", 12)]
    blocks = [
        RAW("Correctional Service Canada"),
        H("Executive Work Description", 1),
        KV([("Working title", "Warden, Stony Mountain Institution"), ("Group - level", "EX-02"),
            ("Position #", "30412"), ("Job code", "101812"), ("Effective date", "April 1, 2013"),
            ("Institution / location", "Stony Mountain, Manitoba"),
            ("Supervisor", "Regional Deputy Commissioner, Prairie Region (EX-04)"),
            ("Supervisor's position #", "30001")], mode="table2"),
        H("General Accountability", 2),
        P("The Warden is accountable for the safe, secure and humane custody of offenders at Stony Mountain "
          "Institution, a multi-level institution with medium and minimum security units; for the delivery of "
          "correctional interventions and case management that contribute to the safe reintegration of "
          "offenders; and for the management of the institution's resources in accordance with the Corrections "
          "and Conditional Release Act."),
        H("Organization Structure", 2),
        P("The Warden is one of the institutional heads reporting to the Regional Deputy Commissioner, Prairie "
          "Region. Reporting to the Warden:"),
        T(["Position", "Classification", "FTEs"],
          [["Deputy Warden", "EX-01", "402"], ["Assistant Warden, Management Services", "AS-07", "58"],
           ["Assistant Warden, Interventions", "WP-06", "71"], ["Assistant Warden, Operations", "AS-07", "12"]]),
        H("Nature and Scope", 2),
        *PS("""
Stony Mountain Institution is the oldest federal penitentiary in Western Canada. Since its expansion in 2010 it
holds about 780 offenders, more than half of them Indigenous, many affiliated with street gangs and presenting
complex mental health needs. The institution must manage serious violence, the introduction of drugs and the
tensions between rival groups, in an old physical plant with new units added.

The Warden leads the implementation of the Service's Transformation Agenda, including the reorganization of
correctional interventions, the deficit reduction measures of 2012 and the consolidation of institutional
operations. Decisions on segregation, use of force, transfers and temporary absences are reviewed by the Office of
the Correctional Investigator, the courts and the Parole Board of Canada and are the object of media attention.

The Warden maintains relations with the Citizens' Advisory Committee, Elders and Indigenous organizations, the
RCMP and Winnipeg Police Service, the Province of Manitoba and the union locals, and directs the institution's
response to emergencies.
"""),
        H("Dimensions", 2),
        T(["", "2013-14"], [["FTEs", "543"], ["Salary", "$46.8M"], ["O&M", "$9.7M"], ["Total", "$56.5M"],
                            ["Rated capacity", "780"]]),
        H("Specific Accountabilities", 2),
        L(["Directs the security of the institution and the safe custody and control of offenders.",
           "Ensures that correctional plans, interventions and case preparation meet legislative requirements.",
           "Approves transfers, temporary absences and segregation decisions within delegated authorities.",
           "Leads the implementation of the Transformation Agenda and of the Service's priorities at the "
           "institution.",
           "Maintains relations with Indigenous communities, police services, community partners and unions.",
           "Directs the response to emergencies and convenes investigations into serious incidents.",
           "Manages the institution's human, financial and material resources."], "num"),
        H("Certification", 2),
        SIG("Warden: Colleen Ashdown-Ritchie    Date: 2013-05-21",
            "Regional Deputy Commissioner: ______________________ Date: __________"),
    ]
    return dict(
        key="csc-stony-2013", kind="docx", lang="en", fmt="docx", year=2013, blocks=blocks,
        render=dict(heading_mode="style", list_mode="style", font="Arial",
                    footer_text="CSC - SMI Warden EX-02 - revised 2013"),
        file="Warden SMI - revised 2013.docx",
        truth=truth(title="Warden, Stony Mountain Institution", cls="EX-02", job="101812", pos="30412",
                    eff="2013-04-01", sup=("30001", "Regional Deputy Commissioner, Prairie Region", "EX-04"),
                    reports=reports, salary=46800000, om=9700000, total=56500000, loc="Stony Mountain, Manitoba",
                    fte=543),
        people=["Colleen Ashdown-Ritchie"],
    )


def statcan_docx_2014() -> dict:
    blocks = [
        RAW("Statistics Canada / Statistique Canada"),
        H("Job Description", 1),
        KV(STATCAN_FIELDS, mode="table2"),
        H("General Accountability", 2),
        P(STATCAN_GA),
        H("Organization Structure", 2),
        P("The Director, Agriculture Division is one of four directors reporting to the Director General, "
          "Agriculture, Technology and Transportation Statistics Branch. Reporting to the Director are:"),
        L(["Assistant Director, Census of Agriculture (EC-07, 34 FTEs): responsible for the planning, collection, "
           "processing and dissemination of the Census of Agriculture.",
           "Chief, Crop and Livestock Surveys (EC-06, 22 FTEs): responsible for the field crop, livestock and "
           "specialty crop survey programs.",
           "Chief, Farm Financial Statistics (EC-06, 15 FTEs): responsible for farm income, farm expenses and the "
           "agriculture economic accounts.",
           "Chief, Agriculture Data Integration (EC-06, 12 FTEs): responsible for the use of administrative and "
           "remote sensing data in the program."], "bullet"),
        H("Nature and Scope", 2),
        *PS(STATCAN_NS),
        H("Dimensions", 2),
        KV([("FTEs", "86"), ("Salary", "$6.72M"), ("O&M", "$1.18M"), ("Total", "$7.9M")], mode="table2"),
        H("Specific Accountabilities", 2),
        L(STATCAN_ACTS, "num"),
        H("Certification", 2),
        P("The foregoing description is an accurate and complete statement of the duties assigned to the position."),
        SIG("Director General, Agriculture, Technology and Transportation Statistics Branch"),
    ]
    return dict(
        key="statcan-agri-2014-docx", kind="docx", lang="en", fmt="docx", year=2014, blocks=blocks,
        render=dict(heading_mode="style", list_mode="style", font="Arial"),
        file="Director Agriculture Division - EX-01.docx",
        truth=truth(title="Director, Agriculture Division", cls="EX-01", job="100847", pos="12766", eff="2014-05-05",
                    sup=("12980", "Director General, Agriculture, Technology and Transportation Statistics Branch",
                         "EX-03"), reports=STATCAN_REPORTS, salary=6720000, om=1180000, total=7900000,
                    loc="Ottawa, Ontario", fte=86),
        people=[],
    )


def dfo_gulf_fr_2018() -> dict:
    reports = [("Directeur de secteur, Golfe Nouvelle-Écosse", "EX-01", 31),
               ("Directeur de secteur, Est du Nouveau-Brunswick", "EX-01", 41),
               ("Directeur de secteur, Île-du-Prince-Édouard", "EX-01", 29),
               ("Chef régional, Gestion de la ressource", "BI-04", 15), ("Gestionnaire, Délivrance des permis", "PM-05", 13)]
    blocks = [
        RAW("Pêches et Océans Canada - Région du Golfe"),
        H("Description de travail - Cadre de direction", 1),
        KV([("Titre de l'emploi", "Directeur régional, Gestion des pêches, Région du Golfe"),
            ("Groupe et niveau", "EX-02"), ("No du poste", "20133"), ("Code d'emploi", "103377"),
            ("Date d'entrée en vigueur", "1er octobre 2018"), ("Lieu de travail", "Moncton (Nouveau-Brunswick)")],
           mode="table-stack"),
        H("Supérieur immédiat", 2),
        KV([("Titre du poste du supérieur", "Directeur général régional, Région du Golfe"),
            ("Groupe et niveau du supérieur", "EX-03"), ("No du poste du supérieur", "20001"), ("", "")],
           mode="table-stack"),
        H("Responsabilités générales", 2),
        P("Le directeur régional est responsable de la gestion des pêches commerciales, récréatives et "
          "autochtones du sud du golfe du Saint-Laurent, y compris la gestion de la ressource, la délivrance des "
          "permis et la répartition, et conseille le directeur général régional et le ministre sur les décisions "
          "de conservation et de répartition qui touchent les collectivités de pêche du Nouveau-Brunswick, de "
          "l'Île-du-Prince-Édouard et du golfe de la Nouvelle-Écosse."),
        H("Structure organisationnelle", 2),
        P("Les postes suivants relèvent du directeur régional :"),
        L(["Directeur de secteur, Golfe Nouvelle-Écosse (EX-01), 31 ETP",
           "Directeur de secteur, Est du Nouveau-Brunswick (EX-01), 41 ETP",
           "Directeur de secteur, Île-du-Prince-Édouard (EX-01), 29 ETP",
           "Chef régional, Gestion de la ressource (BI-04), 15 ETP",
           "Gestionnaire, Délivrance des permis (PM-05), 13 ETP"], "bullet"),
        H("Nature et étendue", 2),
        *PS("""
Les pêches de la Région du Golfe reposent surtout sur le homard, le crabe des neiges, le hareng et le pétoncle,
exploités par quelque 3 400 titulaires de permis et plus de 30 Premières Nations. La pêche est la base économique
de nombreuses collectivités acadiennes et côtières, et les décisions de quotas sont suivies de près par les
associations de pêcheurs, les transformateurs, les provinces et les élus.

Depuis 2017, la présence de la baleine noire de l'Atlantique Nord dans le golfe a entraîné des fermetures de
zones de pêche et de nouvelles mesures de gestion qui ont des répercussions importantes sur les pêcheurs de
crabe et de homard. Le directeur régional doit appliquer ces mesures avec rigueur tout en maintenant le dialogue
avec l'industrie et les collectivités.

La modernisation de la Loi sur les pêches et les engagements de réconciliation avec les Premières Nations, y
compris l'accès accru aux pêches commerciales, exigent de nouvelles approches de gestion et de consultation.
"""),
        H("Dimensions", 2),
        KV([("ETP", "133"), ("Salaires", "11 940 000 $"), ("F et E", "2 870 000 $"), ("Total", "14 810 000 $")],
           mode="table2"),
        H("Responsabilités spécifiques", 2),
        L(["Élabore les plans de gestion intégrée des pêches et les recommande au ministre.",
           "Dirige les politiques de délivrance des permis et de répartition dans la région.",
           "Met en oeuvre les mesures de protection de la baleine noire dans les pêches de la région.",
           "Mène les consultations auprès des pêcheurs, des transformateurs, des provinces et des Premières "
           "Nations.",
           "Conseille le directeur général régional sur les enjeux de gestion des pêches.",
           "Gère les ressources humaines, financières et matérielles de la direction."], "num"),
    ]
    return dict(
        key="dfo-gulf-2018-fr", kind="docx", lang="fr", fmt="docx", year=2018, blocks=blocks,
        render=dict(heading_mode="style", list_mode="style", font="Arial"),
        file="DR Gestion des pêches Golfe - révisée 2018.docx",
        truth=truth(title="Directeur régional, Gestion des pêches, Région du Golfe", cls="EX-02", job="103377",
                    pos="20133", eff="2018-10-01",
                    sup=("20001", "Directeur général régional, Région du Golfe", "EX-03"), reports=reports,
                    salary=11940000, om=2870000, total=14810000, loc="Moncton, Nouveau-Brunswick", fte=133),
        people=[],
    )


DOCS = [ec_storm_2009, tc_civil_aviation_2012, aafc_lethbridge_2016, parks_banff_2019, rcmp_forensic_2021,
        cbsa_pacific_highway_2017, wd_saskatchewan_2010, gac_southeast_asia_2022, nrcan_gsc_calgary_2007,
        pch_olsp_2015, csa_operations_2008, mpo_sciences_2018, arc_jonquiere_2005, finance_fpr_2024,
        phac_zoonotic_2018, stony_2013, statcan_docx_2014, dfo_gulf_fr_2018]
