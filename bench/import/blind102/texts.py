"""Departments, label wordings and prose for the blind102 corpus (see make_blind.py).

Everything here is invented for the corpus: positions, numbers, people. The departments and
agencies are real; the wording follows the shape of federal EX work descriptions (general
accountability, organization structure, nature and scope, dimensions, specific
accountabilities; or client-service results and key activities)."""

# name_en, name_fr, abbreviation, [(city, province_en, province_fr)], report classifications,
# job-code pattern, position-number pattern, areas [(en, fr)], branches [(en, fr)]
# Patterns: '#' a digit, other characters literal.
DEPARTMENTS = [
    ("Employment and Social Development Canada", "Emploi et Développement social Canada", "ESDC",
     [("Gatineau", "Quebec", "Québec"), ("Montréal", "Quebec", "Québec"), ("Toronto", "Ontario", "Ontario")],
     ["EC-07", "PM-06", "AS-07", "EC-06", "PM-05"], "10####", "#####",
     [("Pension Policy", "Politique des pensions"), ("Employment Insurance Processing", "Traitement de l'assurance-emploi"),
      ("Integrity Operations", "Opérations d'intégrité"), ("Skills Programs", "Programmes de compétences")],
     [("Income Security and Social Development Branch", "Direction générale de la sécurité du revenu et du développement social"),
      ("Skills and Employment Branch", "Direction générale des compétences et de l'emploi")]),
    ("Treasury Board of Canada Secretariat", "Secrétariat du Conseil du Trésor du Canada", "TBS",
     [("Ottawa", "Ontario", "Ontario")], ["EC-07", "FI-04", "CS-05", "EC-06"], "EX-1####", "##-###",
     [("Expenditure Analysis", "Analyse des dépenses"), ("Digital Policy", "Politique numérique"),
      ("Pension Administration Policy", "Politique d'administration des pensions")],
     [("Office of the Chief Human Resources Officer", "Bureau de la dirigeante principale des ressources humaines"),
      ("Expenditure Management Sector", "Secteur de la gestion des dépenses")]),
    ("Fisheries and Oceans Canada", "Pêches et Océans Canada", "DFO",
     [("Moncton", "New Brunswick", "Nouveau-Brunswick"), ("Vancouver", "British Columbia", "Colombie-Britannique"),
      ("St. John's", "Newfoundland and Labrador", "Terre-Neuve-et-Labrador")],
     ["BI-04", "EG-07", "PM-06", "SO-MAO-07", "GT-06"], "DFO-EX-0###", "A-2####",
     [("Fisheries Management", "Gestion des pêches"), ("Aquatic Ecosystems", "Écosystèmes aquatiques"),
      ("Small Craft Harbours", "Ports pour petits bateaux")],
     [("Gulf Region", "Région du Golfe"), ("Pacific Region", "Région du Pacifique")]),
    ("Environment and Climate Change Canada", "Environnement et Changement climatique Canada", "ECCC",
     [("Gatineau", "Quebec", "Québec"), ("Toronto", "Ontario", "Ontario"), ("Edmonton", "Alberta", "Alberta")],
     ["PC-04", "EC-07", "CS-04", "EG-06", "PC-03"], "EXE-00###", "000#####",
     [("Air Quality Programs", "Programmes de la qualité de l'air"), ("Weather Forecast Operations", "Opérations de prévision météorologique"),
      ("Wildlife Enforcement", "Application de la loi sur la faune")],
     [("Environmental Protection Branch", "Direction générale de la protection de l'environnement"),
      ("Meteorological Service of Canada", "Service météorologique du Canada")]),
    ("Public Services and Procurement Canada", "Services publics et Approvisionnement Canada", "PSPC",
     [("Gatineau", "Quebec", "Québec"), ("Miramichi", "New Brunswick", "Nouveau-Brunswick")],
     ["AS-07", "PG-06", "CR-05", "AS-06", "PG-05"], "JD-EX-#####", "P-0#####",
     [("Pay Operations", "Opérations de la paye"), ("Defence Procurement", "Approvisionnement en matière de défense"),
      ("Real Property Services", "Services immobiliers")],
     [("Pension and Pay Branch", "Direction générale de la paye et des pensions"),
      ("Procurement Branch", "Direction générale de l'approvisionnement")]),
    ("Canada Revenue Agency", "Agence du revenu du Canada", "CRA",
     [("Ottawa", "Ontario", "Ontario"), ("Shawinigan", "Quebec", "Québec"), ("Winnipeg", "Manitoba", "Manitoba")],
     ["MG-06", "AU-05", "SP-07", "MG-05", "CS-04"], "CRA-EX-####", "####-####",
     [("Collections Operations", "Opérations de recouvrement"), ("Compliance Programs", "Programmes d'observation"),
      ("Taxpayer Services", "Services aux contribuables")],
     [("Collections and Verification Branch", "Direction générale du recouvrement et de la vérification"),
      ("Assessment, Benefit, and Service Branch", "Direction générale des cotisations, des prestations et des services")]),
    ("Health Canada", "Santé Canada", "HC",
     [("Ottawa", "Ontario", "Ontario"), ("Montréal", "Quebec", "Québec")],
     ["SG-SRE-07", "BI-04", "EC-07", "HP-06", "CH-04"], "00###-EX", "HC-00####",
     [("Medical Devices", "Instruments médicaux"), ("Controlled Substances", "Substances contrôlées"),
      ("Consumer Product Safety", "Sécurité des produits de consommation")],
     [("Health Products and Food Branch", "Direction générale des produits de santé et des aliments"),
      ("Healthy Environments and Consumer Safety Branch", "Direction générale de la santé environnementale et de la sécurité des consommateurs")]),
    ("Statistics Canada", "Statistique Canada", "StatCan",
     [("Ottawa", "Ontario", "Ontario")], ["EC-07", "MA-06", "CS-04", "EC-06"], "STC-EX-0##", "0###",
     [("Labour Statistics", "Statistique du travail"), ("Census Operations", "Opérations du recensement"),
      ("Data Science Methods", "Méthodes de science des données")],
     [("Social, Health and Labour Statistics Field", "Secteur de la statistique sociale, de la santé et du travail")]),
    ("Transport Canada", "Transports Canada", "TC",
     [("Ottawa", "Ontario", "Ontario"), ("Vancouver", "British Columbia", "Colombie-Britannique")],
     ["TI-08", "AO-CAI-03", "EC-07", "TI-07", "EN-ENG-05"], "TC-EXE-####", "######",
     [("Rail Safety", "Sécurité ferroviaire"), ("Civil Aviation Standards", "Normes de l'aviation civile"),
      ("Marine Safety Operations", "Opérations de la sécurité maritime")],
     [("Safety and Security Group", "Groupe de la sécurité et sûreté")]),
    ("Indigenous Services Canada", "Services aux Autochtones Canada", "ISC",
     [("Gatineau", "Quebec", "Québec"), ("Regina", "Saskatchewan", "Saskatchewan"), ("Winnipeg", "Manitoba", "Manitoba")],
     ["PM-06", "EC-07", "NU-HOS-05", "PM-05", "AS-05"], "5#-EX-0###", "ISC-####",
     [("Education Programs", "Programmes d'éducation"), ("Community Infrastructure", "Infrastructure communautaire"),
      ("Primary Health Care", "Soins de santé primaires")],
     [("Regional Operations Sector", "Secteur des opérations régionales"), ("First Nations and Inuit Health Branch", "Direction générale de la santé des Premières Nations et des Inuits")]),
    ("Canada Border Services Agency", "Agence des services frontaliers du Canada", "CBSA",
     [("Ottawa", "Ontario", "Ontario"), ("Montréal", "Quebec", "Québec")],
     ["FB-07", "FB-06", "CS-04", "EC-06", "PM-06"], "CBSA ####", "#####-EX",
     [("Traveller Operations", "Opérations relatives aux voyageurs"), ("Trade Compliance", "Observation commerciale"),
      ("Intelligence Analysis", "Analyse du renseignement")],
     [("Operations Branch", "Direction générale des opérations"), ("Commercial and Trade Branch", "Direction générale du commerce et des échanges commerciaux")]),
    ("Veterans Affairs Canada", "Anciens Combattants Canada", "VAC",
     [("Charlottetown", "Prince Edward Island", "Île-du-Prince-Édouard")],
     ["PM-06", "AS-06", "NU-CHN-04", "PM-05"], "VAC-EX-###", "#####",
     [("Disability Benefits", "Prestations d'invalidité"), ("Case Management Services", "Services de gestion de cas")],
     [("Service Delivery Branch", "Direction générale de la prestation des services")]),
    ("Agriculture and Agri-Food Canada", "Agriculture et Agroalimentaire Canada", "AAFC",
     [("Ottawa", "Ontario", "Ontario"), ("Saskatoon", "Saskatchewan", "Saskatchewan")],
     ["EC-07", "SE-RES-03", "CO-03", "BI-04", "EC-06"], "AG-EX-8###", "######",
     [("Business Risk Management Programs", "Programmes de gestion des risques de l'entreprise"), ("Market Access", "Accès aux marchés")],
     [("Programs Branch", "Direction générale des programmes"), ("Market and Industry Services Branch", "Direction générale des services à l'industrie et aux marchés")]),
    ("Correctional Service Canada", "Service correctionnel Canada", "CSC",
     [("Kingston", "Ontario", "Ontario"), ("Laval", "Quebec", "Québec")],
     ["WP-05", "CX-04", "AS-07", "PM-06", "NU-HOS-06"], "EX-CSC-0###", "CSC ######",
     [("Reintegration Programs", "Programmes de réinsertion sociale"), ("Institutional Operations", "Opérations en établissement")],
     [("Correctional Operations and Programs Sector", "Secteur des opérations et des programmes correctionnels")]),
    ("Shared Services Canada", "Services partagés Canada", "SSC",
     [("Ottawa", "Ontario", "Ontario"), ("Gatineau", "Quebec", "Québec")],
     ["CS-05", "CS-04", "AS-07", "PG-05"], "SSC-000####", "######",
     [("Network Services", "Services de réseau"), ("Cyber Security Operations", "Opérations de cybersécurité"),
      ("Data Centre Consolidation", "Regroupement des centres de données")],
     [("Networks, Security and Digital Services Branch", "Direction générale des réseaux, de la sécurité et des services numériques")]),
    ("Global Affairs Canada", "Affaires mondiales Canada", "GAC",
     [("Ottawa", "Ontario", "Ontario")], ["FS-04", "EC-07", "AS-07", "PM-06"], "GAC-EX-##-0##", "A####",
     [("Trade Policy", "Politique commerciale"), ("Consular Operations", "Opérations consulaires")],
     [("International Trade Branch", "Direction générale du commerce international"), ("Consular, Security and Emergency Management Branch", "Direction générale des affaires consulaires, de la sécurité et de la gestion des urgences")]),
    ("Canadian Heritage", "Patrimoine canadien", "PCH",
     [("Gatineau", "Quebec", "Québec")], ["PM-06", "EC-06", "IS-06", "PM-05"], "PCH-EX-7##", "######",
     [("Official Languages Support Programs", "Programmes d'appui aux langues officielles"), ("Arts Policy", "Politique des arts")],
     [("Official Languages, Heritage and Regions Sector", "Secteur des langues officielles, du patrimoine et des régions")]),
    ("Innovation, Science and Economic Development Canada", "Innovation, Sciences et Développement économique Canada", "ISED",
     [("Ottawa", "Ontario", "Ontario")], ["EC-07", "CO-03", "EN-ENG-06", "CS-04"], "ISED-1###", "P#####",
     [("Spectrum Licensing", "Délivrance des licences du spectre"), ("Small Business Programs", "Programmes pour la petite entreprise")],
     [("Spectrum and Telecommunications Sector", "Secteur du spectre et des télécommunications")]),
    ("Library and Archives Canada", "Bibliothèque et Archives Canada", "LAC",
     [("Gatineau", "Quebec", "Québec")], ["AR-06", "CS-04", "AS-06", "LS-05"], "LAC-EX-00##", "######",
     [("Archival Preservation", "Préservation des archives"), ("Digital Access Services", "Services d'accès numérique")],
     [("Collections Sector", "Secteur des collections")]),
    ("Canadian Food Inspection Agency", "Agence canadienne d'inspection des aliments", "CFIA",
     [("Ottawa", "Ontario", "Ontario"), ("Guelph", "Ontario", "Ontario"), ("Saint-Hyacinthe", "Quebec", "Québec")],
     ["VM-04", "EG-07", "BI-04", "CS-04"], "20##-EX-0##", "#####",
     [("Animal Health Programs", "Programmes de santé des animaux"), ("Food Import Controls", "Contrôles des aliments importés")],
     [("Operations Branch", "Direction générale des opérations")]),
    ("Public Safety Canada", "Sécurité publique Canada", "PS",
     [("Ottawa", "Ontario", "Ontario")], ["EC-07", "PM-06", "AS-06", "EC-06"], "PS-EXE-0###", "12-####",
     [("Emergency Management Policy", "Politique de gestion des urgences"), ("Crime Prevention Programs", "Programmes de prévention du crime")],
     [("Emergency Management and Programs Branch", "Secteur de la gestion des urgences et des programmes")]),
    ("Public Health Agency of Canada", "Agence de la santé publique du Canada", "PHAC",
     [("Winnipeg", "Manitoba", "Manitoba"), ("Ottawa", "Ontario", "Ontario")],
     ["SE-RES-04", "BI-04", "EC-07", "CS-04", "NU-CHN-05"], "PHAC-EX-02##", "######",
     [("Laboratory Operations", "Opérations des laboratoires"), ("Vaccine Preparedness", "Préparation en matière de vaccins")],
     [("National Microbiology Laboratory Branch", "Direction générale du Laboratoire national de microbiologie")]),
    ("Immigration, Refugees and Citizenship Canada", "Immigration, Réfugiés et Citoyenneté Canada", "IRCC",
     [("Ottawa", "Ontario", "Ontario"), ("Sydney", "Nova Scotia", "Nouvelle-Écosse")],
     ["PM-06", "EC-07", "CR-05", "PM-05", "AS-05"], "IR-EX-1####", "######",
     [("Citizenship Case Processing", "Traitement des cas de citoyenneté"), ("Resettlement Operations", "Opérations de réinstallation")],
     [("Operations Sector", "Secteur des opérations")]),
    ("Natural Resources Canada", "Ressources naturelles Canada", "NRCan",
     [("Ottawa", "Ontario", "Ontario"), ("Calgary", "Alberta", "Alberta")],
     ["SE-RES-03", "PC-04", "EC-07", "EG-07"], "EX-NR-0###", "######",
     [("Energy Efficiency Programs", "Programmes d'efficacité énergétique"), ("Geological Survey Operations", "Opérations de la Commission géologique")],
     [("Energy Technology Sector", "Secteur de la technologie de l'énergie"), ("Lands and Minerals Sector", "Secteur des terres et des minéraux")]),
]

