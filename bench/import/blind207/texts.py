"""Prose, departments, units and invented names for blind207 (staffing and classification packages)."""

DEPTS = [
    # key, English name, French name, locations (en, fr), ADM-level supervisor (en, fr, class)
    ("CanNor", "Canadian Northern Economic Development Agency",
     "Agence canadienne de développement économique du Nord",
     [("Iqaluit, Nunavut", "Iqaluit (Nunavut)"), ("Yellowknife, Northwest Territories", "Yellowknife (Territoires du Nord-Ouest)"),
      ("Whitehorse, Yukon", "Whitehorse (Yukon)")],
     ("Vice-President, Operations", "Vice-président, Opérations", "EX-04")),
    ("CIRNAC", "Crown-Indigenous Relations and Northern Affairs Canada",
     "Relations Couronne-Autochtones et Affaires du Nord Canada",
     [("Iqaluit, Nunavut", "Iqaluit (Nunavut)"), ("Gatineau, Quebec", "Gatineau (Québec)")],
     ("Assistant Deputy Minister, Northern Affairs", "Sous-ministre adjoint, Affaires du Nord", "EX-04")),
    ("ISC", "Indigenous Services Canada", "Services aux Autochtones Canada",
     [("Winnipeg, Manitoba", "Winnipeg (Manitoba)"), ("Gatineau, Quebec", "Gatineau (Québec)"), ("Iqaluit, Nunavut", "Iqaluit (Nunavut)")],
     ("Regional Director General, Regional Operations", "Directeur général régional, Opérations régionales", "EX-04")),
    ("DFO", "Fisheries and Oceans Canada", "Pêches et Océans Canada",
     [("Iqaluit, Nunavut", "Iqaluit (Nunavut)"), ("Winnipeg, Manitoba", "Winnipeg (Manitoba)")],
     ("Regional Director General, Arctic Region", "Directrice générale régionale, Région de l’Arctique", "EX-04")),
    ("ECCC", "Environment and Climate Change Canada", "Environnement et Changement climatique Canada",
     [("Gatineau, Quebec", "Gatineau (Québec)"), ("Yellowknife, Northwest Territories", "Yellowknife (Territoires du Nord-Ouest)")],
     ("Assistant Deputy Minister, Science and Technology", "Sous-ministre adjointe, Science et technologie", "EX-04")),
    ("PSPC", "Public Services and Procurement Canada", "Services publics et Approvisionnement Canada",
     [("Gatineau, Quebec", "Gatineau (Québec)"), ("Edmonton, Alberta", "Edmonton (Alberta)")],
     ("Assistant Deputy Minister, Real Property Services", "Sous-ministre adjoint, Services immobiliers", "EX-04")),
    ("ESDC", "Employment and Social Development Canada", "Emploi et Développement social Canada",
     [("Gatineau, Quebec", "Gatineau (Québec)"), ("Moncton, New Brunswick", "Moncton (Nouveau-Brunswick)")],
     ("Assistant Deputy Minister, Service Canada Operations", "Sous-ministre adjoint, Opérations de Service Canada", "EX-04")),
]

