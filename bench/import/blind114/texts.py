"""Prose, label sets and names for the blind114 corpus (written for it; see make_blind.py).

The prose follows the seeds' way of writing EX work descriptions: a general accountability,
an organization structure, a nature and scope, dimensions, specific accountabilities, and
the client-service-results / key-activities template in newer documents."""

# --- prose, per domain: general accountability, nature and scope, specific accountabilities ---

PROSE = {
    "legal": {
        "ga_en": "The {title} is accountable for the provision of timely, accurate and strategic legal advisory, "
                 "litigation support and legislative drafting services to the {client}, and for the management of a "
                 "legal services unit that aligns the Department of Justice's standards of practice with the "
                 "client's operational and policy priorities.",
        "ga_fr": "Le titulaire du poste de {title} est responsable de la prestation de services de conseils juridiques, "
                 "de soutien au contentieux et de rédaction législative opportuns, exacts et stratégiques pour {client}, "
                 "ainsi que de la gestion d'un service juridique qui harmonise les normes de pratique du ministère de "
                 "la Justice avec les priorités opérationnelles et stratégiques du client.",
        "ns_en": ["The legal services unit is co-located with its client and operates under the dual accountability "
                  "of the Department of Justice, which sets professional standards, and the client deputy head, whose "
                  "programs generate the legal risks the unit must anticipate, assess and manage.",
                  "The incumbent manages a practice of counsel and paralegals in an environment of high litigation "
                  "volume, Charter challenges, access to information requests and regulatory amendments, where legal "
                  "opinions frequently have government-wide implications and must be coordinated with the Legislative "
                  "Services Branch, the Civil Litigation Section and central agencies."],
        "ns_fr": ["Le service juridique partage les locaux de son client et relève à la fois du ministère de la Justice, "
                  "qui établit les normes professionnelles, et de l'administrateur général du client, dont les programmes "
                  "génèrent les risques juridiques que le service doit prévoir, évaluer et gérer.",
                  "Le titulaire gère une pratique d'avocats et de parajuristes dans un contexte de contentieux nombreux, "
                  "de contestations fondées sur la Charte et de modifications réglementaires, où les avis juridiques ont "
                  "souvent des répercussions pangouvernementales."],
        "acc_en": ["Directs the provision of legal advice and opinions to senior departmental officials on the "
                   "interpretation and application of the Acts and regulations administered by the client.",
                   "Manages the legal risk of the client's litigation portfolio, in consultation with litigation "
                   "counsel, and reports on legal risk to the Deputy Minister and to the Department of Justice.",
                   "Oversees the drafting of regulations, Orders in Council and Memoranda to Cabinet and ensures their "
                   "legal soundness.",
                   "Establishes the unit's practice standards, workload management and quality assurance in line with "
                   "the Department of Justice's national standards.",
                   "Represents the Department of Justice on interdepartmental committees and negotiates legal "
                   "positions with other jurisdictions.",
                   "Manages the human and financial resources of the unit, including recruitment, learning and the "
                   "articling and development programs for counsel."],
        "acc_fr": ["Dirige la prestation de conseils et d'avis juridiques aux hauts fonctionnaires sur "
                   "l'interprétation et l'application des lois et règlements administrés par le client.",
                   "Gère le risque juridique du portefeuille de litiges du client et en rend compte au sous-ministre et "
                   "au ministère de la Justice.",
                   "Supervise la rédaction des règlements, décrets et mémoires au Cabinet et en assure la solidité "
                   "juridique.",
                   "Établit les normes de pratique, la gestion de la charge de travail et l'assurance de la qualité du "
                   "service.",
                   "Représente le ministère de la Justice aux comités interministériels.",
                   "Gère les ressources humaines et financières du service, y compris le recrutement et le "
                   "perfectionnement des avocats."],
    },
    "medical": {
        "ga_en": "The {title} is accountable for providing expert medical leadership, advice and direction on the "
                 "clinical, public health and occupational medicine aspects of the {client}, and for ensuring that "
                 "medical assessments, standards and guidelines are evidence-based, current and consistently applied.",
        "ga_fr": "Le titulaire du poste de {title} est responsable de fournir un leadership, des conseils et une "
                 "orientation médicale experte sur les aspects cliniques, de santé publique et de médecine du travail "
                 "des programmes menés pour {client}, et de veiller à ce que les évaluations, normes et lignes directrices médicales soient "
                 "fondées sur des données probantes.",
        "ns_en": ["The position is the department's senior medical authority. The incumbent exercises professional "
                  "judgment in situations where the scientific evidence is incomplete, where public, media and "
                  "stakeholder attention is intense, and where decisions affect the health of clients and the "
                  "credibility of the department.",
                  "The incumbent maintains licensure with a provincial College of Physicians and Surgeons and "
                  "represents the department with provincial health authorities, professional associations and "
                  "international counterparts such as the World Health Organization."],
        "ns_fr": ["Le poste constitue l'autorité médicale principale du ministère. Le titulaire exerce son jugement "
                  "professionnel dans des situations où les données scientifiques sont incomplètes et où l'attention "
                  "du public et des médias est forte.",
                  "Le titulaire conserve son permis d'exercice auprès d'un Collège des médecins provincial et représente "
                  "le ministère auprès des autorités sanitaires provinciales et des organisations internationales."],
        "acc_en": ["Provides authoritative medical advice to the Deputy Minister, the Minister's Office and senior "
                   "management on health risks, emerging diseases and medical policy.",
                   "Establishes medical standards, protocols and guidelines for the assessment of clients and "
                   "oversees their consistent application by physicians and nurses across the country.",
                   "Leads the medical review of complex and contested cases and renders final medical opinions.",
                   "Directs the surveillance, epidemiological analysis and reporting of health outcomes.",
                   "Builds and maintains networks with provincial and territorial chief medical officers, academic "
                   "centres and international partners.",
                   "Manages the human and financial resources of the medical directorate."],
        "acc_fr": ["Fournit des conseils médicaux faisant autorité au sous-ministre et à la haute direction sur les "
                   "risques pour la santé et la politique médicale.",
                   "Établit les normes, protocoles et lignes directrices médicales et en supervise l'application.",
                   "Dirige l'examen médical des dossiers complexes et rend les avis médicaux définitifs.",
                   "Dirige la surveillance, l'analyse épidémiologique et la production de rapports.",
                   "Entretient des réseaux avec les médecins hygiénistes en chef provinciaux et territoriaux.",
                   "Gère les ressources humaines et financières de la direction médicale."],
    },
    "science": {
        "ga_en": "The {title} is accountable for the planning, direction and scientific quality of a research and "
                 "development program in support of the {client}, for the transfer of its results to regulators, "
                 "industry and the public, and for the management of scientists, technicians and research facilities.",
        "ga_fr": "Le titulaire du poste de {title} est responsable de la planification, de la direction et de la "
                 "qualité scientifique d'un programme de recherche et développement pour {client}, du "
                 "transfert de ses résultats et de la gestion des scientifiques, des techniciens et des installations "
                 "de recherche.",
        "ns_en": ["The research program operates at the interface of science, regulation and policy. Results must "
                  "withstand peer review and at the same time answer the operational questions of program managers "
                  "and regulators within short time frames.",
                  "The incumbent is a recognized scientist who maintains a personal research record while leading "
                  "multidisciplinary teams, negotiating collaborative agreements with universities and industry, and "
                  "managing laboratories, field stations and specialized equipment of high replacement value."],
        "ns_fr": ["Le programme de recherche se situe à la jonction de la science, de la réglementation et des "
                  "politiques. Les résultats doivent résister à l'évaluation par les pairs tout en répondant aux "
                  "questions opérationnelles des gestionnaires de programmes.",
                  "Le titulaire est un scientifique reconnu qui dirige des équipes multidisciplinaires, négocie des "
                  "ententes de collaboration et gère des laboratoires et des stations de recherche."],
        "acc_en": ["Sets the scientific direction and priorities of the research program in consultation with "
                   "clients, partners and the scientific community.",
                   "Ensures the scientific quality, integrity and peer review of research projects and publications.",
                   "Negotiates and manages collaborative research agreements, licences and cost-shared projects with "
                   "universities, industry and other governments.",
                   "Provides scientific advice to senior management, regulators and international bodies.",
                   "Manages laboratories, field facilities and major scientific equipment, including health and safety "
                   "and biosafety requirements.",
                   "Recruits, develops and evaluates research scientists and technical staff."],
        "acc_fr": ["Établit l'orientation scientifique et les priorités du programme de recherche.",
                   "Assure la qualité, l'intégrité et l'évaluation par les pairs des projets et des publications.",
                   "Négocie et gère des ententes de recherche concertée avec les universités et l'industrie.",
                   "Fournit des conseils scientifiques à la haute direction et aux organismes de réglementation.",
                   "Gère les laboratoires, les installations de terrain et l'équipement scientifique.",
                   "Recrute, perfectionne et évalue les chercheurs scientifiques et le personnel technique."],
    },
    "economic": {
        "ga_en": "The {title} is accountable for the direction of economic and policy research, analysis and advice "
                 "in support of the {client}, for the development of policy options for Ministers, and for the "
                 "management of a team of economists and policy analysts.",
        "ga_fr": "Le titulaire du poste de {title} est responsable de la direction de la recherche, de l'analyse et "
                 "des conseils économiques et stratégiques pour {client}, de l'élaboration d'options "
                 "stratégiques pour les ministres et de la gestion d'une équipe d'économistes et d'analystes.",
        "ns_en": ["The directorate works in a demanding environment where analysis must be produced on short notice, "
                  "often for Cabinet, budget or parliamentary processes, and where the quality of the evidence "
                  "directly shapes decisions with significant fiscal and economic consequences.",
                  "The incumbent maintains networks with central agencies, provinces and territories, academics and "
                  "think tanks, and must reconcile competing priorities of internal and external stakeholders."],
        "ns_fr": ["La direction travaille dans un environnement exigeant où les analyses doivent être produites dans "
                  "de courts délais, souvent pour le Cabinet ou le processus budgétaire.",
                  "Le titulaire entretient des réseaux avec les organismes centraux, les provinces et territoires et "
                  "le milieu universitaire, et doit concilier des priorités concurrentes."],
        "acc_en": ["Directs the conduct of economic research, forecasting and policy analysis on issues of "
                   "departmental and government-wide priority.",
                   "Provides strategic advice and briefings to the Assistant Deputy Minister, the Deputy Minister and "
                   "Ministers, and prepares Memoranda to Cabinet and budget proposals.",
                   "Develops and maintains analytical models, data holdings and performance indicators.",
                   "Leads consultations with provinces, territories, stakeholders and central agencies.",
                   "Represents the department on interdepartmental and federal-provincial-territorial committees.",
                   "Manages the human and financial resources of the directorate."],
        "acc_fr": ["Dirige la recherche économique, les prévisions et l'analyse des politiques.",
                   "Fournit des conseils stratégiques et des notes d'information au sous-ministre adjoint, au "
                   "sous-ministre et aux ministres, et prépare des mémoires au Cabinet.",
                   "Élabore et tient à jour des modèles analytiques, des fonds de données et des indicateurs.",
                   "Dirige les consultations avec les provinces, les territoires et les intervenants.",
                   "Représente le ministère aux comités interministériels et fédéraux-provinciaux-territoriaux.",
                   "Gère les ressources humaines et financières de la direction."],
    },
    "corporate": {
        "ga_en": "The {title} is accountable for the design, delivery and continuous improvement of corporate "
                 "services and management frameworks for the {client}, and for the provision of integrated advice "
                 "to senior management on the stewardship of human, financial and material resources.",
        "ga_fr": "Le titulaire du poste de {title} est responsable de la conception, de la prestation et de "
                 "l'amélioration continue des services ministériels et des cadres de gestion pour {client}, et de la "
                 "prestation de conseils intégrés à la haute direction sur la gestion des ressources.",
        "ns_en": ["The organization delivers services to employees and managers across headquarters and the "
                  "regions, under central agency policies that change frequently and with resources that have not "
                  "grown with demand.",
                  "The incumbent must balance compliance with Treasury Board policies against the operational needs "
                  "of program managers, and lead change in systems, processes and culture."],
        "ns_fr": ["L'organisation offre des services aux employés et aux gestionnaires de l'administration centrale "
                  "et des régions, selon des politiques d'organismes centraux en évolution constante.",
                  "Le titulaire doit concilier le respect des politiques du Conseil du Trésor et les besoins "
                  "opérationnels des gestionnaires, et diriger le changement."],
        "acc_en": ["Develops and implements corporate policies, frameworks, strategies and plans to advance "
                   "departmental priorities and business objectives.",
                   "Provides advice, guidance and direction to senior management committees on existing and emerging "
                   "management issues.",
                   "Leads the delivery of services, including planning, monitoring, performance measurement and "
                   "reporting.",
                   "Represents the interests of the department with central agencies and other federal organizations.",
                   "Designs and implements innovative, targeted and cost-effective service solutions.",
                   "Manages the human, financial and material resources of the organization."],
        "acc_fr": ["Élabore et met en oeuvre les politiques, cadres, stratégies et plans ministériels.",
                   "Fournit des conseils et une orientation aux comités de la haute direction.",
                   "Dirige la prestation des services, y compris la planification, le suivi et la mesure du "
                   "rendement.",
                   "Représente les intérêts du ministère auprès des organismes centraux.",
                   "Conçoit et met en oeuvre des solutions de service novatrices et rentables.",
                   "Gère les ressources humaines, financières et matérielles de l'organisation."],
    },
    "digital": {
        "ga_en": "The {title} is accountable for the strategic direction, delivery and security of information "
                 "technology applications and digital services supporting the {client}, and for the management of "
                 "a workforce of developers, architects and project managers.",
        "ga_fr": "Le titulaire du poste de {title} est responsable de l'orientation stratégique, de la prestation "
                 "et de la sécurité des applications de technologie de l'information et des services numériques "
                 "pour {client}, et de la gestion d'une équipe de développeurs et d'architectes.",
        "ns_en": ["The applications portfolio includes legacy mainframe systems approaching end of life alongside "
                  "cloud-based services developed with agile methods, with users who expect continuous availability.",
                  "The incumbent must manage technical debt, cyber security threats and a competitive labour market "
                  "for technology talent while delivering on government-wide digital standards."],
        "ns_fr": ["Le portefeuille d'applications comprend des systèmes patrimoniaux en fin de vie et des services "
                  "infonuagiques développés selon des méthodes agiles.",
                  "Le titulaire doit gérer la dette technique, les menaces à la cybersécurité et la concurrence pour "
                  "les talents en technologie."],
        "acc_en": ["Directs the development, maintenance and modernization of the applications portfolio.",
                   "Establishes architecture standards and ensures the security and reliability of systems.",
                   "Provides strategic advice on technology investments to the Chief Information Officer and senior "
                   "management.",
                   "Manages relationships with Shared Services Canada, vendors and client programs.",
                   "Leads the adoption of agile, user-centred delivery methods.",
                   "Manages the human and financial resources of the directorate."],
        "acc_fr": ["Dirige le développement, l'entretien et la modernisation du portefeuille d'applications.",
                   "Établit les normes d'architecture et assure la sécurité et la fiabilité des systèmes.",
                   "Fournit des conseils stratégiques sur les investissements en technologie.",
                   "Gère les relations avec Services partagés Canada, les fournisseurs et les programmes clients.",
                   "Dirige l'adoption de méthodes de prestation agiles centrées sur l'utilisateur.",
                   "Gère les ressources humaines et financières de la direction."],
    },
    "operations": {
        "ga_en": "The {title} is accountable for the delivery of programs and services to clients of the {client}, "
                 "for meeting service standards, integrity and quality targets, and for the management of "
                 "operational staff in processing and client service units.",
        "ga_fr": "Le titulaire du poste de {title} est responsable de la prestation des programmes et services aux "
                 "clients servis pour {client}, de l'atteinte des normes de service et des cibles d'intégrité et de qualité, "
                 "et de la gestion du personnel opérationnel.",
        "ns_en": ["Operations run at high volume under published service standards. Workload fluctuates with "
                  "seasonal peaks, policy changes and system outages, and errors have direct consequences for "
                  "clients' incomes and for program integrity.",
                  "The incumbent must reconcile national direction with regional realities, manage labour relations "
                  "in a large unionized workforce and maintain productive relationships with community partners."],
        "ns_fr": ["Les opérations traitent de grands volumes selon des normes de service publiées. La charge de "
                  "travail varie selon les saisons et les changements de politique.",
                  "Le titulaire doit concilier l'orientation nationale et les réalités régionales et gérer les "
                  "relations de travail d'un effectif syndiqué important."],
        "acc_en": ["Directs the delivery of program operations to meet service standards and quality targets.",
                   "Develops and implements operational plans, workload forecasts and performance reports.",
                   "Ensures program integrity through quality assurance, risk management and compliance activities.",
                   "Maintains relationships with partners, community organizations and other levels of government.",
                   "Leads the implementation of new programs, systems and service improvements.",
                   "Manages the human, financial and material resources of the organization."],
        "acc_fr": ["Dirige la prestation des opérations de programme conformément aux normes de service.",
                   "Élabore et met en oeuvre des plans opérationnels, des prévisions et des rapports de rendement.",
                   "Assure l'intégrité des programmes par l'assurance de la qualité et la gestion des risques.",
                   "Entretient des relations avec les partenaires et les organismes communautaires.",
                   "Dirige la mise en oeuvre de nouveaux programmes, systèmes et améliorations du service.",
                   "Gère les ressources humaines, financières et matérielles de l'organisation."],
    },
}

