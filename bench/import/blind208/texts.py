"""Invented positions, names and prose for blind208 (faxed work descriptions)."""

FIRST = ["Maryse", "Devon", "Ilona", "Taryn", "Gaétan", "Priya", "Osvaldo", "Lucienne", "Kwame", "Bronwyn",
         "Rémi", "Shauna", "Teodor", "Anouk", "Haruto", "Colette", "Dashiell", "Ysolde", "Fergus", "Nadège",
         "Emeka", "Solveig", "Baptiste", "Wren", "Mireille", "Cyprian", "Ottilie", "Jasleen", "Aurèle", "Kestrel"]
LAST = ["Vandermeer", "Okonkwo-Blais", "Thibodeau-Rusk", "Marchetti", "Laflamme", "Szymanek", "Quennell",
        "Ravensworth", "Dufresne-Akande", "Pelletier-Moss", "Kowalchuk", "Brisebois", "Achterberg", "Nadeau-Finch",
        "Oyelaran", "Gauthier-Lind", "Strømberg", "Beauregard", "Tremblay-Ocampo", "Halvorsen", "Lachapelle",
        "Ibekwe", "Cormier-Vance", "Desrosiers", "Whitlock", "Boudreau-Sato", "Fairweather", "Ménard", "Zielinski",
        "Aucoin"]

# department, short, French name, city en, city fr, fax area code, ADM title en/fr, branch units, report groups
DEPTS = [
    dict(en="Transport Canada", fr="Transports Canada", short="TC", city="Ottawa, Ontario", city_fr="Ottawa (Ontario)",
         area="613", adm=("Assistant Deputy Minister, Safety and Security", "Sous-ministre adjoint, Sécurité et sûreté"),
         groups=["TI-07", "TI-08", "EC-06", "EG-06", "AS-05"],
         dg=("Rail Safety", "Sécurité ferroviaire"),
         ed=("Dangerous Goods Transportation", "Transport des marchandises dangereuses"),
         dirs=[("Rail Safety Oversight", "Surveillance de la sécurité ferroviaire"),
               ("Railway Crossings Programs", "Programmes des passages à niveau"),
               ("Regulatory Affairs, Rail", "Affaires réglementaires, rail"),
               ("Dangerous Goods Inspections", "Inspections des marchandises dangereuses"),
               ("Emergency Response Assistance Plans", "Plans d’intervention d’urgence"),
               ("Dangerous Goods Regulatory Frameworks", "Cadres réglementaires des marchandises dangereuses")]),
    dict(en="Public Health Agency of Canada", fr="Agence de la santé publique du Canada", short="PHAC",
         city="Winnipeg, Manitoba", city_fr="Winnipeg (Manitoba)", area="204",
         adm=("Vice-President, Infectious Disease Programs", "Vice-président, Programmes des maladies infectieuses"),
         groups=["BI-04", "BI-05", "EC-07", "AS-06", "SE-RES-03"],
         dg=("Laboratory Science Operations", "Opérations scientifiques de laboratoire"),
         ed=("Infectious Disease Surveillance", "Surveillance des maladies infectieuses"),
         dirs=[("Biosafety and Biocontainment", "Biosécurité et bioconfinement"),
               ("Reference Laboratory Services", "Services de laboratoire de référence"),
               ("Laboratory Quality Management", "Gestion de la qualité des laboratoires"),
               ("Surveillance Systems Integration", "Intégration des systèmes de surveillance"),
               ("Outbreak Analytics", "Analytique des éclosions"),
               ("Zoonotic Disease Surveillance", "Surveillance des maladies zoonotiques")]),
    dict(en="Canada Border Services Agency", fr="Agence des services frontaliers du Canada", short="CBSA",
         city="Ottawa, Ontario", city_fr="Ottawa (Ontario)", area="613",
         adm=("Vice-President, Commercial and Trade Branch", "Vice-président, Direction générale du commerce"),
         groups=["FB-07", "FB-08", "PM-06", "EC-06", "CS-04"],
         dg=("Trade Compliance", "Observation commerciale"),
         ed=("Commercial Program Modernization", "Modernisation des programmes commerciaux"),
         dirs=[("Trade Verification Operations", "Opérations de vérification commerciale"),
               ("Origin and Valuation Programs", "Programmes d’origine et d’évaluation"),
               ("Anti-dumping Investigations", "Enquêtes antidumping"),
               ("Importer Services Design", "Conception des services aux importateurs"),
               ("Commercial Data Integration", "Intégration des données commerciales"),
               ("Release Processing Transformation", "Transformation du traitement de la mainlevée")]),
    dict(en="Fisheries and Oceans Canada", fr="Pêches et Océans Canada", short="DFO",
         city="Moncton, New Brunswick", city_fr="Moncton (Nouveau-Brunswick)", area="506",
         adm=("Regional Director General, Gulf Region", "Directeur général régional, Région du Golfe"),
         groups=["BI-05", "GT-07", "EG-07", "PC-04", "AS-07"],
         dg=("Fisheries Management, Gulf", "Gestion des pêches, Golfe"),
         ed=("Aquatic Ecosystems, Gulf", "Écosystèmes aquatiques, Golfe"),
         dirs=[("Conservation and Protection, Gulf", "Conservation et protection, Golfe"),
               ("Resource Management, Gulf", "Gestion des ressources, Golfe"),
               ("Small Craft Harbours, Gulf", "Ports pour petits bateaux, Golfe"),
               ("Fish and Fish Habitat Protection", "Protection du poisson et de son habitat"),
               ("Species at Risk, Gulf", "Espèces en péril, Golfe"),
               ("Aquatic Science Partnerships", "Partenariats en sciences aquatiques")]),
    dict(en="Employment and Social Development Canada", fr="Emploi et Développement social Canada", short="ESDC",
         city="Montréal, Quebec", city_fr="Montréal (Québec)", area="514",
         adm=("Assistant Deputy Minister, Quebec Region", "Sous-ministre adjoint, Région du Québec"),
         groups=["PM-06", "PM-05", "AS-07", "CR-05", "EC-05"],
         dg=("Benefits Processing, Quebec", "Traitement des prestations, Québec"),
         ed=("Integrity Services, Quebec", "Services d’intégrité, Québec"),
         dirs=[("Employment Insurance Processing", "Traitement de l’assurance-emploi"),
               ("Pensions Processing", "Traitement des pensions"),
               ("Processing Support and Workload Management", "Soutien au traitement et gestion de la charge de travail"),
               ("Investigations and Control", "Enquêtes et contrôle"),
               ("Risk Analytics", "Analyse des risques"),
               ("Integrity Quality Assurance", "Assurance de la qualité de l’intégrité")]),
]

