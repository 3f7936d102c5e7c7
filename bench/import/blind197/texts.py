"""Places, units, prose and invented names for blind197 (regional and northern positions)."""

# key: (English, French, address as printed, city-level form of the address, address language)
PLACES = {
    "iqaluit": ("Iqaluit, Nunavut", "Iqaluit (Nunavut)", "933 Mivvik Street, P.O. Box 2200, Iqaluit, NU X0A 0H0", "Iqaluit, NU"),
    "rankin": ("Rankin Inlet, Nunavut", "Rankin Inlet (Nunavut)", "Building 1080, P.O. Box 310, Rankin Inlet, NU X0C 0G0", "Rankin Inlet, NU"),
    "yellowknife": ("Yellowknife, Northwest Territories", "Yellowknife (Territoires du Nord-Ouest)", "4920 52nd Street, 6th Floor, Yellowknife, NT X1A 3T1", "Yellowknife, NT"),
    "whitehorse": ("Whitehorse, Yukon", "Whitehorse (Yukon)", "300 Main Street, Suite 415, Whitehorse, YT Y1A 2B5", "Whitehorse, YT"),
    "madeleine": ("Cap-aux-Meules, Îles-de-la-Madeleine, Quebec", "Cap-aux-Meules, Îles-de-la-Madeleine (Québec)", "125, chemin Principal, Cap-aux-Meules (Québec) G4T 1C9", "Cap-aux-Meules (Québec)"),
    "gaspe": ("Gaspé, Quebec", "Gaspé (Québec)", "96, montée de Sandy Beach, Gaspé (Québec) G4X 2V6", "Gaspé (Québec)"),
    "quebec": ("Québec City, Quebec", "Ville de Québec (Québec)", "1550, avenue d'Estimauville, Québec (Québec) G1J 0C4", "Québec (Québec)"),
    "montjoli": ("Mont-Joli, Quebec", "Mont-Joli (Québec)", "850, route de la Mer, Mont-Joli (Québec) G5H 3Z4", "Mont-Joli (Québec)"),
    "montreal": ("Montréal, Quebec", "Montréal (Québec)", "200, boulevard René-Lévesque Ouest, Montréal (Québec) H2Z 1X4", "Montréal (Québec)"),
    "rouyn": ("Rouyn-Noranda, Quebec", "Rouyn-Noranda (Québec)", "151, avenue du Lac, bureau 200, Rouyn-Noranda (Québec) J9X 4N5", "Rouyn-Noranda (Québec)"),
    "stjean": ("Saint-Jean-sur-Richelieu, Quebec", "Saint-Jean-sur-Richelieu (Québec)", "315, rue MacDonald, Saint-Jean-sur-Richelieu (Québec) J3B 8J3", "Saint-Jean-sur-Richelieu (Québec)"),
    "goosebay": ("Happy Valley-Goose Bay, Newfoundland and Labrador", "Happy Valley-Goose Bay (Terre-Neuve-et-Labrador)", "2 Hillcrest Road, P.O. Box 1000, Stn. B, Happy Valley-Goose Bay, NL A0P 1E0", "Happy Valley-Goose Bay, NL"),
    "stjohns": ("St. John's, Newfoundland and Labrador", "St. John's (Terre-Neuve-et-Labrador)", "10 Barter's Hill, St. John's, NL A1C 6M1", "St. John's, NL"),
    "halifax": ("Halifax, Nova Scotia", "Halifax (Nouvelle-Écosse)", "1713 Bedford Row, Halifax, NS B3J 1T3", "Halifax, NS"),
    "moncton": ("Moncton, New Brunswick", "Moncton (Nouveau-Brunswick)", "1045 Main Street, Moncton, NB E1C 1H1", "Moncton, NB"),
    "winnipeg": ("Winnipeg, Manitoba", "Winnipeg (Manitoba)", "391 York Avenue, Suite 500, Winnipeg, MB R3C 0P4", "Winnipeg, MB"),
    "regina": ("Regina, Saskatchewan", "Regina (Saskatchewan)", "1783 Hamilton Street, Regina, SK S4P 2B6", "Regina, SK"),
    "saskatoon": ("Saskatoon, Saskatchewan", "Saskatoon (Saskatchewan)", "101 22nd Street East, Saskatoon, SK S7K 0E1", "Saskatoon, SK"),
    "edmonton": ("Edmonton, Alberta", "Edmonton (Alberta)", "9700 Jasper Avenue, Suite 1440, Edmonton, AB T5J 4C1", "Edmonton, AB"),
    "calgary": ("Calgary, Alberta", "Calgary (Alberta)", "220 4th Avenue SE, Calgary, AB T2G 4X3", "Calgary, AB"),
    "vancouver": ("Vancouver, British Columbia", "Vancouver (Colombie-Britannique)", "800 Burrard Street, Suite 1230, Vancouver, BC V6Z 0B9", "Vancouver, BC"),
    "victoria": ("Victoria, British Columbia", "Victoria (Colombie-Britannique)", "1230 Government Street, Victoria, BC V8W 3M4", "Victoria, BC"),
    "princegeorge": ("Prince George, British Columbia", "Prince George (Colombie-Britannique)", "280 Victoria Street, Prince George, BC V2L 4X3", "Prince George, BC"),
}

