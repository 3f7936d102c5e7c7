"""Data and prose for blind91 (work descriptions that arrive by e-mail).

Departments, areas, label forms, prose and e-mail chatter. Everything here is invented wording
in the manner of the seed documents; positions, numbers and people are invented."""

# key: (English name, French name, e-mail domain, short English, short French)
DEPTS = {
    "esdc": ("Employment and Social Development Canada", "Emploi et Développement social Canada",
             "hrsdc-rhdcc.gc.ca", "ESDC", "EDSC"),
    "ircc": ("Immigration, Refugees and Citizenship Canada", "Immigration, Réfugiés et Citoyenneté Canada",
             "cic.gc.ca", "IRCC", "IRCC"),
    "hc": ("Health Canada", "Santé Canada", "hc-sc.gc.ca", "HC", "SC"),
    "phac": ("Public Health Agency of Canada", "Agence de la santé publique du Canada", "phac-aspc.gc.ca",
             "PHAC", "ASPC"),
    "dfo": ("Fisheries and Oceans Canada", "Pêches et Océans Canada", "dfo-mpo.gc.ca", "DFO", "MPO"),
    "eccc": ("Environment and Climate Change Canada", "Environnement et Changement climatique Canada",
             "ec.gc.ca", "ECCC", "ECCC"),
    "nrcan": ("Natural Resources Canada", "Ressources naturelles Canada", "nrcan-rncan.gc.ca", "NRCan", "RNCan"),
    "cra": ("Canada Revenue Agency", "Agence du revenu du Canada", "cra-arc.gc.ca", "CRA", "ARC"),
    "cbsa": ("Canada Border Services Agency", "Agence des services frontaliers du Canada", "cbsa-asfc.gc.ca",
             "CBSA", "ASFC"),
    "pspc": ("Public Services and Procurement Canada", "Services publics et Approvisionnement Canada",
             "tpsgc-pwgsc.gc.ca", "PSPC", "SPAC"),
    "ssc": ("Shared Services Canada", "Services partagés Canada", "ssc-spc.gc.ca", "SSC", "SPC"),
    "statcan": ("Statistics Canada", "Statistique Canada", "statcan.gc.ca", "StatCan", "StatCan"),
    "tc": ("Transport Canada", "Transports Canada", "tc.gc.ca", "TC", "TC"),
    "ised": ("Innovation, Science and Economic Development Canada",
             "Innovation, Sciences et Développement économique Canada", "ised-isde.gc.ca", "ISED", "ISDE"),
    "aafc": ("Agriculture and Agri-Food Canada", "Agriculture et Agroalimentaire Canada", "agr.gc.ca",
             "AAFC", "AAC"),
    "cfia": ("Canadian Food Inspection Agency", "Agence canadienne d'inspection des aliments",
             "inspection.gc.ca", "CFIA", "ACIA"),
    "vac": ("Veterans Affairs Canada", "Anciens Combattants Canada", "veterans.gc.ca", "VAC", "ACC"),
    "isc": ("Indigenous Services Canada", "Services aux Autochtones Canada", "sac-isc.gc.ca", "ISC", "SAC"),
    "pch": ("Canadian Heritage", "Patrimoine canadien", "pch.gc.ca", "PCH", "PCH"),
    "tbs": ("Treasury Board of Canada Secretariat", "Secrétariat du Conseil du Trésor du Canada",
            "tbs-sct.gc.ca", "TBS", "SCT"),
    "csc": ("Correctional Service Canada", "Service correctionnel Canada", "csc-scc.gc.ca", "CSC", "SCC"),
    "pc": ("Parks Canada", "Parcs Canada", "pc.gc.ca", "PC", "PC"),
    "gac": ("Global Affairs Canada", "Affaires mondiales Canada", "international.gc.ca", "GAC", "AMC"),
    "lac": ("Library and Archives Canada", "Bibliothèque et Archives Canada", "bac-lac.gc.ca", "LAC", "BAC"),
    "justice": ("Department of Justice Canada", "Ministère de la Justice Canada", "justice.gc.ca", "JUS", "JUS"),
    "ps": ("Public Safety Canada", "Sécurité publique Canada", "ps-sp.gc.ca", "PS", "SP"),
}

