"""Departments, areas, names, labels and prose for the blind94 corpus (issue 12).

Everything here is invented for the corpus (positions, numbers, people); the departments are
real federal departments and agencies, the prose follows the EX work-description conventions of
the seed documents (general accountability, organization structure, nature and scope,
dimensions, specific accountabilities, certification; or client-service results / key
activities)."""

# (English, French, English short, French short, [areas (en, fr)])
DEPARTMENTS = [
    ("Employment and Social Development Canada", "Emploi et Développement social Canada", "ESDC", "EDSC",
     [("Labour Market Information", "Information sur le marché du travail"),
      ("Apprenticeship and Sectoral Initiatives", "Apprentissage et initiatives sectorielles"),
      ("Executive Group Services", "Services au groupe de la direction")]),
    ("Treasury Board of Canada Secretariat", "Secrétariat du Conseil du Trésor du Canada", "TBS", "SCT",
     [("Expenditure Analysis", "Analyse des dépenses"),
      ("Digital Policy", "Politique numérique"),
      ("Executive Compensation", "Rémunération des cadres")]),
    ("Health Canada", "Santé Canada", "HC", "SC",
     [("Medical Devices Compliance", "Conformité des instruments médicaux"),
      ("Consumer Product Safety", "Sécurité des produits de consommation")]),
    ("Public Health Agency of Canada", "Agence de la santé publique du Canada", "PHAC", "ASPC",
     [("Emergency Preparedness", "Préparation aux urgences"),
      ("Health Security Surveillance", "Surveillance de la sécurité sanitaire")]),
    ("Immigration, Refugees and Citizenship Canada", "Immigration, Réfugiés et Citoyenneté Canada", "IRCC", "IRCC",
     [("Refugee Resettlement", "Réinstallation des réfugiés"),
      ("Citizenship Operations", "Opérations de citoyenneté")]),
    ("Natural Resources Canada", "Ressources naturelles Canada", "NRCan", "RNCan",
     [("Energy Efficiency Programs", "Programmes d'efficacité énergétique"),
      ("Geoscience Information", "Information géoscientifique")]),
    ("Environment and Climate Change Canada", "Environnement et Changement climatique Canada", "ECCC", "ECCC",
     [("Environmental Enforcement", "Application de la loi en environnement"),
      ("Climate Adaptation", "Adaptation aux changements climatiques")]),
    ("Global Affairs Canada", "Affaires mondiales Canada", "GAC", "AMC",
     [("Trade Policy Coordination", "Coordination de la politique commerciale"),
      ("Consular Operations", "Opérations consulaires")]),
    ("Canada Revenue Agency", "Agence du revenu du Canada", "CRA", "ARC",
     [("Collections Operations", "Opérations de recouvrement"),
      ("Charities", "Organismes de bienfaisance")]),
    ("Statistics Canada", "Statistique Canada", "StatCan", "StatCan",
     [("Social Data Integration", "Intégration des données sociales"),
      ("Census Operations", "Opérations du recensement")]),
    ("Fisheries and Oceans Canada", "Pêches et Océans Canada", "DFO", "MPO",
     [("Fisheries Resource Management", "Gestion des ressources halieutiques"),
      ("Aquatic Ecosystems", "Écosystèmes aquatiques")]),
    ("Agriculture and Agri-Food Canada", "Agriculture et Agroalimentaire Canada", "AAFC", "AAC",
     [("Business Risk Management", "Gestion des risques de l'entreprise"),
      ("Market Access", "Accès aux marchés")]),
    ("Innovation, Science and Economic Development Canada", "Innovation, Sciences et Développement économique Canada",
     "ISED", "ISDE",
     [("Spectrum Licensing", "Délivrance des licences du spectre"),
      ("Small Business Financing", "Financement des petites entreprises")]),
    ("Indigenous Services Canada", "Services aux Autochtones Canada", "ISC", "SAC",
     [("Community Infrastructure", "Infrastructures communautaires"),
      ("Education Partnerships", "Partenariats en éducation")]),
    ("Public Services and Procurement Canada", "Services publics et Approvisionnement Canada", "PSPC", "SPAC",
     [("Pay Stabilization", "Stabilisation de la paye"),
      ("Real Property Services", "Services immobiliers")]),
    ("Shared Services Canada", "Services partagés Canada", "SSC", "SPC",
     [("Network Operations", "Opérations des réseaux"),
      ("Enterprise Architecture", "Architecture d'entreprise")]),
    ("Canadian Food Inspection Agency", "Agence canadienne d'inspection des aliments", "CFIA", "ACIA",
     [("Animal Health Operations", "Opérations de santé des animaux"),
      ("Import Controls", "Contrôles des importations")]),
    ("Canada School of Public Service", "École de la fonction publique du Canada", "CSPS", "EFPC",
     [("Leadership Development", "Perfectionnement en leadership")]),
    ("Public Service Commission of Canada", "Commission de la fonction publique du Canada", "PSC", "CFP",
     [("Staffing Oversight", "Surveillance de la dotation")]),
    ("Transport Canada", "Transports Canada", "TC", "TC",
     [("Rail Safety", "Sécurité ferroviaire"),
      ("Marine Safety Operations", "Opérations de sécurité maritime")]),
    ("Canadian Heritage", "Patrimoine canadien", "PCH", "PCH",
     [("Official Languages Support Programs", "Programmes d'appui aux langues officielles")]),
    ("Veterans Affairs Canada", "Anciens Combattants Canada", "VAC", "ACC",
     [("Disability Benefits Processing", "Traitement des prestations d'invalidité")]),
    ("Canada Border Services Agency", "Agence des services frontaliers du Canada", "CBSA", "ASFC",
     [("Traveller Programs", "Programmes des voyageurs")]),
    ("Library and Archives Canada", "Bibliothèque et Archives Canada", "LAC", "BAC",
     [("Digital Preservation", "Préservation numérique")]),
    ("Department of Justice Canada", "Ministère de la Justice Canada", "JUS", "JUS",
     [("Legal Practice Management", "Gestion de la pratique du droit")]),
    ("Correctional Service Canada", "Service correctionnel Canada", "CSC", "SCC",
     [("Offender Programs", "Programmes pour délinquants")]),
]