# several work locations: (English, French)
MULTI = {
    "iqaluit_ottawa": ("Iqaluit, Nunavut or Ottawa, Ontario", "Iqaluit (Nunavut) ou Ottawa (Ontario)"),
    "yk_wh": ("Yellowknife or Whitehorse", "Yellowknife ou Whitehorse"),
    "edm_any": ("Edmonton or any regional office in the Prairies and Northern Region", "Edmonton ou tout bureau régional de la Région des Prairies et du Nord"),
    "ottawa_any": ("Ottawa or any regional office", "Ottawa ou tout bureau régional"),
}

DEPTS = {
    "DFO": ("Fisheries and Oceans Canada", "Pêches et Océans Canada"),
    "CIRNAC": ("Crown-Indigenous Relations and Northern Affairs Canada", "Relations Couronne-Autochtones et Affaires du Nord Canada"),
    "SC": ("Employment and Social Development Canada (Service Canada)", "Emploi et Développement social Canada (Service Canada)"),
    "PSPC": ("Public Services and Procurement Canada", "Services publics et Approvisionnement Canada"),
}

# (kind, dept, English title, French title, place key, parent index or None, region/branch en, fr)
# kind: DG, ED, DIR
POSITIONS = [
    ("DG", "DFO", "Regional Director General, Quebec Region", "Directeur général régional, Région du Québec", "quebec", None, "Quebec Region", "Région du Québec"),
    ("DG", "CIRNAC", "Regional Director General, Northern Operations", "Directeur général régional, Opérations du Nord", "yellowknife", None, "Northern Affairs Organization", "Organisation des affaires du Nord"),
    ("DG", "SC", "Regional Director General, Prairies and Northern Region", "Directeur général régional, Région des Prairies et du Nord", "winnipeg", None, "Prairies and Northern Region", "Région des Prairies et du Nord"),
    ("DG", "PSPC", "Regional Director General, Atlantic and Pacific Operations", "Directeur général régional, Opérations de l'Atlantique et du Pacifique", "halifax", None, "Real Property Services", "Services immobiliers"),
    # EDs 4..11
    ("ED", "DFO", "Executive Director, Fisheries and Harbour Management, Quebec Region", "Directeur exécutif, Gestion des pêches et des ports, Région du Québec", "quebec", 0, "Quebec Region", "Région du Québec"),
    ("ED", "DFO", "Executive Director, Science and Ecosystems, Quebec Region", "Directeur exécutif, Sciences et écosystèmes, Région du Québec", "montjoli", 0, "Quebec Region", "Région du Québec"),
    ("ED", "CIRNAC", "Executive Director, Nunavut Region", "Directeur exécutif, Région du Nunavut", "iqaluit", 1, "Northern Affairs Organization", "Organisation des affaires du Nord"),
    ("ED", "CIRNAC", "Executive Director, Yukon and Northwest Territories Operations", "Directeur exécutif, Opérations du Yukon et des Territoires du Nord-Ouest", "yellowknife", 1, "Northern Affairs Organization", "Organisation des affaires du Nord"),
    ("ED", "SC", "Executive Director, Citizen Services, Prairies and Northern", "Directeur exécutif, Services aux citoyens, Prairies et Nord", "edmonton", 2, "Prairies and Northern Region", "Région des Prairies et du Nord"),
    ("ED", "SC", "Executive Director, Benefits Processing, Prairies and Northern", "Directeur exécutif, Traitement des prestations, Prairies et Nord", "winnipeg", 2, "Prairies and Northern Region", "Région des Prairies et du Nord"),
    ("ED", "PSPC", "Executive Director, Real Property Services, Atlantic Region", "Directeur exécutif, Services immobiliers, Région de l'Atlantique", "halifax", 3, "Atlantic Region", "Région de l'Atlantique"),
    ("ED", "PSPC", "Executive Director, Real Property Services, Pacific Region", "Directeur exécutif, Services immobiliers, Région du Pacifique", "vancouver", 3, "Pacific Region", "Région du Pacifique"),
    # Directors 12..
    ("DIR", "DFO", "Director, Magdalen Islands Area", "Directeur, Secteur des Îles-de-la-Madeleine", "madeleine", 4, "Quebec Region", "Région du Québec"),
    ("DIR", "DFO", "Director, Gaspé–Lower St. Lawrence Area", "Directeur, Secteur Gaspésie–Bas-Saint-Laurent", "gaspe", 4, "Quebec Region", "Région du Québec"),
    ("DIR", "DFO", "Director, Small Craft Harbours, Quebec", "Directeur, Ports pour petits bateaux, Québec", "quebec", 4, "Quebec Region", "Région du Québec"),
    ("DIR", "DFO", "Director, Aquaculture Management, Quebec", "Directeur, Gestion de l'aquaculture, Québec", "quebec", 4, "Quebec Region", "Région du Québec"),
    ("DIR", "DFO", "Director, Marine Sciences, Maurice Lamontagne Institute", "Directeur, Sciences marines, Institut Maurice-Lamontagne", "montjoli", 5, "Quebec Region", "Région du Québec"),
    ("DIR", "DFO", "Director, Species at Risk, Quebec", "Directeur, Espèces en péril, Québec", "quebec", 5, "Quebec Region", "Région du Québec"),
    ("DIR", "DFO", "Director, Fish and Fish Habitat Protection, Quebec", "Directeur, Protection du poisson et de son habitat, Québec", "montreal", 5, "Quebec Region", "Région du Québec"),
    ("DIR", "DFO", "Director, Western Quebec and Abitibi-Témiscamingue", "Directeur, Ouest du Québec et Abitibi-Témiscamingue", "rouyn", 0, "Quebec Region", "Région du Québec"),
    ("DIR", "DFO", "Director, Richelieu and Upper St. Lawrence", "Directeur, Richelieu et Haut-Saint-Laurent", "stjean", 0, "Quebec Region", "Région du Québec"),
    ("DIR", "CIRNAC", "Director, Lands and Resources, Nunavut", "Directeur, Terres et ressources, Nunavut", "iqaluit", 6, "Nunavut Region", "Région du Nunavut"),
    ("DIR", "CIRNAC", "Director, Kivalliq and Kitikmeot Operations", "Directeur, Opérations du Kivalliq et du Kitikmeot", "rankin", 6, "Nunavut Region", "Région du Nunavut"),
    ("DIR", "CIRNAC", "Director, Contaminated Sites, Nunavut", "Directeur, Sites contaminés, Nunavut", "iqaluit", 6, "Nunavut Region", "Région du Nunavut"),
    ("DIR", "CIRNAC", "Director, Northern Food Security Programs", "Directeur, Programmes de sécurité alimentaire dans le Nord", "iqaluit_ottawa", 6, "Nunavut Region", "Région du Nunavut"),
    ("DIR", "CIRNAC", "Director, Yukon Operations", "Directeur, Opérations du Yukon", "whitehorse", 7, "Northern Affairs Organization", "Organisation des affaires du Nord"),
    ("DIR", "CIRNAC", "Director, Resource Management, Northwest Territories", "Directeur, Gestion des ressources, Territoires du Nord-Ouest", "yellowknife", 7, "Northern Affairs Organization", "Organisation des affaires du Nord"),
    ("DIR", "CIRNAC", "Director, Giant Mine Remediation Project", "Directeur, Projet d'assainissement de la mine Giant", "yellowknife", 7, "Northern Affairs Organization", "Organisation des affaires du Nord"),
    ("DIR", "CIRNAC", "Director, Northern Engagement and Devolution", "Directeur, Mobilisation du Nord et transfert des responsabilités", "yk_wh", 7, "Northern Affairs Organization", "Organisation des affaires du Nord"),
    ("DIR", "SC", "Director, Service Delivery, Nunavut and Northwest Territories", "Directeur, Prestation des services, Nunavut et Territoires du Nord-Ouest", "yellowknife", 8, "Prairies and Northern Region", "Région des Prairies et du Nord"),
    ("DIR", "SC", "Director, Service Canada Centres, Manitoba", "Directeur, Centres Service Canada, Manitoba", "winnipeg", 8, "Prairies and Northern Region", "Région des Prairies et du Nord"),
    ("DIR", "SC", "Director, Service Canada Centres, Saskatchewan", "Directeur, Centres Service Canada, Saskatchewan", "regina", 8, "Prairies and Northern Region", "Région des Prairies et du Nord"),
    ("DIR", "SC", "Director, Outreach and Indigenous Services, Prairies", "Directeur, Services de proximité et services aux Autochtones, Prairies", "saskatoon", 8, "Prairies and Northern Region", "Région des Prairies et du Nord"),
    ("DIR", "SC", "Director, Employment Insurance Processing, Prairies", "Directeur, Traitement de l'assurance-emploi, Prairies", "winnipeg", 9, "Prairies and Northern Region", "Région des Prairies et du Nord"),
    ("DIR", "SC", "Director, Pensions Processing, Prairies and Northern", "Directeur, Traitement des pensions, Prairies et Nord", "edmonton", 9, "Prairies and Northern Region", "Région des Prairies et du Nord"),
    ("DIR", "SC", "Director, Integrity Services, Prairies and Northern", "Directeur, Services d'intégrité, Prairies et Nord", "calgary", 9, "Prairies and Northern Region", "Région des Prairies et du Nord"),
    ("DIR", "SC", "Director, Grants and Contributions, Prairies and Northern", "Directeur, Subventions et contributions, Prairies et Nord", "edm_any", 9, "Prairies and Northern Region", "Région des Prairies et du Nord"),
    ("DIR", "PSPC", "Director, Labrador Projects", "Directeur, Projets du Labrador", "goosebay", 10, "Atlantic Region", "Région de l'Atlantique"),
    ("DIR", "PSPC", "Director, Property Management, Newfoundland and Labrador", "Directeur, Gestion immobilière, Terre-Neuve-et-Labrador", "stjohns", 10, "Atlantic Region", "Région de l'Atlantique"),
    ("DIR", "PSPC", "Director, Real Property Services, New Brunswick", "Directeur, Services immobiliers, Nouveau-Brunswick", "moncton", 10, "Atlantic Region", "Région de l'Atlantique"),
    ("DIR", "PSPC", "Director, Property Management, Vancouver Island", "Directeur, Gestion immobilière, Île de Vancouver", "victoria", 11, "Pacific Region", "Région du Pacifique"),
    ("DIR", "PSPC", "Director, Northern British Columbia Properties", "Directeur, Immeubles du Nord de la Colombie-Britannique", "princegeorge", 11, "Pacific Region", "Région du Pacifique"),
    ("DIR", "PSPC", "Director, Major Crown Projects, Pacific", "Directeur, Grands projets de l'État, Pacifique", "ottawa_any", 11, "Pacific Region", "Région du Pacifique"),
]

