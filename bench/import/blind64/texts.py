"""Words for blind64: departments as their names stood in a given year, places, label forms and the prose
of EX work descriptions (general accountability, nature and scope, client-service results, key activities,
specific accountabilities), in English and French. Written for this corpus; nothing here is read from the
importer or another corpus."""
from __future__ import annotations

# key: (from_year, English name, French name, abbreviation EN, abbreviation FR)
DEPARTMENTS = {
    "TBS": [(1990, "Treasury Board of Canada Secretariat", "Secrétariat du Conseil du Trésor du Canada", "TBS", "SCT")],
    "OCHRO": [(2009, "Treasury Board of Canada Secretariat, Office of the Chief Human Resources Officer",
               "Secrétariat du Conseil du Trésor du Canada, Bureau de la dirigeante principale des ressources humaines",
               "OCHRO", "BDPRH")],
    "PCO": [(1990, "Privy Council Office", "Bureau du Conseil privé", "PCO", "BCP")],
    "FIN": [(1990, "Department of Finance Canada", "ministère des Finances Canada", "FIN", "FIN")],
    "ESDC": [(2003, "Human Resources and Skills Development Canada",
              "Ressources humaines et Développement des compétences Canada", "HRSDC", "RHDCC"),
             (2013, "Employment and Social Development Canada", "Emploi et Développement social Canada", "ESDC", "EDSC")],
    "SC": [(2005, "Service Canada", "Service Canada", "SC", "SC")],
    "CRA": [(2003, "Canada Revenue Agency", "Agence du revenu du Canada", "CRA", "ARC")],
    "IRCC": [(1994, "Citizenship and Immigration Canada", "Citoyenneté et Immigration Canada", "CIC", "CIC"),
             (2015, "Immigration, Refugees and Citizenship Canada", "Immigration, Réfugiés et Citoyenneté Canada",
              "IRCC", "IRCC")],
    "PSPC": [(1996, "Public Works and Government Services Canada", "Travaux publics et Services gouvernementaux Canada",
              "PWGSC", "TPSGC"),
             (2015, "Public Services and Procurement Canada", "Services publics et Approvisionnement Canada",
              "PSPC", "SPAC")],
    "CSPS": [(2004, "Canada School of Public Service", "École de la fonction publique du Canada", "CSPS", "EFPC")],
}


def department(key: str, year: int) -> tuple[str, str, str, str]:
    names = [d for d in DEPARTMENTS[key] if d[0] <= year] or DEPARTMENTS[key][:1]
    return names[-1][1:]


# city, province EN, province FR, postal code, French city spelling
PLACES = {
    "Ottawa": ("Ottawa", "Ontario", "Ontario", "ON", "Ottawa"),
    "Gatineau": ("Gatineau", "Quebec", "Québec", "QC", "Gatineau"),
    "Montreal": ("Montreal", "Quebec", "Québec", "QC", "Montréal"),
    "Shawinigan": ("Shawinigan", "Quebec", "Québec", "QC", "Shawinigan"),
    "Jonquiere": ("Jonquière", "Quebec", "Québec", "QC", "Jonquière"),
    "Toronto": ("Toronto", "Ontario", "Ontario", "ON", "Toronto"),
    "Sudbury": ("Sudbury", "Ontario", "Ontario", "ON", "Sudbury"),
    "Winnipeg": ("Winnipeg", "Manitoba", "Manitoba", "MB", "Winnipeg"),
    "Vegreville": ("Vegreville", "Alberta", "Alberta", "AB", "Vegreville"),
    "Edmonton": ("Edmonton", "Alberta", "Alberta", "AB", "Edmonton"),
    "Vancouver": ("Vancouver", "British Columbia", "Colombie-Britannique", "BC", "Vancouver"),
    "Halifax": ("Halifax", "Nova Scotia", "Nouvelle-Écosse", "NS", "Halifax"),
    "Sydney": ("Sydney", "Nova Scotia", "Nouvelle-Écosse", "NS", "Sydney"),
    "Miramichi": ("Miramichi", "New Brunswick", "Nouveau-Brunswick", "NB", "Miramichi"),
    "Bathurst": ("Bathurst", "New Brunswick", "Nouveau-Brunswick", "NB", "Bathurst"),
    "Shediac": ("Shediac", "New Brunswick", "Nouveau-Brunswick", "NB", "Shediac"),
    "Summerside": ("Summerside", "Prince Edward Island", "Île-du-Prince-Édouard", "PE", "Summerside"),
}

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]

