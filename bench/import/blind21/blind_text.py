"""Prose of the blind21 corpus, written for it in English and French (accountability statements,
nature and scope, activities, client service results). ``{t}`` is the position's title, ``{u}``
its organization."""

GA_FR = [
    "Sous l'autorité de son supérieur, le titulaire assure la direction et la gestion des programmes et des services de {u} dans son secteur, veille à l'atteinte des résultats fixés et conseille la haute direction sur les enjeux opérationnels et stratégiques.",
    "Le poste a pour raison d'être de planifier, d'orienter et de contrôler l'ensemble des activités de l'unité afin que la clientèle reçoive des services de qualité, dans le respect des lois, des politiques et des normes de service de {u}.",
    "Responsable de la prestation régionale des programmes, le ou la titulaire dirige une équipe multidisciplinaire, établit les priorités de l'unité, gère les ressources humaines et financières qui lui sont confiées et représente {u} auprès des partenaires du milieu.",
    "Le titulaire est responsable de l'élaboration et de la mise en œuvre de stratégies, de plans et de normes opérationnelles et de la gestion d'un effectif important réparti sur plusieurs sites.",
]
GA_EN = [
    "The incumbent is accountable for the leadership and management of the programs and services of {u} in the area, for meeting the results set for the unit and for advising senior management on operational and strategic issues.",
    "Reporting to the supervisor named above, the position plans, directs and controls the work of the unit so that clients receive timely and consistent service in keeping with the legislation, policies and service standards of {u}.",
    "The position leads regional delivery of the organization's programs, sets the unit's priorities, manages the human and financial resources assigned to it and represents {u} with partners and stakeholders.",
]
NS_FR = [
    "{u} évolue dans un contexte où les attentes des citoyens, des partenaires et des organismes centraux augmentent alors que les ressources demeurent limitées. Le titulaire doit concilier des priorités concurrentes, moderniser les façons de faire et maintenir la continuité des services en tout temps.",
    "Le défi principal consiste à gérer des volumes de travail fluctuants et parfois imprévisibles tout en assurant la qualité, l'intégrité et la rapidité du service. Le titulaire entretient des relations suivies avec les autres régions, l'administration centrale et des intervenants externes.",
    "Les décisions du titulaire ont des répercussions directes sur la santé, la sécurité ou le bien-être économique des collectivités desservies. Il doit souvent intervenir dans des dossiers délicats qui attirent l'attention des médias et des élus.",
]
NS_EN = [
    "{u} operates in an environment where the expectations of citizens, partners and central agencies keep rising while resources remain constrained. The incumbent must reconcile competing priorities, modernize the way work is done and keep services running at all times.",
    "The main challenge is to manage fluctuating and at times unpredictable workloads while protecting the quality, integrity and timeliness of service. The incumbent maintains ongoing relationships with other regions, headquarters and outside stakeholders.",
]
ACT_FR = [
    "Dirige la planification opérationnelle annuelle et le suivi du rendement de l'unité.",
    "Gère les ressources humaines, financières et matérielles de l'unité et rend compte de leur utilisation.",
    "Conseille la haute direction sur les enjeux, les risques et les options relatifs aux programmes.",
    "Établit et entretient des partenariats avec les autres ministères, les provinces, les municipalités et les organismes du milieu.",
    "Veille au respect des normes de service, des obligations en matière de langues officielles et des exigences de sécurité.",
    "Représente l'organisation lors de consultations, de comités fédéraux-provinciaux et de rencontres avec les intervenants.",
    "Favorise un milieu de travail sain, inclusif et respectueux et appuie le perfectionnement des employés.",
    "Approuve les plans de travail, les analyses et les recommandations préparés par les gestionnaires.",
    "Coordonne l'intervention de l'unité lors d'incidents ou de situations d'urgence.",
]
ACT_EN = [
    "Leads annual operational planning and the monitoring of the unit's performance.",
    "Manages the human, financial and material resources of the unit and accounts for their use.",
    "Advises senior management on issues, risks and options related to the programs.",
    "Builds and maintains partnerships with other departments, provinces, municipalities and community organizations.",
    "Ensures that service standards, official languages obligations and security requirements are met.",
    "Represents the organization at consultations, federal-provincial committees and meetings with stakeholders.",
    "Fosters a healthy, inclusive and respectful workplace and supports employee development.",
    "Approves the work plans, analyses and recommendations prepared by managers.",
    "Coordinates the unit's response to incidents and emergencies.",
]
CSR_FR = "Des programmes et des services efficaces, offerts dans les deux langues officielles, à la population et aux partenaires de {u}."
CSR_EN = "Effective programs and services, delivered in both official languages, for the public and the partners of {u}."
RESP_FR = ["responsable de la gestion des opérations courantes de son secteur",
           "chargé de la planification et du contrôle de la qualité",
           "responsable des relations avec la clientèle et les partenaires",
           "chargée de l'analyse et des conseils spécialisés"]
RESP_EN = ["responsible for the day-to-day operations of the section",
           "accountable for planning and quality control",
           "responsible for client and partner relations",
           "providing specialized analysis and advice"]

NAMES = ["Geneviève Tremblay-Ouellet", "Marc-André Bérubé", "Josée Lachance", "Raymond LeBlanc",
         "Nathalie Cormier", "Pierre-Luc Gagnon", "Sylvie Arsenault", "Denis Thibodeau", "Chantal Pelletier",
         "François Boudreau", "Isabelle Rioux", "Martin Savoie", "Hélène Gauthier", "Daniel Robichaud",
         "Karine Lévesque", "Stéphane Doiron", "Julie Bouchard", "Alain Fournier", "Manon Poirier",
         "Patrick Landry", "Émilie Caron", "Gilles Vautour", "Catherine Morin", "Yves Beaulieu",
         "Linda MacDonald", "Robert Chiasson", "Annie Desjardins", "Michel Haché", "Sophie Girard",
         "Brian McGraw", "Lucie Mallet", "André Côté", "Valérie Bélanger", "Kevin O'Neill",
         "Marie-Claude Dupuis", "Louis Richard", "Janet Ferguson", "Benoît Maltais"]