CORPORATE_AREAS = [
    ("Financial Planning and Analysis", "Planification et analyse financières"),
    ("Human Resources Operations", "Opérations des ressources humaines"),
    ("Strategic Policy", "Politique stratégique"),
    ("Internal Audit", "Vérification interne"),
    ("Information Management", "Gestion de l'information"),
    ("Corporate Planning and Reporting", "Planification ministérielle et rapports"),
    ("Communications and Public Affairs", "Communications et affaires publiques"),
    ("Security and Emergency Management", "Sécurité et gestion des urgences"),
]

SUB_UNITS = [
    ("Policy and Planning", "Politiques et planification", "EC-07"),
    ("Operations", "Opérations", "PM-06"),
    ("Program Delivery", "Prestation des programmes", "PM-06"),
    ("Data and Analytics", "Données et analytique", "EC-07"),
    ("Stakeholder Relations", "Relations avec les intervenants", "PM-06"),
    ("Business Systems", "Systèmes opérationnels", "IT-04"),
    ("Compliance and Enforcement", "Conformité et application", "PM-06"),
    ("Financial Management", "Gestion financière", "FI-03"),
    ("Governance and Reporting", "Gouvernance et rapports", "EC-06"),
    ("Strategic Initiatives", "Initiatives stratégiques", "EC-07"),
    ("Client Services", "Services à la clientèle", "PM-05"),
    ("Data Management", "Gestion des données", "IT-03"),
    ("Engagement and Outreach", "Mobilisation et sensibilisation", "IS-05"),
    ("Quality Assurance", "Assurance de la qualité", "PM-05"),
    ("Research", "Recherche", "EC-06"),
    ("Technical Services", "Services techniques", "EN-ENG-05"),
    ("Regional Coordination", "Coordination régionale", "PM-06"),
    ("Contracting and Procurement", "Contrats et approvisionnement", "PG-05"),
]

