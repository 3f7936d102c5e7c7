"""Departments, subject areas, people and prose for blind48 (invented positions in real
federal departments; wording written for this corpus after the seed documents)."""

# (english name, french name, short, city, province, french city form)
DEPARTMENTS = [
    ("Employment and Social Development Canada", "Emploi et Développement social Canada", "ESDC",
     "Gatineau", "Quebec"),
    ("Canada Revenue Agency", "Agence du revenu du Canada", "CRA", "Ottawa", "Ontario"),
    ("Immigration, Refugees and Citizenship Canada", "Immigration, Réfugiés et Citoyenneté Canada",
     "IRCC", "Ottawa", "Ontario"),
    ("Fisheries and Oceans Canada", "Pêches et Océans Canada", "DFO", "Moncton", "New Brunswick"),
    ("Public Services and Procurement Canada", "Services publics et Approvisionnement Canada",
     "PSPC", "Gatineau", "Quebec"),
    ("Statistics Canada", "Statistique Canada", "StatCan", "Ottawa", "Ontario"),
    ("Transport Canada", "Transports Canada", "TC", "Ottawa", "Ontario"),
    ("Natural Resources Canada", "Ressources naturelles Canada", "NRCan", "Ottawa", "Ontario"),
    ("Health Canada", "Santé Canada", "HC", "Ottawa", "Ontario"),
    ("Canada Border Services Agency", "Agence des services frontaliers du Canada", "CBSA",
     "Ottawa", "Ontario"),
    ("Environment and Climate Change Canada", "Environnement et Changement climatique Canada",
     "ECCC", "Gatineau", "Quebec"),
    ("Veterans Affairs Canada", "Anciens Combattants Canada", "VAC", "Charlottetown",
     "Prince Edward Island"),
    ("Agriculture and Agri-Food Canada", "Agriculture et Agroalimentaire Canada", "AAFC",
     "Ottawa", "Ontario"),
    ("Indigenous Services Canada", "Services aux Autochtones Canada", "ISC", "Winnipeg", "Manitoba"),
    ("Shared Services Canada", "Services partagés Canada", "SSC", "Ottawa", "Ontario"),
    ("Correctional Service of Canada", "Service correctionnel du Canada", "CSC", "Kingston", "Ontario"),
    ("Canadian Heritage", "Patrimoine canadien", "PCH", "Gatineau", "Quebec"),
    ("Innovation, Science and Economic Development Canada",
     "Innovation, Sciences et Développement économique Canada", "ISED", "Ottawa", "Ontario"),
    ("Public Health Agency of Canada", "Agence de la santé publique du Canada", "PHAC", "Winnipeg",
     "Manitoba"),
    ("Canada Mortgage and Housing Corporation", "Société canadienne d'hypothèques et de logement",
     "CMHC", "Ottawa", "Ontario"),
    ("Service Canada", "Service Canada", "SC", "Vancouver", "British Columbia"),
    ("Library and Archives Canada", "Bibliothèque et Archives Canada", "LAC", "Gatineau", "Quebec"),
]

PROVINCE_FR = {"Quebec": "Québec", "Ontario": "Ontario", "New Brunswick": "Nouveau-Brunswick",
               "Prince Edward Island": "Île-du-Prince-Édouard", "Manitoba": "Manitoba",
               "British Columbia": "Colombie-Britannique", "Nova Scotia": "Nouvelle-Écosse",
               "Alberta": "Alberta"}
PROVINCE_ABBR = {"Quebec": "QC", "Ontario": "ON", "New Brunswick": "NB", "Prince Edward Island": "PE",
                 "Manitoba": "MB", "British Columbia": "BC", "Nova Scotia": "NS", "Alberta": "AB"}

# (english area, french area)
AREAS = [
    ("Program Integrity", "Intégrité des programmes"),
    ("Workforce Planning and Analytics", "Planification et analytique de l'effectif"),
    ("Benefits Delivery Modernization", "Modernisation du versement des prestations"),
    ("Regulatory Affairs", "Affaires réglementaires"),
    ("Financial Planning and Resource Management", "Planification financière et gestion des ressources"),
    ("Client Experience", "Expérience client"),
    ("Strategic Policy", "Politique stratégique"),
    ("Data Governance and Stewardship", "Gouvernance et intendance des données"),
    ("Small Craft Harbours", "Ports pour petits bateaux"),
    ("Real Property Services", "Services des biens immobiliers"),
    ("Enterprise Architecture", "Architecture d'entreprise"),
    ("Labour Market Information", "Information sur le marché du travail"),
    ("Audit and Evaluation", "Vérification et évaluation"),
    ("Intergovernmental Relations", "Relations intergouvernementales"),
    ("Trade Remedies and Compliance", "Recours commerciaux et conformité"),
    ("Grants and Contributions", "Subventions et contributions"),
    ("Security Operations", "Opérations de sécurité"),
    ("Official Languages", "Langues officielles"),
    ("Procurement Policy", "Politique d'approvisionnement"),
    ("Corporate Secretariat", "Secrétariat ministériel"),
    ("Settlement Programs", "Programmes d'établissement"),
    ("Emergency Management", "Gestion des urgences"),
    ("Digital Services", "Services numériques"),
    ("Investigations and Enforcement", "Enquêtes et application de la loi"),
    ("Pension Policy", "Politique des pensions"),
    ("Research and Knowledge Mobilization", "Recherche et mobilisation des connaissances"),
    ("Compensation Operations", "Opérations de la rémunération"),
    ("Indigenous Partnerships", "Partenariats autochtones"),
    ("Accessibility Programs", "Programmes d'accessibilité"),
    ("Risk Management and Internal Controls", "Gestion des risques et contrôles internes"),
    ("Spectrum Management", "Gestion du spectre"),
    ("Occupational Health and Safety", "Santé et sécurité au travail"),
    ("Information Management", "Gestion de l'information"),
    ("Contact Centre Operations", "Opérations des centres de contact"),
    ("Environmental Assessment", "Évaluation environnementale"),
    ("Heritage Collections", "Collections patrimoniales"),
    ("Housing Research", "Recherche sur le logement"),
    ("Border Programs", "Programmes frontaliers"),
]

