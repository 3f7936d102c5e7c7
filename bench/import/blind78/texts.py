"""Positions, people and prose for the blind78 corpus (a deputy head's talent-management
delegate's folder in a mid-size policy department, Canadian Heritage). Every position and every
person is invented; the departments, sectors and programs are real names."""

PCH = ("Canadian Heritage", "Patrimoine canadien")
HQ = ("Gatineau, Quebec", "Gatineau (Québec)")

# key: (level, title_en, title_fr, sector/branch (en, fr), supervisor key, location key, theme key)
SUPERIORS = {
    "DM": ("DM", "Deputy Minister", "Sous-ministre", None),
    "ADMS": ("EX-05", "Assistant Deputy Minister, Sport, Major Events and Commemorations",
             "Sous-ministre adjoint, Sport, grands événements et commémorations", "00010422"),
    "DGCP": ("EX-03", "Director General, Citizen Participation",
             "Directeur général, Participation des citoyens", "17218"),
}

UNITS = {
    "culture": ("Cultural Affairs", "Affaires culturelles"),
    "olhr": ("Official Languages, Heritage and Regions", "Langues officielles, patrimoine et régions"),
    "sppca": ("Strategic Policy, Planning and Corporate Affairs",
              "Politique stratégique, planification et affaires ministérielles"),
    "cfo": ("Chief Financial Officer Branch", "Direction générale du dirigeant principal des finances"),
    "bccm": ("Broadcasting, Copyright and Creative Marketplace", "Radiodiffusion, droit d'auteur et marché créatif"),
    "arts": ("Arts", "Arts"),
    "heritage": ("Heritage", "Patrimoine"),
    "ol": ("Official Languages", "Langues officielles"),
    "regops": ("Regional Operations", "Opérations régionales"),
    "stratpol": ("Strategic Policy", "Politique stratégique"),
    "iia": ("Intergovernmental and International Affairs", "Affaires intergouvernementales et internationales"),
    "sport": ("Sport Canada", "Sport Canada"),
    "finmgmt": ("Financial Management", "Gestion financière"),
    "hr": ("Human Resources and Workplace Management", "Ressources humaines et gestion du milieu de travail"),
    "ontario": ("Ontario Region", "Région de l'Ontario"),
    "quebec": ("Quebec Region", "Région du Québec"),
    "western": ("Western Region", "Région de l'Ouest"),
    "citizen": ("Citizen Participation", "Participation des citoyens"),
}

LOCATIONS = {
    "hq": ("Gatineau, Quebec", "Gatineau (Québec)"),
    "ottawa": ("Ottawa, Ontario", "Ottawa (Ontario)"),
    "toronto": ("Toronto, Ontario", "Toronto (Ontario)"),
    "montreal": ("Montréal, Quebec", "Montréal (Québec)"),
    "vancouver": ("Vancouver, British Columbia", "Vancouver (Colombie-Britannique)"),
}

