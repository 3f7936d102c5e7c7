"""Pools for blind159: departments, positions, invented names, prose."""

GIVEN = ["Orla", "Bastien", "Marisol", "Tendai", "Heikki", "Rosalind", "Anouk", "Ferdinand", "Ishbel", "Quentin",
         "Lowenna", "Matthias", "Yvonne", "Saoirse", "Dariusz", "Noémie", "Cyprien", "Gwendolyn", "Tobiah", "Ilse",
         "Margaux", "Thaddeus", "Priyanka", "Lucien", "Wilhelmina", "Évangéline", "Oisin", "Fenella", "Rafferty",
         "Solène", "Kasimir", "Delphine", "Ambrose", "Zuleika", "Perpetua", "Hamish", "Ottilie", "Benedikt",
         "Clémence", "Isidore", "Juniper", "Leopold", "Mireille", "Nikolai", "Philippa", "Séraphin", "Tamsin"]
FAMILY = ["Quarrington", "Vellacott", "Brisebois-Tawse", "Okonkwo-Marr", "Lindqvale", "Desrochelle", "Pettigrove",
          "Haverstock", "Mbekiwe", "Thibodeaux-Ring", "Carrowmore", "Fairclough-Nadeau", "Szymborek", "Ouellon",
          "Ravensdale", "Gauthier-Pell", "Kittredge", "Marchetti-Doyle", "Beausoleil-Crane", "Wynnstay", "Lachapelle-Orr",
          "Tremblant", "Achterberg", "Pelletreau", "Dunsmuir-Hay", "Vaillancourt-Bey", "Stroudley", "Ironsmith",
          "Boisjoly", "Kapoorvale", "Nakashimo", "Ferreirinha", "Hollingbrook", "Lemieux-Strand", "Ashgrove",
          "Corbeil-Wren", "Tanaka-Rolle", "Whitlock", "Quenneville", "Dervaux", "Rusholme", "Belliveau-Stone"]

DEPTS = [  # (short, English, French, domain)
    ("IRCC", "Immigration, Refugees and Citizenship Canada", "Immigration, Réfugiés et Citoyenneté Canada", "ircc-ircc.gc.ca"),
    ("ESDC", "Employment and Social Development Canada", "Emploi et Développement social Canada", "hrsdc-rhdcc.gc.ca"),
    ("CRA", "Canada Revenue Agency", "Agence du revenu du Canada", "cra-arc.gc.ca"),
    ("HC", "Health Canada", "Santé Canada", "hc-sc.gc.ca"),
    ("NRCan", "Natural Resources Canada", "Ressources naturelles Canada", "nrcan-rncan.gc.ca"),
    ("PSPC", "Public Services and Procurement Canada", "Services publics et Approvisionnement Canada", "tpsgc-pwgsc.gc.ca"),
    ("StatCan", "Statistics Canada", "Statistique Canada", "statcan.gc.ca"),
    ("VAC", "Veterans Affairs Canada", "Anciens Combattants Canada", "veterans.gc.ca"),
]

# (English subject, French subject)
SUBJECTS = [
    ("Asylum Claims Processing", "Traitement des demandes d'asile"),
    ("Citizenship Program Delivery", "Prestation du programme de citoyenneté"),
    ("Employment Insurance Appeals", "Appels de l'assurance-emploi"),
    ("Passport Integrity", "Intégrité des passeports"),
    ("Collections Operations", "Opérations de recouvrement"),
    ("Charities Compliance", "Conformité des organismes de bienfaisance"),
    ("Medical Devices Licensing", "Homologation des instruments médicaux"),
    ("Cannabis Compliance", "Conformité en matière de cannabis"),
    ("Geoscience Data Services", "Services de données géoscientifiques"),
    ("Energy Efficiency Programs", "Programmes d'efficacité énergétique"),
    ("Real Property Portfolio Management", "Gestion du portefeuille immobilier"),
    ("Pay Stabilization", "Stabilisation de la paye"),
    ("Census Field Operations", "Opérations sur le terrain du recensement"),
    ("Business Register", "Registre des entreprises"),
    ("Disability Benefits Adjudication", "Décisions sur les prestations d'invalidité"),
    ("Case Management Services", "Services de gestion de cas"),
    ("Settlement Program Policy", "Politique du programme d'établissement"),
    ("Labour Market Information", "Information sur le marché du travail"),
    ("Scientific Research and Experimental Development Audit", "Vérification de la recherche scientifique et du développement expérimental"),
    ("Drug Shortages", "Pénuries de médicaments"),
    ("Contract Quality Assurance", "Assurance de la qualité des contrats"),
    ("Digital Service Channels", "Canaux de service numériques"),
    ("Survey Methodology", "Méthodologie d'enquête"),
    ("Commemoration", "Commémoration"),
    ("Temporary Resident Programs", "Programmes des résidents temporaires"),
    ("Apprenticeship and Trades", "Apprentissage et métiers"),
    ("Taxpayer Relief", "Allègement pour les contribuables"),
    ("Pest Management Evaluation", "Évaluation de la lutte antiparasitaire"),
    ("Forest Sciences", "Sciences forestières"),
    ("Translation Bureau Operations", "Opérations du Bureau de la traduction"),
    ("Economic Analysis", "Analyse économique"),
    ("Bereavement and Survivor Services", "Services de deuil et aux survivants"),
    ("Integrity Screening", "Filtrage de l'intégrité"),
    ("Grants and Contributions", "Subventions et contributions"),
    ("Audit Quality Review", "Examen de la qualité de la vérification"),
    ("Nutrition Policy", "Politique en matière de nutrition"),
    ("Critical Minerals", "Minéraux critiques"),
    ("Acquisitions Modernization", "Modernisation des acquisitions"),
    ("Social Statistics", "Statistique sociale"),
    ("Rehabilitation Services", "Services de réadaptation"),
    ("International Network Operations", "Opérations du réseau international"),
    ("Service Canada Call Centres", "Centres d'appels de Service Canada"),
    ("Debt Management Policy", "Politique de gestion de la dette"),
    ("Clinical Trials Oversight", "Surveillance des essais cliniques"),
]

