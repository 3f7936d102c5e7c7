"""Invented positions, places, prose and names for blind190 (no real person's name)."""

DEPARTMENTS = [
    ("Immigration, Refugees and Citizenship Canada", "Immigration, Réfugiés et Citoyenneté Canada"),
    ("Fisheries and Oceans Canada", "Pêches et Océans Canada"),
    ("Employment and Social Development Canada", "Emploi et Développement social Canada"),
    ("Public Services and Procurement Canada", "Services publics et Approvisionnement Canada"),
    ("Environment and Climate Change Canada", "Environnement et Changement climatique Canada"),
    ("Transport Canada", "Transports Canada"),
    ("Veterans Affairs Canada", "Anciens Combattants Canada"),
]

# head subject, ADM sector, director subjects
FAMILIES = [
    (("Asylum Operations", "Opérations d'asile"), ("Operations", "des opérations"),
     [("Asylum Claims Processing", "Traitement des demandes d'asile"), ("Hearings Support", "Soutien aux audiences"),
      ("Case Review", "Examen des cas"), ("Intake Modernization", "Modernisation de l'accueil"),
      ("Regional Coordination, Atlantic", "Coordination régionale, Atlantique")]),
    (("Ecosystems Science", "Sciences des écosystèmes"), ("Science", "des sciences"),
     [("Fisheries Science", "Sciences halieutiques"), ("Aquatic Ecosystems", "Écosystèmes aquatiques"),
      ("Hydrography Services", "Services hydrographiques"), ("Ocean Data Management", "Gestion des données océaniques"),
      ("Stock Assessment", "Évaluation des stocks")]),
    (("Labour Market Programs", "Programmes du marché du travail"), ("Skills and Employment", "des compétences et de l'emploi"),
     [("Labour Market Information", "Information sur le marché du travail"), ("Apprenticeship Programs", "Programmes d'apprentissage"),
      ("Student Financial Assistance", "Aide financière aux étudiants"), ("Grants and Contributions Delivery", "Prestation des subventions et contributions"),
      ("Youth Employment Strategy", "Stratégie d'emploi pour les jeunes")]),
    (("Acquisitions Services", "Services d'acquisition"), ("Procurement", "de l'approvisionnement"),
     [("Procurement Policy", "Politique d'approvisionnement"), ("Defence Procurement", "Approvisionnement en matière de défense"),
      ("Supplier Relations", "Relations avec les fournisseurs"), ("Contract Quality Assurance", "Assurance de la qualité des contrats"),
      ("Real Property Contracting", "Passation de contrats immobiliers")]),
    (("Climate Adaptation", "Adaptation aux changements climatiques"), ("Climate Change", "des changements climatiques"),
     [("Adaptation Policy", "Politique d'adaptation"), ("Climate Services", "Services climatologiques"),
      ("Emissions Reporting", "Déclaration des émissions"), ("Regional Resilience", "Résilience régionale"),
      ("Climate Finance", "Financement climatique")]),
    (("Marine Safety", "Sécurité maritime"), ("Safety and Security", "de la sécurité et de la sûreté"),
     [("Vessel Inspection", "Inspection des bâtiments"), ("Marine Personnel Standards", "Normes du personnel maritime"),
      ("Navigation Protection", "Protection de la navigation"), ("Marine Regulatory Affairs", "Affaires réglementaires maritimes"),
      ("Pilotage Oversight", "Surveillance du pilotage")]),
    (("Benefits Delivery", "Prestation des avantages"), ("Service Delivery", "de la prestation des services"),
     [("Disability Benefits", "Prestations d'invalidité"), ("Case Management Services", "Services de gestion de cas"),
      ("Client Experience", "Expérience client"), ("Health Care Programs", "Programmes de soins de santé"),
      ("Benefits Processing, Charlottetown", "Traitement des prestations, Charlottetown")]),
]

LOCATIONS = [
    ("Ottawa, Ontario", "Ottawa (Ontario)"), ("Gatineau, Quebec", "Gatineau (Québec)"),
    ("Moncton, New Brunswick", "Moncton (Nouveau-Brunswick)"),
    ("Charlottetown, Prince Edward Island", "Charlottetown (Île-du-Prince-Édouard)"),
    ("Winnipeg, Manitoba", "Winnipeg (Manitoba)"), ("Montréal, Quebec", "Montréal (Québec)"),
    ("Halifax, Nova Scotia", "Halifax (Nouvelle-Écosse)"), ("Vancouver, British Columbia", "Vancouver (Colombie-Britannique)"),
    ("Québec, Quebec", "Québec (Québec)"), ("Dartmouth, Nova Scotia", "Dartmouth (Nouvelle-Écosse)"),
]

