"""Prose, areas and invented names for blind194 (org charts as text, job-evaluation material)."""

DEPARTMENTS = [
    ("Immigration, Refugees and Citizenship Canada", "Immigration, Réfugiés et Citoyenneté Canada", "IRCC",
     ("Ottawa, Ontario", "Ottawa (Ontario)")),
    ("Employment and Social Development Canada", "Emploi et Développement social Canada", "ESDC",
     ("Gatineau, Quebec", "Gatineau (Québec)")),
    ("Natural Resources Canada", "Ressources naturelles Canada", "NRCan",
     ("Ottawa, Ontario", "Ottawa (Ontario)")),
]

# (English area, French area) for the DGs, EDs and directors
DG_AREAS = [
    ("Client Operations", "Opérations clients"),
    ("Program Integrity", "Intégrité des programmes"),
    ("Energy Technology", "Technologie de l'énergie"),
]
ED_AREAS = [
    ("Case Processing Network", "Réseau de traitement des cas"),
    ("Settlement Delivery", "Prestation de l'établissement"),
    ("Client Contact Centres", "Centres de contact avec la clientèle"),
    ("Risk and Compliance", "Risques et conformité"),
    ("Investigations Services", "Services des enquêtes"),
    ("Benefit Accuracy", "Exactitude des prestations"),
    ("Clean Fuels Programs", "Programmes des combustibles propres"),
    ("Grid Modernization", "Modernisation du réseau électrique"),
    ("Energy Efficiency Operations", "Opérations d'efficacité énergétique"),
]
DIR_AREAS = [
    ("Asylum Claims Processing", "Traitement des demandes d'asile"),
    ("Temporary Residence Intake", "Réception des demandes de résidence temporaire"),
    ("Permanent Residence Finalization", "Finalisation de la résidence permanente"),
    ("Resettlement Partnerships", "Partenariats de réinstallation"),
    ("Language Training Programs", "Programmes de formation linguistique"),
    ("Settlement Funding", "Financement de l'établissement"),
    ("Call Centre Operations", "Opérations des centres d'appels"),
    ("Client Feedback and Quality", "Rétroaction des clients et qualité"),
    ("Telephony Systems", "Systèmes de téléphonie"),
    ("Client Services Planning", "Planification des services aux clients"),
    ("Fraud Analytics", "Analytique de la fraude"),
    ("Compliance Reviews", "Examens de la conformité"),
    ("Internal Controls", "Contrôles internes"),
    ("Major Investigations", "Enquêtes majeures"),
    ("Investigative Intelligence", "Renseignement d'enquête"),
    ("Overpayment Recovery", "Recouvrement des trop-payés"),
    ("Quality Assurance", "Assurance de la qualité"),
    ("Payment Accuracy Review", "Examen de l'exactitude des paiements"),
    ("Fuel Standards", "Normes sur les combustibles"),
    ("Hydrogen Deployment", "Déploiement de l'hydrogène"),
    ("Biofuels Programs", "Programmes des biocarburants"),
    ("Smart Grid Programs", "Programmes des réseaux intelligents"),
    ("Interties and Storage", "Interconnexions et stockage"),
    ("Grid Research Partnerships", "Partenariats de recherche sur le réseau"),
    ("Building Codes Support", "Soutien aux codes du bâtiment"),
    ("Equipment Standards", "Normes sur les équipements"),
    ("Retrofit Incentives", "Incitatifs à la rénovation"),
    ("Business Intelligence", "Intelligence d'affaires"),
    ("Regional Coordination", "Coordination régionale"),
    ("Operational Planning", "Planification opérationnelle"),
]