# Themes: (what the unit does, en; fr)
THEMES = {
    "culture": ("the Department's cultural policies and programs for the arts, broadcasting, copyright, "
                "the creative industries and the Canadian content that reaches audiences at home and abroad",
                "les politiques et programmes culturels du Ministère touchant les arts, la radiodiffusion, "
                "le droit d'auteur, les industries créatives et le contenu canadien"),
    "olhr": ("the official languages support programs, the heritage and museums programs and the "
             "delivery of departmental programs through the regional offices",
             "les programmes d'appui aux langues officielles, les programmes du patrimoine et des musées "
             "et la prestation des programmes ministériels par les bureaux régionaux"),
    "sppca": ("strategic policy, planning, intergovernmental and international relations, "
              "human resources and the corporate management of the Department",
              "la politique stratégique, la planification, les relations intergouvernementales et "
              "internationales, les ressources humaines et la gestion ministérielle"),
    "cfo": ("the stewardship of the Department's financial resources, its financial policy, "
            "planning, accounting and internal control",
            "la gérance des ressources financières du Ministère, sa politique financière, sa "
            "planification, sa comptabilité et son contrôle interne"),
    "bccm": ("broadcasting, copyright, online news and the creative marketplace, including the "
             "modernization of the legislative framework for broadcasting and copyright",
             "la radiodiffusion, le droit d'auteur, les nouvelles en ligne et le marché créatif, y compris "
             "la modernisation du cadre législatif de la radiodiffusion et du droit d'auteur"),
    "arts": ("the arts programs (Canada Arts Presentation Fund, Canada Cultural Spaces Fund, Canada "
             "Arts Training Fund) and arts policy",
             "les programmes des arts (Fonds du Canada pour la présentation des arts, Fonds du Canada "
             "pour les espaces culturels, Fonds du Canada pour la formation dans le secteur des arts) "
             "et la politique des arts"),
    "heritage": ("heritage policy, the Museums Assistance Program, movable cultural property and the "
                 "Canada Travelling Exhibitions Indemnification Program",
                 "la politique du patrimoine, le Programme d'aide aux musées, les biens culturels "
                 "mobiliers et le Programme d'indemnisation pour les expositions itinérantes au Canada"),
    "ol": ("the Official Languages Support Programs, the Action Plan for Official Languages and the "
           "Department's responsibilities under Part VII of the Official Languages Act",
           "les Programmes d'appui aux langues officielles, le Plan d'action pour les langues "
           "officielles et les responsabilités du Ministère en vertu de la partie VII de la Loi sur "
           "les langues officielles"),
    "regops": ("the grants and contributions programs delivered through the Department's five "
               "regional offices and the regional presence of the Department",
               "la prestation des programmes de subventions et contributions par les cinq bureaux "
               "régionaux et la présence régionale du Ministère"),
    "stratpol": ("the Department's strategic policy agenda, Cabinet and parliamentary affairs, "
                 "research and the coordination of policy across the Canadian Heritage portfolio",
                 "le programme de politique stratégique du Ministère, les affaires du Cabinet et "
                 "parlementaires, la recherche et la coordination des politiques du portefeuille"),
    "iia": ("federal-provincial-territorial relations and the Department's international "
            "cultural relations, including UNESCO and la Francophonie",
            "les relations fédérales-provinciales-territoriales et les relations culturelles "
            "internationales du Ministère, notamment avec l'UNESCO et la Francophonie"),
    "sport": ("federal sport policy, the Sport Support Program, the Athlete Assistance Program and "
              "the hosting of major international games in Canada",
              "la politique fédérale du sport, le Programme de soutien au sport, le Programme d'aide "
              "aux athlètes et l'accueil de grands jeux internationaux au Canada"),
    "finmgmt": ("financial planning, resource management, accounting operations and financial "
                "policy", "la planification financière, la gestion des ressources, les opérations "
                "comptables et la politique financière"),
    "hr": ("human resources programs and services, executive services, labour relations, "
           "workplace wellness and the management of the workplace",
           "les programmes et services de ressources humaines, les services aux cadres, les "
           "relations de travail, le mieux-être et la gestion du milieu de travail"),
    "region": ("the Department's programs in the region and its relations with "
               "regional stakeholders, communities and provincial governments",
               "les programmes du Ministère dans la région et les relations avec les "
               "intervenants, les communautés et le gouvernement provincial"),
    "citizen": ("the Digital Citizen Initiative and programs that build resilience against online "
                "disinformation", "l'Initiative de citoyenneté numérique et les programmes qui "
                "renforcent la résilience face à la désinformation en ligne"),
}

FIRST = ["Marguerite", "Declan", "Sylvie", "Arjun", "Nathalie", "Graham", "Océane", "Tobias",
         "Hélène", "Priya", "Benoît", "Corinne", "Malik", "Ingrid", "Rémi", "Lorna", "Jasper",
         "Geneviève", "Farida", "Stéphane", "Wendell", "Annick", "Keziah", "Martin", "Isabeau",
         "Colm", "Yasmine", "Philippe", "Dorothea", "Guillaume", "Renata", "Eamon", "Chantale",
         "Thaddeus", "Mireille", "Oluwaseun", "Pascale", "Bertrand", "Fenella", "Anouk"]
