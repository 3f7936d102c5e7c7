"""Body text of the blind32 corpus: sentences written for it, picked per document."""

DUTIES_EN = [
    "Provides strategic advice to senior management on emerging issues, risks and options within the area of responsibility.",
    "Directs the planning, delivery and evaluation of the programs and services of the organization.",
    "Negotiates agreements and builds partnerships with other departments, provinces, territories and stakeholders.",
    "Manages the human and financial resources of the unit in line with departmental priorities and delegated authorities.",
    "Represents the department on interdepartmental committees and working groups.",
    "Oversees the preparation of briefing material, Cabinet documents and Treasury Board submissions.",
    "Establishes performance measures and reports results to the executive committee.",
    "Champions a healthy, diverse and bilingual workplace and the development of staff.",
    "Ensures that decisions are defensible and consistent with legislation, regulations and policy.",
    "Leads change initiatives and continuous improvement of business processes.",
]
DUTIES_FR = [
    "Fournit des conseils stratégiques à la haute direction sur les enjeux, les risques et les options.",
    "Dirige la planification, la prestation et l'évaluation des programmes et des services.",
    "Négocie des ententes et établit des partenariats avec les ministères, les provinces et les intervenants.",
    "Gère les ressources humaines et financières de l'unité conformément aux priorités ministérielles.",
    "Représente le ministère au sein de comités interministériels et de groupes de travail.",
    "Supervise la préparation des notes d'information, des documents du Cabinet et des présentations au Conseil du Trésor.",
    "Établit des mesures du rendement et rend compte des résultats au comité exécutif.",
    "Favorise un milieu de travail sain, diversifié et bilingue.",
]
SCOPE_EN = ("{dept} operates in a complex environment shaped by government priorities, public scrutiny and the "
            "expectations of partners across the country. The {title} works with central agencies, other departments "
            "and external stakeholders, and must reconcile competing demands under tight timelines.")
SCOPE_FR = ("{dept} évolue dans un contexte complexe, marqué par les priorités gouvernementales, l'examen public et les "
            "attentes de nombreux partenaires. Le titulaire du poste de {title} collabore avec les organismes centraux, "
            "les autres ministères et les intervenants externes.")
GA_EN = "The {title} is accountable for the leadership, direction and management of {area}, in support of the mandate of {dept}."
GA_FR = "Le titulaire du poste de {title} est responsable de la direction et de la gestion de {area}, à l'appui du mandat de {dept}."
CSR_EN = ["Canadians, partner organizations and senior officials receive timely, reliable and well-founded programs, "
          "advice and services in the area of responsibility."]