LOCATIONS = [  # (English, French)
    ("Ottawa, Ontario", "Ottawa (Ontario)"),
    ("Gatineau, Quebec", "Gatineau (Québec)"),
    ("Montréal, Quebec", "Montréal (Québec)"),
    ("Toronto, Ontario", "Toronto (Ontario)"),
    ("Halifax, Nova Scotia", "Halifax (Nouvelle-Écosse)"),
    ("Moncton, New Brunswick", "Moncton (Nouveau-Brunswick)"),
    ("Winnipeg, Manitoba", "Winnipeg (Manitoba)"),
    ("Edmonton, Alberta", "Edmonton (Alberta)"),
    ("Vancouver, British Columbia", "Vancouver (Colombie-Britannique)"),
    ("Québec, Quebec", "Québec (Québec)"),
    ("Regina, Saskatchewan", "Regina (Saskatchewan)"),
    ("Charlottetown, Prince Edward Island", "Charlottetown (Île-du-Prince-Édouard)"),
    ("St. John's, Newfoundland and Labrador", "St. John's (Terre-Neuve-et-Labrador)"),
    ("Shawinigan, Quebec", "Shawinigan (Québec)"),
    ("Sudbury, Ontario", "Sudbury (Ontario)"),
]

FIRST = ["Marie-Claude", "Jonathan", "Priya", "Étienne", "Heather", "Mohamed", "Geneviève", "Darren",
         "Sylvie", "Kwame", "Louise", "Raymond", "Anne-Sophie", "Trevor", "Nadia", "Benoît", "Colleen",
         "Hugo", "Farah", "Douglas", "Isabelle", "Wei", "Chantal", "Gregory", "Mélanie", "Aaron",
         "Josée", "Sandeep", "Karine", "Malcolm", "Roxanne", "Pierre-Luc", "Ingrid", "Olivier", "Tamara"]
LAST = ["Thibodeau", "MacLellan", "Ouellette", "Narayan", "Fitzgerald", "Bélanger", "Okafor", "Desrosiers",
        "Lindqvist", "Gagnon", "Whitfield", "Arsenault", "Chowdhury", "Lévesque", "McCormack", "Paquette",
        "Sørensen", "Tremblay", "Haddad", "Boucher", "Kowalczyk", "Pelletier", "Abernathy", "Côté",
        "Robichaud", "Nguyen", "St-Amour", "Drummond", "Villeneuve", "Osei", "Lafrenière", "Brennan"]

# label sets: key -> variants
LABELS_EN = {
    "title": ["Position Title", "Title", "Job Title", "POSITION TITLE", "Official Title"],
    "classification": ["Classification", "Group and Level", "Group/Level", "Position Level", "Level"],
    "job_code": ["Job Code", "Position Job Code", "Generic Job No.", "Job Code No."],
    "position_number": ["Position Number", "Position No.", "Position #", "Pos. No."],
    "effective_date": ["Effective Date", "Date Effective", "Effective", "Date in Effect"],
    "sup_num": ["Supervisor's Position No.", "Supervisor Position Number", "Immediate Supervisor Position No."],
    "sup_title": ["Supervisor's Position Title", "Supervisor Title", "Immediate Supervisor Title"],
    "sup_class": ["Supervisor's Classification", "Supervisor Group & Level", "Supervisor Level"],
    "location": ["Geographic Location", "Location", "Work Location", "City/Province"],
    "department": ["Department", "Organization", "Department/Agency"],
    "branch": ["Branch", "Sector", "Branch - Service"],
}
LABELS_FR = {
    "title": ["Titre du poste", "Intitulé du poste", "TITRE DU POSTE"],
    "classification": ["Classification", "Groupe et niveau", "Groupe/niveau", "Niveau"],
    "job_code": ["Code d'emploi", "No de code d'emploi", "Code de l'emploi"],
    "position_number": ["Numéro du poste", "No du poste", "N° de poste"],
    "effective_date": ["Date d'entrée en vigueur", "Date de prise d'effet", "En vigueur le"],
    "sup_num": ["No de poste du superviseur", "Numéro de poste du supérieur immédiat"],
    "sup_title": ["Titre du poste du superviseur", "Titre du supérieur immédiat"],
    "sup_class": ["Classification du superviseur", "Groupe et niveau du supérieur immédiat"],
    "location": ["Lieu géographique", "Emplacement géographique", "Lieu de travail"],
    "department": ["Ministère", "Organisation", "Ministère/organisme"],
    "branch": ["Direction générale", "Secteur"],
}

