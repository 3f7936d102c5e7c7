"""Data for the blind120 corpus: departments, positions, generic families, prose, names.

Everything here is invented for the corpus (positions, numbers, people); departments and
places are real. Nothing was taken from the importer, its tests or the other corpora.
"""

PROV = {  # code: (English, French)
    "NL": ("Newfoundland and Labrador", "Terre-Neuve-et-Labrador"),
    "NS": ("Nova Scotia", "Nouvelle-Écosse"),
    "NB": ("New Brunswick", "Nouveau-Brunswick"),
    "QC": ("Quebec", "Québec"),
    "ON": ("Ontario", "Ontario"),
    "MB": ("Manitoba", "Manitoba"),
    "SK": ("Saskatchewan", "Saskatchewan"),
    "AB": ("Alberta", "Alberta"),
    "BC": ("British Columbia", "Colombie-Britannique"),
    "NU": ("Nunavut", "Nunavut"),
    "PE": ("Prince Edward Island", "Île-du-Prince-Édouard"),
    "YT": ("Yukon", "Yukon"),
}

DEPTS = {  # key: (English, French, branch EN, branch FR)
    "AAFC": ("Agriculture and Agri-Food Canada", "Agriculture et Agroalimentaire Canada",
             "Market and Industry Services Branch", "Direction générale des services à l'industrie et aux marchés"),
    "NRCan": ("Natural Resources Canada", "Ressources naturelles Canada",
              "Energy Efficiency Branch", "Direction générale de l'efficacité énergétique"),
    "TC": ("Transport Canada", "Transports Canada",
           "Safety and Security Group", "Groupe de la sécurité et de la sûreté"),
    "HC": ("Health Canada", "Santé Canada",
           "Regulatory Operations and Enforcement Branch", "Direction générale des opérations réglementaires et de l'application de la loi"),
    "PHAC": ("Public Health Agency of Canada", "Agence de la santé publique du Canada",
             "Health Security and Regional Operations Branch", "Direction générale de la sécurité sanitaire et des opérations régionales"),
    "ECCC": ("Environment and Climate Change Canada", "Environnement et Changement climatique Canada",
             "Meteorological Service of Canada", "Service météorologique du Canada"),
    "IRCC": ("Immigration, Refugees and Citizenship Canada", "Immigration, Réfugiés et Citoyenneté Canada",
             "Operations Sector", "Secteur des opérations"),
    "ISED": ("Innovation, Science and Economic Development Canada", "Innovation, Sciences et Développement économique Canada",
             "Spectrum and Telecommunications Sector", "Secteur du spectre et des télécommunications"),
    "StatCan": ("Statistics Canada", "Statistique Canada",
                "Social, Health and Labour Statistics Field", "Secteur de la statistique sociale, de la santé et du travail"),
    "PCH": ("Canadian Heritage", "Patrimoine canadien",
            "Cultural Affairs Sector", "Secteur des affaires culturelles"),
    "VAC": ("Veterans Affairs Canada", "Anciens Combattants Canada",
            "Service Delivery Branch", "Direction générale de la prestation des services"),
    "PSPC": ("Public Services and Procurement Canada", "Services publics et Approvisionnement Canada",
             "Real Property Services", "Services immobiliers"),
    "CFIA": ("Canadian Food Inspection Agency", "Agence canadienne d'inspection des aliments",
             "Operations Branch", "Direction générale des opérations"),
    "CIRNAC": ("Crown-Indigenous Relations and Northern Affairs Canada", "Relations Couronne-Autochtones et Affaires du Nord Canada",
               "Northern Affairs Organization", "Organisation des affaires du Nord"),
    "LAC": ("Library and Archives Canada", "Bibliothèque et Archives Canada",
            "Archives Sector", "Secteur des archives"),
    "DEC": ("Canada Economic Development for Quebec Regions", "Développement économique Canada pour les régions du Québec",
            "Operations Sector", "Secteur des opérations"),
    "GAC": ("Global Affairs Canada", "Affaires mondiales Canada",
            "International Platform Branch", "Direction générale de la plateforme internationale"),
    "PCO": ("Privy Council Office", "Bureau du Conseil privé",
            "Machinery of Government Secretariat", "Secrétariat de l'appareil gouvernemental"),
    "ESDC": ("Employment and Social Development Canada", "Emploi et Développement social Canada",
             "Service Canada, Citizen Services Branch", "Service Canada, Direction générale des services aux citoyens"),
    "PC": ("Parks Canada", "Parcs Canada", "Operations Directorate", "Direction des opérations"),
    "DFO": ("Fisheries and Oceans Canada", "Pêches et Océans Canada", "Operations Sector", "Secteur des opérations"),
    "ISC": ("Indigenous Services Canada", "Services aux Autochtones Canada",
            "Regional Operations Sector", "Secteur des opérations régionales"),
    "CBSA": ("Canada Border Services Agency", "Agence des services frontaliers du Canada",
             "Travellers Branch", "Direction générale des voyageurs"),
    "CSA": ("Canadian Space Agency", "Agence spatiale canadienne", "", ""),
    "CTA": ("Canadian Transportation Agency", "Office des transports du Canada", "", ""),
    "ACOA": ("Atlantic Canada Opportunities Agency", "Agence de promotion économique du Canada atlantique", "", ""),
    "WAGE": ("Women and Gender Equality Canada", "Femmes et Égalité des genres Canada", "", ""),
    "CNSC": ("Canadian Nuclear Safety Commission", "Commission canadienne de sûreté nucléaire", "", ""),
}

