"""Prose, positions and names for blind174 (all invented)."""

DEPTS = [
    ("Emploi et Développement social Canada", "Employment and Social Development Canada", "EDSC"),
    ("Service Canada", "Service Canada", "SC"),
    ("Agence du revenu du Canada", "Canada Revenue Agency", "ARC"),
    ("Immigration, Réfugiés et Citoyenneté Canada", "Immigration, Refugees and Citizenship Canada", "IRCC"),
    ("Pêches et Océans Canada", "Fisheries and Oceans Canada", "MPO"),
    ("Agence de promotion économique du Canada atlantique", "Atlantic Canada Opportunities Agency", "APECA"),
    ("Services publics et Approvisionnement Canada", "Public Services and Procurement Canada", "SPAC"),
    ("Développement économique Canada pour les régions du Québec", "Canada Economic Development for Quebec Regions", "DEC"),
]

PLACES = [
    ("Montréal (Québec)", "Montréal, Quebec"), ("Québec (Québec)", "Québec City, Quebec"),
    ("Gatineau (Québec)", "Gatineau, Quebec"), ("Sherbrooke (Québec)", "Sherbrooke, Quebec"),
    ("Rimouski (Québec)", "Rimouski, Quebec"), ("Trois-Rivières (Québec)", "Trois-Rivières, Quebec"),
    ("Saguenay (Québec)", "Saguenay, Quebec"), ("Moncton (Nouveau-Brunswick)", "Moncton, New Brunswick"),
    ("Bathurst (Nouveau-Brunswick)", "Bathurst, New Brunswick"), ("Fredericton (Nouveau-Brunswick)", "Fredericton, New Brunswick"),
    ("Edmundston (Nouveau-Brunswick)", "Edmundston, New Brunswick"), ("Shediac (Nouveau-Brunswick)", "Shediac, New Brunswick"),
]

# (french topic, english topic)
TOPICS = [
    ("Services aux citoyens, région du Québec", "Citizen Services, Quebec Region"),
    ("Traitement des prestations d'assurance-emploi", "Employment Insurance Benefits Processing"),
    ("Opérations régionales de l'Atlantique", "Atlantic Regional Operations"),
    ("Centre fiscal de Shawinigan", "Shawinigan Tax Centre"),
    ("Recouvrement des recettes", "Revenue Collections"),
    ("Gestion des ports pour petits bateaux", "Small Craft Harbours Management"),
    ("Sciences halieutiques et aquatiques", "Fisheries and Aquatic Science"),
    ("Programmes d'établissement", "Settlement Programs"),
    ("Traitement des demandes de citoyenneté", "Citizenship Application Processing"),
    ("Développement des entreprises", "Business Development"),
    ("Politiques et programmes régionaux", "Regional Policy and Programs"),
    ("Services de paye de Miramichi", "Miramichi Pay Services"),
    ("Approvisionnement régional", "Regional Procurement"),
    ("Biens immobiliers, région du Québec", "Real Property, Quebec Region"),
    ("Innovation et croissance régionale", "Innovation and Regional Growth"),
    ("Services intégrés et finances", "Corporate Services and Finance"),
    ("Passeports et services de citoyenneté", "Passport and Citizenship Services"),
    ("Intégrité des programmes", "Program Integrity"),
    ("Conformité et enquêtes", "Compliance and Investigations"),
    ("Ressources humaines régionales", "Regional Human Resources"),
    ("Gestion de l'information et technologie", "Information Management and Technology"),
    ("Centre de contact national", "National Contact Centre"),
    ("Santé des écosystèmes côtiers", "Coastal Ecosystem Health"),
    ("Partenariats autochtones", "Indigenous Partnerships"),
]

# level -> (masc fr, fem fr, en)
HEADS = {
    1: ("Directeur", "Directrice", "Director"),
    2: ("Directeur exécutif", "Directrice exécutive", "Executive Director"),
    3: ("Directeur général", "Directrice générale", "Director General"),
}
SUP_HEADS = {
    2: ("Directeur exécutif", "Directrice exécutive", "Executive Director"),
    3: ("Directeur général", "Directrice générale", "Director General"),
    4: ("Sous-ministre adjoint", "Sous-ministre adjointe", "Assistant Deputy Minister"),
}

