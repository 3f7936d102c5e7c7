"""Label wordings and prose for blind84 (an executive-services share drive at Natural Resources Canada).

Written for the corpus from the seed documents' structure and vocabulary; nothing here is read
from the importer, its tests or the other corpora."""

# ---------------------------------------------------------------- labels, one list per field
LABELS = {
    "en": {
        "title": ["Position Title", "Title", "TITLE OF POSITION", "Official Title", "Job Title", "Position title"],
        "cls": ["Classification", "Group and Level", "GROUP/LEVEL", "Level", "Position Level", "Group & Level"],
        "job": ["Job Code", "Job code No.", "Generic Job Number", "Position Job Code", "Job No."],
        "num": ["Position Number", "Position No.", "POS. NO.", "Position #", "Position Num."],
        "date": ["Effective Date", "Effective", "Date Effective", "Effective date of description", "Classification Effective Date"],
        "dept": ["Department", "Organization", "Department/Agency"],
        "branch": ["Sector", "Branch", "Sector/Branch", "Branch - Service"],
        "loc": ["Location", "Geographic Location", "Work Location", "Location of Position"],
        "sup_num": ["Supervisor's Position No.", "Supervisor's Position Number", "Supervisor Position #", "Reports to (Position No.)"],
        "sup_title": ["Supervisor's Position Title", "Supervisor's Title", "Supervisor Title", "Reports to (Title)"],
        "sup_cls": ["Supervisor's Classification", "Supervisor's Group and Level", "Supervisor Level", "Reports to (Level)"],
        "reports_to": ["Reports to", "Reporting to", "Immediate Supervisor", "REPORTS TO"],
        "incumbent": ["Incumbent", "Name of Incumbent", "Incumbent's name"],
    },
    "fr": {
        "title": ["Titre du poste", "Titre", "TITRE DU POSTE", "Titre officiel", "Intitulé du poste"],
        "cls": ["Classification", "Groupe et niveau", "GROUPE/NIVEAU", "Niveau", "Groupe-niveau"],
        "job": ["Code d'emploi", "No de code d'emploi", "Numéro de code d'emploi", "Code de l'emploi"],
        "num": ["Numéro de poste", "No du poste", "N° de poste", "NUMÉRO DU POSTE"],
        "date": ["Date d'entrée en vigueur", "En vigueur le", "Date de prise d'effet", "Date d'effet"],
        "dept": ["Ministère", "Organisation"],
        "branch": ["Secteur", "Direction générale", "Secteur/Direction générale"],
        "loc": ["Lieu de travail", "Emplacement géographique", "Lieu", "Endroit"],
        "sup_num": ["Numéro du poste du superviseur", "No du poste du surveillant", "N° de poste du superviseur"],
        "sup_title": ["Titre du poste du superviseur", "Titre du surveillant", "Titre du superviseur"],
        "sup_cls": ["Classification du superviseur", "Groupe et niveau du superviseur", "Niveau du surveillant"],
        "reports_to": ["Relève de", "Supérieur immédiat", "Relève du", "RELÈVE DE"],
        "incumbent": ["Titulaire", "Nom du titulaire"],
    },
}