# Sub-units for direct reports (English, French)
SUBUNITS = [
    ("Policy Development", "Élaboration des politiques"), ("Operations", "Opérations"),
    ("Business Planning", "Planification des activités"), ("Program Integrity", "Intégrité des programmes"),
    ("Data and Analytics", "Données et analytique"), ("Stakeholder Relations", "Relations avec les intervenants"),
    ("Compliance", "Conformité"), ("Client Services", "Services aux clients"),
    ("Strategic Communications", "Communications stratégiques"), ("Grants and Contributions", "Subventions et contributions"),
    ("Research", "Recherche"), ("Regional Coordination", "Coordination régionale"),
    ("Systems and Tools", "Systèmes et outils"), ("Quality Assurance", "Assurance de la qualité"),
    ("Performance Measurement", "Mesure du rendement"), ("Partnerships", "Partenariats"),
    ("Risk Management", "Gestion des risques"), ("Program Delivery", "Prestation des programmes"),
    ("Training and Learning", "Formation et apprentissage"), ("Financial Planning", "Planification financière"),
    ("Inspection Services", "Services d'inspection"), ("Licensing", "Délivrance des permis"),
    ("Evaluation", "Évaluation"), ("Digital Services", "Services numériques"),
]

MANAGER_GROUPS = ["EC-07", "AS-07", "PM-06", "CS-04", "FI-03", "CO-03", "PE-05", "IS-06", "EG-07", "AS-06", "PM-05", "EC-06"]

