"""Positions, names and prose for the blind51 corpus (text from other systems).

Every position, position number and person is invented; the departments are real. The prose
follows the structure of EX work descriptions (general accountability, organization structure,
nature and scope, dimensions, specific accountabilities; or client-service results and key
activities) and is varied per document by ``make_blind.py``.
"""

# key, kind, language, department, branch, title, title_fr (bilingual only), classification,
# area (en or fr per language), sub-units, location, supervisor (title, classification)
POSITIONS = [
    # ---- e-mails: descriptions pasted into messages, forwarded, quoted
    dict(key="e1", kind="email", lang="en", dept="Employment and Social Development Canada",
         short="ESDC", branch="Labour Program", title="Director, Labour Standards Operations",
         cls="EX-01", area="labour standards compliance and enforcement programs",
         units=["Compliance and Enforcement", "Federal Workplace Programs", "Operational Policy",
                "Regional Coordination"],
         loc="Gatineau, Quebec", sup=("Director General, Workplace Directorate", "EX-03"),
         domain="hrsdc-rhdcc.gc.ca"),
    dict(key="e2", kind="email", lang="en", dept="Transport Canada", short="TC",
         branch="Safety and Security Group", title="Director General, Marine Safety and Security",
         cls="EX-03", area="the national marine safety and security regulatory program",
         units=["Marine Safety Operations", "Navigation Safety and Environmental Programs",
                "Marine Security Operations", "Regulatory Framework"],
         loc="Ottawa, Ontario", sup=("Assistant Deputy Minister, Safety and Security", "EX-05"),
         domain="tc.gc.ca"),
    dict(key="e3", kind="email", lang="en", dept="Health Canada", short="HC",
         branch="Health Products and Food Branch",
         title="Executive Director, Natural and Non-prescription Health Products Directorate",
         cls="EX-02", area="the pre-market assessment and licensing of natural and non-prescription health products",
         units=["Product Licensing", "Site Licensing and Compliance Promotion",
                "Policy, Planning and International Affairs"],
         loc="Ottawa, Ontario", sup=("Director General, Pharmaceutical Drugs Directorate", "EX-03"),
         domain="hc-sc.gc.ca"),
    dict(key="e4", kind="email", lang="en", dept="Canada Revenue Agency", short="CRA",
         branch="Collections and Verification Branch", title="Director, Collections Policy and Programs",
         cls="EX-01", area="national collections policy, program design and performance measurement",
         units=["Collections Policy", "Program Design and Innovation", "Performance Measurement and Reporting"],
         loc="Ottawa, Ontario", sup=("Director General, Collections Directorate", "EX-03"),
         domain="cra-arc.gc.ca"),
    dict(key="e5", kind="email", lang="en", dept="Immigration, Refugees and Citizenship Canada",
         short="IRCC", branch="Strategic and Program Policy Sector", title="Director, Asylum Policy",
         cls="EX-01", area="policy and legislative advice on Canada's in-Canada asylum system",
         units=["Asylum System Policy", "Legislative and Regulatory Affairs", "Intergovernmental Relations"],
         loc="Ottawa, Ontario", sup=("Director General, Refugee Affairs", "EX-03"),
         domain="cic.gc.ca"),
    dict(key="e6", kind="email", lang="en", dept="Fisheries and Oceans Canada", short="DFO",
         branch="Maritimes Region", title="Regional Director, Fisheries Management, Maritimes Region",
         cls="EX-02", area="the management of commercial, recreational and Indigenous fisheries in the Maritimes Region",
         units=["Resource Management", "Licensing and Quota Management", "Indigenous Programs",
                "Conservation and Protection"],
         loc="Dartmouth, Nova Scotia", sup=("Regional Director General, Maritimes Region", "EX-03"),
         domain="dfo-mpo.gc.ca"),
    dict(key="e7", kind="email", lang="fr", dept="Services publics et Approvisionnement Canada",
         short="SPAC", branch="Secteur de la paye de la fonction publique",
         title="Directrice, Opérations de la paye", cls="EX-01",
         area="les opérations de paye du Centre des services de paye de la fonction publique",
         units=["Traitement des transactions", "Soutien aux clients", "Assurance de la qualité",
                "Rapprochement et reddition de comptes"],
         loc="Miramichi, Nouveau-Brunswick",
         sup=("Directeur général, Centre des services de paye", "EX-03"), domain="tpsgc-pwgsc.gc.ca"),
    dict(key="e8", kind="email", lang="fr", dept="Statistique Canada", short="StatCan",
         branch="Secteur de la statistique économique",
         title="Directeur général, Statistique de l'industrie", cls="EX-03",
         area="les programmes statistiques sur les industries de la fabrication, de l'énergie et des services",
         units=["Division de la fabrication et de l'énergie", "Division des industries de services",
                "Division de l'investissement et du stock de capital"],
         loc="Ottawa, Ontario", sup=("Statisticien en chef adjoint, Statistique économique", "EX-05"),
         domain="statcan.gc.ca"),
    dict(key="e9", kind="email", lang="en", dept="Environment and Climate Change Canada", short="ECCC",
         branch="Climate Change Branch", title="Director, Climate Change Adaptation",
         cls="EX-01", area="federal climate change adaptation policy and the National Adaptation Strategy",
         units=["Adaptation Policy", "Climate Services Coordination", "Partnerships and Engagement"],
         loc="Gatineau, Quebec", sup=("Director General, Climate Change Policy", "EX-03"),
         domain="ec.gc.ca"),
    dict(key="e10", kind="email", lang="en", dept="Canada Border Services Agency", short="CBSA",
         branch="Commercial and Trade Branch", title="Director General, Traveller Programs",
         cls="EX-03", area="the Agency's traveller programs at ports of entry",
         units=["Traveller Policy", "Trusted Traveller Programs", "Traveller Operations Design",
                "Program Performance"],
         loc="Ottawa, Ontario", sup=("Vice-President, Commercial and Trade Branch", "EX-04"),
         domain="cbsa-asfc.gc.ca"),
    # ---- HR web system, copied as tab-separated text
    dict(key="t1", kind="text-tabs", lang="en", dept="Shared Services Canada", short="SSC",
         branch="Networks and Security Services Branch", title="Director, Network Operations",
         cls="EX-01", area="the operation of the Government of Canada wide area network",
         units=["Network Operations Centre", "Data Centre Networks", "Change and Release Management"],
         loc="Ottawa, ON", sup=("Director General, Network Services", "EX-03")),
    dict(key="t2", kind="text-tabs", lang="en", dept="Natural Resources Canada", short="NRCan",
         branch="Energy Technology Sector", title="Director General, Office of Energy Efficiency",
         cls="EX-03", area="national energy efficiency programs, standards and regulations",
         units=["Equipment Standards and Regulations", "Housing and Buildings", "Industry and Transportation",
                "Outreach and Market Transformation"],
         loc="Ottawa, ON", sup=("Assistant Deputy Minister, Energy Technology Sector", "EX-05")),
    dict(key="t3", kind="text-tabs", lang="en", dept="Innovation, Science and Economic Development Canada",
         short="ISED", branch="Small Business and Marketplace Services", title="Director, Small Business Financing",
         cls="EX-01", area="the Canada Small Business Financing Program",
         units=["Program Operations", "Lender Compliance", "Program Analysis"],
         loc="Ottawa, ON", sup=("Director General, Small Business Branch", "EX-03")),
    dict(key="t4", kind="text-tabs", lang="en", dept="Agriculture and Agri-Food Canada", short="AAFC",
         branch="Programs Branch", title="Director, Agri-Environmental Programs",
         cls="EX-01", area="agri-environmental cost-shared and contribution programs",
         units=["Program Delivery West", "Program Delivery East", "Program Policy and Design"],
         loc="Regina, SK", sup=("Director General, Innovation Programs", "EX-02")),
    dict(key="t5", kind="text-tabs", lang="en", dept="Correctional Service Canada", short="CSC",
         branch="Correctional Operations and Programs", title="Director, Reintegration Programs",
         cls="EX-01", area="national correctional and reintegration programs for offenders",
         units=["Correctional Programs", "Education and Employment", "Program Standards and Accreditation"],
         loc="Ottawa, ON", sup=("Director General, Offender Programs and Reintegration", "EX-03")),
    dict(key="t6", kind="text-tabs", lang="fr", dept="Services publics et Approvisionnement Canada",
         short="SPAC", branch="Direction générale des approvisionnements",
         title="Directeur, Approvisionnement en services professionnels", cls="EX-01",
         area="l'acquisition de services professionnels et de services en gestion de l'information",
         units=["Services professionnels", "Services informatiques", "Offres à commandes et arrangements"],
         loc="Gatineau, QC", sup=("Directeur général, Secteur des services", "EX-03")),
    dict(key="t7", kind="text-tabs", lang="en", dept="Veterans Affairs Canada", short="VAC",
         branch="Service Delivery Branch", title="Director, Case Management",
         cls="EX-01", area="national case management services for Veterans with complex needs",
         units=["Case Management Policy", "Case Management Support", "Quality and Training"],
         loc="Charlottetown, PE", sup=("Director General, Field Operations", "EX-03")),
    dict(key="t8", kind="text-tabs", lang="en", dept="Public Health Agency of Canada", short="PHAC",
         branch="Health Security and Regional Operations Branch",
         title="Director General, Centre for Emergency Preparedness and Response", cls="EX-03",
         area="the Agency's health emergency preparedness and response capacity, including the National Emergency Strategic Stockpile",
         units=["National Emergency Strategic Stockpile", "Health Portfolio Operations Centre",
                "Emergency Planning and Exercises", "Quarantine Services"],
         loc="Ottawa, ON", sup=("Vice-President, Health Security and Regional Operations", "EX-04")),
    # ---- web pages saved with lynx / w3m -dump
    dict(key="h1", kind="html-text", lang="en", dept="Parks Canada", short="Parks Canada",
         branch="Operations Directorate", title="Field Unit Superintendent, Banff",
         cls="EX-01", area="the management of Banff National Park and its visitor, conservation and asset programs",
         units=["Resource Conservation", "Visitor Experience", "Asset Management", "Law Enforcement"],
         loc="Banff, Alberta", sup=("Executive Director, Mountain Parks", "EX-02")),
    dict(key="h2", kind="html-text", lang="en", dept="Canadian Food Inspection Agency", short="CFIA",
         branch="Operations Branch", title="Executive Director, Operations, Ontario Area",
         cls="EX-02", area="the delivery of food, animal and plant inspection programs in Ontario",
         units=["Food Safety Inspection", "Animal Health Inspection", "Plant Health Inspection",
                "Area Operations Support"],
         loc="Guelph, Ontario", sup=("Vice-President, Operations", "EX-04")),
    dict(key="h3", kind="html-text", lang="en", dept="Global Affairs Canada", short="GAC",
         branch="Consular, Security and Emergency Management", title="Director, Consular Operations",
         cls="EX-01", area="consular assistance to Canadians abroad",
         units=["Case Management", "Consular Policy", "Emergency Watch and Response Centre"],
         loc="Ottawa, Ontario", sup=("Director General, Consular Operations Bureau", "EX-03")),
    dict(key="h4", kind="html-text", lang="fr", dept="Agence spatiale canadienne", short="ASC",
         branch="Direction des programmes spatiaux", title="Directeur, Exploration spatiale",
         cls="EX-02", area="les missions d'exploration spatiale et la participation canadienne à la station Gateway",
         units=["Exploration robotique", "Sciences spatiales", "Opérations des missions"],
         loc="Longueuil, Québec", sup=("Directeur général, Programmes spatiaux", "EX-03")),
    dict(key="h5", kind="html-text", lang="en", dept="Treasury Board of Canada Secretariat", short="TBS",
         branch="Office of the Chief Information Officer", title="Executive Director, Digital Policy",
         cls="EX-02", area="Government of Canada policy on service and digital",
         units=["Digital Policy and Standards", "Service Policy", "Data Policy"],
         loc="Ottawa, Ontario", sup=("Assistant Chief Information Officer, Digital Policy and Services", "EX-03")),
    dict(key="h6", kind="html-text", lang="en", dept="Public Safety Canada", short="PS",
         branch="Community Safety and Countering Crime Branch", title="Director, Crime Prevention Programs",
         cls="EX-01", area="the National Crime Prevention Strategy and its funding programs",
         units=["Program Operations", "Research and Knowledge Transfer", "Regional Program Delivery"],
         loc="Ottawa, Ontario", sup=("Director General, Crime Prevention", "EX-03")),
    dict(key="h7", kind="html-text", lang="en", dept="Library and Archives Canada", short="LAC",
         branch="Archives Sector", title="Director General, Archives",
         cls="EX-03", area="the acquisition, description and preservation of the government and private archives of Canada",
         units=["Government Archives", "Private Archives", "Archival Description", "Preservation"],
         loc="Gatineau, Quebec", sup=("Assistant Deputy Minister, Archives Sector", "EX-04")),
    # ---- Word documents saved as text
    dict(key="w1", kind="word-text", lang="en", dept="Atlantic Canada Opportunities Agency", short="ACOA",
         branch="Programs Branch", title="Director, Enterprise Development",
         cls="EX-01", area="the Agency's enterprise development programs for small and medium-sized enterprises",
         units=["Business Development Program", "Innovation and Commercialization", "Program Policy"],
         loc="Moncton, New Brunswick", sup=("Director General, Programs", "EX-03")),
    dict(key="w2", kind="word-text", lang="en", dept="Infrastructure Canada", short="INFC",
         branch="Program Operations Branch", title="Director, Program Integration",
         cls="EX-01", area="the integration of infrastructure funding programs and their reporting",
         units=["Program Integration", "Data and Reporting", "Risk Management"],
         loc="Ottawa, Ontario", sup=("Director General, Program Integration and Oversight", "EX-03")),
    dict(key="w3", kind="word-text", lang="bilingual",
         dept="Canada Economic Development for Quebec Regions", short="CED",
         branch="Montérégie Business Office", title="Director, Business Development, Montérégie",
         title_fr="Directeur, Développement des affaires, Montérégie", cls="EX-01",
         area="the delivery of the Agency's programs to businesses and communities of Montérégie",
         units=["Business Advisors", "Regional Economic Development", "Program Operations"],
         loc="Longueuil, Quebec", sup=("Director General, Business Offices West", "EX-03")),
    dict(key="w4", kind="word-text", lang="fr", dept="Patrimoine canadien", short="PCH",
         branch="Secteur des langues officielles, du patrimoine et des régions",
         title="Directrice, Programmes d'appui aux langues officielles", cls="EX-01",
         area="les programmes d'appui aux langues officielles et les ententes avec les provinces et territoires",
         units=["Développement des communautés", "Mise en valeur des langues officielles",
                "Ententes intergouvernementales"],
         loc="Gatineau, Québec", sup=("Directeur général, Langues officielles", "EX-03")),
    dict(key="w5", kind="word-text", lang="en", dept="Indigenous Services Canada", short="ISC",
         branch="Regional Operations", title="Regional Director General, Alberta Region",
         cls="EX-03", area="the delivery of Indigenous Services Canada programs and services to First Nations in Alberta",
         units=["Education and Social Development Programs", "Infrastructure and Capital", "Funding Services",
                "First Nations and Inuit Health", "Corporate Services"],
         loc="Edmonton, Alberta", sup=("Assistant Deputy Minister, Regional Operations", "EX-05")),
    dict(key="w6", kind="word-text", lang="en", dept="National Research Council Canada", short="NRC",
         branch="Engineering Division", title="Director, Research and Development, Aerospace",
         cls="EX-02", area="the Aerospace Research Centre's research and development programs",
         units=["Flight Research", "Aerodynamics", "Structures, Materials and Manufacturing"],
         loc="Ottawa, Ontario", sup=("Vice-President, Engineering", "EX-04")),
    dict(key="w7", kind="word-text", lang="en", dept="Prairies Economic Development Canada", short="PrairiesCan",
         branch="Saskatchewan Region", title="Director, Programs and Partnerships, Saskatchewan",
         cls="EX-01", area="the delivery of business and community programs in Saskatchewan",
         units=["Business Programs", "Community Programs", "Partnerships"],
         loc="Saskatoon, Saskatchewan", sup=("Assistant Deputy Minister, Saskatchewan", "EX-04")),
    dict(key="w8", kind="word-text", lang="en", dept="Statistics Canada", short="StatCan",
         branch="Social, Health and Labour Statistics Field", title="Director, Labour Statistics Division",
         cls="EX-01", area="the Labour Force Survey and related labour market statistics",
         units=["Labour Force Survey Operations", "Labour Market Analysis", "Methodology and Dissemination"],
         loc="Ottawa, Ontario", sup=("Director General, Labour, Education and Income Statistics", "EX-03")),
    # ---- wiki / SharePoint exports to Markdown
    dict(key="m1", kind="markdown", lang="en", dept="Employment and Social Development Canada", short="ESDC",
         branch="Integrity Services Branch", title="Director General, Integrity Operations",
         cls="EX-03", area="the national integrity operations for Employment Insurance and Old Age Security",
         units=["Investigations and Control", "Risk Management and Analytics", "Integrity Program Management",
                "Internal Integrity and Security"],
         loc="Gatineau, Quebec", sup=("Assistant Deputy Minister, Integrity Services Branch", "EX-05")),
    dict(key="m2", kind="markdown", lang="en", dept="Department of Finance Canada", short="Finance",
         branch="Tax Policy Branch", title="Director, Tax Legislation",
         cls="EX-01", area="the drafting of income tax legislation and regulations",
         units=["Income Tax Legislation", "Sales Tax Legislation", "Legislative Planning"],
         loc="Ottawa, Ontario", sup=("General Director, Tax Legislation Division", "EX-03")),
    dict(key="m3", kind="markdown", lang="bilingual", dept="Public Health Agency of Canada", short="PHAC",
         branch="Infectious Diseases and Vaccination Programs Branch",
         title="Director, Vaccine Safety Surveillance", title_fr="Directrice, Surveillance de l'innocuité des vaccins",
         cls="EX-01", area="the national surveillance of adverse events following immunization",
         units=["Vaccine Safety Surveillance", "Signal Detection and Analytics", "Stakeholder Coordination"],
         loc="Ottawa, Ontario", sup=("Director General, Centre for Immunization Surveillance and Programs", "EX-03")),
    dict(key="m4", kind="markdown", lang="en", dept="Fisheries and Oceans Canada", short="DFO",
         branch="Canadian Coast Guard, Western Region", title="Superintendent, Search and Rescue, Western Region",
         cls="EX-01", area="the Coast Guard's maritime search and rescue program in the Western Region",
         units=["Search and Rescue Operations", "Inshore Rescue Boat Program", "SAR Training and Standards"],
         loc="Victoria, British Columbia", sup=("Director, Operations, Western Region", "EX-02")),
    dict(key="m5", kind="markdown", lang="en", dept="Environment and Climate Change Canada", short="ECCC",
         branch="Meteorological Service of Canada",
         title="Director, Prairie and Northern Weather Operations", cls="EX-01",
         area="weather forecasting and warning services for the Prairie provinces and the North",
         units=["Prairie Storm Prediction Centre", "Northern Forecasting", "Monitoring Operations"],
         loc="Edmonton, Alberta", sup=("Director General, Meteorological Service Operations", "EX-03")),
    dict(key="m6", kind="markdown", lang="en", dept="Health Canada", short="HC",
         branch="Controlled Substances and Cannabis Branch", title="Director, Controlled Substances Compliance",
         cls="EX-01", area="compliance and enforcement under the Controlled Drugs and Substances Act",
         units=["Inspections", "Compliance Monitoring", "Licensing Support"],
         loc="Ottawa, Ontario", sup=("Director General, Controlled Substances Directorate", "EX-03")),
    # ---- Word files and PDFs, for contrast
    dict(key="d2", kind="docx", lang="fr", dept="Agence du revenu du Canada", short="ARC",
         branch="Direction générale des services aux contribuables",
         title="Directeur, Services aux contribuables, région du Québec", cls="EX-02",
         area="les services aux contribuables et les programmes de recouvrement au Québec",
         units=["Centre d'appels de Shawinigan", "Traitement des déclarations", "Recouvrements des recettes"],
         loc="Montréal, Québec", sup=("Sous-commissaire, région du Québec", "EX-04")),
    dict(key="d3", kind="docx", lang="en", dept="National Defence", short="DND",
         branch="Assistant Deputy Minister (Human Resources - Civilian)",
         title="Director, Civilian Human Resources Operations", cls="EX-01",
         area="civilian human resources operations services for the Defence Team",
         units=["Staffing Operations", "Labour Relations Operations", "Compensation Liaison"],
         loc="Ottawa, Ontario", sup=("Director General, Civilian Human Resources Service Delivery", "EX-03")),
    dict(key="p1", kind="pdf", lang="bilingual", dept="Correctional Service Canada", short="CSC",
         branch="Health Services Sector", title="Director, Regional Health Services, Ontario",
         title_fr="Directeur, Services de santé régionaux, Ontario", cls="EX-01",
         area="institutional health services for offenders in the Ontario Region",
         units=["Clinical Services", "Mental Health Services", "Pharmacy Services"],
         loc="Kingston, Ontario", sup=("Regional Deputy Commissioner, Ontario", "EX-03")),
    dict(key="p2", kind="pdf", lang="en", dept="Public Services and Procurement Canada", short="PSPC",
         branch="Real Property Services, Pacific Region", title="Regional Director General, Real Property, Pacific Region",
         cls="EX-03", area="federal real property services in British Columbia and Yukon",
         units=["Property Management", "Project Delivery", "Real Property Planning", "Engineering Services"],
         loc="Vancouver, British Columbia", sup=("Assistant Deputy Minister, Real Property Services", "EX-05")),
]

