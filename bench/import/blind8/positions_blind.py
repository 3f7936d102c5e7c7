"""The positions behind the ninth blind corpus: invented EX (and one DM) positions in small and
mid-size federal organizations, written for this corpus alone. ``make_blind.py`` renders each
document of ``DOCUMENTS`` from one of these and writes its ground truth.

A value left ``None`` is one the documents of that position do not state. Amounts are whole
dollars; ``gc`` (grants and contributions), ``revenue`` and ``capital`` are printed as real files
print them but are no key field (``gc`` is the program budget). Names of people are invented.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Report:
    title: str
    cls: str | None = None
    fte: int | None = None
    number: str | None = None
    duty: str = ""


@dataclass
class Position:
    key: str
    lang: str                      # the language its documents are written in: en, fr or bi
    org: str
    branch: str
    title: str
    cls: str
    number: str | None
    date: str | None               # effective date, ISO
    sup: tuple                     # (position number, title, classification), any may be None
    reports: list
    dims: dict
    location: str | None
    purpose: str
    context: str
    duties: list
    job_code: str | None = None
    people: list = field(default_factory=list)
    provisional: str | None = None  # what stands for the number when it is not assigned ("NEW")
    fr: dict = field(default_factory=dict)   # the French copy of a bilingual position
    en: dict = field(default_factory=dict)   # the English copy of a French position
    peers: str = ""                # sentence naming peer positions (decoy titles and numbers)
    decoy: str = ""                # sentence with decoy dates, amounts or codes
    unit: str = ""


R = Report

POSITIONS = [
    Position(
        key="cannor", lang="en", org="Canadian Northern Economic Development Agency",
        branch="Operations", unit="Nunavut Region",
        title="Executive Director, Nunavut Regional Operations", cls="EX-02", job_code="CNR-0217",
        number="0004419", date="2018-05-14",
        sup=("0004400", "Vice-President, Operations", "EX-04"),
        reports=[R("Director, Business Development and Investment", "EX-01", 9, "0004431",
                   "delivers the Agency's core economic development programs to Nunavut businesses and hamlets"),
                 R("Manager, Community Readiness Programs", "EC-07", 7, "0004436",
                   "manages community capacity and readiness funding"),
                 R("Manager, Regional Corporate Services", "AS-07", 5, "0004440",
                   "provides finance, administration and facilities services in Iqaluit"),
                 R("Executive Assistant", "AS-02", None, "0004422")],
        dims=dict(fte=27, salary=2_640_000, o_and_m=480_000, gc=21_500_000),
        location="Iqaluit, Nunavut", people=["Elisapee Kownak-Brennan", "Howard T. Sallis"],
        purpose=("The Executive Director is accountable for the delivery of the Agency's economic development "
                 "programs in Nunavut, for the regional investment strategy that guides them, and for the "
                 "relationships with the Government of Nunavut, Inuit organizations and hamlet councils on which "
                 "that delivery depends."),
        context=("Nunavut's 25 communities are reachable only by air for most of the year; construction seasons "
                 "are short, costs are two to three times southern costs, and the Inuit Impact and Benefit "
                 "Agreements negotiated under the Nunavut Agreement shape how every major project is planned. "
                 "The regional office is small and the Executive Director is frequently the only federal "
                 "executive in the territory, expected to speak for the Agency and, on occasion, for other "
                 "departments at community meetings and before territorial ministers."),
        duties=["Sets the regional investment priorities for the Agency's contribution programs in Nunavut and "
                "recommends projects above the regional delegation to the Vice-President.",
                "Leads the federal side of joint planning tables with the Government of Nunavut and the designated "
                "Inuit organizations on economic infrastructure, fisheries and mining readiness.",
                "Oversees due diligence, risk assessment and monitoring of a portfolio of about 140 active "
                "contribution agreements.",
                "Represents the Agency with hamlet councils, development corporations and industry, and briefs the "
                "President and the Minister's office on emerging issues in the territory.",
                "Manages the human, financial and material resources of the region, including the recruitment and "
                "retention of Inuit employees under the Agency's Inuit employment plan."],
        peers="The Executive Director is one of three regional executive directors (Yukon, position 0004402; "
              "Northwest Territories, position 0004409) reporting to the Vice-President, Operations.",
        decoy="The Inuit employment plan was last renewed on 2 March 2017 and is reviewed every three years.",
    ),
    Position(
        key="acoa", lang="en", org="Atlantic Canada Opportunities Agency", branch="Prince Edward Island Region",
        title="Director General, Enterprise Development", cls="EX-03", job_code="106612",
        number="38815", date="2012-10-01",
        sup=("38800", "Vice-President, Prince Edward Island", "EX-04"),
        reports=[R("Director, Business Development Programs", "EX-01", 14, "38821",
                   "manages the Business Development Program portfolio for Island firms"),
                 R("Director, Innovation and Trade", "EX-01", 11, "38829",
                   "leads the Atlantic Innovation Fund and export development files"),
                 R("Manager, Community Investment", "PM-06", 6, "38834"),
                 R("Senior Advisor, Portfolio Risk", "FI-03", 2, "38837")],
        dims=dict(fte=36, salary=3_150_000, o_and_m=310_000, gc=48_000_000, total=51_460_000),
        location="Charlottetown, Prince Edward Island", people=["Ainsley MacQuarrie"],
        purpose=("Accountable for the planning, delivery and results of the Agency's enterprise development "
                 "programs in Prince Edward Island, the Director General directs the assessment, approval "
                 "recommendations and monitoring of assistance to small and medium-sized enterprises, "
                 "innovation projects and trade initiatives."),
        context=("Prince Edward Island's economy rests on agriculture, fisheries, tourism and a growing "
                 "bioscience cluster. Most firms employ fewer than twenty people, which makes repayable "
                 "assistance both important and risky. The Director General works under close scrutiny from "
                 "the provincial government, industry associations and Members of Parliament, and must "
                 "balance regional expectations with the Agency's national accountability for results."),
        duties=["Directs the development of the region's enterprise development strategy and annual business "
                "plan, aligned with the Agency's national priorities.",
                "Recommends to the Vice-President contributions above the Director General's delegated authority "
                "and approves those within it.",
                "Oversees the management of a repayable contribution portfolio, including collections and "
                "write-off recommendations.",
                "Maintains senior relationships with the Province of Prince Edward Island, Innovation PEI, "
                "the BioAlliance and industry associations.",
                "Ensures the Region's programs are evaluated and that results are reported to the Agency's "
                "executive committee."],
        decoy="In 2011-12 the Region as a whole managed $112.6 million in program funding.",
    ),
    Position(
        key="dec", lang="fr", org="Développement économique Canada pour les régions du Québec",
        branch="Opérations régionales", unit="Bureau d'affaires de l'Abitibi-Témiscamingue",
        title="Directeur régional, Abitibi-Témiscamingue", cls="EX-01", job_code="DEC-EX-118",
        number="60127", date="2019-04-01",
        sup=("60100", "Vice-président, Opérations", "EX-04"),
        reports=[R("Conseiller principal, développement des affaires", "CO-03", None, "60131"),
                 R("Chef d'équipe, programmes aux entreprises", "CO-02", 6, "60134"),
                 R("Agente de gestion financière", "FI-02", 1, "60139"),
                 R("Adjointe administrative", "AS-01", None, "60140")],
        dims=dict(fte=12, salary=1_180_000, o_and_m=95_000, gc=9_400_000),
        location="Rouyn-Noranda (Québec)", people=["Gabrielle Nadeau-Lachance", "Serge Dumoulin"],
        purpose=("Le directeur régional dirige le bureau d'affaires de l'Abitibi-Témiscamingue et est "
                 "responsable de la prestation des programmes de l'Agence aux entreprises et aux organismes de "
                 "la région, ainsi que de la concertation avec les partenaires régionaux du développement "
                 "économique."),
        context=("L'Abitibi-Témiscamingue est une région ressource dont l'économie repose sur les mines, la "
                 "forêt et l'agriculture, et où les écarts de conjoncture sont marqués. Le bureau est éloigné "
                 "du siège de Montréal et des autres bureaux, de sorte que le titulaire exerce une grande "
                 "autonomie dans l'analyse des projets et la gestion des relations avec les élus, les "
                 "communautés anishinabek et les sociétés d'aide au développement des collectivités."),
        duties=["Élabore le plan d'intervention régional et en assure la mise en œuvre conformément aux "
                "orientations de l'Agence.",
                "Recommande l'approbation des projets d'aide financière et approuve ceux qui relèvent de sa "
                "délégation.",
                "Assure le suivi des ententes de contribution et la gestion des risques du portefeuille "
                "régional.",
                "Représente l'Agence auprès des instances régionales, des municipalités régionales de comté et "
                "des communautés autochtones.",
                "Gère les ressources humaines, financières et matérielles du bureau."],
        en=dict(title="Regional Director, Abitibi-Témiscamingue", sup_title="Vice-President, Operations",
                org="Canada Economic Development for Quebec Regions", branch="Regional Operations",
                location="Rouyn-Noranda, Quebec",
                reports=["Senior Advisor, Business Development", "Team Leader, Business Programs",
                         "Financial Management Officer", "Administrative Assistant"],
                purpose=("The Regional Director heads the Abitibi-Témiscamingue business office and is "
                         "accountable for delivering the Agency's programs to the region's businesses and "
                         "organizations and for joint planning with regional economic development partners."),
                context=("Abitibi-Témiscamingue is a resource region whose economy rests on mining, forestry and "
                         "agriculture and swings sharply with commodity prices. The office is far from the "
                         "Montréal headquarters, so the incumbent works with wide autonomy in assessing "
                         "projects and in managing relations with elected officials, Anishinabeg communities "
                         "and community futures development corporations."),
                duties=["Develops the regional intervention plan and carries it out in line with the Agency's "
                        "direction.",
                        "Recommends funding projects for approval and approves those within the delegation.",
                        "Monitors contribution agreements and manages the risk of the regional portfolio.",
                        "Represents the Agency with regional bodies, regional county municipalities and "
                        "Indigenous communities.",
                        "Manages the office's human, financial and material resources."]),
        decoy="Le plan d'intervention 2016-2019 a été approuvé le 14 juin 2016.",
    ),
    Position(
        key="pacifican", lang="en", org="Pacific Economic Development Canada", branch="Programs and Partnerships",
        title="Director, Coastal Communities Investment", cls="EX-01", job_code="PED-1042",
        number="50-22871", date="2022-11-07",
        sup=("50-22800", "Director General, Programs and Partnerships", "EX-03"),
        reports=[R("Manager, Island and Coast Programs", "EC-06", 8),
                 R("Manager, Indigenous Economic Partnerships", "EC-06", 5),
                 R("Senior Program Officer", "PM-05", 2)],
        dims=dict(fte=17, salary=1_710_000, o_and_m=140_000, gc=31_000_000),
        location="Victoria, British Columbia", people=["Priya Olmstead-Carvalho"],
        purpose=("The Director leads the investments PacifiCan makes in the coastal communities of Vancouver "
                 "Island, the Sunshine Coast and Haida Gwaii, from the design of calls for proposals to the "
                 "monitoring of results, and builds the partnerships with First Nations and local governments "
                 "that those investments need."),
        context=("PacifiCan was created in 2021 when the former Western Economic Diversification Canada was "
                 "divided into two agencies. Its programs are new, its staff largely recruited in the last two "
                 "years, and many of its coastal clients are small, remote organizations applying for federal "
                 "funding for the first time. The Director therefore combines program delivery with the building "
                 "of the team's own processes and capacity."),
        duties=["Designs and manages intakes for coastal community and ocean economy funding streams.",
                "Approves or recommends projects, depending on delegation, and ensures consistent assessment.",
                "Builds working relationships with First Nations governments, tribal councils and regional "
                "districts on the coast.",
                "Reports on results and lessons learned to the Director General and the Agency's executive "
                "committee.",
                "Recruits, develops and leads a team that grew from six to seventeen employees since 2021."],
        decoy="Agency budget for 2022-23: $148.5M (all regions). Printed 2023-01-19.",
    ),
    Position(
        key="prairiescan", lang="en", org="Prairies Economic Development Canada", branch="Saskatchewan Region",
        title="Executive Director, Saskatchewan Business Programs", cls="EX-02", job_code="104988",
        number="00081562", date="2023-02-15",
        sup=("00081500", "Assistant Deputy Minister, Saskatchewan", "EX-05"),
        reports=[R("Director, Business Scale-up and Productivity", "EX-01", 12, "00081570"),
                 R("Director, Regional Innovation Ecosystems", "EX-01", 9, "00081577"),
                 R("Manager, Program Operations", "PM-06", 7, "00081583"),
                 R("Manager, Client Services (Regina)", "PM-05", 4, "00081590")],
        dims=dict(fte=34, salary=3_420_000, o_and_m=260_000, gc=64_300_000, total=67_980_000),
        location="Saskatoon, Saskatchewan", people=["Darnell Whitecalf", "Ingrid Solberg-Ames"],
        purpose=("The Executive Director is accountable for the Saskatchewan delivery of the Agency's "
                 "business programs, the assessment and approval of projects, and the results reported for "
                 "them, and advises the Assistant Deputy Minister on the province's economic priorities."),
        context=("Saskatchewan's economy depends on agriculture, potash, uranium and energy, and its "
                 "innovation ecosystem is concentrated in Saskatoon and Regina. PrairiesCan became a stand-alone "
                 "agency in 2021; the Saskatchewan region shares services with headquarters in Edmonton and "
                 "must deliver national initiatives while keeping a provincial focus."),
        duties=["Leads the planning and delivery of the Business Scale-up and Productivity and Regional "
                "Innovation Ecosystems programs in Saskatchewan.",
                "Approves contributions within delegated authority and recommends larger projects.",
                "Manages the relationships with the Government of Saskatchewan, the universities and industry "
                "associations.",
                "Oversees portfolio monitoring, repayments and the handling of defaulted agreements.",
                "Ensures the region's performance information is reliable and reported on time."],
    ),
    Position(
        key="fednor", lang="bi", org="Federal Economic Development Agency for Northern Ontario",
        branch="Community and Economic Development",
        title="Director, Community Economic Development Programs", cls="EX-01", job_code=None,
        number="FN-30418", date="2016-09-12",
        sup=("FN-30400", "Director General, Programs and Operations", "EX-03"),
        reports=[R("Manager, Community Futures Program", "EC-06", 6),
                 R("Manager, Northern Ontario Development Program", "EC-06", 9),
                 R("Team Leader, Official Language Minority Communities", "EC-05", 3)],
        dims=dict(fte=21, salary=1_890_000, o_and_m=120_000, gc=36_700_000),
        location="Sudbury, Ontario", people=["Mireille Lacelle-Hunter"],
        purpose=("The Director is accountable for the management and delivery of FedNor's community "
                 "economic development programs across Northern Ontario, including the Community Futures "
                 "Program and the community stream of the Northern Ontario Development Program."),
        context=("Northern Ontario covers 90 per cent of the province's land mass with about 6 per cent of its "
                 "population, spread across 144 municipalities and 106 First Nations. Community development "
                 "corporations, municipalities and francophone organizations depend heavily on FedNor "
                 "funding, and their needs differ sharply between the northwest and the northeast."),
        duties=["Manages the Community Futures Program and its 24 Community Futures Development Corporations "
                "in Northern Ontario.",
                "Directs the assessment and recommendation of community projects under the Northern Ontario "
                "Development Program.",
                "Leads FedNor's support to official language minority communities in the region.",
                "Develops performance measurement for community programs and reports on results."],
        fr=dict(title="Directeur, Programmes de développement économique communautaire",
                org="Agence fédérale de développement économique pour le Nord de l'Ontario",
                branch="Développement communautaire et économique",
                sup_title="Directeur général, Programmes et opérations", location="Sudbury (Ontario)",
                reports=["Gestionnaire, Programme de développement des collectivités",
                         "Gestionnaire, Programme de développement du Nord de l'Ontario",
                         "Chef d'équipe, Communautés de langue officielle en situation minoritaire"],
                purpose=("Le directeur est responsable de la gestion et de la prestation des programmes de "
                         "développement économique communautaire de FedNor dans le Nord de l'Ontario, y compris "
                         "le Programme de développement des collectivités et le volet communautaire du "
                         "Programme de développement du Nord de l'Ontario."),
                context=("Le Nord de l'Ontario couvre 90 pour cent du territoire de la province mais ne compte "
                         "qu'environ 6 pour cent de sa population, répartie dans 144 municipalités et "
                         "106 Premières Nations. Les sociétés de développement, les municipalités et les "
                         "organismes francophones comptent fortement sur le financement de FedNor."),
                duties=["Gère le Programme de développement des collectivités et ses 24 sociétés d'aide au "
                        "développement des collectivités du Nord de l'Ontario.",
                        "Dirige l'évaluation et la recommandation des projets communautaires du Programme de "
                        "développement du Nord de l'Ontario.",
                        "Dirige l'appui de FedNor aux communautés de langue officielle en situation minoritaire.",
                        "Élabore la mesure du rendement des programmes communautaires et rend compte des "
                        "résultats."]),
    ),
    Position(
        key="cnsc", lang="en", org="Canadian Nuclear Safety Commission", branch="Regulatory Operations Branch",
        title="Director General, Nuclear Substance Regulation", cls="EX-03", job_code="103377",
        number="10552", date="2009-07-20",
        sup=("10500", "Executive Vice-President and Chief Regulatory Operations Officer", "EX-05"),
        reports=[R("Director, Nuclear Substances Licensing", "EX-01", 31, "10561"),
                 R("Director, Accelerators and Class II Facilities", "EX-01", 18, "10566"),
                 R("Director, Transport Licensing and Strategic Support", "EX-01", 22, "10571"),
                 R("Senior Regulatory Program Advisor", "PM-06", 1, "10575")],
        dims=dict(fte=74, salary=7_150_000, o_and_m=1_300_000, total=8_450_000, revenue=4_900_000),
        location="Ottawa (NCR)", people=["Rosalind Vandermeer", "Kwabena Osei-Lambert"],
        purpose=("The Director General is accountable for the regulation of nuclear substances, radiation "
                 "devices, Class II nuclear facilities and the packaging and transport of nuclear substances "
                 "across Canada, and for the licensing and compliance programs that carry it out."),
        context=("More than 2,400 licences are held by hospitals, universities, industrial radiographers, "
                 "oil-well loggers and portable gauge users, from large research facilities to single-person "
                 "businesses. Incidents involving lost or stolen sealed sources attract media and "
                 "parliamentary attention, and licensees recover a large share of program costs through fees, "
                 "which makes service standards a matter of regular dispute."),
        duties=["Directs licensing, certification and compliance verification for nuclear substance and "
                "radiation device licensees across Canada.",
                "Recommends licence decisions to designated officers and the Commission and presents staff "
                "positions at Commission hearings.",
                "Oversees the cost-recovery fee program for the Directorate's licensees.",
                "Leads Canada's participation in international working groups on the safe transport of "
                "radioactive material.",
                "Manages the Directorate's resources, including inspector training and qualification."],
        decoy="Fees Regulations amended 2003-04-01; reference CMD 09-M14.",
    ),
    Position(
        key="grain", lang="en", org="Canadian Grain Commission", branch="Grain Research Laboratory",
        title="Director, Harvest Quality and Grain Safety Research", cls="EX-01", job_code="GRL-EX-01",
        number="2291", date="2014-03-31",
        sup=("2200", "Chief Operating Officer", "EX-03"),
        reports=[R("Program Manager, Grain Quality Research", "SE-RES-04", 16),
                 R("Program Manager, Analytical Services and Grain Safety", "SE-RES-03", 14),
                 R("Manager, Harvest Sample Program", "EG-07", 5),
                 R("Laboratory Operations Coordinator", "EG-05", None)],
        dims=dict(fte=58, salary=5_020_000, o_and_m=870_000, capital=350_000),
        location="Winnipeg, Manitoba", people=["Teodor Halvorsen"],
        purpose=("The Director leads the Grain Research Laboratory, which provides the scientific basis for "
                 "Canada's grain grading system, monitors the quality and safety of Canadian grain and "
                 "supports the marketing of Canadian grain abroad."),
        context=("Canadian grain is sold on quality, and buyers expect consistent grades year after year. The "
                 "Laboratory's harvest surveys, methods research and safety monitoring are used by the "
                 "Commission's inspectors, by exporters and by foreign buyers, and its scientists are often "
                 "asked to resolve disputes about cargoes in destination ports."),
        duties=["Sets the research and monitoring priorities of the Laboratory in consultation with industry "
                "and the Commission's grain standards committees.",
                "Directs the annual Harvest Sample Program and the publication of quality reports.",
                "Ensures that analytical methods used in grading are validated and defensible.",
                "Represents the Commission in technical missions to buyers and at international scientific "
                "meetings.",
                "Manages the Laboratory's scientific staff, equipment and budget."],
        decoy="Laboratory accreditation ISO/IEC 17025, certificate 1187, renewed 2013-10-22.",
    ),
    Position(
        key="atssc", lang="en", org="Administrative Tribunals Support Service of Canada",
        branch="Social Security Tribunal Secretariat",
        title="Director General, Appeals Registry Services", cls="EX-03", job_code="106025",
        number="71044", date="2015-06-22",
        sup=("71000", "Executive Director, Social Security Tribunal Secretariat", "EX-04"),
        reports=[R("Director, General Division Registry", "EX-01", 88, "71051"),
                 R("Director, Appeal Division Registry", "EX-01", 24, "71058"),
                 R("Manager, Case Management Systems", "CS-04", 9, "71063")],
        dims=dict(fte=124, salary=9_300_000, o_and_m=1_150_000),
        location="National Capital Region", people=["Cordelia Ampofo", "Lucien Rabeau"],
        purpose=("The Director General is accountable for the registry services of the Social Security "
                 "Tribunal: the receipt and processing of appeals, the scheduling of hearings, the case "
                 "management system and the service standards to which appellants are entitled."),
        context=("The Tribunal hears appeals of Employment Insurance, Canada Pension Plan and Old Age Security "
                 "decisions. Many appellants are unrepresented, vulnerable or in financial distress, and delays "
                 "draw complaints from Members of Parliament and advocacy groups. Registry staff work for "
                 "independent decision-makers, and the Director General must support their independence while "
                 "meeting service standards."),
        duties=["Directs the intake, screening and management of appeals in both divisions.",
                "Sets and monitors service standards and reports on backlog reduction.",
                "Oversees the case management system and its evolution toward electronic filing.",
                "Works with the Tribunal Chairperson and division heads on scheduling and hearing logistics.",
                "Manages the registry's human and financial resources across three offices."],
        peers="Peer positions: Director General, Legal Services (position 71070) and Director, Corporate "
              "Planning (position 71078).",
    ),
    Position(
        key="cas", lang="fr", org="Service administratif des tribunaux judiciaires", branch="Services judiciaires et du greffe",
        unit="Cour d'appel fédérale",
        title="Directeur, Services du greffe de la Cour d'appel fédérale", cls="EX-01", job_code="SATJ-0412",
        number="4127", date="2011-01-17",
        sup=("4100", "Greffier de la Cour d'appel fédérale", "EX-03"),
        reports=[R("Gestionnaire, Greffe central", "CR-07", 14),
                 R("Gestionnaire, Gestion des instances", "PM-05", 9),
                 R("Chef, Greffes régionaux", "PM-05", 6)],
        dims=dict(fte=32, salary=2_210_000, o_and_m=180_000),
        location="Ottawa (Ontario)", people=["Bernadette Ouimet-Ferland"],
        purpose=("Le directeur est responsable de la prestation des services de greffe de la Cour d'appel "
                 "fédérale à l'administration centrale et dans les bureaux régionaux, ainsi que de la gestion "
                 "des instances et de l'appui aux juges et aux protonotaires."),
        context=("La Cour d'appel fédérale entend les appels des décisions de la Cour fédérale, de la Cour "
                 "canadienne de l'impôt et de nombreux tribunaux administratifs. Les plaideurs, souvent non "
                 "représentés, s'attendent à un service bilingue, exact et rapide. Le titulaire doit "
                 "respecter l'indépendance judiciaire tout en gérant des ressources limitées."),
        duties=["Dirige la réception, l'enregistrement et le suivi des documents déposés à la Cour.",
                "Élabore les procédures du greffe et veille à leur application uniforme dans les régions.",
                "Conseille le greffier sur l'organisation des séances et la gestion des instances.",
                "Assure la mise en œuvre du dépôt électronique et la tenue des dossiers judiciaires.",
                "Gère les ressources humaines et financières de la direction."],
        decoy="Directive sur les dépôts électroniques du 3 novembre 2009; dossier 2150-11-4.",
    ),
    Position(
        key="ocol", lang="fr", org="Commissariat aux langues officielles", branch="Direction générale de l'assurance de la conformité",
        title="Directrice générale, Assurance de la conformité", cls="EX-03", job_code="102740",
        number="00-0317", date="2020-01-06",
        sup=("00-0300", "Commissaire adjoint, Politiques et conformité", "EX-05"),
        reports=[R("Directeur, Enquêtes", "EX-01", 27, "00-0321"),
                 R("Directrice, Audits et évaluations", "EX-01", 12, "00-0325"),
                 R("Gestionnaire, Réception et analyse des plaintes", "PM-06", 8, "00-0329"),
                 R("Adjointe de direction", "AS-03", None, "00-0318")],
        dims=dict(fte=51, salary=4_870_000, o_and_m=290_000, total=5_160_000),
        location="Gatineau (Québec)", people=["Véronique St-Amand", "Olivier Brisebois-Kane"],
        purpose=("La directrice générale est responsable des enquêtes sur les plaintes déposées en vertu de la "
                 "Loi sur les langues officielles, des audits de conformité des institutions fédérales et du "
                 "suivi des recommandations du commissaire."),
        context=("Le Commissariat reçoit chaque année plus de mille plaintes touchant le service au public, la "
                 "langue de travail et l'avancement des deux langues officielles. La modernisation de la Loi "
                 "élargit les pouvoirs du commissaire et accroît l'attention des parlementaires, des médias et "
                 "des communautés de langue officielle en situation minoritaire."),
        duties=["Dirige les enquêtes et en assure la rigueur, l'équité procédurale et le respect des délais.",
                "Planifie le programme d'audits et approuve les rapports présentés au commissaire.",
                "Conseille le commissaire sur les recommandations et le suivi auprès des institutions.",
                "Représente le Commissariat devant les comités parlementaires au besoin.",
                "Gère les ressources de la direction générale et en assure la planification."],
    ),
    Position(
        key="opc", lang="en", org="Office of the Privacy Commissioner of Canada", branch="Compliance Sector",
        title="Director, Breach Response", cls="EX-01", job_code="OPC-EX-057",
        number="P-1187", date="2021-09-13",
        sup=("P-1100", "Deputy Commissioner, Compliance", "EX-04"),
        reports=[R("Manager, Public Sector Breaches", "PM-06", 6),
                 R("Manager, Private Sector Breaches", "PM-06", 7),
                 R("Senior Technology Analyst", "CS-04", 2)],
        dims=dict(fte=18, salary=1_760_000, o_and_m=85_000),
        location="Gatineau, Quebec", people=["Hamish Okonkwo-Reid"],
        purpose=("The Director leads the Office's response to privacy breaches reported by federal "
                 "institutions and by private-sector organizations, from triage and assessment to "
                 "recommendations, compliance follow-up and referrals to investigation."),
        context=("Mandatory breach reporting under PIPEDA, in force since November 2018, multiplied the number "
                 "of reports received. Large breaches at banks, telecommunications companies and federal "
                 "institutions attract immediate media attention and require quick, technically sound "
                 "assessment of the real risk of significant harm."),
        duties=["Directs the triage, assessment and follow-up of breach reports.",
                "Sets criteria for referring breaches to investigation and advises the Deputy Commissioner.",
                "Coordinates with provincial commissioners and international counterparts on multi-jurisdiction "
                "breaches.",
                "Oversees the analysis of breach trends and contributes to the Commissioner's annual report.",
                "Manages the directorate's staff and resources."],
    ),
    Position(
        key="cta", lang="fr", org="Office des transports du Canada", branch="Direction générale du règlement des différends",
        title="Directeur général, Médiation et arbitrage des plaintes de transport", cls="EX-03", job_code="OTC-EX-0301",
        number="12870", date="2017-07-15",
        sup=("12800", "Président et premier dirigeant", "DM-01"),
        reports=[R("Directrice, Différends relatifs au transport aérien", "EX-01", 24, "12874"),
                 R("Directeur, Accessibilité et différends ferroviaires et maritimes", "EX-01", 17, "12879"),
                 R("Gestionnaire, Facilitation et médiation", "PM-06", 5, "12883")],
        dims=dict(fte=49, salary=4_410_000, o_and_m=230_000),
        location="Gatineau (Québec)", people=["Anne-Sophie Letarte"],
        purpose=("Le directeur général est responsable du règlement des différends entre les fournisseurs de "
                 "services de transport et leurs clients, par la facilitation, la médiation et l'arbitrage, et "
                 "de la préparation des dossiers soumis aux membres de l'Office."),
        context=("L'Office, tribunal quasi judiciaire et organisme de réglementation, traite des plaintes des "
                 "voyageurs aériens, des expéditeurs ferroviaires et des personnes handicapées. Les hausses "
                 "soudaines de plaintes, comme après les perturbations de l'été 2016, exigent une réaffectation "
                 "rapide des ressources."),
        duties=["Dirige les services de facilitation, de médiation et d'arbitrage de l'Office.",
                "Veille à la qualité juridique et analytique des dossiers présentés aux membres.",
                "Établit les normes de service et rend compte des délais de traitement.",
                "Conseille le président sur les tendances et les enjeux réglementaires.",
                "Gère les ressources de la direction générale."],
        decoy="Rapport annuel 2015-2016 : 5 460 plaintes reçues.",
    ),
    Position(
        key="crcc", lang="en", org="Civilian Review and Complaints Commission for the RCMP",
        branch="Operations", title="Senior Director, Reviews and Investigations", cls="EX-02", job_code=None,
        number="CRC-0233", date="2019-02-04",
        sup=("CRC-0200", "Executive Director", "EX-04"),
        reports=[R("Director, Complaint Reviews", "EX-01", 14),
                 R("Manager, Public Interest Investigations", "PM-06", 6),
                 R("Manager, Systemic Reviews", "EC-06", 4)],
        dims=dict(fte=29, salary=2_950_000, o_and_m=340_000, total=3_290_000),
        location="Surrey, British Columbia", people=["Fenella Rourke", "Marcus Dufresne-Ybarra"],
        purpose=("The Senior Director is accountable for the Commission's reviews of public complaints about "
                 "the conduct of RCMP members, its public interest investigations and its systemic reviews, "
                 "and for the quality of the reports the Chairperson issues."),
        context=("The Commission is independent of the RCMP and reports to Parliament through the Minister of "
                 "Public Safety. Its findings on use of force, deaths in custody and policing in Indigenous "
                 "communities are followed closely by the media and by the RCMP's senior leadership."),
        duties=["Directs reviews of RCMP complaint dispositions and drafts findings for the Chairperson.",
                "Plans and oversees public interest investigations and systemic reviews.",
                "Manages the relationship with the RCMP's professional responsibility units.",
                "Ensures procedural fairness and the protection of personal information in all files.",
                "Manages the directorate's staff in Surrey and Ottawa."],
    ),
    Position(
        key="nrc", lang="en", org="National Research Council Canada", branch="Life Sciences Division",
        unit="Aquatic and Crop Resource Development Research Centre",
        title="Director, Research and Development (Saskatoon)", cls="EX-02", job_code="NRC-EX-2207",
        number="3048815", date="2016-04-18",
        sup=("3048800", "Director General, Aquatic and Crop Resource Development", "EX-03"),
        reports=[R("Team Leader, Crop Genomics", "RO-05", 21),
                 R("Team Leader, Bioprocessing", "RO-05", 17),
                 R("Team Leader, Plant Biotechnology Facility", "RCO-04", 12),
                 R("Business Development Officer", "BI-04", 1)],
        dims=dict(fte=63, salary=6_480_000, o_and_m=1_940_000, revenue=2_300_000, capital=900_000),
        location="Saskatoon, Saskatchewan", people=["Anouk Pedersen-Blais"],
        purpose=("The Director leads the research and development programs of the Saskatoon site of the "
                 "Aquatic and Crop Resource Development Research Centre and is accountable for their "
                 "scientific quality, their relevance to industry and the revenue they earn."),
        context=("NRC research centres are expected to work with industry on problems industry cannot solve "
                 "alone, and to earn revenue from collaborative and fee-for-service work. The Saskatoon site "
                 "works with seed companies, processors and university partners on crops adapted to the "
                 "Prairies, and competes for talent with the university and private laboratories nearby."),
        duties=["Sets the scientific direction of the site's programs in line with the research centre's plan.",
                "Negotiates collaborative research agreements and fee-for-service contracts with industry.",
                "Oversees the plant biotechnology facility and its biosafety compliance.",
                "Mentors and manages research teams and evaluates research officers' performance.",
                "Manages the site's budget, revenue targets and capital plan."],
        decoy="Collaborative agreement CRA-2015-0381 with a seed company, value $1.1M over three years.",
    ),
    Position(
        key="csa", lang="fr", org="Agence spatiale canadienne", branch="Direction générale de l'exploration spatiale",
        title="Directrice, Utilisation de la Station spatiale internationale", cls="EX-01", job_code="ASC-2019-044",
        number="51206", date="2013-09-03",
        sup=("51200", "Directeur général, Exploration spatiale", "EX-03"),
        reports=[R("Gestionnaire de programme, Sciences de la vie", "EN-ENG-05", 7),
                 R("Gestionnaire de programme, Sciences physiques", "EN-ENG-05", 6),
                 R("Gestionnaire, Opérations de la charge utile", "EN-ENG-04", 9),
                 R("Agente de planification", "ES-04", 1)],
        dims=dict(fte=26, salary=2_690_000, o_and_m=3_800_000, gc=1_200_000),
        location="Longueuil (Québec)", people=["Nathalie Gravel-Moreau", "Pierre-Yves Lalancette"],
        purpose=("La directrice est responsable de la planification et de l'exécution du programme canadien "
                 "d'utilisation de la Station spatiale internationale, y compris la sélection des expériences, "
                 "leur préparation et leur réalisation en orbite avec les partenaires internationaux."),
        context=("Le Canada dispose d'une part des ressources d'utilisation de la Station en échange de sa "
                 "contribution robotique. Les expériences canadiennes en sciences de la vie et en sciences "
                 "physiques doivent être prêtes selon le calendrier des partenaires, souvent modifié, et "
                 "mobilisent universités, hôpitaux et entreprises."),
        duties=["Établit le plan d'utilisation canadien et négocie les ressources avec les partenaires.",
                "Dirige la sélection des expériences et la gestion des contrats avec les chercheurs.",
                "Assure la préparation, la certification et l'exploitation des charges utiles canadiennes.",
                "Représente l'Agence aux conseils multilatéraux d'utilisation de la Station.",
                "Gère les ressources humaines, financières et contractuelles de la direction."],
    ),
    Position(
        key="statsher", lang="fr", org="Statistique Canada", branch="Secteur de la collecte et du rayonnement",
        title="Directeur, Centre régional de collecte de Sherbrooke", cls="EX-01", job_code="STC-EX-0093",
        number="37-55012", date="2007-10-29",
        sup=("37-55000", "Directeur général, Opérations de collecte", "EX-03"),
        reports=[R("Chef, Interviews téléphoniques assistées par ordinateur", "SI-05", 112),
                 R("Chef, Interviews sur le terrain", "SI-05", 74),
                 R("Chef, Soutien et formation", "SI-04", 11),
                 R("Agent des finances et de l'administration", "AS-03", 3)],
        dims=dict(fte=205, salary=9_850_000, o_and_m=1_060_000),
        location="Sherbrooke (Québec)", people=["Réjean Côté-Whitfield"],
        purpose=("Le directeur dirige le centre régional de collecte de Sherbrooke, qui mène les enquêtes "
                 "sociales et économiques de Statistique Canada par téléphone et sur le terrain, et répond de "
                 "l'atteinte des taux de réponse, de la qualité des données et du respect des budgets."),
        context=("Le centre emploie plusieurs centaines d'intervieweurs, dont une grande part en emploi "
                 "saisonnier ou à temps partiel. La charge de travail varie selon le calendrier des enquêtes "
                 "et la préparation du Recensement de 2011 exige une planification serrée des effectifs."),
        duties=["Planifie et dirige les opérations de collecte du centre selon le calendrier des enquêtes.",
                "Veille à la confidentialité des renseignements recueillis et à la sécurité des installations.",
                "Suit les taux de réponse et la qualité de la collecte et apporte les correctifs nécessaires.",
                "Gère les relations de travail dans un milieu fortement syndiqué.",
                "Gère les ressources humaines, financières et matérielles du centre."],
        decoy="Enquête sur la population active : taux de réponse visé de 90 %.",
    ),
    Position(
        key="statag", lang="bi", org="Statistics Canada", branch="Agriculture, Energy and Environment Statistics",
        title="Director, Farm Census Collection and Processing", cls="EX-01", job_code="STC-EX-0146",
        number="37-21604", date="2010-05-03",
        sup=("37-21600", "Director General, Agriculture, Energy and Environment Statistics", "EX-03"),
        reports=[R("Chief, Collection and Processing Planning", "EC-06", 13),
                 R("Chief, Data Quality and Dissemination", "EC-06", 11),
                 R("Chief, Geography and Frames", "EC-05", 7)],
        dims=dict(fte=38, salary=3_040_000, o_and_m=2_600_000),
        location="Ottawa, Ontario", people=["Lorna Beauchesne"],
        purpose=("The Director is accountable for the planning, collection, processing and release of the "
                 "Census of Agriculture and for the farm register on which agricultural surveys rely."),
        context=("The Census of Agriculture is conducted every five years with the Census of Population. The "
                 "2011 cycle introduces an Internet response option and new processing systems while "
                 "farm numbers continue to decline and operations grow larger and more complex."),
        duties=["Plans the 2011 Census of Agriculture and integrates it with the Census of Population.",
                "Directs collection follow-up, processing, edit and imputation.",
                "Ensures the quality and timely release of census data and analytical products.",
                "Maintains the farm register and the agricultural survey frames."],
        fr=dict(title="Directeur, Collecte et traitement du recensement agricole", org="Statistique Canada",
                branch="Statistique de l'agriculture, de l'énergie et de l'environnement",
                sup_title="Directeur général, Statistique de l'agriculture, de l'énergie et de l'environnement",
                location="Ottawa (Ontario)",
                reports=["Chef, Planification de la collecte et du traitement",
                         "Chef, Qualité et diffusion des données", "Chef, Géographie et bases de sondage"],
                purpose=("Le directeur est responsable de la planification, de la collecte, du traitement et "
                         "de la diffusion du Recensement de l'agriculture, ainsi que du registre des fermes."),
                context=("Le Recensement de l'agriculture a lieu tous les cinq ans, en même temps que le "
                         "Recensement de la population. Le cycle de 2011 introduit la réponse par Internet."),
                duties=["Planifie le Recensement de l'agriculture de 2011.",
                        "Dirige le suivi de la collecte, le traitement, la vérification et l'imputation.",
                        "Veille à la qualité et à la diffusion des données du recensement.",
                        "Tient à jour le registre des fermes et les bases de sondage agricoles."]),
    ),
    Position(
        key="phac", lang="en", org="Public Health Agency of Canada", branch="National Microbiology Laboratory Branch",
        title="Executive Director, Laboratory Biosafety and Containment Operations", cls="EX-02", job_code="104471",
        number="HP-60233", date="2021-03-29",
        sup=("HP-60200", "Director General, Science Operations", "EX-03"),
        reports=[R("Director, Containment Level 4 Operations", "EX-01", 26),
                 R("Manager, Biosafety Office", "BI-05", 8),
                 R("Manager, Facility Engineering", "EN-ENG-05", 19),
                 R("Manager, Biosecurity and Access Control", "PM-06", 11)],
        dims=dict(fte=71, salary=7_020_000, o_and_m=5_450_000),
        location="Winnipeg, Manitoba", people=["Solveig Mbeki-Tremblay", "Grant Oduya"],
        purpose=("The Executive Director is accountable for the safe and secure operation of the National "
                 "Microbiology Laboratory's containment facilities, including Canada's only containment level "
                 "4 laboratory, and for the biosafety and biosecurity programs that govern them."),
        context=("The Laboratory works with the most dangerous human and animal pathogens, and any lapse in "
                 "containment or security would have national consequences. Demands on the facility rose "
                 "sharply with the COVID-19 pandemic while aging infrastructure required major recapitalization."),
        duties=["Directs containment level 3 and 4 operations and their certification.",
                "Leads the biosafety and biosecurity programs, including access control and personnel "
                "reliability.",
                "Oversees facility engineering, maintenance and recapitalization projects.",
                "Advises the Director General and the Agency's executives on containment risks.",
                "Manages the resources of the directorate."],
        decoy="Facility recertification completed 2020-11-30; capital project NML-19-07 ($84M over 6 years).",
    ),
    Position(
        key="hc", lang="fr", org="Santé Canada", branch="Direction générale de la santé environnementale et de la sécurité des consommateurs",
        title="Directeur, Bureau de la radioprotection", cls="EX-01", job_code="HC-EX-1071",
        number="247153", date="2008-02-11",
        sup=("247100", "Directeur général, Programme de la sécurité des milieux", "EX-03"),
        reports=[R("Chef, Division de la surveillance et de la dosimétrie", "PC-05", 18),
                 R("Chef, Division des rayonnements non ionisants", "PC-04", 9),
                 R("Chef, Division de la préparation aux urgences nucléaires", "PC-05", 12)],
        dims=dict(fte=46, salary=3_690_000, o_and_m=1_250_000),
        location="Ottawa (Ontario)", people=["Dominique Hétu-Sandford"],
        decoy="Dernière révision du protocole du Fichier dosimétrique national : avril 2007.",
        purpose=("Le directeur est responsable des programmes de Santé Canada visant à protéger la population "
                 "contre les risques des rayonnements ionisants et non ionisants, y compris la surveillance "
                 "de la radioactivité dans l'environnement et la préparation aux urgences nucléaires."),
        context=("Le Bureau gère le Fichier dosimétrique national, exploite des réseaux de surveillance et "
                 "coordonne le volet fédéral du Plan fédéral en cas d'urgence nucléaire. Les questions sur le "
                 "radon, les téléphones cellulaires et les appareils à rayonnement suscitent une attention "
                 "publique soutenue."),
        duties=["Dirige les programmes de surveillance et de dosimétrie et en garantit la qualité.",
                "Coordonne la préparation fédérale aux urgences nucléaires et radiologiques.",
                "Élabore les lignes directrices et les avis scientifiques sur les rayonnements.",
                "Représente le Ministère auprès des organismes internationaux compétents.",
                "Gère les ressources humaines et financières du Bureau."],
    ),
    Position(
        key="cfia", lang="fr", org="Agence canadienne d'inspection des aliments", branch="Direction générale des sciences",
        title="Directeur exécutif, Laboratoire de Saint-Hyacinthe", cls="EX-02", job_code="ACIA-EX-2231",
        number="CFIA-84210", date="2015-11-23",
        sup=("CFIA-84200", "Directeur général, Laboratoires d'analyse des aliments", "EX-03"),
        reports=[R("Chef, Chimie des aliments", "SE-RES-03", 22),
                 R("Chef, Microbiologie alimentaire", "SE-RES-03", 19),
                 R("Gestionnaire, Qualité et accréditation", "CH-03", 4),
                 R("Gestionnaire, Services au laboratoire", "AS-05", 8)],
        dims=dict(fte=61, salary=5_180_000, o_and_m=2_030_000),
        location="Saint-Hyacinthe (Québec)", people=["Josée Lanthier-Okafor"],
        purpose=("Le directeur exécutif est responsable des analyses chimiques et microbiologiques effectuées "
                 "au laboratoire de Saint-Hyacinthe à l'appui des programmes d'inspection de l'Agence, et de "
                 "la validité scientifique des résultats sur lesquels reposent les mesures de conformité."),
        context=("Les résultats du laboratoire servent aux rappels d'aliments, aux poursuites et à la "
                 "certification des exportations. Le laboratoire doit répondre aux urgences alimentaires "
                 "en tout temps tout en maintenant son accréditation."),
        duties=["Dirige les programmes d'analyse et établit les priorités avec les programmes d'inspection.",
                "Garantit l'accréditation du laboratoire et la validité des méthodes.",
                "Organise la capacité d'intervention du laboratoire lors des urgences alimentaires.",
                "Collabore avec les autres laboratoires du réseau et les partenaires provinciaux.",
                "Gère les ressources humaines, financières et matérielles du laboratoire."],
        decoy="Accréditation CCN no 1042 renouvelée le 9 juin 2014.",
    ),
    Position(
        key="banff", lang="en", org="Parks Canada", branch="Operations Directorate - Mountain Parks",
        title="Superintendent, Bow Valley Field Unit", cls="EX-02", job_code="PCA-EX-0031",
        number="P0412", date="2017-08-28",
        sup=("P0400", "Director General, Western and Northern Canada", "EX-03"),
        reports=[R("Resource Conservation Manager", "PC-05", 24),
                 R("Visitor Experience Manager", "PM-06", 41),
                 R("Asset Manager", "EN-ENG-05", 36),
                 R("Townsite Manager", "PM-06", 9),
                 R("Manager, Indigenous Relations", "PM-05", 3)],
        dims=dict(fte=238, salary=17_600_000, o_and_m=6_900_000, revenue=48_000_000, capital=21_000_000),
        location="Banff, Alberta", people=["Rhiannon Blackwater", "Étienne Voss"],
        purpose=("The Superintendent is accountable for the protection, presentation and "
                 "management of Banff National Park, including its townsite lands, highway corridor and "
                 "national historic sites, and for relations with the Town of Banff and Treaty 7 Nations."),
        context=("Banff receives more than four million visitors a year in a park where wildlife corridors, "
                 "a transcontinental railway and the Trans-Canada Highway share narrow valleys. Decisions on "
                 "development, wildlife management and visitor use are contested by commercial operators, "
                 "environmental groups and residents, and regularly reach the courts and the media."),
        duties=["Leads the preparation and implementation of the park management plan.",
                "Makes land-use and development decisions within delegated authority under the Canada National "
                "Parks Act.",
                "Oversees wildlife management, fire management and public safety programs.",
                "Manages relationships with the Town of Banff, ski-area operators and Treaty 7 Nations.",
                "Manages the field unit's human, financial and capital resources, including revenues."],
        decoy="Park management plan tabled 2010; next review due 2020-06-30.",
    ),
    Position(
        key="mauricie", lang="fr", org="Parcs Canada", branch="Direction des opérations - Est du Canada",
        title="Directeur de l'unité de gestion de la Mauricie et de l'Ouest du Québec", cls="EX-01",
        job_code=None, number="P2207", date="2024-01-08",
        sup=("P2200", "Directeur général, Est du Canada", "EX-03"),
        reports=[R("Gestionnaire, Conservation des ressources", "PC-04", 14),
                 R("Gestionnaire, Expérience du visiteur", "PM-05", 22),
                 R("Gestionnaire, Biens immobiliers", "EN-ENG-04", 17),
                 R("Gestionnaire, Relations avec les Autochtones", "PM-05", 2)],
        dims=dict(fte=92, salary=6_310_000, o_and_m=2_480_000, revenue=3_700_000),
        location="Shawinigan (Québec)", people=["Lysanne Boisvert-Amoako"],
        purpose=("Le directeur est responsable de la gestion du parc national de la Mauricie et des lieux "
                 "historiques nationaux de l'Ouest du Québec, de leur protection, de leur mise en valeur et "
                 "des relations avec les communautés atikamekw et les partenaires régionaux."),
        context=("Le parc accueille des centaines de milliers de visiteurs par année à proximité de grands "
                 "centres urbains. Les infrastructures vieillissantes, les changements climatiques et la mise "
                 "en œuvre d'ententes de collaboration avec les Atikamekw orientent les priorités."),
        duties=["Dirige la mise en œuvre du plan directeur du parc et des lieux historiques.",
                "Prend les décisions d'aménagement et d'utilisation relevant de sa délégation.",
                "Assure la gestion des programmes de conservation et de sécurité publique.",
                "Entretient les relations avec les communautés atikamekw, les municipalités et les partenaires "
                "touristiques.",
                "Gère les ressources humaines, financières et les revenus de l'unité."],
    ),
    Position(
        key="sioux", lang="en", org="Indigenous Services Canada", branch="First Nations and Inuit Health Branch - Ontario Region",
        title="Executive Director, Sioux Lookout Zone Health Services", cls="EX-02", job_code="105530",
        number="ISC-77340", date="2022-06-20",
        sup=("ISC-77300", "Regional Executive, Ontario Region", "EX-04"),
        reports=[R("Director, Nursing and Community Health", "EX-01", 96, "ISC-77346"),
                 R("Director, Hospital Transfer and Partnerships", "EX-01", 14, "ISC-77351"),
                 R("Manager, Medical Transportation", "PM-06", 12, "ISC-77355"),
                 R("Manager, Zone Finance and Administration", "FI-03", 7, "ISC-77358")],
        dims=dict(fte=142, salary=16_200_000, o_and_m=22_400_000, gc=61_000_000, total=99_600_000),
        location="Sioux Lookout, Ontario", people=["Winona Keesick", "Allan P. Ferreira"],
        purpose=("The Executive Director is accountable for the delivery of primary health care, public "
                 "health and medical transportation services to the 33 First Nations of the Sioux Lookout "
                 "Zone, and for the transfer of health services to First Nations control."),
        context=("Most communities in the zone are fly-in only. Nursing stations are the only source of care "
                 "for many residents, staff turnover is high and emergencies, evacuations and outbreaks occur "
                 "regularly. Service transfer discussions with the Sioux Lookout First Nations Health "
                 "Authority shape every decision."),
        duties=["Ensures nursing stations are staffed and operate safely.",
                "Directs medical transportation and emergency evacuation arrangements.",
                "Negotiates and manages health transfer agreements with First Nations organizations.",
                "Works with the provincial health system and the zone hospital on continuity of care.",
                "Manages the zone's human, financial and material resources."],
    ),
    Position(
        key="isc_qc", lang="fr", org="Services aux Autochtones Canada", branch="Région du Québec",
        title="Directeur général régional, Services aux Premières Nations et aux Inuit du Québec", cls="EX-04", job_code="105862",
        number="ISC-71100", date="2021-10-04",
        sup=("ISC-70000", "Sous-ministre adjoint principal, Opérations régionales", "EX-05"),
        reports=[R("Directeur, Programmes et partenariats", "EX-01", 48),
                 R("Directrice, Services de santé (DGSPNI)", "EX-01", 63),
                 R("Directeur, Finances et services ministériels", "EX-01", 21),
                 R("Gestionnaire, Gestion des urgences", "PM-06", 6)],
        dims=dict(fte=146, salary=14_300_000, o_and_m=2_900_000, gc=1_240_000_000),
        location="Québec (Québec)", people=["Marie-Ève Bastien-Wapistan", "Jocelyn Prud'homme"],
        purpose=("Le directeur général régional est responsable de la prestation des programmes et services "
                 "du Ministère aux Premières Nations et aux Inuit du Québec, de la gestion des ententes de "
                 "financement et des relations avec les gouvernements autochtones et le gouvernement du Québec."),
        context=("La région compte une quarantaine de communautés des Premières Nations ainsi que le Nunavik. "
                 "Les écarts dans l'accès aux services, la mise en œuvre des ententes d'autonomie et les "
                 "situations d'urgence exigent une concertation constante avec de nombreux partenaires."),
        duties=["Élabore le plan régional et en assure l'exécution.",
                "Approuve les ententes de financement relevant de sa délégation.",
                "Dirige la gestion des urgences dans les communautés de la région.",
                "Représente le Ministère auprès des conseils de bande, des organisations régionales et du "
                "gouvernement du Québec.",
                "Gère les ressources humaines et financières de la région."],
    ),
    Position(
        key="drdc", lang="bi", org="Defence Research and Development Canada", branch="Science and Technology Operations",
        title="Centre Director General, DRDC Valcartier", cls="EX-03", job_code="DRDC-EX-0019",
        number="DND-210455", date="2018-12-03",
        sup=("DND-210400", "Assistant Deputy Minister (Science and Technology)", "EX-05"),
        reports=[R("Director, Research and Development (Valcartier)", "EX-01", 142),
                 R("Manager, Research Support Services", "AS-07", 37),
                 R("Chief Scientist (Valcartier)", "DS-07", 1)],
        dims=dict(fte=198, salary=21_400_000, o_and_m=9_800_000, capital=4_100_000),
        location="Québec, Quebec", people=["Hélène Dorval-Macintosh"],
        purpose=("The Director General leads the Valcartier Research Centre and is accountable for the "
                 "delivery of its science and technology program to the Canadian Armed Forces, the "
                 "Department of National Defence and security partners."),
        context=("The Centre conducts research in weapons effects, electro-optics and decision support, often "
                 "in classified settings and with allied laboratories. Client demands exceed capacity and "
                 "the Centre's infrastructure requires sustained investment."),
        duties=["Sets the Centre's science and technology priorities with defence clients.",
                "Ensures the scientific excellence and security of the Centre's work.",
                "Manages international collaborations and arrangements with allied laboratories.",
                "Oversees the Centre's infrastructure, safety and environmental programs."],
        fr=dict(title="Directeur général de centre, RDDC Valcartier",
                org="Recherche et développement pour la défense Canada",
                branch="Opérations scientifiques et technologiques",
                sup_title="Sous-ministre adjoint (Science et technologie)", location="Québec (Québec)",
                reports=["Directeur, Recherche et développement (Valcartier)",
                         "Gestionnaire, Services de soutien à la recherche", "Scientifique en chef (Valcartier)"],
                purpose=("Le directeur général dirige le Centre de recherches de Valcartier et répond de "
                         "l'exécution de son programme scientifique et technologique au profit des Forces "
                         "armées canadiennes, du ministère de la Défense nationale et des partenaires de la "
                         "sécurité."),
                context=("Le Centre mène des recherches sur les effets des armes, l'électro-optique et l'aide à "
                         "la décision, souvent dans un cadre classifié et avec des laboratoires alliés."),
                duties=["Établit les priorités scientifiques et technologiques du Centre avec les clients de "
                        "la défense.",
                        "Veille à l'excellence scientifique et à la sécurité des travaux du Centre.",
                        "Gère les collaborations internationales et les arrangements avec les laboratoires "
                        "alliés.",
                        "Supervise l'infrastructure, la sécurité et les programmes environnementaux du Centre."]),
    ),
    Position(
        key="dndciv", lang="en", org="National Defence", branch="Assistant Deputy Minister (Human Resources - Civilian)",
        title="Director, Civilian Human Resources Service Centre (Atlantic)", cls="EX-01", job_code="101877",
        number="211930", date="2005-05-16",
        sup=("211900", "Director General, Civilian Human Resources Operations", "EX-03"),
        reports=[R("Manager, Staffing and Classification", "PE-05", 17),
                 R("Manager, Labour Relations and Compensation Advisory", "PE-05", 12),
                 R("Manager, Client Services (Gagetown)", "PE-04", 6)],
        dims=dict(fte=41, operating=2_940_000),
        location="Halifax, Nova Scotia", people=["Clementine Arsenault", "Doug R. Pettipas"],
        purpose=("The Director manages the civilian human resources service centre that serves the Defence "
                 "Team's civilian employees and managers in the Atlantic provinces, from staffing and "
                 "classification to labour relations and compensation advice."),
        context=("Civilian employees of the Defence Team in the region work in dockyards, bases and offices, "
                 "under several collective agreements and with strong bargaining agents. Base closures, "
                 "fleet maintenance programs and alternative service delivery initiatives generate constant "
                 "workforce adjustment activity."),
        duties=["Directs the delivery of staffing, classification, labour relations and compensation "
                "advisory services to the region's civilian workforce.",
                "Advises base commanders and senior managers on workforce adjustment and labour relations "
                "strategy.",
                "Represents the Department in grievance hearings and consultations with bargaining agents.",
                "Monitors service standards and reports on HR performance indicators.",
                "Manages the service centre's staff and budget."],
        decoy="Workforce adjustment notice WFA-2004-017 issued 12 November 2004.",
    ),
    Position(
        key="ircc", lang="en", org="Immigration, Refugees and Citizenship Canada", branch="International Network",
        title="Area Director, International Network - Asia-Pacific", cls="EX-02", job_code="104602",
        number="IRCC-40871", date="2024-05-27",
        sup=("IRCC-40800", "Director General, International Network", "EX-03"),
        reports=[R("Migration Program Manager, Manila", "FS-03", 54),
                 R("Migration Program Manager, Singapore", "FS-03", 21),
                 R("Migration Program Manager, Beijing", "FS-03", 47),
                 R("Area Operations Advisor", "PM-05", 1)],
        dims=dict(fte=168, salary=11_900_000, o_and_m=3_300_000),
        location="Singapore", people=["Tobias Rennick-Oyelaran"],
        purpose=("The Area Director is accountable for the delivery of immigration, temporary resident and "
                 "refugee programs in IRCC's Asia-Pacific offices abroad, and for the integrity, productivity "
                 "and security of their operations."),
        context=("The area processes a large share of Canada's visitor, student and work permit applications. "
                 "Offices operate in different legal, security and labour environments, employ locally engaged "
                 "staff under local law and depend on host-country cooperation."),
        duties=["Directs program delivery in the area's offices and allocates workload across the network.",
                "Ensures program integrity, anti-fraud measures and security of staff and information.",
                "Represents IRCC with heads of mission and host-country authorities.",
                "Manages Canada-based and locally engaged staff through the migration program managers.",
                "Manages the area's budget and reports on performance."],
        decoy="Locally engaged staff are counted separately (about 310 LES).",
    ),
    Position(
        key="lac", lang="fr", org="Bibliothèque et Archives Canada", branch="Secteur de la préservation",
        title="Directeur, Centre de préservation de Gatineau", cls="EX-01", job_code="BAC-EX-0077",
        number="80931", date="2003-09-15",
        sup=("80900", "Directeur général, Préservation", "EX-03"),
        reports=[R("Chef, Conservation des documents", "PC-03", 16),
                 R("Chef, Gestion des collections et des voûtes", "AR-05", 14),
                 R("Chef, Laboratoires de copie", "EG-06", 10)],
        dims=dict(fte=44, salary=2_840_000, o_and_m=690_000),
        location="Gatineau (Québec)", people=["Armand Labrèche-Thorsen"],
        purpose=("Le directeur dirige le Centre de préservation de Gatineau et répond de la conservation, de "
                 "l'entreposage et de la reproduction des collections d'archives et de publications confiées "
                 "à Bibliothèque et Archives Canada."),
        context=("Le Centre abrite des voûtes à environnement contrôlé et des laboratoires spécialisés. La "
                 "fusion récente des Archives nationales et de la Bibliothèque nationale entraîne la révision "
                 "des processus et des priorités de préservation."),
        duties=["Établit les priorités de conservation et de reproduction des collections.",
                "Veille au contrôle environnemental et à la sécurité des voûtes.",
                "Dirige les laboratoires de conservation et de copie.",
                "Coordonne les plans d'urgence pour la protection des collections.",
                "Gère les ressources humaines et financières du Centre."],
    ),
    Position(
        key="vrab", lang="en", org="Veterans Review and Appeal Board", branch="Board Operations",
        title="Executive Director, Appeals Operations", cls="EX-02", job_code="VRAB-EX-02-03",
        number="VR-0521", date="2013-04-02",
        sup=("VR-0500", "Director General, Board Operations", "EX-03"),
        reports=[R("Manager, Hearing Services", "PM-05", 23),
                 R("Manager, Decision Services", "PM-05", 15),
                 R("Team Leader, Intake", "CR-05", 8)],
        dims=dict(fte=49, salary=3_370_000, o_and_m=720_000),
        location="Charlottetown, Prince Edward Island", people=["Gwendolyn Pike-Abara"],
        purpose=("The Executive Director is accountable for the operations that support the Board's review "
                 "and appeal hearings on disability benefits for veterans, from intake to the issuance of "
                 "decisions, and for the service standards applicants are promised."),
        context=("The Board is an independent tribunal. Applicants are often elderly or ill veterans, "
                 "represented by the Bureau of Pensions Advocates or service bureaux, and hearings are held "
                 "across the country. Timeliness and clear decisions are watched closely by veterans' "
                 "organizations and the Veterans Ombudsman."),
        duties=["Directs the scheduling of review and appeal hearings across Canada.",
                "Oversees the preparation and issuance of Board decisions.",
                "Sets service standards and reports on performance to the Director General.",
                "Leads improvements to case management and plain-language decisions.",
                "Manages the directorate's staff and budget."],
    ),
    Position(
        key="vac_adm", lang="en", org="Veterans Affairs Canada", branch="Office of the Deputy Minister",
        title="Associate Deputy Minister", cls="DM-01", job_code=None,
        number="VAC-000002", date="2019-09-09",
        sup=("VAC-000001", "Deputy Minister", "DM-03"),
        reports=[R("Assistant Deputy Minister, Service Delivery", "EX-05", 1_650),
                 R("Assistant Deputy Minister, Strategic Policy and Commemoration", "EX-05", 240),
                 R("Assistant Deputy Minister, Chief Financial Officer and Corporate Services", "EX-05", 520)],
        dims=dict(fte=2_410, o_and_m=380_000_000, gc=4_800_000_000),
        location="Charlottetown, Prince Edward Island", people=["Evangeline Marchbank"],
        purpose=("The Associate Deputy Minister shares with the Deputy Minister the leadership of the "
                 "Department, leads the delivery of benefits and services to veterans and their families, "
                 "and acts as Deputy Minister in the Deputy Minister's absence."),
        context=("The Department serves more than 200,000 clients and administers benefits worth several "
                 "billion dollars a year. Wait times for disability benefit decisions, the modernization of "
                 "service delivery and commemoration events draw sustained attention from Parliament and "
                 "veterans' organizations."),
        duties=["Leads the Department's service delivery transformation and wait-time reduction plan.",
                "Chairs the Department's operations committee and oversees integrated risk management.",
                "Represents the Department at deputy-level committees and before parliamentary committees.",
                "Ensures sound stewardship of the Department's resources and results reporting."],
    ),
    Position(
        key="tsb", lang="fr", org="Bureau de la sécurité des transports du Canada", branch="Direction des enquêtes",
        title="Directeur des enquêtes (Marine)", cls="EX-02", job_code="BST-EX-0204",
        number="TSB-3110", date="2006-06-19",
        sup=("TSB-3000", "Directeur exécutif des opérations", "EX-04"),
        reports=[R("Gestionnaire, Enquêtes régionales (Atlantique)", "TI-07", 9),
                 R("Gestionnaire, Enquêtes régionales (Centre et Pacifique)", "TI-07", 8),
                 R("Gestionnaire, Analyse et normes des enquêtes", "TI-07", 5)],
        dims=dict(fte=27, salary=2_480_000, o_and_m=760_000),
        location="Gatineau (Québec)", people=["Yannick Thériault-Osborne"],
        purpose=("Le directeur dirige les enquêtes du Bureau sur les événements maritimes, de la décision "
                 "d'enquêter à la publication du rapport, et répond de la qualité et de l'indépendance des "
                 "constatations et des recommandations de sécurité."),
        context=("Les enquêtes portent sur des naufrages de bateaux de pêche, des accidents de traversiers et "
                 "des incidents de navires commerciaux. Elles se déroulent souvent dans des conditions "
                 "difficiles et sont suivies de près par les familles, l'industrie et les médias."),
        duties=["Décide, avec le directeur exécutif, du déploiement des équipes d'enquête.",
                "Dirige les enquêtes et approuve les ébauches de rapports soumises au Bureau.",
                "Veille à l'application des normes et des méthodes d'enquête.",
                "Représente le Bureau auprès de l'industrie maritime et des organismes internationaux.",
                "Gère les ressources humaines et financières de la direction."],
    ),
    Position(
        key="nrcan", lang="fr", org="Ressources naturelles Canada", branch="Service canadien des forêts",
        title="Directrice générale, Centre de foresterie des Laurentides", cls="EX-03", job_code="RNCAN-EX-0350",
        number="NRC-F-4410", date="2012-04-02",
        sup=("NRC-F-4000", "Sous-ministre adjoint, Service canadien des forêts", "EX-05"),
        reports=[R("Directeur, Recherche forestière", "EX-01", 71),
                 R("Gestionnaire, Services scientifiques et techniques", "EG-07", 28),
                 R("Gestionnaire, Services intégrés", "AS-06", 15)],
        dims=dict(fte=122, salary=10_900_000, o_and_m=3_100_000, gc=2_000_000),
        location="Québec (Québec)", people=["Geneviève Thibodeau-Lindqvist"],
        purpose=("La directrice générale dirige le Centre de foresterie des Laurentides et répond de son "
                 "programme de recherche sur les écosystèmes forestiers, les ravageurs et la bioéconomie, "
                 "ainsi que de ses liens avec le gouvernement du Québec et l'industrie."),
        context=("Le Centre est l'un des cinq centres de recherche du Service canadien des forêts. Les "
                 "épidémies de tordeuse des bourgeons de l'épinette et la transformation de l'industrie "
                 "forestière orientent ses priorités."),
        duties=["Établit le programme scientifique du Centre en lien avec les priorités nationales.",
                "Développe les partenariats avec les universités, le Québec et l'industrie.",
                "Veille à la qualité scientifique et au transfert des connaissances.",
                "Représente le Service canadien des forêts au Québec.",
                "Gère les ressources du Centre et ses installations."],
    ),
    Position(
        key="aafc", lang="en", org="Agriculture and Agri-Food Canada", branch="Science and Technology Branch",
        title="Director, Research, Development and Technology Transfer - Lethbridge", cls="EX-01",
        job_code="AAFC-EX-1185", number="AG-55821", date="2010-12-06",
        sup=("AG-55800", "Director General, Prairie Research Centres", "EX-03"),
        reports=[R("Research Manager, Crop and Soil Science", "SE-RES-04", 38),
                 R("Research Manager, Livestock and Feed", "SE-RES-04", 31),
                 R("Manager, Farm and Facility Operations", "GL-MAN-12", 44),
                 R("Manager, Business Office", "AS-05", 9)],
        dims=dict(fte=178, salary=13_800_000, o_and_m=2_700_000),
        location="Lethbridge, Alberta", people=["Cedric Oyelowo-Janzen"],
        purpose=("The Director leads the Lethbridge Research Centre and is accountable for its research, "
                 "development and technology transfer program in dryland and irrigated agriculture, beef "
                 "production and sustainable land use."),
        context=("The Centre is one of the Department's largest, with laboratories, a research farm and "
                 "feedlot facilities. Its scientists collaborate with producers' associations, universities "
                 "and industry, and their work supports departmental policy on climate and land use."),
        duties=["Sets the Centre's research priorities within the Branch's national science strategies.",
                "Directs the management of research projects, facilities and the research farm.",
                "Develops partnerships and collaborative agreements with industry and universities.",
                "Ensures scientific integrity, animal care and biosafety compliance.",
                "Manages the Centre's resources and reports on results."],
    ),
]

POSITIONS.append(Position(
    key="cirnac", lang="en", org="Crown-Indigenous Relations and Northern Affairs Canada",
    branch="Northern Affairs Organization",
    title="Assistant Deputy Minister, Northern Governance and Arctic Programs", cls="EX-05", job_code="104009",
    number="50012483", date="2020-02-24",
    sup=("50010001", "Deputy Minister", "DM-03"),
    reports=[R("Director General, Northern Governance and Devolution", "EX-03", 64, "50012490"),
             R("Director General, Northern Environmental Stewardship", "EX-03", 71, "50012507"),
             R("Director General, Arctic Policy and Circumpolar Affairs", "EX-03", 38, "50012511"),
             R("Executive Director, Nutrition North Canada", "EX-02", 22, "50012520"),
             R("Chief of Staff", "EX-01", 6, "50012486")],
    dims=dict(fte=214, salary=23_800_000, o_and_m=41_200_000, gc=318_000_000, total=383_000_000),
    location="Gatineau, Quebec", people=["Annika Qilavvaq-Rousseau", "Bartholomew Neuwirth"],
    purpose=("The Assistant Deputy Minister leads the Department's northern governance, environmental "
             "stewardship and Arctic programs, advises the Deputy Minister and the Minister on the federal role "
             "in the territories, and represents Canada in intergovernmental and circumpolar forums."),
    context=("The federal government retains responsibilities in the North that provinces hold in the south, "
             "including the management of contaminated sites, and negotiates the devolution of lands and "
             "resources to territorial governments. Northern food security, the Arctic and Northern Policy "
             "Framework and the remediation of abandoned mines such as Giant Mine carry large financial "
             "liabilities and intense public scrutiny."),
    duties=["Directs the negotiation and implementation of devolution agreements with territorial governments.",
            "Oversees the Northern Contaminated Sites Program and the remediation of major abandoned mines.",
            "Leads the co-development and implementation of the Arctic and Northern Policy Framework with "
            "Indigenous, territorial and provincial partners.",
            "Manages Nutrition North Canada and other northern transfer programs.",
            "Represents Canada at the Arctic Council and in bilateral circumpolar relations.",
            "Manages the Sector's human and financial resources as a member of the departmental executive "
            "committee."],
    peers="The Assistant Deputy Minister is a member of the Department's executive committee, with the other "
          "assistant deputy ministers (positions 50011002, 50011150 and 50011377).",
    decoy="Giant Mine Remediation Project: estimated cost $1.08 billion (2018 estimate); approved 2019-07-11.",
))

BY_KEY = {p.key: p for p in POSITIONS}
