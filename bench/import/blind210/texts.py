"""Invented departments, positions, prose and names for blind210 (phone-scanned pages)."""

DEPARTMENTS = [
    # key, English, French, location en, location fr, subjects (en, fr): DG, ED, D1..D5
    ("TC", "Transport Canada", "Transports Canada", "Ottawa, Ontario", "Ottawa (Ontario)", [
        ("Rail Safety Oversight", "Surveillance de la sécurité ferroviaire"),
        ("Rail Inspection Programs", "Programmes d’inspection ferroviaire"),
        ("Dangerous Goods Compliance", "Conformité des marchandises dangereuses"),
        ("Crossing Safety", "Sécurité aux passages à niveau"),
        ("Rail Regulatory Affairs", "Affaires réglementaires ferroviaires"),
        ("Inspector Training", "Formation des inspecteurs"),
        ("Rail Data and Risk Analysis", "Données et analyse des risques ferroviaires")]),
    ("DFO", "Fisheries and Oceans Canada", "Pêches et Océans Canada", "Moncton, New Brunswick",
     "Moncton (Nouveau-Brunswick)", [
        ("Gulf Region Fisheries Management", "Gestion des pêches, Région du Golfe"),
        ("Resource Management Operations", "Opérations de gestion des ressources"),
        ("Licensing and Allocations", "Délivrance des permis et allocations"),
        ("Aquaculture Management", "Gestion de l’aquaculture"),
        ("Conservation and Protection", "Conservation et protection"),
        ("Small Craft Harbours", "Ports pour petits bateaux"),
        ("Indigenous Fisheries Programs", "Programmes des pêches autochtones")]),
    ("HC", "Health Canada", "Santé Canada", "Montréal, Quebec", "Montréal (Québec)", [
        ("Consumer Product Safety", "Sécurité des produits de consommation"),
        ("Product Safety Operations", "Opérations de sécurité des produits"),
        ("Risk Assessment", "Évaluation des risques"),
        ("Cosmetics Programs", "Programmes des cosmétiques"),
        ("Compliance and Enforcement", "Conformité et application de la loi"),
        ("Laboratory Services", "Services de laboratoire"),
        ("Incident Reporting", "Déclaration des incidents")]),
    ("PSPC", "Public Services and Procurement Canada", "Services publics et Approvisionnement Canada",
     "Gatineau, Quebec", "Gatineau (Québec)", [
        ("Pay Operations", "Opérations de la paye"),
        ("Pay Stabilization", "Stabilisation de la paye"),
        ("Pension Centre Services", "Services du Centre des pensions"),
        ("Client Contact Centre", "Centre de contact avec la clientèle"),
        ("Pay Quality Assurance", "Assurance de la qualité de la paye"),
        ("Compensation Systems", "Systèmes de rémunération"),
        ("Pay Policy and Training", "Politiques et formation en matière de paye")]),
    ("ESDC", "Employment and Social Development Canada", "Emploi et Développement social Canada",
     "Edmonton, Alberta", "Edmonton (Alberta)", [
        ("Western Service Delivery", "Prestation des services, Région de l’Ouest"),
        ("Benefits Processing", "Traitement des prestations"),
        ("Passport Services", "Services de passeport"),
        ("Integrity Services", "Services d’intégrité"),
        ("Employment Insurance Operations", "Opérations de l’assurance-emploi"),
        ("Citizen Service Centres", "Centres Service Canada"),
        ("Regional Planning and Reporting", "Planification et rapports régionaux")]),
    ("NRCan", "Natural Resources Canada", "Ressources naturelles Canada", "Vancouver, British Columbia",
     "Vancouver (Colombie-Britannique)", [
        ("Pacific Forestry Centre", "Centre de foresterie du Pacifique"),
        ("Forest Science Programs", "Programmes scientifiques forestiers"),
        ("Wildland Fire Science", "Science des feux de forêt"),
        ("Forest Pest Research", "Recherche sur les ravageurs forestiers"),
        ("Geospatial Services", "Services géospatiaux"),
        ("Science Partnerships", "Partenariats scientifiques"),
        ("Research Operations", "Opérations de recherche")]),
]

SUBUNITS = [
    ("Operations", "Opérations"), ("Policy", "Politiques"), ("Planning and Reporting", "Planification et rapports"),
    ("Client Services", "Services à la clientèle"), ("Compliance", "Conformité"),
    ("Data and Analytics", "Données et analytique"), ("Regional Programs", "Programmes régionaux"),
    ("Systems", "Systèmes"), ("Finance and Administration", "Finances et administration"),
    ("Quality Assurance", "Assurance de la qualité"), ("Training", "Formation"), ("Investigations", "Enquêtes"),
]
GROUPS = ["PM-06", "PM-05", "AS-07", "EC-07", "EC-06", "CS-04", "FI-03", "EG-07", "PE-05", "BI-04", "PG-05"]

