"""Data and prose for the blind56 corpus (damaged scans of EX work descriptions).

Departments, subjects, direct-report titles, people and the paragraphs the documents are
written from. Everything here is invented (positions, numbers, people) except the names of
the departments and agencies.
"""

# (English name, French name, short EN, short FR, [(city EN, province EN, city FR, province FR)])
DEPARTMENTS = [
    ("Employment and Social Development Canada", "Emploi et Développement social Canada", "ESDC", "EDSC",
     [("Gatineau", "Quebec", "Gatineau", "Québec"), ("Toronto", "Ontario", "Toronto", "Ontario")]),
    ("Transport Canada", "Transports Canada", "TC", "TC",
     [("Ottawa", "Ontario", "Ottawa", "Ontario"), ("Vancouver", "British Columbia", "Vancouver", "Colombie-Britannique")]),
    ("Health Canada", "Santé Canada", "HC", "SC",
     [("Ottawa", "Ontario", "Ottawa", "Ontario")]),
    ("Public Services and Procurement Canada", "Services publics et Approvisionnement Canada", "PSPC", "SPAC",
     [("Gatineau", "Quebec", "Gatineau", "Québec"), ("Edmonton", "Alberta", "Edmonton", "Alberta")]),
    ("Fisheries and Oceans Canada", "Pêches et Océans Canada", "DFO", "MPO",
     [("Moncton", "New Brunswick", "Moncton", "Nouveau-Brunswick"), ("Ottawa", "Ontario", "Ottawa", "Ontario")]),
    ("Natural Resources Canada", "Ressources naturelles Canada", "NRCan", "RNCan",
     [("Ottawa", "Ontario", "Ottawa", "Ontario")]),
    ("Statistics Canada", "Statistique Canada", "StatCan", "StatCan",
     [("Ottawa", "Ontario", "Ottawa", "Ontario")]),
    ("Canada Revenue Agency", "Agence du revenu du Canada", "CRA", "ARC",
     [("Shawinigan", "Quebec", "Shawinigan", "Québec"), ("Winnipeg", "Manitoba", "Winnipeg", "Manitoba"),
      ("Ottawa", "Ontario", "Ottawa", "Ontario")]),
    ("Immigration, Refugees and Citizenship Canada", "Immigration, Réfugiés et Citoyenneté Canada", "IRCC", "IRCC",
     [("Ottawa", "Ontario", "Ottawa", "Ontario"), ("Montréal", "Quebec", "Montréal", "Québec")]),
    ("Agriculture and Agri-Food Canada", "Agriculture et Agroalimentaire Canada", "AAFC", "AAC",
     [("Ottawa", "Ontario", "Ottawa", "Ontario"), ("Saskatoon", "Saskatchewan", "Saskatoon", "Saskatchewan")]),
    ("Canada Border Services Agency", "Agence des services frontaliers du Canada", "CBSA", "ASFC",
     [("Ottawa", "Ontario", "Ottawa", "Ontario"), ("Montréal", "Quebec", "Montréal", "Québec")]),
    ("Correctional Service Canada", "Service correctionnel du Canada", "CSC", "SCC",
     [("Kingston", "Ontario", "Kingston", "Ontario"), ("Laval", "Quebec", "Laval", "Québec")]),
    ("Veterans Affairs Canada", "Anciens Combattants Canada", "VAC", "ACC",
     [("Charlottetown", "Prince Edward Island", "Charlottetown", "Île-du-Prince-Édouard")]),
    ("Public Health Agency of Canada", "Agence de la santé publique du Canada", "PHAC", "ASPC",
     [("Winnipeg", "Manitoba", "Winnipeg", "Manitoba"), ("Ottawa", "Ontario", "Ottawa", "Ontario")]),
    ("Indigenous Services Canada", "Services aux Autochtones Canada", "ISC", "SAC",
     [("Gatineau", "Quebec", "Gatineau", "Québec"), ("Regina", "Saskatchewan", "Regina", "Saskatchewan")]),
    ("Shared Services Canada", "Services partagés Canada", "SSC", "SPC",
     [("Ottawa", "Ontario", "Ottawa", "Ontario")]),
    ("Canadian Food Inspection Agency", "Agence canadienne d'inspection des aliments", "CFIA", "ACIA",
     [("Ottawa", "Ontario", "Ottawa", "Ontario"), ("Guelph", "Ontario", "Guelph", "Ontario")]),
    ("Parks Canada", "Parcs Canada", "PC", "PC",
     [("Gatineau", "Quebec", "Gatineau", "Québec"), ("Halifax", "Nova Scotia", "Halifax", "Nouvelle-Écosse")]),
    ("Innovation, Science and Economic Development Canada", "Innovation, Sciences et Développement économique Canada",
     "ISED", "ISDE", [("Ottawa", "Ontario", "Ottawa", "Ontario")]),
    ("Library and Archives Canada", "Bibliothèque et Archives Canada", "LAC", "BAC",
     [("Gatineau", "Quebec", "Gatineau", "Québec")]),
    ("Canadian Heritage", "Patrimoine canadien", "PCH", "PCH",
     [("Gatineau", "Quebec", "Gatineau", "Québec")]),
    ("Canada Economic Development for Quebec Regions", "Développement économique Canada pour les régions du Québec",
     "CED", "DEC", [("Montréal", "Quebec", "Montréal", "Québec"), ("Québec", "Quebec", "Québec", "Québec")]),
    ("Atlantic Canada Opportunities Agency", "Agence de promotion économique du Canada atlantique", "ACOA", "APECA",
     [("Moncton", "New Brunswick", "Moncton", "Nouveau-Brunswick")]),
    ("Public Safety Canada", "Sécurité publique Canada", "PS", "SP",
     [("Ottawa", "Ontario", "Ottawa", "Ontario")]),
    ("Department of Justice Canada", "Ministère de la Justice Canada", "JUS", "JUS",
     [("Ottawa", "Ontario", "Ottawa", "Ontario"), ("Toronto", "Ontario", "Toronto", "Ontario")]),
    ("Canadian Coast Guard", "Garde côtière canadienne", "CCG", "GCC",
     [("St. John's", "Newfoundland and Labrador", "St. John's", "Terre-Neuve-et-Labrador"),
      ("Québec", "Quebec", "Québec", "Québec")]),
    ("Environment and Climate Change Canada", "Environnement et Changement climatique Canada", "ECCC", "ECCC",
     [("Gatineau", "Quebec", "Gatineau", "Québec"), ("Dartmouth", "Nova Scotia", "Dartmouth", "Nouvelle-Écosse")]),
]