HEAD_EN = {
    "ga": ["General Accountability", "GENERAL ACCOUNTABILITY", "1. General Accountability"],
    "org": ["Organization Structure", "Organizational Structure", "ORGANIZATION STRUCTURE"],
    "ns": ["Nature and Scope", "NATURE AND SCOPE", "Nature & Scope"],
    "dim": ["Dimensions", "DIMENSIONS", "Dimensions (annual)"],
    "sa": ["Specific Accountabilities", "SPECIFIC ACCOUNTABILITIES", "Key Activities"],
    "cert": ["Certification", "CERTIFICATION", "Signatures"],
    "csr": ["Client Service Results", "CLIENT SERVICE RESULTS"],
}
HEAD_FR = {
    "ga": ["Responsabilité générale", "RESPONSABILITÉ GÉNÉRALE", "Responsabilités générales"],
    "org": ["Structure organisationnelle", "STRUCTURE DE L'ORGANISATION", "Organigramme et structure"],
    "ns": ["Nature et étendue", "NATURE ET ÉTENDUE", "Nature et portée"],
    "dim": ["Dimensions", "DIMENSIONS", "Dimensions (annuelles)"],
    "sa": ["Responsabilités spécifiques", "RESPONSABILITÉS PARTICULIÈRES", "Activités principales"],
    "cert": ["Certification", "ATTESTATION", "Signatures"],
    "csr": ["Résultats axés sur le service à la clientèle", "RÉSULTATS POUR LES CLIENTS"],
}

GA_EN = [
    "The {title} is accountable for the leadership, planning and delivery of the department's {area} "
    "programs and services, for providing strategic advice to the {sup} and to senior management, and for "
    "the sound management of the human and financial resources entrusted to the {unit}.",
    "Under the general direction of the {sup}, the incumbent is accountable for the design, development and "
    "delivery of national {area} policies, programs and services, and for the provision of integrated advisory "
    "services to departmental executives and central agencies.",
    "This position is accountable for providing leadership and strategic direction to {area} activities across "
    "{dept_short}, ensuring that they respond to government priorities, meet the expectations of Canadians "
    "and are delivered in accordance with legislative and policy frameworks.",
]
GA_FR = [
    "Le titulaire du poste de {title} est responsable de la direction, de la planification et de la prestation "
    "des programmes et services ministériels en matière {de_area}, de la prestation de conseils stratégiques "
    "au {sup} et à la haute direction, ainsi que de la saine gestion des ressources humaines et financières "
    "de la {unit}.",
    "Sous la direction générale du {sup}, le titulaire est responsable de la conception, de l'élaboration et de "
    "la prestation des politiques, programmes et services nationaux en matière {de_area}, et de la prestation "
    "de services consultatifs intégrés aux cadres du Ministère et aux organismes centraux.",
    "Ce poste est chargé d'assurer le leadership et l'orientation stratégique des activités {de_area} au sein "
    "du Ministère, afin qu'elles répondent aux priorités du gouvernement et aux attentes des Canadiens.",
]