LAST = ["Lafrenière", "Osei-Morrow", "Tremblay-Quist", "Vandersloot", "Bellefeuille", "Achterberg",
        "Nakamura-Roy", "Desrochers", "MacInnes", "Kowalczyk", "Thibodeau", "Okonkwo", "Lachapelle",
        "Strathdee", "Beauséjour", "Haldane", "Rivard-Singh", "Cormier", "Duquette", "Ferreira",
        "Pomerleau", "Whitcombe", "Gagnon-Ellis", "Ouellette", "Brannigan", "Saint-Amour", "Petrakis",
        "Lévesque", "Marchbank", "Dufresne", "Abernethy", "Caron-Mbeki", "Villeneuve", "Ostrowski",
        "Boisvenu", "Kerrigan", "Paquin", "Yusuf", "Archambault", "Delisle",
        "Fairweather", "Gendron", "Halvorsen", "Lapointe-Adeyemi", "Mulcair-Bright", "Noiseux", "Quennell",
        "Rousseau-Tan", "Sauvageau", "Trudgeon", "Vachon", "Wojcik"]

# Direct-report titles by theme: (title_en, title_fr, classification)
REPORT_POOL = {
    "policy": [("Manager, Policy Development", "Gestionnaire, Élaboration des politiques", "EC-07"),
               ("Manager, Research and Analysis", "Gestionnaire, Recherche et analyse", "EC-07"),
               ("Senior Policy Advisor", "Conseiller principal en politiques", "EC-06"),
               ("Manager, Legislative Initiatives", "Gestionnaire, Initiatives législatives", "EC-07"),
               ("Manager, Stakeholder Engagement", "Gestionnaire, Mobilisation des intervenants", "EC-07"),
               ("Senior Economist", "Économiste principal", "EC-06")],
    "program": [("Manager, Program Operations", "Gestionnaire, Opérations des programmes", "PM-06"),
                ("Manager, Program Policy and Design", "Gestionnaire, Politique et conception des programmes", "EC-07"),
                ("Manager, Grants and Contributions", "Gestionnaire, Subventions et contributions", "PM-06"),
                ("Manager, Performance Measurement", "Gestionnaire, Mesure du rendement", "EC-06"),
                ("Senior Program Officer", "Agent principal de programmes", "PM-05"),
                ("Manager, Client Services", "Gestionnaire, Services aux clients", "PM-06")],
    "finance": [("Manager, Financial Planning", "Gestionnaire, Planification financière", "FI-04"),
                ("Manager, Resource Management", "Gestionnaire, Gestion des ressources", "FI-03"),
                ("Manager, Accounting Operations", "Gestionnaire, Opérations comptables", "FI-04"),
                ("Manager, Financial Policy and Internal Control", "Gestionnaire, Politique financière et contrôle interne", "FI-04"),
                ("Senior Financial Analyst", "Analyste financier principal", "FI-03")],
    "hr": [("Manager, Executive Services", "Gestionnaire, Services aux cadres", "PE-06"),
           ("Manager, Talent Management and Leadership Development", "Gestionnaire, Gestion des talents et perfectionnement en leadership", "PE-06"),
           ("Manager, Labour Relations", "Gestionnaire, Relations de travail", "PE-06"),
           ("Manager, Workplace Wellness", "Gestionnaire, Mieux-être en milieu de travail", "PE-05"),
           ("Senior Advisor, Executive Resourcing", "Conseiller principal, Dotation des cadres", "PE-05")],
    "parl": [("Manager, Cabinet Affairs", "Gestionnaire, Affaires du Cabinet", "EC-07"),
             ("Manager, Parliamentary Affairs", "Gestionnaire, Affaires parlementaires", "EC-07"),
             ("Senior Advisor, Ministerial Liaison", "Conseiller principal, Liaison ministérielle", "EC-06")],
}
SUPPORT = [("Executive Assistant", "Adjoint exécutif", "AS-02"),
           ("Administrative Assistant", "Adjointe administrative", "AS-01"),
           ("Special Advisor to the Director", "Conseiller spécial du directeur", "EC-06")]

