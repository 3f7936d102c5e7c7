"""Prose of the blind29 corpus, written for it (structure after the EX benchmark positions and the
guide to writing EX work descriptions; wording our own). ``{scope}`` and ``{dept}`` are filled in."""

GA_EN = [
    "Directs {scope} for {dept}, ensuring that programs meet their results, that resources are managed "
    "prudently and that the department's obligations under legislation and policy are met.",
    "Is accountable for {scope}, providing strategic leadership, sound stewardship of human and financial "
    "resources and advice to senior management on emerging issues and risks.",
    "Provides leadership and management direction for {scope}, and represents {dept} with partners, "
    "stakeholders and other levels of government.",
]
GA_FR = [
    "Dirige {scope} pour {dept}, en veillant à l'atteinte des résultats, à la saine gestion des ressources "
    "et au respect des obligations législatives et stratégiques du ministère.",
    "Est responsable de {scope}, assure un leadership stratégique, une gestion rigoureuse des ressources "
    "humaines et financières et conseille la haute direction sur les enjeux et les risques émergents.",
    "Assure la direction et la gestion de {scope} et représente {dept} auprès des partenaires, des "
    "intervenants et des autres ordres de gouvernement.",
]
NATURE_EN = [
    "The position operates in an environment of competing priorities, public scrutiny and rapid change. "
    "The incumbent must reconcile the expectations of central agencies, partners and clients while "
    "maintaining service standards and the confidence of employees.",
    "Key challenges include modernizing aging systems and processes, attracting and keeping specialized "
    "staff, and responding quickly to incidents that draw the attention of the Minister and the media.",
    "The work requires sustained collaboration with regional offices, other federal organizations, provinces "
    "and territories, Indigenous partners and industry, often on files where mandates overlap.",
]
NATURE_FR = [
    "Le poste évolue dans un contexte de priorités concurrentes, de surveillance publique et de changements "
    "rapides. Le titulaire doit concilier les attentes des organismes centraux, des partenaires et des "
    "clients tout en maintenant les normes de service et la confiance des employés.",
    "Les principaux défis consistent à moderniser des systèmes et des processus vieillissants, à attirer et "
    "à maintenir en poste du personnel spécialisé et à réagir rapidement aux incidents qui retiennent "
    "l'attention de la ministre et des médias.",
    "Le travail exige une collaboration soutenue avec les bureaux régionaux, d'autres organisations "
    "fédérales, les provinces et territoires, les partenaires autochtones et l'industrie.",
]
ACTIVITIES_EN = [
    "Develops and implements operational plans, performance measures and risk strategies for the organization.",
    "Manages the human, financial and material resources of the organization in line with departmental policies.",
    "Provides expert advice and briefings to senior management and the Minister's office on sensitive issues.",
    "Builds and maintains partnerships with stakeholders, other departments and other levels of government.",
    "Leads the organization's contribution to departmental planning, audit and evaluation exercises.",
    "Fosters a healthy, diverse and inclusive workplace and the development of employees and managers.",
    "Oversees the quality, timeliness and consistency of services and decisions delivered to clients.",
]
ACTIVITIES_FR = [
    "Élabore et met en œuvre les plans opérationnels, les mesures du rendement et les stratégies de gestion du risque.",
    "Gère les ressources humaines, financières et matérielles de l'organisation conformément aux politiques ministérielles.",
    "Fournit des conseils spécialisés et des breffages à la haute direction et au cabinet de la ministre sur les dossiers délicats.",
    "Établit et entretient des partenariats avec les intervenants, les autres ministères et les autres ordres de gouvernement.",
    "Dirige la contribution de l'organisation à la planification ministérielle, aux vérifications et aux évaluations.",
    "Favorise un milieu de travail sain, diversifié et inclusif ainsi que le perfectionnement des employés et des gestionnaires.",
    "Veille à la qualité, à la rapidité et à l'uniformité des services et des décisions offerts aux clients.",
]
CSR_EN = "Services that give Canadians and partners {scope}, delivered in a timely, consistent and accountable way."
CSR_FR = "Des services qui assurent aux Canadiens et aux partenaires {scope}, de façon rapide, uniforme et responsable."
