"""Positions, prose, labels and names for the blind70 corpus (an ESDC / Service Canada
executive-services share drive, 2012-2024). Everything here is invented: position numbers,
job codes, people, budgets. Departments, branches and regions are real names."""

DEPT_EN = "Employment and Social Development Canada"
DEPT_FR = "Emploi et Développement social Canada"
OLD_DEPT_EN = "Human Resources and Skills Development Canada"
OLD_DEPT_FR = "Ressources humaines et Développement des compétences Canada"

# supervisors that are not documents of the corpus: key -> (posno, title_en, title_fr, cls)
SUPERVISORS = {
    "adm_bdsb": ("400012", "Assistant Deputy Minister, Benefits Delivery Services",
                 "Sous-ministre adjoint, Services de versement des prestations", "EX-05"),
    "adm_csb": ("400027", "Assistant Deputy Minister, Citizen Service Branch",
                "Sous-ministre adjointe, Direction générale des services aux citoyens", "EX-05"),
    "adm_isb": ("400031", "Assistant Deputy Minister, Integrity Services Branch",
                "Sous-ministre adjoint, Direction générale des services d'intégrité", "EX-05"),
    "adm_on": ("400118", "Assistant Deputy Minister, Ontario Region",
               "Sous-ministre adjoint, Région de l'Ontario", "EX-05"),
    "adm_qc": ("400124", "Assistant Deputy Minister, Quebec Region",
               "Sous-ministre adjointe, Région du Québec", "EX-05"),
    "chro": ("400207", "Chief Human Resources Officer",
             "Dirigeante principale des ressources humaines", "EX-04"),
    "adm_ppsb": ("400044", "Assistant Deputy Minister, Program Operations Branch",
                 "Sous-ministre adjoint, Direction générale des opérations de programmes", "EX-05"),
    "dg_atl": ("311580", "Director General, Service Delivery, Atlantic Region",
               "Directeur général, Prestation des services, Région de l'Atlantique", "EX-03"),
    "dg_wt": ("312904", "Director General, Processing and Payment Services, Western Canada and Territories Region",
              "Directrice générale, Services de traitement et de paiement, Région de l'Ouest canadien et des Territoires", "EX-03"),
    "dg_lab": ("309117", "Director General, Operations, Labour Program",
               "Directeur général, Opérations, Programme du travail", "EX-03"),
    "dcfo": ("300865", "Deputy Chief Financial Officer",
             "Dirigeant principal adjoint des finances", "EX-03"),
    "dg_pass": ("308842", "Director General, Passport Operations",
                "Directeur général, Opérations des passeports", "EX-03"),
}

# report pools: (title_en, title_fr, cls)
REPORTS_DIR = [
    ("Manager, Processing Operations", "Gestionnaire, Opérations de traitement", "PM-06"),
    ("Manager, Quality and Workload Management", "Gestionnaire, Qualité et gestion de la charge de travail", "PM-06"),
    ("Manager, Business Operations and Planning", "Gestionnaire, Opérations et planification", "AS-07"),
    ("Manager, Client Services", "Gestionnaire, Services aux clients", "PM-06"),
    ("Senior Program Advisor", "Conseillère principale en programmes", "PM-05"),
    ("Manager, Training and Procedures", "Gestionnaire, Formation et procédures", "PM-05"),
    ("Team Leader, Complex Cases", "Chef d'équipe, Cas complexes", "PM-04"),
    ("Senior Analyst, Performance Measurement", "Analyste principal, Mesure du rendement", "EC-06"),
    ("Manager, Systems Support", "Gestionnaire, Soutien des systèmes", "CS-04"),
    ("Administrative Assistant", "Adjointe administrative", "AS-01"),
    ("Manager, Regional Operations", "Gestionnaire, Opérations régionales", "PM-06"),
    ("Manager, Analytics and Reporting", "Gestionnaire, Analytique et rapports", "EC-07"),
]
REPORTS_DG = [
    ("Director, Operations", "Directeur, Opérations", "EX-01"),
    ("Director, Business Planning and Integration", "Directrice, Planification et intégration des activités", "EX-01"),
    ("Director, Service Quality", "Directeur, Qualité du service", "EX-01"),
    ("Director, Workload Management", "Directrice, Gestion de la charge de travail", "EX-01"),
    ("Director, Program Delivery", "Directeur, Exécution des programmes", "EX-01"),
    ("Senior Advisor to the Director General", "Conseiller principal du directeur général", "EC-07"),
    ("Executive Assistant", "Adjointe exécutive", "AS-03"),
    ("Manager, Strategic Planning", "Gestionnaire, Planification stratégique", "PM-06"),
]

