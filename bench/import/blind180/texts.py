"""Invented positions, places, prose and people for blind180 (hand-filled forms read by OCR/ICR)."""

DEPARTMENTS = [
    ("Employment and Social Development Canada", "Emploi et Développement social Canada", "ESDC", "EDSC"),
    ("Transport Canada", "Transports Canada", "TC", "TC"),
    ("Fisheries and Oceans Canada", "Pêches et Océans Canada", "DFO", "MPO"),
    ("Natural Resources Canada", "Ressources naturelles Canada", "NRCan", "RNCan"),
    ("Immigration, Refugees and Citizenship Canada", "Immigration, Réfugiés et Citoyenneté Canada", "IRCC", "IRCC"),
    ("Public Services and Procurement Canada", "Services publics et Approvisionnement Canada", "PSPC", "SPAC"),
    ("Environment and Climate Change Canada", "Environnement et Changement climatique Canada", "ECCC", "ECCC"),
    ("Agriculture and Agri-Food Canada", "Agriculture et Agroalimentaire Canada", "AAFC", "AAC"),
]

# (English area, French area)
AREAS = [
    ("Strategic Policy and Planning", "Politique stratégique et planification"),
    ("Marine Safety Programs", "Programmes de sécurité maritime"),
    ("Coastal Fisheries Management", "Gestion des pêches côtières"),
    ("Asylum Claims Processing", "Traitement des demandes d'asile"),
    ("Labour Market Information", "Information sur le marché du travail"),
    ("Real Property Services", "Services des biens immobiliers"),
    ("Climate Adaptation Science", "Science de l'adaptation climatique"),
    ("Rail Safety Oversight", "Surveillance de la sécurité ferroviaire"),
    ("Grants and Contributions", "Subventions et contributions"),
    ("Energy Efficiency Programs", "Programmes d'efficacité énergétique"),
    ("Settlement Programs", "Programmes d'établissement"),
    ("Procurement Modernization", "Modernisation de l'approvisionnement"),
    ("Water Quality Monitoring", "Surveillance de la qualité de l'eau"),
    ("Agri-Food Trade Policy", "Politique commerciale agroalimentaire"),
    ("Apprenticeship and Trades", "Apprentissage et métiers"),
    ("Aviation Security", "Sûreté aérienne"),
    ("Small Craft Harbours", "Ports pour petits bateaux"),
    ("Geoscience Information", "Information géoscientifique"),
    ("Citizenship Operations", "Opérations de citoyenneté"),
    ("Pay Stabilization", "Stabilisation de la paye"),
    ("Wildlife Enforcement", "Application de la loi sur la faune"),
    ("Crop Research", "Recherche sur les cultures"),
    ("Service Delivery Integration", "Intégration de la prestation des services"),
    ("Dangerous Goods Standards", "Normes sur les marchandises dangereuses"),
    ("Aquaculture Management", "Gestion de l'aquaculture"),
    ("Forest Sector Innovation", "Innovation dans le secteur forestier"),
    ("Temporary Residence Policy", "Politique sur la résidence temporaire"),
    ("Translation Bureau Operations", "Opérations du Bureau de la traduction"),
    ("Air Quality Programs", "Programmes de la qualité de l'air"),
    ("Rural Development", "Développement rural"),
    ("Student Financial Assistance", "Aide financière aux étudiants"),
    ("Navigation Protection", "Protection de la navigation"),
    ("Oceans Science", "Sciences océaniques"),
    ("Minerals and Metals Policy", "Politique des minéraux et des métaux"),
    ("Refugee Resettlement", "Réinstallation des réfugiés"),
    ("Defence Procurement", "Approvisionnement en matière de défense"),
    ("Species at Risk", "Espèces en péril"),
    ("Market Access", "Accès aux marchés"),
    ("Integrity Services", "Services d'intégrité"),
    ("Motor Vehicle Safety", "Sécurité des véhicules automobiles"),
    ("Hydrographic Services", "Services hydrographiques"),
    ("Carbon Management", "Gestion du carbone"),
    ("Passport Program", "Programme de passeport"),
    ("Corporate Finance", "Finances ministérielles"),
    ("Indigenous Engagement", "Mobilisation des Autochtones"),
]

# units under a position (English, French)
UNITS = [
    ("Operations", "Opérations"), ("Policy", "Politiques"), ("Analysis", "Analyse"),
    ("Program Delivery", "Prestation des programmes"), ("Stakeholder Relations", "Relations avec les intervenants"),
    ("Compliance", "Conformité"), ("Planning and Reporting", "Planification et rapports"),
    ("Data and Systems", "Données et systèmes"), ("Regional Coordination", "Coordination régionale"),
    ("Client Services", "Services à la clientèle"), ("Standards", "Normes"), ("Research", "Recherche"),
    ("Quality Assurance", "Assurance de la qualité"), ("Intake", "Réception"), ("Finance", "Finances"),
]

