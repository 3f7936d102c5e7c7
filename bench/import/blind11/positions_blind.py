"""The positions of the twelfth blind corpus: invented Government of Canada executive positions
in real departments, written from the seed work descriptions' forms and vocabulary.

A text is a string, or a dict by language (``en``, ``fr``) when the position is written in both.
make_blind.py decides how each document prints these values; the ground truth is what it prints.
"""
from __future__ import annotations

DEPARTMENTS = {
    "ESDC": {"en": "Employment and Social Development Canada", "fr": "Emploi et Développement social Canada",
             "abbr": {"en": "ESDC", "fr": "EDSC"}},
    "TBS": {"en": "Treasury Board of Canada Secretariat", "fr": "Secrétariat du Conseil du Trésor du Canada",
            "abbr": {"en": "TBS", "fr": "SCT"}},
    "ECCC": {"en": "Environment and Climate Change Canada", "fr": "Environnement et Changement climatique Canada",
             "abbr": {"en": "ECCC", "fr": "ECCC"}},
    "IRCC": {"en": "Immigration, Refugees and Citizenship Canada", "fr": "Immigration, Réfugiés et Citoyenneté Canada",
             "abbr": {"en": "IRCC", "fr": "IRCC"}},
    "CRA": {"en": "Canada Revenue Agency", "fr": "Agence du revenu du Canada", "abbr": {"en": "CRA", "fr": "ARC"}},
    "PSPC": {"en": "Public Services and Procurement Canada", "fr": "Services publics et Approvisionnement Canada",
             "abbr": {"en": "PSPC", "fr": "SPAC"}},
    "SSC": {"en": "Shared Services Canada", "fr": "Services partagés Canada", "abbr": {"en": "SSC", "fr": "SPC"}},
    "HC": {"en": "Health Canada", "fr": "Santé Canada", "abbr": {"en": "HC", "fr": "SC"}},
    "ISED": {"en": "Innovation, Science and Economic Development Canada",
             "fr": "Innovation, Sciences et Développement économique Canada", "abbr": {"en": "ISED", "fr": "ISDE"}},
    "NRCan": {"en": "Natural Resources Canada", "fr": "Ressources naturelles Canada",
              "abbr": {"en": "NRCan", "fr": "RNCan"}},
    "DFO": {"en": "Fisheries and Oceans Canada", "fr": "Pêches et Océans Canada", "abbr": {"en": "DFO", "fr": "MPO"}},
    "AAFC": {"en": "Agriculture and Agri-Food Canada", "fr": "Agriculture et Agroalimentaire Canada",
             "abbr": {"en": "AAFC", "fr": "AAC"}},
    "VAC": {"en": "Veterans Affairs Canada", "fr": "Anciens Combattants Canada", "abbr": {"en": "VAC", "fr": "ACC"}},
    "JUS": {"en": "Department of Justice Canada", "fr": "Ministère de la Justice Canada",
            "abbr": {"en": "JUS", "fr": "JUS"}},
    "PCO": {"en": "Privy Council Office", "fr": "Bureau du Conseil privé", "abbr": {"en": "PCO", "fr": "BCP"}},
    "FIN": {"en": "Department of Finance Canada", "fr": "Ministère des Finances Canada",
            "abbr": {"en": "FIN", "fr": "FIN"}},
    "PHAC": {"en": "Public Health Agency of Canada", "fr": "Agence de la santé publique du Canada",
             "abbr": {"en": "PHAC", "fr": "ASPC"}},
    "ISC": {"en": "Indigenous Services Canada", "fr": "Services aux Autochtones Canada",
            "abbr": {"en": "ISC", "fr": "SAC"}},
    "PCH": {"en": "Canadian Heritage", "fr": "Patrimoine canadien", "abbr": {"en": "PCH", "fr": "PCH"}},
}

PROVINCES = {
    "ON": {"en": "Ontario", "fr": "Ontario", "short": "Ont."},
    "QC": {"en": "Quebec", "fr": "Québec", "short": "Que."},
    "NB": {"en": "New Brunswick", "fr": "Nouveau-Brunswick", "short": "N.B."},
    "NS": {"en": "Nova Scotia", "fr": "Nouvelle-Écosse", "short": "N.S."},
    "PE": {"en": "Prince Edward Island", "fr": "Île-du-Prince-Édouard", "short": "P.E.I."},
    "NL": {"en": "Newfoundland and Labrador", "fr": "Terre-Neuve-et-Labrador", "short": "N.L."},
    "MB": {"en": "Manitoba", "fr": "Manitoba", "short": "Man."},
    "AB": {"en": "Alberta", "fr": "Alberta", "short": "Alta."},
    "BC": {"en": "British Columbia", "fr": "Colombie-Britannique", "short": "B.C."},
}


def report(title, cls, fte, duties, aka=()):
    """One direct report as the position's structure section describes it; ``aka``: other titles a
    careful reader may give it (the document writes "EA" for an executive assistant)."""
    return {"title": title, "cls": cls, "fte": fte, "duties": duties, "aka": list(aka)}


POSITIONS: dict[str, dict] = {}

# --- ESDC: Director, Old Age Security Policy ------------------------------------------------------

POSITIONS["oas"] = dict(
    dept="ESDC",
    title="Director, Old Age Security Policy",
    cls="EX-01", job_code="105118", number="41203", effective="2022-03-02",
    branch="Income Security and Social Development", directorate="Seniors and Pensions Policy Secretariat",
    city="Gatineau", province="QC",
    sup=dict(number="41187", title="Director General, Seniors and Pensions Policy Secretariat", cls="EX-03"),
    reports=[
        report("Manager, Old Age Security Legislative Policy", "EC-07", 8,
               "responsible for the analysis of legislative and regulatory amendments to the Old Age Security Act "
               "and Regulations, and for the preparation of Memoranda to Cabinet and drafting instructions."),
        report("Manager, Guaranteed Income Supplement and Allowance Policy", "EC-07", 7,
               "responsible for policy research and options on the income-tested benefits for low-income seniors, "
               "including the Allowance and the Allowance for the Survivor."),
        report("Manager, International Social Security Agreements", "EC-07", 6,
               "responsible for the negotiation support, legal text review and implementation of Canada's social "
               "security agreements with other countries."),
        report("Manager, Pension Research and Costing", "EC-06", 5,
               "responsible for microsimulation, cost estimates and data analysis supporting OAS policy options, "
               "in collaboration with the Office of the Chief Actuary."),
    ],
    dims=dict(fte=27, salary=2_310_000, om=96_000, total=2_406_000),
    ga=("The Director is accountable for the development of policy, legislative and regulatory proposals for the "
        "Old Age Security (OAS) program, including the Guaranteed Income Supplement (GIS) and the Allowances, "
        "and for Canada's international social security agreements. The Director provides strategic advice to the "
        "Director General, the Assistant Deputy Minister and the Minister of Seniors on the income security of "
        "seniors, and ensures that the OAS program remains responsive, sustainable and aligned with government "
        "priorities."),
    org=("The Director, Old Age Security Policy is one of four (4) directors reporting to the Director General, "
         "Seniors and Pensions Policy Secretariat."),
    ns=[("The Old Age Security program is the Government of Canada's largest statutory program, providing "
         "monthly benefits to more than 6.8 million seniors and representing annual expenditures of over "
         "$60 billion. Changes to the program are highly visible, attract sustained public, parliamentary and "
         "media attention, and have direct impacts on the incomes of vulnerable seniors."),
        ("The Director works in a complex environment in which policy proposals must reconcile fiscal "
         "sustainability, the adequacy of benefits, the interaction with the Canada Pension Plan and provincial "
         "programs, and the operational capacity of Service Canada to deliver changes on time. The Director "
         "maintains close working relationships with the Department of Finance, the Privy Council Office, the "
         "Office of the Chief Actuary, Service Canada and the Canada Revenue Agency."),
        ("Major challenges include providing timely and rigorous advice on budget and platform commitments, "
         "managing the legislative agenda within tight parliamentary timelines, and maintaining the expertise "
         "of a small team in a competitive labour market for policy economists.")],
    sa=["Leads the development of policy frameworks, options and recommendations for the Old Age Security "
        "program, the Guaranteed Income Supplement and the Allowances.",
        "Directs the preparation of Memoranda to Cabinet, Treasury Board submissions, drafting instructions and "
        "regulatory proposals, and supports the passage of legislation through Parliament.",
        "Provides expert advice and briefings to the Director General, the Assistant Deputy Minister, the Deputy "
        "Minister and the Minister's Office on seniors' income security issues.",
        "Oversees the negotiation support and implementation of international social security agreements, in "
        "collaboration with Global Affairs Canada and the Canada Revenue Agency.",
        "Directs research, costing and performance measurement activities, and ensures the quality and "
        "integrity of the data used to support policy decisions.",
        "Represents the Department on interdepartmental and federal-provincial-territorial committees dealing with "
        "retirement income policy.",
        "Manages the human and financial resources of the Directorate and fosters a healthy, diverse and "
        "inclusive workplace."],
)

# --- ESDC: Director General, Student Financial Assistance Operations ---------------------------------

POSITIONS["csfa"] = dict(
    dept="ESDC",
    title="Director General, Student Financial Assistance Operations",
    cls="EX-03", job_code=None, number="7741", effective="2018-10-01",
    branch="Learning", directorate="Canada Student Financial Assistance Program",
    city="Gatineau", province="QC",
    sup=dict(number=None, title="Assistant Deputy Minister, Learning Branch", cls=None),
    reports=[
        report("Director, Program Integrity and Risk Management", None, None,
               "Leads the program integrity framework, risk assessment, audit follow-up and the prevention of "
               "fraud and error in student loans and grants."),
        report("Director, Service Provider Oversight", None, None,
               "Manages the contract with the National Student Loans Service Centre service provider, including "
               "performance standards, service quality and contract renewal."),
        report("Director, Loan Portfolio and Repayment Assistance", None, None,
               "Oversees the management of the student loan portfolio, the Repayment Assistance Plan and the "
               "transfer of defaulted loans to the Canada Revenue Agency for collection."),
        report("Director, Business Transformation and Digital Services", None, None,
               "Leads the modernization of the program's delivery systems and the design of digital services for "
               "students and borrowers."),
        report("Director, Partnerships with Provinces and Territories", None, None,
               "Manages the integrated delivery agreements with participating provinces and territories and the "
               "Intergovernmental Consultative Committee on Student Financial Assistance."),
    ],
    dims=dict(fte=236, operating=26_400_000, program=3_900_000_000),
    ga=("This position is accountable for the delivery of the Canada Student Financial Assistance Program, which "
        "helps Canadians access post-secondary education through loans, grants and repayment assistance. This "
        "includes:"),
    ga_items=[
        "Ensuring the efficient and accurate delivery of loans and grants to more than 650,000 students each year.",
        "Managing the integrated delivery of student financial assistance with participating provinces and "
        "territories.",
        "Overseeing the service provider contract for the National Student Loans Service Centre.",
        "Safeguarding the integrity of a loan portfolio of more than $20 billion.",
        "Leading the transformation of program delivery toward digital, client-centred services.",
    ],
    org_count="five",
    ns=[("The Director General, Student Financial Assistance Operations manages one of the Department's largest "
         "transfer programs in direct contact with Canadians. Decisions on service standards, repayment "
         "assistance and integrity measures have immediate financial consequences for students and borrowers and "
         "are closely followed by student associations, provinces, financial institutions and Parliament."),
        ("The incumbent operates in a multi-jurisdictional environment: nine provinces and one territory deliver "
         "assistance jointly with the federal program, while Quebec, the Northwest Territories and Nunavut "
         "operate their own programs and receive alternative payments. The Director General must reconcile "
         "differing provincial priorities, legislative frameworks and systems while maintaining a consistent "
         "national program."),
        ("The position leads significant change: the modernization of the delivery platform, the renewal of the "
         "service provider contract and the implementation of budget measures announced each year, often with "
         "short timelines and high public expectations.")],
    sa=["Directs the national delivery of the Canada Student Financial Assistance Program, including "
        "eligibility, disbursement, in-study and repayment services.",
        "Leads the management of the service provider contract and holds the provider accountable for service "
        "standards and the protection of personal information.",
        "Establishes the program integrity, risk management and internal control frameworks of the program.",
        "Negotiates and manages integrated delivery agreements with provinces and territories.",
        "Directs the implementation of new measures announced in federal budgets and the related changes to "
        "regulations and systems.",
        "Provides strategic advice to the Assistant Deputy Minister and the Deputy Minister on program "
        "performance, emerging issues and risks.",
        "Manages the human, financial and material resources of the Directorate."],
    certifier=("Assistant Deputy Minister", "Learning Branch"),
)

# --- Service Canada: Executive Director, Integrity Services, Ontario Region -----------------------------

POSITIONS["scint"] = dict(
    dept="ESDC",
    title="Executive Director, Integrity Services, Ontario Region",
    cls="EX-02", proposed=True, job_code="106022", number=None, provisional="NEW", effective=None,
    branch="Service Canada, Ontario Region", directorate="Integrity Services",
    city="Toronto", province="ON",
    sup=dict(number=None, title="Director General, Citizen Service Delivery, Ontario Region", cls=None),
    reports=[
        report("Manager, Investigations and Control", "PM-06", 96, ""),
        report("Manager, Risk Analysis and Review", "PM-06", 41, ""),
        report("Manager, Benefit Integrity Operations, Greater Toronto Area", "PM-06", 88, ""),
        report("Manager, Benefit Integrity Operations, Southwestern Ontario", "PM-06", 74, ""),
        report("Manager, Quality and Business Intelligence", "PM-05", 12, ""),
        report("EA", "AS-02", None, "", aka=["Executive Assistant"]),
    ],
    dims=dict(fte=318, total=26_700_000),
    dims_extra=["Region: FTEs: 4,860; Salary and O&M Budget: $412.5 M."],
    ga=("Providing leadership for the integrity of Employment Insurance, Canada Pension Plan, Old Age Security "
        "and Social Insurance Number programs delivered in the Ontario Region; directing investigations, "
        "reviews and control activities to prevent, detect and deter error, fraud and abuse; developing and "
        "implementing a regional integrity strategy aligned with national priorities; ensuring the quality and "
        "consistency of integrity decisions; building partnerships with police services, other federal "
        "departments and provincial ministries; and protecting the personal information of Canadians through "
        "sound identity management practices."),
    ns=[("Service Canada is the face of the Government of Canada for millions of Canadians who apply for "
         "benefits and services each year. The Ontario Region serves over 14 million residents through more than "
         "90 points of service and processes one third of the national workload for Employment Insurance and "
         "pensions. Integrity Services operates in a high-risk environment where errors and fraud have direct "
         "financial impacts on the Consolidated Revenue Fund and the EI Operating Account, and where public "
         "confidence in the programs depends on fair and consistent decisions."),
        ("The Executive Director leads a large and geographically dispersed workforce, and must balance the "
         "timeliness of benefit payments with the need for rigorous controls, while responding to emerging "
         "fraud schemes, including identity theft and organized fraud rings targeting online services.")],
    challenges=[
        "Reconciling national integrity targets with regional workload pressures and limited investigative "
        "capacity.",
        "Adapting control activities to the shift of clients toward digital channels and the rise of organized "
        "identity fraud.",
        "Maintaining the expertise of investigators in a context of high turnover and retirements.",
    ],
    initiatives=[
        "Leading the implementation of the regional Integrity Risk Management Strategy and the associated "
        "performance dashboard.",
        "Establishing a joint fraud intelligence cell with the Ontario Provincial Police and the Canada Border "
        "Services Agency.",
        "Developing a data analytics capacity to target high-risk claims before payment.",
        "Consulting with national headquarters on the redesign of the SIN integrity program.",
        "Providing high level strategic advice, briefings and recommendations to senior management on integrity "
        "trends and results.",
    ],
    sa=["Provides leadership and oversight for the delivery of integrity services for Employment Insurance, "
        "the Canada Pension Plan, Old Age Security and the Social Insurance Number in the Ontario Region.",
        "Directs investigations and control activities, and ensures that cases of suspected fraud are referred "
        "to the appropriate authorities.",
        "Establishes regional integrity priorities, targets and performance measures, and reports on results.",
        "Establishes and maintains effective relationships with police services, provincial ministries and "
        "other federal organizations to share intelligence and coordinate enforcement.",
        "As part of the Region's senior management team, contributes to corporate planning, decision-making and "
        "the management of the regional budget.",
        "Establishes the Division's priorities, manages human and financial resources and ensures a safe, "
        "respectful and inclusive workplace."],
)

# --- TBS: Executive Director, Enterprise Architecture and Standards -------------------------------------

POSITIONS["eas"] = dict(
    dept="TBS",
    title="Executive Director, Enterprise Architecture and Standards",
    body_title="Chief Architect",
    cls="EX-02", job_code="104630", number=None, provisional="TBD", effective=None,
    branch="Office of the Chief Information Officer", directorate="Enterprise Architecture",
    city="Ottawa", province="ON",
    sup=dict(number=None, title="Chief Technology Officer of the Government of Canada", cls=None),
    reports=[
        report("Director, Enterprise Architecture Review", "EX-01", 11,
               "leading the Government of Canada Enterprise Architecture Review Board secretariat, assessing "
               "departmental investment proposals against enterprise architecture standards, and issuing "
               "recommendations to the Board and to departments."),
        report("Director, Standards and Open Technology", "EX-01", 9,
               "developing and maintaining the digital standards, the open source and open standards guidance, "
               "and the technical profiles that apply across the Government of Canada."),
        report("Manager, Architecture Practice and Community", "CS-04", 6,
               "building the architecture community of practice across departments, running training and "
               "mentoring activities and maintaining the reference architectures."),
        report("Senior Technical Advisor", "CS-05", 0,
               "providing expert advice on cloud, data and security architecture. This position provides expert "
               "advice and is not a direct supervisor of any employees."),
        report("Manager, Business Planning and Secretariat", "AS-06", 4,
               "coordinating planning, reporting, briefing and financial management for the Directorate."),
    ],
    dims=dict(fte=24, total=3_420_000),
    dims_extra=["Office of the Chief Information Officer FTEs: 512 Budget: $78.3 Million"],
    ga=("The Chief Architect is accountable to the Chief Technology Officer (CTO) for the enterprise architecture "
        "of the Government of Canada: setting the target architecture, the standards and the guardrails that "
        "allow departments to design, acquire and operate digital services that are secure, interoperable and "
        "reusable. Through the Enterprise Architecture Review Board (EARB), the Chief Architect provides a "
        "challenge function on departmental investments, and through the standards program, ensures that "
        "government adopts open standards, open source and cloud-first approaches that put users at the centre "
        "of service design."),
    org=("The Chief Architect is one of four executives reporting to the Chief Technology Officer. The others are "
         "the Executive Director, Cyber Security, the Executive Director, Data and the Senior Director, Digital "
         "Talent."),
    ns=[("The Office of the Chief Information Officer (OCIO) of the Treasury Board Secretariat provides strategic "
         "direction and leadership for information management, information technology, security, privacy, "
         "access to information and service across the Government of Canada. It sets the policies, directives "
         "and standards that apply to more than 90 departments and agencies, and provides the oversight that "
         "ensures digital investments deliver value for Canadians."),
        ("The Government of Canada spends more than $7 billion each year on information technology. Much of "
         "this spending sustains aging applications built on incompatible platforms. The Chief Architect must "
         "guide departments toward common solutions and shared platforms while respecting their accountability "
         "for their own programs and investments."),
        ("Architecture Leadership. The Chief Architect determines the target enterprise architecture and its "
         "roadmap, in consultation with departmental Chief Information Officers, Shared Services Canada and the "
         "Canadian Digital Service. This requires the balancing of many factors: the urgency of renewing legacy "
         "systems, security and privacy risks, the maturity of commercial cloud offerings, and the capacity of "
         "departments to absorb change."),
        ("Relational and Advocacy Role. The Chief Architect briefs senior officials up to and including deputy "
         "ministers, and is called upon to challenge departmental proposals that duplicate existing solutions or "
         "depart from standards. This challenge must be exercised with credibility and tact, since the "
         "Secretariat relies on persuasion as much as on formal authority."),
        ("Environment and Challenges. The rapid evolution of technology, the scarcity of experienced architects in "
         "the public service, and the volume of investment proposals submitted to the Board put significant "
         "pressure on the Directorate's capacity.")],
    sa=["Establishing and maintaining the Government of Canada target enterprise architecture and its roadmap;",
        "Chairing the working level of the Enterprise Architecture Review Board and providing recommendations on "
        "departmental investments;",
        "Directing the development of digital standards, technical profiles and guidance on open source and open "
        "standards;",
        "Building architecture capacity across government through a community of practice, training and "
        "mentoring;",
        "Advising the CTO and the Chief Information Officer of Canada on architecture risks, opportunities and "
        "policy options;",
        "Representing the Government of Canada in international digital government forums on architecture and "
        "standards;",
        "The incumbent is a member of the CTO's management committee and manages financial, human and material "
        "resources with prudence and probity in accordance with the values and ethics of the Public Service."],
)

