"""Narrative text for the blind14 corpus: what each kind of position does, in the language(s)
its documents are written in, and paragraphs about the regions and about executive work in
general. Written for this corpus (structure from the seeds and the Treasury Board EX benchmark
positions); placeholders: {t} the position's title, {unit} its organization, {region} its
region, {city} its city, {dept} its department."""

# --- per kind of work: general accountability, nature and scope, activities --------------------

DOMAINS = {
    "econdev": {
        "en": {
            "ga": "Directs the planning, delivery and assessment of the agency's economic development programs "
                  "in {region}, so that businesses, communities and not-for-profit organizations can grow, "
                  "innovate and diversify, and advises senior management on the economic conditions and "
                  "opportunities of the territory served.",
            "ns": [
                "The {unit} is the agency's point of contact with the entrepreneurs, municipalities, First "
                "Nations, economic development corporations and post-secondary institutions of {region}. "
                "Its officers analyze project proposals, negotiate repayable and non-repayable contributions, "
                "and follow the projects they fund until the last claim is paid. The portfolio under "
                "management is large for the size of the team, and many of the files are complex, involving "
                "several funders and long construction or commercialization schedules.",
                "The regional economy rests on a small number of sectors that are exposed to commodity prices, "
                "to trade disputes and to the effects of a changing climate. When a major employer closes or a "
                "natural disaster strikes, the {t} is expected to mobilize the agency's tools within days, to "
                "coordinate the federal response with the province and the affected communities, and to brief "
                "the Minister's office on the measures taken.",
                "The incumbent exercises delegated authority to approve contributions up to the limit set in "
                "the agency's delegation instrument and recommends larger projects to the President. Decisions "
                "are made in a context where demand for assistance far exceeds the funds available, so the "
                "position must set priorities that can be defended publicly and that are consistent with the "
                "government's regional development policy.",
            ],
            "acts": [
                "Directs the analysis, negotiation and approval of contribution agreements with businesses and "
                "community organizations, within delegated authorities.",
                "Develops the regional investment strategy and the annual operating plan, and reports on "
                "results against the agency's performance measurement framework.",
                "Builds and maintains partnerships with provincial ministries, municipalities, Indigenous "
                "organizations and industry associations to align economic development efforts.",
                "Leads the agency's response to economic shocks in the region, including the design of "
                "temporary adjustment measures.",
                "Provides intelligence and strategic advice to headquarters on regional economic trends, "
                "sectoral issues and emerging opportunities.",
                "Oversees the monitoring of the contribution portfolio, the recovery of repayable "
                "contributions and the management of defaults and write-offs.",
                "Represents the agency with elected officials, chambers of commerce and the media on regional "
                "economic development matters.",
            ],
        },
        "fr": {
            "ga": "Diriger la planification, la prestation et l'évaluation des programmes de développement "
                  "économique de l'Agence dans la région {region}, afin d'appuyer la croissance, l'innovation et "
                  "la diversification des entreprises et des collectivités, et conseiller la haute direction sur "
                  "la conjoncture et les occasions propres au territoire desservi.",
            "ns": [
                "Le {unit} constitue la porte d'entrée de l'Agence pour les entreprises, les municipalités, les "
                "communautés autochtones, les organismes de développement économique et les établissements "
                "d'enseignement de la région {region}. Ses conseillers analysent les projets, négocient des "
                "contributions remboursables et non remboursables et assurent le suivi des projets jusqu'au "
                "versement final. Le portefeuille géré est imposant pour la taille de l'équipe et plusieurs "
                "dossiers mettent en cause de multiples bailleurs de fonds.",
                "L'économie régionale repose sur quelques secteurs fortement exposés aux prix des ressources, "
                "aux différends commerciaux et aux effets des changements climatiques. Lors de la fermeture "
                "d'une usine ou d'un sinistre, le titulaire doit mobiliser rapidement les outils de l'Agence, "
                "coordonner l'intervention fédérale avec le gouvernement provincial et les milieux touchés, et "
                "informer le cabinet du ministre des mesures prises.",
                "Le titulaire exerce les pouvoirs délégués d'approbation des contributions jusqu'à la limite "
                "prévue à l'instrument de délégation et recommande au président les projets d'envergure. Comme "
                "la demande d'aide dépasse largement les fonds disponibles, le poste doit établir des priorités "
                "défendables publiquement et cohérentes avec la politique gouvernementale de développement "
                "régional.",
            ],
            "acts": [
                "Dirige l'analyse, la négociation et l'approbation des ententes de contribution avec les "
                "entreprises et les organismes, dans les limites des pouvoirs délégués.",
                "Élabore la stratégie régionale d'intervention et le plan opérationnel annuel, et rend compte "
                "des résultats obtenus selon le cadre de mesure du rendement de l'Agence.",
                "Établit et entretient des partenariats avec les ministères provinciaux, les municipalités "
                "régionales de comté, les organisations autochtones et les associations sectorielles.",
                "Pilote l'intervention de l'Agence lors de chocs économiques touchant la région, y compris la "
                "conception de mesures d'adaptation temporaires.",
                "Fournit à l'administration centrale des analyses et des conseils stratégiques sur l'évolution "
                "de l'économie régionale et sur les enjeux sectoriels.",
                "Supervise le suivi du portefeuille de contributions, le recouvrement des contributions "
                "remboursables et la gestion des cas de défaut.",
                "Représente l'Agence auprès des élus, des chambres de commerce et des médias régionaux.",
            ],
        },
    },
    "fisheries": {
        "en": {
            "ga": "Leads the management of commercial, recreational and Indigenous fisheries in {region}, "
                  "including the development of integrated fisheries management plans, the allocation of access "
                  "and the conservation of the stocks on which coastal communities depend.",
            "ns": [
                "The region's fisheries are among the most valuable and most contested in the country. Several "
                "stocks are at or below their limit reference point, and decisions on total allowable catch, "
                "season openings and gear restrictions are scrutinized by harvesters, processors, "
                "environmental organizations and First Nations with recognized rights to fish. The {t} "
                "prepares the options on which the Minister decides and must be able to defend them on the "
                "science and in law.",
                "Reconciliation with Indigenous peoples shapes much of the work. The incumbent leads "
                "negotiations of interim fisheries agreements and implements court decisions on rights-based "
                "fisheries, often under tight deadlines and with intense media attention. Relations with "
                "industry advisory committees and with the province on aquaculture and on habitat are "
                "continuous.",
            ],
            "acts": [
                "Directs the development, consultation and implementation of integrated fisheries management "
                "plans for the region's major stocks.",
                "Leads negotiations with First Nations on fisheries access and collaborative management "
                "arrangements.",
                "Provides recommendations to the Minister on quotas, openings and conservation measures, "
                "supported by science advice.",
                "Oversees licensing, allocation and the administration of fisheries programs in the region.",
                "Chairs regional advisory committees and manages relations with harvester associations and "
                "processors.",
                "Coordinates with Conservation and Protection on compliance priorities and monitoring "
                "programs.",
            ],
        },
        "fr": {
            "ga": "Diriger la gestion des pêches commerciales, récréatives et autochtones dans la région "
                  "{region}, y compris l'élaboration des plans de gestion intégrée des pêches, la répartition de "
                  "l'accès et la conservation des stocks dont dépendent les collectivités côtières.",
            "ns": [
                "Les pêches de la région comptent parmi les plus lucratives et les plus disputées du pays : "
                "homard, crabe des neiges, hareng et maquereau. Plusieurs stocks se trouvent dans la zone "
                "critique et les décisions sur les totaux autorisés des captures, l'ouverture des saisons et "
                "les engins permis sont scrutées par les pêcheurs, les usines de transformation et les "
                "Premières Nations. Le titulaire prépare les options soumises au ministre et doit pouvoir les "
                "défendre sur le plan scientifique et juridique.",
                "La réconciliation avec les peuples autochtones façonne une grande partie du travail. Le "
                "titulaire dirige la négociation d'ententes provisoires sur les pêches et la mise en oeuvre "
                "des décisions judiciaires relatives aux pêches fondées sur des droits, souvent dans des délais "
                "serrés et sous l'oeil des médias. Les relations avec les comités consultatifs et avec les "
                "provinces de l'Atlantique sont constantes.",
            ],
            "acts": [
                "Dirige l'élaboration, la consultation et la mise en oeuvre des plans de gestion intégrée des "
                "pêches pour les principaux stocks de la région.",
                "Mène les négociations avec les Premières Nations sur l'accès aux pêches et la cogestion.",
                "Formule des recommandations au ministre sur les quotas, les saisons et les mesures de "
                "conservation, à la lumière des avis scientifiques.",
                "Supervise la délivrance des permis, la répartition des allocations et l'administration des "
                "programmes de pêche dans la région.",
                "Préside les comités consultatifs régionaux et gère les relations avec les associations de "
                "pêcheurs et les transformateurs.",
                "Coordonne avec la Conservation et Protection les priorités de conformité et les programmes de "
                "surveillance en mer et à quai.",
            ],
        },
    },
    "oceansci": {
        "en": {
            "ga": "Directs the region's aquatic science program, producing the peer-reviewed advice on fish "
                  "stocks, marine ecosystems, ocean climate and aquatic habitat that fisheries managers, "
                  "regulators and the Minister need to make decisions.",
            "ns": [
                "The science sector operates one of the country's major oceanographic institutes, with "
                "laboratories, a fleet of research vessels chartered from the Coast Guard, and monitoring "
                "programs that go back decades. The {t} sets the research agenda in a context where the demand "
                "for advice grows faster than the capacity to produce it, and where the departure of senior "
                "scientists threatens long time series.",
                "Advice is produced through the Canadian Science Advisory Secretariat process and often bears "
                "directly on decisions with significant economic consequences. The incumbent must protect the "
                "independence of the science while ensuring that it is delivered when managers need it, and "
                "must represent the department in international scientific bodies such as NAFO and ICES.",
            ],
            "acts": [
                "Establishes the regional science priorities and the multi-year research plan in consultation "
                "with client sectors.",
                "Directs stock assessments, ecosystem research and ocean monitoring programs.",
                "Ensures the timely delivery of peer-reviewed science advice through the regional advisory "
                "process.",
                "Manages the scientific infrastructure of the institute, including laboratories, collections "
                "and vessel time.",
                "Represents the department in national and international scientific fora and negotiates "
                "research partnerships with universities.",
                "Leads the recruitment and succession planning of research scientists and technical staff.",
            ],
        },
        "fr": {
            "ga": "Diriger le programme régional des sciences aquatiques afin de produire les avis "
                  "scientifiques évalués par les pairs sur les stocks de poissons, les écosystèmes marins, le "
                  "climat océanique et l'habitat du poisson dont ont besoin les gestionnaires et le ministre.",
            "ns": [
                "Le secteur des sciences exploite un institut de recherche océanographique d'envergure "
                "nationale, situé sur la rive sud de l'estuaire du Saint-Laurent, avec des laboratoires, une "
                "collection de référence et des programmes de suivi qui remontent à plusieurs décennies. Le "
                "titulaire établit la programmation de recherche alors que la demande d'avis croît plus vite "
                "que la capacité de les produire et que les départs à la retraite menacent certaines séries "
                "temporelles.",
                "Les avis sont produits selon le processus du Secrétariat canadien des avis scientifiques et "
                "touchent directement des décisions aux conséquences économiques importantes pour les "
                "collectivités de la Gaspésie, de la Côte-Nord et des Îles-de-la-Madeleine. Le titulaire doit "
                "préserver l'indépendance de la science tout en livrant les avis au moment opportun.",
            ],
            "acts": [
                "Établit les priorités scientifiques régionales et le plan de recherche pluriannuel en "
                "consultation avec les secteurs clients.",
                "Dirige les évaluations de stocks, la recherche écosystémique et les programmes de "
                "surveillance de l'océan.",
                "Assure la production en temps opportun d'avis scientifiques évalués par les pairs.",
                "Gère l'infrastructure scientifique de l'institut, y compris les laboratoires, les "
                "collections et le temps-navire.",
                "Représente le Ministère au sein des forums scientifiques nationaux et internationaux et "
                "conclut des partenariats de recherche avec les universités.",
                "Dirige la dotation et la planification de la relève des chercheurs et du personnel "
                "technique.",
            ],
        },
    },
    "coastguard": {
        "en": {
            "ga": "Directs the delivery of {unit} services in {region}, ensuring that mariners have "
                  "continuous distress and safety communications, vessel traffic services and marine "
                  "information, in support of safe and efficient navigation and of the protection of the "
                  "marine environment.",
            "ns": [
                "The program operates around the clock from a network of centres and remote sites along one "
                "of the busiest and most weather-exposed coastlines in the country. Officers monitor distress "
                "frequencies, coordinate with the Joint Rescue Coordination Centre, regulate traffic in "
                "approaches and harbours and broadcast weather and navigational warnings. A single missed "
                "call can cost lives.",
                "The {t} manages a workforce of certified officers whose training takes more than a year, in "
                "a labour market where recruitment and retention are difficult. The position also oversees "
                "the renewal of aging radio and radar infrastructure, which must be replaced without any "
                "interruption of service.",
            ],
            "acts": [
                "Directs the operation of the region's communications and traffic centres on a 24/7 basis.",
                "Sets service levels and monitors performance, incidents and near misses.",
                "Plans the recruitment, certification and retention of operational staff.",
                "Oversees the maintenance and modernization of radio, radar and remote site infrastructure "
                "with Integrated Technical Services.",
                "Maintains working relationships with search and rescue partners, pilotage authorities, port "
                "authorities and the marine industry.",
                "Leads business continuity planning and the response to system outages and severe weather "
                "events.",
            ],
        },
    },
    "service": {
        "en": {
            "ga": "Directs the delivery of Service Canada's in-person, telephone and outreach services in "
                  "{region}, ensuring that Canadians receive timely, accurate and accessible service for "
                  "Employment Insurance, pensions, passports and other federal programs, in both official "
                  "languages.",
            "ns": [
                "The directorate operates a network of Service Canada Centres, scheduled outreach sites and "
                "mobile outreach teams that reach rural, coastal and Indigenous communities. Demand is uneven "
                "and seasonal: in many communities a large share of the workforce relies on Employment "
                "Insurance during the winter, and passport demand peaks in spring. The {t} must move "
                "resources across the network to meet service standards.",
                "Service delivery is changing quickly as more Canadians use online channels, while those "
                "with the most complex needs continue to require in-person help. The incumbent leads this "
                "transformation locally, manages labour relations in a unionized environment and maintains "
                "strong relations with members of Parliament's offices, provincial partners and community "
                "organizations.",
            ],
            "acts": [
                "Directs the operations of Service Canada Centres and outreach services across the area.",
                "Monitors service standards, wait times and client satisfaction, and implements corrective "
                "measures.",
                "Allocates human and financial resources among sites according to demand and seasonal "
                "pressures.",
                "Implements national service transformation initiatives at the regional level.",
                "Manages relations with elected officials' offices, provincial ministries and community "
                "partners on service issues.",
                "Ensures the security of sites, employees and client information.",
            ],
        },
        "fr": {
            "ga": "Diriger la prestation des services en personne, téléphoniques et de proximité de Service "
                  "Canada dans la région {region}, de façon que la population reçoive des services rapides, "
                  "exacts et accessibles pour l'assurance-emploi, les pensions, les passeports et les autres "
                  "programmes fédéraux, dans les deux langues officielles.",
            "ns": [
                "La direction exploite un réseau de Centres Service Canada, de points de service périodiques "
                "et d'équipes mobiles qui rejoignent les collectivités rurales, côtières et autochtones. La "
                "demande est inégale et saisonnière : dans plusieurs localités, une part importante de la "
                "main-d'oeuvre a recours à l'assurance-emploi l'hiver, et la demande de passeports culmine au "
                "printemps. Le titulaire doit déplacer les ressources d'un point de service à l'autre pour "
                "respecter les normes de service.",
                "La prestation des services évolue rapidement avec le virage numérique, alors que les "
                "personnes aux besoins les plus complexes continuent de se présenter au comptoir. Le titulaire "
                "dirige cette transformation à l'échelle régionale, gère les relations de travail en milieu "
                "syndiqué et entretient des liens étroits avec les bureaux de circonscription des députés, les "
                "partenaires provinciaux et les organismes communautaires.",
            ],
            "acts": [
                "Dirige les opérations des Centres Service Canada et des services de proximité du secteur.",
                "Surveille le respect des normes de service, les délais d'attente et la satisfaction de la "
                "clientèle, et apporte les correctifs nécessaires.",
                "Répartit les ressources humaines et financières entre les points de service selon la demande "
                "et les périodes de pointe.",
                "Met en oeuvre à l'échelle régionale les initiatives nationales de transformation des "
                "services.",
                "Gère les relations avec les bureaux des élus, les ministères provinciaux et les partenaires "
                "communautaires.",
                "Veille à la sécurité des lieux, du personnel et des renseignements personnels de la "
                "clientèle.",
            ],
        },
    },
    "benefits": {
        "en": {
            "ga": "Directs the adjudication of disability benefit applications and reviews for Veterans and "
                  "their families, ensuring that decisions are accurate, consistent, fair and rendered within "
                  "the published service standards.",
            "ns": [
                "Disability benefits are the gateway to most of the department's programs, and demand has "
                "grown steadily for a decade. The directorate receives tens of thousands of first "
                "applications, reassessments and departmental reviews every year. Each decision rests on "
                "medical evidence, service records and the Table of Disabilities, and may be appealed to the "
                "Veterans Review and Appeal Board.",
                "The {t} is accountable for reducing the backlog while protecting the quality of decisions. "
                "This requires constant adjustment of workflows, the onboarding and training of large numbers "
                "of term adjudicators, and close cooperation with the department's medical advisors, the "
                "Bureau of Pensions Advocates and Veterans' organizations.",
            ],
            "acts": [
                "Directs the adjudication of first applications, reassessments and departmental reviews.",
                "Establishes production targets and quality assurance regimes, and reports on wait times to "
                "senior management and Parliament.",
                "Leads process improvements, including the use of automated triage and digital case files.",
                "Oversees the recruitment, training and accreditation of adjudicators.",
                "Provides interpretation of legislation and policy to decision makers in complex or "
                "precedent-setting cases.",
                "Maintains relations with Veterans' organizations, advocates and the Veterans Ombud's "
                "office.",
            ],
        },
    },
    "tax": {
        "en": {
            "ga": "Directs the operations of the {unit}, which processes individual and business returns, "
                  "payments and benefit applications and answers correspondence from taxpayers, ensuring that "
                  "the Agency's processing standards and security requirements are met.",
            "ns": [
                "The centre is one of the largest employers in {city}. Its workload follows the filing "
                "season: between February and June the number of employees nearly doubles, with hundreds of "
                "seasonal and term staff who must be hired, trained, equipped and supervised within weeks. "
                "Any disruption in processing delays refunds and benefit payments for millions of Canadians.",
                "The {t} manages a workforce represented by two bargaining agents, a large building and its "
                "secure areas, and a growing share of work that arrives electronically. The position leads "
                "the centre's part in national modernization projects and is the Agency's senior official "
                "in the community.",
            ],
            "acts": [
                "Directs the processing of returns, payments, adjustments and benefit applications assigned to "
                "the centre.",
                "Plans the annual staffing cycle for the filing season, including seasonal recall and "
                "training.",
                "Monitors production, quality and service standards and reports results to the Assistant "
                "Commissioner.",
                "Ensures the physical security of the site and the protection of taxpayer information.",
                "Leads the centre's participation in national modernization and workload transfer "
                "initiatives.",
                "Represents the Agency with local authorities, the media and community organizations.",
            ],
        },
        "fr": {
            "ga": "Diriger les opérations du {unit}, qui traite les déclarations, les paiements et les "
                  "demandes de prestations et répond à la correspondance des contribuables, en veillant au "
                  "respect des normes de traitement et des exigences de sécurité de l'Agence.",
            "ns": [
                "Le centre est l'un des plus importants employeurs de {city}. Sa charge de travail suit le "
                "cycle de production des déclarations : de février à juin, l'effectif double presque, avec "
                "des centaines d'employés saisonniers et nommés pour une période déterminée qu'il faut "
                "recruter, former et encadrer en quelques semaines. Toute interruption retarde les "
                "remboursements et les versements de prestations.",
                "Le titulaire gère un effectif représenté par deux agents négociateurs, un immeuble d'envergure "
                "avec ses zones sécurisées, et une part croissante de travail reçue par voie électronique. Il "
                "dirige la participation du centre aux projets nationaux de modernisation et représente "
                "l'Agence dans la collectivité.",
            ],
            "acts": [
                "Dirige le traitement des déclarations, des paiements, des redressements et des demandes de "
                "prestations attribués au centre.",
                "Planifie le cycle annuel de dotation de la période de production, y compris le rappel des "
                "employés saisonniers et leur formation.",
                "Surveille la production, la qualité et les normes de service et en rend compte au "
                "sous-commissaire.",
                "Assure la sécurité matérielle des lieux et la protection des renseignements des "
                "contribuables.",
                "Dirige la participation du centre aux initiatives nationales de modernisation et de "
                "transfert de la charge de travail.",
                "Représente l'Agence auprès des autorités municipales, des médias et des organismes du milieu.",
            ],
        },
    },
    "immigration": {
        "en": {
            "ga": "Directs the processing of economic immigration applications under the regional and "
                  "provincial nominee streams assigned to the office, ensuring decisions that are timely, "
                  "consistent and compliant with the Immigration and Refugee Protection Act.",
            "ns": [
                "The Atlantic provinces depend on immigration to fill labour shortages and to offset an aging "
                "population. Employers, provincial governments and settlement agencies watch processing "
                "times closely, and every delay is raised with the Minister. The office processes "
                "applications from designated employers' candidates, provincial nominees and their "
                "families.",
                "The {t} balances speed against program integrity: fraud risks, medical and security "
                "screening, and the coordination of partner checks all bear on processing times. The "
                "position works with provincial immigration offices, with the network's other processing "
                "centres and with the department's integrity and risk management branch.",
            ],
            "acts": [
                "Directs the processing and decision-making on applications in the office's lines of business.",
                "Sets and monitors processing targets in line with the departmental levels plan.",
                "Works with provincial governments and designated employers on program design and "
                "delivery issues.",
                "Implements program integrity measures and quality assurance reviews.",
                "Oversees the training and delegation of decision makers.",
                "Contributes regional expertise to national policy and operational instructions.",
            ],
        },
    },
    "parks": {
        "en": {
            "ga": "Leads the protection, presentation and operation of the national parks and national "
                  "historic sites of the {unit}, ensuring ecological and commemorative integrity and "
                  "meaningful visitor experiences, in partnership with Indigenous peoples and communities.",
            "ns": [
                "The field unit covers a vast territory, much of it accessible only by air or river. It "
                "includes wilderness parks co-managed with First Nations under final agreements, and "
                "historic sites that tell the story of the gold rush. Visitation is concentrated in a short "
                "summer season, while the incumbent must plan year-round for wildfire, permafrost thaw and "
                "aging assets.",
                "Co-operative management boards established under land claim agreements advise on every "
                "significant decision. The {t} must build trust with them, respect the commitments of the "
                "agreements and integrate Indigenous knowledge into resource conservation, while meeting the "
                "Agency's national directions.",
            ],
            "acts": [
                "Directs resource conservation, visitor experience, asset management and public safety "
                "programs in the field unit.",
                "Implements the park management plans and reports on the state of the parks and sites.",
                "Works with co-operative management boards and First Nations governments in accordance with "
                "final agreements.",
                "Manages a capital program for the renewal of roads, buildings and visitor facilities.",
                "Leads emergency preparedness for wildfire, floods and search and rescue in the parks.",
                "Develops partnerships with the territorial government, tourism operators and communities.",
            ],
        },
        "fr": {
            "ga": "Diriger la protection, la mise en valeur et l'exploitation du parc national et des lieux "
                  "historiques nationaux de l'{unit}, en assurant l'intégrité écologique et commémorative et "
                  "des expériences de visite enrichissantes, en partenariat avec les Premières Nations et les "
                  "collectivités acadiennes.",
            "ns": [
                "L'unité de gestion comprend un parc côtier de dunes, de lagunes et de tourbières, ainsi que "
                "des lieux historiques liés à l'histoire acadienne et micmaque. La fréquentation est "
                "concentrée pendant la saison estivale, mais le titulaire doit planifier à longueur d'année "
                "l'adaptation à l'érosion côtière, aux tempêtes et au vieillissement des actifs.",
                "Les relations avec les collectivités voisines portent une charge historique particulière, "
                "en raison des expropriations qui ont accompagné la création du parc. Le titulaire doit "
                "entretenir un dialogue respectueux avec les familles touchées, les communautés micmaques et "
                "les municipalités, tout en respectant les orientations nationales de l'Agence.",
            ],
            "acts": [
                "Dirige les programmes de conservation des ressources, d'expérience du visiteur, de gestion "
                "des biens et de sécurité publique de l'unité de gestion.",
                "Met en oeuvre les plans directeurs et rend compte de l'état du parc et des lieux historiques.",
                "Collabore avec les Premières Nations micmaques à la gestion concertée du territoire.",
                "Gère un programme d'immobilisations pour le renouvellement des routes, des bâtiments et des "
                "installations d'accueil.",
                "Dirige la préparation aux situations d'urgence : feux, tempêtes, recherche et sauvetage.",
                "Développe des partenariats avec les organismes touristiques, les municipalités et les "
                "associations acadiennes.",
            ],
        },
    },
    "corrections": {
        "en": {
            "ga": "Manages the {unit}, ensuring the safe and secure custody of offenders, the delivery of "
                  "correctional programs, health services and interventions that contribute to their safe "
                  "reintegration, and the safety of staff and the public.",
            "ns": [
                "The institution houses several hundred offenders, many serving long sentences, with high "
                "rates of mental illness and substance use. Incidents such as assaults, overdoses, contraband "
                "introductions and disturbances occur and must be managed decisively and reported to the "
                "Regional Deputy Commissioner within hours. Every decision is subject to review by the "
                "Office of the Correctional Investigator and, often, the courts.",
                "The {t} leads a workforce of correctional officers, parole officers, program officers, nurses "
                "and trades staff working in shifts around the clock. Labour relations are intense and "
                "staffing levels are a constant pressure. The position also manages a large physical plant, "
                "some of it more than a century old.",
            ],
            "acts": [
                "Directs all institutional operations, including security, case management, programs, health "
                "care and facilities.",
                "Ensures compliance with the Corrections and Conditional Release Act, Commissioner's Directives "
                "and court decisions.",
                "Manages serious incidents, convenes boards of investigation and implements their "
                "recommendations.",
                "Approves decisions delegated to the institutional head, including transfers, segregation "
                "alternatives and temporary absences.",
                "Maintains relations with citizen advisory committees, Indigenous Elders, community partners "
                "and the local police.",
                "Manages labour relations and occupational health and safety committees.",
            ],
        },
        "fr": {
            "ga": "Diriger l'{unit}, en assurant la garde sûre et sécuritaire des délinquants, la prestation "
                  "des programmes correctionnels, des soins de santé et des interventions qui contribuent à leur "
                  "réinsertion sociale en toute sécurité, ainsi que la sécurité du personnel et du public.",
            "ns": [
                "L'établissement à sécurité maximale accueille plusieurs centaines de délinquants, dont "
                "plusieurs purgent de longues peines et présentent des besoins élevés en santé mentale. Les "
                "incidents - voies de fait, surdoses, introduction d'objets interdits - doivent être gérés avec "
                "fermeté et signalés à la sous-commissaire régionale dans les heures qui suivent. Chaque "
                "décision peut être examinée par le Bureau de l'enquêteur correctionnel et par les tribunaux.",
                "Le titulaire dirige un effectif d'agents correctionnels, d'agents de libération "
                "conditionnelle, d'agents de programmes, d'infirmières et de gens de métier travaillant par "
                "quarts. Les relations de travail sont exigeantes et les niveaux de dotation constituent une "
                "pression constante.",
            ],
            "acts": [
                "Dirige l'ensemble des opérations de l'établissement : sécurité, gestion des cas, programmes, "
                "soins de santé et installations.",
                "Veille au respect de la Loi sur le système correctionnel et la mise en liberté sous condition "
                "et des directives du commissaire.",
                "Gère les incidents graves, convoque les comités d'enquête et met en oeuvre leurs "
                "recommandations.",
                "Prend les décisions déléguées au directeur d'établissement, notamment en matière de "
                "transfèrements et de permissions de sortir.",
                "Entretient des liens avec le comité consultatif de citoyens, les Aînés autochtones et les "
                "partenaires communautaires.",
                "Gère les relations de travail et les comités de santé et de sécurité au travail.",
            ],
        },
    },
    "offlang": {
        "fr": {
            "ga": "Diriger les activités du Commissariat dans la région {region} : traitement des plaintes, "
                  "promotion de la dualité linguistique et liaison avec les communautés de langue officielle en "
                  "situation minoritaire, les institutions fédérales et les gouvernements provinciaux.",
            "ns": [
                "Le bureau régional reçoit les plaintes du public concernant le respect de la Loi sur les "
                "langues officielles par les institutions fédérales de quatre provinces, dont la seule "
                "province officiellement bilingue. Plusieurs plaintes portent sur le service au public dans "
                "les aéroports, les ports et les points de service fédéraux, et sur la langue de travail.",
                "Le titulaire est la voix du commissaire en région. Il doit maintenir la confiance des "
                "communautés acadiennes et francophones comme celle des institutions visées par les enquêtes, "
                "et alimenter les rapports annuels et les interventions devant les tribunaux à partir des "
                "constats régionaux.",
            ],
            "acts": [
                "Dirige le traitement des plaintes et des enquêtes régionales selon les normes du "
                "Commissariat.",
                "Établit et entretient des liens avec les organismes acadiens et francophones et les groupes "
                "d'expression anglaise.",
                "Conseille les institutions fédérales de la région sur leurs obligations linguistiques.",
                "Fournit au commissaire des analyses sur la situation des langues officielles en région.",
                "Organise des activités de promotion et de sensibilisation dans les écoles et les "
                "collectivités.",
                "Représente le Commissariat lors de conférences, de congrès et d'entrevues avec les médias.",
            ],
        },
    },
    "space": {
        "en": {
            "ga": "Leads the planning and execution of the Agency's {unit} programs, from mission concept to "
                  "operations, and positions Canada's scientific and industrial capacity within international "
                  "partnerships.",
            "ns": [
                "Canada's participation in international missions rests on contributions negotiated years in "
                "advance with partner agencies: robotics, instruments, science teams and astronaut flight "
                "opportunities. The {t} manages major Crown projects whose costs, schedules and technical "
                "risks are reviewed by central agencies and whose results are highly visible.",
                "The Agency's headquarters is in Saint-Hubert, where most of the work is done in French, while "
                "partner agencies and much of industry work in English. The incumbent manages relations with "
                "prime contractors across the country, with universities and with NASA, ESA and JAXA "
                "counterparts.",
            ],
            "acts": [
                "Directs the definition, approval and implementation of space missions and contributions.",
                "Manages major Crown projects within approved scope, budget and schedule, and reports to "
                "Treasury Board.",
                "Negotiates arrangements with international partner agencies.",
                "Develops the Canadian space science and industrial base through contracts and grants.",
                "Advises the President on program priorities and risks.",
                "Promotes the Agency's programs with the public, the scientific community and youth.",
            ],
        },
        "fr": {
            "ga": "Diriger la planification et la réalisation des programmes de l'Agence en {unit}, de la "
                  "conception des missions jusqu'à leur exploitation, et positionner la capacité scientifique "
                  "et industrielle canadienne au sein des partenariats internationaux.",
            "ns": [
                "La participation du Canada aux missions internationales repose sur des contributions "
                "négociées des années à l'avance avec les agences partenaires : robotique, instruments, équipes "
                "scientifiques et occasions de vol pour les astronautes. Le titulaire gère des grands projets de "
                "l'État dont les coûts, les calendriers et les risques techniques sont examinés par les "
                "organismes centraux.",
                "Le siège de l'Agence est situé à Saint-Hubert, où le travail se fait surtout en français, "
                "alors que les agences partenaires et une bonne partie de l'industrie fonctionnent en anglais. "
                "Le titulaire entretient des relations suivies avec les maîtres d'oeuvre de partout au pays, "
                "les universités et les homologues de la NASA, de l'ESA et de la JAXA.",
                "Les décisions prises ont des répercussions sur plusieurs décennies : une mission approuvée "
                "aujourd'hui sera exploitée bien après le départ des personnes qui l'ont conçue. Le titulaire "
                "doit donc assurer la continuité de l'expertise et la gestion rigoureuse des risques.",
            ],
            "acts": [
                "Dirige la définition, l'approbation et la mise en oeuvre des missions spatiales et des "
                "contributions canadiennes.",
                "Gère les grands projets de l'État dans le respect de la portée, du budget et du calendrier "
                "approuvés, et en rend compte au Conseil du Trésor.",
                "Négocie les ententes avec les agences spatiales partenaires.",
                "Développe la base scientifique et industrielle spatiale canadienne au moyen de contrats et "
                "de subventions.",
                "Conseille le président sur les priorités et les risques des programmes.",
                "Fait la promotion des programmes de l'Agence auprès du public, de la communauté scientifique "
                "et des jeunes.",
                "Assure l'exploitation des systèmes au sol et la diffusion des données aux utilisateurs "
                "gouvernementaux.",
            ],
        },
    },
    "translation": {
        "fr": {
            "ga": "Diriger la prestation des services {unit} offerts au Parlement, aux ministères et aux "
                  "organismes fédéraux, en assurant la qualité, la confidentialité et la livraison dans les "
                  "délais des textes et des interventions, dans les deux langues officielles et en langues "
                  "autochtones et étrangères.",
            "ns": [
                "Le Bureau de la traduction est l'organisme de services linguistiques du gouvernement du "
                "Canada. La direction traite chaque année des dizaines de millions de mots et assure "
                "l'interprétation des débats de la Chambre des communes, du Sénat et des comités, y compris "
                "en mode virtuel et hybride, ce qui a accru les risques pour la santé auditive des interprètes.",
                "Le titulaire dirige une équipe de langagiers hautement qualifiés dont le recrutement est "
                "difficile, alors que les départs à la retraite sont nombreux. Il doit concilier la demande "
                "variable des clients, les exigences de qualité et le virage vers la traduction assistée par "
                "la technologie, dans un contexte de recouvrement des coûts.",
            ],
            "acts": [
                "Dirige la prestation des services linguistiques de la direction et veille au respect des "
                "normes de qualité et des délais convenus avec les clients.",
                "Élabore les plans d'activités et les stratégies de tarification dans le cadre du fonds "
                "renouvelable.",
                "Gère les relations avec les administrations parlementaires et les ministères clients.",
                "Dirige l'intégration des outils technologiques et de l'intelligence artificielle dans les "
                "processus de travail, dans le respect des exigences de confidentialité.",
                "Met en oeuvre des mesures de santé et de sécurité propres aux interprètes.",
                "Assure la relève par des programmes d'apprentissage, d'agrément et de partenariat avec les "
                "universités.",
            ],
        },
    },
    "enforcement": {
        "fr": {
            "ga": "Diriger les activités d'application de la loi en environnement et en faune dans la région "
                  "du {region}, en vue d'assurer le respect de la Loi canadienne sur la protection de "
                  "l'environnement, des dispositions de la Loi sur les pêches relatives à la pollution et des "
                  "lois sur la faune.",
            "ns": [
                "La direction régionale compte des agents d'application de la loi désignés, répartis dans "
                "plusieurs bureaux, qui inspectent des installations industrielles, mènent des enquêtes sur "
                "les déversements et le trafic d'espèces sauvages et préparent les dossiers soumis au Service "
                "des poursuites pénales du Canada.",
                "Le titulaire établit les priorités d'inspection en fonction du risque, dans un territoire qui "
                "comprend le corridor industriel du Saint-Laurent, de grands projets miniers et des zones "
                "naturelles protégées. Les dossiers d'enquête peuvent durer plusieurs années et sont souvent "
                "médiatisés.",
            ],
            "acts": [
                "Établit le plan régional d'inspection et d'enquête selon une approche axée sur le risque.",
                "Dirige les enquêtes majeures et approuve la transmission des dossiers aux procureurs.",
                "Veille à la formation, à l'équipement et à la sécurité des agents d'application de la loi.",
                "Coordonne les interventions avec les ministères provinciaux, la GRC et les organismes "
                "d'autres pays.",
                "Conseille la haute direction sur les tendances en matière de conformité.",
                "Gère les relations avec les collectivités autochtones sur les questions de faune.",
            ],
        },
    },
    "border": {
        "en": {
            "ga": "Directs border operations in the {unit}, ensuring the lawful and efficient movement of "
                  "travellers and goods while interdicting inadmissible people and prohibited goods, in "
                  "accordance with the Customs Act and the Immigration and Refugee Protection Act.",
            "ns": [
                "The district includes one of the country's busiest international airports, a marine "
                "container terminal and several cruise ship berths. Traffic volumes are high and growing, "
                "and the district is a main point of entry for synthetic drugs and their precursors. The "
                "{t} must balance facilitation and enforcement under constant public attention.",
                "The district operates 24 hours a day with uniformed border services officers, "
                "superintendents and intelligence staff. The incumbent manages relations with the airport "
                "authority, airlines, the port authority, police services and US Customs and Border "
                "Protection preclearance.",
            ],
            "acts": [
                "Directs all operations at the ports of entry in the district.",
                "Deploys resources to meet service standards and enforcement priorities.",
                "Oversees major seizures, arrests and detentions and the related reporting.",
                "Works with the airport and port authorities on infrastructure and traveller flow.",
                "Manages labour relations, use of force reviews and officer safety.",
                "Implements national modernization projects such as digital declarations and kiosks.",
            ],
        },
        "fr": {
            "ga": "Diriger les opérations frontalières du {unit}, en assurant la circulation légitime et "
                  "efficace des voyageurs et des marchandises et l'interception des personnes interdites de "
                  "territoire et des marchandises prohibées, conformément à la Loi sur les douanes.",
            "ns": [
                "Le district comprend le principal poste frontalier routier entre le Québec et l'État de New "
                "York, plusieurs petits points d'entrée ruraux et un poste ferroviaire. Les volumes de "
                "camions commerciaux sont élevés et les passages irréguliers de demandeurs d'asile ont placé "
                "le district sous une attention publique soutenue.",
                "Le titulaire dirige des agents des services frontaliers et des surintendants travaillant par "
                "quarts, 24 heures sur 24. Il entretient des relations avec la Sûreté du Québec, la GRC, les "
                "municipalités frontalières et les homologues américains du CBP.",
            ],
            "acts": [
                "Dirige l'ensemble des opérations des points d'entrée du district.",
                "Déploie les ressources de façon à respecter les normes de service et les priorités "
                "d'exécution de la loi.",
                "Supervise les saisies, arrestations et détentions importantes et les comptes rendus connexes.",
                "Collabore avec les partenaires policiers et les homologues américains.",
                "Gère les relations de travail et la sécurité des agents.",
                "Met en oeuvre les projets nationaux de modernisation de la frontière.",
            ],
        },
    },
    "realprop": {
        "fr": {
            "ga": "Diriger la gestion du portefeuille immobilier fédéral de la région du Québec : locaux à "
                  "bureaux, immeubles patrimoniaux, ponts et ouvrages d'ingénierie, en assurant leur "
                  "exploitation sécuritaire, leur rentabilité et leur adaptation aux besoins des ministères "
                  "clients.",
            "ns": [
                "Le portefeuille régional comprend des centaines d'immeubles appartenant à l'État ou loués, "
                "dont plusieurs édifices patrimoniaux désignés, ainsi que des ouvrages techniques d'envergure. "
                "Plusieurs actifs arrivent à la fin de leur vie utile et doivent être réhabilités tout en "
                "demeurant occupés.",
                "Le titulaire doit concilier les exigences de l'écologisation des opérations, de "
                "l'accessibilité et du nouveau modèle de milieu de travail hybride, qui réduit les besoins en "
                "superficie. Il négocie avec les ministères clients, les municipalités et les entreprises "
                "fournisseuses de services immobiliers.",
            ],
            "acts": [
                "Dirige la planification des investissements et la gestion du cycle de vie des immeubles de la "
                "région.",
                "Supervise les grands projets de réhabilitation et de construction.",
                "Négocie les baux et les ententes d'occupation avec les ministères clients.",
                "Veille à la conformité environnementale, à la santé et à la sécurité dans les immeubles.",
                "Dirige la réduction de l'empreinte immobilière et la décarbonation du portefeuille.",
                "Gère les relations avec les villes et les organismes de protection du patrimoine.",
            ],
        },
    },
    "agresearch": {
        "en": {
            "ga": "Leads the research, development and technology transfer activities of the {unit}, "
                  "producing knowledge and technologies that improve the productivity, resilience and "
                  "environmental performance of the agriculture sector in {region}.",
            "ns": [
                "The centre's scientists work on dryland cropping systems, beef cattle, irrigation, soil "
                "health and pest management, in a region where drought and extreme weather are increasing. "
                "Research is carried out on experimental farms and in laboratories that require constant "
                "investment to remain safe and current.",
                "The {t} aligns the centre's work with the department's national science strategies while "
                "responding to the needs of producer groups, provincial agencies and universities that "
                "co-fund many projects. The position also manages land, herds and field equipment worth "
                "several million dollars.",
            ],
            "acts": [
                "Directs the centre's research program and the allocation of resources among projects.",
                "Manages the research farms, laboratories, greenhouses and animal facilities.",
                "Develops collaborative research agreements with industry, universities and provinces.",
                "Ensures compliance with biosafety, animal care and environmental requirements.",
                "Leads the recruitment and mentoring of research scientists.",
                "Communicates results to producers and the public.",
            ],
        },
        "fr": {
            "ga": "Diriger les activités de recherche, de développement et de transfert technologique du "
                  "{unit}, afin de produire des connaissances et des technologies qui améliorent la "
                  "productivité, la salubrité et la performance environnementale du secteur agroalimentaire.",
            "ns": [
                "Les chercheurs du centre travaillent sur la transformation des aliments, la microbiologie, "
                "les procédés de conservation et la valeur nutritive des produits, en lien étroit avec "
                "l'industrie de la transformation alimentaire de la Montérégie et du Centre-du-Québec. Le "
                "centre exploite des usines pilotes et des laboratoires de niveau de confinement 2.",
                "Le titulaire arrime la programmation du centre aux stratégies scientifiques nationales tout "
                "en répondant aux besoins des entreprises, des organismes provinciaux et des universités qui "
                "cofinancent de nombreux projets.",
            ],
            "acts": [
                "Dirige la programmation scientifique du centre et la répartition des ressources entre les "
                "projets.",
                "Gère les laboratoires, les usines pilotes et les équipements scientifiques.",
                "Conclut des ententes de recherche concertée avec l'industrie, les universités et le "
                "gouvernement du Québec.",
                "Veille au respect des exigences de biosécurité et de santé et sécurité au travail.",
                "Dirige le recrutement et le mentorat des chercheurs.",
                "Diffuse les résultats auprès de l'industrie et du public.",
            ],
        },
    },
    "indigenous": {
        "en": {
            "ga": "Leads the department's programs and relationships in {region}, ensuring that First "
                  "Nations and Inuit communities have access to quality services in education, health, social "
                  "development, housing and infrastructure, and supporting the transfer of service delivery to "
                  "Indigenous organizations.",
            "ns": [
                "The region's communities range from urban reserves to fly-in communities with no all-season "
                "road. Many face housing shortages, boil water advisories and limited access to health care. "
                "Emergencies such as floods, wildfires and evacuations are frequent and require the region "
                "to coordinate with the province, the Red Cross and the affected First Nations on short "
                "notice.",
                "The {t} manages a large transfer payment portfolio through funding agreements with First "
                "Nations and tribal councils, and represents the department with Chiefs, provincial "
                "ministers and regional Indigenous organizations. The position must advance self-"
                "determination while ensuring sound stewardship of public funds.",
            ],
            "acts": [
                "Directs the delivery of the department's programs and funding agreements in the region.",
                "Leads the regional response to emergencies affecting First Nations communities.",
                "Builds relationships with Chiefs, tribal councils and Indigenous organizations.",
                "Supports the negotiation and implementation of service transfer agreements.",
                "Oversees the region's capital investments in water, housing and schools.",
                "Reports on results and risks to the Assistant Deputy Minister.",
            ],
        },
        "fr": {
            "ga": "Diriger les programmes et les relations du Ministère dans la région du Québec, en veillant "
                  "à ce que les Premières Nations et les Inuit aient accès à des services de qualité en "
                  "éducation, en santé, en développement social, en logement et en infrastructures, et appuyer "
                  "le transfert de la prestation des services aux organisations autochtones.",
            "ns": [
                "La région compte des communautés de onze nations, dont plusieurs sont éloignées ou "
                "accessibles seulement par avion. Les réalités diffèrent grandement d'une communauté à "
                "l'autre, tout comme les langues de travail : français, anglais et langues autochtones. Les "
                "relations avec le gouvernement du Québec sont déterminantes pour plusieurs programmes.",
                "Le titulaire gère un portefeuille important de paiements de transfert au moyen d'ententes de "
                "financement et représente le Ministère auprès des chefs, de l'Assemblée des Premières Nations "
                "Québec-Labrador et des ministères provinciaux. Il doit faire progresser "
                "l'autodétermination tout en assurant une saine gestion des fonds publics.",
            ],
            "acts": [
                "Dirige la prestation des programmes du Ministère et l'administration des ententes de "
                "financement dans la région.",
                "Pilote l'intervention régionale lors des situations d'urgence touchant les communautés.",
                "Établit et entretient des relations avec les chefs, les conseils tribaux et les "
                "organisations autochtones.",
                "Appuie la négociation et la mise en oeuvre d'ententes de transfert de services.",
                "Supervise les investissements en immobilisations dans l'eau potable, le logement et les "
                "écoles.",
                "Rend compte des résultats et des risques au sous-ministre adjoint.",
            ],
        },
    },
    "stats": {
        "fr": {
            "ga": "Diriger les opérations de collecte des enquêtes sociales et économiques dans l'est du pays, "
                  "en assurant des taux de réponse et une qualité des données conformes aux normes de "
                  "l'organisme, dans le respect de la confidentialité des répondants.",
            "ns": [
                "La direction gère des intervieweurs sur le terrain et un centre d'appels qui mènent chaque "
                "mois l'Enquête sur la population active et des dizaines d'autres enquêtes. La baisse des "
                "taux de réponse et le passage à la collecte en ligne modifient profondément le travail.",
                "Le titulaire planifie la main-d'oeuvre d'intervieweurs nommés pour une période "
                "indéterminée ou déterminée, gère une charge de travail qui fluctue selon le calendrier des "
                "enquêtes et prépare les grandes opérations comme le recensement.",
            ],
            "acts": [
                "Dirige les opérations de collecte sur le terrain et au centre d'appels.",
                "Surveille les taux de réponse, les coûts et la qualité des données recueillies.",
                "Planifie la dotation et la formation des intervieweurs.",
                "Met en oeuvre les nouvelles méthodes et applications de collecte.",
                "Veille à la sécurité des intervieweurs et à la confidentialité des données.",
                "Collabore avec les divisions spécialisées à la conception des enquêtes.",
            ],
        },
    },
    "foodinsp": {
        "fr": {
            "ga": "Diriger la prestation des programmes d'inspection des aliments, de santé des animaux et de "
                  "protection des végétaux dans les opérations du Québec, en vue de protéger la santé et de "
                  "faciliter l'accès aux marchés.",
            "ns": [
                "Les opérations du Québec comptent des centaines d'inspecteurs et de vétérinaires affectés "
                "dans les abattoirs, les usines de transformation, les ports et les fermes. Le secteur "
                "agroalimentaire québécois, tourné vers l'exportation, exige des certifications rapides, alors "
                "que les éclosions de maladies animales et les rappels d'aliments exigent une mobilisation "
                "immédiate.",
                "Le titulaire gère des relations complexes avec l'industrie, le ministère de l'Agriculture, "
                "des Pêcheries et de l'Alimentation du Québec et les agents négociateurs. Il doit assurer une "
                "présence d'inspection continue dans les établissements agréés, y compris la nuit et les fins "
                "de semaine.",
            ],
            "acts": [
                "Dirige la prestation des programmes d'inspection dans les établissements de la région.",
                "Coordonne les interventions lors des urgences sanitaires et des rappels d'aliments.",
                "Assure la délivrance des certificats d'exportation.",
                "Surveille la conformité et l'application des mesures d'exécution.",
                "Gère les relations avec l'industrie et les partenaires provinciaux.",
                "Planifie les effectifs d'inspection et la formation technique.",
            ],
        },
    },
    "transport": {
        "en": {
            "ga": "Directs the regional delivery of the department's {unit} oversight programs, ensuring that "
                  "operators comply with federal regulations and that the transportation system remains safe "
                  "and secure.",
            "ns": [
                "The region's inspectors certify, inspect and audit operators ranging from small charter "
                "companies to major carriers. Oversight priorities are set on the basis of risk, and "
                "enforcement actions such as suspensions must withstand review by the Transportation Appeal "
                "Tribunal.",
                "The {t} manages a highly specialized workforce whose technical qualifications are scarce. "
                "The position works with industry associations, Indigenous communities concerned by "
                "increased traffic, and the Transportation Safety Board after occurrences.",
            ],
            "acts": [
                "Directs certification, inspection and enforcement activities in the region.",
                "Sets the regional oversight plan based on risk.",
                "Manages the response to serious occurrences and Transportation Safety Board recommendations.",
                "Consults industry and communities on regulatory initiatives.",
                "Ensures inspectors maintain their technical qualifications.",
                "Represents the department with regional stakeholders and the media.",
            ],
        },
        "fr": {
            "ga": "Diriger la prestation régionale des programmes de surveillance de la {unit}, en veillant à "
                  "ce que les exploitants respectent la réglementation fédérale et que le réseau de transport "
                  "demeure sûr et sécuritaire.",
            "ns": [
                "Les inspecteurs de la région certifient, inspectent et vérifient des exploitants allant des "
                "petits transporteurs locaux aux grandes compagnies de navigation qui empruntent la Voie "
                "maritime et le fleuve Saint-Laurent. Les priorités sont établies selon le risque, et les "
                "mesures d'exécution doivent résister à l'examen du Tribunal d'appel des transports.",
                "Le titulaire gère un effectif très spécialisé dont les qualifications techniques sont rares. "
                "Il collabore avec les associations de l'industrie, les collectivités riveraines et le Bureau "
                "de la sécurité des transports après les accidents.",
            ],
            "acts": [
                "Dirige les activités de certification, d'inspection et d'exécution de la loi dans la région.",
                "Établit le plan régional de surveillance axé sur le risque.",
                "Gère l'intervention lors des accidents graves et le suivi des recommandations du BST.",
                "Consulte l'industrie et les collectivités sur les initiatives réglementaires.",
                "Veille au maintien des qualifications techniques des inspecteurs.",
                "Représente le Ministère auprès des intervenants régionaux et des médias.",
            ],
        },
    },
    "meteo": {
        "en": {
            "ga": "Directs the {unit}, which issues weather forecasts, warnings and environmental prediction "
                  "services for the Prairie provinces and the Arctic, in support of public safety, aviation, "
                  "marine operations and emergency management.",
            "ns": [
                "The centre's meteorologists work in shifts around the clock, issuing warnings for "
                "tornadoes, blizzards, extreme cold and wildfire smoke over an area larger than most "
                "countries. During severe weather, the centre briefs provincial and territorial emergency "
                "management organizations and the media several times a day.",
                "The {t} introduces new numerical models and impact-based forecasting while maintaining "
                "operational reliability. Recruiting meteorologists willing to work in shifts in the region "
                "is a continuing challenge.",
            ],
            "acts": [
                "Directs 24/7 forecast and warning operations for the area of responsibility.",
                "Implements new forecasting systems and procedures.",
                "Briefs emergency management partners and the media during high-impact events.",
                "Manages quality assurance and verification of forecasts.",
                "Leads the recruitment, training and scheduling of operational meteorologists.",
                "Represents the centre with aviation and marine clients.",
            ],
        },
    },
}

