"""Words for the blind88 corpus: departments, positions, label forms and the prose of long EX work
descriptions as departments file them in full (cover page, contents, annexes, signatures)."""

# key: (English name, French name, acronym, branches [(en, fr)])
DEPTS = {
    "ESDC": ("Employment and Social Development Canada", "Emploi et Développement social Canada", "ESDC",
             [("Skills and Employment Branch", "Direction générale des compétences et de l'emploi"),
              ("Chief Financial Officer Branch", "Direction générale du dirigeant principal des finances"),
              ("Service Canada", "Service Canada")]),
    "HC": ("Health Canada", "Santé Canada", "HC",
           [("Health Products and Food Branch", "Direction générale des produits de santé et des aliments"),
            ("Corporate Services Branch", "Direction générale des services de gestion")]),
    "TC": ("Transport Canada", "Transports Canada", "TC",
           [("Safety and Security Group", "Groupe Sécurité et sûreté"),
            ("Programs Group", "Groupe des programmes")]),
    "NRCan": ("Natural Resources Canada", "Ressources naturelles Canada", "NRCan",
              [("Energy Efficiency and Technology Sector", "Secteur de l'efficacité et de la technologie énergétiques"),
               ("Lands and Minerals Sector", "Secteur des terres et des minéraux")]),
    "ECCC": ("Environment and Climate Change Canada", "Environnement et Changement climatique Canada", "ECCC",
             [("Canadian Wildlife Service", "Service canadien de la faune"),
              ("Strategic Policy Branch", "Direction générale de la politique stratégique")]),
    "PSPC": ("Public Services and Procurement Canada", "Services publics et Approvisionnement Canada", "PSPC",
             [("Procurement Branch", "Direction générale de l'approvisionnement"),
              ("Public Service Pay Centre", "Centre des services de paye de la fonction publique"),
              ("Real Property Services", "Services immobiliers")]),
    "CRA": ("Canada Revenue Agency", "Agence du revenu du Canada", "CRA",
            [("Assessment, Benefit, and Service Branch", "Direction générale de cotisation, de prestation et de service"),
             ("Compliance Programs Branch", "Direction générale des programmes d'observation")]),
    "IRCC": ("Immigration, Refugees and Citizenship Canada", "Immigration, Réfugiés et Citoyenneté Canada", "IRCC",
             [("Operations Sector", "Secteur des opérations"),
              ("Citizenship and Passport Program Branch", "Direction générale du programme de citoyenneté et de passeport")]),
    "DFO": ("Fisheries and Oceans Canada", "Pêches et Océans Canada", "DFO",
            [("Ecosystems and Oceans Science", "Sciences des écosystèmes et des océans"),
             ("Canadian Coast Guard", "Garde côtière canadienne")]),
    "AAFC": ("Agriculture and Agri-Food Canada", "Agriculture et Agroalimentaire Canada", "AAFC",
             [("Programs Branch", "Direction générale des programmes"),
              ("Market and Industry Services Branch", "Direction générale des services à l'industrie et aux marchés")]),
    "StatCan": ("Statistics Canada", "Statistique Canada", "StatCan",
                [("Economic Statistics Field", "Secteur de la statistique économique"),
                 ("Strategic Data Management Field", "Secteur de la gestion stratégique des données")]),
    "SSC": ("Shared Services Canada", "Services partagés Canada", "SSC",
            [("Networks, Security and Digital Services", "Réseaux, sécurité et services numériques"),
             ("Corporate Services Branch", "Direction générale des services ministériels")]),
    "CFIA": ("Canadian Food Inspection Agency", "Agence canadienne d'inspection des aliments", "CFIA",
             [("Operations Branch", "Direction générale des opérations"),
              ("Policy and Programs Branch", "Direction générale des politiques et des programmes")]),
    "PHAC": ("Public Health Agency of Canada", "Agence de la santé publique du Canada", "PHAC",
             [("Health Security and Regional Operations Branch", "Direction générale de la sécurité sanitaire et des opérations régionales")]),
    "ISC": ("Indigenous Services Canada", "Services aux Autochtones Canada", "ISC",
            [("Regional Operations Sector", "Secteur des opérations régionales"),
             ("Education and Social Development Programs and Partnerships Sector", "Secteur des programmes et partenariats en matière d'éducation et de développement social")]),
    "VAC": ("Veterans Affairs Canada", "Anciens Combattants Canada", "VAC",
            [("Service Delivery Branch", "Direction générale de la prestation des services"),
             ("Chief Financial Officer and Corporate Services Branch", "Direction générale du dirigeant principal des finances et des services ministériels")]),
    "CBSA": ("Canada Border Services Agency", "Agence des services frontaliers du Canada", "CBSA",
             [("Commercial and Trade Branch", "Direction générale du commerce et des échanges commerciaux"),
              ("Travellers Branch", "Direction générale des voyageurs")]),
    "ISED": ("Innovation, Science and Economic Development Canada", "Innovation, Sciences et Développement économique Canada", "ISED",
             [("Strategy and Innovation Policy Sector", "Secteur de la stratégie et de la politique de l'innovation"),
              ("Spectrum and Telecommunications Sector", "Secteur du spectre et des télécommunications")]),
    "LAC": ("Library and Archives Canada", "Bibliothèque et Archives Canada", "LAC",
            [("Collections Sector", "Secteur des collections")]),
    "PC": ("Parks Canada", "Parcs Canada", "PC",
           [("Operations Directorate", "Direction des opérations"),
            ("Strategic Policy and Investment Directorate", "Direction de la politique stratégique et des investissements")]),
    "CSC": ("Correctional Service Canada", "Service correctionnel Canada", "CSC",
            [("Correctional Operations and Programs Sector", "Secteur des opérations et des programmes correctionnels")]),
    "ACOA": ("Atlantic Canada Opportunities Agency", "Agence de promotion économique du Canada atlantique", "ACOA",
             [("Programs and Services", "Programmes et services")]),
    "PS": ("Public Safety Canada", "Sécurité publique Canada", "PS",
           [("Emergency Management and Programs Branch", "Secteur de la gestion des urgences et des programmes")]),
    "JUS": ("Department of Justice Canada", "Ministère de la Justice Canada", "JUS",
            [("Management Sector", "Secteur de la gestion")]),
    "GAC": ("Global Affairs Canada", "Affaires mondiales Canada", "GAC",
            [("Trade Policy and Negotiations", "Politique et négociations commerciales")]),
    "PCH": ("Canadian Heritage", "Patrimoine canadien", "PCH",
            [("Official Languages, Heritage and Regions", "Langues officielles, patrimoine et régions")]),
}