# subject of a position: (English, French); the French takes "de la"/"des" as printed
SUBJECTS = [
    ("Program Integrity", "Intégrité des programmes"),
    ("Client Service Delivery", "Prestation des services à la clientèle"),
    ("Strategic Policy and Planning", "Politique stratégique et planification"),
    ("Financial Planning and Resource Management", "Planification financière et gestion des ressources"),
    ("Information Management", "Gestion de l’information"),
    ("Regional Operations", "Opérations régionales"),
    ("Labour Market Information", "Information sur le marché du travail"),
    ("Grants and Contributions", "Subventions et contributions"),
    ("Internal Audit", "Vérification interne"),
    ("Corporate Security", "Sécurité ministérielle"),
    ("Fleet Maintenance and Engineering", "Entretien et ingénierie de la flotte"),
    ("Enforcement and Intelligence", "Exécution de la loi et renseignement"),
    ("Digital Services", "Services numériques"),
    ("Procurement Modernization", "Modernisation de l’approvisionnement"),
    ("Infrastructure Operations", "Opérations de l’infrastructure"),
    ("Science Policy and Integration", "Politique et intégration scientifiques"),
    ("Indigenous Partnerships", "Partenariats autochtones"),
    ("Workplace Relations", "Relations en milieu de travail"),
    ("Collections Management", "Gestion des collections"),
    ("Risk Assessment", "Évaluation des risques"),
    ("Compliance Programs", "Programmes d’observation"),
    ("Communications and Outreach", "Communications et sensibilisation"),
    ("Data Strategy and Analytics", "Stratégie des données et analytique"),
    ("Federal Real Property", "Biens immobiliers fédéraux"),
    ("Emergency Management", "Gestion des urgences"),
    ("Case Processing", "Traitement des cas"),
    ("Business Development", "Développement des affaires"),
    ("Evaluation", "Évaluation"),
    ("Institutional Operations", "Opérations en établissement"),
    ("Human Resources Services", "Services des ressources humaines"),
    ("Marine Safety", "Sécurité maritime"),
    ("Trade Policy", "Politique commerciale"),
    ("Benefits Processing", "Traitement des prestations"),
    ("Climate Adaptation", "Adaptation aux changements climatiques"),
    ("Investigations", "Enquêtes"),
    ("Legal Services", "Services juridiques"),
    ("Accounting Operations", "Opérations comptables"),
    ("Heritage Programs", "Programmes du patrimoine"),
    ("Partnerships and Stakeholder Relations", "Partenariats et relations avec les intervenants"),
    ("Cyber Security", "Cybersécurité"),
    ("Policy Research", "Recherche sur les politiques"),
    ("Field Operations", "Opérations sur le terrain"),
    ("Laboratory Services", "Services de laboratoire"),
    ("Pension Services", "Services des pensions"),
    ("Learning and Development", "Apprentissage et perfectionnement"),
]

