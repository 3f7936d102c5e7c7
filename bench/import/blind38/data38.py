"""Text sources for the blind38 corpus: organizations, areas of work, prose banks (English and
French), names. Written for this corpus; vocabulary after public EX benchmark descriptions and
job posters, no passage copied."""

# (dept_en, dept_fr, short, branch_en, branch_fr, city, prov_en, prov_fr, city_fr)
ORGS = [
    ("Public Services and Procurement Canada", "Services publics et Approvisionnement Canada", "PSPC",
     "Pay Administration Branch", "Direction générale de l'administration de la paye", "Miramichi", "New Brunswick",
     "Nouveau-Brunswick", "Miramichi"),
    ("Atlantic Canada Opportunities Agency", "Agence de promotion économique du Canada atlantique", "ACOA",
     "New Brunswick Region", "Région du Nouveau-Brunswick", "Moncton", "New Brunswick", "Nouveau-Brunswick", "Moncton"),
    ("Canada Economic Development for Quebec Regions", "Développement économique Canada pour les régions du Québec",
     "CED", "Operations Sector", "Secteur des opérations", "Montréal", "Quebec", "Québec", "Montréal"),
    ("Fisheries and Oceans Canada", "Pêches et Océans Canada", "DFO", "Gulf Region", "Région du Golfe", "Moncton",
     "New Brunswick", "Nouveau-Brunswick", "Moncton"),
    ("Canada Revenue Agency", "Agence du revenu du Canada", "CRA", "Shawinigan Tax Centre",
     "Centre fiscal de Shawinigan", "Shawinigan", "Quebec", "Québec", "Shawinigan"),
    ("Parks Canada Agency", "Agence Parcs Canada", "PCA", "Quebec Field Unit", "Unité de gestion du Québec",
     "Québec", "Quebec", "Québec", "Québec"),
    ("Canadian Heritage", "Patrimoine canadien", "PCH", "Official Languages Branch",
     "Direction générale des langues officielles", "Gatineau", "Quebec", "Québec", "Gatineau"),
    ("Statistics Canada", "Statistique Canada", "STC", "Census Operations Field", "Secteur des opérations du recensement",
     "Ottawa", "Ontario", "Ontario", "Ottawa"),
    ("Canadian Space Agency", "Agence spatiale canadienne", "CSA", "Space Exploration", "Exploration spatiale",
     "Saint-Hubert", "Quebec", "Québec", "Saint-Hubert"),
    ("Employment and Social Development Canada", "Emploi et Développement social Canada", "ESDC",
     "Service Canada, Atlantic Region", "Service Canada, région de l'Atlantique", "Bathurst", "New Brunswick",
     "Nouveau-Brunswick", "Bathurst"),
    ("Correctional Service Canada", "Service correctionnel du Canada", "CSC", "Quebec Region", "Région du Québec",
     "Laval", "Quebec", "Québec", "Laval"),
    ("Agriculture and Agri-Food Canada", "Agriculture et Agroalimentaire Canada", "AAFC", "Science and Technology Branch",
     "Direction générale des sciences et de la technologie", "Fredericton", "New Brunswick", "Nouveau-Brunswick",
     "Fredericton"),
    ("Office of the Commissioner of Official Languages", "Commissariat aux langues officielles", "OCOL",
     "Compliance Assurance Branch", "Direction générale de l'assurance de la conformité", "Ottawa", "Ontario", "Ontario",
     "Ottawa"),
    ("Canada Border Services Agency", "Agence des services frontaliers du Canada", "CBSA", "Quebec Region",
     "Région du Québec", "Montréal", "Quebec", "Québec", "Montréal"),
    ("Translation Bureau", "Bureau de la traduction", "TB", "Linguistic Services", "Services linguistiques",
     "Gatineau", "Quebec", "Québec", "Gatineau"),
    ("Health Canada", "Santé Canada", "HC", "Regulatory Operations and Enforcement Branch",
     "Direction générale des opérations réglementaires et de l'application de la loi", "Longueuil", "Quebec", "Québec",
     "Longueuil"),
    ("Elections Canada", "Élections Canada", "EC", "Electoral Events and Innovation", "Scrutins et innovation",
     "Gatineau", "Quebec", "Québec", "Gatineau"),
    ("Canadian Coast Guard", "Garde côtière canadienne", "CCG", "Quebec Region", "Région du Québec", "Québec", "Quebec",
     "Québec", "Québec"),
    ("Library and Archives Canada", "Bibliothèque et Archives Canada", "LAC", "Archives Branch",
     "Direction générale des archives", "Gatineau", "Quebec", "Québec", "Gatineau"),
    ("Royal Canadian Mounted Police", "Gendarmerie royale du Canada", "RCMP", "J Division Corporate Management",
     "Gestion générale de la Division J", "Fredericton", "New Brunswick", "Nouveau-Brunswick", "Fredericton"),
]