# (English rank, French rank, classification level range)
RANKS = [("Director", "Directeur", (1, 1)), ("Executive Director", "Directeur exécutif", (2, 2)),
         ("Director General", "Directeur général", (3, 3)), ("Senior Director", "Directeur principal", (1, 2))]
SUP_RANK = {1: ("Director General", "Directeur général"), 2: ("Director General", "Directeur général"),
            3: ("Assistant Deputy Minister", "Sous-ministre adjoint")}

CITIES = [("Ottawa, Ontario", "Ottawa (Ontario)"), ("Gatineau, Quebec", "Gatineau (Québec)"),
          ("Montréal, Quebec", "Montréal (Québec)"), ("Toronto, Ontario", "Toronto (Ontario)"),
          ("Winnipeg, Manitoba", "Winnipeg (Manitoba)"), ("Vancouver, British Columbia", "Vancouver (Colombie-Britannique)"),
          ("Halifax, Nova Scotia", "Halifax (Nouvelle-Écosse)"), ("Charlottetown, Prince Edward Island", "Charlottetown (Île-du-Prince-Édouard)"),
          ("Edmonton, Alberta", "Edmonton (Alberta)"), ("Sydney, Nova Scotia", "Sydney (Nouvelle-Écosse)"),
          ("Shawinigan, Quebec", "Shawinigan (Québec)"), ("Miramichi, New Brunswick", "Miramichi (Nouveau-Brunswick)")]

REPORT_UNITS = [("Manager, Operations", "Gestionnaire, Opérations"), ("Manager, Policy and Planning", "Gestionnaire, Politiques et planification"),
                ("Manager, Intake", "Gestionnaire, Réception"), ("Senior Advisor", "Conseiller principal"),
                ("Manager, Quality Assurance", "Gestionnaire, Assurance de la qualité"), ("Manager, Business Systems", "Gestionnaire, Systèmes opérationnels"),
                ("Team Leader, Analytics", "Chef d'équipe, Analytique"), ("Manager, Client Services", "Gestionnaire, Services aux clients"),
                ("Director, Program Integrity", "Directeur, Intégrité des programmes"), ("Director, Regional Delivery", "Directeur, Prestation régionale"),
                ("Manager, Stakeholder Relations", "Gestionnaire, Relations avec les intervenants")]
REPORT_CLASSES = ["PM-06", "AS-07", "EC-07", "PM-05", "CS-04", "FI-03", "AU-04", "EC-06", "SG-SRE-08", "PE-06", "IS-06", "CO-03"]

GA_EN = ("The {title} is accountable for leading the {subject_l} program of {dept_en}, setting its priorities, "
         "managing its resources and ensuring that services meet the department's standards and the expectations of Canadians.")
GA_FR = ("Le {title} est responsable de diriger le programme de {subject_fl} de {dept_fr}, d'en établir les priorités, "
         "d'en gérer les ressources et de veiller à ce que les services respectent les normes du ministère et les attentes des Canadiens.")
NS_EN = ("The position operates in a demanding environment of rising volumes, public scrutiny and changing legislation. "
         "The incumbent works with central agencies, provinces and territories, and stakeholder organizations, and advises "
         "senior management on program risks and results.")
NS_FR = ("Le poste évolue dans un contexte exigeant marqué par des volumes croissants, un examen public et une législation en évolution. "
         "Le titulaire collabore avec les organismes centraux, les provinces et territoires et les intervenants, et conseille "
         "la haute direction sur les risques et les résultats du programme.")
