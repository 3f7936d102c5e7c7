"""Prose, places, areas and invented names for blind185 (locations emphasis)."""

DEPTS = [
    ("Crown-Indigenous Relations and Northern Affairs Canada", "Relations Couronne-Autochtones et Affaires du Nord Canada", "CIRNAC"),
    ("Fisheries and Oceans Canada", "Pêches et Océans Canada", "DFO"),
    ("Environment and Climate Change Canada", "Environnement et Changement climatique Canada", "ECCC"),
    ("Transport Canada", "Transports Canada", "TC"),
    ("Employment and Social Development Canada", "Emploi et Développement social Canada", "ESDC"),
    ("Public Services and Procurement Canada", "Services publics et Approvisionnement Canada", "PSPC"),
    ("Parks Canada Agency", "Agence Parcs Canada", "PCA"),
    ("Canada Border Services Agency", "Agence des services frontaliers du Canada", "CBSA"),
]

# (english area, french area)
AREAS = [
    ("Nunavut Operations", "Opérations du Nunavut"),
    ("Northern Contaminated Sites", "Sites contaminés du Nord"),
    ("Arctic Marine Services", "Services maritimes de l'Arctique"),
    ("Northwest Territories Field Operations", "Opérations sur le terrain des Territoires du Nord-Ouest"),
    ("Yukon Regional Programs", "Programmes régionaux du Yukon"),
    ("Labrador Coastal Programs", "Programmes côtiers du Labrador"),
    ("Nunavik Partnerships", "Partenariats du Nunavik"),
    ("Wood Buffalo Field Unit", "Unité de gestion de Wood Buffalo"),
    ("Island Fisheries Management", "Gestion des pêches insulaires"),
    ("Quebec Region Service Delivery", "Prestation des services, Région du Québec"),
    ("Military Family Services Liaison", "Liaison avec les services aux familles des militaires"),
    ("Mauricie Operations", "Opérations de la Mauricie"),
    ("Atlantic Pension Processing", "Traitement des pensions de l'Atlantique"),
    ("Real Property Portfolio", "Portefeuille des biens immobiliers"),
    ("Regional Enforcement", "Application régionale de la loi"),
    ("Digital Client Services", "Services numériques aux clients"),
    ("Marine Safety Inspections", "Inspections de la sécurité maritime"),
    ("Traveller Operations", "Opérations voyageurs"),
    ("Water Quality Monitoring", "Surveillance de la qualité de l'eau"),
    ("Benefits Integrity", "Intégrité des prestations"),
    ("Contracting Modernization", "Modernisation des marchés"),
    ("Heritage Canals", "Canaux historiques"),
    ("Small Craft Harbours", "Ports pour petits bateaux"),
    ("Climate Adaptation Science", "Science de l'adaptation aux changements climatiques"),
    ("Northern Infrastructure", "Infrastructure du Nord"),
    ("Emergency Management", "Gestion des urgences"),
    ("Grants and Contributions Delivery", "Prestation des subventions et contributions"),
    ("Commercial Operations", "Opérations commerciales"),
    ("Workplace Accommodation", "Aménagement des lieux de travail"),
    ("Pacific Gateway Operations", "Opérations de la porte d'entrée du Pacifique"),
    ("Prairie Field Services", "Services sur le terrain des Prairies"),
    ("Labour Program Operations", "Opérations du Programme du travail"),
    ("Inland Waters Science", "Science des eaux intérieures"),
    ("Aviation Security Oversight", "Surveillance de la sûreté aérienne"),
    ("Service Canada Centres", "Centres Service Canada"),
    ("Translation Services", "Services de traduction"),
    ("Species at Risk", "Espèces en péril"),
    ("Border Technology Deployment", "Déploiement des technologies frontalières"),
    ("Accommodation Management", "Gestion des locaux"),
    ("Coastal Restoration", "Restauration côtière"),
    ("Client Experience", "Expérience client"),
    ("Seaway Operations", "Opérations de la Voie maritime"),
    ("National Parks Operations", "Opérations des parcs nationaux"),
]