# direct-report title stems (English, French) and a plausible group/level
REPORTS = [
    ("Manager, Operations", "Gestionnaire, Opérations", "AS-07"),
    ("Manager, Policy Analysis", "Gestionnaire, Analyse des politiques", "EC-07"),
    ("Senior Advisor", "Conseiller principal", "EC-06"),
    ("Manager, Program Delivery", "Gestionnaire, Prestation des programmes", "PM-06"),
    ("Manager, Financial Services", "Gestionnaire, Services financiers", "FI-04"),
    ("Manager, Systems Development", "Gestionnaire, Développement des systèmes", "CS-04"),
    ("Chief, Technical Services", "Chef, Services techniques", "EN-ENG-05"),
    ("Manager, Client Services", "Gestionnaire, Services aux clients", "PM-05"),
    ("Manager, Research and Analysis", "Gestionnaire, Recherche et analyse", "EC-07"),
    ("Team Leader, Compliance", "Chef d’équipe, Observation", "PM-06"),
    ("Manager, Planning and Reporting", "Gestionnaire, Planification et rapports", "EC-06"),
    ("Manager, Investigations", "Gestionnaire, Enquêtes", "PM-06"),
    ("Senior Program Manager", "Gestionnaire principal de programme", "PM-07"),
    ("Manager, Audit Practice", "Gestionnaire, Pratique de vérification", "AU-04"),
    ("Chief, Information Technology", "Chef, Technologie de l’information", "CS-05"),
    ("Manager, Communications", "Gestionnaire, Communications", "IS-05"),
    ("Executive Assistant", "Adjoint exécutif", "AS-02"),
    ("Manager, Data Services", "Gestionnaire, Services de données", "EC-06"),
    ("Regional Manager, Field Operations", "Gestionnaire régional, Opérations sur le terrain", "PM-06"),
    ("Manager, Laboratory Operations", "Gestionnaire, Opérations de laboratoire", "BI-04"),
    ("Manager, Contracting", "Gestionnaire, Passation de marchés", "PG-06"),
    ("Manager, Human Resources", "Gestionnaire, Ressources humaines", "PE-06"),
    ("Superintendent, Marine Programs", "Surintendant, Programmes maritimes", "GT-07"),
    ("Manager, Accounting", "Gestionnaire, Comptabilité", "FI-03"),
]
REPORT_QUALIFIERS = [
    ("East", "Est"), ("West", "Ouest"), ("Atlantic", "Atlantique"), ("Headquarters", "Administration centrale"),
    ("Quebec Region", "Région du Québec"), ("Pacific", "Pacifique"), ("North", "Nord"), ("National", "national"),
]

FIRST = ["Marie-Claude", "Daniel", "Priya", "Robert", "Sylvie", "Kwame", "Jennifer", "Luc", "Anne", "Hamid",
         "Catherine", "Gordon", "Isabelle", "Trevor", "Nathalie", "Michael", "Geneviève", "Farah", "Pierre",
         "Heather", "Simon", "Lucie", "Brian", "Mélanie", "Rajesh", "Christine", "Denis", "Wendy", "Étienne",
         "Olivia", "Yannick", "Tanya", "François", "Deborah", "Jean-Sébastien", "Aisha", "Marc", "Louise",
         "Stéphane", "Karen", "Benoît", "Nadia", "Gilles", "Shannon", "Martin", "Josée", "Ahmed", "Patricia"]
