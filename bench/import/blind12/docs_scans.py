"""blind12: signed paper forms that came back through the extraction tool, each page read as one
run of text under ``--- Full Extracted Text ---`` (the shape of seeds 003 and 004)."""
from __future__ import annotations

from fmt12 import COLS, H, KV, L, P, PAGE, PS, RAW, SIG, T, date, money, truth


def stony_1997() -> dict:
    reports = [("Deputy Warden", "EX-01", 298), ("Assistant Warden, Management Services", "AS-07", 41),
               ("Assistant Warden, Correctional Programs", "WP-06", 36),
               ("Administrative Officer to the Warden", "AS-02", 1)]
    blocks = [
        RAW("Correctional Service Service correctionnel\nCanada Canada"),
        H("EXECUTIVE POSITION DESCRIPTION"),
        KV([("Title of Position", "Warden, Stony Mountain Institution"),
            ("Group/Level", "EX-O2"),
            ("Position No.", "3O412"),
            ("Region", "Prairies"),
            ("Location", "Stony Mountain, Manitoba"),
            ("Effective Date", "April 1, 1997"),
            ("Reports to", "Deputy Commissioner, Prairie Region")]),
        H("GENERAL ACCOUNTABILITY"),
        P("Under the general direction of the Deputy Commissioner, Prairie Region, the Warden is accountable "
          "for the safe, secure and humane custody and control of approximately 560 medium security male "
          "offenders; for the delivery of correctional programs and case management services that contribute "
          "to the safe and timely reintegration of offenders into the community; and for the management of "
          "the human, financial and material resources of the institution in accordance with the Corrections "
          "and Conditional Release Act and its Regulations."),
        H("ORGANIZATION STRUCTURE"),
        P("The Warden is one of eleven heads of institutions reporting to the Deputy Commissioner, Prairie "
          "Region. The other positions reporting to the Deputy Commissioner are the District Directors of "
          "Parole, the Regional Administrators and the Executive Director of the Regional Psychiatric Centre."),
        P("Reporting to the Warden are:", prose=False),
        L(["Deputy Warden (EX-O1, 298 FTEs) responsible for the security and operations of the institution, "
           "including the living units, case management, visits and correspondence, and the inmate "
           "grievance process;",
           "Assistant Warden, Management Services (AS-O7, 41 FTEs) responsible for finance, materiel "
           "management, food services, works and engineering, and institutional administration;",
           "Assistant Warden, Correctional Programs (WP-O6, 36 FTEs) responsible for the delivery of "
           "substance abuse, cognitive skills, family violence and Aboriginal programs, education and "
           "CORCAN work assignments;",
           "Administrative Officer to the Warden (AS-O2, 1 FTE) responsible for correspondence, the Warden's "
           "board of investigation files and liaison with the regional headquarters."], style="dash"),
        H("NATURE AND SCOPE"),
        *PS("""
Stony Mountain Institution is the oldest federal penitentiary in Western Canada and houses a population
that is among the most diverse and difficult in the Region. More than forty percent of the offenders are of
Aboriginal ancestry, a significant number are affiliated with street gangs or organized crime groups, and many
present serious mental health and substance abuse problems. The physical plant is old and was not designed
for the program-intensive, dynamic security model the Service now requires, which places constant pressure
on staff deployment, maintenance and capital planning.

The Warden must balance the protection of society, which is the paramount consideration in every decision
taken about an offender, against the legal obligation to use the least restrictive measures consistent with
that protection. Decisions on transfers, temporary absences, segregation and the use of force are subject to
review by the Correctional Investigator, the courts and the National Parole Board, and are frequently the
object of media and public attention. The Warden must therefore ensure that every decision is documented,
defensible and consistent with law and policy.

The Warden is the Service's principal representative in the surrounding communities of Stony Mountain,
Rockwood and Winnipeg, and maintains relations with the Citizens' Advisory Committee, Aboriginal Elders and
organizations, police services, the Province of Manitoba and the bargaining agents. In an emergency such as a
disturbance, hostage-taking or escape, the Warden directs the institution's response and the deployment of
the emergency response team until the situation is resolved.
"""),
        H("DIMENSIONS"),
        KV([("Person-years", "376"), ("Salary", "$I7,420,000"), ("O&M", "$6,88O,OOO"),
            ("Total", "$24,300,000"), ("Rated capacity", "560 offenders")]),
        H("SPECIFIC ACCOUNTABILITIES"),
        L(["Directs the security of the institution and the control of offenders, ensuring that static and "
           "dynamic security measures are effective and that staff are trained and deployed accordingly.",
           "Ensures that each offender's correctional plan is developed, implemented and monitored, and that "
           "case preparation for the National Parole Board meets the statutory time frames.",
           "Approves transfers, temporary absences and work releases within the authorities delegated to the "
           "Warden, and reviews involuntary segregation placements.",
           "Develops and implements the institutional operational plan and budget, and reports on results "
           "and expenditures to the Deputy Commissioner.",
           "Establishes and maintains effective relations with the Citizens' Advisory Committee, Elders, "
           "volunteers, police services and community agencies.",
           "Directs the institution's response to emergencies and convenes boards of investigation into "
           "serious incidents.",
           "Manages labour relations at the institution, including consultation with the local bargaining "
           "agents and the resolution of grievances at the final institutional level.",
           "Ensures that the institution complies with occupational safety and health, fire safety and "
           "environmental requirements."], style="num"),
        H("CERTIFICATION"),
        SIG("I certify that this is an accurate description of the duties of the position.",
            "Incumbent: Raymond Sokolowski Date: 97/05/12",
            "Deputy Commissioner, Prairie Region: Elaine Thorvaldson Date: 97/05/20",
            "[ Received Regional Personnel MAY 2 6 1997 ]"),
    ]
    return dict(
        key="csc-stony-1997", kind="ocr", lang="en", fmt="ocr", year=1997, blocks=blocks,
        render=dict(runon=True, rate=0.035, joins=0.012, bullet="-",
                    page_prefix=lambda i, n: str(i) if i > 1 else None,
                    footer=lambda i, n: f"Warden SMI - EX-02 page {i} of {n}",
                    junk_end="( !;;:: '' - ~ *&lt; .. ,, Si( i"),
        truth=truth(title="Warden, Stony Mountain Institution", cls="EX-02", pos="30412", eff="1997-04-01",
                    sup=(None, "Deputy Commissioner, Prairie Region", None), reports=reports,
                    salary=17420000, om=6880000, total=24300000, loc="Stony Mountain, Manitoba", fte=376),
        people=["Raymond Sokolowski", "Elaine Thorvaldson"],
    )


