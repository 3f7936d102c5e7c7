"""Prose, departments and label forms for blind89 (written for the corpus, after the seeds' style)."""

DEPTS = {
    "ESDC": ("Employment and Social Development Canada", "Emploi et Développement social Canada"),
    "SC": ("Service Canada", "Service Canada"),
    "STATCAN": ("Statistics Canada", "Statistique Canada"),
    "HC": ("Health Canada", "Santé Canada"),
    "PHAC": ("Public Health Agency of Canada", "Agence de la santé publique du Canada"),
    "PSPC": ("Public Services and Procurement Canada", "Services publics et Approvisionnement Canada"),
    "TC": ("Transport Canada", "Transports Canada"),
    "ECCC": ("Environment and Climate Change Canada", "Environnement et Changement climatique Canada"),
    "DFO": ("Fisheries and Oceans Canada", "Pêches et Océans Canada"),
    "CRA": ("Canada Revenue Agency", "Agence du revenu du Canada"),
    "IRCC": ("Immigration, Refugees and Citizenship Canada", "Immigration, Réfugiés et Citoyenneté Canada"),
    "NRCAN": ("Natural Resources Canada", "Ressources naturelles Canada"),
    "SSC": ("Shared Services Canada", "Services partagés Canada"),
    "AAFC": ("Agriculture and Agri-Food Canada", "Agriculture et Agroalimentaire Canada"),
    "ISC": ("Indigenous Services Canada", "Services aux Autochtones Canada"),
    "PCH": ("Canadian Heritage", "Patrimoine canadien"),
    "VAC": ("Veterans Affairs Canada", "Anciens Combattants Canada"),
    "CBSA": ("Canada Border Services Agency", "Agence des services frontaliers du Canada"),
    "ISED": ("Innovation, Science and Economic Development Canada", "Innovation, Sciences et Développement économique Canada"),
    "LAC": ("Library and Archives Canada", "Bibliothèque et Archives Canada"),
    "CFIA": ("Canadian Food Inspection Agency", "Agence canadienne d'inspection des aliments"),
    "CSC": ("Correctional Service Canada", "Service correctionnel du Canada"),
    "JUS": ("Department of Justice Canada", "Ministère de la Justice Canada"),
    "PCO": ("Privy Council Office", "Bureau du Conseil privé"),
    "PC": ("Parks Canada", "Parcs Canada"),
    "NRC": ("National Research Council Canada", "Conseil national de recherches Canada"),
    "CSA": ("Canadian Space Agency", "Agence spatiale canadienne"),
    "FIN": ("Department of Finance Canada", "Ministère des Finances Canada"),
    "PCO2": ("Privy Council Office", "Bureau du Conseil privé"),
}