LAST = ["Tremblay", "MacDonald", "Okafor", "Gauthier", "Singh", "Lavoie", "Fraser", "Bouchard", "Nguyen",
        "Côté", "Henderson", "Pelletier", "Chowdhury", "Bélanger", "Morrison", "Leblanc", "Sutherland",
        "Girard", "Kowalski", "Thibodeau", "McKenzie", "Poirier", "Haddad", "Fortin", "Campbell", "Roy",
        "Abboud", "Desjardins", "Walsh", "Ouellet", "Ferguson", "Bergeron", "Mensah", "Caron", "Stewart",
        "Lapointe", "Zhang", "Dufour", "O'Neill", "Paquette", "Reid", "Séguin"]


def general_en(title, subj, dept):
    return [
        f"The {title} is accountable for the leadership, planning and delivery of the {subj} program "
        f"of {dept}, for the design and implementation of national strategies, frameworks and service "
        f"standards, and for providing expert advice to senior management on emerging issues that "
        f"affect the effectiveness and integrity of departmental programs.",
        f"Under the general direction of the supervisor, the {title} provides strategic leadership to a "
        f"multidisciplinary organization responsible for {subj.lower()}, ensures that operational "
        f"results are achieved within approved resources, and represents the Department with central "
        f"agencies, other government departments, provinces and territories and external stakeholders.",
        f"Provides national leadership and direction for {subj.lower()}; develops and implements the "
        f"policies, programs and operational frameworks required to meet the Department's obligations; "
        f"and manages the human, financial and material resources of the directorate with prudence and "
        f"probity.",
    ]


def general_fr(title, subj, dept):
    return [
        f"Le titulaire du poste de {title} est responsable de la direction, de la planification et de la "
        f"prestation du programme « {subj} » de {dept}, de la conception et de la mise en œuvre de "
        f"stratégies, de cadres et de normes de service nationaux, ainsi que de la prestation de conseils "
        f"d’expert à la haute direction sur les enjeux émergents.",
        f"Sous la direction générale de son superviseur, le titulaire assure le leadership stratégique d’une "
        f"organisation multidisciplinaire chargée du secteur « {subj} », veille à l’atteinte des résultats "
        f"opérationnels dans les limites des ressources approuvées et représente le Ministère auprès des "
        f"organismes centraux, des autres ministères, des provinces et des territoires.",
        f"Assure l’orientation et le leadership à l’échelle nationale dans le secteur « {subj} »; élabore "
        f"et met en œuvre les politiques, programmes et cadres opérationnels requis pour que le Ministère "
        f"s’acquitte de ses obligations; gère les ressources humaines, financières et matérielles avec "
        f"prudence et probité.",
    ]


def nature_en(title, subj, dept):
    return [
        f"{dept} operates in a complex, multi-jurisdictional environment with impacts from national and "
        f"international socio-economic developments, evolving government priorities and heightened "
        f"expectations of Canadians for timely, accessible and secure services. The {subj} function is "
        f"at the centre of the Department's efforts to modernize its programs and to demonstrate "
        f"results to Parliament and to Canadians.",
        f"The incumbent leads a range of inter-dependent analytical, operational, consultative and "
        f"partnership activities. Major challenges include reconciling the competing priorities of "
        f"internal and external stakeholders, delivering on commitments in collaboration with regions "
        f"where there are no direct lines of report, and maintaining service standards while systems "
        f"and processes are being replaced.",
        f"The {title} must anticipate and respond to issues of a sensitive and high-profile nature, "
        f"often under tight timelines, and must build and maintain effective relationships with "
        f"senior officials of central agencies, provincial and territorial governments, industry, "
        f"labour and Indigenous organizations.",
    ]