# Label forms. Keys: title, classification, job_code, position_number, effective_date, sup_title, sup_number,
# sup_class, location, department, branch, incumbent.
LABELS_EN = [
    dict(title="POSITION TITLE", classification="GROUP/LEVEL", job_code="JOB CODE", position_number="POSITION NUMBER",
         effective_date="EFFECTIVE DATE", sup_title="SUPERVISOR'S POSITION TITLE", sup_number="SUPERVISOR'S POSITION NO.",
         sup_class="SUPERVISOR'S CLASSIFICATION", location="GEOGRAPHIC LOCATION", department="DEPARTMENT",
         branch="BRANCH", incumbent="INCUMBENT"),
    dict(title="Position Title", classification="Classification", job_code="Position Job Code",
         position_number="Position No.", effective_date="Effective Date", sup_title="Supervisor's Position Title",
         sup_number="Supervisor's Position No.", sup_class="Supervisor's Classification", location="Location",
         department="Department", branch="Branch - Service", incumbent="Incumbent"),
    dict(title="Title", classification="Group and Level", job_code="Generic Job No.", position_number="Position Number",
         effective_date="Date Effective", sup_title="Reports to (Title)", sup_number="Reports to (Position No.)",
         sup_class="Reports to (Group/Level)", location="Work Location", department="Organization",
         branch="Sector", incumbent="Name of Incumbent"),
    dict(title="Job Title", classification="Position Level", job_code="Job Code No.", position_number="Pos. No.",
         effective_date="Classification Effective Date", sup_title="Supervisor Title", sup_number="Supervisor Pos. No.",
         sup_class="Supervisor Level", location="Geographic Location", department="Department/Agency",
         branch="Directorate", incumbent="Current Incumbent"),
]
LABELS_FR = [
    dict(title="TITRE DU POSTE", classification="GROUPE ET NIVEAU", job_code="CODE D'EMPLOI",
         position_number="NUMÉRO DU POSTE", effective_date="DATE D'ENTRÉE EN VIGUEUR",
         sup_title="TITRE DU POSTE DU SUPERVISEUR", sup_number="NUMÉRO DU POSTE DU SUPERVISEUR",
         sup_class="CLASSIFICATION DU SUPERVISEUR", location="LIEU DE TRAVAIL", department="MINISTÈRE",
         branch="DIRECTION GÉNÉRALE", incumbent="TITULAIRE"),
    dict(title="Titre du poste", classification="Classification", job_code="Code d'emploi du poste",
         position_number="No du poste", effective_date="Date de prise d'effet", sup_title="Titre du poste du surveillant",
         sup_number="No de poste du surveillant", sup_class="Classification du surveillant",
         location="Emplacement géographique", department="Ministère ou organisme", branch="Secteur",
         incumbent="Titulaire"),
    dict(title="Intitulé du poste", classification="Niveau", job_code="No de la description générique",
         position_number="Numéro de poste", effective_date="En vigueur le", sup_title="Relève de (titre)",
         sup_number="Relève de (no de poste)", sup_class="Relève de (niveau)", location="Lieu",
         department="Organisation", branch="Direction", incumbent="Nom du titulaire"),
]
LABELS_BI = [
    dict(title="Position Title / Titre du poste", classification="Group and Level / Groupe et niveau",
         job_code="Job Code / Code d'emploi", position_number="Position Number / Numéro du poste",
         effective_date="Effective Date / Date d'entrée en vigueur",
         sup_title="Supervisor's Title / Titre du superviseur", sup_number="Supervisor's Position No. / No de poste du superviseur",
         sup_class="Supervisor's Level / Niveau du superviseur", location="Location / Lieu",
         department="Department / Ministère", branch="Branch / Direction générale", incumbent="Incumbent / Titulaire"),
    dict(title="Title / Titre", classification="Classification", job_code="Generic No. / No générique",
         position_number="Position No. / No de poste", effective_date="Effective / En vigueur",
         sup_title="Reports to / Relève de", sup_number="Supervisor Position No. / No de poste du supérieur",
         sup_class="Supervisor Classification / Classification du supérieur", location="Location / Emplacement",
         department="Organization / Organisation", branch="Sector / Secteur", incumbent="Incumbent / Titulaire"),
]

HEADINGS = {
    "en": dict(ga="General Accountability", org="Organization Structure", ns="Nature and Scope", dim="Dimensions",
               sa="Specific Accountabilities", csr="Client Service Results", ka="Key Activities",
               cert="Certification", reports="Direct reports", ch="Key Challenges"),
    "fr": dict(ga="Responsabilités générales", org="Structure organisationnelle", ns="Nature et étendue",
               dim="Dimensions", sa="Activités principales", csr="Résultats axés sur le service à la clientèle",
               ka="Activités principales", cert="Attestation", reports="Subordonnés directs", ch="Défis principaux"),
}