# --- prose by domain: general accountability (a clause), specific accountabilities, nature and scope
GA = {
    "data": "providing enterprise leadership for the department's data strategy, data governance and analytics capacity, and for the stewardship of the data holdings that support program delivery, policy development and reporting to Parliament",
    "finance": "the integrity of the department's financial management framework, including resource management, financial planning and forecasting, accounting operations, financial policy and the systems of internal control over financial reporting",
    "audit": "the planning and delivery of risk-based internal audit engagements and for providing the Deputy Head and the Departmental Audit Committee with independent assurance on governance, risk management and control processes",
    "cyber": "the design, operation and continuous improvement of enterprise security operations, including threat detection, incident response and vulnerability management for the networks and data centres that serve partner departments",
    "gc": "the design and delivery of grants and contributions programs, from the call for proposals and assessment of applications through to agreement management, payment, monitoring and recipient audit",
    "regional": "the delivery of the department's programs and services in the region, the management of regional operations and the representation of the department with provincial, municipal, Indigenous and industry partners",
    "policy": "the development of strategic policy advice, the coordination of the department's policy agenda and the integration of results and delivery considerations into the department's priorities and Cabinet documents",
    "science": "the development of science policy, the coordination of the department's science and technology priorities and the integration of science advice into regulatory and program decisions",
    "service": "the delivery of benefits and services to Canadians through in-person, telephone and digital channels, and for the continuous improvement of client experience, service standards and operational performance",
    "property": "the stewardship of the organization's real property portfolio and for the departmental security program, including physical security, personnel security, business continuity and emergency management",
    "procurement": "the modernization of procurement policy, processes and systems, including the implementation of an electronic procurement solution and the associated change management across the Government of Canada",
    "indigenous": "building and maintaining respectful relationships with Indigenous partners, supporting cooperative management of heritage places and integrating Indigenous knowledge into the Agency's programs and decision-making",
    "econ": "the economic analysis and forecasting that underpin the department's policy advice, including the economic and fiscal outlook, labour market and productivity analysis and the assessment of structural policy options",
    "marine": "the regulatory framework and oversight programs for marine safety, including vessel inspection, certification of seafarers and the development of standards under the Canada Shipping Act, 2001",
    "advisor": "providing strategic, confidential advice to the Deputy Minister on horizontal and sensitive files, preparing the Deputy Minister for senior committees and leading special projects as assigned",
    "collections": "the acquisition, preservation and description of the documentary heritage in the institution's custody and for the policies, standards and systems that make the collection available to Canadians",
    "legal": "providing legal advice and services to the client department, managing litigation and advisory files, and leading the legal services unit in line with the Department of Justice's standards of practice",
    "it": "the management of information and technology in the department, including the application portfolio, infrastructure services, information management and the department's digital investment plan",
    "enforcement": "the collection, analysis and dissemination of enforcement intelligence in support of inspections and investigations under the department's environmental and wildlife legislation",
    "space": "the planning and operation of space utilization programs, including the use of satellite data for government priorities and the management of partnerships with international space agencies and industry",
    "stats": "the planning and conduct of census operations, including collection, processing and the quality of census data, and the management of the regional collection network",
    "corrections": "the oversight of field operations in the region's institutions and parole offices, including the consistency of case management practice, operational security and compliance with policy",
    "surveillance": "the national surveillance systems for communicable and chronic diseases, the quality of surveillance data and the epidemiological analysis that informs public health action",
    "veterans": "the management of the national network of Veterans service centres and the delivery of case management, disability benefits and rehabilitation services to Veterans and their families",
    "pay": "stabilizing the administration of pay for public servants, reducing the backlog of pay transactions and coordinating pay operations with the Pay Centre and partner departments",
    "ports": "the management of the small craft harbours program, including the maintenance and divestiture of harbours and the support of harbour authorities across the country",
    "digital": "the design and management of the Agency's digital service channels, including online accounts, secure messaging and the digital experience of individuals and businesses",
    "regulatory": "the modernization of the regulatory frameworks, including agile licensing, regulatory sandboxes and the engagement of industry and international regulators",
    "hpolicy": "the development of policy frameworks and plans for the department's programs, the coordination of planning and reporting and the preparation of advice to the Minister and senior management",
}
GA_FR = {
    "legal": "la prestation de conseils et de services juridiques au ministère client, la gestion des dossiers de litige et de consultation et la direction de l'unité des services juridiques conformément aux normes de pratique du ministère de la Justice",
    "advisor": "la prestation de conseils stratégiques et confidentiels au sous-ministre sur des dossiers horizontaux et délicats, la préparation du sous-ministre aux comités supérieurs et la direction de projets spéciaux",
    "service": "la prestation des prestations et des services aux Canadiens par les voies en personne, téléphonique et numérique, ainsi que l'amélioration continue de l'expérience client et du rendement opérationnel de la région",
    "policy": "l'élaboration de conseils stratégiques en matière de politiques, la coordination du programme stratégique du ministère et l'intégration des résultats et de la livraison dans les priorités et les documents du Cabinet",
    "collections": "la gestion des activités de recouvrement des créances fiscales dans les bureaux de la région, la qualité des interventions et le respect des normes de service de l'Agence",
    "cyber": "la conception, l'exploitation et l'amélioration continue des opérations de sécurité de la TI, y compris la détection des menaces, l'intervention en cas d'incident et la gestion des vulnérabilités des réseaux des ministères partenaires",
    "hpolicy": "l'élaboration des cadres stratégiques et des plans des programmes du ministère, la coordination de la planification et des rapports et la préparation des avis au ministre et à la haute direction",
    "regulatory": "la modernisation des cadres de réglementation, notamment l'homologation agile, les bacs à sable réglementaires et la mobilisation de l'industrie et des organismes de réglementation étrangers",
}