# The positions: dept, role key, area (en, fr), level, city, province (en), province (fr), language, kind
# roles: dir = Director, sdir = Senior Director, ed = Executive Director, dg = Director General,
#        rdg = Regional Director General, adm = Assistant Deputy Minister
POSITIONS = [
    ("ESDC", "dg", ("Labour Market Information", "Information sur le marché du travail"), 3, "Gatineau", "Quebec", "Québec", "en", "docx"),
    ("ESDC", "dir", ("Employment Insurance Policy", "Politique de l'assurance-emploi"), 1, "Gatineau", "Quebec", "Québec", "fr", "docx"),
    ("ESDC", "ed", ("Contact Centre Operations", "Opérations des centres d'appels"), 2, "Montréal", "Quebec", "Québec", "bi", "pdf"),
    ("HC", "dir", ("Food Safety Programs", "Programmes de salubrité des aliments"), 1, "Ottawa", "Ontario", "Ontario", "en", "pdf"),
    ("HC", "dg", ("Workplace Health and Safety", "Santé et sécurité au travail"), 3, "Ottawa", "Ontario", "Ontario", "en", "docx"),
    ("TC", "dir", ("Marine Safety and Security", "Sûreté et sécurité maritimes"), 1, "Vancouver", "British Columbia", "Colombie-Britannique", "en", "docx"),
    ("TC", "rdg", ("Prairie and Northern Region", "Région des Prairies et du Nord"), 3, "Winnipeg", "Manitoba", "Manitoba", "en", "pdf"),
    ("NRCan", "dir", ("Energy Efficiency", "Efficacité énergétique"), 1, "Ottawa", "Ontario", "Ontario", "en", "docx"),
    ("NRCan", "dg", ("Geospatial Services", "Services géospatiaux"), 3, "Sherbrooke", "Quebec", "Québec", "fr", "pdf"),
    ("ECCC", "ed", ("Climate Change Adaptation", "Adaptation aux changements climatiques"), 2, "Gatineau", "Quebec", "Québec", "en", "pdf"),
    ("ECCC", "dir", ("Migratory Birds Conservation", "Conservation des oiseaux migrateurs"), 1, "Edmonton", "Alberta", "Alberta", "en", "text"),
    ("PSPC", "dg", ("Procurement Modernization", "Modernisation de l'approvisionnement"), 3, "Gatineau", "Quebec", "Québec", "en", "docx"),
    ("PSPC", "dir", ("Pay Operations", "Opérations de la paye"), 1, "Miramichi", "New Brunswick", "Nouveau-Brunswick", "en", "docx"),
    ("PSPC", "sdir", ("Real Property and Accommodation", "Biens immobiliers et locaux"), 2, "Halifax", "Nova Scotia", "Nouvelle-Écosse", "en", "pdf"),
    ("CRA", "dir", ("Tax Centre Operations", "Opérations du centre fiscal"), 1, "Sudbury", "Ontario", "Ontario", "en", "ocr"),
    ("CRA", "dg", ("Compliance Programs", "Programmes d'observation"), 3, "Ottawa", "Ontario", "Ontario", "fr", "docx"),
    ("IRCC", "dir", ("Citizenship Operations", "Opérations de la citoyenneté"), 1, "Sydney", "Nova Scotia", "Nouvelle-Écosse", "en", "pdf"),
    ("IRCC", "ed", ("Immigration Program Delivery", "Prestation du programme d'immigration"), 2, "Ottawa", "Ontario", "Ontario", "en", "docx"),
    ("DFO", "dir", ("Fish Habitat Protection", "Protection de l'habitat du poisson"), 1, "Moncton", "New Brunswick", "Nouveau-Brunswick", "bi", "docx"),
    ("DFO", "dg", ("Marine Services", "Services maritimes"), 3, "St. John's", "Newfoundland and Labrador", "Terre-Neuve-et-Labrador", "en", "pdf"),
    ("AAFC", "dir", ("Grants and Contributions", "Subventions et contributions"), 1, "Ottawa", "Ontario", "Ontario", "en", "markdown"),
    ("AAFC", "dg", ("Innovation and Business Development", "Innovation et développement des affaires"), 3, "Ottawa", "Ontario", "Ontario", "en", "docx"),
    ("StatCan", "dir", ("Economic Analysis and Forecasting", "Analyse et prévisions économiques"), 1, "Ottawa", "Ontario", "Ontario", "en", "pdf"),
    ("StatCan", "dg", ("Enterprise Data and Analytics", "Données et analytique d'entreprise"), 3, "Ottawa", "Ontario", "Ontario", "fr", "pdf"),
    ("SSC", "dir", ("Cyber Security", "Cybersécurité"), 1, "Ottawa", "Ontario", "Ontario", "en", "docx"),
    ("SSC", "sdir", ("Information Management and Technology", "Gestion de l'information et technologie"), 2, "Ottawa", "Ontario", "Ontario", "en", "text-cp1252"),
    ("CFIA", "dir", ("Food Safety Programs", "Programmes de salubrité des aliments"), 1, "Saint-Hyacinthe", "Quebec", "Québec", "fr", "docx"),
    ("CFIA", "ed", ("Operations, Western Area", "Opérations, Centre opérationnel de l'Ouest"), 2, "Calgary", "Alberta", "Alberta", "en", "pdf"),
    ("PHAC", "dg", ("Emergency Management", "Gestion des urgences"), 3, "Ottawa", "Ontario", "Ontario", "bi", "pdf"),
    ("ISC", "dir", ("Indigenous Relations", "Relations avec les Autochtones"), 1, "Regina", "Saskatchewan", "Saskatchewan", "en", "docx"),
    ("ISC", "rdg", ("Ontario Region", "Région de l'Ontario"), 3, "Toronto", "Ontario", "Ontario", "en", "ocr"),
    ("VAC", "dir", ("Veterans Service Delivery", "Prestation des services aux vétérans"), 1, "Charlottetown", "Prince Edward Island", "Île-du-Prince-Édouard", "en", "pdf"),
    ("VAC", "dg", ("Internal Services", "Services internes"), 3, "Charlottetown", "Prince Edward Island", "Île-du-Prince-Édouard", "en", "text-cp1252"),
    ("CBSA", "dir", ("Border Programs", "Programmes frontaliers"), 1, "Ottawa", "Ontario", "Ontario", "en", "docx"),
    ("CBSA", "dg", ("Commercial Programs", "Programmes commerciaux"), 3, "Ottawa", "Ontario", "Ontario", "en", "pdf"),
    ("ISED", "dir", ("Occupational Standards", "Normes professionnelles"), 1, "Ottawa", "Ontario", "Ontario", "en", "text"),
    ("ISED", "adm", ("Spectrum and Telecommunications", "Spectre et télécommunications"), 4, "Ottawa", "Ontario", "Ontario", "en", "docx"),
    ("LAC", "dir", ("Collections Management", "Gestion des collections"), 1, "Gatineau", "Quebec", "Québec", "fr", "pdf"),
    ("PC", "dir", ("Heritage Places", "Lieux patrimoniaux"), 1, "Québec", "Quebec", "Québec", "bi", "docx"),
    ("CSC", "dir", ("Corrections Programs", "Programmes correctionnels"), 1, "Kingston", "Ontario", "Ontario", "en", "ocr"),
    ("ACOA", "dg", ("Innovation and Business Development", "Innovation et développement des affaires"), 3, "Moncton", "New Brunswick", "Nouveau-Brunswick", "en", "docx"),
    ("PS", "dir", ("Emergency Management Programs", "Programmes de gestion des urgences"), 1, "Ottawa", "Ontario", "Ontario", "en", "pdf"),
    ("JUS", "dg", ("Corporate Secretariat", "Secrétariat ministériel"), 3, "Ottawa", "Ontario", "Ontario", "fr", "docx"),
    ("GAC", "ed", ("Trade Policy", "Politique commerciale"), 2, "Ottawa", "Ontario", "Ontario", "en", "markdown"),
    ("PCH", "dir", ("Accessibility Programs", "Programmes d'accessibilité"), 1, "Gatineau", "Quebec", "Québec", "en", "pdf"),
]

