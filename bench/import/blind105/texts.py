"""Data and prose for the blind105 corpus (invented positions, real departments)."""

DEPTS = [  # English, French, short form
    ("Employment and Social Development Canada", "Emploi et Développement social Canada", "ESDC"),
    ("Health Canada", "Santé Canada", "HC"),
    ("Transport Canada", "Transports Canada", "TC"),
    ("Natural Resources Canada", "Ressources naturelles Canada", "NRCan"),
    ("Fisheries and Oceans Canada", "Pêches et Océans Canada", "DFO"),
    ("Agriculture and Agri-Food Canada", "Agriculture et Agroalimentaire Canada", "AAFC"),
    ("Statistics Canada", "Statistique Canada", "StatCan"),
    ("Public Health Agency of Canada", "Agence de la santé publique du Canada", "PHAC"),
    ("Environment and Climate Change Canada", "Environnement et Changement climatique Canada", "ECCC"),
    ("Indigenous Services Canada", "Services aux Autochtones Canada", "ISC"),
    ("Immigration, Refugees and Citizenship Canada", "Immigration, Réfugiés et Citoyenneté Canada", "IRCC"),
    ("Public Safety Canada", "Sécurité publique Canada", "PS"),
    ("Innovation, Science and Economic Development Canada", "Innovation, Sciences et Développement économique Canada", "ISED"),
    ("Canadian Food Inspection Agency", "Agence canadienne d'inspection des aliments", "CFIA"),
    ("Veterans Affairs Canada", "Anciens Combattants Canada", "VAC"),
    ("Public Services and Procurement Canada", "Services publics et Approvisionnement Canada", "PSPC"),
    ("Shared Services Canada", "Services partagés Canada", "SSC"),
    ("Canada Border Services Agency", "Agence des services frontaliers du Canada", "CBSA"),
    ("Correctional Service Canada", "Service correctionnel Canada", "CSC"),
    ("Library and Archives Canada", "Bibliothèque et Archives Canada", "LAC"),
    ("Canadian Heritage", "Patrimoine canadien", "PCH"),
    ("Parks Canada", "Parcs Canada", "PC"),
    ("Canada Revenue Agency", "Agence du revenu du Canada", "CRA"),
    ("Global Affairs Canada", "Affaires mondiales Canada", "GAC"),
]

AREAS = [  # the position's own area, English and French
    ("Program Integrity", "Intégrité des programmes"),
    ("Regional Operations", "Opérations régionales"),
    ("Strategic Policy and Planning", "Politique stratégique et planification"),
    ("Grants and Contributions", "Subventions et contributions"),
    ("Client Service Delivery", "Prestation des services aux clients"),
    ("Corporate Planning and Reporting", "Planification et rapports ministériels"),
    ("Data Management and Analytics", "Gestion et analyse des données"),
    ("Internal Audit", "Vérification interne"),
    ("Emergency Management", "Gestion des urgences"),
    ("Labour Market Information", "Information sur le marché du travail"),
    ("Digital Services", "Services numériques"),
    ("Real Property and Accommodation", "Biens immobiliers et locaux"),
    ("Compliance and Enforcement", "Conformité et application de la loi"),
    ("Indigenous Partnerships", "Partenariats autochtones"),
    ("Financial Operations", "Opérations financières"),
    ("Information Management", "Gestion de l'information"),
    ("Regulatory Affairs", "Affaires réglementaires"),
    ("Communications and Outreach", "Communications et sensibilisation"),
    ("Security Operations", "Opérations de sécurité"),
    ("Science Policy", "Politique scientifique"),
    ("Program Evaluation", "Évaluation des programmes"),
    ("Procurement Services", "Services d'approvisionnement"),
    ("Workforce Planning", "Planification de l'effectif"),
    ("International Relations", "Relations internationales"),
    ("Laboratory Services", "Services de laboratoire"),
    ("Risk Management", "Gestion des risques"),
    ("Enterprise Architecture", "Architecture d'entreprise"),
    ("Cost Recovery", "Recouvrement des coûts"),
    ("Ports and Marine Safety", "Ports et sécurité maritime"),
    ("Benefits Processing", "Traitement des prestations"),
    ("Intelligence and Analysis", "Renseignement et analyse"),
    ("Heritage Collections", "Collections patrimoniales"),
    ("Visitor Experience", "Expérience des visiteurs"),
    ("Trade Controls", "Contrôles commerciaux"),
    ("Infrastructure Programs", "Programmes d'infrastructure"),
    ("Official Languages", "Langues officielles"),
    ("Integrity and Values", "Intégrité et valeurs"),
    ("Environmental Assessment", "Évaluation environnementale"),
    ("Pension Services", "Services de pension"),
    ("Network Services", "Services de réseau"),
    ("Border Programs", "Programmes frontaliers"),
    ("Case Management", "Gestion des cas"),
    ("Research and Innovation", "Recherche et innovation"),
    ("Policy Coordination", "Coordination des politiques"),
    ("Contact Centre Operations", "Opérations des centres de contact"),
    ("Surveillance Programs", "Programmes de surveillance"),
    ("Service Transformation", "Transformation des services"),
    ("Access to Information and Privacy", "Accès à l'information et protection des renseignements personnels"),
]

