"""Departments, titles, people and prose for the blind85 corpus (exports: spreadsheet rows, HR
system reports, mail-merge output, beside standard forms). Everything here is invented except the
departments' names."""

DEPARTMENTS = [
    # (English, French, short)
    ("Employment and Social Development Canada", "Emploi et Développement social Canada", "ESDC"),
    ("Transport Canada", "Transports Canada", "TC"),
    ("Natural Resources Canada", "Ressources naturelles Canada", "NRCan"),
    ("Fisheries and Oceans Canada", "Pêches et Océans Canada", "DFO"),
    ("Immigration, Refugees and Citizenship Canada", "Immigration, Réfugiés et Citoyenneté Canada", "IRCC"),
    ("Statistics Canada", "Statistique Canada", "StatCan"),
    ("Agriculture and Agri-Food Canada", "Agriculture et Agroalimentaire Canada", "AAFC"),
    ("Environment and Climate Change Canada", "Environnement et Changement climatique Canada", "ECCC"),
    ("Canada Revenue Agency", "Agence du revenu du Canada", "CRA"),
    ("Public Health Agency of Canada", "Agence de la santé publique du Canada", "PHAC"),
    ("Indigenous Services Canada", "Services aux Autochtones Canada", "ISC"),
    ("Innovation, Science and Economic Development Canada", "Innovation, Sciences et Développement économique Canada", "ISED"),
    ("Public Safety Canada", "Sécurité publique Canada", "PS"),
    ("Health Canada", "Santé Canada", "HC"),
    ("Canadian Food Inspection Agency", "Agence canadienne d'inspection des aliments", "CFIA"),
    ("Canada Border Services Agency", "Agence des services frontaliers du Canada", "CBSA"),
    ("Veterans Affairs Canada", "Anciens Combattants Canada", "VAC"),
    ("Public Services and Procurement Canada", "Services publics et Approvisionnement Canada", "PSPC"),
    ("Shared Services Canada", "Services partagés Canada", "SSC"),
    ("Library and Archives Canada", "Bibliothèque et Archives Canada", "LAC"),
]

# (city, province English, label English, label French)
LOCATIONS = [
    ("Ottawa", "Ontario", "Ottawa, Ontario", "Ottawa (Ontario)", "OTTAWA ON"),
    ("Gatineau", "Quebec", "Gatineau, Quebec", "Gatineau (Québec)", "GATINEAU QC"),
    ("Montréal", "Quebec", "Montréal, Quebec", "Montréal (Québec)", "MONTREAL QC"),
    ("Halifax", "Nova Scotia", "Halifax, Nova Scotia", "Halifax (Nouvelle-Écosse)", "HALIFAX NS"),
    ("Winnipeg", "Manitoba", "Winnipeg, Manitoba", "Winnipeg (Manitoba)", "WINNIPEG MB"),
    ("Vancouver", "British Columbia", "Vancouver, British Columbia", "Vancouver (Colombie-Britannique)", "VANCOUVER BC"),
    ("Edmonton", "Alberta", "Edmonton, Alberta", "Edmonton (Alberta)", "EDMONTON AB"),
    ("Moncton", "New Brunswick", "Moncton, New Brunswick", "Moncton (Nouveau-Brunswick)", "MONCTON NB"),
    ("Regina", "Saskatchewan", "Regina, Saskatchewan", "Regina (Saskatchewan)", "REGINA SK"),
    ("Toronto", "Ontario", "Toronto, Ontario", "Toronto (Ontario)", "TORONTO ON"),
    ("Québec", "Quebec", "Québec, Quebec", "Québec (Québec)", "QUEBEC QC"),
    ("Miramichi", "New Brunswick", "Miramichi, New Brunswick", "Miramichi (Nouveau-Brunswick)", "MIRAMICHI NB"),
]