# client-service-results / key-activities template (newer documents)
CSR_EN = ("Client Service Results", "Key Activities")
CSR_FR = ("Résultats axés sur le service au client", "Activités principales")

# --- label sets: each a dict of field -> label ---------------------------------------------

LABELS_EN = [
    dict(title="Position Title", cls="Classification", job="Job Code", pos="Position Number",
         date="Effective Date", sup_pos="Supervisor's Position No.", sup_title="Supervisor's Position Title",
         sup_cls="Supervisor's Classification", loc="Geographic Location", dept="Department", branch="Branch",
         inc="Incumbent"),
    dict(title="TITLE", cls="GROUP/LEVEL", job="JOB CODE", pos="POSITION NUMBER", date="EFFECTIVE DATE",
         sup_pos="SUPERVISOR POSITION NO.", sup_title="SUPERVISOR TITLE", sup_cls="SUPERVISOR GROUP/LEVEL",
         loc="LOCATION", dept="DEPARTMENT", branch="BRANCH", inc="INCUMBENT"),
    dict(title="Job Title", cls="Group and Level", job="Generic Job No.", pos="Position No.", date="Date in Effect",
         sup_pos="Immediate Supervisor Position No.", sup_title="Immediate Supervisor Title",
         sup_cls="Supervisor Group & Level", loc="Work Location", dept="Organization", branch="Sector",
         inc="Name of Incumbent"),
    dict(title="Official Title", cls="Position Classification", job="Standard Job Description No.",
         pos="Pos. No.", date="Classification Effective Date", sup_pos="Reports to (Position No.)",
         sup_title="Reports to (Title)", sup_cls="Reports to (Group/Level)", loc="City/Province",
         dept="Department/Agency", branch="Branch/Directorate", inc="Incumbent Name"),
    dict(title="Position title", cls="Level", job="Job No.", pos="Position #", date="Effective",
         sup_pos="Supervisor's position #", sup_title="Supervisor", sup_cls="Supervisor's level",
         loc="Location", dept="Department", branch="Branch", inc="Incumbent"),
]

