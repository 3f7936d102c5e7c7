"""Names, label sets, headings and prose for blind116 (invented people; prose after the seeds)."""

FIRST = ["Marie-Claude", "Jean-François", "Priya", "Daniel", "Sophie", "Kwame", "Nathalie", "Graham",
         "Isabelle", "Tariq", "Louise", "Patrick", "Mei-Ling", "Étienne", "Rachel", "Olumide", "Geneviève",
         "Stephen", "Anik", "Harjit", "Catherine", "Mathieu", "Deborah", "Yannick", "Farah", "Bernard",
         "Jocelyne", "Aidan", "Ginette", "Rohan", "Chantal", "Trevor", "Amélie", "Wei", "Josée", "Kevin",
         "Lucie", "Ahmed", "Monique", "Colin", "Sylvie", "Dmitri", "Hélène", "Brent", "Nadia", "Réjean",
         "Fiona", "Samir", "Véronique", "Howard", "Thi Lan", "Benoît", "Carla", "Marc-André", "Janet",
         "Émilie", "Ravi", "Francine", "Owen", "Maryse"]
LAST = ["Tremblay", "Okafor", "Desrosiers", "MacKinnon", "Bélanger", "Sandhu", "O'Connell", "Gagnon",
        "Nakamura", "Fitzgerald", "Lévesque", "Abdi", "Boudreau", "Kowalczyk", "Pelletier", "Chen",
        "Thibodeau", "Morrison", "St-Pierre", "Haddad", "Cormier", "Van der Berg", "Lapointe", "Singh",
        "Bouchard", "McAllister", "Nguyen", "Ouellet", "Brennan", "Richard", "Dubois-Clarke", "Patel",
        "Côté", "Lindqvist", "Arsenault", "Mensah", "Fortin", "Kaplan", "Caron", "Whitehead", "Giroux",
        "Delorme", "Campbell", "Roy", "Achterberg", "Poirier", "Iqbal", "Laflamme", "Sutherland", "Théberge",
        "Hébert", "Yamamoto", "Paquette", "Donnelly", "Rahman", "Vachon", "Grenier", "Kovacs", "Leblanc"]

LABELS = {
    "en": [
        dict(title="Position Title", cls="Classification", job="Job Code", pos="Position Number",
             eff="Effective Date", sup_pos="Supervisor's Position Number", sup_title="Supervisor's Position Title",
             sup_cls="Supervisor's Classification", loc="Location", dept="Department", branch="Branch",
             inc="Name of Incumbent"),
        dict(title="TITLE", cls="GROUP/LEVEL", job="GENERIC JOB NO.", pos="POSITION NO.", eff="DATE IN EFFECT",
             sup_pos="IMMEDIATE SUPERVISOR POSITION NO.", sup_title="IMMEDIATE SUPERVISOR TITLE",
             sup_cls="SUPERVISOR GROUP & LEVEL", loc="WORK LOCATION", dept="DEPARTMENT", branch="BRANCH",
             inc="INCUMBENT"),
        dict(title="Job Title", cls="Level", job="Job Number", pos="Position #", eff="Effective",
             sup_pos="Reports to (Position No.)", sup_title="Reports to (Title)", sup_cls="Reports to (Level)",
             loc="City/Province", dept="Organization", branch="Sector", inc="Incumbent Name"),
        dict(title="Position title", cls="Group and level", job="Job code no.", pos="Position ref. no.",
             eff="Date effective", sup_pos="Supervisor position #", sup_title="Supervisor title",
             sup_cls="Supervisor group and level", loc="Geographic location", dept="Department/Agency",
             branch="Branch/Sector", inc="Current incumbent"),
    ],
    "fr": [
        dict(title="Titre du poste", cls="Classification", job="Code d'emploi", pos="Numéro du poste",
             eff="Date d'entrée en vigueur", sup_pos="Numéro de poste du superviseur",
             sup_title="Titre du poste du superviseur", sup_cls="Classification du superviseur", loc="Lieu",
             dept="Ministère", branch="Direction générale", inc="Nom du titulaire"),
        dict(title="INTITULÉ DU POSTE", cls="GROUPE/NIVEAU", job="NO DE CODE D'EMPLOI", pos="NO DU POSTE",
             eff="EN VIGUEUR LE", sup_pos="NO DE POSTE DU SUPÉRIEUR IMMÉDIAT", sup_title="TITRE DU SUPÉRIEUR IMMÉDIAT",
             sup_cls="GROUPE ET NIVEAU DU SUPÉRIEUR", loc="EMPLACEMENT GÉOGRAPHIQUE", dept="MINISTÈRE",
             branch="SECTEUR", inc="TITULAIRE"),
        dict(title="Titre", cls="Niveau", job="No d'emploi", pos="No de poste", eff="Date de prise d'effet",
             sup_pos="Poste du superviseur (no)", sup_title="Titre du superviseur", sup_cls="Niveau du superviseur",
             loc="Ville/Province", dept="Organisation", branch="Direction", inc="Titulaire actuel"),
    ],
}