# --- ECCC: Director General, Prediction Services Operations (French and English versions) -------------

POSITIONS["prev"] = dict(
    dept="ECCC",
    title={"en": "Director General, Prediction Services Operations",
           "fr": "Directeur général, Opérations des services de prévision"},
    cls="EX-03", job_code="104788", number="30551", effective="2019-06-17",
    branch={"en": "Meteorological Service of Canada", "fr": "Service météorologique du Canada"},
    directorate={"en": "Prediction Services Operations", "fr": "Opérations des services de prévision"},
    city={"en": "Montreal", "fr": "Montréal"}, province="QC",
    sup=dict(number="30500", title={"en": "Assistant Deputy Minister, Meteorological Service of Canada",
                                    "fr": "Sous-ministre adjoint, Service météorologique du Canada"}, cls="EX-05"),
    reports=[
        report({"en": "Director, Storm Prediction Operations East", "fr": "Directeur, Prévision des intempéries – Est"},
               "EX-01", 118,
               {"en": "leads the storm prediction centres serving Quebec, Ontario and Atlantic Canada, including the "
                      "issuance of warnings 24 hours a day, seven days a week.",
                "fr": "dirige les centres de prévision des intempéries du Québec, de l'Ontario et de l'Atlantique, "
                      "y compris l'émission d'avertissements 24 heures sur 24, sept jours sur sept."}),
        report({"en": "Director, Storm Prediction Operations West",
                "fr": "Directrice, Prévision des intempéries – Ouest"},
               "EX-01", 104,
               {"en": "leads the storm prediction centres serving the Prairies, British Columbia and the North.",
                "fr": "dirige les centres de prévision des intempéries des Prairies, de la Colombie-Britannique et "
                      "du Nord."}),
        report({"en": "Director, National Prediction Operations",
                "fr": "Directeur, Opérations nationales de prévision"},
               "EX-01", 96,
               {"en": "manages the 24/7 operation of the numerical weather and environmental prediction systems "
                      "and the national guidance products.",
                "fr": "gère l'exploitation continue des systèmes de prévision numérique du temps et de "
                      "l'environnement, et les produits d'orientation nationaux."}),
        report({"en": "Director, Marine and Ice Services",
                "fr": "Directrice, Services des glaces et de la météo maritime"},
               "EX-01", 61,
               {"en": "delivers marine weather and ice forecasts to the Canadian Coast Guard, shipping and the "
                      "public, including the Canadian Ice Service.",
                "fr": "fournit les prévisions maritimes et des glaces à la Garde côtière canadienne, à l'industrie "
                      "du transport maritime et au public, y compris le Service canadien des glaces."}),
        report({"en": "Manager, Planning and Business Operations", "fr": "Gestionnaire, Planification et opérations"},
               "AS-07", 9,
               {"en": "coordinates planning, finance, human resources and reporting for the Directorate.",
                "fr": "coordonne la planification, les finances, les ressources humaines et les rapports de la "
                      "Direction."}),
    ],
    dims=dict(fte=427, salary=41_200_000, om=7_850_000, total=49_050_000),
    ga={"en": ("The Director General is accountable for the continuous delivery of the weather, marine, ice and "
               "environmental prediction services of the Meteorological Service of Canada (MSC), 24 hours a day, "
               "365 days a year, to protect the life and property of Canadians and support informed decisions by "
               "governments, emergency management organizations, industry and the public. The Director General "
               "ensures the operational readiness of the national network of prediction centres and the "
               "continuous improvement of forecasts and warnings."),
        "fr": ("Le directeur général est responsable de la prestation continue des services de prévision "
               "météorologique, maritime, des glaces et environnementale du Service météorologique du Canada "
               "(SMC), 24 heures sur 24, 365 jours par année, afin de protéger la vie et les biens des Canadiens "
               "et d'appuyer la prise de décisions éclairées par les gouvernements, les organismes de gestion des "
               "urgences, l'industrie et le public. Il assure l'état de préparation opérationnelle du réseau "
               "national des centres de prévision et l'amélioration continue des prévisions et des "
               "avertissements.")},
    org={"en": ("The Director General, Prediction Services Operations is one of five directors general reporting "
                "to the Assistant Deputy Minister, Meteorological Service of Canada."),
         "fr": ("Le directeur général, Opérations des services de prévision, est l'un des cinq directeurs "
                "généraux qui relèvent du sous-ministre adjoint, Service météorologique du Canada.")},
    ns={"en": [("Severe weather events are increasing in frequency and intensity as a result of climate change. "
                "Floods, wildfires, heat waves and winter storms have major economic and human consequences, "
                "and Canadians, emergency managers and the media expect timely, accurate and accessible warnings "
                "on every platform."),
               ("The Director General leads a workforce of meteorologists, physical scientists and technicians "
                "working in shifts in prediction centres across the country. Operational continuity is critical: "
                "a failure of systems or staffing can leave a region without warnings during an event. The "
                "position must manage recruitment and training challenges in a specialized profession, the "
                "renewal of aging systems and facilities, and labour relations in a shift-work environment."),
               ("The Director General works closely with the Canadian Centre for Meteorological and "
                "Environmental Prediction, Public Safety Canada, provincial emergency management organizations, "
                "the Department of National Defence and the World Meteorological Organization.")],
           "fr": [("Les phénomènes météorologiques violents sont de plus en plus fréquents et intenses en raison "
                   "des changements climatiques. Les inondations, les feux de forêt, les vagues de chaleur et les "
                   "tempêtes hivernales ont d'importantes conséquences économiques et humaines, et la population, "
                   "les gestionnaires des urgences et les médias s'attendent à des avertissements rapides, exacts "
                   "et accessibles sur toutes les plateformes."),
                  ("Le directeur général dirige un effectif de météorologues, de spécialistes des sciences "
                   "physiques et de techniciens qui travaillent par quarts dans des centres de prévision partout "
                   "au pays. La continuité des opérations est essentielle : une défaillance des systèmes ou un "
                   "manque de personnel peut priver une région d'avertissements pendant un événement. Le titulaire "
                   "doit gérer les défis de recrutement et de formation dans une profession spécialisée, le "
                   "renouvellement de systèmes et d'installations vieillissants, et les relations de travail dans "
                   "un milieu de travail par quarts."),
                  ("Le directeur général travaille en étroite collaboration avec le Centre canadien de "
                   "météorologie et d'environnement de prévision, Sécurité publique Canada, les organismes "
                   "provinciaux de gestion des urgences, le ministère de la Défense nationale et l'Organisation "
                   "météorologique mondiale.")]},
    sa={"en": ["Directs the national delivery of weather, marine, ice and environmental prediction services and "
               "warnings.",
               "Ensures the operational readiness and business continuity of the prediction centres and the "
               "national prediction systems.",
               "Leads the implementation of the MSC service renewal strategy, including impact-based warnings and "
               "new digital dissemination channels.",
               "Establishes partnerships with emergency management organizations, other federal departments and "
               "international meteorological services.",
               "Provides strategic advice to the Assistant Deputy Minister on operational risks, service "
               "performance and investments.",
               "Manages a workforce of over 400 employees and a budget of approximately $49 million, and fosters a "
               "healthy and inclusive workplace."],
        "fr": ["Dirige la prestation nationale des services de prévision et d'avertissement météorologiques, "
               "maritimes, des glaces et environnementaux.",
               "Assure l'état de préparation opérationnelle et la continuité des activités des centres de "
               "prévision et des systèmes nationaux de prévision.",
               "Dirige la mise en œuvre de la stratégie de renouvellement des services du SMC, y compris les "
               "avertissements fondés sur les impacts et de nouveaux canaux de diffusion numériques.",
               "Établit des partenariats avec les organismes de gestion des urgences, d'autres ministères "
               "fédéraux et des services météorologiques étrangers.",
               "Fournit des conseils stratégiques au sous-ministre adjoint sur les risques opérationnels, le "
               "rendement des services et les investissements.",
               "Gère un effectif de plus de 400 employés et un budget d'environ 49 millions de dollars, et "
               "favorise un milieu de travail sain et inclusif."]},
)

# --- IRCC: Director, Temporary Resident Program Integrity -------------------------------------------

POSITIONS["trpi"] = dict(
    dept="IRCC",
    title="Director, Temporary Resident Program Integrity",
    cls="EX-01", job_code="104955", number="60318", effective="2020-09-21",
    branch="Integrity Risk Management Branch", directorate="Program Integrity",
    city="Ottawa", province="ON",
    sup=dict(number="60301", title="Director General, Integrity Risk Management", cls="EX-03"),
    reports=[
        report("Manager, Risk Assessment and Intelligence", "PM-06", 14,
               "produces risk indicators, intelligence assessments and targeting profiles for visitor, student "
               "and worker applications."),
        report("Manager, Quality Assurance and Verification", "PM-06", 11,
               "manages the random verification and quality assurance programs for temporary resident "
               "decisions, and reports on error and fraud rates."),
        report("Manager, Integrity Policy and Partnerships", "EC-07", 7,
               "develops integrity policy instruments and manages information-sharing arrangements with "
               "partners, including the Canada Border Services Agency and Five Eyes partners."),
        report("Manager, Integrity Analytics", "EC-06", 6,
               "develops advanced analytics and automated triage models and monitors their performance and "
               "fairness."),
    ],
    dims=dict(fte=39, salary=3_480_000, om=215_000, total=3_695_000),
    csr=("Leadership and direction of the program integrity function for the temporary resident programs "
         "(visitors, international students and temporary foreign workers) to protect the health, safety and "
         "security of Canadians and the integrity of Canada's immigration system, while facilitating the entry "
         "of genuine travellers, students and workers."),
    ga=("The Director is accountable for the design and management of the integrity framework of the temporary "
        "resident programs, including risk assessment, quality assurance, verification and the use of data "
        "analytics, in support of fair, consistent and secure decisions across IRCC's global network."),
    org=("The Director, Temporary Resident Program Integrity is one of three directors reporting to the Director "
         "General, Integrity Risk Management. The following positions report to the Director:"),
    ns=[("IRCC processes more than five million temporary resident applications each year through a global "
         "network of offices and processing centres. Volumes have grown rapidly, and fraud schemes have become "
         "more sophisticated, including fraudulent letters of acceptance, fictitious job offers and document "
         "fraud. Integrity measures must be effective without creating undue delays for legitimate applicants, "
         "and must respect privacy, procedural fairness and the Canadian Charter of Rights and Freedoms."),
        ("The Director works in a highly visible environment subject to parliamentary scrutiny, audits by the "
         "Office of the Auditor General and media attention. The position must reconcile the operational "
         "pressures of the Operations Sector with policy direction from the Strategic and Program Policy Sector "
         "and the expectations of security partners.")],
    sa=["Develops and implements the integrity strategy and risk management framework for the temporary resident "
        "programs.",
        "Directs the production of risk indicators, intelligence products and targeting profiles used by "
        "decision-makers.",
        "Manages quality assurance and random verification programs and reports on program integrity results.",
        "Oversees the development and responsible use of advanced analytics and automated decision support.",
        "Negotiates and manages information-sharing arrangements with domestic and international partners.",
        "Provides expert advice to senior management on integrity risks, trends and mitigation measures.",
        "Manages the human and financial resources of the Division."],
)

# --- CRA: Director, Compliance Division, Charities Directorate (bilingual) ---------------------------------

POSITIONS["chty"] = dict(
    dept="CRA",
    title={"en": "Director, Compliance Division, Charities Directorate",
           "fr": "Directeur, Division de l'observation, Direction des organismes de bienfaisance"},
    cls="EX-01", job_code="104811", number="30002711", effective="2023-01-09",
    branch={"en": "Legislative Policy and Regulatory Affairs Branch",
            "fr": "Direction générale de la politique législative et des affaires réglementaires"},
    directorate={"en": "Charities Directorate", "fr": "Direction des organismes de bienfaisance"},
    city="Ottawa", province="ON",
    sup=dict(number="30002700", title={"en": "Director General, Charities Directorate",
                                       "fr": "Directeur général, Direction des organismes de bienfaisance"},
             cls="EX-03"),
    reports=[
        report({"en": "Manager, Audit Section East", "fr": "Gestionnaire, Section de la vérification – Est"},
               "MG-06", 28,
               {"en": "plans and conducts audits of registered charities in Quebec, Ontario and the Atlantic "
                      "provinces.",
                "fr": "planifie et effectue les vérifications des organismes de bienfaisance enregistrés du "
                      "Québec, de l'Ontario et des provinces de l'Atlantique."}),
        report({"en": "Manager, Audit Section West", "fr": "Gestionnaire, Section de la vérification – Ouest"},
               "MG-06", 25,
               {"en": "plans and conducts audits of registered charities in the western provinces and the "
                      "territories.",
                "fr": "planifie et effectue les vérifications des organismes de bienfaisance enregistrés des "
                      "provinces de l'Ouest et des territoires."}),
        report({"en": "Manager, Compliance Programs and Education",
                "fr": "Gestionnaire, Programmes d'observation et sensibilisation"},
               "MG-05", 12,
               {"en": "designs education letters, compliance agreements and outreach to encourage voluntary "
                      "compliance.",
                "fr": "conçoit les lettres de sensibilisation, les ententes d'observation et les activités de "
                      "rayonnement qui favorisent l'observation volontaire."}),
        report({"en": "Manager, Revocations and Sanctions", "fr": "Gestionnaire, Révocations et sanctions"},
               "MG-05", 9,
               {"en": "manages the sanctions, suspension and revocation process and the related litigation "
                      "support.",
                "fr": "gère le processus de sanctions, de suspension et de révocation, et le soutien aux "
                      "litiges connexes."}),
    ],
    dims=dict(fte=78, salary=7_150_000, om=610_000, total=7_760_000),
    ga={"en": ("The Director is accountable for the national compliance program for registered charities, "
               "registered Canadian amateur athletic associations and other qualified donees, including audits, "
               "education and sanctions, to protect the integrity of the charitable sector and the tax benefits "
               "that support it."),
        "fr": ("Le directeur est responsable du programme national d'observation visant les organismes de "
               "bienfaisance enregistrés, les associations canadiennes enregistrées de sport amateur et les "
               "autres donataires reconnus, y compris les vérifications, la sensibilisation et les sanctions, "
               "afin de protéger l'intégrité du secteur de la bienfaisance et les avantages fiscaux qui le "
               "soutiennent.")},
    org={"en": "The Director reports to the Director General, Charities Directorate, and manages four sections:",
         "fr": "Le directeur relève du directeur général, Direction des organismes de bienfaisance, et gère "
               "quatre sections :"},
    ns={"en": [("More than 86,000 registered charities issue official donation receipts for over $10 billion in "
                "gifts each year. Public trust in the sector depends on the CRA's ability to detect and address "
                "abuse, including tax shelter schemes, the misuse of charitable resources and risks related to "
                "terrorist financing, while supporting the many small organizations that want to comply."),
               ("The Director's decisions to revoke a registration are public, may be appealed to the Federal "
                "Court of Appeal and attract media attention. The position requires sound judgment in "
                "balancing education and enforcement.")],
           "fr": [("Plus de 86 000 organismes de bienfaisance enregistrés délivrent chaque année des reçus "
                   "officiels de dons pour plus de 10 milliards de dollars. La confiance du public envers le "
                   "secteur repose sur la capacité de l'ARC de détecter et de corriger les abus, y compris les "
                   "abris fiscaux, l'utilisation abusive des ressources de bienfaisance et les risques liés au "
                   "financement du terrorisme, tout en soutenant les nombreux petits organismes qui veulent se "
                   "conformer."),
                  ("Les décisions du directeur de révoquer un enregistrement sont publiques, peuvent faire l'objet "
                   "d'un appel devant la Cour d'appel fédérale et attirent l'attention des médias. Le poste exige "
                   "un jugement sûr pour équilibrer la sensibilisation et l'application de la loi.")]},
    sa={"en": ["Directs the national audit program for registered charities and other qualified donees.",
               "Approves compliance actions, including education letters, compliance agreements, penalties, "
               "suspensions and proposals to revoke registration.",
               "Develops risk-based workload selection in collaboration with the Risk Assessment Division.",
               "Provides advice to the Director General and the Assistant Commissioner on complex and sensitive "
               "files.",
               "Manages the human and financial resources of the Division."],
        "fr": ["Dirige le programme national de vérification des organismes de bienfaisance enregistrés et des "
               "autres donataires reconnus.",
               "Approuve les mesures d'observation, y compris les lettres de sensibilisation, les ententes "
               "d'observation, les pénalités, les suspensions et les propositions de révocation.",
               "Élabore la sélection de la charge de travail fondée sur le risque, en collaboration avec la "
               "Division de l'évaluation des risques.",
               "Conseille le directeur général et le sous-commissaire sur les dossiers complexes et délicats.",
               "Gère les ressources humaines et financières de la Division."]},
)

# --- PSPC: Executive Director, Pay Operations, Miramichi ---------------------------------------------------