def nature_fr(title, subj, dept):
    return [
        f"{dept} évolue dans un environnement complexe, où interviennent plusieurs compétences, et subit "
        f"l’incidence de l’évolution socio-économique nationale et internationale, de priorités "
        f"gouvernementales changeantes et des attentes accrues des Canadiens à l’égard de services "
        f"rapides, accessibles et sécuritaires.",
        f"Le titulaire dirige un ensemble d’activités interdépendantes d’analyse, d’exploitation, de "
        f"consultation et de partenariat. Les principaux défis consistent à concilier les priorités "
        f"divergentes des intervenants internes et externes, à respecter les engagements en "
        f"collaboration avec les régions en l’absence de liens hiérarchiques directs et à maintenir les "
        f"normes de service pendant le remplacement des systèmes.",
        f"Le titulaire doit prévoir les enjeux délicats et très médiatisés et y réagir, souvent dans des "
        f"délais serrés, et établir des relations efficaces avec les hauts fonctionnaires des organismes "
        f"centraux, des gouvernements provinciaux et territoriaux, de l’industrie et des organisations "
        f"autochtones.",
    ]


SPECIFIC_EN = [
    "Directs the development and implementation of national strategies, policies and operational frameworks for the program.",
    "Provides strategic advice, briefings and recommendations to the Assistant Deputy Minister and to senior management committees on sensitive and emerging issues.",
    "Establishes the directorate's priorities and manages its human, financial and material resources in accordance with the values and ethics of the public service.",
    "Leads the negotiation of agreements and partnerships with provinces, territories, other federal organizations and external stakeholders.",
    "Oversees performance measurement, monitoring and reporting, and ensures that audit and evaluation recommendations are implemented.",
    "Represents the Department at interdepartmental and federal-provincial-territorial committees and working groups.",
    "Champions modernization, innovation and the adoption of digital tools and data-driven decision-making.",
    "Leads the preparation of Memoranda to Cabinet, Treasury Board submissions and briefing material for the Minister.",
    "Fosters a healthy, inclusive and bilingual workplace and supports the development and succession planning of staff.",
    "Ensures the integrity of program delivery through effective risk management, quality assurance and internal controls.",
]

SPECIFIC_FR = [
    "Dirige l’élaboration et la mise en œuvre de stratégies, de politiques et de cadres opérationnels nationaux pour le programme.",
    "Fournit des conseils stratégiques, des breffages et des recommandations au sous-ministre adjoint et aux comités de la haute direction sur les enjeux délicats et émergents.",
    "Établit les priorités de la direction et gère ses ressources humaines, financières et matérielles conformément aux valeurs et à l’éthique de la fonction publique.",
    "Dirige la négociation d’ententes et de partenariats avec les provinces, les territoires, d’autres organisations fédérales et les intervenants externes.",
    "Supervise la mesure du rendement, la surveillance et la production de rapports, et veille à la mise en œuvre des recommandations de vérification et d’évaluation.",
    "Représente le Ministère au sein de comités et de groupes de travail interministériels et fédéraux-provinciaux-territoriaux.",
    "Favorise la modernisation, l’innovation et l’adoption d’outils numériques et d’une prise de décision fondée sur les données.",
    "Dirige la préparation de mémoires au Cabinet, de présentations au Conseil du Trésor et de documents d’information pour le ministre.",
    "Favorise un milieu de travail sain, inclusif et bilingue et appuie le perfectionnement et la planification de la relève du personnel.",
    "Assure l’intégrité de la prestation des programmes grâce à une gestion efficace des risques, à l’assurance de la qualité et aux contrôles internes.",
]

CSR_EN = "Client Service Results: Delivery of {subj} programs, services and advice that meet the needs of Canadians, the Minister and departmental senior management, in accordance with legislation, policies and service standards."
CSR_FR = "Résultats axés sur le service à la clientèle : Prestation de programmes, de services et de conseils dans le secteur « {subj} » qui répondent aux besoins des Canadiens, du ministre et de la haute direction, conformément aux lois, aux politiques et aux normes de service."

DUTY_EN = ["managing day-to-day operations", "policy analysis and advice", "the delivery of national programs",
           "financial planning and reporting", "systems development and support", "quality assurance",
           "stakeholder engagement", "research and data analysis"]
DUTY_FR = ["la gestion des opérations courantes", "l’analyse des politiques et les conseils",
           "la prestation des programmes nationaux", "la planification financière et les rapports",
           "le développement et le soutien des systèmes", "l’assurance de la qualité",
           "la mobilisation des intervenants", "la recherche et l’analyse des données"]

