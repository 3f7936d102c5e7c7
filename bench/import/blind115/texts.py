"""Prose for the blind115 corpus: general accountability, nature and scope, accountabilities and
client-service results per kind of position, in English and French. Written for this corpus in the
manner of the seed documents; {t} is the position's title, {u} its unit, {d} its department."""

GA = {
    "mission": (
        "The {t} is accountable for the overall direction and management of Canada's relations with {u}, for "
        "advancing Canadian political, commercial, development, security and consular interests, for leading "
        "the whole-of-government mission team and for the safety and security of Canadian personnel, "
        "property and information at the mission.",
        "Le {t} est responsable de la direction et de la gestion d'ensemble des relations du Canada avec {u}, "
        "de la promotion des intérêts politiques, commerciaux, de développement, de sécurité et consulaires "
        "du Canada, de la direction de l'équipe pangouvernementale de la mission et de la sécurité du "
        "personnel, des biens et de l'information du Canada à la mission.",
    ),
    "migration": (
        "The {t} is accountable for the delivery of Canada's immigration, temporary resident and refugee "
        "resettlement programs in {u}, for protecting the integrity of the program through effective risk "
        "management, and for managing the migration section's Canada-based and locally engaged staff in "
        "support of departmental levels and service standards.",
        "Le {t} est responsable de la prestation des programmes d'immigration, de résidence temporaire et de "
        "réinstallation des réfugiés du Canada dans {u}, de la protection de l'intégrité des programmes par "
        "une gestion efficace des risques et de la gestion du personnel canadien et recruté sur place de la "
        "section de l'immigration, conformément aux niveaux et aux normes de service du Ministère.",
    ),
    "processing": (
        "The {t} is accountable for the management of {u}, which processes citizenship, permanent residence "
        "and temporary resident applications for clients in Canada and abroad, for achieving the "
        "department's processing targets and service standards, and for the modernization of processing "
        "through digital intake, automation and the redistribution of workload across the network.",
        "Le {t} est responsable de la gestion de {u}, qui traite les demandes de citoyenneté, de résidence "
        "permanente et de résidence temporaire des clients au Canada et à l'étranger, de l'atteinte des "
        "objectifs de traitement et des normes de service du Ministère et de la modernisation du traitement "
        "par la réception numérique, l'automatisation et la répartition de la charge de travail dans le réseau.",
    ),
    "consular": (
        "The {t} is accountable for the design, delivery and continuous improvement of {u}, ensuring that "
        "Canadians travelling and living abroad receive timely, consistent and professional assistance, and "
        "for the department's readiness to respond to crises affecting Canadians outside Canada, 24 hours a "
        "day, 7 days a week.",
        "Le {t} est responsable de la conception, de la prestation et de l'amélioration continue de {u}, "
        "afin que les Canadiens qui voyagent ou résident à l'étranger reçoivent une aide rapide, uniforme et "
        "professionnelle, ainsi que de l'état de préparation du Ministère aux crises touchant des Canadiens "
        "à l'extérieur du Canada, 24 heures sur 24, 7 jours sur 7.",
    ),
    "trade": (
        "The {t} is accountable for providing leadership and strategic direction to {u}, for advancing "
        "Canada's international trade and investment interests, and for ensuring that Canadian businesses "
        "obtain the market intelligence, advocacy and services they need to succeed in foreign markets.",
        "Le {t} est responsable d'assurer le leadership et l'orientation stratégique de {u}, de promouvoir les "
        "intérêts du Canada en matière de commerce international et d'investissement et de veiller à ce que "
        "les entreprises canadiennes obtiennent les renseignements sur les marchés, le soutien et les "
        "services dont elles ont besoin pour réussir sur les marchés étrangers.",
    ),
    "development": (
        "The {t} is accountable for the strategic direction, planning, delivery and results of {u}, "
        "including the management of a portfolio of grants and contributions, the policy dialogue with "
        "partner governments, multilateral organizations and civil society, and the alignment of programming "
        "with Canada's Feminist International Assistance Policy.",
        "Le {t} est responsable de l'orientation stratégique, de la planification, de la prestation et des "
        "résultats de {u}, y compris la gestion d'un portefeuille de subventions et de contributions, le "
        "dialogue sur les politiques avec les gouvernements partenaires, les organisations multilatérales et "
        "la société civile, et l'harmonisation de la programmation avec la Politique d'aide internationale "
        "féministe du Canada.",
    ),
    "corporate": (
        "The {t} is accountable for the design, delivery and management of {u} at headquarters and across "
        "the network of missions abroad, ensuring that services are secure, cost-effective and responsive "
        "to the needs of the department's program areas and partner departments co-located at missions.",
        "Le {t} est responsable de la conception, de la prestation et de la gestion de {u} à l'administration "
        "centrale et dans le réseau des missions à l'étranger, en veillant à ce que les services soient "
        "sûrs, efficients et adaptés aux besoins des secteurs de programme et des ministères partenaires "
        "colocalisés dans les missions.",
    ),
    "defence": (
        "The {t} is accountable for the leadership and management of {u}, providing the Canadian Armed "
        "Forces and the Department of National Defence with the policy, infrastructure, materiel and "
        "services they require, in compliance with government policy and within approved resource levels.",
        "Le {t} est responsable de la direction et de la gestion de {u}, en fournissant aux Forces armées "
        "canadiennes et au ministère de la Défense nationale les politiques, les infrastructures, le "
        "matériel et les services dont ils ont besoin, conformément aux politiques gouvernementales et dans "
        "les limites des ressources approuvées.",
    ),
}

