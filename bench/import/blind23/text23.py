"""Prose of the blind23 corpus, written for it (English and French), and the label wordings of
the departments' forms. ``{d}`` is the position's domain, ``{u}`` its unit (branch)."""

GENERAL_EN = [
    "Under the direction of the {sup}, the {t} is accountable for the planning, delivery and continuous improvement "
    "of the {d} program, and for the advice to senior management that rests on it.",
    "Accountable for leading the {d} function of the {u}, ensuring that its services, analysis and regulatory "
    "decisions are sound, timely and defensible, and that its resources are managed with probity.",
    "The position provides strategic direction and operational leadership for {d}, setting priorities, directing "
    "multidisciplinary teams and representing the department with central agencies, provinces and stakeholders.",
]
GENERAL_FR = [
    "Sous l'autorité du {sup}, le titulaire est responsable de la planification, de la prestation et de "
    "l'amélioration continue du programme de {d}, ainsi que des conseils fournis à la haute direction.",
    "Responsable de diriger la fonction de {d} au sein de la {u}, en veillant à ce que les services, les analyses "
    "et les décisions soient rigoureux, opportuns et défendables, et à ce que les ressources soient gérées avec probité.",
    "Le poste assure l'orientation stratégique et le leadership opérationnel en matière de {d}, établit les "
    "priorités, dirige des équipes multidisciplinaires et représente le ministère auprès des organismes centraux.",
]
NATURE_EN = [
    "The {u} operates in an environment of sustained public and parliamentary scrutiny. Demand for {d} has grown "
    "faster than the resources available, and the incumbent must set priorities among competing requests from "
    "the Minister's office, central agencies and regional partners.",
    "Work in {d} is shaped by legislation, Treasury Board policy and commitments made to provinces and territories. "
    "Decisions taken by the position frequently set precedents that other organizations follow.",
    "The position is one of the department's principal sources of expertise on {d}. Its advice informs Memoranda "
    "to Cabinet, Treasury Board submissions and the department's reports to Parliament.",
]
NATURE_FR = [
    "La {u} évolue dans un contexte de surveillance publique et parlementaire soutenue. La demande en matière de "
    "{d} croît plus vite que les ressources, et le titulaire doit arbitrer entre des demandes concurrentes.",
    "Le travail lié à {d} est encadré par la loi, les politiques du Conseil du Trésor et les engagements pris "
    "envers les provinces et les territoires. Les décisions du poste créent souvent des précédents.",
    "Le poste constitue l'une des principales sources d'expertise du ministère en matière de {d}; ses avis "
    "alimentent les mémoires au Cabinet et les présentations au Conseil du Trésor.",
]
ACC_EN = [
    "Directs the development and implementation of plans, standards and procedures for {d}.",
    "Provides expert advice and briefings to the Deputy Minister and Assistant Deputy Minister on {d} issues.",
    "Manages the human and financial resources of the organization, including staffing, learning and performance.",
    "Represents the department on interdepartmental and federal-provincial-territorial committees.",
    "Establishes performance measures and reports on results to senior management and central agencies.",
    "Leads the review and modernization of business processes, systems and service standards.",
    "Negotiates agreements and memoranda of understanding with partner organizations.",
    "Ensures that risks are identified, assessed and mitigated and that audit recommendations are acted upon.",
]
ACC_FR = [
    "Dirige l'élaboration et la mise en œuvre des plans, normes et procédures en matière de {d}.",
    "Fournit des conseils d'expert et des notes d'information au sous-ministre et au sous-ministre adjoint.",
    "Gère les ressources humaines et financières de l'organisation, y compris la dotation et l'apprentissage.",
    "Représente le ministère au sein de comités interministériels et fédéraux-provinciaux-territoriaux.",
    "Établit des mesures du rendement et rend compte des résultats à la haute direction.",
    "Dirige l'examen et la modernisation des processus opérationnels, des systèmes et des normes de service.",
    "Négocie des ententes et des protocoles d'entente avec les organisations partenaires.",
    "Veille à ce que les risques soient cernés, évalués et atténués.",
]
CSR_EN = "Services that enable Canadians and the Government of Canada to benefit from effective {d}, delivered to the standards the department has committed to."
CSR_FR = "Des services qui permettent aux Canadiens et au gouvernement du Canada de bénéficier de {d} efficaces, conformément aux normes de service du ministère."
REPORT_DUTY_EN = ["responsible for day-to-day operations", "accountable for analysis and advice", "leads a team of specialists",
                  "manages program delivery in the region"]
REPORT_DUTY_FR = ["responsable des opérations quotidiennes", "responsable de l'analyse et des conseils",
                  "dirige une équipe de spécialistes", "gère la prestation du programme dans la région"]

FIRST = ["Maryse", "Daniel", "Priya", "Gordon", "Hélène", "Tariq", "Colleen", "Jean-François", "Anouk", "Bruce",
         "Nadia", "Raymond", "Solange", "Kwame", "Linnea", "Étienne", "Harjit", "Ghislaine", "Owen", "Mireille"]