LABELS_FR = [
    dict(title="Titre du poste", cls="Classification", job="Code d'emploi", pos="Numéro du poste",
         date="Date d'entrée en vigueur", sup_pos="No de poste du superviseur", sup_title="Titre du poste du superviseur",
         sup_cls="Classification du superviseur", loc="Lieu géographique", dept="Ministère", branch="Direction générale",
         inc="Titulaire"),
    dict(title="INTITULÉ DU POSTE", cls="GROUPE ET NIVEAU", job="NO DE CODE D'EMPLOI", pos="NO DU POSTE",
         date="EN VIGUEUR LE", sup_pos="NO DE POSTE DU SUPÉRIEUR IMMÉDIAT", sup_title="TITRE DU SUPÉRIEUR IMMÉDIAT",
         sup_cls="GROUPE/NIVEAU DU SUPÉRIEUR", loc="EMPLACEMENT GÉOGRAPHIQUE", dept="MINISTÈRE", branch="SECTEUR",
         inc="TITULAIRE"),
    dict(title="Titre", cls="Groupe/niveau", job="No de la description type", pos="No de poste",
         date="Date de prise d'effet", sup_pos="Relève de (poste no)", sup_title="Relève de (titre)",
         sup_cls="Relève de (groupe/niveau)", loc="Endroit", dept="Organisation", branch="Direction",
         inc="Nom du titulaire"),
]

