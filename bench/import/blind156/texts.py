"""Pools for blind156: departments, regions and sites, programs, invented names."""

# department: (en, fr, short, report groups, programs [(en, fr)])
DEPARTMENTS = [
    ("Fisheries and Oceans Canada", "Pêches et Océans Canada", "DFO", ["GT-07", "PM-06", "EG-06", "FI-03"],
     [("Fisheries Management", "Gestion des pêches"), ("Conservation and Protection", "Conservation et protection"),
      ("Small Craft Harbours", "Ports pour petits bateaux")]),
    ("Canada Border Services Agency", "Agence des services frontaliers du Canada", "CBSA", ["FB-08", "FB-07", "PM-06", "AS-07"],
     [("Border Operations", "Opérations frontalières"), ("Enforcement and Intelligence", "Exécution de la loi et renseignement")]),
    ("Employment and Social Development Canada", "Emploi et Développement social Canada", "ESDC", ["PM-06", "PM-05", "AS-07", "CR-05"],
     [("Benefits Processing", "Traitement des prestations"), ("Citizen Services", "Services aux citoyens"),
      ("Integrity Services", "Services d'intégrité")]),
    ("Parks Canada", "Parcs Canada", "PC", ["GT-06", "EG-06", "PM-05", "ENG-04"],
     [("Visitor Experience", "Expérience du visiteur"), ("Asset Management", "Gestion des biens")]),
    ("Canadian Food Inspection Agency", "Agence canadienne d'inspection des aliments", "CFIA", ["EG-07", "EG-06", "VM-03", "AS-06"],
     [("Food Safety Inspection", "Inspection de la salubrité des aliments"), ("Animal Health", "Santé des animaux")]),
    ("Environment and Climate Change Canada", "Environnement et Changement climatique Canada", "ECCC", ["EG-07", "PC-04", "GT-07", "PM-06"],
     [("Environmental Enforcement", "Application de la loi en environnement"), ("Weather Services", "Services météorologiques")]),
    ("Indigenous Services Canada", "Services aux Autochtones Canada", "ISC", ["PM-06", "PM-05", "EN-ENG-05", "FI-03"],
     [("Community Infrastructure", "Infrastructures communautaires"), ("Health Programs", "Programmes de santé")]),
    ("Transport Canada", "Transports Canada", "TC", ["TI-08", "TI-07", "AO-CAI-03", "PM-06"],
     [("Marine Safety", "Sécurité maritime"), ("Civil Aviation", "Aviation civile")]),
    ("Correctional Service Canada", "Service correctionnel du Canada", "CSC", ["WP-06", "WP-05", "AS-07", "PM-06"],
     [("Community Corrections", "Services correctionnels communautaires"), ("Institutional Operations", "Opérations en établissement")]),
]

# region: (en, fr, [sites (city, province en, province fr)])
REGIONS = [
    ("Atlantic Region", "Région de l'Atlantique",
     [("Halifax", "Nova Scotia", "Nouvelle-Écosse"), ("Moncton", "New Brunswick", "Nouveau-Brunswick"),
      ("Charlottetown", "Prince Edward Island", "Île-du-Prince-Édouard"), ("St. John's", "Newfoundland and Labrador", "Terre-Neuve-et-Labrador")]),
    ("Quebec Region", "Région du Québec",
     [("Montréal", "Quebec", "Québec"), ("Québec City", "Quebec", "Québec"), ("Sherbrooke", "Quebec", "Québec"),
      ("Rimouski", "Quebec", "Québec")]),
    ("Ontario Region", "Région de l'Ontario",
     [("Toronto", "Ontario", "Ontario"), ("Hamilton", "Ontario", "Ontario"), ("Sudbury", "Ontario", "Ontario"),
      ("London", "Ontario", "Ontario")]),
    ("Prairies and Northern Region", "Région des Prairies et du Nord",
     [("Winnipeg", "Manitoba", "Manitoba"), ("Regina", "Saskatchewan", "Saskatchewan"), ("Edmonton", "Alberta", "Alberta"),
      ("Yellowknife", "Northwest Territories", "Territoires du Nord-Ouest")]),
    ("Pacific Region", "Région du Pacifique",
     [("Vancouver", "British Columbia", "Colombie-Britannique"), ("Victoria", "British Columbia", "Colombie-Britannique"),
      ("Kelowna", "British Columbia", "Colombie-Britannique"), ("Whitehorse", "Yukon", "Yukon")]),
]