def pwgsc_atlantic_1999() -> dict:
    reports = [("Director, Real Property Services", "EX-01", 212), ("Director, Supply Operations Services", "EX-01", 64),
               ("Director, Government Telecommunications and Informatics Services", "EX-01", 58),
               ("Director, Finance and Administration", "FI-04", 37), ("Director, Human Resources", "PE-06", 19),
               ("Regional Manager, Communications", "IS-05", 4)]
    blocks = [
        RAW("I PWGSC Job code: 2l457"),
        H("EXECUTIVE GROUP POSITION DESCRIPTION"),
        KV([("POSITION TITLE", "Regional Director General, Atlantic Reglon"), ("BRANCH", "Operations"),
            ("REPORTS TO", "Assistant Deputy Minister, Operations (EX-05)"),
            ("DEPARTMENT", "Public Works and Government Services Canada"), ("POSITION NUMBER", "7OO31"),
            ("LEVEL", "EX-O3"), ("HEADQUARTERS", "Halifax, Nova Scotia"), ("EFFECTIVE", "October 1, 1999")]),
        H("GENERAL ACCOUNTABILITY"),
        P("The Regional Director General (RDG) is accountable to the Assistant Deputy Minister, Operations, for "
          "the delivery of the full range of the Department's common services in the four Atlantic provinces: "
          "real property and accommodation, acquisitions, telecommunications and informatics, compensation "
          "and translation support, and for representing the Department with client departments, the "
          "provincial governments and the business community of the Region."),
        H("ORGANIZATION STRUCTURE"),
        P("The RDG, Atlantic Region is one of five regional directors general reporting to the Assistant Deputy "
          "Minister, Operations. The others are the RDGs for Quebec, Ontario, Western and Pacific Regions. "
          "The following positions report to the RDG: Director, Real Property Services, (EX-O1, 212 FTEs) "
          "accountable for: the management of the Crown-owned and leased inventory in the Region, "
          "accommodation projects, property management contracts and the engineering and architectural "
          "services provided to clients. Director, Supply Operations Services, (EX-O1, 64 FTEs) accountable "
          "for: contracting for goods and services on behalf of federal departments in the Region, including "
          "the major marine and defence requirements of the Halifax and Saint John shipyards. Director, "
          "Government Telecommunications and Informatics Services, (EX-O1, 58 FTEs) accountable for: the "
          "regional networks, the data centre in Moncton and the informatics services sold to clients. "
          "Director, Finance and Administration, (FI-O4, 37 FTEs) accountable for: regional financial "
          "planning, accounting operations, the cost recovery of services and administrative support. "
          "Director, Human Resources, (PE-O6, 19 FTEs) accountable for: staffing, classification, labour "
          "relations and training services for the Region's employees. Regional Manager, Communications, "
          "(IS-O5, 4 FTEs) accountable for: media relations, ministerial events and internal communications."),
        H("NATURE AND SCOPE"),
        *PS("""
Public Works and Government Services Canada was created in 1993 from the amalgamation of the former
departments of Public Works, Supply and Services, the Government Telecommunications Agency and the Translation
Bureau. The Department's mandate is to provide common services to federal departments and agencies in a manner
that ensures value for money to the taxpayer and maximum benefit to the Canadian economy. In the Atlantic Region
the Department is one of the largest federal employers and its decisions on accommodation and procurement have a
visible impact on the local economies of many smaller communities.

The RDG operates in an environment of fiscal restraint following Program Review, in which client departments
are reducing their own budgets and expect their common service provider to do the same while maintaining the
level of service. The Region must recover a growing share of its costs from clients through optional services,
which requires the RDG to adopt a business approach to service delivery while respecting the rules of fairness,
openness and transparency that apply to government contracting and real property transactions.

The RDG is the Department's senior representative in the Region and the point of contact for Members of
Parliament, provincial deputy ministers and industry associations. Major issues include the rationalization of
federal office space in Halifax, Moncton, Saint John, Charlottetown and St. John's, the disposal of surplus
properties, regional economic benefits arising from major Crown projects, and Year 2000 readiness of the
regional systems and buildings.
"""),
        H("DIMENSIONS"),
        KV([("Region FTEs", "402"), ("Salary", "$18.9M"), ("O&M", "$11.35M"), ("Total", "$30.25M"),
            ("Real property inventory managed", "$1.2 billion"),
            ("Value of contracts issued annually", "$410 million")]),
        H("SPECIFIC ACCOUNTABILITIES"),
        P("The RDG is specifically accountable for:", prose=False),
        L(["Directing the delivery of departmental services in the Atlantic provinces in accordance with national "
           "policies and standards and the service agreements concluded with client departments;",
           "Developing the Region's business plan and allocating its resources among the service lines, and "
           "reporting on results to the ADM, Operations;",
           "Representing the Department with senior officials of client departments, the four provincial "
           "governments, municipalities and industry associations;",
           "Ensuring that real property and procurement decisions in the Region are fair, open and defensible and "
           "take regional economic benefits into account;",
           "Leading the rationalization of the Region's office accommodation and the disposal of surplus "
           "properties;",
           "Ensuring the Year 2000 readiness of regional systems and facilities and the continuity of services "
           "to clients;",
           "As a member of the Department's Operations Management Committee, contributing to national policy, "
           "planning and resource allocation decisions;",
           "Managing the Region's human, financial and material resources with prudence and probity."],
          style="num"),
        H("CERTIFICATION"),
        SIG("The foregoing is an accurate statement of the duties and responsibilities of the position.",
            "Regional Director General, Atlantic Region Date",
            "Assistant Deputy Minister, Operations Date"),
    ]
    return dict(
        key="pwgsc-atlantic-1999", kind="ocr", lang="en", fmt="ocr", year=1999, blocks=blocks,
        render=dict(runon=True, rate=0.03, joins=0.01, bullet="e",
                    page_prefix=lambda i, n: {2: "2", 3: "3", 4: "a4"}.get(i),
                    footer=lambda i, n: "RDG, Atlantic Region",
                    junk_end="Regional Director General (i (CO;!;*;*;* ; ! ! ~ ! !C C ate! Assistant Deputy Minister Date"),
        truth=truth(title="Regional Director General, Atlantic Region", cls="EX-03", job="21457", pos="70031",
                    eff="1999-10-01", sup=(None, "Assistant Deputy Minister, Operations", "EX-05"), reports=reports,
                    salary=18900000, om=11350000, total=30250000, loc="Halifax, Nova Scotia", fte=402),
        people=[],
    )


