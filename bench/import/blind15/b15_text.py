"""Text of the blind15 corpus: label wordings (one department form for two or three documents),
section headings, narrative sentence pools (English and French), names of people."""

# Header label forms: title, classification, job code, position number, effective date,
# supervisor's position number, supervisor's title, supervisor's classification, location,
# department, branch.  Each form is given to at most three documents.
EN_FORMS = [
    ["Position Title", "Group and Level", "Job Code", "Position Number", "Effective Date",
     "Supervisor Position Number", "Supervisor Title", "Supervisor Group and Level", "Location", "Department", "Branch"],
    ["TITLE OF POSITION", "CLASSIFICATION", "GENERIC JOB NO.", "POSITION NO.", "DATE EFFECTIVE",
     "POSITION NO. OF SUPERVISOR", "TITLE OF SUPERVISOR", "CLASSIFICATION OF SUPERVISOR", "WORK LOCATION",
     "DEPARTMENT/AGENCY", "SECTOR"],
    ["Job title", "Level", "Benchmark / Job code", "Position #", "Date of effect",
     "Reports to - position #", "Reports to - title", "Reports to - level", "Geographic location", "Organization", "Directorate"],
    ["Working Title", "Occupational Group/Level", "Job Number", "Pos. No.", "Effective",
     "Supervisor's Pos. No.", "Supervisor's Working Title", "Supervisor's Group/Level", "City/Province", "Dept.", "Division"],
    ["Name of Position", "Classification Level", "Job ID", "Position Identifier", "Classification Effective Date",
     "Immediate Supervisor - Position No.", "Immediate Supervisor - Title", "Immediate Supervisor - Classification",
     "Duty Station", "Organization", "Region/Branch"],
    ["POSITION", "GROUP & LEVEL", "JOB CODE NO.", "POSITION NUMBER (PIN)", "EFFECTIVE DATE OF DESCRIPTION",
     "SUPERVISOR'S PIN", "SUPERVISOR'S POSITION", "SUPERVISOR'S GROUP & LEVEL", "PLACE OF WORK", "DEPARTMENT", "BRANCH/REGION"],
    ["Title", "Group-Level", "Standard Job Code", "Position No", "Date Approved",
     None, None, None, "Location (city, province)", "Department", "Program"],
    ["Position title (English)", "Classification (group/level)", "Job code (HRMS)", "Position number (HRMS)",
     "Effective date (yyyy-mm-dd)", "Supervisor: position number", "Supervisor: title", "Supervisor: classification",
     "Work location", "Organization", "Branch / Sector"],
    ["EXECUTIVE POSITION", "EX LEVEL", "JOB", "POSITION", "EFFECTIVE ON",
     None, None, None, "HEADQUARTERS / REGION", "DEPARTMENT", "BRANCH"],
    ["Position Name", "Classification Group and Level", "Job Code Number", "Position Control Number", "Date in Effect",
     "Manager's Position Number", "Manager's Title", "Manager's Classification", "Office Location", "Organization", "Business Line"],
]

FR_FORMS = [
    ["Titre du poste", "Groupe et niveau", "Code d'emploi", "Numéro du poste", "Date d'entrée en vigueur",
     "Numéro du poste du superviseur", "Titre du poste du superviseur", "Groupe et niveau du superviseur", "Lieu de travail",
     "Ministère", "Direction générale"],
    ["TITRE", "CLASSIFICATION", "NO DE L'EMPLOI TYPE", "NO DU POSTE", "EN VIGUEUR LE",
     "NO DE POSTE DU SUPÉRIEUR", "TITRE DU SUPÉRIEUR IMMÉDIAT", "CLASSIFICATION DU SUPÉRIEUR", "ENDROIT", "ORGANISME", "SECTEUR"],
    ["Intitulé du poste", "Niveau", "Code de l'emploi", "No de poste", "Date de prise d'effet",
     "Relève de (no de poste)", "Relève de (titre)", "Relève de (niveau)", "Emplacement géographique", "Ministère/organisme",
     "Direction"],
    ["Poste", "Groupe/niveau", "Numéro d'emploi", "Numéro de poste", "Date d'effet",
     None, None, None, "Lieu", "Organisation", "Région"],
]