# per department: DG unit, ED unit, five director units (en, fr)
UNITS = {
    "CanNor": [("Nunavut Regional Office", "Bureau régional du Nunavut"),
               ("Northern Projects Management Office", "Bureau de gestion des projets nordiques"),
               ("Community Economic Development", "Développement économique des collectivités"),
               ("Inuit Business Partnerships", "Partenariats d’affaires inuits"),
               ("Mining and Infrastructure Readiness", "Préparation aux mines et aux infrastructures"),
               ("Program Delivery, Kivalliq and Kitikmeot", "Prestation des programmes, Kivalliq et Kitikmeot"),
               ("Corporate Services, Iqaluit", "Services ministériels, Iqaluit")],
    "CIRNAC": [("Nunavut Regional Operations", "Opérations régionales du Nunavut"),
               ("Nunavut Agreement Implementation", "Mise en œuvre de l’Accord du Nunavut"),
               ("Devolution and Land Management", "Transfert des responsabilités et gestion des terres"),
               ("Contaminated Sites, Nunavut", "Sites contaminés, Nunavut"),
               ("Resource Management and Permitting", "Gestion des ressources et délivrance des permis"),
               ("Inuit Relations", "Relations avec les Inuits"),
               ("Northern Regulatory Coordination", "Coordination de la réglementation nordique")],
    "ISC": [("Primary Health Care, Manitoba Region", "Soins de santé primaires, région du Manitoba"),
            ("Community Infrastructure", "Infrastructures communautaires"),
            ("Education Partnerships", "Partenariats en éducation"),
            ("Emergency Management", "Gestion des urgences"),
            ("Income Assistance Reform", "Réforme de l’aide au revenu"),
            ("Water and Wastewater", "Eau potable et eaux usées"),
            ("Child and Family Services", "Services à l’enfance et à la famille")],
    "DFO": [("Arctic Science", "Sciences de l’Arctique"),
            ("Arctic Fisheries Management", "Gestion des pêches de l’Arctique"),
            ("Small Craft Harbours, Arctic", "Ports pour petits bateaux, Arctique"),
            ("Oceans Program, Eastern Arctic", "Programme des océans, Arctique de l’Est"),
            ("Conservation and Protection, Arctic", "Conservation et protection, Arctique"),
            ("Indigenous Partnerships, Arctic", "Partenariats autochtones, Arctique"),
            ("Aquatic Ecosystems", "Écosystèmes aquatiques")],
    "ECCC": [("Northern Water Monitoring", "Surveillance des eaux nordiques"),
             ("Climate Services", "Services climatologiques"),
             ("Permafrost and Ice Science", "Science du pergélisol et des glaces"),
             ("Wildlife Habitat, North", "Habitat faunique, Nord"),
             ("Environmental Emergencies", "Urgences environnementales"),
             ("Hydrometric Operations", "Opérations hydrométriques"),
             ("Atmospheric Monitoring", "Surveillance atmosphérique")],
    "PSPC": [("Real Property Operations, Western Region", "Opérations immobilières, région de l’Ouest"),
             ("Northern Accommodation", "Locaux dans le Nord"),
             ("Project Delivery", "Réalisation des projets"),
             ("Asset Management", "Gestion des biens"),
             ("Environmental Services", "Services environnementaux"),
             ("Leasing", "Location"),
             ("Engineering Services", "Services d’ingénierie")],
    "ESDC": [("Service Delivery, Atlantic", "Prestation des services, Atlantique"),
             ("Benefits Processing", "Traitement des prestations"),
             ("Outreach and Mobile Services", "Services mobiles et de proximité"),
             ("Passport Services, Atlantic", "Services de passeport, Atlantique"),
             ("Integrity Operations", "Opérations d’intégrité"),
             ("Call Centre Operations", "Opérations des centres d’appels"),
             ("Workforce Planning", "Planification de l’effectif")],
}

MANAGER_UNITS = [
    ("Operations", "Opérations"), ("Planning and Reporting", "Planification et rapports"),
    ("Programs", "Programmes"), ("Partnerships", "Partenariats"), ("Policy", "Politiques"),
    ("Finance and Administration", "Finances et administration"), ("Field Services", "Services sur le terrain"),
    ("Community Liaison", "Liaison communautaire"), ("Compliance", "Conformité"), ("Analytics", "Analytique"),
    ("Regional Coordination", "Coordination régionale"), ("Technical Services", "Services techniques"),
]

GROUPS = ["PM-06", "PM-05", "AS-07", "EC-07", "EC-06", "FI-04", "PG-06", "EG-07", "EN-ENG-05", "BI-04", "CS-04", "PC-04"]

# Inuktitut title lines in syllabics (role words)
IU = {"Director General": "ᐊᐅᓚᑦᑎᔨᒻᒪᕆᒃ", "Executive Director": "ᐊᐅᓚᑦᑎᔨᑦᓴᐅᔪᖅ ᑐᑭᒧᐊᖅᑎᑦᑎᔨ",
      "Director": "ᐊᐅᓚᑦᑎᔨ"}

