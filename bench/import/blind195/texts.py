"""Prose, areas and invented names for blind195 (spreadsheet exports of work descriptions)."""

DEPARTMENTS = [
    ("Employment and Social Development Canada", "Emploi et Développement social Canada", "ESDC"),
    ("Immigration, Refugees and Citizenship Canada", "Immigration, Réfugiés et Citoyenneté Canada", "IRCC"),
    ("Natural Resources Canada", "Ressources naturelles Canada", "NRCan"),
    ("Public Services and Procurement Canada", "Services publics et Approvisionnement Canada", "PSPC"),
    ("Health Canada", "Santé Canada", "HC"),
]

# (English area, French area)
AREAS = [
    ("Benefits Processing", "Traitement des prestations"),
    ("Integrity Services", "Services d'intégrité"),
    ("Data Strategy", "Stratégie des données"),
    ("Client Experience", "Expérience client"),
    ("Program Policy", "Politique des programmes"),
    ("Regional Operations", "Opérations régionales"),
    ("Contracting Oversight", "Surveillance des marchés"),
    ("Workforce Planning", "Planification de l'effectif"),
    ("Digital Services", "Services numériques"),
    ("Financial Planning", "Planification financière"),
    ("Settlement Programs", "Programmes d'établissement"),
    ("Energy Efficiency", "Efficacité énergétique"),
    ("Geoscience Information", "Information géoscientifique"),
    ("Real Property", "Biens immobiliers"),
    ("Pay Operations", "Opérations de la paye"),
    ("Product Safety", "Sécurité des produits"),
    ("Audit and Evaluation", "Audit et évaluation"),
    ("Labour Market Analysis", "Analyse du marché du travail"),
    ("Security Screening", "Filtrage de sécurité"),
    ("Grants and Contributions", "Subventions et contributions"),
    ("Service Transformation", "Transformation des services"),
    ("Corporate Reporting", "Rapports ministériels"),
    ("Stakeholder Relations", "Relations avec les intervenants"),
    ("Accommodation Services", "Services de logement"),
    ("Compliance Monitoring", "Surveillance de la conformité"),
    ("Research Coordination", "Coordination de la recherche"),
    ("Procurement Modernization", "Modernisation de l'approvisionnement"),
    ("Case Review", "Examen des dossiers"),
    ("Information Management", "Gestion de l'information"),
    ("Learning and Development", "Apprentissage et perfectionnement"),
    ("Forest Sector Analysis", "Analyse du secteur forestier"),
    ("Citizenship Operations", "Opérations de citoyenneté"),
    ("Clinical Trials", "Essais cliniques"),
    ("Environmental Assessment", "Évaluation environnementale"),
    ("Partnership Agreements", "Accords de partenariat"),
    ("Risk Management", "Gestion des risques"),
    ("Vendor Performance", "Rendement des fournisseurs"),
    ("Quality Assurance", "Assurance de la qualité"),
    ("Application Support", "Soutien des applications"),
    ("Emergency Management", "Gestion des urgences"),
    ("Translation Services", "Services de traduction"),
    ("Indigenous Engagement", "Mobilisation des Autochtones"),
    ("Appeals Coordination", "Coordination des appels"),
    ("Capital Projects", "Projets d'immobilisations"),
]

REPORT_UNITS = [
    ("Manager, Operations", "Gestionnaire, Opérations", "PM-06"),
    ("Manager, Policy Analysis", "Gestionnaire, Analyse des politiques", "EC-07"),
    ("Manager, Business Planning", "Gestionnaire, Planification des activités", "AS-07"),
    ("Senior Advisor", "Conseiller principal", "EC-06"),
    ("Manager, Systems Delivery", "Gestionnaire, Prestation des systèmes", "IT-04"),
    ("Team Lead, Quality Review", "Chef d'équipe, Examen de la qualité", "PM-05"),
    ("Manager, Financial Services", "Gestionnaire, Services financiers", "FI-03"),
    ("Administrative Assistant", "Adjoint administratif", "AS-02"),
    ("Manager, Research", "Gestionnaire, Recherche", "EC-07"),
    ("Manager, Client Services", "Gestionnaire, Services aux clients", "PM-06"),
    ("Manager, Contracts", "Gestionnaire, Contrats", "PG-06"),
    ("Manager, Data Analytics", "Gestionnaire, Analytique des données", "EC-07"),
]

