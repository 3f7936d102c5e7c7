"""Prose, positions and invented names for blind187 (work descriptions laid out in Word tables)."""

FIRST = ["Maribel", "Olwen", "Tarek", "Ingrid", "Dominique", "Fenella", "Keshav", "Roisin", "Anatole",
         "Bronwyn", "Cyprien", "Delphine", "Eamon", "Gudrun", "Hollis", "Isaura", "Jovan", "Lucienne",
         "Marek", "Nadège", "Osric", "Philippa", "Quentin", "Rosalind", "Séverin", "Thandiwe", "Ulrich",
         "Violaine", "Wendeline", "Yannick", "Zélie", "Benedikt", "Clothilde", "Desmond", "Eulalie"]
LAST = ["Okafor-Brisebois", "Vantongeren", "Lachapelle-Ruiz", "Quimby", "Thibodeau-Nakamura", "Strathearn",
        "Marchildon", "Oyelaran", "Petitclerc", "Haverkamp", "Desrosiers-Lind", "Kowalczuk", "Beauregard",
        "Fairweather", "Gingras-Holt", "Iwasaki", "Jablonski", "Kerouac-Mbeki", "Lavigueur", "Mendelsohn",
        "Nadeau-Ortiz", "Pelletreau", "Rasmussen-Roy", "Szabo", "Tremblay-Achebe", "Underhill", "Villeneuve-Park",
        "Wojcik", "Ashdown", "Bellefeuille", "Carrigan", "Dufresne-Aziz"]

DEPARTMENTS = [
    ("Employment and Social Development Canada", "Emploi et Développement social Canada"),
    ("Immigration, Refugees and Citizenship Canada", "Immigration, Réfugiés et Citoyenneté Canada"),
    ("Fisheries and Oceans Canada", "Pêches et Océans Canada"),
    ("Natural Resources Canada", "Ressources naturelles Canada"),
    ("Public Services and Procurement Canada", "Services publics et Approvisionnement Canada"),
    ("Agriculture and Agri-Food Canada", "Agriculture et Agroalimentaire Canada"),
    ("Environment and Climate Change Canada", "Environnement et Changement climatique Canada"),
    ("Veterans Affairs Canada", "Anciens Combattants Canada"),
]

LOCATIONS = [
    ("Gatineau, Quebec", "Gatineau (Québec)"), ("Ottawa, Ontario", "Ottawa (Ontario)"),
    ("Moncton, New Brunswick", "Moncton (Nouveau-Brunswick)"), ("Winnipeg, Manitoba", "Winnipeg (Manitoba)"),
    ("Halifax, Nova Scotia", "Halifax (Nouvelle-Écosse)"), ("Edmonton, Alberta", "Edmonton (Alberta)"),
    ("Montréal, Quebec", "Montréal (Québec)"), ("Vancouver, British Columbia", "Vancouver (Colombie-Britannique)"),
    ("Charlottetown, Prince Edward Island", "Charlottetown (Île-du-Prince-Édouard)"),
    ("Regina, Saskatchewan", "Regina (Saskatchewan)"),
]

# subject (en, fr) -> used to build titles of directors, executive directors and directors general
SUBJECTS = [
    ("Benefits Processing Integrity", "Intégrité du traitement des prestations"),
    ("Marine Spatial Planning", "Planification spatiale marine"),
    ("Grants and Contributions Modernization", "Modernisation des subventions et contributions"),
    ("Workplace Accessibility Programs", "Programmes d'accessibilité en milieu de travail"),
    ("Geoscience Data Services", "Services de données géoscientifiques"),
    ("Procurement Risk and Assurance", "Risque et assurance en approvisionnement"),
    ("Temporary Resident Programs", "Programmes des résidents temporaires"),
    ("Small Craft Harbours Operations", "Exploitation des ports pour petits bateaux"),
    ("Climate Adaptation Policy", "Politique d'adaptation aux changements climatiques"),
    ("Veterans Case Management", "Gestion de cas des vétérans"),
    ("Agri-Food Market Access", "Accès aux marchés agroalimentaires"),
    ("Enterprise Data Governance", "Gouvernance des données d'entreprise"),
    ("Apprenticeship Grants Delivery", "Prestation des subventions aux apprentis"),
    ("Energy Efficiency Regulations", "Règlements sur l'efficacité énergétique"),
    ("Real Property Portfolio Planning", "Planification du portefeuille immobilier"),
    ("Settlement Program Design", "Conception du programme d'établissement"),
    ("Aquatic Invasive Species", "Espèces aquatiques envahissantes"),
    ("Labour Program Compliance", "Conformité du Programme du travail"),
    ("Critical Minerals Strategy", "Stratégie sur les minéraux critiques"),
    ("Pay Stabilization Operations", "Opérations de stabilisation de la paye"),
    ("Wildlife Enforcement Intelligence", "Renseignement sur l'application de la loi sur la faune"),
    ("Disability Benefits Adjudication", "Arbitrage des prestations d'invalidité"),
    ("Agricultural Risk Programs", "Programmes de gestion des risques agricoles"),
    ("Citizenship Operations", "Opérations de citoyenneté"),
    ("Ocean Science Partnerships", "Partenariats en sciences océaniques"),
    ("Pension Modernization", "Modernisation des pensions"),
    ("Forest Sector Innovation", "Innovation dans le secteur forestier"),
    ("Defence Procurement Secretariat", "Secrétariat de l'approvisionnement en défense"),
    ("Service Standards and Client Experience", "Normes de service et expérience client"),
    ("Water Quality Monitoring", "Surveillance de la qualité de l'eau"),
    ("Commemoration Programs", "Programmes de commémoration"),
    ("Plant Health Policy", "Politique sur la santé des végétaux"),
    ("Asylum Claims Intake", "Réception des demandes d'asile"),
    ("Fisheries Licensing", "Délivrance des permis de pêche"),
    ("Skills Training Partnerships", "Partenariats de formation professionnelle"),
    ("Nuclear Energy Policy", "Politique sur l'énergie nucléaire"),
    ("Translation Bureau Client Services", "Services à la clientèle du Bureau de la traduction"),
    ("Emissions Inventory and Reporting", "Inventaire et déclaration des émissions"),
    ("Rehabilitation Services", "Services de réadaptation"),
    ("Trade Agreements Implementation", "Mise en œuvre des accords commerciaux"),
    ("Passport Program Integrity", "Intégrité du Programme de passeport"),
    ("Coastal Infrastructure Renewal", "Renouvellement des infrastructures côtières"),
    ("Youth Employment Strategy", "Stratégie emploi jeunesse"),
]