# --- regions: a paragraph about each, in both languages ---------------------------------------

REGIONS = {
    "atlantic": {
        "en": "The Atlantic region covers four provinces with a largely rural population, long coastlines and "
              "an economy that depends on fisheries, forestry, tourism and seasonal work. Its workforce is "
              "older than the national average and out-migration of young people is a long-standing concern. "
              "Service must be offered in English and French; in New Brunswick the Acadian community is "
              "strong in the north and east.",
        "fr": "La région de l'Atlantique regroupe quatre provinces dont la population est en bonne partie "
              "rurale, avec de longues côtes et une économie qui dépend des pêches, de la forêt, du tourisme et "
              "du travail saisonnier. La main-d'oeuvre y est plus âgée que la moyenne nationale. Les services "
              "doivent être offerts en français et en anglais; au Nouveau-Brunswick, la communauté acadienne "
              "est fortement présente dans le nord et l'est de la province, de la Péninsule acadienne au "
              "Sud-Est.",
    },
    "quebec": {
        "en": "The Quebec region serves a population that works and lives mostly in French, from the "
              "Montréal metropolitan area to the North Shore, the Gaspé and Nunavik. Distances are great and "
              "several regions depend on a single industry. Relations with the Government of Quebec, which has "
              "its own programs in many of the same fields, require constant coordination.",
        "fr": "La région du Québec dessert une population qui vit et travaille surtout en français, de la "
              "région métropolitaine de Montréal jusqu'à la Côte-Nord, la Gaspésie et le Nunavik. Les "
              "distances sont grandes et plusieurs régions dépendent d'une seule industrie. Les relations avec "
              "le gouvernement du Québec, qui administre ses propres programmes dans plusieurs des mêmes "
              "domaines, exigent une coordination constante.",
    },
    "prairies": {
        "en": "The Prairie provinces combine fast-growing cities with a vast rural and northern territory. "
              "Agriculture, energy, mining and transportation drive the economy and are highly exposed to "
              "commodity prices and weather. Many First Nations and Métis communities are located in the "
              "region, and a francophone minority lives in Saint-Boniface, the Peace River country and "
              "Saskatchewan's Fransaskois communities.",
        "fr": "Les provinces des Prairies conjuguent des villes en forte croissance et un vaste territoire "
              "rural et nordique. L'agriculture, l'énergie, les mines et les transports y soutiennent "
              "l'économie. Les communautés francophones en situation minoritaire, de Saint-Boniface aux "
              "villages fransaskois et franco-albertains, comptent sur des services fédéraux de qualité "
              "égale dans leur langue.",
    },
    "north": {
        "en": "The three territories cover forty percent of Canada's land mass with a population of little more "
              "than one hundred thousand. Most communities are reachable only by air for much of the year; "
              "costs are high, housing is scarce and staff turnover is frequent. Land claim agreements and "
              "self-government agreements shape the way the federal government works in the North.",
        "fr": "Les trois territoires couvrent quarante pour cent de la masse continentale du Canada pour une "
              "population d'à peine plus de cent mille personnes. La plupart des collectivités ne sont "
              "accessibles que par avion une grande partie de l'année; les coûts sont élevés et le logement, "
              "rare. Les ententes sur les revendications territoriales orientent l'action fédérale.",
    },
    "pacific": {
        "en": "British Columbia's geography, from the Lower Mainland to the North Coast, makes service "
              "delivery costly and complex. The province is Canada's gateway to Asia-Pacific markets, is "
              "home to more than two hundred First Nations, and is increasingly affected by wildfires, floods "
              "and heat events that disrupt operations and communities.",
        "fr": "La géographie de la Colombie-Britannique, du Lower Mainland à la côte nord, rend la prestation "
              "des services coûteuse et complexe. La province est la porte d'entrée du Canada vers les marchés "
              "de l'Asie-Pacifique et compte plus de deux cents Premières Nations.",
    },
}