# Profiles: standalone one-page position profiles / fiches de poste.
# (key, lang, kind, dept, level, title_en, title_fr, sup_level, city, prov, file name)
PROFILES = [
    ("p01", "en", "docx", "AAFC", "EX-01", "Director, Market Access Secretariat", "Directeur, Secrétariat de l'accès aux marchés", "EX-03", "Ottawa", "ON", "Position Profile - Director, Market Access Secretariat.docx"),
    ("p02", "en", "text", "NRCan", "EX-01", "Director, Clean Fuels Programs", "Directeur, Programmes de combustibles propres", "EX-03", "Ottawa", "ON", "profile_EX01_Dir Clean Fuels FINAL.txt"),
    ("p03", "fr", "docx", "TC", "EX-02", "Directeur exécutif, Sécurité ferroviaire, Région du Québec", "Directeur exécutif, Sécurité ferroviaire, Région du Québec", "EX-03", "Montréal", "QC", "Fiche de poste - Directeur exécutif, Sécurité ferroviaire (Québec).docx"),
    ("p04", "en", "pdf", "HC", "EX-01", "Director, Medical Devices Compliance", "Directeur, Conformité des instruments médicaux", "EX-02", "Toronto", "ON", "Director, Medical Devices Compliance - profile - signed.pdf"),
    ("p05", "en", "ocr", "PHAC", "EX-02", "Executive Director, Emergency Management Operations", "Directeur exécutif, Opérations de gestion des urgences", "EX-03", "Winnipeg", "MB", "scan_profile ED Emergency Mgmt Ops.txt"),
    ("p06", "fr", "ocr", "ECCC", "EX-01", "Directrice, Prévision météorologique, Région du Québec", "Directrice, Prévision météorologique, Région du Québec", "EX-03", "Montréal", "QC", "Fiche de poste - Directrice Prévision météo (numérisée).txt"),
    ("p07", "en", "markdown", "IRCC", "EX-01", "Director, Asylum Claims Processing", "Directeur, Traitement des demandes d'asile", "EX-03", "Mississauga", "ON", "Director, Asylum Claims Processing (profile).md"),
    ("p08", "bilingual", "docx", "ISED", "EX-02", "Executive Director, Spectrum Licensing Operations", "Directeur exécutif, Opérations de délivrance des licences du spectre", "EX-03", "Ottawa", "ON", "Profil de poste - Position Profile, ED Spectrum Licensing.docx"),
    ("p09", "fr", "pdf", "StatCan", "EX-01", "Directeur, Statistique du marché du travail", "Directeur, Statistique du marché du travail", "EX-03", "Ottawa", "ON", "Fiche de poste EX-01 - Statistique du marché du travail.pdf"),
    ("p10", "en", "text-cp1252", "PCH", "EX-01", "Director, Canada Music Fund", "Directeur, Fonds de la musique du Canada", "EX-03", "Gatineau", "QC", "Director, Canada Music Fund – one-pager.txt"),
    ("p11", "en", "ocr", "VAC", "EX-01", "Director, Case Management Operations", "Directeur, Opérations de gestion de cas", "EX-02", "Charlottetown", "PE", "VAC profile Dir Case Mgmt Ops (1).txt"),
    ("p12", "fr", "docx", "PSPC", "EX-03", "Directrice générale, Gestion des biens immobiliers, Région de la capitale nationale", "Directrice générale, Gestion des biens immobiliers, Région de la capitale nationale", "EX-04", "Gatineau", "QC", "Fiche de poste DG Gestion des biens RCN - FINAL.docx"),
    ("p13", "en", "pdf", "CFIA", "EX-01", "Director, Meat Hygiene Inspection, Western Operations", "Directeur, Inspection de l'hygiène des viandes, Opérations de l'Ouest", "EX-02", "Calgary", "AB", "CFIA Position Profile - Dir Meat Hygiene West.pdf"),
    ("p14", "bilingual", "ocr", "CIRNAC", "EX-02", "Executive Director, Nunavut Regional Office", "Directeur exécutif, Bureau régional du Nunavut", "EX-03", "Iqaluit", "NU", "Profile - Profil ED Nunavut Regional Office scan.txt"),
    ("p15", "fr", "text", "LAC", "EX-01", "Directeur, Acquisitions d'archives privées", "Directeur, Acquisitions d'archives privées", "EX-03", "Gatineau", "QC", "fiche_poste_dir_acquisitions_archives.txt"),
    ("p16", "en", "docx", "GAC", "EX-01", "Director, Mission Security Operations", "Directeur, Opérations de sécurité des missions", "EX-03", "Ottawa", "ON", "Director Mission Security Ops - position profile DRAFT.docx"),
    ("p17", "fr", "ocr", "DEC", "EX-02", "Directrice exécutive, Bureau d'affaires de l'Estrie et de la Montérégie", "Directrice exécutive, Bureau d'affaires de l'Estrie et de la Montérégie", "EX-03", "Sherbrooke", "QC", "Fiche - Directrice exécutive Estrie-Montérégie (scan).txt"),
    ("p18", "en", "text", "PCO", "EX-02", "Executive Director, Machinery of Government", "Directeur exécutif, Appareil gouvernemental", "EX-03", "Ottawa", "ON", "ED Machinery of Government - profile.txt"),
    ("p19", "bilingual", "pdf", "ESDC", "EX-01", "Director, Pension Processing Centre", "Directeur, Centre de traitement des pensions", "EX-03", "Bathurst", "NB", "Position Profile - Profil de poste - Pension Processing Centre.pdf"),
]
# p16 has a signed PDF version (the same text, signed): "Director Mission Security Ops - position profile - signed.pdf"