def vac_cod_2010() -> dict:
    reports = [("Director, Disability Adjudication", "EX-01", 212),
               ("Director, Program Processing and Payments", "EX-01", 137),
               ("Director, Business Planning and Operational Support", "AS-07", 23),
               ("Manager, Quality Assurance and Client Feedback", "PM-06", 11)]
    blocks = [
        RAW("PROTECTED A (when completed)"),
        RAW("Veterans Affairs Canada Anciens Combattants Canada"),
        H("WORK DESCRIPTION - EXECUTIVE (EX) GROUP"),
        KV([("Position title", "Director General, Centralized Operations Division"),
            ("Classification", "EX-02"), ("Position number", "100388"), ("Job code", "31744"),
            ("Effective date", "June 14, 2010"), ("Branch", "Service Delivery and Program Management"),
            ("City / Province", "Charlottetown, Prince Edward Island"),
            ("Supervisor title", "Assistant Deputy Minister, Service Delivery and Program Management"),
            ("Supervisor group and level", "EX-05"), ("Supervisor position number", "100014")]),
        H("GENERAL ACCOUNTABILITY"),
        P("The Director General, Centralized Operations Division is accountable for the national adjudication "
          "of disability benefit applications and the processing and payment of health care, treatment and "
          "financial benefits to Veterans, still-serving members of the Canadian Forces, RCMP members and their "
          "families; for setting the standards of timeliness, quality and consistency of these decisions; and "
          "for the modernization of the processes and systems that support them."),
        H("ORGANIZATION STRUCTURE"),
        P("This is one of four positions reporting to the Assistant Deputy Minister, Service Delivery and Program "
          "Management. The others are the Director General, Field Operations, the Director General, Program and "
          "Service Policy and the Director General, Service Delivery Management."),
        P("Specific responsibilities of the four positions reporting directly to the Director General are as "
          "follows:", prose=False),
        P("Director, Disability Adjudication, EX-01 (staff of 212) is responsible for first-level decisions on "
          "disability pension and disability award applications, the medical advisory services that support "
          "adjudicators, and the review of decisions at the request of applicants."),
        P("Director, Program Processing and Payments, EX-01 (staff of 137) is responsible for the processing of "
          "health care and treatment benefits, the Veterans Independence Program payments, the contract with the "
          "third-party processor of health claims and the recovery of overpayments."),
        P("Director, Business Planning and Operational Support, AS-07 (staff of 23) is responsible for "
          "workload forecasting, performance reporting, the operational budget and the administrative "
          "support of the Division."),
        P("Manager, Quality Assurance and Client Feedback, PM-06 (staff of 11) is responsible for quality "
          "monitoring of decisions, the analysis of complaints and the Division's client satisfaction surveys."),
        H("NATURE AND SCOPE"),
        *PS("""
Veterans Affairs Canada is responsible for the care, treatment and re-establishment in civil life of those who
served Canada in the Canadian Forces and its predecessors, and for the commemoration of their achievements and
sacrifices. The New Veterans Charter of 2006 introduced a suite of rehabilitation, financial and disability
award programs for younger Veterans, which has changed the profile of the Department's clients and increased
the volume and complexity of applications at the same time as the number of traditional war service Veterans
declines.

The Division processes more than 40,000 disability applications and some 2.5 million health care claims a
year. Its decisions affect the income and health of clients directly, are scrutinized by the Veterans Review
and Appeal Board, the Veterans Ombudsman, parliamentarians and the media, and must be made within published
service standards. The Director General must reconcile the demand for faster decisions with the legal
requirement that each decision give the benefit of the doubt to the applicant and rest on the evidence.

The Director General leads a significant transformation of the Division's work: the move from paper files to
electronic imaging, the simplification of adjudication policy and forms, and the introduction of national
workload management so that applications can be decided in any office. This change must be carried out while
service continues, in a workforce that is largely concentrated in Charlottetown and for which the Department is
a principal employer of the community.
"""),
        H("DIMENSIONS"),
        KV([("FTEs", "398"), ("Salary", "$24,600,000"), ("O&M", "$2,150,000"), ("Total", "$26,750,000"),
            ("Benefits paid through the Division (annual)", "$1.9 billion")]),
        H("SPECIFIC ACCOUNTABILITIES"),
        L(["Directs the national adjudication of disability benefits and ensures that decisions are timely, "
           "consistent and based on the evidence and the legislation.",
           "Directs the processing and payment of health care and financial benefits and the management of the "
           "contract with the third-party health claims processor.",
           "Sets national service standards, monitors performance against them and reports to senior management "
           "and to Parliament through the departmental performance report.",
           "Leads the modernization of the Division's business processes and systems, including electronic "
           "imaging and national workload distribution.",
           "Provides advice to the ADM and the Deputy Minister on the operational implications of proposed policy "
           "and legislative changes.",
           "Maintains relations with the Veterans Review and Appeal Board, the Bureau of Pensions Advocates, the "
           "Veterans Ombudsman and Veterans' organizations on operational issues.",
           "Manages the Division's human, financial and material resources and fosters a healthy, bilingual "
           "workplace."], style="num"),
        H("CERTIFICATION"),
        SIG("Incumbent: Kathleen MacEachern", "Signature ______________ Date 2010-07-02",
            "Supervisor: ______________ Date __________", "Classification approval: EX-02 effective 2010-06-14"),
    ]
    return dict(
        key="vac-cod-2010", kind="ocr", lang="en", fmt="ocr", year=2010, blocks=blocks,
        render=dict(runon=True, rate=0.025, joins=0.01, bullet="e",
                    header=lambda i, n: "PROTECTED A" if i > 1 else None,
                    footer=lambda i, n: f"DG COD {i}/{n}"),
        truth=truth(title="Director General, Centralized Operations Division", cls="EX-02", job="31744",
                    pos="100388", eff="2010-06-14",
                    sup=("100014", "Assistant Deputy Minister, Service Delivery and Program Management", "EX-05"),
                    reports=reports, salary=24600000, om=2150000, total=26750000,
                    loc="Charlottetown, Prince Edward Island", fte=398),
        people=["Kathleen MacEachern"],
    )


