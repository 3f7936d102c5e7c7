"""The invented positions of the eighth blind corpus: what each work description states.

Written for this corpus alone, from the seed documents' structure and the Treasury Board's public
material on EX work descriptions; every position, number and name is invented. Each entry is one
document: its position's facts (the ground truth), the words that are its own (accountability,
nature and scope, specific accountabilities, direct reports) and how the document is dressed
(family, format, language, the way it writes dates, amounts and classifications)."""
from __future__ import annotations

import datetime as dt

D = dt.date


def R(title, cls=None, fte=None, what=""):
    """One direct report: its title, classification and FTEs as the document states them."""
    return {"title": title, "classification": cls, "fte": fte, "what": what}


# Department context paragraphs: one department's habit of opening Nature and Scope.
DEPTS = {
    "DND": ("National Defence", "Défense nationale",
            "The Department of National Defence and the Canadian Armed Forces together form the largest federal "
            "organization, with a real property portfolio of more than 20,000 buildings and 2.2 million hectares of "
            "land. The Assistant Deputy Minister (Infrastructure and Environment) is the functional authority for "
            "real property, environment and infrastructure, and delivers those services to bases and wings through "
            "a national organization and six regional service units.",
            "Le ministère de la Défense nationale et les Forces armées canadiennes forment ensemble la plus grande "
            "organisation fédérale. Le Sous-ministre adjoint (Infrastructure et environnement) est l'autorité "
            "fonctionnelle en matière de biens immobiliers et d'environnement; il offre ses services aux bases et "
            "escadres par une organisation nationale et des unités régionales de services."),
    "PCA": ("Parks Canada Agency", "Agence Parcs Canada",
            "Parks Canada protects and presents nationally significant examples of Canada's natural and cultural "
            "heritage and fosters public understanding, appreciation and enjoyment in ways that ensure their "
            "ecological and commemorative integrity for present and future generations. The Agency delivers its "
            "mandate through field units, each a cluster of national parks, national historic sites and marine "
            "conservation areas managed as one operational and financial entity.",
            "Parcs Canada protège et met en valeur des exemples représentatifs du patrimoine naturel et culturel du "
            "Canada et en favorise chez le public la connaissance, l'appréciation et la jouissance, de manière à en "
            "assurer l'intégrité écologique et commémorative pour les générations d'aujourd'hui et de demain. "
            "L'Agence réalise son mandat par l'entremise d'unités de gestion qui regroupent parcs nationaux, lieux "
            "historiques nationaux et aires marines nationales de conservation."),
    "STC": ("Statistics Canada", "Statistique Canada",
            "Statistics Canada is mandated under the Statistics Act to collect, compile, analyse and publish "
            "statistical information on the economic, social and general conditions of the country and its people. "
            "Its programs rest on public trust: respondents provide information on the understanding that it will be "
            "kept confidential and used for statistical purposes only.",
            "En vertu de la Loi sur la statistique, Statistique Canada recueille, compile, analyse et publie des "
            "renseignements statistiques sur la situation économique, sociale et générale du pays et de sa "
            "population. Ses programmes reposent sur la confiance du public : les répondants fournissent des "
            "renseignements qui demeurent confidentiels et ne servent qu'à des fins statistiques."),
    "HC": ("Health Canada", "Santé Canada",
           "Health Canada helps Canadians maintain and improve their health. As a regulator, the Department "
           "administers more than forty statutes and their regulations, from food and drugs to consumer products, "
           "pest control products and controlled substances, and it must balance timely access to products with "
           "the protection of health and safety in an environment of intense public, media and parliamentary "
           "scrutiny.",
           "Santé Canada aide les Canadiens et les Canadiennes à maintenir et à améliorer leur santé. À titre "
           "d'organisme de réglementation, le Ministère applique plus de quarante lois et leurs règlements, des "
           "aliments et drogues aux produits de consommation, et doit concilier l'accès rapide aux produits et la "
           "protection de la santé et de la sécurité sous l'œil attentif du public, des médias et du Parlement."),
    "CAS": ("Courts Administration Service", "Service administratif des tribunaux judiciaires",
            "The Courts Administration Service provides registry, judicial and corporate services to four superior "
            "courts of record: the Federal Court of Appeal, the Federal Court, the Court Martial Appeal Court of "
            "Canada and the Tax Court of Canada. Its legislation preserves the independence of the judiciary while "
            "making the courts' administration more accountable; registry offices operate in every province and "
            "territory.",
            "Le Service administratif des tribunaux judiciaires fournit des services de greffe, des services "
            "judiciaires et des services ministériels à quatre cours supérieures d'archives : la Cour d'appel "
            "fédérale, la Cour fédérale, la Cour d'appel de la cour martiale du Canada et la Cour canadienne de "
            "l'impôt. Sa loi constitutive protège l'indépendance judiciaire tout en renforçant la responsabilisation "
            "de l'administration des cours."),
    "ISC": ("Indigenous Services Canada", "Services aux Autochtones Canada",
            "Indigenous Services Canada works collaboratively with partners to improve access to high quality "
            "services for First Nations, Inuit and Métis. Its vision is to support and empower Indigenous peoples to "
            "independently deliver services and address the socio-economic conditions in their communities, and it "
            "delivers most programs through regional offices close to the communities it serves.",
            "Services aux Autochtones Canada collabore avec ses partenaires pour améliorer l'accès des Premières "
            "Nations, des Inuits et des Métis à des services de grande qualité. Sa vision est d'appuyer les peuples "
            "autochtones et de leur donner les moyens d'offrir eux-mêmes les services et d'améliorer les conditions "
            "socio-économiques de leurs collectivités."),
    "CSC": ("Correctional Service of Canada", "Service correctionnel du Canada",
            "The Correctional Service of Canada, as part of the criminal justice system and respecting the rule of "
            "law, contributes to public safety by actively encouraging and assisting offenders to become law-abiding "
            "citizens, while exercising reasonable, safe, secure and humane control. The Service manages "
            "institutions of various security levels and supervises offenders under conditional release in the "
            "community.",
            "Le Service correctionnel du Canada, en tant que composante du système de justice pénale et dans la "
            "reconnaissance de la primauté du droit, contribue à la sécurité publique en incitant activement et en "
            "aidant les délinquants à devenir des citoyens respectueux des lois, tout en exerçant sur eux un "
            "contrôle raisonnable, sûr, sécuritaire et humain."),
    "TC": ("Transport Canada", "Transports Canada",
           "Transport Canada is responsible for transportation policies and programs. It promotes safe, secure, "
           "efficient and environmentally responsible transportation, and it regulates the safety of the rail, "
           "marine, aviation and road modes through inspection, oversight and enforcement carried out largely "
           "by its five regions.",
           "Transports Canada est responsable des politiques et des programmes de transport. Il fait la promotion "
           "d'un réseau de transport sûr, efficace et respectueux de l'environnement, et réglemente la sécurité "
           "des modes ferroviaire, maritime, aérien et routier par l'inspection, la surveillance et "
           "l'application de la loi, en grande partie par ses cinq régions."),
    "ECCC": ("Environment and Climate Change Canada", "Environnement et Changement climatique Canada",
             "Environment and Climate Change Canada is the lead federal department for a wide range of environmental "
             "issues. Through its Meteorological Service, it provides Canadians with round-the-clock weather "
             "forecasts and warnings, and through its Enforcement Branch it ensures compliance with the Canadian "
             "Environmental Protection Act, 1999, the Fisheries Act's pollution provisions and wildlife statutes.",
             "Environnement et Changement climatique Canada est le ministère fédéral responsable d'un large éventail "
             "de questions environnementales. Sa Direction générale de l'application de la loi veille au respect de "
             "la Loi canadienne sur la protection de l'environnement (1999), des dispositions de la Loi sur les "
             "pêches relatives à la pollution et des lois sur les espèces sauvages."),
    "PHAC": ("Public Health Agency of Canada", "Agence de la santé publique du Canada",
             "The Public Health Agency of Canada promotes and protects the health of Canadians through leadership, "
             "partnership, innovation and action in public health. It prepares for and responds to public health "
             "emergencies and works with provinces, territories and international partners on infectious and "
             "chronic disease prevention and control.",
             "L'Agence de la santé publique du Canada a pour mission de promouvoir et de protéger la santé des "
             "Canadiens grâce au leadership, aux partenariats, à l'innovation et aux interventions en matière de "
             "santé publique."),
    "LAC": ("Library and Archives Canada", "Bibliothèque et Archives Canada",
            "Library and Archives Canada acquires, preserves and makes accessible the documentary heritage of "
            "Canada, and serves as the continuing memory of the Government of Canada. Its collection spans "
            "published and archival holdings in every format, from parchment to born-digital records, kept in "
            "purpose-built facilities in Gatineau and Ottawa.",
            "Bibliothèque et Archives Canada acquiert, préserve et rend accessible le patrimoine documentaire du "
            "Canada, et sert de mémoire permanente au gouvernement du Canada."),
    "DFO": ("Fisheries and Oceans Canada", "Pêches et Océans Canada",
            "Fisheries and Oceans Canada manages Canada's fisheries and safeguards its waters. In Newfoundland and "
            "Labrador the commercial fishery is the economic backbone of hundreds of coastal communities, and "
            "decisions on access, allocation and conservation are followed closely by harvesters, processors, "
            "Indigenous organizations, the province and Members of Parliament.",
            "Pêches et Océans Canada gère les pêches du Canada et protège ses eaux."),
    "VAC": ("Veterans Affairs Canada", "Anciens Combattants Canada",
            "Veterans Affairs Canada supports the well-being of Veterans and their families and promotes "
            "recognition and remembrance of the achievements and sacrifices of those who served Canada. The "
            "Department's head office in Charlottetown is the only federal department headquartered outside the "
            "National Capital Region.",
            "Anciens Combattants Canada soutient le bien-être des vétérans et de leur famille."),
    "PSPC": ("Public Services and Procurement Canada", "Services publics et Approvisionnement Canada",
             "Public Services and Procurement Canada is the government's common service provider: its purchaser, "
             "treasurer, accountant, real property manager, linguistic authority and pay administrator. The Pay "
             "Centre in Miramichi administers pay and benefits for employees of departments and agencies served by "
             "the centralized pay model.",
             "Services publics et Approvisionnement Canada est le fournisseur de services communs du gouvernement. "
             "Le Bureau de la traduction, organisme de service spécial au sein du Ministère, est l'autorité "
             "linguistique du gouvernement fédéral et fournit les services de traduction, d'interprétation et de "
             "terminologie au Parlement, aux tribunaux et aux ministères."),
    "NRCan": ("Natural Resources Canada", "Ressources naturelles Canada",
              "Natural Resources Canada works to improve the quality of life of Canadians by ensuring the country's "
              "abundant natural resources are developed sustainably. Its Canadian Forest Service conducts forest "
              "science through five research centres and delivers national programs on forest pests, wildland fire "
              "and the forest sector's transformation.",
              "Ressources naturelles Canada veille au développement durable des ressources naturelles du pays."),
    "CFIA": ("Canadian Food Inspection Agency", "Agence canadienne d'inspection des aliments",
             "The Canadian Food Inspection Agency safeguards food, animals and plants, which enhances the health and "
             "well-being of Canada's people, environment and economy. Its inspectors are present in federally "
             "registered establishments across the country and its certification underpins billions of dollars of "
             "agri-food exports each year.",
             "L'Agence canadienne d'inspection des aliments protège les aliments, les animaux et les végétaux."),
    "CIRNAC": ("Crown-Indigenous Relations and Northern Affairs Canada", "Relations Couronne-Autochtones et Affaires du Nord Canada",
               "Crown-Indigenous Relations and Northern Affairs Canada continues the renewal of the nation-to-nation, "
               "Inuit-Crown and government-to-government relationship between Canada and First Nations, Inuit and "
               "Métis. Specific claims deal with past wrongs against First Nations concerning the administration of "
               "land and other assets under the Indian Act or the fulfilment of treaties.",
               "Relations Couronne-Autochtones et Affaires du Nord Canada poursuit le renouvellement de la relation "
               "de nation à nation avec les Premières Nations, les Inuits et les Métis."),
    "SSC": ("Shared Services Canada", "Services partagés Canada",
            "Shared Services Canada delivers email, data centre, network and end-user technology services to "
            "federal departments and agencies. Its enterprise data centres host thousands of mission-critical "
            "applications on which benefits payments, border operations and public safety depend.",
            "Services partagés Canada fournit aux ministères des services de courriel, de centres de données et de "
            "réseaux."),
    "AAFC": ("Agriculture and Agri-Food Canada", "Agriculture et Agroalimentaire Canada",
             "Agriculture and Agri-Food Canada supports the agriculture and agri-food sector through initiatives that "
             "promote innovation and competitiveness. Its Science and Technology Branch runs a national network of "
             "research and development centres, each with laboratories, greenhouses and experimental farms.",
             "Agriculture et Agroalimentaire Canada appuie le secteur agricole et agroalimentaire par des initiatives "
             "qui favorisent l'innovation et la compétitivité. La Direction générale des sciences et de la "
             "technologie exploite un réseau national de centres de recherche et de développement dotés de "
             "laboratoires, de serres et de fermes expérimentales."),
    "ISED": ("Innovation, Science and Economic Development Canada", "Innovation, Sciences et Développement économique Canada",
             "Innovation, Science and Economic Development Canada manages the radio-frequency spectrum as a public "
             "resource: it plans its use, issues licences and certificates, and enforces the Radiocommunication Act "
             "so that broadcasters, carriers, public safety agencies and millions of device users can operate "
             "without interference.",
             "Innovation, Sciences et Développement économique Canada gère le spectre des radiofréquences."),
    "CSA": ("Canadian Space Agency", "Agence spatiale canadienne",
            "The Canadian Space Agency promotes the peaceful use and development of space, advances the knowledge of "
            "space through science and ensures that space science and technology provide social and economic "
            "benefits for Canadians.",
            "L'Agence spatiale canadienne a pour mandat de promouvoir l'exploitation et l'usage pacifiques de "
            "l'espace, de faire progresser la connaissance de l'espace au moyen de la science et de faire en sorte "
            "que les Canadiens tirent profit des sciences et des technologies spatiales sur les plans social et "
            "économique. Elle exploite, depuis le Centre de contrôle des missions de Saint-Hubert, une flotte de "
            "satellites d'observation de la Terre."),
    "CED": ("Canada Economic Development for Quebec Regions", "Développement économique Canada pour les régions du Québec",
            "Canada Economic Development for Quebec Regions promotes the long-term economic development of the "
            "regions of Quebec.",
            "Développement économique Canada pour les régions du Québec (DEC) a pour mission de favoriser le "
            "développement économique à long terme des régions du Québec en accordant une attention particulière "
            "à celles à faible croissance économique ou qui manquent d'emplois productifs. DEC intervient par "
            "l'entremise de bureaux d'affaires répartis sur le territoire, au plus près des entreprises et des "
            "organismes de développement."),
    "PCH": ("Canadian Heritage", "Patrimoine canadien",
            "Canadian Heritage and its portfolio organizations play a vital role in the cultural, civic and "
            "economic life of Canadians.",
            "Patrimoine canadien et les organismes de son portefeuille jouent un rôle essentiel dans la vie "
            "culturelle, civique et économique des Canadiens. Le Ministère coordonne la mise en œuvre, par les "
            "institutions fédérales, de l'article 41 de la Loi sur les langues officielles et appuie les "
            "communautés de langue officielle en situation minoritaire ainsi que l'apprentissage des deux langues "
            "officielles."),
    "CTA": ("Canadian Transportation Agency", "Office des transports du Canada",
            "The Canadian Transportation Agency is an independent, quasi-judicial tribunal and economic regulator. "
            "It resolves disputes between travellers, shippers and transportation providers, protects the human "
            "right of persons with disabilities to an accessible transportation network, and licenses air carriers.",
            "L'Office des transports du Canada est un tribunal quasi judiciaire et un organisme de réglementation "
            "économique indépendant. Il règle les différends entre voyageurs, expéditeurs et fournisseurs de "
            "services de transport, protège le droit des personnes handicapées à un réseau de transport accessible "
            "et délivre les licences des transporteurs aériens."),
    "PBC": ("Parole Board of Canada", "Commission des libérations conditionnelles du Canada",
            "The Parole Board of Canada is an independent administrative tribunal that makes conditional release "
            "decisions for offenders serving sentences of two years or more, and record suspension decisions. "
            "Board members are supported in each region by hearing officers, case review officers and "
            "communications staff.",
            "La Commission des libérations conditionnelles du Canada est un tribunal administratif indépendant qui "
            "rend des décisions sur la mise en liberté sous condition des délinquants purgeant une peine de deux "
            "ans ou plus, ainsi que sur les suspensions du casier."),
    "PS": ("Public Safety Canada", "Sécurité publique Canada",
           "Public Safety Canada coordinates the federal government's efforts to keep Canadians safe from a range "
           "of risks such as natural disasters, crime and terrorism, and leads on emergency management policy "
           "under the Emergency Management Act.",
           "Sécurité publique Canada coordonne les efforts du gouvernement fédéral pour protéger les Canadiens "
           "contre divers risques, dont les catastrophes naturelles, le crime et le terrorisme."),
    "CBSA": ("Canada Border Services Agency", "Agence des services frontaliers du Canada",
             "The Canada Border Services Agency facilitates the flow of legitimate travellers and trade while "
             "enforcing more than ninety acts and regulations at the border. The Pacific Region's land border "
             "crossings are among the busiest in the country, with commercial and traveller volumes that peak "
             "sharply in summer.",
             "L'Agence des services frontaliers du Canada facilite la circulation des voyageurs et des marchandises "
             "légitimes tout en appliquant plus de quatre-vingt-dix lois et règlements à la frontière."),
    "INAC": ("Indigenous and Northern Affairs Canada", "Affaires autochtones et du Nord Canada",
             "Indigenous and Northern Affairs Canada supports Aboriginal peoples (First Nations, Inuit and Métis) and "
             "Northerners in their efforts to improve social well-being and economic prosperity, develop healthier, more "
             "sustainable communities and participate more fully in Canada's political, social and economic development. "
             "Most of the Department's program spending flows through funding agreements with First Nations, "
             "administered by its regional offices.",
             "Affaires autochtones et du Nord Canada appuie les peuples autochtones et les résidents du Nord."),
    "GAC": ("Global Affairs Canada", "Affaires mondiales Canada",
            "Global Affairs Canada manages Canada's diplomatic and consular relations. Consular services are "
            "delivered around the clock through 178 points of service abroad and the Emergency Watch and Response "
            "Centre in Ottawa, often in crises that draw intense media and ministerial attention.",
            "Affaires mondiales Canada gère les relations diplomatiques et consulaires du Canada."),
}