# (department, area in English, area in French, branch in English, branch in French)
AREAS = [
    ("esdc", "Program Integrity", "Intégrité des programmes", "Integrity Services Branch",
     "Direction générale des services d'intégrité"),
    ("esdc", "Grants and Contributions Operations", "Opérations des subventions et contributions",
     "Program Operations Branch", "Direction générale des opérations de programmes"),
    ("esdc", "Labour Market Information", "Information sur le marché du travail", "Skills and Employment Branch",
     "Direction générale des compétences et de l'emploi"),
    ("esdc", "Old Age Security Policy", "Politique de la Sécurité de la vieillesse", "Income Security and Social Development Branch",
     "Direction générale de la sécurité du revenu et du développement social"),
    ("ircc", "Asylum Policy and Programs", "Politiques et programmes d'asile", "Strategic and Program Policy",
     "Politiques stratégiques et de programmes"),
    ("ircc", "Citizenship Case Processing", "Traitement des cas de citoyenneté", "Operations Sector",
     "Secteur des opérations"),
    ("hc", "Pest Management Compliance", "Conformité en matière de lutte antiparasitaire",
     "Regulatory Operations and Enforcement Branch", "Direction générale des opérations réglementaires et de l'application de la loi"),
    ("hc", "Medical Devices Evaluation", "Évaluation des instruments médicaux", "Health Products and Food Branch",
     "Direction générale des produits de santé et des aliments"),
    ("phac", "Emergency Preparedness and Response", "Préparation et intervention en cas d'urgence",
     "Health Security and Regional Operations Branch", "Direction générale de la sécurité sanitaire et des opérations régionales"),
    ("dfo", "Fisheries Resource Management", "Gestion des ressources halieutiques", "Fisheries and Harbour Management",
     "Gestion des pêches et des ports"),
    ("dfo", "Aquatic Ecosystems Science", "Sciences des écosystèmes aquatiques", "Ecosystems and Oceans Science",
     "Sciences des écosystèmes et des océans"),
    ("eccc", "Air Quality Regulatory Analysis", "Analyse réglementaire de la qualité de l'air",
     "Environmental Protection Branch", "Direction générale de la protection de l'environnement"),
    ("eccc", "Meteorological Service Operations", "Opérations du Service météorologique",
     "Meteorological Service of Canada", "Service météorologique du Canada"),
    ("nrcan", "Energy Efficiency Programs", "Programmes d'efficacité énergétique", "Energy Efficiency and Technology Sector",
     "Secteur de l'efficacité et de la technologie énergétiques"),
    ("nrcan", "Geospatial Data Infrastructure", "Infrastructure de données géospatiales", "Strategic Policy and Innovation Sector",
     "Secteur de la politique stratégique et de l'innovation"),
    ("cra", "Collections Modernization", "Modernisation des recouvrements", "Collections and Verification Branch",
     "Direction générale des recouvrements et de la vérification"),
    ("cra", "Charities Compliance", "Conformité des organismes de bienfaisance", "Legislative Policy and Regulatory Affairs Branch",
     "Direction générale de la politique législative et des affaires réglementaires"),
    ("cbsa", "Traveller Programs", "Programmes des voyageurs", "Commercial and Trade Branch",
     "Direction générale du commerce et des échanges commerciaux"),
    ("cbsa", "Intelligence Operations", "Opérations du renseignement", "Intelligence and Enforcement Branch",
     "Direction générale du renseignement et de l'exécution de la loi"),
    ("pspc", "Real Property Contracting", "Contrats immobiliers", "Procurement Branch",
     "Direction générale de l'approvisionnement"),
    ("pspc", "Pay Stabilization", "Stabilisation de la paye", "Public Service Pay Centre",
     "Centre des services de paye de la fonction publique"),
    ("ssc", "Cyber Security Operations", "Opérations de cybersécurité", "Networks, Security and Digital Services",
     "Réseaux, sécurité et services numériques"),
    ("ssc", "Data Centre Consolidation", "Regroupement des centres de données", "Enterprise IT Infrastructure",
     "Infrastructure de la TI d'entreprise"),
    ("statcan", "Census Operations", "Opérations du recensement", "Census, Operations and Communications",
     "Recensement, opérations et communications"),
    ("statcan", "Labour Statistics", "Statistique du travail", "Social, Health and Labour Statistics",
     "Statistique sociale, de la santé et du travail"),
    ("tc", "Rail Safety Oversight", "Surveillance de la sécurité ferroviaire", "Safety and Security Group",
     "Groupe de la sécurité et de la sûreté"),
    ("tc", "Marine Policy", "Politique maritime", "Policy Group", "Groupe des politiques"),
    ("ised", "Spectrum Licensing", "Délivrance des licences du spectre", "Spectrum and Telecommunications Sector",
     "Secteur du spectre et des télécommunications"),
    ("ised", "Small Business Programs", "Programmes pour les petites entreprises", "Small Business and Marketplace Services",
     "Petites entreprises et services axés sur le marché"),
    ("aafc", "Agri-Environmental Programs", "Programmes agroenvironnementaux", "Programs Branch",
     "Direction générale des programmes"),
    ("cfia", "Food Import Inspection", "Inspection des aliments importés", "Operations Branch",
     "Direction générale des opérations"),
    ("vac", "Disability Benefits Adjudication", "Décisions relatives aux prestations d'invalidité",
     "Service Delivery Branch", "Direction générale de la prestation des services"),
    ("isc", "Education Programs", "Programmes d'éducation", "Education and Social Development Programs and Partnerships",
     "Programmes et partenariats en matière d'éducation et de développement social"),
    ("pch", "Official Languages Support Programs", "Programmes d'appui aux langues officielles",
     "Official Languages, Heritage and Regions", "Langues officielles, patrimoine et régions"),
    ("tbs", "Digital Policy", "Politique numérique", "Office of the Chief Information Officer",
     "Bureau du dirigeant principal de l'information"),
    ("tbs", "Executive Compensation", "Rémunération des cadres", "Office of the Chief Human Resources Officer",
     "Bureau de la dirigeante principale des ressources humaines"),
    ("csc", "Reintegration Programs", "Programmes de réinsertion sociale", "Correctional Operations and Programs",
     "Opérations et programmes correctionnels"),
    ("pc", "Visitor Experience", "Expérience du visiteur", "External Relations and Visitor Experience",
     "Relations externes et expérience du visiteur"),
    ("gac", "Consular Operations", "Opérations consulaires", "Consular, Security and Emergency Management",
     "Affaires consulaires, sécurité et gestion des urgences"),
    ("lac", "Digital Preservation", "Préservation numérique", "Collection Management Sector",
     "Secteur de la gestion de la collection"),
    ("justice", "Litigation Support Services", "Services d'appui au contentieux", "Management Sector",
     "Secteur de la gestion"),
    ("ps", "Emergency Management Policy", "Politiques de gestion des urgences", "Emergency Management and Programs Branch",
     "Secteur de la gestion des urgences et des programmes"),
    ("esdc", "Service Canada Call Centres", "Centres d'appels de Service Canada", "Citizen Service Branch",
     "Direction générale des services aux citoyens"),
    ("cra", "Benefit Programs", "Programmes de prestations", "Assessment, Benefit, and Service Branch",
     "Direction générale de cotisation, de prestation et de service"),
    ("hc", "Controlled Substances", "Substances contrôlées", "Controlled Substances and Cannabis Branch",
     "Direction générale des substances contrôlées et du cannabis"),
]

