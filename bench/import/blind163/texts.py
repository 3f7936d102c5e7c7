"""Prose, areas, places and invented names for blind163 (format conversions)."""

DEPARTMENTS = [
    ("Immigration, Refugees and Citizenship Canada", "Immigration, Réfugiés et Citoyenneté Canada"),
    ("Employment and Social Development Canada", "Emploi et Développement social Canada"),
    ("Canada Revenue Agency", "Agence du revenu du Canada"),
    ("Health Canada", "Santé Canada"),
    ("Natural Resources Canada", "Ressources naturelles Canada"),
    ("Public Services and Procurement Canada", "Services publics et Approvisionnement Canada"),
    ("Environment and Climate Change Canada", "Environnement et Changement climatique Canada"),
    ("Fisheries and Oceans Canada", "Pêches et Océans Canada"),
    ("Transport Canada", "Transports Canada"),
    ("Statistics Canada", "Statistique Canada"),
]

# (English area, French area)
AREAS = [
    ("Asylum Claims Processing", "Traitement des demandes d'asile"),
    ("Benefits Delivery Modernization", "Modernisation de la prestation des prestations"),
    ("Compliance Programs", "Programmes d'observation"),
    ("Medical Devices Surveillance", "Surveillance des instruments médicaux"),
    ("Energy Efficiency Programs", "Programmes d'efficacité énergétique"),
    ("Real Property Portfolio Planning", "Planification du portefeuille immobilier"),
    ("Air Quality Science", "Science de la qualité de l'air"),
    ("Small Craft Harbours Operations", "Opérations des ports pour petits bateaux"),
    ("Rail Safety Oversight", "Surveillance de la sécurité ferroviaire"),
    ("Census Operations", "Opérations du recensement"),
    ("Digital Client Experience", "Expérience numérique des clients"),
    ("Labour Market Information", "Information sur le marché du travail"),
    ("Corporate Finance and Planning", "Finances et planification ministérielles"),
    ("Procurement Policy and Oversight", "Politique et surveillance de l'approvisionnement"),
    ("Indigenous Relations and Reconciliation", "Relations avec les Autochtones et réconciliation"),
    ("Wildlife Enforcement", "Application de la loi sur la faune"),
    ("Marine Spatial Planning", "Planification spatiale marine"),
    ("Drug Pricing Policy", "Politique de prix des médicaments"),
    ("Settlement Program Integrity", "Intégrité du programme d'établissement"),
    ("Trade Compliance and Verification", "Observation et vérification commerciales"),
    ("Data Governance and Stewardship", "Gouvernance et intendance des données"),
    ("Pay Stabilization", "Stabilisation de la paye"),
    ("Critical Minerals Strategy", "Stratégie sur les minéraux critiques"),
    ("Aviation Security Programs", "Programmes de sûreté aérienne"),
    ("Workplace Accommodation Services", "Services de mesures d'adaptation en milieu de travail"),
    ("Client Contact Centres", "Centres de contact avec la clientèle"),
    ("Climate Adaptation Policy", "Politique d'adaptation aux changements climatiques"),
    ("Aquatic Ecosystems Science", "Sciences des écosystèmes aquatiques"),
    ("Business Surveys Methods", "Méthodes des enquêtes-entreprises"),
    ("Grants and Contributions Delivery", "Prestation des subventions et contributions"),
    ("International Tax Audit", "Vérification de l'impôt international"),
    ("Nutrition Policy", "Politique de nutrition"),
    ("Geospatial Information Services", "Services d'information géospatiale"),
    ("Accommodation Fit-up Projects", "Projets d'aménagement des locaux"),
    ("Emergency Management", "Gestion des urgences"),
    ("Strategic Policy Coordination", "Coordination des politiques stratégiques"),
    ("Fleet Renewal Programs", "Programmes de renouvellement de la flotte"),
    ("Motor Vehicle Standards", "Normes sur les véhicules automobiles"),
    ("Social Statistics Dissemination", "Diffusion des statistiques sociales"),
    ("Citizenship Program Delivery", "Prestation du programme de citoyenneté"),
    ("Apprenticeship Grants", "Subventions aux apprentis"),
    ("Collections Modernization", "Modernisation des recouvrements"),
    ("Pest Management Evaluation", "Évaluation de la lutte antiparasitaire"),
    ("Explosives Regulatory Affairs", "Affaires réglementaires des explosifs"),
]

SUP_AREAS = [
    ("Operations", "Opérations"), ("Program Delivery", "Prestation des programmes"),
    ("Policy and Programs", "Politiques et programmes"), ("Regulatory Operations", "Opérations réglementaires"),
    ("Corporate Services", "Services ministériels"), ("Science and Technology", "Sciences et technologie"),
    ("Strategic Policy", "Politique stratégique"), ("Service Delivery", "Prestation des services"),
]