BI_FORMS = [
    ["Position Title / Titre du poste", "Group and Level / Groupe et niveau", "Job Code / Code d'emploi",
     "Position Number / Numéro de poste", "Effective Date / Date d'entrée en vigueur",
     "Supervisor's Position Number / Numéro de poste du superviseur", "Supervisor's Title / Titre du superviseur",
     "Supervisor's Classification / Classification du superviseur", "Location / Lieu", "Department / Ministère",
     "Branch / Direction générale"],
    ["TITLE - TITRE", "CLASSIFICATION", "JOB CODE - CODE D'EMPLOI", "POSITION NO. - NO DU POSTE",
     "EFFECTIVE DATE - DATE D'EFFET", "SUPERVISOR POSITION NO. - NO DU POSTE DU SURVEILLANT",
     "SUPERVISOR TITLE - TITRE DU SURVEILLANT", "SUPERVISOR CLASSIFICATION - CLASSIFICATION DU SURVEILLANT",
     "LOCATION - LIEU", "DEPARTMENT - MINISTÈRE", "BRANCH - DIRECTION"],
]

# Section headings: general accountability, organization structure, nature and scope,
# dimensions, specific accountabilities.
EN_HEADINGS = [
    ["General Accountability", "Organization Structure", "Nature and Scope", "Dimensions", "Specific Accountabilities"],
    ["Purpose of the Position", "Organizational Context", "Scope and Complexity", "Resources Managed", "Key Responsibilities"],
    ["Overall Responsibility", "Reporting Relationships", "Nature of the Work", "Financial and Human Resources", "Principal Duties"],
    ["Mandate", "Structure", "Context and Challenges", "Key Dimensions", "Main Activities"],
    ["Summary", "Organization", "Nature & Scope", "Budget and Staff", "Specific Accountabilities"],
]
FR_HEADINGS = [
    ["Responsabilités générales", "Structure organisationnelle", "Nature et étendue", "Dimensions", "Responsabilités spécifiques"],
    ["Raison d'être du poste", "Contexte organisationnel", "Portée et complexité", "Ressources gérées", "Activités principales"],
    ["Mandat", "Organisation", "Nature et portée du travail", "Données quantitatives", "Fonctions particulières"],
]

EN_CHALLENGES = [
    "A central challenge is to keep service levels steady while demand rises faster than the resources available.",
    "The incumbent must reconcile the expectations of partners whose priorities and timelines rarely coincide.",
    "Decisions are often taken with incomplete information and under public and media scrutiny.",
    "Recruiting and keeping specialized staff is difficult, particularly outside the National Capital Region.",
    "Legacy systems and paper-based processes limit what can be reported and how quickly.",
    "The position must anticipate changes in legislation and court decisions and adjust the program accordingly.",
    "Much of the work depends on partners over whom the position has no line authority.",
    "Errors or delays can have serious consequences for the health, safety or livelihood of the people served.",
    "The incumbent is expected to modernize the program while it continues to operate at full volume.",
    "Financial pressures require constant reallocation of resources among competing priorities.",
]
EN_PARTNERS = [
    "The Director maintains working relationships with central agencies, other federal departments, provincial and territorial officials, industry associations and Indigenous organizations.",
    "Contacts include senior officials of other departments, provincial ministries, municipalities, unions and client groups.",
    "The incumbent represents the department on interdepartmental and federal-provincial committees and briefs senior management and the Minister's office.",
    "The position works closely with the department's legal services, communications and finance advisors.",
]
FR_CHALLENGES = [
    "Le principal défi consiste à maintenir la qualité des services alors que la demande augmente plus vite que les ressources.",
    "Le titulaire doit concilier les attentes de partenaires dont les priorités et les échéances diffèrent.",
    "Les décisions sont souvent prises à partir de renseignements incomplets et sous l'attention des médias.",
    "Le recrutement et le maintien en poste d'un personnel spécialisé posent des difficultés constantes.",
    "Les systèmes désuets et les processus sur papier limitent la rapidité de la reddition de comptes.",
    "Le titulaire doit prévoir l'évolution de la législation et de la jurisprudence et adapter le programme en conséquence.",
    "Les erreurs ou les retards peuvent avoir des conséquences graves pour la santé, la sécurité ou les revenus des personnes servies.",
]
FR_PARTNERS = [
    "Le titulaire entretient des relations avec les organismes centraux, les autres ministères fédéraux, les ministères provinciaux, les associations de l'industrie et les communautés autochtones.",
    "Il représente le ministère au sein de comités interministériels et fédéraux-provinciaux et informe la haute direction et le cabinet du ministre.",
    "Le titulaire travaille en étroite collaboration avec les services juridiques, les communications et les conseillers financiers.",
]

