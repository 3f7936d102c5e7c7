"""Positions, prose and invented names for the blind130 corpus (regional operations, Atlantic and Quebec).

Every person and every position here is invented. The department is a field-office department
(fisheries and coastal operations); the work descriptions are written for this corpus.
"""

DEPT_EN = "Fisheries and Oceans Canada"
DEPT_FR = "Pêches et Océans Canada"
BRANCH_EN = "Regional Operations"
BRANCH_FR = "Opérations régionales"

# key: number, job code, level, English title, French title, location (en, fr), supervisor key, role, region
# The ADM is not in the folder: supervisors of the three RDGs.
ADM = dict(num="10450", cls="EX-05", en="Assistant Deputy Minister, Regional Operations",
           fr="Sous-ministre adjoint, Opérations régionales")

P = {
    # Atlantic region (Halifax / Dartmouth)
    "A1": ("30100", "201344", "EX-03", "Regional Director General, Atlantic Region", "Directeur général régional, Région de l'Atlantique", ("Halifax, Nova Scotia", "Halifax (Nouvelle-Écosse)"), "ADM", "rdg", "ATL"),
    "A2": ("30200", "201352", "EX-02", "Director, Operations, Atlantic Region", "Directeur, Opérations, Région de l'Atlantique", ("Dartmouth, Nova Scotia", "Dartmouth (Nouvelle-Écosse)"), "A1", "do", "ATL"),
    "A3": ("30300", "201367", "EX-01", "Director, Conservation and Protection, Atlantic Region", "Directeur, Conservation et Protection, Région de l'Atlantique", ("Dartmouth, Nova Scotia", "Dartmouth (Nouvelle-Écosse)"), "A1", "dcp", "ATL"),
    "A4": ("30400", "201371", "EX-01", "Director, Regional Business Services, Atlantic Region", "Directrice, Services administratifs régionaux, Région de l'Atlantique", ("Halifax, Nova Scotia", "Halifax (Nouvelle-Écosse)"), "A1", "rbs", "ATL"),
    "A5": ("30510", "300511", "EX-01", "Area Director, Southwest Nova Scotia", "Directeur de secteur, Sud-Ouest de la Nouvelle-Écosse", ("Yarmouth, Nova Scotia", "Yarmouth (Nouvelle-Écosse)"), "A2", "ad", "ATL"),
    "A6": ("30520", "300511", "EX-01", "Area Director, Halifax Coastal", "Directrice de secteur, Côte d'Halifax", ("Dartmouth, Nova Scotia", "Dartmouth (Nouvelle-Écosse)"), "A2", "ad", "ATL"),
    "A7": ("30530", "300511", "EX-01", "Area Director, Bay of Fundy", "Directeur de secteur, Baie de Fundy", ("Saint John, New Brunswick", "Saint John (Nouveau-Brunswick)"), "A2", "ad", "ATL"),
    "A8": ("30540", "300511", "EX-01", "Area Director, Cape Breton", "Directrice de secteur, Cap-Breton", ("Sydney, Nova Scotia", "Sydney (Nouvelle-Écosse)"), "A2", "ad", "ATL"),
    "A9": ("30600", "201388", "EX-01", "Director, Planning and Regional Coordination, Atlantic Region", "Directeur, Planification et coordination régionale, Région de l'Atlantique", ("Halifax, Nova Scotia", "Halifax (Nouvelle-Écosse)"), "A1", "plan", "ATL"),
    "A10": ("30700", "201390", "EX-01", "Director, Fisheries Management, Atlantic Region", "Directrice, Gestion des pêches, Région de l'Atlantique", ("Dartmouth, Nova Scotia", "Dartmouth (Nouvelle-Écosse)"), "A1", "fm", "ATL"),
    "A11": ("30900", "201405", "EX-01", "Director, Small Craft Harbours, Atlantic Region", "Directeur, Ports pour petits bateaux, Région de l'Atlantique", ("Dartmouth, Nova Scotia", "Dartmouth (Nouvelle-Écosse)"), "A1", "sch", "ATL"),
    # Gulf (Moncton)
    "G1": ("50100", "201344", "EX-03", "Regional Director General, Gulf Region", "Directrice générale régionale, Région du Golfe", ("Moncton, New Brunswick", "Moncton (Nouveau-Brunswick)"), "ADM", "rdg", "GLF"),
    "G2": ("50200", "201352", "EX-02", "Director, Operations, Gulf Region", "Directeur, Opérations, Région du Golfe", ("Moncton, New Brunswick", "Moncton (Nouveau-Brunswick)"), "G1", "do", "GLF"),
    "G3": ("50510", "300511", "EX-01", "Area Director, Eastern New Brunswick", "Directeur de secteur, Est du Nouveau-Brunswick", ("Tracadie, New Brunswick", "Tracadie (Nouveau-Brunswick)"), "G2", "ad", "GLF"),
    "G4": ("50520", "300511", "EX-01", "Area Director, Prince Edward Island", "Directrice de secteur, Île-du-Prince-Édouard", ("Charlottetown, Prince Edward Island", "Charlottetown (Île-du-Prince-Édouard)"), "G2", "ad", "GLF"),
    "G5": ("50530", "300511", "EX-01", "Area Director, Gulf Nova Scotia", "Directeur de secteur, Golfe Nouvelle-Écosse", ("Antigonish, Nova Scotia", "Antigonish (Nouvelle-Écosse)"), "G2", "ad", "GLF"),
    "G6": ("50300", "201367", "EX-01", "Director, Conservation and Protection, Gulf Region", "Directrice, Conservation et Protection, Région du Golfe", ("Moncton, New Brunswick", "Moncton (Nouveau-Brunswick)"), "G1", "dcp", "GLF"),
    "G7": ("50700", "201390", "EX-01", "Director, Fisheries Management, Gulf Region", "Directeur, Gestion des pêches, Région du Golfe", ("Moncton, New Brunswick", "Moncton (Nouveau-Brunswick)"), "G1", "fm", "GLF"),
    "G8": ("50400", "201371", "EX-01", "Director, Regional Business Services, Gulf Region", "Directeur, Services administratifs régionaux, Région du Golfe", ("Moncton, New Brunswick", "Moncton (Nouveau-Brunswick)"), "G1", "rbs", "GLF"),
    "G9": ("50900", "201405", "EX-01", "Director, Small Craft Harbours, Gulf Region", "Directrice, Ports pour petits bateaux, Région du Golfe", ("Moncton, New Brunswick", "Moncton (Nouveau-Brunswick)"), "G1", "sch", "GLF"),
    # Quebec (Québec city)
    "Q1": ("40100", "201344", "EX-03", "Regional Director General, Quebec Region", "Directrice générale régionale, Région du Québec", ("Québec, Quebec", "Québec (Québec)"), "ADM", "rdg", "QC"),
    "Q2": ("40200", "201352", "EX-02", "Director, Operations, Quebec Region", "Directeur des opérations, Région du Québec", ("Québec, Quebec", "Québec (Québec)"), "Q1", "do", "QC"),
    "Q3": ("40300", "201367", "EX-01", "Director, Conservation and Protection, Quebec Region", "Directeur, Conservation et Protection, Région du Québec", ("Québec, Quebec", "Québec (Québec)"), "Q1", "dcp", "QC"),
    "Q4": ("40400", "201371", "EX-01", "Director, Regional Business Services, Quebec Region", "Directrice, Services administratifs régionaux, Région du Québec", ("Québec, Quebec", "Québec (Québec)"), "Q1", "rbs", "QC"),
    "Q5": ("40510", "300511", "EX-01", "Area Director, Gaspésie–Lower St. Lawrence", "Directeur de secteur, Gaspésie–Bas-Saint-Laurent", ("Gaspé, Quebec", "Gaspé (Québec)"), "Q2", "ad", "QC"),
    "Q6": ("40520", "300511", "EX-01", "Area Director, North Shore", "Directrice de secteur, Côte-Nord", ("Sept-Îles, Quebec", "Sept-Îles (Québec)"), "Q2", "ad", "QC"),
    "Q7": ("40530", "300511", "EX-01", "Area Director, Magdalen Islands", "Directeur de secteur, Îles-de-la-Madeleine", ("Cap-aux-Meules, Quebec", "Cap-aux-Meules (Québec)"), "Q2", "ad", "QC"),
    "Q8": ("40540", "300511", "EX-01", "Area Director, Estuary", "Directrice de secteur, Estuaire", ("Rimouski, Quebec", "Rimouski (Québec)"), "Q2", "ad", "QC"),
    "Q9": ("40550", "300511", "EX-01", "Area Director, Montréal and Central Quebec", "Directrice de secteur, Montréal et Centre-du-Québec", ("Montréal, Quebec", "Montréal (Québec)"), "Q2", "ad", "QC"),
    "Q10": ("40600", "201388", "EX-01", "Director, Planning and Regional Coordination, Quebec Region", "Directeur, Planification et coordination régionale, Région du Québec", ("Québec, Quebec", "Québec (Québec)"), "Q1", "plan", "QC"),
    "Q11": ("40700", "201390", "EX-01", "Director, Fisheries Management, Quebec Region", "Directrice, Gestion des pêches, Région du Québec", ("Québec, Quebec", "Québec (Québec)"), "Q1", "fm", "QC"),
    "Q12": ("40900", "201405", "EX-01", "Director, Small Craft Harbours, Quebec Region", "Directeur, Ports pour petits bateaux, Région du Québec", ("Québec, Quebec", "Québec (Québec)"), "Q1", "sch", "QC"),
    "Q13": ("40800", "201412", "EX-01", "Director, Indigenous Programs, Quebec Region", "Directrice, Programmes autochtones, Région du Québec", ("Québec, Quebec", "Québec (Québec)"), "Q1", "abo", "QC"),
}

