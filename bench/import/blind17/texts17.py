"""Prose for the blind17 corpus, written for it (vocabulary after the EX benchmark positions and
the seeds, wording our own). ``{focus}``, ``{dept}``, ``{unit}`` are filled per position."""

GA_EN = [
    "The {title} is accountable for the leadership, planning and delivery of {focus}, and for the management of the "
    "human, financial and physical resources of the {unit}.",
    "Accountable for directing {focus}, for providing authoritative advice to senior management of {dept} and for "
    "managing the resources assigned to the {unit}.",
    "Under the direction of the {sup}, the incumbent is accountable for {focus}; for the integrity of the "
    "{unit}'s programs; and for building partnerships with other governments, industry and academia.",
    "Provides strategic leadership for {focus}, ensuring that programs are delivered efficiently, that science and "
    "evidence inform decisions, and that the {unit} contributes to departmental priorities.",
]
GA_FR = [
    "Le ou la titulaire est responsable de la direction, de la planification et de la prestation de {focus}, ainsi "
    "que de la gestion des ressources humaines, financières et matérielles de l'unité.",
    "Responsable de diriger {focus}, de fournir des conseils faisant autorité à la haute direction de {dept} et de "
    "gérer les ressources confiées à l'unité.",
    "Sous l'autorité du ou de la {sup}, assure le leadership stratégique de {focus} et veille à l'intégrité des "
    "programmes et à l'établissement de partenariats avec les provinces, l'industrie et le milieu universitaire.",
]
NS_EN = [
    "{dept} operates in a demanding environment shaped by fiscal restraint, rapid technological change and the "
    "expectations of stakeholders who rely on timely, credible results. The {unit} is one of the organization's "
    "most visible units and its work is regularly examined by central agencies, Parliament and the media.",
    "The position manages a diverse workforce of scientists, technologists, economists and program officers. The "
    "incumbent must reconcile competing priorities of industry associations, provincial and territorial "
    "governments, Indigenous communities and other federal departments while keeping programs within their "
    "authorities and budgets.",
    "A key challenge is to renew aging infrastructure and equipment while maintaining service levels, and to "
    "recruit and retain specialists in a labour market where the private sector competes for the same skills.",
    "Decisions made by the incumbent have lasting consequences for regional economies and for the credibility of "
    "the department's advice. The incumbent represents the department on federal-provincial committees and "
    "international working groups and negotiates agreements with partners.",
]
NS_FR = [
    "{dept} évolue dans un contexte de contraintes budgétaires, de changements technologiques rapides et d'attentes "
    "élevées de la part des intervenants. L'unité est l'une des plus visibles de l'organisation et son travail est "
    "régulièrement examiné par les organismes centraux et les médias.",
    "Le ou la titulaire gère un effectif diversifié de scientifiques, de techniciens, d'économistes et d'agents de "
    "programmes, et doit concilier les priorités des associations industrielles, des provinces, des communautés "
    "autochtones et des autres ministères fédéraux.",
    "Un défi important consiste à renouveler des installations vieillissantes tout en maintenant le niveau de "
    "service, et à recruter et maintenir en poste des spécialistes recherchés par le secteur privé.",
]
SA_EN = [
    "Directs the planning, delivery and evaluation of the {unit}'s programs and ensures that results are reported to "
    "senior management and central agencies.",
    "Provides expert advice and briefings to the Assistant Deputy Minister, the Deputy Minister and the Minister on "
    "emerging issues, risks and opportunities.",
    "Establishes and maintains partnerships with provinces and territories, industry, universities and "
    "international organizations to leverage expertise and funding.",
    "Manages the human, financial and material resources of the {unit} in accordance with the Financial "
    "Administration Act and the values and ethics of the public service.",
    "Leads the development of strategies, policies and multi-year plans, including investment plans for "
    "laboratories, equipment and information systems.",
    "Ensures the scientific integrity, quality and timeliness of the data, analysis and advice produced by the "
    "{unit}.",
    "Represents the department on interdepartmental, federal-provincial-territorial and international committees "
    "and negotiates agreements and memoranda of understanding.",
    "Champions a healthy, diverse and inclusive workplace, official languages and the development of employees.",
    "Oversees the management of grants and contributions, including due diligence, monitoring and recovery of "
    "repayable contributions.",
    "Leads change management initiatives and the modernization of business processes and digital services.",
]
SA_FR = [
    "Dirige la planification, la prestation et l'évaluation des programmes de l'unité et rend compte des résultats "
    "à la haute direction et aux organismes centraux.",
    "Fournit des conseils d'expert et des notes d'information au sous-ministre adjoint, au sous-ministre et au "
    "ministre sur les enjeux émergents, les risques et les occasions.",
    "Établit et entretient des partenariats avec les provinces et territoires, l'industrie, les universités et les "
    "organismes internationaux.",
    "Gère les ressources humaines, financières et matérielles de l'unité conformément à la Loi sur la gestion des "
    "finances publiques et aux valeurs et à l'éthique de la fonction publique.",
    "Dirige l'élaboration de stratégies, de politiques et de plans pluriannuels, y compris les plans "
    "d'investissement des laboratoires et des systèmes d'information.",
    "Veille à l'intégrité scientifique, à la qualité et à l'actualité des données, des analyses et des avis "
    "produits par l'unité.",
    "Représente le ministère au sein de comités interministériels, fédéraux-provinciaux-territoriaux et "
    "internationaux.",
    "Favorise un milieu de travail sain, diversifié et inclusif, le respect des langues officielles et le "
    "perfectionnement des employés.",
]
CSR_EN = [
    "Scientific knowledge and advice for {focus}, to departmental decision makers, industry and the public.",
    "Programs and services for {focus}, delivered on time and within budget, for the benefit of Canadians.",
    "Strategic direction and integrated management of {focus} for the department and its partners.",
]
KA_EN = [
    "Setting the priorities and work plans of the {unit} and allocating resources among them;",
    "Advising senior management and the Minister's office on issues and risks;",
    "Negotiating and managing agreements with provinces, industry and academic partners;",
    "Overseeing the quality and integrity of the data, assessments and decisions of the {unit};",
    "Managing people, budgets and assets, and reporting on results;",
    "Representing the department nationally and internationally;",
    "Leading the renewal of processes, tools and facilities.",
]
CSR_FR = [
    "Des connaissances et des avis scientifiques sur {focus}, à l'intention des décideurs, de l'industrie et du public.",
    "Des programmes et services touchant {focus}, offerts dans les délais et les budgets établis.",
]
KA_FR = [
    "Établir les priorités et les plans de travail de l'unité et y affecter les ressources;",
    "Conseiller la haute direction et le cabinet du ministre sur les enjeux et les risques;",
    "Négocier et gérer des ententes avec les provinces, l'industrie et les universités;",
    "Veiller à la qualité et à l'intégrité des données, des évaluations et des décisions;",
    "Gérer les personnes, les budgets et les biens, et rendre compte des résultats;",
    "Représenter le ministère à l'échelle nationale et internationale.",
]
HANDWRITTEN = ["see HR file - ok'd", "copy to classif.", "pls file", "rec'd", "orig. to DG office", "done",
               "2nd copy", "? check FTEs w/ finance", "approved at ORC", "ok"]
HANDWRITTEN_FR = ["classé", "copie au dossier", "reçu", "vu", "OK - RH", "à vérifier"]
STAMPS = ["RECEIVED", "CLASSIFICATION", "COPY", "FILE COPY", "PROTECTED B", "ORIGINAL ON FILE"]
STAMPS_FR = ["REÇU", "COPIE", "PROTÉGÉ B", "CLASSIFICATION", "DOSSIER"]