# --- general paragraphs and activities, drawn per document -----------------------------------

GENERIC_NS = {
    "en": [
        "The position operates in an environment of fiscal restraint, in which new priorities must often be "
        "funded by reallocating existing resources. The incumbent must make difficult trade-offs and explain "
        "them to staff, partners and senior management.",
        "Building a healthy, diverse and inclusive workplace is a key part of the role. The incumbent "
        "champions mental health, accessibility and employment equity, and leads the implementation of the "
        "department's anti-racism action plan in the organization.",
        "As a member of the regional management committee, the incumbent contributes to horizontal "
        "initiatives of the federal family in the region, such as the Federal Council, emergency management "
        "and official languages coordination.",
        "The incumbent is frequently called upon to brief the Deputy Minister, to prepare material for "
        "Question Period and to respond to requests from parliamentary committees, access to information "
        "requests and audits by the Office of the Auditor General.",
        "Distance from headquarters means the incumbent must exercise considerable independent judgement, "
        "often without the opportunity to consult before acting, while keeping headquarters informed of "
        "sensitive issues.",
        "The hybrid work model, the consolidation of office space and the renewal of information technology "
        "have changed the way teams work. The incumbent leads this change while maintaining productivity and "
        "employee engagement.",
    ],
    "fr": [
        "Le poste s'exerce dans un contexte de restrictions budgétaires où les nouvelles priorités doivent "
        "souvent être financées par la réaffectation des ressources existantes. Le titulaire doit faire des "
        "arbitrages difficiles et les expliquer au personnel, aux partenaires et à la haute direction.",
        "La création d'un milieu de travail sain, diversifié et inclusif constitue un volet essentiel du rôle. "
        "Le titulaire fait la promotion de la santé mentale, de l'accessibilité et de l'équité en matière "
        "d'emploi, et dirige la mise en oeuvre du plan d'action ministériel de lutte contre le racisme.",
        "À titre de membre du comité de gestion régional, le titulaire participe aux initiatives "
        "horizontales de la famille fédérale en région, notamment au Conseil fédéral, à la gestion des "
        "urgences et à la coordination des langues officielles.",
        "Le titulaire est souvent appelé à informer le sous-ministre, à préparer des notes pour la période "
        "des questions et à répondre aux demandes des comités parlementaires, aux demandes d'accès à "
        "l'information et aux vérifications du Bureau du vérificateur général.",
        "L'éloignement de l'administration centrale exige que le titulaire fasse preuve d'un jugement "
        "indépendant considérable, souvent sans pouvoir consulter avant d'agir, tout en tenant "
        "l'administration centrale informée des dossiers délicats.",
        "Le modèle de travail hybride, le regroupement des locaux et le renouvellement des outils "
        "informatiques ont transformé le travail des équipes. Le titulaire dirige ce changement tout en "
        "maintenant la productivité et l'engagement du personnel.",
        "Le titulaire doit composer avec une rareté de main-d'oeuvre qualifiée en région, ce qui l'oblige à "
        "recourir à des stratégies de recrutement novatrices, au mentorat et au transfert des connaissances "
        "avant les départs à la retraite.",
    ],
}

