"""Positions, places, prose and invented names for blind173 (the top and the past)."""

DEPTS = [
    ("Employment and Social Development Canada", "Emploi et Développement social Canada", "ESDC"),
    ("Transport Canada", "Transports Canada", "TC"),
    ("Indigenous Services Canada", "Services aux Autochtones Canada", "ISC"),
    ("Natural Resources Canada", "Ressources naturelles Canada", "NRCan"),
    ("Agriculture and Agri-Food Canada", "Agriculture et Agroalimentaire Canada", "AAFC"),
    ("Public Services and Procurement Canada", "Services publics et Approvisionnement Canada", "PSPC"),
    ("Fisheries and Oceans Canada", "Pêches et Océans Canada", "DFO"),
    ("Health Canada", "Santé Canada", "HC"),
    ("Department of Justice Canada", "Ministère de la Justice Canada", "JUS"),
    ("Environment Canada", "Environnement Canada", "EC"),
]

# (English topic, French topic)
ADM_TOPICS = [
    ("Strategic and Service Policy", "Politiques stratégiques et de service"),
    ("Program Operations", "Opérations des programmes"),
    ("Learning", "Apprentissage"),
    ("Safety and Security", "Sécurité et sûreté"),
    ("Lands and Economic Development", "Terres et développement économique"),
    ("Energy Technology", "Technologie de l'énergie"),
    ("Market and Industry Services", "Services à l'industrie et aux marchés"),
    ("Real Property Services", "Services immobiliers"),
    ("Ecosystems and Fisheries Management", "Gestion des écosystèmes et des pêches"),
    ("Healthy Environments and Consumer Safety", "Santé environnementale et sécurité des consommateurs"),
    ("Corporate Services", "Services ministériels"),
    ("Finance and Administration", "Finances et administration"),
    ("Regional Operations", "Opérations régionales"),
    ("Income Security and Social Development", "Sécurité du revenu et développement social"),
    ("Infrastructure Programs", "Programmes d'infrastructure"),
    ("Science and Technology", "Sciences et technologie"),
    ("Policy and Programs", "Politiques et programmes"),
    ("Acquisitions", "Approvisionnements"),
    ("Employment Programs", "Programmes d'emploi"), ("Marine Safety", "Sécurité maritime"),
    ("Northern Affairs", "Affaires du Nord"), ("Lands and Minerals", "Terres et minéraux"),
    ("Food Safety", "Salubrité des aliments"), ("Oceans and Science", "Océans et sciences"),
    ("Chief Financial Officer", "Dirigeant principal des finances"), ("Public Affairs", "Affaires publiques"),
    ("Human Resources", "Ressources humaines"), ("Legal Policy", "Politiques juridiques"),
]

DG_TOPICS = [
    ("Policy Development", "Élaboration des politiques"), ("Program Delivery", "Prestation des programmes"),
    ("Finance", "Finances"), ("Regional Operations, Atlantic", "Opérations régionales, Atlantique"),
    ("Information Management", "Gestion de l'information"), ("Grants and Contributions", "Subventions et contributions"),
    ("Strategic Planning", "Planification stratégique"), ("Horizontal Initiatives", "Initiatives horizontales"),
    ("Evaluation", "Évaluation"), ("Client Services", "Services aux clients"),
    ("Research and Analysis", "Recherche et analyse"), ("Compliance and Enforcement", "Conformité et application"),
    ("Engagement and Partnerships", "Mobilisation et partenariats"), ("Major Projects", "Grands projets"),
    ("Legislative Affairs", "Affaires législatives"), ("Data and Digital Services", "Données et services numériques"),
]

AGENCIES = [
    ("President, Canadian Heritage Lands Agency", "Président, Agence canadienne des terres patrimoniales", "GC-07"),
    ("Chief Executive Officer, Northern Infrastructure Bank Canada", "Premier dirigeant, Banque canadienne de l'infrastructure nordique", "GC-09"),
    ("Chairperson, Federal Pension Appeals Board", "Président, Commission d'appel des pensions fédérales", "GC-06"),
    ("Commissioner, Canadian Inland Waters Commission", "Commissaire, Commission canadienne des eaux intérieures", "GC-05"),
    ("Chief Executive Officer, Canadian Seed Inspection Authority", "Premier dirigeant, Autorité canadienne d'inspection des semences", "GC-08"),
    ("Chairperson, Canadian Transport Safety Review Tribunal", "Président, Tribunal canadien d'examen de la sécurité des transports", "GC-04"),
    ("President, Atlantic Rural Development Agency", "Président, Agence de développement rural de l'Atlantique", "DM-02"),
]

PLACES = [
    ("Ottawa, Ontario", "Ottawa (Ontario)"), ("Gatineau, Quebec", "Gatineau (Québec)"),
    ("Moncton, New Brunswick", "Moncton (Nouveau-Brunswick)"), ("Winnipeg, Manitoba", "Winnipeg (Manitoba)"),
    ("Vancouver, British Columbia", "Vancouver (Colombie-Britannique)"), ("Halifax, Nova Scotia", "Halifax (Nouvelle-Écosse)"),
    ("Edmonton, Alberta", "Edmonton (Alberta)"), ("Montréal, Quebec", "Montréal (Québec)"),
]

FIRST = ["Marguerite", "Desmond", "Anouk", "Thaddeus", "Priyanka", "Lucien", "Oksana", "Bartholomew", "Noémie",
         "Ravindra", "Gwendolyn", "Étienne", "Siobhan", "Kwabena", "Hildegard", "Mathurin", "Yolande", "Ignatius",
         "Perpetua", "Aurèle", "Fenella", "Casimir", "Rosalind", "Théodule", "Winnifred", "Osvaldo", "Clothilde",
         "Barnaby", "Ysolde", "Leopold"]
LAST = ["Quennell-Arsenault", "Vantongeren", "Okonkwo-Bélair", "Pettigrew-Nakamura", "Fairweather", "Desrochers-Lund",
        "Szymanowski", "Thibodeau-Kaur", "Ashcombe", "Lemieux-Oduya", "Brightwater", "Castonguay-Reyes",
        "Mbeki-Laframboise", "Holloway-Tremblay", "Ferncliffe", "Gauvreau-Hanssen", "Wetherell", "Beauchesne-Adeyemi",
        "Strathmore", "Pelletier-Voss", "Kilbride", "Ouellette-Ivanova", "Dunsmore", "Marchildon-Abara"]

GA_EN = [
    "Accountable for the leadership and strategic direction of national programs delivered through headquarters "
    "and the regions, for the stewardship of grants and contributions, and for advice to the Deputy Minister and "
    "the Minister on emerging issues of national significance.",
    "Responsible for the development, coordination and delivery of the Department's policies and programs in the "
    "sector, for the integrity of program expenditures, and for relations with provinces, territories, Indigenous "
    "organizations and industry.",
]
GA_FR = [
    "Responsable de l'orientation stratégique et de la direction des programmes nationaux exécutés à "
    "l'administration centrale et dans les régions, de la gestion des subventions et contributions et des conseils "
    "au sous-ministre et au ministre sur les enjeux d'importance nationale.",
]
NS_EN = (
    "The incumbent leads a large organization operating in a complex federal-provincial environment, under "
    "intense public, parliamentary and media scrutiny. The position is a member of the Department's executive "
    "committee and represents the Department before central agencies and parliamentary committees.")
NS_FR = (
    "Le titulaire dirige une organisation importante dans un contexte fédéral-provincial complexe, sous "
    "l'attention soutenue du public, du Parlement et des médias. Il siège au comité exécutif du Ministère.")
