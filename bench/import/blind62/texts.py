"""Positions, departments, label forms and prose of the blind62 corpus (issue 12).

Every position, position number and person here is invented; the departments and agencies are real.
"""

# code: (English name, French name, English short, French short)
DEPTS = {
    "ESDC": ("Employment and Social Development Canada", "Emploi et Développement social Canada", "ESDC", "EDSC"),
    "IRCC": ("Immigration, Refugees and Citizenship Canada", "Immigration, Réfugiés et Citoyenneté Canada", "IRCC", "IRCC"),
    "TBS": ("Treasury Board of Canada Secretariat", "Secrétariat du Conseil du Trésor du Canada", "TBS", "SCT"),
    "HC": ("Health Canada", "Santé Canada", "HC", "SC"),
    "PHAC": ("Public Health Agency of Canada", "Agence de la santé publique du Canada", "PHAC", "ASPC"),
    "TC": ("Transport Canada", "Transports Canada", "TC", "TC"),
    "DFO": ("Fisheries and Oceans Canada", "Pêches et Océans Canada", "DFO", "MPO"),
    "ECCC": ("Environment and Climate Change Canada", "Environnement et Changement climatique Canada", "ECCC", "ECCC"),
    "NRCan": ("Natural Resources Canada", "Ressources naturelles Canada", "NRCan", "RNCan"),
    "ISED": ("Innovation, Science and Economic Development Canada", "Innovation, Sciences et Développement économique Canada", "ISED", "ISDE"),
    "CRA": ("Canada Revenue Agency", "Agence du revenu du Canada", "CRA", "ARC"),
    "CBSA": ("Canada Border Services Agency", "Agence des services frontaliers du Canada", "CBSA", "ASFC"),
    "PSPC": ("Public Services and Procurement Canada", "Services publics et Approvisionnement Canada", "PSPC", "SPAC"),
    "SSC": ("Shared Services Canada", "Services partagés Canada", "SSC", "SPC"),
    "StatCan": ("Statistics Canada", "Statistique Canada", "StatCan", "StatCan"),
    "GAC": ("Global Affairs Canada", "Affaires mondiales Canada", "GAC", "AMC"),
    "PCH": ("Canadian Heritage", "Patrimoine canadien", "PCH", "PCH"),
    "ISC": ("Indigenous Services Canada", "Services aux Autochtones Canada", "ISC", "SAC"),
    "VAC": ("Veterans Affairs Canada", "Anciens Combattants Canada", "VAC", "ACC"),
    "AAFC": ("Agriculture and Agri-Food Canada", "Agriculture et Agroalimentaire Canada", "AAFC", "AAC"),
    "CFIA": ("Canadian Food Inspection Agency", "Agence canadienne d'inspection des aliments", "CFIA", "ACIA"),
    "PC": ("Parks Canada", "Parcs Canada", "PC", "PC"),
    "PS": ("Public Safety Canada", "Sécurité publique Canada", "PS", "SP"),
    "JUS": ("Department of Justice Canada", "Ministère de la Justice Canada", "JUS", "JUS"),
    "LAC": ("Library and Archives Canada", "Bibliothèque et Archives Canada", "LAC", "BAC"),
    "CSPS": ("Canada School of Public Service", "École de la fonction publique du Canada", "CSPS", "EFPC"),
    "CSC": ("Correctional Service Canada", "Service correctionnel du Canada", "CSC", "SCC"),
    "PSC": ("Public Service Commission of Canada", "Commission de la fonction publique du Canada", "PSC", "CFP"),
    "CSA": ("Canadian Space Agency", "Agence spatiale canadienne", "CSA", "ASC"),
    "NRC": ("National Research Council Canada", "Conseil national de recherches Canada", "NRC", "CNRC"),
    "INFC": ("Infrastructure Canada", "Infrastructure Canada", "INFC", "INFC"),
    "FIN": ("Department of Finance Canada", "Ministère des Finances Canada", "FIN", "FIN"),
}

# code: (English form, French form, comparison-ready "City, Province" truth in English)
CITIES = {
    "OTT": ("Ottawa, Ontario", "Ottawa (Ontario)"),
    "GAT": ("Gatineau, Quebec", "Gatineau (Québec)"),
    "MTL": ("Montréal, Quebec", "Montréal (Québec)"),
    "QC": ("Québec, Quebec", "Québec (Québec)"),
    "TOR": ("Toronto, Ontario", "Toronto (Ontario)"),
    "WPG": ("Winnipeg, Manitoba", "Winnipeg (Manitoba)"),
    "VAN": ("Vancouver, British Columbia", "Vancouver (Colombie-Britannique)"),
    "HFX": ("Halifax, Nova Scotia", "Halifax (Nouvelle-Écosse)"),
    "MON": ("Moncton, New Brunswick", "Moncton (Nouveau-Brunswick)"),
    "EDM": ("Edmonton, Alberta", "Edmonton (Alberta)"),
    "REG": ("Regina, Saskatchewan", "Regina (Saskatchewan)"),
    "CHT": ("Charlottetown, Prince Edward Island", "Charlottetown (Île-du-Prince-Édouard)"),
    "SJN": ("St. John's, Newfoundland and Labrador", "St. John's (Terre-Neuve-et-Labrador)"),
    "SHE": ("Shawinigan, Quebec", "Shawinigan (Québec)"),
    "STH": ("Saint-Hubert, Quebec", "Saint-Hubert (Québec)"),
    "KIN": ("Kingston, Ontario", "Kingston (Ontario)"),
    "WHI": ("Whitehorse, Yukon", "Whitehorse (Yukon)"),
}