NS = {
    "mission": (
        ["The mission operates in a complex and at times volatile political and security environment. The "
         "incumbent must exercise sound judgement in representing Canada to the highest levels of the host "
         "government, to regional organizations and to the diplomatic community, often with little time for "
         "consultation with headquarters.",
         "The mission is a platform for several federal partners (Immigration, Refugees and Citizenship Canada, "
         "National Defence, the Royal Canadian Mounted Police, Canada Border Services Agency) whose programs "
         "the head of mission coordinates under a single Canadian presence, while managing the risks of "
         "operating abroad: the security of staff, locally engaged staff relations, local labour law and "
         "currency fluctuations."],
        ["La mission évolue dans un contexte politique et de sécurité complexe et parfois instable. Le titulaire "
         "doit faire preuve d'un jugement sûr lorsqu'il représente le Canada auprès des plus hautes instances "
         "du gouvernement hôte, des organisations régionales et du corps diplomatique, souvent sans avoir le "
         "temps de consulter l'administration centrale.",
         "La mission sert de plateforme à plusieurs partenaires fédéraux (Immigration, Réfugiés et Citoyenneté "
         "Canada, Défense nationale, Gendarmerie royale du Canada, Agence des services frontaliers du Canada) "
         "dont le chef de mission coordonne les programmes au sein d'une présence canadienne unique, tout en "
         "gérant les risques liés aux activités à l'étranger : sécurité du personnel, relations avec les "
         "employés recrutés sur place, droit du travail local et fluctuations des devises."],
    ),
    "migration": (
        ["Application volumes in the region continue to grow faster than processing capacity. The incumbent "
         "must balance facilitation of legitimate travel and migration against program integrity in an "
         "environment marked by organized fraud, document vulnerability and pressure from stakeholders, "
         "employers, educational institutions and members of Parliament.",
         "The incumbent works with visa application centres operated under contract, with panel physicians, "
         "with the United Nations High Commissioner for Refugees and with local authorities, and manages "
         "work sharing with other offices in the international network and with domestic processing centres."],
        ["Le volume des demandes dans la région augmente plus rapidement que la capacité de traitement. Le "
         "titulaire doit concilier la facilitation des déplacements et de la migration légitimes et "
         "l'intégrité des programmes dans un contexte marqué par la fraude organisée, la vulnérabilité des "
         "documents et les pressions des intervenants, des employeurs, des établissements d'enseignement et "
         "des parlementaires.",
         "Le titulaire collabore avec les centres de réception des demandes de visa exploités sous contrat, "
         "les médecins désignés, le Haut Commissariat des Nations Unies pour les réfugiés et les autorités "
         "locales, et gère le partage du travail avec les autres bureaux du réseau international et les "
         "centres de traitement au Canada."],
    ),
    "processing": (
        ["The centre is one of the department's largest operations. Processing inventories, service standards "
         "and the introduction of new systems and online applications are closely watched by senior "
         "management, central agencies and Parliament, and operational decisions have immediate effects on "
         "clients and on the department's reputation.",
         "The incumbent manages a large unionized workforce, including term and student employees hired "
         "during peak periods, and must maintain productivity and quality while implementing major changes to "
         "business processes, the workplace and the tools employees use."],
        ["Le centre est l'une des plus importantes opérations du Ministère. Les inventaires, les normes de "
         "service ainsi que la mise en place de nouveaux systèmes et des demandes en ligne font l'objet d'un "
         "suivi étroit de la haute direction, des organismes centraux et du Parlement, et les décisions "
         "opérationnelles ont des effets immédiats sur les clients et sur la réputation du Ministère.",
         "Le titulaire gère un effectif syndiqué important, y compris des employés nommés pour une période "
         "déterminée et des étudiants embauchés en période de pointe, et doit maintenir la productivité et la "
         "qualité tout en mettant en œuvre des changements majeurs aux processus opérationnels, au milieu de "
         "travail et aux outils utilisés par les employés."],
    ),
    "consular": (
        ["Consular cases are frequently complex, involve foreign legal systems and attract intense media and "
         "parliamentary attention. The incumbent must make decisions quickly, often outside business hours, "
         "with incomplete information and significant consequences for the safety of Canadians.",
         "The incumbent works closely with the network of missions abroad, with other federal departments, "
         "provinces and territories, and with like-minded countries to coordinate responses to natural "
         "disasters, civil unrest, detentions and abductions."],
        ["Les cas consulaires sont souvent complexes, relèvent de systèmes juridiques étrangers et suscitent "
         "une attention soutenue des médias et des parlementaires. Le titulaire doit prendre des décisions "
         "rapidement, souvent en dehors des heures normales, avec une information incomplète et des "
         "conséquences importantes pour la sécurité des Canadiens.",
         "Le titulaire travaille en étroite collaboration avec le réseau des missions à l'étranger, les autres "
         "ministères fédéraux, les provinces et territoires et les pays aux vues similaires afin de "
         "coordonner les interventions lors de catastrophes naturelles, de troubles civils, de détentions et "
         "d'enlèvements."],
    ),
    "trade": (
        ["Canada's trade agenda is shaped by negotiations, disputes and rapidly changing market conditions. The "
         "incumbent must anticipate developments, provide timely and sound advice to ministers and senior "
         "management, and coordinate the efforts of trade commissioners in Canada and abroad, provinces and "
         "territories, and industry associations.",
         "The incumbent is expected to exercise a high degree of judgement in advocacy on behalf of Canadian "
         "firms and in managing relationships with foreign governments and business leaders."],
        ["Le programme commercial du Canada est façonné par les négociations, les différends et l'évolution "
         "rapide des marchés. Le titulaire doit anticiper les enjeux, fournir des conseils judicieux et "
         "opportuns aux ministres et à la haute direction et coordonner les efforts des délégués commerciaux "
         "au Canada et à l'étranger, des provinces et territoires et des associations industrielles.",
         "Le titulaire doit faire preuve d'un jugement sûr dans ses interventions en faveur des entreprises "
         "canadiennes et dans la gestion des relations avec les gouvernements étrangers et les dirigeants "
         "d'entreprise."],
    ),
    "development": (
        ["Programming is delivered in fragile and conflict-affected contexts where the risks to partners, to "
         "results and to Canada's reputation are high. The incumbent must exercise judgement in the selection "
         "of partners and instruments, in the management of fiduciary risk and in responding to sudden crises.",
         "The incumbent represents Canada on donor coordination bodies and with multilateral institutions, "
         "and works with the missions concerned to ensure the coherence of development, diplomatic and trade "
         "objectives."],
        ["La programmation est mise en œuvre dans des contextes fragiles et touchés par des conflits, où les "
         "risques pour les partenaires, pour les résultats et pour la réputation du Canada sont élevés. Le "
         "titulaire doit faire preuve de jugement dans le choix des partenaires et des instruments, dans la "
         "gestion du risque fiduciaire et dans la réponse aux crises soudaines.",
         "Le titulaire représente le Canada au sein des instances de coordination des bailleurs de fonds et "
         "auprès des institutions multilatérales, et travaille avec les missions concernées pour assurer la "
         "cohérence des objectifs de développement, diplomatiques et commerciaux."],
    ),
    "corporate": (
        ["Services must be delivered to more than 175 missions in 110 countries, in every time zone, under "
         "varying security conditions and local laws. The incumbent must balance the needs of program areas "
         "against limited resources and enterprise standards set by central agencies.",
         "The incumbent leads significant change initiatives and must secure the support of senior "
         "management, heads of mission and partner departments for new service models."],
        ["Les services doivent être offerts à plus de 175 missions dans 110 pays, dans tous les fuseaux "
         "horaires, dans des conditions de sécurité et sous des lois locales variées. Le titulaire doit "
         "concilier les besoins des secteurs de programme et des ressources limitées ainsi que les normes "
         "d'entreprise fixées par les organismes centraux.",
         "Le titulaire dirige d'importantes initiatives de changement et doit obtenir l'appui de la haute "
         "direction, des chefs de mission et des ministères partenaires pour de nouveaux modèles de service."],
    ),
    "defence": (
        ["Defence requirements are shaped by operational demands, aging infrastructure and equipment, and "
         "commitments to allies under NATO and NORAD. The incumbent must reconcile military requirements with "
         "the rules governing procurement, real property, the environment and the management of public funds.",
         "The incumbent manages a mixed civilian and military workforce and works with Public Services and "
         "Procurement Canada, Defence Construction Canada, industry, provinces and municipalities."],
        ["Les besoins de la Défense sont façonnés par les exigences opérationnelles, le vieillissement des "
         "infrastructures et de l'équipement et les engagements envers les alliés de l'OTAN et du NORAD. Le "
         "titulaire doit concilier les exigences militaires et les règles régissant l'approvisionnement, les "
         "biens immobiliers, l'environnement et la gestion des fonds publics.",
         "Le titulaire gère un effectif mixte civil et militaire et collabore avec Services publics et "
         "Approvisionnement Canada, Construction de Défense Canada, l'industrie, les provinces et les "
         "municipalités."],
    ),
}