# Generic families. A generic work description shared by several positions; each document is
# the generic text with the position's annex (or cover page).
FAMILIES = {
    "F1": dict(dept="ESDC", level="EX-01", job_code="105221",
               gen_en="Director, Service Delivery", gen_fr="Directeur, Prestation des services",
               purpose_en="Directs the delivery of Service Canada's in-person, telephone and digital services to citizens in a geographic area, including Employment Insurance, the Canada Pension Plan, Old Age Security and passport services, ensuring that service standards are met and that programs are delivered with integrity.",
               purpose_fr="Dirige la prestation des services en personne, téléphoniques et numériques de Service Canada aux citoyens d'un secteur géographique, dont l'assurance-emploi, le Régime de pensions du Canada, la Sécurité de la vieillesse et les services de passeport, en veillant au respect des normes de service et à l'intégrité des programmes.",
               sup_en="Executive Director, Citizen Services, {region}", sup_fr="Directeur exécutif, Services aux citoyens, {region}", sup_level="EX-02",
               example_reports=[("Manager, Service Canada Centres", "Gestionnaire, Centres Service Canada", "PM-05", 60), ("Manager, Outreach and Passport Services", "Gestionnaire, Sensibilisation et services de passeport", "PM-05", 25)],
               example_money=(4100000, 380000)),
    "F2": dict(dept="PC", level="EX-01", job_code="103311",
               gen_en="Field Unit Superintendent", gen_fr="Directeur d'unité de gestion",
               purpose_en="Leads a Parks Canada field unit, protecting its national parks and historic sites, delivering visitor experience and ensuring that Indigenous partners, communities and stakeholders take part in the management of the places in the unit.",
               purpose_fr="Dirige une unité de gestion de Parcs Canada, protège ses parcs nationaux et lieux historiques, offre l'expérience du visiteur et veille à ce que les partenaires autochtones, les collectivités et les intervenants participent à la gestion des lieux de l'unité.",
               sup_en="Executive Director, {region}", sup_fr="Directeur exécutif, {region}", sup_level="EX-02",
               example_reports=[("Resource Conservation Manager", "Gestionnaire, Conservation des ressources", "EG-07", 30), ("Visitor Experience Manager", "Gestionnaire, Expérience du visiteur", "PM-06", 45)],
               example_money=(6200000, 1900000)),
    "F3": dict(dept="DFO", level="EX-03", job_code="102455",
               gen_en="Regional Director General", gen_fr="Directeur général régional",
               purpose_en="Leads the Department's programs and services in a region, including fisheries management, conservation and protection, aquatic ecosystems, science and small craft harbours, and represents the Department with provincial and territorial governments, Indigenous organizations, industry and communities.",
               purpose_fr="Dirige les programmes et services du Ministère dans une région, notamment la gestion des pêches, la conservation et la protection, les écosystèmes aquatiques, les sciences et les ports pour petits bateaux, et représente le Ministère auprès des gouvernements provinciaux et territoriaux, des organisations autochtones, de l'industrie et des collectivités.",
               sup_en="Senior Assistant Deputy Minister, Operations", sup_fr="Sous-ministre adjoint principal, Opérations", sup_level="EX-05",
               example_reports=[("Regional Director, Fisheries Management", "Directeur régional, Gestion des pêches", "EX-01", 80), ("Regional Director, Science", "Directeur régional, Sciences", "EX-02", 150)],
               example_money=(38000000, 9500000)),
    "F4": dict(dept="ISC", level="EX-02", job_code="104880",
               gen_en="Regional Executive Director", gen_fr="Directeur exécutif régional",
               purpose_en="Leads the delivery of Indigenous Services Canada programs in a region, including education, social development, health, infrastructure and emergency management, in partnership with First Nations, Inuit and Métis communities and organizations, and manages the regional office.",
               purpose_fr="Dirige la prestation des programmes de Services aux Autochtones Canada dans une région, dont l'éducation, le développement social, la santé, les infrastructures et la gestion des urgences, en partenariat avec les collectivités et organisations des Premières Nations, des Inuits et des Métis, et gère le bureau régional.",
               sup_en="Assistant Deputy Minister, Regional Operations", sup_fr="Sous-ministre adjoint, Opérations régionales", sup_level="EX-04",
               example_reports=[("Director, Funding Services", "Directeur, Services de financement", "EX-01", 40), ("Director, Infrastructure and Housing", "Directeur, Infrastructures et logement", "EX-01", 25)],
               example_money=(12000000, 1500000)),
    "F5": dict(dept=None, level="EX-01", job_code="100742",
               gen_en="Chief Audit Executive", gen_fr="Dirigeant principal de la vérification",
               purpose_en="Leads the internal audit function of a small department or agency in accordance with the Policy on Internal Audit, provides the deputy head and the departmental audit committee with independent assurance on risk management, control and governance, and advises senior management.",
               purpose_fr="Dirige la fonction de vérification interne d'un petit ministère ou organisme conformément à la Politique sur l'audit interne, fournit à l'administrateur général et au comité ministériel de vérification une assurance indépendante sur la gestion des risques, le contrôle et la gouvernance, et conseille la haute direction.",
               sup_en="President", sup_fr="Président", sup_level=None,
               example_reports=[("Audit Manager", "Gestionnaire de la vérification", "AU-04", 4)],
               example_money=(900000, 250000)),
    "F6": dict(dept="CBSA", level="EX-01", job_code="101962",
               gen_en="District Director, Border Operations", gen_fr="Directeur de district, Opérations frontalières",
               purpose_en="Directs border operations at the ports of entry of a district, including traveller and commercial processing, enforcement and intelligence support, ensuring the security of the border and the facilitation of legitimate travel and trade.",
               purpose_fr="Dirige les opérations frontalières aux points d'entrée d'un district, dont le traitement des voyageurs et des marchandises commerciales, l'exécution de la loi et le soutien au renseignement, en assurant la sécurité de la frontière et la facilitation des voyages et des échanges légitimes.",
               sup_en="Regional Director General, {region}", sup_fr="Directeur général régional, {region}", sup_level="EX-03",
               example_reports=[("Chief of Operations", "Chef des opérations", "FB-06", 120), ("Superintendent, Commercial Operations", "Surintendant, Opérations commerciales", "FB-05", 40)],
               example_money=(18000000, 1200000)),
}