# Each position: key, department, city, level, English title, French title,
# supervisor (English title, French title, level), sub-units ("English|French", report level).
# The report level None means the document gives no classification for that report.
POSITIONS = [
    ("p01", "ESDC", "GAT", "EX-01", "Director, Employment Insurance Policy Analysis", "Directrice, Analyse des politiques de l'assurance-emploi",
     ("Director General, Employment Insurance Policy", "Directeur général, Politique de l'assurance-emploi", "EX-03"),
     [("Manager, Benefits Policy|Gestionnaire, Politique des prestations", "EC-07"), ("Manager, Program Costing|Gestionnaire, Établissement des coûts du programme", "EC-07"), ("Senior Policy Advisor|Conseiller principal en politiques", "EC-06")]),
    ("p02", "IRCC", "OTT", "EX-02", "Executive Director, Asylum Policy and Program Integrity", "Directeur exécutif, Politique d'asile et intégrité des programmes",
     ("Director General, Refugee Affairs", "Directrice générale, Affaires des réfugiés", "EX-03"),
     [("Director, Asylum Policy|Directrice, Politique d'asile", "EX-01"), ("Director, Program Integrity|Directeur, Intégrité des programmes", "EX-01"), ("Executive Assistant|Adjointe exécutive", "AS-02")]),
    ("p03", "TBS", "OTT", "EX-03", "Executive Director, Digital Policy", "Directrice exécutive, Politique numérique",
     ("Assistant Secretary, Digital Government", "Secrétaire adjoint, Gouvernement numérique", "EX-05"),
     [("Director, Data Policy|Directeur, Politique des données", "EX-01"), ("Director, Service Standards|Directrice, Normes de service", "EX-01"), ("Director, Open Government|Directeur, Gouvernement ouvert", "EX-01"), ("Senior Advisor|Conseillère principale", "EC-07")]),
    ("p04", "HC", "OTT", "EX-01", "Director, Medical Devices Compliance", "Directeur, Conformité des instruments médicaux",
     ("Director General, Medical Devices and Clinical Compliance", "Directrice générale, Conformité des instruments médicaux et des essais cliniques", "EX-03"),
     [("Manager, Inspection Planning|Gestionnaire, Planification des inspections", "BI-04"), ("Manager, Compliance Verification|Gestionnaire, Vérification de la conformité", "BI-04"), ("Administrative Assistant|Adjoint administratif", "AS-01")]),
    ("p05", "PHAC", "WPG", "EX-02", "Executive Director, Laboratory Operations", "Directrice exécutive, Opérations de laboratoire",
     ("Director General, National Microbiology Laboratory", "Directeur général, Laboratoire national de microbiologie", "EX-04"),
     [("Director, Biosafety Services|Directeur, Services de biosécurité", "EX-01"), ("Director, Facilities Engineering|Directrice, Génie des installations", "EN-ENG-06"), ("Manager, Scientific Operations|Gestionnaire, Opérations scientifiques", "BI-05")]),
    ("p06", "TC", "OTT", "EX-01", "Director, Rail Safety Oversight", "Directeur, Surveillance de la sécurité ferroviaire",
     ("Director General, Rail Safety", "Directrice générale, Sécurité ferroviaire", "EX-03"),
     [("Chief, Inspection Programs|Chef, Programmes d'inspection", "TI-07"), ("Chief, Engineering|Chef, Génie", "EN-ENG-05"), ("Chief, Regulatory Affairs|Chef, Affaires réglementaires", "EC-06")]),
    ("p07", "DFO", "HFX", "EX-01", "Regional Director, Fisheries Management, Maritimes", "Directrice régionale, Gestion des pêches, Maritimes",
     ("Regional Director General, Maritimes", "Directeur général régional, Maritimes", "EX-03"),
     [("Area Director, Southwest Nova Scotia|Directeur de secteur, Sud-ouest de la Nouvelle-Écosse", "PM-06"), ("Manager, Resource Management|Gestionnaire, Gestion des ressources", "PM-06"), ("Manager, Licensing|Gestionnaire, Délivrance des permis", "PM-05")]),
    ("p08", "ECCC", "GAT", "EX-02", "Executive Director, Climate Change Adaptation", "Directeur exécutif, Adaptation aux changements climatiques",
     ("Director General, Climate Change", "Directrice générale, Changements climatiques", "EX-03"),
     [("Director, Adaptation Policy|Directrice, Politique d'adaptation", "EX-01"), ("Director, Climate Services|Directeur, Services climatiques", "EX-01")]),
    ("p09", "NRCan", "OTT", "EX-01", "Director, Energy Efficiency Programs", "Directrice, Programmes d'efficacité énergétique",
     ("Director General, Office of Energy Efficiency", "Directeur général, Office de l'efficacité énergétique", "EX-03"),
     [("Manager, Residential Programs|Gestionnaire, Programmes résidentiels", "EC-07"), ("Manager, Industrial Programs|Gestionnaire, Programmes industriels", "EC-07"), ("Manager, Program Delivery|Gestionnaire, Exécution des programmes", "PM-06"), ("Financial Officer|Agent financier", "FI-02")]),
    ("p10", "ISED", "OTT", "EX-03", "Director General, Spectrum Licensing Policy", "Directeur général, Politique de délivrance des licences du spectre",
     ("Assistant Deputy Minister, Spectrum and Telecommunications", "Sous-ministre adjointe, Spectre et télécommunications", "EX-05"),
     [("Director, Licensing Policy|Directrice, Politique des licences", "EX-01"), ("Director, Spectrum Auctions|Directeur, Enchères du spectre", "EX-01"), ("Director, Technical Policy|Directeur, Politique technique", "EX-01")]),
    ("p11", "CRA", "SHE", "EX-02", "Director, Shawinigan Tax Centre", "Directeur, Centre fiscal de Shawinigan",
     ("Assistant Commissioner, Collections and Verification", "Commissaire adjointe, Recouvrements et vérification", "EX-04"),
     [("Assistant Director, Processing|Directeur adjoint, Traitement", "MG-06"), ("Assistant Director, Client Services|Directrice adjointe, Services aux clients", "MG-06"), ("Manager, Business Support|Gestionnaire, Soutien aux activités", "MG-05")]),
    ("p12", "CBSA", "VAN", "EX-02", "Regional Director General, Pacific Region", "Directrice générale régionale, Région du Pacifique",
     ("Vice-President, Operations", "Vice-président, Opérations", "EX-05"),
     [("Director, Metro Vancouver District|Directeur, District de Vancouver", "EX-01"), ("Director, Airport Operations|Directrice, Opérations à l'aéroport", "EX-01"), ("Director, Marine and Rail Operations|Directeur, Opérations maritimes et ferroviaires", "FB-08")]),
    ("p13", "PSPC", "GAT", "EX-01", "Director, Acquisitions Policy and Procurement Modernization", "Directrice, Politique des acquisitions et modernisation de l'approvisionnement",
     ("Director General, Strategic Policy, Acquisitions", "Directeur général, Politique stratégique, Acquisitions", "EX-03"),
     [("Manager, Policy Development|Gestionnaire, Élaboration des politiques", "PG-06"), ("Manager, Training and Guidance|Gestionnaire, Formation et orientation", "PG-05")]),
    ("p14", "SSC", "OTT", "EX-02", "Senior Director, Network Operations", "Directeur principal, Opérations du réseau",
     ("Director General, Network and Security Services", "Directrice générale, Services de réseau et de sécurité", "EX-03"),
     [("Director, Data Centre Networks|Directeur, Réseaux des centres de données", "EX-01"), ("Manager, Network Monitoring|Gestionnaire, Surveillance du réseau", "CS-04"), ("Manager, Incident Management|Gestionnaire, Gestion des incidents", "CS-04"), ("Team Lead, Tools|Chef d'équipe, Outils", "CS-03")]),
    ("p15", "StatCan", "OTT", "EX-01", "Director, Labour Statistics", "Directrice, Statistique du travail",
     ("Director General, Labour Market, Education and Socio-economic Well-being", "Directeur général, Marché du travail, éducation et bien-être socioéconomique", "EX-03"),
     [("Chief, Labour Force Survey|Chef, Enquête sur la population active", "EC-07"), ("Chief, Payroll Statistics|Chef, Statistiques de la rémunération", "EC-07"), ("Chief, Analysis|Chef, Analyse", "EC-07")]),
    ("p16", "GAC", "OTT", "EX-02", "Director General, Trade Controls Policy", "Directeur général, Politique des contrôles commerciaux",
     ("Assistant Deputy Minister, International Security", "Sous-ministre adjoint, Sécurité internationale", "EX-05"),
     [("Director, Export Controls|Directrice, Contrôles à l'exportation", "EX-01"), ("Director, Sanctions Policy|Directeur, Politique des sanctions", "EX-01"), ("Deputy Director, Operations|Directeur adjoint, Opérations", "FS-03")]),
    ("p17", "PCH", "GAT", "EX-01", "Director, Official Languages Support Programs", "Directeur, Programmes d'appui aux langues officielles",
     ("Director General, Official Languages Branch", "Directrice générale, Direction générale des langues officielles", "EX-03"),
     [("Manager, Community Development|Gestionnaire, Développement des communautés", "PM-06"), ("Manager, Second Language Education|Gestionnaire, Enseignement de la langue seconde", "PM-06"), ("Senior Program Officer|Agente principale de programmes", "PM-05")]),
    ("p18", "ISC", "WPG", "EX-01", "Regional Director, Community Infrastructure, Manitoba", "Directrice régionale, Infrastructures communautaires, Manitoba",
     ("Regional Director General, Manitoba", "Directeur général régional, Manitoba", "EX-03"),
     [("Manager, Capital Planning|Gestionnaire, Planification des immobilisations", "EN-ENG-05"), ("Manager, Water and Wastewater|Gestionnaire, Eau potable et eaux usées", "EN-ENG-05"), ("Manager, Housing|Gestionnaire, Logement", "PM-06")]),
    ("p19", "VAC", "CHT", "EX-01", "Director, Disability Benefits Adjudication", "Directeur, Arbitrage des prestations d'invalidité",
     ("Director General, Centralized Operations", "Directrice générale, Opérations centralisées", "EX-03"),
     [("Manager, Adjudication Unit 1|Gestionnaire, Unité d'arbitrage 1", "PM-05"), ("Manager, Adjudication Unit 2|Gestionnaire, Unité d'arbitrage 2", "PM-05"), ("Manager, Quality Assurance|Gestionnaire, Assurance de la qualité", "PM-05")]),
    ("p20", "AAFC", "OTT", "EX-01", "Director, Business Risk Management Programs", "Directrice, Programmes de gestion des risques de l'entreprise",
     ("Director General, Business Risk Management Programs Directorate", "Directeur général, Direction des programmes de gestion des risques de l'entreprise", "EX-03"),
     [("Manager, AgriStability|Gestionnaire, Agri-stabilité", "CO-03"), ("Manager, AgriInvest|Gestionnaire, Agri-investissement", "CO-03")]),
    ("p21", "CFIA", "MTL", "EX-01", "Regional Director, Operations, Quebec", "Directeur régional, Opérations, Québec",
     ("Executive Director, Operations, Quebec Area", "Directrice exécutive, Opérations, Centre opérationnel du Québec", "EX-02"),
     [("Inspection Manager, Meat Hygiene|Gestionnaire d'inspection, Hygiène des viandes", "VM-03"), ("Inspection Manager, Food Safety|Gestionnaire d'inspection, Salubrité des aliments", "EG-07"), ("Inspection Manager, Plant Health|Gestionnaire d'inspection, Protection des végétaux", "EG-07")]),
    ("p22", "PC", "GAT", "EX-01", "Director, Heritage Conservation", "Directrice, Conservation du patrimoine",
     ("Vice-President, Indigenous Affairs and Cultural Heritage", "Vice-président, Affaires autochtones et patrimoine culturel", "EX-04"),
     [("Manager, Archaeology|Gestionnaire, Archéologie", "SE-RES-03"), ("Manager, Collections|Gestionnaire, Collections", "HR-04"), ("Manager, Cultural Resource Policy|Gestionnaire, Politique des ressources culturelles", "EC-06")]),
    ("p23", "PS", "OTT", "EX-02", "Director General, Emergency Management Policy", "Directrice générale, Politique de gestion des urgences",
     ("Assistant Deputy Minister, Emergency Management and Programs", "Sous-ministre adjoint, Gestion des urgences et programmes", "EX-05"),
     [("Director, Policy and Outreach|Directeur, Politique et sensibilisation", "EX-01"), ("Director, Recovery Programs|Directrice, Programmes de rétablissement", "EX-01")]),
    ("p24", "JUS", "OTT", "EX-01", "Director, Access to Information and Privacy", "Directeur, Accès à l'information et protection des renseignements personnels",
     ("Director General, Corporate Services", "Directrice générale, Services ministériels", "EX-03"),
     [("Deputy Director, Operations|Directrice adjointe, Opérations", "PM-06"), ("Deputy Director, Policy and Governance|Directeur adjoint, Politique et gouvernance", "PM-06"), ("Team Leader, Intake|Chef d'équipe, Réception", "PM-05")]),
    ("p25", "LAC", "GAT", "EX-01", "Director, Digital Preservation", "Directrice, Préservation numérique",
     ("Director General, Archives", "Directeur général, Archives", "EX-03"),
     [("Manager, Digital Repository|Gestionnaire, Dépôt numérique", "CS-04"), ("Manager, Migration Services|Gestionnaire, Services de migration", "AR-05")]),
    ("p26", "CSPS", "OTT", "EX-02", "Executive Director, Leadership Development", "Directeur exécutif, Perfectionnement en leadership",
     ("Vice-President, Learning Programs", "Vice-présidente, Programmes d'apprentissage", "EX-04"),
     [("Director, Executive Learning|Directrice, Apprentissage des cadres", "EX-01"), ("Director, Supervisor and Manager Programs|Directeur, Programmes pour superviseurs et gestionnaires", "EX-01"), ("Manager, Learning Design|Gestionnaire, Conception de l'apprentissage", "ED-EDS-04")]),
    ("p27", "CSC", "KIN", "EX-01", "Warden, Collins Bay Institution", "Directeur d'établissement, Établissement de Collins Bay",
     ("Regional Deputy Commissioner, Ontario", "Sous-commissaire régionale, Ontario", "EX-03"),
     [("Deputy Warden|Sous-directeur", "WP-07"), ("Assistant Warden, Operations|Directrice adjointe, Opérations", "AS-07"), ("Assistant Warden, Interventions|Directeur adjoint, Interventions", "WP-06"), ("Assistant Warden, Management Services|Directrice adjointe, Services de gestion", "AS-06")]),
    ("p28", "PSC", "GAT", "EX-01", "Director, Staffing Policy and Integrity", "Directrice, Politique de dotation et intégrité",
     ("Director General, Policy and Communications", "Directeur général, Politiques et communications", "EX-03"),
     [("Manager, Staffing Policy|Gestionnaire, Politique de dotation", "PE-05"), ("Manager, Political Activities|Gestionnaire, Activités politiques", "PE-05")]),
    ("p29", "CSA", "STH", "EX-02", "Director General, Space Exploration", "Directeur général, Exploration spatiale",
     ("President, Canadian Space Agency", "Présidente, Agence spatiale canadienne", "GC-09"),
     [("Director, Lunar Exploration|Directrice, Exploration lunaire", "EX-01"), ("Director, Astronaut Program|Directeur, Programme des astronautes", "EX-01"), ("Senior Engineer, Mission Systems|Ingénieure principale, Systèmes de mission", "EN-ENG-06")]),
    ("p30", "NRC", "OTT", "EX-01", "Director, Research Facilities Management", "Directeur, Gestion des installations de recherche",
     ("Vice-President, Corporate Services", "Vice-présidente, Services corporatifs", "EX-04"),
     [("Manager, Facility Operations|Gestionnaire, Exploitation des installations", "EN-ENG-05"), ("Manager, Asset Planning|Gestionnaire, Planification des biens", "AS-06")]),
    ("p31", "INFC", "OTT", "EX-02", "Executive Director, Program Operations", "Directrice exécutive, Opérations des programmes",
     ("Director General, Program Operations Branch", "Directeur général, Direction générale des opérations des programmes", "EX-03"),
     [("Director, Western Region Programs|Directeur, Programmes de la région de l'Ouest", "EX-01"), ("Director, Eastern Region Programs|Directrice, Programmes de la région de l'Est", "EX-01"), ("Manager, Program Controls|Gestionnaire, Contrôles des programmes", "PM-06")]),
    ("p32", "FIN", "OTT", "EX-02", "Director General, Federal-Provincial Relations", "Directeur général, Relations fédérales-provinciales",
     ("Assistant Deputy Minister, Federal-Provincial Relations and Social Policy", "Sous-ministre adjointe, Relations fédérales-provinciales et politique sociale", "EX-05"),
     [("Director, Equalization|Directrice, Péréquation", "EX-01"), ("Director, Major Transfers|Directeur, Principaux transferts", "EX-01"), ("Chief, Fiscal Arrangements|Chef, Arrangements fiscaux", "EC-07")]),
    ("p33", "ESDC", "MON", "EX-01", "Director, Citizen Services, Atlantic", "Directrice, Services aux citoyens, Atlantique",
     ("Regional Director General, Atlantic", "Directeur général régional, Atlantique", "EX-03"),
     [("Manager, Service Canada Centres, New Brunswick|Gestionnaire, Centres Service Canada, Nouveau-Brunswick", "PM-06"), ("Manager, Outreach|Gestionnaire, Services de proximité", "PM-05"), ("Manager, Scheduled Outreach|Gestionnaire, Services mobiles", "PM-05")]),
    ("p34", "IRCC", "MTL", "EX-01", "Director, Montréal Case Processing Centre", "Directeur, Centre de traitement des demandes de Montréal",
     ("Director General, Centralized Network", "Directrice générale, Réseau centralisé", "EX-03"),
     [("Assistant Director, Permanent Residence|Directrice adjointe, Résidence permanente", "PM-06"), ("Assistant Director, Citizenship|Directeur adjoint, Citoyenneté", "PM-06"), ("Manager, Intake|Gestionnaire, Réception", "PM-05")]),
    ("p35", "HC", "OTT", "EX-02", "Executive Director, Cannabis Licensing and Security", "Directrice exécutive, Licences et sécurité du cannabis",
     ("Director General, Controlled Substances and Cannabis", "Directeur général, Substances contrôlées et cannabis", "EX-03"),
     [("Director, Licensing|Directeur, Licences", "EX-01"), ("Manager, Security Clearances|Gestionnaire, Habilitations de sécurité", "PM-06")]),
    ("p36", "TC", "MTL", "EX-01", "Regional Director, Civil Aviation, Quebec", "Directrice régionale, Aviation civile, Québec",
     ("Director General, Civil Aviation", "Directeur général, Aviation civile", "EX-03"),
     [("Manager, Aircraft Certification|Gestionnaire, Certification des aéronefs", "AO-CAI-03"), ("Manager, Operations|Gestionnaire, Opérations", "AO-CAI-03"), ("Manager, Aerodromes and Air Navigation|Gestionnaire, Aérodromes et navigation aérienne", "AO-CAI-03")]),
    ("p37", "ECCC", "QC", "EX-01", "Director, Meteorological Service Operations, Quebec", "Directeur, Opérations du Service météorologique, Québec",
     ("Director General, Prediction Services Operations East", "Directrice générale, Opérations des services de prévision Est", "EX-03"),
     [("Manager, Storm Prediction Centre|Gestionnaire, Centre de prévision des intempéries", "MT-07"), ("Manager, Monitoring Network|Gestionnaire, Réseau de surveillance", "EG-07")]),
    ("p38", "CRA", "OTT", "EX-03", "Director General, Scientific Research and Experimental Development Directorate", "Directrice générale, Direction de la recherche scientifique et du développement expérimental",
     ("Assistant Commissioner, Legislative Policy and Regulatory Affairs", "Commissaire adjoint, Politique législative et affaires réglementaires", "EX-04"),
     [("Director, SR&ED Policy|Directeur, Politique de la RS&DE", "EX-01"), ("Director, SR&ED Program Operations|Directrice, Opérations du programme de RS&DE", "EX-01"), ("Director, Financial Review|Directeur, Examen financier", "EX-01")]),
    ("p39", "PHAC", "OTT", "EX-01", "Director, Office of Chronic Disease Surveillance", "Directrice, Bureau de surveillance des maladies chroniques",
     ("Director General, Centre for Surveillance and Applied Research", "Directeur général, Centre de surveillance et de recherche appliquée", "EX-03"),
     [("Manager, Surveillance Systems|Gestionnaire, Systèmes de surveillance", "EC-07"), ("Manager, Epidemiology|Gestionnaire, Épidémiologie", "EC-07"), ("Scientific Officer|Agente scientifique", "SE-RES-02")]),
    ("p40", "ISC", "EDM", "EX-02", "Regional Director General, Alberta", "Directeur général régional, Alberta",
     ("Assistant Deputy Minister, Regional Operations", "Sous-ministre adjointe, Opérations régionales", "EX-05"),
     [("Director, Education and Social Development|Directrice, Éducation et développement social", "EX-01"), ("Director, Infrastructure|Directeur, Infrastructure", "EX-01"), ("Director, Funding Services|Directeur, Services de financement", "FI-04")]),
    ("p41", "DFO", "SJN", "EX-01", "Director, Science, Newfoundland and Labrador", "Directrice, Sciences, Terre-Neuve-et-Labrador",
     ("Regional Director General, Newfoundland and Labrador", "Directeur général régional, Terre-Neuve-et-Labrador", "EX-03"),
     [("Division Manager, Aquatic Resources|Gestionnaire de division, Ressources aquatiques", "SE-RES-04"), ("Division Manager, Ocean Sciences|Gestionnaire de division, Sciences océaniques", "SE-RES-04"), ("Manager, Vessel Operations|Gestionnaire, Opérations des navires", "EG-07")]),
    ("p42", "StatCan", "OTT", "EX-02", "Director General, Census Operations", "Directrice générale, Opérations du recensement",
     ("Assistant Chief Statistician, Census, Operations and Communications", "Statisticien en chef adjoint, Recensement, opérations et communications", "EX-05"),
     [("Director, Census Collection|Directeur, Collecte du recensement", "EX-01"), ("Director, Census Processing|Directrice, Traitement du recensement", "EX-01"), ("Director, Census Dissemination|Directeur, Diffusion du recensement", "EX-01")]),
]