# --- the positions, one document each -----------------------------------------------------------
# fmt: ocr | docx | pdf | txt | txt-cp1252 | md.  lang: en | fr | bilingual.  cls_style, date_style and
# money_style say how the document writes its values (make_blind.py renders them).

POSITIONS = [
    # ------------------------------------------------------------------ OCR, English
    dict(doc="DND_RPOps_Atlantic_EX01_signed.txt", family="tbs_box", fmt="ocr", ocr="run", lang="en", kind="ocr",
         dept="DND", branch="ADM(IE)", unit="Real Property Operations Group",
         title="Director, Real Property Operations Atlantic", cls="EX-01", cls_style="EX-0N",
         job_code="104882", pos="00034512", date=D(2021, 4, 1), date_style="d Month Y",
         sup=dict(pos="00034400", title="Director General, Real Property Operations", cls="EX-03"),
         loc="Halifax, Nova Scotia", loc_text="Halifax, N.S.",
         reports=[R("Manager, Maintenance and Operations Halifax", "EG-07", 188, "plans and executes maintenance, repair and minor construction for 14 Wing Greenwood and CFB Halifax"),
                  R("Manager, Real Property Planning", "EN-ENG-05", 14, "long-term portfolio planning, investment plans and site development"),
                  R("Manager, Environment and Heritage", "PC-04", 9, "contaminated sites, species at risk and federal heritage buildings"),
                  R("Business Manager", "FI-03", 6, "financial planning, contracting and reporting")],
         salary=16400000, om=21300000, total=37700000, money_style="M", fte=218,
         ga="The Director is accountable for the operation, maintenance, recapitalization planning and disposal of the Department's real property portfolio in Nova Scotia, New Brunswick, Prince Edward Island and Newfoundland and Labrador, ensuring that infrastructure is safe, compliant and ready to support military operations and training.",
         ns=["The Atlantic portfolio comprises more than 2,900 buildings, 1,100 kilometres of roads, jetties, airfields, ranges and utilities plants, many of them built in the 1940s and 1950s and now well past their design life. The Director must set maintenance priorities across competing demands from the Royal Canadian Navy, the Royal Canadian Air Force and the Army, while responding to weather events that regularly damage coastal infrastructure.",
             "The incumbent works within a matrix in which the Canadian Armed Forces bases remain the clients and the operators, while the Real Property Operations Group holds the funds, the workforce and the accountability for condition. Building trust with base commanders, who often expect the former base construction engineering model, is a continuing challenge."],
         sa=["Directs the delivery of maintenance, repair and minor construction programs across the Atlantic portfolio.",
             "Establishes multi-year investment and disposal plans and recommends priorities to the Director General.",
             "Ensures compliance with environmental, occupational health and safety and heritage obligations.",
             "Negotiates service level arrangements with base and wing commanders and resolves service disputes.",
             "Manages a unionized workforce of trades, engineers and technicians, including labour relations matters.",
             "Represents the Department with provincial and municipal authorities on utilities, zoning and emergency response."],
         people=dict(incumbent="Gerald Fitzpatrick", signer="Colonel (Ret'd) Anne-Marie Cormier", signer2="Lucas Theriault"),
         decoys=dict(decision="Classification decision EX-01 confirmed 2021-06-22, committee file 4500-EX-2021-117")),

    dict(doc="PCA Banff Field Unit Superintendent scan.txt", family="csr", fmt="ocr", ocr="pages", lang="en", kind="ocr",
         dept="PCA", branch="Operations Directorate", unit="Banff Field Unit",
         title="Field Unit Superintendent, Banff", cls="EX-01", cls_style="EX 0N",
         job_code="103977", pos="51220", date=D(2019, 6, 17), date_style="Month dth, Y",
         sup=dict(pos="50010", title="Executive Director, Mountain Parks", cls="EX-02"),
         loc="Banff, Alberta", loc_text="Banff, Alberta",
         reports=[R("Resource Conservation Manager", "EG-07", 42, ""), R("Visitor Experience Manager", "PM-05", 61, ""),
                  R("Asset Manager", "EN-ENG-04", 38, ""), R("Townsite and Realty Manager", "PM-06", 7, ""),
                  R("Field Unit Business Manager", "FI-02", 5, "")],
         salary=14800000, om=9600000, total=24400000, money_style="full", fte=160,
         ga="Leads Banff National Park, Canada's first national park, as a World Heritage Site that must maintain ecological integrity while welcoming more than four million visitors a year.",
         ns=["Banff lies at the centre of intense and often conflicting expectations: a town of eight thousand residents inside the park, a national highway and railway crossing wildlife corridors, ski areas operating under site guidelines, and Indigenous nations whose connection to the land predates the park. Decisions on development, wildlife management and visitor use are scrutinised nationally."],
         sa=["Protect and restore ecological integrity, including wildlife corridors, fire management and species at risk recovery.",
             "Deliver high-quality visitor experiences and public safety services in a park of 6,641 square kilometres.",
             "Administer land use, leases and development permits for the Banff townsite and outlying commercial accommodations.",
             "Build relationships with Treaty 7 nations and Indigenous partners on stewardship and presentation.",
             "Manage the field unit's assets, highways and townsite infrastructure and the related capital plan."],
         people=dict(incumbent="Marnie Oldham", signer="Victor Kwan"),
         decoys=dict(stamp="RECEIVED OCT 03 2019 HR CLASSIFICATION")),

    dict(doc="CSC_Warden_StonyMountain_2018.txt", family="numbered", fmt="ocr", ocr="run", lang="en", kind="ocr",
         dept="CSC", branch="Prairie Region", unit="Stony Mountain Institution",
         title="Warden, Stony Mountain Institution", cls="EX-01", cls_style="EX-N",
         job_code="102645", pos="16533", date=D(2018, 11, 19), date_style="yyyy/mm/dd",
         sup=dict(pos="16000", title="Regional Deputy Commissioner, Prairie Region", cls="EX-03"),
         loc="Stony Mountain, Manitoba", loc_text="Stony Mountain, Manitoba",
         reports=[R("Deputy Warden", "WP-06", 412, "security operations, case management and the Correctional Intervention Board"),
                  R("Assistant Warden, Management Services", "AS-06", 38, "finance, materiel, food services and facilities"),
                  R("Assistant Warden, Interventions", "WP-05", 51, "programs, education, employment and Elder services"),
                  R("Manager, Assessment and Interventions", "WP-05", 22, "")],
         salary=52300000, om=8900000, total=61200000, money_style="M", fte=523,
         ga="Accountable for the safe, secure and humane custody of offenders at a multi-level institution and for their safe reintegration, within the law and the Commissioner's Directives.",
         ns=["Stony Mountain houses more than six hundred offenders in medium and minimum security units; a majority are Indigenous and many are affiliated with gangs. Violence, contraband introduced by drones and visitors, and the mental health needs of the population make the environment volatile, and a single incident can bring the Correctional Investigator, the courts and the media to the Warden's door."],
         sa=["Directs institutional security, including emergency response, searching, intelligence and incident management.",
             "Ensures case management, release planning and risk assessments are timely and meet legislated deadlines.",
             "Implements Indigenous-specific interventions, Pathways units and partnerships with Elders and communities.",
             "Manages labour relations with two bargaining agents and the institution's occupational health and safety committee.",
             "Chairs the institutional management committee and accounts for the budget and performance agreements."],
         people=dict(incumbent="Darren Sawchuk", signer="Patricia Olubunmi"),
         decoys=dict(file="Ref: CSC-PR-EX-18-0331")),

    dict(doc="TC Rail Safety Ontario Director (2 col scan).txt", family="tbs_box", fmt="ocr", ocr="columns", lang="en", kind="ocr-columns",
         dept="TC", branch="Safety and Security", unit="Ontario Region",
         title="Director, Rail Safety, Ontario Region", cls="EX-01", cls_style="EX-0N",
         job_code="105103", pos="TC-004417", date=D(2022, 9, 12), date_style="d Month Y",
         sup=dict(pos="TC-004400", title="Regional Director General, Ontario", cls="EX-03"),
         loc="Toronto, Ontario", loc_text="Toronto, Ontario",
         reports=[R("Manager, Rail Safety Operations East", "TI-07", 21, ""), R("Manager, Rail Safety Operations West", "TI-07", 19, ""),
                  R("Manager, Dangerous Goods and Grade Crossings", "TI-07", 12, ""), R("Regional Technical Advisor", "TI-08", 1, "")],
         salary=6900000, om=1150000, total=8050000, money_style="M", fte=54,
         ga="Directs the regional rail safety oversight program, ensuring that federally regulated railways operating in Ontario comply with the Railway Safety Act and its regulations, rules and standards.",
         ns=["Ontario carries the country's densest rail traffic, including dangerous goods moving through urban corridors in the Greater Toronto Area. The Director decides on enforcement actions, notices and orders whose consequences for railway operations are immediate and costly, and does so in the knowledge that a serious accident would be examined by the Transportation Safety Board and by Parliament."],
         sa=["Plans and delivers risk-based inspections and audits of railway safety management systems.",
             "Issues notices, orders and administrative monetary penalty recommendations.",
             "Advises municipalities and road authorities on grade crossing safety and funding.",
             "Leads regional response to rail occurrences and coordinates with the Transportation Safety Board."],
         people=dict(incumbent="Helen Wojcik", signer="Rajinder Bhullar"), decoys={}),

    dict(doc="DFO RD Fisheries Management NL.txt", family="lettered", fmt="ocr", ocr="pages", lang="en", kind="ocr",
         dept="DFO", branch="Newfoundland and Labrador Region", unit="Fisheries Management Branch",
         title="Regional Director, Fisheries Management", cls="EX-02", cls_style="(EX-0N)",
         job_code="101988", pos="60045", date=D(2017, 1, 9), date_style="Month d, Y",
         sup=dict(pos="60001", title="Regional Director General, Newfoundland and Labrador", cls="EX-04"),
         loc="St. John's, Newfoundland and Labrador", loc_text="St. John's, NL",
         reports=[R("Director, Resource Management", "EX-01", 64, ""), R("Director, Conservation and Protection", "EX-01", 142, ""),
                  R("Manager, Licensing and Quota Management", "PM-06", 31, ""), R("Manager, Indigenous Fisheries", "PM-06", 9, "")],
         salary=21500000, om=7400000, total=28900000, money_style="full", fte=251,
         ga="Leads the management of commercial, recreational and Indigenous fisheries in Newfoundland and Labrador, including enforcement, licensing and allocation, so that stocks are conserved and the fishery is economically viable.",
         ns=["The region's fisheries are worth more than a billion dollars a year at the wharf. Cod, snow crab, shrimp and capelin decisions are taken in a climate of declining stocks, shifting ecosystems and strong political pressure, and are often challenged in the courts. The Regional Director represents the Department before harvester organizations, the provincial government and the Northwest Atlantic Fisheries Organization delegations."],
         sa=["Develops integrated fisheries management plans and recommends total allowable catches to the Minister.",
             "Directs conservation and protection officers in at-sea, aerial and dockside enforcement.",
             "Administers licensing policy, including owner-operator and fleet separation policies.",
             "Negotiates and implements fisheries agreements with Indigenous organizations.",
             "Manages issues with a high public and media profile and briefs the Minister's office."],
         people=dict(incumbent="Kevin Tobin", signer="Dr. Siobhan Power"), decoys={}),

    dict(doc="VAC Case Management Ops Director - classification package.txt", family="memo_cover", fmt="ocr", ocr="run", lang="en", kind="ocr",
         dept="VAC", branch="Service Delivery Branch", unit="Field Operations",
         title="Director, Case Management Operations", cls="EX-01", cls_style="EX-0N",
         job_code="104206", pos="VAC-20311", date=D(2020, 3, 30), date_style="dd-mm-yyyy",
         sup=dict(pos="VAC-20300", title="Director General, Field Operations", cls="EX-03"),
         loc="Charlottetown, Prince Edward Island", loc_text="Charlottetown, PEI",
         reports=[R("Area Director, Atlantic", "PM-06", 128, ""), R("Area Director, Quebec", "PM-06", 117, ""),
                  R("Area Director, Ontario", "PM-06", 146, ""), R("Area Director, West", "PM-06", 139, ""),
                  R("Manager, Case Management Quality", "PM-05", 11, "")],
         salary=49600000, om=3100000, total=52700000, money_style="M", fte=541,
         ga="Accountable for the national delivery of case management to Veterans with complex needs, through area offices across the country, ensuring consistent, timely and Veteran-centred service.",
         ns=["Case managers support Veterans who face barriers in their transition to civilian life: serious injuries, mental health conditions, housing instability. Caseloads have grown faster than staffing, and the Director must balance the Department's service standard of one case manager to twenty-five Veterans with recruitment constraints in small communities."],
         sa=["Sets national operational direction, standards and tools for case management.",
             "Monitors caseload ratios and deploys resources among areas.",
             "Resolves escalated and sensitive cases, including those raised by the Veterans Ombud and Members of Parliament.",
             "Works with Canadian Armed Forces transition centres on warm hand-offs of releasing members."],
         people=dict(incumbent="Margaret (Peggy) Doiron", signer="Thomas Gallant", signer2="Nadia Haddad"),
         decoys=dict(memo_date="2020-05-14", old_cls="PM-07", file="File 6300-20311")),

    dict(doc="CIRNAC Specific Claims Negotiations Director HRMS print.txt", family="hris", fmt="ocr", ocr="pages", lang="en", kind="ocr",
         dept="CIRNAC", branch="Treaties and Aboriginal Government", unit="Specific Claims Branch",
         title="Director, Specific Claims Negotiations, West", cls="EX-01", cls_style="EX 0N",
         job_code="106330", pos="00051874", date=D(2023, 2, 6), date_style="yyyy/mm/dd",
         sup=dict(pos="00051800", title="Director General, Specific Claims", cls="EX-03"),
         loc="Vancouver, British Columbia", loc_text="Vancouver, BC",
         reports=[R("Senior Negotiator", "PM-07", 1, ""), R("Senior Negotiator", "PM-07", 1, ""),
                  R("Manager, Negotiations Support", "PM-06", 8, ""), R("Manager, Claims Research and Analysis", "EC-07", 12, "")],
         salary=2950000, om=640000, total=3590000, money_style="K", fte=None,
         ga="Leads the negotiation of specific claims settlements with First Nations in British Columbia, Alberta and Saskatchewan, aiming at fair settlements that address historic grievances.",
         ns=["Each settlement may commit tens of millions of dollars and lands, and must be acceptable to the First Nation's membership in a ratification vote. The Director works with Justice counsel on the Crown's legal position, while the Specific Claims Tribunal offers First Nations an alternative route that sets the context for every negotiation."],
         sa=["Leads negotiation teams and secures mandates for settlement offers.",
             "Oversees research and loss-of-use analyses.",
             "Manages the regional negotiations budget and contribution funding to First Nations.",
             "Builds relationships with First Nations leadership and provincial officials."],
         people=dict(incumbent="Shauna Redcrow", signer="Bernard Lefebvre"),
         decoys=dict(run="2023/03/14")),

    dict(doc="NRCan CFS NoFC DG.txt", family="tbs_box", fmt="ocr", ocr="hyphen", lang="en", kind="ocr",
         dept="NRCan", branch="Canadian Forest Service", unit="Northern Forestry Centre",
         title="Director General, Northern Forestry Centre", cls="EX-02", cls_style="EX-0N",
         job_code="100766", pos="22491", date=D(2016, 10, 3), date_style="Month d, Y",
         sup=dict(pos="22400", title="Assistant Deputy Minister, Canadian Forest Service", cls="EX-05"),
         loc="Edmonton, Alberta", loc_text="Edmonton, Alberta",
         reports=[R("Director, Forest Ecosystem Science", "EX-01", 58, ""), R("Director, Wildland Fire Science", "SE-RES-04", 23, ""),
                  R("Manager, Corporate and Operational Services", "AS-06", 19, "")],
         salary=9800000, om=4200000, total=14000000, money_style="million", fte=100,
         ga="Leads one of the Canadian Forest Service's five research centres, directing science on boreal forest ecosystems, wildland fire and forest carbon in support of national programs.",
         ns=["Scientists at the Centre produce the national wildland fire danger and behaviour systems used by every fire agency in the country. The Director General must protect scientific integrity and long-term research while responding to urgent operational demands in fire season and to provincial partners who co-fund much of the work."],
         sa=["Sets research priorities and approves the science plan of the Centre.",
             "Represents the Service with the western provinces and territories.",
             "Manages laboratories, greenhouses and research forests.",
             "Ensures knowledge exchange with industry and Indigenous communities."],
         people=dict(incumbent="Dr. Philip Anand", signer="Caroline Bouchard-Hale"), decoys={}),

    dict(doc="PSPC Pay Centre Ops Director Miramichi.txt", family="profile", fmt="ocr", ocr="pages", lang="en", kind="ocr",
         dept="PSPC", branch="Pay Administration Branch", unit="Public Service Pay Centre",
         title="Director, Pay Operations", cls="EX-01", cls_style="EX-0N",
         job_code="105560", pos="P-0093156", date=D(2019, 8, 26), date_style="d Month Y",
         sup=dict(pos="P-0093100", title="Executive Director, Public Service Pay Centre", cls="EX-02"),
         loc="Miramichi, New Brunswick", loc_text="Miramichi (New Brunswick)",
         reports=[R("Manager, Compensation Pods 1 to 6", "AS-05", 212, ""), R("Manager, Compensation Pods 7 to 12", "AS-05", 198, ""),
                  R("Manager, Priority Cases", "AS-05", 74, ""), R("Manager, Quality Assurance", "AS-04", 16, "")],
         salary=38200000, om=2700000, total=40900000, money_style="M", fte=500,
         ga="Directs the processing of pay transactions for departments served by the Pay Centre, so that public servants are paid accurately and on time.",
         ns=["The Director manages through a period of sustained pressure: a backlog of transactions, a pay system that requires manual intervention, and employees and unions who expect visible improvement every month. Workforce growth in Miramichi and satellite offices must be absorbed while training compensation advisors who take two years to become fully productive."],
         sa=["Directs compensation pods and sets production targets.", "Prioritizes cases of financial hardship.",
             "Leads quality assurance and root-cause analysis of errors.", "Reports to Parliament committees through the Executive Director."],
         people=dict(incumbent="Jean-Guy Savoie", signer="Lorraine McGraw"), decoys={}),

    dict(doc="GAC Consular Case Management Director.txt", family="csr", fmt="ocr", ocr="run", lang="en", kind="ocr",
         dept="GAC", branch="Consular, Security and Emergency Management", unit="Consular Operations Bureau",
         title="Director, Consular Case Management", cls="EX-01", cls_style="EX-0N",
         job_code="107114", pos="GAC 14852", date=D(2024, 1, 15), date_style="Month d, Y",
         sup=dict(pos="GAC 14800", title="Director General, Consular Operations", cls="EX-03"),
         loc="Ottawa, Ontario", loc_text="Ottawa, Ontario",
         reports=[R("Deputy Director, Case Management Americas and Europe", "FS-04", 23, ""),
                  R("Deputy Director, Case Management Asia, Africa and Middle East", "FS-04", 27, ""),
                  R("Deputy Director, Complex Cases and Detentions", "FS-04", 14, "")],
         salary=6100000, om=950000, total=7050000, money_style="M", fte=64,
         ga="Directs the management of consular cases involving Canadians in distress abroad, including detentions, deaths, abductions and kidnappings.",
         ns=["Cases are often urgent and emotionally charged; some involve dual nationals detained arbitrarily, where the Director coordinates with diplomatic missions, security partners and families under intense media attention."],
         sa=["Provide direction on complex cases.", "Coordinate whole-of-government response to hostage takings.", "Brief senior management and the Minister's office."],
         people=dict(incumbent="Yasmin Qureshi", signer="Hugh Lanctot"), decoys={}),

    # ------------------------------------------------------------------ OCR, French
    dict(doc="PC_Mauricie_directeur_UG_numerise.txt", family="fr_box", fmt="ocr", ocr="run", lang="fr", kind="ocr",
         dept="PCA", branch="Direction générale des opérations", unit="Unité de gestion de la Mauricie et de l'Ouest du Québec",
         title="Directeur, Unité de gestion de la Mauricie et de l'Ouest du Québec", cls="EX-01", cls_style="EX-0N",
         job_code="103978", pos="51340", date=D(2018, 4, 1), date_style="le 1er Month Y",
         sup=dict(pos="50020", title="Directrice exécutive, Québec", cls="EX-02"),
         loc="Shawinigan, Quebec", loc_text="Shawinigan (Québec)",
         reports=[R("Gestionnaire, Conservation des ressources", "EG-06", 22, ""), R("Gestionnaire, Expérience du visiteur", "PM-05", 48, ""),
                  R("Gestionnaire, Biens immobiliers", "EN-ENG-04", 29, ""), R("Gestionnaire des activités", "FI-02", 6, "")],
         salary=8300000, om=4100000, total=12400000, money_style="fr_full", fte=105,
         ga="Le titulaire dirige l'unité de gestion, qui regroupe le parc national de la Mauricie et sept lieux historiques nationaux, afin d'en assurer l'intégrité écologique et commémorative et d'offrir aux visiteurs des expériences de qualité.",
         ns=["L'unité accueille plus de 400 000 visiteurs par année. Le directeur doit concilier la protection des lacs et des forêts avec la demande croissante pour le camping, le canot et les activités hivernales, tout en entretenant des relations étroites avec la communauté atikamekw de Wemotaci et les municipalités riveraines. Plusieurs lieux historiques exigent des travaux majeurs de stabilisation dont la planification s'échelonne sur plusieurs années."],
         sa=["Diriger l'élaboration et la mise en œuvre des plans directeurs du parc et des lieux historiques.",
             "Assurer la sécurité des visiteurs et la gestion des urgences.",
             "Gérer le programme d'immobilisations et l'entretien des actifs contemporains et patrimoniaux.",
             "Établir des partenariats avec les communautés autochtones et les acteurs régionaux du tourisme.",
             "Gérer les ressources humaines et financières de l'unité conformément aux politiques de l'Agence."],
         people=dict(incumbent="Sylvain Beaudoin", signer="Marie-Hélène Gagnon"),
         decoys=dict(stamp="REÇU LE 12 JUIN 2018 - RESSOURCES HUMAINES")),

    dict(doc="SAC_DGR_Quebec_2015_ocr.txt", family="fr_numbered", fmt="ocr", ocr="pages", lang="fr", kind="ocr",
         dept="ISC", branch="Opérations régionales", unit="Région du Québec",
         title="Directeur général régional, Région du Québec", cls="EX-03", cls_style="EX-0N",
         job_code="100412", pos="00031207", date=D(2015, 9, 14), date_style="d Month Y",
         sup=dict(pos="00031000", title="Sous-ministre adjoint principal, Opérations régionales", cls="EX-05"),
         loc="Québec, Quebec", loc_text="Québec (Québec)",
         reports=[R("Directeur, Programmes et partenariats", "EX-01", 58, ""), R("Directrice, Santé des Premières Nations", "EX-01", 96, ""),
                  R("Directeur, Services ministériels", "EX-01", 34, ""), R("Gestionnaire, Planification et coordination régionale", "PM-06", 7, "")],
         salary=None, om=None, total=None, money_style="fr_M", fte=195, op_budget=21600000, prog_budget=612000000,
         ga="Le titulaire est responsable de la prestation de l'ensemble des programmes et services du Ministère auprès des Premières Nations et des Inuits du Québec, et de la gestion des relations avec leurs dirigeants, la province et les autres ministères.",
         ns=["La région compte 41 communautés des Premières Nations et 14 villages inuits du Nunavik, réparties sur un territoire immense, dont plusieurs ne sont accessibles que par avion. Les enjeux de logement, d'eau potable, d'éducation et de santé y sont aigus, et les attentes des communautés envers l'autodétermination exigent que le titulaire transforme la façon dont le Ministère travaille, en transférant progressivement la prestation des services aux organisations autochtones."],
         sa=["Diriger la planification et la prestation régionales des programmes.", "Négocier et gérer les accords de financement avec les conseils de bande et les organisations autochtones.",
             "Intervenir en situation d'urgence (inondations, feux de forêt, crises sanitaires).", "Représenter le Ministère auprès du gouvernement du Québec."],
         people=dict(incumbent="Ghislain Picard-Rousseau", signer="Louise Tremblay-Ouellet"), decoys={}),

    dict(doc="ASC Directeur operations satellitaires.txt", family="fr_csr", fmt="ocr", ocr="run", lang="fr", kind="ocr",
         dept="CSA", branch="Direction de l'utilisation de l'espace", unit="Opérations des missions satellitaires",
         title="Directeur, Opérations des missions satellitaires", cls="EX-02", cls_style="EX 0N",
         job_code="102230", pos="ASC-1187", date=D(2020, 11, 2), date_style="d Month Y",
         sup=dict(pos="ASC-1100", title="Directeur général, Utilisation de l'espace", cls="EX-03"),
         loc="Saint-Hubert, Quebec", loc_text="Saint-Hubert (Québec)",
         reports=[R("Gestionnaire, Contrôle des missions", "EN-ENG-05", 31, ""), R("Gestionnaire, Ingénierie des systèmes au sol", "EN-ENG-05", 18, ""),
                  R("Gestionnaire, Planification des acquisitions", "CS-04", 12, "")],
         salary=7200000, om=18500000, total=25700000, money_style="fr_M", fte=61,
         ga="Assurer l'exploitation sûre et continue de la Mission de la Constellation RADARSAT et des autres satellites canadiens, afin que les ministères clients reçoivent les données dont ils dépendent pour la surveillance maritime, la gestion des catastrophes et la cartographie des glaces.",
         ns=["Le titulaire répond, 24 heures sur 24, d'actifs spatiaux d'une valeur de plus d'un milliard de dollars. Une anomalie en orbite exige des décisions rapides, prises avec des renseignements incomplets, et dont les conséquences peuvent être irréversibles."],
         sa=["Diriger le centre de contrôle des missions.", "Gérer les contrats d'exploitation avec l'industrie.",
             "Négocier les ententes de service avec les ministères utilisateurs.", "Planifier la fin de vie des satellites et le remplacement des systèmes au sol."],
         people=dict(incumbent="Annick Desrosiers", signer="Pierre-Luc Nadeau"), decoys={}),

    dict(doc="TC_DR_securite_maritime_QC_2col.txt", family="fr_lettered", fmt="ocr", ocr="columns", lang="fr", kind="ocr-columns",
         dept="TC", branch="Sécurité et sûreté", unit="Région du Québec",
         title="Directeur régional, Sécurité maritime, Région du Québec", cls="EX-01", cls_style="EX-0N",
         job_code="101740", pos="44128", date=D(2017, 5, 1), date_style="dd/mm/yyyy",
         sup=dict(pos="44000", title="Directrice générale régionale, Québec", cls="EX-03"),
         loc="Québec, Quebec", loc_text="Québec, QC",
         reports=[R("Gestionnaire, Inspection des navires", "TI-07", 34, ""), R("Gestionnaire, Personnel maritime et examens", "TI-06", 11, ""),
                  R("Gestionnaire, Sûreté maritime", "TI-07", 9, "")],
         salary=5400000, om=820000, total=6220000, money_style="fr_M", fte=54,
         ga="Diriger le programme régional de sécurité et de sûreté maritimes sur le fleuve Saint-Laurent, le Saguenay et dans l'Arctique de l'Est.",
         ns=["Le Saint-Laurent est une voie navigable exigeante : glaces, marées, courants et circulation de navires-citernes. Le directeur régional autorise la détention de navires étrangers dont l'immobilisation coûte des dizaines de milliers de dollars par jour."],
         sa=["Planifier et diriger les inspections.", "Délivrer les certificats et brevets.", "Représenter le Ministère auprès de l'industrie maritime."],
         people=dict(incumbent="Réjean Lapointe", signer="Chantal Bergeron"), decoys={}),

    dict(doc="ECCC_ALE_Quebec_directeur.txt", family="fr_box", fmt="ocr", ocr="pages", lang="fr", kind="ocr",
         dept="ECCC", branch="Direction générale de l'application de la loi", unit="Application de la loi en environnement, Région du Québec",
         title="Directeur régional, Application de la loi en environnement, Québec", cls="EX-01", cls_style="EX-0N",
         job_code="104090", pos="ECCC-77215", date=D(2021, 7, 19), date_style="d Month Y",
         sup=dict(pos="ECCC-77000", title="Directeur général, Application de la loi en environnement", cls="EX-02"),
         loc="Montréal, Quebec", loc_text="Montréal (Québec)",
         reports=[R("Gestionnaire, Inspections", "EG-07", 27, ""), R("Gestionnaire, Enquêtes", "EG-07", 12, ""), R("Gestionnaire, Renseignement et planification", "PM-05", 6, "")],
         salary=4650000, om=990000, total=5640000, money_style="fr_full", fte=45,
         ga="Le titulaire dirige la vérification de la conformité et les enquêtes relatives aux lois environnementales fédérales au Québec.",
         ns=["Les dossiers touchent des grandes entreprises industrielles, des municipalités et des ports; les enquêtes peuvent mener à des poursuites dont les amendes atteignent plusieurs millions de dollars. Le directeur doit préserver l'indépendance des décisions d'application de la loi face aux pressions."],
         sa=["Planifier le programme régional d'inspections.", "Autoriser les enquêtes et les recommandations de poursuite.", "Assurer la formation et la sécurité des agents."],
         people=dict(incumbent="Josée Villeneuve", signer="Martin Cloutier"), decoys={}),

    dict(doc="DEC BA Bas-Saint-Laurent directrice (scan).txt", family="fr_stacked", fmt="ocr", ocr="run", lang="fr", kind="ocr",
         dept="CED", branch="Opérations", unit="Bureau d'affaires Bas-Saint-Laurent",
         title="Directrice, Bureau d'affaires Bas-Saint-Laurent", cls="EX-01", cls_style="EX-0N",
         job_code="100915", pos="DEC-3302", date=D(2016, 2, 29), date_style="le d Month Y",
         sup=dict(pos="DEC-3000", title="Vice-président, Opérations", cls="EX-04"),
         loc="Rimouski, Quebec", loc_text="Rimouski",
         reports=[R("Conseillers et conseillères en développement économique", "CO-02", 9, ""), R("Agente des finances", "FI-02", 1, ""), R("Adjointe administrative", "AS-01", 1, "")],
         salary=1480000, om=210000, total=None, money_style="fr_M", fte=12, prog_budget=28000000,
         ga="La titulaire dirige le bureau d'affaires, qui appuie les entreprises et les organismes de développement du Bas-Saint-Laurent par des contributions, du conseil et du maillage.",
         ns=["L'économie régionale dépend de la forêt, des pêches, de l'éolien et des services; plusieurs municipalités perdent de la population. La directrice doit repérer les projets porteurs et recommander des contributions remboursables et non remboursables."],
         sa=["Recommander l'approbation des projets.", "Gérer le portefeuille de contributions.", "Représenter DEC auprès des élus et des acteurs régionaux."],
         people=dict(incumbent="Nathalie Pelletier", signer="Denis Fortin-Lévesque"), decoys={}),

    dict(doc="SC_DR_produits_consommation_QC.txt", family="fr_box", fmt="ocr", ocr="run", lang="fr", kind="ocr",
         dept="HC", branch="Direction générale de la santé environnementale et de la sécurité des consommateurs", unit="Région du Québec",
         title="Directrice régionale, Sécurité des produits de consommation, Région du Québec", cls="EX-01", cls_style="(EX-0N)",
         job_code="103311", pos="SC-48820", date=D(2022, 3, 28), date_style="d Month Y",
         sup=dict(pos="SC-48800", title="Directeur général, Opérations régionales", cls="EX-03"),
         loc="Longueuil, Quebec", loc_text="Longueuil (Québec)",
         reports=[R("Gestionnaire, Inspection", "PC-04", 24, ""), R("Gestionnaire, Laboratoire régional", "CH-04", 11, "")],
         salary=3450000, om=720000, total=4170000, money_style="fr_full", fte=35,
         ga="Diriger les activités d'inspection et d'analyse visant à protéger la population du Québec contre les dangers associés aux produits de consommation et aux cosmétiques.",
         ns=["Le commerce en ligne a multiplié les produits non conformes; les rappels exigent une coordination rapide avec les détaillants et les plateformes."],
         sa=["Planifier les inspections.", "Autoriser les mesures correctives et les rappels.", "Gérer le laboratoire régional."],
         people=dict(incumbent="Isabelle Charest", signer="Alain Poirier"), decoys={}),

    dict(doc="CLCC RDG Ontario bilingual scan.txt", family="bi_columns", fmt="ocr", ocr="bilingual", lang="bilingual", kind="ocr-columns",
         dept="PBC", branch="Regional Operations", unit="Ontario and Nunavut Region",
         title="Regional Director General, Ontario and Nunavut", title_fr="Directeur général régional, Ontario et Nunavut",
         cls="EX-02", cls_style="EX-0N",
         job_code="102877", pos="PBC-0412", date=D(2019, 4, 1), date_style="yyyy-mm-dd",
         sup=dict(pos="PBC-0100", title="Executive Director General", title_fr="Directeur général exécutif", cls="EX-04"),
         loc="Kingston, Ontario", loc_text="Kingston, Ontario",
         reports=[R("Regional Manager, Conditional Release", "PM-06", 31, ""), R("Regional Manager, Corporate Services", "AS-05", 8, "")],
         reports_fr=["Gestionnaire régional, Mise en liberté sous condition", "Gestionnaire régionale, Services intégrés"],
         salary=3900000, om=1150000, total=5050000, money_style="M", fte=39,
         ga="Leads the Board's operations in Ontario and Nunavut, supporting Board members in quality conditional release decisions.",
         ga_fr="Dirige les activités de la Commission en Ontario et au Nunavut et appuie les commissaires dans la prise de décisions de qualité.",
         ns=["The region holds the largest volume of hearings in the country, including hearings in Indigenous communities and with Elders."],
         ns_fr=["La région tient le plus grand nombre d'audiences au pays, y compris des audiences tenues avec l'aide d'Aînés."],
         sa=["Manage hearing scheduling and case preparation.", "Support victims' participation in hearings."],
         sa_fr=["Gérer le calendrier des audiences.", "Soutenir la participation des victimes."],
         people=dict(incumbent="Robert Kapashesit", signer="Elaine St-Onge"), decoys={}),
]

