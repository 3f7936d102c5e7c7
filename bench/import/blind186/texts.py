"""Prose, families of generic descriptions, places and invented names for blind186."""

PEOPLE = [
    "Marguerite Ollivander-Best", "Tobias Quennell", "Anjali Ferreira-Dunn", "Rémi Castonguay-Pell",
    "Hollis Varga", "Delphine Okonkwo-Roy", "Casimir Thibodeau", "Priya Lindqvist", "Ewan Marchildon",
    "Solange Achterberg", "Nadim Rousseau-Kerr", "Yvette Brannagh", "Lucien Dubreuil-Oates",
    "Keziah Morneault", "Aurélien Skaggs", "Wren Castellano", "Benoîte Lachapelle", "Osric Vandermeer",
    "Fenella Gauthier-Moss", "Isidore Pankratz", "Mireille Tannahill", "Gideon Laforce", "Ottilie Brisebois",
    "Jasper Nkemelu", "Colombe Harrower", "Emeric Szabo-Leduc", "Rosalind Quintal", "Thaddeus Bouffard",
    "Léonie Faircloth", "Barnaby Ouellet-Strand",
]

FAMILIES = [
    dict(key="F1", lang="en", cls="EX-01", job="104410", dept="Employment and Social Development Canada",
         generic="Director, Regional Client Services", title_fmt="Director, Client Services ({q})",
         eff="2022-06-15", sup_cls="EX-03",
         ga="The Director, Regional Client Services is accountable for the delivery of Service Canada's in-person and "
            "outreach services in a region, for the processing of benefit applications assigned to the region, and "
            "for the quality, accessibility and integrity of services to Canadians in official languages of their choice.",
         reports=[("Manager, Client Service Delivery", "PM-06"), ("Manager, Processing", "PM-05"),
                  ("Manager, Outreach and Community Services", "PM-05")],
         example=dict(fte=96, salary=6850000, om=420000),
         rows=[("Atlantic", "Halifax, Nova Scotia", "Regional Director General, Atlantic"),
               ("Quebec East", "Québec, Quebec", "Regional Director General, Quebec"),
               ("Quebec West", "Montréal, Quebec", "Regional Director General, Quebec"),
               ("Eastern Ontario", "Ottawa, Ontario", "Regional Director General, Ontario"),
               ("Northern Ontario", "Sudbury, Ontario", "Regional Director General, Ontario"),
               ("Prairies", "Winnipeg, Manitoba", "Regional Director General, Western Canada and Territories"),
               ("Alberta and NWT", "Edmonton, Alberta", "Regional Director General, Western Canada and Territories"),
               ("Pacific", "Vancouver, British Columbia", "Regional Director General, Western Canada and Territories")]),
    dict(key="F2", lang="en", cls="EX-01", job="105122", dept="Immigration, Refugees and Citizenship Canada",
         generic="Director, Case Processing Centre", title_fmt="Director, Case Processing Centre - {q}",
         eff="2021-11-01", sup_cls="EX-02",
         ga="The Director, Case Processing Centre is accountable for the timely, consistent and secure processing of "
            "applications for temporary and permanent residence and citizenship assigned to the Centre, and for the "
            "Centre's contribution to the national processing network.",
         reports=[("Assistant Director, Operations", "PM-06"), ("Manager, Quality Assurance", "PM-05"),
                  ("Manager, Business Support", "AS-05")],
         example=dict(fte=210, salary=14300000, om=1150000),
         rows=[("Sydney", "Sydney, Nova Scotia", "Executive Director, Centralized Network"),
               ("Mississauga", "Mississauga, Ontario", "Executive Director, Centralized Network"),
               ("Edmonton", "Edmonton, Alberta", "Executive Director, Domestic Network"),
               ("Vegreville", "Vegreville, Alberta", "Executive Director, Domestic Network"),
               ("Ottawa", "Ottawa, Ontario", "Executive Director, Centralized Network"),
               ("Montréal", "Montréal, Quebec", "Executive Director, Domestic Network"),
               ("Winnipeg", "Winnipeg, Manitoba", "Executive Director, Domestic Network")]),
    dict(key="F3", lang="en", cls="EX-02", job="103977", dept="Housing, Infrastructure and Communities Canada",
         generic="Executive Director, Regional Infrastructure Programs",
         title_fmt="Executive Director, Infrastructure Programs, {q}", eff="2023-02-20", sup_cls="EX-03",
         ga="The Executive Director is accountable for the regional delivery of infrastructure funding programs, "
            "including intake, assessment, contribution agreements and oversight, and for relations with provinces, "
            "territories, municipalities and Indigenous communities of the region.",
         reports=[("Director, Program Delivery", "EX-01"), ("Director, Program Operations", "EX-01"),
                  ("Manager, Finance and Planning", "FI-03")],
         example=dict(fte=58, salary=5400000, om=610000),
         rows=[("Atlantic Region", "Moncton, New Brunswick", "Director General, Program Operations East"),
               ("Quebec Region", "Montréal, Quebec", "Director General, Program Operations East"),
               ("Ontario Region", "Toronto, Ontario", "Director General, Program Operations Central"),
               ("Prairie Region", "Regina, Saskatchewan", "Director General, Program Operations West"),
               ("Pacific and North Region", "Vancouver, British Columbia", "Director General, Program Operations West"),
               ("National Programs", "Ottawa, Ontario", "Director General, Program Operations Central"),
               ("Northern Region", "Whitehorse, Yukon", "Director General, Program Operations West")]),
    dict(key="F4", lang="en", cls="EX-03", job="102250", dept="Fisheries and Oceans Canada",
         generic="Regional Director General", title_fmt="Regional Director General, {q}",
         eff="2020-09-01", sup_cls="EX-05",
         ga="The Regional Director General is accountable for the delivery of the Department's programs and "
            "services in a region, including fisheries management, aquatic ecosystems, small craft harbours and "
            "regional corporate services, and represents the Deputy Minister in the region.",
         reports=[("Regional Director, Fisheries Management", "EX-01"), ("Regional Director, Ecosystems Management", "EX-01"),
                  ("Regional Director, Small Craft Harbours", "EX-01"), ("Manager, Regional Planning", "EC-06")],
         example=dict(fte=640, salary=52000000, om=18500000),
         rows=[("Newfoundland and Labrador Region", "St. John's, Newfoundland and Labrador", "Senior Assistant Deputy Minister, Fisheries and Harbour Management"),
               ("Maritimes Region", "Dartmouth, Nova Scotia", "Senior Assistant Deputy Minister, Fisheries and Harbour Management"),
               ("Gulf Region", "Moncton, New Brunswick", "Senior Assistant Deputy Minister, Fisheries and Harbour Management"),
               ("Quebec Region", "Mont-Joli, Quebec", "Senior Assistant Deputy Minister, Fisheries and Harbour Management"),
               ("Ontario and Prairie Region", "Winnipeg, Manitoba", "Senior Assistant Deputy Minister, Ecosystems and Oceans Science"),
               ("Pacific Region", "Vancouver, British Columbia", "Senior Assistant Deputy Minister, Ecosystems and Oceans Science"),
               ("Arctic Region", "Iqaluit, Nunavut", "Senior Assistant Deputy Minister, Ecosystems and Oceans Science")]),
    dict(key="F5", lang="fr", cls="EX-01", job="104688", dept="Emploi et Développement social Canada",
         generic="Directeur ou directrice, Centre de traitement des passeports",
         title_fmt="Directeur, Centre de traitement des passeports ({q})", eff="2022-10-03", sup_cls="EX-02",
         ga="Le directeur ou la directrice est responsable du traitement des demandes de passeport confiées au "
            "centre, de la sécurité du processus de délivrance, de la qualité du service et de la gestion des "
            "ressources humaines et financières du centre.",
         reports=[("Gestionnaire, Traitement", "PM-06"), ("Gestionnaire, Service à la clientèle", "PM-05"),
                  ("Conseiller principal, Intégrité", "PM-05")],
         example=dict(fte=150, salary=9800000, om=760000),
         rows=[("Gatineau", "Gatineau (Québec)", "Directeur exécutif, Opérations de passeport"),
               ("Montréal", "Montréal (Québec)", "Directeur exécutif, Opérations de passeport"),
               ("Québec", "Québec (Québec)", "Directeur exécutif, Opérations de passeport"),
               ("Scarborough", "Toronto (Ontario)", "Directrice exécutive, Réseau de traitement"),
               ("Mississauga", "Mississauga (Ontario)", "Directrice exécutive, Réseau de traitement"),
               ("Surrey", "Surrey (Colombie-Britannique)", "Directrice exécutive, Réseau de traitement"),
               ("Dartmouth", "Dartmouth (Nouvelle-Écosse)", "Directeur exécutif, Opérations de passeport")]),
    dict(key="F6", lang="fr", cls="EX-02", job="103540", dept="Services aux Autochtones Canada",
         generic="Directeur exécutif ou directrice exécutive, Santé des Premières Nations et des Inuits (région)",
         title_fmt="Directeur exécutif, Santé des Premières Nations et des Inuits, {q}", eff="2021-03-29", sup_cls="EX-03",
         ga="Le directeur exécutif ou la directrice exécutive est responsable de la prestation, dans la région, des "
            "programmes de santé publique, de soins primaires et de prestations de santé non assurées, en "
            "partenariat avec les Premières Nations et les Inuits.",
         reports=[("Directeur, Santé publique", "EX-01"), ("Directrice, Soins primaires", "EX-01"),
                  ("Gestionnaire, Services ministériels", "AS-07")],
         example=dict(fte=120, salary=11200000, om=2300000),
         rows=[("région de l'Atlantique", "Halifax (Nouvelle-Écosse)", "Directeur général régional, Est"),
               ("région du Québec", "Montréal (Québec)", "Directeur général régional, Est"),
               ("région de l'Ontario", "Ottawa (Ontario)", "Directrice générale régionale, Centre"),
               ("région du Manitoba", "Winnipeg (Manitoba)", "Directrice générale régionale, Centre"),
               ("région de la Saskatchewan", "Regina (Saskatchewan)", "Directeur général régional, Ouest"),
               ("région de l'Alberta", "Edmonton (Alberta)", "Directeur général régional, Ouest")]),
]

