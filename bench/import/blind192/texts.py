"""Prose, areas, departments and invented names for blind192 (mixed and partly translated documents)."""

# (english, french, french word-by-word calque of the English, english calque of the French)
AREAS = [
    ("Strategic Policy", "Politique stratégique", "Stratégique Politique", "the Policy Strategic"),
    ("Policy Development", "Élaboration des politiques", "Politique Développement", "the Elaboration of the Policies"),
    ("Operations", "Opérations", "Opérations", "the Operations"),
    ("Client Services", "Services aux clients", "Client Services", "the Services to the Clients"),
    ("Regional Operations", "Opérations régionales", "Régional Opérations", "the Operations Regional"),
    ("Digital Transformation", "Transformation numérique", "Numérique Transformation", "the Transformation Numeric"),
    ("Financial Planning", "Planification financière", "Financière Planification", "the Planification Financial"),
    ("Official Languages", "Langues officielles", "Officielles Langues", "the Languages Official"),
    ("Grants and Contributions", "Subventions et contributions", "Subventions et Contributions", "the Subventions and Contributions"),
    ("Research and Analysis", "Recherche et analyse", "Recherche et Analyse", "the Research and the Analysis"),
    ("Corporate Services", "Services ministériels", "Corporatif Services", "the Ministerial Services"),
    ("Indigenous Relations", "Relations avec les Autochtones", "Autochtone Relations", "the Relations with the Indigenous"),
    ("Compliance and Enforcement", "Conformité et application de la loi", "Conformité et Exécution", "the Conformity and Application of the Law"),
    ("Heritage Programs", "Programmes du patrimoine", "Patrimoine Programmes", "the Programs of the Heritage"),
    ("Audit and Evaluation", "Vérification et évaluation", "Audit et Évaluation", "the Verification and Evaluation"),
    ("Labour Market Information", "Information sur le marché du travail", "Travail Marché Information", "the Information on the Market of the Work"),
    ("Procurement Modernization", "Modernisation de l'approvisionnement", "Approvisionnement Modernisation", "the Modernization of the Supply"),
    ("Marine Safety", "Sécurité maritime", "Marine Sécurité", "the Security Maritime"),
    ("Energy Efficiency", "Efficacité énergétique", "Énergie Efficacité", "the Efficiency Energetic"),
    ("Integrity Services", "Services d'intégrité", "Intégrité Services", "the Services of Integrity"),
    ("Workforce Planning", "Planification de l'effectif", "Main-d'oeuvre Planification", "the Planning of the Workforce"),
    ("Settlement Programs", "Programmes d'établissement", "Établissement Programmes", "the Programs of Establishment"),
    ("Data Strategy", "Stratégie des données", "Données Stratégie", "the Strategy of the Data"),
    ("Benefits Delivery", "Prestation des avantages", "Avantages Livraison", "the Delivery of the Advantages"),
    ("Real Property", "Biens immobiliers", "Réel Propriété", "the Goods Immovable"),
    ("Communications", "Communications", "Communications", "the Communications"),
    ("Legislative Affairs", "Affaires législatives", "Législatives Affaires", "the Affairs Legislative"),
    ("Accessibility Programs", "Programmes d'accessibilité", "Accessibilité Programmes", "the Programs of Accessibility"),
    ("Cyber Security", "Cybersécurité", "Cyber Sécurité", "the Cybersecurity"),
    ("International Affairs", "Affaires internationales", "Internationales Affaires", "the Affairs International"),
    ("Rail Safety", "Sécurité ferroviaire", "Rail Sécurité", "the Security Railway"),
    ("Northern Programs", "Programmes du Nord", "Nordique Programmes", "the Programs of the North"),
    ("Student Financial Assistance", "Aide financière aux étudiants", "Étudiant Financière Assistance", "the Help Financial to the Students"),
    ("Contact Centres", "Centres d'appels", "Contact Centres", "the Centres of Calls"),
    ("Case Processing", "Traitement des cas", "Cas Traitement", "the Treatment of the Cases"),
    ("Evaluation Services", "Services d'évaluation", "Évaluation Services", "the Services of Evaluation"),
    ("Asset Management", "Gestion des actifs", "Actif Gestion", "the Management of the Assets"),
    ("Partnerships", "Partenariats", "Partenariats", "the Partnerships"),
    ("Security Screening", "Filtrage de sécurité", "Sécurité Filtrage", "the Filtering of Security"),
    ("Learning and Development", "Apprentissage et perfectionnement", "Apprentissage et Développement", "the Learning and the Perfecting"),
    ("Program Integrity", "Intégrité des programmes", "Programme Intégrité", "the Integrity of the Programs"),
    ("Arts Policy", "Politique des arts", "Arts Politique", "the Policy of the Arts"),
]

# (english, french, english address form, french address form)
DEPARTMENTS = [
    ("Immigration, Refugees and Citizenship Canada", "Immigration, Réfugiés et Citoyenneté Canada"),
    ("Employment and Social Development Canada", "Emploi et Développement social Canada"),
    ("Canadian Heritage", "Patrimoine canadien"),
    ("Natural Resources Canada", "Ressources naturelles Canada"),
    ("Public Services and Procurement Canada", "Services publics et Approvisionnement Canada"),
    ("Transport Canada", "Transports Canada"),
]

# (english, french)
PLACES = [
    ("Gatineau, Quebec", "Gatineau (Québec)"),
    ("Ottawa, Ontario", "Ottawa (Ontario)"),
    ("Montréal, Quebec", "Montréal (Québec)"),
    ("Moncton, New Brunswick", "Moncton (Nouveau-Brunswick)"),
    ("Québec City, Quebec", "Québec (Québec)"),
    ("Winnipeg, Manitoba", "Winnipeg (Manitoba)"),
    ("Vancouver, British Columbia", "Vancouver (Colombie-Britannique)"),
    ("Sudbury, Ontario", "Sudbury (Ontario)"),
]