POSITIONS += [
    # ------------------------------------------------------------------ Word, English
    dict(doc="StatCan - Director, Agriculture Division (EX-01).docx", family="tbs_table", fmt="docx", lang="en", kind="docx",
         dept="STC", branch="Economic Statistics Field", unit="Agriculture Division",
         title="Director, Agriculture Division", cls="EX-01", cls_style="EX-0N",
         job_code="104471", pos="00127730", date=D(2022, 5, 16), date_style="yyyy-mm-dd",
         sup=dict(pos="00127700", title="Director General, Agriculture, Energy and Environment Statistics", cls="EX-03"),
         loc="Ottawa, Ontario", loc_text="Ottawa (Ontario)",
         reports=[R("Assistant Director, Census of Agriculture", "EC-07", 46, "content, collection, processing and dissemination of the quinquennial Census of Agriculture"),
                  R("Assistant Director, Farm Income and Prices", "EC-07", 22, "farm cash receipts, net income and price indexes"),
                  R("Assistant Director, Crops and Livestock Surveys", "EC-07", 31, "field crop, livestock and specialty surveys and remote sensing models"),
                  R("Chief, Integration and Modernization", "CS-04", 9, "")],
         salary=11900000, om=1600000, total=13500000, money_style="full", fte=108,
         ga="The Director is accountable for the Agency's agriculture statistics program, including the Census of Agriculture, farm income and price statistics and crop and livestock surveys, providing relevant, accurate and timely data to governments, industry and researchers while reducing response burden on farm operators.",
         ns=["Agriculture statistics support decisions worth billions of dollars: business risk management programs, trade negotiations and provincial farm policy all rely on them. The Division is moving from survey collection to the use of administrative data, satellite imagery and models, which changes the skills the Director must build in staff and the way quality is assured.",
             "The Census of Agriculture is conducted on the same day as the Census of Population, and the Director is accountable for a collection involving close to 190,000 farm operations, with a publication schedule fixed years in advance and monitored by the Chief Statistician."],
         sa=["Directs the planning, conduct and dissemination of the Census of Agriculture.",
             "Ensures the quality, timeliness and confidentiality of agriculture statistics.",
             "Leads the modernization of the program through administrative data and earth observation.",
             "Negotiates cost-recovery agreements with Agriculture and Agri-Food Canada and the provinces.",
             "Represents Canada on statistical committees of the OECD and the FAO."],
         people=dict(incumbent="Priya Ramaswamy", signer="Michel Desjardins"), decoys=dict(file="GCdocs 81234567")),

    dict(doc="HC - DG Controlled Substances Directorate - WD 2020.docx", family="numbered", fmt="docx", lang="en", kind="docx",
         dept="HC", branch="Controlled Substances and Cannabis Branch", unit="Controlled Substances Directorate",
         title="Director General, Controlled Substances Directorate", cls="EX-03", cls_style="EX-0N",
         job_code="100287", pos="HC-59021", date=D(2020, 2, 3), date_style="Month d, Y",
         sup=dict(pos="HC-59000", title="Assistant Deputy Minister, Controlled Substances and Cannabis Branch", cls="EX-05"),
         loc="Ottawa, Ontario", loc_text="Ottawa, Ontario",
         reports=[R("Director, Office of Controlled Substances", "EX-01", 96, ""), R("Director, Drug Policy", "EX-01", 24, ""),
                  R("Director, Compliance and Enforcement", "EX-01", 71, ""), R("Director, Strategic Policy and Surveillance", "EX-01", 18, ""),
                  R("Senior Advisor", "PM-06", 1, "")],
         salary=22800000, om=5900000, total=28700000, money_style="M", fte=214,
         ga="Provides leadership for the regulation of controlled substances and precursor chemicals under the Controlled Drugs and Substances Act, and for federal drug policy in response to the opioid overdose crisis.",
         ns=["The overdose crisis has caused thousands of deaths a year. The Director General must move quickly on exemptions for supervised consumption sites and safer supply while maintaining the integrity of the regulatory framework and Canada's obligations under the international drug control conventions. Provinces, municipalities, police and people with lived experience hold strongly divergent views."],
         sa=["Directs the licensing of dealers, pharmacists and practitioners.", "Approves exemptions under section 56.1 of the Act.",
             "Leads compliance and enforcement activities.", "Develops drug policy advice for the Minister and Cabinet.",
             "Represents Canada at the Commission on Narcotic Drugs."],
         people=dict(incumbent="Dr. Aisha Mbeki", signer="Stephen Laroque"), decoys={}),

    dict(doc="CAS Director Registry Operations Toronto.docx", family="profile", fmt="docx", lang="en", kind="docx",
         dept="CAS", branch="Judicial and Registry Services", unit="Federal Court and Federal Court of Appeal Registry",
         title="Director, Registry Operations, Ontario", cls="EX-01", cls_style="EX-0N",
         job_code="101652", pos="CAS-11047", date=D(2018, 9, 4), date_style="d Month Y",
         sup=dict(pos="CAS-11000", title="Director General, Judicial and Registry Services, Federal Court", cls="EX-03"),
         loc="Toronto, Ontario", loc_text="Toronto, Ontario",
         reports=[R("Manager, Registry Operations Toronto", "AS-04", 32, ""), R("Manager, Registry Services Ottawa", "AS-04", 18, ""),
                  R("Senior Registry Officer, Court Martial Appeal Court", "CR-05", 1, "")],
         salary=3850000, om=410000, total=4260000, money_style="M", fte=51,
         ga="Ensures that the Federal Court and Federal Court of Appeal registries in Ontario provide timely, accurate and impartial services to litigants, the legal profession and the judiciary.",
         ns=["Registry officers attend hearings, record proceedings and process filings under strict deadlines set by the Rules. The Director must protect judicial independence while managing a registry that increasingly works electronically, with a large share of self-represented litigants in immigration matters."],
         sa=["Directs registry operations in Toronto and Ottawa.", "Implements electronic filing and hearing practices.",
             "Advises the Chief Justices' offices on registry matters.", "Manages security arrangements for hearings with the Court security unit."],
         people=dict(incumbent="Olivia Baptiste", signer="Raymond Chiu"), decoys={}),

    dict(doc="ISC Manitoba RDG work description.docx", family="stacked", fmt="docx", lang="en", kind="docx",
         dept="ISC", branch="Regional Operations Sector", unit="Manitoba Region",
         title="Regional Director General, Manitoba", cls="EX-03", cls_style="EX0N",
         job_code="100411", pos="00031420", date=D(2021, 10, 25), date_style="d Month Y",
         sup=dict(pos="00031000", title="Senior Assistant Deputy Minister, Regional Operations", cls="EX-05"),
         loc="Winnipeg, Manitoba", loc_text="Winnipeg, Manitoba",
         reports=[R("Director, Education and Social Development", "EX-01", 41, ""), R("Director, Community Infrastructure", "EX-01", 37, ""),
                  R("Director, First Nations and Inuit Health", "EX-02", 212, ""), R("Director, Emergency Management", "PM-06", 12, ""),
                  R("Director, Corporate Services", "EX-01", 44, "")],
         salary=31500000, om=6200000, total=37700000, money_style="M", fte=346, prog_budget=1900000000,
         ga="Accountable for the delivery of Indigenous Services Canada programs to 63 First Nations in Manitoba and for advancing the transfer of services to First Nations control.",
         ns=["Many Manitoba First Nations are remote and accessible only by winter road or air, and spring flooding and wildfire evacuations recur every year. The Regional Director General leads the federal response to these emergencies while negotiating historic agreements such as the transfer of child and family services and education to First Nations governance."],
         sa=["Directs regional program delivery and funding agreements.", "Leads emergency management for First Nations communities.",
             "Builds relationships with the Assembly of Manitoba Chiefs and tribal councils.", "Implements transfer agreements."],
         people=dict(incumbent="Colleen Bruyere", signer="Jonathan Whitehead"), decoys={}),

    dict(doc="CBSA Director Traveller Operations Pacific Highway.docx", family="csr", fmt="docx", lang="en", kind="docx",
         dept="CBSA", branch="Pacific Region", unit="Lower Mainland District",
         title="Director, Traveller Operations, Pacific Highway", cls="EX-01", cls_style="EX-0N",
         job_code="105821", pos="70334", date=D(2023, 6, 5), date_style="Month dth, Y",
         sup=dict(pos="70300", title="District Director, Lower Mainland", cls="EX-02"),
         loc="Surrey, British Columbia", loc_text="Surrey, BC",
         reports=[R("Chief of Operations, Pacific Highway", "FB-06", 142, ""), R("Chief of Operations, Douglas and Aldergrove", "FB-06", 118, ""),
                  R("Chief, Operational Support", "FB-05", 14, "")],
         salary=27400000, om=1900000, total=29300000, money_style="M", fte=274,
         ga="Leads traveller processing at the busiest land ports of entry in Western Canada.",
         ns=["Officers make thousands of admissibility decisions a day, and enforcement actions on firearms, drugs and irregular migration are common."],
         sa=["Manage staffing and shift scheduling.", "Oversee use of force and enforcement reviews.", "Coordinate with US Customs and Border Protection."],
         people=dict(incumbent="Harjit Sandhu", signer="Leanne Morrisseau"), decoys={}),

    dict(doc="PHAC_ED_VaccineSupply_v3_FINAL.docx", family="lettered", fmt="docx", lang="en", kind="docx",
         dept="PHAC", branch="Vaccine Rollout Task Force", unit="Vaccine Supply and Logistics",
         title="Executive Director, Vaccine Supply and Logistics", cls="EX-02", cls_style="EX-0N",
         job_code="106005", pos=None, prov="NEW", date=D(2021, 1, 11), date_style="d Month Y",
         sup=dict(pos="PHAC-9001", title="Vice-President, Vaccine Rollout Task Force", cls="EX-04"),
         loc="Ottawa, Ontario", loc_text="Ottawa, ON",
         reports=[R("Director, Allocation and Distribution", "EX-01", 28, ""), R("Director, Cold Chain and Logistics", "EX-01", 19, ""),
                  R("Manager, Supply Data and Forecasting", "EC-06", 11, "")],
         salary=5300000, om=12800000, total=18100000, money_style="M", fte=58,
         ga="Leads the national allocation, distribution and logistics of vaccine supply to provinces, territories and federal partners.",
         ns=["Deliveries arrive on short notice and in volumes that change weekly; each allocation decision is scrutinised by premiers, the media and the public."],
         sa=["Direct allocation formulas and schedules.", "Manage logistics contracts and cold chain integrity.", "Brief the Minister and provinces daily."],
         people=dict(incumbent="Brigadier-General (Ret'd) Denis Alarie", signer="Dr. Fiona McAllister"), decoys={}),

    dict(doc="SSC DC Ops Director.docx", family="hris", fmt="docx", lang="en", kind="docx",
         dept="SSC", branch="Hosting Services Branch", unit="Enterprise Data Centre Operations",
         title="Director, Enterprise Data Centre Operations", cls="EX-01", cls_style="EX 0N",
         job_code="104777", pos="00088216", date=D(2019, 12, 9), date_style="yyyy/mm/dd",
         sup=dict(pos="00088200", title="Director General, Data Centre Services", cls="EX-03"),
         loc="Gatineau, Quebec", loc_text="Gatineau, QC",
         reports=[R("Manager, Data Centre Facilities", "CS-04", 34, ""), R("Manager, Mainframe Operations", "CS-04", 46, ""), R("Manager, Midrange Operations", "CS-04", 52, "")],
         salary=13100000, om=48700000, total=61800000, money_style="full", fte=132,
         ga="Ensures the availability and security of the Government of Canada's enterprise data centres and the mainframe and midrange services they host.",
         ns=["A single outage can halt Employment Insurance payments or border systems. The Director manages the migration of legacy facilities while keeping production stable."],
         sa=["Direct 24/7 operations.", "Manage facilities contracts.", "Lead incident and problem management."],
         people=dict(incumbent="Brian Kowalczyk", signer="Sophie Leclair"), decoys=dict(run="2020/01/22")),

    dict(doc="AAFC Lethbridge RDC Director.docx", family="tbs_paras", fmt="docx", lang="en", kind="docx",
         dept="AAFC", branch="Science and Technology Branch", unit="Lethbridge Research and Development Centre",
         title="Director, Research, Development and Technology Transfer, Lethbridge", cls="EX-01", cls_style="EX-0N",
         job_code="101190", pos="A-61207", date=D(2016, 4, 1), date_style="Month d, Y",
         sup=dict(pos="A-61000", title="Director General, Prairie Research and Development", cls="EX-03"),
         loc="Lethbridge, Alberta", loc_text="Lethbridge, Alberta",
         reports=[R("Research Manager, Sustainable Production Systems", "SE-REM-01", 48, ""), R("Research Manager, Agroecosystems", "SE-REM-01", 39, ""),
                  R("Operations Manager", "AS-06", 61, "")],
         salary=15600000, om=3800000, total=19400000, money_style="M", fte=160,
         ga="Leads the Lethbridge Research and Development Centre and its sub-stations, directing research on dryland and irrigated cropping, beef production and water use.",
         ns=["The Centre is one of the largest agricultural research sites in Canada, with more than a hundred years of long-term field experiments."],
         sa=["Set research priorities with the Director General.", "Manage research farms and laboratories.", "Build collaborations with universities and producer groups."],
         people=dict(incumbent="Dr. Ken Yoshida", signer="Louise Morin"), decoys={}),

    dict(doc="ISED Spectrum Ops Director - reclassification request.docx", family="memo_cover", fmt="docx", lang="en", kind="docx",
         dept="ISED", branch="Spectrum and Telecommunications Sector", unit="Spectrum Management Operations",
         title="Director, Spectrum Management Operations, Eastern and Northern Ontario", cls="EX-01", cls_style="EX-0N",
         job_code="103602", pos="45517", date=D(2024, 4, 8), date_style="d Month Y",
         sup=dict(pos="45500", title="Director General, Spectrum Management Operations", cls="EX-03"),
         loc="Toronto, Ontario", loc_text="Toronto, Ontario",
         reports=[R("Manager, Licensing and Certification", "EL-07", 16, ""), R("Manager, Compliance and Enforcement", "EL-07", 21, "")],
         salary=3700000, om=520000, total=4220000, money_style="K", fte=38,
         ga="Directs spectrum licensing, interference investigation and enforcement in Eastern and Northern Ontario.",
         ns=["Interference to public safety radio or aviation must be resolved within hours."],
         sa=["Plan monitoring and inspections.", "Approve licences and enforcement actions."],
         people=dict(incumbent="Daniel Okafor", signer="Marianne Sauvé", signer2="Tracy Lalonde"),
         decoys=dict(memo_date="2024-05-02", old_cls="EL-08", file="File 3700-45517")),

    # ------------------------------------------------------------------ Word, French
    dict(doc="StatCan Directeur Division statistique des prix.docx", family="fr_table", fmt="docx", lang="fr", kind="docx",
         dept="STC", branch="Secteur de la statistique économique", unit="Division de la statistique des prix à la consommation",
         title="Directeur, Division de la statistique des prix à la consommation", cls="EX-01", cls_style="EX-0N",
         job_code="104472", pos="00127815", date=D(2023, 10, 2), date_style="d Month Y",
         sup=dict(pos="00127800", title="Directrice générale, Statistique des prix et des industries", cls="EX-03"),
         loc="Ottawa, Ontario", loc_text="Ottawa (Ontario)",
         reports=[R("Directrice adjointe, Indice des prix à la consommation", "EC-07", 38, ""), R("Directeur adjoint, Données de lecteurs optiques et sources alternatives", "EC-07", 21, ""),
                  R("Chef, Méthodes et qualité", "MA-06", 7, "")],
         salary=7400000, om=1350000, total=8750000, money_style="fr_full", fte=68,
         ga="Le directeur est responsable de la production mensuelle de l'Indice des prix à la consommation (IPC), indicateur sur lequel reposent la politique monétaire de la Banque du Canada et l'indexation des pensions, des prestations et de nombreux contrats.",
         ns=["La publication de l'IPC suit un calendrier immuable et fait l'objet d'un confinement strict; toute erreur aurait des conséquences financières considérables. L'inflation récente a accru l'attention des médias et du public envers la mesure des prix du logement et des aliments.",
             "La Division remplace progressivement la collecte sur le terrain par des données de lecteurs optiques transmises par les détaillants et par le moissonnage du Web, ce qui exige de nouvelles méthodes et des ententes d'acquisition de données délicates."],
         sa=["Diriger la production et la diffusion mensuelles de l'IPC.", "Assurer la qualité et la confidentialité des données.",
             "Moderniser les sources de données et les méthodes.", "Répondre aux demandes de la Banque du Canada et des ministères.", "Représenter Statistique Canada au sein de groupes internationaux sur les prix."],
         people=dict(incumbent="François Lemieux-Dubé", signer="Anita Sharma"), decoys={}),

    dict(doc="SATJ_Directrice_greffe_CCI.docx", family="fr_profile", fmt="docx", lang="fr", kind="docx",
         dept="CAS", branch="Services judiciaires et du greffe", unit="Cour canadienne de l'impôt",
         title="Directrice, Greffe de la Cour canadienne de l'impôt", cls="EX-01", cls_style="EX-0N",
         job_code="101653", pos="CAS-13022", date=D(2020, 9, 21), date_style="le d Month Y",
         sup=dict(pos="CAS-13000", title="Directeur général, Services judiciaires et du greffe, Cour canadienne de l'impôt", cls="EX-03"),
         loc="Ottawa, Ontario", loc_text="Ottawa (Ontario)",
         reports=[R("Gestionnaire, Opérations du greffe", "AS-04", 27, ""), R("Gestionnaire, Gestion des instances", "AS-04", 13, ""), R("Coordonnatrice des audiences", "CR-05", 4, "")],
         salary=3100000, om=360000, total=3460000, money_style="fr_M", fte=44,
         ga="La directrice assure la prestation de services de greffe impartiaux, exacts et rapides à la Cour canadienne de l'impôt, aux parties et aux avocats partout au Canada.",
         ns=["La Cour siège dans plus de vingt villes; les audiences itinérantes exigent une planification rigoureuse. Le nombre de plaideurs non représentés augmente."],
         sa=["Diriger les opérations du greffe.", "Planifier les audiences itinérantes.", "Conseiller le juge en chef sur les questions de greffe."],
         people=dict(incumbent="Geneviève Larocque", signer="Paul-André Simard"), decoys={}),

    dict(doc="PCH DG Langues officielles - description de travail.docx", family="fr_csr", fmt="docx", lang="fr", kind="docx",
         dept="PCH", branch="Secteur des langues officielles, du patrimoine et des régions", unit="Direction générale des langues officielles",
         title="Directrice générale, Langues officielles", cls="EX-03", cls_style="EX-0N",
         job_code="100199", pos="PCH-2207", date=D(2019, 1, 14), date_style="d Month Y",
         sup=dict(pos="PCH-2000", title="Sous-ministre adjoint, Langues officielles, Patrimoine et Régions", cls="EX-05"),
         loc="Gatineau, Quebec", loc_text="Gatineau (Québec)",
         reports=[R("Directeur, Programmes d'appui aux langues officielles", "EX-01", 46, ""), R("Directrice, Politiques et recherche", "EX-01", 22, ""),
                  R("Directeur, Coordination interministérielle", "EX-01", 15, "")],
         salary=9300000, om=1200000, total=10500000, money_style="fr_M", fte=91, prog_budget=398000000,
         ga="Diriger les programmes d'appui aux langues officielles et la coordination horizontale de la mise en œuvre de la Loi sur les langues officielles au sein de l'appareil fédéral.",
         ns=["Les communautés de langue officielle en situation minoritaire attendent un financement stable; les provinces et territoires négocient des ententes en éducation."],
         sa=["Gérer les ententes fédérales-provinciales-territoriales.", "Conseiller la ministre.", "Coordonner le Plan d'action pour les langues officielles."],
         people=dict(incumbent="Madeleine Arsenault", signer="Jean-Pierre Boisvert"), decoys={}),

    dict(doc="BT Directrice Interpretation parlementaire.docx", family="fr_stacked", fmt="docx", lang="fr", kind="docx",
         dept="PSPC", branch="Bureau de la traduction", unit="Direction de l'interprétation parlementaire",
         title="Directrice, Interprétation parlementaire", cls="EX-01", cls_style="EX-0N",
         job_code="105230", pos="BT-40917", date=D(2022, 1, 10), date_style="dd-mm-yyyy",
         sup=dict(pos="BT-40900", title="Vice-président, Services au Parlement et interprétation", cls="EX-03"),
         loc="Ottawa, Ontario", loc_text="Ottawa (Ontario)",
         reports=[R("Chef, Interprétation des débats", "TR-04", 38, ""), R("Chef, Interprétation des comités", "TR-04", 31, ""), R("Gestionnaire, Qualité et santé auditive", "TR-04", 3, "")],
         salary=9900000, om=2700000, total=12600000, money_style="fr_M", fte=72,
         ga="La directrice assure l'interprétation simultanée des débats de la Chambre des communes et du Sénat ainsi que des réunions des comités parlementaires.",
         ns=["Les séances hybrides ont multiplié les incidents acoustiques; la santé auditive des interprètes est devenue un enjeu de santé et sécurité au travail."],
         sa=["Planifier l'affectation des interprètes.", "Gérer les normes de qualité.", "Négocier avec l'Administration de la Chambre."],
         people=dict(incumbent="Catherine Vézina", signer="Olivier Hamel"), decoys={}),

    dict(doc="AAC_Directeur_CRD_Saint-Hyacinthe.docx", family="fr_numbered", fmt="docx", lang="fr", kind="docx",
         dept="AAFC", branch="Direction générale des sciences et de la technologie", unit="Centre de recherche et de développement de Saint-Hyacinthe",
         title="Directeur, Recherche, développement et transfert technologique, Saint-Hyacinthe", cls="EX-01", cls_style="EX-0N",
         job_code="101191", pos="A-62140", date=D(2017, 6, 5), date_style="d Month Y",
         sup=dict(pos="A-62000", title="Directrice générale, Recherche et développement, Québec et Atlantique", cls="EX-03"),
         loc="Saint-Hyacinthe, Quebec", loc_text="Saint-Hyacinthe (Québec)",
         reports=[R("Gestionnaire de la recherche, Salubrité et qualité des aliments", "SE-REM-01", 41, ""), R("Gestionnaire des opérations", "AS-05", 17, "")],
         salary=6200000, om=1450000, total=7650000, money_style="fr_full", fte=58,
         ga="Le titulaire dirige le centre de recherche, spécialisé en transformation alimentaire, salubrité et qualité des aliments.",
         ns=["Le centre exploite une usine pilote utilisée par l'industrie; les projets conjoints exigent des ententes de propriété intellectuelle."],
         sa=["Établir les priorités de recherche.", "Gérer l'usine pilote.", "Conclure des ententes de collaboration."],
         people=dict(incumbent="Luc Bérubé", signer="Hélène Fournier"), decoys={}),

    dict(doc="CTA DG Dispute Resolution - bilingual WD.docx", family="bi_table", fmt="docx", lang="bilingual", kind="docx",
         dept="CTA", branch="Dispute Resolution Branch", unit="Dispute Resolution Branch",
         title="Director General, Dispute Resolution", title_fr="Directeur général, Règlement des différends", cls="EX-03", cls_style="EX-0N",
         job_code="100851", pos="OTC-0312", date=D(2023, 7, 4), date_style="yyyy-mm-dd",
         sup=dict(pos="OTC-0001", title="Chief Executive Officer", title_fr="Président et premier dirigeant", cls="GC-08"),
         loc="Gatineau, Quebec", loc_text="Gatineau, Quebec / Gatineau (Québec)",
         reports=[R("Director, Air Travel Complaints", "EX-01", 68, ""), R("Director, Rail and Marine Disputes", "EX-01", 14, ""),
                  R("Director, Accessible Transportation", "EX-01", 17, "")],
         reports_fr=["Directrice, Plaintes relatives au transport aérien", "Directeur, Différends ferroviaires et maritimes", "Directrice, Transports accessibles"],
         salary=10600000, om=1400000, total=12000000, money_style="M", fte=101,
         ga="Leads the Agency's adjudication, mediation and facilitation of air passenger, accessibility, rail and marine disputes.",
         ga_fr="Dirige l'arbitrage, la médiation et la facilitation des différends relatifs aux passagers aériens, à l'accessibilité et aux transports ferroviaire et maritime.",
         ns=["Complaints under the Air Passenger Protection Regulations have grown to tens of thousands a year, creating a backlog that draws parliamentary attention."],
         ns_fr=["Les plaintes fondées sur le Règlement sur la protection des passagers aériens se comptent par dizaines de milliers chaque année."],
         sa=["Direct dispute resolution processes.", "Manage the complaints backlog."],
         sa_fr=["Diriger les processus de règlement des différends.", "Gérer l'arriéré des plaintes."],
         people=dict(incumbent="Sandra Melnyk", signer="Yves Carrière"), decoys={}),

    dict(doc="MDN Directeur SPC Valcartier.docx", family="fr_lettered", fmt="docx", lang="fr", kind="docx",
         dept="DND", branch="Sous-ministre adjoint (Ressources humaines - Civils)",
         context="La Défense nationale emploie quelque 27 000 fonctionnaires civils aux côtés des Forces armées canadiennes, dans les métiers, les sciences, le génie et l'administration. Le Sous-ministre adjoint (Ressources humaines - Civils) est l'autorité fonctionnelle du Ministère en matière de gestion des personnes civiles; il fournit ses services par l'entremise de centres de services régionaux, dont celui du Québec, établi à la garnison Valcartier.", unit="Centre de services des ressources humaines civiles - Québec",
         title="Directeur, Centre de services des ressources humaines civiles, Québec", cls="EX-01", cls_style="EX-0N",
         job_code="104883", pos="00035170", date=D(2018, 1, 15), date_style="d Month Y",
         sup=dict(pos="00035100", title="Directeur général, Prestation des services en ressources humaines civiles", cls="EX-02"),
         loc="Valcartier, Quebec", loc_text="Courcelette (Valcartier), Québec",
         reports=[R("Gestionnaire, Dotation et classification", "PE-05", 34, ""), R("Gestionnaire, Relations de travail et rémunération", "PE-05", 21, "")],
         salary=4200000, om=380000, total=4580000, money_style="fr_full", fte=57,
         ga="Le directeur fournit des services de ressources humaines civiles aux gestionnaires militaires et civils des bases et unités du Québec.",
         ns=["Les gestionnaires militaires changent souvent d'affectation et connaissent mal le cadre de la fonction publique."],
         sa=["Diriger la dotation et la classification.", "Conseiller en relations de travail."],
         people=dict(incumbent="Stéphane Giroux", signer="Colonel Marc-André Pelletier"), decoys={}),

    # ------------------------------------------------------------------ PDF
    dict(doc="LAC Director Digital Preservation.pdf", family="tbs_box", fmt="pdf", lang="en", kind="pdf",
         dept="LAC", branch="Preservation Sector", unit="Digital Preservation Division",
         title="Director, Digital Preservation and Migration", cls="EX-01", cls_style="EX-0N",
         job_code="102418", pos="10772", date=D(2020, 6, 1), date_style="d Month Y",
         sup=dict(pos="10700", title="Director General, Preservation", cls="EX-03"),
         loc="Gatineau, Quebec", loc_text="Gatineau, Quebec",
         reports=[R("Manager, Digital Preservation Systems", "CS-04", 14, ""),
                  R("Manager, Audiovisual Migration", "EG-06", 11, ""), R("Senior Digital Archivist", "AR-06", 1, "")],
         salary=2700000, om=900000, total=3600000, money_style="K", fte=27,
         ga="Leads the preservation of Library and Archives Canada's digital and audiovisual holdings, ensuring they remain authentic, usable and accessible over time.",
         ns=["Magnetic tapes and obsolete formats are deteriorating faster than they can be migrated; the Director must choose what to save first."],
         sa=["Direct the trusted digital repository.", "Plan audiovisual migration.", "Set preservation standards."],
         people=dict(incumbent="Marc Eisenberg", signer="Lina Haddad-Roy"), decoys={}),

    dict(doc="SAC Directrice Sante PNI Atlantique.pdf", family="fr_box", fmt="pdf", lang="fr", kind="pdf",
         dept="ISC", branch="Direction générale de la santé des Premières Nations et des Inuits", unit="Région de l'Atlantique",
         title="Directrice régionale, Santé des Premières Nations et des Inuits, Atlantique", cls="EX-02", cls_style="EX-0N",
         job_code="103015", pos="00031655", date=D(2019, 10, 7), date_style="d Month Y",
         sup=dict(pos="00031600", title="Directeur général régional, Atlantique", cls="EX-03"),
         loc="Halifax, Nova Scotia", loc_text="Halifax (Nouvelle-Écosse)",
         reports=[R("Gestionnaire, Soins infirmiers et soins à domicile", "NU-HOS-06", 24, ""), R("Gestionnaire, Santé environnementale", "EG-06", 16, ""),
                  R("Gestionnaire, Santé mentale et bien-être", "PM-06", 9, "")],
         salary=6800000, om=2100000, total=8900000, money_style="fr_M", fte=62, prog_budget=214000000,
         ga="La directrice régionale assure l'accès des Premières Nations de l'Atlantique à des services de santé de qualité, en partenariat avec les communautés et les provinces.",
         ns=["Les ententes de transfert donnent aux communautés la responsabilité de leurs services; la directrice veille à la sécurité des patients dans les postes de soins infirmiers."],
         sa=["Gérer les accords de contribution.", "Assurer la santé publique et la gestion des éclosions."],
         people=dict(incumbent="Mélanie Paul", signer="Kevin Augustine"), decoys={}),

    dict(doc="PS Emergency Management Policy Director EN-FR.pdf", family="en_then_fr", fmt="pdf", lang="bilingual", kind="pdf",
         dept="PS", branch="Emergency Management and Programs Branch", branch_fr="Secteur de la gestion des urgences et des programmes", unit="Emergency Management Policy Directorate",
         title="Director, Emergency Management Policy", title_fr="Directeur, Politiques de gestion des urgences", cls="EX-01", cls_style="EX-0N",
         job_code="102990", pos="PS-3318", date=D(2021, 11, 29), date_style="d Month Y",
         sup=dict(pos="PS-3300", title="Director General, Emergency Management Policy and Outreach", title_fr="Directrice générale, Politiques et sensibilisation en gestion des urgences", cls="EX-03"),
         loc="Ottawa, Ontario", loc_text="Ottawa, Ontario",
         reports=[R("Manager, Federal Policy and Plans", "EC-07", 11, ""), R("Manager, Federal-Provincial-Territorial Relations", "EC-07", 8, "")],
         reports_fr=["Gestionnaire, Politiques et plans fédéraux", "Gestionnaire, Relations fédérales-provinciales-territoriales"],
         salary=2300000, om=260000, total=2560000, money_style="M", fte=21,
         ga="Leads the development of federal emergency management policy, including the Federal Emergency Response Plan.",
         ga_fr="Dirige l'élaboration des politiques fédérales de gestion des urgences, y compris le Plan fédéral d'intervention d'urgence.",
         ns=["Floods and wildfires grow in frequency; provinces press for changes to disaster financial assistance."],
         ns_fr=["Les inondations et les feux de forêt sont plus fréquents; les provinces réclament des changements à l'aide financière en cas de catastrophe."],
         sa=["Lead policy development.", "Support FPT ministers' meetings."], sa_fr=["Diriger l'élaboration des politiques.", "Appuyer les réunions des ministres FPT."],
         people=dict(incumbent="Grace Liu", signer="André Bellefeuille"), decoys={}),

    dict(doc="ECCC_MSC_Prairie_Northern_Ops_Director.pdf", family="numbered", fmt="pdf", lang="en", kind="pdf",
         dept="ECCC", branch="Meteorological Service of Canada", unit="Prairie and Northern Operations",
         title="Director, Meteorological Service Operations, Prairie and Northern", cls="EX-01", cls_style="EX-0N",
         job_code="104091", pos="ECCC-71880", date=D(2018, 3, 5), date_style="Month d, Y",
         sup=dict(pos="ECCC-71800", title="Director General, Weather and Environmental Prediction and Services", cls="EX-03"),
         loc="Edmonton, Alberta", loc_text="Edmonton, Alberta",
         reports=[R("Manager, Prairie and Arctic Storm Prediction Centre", "PC-04", 43, ""), R("Manager, Monitoring Operations", "EG-07", 29, ""),
                  R("Manager, Warning Preparedness", "PC-03", 6, "")],
         salary=7800000, om=2900000, total=10700000, money_style="M", fte=78,
         ga="Directs weather forecasting, warnings and monitoring networks for the Prairie provinces and the North.",
         ns=["Severe summer storms and Arctic blizzards put lives at risk; warnings must be timely and trusted."],
         sa=["Direct the storm prediction centre.", "Maintain observing networks.", "Work with emergency management organizations."],
         people=dict(incumbent="Terrence Halvorson", signer="Julie Desautels"), decoys={}),

    # ------------------------------------------------------------------ plain text
    dict(doc="CFIA ED Meat Programs.txt", family="plain", fmt="txt-cp1252", lang="en", kind="text-cp1252",
         dept="CFIA", branch="Policy and Programs Branch", unit="Meat Programs Directorate",
         title="Executive Director, Meat and Poultry Programs", cls="EX-02", cls_style="EX-0N",
         job_code="102552", pos="CFIA-30411", date=D(2017, 8, 21), date_style="Month d, Y",
         sup=dict(pos="CFIA-30400", title="Vice-President, Policy and Programs", cls="EX-04"),
         loc="Ottawa, Ontario", loc_text="Ottawa, Ontario",
         reports=[R("Director, Meat Program Design", "EX-01", 27, ""), R("Director, Meat Inspection Standards", "EX-01", 22, "")],
         salary=5600000, om=900000, total=6500000, money_style="full", fte=52,
         ga="Leads the design of the Agency's meat and poultry inspection programs under the Safe Food for Canadians Regulations.",
         ns=["An outbreak traced to a federally registered plant can trigger recalls, plant closures and export bans."],
         sa=["Direct program design.", "Negotiate equivalency with trading partners."],
         people=dict(incumbent="Bruce Dallaire", signer="Renata Kowalski"), decoys={}),

    dict(doc="DND_DGCHRO_work_description.md", family="markdown", fmt="md", lang="en", kind="markdown",
         dept="DND", branch="ADM(HR-Civ)", unit="Civilian Human Resources Operations",
         context="National Defence employs some 27,000 civilian public servants alongside the Canadian Armed Forces, in trades, science, engineering, administration and ship repair, at bases and wings from Esquimalt to Goose Bay. The Assistant Deputy Minister (Human Resources - Civilian) is the Department's functional authority for civilian people management and delivers HR services through regional service centres.",
         title="Director General, Civilian Human Resources Operations", cls="EX-02", cls_style="EX-0N",
         job_code="100530", pos="00035001", date=D(2022, 2, 14), date_style="Month d, Y",
         sup=dict(pos="00035000", title="Assistant Deputy Minister (Human Resources - Civilian)", cls="EX-05"),
         loc="Ottawa, Ontario", loc_text="Ottawa, Ontario",
         reports=[R("Director, Civilian HR Service Centres", "EX-01", 392, ""), R("Director, Compensation Services", "EX-01", 118, ""),
                  R("Director, HR Business Intelligence", "EX-01", 23, "")],
         salary=49800000, om=6100000, total=55900000, money_style="M", fte=533,
         ga="Leads HR service delivery to 27,000 civilian employees of National Defence across Canada.",
         ns=["Service is delivered through regional service centres that must respond to the needs of military commanders and civilian managers alike."],
         sa=["Direct HR service centres.", "Lead HR service modernization."],
         people=dict(incumbent="Cheryl Whitecross", signer="Frank Delisle"), decoys={}),
]