# Areas of work: (English area, French area, English verb phrase, French verb phrase)
AREAS = [
    ("Program Integrity", "Intégrité des programmes", "the integrity of benefit programs", "l'intégrité des programmes de prestations"),
    ("Marine Safety Operations", "Opérations de sécurité maritime", "the marine safety oversight program", "le programme de surveillance de la sécurité maritime"),
    ("Energy Efficiency Programs", "Programmes d'efficacité énergétique", "national energy efficiency programs", "les programmes nationaux d'efficacité énergétique"),
    ("Aquatic Ecosystems Science", "Sciences des écosystèmes aquatiques", "aquatic ecosystems research and advice", "la recherche et les avis sur les écosystèmes aquatiques"),
    ("Case Processing Centres", "Centres de traitement des cas", "the processing of applications in the case processing network", "le traitement des demandes dans le réseau des centres de traitement"),
    ("Labour Statistics", "Statistique du travail", "the labour statistics program", "le programme de la statistique du travail"),
    ("Business Risk Management Programs", "Programmes de gestion des risques de l'entreprise", "business risk management programs for producers", "les programmes de gestion des risques de l'entreprise pour les producteurs"),
    ("Air Quality Monitoring", "Surveillance de la qualité de l'air", "the national air quality monitoring network", "le réseau national de surveillance de la qualité de l'air"),
    ("Collections Operations", "Opérations de recouvrement", "collections operations for individual and business debts", "les opérations de recouvrement des dettes des particuliers et des entreprises"),
    ("Emergency Preparedness", "Protection civile", "emergency preparedness and response capacity", "la capacité de préparation et d'intervention en cas d'urgence"),
    ("Infrastructure Investments", "Investissements en infrastructure", "community infrastructure investments", "les investissements dans l'infrastructure communautaire"),
    ("Spectrum Licensing", "Délivrance des licences du spectre", "spectrum licensing and authorization", "la délivrance des licences et des autorisations du spectre"),
    ("Crime Prevention Programs", "Programmes de prévention du crime", "national crime prevention programs", "les programmes nationaux de prévention du crime"),
    ("Medical Devices Compliance", "Conformité des instruments médicaux", "the compliance and enforcement of medical devices regulations", "la conformité et l'application de la réglementation des instruments médicaux"),
    ("Import Controls", "Contrôles des importations", "import controls for food, plants and animals", "les contrôles des importations d'aliments, de végétaux et d'animaux"),
    ("Traveller Programs", "Programmes des voyageurs", "traveller processing programs at ports of entry", "les programmes de traitement des voyageurs aux points d'entrée"),
    ("Disability Benefits Operations", "Opérations des prestations d'invalidité", "the adjudication of disability benefits", "le traitement des demandes de prestations d'invalidité"),
    ("Acquisitions Operations", "Opérations d'acquisitions", "complex procurement for client departments", "l'approvisionnement complexe pour les ministères clients"),
    ("Network Services", "Services de réseau", "enterprise network services", "les services de réseau d'entreprise"),
    ("Digital Preservation", "Préservation numérique", "the preservation of digital holdings", "la préservation des fonds numériques"),
    ("Financial Planning and Resource Management", "Planification financière et gestion des ressources", "financial planning and resource management", "la planification financière et la gestion des ressources"),
    ("Regional Operations, Atlantic", "Opérations régionales, Atlantique", "program delivery in the Atlantic region", "la prestation des programmes dans la région de l'Atlantique"),
    ("Policy and Research", "Politiques et recherche", "policy research and analysis", "la recherche et l'analyse stratégiques"),
    ("Grants and Contributions Delivery", "Prestation des subventions et contributions", "the delivery of grants and contributions", "la prestation des subventions et contributions"),
    ("Human Resources Operations", "Opérations des ressources humaines", "human resources operations", "les opérations des ressources humaines"),
]

# Level -> (English head word, French head word); supervisor levels
HEADS = {
    "EX-01": [("Director", "Directeur"), ("Director", "Directrice"), ("Senior Director", "Directeur principal")],
    "EX-02": [("Executive Director", "Directeur exécutif"), ("Executive Director", "Directrice exécutive")],
    "EX-03": [("Director General", "Directeur général"), ("Director General", "Directrice générale")],
    "EX-04": [("Assistant Deputy Minister", "Sous-ministre adjoint")],
}

SUPERVISOR_AREAS = [
    ("Operations", "Opérations"), ("Program Delivery", "Prestation des programmes"), ("Strategic Policy", "Politique stratégique"),
    ("Science and Technology", "Sciences et technologie"), ("Corporate Services", "Services ministériels"),
    ("Service Delivery", "Prestation des services"), ("Regulatory Operations", "Opérations réglementaires"),
    ("Regional Affairs", "Affaires régionales"),
]