# (city, province in English, province in French)
PLACES = {
    "esdc": [("Gatineau", "Quebec", "Québec"), ("Ottawa", "Ontario", "Ontario"), ("Montréal", "Quebec", "Québec")],
    "ircc": [("Ottawa", "Ontario", "Ontario"), ("Sydney", "Nova Scotia", "Nouvelle-Écosse")],
    "hc": [("Ottawa", "Ontario", "Ontario"), ("Toronto", "Ontario", "Ontario")],
    "phac": [("Ottawa", "Ontario", "Ontario"), ("Winnipeg", "Manitoba", "Manitoba")],
    "dfo": [("Moncton", "New Brunswick", "Nouveau-Brunswick"), ("Vancouver", "British Columbia", "Colombie-Britannique"),
            ("Dartmouth", "Nova Scotia", "Nouvelle-Écosse")],
    "eccc": [("Gatineau", "Quebec", "Québec"), ("Downsview", "Ontario", "Ontario")],
    "nrcan": [("Ottawa", "Ontario", "Ontario"), ("Sherbrooke", "Quebec", "Québec")],
    "cra": [("Ottawa", "Ontario", "Ontario"), ("Shawinigan", "Quebec", "Québec"), ("Winnipeg", "Manitoba", "Manitoba")],
    "cbsa": [("Ottawa", "Ontario", "Ontario"), ("Windsor", "Ontario", "Ontario")],
    "pspc": [("Gatineau", "Quebec", "Québec"), ("Miramichi", "New Brunswick", "Nouveau-Brunswick")],
    "ssc": [("Ottawa", "Ontario", "Ontario"), ("Gatineau", "Quebec", "Québec")],
    "statcan": [("Ottawa", "Ontario", "Ontario")],
    "tc": [("Ottawa", "Ontario", "Ontario"), ("Edmonton", "Alberta", "Alberta")],
    "ised": [("Ottawa", "Ontario", "Ontario"), ("Montréal", "Quebec", "Québec")],
    "aafc": [("Ottawa", "Ontario", "Ontario"), ("Regina", "Saskatchewan", "Saskatchewan")],
    "cfia": [("Ottawa", "Ontario", "Ontario"), ("Saint-Hyacinthe", "Quebec", "Québec")],
    "vac": [("Charlottetown", "Prince Edward Island", "Île-du-Prince-Édouard")],
    "isc": [("Gatineau", "Quebec", "Québec"), ("Regina", "Saskatchewan", "Saskatchewan")],
    "pch": [("Gatineau", "Quebec", "Québec")],
    "tbs": [("Ottawa", "Ontario", "Ontario")],
    "csc": [("Ottawa", "Ontario", "Ontario"), ("Kingston", "Ontario", "Ontario")],
    "pc": [("Gatineau", "Quebec", "Québec"), ("Banff", "Alberta", "Alberta")],
    "gac": [("Ottawa", "Ontario", "Ontario")],
    "lac": [("Gatineau", "Quebec", "Québec")],
    "justice": [("Ottawa", "Ontario", "Ontario")],
    "ps": [("Ottawa", "Ontario", "Ontario")],
}