SECTIONS_EN = [
    dict(ga="General Accountability", org="Organization Structure", ns="Nature and Scope", dim="Dimensions",
         acc="Specific Accountabilities", cert="Certification", reports="Reporting to the {title} are:"),
    dict(ga="GENERAL ACCOUNTABILITY", org="ORGANIZATIONAL STRUCTURE", ns="NATURE & SCOPE", dim="DIMENSIONS",
         acc="SPECIFIC ACCOUNTABILITIES", cert="CERTIFICATION", reports="The following positions report to the {title}:"),
    dict(ga="Purpose of the position", org="Structure", ns="Context", dim="Resources managed",
         acc="Key Accountabilities", cert="Signatures", reports="Direct reports:"),
]

SECTIONS_FR = [
    dict(ga="Responsabilité générale", org="Structure organisationnelle", ns="Nature et étendue",
         dim="Dimensions", acc="Responsabilités particulières", cert="Attestation",
         reports="Relèvent du titulaire :"),
    dict(ga="RAISON D'ÊTRE DU POSTE", org="STRUCTURE DE L'ORGANISATION", ns="NATURE ET PORTÉE", dim="DIMENSIONS",
         acc="ACTIVITÉS PRINCIPALES", cert="SIGNATURES", reports="Les postes suivants relèvent du titulaire :"),
]