LOCATIONS = [
    ("Gatineau, Quebec", "Gatineau (Québec)"),
    ("Ottawa, Ontario", "Ottawa (Ontario)"),
    ("Montréal, Quebec", "Montréal (Québec)"),
    ("Moncton, New Brunswick", "Moncton (Nouveau-Brunswick)"),
    ("Winnipeg, Manitoba", "Winnipeg (Manitoba)"),
    ("Edmonton, Alberta", "Edmonton (Alberta)"),
    ("Vancouver, British Columbia", "Vancouver (Colombie-Britannique)"),
    ("Halifax, Nova Scotia", "Halifax (Nouvelle-Écosse)"),
]

# Invented names: given and family names combined at random; none is a real person's name on purpose.
GIVEN = ["Marisol", "Teodor", "Anouk", "Bastien", "Oksana", "Delphine", "Ravindra", "Grete", "Lucan", "Ysolde",
         "Kwabena", "Perrine", "Hollis", "Ingrid", "Sefton", "Maëlle", "Dorian", "Wren", "Fabrice", "Tamsin",
         "Odalys", "Cyprien", "Henrike", "Jovan", "Léonie", "Aurelio", "Brisa", "Emeric", "Soraya", "Thaddeus"]
FAMILY = ["Quillfeather", "Vandersloot", "Marchessault", "Okonkwo-Baird", "Thibodeaux-Lam", "Pellerin-Asare",
          "Grunewald", "Ashcombe", "Lavergne", "Szymborek", "Delacroix-Hume", "Nakamura-Roy", "Brisebois",
          "Featherstonhaugh", "Ouellette-Kerr", "Rasmusen", "Tremblay-Adjei", "Villeneuve", "Kowalchuk",
          "Beauséjour", "Haldane-Fortin", "Mbeki-Caron", "Sauvageau", "Lindqvist"]

GA_EN = ("The {title} is accountable for the planning, direction and delivery of the {area} function of the "
         "{branch}, for the management of its human and financial resources, and for strategic advice to "
         "senior management on {area_l}.")
GA_FR = ("Le titulaire du poste de {title} est responsable de la planification, de la direction et de l'exécution de la fonction "
         "{area_fr} de la {branch_fr}, de la gestion de ses ressources humaines et financières et des conseils "
         "stratégiques à la haute direction.")
NS_EN = ("The {branch} employs about {bfte} FTEs and manages an overall budget of ${bbud}M. The position leads a "
         "directorate that operates in a complex environment of federal, provincial and territorial partners.")
NS_FR = ("La {branch_fr} compte environ {bfte} ETP et gère un budget global de {bbud} M$. Le poste dirige une "
         "direction qui évolue dans un environnement complexe de partenaires fédéraux, provinciaux et territoriaux.")
SA_EN = [
    "Directs the development and delivery of programs, services and operational policies.",
    "Provides strategic advice and briefings to the Director General and senior management.",
    "Manages the directorate's human, financial and material resources.",
    "Represents the Department with central agencies, other departments and stakeholders.",
    "Leads performance measurement, risk management and reporting for the directorate.",
]
SA_FR = [
    "Dirige l'élaboration et la prestation des programmes, des services et des politiques opérationnelles.",
    "Fournit des conseils stratégiques et des notes d'information au directeur général et à la haute direction.",
    "Gère les ressources humaines, financières et matérielles de la direction.",
    "Représente le Ministère auprès des organismes centraux, des autres ministères et des intervenants.",
    "Dirige la mesure du rendement, la gestion des risques et la production de rapports.",
]