# Locations: (printed en, printed fr or None, truth, kind, extra)
#   kind: plain | address | multi | remote | hybrid | region | ncr | bilingual
LOCS = [
    ("Building 918, P.O. Box 1500, Iqaluit, NU  X0A 0H0", "Édifice 918, C.P. 1500, Iqaluit (Nunavut)  X0A 0H0", None, "address"),
    ("Iqaluit, Nunavut", "Iqaluit (Nunavut)", None, "plain"),
    ("Yellowknife, N.W.T.", "Yellowknife (T.N.-O.)", None, "plain"),
    ("4914 50th Street, Yellowknife, NT  X1A 2R3", "4914, 50e Rue, Yellowknife (T.N.-O.)  X1A 2R3", None, "address"),
    ("Whitehorse, Yukon", "Whitehorse (Yukon)", None, "plain"),
    ("300 Main Street, Suite 400, Whitehorse, YT  Y1A 2B5", "300, rue Main, bureau 400, Whitehorse (Yukon)  Y1A 2B5", None, "address"),
    ("Happy Valley-Goose Bay, Nfld.", "Happy Valley-Goose Bay (T.-N.-L.)", None, "plain"),
    ("Happy Valley-Goose Bay, N.L.", "Happy Valley-Goose Bay (T.-N.-L.)", None, "plain"),
    ("Kuujjuaq, Qc", "Kuujjuaq (Québec)", None, "plain"),
    ("Fort Smith, NT", "Fort Smith (T.N.-O.)", None, "plain"),
    ("Cap-aux-Meules, Îles-de-la-Madeleine, QC", "Cap-aux-Meules, Îles-de-la-Madeleine (Québec)", None, "plain"),
    ("Montréal, Quebec", "Montréal (Québec)", None, "plain"),
    ("Saint-Jean-sur-Richelieu, Que.", "Saint-Jean-sur-Richelieu (Québec)", None, "plain"),
    ("Trois-Rivières, QC", "Trois-Rivières (Qc)", None, "plain"),
    ("Moncton, NB", "Moncton (N.-B.)", None, "plain"),
    ("National Capital Region", "Région de la capitale nationale", None, "ncr"),
    ("Ottawa-Gatineau", "Ottawa-Gatineau", None, "ncr"),
    ("Ottawa, Ont.", "Ottawa (Ont.)", None, "plain"),
    ("Gatineau, Qc", "Gatineau (Québec)", None, "plain"),
    ("Vancouver, BC or Edmonton, AB", "Vancouver (C.-B.) ou Edmonton (Alb.)", None, "multi"),
    ("Any regional office", "Tout bureau régional", None, "multi"),
    ("Remote - anywhere in Canada", "À distance - partout au Canada", None, "remote"),
    ("Hybrid: Halifax, N.S.", "Hybride : Halifax (N.-É.)", "Halifax, N.S.", "hybrid"),
    ("Atlantic Region", "Région de l'Atlantique", None, "region"),
    ("Charlottetown, P.E.I.", "Charlottetown (Î.-P.-É.)", None, "plain"),
    ("St. John's, Nfld.", "St. John's (T.-N.-L.)", None, "plain"),
    ("Sudbury, Ont.", "Sudbury (Ont.)", None, "plain"),
    ("1045 Main Street, Moncton, New Brunswick  E1C 1H1", "1045, rue Main, Moncton (Nouveau-Brunswick)  E1C 1H1", None, "address"),
    ("Regina, Sask.", "Regina (Sask.)", None, "plain"),
    ("Winnipeg, Man.", "Winnipeg (Man.)", None, "plain"),
    ("Halifax, NS or Moncton, NB", "Halifax (N.-É.) ou Moncton (N.-B.)", None, "multi"),
    ("Québec, Qc", "Québec (Québec)", None, "plain"),
    ("Hybrid - Vancouver, B.C.", "Hybride - Vancouver (C.-B.)", "Vancouver, B.C.", "hybrid"),
    ("Prairies and Northern Region", "Région des Prairies et du Nord", None, "region"),
    ("Sept-Îles, Québec", "Sept-Îles (Québec)", None, "plain"),
    ("Rimouski, QC", "Rimouski (Qc)", None, "plain"),
    ("Thunder Bay, Ont.", "Thunder Bay (Ont.)", None, "plain"),
    ("Inuvik, N.W.T.", "Inuvik (T.N.-O.)", None, "plain"),
    ("Gander, NL", "Gander (T.-N.-L.)", None, "plain"),
    ("Saskatoon, SK", "Saskatoon (Sask.)", None, "plain"),
    ("Cornwall, Ontario", "Cornwall (Ontario)", None, "plain"),
    ("Cambridge Bay, Nunavut", "Cambridge Bay (Nunavut)", None, "plain"),
    ("Remote / télétravail - anywhere in Canada", "À distance - n'importe où au Canada", None, "remote"),
]

