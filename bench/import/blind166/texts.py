"""Prose, areas, departments, places and invented names for blind166."""

# (English area, French area)
AREAS = [
    ("Fleet Safety Policy", "politique de sécurité de la flotte"),
    ("Grants and Contributions Operations", "opérations des subventions et contributions"),
    ("Border Data Analytics", "analytique des données frontalières"),
    ("Indigenous Procurement Partnerships", "partenariats d'approvisionnement autochtone"),
    ("Pension Modernization", "modernisation des pensions"),
    ("Regional Client Services, Atlantic", "services aux clients régionaux, Atlantique"),
    ("Wildfire Science and Forecasting", "science et prévision des feux de forêt"),
    ("Trade Remedies Analysis", "analyse des recours commerciaux"),
    ("Accommodation Planning", "planification des locaux"),
    ("Digital Identity Services", "services d'identité numérique"),
    ("Marine Mammal Response", "intervention auprès des mammifères marins"),
    ("Veterans Benefits Adjudication", "décisions sur les prestations des vétérans"),
    ("Critical Minerals Policy", "politique sur les minéraux critiques"),
    ("Laboratory Accreditation", "accréditation des laboratoires"),
    ("Official Languages Compliance", "conformité aux langues officielles"),
    ("Payroll Stabilization", "stabilisation de la paye"),
    ("Emergency Telecommunications", "télécommunications d'urgence"),
    ("Corporate Risk and Audit Liaison", "liaison en matière de risques et de vérification"),
    ("Settlement Program Delivery", "prestation du programme d'établissement"),
    ("Rail Safety Oversight", "surveillance de la sécurité ferroviaire"),
    ("Water Quality Monitoring", "surveillance de la qualité de l'eau"),
    ("Enterprise Data Governance", "gouvernance des données d'entreprise"),
    ("Financial Planning and Forecasting", "planification et prévisions financières"),
    ("Student Loans Operations", "opérations des prêts aux étudiants"),
    ("Heritage Collections Management", "gestion des collections patrimoniales"),
    ("Cyber Incident Coordination", "coordination des incidents cybernétiques"),
    ("Agri-Food Market Access", "accès aux marchés agroalimentaires"),
    ("Northern Infrastructure Programs", "programmes d'infrastructure du Nord"),
    ("Talent Acquisition and Mobility", "acquisition et mobilité des talents"),
    ("Charities Compliance", "conformité des organismes de bienfaisance"),
    ("Arctic Research Coordination", "coordination de la recherche arctique"),
    ("Strategic Communications Planning", "planification des communications stratégiques"),
    ("Spectrum Licensing Operations", "opérations de délivrance des licences du spectre"),
    ("Food Inspection Training", "formation en inspection des aliments"),
    ("Workplace Accessibility", "accessibilité en milieu de travail"),
    ("Tax Treaty Negotiations", "négociation des conventions fiscales"),
    ("Asylum Intake Operations", "opérations d'accueil des demandeurs d'asile"),
    ("Climate Adaptation Programs", "programmes d'adaptation aux changements climatiques"),
    ("Real Property Disposals", "aliénation des biens immobiliers"),
    ("Vaccine Supply Logistics", "logistique de l'approvisionnement en vaccins"),
    ("Small Craft Harbours, Pacific", "ports pour petits bateaux, Pacifique"),
    ("Procurement Modernization", "modernisation de l'approvisionnement"),
]

# (English name, French name, short)
DEPARTMENTS = [
    ("Transport Canada", "Transports Canada", "TC"),
    ("Employment and Social Development Canada", "Emploi et Développement social Canada", "ESDC"),
    ("Canada Border Services Agency", "Agence des services frontaliers du Canada", "CBSA"),
    ("Public Services and Procurement Canada", "Services publics et Approvisionnement Canada", "PSPC"),
    ("Natural Resources Canada", "Ressources naturelles Canada", "NRCan"),
    ("Fisheries and Oceans Canada", "Pêches et Océans Canada", "DFO"),
    ("Veterans Affairs Canada", "Anciens Combattants Canada", "VAC"),
    ("Canada Revenue Agency", "Agence du revenu du Canada", "CRA"),
    ("Health Canada", "Santé Canada", "HC"),
    ("Immigration, Refugees and Citizenship Canada", "Immigration, Réfugiés et Citoyenneté Canada", "IRCC"),
    ("Canadian Food Inspection Agency", "Agence canadienne d'inspection des aliments", "CFIA"),
    ("Environment and Climate Change Canada", "Environnement et Changement climatique Canada", "ECCC"),
]

# (English, French)
LOCATIONS = [
    ("Ottawa, Ontario", "Ottawa (Ontario)"),
    ("Gatineau, Quebec", "Gatineau (Québec)"),
    ("Moncton, New Brunswick", "Moncton (Nouveau-Brunswick)"),
    ("Halifax, Nova Scotia", "Halifax (Nouvelle-Écosse)"),
    ("Winnipeg, Manitoba", "Winnipeg (Manitoba)"),
    ("Edmonton, Alberta", "Edmonton (Alberta)"),
    ("Vancouver, British Columbia", "Vancouver (Colombie-Britannique)"),
    ("Montréal, Quebec", "Montréal (Québec)"),
    ("Toronto, Ontario", "Toronto (Ontario)"),
    ("Regina, Saskatchewan", "Regina (Saskatchewan)"),
    ("St. John's, Newfoundland and Labrador", "St. John's (Terre-Neuve-et-Labrador)"),
    ("Québec, Quebec", "Québec (Québec)"),
    ("Shawinigan, Quebec", "Shawinigan (Québec)"),
    ("Charlottetown, Prince Edward Island", "Charlottetown (Île-du-Prince-Édouard)"),
]

