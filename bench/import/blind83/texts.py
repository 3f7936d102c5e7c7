"""Prose, label sets and names for the blind83 corpus (written for it, after the seed documents)."""

FIRST_EN = ["Margaret", "Darren", "Priya", "Kevin", "Alison", "Trevor", "Naomi", "Graham", "Leah",
            "Owen", "Rebecca", "Sanjay", "Heather", "Colin", "Fatima", "Derek", "Janine", "Warren",
            "Meredith", "Rajiv", "Carla", "Stuart", "Bronwyn", "Nathan"]
LAST_EN = ["Whitcombe", "Okafor", "Lindqvist", "Brennan", "Sutherland", "Mahabir", "Ferreira",
           "Kowalczyk", "Pennington", "Achterberg", "MacLellan", "Thorsteinson", "Villeneuve",
           "Osei", "Harcourt", "Delisle-Grant", "Nakamura", "Rutherford", "Baptiste", "Quinlan"]
FIRST_FR = ["Geneviève", "Étienne", "Mathieu", "Isabelle", "Maxime", "Sylvie", "Benoît", "Chantal",
            "François", "Nathalie", "Julien", "Hélène", "Sébastien", "Josée", "Patrice", "Mélanie"]
LAST_FR = ["Tremblay-Roy", "Gagnon", "Bélanger", "Lévesque", "Côté", "Ouellet", "Pelletier",
           "Bergeron", "Thériault", "Desrosiers", "Lapointe", "Fortier", "Gauthier", "Rioux",
           "Boisvert", "Paquette"]

# ---------------------------------------------------------------- label sets
LABELS_EN = [
    dict(title="Position Title", cls="Classification", job="Job Code", num="Position Number",
         date="Effective Date", loc="Geographic Location", dept="Department", branch="Branch",
         sup_num="Supervisor's Position No.", sup_title="Supervisor's Position Title",
         sup_cls="Supervisor's Classification"),
    dict(title="TITLE", cls="GROUP/LEVEL", job="GENERIC JOB NO.", num="POSITION NO.",
         date="EFFECTIVE DATE", loc="LOCATION", dept="DEPARTMENT/AGENCY", branch="SECTOR",
         sup_num="SUPERVISOR POSITION NO.", sup_title="SUPERVISOR TITLE",
         sup_cls="SUPERVISOR GROUP/LEVEL"),
    dict(title="Job Title", cls="Group and Level", job="Job Number", num="Position #",
         date="Date in Effect", loc="Work Location", dept="Organization", branch="Branch/Sector",
         sup_num="Immediate Supervisor Position #", sup_title="Immediate Supervisor Title",
         sup_cls="Supervisor Group & Level"),
    dict(title="Position", cls="Level", job="Job Code No.", num="Position Ref. No.",
         date="Effective", loc="City/Province", dept="Department", branch="Branch",
         sup_num="Reports to (Position No.)", sup_title="Reports to (Title)",
         sup_cls="Reports to (Level)"),
]
LABELS_FR = [
    dict(title="Titre du poste", cls="Classification", job="Code d'emploi", num="Numéro de poste",
         date="Date d'entrée en vigueur", loc="Lieu géographique", dept="Ministère", branch="Direction générale",
         sup_num="Numéro de poste du superviseur", sup_title="Titre du poste du superviseur",
         sup_cls="Classification du superviseur"),
    dict(title="INTITULÉ DU POSTE", cls="GROUPE/NIVEAU", job="NO DE CODE D'EMPLOI", num="NO DU POSTE",
         date="DATE DE PRISE D'EFFET", loc="EMPLACEMENT", dept="MINISTÈRE/ORGANISME", branch="SECTEUR",
         sup_num="NO DE POSTE DU SUPÉRIEUR IMMÉDIAT", sup_title="TITRE DU SUPÉRIEUR IMMÉDIAT",
         sup_cls="GROUPE/NIVEAU DU SUPÉRIEUR"),
    dict(title="Titre", cls="Groupe et niveau", job="No d'emploi", num="No de poste",
         date="En vigueur le", loc="Emplacement géographique", dept="Organisation", branch="Secteur",
         sup_num="Poste no du superviseur", sup_title="Titre du superviseur",
         sup_cls="Groupe et niveau du superviseur"),
]
LABELS_BI = [
    dict(title="Position Title / Titre du poste", cls="Classification", job="Job Code / Code d'emploi",
         num="Position Number / Numéro de poste", date="Effective Date / Date d'entrée en vigueur",
         loc="Location / Lieu", dept="Department / Ministère", branch="Branch / Direction générale",
         sup_num="Supervisor's Position No. / No de poste du superviseur",
         sup_title="Supervisor's Title / Titre du superviseur",
         sup_cls="Supervisor's Classification / Classification du superviseur"),
    dict(title="TITLE / TITRE", cls="GROUP-LEVEL / GROUPE-NIVEAU", job="JOB CODE / CODE D'EMPLOI",
         num="POSITION NO. / NO DU POSTE", date="EFFECTIVE DATE / DATE D'EFFET", loc="LOCATION / LIEU",
         dept="DEPARTMENT / MINISTÈRE", branch="SECTOR / SECTEUR",
         sup_num="SUPERVISOR POS. NO. / NO POSTE SUPERVISEUR",
         sup_title="SUPERVISOR / SUPERVISEUR", sup_cls="SUPERVISOR LEVEL / NIVEAU SUPERVISEUR"),
]