NAMES = [
    "Sophie Tremblay", "David Nguyen", "Marie-Ève Gagnon", "Rajinder Sandhu", "Colleen MacIsaac",
    "Jean-François Bouchard", "Amina Osman", "Gregory Whitfield", "Isabelle Côté", "Tom Kowalczyk",
    "Priya Raman", "Luc Desrosiers", "Heather McLellan", "Olivier Lavoie", "Fatima El-Khoury",
    "Brent Halvorson", "Nathalie Pelletier", "Kwame Mensah", "Stéphanie Bergeron", "Derek O'Connell",
    "Mei-Ling Zhao", "Patrick Leblanc", "Andrea Sorensen", "Yannick Fortin", "Grace Okafor",
    "Martin Beauchemin", "Lindsay Fraser", "Hélène Rousseau", "Simon Chartrand", "Aisha Karim",
    "Karen Doucette", "Michel Thibodeau", "Jasmine Yu", "Robert Cardinal", "Chantal Boisvert",
    "Ian Pettigrew", "Nadia Haddad", "Éric Morin", "Sandra Kealey", "Vikram Desai",
    "Geneviève Roy", "Paul Antonelli", "Émilie Savard", "Wayne Cormier", "Joanne Reid",
    "François Lemieux", "Tanya Whiteduck", "Catherine Ng", "Alain Girard", "Meghan Keogh",
]