def inac_nunavut_2008() -> dict:
    reports = [("Director, Land Administration", "EX-01", 22), ("Director, Resource Management", "EX-01", 19),
               ("Manager, Contaminated Sites Program", "PC-04", 9), ("Director, Corporate Services", "AS-07", 17),
               ("Senior Implementation Advisor", "PM-06", 3)]
    blocks = [
        RAW("Indian and Northern Affaires indiennes\nAffairs Canada et du Nord Canada"),
        H("EXECUTIVE JOB DESCRIPTION"),
        KV([("Title", "Regional Director General, Nunavut Region"), ("Level", "EX-03"),
            ("Job Number", "EX-0458"), ("Pos. No.", "N-11620"), ("Effective Date of Classification", "2008-09-02"),
            ("Reporting to", "Assistant Deputy Minister, Northern Affairs Organization (EX-05), Position No. 10012"),
            ("Location", "Iqaluit, Nunavut")], sep=" : "),
        H("PURPOSE"),
        P("The Regional Director General is accountable for the delivery of the Department's programs and "
          "services in Nunavut, including the management of Crown lands and resources, the implementation of "
          "the Nunavut Land Claims Agreement, contaminated sites remediation and the devolution of province-like "
          "responsibilities; and for the Department's relations with the Government of Nunavut, Nunavut "
          "Tunngavik Incorporated, the regional Inuit associations and industry."),
        H("ORGANIZATIONAL STRUCTURE"),
        P("The RDG is one of three regional directors general reporting to the Assistant Deputy Minister, "
          "Northern Affairs Organization. Reporting to the RDG are: the Director, Land Administration "
          "(EX-01, 22 FTEs); the Director, Resource Management (EX-01, 19 FTEs); the Manager, Contaminated Sites "
          "Program (PC-04, 9 FTEs); the Director, Corporate Services (AS-07, 17 FTEs); and the Senior "
          "Implementation Advisor (PM-06, 3 FTEs)."),
        H("NATURE AND SCOPE"),
        *PS("""
Nunavut was created in 1999 through the Nunavut Act and the Nunavut Land Claims Agreement, the largest
Aboriginal land claim settlement in Canadian history. The federal government retains responsibility for the
administration of Crown lands, water and non-renewable resources in the territory, which covers one fifth of
Canada's land mass and is home to about 30,000 people in 25 communities accessible only by air and sealift. The
Region delivers its programs from Iqaluit with small staff in Rankin Inlet and Cambridge Bay.

Mineral exploration and development in Nunavut has grown rapidly, with the Meadowbank gold mine under
construction and major iron ore and uranium projects entering environmental review. The RDG must ensure that
the federal regulatory responsibilities for land use, water and resource management are exercised in a timely
and predictable way through the institutions of public government created by the Agreement, while protecting
the environment and respecting Inuit rights. Disagreements over the implementation of the Agreement have led to
litigation, and relations with Inuit organizations require sustained attention at the most senior levels.

The RDG also leads the federal preparations for the devolution of land and resource management to the Government
of Nunavut, manages the remediation of abandoned mine sites and former Distant Early Warning radar stations,
and coordinates the presence of other federal departments in the territory through the Nunavut Federal Council.
Recruitment and retention of qualified staff, and the Article 23 obligation to increase Inuit employment in
government, are constant challenges.
"""),
        H("DIMENSIONS"),
        KV([("FTEs", "78"), ("Salary", "$6,400,000"), ("O&M", "$3,750,000"), ("Total operating", "$10,150,000"),
            ("Grants and Contributions", "$46,000,000")]),
        H("SPECIFIC ACCOUNTABILITIES"),
        L(["Directs the administration of Crown lands, water and mineral rights in Nunavut and the issuance of "
           "permits, leases and licences under federal legislation.",
           "Represents the Department in the implementation of the Nunavut Land Claims Agreement and in relations "
           "with Nunavut Tunngavik Incorporated and the regional Inuit associations.",
           "Leads the federal negotiating team for the devolution of lands and resources to the Government of "
           "Nunavut, in cooperation with headquarters.",
           "Directs the Contaminated Sites Program in the Region, including the remediation of abandoned mines "
           "and former military sites.",
           "Ensures that the Region's participation in environmental assessments of major projects is timely and "
           "coordinated with other federal departments.",
           "Chairs the Nunavut Federal Council and promotes horizontal cooperation among federal departments in "
           "the territory.",
           "Develops and implements the Region's Inuit employment plan under Article 23 of the Agreement.",
           "Manages the human, financial and material resources of the Region."], style="num"),
        H("SIGNATURES"),
        SIG("Regional Director General ______________________ Date ____________",
            "Assistant Deputy Minister, Northern Affairs Organization ___________ Date ________",
            "Incumbent: Theresa Angootealuk-Price"),
    ]
    return dict(
        key="inac-nunavut-2008", kind="ocr", lang="en", fmt="ocr", year=2008, blocks=blocks,
        render=dict(runon=True, rate=0.03, joins=0.012, bullet="»",
                    page_prefix=lambda i, n: str(i) if i > 1 else None,
                    footer=lambda i, n: "RDG Nunavut Region - EX-03"),
        truth=truth(title="Regional Director General, Nunavut Region", cls="EX-03", job="EX-0458", pos="N-11620",
                    eff="2008-09-02",
                    sup=("10012", "Assistant Deputy Minister, Northern Affairs Organization", "EX-05"),
                    reports=reports, salary=6400000, om=3750000, total=10150000, loc="Iqaluit, Nunavut", fte=78,
                    progb=46000000),
        people=["Theresa Angootealuk-Price"],
    )