POSITIONS["payops"] = dict(
    dept="PSPC",
    title="Executive Director, Pay Operations, Miramichi",
    cls="EX-02", job_code="104399", number="52218", effective="2019-08-12",
    branch="Pay Administration", directorate="Public Service Pay Centre",
    city="Miramichi", province="NB",
    sup=dict(number=None, title="Director General, Public Service Pay Centre", cls="EX-03"),
    reports=[
        report("Director, Compensation Services East", "EX-01", 412, ""),
        report("Director, Compensation Services West", "EX-01", 388, ""),
        report("Director, Pay Stabilization and Backlog Reduction", "EX-01", 226, ""),
        report("Manager, Workload Management and Reporting", "AS-07", 31, ""),
        report("Manager, Quality Assurance", "AS-06", 18, ""),
        report("Executive Assistant", "AS-03", None, ""),
    ],
    dims=dict(fte=1089, salary=71_800_000, om=2_400_000, total=74_200_000),
    ga=("Providing leadership for the pay operations of the Public Service Pay Centre in Miramichi, which "
        "administers the pay of employees of more than 45 federal departments and agencies; ensuring that "
        "employees are paid accurately and on time; directing the reduction of the backlog of pay transactions; "
        "implementing the stabilization measures of the Pay Action Plan; working with client departments, "
        "bargaining agents and central agencies to resolve systemic pay issues; and supporting the transition "
        "to the next generation of human resources and pay systems."),
    ns=[("Public Services and Procurement Canada is the pay administrator of the Government of Canada. The Public "
         "Service Pay Centre in Miramichi, New Brunswick, is the largest pay operation in the country and one of "
         "the largest employers in the region. Since the implementation of the Phoenix pay system, pay problems "
         "have affected a large share of public servants, and their resolution is a top priority of the "
         "Government, closely monitored by Parliament, the Auditor General, bargaining agents and the media."),
        ("The Executive Director manages more than a thousand employees, most of them compensation advisors, in "
         "an environment of high workload, complex rules drawn from dozens of collective agreements and "
         "sustained public scrutiny. Hiring and training compensation advisors takes many months, and "
         "retention is difficult.")],
    challenges=[
        "Reducing the backlog of outstanding pay transactions while processing current transactions on time.",
        "Coordinating with client departments whose HR data and timeliness determine the accuracy of pay.",
        "Maintaining employee wellness and engagement in a high-pressure environment.",
    ],
    initiatives=[
        "Leading the pod model of service delivery, in which teams of compensation advisors serve dedicated "
        "departments.",
        "Implementing automation and robotics to process high-volume transactions.",
        "Supporting the testing and transition to the next generation HR and pay solution.",
        "Conducting senior level representational activities with client departments and bargaining agents.",
    ],
    sa=["Directs the pay operations of the Pay Centre and ensures the timely and accurate processing of pay "
        "transactions for client departments.",
        "Leads the implementation of backlog reduction and stabilization strategies and reports on progress.",
        "Establishes service standards and performance measures with client departments.",
        "Directs quality assurance, workload management and the reporting of results to senior management and "
        "central agencies.",
        "Establishes and maintains effective relationships with client departments, bargaining agents and the "
        "Office of the Chief Human Resources Officer.",
        "Establishes the Directorate's priorities, manages human and financial resources, and promotes the "
        "health and well-being of employees."],
)

# --- SSC: Director General, Data Centre Operations ---------------------------------------------------------

POSITIONS["hosting"] = dict(
    dept="SSC",
    title="Director General, Data Centre Operations",
    cls="EX-03", job_code="104720", number="8807", effective="2022-05-30",
    branch="Hosting Services", directorate="Data Centre Operations",
    city="Gatineau", province="QC",
    sup=dict(number="8800", title="Assistant Deputy Minister, Hosting Services", cls="EX-05"),
    reports=[
        report("Director, Enterprise Data Centre Operations", "EX-01", 104,
               "Operates the enterprise data centres in Borden, Barrie, Gatineau and Montreal, including "
               "compute, storage and backup services."),
        report("Director, Mainframe and Midrange Services", "EX-01", 77,
               "Operates the mainframe and midrange platforms that host critical benefit, tax and pay systems."),
        report("Director, Facilities, Power and Cooling Infrastructure", "EX-01", 42,
               "Manages the physical infrastructure of the data centres, including power, cooling, fire "
               "suppression and physical security."),
        report("Director, Legacy Data Centre Closure Program", "EX-01", 23,
               "Plans and executes the closure of legacy data centres and the migration of workloads to "
               "enterprise data centres and cloud."),
        report("Manager, Business Management and Planning", "AS-07", 7,
               "Coordinates financial management, planning, reporting and human resources for the "
               "Directorate."),
    ],
    dims=dict(fte=256, salary=27_350_000, om=48_900_000, total=76_250_000),
    ga=("The Director General, Data Centre Operations is accountable for the secure, reliable and efficient "
        "operation of Shared Services Canada's enterprise data centres and the hosting platforms that support "
        "the programs and services of partner departments, including mission-critical systems for benefits, "
        "tax, pay, immigration and public safety. The Director General leads the consolidation of legacy data "
        "centres and the modernization of hosting services toward a hybrid model combining enterprise data "
        "centres and cloud."),
    org=("The Director General, Data Centre Operations is one of four directors general reporting to the "
         "Assistant Deputy Minister, Hosting Services."),
    ns=[("Shared Services Canada was created in 2011 to consolidate and modernize the email, data centre and "
         "network services of the Government of Canada. It serves 45 partner organizations and many other "
         "clients, and operates thousands of servers and petabytes of storage. An outage in a data centre can "
         "interrupt services to millions of Canadians, such as the payment of benefits or border processing."),
        ("The Director General manages aging infrastructure while executing a multi-year program of closures "
         "and migrations. The position must reconcile the priorities of many partner departments, each of which "
         "considers its own systems critical, with limited funding, and must coordinate with suppliers, Public "
         "Services and Procurement Canada and the Communications Security Establishment.")],
    sa=["Directs the operation of the enterprise data centres, mainframe, midrange and storage platforms, in "
        "accordance with service level targets agreed with partners.",
        "Leads the legacy data centre closure program and the migration of partner workloads.",
        "Ensures the physical and logical security of hosting infrastructure, and the continuity of operations "
        "and disaster recovery capacity.",
        "Oversees major contracts for equipment, software and facilities management.",
        "Advises the Assistant Deputy Minister and partner Chief Information Officers on hosting risks, "
        "capacity and investment needs.",
        "Manages the human, financial and material resources of the Directorate."],
)

# --- Health Canada: Directeur, Bureau de l'évaluation des produits de santé naturels -----------------------

POSITIONS["nhp"] = dict(
    dept="HC",
    title="Directeur, Bureau de l'évaluation des produits de santé naturels",
    cls="EX-01", job_code="104277", number="71455", effective="2021-02-15",
    branch="Direction générale des produits de santé et des aliments",
    directorate="Direction des produits de santé naturels et sans ordonnance",
    city="Ottawa", province="ON",
    sup=dict(number="71400", title="Directrice générale, Direction des produits de santé naturels et sans ordonnance",
             cls="EX-03"),
    reports=[
        report("Gestionnaire, Évaluation des produits à faible risque", "BI-04", 18,
               "gère l'évaluation des demandes de licence de mise en marché fondées sur des monographies et des "
               "preuves de faible risque."),
        report("Gestionnaire, Évaluation des produits à risque élevé", "BI-04", 15,
               "gère l'évaluation des demandes complexes fondées sur des données cliniques et précliniques."),
        report("Gestionnaire, Évaluation de la qualité", "CH-04", 9,
               "gère l'évaluation des spécifications, des méthodes d'essai et des données de qualité des "
               "produits."),
        report("Gestionnaire, Opérations et gestion des demandes", "AS-06", 12,
               "gère la réception, le tri, le suivi des normes de rendement et les systèmes de gestion des "
               "demandes."),
    ],
    dims=dict(fte=57, salary=5_120_000, om=340_000, total=5_460_000),
    ga=("Le directeur est responsable de l'évaluation de l'innocuité, de l'efficacité et de la qualité des "
        "produits de santé naturels avant leur mise en marché au Canada, conformément au Règlement sur les "
        "produits de santé naturels, afin que les Canadiens aient accès à des produits sûrs, efficaces et de "
        "haute qualité. Il assure la délivrance des licences de mise en marché dans le respect des normes de "
        "rendement et contribue à la modernisation du cadre de réglementation."),
    org=("Le directeur, Bureau de l'évaluation des produits de santé naturels, est l'un des trois directeurs "
         "qui relèvent de la directrice générale, Direction des produits de santé naturels et sans ordonnance."),
    ns=[("Plus de 90 000 produits de santé naturels sont autorisés au Canada, et le Bureau reçoit chaque année "
         "des milliers de demandes de licence. Les Canadiens utilisent largement ces produits, et l'industrie, "
         "composée en grande partie de petites et moyennes entreprises, s'attend à des décisions rapides et "
         "prévisibles. Le rapport de la commissaire à l'environnement et au développement durable a souligné la "
         "nécessité de renforcer la surveillance de ces produits."),
        ("Le directeur doit concilier les normes de service, la rigueur scientifique et la protection de la "
         "santé publique, tout en gérant une charge de travail variable et la mise en œuvre de modifications "
         "réglementaires, notamment en matière d'étiquetage et de recouvrement des coûts.")],
    sa=["Dirige l'évaluation préalable à la mise en marché des produits de santé naturels et la délivrance des "
        "licences.",
        "Établit les normes, les lignes directrices et les monographies qui encadrent l'évaluation.",
        "Assure le respect des normes de rendement et fait rapport sur les résultats.",
        "Fournit des conseils scientifiques et réglementaires à la directrice générale et à la haute direction.",
        "Représente le Ministère auprès de l'industrie, des associations de professionnels de la santé et des "
        "organismes de réglementation étrangers.",
        "Gère les ressources humaines et financières du Bureau."],
)

# --- ISED: Director General, Corporations Canada -----------------------------------------------------------

POSITIONS["corpcan"] = dict(
    dept="ISED",
    title="Director General, Corporations Canada",
    cls="EX-03", job_code="103977", number="21140", effective="2021-04-01",
    branch="Small Business and Marketplace Services", directorate="Corporations Canada",
    city="Ottawa", province="ON",
    sup=dict(number="21100", title="Assistant Deputy Minister, Small Business and Marketplace Services", cls="EX-05"),
    reports=[
        report("Director, Corporate Law Policy and Compliance", "EX-01", 22, ""),
        report("Director, Registry Operations and Client Services", "EX-01", 64, ""),
        report("Director, Digital Modernization", "EX-01", 19, ""),
        report("Manager, Business Planning and Finance", "FI-03", 6, ""),
    ],
    dims=dict(fte=118, salary=10_200_000, om=3_700_000, total=13_900_000),
    dims_extra=["Revenues from fees: $12.4M"],
    ga=("Providing leadership for Corporations Canada, the federal corporate registry, which administers the "
        "Canada Business Corporations Act, the Canada Not-for-profit Corporations Act, the Canada Cooperatives "
        "Act and the Boards of Trade Act; ensuring the efficient incorporation and registration of more than "
        "600,000 federal corporations; maintaining the integrity of the registry, including the registry of "
        "individuals with significant control; and advising the Minister on corporate governance and "
        "transparency policy."),
    ns=[("Federal incorporation gives businesses the right to operate under their name across Canada. The "
         "registry is a key piece of Canada's economic infrastructure and its data are used by law enforcement, "
         "financial institutions, researchers and the public. Recent legislative changes requiring the public "
         "disclosure of beneficial ownership have placed Corporations Canada at the centre of the Government's "
         "efforts to fight money laundering, tax evasion and corruption."),
        ("The Director General operates a cost-recovered organization that must keep fees competitive with "
         "provincial registries, while investing in the modernization of aging systems and responding to "
         "growing volumes and expectations for digital, real-time services.")],
    challenges=[
        "Implementing the public registry of individuals with significant control on tight legislative "
        "timelines.",
        "Modernizing legacy systems while maintaining continuous online services.",
        "Harmonizing data and processes with provincial and territorial business registries.",
    ],
    initiatives=[
        "Leading the Corporations Canada modernization program.",
        "Negotiating data-sharing agreements with provincial registries under the multi-jurisdictional registry "
        "access service.",
        "Developing compliance and enforcement tools for the beneficial ownership registry.",
    ],
    sa=["Directs the administration of federal corporate statutes and the operations of the federal corporate "
        "registry.",
        "Provides advice to the Minister, the Deputy Minister and the Assistant Deputy Minister on corporate law "
        "and governance policy, including proposals for legislative amendments.",
        "Ensures the integrity, accuracy and security of registry data, and the enforcement of filing "
        "obligations.",
        "Leads the modernization of the registry's systems and services.",
        "Establishes partnerships with provincial and territorial registries, law enforcement and international "
        "organizations.",
        "Manages a cost-recovered budget and the human and financial resources of the Directorate."],
)

# --- NRCan: Directeur général, Centre de foresterie des Laurentides ---------------------------------------

POSITIONS["lfc"] = dict(
    dept="NRCan",
    title="Directeur général, Centre de foresterie des Laurentides",
    cls="EX-02", job_code="103512", number="14077", effective="2018-09-04",
    branch="Service canadien des forêts", directorate="Centre de foresterie des Laurentides",
    city="Québec", province="QC",
    sup=dict(number="14000", title="Sous-ministre adjoint, Service canadien des forêts", cls="EX-05"),
    reports=[
        report("Directeur, Recherche forestière", "EX-01", 58,
               "dirige les programmes de recherche sur l'écologie, la génomique et la dynamique des forêts."),
        report("Gestionnaire, Programme de lutte contre les ravageurs forestiers", "SE-RES-04", 34,
               "coordonne la recherche et les essais sur la tordeuse des bourgeons de l'épinette et les espèces "
               "envahissantes."),
        report("Gestionnaire, Transfert de connaissances et partenariats", "EC-06", 6,
               "gère les ententes avec les provinces, les universités et l'industrie, et le transfert des "
               "résultats de recherche."),
        report("Gestionnaire, Services administratifs et opérations du centre", "AS-07", 21,
               "gère les finances, l'immobilier, les laboratoires, la santé et sécurité au travail et les "
               "services administratifs."),
    ],
    dims=dict(fte=131, salary=11_800_000, om=4_300_000, total=16_100_000),
    ga=("Le directeur général est responsable de la direction scientifique et administrative du Centre de "
        "foresterie des Laurentides, l'un des cinq centres de recherche du Service canadien des forêts. Il "
        "oriente les programmes de recherche sur les écosystèmes forestiers de l'Est du Canada, la lutte contre "
        "les ravageurs et les perturbations naturelles, et assure le transfert des connaissances aux "
        "gouvernements provinciaux, à l'industrie forestière et aux communautés autochtones."),
    org=("Le directeur général relève du sous-ministre adjoint, Service canadien des forêts. Relèvent du "
         "directeur général :"),
    ns=[("Le secteur forestier est un moteur économique important pour de nombreuses régions du Québec et de "
         "l'Atlantique. Les changements climatiques, les épidémies d'insectes comme la tordeuse des bourgeons de "
         "l'épinette et les feux de forêt menacent la santé des forêts et la viabilité des communautés qui en "
         "dépendent. Les provinces, qui gèrent la majorité des terres forestières, comptent sur la science "
         "fédérale pour appuyer leurs décisions."),
        ("Le directeur général gère une organisation scientifique de plus de 130 employés, des laboratoires et "
         "des installations de recherche sur le terrain, dans un contexte de ressources limitées et de "
         "renouvellement de l'effectif scientifique. Il doit établir des priorités de recherche qui répondent "
         "aux besoins des partenaires tout en préservant l'excellence et l'indépendance scientifiques.")],
    sa=["Établit l'orientation stratégique et les priorités de recherche du Centre, en accord avec les "
        "priorités du Service canadien des forêts.",
        "Dirige la gestion des programmes scientifiques, des laboratoires et des installations de recherche.",
        "Négocie et gère des ententes de collaboration avec les provinces, les universités, l'industrie et les "
        "organisations autochtones.",
        "Représente le Ministère auprès des partenaires régionaux, nationaux et internationaux.",
        "Conseille le sous-ministre adjoint sur les enjeux forestiers de l'Est du Canada.",
        "Gère les ressources humaines, financières et matérielles du Centre."],
)

# --- DFO: Regional Director, Fisheries Management, Pacific Region -----------------------------------------

POSITIONS["pacfm"] = dict(
    dept="DFO",
    title="Regional Director, Fisheries Management, Pacific Region",
    cls="EX-02", job_code="105240", number="42615", effective="2017-06-01",
    branch="Pacific Region", directorate="Fisheries Management",
    city="Vancouver", province="BC",
    sup=dict(number=None, title="Regional Director General, Pacific Region", cls="EX-04"),
    reports=[
        report("Area Director, South Coast", "EX-01", 88, ""),
        report("Area Director, North Coast", "EX-01", 54, ""),
        report("Area Director, Fraser and Interior", "EX-01", 71, ""),
        report("Director, Resource Management Operations", "EX-01", 46, ""),
        report("Manager, Pacific Salmon Treaty Implementation", "BI-04", 8, ""),
        report("Administrative Assistant", "AS-03", None, ""),
    ],
    dims=dict(fte=274, total=31_600_000),
    dims_extra=["Pacific Region FTEs: 1,812"],
    ga=("Providing leadership for the management of commercial, recreational and Indigenous fisheries in the "
        "Pacific Region; developing and implementing integrated fisheries management plans for salmon, "
        "groundfish, herring, shellfish and other species; implementing the Wild Salmon Policy and the Pacific "
        "Salmon Treaty; consulting with First Nations, harvesters, the Province of British Columbia and "
        "stakeholders; and ensuring that fisheries decisions are based on the best available science and "
        "respect the Department's obligations toward Indigenous peoples."),
    ns=[("Fisheries and Oceans Canada is responsible for the conservation and sustainable use of Canada's "
         "fisheries resources. Pacific salmon are of enormous ecological, cultural and economic importance, and "
         "many stocks are in decline. Fisheries management decisions in the Pacific Region are among the most "
         "contentious in the Department, involving more than 200 First Nations, commercial and recreational "
         "sectors, environmental organizations and the United States under the Pacific Salmon Treaty."),
        ("The Regional Director must make time-sensitive in-season decisions on openings and closures, often "
         "with incomplete information, under intense public and political scrutiny, and while implementing "
         "reconciliation agreements and the court-affirmed fishing rights of First Nations.")],
    challenges=[
        "Reconciling conservation objectives with the economic interests of harvesters and the rights of First "
        "Nations.",
        "Responding to the decline of many Pacific salmon stocks and the impacts of climate change.",
        "Managing complex consultations with limited capacity.",
    ],
    initiatives=[
        "Leading the implementation of the Pacific Salmon Strategy Initiative in the Region.",
        "Developing rebuilding plans for stocks of concern under the Fish Stock Provisions of the Fisheries "
        "Act.",
        "Negotiating collaborative management arrangements with First Nations.",
        "Modernizing catch monitoring and reporting in all fisheries.",
    ],
    sa=["Provides leadership for the development and implementation of integrated fisheries management plans "
        "in the Pacific Region.",
        "Directs in-season fisheries management and the regulation of fishing activities.",
        "Leads consultations and negotiations with First Nations, stakeholders and the Province.",
        "Represents the Department in the implementation of the Pacific Salmon Treaty and on bilateral "
        "committees.",
        "As a member of the regional management committee, contributes to regional planning, priorities and "
        "decision-making.",
        "Manages the human and financial resources of the Directorate."],
)

# --- AAFC: Director, Business Risk Management Program Integrity ------------------------------------------