FIRST = ["Maren", "Tobias", "Ilona", "Dashiell", "Corinne", "Anouk", "Benedikt", "Solenne", "Ruaridh", "Tessaly",
         "Quillon", "Marguerite", "Oriel", "Jovan", "Elspeth", "Thibault", "Nuvija", "Aputik", "Kasper", "Linnea",
         "Perrine", "Hollis", "Ysolde", "Caelan", "Ghislaine", "Osric", "Mireille", "Ambrose", "Sigrun", "Delphin"]
LAST = ["Varrow", "Kettleby", "Ostrander", "Pellerin-Vaux", "Quennell", "Abernathy-Roux", "Saltmarsh", "Ducharme-Ellis",
        "Thornquist", "Vachon-Pike", "Lindqvist-Okpik", "Marchetti", "Brisebois", "Halloran-Ivik", "Petrovsky",
        "Whitlow", "Desrosiers-Kane", "Fairweather", "Gauvreau", "Illauq-Renner", "Tremblay-Osei", "Castellane",
        "Norquay-Blythe", "Rousselot", "Strathearn", "Aglukark-Voss", "Bellefleur", "Kinnear", "Moreau-Hask", "Dunleavy"]

GA_EN = ("{t} is accountable for the leadership and management of {u}, delivering {d}'s programs and services "
         "in partnership with Inuit, First Nations and Métis organizations, territorial governments and communities, "
         "and for the stewardship of the financial and human resources entrusted to the position.")
GA_FR = ("Le ou la titulaire du poste de {t} est responsable de la direction et de la gestion de l’unité {u}, "
         "de la prestation des programmes et services de l’organisation en partenariat avec les organisations inuites, "
         "des Premières Nations et métisses, les gouvernements territoriaux et les collectivités, ainsi que de la "
         "gestion des ressources financières et humaines confiées au poste.")
NS_EN = ["The position operates in a northern context where distances, climate, the cost of travel and the short "
         "construction season shape every plan. Community engagement follows Inuit Qaujimajatuqangit principles and the "
         "obligations of modern treaties, including the Nunavut Agreement.",
         "The incumbent works with regional Inuit associations, hamlet councils, co-management boards and federal "
         "partners, and must reconcile national program frameworks with regional priorities and capacities.",
         "Key challenges include the recruitment and retention of staff in remote locations, the delivery of programs "
         "in Inuktut, English and French, and the coordination of multi-year projects with several funding partners."]
NS_FR = ["Le poste s’exerce dans un contexte nordique où les distances, le climat, le coût des déplacements et la courte "
         "saison de construction influent sur toute planification. La mobilisation des collectivités respecte les "
         "principes de l’Inuit Qaujimajatuqangit et les obligations des traités modernes.",
         "Le ou la titulaire travaille avec les associations inuites régionales, les conseils de hameau, les conseils de "
         "cogestion et les partenaires fédéraux, et doit concilier les cadres nationaux avec les priorités régionales.",
         "Les principaux défis comprennent le recrutement et le maintien en poste du personnel en région éloignée et la "
         "prestation des programmes en inuktut, en français et en anglais."]
SA_EN = ["Directs the planning, delivery and evaluation of the unit's programs and services.",
         "Provides strategic advice to senior management on regional issues and emerging risks.",
         "Builds and maintains partnerships with Indigenous organizations, territorial governments and industry.",
         "Manages the unit's human and financial resources and ensures compliance with Treasury Board policies.",
         "Leads the unit's contribution to departmental planning, reporting and audit responses."]
SA_FR = ["Dirige la planification, la prestation et l’évaluation des programmes et services de l’unité.",
         "Fournit des conseils stratégiques à la haute direction sur les enjeux régionaux et les risques émergents.",
         "Établit et maintient des partenariats avec les organisations autochtones et les gouvernements territoriaux.",
         "Gère les ressources humaines et financières de l’unité conformément aux politiques du Conseil du Trésor.",
         "Dirige la contribution de l’unité à la planification ministérielle et aux réponses aux vérifications."]