def dnd_env_2005() -> dict:
    reports = [("Director, Environmental Stewardship", "EX-01", 15),
               ("Director, Environmental Protection and Compliance", "EN-ENG-06", 12),
               ("Director, Contaminated Sites Program", "EX-01", 18), ("Business Manager", "AS-05", 4)]
    blocks = [
        RAW("National Defence Défense nationale"),
        H("EXECUTIVE WORK DESCRIPTION"),
        KV([("TITLE", "Director General, Environment"), ("ABBREVIATION", "DG Env"), ("GROUP/LEVEL", "EX 02"),
            ("POSITION No.", "55761"), ("JOB CODE No.", "1O9338"), ("EFFECTIVE DATE", "15 November 2005"),
            ("SUPERVISOR", "Assistant Deputy Minister (Infrastructure and Environment)")]),
        H("GENERAL ACCOUNTABILITY:"),
        P("The Director General, Environment is accountable for the development of the Defence environmental "
          "policy framework and programs, for the functional direction of environmental protection and "
          "stewardship across the Department and the Canadian Forces, and for the national management of the "
          "Defence contaminated sites program, so that military activities are conducted in compliance with "
          "environmental legislation and with due regard for the health of Canadians."),
        H("ORGANIZATIONAL STRUCTURE:"),
        P("The DG Env is one of four directors general reporting to the ADM (IE). Positions reporting to the "
          "Director General are: Director, Environmental Stewardship (EX-O1, 15 FTEs); Director, "
          "Environmental Protection and Compliance (EN-ENG-O6, 12 FTEs); Director, Contaminated Sites Program "
          "(EX-O1, 18 FTEs); and the Business Manager (AS-O5, 4 FTEs)."),
        H("NATURE AND SCOPE:"),
        *PS("""
The Department of National Defence is the largest federal landholder, with more than 2.2 million hectares of
training areas, ranges and bases, and operates ships, aircraft, vehicles and industrial facilities whose
activities are subject to the Canadian Environmental Protection Act, the Fisheries Act, the Migratory Birds
Convention Act and the Canadian Environmental Assessment Act, as well as to the laws of host nations when the
Canadian Forces operate abroad. The Department's environmental performance is reported to Parliament in its
Sustainable Development Strategy and is monitored by the Commissioner of the Environment and Sustainable
Development.

The DG Env provides functional authority over environmental matters to the environmental chiefs of commands and
bases, who report in their own chains of command. The position must therefore achieve results largely through
influence, policy direction and the allocation of central funds, in an organization whose first priority is
operational readiness. Competing demands between training requirements and environmental protection must be
resolved in a way that sustains both.

The Defence contaminated sites liability is one of the largest in the federal government and includes unexploded
explosive ordnance, former radar sites and fuel and chemical contamination on operating bases. The Director
General sets national priorities for assessment and remediation, secures funding through the Federal
Contaminated Sites Action Plan and reports on progress to central agencies.
"""),
        H("DIMENSIONS:"),
        P("The Directorate has 52 FTEs, a salary budget of $3,950,000 and O&M of $1,850,000 for a total of "
          "$5,800,000. The DG Env also allocates the contaminated sites program budget of $72 million a year.",
          prose=False),
        H("SPECIFIC ACCOUNTABILITIES:"),
        L(["Develops and promulgates the Defence environmental policy, directives and standards, and the "
           "Department's Sustainable Development Strategy.",
           "Provides functional direction and advice to commands and bases on environmental protection, "
           "environmental assessment and compliance.",
           "Directs the national Defence contaminated sites program and allocates its funding according to risk.",
           "Represents the Department with Environment Canada, central agencies, provinces and allied defence "
           "organizations on environmental issues.",
           "Reports on the Department's environmental performance to senior management, the Commissioner of the "
           "Environment and Sustainable Development and Parliament.",
           "Ensures that environmental considerations are integrated into the planning of operations, exercises "
           "and major capital projects.",
           "Manages the human, financial and material resources of the Directorate General."], style="num"),
        H("CERTIFICATION"),
        SIG("ADM (IE) ____________________ date ______",
            "DG Env (incumbent) Bernard Quesnel-Hayes ______________ date 2005-11-30"),
    ]
    return dict(
        key="dnd-env-2005", kind="ocr", lang="en", fmt="ocr", year=2005, blocks=blocks,
        render=dict(runon=True, rate=0.03, joins=0.01, bullet="e",
                    page_prefix=lambda i, n: str(i) if i > 1 else None,
                    footer=lambda i, n: "UNCLASSIFIED"),
        truth=truth(title="Director General, Environment", cls="EX-02", job="109338", pos="55761", eff="2005-11-15",
                    sup=(None, "Assistant Deputy Minister (Infrastructure and Environment)", None), reports=reports,
                    salary=3950000, om=1850000, total=5800000, loc=None, fte=52, progb=72000000),
        people=["Bernard Quesnel-Hayes"],
    )