HEAD = {
    "en": dict(ga="General Accountability", org="Organization Structure", ns="Nature and Scope",
               dim="Dimensions", sa="Specific Accountabilities", cert="Certification",
               csr="Client Service Results", ka="Key Activities", ch="Key Challenges", top="Position Information"),
    "fr": dict(ga="Responsabilité générale", org="Structure organisationnelle", ns="Nature et étendue",
               dim="Dimensions", sa="Responsabilités spécifiques", cert="Attestation",
               csr="Résultats axés sur le service à la clientèle", ka="Activités principales",
               ch="Principaux défis", top="Renseignements sur le poste"),
}
DOC_HEAD = {"en": ["EXECUTIVE GROUP POSITION DESCRIPTION", "Work Description", "Job Description",
                   "EXECUTIVE WORK DESCRIPTION", "EX Work Description"],
            "fr": ["DESCRIPTION DE POSTE DU GROUPE DE LA DIRECTION", "Description de travail",
                   "Description de poste", "DESCRIPTION DE TRAVAIL - GROUPE EX"]}

GA = {
    "en": [
        "The {title} is accountable for the leadership, planning and delivery of {area} within {dept_short}, "
        "ensuring that programs and services are delivered efficiently, in compliance with legislation and "
        "Treasury Board policies, and in a manner that meets the needs of Canadians and of the Department's partners.",
        "Under the direction of the {sup}, the incumbent is accountable for providing strategic leadership and "
        "direction to {area}, for the development of policies, frameworks and operational plans, and for the "
        "provision of expert advice to senior management and central agencies.",
        "Accountable for the direction, management and integration of {area}; for the development and "
        "implementation of national strategies, standards and performance measures; and for building and "
        "maintaining partnerships with other federal departments, provinces and territories, industry and stakeholders.",
        "The position provides leadership and direction for {area}, manages the human and financial resources "
        "of the directorate, and represents {dept_short} with central agencies, other government departments "
        "and external partners on related issues.",
    ],
    "fr": [
        "Le titulaire est responsable de la direction, de la planification et de la prestation des activités "
        "liées à {area_fr} au sein de {dept_short}, en veillant à ce que les programmes et services soient "
        "offerts de façon efficiente, conformément aux lois et aux politiques du Conseil du Trésor.",
        "Sous l'autorité du {sup}, le titulaire assure le leadership stratégique et l'orientation de {area_fr}, "
        "l'élaboration des politiques, des cadres et des plans opérationnels, et la prestation de conseils "
        "d'expert à la haute direction et aux organismes centraux.",
        "Responsable de la gestion et de l'intégration de {area_fr}; de l'élaboration et de la mise en oeuvre "
        "de stratégies, de normes et de mesures du rendement nationales; et de l'établissement de partenariats "
        "avec les autres ministères, les provinces et territoires et les intervenants.",
    ],
}