POSITIONS["brm"] = dict(
    dept="AAFC",
    title="Director, Business Risk Management Program Integrity",
    cls="EX-01", job_code="104601", number="20418", effective="2020-11-02",
    branch="Programs Branch", directorate="Business Risk Management Programs Directorate",
    city="Winnipeg", province="MB",
    sup=dict(number="20400", title="Director General, Business Risk Management Programs", cls="EX-03"),
    reports=[
        report("Manager, Program Integrity and Audit", "PM-06", 17,
               "Plans and conducts integrity reviews and audits of AgriStability and AgriInvest files."),
        report("Manager, Risk Analytics and Data", "EC-07", 8,
               "Develops risk models and data analytics to select files for review."),
        report("Manager, Appeals and Review", "PM-05", 11,
               "Manages the appeals process and the review of participant disputes."),
        report("Manager, Federal-Provincial Program Verification", "PM-06", 14,
               "Verifies the administration of cost-shared programs delivered by the provinces."),
    ],
    dims=dict(fte=53, salary=4_360_000, om=282_000, total=4_642_000),
    ga=("The Director is accountable for the integrity of the federal-provincial-territorial Business Risk "
        "Management (BRM) programs, including AgriStability, AgriInvest and AgriInsurance, through risk-based "
        "reviews, audits, appeals and the verification of provincial program administration, to ensure that "
        "payments to producers are accurate, that public funds are protected and that producers are treated "
        "fairly."),
    org=("The Director, Business Risk Management Program Integrity is one of four directors reporting to the "
         "Director General, Business Risk Management Programs."),
    ns=[("BRM programs pay out more than $1.5 billion a year to Canadian producers to help them manage risks "
         "that threaten the viability of their farms, such as severe market volatility and natural disasters. "
         "Programs are cost-shared 60:40 with provinces and territories, and several provinces deliver them "
         "directly, which requires a federal verification function."),
        ("The Director must maintain strong integrity controls while supporting the timely delivery of "
         "payments during disasters, when producers face urgent financial pressure and ministers announce "
         "interim payments on short notice.")],
    sa=["Develops and implements the integrity framework for the BRM programs.",
        "Directs risk-based reviews, audits and the recovery of overpayments.",
        "Manages the appeals process for program participants.",
        "Verifies the administration of programs delivered by provinces and reports to the federal-provincial "
        "committees.",
        "Advises the Director General on integrity risks and program design changes.",
        "Manages the human and financial resources of the Division."],
)

# --- VAC: Director, Disability Adjudication (two versions) ------------------------------------------------

POSITIONS["vacdb"] = dict(
    dept="VAC",
    title="Director, Disability Adjudication",
    cls="EX-01", job_code="104876", number="43380", effective="2021-04-26",
    branch="Service Delivery Branch", directorate="Centralized Operations Division",
    city="Charlottetown", province="PE",
    sup=dict(number="43300", title="Director General, Centralized Operations", cls="EX-02"),
    reports=[
        report("Manager, Disability Adjudication Team 1", "PM-05", 46, ""),
        report("Manager, Disability Adjudication Team 2", "PM-05", 44, ""),
        report("Manager, Medical Advisory Services", "MD-MOF-03", 12, ""),
        report("Manager, Adjudication Quality and Training", "PM-05", 9, ""),
    ],
    dims=dict(fte=114, salary=9_400_000, om=385_000, total=9_785_000),
    csr=("Leadership and management of the adjudication of disability benefit applications for Veterans, "
         "serving members of the Canadian Armed Forces and RCMP members, so that they receive fair, timely and "
         "consistent decisions and access to the benefits to which they are entitled."),
    ga=("The Director is accountable for the national adjudication of first applications, reviews and "
        "reassessments of disability benefits under the Veterans Well-being Act and the Pension Act, and for "
        "the medical advisory services that support decisions."),
    org=("The Director reports to the Director General, Centralized Operations. The following positions report "
         "to the Director:"),
    ns=[("Veterans Affairs Canada receives more than 70,000 disability benefit applications each year. Wait "
         "times for decisions have been the subject of reports by the Veterans Ombud, the Auditor General and "
         "parliamentary committees, and reducing them is a ministerial priority. Decisions involve complex "
         "medical evidence and legal interpretation, and must be consistent across thousands of adjudicators' "
         "files."),
        ("The Director manages a large workforce of adjudicators and medical advisors in Charlottetown, and "
         "must balance productivity, quality and employee well-being in a sustained high-volume environment.")],
    sa=["Directs the adjudication of disability benefit applications and the timely communication of "
        "decisions.",
        "Establishes production targets, quality standards and performance reporting.",
        "Oversees medical advisory services and the development of entitlement eligibility guidelines.",
        "Leads initiatives to reduce wait times, including process simplification and automation.",
        "Works with the Veterans Review and Appeal Board, the Bureau of Pensions Advocates and Veterans' "
        "organizations on adjudication issues.",
        "Manages the human and financial resources of the Division."],
)

# --- Justice: Director, Access to Information and Privacy Office --------------------------------------------

POSITIONS["atip"] = dict(
    dept="JUS",
    title="Director, Access to Information and Privacy Office",
    cls="EX-01", job_code="104101", number="11804", effective="2021-05-03",
    branch="Management Sector", directorate="Access to Information and Privacy Office",
    city="Ottawa", province="ON",
    sup=dict(number="11800", title="Director General, Corporate Secretariat", cls="EX-02"),
    reports=[
        report("Deputy Director, Access to Information Operations", "PM-06", 24,
               "Manages the processing of access to information requests, consultations and complaints."),
        report("Deputy Director, Privacy and Policy", "PM-06", 9,
               "Manages privacy impact assessments, privacy breaches, policy instruments and training."),
        report("Manager, Intake and Triage", "PM-05", 11,
               "Manages the reception, assignment and tracking of requests and the records retrieval network."),
    ],
    dims=dict(fte=47, salary=3_912_000, om=184_000, total=4_096_000),
    ga=("The Director is accountable for the administration of the Access to Information Act and the Privacy Act "
        "within the Department of Justice, including the processing of requests, the protection of personal "
        "information, the handling of complaints to the Information and Privacy Commissioners, and the "
        "provision of expert advice to senior management, in a department whose records are frequently subject "
        "to solicitor-client privilege and Cabinet confidence exclusions."),
    org=("The Director reports to the Director General, Corporate Secretariat and manages the following "
         "positions:"),
    ns=[("The Department of Justice receives a growing number of access requests, many of them voluminous and "
         "sensitive, involving litigation files, legal advice to government and matters before the courts. The "
         "Director must apply complex exemptions consistently and defend departmental decisions before the "
         "commissioners and the Federal Court."),
        ("The Director leads the modernization of ATIP processing, including the adoption of the government-wide "
         "ATIP Online Request Service and new case management tools, while meeting legislated deadlines with "
         "limited staff.")],
    sa=["Directs the administration of the Access to Information Act and the Privacy Act in the Department.",
        "Exercises delegated authority for decisions on the disclosure of records.",
        "Represents the Department in investigations by the Information Commissioner and the Privacy "
        "Commissioner.",
        "Develops departmental ATIP policies, procedures and training.",
        "Provides advice to the Deputy Minister, senior executives and legal counsel on access and privacy "
        "matters.",
        "Prepares the annual reports to Parliament on the administration of both Acts.",
        "Manages the human and financial resources of the Office."],
)

# --- PCO: Director of Operations, Economic Development Policy ---------------------------------------------

POSITIONS["pcoerd"] = dict(
    dept="PCO",
    title="Director of Operations, Economic Development Policy",
    cls="EX-02", job_code="103344", number="1647", effective="2019-01-14",
    branch="Economic and Regional Development Policy", directorate="Economic Development Policy",
    city="Ottawa", province="ON",
    sup=dict(number="1640", title="Assistant Secretary to the Cabinet, Economic and Regional Development Policy",
             cls="EX-04"),
    reports=[
        report("Senior Policy Analyst, Innovation and Industry", "EC-07", None,
               "provides policy analysis and briefings on innovation, industry, trade and science files."),
        report("Senior Policy Analyst, Natural Resources and Environment", "EC-07", None,
               "provides policy analysis and briefings on energy, natural resources and environment files."),
        report("Senior Policy Analyst, Transport and Infrastructure", "EC-07", None,
               "provides policy analysis and briefings on transport, infrastructure and communities files."),
        report("Policy Analyst, Regional Development", "EC-05", None,
               "supports analysis of regional development agency files and federal-provincial agreements."),
    ],
    dims=dict(fte=6, salary=812_000, om=38_000, total=850_000),
    ga=("The Director of Operations is accountable for the management of the economic policy files coming before "
        "the Cabinet Committee on Economy and the Environment, for providing the Prime Minister, the Clerk of "
        "the Privy Council and the committee chair with timely, objective and coherent advice on departmental "
        "proposals, and for ensuring that proposals are consistent with the Government's priorities and "
        "fiscal framework."),
    org=("The Director of Operations is one of three directors of operations reporting to the Assistant "
         "Secretary to the Cabinet, Economic and Regional Development Policy. Reporting to the Director of "
         "Operations are:"),
    ns=[("The Privy Council Office supports the Prime Minister and Cabinet in ensuring that decisions are "
         "informed, coordinated and consistent with the Government's agenda. The Economic and Regional "
         "Development Policy Secretariat challenges departmental proposals, brokers agreement between "
         "departments and central agencies, and prepares the briefing notes and scenario materials used by "
         "ministers at Cabinet committee."),
        ("The Director of Operations works under constant time pressure, with files that are often highly "
         "sensitive and subject to Cabinet confidence. The position requires a broad understanding of economic "
         "policy, the machinery of government and the relationships between ministers, departments and "
         "central agencies.")],
    sa=["Manages the flow of economic policy proposals to Cabinet committee and the related challenge "
        "function.",
        "Prepares and reviews briefing materials for the Prime Minister, the Clerk and the committee chair.",
        "Coordinates with the Department of Finance, the Treasury Board Secretariat and the Prime Minister's "
        "Office on economic files.",
        "Provides strategic advice on the Government's economic agenda and emerging issues.",
        "Supports the Assistant Secretary in the planning of the Cabinet committee agenda.",
        "Manages a small team of analysts and its resources."],
)

# --- Finance: Director General, Personal Income Tax Division (Word file and its conversion) -----------------

POSITIONS["pit"] = dict(
    dept="FIN",
    title="Director General, Personal Income Tax Division",
    cls="EX-03", job_code="103620", number="2231", effective="2022-06-20",
    branch="Tax Policy Branch", directorate="Personal Income Tax Division",
    city="Ottawa", province="ON",
    sup=dict(number="2200", title="Assistant Deputy Minister, Tax Policy Branch", cls="EX-05"),
    reports=[
        report("Director, Personal Income Tax Policy", "EX-01", 11,
               "leads analysis and legislative proposals on personal income tax rates, credits and deductions."),
        report("Director, Savings and Pensions Tax Policy", "EX-01", 9,
               "leads policy on registered savings plans, pension plans and the taxation of investment income."),
        report("Director, Tax Measures Analysis and Modelling", "EX-01", 10,
               "leads the costing of tax measures, microsimulation models and the Report on Federal Tax "
               "Expenditures."),
        report("Chief, Legislative Coordination", "EC-07", 4,
               "coordinates the preparation of draft legislation and liaison with the Canada Revenue Agency and "
               "the Department of Justice."),
    ],
    dims=dict(fte=41, salary=4_470_000, om=190_000, total=4_660_000),
    ga=("The Director General is accountable for providing the Minister of Finance and the Deputy Minister with "
        "analysis and advice on personal income tax policy, for developing tax measures for federal budgets and "
        "economic statements, for preparing the related legislation, and for the estimates of the cost of tax "
        "measures that support the Government's fiscal planning."),
    org=("The Director General, Personal Income Tax Division is one of five directors general reporting to the "
         "Assistant Deputy Minister, Tax Policy Branch."),
    ns=[("The personal income tax system raises more than half of federal revenues and delivers a large share of "
         "the Government's social and economic policies through credits and benefits. Proposals are developed "
         "under budget secrecy, on very short timelines, and must be costed precisely and drafted as legislation "
         "that can be administered by the Canada Revenue Agency."),
        ("The Director General manages a team of economists and tax policy experts, and works closely with the "
         "Canada Revenue Agency, the Department of Justice, the Privy Council Office and provincial finance "
         "ministries that rely on the federal tax base.")],
    sa=["Directs the development of personal income tax policy options and measures for budgets and economic "
        "statements.",
        "Provides advice to the Minister, the Deputy Minister and the Associate Deputy Minister on tax issues.",
        "Oversees the costing of measures and the annual Report on Federal Tax Expenditures.",
        "Directs the preparation of draft legislation and explanatory notes, and supports the passage of bills "
        "through Parliament.",
        "Represents the Department with provinces, the Canada Revenue Agency and international organizations.",
        "Manages the human and financial resources of the Division."],
)

# --- ESDC: Directeur exécutif, Politique des prestations d'assurance-emploi ----------------------------------

POSITIONS["eipol"] = dict(
    dept="ESDC",
    title="Directeur exécutif, Politique des prestations d'assurance-emploi",
    cls="EX-02", job_code="105602", number=None, provisional="NOUVEAU", effective=None,
    branch="Direction générale des compétences et de l'emploi", directorate="Politique de l'assurance-emploi",
    city="Gatineau", province="QC",
    sup=dict(number=None, title="Directrice générale, Politique de l'assurance-emploi", cls="EX-03"),
    reports=[
        report("Directeur, Politique des prestations spéciales", "EX-01", 14, ""),
        report("Directrice, Politique des prestations régulières", "EX-01", 16, ""),
        report("Gestionnaire, Analyse législative et réglementaire", "EC-07", 7, ""),
        report("Conseillère spéciale", "EC-06", None, ""),
        report("Adjointe administrative", "AS-02", None, ""),
    ],
    dims=dict(fte=41, total=4_300_000),
    dims_extra=["Direction : ETP : 118 ; Salaires et F et E : 12,6 M$."],
    ga=("Assurer le leadership de l'élaboration des politiques relatives aux prestations régulières et aux "
        "prestations spéciales d'assurance-emploi (maladie, maternité, parentales, proches aidants, pêcheurs) ; "
        "diriger l'analyse des options de modernisation du régime ; préparer les mémoires au Cabinet, les "
        "présentations au Conseil du Trésor et les modifications législatives et réglementaires ; appuyer la "
        "Commission de l'assurance-emploi du Canada ; et collaborer avec Service Canada à la mise en œuvre des "
        "mesures."),
    org=("Le directeur exécutif relève de la directrice générale, Politique de l'assurance-emploi. Relèvent "
         "du directeur exécutif :"),
    ns=[("Le régime d'assurance-emploi verse plus de 20 milliards de dollars par année en prestations à près de "
         "deux millions de Canadiens. Les changements au régime ont des répercussions directes sur les "
         "travailleurs, les employeurs, les provinces et le compte des opérations de l'assurance-emploi, et font "
         "l'objet d'un examen attentif de la part des commissaires représentant les travailleurs et les "
         "employeurs, des parlementaires et des médias."),
        ("Le directeur exécutif doit fournir des conseils rigoureux dans des délais serrés, souvent dans un "
         "contexte de crise économique ou de mesures temporaires, et coordonner le travail de nombreux "
         "partenaires : Service Canada, l'Agence du revenu du Canada, le ministère des Finances et le Bureau du "
         "Conseil privé.")],
    challenges=[
        "Concilier les attentes des travailleurs et des employeurs avec la viabilité du compte des opérations.",
        "Mettre en œuvre des mesures temporaires dans des délais très courts.",
        "Maintenir l'expertise d'une petite équipe dans un domaine très technique.",
    ],
    initiatives=[
        "Diriger l'analyse des options de modernisation du régime d'assurance-emploi.",
        "Élaborer les modifications réglementaires relatives aux prestations pour proches aidants.",
        "Appuyer les consultations nationales sur l'avenir du régime.",
    ],
    sa=["Dirige l'élaboration des politiques sur les prestations régulières et spéciales d'assurance-emploi.",
        "Prépare les mémoires au Cabinet, les présentations au Conseil du Trésor et les propositions législatives "
        "et réglementaires.",
        "Conseille la haute direction et le cabinet de la ministre sur les enjeux liés aux prestations.",
        "Appuie la Commission de l'assurance-emploi du Canada et le rapport annuel de contrôle et d'évaluation.",
        "Établit des relations avec Service Canada, l'Agence du revenu du Canada et les provinces.",
        "Établit les priorités de la division et gère les ressources humaines et financières."],
)

# --- TBS: Directeur, Politiques et orientation en langues officielles -------------------------------------

POSITIONS["olpol"] = dict(
    dept="TBS",
    title="Directeur, Politiques et orientation en langues officielles",
    cls="EX-01", job_code="104330", number="90277", effective="2022-10-03",
    branch="Bureau du dirigeant principal des ressources humaines",
    directorate="Centre d'excellence en langues officielles",
    city="Ottawa", province="ON",
    sup=dict(number="90270", title="Directrice exécutive, Centre d'excellence en langues officielles", cls="EX-02"),
    reports=[
        report("Gestionnaire, Politiques sur les langues officielles", "EC-07", 8, ""),
        report("Gestionnaire, Conformité et mesure du rendement", "EC-06", 6, ""),
        report("Gestionnaire, Soutien aux institutions et réseaux", "PM-06", 5, ""),
    ],
    dims=dict(fte=21, salary=2_040_000, om=118_000, total=2_158_000),
    csr=("Direction de l'élaboration, de l'interprétation et du suivi des politiques du Conseil du Trésor en "
         "matière de langues officielles (langue de travail, service au public, participation équitable) pour "
         "les institutions fédérales, afin que les Canadiens soient servis dans la langue officielle de leur "
         "choix et que les fonctionnaires puissent travailler dans la langue officielle de leur choix dans les "
         "régions désignées."),
    key=["Élaborer et tenir à jour la Politique sur les langues officielles, ses directives et ses outils, y "
         "compris les règlements pris en vertu de la Loi sur les langues officielles modernisée.",
         "Interpréter la Loi et les instruments de politique, et conseiller les institutions fédérales sur leur "
         "application.",
         "Surveiller la conformité des institutions et préparer le rapport annuel au Parlement sur les langues "
         "officielles.",
         "Diriger les réseaux de champions et de responsables des langues officielles.",
         "Collaborer avec le Commissariat aux langues officielles, Patrimoine canadien et la Commission de la "
         "fonction publique.",
         "Gérer les ressources humaines et financières de la direction."],
    ga=("Le directeur est responsable des politiques du Conseil du Trésor sur les langues officielles et de leur "
        "mise en œuvre dans plus de 200 institutions fédérales."),
    org=("Le directeur relève de la directrice exécutive, Centre d'excellence en langues officielles. Les postes "
         "suivants relèvent du directeur :"),
    ns=[("La modernisation de la Loi sur les langues officielles a accru les obligations des institutions "
         "fédérales et le rôle de surveillance du Conseil du Trésor. Le directeur doit élaborer rapidement de "
         "nouveaux règlements et instruments, dans un contexte de grande visibilité auprès des communautés de "
         "langue officielle en situation minoritaire, du commissaire aux langues officielles et des "
         "parlementaires.")],
)

# --- ESDC Labour Program: Director General, Federal Mediation and Conciliation Service (bilingual) --------