LAST = ["Tremblay-Okafor", "Vanderhoek", "Bélanger", "MacPhail", "Sarrazin", "Wojcik", "Gauthier-Lamb", "Nakamura",
        "Desrosiers", "Fitzgerald", "Ouellette", "Brar", "Lachapelle", "Kowalchuk", "St-Onge", "Abernethy",
        "Thibodeau", "Mensah", "Lavigne", "Drummond"]

# label wordings, as the departments' forms had them: (english choices, french choices)
LABELS = {
    "title": (["Position Title", "Title of Position", "Working Title", "Job Title", "Position", "Official Title",
               "Title"], ["Titre du poste", "Titre officiel", "Titre de travail", "Intitulé du poste", "Poste"]),
    "level": (["Classification", "Group and Level", "Group/Level", "Level", "Classification Level",
               "Occupational Group and Level"], ["Classification", "Groupe et niveau", "Groupe/niveau", "Niveau"]),
    "job_code": (["Job Code", "Generic Job Code", "Job No.", "Work Description No.", "Job ID"],
                 ["Code de l'emploi", "Code d'emploi", "No de description de travail", "Numéro d'emploi"]),
    "posnum": (["Position Number", "Position No.", "Pos. #", "Position #", "PeopleSoft Position No."],
               ["Numéro du poste", "No du poste", "N° de poste", "Numéro de poste"]),
    "date": (["Effective Date", "Date Effective", "Effective", "Date of Classification Decision", "Approved Effective"],
             ["Date d'entrée en vigueur", "Date d'effet", "En vigueur le", "Date de prise d'effet"]),
    "sup_title": (["Supervisor's Title", "Reports to (Title)", "Title of Supervisor", "Immediate Supervisor",
                   "Supervisor Position Title"], ["Titre du superviseur", "Relève de (titre)", "Titre du poste du supérieur",
                                                   "Supérieur immédiat"]),
    "sup_level": (["Supervisor's Classification", "Supervisor's Group/Level", "Supervisor Level"],
                  ["Classification du superviseur", "Groupe/niveau du supérieur", "Niveau du supérieur"]),
    "sup_num": (["Supervisor's Position Number", "Supervisor Position No.", "Reports to Position #"],
                ["Numéro du poste du superviseur", "No du poste du supérieur", "N° de poste du superviseur"]),
    "location": (["Location", "Geographic Location", "Work Location", "City", "Duty Station"],
                 ["Lieu de travail", "Emplacement", "Lieu géographique", "Ville"]),
    "dept": (["Department", "Organization", "Department/Agency"], ["Ministère", "Organisation", "Ministère/organisme"]),
    "branch": (["Branch", "Sector", "Branch/Sector"], ["Direction générale", "Secteur"]),
    "salary": (["Salary", "Salary Budget", "Salaries", "Personnel (Salary)", "Salary Dollars"],
               ["Salaires", "Budget salarial", "Traitements", "Masse salariale"]),
    "om": (["O&M", "Operating and Maintenance", "O & M Budget", "Non-salary O&M", "Operations and Maintenance"],
           ["F et E", "Fonctionnement et entretien", "Budget de F et E", "F&E"]),
    "total": (["Total", "Total Budget", "Total Operating Budget", "Total Resources"],
              ["Total", "Budget total", "Total des ressources"]),
    "fte": (["FTEs", "Full-Time Equivalents", "Number of FTEs", "Employees", "Human Resources"],
            ["ETP", "Équivalents temps plein", "Nombre d'ETP", "Effectif", "ÉTP"]),
    "incumbent": (["Incumbent", "Incumbent Name", "Name of Incumbent"], ["Titulaire", "Nom du titulaire"]),
}
SECTIONS = {
    "general": (["General Accountability", "Overall Accountability", "Purpose of the Position", "Summary"],
                ["Responsabilité générale", "Raison d'être du poste", "Sommaire des responsabilités"]),
    "structure": (["Organization Structure", "Organizational Context", "Organization", "Structure"],
                  ["Structure organisationnelle", "Organisation", "Contexte organisationnel"]),
    "nature": (["Nature and Scope", "Scope of the Position", "Context", "Environment"],
               ["Nature et étendue", "Portée du poste", "Contexte"]),
    "dims": (["Dimensions", "Key Dimensions", "Financial and Human Resources", "Resources Managed"],
             ["Dimensions", "Ressources gérées", "Dimensions financières et humaines"]),
    "acc": (["Specific Accountabilities", "Key Responsibilities", "Main Activities", "Principal Accountabilities"],
            ["Responsabilités spécifiques", "Responsabilités principales", "Principales activités"]),
    "id": (["Position Identification", "Position Information", "Identification"],
           ["Identification du poste", "Renseignements sur le poste"]),
    "reports": (["Direct Reports", "Positions Reporting Directly", "Subordinate Positions"],
                ["Subordonnés directs", "Postes relevant directement du titulaire", "Relevant du poste"]),
    "sign": (["Certification", "Signatures", "Approval"], ["Certification", "Signatures", "Approbation"]),
}