BRANCHES = [
    ("Strategic Policy Branch", "Direction générale de la politique stratégique"),
    ("Corporate Services Branch", "Direction générale des services ministériels"),
    ("Program Operations Branch", "Direction générale des opérations de programmes"),
    ("Regulatory Operations Branch", "Direction générale des opérations réglementaires"),
    ("Chief Financial Officer Branch", "Direction générale du dirigeant principal des finances"),
    ("Service Delivery Branch", "Direction générale de la prestation des services"),
    ("Science and Technology Branch", "Direction générale des sciences et de la technologie"),
    ("Digital Transformation Branch", "Direction générale de la transformation numérique"),
    ("Operations Sector", "Secteur des opérations"),
    ("Policy Sector", "Secteur des politiques"),
]

SUBS = [  # subunits for direct reports
    ("Client Services", "Services aux clients"), ("Business Planning", "Planification des activités"),
    ("Operational Policy", "Politique opérationnelle"), ("Quality Assurance", "Assurance de la qualité"),
    ("Data Analysis", "Analyse des données"), ("Program Design", "Conception des programmes"),
    ("Regional Coordination", "Coordination régionale"), ("Systems Support", "Soutien des systèmes"),
    ("Stakeholder Relations", "Relations avec les intervenants"), ("Performance Measurement", "Mesure du rendement"),
    ("Resource Management", "Gestion des ressources"), ("Field Operations", "Opérations sur le terrain"),
    ("Training and Learning", "Formation et apprentissage"), ("Investigations", "Enquêtes"),
    ("Technical Services", "Services techniques"), ("Research", "Recherche"),
    ("Contracting", "Passation de contrats"), ("Accounting Operations", "Opérations comptables"),
    ("Risk Assessment", "Évaluation des risques"), ("Partnerships", "Partenariats"),
    ("Information Services", "Services d'information"), ("Application Development", "Développement d'applications"),
    ("Program Monitoring", "Surveillance des programmes"), ("Policy Analysis", "Analyse des politiques"),
    ("Issues Management", "Gestion des enjeux"), ("Records Management", "Gestion des documents"),
    ("Inspection Programs", "Programmes d'inspection"), ("Outreach", "Sensibilisation"),
    ("Claims Processing", "Traitement des demandes"), ("Standards", "Normes"),
]

REPORT_KINDS_EN = [("Manager, ", "Gestionnaire, "), ("Chief, ", "Chef, "), ("Team Leader, ", "Chef d'équipe, "),
                   ("Senior Manager, ", "Gestionnaire principal, "), ("Head, ", "Responsable, ")]
