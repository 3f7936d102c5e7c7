"""blind26: prose written for this corpus (structure after the TBS EX benchmark positions and the seeds)."""

GA_EN = [
    "The {title} is accountable for planning, directing and evaluating the {unit} program so that it meets departmental commitments, legislative obligations and the expectations of Canadians, and for managing its people and financial resources.",
    "Provides strategic leadership and direction for the {unit} function, including the design and delivery of operations, the management of risk and the provision of authoritative advice to senior management.",
    "Leads the {unit} organization, setting its priorities, integrating the work of its divisions and representing the department with central agencies, other governments and stakeholders.",
]
GA_FR = [
    "Le titulaire du poste de {title} est responsable de la planification, de la direction et de l'évaluation du programme {unit}, de sorte qu'il respecte les engagements ministériels et les obligations législatives, et de la gestion de ses ressources humaines et financières.",
    "Assure le leadership stratégique de la fonction {unit}, y compris la conception et la prestation des opérations, la gestion des risques et la prestation de conseils faisant autorité à la haute direction.",
]
NS_EN = [
    "The position operates in an environment of competing priorities, close public and media scrutiny and frequent change in policy direction. The incumbent must balance operational demands against limited resources and maintain productive relations with unions, partners and other levels of government.",
    "Decisions taken by the position have a direct effect on the safety, health or economic well-being of Canadians. The work requires sound judgement on matters where precedent is limited and where errors carry legal, financial and reputational consequences.",
    "The organization is dispersed across several sites, which complicates communication, coordination and the consistent application of national standards.",
]
NS_FR = [
    "Le poste s'exerce dans un contexte de priorités concurrentes, d'examen public attentif et de changements fréquents dans l'orientation des politiques. Le titulaire doit concilier les exigences opérationnelles et des ressources limitées.",
    "Les décisions du titulaire ont une incidence directe sur la sécurité et le bien-être des Canadiens; elles exigent un jugement sûr là où les précédents sont rares.",
]
SA_EN = [
    "Directs the development and implementation of operational plans, service standards and performance measures for the organization.",
    "Provides expert advice and briefings to the Assistant Deputy Minister, the Deputy Minister and the Minister's office on emerging issues.",
    "Manages the human and financial resources of the organization in accordance with the Financial Administration Act and departmental delegations.",
    "Establishes and maintains partnerships with provinces, territories, Indigenous organizations, industry and international counterparts.",
    "Leads the modernization of business processes and systems, including the adoption of digital tools and data-driven decision-making.",
    "Represents the department on interdepartmental committees and working groups and negotiates agreements within delegated authority.",
    "Ensures that security, privacy, official languages and occupational health and safety obligations are met.",
]
SA_FR = [
    "Dirige l'élaboration et la mise en oeuvre des plans opérationnels, des normes de service et des mesures du rendement de l'organisation.",
    "Fournit des conseils spécialisés et des breffages au sous-ministre adjoint et au cabinet du ministre sur les enjeux émergents.",
    "Gère les ressources humaines et financières conformément à la Loi sur la gestion des finances publiques et aux délégations ministérielles.",
    "Établit et entretient des partenariats avec les provinces, les territoires, les organisations autochtones et l'industrie.",
    "Dirige la modernisation des processus opérationnels et des systèmes, y compris l'adoption d'outils numériques.",
    "Représente le ministère auprès des comités interministériels et négocie des ententes dans les limites des pouvoirs délégués.",
]
CSR_EN = "Delivers {unit} services that protect and serve Canadians and support the department's clients, partners and the government's priorities."
CSR_FR = "Fournit des services de {unit} qui protègent et servent les Canadiens et appuient les clients, les partenaires et les priorités du gouvernement."
CERT_EN = "I certify that this description accurately reflects the work assigned to the position."
CERT_FR = "J'atteste que la présente description reflète fidèlement le travail assigné au poste."