ROLE = {  # en, fr (masculine), fr (feminine)
    "dir": ("Director", "Directeur", "Directrice"),
    "sdir": ("Senior Director", "Directeur principal", "Directrice principale"),
    "ed": ("Executive Director", "Directeur exécutif", "Directrice exécutive"),
    "dg": ("Director General", "Directeur général", "Directrice générale"),
    "rdg": ("Regional Director General", "Directeur général régional", "Directrice générale régionale"),
    "adm": ("Assistant Deputy Minister", "Sous-ministre adjoint", "Sous-ministre adjointe"),
}

SUBUNITS = [
    ("Policy Development", "Élaboration des politiques"), ("Operations", "Opérations"),
    ("Planning and Reporting", "Planification et rapports"), ("Program Design", "Conception des programmes"),
    ("Business Systems", "Systèmes opérationnels"), ("Client Services", "Services aux clients"),
    ("Quality Assurance", "Assurance de la qualité"), ("Partnerships and Engagement", "Partenariats et mobilisation"),
    ("Analytics and Research", "Analytique et recherche"), ("Regional Coordination", "Coordination régionale"),
    ("Stakeholder Relations", "Relations avec les intervenants"), ("Risk Management", "Gestion des risques"),
    ("Strategic Initiatives", "Initiatives stratégiques"), ("Governance and Integration", "Gouvernance et intégration"),
    ("Resource Management", "Gestion des ressources"), ("Monitoring and Compliance", "Surveillance et conformité"),
    ("Service Transformation", "Transformation des services"), ("Data Standards", "Normes de données"),
]

