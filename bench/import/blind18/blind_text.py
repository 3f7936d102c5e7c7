"""Prose of the blind18 corpus, written for it: accountabilities, nature and scope, the other
documents. Each position draws a few sentences by its index, so no two documents read alike."""

ACC_EN = [
    "Directs the planning, delivery and continuous improvement of {what}, setting service standards and monitoring results against them.",
    "Manages the human, financial and material resources of the organization, including workforce planning, staffing and budget forecasting, in compliance with delegated authorities.",
    "Provides strategic advice and briefings to senior management and the Minister's office on operational pressures, service trends and emerging risks.",
    "Establishes and maintains partnerships with provincial, territorial, municipal and Indigenous governments, community organizations and other federal departments to coordinate service to clients.",
    "Leads the implementation of national policies, directives and modernization initiatives in the region, adapting procedures to local conditions while keeping national consistency.",
    "Ensures a healthy, respectful, bilingual and inclusive workplace, and oversees occupational health and safety, labour relations and employee engagement.",
    "Oversees the integrity, quality assurance and program compliance framework, including the follow-up of internal audit and evaluation recommendations.",
    "Represents the department at regional federal councils, interdepartmental committees and public forums, and acts as spokesperson on operational matters.",
    "Directs business continuity and emergency response planning so that critical services are maintained during disruptions, surges and natural disasters.",
    "Leads workload forecasting, performance measurement and reporting on service results, and reallocates resources between sites to meet demand.",
]
ACC_FR = [
    "Dirige la planification, la prestation et l'amélioration continue de {what}, fixe les normes de service et suit les résultats obtenus.",
    "Gère les ressources humaines, financières et matérielles de l'organisation, y compris la planification de l'effectif, la dotation et les prévisions budgétaires, conformément aux pouvoirs délégués.",
    "Fournit des conseils stratégiques et des notes d'information à la haute direction et au cabinet du ministre sur les pressions opérationnelles, les tendances du service et les risques émergents.",
    "Établit et entretient des partenariats avec les gouvernements provinciaux, territoriaux, municipaux et autochtones, les organismes communautaires et les autres ministères fédéraux.",
    "Dirige la mise en œuvre des politiques, directives et initiatives de modernisation nationales dans la région, en adaptant les procédures aux réalités locales.",
    "Assure un milieu de travail sain, respectueux, bilingue et inclusif, et voit à la santé et sécurité au travail, aux relations de travail et à la mobilisation des employés.",
    "Supervise le cadre d'intégrité, d'assurance de la qualité et de conformité des programmes, y compris le suivi des recommandations de vérification interne et d'évaluation.",
    "Représente le ministère au conseil fédéral régional, aux comités interministériels et aux tribunes publiques, et agit comme porte-parole sur les questions opérationnelles.",
    "Dirige la planification de la continuité des activités et des mesures d'urgence afin de maintenir les services essentiels lors de perturbations et de catastrophes naturelles.",
    "Dirige les prévisions de la charge de travail, la mesure du rendement et les rapports sur les résultats du service, et réaffecte les ressources entre les points de service.",
]
SCOPE_EN = [
    "The position operates in a high-volume environment where public and media attention is immediate when service falters. Demand fluctuates with economic conditions, policy announcements and seasonal peaks, and the incumbent must balance speed of service with program integrity and the protection of personal information.",
    "Clients include some of the most vulnerable people in the country, often in remote communities with limited connectivity. The incumbent must adapt national delivery models to regional realities, maintain relationships with many partners and make decisions with incomplete information and under tight timelines.",
    "The organization is geographically dispersed, unionized and operates around the clock. Aging systems, recruitment challenges in smaller centres and the pace of digital transformation add complexity to every operational decision.",
]
SCOPE_FR = [
    "Le poste s'inscrit dans un environnement à fort volume où l'attention du public et des médias est immédiate lorsque le service fléchit. La demande varie selon la conjoncture économique, les annonces gouvernementales et les périodes de pointe, et le titulaire doit concilier la rapidité du service, l'intégrité des programmes et la protection des renseignements personnels.",
    "La clientèle comprend des personnes parmi les plus vulnérables, souvent dans des collectivités éloignées. Le titulaire doit adapter les modèles nationaux de prestation aux réalités régionales, entretenir des relations avec de nombreux partenaires et prendre des décisions avec une information incomplète et dans des délais serrés.",
    "L'organisation est dispersée sur un vaste territoire, syndiquée et active jour et nuit. Le vieillissement des systèmes, les difficultés de recrutement dans les petits centres et le rythme de la transformation numérique ajoutent à la complexité de chaque décision opérationnelle.",
]
CSR_EN = "Canadians and communities in the area served receive {what} that are timely, accurate, accessible in both official languages and consistent with program legislation."
CSR_FR = "Les Canadiens et les collectivités du territoire desservi bénéficient de {what}, offerts en temps opportun, avec exactitude, dans les deux langues officielles et conformément aux lois des programmes."