# managers reporting to Directors: (en, fr, group-levels), some with a place in parentheses
MANAGERS = [
    ("Manager, Operations", "Gestionnaire, Opérations", ["PM-06", "PM-05"]),
    ("Manager, Finance and Administration", "Gestionnaire, Finances et administration", ["FI-03", "AS-06"]),
    ("Area Manager, Kivalliq (Rankin Inlet)", "Gestionnaire de secteur, Kivalliq (Rankin Inlet)", ["PM-06"]),
    ("Area Manager, Kitikmeot (Cambridge Bay)", "Gestionnaire de secteur, Kitikmeot (Cambridge Bay)", ["PM-06"]),
    ("Manager, Environmental Assessment", "Gestionnaire, Évaluation environnementale", ["EG-07", "PC-04"]),
    ("Senior Engineer, Projects", "Ingénieur principal, Projets", ["EN-ENG-05", "EN-ENG-06"]),
    ("Manager, Community Relations", "Gestionnaire, Relations avec les collectivités", ["PM-06", "EC-06"]),
    ("Manager, Policy and Planning", "Gestionnaire, Politiques et planification", ["EC-07", "EC-06"]),
    ("Regional Manager, Atlantic", "Gestionnaire régional, Atlantique", ["PM-06"]),
    ("Regional Manager, Labrador (Happy Valley-Goose Bay)", "Gestionnaire régional, Labrador (Happy Valley-Goose Bay)", ["PM-06", "PM-05"]),
    ("Manager, Client Services", "Gestionnaire, Services aux clients", ["PM-05", "PM-06"]),
    ("Manager, Conservation and Protection", "Gestionnaire, Conservation et protection", ["GT-06", "PM-06"]),
    ("Division Manager, Science", "Gestionnaire de division, Sciences", ["RES-03", "BI-05"]),
    ("Manager, Harbour Infrastructure", "Gestionnaire, Infrastructure portuaire", ["EN-ENG-05", "PM-06"]),
    ("Manager, Quality and Integrity", "Gestionnaire, Qualité et intégrité", ["PM-05"]),
    ("Manager, Lands Administration", "Gestionnaire, Administration des terres", ["PM-06", "EG-07"]),
    ("Team Leader, Inuit Relations", "Chef d'équipe, Relations avec les Inuit", ["PM-05", "EC-05"]),
    ("Project Manager, Remediation", "Gestionnaire de projet, Assainissement", ["EN-ENG-06", "PM-06"]),
    ("Executive Assistant", "Adjoint exécutif", ["AS-02", "CR-05"]),
    ("Manager, Business Expertise", "Gestionnaire, Expertise opérationnelle", ["PM-05", "PM-06"]),
]