SECTIONS_EN = [
    dict(ga="General Accountability", org="Organization Structure", ns="Nature and Scope",
         dim="Dimensions", sa="Specific Accountabilities", cert="Certification",
         second="Second-level organization"),
    dict(ga="GENERAL ACCOUNTABILITY", org="ORGANIZATIONAL STRUCTURE", ns="NATURE AND SCOPE",
         dim="DIMENSIONS", sa="SPECIFIC ACCOUNTABILITIES", cert="CERTIFICATION",
         second="DIRECTORATES"),
    dict(ga="Purpose of the Position", org="Organization", ns="Context and Challenges",
         dim="Resources Managed", sa="Key Responsibilities", cert="Approval",
         second="Reporting to the Directors General"),
]
SECTIONS_FR = [
    dict(ga="Responsabilité générale", org="Structure organisationnelle", ns="Nature et étendue",
         dim="Dimensions", sa="Responsabilités spécifiques", cert="Attestation",
         second="Deuxième niveau"),
    dict(ga="RESPONSABILITÉS GÉNÉRALES", org="STRUCTURE DE L'ORGANISATION", ns="NATURE ET PORTÉE",
         dim="DIMENSIONS", sa="ACTIVITÉS PRINCIPALES", cert="SIGNATURES",
         second="DIRECTIONS"),
]
CSR_EN = dict(ga="Client Service Results", ka="Key Activities", org="Organizational Context",
              dim="Responsibility / Dimensions", ns="Challenges", cert="Signatures",
              second="Directors")
CSR_FR = dict(ga="Résultats axés sur le service à la clientèle", ka="Activités principales",
              org="Contexte organisationnel", dim="Responsabilités / Dimensions", ns="Défis",
              cert="Signatures", second="Directeurs")