POSITIONS["fmcs"] = dict(
    dept="ESDC",
    title={"en": "Director General, Federal Mediation and Conciliation Service",
           "fr": "Directeur général, Service fédéral de médiation et de conciliation"},
    cls="EX-03", job_code="103701", number="9320", effective="2018-02-26",
    branch={"en": "Labour Program", "fr": "Programme du travail"},
    directorate={"en": "Federal Mediation and Conciliation Service",
                 "fr": "Service fédéral de médiation et de conciliation"},
    city="Gatineau", province="QC",
    sup=dict(number="9300",
             title={"en": "Assistant Deputy Minister, Compliance, Operations and Program Development",
                    "fr": "Sous-ministre adjoint, Conformité, opérations et développement des programmes"},
             cls="EX-04"),
    reports=[
        report({"en": "Director, Mediation Services East", "fr": "Directeur, Services de médiation – Est"},
               "EX-01", 12, ""),
        report({"en": "Director, Mediation Services West", "fr": "Directrice, Services de médiation – Ouest"},
               "EX-01", 10, ""),
        report({"en": "Manager, Dispute Prevention and Relationship Development",
                "fr": "Gestionnaire, Prévention des différends et développement des relations"}, "PM-06", 5, ""),
        report({"en": "Manager, Arbitration and Operational Services",
                "fr": "Gestionnaire, Arbitrage et services opérationnels"}, "PM-05", 6, ""),
    ],
    dims=dict(fte=38, salary=5_100_000, om=1_340_000, total=6_440_000),
    ga={"en": ("The Director General is accountable for the delivery of the Federal Mediation and Conciliation "
               "Service, which assists employers and unions in federally regulated industries to negotiate "
               "collective agreements and resolve disputes, through conciliation, mediation, arbitration and "
               "dispute prevention services, in order to foster constructive labour relations and reduce work "
               "stoppages that affect Canadians and the economy."),
        "fr": ("Le directeur général est responsable de la prestation des services du Service fédéral de "
               "médiation et de conciliation, qui aide les employeurs et les syndicats des industries sous "
               "réglementation fédérale à négocier des conventions collectives et à régler leurs différends, au "
               "moyen de services de conciliation, de médiation, d'arbitrage et de prévention des différends, "
               "afin de favoriser des relations de travail constructives et de réduire les arrêts de travail qui "
               "touchent les Canadiens et l'économie.")},
    org={"en": ("The Director General reports to the Assistant Deputy Minister, Compliance, Operations and "
                "Program Development. Reporting to the Director General are:"),
         "fr": ("Le directeur général relève du sous-ministre adjoint, Conformité, opérations et développement "
                "des programmes. Relèvent du directeur général :")},
    ns={"en": [("Federally regulated industries include ports, railways, airlines, telecommunications, banks and "
                "interprovincial trucking. A strike or lockout in these sectors can disrupt supply chains and "
                "essential services across the country. The Director General is personally involved in the "
                "most difficult disputes, and advises the Minister of Labour on options, including the "
                "appointment of conciliation boards and referrals to the Canada Industrial Relations Board."),
               ("Mediators work under strict confidentiality, and the credibility of the Service depends on its "
                "neutrality in the eyes of both employers and unions.")],
           "fr": [("Les industries sous réglementation fédérale comprennent les ports, les chemins de fer, les "
                   "transporteurs aériens, les télécommunications, les banques et le camionnage "
                   "interprovincial. Une grève ou un lock-out dans ces secteurs peut perturber les chaînes "
                   "d'approvisionnement et des services essentiels partout au pays. Le directeur général "
                   "intervient personnellement dans les conflits les plus difficiles et conseille le ministre du "
                   "Travail sur les options, y compris la nomination de commissions de conciliation et les "
                   "renvois au Conseil canadien des relations industrielles."),
                  ("Les médiateurs travaillent dans la plus stricte confidentialité, et la crédibilité du Service "
                   "repose sur sa neutralité aux yeux des employeurs et des syndicats.")]},
    sa={"en": ["Directs the delivery of conciliation, mediation and arbitration services across Canada.",
               "Intervenes personally as mediator in high-profile disputes.",
               "Advises the Minister and the Deputy Minister on labour disputes and options for intervention.",
               "Leads dispute prevention and relationship development programs with employers and unions.",
               "Manages the appointment of arbitrators and the related programs.",
               "Manages the human and financial resources of the Service."],
        "fr": ["Dirige la prestation des services de conciliation, de médiation et d'arbitrage partout au Canada.",
               "Intervient personnellement à titre de médiateur dans les conflits très médiatisés.",
               "Conseille le ministre et le sous-ministre sur les conflits de travail et les options "
               "d'intervention.",
               "Dirige les programmes de prévention des différends et de développement des relations avec les "
               "employeurs et les syndicats.",
               "Gère la nomination des arbitres et les programmes connexes.",
               "Gère les ressources humaines et financières du Service."]},
)

# --- IRCC: Directrice, Politique et programmes d'immigration francophone -----------------------------------

POSITIONS["francoimm"] = dict(
    dept="IRCC",
    title="Directrice, Politique et programmes d'immigration francophone",
    cls="EX-01", job_code="105377", number="60712", effective="2023-05-08",
    branch="Politiques stratégiques et de programmes", directorate="Politique d'établissement et d'intégration",
    city="Ottawa", province="ON",
    sup=dict(number="60700", title="Directeur général, Politique d'établissement et d'intégration", cls="EX-03"),
    reports=[
        report("Gestionnaire, Politique d'immigration francophone", "EC-07", 7,
               "élabore les politiques et les cibles en matière d'immigration francophone hors Québec."),
        report("Gestionnaire, Programmes et partenariats communautaires", "PM-06", 9,
               "gère les ententes de contribution avec les réseaux en immigration francophone et les "
               "communautés accueillantes."),
        report("Gestionnaire, Recherche et mesure du rendement", "EC-07", 5,
               "produit les analyses, les données et les rapports sur les résultats de l'immigration "
               "francophone."),
    ],
    dims=dict(fte=22, salary=2_140_000, om=156_000, total=2_296_000),
    dims_extra=["Subventions et contributions : 34,5 M$"],
    ga=("La directrice est responsable de l'élaboration et de la mise en œuvre des politiques et des programmes "
        "visant à accroître l'immigration francophone dans les communautés francophones en situation "
        "minoritaire à l'extérieur du Québec, y compris l'atteinte de la cible d'admission de résidents "
        "permanents d'expression française, l'appui aux communautés francophones accueillantes et la "
        "collaboration avec les provinces, les territoires et les organismes communautaires."),
    org=("La directrice relève du directeur général, Politique d'établissement et d'intégration. Elle dirige "
         "trois équipes :"),
    ns=[("L'immigration francophone est essentielle à la vitalité des communautés francophones en situation "
         "minoritaire, dont le poids démographique diminue. La Loi sur les langues officielles modernisée oblige "
         "le Ministère à adopter une politique en matière d'immigration francophone, et les cibles font l'objet "
         "d'un suivi étroit par les communautés, le commissaire aux langues officielles et les parlementaires."),
        ("La directrice doit coordonner l'action de nombreux secteurs du Ministère, notamment la promotion, la "
         "sélection et l'établissement, et travailler avec Patrimoine canadien, les provinces et les réseaux "
         "communautaires pour atteindre des résultats mesurables.")],
    sa=["Dirige l'élaboration de la Politique en matière d'immigration francophone et de son plan d'action.",
        "Établit les cibles et les indicateurs de rendement, et fait rapport sur les résultats.",
        "Gère les programmes de subventions et de contributions destinés aux communautés francophones.",
        "Conseille la haute direction et le cabinet du ministre sur les enjeux d'immigration francophone.",
        "Représente le Ministère auprès des provinces, des territoires et des organismes communautaires.",
        "Gère les ressources humaines et financières de la direction."],
)

# --- CRA: Director, Winnipeg Tax Centre ----------------------------------------------------------------------

POSITIONS["wtc"] = dict(
    dept="CRA",
    title="Director, Winnipeg Tax Centre",
    cls="EX-02", job_code="104150", number="30087112", effective=None,
    branch="Prairie Region", directorate="Winnipeg Tax Centre",
    city="Winnipeg", province="MB",
    sup=dict(number=None, title="Assistant Commissioner, Prairie Region", cls=None),
    reports=[
        report("Assistant Director, Individual Returns Processing", "MG-06", 412,
               "directing the processing and assessment of individual income tax and benefit returns, "
               "including the peak season operations and the management of seasonal and term employees."),
        report("Assistant Director, Business Returns and Payments", "MG-06", 298,
               "directing the processing of corporate, trust and GST/HST returns, and the processing of "
               "payments and remittances."),
        report("Assistant Director, Client Services and Benefits", "MG-06", 236,
               "directing the processing of benefit applications, adjustments to returns and the correspondence "
               "received from individuals and businesses."),
        report("Assistant Director, Administration and Workload Management", "MG-05", 61,
               "providing finance, facilities, security, workload planning and business intelligence services "
               "for the Centre."),
        report("Manager, Quality and Continuous Improvement", "MG-04", 14,
               "managing the quality assurance program and the Lean continuous improvement initiatives of "
               "the Centre."),
    ],
    dims=dict(fte=1048, total=71_200_000),
    dims_extra=["Peak season term employees: up to 350"],
    ga=("The Director, Winnipeg Tax Centre is accountable to the Assistant Commissioner, Prairie Region for the "
        "efficient, accurate and secure processing of individual and business returns, payments and benefit "
        "applications assigned to the Centre, and for the services provided to taxpayers and benefit recipients "
        "across Canada through the national workload distribution model. The Director ensures that processing "
        "standards are met during the peak filing season, that the Centre's large and seasonal workforce is "
        "well managed, and that the security of taxpayer information is protected at all times."),
    org=("The Director, Winnipeg Tax Centre, is one of seven tax centre directors in the Agency, and one of the "
         "members of the Prairie Region management committee. The following positions report to the Director:"),
    ns=[("The tax centres are the Agency's processing backbone: every year they process more than 30 million "
         "individual returns and millions of business returns, payments and pieces of correspondence."),
        ("Operational Leadership. The Director must plan and deliver a highly seasonal workload, in which volumes "
         "triple between February and May. This requires the hiring, training and management of several hundred "
         "seasonal employees, the coordination of shifts and overtime, and constant monitoring of inventories "
         "against service standards."),
        ("Modernization. The Agency is replacing paper processing with digital channels and automated "
         "assessment. The Director leads the Centre through these changes, which affect the nature of the work, "
         "the skills required and the size of the workforce, and must manage the related human resources and "
         "labour relations issues with care."),
        ("Environment and Challenges. The Centre is one of the largest federal employers in Manitoba. Its "
         "performance is visible to millions of Canadians who expect their refunds and benefits on time, and "
         "any disruption, such as a system outage during peak season, has immediate public and media "
         "impacts.")],
    sa=["Directing the processing of individual returns, business returns, payments and benefit applications "
        "assigned to the Centre;",
        "Establishing operational plans, inventories and service standards, and reporting on results to the "
        "Assistant Commissioner and the Assessment, Benefit, and Service Branch;",
        "Leading the implementation of digital processing and automation initiatives at the Centre;",
        "Ensuring the security and confidentiality of taxpayer information and the physical security of the "
        "Centre;",
        "Managing a large permanent and seasonal workforce, including staffing, training, labour relations and "
        "workplace well-being;",
        "As a member of the regional management committee, contributing to regional priorities and decisions; "
        "and",
        "Managing financial, human and material resources with prudence and probity in accordance with the "
        "values and ethics of the Agency."],
)

# --- PSPC Translation Bureau: Directrice, Interprétation parlementaire --------------------------------------

POSITIONS["interp"] = dict(
    dept="PSPC",
    title="Directrice, Interprétation parlementaire",
    cls="EX-01", job_code="104712", number="38114", effective="2020-01-13",
    branch="Bureau de la traduction", directorate="Services d'interprétation",
    city="Gatineau", province="QC",
    sup=dict(number="38100", title="Vice-présidente, Services d'interprétation", cls="EX-03"),
    reports=[
        report("Chef, Interprétation des débats de la Chambre et du Sénat", "TR-05", 28,
               "dirige les interprètes affectés aux séances de la Chambre des communes et du Sénat."),
        report("Chef, Interprétation des comités parlementaires", "TR-05", 31,
               "dirige les interprètes affectés aux comités et aux conférences de presse sur la Colline."),
        report("Chef, Interprétation en langues autochtones et en langues des signes", "TR-04", 7,
               "gère les services d'interprétation en langues autochtones, en LSQ et en ASL."),
        report("Gestionnaire, Planification et affectations", "AS-05", 6,
               "planifie les affectations, gère les horaires et les relations avec les interprètes "
               "pigistes."),
    ],
    dims=dict(fte=74, salary=8_900_000, om=420_000, total=9_320_000),
    ga=("La directrice est responsable de la prestation des services d'interprétation simultanée dans les deux "
        "langues officielles, en langues autochtones et en langues des signes au Parlement du Canada, y compris "
        "les débats de la Chambre des communes et du Sénat, les travaux des comités et les événements "
        "parlementaires, afin que les parlementaires et les Canadiens puissent participer pleinement aux "
        "travaux du Parlement dans la langue de leur choix."),
    org=("La directrice relève de la vice-présidente, Services d'interprétation. Relèvent de la directrice :"),
    ns=[("Le Parlement est le principal client du Bureau de la traduction en matière d'interprétation. Les "
         "séances hybrides, qui combinent participants en personne et à distance, ont accru le volume de travail "
         "et entraîné des risques pour la santé auditive des interprètes, ce qui a mené à de nouvelles normes "
         "techniques et à des mesures de protection."),
        ("La directrice doit assurer une prestation sans faille, souvent en soirée et à court préavis, dans un "
         "contexte de pénurie d'interprètes accrédités, tout en gérant des relations délicates avec "
         "l'Administration de la Chambre des communes, le Sénat et les associations professionnelles.")],
    sa=["Dirige la prestation des services d'interprétation au Parlement et en assure la qualité.",
        "Établit les normes de service, les normes techniques et les mesures de santé et sécurité des "
        "interprètes.",
        "Gère la planification des affectations et le recours aux interprètes pigistes.",
        "Représente le Bureau auprès de l'Administration de la Chambre des communes et du Sénat.",
        "Contribue au recrutement, à l'accréditation et à la relève des interprètes.",
        "Gère les ressources humaines et financières de la direction."],
)

# --- SSC: Director, Enterprise Security Operations ---------------------------------------------------------

POSITIONS["soc"] = dict(
    dept="SSC",
    title="Director, Enterprise Security Operations",
    cls="EX-01", job_code="104966", number="8870", effective="2022-02-07",
    branch="Networks, Security and Digital Services", directorate="Cyber and IT Security",
    city="Ottawa", province="ON",
    sup=dict(number="8850", title="Director General, Cyber and IT Security", cls="EX-03"),
    reports=[
        report("Manager, Security Monitoring and Incident Response", "CS-04", 32,
               "operates the 24/7 security operations centre, monitors enterprise networks and coordinates the "
               "response to cyber incidents."),
        report("Manager, Vulnerability Management", "CS-04", 14,
               "manages vulnerability scanning, patch compliance reporting and remediation tracking."),
        report("Manager, Security Engineering and Tools", "CS-04", 19,
               "designs and maintains the security information and event management platform and detection "
               "tools."),
        report("Manager, Threat Intelligence", "CS-04", 6,
               "produces threat assessments in collaboration with the Canadian Centre for Cyber Security."),
    ],
    dims=dict(fte=74, salary=7_620_000, om=3_400_000, total=11_020_000),
    ga=("The Director is accountable for the around-the-clock security operations that protect the enterprise "
        "networks, data centres and cloud services operated by Shared Services Canada for its partner "
        "departments, including the detection of and response to cyber threats, vulnerability management and "
        "the security tools that support them."),
    org=("The Director, Enterprise Security Operations is one of three directors reporting to the Director "
         "General, Cyber and IT Security."),
    ns=[("Government networks are targeted daily by state-sponsored actors, criminal groups and hacktivists. A "
         "successful attack could compromise the personal information of Canadians or disrupt critical "
         "services. The Director works in close partnership with the Canadian Centre for Cyber Security, the "
         "Treasury Board Secretariat and departmental security officers, and must make rapid decisions during "
         "incidents, sometimes isolating systems that partners consider critical."),
        ("Recruiting and retaining cyber security specialists in competition with the private sector is a "
         "constant challenge.")],
    sa=["Directs the security operations centre and the response to cyber security incidents.",
        "Manages the enterprise vulnerability management program and reports on compliance.",
        "Oversees the engineering of security monitoring and detection tools.",
        "Coordinates with the Canadian Centre for Cyber Security and partner departments during incidents.",
        "Advises the Director General on threats, risks and investments.",
        "Manages the human and financial resources of the Division."],
)

# --- Health Canada: Director, Bureau of Chemical Safety ------------------------------------------------------

POSITIONS["chem"] = dict(
    dept="HC",
    title="Director, Bureau of Chemical Safety",
    cls="EX-01", job_code="104205", number="71822", effective="2019-03-18",
    branch="Health Products and Food Branch", directorate="Food Directorate",
    city="Ottawa", province="ON",
    sup=dict(number="71800", title="Director General, Food Directorate", cls="EX-03"),
    reports=[
        report("Chief, Chemical Health Hazard Assessment Division", "BI-04", 28, ""),
        report("Chief, Food Research Division", "SE-RES-03", 41, ""),
        report("Chief, Food Packaging Materials and Incidental Additives Section", "CH-04", 12, ""),
        report("Manager, Bureau Operations", "AS-05", 5, ""),
    ],
    dims=dict(fte=92, salary=9_050_000, om=1_870_000, total=10_920_000),
    csr=("Scientific leadership and direction of the assessment of chemical hazards in food, including "
         "contaminants, food additives, packaging materials and processing aids, to protect Canadians from "
         "chemical risks in the food supply and to support the regulatory decisions of Health Canada and the "
         "enforcement activities of the Canadian Food Inspection Agency."),
    key=["Directs health risk assessments of chemical contaminants, food additives, packaging materials and "
         "incidental additives.",
         "Directs the Bureau's research program and laboratories, including the development of analytical "
         "methods and the Total Diet Study.",
         "Provides expert advice during food safety incidents and recalls, in collaboration with the Canadian "
         "Food Inspection Agency.",
         "Develops standards, maximum levels and guidance for chemicals in food.",
         "Represents Canada at the Codex Alimentarius Commission and with international regulatory partners.",
         "Manages the human, financial and laboratory resources of the Bureau."],
    ga=("The Director is accountable for the scientific assessment of chemical hazards in the Canadian food "
        "supply."),
    org=("The Director reports to the Director General, Food Directorate. The Bureau comprises the following "
         "units:"),
    ns=[("The Bureau of Chemical Safety is a science-based organization whose assessments underpin regulations "
         "and standards that apply to all foods sold in Canada. Food safety incidents are unpredictable and "
         "require rapid, defensible advice, often with incomplete data, under intense media attention. The "
         "Director must maintain scientific excellence and laboratory accreditation while responding to "
         "growing demands linked to new food technologies, international trade and emerging contaminants such "
         "as PFAS.")],
)

# --- ECCC: Regional Director, Environmental Enforcement, Prairie and Northern Region ------------------------