# report title (fr masc, fr fem, en), group
REPORTS = [
    (("Gestionnaire principal, Opérations", "Gestionnaire principale, Opérations", "Senior Manager, Operations"), "PM-06"),
    (("Gestionnaire, Finances", "Gestionnaire, Finances", "Manager, Finance"), "FI-03"),
    (("Chef, Services administratifs", "Cheffe, Services administratifs", "Chief, Administrative Services"), "AS-07"),
    (("Gestionnaire, Analyse des politiques", "Gestionnaire, Analyse des politiques", "Manager, Policy Analysis"), "EC-07"),
    (("Chef d'équipe, Traitement", "Cheffe d'équipe, Traitement", "Team Leader, Processing"), "PM-04"),
    (("Conseiller principal", "Conseillère principale", "Senior Advisor"), "EC-06"),
    (("Gestionnaire, Services de TI", "Gestionnaire, Services de TI", "Manager, IT Services"), "IT-04"),
    (("Biologiste principal", "Biologiste principale", "Senior Biologist"), "EG-07"),
    (("Gestionnaire, Ressources humaines", "Gestionnaire, Ressources humaines", "Manager, Human Resources"), "PE-05"),
    (("Superviseur, Centre d'appels", "Superviseure, Centre d'appels", "Supervisor, Call Centre"), "PM-03"),
]

FIRST = ["Geneviève", "Marc-André", "Josée", "Rémi", "Chantal", "Étienne", "Mélanie", "Yvon", "Nadine", "Luc-Olivier",
         "Sophie-Anne", "Gaétan", "Isabelle", "Normand", "Karine", "Réjean", "Valérie", "Benoît", "Annick", "Jean-Sébastien",
         "Manon", "Denis", "Ginette", "Patrice", "Roxanne", "Hugues", "Solange", "Maxime", "Élise", "Fernand"]
LAST = ["Thibodeau-Laroche", "Cormier-Haché", "Arseneau", "Doucet-Brideau", "Pelchat", "Gaudreault", "Robichaud-Savoie",
        "Lévesque-Oudin", "Thériault", "Bourque-Landry", "Michaud-Dufresne", "Boudreau-Léger", "Gallant-Pitre",
        "Vaillancourt", "Desjardins-Morin", "Paquin-Lirette", "Chiasson-Roy", "Lanteigne", "Bergeron-Mallet", "Ouellet-Saindon"]

ACCOUNT_FR = ("Le titulaire est responsable de la planification, de l'orientation et de la prestation des {t} "
              "dans la région, conformément aux priorités du ministère, et de la gestion des ressources humaines "
              "et financières qui y sont affectées.")
ACCOUNT_EN = ("The position is accountable for planning, directing and delivering {t} in the region in line "
              "with departmental priorities, and for managing the human and financial resources assigned to it.")
SCOPE_FR = ["Le poste s'inscrit dans un environnement complexe où les demandes des clients, les exigences "
            "législatives et les attentes des partenaires provinciaux évoluent rapidement.",
            "La titulaire ou le titulaire entretient des relations suivies avec les organismes communautaires, "
            "les municipalités et les autres ministères fédéraux présents dans la région.",
            "Les décisions prises ont une incidence directe sur la qualité des services offerts à la population "
            "francophone et anglophone de la région."]
SCOPE_EN = ["The position operates in a complex environment where client demand, legislative requirements and "
            "provincial partners' expectations change quickly.",
            "The incumbent maintains ongoing relationships with community organizations, municipalities and "
            "other federal departments in the region."]
ACTIVITIES_FR = ["Diriger l'élaboration et la mise en œuvre des plans opérationnels.",
                 "Gérer le budget de la direction et rendre compte des résultats.",
                 "Représenter le ministère auprès des partenaires régionaux.",
                 "Veiller au respect des normes de service et des obligations en matière de langues officielles."]
ACTIVITIES_EN = ["Lead the development and implementation of operational plans.",
                 "Manage the directorate's budget and report on results.",
                 "Represent the department with regional partners."]