SUBUNITS = [
    ("Policy Development", "Élaboration des politiques"), ("Operations", "Opérations"),
    ("Analysis and Reporting", "Analyse et rapports"), ("Program Design", "Conception des programmes"),
    ("Client Services", "Services à la clientèle"), ("Planning and Coordination", "Planification et coordination"),
    ("Quality Assurance", "Assurance de la qualité"), ("Systems and Data", "Systèmes et données"),
    ("Stakeholder Relations", "Relations avec les intervenants"), ("Compliance", "Conformité"),
    ("Regional Delivery", "Prestation régionale"), ("Business Transformation", "Transformation des activités"),
    ("Performance Measurement", "Mesure du rendement"), ("Partnerships", "Partenariats"),
    ("Risk Management", "Gestion des risques"), ("Training and Standards", "Formation et normes"),
]

# report heads: (en, fr masculine/feminine as printed)
REPORT_HEADS = [("Manager", "Gestionnaire"), ("Chief", "Chef"), ("Senior Advisor", "Conseiller principal"),
                ("Team Leader", "Chef d'équipe"), ("Senior Manager", "Gestionnaire principale")]

FIRST = ["Martine", "Daniel", "Priya", "Kevin", "Geneviève", "Omar", "Heather", "Luc", "Aisha", "Bruce",
         "Nathalie", "Raj", "Colleen", "Étienne", "Sandra", "Wei", "Marc-André", "Fiona", "Tyler", "Josée",
         "Harpreet", "Denis", "Lorraine", "Samuel", "Chantal", "Graham", "Amélie", "Jonathan", "Roxanne", "Farid"]