# Direct reports: (English title pattern, French pattern, possible classifications)
REPORT_KINDS = [
    ("Manager, {x}", "Gestionnaire, {x}", ["EC-07", "PM-06", "AS-07", "CS-04"]),
    ("Senior Manager, {x}", "Gestionnaire principal, {x}", ["EC-08", "PM-07", "AS-08"]),
    ("Chief, {x}", "Chef, {x}", ["EC-06", "PM-06", "EG-07", "FI-03"]),
    ("Director, {x}", "Directeur, {x}", ["EX-01"]),
    ("Special Advisor", "Conseiller spécial", ["EC-06", "PM-06"]),
    ("Executive Assistant", "Adjointe exécutive", ["AS-02", "AS-03", "CR-05"]),
    ("Team Leader, {x}", "Chef d'équipe, {x}", ["PM-05", "CS-03", "EC-05"]),
]
REPORT_SUBAREAS = [
    ("Operations", "Opérations"), ("Planning and Reporting", "Planification et rapports"), ("Compliance", "Conformité"),
    ("Analysis", "Analyse"), ("Client Services", "Services à la clientèle"), ("Quality Assurance", "Assurance de la qualité"),
    ("Business Systems", "Systèmes opérationnels"), ("Partnerships", "Partenariats"), ("Data and Methods", "Données et méthodes"),
    ("Field Services", "Services sur le terrain"), ("Risk Management", "Gestion des risques"), ("Outreach", "Sensibilisation"),
]

FIRST = ["Marie-Claude", "Jonathan", "Priya", "Gilles", "Amanda", "Rajinder", "Sophie", "Kevin", "Nathalie", "Derek",
         "Isabelle", "Tariq", "Geneviève", "Colin", "Mei-Ling", "Étienne", "Rachel", "Olumide", "Chantal", "Bradley",
         "Yasmine", "Luc", "Fiona", "Hamid", "Josée", "Trevor", "Anaïs", "Malcolm", "Sylvie", "Darnell"]
LAST = ["Tremblay", "Okafor", "Whitfield", "Bouchard", "Nakamura", "Gagnon", "MacPhail", "Desrosiers", "Singh",
        "Lavoie", "Brennan", "Côté", "Haddad", "Pelletier", "Stroud", "Nguyen", "Fortin", "Kowalczyk", "Bélanger",
        "Ashworth", "Morin", "Dubé", "Chaudhry", "Leblanc", "Osei", "Thibodeau", "McAllister", "Girard", "Varga", "Poirier"]