GENERIC_ACTS = {
    "en": [
        "Manages the human, financial and material resources of the organization in accordance with the "
        "Financial Administration Act and the values and ethics of the public service.",
        "Leads talent management, succession planning and the development of managers and employees.",
        "Contributes to the regional and departmental management committees and to corporate planning.",
        "Ensures that services are offered in both official languages and that employees can work in the "
        "language of their choice where required.",
        "Prepares briefing notes, Question Period material and responses to ministerial correspondence.",
        "Identifies and manages risks, and ensures compliance with audit and evaluation recommendations.",
    ],
    "fr": [
        "Gère les ressources humaines, financières et matérielles de l'organisation conformément à la Loi "
        "sur la gestion des finances publiques et aux valeurs et à l'éthique de la fonction publique.",
        "Dirige la gestion des talents, la planification de la relève et le perfectionnement des "
        "gestionnaires et des employés.",
        "Participe aux comités de gestion régional et ministériel et à la planification intégrée.",
        "Veille à ce que les services soient offerts dans les deux langues officielles et à ce que le "
        "personnel puisse travailler dans la langue de son choix dans les régions désignées.",
        "Prépare des notes d'information, des documents pour la période des questions et des réponses à la "
        "correspondance ministérielle.",
        "Cerne et gère les risques et veille à la mise en oeuvre des recommandations de vérification et "
        "d'évaluation.",
    ],
}