REPORT_UNITS = [
    ("Operations", "Opérations"), ("Policy", "Politiques"), ("Planning and Reporting", "Planification et rapports"),
    ("Analytics", "Analytique"), ("Program Delivery", "Exécution des programmes"), ("Partnerships", "Partenariats"),
    ("Systems", "Systèmes"), ("Quality Assurance", "Assurance de la qualité"), ("Outreach", "Sensibilisation"),
    ("Compliance", "Conformité"), ("Research", "Recherche"), ("Stakeholder Relations", "Relations avec les intervenants"),
    ("Business Integration", "Intégration des activités"), ("Training and Standards", "Formation et normes"),
]
REPORT_ROLES = [("Manager", "Gestionnaire"), ("Chief", "Chef"), ("Senior Manager", "Gestionnaire principal"),
                ("Team Lead", "Chef d'équipe")]
REPORT_GROUPS = ["PM-06", "EC-07", "AS-07", "CS-04", "EC-08", "FI-04", "PE-06", "CO-03", "EN-ENG-05", "PM-05",
                 "IS-05", "BI-04", "EC-06"]

GIVEN = ["Maëlle", "Torvald", "Priyanka", "Anselme", "Wilhelmina", "Kestrel", "Oriane", "Bartholomew", "Ysolde",
         "Dorian", "Faustine", "Leopold", "Nadège", "Osric", "Perpétue", "Quillon", "Rosalind", "Sévérin",
         "Thaddeus", "Ulrika", "Valérien", "Winnifred", "Xavière", "Yannick", "Zéphirine", "Ambroise", "Brielle",
         "Corentin", "Delphine", "Evander"]
FAMILY = ["Quennevillard", "Osterbrook", "Pelletrand", "Makwanaquet", "Thibodreau", "Vasquelin", "Brackenholt",
          "Duchassin", "Fairweatherby", "Gauvrechon", "Hollingmere", "Lachapellière", "Mirandeau", "Nakamurowski",
          "Ouellbrook", "Plamondeur", "Rosenthwaite", "Saint-Ombre", "Tremblecourt", "Whitlockson", "Auclairmont",
          "Beaulnoyer", "Castonnage", "Desrochemont", "Esquimbault"]

GA_EN = [
    "The {t} is accountable for the leadership, planning and delivery of the {s} function of the {d}, ensuring that "
    "programs and services are delivered to Canadians in a timely, effective and accountable manner.",
    "The position provides strategic direction to a team of managers and specialists and represents the department "
    "with central agencies, other federal organizations, provinces and territories, and external stakeholders.",
]
GA_FR = [
    "Le {t} est responsable du leadership, de la planification et de la prestation de la fonction {s} du {d}, en "
    "veillant à ce que les programmes et les services soient offerts aux Canadiennes et aux Canadiens de façon "
    "opportune, efficace et responsable.",
    "Le titulaire assure l'orientation stratégique d'une équipe de gestionnaires et de spécialistes et représente le "
    "ministère auprès des organismes centraux, des autres organisations fédérales, des provinces et des territoires "
    "ainsi que des intervenants externes, dans le respect des obligations prévues par la Loi sur les langues officielles.",
]
NS_EN = [
    "The {s} environment is shaped by shifting government priorities, growing public expectations, and the need to "
    "modernize aging systems while maintaining uninterrupted service.",
    "The incumbent must reconcile competing demands from regions, partners and central agencies, and must anticipate "
    "emerging issues that could affect the department's reputation.",
    "Major challenges include attracting and retaining specialized talent, managing risk in a decentralized delivery "
    "network, and demonstrating results with constrained resources.",
]
NS_FR = [
    "Le contexte de la fonction {s} est façonné par l'évolution des priorités gouvernementales, les attentes "
    "croissantes de la population et la nécessité de moderniser des systèmes vieillissants tout en assurant la "
    "continuité du service.",
    "Le titulaire doit concilier les exigences concurrentes des régions, des partenaires et des organismes centraux, "
    "et doit prévoir les enjeux émergents susceptibles de nuire à la réputation du ministère.",
    "Parmi les principaux défis, mentionnons l'attraction et le maintien en poste d'un effectif spécialisé, la gestion "
    "des risques au sein d'un réseau de prestation décentralisé et la démonstration des résultats obtenus avec des "
    "ressources limitées.",
    "Le titulaire doit en outre s'assurer que les communications et les services offerts au public respectent "
    "pleinement les exigences en matière de langues officielles, tant à l'administration centrale que dans les régions.",
]
SA_EN = ["Directs the development of policies, plans and service standards for {s}.",
         "Oversees the management of financial and human resources and ensures sound stewardship.",
         "Establishes partnerships with provinces, territories and stakeholder organizations.",
         "Provides expert advice to senior management and prepares briefing material for the Minister."]
SA_FR = ["Dirige l'élaboration des politiques, des plans et des normes de service relatifs à la fonction {s}.",
         "Supervise la gestion des ressources financières et humaines et assure une saine intendance des fonds publics.",
         "Établit des partenariats avec les provinces, les territoires et les organismes intervenants.",
         "Fournit des conseils spécialisés à la haute direction et prépare des documents d'information à l'intention "
         "du ministre et du sous-ministre."]

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
