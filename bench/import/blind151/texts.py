"""Pools for blind151: departments, units, names and prose (all invented; no real person)."""

DEPARTMENTS = [
    # (short, English, French)
    ("ESDC", "Employment and Social Development Canada", "Emploi et Développement social Canada"),
    ("IRCC", "Immigration, Refugees and Citizenship Canada", "Immigration, Réfugiés et Citoyenneté Canada"),
    ("ISED", "Innovation, Science and Economic Development Canada", "Innovation, Sciences et Développement économique Canada"),
    ("HC", "Health Canada", "Santé Canada"),
    ("PHAC", "Public Health Agency of Canada", "Agence de la santé publique du Canada"),
    ("ECCC", "Environment and Climate Change Canada", "Environnement et Changement climatique Canada"),
    ("NRCan", "Natural Resources Canada", "Ressources naturelles Canada"),
    ("TC", "Transport Canada", "Transports Canada"),
    ("DFO", "Fisheries and Oceans Canada", "Pêches et Océans Canada"),
    ("PSPC", "Public Services and Procurement Canada", "Services publics et Approvisionnement Canada"),
    ("StatCan", "Statistics Canada", "Statistique Canada"),
    ("AAFC", "Agriculture and Agri-Food Canada", "Agriculture et Agroalimentaire Canada"),
    ("ISC", "Indigenous Services Canada", "Services aux Autochtones Canada"),
    ("VAC", "Veterans Affairs Canada", "Anciens Combattants Canada"),
    ("INFC", "Infrastructure Canada", "Infrastructure Canada"),
]

LOCATIONS = [
    # (English, French)
    ("Ottawa, Ontario", "Ottawa (Ontario)"),
    ("Gatineau, Quebec", "Gatineau (Québec)"),
    ("Moncton, New Brunswick", "Moncton (Nouveau-Brunswick)"),
    ("Winnipeg, Manitoba", "Winnipeg (Manitoba)"),
    ("Vancouver, British Columbia", "Vancouver (Colombie-Britannique)"),
    ("Halifax, Nova Scotia", "Halifax (Nouvelle-Écosse)"),
    ("Montréal, Quebec", "Montréal (Québec)"),
    ("Edmonton, Alberta", "Edmonton (Alberta)"),
    ("Charlottetown, Prince Edward Island", "Charlottetown (Île-du-Prince-Édouard)"),
    ("Regina, Saskatchewan", "Regina (Saskatchewan)"),
    ("Miramichi, New Brunswick", "Miramichi (Nouveau-Brunswick)"),
    ("Shawinigan, Quebec", "Shawinigan (Québec)"),
    ("Sudbury, Ontario", "Sudbury (Ontario)"),
    ("Toronto, Ontario", "Toronto (Ontario)"),
]