# units reporting to a Director: (english, french)
UNITS = [
    ("Manager, Operations", "Gestionnaire, Opérations"),
    ("Manager, Policy and Planning", "Gestionnaire, Politiques et planification"),
    ("Senior Analyst, Performance Measurement", "Analyste principal, Mesure du rendement"),
    ("Manager, Business Intelligence", "Gestionnaire, Intelligence d'affaires"),
    ("Chief, Quality Assurance", "Chef, Assurance de la qualité"),
    ("Manager, Stakeholder Engagement", "Gestionnaire, Mobilisation des intervenants"),
    ("Team Leader, Client Services", "Chef d'équipe, Services aux clients"),
    ("Manager, Systems and Data", "Gestionnaire, Systèmes et données"),
    ("Senior Advisor, Governance", "Conseiller principal, Gouvernance"),
    ("Manager, Program Design", "Gestionnaire, Conception des programmes"),
    ("Chief, Financial Services", "Chef, Services financiers"),
    ("Manager, Compliance Review", "Gestionnaire, Examen de la conformité"),
    ("Executive Assistant", "Adjoint exécutif"),
    ("Manager, Regional Coordination", "Gestionnaire, Coordination régionale"),
    ("Senior Project Manager", "Gestionnaire de projet principal"),
]
NON_EX = ["EC-07", "EC-06", "AS-07", "AS-06", "PM-06", "CO-03", "FI-04", "CS-05", "PE-06", "IS-06",
          "CR-05", "AS-02", "EG-07", "PM-05", "FI-03", "CS-04", "EC-08"]

FIRST = ["Marie-Claude", "Daniel", "Priya", "Jean-François", "Aisha", "Robert", "Nathalie", "Kevin",
         "Sophie", "Mohammed", "Geneviève", "Liam", "Hélène", "Tariq", "Catherine", "Olivier",
         "Brenda", "Stéphane", "Yuki", "Patrick", "Isabelle", "Darnell", "Chantal", "Gurpreet",
         "Lucie", "Trevor", "Amélie", "Farah", "Maxime", "Wendy", "Étienne", "Rosalind"]
LAST = ["Bouchard", "Okafor", "Lindqvist", "Thibodeau", "MacPherson", "Nakamura", "Gagnon",
        "Ferreira", "Desjardins", "Abernethy", "Pelletier", "Sandhu", "Moreau", "Kowalczyk",
        "Beauregard", "O'Donnell", "Lavoie", "Achterberg", "Côté", "Mbeki", "Fournier", "Whitlock",
        "Tremblay-Roy", "Haddad", "Ouellette", "Sørensen", "Dupuis", "Chen", "Bergeron", "Ramsay"]