HEAD = {
    "en": {
        "doc": ["EXECUTIVE GROUP POSITION DESCRIPTION", "Job Description", "EX WORK DESCRIPTION", "Work Description",
                "EXECUTIVE WORK DESCRIPTION", "POSITION DESCRIPTION - EXECUTIVE GROUP"],
        "ident": ["Position Details", "Position Identification", "IDENTIFICATION", "Position Information"],
        "ga": ["General Accountability", "GENERAL ACCOUNTABILITY", "Purpose of the Position", "Overall Accountability"],
        "org": ["Organization Structure", "ORGANIZATIONAL STRUCTURE", "Structure", "Organizational Context"],
        "ns": ["Nature and Scope", "NATURE & SCOPE", "Nature and Scope of the Position", "Context"],
        "dims": ["Dimensions", "DIMENSIONS", "Key Dimensions", "Financial and Human Resources"],
        "sa": ["Specific Accountabilities", "SPECIFIC ACCOUNTABILITIES", "Key Responsibilities", "Specific Accountability"],
        "ch": ["Major Challenges", "Key Challenges", "CHALLENGES"],
        "csr": ["Client Service Results", "CLIENT-SERVICE RESULTS"],
        "ka": ["Key Activities", "KEY ACTIVITIES"],
        "cert": ["Certification", "CERTIFICATION", "Signatures"],
    },
    "fr": {
        "doc": ["DESCRIPTION DE TRAVAIL - GROUPE DE LA DIRECTION", "Description de travail", "DESCRIPTION DE POSTE EX",
                "Description de poste - Groupe de la direction"],
        "ident": ["Identification du poste", "IDENTIFICATION", "Renseignements sur le poste"],
        "ga": ["Responsabilité générale", "RESPONSABILITÉ GÉNÉRALE", "Raison d'être du poste", "Responsabilités générales"],
        "org": ["Structure organisationnelle", "STRUCTURE DE L'ORGANISATION", "Organisation"],
        "ns": ["Nature et étendue", "NATURE ET ÉTENDUE", "Nature et portée du poste", "Contexte"],
        "dims": ["Dimensions", "DIMENSIONS", "Ressources humaines et financières"],
        "sa": ["Responsabilités spécifiques", "RESPONSABILITÉS PARTICULIÈRES", "Responsabilités principales"],
        "ch": ["Principaux défis", "Défis"],
        "csr": ["Résultats axés sur le service à la clientèle", "RÉSULTATS AXÉS SUR LE SERVICE À LA CLIENTÈLE"],
        "ka": ["Activités principales", "ACTIVITÉS PRINCIPALES"],
        "cert": ["Certification", "ATTESTATION", "Signatures"],
    },
}

DIMS = {
    "en": {
        "fte": ["FTEs", "Full-time equivalents (FTEs)", "FTE's", "Staff (FTEs)", "Number of FTEs", "Person-years"],
        "salary": ["Salary", "Salary budget", "Salaries", "Salary Budget"],
        "om": ["O&M", "Operating and Maintenance", "Non-salary O&M", "O & M", "Operating budget (O&M)"],
        "total": ["Total", "Total budget", "Total Operating Budget", "Total salary and O&M"],
        "prog": ["Grants and Contributions", "Program budget (Gs&Cs)", "Program Budget"],
        "op": ["Operating Budget"],
    },
    "fr": {
        "fte": ["ETP", "Équivalents temps plein (ETP)", "Effectif (ETP)", "Nombre d'ETP", "Années-personnes"],
        "salary": ["Salaires", "Budget salarial", "Salaire", "Enveloppe salariale"],
        "om": ["F et E", "Fonctionnement et entretien", "F&E", "Budget de F et E"],
        "total": ["Total", "Budget total", "Total (salaires et F et E)"],
        "prog": ["Subventions et contributions", "Budget de programme (S et C)"],
        "op": ["Budget de fonctionnement"],
    },
}

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]