# positions: key, cls, title_en, title_fr, branch_en, branch_fr, sup key (or position key),
#   location_en, location_fr, domain, what (en), what (fr)
P = [
 ("dg_pen", "EX-03", "Director General, Pension Processing Operations", "Directeur général, Opérations de traitement des pensions",
  "Benefits Delivery Services Branch", "Direction générale des services de versement des prestations", "adm_bdsb",
  "Gatineau, Quebec", "Gatineau (Québec)", "processing",
  "the national processing of Canada Pension Plan and Old Age Security benefits",
  "le traitement national des prestations du Régime de pensions du Canada et de la Sécurité de la vieillesse"),
 ("dg_ei", "EX-03", "Director General, Employment Insurance Processing Operations", "Directrice générale, Opérations de traitement de l'assurance-emploi",
  "Benefits Delivery Services Branch", "Direction générale des services de versement des prestations", "adm_bdsb",
  "Gatineau, Quebec", "Gatineau (Québec)", "processing",
  "the processing of Employment Insurance claims across the national processing network",
  "le traitement des demandes d'assurance-emploi dans l'ensemble du réseau national de traitement"),
 ("dg_cc", "EX-03", "Director General, Call Centre Operations", "Directeur général, Opérations des centres d'appels",
  "Citizen Service Branch", "Direction générale des services aux citoyens", "adm_csb",
  "Ottawa, Ontario", "Ottawa (Ontario)", "callcentre",
  "the Service Canada specialized call centre network for Employment Insurance, pensions and employers",
  "le réseau des centres d'appels spécialisés de Service Canada pour l'assurance-emploi, les pensions et les employeurs"),
 ("dg_int", "EX-03", "Director General, Integrity Operations", "Directrice générale, Opérations d'intégrité",
  "Integrity Services Branch", "Direction générale des services d'intégrité", "adm_isb",
  "Gatineau, Quebec", "Gatineau (Québec)", "integrity",
  "the national integrity programs that protect the Social Insurance Number and the benefit programs against error, fraud and abuse",
  "les programmes nationaux d'intégrité qui protègent le numéro d'assurance sociale et les programmes de prestations contre l'erreur, la fraude et l'abus"),
 ("dg_on", "EX-03", "Director General, Service Delivery, Ontario Region", "Directeur général, Prestation des services, Région de l'Ontario",
  "Service Canada, Ontario Region", "Service Canada, Région de l'Ontario", "adm_on",
  "Toronto, Ontario", "Toronto (Ontario)", "region",
  "in-person service delivery through the Service Canada Centres of the Ontario Region",
  "la prestation des services en personne dans les Centres Service Canada de la Région de l'Ontario"),
 ("dg_qc", "EX-03", "Director General, Service Delivery, Quebec Region", "Directrice générale, Prestation des services, Région du Québec",
  "Service Canada, Quebec Region", "Service Canada, Région du Québec", "adm_qc",
  "Montréal, Quebec", "Montréal (Québec)", "region",
  "in-person, outreach and scheduled services delivered by the Service Canada Centres of the Quebec Region",
  "les services en personne, les services de proximité et les services sur rendez-vous offerts par les Centres Service Canada de la Région du Québec"),
 ("dg_wfm", "EX-03", "Director General, Workforce Management", "Directeur général, Gestion de l'effectif",
  "Human Resources Services Branch", "Direction générale des services des ressources humaines", "chro",
  "Gatineau, Quebec", "Gatineau (Québec)", "hr",
  "departmental workforce management, executive services and talent management",
  "la gestion de l'effectif du Ministère, les services aux cadres et la gestion des talents"),
 ("dg_cx", "EX-03", "Director General, Client Experience", "Directrice générale, Expérience client",
  "Citizen Service Branch", "Direction générale des services aux citoyens", "adm_csb",
  "Ottawa, Ontario", "Ottawa (Ontario)", "digital",
  "the measurement and improvement of the client experience across Service Canada's in-person, telephone and online channels",
  "la mesure et l'amélioration de l'expérience client dans les modes de service en personne, par téléphone et en ligne de Service Canada"),
 ("dg_bdm", "EX-03", "Director General, Benefits Delivery Modernization Integration", "Directeur général, Intégration de la modernisation du versement des prestations",
  "Benefits Delivery Services Branch", "Direction générale des services de versement des prestations", "adm_bdsb",
  "Gatineau, Quebec", "Gatineau (Québec)", "modern",
  "the readiness of operations for the Benefits Delivery Modernization programme",
  "la préparation des opérations au programme de modernisation du versement des prestations"),
 # directors / executive directors
 ("d_oas", "EX-01", "Director, Old Age Security Processing", "Directrice, Traitement de la Sécurité de la vieillesse",
  "Benefits Delivery Services Branch", "Direction générale des services de versement des prestations", "dg_pen",
  "Gatineau, Quebec", "Gatineau (Québec)", "processing",
  "the processing of Old Age Security and Guaranteed Income Supplement applications",
  "le traitement des demandes de pension de la Sécurité de la vieillesse et du Supplément de revenu garanti"),
 ("d_cppd", "EX-01", "Director, Canada Pension Plan Disability Processing", "Directeur, Traitement des prestations d'invalidité du Régime de pensions du Canada",
  "Benefits Delivery Services Branch", "Direction générale des services de versement des prestations", "dg_pen",
  "Ottawa, Ontario", "Ottawa (Ontario)", "processing",
  "the adjudication and processing of Canada Pension Plan Disability benefits",
  "l'arbitrage et le traitement des prestations d'invalidité du Régime de pensions du Canada"),
 ("d_penq", "EX-01", "Director, Pension Processing Quality Assurance", "Directeur, Assurance de la qualité du traitement des pensions",
  "Benefits Delivery Services Branch", "Direction générale des services de versement des prestations", "dg_pen",
  "Gatineau, Quebec", "Gatineau (Québec)", "processing",
  "the quality assurance and accuracy programme for pension processing",
  "le programme d'assurance de la qualité et d'exactitude du traitement des pensions"),
 ("d_eiapp", "EX-01", "Director, Employment Insurance Appeals and Reconsiderations", "Directrice, Appels et révisions de l'assurance-emploi",
  "Benefits Delivery Services Branch", "Direction générale des services de versement des prestations", "dg_ei",
  "Gatineau, Quebec", "Gatineau (Québec)", "processing",
  "the national reconsideration of Employment Insurance decisions and the preparation of appeals to the Social Security Tribunal",
  "la révision nationale des décisions d'assurance-emploi et la préparation des appels devant le Tribunal de la sécurité sociale"),
 ("d_eiwt", "EX-01", "Director, Employment Insurance Processing, Western Canada and Territories", "Directeur, Traitement de l'assurance-emploi, Ouest canadien et Territoires",
  "Service Canada, Western Canada and Territories Region", "Service Canada, Région de l'Ouest canadien et des Territoires", "dg_wt",
  "Edmonton, Alberta", "Edmonton (Alberta)", "processing",
  "Employment Insurance claims processing in the Western Canada and Territories Region",
  "le traitement des demandes d'assurance-emploi dans la Région de l'Ouest canadien et des Territoires"),
 ("ed_wtpp", "EX-02", "Executive Director, Pension Processing, Western Canada and Territories", "Directrice exécutive, Traitement des pensions, Ouest canadien et Territoires",
  "Service Canada, Western Canada and Territories Region", "Service Canada, Région de l'Ouest canadien et des Territoires", "dg_wt",
  "Vancouver, British Columbia", "Vancouver (Colombie-Britannique)", "processing",
  "pension processing and payment services in the Western Canada and Territories Region",
  "les services de traitement et de paiement des pensions dans la Région de l'Ouest canadien et des Territoires"),
 ("d_ccei", "EX-01", "Director, Employment Insurance Call Centre Operations", "Directeur, Opérations des centres d'appels de l'assurance-emploi",
  "Citizen Service Branch", "Direction générale des services aux citoyens", "dg_cc",
  "Bathurst, New Brunswick", "Bathurst (Nouveau-Brunswick)", "callcentre",
  "the Employment Insurance specialized call centres of the national network",
  "les centres d'appels spécialisés de l'assurance-emploi du réseau national"),
 ("d_ccpen", "EX-01", "Director, Pensions Call Centre Operations", "Directrice, Opérations des centres d'appels des pensions",
  "Citizen Service Branch", "Direction générale des services aux citoyens", "dg_cc",
  "Shawinigan, Quebec", "Shawinigan (Québec)", "callcentre",
  "the Canada Pension Plan and Old Age Security call centres",
  "les centres d'appels du Régime de pensions du Canada et de la Sécurité de la vieillesse"),
 ("d_ccemp", "EX-01", "Director, Employer Contact Centre", "Directeur, Centre de contact des employeurs",
  "Citizen Service Branch", "Direction générale des services aux citoyens", "dg_cc",
  "Montréal, Quebec", "Montréal (Québec)", "callcentre",
  "the Employer Contact Centre serving employers on Records of Employment and the Temporary Foreign Worker Program",
  "le Centre de contact des employeurs qui sert les employeurs au sujet des relevés d'emploi et du Programme des travailleurs étrangers temporaires"),
 ("d_risk", "EX-01", "Director, Integrity Risk Management", "Directrice, Gestion des risques liés à l'intégrité",
  "Integrity Services Branch", "Direction générale des services d'intégrité", "dg_int",
  "Gatineau, Quebec", "Gatineau (Québec)", "integrity",
  "the risk management framework, risk models and data analytics of the integrity programs",
  "le cadre de gestion des risques, les modèles de risque et l'analytique des données des programmes d'intégrité"),
 ("d_inv", "EX-01", "Director, Investigations and Control", "Directeur, Enquêtes et contrôle",
  "Integrity Services Branch", "Direction générale des services d'intégrité", "dg_int",
  "Gatineau, Quebec", "Gatineau (Québec)", "integrity",
  "the investigation and control activities for Employment Insurance, pensions and the Social Insurance Number",
  "les activités d'enquête et de contrôle de l'assurance-emploi, des pensions et du numéro d'assurance sociale"),
 ("d_sin", "EX-01", "Director, Social Insurance Registration", "Directeur, Immatriculation aux assurances sociales",
  "Integrity Services Branch", "Direction générale des services d'intégrité", "dg_int",
  "Bathurst, New Brunswick", "Bathurst (Nouveau-Brunswick)", "integrity",
  "the Social Insurance Register and the issuance of Social Insurance Numbers",
  "le Registre d'assurance sociale et l'attribution des numéros d'assurance sociale"),
 ("d_gta", "EX-01", "Director, Service Delivery, Greater Toronto Area", "Directrice, Prestation des services, Région du grand Toronto",
  "Service Canada, Ontario Region", "Service Canada, Région de l'Ontario", "dg_on",
  "Toronto, Ontario", "Toronto (Ontario)", "region",
  "the Service Canada Centres and outreach sites of the Greater Toronto Area",
  "les Centres Service Canada et les sites de services de proximité de la région du grand Toronto"),
 ("d_neo", "EX-01", "Director, Service Delivery, Northern and Eastern Ontario", "Directeur, Prestation des services, Nord et Est de l'Ontario",
  "Service Canada, Ontario Region", "Service Canada, Région de l'Ontario", "dg_on",
  "Sudbury, Ontario", "Sudbury (Ontario)", "region",
  "the Service Canada Centres and scheduled outreach of Northern and Eastern Ontario",
  "les Centres Service Canada et les services de proximité prévus du Nord et de l'Est de l'Ontario"),
 ("d_mtl", "EX-01", "Director, Citizen Services, Montréal", "Directrice, Services aux citoyens, Montréal",
  "Service Canada, Quebec Region", "Service Canada, Région du Québec", "dg_qc",
  "Montréal, Quebec", "Montréal (Québec)", "region",
  "the Service Canada Centres of the island of Montréal and Laval",
  "les Centres Service Canada de l'île de Montréal et de Laval"),
 ("d_estqc", "EX-01", "Director, Service Delivery, Eastern Quebec", "Directeur, Prestation des services, Est-du-Québec",
  "Service Canada, Quebec Region", "Service Canada, Région du Québec", "dg_qc",
  "Québec, Quebec", "Québec (Québec)", "region",
  "the Service Canada Centres of Eastern Quebec, the Saguenay and the Gaspé",
  "les Centres Service Canada de l'Est-du-Québec, du Saguenay et de la Gaspésie"),
 ("ed_qcproc", "EX-02", "Executive Director, Processing Operations, Quebec Region", "Directeur exécutif, Opérations de traitement, Région du Québec",
  "Service Canada, Quebec Region", "Service Canada, Région du Québec", "dg_qc",
  "Montréal, Quebec", "Montréal (Québec)", "processing",
  "Employment Insurance and pension processing centres of the Quebec Region",
  "les centres de traitement de l'assurance-emploi et des pensions de la Région du Québec"),
 ("d_exs", "EX-01", "Director, Executive Group Services", "Directrice, Services au groupe de la direction",
  "Human Resources Services Branch", "Direction générale des services des ressources humaines", "dg_wfm",
  "Gatineau, Quebec", "Gatineau (Québec)", "hr",
  "executive staffing, compensation, performance management and talent management for the department's executive cadre",
  "la dotation, la rémunération, la gestion du rendement et la gestion des talents des cadres du Ministère"),
 ("d_lr", "EX-01", "Director, Labour Relations and Workplace Wellness", "Directeur, Relations de travail et mieux-être en milieu de travail",
  "Human Resources Services Branch", "Direction générale des services des ressources humaines", "dg_wfm",
  "Gatineau, Quebec", "Gatineau (Québec)", "hr",
  "labour relations, disability management and workplace wellness programs",
  "les relations de travail, la gestion de l'incapacité et les programmes de mieux-être en milieu de travail"),
 ("d_passg", "EX-01", "Director, Passport Processing, Gatineau Centre", "Directeur, Traitement des passeports, Centre de Gatineau",
  "Program Operations Branch", "Direction générale des opérations de programmes", "dg_pass",
  "Gatineau, Quebec", "Gatineau (Québec)", "passport",
  "the Gatineau passport processing centre and its mail-in and urgent services",
  "le centre de traitement des passeports de Gatineau et ses services par la poste et urgents"),
 ("ed_passp", "EX-02", "Executive Director, Passport Program Integration", "Directrice exécutive, Intégration du Programme de passeport",
  "Program Operations Branch", "Direction générale des opérations de programmes", "dg_pass",
  "Gatineau, Quebec", "Gatineau (Québec)", "passport",
  "the integration of passport service delivery into the Service Canada network",
  "l'intégration de la prestation des services de passeport dans le réseau de Service Canada"),
 ("d_fb", "EX-01", "Director, Client Feedback and Insights", "Directrice, Rétroaction et connaissance des clients",
  "Citizen Service Branch", "Direction générale des services aux citoyens", "dg_cx",
  "Ottawa, Ontario", "Ottawa (Ontario)", "digital",
  "client feedback, surveys and service insights for Service Canada",
  "la rétroaction des clients, les sondages et la connaissance des services de Service Canada"),
 ("d_web", "EX-01", "Director, Digital Channels", "Directeur, Modes de service numériques",
  "Citizen Service Branch", "Direction générale des services aux citoyens", "dg_cx",
  "Gatineau, Quebec", "Gatineau (Québec)", "digital",
  "My Service Canada Account and the department's online service channels",
  "Mon dossier Service Canada et les modes de service en ligne du Ministère"),
 ("ed_bdmr", "EX-02", "Executive Director, Operational Readiness", "Directeur exécutif, Préparation opérationnelle",
  "Benefits Delivery Services Branch", "Direction générale des services de versement des prestations", "dg_bdm",
  "Gatineau, Quebec", "Gatineau (Québec)", "modern",
  "the operational readiness of the processing network for new benefit delivery platforms",
  "la préparation opérationnelle du réseau de traitement aux nouvelles plateformes de versement des prestations"),
 ("d_btr", "EX-01", "Director, Business Transformation and Change Management", "Directrice, Transformation des activités et gestion du changement",
  "Benefits Delivery Services Branch", "Direction générale des services de versement des prestations", "dg_bdm",
  "Ottawa, Ontario", "Ottawa (Ontario)", "modern",
  "business transformation, process redesign and change management for benefits delivery",
  "la transformation des activités, la refonte des processus et la gestion du changement du versement des prestations"),
 ("d_atl", "EX-01", "Director, Service Delivery, New Brunswick and Prince Edward Island", "Directeur, Prestation des services, Nouveau-Brunswick et Île-du-Prince-Édouard",
  "Service Canada, Atlantic Region", "Service Canada, Région de l'Atlantique", "dg_atl",
  "Moncton, New Brunswick", "Moncton (Nouveau-Brunswick)", "region",
  "the Service Canada Centres of New Brunswick and Prince Edward Island",
  "les Centres Service Canada du Nouveau-Brunswick et de l'Île-du-Prince-Édouard"),
 ("d_lab", "EX-01", "Director, Labour Program Operations, Ontario", "Directrice, Opérations du Programme du travail, Ontario",
  "Labour Program", "Programme du travail", "dg_lab",
  "Toronto, Ontario", "Toronto (Ontario)", "labour",
  "occupational health and safety, labour standards and employment equity operations for federally regulated workplaces in Ontario",
  "les opérations de santé et sécurité au travail, de normes du travail et d'équité en matière d'emploi dans les lieux de travail de compétence fédérale en Ontario"),
 ("d_labqc", "EX-01", "Director, Labour Program Operations, Quebec", "Directeur, Opérations du Programme du travail, Québec",
  "Labour Program", "Programme du travail", "dg_lab",
  "Montréal, Quebec", "Montréal (Québec)", "labour",
  "Labour Program operations for federally regulated workplaces in Quebec",
  "les opérations du Programme du travail dans les lieux de travail de compétence fédérale au Québec"),
 ("d_fmas", "EX-01", "Director, Financial Management Advisory Services, Service Canada", "Directeur, Services consultatifs en gestion financière, Service Canada",
  "Chief Financial Officer Branch", "Direction générale du dirigeant principal des finances", "dcfo",
  "Gatineau, Quebec", "Gatineau (Québec)", "finance",
  "financial management advice, forecasting and resource planning for the Service Canada branches",
  "les conseils en gestion financière, les prévisions et la planification des ressources des directions générales de Service Canada"),
 ("d_tfw", "EX-01", "Director, Temporary Foreign Worker Program Processing", "Directeur, Traitement du Programme des travailleurs étrangers temporaires",
  "Program Operations Branch", "Direction générale des opérations de programmes", "adm_ppsb",
  "Ottawa, Ontario", "Ottawa (Ontario)", "processing",
  "the processing of Labour Market Impact Assessment applications from employers",
  "le traitement des demandes d'étude d'impact sur le marché du travail des employeurs"),
 ("ed_gc", "EX-02", "Executive Director, Grants and Contributions Delivery", "Directrice exécutive, Prestation des subventions et contributions",
  "Program Operations Branch", "Direction générale des opérations de programmes", "adm_ppsb",
  "Gatineau, Quebec", "Gatineau (Québec)", "gc",
  "the national delivery of grants and contributions programs, from intake and assessment to agreement management and payment",
  "la prestation nationale des programmes de subventions et contributions, de la réception et l'évaluation à la gestion des ententes et au paiement"),
]

