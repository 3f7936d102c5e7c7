"""Prose, areas and invented names for blind209 (accessible and linearized work descriptions)."""

FIRST = ["Maëlle", "Oren", "Talia", "Bastien", "Keziah", "Ravi", "Solange", "Idris", "Wren", "Anouk", "Caius",
         "Delphine", "Ezra", "Noémie", "Tobiah", "Ysolde", "Marek", "Liora", "Gaspard", "Inès", "Jovan", "Séverine",
         "Kallum", "Odile", "Pritam", "Rosalind", "Thibault", "Ulani", "Vianney", "Zorah"]
LAST = ["Quellet-Brisbois", "Marchetti-Ng", "Okonkwo-Lavoie", "Halvorsen", "Desrosiers-Tam", "Kaczmarek",
        "Lévesque-Ahn", "Barrowfield", "Nakamura-Roy", "Pelletier-Osei", "Strathearn", "Vaillancourt-Ibe",
        "Whitlock", "Yarrowby", "Zielinski-Cho", "Fontenelle", "Gagnon-Mbeki", "Hollingrake", "Ivanova-Dubé",
        "Jessome", "Kerrigan-Paré", "Lindqvist", "Mazerolle-Sato", "Northcott"]

# department: (English name, French name, abbreviation, [(area en, area fr), ...])
DEPTS = [
    ("Employment and Social Development Canada", "Emploi et Développement social Canada", "ESDC", [
        ("Accessible Service Design", "Conception de services accessibles"),
        ("Disability Benefits Operations", "Opérations des prestations d’invalidité"),
        ("Client Feedback and Recourse", "Rétroaction et recours des clients"),
        ("Alternate Formats Production", "Production de médias substituts"),
        ("Call Centre Quality", "Qualité des centres d’appels"),
        ("Digital Channel Policy", "Politique des voies numériques"),
        ("Service Standards and Reporting", "Normes de service et rapports"),
        ("Regional Service Integration", "Intégration des services régionaux"),
        ("Benefits Processing Modernization", "Modernisation du traitement des prestations"),
        ("Outreach and Community Partnerships", "Sensibilisation et partenariats communautaires"),
        ("Sign Language Services", "Services en langue des signes")]),
    ("Canadian Heritage", "Patrimoine canadien", "PCH", [
        ("Official Languages Support Programs", "Programmes d’appui aux langues officielles"),
        ("Digital Citizen Initiatives", "Initiatives de citoyenneté numérique"),
        ("Arts Funding Operations", "Opérations de financement des arts"),
        ("Museums Assistance", "Aide aux musées"),
        ("Sport Canada Programs", "Programmes de Sport Canada"),
        ("Heritage Policy and Research", "Politique et recherche sur le patrimoine"),
        ("Grants and Contributions Centre of Expertise", "Centre d’expertise des subventions et contributions"),
        ("Commemorations and Ceremonials", "Commémorations et cérémonial"),
        ("Broadcasting Policy", "Politique de radiodiffusion"),
        ("Creative Export Strategy", "Stratégie d’exportation créative"),
        ("Indigenous Languages Programs", "Programmes des langues autochtones")]),
    ("Public Services and Procurement Canada", "Services publics et Approvisionnement Canada", "PSPC", [
        ("Accessible Procurement", "Approvisionnement accessible"),
        ("Translation Bureau Operations", "Opérations du Bureau de la traduction"),
        ("Pay Centre Client Services", "Services à la clientèle du Centre des services de paye"),
        ("Real Property Accessibility", "Accessibilité des biens immobiliers"),
        ("Web Publishing Services", "Services de publication Web"),
        ("Supplier Engagement", "Mobilisation des fournisseurs"),
        ("Contract Quality Assurance", "Assurance de la qualité des contrats"),
        ("Document Imaging Services", "Services d’imagerie de documents"),
        ("Pension Centre Operations", "Opérations du Centre des pensions"),
        ("Linguistic Services Modernization", "Modernisation des services linguistiques"),
        ("Accessible Workplace Fit-up", "Aménagement de milieux de travail accessibles")]),
    ("Statistics Canada", "Statistique Canada", "StatCan", [
        ("Disability Statistics", "Statistique sur les personnes handicapées"),
        ("Dissemination and Accessibility", "Diffusion et accessibilité"),
        ("Survey Operations", "Opérations d’enquête"),
        ("Data Visualization", "Visualisation des données"),
        ("Collection Planning", "Planification de la collecte"),
        ("Census Outreach", "Sensibilisation au recensement"),
        ("Health Statistics", "Statistique de la santé"),
        ("Labour Statistics", "Statistique du travail"),
        ("Methodology Standards", "Normes de méthodologie"),
        ("Data Access Services", "Services d’accès aux données"),
        ("Alternative Format Publications", "Publications en médias substituts")]),
]

