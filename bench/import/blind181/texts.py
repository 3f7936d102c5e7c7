"""Prose, titles, departments, places and invented names for blind181 (web and mail)."""

DOMAINS = [  # (English, French)
    ("Asylum Claims Processing", "Traitement des demandes d'asile"),
    ("Labour Market Information", "Information sur le marché du travail"),
    ("Marine Safety Programs", "Programmes de sécurité maritime"),
    ("Forest Sector Innovation", "Innovation dans le secteur forestier"),
    ("Acquisitions Policy", "Politique des acquisitions"),
    ("Audit and Evaluation", "Audit et évaluation"),
    ("Digital Services Delivery", "Prestation des services numériques"),
    ("Grants and Contributions", "Subventions et contributions"),
    ("Official Languages Support", "Appui aux langues officielles"),
    ("Aquaculture Management", "Gestion de l'aquaculture"),
    ("Rail Safety Oversight", "Surveillance de la sécurité ferroviaire"),
    ("Pay Stabilization", "Stabilisation de la paye"),
    ("Indigenous Partnerships", "Partenariats autochtones"),
    ("Strategic Policy and Planning", "Politique stratégique et planification"),
    ("Real Property Management", "Gestion des biens immobiliers"),
    ("Trade and Market Access", "Commerce et accès aux marchés"),
    ("Citizenship Program Integrity", "Intégrité du programme de citoyenneté"),
    ("Energy Efficiency Programs", "Programmes d'efficacité énergétique"),
    ("Heritage Collections", "Collections patrimoniales"),
    ("Small Craft Harbours", "Ports pour petits bateaux"),
    ("Financial Planning and Analysis", "Planification et analyse financières"),
    ("Information Management and Privacy", "Gestion de l'information et protection des renseignements personnels"),
    ("Workplace Health and Safety", "Santé et sécurité au travail"),
    ("Settlement Programs", "Programmes d'établissement"),
    ("Pipeline Regulatory Affairs", "Affaires réglementaires des pipelines"),
    ("Cyber Security Operations", "Opérations de cybersécurité"),
    ("Agri-Food Research Partnerships", "Partenariats de recherche agroalimentaire"),
    ("Arts Funding", "Financement des arts"),
    ("Fisheries Science", "Sciences halieutiques"),
    ("Apprenticeship and Trades", "Apprentissage et métiers"),
    ("Supplier Relations", "Relations avec les fournisseurs"),
    ("Passport Operations", "Opérations des passeports"),
    ("Aviation Security", "Sûreté aérienne"),
    ("Corporate Secretariat", "Secrétariat ministériel"),
    ("Data Strategy", "Stratégie des données"),
    ("Service Modernization", "Modernisation des services"),
    ("Geospatial Services", "Services géospatiaux"),
    ("Values and Ethics", "Valeurs et éthique"),
    ("Procurement Modernization", "Modernisation de l'approvisionnement"),
    ("Oceans Protection", "Protection des océans"),
    ("Youth Employment", "Emploi des jeunes"),
    ("Broadcasting Policy", "Politique de radiodiffusion"),
    ("Emergency Management", "Gestion des urgences"),
    ("Litigation Support", "Soutien aux litiges"),
    ("Client Experience", "Expérience client"),
]

# level -> (English prefix, French prefix masculine, French prefix feminine)
PREFIX = {
    "EX-01": [("Director", "Directeur", "Directrice")],
    "EX-02": [("Executive Director", "Directeur exécutif", "Directrice exécutive"),
              ("Senior Director", "Directeur principal", "Directrice principale")],
    "EX-03": [("Director General", "Directeur général", "Directrice générale")],
    "EX-04": [("Associate Assistant Deputy Minister", "Sous-ministre adjoint délégué", "Sous-ministre adjointe déléguée"),
              ("Chief Financial Officer", "Dirigeant principal des finances", "Dirigeante principale des finances")],
    "EX-05": [("Assistant Deputy Minister", "Sous-ministre adjoint", "Sous-ministre adjointe")],
}

DEPARTMENTS = [
    ("Immigration, Refugees and Citizenship Canada", "Immigration, Réfugiés et Citoyenneté Canada", "IRCC", "cic.gc.ca"),
    ("Employment and Social Development Canada", "Emploi et Développement social Canada", "ESDC", "esdc-edsc.gc.ca"),
    ("Transport Canada", "Transports Canada", "TC", "tc.gc.ca"),
    ("Natural Resources Canada", "Ressources naturelles Canada", "NRCan", "nrcan-rncan.gc.ca"),
    ("Public Services and Procurement Canada", "Services publics et Approvisionnement Canada", "PSPC", "tpsgc-pwgsc.gc.ca"),
    ("Fisheries and Oceans Canada", "Pêches et Océans Canada", "DFO", "dfo-mpo.gc.ca"),
    ("Canadian Heritage", "Patrimoine canadien", "PCH", "pch.gc.ca"),
    ("Agriculture and Agri-Food Canada", "Agriculture et Agroalimentaire Canada", "AAFC", "agr.gc.ca"),
]