FIRST = ["Marie-Claude", "Daniel", "Priya", "Jean-François", "Karen", "Mohamed", "Isabelle", "Trevor",
         "Nathalie", "Kevin", "Sophie", "Amandeep", "Luc", "Heather", "Geneviève", "Omar", "Patricia",
         "Michel", "Jennifer", "Stéphane", "Aisha", "Robert", "Chantal", "Wei", "Sylvie", "Brian",
         "Josée", "Darren", "Mélanie", "Tariq", "Lise", "Gordon", "Émilie", "Rajesh", "Carole", "Ian",
         "Annie", "Hélène", "Marc-André", "Fatima", "Diane", "Yannick", "Colleen", "Pierre-Luc"]
LAST = ["Tremblay", "MacKinnon", "Sharma", "Gagnon", "Whitfield", "El-Amrani", "Lavoie", "Boudreau",
        "Nguyen", "Fortier", "O'Hara", "Gill", "Bélanger", "Chowdhury", "Pelletier", "Morrison",
        "Desjardins", "Kowalski", "Lefebvre", "Osei", "Thibodeau", "Campbell", "Ouellet", "Zhang",
        "Bergeron", "Delorme", "Hamelin", "Sutherland", "Paquette", "Rahman", "Côté", "Fitzgerald",
        "Leblanc", "Singh", "Arsenault", "McAllister", "Richard", "Beaulieu", "Okafor", "Girard"]