MANAGER_CLASSES = {"ESDC": "EC-07", "HC": "EC-07", "TC": "TI-07", "NRCan": "EC-07", "ECCC": "EG-07", "PSPC": "PG-06",
                   "CRA": "MG-06", "IRCC": "PM-06", "DFO": "EG-07", "AAFC": "EC-07", "StatCan": "EC-07", "SSC": "IT-04",
                   "CFIA": "EG-07", "PHAC": "EC-07", "ISC": "PM-06", "VAC": "PM-06", "CBSA": "FB-07", "ISED": "EC-07",
                   "LAC": "AR-05", "PC": "AR-07", "CSC": "WP-06", "ACOA": "CO-03", "PS": "PM-06", "JUS": "AS-07",
                   "GAC": "FS-03", "PCH": "PM-06"}

FIRST = ["Marie-Claude", "Jonathan", "Priya", "Étienne", "Heather", "Mathieu", "Sandra", "Kwame", "Geneviève", "Douglas",
         "Anik", "Farah", "Patrick", "Lise", "Raj", "Catherine", "Olivier", "Nadia", "Trevor", "Sylvie", "Ahmed", "Joanne",
         "Benoît", "Wendy", "Malik", "Chantal", "Gordon", "Isabelle", "Liam", "Hélène", "Darren", "Yasmin", "François",
         "Melissa", "Pierre-Luc", "Tanya", "Ravi", "Josée", "Colin", "Mireille"]
LAST = ["Tremblay", "MacLeod", "Sharma", "Gagnon", "Whitford", "Bouchard", "O'Brien", "Mensah", "Lavoie", "Fraser",
        "Pelletier", "Haddad", "Kowalski", "Côté", "Patel", "Leblanc", "Nguyen", "Morin", "Sinclair", "Bergeron",
        "Abdi", "Campbell", "Ouellet", "Harrington", "Desjardins", "McKenzie", "Roy", "Lindqvist", "Beaulieu", "Chen",
        "Gauthier", "Okafor", "Simard", "Dubé", "Henderson", "Poirier", "Watts", "Lalonde", "Ferreira", "St-Pierre"]

# --- labels --------------------------------------------------------------------------------------

LABELS = {
    "title": (["Position Title", "Title of Position", "Position title", "Official Position Title", "Job Title"],
              ["Titre du poste", "Titre officiel du poste", "Intitulé du poste"]),
    "classification": (["Classification", "Group and Level", "Group/Level", "Classification (Group and Level)", "Level"],
                       ["Classification", "Groupe et niveau", "Groupe/niveau", "Niveau"]),
    "job_code": (["Job Code", "Position Job Code", "Generic Job Code", "Job Number"],
                 ["Code d'emploi", "Code de l'emploi", "Numéro de la description de travail"]),
    "position_number": (["Position Number", "Position No.", "Position #", "Pos. No."],
                        ["Numéro du poste", "No du poste", "N° de poste"]),
    "effective_date": (["Effective Date", "Effective date of classification", "Date Effective"],
                       ["Date d'entrée en vigueur", "Date de prise d'effet", "En vigueur le"]),
    "sup_pos": (["Supervisor's Position Number", "Supervisor Position No.", "Reports to (Position No.)"],
                ["Numéro du poste du superviseur", "No du poste du (de la) superviseur(e)"]),
    "sup_title": (["Supervisor's Position Title", "Supervisor's Title", "Title of Supervisor"],
                  ["Titre du poste du superviseur", "Titre du poste du (de la) superviseur(e)"]),
    "sup_class": (["Supervisor's Classification", "Supervisor's Group and Level"],
                  ["Classification du superviseur", "Groupe et niveau du superviseur"]),
    "department": (["Department", "Organization", "Department/Agency"], ["Ministère", "Organisation"]),
    "branch": (["Branch", "Sector"], ["Direction générale", "Secteur"]),
    "location": (["Location", "Geographic Location", "Work Location"], ["Lieu", "Lieu de travail", "Emplacement géographique"]),
    "incumbent": (["Incumbent", "Name of Incumbent"], ["Titulaire", "Nom du (de la) titulaire"]),
}