# sub-units for direct reports: (English, French)
SUBS = [
    ("Policy and Planning", "Politiques et planification"), ("Operations", "Opérations"),
    ("Analytics and Reporting", "Analytique et rapports"), ("Stakeholder Relations", "Relations avec les intervenants"),
    ("Business Systems", "Systèmes opérationnels"), ("Quality Assurance", "Assurance de la qualité"),
    ("Program Delivery", "Exécution des programmes"), ("Research and Evaluation", "Recherche et évaluation"),
    ("Compliance and Enforcement", "Conformité et application"), ("Governance and Coordination", "Gouvernance et coordination"),
    ("Client Services", "Services à la clientèle"), ("Resource Management", "Gestion des ressources"),
    ("Regional Coordination", "Coordination régionale"), ("Data Strategy", "Stratégie des données"),
    ("Risk Management", "Gestion des risques"), ("Partnerships", "Partenariats"),
    ("Training and Standards", "Formation et normes"), ("Integrated Planning", "Planification intégrée"),
]
REPORT_CLS = ["EC-07", "AS-07", "PM-06", "CS-04", "PE-06", "FI-03", "CO-03", "EG-07", "BI-04", "EC-06",
              "AS-06", "PM-05", "CS-05", "SG-SRE-06", "ES-07", "PC-04"]

FIRST = ["Sophie", "Marc", "Julie", "Kevin", "Nathalie", "Daniel", "Isabelle", "Robert", "Chantal", "Ahmed",
         "Priya", "Mélanie", "Grant", "Geneviève", "Omar", "Heather", "Luc", "Angela", "Stéphane", "Wendy",
         "Karim", "Brigitte", "Trevor", "Annie", "Michael", "Josée", "Patrick", "Yasmin", "Éric", "Linda",
         "François", "Colleen", "Raj", "Caroline", "Denis", "Shauna", "Mathieu", "Erin", "Hélène", "Darren",
         "Nadia", "Gordon", "Valérie", "Tanya", "Benoît", "Amanda", "Rachid", "Lise", "Jean-Philippe",
         "Marie-Claude", "Fiona", "Simon", "Catherine", "Ian", "Émilie", "Jasmine", "Paul", "Sylvie", "Andrew",
         "Manon"]
LAST = ["Tremblay", "MacDonald", "Gagnon", "Nguyen", "Bouchard", "Fitzgerald", "Lavoie", "Chen", "Côté",
        "Sinclair", "Bélanger", "Okafor", "Pelletier", "Henderson", "Gauthier", "Singh", "Morin", "Campbell",
        "Ouellet", "Haddad", "Roy", "Kowalski", "Fortin", "Dubé", "Richardson", "Thibodeau", "Patel", "Girard",
        "McKenna", "Leblanc", "Arsenault", "Boivin", "Stewart", "Lachance", "Abdi", "Poirier", "Brennan",
        "Desjardins", "Kaur", "Vachon", "O'Neill", "St-Pierre", "Lindqvist", "Bergeron", "Whitfield",
        "Mercier", "Nadeau", "Grant", "Carrière", "Ivanova", "Drouin", "Lam", "Paquette", "Hughes"]