LAST = ["Tremblay", "MacKinnon", "Nguyen", "Beauchamp", "O'Connor", "Gill", "Lefebvre", "Okafor", "Doucet",
        "Henderson", "Paquette", "Sandhu", "Whitfield", "Gagnon-Roy", "Kowalczyk", "Bélanger", "Chen",
        "Arsenault", "McLeod", "Fortin", "Haddad", "Robichaud", "Lindqvist", "St-Pierre", "Morrison", "Dubé",
        "Kaur", "Levesque", "Ferguson", "Thibodeau"]

LABELS = {
    "en": {
        "title": ["Position Title", "Title", "Job Title", "POSITION TITLE", "Official Title", "Title of Position"],
        "class": ["Classification", "Group and Level", "Group/Level", "Level", "Classification Level", "Position Classification"],
        "job_code": ["Job Code", "Position Job Code", "Job Code No.", "Generic Job No.", "Work Description Code", "Job #"],
        "pos": ["Position Number", "Position No.", "Pos. #", "Position #", "Pos. No.", "PSN", "Position ID"],
        "eff": ["Effective Date", "Effective", "Date Effective", "Effective Date of Work Description", "Effective as of", "In Effect From"],
        "dept": ["Department", "Organization", "Department/Agency"],
        "branch": ["Branch", "Sector", "Branch/Sector"],
        "loc": ["Location", "Geographic Location", "Work Location", "Place of Work"],
        "sup_pos": ["Supervisor's Position No.", "Supervisor Position Number", "Reports to (Position #)", "Supervisor's Pos. #"],
        "sup_title": ["Supervisor's Position Title", "Reports to", "Supervisor Title", "Immediate Supervisor"],
        "sup_class": ["Supervisor's Classification", "Supervisor Group/Level", "Supervisor's Level"],
    },
    "fr": {
        "title": ["Titre du poste", "Titre", "Intitulé du poste", "TITRE DU POSTE"],
        "class": ["Classification", "Groupe et niveau", "Groupe/niveau", "Niveau"],
        "job_code": ["Code d'emploi", "No de la description d'emploi", "Code du poste", "Numéro de code d'emploi"],
        "pos": ["Numéro du poste", "No du poste", "N° de poste", "Poste no"],
        "eff": ["Date d'entrée en vigueur", "Date de prise d'effet", "En vigueur le", "Date d'effet"],
        "dept": ["Ministère", "Organisation", "Ministère/organisme"],
        "branch": ["Direction générale", "Secteur"],
        "loc": ["Lieu", "Lieu de travail", "Emplacement géographique"],
        "sup_pos": ["Numéro du poste du superviseur", "No de poste du surveillant", "Poste no du supérieur"],
        "sup_title": ["Titre du poste du superviseur", "Relève de", "Supérieur immédiat"],
        "sup_class": ["Classification du superviseur", "Groupe/niveau du superviseur"],
    },
}