# subjects that belong to some departments only (short English names); the others go anywhere
SUBJECT_DEPTS = {
    "Fleet Maintenance and Engineering": ["CCG", "DFO"], "Marine Safety": ["TC", "CCG"],
    "Institutional Operations": ["CSC"], "Collections Management": ["LAC"], "Heritage Programs": ["PCH", "PC"],
    "Laboratory Services": ["PHAC", "CFIA", "HC"], "Benefits Processing": ["ESDC", "VAC"],
    "Pension Services": ["PSPC", "ESDC"], "Case Processing": ["IRCC"], "Climate Adaptation": ["ECCC", "NRCan"],
    "Indigenous Partnerships": ["ISC", "PC", "NRCan"], "Legal Services": ["JUS"], "Trade Policy": ["ISED", "AAFC"],
    "Enforcement and Intelligence": ["CBSA", "ECCC", "CFIA"], "Investigations": ["CRA", "CBSA"],
    "Federal Real Property": ["PSPC"], "Labour Market Information": ["ESDC"], "Compliance Programs": ["CRA", "CFIA"],
    "Cyber Security": ["SSC", "PS"], "Field Operations": ["PC", "CFIA", "AAFC"], "Emergency Management": ["PS", "PHAC"],
    "Business Development": ["CED", "ACOA"], "Science Policy and Integration": ["NRCan", "AAFC", "ECCC", "HC"],
    "Risk Assessment": ["HC", "CFIA"], "Procurement Modernization": ["PSPC"], "Marine Programs": ["DFO"],
}

# what a supervisor's organization is called (English, French)
SUPERVISOR_AREAS = [
    ("Program Operations", "Opérations des programmes"),
    ("Strategic Policy", "Politique stratégique"), ("Regional Operations", "Opérations régionales"),
    ("Operations", "Opérations"),
    ("Policy and Programs", "Politiques et programmes"), ("Service Delivery", "Prestation des services"),
    ("Science and Technology", "Sciences et technologie"),
]

# subjects of corporate (internal services) positions: their supervisors are in corporate services
CORPORATE = {"Financial Planning and Resource Management", "Information Management", "Internal Audit",
             "Corporate Security", "Procurement Modernization", "Human Resources Services", "Accounting Operations",
             "Communications and Outreach", "Workplace Relations", "Learning and Development", "Legal Services",
             "Evaluation", "Cyber Security", "Federal Real Property", "Infrastructure Operations", "Data Strategy and Analytics"}
CORPORATE_AREAS = [("Corporate Services", "Services ministériels"), ("Finance and Administration", "Finances et administration"),
                   ("Human Resources", "Ressources humaines"), ("Corporate Management", "Gestion ministérielle")]
CORPORATE_BRANCHES = [("Corporate Services Branch", "Direction générale des services ministériels"),
                      ("Chief Financial Officer Branch", "Direction générale du dirigeant principal des finances"),
                      ("Innovation, Information and Technology Branch", "Direction générale de l’innovation, de l’information et de la technologie")]
PROGRAM_BRANCHES = [("Program Operations Branch", "Direction générale des opérations de programmes"),
                    ("Strategic Policy Branch", "Direction générale de la politique stratégique"),
                    ("Service Delivery Branch", "Direction générale de la prestation des services"),
                    ("Science and Technology Branch", "Direction générale des sciences et de la technologie"),
                    ("Regional Operations Sector", "Secteur des opérations régionales")]

# what a director general's directors lead (English, French)
SUB_AREAS = [("Operations", "Opérations"), ("Policy and Planning", "Politiques et planification"),
             ("Program Delivery", "Prestation des programmes"), ("Business Integration", "Intégration des activités"),
             ("Systems and Data", "Systèmes et données"), ("Regional Coordination", "Coordination régionale"),
             ("Strategic Initiatives", "Initiatives stratégiques"), ("Client Services", "Services aux clients"),
             ("Quality Assurance", "Assurance de la qualité"), ("Resource Management", "Gestion des ressources"),
             ("Stakeholder Relations", "Relations avec les intervenants"), ("Analysis and Reporting", "Analyse et rapports")]