# areas of work: (english, french)
AREAS = [
    ("Pay Operations", "Opérations de la paye"), ("Client Contact Centre", "Centre de contact avec la clientèle"),
    ("Business Development", "Développement des affaires"), ("Regional Programs", "Programmes régionaux"),
    ("Small Craft Harbours", "Ports pour petits bateaux"), ("Fisheries Management", "Gestion des pêches"),
    ("Individual Returns Processing", "Traitement des déclarations des particuliers"),
    ("Heritage Conservation", "Conservation du patrimoine"), ("Visitor Experience", "Expérience du visiteur"),
    ("Official Languages Support Programs", "Programmes d'appui aux langues officielles"),
    ("Field Collection", "Collecte sur le terrain"), ("Space Robotics", "Robotique spatiale"),
    ("Integrity Services", "Services d'intégrité"), ("Institutional Operations", "Opérations en établissement"),
    ("Research and Development Centre", "Centre de recherche et de développement"),
    ("Investigations", "Enquêtes"), ("Traveller Operations", "Opérations des voyageurs"),
    ("Terminology Standardization", "Normalisation terminologique"), ("Inspectorate", "Inspectorat"),
    ("Electoral Geography", "Géographie électorale"), ("Marine Communications and Traffic Services",
     "Services de communications et de trafic maritimes"), ("Government Records", "Documents gouvernementaux"),
    ("Asset Management", "Gestion des actifs"), ("Financial Management", "Gestion financière"),
    ("Human Resources", "Ressources humaines"), ("Information Management", "Gestion de l'information"),
    ("Strategic Planning", "Planification stratégique"), ("Communications", "Communications"),
    ("Real Property", "Biens immobiliers"), ("Compensation Services", "Services de rémunération"),
    ("Regional Operations", "Opérations régionales"), ("Innovation and Partnerships", "Innovation et partenariats"),
    ("Policy and Coordination", "Politiques et coordination"), ("Audit and Evaluation", "Vérification et évaluation"),
    ("Program Delivery", "Prestation des programmes"), ("Digital Services", "Services numériques"),
    ("Security Services", "Services de sécurité"), ("Corporate Services", "Services ministériels"),
    ("Fleet Operations", "Opérations de la flotte"), ("Community Development", "Développement communautaire"),
    ("Enforcement", "Application de la loi"), ("Client Services", "Services aux clients"),
    ("Data Quality", "Qualité des données"), ("Preservation", "Préservation"), ("Interpretation", "Interprétation"),
    ("Laboratory Services", "Services de laboratoire"), ("Trade Facilitation", "Facilitation des échanges"),
    ("Quality Assurance", "Assurance de la qualité"), ("Workforce Planning", "Planification de l'effectif"),
    ("Procurement", "Approvisionnement"), ("Training and Learning", "Formation et apprentissage"),
]

# (group-level, manager title en, fr) for non-EX direct reports
MANAGER_KINDS = [
    ("AS-07", "Manager", "Gestionnaire"), ("PM-06", "Manager", "Gestionnaire"), ("EC-07", "Manager", "Gestionnaire"),
    ("CS-04", "Manager", "Gestionnaire"), ("FI-04", "Senior Manager", "Gestionnaire principal"),
    ("PE-06", "Manager", "Gestionnaire"), ("EN-ENG-06", "Chief Engineer", "Ingénieur en chef"),
    ("PG-06", "Manager", "Gestionnaire"), ("AS-06", "Team Leader", "Chef d'équipe"),
    ("SE-RES-04", "Research Manager", "Gestionnaire de la recherche"), ("TR-05", "Chief", "Chef"),
    ("CO-03", "Senior Advisor", "Conseiller principal"), ("PM-05", "Coordinator", "Coordonnateur"),
]

LEVELS = {  # classification -> (title en, title fr) patterns; supervisor's
    "EX-01": [("Director, {a}", "Directeur, {a}"), ("Regional Director, {a}", "Directeur régional, {a}"),
              ("Senior Director, {a}", "Directeur principal, {a}")],
    "EX-02": [("Executive Director, {a}", "Directeur exécutif, {a}"), ("Regional Director, {a}",
               "Directrice régionale, {a}"), ("Executive Director, {a}", "Directrice exécutive, {a}")],
    "EX-03": [("Director General, {a}", "Directeur général, {a}"), ("Regional Director General, {a}",
               "Directrice générale régionale, {a}")],
    "EX-04": [("Assistant Deputy Minister, {a}", "Sous-ministre adjoint, {a}"), ("Vice-President, {a}",
               "Vice-président, {a}")],
}
SUPERVISOR = {"EX-01": "EX-02", "EX-02": "EX-03", "EX-03": "EX-04", "EX-04": "DM-01"}

FIRST = ["Mireille", "Gaétan", "Priya", "Donald", "Aurélie", "Kwame", "Solange", "Trevor", "Yasmina", "Réjean",
         "Colleen", "Bao", "Nathalie", "Ahmed", "Ginette", "Rory", "Élise", "Fergus", "Chantal", "Oluwaseun",
         "Brigitte", "Lachlan", "Manon", "Dmitri", "Josée", "Tomasz", "Lise", "Wendell", "Ines", "Marc-André"]