# Positions described by a generic: (key, family, lang, kind, form, title_en, title_fr,
#   region_en, region_fr, city, prov, dept override (F5), file name)
GENERICS = [
    ("g01", "F1", "en", "ocr", "annex", "Director, Service Delivery – Northern Ontario", "Directeur, Prestation des services – Nord de l'Ontario", "Ontario Region", "Région de l'Ontario", "Sudbury", "ON", None, "Generic EX-01 Director Service Delivery + Annex A Northern Ontario.txt"),
    ("g02", "F1", "fr", "docx", "annex", "Directrice, Prestation des services – Saguenay–Lac-Saint-Jean", "Directrice, Prestation des services – Saguenay–Lac-Saint-Jean", "Région du Québec", "Région du Québec", "Saguenay", "QC", None, "DT générique - Directrice Prestation des services, annexe Saguenay.docx"),
    ("g03", "F1", "bilingual", "pdf", "cover", "Director, Service Delivery – Southeast New Brunswick", "Directeur, Prestation des services – Sud-Est du Nouveau-Brunswick", "Atlantic Region", "Région de l'Atlantique", "Moncton", "NB", None, "Cover page + generic - Dir Service Delivery SE NB.pdf"),
    ("g04", "F1", "en", "text-cp1252", "annex", "Director, Service Delivery – Okanagan and Kootenays", "Directeur, Prestation des services – Okanagan et Kootenays", "Western Canada and Territories Region", "Région de l'Ouest canadien et des Territoires", "Kelowna", "BC", None, "Dir Service Delivery Okanagan - generic w annex (2).txt"),
    ("g05", "F2", "en", "docx", "annex", "Field Unit Superintendent, Banff", "Directeur de l'unité de gestion de Banff", "Mountain Parks", "Parcs des montagnes", "Banff", "AB", None, "Field Unit Superintendent - generic + Annex (Banff).docx"),
    ("g06", "F2", "fr", "ocr", "cover", "Directrice de l'unité de gestion de la Gaspésie", "Directrice de l'unité de gestion de la Gaspésie", "Québec", "Québec", "Gaspé", "QC", None, "Page couverture + DT générique - Unité de gestion Gaspésie.txt"),
    ("g07", "F2", "en", "pdf", "annex", "Field Unit Superintendent, Mainland Nova Scotia", "Directeur de l'unité de gestion de la partie continentale de la Nouvelle-Écosse", "Atlantic Canada", "Canada atlantique", "Halifax", "NS", None, "FUS generic - annex Mainland NS - signed.pdf"),
    ("g08", "F2", "en", "ocr", "annex", "Field Unit Superintendent, Coastal British Columbia", "Directeur de l'unité de gestion de la côte de la Colombie-Britannique", "Western and Northern Canada", "Ouest et Nord du Canada", "Ucluelet", "BC", None, "FUS Coastal BC generic+annex scan.txt"),
    ("g09", "F3", "en", "docx", "annex", "Regional Director General, Gulf Region", "Directeur général régional, Région du Golfe", "", "", "Moncton", "NB", None, "RDG Gulf Region - Generic WD with Annex A FINAL.docx"),
    ("g10", "F3", "fr", "pdf", "annex", "Directrice générale régionale, Région du Québec", "Directrice générale régionale, Région du Québec", "", "", "Québec", "QC", None, "DGR Région du Québec - description générique et annexe.pdf"),
    ("g11", "F3", "en", "ocr", "cover", "Regional Director General, Pacific Region", "Directeur général régional, Région du Pacifique", "", "", "Vancouver", "BC", None, "RDG Pacific - cover sheet and generic (scanned).txt"),
    ("g12", "F3", "en", "markdown", "annex", "Regional Director General, Arctic Region", "Directeur général régional, Région de l'Arctique", "", "", "Winnipeg", "MB", None, "RDG Arctic Region generic + annex.md"),
    ("g13", "F4", "fr", "ocr", "annex", "Directeur exécutif régional, Québec", "Directeur exécutif régional, Québec", "", "", "Québec", "QC", None, "DER Québec - générique avec annexe 2019.txt"),
    ("g14", "F4", "en", "docx", "annex", "Regional Executive Director, Atlantic", "Directeur exécutif régional, Atlantique", "", "", "Amherst", "NS", None, "Regional Executive Director, Atlantic - generic & annex.docx"),
    ("g15", "F4", "fr", "docx", "cover", "Directrice exécutive régionale, Ontario", "Directrice exécutive régionale, Ontario", "", "", "Toronto", "ON", None, "Page couverture - DER Ontario (générique ISC).docx"),
    ("g16", "F4", "bilingual", "ocr", "annex", "Regional Executive Director, Alberta", "Directeur exécutif régional, Alberta", "", "", "Edmonton", "AB", None, "RED Alberta - DER Alberta generic-générique annex.txt"),
    ("g17", "F5", "en", "pdf", "annex", "Chief Audit Executive", "Dirigeant principal de la vérification", "", "", "Longueuil", "QC", "CSA", "CSA - Chief Audit Executive - standard WD + annex.pdf"),
    ("g18", "F5", "fr", "text", "annex", "Dirigeante principale de la vérification et de l'évaluation", "Dirigeante principale de la vérification et de l'évaluation", "", "", "Gatineau", "QC", "CTA", "OTC - DPV description type et annexe.txt"),
    ("g19", "F5", "en", "ocr", "cover", "Chief Audit and Evaluation Executive", "Dirigeant principal de la vérification et de l'évaluation", "", "", "Moncton", "NB", "ACOA", "ACOA CAEE cover + standard description (scan).txt"),
    ("g20", "F5", "en", "text-cp1252", "annex", "Head of Internal Audit and Chief Audit Executive", "Responsable de la vérification interne et dirigeant principal de la vérification", "", "", "Gatineau", "QC", "WAGE", "WAGE - Head of Internal Audit, CAE (standard) annex.txt"),
    ("g21", "F5", "bilingual", "docx", "cover", "Chief Audit Executive", "Dirigeant principal de la vérification", "", "", "Ottawa", "ON", "CNSC", "CNSC CAE - cover page - page couverture.docx"),
    ("g22", "F6", "en", "ocr", "annex", "District Director, Niagara Falls and Fort Erie", "Directeur de district, Niagara Falls et Fort Erie", "Southern Ontario Region", "Région du Sud de l'Ontario", "Niagara Falls", "ON", None, "District Director Niagara - generic annex.txt"),
    ("g23", "F6", "fr", "pdf", "annex", "Directeur de district, Aéroport international Montréal-Trudeau", "Directeur de district, Aéroport international Montréal-Trudeau", "Région du Québec", "Région du Québec", "Dorval", "QC", None, "Directeur de district YUL - générique + annexe.pdf"),
    ("g24", "F6", "en", "markdown", "cover", "District Director, Windsor-St. Clair", "Directeur de district, Windsor-St. Clair", "Southern Ontario Region", "Région du Sud de l'Ontario", "Windsor", "ON", None, "District Director Windsor-St Clair (cover) .md"),
]
# g13 has a revised version: "DER Québec - générique avec annexe - révisée 2023.docx"