# unit names (English, French)
UNITS = [
    ("Benefits Modernization", "Modernisation des prestations"),
    ("Integrity Operations", "Opérations d'intégrité"),
    ("Client Experience", "Expérience client"),
    ("Regional Operations, Atlantic", "Opérations régionales, Atlantique"),
    ("Program Policy", "Politique des programmes"),
    ("Border Data Analytics", "Analytique des données frontalières"),
    ("Pension Processing", "Traitement des pensions"),
    ("Indigenous Service Partnerships", "Partenariats de services autochtones"),
    ("Labour Market Strategies", "Stratégies du marché du travail"),
    ("Grants and Contributions Delivery", "Prestation des subventions et contributions"),
    ("Corporate Planning and Risk", "Planification ministérielle et risques"),
    ("Settlement Programs", "Programmes d'établissement"),
    ("Digital Identity", "Identité numérique"),
    ("Marine Safety Programs", "Programmes de sécurité maritime"),
    ("Pharmaceutical Drug Review", "Examen des médicaments pharmaceutiques"),
    ("Emergency Preparedness", "Protection civile"),
    ("Climate Adaptation", "Adaptation aux changements climatiques"),
    ("Energy Efficiency Programs", "Programmes d'efficacité énergétique"),
    ("Procurement Transformation", "Transformation de l'approvisionnement"),
    ("Census Operations", "Opérations du recensement"),
    ("Agri-Environmental Science", "Science agroenvironnementale"),
    ("Veterans Service Delivery", "Prestation des services aux vétérans"),
    ("Infrastructure Investments", "Investissements dans les infrastructures"),
    ("Workforce Transition", "Transition de l'effectif"),
    ("Organizational Design", "Conception organisationnelle"),
    ("Pay Stabilization", "Stabilisation de la paye"),
    ("Financial Management Advisory Services", "Services consultatifs en gestion financière"),
    ("Data Governance", "Gouvernance des données"),
    ("Fisheries Resource Management", "Gestion des ressources halieutiques"),
    ("Spectrum Licensing", "Délivrance de licences du spectre"),
    ("Health Product Compliance", "Conformité des produits de santé"),
    ("Temporary Resident Programs", "Programmes des résidents temporaires"),
    ("Asylum Claims Processing", "Traitement des demandes d'asile"),
    ("Small Business Programs", "Programmes pour les petites entreprises"),
    ("Official Languages Coordination", "Coordination des langues officielles"),
    ("Real Property Services", "Services des biens immobiliers"),
    ("Contact Centre Operations", "Opérations des centres d'appels"),
    ("Strategic Human Resources", "Ressources humaines stratégiques"),
    ("Evaluation and Results", "Évaluation et résultats"),
    ("Rail Safety Oversight", "Surveillance de la sécurité ferroviaire"),
    ("Water Quality Monitoring", "Surveillance de la qualité de l'eau"),
    ("Youth Employment Programs", "Programmes d'emploi pour les jeunes"),
    ("Cyber Security Operations", "Opérations de cybersécurité"),
    ("Student Financial Assistance", "Aide financière aux étudiants"),
    ("Housing Supply Initiatives", "Initiatives pour l'offre de logements"),
    ("Apprenticeship and Trades", "Apprentissage et métiers"),
    ("Tax Treaty Partnerships", "Partenariats sur les conventions fiscales"),
    ("Public Health Surveillance", "Surveillance de la santé publique"),
    ("Economic Analysis", "Analyse économique"),
    ("Audit and Accountability", "Vérification et responsabilisation"),
    ("Consular Case Management", "Gestion des cas consulaires"),
    ("Wildlife Conservation", "Conservation de la faune"),
    ("Trade Remedies", "Recours commerciaux"),
    ("Service Canada Centres, Prairies", "Centres Service Canada, Prairies"),
    ("Accessibility Standards", "Normes d'accessibilité"),
]

# report sub-units (English, French)
SUBUNITS = [
    ("Intake", "Réception"), ("Quality Assurance", "Assurance de la qualité"),
    ("Program Design", "Conception des programmes"), ("Operations", "Opérations"),
    ("Policy Analysis", "Analyse des politiques"), ("Partnerships", "Partenariats"),
    ("Business Intelligence", "Intelligence d'affaires"), ("Client Services", "Services à la clientèle"),
    ("Systems Integration", "Intégration des systèmes"), ("Compliance", "Conformité"),
    ("Planning and Reporting", "Planification et rapports"), ("Outreach", "Sensibilisation"),
    ("Data Management", "Gestion des données"), ("Risk Management", "Gestion des risques"),
    ("Regional Coordination", "Coordination régionale"), ("Case Processing", "Traitement des cas"),
    ("Engagement", "Mobilisation"), ("Training and Learning", "Formation et apprentissage"),
    ("Financial Planning", "Planification financière"), ("Research", "Recherche"),
    ("Investigations", "Enquêtes"), ("Governance", "Gouvernance"),
    ("Product Management", "Gestion des produits"), ("Service Design", "Conception des services"),
]

MANAGER_GROUPS = ["PM-06", "EC-07", "AS-07", "CS-04", "PE-06", "FI-04", "CO-03", "EN-ENG-05",
                  "PM-06", "EC-07", "AS-07", "IS-06", "BI-04", "PM-05", "EC-06", "CS-05"]

GIVEN = ["Mireille", "Tobias", "Anneliese", "Koray", "Séverine", "Dmitri", "Ophélie", "Rashida", "Caspian",
         "Yolande", "Thaddeus", "Noémie", "Baptiste", "Imani", "Leopold", "Priya", "Gaëtan", "Wren",
         "Ignatius", "Solveig", "Anouk", "Everett", "Marisol", "Fintan", "Jolène", "Kwabena", "Delphine",
         "Rosalind", "Aurélien", "Tamsin", "Oksana", "Lucien", "Hyacinthe", "Desmond", "Ingrid", "Maëlys",
         "Cormac", "Nadira", "Bérénice", "Ambrose", "Ximena", "Florent", "Zofia", "Jericho", "Clémence",
         "Ottilie", "Radomir", "Sunniva", "Évariste", "Lavinia"]