POSITIONS["enfpnr"] = dict(
    dept="ECCC",
    title="Regional Director, Environmental Enforcement, Prairie and Northern Region",
    cls="EX-01", job_code="104533", number="30912", effective=None,
    branch="Enforcement Branch", directorate="Environmental Enforcement Directorate",
    city="Edmonton", province="AB",
    sup=dict(number=None, title="Director General, Environmental Enforcement", cls=None),
    reports=[
        report("Manager, Enforcement Operations, Alberta", "EG-07", 23, ""),
        report("Manager, Enforcement Operations, Saskatchewan and Manitoba", "EG-07", 19, ""),
        report("Manager, Enforcement Operations, North", "EG-07", 11, ""),
        report("Manager, Intelligence and Investigations Support", "EG-06", 8, ""),
        report("Administrative Officer", "AS-03", None, ""),
    ],
    dims=dict(fte=63, total=6_900_000),
    ga=("Providing leadership for the enforcement of the Canadian Environmental Protection Act, 1999, the "
        "pollution prevention provisions of the Fisheries Act and related regulations in Alberta, "
        "Saskatchewan, Manitoba and the three territories; directing inspections, investigations and "
        "enforcement measures; setting regional enforcement priorities in line with the national enforcement "
        "plan; working with provincial, territorial and Indigenous governments and other federal departments; "
        "and ensuring that enforcement officers operate safely in remote and industrial environments."),
    ns=[("Environment and Climate Change Canada's enforcement program promotes and verifies compliance with "
         "federal environmental laws. The Prairie and Northern Region includes the oil sands, major mining and "
         "agricultural operations, pipelines and large remote areas. Investigations can lead to prosecutions "
         "with significant penalties and attract public, industry and media attention."),
        ("The Regional Director manages officers working across a vast territory, sometimes in hazardous "
         "conditions, and must ensure that enforcement decisions are consistent, impartial and defensible in "
         "court.")],
    challenges=[
        "Covering a vast territory with a limited number of officers.",
        "Maintaining officer safety during inspections at remote and industrial sites.",
        "Coordinating with provincial regulators whose jurisdictions overlap.",
    ],
    initiatives=[
        "Implementing the national risk-based inspection planning model in the Region.",
        "Building working relationships with Indigenous guardians programs in the North.",
        "Strengthening intelligence-led investigations of major industrial operations.",
    ],
    sa=["Directs the inspections and investigations of the Region.",
        "Sets regional enforcement priorities and plans.",
        "Approves enforcement measures and referrals to the Public Prosecution Service of Canada.",
        "Establishes relationships with provincial, territorial and Indigenous governments.",
        "Ensures occupational health and safety of enforcement officers.",
        "Manages the human and financial resources of the regional directorate."],
)

# --- ECCC: Director General, Wildlife Management and Regulatory Affairs ---------------------------------------

POSITIONS["wildlife"] = dict(
    dept="ECCC",
    title="Director General, Wildlife Management and Regulatory Affairs",
    cls="EX-03", job_code="104010", number="30144", effective="2021-08-09",
    branch="Canadian Wildlife Service", directorate="Wildlife Management and Regulatory Affairs",
    city="Gatineau", province="QC",
    sup=dict(number="30100", title="Assistant Deputy Minister, Canadian Wildlife Service", cls="EX-05"),
    reports=[
        report("Director, Migratory Birds and Wildlife Regulations", "EX-01", 26,
               "Leads the regulations under the Migratory Birds Convention Act, hunting regulations and the "
               "related consultations."),
        report("Director, Species at Risk Permitting and Compliance Promotion", "EX-01", 18,
               "Leads permitting and compliance promotion under the Species at Risk Act."),
        report("Director, Wildlife Trade and Permits", "EX-01", 14,
               "Administers the Wild Animal and Plant Protection and Regulation of International and "
               "Interprovincial Trade Act and Canada's obligations under CITES."),
        report("Manager, Regulatory Planning and Coordination", "EC-07", 6,
               "Coordinates the regulatory plan, cost-benefit analyses and Gazette publications of the "
               "Branch."),
    ],
    dims=dict(fte=69, salary=6_840_000, om=920_000, total=7_760_000),
    dims_extra=["Grants and contributions: $8.5M"],
    ga=("This position is accountable for the regulatory and permitting programs of the Canadian Wildlife "
        "Service. This includes:"),
    ga_items=[
        "Developing and administering regulations for the protection of migratory birds and the management of "
        "hunting.",
        "Issuing permits and promoting compliance under the Species at Risk Act.",
        "Regulating international and interprovincial trade in wild animals and plants.",
        "Leading consultations with Indigenous peoples, provinces, territories and stakeholders on wildlife "
        "regulations.",
    ],
    org_count="four",
    ns=[("Canada's wildlife faces growing pressures from habitat loss, climate change and invasive species. The "
         "regulations administered by the Directorate affect hunters, industry, landowners and Indigenous "
         "harvesters, and decisions on permits can delay major projects. The Director General must balance "
         "conservation objectives, the rights of Indigenous peoples and the economic interests of regulated "
         "parties, under scrutiny from environmental organizations and the courts."),
        ("The position works closely with the provinces and territories, which share jurisdiction over "
         "wildlife, and with international partners under migratory bird conventions and CITES.")],
    sa=["Directs the development and administration of wildlife regulations and permits.",
        "Leads consultations and the regulatory process, including Canada Gazette publications.",
        "Represents Canada in international fora on wildlife trade and migratory birds.",
        "Provides strategic advice to the Assistant Deputy Minister and the Minister on wildlife regulatory "
        "issues.",
        "Manages grants and contributions supporting compliance promotion.",
        "Manages the human and financial resources of the Directorate."],
    certifier=("Assistant Deputy Minister", "Canadian Wildlife Service"),
)

# --- NRCan: Director, Explosives Regulatory Division ---------------------------------------------------------

POSITIONS["explo"] = dict(
    dept="NRCan",
    title="Director, Explosives Regulatory Division",
    cls="EX-01", job_code="103899", number=None, effective="2022-01-10",
    branch="Lands and Minerals Sector", directorate="Explosives Safety and Security Branch",
    city="Ottawa", province="ON",
    sup=dict(number="15120", title="Director General, Explosives Safety and Security Branch", cls="EX-02"),
    reports=[
        report("Manager, Licensing and Authorizations", None, 20,
               "responsible for the licensing of explosives factories and magazines, and the authorization of "
               "explosives and fireworks for use in Canada."),
        report("Manager, Inspections and Compliance", None, 31,
               "responsible for the national inspection program of licensed sites, and for compliance and "
               "enforcement actions."),
        report("Manager, Canadian Explosives Research Laboratory", None, 27,
               "responsible for the testing of explosives, research on their safety and the technical support "
               "to law enforcement."),
        report("Manager, Regulatory Development", None, 6,
               "responsible for the amendments to the Explosives Regulations and the related consultations."),
    ],
    dims=dict(salary=7_450_000, om=1_200_000, total=8_650_000),
    ga=("The Director is accountable for the administration of the Explosives Act and its regulations, "
        "including the licensing and inspection of explosives manufacturers and storage sites, the "
        "authorization of explosives, fireworks and ammunition components, and the research and testing of the "
        "Canadian Explosives Research Laboratory, to protect the public and workers from the hazards of "
        "explosives and to prevent their misuse."),
    org=("The Director, Explosives Regulatory Division is the only director reporting to the Director General, "
         "Explosives Safety and Security Branch."),
    sa=["Directs the licensing, certification and authorization programs under the Explosives Act.",
        "Directs the national inspection and enforcement program for explosives sites.",
        "Oversees the research, testing and technical services of the Canadian Explosives Research Laboratory.",
        "Leads the modernization of the Explosives Regulations and related consultations with industry and "
        "provinces.",
        "Advises the Director General, the Assistant Deputy Minister and law enforcement agencies on explosives "
        "safety and security.",
        "Represents Canada in international fora on the transport and classification of explosives.",
        "Manages the human and financial resources of the Division."],
)

# --- ISED: Directeur, Opérations du spectre, Région du Québec ----------------------------------------------

POSITIONS["specqc"] = dict(
    dept="ISED",
    title="Directeur, Opérations du spectre, Région du Québec",
    cls="EX-01", job_code="104320", number="21877", effective="2019-05-02",
    branch="Secteur du spectre et des télécommunications", directorate="Opérations régionales",
    city="Montréal", province="QC",
    sup=dict(number="21800", title="Directeur général, Opérations régionales du spectre", cls="EX-03"),
    reports=[
        report("Gestionnaire, Inspection et conformité", "EL-07", 22,
               "dirige les inspections, les enquêtes sur le brouillage et les mesures d'application de la loi."),
        report("Gestionnaire, Autorisations et délivrance de licences", "PM-05", 14,
               "gère la délivrance des licences radio et des certificats de radioamateur dans la région."),
        report("Gestionnaire, District de Québec", "EL-07", 12,
               "dirige les opérations du bureau de district de Québec et de l'Est du Québec."),
        report("Adjointe administrative", "AS-02", None, ""),
    ],
    dims=dict(fte=52, salary=4_870_000, om=640_000, total=5_510_000),
    ga=("Le directeur est responsable de la gestion du spectre radioélectrique au Québec, y compris la "
        "délivrance des licences, la résolution des cas de brouillage, l'inspection des installations et "
        "l'application de la Loi sur la radiocommunication, afin d'assurer l'utilisation efficace du spectre et "
        "le fonctionnement fiable des services de communication essentiels, notamment ceux de la sécurité "
        "publique."),
    org=("Le directeur relève du directeur général, Opérations régionales du spectre. Relèvent du directeur :"),
    ns=[("La demande de spectre croît rapidement avec le déploiement des réseaux 5G, de l'Internet des objets et "
         "des services par satellite. Le brouillage peut perturber les communications des services d'urgence, "
         "de la navigation aérienne et des entreprises. Le directeur doit répondre rapidement aux plaintes "
         "prioritaires, souvent en dehors des heures normales, sur un vaste territoire."),
        ("Le directeur entretient des relations avec les grands fournisseurs de services sans fil, les "
         "radiodiffuseurs, les organismes de sécurité publique et le gouvernement du Québec.")],
    sa=["Dirige les opérations régionales de gestion du spectre au Québec.",
        "Autorise l'utilisation du spectre et délivre les licences conformément aux politiques nationales.",
        "Dirige les inspections, les enquêtes et les mesures d'application de la loi.",
        "Représente le Ministère auprès des intervenants régionaux et des organismes de sécurité publique.",
        "Conseille le directeur général sur les enjeux régionaux de spectre.",
        "Gère les ressources humaines, financières et matérielles de la région."],
)

# --- DFO: Director, Small Craft Harbours, Newfoundland and Labrador Region ---------------------------------

POSITIONS["sch"] = dict(
    dept="DFO",
    title="Director, Small Craft Harbours, Newfoundland and Labrador Region",
    cls="EX-01", job_code="104588", number="42980", effective="2020-09-14",
    branch="Newfoundland and Labrador Region", directorate="Small Craft Harbours",
    city="St. John's", province="NL",
    sup=dict(number=None, title="Regional Director General, Newfoundland and Labrador Region", cls=None),
    reports=[
        report("Area Manager, Eastern Newfoundland", "EN-ENG-05", 11,
               "Manages the operation, maintenance and repair of harbours on the Avalon Peninsula and the "
               "northeast coast."),
        report("Area Manager, Western Newfoundland and Labrador", "EN-ENG-05", 9,
               "Manages the operation, maintenance and repair of harbours on the west and south coasts and in "
               "Labrador."),
        report("Manager, Engineering and Technical Services", "EN-ENG-06", 14,
               "Directs the design, contracting and supervision of major capital and dredging projects."),
        report("Manager, Harbour Authority Programs", "PM-05", 5,
               "Supports the harbour authorities that manage harbours on behalf of the Department."),
    ],
    dims=dict(fte=43, operating=5_900_000),
    dims_extra=["Capital budget: $48.5 million"],
    ga=("This position is accountable for the Small Craft Harbours program in the Newfoundland and Labrador "
        "Region, which maintains a network of fishing harbours that are essential to the fishing industry and "
        "coastal communities. This includes:"),
    ga_items=[
        "Keeping some 300 harbours open, safe and in good repair.",
        "Planning and delivering a capital program of repairs, dredging and new infrastructure.",
        "Supporting the harbour authorities that operate harbours on behalf of the Department.",
        "Divesting harbours that are no longer required by the fishing industry.",
    ],
    org_count="four",
    ns=[("The Region has the largest number of fishing harbours in Canada, many of them in remote communities "
         "accessible only by sea or by long roads. Harsh weather, storm surges and sea-level rise cause "
         "frequent damage, and emergency repairs must be made quickly to allow the fishing season to proceed."),
        ("The Director manages a large capital program with a small team, relies on contractors in a tight "
         "construction market, and must respond to pressure from communities, harvesters and elected "
         "officials for investments in their harbours.")],
    sa=["Directs the operation, maintenance and repair of the Region's small craft harbours.",
        "Plans and manages the regional capital program and major projects.",
        "Supports harbour authorities and manages their lease agreements.",
        "Leads the divestiture of non-core harbours.",
        "Responds to emergencies affecting harbour infrastructure.",
        "Manages the human and financial resources of the program in the Region."],
    certifier=("Regional Director General", "Newfoundland and Labrador Region"),
)

# --- VAC: Directeur, Opérations de réadaptation ---------------------------------------------------------------

POSITIONS["rehab"] = dict(
    dept="VAC",
    title="Directeur, Opérations de réadaptation",
    cls="EX-01", job_code="104877", number="43712", effective="2022-04-01",
    branch="Direction générale de la prestation des services", directorate="Services de réadaptation",
    city="Charlottetown", province="PE",
    sup=dict(number="43700", title="Directeur général, Gestion des cas et services de santé", cls="EX-02"),
    reports=[
        report("Gestionnaire, Réadaptation professionnelle", "PM-05", 16,
               "gère les services de réadaptation professionnelle et d'assistance à l'emploi offerts aux "
               "vétérans."),
        report("Gestionnaire, Soutien aux gestionnaires de cas", "PM-05", 13,
               "fournit l'expertise et les outils aux gestionnaires de cas des bureaux de secteur."),
        report("Gestionnaire, Relations avec les fournisseurs", "PG-04", 7,
               "gère le contrat national des services de réadaptation et le rendement du fournisseur."),
    ],
    dims=dict(fte=38, salary=3_150_000, om=1_200_000, total=4_350_000),
    ga=("Le directeur est responsable de la gestion nationale du Programme de réadaptation et d'assistance "
        "professionnelle, qui aide les vétérans et leur famille à surmonter les obstacles à la réintégration "
        "dans la vie civile grâce à des services de réadaptation médicale, psychosociale et professionnelle, "
        "et de la gestion du contrat national avec le fournisseur de services."),
    org=("Le directeur relève du directeur général, Gestion des cas et services de santé. Relèvent du "
         "directeur :"),
    ns=[("Plus de 20 000 vétérans participent au programme de réadaptation. Les décisions touchent directement "
         "leur bien-être et celui de leur famille, et le programme est suivi de près par l'ombud des vétérans, "
         "les organisations de vétérans et les parlementaires. Le directeur doit assurer la qualité des "
         "services offerts par un fournisseur externe partout au pays et l'uniformité des pratiques des "
         "gestionnaires de cas.")],
    sa=["Dirige la gestion nationale du Programme de réadaptation et d'assistance professionnelle.",
        "Gère le contrat national de services de réadaptation et le rendement du fournisseur.",
        "Élabore les politiques opérationnelles, les outils et la formation destinés aux gestionnaires de cas.",
        "Mesure les résultats du programme et fait rapport à la haute direction.",
        "Collabore avec les organisations de vétérans et les Forces armées canadiennes.",
        "Gère les ressources humaines et financières de la direction."],
)

# --- AAFC: Directeur, Recherche, développement et technologie, Saint-Jean-sur-Richelieu --------------------

POSITIONS["rdt"] = dict(
    dept="AAFC",
    title="Directeur, Recherche, développement et technologie, Saint-Jean-sur-Richelieu",
    cls="EX-01", job_code="104455", number="20917", effective="2019-04-29",
    branch="Direction générale des sciences et de la technologie",
    directorate="Centre de recherche et de développement de Saint-Jean-sur-Richelieu",
    city="Saint-Jean-sur-Richelieu", province="QC",
    sup=dict(number="20900", title="Directeur général, Recherche, développement et technologie – Québec et Atlantique",
             cls="EX-02"),
    reports=[
        report("Gestionnaire, Recherche en phytoprotection", "SE-RES-04", 24,
               "coordonne les programmes de recherche sur la lutte intégrée contre les ravageurs et les "
               "maladies des cultures horticoles."),
        report("Gestionnaire, Services de laboratoire et soutien scientifique", "EG-07", 18,
               "gère les laboratoires, les serres et le soutien technique aux équipes de recherche."),
        report("Gestionnaire, Opérations de la ferme expérimentale de L'Acadie", "EG-06", 14,
               "gère les opérations agricoles et les parcelles expérimentales de la ferme de L'Acadie."),
        report("Gestionnaire, Services administratifs", "AS-05", 5,
               "gère les finances, les ressources matérielles et les services administratifs du centre."),
    ],
    dims=dict(fte=71, salary=6_480_000, om=1_950_000, total=8_430_000),
    ga=("Le directeur est responsable de la direction du Centre de recherche et de développement de "
        "Saint-Jean-sur-Richelieu, de ses programmes scientifiques en horticulture, en phytoprotection et en "
        "agriculture durable, de ses installations et de ses partenariats, afin d'appuyer la compétitivité et "
        "la durabilité du secteur agricole canadien."),
    org=("Le directeur relève du directeur général, Recherche, développement et technologie – Québec et "
         "Atlantique. Relèvent du directeur :"),
    ns=[("Le Centre de Saint-Jean-sur-Richelieu est un centre de recherche reconnu dans le domaine de la "
         "protection des cultures horticoles. Il collabore avec les producteurs, les universités, le ministère "
         "de l'Agriculture, des Pêcheries et de l'Alimentation du Québec et l'industrie. Le directeur doit "
         "concilier les priorités nationales de recherche et les besoins régionaux, gérer des installations "
         "vieillissantes et assurer la relève scientifique.")],
    sa=["Établit les priorités scientifiques du Centre en accord avec les stratégies nationales de recherche.",
        "Dirige la gestion des programmes de recherche, des laboratoires, des serres et de la ferme "
        "expérimentale.",
        "Établit et gère des ententes de collaboration avec des partenaires scientifiques et industriels.",
        "Assure la santé et la sécurité au travail et la gestion des biens immobiliers du Centre.",
        "Représente le Ministère auprès des intervenants régionaux.",
        "Gère les ressources humaines et financières du Centre."],
)

# --- PHAC: Director, National Emergency Strategic Stockpile -------------------------------------------------