GA_EN = [
    "The {short} is accountable for the leadership, planning and management of {what}, ensuring that "
    "Canadians receive timely, accurate and consistent service in accordance with departmental service "
    "standards, legislation and policy.",
    "Under the direction of the {sup}, the {short} provides strategic leadership and direction for {what}, "
    "and is accountable for the achievement of service standards, the integrity of payments and the "
    "effective use of the human and financial resources assigned.",
    "Provides leadership and oversight for {what}; directs the planning, delivery and continuous "
    "improvement of operations; and represents the Department with central agencies, other government "
    "departments, provinces and territories and stakeholders on related issues.",
]
GA_FR = [
    "Le titulaire du poste est responsable de la direction, de la planification et de la gestion de {what}, "
    "afin que les Canadiens reçoivent des services rapides, exacts et uniformes conformément aux normes de "
    "service, aux lois et aux politiques du Ministère.",
    "Sous l'autorité du {sup}, assure le leadership stratégique et l'orientation de {what}, et est "
    "responsable de l'atteinte des normes de service, de l'intégrité des paiements et de l'utilisation "
    "efficace des ressources humaines et financières qui lui sont confiées.",
    "Assure la direction et la surveillance de {what}; dirige la planification, la prestation et "
    "l'amélioration continue des opérations; représente le Ministère auprès des organismes centraux, des "
    "autres ministères, des provinces et territoires et des intervenants.",
]