NS = {
    "en": [
        "{dept} operates in a complex, multi-jurisdictional environment, with impacts from national and "
        "international developments, evolving government priorities and the interplay of federal, provincial "
        "and territorial jurisdictions. The {title} must reconcile competing priorities of internal and external "
        "stakeholders to meet critical objectives and timelines.",
        "The incumbent leads a range of inter-dependent operational, analytical and consultative activities. "
        "The work requires sound judgement in the management of sensitive files that attract media and "
        "Parliamentary attention, and the ability to provide timely, evidence-based advice to the Deputy Minister "
        "and the Minister's office.",
        "A key challenge is the modernization of business processes and systems while maintaining service "
        "standards. The incumbent must manage change in a unionized environment, foster a healthy and "
        "respectful workplace and ensure the prudent use of public resources.",
        "The position is one of a small number of senior managers who contribute to the branch's overarching "
        "management culture, corporate planning and decision-making, and who represent the Department before "
        "interdepartmental committees and with international counterparts.",
    ],
    "fr": [
        "{dept} évolue dans un environnement complexe où interviennent plusieurs administrations, des priorités "
        "gouvernementales changeantes et des intervenants nombreux. Le titulaire doit concilier des priorités "
        "concurrentes afin de respecter des objectifs et des échéanciers critiques.",
        "Le titulaire dirige un ensemble d'activités opérationnelles, analytiques et de consultation "
        "interdépendantes. Le travail exige un jugement sûr dans la gestion de dossiers délicats qui suscitent "
        "l'attention des médias et du Parlement.",
        "Un défi important consiste à moderniser les processus et les systèmes tout en maintenant les normes de "
        "service, à gérer le changement et à favoriser un milieu de travail sain et respectueux.",
    ],
}

SA = {
    "en": [
        "Develops and implements frameworks, strategies and plans to advance departmental priorities and business objectives.",
        "Provides advice, guidance and direction to the ADM, the Deputy Minister and senior management committees on existing and emerging issues.",
        "Leads the delivery of programs and services, including workforce planning, performance measurement and reporting.",
        "Represents the interests of the Department when dealing with central agencies, other federal organizations, provinces and territories.",
        "Establishes the directorate's priorities and manages its human and financial resources with prudence and probity.",
        "Directs the conduct of research, analysis and consultations to develop evidence-based policy options.",
        "Negotiates and manages agreements and partnership arrangements with public, private and non-governmental organizations.",
        "Ensures effective communications and alignment between internal and external partners and stakeholders.",
    ],
    "fr": [
        "Élabore et met en oeuvre des cadres, des stratégies et des plans qui font progresser les priorités du Ministère.",
        "Fournit des conseils et une orientation au SMA, au sous-ministre et aux comités de la haute direction sur les enjeux actuels et émergents.",
        "Dirige la prestation des programmes et services, y compris la planification des effectifs et la mesure du rendement.",
        "Représente les intérêts du Ministère auprès des organismes centraux, des autres ministères, des provinces et des territoires.",
        "Établit les priorités de la direction et gère ses ressources humaines et financières avec prudence et probité.",
        "Dirige la recherche, l'analyse et les consultations nécessaires à l'élaboration d'options stratégiques fondées sur des données probantes.",
        "Négocie et gère des ententes et des partenariats avec des organisations publiques, privées et non gouvernementales.",
    ],
}

CSR = {
    "en": "Leadership and direction of {area} for {dept_short} clients, partners and Canadians.",
    "fr": "Leadership et orientation de {area_fr} pour les clients et partenaires de {dept_short} et pour la population canadienne.",
}

CERT = {
    "en": "The foregoing description is an accurate and complete statement of the duties assigned to the position.",
    "fr": "La description qui précède est un énoncé exact et complet des fonctions attribuées au poste.",
}