GA_EN = [
    "The {title} is accountable for the leadership, development and delivery of {theme}.",
    "Under the direction of the {sup}, the {title} provides strategic leadership and direction for {theme}.",
    "The {title} is accountable for providing strategic advice, direction and management for {theme}, in support of the Minister and the Deputy Minister.",
]
GA2_EN = [
    "The position also provides expert advice to senior management, central agencies and portfolio organizations and represents the Department in federal, provincial and territorial fora.",
    "The incumbent manages the human, financial and material resources of the organization and ensures the integration of its activities with departmental priorities.",
    "This includes the management of grants and contributions, the development of Memoranda to Cabinet and Treasury Board submissions, and the evaluation of results.",
]
GA_FR = [
    "Le titulaire du poste de {title} est responsable de la direction, de l'élaboration et de la prestation {theme_de}.",
    "Sous l'autorité {sup_du}, {title_le} assure le leadership stratégique et l'orientation {theme_de}.",
    "{Title_le} fournit des conseils stratégiques, une orientation et une gestion pour {theme}, à l'appui de la ministre et de la sous-ministre.",
]
GA2_FR = [
    "Le poste fournit également des conseils d'expert à la haute direction, aux organismes centraux et aux organismes du portefeuille, et représente le Ministère dans les forums fédéraux, provinciaux et territoriaux.",
    "Le titulaire gère les ressources humaines, financières et matérielles de l'organisation et veille à l'intégration de ses activités aux priorités ministérielles.",
    "Cela comprend la gestion des subventions et contributions, la préparation de mémoires au Cabinet et de présentations au Conseil du Trésor, et l'évaluation des résultats.",
]
NATURE_EN = [
    "Canadian Heritage and its portfolio organizations play a vital role in the cultural, civic and economic life of Canadians. The Department works in a complex environment shaped by rapid technological change, the transformation of the creative industries and the expectations of diverse communities across the country.",
    "The work of the organization is highly visible and politically sensitive. The incumbent must reconcile the competing priorities of stakeholders, provinces and territories, portfolio agencies and central agencies, often within very short timelines set by Cabinet and Parliament.",
    "A key challenge is to modernize programs that were designed for an analog environment while maintaining the trust of the arts, heritage, sport and official-language communities that depend on them.",
    "The incumbent leads a team of policy analysts, program officers and advisors, and must build and sustain partnerships with other federal departments, provincial and territorial governments, Indigenous organizations and the private and not-for-profit sectors.",
    "The Director General is one of several senior executives in the sector and contributes to the corporate management of the Department as a member of the Executive Committee and its sub-committees.",
]
NATURE_FR = [
    "Patrimoine canadien et les organismes de son portefeuille jouent un rôle essentiel dans la vie culturelle, civique et économique des Canadiens. Le Ministère évolue dans un environnement complexe marqué par l'évolution rapide des technologies, la transformation des industries créatives et les attentes de communautés diverses.",
    "Le travail de la direction est très visible et délicat sur le plan politique. Le titulaire doit concilier les priorités concurrentes des intervenants, des provinces et territoires, des organismes du portefeuille et des organismes centraux, souvent dans des délais très courts.",
    "Un défi important consiste à moderniser des programmes conçus pour un environnement analogique tout en conservant la confiance des communautés des arts, du patrimoine, du sport et des langues officielles.",
    "Le titulaire dirige une équipe d'analystes de politiques, d'agents de programmes et de conseillers, et doit établir et maintenir des partenariats avec d'autres ministères fédéraux, les gouvernements provinciaux et territoriaux, les organisations autochtones et les secteurs privé et sans but lucratif.",
]
SPEC_EN = [
    "Provides strategic direction and leadership for the development and implementation of policies, programs and initiatives in the area of {short}.",
    "Advises the {sup}, the Deputy Minister and the Minister on emerging issues, risks and opportunities, and prepares Memoranda to Cabinet, Treasury Board submissions and briefing materials.",
    "Establishes and maintains effective relationships with central agencies, other federal departments, provinces and territories, portfolio organizations and stakeholders.",
    "Directs the design, delivery and evaluation of grants and contributions programs, ensuring sound stewardship of public funds and compliance with the Policy on Transfer Payments.",
    "Manages the human, financial and material resources of the organization, including the recruitment, development and retention of a diverse and bilingual workforce.",
    "Represents the Department on interdepartmental, federal-provincial-territorial and international committees and working groups.",
    "Leads the development of performance measurement strategies and reports on results to senior management and Parliament.",
    "Contributes, as a member of the sector's management team, to departmental planning, priority setting and corporate decision-making.",
    "Oversees the preparation of responses to parliamentary committees, Access to Information requests and audits and evaluations.",
]
SPEC_FR = [
    "Assure l'orientation stratégique et le leadership de l'élaboration et de la mise en œuvre des politiques, programmes et initiatives de la direction ({unit}).",
    "Conseille {sup_le}, la sous-ministre et la ministre sur les enjeux, les risques et les occasions, et prépare des mémoires au Cabinet, des présentations au Conseil du Trésor et des documents d'information.",
    "Établit et entretient des relations efficaces avec les organismes centraux, les autres ministères fédéraux, les provinces et territoires, les organismes du portefeuille et les intervenants.",
    "Dirige la conception, la prestation et l'évaluation des programmes de subventions et contributions, en veillant à la saine gestion des fonds publics et au respect de la Politique sur les paiements de transfert.",
    "Gère les ressources humaines, financières et matérielles de l'organisation, y compris le recrutement, le perfectionnement et le maintien en poste d'un effectif diversifié et bilingue.",
    "Représente le Ministère au sein de comités et de groupes de travail interministériels, fédéraux-provinciaux-territoriaux et internationaux.",
    "Dirige l'élaboration de stratégies de mesure du rendement et rend compte des résultats à la haute direction et au Parlement.",
    "Contribue, à titre de membre de l'équipe de gestion du secteur, à la planification, à l'établissement des priorités et à la prise de décisions ministérielles.",
]
CSR_EN = [
    "Policy advice, programs and services in {short} for the Minister, the Deputy Minister, portfolio organizations and Canadians.",
    "Strategic leadership and management of {short} for the Department and its partners, in support of the Government's priorities.",
]
CSR_FR = [
    "Conseils stratégiques, programmes et services ({unit}) pour la ministre, la sous-ministre, les organismes du portefeuille et la population canadienne.",
]
KEY_EN = [
    "Leading the development of policy options, strategies and legislative and regulatory proposals.",
    "Directing the delivery and continuous improvement of programs and services to clients.",
    "Building partnerships with provinces, territories, stakeholders and other federal organizations.",
    "Providing authoritative advice and briefings to the Minister's office and senior management.",
    "Managing resources, people and risks to achieve results and to foster an inclusive, bilingual workplace.",
    "Representing the Department and negotiating agreements with partners.",
]
KEY_FR = [
    "Diriger l'élaboration d'options stratégiques, de stratégies et de propositions législatives et réglementaires.",
    "Diriger la prestation et l'amélioration continue des programmes et services offerts aux clients.",
    "Établir des partenariats avec les provinces, les territoires, les intervenants et d'autres organisations fédérales.",
    "Fournir des conseils et des séances d'information faisant autorité au cabinet de la ministre et à la haute direction.",
    "Gérer les ressources, les personnes et les risques afin d'atteindre les résultats et de favoriser un milieu de travail inclusif et bilingue.",
]
REPORT_RESP_EN = ["responsible for policy analysis and advice", "responsible for program delivery and client relations",
                  "accountable for research, data and performance measurement", "responsible for stakeholder engagement and outreach",
                  "accountable for the management of grants and contributions", "responsible for planning, coordination and briefing"]
REPORT_RESP_FR = ["responsable de l'analyse et des conseils en matière de politiques", "responsable de la prestation des programmes et des relations avec les clients",
                  "chargé de la recherche, des données et de la mesure du rendement", "responsable de la mobilisation des intervenants",
                  "chargé de la gestion des subventions et contributions"]