NS_EN = {
    "processing": "Employment and Social Development Canada delivers more than $120 billion a year in benefits to "
        "Canadians through Employment Insurance, the Canada Pension Plan and Old Age Security. The processing "
        "network must absorb seasonal peaks, legislative changes and the introduction of new systems while "
        "maintaining speed-of-payment and accuracy standards that are reported publicly. Workloads are "
        "distributed nationally and the incumbent must balance inventories, overtime and staffing across sites.",
    "callcentre": "The specialized call centres answer millions of calls a year from clients whose payments, "
        "applications or appeals are pending. Demand is volatile and highly sensitive to economic conditions, "
        "legislative change and system outages. The incumbent must meet the service standard for calls answered "
        "while managing a large, shift-based workforce in several locations and the introduction of new telephony.",
    "integrity": "The integrity programs protect public funds and the identity of Canadians. The incumbent works "
        "in a sensitive environment with significant privacy, legal and reputational risks, with partners such "
        "as the Canada Revenue Agency, Immigration, Refugees and Citizenship Canada, the RCMP and provincial "
        "vital statistics agencies, and must balance integrity objectives with client service.",
    "region": "Service Canada is the face of the Government of Canada for millions of Canadians. The region's "
        "Service Canada Centres, outreach sites and mobile services serve urban, rural, northern and Indigenous "
        "communities with needs that vary widely. The incumbent manages a geographically dispersed workforce, "
        "community partnerships and the service impacts of national initiatives and emergencies.",
    "hr": "The department is one of the largest employers in the federal public service, with more than 35,000 "
        "employees across the country. Human resources programs must support an operational, largely "
        "service-delivery workforce while meeting central agency policy requirements from the Office of the "
        "Chief Human Resources Officer and the Public Service Commission.",
    "digital": "Clients increasingly expect to serve themselves online and to receive consistent service whatever "
        "the channel. The incumbent works with program, technology and operations partners to understand client "
        "needs, measure service and redesign services, in an environment of legacy systems and competing priorities.",
    "modern": "Benefits Delivery Modernization is one of the largest transformation programmes in the Government "
        "of Canada, replacing the aging systems that pay Employment Insurance, the Canada Pension Plan and Old Age "
        "Security. The incumbent must prepare a national workforce for new tools and processes without disrupting "
        "the payment of benefits.",
    "passport": "Since 2013 the department has delivered passport services on behalf of Immigration, Refugees and "
        "Citizenship Canada. Demand for passports is seasonal and was unprecedented after the pandemic; the "
        "incumbent must protect the integrity of the passport while meeting service standards and public expectations.",
    "labour": "The Labour Program protects the rights and well-being of workers in federally regulated workplaces. "
        "The incumbent directs inspectors and officers who enforce the Canada Labour Code in a complex, sometimes "
        "adversarial environment involving employers, unions and the courts.",
    "finance": "The Service Canada branches manage the largest share of the department's operating budget. The "
        "incumbent provides financial advice in a context of fluctuating workloads, temporary funding and "
        "strict accountability requirements under the Financial Administration Act.",
    "gc": "The department delivers more than $2 billion a year in grants and contributions through dozens of "
        "programs with different terms and conditions. The incumbent must deliver calls for proposals on tight "
        "timelines while ensuring stewardship of public funds and fairness to applicants.",
}
NS_FR = {
    "processing": "Emploi et Développement social Canada verse chaque année plus de 120 milliards de dollars en "
        "prestations aux Canadiens au titre de l'assurance-emploi, du Régime de pensions du Canada et de la Sécurité "
        "de la vieillesse. Le réseau de traitement doit absorber les pointes saisonnières, les modifications "
        "législatives et l'arrivée de nouveaux systèmes tout en respectant les normes de rapidité et d'exactitude "
        "des paiements, qui sont publiées.",
    "callcentre": "Les centres d'appels spécialisés répondent chaque année à des millions d'appels de clients dont "
        "le paiement, la demande ou l'appel est en attente. La demande est volatile et très sensible à la conjoncture "
        "économique, aux changements législatifs et aux pannes de systèmes. Le titulaire doit atteindre la norme de "
        "service tout en gérant un effectif important travaillant par quarts dans plusieurs emplacements.",
    "integrity": "Les programmes d'intégrité protègent les fonds publics et l'identité des Canadiens. Le titulaire "
        "travaille dans un milieu délicat comportant d'importants risques sur les plans de la protection des "
        "renseignements personnels, juridique et de la réputation, avec des partenaires comme l'Agence du revenu du "
        "Canada, la GRC et les bureaux provinciaux de l'état civil.",
    "region": "Service Canada est le visage du gouvernement du Canada pour des millions de Canadiens. Les Centres "
        "Service Canada, les sites de services de proximité et les services mobiles de la région desservent des "
        "collectivités urbaines, rurales, nordiques et autochtones dont les besoins varient considérablement. Le "
        "titulaire gère un effectif dispersé et des partenariats communautaires.",
    "hr": "Le Ministère est l'un des plus grands employeurs de la fonction publique fédérale et compte plus de "
        "35 000 employés partout au pays. Les programmes de ressources humaines doivent soutenir un effectif "
        "surtout voué à la prestation de services tout en respectant les exigences du Bureau de la dirigeante "
        "principale des ressources humaines et de la Commission de la fonction publique.",
    "digital": "Les clients s'attendent de plus en plus à se servir eux-mêmes en ligne et à recevoir un service "
        "uniforme, quel que soit le mode de prestation. Le titulaire travaille avec les partenaires des programmes, "
        "de la technologie et des opérations pour comprendre les besoins des clients et repenser les services.",
    "modern": "La modernisation du versement des prestations est l'un des plus importants programmes de "
        "transformation du gouvernement du Canada. Le titulaire doit préparer un effectif national à de nouveaux "
        "outils et processus sans perturber le versement des prestations.",
    "passport": "Depuis 2013, le Ministère offre les services de passeport pour le compte d'Immigration, Réfugiés et "
        "Citoyenneté Canada. La demande est saisonnière et a atteint un niveau sans précédent après la pandémie; le "
        "titulaire doit protéger l'intégrité du passeport tout en respectant les normes de service.",
    "labour": "Le Programme du travail protège les droits et le bien-être des travailleurs des lieux de travail de "
        "compétence fédérale. Le titulaire dirige des inspecteurs et des agents qui appliquent le Code canadien du "
        "travail dans un milieu complexe mettant en cause employeurs, syndicats et tribunaux.",
    "finance": "Les directions générales de Service Canada gèrent la plus grande part du budget de fonctionnement du "
        "Ministère. Le titulaire fournit des conseils financiers dans un contexte de charges de travail fluctuantes, "
        "de financement temporaire et d'exigences strictes de reddition de comptes.",
    "gc": "Le Ministère verse chaque année plus de 2 milliards de dollars en subventions et contributions au titre de "
        "dizaines de programmes. Le titulaire doit mener des appels de propositions selon des échéanciers serrés "
        "tout en assurant une saine gestion des fonds publics.",
}