SPECIFIC = [
    "Provides strategic leadership and direction to the {unit} and sets its priorities, plans and performance measures in line with departmental objectives.",
    "Advises the {boss} and senior management committees on emerging issues, risks and opportunities, and prepares briefing materials, Memoranda to Cabinet and Treasury Board submissions.",
    "Establishes and maintains effective relationships with central agencies, other federal departments, provinces and territories, and external stakeholders to advance the department's priorities.",
    "Manages the human, financial and material resources of the {unit} with prudence and probity, in accordance with the values and ethics of the public service.",
    "Leads the development and implementation of policies, frameworks, standards and guidelines, and monitors their application across the department.",
    "Represents the department at interdepartmental, federal-provincial-territorial and international fora and negotiates agreements and arrangements on its behalf.",
    "Directs the design and implementation of performance measurement, evaluation and reporting, including the department's contribution to the Departmental Results Report.",
    "Fosters a healthy, diverse and inclusive workplace and leads change management initiatives within the {unit}.",
]
SPECIFIC_FR = [
    "Assure le leadership stratégique et l'orientation de la {unit} et en établit les priorités, les plans et les mesures du rendement conformément aux objectifs du ministère.",
    "Conseille le {boss} et les comités de la haute direction sur les enjeux, les risques et les possibilités, et prépare les documents d'information, les mémoires au Cabinet et les présentations au Conseil du Trésor.",
    "Établit et entretient des relations efficaces avec les organismes centraux, les autres ministères fédéraux, les provinces et territoires et les intervenants externes.",
    "Gère les ressources humaines, financières et matérielles de la {unit} avec prudence et probité, conformément aux valeurs et à l'éthique de la fonction publique.",
    "Dirige l'élaboration et la mise en œuvre de politiques, de cadres, de normes et de lignes directrices et en surveille l'application dans l'ensemble du ministère.",
    "Représente le ministère aux tribunes interministérielles, fédérales-provinciales-territoriales et internationales et négocie des ententes en son nom.",
    "Favorise un milieu de travail sain, diversifié et inclusif et dirige les initiatives de gestion du changement au sein de la {unit}.",
]

SCOPE = [
    "The {unit} operates in a complex, multi-jurisdictional environment, with impacts from national and international developments, evolving government priorities and the expectations of Canadians for timely, integrated and secure services.",
    "A key challenge for the incumbent is to reconcile competing priorities of internal and external stakeholders, to meet critical objectives and timelines that may not be shared by partners, and to deliver on the department's commitments with limited resources.",
    "The incumbent must anticipate and respond to issues that attract the attention of Ministers, Parliament, the media and the public, and must provide considered and consistent advice that represents the collective views of the department.",
    "Rapid change in technology and in the expectations of clients puts significant pressure on the capacity of the organization, and the incumbent must attract, develop and retain specialized talent in a competitive market.",
]
SCOPE_FR = [
    "La {unit} évolue dans un environnement complexe, multipartite et multi-juridictionnel, touché par l'évolution des priorités du gouvernement et par les attentes des Canadiens à l'égard de services intégrés, rapides et sécuritaires.",
    "L'un des principaux défis du titulaire consiste à concilier les priorités divergentes des intervenants internes et externes et à respecter des échéances critiques qui ne sont pas toujours partagées par les partenaires.",
    "Le titulaire doit prévoir les enjeux qui retiennent l'attention des ministres, du Parlement, des médias et du public, et fournir des conseils réfléchis et cohérents qui reflètent la position du ministère.",
]

CSR = [  # client-service-results template
    "Client Service Results",
    "Key Activities",
]

CERT_EN = "The foregoing description is an accurate and complete statement of the duties and responsibilities assigned to the position."
CERT_FR = "La présente description représente fidèlement et complètement les fonctions et les responsabilités attribuées au poste."

# --- label forms: per field, English and French wordings
LABELS_EN = {
    "title": ["Position Title", "Title", "Official Title", "Position title", "POSITION TITLE", "Job Title", "Working Title"],
    "cls": ["Classification", "Group and Level", "Group/Level", "Level", "Position Classification", "GROUP & LEVEL"],
    "job": ["Job Code", "Position Job Code", "Job Code No.", "Generic Job Code", "Job Number"],
    "pos": ["Position Number", "Position No.", "Pos. No.", "Position #", "POSITION NUMBER"],
    "date": ["Effective Date", "Effective date", "Date Effective", "Classification Effective Date", "EFFECTIVE DATE"],
    "dept": ["Department", "Organization", "Department/Agency"],
    "branch": ["Branch", "Sector", "Branch/Sector"],
    "loc": ["Location", "Geographic Location", "Work Location", "LOCATION"],
    "spos": ["Supervisor's Position No.", "Supervisor Position Number", "Reports to (Position No.)", "Supervisor Pos. No."],
    "stitle": ["Supervisor's Position Title", "Supervisor Title", "Reports to", "Supervisor's Title"],
    "scls": ["Supervisor's Classification", "Supervisor Group/Level", "Supervisor's Level", "Supervisor Classification"],
    "inc": ["Incumbent", "Incumbent Name", "Name of Incumbent"],
}
LABELS_FR = {
    "title": ["Titre du poste", "Titre", "Titre officiel du poste", "TITRE DU POSTE"],
    "cls": ["Classification", "Groupe et niveau", "Groupe/niveau", "Niveau"],
    "job": ["Code d'emploi", "Code de l'emploi", "No du code d'emploi"],
    "pos": ["Numéro du poste", "No du poste", "N° de poste", "NUMÉRO DU POSTE"],
    "date": ["Date d'entrée en vigueur", "Date de prise d'effet", "En vigueur le", "Date d'effet"],
    "dept": ["Ministère", "Organisation", "Ministère/organisme"],
    "branch": ["Direction générale", "Secteur"],
    "loc": ["Lieu", "Lieu de travail", "Emplacement géographique"],
    "spos": ["Numéro du poste du superviseur", "No du poste du surveillant", "Poste du superviseur (no)"],
    "stitle": ["Titre du poste du superviseur", "Titre du surveillant", "Relève de"],
    "scls": ["Classification du superviseur", "Groupe et niveau du superviseur", "Niveau du surveillant"],
    "inc": ["Titulaire", "Nom du titulaire"],
}
LABELS_BI = {
    "title": ["Position Title / Titre du poste", "Title / Titre"],
    "cls": ["Classification", "Group and Level / Groupe et niveau"],
    "job": ["Job Code / Code d'emploi"],
    "pos": ["Position Number / Numéro du poste", "Position No. / No du poste"],
    "date": ["Effective Date / Date d'entrée en vigueur", "Effective Date / Date d'effet"],
    "dept": ["Department / Ministère"],
    "branch": ["Branch / Direction générale"],
    "loc": ["Location / Lieu"],
    "spos": ["Supervisor's Position No. / No du poste du superviseur"],
    "stitle": ["Supervisor's Title / Titre du superviseur"],
    "scls": ["Supervisor's Classification / Classification du superviseur"],
    "inc": ["Incumbent / Titulaire"],
}