REGION = {"ATL": ("Atlantic Region", "Région de l'Atlantique"), "GLF": ("Gulf Region", "Région du Golfe"),
          "QC": ("Quebec Region", "Région du Québec")}

# non-EX direct reports of each role: (English title, French title, level, base FTEs)
TEAM = {
    "ad": [("Area Chief, Resource Management", "Chef de secteur, Gestion des ressources", "PM-06", 9),
           ("Area Chief, Conservation and Protection", "Chef de secteur, Conservation et Protection", "GT-07", 22),
           ("Area Chief, Small Craft Harbours", "Chef de secteur, Ports pour petits bateaux", "EN-ENG-05", 6),
           ("Area Coordinator, Indigenous Programs", "Coordonnateur de secteur, Programmes autochtones", "PM-05", 3),
           ("Area Office Manager", "Gestionnaire, Bureau de secteur", "AS-04", 4)],
    "dcp": [("Regional Chief, Enforcement Operations", "Chef régional, Opérations d'application de la loi", "GT-08", 18),
            ("Regional Chief, Intelligence and Investigations", "Chef régional, Renseignement et enquêtes", "GT-07", 11),
            ("Chief, Compliance Programs", "Chef, Programmes de conformité", "PM-06", 5),
            ("Coordinator, Training and Equipment", "Coordonnateur, Formation et équipement", "GT-06", 3)],
    "rbs": [("Manager, Regional Finance", "Gestionnaire, Finances régionales", "FI-03", 14),
            ("Manager, Regional Human Resources", "Gestionnaire, Ressources humaines régionales", "PE-05", 12),
            ("Manager, Real Property and Accommodation", "Gestionnaire, Biens immobiliers et locaux", "EN-ENG-05", 8),
            ("Manager, Information Management", "Gestionnaire, Gestion de l'information", "CS-03", 6)],
    "plan": [("Manager, Strategic Planning", "Gestionnaire, Planification stratégique", "EC-06", 6),
             ("Manager, Regional Coordination and Parliamentary Affairs", "Gestionnaire, Coordination régionale et affaires parlementaires", "PM-06", 5),
             ("Manager, Communications", "Gestionnaire, Communications", "IS-05", 7)],
    "fm": [("Regional Manager, Resource Management", "Gestionnaire régional, Gestion des ressources", "PM-06", 16),
           ("Regional Manager, Licensing and Allocations", "Gestionnaire régional, Permis et allocations", "PM-06", 12),
           ("Regional Manager, Fisheries Policy", "Gestionnaire régional, Politiques des pêches", "EC-07", 5)],
    "sch": [("Regional Manager, Harbour Engineering", "Gestionnaire régional, Génie portuaire", "EN-ENG-06", 11),
            ("Regional Manager, Harbour Operations", "Gestionnaire régional, Exploitation des ports", "PM-06", 9),
            ("Regional Manager, Harbour Authorities", "Gestionnaire régional, Administrations portuaires", "PM-05", 4)],
    "abo": [("Manager, Indigenous Fisheries Agreements", "Gestionnaire, Ententes sur les pêches autochtones", "PM-06", 8),
            ("Manager, Reconciliation and Rights Implementation", "Gestionnaire, Réconciliation et mise en œuvre des droits", "EC-07", 6)],
    "do": [("Manager, Operations Support", "Gestionnaire, Soutien aux opérations", "PM-06", 5)],
    "rdg": [("Executive Assistant to the RDG", "Adjointe exécutive du DGR", "AS-05", 2),
            ("Regional Director, Communications", "Directeur régional, Communications", "IS-06", 9)],
}