HEAD = {  # section headings, en / fr
    "ident": (["Position Identification", "Position Information", "Identification"], ["Identification du poste", "Renseignements sur le poste"]),
    "ga": (["General Accountability", "Overall Accountability"], ["Responsabilité générale", "Raison d'être du poste"]),
    "org": (["Organization Structure", "Organizational Structure", "Organization and Reporting Relationships"],
            ["Structure organisationnelle", "Organisation"]),
    "ns": (["Nature and Scope", "Nature & Scope", "Context"], ["Nature et étendue", "Nature et portée", "Contexte"]),
    "chal": (["Key Challenges", "Major Challenges", "Environment and Challenges"], ["Principaux défis", "Défis"]),
    "dim": (["Dimensions", "Dimensions (Current Fiscal Year)"], ["Dimensions", "Dimensions (exercice en cours)"]),
    "sa": (["Specific Accountabilities", "Key Accountabilities", "Specific Responsibilities"],
           ["Responsabilités spécifiques", "Activités principales", "Responsabilités particulières"]),
    "contacts": (["Key Contacts", "Internal and External Contacts"], ["Principaux contacts", "Contacts internes et externes"]),
    "annex_org": (["Annex A – Organization Chart", "Annex A: Organizational Chart"], ["Annexe A – Organigramme", "Annexe A : Organigramme"]),
    "annex_budget": (["Annex B – Budget by Fiscal Year", "Annex B: Financial Resources by Fiscal Year"],
                     ["Annexe B – Budget par exercice", "Annexe B : Ressources financières par exercice"]),
    "annex_comm": (["Annex C – Committees", "Annex C: Governance Committees"], ["Annexe C – Comités", "Annexe C : Comités de gouvernance"]),
    "annex_klc": (["Annex D – Key Leadership Competencies", "Annex D: Leadership Competencies"], ["Annexe D – Compétences clés en leadership"]),
    "annex_deleg": (["Annex E – Delegated Authorities", "Annex E: Delegation of Financial and HR Authorities"], ["Annexe E – Pouvoirs délégués"]),
    "sign": (["Signatures", "Certification", "Approvals"], ["Signatures", "Attestation", "Approbations"]),
    "toc": (["Table of Contents", "Contents"], ["Table des matières"]),
}

# --- prose, English ----------------------------------------------------------------------------

