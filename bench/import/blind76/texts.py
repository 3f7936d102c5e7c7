"""Prose, label forms and notations for the blind76 corpus (a fisheries department's EX
classification archive, 2004-2026). Written for this corpus; the wording follows the seed
documents and the usual EX work-description sections."""

# --- prose by family of position: general accountability, nature and scope, specific
# accountabilities, client-service results and key activities; English and French -------------

PROSE = {
    "science": {
        "en": {
            "ga": "The {title} is accountable for the planning, direction and delivery of the {region} "
                  "science program in support of the Department's mandate for sustainable fisheries, "
                  "healthy aquatic ecosystems and safe navigation; for the provision of peer-reviewed "
                  "science advice to fisheries and oceans managers; and for the management of the "
                  "{institute} and the Department's research vessels and field stations in the region.",
            "ns": [
                "Fisheries and Oceans Canada is a science-based department. Decisions on total allowable "
                "catches, habitat protection, aquaculture siting and species at risk depend on stock "
                "assessments, ecosystem research and ocean monitoring carried out by the regional science "
                "branches. The {region} science program covers {area}, and must balance long-term research "
                "against the growing demand for short-notice advice on fisheries, oil and gas, marine "
                "protected areas and climate change.",
                "The incumbent leads a multidisciplinary organization of research scientists, biologists, "
                "physical scientists, technicians and ships' crews, and directs research partnerships with "
                "universities, provincial agencies, Indigenous organizations and the fishing industry. The "
                "Regional Director represents the Department on national and international science bodies "
                "(NAFO, ICES, PICES) and is the region's senior authority on the quality and independence "
                "of science advice.",
                "Major challenges include sustaining aging research infrastructure and vessels, recruiting "
                "and retaining specialized scientific staff, and reconciling national science priorities "
                "with the operational requirements of regional fisheries management, often on timelines "
                "driven by court decisions, ministerial commitments or public controversy.",
            ],
            "sa": [
                "Directs the planning, delivery and evaluation of the regional research and monitoring "
                "program in fisheries, aquatic ecosystems, oceanography and hydrography.",
                "Ensures the timely provision of peer-reviewed science advice through the Canadian Science "
                "Advisory Secretariat process to regional and national decision-makers.",
                "Manages the {institute}, its laboratories, field stations and science vessel time, "
                "including health and safety, asset renewal and accommodation plans.",
                "Establishes and maintains research partnerships and collaborative agreements with "
                "universities, other government departments, Indigenous groups and industry.",
                "Represents the Department at national and international scientific fora and negotiates "
                "Canada's science position on shared stocks and ecosystems.",
                "As a member of the regional management committee, contributes to corporate planning, "
                "resource allocation and decision-making, and manages the branch's human, financial and "
                "material resources.",
            ],
        },
        "fr": {
            "ga": "Le {title} est responsable de la planification, de l'orientation et de la prestation du "
                  "programme des sciences de la {region} à l'appui du mandat du Ministère en matière de pêches "
                  "durables, d'écosystèmes aquatiques sains et de navigation sécuritaire; de la prestation "
                  "d'avis scientifiques évalués par les pairs aux gestionnaires des pêches et des océans; et de "
                  "la gestion {inst_de} ainsi que des navires de recherche et des stations de terrain "
                  "du Ministère dans la région.",
            "ns": [
                "Pêches et Océans Canada est un ministère à vocation scientifique. Les décisions relatives "
                "aux totaux autorisés des captures, à la protection de l'habitat, à l'emplacement des sites "
                "aquacoles et aux espèces en péril reposent sur les évaluations des stocks, la recherche sur "
                "les écosystèmes et la surveillance océanographique réalisées par les directions régionales "
                "des sciences. Le programme régional couvre {area}.",
                "Le titulaire dirige une organisation multidisciplinaire composée de chercheurs, de "
                "biologistes, de spécialistes des sciences physiques, de techniciens et d'équipages, et "
                "dirige des partenariats de recherche avec les universités, les organismes provinciaux, les "
                "organisations autochtones et l'industrie de la pêche. Il représente le Ministère au sein "
                "d'organismes scientifiques nationaux et internationaux (OPANO, CIEM).",
                "Parmi les principaux défis, mentionnons le maintien d'une infrastructure de recherche et "
                "d'une flotte vieillissantes, le recrutement et le maintien en poste d'un personnel "
                "scientifique spécialisé, ainsi que la conciliation des priorités scientifiques nationales "
                "avec les besoins opérationnels de la gestion régionale des pêches.",
            ],
            "sa": [
                "Dirige la planification, la réalisation et l'évaluation du programme régional de recherche "
                "et de surveillance en matière de pêches, d'écosystèmes aquatiques, d'océanographie et "
                "d'hydrographie.",
                "Veille à la prestation en temps opportun d'avis scientifiques évalués par les pairs, par "
                "l'entremise du Secrétariat canadien de consultation scientifique.",
                "Gère {inst_le}, ses laboratoires, ses stations de terrain et le temps-navire alloué aux "
                "sciences, y compris la santé et la sécurité et le renouvellement des biens.",
                "Établit et maintient des partenariats de recherche et des ententes de collaboration avec les "
                "universités, d'autres ministères, les groupes autochtones et l'industrie.",
                "Représente le Ministère aux tribunes scientifiques nationales et internationales.",
                "À titre de membre du comité de gestion régional, contribue à la planification, à "
                "l'affectation des ressources et à la prise de décisions, et gère les ressources humaines, "
                "financières et matérielles de la direction.",
            ],
        },
    },
    "fm": {
        "en": {
            "ga": "The {title} is accountable for the management of commercial, recreational and Indigenous "
                  "fisheries in the {region}, including the development and implementation of integrated "
                  "fisheries management plans, licensing, allocation and access decisions, and the "
                  "management of aquaculture, in order to ensure the conservation and sustainable use of "
                  "fisheries resources.",
            "ns": [
                "The fisheries of {area} are among the most valuable in Canada and support hundreds of coastal "
                "communities. The Regional Director works in an environment of declining or uncertain stocks, "
                "competing claims for access, treaty and rights-based fisheries, and intense scrutiny from "
                "harvesters, processors, provinces, environmental organizations and the media.",
                "The position develops advice to the Regional Director General and to the Minister on total "
                "allowable catches, seasons and quotas, and must reconcile science advice with socio-economic "
                "considerations. Decisions are frequently contested and may be challenged in court.",
            ],
            "sa": [
                "Directs the development, consultation and implementation of integrated fisheries management "
                "plans for groundfish, pelagic, shellfish and salmon fisheries.",
                "Manages the regional licensing and allocation programs and recommends access and allocation "
                "decisions to the Regional Director General and the Minister.",
                "Leads consultations with harvester associations, Indigenous communities, provinces and "
                "advisory committees, and negotiates arrangements on shared stocks.",
                "Directs the regional aquaculture management program, including site licensing and "
                "compliance with the Aquaculture Activities Regulations.",
                "Provides strategic advice, briefings and recommendations to senior management on emerging "
                "fisheries issues and crises.",
                "Manages the human, financial and material resources of the branch in accordance with "
                "departmental policies and the values and ethics of the public service.",
            ],
        },
        "fr": {
            "ga": "Le {title} est responsable de la gestion des pêches commerciales, récréatives et autochtones "
                  "dans la {region}, y compris l'élaboration et la mise en oeuvre des plans de gestion intégrée "
                  "des pêches, la délivrance des permis, les décisions d'allocation et d'accès, ainsi que la "
                  "gestion de l'aquaculture, afin d'assurer la conservation et l'utilisation durable des "
                  "ressources halieutiques.",
            "ns": [
                "Les pêches de la région ({area}) soutiennent des centaines de collectivités côtières. Le directeur régional "
                "oeuvre dans un contexte de stocks en déclin ou incertains, de revendications concurrentes "
                "d'accès, de pêches fondées sur des droits issus de traités et d'un examen minutieux de la part "
                "des pêcheurs, des transformateurs, des provinces et des médias.",
                "Le titulaire formule des avis au directeur général régional et au ministre sur les totaux "
                "autorisés des captures, les saisons et les contingents, et doit concilier les avis "
                "scientifiques et les considérations socio-économiques.",
            ],
            "sa": [
                "Dirige l'élaboration, la consultation et la mise en oeuvre des plans de gestion intégrée des "
                "pêches du poisson de fond, des pélagiques, des mollusques et crustacés.",
                "Gère les programmes régionaux de délivrance des permis et d'allocation et recommande les "
                "décisions d'accès au directeur général régional et au ministre.",
                "Dirige les consultations auprès des associations de pêcheurs, des collectivités autochtones, "
                "des provinces et des comités consultatifs.",
                "Dirige le programme régional de gestion de l'aquaculture, y compris la délivrance des permis "
                "de sites.",
                "Fournit des conseils stratégiques, des breffages et des recommandations à la haute direction.",
                "Gère les ressources humaines, financières et matérielles de la direction conformément aux "
                "politiques ministérielles.",
            ],
        },
    },
    "oceans": {
        "en": {
            "ga": "The {title} is accountable for the delivery of the Oceans Act, fish and fish habitat "
                  "protection and species at risk programs in the {region}, including the establishment and "
                  "management of marine protected areas, the review of development projects affecting fish "
                  "habitat, and integrated coastal and oceans management planning.",
            "ns": [
                "The {region} includes {area}. Major resource development projects, urban growth, shipping and "
                "climate change place growing pressure on aquatic ecosystems. The program operates under the "
                "Fisheries Act, the Oceans Act and the Species at Risk Act, and decisions may be subject to "
                "judicial review.",
                "The Regional Director works with provinces, municipalities, Indigenous governments, "
                "proponents and environmental organizations, and must deliver regulatory decisions within "
                "legislated timelines while maintaining credible, science-based protection standards.",
            ],
            "sa": [
                "Directs the regulatory review of works, undertakings and activities affecting fish and fish "
                "habitat and the issuance of authorizations under the Fisheries Act.",
                "Leads the identification, establishment and management of marine protected areas and other "
                "effective area-based conservation measures.",
                "Directs the regional delivery of the Species at Risk program, including recovery planning and "
                "permitting.",
                "Negotiates agreements with provinces, Indigenous governments and partners on integrated "
                "oceans and coastal management.",
                "Provides advice and briefings to the Regional Director General and national headquarters on "
                "major projects and contentious issues.",
                "Manages the human, financial and material resources of the branch.",
            ],
        },
        "fr": {
            "ga": "Le {title} est responsable de la mise en oeuvre de la Loi sur les océans et des programmes de "
                  "protection du poisson et de son habitat et des espèces en péril dans la {region}, y compris "
                  "l'établissement et la gestion des zones de protection marines et l'examen des projets de "
                  "développement touchant l'habitat du poisson.",
            "ns": [
                "La {region} comprend {area}. Les grands projets de mise en valeur des ressources, la "
                "croissance urbaine, la navigation et les changements climatiques exercent des pressions "
                "croissantes sur les écosystèmes aquatiques.",
                "Le directeur régional travaille avec les provinces, les municipalités, les gouvernements "
                "autochtones et les promoteurs, et doit rendre des décisions réglementaires dans les délais "
                "prescrits.",
            ],
            "sa": [
                "Dirige l'examen réglementaire des ouvrages, entreprises et activités touchant le poisson et "
                "son habitat et la délivrance des autorisations prévues par la Loi sur les pêches.",
                "Dirige l'établissement et la gestion des zones de protection marines.",
                "Dirige la mise en oeuvre régionale du programme des espèces en péril.",
                "Négocie des ententes avec les provinces et les gouvernements autochtones.",
                "Fournit des conseils et des breffages au directeur général régional.",
                "Gère les ressources humaines, financières et matérielles de la direction.",
            ],
        },
    },
    "hydro": {
        "en": {
            "ga": "The {title} is accountable for the delivery of the Canadian Hydrographic Service program in "
                  "the {region}: hydrographic surveys, nautical charts and publications, tides, currents and "
                  "water levels, in support of safe navigation, sovereignty and the protection of the marine "
                  "environment.",
            "ns": [
                "The region's waters include {area}, much of which is poorly surveyed. Demand for modern "
                "electronic navigational charts grows with vessel size, port development and Arctic shipping, "
                "while survey seasons are short and platforms are shared with the Canadian Coast Guard.",
                "The Director manages a highly technical workforce of hydrographers, cartographers and "
                "geomatics specialists and represents Canada on international hydrographic committees.",
            ],
            "sa": [
                "Directs the planning and execution of the regional hydrographic survey program.",
                "Ensures the production and maintenance of nautical charts, sailing directions and tide tables "
                "to international standards.",
                "Manages the regional tides, currents and water levels network.",
                "Negotiates vessel and platform time with the Canadian Coast Guard and partners.",
                "Represents the Department on national and international hydrographic bodies.",
                "Manages the division's human, financial and material resources.",
            ],
        },
        "fr": {
            "ga": "Le {title} est responsable de la prestation du programme du Service hydrographique du Canada "
                  "dans la {region} : levés hydrographiques, cartes marines et publications nautiques, marées, "
                  "courants et niveaux d'eau, à l'appui de la sécurité de la navigation.",
            "ns": [
                "Les eaux de la région comprennent {area}. La demande de cartes électroniques de navigation "
                "modernes augmente avec la taille des navires et le développement portuaire, alors que les "
                "saisons de levés sont courtes.",
                "Le directeur gère un effectif hautement spécialisé d'hydrographes, de cartographes et de "
                "spécialistes en géomatique.",
            ],
            "sa": [
                "Dirige la planification et l'exécution du programme régional de levés hydrographiques.",
                "Veille à la production et à la mise à jour des cartes marines et des tables des marées.",
                "Gère le réseau régional des marées, courants et niveaux d'eau.",
                "Négocie le temps-navire avec la Garde côtière canadienne.",
                "Représente le Ministère auprès des organismes hydrographiques.",
                "Gère les ressources humaines, financières et matérielles de la division.",
            ],
        },
    },
    "cp": {
        "en": {
            "ga": "The {title} is accountable for the regional Conservation and Protection program: the "
                  "enforcement of the Fisheries Act and its regulations, compliance promotion, monitoring, "
                  "control and surveillance of fisheries, and the management of the fishery officer cadre "
                  "in the {region}.",
            "ns": [
                "Fishery officers in the {region} patrol {area}. The program operates in a high-risk "
                "environment involving armed enforcement, at-sea boardings and confrontations over access, "
                "and must maintain public confidence while respecting Indigenous and treaty rights.",
            ],
            "sa": [
                "Directs enforcement operations, major investigations and surveillance programs.",
                "Ensures officer safety, training, use-of-force and equipment standards.",
                "Develops compliance strategies with fisheries managers and Indigenous communities.",
                "Manages relationships with the RCMP, provincial enforcement agencies and prosecutors.",
                "Manages the human, financial and material resources of the program.",
            ],
        },
    },
    "sch": {
        "fr": {
            "ga": "Le {title} est responsable de la gestion du programme des Ports pour petits bateaux dans la "
                  "{region} : exploitation, entretien, réparation et dessaisissement d'un réseau de ports de "
                  "pêche et de plaisance, en partenariat avec les administrations portuaires.",
            "ns": [
                "La région compte plus de deux cents ports répartis sur {area}. Les infrastructures "
                "vieillissantes, les tempêtes et l'érosion côtière imposent des choix difficiles quant aux "
                "investissements.",
            ],
            "sa": [
                "Dirige la planification et la réalisation du programme d'immobilisations et d'entretien.",
                "Appuie et encadre les administrations portuaires.",
                "Gère le dessaisissement des ports non essentiels.",
                "Gère les ressources humaines, financières et matérielles de la direction.",
            ],
        },
    },
    "hq": {
        "en": {
            "ga": "The {title} is accountable for providing national leadership and direction for {program}, "
                  "including the development of national policies, standards and frameworks, the coordination "
                  "of regional delivery, and the provision of expert advice to the Assistant Deputy Minister, "
                  "the Deputy Minister and the Minister.",
            "ns": [
                "{program_cap} is delivered in six regions and relies on a national headquarters function to "
                "set priorities, allocate resources, maintain scientific and regulatory standards and report "
                "to central agencies and Parliament. The Director works with other federal departments, "
                "provinces and territories, international organizations and stakeholders.",
                "The position operates in a horizontal and highly visible environment, with frequent requests "
                "for briefings, Memoranda to Cabinet and Treasury Board submissions, and pressure to deliver "
                "new commitments within existing resources.",
            ],
            "sa": [
                "Develops national policies, frameworks and standards for {program}.",
                "Coordinates regional delivery and allocates national resources among regions.",
                "Prepares Memoranda to Cabinet, Treasury Board submissions and reports to Parliament.",
                "Represents the Department with central agencies, other departments and international bodies.",
                "Provides strategic advice and briefings to the ADM, Deputy Minister and Minister.",
                "Manages the directorate's human, financial and material resources.",
            ],
        },
        "fr": {
            "ga": "Le {title} est responsable d'assurer le leadership et l'orientation à l'échelle nationale "
                  "pour {program}, y compris l'élaboration de politiques, de normes et de cadres nationaux, "
                  "la coordination de la prestation dans les régions et la prestation de conseils d'expert "
                  "au sous-ministre adjoint, au sous-ministre et au ministre.",
            "ns": [
                "{program_cap} est offert dans six régions et s'appuie sur une fonction d'administration "
                "centrale chargée d'établir les priorités, de répartir les ressources et de rendre compte aux "
                "organismes centraux et au Parlement.",
                "Le poste évolue dans un environnement horizontal et très visible, marqué par de nombreuses "
                "demandes de breffages, de mémoires au Cabinet et de présentations au Conseil du Trésor.",
            ],
            "sa": [
                "Élabore les politiques, cadres et normes nationaux {program_de}.",
                "Coordonne la prestation régionale et répartit les ressources nationales entre les régions.",
                "Prépare des mémoires au Cabinet, des présentations au Conseil du Trésor et des rapports au "
                "Parlement.",
                "Représente le Ministère auprès des organismes centraux et des organisations internationales.",
                "Fournit des conseils stratégiques et des breffages au SMA, au sous-ministre et au ministre.",
                "Gère les ressources humaines, financières et matérielles de la direction.",
            ],
        },
    },
}