def dec_abitibi_2006() -> dict:
    reports = [("Conseiller principal, Développement des entreprises", "CO-03", 5),
               ("Conseiller principal, Développement des collectivités", "CO-03", 4),
               ("Agente administrative", "CR-05", 1)]
    blocks = [
        RAW("Développement économique Canada pour les régions du Québec"),
        H("DESCRIPTION DE TRAVAIL - GROUPE DE LA DIRECTION"),
        KV([("Titre du poste", "Directeur, Bureau d'affaires de l'Abitibi-Témiscamingue"),
            ("Groupe et niveau", "EX-O1"), ("Numéro du poste", "2O184"),
            ("Date d'entrée en vigueur", "15 mai 2006"), ("Lieu de travail", "Rouyn-Noranda (Québec)"),
            ("Relève de", "Directeur général, Opérations régionales - Ouest (EX-O3)")]),
        H("RESPONSABILITÉS GÉNÉRALES"),
        P("Le directeur est responsable de la prestation des programmes de l'Agence dans la région de "
          "l'Abitibi-Témiscamingue, de l'analyse et de la recommandation des projets d'aide financière aux "
          "entreprises et aux organismes, de l'appui au développement des collectivités et de la représentation "
          "de l'Agence auprès des intervenants économiques régionaux."),
        H("STRUCTURE ORGANISATIONNELLE"),
        P("Le directeur est l'un des quatre directeurs de bureau d'affaires relevant du directeur général, "
          "Opérations régionales - Ouest. Relèvent du directeur : le conseiller principal, Développement des "
          "entreprises (CO-O3), qui encadre une équipe de 5 ETP ; le conseiller principal, Développement des "
          "collectivités (CO-O3), qui encadre une équipe de 4 ETP ; l'agente administrative (CR-O5, 1 ETP)."),
        H("NATURE ET ÉTENDUE"),
        *PS("""
L'Abitibi-Témiscamingue est une région ressource dont l'économie repose en grande partie sur les mines, la forêt
et l'agriculture. La crise de l'industrie forestière et la volatilité du prix des métaux exposent les
collectivités à des fermetures d'usines et à des pertes d'emplois importantes, alors que la région connaît aussi
une pénurie de main-d'oeuvre qualifiée dans certains secteurs. Le directeur doit appuyer la diversification de
l'économie régionale et la capacité d'innovation des petites et moyennes entreprises.

Le directeur gère un portefeuille d'environ 120 projets actifs et recommande l'octroi de contributions
remboursables et non remboursables dans le cadre des programmes de l'Agence. Il doit évaluer la viabilité des
projets, le risque financier et les retombées économiques, et s'assurer du respect des conditions des ententes.
Les décisions de financement font l'objet de l'attention des élus, des médias et des organismes régionaux.

Le directeur entretient des relations suivies avec les sociétés d'aide au développement des collectivités,
les centres locaux de développement, la conférence régionale des élus, les ministères du Québec, les
communautés autochtones et les associations sectorielles. Il représente l'Agence dans les comités régionaux et
conseille la haute direction sur les enjeux économiques de la région.
"""),
        H("DIMENSIONS"),
        KV([("ETP", "13"), ("Budget salarial", "9O5 OOO $"), ("F et E", "118 k$"), ("Total", "1 O23 OOO $"),
            ("Contributions autorisées", "14,6 M$")]),
        H("RESPONSABILITÉS SPÉCIFIQUES"),
        L(["Dirige la prestation des programmes de l'Agence dans la région et veille à l'atteinte des résultats "
           "prévus au plan d'affaires.",
           "Recommande l'approbation des projets d'aide financière et s'assure de la qualité des analyses et de "
           "la gestion du risque.",
           "Assure le suivi des ententes de contribution et le recouvrement des contributions remboursables.",
           "Établit et maintient des partenariats avec les intervenants socioéconomiques régionaux.",
           "Conseille la haute direction sur la situation économique régionale et sur les occasions "
           "d'intervention de l'Agence.",
           "Représente l'Agence et le ministre lors d'annonces et d'événements régionaux.",
           "Gère les ressources humaines, financières et matérielles du bureau."], style="num"),
        H("ATTESTATION"),
        SIG("Titulaire : Martine Gauthier-Lessard Date : 2006-06-01",
            "Directeur général : ____________________ Date : ________"),
    ]
    return dict(
        key="dec-abitibi-2006", kind="ocr", lang="fr", fmt="ocr", year=2006, blocks=blocks,
        render=dict(runon=True, rate=0.03, accents=0.25, joins=0.012, bullet="e",
                    page_prefix=lambda i, n: str(i) if i > 1 else None,
                    footer=lambda i, n: f"Page {i} de {n}"),
        truth=truth(title="Directeur, Bureau d'affaires de l'Abitibi-Témiscamingue", cls="EX-01", pos="20184",
                    eff="2006-05-15", sup=(None, "Directeur général, Opérations régionales - Ouest", "EX-03"),
                    reports=reports, salary=905000, om=118000, total=1023000, loc="Rouyn-Noranda, Québec", fte=13,
                    progb=14600000),
        people=["Martine Gauthier-Lessard"],
    )