POSITIONS["stockpile"] = dict(
    dept="PHAC",
    title="Director, National Emergency Strategic Stockpile",
    body_title="Director, Health Emergency Logistics",
    cls="EX-01", job_code="105090", number=None, provisional="TBD", effective=None,
    branch="Health Security and Regional Operations", directorate="Centre for Emergency Preparedness and Response",
    city="Ottawa", province="ON",
    sup=dict(number=None, title="Director General, Centre for Emergency Preparedness and Response", cls="EX-03"),
    reports=[
        report("Manager, Warehousing and Distribution", "PG-06", 24, ""),
        report("Manager, Procurement and Supply Planning", "PG-05", 9, ""),
        report("Manager, Medical Countermeasures Assessment", "BI-04", 6, ""),
        report("Manager, Inventory Control and Systems", "AS-07", 11, ""),
    ],
    dims=dict(fte=48, total=5_700_000),
    dims_extra=["Stockpile inventory value: approx. $1.2 billion"],
    ga=("Providing leadership for the National Emergency Strategic Stockpile (NESS), which holds medical "
        "supplies, pharmaceuticals and equipment that provinces and territories can request during public "
        "health emergencies; directing warehousing, distribution and inventory management; planning the "
        "procurement and lifecycle of medical countermeasures; and maintaining the capacity to deploy supplies "
        "anywhere in Canada within 24 hours."),
    ns=[("The COVID-19 pandemic demonstrated the importance of a strategic reserve of personal protective "
         "equipment and medical supplies, and exposed weaknesses in the management of the stockpile that were "
         "noted by the Auditor General. The Director of Health Emergency Logistics leads the modernization of "
         "the stockpile, including new warehouses, an inventory management system and agreements with "
         "provinces and territories on roles and responsibilities."),
        ("Decisions on what to stockpile, in what quantities and for how long involve large investments and "
         "must be based on risk assessments, while avoiding the waste of expired products.")],
    challenges=[
        "Deploying supplies rapidly during concurrent emergencies.",
        "Managing the lifecycle of a large inventory to avoid expiries and waste.",
        "Clarifying federal, provincial and territorial roles in emergency supply.",
    ],
    initiatives=[
        "Implementing a modern warehouse management and inventory system.",
        "Negotiating supply agreements with domestic manufacturers.",
        "Establishing regional warehousing capacity with provinces.",
    ],
    sa=["Directs the operations of the National Emergency Strategic Stockpile.",
        "Plans the procurement, rotation and disposal of medical countermeasures.",
        "Coordinates the deployment of supplies at the request of provinces and territories.",
        "Leads the modernization of the stockpile's infrastructure and systems.",
        "Advises the Director General on emergency supply risks and investments.",
        "Manages the human and financial resources of the Division."],
)

# --- Finance: Director, Equalization and Territorial Formula Financing (bilingual) --------------------------

POSITIONS["fpr"] = dict(
    dept="FIN",
    title={"en": "Director, Equalization and Territorial Formula Financing",
           "fr": "Directeur, Péréquation et formule de financement des territoires"},
    cls="EX-01", job_code="103871", number="2447", effective="2020-07-06",
    branch={"en": "Federal-Provincial Relations and Social Policy Branch",
            "fr": "Direction des relations fédérales-provinciales et de la politique sociale"},
    directorate={"en": "Federal-Provincial Relations Division", "fr": "Division des relations fédérales-provinciales"},
    city="Ottawa", province="ON",
    sup=dict(number="2440", title={"en": "Director General, Federal-Provincial Relations Division",
                                   "fr": "Directeur général, Division des relations fédérales-provinciales"},
             cls="EX-03"),
    reports=[
        report({"en": "Chief, Equalization Analysis", "fr": "Chef, Analyse de la péréquation"}, "EC-07", 5, ""),
        report({"en": "Chief, Territorial Formula Financing", "fr": "Chef, Formule de financement des territoires"},
               "EC-07", 4, ""),
        report({"en": "Chief, Fiscal Data and Modelling", "fr": "Chef, Données et modélisation financières"},
               "EC-06", 4, ""),
    ],
    dims=dict(fte=15, salary=1_720_000, om=64_000, total=1_784_000),
    dims_extra={"en": "Transfers calculated: $25.3 billion per year",
                "fr": "Transferts calculés : 25,3 milliards de dollars par année"},
    ga={"en": ("The Director is accountable for the calculation, analysis and policy development of the "
               "Equalization and Territorial Formula Financing programs, the two largest unconditional transfers "
               "to provinces and territories, including the legislated renewal of the programs, the monthly "
               "payment estimates, and the provision of advice to the Minister of Finance."),
        "fr": ("Le directeur est responsable du calcul, de l'analyse et de l'élaboration des politiques des "
               "programmes de péréquation et de la formule de financement des territoires, les deux plus "
               "importants transferts inconditionnels aux provinces et aux territoires, y compris le "
               "renouvellement législatif des programmes, les estimations des paiements mensuels et les conseils "
               "au ministre des Finances.")},
    org={"en": "The Director reports to the Director General, Federal-Provincial Relations Division. Reporting "
               "to the Director are:",
         "fr": "Le directeur relève du directeur général, Division des relations fédérales-provinciales. "
               "Relèvent du directeur :"},
    ns={"en": [("Equalization and Territorial Formula Financing payments represent more than $25 billion a year "
                "and are a central element of fiscal federalism. Calculations must be exact, since errors can "
                "cost hundreds of millions of dollars and damage relations with provinces. Any change to the "
                "formula is politically sensitive and is discussed at meetings of finance ministers.")],
           "fr": [("Les paiements de péréquation et de la formule de financement des territoires représentent "
                   "plus de 25 milliards de dollars par année et sont un élément central du fédéralisme "
                   "fiscal. Les calculs doivent être exacts, car une erreur peut coûter des centaines de "
                   "millions de dollars et nuire aux relations avec les provinces. Toute modification de la "
                   "formule est délicate sur le plan politique et est discutée aux réunions des ministres des "
                   "Finances.")]},
    sa={"en": ["Directs the calculation of Equalization and Territorial Formula Financing payments.",
               "Develops policy options for the renewal of the programs.",
               "Leads discussions with provincial and territorial officials on the programs.",
               "Prepares briefings for the Minister and meetings of finance ministers.",
               "Manages the human and financial resources of the section."],
        "fr": ["Dirige le calcul des paiements de péréquation et de la formule de financement des territoires.",
               "Élabore des options de politique pour le renouvellement des programmes.",
               "Dirige les discussions avec les fonctionnaires provinciaux et territoriaux sur les programmes.",
               "Prépare les séances d'information du ministre et les réunions des ministres des Finances.",
               "Gère les ressources humaines et financières de la section."]},
)

# --- PCO: Director of Operations, Machinery of Government -----------------------------------------------------

POSITIONS["mog"] = dict(
    dept="PCO",
    title="Director of Operations, Machinery of Government",
    cls="EX-02", job_code="103300", number="1588", effective="2022-02-14",
    branch="Machinery of Government Secretariat", directorate="Machinery of Government",
    city="Ottawa", province="ON",
    sup=dict(number=None, title="Assistant Secretary to the Cabinet, Machinery of Government", cls="EX-04"),
    reports=[
        report("Director, Government Structure and Transitions", "EX-01", 6,
               "Provides advice on the organization of government, changes to portfolios and transitions "
               "between ministries."),
        report("Director, Orders in Council and Legislative Authorities", "EX-01", 5,
               "Advises on the transfer of powers, duties and functions, and prepares the related Orders in "
               "Council."),
        report("Manager, Planning and Coordination", "AS-06", 3,
               "Coordinates briefing, correspondence, planning and administrative support for the "
               "Secretariat."),
    ],
    dims=dict(fte=17, salary=2_060_000, om=72_000, total=2_132_000),
    ga=("The Director of Operations is accountable for advice to the Prime Minister and the Clerk of the Privy "
        "Council on the machinery of government: the structure and mandates of departments and agencies, the "
        "assignment of ministerial responsibilities, the transfer of powers between ministers, the "
        "organization of Cabinet and its committees, and the preparations for transitions between "
        "governments."),
    org=("The Director of Operations reports to the Assistant Secretary to the Cabinet, Machinery of Government "
         "(EX-04), and manages two directors and a small secretariat:"),
    ns=[("Machinery of government decisions are prerogatives of the Prime Minister and have lasting effects on "
         "the organization of the public service. They are often made in confidence and on short notice, for "
         "example at a Cabinet shuffle, and require immediate implementation through Orders in Council and "
         "coordination with many departments."),
        ("The Director of Operations must master constitutional conventions, statutes and precedents, and "
         "provide advice that is discreet, non-partisan and sound in law.")],
    sa=["Provides advice on the structure of government, ministerial mandates and portfolio changes.",
        "Directs the preparation of Orders in Council transferring powers and responsibilities.",
        "Coordinates the implementation of machinery changes with departments and central agencies.",
        "Leads the planning of transition materials for a new ministry.",
        "Advises on the organization and procedures of Cabinet committees.",
        "Manages the human and financial resources of the unit."],
)

# --- ISC: Regional Director General, Alberta Region ----------------------------------------------------------

POSITIONS["isc"] = dict(
    dept="ISC",
    title="Regional Director General, Alberta Region",
    cls="EX-03", job_code=None, number="50611", effective="2017-04-03",
    branch="Regional Operations", directorate="Alberta Region",
    city="Edmonton", province="AB",
    sup=dict(number=None, title="Assistant Deputy Minister, Regional Operations", cls=None),
    reports=[
        report("Director, Education and Social Development Programs", "EX-01", None,
               "Manages education, income assistance, family services and social development funding for First "
               "Nations in Alberta."),
        report("Director, Community Infrastructure", "EX-01", None,
               "Manages capital investments in housing, water and wastewater, schools and other community "
               "infrastructure."),
        report("Director, Lands, Economic Development and Emergency Management", "EX-01", None,
               "Manages reserve lands, additions to reserve, economic development programs and emergency "
               "management, including wildfire evacuations."),
        report("Director, Funding Services and Accountability", "EX-01", None,
               "Manages funding agreements, the default prevention and management policy and recipient "
               "reporting."),
        report("Manager, Regional Operations Planning", "AS-07", None,
               "Coordinates regional planning, reporting, briefing and corporate services."),
    ],
    dims=dict(fte=236, operating=24_800_000, program=1_460_000_000),
    ga=("This position is accountable for the delivery of Indigenous Services Canada's programs and services to "
        "the 45 First Nations of Alberta, and for the Department's relationships with First Nations "
        "governments, Treaty organizations and the Province. This includes:"),
    ga_items=[
        "Delivering education, social, infrastructure, economic development and emergency management programs.",
        "Supporting the transfer of program delivery to First Nations control.",
        "Managing funding agreements and accountability with First Nations.",
        "Coordinating the federal response to emergencies such as floods and wildfires.",
    ],
    org_count="five",
    ns=[("The Alberta Region serves First Nations of Treaties 6, 7 and 8, with diverse priorities, capacities and "
         "relationships with the Crown. The Regional Director General must build trust, respect Treaty "
         "relationships and support self-determination while ensuring accountability for public funds."),
        ("Emergencies are frequent: wildfires and floods regularly force the evacuation of communities, and the "
         "Regional Director General coordinates the federal response with the Province and First Nations.")],
    sa=["Directs the delivery of departmental programs and services in Alberta.",
        "Builds and maintains relationships with First Nations leadership, Treaty organizations and the Province.",
        "Supports the transfer of services to First Nations control.",
        "Coordinates the federal response to emergencies on reserve.",
        "Manages the regional budget, funding agreements and accountability.",
        "Manages the human, financial and material resources of the Region."],
    certifier=("Assistant Deputy Minister", "Regional Operations Sector"),
)

# --- Canadian Heritage: Directeur, Développement des communautés de langue officielle ----------------------

POSITIONS["olsp"] = dict(
    dept="PCH",
    title="Directeur, Développement des communautés de langue officielle",
    cls="EX-01", job_code="104693", number="16650", effective="2021-09-13",
    branch="Citoyenneté, patrimoine et régions", directorate="Programmes d'appui aux langues officielles",
    city="Gatineau", province="QC",
    sup=dict(number="16600", title="Directrice générale, Programmes d'appui aux langues officielles", cls="EX-03"),
    reports=[
        report("Gestionnaire, Programme Vie communautaire", "PM-06", 11, ""),
        report("Gestionnaire, Mise en valeur des langues officielles", "PM-06", 9, ""),
        report("Gestionnaire, Analyse et politiques", "EC-07", 6, ""),
        report("Gestionnaire, Coordination régionale", "PM-06", 7, ""),
    ],
    dims=dict(fte=35, total=3_100_000),
    dims_extra=["Subventions et contributions : 62 M$"],
    csr=("Direction de la conception et de la mise en œuvre des programmes de subventions et de contributions "
         "qui appuient la vitalité des communautés de langue officielle en situation minoritaire et la "
         "promotion du français et de l'anglais dans la société canadienne, au bénéfice des organismes "
         "communautaires, des provinces et des territoires."),
    key=["Diriger la gestion des programmes Vie communautaire et Mise en valeur des langues officielles, y "
         "compris l'évaluation des demandes et le suivi des ententes.",
         "Élaborer les politiques, les lignes directrices et les cadres de mesure du rendement des programmes.",
         "Conseiller la directrice générale et le cabinet de la ministre sur les enjeux des communautés.",
         "Coordonner l'action des bureaux régionaux dans la prestation des programmes.",
         "Représenter le Ministère auprès des organismes porte-parole des communautés et des provinces.",
         "Gérer les ressources humaines et financières de la direction."],
    ga=("Le directeur est responsable des programmes d'appui aux communautés de langue officielle."),
    org=("Le directeur relève de la directrice générale, Programmes d'appui aux langues officielles. Les "
         "postes suivants relèvent du directeur :"),
    ns=[("Le Plan d'action pour les langues officielles prévoit des investissements importants pour les "
         "communautés de langue officielle en situation minoritaire. Les organismes communautaires dépendent "
         "du financement du Ministère, et les retards de traitement ou les décisions de financement ont des "
         "répercussions directes sur leurs activités et font l'objet de représentations auprès de la "
         "ministre.")],
)

# --- the departments' mandates, as work descriptions open their Nature and Scope ------------------------------

