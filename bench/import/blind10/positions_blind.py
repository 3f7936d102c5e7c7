"""The positions behind the eleventh blind corpus: facts a careful reader takes from each work
description, and the prose the documents are written from.

Every position, department pairing, number and name here is invented for this corpus; the
structure and vocabulary follow Government of Canada executive (EX) work descriptions as a
classification unit's shared drive holds them (2008 to 2025). A position written up twice (an
older and a newer work description of the same position number) has one entry per version.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

PROVINCES = {
    "NL": ("Newfoundland and Labrador", "Terre-Neuve-et-Labrador"),
    "PE": ("Prince Edward Island", "Île-du-Prince-Édouard"),
    "NS": ("Nova Scotia", "Nouvelle-Écosse"),
    "NB": ("New Brunswick", "Nouveau-Brunswick"),
    "QC": ("Quebec", "Québec"),
    "ON": ("Ontario", "Ontario"),
    "MB": ("Manitoba", "Manitoba"),
    "SK": ("Saskatchewan", "Saskatchewan"),
    "AB": ("Alberta", "Alberta"),
    "BC": ("British Columbia", "Colombie-Britannique"),
    "YT": ("Yukon", "Yukon"),
    "NT": ("Northwest Territories", "Territoires du Nord-Ouest"),
    "NU": ("Nunavut", "Nunavut"),
}


@dataclass(frozen=True)
class Report:
    """A direct report as the work description lists it; ``title`` keyed by language."""
    title: dict[str, str]
    classification: str | None
    fte: int | None
    duties: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Supervisor:
    number: str | None
    title: dict[str, str]
    classification: str | None


@dataclass(frozen=True)
class Prose:
    """The narrative of one language: general accountability, nature and scope, challenges and
    specific accountabilities."""
    summary: str
    scope: list[str]
    challenges: list[str]
    duties: list[str]


@dataclass(frozen=True)
class Position:
    key: str
    department: dict[str, str]
    branch: dict[str, str]
    unit: dict[str, str]
    title: dict[str, str]
    classification: str
    job_code: str | None
    number: str | None
    effective: date | None
    supervisor: Supervisor
    reports: list[Report]
    fte: int | None
    salary: int | None
    o_and_m: int | None
    total: int | None
    city: str
    province: str
    prose: dict[str, Prose]
    operating: int | None = None
    program: int | None = None
    mandate: dict[str, str] = field(default_factory=dict)


def T(en: str | None = None, fr: str | None = None) -> dict[str, str]:
    """A text in one or both official languages."""
    return {k: v for k, v in (("en", en), ("fr", fr)) if v is not None}


# --- departments: the mandate paragraph each work description of the department opens its
# --- nature and scope with ------------------------------------------------------------------

MANDATES = {
    "VAC": T(
        en="Veterans Affairs Canada supports the well-being of Veterans and their families and "
           "provides recognition of their service and sacrifice. Through a national network of area "
           "offices and a centralized operations division located at the Department's headquarters in "
           "Charlottetown, the Department administers disability benefits, health care programs, "
           "financial benefits and rehabilitation services for more than 200,000 clients."),
    "PSPC": T(
        en="Public Services and Procurement Canada is the Government of Canada's common service "
           "provider. As the Receiver General and the administrator of the public service pay and "
           "pension systems, it pays federal employees and pensioners, and it manages the systems, "
           "processes and client services on which departments and agencies rely.",
        fr="Services publics et Approvisionnement Canada est le fournisseur de services communs du "
           "gouvernement du Canada. À titre de receveur général et d'administrateur des régimes de "
           "paye et de pension de la fonction publique, le Ministère verse la rémunération des "
           "fonctionnaires et les prestations des retraités et gère les systèmes, processus et "
           "services à la clientèle sur lesquels comptent les ministères et organismes."),
    "CRA": T(
        fr="L'Agence du revenu du Canada administre les impôts, les prestations et les programmes "
           "connexes et assure l'observation des lois fiscales pour le compte des gouvernements de "
           "l'ensemble du Canada. Les centres fiscaux traitent chaque année des millions de "
           "déclarations de revenus et de prestations et constituent le principal point de contact "
           "écrit de l'Agence avec les contribuables."),
    "CCG": T(
        fr="La Garde côtière canadienne, organisme de service spécial au sein de Pêches et Océans "
           "Canada, assure la sécurité de la navigation, la recherche et le sauvetage maritimes, "
           "l'intervention environnementale, le déglaçage et les services de communications et de "
           "trafic maritimes dans les eaux canadiennes, y compris le fleuve Saint-Laurent, le golfe "
           "et le fjord du Saguenay."),
    "ECCC": T(
        en="Environment and Climate Change Canada is the lead federal department for a wide range of "
           "environmental issues. Through the Meteorological Service of Canada, the Department "
           "provides weather, water, ice and climate information, forecasts and warnings twenty-four "
           "hours a day, and operates the national networks that observe the atmosphere and the "
           "country's surface and marine environment."),
    "HC": T(
        en="Health Canada helps Canadians maintain and improve their health. Under the Food and "
           "Drugs Act and its regulations, the Department authorizes health products for sale in "
           "Canada, monitors their safety once on the market and takes action when risks are "
           "identified.",
        fr="Santé Canada aide les Canadiennes et les Canadiens à maintenir et à améliorer leur santé. "
           "En vertu de la Loi sur les aliments et drogues et de ses règlements, le Ministère "
           "autorise la vente des produits de santé au Canada, surveille leur innocuité après leur "
           "mise en marché et intervient lorsque des risques sont décelés."),
    "ISED": T(
        en="Innovation, Science and Economic Development Canada works to improve conditions for "
           "investment, enhance Canada's innovation performance and increase Canada's share of "
           "global trade. Under the Radiocommunication Act, the Department manages the radio "
           "frequency spectrum, a public resource on which every wireless service in the country "
           "depends."),
    "STATCAN": T(
        fr="Statistique Canada est l'organisme statistique national. En vertu de la Loi sur la "
           "statistique, il recueille, compile, analyse et publie des renseignements statistiques "
           "sur l'activité commerciale, industrielle, financière, sociale et économique du pays. "
           "L'Indice des prix à la consommation qu'il produit chaque mois sert à l'indexation des "
           "pensions, des prestations et des salaires et guide la politique monétaire.",
        en="Statistics Canada is the national statistical office. Under the Statistics Act, it "
           "collects, compiles, analyses and publishes statistical information on the commercial, "
           "industrial, financial, social and economic activities of the country. The monthly "
           "Consumer Price Index it produces is used to index pensions, benefits and wages and "
           "informs monetary policy."),
    "AAFC": T(
        en="Agriculture and Agri-Food Canada supports the agriculture and agri-food sector through "
           "initiatives that promote innovation and competitiveness. Its Science and Technology "
           "Branch conducts research in a national network of research and development centres, "
           "each with a mandate tied to the crops, livestock and landscapes of its region."),
    "CFIA": T(
        fr="L'Agence canadienne d'inspection des aliments protège les Canadiens contre les risques "
           "évitables pour la santé liés aux aliments, aux animaux et aux végétaux. Elle applique "
           "plus d'une douzaine de lois et leurs règlements, inspecte les établissements, certifie "
           "les exportations et intervient en cas d'urgence touchant la salubrité des aliments, la "
           "santé des animaux ou la protection des végétaux."),
    "PCO": T(
        en="The Privy Council Office supports the Prime Minister and Cabinet. Its policy secretariats "
           "provide non-partisan advice on the Government's priorities, coordinate the policy "
           "proposals brought forward by departments and manage the flow of business to Cabinet and "
           "its committees."),
    "GAC": T(
        fr="Affaires mondiales Canada gère les relations diplomatiques et consulaires du Canada, fait "
           "la promotion du commerce international et dirige l'aide au développement international. "
           "Le Ministère offre des services consulaires aux Canadiens à l'étranger par l'entremise "
           "de plus de 260 points de service dans quelque 180 pays.",
        en="Global Affairs Canada manages Canada's diplomatic and consular relations, promotes "
           "international trade and leads international development assistance. The Department "
           "delivers consular services to Canadians abroad through more than 260 points of service "
           "in some 180 countries."),
    "CSC": T(
        fr="Le Service correctionnel du Canada contribue à la sécurité publique en administrant les "
           "peines de deux ans ou plus imposées par les tribunaux. Il gère des établissements de "
           "divers niveaux de sécurité et surveille les délinquants en liberté sous condition dans "
           "la collectivité, en vertu de la Loi sur le système correctionnel et la mise en liberté "
           "sous condition."),
    "ISC": T(
        en="Indigenous Services Canada works collaboratively with partners to improve access to "
           "high-quality services for First Nations, Inuit and Métis. Its regional offices deliver "
           "funding for education, social development, housing, community infrastructure and "
           "governance, and support the transfer of services to Indigenous control."),
    "AANDC": T(
        en="Aboriginal Affairs and Northern Development Canada supports Aboriginal peoples and "
           "Northerners in their efforts to improve social well-being and economic prosperity, "
           "develop healthier, more sustainable communities and participate more fully in Canada's "
           "political, social and economic development."),
    "PS": T(
        en="Public Safety Canada was created to ensure coordination across all federal departments "
           "and agencies responsible for national security and the safety of Canadians. It "
           "provides policy leadership on crime prevention, policing, corrections and emergency "
           "management and delivers grant and contribution programs to communities."),
    "ACOA": T(
        en="The Atlantic Canada Opportunities Agency works to create opportunities for economic "
           "growth in Atlantic Canada by helping businesses become more competitive, innovative and "
           "productive, by working with communities to develop and diversify local economies, and "
           "by championing the strengths of the region."),
    "CSA": T(
        fr="L'Agence spatiale canadienne a pour mandat de promouvoir l'exploitation et l'usage "
           "pacifiques de l'espace, de faire progresser la connaissance de l'espace au moyen de la "
           "science et de veiller à ce que les Canadiens tirent profit des sciences et technologies "
           "spatiales sur les plans tant social qu'économique."),
    "IRB": T(
        fr="La Commission de l'immigration et du statut de réfugié du Canada est le plus important "
           "tribunal administratif indépendant du pays. Ses quatre sections rendent des décisions "
           "sur des questions d'immigration et de protection des réfugiés avec efficacité, équité "
           "et conformité à la loi, à partir de bureaux régionaux situés à Montréal, à Toronto et à "
           "Vancouver."),
    "SSC": T(
        en="Shared Services Canada delivers digital services to Government of Canada organizations. "
           "It provides modern, secure and reliable IT services so federal organizations can deliver "
           "digital programs and services that meet Canadians' needs, including the devices, "
           "software and support public servants use every day."),
    "PHAC": T(
        en="The Public Health Agency of Canada promotes and protects the health of Canadians through "
           "leadership, partnership, innovation and action in public health. Its National "
           "Microbiology Laboratory in Winnipeg is the only containment level 4 facility in Canada "
           "able to handle human and animal pathogens of the highest risk."),
    "NRCAN": T(
        en="Natural Resources Canada seeks to enhance the responsible development and use of "
           "Canada's natural resources and the competitiveness of Canada's natural resources "
           "products. The Canadian Forest Service conducts forest science through five research "
           "centres across the country."),
    "CSPS": T(
        fr="L'École de la fonction publique du Canada offre une gamme de cours et de programmes "
           "d'apprentissage communs à tous les fonctionnaires fédéraux. Elle a la responsabilité de "
           "répondre aux besoins d'apprentissage courants des employés et de soutenir les priorités "
           "d'apprentissage du gouvernement dans les deux langues officielles."),
    "LAC": T(
        en="Library and Archives Canada acquires, preserves and makes accessible the documentary "
           "heritage of Canada, and serves as the continuing memory of the Government of Canada and "
           "its institutions.",
        fr="Bibliothèque et Archives Canada acquiert, préserve et rend accessible le patrimoine "
           "documentaire du Canada et constitue la mémoire permanente du gouvernement du Canada et "
           "de ses institutions."),
    "PC": T(
        en="Parks Canada protects and presents nationally significant examples of Canada's natural "
           "and cultural heritage, and fosters public understanding, appreciation and enjoyment in "
           "ways that ensure their ecological and commemorative integrity for present and future "
           "generations."),
    "TC": T(
        en="Transport Canada is responsible for transportation policies and programs. Under the "
           "Aeronautics Act and the Canadian Aviation Regulations, its Civil Aviation program "
           "certifies and oversees the aviation industry so that Canada's civil aviation system "
           "remains among the safest in the world."),
    "DND": T(
        fr="Le ministère de la Défense nationale et les Forces armées canadiennes détiennent le plus "
           "important portefeuille immobilier du gouvernement fédéral : plus de 20 000 bâtiments et "
           "2,2 millions d'hectares de terrains répartis dans l'ensemble du pays, qui soutiennent "
           "l'instruction, la disponibilité opérationnelle et la vie quotidienne des militaires."),
    "CIRNAC": T(
        en="Crown-Indigenous Relations and Northern Affairs Canada continues the renewal of the "
           "nation-to-nation, Inuit-Crown and government-to-government relationship. In the "
           "Northwest Territories, the Department retains responsibilities for the management of "
           "federal lands, waters and contaminated sites that were not transferred under devolution."),
    "CED": T(
        fr="Développement économique Canada pour les régions du Québec appuie le développement "
           "économique à long terme des régions du Québec en accordant une attention particulière "
           "à celles dont la croissance économique est lente ou dont les possibilités d'emploi sont "
           "insuffisantes. L'Agence offre ses services par l'entremise de bureaux d'affaires "
           "répartis sur le territoire."),
    "PSC": T(
        en="The Public Service Commission of Canada promotes and safeguards merit-based appointments "
           "that are free from political influence. It provides assessment tools and services, "
           "including second language evaluation, to federal organizations on a cost-recovery and "
           "appropriated basis."),
    "ESDC": T(
        en="Employment and Social Development Canada, through Service Canada, provides Canadians with "
           "a single point of access to a wide range of government services and benefits, including "
           "Employment Insurance, the Canada Pension Plan, Old Age Security, passports and Social "
           "Insurance Numbers, in person, by telephone and online."),
    "DFO": T(
        en="Fisheries and Oceans Canada manages Canada's fisheries and safeguards its waters. Under "
           "the Fisheries Act, the Department manages commercial, recreational and Indigenous "
           "fisheries, issues licences and quotas and enforces the conditions under which fish may "
           "be harvested."),
    "HCQC": T(
        fr="Santé Canada aide les Canadiens à maintenir et à améliorer leur santé. En vertu de la Loi "
           "canadienne sur la sécurité des produits de consommation, le Ministère cerne, évalue et "
           "gère les risques pour la santé et la sécurité que présentent les produits de "
           "consommation et les cosmétiques vendus au Canada."),
    "CBSA": T(
        en="The Canada Border Services Agency facilitates the flow of legitimate travellers and trade "
           "and enforces more than 90 acts and regulations at the border. Its Pacific Region "
           "operates some of the busiest land ports of entry in the country, on the main corridor "
           "between the Lower Mainland and the state of Washington."),
    "PCH": T(
        fr="Patrimoine canadien et ses organismes du portefeuille jouent un rôle essentiel dans la vie "
           "culturelle, civique et économique des Canadiens. Le Ministère appuie la vitalité des "
           "communautés de langue officielle en situation minoritaire et la promotion du français "
           "et de l'anglais dans la société canadienne, en vertu de la Loi sur les langues "
           "officielles."),
    "JUS": T(
        en="The Department of Justice Canada supports the Minister of Justice and Attorney General of "
           "Canada. As a federal institution subject to the Access to Information Act and the Privacy "
           "Act, it receives thousands of requests a year, many involving solicitor-client privilege "
           "and sensitive litigation records."),
    "WAGE": T(
        fr="Femmes et Égalité des genres Canada fait progresser l'égalité en ce qui a trait au sexe, à "
           "l'orientation sexuelle, à l'identité et à l'expression de genre par l'inclusion de "
           "toutes les personnes. Le Ministère finance des organismes qui préviennent et combattent "
           "la violence fondée sur le sexe et soutiennent les personnes survivantes."),
}


# --- the positions ----------------------------------------------------------------------------

_VAC_PROSE = Prose(
    summary="The Director, Disability Benefits Adjudication is accountable for the timely, consistent and "
            "fair adjudication of first applications, reassessments and departmental reviews for "
            "disability benefits under the Veterans Well-being Act and the Pension Act; for the "
            "medical advisory services that support adjudicators; and for the quality assurance, "
            "training and decision-support tools that allow the Department to meet its service "
            "standard for disability decisions.",
    scope=[
        "Disability benefits are the largest program administered by the Department in volume and "
        "in dollars. Applications have grown steadily since the introduction of the Pain and "
        "Suffering Compensation and the simplification of the application process, while the "
        "complexity of cases, many involving mental health conditions and multiple claimed "
        "conditions, has increased. Each decision affects the financial security of a Veteran and "
        "often the eligibility of the Veteran and the family for treatment benefits and other "
        "programs.",
        "The Director manages the largest adjudication workforce in the Department, located in "
        "Charlottetown, and works with the Directors of Centralized Operations, the Bureau of "
        "Pensions Advocates, the Veterans Review and Appeal Board and the Office of the Veterans "
        "Ombud. The Director interprets legislation, policy and medical guidelines in complex and "
        "precedent-setting cases, and is the Department's senior operational authority on "
        "adjudication practice.",
    ],
    challenges=[
        "The principal challenge is to reduce the backlog of applications awaiting a decision while "
        "maintaining decision quality, in an environment of sustained public, parliamentary and "
        "media scrutiny. The Director must recruit, train and retain adjudicators in a small labour "
        "market, introduce automation and case-prioritization tools without compromising "
        "procedural fairness, and manage the pressures on employees who read traumatic case "
        "material every day.",
    ],
    duties=[
        "Directs the adjudication of disability benefit applications, reassessments and departmental "
        "reviews, ensuring decisions are timely, consistent and in accordance with legislation, "
        "regulations and policy.",
        "Establishes operational plans, production targets and workload distribution models, and "
        "monitors performance against the departmental service standard.",
        "Directs the provision of medical advisory services to adjudicators and approves the "
        "guidelines used in the assessment of medical evidence.",
        "Leads the quality assurance program for disability decisions and implements corrective "
        "measures and training where trends are identified.",
        "Provides expert advice to the Director General and senior management on adjudication "
        "issues, emerging case law and the operational impacts of proposed policy and legislative "
        "changes.",
        "Represents the Department with the Veterans Review and Appeal Board, the Office of the "
        "Veterans Ombud and Veterans' organizations on operational matters.",
        "Manages the human, financial and material resources of the Division, including "
        "recruitment, learning, employee wellness and labour relations.",
    ],
)

_CRA_PROSE = Prose(
    summary="Le directeur du Centre fiscal de Jonquière est responsable de la gestion et de la "
            "prestation des programmes de traitement des déclarations, de cotisation, de prestations "
            "et d'observation confiés au Centre, de la qualité et de l'exactitude des cotisations "
            "établies, du respect des normes de service de l'Agence et de la gestion de l'une des "
            "plus importantes concentrations d'employés de l'Agence au Québec.",
    scope=[
        "Le Centre fiscal de Jonquière traite les déclarations de revenus des particuliers du Québec "
        "et d'une partie de l'Est du Canada, administre des programmes de prestations pour "
        "l'ensemble du pays et assure des fonctions nationales de vérification et d'observation. "
        "Les volumes de travail sont fortement saisonniers : pendant la période de production des "
        "déclarations, le Centre embauche plusieurs centaines d'employés occasionnels et "
        "saisonniers, qu'il doit recruter, former et encadrer en quelques semaines.",
        "Le titulaire travaille en étroite collaboration avec les autres centres fiscaux, les "
        "directions générales de l'Administration centrale responsables des programmes et de "
        "l'informatique, ainsi qu'avec les bureaux des services fiscaux de la région. Le Centre est "
        "un employeur majeur de la région du Saguenay–Lac-Saint-Jean et le directeur représente "
        "l'Agence auprès de la collectivité, des établissements d'enseignement et des médias "
        "régionaux.",
    ],
    challenges=[
        "Le défi principal consiste à maintenir la qualité et la rapidité du service pendant la "
        "modernisation des systèmes de traitement, la croissance de la production électronique et "
        "la réaffectation de la charge de travail entre les centres fiscaux. Le directeur doit "
        "gérer des changements importants dans la nature des emplois, assurer la sécurité de "
        "l'information des contribuables et maintenir un climat de relations de travail sain avec "
        "des syndicats très présents.",
    ],
    duties=[
        "Dirige la planification, l'organisation et le contrôle des programmes de traitement, de "
        "cotisation, de prestations et d'observation confiés au Centre.",
        "Établit les objectifs opérationnels du Centre, répartit les ressources entre les "
        "programmes et surveille l'atteinte des normes de service et de qualité.",
        "Planifie et dirige le recrutement, la formation et l'encadrement du personnel saisonnier "
        "et occasionnel requis pendant la période de production des déclarations.",
        "Conseille la haute direction sur l'incidence opérationnelle des modifications législatives "
        "et des projets de modernisation et participe à leur mise en œuvre.",
        "Assure la protection des renseignements des contribuables et l'application des mesures de "
        "sécurité matérielle et informatique du Centre.",
        "Représente l'Agence auprès des intervenants régionaux, des syndicats et des médias et "
        "participe aux comités nationaux de gestion des centres fiscaux.",
        "Gère les ressources humaines, financières et matérielles du Centre conformément aux "
        "politiques de l'Agence et aux valeurs de la fonction publique.",
    ],
)

_STATCAN_FR = Prose(
    summary="Le directeur de la Division des prix à la consommation est responsable de la production, "
            "de l'analyse et de la diffusion mensuelles de l'Indice des prix à la consommation (IPC) "
            "et des indices connexes, de l'intégrité méthodologique de l'indice et du respect "
            "absolu du calendrier de diffusion des données, dont dépendent les marchés financiers, "
            "la Banque du Canada et les gouvernements.",
    scope=[
        "L'IPC est l'un des indicateurs économiques les plus suivis au pays. Il sert à indexer les "
        "prestations du Régime de pensions du Canada et de la Sécurité de la vieillesse, les "
        "tranches d'imposition et de nombreuses conventions collectives, et il guide la cible "
        "d'inflation de la Banque du Canada. Une erreur de publication aurait des conséquences "
        "financières considérables et porterait atteinte à la crédibilité de Statistique Canada.",
        "La Division recueille chaque mois des dizaines de milliers de prix auprès de détaillants et "
        "de fournisseurs de services de partout au pays, intègre des données administratives et "
        "des données transactionnelles, calcule les indices élémentaires et agrégés et publie les "
        "résultats selon un calendrier fixé un an à l'avance. Le directeur travaille avec les "
        "divisions de la méthodologie, de la collecte et de l'informatique, ainsi qu'avec les "
        "organismes statistiques internationaux.",
    ],
    challenges=[
        "Le directeur doit moderniser les méthodes de l'IPC, notamment par l'intégration de données "
        "de lecteurs optiques et de données extraites du Web, tout en assurant la continuité et la "
        "comparabilité des séries. Il doit répondre rapidement aux demandes des médias, des "
        "ministères et des parlementaires lorsque l'inflation devient un enjeu public, et expliquer "
        "des choix méthodologiques complexes à des auditoires non spécialisés.",
    ],
    duties=[
        "Dirige la production mensuelle de l'IPC et des indices connexes et en approuve la "
        "diffusion selon le calendrier officiel.",
        "Établit le programme de recherche méthodologique de la Division et approuve les "
        "changements apportés aux pondérations, aux échantillons et aux méthodes de calcul.",
        "Dirige l'intégration de nouvelles sources de données, dont les données de lecteurs "
        "optiques et les données administratives, dans la production de l'indice.",
        "Agit à titre de porte-parole de Statistique Canada sur l'IPC auprès des médias, de la "
        "Banque du Canada, des ministères et des utilisateurs.",
        "Représente le Canada aux groupes de travail internationaux sur les indices des prix.",
        "Gère les ressources humaines, financières et matérielles de la Division et veille au "
        "perfectionnement du personnel spécialisé.",
    ],
)

_STATCAN_EN = Prose(
    summary="The Director of the Consumer Prices Division is accountable for the monthly production, "
            "analysis and release of the Consumer Price Index (CPI) and related indexes, for the "
            "methodological integrity of the index, and for strict adherence to the release "
            "calendar on which financial markets, the Bank of Canada and governments depend.",
    scope=[
        "The CPI is one of the most closely watched economic indicators in the country. It is used "
        "to index Canada Pension Plan and Old Age Security benefits, tax brackets and many "
        "collective agreements, and it guides the Bank of Canada's inflation target. A release "
        "error would have considerable financial consequences and would damage Statistics "
        "Canada's credibility.",
        "Each month the Division gathers tens of thousands of prices from retailers and service "
        "providers across the country, integrates administrative and transaction data, computes "
        "elementary and aggregate indexes and publishes the results on a calendar set one year in "
        "advance. The Director works with the methodology, collection and informatics divisions "
        "and with international statistical organizations.",
    ],
    challenges=[
        "The Director must modernize CPI methods, in particular through the integration of scanner "
        "data and web-scraped data, while ensuring the continuity and comparability of the series. "
        "The Director must respond quickly to the media, departments and parliamentarians when "
        "inflation becomes a public issue, and explain complex methodological choices to "
        "non-specialist audiences.",
    ],
    duties=[
        "Directs the monthly production of the CPI and related indexes and approves their release "
        "according to the official calendar.",
        "Sets the Division's methodological research program and approves changes to weights, "
        "samples and calculation methods.",
        "Directs the integration of new data sources, including scanner data and administrative "
        "data, into the production of the index.",
        "Acts as Statistics Canada's spokesperson on the CPI with the media, the Bank of Canada, "
        "departments and users.",
        "Represents Canada on international working groups on price indexes.",
        "Manages the human, financial and material resources of the Division and ensures the "
        "development of its specialized staff.",
    ],
)

_ISC_PROSE = Prose(
    summary="The Regional Director General, Manitoba Region is accountable for the delivery of the "
            "Department's programs and services to the 63 First Nations of Manitoba and for the "
            "management of the Department's relationships with First Nations leadership, Tribal "
            "Councils, the Assembly of Manitoba Chiefs, the Province of Manitoba and other federal "
            "departments in the region. The position leads the regional office and ensures that "
            "transfer payments are managed with probity and in support of First Nations' own "
            "priorities.",
    scope=[
        "Manitoba has one of the largest First Nations populations in Canada, and many communities "
        "are remote, accessible only by air or by winter road for much of the year. Housing, water "
        "and wastewater systems, schools and health facilities in these communities face pressures "
        "that are among the most acute in the country, and flooding and wildfire evacuations are "
        "recurring events that the region must coordinate with the Province and First Nations.",
        "The Regional Director General manages transfer payments that represent the largest share "
        "of the regional budget and that are delivered through a mix of set, fixed, flexible and "
        "block funding agreements and, increasingly, through self-government and sectoral "
        "governance agreements. The Regional Director General is the Department's senior "
        "representative in Manitoba and a member of the Federal Council.",
    ],
    challenges=[
        "The Regional Director General must support the transfer of responsibility for services to "
        "First Nations organizations while ensuring continuity of essential services, respond to "
        "emergencies on short notice, and reconcile national program authorities with the "
        "priorities of First Nations leadership. The position works under intense public and "
        "political attention, and regional decisions are frequently the subject of litigation, "
        "media coverage and parliamentary questions.",
    ],
    duties=[
        "Provides strategic leadership and direction for the delivery of departmental programs and "
        "services in Manitoba.",
        "Manages the region's transfer payment agreements and ensures compliance with the Policy on "
        "Transfer Payments and the Department's risk management framework.",
        "Builds and maintains relationships with First Nations leaders, Tribal Councils, provincial "
        "officials and federal partners, and represents the Department at senior regional tables.",
        "Coordinates the Department's response to emergencies affecting First Nations communities, "
        "including evacuations, in collaboration with the Province and partner organizations.",
        "Advises the Assistant Deputy Minister on regional issues, risks and opportunities and "
        "contributes to national policy and program design.",
        "Leads the regional management team and manages the human, financial and material resources "
        "of the region.",
    ],
)

_SSC_PROSE = Prose(
    summary="The Senior Director, Workplace Technology Devices is accountable for the procurement, "
            "provisioning, lifecycle management and support of the workplace technology devices used "
            "by Government of Canada employees, including desktop and laptop computers, mobile "
            "devices and printing services, and for the management of the related enterprise "
            "contracts and asset inventories.",
    scope=[
        "Shared Services Canada is the mandatory provider of workplace technology devices for its "
        "partner organizations and an optional provider for other federal organizations. The "
        "Directorate manages the procurement vehicles through which departments order hundreds of "
        "thousands of devices, and it provides the cellular and mobile services used by a large "
        "part of the public service.",
        "The Senior Director works with Public Services and Procurement Canada, the Treasury Board "
        "of Canada Secretariat, partner Chief Information Officers and industry suppliers, and must "
        "balance the requirements of security, accessibility, environmental sustainability and "
        "value for money in every procurement decision.",
    ],
    challenges=[
        "The Senior Director must respond to rapid shifts in demand, such as the move to remote work, "
        "manage supply chain disruptions, and ensure that devices are retired and disposed of "
        "securely and in an environmentally responsible way, while partners expect consumer-grade "
        "service from an enterprise model.",
    ],
    duties=[
        "Directs the procurement and provisioning of workplace technology devices for partner and "
        "client organizations.",
        "Manages enterprise contracts, standing offers and supply arrangements for devices, mobile "
        "services and printing.",
        "Establishes lifecycle management, asset tracking and secure disposal processes for "
        "devices.",
        "Provides advice to the Director General and partners on device strategies, standards and "
        "emerging technologies.",
        "Monitors service levels and client satisfaction and implements service improvements.",
        "Manages the human and financial resources of the Directorate.",
    ],
)


VAC_2021 = Position(
    key="vac-2021",
    department=T(en="Veterans Affairs Canada", fr="Anciens Combattants Canada"),
    branch=T(en="Service Delivery Branch"), unit=T(en="Disability Benefits Adjudication Division"),
    title=T(en="Director, Disability Benefits Adjudication"),
    classification="EX-01", job_code="301178", number="70245", effective=date(2021, 6, 14),
    supervisor=Supervisor("70011", T(en="Director General, Centralized Operations"), "EX-03"),
    reports=[
        Report(T(en="Manager, Disability Adjudication Unit 1"), "PM-06", 38,
               T(en="adjudicates first applications for disability benefits")),
        Report(T(en="Manager, Disability Adjudication Unit 2"), "PM-06", 41,
               T(en="adjudicates reassessments, increases and departmental reviews")),
        Report(T(en="Manager, Quality and Decision Support"), "PM-06", 12,
               T(en="quality assurance, training, guidelines and decision-support tools")),
        Report(T(en="Chief, Medical Advisory Services"), "MD-MOF-04", 9,
               T(en="medical advice to adjudicators on complex claims")),
        Report(T(en="Administrative Assistant"), "AS-01", 1, T(en="support to the Director")),
    ],
    fte=102, salary=8_420_000, o_and_m=310_000, total=8_730_000,
    city="Charlottetown", province="PE", prose={"en": _VAC_PROSE}, mandate=MANDATES["VAC"],
)

VAC_2013 = Position(
    key="vac-2013",
    department=T(en="Veterans Affairs Canada"),
    branch=T(en="Service Delivery Branch"), unit=T(en="Centralized Operations Division"),
    title=T(en="Director, Disability Benefits Adjudication"),
    classification="EX-01", job_code="300412", number="70245", effective=date(2013, 2, 4),
    supervisor=Supervisor("70011", T(en="Director General, Centralized Operations Division"), "EX-03"),
    reports=[
        Report(T(en="Manager, Disability Adjudication"), "PM-06", 46,
               T(en="adjudication of disability pension and award applications")),
        Report(T(en="Manager, Adjudication Support"), "PM-05", 18,
               T(en="file preparation, medical records requests and correspondence")),
        Report(T(en="Manager, Medical Advisory Services"), "MD-MOF-03", 7,
               T(en="medical opinions on claimed conditions")),
    ],
    fte=72, salary=5_940_000, o_and_m=185_000, total=6_125_000,
    city="Charlottetown", province="PE", prose={"en": _VAC_PROSE}, mandate=MANDATES["VAC"],
)

PSPC_PENSION = Position(
    key="pspc-pension",
    department=T(fr="Services publics et Approvisionnement Canada"),
    branch=T(fr="Direction générale des services de paye et de pension"),
    unit=T(fr="Centre des pensions du gouvernement du Canada"),
    title=T(fr="Directeur, Services des pensions à la clientèle"),
    classification="EX-01", job_code="412203", number="88317", effective=date(2017, 10, 2),
    supervisor=Supervisor("88002", T(fr="Directeur exécutif, Centre des pensions"), "EX-02"),
    reports=[
        Report(T(fr="Gestionnaire, Service à la clientèle – Prestations"), "PM-05", 64,
               T(fr="calcul et versement des prestations de retraite et de survivant")),
        Report(T(fr="Gestionnaire, Centre d'appels des pensions"), "PM-05", 52,
               T(fr="réponse aux demandes téléphoniques des participants et des retraités")),
        Report(T(fr="Gestionnaire, Assurance de la qualité et formation"), "PM-05", 11,
               T(fr="contrôle de la qualité, formation et outils de travail")),
        Report(T(fr="Chef, Dossiers spéciaux et recours"), "PM-04", 8,
               T(fr="dossiers complexes, plaintes et recours des clients")),
        Report(T(fr="Adjointe administrative"), "AS-01", 1, T(fr="soutien administratif au directeur")),
    ],
    fte=137, salary=9_850_000, o_and_m=420_000, total=10_270_000,
    city="Shediac", province="NB", mandate=MANDATES["PSPC"],
    prose={"fr": Prose(
        summary="Le directeur, Services des pensions à la clientèle, est responsable de la prestation "
                "des services de pension aux participants actifs, aux retraités et aux survivants "
                "du régime de pension de la fonction publique, soit le calcul et le versement des "
                "prestations, le centre d'appels, le traitement des dossiers complexes et des "
                "recours, ainsi que l'assurance de la qualité des services rendus.",
        scope=[
            "Le Centre des pensions administre l'un des plus importants régimes de retraite au pays, "
            "qui compte plus de 800 000 participants, retraités et survivants. Chaque erreur de "
            "calcul ou retard de paiement a des conséquences directes sur le revenu de personnes "
            "souvent vulnérables, et peut faire l'objet de plaintes au Bureau de l'ombudsman ou "
            "d'interventions ministérielles.",
            "Le titulaire dirige une main-d'œuvre nombreuse et spécialisée, situé à Shediac, et "
            "travaille avec les équipes des systèmes de pension, les ministères employeurs, le "
            "Secrétariat du Conseil du Trésor, responsable des politiques du régime, et les "
            "associations de retraités.",
        ],
        challenges=[
            "Le principal défi consiste à maintenir les normes de service alors que le nombre de "
            "départs à la retraite augmente et que les problèmes de paye touchent les dossiers de "
            "pension. Le directeur doit recruter et former des conseillers en rémunération dans un "
            "marché régional restreint, moderniser les outils libre-service et assurer un service "
            "de qualité égale dans les deux langues officielles.",
        ],
        duties=[
            "Dirige le calcul, l'autorisation et le versement des prestations de retraite, "
            "d'invalidité et de survivant.",
            "Établit les normes de service du Centre d'appels et en surveille le rendement.",
            "Dirige le traitement des dossiers complexes, des plaintes et des recours et approuve "
            "les décisions qui créent un précédent.",
            "Met en œuvre un programme d'assurance de la qualité et de formation continue.",
            "Conseille le directeur exécutif sur les risques opérationnels et les améliorations aux "
            "systèmes et aux processus.",
            "Représente le Centre auprès des ministères employeurs et des associations de retraités.",
            "Gère les ressources humaines, financières et matérielles de la direction.",
        ],
    )},
)

CRA_2009 = Position(
    key="cra-2009",
    department=T(fr="Agence du revenu du Canada"),
    branch=T(fr="Direction générale des cotisations et des services de prestations"),
    unit=T(fr="Centre fiscal de Jonquière"),
    title=T(fr="Directeur, Centre fiscal de Jonquière"),
    classification="EX-02", job_code="51877", number="21450", effective=date(2009, 3, 30),
    supervisor=Supervisor("20100", T(fr="Directeur général, Direction des opérations des centres fiscaux"),
                          "EX-03"),
    reports=[
        Report(T(fr="Directeur adjoint, Traitement des déclarations"), "MG-06", 540),
        Report(T(fr="Directeur adjoint, Recouvrement et cotisations"), "MG-06", 380),
        Report(T(fr="Directeur adjoint, Services administratifs"), "MG-05", 95),
        Report(T(fr="Chef, Planification et rapports"), "MG-04", 12),
    ],
    fte=1030, salary=48_600_000, o_and_m=2_100_000, total=50_700_000,
    city="Jonquière", province="QC", prose={"fr": _CRA_PROSE}, mandate=MANDATES["CRA"],
)

CRA_2018 = Position(
    key="cra-2018",
    department=T(fr="Agence du revenu du Canada"),
    branch=T(fr="Direction générale des cotisations, des prestations et du service"),
    unit=T(fr="Centre fiscal de Jonquière"),
    title=T(fr="Directeur, Centre fiscal de Jonquière"),
    classification="EX-03", job_code="60124", number="21450", effective=date(2018, 11, 19),
    supervisor=Supervisor("20001", T(fr="Sous-commissaire adjoint, Direction générale des cotisations, "
                                       "des prestations et du service"), "EX-04"),
    reports=[
        Report(T(fr="Directeur adjoint, Traitement des déclarations des particuliers"), "MG-06", 488),
        Report(T(fr="Directeur adjoint, Prestations et crédits"), "MG-06", 301),
        Report(T(fr="Directeur adjoint, Vérification et observation"), "MG-06", 214),
        Report(T(fr="Directeur adjoint, Services à l'organisation"), "MG-05", 102),
        Report(T(fr="Conseillère principale"), "MG-04", 1),
    ],
    fte=1110, salary=61_400_000, o_and_m=3_250_000, total=64_650_000,
    city="Jonquière", province="QC", prose={"fr": _CRA_PROSE}, mandate=MANDATES["CRA"],
)

CCG_MCTS = Position(
    key="ccg-mcts",
    department=T(fr="Pêches et Océans Canada – Garde côtière canadienne"),
    branch=T(fr="Région du Québec"), unit=T(fr="Services de communications et de trafic maritimes (SCTM)"),
    title=T(fr="Directeur, Services de communications et de trafic maritimes"),
    classification="EX-01", job_code="77310", number="96114", effective=date(2016, 5, 9),
    supervisor=Supervisor("96001", T(fr="Commissaire adjoint, Région du Québec"), "EX-03"),
    reports=[
        Report(T(fr="Surintendant, Centre SCTM de Québec"), "RO-07", 38),
        Report(T(fr="Surintendant, Centre SCTM des Escoumins"), "RO-07", 27),
        Report(T(fr="Surintendant, Centre SCTM de Rivière-au-Renard"), "RO-07", 24),
        Report(T(fr="Gestionnaire, Formation et normes opérationnelles"), "RO-06", 6),
        Report(T(fr="Agent de planification"), "AS-04", 1),
    ],
    fte=97, salary=7_900_000, o_and_m=1_100_000, total=9_000_000,
    city="Québec", province="QC", mandate=MANDATES["CCG"],
    prose={"fr": Prose(
        summary="Le directeur, Services de communications et de trafic maritimes (SCTM), est "
                "responsable de la prestation continue, vingt-quatre heures par jour, des services "
                "de communications de détresse et de sécurité, de la régulation du trafic maritime "
                "et des services d'information aux navires dans le fleuve Saint-Laurent, le golfe "
                "et le fjord du Saguenay, à partir de trois centres SCTM.",
        scope=[
            "Les centres SCTM constituent le premier maillon de la chaîne de recherche et de "
            "sauvetage maritimes : ils reçoivent les appels de détresse, coordonnent les "
            "communications avec le Centre secondaire de sauvetage maritime et diffusent les avis "
            "à la navigation. Ils régulent aussi le trafic des navires dans une voie navigable "
            "parmi les plus exigeantes au monde, empruntée chaque année par des milliers de "
            "navires commerciaux, de traversiers et de navires de croisière.",
            "Le directeur veille à ce que les opérations respectent les conventions de "
            "l'Organisation maritime internationale, la Loi de 2001 sur la marine marchande du "
            "Canada et les normes nationales de la Garde côtière. Il travaille avec les pilotes, "
            "les administrations portuaires, Transports Canada, la Corporation de gestion de la "
            "Voie maritime et les communautés côtières.",
        ],
        challenges=[
            "Le directeur doit assurer un service sans interruption malgré la pénurie d'officiers "
            "SCTM qualifiés, dont la formation dure près d'un an, et malgré le remplacement des "
            "systèmes de communication et de radar. Une défaillance peut entraîner la perte de vies "
            "ou une catastrophe environnementale; les décisions doivent souvent être prises en "
            "quelques minutes, en dehors des heures normales de travail.",
        ],
        duties=[
            "Dirige les opérations des trois centres SCTM de la région et en assure la continuité "
            "en tout temps.",
            "Établit les niveaux de dotation, les horaires de quart et les plans de continuité des "
            "opérations.",
            "Veille à la conformité des opérations aux normes nationales et internationales et met "
            "en œuvre les recommandations des vérifications et enquêtes.",
            "Dirige la formation, la certification et le maintien des compétences des officiers "
            "SCTM.",
            "Participe, avec l'équipe nationale, à la planification du renouvellement des systèmes "
            "de communication et de radar.",
            "Représente la Garde côtière auprès de l'industrie maritime et des partenaires "
            "fédéraux et provinciaux.",
            "Gère les ressources humaines, financières et matérielles de la direction.",
        ],
    )},
)

ECCC_MDS = Position(
    key="eccc-mds",
    department=T(en="Environment and Climate Change Canada"),
    branch=T(en="Meteorological Service of Canada"), unit=T(en="Monitoring and Data Services Directorate"),
    title=T(en="Director General, Monitoring and Data Services"),
    classification="EX-03", job_code="145520", number="30871", effective=date(2019, 4, 1),
    supervisor=Supervisor("30002", T(en="Assistant Deputy Minister, Meteorological Service of Canada"), "EX-05"),
    reports=[
        Report(T(en="Director, National Surface and Marine Monitoring"), "EX-01", 214,
               T(en="the surface weather, climate, hydrometric and marine observing networks")),
        Report(T(en="Director, Weather Radar and Upper Air Monitoring"), "EX-01", 168,
               T(en="the national weather radar network, upper air stations and lightning detection")),
        Report(T(en="Director, Data Management and Dissemination"), "EX-01", 96,
               T(en="the quality control, archiving and dissemination of observational data")),
        Report(T(en="Director, Monitoring Strategy and Business Planning"), "EX-01", 31,
               T(en="network planning, performance measurement and business management")),
        Report(T(en="Executive Assistant"), "AS-03", 1),
    ],
    fte=512, salary=48_200_000, o_and_m=31_750_000, total=79_950_000,
    city="Gatineau", province="QC", mandate=MANDATES["ECCC"],
    prose={"en": Prose(
        summary="The Director General, Monitoring and Data Services is accountable for the design, "
                "operation and renewal of Canada's national atmospheric, hydrometric, climate and "
                "marine monitoring networks, and for the management, quality control and "
                "dissemination of the observational data on which the Meteorological Service of "
                "Canada's forecasts and warnings, climate services and scientific research depend.",
        scope=[
            "The Directorate operates more than 3,000 monitoring sites from the Arctic archipelago "
            "to the southern border, including automatic weather stations, weather radars, upper air "
            "stations, buoys and the hydrometric stations operated jointly with the provinces and "
            "territories. The networks run continuously and must meet the standards of the World "
            "Meteorological Organization; an outage of a radar during a severe weather event "
            "directly affects public safety.",
            "The Director General manages one of the largest capital and operating portfolios of "
            "the Department, with an asset base that is ageing and spread over remote and harsh "
            "locations. The position negotiates cost-shared agreements with provinces and "
            "territories, partnerships with NAV CANADA and the Department of National Defence, and "
            "data exchange agreements with the United States and international partners.",
        ],
        challenges=[
            "The main challenges are to sustain network reliability with ageing infrastructure, to "
            "complete the replacement of the weather radar network on schedule, and to transform "
            "the management of data so that users inside and outside government can access "
            "observations in real time through open, standards-based services. The Director "
            "General must also attract and keep technologists and data specialists in a highly "
            "competitive market.",
        ],
        duties=[
            "Provides strategic direction for the design, operation, maintenance and renewal of the "
            "national monitoring networks.",
            "Directs the management, quality control, archiving and dissemination of observational "
            "data and the development of open data services.",
            "Leads the Directorate's capital investment plan, including the renewal of the weather "
            "radar network, and reports on its progress to departmental governance committees.",
            "Negotiates and manages agreements with provinces, territories, other federal "
            "departments and international partners for the operation of networks and the exchange "
            "of data.",
            "Represents Canada at the World Meteorological Organization on matters of observing "
            "systems and data policy.",
            "Advises the Assistant Deputy Minister on risks to the continuity of monitoring "
            "services and on investment priorities.",
            "Manages the human, financial and material resources of the Directorate.",
        ],
    )},
)

HC_NNHPD = Position(
    key="hc-nnhpd",
    department=T(en="Health Canada", fr="Santé Canada"),
    branch=T(en="Health Products and Food Branch", fr="Direction générale des produits de santé et des aliments"),
    unit=T(en="Natural and Non-prescription Health Products Directorate",
           fr="Direction des produits de santé naturels et sans ordonnance"),
    title=T(en="Director General, Natural and Non-prescription Health Products Directorate",
            fr="Directeur général, Direction des produits de santé naturels et sans ordonnance"),
    classification="EX-03", job_code="218845", number="45120", effective=date(2020, 8, 31),
    supervisor=Supervisor("45001", T(en="Assistant Deputy Minister, Health Products and Food Branch",
                                     fr="Sous-ministre adjoint, Direction générale des produits de santé et des aliments"),
                          "EX-05"),
    reports=[
        Report(T(en="Director, Pre-market Licensing", fr="Directeur, Homologation préalable à la mise en marché"),
               "EX-01", 74),
        Report(T(en="Director, Product Quality and Site Licensing",
                 fr="Directeur, Qualité des produits et licences d'exploitation"), "EX-01", 45),
        Report(T(en="Director, Post-market and Compliance Policy",
                 fr="Directeur, Politique de surveillance après la mise en marché et de conformité"), "EX-01", 38),
        Report(T(en="Director, Policy, Planning and International Affairs",
                 fr="Directeur, Politiques, planification et affaires internationales"), "EX-01", 27),
        Report(T(en="Senior Medical Advisor", fr="Conseiller médical principal"), "MD-MSP-03", 1),
    ],
    fte=191, salary=17_600_000, o_and_m=2_400_000, total=20_000_000,
    city="Ottawa", province="ON", mandate=MANDATES["HC"],
    prose={
        "en": Prose(
            summary="The Director General is accountable for the regulation of natural health "
                    "products and non-prescription drugs sold in Canada: the pre-market assessment "
                    "and licensing of products and manufacturing sites, the policies and standards "
                    "that govern their quality, safety and efficacy, and the Directorate's "
                    "contribution to the Branch's post-market and compliance activities.",
            scope=[
                "More than 90,000 natural health products and several thousand non-prescription "
                "drugs are licensed for sale in Canada, and the Directorate receives thousands of "
                "new applications each year. Canadians use these products daily, often without the "
                "advice of a health professional, so the accuracy of labels, the quality of "
                "ingredients and the evidence behind health claims matter directly to public "
                "health.",
                "The Director General leads the modernization of the regulatory framework for "
                "self-care products, working with industry associations, health professionals, "
                "consumer groups, provinces and international regulators. The position operates in "
                "a contentious environment in which industry seeks faster access to market and "
                "advocates seek stronger oversight.",
            ],
            challenges=[
                "The Director General must reduce application backlogs while introducing a risk-based "
                "framework, cost recovery and new labelling requirements, and must defend regulatory "
                "decisions before the courts, parliamentary committees and the media.",
            ],
            duties=[
                "Directs the pre-market assessment and licensing of natural health products and "
                "non-prescription drugs and of the sites that manufacture them.",
                "Leads the development of regulations, policies, guidance and standards for "
                "self-care products.",
                "Directs the Directorate's contribution to post-market surveillance and compliance "
                "activities.",
                "Represents Health Canada with international regulators and in bilateral "
                "cooperation agreements.",
                "Manages stakeholder engagement and consultations on regulatory proposals.",
                "Manages the human and financial resources of the Directorate, including cost "
                "recovery revenues.",
            ],
        ),
        "fr": Prose(
            summary="Le directeur général est responsable de la réglementation des produits de santé "
                    "naturels et des médicaments sans ordonnance vendus au Canada : l'évaluation "
                    "préalable à la mise en marché et l'homologation des produits et des sites de "
                    "fabrication, les politiques et normes qui en régissent la qualité, l'innocuité "
                    "et l'efficacité, ainsi que la contribution de la Direction aux activités de "
                    "surveillance et de conformité de la Direction générale.",
            scope=[
                "Plus de 90 000 produits de santé naturels et plusieurs milliers de médicaments sans "
                "ordonnance sont homologués au Canada, et la Direction reçoit chaque année des "
                "milliers de nouvelles demandes. Les Canadiens utilisent ces produits "
                "quotidiennement, souvent sans l'avis d'un professionnel de la santé; l'exactitude "
                "des étiquettes, la qualité des ingrédients et les preuves à l'appui des allégations "
                "ont donc une incidence directe sur la santé publique.",
                "Le directeur général dirige la modernisation du cadre réglementaire des produits "
                "d'autosoins, en collaboration avec les associations de l'industrie, les "
                "professionnels de la santé, les groupes de consommateurs, les provinces et les "
                "organismes de réglementation étrangers.",
            ],
            challenges=[
                "Le directeur général doit réduire l'arriéré des demandes tout en instaurant un cadre "
                "fondé sur le risque, le recouvrement des coûts et de nouvelles exigences "
                "d'étiquetage, et doit défendre les décisions réglementaires devant les tribunaux, "
                "les comités parlementaires et les médias.",
            ],
            duties=[
                "Dirige l'évaluation et l'homologation des produits de santé naturels et des "
                "médicaments sans ordonnance et des sites qui les fabriquent.",
                "Dirige l'élaboration des règlements, politiques, lignes directrices et normes "
                "relatifs aux produits d'autosoins.",
                "Dirige la contribution de la Direction aux activités de surveillance et de "
                "conformité.",
                "Représente Santé Canada auprès des organismes de réglementation étrangers.",
                "Gère la mobilisation des intervenants et les consultations sur les projets de "
                "règlement.",
                "Gère les ressources humaines et financières de la Direction, y compris les recettes "
                "du recouvrement des coûts.",
            ],
        ),
    },
)

ISED_SPECTRUM = Position(
    key="ised-spectrum",
    department=T(en="Innovation, Science and Economic Development Canada"),
    branch=T(en="Spectrum and Telecommunications Sector"), unit=T(en="Spectrum Management Operations Branch"),
    title=T(en="Director General, Spectrum Management Operations"),
    classification="EX-03", job_code=None, number="15532", effective=date(2022, 1, 10),
    supervisor=Supervisor("15500", T(en="Senior Assistant Deputy Minister, Spectrum and Telecommunications"),
                          "EX-05"),
    reports=[
        Report(T(en="Director, Spectrum Licensing"), "EX-01", 62),
        Report(T(en="Director, Spectrum Compliance and Enforcement"), "EX-01", 48),
        Report(T(en="Director, Regional Operations East"), "EX-01", 133),
        Report(T(en="Director, Regional Operations West"), "EX-01", 121),
        Report(T(en="Director, Operations Planning and Systems"), "EX-01", 35),
    ],
    fte=403, salary=36_900_000, o_and_m=6_300_000, total=43_200_000,
    city="Ottawa", province="ON", mandate=MANDATES["ISED"],
    prose={"en": Prose(
        summary="The Director General, Spectrum Management Operations is accountable for the national "
                "delivery of spectrum licensing, certification, compliance and enforcement "
                "operations, including the operations of the regional and district offices, so that "
                "the radio frequency spectrum is used efficiently and free of harmful interference.",
        scope=[
            "The Branch issues and renews more than 300,000 radio licences, investigates thousands "
            "of interference complaints a year and monitors the spectrum from fixed and mobile "
            "stations across the country. Licence fees and auction proceeds flowing from spectrum "
            "management are among the largest non-tax revenues of the Government of Canada.",
            "The Director General manages a workforce of engineers, technologists and inspectors "
            "distributed in more than twenty offices, and works with public safety agencies, "
            "National Defence, the aviation and marine sectors and the United States Federal "
            "Communications Commission to resolve interference that can endanger lives.",
        ],
        challenges=[
            "The Director General must modernize licensing systems and field equipment, deploy "
            "automated spectrum monitoring, and respond to the explosion of wireless devices and "
            "satellite services, while retaining specialized technical staff whose skills are in "
            "high demand in the private sector.",
        ],
        duties=[
            "Directs national spectrum licensing, certification and authorization operations.",
            "Directs compliance and enforcement activities, including interference investigations "
            "and the enforcement of the Radiocommunication Act.",
            "Provides leadership to the regional operations directorates and district offices.",
            "Leads the modernization of licensing systems, monitoring equipment and business "
            "processes.",
            "Advises the Senior Assistant Deputy Minister on operational risks and on the "
            "implementation of spectrum policy decisions.",
            "Manages the human, financial and material resources of the Branch.",
        ],
    )},
)

STATCAN_2012 = Position(
    key="statcan-2012",
    department=T(fr="Statistique Canada"),
    branch=T(fr="Secteur de la statistique économique"), unit=T(fr="Division des prix à la consommation"),
    title=T(fr="Directeur, Division des prix à la consommation"),
    classification="EX-01", job_code="64410", number="50412", effective=date(2012, 7, 23),
    supervisor=Supervisor("50400", T(fr="Directeur général, Direction de la statistique des prix et des industries"),
                          "EX-03"),
    reports=[
        Report(T(fr="Chef, Production de l'IPC"), "ES-06", 41),
        Report(T(fr="Chef, Analyse et méthodes de l'IPC"), "ES-06", 18),
        Report(T(fr="Chef, Collecte des prix et relations avec les répondants"), "ES-05", 27),
        Report(T(fr="Chef, Systèmes et soutien"), "CS-03", 9),
    ],
    fte=96, salary=6_850_000, o_and_m=620_000, total=7_470_000,
    city="Ottawa", province="ON", prose={"fr": _STATCAN_FR}, mandate=MANDATES["STATCAN"],
)

STATCAN_2024 = Position(
    key="statcan-2024",
    department=T(fr="Statistique Canada", en="Statistics Canada"),
    branch=T(fr="Statistique économique", en="Economic Statistics"),
    unit=T(fr="Division des prix à la consommation", en="Consumer Prices Division"),
    title=T(fr="Directeur, Division des prix à la consommation", en="Director, Consumer Prices Division"),
    classification="EX-01", job_code="230517", number="50412", effective=date(2024, 2, 12),
    supervisor=Supervisor("50398", T(fr="Directeur général, Statistique des prix",
                                     en="Director General, Prices Statistics"), "EX-03"),
    reports=[
        Report(T(fr="Chef, Production de l'IPC", en="Chief, CPI Production"), "EC-07", 36),
        Report(T(fr="Chef, Analyse de l'IPC et science des données", en="Chief, CPI Analysis and Data Science"),
               "EC-07", 24),
        Report(T(fr="Chef, Données de lecteurs optiques et données de substitution",
                 en="Chief, Scanner and Alternative Data"), "EC-07", 22),
        Report(T(fr="Chef, Méthodes et recherche sur les prix", en="Chief, Price Methods and Research"), "EC-07", 14),
        Report(T(fr="Gestionnaire, Systèmes de traitement", en="Manager, Processing Systems"), "CS-04", 11),
    ],
    fte=108, salary=10_900_000, o_and_m=1_350_000, total=12_250_000,
    city="Ottawa", province="ON", prose={"fr": _STATCAN_FR, "en": _STATCAN_EN}, mandate=MANDATES["STATCAN"],
)

AAFC_LETHBRIDGE = Position(
    key="aafc-lethbridge",
    department=T(en="Agriculture and Agri-Food Canada"),
    branch=T(en="Science and Technology Branch"), unit=T(en="Lethbridge Research and Development Centre"),
    title=T(en="Director, Research, Development and Technology, Lethbridge"),
    classification="EX-01", job_code="118744", number="62258", effective=date(2015, 9, 14),
    supervisor=Supervisor("62200", T(en="Director General, Research, Development and Technology, Prairies"), None),
    reports=[
        Report(T(en="Research Manager, Crop Production Systems"), "RES-04", 42),
        Report(T(en="Research Manager, Livestock and Environment"), "RES-04", 38),
        Report(T(en="Research Manager, Agro-ecosystem Resilience"), "RES-04", 29),
        Report(T(en="Manager, Operations and Facilities"), "AS-07", 31),
    ],
    fte=196, salary=15_200_000, o_and_m=3_800_000, total=19_000_000,
    city="Lethbridge", province="AB", mandate=MANDATES["AAFC"],
    prose={"en": Prose(
        summary="The Director, Research, Development and Technology is accountable for the leadership "
                "and management of the Lethbridge Research and Development Centre, one of the largest "
                "agricultural research establishments in Canada, and for the delivery of its "
                "research program in crop production, beef cattle and the agro-ecosystems of the "
                "semi-arid prairie.",
        scope=[
            "The Centre's scientists conduct long-term field experiments, some of them running "
            "continuously for more than a century, and maintain herds, irrigated and dryland plots, "
            "greenhouses, laboratories and a feedlot. Their results support the competitiveness of "
            "Prairie agriculture and inform national policies on soil, water, climate and animal "
            "health.",
            "The Director manages a multidisciplinary workforce of research scientists, biologists, "
            "technicians and farm staff, and negotiates research collaborations with universities, "
            "provincial agencies, producer associations and industry. The Centre is a significant "
            "federal presence in southern Alberta.",
        ],
        challenges=[
            "The Director must renew ageing research facilities, align a broad research portfolio "
            "with national science priorities, and manage collaborative agreements involving "
            "intellectual property, while recruiting scientists in specialized fields and "
            "maintaining safe operations of farm and laboratory facilities.",
        ],
        duties=[
            "Provides scientific and managerial leadership to the Centre and sets its research "
            "priorities within the national science strategy.",
            "Approves research projects, collaborative agreements and the allocation of research "
            "resources.",
            "Directs the operation and renewal of the Centre's farms, herds, greenhouses and "
            "laboratories, including biosafety and occupational safety.",
            "Builds partnerships with universities, provincial agencies, producer groups and "
            "industry.",
            "Communicates research results to stakeholders, the public and senior management.",
            "Manages the human, financial and material resources of the Centre.",
        ],
    )},
)

CFIA_QUEBEC = Position(
    key="cfia-quebec",
    department=T(fr="Agence canadienne d'inspection des aliments"),
    branch=T(fr="Direction générale des opérations"), unit=T(fr="Centre opérationnel du Québec"),
    title=T(fr="Directeur exécutif, Centre opérationnel du Québec"),
    classification="EX-02", job_code="404471", number="77341", effective=date(2019, 9, 3),
    supervisor=Supervisor("77000", T(fr="Vice-président, Direction générale des opérations"), "EX-05"),
    reports=[
        Report(T(fr="Directeur régional, Inspection des aliments"), "EX-01", 231),
        Report(T(fr="Directeur régional, Santé des animaux"), "EX-01", 142),
        Report(T(fr="Directeur régional, Protection des végétaux et programmes intégrés"), "EX-01", 96),
        Report(T(fr="Gestionnaire, Planification et services opérationnels"), "PM-06", 18),
    ],
    fte=489, salary=41_300_000, o_and_m=6_200_000, total=47_500_000,
    city="Saint-Hyacinthe", province="QC", mandate=MANDATES["CFIA"],
    prose={"fr": Prose(
        summary="Le directeur exécutif, Centre opérationnel du Québec, est responsable de la "
                "prestation, dans l'ensemble du Québec, des programmes d'inspection des aliments, "
                "de santé des animaux et de protection des végétaux de l'Agence, de la gestion des "
                "urgences et des enquêtes qui en découlent, et de la certification des exportations "
                "agroalimentaires de la province.",
        scope=[
            "Le Québec compte une proportion importante des établissements de transformation "
            "alimentaire, des abattoirs et des élevages du pays, ainsi que des ports et postes "
            "frontaliers par lesquels transitent des produits importés et exportés. Les inspecteurs "
            "et vétérinaires du Centre sont présents en permanence dans les abattoirs agréés et "
            "interviennent lors de rappels d'aliments, d'éclosions de maladies animales et de "
            "détections d'organismes nuisibles.",
            "Le directeur exécutif dirige une organisation décentralisée répartie dans une "
            "vingtaine de bureaux et travaille avec le ministère de l'Agriculture, des Pêcheries et "
            "de l'Alimentation du Québec, l'industrie, les producteurs et les partenaires "
            "commerciaux étrangers. Il est le porte-parole de l'Agence au Québec lors des "
            "situations d'urgence.",
        ],
        challenges=[
            "Le titulaire doit mettre en œuvre le Règlement sur la salubrité des aliments au Canada, "
            "gérer des crises qui surviennent sans préavis, comme la peste porcine africaine ou "
            "l'influenza aviaire, et recruter des vétérinaires et des inspecteurs dans un marché "
            "concurrentiel, tout en maintenant la confiance des consommateurs et des marchés "
            "d'exportation.",
        ],
        duties=[
            "Dirige la prestation des programmes d'inspection, de santé des animaux et de "
            "protection des végétaux au Québec.",
            "Dirige la gestion des urgences, des rappels et des enquêtes et assure la liaison avec "
            "les autorités provinciales.",
            "Établit les priorités opérationnelles et répartit les ressources entre les bureaux du "
            "Centre.",
            "Assure la certification des exportations et le respect des exigences des pays "
            "importateurs.",
            "Conseille le vice-président sur les risques opérationnels et les besoins de la région.",
            "Représente l'Agence auprès de l'industrie, des producteurs et des médias.",
            "Gère les ressources humaines, financières et matérielles du Centre.",
        ],
    )},
)

PCO_SDP = Position(
    key="pco-sdp",
    department=T(en="Privy Council Office"),
    branch=T(en="Policy and Planning"), unit=T(en="Social Development Policy Secretariat"),
    title=T(en="Director of Operations, Social Development Policy"),
    classification="EX-02", job_code="90266", number="4418", effective=date(2011, 5, 16),
    supervisor=Supervisor("4400", T(en="Assistant Secretary to the Cabinet, Social Development Policy"), "EX-04"),
    reports=[
        Report(T(en="Director, Health and Income Security Policy"), "EX-01", 6),
        Report(T(en="Director, Learning, Immigration and Culture"), "EX-01", 5),
        Report(T(en="Senior Policy Analyst, Horizontal Files"), "EC-07", None),
        Report(T(en="Operations and Planning Officer"), "AS-05", None),
    ],
    fte=16, salary=1_610_000, o_and_m=95_000, total=1_705_000,
    city="Ottawa", province="ON", mandate=MANDATES["PCO"],
    prose={"en": Prose(
        summary="The Director of Operations, Social Development Policy is accountable for the "
                "day-to-day management of the Secretariat's support to the Cabinet Committee on "
                "Social Affairs, for the quality and timeliness of the policy advice and briefing "
                "provided to the Prime Minister and the Clerk on social policy files, and for the "
                "coordination of horizontal initiatives across social departments.",
        scope=[
            "The Secretariat covers health, income security, labour, learning, immigration, culture, "
            "Indigenous social programs and justice issues. It reviews every memorandum to Cabinet "
            "brought forward by some fifteen departments and agencies in these areas, challenges "
            "their analysis and options, and prepares the Prime Minister's and committee chairs' "
            "briefing.",
            "The Director of Operations works under the strict deadlines of the Cabinet cycle and "
            "the confidentiality rules that govern Cabinet documents. The position manages the "
            "Secretariat's business and is the principal contact with the Cabinet Papers System "
            "Unit and the Operations Secretariat.",
        ],
        challenges=[
            "The Director of Operations must anticipate the timing of files, maintain the quality of "
            "advice when several large initiatives arrive at once, and coordinate with departments "
            "whose interests diverge, while protecting Cabinet confidences.",
        ],
        duties=[
            "Manages the Secretariat's work plan and the flow of social policy items to Cabinet and "
            "its committees.",
            "Reviews and challenges memoranda to Cabinet and ensures the quality of briefing "
            "material.",
            "Coordinates horizontal social policy initiatives with departments and central "
            "agencies.",
            "Provides strategic advice to the Assistant Secretary on emerging issues.",
            "Manages the Secretariat's human and financial resources and its operations.",
        ],
    )},
)

GAC_CONSULAR = Position(
    key="gac-consular",
    department=T(fr="Affaires mondiales Canada", en="Global Affairs Canada"),
    branch=T(fr="Services consulaires, sécurité et gestion des urgences",
             en="Consular, Security and Emergency Management"),
    unit=T(fr="Direction générale des opérations consulaires", en="Consular Operations Bureau"),
    title=T(fr="Directeur général, Opérations consulaires", en="Director General, Consular Operations"),
    classification="EX-03", job_code="31920", number="11287", effective=date(2023, 3, 27),
    supervisor=Supervisor("11200", T(fr="Sous-ministre adjoint, Services consulaires, sécurité et gestion des urgences",
                                     en="Assistant Deputy Minister, Consular, Security and Emergency Management"),
                          "EX-05"),
    reports=[
        Report(T(fr="Directeur, Gestion des cas consulaires", en="Director, Consular Case Management"), "EX-01", 58),
        Report(T(fr="Directeur, Centre de surveillance et d'intervention d'urgence",
                 en="Director, Emergency Watch and Response Centre"), "EX-01", 44),
        Report(T(fr="Directeur, Politiques et planification consulaires", en="Director, Consular Policy and Planning"),
               "EX-01", 21),
        Report(T(fr="Directeur, Services consulaires en mission", en="Director, Mission Consular Services"),
               "FS-04", 16),
    ],
    fte=141, salary=13_800_000, o_and_m=4_600_000, total=18_400_000,
    city="Ottawa", province="ON", mandate=MANDATES["GAC"],
    prose={
        "fr": Prose(
            summary="Le directeur général, Opérations consulaires, est responsable de la prestation "
                    "des services consulaires aux Canadiens à l'étranger, de la gestion des cas "
                    "consulaires complexes, du Centre de surveillance et d'intervention d'urgence "
                    "et de l'orientation fonctionnelle du réseau consulaire des missions.",
            scope=[
                "Chaque année, des millions de Canadiens voyagent ou vivent à l'étranger et le "
                "Ministère traite des centaines de milliers de demandes de services consulaires, "
                "dont des milliers de cas complexes : arrestations, détentions, décès, enlèvements "
                "d'enfants, mariages forcés et victimes d'actes criminels. Plusieurs de ces cas "
                "attirent l'attention des médias et des parlementaires.",
                "Le directeur général coordonne la réponse du gouvernement lors des crises "
                "internationales — catastrophes naturelles, conflits, attentats — et organise au "
                "besoin l'évacuation de ressortissants canadiens, en collaboration avec la Défense "
                "nationale et les alliés du Canada.",
            ],
            challenges=[
                "Le titulaire doit gérer des attentes croissantes des citoyens, des situations où la "
                "vie de Canadiens est en danger et des cas dont l'issue dépend de gouvernements "
                "étrangers, tout en protégeant la vie privée des clients et en maintenant la "
                "capacité d'intervention jour et nuit.",
            ],
            duties=[
                "Dirige la prestation des services consulaires et la gestion des cas complexes.",
                "Dirige le Centre de surveillance et d'intervention d'urgence et la réponse du "
                "Ministère aux crises touchant des Canadiens à l'étranger.",
                "Élabore les politiques, normes et outils consulaires et en assure l'application "
                "dans les missions.",
                "Conseille le sous-ministre adjoint et le ministre sur les cas et enjeux consulaires "
                "délicats.",
                "Entretient des relations avec les ministères partenaires et les gouvernements "
                "étrangers.",
                "Gère les ressources humaines, financières et matérielles de la Direction générale.",
            ],
        ),
        "en": Prose(
            summary="The Director General, Consular Operations is accountable for the delivery of "
                    "consular services to Canadians abroad, the management of complex consular "
                    "cases, the Emergency Watch and Response Centre and the functional direction of "
                    "the consular network of missions.",
            scope=[
                "Every year millions of Canadians travel or live abroad and the Department handles "
                "hundreds of thousands of requests for consular services, including thousands of "
                "complex cases: arrests, detentions, deaths, child abductions, forced marriages "
                "and victims of crime. Many of these cases draw media and parliamentary attention.",
                "The Director General coordinates the Government's response to international crises "
                "— natural disasters, conflicts, attacks — and organizes the evacuation of Canadians "
                "when required, with National Defence and Canada's allies.",
            ],
            challenges=[
                "The incumbent must manage rising expectations from citizens, situations where the "
                "lives of Canadians are at risk and cases whose outcome depends on foreign "
                "governments, while protecting clients' privacy and maintaining response capacity "
                "around the clock.",
            ],
            duties=[
                "Directs the delivery of consular services and the management of complex cases.",
                "Directs the Emergency Watch and Response Centre and the Department's response to "
                "crises affecting Canadians abroad.",
                "Develops consular policies, standards and tools and ensures their application in "
                "missions.",
                "Advises the Assistant Deputy Minister and the Minister on sensitive consular cases "
                "and issues.",
                "Maintains relationships with partner departments and foreign governments.",
                "Manages the human, financial and material resources of the Bureau.",
            ],
        ),
    },
)

CSC_COWANSVILLE = Position(
    key="csc-cowansville",
    department=T(fr="Service correctionnel du Canada"),
    branch=T(fr="Région du Québec"), unit=T(fr="Établissement de Cowansville"),
    title=T(fr="Directeur d'établissement, Établissement de Cowansville"),
    classification="EX-01", job_code="551280", number="32764", effective=date(2014, 6, 2),
    supervisor=Supervisor("32000", T(fr="Sous-commissaire régional, Région du Québec"), "EX-03"),
    reports=[
        Report(T(fr="Sous-directeur"), "AS-08", 212),
        Report(T(fr="Directeur adjoint, Interventions"), "WP-06", 61),
        Report(T(fr="Directeur adjoint, Services de gestion"), "AS-07", 38),
        Report(T(fr="Coordonnateur, Assurance de la qualité"), "AS-04", 1),
    ],
    fte=318, salary=28_700_000, o_and_m=4_900_000, total=33_600_000,
    city="Cowansville", province="QC", mandate=MANDATES["CSC"],
    prose={"fr": Prose(
        summary="Le directeur d'établissement est responsable de la gestion de l'Établissement de "
                "Cowansville, pénitencier à sécurité moyenne, de la garde sécuritaire et humaine des "
                "délinquants, de la prestation des programmes correctionnels qui favorisent leur "
                "réinsertion sociale et de la sécurité du personnel, des visiteurs et de la "
                "collectivité.",
        scope=[
            "L'établissement accueille plusieurs centaines de délinquants purgeant des peines de "
            "deux ans ou plus, dont une proportion croissante présente des problèmes de santé "
            "mentale, de toxicomanie ou d'appartenance à des groupes criminalisés. Le directeur "
            "rend des décisions qui touchent les droits et la liberté des délinquants — "
            "isolement, transfèrements, permissions de sortir — et qui peuvent être contestées "
            "devant les tribunaux ou l'Enquêteur correctionnel.",
            "L'établissement fonctionne vingt-quatre heures par jour, tous les jours de l'année. Le "
            "directeur travaille avec la Commission des libérations conditionnelles, les services "
            "de police, les organismes communautaires et les autorités municipales de la région de "
            "Brome-Missisquoi.",
        ],
        challenges=[
            "Le titulaire doit maintenir la sécurité de l'établissement face à l'introduction de "
            "drogues, aux incidents violents et aux pénuries de personnel, mettre en œuvre les "
            "réformes législatives sur les unités d'intervention structurée et gérer des relations "
            "de travail complexes.",
        ],
        duties=[
            "Dirige l'ensemble des opérations de l'établissement et en assure la sécurité.",
            "Rend les décisions relevant de la compétence du directeur en vertu de la loi et des "
            "directives du commissaire.",
            "Veille à la prestation des programmes correctionnels, des services de santé et des "
            "activités de réinsertion.",
            "Gère les situations d'urgence et les enquêtes sur les incidents.",
            "Entretient des relations avec les partenaires de la justice pénale et la collectivité.",
            "Gère les ressources humaines, financières et matérielles de l'établissement.",
        ],
    )},
)

ISC_2015 = Position(
    key="isc-2015",
    department=T(en="Aboriginal Affairs and Northern Development Canada"),
    branch=T(en="Regional Operations Sector"), unit=T(en="Manitoba Region"),
    title=T(en="Regional Director General, Manitoba Region"),
    classification="EX-03", job_code="204558", number="60310", effective=date(2015, 10, 5),
    supervisor=Supervisor("60000", T(en="Assistant Deputy Minister, Regional Operations"), "EX-05"),
    reports=[
        Report(T(en="Director, Funding Services"), "EX-01", 41),
        Report(T(en="Director, Lands and Economic Development"), "EX-01", 33),
        Report(T(en="Director, Education and Social Development Programs"), "EX-01", 28),
        Report(T(en="Director, Corporate Services"), "EX-01", 37),
        Report(T(en="Director, Governance and Partnerships"), "EX-01", 19),
        Report(T(en="Senior Strategic Advisor"), "PM-06", 1),
    ],
    fte=160, salary=13_100_000, o_and_m=2_200_000, total=15_300_000, program=1_100_000_000,
    city="Winnipeg", province="MB", prose={"en": _ISC_PROSE}, mandate=MANDATES["AANDC"],
)

ISC_2023 = Position(
    key="isc-2023",
    department=T(en="Indigenous Services Canada"),
    branch=T(en="Regional Operations Sector"), unit=T(en="Manitoba Region"),
    title=T(en="Regional Director General, Manitoba Region"),
    classification="EX-03", job_code="241190", number="60310", effective=date(2023, 6, 1),
    supervisor=Supervisor("60002", T(en="Senior Assistant Deputy Minister, Regional Operations"), "EX-05"),
    reports=[
        Report(T(en="Director, Funding Services and Capacity Development"), "EX-01", 46),
        Report(T(en="Director, Community Infrastructure"), "EX-01", 39),
        Report(T(en="Director, Education and Social Development"), "EX-01", 34),
        Report(T(en="Director, Strategic Policy and Partnerships"), "EX-01", 18),
        Report(T(en="Director, Corporate Services"), "EX-01", 42),
    ],
    fte=182, salary=17_450_000, o_and_m=2_900_000, total=20_350_000, program=1_900_000_000,
    city="Winnipeg", province="MB", prose={"en": _ISC_PROSE}, mandate=MANDATES["ISC"],
)

PS_NCPC = Position(
    key="ps-ncpc",
    department=T(en="Public Safety Canada"),
    branch=T(en="Community Safety and Partnerships Branch"), unit=T(en="National Crime Prevention Centre"),
    title=T(en="Director General, National Crime Prevention Centre"),
    classification="EX-03", job_code="70955", number=None, effective=date(2010, 11, 22),
    supervisor=Supervisor("10700", T(en="Assistant Deputy Minister, Community Safety and Partnerships Branch"),
                          "EX-04"),
    reports=[
        Report(T(en="Director, Program Operations"), "EX-01", 36),
        Report(T(en="Director, Policy, Research and Evaluation"), "EX-01", 22),
        Report(T(en="Director, Regional Delivery"), "EX-01", 28),
        Report(T(en="Manager, Knowledge Development"), "EC-07", 9),
    ],
    fte=97, salary=7_680_000, o_and_m=1_020_000, total=8_700_000, program=64_000_000,
    city="Ottawa", province="ON", mandate=MANDATES["PS"],
    prose={"en": Prose(
        summary="The Director General, National Crime Prevention Centre is accountable for the "
                "federal leadership of crime prevention in Canada: the development of crime "
                "prevention policy and knowledge, and the delivery of the National Crime Prevention "
                "Strategy's grant and contribution funds to communities, with a focus on youth at "
                "risk, Aboriginal communities and recurrent offenders.",
        scope=[
            "The Centre funds hundreds of community-based projects that test and implement "
            "evidence-based crime prevention programs, and evaluates their results so that what "
            "works can be replicated. Funding decisions are visible in communities and of keen "
            "interest to Members of Parliament, provinces and municipalities.",
            "The Director General works with provinces and territories, police services, "
            "Aboriginal organizations, researchers and international partners, and coordinates "
            "federal crime prevention efforts with Justice Canada, the RCMP and Health Canada.",
        ],
        challenges=[
            "The Director General must demonstrate measurable results from prevention investments "
            "whose effects appear over many years, manage a large transfer payment portfolio with "
            "small regional teams, and align community priorities with the Government's focus on "
            "specific crime problems such as gangs and drugs.",
        ],
        duties=[
            "Leads the development of federal crime prevention policy and strategy.",
            "Directs the delivery of the Centre's grant and contribution programs, including "
            "project selection, agreements, monitoring and evaluation.",
            "Oversees the development and dissemination of knowledge on effective crime prevention "
            "practices.",
            "Manages federal-provincial-territorial relations on crime prevention.",
            "Advises the Assistant Deputy Minister and the Minister on crime prevention issues.",
            "Manages the human, financial and material resources of the Centre.",
        ],
    )},
)

ACOA_NS = Position(
    key="acoa-ns",
    department=T(en="Atlantic Canada Opportunities Agency"),
    branch=T(en="Nova Scotia Region"), unit=T(en="Regional Office, Halifax"),
    title=T(en="Regional Vice-President, Nova Scotia"),
    classification="EX-04", job_code="140099", number="20417", effective=date(2018, 4, 3),
    supervisor=Supervisor("20001", T(en="President, Atlantic Canada Opportunities Agency"), "DM-02"),
    reports=[
        Report(T(en="Director, Enterprise Development"), "EX-01", 38),
        Report(T(en="Director, Community Development"), "EX-01", 26),
        Report(T(en="Director, Policy, Advocacy and Coordination"), "EX-01", 14),
        Report(T(en="Director, Finance and Corporate Services"), "FI-04", 12),
        Report(T(en="Manager, Communications"), "IS-06", 5),
    ],
    fte=97, salary=9_100_000, o_and_m=1_250_000, total=10_350_000, program=98_500_000,
    city="Halifax", province="NS", mandate=MANDATES["ACOA"],
    prose={"en": Prose(
        summary="The Regional Vice-President, Nova Scotia is accountable for the Agency's economic "
                "development programs and activities in Nova Scotia, for advancing the region's "
                "interests in federal decision-making, and for leading the Agency's relationships "
                "with the Province, municipalities, First Nations, business and academic leaders in "
                "the province.",
        scope=[
            "The Region invests in small and medium-sized enterprises, innovation, trade, tourism and "
            "community economic development. Its decisions on repayable and non-repayable "
            "contributions support thousands of jobs and are closely followed by Members of "
            "Parliament and the media.",
            "The Regional Vice-President is the Agency's senior official in Nova Scotia, chairs the "
            "regional management committee and represents the Agency on the Federal Council and "
            "on federal-provincial committees. The position works closely with the President and "
            "the other Vice-Presidents to shape the Agency's national priorities.",
        ],
        challenges=[
            "The Regional Vice-President must respond to economic shocks such as plant closures and "
            "downturns in resource industries, balance investment in growth sectors with support "
            "for rural communities, and manage a large portfolio of repayable contributions with "
            "due diligence.",
        ],
        duties=[
            "Provides leadership for the Agency's programs and operations in Nova Scotia.",
            "Approves or recommends contributions within delegated authorities and oversees the "
            "management of the regional portfolio.",
            "Develops regional economic development strategies with the Province and partners.",
            "Represents the Agency with provincial and municipal governments, First Nations and "
            "business and academic leaders.",
            "Advises the President on regional economic issues and opportunities.",
            "Manages the human, financial and material resources of the Region.",
        ],
    )},
)

CSA_EXPLORATION = Position(
    key="csa-exploration",
    department=T(fr="Agence spatiale canadienne"),
    branch=T(fr="Direction de l'exploration spatiale"), unit=T(fr="Opérations de l'exploration spatiale"),
    title=T(fr="Directeur, Opérations de l'exploration spatiale"),
    classification="EX-01", job_code="128802", number="3307", effective=date(2021, 9, 20),
    supervisor=Supervisor("3300", T(fr="Directeur général, Exploration spatiale"), "EX-03"),
    reports=[
        Report(T(fr="Gestionnaire, Opérations de la robotique spatiale"), "EN-ENG-06", 24),
        Report(T(fr="Gestionnaire, Centre de contrôle des missions"), "EN-ENG-05", 18),
        Report(T(fr="Gestionnaire, Sciences spatiales appliquées"), "SE-RES-04", 12),
        Report(T(fr="Gestionnaire, Soutien aux astronautes et planification"), "PM-06", 9),
    ],
    fte=66, salary=6_480_000, o_and_m=2_150_000, total=8_630_000,
    city="Longueuil", province="QC", mandate=MANDATES["CSA"],
    prose={"fr": Prose(
        summary="Le directeur, Opérations de l'exploration spatiale, est responsable de "
                "l'exploitation des systèmes robotiques canadiens à bord de la Station spatiale "
                "internationale, du centre de contrôle des missions de l'Agence, du soutien "
                "opérationnel aux astronautes canadiens et de la préparation des opérations des "
                "futures contributions canadiennes à l'exploration lunaire.",
        scope=[
            "Le Canadarm2, la main robotique Dextre et la base mobile sont des éléments essentiels "
            "de la Station spatiale internationale. Leur exploitation exige une coordination "
            "constante avec la NASA et les autres partenaires internationaux, selon des "
            "calendriers de mission qui ne tolèrent aucun retard. Une défaillance pourrait "
            "compromettre la sécurité de l'équipage ou la réalisation d'opérations critiques.",
            "Le directeur prépare aussi l'Agence à exploiter le Canadarm3 sur la station lunaire "
            "Gateway, un système robotique autonome d'une nouvelle génération, et dirige la "
            "participation de l'Agence aux missions scientifiques auxquelles contribuent des "
            "chercheurs canadiens.",
        ],
        challenges=[
            "Le titulaire doit assurer des opérations sûres avec des systèmes vieillissants, "
            "maintenir une expertise très pointue au sein d'une petite équipe et respecter les "
            "engagements internationaux du Canada, tout en préparant une transition vers des "
            "opérations largement automatisées.",
        ],
        duties=[
            "Dirige l'exploitation des systèmes robotiques canadiens de la Station spatiale "
            "internationale.",
            "Dirige le centre de contrôle des missions et en assure la disponibilité.",
            "Coordonne les opérations avec la NASA et les partenaires internationaux.",
            "Planifie le concept d'opérations du Canadarm3 et les capacités requises.",
            "Assure le soutien opérationnel aux astronautes canadiens en mission et en formation.",
            "Gère les ressources humaines, financières et matérielles de la direction.",
        ],
    )},
)

IRB_EAST = Position(
    key="irb-east",
    department=T(fr="Commission de l'immigration et du statut de réfugié du Canada"),
    branch=T(fr="Secteur des opérations"), unit=T(fr="Région de l'Est"),
    title=T(fr="Directeur régional, Opérations du greffe, Région de l'Est"),
    classification="EX-01", job_code="40318", number="41166", effective=date(2022, 10, 3),
    supervisor=Supervisor("41100", T(fr="Directeur général, Opérations régionales"), "EX-03"),
    reports=[
        Report(T(fr="Gestionnaire, Greffe de la Section de la protection des réfugiés"), "PM-06", 72),
        Report(T(fr="Gestionnaire, Greffe de la Section d'appel de l'immigration"), "PM-05", 24),
        Report(T(fr="Gestionnaire, Greffe de la Section de l'immigration"), "PM-05", 19),
        Report(T(fr="Gestionnaire, Soutien aux audiences et interprétation"), "PM-05", 15),
        Report(T(fr="Analyste principal, Planification et rendement"), "EC-06", 1),
    ],
    fte=133, salary=9_420_000, o_and_m=850_000, total=10_270_000,
    city="Montréal", province="QC", mandate=MANDATES["IRB"],
    prose={"fr": Prose(
        summary="Le directeur régional, Opérations du greffe, est responsable de la gestion des "
                "greffes des quatre sections de la Commission dans la Région de l'Est, de la mise au "
                "rôle et du déroulement des audiences, des services d'interprétation et de la "
                "tenue des dossiers, afin que les commissaires puissent entendre et trancher les "
                "affaires avec efficacité et équité.",
        scope=[
            "La Région de l'Est traite une part importante des demandes d'asile présentées au "
            "Canada, dont le nombre a fortement augmenté ces dernières années. Chaque audience "
            "exige la mise au rôle du commissaire, la convocation des parties, la communication "
            "de la preuve, la réservation d'interprètes et la gestion de salles physiques ou "
            "virtuelles.",
            "Le directeur régional travaille avec les commissaires coordonnateurs, les avocats, "
            "Immigration, Réfugiés et Citoyenneté Canada, l'Agence des services frontaliers du "
            "Canada et les organismes d'aide juridique, et doit respecter les délais prescrits par "
            "la Loi sur l'immigration et la protection des réfugiés.",
        ],
        challenges=[
            "Le titulaire doit augmenter la capacité de traitement sans compromettre l'équité des "
            "procédures, implanter le dossier électronique et les audiences virtuelles, et "
            "recruter et former rapidement des agents de greffe.",
        ],
        duties=[
            "Dirige les opérations des greffes de la Région de l'Est.",
            "Planifie la mise au rôle des audiences en fonction des priorités et des délais "
            "prescrits.",
            "Assure la prestation des services d'interprétation et de soutien aux audiences.",
            "Dirige la transition vers le dossier numérique et les audiences virtuelles.",
            "Conseille le directeur général sur le rendement et les risques opérationnels.",
            "Gère les ressources humaines, financières et matérielles de la direction.",
        ],
    )},
)

SSC_2017 = Position(
    key="ssc-2017",
    department=T(en="Shared Services Canada"),
    branch=T(en="Enterprise IT Procurement"), unit=T(en="Workplace Technology Devices Directorate"),
    title=T(en="Senior Director, Workplace Technology Devices"),
    classification="EX-01", job_code="300841", number="51230", effective=date(2017, 1, 16),
    supervisor=Supervisor("51200", T(en="Director General, Workplace Technology Services"), "EX-03"),
    reports=[
        Report(T(en="Manager, Desktop Procurement"), "CS-04", 12),
        Report(T(en="Manager, Mobile Devices"), "CS-04", 15),
        Report(T(en="Manager, Printing Services"), "CS-03", 8),
        Report(T(en="Manager, Asset Management"), "AS-06", 10),
    ],
    fte=46, salary=3_900_000, o_and_m=140_000, total=4_040_000,
    city="Gatineau", province="QC", prose={"en": _SSC_PROSE}, mandate=MANDATES["SSC"],
)

SSC_2022 = Position(
    key="ssc-2022",
    department=T(en="Shared Services Canada"),
    branch=T(en="Digital Services"), unit=T(en="Workplace Technology Devices Directorate"),
    title=T(en="Senior Director, Workplace Technology Devices"),
    classification="EX-01", job_code="318662", number="51230", effective=date(2022, 7, 4),
    supervisor=Supervisor("51210", T(en="Director General, Digital Workplace Solutions"), "EX-03"),
    reports=[
        Report(T(en="Manager, Device Procurement and Lifecycle"), "IT-04", 17),
        Report(T(en="Manager, Mobile Services"), "IT-04", 21),
        Report(T(en="Manager, Print and Peripheral Services"), "IT-04", 9),
        Report(T(en="Manager, Asset and Inventory Management"), "AS-06", 11),
        Report(T(en="Team Lead, Client Engagement"), "IT-03", 6),
    ],
    fte=65, salary=5_650_000, o_and_m=310_000, total=5_960_000,
    city="Gatineau", province="QC", prose={"en": _SSC_PROSE}, mandate=MANDATES["SSC"],
)

PSPC_PAY = Position(
    key="pspc-pay",
    department=T(en="Public Services and Procurement Canada"),
    branch=T(en="Pay Administration Branch"), unit=T(en="Public Service Pay Centre"),
    title=T(en="Executive Director, Pay Centre Operations"),
    classification="EX-02", job_code="266014", number="88540", effective=date(2020, 2, 24),
    supervisor=Supervisor("88500", T(en="Associate Assistant Deputy Minister, Pay Administration"), "EX-04"),
    reports=[
        Report(T(en="Director, Pay Operations East"), "EX-01", 268),
        Report(T(en="Director, Pay Operations West"), "EX-01", 241),
        Report(T(en="Director, Client Contact Centre"), "EX-01", 175),
        Report(T(en="Director, Workload Management and Quality"), "EX-01", 64),
        Report(T(en="Manager, Business Management"), "AS-07", 9),
    ],
    fte=760, salary=56_400_000, o_and_m=4_100_000, total=60_500_000,
    city="Miramichi", province="NB", mandate=MANDATES["PSPC"],
    prose={"en": Prose(
        summary="The Executive Director, Pay Centre Operations is accountable for the processing of "
                "pay transactions for the employees of the departments and agencies served by the "
                "Public Service Pay Centre, for the Client Contact Centre that answers their "
                "enquiries, and for the reduction of the backlog of outstanding pay transactions.",
        scope=[
            "The Pay Centre serves more than 180,000 employees in some 46 departments and agencies. "
            "Since the implementation of the Phoenix pay system, pay problems have affected a large "
            "proportion of public servants, and the stabilization of pay is one of the Government's "
            "top management priorities, followed closely by the Auditor General, parliamentary "
            "committees, unions and the media.",
            "The Executive Director leads the largest operational workforce of the Branch, located "
            "mainly in Miramichi and in satellite offices, and works with departmental human "
            "resources and finance organizations, the system integrator and the unions to set "
            "priorities and improve the processing of transactions.",
        ],
        challenges=[
            "The Executive Director must increase processing capacity and quality while the system "
            "is being stabilized, recruit and train compensation advisors in large numbers, and "
            "protect the well-being of employees working under sustained pressure and public "
            "criticism.",
        ],
        duties=[
            "Directs the processing of pay transactions and the reduction of the backlog.",
            "Directs the Client Contact Centre and the handling of employee enquiries and "
            "complaints.",
            "Establishes workload management, prioritization and quality assurance practices.",
            "Works with departments, the system integrator and unions to resolve systemic pay "
            "issues.",
            "Reports on operational performance to senior management and central agencies.",
            "Manages the human, financial and material resources of Pay Centre Operations.",
        ],
    )},
)

PHAC_NML = Position(
    key="phac-nml",
    department=T(en="Public Health Agency of Canada"),
    branch=T(en="National Microbiology Laboratory Branch"), unit=T(en="Laboratory Operations and Biosafety"),
    title=T(en="Executive Director, Laboratory Operations and Biosafety"),
    classification="EX-02", job_code="187340", number="66271", effective=date(2016, 9, 6),
    supervisor=Supervisor("66200", T(en="Scientific Director General, National Microbiology Laboratory"), "EX-04"),
    reports=[
        Report(T(en="Director, Biosafety and Biocontainment"), "EX-01", 34),
        Report(T(en="Director, Laboratory Facilities Management"), "EX-01", 47),
        Report(T(en="Manager, Laboratory Information Systems"), "CS-04", 18),
        Report(T(en="Manager, Quality Management"), "BI-04", 8),
        Report(T(en="Senior Biosafety Officer"), "BI-03", 1),
    ],
    fte=110, salary=9_350_000, o_and_m=14_800_000, total=24_150_000,
    city="Winnipeg", province="MB", mandate=MANDATES["PHAC"],
    prose={"en": Prose(
        summary="The Executive Director, Laboratory Operations and Biosafety is accountable for the "
                "safe and continuous operation of the National Microbiology Laboratory's "
                "containment facilities, including its containment level 3 and 4 laboratories, for "
                "the biosafety and biosecurity program, and for the quality management and "
                "laboratory information systems that support the Laboratory's science.",
        scope=[
            "The Laboratory's facilities are among the most complex in the Government of Canada: "
            "specialized air handling, effluent decontamination, redundant power and security "
            "systems must run without interruption. Any failure could expose staff or the public "
            "to dangerous pathogens or halt the Laboratory's response to an outbreak.",
            "The Executive Director works with the scientific directors, Public Services and "
            "Procurement Canada, the Canadian Food Inspection Agency, which shares the building, "
            "and the regulatory authorities under the Human Pathogens and Toxins Act.",
        ],
        challenges=[
            "The Executive Director must sustain an ageing facility at full readiness, maintain "
            "regulatory compliance during outbreaks that multiply the workload, and manage "
            "security risks, including insider threats, in a high-profile environment.",
        ],
        duties=[
            "Directs the operation, maintenance and renewal of the Laboratory's containment "
            "facilities.",
            "Leads the biosafety and biosecurity program and ensures compliance with the Human "
            "Pathogens and Toxins Act and its regulations.",
            "Directs the quality management system and the laboratory information systems.",
            "Manages the facility's readiness for emergency response.",
            "Advises the Scientific Director General on operational risks and investments.",
            "Manages the human, financial and material resources of the Directorate.",
        ],
    )},
)

NRCAN_AFC = Position(
    key="nrcan-afc",
    department=T(en="Natural Resources Canada"),
    branch=T(en="Canadian Forest Service"), unit=T(en="Atlantic Forestry Centre"),
    title=T(en="Director General, Atlantic Forestry Centre"),
    classification="EX-02", job_code=None, number="8826", effective=None,
    supervisor=Supervisor("8800", T(en="Assistant Deputy Minister, Canadian Forest Service"), "EX-05"),
    reports=[
        Report(T(en="Director, Research and Development"), "EX-01", 64),
        Report(T(en="Director, Corporate Services and Operations"), "AS-08", 22),
        Report(T(en="Manager, Science Partnerships"), "RES-03", 6),
        Report(T(en="Manager, Communications"), "IS-05", 4),
    ],
    fte=98, salary=7_350_000, o_and_m=2_050_000, total=9_400_000,
    city="Fredericton", province="NB", mandate=MANDATES["NRCAN"],
    prose={"en": Prose(
        summary="The Director General, Atlantic Forestry Centre is accountable for the leadership and "
                "management of the Canadian Forest Service's research centre in Fredericton and its "
                "satellite facility in Corner Brook, and for the delivery of research on forest "
                "pests, forest ecosystems and the forest sector of the Atlantic provinces.",
        scope=[
            "The Centre's research on insects such as the spruce budworm, on tree improvement and on "
            "forest ecosystem processes supports forest management decisions taken by provinces, "
            "industry and woodlot owners. Outbreaks of pests can cost the regional economy "
            "hundreds of millions of dollars.",
            "The Director General represents the Canadian Forest Service in the Atlantic provinces, "
            "negotiates research partnerships with universities, provinces and industry, and is a "
            "member of the Service's national management board.",
        ],
        challenges=[
            "The Director General must renew the Centre's scientific workforce as a generation of "
            "researchers retires, maintain facilities and greenhouses, and align research with "
            "the changing needs of a forest sector under economic pressure.",
        ],
        duties=[
            "Provides scientific and managerial leadership to the Centre.",
            "Sets the Centre's research priorities within the national science plan.",
            "Negotiates and manages research partnerships and agreements.",
            "Represents the Canadian Forest Service with provinces, industry and universities in "
            "the Atlantic region.",
            "Manages the human, financial and material resources of the Centre and its facilities.",
        ],
    )},
)

CSPS_LEARNING = Position(
    key="csps-learning",
    department=T(fr="École de la fonction publique du Canada"),
    branch=T(fr="Innovation et transformation de l'apprentissage"),
    unit=T(fr="Direction générale de la transformation de l'apprentissage"),
    title=T(fr="Directeur général, Transformation de l'apprentissage"),
    classification="EX-03", job_code=None, number="2291", effective=date(2019, 1, 7),
    supervisor=Supervisor("2200", T(fr="Vice-président, Innovation et transformation de l'apprentissage"), "EX-04"),
    reports=[
        Report(T(fr="Directeur, Conception et développement pédagogiques"), "EX-01", 57),
        Report(T(fr="Directeur, Technologies d'apprentissage numériques"), "EX-01", 38),
        Report(T(fr="Directeur, Gestion des produits d'apprentissage"), "EX-01", 29),
        Report(T(fr="Gestionnaire, Évaluation et mesure de l'apprentissage"), "EC-06", 8),
    ],
    fte=134, salary=11_200_000, o_and_m=3_900_000, total=15_100_000,
    city="Gatineau", province="QC", mandate=MANDATES["CSPS"],
    prose={"fr": Prose(
        summary="Le directeur général, Transformation de l'apprentissage, est responsable de la "
                "conception, du développement et de la gestion du catalogue de produits "
                "d'apprentissage de l'École, de la plateforme numérique par laquelle les "
                "fonctionnaires y accèdent et de la mesure de l'incidence de l'apprentissage sur le "
                "rendement de la fonction publique.",
        scope=[
            "L'École rejoint chaque année des centaines de milliers d'apprenants dans tous les "
            "ministères et toutes les régions. La transformation de son modèle, d'une offre "
            "surtout en classe vers une offre numérique, ouverte et accessible en tout temps, "
            "touche l'ensemble de ses programmes et de ses partenaires.",
            "Le directeur général travaille avec les responsables fonctionnels des collectivités, "
            "les ministères, les universités et les fournisseurs de technologies, et doit veiller à "
            "ce que les produits respectent les normes d'accessibilité et de qualité dans les deux "
            "langues officielles.",
        ],
        challenges=[
            "Le titulaire doit moderniser rapidement l'offre de l'École et ses outils numériques, "
            "gérer des contrats technologiques complexes et mesurer des résultats d'apprentissage "
            "difficiles à quantifier, dans un contexte de ressources limitées.",
        ],
        duties=[
            "Dirige la conception et le développement des produits d'apprentissage de l'École.",
            "Dirige l'exploitation et l'évolution de la plateforme d'apprentissage numérique.",
            "Gère le catalogue de produits et le cycle de vie des cours.",
            "Établit le cadre d'évaluation et de mesure de l'apprentissage.",
            "Conseille le vice-président sur les tendances et les innovations en apprentissage.",
            "Gère les ressources humaines, financières et matérielles de la Direction générale.",
        ],
    )},
)

LAC_PRESERVATION = Position(
    key="lac-preservation",
    department=T(en="Library and Archives Canada", fr="Bibliothèque et Archives Canada"),
    branch=T(en="Collection Management Branch", fr="Direction générale de la gestion de la collection"),
    unit=T(en="Preservation Division", fr="Division de la préservation"),
    title=T(en="Director, Preservation", fr="Directeur, Préservation"),
    classification="EX-01", job_code="903116", number="6609", effective=date(2013, 11, 25),
    supervisor=Supervisor("6600", T(en="Director General, Collection Management",
                                    fr="Directeur général, Gestion de la collection"), "EX-03"),
    reports=[
        Report(T(en="Manager, Conservation Treatment", fr="Gestionnaire, Traitements de conservation"), "PC-04", 19),
        Report(T(en="Manager, Preservation Copying and Digitization",
                 fr="Gestionnaire, Copie de préservation et numérisation"), "AS-06", 27),
        Report(T(en="Manager, Collection Storage and Environment",
                 fr="Gestionnaire, Entreposage et environnement de la collection"), "EG-06", 16),
        Report(T(en="Manager, Nitrate and Film Preservation", fr="Gestionnaire, Préservation des films et du nitrate"),
               "AR-05", 9),
    ],
    fte=72, salary=5_480_000, o_and_m=1_260_000, total=6_740_000,
    city="Gatineau", province="QC", mandate=MANDATES["LAC"],
    prose={
        "en": Prose(
            summary="The Director, Preservation is accountable for the physical preservation of "
                    "Library and Archives Canada's collection: conservation treatment, preservation "
                    "copying and digitization, storage environments and the specialized facility for "
                    "cellulose nitrate film.",
            scope=[
                "The collection includes millions of books, archival records, maps, photographs, "
                "films, sound recordings and works of art, some unique and irreplaceable. The "
                "Preservation Centre in Gatineau is a purpose-built facility whose vaults must be "
                "kept within strict temperature and humidity ranges.",
                "The Director sets preservation priorities with the acquisition and access "
                "branches, and works with national and international heritage institutions on "
                "standards and emergency response.",
            ],
            challenges=[
                "The Director must stabilize collections at risk, digitize fragile materials before "
                "they degrade, and manage storage capacity that is nearing its limits.",
            ],
            duties=[
                "Directs conservation treatment and preservation of the collection.",
                "Directs preservation copying and digitization programs.",
                "Manages storage environments and the nitrate film facility.",
                "Develops preservation policies, standards and emergency plans.",
                "Manages the human, financial and material resources of the Division.",
            ],
        ),
        "fr": Prose(
            summary="Le directeur, Préservation, est responsable de la préservation matérielle de la "
                    "collection de Bibliothèque et Archives Canada : traitements de conservation, "
                    "copie de préservation et numérisation, milieux d'entreposage et installation "
                    "spécialisée pour les films de nitrate de cellulose.",
            scope=[
                "La collection comprend des millions de livres, documents d'archives, cartes, "
                "photographies, films, enregistrements sonores et œuvres d'art, dont certains sont "
                "uniques et irremplaçables. Les chambres fortes du Centre de préservation de "
                "Gatineau doivent être maintenues dans des plages de température et d'humidité "
                "strictes.",
                "Le directeur établit les priorités de préservation avec les directions de "
                "l'acquisition et de l'accès et travaille avec des institutions patrimoniales "
                "nationales et étrangères.",
            ],
            challenges=[
                "Le directeur doit stabiliser les collections à risque, numériser les documents "
                "fragiles avant qu'ils se dégradent et gérer une capacité d'entreposage presque "
                "atteinte.",
            ],
            duties=[
                "Dirige les traitements de conservation et la préservation de la collection.",
                "Dirige les programmes de copie de préservation et de numérisation.",
                "Gère les milieux d'entreposage et l'installation des films de nitrate.",
                "Élabore les politiques, normes et plans d'urgence en préservation.",
                "Gère les ressources humaines, financières et matérielles de la Division.",
            ],
        ),
    },
)

PC_YUKON = Position(
    key="pc-yukon",
    department=T(en="Parks Canada Agency"),
    branch=T(en="Operations Directorate, Northern"), unit=T(en="Yukon Field Unit"),
    title=T(en="Field Unit Superintendent, Yukon"),
    classification="EX-01", job_code="72188", number="19034", effective=date(2012, 4, 16),
    supervisor=Supervisor(None, T(en="Executive Director, Northern Operations"), "EX-02"),
    reports=[
        Report(T(en="Manager, Resource Conservation"), "EG-07", 14),
        Report(T(en="Manager, Visitor Experience"), "PM-05", 22),
        Report(T(en="Manager, Asset Management"), "EN-ENG-04", 9),
        Report(T(en="Manager, Indigenous Relations and Cooperative Management"), "PM-06", 5),
        Report(T(en="Manager, Business Services"), "AS-05", 7),
    ],
    fte=68, salary=5_100_000, o_and_m=2_300_000, total=7_400_000,
    city="Whitehorse", province="YT", mandate=MANDATES["PC"],
    prose={"en": Prose(
        summary="The Field Unit Superintendent, Yukon is accountable for the management of Kluane "
                "National Park and Reserve, Ivvavik and Vuntut National Parks and the Yukon's "
                "national historic sites, for the protection of their ecological and commemorative "
                "integrity, for the visitor experience they offer, and for the Agency's cooperative "
                "management relationships with Yukon First Nations and the Inuvialuit.",
        scope=[
            "The Field Unit covers some of the most remote protected areas in the country, several of "
            "which are accessible only by air. The parks were established under land claim "
            "agreements that give First Nations and the Inuvialuit a role in their management "
            "through cooperative management boards, and the Superintendent must honour these "
            "obligations in every significant decision.",
            "The Superintendent manages year-round and seasonal staff in Whitehorse, Haines "
            "Junction, Dawson City and Inuvik, and works with the Government of Yukon, tourism "
            "operators and communities on issues such as wildlife management, search and rescue "
            "and heritage conservation.",
        ],
        challenges=[
            "The Superintendent must deliver programs across vast distances with a small staff, "
            "respond to glacier hazards, wildfires and visitor emergencies, and maintain ageing "
            "heritage buildings in a harsh climate, while building trust with Indigenous partners.",
        ],
        duties=[
            "Provides leadership for the management of the national parks and national historic "
            "sites of the Field Unit.",
            "Ensures the protection of ecological and commemorative integrity through planning, "
            "monitoring and restoration.",
            "Fulfils the Agency's obligations under land claim agreements and leads cooperative "
            "management with First Nations and the Inuvialuit.",
            "Directs visitor experience, public safety and outreach programs.",
            "Manages the Field Unit's assets, including heritage buildings and infrastructure.",
            "Manages the human, financial and material resources of the Field Unit.",
        ],
    )},
)

TC_CIVAV = Position(
    key="tc-civav",
    department=T(en="Transport Canada"),
    branch=T(en="Prairie and Northern Region"), unit=T(en="Civil Aviation"),
    title=T(en="Regional Director, Civil Aviation, Prairie and Northern Region"),
    classification="EX-01", job_code="65113", number="23480", effective=date(2016, 2, 15),
    supervisor=Supervisor("23400", T(en="Regional Director General, Prairie and Northern Region"), "EX-03"),
    reports=[
        Report(T(en="Manager, Aircraft Maintenance and Manufacturing"), "TI-08", 27),
        Report(T(en="Manager, Commercial and Business Aviation"), "AO-CAI-04", 31),
        Report(T(en="Manager, Aerodromes and Air Navigation"), "AO-CAI-03", 12),
        Report(T(en="Manager, General Aviation"), "AO-CAI-03", 10),
        Report(T(en="Manager, Technical Programs"), "TI-07", 8),
    ],
    fte=94, salary=10_600_000, o_and_m=1_450_000, total=12_050_000,
    city="Edmonton", province="AB", mandate=MANDATES["TC"],
    prose={"en": Prose(
        summary="The Regional Director, Civil Aviation is accountable for the delivery of the Civil "
                "Aviation program in Manitoba, Saskatchewan, Alberta, the Northwest Territories and "
                "Nunavut: the certification, inspection and surveillance of air operators, "
                "maintenance organizations, aerodromes and aviation personnel, and the enforcement "
                "of the Canadian Aviation Regulations.",
        scope=[
            "The Region oversees thousands of aircraft and hundreds of operators, from major "
            "airlines and northern carriers serving communities with no road access, to flight "
            "training units, aerial applicators and helicopter operators supporting resource "
            "industries. Northern operations present specific risks: weather, gravel runways and "
            "limited navigation infrastructure.",
            "The Regional Director is the Minister's delegate for many certification and "
            "enforcement decisions, including the suspension of certificates, and works with the "
            "Transportation Safety Board, NAV CANADA, airport authorities and territorial "
            "governments.",
        ],
        challenges=[
            "The Regional Director must implement a risk-based surveillance program with a limited "
            "number of qualified inspectors, who are difficult to recruit from industry, and "
            "decide on enforcement actions that can ground an operator on which communities "
            "depend.",
        ],
        duties=[
            "Directs the delivery of the Civil Aviation program in the Region.",
            "Approves certification, surveillance and enforcement actions within delegated "
            "authorities.",
            "Plans and allocates inspection resources based on risk.",
            "Manages relationships with the aviation industry, territorial governments and "
            "safety partners.",
            "Advises the Regional Director General and national headquarters on regional aviation "
            "safety issues.",
            "Manages the human, financial and material resources of Civil Aviation in the Region.",
        ],
    )},
)

DND_RPO = Position(
    key="dnd-rpo",
    department=T(fr="Défense nationale"),
    branch=T(fr="Sous-ministre adjoint (Infrastructure et environnement)"),
    unit=T(fr="Unité des opérations immobilières (Québec)"),
    title=T(fr="Directeur, Opérations immobilières (Québec)"),
    classification="EX-01", job_code="343322", number="287760", effective=date(2020, 5, 4),
    supervisor=Supervisor("287700", T(fr="Directeur général, Gestion du portefeuille immobilier"), "EX-02"),
    reports=[
        Report(T(fr="Gestionnaire, Ingénierie et projets"), "EN-ENG-05", 34),
        Report(T(fr="Gestionnaire, Entretien et exploitation des installations"), "AS-07", 121),
        Report(T(fr="Gestionnaire, Environnement et développement durable"), "EG-07", 11),
        Report(T(fr="Gestionnaire, Gestion du portefeuille"), "AS-06", 9),
    ],
    fte=176, salary=13_900_000, o_and_m=21_400_000, total=35_300_000,
    city="Québec", province="QC", mandate=MANDATES["DND"],
    prose={"fr": Prose(
        summary="Le directeur, Opérations immobilières (Québec), est responsable de la gestion, de "
                "l'entretien, de l'exploitation et du renouvellement des biens immobiliers de la "
                "Défense au Québec, notamment la Garnison Valcartier, la Citadelle de Québec, le "
                "Secteur de Montréal et la Base de Bagotville, ainsi que de la conformité "
                "environnementale de ces installations.",
        scope=[
            "Le portefeuille comprend des centaines de bâtiments — quartiers, manèges, hangars, "
            "entrepôts de munitions, champs de tir et bâtiments patrimoniaux — ainsi que des "
            "réseaux d'eau, d'égout et de chauffage. Les installations doivent être disponibles en "
            "tout temps pour appuyer l'instruction et les opérations des Forces armées "
            "canadiennes.",
            "Le directeur travaille avec les commandants de base, Construction de Défense Canada, "
            "Services publics et Approvisionnement Canada, les municipalités et le ministère de "
            "l'Environnement du Québec, et gère des contrats d'entretien et de construction "
            "d'envergure.",
        ],
        challenges=[
            "Le titulaire doit gérer un parc immobilier vieillissant avec des budgets contraints, "
            "réduire les émissions de gaz à effet de serre du portefeuille et gérer des sites "
            "contaminés, tout en répondant aux besoins opérationnels changeants des Forces.",
        ],
        duties=[
            "Dirige l'entretien, l'exploitation et la réparation des biens immobiliers de la "
            "Défense au Québec.",
            "Planifie et priorise les investissements de recapitalisation et de démolition.",
            "Assure la conformité environnementale et la gestion des sites contaminés.",
            "Gère les contrats d'entretien et de services avec les fournisseurs et les partenaires.",
            "Conseille les commandants et la haute direction sur l'état du portefeuille.",
            "Gère les ressources humaines, financières et matérielles de l'unité.",
        ],
    )},
)

CIRNAC_NWT = Position(
    key="cirnac-nwt",
    department=T(en="Crown-Indigenous Relations and Northern Affairs Canada"),
    branch=T(en="Northwest Territories Region"), unit=T(en="Land and Water Management Directorate"),
    title=T(en="Director, Land and Water Management"),
    classification="EX-01", job_code="219034", number="71562", effective=date(2019, 7, 29),
    supervisor=Supervisor("71500", T(en="Regional Director General, Northwest Territories Region"), "EX-02"),
    reports=[
        Report(T(en="Manager, Land Administration"), "PM-05", 9),
        Report(T(en="Manager, Water Resources"), "PC-04", 11),
        Report(T(en="Manager, Contaminated Sites"), "EN-ENG-05", 14),
        Report(T(en="Manager, Environmental Assessment"), "PC-03", 6),
    ],
    fte=43, salary=4_200_000, o_and_m=6_800_000, total=11_000_000,
    city="Yellowknife", province="NT", mandate=MANDATES["CIRNAC"],
    prose={"en": Prose(
        summary="The Director, Land and Water Management is accountable for the administration of the "
                "federal lands and waters that remained under federal responsibility after "
                "devolution in the Northwest Territories, for the management of the Department's "
                "northern contaminated sites in the territory, and for the Department's "
                "participation in environmental assessment and regulatory processes.",
        scope=[
            "The Directorate manages land tenure on federal lands, monitors water quality in "
            "collaboration with the Government of the Northwest Territories and Indigenous "
            "governments, and remediates abandoned mine sites and other contaminated sites whose "
            "liabilities are among the largest of the federal government.",
            "The Director works with land and water boards established under comprehensive land "
            "claim agreements, Indigenous governments, the territorial government, industry and "
            "communities, and must respect the consultation obligations of the Crown in every "
            "decision.",
        ],
        challenges=[
            "The Director must advance remediation projects in remote locations with short "
            "construction seasons, maintain the confidence of communities affected by historic "
            "contamination, and coordinate regulatory responsibilities shared with several "
            "governments.",
        ],
        duties=[
            "Directs the administration of federal lands and waters in the region.",
            "Directs the management and remediation of the region's contaminated sites, excluding "
            "the Giant Mine project.",
            "Coordinates the Department's participation in environmental assessments and "
            "regulatory reviews.",
            "Manages relationships with Indigenous governments, boards and the territorial "
            "government on land and water issues.",
            "Advises the Regional Director General on legal, environmental and financial risks.",
            "Manages the human, financial and material resources of the Directorate.",
        ],
    )},
)

CED_BSL = Position(
    key="ced-bsl",
    department=T(fr="Développement économique Canada pour les régions du Québec"),
    branch=T(fr="Opérations"), unit=T(fr="Bureau d'affaires Bas-Saint-Laurent"),
    title=T(fr="Directeur, Bureau d'affaires Bas-Saint-Laurent"),
    classification="EX-01", job_code="11284", number="40219", effective=date(2010, 4, 12),
    supervisor=Supervisor("40200", T(fr="Vice-président, Opérations"), "EX-04"),
    reports=[
        Report(T(fr="Chef d'équipe, Développement des entreprises"), "EC-06", 7),
        Report(T(fr="Chef d'équipe, Développement des collectivités"), "EC-06", 5),
        Report(T(fr="Agente administrative"), "AS-02", 2),
    ],
    fte=17, salary=1_700_000, o_and_m=95_000, total=1_795_000, program=22_500_000,
    city="Rimouski", province="QC", mandate=MANDATES["CED"],
    prose={"fr": Prose(
        summary="Le directeur du Bureau d'affaires Bas-Saint-Laurent est responsable de la prestation "
                "des programmes de l'Agence dans la région administrative du Bas-Saint-Laurent, de "
                "l'analyse et de la recommandation des projets d'entreprises et d'organismes, et de "
                "la représentation de l'Agence auprès des intervenants économiques régionaux.",
        scope=[
            "La région du Bas-Saint-Laurent est marquée par la dépendance à l'égard de quelques "
            "secteurs — forêt, agriculture, pêches, tourisme — et par le vieillissement de sa "
            "population. Les interventions de l'Agence visent la diversification de l'économie, "
            "l'innovation dans les PME et le développement des collectivités rurales.",
            "Le directeur travaille avec les municipalités régionales de comté, les sociétés d'aide "
            "au développement des collectivités, les établissements d'enseignement, les ministères "
            "provinciaux et les élus, et recommande au vice-président les projets qui dépassent ses "
            "pouvoirs délégués.",
        ],
        challenges=[
            "Le titulaire doit réagir rapidement aux fermetures d'usines et aux crises sectorielles, "
            "concilier les attentes des collectivités et les critères des programmes, et gérer un "
            "portefeuille de contributions remboursables avec rigueur.",
        ],
        duties=[
            "Dirige la prestation des programmes de l'Agence dans le Bas-Saint-Laurent.",
            "Approuve ou recommande les projets selon les pouvoirs délégués.",
            "Élabore le plan d'intervention régional avec les partenaires.",
            "Représente l'Agence auprès des intervenants et des élus de la région.",
            "Assure le suivi du portefeuille de contributions et le recouvrement.",
            "Gère les ressources humaines, financières et matérielles du bureau.",
        ],
    )},
)

PSC_PPC = Position(
    key="psc-ppc",
    department=T(en="Public Service Commission of Canada"),
    branch=T(en="Staffing and Assessment Services Sector"), unit=T(en="Personnel Psychology Centre"),
    title=T(en="Director General, Personnel Psychology Centre"),
    classification="EX-03", job_code="33512", number="1078", effective=date(2017, 6, 26),
    supervisor=Supervisor("1000", T(en="Vice-President, Staffing and Assessment Services Sector"), "EX-04"),
    reports=[
        Report(T(en="Director, Assessment Research and Development"), "EX-01", 38),
        Report(T(en="Director, Assessment Operations"), "EX-01", 66),
        Report(T(en="Director, Second Language Evaluation"), "EX-01", 54),
        Report(T(en="Manager, Business Planning"), "AS-07", 6),
    ],
    fte=167, salary=15_200_000, o_and_m=1_700_000, total=16_900_000,
    city="Gatineau", province="QC", mandate=MANDATES["PSC"],
    prose={"en": Prose(
        summary="The Director General, Personnel Psychology Centre is accountable for the "
                "development, validation and delivery of the standardized assessment instruments "
                "used in appointments across the federal public service, including second language "
                "evaluation, and for the professional standards that govern their use.",
        scope=[
            "The Centre administers hundreds of thousands of tests each year, online and in person, "
            "for entry-level recruitment, executive selection and second language evaluation. Its "
            "tests affect the careers of individual public servants and must be defensible before "
            "recourse bodies and the courts.",
            "The Director General leads a workforce of psychologists, psychometricians, language "
            "evaluators and test administrators, and manages services provided to departments on "
            "a cost-recovery basis.",
        ],
        challenges=[
            "The Director General must move assessment online while protecting test security, "
            "ensure that instruments are free of bias and accessible to persons with disabilities, "
            "and balance cost-recovered services with the Commission's oversight mandate.",
        ],
        duties=[
            "Directs the research, development and validation of assessment instruments.",
            "Directs the delivery of assessment services and second language evaluation.",
            "Sets professional standards for the use of tests in the public service.",
            "Manages cost-recovered services and client relationships with departments.",
            "Advises the Vice-President and the Commission on assessment policy.",
            "Manages the human, financial and material resources of the Centre.",
        ],
    )},
)

SC_NORTH_ON = Position(
    key="sc-north-on",
    department=T(en="Service Canada"),
    branch=T(en="Ontario Region"), unit=T(en="Northern Ontario Service Delivery"),
    title=T(en="Director, Service Delivery, Northern Ontario"),
    classification="EX-01", job_code="119907", number="25981", effective=date(2011, 10, 31),
    supervisor=Supervisor("25900", T(en="Executive Director, Service Delivery, Ontario Region"), "EX-02"),
    reports=[
        Report(T(en="Service Manager, Sudbury"), "PM-04", 48),
        Report(T(en="Service Manager, Thunder Bay"), "PM-04", 36),
        Report(T(en="Service Manager, Sault Ste. Marie and Timmins"), "PM-04", 41),
        Report(T(en="Manager, Outreach and Mobile Services"), "PM-04", 14),
        Report(T(en="Business Expertise Advisor"), "PM-04", 1),
    ],
    fte=148, salary=9_870_000, o_and_m=760_000, total=None,
    city="Sudbury", province="ON", mandate=MANDATES["ESDC"],
    prose={"en": Prose(
        summary="The Director, Service Delivery, Northern Ontario is accountable for the delivery of "
                "Service Canada's in-person services through the Service Canada Centres of Northern "
                "Ontario, for scheduled outreach to remote and First Nations communities, and for "
                "the quality, integrity and accessibility of these services.",
        scope=[
            "Northern Ontario covers a vast territory with a dispersed population, many Francophone "
            "communities and many First Nations accessible only by air. Service Canada Centres are "
            "often the only federal presence in these communities, and clients rely on them for "
            "Employment Insurance, pensions, passports and Social Insurance Numbers.",
            "The Director manages a network of Centres and outreach sites and works with community "
            "organizations, First Nations, municipalities and other federal departments to bring "
            "services to clients who cannot travel.",
        ],
        challenges=[
            "The Director must maintain service in both official languages across long distances, "
            "respond to mass layoffs in the resource sector, and introduce new service channels "
            "without leaving behind clients with limited internet access.",
        ],
        duties=[
            "Directs the operations of the Service Canada Centres of Northern Ontario.",
            "Plans and delivers outreach and mobile services to remote communities.",
            "Monitors service standards, quality and program integrity.",
            "Builds partnerships with communities and organizations in the area.",
            "Advises the Executive Director on service delivery issues in the North.",
            "Manages the human, financial and material resources of the area.",
        ],
    )},
)

DFO_NL = Position(
    key="dfo-nl",
    department=T(en="Fisheries and Oceans Canada"),
    branch=T(en="Newfoundland and Labrador Region"), unit=T(en="Fisheries Management Branch"),
    title=T(en="Regional Director, Fisheries Management"),
    classification="EX-02", job_code="18320", number="38817", effective=date(2024, 5, 6),
    supervisor=Supervisor("38800", T(en="Regional Director General, Newfoundland and Labrador Region"), "EX-03"),
    reports=[
        Report(T(en="Director, Resource Management"), "EX-01", 42),
        Report(T(en="Director, Conservation and Protection"), "EX-01", 118),
        Report(T(en="Manager, Licensing and Regional Data Services"), "PM-06", 36),
        Report(T(en="Manager, Indigenous Programs"), "PM-06", 9),
    ],
    fte=207, salary=19_400_000, o_and_m=5_600_000, total=25_000_000,
    city="St. John's", province="NL", mandate=MANDATES["DFO"],
    prose={"en": Prose(
        summary="The Regional Director, Fisheries Management is accountable for the management of the "
                "commercial, recreational and Indigenous fisheries of Newfoundland and Labrador, for "
                "licensing, for the conservation and protection program that enforces fisheries "
                "laws in the region, and for the Department's programs with Indigenous communities.",
        scope=[
            "The fisheries of Newfoundland and Labrador, among them snow crab, shrimp, capelin and "
            "the rebuilding northern cod, are the economic foundation of hundreds of coastal "
            "communities. Management decisions on quotas and seasons are intensely scrutinized by "
            "harvesters, processors, the Province and Members of Parliament.",
            "The Regional Director works with harvester unions, Indigenous organizations, "
            "scientists and the Province, and ensures that decisions respect the Fisheries Act, "
            "the precautionary approach and treaty rights.",
        ],
        challenges=[
            "The Regional Director must manage declining stocks and climate-driven changes in "
            "ecosystems, conflicts between fleets, and enforcement in a vast marine area with "
            "limited patrol capacity.",
        ],
        duties=[
            "Directs fisheries management planning and the development of management measures.",
            "Directs the regional licensing program and fisheries data services.",
            "Directs the Conservation and Protection program in the region.",
            "Leads consultations with harvesters, Indigenous organizations and the Province.",
            "Advises the Regional Director General and national headquarters on fisheries "
            "decisions.",
            "Manages the human, financial and material resources of the Branch.",
        ],
    )},
)

HC_CPS_QC = Position(
    key="hc-cps-qc",
    department=T(fr="Santé Canada"),
    branch=T(fr="Direction générale de la santé environnementale et de la sécurité des consommateurs"),
    unit=T(fr="Programme de la sécurité des produits de consommation, Région du Québec"),
    title=T(fr="Directeur régional, Sécurité des produits de consommation, Région du Québec"),
    classification="EX-01", job_code="221876", number="45788", effective=date(2018, 3, 5),
    supervisor=Supervisor("45700", T(fr="Directeur général, Direction de la sécurité des produits de consommation"),
                          "EX-03"),
    reports=[
        Report(T(fr="Gestionnaire, Inspection et conformité"), "PM-06", 24),
        Report(T(fr="Gestionnaire, Laboratoire régional"), "CH-04", 9),
        Report(T(fr="Chef, Soutien aux opérations"), "AS-05", 4),
    ],
    fte=38, salary=3_350_000, o_and_m=410_000, total=3_760_000,
    city="Montréal", province="QC", mandate=MANDATES["HCQC"],
    prose={"fr": Prose(
        summary="Le directeur régional est responsable de la prestation, au Québec, du programme de "
                "la sécurité des produits de consommation : inspection des fabricants, importateurs "
                "et détaillants, enquêtes sur les incidents, échantillonnage et analyse en "
                "laboratoire, et mesures de conformité et d'application de la loi.",
        scope=[
            "Le Québec compte un grand nombre d'importateurs et de détaillants, dont plusieurs "
            "vendent en ligne. Les inspecteurs de la région vérifient la conformité des jouets, "
            "des produits pour enfants, des cosmétiques et de nombreux autres produits, et "
            "interviennent lorsqu'un produit présente un danger pour la santé ou la sécurité.",
            "Le directeur régional travaille avec l'Agence des services frontaliers du Canada, les "
            "organismes provinciaux et municipaux, les associations de l'industrie et les médias "
            "lors des rappels de produits.",
        ],
        challenges=[
            "Le titulaire doit adapter les méthodes d'inspection au commerce électronique, "
            "répondre aux incidents graves dans des délais très courts et maintenir l'expertise "
            "d'une petite équipe spécialisée.",
        ],
        duties=[
            "Dirige les activités d'inspection et de conformité dans la région.",
            "Dirige les enquêtes sur les incidents et les mesures d'application de la loi.",
            "Gère les activités du laboratoire régional.",
            "Coordonne les rappels et les communications avec l'industrie.",
            "Conseille le directeur général sur les risques et tendances observés dans la région.",
            "Gère les ressources humaines, financières et matérielles de la direction régionale.",
        ],
    )},
)

CBSA_PHD = Position(
    key="cbsa-phd",
    department=T(en="Canada Border Services Agency"),
    branch=T(en="Pacific Region"), unit=T(en="Pacific Highway District"),
    title=T(en="Director, Pacific Highway District"),
    classification="EX-01", job_code="204417", number="00048213", effective=date(2022, 4, 17),
    supervisor=Supervisor("00031877", T(en="Regional Director General, Pacific Region"), "EX-03"),
    reports=[
        Report(T(en="Chief of Operations, Pacific Highway"), "FB-07", 112),
        Report(T(en="Chief of Operations, Douglas"), "FB-07", 96),
        Report(T(en="Chief of Operations, Boundary Bay and Aldergrove"), "FB-07", 58),
        Report(T(en="Manager, District Support"), "AS-06", 14),
    ],
    fte=284, salary=26_800_000, o_and_m=1_900_000, total=28_700_000,
    city="Surrey", province="BC", mandate=MANDATES["CBSA"],
    prose={"en": Prose(
        summary="The Director, Pacific Highway District is accountable for border operations at the "
                "Pacific Highway, Douglas, Boundary Bay and Aldergrove ports of entry, including "
                "traveller and commercial processing, enforcement and the district's contribution "
                "to regional intelligence and targeting.",
        scope=[
            "The District processes millions of travellers and hundreds of thousands of commercial "
            "trucks a year on the main corridor between the Lower Mainland and Washington State. "
            "Wait times have a direct impact on trade and tourism, and the District intercepts "
            "firearms, drugs and inadmissible persons.",
            "The Director works with the United States Customs and Border Protection, the RCMP, "
            "municipal police, the Province and trade associations, and manages operations around "
            "the clock.",
        ],
        challenges=[
            "The Director must balance facilitation and enforcement, manage peak volumes with a "
            "limited workforce, and maintain officer safety.",
        ],
        duties=[
            "Directs traveller and commercial operations at the District's ports of entry.",
            "Directs enforcement activities and the District's contribution to intelligence.",
            "Manages wait times, staffing and shift schedules.",
            "Maintains relationships with American counterparts and partners.",
            "Manages the human, financial and material resources of the District.",
        ],
    )},
)

PCH_OL = Position(
    key="pch-ol",
    department=T(fr="Patrimoine canadien"),
    branch=T(fr="Langues officielles, patrimoine et régions"), unit=T(fr="Direction générale des langues officielles"),
    title=T(fr="Directeur, Programmes d'appui aux langues officielles"),
    classification="EX-01", job_code="61553", number="00012874", effective=date(2019, 11, 1),
    supervisor=Supervisor("00012800", T(fr="Directeur général, Langues officielles"), None),
    reports=[
        Report(T(fr="Gestionnaire, Développement des communautés de langue officielle"), "PM-06", 19),
        Report(T(fr="Gestionnaire, Mise en valeur des langues officielles"), "PM-06", 15),
        Report(T(fr="Gestionnaire, Ententes fédérales-provinciales-territoriales"), "PM-06", 11),
        Report(T(fr="Analyste principal, Politiques"), "EC-06", 2),
    ],
    fte=48, salary=4_150_000, o_and_m=190_000, total=4_340_000, program=385_000_000,
    city="Gatineau", province="QC", mandate=MANDATES["PCH"],
    prose={"fr": Prose(
        summary="Le directeur, Programmes d'appui aux langues officielles, est responsable de la "
                "gestion des programmes de subventions et de contributions qui appuient le "
                "développement des communautés de langue officielle en situation minoritaire et la "
                "mise en valeur du français et de l'anglais, ainsi que des ententes conclues avec "
                "les provinces et les territoires en matière d'éducation et de services.",
        scope=[
            "Les programmes financent des centaines d'organismes communautaires et des ententes "
            "bilatérales avec chaque province et territoire. Ils constituent un pilier du Plan "
            "d'action pour les langues officielles et font l'objet d'un suivi attentif du "
            "Commissaire aux langues officielles et des comités parlementaires.",
            "Le directeur travaille avec les organismes porte-parole des communautés, les ministères "
            "provinciaux de l'Éducation et les autres institutions fédérales.",
        ],
        challenges=[
            "Le titulaire doit négocier des ententes complexes, répondre aux attentes des "
            "communautés quant au financement de base et démontrer les résultats des "
            "investissements.",
        ],
        duties=[
            "Dirige la gestion des programmes d'appui aux langues officielles.",
            "Négocie les ententes fédérales-provinciales-territoriales.",
            "Établit les priorités de financement et recommande les projets.",
            "Conseille le directeur général sur les enjeux des communautés.",
            "Gère les ressources humaines et financières de la direction.",
        ],
    )},
)

JUS_ATIP = Position(
    key="jus-atip",
    department=T(en="Department of Justice Canada"),
    branch=T(en="Management Sector"), unit=T(en="Access to Information and Privacy Office"),
    title=T(en="Director, Access to Information and Privacy Office"),
    classification="EX-01", job_code="580290", number="16305", effective=date(2020, 9, 28),
    supervisor=Supervisor("16300", T(en="Director General, Corporate Secretariat"), "EX-02"),
    reports=[
        Report(T(en="Deputy Director, Access to Information Operations"), "PM-06", 22),
        Report(T(en="Deputy Director, Privacy and Policy"), "PM-06", 8),
        Report(T(en="Team Leader, Intake and Triage"), "PM-05", 6),
        Report(T(en="Manager, Consultations"), "PM-05", 7),
    ],
    fte=45, salary=None, o_and_m=None, total=4_170_000,
    city="Ottawa", province="ON", mandate=MANDATES["JUS"],
    prose={"en": Prose(
        summary="The Director, Access to Information and Privacy Office is accountable for the "
                "Department's compliance with the Access to Information Act and the Privacy Act: "
                "the processing of requests, consultations from other institutions, privacy impact "
                "assessments, privacy breach management and the related policies, training and "
                "reporting.",
        scope=[
            "Requests to the Department frequently involve records subject to solicitor-client "
            "privilege, litigation files and Cabinet confidences, which require careful legal "
            "review. The Office also answers a large volume of consultations from institutions "
            "whose records contain legal advice from the Department.",
            "The Director is the delegated authority for many exemptions and exclusions, and deals "
            "with the Information Commissioner and the Privacy Commissioner on complaints and "
            "investigations.",
        ],
        challenges=[
            "The Director must reduce the backlog of requests, implement legislative amendments "
            "and proactive publication requirements, and retain ATIP specialists in a highly "
            "competitive market.",
        ],
        duties=[
            "Directs the processing of access to information and privacy requests.",
            "Exercises delegated authority for exemptions and exclusions.",
            "Manages relations with the Information and Privacy Commissioners.",
            "Leads privacy impact assessments and breach management.",
            "Prepares the annual reports to Parliament.",
            "Manages the human and financial resources of the Office.",
        ],
    )},
)

WAGE_GBV = Position(
    key="wage-gbv",
    department=T(fr="Femmes et Égalité des genres Canada"),
    branch=T(fr="Secteur des politiques et des programmes"),
    unit=T(fr="Direction générale de la lutte contre la violence fondée sur le sexe"),
    title=T(fr="Directeur général, Lutte contre la violence fondée sur le sexe"),
    classification="EX-03", job_code="610244", number="5512", effective=date(2025, 1, 13),
    supervisor=Supervisor("5500", T(fr="Sous-ministre adjoint, Politiques et programmes"), "EX-04"),
    reports=[
        Report(T(fr="Directeur, Programme de financement"), "EX-01", 24),
        Report(T(fr="Directeur, Plan d'action national"), "EX-01", 17),
        Report(T(fr="Directeur, Opérations régionales des programmes"), "EX-01", 31),
        Report(T(fr="Gestionnaire, Mesure du rendement et données"), "EC-07", 6),
    ],
    fte=80, salary=8_100_000, o_and_m=600_000, total=8_700_000, program=170_000_000,
    city="Ottawa", province="ON", mandate=MANDATES["WAGE"],
    prose={"fr": Prose(
        summary="Le directeur général est responsable de la mise en œuvre du Plan d'action national "
                "pour mettre fin à la violence fondée sur le sexe, de la gestion du programme de "
                "financement qui soutient les organismes œuvrant auprès des personnes survivantes, "
                "et de la coordination de la contribution fédérale avec les provinces, les "
                "territoires et les partenaires autochtones.",
        scope=[
            "Le programme finance des centaines de projets partout au pays, dont plusieurs auprès "
            "de communautés autochtones, rurales et nordiques. Les besoins dépassent de loin les "
            "fonds disponibles et les décisions de financement sont suivies de près par les "
            "organismes et les parlementaires.",
            "Le directeur général coordonne l'apport d'une vingtaine de ministères et négocie des "
            "ententes bilatérales avec chaque province et territoire pour la mise en œuvre du Plan "
            "d'action national.",
        ],
        challenges=[
            "Le titulaire doit démontrer des résultats mesurables dans un domaine où les données "
            "sont rares, soutenir la viabilité d'organismes fragiles et maintenir la collaboration "
            "de nombreux partenaires.",
        ],
        duties=[
            "Dirige la mise en œuvre du Plan d'action national.",
            "Dirige le programme de financement et approuve les recommandations de projets.",
            "Négocie et gère les ententes bilatérales avec les provinces et territoires.",
            "Coordonne la contribution des ministères fédéraux.",
            "Conseille le sous-ministre adjoint et la ministre.",
            "Gère les ressources humaines et financières de la Direction générale.",
        ],
    )},
)


# --- people: invented names for signature blocks and incumbent lines (never to be copied into a
# --- record; the ground truth lists the ones each document prints) -----------------------------

NAMES = [
    "Margaret Ellison", "Raymond Tessier", "Priya Venkataraman", "Guy-Philippe Ouellette", "Donna MacIsaac",
    "Harjit Sandhu", "Solange Pelletier", "Trevor Blackwood", "Anne-Marie Bergeron", "Desmond Okafor",
    "Lucie Gravel", "Kenneth Yurkiw", "Nadia Haddad", "Bruno Lachapelle", "Shirley Campbell-Ross",
    "Étienne Marchand", "Wendy Thibodeau", "Olumide Adeyemi", "Chantal Rioux", "Graham Fitzgerald",
    "Mei-Lin Chow", "Jean-Sébastien Caron", "Patricia Nakamura", "Réjean Boudreault", "Colleen Mercer",
    "Farid Benali", "Isabelle Dufresne", "Stuart McAlpine", "Geneviève Lortie", "Darnell Whitfield-Cole",
    "Josée Beaulieu", "Ian Kowalchuk", "Mélanie St-Onge", "Robert Anaquod", "Sylvie Côté-Larivière",
    "Arthur Penney", "Karine Vézina", "Sanjay Mehrotra", "Louise Arsenault", "Peter Okonkwo",
    "Nathalie Desrosiers", "Brendan Kavanagh", "Hélène Fortier", "Marcus Lindqvist", "Suzanne Paquin",
    "Derek Two-Rivers", "Claudette Bérubé", "Vikram Chaudhary", "Janice Pottie", "François Létourneau",
    "Rosalind Ng", "Michel Brisebois", "Audrey Kamara", "Denis Tremblay-Hudon", "Heather Sutherland",
    "Yannick Gagné", "Fatima Rahimi", "Gordon Tulk", "Martine Legault", "Alistair Munro",
    "Émilie Vaillancourt", "Terrence Bighetty", "Caroline Jodoin", "Wei Zhang", "Pauline Savoie",
    "Omar Siddiqui", "Monique Gauthier-Roy", "Lyle Stonechild", "Brigitte Lamontagne", "Colin Hurley",
    "Thérèse Nadeau", "Aaron Goldfarb", "Véronique Poirier", "Duncan Ferguson", "Roxanne Labelle",
    "Samuel Akinola", "Diane Chiasson", "Lorne Pasichnyk", "Andrée Giguère", "Kyle Moosomin",
    "Bernadette Hachey", "Jasmine Toor", "Gilles Lemieux", "Norma Flett", "Ravi Subramaniam",
    "Ginette Boisvert", "Clifford Osmond", "Amira Khoury", "Luc Rochefort", "Tamara Greyeyes",
    "Hugh MacLellan", "Sophie Ducharme", "Kwame Mensah", "Danielle Aubin", "Neil Crowther",
    "Marie-Ève Turcotte", "Jerome Pilgrim", "Ingrid Sorensen", "Pascal Hébert", "Wanda Strickland",
    "Tariq Aziz-Rahman", "Colette Marquis", "Glen Hiebert", "Yasmin Dhalla", "Serge Bouffard",
    "Leona Whitecloud", "Martin Ouimet", "Bonnie Fougère", "Ahmed Belkacem", "Sheila Dempster",
    "Benoît Chartrand", "Evelyn Ramsay", "Kenji Watanabe", "Ariane Simard", "Douglas Pike",
    "Nicolette Hamel", "Raj Kapoor-Singh", "Mireille Dionne", "Owen Tremblett", "Cécile Barrette",
]


# --- the sections every EX work description carries, worded per position ------------------------

def the(name: str) -> str:
    """``the Public Health Agency of Canada``, but ``Health Canada``."""
    needs = " of " in name or name.startswith("Department") or name.endswith(("Agency", "Office"))
    return f"the {name}" if needs else name


def contacts(pos: Position, lang: str) -> list[str]:
    """Key internal and external contacts."""
    dept, branch = pos.department.get(lang) or next(iter(pos.department.values())), \
        pos.branch.get(lang) or next(iter(pos.branch.values()))
    boss = pos.supervisor.title.get(lang) or next(iter(pos.supervisor.title.values()))
    if lang == "fr":
        return [
            f"À l'interne, le titulaire entretient des rapports constants avec le {boss[:1].lower() + boss[1:]}, "
            f"ses collègues de la {branch[:1].lower() + branch[1:]}, les services ministériels (finances, "
            f"ressources humaines, gestion de l'information et technologie) et les services juridiques, afin "
            f"d'harmoniser les priorités et de résoudre les questions opérationnelles complexes.",
            f"À l'externe, le titulaire représente l'organisation ({dept}) auprès des organismes centraux, des autres ministères "
            f"fédéraux, des gouvernements provinciaux et territoriaux, des organisations autochtones, des "
            f"associations et des clients. Ces échanges exigent du tact, une capacité de négociation et une "
            f"connaissance approfondie des enjeux, car les positions des interlocuteurs divergent souvent.",
        ]
    return [
        f"Internally, the incumbent works closely with the {boss}, colleagues across the {branch}, corporate "
        f"services (finance, human resources, information management and technology) and legal services to "
        f"align priorities and resolve complex operational issues.",
        f"Externally, the incumbent represents {the(dept)} with central agencies, other federal departments, "
        f"provincial and territorial governments, Indigenous organizations, associations and clients. These "
        f"exchanges call for tact, negotiation skills and a thorough knowledge of the issues, as the parties' "
        f"positions often diverge.",
    ]


COMPETENCIES = {
    "en": [
        "Create vision and strategy: defines the future direction of the organization and translates it into "
        "clear priorities and plans.",
        "Mobilize people: inspires and motivates employees, builds capacity and promotes a healthy, inclusive "
        "and respectful workplace.",
        "Uphold integrity and respect: exemplifies ethical practices, professionalism and personal integrity.",
        "Collaborate with partners and stakeholders: builds broad networks and shares knowledge across "
        "organizational boundaries.",
        "Promote innovation and guide change: creates an environment that supports bold thinking and "
        "experimentation.",
        "Achieve results: mobilizes resources to deliver on priorities and takes responsibility for outcomes.",
    ],
    "fr": [
        "Créer une vision et une stratégie : définit l'orientation future de l'organisation et la traduit en "
        "priorités et en plans clairs.",
        "Mobiliser les personnes : inspire et motive les employés, renforce les capacités et favorise un milieu "
        "de travail sain, inclusif et respectueux.",
        "Préserver l'intégrité et le respect : fait preuve d'éthique, de professionnalisme et d'intégrité "
        "personnelle.",
        "Collaborer avec les partenaires et les intervenants : établit de vastes réseaux et partage ses "
        "connaissances au-delà des limites organisationnelles.",
        "Promouvoir l'innovation et orienter le changement : crée un milieu propice à l'audace et à "
        "l'expérimentation.",
        "Obtenir des résultats : mobilise les ressources pour réaliser les priorités et assume la "
        "responsabilité des résultats.",
    ],
}

CONDITIONS = {
    "en": [
        "The work involves frequent deadlines that cannot be moved, long hours during peak periods and "
        "emergencies, and travel within the region and to the National Capital Region several times a year.",
        "The incumbent is regularly exposed to stress arising from public and media scrutiny, difficult "
        "personnel situations and decisions with significant consequences for clients and employees.",
    ],
    "fr": [
        "Le travail comporte des échéances fréquentes et non négociables, de longues heures pendant les périodes "
        "de pointe et les situations d'urgence, ainsi que des déplacements dans la région et dans la région de "
        "la capitale nationale plusieurs fois par année.",
        "Le titulaire est régulièrement exposé au stress découlant de l'attention du public et des médias, de "
        "situations de personnel difficiles et de décisions aux conséquences importantes pour les clients et "
        "les employés.",
    ],
}

MORE_CHALLENGES = {
    "en": [
        "In addition, the incumbent must manage within a fixed budget while demand for services grows, renew a "
        "workforce in which a large share of experienced employees are eligible to retire, and advance the "
        "Government's commitments on diversity, inclusion, accessibility and official languages.",
        "The incumbent must also lead the organization through the Government's digital transformation, "
        "replacing legacy systems and paper processes while maintaining service, and ensure that information "
        "is managed and protected in accordance with policy.",
        "Finally, the incumbent must maintain employee engagement and well-being through successive "
        "reorganizations, hybrid work arrangements and sustained operational pressure.",
    ],
    "fr": [
        "De plus, le titulaire doit gérer à l'intérieur d'un budget fixe alors que la demande de services croît, "
        "renouveler un effectif dont une part importante des employés expérimentés est admissible à la "
        "retraite et faire progresser les engagements du gouvernement en matière de diversité, d'inclusion, "
        "d'accessibilité et de langues officielles.",
        "Le titulaire doit également diriger l'organisation dans la transformation numérique du gouvernement, "
        "en remplaçant des systèmes désuets et des processus papier sans interrompre le service, et veiller à "
        "ce que l'information soit gérée et protégée conformément aux politiques.",
        "Enfin, le titulaire doit maintenir l'engagement et le bien-être des employés malgré les "
        "réorganisations successives, le travail hybride et une pression opérationnelle soutenue.",
    ],
}