# non-executive direct reports: (English title, French title, classification)
REPORT_ROLES = [
    ("Manager, Intake", "Gestionnaire, Réception", "PM-06"),
    ("Manager, Operations", "Gestionnaire, Opérations", "PM-06"),
    ("Manager, Program Design", "Gestionnaire, Conception des programmes", "EC-07"),
    ("Manager, Analytics", "Gestionnaire, Analytique", "EC-07"),
    ("Senior Advisor, Policy", "Conseiller principal, Politiques", "EC-06"),
    ("Manager, Business Systems", "Gestionnaire, Systèmes opérationnels", "CS-04"),
    ("Manager, Quality Review", "Gestionnaire, Examen de la qualité", "PM-06"),
    ("Manager, Finance and Planning", "Gestionnaire, Finances et planification", "FI-03"),
    ("Manager, Partnerships", "Gestionnaire, Partenariats", "PM-06"),
    ("Team Leader, Engineering", "Chef d'équipe, Génie", "EN-ENG-05"),
    ("Manager, Research", "Gestionnaire, Recherche", "PC-04"),
    ("Manager, Regional Delivery", "Gestionnaire, Prestation régionale", "PM-06"),
    ("Manager, Administration", "Gestionnaire, Administration", "AS-07"),
    ("Executive Assistant", "Adjoint exécutif", "AS-02"),
    ("Manager, Data Services", "Gestionnaire, Services de données", "CS-04"),
    ("Senior Analyst, Horizontal Files", "Analyste principal, Dossiers horizontaux", "EC-06"),
]

FIRST = ["Aurèle", "Brindley", "Cosima", "Delphin", "Evadne", "Florian", "Gwenaëlle", "Hartley", "Isolde",
         "Jovan", "Kerensa", "Lucien", "Maelis", "Norbert", "Ottilie", "Perrin", "Quenby", "Rosalind",
         "Sevrin", "Thaïs", "Ulric", "Verena", "Wendell", "Xanthe", "Yvain", "Zélie", "Anselm", "Briallen",
         "Cyprien", "Dagny", "Eulalie", "Fenwick"]
LAST = ["Ashgrove", "Brisebois-Tal", "Corriveaux", "Dunmarrow", "Estabrooke", "Fairweathers", "Gendreault",
        "Hollinsby", "Isbister-Roy", "Jolicoeurs", "Kettlewood", "Lachapelle-Orr", "Marrowby", "Nadeauville",
        "Ouellandre", "Pettigrove", "Quimperley", "Rainsforth", "Saint-Ours-Lam", "Thibodais", "Underhay",
        "Vautrinet", "Wickersby", "Yarrowdale"]

GA_EN = ("The {title} is accountable for the planning, direction and delivery of {area_l} across the "
         "{unit}, and for the sound management of the human and financial resources entrusted to the "
         "directorate, in support of the department's commitments to Canadians.")
GA_FR = ("Le {title} est responsable de la planification, de la direction et de la prestation des activités "
         "de {area_l} au sein de la {unit}, ainsi que de la saine gestion des ressources humaines et "
         "financières confiées à la direction, à l'appui des engagements du ministère envers la population.")
NS_EN = ("The position operates in an environment of shifting volumes, public scrutiny and tight service "
         "standards. The incumbent leads a team of managers and specialists, negotiates with central "
         "agencies, provinces and partner organizations, and provides advice to the {sup} and senior "
         "management on emerging risks and on options to improve service delivery.")
NS_FR = ("Le poste évolue dans un contexte de volumes changeants, d'examen public et de normes de service "
         "serrées. Le titulaire dirige une équipe de gestionnaires et de spécialistes, négocie avec les "
         "organismes centraux, les provinces et les organisations partenaires et conseille le {sup} et la "
         "haute direction sur les risques émergents.")
SA_EN = ["Directs the development and implementation of operational plans, service standards and performance measures.",
         "Provides strategic advice and briefings to senior management on program issues and risks.",
         "Manages the directorate's budget, staffing and workforce planning, and ensures sound stewardship.",
         "Represents the department with central agencies, other governments and stakeholders.",
         "Leads continuous improvement, modernization and data initiatives across the directorate."]
SA_FR = ["Dirige l'élaboration et la mise en oeuvre des plans opérationnels, des normes de service et des mesures du rendement.",
         "Fournit des conseils stratégiques et des breffages à la haute direction sur les enjeux et les risques.",
         "Gère le budget, la dotation et la planification de l'effectif de la direction.",
         "Représente le ministère auprès des organismes centraux, des autres gouvernements et des intervenants.",
         "Dirige les initiatives d'amélioration continue, de modernisation et de données."]