HEADINGS = {
    "en": {"ga": ["General Accountability", "GENERAL ACCOUNTABILITY", "Purpose", "Position Summary"],
           "org": ["Organization Structure", "ORGANIZATIONAL STRUCTURE", "Structure", "Organizational Context"],
           "ns": ["Nature and Scope", "NATURE & SCOPE", "Context", "Nature and Scope of the Position"],
           "dims": ["Dimensions", "DIMENSIONS", "Financial and Human Resources", "Resources Managed"],
           "sa": ["Specific Accountabilities", "SPECIFIC ACCOUNTABILITIES", "Key Activities", "Main Responsibilities"],
           "csr": ["Client Service Results", "CLIENT SERVICE RESULTS"],
           "cert": ["Certification", "CERTIFICATION", "Signatures", "Approvals"],
           "hdr": ["Position Details", "POSITION IDENTIFICATION", "Identification", "Position Information"]},
    "fr": {"ga": ["Responsabilité générale", "RESPONSABILITÉ GÉNÉRALE", "Raison d'être", "Sommaire du poste"],
           "org": ["Structure organisationnelle", "STRUCTURE ORGANISATIONNELLE", "Contexte organisationnel"],
           "ns": ["Nature et étendue", "NATURE ET ÉTENDUE", "Contexte"],
           "dims": ["Dimensions", "DIMENSIONS", "Ressources humaines et financières"],
           "sa": ["Responsabilités spécifiques", "RESPONSABILITÉS SPÉCIFIQUES", "Activités principales"],
           "csr": ["Résultats axés sur le service à la clientèle", "RÉSULTATS AXÉS SUR LE SERVICE À LA CLIENTÈLE"],
           "cert": ["Attestation", "ATTESTATION", "Signatures", "Approbations"],
           "hdr": ["Renseignements sur le poste", "IDENTIFICATION DU POSTE", "Identification"]},
}