GA_EN = [
    "The {title} is accountable for the design, delivery and continuous improvement of the "
    "Department's {area_l} programs and services, and for the provision of strategic advice to "
    "senior management on emerging issues, risks and opportunities affecting the {area} function.",
    "Provides leadership and strategic direction for {area_l}, ensuring that policies, programs and "
    "operations respond to departmental priorities, central agency requirements and the needs of "
    "Canadians, and that resources are managed with prudence and probity.",
    "Under the general direction of the {sup}, the incumbent directs the planning, development and "
    "implementation of national {area_l} strategies, frameworks and initiatives, and represents the "
    "Department with central agencies, other federal organizations and external partners.",
]
GA_FR = [
    "Le titulaire est responsable de la conception, de la prestation et de l'amélioration continue "
    "des programmes et services ministériels en matière de {area_l}, ainsi que de la prestation de "
    "conseils stratégiques à la haute direction sur les enjeux, risques et possibilités émergents.",
    "Assure le leadership et l'orientation stratégique de la fonction {area_l}, en veillant à ce que "
    "les politiques, programmes et opérations répondent aux priorités ministérielles, aux exigences "
    "des organismes centraux et aux besoins des Canadiens.",
    "Sous l'autorité {du_sup}, dirige la planification, l'élaboration et la mise en oeuvre des "
    "stratégies, cadres et initiatives nationaux en matière de {area_l} et représente le Ministère "
    "auprès des organismes centraux et des partenaires externes.",
]
NS_EN = [
    "The {area} function operates in a complex, multi-jurisdictional environment, with impacts from "
    "national and international developments, evolving government priorities and heightened "
    "expectations for transparency and service. The incumbent must reconcile competing priorities of "
    "internal and external stakeholders to meet critical objectives and timelines.",
    "{dept} is mandated to deliver programs and services that touch millions of Canadians. The "
    "position provides a corporate perspective for the development of policies, strategies and "
    "initiatives that integrate and harmonize the views of regions, program areas and partners, "
    "ensuring that Ministers and senior officials receive considered and consistent advice.",
    "Major challenges include the modernization of aging systems and business processes while "
    "maintaining uninterrupted service, the recruitment and retention of a skilled workforce, and "
    "the management of horizontal files where the incumbent has influence but no direct authority.",
]
NS_FR = [
    "La fonction {area_l} s'exerce dans un environnement complexe et multijuridictionnel, marqué par "
    "l'évolution des priorités gouvernementales et des attentes accrues en matière de transparence "
    "et de service. Le titulaire doit concilier les priorités concurrentes des intervenants internes "
    "et externes afin de respecter des objectifs et des échéanciers critiques.",
    "{dept} a pour mandat d'offrir des programmes et des services qui touchent des millions de "
    "Canadiens. Le poste apporte une perspective ministérielle à l'élaboration de politiques, de "
    "stratégies et d'initiatives qui intègrent et harmonisent les points de vue des régions, des "
    "secteurs de programme et des partenaires.",
    "Les principaux défis comprennent la modernisation de systèmes et de processus vieillissants "
    "tout en maintenant la continuité du service, le recrutement et le maintien en poste d'un "
    "effectif qualifié, et la gestion de dossiers horizontaux sans autorité hiérarchique directe.",
]
SA_EN = [
    "Directs the development and implementation of {area_l} policy and program frameworks, strategies and plans to advance departmental priorities.",
    "Provides advice, guidance and direction to the Assistant Deputy Minister and senior management committees on existing and emerging issues.",
    "Establishes and maintains effective relationships with central agencies, provinces and territories, and other federal organizations.",
    "Leads the planning, monitoring and reporting of results, including performance measurement, evaluation and audit follow-up.",
    "Manages the human, financial and material resources of the organization with prudence and probity, in accordance with the values and ethics of the Public Service.",
    "Represents the Department on interdepartmental and federal-provincial-territorial committees and working groups.",
    "Directs the preparation of briefing materials, Memoranda to Cabinet and Treasury Board submissions.",
    "Fosters a healthy, diverse and inclusive workplace and leads change management initiatives.",
]
SA_FR = [
    "Dirige l'élaboration et la mise en oeuvre des cadres stratégiques et des plans en matière de {area_l} afin de faire progresser les priorités ministérielles.",
    "Fournit des conseils et une orientation au sous-ministre adjoint et aux comités de la haute direction sur les enjeux existants et émergents.",
    "Établit et entretient des relations efficaces avec les organismes centraux, les provinces et territoires et les autres organisations fédérales.",
    "Dirige la planification, le suivi et la production de rapports sur les résultats, y compris la mesure du rendement et le suivi des vérifications.",
    "Gère les ressources humaines, financières et matérielles de l'organisation avec prudence et probité, conformément aux valeurs et à l'éthique de la fonction publique.",
    "Représente le Ministère au sein de comités et de groupes de travail interministériels et fédéraux-provinciaux-territoriaux.",
    "Dirige la préparation de documents d'information, de mémoires au Cabinet et de présentations au Conseil du Trésor.",
    "Favorise un milieu de travail sain, diversifié et inclusif et dirige les initiatives de gestion du changement.",
]
CSR_EN = ("Client Service Results", "Key Activities", [
    "Leading the delivery of {area_l} services to departmental clients and Canadians.",
    "Developing and implementing national strategies, standards and tools.",
    "Providing strategic advice and briefings to senior management and central agencies.",
    "Managing partnerships with other government departments, provinces and stakeholders.",
    "Managing the directorate's resources and fostering a culture of service excellence.",
])
CSR_FR = ("Résultats axés sur le service à la clientèle", "Activités principales", [
    "Diriger la prestation des services en matière de {area_l} aux clients ministériels et aux Canadiens.",
    "Élaborer et mettre en oeuvre des stratégies, normes et outils nationaux.",
    "Fournir des conseils stratégiques et des breffages à la haute direction et aux organismes centraux.",
    "Gérer les partenariats avec les autres ministères, les provinces et les intervenants.",
    "Gérer les ressources de la direction et favoriser une culture d'excellence du service.",
])