SUBS = [("Operations", "Opérations"), ("Planning and Reporting", "Planification et rapports"),
        ("Policy Development", "Élaboration des politiques"), ("Regional Coordination", "Coordination régionale"),
        ("Data and Analytics", "Données et analytique"), ("Quality Assurance", "Assurance de la qualité"),
        ("Training and Standards", "Formation et normes"), ("Compliance Monitoring", "Surveillance de la conformité"),
        ("Stakeholder Relations", "Relations avec les intervenants"), ("Business Systems", "Systèmes opérationnels"),
        ("Field Services East", "Services sur le terrain, Est"), ("Field Services West", "Services sur le terrain, Ouest")]

GA_EN = ("The {title} is accountable for providing leadership and strategic direction to the {unit} programs of "
         "{dept}, for the design, delivery and continuous improvement of national operations, and for advice to "
         "senior management on emerging risks, partnerships and the effective use of human and financial resources.")
GA_FR = ("Le {title} est responsable d’assurer le leadership et l’orientation stratégique des programmes de "
         "{unit} de {dept}, de la conception, de la prestation et de l’amélioration continue des opérations "
         "nationales, et de conseiller la haute direction sur les risques émergents, les partenariats et "
         "l’utilisation efficace des ressources humaines et financières.")
NS_EN = ("The position operates in a complex environment of federal, provincial and industry partners, with "
         "significant public visibility. The incumbent anticipates issues, negotiates arrangements with "
         "stakeholders, resolves operational problems that have no precedent and ensures that decisions are "
         "defensible before central agencies, parliamentary committees and the public. The incumbent represents "
         "the department at interdepartmental committees and leads a workforce spread over several sites.")
NS_FR = ("Le poste évolue dans un milieu complexe de partenaires fédéraux, provinciaux et de l’industrie, et "
         "très visible pour le public. Le titulaire anticipe les enjeux, négocie des ententes avec les "
         "intervenants, règle des problèmes opérationnels sans précédent et veille à ce que les décisions soient "
         "défendables devant les organismes centraux, les comités parlementaires et le public. Il représente le "
         "ministère aux comités interministériels et dirige un effectif réparti sur plusieurs sites.")
SA_EN = ["Directs the planning, delivery and evaluation of the {unit} programs and services.",
         "Establishes priorities, manages human and financial resources and ensures accountability for results.",
         "Leads consultations with partners and stakeholders and negotiates agreements on program delivery.",
         "Provides strategic advice and briefings to senior management and central agencies.",
         "Contributes, as a member of the management team, to corporate planning and decision-making."]
SA_FR = ["Dirige la planification, la prestation et l’évaluation des programmes et services de {unit}.",
         "Établit les priorités, gère les ressources humaines et financières et rend compte des résultats.",
         "Mène les consultations auprès des partenaires et intervenants et négocie des ententes de prestation.",
         "Fournit des conseils stratégiques et des notes d’information à la haute direction et aux organismes centraux.",
         "Contribue, à titre de membre de l’équipe de gestion, à la planification ministérielle et à la prise de décision."]

NOTES = ["pls call me", "pls call me re: FTEs", "see p. 3 ->", "OK per DG", "file copy", "need signed version!",
         "rappelez-moi SVP", "à classer", "original to follow by mail", "2nd attempt - 1st fax illegible"]
STAMPS = ["RECEIVED", "COPY", "REÇU", "COPIE", "RECEIVED / REÇU", "FAXED", "CONFIDENTIAL"]