BRANCHES = {
    "ESDC": ("Skills and Employment Branch", "Direction générale des compétences et de l'emploi"),
    "IRCC": ("Operations Sector", "Secteur des opérations"),
    "TBS": ("Office of the Chief Information Officer", "Bureau du dirigeant principal de l'information"),
    "HC": ("Regulatory Operations and Enforcement Branch", "Direction générale des opérations réglementaires et de l'application de la loi"),
    "PHAC": ("Infectious Disease Programs Branch", "Direction générale des programmes sur les maladies infectieuses"),
    "TC": ("Safety and Security Group", "Groupe Sécurité et sûreté"),
    "DFO": ("Ecosystems and Fisheries Management", "Gestion des écosystèmes et des pêches"),
    "ECCC": ("Strategic Policy Branch", "Direction générale de la politique stratégique"),
    "NRCan": ("Energy Efficiency and Technology Sector", "Secteur de l'efficacité et de la technologie énergétiques"),
    "ISED": ("Spectrum and Telecommunications Sector", "Secteur du spectre et des télécommunications"),
    "CRA": ("Collections and Verification Branch", "Direction générale des recouvrements et de la vérification"),
    "CBSA": ("Operations Branch", "Direction générale des opérations"),
    "PSPC": ("Procurement Branch", "Direction générale de l'approvisionnement"),
    "SSC": ("Networks, Security and Digital Services", "Réseaux, sécurité et services numériques"),
    "StatCan": ("Social, Health and Labour Statistics Field", "Secteur de la statistique sociale, de la santé et du travail"),
    "GAC": ("International Security and Political Affairs", "Sécurité internationale et affaires politiques"),
    "PCH": ("Official Languages, Heritage and Regions", "Langues officielles, patrimoine et régions"),
    "ISC": ("Regional Operations Sector", "Secteur des opérations régionales"),
    "VAC": ("Service Delivery Branch", "Direction générale de la prestation des services"),
    "AAFC": ("Programs Branch", "Direction générale des programmes"),
    "CFIA": ("Operations Branch", "Direction générale des opérations"),
    "PC": ("Indigenous Affairs and Cultural Heritage Directorate", "Direction des affaires autochtones et du patrimoine culturel"),
    "PS": ("Emergency Management and Programs Branch", "Secteur de la gestion des urgences et des programmes"),
    "JUS": ("Management Sector", "Secteur de la gestion"),
    "LAC": ("Archives Sector", "Secteur des archives"),
    "CSPS": ("Learning Programs Directorate", "Direction des programmes d'apprentissage"),
    "CSC": ("Ontario Region", "Région de l'Ontario"),
    "PSC": ("Policy and Communications Sector", "Secteur des politiques et des communications"),
    "CSA": ("Space Exploration Branch", "Direction de l'exploration spatiale"),
    "NRC": ("Corporate Services", "Services corporatifs"),
    "INFC": ("Program Operations Branch", "Direction générale des opérations des programmes"),
    "FIN": ("Federal-Provincial Relations and Social Policy Branch", "Direction des relations fédérales-provinciales et de la politique sociale"),
}