# client-service-results / key-activities template (used by some documents instead of the
# general accountability + specific accountabilities pair)
CSR = {
    "en": ("Client Service Results", "Key Activities",
           "Sound, timely science and program advice, and effective delivery of {program} for Canadians, "
           "fishers, coastal communities and Indigenous partners."),
    "fr": ("Résultats axés sur le service à la clientèle", "Activités principales",
           "Des avis scientifiques et des conseils sur les programmes judicieux et opportuns, et une "
           "prestation efficace {program} pour les Canadiens, les pêcheurs, les collectivités côtières et "
           "les partenaires autochtones."),
}

CERT = {
    "en": "The foregoing is an accurate and complete statement of the duties and responsibilities assigned "
          "to the position.",
    "fr": "Ce qui précède est un énoncé exact et complet des fonctions et responsabilités attribuées au poste.",
}

# --- label forms ---------------------------------------------------------------------------------

FIELDS = ["title", "classification", "job_code", "position_number", "effective_date", "location",
          "sup_no", "sup_title", "sup_cls"]

LABELS = {
    "en_a": ["Position Title", "Classification", "Job Code", "Position Number", "Effective Date",
             "Geographic Location", "Supervisor's Position No.", "Supervisor's Position Title",
             "Supervisor's Classification"],
    "en_b": ["Title", "Group and Level", "Generic Job No.", "Position No.", "Date Effective",
             "Location", "Reports to (Position No.)", "Reports to (Title)", "Reports to (Group/Level)"],
    "en_c": ["POSITION TITLE", "GROUP/LEVEL", "JOB CODE", "POSITION NUMBER", "EFFECTIVE DATE",
             "WORK LOCATION", "SUPERVISOR POSITION NUMBER", "SUPERVISOR TITLE", "SUPERVISOR GROUP/LEVEL"],
    "en_d": ["Official Title", "Level", "Standard Job No.", "Pos. No.", "Classification Date",
             "Work Site", "Supervisor Pos. No.", "Immediate Supervisor", "Supervisor Level"],
    "fr_a": ["Titre du poste", "Classification", "Code d'emploi", "Numéro du poste",
             "Date d'entrée en vigueur", "Lieu géographique", "Numéro du poste du superviseur",
             "Titre du poste du superviseur", "Classification du superviseur"],
    "fr_b": ["Titre", "Groupe et niveau", "No de la description type", "No du poste", "En vigueur le",
             "Lieu de travail", "Relève de (no de poste)", "Relève de (titre)", "Relève de (groupe/niveau)"],
    "fr_c": ["INTITULÉ DU POSTE", "GROUPE/NIVEAU", "CODE DE L'EMPLOI", "NUMÉRO DE POSTE",
             "DATE DE PRISE D'EFFET", "EMPLACEMENT", "N° DU POSTE DU SUPÉRIEUR", "TITRE DU SUPÉRIEUR",
             "GROUPE/NIVEAU DU SUPÉRIEUR"],
    "bi": ["Position Title / Titre du poste", "Group and Level / Groupe et niveau",
           "Job Code / Code d'emploi", "Position Number / Numéro du poste",
           "Effective Date / Date d'entrée en vigueur", "Location / Lieu",
           "Supervisor's Position No. / No du poste du superviseur",
           "Supervisor's Title / Titre du superviseur",
           "Supervisor's Classification / Classification du superviseur"],
}

SECTIONS = {
    "en": {"ga": "General Accountability", "org": "Organization Structure", "ns": "Nature and Scope",
           "dim": "Dimensions", "sa": "Specific Accountabilities", "cert": "Certification",
           "reports": "The following positions report to the {title}:"},
    "fr": {"ga": "Responsabilité générale", "org": "Structure organisationnelle", "ns": "Nature et étendue",
           "dim": "Dimensions", "sa": "Responsabilités spécifiques", "cert": "Certification",
           "reports": "Les postes suivants relèvent du {title} :"},
}

DIM_LABELS = {
    "en": [("Salary", "O&M", "Total", "FTEs"),
           ("Salary budget", "Operations and Maintenance", "Total budget", "Full-time equivalents"),
           ("Salaries", "Non-salary (O&M)", "Total operating budget", "Staff"),
           ("SALARY", "O & M", "TOTAL", "FTE'S")],
    "fr": [("Salaires", "F et E", "Total", "ETP"),
           ("Budget salarial", "Fonctionnement et entretien", "Budget total", "Équivalents temps plein"),
           ("Traitements", "F&E", "Total", "Effectif")],
}

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]