ACC = {
    "mission": (
        ["Directs the mission's political, economic and public diplomacy activities and reports to headquarters on developments affecting Canadian interests.",
         "Leads Canada's advocacy with the host government at the highest levels on trade, investment, human rights and security issues.",
         "Oversees the delivery of consular services to Canadians and the mission's emergency preparedness and contingency plans.",
         "Coordinates the programs of partner departments at the mission and chairs the mission's management committee.",
         "Manages the mission's human, financial and physical resources, including locally engaged staff, in accordance with the Financial Administration Act and local law.",
         "Ensures the security of mission personnel, property and information in cooperation with headquarters security services."],
        ["Dirige les activités politiques, économiques et de diplomatie ouverte de la mission et rend compte à l'administration centrale de l'évolution des enjeux touchant les intérêts du Canada.",
         "Dirige les démarches du Canada auprès des plus hautes instances du gouvernement hôte en matière de commerce, d'investissement, de droits de la personne et de sécurité.",
         "Supervise la prestation des services consulaires aux Canadiens ainsi que les plans de préparation aux situations d'urgence de la mission.",
         "Coordonne les programmes des ministères partenaires à la mission et préside le comité de gestion de la mission.",
         "Gère les ressources humaines, financières et matérielles de la mission, y compris le personnel recruté sur place, conformément à la Loi sur la gestion des finances publiques et au droit local.",
         "Assure la sécurité du personnel, des biens et de l'information de la mission en collaboration avec les services de sécurité de l'administration centrale."],
    ),
    "migration": (
        ["Directs the processing of permanent resident, temporary resident and refugee resettlement applications in the region to meet annual levels and service standards.",
         "Establishes and maintains a risk management framework, including quality assurance, anti-fraud activities and liaison with local law enforcement.",
         "Manages relationships with host government authorities, visa application centres, panel physicians and international organizations.",
         "Provides advice to headquarters on migration trends, program integrity and operational capacity in the region.",
         "Manages the human, financial and material resources of the migration section and its work sharing with other offices."],
        ["Dirige le traitement des demandes de résidence permanente, de résidence temporaire et de réinstallation des réfugiés dans la région afin d'atteindre les niveaux annuels et les normes de service.",
         "Établit et maintient un cadre de gestion des risques, y compris l'assurance de la qualité, la lutte contre la fraude et la liaison avec les autorités policières locales.",
         "Gère les relations avec les autorités du pays hôte, les centres de réception des demandes de visa, les médecins désignés et les organisations internationales.",
         "Conseille l'administration centrale sur les tendances migratoires, l'intégrité des programmes et la capacité opérationnelle dans la région.",
         "Gère les ressources humaines, financières et matérielles de la section de l'immigration et le partage du travail avec les autres bureaux."],
    ),
    "processing": (
        ["Plans, directs and controls the processing operations of the centre to meet targets, service standards and quality requirements.",
         "Leads the implementation of new processing models, digital tools and automation, and the associated changes to work organization.",
         "Manages labour relations, workforce planning, staffing and the well-being of a large workforce.",
         "Provides operational advice to headquarters on program design, forecasting and the capacity of the network.",
         "Ensures the security of personal information and the integrity of decisions made in the centre."],
        ["Planifie, dirige et contrôle les opérations de traitement du centre afin d'atteindre les objectifs, les normes de service et les exigences de qualité.",
         "Dirige la mise en œuvre de nouveaux modèles de traitement, d'outils numériques et de l'automatisation ainsi que les changements connexes à l'organisation du travail.",
         "Gère les relations de travail, la planification des effectifs, la dotation et le mieux-être d'un effectif important.",
         "Fournit des conseils opérationnels à l'administration centrale sur la conception des programmes, les prévisions et la capacité du réseau.",
         "Assure la protection des renseignements personnels et l'intégrité des décisions rendues au centre."],
    ),
    "consular": (
        ["Directs the management of consular cases involving Canadians in distress abroad, including detentions, deaths, child abductions and medical emergencies.",
         "Leads the department's response to international crises, including the activation of the Emergency Watch and Response Centre and of rapid deployment teams.",
         "Develops policies, standards and training for consular officers in the network of missions.",
         "Briefs ministers, senior management and parliamentarians on high-profile cases.",
         "Manages relationships with other federal departments, provinces, territories and foreign governments on consular matters."],
        ["Dirige la gestion des cas consulaires touchant des Canadiens en détresse à l'étranger, notamment les détentions, les décès, les enlèvements d'enfants et les urgences médicales.",
         "Dirige l'intervention du Ministère lors de crises internationales, y compris l'activation du Centre de veille et d'intervention d'urgence et des équipes de déploiement rapide.",
         "Élabore les politiques, les normes et la formation des agents consulaires du réseau des missions.",
         "Informe les ministres, la haute direction et les parlementaires sur les cas très médiatisés.",
         "Gère les relations avec les autres ministères fédéraux, les provinces, les territoires et les gouvernements étrangers en matière consulaire."],
    ),
    "trade": (
        ["Develops and implements trade and investment strategies for priority markets and sectors.",
         "Directs the delivery of services to Canadian businesses by trade commissioners in Canada and abroad.",
         "Provides strategic advice to the Minister and senior management on market access, trade disputes and negotiations.",
         "Builds and maintains partnerships with provinces, territories, industry associations and foreign governments.",
         "Manages the human and financial resources of the organization and reports on results."],
        ["Élabore et met en œuvre des stratégies de commerce et d'investissement pour les marchés et secteurs prioritaires.",
         "Dirige la prestation des services aux entreprises canadiennes par les délégués commerciaux au Canada et à l'étranger.",
         "Fournit des conseils stratégiques au ministre et à la haute direction sur l'accès aux marchés, les différends commerciaux et les négociations.",
         "Établit et entretient des partenariats avec les provinces, les territoires, les associations industrielles et les gouvernements étrangers.",
         "Gère les ressources humaines et financières de l'organisation et rend compte des résultats."],
    ),
    "development": (
        ["Directs the planning, approval, implementation and monitoring of development and humanitarian projects and programs.",
         "Manages the fiduciary, operational and reputational risks of the programming portfolio.",
         "Leads policy dialogue with partner governments, donors, multilateral institutions and civil society organizations.",
         "Ensures that programming integrates gender equality, environmental sustainability and governance considerations.",
         "Reports on results to senior management, central agencies and Parliament."],
        ["Dirige la planification, l'approbation, la mise en œuvre et le suivi des projets et programmes de développement et d'aide humanitaire.",
         "Gère les risques fiduciaires, opérationnels et de réputation du portefeuille de programmation.",
         "Dirige le dialogue sur les politiques avec les gouvernements partenaires, les bailleurs de fonds, les institutions multilatérales et les organisations de la société civile.",
         "Veille à ce que la programmation intègre l'égalité des genres, la durabilité environnementale et la gouvernance.",
         "Rend compte des résultats à la haute direction, aux organismes centraux et au Parlement."],
    ),
    "corporate": (
        ["Develops and implements policies, standards and service models for the function at headquarters and missions.",
         "Directs the delivery of services to program areas, missions and partner departments.",
         "Provides expert advice to senior management and heads of mission.",
         "Leads modernization and transformation initiatives and the associated investment planning.",
         "Manages the human, financial and material resources of the directorate."],
        ["Élabore et met en œuvre les politiques, les normes et les modèles de service de la fonction à l'administration centrale et dans les missions.",
         "Dirige la prestation des services aux secteurs de programme, aux missions et aux ministères partenaires.",
         "Fournit des conseils d'expert à la haute direction et aux chefs de mission.",
         "Dirige les initiatives de modernisation et de transformation et la planification des investissements connexes.",
         "Gère les ressources humaines, financières et matérielles de la direction."],
    ),
    "defence": (
        ["Directs the planning, delivery and oversight of the organization's programs in support of Canadian Armed Forces operations and readiness.",
         "Provides authoritative advice to the Assistant Deputy Minister, the Deputy Minister and senior military leadership.",
         "Manages relationships with central agencies, other government departments, industry and allies.",
         "Ensures compliance with Treasury Board policies on real property, materiel, procurement and financial management.",
         "Manages the civilian and military human resources and the financial resources assigned to the organization."],
        ["Dirige la planification, la prestation et la surveillance des programmes de l'organisation à l'appui des opérations et de la disponibilité opérationnelle des Forces armées canadiennes.",
         "Fournit des conseils faisant autorité au sous-ministre adjoint, au sous-ministre et aux hauts dirigeants militaires.",
         "Gère les relations avec les organismes centraux, les autres ministères, l'industrie et les alliés.",
         "Veille au respect des politiques du Conseil du Trésor sur les biens immobiliers, le matériel, l'approvisionnement et la gestion financière.",
         "Gère les ressources humaines civiles et militaires et les ressources financières affectées à l'organisation."],
    ),
}