PLACES = [
    ("Ottawa, Ontario", "Ottawa (Ontario)"),
    ("Gatineau, Quebec", "Gatineau (Québec)"),
    ("Moncton, New Brunswick", "Moncton (Nouveau-Brunswick)"),
    ("Winnipeg, Manitoba", "Winnipeg (Manitoba)"),
    ("Vancouver, British Columbia", "Vancouver (Colombie-Britannique)"),
    ("Montréal, Quebec", "Montréal (Québec)"),
    ("Halifax, Nova Scotia", "Halifax (Nouvelle-Écosse)"),
    ("Edmonton, Alberta", "Edmonton (Alberta)"),
    ("Sherbrooke, Quebec", "Sherbrooke (Québec)"),
    ("Regina, Saskatchewan", "Regina (Saskatchewan)"),
]

# direct reports below a director: (English, French, classification)
MANAGERS = [
    ("Manager, Intake", "Gestionnaire, Accueil", "PM-06"),
    ("Manager, Policy Analysis", "Gestionnaire, Analyse des politiques", "EC-07"),
    ("Manager, Operations", "Gestionnaire, Opérations", "PM-06"),
    ("Team Leader, Quality Assurance", "Chef d'équipe, Assurance de la qualité", "PM-05"),
    ("Senior Advisor", "Conseiller principal", "EC-06"),
    ("Manager, Finance", "Gestionnaire, Finances", "FI-04"),
    ("Manager, Systems", "Gestionnaire, Systèmes", "IT-04"),
    ("Manager, Communications", "Gestionnaire, Communications", "IS-05"),
    ("Manager, Program Delivery", "Gestionnaire, Exécution des programmes", "PM-06"),
    ("Chief, Research", "Chef, Recherche", "EC-07"),
    ("Manager, Engineering", "Gestionnaire, Génie", "EN-ENG-06"),
    ("Executive Assistant", "Adjoint exécutif", "AS-03"),
    ("Manager, Contracting", "Gestionnaire, Passation de contrats", "PG-06"),
    ("Manager, Business Planning", "Gestionnaire, Planification des activités", "AS-07"),
]

FIRST = ["Maëlle", "Oswin", "Thandeka", "Rosalind", "Évariste", "Kaveri", "Lisandro", "Odile", "Tamsin", "Benedikt",
         "Priyanka", "Gaspard", "Wenonah", "Ilse", "Désiré", "Marisol", "Anouk", "Torvald", "Yasmeen", "Clément",
         "Fenella", "Ruairi", "Solveig", "Hyacinthe", "Jovan", "Aurélie", "Keziah", "Bastien", "Oriane", "Stellan"]
LAST = ["Quennevillette", "Abernathy-Roux", "Okonkwo-Baril", "Thibodeaux", "Marchetti-Lamb", "Ravensworth",
        "Beaulac-Tremaine", "Ndiaye-Fortin", "Halvorsen", "Pelletier-Wynne", "Desrochers", "Kowalczyk-Hébert",
        "Vasquez-Ouellet", "Lindqvist", "Achterberg", "Montcalm-Ives", "Sarrazin", "Oyelaran", "Brisebois-Kemp",
        "Fairweather-Gagné", "Castonguay-Reid", "Villeneuve-Osei", "Tremblay-Hargreaves", "Saint-Onge"]

GA_EN = [
    "Provides leadership and strategic direction for the {d} function, ensuring that programs, policies and services "
    "are delivered efficiently and in accordance with departmental priorities and Government of Canada policies.",
    "Is accountable for the planning, design, delivery and evaluation of {d} activities across the department, "
    "and for the management of the human and financial resources assigned to the directorate.",
]
GA_FR = [
    "Assure le leadership et l'orientation stratégique de la fonction {d}, de façon que les programmes, politiques "
    "et services soient exécutés efficacement et conformément aux priorités ministérielles.",
    "Est responsable de la planification, de la conception, de l'exécution et de l'évaluation des activités liées à "
    "{d}, ainsi que de la gestion des ressources humaines et financières de la direction.",
]
NS_EN = [
    "The position operates in an environment of sustained public and ministerial scrutiny. The incumbent works with "
    "central agencies, provinces and territories, industry associations and Indigenous organizations, and must "
    "reconcile competing priorities while maintaining service standards.",
    "The incumbent is the department's recognized authority on {d} and provides authoritative advice to senior "
    "management. Challenges include aging systems, growing volumes and the need to modernize delivery while "
    "respecting privacy and official languages obligations.",
]
NS_FR = [
    "Le poste évolue dans un contexte d'examen public et ministériel soutenu. Le titulaire collabore avec les "
    "organismes centraux, les provinces et territoires, l'industrie et les organisations autochtones.",
    "Le titulaire est l'autorité reconnue du Ministère en matière de {d} et fournit des conseils faisant autorité "
    "à la haute direction, dans un contexte de volumes croissants et de modernisation des services.",
]
SA_EN = ["Directs the development of {d} policies, standards and performance indicators.",
         "Represents the department on interdepartmental and federal-provincial-territorial committees.",
         "Manages the directorate's budget, human resources plan and risk profile.",
         "Leads the preparation of briefing material, Memoranda to Cabinet and Treasury Board submissions.",
         "Builds and maintains partnerships with stakeholders and other levels of government."]
SA_FR = ["Dirige l'élaboration des politiques, normes et indicateurs de rendement en matière de {d}.",
         "Représente le Ministère auprès des comités interministériels et fédéraux-provinciaux-territoriaux.",
         "Gère le budget, le plan des ressources humaines et le profil de risque de la direction.",
         "Dirige la préparation des notes d'information, des mémoires au Cabinet et des présentations au Conseil du Trésor.",
         "Établit et entretient des partenariats avec les intervenants et les autres ordres de gouvernement."]