FIRST = ["Maude", "Tobias", "Harjit", "Oksana", "Rémi", "Colette", "Dariusz", "Yvette", "Kwabena", "Thea",
         "Gaëlle", "Anselm", "Noémie", "Ruairi", "Priyanka", "Lorcan", "Sigrid", "Bastien", "Ilse", "Mireille",
         "Eamon", "Zofia", "Quentin", "Aurélie", "Teodor", "Nkechi", "Hollis", "Solène", "Wendell", "Ottilie"]
LAST = ["Brassard-Keane", "Okonkwo-Lavoie", "Thibodeaux", "Vandermeer", "Caskie", "Pelletier-Ruiz", "Ashgrove",
        "Dumoulin", "Skrzypek", "Haldane", "Marchetti", "Beaulieu-Tran", "Quarrington", "Fairweather", "Lemieux-Obi",
        "Strathy", "Gauvreau", "Nakashima-Ross", "Villeneuve", "Pakulski", "Bellefeuille", "Ormsby", "Desrochers",
        "Kilbride", "Tremblay-Saini", "Whitcombe", "Larochelle", "Abernethy", "Ducharme", "Yellowquill"]

GA_EN = ("The {title} is accountable for the planning, direction and delivery of the {subject} program, "
         "including its operational policies, service standards and performance reporting, and for the "
         "management of the human and financial resources assigned to it in support of the department's "
         "mandate and the priorities of the {sup}.")
GA_FR = ("Le titulaire du poste de {title} est responsable de la planification, de l’orientation et de la "
         "prestation du programme {subject}, y compris ses politiques opérationnelles, ses normes de service et "
         "ses rapports de rendement, ainsi que de la gestion des ressources humaines et financières qui y sont "
         "affectées à l’appui du mandat du ministère et des priorités du {sup}.")
NS_EN = [
    "The position operates in an environment of sustained public and parliamentary scrutiny, where program "
    "decisions affect clients, industry partners and other levels of government across the region.",
    "The incumbent leads a multidisciplinary workforce and must reconcile competing operational demands with "
    "limited resources, shifting policy direction and the need for consistent national service standards.",
    "Key challenges include modernizing aging systems and business processes, retaining specialized staff in "
    "a competitive labour market, and maintaining the confidence of stakeholders during periods of change.",
    "The incumbent represents the department on federal, provincial and industry committees and provides "
    "authoritative advice to senior management on emerging issues, risks and options.",
]
NS_FR = [
    "Le poste s’exerce dans un contexte d’examen public et parlementaire soutenu, où les décisions relatives aux "
    "programmes touchent la clientèle, les partenaires de l’industrie et les autres ordres de gouvernement.",
    "Le titulaire dirige un effectif multidisciplinaire et doit concilier des exigences opérationnelles "
    "concurrentes avec des ressources limitées et l’évolution des orientations stratégiques.",
    "Les principaux défis comprennent la modernisation de systèmes et de processus vieillissants, le maintien en "
    "poste d’un personnel spécialisé et le maintien de la confiance des intervenants.",
    "Le titulaire représente le ministère au sein de comités fédéraux, provinciaux et sectoriels et fournit des "
    "conseils faisant autorité à la haute direction sur les enjeux et les risques émergents.",
]
SA_EN = [
    "Directs the development and implementation of strategies, plans and operational policies for the program.",
    "Manages the financial and human resources of the organization and ensures sound stewardship and reporting.",
    "Provides strategic advice and briefings to senior management, central agencies and the Minister's office.",
    "Establishes and maintains partnerships with other departments, provinces, industry and Indigenous organizations.",
    "Leads change management, modernization and continuous improvement initiatives within the organization.",
    "Ensures the performance measurement, risk management and audit requirements of the program are met.",
]
SA_FR = [
    "Dirige l’élaboration et la mise en œuvre des stratégies, des plans et des politiques opérationnelles du programme.",
    "Gère les ressources financières et humaines de l’organisation et assure une saine gestion et la reddition de comptes.",
    "Fournit des conseils stratégiques et des séances d’information à la haute direction et aux organismes centraux.",
    "Établit et entretient des partenariats avec d’autres ministères, les provinces, l’industrie et les organisations autochtones.",
    "Dirige les initiatives de gestion du changement, de modernisation et d’amélioration continue de l’organisation.",
    "Veille au respect des exigences de mesure du rendement, de gestion des risques et de vérification du programme.",
]