FIRST = ["Marie-Claude", "Jean-François", "Priya", "Daniel", "Geneviève", "Ahmed", "Siobhan", "Luc", "Nathalie",
         "Kwame", "Isabelle", "Trevor", "Mélanie", "Rajinder", "Chantal", "Graham", "Élise", "Omar", "Heather",
         "Sylvain", "Ingrid", "Benoît", "Fatima", "Colin", "Josée", "Mei-Ling", "Patrice", "Deborah", "Hugues",
         "Ayesha", "Roxanne", "Wendell", "Annick", "Tariq", "Lorraine", "Étienne", "Gurpreet", "Valérie"]
LAST = ["Tremblay", "Okonkwo", "Gagnon", "MacLellan", "Bélanger", "Sandhu", "Fitzgerald", "Côté", "Haddad",
        "Pelletier", "Nakamura", "Desrosiers", "O'Keefe", "Lapointe", "Abernethy", "Thériault", "Mensah",
        "Bouchard", "Kowalczyk", "Leblanc", "Achterberg", "Girouard", "Rahman", "Poirier", "Whitfield",
        "Beauchesne", "Ouellette", "Vandermeer", "St-Amour", "Lindqvist", "Arsenault", "Chowdhury"]

# General accountability, per language: {t} the position's title, {u} its unit (without "Director, "),
# {d} the department.
GA_EN = [
    "The {t} is accountable for the leadership, planning and delivery of {u} programs and services across "
    "{d}, for providing strategic advice to senior management and central agencies, and for the stewardship "
    "of the human and financial resources assigned to the organization.",
    "Accountable for directing the development, implementation and evaluation of the department's {u} "
    "strategies, policies and programs; for ensuring that they respond to the priorities of the Government "
    "of Canada and the needs of Canadians; and for managing the resources of the directorate with probity.",
    "The incumbent provides leadership and strategic direction to the {u} function, ensuring that programs "
    "are designed and delivered in an efficient, effective and client-centred way, and represents {d} with "
    "other federal departments, provinces and territories and stakeholders.",
]
GA_FR = [
    "Le ou la titulaire est responsable de la direction, de la planification et de la prestation des "
    "programmes et services liés à {u} à l'échelle de {d}, de la prestation de conseils stratégiques à la "
    "haute direction et aux organismes centraux, et de la gestion des ressources humaines et financières.",
    "Responsable de diriger l'élaboration, la mise en œuvre et l'évaluation des stratégies, politiques et "
    "programmes du Ministère en matière de {u}; de veiller à ce qu'ils répondent aux priorités du "
    "gouvernement du Canada et aux besoins de la population canadienne; et de gérer les ressources de la "
    "direction avec probité.",
    "Assure le leadership et l'orientation stratégique de la fonction {u}, veille à ce que les programmes "
    "soient conçus et exécutés de façon efficiente et axée sur le client, et représente {d} auprès des "
    "autres ministères fédéraux, des provinces et territoires et des intervenants.",
]
NS_EN = [
    "{d} operates in a complex, multi-jurisdictional environment in which federal, provincial and territorial "
    "governments, industry, labour and Indigenous partners hold competing expectations. The {t} must "
    "reconcile these expectations while delivering on the department's commitments, often within "
    "compressed timelines and under close public and parliamentary scrutiny.",
    "The work of the directorate is closely aligned with the department's policy agenda and supports "
    "decision-making at the most senior levels. The incumbent anticipates emerging issues, assesses their "
    "implications for programs and operations, and develops options and recommendations for the Deputy "
    "Minister and the Minister.",
    "A key challenge is the modernization of legacy business processes and systems while maintaining "
    "service standards. The incumbent leads change management initiatives, builds a healthy, diverse and "
    "inclusive workplace, and ensures that the organization has the capacity to meet current and future "
    "business needs.",
    "The incumbent establishes and maintains effective relationships with central agencies, other "
    "government departments, provinces and territories and the private sector to consult and collaborate "
    "on the harmonization of approaches and products, and negotiates arrangements and agreements.",
]
NS_FR = [
    "{d} évolue dans un environnement complexe et multijuridictionnel où les gouvernements fédéral, "
    "provinciaux et territoriaux, l'industrie, les syndicats et les partenaires autochtones ont des attentes "
    "divergentes. Le ou la titulaire doit concilier ces attentes tout en respectant les engagements du "
    "Ministère, souvent dans des délais serrés et sous l'examen attentif du public et du Parlement.",
    "Les travaux de la direction sont étroitement liés au programme stratégique du Ministère et appuient la "
    "prise de décisions aux plus hauts niveaux. Le ou la titulaire prévoit les nouveaux enjeux, en évalue "
    "les répercussions sur les programmes et les opérations, et élabore des options et des recommandations "
    "à l'intention du sous-ministre et du ministre.",
    "Un défi important consiste à moderniser les processus opérationnels et les systèmes existants tout en "
    "maintenant les normes de service. Le ou la titulaire dirige des initiatives de gestion du changement, "
    "favorise un milieu de travail sain, diversifié et inclusif, et veille à ce que l'organisation dispose "
    "de la capacité nécessaire pour répondre aux besoins actuels et futurs.",
    "Le ou la titulaire établit et entretient des relations efficaces avec les organismes centraux, les "
    "autres ministères, les provinces et territoires et le secteur privé afin de consulter et de collaborer "
    "à l'harmonisation des approches et des produits, et négocie des ententes et des accords.",
]
SA_EN = [
    "Provides leadership and oversight for the development, delivery and assessment of {u} programs, "
    "strategies, initiatives and tools.",
    "Directs the development and implementation of a national strategy for {u}, including governance "
    "mechanisms for data exchange with external partners and stakeholders.",
    "Directs the conduct of policy research, analysis, outreach and engagement activities to develop strong "
    "evidence and identify the positions and priorities of clients, stakeholders and partners.",
    "Provides strategic advice, briefings and recommendations to senior management, and prepares Memoranda "
    "to Cabinet and Treasury Board submissions.",
    "As part of the branch's senior management team, contributes to corporate planning, decision-making and "
    "the development of an overarching management culture.",
    "Establishes the directorate's priorities and manages its human, financial and material resources in "
    "accordance with the values and ethics of the Public Service.",
    "Represents the department with central agencies, other federal organizations, provinces and territories "
    "and international partners on issues related to {u}.",
    "Leads the modernization of business processes and the implementation of new service delivery models "
    "and digital tools.",
]
SA_FR = [
    "Assure le leadership et la surveillance de l'élaboration, de la prestation et de l'évaluation des "
    "programmes, stratégies, initiatives et outils liés à {u}.",
    "Dirige l'élaboration et la mise en œuvre d'une stratégie nationale en matière de {u}, y compris des "
    "mécanismes de gouvernance pour l'échange de données avec les partenaires externes.",
    "Dirige la recherche stratégique, l'analyse et les activités de sensibilisation et de mobilisation afin "
    "de constituer une solide base de données probantes.",
    "Fournit des conseils stratégiques, des séances d'information et des recommandations à la haute "
    "direction, et prépare des mémoires au Cabinet et des présentations au Conseil du Trésor.",
    "À titre de membre de l'équipe de la haute direction de la direction générale, contribue à la "
    "planification ministérielle et à la prise de décisions.",
    "Établit les priorités de la direction et gère ses ressources humaines, financières et matérielles "
    "conformément aux valeurs et à l'éthique de la fonction publique.",
    "Représente le Ministère auprès des organismes centraux, des autres organisations fédérales, des "
    "provinces et territoires et des partenaires internationaux sur les questions liées à {u}.",
    "Dirige la modernisation des processus opérationnels et la mise en œuvre de nouveaux modèles de "
    "prestation de services et d'outils numériques.",
]
CSR_EN = ("Client Service Results", "Key Activities",
          "Leadership and direction of {u} programs and services for Canadians, so that they are delivered "
          "efficiently, effectively and in accordance with the priorities of the Government of Canada.")
CSR_FR = ("Résultats axés sur le service à la clientèle", "Activités principales",
          "Leadership et orientation des programmes et services liés à {u} offerts à la population "
          "canadienne, afin qu'ils soient exécutés de façon efficiente et efficace, conformément aux "
          "priorités du gouvernement du Canada.")

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]