GA_EN = [
    "{role} is accountable for the planning, design and delivery of {area_l} programs and services across the "
    "department, and for providing strategic advice to senior management on emerging issues, risks and "
    "opportunities in this area.",
    "{role} provides leadership and strategic direction for {area_l}, ensuring that policies, operations and "
    "resources are aligned with departmental priorities and Government of Canada commitments, and that results "
    "are measured and reported to Parliament and Canadians.",
    "{role} is accountable for directing the {area_l} function nationally, including the development of "
    "frameworks, standards and tools, the management of partnerships with central agencies, other government "
    "departments and stakeholders, and the delivery of timely, evidence-based advice to the Assistant Deputy "
    "Minister.",
]
GA_FR = [
    "{role_fr} est responsable de la planification, de la conception et de la prestation des programmes et "
    "services en matière de {area_fr_l} dans l'ensemble du ministère, ainsi que de la prestation de conseils "
    "stratégiques à la haute direction sur les enjeux, les risques et les possibilités émergents.",
    "{role_fr} assure le leadership et l'orientation stratégique du secteur {area_fr_l}, veille à ce que les "
    "politiques, les opérations et les ressources soient harmonisées avec les priorités ministérielles et les "
    "engagements du gouvernement du Canada, et rend compte des résultats.",
]
NS_EN = [
    "The position operates in a complex, multi-jurisdictional environment marked by shifting government "
    "priorities, increased public scrutiny and rapid technological change. The incumbent must reconcile the "
    "competing priorities of internal partners and external stakeholders, often within tight timelines, and "
    "ensure that the department speaks with one voice on {area_l} issues.",
    "The incumbent leads a range of inter-dependent analytical, operational and consultative activities. Major "
    "challenges include modernizing aging business systems while maintaining service levels, recruiting and "
    "retaining specialized talent in a competitive market, and building productive relationships with provinces, "
    "territories, Indigenous partners and industry.",
    "The work of the directorate is closely aligned with the department's policy agenda and supports the "
    "Minister's mandate commitments. The incumbent is called upon to brief senior officials up to and including "
    "the Deputy Minister, and to represent the department at interdepartmental committees and in "
    "federal-provincial-territorial fora.",
]
NS_FR = [
    "Le poste s'inscrit dans un environnement complexe et multi-juridictionnel, marqué par l'évolution des "
    "priorités gouvernementales, un examen public accru et des changements technologiques rapides. Le ou la "
    "titulaire doit concilier les priorités concurrentes des partenaires internes et des intervenants externes, "
    "souvent dans des délais serrés.",
    "Le ou la titulaire dirige un ensemble d'activités interdépendantes d'analyse, d'opérations et de "
    "consultation. Les principaux défis comprennent la modernisation de systèmes vieillissants tout en "
    "maintenant les niveaux de service, ainsi que le recrutement et le maintien en poste d'un personnel "
    "spécialisé dans un marché concurrentiel.",
]
SA_EN = [
    "Directs the development and implementation of strategies, policies and operational frameworks for {area_l}.",
    "Provides authoritative advice and briefings to the Assistant Deputy Minister, the Deputy Minister and senior "
    "management committees on issues, risks and opportunities.",
    "Leads the preparation of Memoranda to Cabinet, Treasury Board submissions and reports to Parliament.",
    "Establishes and maintains effective partnerships with central agencies, other government departments, "
    "provinces and territories, and stakeholders.",
    "Manages the human, financial and material resources of the directorate with prudence and probity, in "
    "accordance with the values and ethics of the public service.",
    "Oversees performance measurement, evaluation and reporting to ensure that results are achieved and "
    "demonstrated.",
    "Represents the department at interdepartmental and federal-provincial-territorial committees and working "
    "groups.",
    "Fosters a healthy, inclusive and bilingual workplace and leads change management initiatives within the "
    "directorate.",
]
SA_FR = [
    "Dirige l'élaboration et la mise en œuvre de stratégies, de politiques et de cadres opérationnels en matière "
    "de {area_fr_l}.",
    "Fournit des conseils et des séances d'information faisant autorité au sous-ministre adjoint, au "
    "sous-ministre et aux comités de la haute direction.",
    "Dirige la préparation de mémoires au Cabinet, de présentations au Conseil du Trésor et de rapports au "
    "Parlement.",
    "Établit et entretient des partenariats efficaces avec les organismes centraux, les autres ministères, les "
    "provinces et territoires et les intervenants.",
    "Gère les ressources humaines, financières et matérielles de la direction avec prudence et probité, "
    "conformément aux valeurs et à l'éthique de la fonction publique.",
    "Supervise la mesure du rendement, l'évaluation et la production de rapports afin que les résultats soient "
    "atteints et démontrés.",
    "Favorise un milieu de travail sain, inclusif et bilingue et dirige les initiatives de gestion du changement.",
]
CSR_EN = [
    "Leadership and strategic direction for {area_l} in support of the department's mandate, delivered to "
    "Canadians, partners and senior management.",
    "Timely, evidence-based advice and effective programs in {area_l}, for the benefit of clients and "
    "stakeholders across the country.",
]
CSR_FR = [
    "Leadership et orientation stratégique en matière de {area_fr_l} à l'appui du mandat du ministère, au "
    "bénéfice des Canadiens, des partenaires et de la haute direction.",
]