def older(newer: str, **changes) -> dict:
    """An older work description of a position that another document describes as it is now."""
    return dict(next(p for p in POSITIONS if p["doc"] == newer), **changes)


POSITIONS += [
    older("ISC Manitoba RDG work description.docx", doc="INAC MB RDG 2016 signed.txt", family="tbs_box", fmt="ocr", ocr="run",
          kind="ocr", dept="INAC", branch="Regional Operations", date=D(2016, 5, 2), date_style="Month d, Y", cls_style="EX-0N",
          sup=dict(pos="00031000", title="Assistant Deputy Minister, Regional Operations", cls="EX-04"),
          reports=[R("Director, Funding Services", "EX-01", 52, "funding agreements, band support and capital funding"),
                   R("Director, Lands and Economic Development", "PM-06", 28, "reserve lands, additions to reserve and economic development programs"),
                   R("Director, Education and Social Development", "EX-01", 36, ""),
                   R("Director, Corporate Services", "AS-07", 39, "")],
          salary=17900000, om=3300000, total=21200000, money_style="M", fte=155, prog_budget=1100000000,
          ga="Accountable for the delivery of the Department's programs and services to First Nations in Manitoba, for the management of the Department's relationships with First Nations leadership, the Province and other federal departments, and for the Department's response to emergencies in First Nations communities.",
          ns=["Manitoba has 63 First Nations, more than twenty of them without year-round road access. Spring floods have repeatedly forced the evacuation of whole communities, some for years, and the Regional Director General must coordinate evacuations and recovery with the Province, the Canadian Red Cross and First Nations organizations while continuing normal program delivery.",
              "Several First Nations are under third-party management of their funding agreements, a situation that the Regional Director General must manage with the aim of restoring community control as soon as capacity allows."],
          people=dict(incumbent="Edwin Flett", signer="Margaret Lavallee"), decoys={}),
    older("HC - DG Controlled Substances Directorate - WD 2020.docx", doc="HC_DG_CSD_2014_scan.txt", family="lettered", fmt="ocr",
          ocr="pages", kind="ocr", branch="Healthy Environments and Consumer Safety Branch", date=D(2014, 7, 7), date_style="d Month Y",
          cls_style="EX-0N",
          sup=dict(pos="HC-52000", title="Assistant Deputy Minister, Healthy Environments and Consumer Safety Branch", cls="EX-05"),
          reports=[R("Director, Office of Controlled Substances", "EX-01", 71, ""), R("Director, Office of Research and Surveillance", "EX-01", 26, ""),
                   R("Director, Policy and Regulatory Affairs", "EX-01", 19, ""), R("Manager, Drug Analysis Service Liaison", "CH-04", 6, "")],
          salary=14600000, om=4100000, total=18700000, money_style="million", fte=122,
          ga="Provides leadership for Health Canada's program on controlled substances and precursor chemicals, including the regulation of licensed dealers, the marihuana for medical purposes program and drug surveillance.",
          ns=["The courts have repeatedly required the Department to revisit its framework for access to marihuana for medical purposes, and the transition to licensed producers has generated litigation, thousands of enquiries and intense media interest. At the same time, the rise in prescription opioid misuse calls for new surveillance and monitoring tools built with the provinces and the regulatory colleges."],
          people=dict(incumbent="Dr. Michael Brophy", signer="Susan Gauthier"), decoys={}),
]