GA_EN = [
    "The {role} is accountable for the strategic direction, planning, design and delivery of the {area} function "
    "for {dept}, ensuring that departmental programs and services are delivered efficiently, in compliance with "
    "legislation and Treasury Board policies, and in a manner that responds to the needs of Canadians.",
    "The {role} is accountable to the {sup} for providing leadership and direction to the {area} directorate, for the "
    "development and implementation of national policies, strategies and operational frameworks, and for the "
    "provision of expert advice to senior management and central agencies on {area_l} issues.",
    "The position is accountable for leading the {area} function of {dept}: setting priorities, managing the human "
    "and financial resources of the organization, building partnerships with other federal organizations, provinces, "
    "territories and stakeholders, and ensuring the integrity and performance of the program.",
]
NS_EN = [
    "{dept} delivers a broad range of programs and services that touch the lives of Canadians in every region of the "
    "country. The department operates in a complex environment shaped by changing government priorities, fiscal "
    "restraint, evolving client expectations and the need to modernize aging systems and business processes.",
    "The {area} directorate is the departmental centre of expertise for {area_l}. It provides functional direction to "
    "regional offices, develops national standards and tools, and monitors the performance of the program against "
    "the commitments set out in the Departmental Plan and the Departmental Results Report.",
    "The incumbent leads a multidisciplinary team of managers, analysts, advisors and program officers. The work "
    "requires the integration of policy, program and operational perspectives, and the ability to anticipate issues "
    "that may attract the attention of Parliament, the media or central agencies.",
    "The {role} must balance competing demands from internal and external stakeholders, including other government "
    "departments, provincial and territorial governments, Indigenous organizations, industry associations and "
    "bargaining agents, while ensuring that decisions are evidence-based and defensible.",
    "Decisions and recommendations made by the incumbent have a direct impact on the department's ability to meet "
    "its service standards, to manage its financial resources with prudence and probity, and to maintain the "
    "confidence of Canadians in the integrity of its programs.",
    "The position operates in an environment of rapid technological change. Digital service delivery, data "
    "stewardship, cyber security and the protection of personal information are constant considerations in the "
    "design and delivery of the directorate's programs and services.",
    "The incumbent represents the department on interdepartmental committees and working groups, and is frequently "
    "called upon to brief the Assistant Deputy Minister, the Deputy Minister and the Minister's Office on sensitive "
    "and high-profile files, often on very short notice.",
    "The {role} fosters a healthy, respectful and inclusive workplace, champions official languages, employment "
    "equity, diversity and accessibility, and promotes the values and ethics of the public service throughout the "
    "organization.",
]
CHAL_EN = [
    "Modernizing legacy business processes and information systems while maintaining uninterrupted service to clients.",
    "Recruiting, developing and retaining a skilled workforce in a highly competitive labour market, particularly in specialized fields.",
    "Reconciling the priorities of regions, headquarters and external partners that do not always share the same objectives or timelines.",
    "Delivering on ministerial commitments within existing resources and in the context of expenditure reviews.",
    "Managing the risks associated with large, complex and horizontal initiatives that involve several departments.",
    "Responding to audit, evaluation and parliamentary committee recommendations within prescribed timelines.",
    "Ensuring that data and information are managed as strategic assets and protected in accordance with policy.",
]
SA_EN = [
    ("Provides strategic leadership and direction for the planning, design, delivery and evaluation of the {area} program.",
     ["Establishes the directorate's multi-year strategic and operational plans and aligns them with departmental priorities;",
      "Sets performance targets and monitors results against the Departmental Results Framework;",
      "Approves program guidelines, standards and operational procedures."]),
    ("Develops and recommends national policies, frameworks and strategies related to {area_l}.",
     ["Leads research and analysis on emerging issues and trends;",
      "Oversees the preparation of Memoranda to Cabinet, Treasury Board submissions and briefing material;",
      "Consults provinces, territories, Indigenous partners and stakeholders on policy options."]),
    ("Manages the human, financial and material resources of the directorate in accordance with legislation and policy.",
     ["Exercises delegated financial and human resources authorities;",
      "Develops and implements integrated business and human resources plans;",
      "Ensures sound stewardship through monitoring, forecasting and reporting on expenditures."]),
    ("Provides expert advice and recommendations to the {sup} and senior management on complex and sensitive issues.",
     ["Anticipates issues and proposes strategies to mitigate risks;",
      "Prepares and delivers briefings to the Deputy Minister and the Minister's Office;",
      "Supports the department's appearances before parliamentary committees."]),
    ("Builds and maintains partnerships with other federal organizations, other levels of government and external stakeholders.",
     ["Represents the department on interdepartmental and federal-provincial-territorial committees;",
      "Negotiates memoranda of understanding and collaborative arrangements;",
      "Promotes the department's interests in national and international forums."]),
    ("Leads the modernization and transformation of the directorate's business processes, systems and service delivery model.",
     ["Champions digital solutions and the use of data and analytics in decision-making;",
      "Oversees the implementation of major change initiatives and manages their risks;",
      "Ensures that service standards are met and that client feedback informs improvements."]),
    ("Ensures the integrity, quality and accountability of the {area} program.",
     ["Establishes quality assurance and monitoring frameworks;",
      "Responds to internal audit, evaluation and Office of the Auditor General recommendations;",
      "Oversees the management of risks, including fraud and privacy risks."]),
    ("Fosters a healthy, inclusive and high-performing workplace.",
     ["Promotes mental health, diversity, employment equity and official languages;",
      "Supports the learning, development and career progression of employees;",
      "Manages talent, succession planning and performance management for the directorate."]),
    ("Directs the development and delivery of communications, engagement and outreach activities related to the program.",
     ["Approves communications products, web content and responses to media enquiries;",
      "Oversees stakeholder consultations and engagement sessions;",
      "Ensures timely responses to access to information and privacy requests."]),
    ("Oversees the management of contribution agreements, contracts and service arrangements under the directorate's responsibility.",
     ["Ensures compliance with the Policy on Transfer Payments and contracting rules;",
      "Approves recommendations for funding within delegated authority;",
      "Monitors recipients' performance and the achievement of expected results."]),
    ("Directs the collection, analysis and dissemination of data and information on {area_l}.",
     ["Establishes data governance and data quality standards;",
      "Oversees the production of reports, dashboards and performance information;",
      "Ensures the protection of personal and sensitive information."]),
    ("Leads the directorate's contribution to departmental planning, reporting and governance.",
     ["Contributes to the Departmental Plan, the Departmental Results Report and the Corporate Risk Profile;",
      "Prepares material for the Executive Committee and its sub-committees;",
      "Coordinates responses to central agency requests."]),
    ("Manages issues and emergencies affecting the delivery of the program.",
     ["Activates business continuity plans and coordinates the directorate's response;",
      "Liaises with regional offices and partners during incidents;",
      "Leads lessons-learned exercises and implements corrective measures."]),
    ("As a member of the {branch} management team, contributes to the development of branch priorities and corporate decision-making.",
     ["Participates in branch planning and resource allocation exercises;",
      "Leads horizontal files on behalf of the branch;",
      "Acts on behalf of the {sup} as required."]),
]
CONTACTS_EN = [
    "Internal: the Deputy Minister, Associate Deputy Minister and Assistant Deputy Ministers; directors general of other branches; regional executive heads; corporate services (finance, human resources, legal services, communications).",
    "External: central agencies (Treasury Board of Canada Secretariat, Privy Council Office, Department of Finance); other federal departments and agencies; provincial and territorial officials; Indigenous organizations; industry associations; academic researchers; bargaining agents.",
    "The purpose of these contacts is to exchange information, negotiate agreements, resolve issues, influence decisions and promote the department's positions.",
]
COMMITTEES_EN = [
    ("Executive Committee", "Chaired by the Deputy Minister; the {role} presents items as required", "Weekly"),
    ("Branch Management Committee", "Member; chaired by the Assistant Deputy Minister", "Weekly"),
    ("Finance and Investment Committee", "Attends when the directorate's investments are reviewed", "Monthly"),
    ("Departmental Audit Committee", "Presents management action plans", "Quarterly"),
    ("Federal-Provincial-Territorial Working Group", "Co-chair (federal)", "Semi-annually"),
    ("Interdepartmental DG Committee on Service", "Member", "Monthly"),
    ("Occupational Health and Safety Policy Committee", "Management representative", "Quarterly"),
    ("Data Governance Board", "Member", "Bi-monthly"),
    ("People Management Committee", "Member", "Monthly"),
]

# --- prose, French -----------------------------------------------------------------------------