MANAGER_AREAS = [("Intake", "Accueil"), ("Quality Assurance", "Assurance de la qualité"), ("Policy", "Politique"),
                 ("Operations", "Opérations"), ("Analytics", "Analytique"), ("Client Support", "Soutien aux clients"),
                 ("Planning and Reporting", "Planification et rapports"), ("Testing", "Essais"),
                 ("Outreach", "Sensibilisation"), ("Systems", "Systèmes"), ("Partnerships", "Partenariats"),
                 ("Standards", "Normes")]
GROUPS = ["EC-07", "PM-06", "AS-07", "CS-04", "FI-04", "PE-06", "IS-06", "CO-03", "EC-06", "PM-05", "CS-03"]

LOCATIONS = [("Gatineau, Quebec", "Gatineau (Québec)"), ("Ottawa, Ontario", "Ottawa (Ontario)"),
             ("Montréal, Quebec", "Montréal (Québec)"), ("Halifax, Nova Scotia", "Halifax (Nouvelle-Écosse)"),
             ("Edmonton, Alberta", "Edmonton (Alberta)"), ("Vancouver, British Columbia", "Vancouver (Colombie-Britannique)"),
             ("Moncton, New Brunswick", "Moncton (Nouveau-Brunswick)")]

GA_EN = ("The {t} is accountable for leading the branch's work on {a_low}, for making the services it delivers usable "
         "by every client, including persons who use assistive technology, and for advising senior management on "
         "the results, risks and resources of the program.")
GA_FR = ("Le titulaire du poste de {t} est responsable de diriger les travaux de la direction en matière de {a_low}, "
         "de rendre les services accessibles à tous les clients, y compris les personnes qui utilisent des "
         "technologies d’adaptation, et de conseiller la haute direction sur les résultats, les risques et les "
         "ressources du programme.")
NS_EN = ("The position operates in an environment of changing legislation, including the Accessible Canada Act, "
         "and of high expectations from clients, advocates and central agencies. It sets priorities, negotiates "
         "with partners in other departments and provinces, and answers for the quality of service.")
NS_FR = ("Le poste évolue dans un contexte de législation changeante, notamment la Loi canadienne sur "
         "l’accessibilité, et d’attentes élevées des clients, des groupes de défense et des organismes centraux.")
PL_PURPOSE_EN = ("This job leads the team that works on {a_low}. The person in this job makes sure the services are "
                 "easy to use for everyone, and tells senior managers what is working and what is not.")
PL_PURPOSE_FR = ("Cet emploi dirige l’équipe qui travaille sur {a_low}. La personne qui occupe cet emploi s’assure "
                 "que les services sont faciles à utiliser pour tout le monde.")
SA_EN = ["Sets the direction and the yearly plan of the directorate.",
         "Approves the service standards and checks that they are met.",
         "Manages the budget and the people of the directorate.",
         "Represents the department with partners and central agencies.",
         "Makes sure documents and systems meet accessibility standards."]
SA_FR = ["Établit l’orientation et le plan annuel de la direction.",
         "Approuve les normes de service et vérifie qu’elles sont respectées.",
         "Gère le budget et le personnel de la direction.",
         "Représente le ministère auprès des partenaires et des organismes centraux.",
         "Veille à ce que les documents et les systèmes respectent les normes d’accessibilité."]