# {unit} the directorate or division, {branch} the branch, {dept} the department's short name
GA_EN = [
    "The {title} is accountable for the planning, development and delivery of {unit} programs and services, and for the provision of strategic advice to the {branch} senior management team on {topic}.",
    "Provides leadership and strategic direction to the {unit}, ensuring that {topic} is managed in a manner that supports departmental priorities and the government's service commitments to Canadians.",
    "Accountable to the {sup} for the direction, management and delivery of national {topic} activities, and for integrating the work of the {unit} with that of regional and headquarters partners.",
    "Directs the design, implementation and ongoing evaluation of policies, frameworks and operations related to {topic}, and represents {dept} with central agencies, other government departments and stakeholders.",
]
GA_FR = [
    "Le ou la {title} est responsable de la planification, de l'élaboration et de la prestation des programmes et services de la {unit}, et de la prestation de conseils stratégiques à la haute direction en matière de {topic}.",
    "Assure le leadership et l'orientation stratégique de la {unit} afin que les activités liées à {topic} appuient les priorités ministérielles et les engagements du gouvernement en matière de service aux Canadiens.",
    "Relevant du {sup}, dirige la gestion et la prestation des activités nationales en matière de {topic} et veille à l'intégration des travaux de la {unit} avec ceux des régions et de l'administration centrale.",
]
NS_EN = [
    "{dept} operates in a complex, multi-jurisdictional environment in which the expectations of Canadians, Ministers and central agencies evolve quickly. The {unit} is the focal point for {topic} and must reconcile competing priorities of internal and external stakeholders while meeting fixed legislative and reporting timelines.",
    "The incumbent leads a range of inter-dependent analytical, operational and partnership activities. Major challenges include sustaining service standards during periods of high volume, modernizing aging systems and business processes, and maintaining a skilled and engaged workforce in a competitive labour market.",
    "The position provides a corporate perspective on {topic}, ensuring that the Deputy Minister, the Minister's office and senior committees receive considered and consistent advice. Work is frequently conducted under tight deadlines and intense public and parliamentary scrutiny.",
    "The Directorate is the department's centre of expertise for {topic}. The Director must anticipate emerging issues, build consensus among branches with differing mandates, and translate government direction into practical operational plans.",
    "Decisions of the incumbent have a direct impact on the timeliness and integrity of services delivered to clients across the country. Errors or delays may result in financial hardship for individuals, loss of public confidence and significant media and parliamentary attention.",
]
NS_FR = [
    "{dept} évolue dans un milieu complexe où interviennent plusieurs administrations et où les attentes des Canadiens, des ministres et des organismes centraux changent rapidement. La {unit} constitue le point central en matière de {topic} et doit concilier des priorités concurrentes tout en respectant des échéanciers législatifs.",
    "Le titulaire dirige un ensemble d'activités d'analyse, d'opérations et de partenariat interdépendantes. Les principaux défis consistent à maintenir les normes de service en période de volume élevé, à moderniser des systèmes vieillissants et à conserver un effectif compétent et engagé.",
    "Les décisions du titulaire ont une incidence directe sur la rapidité et l'intégrité des services offerts aux clients partout au pays. Les erreurs ou les retards peuvent entraîner des difficultés financières pour les particuliers et une perte de confiance du public.",
    "Le poste fournit une perspective ministérielle sur les questions de {topic}, afin que le sous-ministre, le cabinet du ministre et les comités de la haute direction reçoivent des conseils réfléchis et cohérents.",
]
SA_EN = [
    "Directs the development and implementation of the {unit}'s strategic and operational plans, and sets priorities, performance targets and service standards.",
    "Provides authoritative advice and briefings to the Assistant Deputy Minister, the Deputy Minister and senior committees on {topic} and on emerging issues.",
    "Manages the human, financial and material resources of the {unit} with prudence and probity, in accordance with the values and ethics of the public service.",
    "Establishes and maintains effective relationships with central agencies, other federal departments, provinces and territories, and stakeholders to advance departmental objectives.",
    "Leads the modernization of business processes and systems supporting {topic}, including the adoption of digital tools and data-driven decision making.",
    "Represents the department on interdepartmental committees and working groups, and negotiates agreements and arrangements within delegated authorities.",
    "Oversees the preparation of Cabinet documents, Treasury Board submissions, briefing notes and responses to parliamentary and media enquiries.",
    "Fosters a healthy, diverse and inclusive workplace, and leads talent management, succession planning and learning for the {unit}'s employees.",
    "Ensures that quality assurance, risk management and performance measurement frameworks are in place and that results are reported accurately.",
    "As a member of the {branch} management committee, contributes to corporate planning, decision-making and the management of horizontal files.",
]
SA_FR = [
    "Dirige l'élaboration et la mise en œuvre des plans stratégiques et opérationnels de la {unit}, et établit les priorités, les cibles de rendement et les normes de service.",
    "Fournit des conseils faisant autorité et des séances d'information au sous-ministre adjoint, au sous-ministre et aux comités de la haute direction sur les questions de {topic}.",
    "Gère les ressources humaines, financières et matérielles de la {unit} avec prudence et probité, conformément aux valeurs et à l'éthique de la fonction publique.",
    "Établit et entretient des relations efficaces avec les organismes centraux, les autres ministères fédéraux, les provinces et les territoires ainsi que les intervenants.",
    "Dirige la modernisation des processus opérationnels et des systèmes liés à {topic}, y compris l'adoption d'outils numériques.",
    "Représente le ministère au sein de comités interministériels et négocie des ententes dans les limites des pouvoirs délégués.",
    "Supervise la préparation des mémoires au Cabinet, des présentations au Conseil du Trésor, des notes d'information et des réponses aux demandes parlementaires.",
    "Favorise un milieu de travail sain, diversifié et inclusif et dirige la gestion des talents et la planification de la relève de la {unit}.",
]
CSR_EN = [
    "Timely, accurate and consistent {topic} services for Canadians, delivered in both official languages and in accordance with departmental service standards.",
    "Strategic advice, policies and programs in {topic} that support the Deputy Minister and the government in achieving their priorities.",
    "Effective leadership and management of {topic} operations to ensure the integrity of programs and the confidence of Canadians.",
]
CSR_FR = [
    "Des services de {topic} rapides, exacts et uniformes offerts aux Canadiens dans les deux langues officielles, conformément aux normes de service du ministère.",
    "Des conseils stratégiques, des politiques et des programmes en matière de {topic} qui appuient le sous-ministre et le gouvernement dans l'atteinte de leurs priorités.",
]