GROUPS = ["EC-07", "EC-06", "AS-07", "PM-06", "CS-04", "FI-04", "EG-07", "PE-06", "CO-03", "IS-06",
          "AS-06", "PM-05", "CS-05", "SE-RES-03", "EN-ENG-05", "BI-04", "FB-07", "CR-05"]

LOCATIONS = [  # English form, French form, expected form
    ("Ottawa, Ontario", "Ottawa (Ontario)"), ("Gatineau, Quebec", "Gatineau (Québec)"),
    ("Halifax, Nova Scotia", "Halifax (Nouvelle-Écosse)"), ("Winnipeg, Manitoba", "Winnipeg (Manitoba)"),
    ("Edmonton, Alberta", "Edmonton (Alberta)"), ("Vancouver, British Columbia", "Vancouver (Colombie-Britannique)"),
    ("Montréal, Quebec", "Montréal (Québec)"), ("Moncton, New Brunswick", "Moncton (Nouveau-Brunswick)"),
    ("Regina, Saskatchewan", "Regina (Saskatchewan)"), ("Toronto, Ontario", "Toronto (Ontario)"),
    ("St. John's, Newfoundland and Labrador", "St. John's (Terre-Neuve-et-Labrador)"),
    ("Charlottetown, Prince Edward Island", "Charlottetown (Île-du-Prince-Édouard)"),
    ("Sherbrooke, Quebec", "Sherbrooke (Québec)"), ("Shawinigan, Quebec", "Shawinigan (Québec)"),
    ("Miramichi, New Brunswick", "Miramichi (Nouveau-Brunswick)"), ("Québec, Quebec", "Québec (Québec)"),
    ("Kingston, Ontario", "Kingston (Ontario)"), ("Calgary, Alberta", "Calgary (Alberta)"),
]

FIRST = ["Marie-Claude", "Darren", "Priya", "Étienne", "Shannon", "Gurpreet", "Josée", "Malcolm", "Nadia",
         "Trevor", "Geneviève", "Oluwaseun", "Heather", "Rémi", "Karen", "Li", "Sylvain", "Aisha", "Brent",
         "Mélanie", "Connor", "Fatima", "Denis", "Rachel", "Pierre-Luc", "Tanya", "Wei", "Isabelle", "Graham",
         "Nathalie", "Kwame", "Sandra", "Yannick", "Deborah", "Amélie", "Ravi"]
LAST = ["Tremblay", "MacLeod", "Sandhu", "Bergeron", "O'Reilly", "Nguyen", "Lavoie", "Okafor", "Whitfield",
        "Gagnon", "Chen", "Desrosiers", "Fraser", "Pelletier", "Kowalski", "Boucher", "Haddad", "Morrison",
        "Côté", "Singh", "Leblanc", "Mackenzie", "Ouellet", "Robichaud", "Dubé", "Ferguson", "Thibodeau",
        "Amponsah", "Caron", "Stewart", "Paquette", "Hughes", "Girard", "Yeung"]