LEVEL_TITLES = {
    "EX-01": ("Director, {s}", "Directeur ou directrice, {s}"),
    "EX-02": ("Executive Director, {s}", "Directeur exécutif ou directrice exécutive, {s}"),
    "EX-03": ("Director General, {s}", "Directeur général ou directrice générale, {s}"),
}

# direct report titles (en, fr) and usual groups
REPORT_UNITS = [
    ("Manager, Operations", "Gestionnaire, Opérations", ["PM-06", "AS-07"]),
    ("Manager, Policy and Planning", "Gestionnaire, Politiques et planification", ["EC-07", "EC-06"]),
    ("Manager, Program Delivery", "Gestionnaire, Prestation des programmes", ["PM-06", "PM-05"]),
    ("Senior Advisor", "Conseiller principal ou conseillère principale", ["EC-06", "PM-06"]),
    ("Manager, Data and Analytics", "Gestionnaire, Données et analytique", ["EC-07", "CS-04"]),
    ("Manager, Quality Assurance", "Gestionnaire, Assurance de la qualité", ["PM-06", "AS-06"]),
    ("Manager, Stakeholder Relations", "Gestionnaire, Relations avec les intervenants", ["PM-06", "IS-05"]),
    ("Manager, Systems and Tools", "Gestionnaire, Systèmes et outils", ["CS-04", "CS-05"]),
    ("Team Leader, Compliance Review", "Chef d'équipe, Examen de la conformité", ["PM-05", "PM-06"]),
    ("Manager, Science Coordination", "Gestionnaire, Coordination scientifique", ["PC-04", "EG-07"]),
    ("Executive Assistant", "Adjoint exécutif ou adjointe exécutive", ["AS-02", "AS-01"]),
    ("Manager, Finance and Administration", "Gestionnaire, Finances et administration", ["FI-03", "AS-06"]),
]
DIRECTOR_UNIT = ("Director, {s}", "Directeur ou directrice, {s}")

GA_EN = ("The {t} is accountable for the leadership, planning and delivery of the {s} function of the "
         "{b}, including the development of policies, operational standards and performance measures, and "
         "the management of the human and financial resources assigned to the {u}.")
GA_FR = ("Le titulaire du poste de {t} est responsable du leadership, de la planification et de la prestation "
         "de la fonction {s} ({b}), y compris l'élaboration des politiques, des normes opérationnelles et "
         "des mesures du rendement, ainsi que de la gestion des ressources humaines et financières de la {u}.")
NS_EN = ["The position operates in a complex environment shaped by ministerial priorities, central agency "
         "requirements and the expectations of provinces, territories and stakeholders.",
         "The incumbent must reconcile competing demands for limited resources while sustaining service "
         "standards and the confidence of partners.",
         "Major challenges include modernizing aging systems, renewing the workforce and responding to "
         "audit and evaluation findings within tight timelines."]
NS_FR = ["Le poste s'inscrit dans un environnement complexe façonné par les priorités ministérielles, les "
         "exigences des organismes centraux et les attentes des provinces, des territoires et des intervenants.",
         "Le ou la titulaire doit concilier des demandes concurrentes pour des ressources limitées tout en "
         "maintenant les normes de service et la confiance des partenaires.",
         "Les principaux défis comprennent la modernisation de systèmes vieillissants, le renouvellement de "
         "l'effectif et la réponse aux constatations d'audit et d'évaluation dans des délais serrés."]
SA_EN = ["Directs the development and implementation of strategies, plans and operational policies.",
         "Provides strategic advice to the {sup} and to senior management committees.",
         "Leads the management of human, financial and information resources of the {u}.",
         "Establishes and maintains partnerships with other federal organizations, provinces and stakeholders.",
         "Oversees performance measurement, risk management and reporting to Parliament and central agencies.",
         "Represents the Department in interdepartmental and federal-provincial-territorial fora."]
SA_FR = ["Dirige l'élaboration et la mise en œuvre des stratégies, des plans et des politiques opérationnelles.",
         "Fournit des conseils stratégiques au {sup} et aux comités de la haute direction.",
         "Dirige la gestion des ressources humaines, financières et informationnelles de la {u}.",
         "Établit et entretient des partenariats avec d'autres organisations fédérales, les provinces et les "
         "intervenants.",
         "Supervise la mesure du rendement, la gestion des risques et l'établissement de rapports.",
         "Représente le Ministère dans les forums interministériels et fédéraux-provinciaux-territoriaux."]