# ---------------------------------------------------------------- prose
GA_EN = [
    "The {title} is accountable to the {sup} for {mandate}, and for the leadership and management of "
    "{a_branch} of some {fte} employees working in the National Capital Region and across the country.",
    "Under the general direction of the {sup}, the {title} provides strategic leadership and direction "
    "for {mandate}. The position is a member of the department's Executive Committee and leads {a_branch} "
    "of {fte} employees.",
    "Provides executive leadership for {mandate}; advises the {sup} and Ministers on the full range of "
    "issues within the {branch}'s mandate; and manages the human, financial and material resources of "
    "the organization with probity.",
]
GA_FR = [
    "Le titulaire du poste de {title} est responsable, devant le {sup}, {de_mandate}, ainsi que de la "
    "direction et de la gestion {d_un_branch} comptant quelque {fte} employés dans la région de la "
    "capitale nationale et dans les régions.",
    "Sous l'orientation générale du {sup}, le titulaire du poste de {title} assure le leadership "
    "stratégique et l'orientation {de_mandate}. Le titulaire est membre du Comité exécutif du ministère et dirige {un_branch} de "
    "{fte} employés.",
]
NS_EN = [
    "The {dept} operates in a complex, multi-jurisdictional environment, in which federal, provincial "
    "and territorial governments, Indigenous organizations, industry and international partners all hold "
    "a stake. The {title} must reconcile competing priorities among these partners while delivering on "
    "the Government's commitments within fixed resources.",
    "The position is one of the department's most senior executive positions. Its incumbent is expected "
    "to anticipate emerging issues, to brief the Deputy Minister and Ministers on short notice, and to "
    "appear before Parliamentary committees and central agencies on the files of the {branch}.",
    "A major challenge is the modernization of aging systems and business processes while maintaining "
    "uninterrupted service to Canadians. The incumbent leads organizational change across regions and "
    "sites, manages significant financial risk, and ensures that programs meet the requirements of the "
    "Financial Administration Act and Treasury Board policies.",
    "The {title} represents the department at federal-provincial-territorial tables and in international "
    "fora, negotiates agreements of national significance and builds partnerships with stakeholders whose "
    "interests frequently diverge from those of the federal government.",
]
NS_FR = [
    "{dept} évolue dans un environnement complexe et multi-juridictionnel où les gouvernements "
    "fédéral, provinciaux et territoriaux, les organisations autochtones, l'industrie et les partenaires "
    "internationaux ont tous des intérêts. Le titulaire doit concilier des priorités concurrentes tout "
    "en respectant les engagements du gouvernement à l'intérieur des ressources existantes.",
    "Le poste est l'un des postes de direction les plus élevés du ministère. Le titulaire doit prévoir "
    "les enjeux émergents, informer la sous-ministre et les ministres dans de très courts délais et "
    "comparaître devant les comités parlementaires et les organismes centraux.",
    "Un défi important consiste à moderniser des systèmes et des processus vieillissants tout en "
    "maintenant un service ininterrompu aux Canadiens. Le titulaire dirige le changement organisationnel "
    "dans les régions et gère des risques financiers importants conformément à la Loi sur la gestion des "
    "finances publiques et aux politiques du Conseil du Trésor.",
]
SA_EN = [
    "Provides strategic leadership and direction for {mandate}.",
    "Advises the Deputy Minister, Ministers and senior management committees on emerging issues, "
    "risks and opportunities.",
    "Directs the development of policy frameworks, Memoranda to Cabinet and Treasury Board submissions.",
    "Leads the planning, management and reporting of the {branch}'s human, financial and material "
    "resources, including its grants and contributions programs.",
    "Represents the department with central agencies, other federal organizations, provinces and "
    "territories, Indigenous partners and international counterparts.",
    "Negotiates and oversees agreements and partnerships of national scope.",
    "Fosters a healthy, inclusive and bilingual workplace and leads the succession planning of the "
    "{branch}'s executive cadre.",
    "Ensures the integrity of program delivery through risk-based audit, evaluation and performance "
    "measurement.",
]
SA_FR = [
    "Assure le leadership stratégique et l'orientation {de_mandate}.",
    "Conseille la sous-ministre, les ministres et les comités de la haute direction sur les enjeux, les "
    "risques et les possibilités.",
    "Dirige l'élaboration des cadres stratégiques, des mémoires au Cabinet et des présentations au "
    "Conseil du Trésor.",
    "Dirige la planification, la gestion et la reddition de comptes relatives aux ressources humaines, "
    "financières et matérielles, y compris les programmes de subventions et contributions.",
    "Représente le ministère auprès des organismes centraux, des provinces et territoires, des "
    "partenaires autochtones et des homologues internationaux.",
    "Négocie et supervise des ententes et des partenariats d'envergure nationale.",
    "Favorise un milieu de travail sain, inclusif et bilingue et dirige la planification de la relève "
    "de l'effectif de direction.",
]
KA_EN = [
    "Setting the strategic direction and priorities of the {branch} and aligning them with departmental "
    "and Government of Canada priorities.",
    "Providing expert advice and briefings to the Deputy Minister and the Minister's office.",
    "Leading horizontal initiatives with other departments, central agencies and external partners.",
    "Overseeing the design, delivery and evaluation of programs, including grants and contributions.",
    "Managing the {branch}'s budget, workforce and investment plan, and reporting on results.",
    "Building an inclusive, diverse and high-performing workforce.",
]
KA_FR = [
    "Établir l'orientation stratégique et les priorités du {branch} en fonction des priorités du "
    "ministère et du gouvernement du Canada.",
    "Fournir des conseils d'expert et des notes d'information à la sous-ministre et au cabinet du ministre.",
    "Diriger des initiatives horizontales avec d'autres ministères, les organismes centraux et les "
    "partenaires externes.",
    "Superviser la conception, la prestation et l'évaluation des programmes, y compris les subventions "
    "et contributions.",
    "Gérer le budget, l'effectif et le plan d'investissement, et rendre compte des résultats.",
]
CERT_EN = ("The foregoing is an accurate and complete statement of the duties and responsibilities "
           "assigned to the position.")
CERT_FR = ("La présente description est un énoncé exact et complet des fonctions et responsabilités "
           "assignées au poste.")