GA = {
    "rdg": ("Accountable to the Assistant Deputy Minister, Regional Operations, for the delivery of the department's programs and services in the {region}, for the management of its field offices and fleet shore facilities, and for the department's relations with provincial governments, Indigenous communities, harvesters and coastal municipalities in the region.",
            "Responsable, auprès du sous-ministre adjoint, Opérations régionales, de la prestation des programmes et services du Ministère dans la {region}, de la gestion de ses bureaux de secteur et de ses installations côtières, ainsi que des relations du Ministère avec les gouvernements provinciaux, les communautés autochtones, les pêcheurs et les municipalités côtières de la région."),
    "do": ("Accountable for directing the area offices of the {region} and for the integrated, consistent delivery of fisheries management, conservation and protection, harbour and Indigenous programs in the field, through the Area Directors.",
           "Responsable de la direction des bureaux de secteur de la {region} et de la prestation intégrée et cohérente, sur le terrain, des programmes de gestion des pêches, de conservation et protection, des ports et des programmes autochtones, par l'entremise des directeurs de secteur."),
    "ad": ("Accountable for the delivery of all departmental programs in the area, for the management of the area office and its detachments, and for the department's day-to-day relations with harvesters, processors, Indigenous communities and local governments.",
           "Responsable de la prestation de l'ensemble des programmes du Ministère dans le secteur, de la gestion du bureau de secteur et de ses détachements, ainsi que des relations quotidiennes du Ministère avec les pêcheurs, les transformateurs, les communautés autochtones et les administrations locales."),
    "dcp": ("Accountable for planning and directing the regional conservation and protection program: fishery officer operations, intelligence, investigations and compliance promotion across the {region}.",
            "Responsable de la planification et de la direction du programme régional de conservation et protection : opérations des agents des pêches, renseignement, enquêtes et promotion de la conformité dans la {region}."),
    "rbs": ("Accountable for the regional delivery of finance, human resources, real property, accommodation and information management services to the managers of the {region}.",
            "Responsable de la prestation régionale des services de finances, de ressources humaines, de biens immobiliers, de locaux et de gestion de l'information aux gestionnaires de la {region}."),
    "plan": ("Accountable for the region's strategic and operational planning, for coordinating the region's advice to the Regional Director General and to headquarters, and for regional communications.",
             "Responsable de la planification stratégique et opérationnelle de la région, de la coordination des avis de la région au directeur général régional et à l'administration centrale, et des communications régionales."),
    "fm": ("Accountable for the management of commercial, recreational and Indigenous fisheries in the {region}: integrated fisheries management plans, licensing, allocations and advisory processes with industry.",
           "Responsable de la gestion des pêches commerciales, récréatives et autochtones dans la {region} : plans de gestion intégrée des pêches, délivrance des permis, allocations et processus consultatifs avec l'industrie."),
    "sch": ("Accountable for the regional Small Craft Harbours program: the condition, safety and investment plan of the region's core fishing harbours and the support of the harbour authorities that run them.",
            "Responsable du programme régional des ports pour petits bateaux : l'état, la sécurité et le plan d'investissement des ports de pêche essentiels de la région et le soutien aux administrations portuaires qui les exploitent."),
    "abo": ("Accountable for the negotiation and implementation of fisheries agreements with First Nations and Inuit communities of the {region}, and for the region's reconciliation commitments.",
            "Responsable de la négociation et de la mise en œuvre des ententes sur les pêches avec les Premières Nations et les communautés inuites de la {region}, ainsi que des engagements de la région en matière de réconciliation."),
}