FIRST_EN = ["Margaret", "David", "Karen", "Michael", "Sandra", "Robert", "Jennifer", "Brian", "Lisa", "Gordon",
            "Heather", "Kevin", "Donna", "Stephen", "Carol", "Trevor", "Angela", "Douglas", "Wendy", "Graham",
            "Priya", "Amir", "Mei", "Tanya", "Colin", "Rachel", "Dwayne", "Fiona"]
LAST_EN = ["MacLellan", "Okafor", "Whitfield", "Brennan", "Chowdhury", "Lindqvist", "Harrington", "Tremblett",
           "Nakamura", "Fitzgerald", "Oduya", "Sandhu", "Kowalczyk", "Ramsay", "Pettipas", "Abernethy",
           "Gallant", "Dobrowolski", "Yellowhorn", "Kapoor", "Ferreira", "McNeil", "Strickland", "Halvorsen"]
FIRST_FR = ["Geneviève", "Jean-François", "Isabelle", "Mathieu", "Nathalie", "Stéphane", "Josée", "Pierre-Luc",
            "Sylvie", "Éric", "Chantal", "Marc-André", "Annie", "Benoît", "Valérie", "François", "Mélanie", "Luc"]
LAST_FR = ["Bélanger", "Ouellet", "Gagnon", "Lapointe", "Bergeron", "Thibodeau", "Lévesque", "Paquette",
           "Cormier", "Desrosiers", "Boisvert", "Lachance", "Arsenault", "Poirier", "Fortin", "Côté", "Roy", "Bouchard"]