NATURE_EN = [
    "The position operates in an environment of high volumes, seasonal peaks and public scrutiny, where service "
    "standards, security of personal information and the expectations of clients and partners must be balanced.",
    "The incumbent manages competing priorities across a dispersed workforce, negotiates with partners and "
    "central agencies, and adapts national direction to regional realities.",
    "Major challenges include modernizing business processes and systems while sustaining day-to-day operations, "
    "and recruiting and retaining a skilled and diverse workforce.",
]
NATURE_FR = [
    "Le poste s'exerce dans un contexte de volumes élevés, de pointes saisonnières et d'examen public, où les "
    "normes de service, la protection des renseignements personnels et les attentes des partenaires doivent être conciliées.",
    "Le titulaire gère des priorités concurrentes au sein d'un effectif dispersé, négocie avec des partenaires et "
    "les organismes centraux, et adapte l'orientation nationale aux réalités régionales.",
]
ACC_EN = [
    "Leads and manages the delivery of programs and services in accordance with legislation, policies and service standards.",
    "Develops and implements operational plans, performance measures and risk mitigation strategies.",
    "Manages the human, financial and material resources of the organization.",
    "Builds and maintains relationships with partners, stakeholders and other government departments.",
    "Provides strategic advice to senior management on operational issues and emerging risks.",
]
ACC_FR = [
    "Dirige la prestation des programmes et services conformément aux lois, aux politiques et aux normes de service.",
    "Élabore et met en œuvre les plans opérationnels, les mesures du rendement et les stratégies d'atténuation des risques.",
    "Gère les ressources humaines, financières et matérielles de l'organisation.",
    "Établit et entretient des relations avec les partenaires, les intervenants et les autres ministères.",
]