HQ_SITES = [("Ottawa", "Ontario", "Ontario"), ("Gatineau", "Quebec", "Québec")]

GIVEN = ["Aurelie", "Brannock", "Celestine", "Dunstan", "Emeline", "Fennick", "Gisele", "Halvard", "Ingrid",
         "Jolyon", "Katell", "Lisandro", "Maelle", "Norbert", "Oriane", "Perrin", "Quentine", "Rosalind", "Sigrun",
         "Thaddeus", "Ulrike", "Vianney", "Wendeline", "Xavier", "Yolaine", "Zebulon", "Anouk", "Bertrand",
         "Clothilde", "Desmond", "Elodie", "Fergus", "Ghislaine", "Hamish", "Isaure", "Jacinthe", "Kiran", "Leocadie",
         "Marius", "Nuala", "Odilon", "Philippa", "Romuald", "Solange", "Tamsin", "Ugo", "Verity", "Wilfrid"]
FAMILY = ["Arsenault-Quill", "Brisebois", "Cadwallader", "Dufresnay", "Etchebarne", "Fairweather-Oke", "Gauvreau",
          "Hollingdrake", "Isbister", "Jodoin-Marsh", "Kerrigan-Lay", "Lachapelle", "Mcquarrie", "Nadeau-Vine",
          "Ostrander", "Pelletreau", "Quimper", "Rattray", "Saint-Onge", "Thibodeaux", "Umphrey", "Vaillancourt-Reid",
          "Wetherall", "Yelle", "Zimmerle", "Abernethy", "Boisjoli", "Cormorant", "Desrosiers-Kay", "Eckhart",
          "Fontainebleau", "Grandbois", "Harcastle", "Lavigueur", "Marchildon", "Nighswander", "Ouellon", "Pomerleau",
          "Redknap", "Sauvageau", "Trudelle", "Underhay", "Villemaire", "Whitcombe"]

ACCOUNTABILITY_EN = [
    "leads the delivery of the {program} program across the {region}, ensuring that services to Canadians meet "
    "national standards while responding to regional priorities, partners and communities.",
    "is accountable for the planning, delivery and performance of {program} operations in the {region}, and for "
    "representing the department with provincial, municipal and Indigenous partners.",
    "provides leadership and direction to the {program} sites of the {region} and ensures that national policies "
    "are applied consistently in each district.",
]
ACCOUNTABILITY_FR = [
    "dirige la prestation du programme {program} dans la {region} et veille à ce que les services offerts aux "
    "Canadiens respectent les normes nationales tout en répondant aux priorités régionales.",
    "est responsable de la planification, de la prestation et du rendement des activités de {program} dans la "
    "{region} et représente le ministère auprès des partenaires provinciaux, municipaux et autochtones.",
]
SCOPE_EN = [
    "The region covers a vast territory with offices in urban and remote communities. The incumbent must balance "
    "national direction from headquarters with the operational realities of each site, manage seasonal peaks in "
    "workload and maintain productive relations with unions and stakeholders.",
    "Operations are spread over several sites, each with its own manager, workload and partners. The position "
    "sets regional priorities, allocates resources among the sites and reports on results to headquarters.",
]
SCOPE_FR = [
    "La région couvre un vaste territoire comptant des bureaux en milieu urbain et dans des collectivités "
    "éloignées. Le titulaire doit concilier l'orientation nationale de l'administration centrale et les réalités "
    "opérationnelles de chaque site.",
    "Les activités sont réparties entre plusieurs sites, chacun ayant son gestionnaire, sa charge de travail et "
    "ses partenaires. Le poste fixe les priorités régionales et répartit les ressources entre les sites.",
]