EN_ACC = [
    "Directs the planning, delivery and evaluation of {o}, ensuring that results meet departmental and legislative requirements.",
    "Establishes the priorities, standards and operating procedures for {o} and monitors performance against them.",
    "Provides strategic advice and briefings to senior management and central agencies on {o}.",
    "Negotiates and manages agreements and partnerships related to {o}.",
    "Leads the modernization of {o}, including the introduction of new tools, processes and performance measures.",
    "Oversees risk management and issues management for {o} and intervenes on sensitive cases.",
]
EN_ACC_MGMT = [
    "Manages the human, financial and material resources of the organization with probity, in accordance with the values and ethics of the public service.",
    "Contributes as a member of the management committee to the development of corporate plans, policies and priorities.",
    "Builds a healthy, bilingual and diverse workplace and develops the leadership capacity of managers and staff.",
]
FR_ACC = [
    "Dirige la planification, la prestation et l'évaluation de {o}, en veillant au respect des exigences ministérielles et législatives.",
    "Établit les priorités, les normes et les procédures relatives à {o} et en surveille le rendement.",
    "Fournit des conseils stratégiques et des breffages à la haute direction et aux organismes centraux sur {o}.",
    "Négocie et gère les ententes et les partenariats touchant {o}.",
    "Dirige la modernisation de {o}, notamment l'adoption de nouveaux outils et de mesures du rendement.",
    "Assure la gestion des risques et des enjeux liés à {o} et intervient dans les dossiers délicats.",
]
FR_ACC_MGMT = [
    "Gère les ressources humaines, financières et matérielles de l'organisation avec probité, conformément aux valeurs et à l'éthique de la fonction publique.",
    "Participe, à titre de membre du comité de gestion, à l'élaboration des plans, des politiques et des priorités.",
    "Favorise un milieu de travail sain, bilingue et diversifié et développe le leadership des gestionnaires et du personnel.",
]

# Client Service Results / Key Activities template (the form's own fixed wording).
CSR_EN = "Client Service Results"
KA_EN = "Key Activities"

PEOPLE = [
    "Margaret O'Keefe", "Raymond Tremblay", "Sunita Gill", "Lucien Arsenault", "Deborah Kowalchuk", "Patrick Nolan",
    "Hélène Bouchard", "Gordon MacIsaac", "Anita Sharma", "Jean-Guy Pelletier", "Karen Whitfield", "Michel Lavoie",
    "Fiona MacLellan", "Trevor Beaulieu", "Nadia Haddad", "Wei Zhang", "Colleen Strickland", "Denis Gagnon",
    "Rosalind Cheng", "Barry Thibodeau", "Josée Lefebvre", "Arthur Lindqvist", "Priya Ramanathan", "Stéphane Roy",
    "Maureen Doucette", "Kevin Okafor", "Isabelle Caron", "Harold Pettipas", "Linda Sokolowski", "François Désilets",
    "Marc-André Fortin", "Gail Henderson", "Rajiv Mehta", "Sylvie Morin", "Douglas Ferguson", "Yvonne Achterberg",
    "Claude Bergeron", "Sandra Kim", "Paul-Émile Cormier", "Theresa Boudreau", "Mohammed El-Amin", "Nicole Gauthier",
    "Robert Jamieson", "Chantal Ouellet", "Ian Montgomery", "Louise Savard", "Victor Kovac", "Annie Thériault",
    "Edward Chu", "Geneviève Dufour", "Alan McKenna", "Carole Lemieux", "Jasmine Rahman", "Pierre Landry",
    "Heather Blackburn", "Réjean Poirier", "Olga Petrenko", "Brian Oakley", "Martine Giroux", "Derek Sinclair",
    "Francine Hébert", "Tom Bellefleur", "Lynn Macdonald", "Gilles Charbonneau", "Mei Ling Wong", "Ruth Abernethy",
    "Normand Dion", "Susan Greenberg", "Alain Vézina", "Catherine Murray", "Joseph Nakamura", "Diane Côté",
    "Shawn Harper", "Véronique Bélanger", "Grant Wilkinson", "Aline St-Pierre", "Neil Fraser", "Monique Paquette",
]

_FIRST = ["Eleanor", "Rodrigue", "Tanya", "Bernard", "Leah", "Omar", "Ginette", "Stuart", "Mireille", "Craig",
          "Johanne", "Warren", "Elise", "Kenneth", "Manon", "Dale", "Suzanne", "Ahmed", "Brenda", "Yves"]
_LAST = ["Whitcombe", "Laflamme", "Barkhouse", "Nguyen", "Desrosiers", "Kaminski", "Ross", "Bourque", "Eisenberg",
         "Paradis", "Oduya", "Lachance", "MacNeil", "Richer", "Villeneuve", "Stanfield", "Cormack", "Lemay"]
PEOPLE += [f"{_FIRST[i % len(_FIRST)]} {_LAST[(i * 7) % len(_LAST)]}" for i in range(60)]