def hc_securite_produits_2009() -> dict:
    reports = [("Gestionnaire, Inspection et conformité", "TI-08", 21), ("Gestionnaire, Laboratoire régional", "PC-03", 9),
               ("Chef, Promotion et sensibilisation", "PM-05", 3), ("Adjointe administrative", "AS-01", 1)]
    blocks = [
        RAW("Santé Canada Health Canada"),
        RAW("Direction générale de la santé environnementale et de la sécurité des consommateurs"),
        H("DESCRIPTION DE POSTE DE CADRE"),
        KV([("Titre", "Directeur régional, Programme de la sécurité des produits, Région du Québec"),
            ("Classification", "EX-O1"), ("No de poste", "HC-45073"), ("Code d'emploi", "EX-2217"),
            ("En vigueur le", "2009-03-30"), ("Endroit", "Longueuil (Québec)")]),
        KV([("Titre du poste du superviseur", "Directeur général régional, Région du Québec"),
            ("Classification du superviseur", "EX-O3"), ("No de poste du superviseur", "HC-40001")]),
        H("RESPONSABILITÉS GÉNÉRALES"),
        P("Le titulaire est responsable de la mise en oeuvre, dans la région du Québec, du Programme de la "
          "sécurité des produits de consommation et des produits chimiques, y compris l'inspection, les "
          "enquêtes, l'échantillonnage et l'analyse en laboratoire, les mesures de conformité et la "
          "sensibilisation de l'industrie et du public, afin de réduire les risques pour la santé et la sécurité "
          "des Canadiens."),
        H("STRUCTURE ORGANISATIONNELLE"),
        P("Le poste relève du directeur général régional, Région du Québec. Les postes suivants relèvent du "
          "directeur régional : Gestionnaire, Inspection et conformité - TI-O8 - 21 ETP ; Gestionnaire, "
          "Laboratoire régional - PC-O3 - 9 ETP ; Chef, Promotion et sensibilisation - PM-O5 - 3 ETP ; "
          "Adjointe administrative - AS-O1 - 1 ETP."),
        H("NATURE ET ÉTENDUE"),
        *PS("""
Le Programme de la sécurité des produits applique la Loi sur les produits dangereux, la Loi sur les produits
antiparasitaires pour certains volets, et prépare l'entrée en vigueur d'une nouvelle loi canadienne sur la
sécurité des produits de consommation. La région du Québec compte un grand nombre de fabricants,
d'importateurs et de détaillants, ainsi que le port de Montréal, par lequel transite une part importante des
produits importés d'Asie.

Les rappels de jouets contenant du plomb et les incidents liés aux produits pour enfants ont accru les attentes
du public et des médias envers le Ministère. Le directeur régional doit établir les priorités d'inspection en
fonction du risque, décider des mesures à prendre à l'égard des produits non conformes, notamment les
saisies et les recommandations de poursuite, et coordonner ses actions avec l'Agence des services frontaliers du
Canada et les autorités provinciales.

Le directeur régional doit aussi maintenir l'expertise technique de son personnel dans un domaine en
évolution rapide, assurer l'accréditation du laboratoire régional et mener des activités de sensibilisation
auprès de l'industrie et des consommateurs, en français et en anglais.
"""),
        H("DIMENSIONS"),
        KV([("Ressources humaines", "37 ETP"), ("Salaires", "2 64O OOO $"), ("F et E", "41O OOO $"),
            ("Total", "3 050 000 $")]),
        H("RESPONSABILITÉS SPÉCIFIQUES"),
        L(["Dirige les activités d'inspection, d'enquête et d'échantillonnage du Programme dans la région.",
           "Décide des mesures de conformité et recommande les poursuites au besoin.",
           "Assure la gestion et l'accréditation du laboratoire régional.",
           "Coordonne les interventions avec l'ASFC, les autorités provinciales et les autres régions.",
           "Planifie et met en oeuvre les activités de sensibilisation auprès de l'industrie et du public.",
           "Conseille le directeur général régional et la direction générale sur les enjeux régionaux.",
           "Gère les ressources humaines, financières et matérielles de la direction."], style="alpha"),
        H("SIGNATURES"),
        SIG("Titulaire : Sylvain Beauregard-Nadeau ________________",
            "Superviseur : ____________________ Date : 2009-04-14"),
    ]
    return dict(
        key="hc-produits-2009", kind="ocr", lang="fr", fmt="ocr", year=2009, blocks=blocks,
        render=dict(runon=True, rate=0.028, accents=0.3, joins=0.01, bullet="«",
                    page_prefix=lambda i, n: str(i) if i > 1 else None,
                    footer=lambda i, n: "DR, PSP - Région du Québec"),
        truth=truth(title="Directeur régional, Programme de la sécurité des produits, Région du Québec", cls="EX-01",
                    job="EX-2217", pos="HC-45073", eff="2009-03-30",
                    sup=("HC-40001", "Directeur général régional, Région du Québec", "EX-03"), reports=reports,
                    salary=2640000, om=410000, total=3050000, loc="Longueuil, Québec", fte=37),
        people=["Sylvain Beauregard-Nadeau"],
    )