GA_FR = [
    "{Le_role} est responsable de l'orientation stratégique, de la planification, de la conception et de la "
    "prestation des activités de {dept} en matière de « {area_l} », afin que les programmes et services soient offerts de façon "
    "efficiente, conformément aux lois et aux politiques du Conseil du Trésor, et qu'ils répondent aux besoins de la "
    "population canadienne.",
    "Le titulaire du poste est responsable devant {le_sup} de la direction responsable de la fonction « {area_l} », de l'élaboration et de la "
    "mise en œuvre de politiques, de stratégies et de cadres opérationnels nationaux, ainsi que de la prestation de "
    "conseils spécialisés à la haute direction et aux organismes centraux.",
]
NS_FR = [
    "{dept} offre une vaste gamme de programmes et de services qui touchent la population canadienne dans toutes "
    "les régions du pays. Le Ministère évolue dans un environnement complexe marqué par l'évolution des priorités "
    "gouvernementales, les contraintes financières, les attentes croissantes des clients et la nécessité de "
    "moderniser des systèmes et des processus vieillissants.",
    "La direction est le centre d'expertise ministériel en matière de « {area_l} ». Elle fournit une orientation "
    "fonctionnelle aux bureaux régionaux, élabore des normes et des outils nationaux et surveille le rendement du "
    "programme par rapport aux engagements du Plan ministériel et du Rapport sur les résultats ministériels.",
    "Le titulaire dirige une équipe multidisciplinaire de gestionnaires, d'analystes, de conseillers et d'agents de "
    "programme. Le travail exige l'intégration des perspectives stratégiques, opérationnelles et de programme ainsi "
    "que la capacité d'anticiper les enjeux susceptibles d'attirer l'attention du Parlement ou des médias.",
    "Le titulaire doit concilier les demandes concurrentes des intervenants internes et externes, notamment les "
    "autres ministères, les gouvernements provinciaux et territoriaux, les organisations autochtones et les "
    "associations de l'industrie, tout en veillant à ce que les décisions soient fondées sur des données probantes.",
    "Les décisions et recommandations du titulaire ont une incidence directe sur la capacité du Ministère à "
    "respecter ses normes de service, à gérer ses ressources financières avec prudence et probité et à maintenir la "
    "confiance de la population dans l'intégrité de ses programmes.",
    "Le titulaire favorise un milieu de travail sain, respectueux et inclusif, fait la promotion des langues "
    "officielles, de l'équité en matière d'emploi, de la diversité et de l'accessibilité, ainsi que des valeurs et "
    "de l'éthique de la fonction publique.",
]
CHAL_FR = [
    "Moderniser les processus opérationnels et les systèmes d'information vieillissants tout en maintenant le service aux clients.",
    "Recruter, perfectionner et maintenir en poste une main-d'œuvre qualifiée dans un marché du travail très concurrentiel.",
    "Concilier les priorités des régions, de l'administration centrale et des partenaires externes.",
    "Respecter les engagements ministériels à même les ressources existantes.",
    "Gérer les risques liés à des initiatives horizontales complexes faisant intervenir plusieurs ministères.",
]
SA_FR = [
    ("Assure le leadership stratégique et l'orientation de la planification, de la conception, de la prestation et de l'évaluation du programme.",
     ["Établit les plans stratégiques et opérationnels pluriannuels de la direction;",
      "Fixe des cibles de rendement et surveille les résultats;",
      "Approuve les lignes directrices, normes et procédures opérationnelles du programme."]),
    ("Élabore et recommande des politiques, cadres et stratégies nationaux en matière de « {area_l} ».",
     ["Dirige la recherche et l'analyse sur les enjeux et les tendances émergents;",
      "Supervise la préparation de mémoires au Cabinet, de présentations au Conseil du Trésor et de notes d'information;",
      "Consulte les provinces, les territoires, les partenaires autochtones et les intervenants."]),
    ("Gère les ressources humaines, financières et matérielles de la direction conformément aux lois et aux politiques.",
     ["Exerce les pouvoirs délégués en matière de finances et de ressources humaines;",
      "Élabore et met en œuvre des plans intégrés d'activités et de ressources humaines;",
      "Assure une saine gestion par la surveillance, les prévisions et les rapports sur les dépenses."]),
    ("Fournit des conseils et des recommandations d'expert {au_sup} et à la haute direction sur des questions complexes et délicates.",
     ["Anticipe les enjeux et propose des stratégies d'atténuation des risques;",
      "Prépare et présente des séances d'information au sous-ministre et au Cabinet du ministre;",
      "Appuie les comparutions du Ministère devant les comités parlementaires."]),
    ("Établit et entretient des partenariats avec d'autres organisations fédérales, d'autres ordres de gouvernement et des intervenants externes.",
     ["Représente le Ministère au sein de comités interministériels et fédéraux-provinciaux-territoriaux;",
      "Négocie des protocoles d'entente et des ententes de collaboration;",
      "Fait valoir les intérêts du Ministère dans les forums nationaux et internationaux."]),
    ("Dirige la modernisation et la transformation des processus, des systèmes et du modèle de prestation de services.",
     ["Fait la promotion des solutions numériques et de l'utilisation des données dans la prise de décisions;",
      "Supervise la mise en œuvre d'initiatives de changement d'envergure;",
      "Veille au respect des normes de service."]),
    ("Assure l'intégrité, la qualité et la responsabilisation du programme.",
     ["Établit des cadres d'assurance de la qualité et de surveillance;",
      "Donne suite aux recommandations de l'audit interne, de l'évaluation et du Bureau du vérificateur général;",
      "Supervise la gestion des risques, y compris les risques de fraude et d'atteinte à la vie privée."]),
    ("Favorise un milieu de travail sain, inclusif et performant.",
     ["Fait la promotion de la santé mentale, de la diversité, de l'équité en matière d'emploi et des langues officielles;",
      "Appuie l'apprentissage, le perfectionnement et l'avancement professionnel des employés;",
      "Gère les talents, la planification de la relève et la gestion du rendement."]),
    ("Dirige les activités de communication, de mobilisation et de sensibilisation liées au programme.",
     ["Approuve les produits de communication et les réponses aux demandes des médias;",
      "Supervise les consultations auprès des intervenants;",
      "Veille au traitement des demandes d'accès à l'information et de protection des renseignements personnels."]),
    ("Participe, à titre de membre de l'équipe de gestion, à l'établissement des priorités et à la prise de décisions ministérielles.",
     ["Participe aux exercices de planification et d'affectation des ressources;",
      "Dirige des dossiers horizontaux au nom du secteur;",
      "Agit au nom {du_sup} au besoin."]),
]
CONTACTS_FR = [
    "Internes : le sous-ministre, les sous-ministres adjoints, les directeurs généraux des autres secteurs, les dirigeants régionaux et les services ministériels (finances, ressources humaines, services juridiques, communications).",
    "Externes : les organismes centraux (Secrétariat du Conseil du Trésor du Canada, Bureau du Conseil privé, ministère des Finances), les autres ministères, les fonctionnaires provinciaux et territoriaux, les organisations autochtones et les associations de l'industrie.",
    "Ces contacts ont pour but d'échanger de l'information, de négocier des ententes, de résoudre des problèmes et d'influencer les décisions.",
]
COMMITTEES_FR = [
    ("Comité exécutif", "Présidé par le sous-ministre; le titulaire y présente des points au besoin", "Hebdomadaire"),
    ("Comité de gestion du secteur", "Membre", "Hebdomadaire"),
    ("Comité des finances et des investissements", "Présente les investissements de la direction", "Mensuelle"),
    ("Comité ministériel d'audit", "Présente les plans d'action de la direction", "Trimestrielle"),
    ("Groupe de travail fédéral-provincial-territorial", "Coprésident (fédéral)", "Semestrielle"),
    ("Comité de gouvernance des données", "Membre", "Bimestrielle"),
    ("Comité de gestion des personnes", "Membre", "Mensuelle"),
]