# ---- prose (English)
GA_EN = [
    "The {T} is accountable for the planning, direction and delivery of {area}, and for providing "
    "strategic advice and functional leadership to senior management of {dept} on related issues.",
    "Provides leadership and strategic direction for {area}, ensuring that the {short} programs respond "
    "to emerging challenges, are delivered with integrity and meet the needs of Canadians.",
    "Accountable to the {sup} for {area}, including their design, development and delivery, and for the "
    "management of the human, financial and material resources of the organization.",
    "The position is accountable for {area}, for the development of the associated policy frameworks, "
    "strategies and plans, and for the provision of expert advice to the Deputy Minister and to "
    "senior departmental committees.",
]
NS_EN = [
    "{dept} operates in a complex, multi-jurisdictional environment, with federal, provincial and "
    "territorial governments, industry, labour and community organizations all holding a stake in "
    "{area}. The {T} must reconcile competing priorities of internal and external stakeholders to "
    "meet critical objectives and timelines, often under intense public and media scrutiny.",
    "The work of the organization is closely aligned with the Government's priorities and with the "
    "Department's commitments in the Departmental Plan. The incumbent leads a range of "
    "inter-dependent analytical, operational, consultative and partnership activities and must "
    "anticipate the impact of national and international developments on {area}.",
    "A key challenge is to modernize {area} while maintaining service continuity. This requires "
    "sustained engagement with central agencies, other government departments and stakeholders, "
    "sound change management and the ability to make decisions with incomplete information.",
    "The {T} represents the Department in interdepartmental and intergovernmental fora, negotiates "
    "agreements and arrangements, and briefs the Assistant Deputy Minister, the Deputy Minister and, "
    "as required, the Minister's Office on sensitive and emerging issues.",
]
SA_EN = [
    "Directs the development and implementation of policy frameworks, strategies and plans for {area}.",
    "Provides strategic advice and recommendations to the {sup} and to senior management committees on "
    "existing and emerging issues.",
    "Leads the delivery of programs and services, including operational planning, performance "
    "measurement, monitoring and reporting.",
    "Establishes and maintains effective relationships with central agencies, other federal "
    "organizations, provinces, territories and stakeholders to harmonize approaches and products.",
    "Manages the human, financial and material resources of the organization with prudence and probity, "
    "in accordance with the values and ethics of the Public Service.",
    "Represents the Department in national and international fora and negotiates agreements and "
    "memoranda of understanding.",
    "Directs the preparation of Memoranda to Cabinet, Treasury Board submissions, briefing materials and "
    "responses to parliamentary inquiries.",
    "Leads change management, continuous improvement and innovation initiatives, including the "
    "modernization of systems and business processes.",
    "Fosters a healthy, diverse and inclusive workplace and develops the talent of the team.",
]
CSR_EN = [
    "Leadership and strategic direction of {area}, in support of the Department's mandate and "
    "the Government's priorities.",
    "Expert advice and services on {area} to senior management, central agencies and partners.",
]
KA_EN = SA_EN