GA_EN = [
    "The {title} is accountable for the planning, direction and delivery of the {dept_short} {area_l} program, "
    "including the development of policies, operational frameworks and performance standards, and for the provision of "
    "strategic advice to the {sup} and senior management on emerging issues affecting {area_l}.",
    "Provides leadership and strategic direction for {area_l} across {dept}; directs the design, implementation and "
    "continuous improvement of national programs and services; and ensures that program results are achieved within "
    "approved resources and in accordance with legislative and policy requirements.",
    "This position is accountable for the management of the {area} Directorate, for the integrity and efficiency of its "
    "operations, and for representing the Department with central agencies, provinces and territories, stakeholders and "
    "international partners on {area_l} matters.",
    "Directs a national team responsible for {area_l}: sets priorities, allocates resources, manages risk and reports on "
    "performance, in support of the Branch's commitments to Canadians and to the Minister.",
]
GA_FR = [
    "Le titulaire est responsable de la planification, de l'orientation et de la prestation du programme de {area_fr_l} "
    "de {dept_fr}, y compris l'élaboration des politiques, des cadres opérationnels et des normes de rendement, et de la "
    "prestation de conseils stratégiques à la haute direction sur les enjeux émergents.",
    "Assure le leadership et l'orientation stratégique en matière de {area_fr_l}; dirige la conception, la mise en oeuvre "
    "et l'amélioration continue des programmes et services nationaux; veille à l'atteinte des résultats dans les limites "
    "des ressources approuvées et conformément aux exigences législatives et stratégiques.",
    "Le poste est responsable de la gestion de la direction, de l'intégrité et de l'efficacité de ses opérations, et de la "
    "représentation du Ministère auprès des organismes centraux, des provinces et territoires et des intervenants.",
]
NS_EN = [
    "{dept} operates in a complex, multi-jurisdictional environment in which federal, provincial and territorial "
    "governments, industry, labour and community organizations all have a stake in {area_l}. The {title_short} must "
    "reconcile competing priorities of internal and external stakeholders, respond to intense public and media scrutiny, "
    "and deliver results against tight timelines set by Ministers and central agencies.",
    "The incumbent leads a range of inter-dependent analytical, operational and partnership activities. Major challenges "
    "include the modernization of aging systems while maintaining service levels, the recruitment and retention of "
    "specialized staff, and the need to demonstrate value for money in a period of fiscal restraint.",
    "The work of the Directorate is closely aligned with departmental priorities and the Government's commitments. The "
    "position requires sound judgment in the interpretation of legislation and policy, the ability to build consensus "
    "among partners with divergent interests, and the management of significant operational and reputational risk.",
]
NS_FR = [
    "{dept_fr} évolue dans un environnement complexe où les gouvernements fédéral, provinciaux et territoriaux, "
    "l'industrie et les organismes communautaires ont tous un intérêt dans le domaine. Le titulaire doit concilier les "
    "priorités concurrentes des intervenants internes et externes et produire des résultats dans des délais serrés.",
    "Les principaux défis comprennent la modernisation de systèmes vieillissants tout en maintenant les niveaux de "
    "service, le recrutement et le maintien en poste d'un personnel spécialisé et la démonstration de l'optimisation des "
    "ressources dans un contexte de restrictions budgétaires.",
]
SA_EN = [
    "Directs the development and implementation of policies, strategies and operational plans for {area_l}.",
    "Provides advice, guidance and direction to the {sup} and senior management committees on existing and emerging issues.",
    "Establishes and maintains effective relationships with central agencies, other government departments, provinces and territories and stakeholders.",
    "Manages the human, financial and material resources of the Directorate with prudence and probity, in accordance with the values and ethics of the public service.",
    "Leads the measurement, evaluation and reporting of program performance and ensures corrective action is taken.",
    "Represents the Department in national and international fora and negotiates agreements and arrangements on behalf of the Branch.",
    "As a member of the Branch management team, contributes to corporate planning, decision-making and the management culture of the Branch.",
    "Oversees the preparation of briefing materials, Memoranda to Cabinet and Treasury Board submissions.",
]
SA_FR = [
    "Dirige l'élaboration et la mise en oeuvre des politiques, des stratégies et des plans opérationnels en matière de {area_fr_l}.",
    "Fournit des conseils et une orientation à la haute direction et aux comités de gestion sur les enjeux actuels et émergents.",
    "Établit et entretient des relations efficaces avec les organismes centraux, les autres ministères, les provinces et territoires et les intervenants.",
    "Gère les ressources humaines, financières et matérielles de la direction avec prudence et probité, conformément aux valeurs et à l'éthique de la fonction publique.",
    "Dirige la mesure, l'évaluation et la communication du rendement des programmes et veille à la prise de mesures correctives.",
    "Représente le Ministère dans les forums nationaux et internationaux et négocie des ententes au nom de la direction générale.",
    "À titre de membre de l'équipe de gestion, contribue à la planification ministérielle et à la prise de décisions.",
]
CSR_EN = ["Timely, accurate and accessible {area_l} services for Canadians, and sound advice to the Minister and senior management on {area_l}."]
CSR_FR = ["Des services de {area_fr_l} accessibles, exacts et offerts en temps opportun aux Canadiens, et des conseils judicieux à la haute direction."]