# Bullets of key responsibilities for profiles (formatted with the unit)
BULLETS_EN = [
    "Provides strategic direction and leadership to the {unit} and sets its annual priorities and plans.",
    "Advises the Director General and senior management on emerging issues, risks and options.",
    "Builds and maintains partnerships with provinces, territories, Indigenous organizations, industry and other federal departments.",
    "Oversees the design, delivery and continuous improvement of programs, services and tools.",
    "Manages the human, financial and material resources of the organization with probity and in line with the values and ethics of the public service.",
    "Represents the Department at federal-provincial-territorial committees and international fora.",
    "Leads the preparation of Memoranda to Cabinet, Treasury Board submissions, briefings and reports to Parliament.",
    "Ensures that performance measurement, risk management and audit recommendations are acted on.",
    "Promotes a healthy, diverse and inclusive workplace and supports employees' learning and career development.",
]
BULLETS_FR = [
    "Assure l'orientation stratégique et le leadership de l'unité ({unit}) et en fixe les priorités et plans annuels.",
    "Conseille le directeur général et la haute direction sur les enjeux émergents, les risques et les options.",
    "Établit et entretient des partenariats avec les provinces, les territoires, les organisations autochtones, l'industrie et les autres ministères fédéraux.",
    "Supervise la conception, la prestation et l'amélioration continue des programmes, services et outils.",
    "Gère les ressources humaines, financières et matérielles de l'organisation avec probité, conformément aux valeurs et à l'éthique de la fonction publique.",
    "Représente le Ministère aux comités fédéraux-provinciaux-territoriaux et aux forums internationaux.",
    "Dirige la préparation des mémoires au Cabinet, des présentations au Conseil du Trésor, des notes d'information et des rapports au Parlement.",
    "Veille à la mise en œuvre des recommandations découlant de la mesure du rendement, de la gestion des risques et de la vérification.",
    "Favorise un milieu de travail sain, diversifié et inclusif et appuie l'apprentissage et le perfectionnement des employés.",
]

