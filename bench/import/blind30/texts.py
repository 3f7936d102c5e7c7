"""Prose for the blind30 corpus, written for it (English and French).

Placeholders: {title} the position's title, {unit} its organization, {dept} the department,
{region} the region or place, {theme} what the unit does, {sup} the supervisor's title.
"""

GENERAL_EN = [
    "Under the direction of the {sup}, the {title} is accountable for the planning, delivery and "
    "continuous improvement of {theme} in {region}, and for the management of the human, financial "
    "and material resources assigned to {unit}.",
    "Directs {theme} for {unit}, ensuring that the programs of {dept} are delivered consistently, on "
    "time and within the authorities delegated to the position, and provides expert advice to senior "
    "management on emerging operational and policy issues.",
    "Provides leadership and strategic direction to {unit} in the delivery of {theme}; establishes "
    "priorities, sets performance standards and represents the department with provincial, municipal, "
    "Indigenous and industry partners in {region}.",
    "Is responsible for the management of {theme}, including the integration of regional operations "
    "with national policies, the development of partnerships, and the sound stewardship of public "
    "funds and assets entrusted to {unit}.",
    "Manages and directs the operations of {unit}, an organization responsible for {theme}, and "
    "ensures that services meet published standards, legislative requirements and the expectations "
    "of clients and stakeholders.",
]

GENERAL_FR = [
    "Sous l'autorité du {sup}, le ou la {title} est responsable de la planification, de la prestation "
    "et de l'amélioration continue des activités de {theme} dans la région de {region}, ainsi que de "
    "la gestion des ressources humaines, financières et matérielles de {unit}.",
    "Dirige les activités de {theme} de {unit}; veille à ce que les programmes du ministère soient "
    "exécutés de façon uniforme, dans les délais et conformément aux pouvoirs délégués, et conseille "
    "la haute direction sur les enjeux opérationnels et stratégiques.",
    "Assure le leadership et l'orientation stratégique de {unit} en matière de {theme}; établit les "
    "priorités, fixe les normes de rendement et représente le ministère auprès des partenaires "
    "provinciaux, municipaux, autochtones et de l'industrie.",
    "Gère et dirige l'ensemble des opérations de {unit}, organisation chargée de {theme}, et s'assure "
    "que les services respectent les normes publiées, les exigences législatives et les attentes des "
    "clients et des intervenants.",
]

SCOPE_EN = [
    "{dept} operates in a complex environment shaped by federal-provincial agreements, public "
    "scrutiny and rapidly changing program requirements. {unit} serves clients across {region} and "
    "works closely with headquarters, other federal departments and community organizations.",
    "The position is one of the senior managers of the region and is expected to reconcile national "
    "direction with local realities. Decisions taken by the incumbent have a direct effect on the "
    "quality and cost of services delivered to the public and on the reputation of the department.",
    "The main challenges of the position are the recruitment and retention of specialized staff, the "
    "modernization of aging systems and facilities, and the need to maintain service levels while "
    "absorbing new program responsibilities without a corresponding increase in resources.",
    "The incumbent must anticipate issues that attract media and parliamentary attention and brief "
    "senior management and the Minister's office, often on short notice, on sensitive matters.",
]

SCOPE_FR = [
    "Le ministère évolue dans un contexte complexe marqué par les ententes fédérales-provinciales, "
    "l'attention du public et l'évolution rapide des exigences des programmes. {unit} dessert une "
    "clientèle répartie sur tout le territoire de {region}.",
    "Le poste fait partie de l'équipe de direction régionale; le ou la titulaire doit concilier les "
    "orientations nationales et les réalités locales. Ses décisions ont une incidence directe sur la "
    "qualité et le coût des services offerts à la population.",
    "Les principaux défis du poste sont le recrutement et le maintien en poste d'un personnel "
    "spécialisé, la modernisation des systèmes et des installations et le maintien des niveaux de "
    "service malgré l'ajout de nouvelles responsabilités sans ressources additionnelles.",
    "Le ou la titulaire doit prévoir les dossiers susceptibles d'attirer l'attention des médias et "
    "du Parlement et informer rapidement la haute direction et le cabinet du ministre.",
]

DUTIES_EN = [
    "Plans, directs and evaluates the operations of the {unit} and sets annual priorities and performance targets.",
    "Develops and implements regional strategies, operational plans and service standards consistent with national policy.",
    "Provides authoritative advice and briefings to senior management on {theme} and related issues.",
    "Establishes and maintains partnerships with provincial and municipal governments, Indigenous communities, industry and non-governmental organizations.",
    "Manages the human, financial and material resources of the organization in accordance with delegated authorities.",
    "Leads the implementation of new programs, legislative amendments and organizational changes affecting {unit}.",
    "Represents the department on federal-provincial committees, working groups and in public forums.",
    "Ensures that risks are identified and mitigated and that audit and evaluation recommendations are acted upon.",
    "Fosters a healthy, safe and respectful workplace and promotes official languages, employment equity and diversity.",
    "Oversees the preparation of Treasury Board submissions, briefing notes, ministerial correspondence and reports to Parliament.",
    "Directs the collection and analysis of performance information and reports on results achieved.",
    "Negotiates agreements, memoranda of understanding and contracts within the limits of the position's authority.",
]

DUTIES_FR = [
    "Planifie, dirige et évalue les opérations de {unit} et fixe les priorités et les objectifs de rendement annuels.",
    "Élabore et met en œuvre les stratégies régionales, les plans opérationnels et les normes de service conformément aux politiques nationales.",
    "Fournit des avis et des séances d'information à la haute direction en matière de {theme}.",
    "Établit et entretient des partenariats avec les gouvernements provinciaux et municipaux, les communautés autochtones, l'industrie et les organismes non gouvernementaux.",
    "Gère les ressources humaines, financières et matérielles de l'organisation conformément aux pouvoirs délégués.",
    "Dirige la mise en œuvre des nouveaux programmes, des modifications législatives et des changements organisationnels.",
    "Représente le ministère au sein de comités fédéraux-provinciaux, de groupes de travail et de tribunes publiques.",
    "Veille à ce que les risques soient cernés et atténués et à ce que les recommandations de vérification et d'évaluation soient mises en œuvre.",
    "Favorise un milieu de travail sain, sécuritaire et respectueux et fait la promotion des langues officielles, de l'équité en emploi et de la diversité.",
    "Supervise la préparation des présentations au Conseil du Trésor, des notes d'information et de la correspondance ministérielle.",
    "Dirige la collecte et l'analyse de l'information sur le rendement et rend compte des résultats obtenus.",
    "Négocie des ententes, des protocoles d'entente et des contrats dans les limites des pouvoirs du poste.",
]

CSR_EN = "{theme_cap} are delivered to the public, partners and the department in {region}, in accordance with legislation, policy and published service standards."
CSR_FR = "Des services de {theme} sont offerts à la population, aux partenaires et au ministère dans la région de {region}, conformément à la législation, aux politiques et aux normes de service publiées."

CERT_EN = "I certify that this is an accurate description of the duties and responsibilities assigned to the position."
CERT_FR = "J'atteste que la présente description reflète fidèlement les fonctions et responsabilités attribuées au poste."