CSR = (
    "Strategic leadership and management of {u} for the Government of Canada and Canadians.",
    "Leadership stratégique et gestion de {u} au profit du gouvernement du Canada et des Canadiens.",
)

CERT = (
    "The foregoing is an accurate and complete statement of the duties and responsibilities assigned to the position.",
    "La présente description représente fidèlement et intégralement les fonctions et responsabilités attribuées au poste.",
)

PEOPLE = [
    "Marguerite Lefebvre-Asante", "Daniel Okonkwo", "Sophie Tremblay-Vu", "Rajinder Gill", "Hélène Bastarache",
    "Gregory MacIsaac", "Amina Diallo", "Pierre-Luc Gaudreault", "Catherine Whitfield", "Nadia Haddad",
    "Jean-François Ouellet", "Olga Kowalczyk", "Thomas Birch", "Mireille Saint-Amand", "Kwame Boateng",
    "Isabelle Charest", "Douglas Fraser", "Leila Mansour", "François Nadeau", "Emily Chen-Morrison",
    "Robert Pelletier", "Anjali Mehta", "Louis-Philippe Comeau", "Sandra Kirkpatrick", "Yannick Desrosiers",
    "Fatima Benali", "Patrick O'Rourke", "Claudine Simard", "Arjun Raghavan", "Josée Lamontagne",
    "Michael Sorensen", "Annie Thériault", "Brendan Walsh", "Sylvie Marchand", "Tariq Hussain",
    "Geneviève Paquin", "Colin McTavish", "Élise Fournier", "Victor Almeida", "Rachel Goldberg",
    "Stéphane Larocque", "Priya Natarajan", "Martin Beaulieu", "Deborah Ncube", "Alain Côté",
    "Karen Lindqvist", "Mathieu Gagnon", "Grace Adeyemi", "Luc Bergeron", "Heather Campbell",
]