FAMILY = ["Quennec", "Abernethy-Lowe", "Brassard-Okoye", "Vantongeren", "Lachapelle", "Mwangaza", "Théberge",
          "Osterhout", "Dufresnoy", "Kaczorowski", "Pellerin-Ng", "Haldorsen", "Beauséjour", "Achterberg",
          "Morneault", "Sivaraman", "Gallinger", "Ouimette", "Thorsteinson", "Caouette", "Rzepka",
          "Villeneuve-Amato", "Stoyanoff", "Lindqvist", "Bélanger-Hume", "Okonkwo-Reid", "Fairweather",
          "Desrosiers", "Nakagawa-Pratt", "Ingebrigtsen", "Tremblay-Qasim", "Halvorsen", "Moisan",
          "Ferreira-Dion", "Ketchabaw", "Laframboise", "Wojcikowski", "Arsenault-Kim",
          "Baird-Mensah", "Côté-Varga", "Drummond-Oyelaran", "Gauthier-Lindh", "Ravensbergen"]

GA_EN = [
    "provides leadership and strategic direction for the design, delivery and continuous improvement of {unit} across the department",
    "is accountable for the planning, management and evaluation of {unit}, ensuring that services meet the needs of Canadians and the government's priorities",
    "leads the development of policies, programs and service standards for {unit} and represents the department with central agencies, provinces, territories and stakeholders",
    "directs a national team responsible for {unit}, including operational planning, performance measurement and the management of financial and human resources",
]
GA_FR = [
    "assure le leadership et l'orientation stratégique de la conception, de la prestation et de l'amélioration continue de {unit} dans l'ensemble du ministère",
    "est responsable de la planification, de la gestion et de l'évaluation de {unit}, de façon à répondre aux besoins des Canadiens et aux priorités du gouvernement",
    "dirige l'élaboration des politiques, des programmes et des normes de service de {unit} et représente le ministère auprès des organismes centraux, des provinces, des territoires et des intervenants",
]
NS_EN = [
    "The position operates in an environment of significant organizational change. The department is consolidating functions that were previously delivered by separate branches, and the incumbent must maintain service continuity while the new structure is put in place.",
    "The work is carried out in a complex, multi-jurisdictional environment involving other federal departments, provincial and territorial governments, Indigenous partners, industry and labour.",
    "The incumbent manages competing priorities and tight timelines, and must reconcile the expectations of internal clients, central agencies and external stakeholders while modernizing legacy systems and business processes.",
    "The incumbent provides authoritative advice to the Assistant Deputy Minister and the Deputy Minister, prepares briefing materials, Memoranda to Cabinet and Treasury Board submissions, and represents the department at interdepartmental committees.",
]
NS_FR = [
    "Le poste s'inscrit dans un contexte de changement organisationnel important. Le ministère regroupe des fonctions auparavant exercées par des directions générales distinctes, et le titulaire doit assurer la continuité des services pendant la mise en place de la nouvelle structure.",
    "Le travail s'effectue dans un environnement complexe et multijuridictionnel qui fait intervenir d'autres ministères fédéraux, les gouvernements provinciaux et territoriaux, des partenaires autochtones, l'industrie et les syndicats.",
    "Le titulaire conseille le sous-ministre adjoint et le sous-ministre, prépare des notes d'information, des mémoires au Cabinet et des présentations au Conseil du Trésor, et représente le ministère aux comités interministériels.",
]
SA_EN = [
    "Provides strategic leadership and direction for the planning, delivery and evaluation of the directorate's programs and services.",
    "Develops and implements the transition plan for the reorganization, including the transfer of staff, budgets and files.",
    "Establishes and maintains effective partnerships with central agencies, other government departments, provinces and territories.",
    "Manages the human, financial and material resources of the organization in accordance with departmental policies and the values and ethics of the public service.",
    "Provides expert advice and briefings to senior management on emerging issues, risks and priorities.",
    "Leads the development of performance measurement frameworks and reports on results to senior management and central agencies.",
    "Represents the department at interdepartmental and federal-provincial-territorial committees and working groups.",
    "Fosters a healthy, diverse and inclusive workplace and supports the development and well-being of employees.",
]
SA_FR = [
    "Assure le leadership stratégique et l'orientation de la planification, de la prestation et de l'évaluation des programmes et services de la direction.",
    "Élabore et met en œuvre le plan de transition de la réorganisation, y compris le transfert du personnel, des budgets et des dossiers.",
    "Établit et entretient des partenariats efficaces avec les organismes centraux, les autres ministères, les provinces et les territoires.",
    "Gère les ressources humaines, financières et matérielles de l'organisation conformément aux politiques ministérielles et aux valeurs et à l'éthique de la fonction publique.",
    "Fournit des conseils d'expert et des séances d'information à la haute direction sur les enjeux, les risques et les priorités émergents.",
    "Représente le ministère aux comités et groupes de travail interministériels et fédéraux-provinciaux-territoriaux.",
    "Favorise un milieu de travail sain, diversifié et inclusif et appuie le perfectionnement et le bien-être des employés.",
]