# e-mail chatter. {first}: the addressee's first name; {title}: position title; {me}: the sender's first name.
ASK_EN = [
    "Hi {first},\n\nPlease find below the work description for the {title} position, for your review before it "
    "goes to the classification committee. Let me know if you have any comments by Friday.\n\nThanks,\n{me}",
    "Hello {first},\n\nAs discussed this morning, here is the WD for {title}. I pasted it in the body because the "
    "attachment keeps getting blocked by the mail filter.\n\nCheers,\n{me}",
    "{first},\n\nSee below. This is the version the DG signed off on. Can you load it into the tracking sheet?"
    "\n\n{me}",
    "Good afternoon {first},\n\nThe ADM's office asked for the current work description for the {title}. I copied "
    "the text of the signed version below. The signed PDF is on the shared drive.\n\nRegards,\n{me}",
]
REPLY_EN = [
    "Thanks {first}, looks good to me. Forwarding to the committee.\n\n{me}",
    "Hi {first},\n\nNo edits from our side. The DG would like it to go to the next committee meeting if "
    "possible.\n\n{me}",
    "Received, thank you. I will add it to the agenda for next week's meeting.\n\n{me}",
    "Hi {first} - I have no concerns with the text. Please make sure the effective date matches the one in the "
    "staffing action.\n\nThanks!\n{me}",
    "FYI - see the WD below. No action required.\n\n{me}",
]
ASK_FR = [
    "Bonjour {first},\n\nVoici ci-dessous la description de travail du poste de {title} pour examen avant le "
    "comité de classification. Merci de me faire part de vos commentaires d'ici vendredi.\n\nMerci,\n{me}",
    "Bonjour {first},\n\nTel que discuté ce matin, voici la DT pour {title}. Je l'ai collée dans le corps du "
    "message, car la pièce jointe est bloquée par le filtre.\n\nBonne journée,\n{me}",
    "Salut {first},\n\nC'est la version signée par la DG. Peux-tu l'ajouter au tableau de suivi?\n\n{me}",
]
REPLY_FR = [
    "Merci {first}, c'est parfait. Je transmets au comité.\n\n{me}",
    "Bonjour {first},\n\nAucune modification de notre côté. La DG souhaite que le dossier passe au prochain "
    "comité si possible.\n\n{me}",
    "Bien reçu, merci. Je l'ajoute à l'ordre du jour de la prochaine réunion.\n\n{me}",
]

DISCLAIMER_BI = (
    "This e-mail message and any attachments are intended only for the named recipient(s) and may contain "
    "information that is privileged or protected. If you have received this message in error, please notify "
    "the sender immediately and delete it.\n"
    "Ce courriel et toute pièce jointe sont destinés exclusivement au(x) destinataire(s) mentionné(s) et peuvent "
    "contenir des renseignements privilégiés ou protégés. Si vous avez reçu ce message par erreur, veuillez en "
    "aviser l'expéditeur immédiatement et le supprimer.")
DISCLAIMER_NAMED = (
    "CONFIDENTIALITY NOTICE: This communication is intended for the addressee only. Any unauthorized use, "
    "disclosure or copying is prohibited. If you received this message in error, please contact {name}, "
    "Departmental Privacy Coordinator, at {phone} and destroy all copies.")
DISCLAIMER_NAMED_FR = (
    "AVIS DE CONFIDENTIALITÉ : Ce message est destiné uniquement à son destinataire. Toute utilisation, "
    "divulgation ou reproduction non autorisée est interdite. Si vous avez reçu ce message par erreur, veuillez "
    "communiquer avec {name}, coordonnatrice ministérielle de la protection des renseignements personnels, au "
    "{phone}, et détruire toutes les copies.")