# More of each position's own words: Nature and Scope paragraphs and specific accountabilities
# (and their French, for the bilingual documents).
MORE = {
    "GAC Consular Case Management Director.txt": dict(
        ns=["The Director leads a team of case management officers and deputy directors organized by geographic region, working around the clock with the Emergency Watch and Response Centre. A single file may involve a Canadian sentenced to death, a child taken abroad by a parent in breach of a custody order, or a family seeking the repatriation of remains, and each requires judgement about what Canada can and cannot do under the Vienna Convention on Consular Relations and local law.",
            "The incumbent must reconcile the expectations of families, who often hold the Government to a standard it cannot meet abroad, with the limits of consular assistance, while protecting the privacy of the Canadians concerned in the face of media enquiries."],
        sa=["Approves consular strategies for detention cases of high complexity and recommends ministerial interventions.",
            "Develops policies, guidelines and training for consular officers at missions abroad."]),
    "TC_DR_securite_maritime_QC_2col.txt": dict(
        ns=["Le programme régional couvre l'inspection des navires canadiens et étrangers, la délivrance des brevets des gens de mer, la sûreté des installations portuaires et l'intervention lors d'incidents de pollution. Le directeur régional travaille étroitement avec la Garde côtière canadienne, les administrations portuaires et les pilotes du Saint-Laurent."],
        sa=["Autoriser la détention des navires non conformes et en informer l'État du pavillon.", "Diriger l'intervention régionale lors d'accidents maritimes."]),
    "ECCC_ALE_Quebec_directeur.txt": dict(
        ns=["Le directeur régional encadre des agents désignés qui portent une arme de service dans certaines fonctions et qui interviennent dans des milieux industriels à risque. Il doit veiller à la sécurité des agents, à la qualité de la preuve et au respect des droits garantis par la Charte."],
        sa=["Établir des partenariats avec les autorités provinciales et municipales d'application de la loi."]),
    "DEC BA Bas-Saint-Laurent directrice (scan).txt": dict(
        ns=["La directrice gère un portefeuille de plus de 120 projets actifs et doit assurer le suivi des remboursements des contributions, dans un contexte où plusieurs entreprises régionales sont fragiles. Elle agit comme porte-parole de DEC dans la région et entretient des relations suivies avec les préfets, les MRC, les chambres de commerce et les députés."],
        sa=["Diriger l'analyse des demandes d'aide financière et des risques.", "Contribuer à la stratégie régionale d'intervention de DEC."]),
    "SC_DR_produits_consommation_QC.txt": dict(
        ns=["La directrice régionale applique la Loi canadienne sur la sécurité des produits de consommation et la Loi sur les aliments et drogues en ce qui touche les cosmétiques. Les inspecteurs enquêtent sur les incidents déclarés par l'industrie et la population, prélèvent des échantillons et recommandent des mesures allant de l'avertissement aux ordonnances de rappel.",
            "La région du Québec compte un grand nombre d'importateurs et de distributeurs; les communications avec l'industrie doivent se faire dans les deux langues officielles et tenir compte des exigences de la Charte de la langue française en matière d'étiquetage."],
        sa=["Coordonner les enquêtes à la suite d'incidents graves, y compris les décès d'enfants.", "Représenter la Direction générale auprès des partenaires provinciaux."]),
    "CLCC RDG Ontario bilingual scan.txt": dict(
        ns=["The Regional Director General ensures that Board members receive complete, timely information for each review, that victims can present statements, and that decisions are communicated to offenders and to the Correctional Service within legislated time frames."],
        ns_fr=["Le directeur général régional veille à ce que les commissaires reçoivent des renseignements complets pour chaque examen, à ce que les victimes puissent présenter une déclaration et à ce que les décisions soient communiquées dans les délais prévus par la loi."],
        sa=["Ensure Elder-assisted and community-assisted hearings are available.", "Manage the region's human and financial resources."],
        sa_fr=["Offrir des audiences tenues avec l'aide d'Aînés ou de la collectivité.", "Gérer les ressources humaines et financières de la région."]),
    "CBSA Director Traveller Operations Pacific Highway.docx": dict(
        ns=["The Pacific Highway, Douglas and Aldergrove ports operate 24 hours a day, 365 days a year, and are subject to surges during holidays and major events in Vancouver and Seattle. Border services officers are armed and work under a collective agreement with complex shift and overtime provisions; the Director is accountable for deployment decisions that balance wait times against enforcement priorities.",
            "The Director works with the Royal Canadian Mounted Police, local police forces, Immigration, Refugees and Citizenship Canada and US partners on joint operations, and handles complaints, use-of-force reviews and sensitive cases involving public figures."],
        sa=["Implements new traveller processing technologies such as primary inspection kiosks and NEXUS lanes.", "Leads the district's response to port closures and emergencies."]),
    "PHAC_ED_VaccineSupply_v3_FINAL.docx": dict(
        ns=["The Executive Director leads a team assembled quickly from several departments and the Canadian Armed Forces, and must build processes, data systems and accountability while operating at full speed. Allocation is made on a per capita basis agreed by First Ministers, with adjustments for Indigenous communities and federal populations; any error in forecasting is immediately visible to provinces that have booked appointments.",
            "The position works with the Vaccine Rollout Task Force's logistics partners, manufacturers and Public Services and Procurement Canada, and supports the Vice-President in daily briefings to the Minister and to federal, provincial and territorial officials."],
        sa=["Maintain the national vaccine inventory and reporting systems.", "Coordinate redistribution of doses at risk of expiry."]),
    "SSC DC Ops Director.docx": dict(
        ns=["The Director leads operations staff who work in shifts in facilities in the National Capital Region and in regional data centres, and manages contracts with facility and hardware providers worth tens of millions of dollars a year. Partner departments expect service levels stated in their service agreements, and escalate quickly to deputy heads when outages affect programs.",
            "The consolidation of more than 700 legacy data centres into a small number of enterprise facilities means that the Director must plan migrations of applications whose owners are reluctant to accept any risk, while keeping old sites safe until they close."],
        sa=["Plans capacity, power and cooling for enterprise data centres.", "Ensures physical and IT security controls are in place and audited."]),
    "AAFC Lethbridge RDC Director.docx": dict(
        ns=["The Director oversees some 200 scientists, technicians and operations staff, a research farm of several thousand hectares, livestock facilities and sub-stations in Vauxhall and Stavely. Research priorities are set nationally, but the Director must manage a diverse science portfolio locally, maintain the safety of laboratory and farm operations, and broker collaborations with the University of Lethbridge, the Province of Alberta and commodity groups that co-fund projects."],
        sa=["Ensure animal care, biosafety and occupational health and safety requirements are met.", "Negotiate collaborative research agreements and intellectual property terms."]),
    "ISED Spectrum Ops Director - reclassification request.docx": dict(
        ns=["The district offices serve a territory that extends from the Greater Toronto Area to Hudson Bay. Spectrum officers conduct radio monitoring, investigate interference complaints from the public and from licensees such as cellular carriers, airports and police services, and take enforcement action against illegal equipment including jammers.",
            "The Director must also manage the spectrum licensing workload generated by new auctions and the rollout of 5G networks, and advises headquarters on the operational impact of new spectrum policies."],
        sa=["Lead investigations of harmful interference to safety services.", "Manage the district offices' staff, vehicles and monitoring equipment.", "Represent the Department with licensees and municipalities."]),
    "SATJ_Directrice_greffe_CCI.docx": dict(
        ns=["La directrice doit préserver l'indépendance de la Cour tout en appliquant les politiques du Service administratif des tribunaux judiciaires. Elle gère la transition vers le dépôt électronique des documents et les audiences virtuelles, dans le respect des Règles de la Cour et du principe de la publicité des débats."],
        sa=["Gérer le dossier électronique de la Cour.", "Assurer la formation des greffiers audienciers."]),
    "PCH DG Langues officielles - description de travail.docx": dict(
        ns=["La directrice générale gère des programmes de subventions et de contributions de près de 400 M$ par année et négocie avec chaque province et territoire les ententes en éducation dans la langue de la minorité et en enseignement de la langue seconde. Les communautés et leurs organismes porte-parole suivent de près chaque décision de financement."],
        sa=["Diriger l'évaluation et la reddition de comptes des programmes.", "Appuyer la ministre lors des comparutions devant les comités parlementaires."]),
    "BT Directrice Interpretation parlementaire.docx": dict(
        ns=["La Direction offre l'interprétation en français, en anglais et en langues autochtones lors des débats, et soutient les comités qui se déplacent au pays. La directrice doit planifier les affectations alors que le calendrier parlementaire change sans préavis et que le nombre d'interprètes accrédités est limité."],
        sa=["Recruter et accréditer de nouveaux interprètes.", "Veiller à l'application des mesures de protection de la santé auditive."]),
    "AAC_Directeur_CRD_Saint-Hyacinthe.docx": dict(
        ns=["Le directeur gère une équipe d'une soixantaine de chercheurs, de techniciens et d'employés de soutien, et entretient des liens étroits avec la Faculté de médecine vétérinaire de l'Université de Montréal et les transformateurs alimentaires du Québec. Il doit assurer le respect des normes de biosécurité et de salubrité dans l'usine pilote."],
        sa=["Assurer la santé et la sécurité au travail dans les laboratoires.", "Représenter le centre auprès des partenaires de l'industrie."]),
    "CTA DG Dispute Resolution - bilingual WD.docx": dict(
        ns=["The Director General advises the Chair and Members on procedural fairness and on the Agency's decisions, and leads the modernization of case management, including online filing and triage of complaints."],
        ns_fr=["Le directeur général conseille le président et les membres sur l'équité procédurale et dirige la modernisation de la gestion des dossiers, notamment le dépôt en ligne et le triage des plaintes."],
        sa=["Advise Members on procedural matters.", "Lead modernization of case management."],
        sa_fr=["Conseiller les membres sur les questions de procédure.", "Diriger la modernisation de la gestion des dossiers."]),
    "MDN Directeur SPC Valcartier.docx": dict(
        ns=["Le centre de services dessert plus de 3 000 employés civils répartis entre Valcartier, Saint-Jean, Bagotville et Montréal. Le directeur doit répondre aux besoins opérationnels des commandants tout en assurant le respect de la Loi sur l'emploi dans la fonction publique et des conventions collectives, et gérer les griefs et les plaintes de harcèlement."],
        sa=["Gérer les griefs et les relations avec les agents négociateurs.", "Offrir des conseils en matière de classification et d'organisation."]),
    "LAC Director Digital Preservation.pdf": dict(
        ns=["The Director leads engineers, digital archivists and audiovisual technicians who operate the trusted digital repository and migrate film, video and audio recordings to digital formats. Every choice about formats and storage affects what researchers will be able to consult decades from now, and errors cannot be reversed once an original has been lost.",
            "The Director also advises departments on the transfer of born-digital records of archival value, and represents Canada in international preservation networks."],
        sa=["Manage preservation storage capacity and replication.", "Advise government institutions on digital records transfer."]),
    "SAC Directrice Sante PNI Atlantique.pdf": dict(
        ns=["La région compte 33 Premières Nations au Nouveau-Brunswick, en Nouvelle-Écosse, à l'Île-du-Prince-Édouard et à Terre-Neuve-et-Labrador. La directrice régionale gère des programmes de soins infirmiers, de santé publique, de santé mentale et de services de santé non assurés, et collabore avec les autorités sanitaires provinciales pour assurer la continuité des soins."],
        sa=["Planifier la réponse aux urgences de santé publique.", "Soutenir la transition vers des modèles de gouvernance autochtone de la santé."]),
    "PS Emergency Management Policy Director EN-FR.pdf": dict(
        ns=["The Director leads a small team of policy analysts who prepare memoranda to Cabinet, ministerial briefings and federal-provincial-territorial agreements, often in the weeks following a major disaster when expectations are highest."],
        ns_fr=["Le directeur dirige une petite équipe d'analystes qui préparent des mémoires au Cabinet, des notes d'information et des ententes fédérales-provinciales-territoriales, souvent dans les semaines qui suivent une catastrophe majeure."],
        sa=["Prepare memoranda to Cabinet.", "Coordinate lessons learned after major events."],
        sa_fr=["Préparer des mémoires au Cabinet.", "Coordonner les leçons retenues après les événements majeurs."]),
    "ECCC_MSC_Prairie_Northern_Ops_Director.pdf": dict(
        ns=["The Director manages meteorologists who work in shifts around the clock, and a network of surface, upper-air and radar stations across the Prairies, Yukon, the Northwest Territories and Nunavut. Equipment in remote northern sites is difficult to maintain, and data gaps affect forecasts for aviation, marine and Indigenous communities.",
            "The Director works with provincial emergency management organizations and the media to ensure warnings reach the public, and leads reviews after severe weather events such as tornadoes and blizzards."],
        sa=["Ensure the quality and timeliness of forecasts and warnings.", "Lead post-event reviews."]),
    "CFIA ED Meat Programs.txt": dict(
        ns=["The Executive Director leads policy and program design for inspection in more than 700 federally licensed meat and poultry establishments. Program changes must respect trade obligations, since access to the United States, the European Union and Asian markets depends on equivalency audits by foreign governments, and must be implemented by inspectors and veterinarians in the operations branch.",
            "Industry, consumer groups and the inspectors' union hold strong views on inspection presence and modernization; the Executive Director must build support for changes while maintaining food safety outcomes."],
        sa=["Lead the design of modernized inspection approaches.", "Support foreign audits and equivalency assessments.", "Provide expert advice to the Vice-President and the President."]),
    "DND_DGCHRO_work_description.md": dict(
        ns=["The Director General oversees a national network of HR service centres and compensation units, and is accountable for staffing, classification, labour relations and compensation services to civilian employees, in a department where civilian managers and military commanders both manage civilian staff.",
            "Pay stabilization, labour relations with more than a dozen bargaining agents and the modernization of HR services through digital tools are among the main challenges."],
        sa=["Negotiate service standards with Level 1 organizations.", "Lead national labour relations consultations.", "Oversee civilian pay stabilization activities."]),
}

for _p in POSITIONS:
    for _key, _more in MORE.get(_p["doc"], {}).items():
        _p[_key] = _p[_key] + _more