EN_GA = [
    "The {title} is accountable for the leadership, planning and management of {verb}, ensuring that results for Canadians are achieved within approved resources and in accordance with legislation, regulations and Treasury Board policies.",
    "Provides strategic direction and leadership for {verb} across {dept}, and ensures that the directorate's programs, services and advice meet the expectations of the Minister, senior management and clients.",
    "The incumbent directs {verb}, including the development of policies, operational frameworks and performance measurement, and represents the department with central agencies, provinces and territories and stakeholders.",
]
FR_GA = [
    "Le titulaire est responsable du leadership, de la planification et de la prestation de {verb}, en veillant à ce que les résultats pour les Canadiens soient atteints dans les limites des ressources approuvées et conformément aux lois, aux règlements et aux politiques du Conseil du Trésor.",
    "Assure l'orientation stratégique et le leadership de {verb} à {dept}, et veille à ce que les programmes, les services et les conseils de la direction répondent aux attentes du ministre, de la haute direction et des clients.",
    "Dirige {verb}, y compris l'élaboration des politiques, des cadres opérationnels et de la mesure du rendement, et représente le ministère auprès des organismes centraux, des provinces et territoires et des intervenants.",
]
EN_NS = [
    "The directorate operates in a complex, multi-jurisdictional environment with impacts from national and international developments, evolving federal government priorities and the expectations of a wide range of stakeholders, including other federal departments, provinces and territories, industry and labour.",
    "The work requires the reconciliation of competing priorities of internal and external stakeholders to meet critical objectives and timelines that may not be shared by all parties, while maintaining the confidence of clients and the department's reputation for sound advice.",
    "Major challenges include the modernization of aging business systems, the recruitment and retention of specialized staff, and the need to deliver on ministerial commitments with limited resources while managing significant operational and reputational risks.",
    "The incumbent leads a range of inter-dependent analytical, operational, consultative and partnership activities and provides a corporate perspective for the development and implementation of strategies, frameworks and initiatives that integrate various perspectives.",
]
FR_NS = [
    "La direction évolue dans un environnement complexe, où interviennent plusieurs compétences, et subit l'influence de l'évolution nationale et internationale, des priorités changeantes du gouvernement fédéral et des attentes d'un large éventail d'intervenants, notamment d'autres ministères fédéraux, les provinces et territoires, l'industrie et les syndicats.",
    "Le travail exige de concilier les priorités concurrentes des intervenants internes et externes afin d'atteindre des objectifs et des échéances critiques qui ne sont pas toujours partagés, tout en maintenant la confiance des clients et la réputation du ministère.",
    "Les principaux défis comprennent la modernisation de systèmes opérationnels vieillissants, le recrutement et le maintien en poste de personnel spécialisé, et la nécessité de respecter les engagements ministériels avec des ressources limitées.",
]
EN_SA = [
    "Provides leadership and oversight for the development, delivery and assessment of {verb}.",
    "Directs the development and implementation of national strategies, policies and operational frameworks, including governance mechanisms and performance measurement.",
    "Establishes and maintains effective relationships with central agencies, other government departments, provinces and territories and the private sector to consult and collaborate on the harmonization of approaches.",
    "Provides strategic advice, briefings and recommendations to senior management and the Minister's office, and prepares Memoranda to Cabinet and Treasury Board submissions.",
    "As a member of the branch's senior management team, contributes to corporate planning, decision-making and the management of the branch's overall resources.",
    "Manages the human, financial and material resources of the directorate with prudence and probity, in accordance with the values and ethics of the public service.",
    "Represents the department at interdepartmental and federal-provincial-territorial committees and working groups.",
]
FR_SA = [
    "Assure le leadership et la surveillance de l'élaboration, de la prestation et de l'évaluation de {verb}.",
    "Dirige l'élaboration et la mise en œuvre de stratégies, de politiques et de cadres opérationnels nationaux, y compris les mécanismes de gouvernance et la mesure du rendement.",
    "Établit et entretient des relations efficaces avec les organismes centraux, les autres ministères, les provinces et territoires et le secteur privé afin de les consulter et de collaborer à l'harmonisation des approches.",
    "Fournit des conseils stratégiques, des notes d'information et des recommandations à la haute direction et au cabinet du ministre, et prépare des mémoires au Cabinet et des présentations au Conseil du Trésor.",
    "À titre de membre de l'équipe de la haute direction de la direction générale, contribue à la planification ministérielle, à la prise de décisions et à la gestion des ressources.",
    "Gère les ressources humaines, financières et matérielles de la direction avec prudence et probité, conformément aux valeurs et à l'éthique de la fonction publique.",
]
EN_CSR = "Client Service Results"
EN_KA = [
    "Leading the delivery of {verb} to meet service standards and client expectations.",
    "Developing and implementing operational plans, performance indicators and risk mitigation strategies.",
    "Building partnerships with stakeholders and other jurisdictions to advance shared objectives.",
    "Advising senior management on emerging issues, trends and options.",
    "Managing the directorate's human and financial resources and fostering a healthy, inclusive workplace.",
]
FR_KA = [
    "Diriger la prestation de {verb} afin de respecter les normes de service et les attentes des clients.",
    "Élaborer et mettre en œuvre des plans opérationnels, des indicateurs de rendement et des stratégies d'atténuation des risques.",
    "Établir des partenariats avec les intervenants et les autres administrations afin de faire progresser des objectifs communs.",
    "Conseiller la haute direction sur les enjeux, les tendances et les options.",
]

# Which departments an area of work belongs to (short names); areas not listed fit any department.
AREA_DEPTS = {
    "Program Integrity": ["ESDC", "CRA"], "Marine Safety Operations": ["TC", "DFO"],
    "Energy Efficiency Programs": ["NRCan"], "Aquatic Ecosystems Science": ["DFO", "ECCC"],
    "Case Processing Centres": ["IRCC"], "Labour Statistics": ["StatCan"],
    "Business Risk Management Programs": ["AAFC"], "Air Quality Monitoring": ["ECCC", "HC"],
    "Collections Operations": ["CRA"], "Emergency Preparedness": ["PS", "PHAC", "HC"],
    "Infrastructure Investments": ["ISC", "TC"], "Spectrum Licensing": ["ISED"],
    "Crime Prevention Programs": ["PS"], "Medical Devices Compliance": ["HC"], "Import Controls": ["CFIA", "CBSA"],
    "Traveller Programs": ["CBSA"], "Disability Benefits Operations": ["VAC", "ESDC"],
    "Acquisitions Operations": ["PSPC"], "Network Services": ["SSC"], "Digital Preservation": ["LAC"],
}