GIVEN = ["Aurèle", "Bronwyn", "Cosmin", "Delphine", "Eero", "Fenella", "Gaëtan", "Hollis", "Ines", "Jorah",
         "Kaisa", "Lucienne", "Marek", "Noémie", "Oswin", "Perrine", "Quillan", "Rosalind", "Séverin", "Tamsin",
         "Ulrike", "Valérien", "Wynne", "Xavière", "Yannick", "Zosia", "Anouk", "Bastien", "Corisande", "Dorian"]
FAMILY = ["Abernethy-Roux", "Blanchemain", "Corriveau-Lusk", "Dunleavy", "Étiennette", "Fairbrook", "Gauvreau-Tilley",
          "Hallowes", "Isenor", "Jobidon", "Kettleby", "Larochelle-Piatt", "Marchessault", "Nettlefold", "Ouimette",
          "Pettigrove", "Quenneville", "Rathbourne", "Saint-Aubin", "Thibodeau-Marr", "Upcott", "Vachonne",
          "Wetherell", "Yelland", "Zwicker-Beaulne", "Arsenault-Kemp", "Bellefleur", "Cholmondley", "Desrosiers-Fyfe",
          "Ellwood-Pagé"]

GA_EN = {
    "DG": "The Regional Director General is accountable to the Assistant Deputy Minister for the direction and management of all programs and services delivered in the {region}, for the regional contribution to national priorities, and for relations with provincial and territorial governments, Indigenous organizations and communities, industry and stakeholders throughout the region.",
    "ED": "The Executive Director is accountable for the planning, delivery and evaluation of {unit} programs in the region, for the leadership of the directors and managers of the directorate located in several communities, and for the provision of strategic advice to the Regional Director General.",
    "DIR": "The Director is accountable for the management and delivery of the {unit} program, for the supervision of staff working in the regional and field offices, and for the relations with local partners, communities and the other federal departments present in the area.",
}
GA_EN2 = {  # written by a francophone writer in English
    "DG": "The Regional Director General is responsible of the direction and the management of the totality of the programs and services offered in the {region}, and he assures the liaison with the provincial and territorial governments, the Indigenous organisations and the partners of the region.",
    "ED": "The Executive Director is responsible of the planification, the realisation and the evaluation of the programs of {unit} in the region, and he assures the leadership of the directors and managers which are located in many communities.",
    "DIR": "The Director is responsible of the management and the realisation of the program {unit}, of the supervision of the employees which work in the regional office and in the field, and of the relations with the local partners and the communities.",
}
GA_FR = {
    "DG": "Le directeur général régional est responsable devant le sous-ministre adjoint de la direction et de la gestion de l'ensemble des programmes et services offerts dans la {region}, de la contribution régionale aux priorités nationales et des relations avec les gouvernements provinciaux et territoriaux, les organisations autochtones et les intervenants.",
    "ED": "Le directeur exécutif est responsable de la planification, de la prestation et de l'évaluation des programmes de {unit} dans la région, du leadership des directeurs et gestionnaires répartis dans plusieurs collectivités et de la prestation de conseils stratégiques au directeur général régional.",
    "DIR": "Le directeur est responsable de la gestion et de la prestation du programme {unit}, de la supervision du personnel des bureaux régionaux et locaux, et des relations avec les partenaires locaux, les collectivités et les autres ministères fédéraux présents dans le secteur.",
}
GA_FR2 = {  # written by an anglophone writer in French
    "DG": "Le Directeur général régional est responsable pour la direction et la gestion de tous les programmes et services délivrés dans la {region}, et il supporte le sous-ministre adjoint dans l'adressage des priorités nationales avec les gouvernements provinciaux et territoriaux et les organisations autochtones.",
    "ED": "Le Directeur exécutif est responsable pour la planification et la livraison des programmes de {unit} dans la région, et il fournit le leadership aux directeurs et gestionnaires qui sont localisés dans plusieurs communautés.",
    "DIR": "Le Directeur est responsable pour la gestion et la livraison du programme {unit}, pour la supervision des employés dans le bureau régional et sur le terrain, et pour les relations avec les partenaires locaux.",
}
NS_EN = "The {region} covers a vast territory where many communities are accessible only by air or by sea for part of the year. The region counts {rfte:,} FTEs and manages an annual budget of ${rbud}M. Weather, the cost of travel and the recruitment and retention of qualified staff in remote communities are constant challenges, and services must be offered in English and French and, where required, in Indigenous languages."
NS_FR = "La {region} couvre un vaste territoire où plusieurs collectivités ne sont accessibles que par avion ou par bateau une partie de l'année. La région compte {rfte_fr} ETP et gère un budget annuel de {rbud} M$. Les conditions météorologiques, le coût des déplacements ainsi que le recrutement et le maintien en poste de personnel qualifié dans les collectivités éloignées sont des défis constants."
SA_EN = [
    "Directs the planning, delivery and monitoring of {unit} activities across the area, in accordance with national policies and regional priorities.",
    "Provides strategic advice to senior management on regional issues, including the impact of national programs on northern and remote communities.",
    "Establishes and maintains relationships with territorial and provincial governments, Indigenous governments and organizations, municipalities and industry.",
    "Manages the human, financial and material resources of the organization, including the staff located in field offices.",
    "Represents the Department on regional committees and federal councils and ensures coherence with other federal departments in the region.",
]
SA_EN2 = [
    "Directs the planification and the realisation of the activities of {unit} in all the territory, in conformity with the national policies.",
    "Gives strategic advices to the senior management on the regional stakes, notably on the impacts of the national programs in the remote communities.",
    "Establishes and maintains the relations with the territorial and provincial governments, the Indigenous governments and the industry.",
    "Manages the human, financial and material resources, included the employees situated in the field offices.",
]
SA_FR = [
    "Dirige la planification, la prestation et le suivi des activités de {unit} dans l'ensemble du secteur, conformément aux politiques nationales et aux priorités régionales.",
    "Fournit des conseils stratégiques à la haute direction sur les enjeux régionaux, notamment les répercussions des programmes nationaux sur les collectivités éloignées.",
    "Établit et entretient des relations avec les gouvernements provinciaux et territoriaux, les gouvernements et organisations autochtones, les municipalités et l'industrie.",
    "Gère les ressources humaines, financières et matérielles de l'organisation, y compris le personnel des bureaux locaux.",
    "Représente le Ministère aux comités régionaux et aux conseils fédéraux régionaux.",
]