# report titles: (english, french, group-level)
REPORTS = [
    ("Manager, {a}", "Gestionnaire, {f}", "PM-06"),
    ("Senior Manager, {a}", "Gestionnaire principal, {f}", "EC-07"),
    ("Manager, Policy Analysis", "Gestionnaire, Analyse des politiques", "EC-07"),
    ("Manager, Operations Support", "Gestionnaire, Soutien aux opérations", "AS-07"),
    ("Chief, Business Planning", "Chef, Planification des activités", "FI-03"),
    ("Manager, Program Delivery", "Gestionnaire, Prestation des programmes", "PM-06"),
    ("Senior Advisor", "Conseiller principal", "EC-06"),
    ("Manager, Systems and Data", "Gestionnaire, Systèmes et données", "IT-04"),
    ("Team Leader, Client Inquiries", "Chef d'équipe, Demandes des clients", "PM-05"),
    ("Executive Assistant", "Adjointe exécutive", "AS-02"),
    ("Manager, Engineering Services", "Gestionnaire, Services d'ingénierie", "EN-ENG-05"),
    ("Manager, Regional Coordination", "Gestionnaire, Coordination régionale", "PM-06"),
]

FIRST = ["Mireille", "Thaddeus", "Ngozi", "Bastien", "Orla", "Kiran", "Solange", "Dariusz", "Elodie", "Fergus",
         "Anouk", "Tobias", "Rosalind", "Yannick", "Marisol", "Casimir", "Leontine", "Osric", "Pernille", "Quentin",
         "Sigrid", "Ulysse", "Wendeline", "Aurèle", "Béatrice", "Gaëtan", "Hélène", "Ignatius", "Josée", "Laurent"]
LAST = ["Thibodeau-Marsh", "Okonkwo-Leduc", "Vanderhoek", "Brisebois", "Kalinowski", "Desjarlais", "Ferreira-Lapointe",
        "Huxtaby", "Lamontagne", "MacQuarrie", "Nakashima-Roy", "Ouellette", "Pelletreau", "Quennell", "Rautenberg",
        "Saint-Aubin", "Tremblay-Odum", "Villeneuve", "Wojcikowski", "Yarrowby", "Achterberg", "Beaudrault",
        "Castonguay", "Dunleavy", "Eskerod", "Fontanelle", "Gauthier-Mbeki", "Hollingrake", "Iturbide", "Jolicoeur"]

GA_EN = [
    "The {t} is accountable for the leadership, planning and delivery of the {a} function of the {d}, and for "
    "providing strategic advice to senior management on emerging issues, risks and priorities.",
    "The {t} directs the design, implementation and ongoing improvement of national {a} programs and services, "
    "and ensures that they meet the Government of Canada's commitments in both official languages.",
]
GA_FR = [
    "Le titulaire du poste de {t} est responsable de la direction, de la planification et de la prestation de la "
    "fonction {a} du ministère, et fournit des conseils stratégiques à la haute direction sur les enjeux émergents.",
    "Le ou la {t} dirige la conception, la mise en oeuvre et l'amélioration continue des programmes et services "
    "nationaux en matière de {a}, dans les deux langues officielles.",
]
# machine translation of the French into English (calques, literal word order)
GA_MT_EN = [
    "The holder of the post of {t} is responsible of the direction, of the planification and of the delivery of "
    "the function {a} of the ministry, and furnishes strategic advices to the high direction on the emerging stakes.",
]
# machine translation of the English into French
GA_MT_FR = [
    "Le {t} est imputable pour le leadership, la planification et la livraison de la fonction {a} du département, "
    "et pour fournir de l'avis stratégique à la gestion senior sur les issues émergentes.",
]
NS_EN = [
    "The position operates in a complex environment with multiple internal and external stakeholders, including "
    "provinces and territories, central agencies and Indigenous partners. The incumbent must reconcile competing "
    "priorities, manage significant financial and human resources and ensure that results are reported on time.",
    "Major challenges include modernizing aging systems while maintaining service standards, responding to "
    "ministerial and parliamentary requests on short notice, and building a diverse and bilingual workforce.",
]
NS_FR = [
    "Le poste s'inscrit dans un environnement complexe comportant de nombreux intervenants internes et externes, "
    "notamment les provinces et territoires, les organismes centraux et les partenaires autochtones.",
    "Les principaux défis consistent à moderniser des systèmes vieillissants tout en maintenant les normes de "
    "service, et à répondre rapidement aux demandes ministérielles et parlementaires.",
]
SA_EN = [
    "Provides strategic leadership and direction to the {a} function and its managers.",
    "Develops and implements multi-year plans, performance measures and risk frameworks.",
    "Represents the department with central agencies, other departments and external partners.",
    "Manages the financial and human resources of the organization in accordance with policy.",
    "Advises senior management on sensitive and complex issues and prepares briefing material.",
    "Fosters a healthy, inclusive and bilingual workplace.",
]
SA_FR = [
    "Assure le leadership stratégique et l'orientation de la fonction {a} et de ses gestionnaires.",
    "Élabore et met en oeuvre des plans pluriannuels, des mesures du rendement et des cadres de risque.",
    "Représente le ministère auprès des organismes centraux, des autres ministères et des partenaires externes.",
    "Gère les ressources financières et humaines de l'organisation conformément aux politiques.",
    "Conseille la haute direction sur des dossiers délicats et complexes et prépare des notes d'information.",
    "Favorise un milieu de travail sain, inclusif et bilingue.",
]