GA_EN = [
    "The {t} is accountable for the leadership, planning and delivery of the department's {a} "
    "program, including the development of national frameworks, operational policies and standards, "
    "and for providing strategic advice to the {s} and senior management on emerging issues.",
    "Provides leadership and strategic direction to the {a} function of {d}; directs the design, "
    "implementation and continuous improvement of programs and services; and ensures that resources are "
    "managed with prudence and probity in support of departmental priorities.",
    "Accountable to the {s} for the management of {a}, the delivery of results to Canadians and "
    "the department's clients, and the integration of policy, operations and service improvement "
    "across the branch and with regions, central agencies and partners.",
]
GA_FR = [
    "Le ou la titulaire est responsable de la direction, de la planification et de la prestation du "
    "programme {a} du ministère, notamment de l'élaboration des cadres nationaux, des politiques "
    "opérationnelles et des normes, et fournit des conseils stratégiques au {s} et à la haute direction.",
    "Assure le leadership et l'orientation stratégique de la fonction {a} de {d}; dirige la conception, "
    "la mise en oeuvre et l'amélioration continue des programmes et des services; et veille à la gestion "
    "prudente et judicieuse des ressources à l'appui des priorités ministérielles.",
]
NS_EN = [
    "{d} operates in a complex, multi-jurisdictional environment in which federal priorities, "
    "provincial and territorial programs and the expectations of stakeholders must be reconciled. The "
    "{t} leads a multidisciplinary team and is the department's focal point for {a}.",
    "The position operates under tight timelines and intense public and parliamentary scrutiny. Major "
    "challenges include reconciling competing priorities of internal and external stakeholders, "
    "modernizing aging systems and processes, and recruiting and retaining specialized staff.",
    "The incumbent must anticipate emerging issues, provide considered and consistent advice that "
    "represents the collective views of the department, and build effective relationships with central "
    "agencies, other government departments, industry and Indigenous organizations.",
    "As a member of the branch's senior management team, the {t} contributes to corporate planning, "
    "decision-making and the overarching management culture, and represents the department on "
    "interdepartmental and federal-provincial-territorial committees.",
]
NS_FR = [
    "{d} évolue dans un environnement complexe où les priorités fédérales, les programmes provinciaux "
    "et territoriaux et les attentes des intervenants doivent être conciliés. Le ou la titulaire dirige "
    "une équipe multidisciplinaire et constitue le point central du ministère en matière de {a}.",
    "Le poste s'exerce dans des délais serrés et sous l'examen attentif du public et du Parlement. Les "
    "principaux défis consistent à concilier des priorités concurrentes, à moderniser des systèmes "
    "vieillissants et à recruter et maintenir en poste un personnel spécialisé.",
    "En tant que membre de l'équipe de la haute direction, le ou la titulaire contribue à la "
    "planification ministérielle et à la prise de décisions, et représente le ministère auprès des "
    "comités interministériels et fédéraux-provinciaux-territoriaux.",
]
SA_EN = [
    "Provides leadership and oversight for the development, delivery and assessment of the {a} program.",
    "Directs the development and implementation of national strategies, operational policies and standards.",
    "Provides advice, guidance and direction to the {s} and senior management committees on existing and emerging issues.",
    "Establishes and maintains effective relationships with central agencies, provinces, territories and stakeholders.",
    "Establishes the directorate's priorities and manages its human and financial resources.",
    "Directs the conduct of research, analysis and performance measurement to support evidence-based decisions.",
    "Represents the department on interdepartmental and federal-provincial-territorial committees.",
    "Leads change management and service improvement initiatives across the branch and the regions.",
    "Oversees the preparation of Memoranda to Cabinet, Treasury Board submissions and briefing materials.",
]
SA_FR = [
    "Assure le leadership et la surveillance de l'élaboration, de la prestation et de l'évaluation du programme {a}.",
    "Dirige l'élaboration et la mise en oeuvre de stratégies nationales, de politiques opérationnelles et de normes.",
    "Fournit des conseils et une orientation au {s} et aux comités de la haute direction.",
    "Établit et entretient des relations efficaces avec les organismes centraux, les provinces, les territoires et les intervenants.",
    "Établit les priorités de la direction et gère ses ressources humaines et financières.",
    "Dirige la recherche, l'analyse et la mesure du rendement à l'appui de décisions fondées sur des données probantes.",
    "Représente le ministère au sein de comités interministériels et fédéraux-provinciaux-territoriaux.",
    "Dirige les initiatives de gestion du changement et d'amélioration des services.",
]
CSR_EN = "Canadians and the department's clients receive timely, accurate and accessible {a} services that meet published service standards."
CSR_FR = "Les Canadiens et les clients du ministère reçoivent des services de {a} rapides, exacts et accessibles, conformes aux normes de service publiées."