KLC_EN = [
    ("Create vision and strategy", "Executives shape the future of the organization by defining a clear direction, anticipating change and translating government priorities into achievable plans for the directorate."),
    ("Mobilize people", "Executives inspire and motivate the people they lead, manage performance, provide constructive feedback and create the conditions in which employees can reach their full potential."),
    ("Uphold integrity and respect", "Executives exemplify ethical practices, professionalism and personal integrity, acting in the interest of Canadians and creating respectful, inclusive and psychologically safe workplaces."),
    ("Collaborate with partners and stakeholders", "Executives are deliberate and resourceful in seeking the widest possible spectrum of perspectives, and build consensus across organizational and jurisdictional boundaries."),
    ("Promote innovation and guide change", "Executives create an environment that supports bold thinking, experimentation and intelligent risk taking, and lead their organization through transformation."),
    ("Achieve results", "Executives mobilize resources to deliver on the priorities of the government, improve outcomes and add value for Canadians, and take responsibility for decisions and their consequences."),
]
KLC_FR = [
    ("Créer une vision et une stratégie", "Les cadres façonnent l'avenir de l'organisation en définissant une orientation claire, en anticipant le changement et en traduisant les priorités gouvernementales en plans réalisables."),
    ("Mobiliser les personnes", "Les cadres inspirent et motivent les personnes qu'ils dirigent, gèrent le rendement, offrent une rétroaction constructive et créent les conditions qui permettent aux employés de réaliser leur plein potentiel."),
    ("Préserver l'intégrité et le respect", "Les cadres font preuve de pratiques éthiques, de professionnalisme et d'intégrité personnelle et créent des milieux de travail respectueux, inclusifs et sécuritaires sur le plan psychologique."),
    ("Collaborer avec les partenaires et les intervenants", "Les cadres recherchent délibérément l'éventail le plus large possible de points de vue et favorisent le consensus au-delà des frontières organisationnelles."),
    ("Promouvoir l'innovation et orienter le changement", "Les cadres créent un environnement propice à la réflexion audacieuse, à l'expérimentation et à la prise de risques judicieuse."),
    ("Obtenir des résultats", "Les cadres mobilisent les ressources nécessaires pour réaliser les priorités du gouvernement et assument la responsabilité de leurs décisions."),
]
DELEGATION_EN = [("Section 32 – Commitment control", "{a}"), ("Section 34 – Certification authority (goods and services)", "{a}"),
                 ("Contracting – competitive", "{b}"), ("Contracting – non-competitive", "{c}"),
                 ("Hospitality", "{d}"), ("Staffing – appointments up to the level of", "{lvl}")]
DELEGATION_FR = [("Article 32 – Contrôle des engagements", "{a}"), ("Article 34 – Attestation (biens et services)", "{a}"),
                 ("Marchés – concurrentiels", "{b}"), ("Marchés – non concurrentiels", "{c}"),
                 ("Accueil", "{d}"), ("Dotation – nominations jusqu'au niveau", "{lvl}")]