NS = {
    "en": ["The region's coastline is long and its fishing communities are small and far apart; many depend on a single species. Decisions on openings, closures and allocations are felt the same week in the communities, and the position is often the department's face in them.",
           "The work is carried out under constant scrutiny from industry associations, Indigenous organizations, provincial departments and elected officials. Emergencies (vessel incidents, marine mammal entanglements, storm damage to harbours) can occur at any time and require the incumbent to redeploy staff and resources at short notice."],
    "fr": ["Le littoral de la région est long et ses communautés de pêche sont petites et éloignées les unes des autres; plusieurs dépendent d'une seule espèce. Les décisions d'ouverture, de fermeture et d'allocation se font sentir dans les communautés la semaine même, et le poste est souvent le visage du Ministère auprès d'elles.",
           "Le travail s'exerce sous l'œil attentif des associations de l'industrie, des organisations autochtones, des ministères provinciaux et des élus. Des urgences (incidents de navires, empêtrements de mammifères marins, dommages causés aux ports par les tempêtes) peuvent survenir en tout temps et obligent le titulaire à redéployer le personnel et les ressources à bref délai."],
}

SA = {
    "en": ["Directs the planning and delivery of the unit's programs and services and reports on their results.",
           "Manages the unit's human, financial and material resources in accordance with departmental policies and delegations.",
           "Represents the department with provincial officials, Indigenous organizations, industry associations and communities.",
           "Provides advice to senior management on emerging regional issues and on the impact of national policies in the region.",
           "Leads the unit's response to emergencies and to incidents affecting fishers, harbours or the marine environment.",
           "Ensures a safe, healthy and respectful workplace and the development of the unit's employees."],
    "fr": ["Dirige la planification et la prestation des programmes et services de l'unité et rend compte de leurs résultats.",
           "Gère les ressources humaines, financières et matérielles de l'unité conformément aux politiques et délégations du Ministère.",
           "Représente le Ministère auprès des fonctionnaires provinciaux, des organisations autochtones, des associations de l'industrie et des communautés.",
           "Conseille la haute direction sur les enjeux régionaux émergents et sur l'incidence des politiques nationales dans la région.",
           "Dirige l'intervention de l'unité lors d'urgences et d'incidents touchant les pêcheurs, les ports ou le milieu marin.",
           "Assure un milieu de travail sain, sécuritaire et respectueux ainsi que le perfectionnement des employés de l'unité."],
}