# General accountability written for positions the kind's wording does not fit
GA_OVERRIDE = {
    "i9": ("The {t} is accountable for the development of policy and program advice on refugee resettlement "
           "and asylum, for Canada's engagement with the United Nations High Commissioner for Refugees and "
           "like-minded countries, and for the coherence of the department's refugee programs.",
           "Le {t} est responsable de l'élaboration de conseils stratégiques et de programmes sur la "
           "réinstallation des réfugiés et l'asile, de la collaboration du Canada avec le Haut Commissariat des "
           "Nations Unies pour les réfugiés et les pays aux vues similaires, et de la cohérence des programmes "
           "du Ministère à l'intention des réfugiés."),
    "i10": ("The {t} is accountable for the operational management of Canada's refugee resettlement programs, "
            "including government-assisted and privately sponsored refugees, for the coordination of "
            "movements with the International Organization for Migration and missions abroad, and for "
            "meeting annual resettlement commitments.",
            "Le {t} est responsable de la gestion opérationnelle des programmes de réinstallation des réfugiés "
            "du Canada, notamment les réfugiés pris en charge par le gouvernement et parrainés par le secteur "
            "privé, de la coordination des mouvements avec l'Organisation internationale pour les migrations "
            "et les missions à l'étranger, et du respect des engagements annuels de réinstallation."),
    "i12": ("The {t} is accountable for the management of settlement and resettlement assistance funding "
            "agreements with service provider organizations in British Columbia, Yukon, the Prairies and the "
            "Northwest Territories, and for the results achieved for newcomers.",
            "Le {t} est responsable de la gestion des accords de financement de l'établissement et de l'aide à "
            "la réinstallation conclus avec les fournisseurs de services en Colombie-Britannique, au Yukon, "
            "dans les Prairies et dans les Territoires du Nord-Ouest, ainsi que des résultats obtenus pour les "
            "nouveaux arrivants."),
    "i15": ("The {t} is accountable for the processing of asylum claims made in Quebec, from eligibility "
            "determination to referral to the Immigration and Refugee Board, in accordance with the Immigration "
            "and Refugee Protection Act.",
            "La {t} est responsable du traitement des demandes d'asile présentées au Québec, de l'examen de la "
            "recevabilité au renvoi à la Commission de l'immigration et du statut de réfugié, conformément à la "
            "Loi sur l'immigration et la protection des réfugiés."),
    "i13": ("The {t} is accountable for protecting the integrity of the Canadian passport and the Passport "
            "Program, including entitlement review, investigations of fraud and misuse, and the security "
            "features of travel documents.",
            "Le {t} est responsable de la protection de l'intégrité du passeport canadien et du Programme de "
            "passeport, y compris l'examen de l'admissibilité, les enquêtes sur la fraude et l'utilisation "
            "abusive, et les éléments de sécurité des documents de voyage."),
    "d5": ("The {t} is accountable for representing Canada's defence policy positions at the North Atlantic "
           "Council's committees, for advising the Permanent Representative and National Defence on "
           "developments in the Alliance, and for supporting ministerial meetings.",
           "Le {t} est responsable de représenter les positions du Canada en matière de politique de défense "
           "aux comités du Conseil de l'Atlantique Nord, de conseiller le représentant permanent et la Défense "
           "nationale sur l'évolution de l'Alliance et d'appuyer les réunions ministérielles."),
}