# ---- prose (French)
GA_FR = [
    "Le titulaire est responsable de la planification, de l'orientation et de la prestation "
    "{de_area}, ainsi que de la prestation de conseils stratégiques à la haute direction.",
    "Assure le leadership et l'orientation stratégique pour {area}, en veillant à ce que les "
    "programmes répondent aux défis émergents et aux besoins de la population canadienne.",
    "Relevant du {sup}, le titulaire est responsable de la conception, de l'élaboration et de la "
    "prestation {de_area}, ainsi que de la gestion des ressources humaines, financières et matérielles.",
]
NS_FR = [
    "L'organisation évolue dans un environnement complexe où interviennent plusieurs administrations, "
    "l'industrie et des organismes communautaires. Le titulaire doit concilier les priorités "
    "divergentes des intervenants internes et externes afin d'atteindre des objectifs essentiels "
    "dans des délais serrés.",
    "Le travail de l'organisation est étroitement lié aux priorités du gouvernement et aux "
    "engagements du Plan ministériel. Le titulaire dirige des activités interdépendantes d'analyse, "
    "de consultation et de partenariat et doit prévoir l'incidence des tendances nationales et "
    "internationales sur {area}.",
    "Un défi important consiste à moderniser {area} tout en assurant la continuité des services, ce "
    "qui exige une mobilisation soutenue des organismes centraux, des autres ministères et des "
    "partenaires, ainsi qu'une saine gestion du changement.",
]
SA_FR = [
    "Dirige l'élaboration et la mise en œuvre des cadres stratégiques, des stratégies et des plans "
    "relatifs {a_area}.",
    "Fournit des conseils stratégiques et des recommandations au {sup} et aux comités de la haute "
    "direction sur les enjeux actuels et émergents.",
    "Dirige la prestation des programmes et des services, y compris la planification opérationnelle, "
    "la mesure du rendement et la production de rapports.",
    "Établit et entretient des relations efficaces avec les organismes centraux, les autres ministères, "
    "les provinces, les territoires et les intervenants.",
    "Gère les ressources humaines, financières et matérielles de l'organisation avec prudence et "
    "probité, conformément aux valeurs et à l'éthique de la fonction publique.",
    "Dirige la préparation des mémoires au Cabinet, des présentations au Conseil du Trésor et des "
    "documents d'information.",
    "Favorise un milieu de travail sain, diversifié et inclusif et assure le perfectionnement de l'équipe.",
]