NS_EN = [
    "{dept} operates in a complex, multi-jurisdictional environment in which provinces and territories, "
    "industry, labour and other federal departments all hold a stake in {area}. The {unit} provides the "
    "corporate perspective needed to integrate and harmonize these views into coherent advice for the "
    "Minister and the Deputy Minister.",
    "The incumbent leads a range of inter-dependent analytical, consultative and operational activities. "
    "Major challenges include reconciling the competing priorities of internal and external stakeholders, "
    "delivering on departmental commitments with limited resources, and modernizing aging systems and "
    "business processes while maintaining service to Canadians.",
    "The work of the {unit} is closely aligned with the department's policy agenda and its results framework. "
    "The incumbent must anticipate emerging issues, brief senior officials up to and including the Deputy "
    "Minister, and represent the department with central agencies, other governments and partners.",
    "The position functions in an environment of high public and media visibility. Decisions taken by the "
    "incumbent have a direct impact on clients, on the department's reputation and on the credibility of "
    "the Government of Canada in {area}.",
]
NS_FR = [
    "Le Ministère évolue dans un environnement complexe où les provinces et territoires, l'industrie, les syndicats "
    "et d'autres ministères fédéraux ont tous un intérêt dans le domaine {de_area}. La {unit} fournit la "
    "perspective ministérielle nécessaire pour intégrer ces points de vue et conseiller le ministre et le "
    "sous-ministre de façon cohérente.",
    "Le titulaire dirige un ensemble d'activités interdépendantes d'analyse, de consultation et d'opérations. "
    "Parmi les principaux défis, mentionnons la conciliation des priorités concurrentes des intervenants "
    "internes et externes, la réalisation des engagements ministériels avec des ressources limitées et la "
    "modernisation des systèmes et des processus opérationnels.",
    "Le travail de la {unit} est étroitement lié au programme stratégique du Ministère et à son cadre "
    "ministériel des résultats. Le titulaire doit prévoir les enjeux émergents, informer les hauts "
    "fonctionnaires jusqu'au sous-ministre et représenter le Ministère auprès des organismes centraux.",
]

SA_EN = [
    "Develops and implements {area} policy and program frameworks, strategies and plans to advance departmental priorities.",
    "Provides advice, guidance and direction to the Assistant Deputy Minister and senior management committees on existing and emerging issues.",
    "Leads the delivery of {area} programs and services, including planning, monitoring, performance measurement and reporting.",
    "Establishes the priorities of the {unit}, and manages its human, financial and material resources with prudence and probity.",
    "Represents the interests of the department with central agencies, other federal organizations and provincial and territorial partners.",
    "Directs the preparation of Memoranda to Cabinet, Treasury Board submissions and briefing materials for the Minister.",
    "Negotiates and manages partnership arrangements and agreements with stakeholders to harmonize approaches and products.",
    "Leads the modernization of business processes and systems supporting {area}, and the associated change management.",
    "Fosters a healthy, diverse and inclusive workplace and promotes official languages, values and ethics.",
    "Oversees risk management, audit and evaluation follow-up for the programs under the position's responsibility.",
]
SA_FR = [
    "Élabore et met en œuvre les cadres, stratégies et plans stratégiques et de programmes en matière {de_area}.",
    "Fournit des conseils, une orientation et une direction au sous-ministre adjoint et aux comités de la haute direction sur les enjeux actuels et émergents.",
    "Dirige la prestation des programmes et services {de_area}, y compris la planification, le suivi, la mesure du rendement et les rapports.",
    "Établit les priorités de la {unit} et gère ses ressources humaines, financières et matérielles avec prudence et probité.",
    "Représente les intérêts du Ministère auprès des organismes centraux, des autres organisations fédérales et des partenaires provinciaux et territoriaux.",
    "Dirige la préparation des mémoires au Cabinet, des présentations au Conseil du Trésor et des documents d'information à l'intention du ministre.",
    "Négocie et gère des ententes de partenariat avec les intervenants afin d'harmoniser les approches et les produits.",
    "Dirige la modernisation des processus opérationnels et des systèmes liés au domaine {de_area} ainsi que la gestion du changement connexe.",
    "Favorise un milieu de travail sain, diversifié et inclusif et fait la promotion des langues officielles, des valeurs et de l'éthique.",
]

CSR_EN = ("Provides {dept_short} executives, the Minister and Canadians with {area} programs, policies and advice "
          "that are timely, evidence-based and aligned with government priorities.")
CSR_FR = ("Fournit aux cadres du Ministère, au ministre et aux Canadiens des programmes, des politiques et des "
          "conseils en matière {de_area} opportuns, fondés sur des données probantes et conformes aux priorités du gouvernement.")

CERT_EN = "The foregoing description is an accurate and complete statement of the duties assigned to the position."
CERT_FR = "La description qui précède est un énoncé exact et complet des fonctions attribuées au poste."