LAST = ["Thibodeau", "LeBlanc", "Arsenault", "Okonkwo", "Gallant", "Pelletier", "Haddad", "Robichaud", "Vanier",
        "Cormier", "MacIsaac", "Ndiaye", "Bourque", "Desjardins", "Kowalczyk", "Savoie", "Fitzgerald", "Tremblay",
        "Nakamura", "Richard", "Doucet", "Ouellette", "Brennan", "Landry", "Achterberg", "Goguen", "Sirois", "Mallet"]

ACCOUNT_EN = [
    "The {t} is accountable for the planning, direction and delivery of {a} for {d}, ensuring that services "
    "meet published standards, that resources are used with probity, and that the {s} office meets its "
    "commitments to clients in both official languages.",
    "Provides strategic leadership and direction for {a} across the {b}, and is accountable for the results, "
    "financial integrity and continuous improvement of the programs entrusted to the office in {c}.",
    "Accountable to the {sup} for the management of {a}, including the design of operational strategies, the "
    "management of human and financial resources and the achievement of departmental results.",
]
ACCOUNT_FR = [
    "Le titulaire est responsable de la planification, de l'orientation et de la prestation des activités liées à "
    "{a} pour {d}, en veillant au respect des normes de service, à la saine gestion des ressources et au service "
    "aux clients dans les deux langues officielles.",
    "Assure le leadership stratégique et l'orientation en matière de {a} au sein de la {b}, et répond des résultats, "
    "de l'intégrité financière et de l'amélioration continue des programmes confiés au bureau de {c}.",
    "Relève du titulaire du poste de {sup} et est responsable de la gestion de {a}, y compris l'élaboration des "
    "stratégies opérationnelles, la gestion des ressources humaines et financières et l'atteinte des résultats.",
]
SCOPE_EN = [
    "The position operates in a bilingual region where demand for services fluctuates with seasonal and economic "
    "cycles. The incumbent must reconcile national direction with regional realities and maintain working "
    "relationships with provincial authorities, municipalities, Indigenous communities and industry associations.",
    "Work is carried out under close public and parliamentary scrutiny. Errors or delays have direct consequences "
    "for Canadians and for the reputation of the organization; the incumbent anticipates risks and resolves "
    "sensitive issues before they escalate.",
    "The office is one of several delivery points in the national network. The incumbent contributes to "
    "horizontal initiatives, represents the organization on interdepartmental committees and leads the adoption "
    "of new tools and processes.",
]
SCOPE_FR = [
    "Le poste s'exerce dans une région bilingue où la demande de services varie selon les cycles saisonniers et "
    "économiques. Le titulaire concilie les orientations nationales et les réalités régionales et entretient des "
    "relations avec les autorités provinciales, les municipalités, les communautés autochtones et l'industrie.",
    "Le travail s'effectue sous l'œil attentif du public et du Parlement. Les erreurs ou les retards ont des "
    "conséquences directes pour la population; le titulaire anticipe les risques et règle les dossiers délicats.",
    "Le bureau fait partie d'un réseau national de prestation. Le titulaire contribue aux initiatives "
    "horizontales, représente l'organisation aux comités interministériels et dirige l'adoption de nouveaux outils.",
]
ACTS_EN = [
    "Directs the development of annual operational plans, performance targets and service standards.",
    "Manages the directorate's budget, forecasts and variance reporting, and approves expenditures under delegated authority.",
    "Advises senior management on emerging issues, risks and options, and prepares briefing material for the Minister's office.",
    "Negotiates and maintains agreements with partners, stakeholders and other levels of government.",
    "Leads, coaches and develops a diverse workforce and fosters a healthy, bilingual and respectful workplace.",
    "Oversees the quality assurance, monitoring and reporting of program results.",
    "Represents the organization at national and regional fora and with the media when required.",
    "Champions the modernization of business processes and the use of data in decision making.",
]
ACTS_FR = [
    "Dirige l'élaboration des plans opérationnels annuels, des cibles de rendement et des normes de service.",
    "Gère le budget de la direction, les prévisions et les rapports d'écarts, et approuve les dépenses selon les pouvoirs délégués.",
    "Conseille la haute direction sur les enjeux, les risques et les options, et prépare les notes d'information pour le cabinet.",
    "Négocie et maintient des ententes avec les partenaires, les intervenants et les autres ordres de gouvernement.",
    "Dirige, encadre et perfectionne un effectif diversifié et favorise un milieu de travail sain, bilingue et respectueux.",
    "Supervise l'assurance de la qualité, la surveillance et la production de rapports sur les résultats.",
    "Représente l'organisation aux tribunes nationales et régionales et auprès des médias au besoin.",
    "Fait la promotion de la modernisation des processus opérationnels et de l'utilisation des données.",
]
CSR_EN = ["Canadians and businesses in the region, who receive timely, accurate and bilingual services.",
          "Senior management and central agencies, who receive sound advice and reliable reporting."]
CSR_FR = ["La population et les entreprises de la région, qui reçoivent des services rapides, exacts et bilingues.",
          "La haute direction et les organismes centraux, qui reçoivent des conseils judicieux et des rapports fiables."]