HQ_LETTERHEADS = [
    "Headquarters: 10 Wellington Street, Gatineau QC  K1A 0H4",
    "National Headquarters - 200 Kent Street, Ottawa, Ontario  K1A 0E6",
    "Place du Portage, Phase III, 11 Laurier Street, Gatineau, Quebec  K1A 0S5",
    "Head Office: 30 Victoria Street, Gatineau, QC  J8X 0B3",
]
HQ_LETTERHEADS_FR = [
    "Administration centrale : 10, rue Wellington, Gatineau (Québec)  K1A 0H4",
    "Administration centrale - 200, rue Kent, Ottawa (Ontario)  K1A 0E6",
]

FIRST = ["Maren", "Tobias", "Elodie", "Kasimir", "Niamh", "Osric", "Thalia", "Bastien", "Ione", "Ravindra",
         "Soline", "Ewan", "Marisol", "Quillan", "Anouk", "Dorian", "Frederique", "Ishaan", "Leocadie", "Pavel",
         "Sigrid", "Callum", "Noemie", "Arlo", "Ysolde", "Hamish", "Oriane", "Tavish", "Gwenaelle", "Lorcan"]
LAST = ["Tulugak-Brenner", "Vasquez-Holt", "Marchetaud", "Quillfeather", "Okonkwo-Ries", "Belliveau-Stroud",
        "Kowalczyk", "Arsenault-Pike", "Thibodière", "Nakashima-Lee", "Grandbois", "Oduya", "Lapointe-Varga",
        "Fenwick-Ahiarakwe", "Desrosiers-Oakes", "Hallerby", "Maheux", "Strand-Iyer", "Pelletreau", "Wojcik-Amos",
        "Corriveau", "Ingebrigt", "Tremblay-Osei", "Laframboise-Kerr", "Mbeki-Dorval", "Sauvageau", "Pritchard-Nuna",
        "Lachancette", "Oyelaran", "Bergevin"]

REPORT_EN = [("Manager, {}", ["PM-06", "EC-07", "AS-07", "FI-04", "CS-04", "EG-07", "PM-05", "CO-03"]),
             ("Senior Advisor, {}", ["EC-06", "PM-06", "AS-06"]),
             ("Regional Manager, {}", ["PM-06", "AS-07"]),
             ("Team Lead, {}", ["PM-05", "EG-06", "CS-03"])]
REPORT_FR = {"Manager, {}": "Gestionnaire, {}", "Senior Advisor, {}": "Conseiller principal, {}",
             "Regional Manager, {}": "Gestionnaire régional, {}", "Team Lead, {}": "Chef d'équipe, {}"}
SUBUNITS = [("Field Operations", "Opérations sur le terrain"), ("Programs", "Programmes"),
            ("Client Services", "Services aux clients"), ("Planning and Reporting", "Planification et rapports"),
            ("Community Engagement", "Mobilisation communautaire"), ("Compliance", "Conformité"),
            ("Logistics", "Logistique"), ("Finance and Administration", "Finances et administration"),
            ("Inspections", "Inspections"), ("Partnerships", "Partenariats")]

GA_EN = ("The {t} is accountable for the planning, delivery and oversight of {a} for the {d}, "
         "working from {loc} with partners across the region, including Indigenous organizations, "
         "territorial and provincial governments, municipalities and industry.")
GA_FR = ("Le titulaire du poste de {t} est responsable de la planification, de la prestation et de la "
         "surveillance des activités de {a} pour {d}, à partir de {loc}, en collaboration avec les "
         "partenaires de la région, y compris les organisations autochtones et les gouvernements.")
NS_EN = ("The position operates in a remote setting where travel is costly and seasonal, and where "
         "services must be delivered in English, French and, where possible, Indigenous languages. "
         "The incumbent travels regularly to communities and to headquarters in the National Capital "
         "Region, and coordinates with colleagues in Ottawa, Montréal and Vancouver.")
NS_FR = ("Le poste s'exerce dans un contexte éloigné où les déplacements sont coûteux et saisonniers, "
         "et où les services doivent être offerts en français, en anglais et, si possible, dans les "
         "langues autochtones. Le titulaire se rend régulièrement dans les collectivités et à "
         "l'administration centrale dans la région de la capitale nationale.")
SA_EN = ["Directs the delivery of regional programs and ensures results are met within budget.",
         "Builds and maintains relationships with community leaders, territorial officials and partners.",
         "Manages the regional office, its facilities, fleet and occupational health and safety program.",
         "Advises senior management at headquarters on regional priorities, risks and pressures."]
SA_FR = ["Dirige la prestation des programmes régionaux et veille à l'atteinte des résultats.",
         "Établit et entretient des relations avec les dirigeants communautaires et les partenaires.",
         "Gère le bureau régional, ses installations, son parc de véhicules et la santé et sécurité.",
         "Conseille la haute direction de l'administration centrale sur les priorités régionales."]