CONTEXT = {
    "ESDC": {
        "en": ("Employment and Social Development Canada (ESDC) is mandated to build a stronger and more inclusive "
               "Canada, to support Canadians in helping them live productive and rewarding lives and to improve "
               "Canadians' quality of life. The Department delivers a range of programs and services that affect "
               "Canadians throughout their lives: Old Age Security, the Canada Pension Plan, Employment Insurance, "
               "student financial assistance and skills programs, and, through the Labour Program, the regulation "
               "of federally regulated workplaces. Through Service Canada, the Department provides Canadians with "
               "a single point of access to these programs in person, by telephone and online."),
        "fr": ("Emploi et Développement social Canada (EDSC) a pour mandat de bâtir un Canada plus fort et plus "
               "inclusif, d'aider les Canadiens à mener une vie productive et enrichissante et d'améliorer leur "
               "qualité de vie. Le Ministère offre une gamme de programmes et de services qui touchent les "
               "Canadiens tout au long de leur vie : la Sécurité de la vieillesse, le Régime de pensions du "
               "Canada, l'assurance-emploi, l'aide financière aux étudiants et les programmes de compétences, et, "
               "par l'entremise du Programme du travail, la réglementation des milieux de travail sous "
               "réglementation fédérale. Par l'entremise de Service Canada, le Ministère offre aux Canadiens un "
               "guichet unique pour accéder à ces programmes en personne, par téléphone et en ligne.")},
    "TBS": {
        "en": ("The Treasury Board of Canada Secretariat (TBS) is the administrative arm of the Treasury Board, the "
               "Cabinet committee responsible for accountability and ethics, financial, personnel and "
               "administrative management, comptrollership and the approval of regulations. The Secretariat "
               "supports the Board in its role as the management board of the Government of Canada, sets "
               "government-wide policies and standards, and oversees their application by departments and "
               "agencies."),
        "fr": ("Le Secrétariat du Conseil du Trésor du Canada (SCT) est l'organe administratif du Conseil du "
               "Trésor, le comité du Cabinet chargé de la responsabilisation et de l'éthique, de la gestion "
               "financière, du personnel et de l'administration, de la fonction de contrôleur et de l'approbation "
               "des règlements. Le Secrétariat appuie le Conseil dans son rôle de conseil de gestion du "
               "gouvernement du Canada, établit les politiques et les normes pangouvernementales et en surveille "
               "l'application par les ministères et organismes.")},
    "ECCC": {
        "en": ("Environment and Climate Change Canada (ECCC) is the lead federal department for a wide range of "
               "environmental issues: preserving and enhancing the quality of the natural environment, conserving "
               "Canada's renewable resources, including migratory birds and species at risk, providing weather "
               "and meteorological services, enforcing the rules on pollution and toxic substances, and "
               "coordinating the Government's action on climate change."),
        "fr": ("Environnement et Changement climatique Canada (ECCC) est le principal ministère fédéral "
               "responsable d'un large éventail d'enjeux environnementaux : préserver et améliorer la qualité de "
               "l'environnement naturel, conserver les ressources renouvelables du Canada, y compris les oiseaux "
               "migrateurs et les espèces en péril, fournir des services météorologiques, faire respecter les "
               "règles sur la pollution et les substances toxiques, et coordonner l'action du gouvernement en "
               "matière de changements climatiques.")},
    "IRCC": {
        "en": ("Immigration, Refugees and Citizenship Canada (IRCC) facilitates the arrival of immigrants, provides "
               "protection to refugees, and offers programming to help newcomers settle in Canada. It also grants "
               "citizenship and issues travel documents to Canadians. The Department delivers its programs through "
               "a global network of offices, processing centres and partners, and manages millions of "
               "applications every year."),
        "fr": ("Immigration, Réfugiés et Citoyenneté Canada (IRCC) facilite l'arrivée des immigrants, offre une "
               "protection aux réfugiés et propose des programmes pour aider les nouveaux arrivants à s'établir au "
               "Canada. Le Ministère accorde également la citoyenneté et délivre des documents de voyage aux "
               "Canadiens. Il exécute ses programmes au moyen d'un réseau mondial de bureaux, de centres de "
               "traitement et de partenaires, et traite des millions de demandes chaque année.")},
    "CRA": {
        "en": ("The Canada Revenue Agency (CRA) administers tax laws for the Government of Canada and for most "
               "provinces and territories, as well as various social and economic benefit and incentive programs "
               "delivered through the tax system. The Agency's mission is to administer tax, benefits and related "
               "programs, and to ensure compliance on behalf of governments across Canada, thereby contributing to "
               "the ongoing economic and social well-being of Canadians."),
        "fr": ("L'Agence du revenu du Canada (ARC) administre les lois fiscales pour le gouvernement du Canada et "
               "pour la plupart des provinces et des territoires, ainsi que divers programmes de prestations et "
               "d'incitatifs sociaux et économiques offerts par l'entremise du régime fiscal. L'Agence a pour "
               "mission d'administrer les programmes fiscaux, de prestations et connexes et d'en assurer "
               "l'observation pour le compte des gouvernements au Canada, contribuant ainsi au bien-être "
               "économique et social des Canadiens.")},
    "PSPC": {
        "en": ("Public Services and Procurement Canada (PSPC) supports federal departments and agencies in the "
               "achievement of their mandated objectives as their central purchasing agent, real property manager, "
               "linguistic authority, treasurer, accountant, and pay and pension administrator. The Department's "
               "vision is to excel in government operations, and its mission is to deliver high-quality services "
               "and programs that meet the needs of federal organizations and Canadians."),
        "fr": ("Services publics et Approvisionnement Canada (SPAC) appuie les ministères et organismes fédéraux "
               "dans l'atteinte de leurs objectifs à titre d'acheteur central, de gestionnaire immobilier, "
               "d'autorité linguistique, de trésorier, de comptable et d'administrateur de la paye et des "
               "pensions. Le Ministère vise l'excellence dans les opérations gouvernementales et a pour mission "
               "d'offrir des services et des programmes de grande qualité qui répondent aux besoins des "
               "organisations fédérales et des Canadiens.")},
    "SSC": {
        "en": ("Shared Services Canada (SSC) provides modern, secure and reliable information technology services "
               "to federal organizations so they can deliver digital programs and services that meet the needs of "
               "Canadians. The Department is responsible for email, data centres, networks, telecommunications and "
               "end-user devices across the Government of Canada, and for the cyber and IT security of this "
               "shared infrastructure.")},
    "HC": {
        "en": ("Health Canada is the federal department responsible for helping Canadians maintain and improve "
               "their health. It regulates health products, food, consumer products, chemicals and pesticides, "
               "promotes healthy living, and works with provinces and territories to support the health care "
               "system. Its regulatory decisions are grounded in scientific evidence and are expected to be "
               "timely, transparent and predictable."),
        "fr": ("Santé Canada est le ministère fédéral chargé d'aider les Canadiens à maintenir et à améliorer leur "
               "santé. Il réglemente les produits de santé, les aliments, les produits de consommation, les "
               "produits chimiques et les pesticides, fait la promotion de modes de vie sains et collabore avec "
               "les provinces et les territoires pour soutenir le système de soins de santé. Ses décisions "
               "réglementaires reposent sur des données scientifiques et doivent être rapides, transparentes et "
               "prévisibles.")},
    "ISED": {
        "en": ("Innovation, Science and Economic Development Canada (ISED) works with Canadians in all areas of the "
               "economy and in all parts of the country to improve conditions for investment, enhance Canada's "
               "innovation performance, increase Canada's share of global trade and build a fair, efficient and "
               "competitive marketplace. Its marketplace framework organizations administer the laws that govern "
               "corporations, bankruptcy, intellectual property, competition and the radio spectrum."),
        "fr": ("Innovation, Sciences et Développement économique Canada (ISDE) travaille avec les Canadiens de "
               "tous les secteurs de l'économie et de toutes les régions du pays afin d'améliorer les conditions "
               "d'investissement, de renforcer la performance du Canada en matière d'innovation, d'accroître sa "
               "part du commerce mondial et de bâtir un marché équitable, efficace et concurrentiel. Ses "
               "organismes d'encadrement du marché administrent les lois qui régissent les sociétés, les "
               "faillites, la propriété intellectuelle, la concurrence et le spectre radioélectrique.")},
    "NRCan": {
        "en": ("Natural Resources Canada (NRCan) works to improve the quality of life of Canadians by ensuring that "
               "the country's abundant natural resources are developed sustainably, competitively and inclusively. "
               "The Department is a leader in science and technology in the fields of energy, forests, minerals "
               "and metals, and uses its expertise in earth sciences to build and maintain an up-to-date knowledge "
               "base of the country's landmass. It also administers statutes such as the Explosives Act."),
        "fr": ("Ressources naturelles Canada (RNCan) s'emploie à améliorer la qualité de vie des Canadiens en "
               "veillant à ce que les abondantes ressources naturelles du pays soient mises en valeur de façon "
               "durable, concurrentielle et inclusive. Le Ministère est un chef de file en sciences et en "
               "technologie dans les domaines de l'énergie, des forêts, des minéraux et des métaux, et utilise son "
               "expertise en sciences de la Terre pour bâtir et tenir à jour une base de connaissances sur le "
               "territoire canadien.")},
    "DFO": {
        "en": ("Fisheries and Oceans Canada (DFO) supports strong economic growth in the marine and fisheries "
               "sectors, contributes to innovation through research, and supports healthy and sustainable aquatic "
               "ecosystems. It manages Canada's fisheries and safeguards its waters, and through the Canadian "
               "Coast Guard and the Small Craft Harbours program, maintains the infrastructure and services on "
               "which mariners and coastal communities depend.")},
    "AAFC": {
        "en": ("Agriculture and Agri-Food Canada (AAFC) supports the Canadian agriculture and agri-food sector "
               "through initiatives that promote innovation and competitiveness, market development and risk "
               "management. The Department works closely with provinces and territories under multi-year "
               "federal-provincial-territorial agreements, and delivers programs that help producers manage the "
               "risks of severe market volatility and natural disasters."),
        "fr": ("Agriculture et Agroalimentaire Canada (AAC) appuie le secteur canadien de l'agriculture et de "
               "l'agroalimentaire au moyen d'initiatives qui favorisent l'innovation et la compétitivité, le "
               "développement des marchés et la gestion des risques. Son réseau de 20 centres de recherche et de "
               "développement mène des travaux scientifiques qui répondent aux besoins du secteur partout au "
               "pays, en collaboration avec les producteurs, l'industrie, les universités et les provinces.")},
    "VAC": {
        "en": ("Veterans Affairs Canada (VAC) supports the well-being of Veterans and their families, and "
               "promotes recognition and remembrance of the achievements and sacrifices of those who served "
               "Canada in times of war, military conflict and peace. The Department provides disability benefits, "
               "health care, rehabilitation, income support and case management services from its head office in "
               "Charlottetown and from area offices across the country."),
        "fr": ("Anciens Combattants Canada (ACC) soutient le bien-être des vétérans et de leur famille, et fait la "
               "promotion de la reconnaissance et du souvenir des réalisations et des sacrifices de ceux et celles "
               "qui ont servi le Canada en temps de guerre, de conflit militaire et de paix. Le Ministère offre "
               "des prestations d'invalidité, des soins de santé, des services de réadaptation, un soutien du "
               "revenu et des services de gestion de cas à partir de son administration centrale à Charlottetown "
               "et de bureaux de secteur partout au pays.")},
    "JUS": {
        "en": ("The Department of Justice Canada supports the Minister of Justice and Attorney General of Canada in "
               "ensuring a fair, relevant and accessible Canadian justice system. It provides legal advisory, "
               "litigation and legislative services to the Government of Canada and its departments and agencies, "
               "and its records frequently involve solicitor-client privilege and matters before the courts.")},
    "PCO": {
        "en": ("The Privy Council Office (PCO) is the hub of non-partisan, public service support to the Prime "
               "Minister and Cabinet and its decision-making structures. Led by the Clerk of the Privy Council, "
               "PCO helps the Government implement its vision and respond effectively and quickly to issues "
               "facing the government and the country, by providing professional advice and ensuring the "
               "coordination of policy across departments.")},
    "FIN": {
        "en": ("The Department of Finance Canada helps the Government of Canada develop and implement strong and "
               "sustainable economic, fiscal, tax, social, security, international and financial sector policies "
               "and programs. It plays an important central agency role, working with other departments to ensure "
               "that the government's agenda is carried out and that ministers are supported with high-quality "
               "analysis and advice."),
        "fr": ("Le ministère des Finances Canada aide le gouvernement du Canada à élaborer et à mettre en œuvre des "
               "politiques et des programmes économiques, financiers, fiscaux, sociaux, de sécurité, "
               "internationaux et du secteur financier solides et durables. Il joue un rôle important d'organisme "
               "central, en collaboration avec les autres ministères, pour que le programme du gouvernement soit "
               "réalisé et que les ministres reçoivent des analyses et des conseils de grande qualité.")},
    "PHAC": {
        "en": ("The Public Health Agency of Canada (PHAC) works to promote and protect the health of Canadians "
               "through leadership, partnership, innovation and action in public health. The Agency prepares for "
               "and responds to public health emergencies, including outbreaks of infectious diseases and "
               "natural disasters, in collaboration with provinces, territories and international partners.")},
    "ISC": {
        "en": ("Indigenous Services Canada (ISC) works collaboratively with partners to improve access to high "
               "quality services for First Nations, Inuit and Métis. Its vision is to support and empower "
               "Indigenous peoples to independently deliver services and address the socio-economic conditions "
               "in their communities. The Department delivers its programs through regional offices across the "
               "country.")},
    "PCH": {
        "fr": ("Patrimoine canadien et ses organismes du portefeuille jouent un rôle essentiel dans la vie "
               "culturelle, civique et économique des Canadiens. Le Ministère appuie les arts, la culture, le "
               "patrimoine, le sport et les langues officielles, et met en œuvre, au nom du gouvernement, les "
               "programmes qui favorisent l'épanouissement des communautés de langue officielle en situation "
               "minoritaire et la promotion du français et de l'anglais.")},
}

# --- the challenges each work description lists after its Nature and Scope -----------------------------------

CHALLENGES = {
    "oas": ["Delivering complex legislative changes within the timelines set by budget announcements.",
            "Reconciling fiscal sustainability with the adequacy of benefits for low-income seniors.",
            "Coordinating policy changes with Service Canada's capacity to implement them in its systems."],
    "csfa": ["Renewing the service provider contract without disrupting services to borrowers.",
             "Implementing annual budget measures on short timelines in aging systems.",
             "Reconciling the priorities of ten partner provinces and territories."],
    "eas": ["Persuading departments to adopt common solutions when they are accountable for their own "
            "investments.",
            "Keeping standards current with rapidly evolving technology.",
            "Recruiting experienced enterprise architects in competition with the private sector."],
    "prev": {"en": ["Maintaining 24/7 operations during severe weather seasons with a limited pool of qualified "
                    "meteorologists.",
                    "Renewing aging observation and prediction systems while keeping services running.",
                    "Meeting rising public expectations for impact-based, accessible warnings."],
             "fr": ["Maintenir les opérations 24 heures sur 24 pendant les saisons de temps violent avec un bassin "
                    "restreint de météorologues qualifiés.",
                    "Renouveler des systèmes d'observation et de prévision vieillissants tout en maintenant les "
                    "services.",
                    "Répondre aux attentes croissantes du public à l'égard d'avertissements accessibles et fondés "
                    "sur les impacts."]},
    "trpi": ["Keeping pace with rapidly changing fraud schemes and record application volumes.",
             "Ensuring that automated tools are transparent, fair and free of bias.",
             "Balancing integrity with facilitation targets set by the Government."],
    "chty": {"en": ["Addressing sophisticated abuse with limited audit resources.",
                    "Maintaining consistency of decisions across regions.",
                    "Balancing education of small charities with enforcement against serious non-compliance."],
             "fr": ["Contrer des stratagèmes d'abus complexes avec des ressources de vérification limitées.",
                    "Assurer l'uniformité des décisions d'une région à l'autre.",
                    "Équilibrer la sensibilisation des petits organismes et l'application de la loi dans les cas "
                    "graves d'inobservation."]},
    "hosting": ["Maintaining the availability of mission-critical systems on aging infrastructure.",
                "Executing data centre closures on schedule with partners' competing priorities.",
                "Securing funding for the lifecycle replacement of equipment."],
    "nhp": ["Respecter les normes de rendement malgré la hausse du nombre de demandes.",
            "Mettre en œuvre de nouvelles exigences réglementaires en matière d'étiquetage.",
            "Maintenir l'expertise scientifique dans un domaine très spécialisé."],
    "lfc": ["Maintenir des installations de recherche vieillissantes avec des budgets limités.",
            "Assurer la relève scientifique dans un contexte de nombreux départs à la retraite.",
            "Répondre aux besoins des provinces tout en préservant l'indépendance scientifique."],
    "brm": ["Protecting public funds while supporting timely payments during disasters.",
            "Harmonizing integrity practices with provinces that deliver the programs.",
            "Modernizing data and analytics tools with limited resources."],
    "vacdb": ["Reducing wait times while maintaining the quality and consistency of decisions.",
              "Recruiting and training adjudicators and medical advisors.",
              "Supporting employee well-being in a sustained high-volume environment."],
    "atip": ["Meeting legislated deadlines with growing volumes of complex requests.",
             "Applying exemptions for privileged and Cabinet records consistently.",
             "Modernizing processes and tools with limited resources."],
    "pcoerd": ["Providing rigorous advice on very short timelines.",
               "Brokering agreement between departments with competing interests.",
               "Maintaining the confidentiality of Cabinet deliberations."],
    "pit": ["Developing measures under budget secrecy on compressed timelines.",
            "Ensuring that measures can be administered by the Canada Revenue Agency.",
            "Retaining experienced tax policy economists."],
    "olpol": ["Élaborer de nouveaux règlements dans des délais serrés.",
              "Assurer la cohérence de l'application de la politique dans plus de 200 institutions.",
              "Répondre aux attentes élevées des communautés et du commissaire aux langues officielles."],
    "fmcs": {"en": ["Intervening in disputes with national economic impacts under intense public pressure.",
                    "Maintaining the neutrality and credibility of the Service.",
                    "Renewing a small workforce of highly specialized mediators."],
             "fr": ["Intervenir dans des conflits ayant des répercussions économiques nationales sous une forte "
                    "pression publique.",
                    "Préserver la neutralité et la crédibilité du Service.",
                    "Renouveler un petit effectif de médiateurs très spécialisés."]},
    "francoimm": ["Atteindre des cibles d'admission ambitieuses qui dépendent de nombreux secteurs du Ministère.",
                  "Mesurer les résultats de l'établissement des immigrants francophones.",
                  "Coordonner l'action avec les provinces et les réseaux communautaires."],
    "wtc": ["Meeting processing standards during the peak filing season.",
            "Managing the impacts of digital transformation on the Centre's workforce.",
            "Ensuring continuity of operations during system outages and emergencies."],
    "interp": ["Assurer la prestation des services malgré la pénurie d'interprètes accrédités.",
               "Protéger la santé auditive des interprètes lors des séances hybrides.",
               "Répondre à des demandes imprévues, souvent en soirée et à court préavis."],
    "soc": ["Responding to incidents around the clock with limited staff.",
            "Keeping detection tools current with evolving threats.",
            "Recruiting and retaining cyber security specialists."],
    "chem": ["Providing rapid, defensible advice during food safety incidents.",
             "Maintaining laboratory accreditation and scientific capacity.",
             "Assessing emerging contaminants with limited data."],
    "wildlife": ["Balancing conservation objectives with the interests of regulated parties.",
                 "Meeting obligations toward Indigenous peoples in regulatory processes.",
                 "Reducing permit delays that affect major projects."],
    "explo": ["Keeping regulations current with new products and technologies.",
              "Maintaining an effective inspection presence across the country.",
              "Supporting law enforcement in the investigation of incidents involving explosives."],
    "specqc": ["Répondre rapidement aux plaintes de brouillage touchant la sécurité publique.",
               "Couvrir un vaste territoire avec des ressources limitées.",
               "Adapter les opérations au déploiement rapide des nouvelles technologies sans fil."],
    "sch": ["Repairing storm damage quickly enough to allow the fishing season to proceed.",
            "Delivering a large capital program with a small team.",
            "Responding to competing demands from communities and harvesters."],
    "rehab": ["Assurer la qualité des services offerts par un fournisseur externe.",
              "Réduire les délais d'accès aux services de réadaptation.",
              "Assurer l'uniformité des pratiques des gestionnaires de cas partout au pays."],
    "rdt": ["Renouveler des installations de recherche vieillissantes.",
            "Attirer et retenir des chercheurs de haut niveau.",
            "Concilier les priorités nationales de recherche et les besoins régionaux."],
    "fpr": {"en": ["Ensuring the exactness of calculations that determine billions of dollars in payments.",
                   "Providing advice on politically sensitive proposals to change the formulas.",
                   "Maintaining expertise in a small team."],
            "fr": ["Assurer l'exactitude de calculs qui déterminent des paiements de plusieurs milliards de "
                   "dollars.",
                   "Conseiller sur des propositions de modification des formules délicates sur le plan politique.",
                   "Maintenir l'expertise au sein d'une petite équipe."]},
    "mog": ["Implementing machinery changes immediately after they are announced.",
            "Providing sound legal and constitutional advice on short notice.",
            "Preserving the confidentiality of the Prime Minister's decisions."],
    "isc": ["Building trust with First Nations with diverse priorities and relationships with the Crown.",
            "Coordinating emergency responses to floods and wildfires.",
            "Supporting the transfer of services while ensuring accountability for public funds."],
    "olsp": ["Réduire les délais de traitement des demandes de financement.",
             "Répondre aux attentes élevées des organismes communautaires.",
             "Mesurer les résultats des investissements dans les communautés."],
}
for _key, _items in CHALLENGES.items():
    POSITIONS[_key].setdefault("challenges", _items)

# --- further paragraphs of Nature and Scope, where the work description says more ------------------------------

MORE_SCOPE = {
    "stockpile": ("The Director works with Public Services and Procurement Canada on the procurement of supplies, "
                  "with the Canadian Armed Forces and the Canadian Red Cross on surge logistics, and with "
                  "provincial and territorial health emergency managers who request assets. Requests often arrive "
                  "at night or on weekends, and deployments must be coordinated within hours, sometimes to remote "
                  "and northern communities reachable only by air."),
    "enfpnr": ("Enforcement officers are designated peace officers who carry out inspections, gather evidence, "
               "execute search warrants and testify in court. The Regional Director is responsible for their "
               "training, equipment and safety, including the use of vehicles, aircraft and boats in remote "
               "areas, and for the application of the Department's Compliance and Enforcement Policy in a fair, "
               "predictable and consistent manner."),
    "pacfm": ("The Regional Director leads a large team of resource managers, biologists and fishery officers' "
              "liaison staff in area offices along the coast and in the interior, and chairs advisory processes "
              "that bring together harvesters, First Nations and conservation organizations. Decisions are "
              "frequently challenged in court and through political channels, and must be documented carefully "
              "to withstand judicial review."),
    "specqc": ("Le directeur dirige des inspecteurs et des ingénieurs répartis dans les bureaux de Montréal et de "
               "Québec, qui interviennent sur le terrain avec des véhicules et des équipements de mesure "
               "spécialisés. Il veille à la formation et à la sécurité du personnel, à l'application uniforme "
               "des politiques nationales et à la qualité des données sur l'utilisation du spectre."),
    "olsp": ("Le directeur gère plus de 400 ententes de contribution avec des organismes communautaires, des "
             "établissements d'enseignement et des provinces. Il doit assurer la saine gestion des fonds publics, "
             "la transparence des décisions et la coordination avec les autres ministères qui contribuent au "
             "Plan d'action pour les langues officielles."),
    "brm": ("The Director maintains working relationships with the provincial delivery agents in British "
            "Columbia, Alberta, Saskatchewan, Ontario, Quebec and Prince Edward Island, with the Canadian "
            "Agricultural Loans Act administrators and with producer organizations, and reports on integrity "
            "results to the federal-provincial-territorial Business Risk Management working group."),
    "isc": ("The Region manages more than 600 funding agreements and a capital plan of several hundred million "
            "dollars, and is accountable for the safety of drinking water systems, the condition of schools and "
            "the delivery of income assistance in communities facing high costs of living and limited access "
            "to services."),
    "scint": ("The Division also supports the national Integrity Services Branch in the testing of new risk "
              "models and in the development of integrity tools for the digital channels, and contributes "
              "regional expertise to the implementation of legislative changes to Employment Insurance and "
              "pensions."),
}
for _key, _text in MORE_SCOPE.items():
    POSITIONS[_key]["ns"] = list(POSITIONS[_key]["ns"]) + [_text]