TOPICS = {
    "en": ["executive resourcing and talent management", "employment insurance processing", "pension benefits delivery",
           "individual tax return processing", "compliance programs", "permanent resident case processing",
           "citizenship grants", "pay administration", "real property and accommodation", "procurement policy",
           "fiscal policy analysis", "economic development policy", "Cabinet operations", "machinery of government",
           "digital service delivery", "corporate planning and reporting", "learning programs for public servants",
           "labour market information", "call centre operations", "financial management policy",
           "international tax policy", "official languages", "values and ethics", "internal audit"],
    "fr": ["dotation des cadres et gestion des talents", "traitement de l'assurance-emploi", "prestations de pension",
           "traitement des déclarations de revenus des particuliers", "programmes d'observation",
           "traitement des demandes de résidence permanente", "attribution de la citoyenneté", "administration de la paye",
           "biens immobiliers et locaux", "politique d'approvisionnement", "analyse de la politique budgétaire",
           "opérations du Cabinet", "appareil gouvernemental", "prestation de services numériques",
           "planification et rapports ministériels", "apprentissage des fonctionnaires", "information sur le marché du travail",
           "centres d'appels", "gestion financière", "langues officielles", "vérification interne"],
}

# invented people
FIRST = ["Marie-Claude", "Patrick", "Nadia", "Gurpreet", "Sylvie", "Kevin", "Hélène", "Amir", "Jocelyne", "Daniel",
         "Priya", "François", "Lorraine", "Tyler", "Geneviève", "Olumide", "Catherine", "Raymond", "Mei-Ling",
         "Stéphane", "Bernadette", "Jean-Philippe", "Farah", "Douglas", "Isabelle", "Wen", "Chantal", "Marcus",
         "Annick", "Robert", "Élise", "Hassan", "Linda", "Yannick", "Teresa", "Martin"]
LAST = ["Tremblay", "O'Connor", "Haddad", "Sandhu", "Bergeron", "MacIsaac", "Lavoie", "Rahimi", "Gauthier", "Kowalski",
        "Raman", "Pelletier", "Whitfield", "Beaulieu", "Adeyemi", "Fortin", "Nakamura", "Doucet", "Chen", "Ouellette",
        "McLaughlin", "Thériault", "Abboud", "Fraser", "Desrosiers", "Zhang", "Robichaud", "Grant", "Boudreau",
        "Leclerc", "Singh", "Cormier", "Arsenault", "Petrov", "Munro", "Giroux"]