CERT_EN = "The foregoing description is an accurate and complete statement of the duties assigned to the position."
CERT_FR = ("La présente description constitue un énoncé exact et complet des fonctions assignées au poste.")

FIRST = ["Margaret", "Daniel", "Priya", "Kevin", "Sandra", "Omar", "Heather", "Gregory", "Linda", "Rajesh",
         "Colleen", "Trevor", "Aisha", "Bruce", "Janet", "Marcus", "Wendy", "Ahmed", "Deborah", "Stuart",
         "Nadia", "Raymond", "Fiona", "Curtis"]
LAST = ["MacLellan", "Okafor", "Brennan", "Thiessen", "Kowalczyk", "Abernethy", "Rahman", "Lindqvist",
        "Fairweather", "Chowdhury", "Hollingsworth", "Desjardine", "Pilon", "McAllister", "Sarkar", "Vandermeer",
        "Whitford", "Nakamura", "Osei", "Drummond"]
FIRST_FR = ["Geneviève", "Jean-François", "Hélène", "Luc", "Isabelle", "Mathieu", "Josée", "Benoît",
            "Nathalie", "Stéphane", "Chantal", "Éric", "Sylvie", "Réjean", "Annick", "Pierre-Olivier"]
LAST_FR = ["Bouchard", "Lévesque", "Gagnon-Roy", "Thibodeau", "Ouellet", "Paquette", "Bélanger", "Cloutier",
           "Fortier", "Desrosiers", "Lapointe", "Bergeron", "Turcotte", "Poirier", "Simard", "Côté"]