# ---------------------------------------------------------------- prose
NS_EN = [
    "{dept} is responsible for the sustainable development and use of Canada's natural resources and the "
    "competitiveness of the natural resource sectors. The {branch} contributes to this mandate through science, "
    "policy, regulatory and program activities delivered in partnership with provinces, territories, Indigenous "
    "organizations, industry, academia and international bodies.",
    "The position operates in a complex, multi-jurisdictional environment in which federal, provincial and "
    "territorial responsibilities for natural resources overlap. Stakeholders frequently hold competing views, and "
    "the incumbent must reconcile scientific evidence, economic interests and public expectations while protecting "
    "the credibility and neutrality of the Department's advice.",
    "The incumbent provides strategic advice to the Assistant Deputy Minister, the Deputy Minister and the "
    "Minister's office on sensitive and high-profile files, often on short notice and under intense media and "
    "parliamentary scrutiny. Briefings, Memoranda to Cabinet and Treasury Board submissions prepared under the "
    "incumbent's direction inform decisions with national and international implications.",
    "A major challenge is the renewal of an aging workforce of highly specialized scientists and technical staff "
    "while maintaining continuity of long-term programs. The incumbent must attract, develop and retain talent in "
    "a competitive labour market and foster a diverse, inclusive and respectful workplace.",
    "The position manages a portfolio of federal investments delivered through grants and contributions, "
    "collaborative agreements and cost-shared projects. The incumbent is accountable for sound stewardship, "
    "performance measurement and reporting in accordance with the Financial Administration Act and Treasury Board "
    "policies.",
    "Rapidly evolving technologies, climate change and shifting global markets require the organization to "
    "anticipate emerging issues and to re-orient its programs. The incumbent leads change management and ensures "
    "that the organization's priorities remain aligned with those of the Sector and of the Government of Canada.",
    "The incumbent represents the Department on federal-provincial-territorial committees, in international fora "
    "and with industry associations, and negotiates agreements that commit departmental resources and reputation.",
]
NS_FR = [
    "{dept} a pour mandat d'assurer la mise en valeur durable et l'utilisation responsable des ressources "
    "naturelles du Canada ainsi que la compétitivité des secteurs des ressources. Le {branch} contribue à ce "
    "mandat par des activités scientifiques, stratégiques, réglementaires et de programmes menées en partenariat "
    "avec les provinces, les territoires, les organisations autochtones, l'industrie et le milieu universitaire.",
    "Le poste s'inscrit dans un environnement complexe où les compétences fédérales, provinciales et territoriales "
    "en matière de ressources naturelles se chevauchent. Le titulaire doit concilier des points de vue souvent "
    "divergents tout en préservant la crédibilité et la neutralité des avis du Ministère.",
    "Le titulaire fournit des conseils stratégiques au sous-ministre adjoint, au sous-ministre et au cabinet du "
    "ministre sur des dossiers délicats et très médiatisés, souvent dans des délais serrés. Les notes d'information, "
    "mémoires au Cabinet et présentations au Conseil du Trésor préparés sous sa direction éclairent des décisions "
    "de portée nationale et internationale.",
    "Le renouvellement d'un effectif vieillissant de scientifiques et de techniciens hautement spécialisés constitue "
    "un défi important. Le titulaire doit attirer, perfectionner et maintenir en poste des talents dans un marché "
    "concurrentiel et favoriser un milieu de travail diversifié, inclusif et respectueux.",
    "Le titulaire gère un portefeuille d'investissements fédéraux réalisés au moyen de subventions et de "
    "contributions, d'ententes de collaboration et de projets à frais partagés, et il est responsable de la "
    "saine gestion, de la mesure du rendement et de la reddition de comptes conformément à la Loi sur la gestion "
    "des finances publiques et aux politiques du Conseil du Trésor.",
    "L'évolution rapide des technologies, les changements climatiques et les marchés mondiaux obligent "
    "l'organisation à anticiper les enjeux émergents et à réorienter ses programmes. Le titulaire dirige la "
    "gestion du changement et veille à l'harmonisation des priorités avec celles du Secteur et du gouvernement.",
]