CERTIFICATION = {
    "en": ["I certify that this is an accurate description of the duties and responsibilities assigned to "
           "the position.",
           "The foregoing statement accurately describes the work assigned to the position.",
           "We have read this work description and agree that it reflects the work of the position."],
    "fr": ["J'atteste que la présente description reflète fidèlement les fonctions et responsabilités "
           "confiées au poste.",
           "Les soussignés attestent que la présente description de travail est exacte et complète.",
           "Le présent énoncé décrit avec exactitude le travail assigné au poste."],
}

# --- optional sections: major challenges and key contacts -----------------------------------

CHALLENGES = {
    "en": [
        "Reconciling national priorities set at headquarters with regional realities and the expectations of "
        "local partners.",
        "Maintaining service levels while absorbing workload growth without a corresponding increase in "
        "resources.",
        "Recruiting and retaining qualified staff in a tight regional labour market, and transferring "
        "knowledge before retirements.",
        "Managing high-profile files that attract the attention of the media, elected officials and central "
        "agencies.",
        "Leading change in a unionized environment while preserving employee engagement and well-being.",
        "Coordinating with provincial and Indigenous governments whose mandates overlap with the federal one.",
    ],
    "fr": [
        "Concilier les priorités nationales fixées par l'administration centrale avec les réalités régionales "
        "et les attentes des partenaires du milieu.",
        "Maintenir les niveaux de service tout en absorbant la croissance de la charge de travail sans hausse "
        "équivalente des ressources.",
        "Recruter et maintenir en poste un personnel qualifié dans un marché du travail régional restreint, et "
        "assurer le transfert des connaissances avant les départs à la retraite.",
        "Gérer des dossiers très visibles qui retiennent l'attention des médias, des élus et des organismes "
        "centraux.",
        "Diriger le changement en milieu syndiqué tout en préservant l'engagement et le mieux-être du personnel.",
        "Assurer la coordination avec les gouvernements provinciaux et autochtones dont les mandats recoupent "
        "celui du gouvernement fédéral.",
    ],
}

CONTACTS = {
    "en": [
        "Within the department: the Deputy Minister's office, the Assistant Deputy Ministers and the directors "
        "general of the national programs, to align regional delivery with national direction.",
        "Central agencies: the Treasury Board Secretariat and the Privy Council Office, on submissions, "
        "evaluations and horizontal initiatives.",
        "Other governments: provincial and territorial deputy ministers and Indigenous governments, to "
        "negotiate and coordinate joint initiatives.",
        "External stakeholders: industry associations, community organizations, unions and the media.",
    ],
    "fr": [
        "Au sein du Ministère : le cabinet du sous-ministre, les sous-ministres adjoints et les directeurs "
        "généraux des programmes nationaux, afin d'arrimer la prestation régionale aux orientations nationales.",
        "Organismes centraux : le Secrétariat du Conseil du Trésor et le Bureau du Conseil privé, au sujet des "
        "présentations, des évaluations et des initiatives horizontales.",
        "Autres gouvernements : les sous-ministres provinciaux et les gouvernements autochtones, pour négocier "
        "et coordonner des initiatives conjointes.",
        "Intervenants externes : associations sectorielles, organismes communautaires, syndicats et médias.",
    ],
}