SA_EN = [
    "Directs the planning, delivery and monitoring of {what}, and ensures that service standards and quality targets are met.",
    "Develops and implements operational strategies, workload forecasts and contingency plans to respond to peaks in demand and to legislative and system changes.",
    "Provides strategic advice and briefings to the {sup} and senior management on operational performance, risks and emerging issues.",
    "Establishes and maintains partnerships with program policy, technology, integrity and regional colleagues to improve service to Canadians.",
    "Leads the management of human, financial and material resources, including staffing, learning, official languages, employment equity and workplace wellness.",
    "Leads change management and continuous improvement initiatives, including the adoption of new tools, processes and performance measures.",
    "Represents the Department with central agencies, other government departments, unions and external stakeholders on operational matters.",
    "As a member of the management team, contributes to corporate planning, decision-making and the department's values and ethics.",
]
SA_FR = [
    "Dirige la planification, la prestation et le suivi de {what}, et veille au respect des normes de service et des cibles de qualité.",
    "Élabore et met en œuvre des stratégies opérationnelles, des prévisions de charge de travail et des plans d'urgence pour répondre aux pointes de la demande et aux changements législatifs et technologiques.",
    "Fournit des conseils stratégiques et des breffages au {sup} et à la haute direction sur le rendement opérationnel, les risques et les enjeux émergents.",
    "Établit et entretient des partenariats avec les collègues des politiques de programmes, de la technologie, de l'intégrité et des régions afin d'améliorer le service aux Canadiens.",
    "Dirige la gestion des ressources humaines, financières et matérielles, y compris la dotation, l'apprentissage, les langues officielles, l'équité en matière d'emploi et le mieux-être.",
    "Dirige les initiatives de gestion du changement et d'amélioration continue, y compris l'adoption de nouveaux outils, processus et mesures du rendement.",
    "Représente le Ministère auprès des organismes centraux, des autres ministères, des syndicats et des intervenants externes sur les questions opérationnelles.",
    "À titre de membre de l'équipe de gestion, contribue à la planification ministérielle, à la prise de décisions et aux valeurs et à l'éthique du Ministère.",
]
CSR_EN = "Canadians receive timely, accurate and accessible services and benefits through {what}, in the official language of their choice."
CSR_FR = "Les Canadiens reçoivent des services et des prestations rapides, exacts et accessibles grâce à {what}, dans la langue officielle de leur choix."