SA_EN = [
    "Provides strategic leadership and direction to the {unit}, setting priorities, objectives and performance targets.",
    "Advises the {sup} and senior management on emerging issues, risks and opportunities related to the {unit}'s mandate.",
    "Develops and implements multi-year strategic, operational and human resources plans for the {unit}.",
    "Represents the Department on federal-provincial-territorial committees, working groups and international fora.",
    "Negotiates collaborative agreements and partnerships with other government departments, provinces, industry and universities.",
    "Manages the financial, human and material resources of the {unit} with prudence and probity, in accordance with the values and ethics of the Public Service.",
    "Oversees the preparation of Memoranda to Cabinet, Treasury Board submissions, briefing notes and responses to parliamentary inquiries.",
    "Ensures the scientific integrity, quality and timeliness of the research, analysis and advice produced by the {unit}.",
    "Leads the design and evaluation of programs, including performance measurement frameworks and reporting to central agencies.",
    "Fosters a healthy, diverse and inclusive workplace and champions official languages, employment equity and mental health initiatives.",
    "As a member of the Sector's management committee, contributes to corporate planning, decision-making and the management of horizontal files.",
    "Leads change management initiatives arising from budget reallocations, program reviews and organizational realignments.",
    "Establishes and maintains networks of contacts with senior officials, stakeholders and Indigenous partners to advance departmental priorities.",
]
SA_FR = [
    "Assure le leadership stratégique et l'orientation de la {unit}, en établissant les priorités, les objectifs et les cibles de rendement.",
    "Conseille le {sup} et la haute direction sur les enjeux émergents, les risques et les possibilités liés au mandat de la {unit}.",
    "Élabore et met en œuvre les plans stratégiques, opérationnels et de ressources humaines pluriannuels de la {unit}.",
    "Représente le Ministère au sein de comités fédéraux-provinciaux-territoriaux, de groupes de travail et de forums internationaux.",
    "Négocie des ententes de collaboration et des partenariats avec d'autres ministères, les provinces, l'industrie et les universités.",
    "Gère les ressources financières, humaines et matérielles de la {unit} avec prudence et probité, conformément aux valeurs et à l'éthique de la fonction publique.",
    "Supervise la préparation des mémoires au Cabinet, des présentations au Conseil du Trésor, des notes d'information et des réponses aux questions parlementaires.",
    "Veille à l'intégrité scientifique, à la qualité et à la pertinence des recherches, analyses et avis produits par la {unit}.",
    "Dirige la conception et l'évaluation des programmes, y compris les cadres de mesure du rendement et les rapports aux organismes centraux.",
    "Favorise un milieu de travail sain, diversifié et inclusif et appuie les initiatives en matière de langues officielles, d'équité en emploi et de santé mentale.",
    "À titre de membre du comité de gestion du Secteur, contribue à la planification ministérielle, à la prise de décisions et à la gestion des dossiers horizontaux.",
]

CH_EN = [
    "Reconciling the competing priorities of internal clients and external stakeholders whose objectives and timelines are not always shared.",
    "Maintaining the relevance of long-term programs within a constrained and frequently reallocated budget.",
    "Delivering on commitments that depend on partners over whom the position has no direct authority.",
    "Recruiting and retaining specialists in fields where the private sector offers higher salaries.",
]
CH_FR = [
    "Concilier les priorités concurrentes des clients internes et des intervenants externes dont les objectifs et les échéanciers ne sont pas toujours partagés.",
    "Maintenir la pertinence de programmes à long terme dans un contexte budgétaire restreint et de réaffectations fréquentes.",
    "Respecter des engagements qui dépendent de partenaires sur lesquels le poste n'exerce aucune autorité directe.",
]

CSR_EN = "Strategic leadership, direction and advice for {what}, for the {sup}, the Department, its partners and Canadians."
CSR_FR = "Leadership stratégique, orientation et conseils en matière de {what}, à l'intention du {sup}, du Ministère, de ses partenaires et de la population canadienne."
KA_EN = [
    "Directing the development and delivery of {what}.",
    "Providing expert advice and briefings to senior management and central agencies.",
    "Establishing partnerships and agreements with other jurisdictions, industry and academia.",
    "Managing the human, financial and material resources of the organization.",
    "Representing the Department in national and international fora.",
    "Leading the planning, performance measurement and reporting of the organization.",
]
KA_FR = [
    "Diriger l'élaboration et la prestation de {what}.",
    "Fournir des conseils spécialisés et des séances d'information à la haute direction et aux organismes centraux.",
    "Établir des partenariats et des ententes avec les autres administrations, l'industrie et le milieu universitaire.",
    "Gérer les ressources humaines, financières et matérielles de l'organisation.",
    "Représenter le Ministère au sein de forums nationaux et internationaux.",
]

CERT_EN = "The foregoing description is an accurate and complete statement of the duties assigned to the position."
CERT_FR = "La présente description reflète fidèlement et entièrement les fonctions attribuées au poste."