# invented names: incumbents and signatories
NAMES = [
    "Rosalie Thibodeau-Keane", "Marcus Ogilvie", "Anne-Sophie Vachon", "Dariusz Kowalczyk", "Mélanie Arsenault",
    "Gordon MacIsaac", "Priya Ramcharan", "Étienne Desjardins-Paquet", "Colleen Fitzhenry", "Yannick Boudreau",
    "Shauna Penney", "Jean-Philippe Comeau", "Leah Kingsbury", "Mathieu Landry-Sirois", "Oksana Hrynchuk",
    "Bernadette Cormier", "Ravi Sundaram", "Isabelle Gagné-Lévesque", "Wendell Barkhouse", "Noémie Bérubé",
    "Trevor Dauphinee", "Chantal Poirier-Lebel", "Kwame Asante-Boateng", "Geneviève Tremblay-Ouellet", "Duncan Stoddard",
    "Lise Cyr", "Hamish Gillis", "Maude Pelletier", "Farah El-Khoury", "Sébastien Chiasson",
    "Moira Doucette", "Patrice Lanteigne", "Heather Kinsella", "Frédéric Vigneault", "Adaeze Okonkwo",
    "Réjean Bourque", "Tamsin Holloway", "Valérie St-Onge", "Connor Rafuse", "Josée Haché",
    "Ingrid Vollmer", "Armand LeBlanc-Savoie", "Sadia Choudhury", "Pierre-Luc Audet", "Nadine Gallant",
    "Ewan Crowdis", "Marie-Ève Robichaud", "Tomasz Wierzbicki", "Carmen Quintal", "Gilles Aucoin",
]