KEY_ACTIVITIES_EN = [
    "Establishing the strategic direction, priorities and plans for the organization, in line with departmental and Government of Canada priorities.",
    "Directing the delivery of programs and services and monitoring results against service standards and performance indicators.",
    "Providing expert advice and briefings to senior management, the Deputy Minister and the Minister's office.",
    "Developing and maintaining relationships with other governments, Indigenous partners, stakeholders and clients.",
    "Managing human, financial and material resources, including staffing, workforce planning, budgets and contracts.",
    "Leading change, innovation and the adoption of digital tools while ensuring the well-being of employees.",
    "Ensuring compliance with legislation, regulations, Treasury Board policies and the Values and Ethics Code.",
]
KEY_ACTIVITIES_FR = [
    "Établir l'orientation stratégique, les priorités et les plans de l'organisation, conformément aux priorités du Ministère et du gouvernement du Canada.",
    "Diriger la prestation des programmes et services et suivre les résultats par rapport aux normes de service et aux indicateurs de rendement.",
    "Fournir des conseils spécialisés et des séances d'information à la haute direction, au sous-ministre et au cabinet du ministre.",
    "Établir et entretenir des relations avec les autres gouvernements, les partenaires autochtones, les intervenants et les clients.",
    "Gérer les ressources humaines, financières et matérielles, y compris la dotation, la planification de l'effectif, les budgets et les contrats.",
    "Diriger le changement, l'innovation et l'adoption d'outils numériques tout en veillant au bien-être des employés.",
    "Assurer le respect des lois, des règlements, des politiques du Conseil du Trésor et du Code de valeurs et d'éthique.",
]

NATURE_EN = ("The position operates in a complex environment marked by competing priorities, high public and media "
             "visibility, and the need to reconcile the interests of many partners. The incumbent must anticipate "
             "emerging issues, manage risks and make decisions that have a direct impact on services to Canadians. "
             "Major challenges include recruiting and retaining a skilled workforce, modernizing aging systems and "
             "processes, and maintaining service standards while demand grows.")
NATURE_FR = ("Le poste s'exerce dans un contexte complexe marqué par des priorités concurrentes, une grande visibilité "
             "publique et médiatique et la nécessité de concilier les intérêts de nombreux partenaires. Le titulaire doit "
             "anticiper les enjeux émergents, gérer les risques et prendre des décisions qui ont une incidence directe sur "
             "les services aux Canadiens. Les principaux défis sont le recrutement et le maintien en poste d'un effectif "
             "qualifié, la modernisation de systèmes et de processus vieillissants et le maintien des normes de service "
             "malgré la hausse de la demande.")