REPORT_KINDS = [
    ("Manager, Operations", "Gestionnaire, Opérations", "PM-06"),
    ("Manager, Policy Development", "Gestionnaire, Élaboration des politiques", "EC-07"),
    ("Manager, Program Integrity", "Gestionnaire, Intégrité des programmes", "PM-06"),
    ("Senior Advisor", "Conseiller principal", "EC-06"),
    ("Manager, Business Systems", "Gestionnaire, Systèmes opérationnels", "CS-04"),
    ("Manager, Planning and Reporting", "Gestionnaire, Planification et rapports", "FI-03"),
    ("Manager, Regional Coordination", "Gestionnaire, Coordination régionale", "PM-06"),
    ("Team Leader, Analytics", "Chef d'équipe, Analytique", "EC-06"),
    ("Manager, Science Assessment", "Gestionnaire, Évaluation scientifique", "PC-04"),
    ("Administrative Officer", "Agent administratif", "AS-02"),
]

PLACES = [
    ("Ottawa, Ontario", "Ottawa (Ontario)"), ("Gatineau, Quebec", "Gatineau (Québec)"),
    ("Moncton, New Brunswick", "Moncton (Nouveau-Brunswick)"), ("Winnipeg, Manitoba", "Winnipeg (Manitoba)"),
    ("Vancouver, British Columbia", "Vancouver (Colombie-Britannique)"), ("Montréal, Quebec", "Montréal (Québec)"),
    ("Halifax, Nova Scotia", "Halifax (Nouvelle-Écosse)"), ("Edmonton, Alberta", "Edmonton (Alberta)"),
    ("Toronto, Ontario", "Toronto (Ontario)"), ("Shawinigan, Quebec", "Shawinigan (Québec)"),
]

GIVEN = ["Marisol", "Teodor", "Annick", "Baptiste", "Yuna", "Corwin", "Délia", "Fenwick", "Ingrid", "Jolan",
         "Kaveri", "Lysandre", "Mattias", "Noémie", "Oren", "Priyanka", "Quillon", "Rosalind", "Séverin", "Tamsin",
         "Ulric", "Valérie", "Wendeline", "Xavière", "Yorick", "Zélie"]
FAMILY = ["Okonkwo-Baril", "Thistlewood", "Vanderhaegen", "Marchetti-Roy", "Quennerville", "Ashgrove", "Pelletreau",
          "Brightwater", "Dufresnay", "Kowalczuk", "Lamontagne-Hart", "Nakashima-Lee", "Ouellon", "Riverstone",
          "Saint-Amanteau", "Tremblois", "Underhay", "Villeneuvier", "Whitcombe", "Yellowquill"]

GA_EN = ("Under the general direction of the {sup}, the {title} is accountable for the leadership, planning and "
         "delivery of the {area} function across the department, providing strategic advice to senior "
         "management, directing multidisciplinary teams and ensuring that program results are achieved within "
         "approved resources and in compliance with Treasury Board policies.")
GA_FR = ("Sous l'autorité générale du {sup}, le {title} est responsable du leadership, de la planification et de "
         "la prestation de la fonction {area} dans l'ensemble du ministère; il fournit des conseils stratégiques "
         "à la haute direction, dirige des équipes multidisciplinaires et veille à l'atteinte des résultats dans "
         "le respect des ressources approuvées et des politiques du Conseil du Trésor.")
NS_EN = ("The position operates in a complex environment marked by evolving government priorities, heightened "
         "public expectations and the need to coordinate with provinces, territories, central agencies and "
         "external stakeholders. The incumbent must reconcile competing demands, anticipate emerging issues and "
         "provide sound, timely advice to the {sup} and to the Assistant Deputy Minister.")
NS_FR = ("Le poste évolue dans un contexte complexe marqué par l'évolution des priorités gouvernementales, les "
         "attentes accrues du public et la nécessité de coordonner les efforts avec les provinces, les "
         "territoires, les organismes centraux et les intervenants externes. Le titulaire doit concilier des "
         "exigences concurrentes et fournir des conseils judicieux au {sup}.")
SA_EN = ["Provides strategic leadership and direction for the {area} function.",
         "Directs the development of plans, policies and performance frameworks.",
         "Manages human and financial resources and ensures sound stewardship.",
         "Represents the department with central agencies and external partners."]
SA_FR = ["Assure le leadership stratégique et l'orientation de la fonction {area}.",
         "Dirige l'élaboration des plans, des politiques et des cadres de rendement.",
         "Gère les ressources humaines et financières et en assure la saine gestion.",
         "Représente le ministère auprès des organismes centraux et des partenaires externes."]