HEAD_EN = {
    "ga": ["General Accountability", "GENERAL ACCOUNTABILITY", "Overall Accountability"],
    "org": ["Organization Structure", "ORGANIZATIONAL STRUCTURE", "Organizational Context", "Structure"],
    "ns": ["Nature and Scope", "NATURE & SCOPE", "Nature and Scope of Work"],
    "dim": ["Dimensions", "DIMENSIONS", "Financial and Human Resources Dimensions"],
    "spec": ["Specific Accountabilities", "SPECIFIC ACCOUNTABILITIES", "Key Responsibilities"],
    "cert": ["Certification", "CERTIFICATION", "Signatures"],
}
HEAD_FR = {
    "ga": ["Responsabilité générale", "RESPONSABILITÉS GÉNÉRALES", "Raison d'être du poste"],
    "org": ["Structure organisationnelle", "STRUCTURE DE L'ORGANISATION", "Contexte organisationnel"],
    "ns": ["Nature et étendue", "NATURE ET PORTÉE DU TRAVAIL"],
    "dim": ["Dimensions", "DIMENSIONS", "Ressources financières et humaines"],
    "spec": ["Responsabilités spécifiques", "ACTIVITÉS PRINCIPALES", "Responsabilités particulières"],
    "cert": ["Certification", "ATTESTATION", "Signatures"],
}
HEAD_BI = {k: [f"{HEAD_EN[k][0]} / {HEAD_FR[k][0]}", f"{HEAD_EN[k][1]} / {HEAD_FR[k][1]}"] for k in HEAD_EN}

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]

FIRST = ["Marie-Claude", "Jonathan", "Priya", "Étienne", "Karen", "Olumide", "Sophie", "Daniel", "Geneviève",
         "Harjit", "Lucie", "Michael", "Nadia", "Patrick", "Rachel", "Simon", "Thérèse", "Wei", "Yasmin",
         "André", "Bronwyn", "Chantal", "Dmitri", "Fatima", "Gordon", "Isabelle", "Kwame", "Louise", "Mathieu",
         "Noémie", "Oscar", "Paulette", "Raj", "Sandra", "Tanya", "Vincent", "Aisha", "Benoît", "Colleen",
         "Denis", "Elaine", "François", "Hélène", "Ian", "Josée", "Kevin", "Lina", "Martin", "Naomi"]
LAST = ["Arsenault", "Bélanger", "Chaudhry", "Desrosiers", "Ellison", "Fournier", "Gagnon", "Hutchinson",
        "Iqbal", "Joncas", "Kowalczyk", "Lavoie", "MacPherson", "Nakamura", "Okafor", "Pelletier", "Quinn",
        "Richard", "Sauvé", "Thibodeau", "Umar", "Vaillancourt", "Whitfield", "Xu", "Young", "Zaidi",
        "Boudreau", "Campbell", "Dion", "Fraser", "Gauthier", "Hébert", "LeBlanc", "Morin", "Nolan", "Ouellet",
        "Poirier", "Roy", "Stewart", "Tremblay", "Villeneuve", "Wong", "Bergeron", "Cloutier", "Doucet",
        "Lapointe", "McKenna", "Paquette", "Singh"]
