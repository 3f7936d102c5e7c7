"""Sentences for the blind25 corpus, written for it (EX benchmark vocabulary: general
accountability, organization structure, nature and scope, dimensions, specific accountabilities).
Nothing here is copied from another corpus or from the importer's tests."""

SPECIFIC_EN = [
    "Provides strategic leadership and direction to the {unit} and sets its annual priorities within the branch plan.",
    "Directs the design, delivery and evaluation of {topic} programs and services, ensuring results are measured and reported.",
    "Advises the Assistant Deputy Minister and senior management committees on emerging issues, risks and options related to {topic}.",
    "Negotiates and manages agreements with provinces, territories, Indigenous partners and other federal organizations.",
    "Represents the Department at interdepartmental, federal-provincial-territorial and international fora, and speaks for it with stakeholders.",
    "Manages the human, financial and material resources of the {unit} with probity, in line with the values and ethics of the public service.",
    "Oversees the preparation of Memoranda to Cabinet, Treasury Board submissions, briefing notes and responses to Parliamentary questions.",
    "Builds and maintains networks with central agencies, industry associations and academic institutions to advance departmental objectives.",
    "Leads change management, workforce planning and succession planning for the {unit}, fostering a healthy and inclusive workplace.",
    "Ensures compliance with the Financial Administration Act, the Official Languages Act and the policies of the Treasury Board.",
    "Directs research, data analysis and performance measurement so that decisions on {topic} rest on sound evidence.",
    "Responds to audits, evaluations and reviews and ensures management action plans are implemented on time.",
]

SPECIFIC_FR = [
    "Assure le leadership stratégique et l'orientation de la {unit} et fixe ses priorités annuelles dans le cadre du plan de la direction générale.",
    "Dirige la conception, la prestation et l'évaluation des programmes et services en matière de {topic}, et veille à la mesure des résultats.",
    "Conseille le sous-ministre adjoint et les comités de la haute direction sur les enjeux émergents, les risques et les options liés à {topic}.",
    "Négocie et gère des ententes avec les provinces, les territoires, les partenaires autochtones et d'autres organisations fédérales.",
    "Représente le Ministère auprès de tribunes interministérielles, fédérales-provinciales-territoriales et internationales.",
    "Gère les ressources humaines, financières et matérielles de la {unit} avec probité, conformément aux valeurs et à l'éthique de la fonction publique.",
    "Supervise la préparation des mémoires au Cabinet, des présentations au Conseil du Trésor, des notes d'information et des réponses aux questions parlementaires.",
    "Établit et entretient des réseaux avec les organismes centraux, les associations de l'industrie et les milieux universitaires.",
    "Dirige la gestion du changement, la planification de l'effectif et de la relève, et favorise un milieu de travail sain et inclusif.",
    "Veille au respect de la Loi sur la gestion des finances publiques, de la Loi sur les langues officielles et des politiques du Conseil du Trésor.",
    "Oriente la recherche, l'analyse des données et la mesure du rendement afin que les décisions en matière de {topic} reposent sur des données probantes.",
]

NATURE_EN = [
    "The {dept} operates in a complex environment shaped by shifting government priorities, public and media scrutiny, and the interests of many partners. "
    "The {unit} must balance competing demands from program areas, regions and central agencies while delivering on commitments within tight timelines.",
    "The incumbent leads a multidisciplinary team in a highly visible area. Decisions taken by the {unit} have direct consequences for clients across the country, "
    "and errors can expose the Minister and the Department to significant legal, financial and reputational risk.",
    "A major challenge for the position is to modernize long-standing processes and systems while maintaining uninterrupted service, "
    "and to build the capacity of staff in a tight labour market.",
]

NATURE_FR = [
    "Le {dept} évolue dans un environnement complexe marqué par l'évolution des priorités gouvernementales, l'attention du public et des médias et les intérêts de nombreux partenaires. "
    "La {unit} doit concilier les demandes concurrentes des secteurs de programme, des régions et des organismes centraux.",
    "Le titulaire dirige une équipe multidisciplinaire dans un domaine très visible. Les décisions de la {unit} ont des conséquences directes pour la clientèle partout au pays "
    "et peuvent exposer le ministre et le Ministère à des risques juridiques, financiers et de réputation.",
    "Un défi important consiste à moderniser des processus et des systèmes établis de longue date tout en assurant la continuité du service.",
]

CLIENT_RESULTS_EN = "Delivers {topic} services and advice that meet the needs of Canadians, partners and the Minister, on time and within the resources allotted."
KEY_ACTIVITIES_EN = [
    "Leading the planning, delivery and monitoring of {topic} activities across the {unit}.",
    "Providing expert advice and briefings to senior management and the Minister's office.",
    "Managing relationships with partner departments, provinces and territories and stakeholders.",
    "Managing resources, people and risks in the {unit}.",
]
CLIENT_RESULTS_FR = "Offre des services et des conseils en matière de {topic} qui répondent aux besoins des Canadiens, des partenaires et du ministre."
KEY_ACTIVITIES_FR = [
    "Diriger la planification, la prestation et le suivi des activités de {topic} de la {unit}.",
    "Fournir des conseils d'expert et des séances d'information à la haute direction et au cabinet du ministre.",
    "Gérer les relations avec les ministères partenaires, les provinces et territoires et les intervenants.",
    "Gérer les ressources, le personnel et les risques de la {unit}.",
]

CERT_EN = "The foregoing is an accurate and complete statement of the duties and responsibilities assigned to the position."
CERT_FR = "Ce qui précède constitue un énoncé exact et complet des fonctions et responsabilités attribuées au poste."

REPORT_DUTY_EN = ["responsible for {x}", "leads {x}", "manages {x}", "accountable for {x}"]
REPORT_DUTY_FR = ["responsable de {x}", "dirige {x}", "gère {x}"]