# report units: (English, French)
UNITS = [
    ("Operations", "opérations"), ("Policy Development", "élaboration des politiques"),
    ("Planning and Reporting", "planification et rapports"), ("Data and Analysis", "données et analyse"),
    ("Program Integrity", "intégrité des programmes"), ("Client Relations", "relations avec les clients"),
    ("Business Systems", "systèmes opérationnels"), ("Quality Assurance", "assurance de la qualité"),
    ("Stakeholder Engagement", "mobilisation des intervenants"), ("Regional Coordination", "coordination régionale"),
    ("Finance and Administration", "finances et administration"), ("Training and Standards", "formation et normes"),
    ("Compliance Monitoring", "surveillance de la conformité"), ("Research", "recherche"),
]
REPORT_GROUPS = ["EC-07", "EC-06", "AS-07", "AS-06", "PM-06", "PM-05", "CS-04", "CS-05", "FI-03", "PE-06",
                 "CO-03", "PG-06", "EG-07", "BI-04", "SE-RES-03"]

FIRST = ["Aurélie", "Bartholomew", "Chidinma", "Desmond", "Elspeth", "Fintan", "Gisèle", "Hamish", "Ileana",
         "Jovan", "Kerensa", "Lachlan", "Maëlle", "Nikhil", "Oriane", "Perpetua", "Quillon", "Rosalind",
         "Soren", "Thaddeus", "Ulrike", "Valentin", "Wenonah", "Xavière", "Yannick", "Zephyrine", "Anouk",
         "Benedikt", "Cosima", "Dariusz", "Evangeline", "Florian", "Griselda", "Horatio", "Ingrid", "Jacinthe",
         "Kasimir", "Leocadia", "Marius", "Noémie", "Osric", "Philippa", "Radomir", "Séverine", "Tobiah",
         "Ursule", "Vittoria", "Wendeline", "Yevgenia", "Zoltan", "Amaury", "Brunhilde", "Cyprien", "Delphine",
         "Emrys", "Félicité", "Gwendal", "Hortense", "Ignatius", "Jolène"]
LAST = ["Abernethy-Roy", "Blanchemain", "Carrowdale", "Duquesnoy", "Eckersley", "Fairweather-Lam", "Gagnebin",
        "Haverkamp", "Inglethorpe", "Jastrzebski", "Kilbarry", "Lafrenière-Obi", "Montcalmet", "Nakashima-Boyd",
        "Oyelaran", "Pettigrew-Sauvé", "Quennell", "Rostavin", "Saint-Amour", "Thorvaldsen", "Umberfield",
        "Vasilescu-Hart", "Wetherall", "Ysselstein", "Zabrowski", "Achterberg", "Beauchesne-Kay", "Culloden",
        "Dravecky", "Ellingworth", "Fontbonne", "Grimaldo-Reyes", "Hollingbrook", "Ivanchuk-Mercier", "Jourdenais",
        "Kowalczyk-Dunn", "Langstroth", "Marchessault", "Nørgaard", "Ostrowicz", "Prud'homme-Tate", "Quarrington",
        "Rheaume-Watts", "Sandoval-Guérin", "Tremblay-Oduya", "Underhill-Roy", "Valcourt", "Whitcombe-Ng",
        "Yarborough", "Zelenko", "Ashdown-Pelletier", "Brisebois-Kahn", "Corriveau-Lund", "Delacroix-Ames",
        "Esterhazy", "Flanagan-Côté", "Gauthier-Mbeki", "Hebbert", "Irigoyen", "Jessup-Lavoie"]

GA_EN = ("The {title} is accountable for the leadership, planning and delivery of the {area_l} function, "
         "including national policy advice, operational oversight, performance measurement and the management "
         "of the directorate's human and financial resources, in support of the department's priorities.")
GA_FR = ("Le titulaire du poste de {title_fr} est responsable de la direction, de la planification et de la "
         "prestation de la fonction de {area_fr}, y compris les conseils stratégiques, la surveillance des "
         "opérations, la mesure du rendement et la gestion des ressources humaines et financières.")
NS_EN = ("The directorate operates in a complex environment involving central agencies, provinces and "
         "territories, industry associations and international partners. The incumbent must reconcile competing "
         "priorities, respond to emerging issues and ensure that programs remain sustainable and accountable. "
         "Major challenges include aging systems, recruitment of specialized staff and heightened public scrutiny.")
NS_FR = ("La direction évolue dans un contexte complexe qui fait intervenir les organismes centraux, les "
         "provinces et territoires, l'industrie et des partenaires internationaux. Le titulaire doit concilier des "
         "priorités concurrentes et veiller à la viabilité des programmes.")
ACTS_EN = [
    "Provides strategic leadership and direction for the design and delivery of {area_l} programs and services.",
    "Directs the development of policies, frameworks and operational standards, and advises senior management.",
    "Represents the department with central agencies, other departments and external stakeholders.",
    "Manages the directorate's human and financial resources and ensures sound stewardship and reporting.",
    "Leads performance measurement, risk management and continuous improvement initiatives.",
]
ACTS_FR = [
    "Assure le leadership stratégique de la conception et de la prestation des programmes de {area_fr}.",
    "Dirige l'élaboration des politiques, des cadres et des normes opérationnelles.",
    "Représente le ministère auprès des organismes centraux et des intervenants externes.",
    "Gère les ressources humaines et financières de la direction et en rend compte.",
]