PLACES = [
    ("Ottawa, Ontario", "Ottawa (Ontario)"), ("Gatineau, Quebec", "Gatineau (Québec)"),
    ("Moncton, New Brunswick", "Moncton (Nouveau-Brunswick)"), ("Halifax, Nova Scotia", "Halifax (Nouvelle-Écosse)"),
    ("Winnipeg, Manitoba", "Winnipeg (Manitoba)"), ("Vancouver, British Columbia", "Vancouver (Colombie-Britannique)"),
    ("Montréal, Quebec", "Montréal (Québec)"), ("Edmonton, Alberta", "Edmonton (Alberta)"),
    ("Québec, Quebec", "Québec (Québec)"), ("Regina, Saskatchewan", "Regina (Saskatchewan)"),
    ("St. John's, Newfoundland and Labrador", "St. John's (Terre-Neuve-et-Labrador)"),
    ("Toronto, Ontario", "Toronto (Ontario)"),
]

FIRST = ["Maelle", "Torvald", "Ines", "Corwin", "Siobhan", "Baptiste", "Oriane", "Kaspar", "Delphine", "Ambrose",
         "Yolaine", "Fenwick", "Clothilde", "Ravi", "Solenne", "Hamish", "Noemie", "Leopold", "Priya", "Gaspard",
         "Wren", "Anouk", "Tobias", "Marguerite", "Eamon", "Zelie", "Osric", "Capucine", "Idris", "Rosalind"]
LAST = ["Quennell", "Barrowcliffe", "Dufresnay", "Okonkwo-Leclair", "Tremblant", "Halvorsen", "Vachonne",
        "Pettigrove", "Lamarchette", "Ashdown", "Beaupied", "Strathroy", "Gendronne", "Mirabeau-Kent", "Fairweather",
        "Loiselle", "Crandmore", "Ouimetière", "Whitlock", "Desrivaux", "Kowalczuk", "Thibodelle", "Marchbank",
        "Brisebarre", "Eldridge", "Sauvagine", "Penhallow", "Labrosse", "Yorkwell", "Chevrette"]

ACCOUNT_EN = [
    "The {title} is accountable for leading the {area} function of the department, setting its direction, "
    "securing its resources and ensuring that its programs deliver results for Canadians.",
    "Under the general direction of the {sup}, the incumbent provides strategic leadership and management of "
    "{area}, including the development of policies, operational frameworks and performance measures.",
]
ACCOUNT_FR = [
    "Le titulaire du poste de {title} est responsable de la direction de la fonction {area} du ministère, "
    "de l'établissement de ses orientations et de l'obtention de ses ressources.",
    "Sous l'orientation générale du {sup}, le titulaire assure le leadership stratégique et la gestion "
    "de la fonction {area}, y compris l'élaboration des politiques et des cadres de rendement.",
]
SCOPE_EN = [
    "The position operates in a complex environment involving provinces and territories, industry associations, "
    "Indigenous organizations and other federal departments. Decisions taken by the incumbent have significant "
    "financial and reputational consequences for the department.",
    "The incumbent must reconcile competing priorities, manage sensitive files that attract media and "
    "parliamentary attention, and provide timely advice to senior management on emerging issues.",
    "Key challenges include modernizing legacy systems, recruiting and retaining specialized staff, and "
    "maintaining service standards while demand continues to grow.",
]
SCOPE_FR = [
    "Le poste évolue dans un environnement complexe qui fait intervenir les provinces et territoires, les "
    "associations de l'industrie, les organisations autochtones et d'autres ministères fédéraux.",
    "Le titulaire doit concilier des priorités concurrentes, gérer des dossiers délicats qui suscitent "
    "l'attention des médias et du Parlement, et conseiller la haute direction en temps opportun.",
    "Les principaux défis comprennent la modernisation des systèmes existants, le recrutement et le maintien "
    "en poste d'un personnel spécialisé, et le respect des normes de service.",
]
ACTIVITIES_EN = [
    "Directs the development and implementation of policies, programs and service standards.",
    "Leads consultations with provinces, territories and stakeholders and represents the department.",
    "Manages the human and financial resources of the organization and approves expenditures.",
    "Provides strategic advice and briefings to the Assistant Deputy Minister and the Deputy Minister.",
    "Oversees risk management, audit follow-up and performance reporting.",
]
ACTIVITIES_FR = [
    "Dirige l'élaboration et la mise en œuvre des politiques, des programmes et des normes de service.",
    "Mène les consultations avec les provinces, les territoires et les intervenants et représente le ministère.",
    "Gère les ressources humaines et financières de l'organisation et approuve les dépenses.",
    "Fournit des conseils stratégiques et des notes d'information au sous-ministre adjoint et au sous-ministre.",
    "Supervise la gestion des risques, le suivi des vérifications et les rapports sur le rendement.",
]