def acoa_pei_2007() -> dict:
    reports = [("Director, Enterprise Development", "EX-01", 18), ("Director, Community Development", "EX-01", 14),
               ("Director, Policy, Advocacy and Coordination", "EC-07", 6),
               ("Director, Finance and Corporate Services", "FI-03", 11)]
    blocks = [
        RAW("Atlantic Canada Agence de promotion\nOpportunities Agency économique du Canada atlantique"),
        H("POSITION DESCRIPTION / DESCRIPTION DE POSTE"),
        KV([("Position Title / Titre du poste",
             "Vice-President, Prince Edward Island / Vice-président, Île-du-Prince-Édouard"),
            ("Classification", "EX-04"), ("Position Number / Numéro du poste", "A-0044"),
            ("Effective Date / Date d'entrée en vigueur", "2007-01-08"),
            ("Location / Lieu", "Charlottetown, P.E.I. / Î.-P.-É."),
            ("Reports to / Relève du", "President / Président")]),
        H("GENERAL ACCOUNTABILITY / RESPONSABILITÉS GÉNÉRALES"),
        P("The Vice-President, Prince Edward Island is accountable for the delivery of the Agency's programs and "
          "services in the province, for advancing the Agency's policy, advocacy and coordination mandate with "
          "the Government of Prince Edward Island and the business community, and for the management of the "
          "regional office."),
        P("Le vice-président, Île-du-Prince-Édouard est responsable de la prestation des programmes et services "
          "de l'Agence dans la province, de la promotion du mandat de l'Agence en matière de politiques, de "
          "représentation et de coordination auprès du gouvernement de l'Île-du-Prince-Édouard et des milieux "
          "d'affaires, ainsi que de la gestion du bureau régional."),
        H("ORGANIZATION STRUCTURE"),
        P("The Vice-President is one of four regional vice-presidents reporting to the President of the Agency. "
          "Reporting to the Vice-President are:", prose=False),
        L(["Director, Enterprise Development, EX-01 (18 FTEs): business development programs, the Atlantic "
           "Innovation Fund projects in the province and the portfolio of repayable contributions;",
           "Director, Community Development, EX-01 (14 FTEs): the Community Futures network, the Innovative "
           "Communities Fund and infrastructure programs delivered for the Government of Canada;",
           "Director, Policy, Advocacy and Coordination, EC-07 (6 FTEs): economic analysis, federal-provincial "
           "relations and the coordination of federal departments in the province;",
           "Director, Finance and Corporate Services, FI-03 (11 FTEs): financial management, accommodation, "
           "information management and administrative services."], style="bullet"),
        H("NATURE AND SCOPE"),
        *PS("""
Prince Edward Island has the smallest and most seasonal economy in the country, with a heavy reliance on
agriculture, fisheries and tourism, and per capita incomes below the national average. The Agency is the
principal federal economic development organization in the province and, through its programs and its
coordination role, a partner of the provincial government in nearly every major economic initiative.

The Vice-President leads the Agency's efforts to increase the productivity and competitiveness of Island
businesses, particularly in the emerging bioscience, aerospace and information technology sectors, while
supporting rural communities facing population decline. Decisions on significant contributions are highly
visible in a small province, and the Vice-President must manage the expectations of elected officials,
industry associations and communities while ensuring due diligence.

As the senior federal economic official in the province, the Vice-President chairs the federal-provincial
management committees of several cost-shared agreements, represents the Agency on the Prince Edward Island
Federal Council and advises the President and the Minister on the economic situation of the Island.
"""),
        H("DIMENSIONS"),
        KV([("FTEs", "58"), ("Salary", "$4.35M"), ("O&M", "$980K"), ("Total", "$5.33M"),
            ("Grants and contributions (annual)", "$62.4M")]),
        H("SPECIFIC ACCOUNTABILITIES"),
        L(["Directs the delivery of the Agency's business and community development programs in Prince Edward "
           "Island;",
           "Approves or recommends contributions within delegated authorities and ensures the management of the "
           "provincial portfolio;",
           "Represents the Agency with the Government of Prince Edward Island and negotiates and manages "
           "federal-provincial agreements;",
           "Advises the President and the Minister on regional economic issues and opportunities;",
           "Leads the coordination of federal economic activities in the province;",
           "Contributes as a member of the Agency's Executive Committee to national policy and resource "
           "decisions;",
           "Manages the human, financial and material resources of the regional office."], style="num"),
        H("SIGNATURES"),
        SIG("Incumbent / Titulaire: Douglas MacPhail-Arsenault",
            "President / Président: ______________________"),
    ]
    return dict(
        key="acoa-pei-2007", kind="ocr", lang="bilingual", fmt="ocr", year=2007, blocks=blocks,
        render=dict(runon=True, rate=0.025, accents=0.2, joins=0.01, bullet="e",
                    page_prefix=lambda i, n: str(i) if i > 1 else None,
                    footer=lambda i, n: "VP PEI / VP Î.-P.-É."),
        truth=truth(title=["Vice-President, Prince Edward Island", "Vice-président, Île-du-Prince-Édouard"],
                    cls="EX-04", pos="A-0044", eff="2007-01-08", sup=(None, ["President", "Président"], None), reports=reports,
                    salary=4350000, om=980000, total=5330000,
                    loc=["Charlottetown, Prince Edward Island", "Charlottetown, P.E.I."], fte=58, progb=62400000),
        people=["Douglas MacPhail-Arsenault"],
    )


DOCS = [stony_1997, pwgsc_atlantic_1999, vac_cod_2010, inac_nunavut_2008, dnd_env_2005, dec_abitibi_2006,
        hc_securite_produits_2009, acoa_pei_2007]
